"""The reference list after an article's notes, read so that author-date notes find their works.

Social-science articles cite in their notes by name and year ("Das 2007, 45"; "see Donnan and Wilson
1999") and give the works in full in a list headed "References", "References Cited", "Bibliography" or
"Works Cited".  ``read`` finds that list and reads each entry, in the forms journals print them:

    Das, V. 2007. Life and words: violence and the descent into the ordinary. Berkeley: University of California Press.
    Aretxaga, Begoña
    2003 "Maddening States." Annual Review of Anthropology 32:393–410.

The resolver turns to these works only when a short form matches nothing cited in an earlier note.
"""
from __future__ import annotations

from .lazyregex import lazy
from .model import Piece, Work, evolve
from .parse import harvard, parse_piece

# The heading of a reference list, on a line of its own
HEADING_RE = lazy(r"(?im)^[ \t#*_]{0,8}(?:references(?:[ \t]+cited)?|bibliography|works[ \t]+cited|sources(?:[ \t]+cited)?|"
                  r"literature[ \t]+cited|bibliograf[ií]a|referencias(?:[ \t]+bibliogr[aá]ficas)?|r[ée]f[ée]rences"
                  r"(?:[ \t]+bibliographiques)?|literaturverzeichnis|literatur|refer[êe]ncias(?:[ \t]+bibliogr[áa]ficas)?)"
                  r"[ \t*_:.]{0,8}$")
# What follows a reference list and ends it: "About the author", "Acknowledgements", "Appendix"
END_RE = lazy(r"(?im)^[ \t#*_]{0,8}(?:about[ \t]+the[ \t]+authors?|acknowledg(?:e?ments?)|appendix|notes|endnotes|"
              r"author[ \t]+biograph(?:y|ies)|how[ \t]+to[ \t]+cite|footnotes)[ \t*_:.]{0,8}$")
# Links a journal's site prints under each entry, one or several on a line: "Google Scholar", "Crossref Google Scholar",
# "Wiley Online Library Web of Science® Google Scholar", "Crossref | PubMed | Google Scholar"
CHROME_LINK = (r"(?:crossref|cross\s+ref|web\s+of\s+science®?|google\s+scholar|pubmed(?:\s+central)?|pmc|scopus|worldcat|cas|"
               r"wiley\s+online\s+library|search\s+ads|open\s?url|\[?links\]?|isi|medline|jstor|google\s+preview|full\s+text)")
CHROME_LINE_RE = lazy(rf"(?i)^{CHROME_LINK}(?:\s*[|·•,/]?\s*{CHROME_LINK})*$")
# A rule drawn across the page, as a word processor sets one above its footnotes: "________________"
RULE_LINE_RE = lazy(r"^[_\-—–=*]{3,}$")
# An address closing an entry, as APA ends one: "… https://doi.org/10.1080/…", "doi:10.1017/…"
ADDRESS_END_RE = lazy(r"(?:https?://|doi:\s?|www\.)\S+$")
# The names that open a Chicago bibliography's entry, family name first, up to their full stop: "Dahlke, Matthias." (what
# the rule of the next entry, "———.", repeats)
_PARTICLE_HEAD = r"(?:(?:van|von|de|del|della|da|du|di|le|la|ten|ter)\s+(?:(?:der|den|la|los|las)\s+)?|d['’])?"
INVERTED_NAMES_STOP_RE = lazy(r"^" + _PARTICLE_HEAD + r"\p{Lu}[^.()\d“”\"]{1,60}?,\s+\p{Lu}[^.()\d“”\"]{1,60}?(?:\s\p{Lu}\.)?\.(?=\s)")
# (a name may open on its particle in lower case: "van Dun, Mirella.", "del Pino H., Ponciano.")
# A page's number alone on its line, at a page's foot in a PDF's copy
# A markdown list item's bullet ("- ", "* ", "+ ", "• "), never emphasis ("*Title*")
BULLET_RE = lazy(r"[-*+•][ \t]+(?=\S)")
PAGE_NUMBER_LINE_RE = lazy(r"^\d{1,4}$")
# A year opening a line, as the American Anthropological Association prints an entry's second line: "2003 "Title." …"
YEAR_LINE_RE = lazy(r"^(?:1[5-9]|20)\d\d[a-z]?\s+\S")
# The rule that stands for the author of the entry before: "———", "---", "——"
SAME_AUTHOR_RE = lazy(r"^[—–-]{2,}\.?\s*")
# The names that open an entry: "Das, V.", "Ballvé, Teo", "Human Rights Watch"
NAMES_HEAD_RE = lazy(r"^(?P<names>" + _PARTICLE_HEAD + r"\p{Lu}[^()\d“”\"]{1,120}?(?:\s\(\p{Lu}[^()\d]{2,120}\))?)(?:\.|,)?\s+"
                     r"(?=\(?(?:1[5-9]|20)\d\d)")
