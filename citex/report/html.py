"""Audit dict -> one self-contained HTML page: a chart of the families, the per-note strip, the tables.

No script, no font, no image and no link leaves the file: the chart is inline SVG and the
style is inline CSS, so the page opens offline and prints on A4 or Letter.
"""
from __future__ import annotations

from html import escape

from .. import __version__
from ..audit import AMBIGUOUS, UNRESOLVED
from .common import COLOUR, LETTER, date_line, family_rows, kinds_label, pct, summary_line

STYLE = """
:root { --ink: #1b1b1b; --muted: #5f5f5f; --rule: #d6d6d6; }
* { box-sizing: border-box; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--ink);
       max-width: 60rem; margin: 2rem auto; padding: 0 1rem; }
h1 { font-size: 1.5rem; margin: 0 0 .2rem; }
h2 { font-size: 1.1rem; margin: 1.8rem 0 .5rem; border-bottom: 1px solid var(--rule); padding-bottom: .2rem; }
.source { color: var(--muted); margin: 0; word-break: break-all; }
.summary { font-weight: 600; }
table { border-collapse: collapse; width: 100%; font-size: .9rem; }
th, td { text-align: left; padding: .25rem .5rem; border-bottom: 1px solid var(--rule); vertical-align: top; }
th { font-weight: 600; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
.swatch { display: inline-block; width: .8em; height: .8em; margin-right: .35em; vertical-align: -.05em; }
.legend span { margin-right: 1rem; white-space: nowrap; font-size: .85rem; }
ol.strip { list-style: none; display: flex; flex-wrap: wrap; gap: 3px; padding: 0; margin: .5rem 0; }
ol.strip li { width: 2.6rem; border: 1px solid var(--rule); text-align: center; font-size: .75rem; }
ol.strip .n { display: block; color: var(--muted); }
ol.strip .cites { display: flex; flex-direction: column; gap: 1px; padding: 2px; min-height: 1.1rem; }
ol.strip .c { display: block; height: .7rem; color: #fff; font-size: .55rem; line-height: .7rem; }
ol.strip .c.back { opacity: .55; }
ol.strip .none { color: var(--muted); }
.code { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; font-size: .85rem; }
.raw { color: var(--muted); display: block; }
.two { display: grid; grid-template-columns: 1fr 1fr; gap: 0 2rem; }
footer { margin-top: 2rem; color: var(--muted); font-size: .8rem; }
@page { margin: 14mm; }
@media print {
  body { font-size: 9pt; margin: 0; max-width: none; }
  h2 { break-after: avoid; margin-top: 1.2rem; }
  th, td { padding: .1rem .4rem; }
  figure, ol.strip li, tr { break-inside: avoid; }
  thead { display: table-header-group; }
  footer { display: none; }
}
@media (max-width: 40rem) { .two { grid-template-columns: 1fr; } }
"""

FAMILY_LABEL = {AMBIGUOUS: "ambiguous back-reference", UNRESOLVED: "unresolved back-reference"}


def render(report: dict) -> str:
    source = escape(str(report["source"]))
    body = [
        f"<header><h1>Source audit</h1><p class=\"source\">{source}</p>",
        f"<p class=\"summary\">{escape(summary_line(report))}</p></header>",
        _families(report),
        _strip(report),
        "<div class=\"two\">",
        _simple("Works by type", ["type", "works", "share"],
                [[t, v["count"], pct(v["share"])] for t, v in report["works"]["by_type"].items()]),
        _simple("Citations by kind", ["kind", "citations", "share"],
                [[k, v["count"], pct(v["share"])] for k, v in report["citations"]["by_kind"].items()]),
        "</div>",
        _simple("News outlets and websites", ["outlet", "works", "citations", "share of news citations"],
                [[o["outlet"], o["works"], o["citations"], pct(o["share"])] for o in report["outlets"]]),
        _simple("Interviews", ["who", "where", "when", "notes", "citations"],
                [[i["who"], i["where"], i["when"], ", ".join(map(str, i["notes"])), i["citations"]]
                 for i in report["interviews"]], numeric_from=4),
        "<div class=\"two\">",
        _simple("Languages", ["language", "works", "share"],
                [[lang, v["count"], pct(v["share"])] for lang, v in report["languages"].items()]),
        _simple("Dates", ["year", "works"], [[y, n] for y, n in report["dates"]["by_year"].items()],
                intro=date_line(report["dates"])),
        "</div>",
        _problems(report),
        _notes(report),
        f"<footer>Made by citex {escape(__version__)} from {source}.</footer>",
    ]
    return (
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        f"<title>Source audit: {source}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n"
        + "\n".join(part for part in body if part)
        + "\n</body>\n</html>\n"
    )


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}{'' if n == 1 else 's'}"


