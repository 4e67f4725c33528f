"""The United States Congress's hearings and its Record, as policy and law notes cite them.

    *Example Hearing: Hearing Before the Subcomm. on Example*, 116th Cong. 22 (2019) (statement of Jane Roe).
    Hearing on Example Financing, Before the Subcommittee on Example, House Committee on Example, 116th Cong. (2019).
    U.S. Congress, Senate, Committee on Example Relations, Example Title, 114th Cong., 1st sess., 2015, S. Hrg. 114-12.
    Testimony of Jane Roe before the Senate Committee on Example, Hearing on Example, 115th Cong., 2nd sess., May 3, 2018.
    165 Cong. Rec. S4512 (daily ed. June 25, 2019) (statement of Sen. Jane Roe).

A hearing is a document of the committee that held it (as "hearing" after a title makes any work
one); the statement of one witness in it is a speech by that witness, given before the committee.  ``hearing`` and ``record`` answer None for
anything else.
"""
from __future__ import annotations

from .. import spans
from ..lazyregex import lazy
from ..model import Name, Work
from . import dates
from .names import parse_names
from .places import known_place

# "116th Cong.", "114th Cong., 1st sess.", "116th Congress, 2nd Session", and the page after it: "116th Cong. 22 (2019)"
CONGRESS_RE = lazy(r"(?P<congress>\d{1,3})(?:st|nd|rd|th|d)\s+Cong(?:ress|\.)(?:,?\s+(?P<session>\d)(?:st|nd|rd|th|d)\s+"
                   r"[Ss]ess(?:ion|\.)?)?(?:\s+(?P<page>\d{1,5})(?=\s*\())?")
# A hearing's own words: "Hearing", "S. Hrg. 114-12", "H. Hrg."
# (the House numbers its hearings "Serial No. 113-14")
HEARING_WORD_RE = lazy(r"(?i)\bhearings?\b|\b[SH]\.\s*Hrg\.|\bSerial\s+No\.\s*\d")
HEARING_NUMBER_RE = lazy(r"\b[SH]\.\s*Hrg\.\s*\d{1,3}-\d{1,5}|\bSerial\s+No\.\s*\d{1,3}-\d{1,5}")
# The witness: "(statement of Jane Roe, Director, ...)", or "Testimony of Jane Roe before the ..." opening the note
STATEMENT_RE = lazy(r"(?i)\((?:prepared\s+)?(?:statement|testimony|remarks)\s+of\s+(?P<who>[^,()]{3,80})[^()]*\)")
TESTIMONY_LEAD_RE = lazy(r"(?i)^(?P<genre>(?:prepared\s+)?(?:testimony|statement|remarks))\s+of\s+(?P<who>[^,()]{3,80}?)"
                         r"\s+before\s+(?:the\s+)?(?P<committee>[^,]{3,160})")
# A committee among the parts: "Before the Subcommittee on ...", "House Committee on ...", "Senate, Committee on ..."
COMMITTEE_RE = lazy(r"(?i)^(?:before\s+(?:the\s+)?)?(?P<name>(?:(?:house|senate|joint|select|permanent)\s+)*"
                    r"(?:sub)?comm(?:ittee|\.)\b.*)$")
BODY_PARTS = frozenset(("u.s. congress", "us congress", "united states congress", "congress", "senate", "house",
                        "house of representatives", "u.s. senate", "u.s. house of representatives"))
# The page cited at the end of a Chicago-style reference: "…, 1st sess., 2019, 14" or "…, pp. 14–16"
TRAILING_PAGE_RE = lazy(r",\s+(?:pp?\.\s*)?(?P<page>\d{1,4}(?:[-–]\d{1,4})?)$")
# "165 Cong. Rec. S4512 (daily ed. June 25, 2019) (statement of Sen. Jane Roe)"
RECORD_RE = lazy(r"^(?P<volume>\d{1,3})\s+Cong\.\s*Rec\.\s+(?P<page>[HSE]?\d{1,6}(?:\s*[-–]\s*[HSE]?\d{1,6})?)"
                 r"(?:,\s*(?P<pin>[HSE]?\d{1,6}))?\s*\((?P<when>[^()]{4,40})\)")


