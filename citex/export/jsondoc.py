"""Document -> citex's own JSON document (spec/output.md): notes, citations, items, warnings."""
from __future__ import annotations

from .. import jsontext
from ..model import Citation, Document, Note
from .csl import item_to_csl, name_to_csl


def citation_to_dict(c: Citation) -> dict:
    out: dict = {"kind": c.kind, "item": list(c.item) if isinstance(c.item, tuple) else c.item,
                 "span": list(c.span), "raw": c.raw}
    if c.ambiguous:
        out["ambiguous"] = True
    if c.prefix:
        out["prefix"] = c.prefix
    if c.locator:
        out["locator"] = c.locator
        out["label"] = c.label or "page"
    if c.evidence:
        out["evidence"] = list(c.evidence)
    return out


def note_to_dict(n: Note) -> dict:
    out: dict = {"number": n.number, "text": n.text, "citations": [citation_to_dict(c) for c in n.citations]}
    if n.commentary:
        out["commentary"] = n.commentary
    out["commentary_only"] = not n.citations
    if not n.linked:
        out["linked"] = False
    if n.truncated:
        out["truncated"] = True
    return out


def to_dict(doc: Document) -> dict:
    items = []
    for it in doc.items:
        csl = item_to_csl(it, doc)
        csl["citex"] = {
            "family": it.work.family,
            "notes": list(it.notes),
            "evidence": list(it.work.evidence),
            "parsed": it.work.parsed,
            "raw": it.work.raw,
        }
        items.append(csl)
    return {
        "source": doc.source,
        "format": doc.format,
        "article_authors": [c for n in doc.interviewer if (c := name_to_csl(n))],
        "notes": [note_to_dict(n) for n in doc.notes],
        "items": items,
        "warnings": [w.as_dict() for w in doc.warnings],
    }


def dumps(doc: Document) -> str:
    return jsontext.dumps(to_dict(doc))
