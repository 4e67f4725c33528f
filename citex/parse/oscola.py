"""Citations in the Oxford standard (OSCOLA), as British legal and policy writing prints them, and in the Australian Guide
to Legal Citation (AGLC), which shares its forms.

    Jane Roe, *The Law of Highways* (3rd edn, Example University Press 1998) 12.
    Mark Doe, 'Paths and Power' (2004) 31 Journal of Example Legal History 201, 205.
    Robert Fallow, 'Walking the Bounds' in Anne Sill and Oskar Brenner (eds), *Rural Law* (OUP 2011) 77.
    Harlow v Pennington (1868) LR 3 QB 112 (QB).        Fallow v Quill [1901] 2 Ch 88 (CA) 93.
    Rights of Way Act 1932, s 1.

What tells this form: publication facts in parentheses with no comma before the year
("(Example University Press 1998)"), a year in parentheses or brackets before a journal's
volume, "(eds)" after the editors, "v" without a full stop between the parties, and "s"
before a section.  ``note_form`` rewrites a book, article or chapter in the note order the
readers know ("Jane Roe, *The Law of Highways* (Example University Press, 1998), 12");
``case`` and ``act`` read cases and statutes.  Each answers None for anything else.
"""
from __future__ import annotations

from .. import spans
from ..lazyregex import lazy
from ..model import Name, Work
from . import dates
from .namelists import split_leading_names
from .names import parse_names

_TITLE = (r"(?P<title>\*[^*]{2,300}\*|‘[^’]{2,300}(?:’[\p{L}][^’]{0,200})*’|'(?:[^']|(?<=\p{L})'(?=\p{L}))"
          r"{2,300}'(?=\s)|“[^”]{2,300}”|(?:[^,()‘'“*]|(?<=\p{L})'(?=[\p{L}\s])|,(?=\s(?:\p{Lu}|and\s|vol\s)))"
          r"{2,300}?)")
# (an unmarked title may hold commas before a capital, "and" or a volume: "Law, Principles, and Policy", "…, vol II: …")
# (an apostrophe inside a word, "States' Positive Obligations", "Spain's salad growers", is no closing quote)
_QUOTED = r"(?P<title>'(?:[^']|(?<=\p{L})'(?=\p{L})){2,300}'(?=\s)|‘[^’]{2,300}’|“[^”]{2,300}”)"  # a title in quotes only
_WHO = r"(?P<who>\p{Lu}(?:[^,*‘'“()]|(?<=\p{L})['’](?=\p{L})){1,120}?)"  # ("Julia O'Connell Davidson")
_YEAR = r"(?P<year>1[5-9]\d\d|20\d\d)"
# A publisher, whose name may hold commas before capitals: "OUP", "Farrar, Straus and Giroux", "Little, Brown"
_PUBLISHER = r"\p{Lu}[^,:()]{1,100}?(?:,\s+\p{Lu}[^,:()]{1,60}?){0,2}"
# "Jane Roe, Title (3rd edn, Publisher 1998) 12": a book, its edition, publisher and year without a comma
BOOK_RE = lazy(
    rf"^{_WHO},\s+{_TITLE}\s+\((?:(?P<edn>\d+(?:st|nd|rd|th)\s+edn),\s*)?"
    rf"(?P<publisher>{_PUBLISHER})\s+{_YEAR}\)(?:\s+(?P<pin>(?:(?:paras?|chs?|pts?)\s+)?[\dxivlc]+(?:\.\d{{1,3}})?"
    r"(?:\s*[-–]\s*[\dxivlc]+(?:\.\d{1,3})?)?))?\.?$")
# (the part cited may be a paragraph or a chapter: "(HMSO 2023) paras 8.21–8.30", "(OUP 2014) ch 8")
CHAPTER_WORD_RE = lazy(r"^chs?\s+")
# "Mark Doe, 'Title' (2004) 31 Journal 201, 205", "… [2004] Journal 201": year, volume, journal, first page
ARTICLE_RE = lazy(
    rf"^{_WHO},\s+{_TITLE}\s+(?:\({_YEAR}\)|\[(?P<year2>1[5-9]\d\d|20\d\d)\])\s+"
    r"(?:(?P<volume>\d{1,4})(?:\((?P<issue>\d{1,4})\))?\s+)?(?P<journal>\*\p{Lu}[^*]{1,100}\*|\p{Lu}[\p{L}.&'’ ]{1,100}?)\s+"
    r"(?P<page>\d{1,5})"
    r"(?:,\s*(?P<pin>\d{1,5}(?:\s*[-–]\s*\d{1,5})?))?\.?$")
