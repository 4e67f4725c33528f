"""Audit dict -> one long CSV (section, key, count, share, note, detail), ready for a spreadsheet.

One row per number: filter on ``section`` (works_by_family, citations_by_family, works_by_type,
citations_by_kind, citations_unattributed, outlet, interview, language, date, year, note, problem).
"""
from __future__ import annotations

import csv
import io

from .common import kinds_label, problem_text, strip_code

COLUMNS = ("section", "key", "count", "share", "note", "detail")


def rows(report: dict) -> list[dict]:
    out: list[dict] = []

    def add(section, key, count=None, share=None, note=None, detail=None):
        out.append({"section": section, "key": key, "count": count, "share": share, "note": note, "detail": detail})

    works, cites = report["works"], report["citations"]
    add("works", "total", works["total"])
    add("citations", "total", cites["total"])
    for section, table in (("works_by_family", works["by_family"]), ("citations_by_family", cites["by_family"]),
                           ("works_by_type", works["by_type"]), ("citations_by_kind", cites["by_kind"]),
                           ("language", report["languages"])):
        for key, v in table.items():
            add(section, key, v["count"], v["share"])
    for status, n in cites["unattributed"].items():
        add("citations_unattributed", status, n)
    for o in report["outlets"]:
        add("outlet", o["outlet"], o["citations"], o["share"], detail=f"{o['works']} works: " + " ".join(o["items"]))
    for i in report["interviews"]:
        add("interview", i["item"], i["citations"], note=" ".join(map(str, i["notes"])),
            detail=" | ".join(x or "" for x in (i["who"], i["where"], i["when"])))
    dates = report["dates"]
    add("date", "dated", dates["dated"])
    add("date", "undated", dates["undated"])
    for key in ("oldest", "median", "newest"):
        if dates[key]:
            add("date", key, detail=f"{dates[key]['date']} {dates[key]['item']}")
    for year, n in dates["by_year"].items():
        add("year", year, n)
    for n in report["notes"]:
        add("note", n["number"], len(n["citations"]), note=n["number"],
            detail=f"{strip_code(n)} | {' '.join(n['families'])} | {kinds_label(n)}")
    for p in report["problems"]:
        add("problem", p["code"], note=p.get("note"), detail=problem_text(p))
    return out


def render(report: dict) -> str:
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=COLUMNS, lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows(report))
    return buf.getvalue()
