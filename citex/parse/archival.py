"""Documents held in an archive and cited document first, as historians cite them:

    Memorandum, Jane Roe to John Doe, October 15, 1962, Example Files, box 36, Example Presidential Library, Boston, MA.
    Roe to Doe, memorandum, March 23, 1954, Roe Papers, Example Series, box 1, Example Library, Abilene, Kansas.
    Record Group 59, Central Decimal File, 1950–54, 611.61/1-2354, National Archives, College Park, Maryland.

``archive_first`` reads the other order, the archive first and its class mark before the document
("The National Archives, Kew (TNA), CAB 128/18, CM(50) 43rd Conclusions, 4 July 1950").

``tail`` finds where the archive's part begins: the collection, series, box or folder, then the institution
that holds them and its town.  The document before it is read as an untitled document (its description
is its title, its sender its author) unless a title is marked; the archive and the place in it become the
work's ``archive`` and ``archive_location``.
"""
from __future__ import annotations

from .. import spans
from ..lazyregex import lazy
from ..model import Name, Work
from ..shortnames import DECLARING
from . import dates
from .names import parse_names
from .places import dateline_city

# A shelfmark whose parts slashes divide, the first in capitals: "IOR/L/PJ/6/452", "AB/1/117", "DC/NYI/2/1/12" (no United
# Nations symbol: "S/2019/570", "A/HRC/40/70")
SLASHED_MARK = r"(?!(?:S|A|E|ST|CRC|CCPR|CEDAW|CERD|CAT|UNEP|UNDP|FCCC|TD)/)[A-Z]{1,5}(?:/[A-Z0-9]{1,8}){2,}(?![\w/])"
# A note that opens with a shelfmark, or with an archive's initials and then its shelfmark: "KNA, DC/NYI/2/1/12, …"
SHELFMARK_HEAD_RE = lazy(rf"^(?:[A-Z]{{2,6}},\s+)?{SLASHED_MARK},")
# An institution that holds papers: "… Presidential Library", "National Archives", "Hoover Institution Archives"
HOLDER_RE = lazy(r"(?i)\b(?:library|archives?|archivo|arquivo|archiv|archivio|record\s+office|manuscript\s+division|"
                 r"special\s+collections|hoover\s+institution|national\s+archives|(?-i:NARA|TNA))\b")  # (the US and UK national
# archives by their initials, as notes close on them: "…, POL 14 CHILE, NARA")
# A place inside an archive: a box, folder, reel or record group, a collection of papers or files, a series
LOCATION_RE = lazy(r"(?i)^(?:box|folder|file|reel|vol\.|record\s+group|rg|entry|series|subseries|collection|"
                   r"fonds|legajo|caja|carpeta)\s+\S|\b(?:papers|files|collection|series|records|fonds)$|"
                   r"^(?-i:[A-Z]{1,5}(?:\s?\d{1,4}|/\d{1,4})/\d{1,6})|^(?-i:" + SLASHED_MARK + ")")
# The short name a note declares for what it cites again: "(hereafter NPMP)"
HEREAFTER_RE = lazy(rf"(?i)\s*[(\[]{DECLARING}\b[^()\[\]]{{0,60}}[)\]]")  # (the phrases shortnames knows)
# The words an archival tail cannot lack, one of which ``may_hold`` looks for before any pattern runs
MARKS = ("box", "folder", "reel", "record group", "rg ", "papers", "files", "archiv", "arquivo", " tna", "nara",
         "record office")  # (a shelfmark then the archive: "…, CO 717/190/1, The National Archives, Kew", "…, CO 537/6012, TNA")


def may_hold(text: str) -> bool:
    """A cheap test: does the note hold a word every archival tail holds?"""
    lowered = text.lower()
    return any(mark in lowered for mark in MARKS)


def top_level_parts(text: str) -> list[str]:
    """The text cut at its commas, but not at those inside quotation marks, italics or brackets."""
    masked = spans.mask(text, [r for r in spans.regions(text) if r.kind in ("quote", "italic", "paren")], "_")
    cuts, pos = [], 0
    for piece in masked.split(", "):
        cuts.append((pos, pos + len(piece)))
        pos += len(piece) + 2
    return [text[a:b].strip() for a, b in cuts]


