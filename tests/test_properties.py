"""Properties that hold for any input: no exception but a ``CitexError``, no lost note, valid exports.

Inputs: arbitrary Unicode and bytes; notes of arbitrary text; the fixture articles with their
markers deleted, doubled, swapped, renumbered, with text spliced into a note, or cut short;
documents whose fields hold any characters.  Runs are deterministic (``derandomize``); set
``CITEX_FUZZ_EXAMPLES`` for more examples and ``CITEX_FUZZ_SEED`` for a different sequence
(``tests/fuzz_extract.py`` does both).
"""
from __future__ import annotations

import os
import unicodedata
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from exportcheck import export_problems
from hypothesis import HealthCheck, Phase, given, seed, settings
from hypothesis import strategies as st

import citex
from citex import sources
from citex.errors import CitexError
from citex.keys import assign_keys
from citex.model import FAMILY_OF_TYPE, Document, Item, Name, Note, Work

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = int(os.environ.get("CITEX_FUZZ_EXAMPLES", "25"))
SEED = os.environ.get("CITEX_FUZZ_SEED")


def budget(examples: int = EXAMPLES, shrink: bool = True):
    """Hypothesis settings: deterministic in CI, seeded when fuzzing; ``shrink=False`` for a known defect."""
    phases = tuple(Phase) if shrink else (Phase.explicit, Phase.reuse, Phase.generate)
    ci = settings(
        max_examples=examples, derandomize=SEED is None, deadline=None, database=None, print_blob=True, phases=phases,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.filter_too_much],
    )

    def apply(test):
        test = ci(test)
        return seed(int(SEED))(test) if SEED is not None else test

    return apply


# ---------------------------------------------------------------------------------------------
# Arbitrary input: never an exception other than CitexError; exports valid.

ANY_CHAR = st.characters(exclude_categories=())  # surrogates, controls, non-characters included
# Characters that bite exports and patterns, drawn often: TeX specials, quotes, brackets, markers.
NASTY = st.sampled_from(list("{}\\%#~^&$_@\"'`,;:.()[]*<>|/-–—“”‘’«»¿¡\u0301\u200b\u00ad\ufeff\u2028\t\n") +
                        ["[^1]", "^{[2]}", "<sup>3</sup>", "Ibid.", "pp. ", "\n4. ", "\n\n", "http://", "\\n"])


def joined(pieces: st.SearchStrategy[str], min_size: int = 0, max_size: int = 200) -> st.SearchStrategy[str]:
    """Strings made of ``pieces`` (characters or short tokens)."""
    return st.lists(pieces, min_size=min_size, max_size=max_size).map("".join)


TEXT = joined(st.one_of(NASTY, ANY_CHAR), max_size=400)


def run(source: str | bytes, input_format: str | None = None, name: str = "<fuzz>") -> Document | None:
    """Read (a string as text, never as a path) and extract, allowing only the refusals a user can act on."""
    try:
        if isinstance(source, bytes):
            return citex.extract(source, name=name, input_format=input_format)
        return citex.extract(sources.from_string(source, source=name, input_format=input_format))
    except CitexError as exc:
        assert "\n" not in exc.message and exc.exit_code in (2, 3, 4)
        return None


def assert_sound(doc: Document) -> None:
    """Nothing dangles: unique item ids, every full citation resolved to an item that exists, every
    work that could not be read whole keeps its raw text."""
    ids = [it.id for it in doc.items]
    assert len(ids) == len(set(ids)), "duplicate item ids"
    for note in doc.notes:
        for c in note.citations:
            refs = c.item if isinstance(c.item, tuple) else (c.item,)
            assert c.kind != "full" or c.item is not None, f"note {note.number}: a full citation without an item"
            assert all(r is None or r in ids for r in refs), f"note {note.number}: item {refs} does not exist"
    for it in doc.items:
        assert it.work.parsed or it.work.raw.strip(), it.id


@budget()
@given(TEXT)
def test_any_text(text):
    doc = run(text, input_format="text")
    if doc is not None:
        assert_sound(doc)
        assert export_problems(doc) == []


@budget()
@given(st.binary(max_size=600) | TEXT.map(lambda t: t.encode("utf-8", "surrogatepass")))
def test_any_bytes(data):
    doc = run(data)
    if doc is not None:
        assert_sound(doc)
        assert export_problems(doc) == []


def visible(text: str) -> bool:
    """Holds a letter, digit, punctuation mark or symbol (not only spaces and invisible characters)."""
    return any(unicodedata.category(ch)[0] in "LNPS" for ch in text)


