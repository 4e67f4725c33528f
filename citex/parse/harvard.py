"""References in the Harvard style of Elsevier's journals and in the IPCC's own form, turned into note form.

    Wolf, A.T., Yoffe, S.B., Giordano, M., 2003. International waters: identifying basins at risk. Water Policy 5(1), 29–60.
    Eyler, B., Weatherby, C., 2020. New Evidence: How China Turned Off the Tap. Stimson Center, Washington, DC. https://…
    Roe, J., 2019. Chapter title. In: Doe, A., Poe, B. (Eds.), Book Title. Example Press, London, pp. 12–30.
    World Bank, 2016. High and Dry: Climate Change, Water, and the Economy. World Bank, Washington, DC.
    IPCC, 2022: Climate Change 2022: … [H.-O. Pörtner, … (eds.)]. Cambridge University Press, Cambridge, UK, 3056 pp., doi:10.…
    Caretta, M.A., A. Mukherji, …, and S. Supratid, 2022: Water. In: Climate Change 2022: … [H.-O. Pörtner et al. (eds.)]. …

What tells this form: names with initials only ("Wolf, A.T."), family names first (the IPCC's later names
initials first), then a comma, the year and a full stop (a colon in the IPCC's form); the title unmarked;
a journal's name, volume, issue in brackets and pages after a comma; a book's publisher before its town.
``to_note_form`` rewrites such a reference as a note ("A.T. Wolf, S.B. Yoffe, and M. Giordano, “International
waters…,” *Water Policy* 5, no. 1 (2003): 29–60"), so that the readers need no other grammar; anything else
answers None.
"""
from __future__ import annotations

from ..lazyregex import lazy
from .names import organisation_name

_INITIALS = r"\p{Lu}\.(?:\s?-?\p{Lu}\.){0,3}"
_FAMILY = (r"(?:(?:van|von|de|da|del|della|du|le|la|ter|den|der|Van|Von|De|Da|Del|Della|Du|Le|La|Ter|Den|Der)\s){0,2}"
           r"\p{Lu}[\p{L}'’\-]+(?:\s\p{Lu}[\p{L}'’\-]+){0,2}")
_INVERTED = rf"{_FAMILY},\s?{_INITIALS}"  # "Wolf, A.T.", "De Stefano, L.", "von Uexkull, N."
_DIRECT = rf"{_INITIALS}\s?{_FAMILY}"  # "A. Mukherji", "E.L.F. Schipper" (the IPCC's names after the first)
# The names, then the year: "Wolf, A.T., Yoffe, S.B., Giordano, M., 2003. ", "Koubi, V., 2019. ", "Caretta, M.A., et al., 2022: "
NAMES_YEAR_RE = lazy(
    rf"^(?P<names>{_INVERTED}(?:,\s(?:and\s|&\s)?(?:{_INVERTED}|{_DIRECT})){{0,30}}(?:,?\s(?:and|&)\s(?:{_INVERTED}|{_DIRECT}))?)"
    r"(?P<etal>,?\set\sal\.)?,\s(?P<year>(?:1[5-9]|20)\d\d[a-z]?)(?P<sep>[.:])\s+(?P<rest>\S.*)$")
# A body, then the year: "World Bank, 2016. ", "IPCC, 2022: ", "Ministry of Water Resources and Irrigation, 2017. "
BODY_YEAR_RE = lazy(r"^(?P<names>\p{Lu}[^,.;:()\[\]“”\"*\d]{1,100}),\s(?P<year>(?:1[5-9]|20)\d\d[a-z]?)(?P<sep>[.:])\s+(?P<rest>\S.*)$")
# One name of a list, with what joins it to the one before: "Wolf, A.T.", ", Yoffe, S.B.", ", and S. Supratid"
NAME_TOKEN_RE = lazy(rf"(?:^|,\s(?:and\s|&\s)?|,?\s(?:and|&)\s)(?:(?P<family>{_FAMILY}),\s?(?P<initials>{_INITIALS})"
                     rf"|(?P<initials2>{_INITIALS})\s?(?P<family2>{_FAMILY}))")
