"""Typographic quotes and apostrophes in every field of a work: "Peru's" -> "Peru’s",
'the \"Commission for Peace\"' -> 'the “Commission for Peace”'.

Publishers print them so, and every importer reads them the same way; straight ones are
turned curly by pandoc's BibTeX reader and by LaTeX, so an export that kept them straight
would read differently in its BibTeX and CSL-JSON forms.
"""
from __future__ import annotations

from dataclasses import fields

from ..lazyregex import lazy
from ..model import Name, Work, evolve

# an apostrophe inside or at the end of a word: "Peru's", "farmers'", "O'Brien", "rock 'n' roll", and
# before an elided year or century: "the '90s", "del '68", "del '500"
APOSTROPHE_RE = lazy(r"(?<=\p{L}|\d)'|'(?=\d\d(?:\d|s)?\b)")
# an opening single quote: after a space, a dash, a bracket or an opening double quote
OPEN_SINGLE_RE = lazy(r"(?:(?<=^)|(?<=[\s(\[{“\"—–-]))'(?=\S)")
OPEN_DOUBLE_RE = lazy(r"(?:(?<=^)|(?<=[\s(\[{‘'—–-]))\"(?=\S)")


# a quotation in single quotes inside a field: ‘King Coca’ (its closing mark before a space or punctuation)
# (an ʿayn after a hyphen or a letter opens none: "li-‘adad al-shuhada’", "na‘y" in an Arabic transliteration)
SINGLE_PAIR_RE = lazy(r"(?<![\p{L}\d-])‘([^‘’]{1,200}?)’(?=[\s,.;:!?)\]]|$)")


def smart(text: str | None) -> str | None:
    """Typographic apostrophes; a quotation inside a title in double quotes, as CSL data has it
    (a CSL processor turns it to single quotes when the title itself is printed in quotes)."""
    if not text or ("'" not in text and '"' not in text and "‘" not in text):
        return text
    text = APOSTROPHE_RE.sub("’", text)
    text = OPEN_SINGLE_RE.sub("‘", text)
    text = text.replace("'", "’")
    text = OPEN_DOUBLE_RE.sub("“", text)
    text = text.replace('"', "”")
    return SINGLE_PAIR_RE.sub(r"“\1”", text)


def _smart_name(name: Name) -> Name:
    family, given, literal = smart(name.family), smart(name.given), smart(name.literal)
    if (family, given, literal) == (name.family, name.given, name.literal):
        return name
    return Name(family=family, given=given, literal=literal)


# The fields of a work that hold printed text (the raw note, the URL and the evidence stay as they are)
TEXT_FIELDS = tuple(f.name for f in fields(Work) if f.name not in ("raw", "url", "evidence") and f.type in ("str | None", "str"))
NAME_FIELDS = tuple(f.name for f in fields(Work) if "Name" in str(f.type))


def smart_work(work: Work) -> Work:
    changes = {}
    if work.container and work.container[-1:] in "、，；":  # "NHKニュース、": the full-width comma that followed it
        changes["container"] = work.container.rstrip("、，； ")
    for name in TEXT_FIELDS:
        value = getattr(work, name)
        if value:
            new = smart(changes.get(name, value))
            if new != value:
                changes[name] = new
    for name in NAME_FIELDS:
        value = getattr(work, name)
        if value:
            new_names = tuple(_smart_name(n) for n in value)
            if new_names != value:
                changes[name] = new_names
    return evolve(work, **changes) if changes else work
