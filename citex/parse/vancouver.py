"""Notes in the numbered style of medicine and public health (Vancouver), turned into note form.

    Smith J, Doe AB. Coca and conflict in the Andes. Lancet. 2015;385(9980):1234-40.
    Farmer P. Pathologies of power. Berkeley: University of California Press; 2003. p. 45.
    World Health Organization. Cholera [Internet]. Geneva: WHO; 2023 [cited 2024 May 10]. Available from: https://...

What tells this form: names printed as a family name and run-together initials ("Doe AB"),
and either "year;volume(issue):pages" or "Place: Publisher; year".  ``to_note_form`` rewrites
such a reference as a note ("J. Smith and A. B. Doe, “Coca and conflict in the Andes,” *Lancet*
385, no. 9980 (2015): 1234-40"), so that the readers need no third grammar; anything else
answers None.  A "[cited ...]" date is the day the page was read, kept as "(accessed …)".
"""
from __future__ import annotations

import regex

from ..lazyregex import lazy
from .classify import known_outlet
from .names import PARTICLES, is_first_name, is_organisation

# "Smith J, Doe AB, Roe C, et al. " / "Buarque de Holanda S. "
NAMES_RE = lazy(
    r"^(?P<names>(?:(?:[a-z]{1,3}\s)?\p{Lu}[\p{L}'’\-]+(?:\s\p{Lu}[\p{L}'’\-]+){0,2}\s\p{Lu}{1,3}(?:-\p{Lu}{1,2})?(?:\s(?:Jr|Sr|II|III|IV))?"
    r"(?:,\s+|\.\s+))+)"
    r"(?:et\s+al\.\s+)?")
# An initial with its stop, where a title would start: "… H. M., Korda M." (names as the Russian standard prints them)
INITIAL_NEXT_RE = lazy(r"\G\p{Lu}\.")
# Persons, then a group that wrote with them after a semicolon: "Roe J, Doe A; Example Commission on Health. "
GROUP_AFTER_NAMES_RE = lazy(r"^(?P<people>[^;.]{3,400}?);\s*(?P<group>\p{Lu}[^.;]{2,120})\.\s+(?=\p{Lu})")
PERSON_RE = lazy(r"^(?P<family>.+?)\s(?P<initials>\p{Lu}{1,3}(?:-\p{Lu}{1,2})?)(?:\s(?P<suffix>Jr|Sr|II|III|IV))?$")
# ("Eozenou PH-V": hyphenated initials; "Santo T Jr": a suffix after them)
# an organisation as author, before a title marked "[Internet]" or a place and publisher
ORGANISATION_RE = lazy(r"^(?P<names>\p{Lu}[^.;:\[\]]{2,120})\.\s+(?=\p{Lu})")
# When: "2020 Apr 17 [cited 2023 Apr 30]", "2021 May", "2019"
_WHEN = (r"(?P<year>1[5-9]\d\d|20\d\d)(?:\s+(?P<month>\p{L}{3})(?:\s+(?P<day>\d{1,2}))?)?"
         r"(?:\s*\[(?:cited|updated|accessed)[^\]]{0,40}\])*")
# "Lancet. 2015;385(9980):1234-40." / "J Health Econ. 2015 Mar;34:12-20." / "MMWR. 2020 Dec 11;69(49):1860-7."
# / the Lancet's own "Lancet 2022; 399: 1513–36."
JOURNAL_RE = lazy(
    r"\G(?P<journal>[^.;\[\]]{2,120}?)\.?(?:\s+\[Internet\])?\.?\s+(?P<year>1[5-9]\d\d|20\d\d)"
    r"(?:\s+(?P<month>\p{L}{3})(?:\s+(?P<day>\d{1,2}))?)?"
    r"(?:\s+\[cited[^\]]{0,40}\])?;\s*(?:(?P<volume>\d{1,5})(?:\s?\((?P<issue>[^()]{1,12})\))?|\((?P<issue_only>[^()]{1,12})\))"
    r"(?::\s*(?P<pages>[\w\-–]{1,20}))?\.?")