# A witness's statement cited with no Congress number: "Statement of <who>, <office>, before the <committee>, “<title>,”
# <date>", "<who>, <office>, statement before the <committee>, <date>, <page>"
# A comma inside a committee's name: before "Subcommittee", or in the list of what it covers ("Subcommittee on Privacy,
# Technology, and the Law")
_BODY_COMMA = r",\s+(?=(?-i:Subcommittee)\s|(?-i:\p{Lu})\p{L}+,\s+and\s|and\s+(?:the\s+)?(?-i:\p{Lu}))"
# Where it was given, before the date: ", Washington, D.C.", ", Washington, DC"
# (or another town, for a committee of another parliament: "…, Folketing's Business Committee, Copenhagen, 19 November 2018")
_WHERE = (r"(?:,\s*(?P<place>Washington(?:,\s*D\.\s?C\.|,\s*DC)?|(?!(?-i:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\p{L}*\.?\s+\d)"
          r"(?-i:\p{Lu})[\p{L}\-]+(?:\s(?-i:\p{Lu})[\p{L}\-]+)?))?")
WITNESS_FIRST_RE = lazy(
    r"(?i)^(?P<genre>(?:prepared\s+|written\s+)?(?:statement|testimony|remarks))\s+of\s+(?P<who>[^,()“\"]{3,60}?),"
    r"(?P<office>[^“\"]{0,120}?),?\s+before\s+(?:the\s+)?(?P<body>(?-i:\p{Lu})(?:[^,“\"*]|" + _BODY_COMMA + r"){4,240}?)"
    r"(?:,\s*(?:[“\"](?P<title>[^”\"]{3,200}?),?[”\"]|\*(?P<italic>[^*]{3,200})\*))?" + _WHERE + r",?\s*(?<![\p{L}\d])(?P<rest>(?:\p{L}{3,9}\.?\s+)?\d[^“\"]{0,58})$")
WITNESS_LAST_RE = lazy(
    r"(?i)^(?P<who>(?-i:\p{Lu})[^,()“\"]{3,60}?),(?:(?P<office>[^“\"]{0,120}?),)?\s+(?P<genre>(?:prepared\s+|written\s+)?"
    r"(?:statement|testimony|remarks))\s+before\s+(?:the\s+)?(?P<body>(?-i:\p{Lu})(?:[^,“\"*]|" + _BODY_COMMA + r"){4,240}?)"
    r"(?:,\s*(?:[“\"](?P<title>[^”\"]{3,200}?),?[”\"]|\*(?P<italic>[^*]{3,200})\*))?" + _WHERE + r",?\s*(?<![\p{L}\d])(?P<rest>(?:\p{L}{3,9}\.?\s+)?\d[^“\"]{0,58})$")
# The Congress and its session, printed before a statement's date: ", 115th Cong., 1st sess."
CONGRESS_SESSION_RE = lazy(r"(?:,\s*|(?<=[”\"])\s+)\d{1,3}(?:st|nd|rd|th|d)\s+Cong\.(?:,\s*\d(?:st|nd|rd|th|d)\s+[Ss]ess\.)?(?=,)")
# The committees and bodies a witness speaks before
BEFORE_BODY_RE = lazy(r"(?i)\b(?:committee|subcommittee|commission|caucus|senate|house|parliament|assembly|council)\b")


def testimony(text: str) -> tuple[Work, str | None] | None:
    """A witness's statement before a committee, cited without a hearing's Congress number: the witness, the
    committee it was given before, its title when it has one, its date and the page cited."""
    core = text.strip().rstrip(".")
    if "Cong" in core:  # "…, 115th Cong., 1st sess., July 25, 2017": the Congress and session say when, as the date does
        core = CONGRESS_SESSION_RE.sub("", core)
    m = WITNESS_FIRST_RE.match(core) or WITNESS_LAST_RE.match(core)
    if m is None or not BEFORE_BODY_RE.search(m.group("body")):
        return None
    if m.group("place") and not m.group("place").startswith("Washington") and not known_place(m.group("place")):
        return None  # (a town's name, not a part of the committee's)
    rest = m.group("rest")
    found = dates.find_date(rest)
    if found is None or found.span[0] > 2:
        return None
    page = rest[found.span[1]:].strip(" ,.") or None
    if page is not None and not page.replace("-", "").replace("–", "").isdigit():
        return None
    who = parse_names(m.group("who").strip())
    if not who:
        return None
    genre = m.group("genre").strip()
    body = m.group("body").strip()
    if m.re is WITNESS_FIRST_RE.compiled():  # untitled: the heading as printed, "Testimony of Jane Roe, Senior Analyst"
        printed = f"{genre} of {m.group('who').strip()}" + (f", {m.group('office').strip(' ,')}" if m.group("office").strip(" ,") else "")
    else:  # "…, statement before the Senate Committee on Armed Services": the statement, before whom
        printed = f"{genre[:1].upper()}{genre[1:]} before the {body}"
    title = m.group("title") or m.group("italic") or printed  # (the hearing's title in italics: "*Oversight of AI: …*")
    return Work(type="speech", authors=who[:1], title=title.strip(), event_title=body, genre=genre.capitalize(), place=m.group("place"),
                date=found.parts, raw=text, language="en",
                evidence=('"<statement> of <witness> before <committee>, <date>" -> a speech',)), page