# (the journal set in italics, as the Australian Guide to Legal Citation prints it: "(2021) 97(4) *International Affairs* 1045, 1052")
# "Robert Fallow, 'Title' in Anne Sill and Oskar Brenner (eds), Book (Publisher 2011) 77"
CHAPTER_RE = lazy(
    rf"^(?P<who>\p{{Lu}}[^,*‘'“()]{{1,120}}?),\s+{_TITLE}\s+in\s+(?P<eds>[^()]{{2,160}}?)\s+\(eds?\),\s+"
    rf"(?P<book>\*[^*]{{2,300}}\*|[^()]{{2,300}}?)\s+\((?P<publisher>{_PUBLISHER})\s+{_YEAR}\)"
    r"(?:\s+(?P<pin>\d{1,5}(?:\s*[-–]\s*\d{1,5})?)(?:,\s*(?P<pin2>\d{1,5}(?:\s*[-–]\s*\d{1,5})?))?)?\.?$")
# (the chapter's first page, then the page cited: "(OUP 2002) 353, 375")
# "Harlow v Pennington (1868) LR 3 QB 112 (QB)", "Fallow v Quill [1901] 2 Ch 88 (CA) 93"
# (a party may carry its own brackets: "R (on the application of Begum) v Example Commission", "Attorney General's
# Reference (R v John)", "Getty Images (US) Inc v Example AI Ltd"; the paragraph cited may follow a comma: ", [45]",
# ", para. 12")
CASE_RE = lazy(
    r"^\*?(?P<case>\p{Lu}[^,;()*\[\]]{0,80}?(?:\s+\([^()]{1,80}\)[^,;()*\[\]]{0,40}?)?(?:\s+v\.?\s+\p{Lu}[^,;()*\[\]]{0,80}?)?)\*?\s+"
    r"(?:\((?P<year>1[5-9]\d\d|20\d\d)\)|"
    r"\[(?P<year2>1[5-9]\d\d|20\d\d)\])\s+(?P<cite>(?:\d{1,4}\s+)?\p{Lu}[\p{L}.]{0,8}(?:\s+(?:\d{1,4}|\p{Lu}[\p{L}.]{0,8})){0,3}"
    r"\s+\d{1,5})(?:,\s+\[(?:1[5-9]\d\d|20\d\d)\]\s+(?:\d{1,4}\s+)?\p{Lu}[\p{L}.]{0,8}(?:\s+\p{Lu}[\p{L}.]{0,8}){0,2}\s+\d{1,5})*"
    r"(?:\s+\((?P<court>[^()]{1,20})\))?(?:,?\s+(?:paras?\.?\s*)?(?P<pin>\d{1,5}(?:\s*[-–]\s*\d{1,5})?)|"
    r",?\s+(?:at\s+)?\[(?P<para>\d{1,4}(?:\]?\s*[-–]\s*\[?\d{1,4})?)\](?:\s+\([^()]{1,40}\))?)?\.?$")
# (a neutral citation, then the law report's: "R v Connors [2013] EWCA Crim 324, [2014] 1 WLR 1126 [12]")
# A case before the European Court of Human Rights by its application number: "Hirsi Jamaa and Others v Italy App no
# 27765/09 (ECtHR, 23 February 2012)", "VCL and AN v United Kingdom App nos 77587/12 and 74603/12 (ECtHR, 16 February 2021)"
APPLICATION_CASE_RE = lazy(
    r"^\*?(?P<case>\p{Lu}[^,;()*\[\]]{1,120}?\s+v\.?\s+\p{Lu}[^,;()*\[\]]{1,80}?)\*?"
    r"(?P<formation>(?:\s+\((?:dec|merits|just\s+satisfaction|revision|interpretation)\)|\s+\[GC\]){0,2}),?\s+"  # "(dec) [GC]"
    r"(?P<app>App(?:lication)?\s+nos?\.?\s+"
    r"\d{1,6}/\d{2}(?:(?:,|\s+and)\s+\d{1,6}/\d{2})*)\s+\((?P<court>[^(),]{2,40}),\s+(?P<date>[^()]{4,30})\)"
    r"(?:,?\s+(?:paras?\.?\s*)?\[?(?P<pin>\d{1,4}(?:\s*[-–]\s*\d{1,4})?)\]?)?\.?$")