# An address or a DOI closing the reference, with the day it was seen: " https://doi.org/…", " doi:10.1017/…", " https://… (accessed …)"
ADDRESS_END_RE = lazy(r"[.,]?\s+(?P<address>https?://\S+?|doi:\s?10\.\S+?)(?P<accessed>\s+\([Aa]ccessed[^()]{4,40}\))?\.?$")
# A journal after the title: "Water Policy 5(1), 29–60", "*Science* 341(6151), 1235367", "Oxf. Econ. Pap. 56 (4), 563–595"
JOURNAL_RE = lazy(r"(?P<journal>\*?\p{Lu}[^*\d()]{1,120}?\*?)\s(?P<volume>\d{1,4})\s?(?:\((?P<issue>[^()]{1,12})\))?,\s"
                  r"(?P<pages>[a-zA-Z]?\d{1,7}(?:\s?[–-]\s?[a-zA-Z]?\d{1,7})?)\.?$")
# A chapter: "In: Doe, A., Poe, B. (Eds.), Book Title. Facts" or, as the IPCC prints it, "In: Book Title [eds (eds.)]. Facts"
CHAPTER_EDS_FIRST_RE = lazy(r"^In:?\s(?P<eds>[^()]{3,300}?)\s\((?:Eds?|eds?)\.?\),\s(?P<book>.+?[^.\s]{2})\.\s(?P<facts>\p{Lu}.*)$")
CHAPTER_BOOK_FIRST_RE = lazy(r"^In:?\s(?P<book>.+?)\s\[(?P<eds>[^\[\]]{3,600}?)\s\((?:Eds?|eds?)\.?\)\]\.\s(?P<facts>\p{Lu}.*)$")
# A book's editors in square brackets after its title, as the IPCC prints them: " [H.-O. Pörtner, … (eds.)]"
BRACKETED_EDITORS_RE = lazy(r"\s\[(?P<eds>[^\[\]]{3,600}?)\s\((?:Eds?|eds?)\.?\)\]$")
# The pages of a chapter or the length of a book at the end of the facts: ", pp. 551–712", ", 3056 pp."
PAGES_END_RE = lazy(r",\s(?:pp?\.\s?(?P<pages>\d{1,5}(?:\s?[–-]\s?\d{1,5})?)|\d{1,5}\s?pp\.?)$")
# A publisher's word, never a journal's: "… University Press, Cambridge"
PUBLISHER_WORD_RE = lazy(r"(?i)\b(?:press|publish|books)\b")
# Where an unmarked title ends: its full stop, question or exclamation mark before a capital
TITLE_END_RE = lazy(r"(?<!\b\p{Lu})[.?!](?=\s+[\p{Lu}*])")


def looks_like(text: str) -> bool:
    """A cheap test: a comma then a year and a full stop or a colon near the start."""
    head = text[:700]
    return (", 1" in head or ", 2" in head) and YEAR_AFTER_COMMA_RE.search(head) is not None


# A year after a comma, then a full stop or a colon: ", 2003. ", ", 2022: "
YEAR_AFTER_COMMA_RE = lazy(r",\s(?:1[5-9]|20)\d\d[a-z]?[.:]\s")


def to_note_form(text: str) -> str | None:
    """The note form of an Elsevier-Harvard or IPCC reference, or None."""
    text = text.strip()
    m = NAMES_YEAR_RE.match(text)
    if m is not None:
        who = _people(m.group("names"))
        if who is None:
            return None
        who += " et al." if m.group("etal") else ""
    else:
        m = BODY_YEAR_RE.match(text)
        if m is None or not (organisation_name(m.group("names").strip()) or m.group("names").strip().isupper()):
            return None
        who = m.group("names").strip()
    year, rest = m.group("year"), m.group("rest").strip()
    address = ""
    tail = ADDRESS_END_RE.search(rest)
    if tail is not None:
        url = tail.group("address")
        url = "https://doi.org/" + url[4:].strip() if url.lower().startswith("doi:") else url
        address = f", {url}" + (f" {tail.group('accessed').strip()}" if tail.group("accessed") else "")
        rest = rest[: tail.start()].strip()
    rest = rest.rstrip(".").strip()
    italic = rest.startswith("*") and rest.count("*") >= 2
    if italic:  # "*Title*. Facts": a book's or a report's title in italics
        close = rest.find("*", 1)
        title, after = rest[1:close].strip(), rest[close + 1:].lstrip(".").strip()
        return _book(who, title, after, year, address)
    for end in TITLE_END_RE.finditer(rest):
        title = rest[: end.start() + (1 if end.group(0) in "?!" else 0)].strip()
        after = rest[end.end():].strip()
        if after.startswith("In:") or after.startswith("In "):
            chapter = CHAPTER_EDS_FIRST_RE.match(after) or CHAPTER_BOOK_FIRST_RE.match(after)
            if chapter is None:
                continue
            eds = _editors(chapter.group("eds"))
            facts, pages = _facts(chapter.group("facts"))
            if facts is None:
                continue
            return f"{who}, “{_quoted(title)}” in *{chapter.group('book').strip(' *')}*, ed. {eds} ({facts}, {year}){pages}{address}"
        journal = JOURNAL_RE.fullmatch(after)
        if journal is not None and not PUBLISHER_WORD_RE.search(journal.group("journal")):
            issue = f", no. {journal.group('issue')}" if journal.group("issue") else ""
            return (f"{who}, “{_quoted(title)}” *{journal.group('journal').strip(' *')}* {journal.group('volume')}{issue} "
                    f"({year}): {journal.group('pages').replace(' ', '')}{address}")
        book = _book(who, title, after, year, address)
        if book is not None:
            return book
    return None