def _swatch(family: str, pale: bool = False) -> str:
    opacity = ";opacity:.55" if pale else ""
    return f"<span class=\"swatch\" style=\"background:{COLOUR.get(family, '#999')}{opacity}\"></span>"


def _legend() -> str:
    return "<p class=\"legend\">" + "".join(
        f"<span>{_swatch(f)}{escape(FAMILY_LABEL.get(f, f))}</span>" for f in COLOUR
    ) + "<span>pale: Ibid. or short form</span></p>"


def _chart(report: dict) -> str:
    """Horizontal bars, two per family: share of works (solid) and share of citations (pale)."""
    works, cites = report["works"]["by_family"], report["citations"]["by_family"]
    families = list(works)
    label_w, bar_w, row_h, top = 90, 420, 34, 24
    height = top + row_h * len(families) + 4
    parts = [
        f"<svg id=\"family-chart\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {label_w + bar_w + 150} {height}\" "
        f"width=\"100%\" role=\"img\" aria-labelledby=\"family-chart-title\">",
        "<title id=\"family-chart-title\">Works and citations by family</title>",
        "<g font-family=\"system-ui, sans-serif\" font-size=\"12\">",
        f"<rect x=\"{label_w}\" y=\"4\" width=\"12\" height=\"10\" fill=\"#555\"/>"
        f"<text x=\"{label_w + 16}\" y=\"13\">works</text>",
        f"<rect x=\"{label_w + 70}\" y=\"4\" width=\"12\" height=\"10\" fill=\"#555\" fill-opacity=\"0.4\"/>"
        f"<text x=\"{label_w + 86}\" y=\"13\">citations (every mention)</text>",
    ]
    for row, family in enumerate(families):
        y = top + row * row_h
        colour = COLOUR.get(family, "#999")
        w = works[family]
        c = cites.get(family, {"count": 0, "share": 0.0})
        ww, cw = round(bar_w * w["share"]), round(bar_w * c["share"])
        parts += [
            f"<g class=\"bar\" data-family=\"{escape(family)}\">",
            f"<text x=\"{label_w - 8}\" y=\"{y + 17}\" text-anchor=\"end\">{escape(family)}</text>",
            f"<rect x=\"{label_w}\" y=\"{y + 2}\" width=\"{ww}\" height=\"13\" fill=\"{colour}\">"
            f"<title>{escape(family)}: {_count(w['count'], 'work')} ({pct(w['share'])})</title></rect>",
            f"<text x=\"{label_w + ww + 6}\" y=\"{y + 13}\">{_count(w['count'], 'work')} · {pct(w['share'])}</text>",
            f"<rect x=\"{label_w}\" y=\"{y + 16}\" width=\"{cw}\" height=\"13\" fill=\"{colour}\" fill-opacity=\"0.4\">"
            f"<title>{escape(family)}: {_count(c['count'], 'citation')} ({pct(c['share'])})</title></rect>",
            f"<text x=\"{label_w + cw + 6}\" y=\"{y + 27}\" fill=\"#444\">{_count(c['count'], 'citation')} · "
            f"{pct(c['share'])}</text>",
            "</g>",
        ]
    parts += ["</g>", "</svg>"]
    return "\n".join(parts)


def _families(report: dict) -> str:
    rows = family_rows(report, "total")
    table = _table(["family", "works", "share", "citations", "share"], rows, numeric_from=1, swatches=True)
    return f"<section id=\"families\"><h2>By family</h2>\n<figure>{_chart(report)}</figure>\n{table}</section>"


