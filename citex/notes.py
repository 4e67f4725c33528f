"""Find the notes of an article and the body markers that point at them.

A note starts on a line that begins with a note marker.  Marker styles differ by source, so
every style below is tried; the style whose markers form the longest run of note numbers
(with a bonus for sitting under a "Notes"-like heading, near the end) wins.  A note runs
to the next note marker; the last note ends at its paragraph's end, so site chrome after
the notes is not taken into it.  Anomalies (a body marker pointing at no note, a note no
body marker points at, duplicate, missing or out-of-order numbers) become warnings.
"""
from __future__ import annotations

from dataclasses import dataclass

import regex

from .model import Note, Text, Warning

# Each style: a pattern matched at a line start, capturing the note number as ``n``.
NOTE_STYLES: dict[str, regex.Pattern] = {
    # "^{[1] (#_ednref1)}", "[13] (#_ednref13)", "[32] (# ednref32)", "[1]", "^{[1]}"
    "bracket": regex.compile(
        r"^[ \t]*(?:\^\{|\^)?\[(?P<n>\d{1,5})\](?:[ \t]*\((?:\[[^\]\n]{0,40}\]\()?#[^)\n]{0,40}\)\)?)?\}?(?:[ \t]+|$)"
    ),
    # pandoc/markdown footnote definitions: "[^12]: text"
    "markdown": regex.compile(r"^[ \t]{0,3}\[\^(?P<n>[^\]\s]{1,40})\]:[ \t]*"),
    # "12. text" (a numbered Notes list)
    "dot": regex.compile(r"^[ \t]{0,3}(?P<n>\d{1,5})\.[ \t]+(?=\S)"),
    # "(12) text"
    "paren": regex.compile(r"^[ \t]{0,3}\((?P<n>\d{1,5})\)[ \t]+(?=\S)"),
    # "^12 text", "<sup>12</sup> text", "12) text"
    "sup": regex.compile(r"^[ \t]{0,3}(?:\^(?P<n>\d{1,5})\^?|<sup>(?P<n>\d{1,5})</sup>|(?P<n>\d{1,5})\))[ \t]*(?=\S)"),
    # "12 text": only trusted under a Notes heading (scored below)
    "bare": regex.compile(r"^[ \t]{0,3}(?P<n>\d{1,4})[ \t]+(?=[\p{Lu}\"“‘'*¿¡(])"),
}

# Headings that open a notes section: "Notes", "Endnotes", "Notas", "Anmerkungen", "Notes:"
NOTES_HEADING_RE = regex.compile(
    r"(?im)^[ \t#*]*(?:notes?|end\s?notes|foot\s?notes|notas(?:\s+finales)?|notes\s+de\s+fin|anmerkungen|fußnoten|fussnoten|endnoten)[ \t*:]*$"
)

# Body markers that point at a note.
#   "^[1] ([#_edn1](#))", "^{[19] (# edn19)}", "^{[24] (# edn204)}", "[^12]", "<sup>3</sup>"
BODY_MARKER_RE = regex.compile(
    r"\^\{?\[(?P<n>\d{1,5})\](?:[ \t]*\((?:\[)?#[ \t]*_?(?P<target>[A-Za-z]*?)(?P<tn>\d{1,6})(?:\]\(#\))?\))?\}?"
    r"|\[\^(?P<md>[^\]\s]{1,40})\](?!:)"
    r"|<sup>(?P<sup>\d{1,5})</sup>"
)

MAX_GAP = 10  # numbers may skip this many (a missing note) and still be one run


@dataclass(frozen=True)
class _Start:
    style: str
    label: str  # the number or markdown label as printed
    line_start: int  # offset of the line
    text_start: int  # offset where the note's text begins (after the marker)
    marker: str


def locate(text: Text) -> tuple[list[Note], list[Warning]]:
    """Every note of the article, in order, and the warnings about markers and numbering."""
    body = text.text
    starts = _candidate_starts(body)
    chosen = _best_run(starts, body)
    if not chosen:
        return [], [Warning("no-notes", "no notes found: no numbered note list, Notes section or footnotes")]
    notes = _cut_notes(body, chosen)
    warnings = _numbering_warnings(notes)
    outside = _outside_notes(body, notes, chosen)
    notes, marker_warnings = _link_body_markers(outside, notes)
    return notes, warnings + marker_warnings


def _candidate_starts(body: str) -> list[_Start]:
    starts: list[_Start] = []
    offset = 0
    for line in body.splitlines(keepends=True):
        if line.strip():
            for style, pattern in NOTE_STYLES.items():
                m = pattern.match(line)
                if m:
                    starts.append(_Start(style, m.group("n"), offset, offset + m.end(), m.group(0).strip()))
                    break
        offset += len(line)
    return starts


def _number(label: str, order: int) -> int:
    return int(label) if label.isdigit() else order


def _best_run(starts: list[_Start], body: str) -> list[_Start]:
    """The run of note starts that most looks like the article's notes."""
    headings = [m.start() for m in NOTES_HEADING_RE.finditer(body)]
    best: tuple[float, list[_Start]] = (0.0, [])
    by_style: dict[str, list[_Start]] = {}
    for s in starts:
        by_style.setdefault(s.style, []).append(s)
    for style, group in by_style.items():
        if style == "markdown":
            runs = [group]  # footnote definitions are labelled; all of them are notes
        else:
            runs = _runs(group)
        for run in runs:
            if style == "bare" and not any(h < run[0].line_start for h in headings):
                continue  # bare numbers are too common in prose without a heading
            score = float(len(run))
            if any(h < run[0].line_start and not body[h:run[0].line_start].count("\n\n") > 3 for h in headings):
                score += 2.5
            score += 0.5 * (run[-1].line_start / max(1, len(body)))  # nearer the end
            if style in ("dot", "paren", "bare") and len(run) < 3:
                score -= 1  # a short numbered list in the prose
            if score > best[0]:
                best = (score, run)
    return best[1]


