"""Parliamentary debates as British and Commonwealth notes cite them, from Hansard:

    Hansard, HC Deb, 4th ser., vol. 45, 8 Feb. 1897, cols. 62–70.
    HC Deb 3 February 1977, vol 925, col 973W.
    *Parliamentary Debates* (Commons), 5th ser., vol. 236, 26 Feb. 1930, col. 1412.
    Jane Roe, speech in the House of Commons, 27 July 1959, *Hansard*, HC Deb, 5th ser., vol. 610, cols. 232–37.

The record of a sitting is a document of the House; what one member said in it, named before the record,
is a speech by that member with the record as its container.  The columns cited are the locator.
"""
from __future__ import annotations

from ..lazyregex import lazy
from ..model import Name, Work
from . import dates
from .names import looks_like_names, parse_names

# The record: "Hansard, HC Deb", "HC Deb.", "HL Deb", "*Parliamentary Debates* (Commons)", "Parl. Deb. (Lords)", "*Hansard*"
RECORD = (r"(?:\*?Hansard\*?(?:,\s*|\s+)(?P<house>HC|HL)\s+Deb\.?|(?P<house2>HC|HL)\s+Deb\.?|"
          r"\*?Parl(?:iamentary|\.)\s+Deb(?:ates|\.)\*?(?:\s*\((?P<house3>Commons|Lords|HC|HL)\))?|\*?Hansard\*?)")
HANSARD_RE = lazy(rf"^(?:(?!\*?Hansard\b|HC\b|HL\b)(?P<lead>[^;“”\"*]{{3,240}}?),\s+)?(?P<record>{RECORD})(?P<rest>(?:,?\s+[^;]{{0,140}})?)$")
# The columns cited, "cols. 232–37", "col 973W", and the volume, "vol. 610", "vol 925"
COLUMNS_RE = lazy(r"(?i),?\s*cols?\.?\s*(?P<cols>\d{1,5}[WS]?(?:\s*[-–]\s*\d{1,5}[WS]?)?)\s*$")
VOLUME_RE = lazy(r"(?i)\bvol\.?\s*(?P<volume>\d{1,4})\b")
# The volume in roman figures after the series, as British books print it: "Hansard, 3rd ser., cclxxviii, cols 1–20"
ROMAN_VOLUME_RE = lazy(r"(?i)\bser\.,\s*(?P<volume>[ivxlcdm]{1,10}),")
DATE_IN_BRACKETS_END_RE = lazy(r"\s*\((?P<date>[^()]{4,30})\)\s*$")
# What the member did, between the name and the date: "speech in the House of Commons", "statement on …, House of Commons"
SAID_RE = lazy(r"(?i)^(?P<who>[^,]{3,80}),\s+(?P<what>(?:speech|statement|remarks|question|answer|written\s+answer|"
               r"oral\s+answer|maiden\s+speech|intervention|debate)\b[^;]{0,160}?)(?:,\s+(?:in\s+the\s+)?House\s+of\s+"
               r"(?:Commons|Lords))?$")
HOUSES = {"HC": "House of Commons", "Commons": "House of Commons", "HL": "House of Lords", "Lords": "House of Lords"}


# The official report of a Commonwealth parliament's sitting, its country and house first: "Kenya, National Assembly,
# Official Report (Hansard), 18 December 2014, p. 34 (Hon. Jane Roe, Majority Leader)"
OFFICIAL_REPORT_RE = lazy(r"^(?P<house>\p{Lu}[^,;“”\"*]{1,60}(?:,\s+\p{Lu}[^,;“”\"*]{1,60})?),\s+\*?(?P<record>(?:Official\s+Report|"
                          r"Parliamentary\s+Debates|Hansard)(?:\s+\((?:Hansard|Official\s+Report)\))?)\*?,\s+(?P<rest>[^;]{4,160})$")