# A case before an international court or tribunal, by its decision, case number and day: "Prosecutor v Tadić (Judgment)
# IT-94-1-A (15 July 1999) para 248", "Prosecutor v Katanga (Judgment) ICC-01/04-01/07-3436 (7 March 2014) para 1108"
TRIBUNAL_CASE_RE = lazy(
    r"^\*?(?P<case>\p{Lu}[^,;()*\[\]]{1,120}?\s+v\.?\s+\p{Lu}[^,;()*\[\]]{1,80}?)\*?\s+\((?P<kind>[^()]{2,60})\)\s+"
    r"(?P<number>[A-Z]{2,8}(?:-[\w/.]{1,14}){1,6})\s+\((?P<date>[^()]{4,30})\)"
    r"(?:,?\s+(?:paras?\.?\s*)(?P<pin>\d{1,5}(?:\s*[-–]\s*\d{1,5})?))?\.?$")
# A piece in a newspaper or on a news site: "Jane Roe, 'Title' The Guardian (London, 7 February 2011)", "'Title' (Al Jazeera,
# 18 November 2017) <https://…> accessed 2 March 2024"
NEWS_RE = lazy(
    rf"^(?:{_WHO},\s+)?{_QUOTED}\s+(?:(?P<outlet>\p{{Lu}}[^()<>]{{1,60}}?)\s+)?\((?:(?P<where>[^,()]{{2,40}}),\s+)?"
    r"(?P<date>\d{1,2}\s+\p{L}{3,9}\.?\s+\d{4})\)(?:\s*<?(?P<url>https?://[^\s<>]+)>?)?(?:\s+(?P<accessed>accessed\s+[^.<>]{4,30}))?\.?$")
# A body's report with a quoted title, then when and where, its number and the paragraph cited: "GRETA, 'Title' (20 October
# 2021) GRETA(2021)12, para 120", "Example International, 'Position Paper' (Amsterdam 2019)"
REPORT_RE = lazy(
    rf"^{_WHO},\s+(?P<title>'[^']{{2,300}}'|‘[^’]{{2,300}}’|“[^”]{{2,300}}”)\s+\((?:(?P<where>\p{{Lu}}[^,()\d]{{1,40}}?),?\s+)?"
    r"(?P<date>(?:\d{1,2}\s+)?(?:\p{L}{3,9}\.?\s+)?(?:1[5-9]\d\d|20\d\d))\)(?:\s+(?P<number>[^,<>]{2,40}?))?"
    r"(?:\s*<?(?P<url>https?://[^\s<>]+)>?)?(?:\s+(?P<accessed>accessed\s+[^.,<>]{4,30}))?"
    r"(?:,?\s+(?P<pin>(?:paras?\.?|p\.?|pp\.?)\s*\d{1,4}(?:\s*[-–]\s*\d{1,4})?))?\.?$")
# "Rights of Way Act 1932 (Example), s 1", "National Parks and Access Act 1949, s 27(2)"
ACT_RE = lazy(
    rf"^\*?(?P<title>\p{{Lu}}(?:[^,;()*]|\([^()]{{1,40}}\)){{2,120}}?\s+Act,?\s+{_YEAR})\*?(?:\s+\([^()]{{1,40}}\))?"
    r"(?:,?\s+c\.?\s*\d{1,3})?"
    r"(?:,?\s+(?P<loc>(?:pts?\s*[\dIVX]{1,5}[A-Z]{0,2},?\s+)?(?:ss?\.?|sections?)\s*\d{1,4}[A-Z]{0,3}(?:\(\w{1,4}\))*"
    r"(?:\s*[-–]\s*(?:\d{1,4}|\(\w{1,4}\)))?(?:\s+and\s+(?:[Ss]ch(?:edule)?s?\.?)\s*\d{1,3})?"
    r"|schs?\s*\d{1,3}|pts?\s*[\dIVX]{1,5}[A-Z]{0,2}))?\.?$")
# (the Commons Library spells the section out, and may add a schedule: "Coronavirus Act 2020, section 51 and Schedule 21")
# (its name may hold brackets: "Justice and Security (Northern Ireland) Act 2007", "… (Amendment) Act 1998"; a part, "pt 2";
# the Australian Guide sets it in italics, its jurisdiction after it, and a part before the section: "*Example Act 2018*
# (Cth) pt 2A, s 30AH", "… (Cth) sch 1")
# (its chapter number may follow the year, "Modern Slavery Act 2015, c. 30", and a range of subsections the section: "s. 1(1)–(2)")


