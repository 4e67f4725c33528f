"""Legal citation forms (the Bluebook's, used by law reviews and many policy journals).

    Jane Doe, *The Law of Coca*, 112 Harv. L. Rev. 345, 350 (1999).
    United States v. Morales, 123 F.3d 456, 460 (9th Cir. 1999).
    21 U.S.C. § 841 (2018).

``article_note_form`` rewrites a law-review article in the order the note readers know
("Jane Doe, “The Law of Coca,” *Harv. L. Rev.* 112 (1999): 345, 350"); ``reported_case``
reads the reporter citation, pinpoint, court and year after a case name; ``statute`` reads a
code section.  Each answers None for anything else.
"""
from __future__ import annotations

import regex

from ..lazyregex import lazy
from ..model import Name, Work
from . import dates
from .classify import known_outlet
from .names import looks_like_names, organisation_name

# "Jane Doe, *The Law of Coca*, 112 Harv. L. Rev. 345, 350 (1999)": volume, journal, first page, pinpoint, year
LAW_REVIEW_RE = lazy(
    r"^(?P<who>\p{Lu}[^,*“\"]{1,120}?),\s+(?P<title>\*[^*]{2,300}\*|“[^”]{2,300}”|\"[^\"]{2,300}\"|"
    r"\p{Lu}(?:[^*“”\"]|[“\"][^“”\"]{1,60}[”\"]){2,300}?),?\s+"  # ("… Outside the "Hot" Conflict Zone, 161 U. Pa. L. Rev. …")
    r"(?P<volume>\d{1,4})\s+(?P<journal>\p{Lu}[\p{L}.&'’ ]{0,80}?\.?)\s+(?P<page>\d{1,5})"
    r"(?:,\s*(?P<pin>\d{1,5}(?:\s*[-–]\s*\d{1,5})?))?\s+\((?P<year>1[5-9]\d\d|20\d\d)\)"
    r"(?:\s+\([^()]{1,200}\))?(?:,\s+(?:https?://|doi:)\S+)?\.?$")  # "(arguing that …)", ", https://doi.org/…" after it
# (a title printed without marks, as pasted from a blog, runs to the volume: "Jane Roe, The Elastic Statute, 132 Harv. L. Rev. 1 (2018)")
# A company's form after its name and a comma, which a party's name keeps: "Twitter, Inc.", "Arab Bank, PLC", and
# "et al." after the last party of a filing ("United States v. Example Chemical Co., Ltd., et al.")
CORPORATE_FORM = r",\s(?:Inc|Ltd|LLC|L\.L\.C|PLC|plc|Co|Corp|L\.P|LP|N\.A|S\.A|AG|GmbH|B\.V|et\s+al)\.?(?=[\s,*]|$)"
# After a case name: ", 123 F.3d 456, 460 (9th Cir. 1999)" / ", 347 U.S. 483 (1954)"
REPORTER_RE = lazy(
    r"^,\s*(?P<cite>\d{1,4}\s+\p{Lu}[\p{L}\d.'& ]{0,25}?\s+\d{1,5})(?:,\s*(?P<pin>\d{1,5}(?:\s*[-–]\s*\d{1,5})?))?"
    r"\s*\((?P<court>[^()]{0,40}?)\s*(?P<year>1[7-9]\d\d|20\d\d)\)(?:\s*\([^()]{1,300}\))?\.?$")  # "(plurality opinion)"
# "21 U.S.C. § 841 (2018)", "42 U.S.C. §§ 1983-1985", "8 C.F.R. § 208.13(b) (2020)", "Pub. L. No. 111-148"
STATUTE_RE = lazy(
    r"^(?P<title>\d{1,3}\s+(?:U\.\s?S\.\s?C\.|C\.\s?F\.\s?R\.|Stat\.)(?:\s+A\.)?\s+(?:§{1,2}\s*)?[\w.\-–]+(?:\([\w]{1,4}\))*"
    r"|Pub\.\s+L\.\s+No\.\s+\d{1,3}-\d{1,4}(?:,\s*\d{1,3}\s+Stat\.\s+\d{1,5})?)"
    r"(?:\s+\((?P<year>1[7-9]\d\d|20\d\d)\))?(?:\s+\((?:formerly|now|previously)\s[^()]{2,80}\))?\.?$")
# ("34 U.S.C. § 12601 (formerly 42 U.S.C. § 14141)": where the section stood before)


# A section of a state's code, as the Bluebook cites it: "Cal. Penal Code § 835a (West 2023)", "N.Y. Crim. Proc. Law § 510.10
# (McKinney 2020)", "Va. Code Ann. § 19.2-59 (2021)", "Wash. Rev. Code § 59.18.650", "Fla. Stat. § 776.012 (2022)"
_SECTION = r"\s+(?:§{1,2}|art\.)\s*\d[\w.\-–:]{0,20}(?:\([\w]{1,4}\)){0,4}"
# (then the year of the code, its publisher perhaps, and what the note adds of the section's history: "(West 2020) (as amended
# by Assembly Bill 392, …)", "(2020), added by the Tenant Protection Act of 2019, …")
_YEAR_PAREN = (r"(?:\s+\((?:[A-Z][\w.&' ]{0,30}?\s)?(?P<year>1[7-9]\d\d|20\d\d)\))?"
               r"(?:\s+\((?:as\s+)?(?:amended|added|enacted|repealed|codified)\b[^()]{3,160}\)"
               r"|,\s+(?:as\s+)?(?:amended|added|enacted)\s+by\b[^;()]{3,200})?\.?$")
STATE_CODE_RE = lazy(r"^(?P<title>(?:(?:[A-Z][a-z]{0,4}\.\s?){1,3}|(?:Alaska|Idaho|Iowa|Ohio|Utah)\s)"
                     r"(?:[A-Z][\w.&'’]{0,12}\s+){0,4}(?:Code|Stat\.|Statutes|Laws?|Cons\.\s+Stat\.)(?:\s+[A-Z][\w.&'’]{0,12}){0,3}"
                     + _SECTION + ")"  # ("Tex. Code Crim. Proc. Ann. art. 17.15")
                     + _YEAR_PAREN)
# … and of a city's: "Minneapolis, Minn., Code of Ordinances § 172.10 (2021)", "Austin, Tex., City Code § 4-18-2"
CITY_CODE_RE = lazy(r"^(?P<title>\p{Lu}[\p{L} .'’-]{1,30},\s+(?:[A-Z][a-z]{0,4}\.\s?){1,2},\s+(?:Code\s+of\s+Ordinances|"
                    r"Mun(?:icipal|\.)\s+Code|City\s+Code|Admin(?:istrative|\.)\s+Code|Code)"
                    r"(?:\s+(?:tit\.|ch\.|div\.|pt\.)\s*[\w.\-]{1,8},){0,3}" + _SECTION + ")" + _YEAR_PAREN)
# A state's compiled statutes numbered before their name: "725 Ill. Comp. Stat. 5/110-1.5 (2023)", "18 Pa. Cons. Stat. § 2501"
NUMBERED_STATE_CODE_RE = lazy(r"^(?P<title>\d{1,4}\s+(?:[A-Z][a-z]{0,4}\.\s?){1,3}(?:[A-Z][a-z]{1,6}\.\s+){0,2}Stat\.\s+"
                              r"(?:§{1,2}\s*)?\d[\w./\-–]{0,20})" + _YEAR_PAREN)
# A city's local law by its number: "N.Y.C. Local Law No. 54 (2018)", "Local Law No. 192 of 2019"
LOCAL_LAW_RE = lazy(r"^(?P<title>(?:[A-Z][\w.]{0,12}\s+){0,3}Local\s+Law\s+(?:No\.\s*)?\d{1,4}(?:\s+of\s+(?:19|20)\d\d)?)"
                    + _YEAR_PAREN)