# (the record in italics, "*Official Report (Hansard)*"; the pages after the sitting with no "p.": "…, Afternoon Sitting, 4–9")
PAGES_END_RE = lazy(r"(?i)(?:,?\s*(?:pp?\.|cols?\.)\s*|,\s*(?!(?:1[5-9]|20)\d\d\s*$))(?P<pages>\d{1,5}(?:\s*[-–]\s*\d{1,5})?)\s*$")
# The member who spoke, in brackets after the columns, as OSCOLA prints it: "… col 165 (Boris Johnson)", "(Ben Wallace,
# Secretary of State for Defence)"
MEMBER_AFTER_RE = lazy(r"\s*\((?P<who>\p{Lu}[^(),\d]{2,60}?)(?:,\s*[^()\d]{2,100})?\)\s*$")
SPEAKER_AFTER_RE = lazy(r"\s*\((?:Hon\.|Senator|Sen\.|Mr\.?|Ms\.?|Mrs\.?|Dr\.?)\s[^()]{2,120}\)\s*$")


def official_report(text: str) -> tuple[Work, str | None] | None:
    """The official report of a sitting of a Commonwealth parliament, and the page cited; None for anything else."""
    m = OFFICIAL_REPORT_RE.match(text.strip().rstrip("."))
    if m is None:
        return None
    rest = SPEAKER_AFTER_RE.sub("", m.group("rest")).strip(" ,.")
    pages = PAGES_END_RE.search(rest)
    found = dates.find_date(rest[: pages.start()] if pages else rest)
    if found is None:
        return None
    return Work(type="document", authors=(Name(literal=m.group("house").strip()),), title=m.group("record"),
                date=found.parts, raw=text, language="en",
                evidence=('"<country>, <house>, Official Report (Hansard), <date>" -> the record of a sitting of Parliament',)), \
        pages.group("pages") if pages else None


# The debates of a house named in their own title, as Canadian notes cite them, the country (and house) first:
# "Canada, House of Commons Debates, 44th Parl., 1st Sess., No. 112 (14 October 2022), 8401 (Jane Roe)",
# "House of Commons Debates, 42-1, No 146 (7 February 2017) at 9012 (Hon Jane Roe)", "Canada, Senate, Debates of the
# Senate, …, vol. 149, no. 45 (5 March 2014), p. 1234", "Québec, Assemblée nationale, Journal des débats, …"
HOUSE_DEBATES_RE = lazy(
    r"^(?P<body>(?:\p{Lu}[\p{L}.\s]{1,40}?,\s+){0,2}?)\*?(?P<record>(?:House\s+of\s+Commons|Senate|House\s+of\s+Assembly|"
    r"Legislative\s+Assembly|National\s+Assembly|Legislative\s+Council)\s+Debates|Debates\s+of\s+the\s+Senate|"
    r"Journal\s+des\s+débats|Débats\s+de\s+la\s+Chambre\s+des\s+communes|Débats\s+du\s+Sénat)\*?,\s+(?P<rest>[^;]{4,200})$")
# The page after the sitting's day in brackets: "(14 October 2022), 8401", "(7 February 2017) at 9012", ", p. 1234"
SITTING_PAGE_RE = lazy(r"(?:\)\s*(?:,\s*|\s+at\s+)(?:(?:pp?|cols?)\.\s*)?|,\s*(?:pp?|cols?)\.\s*)"
                      r"(?P<pages>\d{1,5}(?:\s*[-–]\s*\d{1,5})?)\s*$")  # (", 24 mai 2022, p. 8371", ", cols. 181–262")
# The member who spoke, in brackets at the end: "(Jane Roe)", "(Hon Jane Roe, Minister of Finance)"
SPEAKER_END_RE = lazy(r"\s*\((?:(?:Hon\.?|Rt\.?\s+Hon\.?|Senator|Sen\.|Mr\.?|Ms\.?|Mrs\.?|Dr\.?|M\.|Mme)\s+)?"
                      r"(?P<who>\p{Lu}[^(),]{2,60})(?:,[^()]{2,100})?\)\s*$")
