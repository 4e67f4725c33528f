"""References copied from a wiki page, printed by its citation templates, turned into note form.

    Gorriti, Gustavo (1999). The Shining Path. Chapel Hill: UNC Press. p. 17. ISBN 978-0-306-40615-7.
    "Peru's Shining Path: The Last Guerrillas". BBC News. 12 February 2012. Retrieved 3 March 2015.
    Burt, Jo-Marie (2006). "Quien habla es terrorista". Latin American Research Review. 41 (3): 32–62. doi:10.5555/12345678.

What tells this form: a quoted title closed by a period outside the quotes (a note puts it
inside: ``,”``), names followed by a date in parentheses, or the identifiers and access dates
these templates add at the end (ISBN, doi, "Retrieved ...", "Archived from the original ...").
``to_note_form`` rewrites such a reference as a note ("Gustavo Gorriti, *The Shining Path*
(Chapel Hill: UNC Press, 1999), 17"), so that the readers need no second grammar; anything
else answers None.  An access date is kept only where nothing else dates the work (it is not
when the work appeared, but it tells a page on the web); a DOI is kept as its address.
"""
from __future__ import annotations

import regex

from ..lazyregex import lazy
from . import dates, editions
from .editions import APA_EDITION_END_RE
from .names import looks_like_names, organisation_name

# What the templates add at the end, each a sentence of its own, in any order: identifiers, access
# and archive dates
TRAILER_RE = lazy(
    r"(?i)ISBN(?:-1[03])?:?\s*[\dXx][\dXx\-– ]{8,16}[\dXx]|ISSN:?\s*\d{4}-\d{3}[\dXx]|OCLC\s*\d+|JSTOR\s*\d+|"
    r"PMID\s*\d+|PMC\s*\d+|S2CID\s*\d+|LCCN\s*\S+|hdl:\s*\S+|arXiv:\s*\S+|Bibcode:\s*\S+|"
    r"doi:\s*(?P<doi>10\.\d{4,9}/\S+)|"
    r"(?:Retrieved|Accessed|Consultado(?:\s+el)?|Abgerufen\s+am|Consulté\s+le)\s+(?:on\s+)?(?P<consulted>[^.]{4,40})|"
    r"Archived(?:\s+\(PDF\))?\s+from\s+the\s+original(?:\s+\(PDF\))?\s+on\s+[^.]{4,40}|\[(?:page|year|date)\s+needed\]")
# ("Archived (PDF) from the original on …" dates the copy, not the work; "[page needed]" is the wiki's own remark)
# A book's editors after its author and date: "Stern, Steve J. (ed.). ", "Roe, Jane; Doe, John (eds.). "
VOLUME_EDITORS_RE = lazy(r"\G(?P<names>\p{Lu}[^()\"“”.]{1,60}(?:\.\s?\p{Lu}\.?)?[^()\"“”]{0,120}?)\s+\((?:ed|eds)\.\)\.\s+")
# The address of the work after the reference, where a saved page sets its title's link: " https://…"
TRAILING_ADDRESS_RE = lazy(r"(?<=[.)])\s+(?P<url>https?://\S+)$")
# "Gorriti, Gustavo (1999). ", "Smith, John; Doe, Jane (12 February 2012). ", "UNODC (2013). "
HEAD_RE = lazy(r"^(?P<names>[^()\"“”«»]{2,200}?)\s+\((?!(?:1[5-9]|20)\d\d[a-z]?,\s*(?:pp?\.\s*)?\d{1,5}(?:\s*[-–]\s*\d{1,5})?\))"
               r"(?!(?:PDF|Report|Speech|Interview|Press\s+release|in\s+\p{L}+)\))"
               r"(?P<date>[^()]{4,30})\)\.\s+")
