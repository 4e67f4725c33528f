"""Input cut short: keep every note and flag the last one when the text stops in mid-note.

A download that broke off, a paste that missed the end, ``head -c``: the notes before the cut
are whole and kept as they are; the last one is kept too, with ``Note.truncated`` and a
warning, so a reader knows its citation may be incomplete.  The signs, for a last note with
nothing after it: the file ended inside a character (``truncated-input`` from decoding), or
it ends without a final newline and without a sentence's closing punctuation.
"""
from __future__ import annotations

from .lazyregex import lazy
from .model import Note, Text, Warning, evolve

# How a complete note ends: closing punctuation, "Ibid.", "(1999).", "pp. 4-5.", "“Title.”",
# "*Title*", "<https://example.org>", "…"
COMPLETE_END_RE = lazy(r"[.!?)\]}\"”’'»›*>…]$")
# A note may also end with a bare link: "Available at https://www.devida.gob.pe/informe.pdf"
URL_END_RE = lazy(r"(?:https?://|www\.)[^\s<>\"]{1,2000}$")


def mark_truncated(text: Text, notes: list[Note]) -> tuple[list[Note], list[Warning]]:
    """``notes`` with the last one flagged when the input stops in the middle of it."""
    if not notes:
        return notes, []
    last = notes[-1]
    body = text.text
    if body[last.span[1]:].strip():
        return notes, []  # something follows the last note: the input goes on past it
    cut_in_char = any(w.code == "truncated-input" for w in text.warnings)
    ends_open = not body.endswith("\n") and not _ends_complete(last.text)
    if not (cut_in_char or ends_open):
        return notes, []
    warning = Warning(
        "note-truncated",
        f"note {last.number} runs to the end of the input and stops mid-sentence: the input looks cut short",
        last.number,
    )
    return [*notes[:-1], evolve(last, truncated=True)], [warning]


def _ends_complete(note_text: str) -> bool:
    tail = note_text.rstrip()[-2100:]
    return bool(COMPLETE_END_RE.search(tail) or URL_END_RE.search(tail))