# (a review's issue with no volume, as the Cochrane Library prints it: "Cochrane Database Syst Rev. 2014;(2):CD002207")
# "Berkeley: University of California Press; 2003." / "Geneva: WHO; 2023 [cited 2024 May 10]."
# / "Baltimore (MD): Johns Hopkins University Press; 2016."
BOOK_RE = lazy(
    r"\G(?P<place>\p{Lu}[^:;.()]{1,60}?)(?:\s+\((?P<state>\p{Lu}{2,3})\))?:\s*(?P<publisher>[^;]{2,120}?);\s*(?P<year>1[5-9]\d\d|20\d\d)"
    r"(?:\s+(?P<month>\p{Lu}\p{Ll}{2})(?:\s+(?P<day>\d{1,2}))?)?[^.\[]{0,20}"
    r"(?:\s*\[cited[^\]]{0,40}\])?\.?(?:\s*(?:p|pp)\.\s*(?P<pages>[\dxivlc]+(?:\s*[-–]\s*[\dxivlc]+)?)\.?)?")
# A title ends at its full stop, or at its question or exclamation mark ("… what is next for public health? Lancet."),
# before a capital, a name such as "medRxiv", or an edition
TITLE_RE = lazy(r"\G(?P<title>[^\[\]]{2,300}?(?:[\p{L}\d)](?=(?:\s+\[Internet\])?\.\s)|[?!](?=\s)))"
                r"(?P<internet>\s+\[Internet\])?(?:\.?\s+(?=\*?\p{Lu}|\p{Ll}{1,5}\p{Lu}|\d{1,2}(?:st|nd|rd|th)\s+ed\.)|(?<=\])\.\s+(?=\d))")
# (the journal may be set in italics, as AMA prints it and a copy into Markdown keeps it: "… fallen short. *Lancet*. 2021;…")
AVAILABLE_FROM_RE = lazy(r"\G\s*(?:Available\s+(?:from|at):?\s*)?(?P<url>(?:https?://|www\.)\S+?)\.?\s*$", regex.IGNORECASE)
# (BMJ prints the address alone after the facts: "… Home Office, 2016. https://…")


# The book a chapter is in, after the chapter's title: "In: Gelband H, Jha P, editors. *Cancer*. 3rd ed. Vol 3. Place: …"
IN_EDITORS_RE = lazy(r"\GIn:\s+(?P<eds>(?:(?:[a-z]{1,3}\s)?\p{Lu}[\p{L}'’\-]+(?:\s\p{Lu}[\p{L}'’\-]+){0,2}\s\p{Lu}{1,3}(?:,\s+|(?=,?\s+(?:et\s+al|editors?|eds?)\b)))+)"
                     r"(?:et\s+al\.?,?\s+)?,?\s*(?:editors?|eds?)\.\s+(?P<book>\*[^*]{2,300}\*|[^.]{2,300}?)\.\s+")
VOLUME_RE = lazy(r"\GVol\.?\s+(?P<volume>\d{1,3}|[IVXLC]{1,6})\.\s+")
# A publisher and the year with no place, as BMJ prints a report or a book: "Open Society Foundations, 2011.", "National
# Center for Health Statistics; 2023 [cited 2023 Jan 10]."
PUBLISHER_YEAR_RE = lazy(r"\G(?P<publisher>\p{Lu}[^:;.\[\]\d]{2,120}?)[;,]\s*(?P<year>1[5-9]\d\d|20\d\d)"
                         r"(?:\s*\[(?:cited|updated|accessed)[^\]]{0,40}\])*\.?(?=\s|$)")
# A report's series, a sentence of its own between the title and the facts: "Health, Nutrition and Population Discussion
# Paper. Washington (DC): World Bank; 2021."
SERIES_RE = lazy(r"\G(?P<series>\p{Lu}[^.;\[\]]{2,120}?\b(?:Papers?|Series|Reports?|Briefs?|Notes?)(?:\s+(?:No\.?\s*)?[\w\-/]+)?)\.\s+")
# A book's edition after its title: "3rd ed. Geneva: …"
EDITION_RE = lazy(r"\G(?P<edition>\d{1,2}(?:st|nd|rd|th)\s+ed|rev\s+ed)\.\s+(?=\p{Lu})")
# A newspaper and the day of its story: "The New York Times. 2020 Feb 2 [cited 2020 Mar 1].", "New York Times. 2020 Feb 2;
# Sect. A:1.", "The Guardian [Internet]. 2021 May 3"
NEWSPAPER_RE = lazy(r"\G(?P<paper>[^.;\[\]]{2,80}?)(?:\s+\[Internet\])?\.\s+(?P<year>1[5-9]\d\d|20\d\d)\s+(?P<month>\p{Lu}\p{Ll}{2})"
                    r"(?:\s+(?P<day>\d{1,2}))?(?:\s*\[(?:cited|updated|accessed)[^\]]{0,40}\])*(?:;\s*[^.]{1,30})?\.?")