# The volume of a house's debates: "vol. 149" (not "No. 112", the sitting's number)
DEBATES_VOLUME_RE = lazy(r"(?i)\bvol\.?\s*(?P<volume>\d{1,4})\b")


def house_debates(text: str) -> tuple[Work, str | None] | None:
    """The debates of a house whose title names it ("House of Commons Debates"), and the page cited; a speech when the
    member who spoke is named in brackets at the end; None for anything else."""
    m = HOUSE_DEBATES_RE.match(text.strip().rstrip("."))
    if m is None:
        return None
    rest = m.group("rest")
    speaker = SPEAKER_END_RE.search(rest) if rest.endswith(")") else None
    if speaker is not None and (dates.find_date(speaker.group(0)) is not None or not looks_like_names(speaker.group("who"))):
        speaker = None  # ("(14 October 2022)": the sitting's day, no member)
    if speaker is not None:
        rest = rest[: speaker.start()]
    page = SITTING_PAGE_RE.search(rest)
    found = dates.find_date(rest)
    if found is None:
        return None
    body = m.group("body").strip(" ,")
    record = " ".join(m.group("record").split())
    volume = DEBATES_VOLUME_RE.search(rest)
    evidence = '"<country>, House of Commons Debates, <parliament>, <sitting> (<date>), <page>" -> a sitting\'s debates'
    if speaker is not None:
        house = record.removesuffix(" Debates") if record.endswith(" Debates") else None  # where the member spoke
        event = ", ".join(part for part in (body, house) if part) or None  # "Canada, House of Commons"
        return Work(type="speech", authors=parse_names(speaker.group("who")), container=record, event_title=event, volume=volume.group("volume") if volume else None, date=found.parts,
                    raw=text, evidence=(evidence, "the member named in brackets -> a speech in the house")), \
            page.group("pages") if page else None
    return Work(type="document", authors=(Name(literal=body),) if body else (), title=record,
                volume=volume.group("volume") if volume else None, date=found.parts, raw=text,
                evidence=(evidence,)), page.group("pages") if page else None


# The debates of a house as Australian notes cite them, the jurisdiction first and the house after the record: "Commonwealth,
# *Parliamentary Debates*, House of Representatives, 10 February 2022, 1012 (Jane Roe, Minister for Example Affairs)"
CHAMBER_DEBATES_RE = lazy(r"^(?P<body>\p{Lu}[^,;“”\"*]{1,60}),\s+\*?Parliamentary\s+Debates\*?,\s+(?P<house>\p{Lu}[^,;\d]{2,60}),\s+"
                          r"(?P<rest>[^;]{4,200})$")
CHAMBER_PAGE_RE = lazy(r",\s*(?:(?:pp?|cols?)\.\s*)?(?P<pages>\d{1,5}(?:\s*[-–]\s*\d{1,5})?)\s*$")


def chamber_debates(text: str) -> tuple[Work, str | None] | None:
    """The debates of a house named after the record, and the page cited; a speech when the member who spoke is named in
    brackets at the end; None for anything else."""
    m = CHAMBER_DEBATES_RE.match(text.strip().rstrip("."))
    if m is None:
        return None
    rest = m.group("rest")
    speaker = SPEAKER_END_RE.search(rest) if rest.endswith(")") else None
    if speaker is not None and (dates.find_date(speaker.group(0)) is not None or not looks_like_names(speaker.group("who"))):
        speaker = None
    if speaker is not None:
        rest = rest[: speaker.start()]
    page = CHAMBER_PAGE_RE.search(rest)
    found = dates.find_date(rest[: page.start()] if page else rest)
    if found is None:
        return None
    body, house = m.group("body").strip(), m.group("house").strip()
    evidence = '"<jurisdiction>, Parliamentary Debates, <house>, <date>, <page>" -> a sitting\'s debates'
    if speaker is not None:
        return Work(type="speech", authors=parse_names(speaker.group("who")), container="Parliamentary Debates",
                    event_title=f"{body}, {house}", date=found.parts, raw=text, language="en",
                    evidence=(evidence, "the member named in brackets -> a speech in the house")), \
            page.group("pages") if page else None
    return Work(type="document", authors=(Name(literal=body),), title="Parliamentary Debates", genre=house, date=found.parts,
                raw=text, language="en", evidence=(evidence,)), page.group("pages") if page else None