# (not a year and the page cited, "Roe (2017, 112–18). Compare …": an author-date citation in prose, then a new sentence;
# nor what a title-first reference's template says the work is: "Spiraling Violence (Report). ")
# A title in quotes closed by a period outside them: "Title". / “Title”. / «Título». / "Title" (PDF).
QUOTED_RE = lazy(r"\G[\"“«](?P<title>[^\"”»]{2,300})[\"”»](?:\s+\((?:PDF|in\s+\p{L}+|Report|Speech|Press\s+release|Interview)\))*\.\s+")
# What the templates print after a title to say what the work is or how it is kept: "(PDF)", "(Report)", "(in Spanish)"
TAGS_END_RE = lazy(r"(?:\s+\((?:PDF|in\s+\p{L}+|Report|Speech|Press\s+release|Interview)\))+$")
# A title in italics, as a journal's notes keep them: "Pécaut, Daniel (2001). *Guerra contra la sociedad*. Bogotá: Espasa."
ITALIC_RE = lazy(r"\G\*(?P<title>[^*\n]{2,300}?)\*\.?(?:\s+|$)")
# A plain title (italics lost): up to a period before a capital or a digit
PLAIN_RE = lazy(r"\G(?P<title>[^\"“”«»]{2,300}?[\p{L}\d)?!])\.\s+(?=[\p{Lu}\d])")
# Words that name a series or a body's numbered product: "Cambridge Studies in …", "Special Report 308", "Vol. 2"
SERIES_WORD_RE = lazy(r"(?i)\d|\b(?:series|serie|studies|estudios|report|paper|papers|monographs?|collection|colección|"
                      r"cuadernos|documentos)\b")
# The editors' role after their names: "…, eds. (2005)." (an edition in brackets after a title, "Title (2nd ed.).", is
# ``editions.APA_EDITION_END_RE``)
EDITORS_END_RE = lazy(r",?\s+(?P<role>eds?)\.$")
# A document's place and issuer, then its date: "Washington, D.C.: U.S. Department of State, Office of the Spokesperson. 13
# November 2013"; and what the templates say it is, after its title: "(Press release)"
ISSUED_BY_RE = lazy(r"\G(?P<place>\p{Lu}(?:[^:.]|\.(?!\s)){1,60}?\.?):\s*(?P<publisher>[^:]{2,160}?)\.\s+"
                    r"(?P<date>[^.]{4,30}?)\.?\s*$")
KIND_TAG_RE = lazy(r"\((Press\s+release|Report|Speech|Interview)\)")
# A title the templates mark with what the work is, quoted or not: "Curbing Violence in Nigeria (II) (PDF) (Report). ",
# "“The disease is unbelief”: Boko Haram's worldview (Report). " (a report's title is not quoted, and may begin with a quote)
TAGGED_RE = lazy(r"\G(?P<title>[^\n]{2,300}?)(?:\s+\((?:PDF|in\s+\p{L}+)\))*\s+\((?:Report|Speech|Interview|Press\s+release)\)"
                 r"(?:\s+\((?:PDF|in\s+\p{L}+)\))*\.\s+")
# The sentences of what follows a title, split at a period that closes no abbreviation ("No. 216", "D. C.", "Vol. 2")
SENTENCE_END_RE = lazy(r"(?<!\b(?:[Nn]os?|[Vv]ol|St|Inc|Co|Jr|Dr|Mr|Mrs|Ms|\p{Lu}))\.\s+")
# A sentence that gives a place and a publisher: "Brussels: International Crisis Group", "Washington, D.C.: Brookings"
PLACE_COLON_RE = lazy(r"(?P<place>\p{Lu}[^:]{1,60}?):\s*(?P<publisher>\p{Lu}[^:]{1,150})")
# A pinpoint printed as a sentence of its own: "p. 17", "pp. 37–38"
PAGES_SENTENCE_RE = lazy(r"pp?\.\s*[\dxivlc]+(?:\s*[-–]\s*[\dxivlc]+)?")
# The one who asked, after a published interview's title: "Interviewed by Luis Arce Borja and Janet Talavera"
INTERVIEWED_BY_RE = lazy(r"\G(?:Interviewed|Entrevistad[oa]|Interviewé(?:e)?)\s+(?:by|por|par)\s+(?P<who>[^.]{2,160}?)\.(?:\s+|$)")
# A plain title that closes the reference: "Human Rights Watch (11 October 2012). Spiraling Example (Report)."
PLAIN_LAST_RE = lazy(r"\G(?P<title>[^\"“”«»]{2,300}?[\p{L}\d)?!])\.?\s*$")
# "Latin American Research Review. 41 (3): 32–62.", "Revista Argumentos 10 (2): 33-41." (no period)
JOURNAL_RE = lazy(
    r"\G(?P<journal>[^.]{2,150}?)\.?\s+(?:Vol\.\s*)?(?P<volume>\d{1,4})\s*(?:\((?P<issue>[^()]{1,12})\))?"
    r"(?::\s*(?P<pages>[a-z]?\d{1,6}(?:\s*[-–]\s*[a-z]?\d{1,6})?))?"
    r"(?:\.\s+(?P<publisher>\p{Lu}[^.:]{2,100}?))?\.?\s*$")  # ("CTC Sentinel. 4 (9). Combating Terrorism Center …")