# The day a web page was read, as this style says it: "[cited 2024 May 10]"
CITED_RE = lazy(r"\[cited\s+(?P<year>(?:19|20)\d\d)\s+(?P<month>\p{Lu}\p{Ll}{2})\s+(?P<day>\d{1,2})\]")
# A preprint: "medRxiv [Preprint]. 2020 Apr 17 [cited 2023 Apr 30]."
PREPRINT_RE = lazy(r"\G(?P<server>[^.;\[\]]{2,60}?)\s+\[Preprint\]\.\s+" + _WHEN + r"\.?")
# A web document dated without its publisher: "[Internet]. 2021 May [cited 2023 May 2]."
WEB_DATE_RE = lazy(r"\G" + _WHEN + r"\.?")


def looks_like(text: str) -> bool:
    """A cheap test: the year;volume of a journal, a publisher before "; year", or "[Internet]"/"[Preprint]"; or names as
    this style prints them, then a title ("Roe J, Doe AB. Title. Publisher, 2011.", as BMJ prints a report)."""
    if ";" in text or "[Internet]" in text or "[Preprint]" in text:
        return True
    names = NAMES_RE.match(text) if text[:1].isupper() and ". " in text[:300] else None
    if names is None or "." in names.group("names").rstrip()[:-1] or INITIAL_NEXT_RE.match(text, names.end()):
        return False  # ("Andrea M. Gardner and …": a given name and an initial; "Roe H. M., Doe M.": initials with stops)
    return ", " in names.group("names") or not is_first_name(names.group("names").split()[0])


