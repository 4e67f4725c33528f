"""Document -> CSL-JSON: the bibliography as Zotero, pandoc and citeproc read it.

Zotero-safe by construction: every item has a known type (``document`` when unsure),
``id`` is the citation key, dates are ``date-parts``, particles stay inside ``family``,
organisations and descriptions are ``literal``, and the notes citing a work go in ``note``.
"""
from __future__ import annotations

import json

from ..model import Document, Item, Name, Work

# CSL types Zotero's CSL-JSON importer knows (a single unknown type rejects the whole file).
CSL_TYPES = frozenset({
    "article", "article-journal", "article-magazine", "article-newspaper", "bill", "book", "broadcast",
    "chapter", "classic", "collection", "dataset", "document", "entry", "entry-dictionary",
    "entry-encyclopedia", "event", "figure", "graphic", "hearing", "interview", "legal_case",
    "legislation", "manuscript", "map", "motion_picture", "musical_score", "pamphlet",
    "paper-conference", "patent", "performance", "periodical", "personal_communication", "post",
    "post-weblog", "regulation", "report", "review", "review-book", "song", "speech", "standard",
    "thesis", "treaty", "webpage",
})


def name_to_csl(name: Name) -> dict:
    if name.literal:
        return {"literal": name.literal}
    out = {"family": name.family or ""}
    if name.given:
        out["given"] = name.given
    return out


def date_to_csl(work: Work) -> dict | None:
    if work.date:
        return {"date-parts": [list(work.date)]}
    return None


def work_to_csl(work: Work, key: str, notes: tuple[int, ...] = (), interviewer: tuple[Name, ...] = ()) -> dict:
    """One work as a schema-valid CSL-JSON item."""
    kind = work.type if work.type in CSL_TYPES else "document"
    out: dict = {"id": key, "type": kind}
    if work.authors:
        out["author"] = [name_to_csl(n) for n in work.authors]
    if work.editors:
        out["editor"] = [name_to_csl(n) for n in work.editors]
    if work.translators:
        out["translator"] = [name_to_csl(n) for n in work.translators]
    if kind == "interview" and (work.interviewer or interviewer):
        out["interviewer"] = [name_to_csl(n) for n in (work.interviewer or interviewer)]
    title = work.title
    if not title and not work.parsed:
        title = work.raw  # an unparsed piece keeps its raw text where a reader will see it
    fields = {
        "title": title,
        "container-title": work.container,
        "publisher": work.publisher,
        "volume": work.volume,
        "issue": work.issue,
        "page": work.page,
        "URL": work.url,
        "language": work.language,
        "genre": work.genre,
        "event-title": work.event_title,
        "medium": work.medium,
    }
    if work.place:
        fields["event-place" if kind in ("interview", "speech") else "publisher-place"] = work.place
    out.update({k: v for k, v in fields.items() if v})
    issued = date_to_csl(work)
    if issued:
        out["issued"] = issued
    note_lines = []
    if notes:
        note_lines.append("citex: cited in note" + ("s " if len(notes) > 1 else " ") + ", ".join(map(str, notes)))
    if not work.parsed:
        note_lines.append("citex: unparsed; raw text: " + work.raw)
    if note_lines:
        out["note"] = "\n".join(note_lines)
    return out


def item_to_csl(item: Item, doc: Document | None = None) -> dict:
    return work_to_csl(item.work, item.id, item.notes, doc.interviewer if doc else ())


def to_csl_json(doc: Document) -> list[dict]:
    return [item_to_csl(it, doc) for it in doc.items]


def dumps(doc: Document) -> str:
    return json.dumps(to_csl_json(doc), ensure_ascii=False, indent=2) + "\n"