def debates(text: str) -> tuple[Work, str | None] | None:
    """The debate cited, and the columns as its locator; None for anything else."""
    if "Parliamentary Debates" in text and (chamber := chamber_debates(text)) is not None:
        return chamber  # (before the official report's form, which would read the jurisdiction as the house)
    if "Official Report" in text or ", Hansard" in text or "Parliamentary Debates" in text:
        reported = official_report(text)
        if reported is not None:
            return reported
    if "Debates" in text or "débats" in text or "Débats" in text:
        named = house_debates(text)
        if named is not None:
            return named
    m = HANSARD_RE.match(text.strip().rstrip("."))
    if m is None:
        return None
    rest = m.group("rest")
    spoke = MEMBER_AFTER_RE.search(rest) if rest.rstrip().endswith(")") else None
    member = spoke.group("who") if spoke is not None and looks_like_names(spoke.group("who")) else None
    if member is not None:  # "…, col 165 (Boris Johnson)", "(Ben Wallace, Secretary of State for Defence)": who spoke
        rest = rest[: spoke.start()]
    sat = DATE_IN_BRACKETS_END_RE.search(rest) if rest.rstrip().endswith(")") else None
    if sat is not None and dates.find_date(sat.group("date")) is not None:  # "…, cols 1–20 (9 Apr. 1883)": the sitting's
        before = rest[: sat.start()]  # day in brackets after the columns, read as if printed before them
        cols = COLUMNS_RE.search(before)
        rest = (before[: cols.start()] if cols else before) + ", " + sat.group("date") + (f", cols {cols.group('cols')}" if cols else "")
    columns = COLUMNS_RE.search(rest)
    volume = VOLUME_RE.search(rest) or ROMAN_VOLUME_RE.search(rest)
    if columns is None and volume is None:
        return None  # ("the Hansard Society's audit": a name, no sitting)
    house = HOUSES.get(m.group("house") or m.group("house2") or m.group("house3") or "")
    found = dates.find_date(rest[: columns.start()] if columns else rest)
    date = found.parts if found else None
    lead, said = m.group("lead"), None
    if lead:
        in_lead = dates.find_date(lead)
        if in_lead is not None:  # "…, speech in the House of Commons, 27 July 1959, *Hansard*, …, vol. 610, cols. 232–37"
            date = date or in_lead.parts
            lead = (lead[: in_lead.span[0]] + lead[in_lead.span[1]:]).strip(" ,")
        said = SAID_RE.match(lead)
    printed = "Hansard" in m.group("record")  # (the name of the record only where the note prints it)
    debated = f"{house} Debates" if house else "Parliamentary Debates"
    container = f"Hansard, {debated}" if printed else debated
    if said is not None and looks_like_names(said.group("who")):
        what = said.group("what").strip()
        titled = what.split()[0].lower() in ("statement", "question", "answer") and len(what.split()) > 2
        return Work(type="speech", authors=parse_names(said.group("who")), title=what[:1].upper() + what[1:] if titled else None,
                    genre=None if titled else what[:1].upper() + what[1:], container=container, event_title=house,
                    volume=volume.group("volume") if volume else None, date=date, raw=text, language="en",
                    evidence=('"<member>, speech …, <date>, Hansard, vol. <n>, cols. <n>" -> a speech in Parliament',)), \
            columns.group("cols") if columns else None
    if lead:
        return None  # (prose before the record is left to the note's reader)
    if member is not None:
        return Work(type="speech", authors=parse_names(member), title=debated, container="Hansard" if printed else None,
                    event_title=house, volume=volume.group("volume") if volume else None, date=date, raw=text, language="en",
                    evidence=('"HC Deb <date>, vol <n>, col <n> (<member>)" -> a member\'s speech in Parliament',)), \
            columns.group("cols") if columns else None
    return Work(type="document", authors=(), title=debated, container="Hansard" if printed else None,
                volume=volume.group("volume") if volume else None, date=date, raw=text, language="en",
                evidence=('"Hansard, HC Deb, vol. <n>, <date>, cols. <n>" -> the record of a sitting of Parliament',)), \
        columns.group("cols") if columns else None