# "The Example Act 2000 (Proscribed Organisations) (Amendment) Order 2016, SI 2016/1238", "…Regulations 2019, SI 2019/12, reg 4"
INSTRUMENT_RE = lazy(
    rf"^(?P<title>\p{{Lu}}(?:[^,;()]|\([^()]{{1,80}}\)){{2,200}}?\s+(?:Order|Regulations|Rules|Scheme)\s+{_YEAR})"
    r"(?:,?\s+(?P<number>SI\s+\d{4}/\d{1,5})|\s+\((?P<number>SI\s+\d{4}/\d{1,5})\))"
    r"(?:,?\s+(?:art|reg|r|para|sch|article|regulation|rule|paragraph|schedule)s?\.?\s*(?P<loc>\d{1,4}[A-Z]?(?:\(\w{1,4}\))*))?\.?$")
# (the commas inside its brackets are its title's, "Health Protection (Coronavirus, Restrictions) (England) Regulations 2020",
# and the Commons Library sets the number in brackets: "… Regulations 2020 (SI 2020/350), regulation 2(8)")


def _year_marks(text: str) -> tuple[bool, bool]:
    """(a year alone in parentheses or brackets: "(2004)", "[1901]"; a year closing a parenthesis
    after a space, not a comma: "(Nowhere Books 1987)"), found by looking at the brackets only."""
    first = last = False
    for opener in "([":
        i = text.find(opener)
        while i >= 0 and not first:
            first = text[i + 1:i + 5].isdigit() and text[i + 5:i + 6] in (")", "]")
            i = text.find(opener, i + 1)
    i = text.find(")")
    while i >= 0 and not last:
        last = i >= 6 and text[i - 4:i].isdigit() and text[i - 5] == " " and text[i - 6] != ","
        i = text.find(")", i + 1)
    return first, last


def _title(title: str, italic: bool) -> str:
    bare = title.strip("*‘’'“”").strip()
    return f"*{bare}*" if italic else f"“{bare},”"


# The Australian Guide to Legal Citation names what a document is first in its brackets: "Commonwealth, *Title* (Report,
# 2023) 17 [1.5]", "Jane Roe, 'Keynote Address' (Speech, Example Dialogue, Singapore, 31 May 2024)", "Example Department,
# 'Title' (Web Page, 2023) <https://…>", "Example Minister, 'Title' (Media Release, 7 December 2023)"
_AGLC_KINDS = (r"Report|Speech|Address|Lecture|Web\s+Page|Media\s+Release|Press\s+Release|Submission|Fact\s+Sheet|Communiqué|"
               r"Discussion\s+Paper|Working\s+Paper|Issues\s+Paper|Research\s+Paper|Policy\s+Paper|Background\s+Paper|"
               r"Information\s+Paper|Consultation\s+Paper|Final\s+Report|Interim\s+Report|Annual\s+Report")
AGLC_DOCUMENT_RE = lazy(
    rf"^{_WHO},\s+{_TITLE}\s+\((?P<kind>{_AGLC_KINDS})(?P<number>\s+No\s+[\w/.\-]{{1,12}})?(?:,\s+(?P<rest>[^()]{{1,160}}))?\)"
    r"(?:,?\s+(?P<pin>\d{1,5}(?:\s*[-–]\s*\d{1,5})?)(?:\s+\[[\w.]{1,8}\])?|\s+\[(?P<para>[\w.]{1,8})\])?"
    r"(?:\s*<?(?P<url>https?://[^<>\s]+?)>?)?\.?$")
# A newspaper's article as the Guide prints it, the paper in italics after a comma, then where (or "online") and the day in
# brackets, and the page: "Jane Roe, 'Title', *The Example Herald* (Sydney, 12 July 2023) 9", "…, *ABC News* (online, 7
# December 2023) <https://…>"
AGLC_NEWS_RE = lazy(
    rf"^(?:{_WHO},\s+)?(?P<title>'(?:[^']|(?<=\p{{L}})'(?=\p{{L}})){{2,300}}'|‘[^’]{{2,300}}’|“[^”]{{2,300}}”),\s+"
    r"(?P<outlet>\*[^*]{1,80}\*)\s+\((?:(?P<where>[^,()]{2,40}),\s+)?"
    r"(?P<date>\d{1,2}\s+\p{L}{3,9}\.?\s+\d{4})\)(?:\s+(?P<pin>\d{1,4}))?(?:\s*<?(?P<url>https?://[^<>\s]+?)>?)?\.?$")