def _runs(group: list[_Start]) -> list[list[_Start]]:
    """Split one style's starts into runs of plausibly consecutive numbers."""
    runs: list[list[_Start]] = []
    current: list[_Start] = []
    for s in group:
        n = int(s.label)
        if current:
            last = max(int(c.label) for c in current[-3:])
            if last - MAX_GAP <= n <= last + MAX_GAP and not (n == 1 and last > 2):
                current.append(s)
                continue
            runs.append(current)
        current = [s]
    if current:
        runs.append(current)
    return runs


def _cut_notes(body: str, chosen: list[_Start]) -> list[Note]:
    notes: list[Note] = []
    markdown = chosen[0].style == "markdown"
    for i, s in enumerate(chosen):
        end = chosen[i + 1].line_start if i + 1 < len(chosen) else _last_note_end(body, s.text_start, markdown)
        raw = body[s.text_start:end]
        text = _clean_note_text(raw, markdown)
        lead = len(raw) - len(raw.lstrip())
        notes.append(
            Note(number=_number(s.label, i + 1), text=text, span=(s.text_start + lead, s.text_start + lead + len(raw.strip())),
                 marker=s.marker)
        )
    return notes


def _last_note_end(body: str, start: int, markdown: bool) -> int:
    """The end of the last note: its paragraph (plus indented continuation lines for markdown)."""
    pos = start
    while True:
        brk = body.find("\n\n", pos)
        if brk < 0:
            return len(body)
        rest = body[brk:].lstrip("\n")
        if markdown and rest.startswith(("    ", "\t")):
            pos = brk + 2
            continue
        return brk


CONTINUATION_RE = regex.compile(r"\n[ \t]+")


def _clean_note_text(raw: str, markdown: bool) -> str:
    """Join wrapped lines; keep paragraphs as one space; drop a trailing back-link arrow."""
    text = raw.strip()
    text = regex.sub(r"\s*\n\s*", " ", text)
    text = regex.sub(r"[ \t]{2,}", " ", text)
    text = regex.sub(r"\s*(?:↩︎?|\[↩\]\([^)]*\))\s*$", "", text)
    return text.strip()


def _outside_notes(body: str, notes: list[Note], chosen: list[_Start]) -> str:
    """The article's text with the notes themselves cut out: where body markers live."""
    parts, pos = [], 0
    for note, start in zip(notes, chosen):
        parts.append(body[pos:start.line_start])
        pos = max(pos, note.span[1])
    parts.append(body[pos:])
    return "\n".join(parts)


def _numbering_warnings(notes: list[Note]) -> list[Warning]:
    warnings: list[Warning] = []
    seen: set[int] = set()
    previous = 0
    for note in notes:
        n = note.number
        if n in seen:
            warnings.append(Warning("note-duplicate", f"note number {n} appears more than once", n))
        elif n < previous:
            warnings.append(Warning("note-order", f"note {n} comes after note {previous}", n))
        elif n > previous + 1:
            missing = f"{previous + 1}" if n == previous + 2 else f"{previous + 1}-{n - 1}"
            warnings.append(Warning("note-missing", f"no note numbered {missing} before note {n}", n))
        seen.add(n)
        previous = max(previous, n)
    return warnings


def _link_body_markers(body: str, notes: list[Note]) -> tuple[list[Note], list[Warning]]:
    """Match body markers to notes; flag markers pointing nowhere and notes nothing points at."""
    numbers = {n.number for n in notes}
    labels = {n.marker: n.number for n in notes}
    referenced: set[int] = set()
    warnings: list[Warning] = []
    found_any = False
    for m in BODY_MARKER_RE.finditer(body):
        found_any = True
        if m.group("md") is not None:
            label = m.group("md")
            n = int(label) if label.isdigit() else labels.get(f"[^{label}]:")
            if n is None or n not in numbers:
                warnings.append(Warning("marker-dangling", f"body marker [^{label}] points at no note"))
                continue
            referenced.add(n)
            continue
        n = int(m.group("n") or m.group("sup"))
        target = m.group("tn")
        if target is not None and int(target) != n:
            if int(target) in numbers and int(target) not in referenced and n not in numbers:
                n = int(target)
            else:
                warnings.append(
                    Warning("marker-mismatch",
                            f"body marker '{m.group(0).strip()}' links to #{m.group('target') or ''}{target}, "
                            f"which is no note; taken as note {n}", n)
                )
        if n not in numbers:
            warnings.append(Warning("marker-dangling", f"body marker {m.group(0).strip()!r} points at no note {n}", n))
            continue
        referenced.add(n)
    if not found_any:
        return notes, warnings
    out = []
    for note in notes:
        linked = note.number in referenced
        if not linked:
            warnings.append(Warning("note-unreferenced", f"no body marker points at note {note.number}", note.number))
        out.append(note if linked else Note(**{**note.__dict__, "linked": False}))
    return out, warnings
