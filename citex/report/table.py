"""Audit dict -> a plain-text report that reads at 80 columns in a terminal."""
from __future__ import annotations

import textwrap

from ..audit import AMBIGUOUS, UNRESOLVED
from .common import LEGEND, clip, date_line, pct, problem_text, strip_code, summary_line

WIDTH = 80
BAR = 24  # characters of the widest bar


def render(report: dict, width: int = WIDTH) -> str:
    title, source = "citex audit · ", str(report["source"])
    if len(title) + len(source) > width:  # keep the end of a long path: the file's name
        source = "…" + source[-(width - len(title) - 1):]
    out = [title + source, summary_line(report)]
    for section in (_families, _types, _kinds, _outlets, _interviews, _languages, _dates, _strip, _problems):
        lines = section(report, width)
        if lines:
            out += ["", *lines]
    return "\n".join(line.rstrip() for line in out) + "\n"


def _bar(share: float, top: float) -> str:
    return "█" * round(BAR * share / top) if top else ""


def _families(report: dict, width: int) -> list[str]:
    works, cites = report["works"]["by_family"], report["citations"]["by_family"]
    top = max([v["share"] for v in cites.values()] + [0.0])
    lines = [f"{'BY FAMILY':<12}{'works':>7}{'share':>8}{'citations':>11}{'share':>8}"]
    for family in works:
        w, c = works[family], cites.get(family, {"count": 0, "share": 0.0})
        lines.append(f"  {family:<10}{w['count']:>7}{pct(w['share']):>8}{c['count']:>11}{pct(c['share']):>8}  "
                     + _bar(c["share"], top))
    total = report["citations"]["total"]
    for status in (AMBIGUOUS, UNRESOLVED):
        n = report["citations"]["unattributed"][status]
        if n:
            lines.append(f"  {'(' + status + ')':<25}{n:>11}{pct(n / total if total else 0):>8}")
    lines.append(f"  {'total':<10}{report['works']['total']:>7}{'':>8}{total:>11}")
    return lines


def _types(report: dict, width: int) -> list[str]:
    by_type = report["works"]["by_type"]
    if not by_type:
        return []
    top = max(v["share"] for v in by_type.values())
    lines = [f"{'WORKS BY TYPE':<20}{'works':>6}{'share':>8}"]
    lines += [f"  {t:<18}{v['count']:>6}{pct(v['share']):>8}  {_bar(v['share'], top)}" for t, v in by_type.items()]
    return lines


def _kinds(report: dict, width: int) -> list[str]:
    kinds = report["citations"]["by_kind"]
    text = " · ".join(f"{k} {v['count']} ({pct(v['share'])})" for k, v in kinds.items())
    return textwrap.wrap("CITATIONS BY KIND: " + text, width, subsequent_indent="  ")


def _outlets(report: dict, width: int) -> list[str]:
    if not report["outlets"]:
        return []
    lines = [f"{'NEWS OUTLETS AND WEBSITES':<44}{'works':>7}{'citations':>11}{'of news':>10}"]
    lines += [f"  {clip(o['outlet'], 41):<42}{o['works']:>7}{o['citations']:>11}{pct(o['share']):>10}"
              for o in report["outlets"]]
    return lines


def _interviews(report: dict, width: int) -> list[str]:
    if not report["interviews"]:
        return []
    lines = [f"{'INTERVIEWS':<32}{'where':<22}{'when':<12}notes"]
    for i in report["interviews"]:
        notes = ", ".join(map(str, i["notes"]))
        lines.append(f"  {clip(i['who'] or '?', 29):<30}{clip(i['where'] or '', 21):<22}"
                     f"{clip(i['when'] or '', 11):<12}{clip(notes, width - 66)}")
    return lines


def _languages(report: dict, width: int) -> list[str]:
    text = " · ".join(f"{lang} {v['count']} ({pct(v['share'])})" for lang, v in report["languages"].items())
    return textwrap.wrap("LANGUAGES (works): " + text, width, subsequent_indent="  ") if text else []


def _dates(report: dict, width: int) -> list[str]:
    dates = report["dates"]
    lines = textwrap.wrap("DATES: " + date_line(dates), width, subsequent_indent="  ")
    years = "  ".join(f"{y}:{n}" for y, n in dates["by_year"].items())
    return lines + textwrap.wrap(years, width, initial_indent="  ", subsequent_indent="  ")


def _strip(report: dict, width: int) -> list[str]:
    notes = report["notes"]
    if not notes:
        return []
    cells = [(str(n["number"]), strip_code(n)) for n in notes]
    num = max(len(c[0]) for c in cells)
    code = max(len(c[1]) for c in cells)
    cell = num + 1 + code + 2
    per_line = max(1, (width - 2) // cell)
    lines = ["PER NOTE (families of the works each note cites, in order)"]
    for start in range(0, len(cells), per_line):
        row = cells[start:start + per_line]
        lines.append("  " + "".join(f"{n:>{num}} {c:<{code}}  " for n, c in row))
    return lines + textwrap.wrap(LEGEND, width, initial_indent="  ", subsequent_indent="  ")


def _problems(report: dict, width: int) -> list[str]:
    problems = report["problems"]
    if not problems:
        return ["PROBLEMS: none"]
    lines = [f"PROBLEMS ({len(problems)})"]
    for p in problems:
        head = f"  {('note ' + str(p['note'])) if p.get('note') is not None else 'article':<9}{p['code']:<18}"
        lines += textwrap.wrap(problem_text(p), width, initial_indent=head, subsequent_indent=" " * len(head))
    return lines
