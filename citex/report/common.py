"""What every audit format shares: family letters and colours, percentages, short labels."""
from __future__ import annotations

from ..audit import AMBIGUOUS, UNRESOLVED

# One letter per family for the per-note strip; lower case marks a back-reference (ibid, short form).
LETTER = {"report": "R", "news": "N", "interview": "I", "book": "B", "journal": "J", AMBIGUOUS: "?", UNRESOLVED: "!"}
LEGEND = ("R report  N news  I interview  B book  J journal  ? ambiguous  ! unresolved  "
          "- cites nothing; lower case: Ibid. or short form")

# Colour-blind-safe palette (Okabe-Ito) for the HTML chart and strip.
COLOUR = {
    "report": "#0072B2", "news": "#E69F00", "interview": "#D55E00", "book": "#009E73", "journal": "#CC79A7",
    AMBIGUOUS: "#999999", UNRESOLVED: "#000000",
}


def pct(share: float) -> str:
    return f"{share * 100:.1f}%"


def letter(citation: dict) -> str:
    code = LETTER.get(citation["family"], "?")
    return code if citation["kind"] == "full" else code.lower()


def strip_code(note: dict) -> str:
    """The note's citations as letters, "-" when it cites nothing: "BJBR", "n", "-"."""
    return "".join(letter(c) for c in note["citations"]) or "-"


def kinds_label(note: dict) -> str:
    return ", ".join(f"{n} {k}" for k, n in note["kinds"].items() if n) or "none"


def clip(text: str | None, width: int) -> str:
    text = " ".join((text or "").split())
    return text if len(text) <= width else text[: width - 1] + "…"


def date_line(dates: dict) -> str:
    parts = [f"{label} {dates[key]['date']}" for key, label in (("oldest", "oldest"), ("median", "median"),
                                                                  ("newest", "newest")) if dates[key]]
    parts.append(f"{dates['undated']} undated")
    return " · ".join(parts)


def summary_line(report: dict) -> str:
    notes = report["notes_summary"]
    only = notes["commentary_only"]
    nothing = f" ({only} {'cites' if only == 1 else 'cite'} nothing)" if only else ""
    return (f"{notes['total']} notes{nothing} · {report['works']['total']} works · "
            f"{report['citations']['total']} citations · {len(report['problems'])} problems")


def problem_text(problem: dict, sep: str = " | ") -> str:
    """A problem's message, with the resolver's reason and an unparsed piece's raw text."""
    text = problem["message"]
    if problem.get("reason"):
        text += f"{sep}why: {problem['reason']}"
    if problem["code"] == "unparsed" and problem.get("raw"):
        text += f"{sep}raw: {problem['raw']}"
    return text


def family_rows(report: dict, total_label: str = "total") -> list[list]:
    """Rows of the by-family table: family, works, share, citations, share; then the citations
    no family takes (ambiguous, unresolved) and the totals."""
    works, cites = report["works"], report["citations"]
    rows = [[f, works["by_family"][f]["count"], pct(works["by_family"][f]["share"]),
             cites["by_family"].get(f, {}).get("count", 0), pct(cites["by_family"].get(f, {}).get("share", 0.0))]
            for f in works["by_family"]]
    total = cites["total"]
    rows += [[f"({s})", "", "", cites["unattributed"][s], pct(cites["unattributed"][s] / total if total else 0)]
             for s in (AMBIGUOUS, UNRESOLVED) if cites["unattributed"][s]]
    rows.append([total_label, works["total"], "", total, ""])
    return rows