# A note's text on one line: anything but the characters that end a line.
LINE_CHAR = st.characters(exclude_categories=("Cc", "Cs", "Zl", "Zp"))
NOTE_TEXT = joined(st.one_of(NASTY.filter(lambda s: "\n" not in s and "\u2028" not in s), LINE_CHAR),
                   min_size=1, max_size=120).filter(lambda s: s[:1].strip() and visible(s))


@budget()
@given(st.lists(NOTE_TEXT, min_size=1, max_size=12))
def test_notes_of_any_text_are_all_kept(texts):
    article = "An article.\n\nNotes\n\n" + "".join(f"{i}. {t}\n" for i, t in enumerate(texts, 1))
    doc = run(article, input_format="text")
    assert doc is not None
    assert [n.number for n in doc.notes] == list(range(1, len(texts) + 1))
    assert_sound(doc)
    assert export_problems(doc) == []


# ---------------------------------------------------------------------------------------------
# The fixtures, mutated: every note whose marker is intact is kept with its text, in order.

FIXTURES = (
    "fixtures/zech-2014-peru.txt", "fixtures/history-chapter-notes.txt", "fixtures/exhibit-notes.txt",
    "fixtures/es-notas-parentesis.txt", "fixtures/de-anmerkungen.txt", "fixtures/fr-notes-caret.md",
    "fixtures/chicago17-shortforms.md", "fixtures/quire-catalogue-essay.md", "tests/hostile/data/article.txt",
)


@dataclass(frozen=True)
class Block:
    """A note in its article: where its marker line starts, where its text starts and ends."""

    line: int
    start: int
    end: int
    number: int
    text: str


@dataclass(frozen=True)
class Baseline:
    path: str
    body: str
    format: str
    blocks: tuple[Block, ...]
    bare: bool  # markers are bare numbers ("12 Text"), which a wrapped line can look like


@cache
def baseline(path: str) -> Baseline:
    text = sources.read_path(str(ROOT / path))
    doc = citex.extract(text)
    blocks = tuple(
        Block(text.text.rfind("\n", 0, n.span[0]) + 1, n.span[0], n.span[1], n.number, n.text) for n in doc.notes
    )
    bare = all(n.marker.isdigit() for n in doc.notes)
    return Baseline(path, text.text, text.format, blocks, bare)


def extract_text(base: Baseline, body: str) -> Document:
    doc = run(body, input_format=base.format, name=base.path)
    assert doc is not None
    return doc


def assert_kept(expected: list[tuple[int, str]], doc: Document) -> None:
    """``expected`` notes appear, with their numbers and texts, in this order (others may come between)."""
    got = iter((n.number, n.text) for n in doc.notes)
    missing = [note for note in expected if note not in got]
    assert not missing, f"lost notes {[n for n, _ in missing]}; found {[n.number for n in doc.notes]}"


def pair(b: Block) -> tuple[int, str]:
    return b.number, b.text


@budget()
@given(st.sampled_from(FIXTURES), st.data())
def test_a_deleted_marker_loses_only_its_own_note(path, data):
    base = baseline(path)
    k = data.draw(st.integers(0, len(base.blocks) - 1), label="note index")
    b = base.blocks[k]
    doc = extract_text(base, base.body[: b.line] + base.body[b.start:])
    kept = [pair(x) for i, x in enumerate(base.blocks) if i not in (k - 1, k)]
    assert_kept(kept, doc)
    if k > 0:  # the orphaned text runs on from the note before it
        before = base.blocks[k - 1]
        assert any(n.number == before.number and n.text.startswith(before.text) for n in doc.notes)
    assert export_problems(doc) == []


@budget()
@given(st.sampled_from([f for f in FIXTURES if not baseline(f).bare]), st.data())
def test_a_doubled_note_keeps_every_note(path, data):
    base = baseline(path)
    k = data.draw(st.integers(0, len(base.blocks) - 1), label="note index")
    b = base.blocks[k]
    doc = extract_text(base, base.body[: b.end] + "\n" + base.body[b.line: b.end] + base.body[b.end:])
    expected = [pair(x) for x in base.blocks[: k + 1]] + [pair(x) for x in base.blocks[k:]]
    assert_kept(expected, doc)
    assert "note-duplicate" in [w.code for w in doc.warnings]