def aglc_note_form(text: str) -> str | None:
    """A document or a newspaper's article cited as the Australian Guide to Legal Citation prints them, in note order;
    None for anything else."""
    news = AGLC_NEWS_RE.match(text) if ", *" in text else None
    if news is not None:
        who = f"{news.group('who')}, " if news.group("who") else ""
        after = "".join(f", {x}" for x in (news.group("url"), news.group("pin")) if x)
        return f"{who}{_title(news.group('title'), False)} {news.group('outlet')}, {news.group('date')}{after}"
    doc = AGLC_DOCUMENT_RE.match(text)
    if doc is None:
        return None
    kind = " ".join(doc.group("kind").split()).lower()
    rest = doc.group("rest") or ""
    if kind in ("speech", "address", "lecture"):
        title = _title(doc.group("title"), False)
        return f"{doc.group('who')}, {title.rstrip(',”')}” ({kind}{', ' + rest if rest else ''})" + \
            "".join(f", {x}" for x in (doc.group("url"), doc.group("pin")) if x)
    title = _title(doc.group("title"), doc.group("title").startswith("*") or kind not in ("web page", "media release",
                                                                                          "press release"))
    number = f" No. {doc.group('number').split()[-1]}" if doc.group("number") else ""
    pin = f", {doc.group('pin')}" if doc.group("pin") else f", para. {doc.group('para')}" if doc.group("para") else ""
    return f"{doc.group('who')}, {title.rstrip(',')}, {kind}{number}" + "".join(f", {x}" for x in (rest, doc.group("url")) if x) + pin


# Chicago's publication facts in brackets, the place before a colon: "(Geneva: The Independent Panel, May 2021)"
CHICAGO_FACTS_RE = lazy(r"\(\p{Lu}[^():,]{1,60}(?:,\s\p{Lu}[\p{L}.]{1,12})?:\s[^():]{2,120},\s[^():]{0,20}(?:1[5-9]|20)\d\d\)")


# An article as EJIL and LJIL print it, the journal's volume before it and the year after: "Marko Milanovic, 'Al-Skeini and
# Al-Jedda in Strasbourg', 23 *EJIL* (2012) 121, at 130", "T. Meron, 'Title', 89 AJIL (1995) 78, at 80–81"
EJIL_ARTICLE_RE = lazy(
    r"^(?P<head>\p{Lu}(?:[^,*‘'“()]|(?<=\p{L})['’](?=\p{L})){1,120}?,\s+(?:‘[^’]{2,300}’|'[^']{2,300}'|“[^”]{2,300}”)),\s+"
    r"(?P<volume>\d{1,4})\s+(?P<journal>\*\p{Lu}[^*]{1,100}\*|\p{Lu}[\p{L}.&'’ ]{1,100}?)\s+\((?P<year>1[5-9]\d\d|20\d\d)\)\s+"
    r"(?P<page>\d{1,5})(?:,\s*(?:at\s+)?(?P<pin>\d{1,5}(?:\s*[-–]\s*\d{1,5})?))?\.?$")


def _ejil_as_oscola(text: str) -> str:
    """An EJIL article in OSCOLA's order ("…, 'Title' (2012) 23 EJIL 121, 130"), or ``text`` as it is."""
    m = EJIL_ARTICLE_RE.match(text) if ") " in text and text[-1:].isdigit() or text.endswith(".") else None
    if m is None:
        return text
    pin = f", {m.group('pin')}" if m.group("pin") else ""
    return f"{m.group('head')} ({m.group('year')}) {m.group('volume')} {m.group('journal')} {m.group('page')}{pin}"