def _quoted(title: str) -> str:
    """A title inside quotation marks, with the comma a note sets before the closing mark."""
    return title if title.endswith(("?", "!")) else f"{title},"


def _book(who: str, title: str, after: str, year: str, address: str) -> str | None:
    """"Title [eds (eds.)]. Publisher, Place" as "*Title*, ed. … (Place: Publisher, Year)"."""
    eds = ""
    edited = BRACKETED_EDITORS_RE.search(title)
    if edited is not None:
        title = title[: edited.start()].strip(" *")
        eds = ", ed. " + _editors(edited.group("eds"))
    elif after.startswith("[") and (edited := BRACKETED_EDITORS_RE.search(" " + after.split("]", 1)[0] + "]")) is not None:
        eds = ", ed. " + _editors(edited.group("eds"))
        after = after.split("]", 1)[1].lstrip(".").strip()
    facts, pages = _facts(after)
    if facts is None:
        return None
    return f"{who}, *{title.strip(' *')}*{eds} ({facts}, {year}){pages}{address}"


def _editors(names: str) -> str:
    """A book's editors as a note names them, initials first ("H.-O. Pörtner, D.C. Roberts, and M. Tignor"), "et al." kept."""
    names = names.strip()
    bare = names.removesuffix(" et al.").strip()
    return (_people(bare) or bare) + (" et al." if names.endswith("et al.") else "")


def _facts(facts: str) -> tuple[str | None, str]:
    """("Place: Publisher", ", pages") from "Publisher, Place, pp. 1–20", or (None, "") when it is no such thing."""
    facts = facts.strip().rstrip(".").strip()
    pages = ""
    end = PAGES_END_RE.search(facts)
    if end is not None:
        pages = f", {end.group('pages').replace(' ', '')}" if end.group("pages") else ""
        facts = facts[: end.start()].strip()
    publisher, _, place = facts.partition(", ")
    if not publisher[:1].isupper() or any(ch.isdigit() for ch in facts) or len(facts) > 160 or "." in publisher.rstrip("."):
        return None, ""
    return (f"{place.strip()}: {publisher.strip()}" if place.strip() else publisher.strip()), pages


def _people(names: str) -> str | None:
    """"Wolf, A.T., Yoffe, S.B., Giordano, M." -> "A.T. Wolf, S.B. Yoffe, and M. Giordano" (None if a part is no name)."""
    names = names.strip().rstrip(",")
    out, at = [], 0
    for m in NAME_TOKEN_RE.finditer(names):
        if m.start() != at:
            return None
        family, initials = m.group("family") or m.group("family2"), m.group("initials") or m.group("initials2")
        out.append(f"{initials.strip()} {family.strip()}")
        at = m.end()
    if not out or at != len(names):
        return None
    return out[0] if len(out) == 1 else " and ".join(out) if len(out) == 2 else ", ".join(out[:-1]) + ", and " + out[-1]


