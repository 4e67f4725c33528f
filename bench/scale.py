"""Make large inputs out of one real article, for measuring how citex's cost grows.

``scaled_article(text, copies)`` repeats an article's body and its notes ``copies`` times and
renumbers every marker, so copy ``k`` holds notes ``k*N+1 .. k*N+N``: one long article with
``copies * N`` notes, body markers that point at them, and the same mix of full references,
"Ibid." and short forms as the original.  ``copies=1`` gives the article back unchanged.

``long_note(text, copies)`` joins the text of the article's longest note ``copies`` times into
one note, for measuring the cost in the length of a single note.
"""
from __future__ import annotations

import os
import sys

import regex

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

from citex import notes as notes_stage  # noqa: E402
from citex.model import Text  # noqa: E402

# Words every copy changes in its notes (``distinct``): "the", "of", "de", "en"... as whole words.
COMMON_WORD_RE = regex.compile(r"\b(?:the|of|and|in|for|to|on|de|la|el|en)\b")

# A run of digits inside a marker: "^{[12] (#_ednref12)}" -> "12", "12"
DIGITS_RE = regex.compile(r"\d+")


def _shift(marker: str, offset: int) -> str:
    return DIGITS_RE.sub(lambda m: str(int(m.group(0)) + offset), marker) if offset else marker


def split_article(text: str) -> tuple[str, list[tuple[str, str]], str]:
    """(body before the notes, [(marker as printed, rest of the note's lines)], text after the last note)."""
    notes, _ = notes_stage.locate(Text(text=text))
    if not notes:
        raise ValueError("the article has no notes to scale")
    starts = [text.rfind("\n", 0, n.span[0]) + 1 for n in notes]
    end = notes[-1].span[1]
    parts = []
    for i, note in enumerate(notes):
        stop = starts[i + 1] if i + 1 < len(notes) else end
        marker_end = note.span[0]
        parts.append((text[starts[i]:marker_end], text[marker_end:stop]))
    return text[:starts[0]], parts, text[end:]


def scaled_article(text: str, copies: int, distinct: bool = False) -> str:
    """The article with its body and notes repeated ``copies`` times, markers renumbered.

    With ``distinct``, every copy after the first cites works of its own: "the", "of", "de"
    in its notes become "the v2", "of v2", "de v2", so titles differ from copy to copy and the
    bibliography grows with the document (authors stay, so short forms meet more candidates).
    """
    body, parts, tail = split_article(text)
    if distinct:
        return _distinct(body, parts, tail, copies)
    numbers = [int(m.group(0)) for m in (DIGITS_RE.search(marker) for marker, _ in parts) if m]
    step = max(numbers, default=len(parts))
    out = []
    for k in range(copies):
        out.append(notes_stage.BODY_MARKER_RE.sub(lambda m, k=k: _shift(m.group(0), k * step), body))
    for k in range(copies):
        out.extend(_shift(marker, k * step) + rest for marker, rest in parts)
        if k + 1 < copies:
            out.append("\n\n")  # the last note of a copy ends at its paragraph's end
    out.append(tail)
    return "".join(out)


def _distinct(body: str, parts: list[tuple[str, str]], tail: str, copies: int) -> str:
    numbers = [int(m.group(0)) for m in (DIGITS_RE.search(marker) for marker, _ in parts) if m]
    step = max(numbers, default=len(parts))
    out = [notes_stage.BODY_MARKER_RE.sub(lambda m, k=k: _shift(m.group(0), k * step), body) for k in range(copies)]
    for k in range(copies):
        tag = f" v{k + 1}"
        for marker, rest in parts:
            out.append(_shift(marker, k * step) + (COMMON_WORD_RE.sub(lambda m, tag=tag: m.group(0) + tag, rest) if k else rest))
        if k + 1 < copies:
            out.append("\n\n")
    out.append(tail)
    return "".join(out)


def long_note(text: str, copies: int) -> str:
    """A one-note article whose note is the longest note of ``text`` repeated ``copies`` times."""
    notes, _ = notes_stage.locate(Text(text=text))
    longest = max(notes, key=lambda n: len(n.text)).text.rstrip(". ")
    note = "; ".join([longest] * copies) + "."
    return f"A sentence that cites one long note.[^1]\n\nNotes\n\n[^1]: {note}\n"


if __name__ == "__main__":  # python bench/scale.py ARTICLE COPIES > big.txt
    with open(sys.argv[1], encoding="utf-8") as fh:
        sys.stdout.write(scaled_article(fh.read(), int(sys.argv[2])))
