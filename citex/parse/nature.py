"""References in the numbered style of Nature and the Springer Nature journals, turned into note form.

    Roe, J., Doe, A. B. & Poe, C. Title of the article. Nat. Clim. Change 10, 904–912 (2020).
    Roe, J. et al. Title of the Book: A Subtitle (World Bank, 2021).
    Roe, J. et al. in Book Title (eds Doe, A. et al.) 313–443 (Cambridge Univ. Press, 2018).

What tells this form: family names before their initials ("Roe, J. A."), the last joined by "&", the title
unmarked after them, then a journal's abbreviated name, its volume, the pages and the year in brackets; or
the publisher and year in brackets after a book's title.  ``to_note_form`` rewrites such a reference as a note
("J. Roe, A. B. Doe, and C. Poe, “Title of the article,” *Nat. Clim. Change* 10 (2020): 904–912"), so that the
readers need no other grammar; anything else answers None.
"""
from __future__ import annotations

import regex

from ..lazyregex import lazy
from . import dates

# One name, family name first, then its initials: "Hoffmann, R.", "Crespo Cuaresma, J.", "Schleussner, C.-F.", "van Baalen, S."
_NAME = (r"(?:(?:van|von|de|da|del|della|du|le|la|ter|den|der)\s)?\p{Lu}[\p{L}'’\-]+(?:\s\p{Lu}[\p{L}'’\-]+){0,2},"
         r"\s\p{Lu}\.(?:-?\p{Lu}\.)?(?:\s\p{Lu}\.(?:-?\p{Lu}\.)?){0,2}")
# The names that open a reference: "Roe, J., Doe, A. B. & Poe, C. ", "Roe, J. et al. "
NAMES_RE = lazy(rf"^(?P<names>{_NAME}(?:,\s{_NAME}){{0,20}}(?:,?\s&\s{_NAME})?)\s(?P<etal>et\sal\.\s)?")
PERSON_RE = lazy(r"^(?P<family>.+?),\s(?P<initials>.+?)\s*$")
# A journal's name, its volume, pages or article number, and year: "Nat. Clim. Change 8, 469–477 (2018).",
# "Science 341, 1235367 (2013)", "WIREs Clim. Change 9, e496 (2018)"
JOURNAL_TAIL_RE = lazy(r"(?P<journal>\p{Lu}[\p{L}.’'\-]*(?:\s(?:\p{Lu}[\p{L}.’'\-]*|of|and|&|in|the|for|on)){0,8})\s(?P<volume>\d{1,4}),\s"
                       r"(?P<pages>[a-zA-Z]?\d{1,7}(?:[–-][a-zA-Z]?\d{1,7})?)\s\((?P<year>(?:1[6-9]|20)\d\d)\)\.?$")
# A book's or a report's publisher and year in brackets at the end, and an address after a semicolon: "(World Bank,
# 2021).", "(UNEP, Cambridge Univ. Press, 2019); https://doi.org/…"
FACTS_TAIL_RE = lazy(r"\s\((?P<publisher>[^()]{2,160}?),\s(?P<year>(?:1[6-9]|20)\d\d)\)\.?(?:;\s(?P<url>https?://\S+?))?\.?$")
# A chapter: "in Book Title (eds Doe, A. et al.) 313–443 (Publisher, 2018)."
CHAPTER_RE = lazy(r"^in\s(?P<book>.+?)\s\(eds?\s(?P<eds>[^()]{3,200}?)\)\s(?P<pages>\d{1,5}[–-]\d{1,5})\s\((?P<publisher>[^()]{2,120}?),"
                  r"\s(?P<year>(?:1[6-9]|20)\d\d)\)\.?$")
# A name of a list that goes on after what looked like the last: "Doe, Havard Hegre, and …"
NAME_GOES_ON_RE = lazy(r"\p{Lu}[\p{L}'’\-]+,\s\p{Lu}[\p{L}'’\-]+\s\p{Lu}[\p{L}'’\-]+,?\s(?:and|&)?")
# Who edited a book, before its title: "(eds) "
EDITORS_MARK_RE = lazy(r"^\(eds?\)\s")
# A newspaper's or a site's name, its address and the day in brackets: "The Guardian https://… (1 December 2016)."
NEWS_TAIL_RE = lazy(r"\s(?P<outlet>\p{Lu}[^.?!()]{1,60}?)\s(?P<url>https?://\S+)\s\((?P<date>[^()]{6,30})\)\.?$")
# Words that name a kind of document, never a person: "Press Release, U.S. …"
DOCUMENT_WORDS = frozenset("press release report statement letter memorandum order act bill decree resolution".split())
# Where a title ends: its full stop or question mark, then a space
TITLE_END_RE = lazy(r"[.?!](?=\s)")


