"""Typographic quotes and apostrophes in every field of a work: "Peru's" -> "Peru’s",
'the \"Commission for Peace\"' -> 'the “Commission for Peace”'.

Publishers print them so, and every importer reads them the same way; straight ones are
turned curly by pandoc's BibTeX reader and by LaTeX, so an export that kept them straight
would read differently in its BibTeX and CSL-JSON forms.
"""
from __future__ import annotations

from dataclasses import fields, replace

import regex

from ..model import Name, Work

# an apostrophe inside or at the end of a word: "Peru's", "farmers'", "O'Brien", "rock 'n' roll"
APOSTROPHE_RE = regex.compile(r"(?<=\p{L}|\d)'|'(?=\d\ds\b)")
# an opening single quote: after a space, a dash, a bracket or an opening double quote
OPEN_SINGLE_RE = regex.compile(r"(?:(?<=^)|(?<=[\s(\[{“\"—–-]))'(?=\S)")
OPEN_DOUBLE_RE = regex.compile(r"(?:(?<=^)|(?<=[\s(\[{‘'—–-]))\"(?=\S)")


# a quotation in single quotes inside a field: ‘King Coca’ (its closing mark before a space or punctuation)
SINGLE_PAIR_RE = regex.compile(r"‘([^‘’]{1,200}?)’(?=[\s,.;:!?)\]]|$)")


def smart(text: str | None) -> str | None:
    """Typographic apostrophes; a quotation inside a title in double quotes, as CSL data has it
    (a CSL processor turns it to single quotes when the title itself is printed in quotes)."""
    if not text or not any(q in text for q in "'\"‘"):
        return text
    text = APOSTROPHE_RE.sub("’", text)
    text = OPEN_SINGLE_RE.sub("‘", text)
    text = text.replace("'", "’")
    text = OPEN_DOUBLE_RE.sub("“", text)
    text = text.replace('"', "”")
    return SINGLE_PAIR_RE.sub(r"“\1”", text)


def _smart_name(name: Name) -> Name:
    return Name(family=smart(name.family), given=smart(name.given), literal=smart(name.literal))


def smart_work(work: Work) -> Work:
    changes = {}
    for f in fields(work):
        value = getattr(work, f.name)
        if f.name in ("raw", "url", "evidence"):
            continue
        if isinstance(value, str):
            new = smart(value)
            if new != value:
                changes[f.name] = new
        elif isinstance(value, tuple) and value and isinstance(value[0], Name):
            changes[f.name] = tuple(_smart_name(n) for n in value)
    return replace(work, **changes) if changes else work