# A sessional paper of the House of Commons as British historians cite it: the paper, "PP" and the session's year, the
# volume of that session in roman figures and the command number, in either order, then the page (or question, paragraph)
# cited: "Board of Trade, Report on …, PP 1913, LXIX (Cd. 6665), 11", "Final Report, PP 1886 (C. 4893), XXIII, 12",
# "Report, PP 1930–31, XIII, Cmd. 3897, para. 45", "Minutes of Evidence, PP 1867, XXXVIII, pt. 1, q. 1234"
COMMAND = r"(?:C|Cd|Cmd|Cmnd|Cm)\.?\s?\d{1,5}(?:[-–]\d{1,5})?"
SESSIONAL_PAPER_RE = lazy(
    r"^(?P<head>\p{Lu}[^;“”\"]{3,400}?),\s+(?:PP|P\.P\.|BPP|Parliamentary\s+Papers),?\s+(?P<year>1[6-9]\d\d|20\d\d)"
    r"(?:[-–/]\d{2,4})?(?:\s*\((?P<command>" + COMMAND + r")\))?"
    r"(?:,?\s+(?:vol\.\s*)?(?P<volume>[IVXLCDM]{1,9}|\d{1,3})\b)?(?:\s*\((?P<command2>" + COMMAND + r")\))?"
    r"(?:,\s+(?P<command3>" + COMMAND + r"))?(?:,\s+(?P<part>pt\.\s*\d{1,2}))?"
    r"(?:,\s+(?P<label>p\.|pp\.|q\.|qq\.|para\.|paras\.)?\s*(?P<loc>\d{1,6}(?:\s*[-–]\s*\d{1,6})?))?\.?$")
# The body that made the paper, before its title: "Board of Trade", "Royal Commission on the Depression of Trade"
BODY_HEAD_RE = lazy(r"(?i)^(?:(?:royal\s+|select\s+|joint\s+|departmental\s+)?(?:commission|committee)\b|board\s+of\b|"
                    r"(?:home|foreign|colonial|india|war)\s+office\b|ministry\s+of\b|treasury\b|admiralty\b)")


def sessional_paper(text: str) -> tuple[Work, str | None, str | None] | None:
    """(work, pinpoint, label) of a House of Commons sessional paper cited by "PP", its year, volume and command number."""
    m = SESSIONAL_PAPER_RE.match(text.strip()) if "P" in text else None
    if m is None or not (m.group("volume") or m.group("command") or m.group("command2") or m.group("command3")):
        return None
    head = m.group("head").strip()
    body, _, title = head.partition(", ")
    authors: tuple[Name, ...] = ()
    if title and BODY_HEAD_RE.match(body):
        authors = (Name(literal=body),)  # "Board of Trade, Report on the Trade of …": the board made it
    else:
        title = head
    command = m.group("command") or m.group("command2") or m.group("command3")
    label = {"q.": "question", "qq.": "question", "para.": "paragraph", "paras.": "paragraph"}.get(m.group("label") or "", "page")
    return Work(type="report", authors=authors, title=title, container="Parliamentary Papers", volume=m.group("volume"),
                genre=" ".join(command.split()) if command else None, date=(int(m.group("year")),), raw=text, language="en",
                evidence=('"<title>, PP <year>, <volume> (Cd. <n>)" -> a sessional paper of Parliament (report)',)), \
        m.group("loc"), label if m.group("loc") else None