# (a body's initials, then its name in brackets: "ICTR (International Criminal Tribunal for Rwanda). 1998. …")
# The names before a year with no stop between them, as the Royal Anthropological Institute prints an entry
NAMES_BEFORE_YEAR_RE = lazy(r"^(?P<names>\p{Lu}[^()\d“”\"]{1,160}?)(?=\s+(?:1[5-9]|20)\d\d[a-z]?\.\s)")
# A journal's volume, a comma and the pages, closing an entry: "… 24, 447-70."
VOLUME_COMMA_PAGES_END_RE = lazy(r"(\s\d{1,4}),\s+(\d{1,5}\s*[-–]\s*\d{1,5}\.?)$")
MAX_ENTRIES = 2000


def may_have(text: str) -> bool:
    """A cheap test: a word that heads a reference list is in the text."""
    lowered = text[-200_000:].lower()
    return any(word in lowered for word in ("references", "bibliograph", "works cited", "referencias", "literatur",
                                             "références", "referências", "sources cited", "literature cited"))


# How far before the notes' end a heading is looked for: the notes' offsets are of the text as the note finder read it,
# which may have written a note's marker otherwise (a wiki's "^" as "[a] "); a heading on a line of its own is never
# inside a note, which ends at one
NOTES_END_SLACK = 200
# The "(n.d.)" of an undated entry
UNDATED_RE = lazy(r"\(n\.\s?d\.\)")


def read(text: str, notes_end: int, notes_start: int | None = None) -> list[Work]:
    """The works of the reference list that follows offset ``notes_end`` of ``text``, or else of the last one before
    ``notes_start`` (a word processor's footnotes come after the references); none when there is no list."""
    heading = HEADING_RE.search(text, max(0, notes_end - NOTES_END_SLACK))
    stop = len(text)
    if heading is None and notes_start:
        heading = next(reversed(list(HEADING_RE.finditer(text, 0, notes_start))), None)  # (the last before the notes)
        stop = notes_start
    if heading is None:
        return []
    end = END_RE.search(text, heading.end(), stop)
    works: list[Work] = []
    for entry in _entries(text[heading.end():end.start() if end else stop])[:MAX_ENTRIES]:
        citation = parse_piece(Piece(note=0, index=0, text=entry, span=(0, len(entry)), kind="full"))
        if citation.work is not None and citation.work.parsed and (citation.work.authors or citation.work.editors) \
                and (citation.work.date or UNDATED_RE.search(entry[:300]) is not None):  # ("U.S. Department of State.
            # (n.d.). *Title*. Retrieved …": an undated page, which a note names as "(U.S. Department of State, n.d.)")
            works.append(evolve(citation.work, raw=entry))
    return works