@budget()
@given(st.sampled_from([f for f in FIXTURES if not baseline(f).bare]), st.data())
def test_two_swapped_notes_are_both_kept(path, data):
    base = baseline(path)
    if len(base.blocks) < 2:
        return
    k = data.draw(st.integers(0, len(base.blocks) - 2), label="note index")
    a, b = base.blocks[k], base.blocks[k + 1]
    body = base.body
    doc = extract_text(base, body[: a.line] + body[b.line: b.end] + body[a.end: b.line] + body[a.line: a.end] + body[b.end:])
    before, after = [pair(x) for x in base.blocks[:k]], [pair(x) for x in base.blocks[k + 2:]]
    as_printed = before + [pair(b), pair(a)] + after
    by_number = before + [pair(a), pair(b)] + after  # markdown footnotes "[^2]: …" then "[^1]: …" print as 1, 2
    assert _kept(as_printed, doc) or _kept(by_number, doc), \
        f"lost or disordered notes; found {[n.number for n in doc.notes]}"


def _kept(expected: list[tuple[int, str]], doc: Document) -> bool:
    got = iter((n.number, n.text) for n in doc.notes)
    return all(note in got for note in expected)


@budget(shrink=False)
@given(st.sampled_from(FIXTURES), st.data())
def test_a_renumbered_marker_loses_no_other_note(path, data):
    base = baseline(path)
    k = data.draw(st.integers(0, len(base.blocks) - 1), label="note index")
    b = base.blocks[k]
    marker = base.body[b.line: b.start]
    number = data.draw(st.sampled_from([0, 1, b.number + 1, b.number + 40, 9999]).filter(lambda n: n != b.number))
    if str(b.number) not in marker:
        return
    doc = extract_text(base, base.body[: b.line] + marker.replace(str(b.number), str(number), 1) + base.body[b.start:])
    assert_kept([pair(x) for i, x in enumerate(base.blocks) if i not in (k - 1, k)], doc)


@budget()
@given(st.sampled_from(FIXTURES), st.data())
def test_text_spliced_into_a_note_changes_only_that_note(path, data):
    base = baseline(path)
    k = data.draw(st.integers(0, len(base.blocks) - 1), label="note index")
    b = base.blocks[k]
    at = data.draw(st.integers(b.start + 1, max(b.start + 1, b.end - 1)), label="offset")
    junk = data.draw(NOTE_TEXT, label="spliced text")
    doc = extract_text(base, base.body[:at] + junk + base.body[at:])
    assert_kept([pair(x) for i, x in enumerate(base.blocks) if i != k], doc)
    assert_sound(doc)
    assert export_problems(doc) == []


@budget()
@given(st.sampled_from(FIXTURES), st.data())
def test_a_cut_keeps_every_complete_note(path, data):
    base = baseline(path)
    first, last = base.blocks[0].line, len(base.body)
    cut = data.draw(st.integers(first, last), label="cut at")
    doc = extract_text(base, base.body[:cut]) if base.body[:cut].strip() else None
    # A note is complete when the next note's marker line is whole before the cut.
    complete = [pair(x) for x, nxt in zip(base.blocks, base.blocks[1:], strict=False) if base.body.find("\n", nxt.start) < cut
                and nxt.start < cut]
    if doc is None:
        assert not complete
        return
    assert_kept(complete, doc)
    assert export_problems(doc) == []


# ---------------------------------------------------------------------------------------------
# Exports of documents whose fields hold any characters.

FIELD = joined(st.one_of(NASTY, st.characters(exclude_categories=("Cc", "Cs"))), max_size=40)
MAYBE = st.none() | FIELD
NAME = st.builds(Name, family=MAYBE, given=MAYBE) | st.builds(Name, literal=FIELD)
NAMES = st.lists(NAME, max_size=3).map(tuple)
DATE = st.none() | st.lists(st.integers(-9999, 99999), min_size=1, max_size=3).map(tuple)
WORK = st.builds(
    Work, type=st.sampled_from([*FAMILY_OF_TYPE, "bogus"]), authors=NAMES, editors=NAMES, translators=NAMES,
    interviewer=NAMES, title=MAYBE, container=MAYBE, publisher=MAYBE, place=MAYBE, date=DATE, date_literal=MAYBE,
    volume=MAYBE, issue=MAYBE, page=MAYBE, url=MAYBE, language=MAYBE, genre=MAYBE, event_title=MAYBE, medium=MAYBE,
    raw=FIELD, parsed=st.booleans(),
)


@budget(EXAMPLES * 2)
@given(st.lists(WORK, min_size=1, max_size=6))
def test_exports_are_valid_whatever_the_fields_hold(works):
    keys = assign_keys(works)
    items = tuple(Item(key, w, (i + 1,)) for i, (key, w) in enumerate(zip(keys, works, strict=True)))
    notes = tuple(Note(i + 1, w.raw) for i, w in enumerate(works))
    doc = Document(source="<fuzz>", notes=notes, items=items, interviewer=(Name("Zech", "Steven T."),))
    assert export_problems(doc) == []
