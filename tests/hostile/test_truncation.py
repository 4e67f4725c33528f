"""Input cut short: every complete note is kept as it was, the cut one is kept and flagged."""
from __future__ import annotations

from pathlib import Path

import pytest

import citex
from citex import notes as notes_stage
from citex import sources
from citex.model import Text
from citex.truncation import mark_truncated

DATA = Path(__file__).parent / "data"
ARTICLE = (DATA / "article.txt").read_text(encoding="utf-8")
RAW = ARTICLE.encode("utf-8")
NOTES_AT = RAW.index(b"\nNotes\n")
FULL = [n.text for n in citex.extract(ARTICLE).notes]
# A cut note that ends like a whole one ("Ibid." of "Ibid., 81.") cannot be told from one.
LOOKS_COMPLETE = tuple(".!?)]\"”’'*»…")


def cut_positions(step: int = 23) -> list[int]:
    """Byte offsets inside the notes section, some of them inside a multi-byte character."""
    return list(range(NOTES_AT + 20, len(RAW) - 1, step)) + [RAW.index("Iván".encode()) + 3]


@pytest.mark.parametrize("cut", cut_positions())
def test_a_cut_keeps_every_complete_note(cut):
    text = sources.decode(RAW[:cut], source="cut.txt")
    notes, _ = notes_stage.locate(text)
    notes, warnings = mark_truncated(text, notes)
    found = [n.text for n in notes]
    assert found, "the notes before the cut are lost"
    *whole, last = found
    assert whole == FULL[: len(whole)]
    original = FULL[len(whole)]
    assert original.startswith(last)
    cut_short = last != original and not last.endswith(LOOKS_COMPLETE)
    assert notes[-1].truncated == cut_short
    assert [w.code for w in warnings] == (["note-truncated"] if cut_short else [])
    assert not any(n.truncated for n in notes[:-1])


@pytest.mark.parametrize(
    ("text", "truncated"),
    [
        pytest.param("Notes\n\n1. Ibid.\n2. Ostrom, *Governing the Commons* (Cambridge: Camb", True, id="mid-word"),
        pytest.param("Notes\n\n1. Ibid.\n2. Ostrom, *Governing the Commons*, 69.", False, id="whole-no-newline"),
        pytest.param("Notes\n\n1. Ibid.\n2. Ostrom, *Governing the Commons* (Cambridge: Camb\n", False,
                     id="ends-with-newline"),
        pytest.param("Notes\n\n1. Ibid.\n2. See https://www.devida.gob.pe/documents/20182/informe.pdf", False,
                     id="ends-with-a-link"),
        pytest.param("Notes\n\n1. Ibid., 4\n\nAbout the author", False, id="something-follows"),
    ],
)
def test_when_the_last_note_is_flagged(text, truncated):
    body = Text(text)
    found, _ = notes_stage.locate(body)
    assert found
    marked, warnings = mark_truncated(body, found)
    assert marked[-1].truncated is truncated
    assert bool(warnings) is truncated


def test_a_file_cut_inside_a_character_flags_its_last_note():
    text = sources.read_path(str(DATA / "cut-mid-character.txt"))
    assert "truncated-input" in [w.code for w in text.warnings]
    notes, _ = notes_stage.locate(text)
    marked, warnings = mark_truncated(text, notes)
    assert [n.number for n in marked] == [1, 2, 3, 4, 5, 6, 7]
    assert marked[-1].truncated and marked[-1].text.endswith("Carlos Iv")


def test_the_pipeline_flags_the_cut_note():
    doc = citex.extract(sources.read_path(str(DATA / "cut-mid-note.txt")))
    assert [n.text for n in doc.notes[:-1]] == FULL[: len(doc.notes) - 1]
    assert doc.notes[-1].truncated
    assert "note-truncated" in [w.code for w in doc.warnings]