def note_form(text: str) -> str | None:
    """An OSCOLA book, article or chapter in note order, or None."""
    text = _ejil_as_oscola(text.strip())
    if ": " in text and CHICAGO_FACTS_RE.search(text):
        return None  # "(Geneva: The Independent Panel, May 2021)": a place before its publisher, as OSCOLA never prints it
    if "(" in text and (aglc := aglc_note_form(text)) is not None:
        return aglc
    year_first, year_last = _year_marks(text)
    if not (year_first or year_last):
        return None  # no "(2004) 31", "[2004] Journal" nor "(Publisher 1998)": most notes end here
    chapter = CHAPTER_RE.match(text) if year_last and " in " in text and "(ed" in text else None
    if chapter:
        pin = f", {chapter.group('pin2') or chapter.group('pin')}" if chapter.group("pin") else ""
        book = chapter.group("book").strip("* ")
        return (f"{chapter.group('who')}, {_title(chapter.group('title'), False)} in *{book}*, ed. {chapter.group('eds')} "
                f"({chapter.group('publisher').strip()}, {chapter.group('year')}){pin}")
    article = ARTICLE_RE.match(text) if year_first else None
    if article and not article.group("title").startswith("*"):
        year = article.group("year") or article.group("year2")
        volume = f" {article.group('volume')}" if article.group("volume") else ""
        issue = f", no. {article.group('issue')}" if article.group("issue") else ""
        pin = f", {article.group('pin')}" if article.group("pin") else ""
        return (f"{article.group('who')}, {_title(article.group('title'), False)} *{article.group('journal').strip(' *')}*"
                f"{volume}{issue} ({year}): {article.group('page')}{pin}")
    news = NEWS_RE.match(text) if text.rstrip(" .")[-1:] in ")0123456789>" or "accessed" in text[-40:] else None
    if news is not None and (news.group("outlet") or news.group("where")):
        outlet = (news.group("outlet") or news.group("where")).strip()
        who = f"{news.group('who')}, " if news.group("who") else ""
        url = f", {news.group('url')}" if news.group("url") else ""
        accessed = f" ({news.group('accessed')})" if news.group("accessed") else ""
        return f"{who}{_title(news.group('title'), False)} *{outlet}*, {news.group('date')}{url}{accessed}"
    report = REPORT_RE.match(text) if year_first or year_last else None
    if report is not None:
        where = f"{report.group('where').strip()}, " if report.group("where") else ""
        number = f", {report.group('number').strip()}" if report.group("number") and "(" not in report.group("number") else ""
        # (a symbol with brackets, "GRETA(2021)12", would read as a date: it is left to the raw text)
        url = f", {report.group('url')}" if report.group("url") else ""
        pin = f", {report.group('pin')}" if report.group("pin") else ""
        accessed = f" ({report.group('accessed')})" if report.group("accessed") else ""
        return (f"{report.group('who')}, {_title(report.group('title'), False)}{number}, {where}{report.group('date')}{url}"
                f"{accessed}{pin}")
    book = BOOK_RE.match(text) if year_last else None
    if book and not book.group("title").startswith(("'", "‘", "“")):
        pin = f", {CHAPTER_WORD_RE.sub('ch. ', book.group('pin'))}" if book.group("pin") else ""  # ("ch 8": "ch. 8")
        edition = f", {book.group('edn')}" if book.group("edn") else ""
        who, title = split_leading_names(book.group("who"), book.group("title"))  # "Reg Roe, Gregory S Doe and Ann Poe, Title"
        return (f"{who}, {_title(title, True)}{edition} "
                f"({book.group('publisher').strip()}, {book.group('year')}){pin}")
    return None


# A case as Kenya Law reports it, by its year and "eKLR" (or the printed "KLR"), then its number, court and day:
# "Republic v Jane Roe & 2 others [2020] eKLR, Criminal Case No. 3 of 2014 (Chief Magistrate's Court, Milimani), judgment of
# 7 October 2020"
KENYA_LAW_RE = lazy(r"^\*?(?P<case>\p{Lu}[^\[\];]{1,160}?\s+v\.?\s+\p{Lu}[^\[\];]{1,160}?)\*?\s+\[(?P<year>(?:19|20)\d\d)\]\s+"
                    r"(?P<cite>(?:\d{1,3}\s+)?e?KLR(?:\s+\d{1,5})?)(?P<rest>(?:,\s*[^;]{1,200})?)(?:,\s*(?:paras?\.?\s*)?"
                    r"(?P<pin>\d{1,4}(?:\s*[-–]\s*\d{1,4})?))?$")
COURT_IN_BRACKETS_RE = lazy(r"\((?P<court>[^()]*(?:Court|Tribunal)[^()]*)\)")


def _kenyan(text: str, m) -> Work:
    rest = m.group("rest")
    court = COURT_IN_BRACKETS_RE.search(rest)
    number = rest[: court.start()].strip(" ,") if court else rest.split(",")[1].strip() if rest.count(",") >= 1 and \
        "No" in rest else None
    found = dates.find_date(rest)
    return Work(type="document", title=m.group("case").strip(), genre=", ".join(x for x in (m.group("cite"), number) if x),
                publisher=court.group("court").strip() if court else None,
                date=found.parts if found else (int(m.group("year")),), raw=text, language="en",
                evidence=('"<party> v <party> [<year>] eKLR, <case number> (<court>), <date>" -> a court case',))


