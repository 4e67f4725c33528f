"""Document -> audit: what an article's evidence rests on, as one plain dict.

The audit is a pure function of the ``Document`` the exports are made from, so its totals
agree with the JSON and CSL-JSON exports by construction: works are ``Document.items``,
citations are every ``Citation`` of every note.  Renderers (``citex.report``) only format
this dict; they never count anything themselves, so every format shows the same numbers.
The shape of the dict is documented in the README ("Audit JSON").
"""
from __future__ import annotations

from collections import Counter

import regex

from .lazyregex import lazy
from .model import FAMILIES, Citation, Document, Item, Work

SCHEMA = "citex-audit/1"
KINDS = ("full", "ibid", "short")
UNKNOWN_LANGUAGE = "und"  # BCP 47 "undetermined"

# Statuses of a citation that counts for no family.
AMBIGUOUS = "ambiguous"  # a back-reference whose candidates are of more than one family
UNRESOLVED = "unresolved"  # a back-reference that points at nothing

# Warning codes the audit derives itself from the items (so the warning is not listed twice).
DERIVED_CODES = frozenset({"unparsed"})

# Outlet names that differ only by a leading "The", case or punctuation are one outlet:
#   "The New York Times" / "New York Times" / "New York Times," -> "new york times"
OUTLET_ARTICLE_RE = lazy(r"^the\s+", regex.IGNORECASE)
OUTLET_NOISE_RE = lazy(r"[^\p{L}\p{N}]+")


def audit(doc: Document) -> dict:
    """The audit report of one document: a JSON-ready dict (see the README for its keys)."""
    items = {it.id: it for it in doc.items}
    attributed = [(c, _family_of(c, items)) for n in doc.notes for c in n.citations]
    mentions = Counter(c.item for c, _ in attributed if isinstance(c.item, str) and c.item in items)
    return {
        "schema": SCHEMA,
        "source": doc.source,
        "works": _works(doc.items),
        "citations": _citations(attributed),
        "notes_summary": {
            "total": len(doc.notes),
            "citing": sum(1 for n in doc.notes if n.citations),
            "commentary_only": sum(1 for n in doc.notes if not n.citations),
        },
        "notes": [_note(n.number, n.citations, items) for n in doc.notes],
        "interviews": _interviews(doc.items, mentions),
        "outlets": _outlets(doc.items, mentions, sum(1 for _, f in attributed if f == "news")),
        "languages": _counted(Counter(it.work.language or UNKNOWN_LANGUAGE for it in doc.items), len(doc.items)),
        "dates": _dates(doc.items),
        "problems": _problems(doc, items),
    }


def iso_date(date: tuple[int, ...] | None) -> str | None:
    """(2013, 5, 14) -> "2013-05-14"; (2013,) -> "2013"; None -> None."""
    if not date:
        return None
    return "-".join([f"{date[0]:04d}", *(f"{part:02d}" for part in date[1:3])])


def share(count: int, total: int) -> float:
    return round(count / total, 4) if total else 0.0


def _counted(counts: Counter, total: int, order: tuple[str, ...] = ()) -> dict[str, dict]:
    """{key: {"count", "share"}}: keys of ``order`` first (even at zero), then the rest by count."""
    keys = list(order) + sorted((k for k in counts if k not in order), key=lambda k: (-counts[k], k))
    return {k: {"count": counts.get(k, 0), "share": share(counts.get(k, 0), total)} for k in keys}


def _family_of(c: Citation, items: dict[str, Item]) -> str:
    """The family a citation counts for, or ``ambiguous`` / ``unresolved``."""
    if isinstance(c.item, str):
        return items[c.item].work.family if c.item in items else UNRESOLVED
    if isinstance(c.item, tuple):
        families = {items[k].work.family for k in c.item if k in items}
        if len(families) == 1:
            return families.pop()
        return AMBIGUOUS if families else UNRESOLVED
    return UNRESOLVED


def _works(items: tuple[Item, ...]) -> dict:
    total = len(items)
    return {
        "total": total,
        "by_type": _counted(Counter(it.work.type for it in items), total),
        "by_family": _counted(Counter(it.work.family for it in items), total, FAMILIES),
    }


def _citations(attributed: list[tuple[Citation, str]]) -> dict:
    total = len(attributed)
    families = Counter(f for _, f in attributed if f not in (AMBIGUOUS, UNRESOLVED))
    return {
        "total": total,
        "by_family": _counted(families, total, FAMILIES),
        "by_kind": _counted(Counter(c.kind for c, _ in attributed), total, KINDS),
        "unattributed": {
            AMBIGUOUS: sum(1 for _, f in attributed if f == AMBIGUOUS),
            UNRESOLVED: sum(1 for _, f in attributed if f == UNRESOLVED),
        },
    }


def _note(number: int, citations: tuple[Citation, ...], items: dict[str, Item]) -> dict:
    cited = [{"kind": c.kind, "family": _family_of(c, items), "item": _item_ref(c.item)} for c in citations]
    families = [f for f in dict.fromkeys(x["family"] for x in cited) if f not in (AMBIGUOUS, UNRESOLVED)]
    kinds = Counter(c.kind for c in citations)
    return {
        "number": number,
        "commentary_only": not citations,
        "families": families,
        "kinds": {k: kinds.get(k, 0) for k in (*KINDS, *sorted(set(kinds) - set(KINDS)))},
        "citations": cited,
    }


def _item_ref(item: str | tuple[str, ...] | None) -> str | list[str] | None:
    return list(item) if isinstance(item, tuple) else item