# An act, rule or order named, then where it is printed: "<Name> Act, Pub. L. No. 117-58, div. F, 135 Stat. 429,
# 1182 (2021) (codified at …)", "<Rule>, 87 Fed. Reg. 8346 (Feb. 14, 2022)", "Exec. Order No. 14,058, 86 Fed. Reg. …"
NAMED_LAW_RE = lazy(
    r"^(?:(?P<name>[^;()]{3,160}?),\s+)?"
    r"(?P<cite>(?:Pub\.\s+L\.\s+(?:No\.\s+)?\d{1,3}-\d{1,4}|\d{1,3}\s+(?:U\.\s?S\.\s?C\.|C\.\s?F\.\s?R\.|Fed\.\s+Reg\.|Stat\.)"
    r"|\d{1,4}\s+(?:U\.\s?S\.\s?T\.|U\.\s?N\.\s?T\.\s?S\.|I\.\s?L\.\s?M\.|T\.\s?I\.\s?A\.\s?S\.))"  # treaty series
    r"(?:[^;()]|\(\w{1,4}\)){0,120}?)"  # "§ 1702(h)(4)": a subsection's letters in parentheses
    r"(?:\s*\((?P<date>(?:\p{L}{3,9}\.?\s+\d{1,2},\s+)?(?:1[7-9]\d\d|20\d\d))\))?"
    r"(?:\s*\((?:codified|to\s+be\s+codified)(?:\s+as\s+amended)?\s+(?:at|in)\s+(?:[^()]|\([^()]{1,24}\)){3,120}\))?\.?$")
# ("(codified as amended in scattered sections of 18 and 22 U.S.C.)", "(codified at 50 U.S.C. § 1541 note (2018))": the
# code's own year inside)
# Words that name a law, a rule or an order
NAME_OF_LAW_RE = lazy(r"(?i)\b(?:act|law|code|order|rule|regulation|program|programme|amendments?|resolution|statute|treaty|authori[sz]ation|"
                     r"convention|agreement|protocol|charter|covenant)\b")


# What names a law review, abbreviated as the Bluebook does: "Harv. L. Rev.", "Yale L.J.", "Nat'l Sec. J." (a title
# printed without marks must be followed by one, not by a statute's "Stat." or a reporter's "U.S.")
LAW_JOURNAL_RE = lazy(r"(?i)\bL\.|\bRev\b|\bJ\.|\bJ$|\bQ\.|\bLaw\b|\bJournal\b|\bReview\b|\bF\.\s?\d|\bForum\b")


def article_match(text: str) -> regex.Match | None:
    """The parts of a law-review citation: who, title, volume, journal, first page, pinpoint, year; or None."""
    m = LAW_REVIEW_RE.match(text.strip()) if "(" in text else None
    if m is None or m.group("title")[:1] not in "*“\"" and not LAW_JOURNAL_RE.search(m.group("journal")):
        return None
    return m


INNER_QUOTATION_RE = lazy(r'["“]([^"“”]{1,60})["”]')


def article_note_form(text: str) -> str | None:
    """A law-review article in note order, or None."""
    m = article_match(text)
    if m is None:
        return None
    title = m.group("title").strip('*“”"')
    if '"' in title or "“" in title:  # a quotation inside the title: single marks inside the double ones set around it
        title = INNER_QUOTATION_RE.sub(r"‘\1’", title)
    pin = f", {m.group('pin')}" if m.group("pin") else ""
    return (f"{m.group('who')}, “{title},” *{m.group('journal').strip()}* {m.group('volume')} ({m.group('year')}): "
            f"{m.group('page')}{pin}")


# A piece in a periodical or on a site as the Bluebook prints it, its date in brackets after the outlet: "Jane Roe,
# *Judge Blocks Example Policy*, N.Y. Times (Dec. 19, 2018), https://…", "…, *Title*, Example Inst. (June 13, 2018), …"
BLUEBOOK_PERIODICAL_RE = lazy(
    r"^(?P<who>\p{Lu}[^,*“\"]{1,120}?),\s+\*(?P<title>[^*]{2,300})\*,\s+(?P<outlet>\p{Lu}[^,()*]{1,60}?)\s+"
    r"\((?P<date>(?:\p{Lu}\p{Ll}{2,8}\.?\s+\d{1,2},\s+|\p{Lu}\p{Ll}{2,8}\.?\s+)?(?:1[89]|20)\d\d)\)(?P<rest>(?:,\s[^()]*)?)\.?$")


# The same with the title unmarked, as a copy without italics prints it: "Jane Roe, For First Time, Court Defines …, N.Y.
# Times (June 28, 1996), https://…" (the outlet, after the title's last comma, must be a known one)
BLUEBOOK_PLAIN_PERIODICAL_RE = lazy(
    r"^(?P<who>\p{Lu}[^,*“\"]{1,120}?),\s+(?P<title>\p{Lu}[^*“\"()]{2,300}),\s+(?P<outlet>\p{Lu}[^,()*]{1,40}?)\s+"
    r"\((?P<date>(?:\p{Lu}\p{Ll}{2,8}\.?\s+\d{1,2},\s+|\p{Lu}\p{Ll}{2,8}\.?\s+)?(?:1[89]|20)\d\d)\)(?P<rest>(?:,\s[^()]*)?)\.?$")


def periodical_note_form(text: str) -> str | None:
    """A Bluebook citation of a periodical piece or web page in note order ("Roe, “Title,” *Outlet*, <date>, <URL>"), or
    None."""
    if " (" in text and "*" not in text and (plain := BLUEBOOK_PLAIN_PERIODICAL_RE.match(text.strip())) is not None:
        if known_outlet(plain.group("outlet")) and looks_like_names(plain.group("who")):
            return (f"{plain.group('who')}, “{plain.group('title').strip()},” *{plain.group('outlet').strip()}*, "
                    f"{plain.group('date')}{plain.group('rest')}")
    m = BLUEBOOK_PERIODICAL_RE.match(text.strip()) if " (" in text and "*" in text else None
    if m is None or not looks_like_names(m.group("who")) and not organisation_name(m.group("who")):
        return None
    return f"{m.group('who')}, “{m.group('title').strip()},” *{m.group('outlet').strip()}*, {m.group('date')}{m.group('rest')}"


# A book as the Bluebook prints it: the page cited after the title, the edition, publisher and year in brackets:
# "Jane Roe et al., Immigration and Citizenship: Process and Policy 850 (9th ed. 2021)", "Example Body, *Title* 4 (2015)",
# "Jane Roe, Ann Doe & John Poe, Title 45 (2011)": several authors, the last after "&"
_BLUEBOOK_PIN = (r"(?:\s+(?P<pin>\d{1,5}(?:\s*[-–]\s*\d{1,5})?)|,\s+at\s+(?P<at>\d{1,5}(?:\s*[-–]\s*\d{1,5})?)"
                 r"|\s+(?P<section>§{1,2}\s*\d{1,5}(?:\s*[-–]\s*\d{1,5})?)|\s+\*(?P<star>\d{1,5}))?")


def _bluebook_facts(editor: str) -> str:
    """The brackets closing a Bluebook book's citation: its editor (``editor``: "?" where it may lack one), edition,
    publisher and year, "(Max Farrand ed., 1911)", "(9th ed. 2021)"."""
    return (r"\s+\((?:(?P<editor>\p{Lu}[^()\d:;,]{1,80}?(?:,?\s+&\s+\p{Lu}[^()\d:;,]{1,60}?)?)\s+eds?\.,\s+)" + editor
            + r"(?:(?P<edition>\d{1,2}(?:st|nd|rd|th|d)\s+ed\.)\s+)?"
            r"(?:(?P<publisher>\p{Lu}[^()\d:,;]{1,60}?)\s+)?(?P<year>1[5-9]\d\d|20\d\d)\)\.?$")


BLUEBOOK_BOOK_RE = lazy(
    r"^(?P<who>\p{Lu}[^,*“\"()]{1,120}?(?:(?:,\s+\p{Lu}[^,*“\"()&]{1,60}?)*\s+&\s+\p{Lu}[^,*“\"()]{1,60}?)?(?:\s+et\s+al\.)?),\s+"
    r"(?P<title>\*[^*]{2,300}\*|\p{Lu}[^()*“\"§]{2,300}?)(?<![,:;])" + _BLUEBOOK_PIN + _bluebook_facts("?"))  # (no colon, no