# "Chapel Hill: University of North Carolina Press. p. 17." / "Washington, D.C.: Brookings. pp. 37–38."
PLACE_PUBLISHER_RE = lazy(
    r"\G(?:(?P<series>\p{Lu}[^.:]{2,80}?(?:\.\s+Vol\.\s+\d{1,4})?)(?<![\s,]\p{Lu})\.\s+(?=\p{Lu}(?:[^:.]|\.(?!\s))*\.?:))?"  # "Special Report 308. Washington, D.C.: …"
    r"(?P<place>\p{Lu}(?:[^:.]|\.(?!\s)|\.\s(?=\p{Lu}\.)){1,60}?\.?):\s*(?P<publisher>[^:]{2,120}?)\.?"
    r"(?:,?\s+(?P<pages>pp?\.\s*[\dxivlc]+(?:\s*[-–]\s*[\dxivlc]+)?(?:\s+(?:y\s+)?(?:ss|sigs?|ff)\.?)?))?\.?\s*$")
# ("Washington, D. C.: …" spaced as Spanish prints it; "pp. 30 ss.", "p. 12 y ss.": the page and those after it)
# A translator named in a sentence after the title: "Trad. de Sonia Bermúdez.", "Translated by Jane Roe."
TRANSLATOR_RE = lazy(r"\G(?:Trad\.|Traducción|Traduit|Trans\.|Translated)\s+(?:de|by|por|par)\s+(?P<who>\p{Lu}[^.:;]{2,80}?)\.\s+")
# A chapter's book: "In Doe, Jane; Roe, Ann (eds.). "
IN_BOOK_RE = lazy(r"\GIn\s+(?P<editors>[^()]{2,200}?)\s+\((?:eds?\.|editors?|comps?\.|coords?\.)\)\.\s+")
# "Penguin. p. 4." / "BBC News. 12 February 2012."
LAST_RE = lazy(
    r"\G(?P<name>[^:]{2,120}?)(?:\.\s+(?P<date>[^.]{4,30}?)|\.\s+(?P<pages>pp?\.\s*(?:[A-Z]?\d+|[\dxivlc]+)(?:\s*[-–]\s*[\dxivlc]+)?))?\.?\s*$")
# (a newspaper's page may hold its section's letter: "p. A1")


def looks_like(text: str) -> bool:
    """A cheap test: could ``text`` be a reference in this form?"""
    if '". ' in text or "”. " in text or "». " in text or "). " in text[:220]:
        return True
    return "Retrieved " in text or "Consultado " in text or "Consulté " in text or "Abgerufen " in text or "ISBN" in text or "doi:" in text or "Archived from" in text or "(PDF)" in text \
        or "OCLC " in text or "S2CID" in text