def looks_like(text: str) -> bool:
    """A cheap test: a family name, a comma and an initial near the start, and a year in brackets."""
    return ", " in text[:40] and ". " in text and "(" in text


def to_note_form(text: str) -> str | None:
    """The note form of a Nature-style reference, or None."""
    text = text.strip()
    names = NAMES_RE.match(text)
    if names is None:
        return None
    who = _people(names.group("names"))
    if who is None:
        return None
    who += " et al." if names.group("etal") else ""
    rest = text[names.end():].strip()
    if not rest[:1].isupper() and rest[:4] != "(eds" and rest[:3] != "in ":
        return None  # ("Roe, J., Doe, A. and Poe, S. (2018), …": the names go on, in another style)
    if NAME_GOES_ON_RE.match(rest):
        return None  # ("Paul Roe, V. L. Doe, Havard Hegre, and …": names in note order, a given name's initials among them)
    chapter = CHAPTER_RE.match(rest)
    if chapter is not None:
        eds = _people(chapter.group("eds").removesuffix(" et al.").strip()) or chapter.group("eds")
        eds += " et al." if chapter.group("eds").endswith("et al.") else ""
        # a chapter cited by its book alone, as Nature prints one: the book's title stands for the chapter's, unprinted
        return (f"{who}, “{chapter.group('book')},” in *{chapter.group('book')}*, ed. {eds} ({chapter.group('publisher')}, "
                f"{chapter.group('year')}), {chapter.group('pages')}")
    edited = EDITORS_MARK_RE.match(rest)
    if edited is not None:
        rest = rest[edited.end():]
        who += ", eds."
    facts = FACTS_TAIL_RE.search(rest)
    if facts is not None and not JOURNAL_TAIL_RE.search(rest[: facts.start()]) \
            and dates.find_date(facts.group("publisher")) is None:  # ("(July 10, 2023)": a day, no publisher)
        url = f", {facts.group('url')}" if facts.group("url") else ""
        return f"{who}, *{rest[: facts.start()].strip()}* ({facts.group('publisher')}, {facts.group('year')}){url}"
    news = NEWS_TAIL_RE.search(rest)
    if news is not None:
        title = rest[: news.start()].strip().rstrip(".")
        return f"{who}, “{title},” *{news.group('outlet')}*, {news.group('date')}, {news.group('url')}"
    for end in TITLE_END_RE.finditer(rest):  # the first full stop after which a journal's name, volume, pages and year run to
        journal = JOURNAL_TAIL_RE.fullmatch(rest, end.end() + 1)  # the end: "… compound events. Nat. Clim. Change 8, …"
        if journal is not None:
            title = rest[: end.start() + (1 if end.group(0) in "?!" else 0)].strip()
            return (f"{who}, “{title}{'' if title.endswith(('?', '!')) else ','}” *{journal.group('journal')}* "
                    f"{journal.group('volume')} ({journal.group('year')}): {journal.group('pages')}")
    return None


def _people(names: str) -> str | None:
    """"Roe, J., Doe, A. B. & Poe, C." -> "J. Roe, A. B. Doe, and C. Poe"."""
    parts = regex.split(r",?\s&\s|(?<=\.),\s(?=\P{Ll})", names.strip().rstrip(","))
    out = []
    for part in parts:
        m = PERSON_RE.match(part.strip())
        if m is None or DOCUMENT_WORDS & set(m.group("family").lower().split()):
            return None  # ("Press Release, U.S. Dep't of Com., …": a kind of document, and a country's initials)
        out.append(f"{m.group('initials').strip()} {m.group('family').strip()}")
    return out[0] if len(out) == 1 else " and ".join(out) if len(out) == 2 else ", ".join(out[:-1]) + ", and " + out[-1]