# comma: a Chicago "(Berkeley: University of California Press, 1973)" and "Title, 1929–1939 (…)" are no Bluebook book;
# "§ 1485", "at 318", "*257": a section, a page after the title's comma, a star page; "(Max Farrand ed., 1911)": its editor)
# A book the Bluebook cites by its title and its editor alone: "The Records of the Federal Convention of 1787, at 318
# (Max Farrand ed., 1911)"
BLUEBOOK_EDITED_RE = lazy(r"^(?P<title>\*[^*]{2,300}\*|\p{Lu}[^()*“\"§]{2,300}?)(?<![,:;])" + _BLUEBOOK_PIN + _bluebook_facts(""))
# The Bluebook's abbreviations of the words of a body's name: "Am. Bar Ass'n", "Fed. Trade Comm'n", "U.S. Dep't of Just."
BLUEBOOK_BODY_RE = lazy(r"(?:Ass|Comm|Dep|Gov)['’](?:n|t)\b|\b(?:Off|Ctr|Inst|Serv|Found)\.(?=\s|,|$)|\bSoc['’]y\b")
# A title that says a report: "Report to the House of Delegates No. 116A", "Annual Report 2019"
REPORT_TITLE_RE = lazy(r"(?i)\b(?:report|study|review|assessment|survey|white\s+paper)\b")
# A body and a report's number before a Bluebook report's title: "Cong. Rsch. Serv., R42659, ", "U.S. Gov't Accountability
# Off., GAO-20-123, " (an abbreviated word among the body's: no title's words)
ISSUER_NUMBER_HEAD_RE = lazy(r"^(?P<issuer>(?:\p{Lu}[\p{L}'’.]*\.?\s+){0,5}\p{Lu}[\p{L}'’]*\.),\s+"
                             r"(?P<number>(?-i:[A-Z]{1,6})-?\d[\w.\-]{1,14}),\s+(?=\p{Lu})")
# A report's number before its title: "GAO-20-123, "
NUMBER_HEAD_RE = lazy(r"^(?P<number>(?-i:[A-Z]{2,6})-\d{1,4}(?:-\d{1,6})?[A-Z]?),\s+(?=\p{Lu})")
# A volume's number before a Bluebook book: "3 Joseph Story, Commentaries …", "2 The Records of …"
VOLUME_FIRST_RE = lazy(r"^(?P<volume>\d{1,3})\s+(?=\p{Lu}[\p{L}'’.]*[\s,])")


def book_note_form(text: str) -> str | None:
    """A Bluebook book in note order ("Roe, *Title*, 9th ed. (Publisher, 2021), 850"), or None."""
    if not text.rstrip(" .").endswith(")") or " v. " in text or any(mark in text for mark in STATUTE_MARKS):
        return None  # (a case, or a law: "…, Pub. L. No. 107-40, 115 Stat. 224 (2001)")
    text, volume = text.strip(), None
    if text[:1].isdigit() and (first := VOLUME_FIRST_RE.match(text)) is not None:
        text, volume = text[first.end():], first.group("volume")  # "3 Joseph Story, Commentaries …": the third volume
    m = BLUEBOOK_BOOK_RE.match(text)
    if m is None and (volume or "ed.," in text) and (edited := BLUEBOOK_EDITED_RE.match(text)) is not None \
            and article_match(text) is None:
        return f"*{edited.group('title').strip('* ')}*{_volume_editor(volume, edited)} ({edited.group('year')}){_pin(edited)}"
    if m is None or article_match(text) is not None:
        return None
    who = m.group("who")
    body = BLUEBOOK_BODY_RE.search(who) is not None  # "Am. Bar Ass'n", "U.S. Dep't of State": a body, as abbreviated
    if not looks_like_names(ET_AL_END_RE.sub("", who)) and not organisation_name(who) and not body:
        return None
    title = m.group("title").strip("* ")
    if not m.group("title").startswith("*") and PERIODICAL_NUMBERS_RE.search(title):
        return None  # "Roe, J. A., ‘Title’, Example Today, vol. 50, no. 8 (Oct. 2020)": a periodical's volume and issue
    if not _pin(m) and not m.group("edition") and not m.group("publisher") and not m.group("title").startswith("*") \
            and not m.group("editor") and not volume and not (body and REPORT_TITLE_RE.search(title)) \
            and not (": " in title and len(title.split()) >= 5 and " " in who.strip()) and not _bluebook_plain_book(who, title):
        return None  # "Jane Roe, Some Words (2015)": nothing marks a book (a subtitle after a colon does, or a title of
        # several words after a person's whole name: "Miles Jackson, Complicity in International Law (2015)")
    publisher = f"{m.group('publisher').strip()}, " if m.group("publisher") else ""
    number = ""
    if not m.group("title").startswith("*") and (issued := ISSUER_NUMBER_HEAD_RE.match(title)) is not None \
            and not publisher:  # "Jane Roe, Cong. Rsch. Serv., R42659, Title (2018)": the body that issued the report and
        title, number = title[issued.end():], f", {issued.group('number')}"  # its number, before the title
        publisher = f"{issued.group('issuer')}, "
    elif not m.group("title").startswith("*") and not publisher and (organisation_name(who) or not looks_like_names(who)) \
            and (numbered := NUMBER_HEAD_RE.match(title)) is not None:
        title, number = title[numbered.end():], f", {numbered.group('number')}"  # "U.S. Gov't Accountability Off.,
        # GAO-20-123, Surveillance Oversight 4 (2020)": the report's number before its title, the body its publisher
        publisher = f"{who}, "
    return f"{who}, *{title}*{number}{_volume_editor(volume, m)} ({publisher}{m.group('year')}){_pin(m)}"  # (the edition is set
    # apart: ``book_edition``)


def _pin(m: regex.Match) -> str:
    """The part a Bluebook book's citation points to, as a note prints it after the facts: ", 850", ", § 1485"."""
    found = m.group("pin") or m.group("at") or m.group("section") or m.group("star")
    return f", {found}" if found else ""


def _volume_editor(volume: str | None, m: regex.Match) -> str:
    """", ed. Max Farrand": the editor a Bluebook book's citation names, in a note's order (its volume is set apart:
    ``book_volume``)."""
    return f", ed. {m.group('editor').strip()}" if m.group("editor") else ""


def book_body(text: str) -> str | None:
    """The body a Bluebook book's citation opens on, its name abbreviated as the Bluebook does ("Am. Bar Ass'n"), or
    None (a person, or no such citation)."""
    m = BLUEBOOK_BOOK_RE.match(text.strip()) if "(" in text else None
    return m.group("who").strip() if m is not None and BLUEBOOK_BODY_RE.search(m.group("who")) else None


def book_volume(text: str) -> str | None:
    """The volume a Bluebook book's citation opens on: "3 Joseph Story, Commentaries …" -> "3"."""
    first = VOLUME_FIRST_RE.match(text.strip()) if text.lstrip()[:1].isdigit() else None
    return first.group("volume") if first is not None else None


def _bluebook_plain_book(who: str, title: str) -> bool:
    """A person's whole name (two words or more, or small capitals) before a title of three words or more, each capitalised
    but its small words: a book as the Bluebook cites it without a page ("Miles Jackson, Complicity in International Law")."""
    words = title.split()
    return len(who.split()) >= 2 and looks_like_names(who) and len(words) >= 3 and words[0][:1].isupper() \
        and all(w[:1].isupper() or w.lower() in TITLE_SMALL_WORDS for w in words)


TITLE_SMALL_WORDS = frozenset("a an and as at by for from in into of on or the to with under over".split())


def book_edition(text: str) -> str | None:
    """The edition a Bluebook book citation names in its brackets: "9th ed." -> "9"."""
    text = text.strip()
    if text[:1].isdigit() and (first := VOLUME_FIRST_RE.match(text)) is not None:
        text = text[first.end():]
    m = BLUEBOOK_BOOK_RE.match(text) or BLUEBOOK_EDITED_RE.match(text)
    return regex.sub(r"\D", "", m.group("edition")) if m and m.group("edition") else None


ET_AL_END_RE = lazy(r"\s+et\s+al\.$")
# A periodical's volume or issue inside what a Bluebook book's title would be: ", vol. 50, no. 8"
PERIODICAL_NUMBERS_RE = lazy(r"(?i),\s+(?:vol|no)\.\s*\d")
# What cites a law rather than a book: "Stat.", "U.S.C.", "Pub. L.", "Fed. Reg."
STATUTE_MARKS = ("U.S.C.", "C.F.R.", "Stat.", "Pub. L.", "Fed. Reg.", "U.S.T.", "U.N.T.S.", "I.L.M.")