def to_note_form(text: str) -> str | None:
    """The note form of a reference printed by wiki citation templates, or None."""
    text = text.strip()
    if not looks_like(text):
        return None
    linked = TRAILING_ADDRESS_RE.search(text) if "http" in text[-300:] else None
    if linked is not None:  # "… Retrieved 9 June 2021. https://…": the address the title links to, as a saved page gives it
        text = text[: linked.start()].rstrip()
    doi, trailed, consulted = None, False, None
    while True:  # the last sentence, while it is one of the trailers: "... Retrieved 3 March 2015."
        head, sep, last = text.rstrip(" .").rpartition(". ")
        m = TRAILER_RE.fullmatch(last.strip()) if sep else None
        if m is None:
            break
        doi = doi or m.group("doi")
        if m.group("consulted"):
            consulted = m.group("consulted").strip()
        text, trailed = head + ".", True
    who, date, at = None, None, 0
    head = HEAD_RE.match(text)
    edited = EDITORS_END_RE.search(head.group("names")) if head else None
    if head:  # ("Starn, Orin; Kirk, Robin, eds. (2005).": the book's editors)
        who = _names(head.group("names")[: edited.start()] if edited else head.group("names"))
        who = f"{who}, {edited.group('role')}." if who and edited else who
        date = head.group("date").strip()
        if who is None or dates.find_date(date) is None:
            return None
        at = head.end()
    volume_editors = VOLUME_EDITORS_RE.match(text, at) if head and not edited else None
    if volume_editors is not None:  # "Degregori, Carlos Iván (2012). Stern, Steve J. (ed.). Title. …": the book's editor,
        at = volume_editors.end()  # after its author (a chapter's "In Stern, Steve J. (ed.)." comes after a title)
    quoted = QUOTED_RE.match(text, at)
    italic = ITALIC_RE.match(text, at) if head and text[at:at + 1] == "*" else None
    tagged = TAGGED_RE.match(text, at) if not (quoted or italic) and "(" in text[at:] else None
    title_m = quoted or italic or tagged \
        or (PLAIN_RE.match(text, at) or (PLAIN_LAST_RE.match(text, at) if trailed else None) if head else None)
    if title_m is None:
        return None
    if not (quoted or trailed or head or tagged):
        return None
    title = TAGS_END_RE.sub("", title_m.group("title").strip())  # ("What Is Boko Haram? (PDF) (Report)": the title alone)
    printed_edition = ""
    if volume_editors is not None and (editors := _names(volume_editors.group("names"))) is not None:
        printed_edition = f", ed. {editors}"
    if title.endswith(")") and (edition := APA_EDITION_END_RE.search(title)) is not None:
        title, printed_edition = title[: edition.start()], f"{printed_edition}, {editions.printed(edition)}."  # "The Peru
        # Reader (2nd ed.)"
    rest = text[title_m.end():].strip()
    translated = TRANSLATOR_RE.match(rest) if rest[:1] == "T" else None
    if translated is not None:
        rest = rest[translated.end():]
        printed_edition += f", trans. {translated.group('who').strip()}"
    if not rest and who and date and not quoted and organisation_name(who):
        return f"{who}, *{title}*, {date}"  # "Human Rights Watch (11 October 2012). Title (Report). ISBN …": a body's report
    address = f", {linked.group('url')}" if linked is not None else f", https://doi.org/{doi.rstrip('.')}" if doi else ""
    lead = f"{who}, " if who else ""
    kind = tag.group(1).lower() if (tag := KIND_TAG_RE.search(title_m.group(0))) else None
    if kind is not None and (marked := _marked_kind(kind, title, rest, date)) is not None:
        return f"{lead}{marked}{address}"  # "(Report)", "(Speech)", "(Interview)": what the template said the work is
    plain = rest.replace("*", "") if quoted and "*" in rest else rest  # ("*African Security Review*. **19** (2): 54–67.": a
    # converter's emphasis on the journal and its volume, which the plain text of the page does not have)
    book = IN_BOOK_RE.match(plain) if quoted and date else None
    if book:  # "Smith, John (2010). "Chapter". In Doe, Jane (ed.). Book. Place: Publisher. pp. 1–20."
        editors = _names(book.group("editors"))
        inner = PLAIN_RE.match(plain + " X", book.end())  # the book's title, up to its period
        pub = PLACE_PUBLISHER_RE.match(plain, inner.end()) if inner else None
        if editors is None or pub is None:
            return None
        year = dates.find_date(date).parts[0]
        pages = f", {_pinpoint(pub.group('pages'))}" if pub.group("pages") else ""
        return (f"{lead}“{title},” in *{inner.group('title').strip()}*, ed. {editors} "
                f"({pub.group('place').strip()}: {pub.group('publisher').strip()}, {year}){pages}{address}")
    journal = JOURNAL_RE.match(plain) if quoted else None
    if journal and date:
        year = dates.find_date(date).parts[0]
        issue = f", no. {journal.group('issue')}" if journal.group("issue") else ""
        pages = f": {journal.group('pages')}" if journal.group("pages") else ""
        return f"{lead}“{title},” *{journal.group('journal').strip()}* {journal.group('volume')}{issue} ({year}){pages}{address}"
    pub = PLACE_PUBLISHER_RE.match(rest)
    if pub and date and not quoted:
        year = dates.find_date(date).parts[0]
        pages = f", {_pinpoint(pub.group('pages'))}" if pub.group("pages") else ""
        series = pub.group("series").strip() if pub.group("series") else ""
        if series and not SERIES_WORD_RE.search(series):  # "Administrando justicia. Las rondas campesinas. Lima: IEP.":
            title, series = f"{title}: {series}", ""  # a sentence that names no series is the title's subtitle
        series = f", {series}" if series else ""
        return (f"{lead}*{title}*{printed_edition}{series} ({pub.group('place').strip()}: {pub.group('publisher').strip()}, "
                f"{year}){pages}{address}")
    issued = ISSUED_BY_RE.match(rest) if quoted else None
    if issued is not None and dates.find_date(issued.group("date")):  # '"Title" (Press release). Washington, D.C.: U.S.
        kind = f"{tag.group(1).lower()}, " if (tag := KIND_TAG_RE.search(title_m.group(0))) else ""  # Department of State.
        return (f"{lead}“{title},” {kind}{issued.group('publisher').strip()}, {issued.group('place').strip()}, "  # <date>."
                f"{issued.group('date').strip()}{address}")
    last = LAST_RE.match(rest)
    if last is None:
        return None
    name = last.group("name").strip()
    when = last.group("date") or date
    if last.group("date") and dates.find_date(last.group("date")) is None:
        return None
    if quoted:  # an article: the work it appeared in, and its date (or, undated, the day it was consulted: a web page)
        page = f", {last.group('pages')}" if last.group("pages") else ""  # ("*The New York Times*, p. A1")
        return f"{lead}“{title},” {name}" + (f", {when}" if when else f", accessed {consulted}" if consulted else "") + page \
            + address
    if not date:
        return None
    year = dates.find_date(date).parts[0]
    pages = f", {_pinpoint(last.group('pages'))}" if last.group("pages") else ""
    return f"{lead}*{title}* ({name}, {year}){pages}{address}"


