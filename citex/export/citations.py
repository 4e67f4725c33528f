"""Document -> CSL citations: one citation cluster per note, as citeproc-js and pandoc take them.

Each note becomes ``{"citationID": "note-N", "properties": {"noteIndex": N}, "citationItems": [...]}``
with the item ids, locators, labels and signal prefixes; a note that cites nothing keeps an
empty cluster so the numbering stays whole.  An ambiguous ibid lists its first candidate only
inside the cluster (CSL holds one id per item) and all candidates under the citex key.
"""
from __future__ import annotations

import json

from ..model import Document

SCHEMA = "https://github.com/citation-style-language/schema/raw/master/csl-citation.json"


def to_citations(doc: Document) -> list[dict]:
    out = []
    for note in doc.notes:
        items = []
        for c in note.citations:
            ids = list(c.item) if isinstance(c.item, tuple) else ([c.item] if c.item else [])
            if not ids:
                continue
            entry: dict = {"id": ids[0]}
            if c.locator:
                entry["locator"] = c.locator
                entry["label"] = c.label or "page"
            if c.prefix:
                entry["prefix"] = c.prefix[:1].upper() + c.prefix[1:]
            items.append(entry)
        out.append({"schema": SCHEMA, "citationID": f"note-{note.number}",
                    "properties": {"noteIndex": note.number}, "citationItems": items})
    return out


def dumps(doc: Document) -> str:
    return json.dumps(to_citations(doc), ensure_ascii=False, indent=1) + "\n"