def tail(text: str) -> tuple[str, str, str | None] | None:
    """(the document's part, the archive with its town, the place in the archive) when the note ends in an
    archive that holds it, or None."""
    if HOLDER_RE.search(text) is None:
        return None
    parts = top_level_parts(text)
    if HOLDER_RE.search(parts[0]):
        return None  # ("The National Archives, Kew (TNA), CAB 128/18, …": the archive first, read by ``archive_first``)
    holders = [i for i, p in enumerate(parts) if i > 0 and HOLDER_RE.search(p) and len(p.split()) <= 10]
    if not holders:
        return None
    holder = holders[-1]
    while holder - 1 in holders:  # "…, The National Archives, Kew (TNA), PREM 11/3690": the archive's whole name
        holder -= 1
    first = next((i for i in range(holder) if LOCATION_RE.search(parts[i].rstrip("."))), None)
    if first is None:
        return _holder_then_places(parts, holder)
    if len(parts) - holder > 3 or not all(p[:1].isupper() for p in parts[holder:]):
        return None  # the archive closes the note: its name and its town, no more
    held_at = [HEREAFTER_RE.sub("", p) for p in parts[holder:]]
    shelved = [p for p in held_at[1:] if LOCATION_RE.search(p)]  # "…, Example Record Office, PEN/4/2": its shelfmark
    head = ", ".join(parts[:first])
    location = ", ".join(parts[first:holder] + shelved) or None
    return head, ", ".join(p for p in held_at if p not in shelved).rstrip("."), location


def _holder_then_places(parts: list[str], holder: int) -> tuple[str, str, str | None] | None:
    """The other order: the archive, then the places in it to the end of the note ("…, National Archives and Records
    Administration (NARA), RG 59, Central Decimal File 1950–54, 888.2553/10-952, box 5510")."""
    after = [p.rstrip(".") for p in parts[holder + 1:]]
    if not after or not LOCATION_RE.search(after[0]) or not all(LOCATION_RE.search(p) or any(c.isdigit() for c in p)
                                                                   for p in after) or len(after) > 6:
        return None
    return ", ".join(parts[:holder]), HEREAFTER_RE.sub("", parts[holder]).rstrip("."), ", ".join(after)


# "Memorandum, Jane Roe to John Doe", "Roe to Doe, memorandum", "Telegram from the Embassy in Moscow to the Department"
FROM_TO_RE = lazy(r"^(?:(?P<genre>\p{Lu}[\p{Ll} ]{2,40}),\s+|(?P<genre_from>\p{Lu}[\p{Ll} ]{2,40}?)\s+from\s+)?"
                  r"(?P<who>(?:the\s+)?\p{Lu}[^,;“\"*]{1,80}?)\s+to\s+(?P<to>[^,;“\"*]{2,80}?)(?:,\s+(?P<genre_after>\p{Ll}[\p{Ll} ]{2,40}))?$")


def document(head: str) -> Work:
    """The untitled document before the archive: its description as its title, its sender as its author."""
    found = dates.find_date(head)
    described = (head[: found.span[0]] if found else head).strip(" ,") or None
    sent = FROM_TO_RE.match(described) if described and " to " in described else None
    who = sent.group("who").strip() if sent else None
    authors = (parse_names(who) or (Name(literal=who),)) if who else ()
    return Work(type="document", authors=authors, title=described, date=found.parts if found else None, raw=head,
                language="en" if described and described.isascii() else None,
                evidence=("a document held in an archive (collection, box or record group, then the archive) -> document",))


# A document described by its writer: "minute by Sir Jane Roe", "note by the Permanent Secretary"
ARCHIVED_BY_RE = lazy(r"^\p{L}[\p{L} ]{1,40}?\s+by\s+(?:Sir\s+|Dame\s+|Lord\s+)?(?P<who>\p{Lu}[^,;]{1,80})$")


def archive_first(text: str) -> tuple[Work, str | None, str | None]:
    """A document cited archive first: the archive (its container too), its town, the class mark, then the
    document's description and date ("The National Archives, Kew (TNA), CAB 128/18, CM(50) 43rd Conclusions,
    4 July 1950"; "Archivo General de Indias, Lima 28A, fol. 42r", where the shelfmark stands for the title)."""
    from .features import strip_locator  # (features asks this module whether a note ends in an archive)

    core, loc, label = strip_locator(text.strip().rstrip("."))
    parts = top_level_parts(core)
    held = 1
    if LOCATION_RE.search(parts[0]) and "/" in parts[0]:
        held = 0  # "IOR/L/PS/10/123, Viceroy to Secretary of State, 4 May 1905": the shelfmark alone, its archive known
    while 0 < held < len(parts) and not any(ch.isdigit() for ch in parts[held]) \
            and len(HEREAFTER_RE.sub("", parts[held]).split()) <= 3 \
            and ("(" in parts[held] or "[" in parts[held] or dateline_city(parts[held])):
        held += 1  # "Kew (TNA)", "India Office Records (hereafter IOR)": the archive's town, the collection it holds
    marks = held
    while marks < len(parts) - 1 and LOCATION_RE.search(parts[marks]):
        marks += 1  # "CAB 128/18", "FO 371/84081": the class mark
    rest = ", ".join(parts[marks:])
    quoted = next((r for r in spans.regions(rest) if r.kind == "quote"), None)
    if quoted is not None and marks:  # "…, AB/1/117, Ministry of Community Development, “Rehabilitation: Progress Report,” 1956"
        return _titled(text, parts, held, marks, rest, quoted), loc, label
    found = dates.find_date(rest)
    apart = found is not None and (not found.span[0] or rest[: found.span[0]].endswith(", ")) \
        and not any(r.start < found.span[0] < r.end for r in spans.regions(rest))
    # (a date of its own closes the description; "…, vol. 8 (Paris: Paul Dupont, 1875)" keeps its facts whole)
    described = (rest[: found.span[0]] if apart else rest).strip(" ,") or None
    by = ARCHIVED_BY_RE.match(described) if described and " by " in described else None
    sent = FROM_TO_RE.match(described) if described and not by and " to " in described else None
    who = by.group("who") if by else sent.group("who") if sent else None  # "minute by Jane Roe", "Roe to Doe"
    archive = HEREAFTER_RE.sub("", ", ".join(parts[:held])) or None
    return Work(type="document", container=parts[0] if held else None, title=described, archive=archive,
                archive_location=", ".join(parts[held:marks]) or None,
                authors=_writers(who) if who else (),
                date=found.parts if found else None, raw=text, language=None,
                evidence=("an archive and its shelfmark -> archival document",)), loc, label


