"""The benchmark's generated inputs (bench/scale.py) are what they claim to be.

Only their shape is tested here; the benchmark's figures are never asserted."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

from citex import notes, sources

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

import scale  # noqa: E402

SEED = sources.read_path(str(ROOT / "fixtures" / "zech-2014-peru.txt")).text


def located(text: str):
    return notes.locate(sources.from_string(text))


def test_one_copy_is_the_article_itself():
    assert scale.scaled_article(SEED, 1) == SEED


@pytest.mark.parametrize("copies, distinct", [
    pytest.param(3, False, id="same-works"),
    pytest.param(3, True, id="distinct-works"),
])
def test_copies_renumber_every_note_and_marker(copies, distinct):
    seed_notes, seed_warnings = located(SEED)
    big_notes, big_warnings = located(scale.scaled_article(SEED, copies, distinct=distinct))
    n = len(seed_notes)
    assert [x.number for x in big_notes] == list(range(1, copies * n + 1))
    # every copy's body markers point at its own notes: the warnings repeat, they do not multiply
    assert len(big_warnings) == copies * len(seed_warnings)
    last_copy = big_notes[-n:]
    if distinct:
        assert last_copy[0].text != seed_notes[0].text and " v3" in last_copy[0].text
    else:
        assert [x.text for x in last_copy] == [x.text for x in seed_notes]


def test_long_note_is_one_note_of_repeated_text():
    found, _ = located(scale.long_note(SEED, 4))
    longest = max(located(SEED)[0], key=lambda x: len(x.text)).text.rstrip(". ")
    assert len(found) == 1
    assert found[0].text.count(longest) == 4