def hearing(text: str) -> tuple[Work, str | None] | None:
    """(the work, the page cited) for a congressional hearing or a statement given at one."""
    if "Cong" not in text:
        return None
    text = text.strip().rstrip(".")
    congress = CONGRESS_RE.search(text)
    if congress is None:
        return None
    heard = bool(HEARING_WORD_RE.search(text) or STATEMENT_RE.search(text) or TESTIMONY_LEAD_RE.match(text))
    if not heard and not _by_congress(text[: congress.start()]):
        return None
    found = dates.find_date(text[congress.start():]) or dates.find_date(text)
    head = text[: congress.start()].rstrip(" ,")
    lead = TESTIMONY_LEAD_RE.match(head)
    statement = STATEMENT_RE.search(text, congress.end())
    who = lead.group("who") if lead else statement.group("who") if statement else None
    committee = lead.group("committee").strip() if lead else None
    if lead:
        head = head[lead.end():].lstrip(" ,")
    titled = next((r for r in spans.regions(head) if r.kind in ("italic", "quote")), None)
    title = head[titled.start + 1:titled.end - 1].strip(" ,") if titled else None
    rest = (head[: titled.start] + head[titled.end:]) if titled else head
    plain = PLAIN_HEARING_TITLE_RE.match(rest) if title is None and ": " in rest else None
    if plain is not None:  # "Nomination of Admiral John C. Aquilino, USN, for …: Hearing Before the Senate Committee on …":
        title = plain.group("title")  # the hearing's title printed plainly, its commas its own
        committee = committee or plain.group("committee").strip()
        rest = ""
    parts = [p.strip() for p in rest.split(", ") if p.strip()]
    named_hearing = next((i for i, p in enumerate(parts) if HEARING_WORD_RE.search(p)), None)
    if lead and named_hearing is not None:  # "... before the Senate Committee on Banking, Housing, and Urban Affairs, Hearing on ..."
        committee = ", ".join([committee, *parts[:named_hearing]])
        parts = parts[named_hearing:]
    for part in parts:
        named = COMMITTEE_RE.match(part)
        if named and not committee:
            committee = named.group("name")
        elif not named and part.lower() not in BODY_PARTS and not title and part[:1].isupper():
            title = part  # "Hearing on Example Financing", "Example Title"
    title = _hearing_title(title) if title else None
    number = HEARING_NUMBER_RE.search(text)
    printed = next((p for p in parts if p.lower() in ("hearing", "hearings")), None)  # "*Title*, hearing, 113th Cong."
    genre = number.group(0) if number else printed or "Hearing"
    evidence = (f'"{congress.group(0)}" with a hearing -> a congressional hearing',)
    page = congress.group("page")
    trailing = TRAILING_PAGE_RE.search(text, congress.end()) if page is None else None
    if trailing and (found is None or found.span[1] + congress.start() <= trailing.start()):
        page = trailing.group("page")  # "…, 116th Cong., 1st sess., May 2, 2019, 14": the page after the date
    if who:
        genre = (lead.group("genre") if lead else "Statement").capitalize()
        return Work(type="speech", authors=parse_names(who) or (Name(literal=who),), title=title, event_title=committee,
                    genre=genre, date=found.parts if found else None, raw=text, language="en",
                    evidence=evidence + ("the statement of a witness -> speech",)), page
    by_congress = (Name(literal="U.S. Congress"),) if text.startswith(("U.S. Congress", "Congress")) else ()
    if not heard:  # "U.S. Congress, Senate, Committee on Example, *Example Review*, 115th Cong., 2nd sess., 2018"
        return Work(type="report", authors=by_congress, title=title, publisher=committee,
                    date=found.parts if found else None, raw=text, language="en",
                    evidence=(f'"{congress.group(0)}" after a committee -> a congressional document', "a committee's publication -> report")), page
    return Work(type="document", authors=by_congress,
                title=title, publisher=committee, genre=genre, date=found.parts if found else None, raw=text,
                language="en", evidence=evidence + ("a hearing -> document",)), page