def _entries(block: str) -> list[str]:
    """The entries of a reference list, one per string, whatever the layout: one per line, one per paragraph, or the
    names on a line of their own and the year opening the next."""
    lines = [line.strip() for line in block.splitlines()]
    entries: list[str] = []
    previous_names = ""
    for line in lines:
        bullet = BULLET_RE.match(line) if line[:1] in "-*+•" else None
        if bullet is not None:  # "- Ganguly, Sumit. 2016. …": a list item, as a converter writes a page's list
            line = line[bullet.end():]
            if entries and entries[-1]:
                entries.append("")  # (a bullet opens an entry)
        if not line or CHROME_LINE_RE.match(line) or RULE_LINE_RE.match(line) or PAGE_NUMBER_LINE_RE.match(line) \
                or _section_heading(line):
            if entries and entries[-1]:
                entries.append("")  # a blank line closes an entry
            continue
        if previous_names and SAME_AUTHOR_RE.match(line):
            line = previous_names + " " + line[SAME_AUTHOR_RE.match(line).end():]  # "——— & D. Poole 2004. …"
        if YEAR_LINE_RE.match(line) and entries and entries[-1] and not any(ch.isdigit() for ch in entries[-1]):
            year, rest = line.split(None, 1)
            entries[-1] = f"{entries[-1].rstrip('.')}. {year}. {rest}"  # "Aretxaga, Begoña" + "2003 "Maddening States." …"
        elif entries and entries[-1] and (PLACE_PUBLISHER_LINE_RE.match(line) and not YEAR_IN_ENTRY_RE.search(line[:40])
                                          or (not _opens_entry(line) or _names_run_on(entries[-1]) or _unfinished(entries[-1]))
                                          and not (entries[-1].endswith(".") and INVERTED_ENTRY_START_RE.match(line)
                                                   and YEAR_IN_ENTRY_RE.search(entries[-1]))):
            entries[-1] = _wrapped(entries[-1], line)  # a wrapped line ("Treatment Tim-" + "ing." is one word)
        else:
            entries.append(line)
        heads = [m for m in (NAMES_HEAD_RE.match(entries[-1]), INVERTED_NAMES_STOP_RE.match(entries[-1])) if m is not None]
        head = min(heads, key=lambda m: m.end()) if heads else None  # (the names end at the first of the two)
        if head is not None:
            previous_names = entries[-1][: head.end()].strip().rstrip(",")
    return [_in_common_form(e) for e in entries if e]


# A line that opens on a town and a colon, the publisher after it: the rest of the entry above, wrapped ("Washington, DC:
# Brookings Institution Press.", "Cambridge, MA: Harvard University Press.")
PLACE_PUBLISHER_LINE_RE = lazy(r"^\p{Lu}[\p{L}.'’ -]{1,30}(?:,\s*\p{Lu}[\p{L}.]{0,5})?:\s+\p{Lu}")
# A line that opens an entry with its first author family name first, the year further on: "Funk, Chris, Pete Peterson, …",
# "de Chaisemartin, Clément, and …" (after an entry that ended with its full stop and held its year)
INVERTED_ENTRY_START_RE = lazy(r"(?:(?:de|van|von|da|del|di|le|la)\s+)?\p{Lu}[\p{L}'’\-]+(?:\s\p{Lu}[\p{L}'’\-]+)?,\s+\p{Lu}")
YEAR_IN_ENTRY_RE = lazy(r"\b(?:1[5-9]|20)\d\d[a-z]?\b|[Ff]orthcoming|\bn\.\s?d\.")
# An address a line's end broke, its rest on the next line: ".../us/", "https://doi.org/10.1177/", "https://"
OPEN_ADDRESS_END_RE = lazy(r"^(?:https?://|www\.)(?:\S*[/\-_~=&?#%.])?$")  # (matched on the entry's last word)
# A word broken at a line's end in a PDF's copy: "Tim-" + "ing" (one word), "M-" + "Pesa" (a hyphen kept, no space)
BROKEN_WORD_END_RE = lazy(r"(?<=\p{L})-$")


