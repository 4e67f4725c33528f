"""Notes in the numbered style of medicine and public health (Vancouver), turned into note form.

    Smith J, Doe AB. Coca and conflict in the Andes. Lancet. 2015;385(9980):1234-40.
    Farmer P. Pathologies of power. Berkeley: University of California Press; 2003. p. 45.
    World Health Organization. Cholera [Internet]. Geneva: WHO; 2023 [cited 2024 May 10]. Available from: https://...

What tells this form: names printed as a family name and run-together initials ("Doe AB"),
and either "year;volume(issue):pages" or "Place: Publisher; year".  ``to_note_form`` rewrites
such a reference as a note ("J. Smith and A. B. Doe, “Coca and conflict in the Andes,” *Lancet*
385, no. 9980 (2015): 1234-40"), so that the readers need no third grammar; anything else
answers None.  A "[cited ...]" date is an access date and is dropped.
"""
from __future__ import annotations

import regex

from ..lazyregex import lazy

# "Smith J, Doe AB, Roe C, et al. " / "Buarque de Holanda S. "
NAMES_RE = lazy(
    r"^(?P<names>(?:(?:[a-z]{1,3}\s)?\p{Lu}[\p{L}'’\-]+(?:\s\p{Lu}[\p{L}'’\-]+){0,2}\s\p{Lu}{1,3}(?:,\s+|\.\s+))+)"
    r"(?:et\s+al\.\s+)?")
PERSON_RE = lazy(r"^(?P<family>.+?)\s(?P<initials>\p{Lu}{1,3})$")
# an organisation as author, before a title marked "[Internet]" or a place and publisher
ORGANISATION_RE = lazy(r"^(?P<names>\p{Lu}[^.;:\[\]]{2,120})\.\s+(?=\p{Lu})")
# "Lancet. 2015;385(9980):1234-40." / "J Health Econ. 2015 Mar;34:12-20."
JOURNAL_RE = lazy(
    r"\G(?P<journal>[^.;\[\]]{2,120}?)\.?(?:\s+\[Internet\])?\.\s+(?P<year>1[5-9]\d\d|20\d\d)(?:\s+\p{L}{3}(?:\s+\d{1,2})?)?"
    r"(?:\s+\[cited[^\]]{0,40}\])?;\s*(?P<volume>\d{1,5})(?:\((?P<issue>[^()]{1,12})\))?(?::\s*(?P<pages>[\w\-–]{1,20}))?\.?")
# "Berkeley: University of California Press; 2003." / "Geneva: WHO; 2023 [cited 2024 May 10]."
BOOK_RE = lazy(
    r"\G(?P<place>\p{Lu}[^:;.]{1,60}?):\s*(?P<publisher>[^;]{2,120}?);\s*(?P<year>1[5-9]\d\d|20\d\d)[^.\[]{0,20}"
    r"(?:\s*\[cited[^\]]{0,40}\])?\.?(?:\s*(?:p|pp)\.\s*(?P<pages>[\dxivlc]+(?:\s*[-–]\s*[\dxivlc]+)?)\.?)?")
TITLE_RE = lazy(r"\G(?P<title>[^\[\]]{2,300}?[\p{L}\d)?!])(?P<internet>\s+\[Internet\])?\.\s+(?=\p{Lu})")
AVAILABLE_FROM_RE = lazy(r"\G\s*Available\s+(?:from|at):?\s*(?P<url>(?:https?://|www\.)\S+?)\.?\s*$", regex.IGNORECASE)


def looks_like(text: str) -> bool:
    """A cheap test: the year;volume of a journal, a publisher before "; year", or "[Internet]"."""
    return ";" in text or "[Internet]" in text


def to_note_form(text: str) -> str | None:
    """The note form of a Vancouver-style reference, or None."""
    text = text.strip()
    if not looks_like(text):
        return None
    names = NAMES_RE.match(text)
    who = _people(names.group("names")) if names else None
    if names and who is None:
        return None
    if names and "et al." in text[names.start(): names.end()]:
        who += " et al."
    at = names.end() if names else 0
    if names is None:  # an organisation as author: only with a title marked "[Internet]"
        org = ORGANISATION_RE.match(text) if "[Internet]" in text else None
        if org is None:
            return None
        who, at = org.group("names").strip(), org.end()
    title = TITLE_RE.match(text, at)
    if title is None:
        return None
    rest_at = title.end()
    lead = f"{who}, " if who else ""
    journal = JOURNAL_RE.match(text, rest_at)
    if journal and names:
        issue = f", no. {journal.group('issue')}" if journal.group("issue") else ""
        pages = f": {journal.group('pages')}" if journal.group("pages") else ""
        end = _address(text, journal.end())
        return (f"{lead}“{title.group('title')},” *{journal.group('journal').strip()}* {journal.group('volume')}"
                f"{issue} ({journal.group('year')}){pages}{end}")
    book = BOOK_RE.match(text, rest_at)
    if book:
        pages = f", {book.group('pages')}" if book.group("pages") else ""
        end = _address(text, book.end())
        mark = f"“{title.group('title')}”" if title.group("internet") else f"*{title.group('title')}*"
        return (f"{lead}{mark} ({book.group('place').strip()}: {book.group('publisher').strip()}, "
                f"{book.group('year')}){pages}{end}")
    return None


def _address(text: str, at: int) -> str:
    """", https://..." for an "Available from:" at the end, or "" (identifiers such as a DOI are
    left out of the note form)."""
    m = AVAILABLE_FROM_RE.match(text, at)
    return f", {m.group('url')}" if m else ""


def _people(names: str) -> str | None:
    """"Smith J, Doe AB." -> "J. Smith and A. B. Doe"."""
    out = []
    for part in regex.split(r",\s+", names.strip().rstrip(" ,.")):
        m = PERSON_RE.match(part.strip())
        if not m:
            return None
        initials = " ".join(f"{ch}." for ch in m.group("initials"))
        out.append(f"{initials} {m.group('family')}")
    return " and ".join(out) if len(out) <= 2 else ", ".join(out[:-1]) + ", and " + out[-1]
