"""Document -> csl-citations: one CSL citation object per note, so a CSL processor can set the notes again.

Each note, commentary-only ones included, becomes
``{"citationID": "note-5", "properties": {"noteIndex": 5}, "citationItems": [...]}`` in the
shape citeproc-js's ``processCitationCluster`` and Zotero's document integration use; each cited
work is ``{"id": KEY, "locator": "37-38", "label": "page", "prefix": "see"}`` with ``id`` an
item of the CSL-JSON export.  An ambiguous "Ibid." cites every candidate; a citation that
resolved to nothing is left out (the JSON document's warnings name it).
"""
from __future__ import annotations

from .. import jsontext
from ..model import Citation, Document, Note
from .csl import clean


def citation_items(c: Citation) -> list[dict]:
    keys = c.item if isinstance(c.item, tuple) else (c.item,) if c.item else ()
    items = []
    for key in keys:
        entry: dict = {"id": key}
        if clean(c.locator):
            entry["locator"] = clean(c.locator)
            entry["label"] = c.label or "page"
        if clean(c.prefix):
            entry["prefix"] = clean(c.prefix)
        items.append(entry)
    return items


def note_to_citation(note: Note) -> dict:
    items = [entry for c in note.citations for entry in citation_items(c)]
    return {
        "citationID": f"note-{note.number}",
        # a lettered note ("[a]") sits where it is read: beside the numbered note before its marker
        "properties": {"noteIndex": note.follows if isinstance(note.number, str) else note.number},
        "citationItems": items,
    }


def to_citations(doc: Document) -> list[dict]:
    seen: dict[str, int] = {}
    out = []
    for note in doc.notes:
        citation = note_to_citation(note)
        n = seen[citation["citationID"]] = seen.get(citation["citationID"], 0) + 1
        if n > 1:  # a number printed twice keeps both notes, each with its own id
            citation["citationID"] += f"-{n}"
        out.append(citation)
    return out


def dumps(doc: Document) -> str:
    return jsontext.dumps(to_citations(doc))
