"""The data model shared by every stage of citex.

Values flow one way: ``Text`` -> ``Note`` -> ``Piece`` -> ``Work``/``Citation`` -> ``Document``.
Every class is a frozen dataclass; a stage that refines a value returns a new one
(``evolve``).  This module imports nothing of citex's own.
"""
from __future__ import annotations

from dataclasses import dataclass, field, fields
from typing import Any, TypeVar

_R = TypeVar("_R")
_FIELD_NAMES: dict[type, frozenset[str]] = {}


def evolve(record: _R, **changes: Any) -> _R:
    """A copy of a frozen record with some fields changed: ``dataclasses.replace`` without calling
    ``__init__`` again, which sets each field through ``object.__setattr__`` (records are made by
    the thousand).  An unknown field name is an error, as there."""
    cls = type(record)
    names = _FIELD_NAMES.get(cls)
    if names is None:
        names = _FIELD_NAMES[cls] = frozenset(f.name for f in fields(cls))  # type: ignore[arg-type]
    if not names.issuperset(changes):
        raise TypeError(f"{cls.__name__} has no field {sorted(set(changes) - names)[0]!r}")
    new = object.__new__(cls)
    new.__dict__.update(record.__dict__)
    new.__dict__.update(changes)
    return new

Span = tuple[int, int]

# CSL types citex emits, and the audit family of each (spec/output.md).
FAMILY_OF_TYPE: dict[str, str] = {
    "report": "report",
    "speech": "report",
    "document": "report",
    "article-newspaper": "news",
    "article-magazine": "news",
    "broadcast": "news",
    "webpage": "news",
    "post-weblog": "news",
    "interview": "interview",
    "book": "book",
    "chapter": "book",
    "article-journal": "journal",
    "thesis": "book",
    "paper-conference": "journal",
}
FAMILIES = ("report", "news", "interview", "book", "journal")


@dataclass(frozen=True)
class Warning:  # noqa: A001 - the name the spec uses; never raised, only reported
    """Something odd in the input, reported with a stable ``code``; never fatal."""

    code: str
    message: str
    note: int | None = None

    def as_dict(self) -> dict:
        out = {"code": self.code, "message": self.message}
        if self.note is not None:
            out["note"] = self.note
        return out


@dataclass(frozen=True)
class Text:
    """A decoded article: plain text (italics kept as ``*...*``), where it came from, what it was."""

    text: str
    source: str = "<string>"
    format: str = "text"  # text | markdown | html | pdf
    warnings: tuple[Warning, ...] = ()


@dataclass(frozen=True)
class Name:
    """A person (``family``/``given``) or an organisation or description (``literal``)."""

    family: str | None = None
    given: str | None = None
    literal: str | None = None
    suffix: str | None = None  # a generation after the name: "Jr.", "III"

    def display(self) -> str:
        if self.literal:
            return self.literal
        name = f"{self.family}, {self.given}" if self.given else (self.family or "")
        return f"{name}, {self.suffix}" if self.suffix else name


@dataclass(frozen=True)
class Work:
    """One cited work, with its fields as printed, its CSL type and the evidence behind the type."""

    type: str = "document"
    authors: tuple[Name, ...] = ()
    editors: tuple[Name, ...] = ()
    translators: tuple[Name, ...] = ()
    interviewer: tuple[Name, ...] = ()
    title: str | None = None
    container: str | None = None
    publisher: str | None = None
    place: str | None = None  # publisher-place, or where an interview/speech took place
    date: tuple[int, ...] | None = None  # (year[, month[, day]])
    date_literal: str | None = None  # "undated", "n.d." as printed
    volume: str | None = None
    issue: str | None = None
    page: str | None = None  # the range of an article or chapter
    url: str | None = None
    doi: str | None = None  # "10.1016/j.jhealeco.2017.04.005", printed as "doi:…" or in a doi.org address
    language: str | None = None
    genre: str | None = None  # "Personal interview", "Report", ...
    event_title: str | None = None
    medium: str | None = None
    edition: str | None = None  # a book's edition: "2" for "2nd ed.", "Revised" for "rev. ed."
    archive: str | None = None  # who holds the document, with its town: "Example Presidential Library, Boston, MA"
    archive_location: str | None = None  # where in the archive: "Example Files, box 36"
    accessed: tuple[int, ...] | None = None  # when an online source was consulted ("accessed May 3, 2019")
    evidence: tuple[str, ...] = ()
    raw: str = ""
    parsed: bool = True  # False: nothing could be read; the raw text is all there is

    @property
    def family(self) -> str:
        return FAMILY_OF_TYPE.get(self.type, "report")


@dataclass(frozen=True)
class Piece:
    """A stretch of a note's text that cites one work (or is a back-reference to one)."""

    note: int
    index: int
    text: str
    span: Span  # offsets into the note's text
    kind: str = "full"  # full | ibid | short
    prefix: str | None = None  # signal phrase before it: "see", "see also", "for example see"
    evidence: tuple[str, ...] = ()


@dataclass(frozen=True)
class Citation:
    """One work cited in one note: a full reference, an ibid, or a short form."""

    note: int
    index: int
    kind: str  # full | ibid | short
    raw: str
    span: Span
    prefix: str | None = None
    locator: str | None = None
    label: str | None = None  # CSL locator label: page, paragraph, section, ...
    work: Work | None = None  # the parsed work (full); for a short form, what it names
    item: str | tuple[str, ...] | None = None  # resolved item id(s)
    ambiguous: bool = False
    evidence: tuple[str, ...] = ()


@dataclass(frozen=True)
class Note:
    """One endnote or footnote, numbered as printed, with its text stripped of the marker."""

    number: int | str  # as printed: 5, or "a" for a note marked with a letter
    text: str
    span: Span = (0, 0)  # where the note's text sits in ``Text.text``
    marker: str = ""  # the marker as printed, e.g. "^{[19] (# edn19)}"
    linked: bool = True  # a body marker points at this note
    citations: tuple[Citation, ...] = ()
    commentary: str | None = None  # the note's prose that is not a citation
    truncated: bool = False
    follows: int = 0  # a lettered note: the numbered note whose body marker comes before its own (0: none)


@dataclass(frozen=True)
class Item:
    """A bibliography entry: one work, its stable key, and every note that cites it."""

    id: str
    work: Work
    notes: tuple[int, ...] = ()


@dataclass(frozen=True)
class Document:
    """Everything citex knows about one article; every export and the audit are views of it."""

    source: str
    notes: tuple[Note, ...] = ()
    items: tuple[Item, ...] = ()
    warnings: tuple[Warning, ...] = ()
    format: str = "text"
    interviewer: tuple[Name, ...] = field(default=())  # the article's author, when known

    def item(self, key: str) -> Item | None:
        for it in self.items:
            if it.id == key:
                return it
        return None