# A case cited again by one party and its reporter: "Hamdi, 542 U.S. at 530", "Al-Bihani, 590 F.3d at 871–72"; the
# party may be in italics, as Markdown prints a case's name: "*Hamdi*, 542 U.S. at 530"
CASE_SHORT_RE = lazy(r"^(?P<em>[*_])?(?P<party>\p{Lu}(?:[^,;()*_]|" + CORPORATE_FORM + r"){1,60})(?(em)(?P=em)),\s+\d{1,4}\s+\p{Lu}[\p{L}\d.' ]{0,25}?\s+at\s+"
                     r"(?P<pin>\d{1,5}(?:\s*[-–]\s*\d{1,5})?)(?:\s*\([^()]{1,300}\))?\.?$")


def case_short(text: str) -> regex.Match | None:
    """A case's short form: the party, the volume and reporter, "at" and the page; or the party with the whole
    citation again ("Kozminski, 487 U.S. 931, 952 (1988)")."""
    if " at " in text:
        return CASE_SHORT_RE.match(text.strip())
    return CASE_SHORT_FULL_CITE_RE.match(text.strip()) if "(" in text and " v" not in text else None


# One party, then the case's whole citation: "Kozminski, 487 U.S. 931, 952 (1988)"
CASE_SHORT_FULL_CITE_RE = lazy(r"^(?P<party>\p{Lu}[\p{L}'’\-]{1,30}(?:\s\p{Lu}[\p{L}'’\-]{1,30})?),\s+\d{1,4}\s+"
                               r"(?:U\.\s?S\.|S\.\s?Ct\.|F\.\s?(?:2d|3d|4th)|F\.\s?Supp\.(?:\s?(?:2d|3d))?|L\.\s?Ed\.(?:\s?2d)?)\s+\d{1,5}"
                               r"(?:,\s*(?P<pin>\d{1,5}(?:\s*[-–]\s*\d{1,5})?))?\s+\((?:[^()]{0,20}\s)?(?:1[7-9]\d\d|20\d\d)\)\.?$")


def reported_case(rest: str) -> regex.Match | None:
    """The reporter citation after a case's name: its cite, pinpoint, court and year."""
    return REPORTER_RE.match(rest.strip()) if "(" in rest else None


# The United States Constitution, its article or amendment and the section cited: "U.S. Const. amend. XIII, § 1",
# "U.S. Const. art. I, § 8, cl. 11"
CONSTITUTION_RE = lazy(r"^U\.\s?S\.\s+Const\.\s+(?P<part>(?:amend|art)\.\s+[IVXLC]{1,6})(?:,\s*(?P<loc>§\s*\d{1,3}(?:,\s*cl\.\s*\d{1,3})?))?\.?$")


# A case before the Court of Justice of the EU by its number: "Case C-411/10, N.S. v Secretary of State [2011] ECR I-13905",
# "Joined Cases C-411/10 and C-493/10, N.S. and Others, EU:C:2011:865, para. 94"
CJEU_CASE_RE = lazy(r"^(?:(?:CJEU|ECJ|CJ|Court\s+of\s+Justice(?:\s+of\s+the\s+European\s+Union)?|General\s+Court),\s+)?"
                    r"(?:Joined\s+)?Cases?\s+(?P<number>[CT]-\d{1,4}/\d{2}(?:(?:,|\s+and)\s+[CT]-\d{1,4}/\d{2}){0,4}),\s+"
                    r"(?P<case>[^\[;]{3,240}?)(?:,\s*(?i:judgment|order|opinion)\s+of\s+(?P<day0>[^,;]{5,30}))?"
                    # ("CJEU, Case C-143/22, ADDE and Others v Ministre de l'Intérieur, Judgment of 21 September 2023, ECLI:…")
                    r"(?:\s+\[(?P<year>1[5-9]\d\d|20\d\d)\]\s+(?P<report>ECR\s+[I\d\-–]{1,12})"
                    r"|,\s+(?P<ecli>ECLI:EU:[CT]:\d{4}:\d{1,4}|EU:[CT]:(?P<ecli_year>\d{4}):\d{1,4}))"
                    r"(?:,\s*(?:judgment|order|opinion)\s+of\s+(?P<day>[^,;]{5,30}))?"  # "…, judgment of 2 April 2020"
                    r"(?:,\s*(?:paras?\.?\s*)?(?P<pin>\d{1,4}(?:\s*[-–]\s*\d{1,4})?))?\.?$")
# An arbitration before the Permanent Court of Arbitration by its case number: "The South China Sea Arbitration (Republic
# of the Philippines v. People's Republic of China), PCA Case No. 2013-19, Award of July 12, 2016, paras. 261–78"
PCA_CASE_RE = lazy(r"^(?:(?P<lead>[^,]{3,200}?),\s+)?PCA\s+Case\s+No\.\s*(?P<number>\d{4}-\d{1,3})(?P<rest>(?:,\s*[^;]{0,200})?)$")


# A decision of the International Court of Justice as its Reports cite it: the case, its phase, the decision and its day,
# then the volume of the Reports and its page: "Application of the Example Convention (The Gambia v. Myanmar), Provisional
# Measures, Order of 23 January 2020, I.C.J. Reports 2020, p. 3, para. 54"
ICJ_RE = lazy(r"^\*?(?P<case>\p{Lu}[^*]{8,300}?)\*?,\s+(?P<phase>(?:[^,;]{2,60},\s+){0,2}?)"
              r"(?P<kind>Judgment|Order|Advisory\s+Opinion)(?:\s+of\s+(?P<day>[^,;]{5,30}))?,\s+"
              r"I\.\s?C\.\s?J\.\s+Reports\s+(?P<year>(?:19|20)\d\d),\s+p\.\s*(?P<page>\d{1,5})"
              r"(?:,\s*at\s+p\.\s*(?P<at>\d{1,5}))?(?:,\s*paras?\.?\s*(?P<pin>\d{1,4}(?:\s*[-–]\s*\d{1,4})?))?\.?$")
# (an advisory opinion has no parties in brackets; "at p. 179" is the page cited, before its paragraph)
# The same as American journals cite it, the year before the Reports and the day after the pinpoint: "Application of the
# Example Convention (Bosn. & Herz. v. Serb. & Montenegro), Judgment, 2007 I.C.J. Rep. 43, para. 420 (Feb. 26)"; and as
# OSCOLA does, the phase in brackets and the year in square ones: "*Legal Consequences of …* (Advisory Opinion) [2004] ICJ
# Rep 136, para 139"
ICJ_AJIL_RE = lazy(r"^\*?(?P<case>\p{Lu}[^*]{8,300}?)\*?,\s+(?:(?P<phase>[^,;()]{2,60}),\s+)?(?P<year>(?:19|20)\d\d)\s+"
                   r"I\.?\s?C\.?\s?J\.?(?:\s+(?:Rep\.?|Reports))?\s+(?P<page>\d{1,5})(?:,\s*(?:at\s+)?(?:paras?\.?\s*)?"
                   r"(?P<pin>\d{1,4}(?:\s*[-–]\s*\d{1,4})?))?(?:\s+\((?P<day>[^()]{3,30})\))?\.?$")
ICJ_OSCOLA_RE = lazy(r"^\*?(?P<case>\p{Lu}[^*\[\]]{8,300}?)\*?\s+\((?P<phase>[^()]{3,60})\)\s+\[(?P<year>(?:19|20)\d\d)\]\s+"
                     r"ICJ\s+Rep\s+(?P<page>\d{1,5})(?:,\s*(?:paras?\.?\s*)?(?P<pin>\d{1,4}(?:\s*[-–]\s*\d{1,4})?))?\.?$")
ICJ_PHASE_WORDS = ("judgment", "order", "opinion", "merits", "objections", "measures", "jurisdiction", "admissibility",
                   "compensation", "interpretation", "revision")