def to_note_form(text: str) -> str | None:
    """The note form of a Vancouver-style reference, or None."""
    text = text.strip()
    if not looks_like(text):
        return None
    names = NAMES_RE.match(text)
    if names and INITIAL_NEXT_RE.match(text, names.end()):
        return None  # "Kristensen H. M., Korda M. …": initials with their stops, as the Russian standard prints them
    who = _people(names.group("names")) if names else None
    if names and who is None:
        return None
    if names and "et al." in text[names.start(): names.end()]:
        who += " et al."
    at = names.end() if names else 0
    group = GROUP_AFTER_NAMES_RE.match(text) if names and ";" in text[:400] else None
    if group and is_organisation(group.group("group").strip()):  # "Roe J, Doe A; Example Commission on Health. Title."
        people = NAMES_RE.match(group.group("people") + ". ")
        if people and people.end() >= len(group.group("people")) + 1:
            who = _people(people.group("names"), group.group("group").strip())
            at = group.end()
    if names is None:  # an organisation as author: with a title marked "[Internet]", or a body's name
        org = ORGANISATION_RE.match(text)
        if org is None or "[Internet]" not in text and not is_organisation(org.group("names").strip()):
            return None
        who, at = org.group("names").strip(), org.end()
        bodies = who.split(", ")
        if len(bodies) > 1 and all(is_organisation(b) for b in bodies):  # "World Health Organization, UNICEF": two authors
            who = " and ".join(bodies) if len(bodies) == 2 else ", ".join(bodies[:-1]) + ", and " + bodies[-1]
    title = TITLE_RE.match(text, at)
    if title is None:
        return None
    rest_at = title.end()
    lead = f"{who}, " if who else ""
    journal = JOURNAL_RE.match(text, rest_at)
    if journal is None and title.group("title")[-1:] in "?!" and (more := TITLE_RE.match(text, rest_at)) is not None \
            and (journal := JOURNAL_RE.match(text, more.end())) is not None:
        title = _Joined(f"{title.group('title')} {more.group('title')}", more.group("internet"))  # "… demonstrated? A
        # systematic literature review. Drug Alcohol Depend. 2014;…": a question, then the subtitle
    if journal:
        issue = f", no. {journal.group('issue') or journal.group('issue_only')}" \
            if journal.group("issue") or journal.group("issue_only") else ""
        volume = f" {journal.group('volume')}" if journal.group("volume") else ""
        pages = f": {journal.group('pages')}" if journal.group("pages") else ""
        end = _address(text, journal.end())
        when = _when(journal)
        if journal.group("month"):  # "2020 Dec 11" -> "Dec 11, 2020"; the range after it is the article's, said so
            pages = f": pp. {journal.group('pages')}" if journal.group("pages") else ""
        return (f"{lead}{_quoted(title.group('title'))} *{journal.group('journal').strip(' *')}*{volume}"
                f"{issue} ({when}){pages}{end}")
    paper = NEWSPAPER_RE.match(text, rest_at)
    if paper is not None and known_outlet(paper.group("paper").strip()):
        # "McNeil DG Jr. Title. The New York Times. 2020 Feb 2 [cited …]. Available from: <URL>": a newspaper's story
        return (f"{lead}{_quoted(title.group('title'))} *{paper.group('paper').strip()}*, {_when(paper)}"
                f"{_address(text, paper.end())}")
    preprint = PREPRINT_RE.match(text, rest_at)
    if preprint:  # '…, “Title,” preprint, *medRxiv*, Apr 17, 2020, <URL>'
        return (f"{lead}{_quoted(title.group('title'))} preprint, *{preprint.group('server').strip()}*, {_when(preprint)}"
                f"{_address(text, preprint.end())}")
    chapter = IN_EDITORS_RE.match(text, rest_at)
    if chapter and (editors := _people(chapter.group("eds"))) is not None:
        at = chapter.end()
        edition = EDITION_RE.match(text, at)
        at = edition.end() if edition else at
        volume = VOLUME_RE.match(text, at)
        at = volume.end() if volume else at
        book = BOOK_RE.match(text, at)
        if book:  # '…, “Chapter,” in *Book*, ed. H. Gelband and P. Jha, 3rd ed., vol. 3 (Place: Publisher, 2015), 175-193'
            extra = (f", {edition.group('edition')}." if edition else "") + (f", vol. {volume.group('volume')}" if volume else "")
            pages = f", {book.group('pages')}" if book.group("pages") else ""
            place = book.group("place").strip() + (f", {book.group('state')}" if book.group("state") else "")
            return (f"{lead}{_quoted(title.group('title'))} in *{chapter.group('book').strip(' *')}*, ed. {editors}{extra} "
                    f"({place}: {book.group('publisher').strip()}, {book.group('year')}){pages}{_address(text, book.end())}")
    series = SERIES_RE.match(text, rest_at)
    if series and (issued := BOOK_RE.match(text, series.end())) is not None:  # '…, *Title*, Discussion Paper (Place: …)'
        return (f"{lead}*{title.group('title')}*, {series.group('series')} ({issued.group('place').strip()}"
                f"{', ' + issued.group('state') if issued.group('state') else ''}: {issued.group('publisher').strip()}, "
                f"{issued.group('year')}){', ' + issued.group('pages') if issued.group('pages') else ''}"
                f"{_address(text, issued.end())}")
    edition = EDITION_RE.match(text, rest_at)
    book = BOOK_RE.match(text, edition.end() if edition else rest_at)
    if book:
        pages = f", {book.group('pages')}" if book.group("pages") else ""
        end = _address(text, book.end())
        mark = f"“{title.group('title')}”" if title.group("internet") else f"*{title.group('title')}*"
        mark += f", {edition.group('edition')}." if edition else ""
        place = book.group("place").strip() + (f", {book.group('state')}" if book.group("state") else "")
        return (f"{lead}{mark} ({place}: {book.group('publisher').strip()}, "
                f"{_when(book)}){pages}{end}")
    issued = PUBLISHER_YEAR_RE.match(text, edition.end() if edition else rest_at) if names else None
    if issued:  # "Roe A. Drug policy in Portugal. Example Foundations, 2011.": its publisher and year, no place (BMJ)
        mark = f"“{title.group('title')}”" if title.group("internet") else f"*{title.group('title')}*"
        mark += f", {edition.group('edition')}." if edition else ""
        return f"{lead}{mark} ({issued.group('publisher').strip()}, {issued.group('year')}){_address(text, issued.end())}"
    dated = WEB_DATE_RE.match(text, rest_at) if title.group("internet") else None
    if dated:  # 'Panel. Title [Internet]. 2021 May [cited …]. Available from: <URL>' -> '…, “Title,” May 2021, <URL>'
        return f"{lead}{_quoted(title.group('title'))} {_when(dated)}{_address(text, dated.end())}"
    return _with_sentences_between(text, lead, title.group("title"), rest_at)


