"""Notes marked with letters, which magazines set apart from their numbered citations.

CTC Sentinel, for one, prints "Substantive Notes" ([a], [b], …) before its "Citations" ([1], [2], …)
and marks both in the body: "…central control.[7][a]".  A lettered note is a note of the article like
any other: it often cites a work (and a later numbered note may give that work in short form), so it
is read, numbered as printed ("a"), and placed where it is read: after the numbered note whose body
marker comes before its own (``Note.follows``).
"""
from __future__ import annotations

from .lazyregex import lazy
from .model import Note

# "[a] For a contrasting view, see …" at a line's start: the note as printed in its list
LETTERED_NOTE_RE = lazy(r"(?m)^[ \t]{0,3}\[(?P<letter>[a-zA-Z])\](?:[ \t]*\((?:\[[^\]\n]{0,40}\]\()?#[^)\n]{0,40}\)\)?)?[ \t]+(?=\S)")
# "…leadership.[7][a]": a lettered marker in the body, after the text it annotates (in capitals too, "[A]"; not
# a quotation's altered capital, '“[T]he …')
BODY_LETTER_RE = lazy(r"(?<=[^\s\"“‘'(])\[(?P<letter>[a-zA-Z])\]")
# "…leadership.[7]": the numbered marker of the same form, the last before a lettered one
BODY_NUMBER_RE = lazy(r"(?<=\S)\[(?P<n>\d{1,4})\]")
PARAGRAPH_BREAK_RE = lazy(r"\n[ \t]*\n")
# The same heading anywhere, and a lettered note as a PDF's copy prints it, its letter alone: "a These figures …"
SUBSTANTIVE_LINE_RE = lazy(r"(?im)^[ \t#*_]{0,8}substantive[ \t]+notes?[ \t*_:.]{0,8}$")
BARE_LETTERED_RE = lazy(r"(?m)^[ \t]{0,3}(?P<letter>[a-z])[ \t]+(?=[\p{Lu}“\"(])")
# The heading CTC Sentinel sets over its lettered notes, on the line just before the first
SUBSTANTIVE_HEADING_RE = lazy(r"(?im)^[ \t#*_]{0,8}substantive[ \t]+notes?[ \t*_:.]{0,8}\n[ \t]*\n?[ \t]*\Z")
# A heading on a line of its own after a lettered note: "Citations", "Notes", "Endnotes", "Substantive Notes"
HEADING_LINE_RE = lazy(r"(?im)\n[ \t#*_]{0,8}(?:citations|notes|end[ -]?notes|substantive[ \t]+notes|references)[ \t*_:.]{0,8}$")


def starts(body: str, notes: list[Note]) -> list:
    """The lettered notes' openings outside the numbered notes: the longest run of consecutive letters
    from "a" ("[a]", "[b]", "[c]"; or "[A]", "[B]", as some print them), for a list that skips a letter is no list
    of notes."""
    if "[a]" not in body and "[A]" not in body:
        return _bare_starts(body, notes)
    spans = [n.span for n in notes]
    run: list = []
    for m in LETTERED_NOTE_RE.finditer(body):
        if any(a <= m.start() < b for a, b in spans):
            continue
        letter = m.group("letter")
        if letter in ("a", "A"):
            run = run if len(run) > 1 else [m]  # a second list from "a" starts afresh unless one is under way
        elif run and ord(letter) == ord(run[-1].group("letter")) + 1:  # (one case throughout: "Z" is no "a" before "[")
            run.append(m)
    return run


def _bare_starts(body: str, notes: list[Note]) -> list:
    """The lettered notes as a PDF's copy prints them, each letter alone at its line's start ("a These figures …"), under
    the heading "Substantive Notes" and before the next heading: consecutive letters from "a"."""
    heading = SUBSTANTIVE_LINE_RE.search(body) if "ubstantive" in body else None
    if heading is None:
        return []
    end = HEADING_LINE_RE.search(body, heading.end())
    spans = [n.span for n in notes]
    run: list = []
    for m in BARE_LETTERED_RE.finditer(body, heading.end(), end.start() if end else len(body)):
        if any(a <= m.start() < b for a, b in spans):
            continue
        if m.group("letter") == "a" and not run or run and ord(m.group("letter")) == ord(run[-1].group("letter")) + 1:
            run.append(m)
    return run


def read(body: str, notes: list[Note], outside: str) -> list[Note]:
    """The lettered notes of ``body`` as ``Note``s numbered by their letters.  One note alone ("[a]") is
    read only when the body marks it, lest a bracketed "[a]" opening a line of prose be taken for a note."""
    run = starts(body, notes)
    markers = {m.group("letter"): m.start() for m in reversed(list(BODY_LETTER_RE.finditer(outside)))} if run else {}
    if not run or (len(run) == 1 and run[0].group("letter") not in markers
                   and not SUBSTANTIVE_HEADING_RE.search(body, max(0, run[0].start() - 120), run[0].start())):
        return []  # (under its heading, "Substantive Notes", one lettered note is one, however its marker was copied)
    from .notes import _clean_note_text  # the numbered notes' cleaning, shared

    note_starts = sorted(n.span[0] for n in notes)
    out: list[Note] = []
    for i, m in enumerate(run):
        end = run[i + 1].start() if i + 1 < len(run) else len(body)
        later = [s for s in note_starts if s > m.end()]
        end = min(end, later[0]) if later else end
        heading = HEADING_LINE_RE.search(body, m.end(), end)  # "[a] …\nCitations\n[1] …": the next list's heading ends it
        if heading is not None:
            end = heading.start()  # (a note of several paragraphs runs to it)
        elif i + 1 == len(run):
            brk = PARAGRAPH_BREAK_RE.search(body, m.end(), end)  # the last of the list, with no heading after it: its
            end = brk.start() if brk else end  # first paragraph, lest the article's text run on in it
        # (a note before the next letter keeps all its paragraphs: "[a] First paragraph.\n\nSecond, citing …\n\n[b] …")
        raw = body[m.end():end]
        letter = m.group("letter")
        at = markers.get(letter)
        out.append(Note(number=letter, text=_clean_note_text(raw), span=(m.end(), m.end() + len(raw.rstrip())),
                        marker=f"[{letter}]", linked=at is not None,
                        follows=_number_before(outside, at) if at is not None else 0))
    return out


def _number_before(outside: str, at: int) -> int:
    """The last numbered body marker before offset ``at``: the note a lettered note is read after."""
    found = 0
    for m in BODY_NUMBER_RE.finditer(outside, 0, at):
        found = int(m.group("n"))
    return found


def placed(notes: list[Note], lettered: list[Note]) -> list[Note]:
    """All notes in printed order: the lettered list before the numbered one when printed before it."""
    if not lettered:
        return notes
    if notes and lettered[0].span[0] > notes[0].span[0]:
        return notes + lettered
    return lettered + notes


def reading_order(notes: list[Note] | tuple[Note, ...]) -> list[Note]:
    """The notes as a reader meets them: each lettered note after the numbered note it follows, so that
    a short form finds the work a lettered note cited before it, wherever the lettered list is printed."""
    lettered = [n for n in notes if isinstance(n.number, str)]
    if not lettered:
        return list(notes)
    numbered = [n for n in notes if not isinstance(n.number, str)]
    after: dict[int, list[Note]] = {}
    numbers = {n.number for n in numbered}
    first = [n for n in lettered if n.follows not in numbers]
    for n in lettered:
        if n.follows in numbers:
            after.setdefault(n.follows, []).append(n)
    out = list(first)
    for n in numbered:
        out.append(n)
        out.extend(after.pop(n.number, ()))
    return out