def _by_congress(head: str) -> bool:
    """The parts before "<n>th Cong." open on a chamber or one of its committees ("House Committee on Example",
    "U.S. Congress, Senate, ...") and go on to a title: a publication of Congress, hearing or not (a person's
    "Statement before the House Committee …" is read as testimony)."""
    parts = [p.strip() for p in head.split(", ")]
    return len(parts) >= 2 and bool(COMMITTEE_RE.match(parts[0]) or parts[0].lower() in BODY_PARTS)


# A hearing's title printed without italics, up to the committee it was held before: "Nomination of …: Hearing Before the
# Senate Committee on Armed Services"
PLAIN_HEARING_TITLE_RE = lazy(r"^(?P<title>\p{Lu}[^()]{5,400}?:\s+(?i:hearings?)\s+(?i:before)\s+(?:the\s+)?(?P<committee>[^()]{5,200}?))"
                              r"\s*,?\s*$")
# A hearing cited by its title, committee and day, a witness's statement in brackets after them and no Congress: "Hearing on
# the Fiscal Year 2024 Budget Request …, Senate Appropriations Subcommittee on Defense, May 2, 2023 (statement of Jane Roe, …)"
DATED_HEARING_RE = lazy(r"^(?P<title>(?i:hearing)\s+(?:on|to|regarding|concerning)\s+[^()]{5,300}?),\s+"
                        r"(?P<committee>(?:U\.S\.\s+)?(?:House|Senate|Joint)\b[^,()]{3,160}?),\s+(?P<date>[^,()]{3,12}\d{1,2},\s+\d{4}|"
                        r"\d{1,2}\s+\p{L}{3,9}\.?\s+\d{4})\s*\((?P<role>statement|testimony|remarks)\s+of\s+(?P<who>[^,()]{3,80})"
                        r"(?:,[^()]{0,150})?\)\.?$")


def dated_hearing(text: str) -> Work | None:
    """A witness's statement at a hearing named with its committee and day but no Congress: a speech by the witness."""
    m = DATED_HEARING_RE.match(text.strip()) if "earing" in text else None
    if m is None or (found := dates.find_date(m.group("date"))) is None:
        return None
    from .features import without_office  # (features reads congress's forms: imported when needed)

    who = parse_names(without_office(m.group("who").strip()))
    if not who:
        return None
    return Work(type="speech", authors=who[:1], title=m.group("title").strip(), event_title=m.group("committee").strip(),
                genre=m.group("role").capitalize(), date=found.parts, raw=text, language="en",
                evidence=('"Hearing on …, <committee>, <date> (statement of <witness>)" -> the witness\'s speech',))


def _hearing_title(title: str) -> str:
    """"Example Hearing: Hearing Before the Subcomm. on Example" keeps its words; a trailing "Before
    the ..." of a title printed in parts does not."""
    cut = title.find(", Before the")
    return title[:cut] if cut > 0 else title


def record(text: str) -> tuple[Work, str | None] | None:
    """(the work, the page cited) for the Congressional Record: volume, page, date, speaker."""
    if "Cong. Rec." not in text and "Cong.Rec." not in text:
        return None
    m = RECORD_RE.match(text.strip())
    if m is None:
        return None
    found = dates.find_date(m.group("when"))
    statement = STATEMENT_RE.search(text, m.end())
    who = statement.group("who") if statement else None
    return Work(type="speech" if who else "document", authors=(parse_names(who) or (Name(literal=who),)) if who else (),
                container="Congressional Record", volume=m.group("volume"), page=m.group("page"),
                date=found.parts if found else None, raw=text, language="en",
                evidence=('"<volume> Cong. Rec. <page> (<date>)" -> the Congressional Record',)), m.group("pin")