def _marked_kind(kind: str, title: str, rest: str, date: str | None) -> str | None:
    """The note form of a report, speech or interview after its title, from the sentences the template printed
    after it ("Africa Report No. 216. Brussels: International Crisis Group. 3 April 2014."), or None."""
    series, place, publisher, pages, asked = [], None, None, "", None
    if kind == "interview" and (by := INTERVIEWED_BY_RE.match(rest)) is not None:
        asked, rest = by.group("who").strip(), rest[by.end():]
    for sentence in SENTENCE_END_RE.split(rest.strip().rstrip(".")):
        sentence = sentence.strip()
        if not sentence:
            continue
        if publisher is None and (at := PLACE_COLON_RE.fullmatch(sentence)) is not None:
            place, publisher = at.group("place").strip(), at.group("publisher").strip()
        elif sentence[:2] in ("p.", "pp") and PAGES_SENTENCE_RE.fullmatch(sentence):
            pages = f", {_pinpoint(sentence)}"
        elif date is None and (found := dates.find_date(sentence)) is not None and found.span[1] - found.span[0] >= len(sentence) - 2:
            date = sentence
        elif publisher is None and (series or kind != "report"):
            publisher = sentence  # "… (Interview). Interviewed by Chris Stein. Voice of America.": the outlet (a report's
            # first sentence without a colon is its series)
        else:
            series.append(sentence)
    if date is None or publisher is None:  # (a date from the head was read as one there)
        return None
    if kind == "report":
        imprint = f"{place}: {publisher}" if place else publisher
        return f"*{title}*, {', '.join(series) or 'report'} ({imprint}, {date}){pages}"
    if kind == "interview":
        if asked is None:
            return None
        return f"“{title},” interview by {asked}, *{publisher}*, {date}{pages}"
    where = f", {place}" if place else ""
    return f"“{title},” {kind}, {publisher}{where}, {date}{pages}"  # "speech", "press release"


def _pinpoint(printed: str) -> str:
    """"pp. 37–38" -> "37–38"."""
    return regex.sub(r"^pp?\.\s*", "", printed.strip())


# Between two people named family first: "Smith, John; Doe, Jane", "Garzón, Juan Carlos y Bailey, John"
PEOPLE_SPLIT_RE = lazy(r";\s*|,?\s+(?:y|e|and|et|&)\s+(?=\p{Lu}[^,;]{1,40},\s)")


def _names(names: str) -> str | None:
    """"Smith, John; Doe, Jane" -> "John Smith and Jane Doe"; an organisation stays as printed."""
    names = names.strip()
    people = []
    for part in PEOPLE_SPLIT_RE.split(names):
        family, sep, given = part.strip().partition(", ")
        if not sep:
            break
        person = f"{given.strip()} {family.strip()}"
        if not looks_like_names(person):
            return None
        people.append(person)
    else:
        return (", ".join(people[:-1]) + " and " + people[-1] if len(people) > 2 else " and ".join(people)) if people else None
    if ";" not in names and "," not in names and (organisation_name(names) or looks_like_names(names)):
        return names
    return None