def icj_case(text: str) -> tuple[Work, str | None] | None:
    """A decision of the International Court of Justice cited from its Reports, and the paragraph cited; None otherwise."""
    core = text.strip()
    m = ICJ_RE.match(core) if "I.C.J." in core or "I. C. J." in core else None
    if m is None:
        other = ICJ_AJIL_RE.match(core) if "Rep" in core or "I.C.J. " in core else None  # ("1986 I.C.J. 14": the Bluebook)
        other = other or (ICJ_OSCOLA_RE.match(core) if "ICJ Rep" in core else None)
        if other is None or other.group("phase") and not any(w in other.group("phase").lower() for w in ICJ_PHASE_WORDS):
            return None
        year = other.group("year")
        day = dates.find_date(f"{other.group('day')} {year}") if "day" in other.re.groupindex and other.group("day") else None
        return Work(type="document", title=other.group("case").strip(" ,"), genre=(other.group("phase") or "").strip() or None,
                    container="I.C.J. Reports", page=other.group("page"), publisher="International Court of Justice",
                    date=day.parts if day else (int(year),), raw=text, language="en",
                    evidence=('"<case>, <phase>, <year> ICJ Rep <page>" -> a decision of the International Court of '
                              "Justice (document)",)), other.group("pin")
    day = dates.find_date(m.group("day")) if m.group("day") else None
    kind = " ".join(x for x in (m.group("phase").strip(" ,"), m.group("kind")) if x)
    return Work(type="document", title=m.group("case").strip(), genre=kind, container="I.C.J. Reports", page=m.group("page"),
                publisher="International Court of Justice", date=day.parts if day else (int(m.group("year")),), raw=text,
                language="en", evidence=('"<case>, <phase>, <Judgment/Order> of <day>, I.C.J. Reports <year>, p. <n>" -> a '
                                         "decision of the International Court of Justice (document)",)), \
        m.group("pin") or m.group("at")


# A judgment of the Inter-American Court of Human Rights as its Series C cites it: "Corte IDH. *Caso Pacheco Teruel y otros vs.
# Honduras*. Fondo, Reparaciones y Costas. Sentencia de 27 de abril de 2012. Serie C No. 241, párr. 60"
IACTHR_RE = lazy(r"^(?P<court>Corte\s+IDH|Corte\s+Interamericana\s+de\s+Derechos\s+Humanos|I/A\s+Court\s+H\.\s?R\.|"
                 r"Inter-American\s+Court\s+of\s+Human\s+Rights)[.,]\s+(?:\*(?P<case>(?:Caso|Case\s+of)\s+[^*]{3,200})\*|"
                 r"(?P<case>(?:Caso|Case\s+of)\s+(?:[^*.;]|\s(?:vs?|v)\.\s){3,200}?)(?<!\s(?:vs?|v)))[.,]\s+(?P<rest>[^;]{3,300})$")
IACTHR_SERIES_RE = lazy(r"(?i)Serie[s]?\s+C\s+(?:No\.|N[°º]\.?|núm\.)\s*(?P<number>\d{1,4})")
IACTHR_PIN_RE = lazy(r"(?i)(?:párrs?\.|paras?\.)\s*(?P<pin>\d{1,4}(?:\s*[-–]\s*\d{1,4})?)\.?$")


def iacthr_case(text: str) -> tuple[Work, str | None] | None:
    """A judgment of the Inter-American Court of Human Rights and the paragraph cited; None otherwise."""
    m = IACTHR_RE.match(text.strip()) if "Cort" in text[:40] or "Court" in text[:40] else None
    if m is None:
        return None
    rest = m.group("rest")
    found = dates.find_date(rest)
    series = IACTHR_SERIES_RE.search(rest)
    pin = IACTHR_PIN_RE.search(rest.strip())
    stage = rest.split(".")[0].strip() if not rest.lstrip().lower().startswith(("sentencia", "judgment", "serie")) else None
    genre = ", ".join(x for x in (stage, f"Serie C No. {series.group('number')}" if series else None) if x) or None
    return Work(type="document", title=m.group("case").strip(" ,"), genre=genre,
                authors=(Name(literal=m.group("court").strip()),), date=found.parts if found else None, raw=text,
                language="es" if m.group("case").startswith("Caso") else "en",
                evidence=('"Corte IDH, Caso <parties>, <stage>, Sentencia de <day>, Serie C No. <n>" -> a judgment of the '
                          "Inter-American Court of Human Rights (document)",)), (pin.group("pin") if pin else None)


# A law as ABNT cites it, its jurisdiction in capitals first: "BRASIL. Lei nº 11.343, de 23 de agosto de 2006. Institui o
# Sistema Nacional … - Sisnad. Diário Oficial da União: seção 1, Brasília, DF, p. 2, 24 ago. 2006."
ABNT_LAW_RE = lazy(r"^(?P<where>\p{Lu}{3,}(?:\s+(?:\p{Lu}{2,}|DO|DA|DE))*)\.\s+(?P<law>(?:Lei(?:\s+Complementar)?|Decreto(?:-Lei)?|"
                   r"Medida\s+Provisória|Portaria|Resolução|Emenda\s+Constitucional)\s+(?:n\.?\s?[º°o]\.?\s*)?[\d.]+(?:/\d{2,4})?),?\s+"
                   r"de\s+(?P<date>\d{1,2}º?\s+de\s+\p{L}+\s+de\s+\d{4})\.(?P<rest>.{0,600})$")
DIARIO_OFICIAL_RE = lazy(r"Diário\s+Oficial\s+(?:da\s+União|do\s+Estado[^,:;.]{0,40})")


def abnt_law(text: str) -> tuple[Work, str | None] | None:
    """A law, decree or provisional measure as ABNT cites it (jurisdiction, number, day, summary, gazette) and the article
    cited; None otherwise."""
    m = ABNT_LAW_RE.match(text.strip()) if text[:3].isupper() else None
    if m is None:
        return None
    from .names import family_case

    found = dates.find_date(m.group("date").replace("º", ""))
    gazette = DIARIO_OFICIAL_RE.search(m.group("rest"))
    article = ABNT_ARTICLE_END_RE.search(m.group("rest").strip())
    return Work(type="document", authors=(Name(literal=family_case(m.group("where"))),), title=m.group("law"),
                container=gazette.group(0) if gazette else None, date=found.parts if found else None, raw=text, language="pt",
                evidence=('"BRASIL. Lei nº <n>, de <day>. <summary>." -> a law as ABNT cites it (document)',)), \
        (article.group("art") if article else None)


ABNT_ARTICLE_END_RE = lazy(r"(?i)\bart\.\s*(?P<art>\d{1,4}[º°]?(?:\s*,\s*§\s*\d+)?)\.?$")


def international_case(text: str) -> tuple[Work, str | None] | None:
    """A case before the Court of Justice of the EU or the Permanent Court of Arbitration, by its number, or before the
    International Court of Justice, by its Reports, or the Inter-American Court of Human Rights; None otherwise."""
    core = text.strip().rstrip(".")
    if "I.C.J." in core or "I. C. J." in core or "ICJ Rep" in core:
        return icj_case(text)
    if core[:1] in "CI" and (inter_american := iacthr_case(text)) is not None:
        return inter_american
    if "Case" not in core[:60] and "PCA Case" not in core:
        return None
    m = CJEU_CASE_RE.match(core)
    if m is not None:
        year = m.group("year") or m.group("ecli_year") or (m.group("ecli") or "")[12:16]
        day = dates.find_date(m.group("day") or m.group("day0")) if m.group("day") or m.group("day0") else None
        return Work(type="document", title=m.group("case").strip(), genre=f"Case {m.group('number')}",
                    publisher="Court of Justice of the European Union",
                    date=day.parts if day else (int(year),) if year.isdigit() else None,
                    raw=text, language="en", evidence=('"Case C-<n>/<yy>, <parties>" -> a case before the CJEU',)), m.group("pin")
    m = PCA_CASE_RE.match(core)
    if m is None or not (m.group("lead") or m.group("rest")):
        return None
    rest = m.group("rest").strip(" ,")
    lead = m.group("lead") or ""
    named = ARBITRATION_NAMED_RE.search(rest) if not lead else None  # "PCA Case No. 2013-19, In the Matter of the …, Award"
    title = lead or (named.group(0) if named else f"PCA Case No. {m.group('number')}")
    pin = PARAS_END_RE.search(rest)
    found = dates.find_date(rest)
    return Work(type="document", title=title.removeprefix("The ").strip(), genre=f"PCA Case No. {m.group('number')}",
                publisher="Permanent Court of Arbitration", date=found.parts if found else None, raw=text, language="en",
                evidence=('"<arbitration>, PCA Case No. <n>, <award>" -> an arbitration (document)',)), \
        (pin.group("pin") if pin else None)


ARBITRATION_NAMED_RE = lazy(r"(?:In\s+the\s+Matter\s+of\s+)?(?:the\s+)?[\p{L} ]{3,80}?Arbitration\b")
PARAS_END_RE = lazy(r"(?:,\s*|\s)paras?\.?\s*(?P<pin>\d{1,4}(?:\s*[-–]\s*\d{1,4})?)$")


