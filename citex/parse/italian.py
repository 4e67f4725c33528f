"""Notes in the Italian manner, turned into note form.

    R. Roe, Il capitale sociale. Relazioni esterne, in «Quaderni di Sociologia», XLII, 18, 1998, pp. 51-72.
    D. Doe e C. Poe, La paranza alla sbarra, «la Repubblica», ed. di Napoli, 21 aprile 2017, p. II.

What tells this form: the journal or newspaper set in guillemets after an unmarked title, its volume, issue and
year set off by commas, or the newspaper's day.
``note_form`` rewrites such a note as Chicago prints it ("R. Roe, “Il capitale sociale …,” *Quaderni di
Sociologia* 42, no. 18 (1998): 51-72"), so that the readers need no other grammar; anything else answers None.
"""
from __future__ import annotations

from ..lazyregex import lazy
from . import dates
from .names import looks_like_names, organisation_name

# Names, an unmarked title, then the periodical in guillemets: "R. Roe, Title. Subtitle, in «Journal», …"
OUTLET_RE = lazy(r"^(?P<head>[^«»“”\"*;]{3,400}?),\s+(?:in\s+)?«(?P<outlet>[^«»]{2,80})»(?P<rest>,\s*\S.*)$")
# A journal's numbers after it: "XLII, 18, 1998, pp. 51-72", "vol. 42, n. 18, 1998", "n. 87, 2016, pp. 93-115"
NUMBERS_RE = lazy(r"^,\s*(?:(?:vol\.|a\.|anno)\s*)?(?P<volume>[IVXLC]{1,8}|\d{1,4})?(?:,\s*)?"
                  r"(?:(?:n\.|no\.|nn\.|fasc\.)\s*)?(?P<issue>(?<=[,.]\s*)\d{1,4}(?:[-/]\d{1,4})?)?,\s*"
                  r"(?P<year>(?:1[5-9]|20)\d\d)(?:,\s*pp?\.\s*(?P<pages>[\dIVXLC]{1,6}(?:\s*[-–]\s*[\dIVXLC]{1,6})?))?"
                  r"(?P<after>(?:[,;].*)?)\.?$")
# A newspaper's local edition after its name: ", ed. di Napoli", ", edizione di Milano"
EDITION_RE = lazy(r"^,\s*(?:ed\.|edizione)\s+(?:di\s+)?\p{Lu}[\p{L}'’ ]{1,30}(?=,)")
ROMAN = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}


def note_form(text: str) -> str | None:
    """The note as Chicago prints it, or None when it is not an article in the Italian manner."""
    found = OUTLET_RE.match(text.strip()) if "«" in text else None
    if found is None:
        return None
    who, title = _names_and_title(found.group("head"))
    if not title:
        return None
    rest = found.group("rest")
    if (edition := EDITION_RE.match(rest)) is not None:
        rest = rest[edition.end():]
    numbers = NUMBERS_RE.match(rest)
    if numbers is not None and (numbers.group("volume") or numbers.group("issue")):
        volume = " " + _arabic(numbers.group("volume")) if numbers.group("volume") else ""
        issue = f", no. {numbers.group('issue')}" if numbers.group("issue") else ""
        pages = f": {numbers.group('pages')}" if numbers.group("pages") else ""
        return f"{who}“{title},” *{found.group('outlet')}*{volume}{issue} ({numbers.group('year')}){pages}{numbers.group('after')}"
    day = dates.find_date(rest[:40])
    if day is not None and len(day.parts) >= 2 and day.span[0] <= 3:  # a newspaper's day: "«la Repubblica», 21 aprile 2017"
        # (not a newspaper named after the guillemets, "« Titre », Le Figaro, 10 août 2020": French quotes a title in them)
        return f"{who}“{title},” *{found.group('outlet')}*{rest}"
    return None


def _names_and_title(head: str) -> tuple[str, str]:
    """("Names, ", title) of what precedes the periodical; no names when the first part reads as none (unsigned); no
    title when all of it is names: "Jean Roe, « Titre », Le Monde, …" quotes its title in guillemets, as French and
    Spanish notes do, and names the newspaper after them."""
    head = head.strip()
    if _names(head):
        return "", ""
    parts = head.split(", ")
    named = 0
    while named + 1 < len(parts) and " " in parts[named].strip() and _names(parts[named]):
        named += 1  # "R. Roe, L. Doe, Title": each name set off by a comma
    if named:
        return ", ".join(parts[:named]) + ", ", ", ".join(parts[named:]).strip()
    return "", head


def _names(who: str) -> bool:
    return looks_like_names(who) or organisation_name(who)


def _arabic(volume: str) -> str:
    """"XLII" -> "42"; figures as printed."""
    if not volume.isalpha():
        return volume
    total = 0
    for i, letter in enumerate(volume):
        value = ROMAN[letter]
        total += -value if i + 1 < len(volume) and ROMAN[volume[i + 1]] > value else value
    return str(total)