# A command paper or a paper of either House, by its number in brackets after the title, as OSCOLA cites official reports:
# "Lord Lloyd of Example, Inquiry into Example Legislation (Cm 3420, 1996) vol 1, para 5.22", "Example Commission, Title
# (Law Com No 361, 2015) para 2.4", "Joint Committee on Example Rights, Title (2009–10, HL 64, HC 395) para 45"
_HOUSE_PAPERS = r"(?:HC|HL)(?:\s+Paper)?\s+\d{1,4}(?:-[IVX]{1,4})?(?:,\s*(?:HC|HL)(?:\s+Paper)?\s+\d{1,4}(?:-[IVX]{1,4})?)*"
COMMAND_PAPER_RE = lazy(
    r"^(?P<who>\p{Lu}[^,*‘'“”()]{1,120}?),\s+(?P<title>(?:[^()]|\([^()]{1,40}\)){3,300}?)\s+\("
    r"(?:(?P<number>(?:Cm|Cmnd|Cmd|Cd)\.?\s*\d{1,5}|Law\s+Com\s+No\s+\d{1,4}|" + _HOUSE_PAPERS + r")"
    r"(?:,\s*(?P<year>1[89]\d\d|20\d\d)(?:[–-]\d{2,4})?)?"
    r"|(?P<session>(?:19|20)\d\d)[–-]\d{2,4},\s*(?P<papers>" + _HOUSE_PAPERS + r"))\)"
    r"(?:,?\s+(?P<pin>\S.{0,60}?))?\.?$")
PEER_RE = lazy(r"^(?:Lord|Lady|Baroness|Baron|Viscount)\s+\p{Lu}")  # "Lord Carlile of Example": a peer's title, kept whole


def command_paper(text: str) -> tuple[Work, str | None] | None:
    """An official paper by its command or House number: the work, and what follows as the part cited; or None."""
    m = COMMAND_PAPER_RE.match(text.strip()) if ("Cm" in text or "Com " in text or "HC " in text or "HL " in text) else None
    if m is None:
        return None
    who = m.group("who").strip()
    authors = (Name(literal=who),) if PEER_RE.match(who) else parse_names(who)
    year = m.group("year") or m.group("session")
    return Work(type="report", authors=authors, title=m.group("title").strip().strip("*"),
                genre=(m.group("number") or m.group("papers")).strip(), date=(int(year),) if year else None, raw=text,
                language="en", evidence=('"<who>, <title> (Cm <n>, <year>)" -> an official paper by its number',)), m.group("pin")


def first_page_only(text: str) -> str | None:
    """The first page of an article cited with no page of its own ("(2017) 66 Example LQ 411"); None otherwise."""
    article = ARTICLE_RE.match(_ejil_as_oscola(text.strip())) if "(" in text or "[" in text else None
    return article.group("page") if article is not None and not article.group("pin") else None


def case(text: str) -> tuple[Work, str | None] | None:
    """An English case: its name, report citation, court and year, and the page cited; or a case before the European
    Court of Human Rights by its application number, court and date."""
    tried = TRIBUNAL_CASE_RE.match(text.strip()) if "-" in text and " v" in text else None
    if tried is not None:  # "Prosecutor v Tadić (Judgment) IT-94-1-A (15 July 1999) para 248"
        found = dates.find_date(tried.group("date"))
        return Work(type="document", title=tried.group("case").strip(), genre=f"{tried.group('kind')}, {tried.group('number')}",
                    date=found.parts if found else None, raw=text, language="en",
                    evidence=('"<party> v <party> (<decision>) <case number> (<date>)" -> a case before an international '
                              'court',)), tried.group("pin")
    applied = APPLICATION_CASE_RE.match(text.strip()) if "App" in text else None
    if applied is not None:
        found = dates.find_date(applied.group("date"))
        return Work(type="document", title=applied.group("case").strip(), genre=applied.group("app"),
                    publisher=applied.group("court").strip(), date=found.parts if found else None, raw=text, language="en",
                    evidence=('"<party> v <party> App no <n> (<court>, <date>)" -> a court case',)), applied.group("pin")
    if "KLR" in text and (kenyan := KENYA_LAW_RE.match(text.strip().rstrip("."))) is not None:
        return _kenyan(text, kenyan), kenyan.group("pin")
    m = CASE_RE.match(text.strip()) if " v " in text or " v. " in text and "[" in text else None  # "… v. … [2012] EWHC 2678"
    if m is None or " v " not in m.group("case") and " v. " not in m.group("case"):
        return None
    year = m.group("year") or m.group("year2")
    return Work(type="document", title=m.group("case").strip(), genre=m.group("cite"), publisher=m.group("court"),
                date=(int(year),), raw=text, language="en",
                evidence=('"<party> v <party> (<year>) <report> <page> (<court>)" -> a court case',)), \
        m.group("pin") or (m.group("para").replace("]", "").replace("[", "") if m.group("para") else None)