def constitution(text: str) -> tuple[Work, str | None] | None:
    """The United States Constitution by its article or amendment, and the section cited; None for anything else."""
    m = CONSTITUTION_RE.match(text.strip()) if "Const." in text else None
    if m is None:
        return None
    return Work(type="document", title=f"U.S. Const. {m.group('part')}", raw=text, language="en",
                evidence=('"U.S. Const. amend./art. <n>" -> the Constitution (document)',)), \
        (m.group("loc").lstrip("§ ") if m.group("loc") else None)  # "§ 1" -> "1", its label "section"


# An opinion of the Justice Department's Office of Legal Counsel or of the Attorney General, in its volumes: "Authority
# to Use Military Force in Libya, 35 Op. O.L.C. 20, 27 (2011)", "Memorandum Opinion for the Attorney General, Title, …"
LEGAL_OPINION_RE = lazy(r"^(?:Memorandum\s+(?:Opinion\s+)?for\s+(?:the\s+)?(?P<to>[^,;]{3,80}),\s+)?(?P<title>\p{Lu}[^;()]{3,300}?),\s+"
                        r"(?P<volume>\d{1,3})\s+(?P<series>Op\.\s*(?:O\.\s?L\.\s?C\.|Att['’]y\s+Gen\.))\s+(?P<page>\d{1,5})"
                        r"(?:,\s*(?P<pin>\d{1,5}(?:\s*[-–]\s*\d{1,5})?))?\s+\((?P<year>1[89]\d\d|20\d\d)\)\.?$")


def legal_opinion(text: str) -> tuple[Work, str | None] | None:
    """An opinion of the Office of Legal Counsel or the Attorney General by its volume and page, and the page cited."""
    m = LEGAL_OPINION_RE.match(text.strip()) if "Op." in text else None
    if m is None:
        return None
    office = "U.S. Department of Justice, Office of Legal Counsel" if "L" in m.group("series") else \
        "U.S. Department of Justice, Office of the Attorney General"
    return Work(type="report", title=m.group("title").strip(), container=" ".join(m.group("series").split()),
                volume=m.group("volume"), page=m.group("page"), publisher=office, date=(int(m.group("year")),),
                genre="Memorandum opinion" if m.group("to") else None, raw=text, language="en",
                evidence=('"<title>, <volume> Op. O.L.C. <page> (<year>)" -> a legal opinion (report)',)), m.group("pin")


# A national constitution by its name and year, and the article cited: "Constitución Política del Perú (1993), artículo 149",
# "Constitution of the Republic of Example (2010), art. 35"
NAMED_CONSTITUTION_RE = lazy(r"(?i)^(?P<title>(?:Constituci[oó]n|Constitution|Constitui[cç][aã]o|Costituzione|Verfassung|Grundgesetz)"
                             r"\b[^,;()]{0,120}?)\s*\((?P<year>1[6-9]\d\d|20\d\d)\)"
                             r"(?:,\s*(?:art[ií]culos?|arts?\.|articles?|artigos?|articol[oi]|§)\s*(?P<loc>[\dIVXLC]{1,6}[a-z]?(?:\(\d{1,2}\))?))?\.?$")


def named_constitution(text: str) -> tuple[Work, str | None] | None:
    """A national constitution cited by its name and year, with the article cited; None for anything else."""
    m = NAMED_CONSTITUTION_RE.match(text.strip()) if "(" in text else None
    if m is None:
        return None
    return Work(type="document", title=m.group("title").strip(), date=(int(m.group("year")),), raw=text, language=None,
                evidence=('"<Constitution …> (<year>), art. <n>" -> a constitution (document)',)), m.group("loc")


def statute(text: str) -> Work | None:
    """A section of a code or a public law, cited alone or after the act's name, or a rule in the
    Federal Register: "Payment Integrity Information Act of 2019, Pub. L. No. 116-117, 134 Stat. 113
    (2020)", "Exec. Order No. 14,058, 86 Fed. Reg. 71,357 (Dec. 16, 2021)"; a state's or a city's code by its section:
    "Cal. Penal Code § 835a (West 2023)", "Minneapolis, Minn., Code of Ordinances § 172.10 (2021)"."""
    if ("§" in text or " art. " in text or "Stat. " in text or "Local Law" in text) \
            and (local := STATE_CODE_RE.match(text.strip()) or CITY_CODE_RE.match(text.strip())
                 or NUMBERED_STATE_CODE_RE.match(text.strip()) or LOCAL_LAW_RE.match(text.strip())) is not None:
        year = local.group("year")
        return Work(type="document", title=local.group("title").rstrip("."), date=(int(year),) if year else None, raw=text,
                    evidence=('a section of a state\'s or a city\'s code ("Cal. Penal Code § 835a") -> document',))
    if not ("U.S.C." in text or "C.F.R." in text or "Stat." in text or "Pub. L." in text or "Fed. Reg." in text
            or "U.S.T." in text or "U.N.T.S." in text or "I.L.M." in text):
        return None
    m = STATUTE_RE.match(text.strip())
    if m is not None:
        year = m.group("year")
        return Work(type="document", title=m.group("title").rstrip("."), date=(int(year),) if year else None, raw=text,
                    evidence=('a code section or public law ("21 U.S.C. § 841") -> document',))
    m = NAMED_LAW_RE.match(text.strip())
    if m is None or m.group("name") and not NAME_OF_LAW_RE.search(m.group("name")) and "Fed. Reg." not in m.group("cite"):
        return None  # "Jane Roe, 'Title,' 12 Stat. …" is no law: an act, a rule or an order is named as one
    found = dates.find_date(m.group("date")) if m.group("date") else None
    cite = m.group("cite").strip(" ,")
    name = m.group("name")
    signed = dates.find_date(name) if name else None
    if signed is not None and signed.span[1] >= len(name.rstrip(" ,")) - 1 and len(signed.parts) == 3:
        name, found = name[: signed.span[0]].rstrip(" ,"), found or signed  # "Treaty on …, July 1, 1968, 21 U.S.T. 483"
    return Work(type="document", title=(name or cite).strip(), genre=cite if name else None,
                date=found.parts if found else None, raw=text,
                evidence=('an act, rule or order with its public law, code or Federal Register citation -> document',))


# A public law as the Congressional Research Service cites it, with its act or alone: "Intelligence Reform and Terrorism
# Prevention Act of 2004 (P.L. 108-458, §7119)", "… Act of 1996 (AEDPA; P.L. 104-132, §302)", "P.L. 106-120, Title VIII",
# "Foreign Assistance Act of 1961, § 490, as amended"
_PART = r"§§?\s?\d[\w().\-]*|Title\s+[IVXLC\d]+|(?:section|sec\.)\s+\d[\w().\-]*|Division\s+[A-Z]{1,3}|div\.\s*[A-Z]{1,3}"
_YEAR = r"(?:1[789]\d\d|20\d\d)"
_PUBLIC_LAW = r"(?:P\.\s?L\.|Pub\.\s?L\.(?:\s?No\.)?)\s*\d{2,3}-\d{1,4}"
_STAT = r"\d{1,3}\s+Stat\.\s+\d{1,5}(?:,\s*\d{1,5})?"
CRS_LAW_RE = lazy(
    r"^(?:(?P<lead>(?:Section|Sec\.|§)\s*\d[\w().\-]*)\s+of\s+)?(?:the\s+|The\s+)?"  # ("Section 1791 of the … Act …")
    r"(?:(?P<name>\p{Lu}[\p{L}'’\-.]*(?:\s+(?:\p{Lu}[\p{L}'’\-.]*|of|and|the|for|on|to|in|a|an|\d{1,4})){0,24}?\s+Act"
    r"(?:\s+of\s+" + _YEAR + r"|,\s+" + _YEAR + r"(?:\s+and\s+(?:\p{Lu}[\p{L}'’\-.]*\s+){1,6}Act)?|\s+for\s+Fiscal\s+Year\s+"
    + _YEAR + r")?)"  # (words of a name, capitalised but for its small words: no sentence of prose; its year after "of", a
    # comma or "for Fiscal Year", or none: "Consolidated Appropriations Act, 2023", "The Robert T. Stafford … Act")
    r"(?:\s+\((?:[^;()]{1,40};\s*)?(?P<pl>" + _PUBLIC_LAW + r")(?:,\s*(?P<part>" + _PART + r"))?(?:[;,]\s*[^;()]{1,80}){0,3}\)"
    r"|,\s+(?P<pl2>" + _PUBLIC_LAW + r")(?:,\s*§\s*(?P<section2>[\w().\-]*\w[)]?))?(?:,\s*(?P<stat>" + _STAT + r"))?"
    r"(?:\s+\((?P<year2>" + _YEAR + r")\))?)?"
    r"|(?P<alone>" + _PUBLIC_LAW + r")(?:,\s*(?:div\.\s*[A-Z]{1,3},\s*)?(?:§\s*(?P<section>[\w().\-]+),\s*)?"
    r"(?P<stat2>" + _STAT + r"))?(?:\s+\((?P<year3>" + _YEAR + r")\))?)"
    r"(?:,\s*(?P<part2>" + _PART + r"))?(?:,\s*(?:Title\s+[IVXLC\d]+|as\s+amended))?(?:,\s+which\s+[^;]{1,200})?\.?$")