def _with_sentences_between(text: str, lead: str, title: str, at: int) -> str | None:
    """A reference with a sentence or two between its title and its facts: a subtitle before a journal ("Will Ebola change
    the game? Ten essential reforms …. The report of the … Panel. Lancet. 2015;386…"), or what a document is before its
    publisher ("… first update. Rapid risk assessment. Stockholm: ECDC; 2020 Jan 22.", "… Resolution WHA73.1. …",
    "Report No.: GAO-21-387. Washington (DC): GAO; 2021.")."""
    extras: list[str] = []
    for _ in range(2):
        more = TITLE_RE.match(text, at)
        if more is None or more.group("internet"):
            return None
        extras.append(more.group("title").strip())
        at = more.end()
        journal = JOURNAL_RE.match(text, at)
        if journal is not None and journal.group("volume"):
            issue = f", no. {journal.group('issue')}" if journal.group("issue") else ""
            pages = f": {journal.group('pages')}" if journal.group("pages") else ""
            whole = " ".join(f"{part}." if part[-1:] not in "?!." else part for part in [title, *extras[:-1]]) + " " + extras[-1]
            return (f"{lead}{_quoted(whole)} *{journal.group('journal').strip(' *')}* {journal.group('volume')}{issue} "
                    f"({_when(journal)}){pages}{_address(text, journal.end())}")
        book = BOOK_RE.match(text, at)
        if book is not None:
            place = book.group("place").strip() + (f", {book.group('state')}" if book.group("state") else "")
            what = ", ".join(part.replace(";", ",") for part in extras)
            pages = f", {book.group('pages')}" if book.group("pages") else ""
            return (f"{lead}*{title}*, {what} ({place}: {book.group('publisher').strip()}, {_when(book)}){pages}"
                    f"{_address(text, book.end())}")
    return None


class _Joined:
    """A title read from two sentences, answering as TITLE_RE's match does."""

    def __init__(self, title: str, internet: str | None) -> None:
        self._groups = {"title": title, "internet": internet}

    def group(self, name: str) -> str | None:
        return self._groups[name]


def _when(m: regex.Match) -> str:
    """"2020 Apr 17" as a note prints it: "Apr 17, 2020", "May 2021", "2019"."""
    if not m.group("month"):
        return m.group("year")
    return f"{m.group('month')} {m.group('day') + ', ' if m.group('day') else ''}{m.group('year')}"


def _quoted(title: str) -> str:
    """The title in quotation marks with the comma after it, inside them unless it ends on its own mark."""
    return f"“{title}”" if title.endswith(("?", "!")) else f"“{title},”"


def _address(text: str, at: int) -> str:
    """", https://..." for an "Available from:" at the end, or "" (identifiers such as a DOI are
    left out of the note form)."""
    m = AVAILABLE_FROM_RE.match(text, at)
    cited = CITED_RE.search(text, 0, at)  # "[cited 2022 Jan 4]": the day the page was read (its address may be read apart)
    seen = f" (accessed {cited.group('month')} {cited.group('day')}, {cited.group('year')})" if cited else ""
    return f", {m.group('url')}{seen}" if m else seen


def _people(names: str, group: str | None = None) -> str | None:
    """"Smith J, Doe AB." -> "J. Smith and A. B. Doe" (and the group that wrote with them last)."""
    out = []
    for part in regex.split(r",\s+", names.strip().rstrip(" ,.")):
        m = PERSON_RE.match(part.strip())
        if not m:
            return None
        initials = "-".join(" ".join(f"{ch}." for ch in part) for part in m.group("initials").split("-"))  # "PH-V": "P. H.-V."
        if not out and " " in m.group("family").strip() and m.group("family").split()[0].lower() not in PARTICLES:
            # "Lopez Bernal J": a family name of two words (no particle, "de Oliveira T", "Van Kerkhove MD"), kept whole by
            out.append(f"{m.group('family').strip()}, {initials}")  # printing the first author family name first
            continue
        out.append(f"{initials} {m.group('family')}" + (f" {m.group('suffix')}." if m.group("suffix") in ("Jr", "Sr") else
                                                      f" {m.group('suffix')}" if m.group("suffix") else ""))
    if group:
        out.append(group)
    return " and ".join(out) if len(out) <= 2 else ", ".join(out[:-1]) + ", and " + out[-1]
