"""Document -> CSL-JSON: the bibliography as Zotero, pandoc and citeproc read it.

Zotero-safe by construction: every item has a type Zotero's importer knows (``document`` when
citex's type is not one), ``id`` is the citation key, dates are ``date-parts``, particles stay
inside ``family``, organisations and descriptions are ``literal``.  Interviews carry the
interviewee as ``author``, the interviewer when known and where/when in ``event-place``/``issued``;
speeches carry ``event-title``/``event-place``.  ``note`` (Zotero's Extra) lists the notes that
cite the work, and repeats as ``variable: value`` lines the fields Zotero's item type has no
place for (an interview's place and genre), so they survive the import.
"""
from __future__ import annotations

from .. import jsontext
from ..lazyregex import lazy
from ..model import Document, Item, Name, Work
from .typemap import ZOTERO_CSL_TYPES, ZOTERO_KEEPS

CSL_TYPES = ZOTERO_CSL_TYPES  # the name citex used first; kept for callers

# A range dash between two page numbers: "97–127", "97 - 127", "97--127", "xii—xv".
PAGE_DASH_RE = lazy(r"(?<=\w)\s*(?:-{1,3}|[\u2010-\u2015\u2212])\s*(?=\w)")
# Runs of whitespace, newlines included: "Coca,\n  Cocaine" -> "Coca, Cocaine".
SPACE_RE = lazy(r"\s+")

NAME_VARIABLES = ("author", "editor", "translator", "interviewer")
# The order of the text variables in an item (it is also the order of Extra lines).
TEXT_VARIABLES = ("title", "container-title", "publisher", "publisher-place", "event-title", "event-place",
                  "volume", "issue", "page", "edition", "genre", "medium", "archive", "archive_location", "URL", "DOI", "language")
PLACE_IS_EVENT = frozenset({"interview", "speech"})


def clean(text: str | None) -> str | None:
    """Whitespace folded to single spaces; empty -> None."""
    if text is None:
        return None
    text = SPACE_RE.sub(" ", text).strip()
    return text or None


def name_to_csl(name: Name) -> dict | None:
    """A person as ``family``/``given`` (particles stay in ``family``), anything else as ``literal``."""
    literal, family, given = clean(name.literal), clean(name.family), clean(name.given)
    if literal:
        return {"literal": literal}
    if family:
        person = {"family": family, "given": given} if given else {"family": family}
        if clean(name.suffix):
            person["suffix"] = clean(name.suffix)
        return person
    if given:  # a lone given name ("Mirella") is printed whole, never split
        return {"literal": given}
    return None


def names_to_csl(names: tuple[Name, ...]) -> list[dict]:
    return [n for n in (name_to_csl(x) for x in names) if n]


def date_parts(date: tuple[int, ...] | None) -> list[int] | None:
    """``(2013, 5, 14)`` -> ``[2013, 5, 14]``, dropping a month or day that cannot be one."""
    if not date or not isinstance(date[0], int) or date[0] <= 0:
        return None
    parts = [date[0]]
    if len(date) > 1 and isinstance(date[1], int) and 1 <= date[1] <= 12:
        parts.append(date[1])
        if len(date) > 2 and isinstance(date[2], int) and 1 <= date[2] <= 31:
            parts.append(date[2])
    return parts


def date_to_csl(work: Work, variable: str = "date") -> dict | None:
    parts = date_parts(getattr(work, variable))
    return {"date-parts": [parts]} if parts else None


def page_range(page: str | None) -> str | None:
    """``"97–127"`` -> ``"97-127"``: CSL wants a hyphen, each style formats the range itself."""
    page = clean(page)
    return PAGE_DASH_RE.sub("-", page) if page else None


def csl_type(work: Work) -> str:
    return work.type if work.type in ZOTERO_CSL_TYPES else "document"


def work_fields(work: Work, kind: str) -> dict:
    """The text variables of a work, in CSL names, empty ones left out."""
    title = clean(work.title)
    if not title and not work.parsed:
        title = clean(work.raw)  # an unparsed piece keeps its raw text where a reader will see it
    fields = {
        "title": title,
        "container-title": clean(work.container),
        "publisher": clean(work.publisher),
        "event-title": clean(work.event_title),
        "volume": clean(work.volume),
        "issue": clean(work.issue),
        "page": page_range(work.page),
        "edition": clean(work.edition),
        "archive": clean(work.archive),
        "archive_location": clean(work.archive_location),
        "genre": clean(work.genre),
        "medium": clean(work.medium),
        "URL": clean(work.url),
        "DOI": clean(work.doi),
        "language": clean(work.language),
    }
    fields["event-place" if kind in PLACE_IS_EVENT else "publisher-place"] = clean(work.place)
    return {k: fields[k] for k in TEXT_VARIABLES if fields.get(k)}


def work_to_csl(work: Work, key: str, notes: tuple[int, ...] = (), interviewer: tuple[Name, ...] = ()) -> dict:
    """One work as a schema-valid CSL-JSON item; ``interviewer`` is the article's author, for interviews."""
    kind = csl_type(work)
    out: dict = {"id": key, "type": kind}
    people = {
        "author": work.authors,
        "editor": work.editors,
        "translator": work.translators,
        "interviewer": (work.interviewer or interviewer) if kind == "interview" else (),
    }
    for variable in NAME_VARIABLES:
        names = names_to_csl(people[variable])
        if names:
            out[variable] = names
    fields = work_fields(work, kind)
    title = fields.pop("title", None)
    if title:
        out["title"] = title
    out.update(fields)
    issued = date_to_csl(work)
    if issued:
        out["issued"] = issued
    accessed = date_to_csl(work, "accessed")
    if accessed:
        out["accessed"] = accessed  # Zotero's "Accessed", biblatex's urldate
    note = note_lines(out, notes, work)
    if note:
        out["note"] = "\n".join(note)
    return out


def note_lines(item: dict, notes: tuple[int, ...], work: Work) -> list[str]:
    """Zotero's Extra: fields its item type would drop, the citing notes, the raw text of an unread piece."""
    lines = []
    keeps = ZOTERO_KEEPS.get(item["type"])
    if keeps is not None:
        for variable in NAME_VARIABLES:
            if variable in item and variable not in keeps:
                lines.extend(f"{variable}: {extra_name(n)}" for n in item[variable])
        lines.extend(f"{variable}: {item[variable]}" for variable in TEXT_VARIABLES
                     if variable in item and variable not in keeps)
    if notes:
        lines.append("citex: cited in note" + ("s " if len(notes) > 1 else " ") + ", ".join(map(str, notes)))
    if not work.parsed:
        lines.append("citex: unparsed; raw text: " + (clean(work.raw) or ""))
    return lines


def extra_name(name: dict) -> str:
    """A CSL name as Zotero's Extra writes one: ``Family || Given``, or the literal."""
    if "literal" in name:
        return name["literal"]
    return f"{name['family']} || {name['given']}" if name.get("given") else name["family"]


def item_to_csl(item: Item, doc: Document | None = None) -> dict:
    # The interviewer is written only where a note names one ("interview by Jane Doe"): BibTeX
    # cannot carry an interviewer, so a byline-derived one would make the two exports disagree
    # in every importer; the article's byline is in the JSON document (``article_authors``).
    return work_to_csl(item.work, item.id, item.notes)


def to_csl_json(doc: Document) -> list[dict]:
    return [item_to_csl(it, doc) for it in doc.items]


def dumps(doc: Document) -> str:
    return jsontext.dumps(to_csl_json(doc))