# (the act's short name and its code may share the brackets: "… Act (Stafford Act; P.L. 93-288, as amended; 42 U.S.C.
# §§5121 et seq.)"; GAO and the Bluebook print the Statutes at Large after the number: "Pub. L. No. 115-254, div. D, § 1234,
# 132 Stat. 3186, 3466 (2018)", "Homeland Security Act of 2002, P.L. 107-296, 116 Stat. 2135")


def crs_law(text: str) -> tuple[Work, str | None] | None:
    """A public law cited by its act and "P.L." number, or by its number alone, and the part cited; or None."""
    m = CRS_LAW_RE.match(text.strip()) if ("P.L." in text or "P. L." in text or " Act of " in text or "Pub. L." in text) \
        else None
    if m is None or m.group("name") and not (m.group("pl") or m.group("pl2") or m.group("part2")):
        return None  # ("… Act of 1996." alone is left to the other readers: it may be a title)
    if m.group("name") and not m.group("pl") and not m.group("pl2") and " of " not in m.group("name")[-9:]:
        return None
    number = m.group("pl") or m.group("pl2") or m.group("alone")
    year = regex.search(r"\d{4}", m.group("year2") or m.group("year3") or "") or \
        regex.search(r"(?:1[789]|20)\d\d(?=$|\s+and\s)", m.group("name") or "")  # (the year it was enacted, in brackets,
    # before the fiscal year its name may hold: "… Appropriations Act, 2021, Pub. L. No. 116-260 (2020)")
    stat = m.group("stat") or m.group("stat2")
    name = m.group("name")
    work = Work(type="document", title=(name or number).strip(),
                genre=", ".join(p for p in (number, stat) if p) or None if name else stat, date=(int(year.group(0)),) if year else None,
                raw=text, language="en", evidence=('"<Act> of <year> (P.L. <n>, §<n>)" -> a public law',))
    part = m.group("lead") or m.group("part") or m.group("part2") or m.group("section") or m.group("section2")
    return work, regex.sub(r"^(?:§§?|section|sec\.)\s?", "", part, flags=regex.IGNORECASE).rstrip(".") if part else None


# A law or order by its designation and number, then its title, as notes on the Philippines, Pakistan or Latin America cite
# them: 'Republic Act No. 11054, “An Act Providing for …,” 27 July 2018', 'Office of the President, Proclamation No. 216,
# “Declaring …,” 23 May 2017, *Official Gazette* of the Republic of the Philippines'
DESIGNATED_LAW_RE = lazy(
    r"^(?:(?P<body>\p{Lu}[^,“”\"*]{2,80}),\s+)?(?P<number>(?:Republic\s+Act|Presidential\s+Decree|Executive\s+Order|"
    r"Administrative\s+Order|Proclamation|Memorandum\s+Circular|Batas\s+Pambansa(?:\s+Blg\.)?|Ordinance|Act|Law|Decree)"
    r"\s+(?:No\.|Number|Blg\.)?\s*\d[\w\-./]*(?:\s+of\s+(?:19|20)\d\d)?),\s+"
    r"(?P<title>“[^”]{3,300}”|\"[^\"]{3,300}\"|\*[^*]{3,300}\*),?\s*(?P<rest>[^;]{0,200})$")
# The gazette it was published in, italic, with the words that follow its name: "*Official Gazette* of the Republic of …"
GAZETTE_RE = lazy(r"\*(?P<name>[^*]{3,80})\*(?P<more>\s+of\s+[^,;]{3,80})?")


def designated_law(text: str) -> Work | None:
    """The law or order a note cites by its designation and its title; None for anything else."""
    m = DESIGNATED_LAW_RE.match(text.strip().rstrip("."))
    if m is None or (m.group("body") and not organisation_name(m.group("body"))):
        return None
    rest = m.group("rest")
    found = dates.find_date(rest)
    gazette = GAZETTE_RE.search(rest)
    title = m.group("title").strip("“”\"*").rstrip(",").strip()
    return Work(type="document", authors=(Name(literal=m.group("body").strip()),) if m.group("body") else (), title=title,
                genre=m.group("number"), container=(gazette.group("name") + (gazette.group("more") or "")).strip() if gazette
                else None, date=found.parts if found else None, raw=text, language="en" if title.isascii() else None,
                evidence=('"<Republic Act/Proclamation> No. <n>, <title>, <date>" -> a law or order',))


# A case by its neutral citation, as Canadian courts number their judgments: "*R v Jordan*, 2016 SCC 27 at para 5",
# "*Canada (Attorney General) v Khadr*, 2010 SCC 3, [2010] 1 SCR 44 at para 12", "Re Example, 2019 ONCA 123"
NEUTRAL_CASE_RE = lazy(
    r"^(?P<em>[*_])?(?P<case>(?:Re|Reference\s+re)\s+[^*_;]{2,160}?|[^*_;\[]{1,160}?\s+v\.?\s+[^*_;\[]{2,160}?)(?(em)(?P=em)),\s+"
    r"(?P<cite>(?P<year>(?:19|20)\d\d)\s+(?P<court>\p{Lu}{2,8}(?:\s\p{Lu}{1,6})?)\s+\d{1,5})"
    r"(?P<parallel>,\s+\[(?:19|20)\d\d\]\s+\d{1,3}\s+\p{Lu}{2,6}\s+\d{1,5})?"
    r"(?:(?:,\s*|\s+at\s+)(?:(?P<para>paras?\.?)\s*)?(?P<pin>\d{1,5}(?:\s*[-–]\s*\d{1,5})?))?\.?$")
# An act or a code in the statute book of Canada or a province: "*Criminal Code*, RSC 1985, c C-46, s 83.01",
# "*Anti-terrorism Act, 2015*, SC 2015, c 20", "Code civil du Québec, RLRQ c CCQ-1991, art 1457", "SOR/2002-227"
CANADIAN_STATUTE_RE = lazy(
    r"^(?P<em>[*_])?(?P<title>\p{Lu}[^*_;]{2,160}?)(?(em)(?P=em)),\s+"
    r"(?P<cite>(?:(?:RS|S)(?:C|O|BC|A|Q|NS|NB|M|S|PEI|NL|Y|NWT|Nu)\s+(?P<year>(?:18|19|20)\d\d)(?:\s*\([^)]{1,20}\))?"
    r",\s+c\s+[\p{L}\d.-]{1,14}|(?:CQLR|RLRQ|CCSM)\s+c\s+[\p{L}\d.-]{1,14}|SOR/(?P<year2>(?:19|20)\d\d)-\d{1,4}))"
    r"(?:,\s+(?:(?P<label>ss?|arts?|sch)\.?\s+(?P<loc>[\w.()-]{1,24})))?\.?$")


def neutral_case(text: str) -> tuple[Work, str | None, str | None] | None:
    """(the case, the paragraph or page cited, its label) of a case cited by its neutral citation; None otherwise."""
    if " v" not in text and "Re " not in text:
        return None
    m = NEUTRAL_CASE_RE.match(text.strip())
    if m is None:
        return None
    return Work(type="document", title=m.group("case").strip(), genre=m.group("cite"), date=(int(m.group("year")),),
                raw=text, language="en", evidence=('"<party> v <party>, <year> <COURT> <n>" -> a case by its neutral '
                                                   'citation (document)',)), \
        m.group("pin"), ("para" if m.group("para") else None) if m.group("pin") else None