def names(work_names) -> str | None:
    return "; ".join(n.display() for n in work_names) or None


def when(work: Work) -> str | None:
    return iso_date(work.date) or work.date_literal


def _interviews(items: tuple[Item, ...], mentions: Counter) -> list[dict]:
    return [
        {
            "item": it.id,
            "who": names(it.work.authors),
            "where": it.work.place,
            "when": when(it.work),
            "notes": list(it.notes),
            "citations": mentions.get(it.id, 0),
        }
        for it in items
        if it.work.family == "interview"
    ]


def outlet_key(name: str) -> str:
    return OUTLET_NOISE_RE.sub(" ", OUTLET_ARTICLE_RE.sub("", name.strip())).strip().casefold()


def _outlets(items: tuple[Item, ...], mentions: Counter, news_citations: int) -> list[dict]:
    """News outlets and websites (the container of news-family works: papers, wires, broadcasters, and the sites a
    web page is on) ranked by the citations of their works."""
    groups: dict[str, list[Item]] = {}
    for it in items:
        if it.work.family == "news" and it.work.container and outlet_key(it.work.container):
            groups.setdefault(outlet_key(it.work.container), []).append(it)
    rows = []
    for members in groups.values():
        printed = Counter(it.work.container.strip() for it in members)
        cites = sum(mentions.get(it.id, 0) for it in members)
        rows.append({
            "outlet": printed.most_common(1)[0][0],
            "works": len(members),
            "citations": cites,
            "share": share(cites, news_citations),
            "items": [it.id for it in members],
        })
    return sorted(rows, key=lambda r: (-r["citations"], -r["works"], r["outlet"].casefold()))


def _date_key(date: tuple[int, ...]) -> tuple[int, int, int]:
    return (date + (0, 0))[:3]  # type: ignore[return-value]


def _dates(items: tuple[Item, ...]) -> dict:
    dated = sorted((it for it in items if it.work.date), key=lambda it: (_date_key(it.work.date), it.id))

    def point(it: Item | None) -> dict | None:
        return {"date": iso_date(it.work.date), "item": it.id} if it else None

    return {
        "dated": len(dated),
        "undated": len(items) - len(dated),
        "oldest": point(dated[0] if dated else None),
        "median": point(dated[(len(dated) - 1) // 2] if dated else None),  # the lower middle work
        "newest": point(dated[-1] if dated else None),
        "by_year": {str(y): n for y, n in sorted(Counter(it.work.date[0] for it in dated).items())},
    }


def _problems(doc: Document, items: dict[str, Item]) -> list[dict]:
    problems: list[dict] = []
    for note in doc.notes:
        if not note.citations:
            problems.append({"code": "no-citation", "note": note.number,
                             "message": f"note {note.number} cites nothing (commentary only)"})
        for c in note.citations:
            problems.extend(_citation_problems(note.number, c, items))
    for it in doc.items:
        if not it.work.parsed:
            where = ", ".join(map(str, it.notes)) or "?"
            problems.append({"code": "unparsed", "note": it.notes[0] if it.notes else None,
                             "message": f"could not read the work cited in note{'s' if len(it.notes) > 1 else ''} "
                                        f"{where}; kept with its raw text",
                             "item": it.id, "raw": it.work.raw})
    problems.extend(_warnings(doc, problems))
    order = {p: i for i, p in enumerate(("no-citation", UNRESOLVED, AMBIGUOUS, "unparsed"))}
    # by note; a lettered note ("a") where it is read, after the numbered note it follows
    read_at = {n.number: n.follows + 0.5 for n in doc.notes if isinstance(n.number, str)}
    return sorted(problems, key=lambda p: (p["note"] is None, read_at.get(p["note"], p["note"] or 0),
                                           order.get(p["code"], len(order))))


def _warnings(doc: Document, derived: list[dict]) -> list[dict]:
    """The document's warnings as problems.  A warning that explains a problem the audit found
    itself (an unresolved or ambiguous back-reference in the same note) becomes its ``reason``."""
    pending: dict[tuple[str, int | None], list[dict]] = {}
    for p in derived:
        if p["code"] in (UNRESOLVED, AMBIGUOUS):
            pending.setdefault((p["code"], p["note"]), []).append(p)
    out = []
    for w in doc.warnings:
        if w.code in DERIVED_CODES:
            continue
        waiting = pending.get((w.code, w.note))
        if waiting:
            waiting.pop(0)["reason"] = w.message
            continue
        out.append({"code": w.code, "note": w.note, "message": w.message})
    return out


def _citation_problems(number: int, c: Citation, items: dict[str, Item]) -> list[dict]:
    label = {"ibid": "Ibid.", "short": "short form"}.get(c.kind, "citation")
    raw = c.raw.strip()
    if c.item is None:
        return [{"code": UNRESOLVED, "note": number,
                 "message": f"{label} {raw[:60]!r} refers to no earlier work", "raw": raw}]
    keys = [c.item] if isinstance(c.item, str) else list(c.item)
    missing = [k for k in keys if k not in items]
    if missing:
        return [{"code": UNRESOLVED, "note": number,
                 "message": f"{label} {raw[:60]!r} points at {', '.join(missing)}, which is not in the bibliography",
                 "raw": raw}]
    if len(keys) > 1:
        families = sorted({items[k].work.family for k in keys})
        return [{"code": AMBIGUOUS, "note": number,
                 "message": f"{label} could refer to any of {len(keys)} works ({', '.join(families)}): "
                            + ", ".join(keys),
                 "raw": raw, "candidates": keys}]
    return []
