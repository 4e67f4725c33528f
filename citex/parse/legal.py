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
from ..model import Work
from . import dates

# "Jane Doe, *The Law of Coca*, 112 Harv. L. Rev. 345, 350 (1999)": volume, journal, first page, pinpoint, year
LAW_REVIEW_RE = lazy(
    r"^(?P<who>\p{Lu}[^,*“\"]{1,120}?),\s+(?P<title>\*[^*]{2,300}\*|“[^”]{2,300}”|\"[^\"]{2,300}\"|\p{Lu}[^*“”\"]{2,300}?),?\s+"
    r"(?P<volume>\d{1,4})\s+(?P<journal>\p{Lu}[\p{L}.&'’ ]{0,80}?\.?)\s+(?P<page>\d{1,5})"
    r"(?:,\s*(?P<pin>\d{1,5}(?:\s*[-–]\s*\d{1,5})?))?\s+\((?P<year>1[5-9]\d\d|20\d\d)\)\.?$")
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
    r"(?:\s+\((?P<year>1[7-9]\d\d|20\d\d)\))?\.?$")


# An act, rule or order named, then where it is printed: "<Name> Act, Pub. L. No. 117-58, div. F, 135 Stat. 429,
# 1182 (2021) (codified at …)", "<Rule>, 87 Fed. Reg. 8346 (Feb. 14, 2022)", "Exec. Order No. 14,058, 86 Fed. Reg. …"
NAMED_LAW_RE = lazy(
    r"^(?:(?P<name>[^;()]{3,160}?),\s+)?"
    r"(?P<cite>(?:Pub\.\s+L\.\s+(?:No\.\s+)?\d{1,3}-\d{1,4}|\d{1,3}\s+(?:U\.\s?S\.\s?C\.|C\.\s?F\.\s?R\.|Fed\.\s+Reg\.|Stat\.)"
    r"|\d{1,4}\s+(?:U\.\s?S\.\s?T\.|U\.\s?N\.\s?T\.\s?S\.|I\.\s?L\.\s?M\.|T\.\s?I\.\s?A\.\s?S\.))"  # treaty series
    r"(?:[^;()]|\(\w{1,4}\)){0,120}?)"  # "§ 1702(h)(4)": a subsection's letters in parentheses
    r"(?:\s*\((?P<date>(?:\p{L}{3,9}\.?\s+\d{1,2},\s+)?(?:1[7-9]\d\d|20\d\d))\))?"
    r"(?:\s*\((?:codified|to\s+be\s+codified)\s+at\s+[^()]{3,80}\))?\.?$")
# Words that name a law, a rule or an order
NAME_OF_LAW_RE = lazy(r"(?i)\b(?:act|law|code|order|rule|regulation|program|programme|amendments?|resolution|statute|treaty|"
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


def article_note_form(text: str) -> str | None:
    """A law-review article in note order, or None."""
    m = article_match(text)
    if m is None:
        return None
    title = m.group("title").strip('*“”"')
    pin = f", {m.group('pin')}" if m.group("pin") else ""
    return (f"{m.group('who')}, “{title},” *{m.group('journal').strip()}* {m.group('volume')} ({m.group('year')}): "
            f"{m.group('page')}{pin}")


# A case cited again by one party and its reporter: "Hamdi, 542 U.S. at 530", "Al-Bihani, 590 F.3d at 871–72"
CASE_SHORT_RE = lazy(r"^(?P<party>\p{Lu}(?:[^,;()]|" + CORPORATE_FORM + r"){1,60}),\s+\d{1,4}\s+\p{Lu}[\p{L}\d.' ]{0,25}?\s+at\s+"
                     r"(?P<pin>\d{1,5}(?:\s*[-–]\s*\d{1,5})?)(?:\s*\([^()]{1,300}\))?\.?$")


def case_short(text: str) -> regex.Match | None:
    """A case's short form: the party, the volume and reporter, "at" and the page."""
    return CASE_SHORT_RE.match(text.strip()) if " at " in text else None


def reported_case(rest: str) -> regex.Match | None:
    """The reporter citation after a case's name: its cite, pinpoint, court and year."""
    return REPORTER_RE.match(rest.strip()) if "(" in rest else None


def statute(text: str) -> Work | None:
    """A section of a code or a public law, cited alone or after the act's name, or a rule in the
    Federal Register: "Payment Integrity Information Act of 2019, Pub. L. No. 116-117, 134 Stat. 113
    (2020)", "Exec. Order No. 14,058, 86 Fed. Reg. 71,357 (Dec. 16, 2021)"."""
    if not ("U.S.C." in text or "C.F.R." in text or "Stat." in text or "Pub. L." in text or "Fed. Reg." in text
            or "U.S.T." in text or "U.N.T.S." in text or "I.L.M." in text):
        return None
    m = STATUTE_RE.match(text.strip())
    if m is not None:
        year = m.group("year")
        return Work(type="document", title=m.group("title"), date=(int(year),) if year else None, raw=text,
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