# "Domestic Example Prevention Act of 2022, H.R. 350, 117th Cong. (2022)", "…, S. 1234, 116th Cong. § 3 (2019)"
BILL_RE = lazy(r"^(?P<title>\p{Lu}[^,;]{2,200}?),\s+(?P<number>(?:H\.\s?R\.|S\.|H\.\s?Res\.|S\.\s?Res\.|H\.J\.\s?Res\.|"
               r"S\.J\.\s?Res\.)\s?\d{1,5}),\s+(?P<congress>\d{1,3}(?:st|nd|rd|th|d)\s+Cong\.)(?:\s+§+\s*(?P<loc>[\d.()a-z]{1,12}))?"
               r"(?:,?\s+\(?(?P<year>1[5-9]\d\d|20\d\d)\)?)?\.?$")


def bill(text: str) -> tuple[Work, str | None] | None:
    """A bill before Congress, by its title, number and Congress: a document numbered as the chamber numbers it."""
    m = BILL_RE.match(text.strip()) if "Cong" in text else None
    if m is None:
        return None
    return Work(type="document", title=m.group("title").strip(), genre=f"{m.group('number')}, {m.group('congress')}",
                date=(int(m.group("year")),) if m.group("year") else None, raw=text, language="en",
                evidence=('"<title>, H.R./S. <n>, <n>th Cong." -> a bill (document)',)), m.group("loc")


# A committee's report or a chamber's document, by its number: "H.R. Rep. No. 104-383, at 43–45 (1995)", "S. Rep. No.
# 94-755, bk. 2, at 5 (1976)", "H.R. Doc. No. 108-5 (2003)", "S. Exec. Rep. No. 102-23"
_CHAMBER_NUMBER = (r"(?P<number>(?:H\.\s?R\.|S\.)\s+(?i:conf\.\s+|exec\.\s+)?(?i:rep\.|doc\.|prt\.)\s+(?i:no\.)\s*\d{1,3}-\d{1,5})"
                   r"(?:,\s+(?P<part>(?i:pt\.|bk\.|vol\.)\s*(?:\d{1,3}|[IVX]{1,5})))?"
                   r"(?:,\s+at\s+(?P<pin>\d{1,5}(?:\s*[-–]\s*\d{1,5})?))?"
                   r"(?:\s+\((?P<year>1[789]\d\d|20\d\d)\))?(?:\s*\[hereinafter\s+[^\[\]]{2,80}\])?\.?$")
CHAMBER_REPORT_RE = lazy("^" + _CHAMBER_NUMBER)
# The same after the committee that wrote it and the report's title: "S. Select Comm. on Intelligence, Committee Study of
# the …, S. Rep. No. 113-288, at 33 (2014)", "Final Report, H.R. Rep. No. 117-663, at 640–45 (2022)"
TITLED_CHAMBER_REPORT_RE = lazy(r"^(?P<head>\p{Lu}[^;“”\"()]{3,400}?),\s+" + _CHAMBER_NUMBER)
# What opens a committee's name: "S. Select Comm. on Intelligence", "Select Comm. to Investigate …", "House Comm. on …"
COMMITTEE_HEAD_RE = lazy(r"(?i)^(?:(?:h\.|s\.|h\.\s?r\.|house|senate|joint|permanent|select|special|subcomm\.|comm\.|committee|"
                         r"subcommittee)\s+)*(?:comm\.|committee|subcomm\.|subcommittee|commission)(?=\s|,|$)")


def chamber_report(text: str) -> tuple[Work, str | None] | None:
    """A House or Senate report or document by its number, with its committee and title before it or not: a report the
    chamber published."""
    text = text.strip()
    m = CHAMBER_REPORT_RE.match(text) if " No." in text or " NO." in text else None
    titled = None
    if m is None and (" Rep. " in text or " REP. " in text or " Doc. " in text or " DOC. " in text):
        titled = m = TITLED_CHAMBER_REPORT_RE.match(text)
    if m is None:
        return None
    author, title = (), None
    if titled is not None:
        head = m.group("head").strip()
        first, _, rest = head.partition(", ")
        if rest and COMMITTEE_HEAD_RE.match(first):
            author, title = (Name(literal=first),), rest.strip()  # the committee, then the title
        else:
            title = head
    number = " ".join(m.group("number").split())
    house = "U.S. House of Representatives" if number.startswith("H") else "U.S. Senate"
    part = m.group("part").split(".", 1)[-1].strip() if m.group("part") else None  # "bk. II": its second volume
    return Work(type="report", authors=author, title=title, genre=number, volume=part, publisher=house,
                date=(int(m.group("year")),) if m.group("year") else None, raw=text, language="en",
                evidence=('"H.R. Rep. No. <n>" -> a report of the chamber',)), m.group("pin")
