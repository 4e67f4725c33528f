"""Audit dict -> Markdown (GitHub tables), for a README, an issue or a pull request."""
from __future__ import annotations

from .common import LEGEND, date_line, family_rows, kinds_label, pct, problem_text, strip_code, summary_line


def _cell(value) -> str:
    return " ".join(str(value if value is not None else "").split()).replace("|", "\\|")


def _table(header: list[str], rows: list[list], right: int = 0) -> list[str]:
    """A GitHub table; the last ``right`` columns are right-aligned (numbers)."""
    align = ["---"] * (len(header) - right) + ["---:"] * right
    lines = ["| " + " | ".join(header) + " |", "|" + "|".join(align) + "|"]
    return lines + ["| " + " | ".join(_cell(v) for v in row) + " |" for row in rows]


def render(report: dict) -> str:
    works, cites = report["works"], report["citations"]
    out = [f"# Source audit: {_cell(report['source'])}", "", summary_line(report), "", "## By family", ""]
    rows = family_rows(report, "**total**")
    out += _table(["family", "works", "share", "citations", "share"], rows, right=4)
    out += ["", "## Works by type", ""]
    out += _table(["type", "works", "share"], [[t, v["count"], pct(v["share"])] for t, v in works["by_type"].items()],
                  right=2)
    out += ["", "## Citations by kind", ""]
    out += _table(["kind", "citations", "share"],
                  [[k, v["count"], pct(v["share"])] for k, v in cites["by_kind"].items()], right=2)
    if report["outlets"]:
        out += ["", "## News outlets and websites", ""]
        out += _table(["outlet", "works", "citations", "share of news citations"],
                      [[o["outlet"], o["works"], o["citations"], pct(o["share"])] for o in report["outlets"]], right=3)
    if report["interviews"]:
        out += ["", "## Interviews", ""]
        out += _table(["who", "where", "when", "notes", "citations"],
                      [[i["who"], i["where"], i["when"], ", ".join(map(str, i["notes"])), i["citations"]]
                       for i in report["interviews"]], right=1)
    out += ["", "## Languages", ""]
    out += _table(["language", "works", "share"],
                  [[lang, v["count"], pct(v["share"])] for lang, v in report["languages"].items()], right=2)
    out += ["", "## Dates", "", date_line(report["dates"]), ""]
    out += _table(["year", "works"], [[y, n] for y, n in report["dates"]["by_year"].items()], right=1)
    out += ["", "## Per note", "", LEGEND, ""]
    out += _table(["note", "strip", "families", "kinds"],
                  [[n["number"], f"`{strip_code(n)}`", ", ".join(n["families"]) or "—", kinds_label(n)]
                   for n in report["notes"]])
    out += ["", f"## Problems ({len(report['problems'])})", ""]
    if report["problems"]:
        out += _table(["note", "code", "message"],
                      [[p.get("note") if p.get("note") is not None else "—", f"`{p['code']}`",
                        problem_text(p, " — ")]
                       for p in report["problems"]])
    else:
        out.append("None.")
    return "\n".join(out) + "\n"