# An Italian law or decree by its day and number, its title and gazette after: "Legge 3 agosto 2007, n. 124, «Sistema …»,
# in *Gazzetta Ufficiale*, n. 187, 13 agosto 2007", "Decreto legislativo 18 maggio 2018, n. 65"
ITALIAN_LAW_RE = lazy(
    r"^(?P<kind>Legge(?:\s+costituzionale)?|Decreto(?:-legge|\s+legislativo|\s+del\s+Presidente\s+della\s+Repubblica)?|D\.\s?lgs\.|"
    r"D\.\s?L\.|D\.\s?P\.\s?R\.)\s+(?P<day>\d{1,2}\s+\p{Ll}+\s+(?:1[89]|20)\d\d),\s+n\.\s?(?P<number>\d{1,5})"
    r"(?:,\s+(?P<title>«[^«»]{3,400}»|“[^“”]{3,400}”))?"
    r"(?:,\s+(?:in\s+)?\*?(?P<gazette>Gazzetta\s+Ufficiale)\*?(?:,\s+n\.\s?(?P<issue>\d{1,4}))?"
    r"(?:,\s+(?P<published>\d{1,2}\s+\p{Ll}+\s+(?:1[89]|20)\d\d))?)?(?P<after>,\s+(?:art\.|artt\.|comma|p\.).{1,40})?\.?$")
# A German law by its title and day, and where the Federal Law Gazette prints it: "Gesetz zur Änderung des BND-Gesetzes
# vom 19.4.2021, BGBl. I S. 771"
GERMAN_LAW_RE = lazy(r"^(?P<title>\p{Lu}[^,;]{4,300}?(?:[Gg]esetz|[Vv]erordnung|Gesetzes|Abkommen|Vertrag)[^,;]{0,200}?)\s+vom\s+"
                     r"(?P<day>\d{1,2}\.\s?(?:\d{1,2}\.|\p{Lu}\p{Ll}+)\s?(?:1[89]|20)\d\d),\s+(?P<gazette>BGBl\.\s?(?:I{1,3}))"
                     r"(?:\s+S\.\s?(?P<page>\d{1,5}))?(?P<after>(?:,\s+.{1,40})?)\.?$")


# A French law, decree or ordinance by its number and day, what it is about, and where the Journal officiel printed it: "Loi
# n° 2015-912 du 24 juillet 2015 relative au renseignement, *JORF* n° 0171 du 26 juillet 2015, p. 12735", "Décret n°
# 2015-1475 du 14 novembre 2015 portant application de la loi n° 55-385 du 3 avril 1955"
_FRENCH_DAY = r"(?:1er|\d{1,2})\s+\p{Ll}+\s+(?:1[89]|20)\d\d"
FRENCH_LAW_RE = lazy(
    r"^(?P<kind>Loi(?:\s+organique|\s+constitutionnelle)?|Décret|Ordonnance|Arrêté)\s+n[°º]\s?(?P<number>\d[\d\-]{1,14})\s+du\s+"
    rf"(?P<day>{_FRENCH_DAY})(?P<about>\s+(?:relati(?:f|ve)|portant|tendant|visant|pour|sur|modifiant|autorisant|renforçant|"
    r"instituant|créant|prorogeant|complétant)\b[^;*]{0,400}?)?"
    r"(?:,\s+\*?(?P<gazette>JORF|Journal\s+officiel(?:\s+de\s+la\s+République\s+française)?|JO)\*?"
    rf"(?:\s+n[°º]\s?(?P<issue>\d{{1,5}}))?(?:\s+du\s+(?P<published>{_FRENCH_DAY}))?(?:,\s+p\.\s?(?P<page>\d{{1,6}}))?"
    r"(?:,\s+texte\s+n[°º]\s?\d{1,4})?)?(?P<after>,\s+(?:art\.|article)\s.{1,40})?\.?$")


def national_law(text: str) -> Work | None:
    """An Italian law or decree by its day and number, a German law with its place in the Federal Law Gazette, or a French
    law or decree by its number and day; None otherwise.  Laws are documents, as the rest of the readers have them."""
    if text[:1] in "LDOA" and (fr := FRENCH_LAW_RE.match(text.strip())) is not None:
        day = dates.find_date(fr.group("day"))
        about = fr.group("about") or ""
        return Work(type="document", title=f"{fr.group('kind')} n° {fr.group('number')} du {fr.group('day')}{about}".strip(),
                    genre=fr.group("kind"), date=day.parts if day else None, container=fr.group("gazette"),
                    issue=fr.group("issue"), page=fr.group("page"), language="fr", raw=text,
                    evidence=('"<Loi|Décret|Ordonnance> n° <number> du <day>" -> a French law (document)',))
    if text[:1] in "LDld" and (it := ITALIAN_LAW_RE.match(text.strip())) is not None:
        day = dates.find_date(it.group("day"))
        title = it.group("title")[1:-1].strip() if it.group("title") else None
        return Work(type="document", title=title or f"{it.group('kind')} {it.group('day')}, n. {it.group('number')}",
                    genre=f"{it.group('kind')} n. {it.group('number')}", date=day.parts if day else None,
                    container=it.group("gazette"), issue=it.group("issue"), language="it", raw=text,
                    evidence=('"<Legge|Decreto> <day>, n. <number>" -> an Italian law (document)',))
    if "BGBl" in text and (de := GERMAN_LAW_RE.match(text.strip())) is not None:
        day = dates.find_date(de.group("day"))
        return Work(type="document", title=de.group("title").strip(), date=day.parts if day else None,
                    container=de.group("gazette"), page=de.group("page"), genre="Gesetz" if "esetz" in de.group("title") else None,
                    language="de", raw=text,
                    evidence=('"<Gesetz …> vom <day>, BGBl. I S. <page>" -> a German law (document)',))
    return None


# A German court's decision by its official reporter, volume and first page, with the page cited or the case's name in
# brackets: "BVerfGE 154, 152 (BND – Ausland-Ausland-Fernmeldeaufklärung)", "BVerfGE 123, 267 (340)", "BGHSt 62, 1, 5"
GERMAN_REPORTER_RE = lazy(r"^(?P<reporter>BVerfGE|BVerwGE|BGHSt|BGHZ|BAGE|BSGE|BFHE|BVerfGK)\s(?P<volume>\d{1,3}),\s(?P<page>\d{1,4})"
                          r"(?:\s\((?:(?P<pin>\d{1,4}(?:\s?(?:[-–]\s?\d{1,4}|f{1,2}\.))?)|(?P<name>[^()]{3,120}))\))?"
                          r"(?:,\s(?:Rn\.\s)?(?P<pin2>\d{1,4}(?:\s?(?:[-–]\s?\d{1,4}|f{1,2}\.))?))?\.?$")
GERMAN_COURTS = {"BVerfGE": "BVerfG", "BVerfGK": "BVerfG", "BVerwGE": "BVerwG", "BGHSt": "BGH", "BGHZ": "BGH", "BAGE": "BAG",
                 "BSGE": "BSG", "BFHE": "BFH"}


def german_reporter(text: str) -> tuple[Work, str | None] | None:
    """(the decision, the page cited) of a German court's decision cited by its official reporter; None otherwise."""
    if not text[:1] == "B":
        return None
    m = GERMAN_REPORTER_RE.match(text.strip())
    if m is None:
        return None
    reported = f"{m.group('reporter')} {m.group('volume')}, {m.group('page')}"
    return Work(type="document", title=m.group("name").strip() if m.group("name") else None,
                publisher=GERMAN_COURTS[m.group("reporter")], container=m.group("reporter"), volume=m.group("volume"),
                page=m.group("page"), genre=reported, language="de", raw=text,
                evidence=('"<reporter> <volume>, <page>" -> a German court\'s decision by its official reporter (document)',)), \
        m.group("pin") or m.group("pin2")


def canadian_statute(text: str) -> tuple[Work, str | None] | None:
    """(the act, the section cited) of an act cited by its Canadian statute book chapter; None otherwise."""
    if " c " not in text and "SOR/" not in text:
        return None
    m = CANADIAN_STATUTE_RE.match(text.strip().rstrip("."))  # ("…, s 83.01.": the section, not its stop)
    if m is None:
        return None
    year = m.group("year") or m.group("year2")
    return Work(type="document", title=m.group("title").strip(), genre=m.group("cite"),
                date=(int(year),) if year else None, raw=text,
                evidence=('"<Act>, RSC <year>, c <chapter>, s <n>" -> a statute (document)',)), m.group("loc")