# An office that writes as itself, not a person: "Viceroy to Secretary of State", "Government of India to …"
OFFICE_RE = lazy(r"^(?:the\s+)?(?:Viceroy|Governor(?:[- ]General)?|Resident|Chief\s+Secretary|Secretary|Under[- ]Secretary|"
                 r"(?:High\s+|District\s+|Provincial\s+)?Commissioner|Ambassador|Consul(?:[- ]General)?|Minister|"
                 r"President|Prime\s+Minister|Government|Embassy|Legation|(?:Foreign|Colonial|War|India|Home)\s+Office|"
                 r"Department|Ministry|Cabinet)\b")


def _writers(who: str) -> tuple[Name, ...]:
    """The sender of a letter: a person's name ("Lytton", "Jane Roe") or an office ("Viceroy", "Government of India")."""
    return (Name(literal=who),) if OFFICE_RE.match(who) else parse_names(who)


def _titled(text: str, parts: list[str], held: int, marks: int, rest: str, quoted: spans.Region) -> Work:
    """A document with a title in quotation marks after its shelfmark, and the body that wrote it before the title."""
    before = rest[: quoted.start].strip(" ,")
    after = rest[quoted.end:]
    found = dates.find_date(after)
    archive = HEREAFTER_RE.sub("", ", ".join(parts[:held])) or None
    return Work(type="document", container=parts[0] if held else None, title=rest[quoted.start + 1: quoted.end - 1].strip(" ,"),
                archive=archive, archive_location=", ".join(parts[held:marks]) or None,
                authors=_writers(before) if before and len(before.split()) <= 10 else (),
                date=found.parts if found else None, raw=text, language=None,
                evidence=("an archive and its shelfmark, then a titled document -> archival document",))


# A Russian or Soviet archive's file, as notes print it after the archive: "f. 3, op. 12, d. 1006, ll. 15–18ob.",
# "fond 17, opis' 3, delo 1045", "f. 077, op. 37, p. 191, d. 39, l. 12" (fond, opis', papka, delo, then the leaves cited)
FOND_RE = lazy(r"(?i),\s+(?P<file>(?:f\.|fond)\s*[\w.\-]{1,10},\s+(?:op\.|opis['’]?)\s*[\w.\-]{1,10},\s+"
               r"(?:(?:p\.|papka|por\.)\s*[\w.\-]{1,10},\s+)?(?:d\.|delo|ed\.\s*khr\.)\s*[\w./\-]{1,12})"
               r"(?:,\s+(?P<leaves>(?:ll?\.|listy?)\s*\d[\w–\-, ]{0,30}?))?\.?$")


def fond_tail(text: str) -> tuple[str, str, str, str | None] | None:
    """(the document's part, the archive, the fond, opis' and delo, the leaves cited) for a note that ends in an archive and
    its file ("RGANI, f. 3, op. 12, d. 1006, ll. 15–18ob."), the document described before the archive or not; None
    otherwise."""
    m = FOND_RE.search(text.strip()) if " op" in text else None
    if m is None:
        return None
    head, _, archive = text.strip()[: m.start()].rpartition(", ")
    if not archive[:1].isupper() or len(archive.split()) > 12:
        return None
    leaves = LEAF_WORD_RE.sub("", m.group("leaves")).strip() if m.group("leaves") else None  # "ll. 15–18ob." -> "15–18ob."
    return head, archive.strip(), m.group("file").rstrip("."), leaves or None


LEAF_WORD_RE = lazy(r"(?i)^(?:ll?\.|listy?)\s*")