def _strip(report: dict) -> str:
    cells = []
    for note in report["notes"]:
        n = note["number"]
        if note["citations"]:
            inner = "".join(
                f"<span class=\"c{'' if c['kind'] == 'full' else ' back'}\" "
                f"style=\"background:{COLOUR.get(c['family'], '#999')}\" "
                f"title=\"{escape(_cite_title(c))}\">{escape(LETTER.get(c['family'], '?'))}</span>"
                for c in note["citations"]
            )
        else:
            inner = "<span class=\"none\" title=\"cites nothing\">–</span>"
        tip = f"note {n}: " + (", ".join(note["families"]) or "no family") + f"; {kinds_label(note)}"
        cells.append(f"<li id=\"strip-{n}\" data-note=\"{n}\" title=\"{escape(tip)}\">"
                     f"<span class=\"n\">{n}</span><span class=\"cites\">{inner}</span></li>")
    return ("<section id=\"strip\"><h2>Note by note</h2>\n" + _legend()
            + "\n<ol class=\"strip\">\n" + "\n".join(cells) + "\n</ol></section>")


def _cite_title(c: dict) -> str:
    item = c["item"]
    target = ", ".join(item) if isinstance(item, list) else (item or "nothing")
    return f"{c['kind']} · {FAMILY_LABEL.get(c['family'], c['family'])} · {target}"


def _problems(report: dict) -> str:
    problems = report["problems"]
    if not problems:
        return "<section id=\"problems\"><h2>Problems</h2><p>None.</p></section>"
    rows = []
    for p in problems:
        note = p.get("note")
        where = f"<a href=\"#note-{note}\">{note}</a>" if note is not None else "—"
        raw = f"<span class=\"raw code\">{escape(p['raw'])}</span>" if p["code"] == "unparsed" and p.get("raw") else ""
        if p.get("reason"):
            raw = f"<span class=\"raw\">why: {escape(p['reason'])}</span>" + raw
        rows.append(f"<tr><td class=\"num\">{where}</td><td class=\"code\">{escape(p['code'])}</td>"
                    f"<td>{escape(p['message'])}{raw}</td></tr>")
    return (f"<section id=\"problems\"><h2>Problems ({len(problems)})</h2>\n<table><thead><tr><th class=\"num\">note"
            "</th><th>code</th><th>message</th></tr></thead><tbody>\n" + "\n".join(rows) + "\n</tbody></table></section>")


def _notes(report: dict) -> str:
    rows = []
    for note in report["notes"]:
        n = note["number"]
        fams = " ".join(_swatch(c["family"], c["kind"] != "full") for c in note["citations"]) or "—"
        rows.append(f"<tr id=\"note-{n}\"><td class=\"num\">{n}</td><td>{fams}</td>"
                    f"<td>{escape(', '.join(note['families']) or '—')}</td><td>{escape(kinds_label(note))}</td>"
                    f"<td>{'yes' if note['commentary_only'] else ''}</td></tr>")
    return ("<section id=\"notes\"><h2>Notes</h2>\n<table><thead><tr><th class=\"num\">note</th><th>citations</th>"
            "<th>families</th><th>kinds</th><th>cites nothing</th></tr></thead><tbody>\n"
            + "\n".join(rows) + "\n</tbody></table></section>")


def _table(header: list[str], rows: list[list], numeric_from: int = 1, swatches: bool = False) -> str:
    num = ' class="num"'
    head = "".join(f"<th{num if i >= numeric_from else ''}>{escape(h)}</th>" for i, h in enumerate(header))
    body = []
    for row in rows:
        cells = []
        for i, value in enumerate(row):
            text = escape("" if value is None else str(value))
            if i == 0 and swatches and value in COLOUR:
                text = _swatch(value) + text
            cells.append(f"<td{num if i >= numeric_from else ''}>{text}</td>")
        body.append("<tr>" + "".join(cells) + "</tr>")
    return f"<table><thead><tr>{head}</tr></thead><tbody>\n" + "\n".join(body) + "\n</tbody></table>"


def _simple(title: str, header: list[str], rows: list[list], numeric_from: int = 1, intro: str = "") -> str:
    slug = title.lower().replace(" ", "-")
    if not rows:
        return f"<section id=\"{slug}\"><h2>{escape(title)}</h2><p>None.</p></section>"
    lead = f"<p>{escape(intro)}</p>\n" if intro else ""
    return f"<section id=\"{slug}\"><h2>{escape(title)}</h2>\n{lead}{_table(header, rows, numeric_from)}</section>"