# The Harvard style set in notes, as Chatham House and many think tanks print it: the names, the year in brackets, the
# title, then "Place: Publisher", a page and an address, each after a comma:
#     Ross, M. L. (2012), *The Oil Curse*, Princeton, NJ: Princeton University Press, p. 63.
#     Van de Graaf, T. and Sovacool, B. K. (2020), *Global Energy Politics*, Cambridge: Polity Press, pp. 112–15.
#     IEA (2023), *World Energy Outlook 2023*, Paris: International Energy Agency, pp. 18–20, https://www.iea.org/….
NOTES_HEAD_RE = lazy(
    rf"^(?P<names>{_INVERTED}(?:(?:,\s(?:and\s|&\s)?|,?\s(?:and|&)\s){_INVERTED}){{0,10}}(?P<etal>,?\set\sal\.)?"
    r"|\p{Lu}[^,()*“”‘’\"\d]{1,80}?)\s\((?P<year>(?:1[5-9]|20)\d\d[a-z]?)\),\s+(?P<rest>\S.*)$")
# What follows the title: "Place: Publisher", then perhaps the pages and an address
NOTES_FACTS_RE = lazy(r"^(?P<place>\p{Lu}[^,:;()]{1,40}(?:,\s(?:\p{Lu}{2}|\p{Lu}\p{Ll}{1,5}\.))?):\s(?P<publisher>[^,;()]{2,100}?)"
                      r"(?:,\s(?P<number>\p{Lu}{2,6}\s?\d[\d/.\-]*(?:\s\d[\d/.\-]*)?))?"  # (a document's index: "AFR 62/3183/2016")
                      r"(?:,\s(?P<pages>pp?\.\s?[\dxivlc]+(?:\s?[–-]\s?[\dxivlc]+)?))?(?:,\s(?P<url>(?:https?://|www\.)\S+?))?\.?$")


# A town and a day after the title, with no publisher: "Washington, DC, June 2021", "London, 12 March 2019, p. 4"
NOTES_PLACE_DATE_RE = lazy(r"^(?P<place>\p{Lu}[\p{L}.\-]+(?:\s\p{Lu}[\p{L}.\-]+)?(?:,\s\p{Lu}{2})?),\s"
                           r"(?P<date>(?:\d{1,2}\s)?(?:\p{Lu}\p{Ll}{2,8}\.?\s)?(?:\d{1,2},\s)?(?:1[5-9]|20)\d\d)"
                           r"(?:,\s(?P<pages>pp?\.\s?[\dxivlc]+(?:\s?[–-]\s?[\dxivlc]+)?))?\.?$")


def notes_form(text: str) -> str | None:
    """The Chicago note form of a book or report cited in the Harvard style set in notes, or None."""
    m = NOTES_HEAD_RE.match(text.strip())
    if m is None:
        return None
    names = m.group("names").strip()
    if m.group("etal"):
        names = names[: names.rfind("et al.")].rstrip(" ,")
    who = _people(names)
    if who is None:
        if not (organisation_name(names) or names.isupper()):
            return None
        who = names
    who += " et al." if m.group("etal") else ""
    rest = m.group("rest").strip()
    if rest.startswith("*") and (close := rest.find("*", 1)) > 1:
        title, after = rest[1:close].strip(), rest[close + 1:].lstrip(" ,.")
    else:
        title, _, after = rest.partition(", ")
        if not title[:1].isupper() or any(q in title for q in "“”‘’\"'"):
            return None  # (a quoted title is an article's or a chapter's: left to the readers)
    facts = NOTES_FACTS_RE.match(after.strip())
    if facts is None and (dated := NOTES_PLACE_DATE_RE.match(after.strip())) is not None:
        # "The White House (2021), *Title*, Washington, DC, June 2021": a government's paper, its town and day, no publisher
        pages = f", {dated.group('pages')}" if dated.group("pages") else ""
        return f"{who}, *{title.strip(' *')}* ({dated.group('place')}, {dated.group('date')}){pages}"
    if facts is None:
        return None
    pages = f", {facts.group('pages')}" if facts.group("pages") else ""
    url = f", {facts.group('url')}" if facts.group("url") else ""
    number = f", {facts.group('number')}" if facts.group("number") else ""
    return (f"{who}, *{title.strip(' *')}*{number} ({facts.group('place')}: {facts.group('publisher').strip()}, {m.group('year')})"
            f"{pages}{url}")