# The words of a list's section headings: "Primary Sources", "Archival Collections", "Interviews", "Fuentes secundarias"
SECTION_WORDS = frozenset("""sources source primary secondary archival archives archive collections collection interviews books
    articles newspapers periodicals documents government official reports chapters theses dissertations websites online
    published unpublished printed manuscript manuscripts fuentes primarias secundarias archivos entrevistas libros artículos
    documentos hemerografía quellen primärquellen sekundärliteratur literatur imprimées""".split())
SECTION_HEADING_RE = lazy(r"^\p{Lu}[\p{L}'’\-]*(?:\s+(?:\p{L}[\p{L}'’\-]*|&)){0,4}$")


def _section_heading(line: str) -> bool:
    """A heading of a section of the list ("Secondary Sources", "Interviews"): no entry, and it closes the one before."""
    return len(line) <= 50 and SECTION_HEADING_RE.match(line) is not None \
        and any(w.lower() in SECTION_WORDS for w in line.split())


def _unfinished(entry: str) -> bool:
    """An entry broken off before its end, as a PDF's copy wraps it: no full stop closes it yet, or no year is in it
    ("Roe, Jane. Evaluating Example Performance: A Comparative Study." + "London: Routledge, 2011."); the next line goes on
    with it even when it opens on a capital."""
    if entry.rstrip().endswith(('."', ".”", ".’")):
        return True  # a quoted title closes the line: its facts follow ('… Survey, 2019–20."' + "Dataset. Washington, DC: …")
    tail = entry.rstrip().rstrip("”\"’'*)")
    return not (tail.endswith(".") or ADDRESS_END_RE.search(tail)) or not YEAR_IN_ENTRY_RE.search(entry)


def _names_run_on(entry: str) -> bool:
    """An entry's first line that is a list of names broken off before its year: "Funk, Chris, Pete Peterson, …, Shraddha"
    (the next line, "Shukla, Gregory Husak, et al. 2015. …", goes on with it)."""
    return entry.count(",") >= 3 and not entry.endswith(".") and not YEAR_IN_ENTRY_RE.search(entry)


def _wrapped(entry: str, line: str) -> str:
    """An entry and the next line of it, joined: across a hyphen that broke a word, without a space; an address broken
    after its slash, hyphen or scheme goes on without a space ("https://doi.org/10.1177/" + "0022427893030004006")."""
    if ("http" in entry[-300:] or "www." in entry[-300:]) and OPEN_ADDRESS_END_RE.match(entry.rsplit(None, 1)[-1]) \
            and line[:1] not in " (":
        return entry + line
    if BROKEN_WORD_END_RE.search(entry) and line[:1].isalpha():
        return entry[:-1] + line if line[:1].islower() and entry[-2:-1].islower() else entry + line
    return f"{entry} {line}"


def _in_common_form(entry: str) -> str:
    """An entry in the form the entry readers know: a full stop after the names before the year ("Vogt, W.A 2018." ->
    "Vogt, W.A. 2018.", "Amnesty International 2010." -> "Amnesty International. 2010."), and a colon between a journal's
    volume and pages ("Annual Review of Anthropology 24, 447-70." -> "… 24: 447-70.")."""
    if harvard.looks_like(entry) and harvard.to_note_form(entry) is not None:
        return entry  # "Koubi, V., 2019. Title. Journal 22, 343–360.": Elsevier's Harvard style, read as printed
    head = NAMES_BEFORE_YEAR_RE.match(entry)
    if head is not None and not head.group("names").endswith("."):
        entry = f"{head.group('names')}. {entry[head.end('names'):].lstrip()}"
    return VOLUME_COMMA_PAGES_END_RE.sub(r"\1: \2", entry)


def _opens_entry(line: str) -> bool:
    """A line that opens an entry: names (or a body) before a year, names alone on their line, or an unsigned work's
    quoted title ('"Die Truppe für alle Fälle." Der Spiegel, 2 October 1972.')."""
    return NAMES_HEAD_RE.match(line) is not None or (line[:1].isupper() and "," in line[:60] and len(line) < 80
                                                    and not any(ch.isdigit() for ch in line)) \
        or line[:1] in "\"“" and line[1:2].isupper()
