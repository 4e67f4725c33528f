"""Document + note number -> why citex read the note as it did.

``explain`` gathers, for one note, its text and commentary, each piece cut from it (kind, signal
phrase, locator), the work each piece was read as (type, fields, parsed or not), the bibliography
item it resolved to, and the evidence string behind every judgement (``Citation.evidence``,
``Work.evidence``) plus the warnings about the note.  ``render_text`` prints it for a terminal.
"""
from __future__ import annotations

import textwrap

from .audit import iso_date, names
from .errors import EXIT_USAGE, CitexError
from .model import Citation, Document, Item, Note, Work

WIDTH = 80


def work_fields(work: Work) -> dict[str, str]:
    """The fields of a work that hold something, under their CSL names, as printable strings."""
    fields = {
        "author": names(work.authors),
        "editor": names(work.editors),
        "translator": names(work.translators),
        "interviewer": names(work.interviewer),
        "title": work.title,
        "container-title": work.container,
        "publisher": work.publisher,
        "place": work.place,
        "issued": iso_date(work.date) or work.date_literal,
        "volume": work.volume,
        "issue": work.issue,
        "page": work.page,
        "URL": work.url,
        "language": work.language,
        "genre": work.genre,
        "event-title": work.event_title,
        "medium": work.medium,
    }
    return {k: v for k, v in fields.items() if v}


def _work(work: Work) -> dict:
    out = {"type": work.type, "family": work.family, "parsed": work.parsed, "fields": work_fields(work),
           "evidence": list(work.evidence)}
    if not work.parsed:
        out["raw"] = work.raw
    return out


def _item(item: Item) -> dict:
    return {"id": item.id, "notes": list(item.notes), **_work(item.work)}


def _citation(c: Citation, doc: Document) -> dict:
    out: dict = {"index": c.index, "kind": c.kind, "raw": c.raw, "span": list(c.span)}
    for key in ("prefix", "locator", "label"):
        if getattr(c, key):
            out[key] = getattr(c, key)
    out["evidence"] = list(c.evidence)
    if c.work is not None:
        out["work"] = _work(c.work)
    keys = [c.item] if isinstance(c.item, str) else list(c.item or ())
    out["ambiguous"] = len(keys) > 1
    out["resolves_to"] = []
    for key in keys:
        item = doc.item(key)
        out["resolves_to"].append(_item(item) if item else {"id": key, "missing": True})
    return out


def find_note(doc: Document, number: int | str) -> Note:
    for note in doc.notes:
        if note.number == number:
            return note
    for note in doc.notes:  # a letter in the other case: "a" for a note printed "[A]"
        if isinstance(number, str) and isinstance(note.number, str) and note.number.lower() == number.lower():
            return note
    if not doc.notes:
        raise CitexError(f"{doc.source}: no notes found", EXIT_USAGE)
    numbers = sorted({n.number for n in doc.notes if isinstance(n.number, int)})
    letters = [n.number for n in doc.notes if isinstance(n.number, str)]
    printed = f"{numbers[0]}-{numbers[-1]}" if numbers else ""
    if letters:
        printed += (" and " if printed else "") + (f"{letters[0]}-{letters[-1]}" if len(letters) > 1 else letters[0])
    raise CitexError(f"{doc.source} has no note {number}; its notes are numbered {printed}", EXIT_USAGE)


def explain(doc: Document, number: int | str) -> dict:
    """Everything citex decided about note ``number`` of ``doc``, with the evidence for it."""
    note = find_note(doc, number)
    return {
        "source": doc.source,
        "note": note.number,
        "text": note.text,
        "commentary": note.commentary,
        "commentary_only": not note.citations,
        "linked": note.linked,
        "marker": note.marker,
        "warnings": [w.as_dict() for w in doc.warnings if w.note == note.number],
        "citations": [_citation(c, doc) for c in note.citations],
    }


# -- text -------------------------------------------------------------------------------------
def _wrap(text: str, indent: str, width: int = WIDTH) -> list[str]:
    return textwrap.wrap(" ".join(text.split()), width, initial_indent=indent, subsequent_indent=indent) or [indent]


def _field_lines(fields: dict[str, str], indent: str) -> list[str]:
    pad = max((len(k) for k in fields), default=0) + 2
    lines = []
    for key, value in fields.items():
        wrapped = textwrap.wrap(" ".join(str(value).split()), WIDTH - len(indent) - pad) or [""]
        lines.append(f"{indent}{key:<{pad}}{wrapped[0]}")
        lines += [f"{indent}{'':<{pad}}{more}" for more in wrapped[1:]]
    return lines


def _evidence_lines(evidence: list[str], indent: str) -> list[str]:
    if not evidence:
        return [f"{indent}(no evidence recorded)"]
    return [line for e in evidence for line in textwrap.wrap(e, WIDTH, initial_indent=f"{indent}- ",
                                                             subsequent_indent=f"{indent}  ")]


def _work_lines(work: dict, indent: str) -> list[str]:
    lines = [f"{indent}type {work['type']} (family {work['family']})"
             + ("" if work["parsed"] else "; UNPARSED, raw text kept")]
    lines += _field_lines(work["fields"], indent + "  ")
    if not work["parsed"]:
        lines += _wrap(f"raw: {work.get('raw', '')}", indent + "  ")
    lines.append(f"{indent}why this type and these fields:")
    return lines + _evidence_lines(work["evidence"], indent + "  ")


def render_text(explained: dict) -> str:
    n = explained["note"]
    out = [f"Note {n} of {explained['source']}"]
    out += _wrap(explained["text"], "  ")
    if explained["commentary"]:
        out += ["", "Commentary (not a citation):", *_wrap(explained["commentary"], "  ")]
    if not explained["linked"]:
        out += ["", "No body marker points at this note."]
    for w in explained["warnings"]:
        out += textwrap.wrap(f"warning {w['code']}: {w['message']}", WIDTH, initial_indent="  ",
                             subsequent_indent="    ")
    if not explained["citations"]:
        out += ["", "This note cites nothing: no piece of it reads as a citation."]
    for c in explained["citations"]:
        head = f"[{c['index'] + 1}] {c['kind']}"
        for key in ("prefix", "locator"):
            if c.get(key):
                head += f" · {key} {c[key]}" + (f" ({c['label']})" if key == "locator" and c.get("label") else "")
        head += f" · characters {c['span'][0]}-{c['span'][1]}"
        out += ["", head, *_wrap(f"piece: {c['raw']}", "    ")]
        if c["evidence"]:
            out.append("    evidence:")
            out += _evidence_lines(c["evidence"], "      ")
        if c.get("work") and c["kind"] == "full":
            out.append("    read as:")
            out += _work_lines(c["work"], "      ")
        targets = c["resolves_to"]
        if not targets:
            out.append("    resolves to: nothing (unresolved)")
        elif c["ambiguous"]:
            out.append(f"    resolves to one of {len(targets)} candidates (ambiguous):")
        for t in targets:
            if t.get("missing"):
                out.append(f"    -> {t['id']}: not in the bibliography")
                continue
            cited = ", ".join(map(str, t["notes"]))
            out.append(f"    -> item {t['id']} (cited in note{'s' if len(t['notes']) != 1 else ''} {cited})")
            if c["kind"] != "full" or c.get("work") is None or t["fields"] != c["work"]["fields"]:
                out += _work_lines(t, "       ")
    return "\n".join(line.rstrip() for line in out) + "\n"