def act(text: str) -> tuple[Work, str | None] | None:
    """A statute by its short title and year, and the section cited ("s 27(2)"); or a statutory instrument."""
    m = ACT_RE.match(text.strip()) if " Act" in text else None
    if m is not None and "(" in m.group("title") and "," in m.group("title"):
        m = None  # "Terrorism (Prevention) Act, 2011": the comma as Commonwealth statutes print it; read as they are
    if m is None:
        made = INSTRUMENT_RE.match(text.strip()) if "SI " in text else None
        if made is None:
            return _named_act(text) if " Act" in text else None
            # ("The Example (Amendment) Order 2016, SI 2016/1238, art 3": an order made under an Act)
        return Work(type="document", title=made.group("title"), genre=made.group("number"), date=(int(made.group("year")),),
                    raw=text, language="en", evidence=('"<title> Order/Regulations <year>, SI <year>/<n>" -> a statutory '
                                                       "instrument",)), made.group("loc")
    loc = m.group("loc")
    if loc and loc[:7] == "section":
        loc = "s " + loc[7:].lstrip("s ")  # "section 51" as "s 51"
    return Work(type="document", title=m.group("title").replace(",", ""), date=(int(m.group("year")),), raw=text,
                language="en", evidence=('"<Short Title> Act <year>, s <n>" -> a statute',)), loc


# An act as Commonwealth countries cite it, its year or number after a comma, where it holds (its jurisdiction), the
# section cited and where it was published: "Terrorism (Prevention) (Amendment) Act, 2013 (Nigeria), section 13",
# "Prevention of Terrorism Act, No. 30 of 2012, Laws of Kenya", "Security Laws (Amendment) Act, No. 19 of 2014, *Kenya
# Gazette Supplement* No. 167 (Acts No. 19), December 22, 2014"
NAMED_ACT_RE = lazy(rf"^(?P<title>\p{{Lu}}(?:[^,;()“”\"*]|\([^()]{{1,40}}\)){{2,150}}?\s+Act)(?:,?\s+(?P<year>{_YEAR})|,\s+"
                    rf"(?P<number>(?:Act\s+)?No\.\s*\d{{1,4}}\s+of\s+(?P<year2>{_YEAR})))(?:\s+\((?P<where>[^()]{{2,40}})\))?"
                    r"(?P<rest>(?:,\s*[^;“”\"]{1,160})?)\.?$")
NAMED_ACT_SECTION_RE = lazy(r"(?i),\s*(?:section|sec\.|s\.|art(?:icle|\.)?)\s*(?P<loc>\d{1,4}[A-Z]?(?:\(\w{1,4}\))*)\s*$")


NUMBERED_RE = lazy(r"(?i)^(?:act\s+)?no\.\s*\w")


def _named_act(text: str) -> tuple[Work, str | None] | None:
    m = NAMED_ACT_RE.match(text.strip())
    if m is None:
        return None
    rest = m.group("rest").rstrip(". ")
    section = NAMED_ACT_SECTION_RE.search(rest)
    if section is not None:
        rest = rest[: section.start()]
    found = dates.find_date(rest)
    year = int(m.group("year") or m.group("year2"))
    title = f"{m.group('title')}, {m.group('year')}" if m.group("year") else m.group("title")
    regions = [r for r in spans.regions(rest) if r.kind == "italic"]
    gazette = rest[regions[0].start + 1:regions[0].end - 1] if regions else None
    if gazette is None and "Gazette" in rest:  # "…, Gazette of Pakistan, Extraordinary, 31 May 2018"
        gazette = (rest[: found.span[0]] if found is not None else rest).strip(" ,.") or None
    where, number = m.group("where"), m.group("number")
    if where and NUMBERED_RE.match(where):  # "(Act No. XXXVII of 2018)": its number, not where it holds
        where, number = None, number or where
    return Work(type="document", title=title, genre=number, container=gazette, place=where,
                date=found.parts if found is not None and found.parts[0] == year else (year,), raw=text, language="en",
                evidence=('"<Title> Act, <year> or No. <n> of <year>" -> a statute',)), section.group("loc") if section else None
