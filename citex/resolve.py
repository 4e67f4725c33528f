"""Resolve back-references, merge repeated works, and key the bibliography: ``[Note]`` -> ``Document``.

One forward pass over the citations, in note order (the shape of eyecite's ``resolve.py``):

- a full citation becomes a new work, or joins an earlier one that describes the same work
  (same title and authors, nothing contradicting: note 9 and note 20 citing one newspaper story);
- an ibid ("Ibid.", "Id.") points at the citation before it in its note, or else at the work(s) of
  the previous note that cited anything; several distinct works there give a list of candidates
  flagged ambiguous, never a guess; a commentary-only note in between keeps the chain but is flagged;
- a short form ("Tegel.", "Felbab-Brown, pp. 37-38.", "Smith, *Short Title*, 45.") matches every
  earlier work by family name (case- and accent-insensitive, a word of a compound family counts,
  exact beats partial) and/or by the leading words of its title; one match resolves it, several
  are listed and flagged.  A short form whose title names no earlier work is a first citation.

Chains end at a full work because every back-reference takes its antecedent's resolution.
Locators stay on the citations.  Lookups go through indexes (family name, family-name word,
leading title words, merge signature), so the pass is linear in the number of notes.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

import regex

from . import lettered, shortnames
from .keys import PARTICLES, STOP_WORDS, assign_keys, fold, name_key, title_words, words
from .lazyregex import lazy
from .model import Citation, Document, Item, Name, Note, Warning, Work, evolve
from .notes import roman_number
from .parse import parse_piece, read_locator
from .parse.addresses import from_address_alone
from .parse.classify import AUDIT_NUMBER, CRS_NUMBER, DOCTRINE_NUMBER, DOCUMENT_SYMBOL, OFFICIAL_NUMBER, STANDARD_NUMBER
from .parse.features import COMMA_NOTE_XREF, NOTE_ONLY_RE, NOTE_XREF, page_in_range
from .parse.names import COUNTRY_INITIALS, ROLE_RE, is_first_name, is_given_name, looks_like_names, parse_names
from .parse.places import known_country, known_place, known_region
from .parse.primary import FILING_WORDS
from .segment import IN_SENTENCE_EVIDENCE, closing_author_date

# -- sanity checks, named so a reader can find and tune them ---------------------------------
# A short form whose pinpoint page falls outside an antecedent's printed page range drops that
# antecedent, but only to choose among several candidates, never to leave a citation unresolved.
LOCATOR_OUTSIDE_RANGE_BREAKS_TIES = True
# A given name or initial printed in a short form ("J. Smith") that contradicts a candidate's
# drops it, again only among several candidates.
GIVEN_NAME_BREAKS_TIES = True
# How a short form's name matches a candidate's creator, best first: the whole family of an
# author, one word of an author's compound family ("Espinoza" in "Romo Espinoza") or an
# organisation's initials ("WHO" for "World Health Organization"), then the same for editors.
MATCH_AUTHOR_EXACT, MATCH_AUTHOR_WORD, MATCH_EDITOR_EXACT, MATCH_EDITOR_WORD = 4, 3, 2, 1
# A title is indexed under every run of its leading significant words up to this many, so a
# short title finds its antecedents in one lookup; a longer short title is checked word by word.
TITLE_INDEX_WORDS = 12

# Words that stand for the author of the citation before: "Idem, *Otro libro* (...)", "Ders., ..."
SAME_AUTHOR_WORDS = frozenset({"idem", "id", "eadem", "ders", "dies", "ibid"})
# An interview named in a short form: "Zaeef interview.", "entrevista con Roe"
INTERVIEW_WORD_RE = lazy(r"(?i)\b(?:interview|entrevista|entretien|intervista)")
# The verbs of a parenthetical citing the authority a work quotes, cites or reviews: "(quoting …)"
PARENTHETICAL_VERBS = frozenset({"quoting", "citing", "reviewing"})
# Fields that, printed differently in two full citations, mean two different works.
CONFLICTING_FIELDS = ("container", "volume", "issue", "page")
# The words that tell papers filed in one case apart: the complaint and the indictment, the indictment and the superseding
# one ("Criminal Complaint" and "Complaint" are one paper)
FILED_WORDS = FILING_WORDS | {"sentencing", "superseding"}
# A case's paper named by a party and what it is: "Internet Research Agency indictment", "Rhodes sentencing memorandum"
PARTY_FILING_RE = lazy(r"(?i)^(?P<party>\p{Lu}[^,;()]{2,80}?)\s+(?P<filing>(?:superseding\s+)?(?:indictment|complaint|affidavit|"
                       r"plea\s+agreement|(?:sentencing\s+)?memorandum|criminal\s+complaint|statement\s+of\s+(?:facts|offense)|"
                       r"(?:trial\s+)?transcript|judgment|verdict))$")
# A chapter's book given as "op. cit.", after its editors: "in T. Kastouéva-Jean (dir.), *op. cit.*"
OP_CIT_CONTAINER_RE = lazy(r"(?i)(?:op|ob|art)\.?\s?cit\.?|cit\.")
# A document's symbol and nothing else: "GOV/2021/39", "A/CONF.229/2017/8", "S/2023/95 (Corrected)"
SYMBOL_ONLY_RE = lazy(DOCUMENT_SYMBOL + r"(?:\s\([^()]{3,20}\))?")
# Words a bare cross-reference opens on, which a short form's reader may take for a name: "See note 6 above."
SIGNAL_WORDS = frozenset("see cf compare also vgl voir véase ver".split())
# Words of a case's name that name no party a short form would cite it by
PARTY_WORDS = frozenset("v vs united states state people government commonwealth r rex regina the of al et ex rel".split())

# The short name a title gives itself in brackets at its end: "(NPT)", "(New START)", "(JCPOA)"
TITLE_SHORT_NAME_RE = lazy(r"\((\p{Lu}[\p{L}\-]{0,11}(?:\s\p{Lu}{2,8})?|\p{Lu}[\p{L}\-]{1,20}(?:\s\p{Lu}[\p{L}\-]{1,20}){1,4})\)$")
# (or a popular name: "Regulation (EU) 2024/1689 … (Artificial Intelligence Act)")
# What parts a case's two sides: "INS v. Cardoza-Fonseca"
CASE_SIDES_RE = lazy(r"\s+vs?\.?\s+")

Resolution = int | tuple[int, ...] | None  # an item's index, candidates, or nothing

# The first page number of a locator or range: "37-38" -> 37, "p. 94" -> 94
_FIRST_NUMBER_RE = lazy(r"\d+")
# A printed page range: "97-127", "pp. 373-379", "184–203"
_PAGE_RANGE_RE = lazy(r"(?<!\d)(\d+)\s*[-\u2010-\u2015]+\s*(\d+)")
# The scheme and "www." of a URL: "https://www.devida.gob.pe/" -> "devida.gob.pe"
_URL_HEAD_RE = lazy(r"^(?:[a-z][a-z0-9+.-]*://)?(?:www\.)?", regex.IGNORECASE)


# A short form's pointer to the note that cited the work in full: "(n 1)", "supra note 1", "above n 5", "note 5 above"
NOTE_REFERENCE_RE = lazy(r"(?i)\(n\.?\s*(\d{1,4})\)|" + NOTE_XREF + r"|\b(?:supra|above)\*?\s+n(?:otes?)?\.?\s*(\d{1,4})|\bn(?:ote)?\.?\s*(\d{1,4})\s+above\b"
                          r"|\bsee\s+(?:also\s+)?note\s+(\d{1,4})\b|" + COMMA_NOTE_XREF +
                          r"|\bsupra\*?\s+notes?\s+([ivxlc]{1,7})\b")  # (Word numbers endnotes i, ii, iii: "supra note iv")


# "op. cit.", "ob. cit.", "obra citada", "loc. cit.", "art. cit.", "a.a.O.": the author's work cited before, with no title
OP_CIT_RE = lazy(r"(?i)\b(?:op|óp|ob|loc|art)\.?\s*cit\b|\bуказ\.\s*соч\b|\bobra\s+citada\b|\ba\.\s?a\.\s?O\b|\ba\.\s?w\.")
# "art. cit.", "article cité": the article (or chapter) of the author cited before, not a book
ART_CIT_RE = lazy(r"(?i)\bart\.\s*cit\b|\barticle\s+cité\b")
ARTICLE_TYPES = frozenset(("article-journal", "article-newspaper", "article-magazine", "chapter", "paper-conference", "webpage"))
# Words that say the work was cited before: "op. cit.", "art. cit.", Italian "cit.", "supra"
CITED_BEFORE_RE = lazy(r"(?i)\bpreviously\s+cited\b|\bcited\s+above\b|\b(?:op|óp|ob|loc|art)\.?\s*cit\b|\bуказ\.\s*соч\b|\bcit\.|\bsupra\b|\bobra\s+citada\b|\ba\.\s?a\.\s?O\b|\ba\.\s?w\.|\bt\.\s?a\.\s?p\."
                      r"|\(Anm\.\s*\d{1,3}\)|\[wie\s+Fn\.\s*\d{1,3}\]|\(n\s?\d{1,3}\)|\bnote\s+\d{1,3}\s+above\b")
# ("Roe (Anm. 3), S. 5", "Roe, *Titel* [wie Fn. 3], S. 5", "Roe (n 3) 5")


@dataclass
class _Entry:
    """A bibliography item being built: its work, and the notes that cite it."""

    work: Work
    notes: list[int] = field(default_factory=list)

    def cite(self, number: int) -> None:
        if not self.notes or self.notes[-1] != number:
            self.notes.append(number)


def resolve(notes: list[Note], warnings: list[Warning], *, source: str, fmt: str,
            references: list[Work] | None = None) -> Document:
    """Resolve every citation of ``notes`` to bibliography items and build the ``Document``; ``references`` are the
    works of the article's reference list, which short forms that match nothing cited before may name."""
    state = _Resolver(references or [])
    done = {id(n): state.note(n) for n in lettered.reading_order(notes)}  # lettered notes where they are read
    resolved = [done[id(n)] for n in notes]
    keys = assign_keys([e.work for e in state.entries])
    items = tuple(Item(keys[i], e.work, tuple(e.notes)) for i, e in enumerate(state.entries))
    out_notes = tuple(
        evolve(note, citations=tuple(_keyed(c, r, keys) for c, r in pairs)) for note, pairs in resolved
    )
    return Document(source=source, notes=out_notes, items=items,
                    warnings=tuple(warnings) + tuple(state.warnings), format=fmt)


def _main_title(title: str | None) -> str:
    """A title without its subtitle: "Hezbollah: The Global Footprint of Lebanon's Party of God" -> "Hezbollah"."""
    return SUBTITLE_RE.split(title or "", maxsplit=1)[0]


# Where a subtitle begins: "Hezbollah: The Global …", "Why Terrorism Works? …", "Title — Subtitle"
SUBTITLE_RE = lazy(r"[:?!]\s|\s[–—]\s")


def _commentary_citation(note: Note) -> Citation:
    """A commentary-only note as a citation to be tried against the declared short names."""
    text = (note.commentary or "").strip()
    at = max(note.text.find(text), 0)
    return Citation(note=note.number, index=0, kind="short", raw=text, span=(at, at + len(text)))


def _keyed(cit: Citation, res: Resolution, keys: list[str]) -> Citation:
    if res is None:
        return evolve(cit, item=None, ambiguous=False)
    if isinstance(res, tuple):
        return evolve(cit, item=tuple(keys[i] for i in res), ambiguous=True)
    return evolve(cit, item=keys[res], ambiguous=False)


class _Resolver:
    """The state of the forward pass: works so far, their indexes, and the last citing note."""

    def __init__(self, references: list[Work] | None = None) -> None:
        self.references = references or []
        self.from_references: dict[int, int] = {}  # a reference list's work -> its entry, once a note has cited it
        self.entries: list[_Entry] = []
        self.warnings: list[Warning] = []
        self.by_signature: dict[tuple, list[int]] = defaultdict(list)
        self.by_family: dict[str, list[tuple[int, int]]] = defaultdict(list)  # name -> (entry, strength)
        self.by_title: dict[tuple[str, ...], list[int]] = defaultdict(list)
        self.by_number: dict[str, list[int]] = defaultdict(list)  # a report's number or a document's symbol
        self.by_address: dict[str, int] = {}  # a work's address, for a note that holds the address alone
        self.by_interviewee: dict[tuple[str, ...], set[int]] = defaultdict(set)  # the words a later note may name an
        # interviewee by: the first one or two of the family, the last one or two of the name
        self.last_citing: tuple[int, list[Resolution]] | None = None  # note number, resolutions
        self.commentary_since: list[int] = []  # commentary-only notes since the last citing note
        self.last_authors: tuple[Name, ...] = ()  # the authors of the work cited last, for "Idem"
        self.in_lettered = False  # reading a note marked with a letter ("[a]")
        self.other_list: tuple = (None, [])  # the other list's last citing note and commentary since
        self.short_names: list[tuple[regex.Pattern, str, int, int]] = []  # "[hereinafter X]": (pattern, X, entry, note)
        self.from_short: set[int] = set()  # entries a short form opened, its full citation not read before it
        self.given_names: dict[str, set[str]] = defaultdict(set)  # a family name -> the given names printed with it

    # -- one note ------------------------------------------------------------------------------
    def note(self, note: Note) -> tuple[Note, list[tuple[Citation, Resolution]]]:
        pairs: list[tuple[Citation, Resolution]] = []
        if isinstance(note.number, str) != self.in_lettered:  # "Ibid." means the note before in its own list
            self.other_list, (self.last_citing, self.commentary_since) = (
                (self.last_citing, self.commentary_since), self.other_list)
            self.in_lettered = not self.in_lettered
        if note.commentary and self.entries and ", " in note.commentary:
            note = self._short_forms_in_commentary(note)  # "Greenberg, Sandworm; Rid, Active Measures, 400."
        if not note.citations and note.commentary and self.short_names \
                and (named := self._by_short_name(note.number, _commentary_citation(note))) is not None:
            note = evolve(note, citations=(named[0],), commentary=None)  # "DDF, 1st ser., 1:45.": read by its short name
        citations = list(note.citations)
        if self.references and any(c.kind == "full" and c.work is not None and not c.work.authors for c in citations):
            citations, prose = self._listed_in_closing_brackets(citations)
            if prose:  # "This is the logic (Roe & Doe, 2006).": prose, and the listed work its brackets name
                note = evolve(note, citations=tuple(citations), commentary="; ".join(x for x in (note.commentary, *prose) if x))
        for cit in citations:
            if cit.kind == "short" and IN_SENTENCE_EVIDENCE in cit.evidence and not self._cited_before(cit):
                # "As Rey (2015) argues, …" with no Rey of 2015 cited so far: prose, not a citation; said, so that no work
                # an author-date note names is lost without a word
                self._warn("unresolved", f"author-date reference in prose {cit.raw.strip()[:60]!r} names no work cited before "
                           "or listed; left as prose", note.number)
                continue
            if cit.kind != "ibid" and self.short_names and (named := self._by_short_name(note.number, cit)) is not None:
                cit, res = named
            elif cit.kind == "ibid":
                cit, res = self.ibid(note.number, cit, pairs)
            elif cit.kind == "short":
                cit, res = self.short(note.number, cit)
            else:
                cit, res = self.full(note.number, cit)
            if isinstance(res, int):
                self.entries[res].cite(note.number)
                if cit.kind != "full" and self.entries[res].work.authors:
                    self.last_authors = self.entries[res].work.authors  # "Id." after a short form: that work's author
            if cit.kind == "full" and isinstance(res, int) and (name := shortnames.declared(cit.raw)) is not None \
                    and not shortnames.names_container(name, self.entries[res].work) and not shortnames.names_holder(cit.raw):
                self.short_names.append((shortnames.pattern(name), name, res, note.number))
            pairs.append((cit, res))
        if pairs:  # (an authority the work before quotes, cites or reviews is not what an "Ibid." next means)
            self.last_citing = (note.number, [r for c, r in pairs if c.prefix not in PARENTHETICAL_VERBS]
                                or [r for _, r in pairs])
            self.commentary_since = []
        else:
            self.commentary_since.append(note.number)
        return note, pairs

    def _listed_in_closing_brackets(self, citations: list[Citation]) -> tuple[list[Citation], list[str]]:
        """The citations, each "full" one read from its closing brackets as a publisher's ("This is the logic (Roe & Doe,
        2006)") replaced by short forms of the works of the reference list those brackets name; and the prose before
        them. A citation whose brackets name no listed work stays as it is."""
        out: list[Citation] = []
        prose: list[str] = []
        for cit in citations:
            closing = closing_author_date(cit.note, cit.raw, cit.span[0]) \
                if cit.kind == "full" and cit.work is not None and not cit.work.authors \
                and any("parenthetical" in e for e in cit.evidence) else None
            shorts = [parse_piece(p) for p in closing[0]] if closing is not None else []
            if not shorts or any(s.work is None or self._in_reference_list(s.work) is None for s in shorts):
                out.append(cit)
                continue
            out.extend(evolve(s, prefix=cit.prefix if i == 0 else s.prefix) for i, s in enumerate(shorts))
            prose.append(closing[1])
        return [evolve(c, index=i) for i, c in enumerate(out)], prose

    def _short_forms_in_commentary(self, note: Note) -> Note:
        """``note`` with the parts of its commentary that are a family name and a short title of a work cited before
        ("Greenberg, Sandworm", one word and no page: too little to tell from two names alone) read as short forms."""
        found: list[Citation] = []
        rest: list[str] = []
        for part in (p.strip() for p in note.commentary.split(";")):
            if (titled := TITLE_THEN_PAGE_RE.fullmatch(part.rstrip(" ."))) is not None \
                    and len(title := title_words(titled.group("title"))) >= 2 \
                    and len(set(self._by_title(title))) == 1 and (at := note.text.find(part)) >= 0:
                # "Informe final, 35.": a title of a work cited before (as printed, in sentence case), and a page
                found.append(Citation(note=note.number, index=0, kind="short", raw=part, span=(at, at + len(part)),
                                      locator=titled.group("loc"), label="page", work=Work(title=titled.group("title"), raw=part),
                                      evidence=("the title of a work cited before and a page -> short form",)))
                continue
            m = FAMILY_SHORT_TITLE_RE.fullmatch(part.rstrip(" ."))
            title = title_words(m.group("title")) if m else []
            cited = {i for i, strength in self.by_family.get(name_key(Name(family=m.group("family"))), ())
                     if strength >= MATCH_AUTHOR_WORD and title_words(self.entries[i].work.title)[:len(title)] == title} \
                if m and title else set()
            at = note.text.find(part)
            if len(cited) != 1 or at < 0:
                rest.append(part)
                continue
            if m.group("sig"):  # "See Arjona, Rebelocracy": the signal, then the short form
                at += m.start("family")
                part = part[m.start("family"):]
            found.append(Citation(note=note.number, index=0, kind="short", raw=part, span=(at, at + len(part)),
                                  prefix=m.group("sig").lower() if m.group("sig") else None,
                                  locator=m.group("loc"), label="page" if m.group("loc") else None,
                                  work=Work(authors=(Name(family=m.group("family")),), title=m.group("title"), raw=part),
                                  evidence=("a family name and a short title of a work cited before -> short form",)))
        if not found:
            return note
        citations = sorted((*note.citations, *found), key=lambda c: c.span[0])
        return evolve(note, citations=tuple(evolve(c, index=i) for i, c in enumerate(citations)),
                      commentary="; ".join(p for p in rest if p) or None)

    def _by_short_name(self, number: int, cit: Citation) -> tuple[Citation, int] | None:
        """``cit`` as a citation of a work by the short name an earlier note declared for it ("PCLOB Report, 45" after
        "[hereinafter PCLOB Report]"), with its pinpoint; None when it names no declared short name."""
        for opening, name, idx, declared_in in reversed(self.short_names):  # (the name declared last wins)
            if declared_in == number or (tail := shortnames.pinpoint(cit.raw, opening)) is None:
                continue
            if tail:  # "PCLOB Report, supra note 4, at 82": the pinpoint after the name
                locator, label = read_locator(tail)
            else:  # "AP." alone: a short form keeps what its reader found; a full citation read so has none
                locator, label = (cit.locator, cit.label) if cit.kind == "short" else (None, None)
            return evolve(cit, kind="short", locator=locator, label=label,
                          evidence=cit.evidence + (f'the short name "{name}" declared in note {declared_in}',)), idx
        return None

    # -- full citations and merging ------------------------------------------------------------
    def full(self, number: int, cit: Citation) -> tuple[Citation, Resolution]:
        work = cit.work
        if work is None:
            self._warn("unresolved", f"a citation without a work cannot be resolved: {cit.raw[:80]!r}", number)
            return cit, None
        if len(work.authors) == 1 and name_key(work.authors[0]) in SAME_AUTHOR_WORDS:
            if self.last_authors:  # "Idem, *Otro libro* (...)": the author of the citation before
                work = evolve(work, authors=self.last_authors)
                cit = evolve(_with_evidence(cit, '"Idem": the author of the citation before'), work=work)
        elif work.authors:
            named = self._given_names_filled(work)
            if named is not work:  # "Cynthia Enloe, *Bananas* (…); Enloe, *Maneuvers* (…)": her given name, printed before
                work = named
                cit = evolve(_with_evidence(cit, "the given name printed with this family name before"), work=work)
            self.last_authors = work.authors
        if work.type == "chapter" and work.container and work.editors and not work.publisher \
                and OP_CIT_CONTAINER_RE.fullmatch(work.container.strip()) is not None \
                and (book := self._edited_volume(" and ".join(e.family or e.literal or "" for e in work.editors))) is not None:
            # "…, in T. Kastouéva-Jean (dir.), *op. cit.*, p. 213-218": the volume she edited, cited before; its title,
            # publisher, place and date are the chapter's book's
            vol = self.entries[book].work
            work = evolve(work, container=vol.title, editors=vol.editors, publisher=vol.publisher, place=vol.place,
                          date=work.date or vol.date)
            cit = evolve(_with_evidence(cit, '"in <editors>, op. cit.": the volume they edited, cited before'), work=work)
        if work.type == "chapter" and work.container and not work.publisher and not work.editors:
            book = self._edited_volume(work.container)
            if book is not None:  # "Quispe, “Chapter,” in Major and Doe, 33-58": the volume they edited, cited before
                vol = self.entries[book].work  # its title and editors name the book; publisher and date stay as printed
                work = evolve(work, container=vol.title, editors=vol.editors)
                cit = evolve(_with_evidence(cit, f'"in {cit.work.container}": the volume they edited, cited before'),
                             work=work)
        filed = PARTY_FILING_RE.match(work.title.strip()) if work.title and not (work.date or work.url or work.publisher
                                                                                  or work.authors) else None
        if filed is not None and len(found := self._filing_of_party(filed.group("party"), filed.group("filing"))) == 1:
            # "Internet Research Agency indictment, ¶ 4" after "United States v. Internet Research Agency LLC et al., No. …":
            # the paper of that case, named by its party and what it is
            return evolve(cit, kind="short", evidence=cit.evidence + ("a party's name and a kind of filing -> the case's "
                                                                      "paper cited before",)), found[0]
        again = self._symbol_cited_before(work)
        if again is not None:  # "IAEA, GOV/2023/39, 7." (read as an archive's shelfmark): the document of that symbol
            return evolve(cit, kind="short", evidence=cit.evidence + ("the symbol of a document cited before",)), again
        again = self._shortened_title_cited_before(work) if work.title and work.authors and not work.date \
            and not work.url and not work.publisher else None
        if again is not None:  # 'Martínez, “Los pactos secretos,” El Faro.': the short form of 'Óscar Martínez, “Los pactos
            # secretos de la pandilla,” El Faro, <date>', its outlet named again
            return evolve(cit, kind="short", evidence=cit.evidence + ("a shortened title of a work by the same authors cited "
                                                                      "before",)), again
        if not work.title and work.genre and "/" in work.genre and SYMBOL_ONLY_RE.fullmatch(work.genre.strip()) \
                and len(found := tuple(dict.fromkeys(self.by_number.get(_number_key(work.genre.strip()), ())))) == 1 \
                and _compatible(self.entries[found[0]].work, work):
            # "GOV/2021/39, September 7, 2021, para. 4" after "IAEA, GOV/2021/39, September 7, 2021": one document, named
            # again by its symbol and day
            entry = self.entries[found[0]]
            entry.work = _merged(entry.work, work)
            return _with_evidence(cit, f"same document symbol as note {entry.notes[0] if entry.notes else number}"), found[0]
        if work.title and work.genre and "/" in work.genre and SYMBOL_ONLY_RE.fullmatch(work.genre.strip()) \
                and len(found := tuple(dict.fromkeys(self.by_number.get(_number_key(work.genre.strip()), ())))) == 1 \
                and self.entries[found[0]].work.type == work.type \
                and SYMBOL_ONLY_RE.fullmatch((self.entries[found[0]].work.genre or "").strip()) \
                and _number_key(self.entries[found[0]].work.genre.strip()) == _number_key(work.genre.strip()) \
                and (not work.date or not self.entries[found[0]].work.date
                     or work.date[:1] == self.entries[found[0]].work.date[:1]):
            # "UN Security Council Resolution 2690 (June 30, 2023), UN Doc. S/RES/2690" and "S/RES/2690 (2023), 30 June
            # 2023": one document, whatever title each note gives it, as a symbol names one document only
            entry = self.entries[found[0]]
            entry.work = _merged(entry.work, work)
            return _with_evidence(cit, f"same document symbol as note {entry.notes[0] if entry.notes else number}"), found[0]
        if work.type == "interview" and len(work.authors) == 1 and not (work.place or work.url or work.title) \
                and (heard := self._interview_named_again(work.authors[0], work.date)) is not None:
            # "Valdez, interview, May 14, 2013.", "Author interview with Valdez." after "Author interview with Javier Valdez
            # Cárdenas, Culiacán, May 14, 2013": the interview cited again by the first of the family names, or the last word
            first = self.entries[heard].notes[0] if self.entries[heard].notes else number
            return evolve(cit, kind="short", evidence=cit.evidence + (f"the interview of note {first}, named again",)), heard
        if work.type == "interview" and work.authors and not (work.date or work.place or work.url or work.title) \
                and len(heard := [i for i in self._by_names(list(work.authors))
                                  if self.entries[i].work.type == "interview"
                                  and _given_compatible([i], list(work.authors), self.entries)]) == 1:
            # "Author interview with Milton Roe." after "Author interview with Milton Roe, Washington, <date>": the
            # interview cited again, without its place and day
            first = self.entries[heard[0]].notes[0] if self.entries[heard[0]].notes else number
            return evolve(cit, kind="short", evidence=cit.evidence + (f"the interview of note {first}, named again",)), heard[0]
        signature = _signature(work)
        for idx in self.by_signature.get(signature, ()):
            if _compatible(self.entries[idx].work, work):
                entry = self.entries[idx]
                first = entry.notes[0] if entry.notes else number
                entry.work = _merged(entry.work, work)
                return _with_evidence(cit, f"same work as note {first}"), idx
        address = _address_key(work.url) if work.url else None
        if address is not None and (known := self.by_address.get(address)) is not None:
            entry = self.entries[known]
            first = entry.notes[0] if entry.notes else number
            if from_address_alone(work):  # "<URL>" alone, for a work cited in full (or alone) before
                return _with_evidence(cit, f"the address of the work in note {first}"), known
            if from_address_alone(entry.work):  # the full citation of an address cited alone before
                entry.work = work
                self._index(known, work, signature)
                return _with_evidence(cit, f"the full citation of the address in note {first}"), known
        if self.from_short and work.title and work.authors and (work.date or work.publisher) \
                and (opened := self._opened_by_short_form(work)) is not None:
            # "Kenney, From Pablo to Osama, 120." before "Michael Kenney, From Pablo to Osama: Trafficking … (…, 2007)":
            # the full citation of the work the short form named first
            entry = self.entries[opened]
            first = entry.notes[0] if entry.notes else number
            entry.work = _merged(work, entry.work)
            self._index(opened, entry.work, signature)
            self.from_short.discard(opened)
            self._warn("short-before-full", f"note {first} names this work in short before its full citation in note {number}",
                       first)
            return _with_evidence(cit, f"the full citation of the work named in short in note {first}"), opened
        idx = self._add(work, signature)
        if address is not None:
            self.by_address.setdefault(address, idx)
        return cit, idx

    def _given_names_filled(self, work: Work) -> Work:
        """``work`` with the given name of each author named by family alone, where one given name only was printed with
        that family name before; the given names it prints are kept for the works after it."""
        named = []
        for a in work.authors:
            key = (a.family or "").casefold()
            if a.family and not a.given and not a.literal and len(self.given_names.get(key, ())) == 1:
                a = evolve(a, given=next(iter(self.given_names[key])))
            named.append(a)
        for a in work.authors:
            if a.family and a.given:
                self.given_names[(a.family or "").casefold()].add(a.given)
        return evolve(work, authors=tuple(named)) if named != list(work.authors) else work

    def _opened_by_short_form(self, work: Work) -> int | None:
        """The one entry a short form opened whose title this full citation's title opens with, by the same authors."""
        title = words(work.title or "")
        named = self._by_names(list(work.authors))
        found = [i for i in self.from_short if i in named and _opens_with(title, words(self.entries[i].work.title or ""))]
        return found[0] if len(found) == 1 else None

    def _shortened_title_cited_before(self, work: Work) -> int | None:
        """The one earlier work by the same authors whose title opens with this undated citation's shorter title (in the
        same outlet, when both name one)."""
        short = words(work.title or "")
        found = [i for i in self._by_names(list(work.authors))
                 if _opens_with(words(self.entries[i].work.title or ""), short)
                 and (not work.container or not self.entries[i].work.container
                      or words(work.container) == words(self.entries[i].work.container))]
        return found[0] if len(found) == 1 else None

    def _symbol_cited_before(self, work: Work) -> int | None:
        """The one earlier entry a work of no date, titled by a document's symbol alone, names again; else None."""
        if work.date or work.url or not work.title or "/" not in work.title or " " in work.title.strip():
            return None
        found = tuple(dict.fromkeys(self.by_number.get(_number_key(work.title), ())))
        return found[0] if len(found) == 1 else None

    def _add(self, work: Work, signature: tuple) -> int:
        idx = len(self.entries)
        self.entries.append(_Entry(work))
        self._index(idx, work, signature)
        return idx

    def _index(self, idx: int, work: Work, signature: tuple) -> None:
        """Make the entry ``idx`` findable by the signature, names, numbers and title words of ``work``."""
        self.by_signature[signature].append(idx)
        seen: set[tuple[str, int]] = set()
        for names, exact, word in ((work.authors, MATCH_AUTHOR_EXACT, MATCH_AUTHOR_WORD),
                                   (work.editors, MATCH_EDITOR_EXACT, MATCH_EDITOR_WORD)):
            for name in names:
                key = name_key(name)
                if not key:
                    continue
                self.by_family[key].append((idx, exact))
                for part in _name_parts(name, key):
                    if (part, word) not in seen:
                        seen.add((part, word))
                        self.by_family[part].append((idx, word))
                given = (name.given or "").split()
                if name.family and len(given) >= 2 and len(given[-1]) > 2 and given[-1][-1:].isalpha():
                    # "Graham Denyer Willis", read as Willis, Graham Denyer: "Denyer Willis, p. 67" names him too
                    self.by_family[name_key(Name(family=f"{given[-1]} {name.family}"))].append((idx, word))
        for number in _numbers(work):
            self.by_number[number].append(idx)
        if work.type == "interview":
            for heard in work.authors:
                family = tuple(words(heard.family or ""))
                whole = tuple(words(" ".join(p for p in (heard.given, heard.family, heard.literal) if p)))
                for size in (1, 2):
                    if len(family) >= size:
                        self.by_interviewee[family[:size]].add(idx)
                    if len(whole) > size:
                        self.by_interviewee[whole[-size:]].add(idx)
        tw = title_words(work.title)
        for size in range(1, min(TITLE_INDEX_WORDS, len(tw)) + 1):
            self.by_title[tuple(tw[:size])].append(idx)
        after = _after_place_prefix(work.title)  # "Burkina Faso: Stopping the Spiral of Violence": "Stopping the Spiral"
        for size in range(2, min(TITLE_INDEX_WORDS, len(after)) + 1):
            if idx not in self.by_title[tuple(after[:size])]:
                self.by_title[tuple(after[:size])].append(idx)
        for acronym in _title_initials(work.title):  # "JCPOA, annex I" for "Joint Comprehensive Plan of Action"
            if idx not in self.by_title[(acronym,)]:
                self.by_title[(acronym,)].append(idx)
        short_name = TITLE_SHORT_NAME_RE.search(work.title) if work.title and work.title.endswith(")") else None
        if short_name is not None:  # "Treaty on the Non-Proliferation of Nuclear Weapons (NPT)": "NPT, art. VI" names it
            key = tuple(title_words(short_name.group(1)))
            if key and idx not in self.by_title[key]:
                self.by_title[key].append(idx)
        if work.title and (" v. " in work.title or " v " in work.title):  # "Haddad, p. 9" for "United States v. Samir Haddad"
            for word in set(tw) - PARTY_WORDS:
                if (word,) != tuple(tw[:1]):
                    self.by_title[(word,)].append(idx)
            # the second party's whole name: "Cardoza-Fonseca, 480 U.S. at 431" for "INS v. Cardoza-Fonseca"
            party = title_words(CASE_SIDES_RE.split(work.title, maxsplit=1)[-1])
            for size in range(2, min(TITLE_INDEX_WORDS, len(party)) + 1):
                if idx not in self.by_title[tuple(party[:size])]:
                    self.by_title[tuple(party[:size])].append(idx)

    # -- ibid ----------------------------------------------------------------------------------
    def ibid(self, number: int, cit: Citation, before: list[tuple[Citation, Resolution]]) -> tuple[Citation, Resolution]:
        if before:  # "..., 45; ibid., 47": the citation just before, in the same note
            res = before[-1][1]
            if res is None:
                self._warn("unresolved", "ibid follows a citation that could not be resolved", number)
                return cit, None
            cit = _with_evidence(cit, "ibid: the citation before it in this note")
            if isinstance(res, tuple):
                return self._choose(number, cit, res, "ibid after an ambiguous citation")
            return cit, res
        last = self.last_citing
        if last is None and self.other_list[0] is not None:
            last = self.other_list[0]  # "[a] Ibid., p. 44." first of its list, its marker after note 2's: the work the
            # reader has just met, in the other list
        if last is None:
            self._warn("unresolved", "ibid with no earlier citation", number)
            return cit, None
        prev, resolutions = last
        if self.commentary_since:
            between = ", ".join(map(str, self.commentary_since))
            self._warn("ibid-after-commentary",
                       f"ibid follows commentary-only note(s) {between}; taken to refer to note {prev}", number)
        candidates = _distinct(resolutions)
        if len(candidates) > 1 and cit.locator and _within(cit.locator, self.entries[candidates[-1]].work.page):
            # "Ibid., p. 182." after a note that cites an order, then a chapter of pp. 175–200: the work cited last, whose
            # pages hold the page cited (a careful reader's choice where the note before cites several works)
            return _with_evidence(cit, f"ibid: the last work of note {prev}, whose pages hold {cit.locator}"), candidates[-1]
        return self._settle(number, cit, candidates, f"ibid: note {prev}",
                            f"ibid refers to note {prev}, whose citations could not be resolved",
                            f"ibid after note {prev}, which cites {len(candidates)} works")

    # -- short forms ---------------------------------------------------------------------------
    def short(self, number: int, cit: Citation) -> tuple[Citation, Resolution]:
        work = cit.work
        if work is None:
            self._warn("unresolved", f"short form names nothing to match: {cit.raw[:80]!r}", number)
            return cit, None
        names = [n for n in work.authors if name_key(n)]
        if len(names) == 1 and name_key(names[0]) in ("id", "idem", "eadem", "ead", "ders") and self.last_authors:
            names = list(self.last_authors)  # "Id., 1988, p. 22", "Ead., Title, cit.": the author of the work cited before
        title = title_words(work.title)
        if work.genre and not names and work.title in (None, work.genre):  # "GAO-22-104611, 12.": the report of that number
            found = tuple(dict.fromkeys(self.by_number.get(_number_key(work.genre), ())))
            if not found:
                return self._first_citation(number, cit, f"no earlier work has the number {work.genre!r}")
            return self._settle(number, cit, found, "short form: report number", "",
                                f"several earlier works have the number {work.genre!r}")
        symbol = work.title if work.title and "/" in work.title and " " not in work.title.strip() else None
        if symbol is not None and (found := tuple(dict.fromkeys(self.by_number.get(_number_key(symbol), ())))):
            # "Group of Eminent Experts, A/HRC/39/43, para. 34": the document of that symbol, whoever is named with it
            return self._settle(number, cit, found, "short form: the document's symbol", "",
                                f"several earlier works have the symbol {symbol!r}")
        if (pointer := NOTE_ONLY_RE.fullmatch(cit.raw.strip())) is not None:  # "See footnote 9.": what note 9 cites
            there = int(pointer.group("note"))
            cited_there = [i for i, e in enumerate(self.entries) if there in e.notes]
            if not cited_there:
                self._warn("unresolved", f"{cit.raw.strip()!r} points to note {there}, which cites no work before it", number)
                return cit, None
            return self._settle(number, cit, tuple(dict.fromkeys(cited_there)), f"a cross-reference to note {there}", "",
                                f"note {there} cites {len(set(cited_there))} works")
        there, cited_there = self._note_referred(cit.raw)
        if len(cited_there) == 1 and self._other_author(names, cited_there[0]):
            # "Doe (n 17) 201" when note 17's one work read is Roe's: Doe's work there was not read, and is not Roe's
            named = _best(self._by_names(names)) if names else []
            if len(named) == 1:  # "Petrig (n 1) 690" when Petrig's one work was cited in note 2: a slip in the note's number
                self._warn("note-mismatch", f"short form {cit.raw.strip()[:80]!r} points to note {there}, whose work is by "
                           "someone else; taken as the one work cited before by that name", number)
                return self._settle(number, cit, tuple(named), "short form: family name (the note it points to cites "
                                    "another author's work)", "", "")
            self._warn("unresolved", f"short form {cit.raw.strip()[:80]!r} points to note {there}, whose work read there "
                       "is by someone else", number)
            return cit, None
        if len(cited_there) == 1:  # "Ministry of the Interior (n 4) 25": the one work cited in note 4
            return self._settle(number, cit, tuple(cited_there), f"short form: the work cited in note {there}", "", "")
        if len(cited_there) > 1 and title and not names and not self._by_title(title):
            inside = [i for i in dict.fromkeys(cited_there) if _words_within(title, title_words(self.entries[i].work.title))]
            if len(inside) == 1:  # "*Wall* (n 4) para 139": of note 4's works, the one whose title holds the word
                return self._settle(number, cit, tuple(inside), f"short form: the work of note {there} whose title holds "
                                    f"{' '.join(title)!r}", "", "")
        if len(cited_there) > 1 and not title_words(work.title) \
                and all(name_key(n) in SIGNAL_WORDS for n in names):  # "See note 6 above.": one of the works of note 6
            return self._settle(number, cit, tuple(dict.fromkeys(cited_there)), f"short form: a work cited in note {there}", "",
                                f"the note referred to, note {there}, cites {len(set(cited_there))} works")
        if names and title:
            by_name = self._by_names(names)
            found = [i for i in self._by_title(title) if i in by_name]
            how = "family name and title"
            whole = [i for i in found if title_words(_main_title(self.entries[i].work.title)) == title] if len(found) > 1 else []
            if len(whole) == 1:  # "Levitt, *Hezbollah*": the book "Hezbollah: The Global Footprint", not "Hezbollah's Pivot …"
                found, how = whole, "family name and the whole main title"
            if not found:  # a short title that reorders or skips words: "Smith, *Andean Coca*" for "Coca in the Andes"
                found = [i for i in sorted(by_name) if set(title) <= set(title_words(self.entries[i].work.title))]
                how = "family name and title words"
            second = title_words(ROLE_RE.sub("", work.title or ""))
            if not found and 1 <= len(second) <= 2 and work.title[:1].isupper():
                # "Mezran, Varvelli (a cura di), op. cit., p. 120": a second author or editor, read as the title
                found = [i for i in sorted(by_name) if set(second) <= set(title_words(" ".join(
                    c.family or "" for c in (*self.entries[i].work.authors, *self.entries[i].work.editors))))]
                how = "family names of the authors or editors"
            if not found and work.title and ", " in work.title:  # "Stella, Rizzo, La casta, cit.": two surnames, then the title
                second, _, rest = work.title.partition(", ")
                if len(second.split()) <= 2 and second[:1].isupper():
                    by_both = self._by_names([*names, Name(family=second)])
                    found = [i for i in self._by_title(title_words(rest)) if i in by_both]
                    how = "family names and title"
            if not found and len(title) >= 2:  # the author printed another way: "Crisis Group Report, Colombia: ..."
                found = [i for i in self._by_title(title) if not self._other_author(names, i) or self._family_among(names, i)]
                how = "title (the name printed differently)"  # (not another person's work whose title shares the words:
                # "Thurston, Boko Haram" is no short form of Adesoji's "The Boko Haram Uprising …")
            if not found and work.title and NUMBERED_TITLE_RE.search(work.title):
                # "IMF, Country Report No. 23/168, 12": the body's report of that number, cited before by its title
                found = [i for i in sorted(by_name) if _same_number(self.entries[i].work.genre, work.title)]
                how = "family name and the document's number"
            if not found:  # an author's other work, cited for the first time without its details
                return self._first_citation(number, cit, "title matches no earlier work by this author")
        elif names:
            found = _best(self._by_names(names))
            how = "family name"
            if found and work.date and self.references and not any(self._led_by(i, names[0], work.date) for i in found) \
                    and (listed := self._from_reference_list(cit)) is not None:
                return listed  # "Gill, 2015a" after "Corner & Gill, 2015": Gill's own work of the list, not one he wrote second
            if len(found) > 1 and len(names) == 1:  # "Dias, p. 112": Dias's own book, not one Dias wrote second
                first = [i for i in found if self.entries[i].work.authors
                         and name_key(self.entries[i].work.authors[0]) == name_key(names[0])]
                if first and len(first) < len(found):
                    found, how = first, "family name of the first author"
            if len(found) > 1 and len(names) > 1:  # "Heinle, Rodríguez, and Shirk, p. 19": their report, not the one a
                same = [i for i in found if len(self.entries[i].work.authors) == len(names)  # fourth author led with them
                        and name_key(self.entries[i].work.authors[0]) == name_key(names[0])]
                if same and len(same) < len(found):
                    found, how = same, "family names of all the authors, in order"
            if not found:  # the parse may have read a short title as a name: "Informe Final, p. 4"
                found, how = self._by_title(title_words(" ".join(n.family or n.literal or "" for n in names))), "title"
            if not found and len(names) > 1:  # ... or as more names: "Grisaffi, Coca Yes, Cocaine No, 50"
                found, how = self._names_then_title(names), "family name and title read as names"
            if not found and len(names) > 1 and not names[0].given:  # "Europol, TE-SAT 2023, p. 40" after '"… Report 2023
                # (TE-SAT)," Europol, 2023': the body that issued the work, then words of its title
                found, how = self._by_publisher_and_title(names[0], names[1:]), "the body that issued it and its title's words"
            printed = title_words(" ".join(n.family or n.literal or "" for n in names))
            if not found and 2 <= len(printed) <= 4:  # "Krstić Appeal Judgement, para. 37": a case named by its party
                found, how = self._case_by_party(printed[0], printed[1]), "a party of a case cited before"
            if found and GIVEN_NAME_BREAKS_TIES and len(found) > 1:
                found = _given_compatible(found, names, self.entries) or found
            elif found and any(n.given for n in names) and not _given_compatible(found, names, self.entries):
                # "A. García, 42." after Carlos García's article and Alan García Pérez's book: the initial says which
                wider = _given_compatible(sorted(self._by_names(names)), names, self.entries)
                if not wider:  # "J. Smith, 5." when only Robert Smith was cited: another Smith's work, or a slip
                    self._warn("unresolved", f"short form {cit.raw.strip()[:60]!r}: its given name's initial matches no "
                               "earlier work by this name", number)
                    return cit, None
                found, how = wider, how + " and given name's initial"
            numbered = [i for i in found if _same_number(self.entries[i].work.genre, work.genre)] \
                if len(found) > 1 and work.genre else []
            if numbered:  # "Crisis Group Africa Report N°265, p. 7": the body's report of that number
                found, how = numbered, how + " and series number"
            elif found and work.genre and _SERIES_NUMBER_RE.search(work.genre) \
                    and all(_SERIES_NUMBER_RE.search(self.entries[i].work.genre or "") for i in found) \
                    and not any(_same_number(self.entries[i].work.genre, work.genre) for i in found):
                # "Crisis Group Asia Briefing N°154, op. cit." when only its Report N°261 was read: another report
                return self._first_citation(number, cit, f"no earlier work of these names is numbered {work.genre!r}")
            dated = [i for i in found if (self.entries[i].work.date or (0,))[0] == work.date[0]] if work.date else []
            if dated and (suffix := _year_suffix(cit.raw)) is not None \
                    and any(_year_suffix(self.entries[i].work.raw) for i in dated):
                dated = [i for i in dated if _year_suffix(self.entries[i].work.raw) == suffix]  # "Roe 2023b" after
                if not dated:  # "Roe 2023a": another of Roe's works of 2023
                    return self._first_citation(number, cit, f"no earlier work by this author is the {suffix} one")
            if dated and self.references and len(names) > 1 and " et al" not in cit.raw \
                    and all(len(self.entries[i].work.authors) != len(names) for i in dated) \
                    and (exact := self._in_reference_list(cit.work)) is not None \
                    and len(self.references[exact].authors) == len(names) \
                    and (listed := self._from_reference_list(cit)) is not None:
                return listed  # "Roe and Doe (2016)" after "Roe, Doe, and Poe (2016)": the list's work of just those two
            paged = [i for i in found if _within_pages(work.date, self.entries[i].work)] \
                if not dated and found and work.date and len(work.date) == 1 and not cit.locator \
                and f"({work.date[0]}" not in cit.raw.replace("( ", "(") else []
            if dated:  # "CARVALHO, 2002, p. 220": the author's work of that year
                found, how = dated, how + " and year"
            elif paged:  # "Herfst et al., 1538." after their article on pp. 1534–41: a page of it, not a year
                found, how = paged, how + f" (its {work.date[0]} a page within the work's pages, not a year)"
                cit = evolve(cit, locator=str(work.date[0]), label="page", work=evolve(work, date=None))
            elif found and work.date and all(self.entries[i].work.date for i in found) \
                    and (f"({work.date[0]}" in cit.raw.replace("( ", "(") or len(work.date) == 1
                         and not any(str(work.date[0]) in (self.entries[i].work.title or "") for i in found)):
                # an author-date form, where "Perú Monitoreo de Cultivos de Coca 2012, p. 26" is a title that holds a year
                # "Rey (2013)", "Halliday 1999, p. 71" when the only Rey or Halliday cited so far is of another year:
                # another work, cited without its details
                return self._first_citation(number, cit, f"no earlier work by this author is of {work.date[0]}")
        elif title:
            found, how = self._by_title(title), "leading title words"
            if not found:  # an organisation printed as a short form: "UNODC, p. 26"
                found, how = _best(self._by_names([Name(literal=work.title or "")])), "organisation name"
            if not found and len(title) <= 4:  # "Krstić Appeal Judgement, para. 37": a case named by its party
                found, how = self._case_by_party(title[0], title[1] if len(title) > 1 else ""), "a party of a case cited before"
            if not found and len(title) <= 8 and CASE_PARTIES_RE.search(work.title or ""):
                found, how = self._case_by_party(title[-1]), "the last party of a case cited before"  # "United States v.
                # Saipov, p. 8": the case whose defendant's name ends so ("United States of America v. Sayfullo … Saipov")
            if not found:
                return self._first_citation(number, cit, "title matches no earlier work")
        else:
            found, how = [], "nothing"
        if len(found) > 1 and names:
            found, how = _narrowed_by_names(found, names, cit.raw, self.entries, how)
        if len(found) > 1 and work.title:
            found, how = _narrowed_by_marks(found, work, self.entries, how)
        if len(found) > 1 and " at " in cit.raw and (cite := CASE_CITE_AT_RE.search(cit.raw)) is not None:
            reported = [i for i in found if words(self.entries[i].work.genre or "")[:len(words(cite.group(1)))] == words(cite.group(1))]
            if reported:  # "Gonzalez, 598 U.S. at 622": the decision in that volume of that reporter, not a brief in the case
                found, how = reported, how + " and reporter"
        if cited_there:  # "Roe (n 1) 50" when note 1 cites several works: the names choose among them
            narrowed = [i for i in found if i in cited_there]
            if narrowed:
                found, how = narrowed, f"{how}, cited in note {there}"
        if len(found) > 1 and names and not title and ART_CIT_RE.search(cit.raw):
            articles = [i for i in found if self.entries[i].work.type in ARTICLE_TYPES]
            if articles and len(articles) < len(found):  # "Roe, art. cit.": the article cited, not Roe's book
                found, how = articles, f"{how}, an article (art. cit.)"
        if len(found) > 1 and names and INTERVIEW_WORD_RE.search(cit.raw):
            heard = [i for i in found if self.entries[i].work.type == "interview"]
            if heard and len(heard) < len(found):  # "Zaeef interview.": the interview with Zaeef, not his memoir
                found, how = heard, f"{how}, an interview"
        if len(found) > 1 and names and not title and OP_CIT_RE.search(cit.raw):
            # "Astorga, op. cit., p. 33" after two works of Astorga: "the work cited", the one cited last
            found, how = [max(found, key=lambda i: (self.entries[i].notes[-1] if self.entries[i].notes else 0, i))], \
                f"{how}, the author's work cited last (op. cit.)"
        if not found and names and len(names) == 1 and INTERVIEW_WORD_RE.search(cit.raw) \
                and (heard := self._interview_named_again(names[0], None)) is not None:
            found, how = [heard], "the interview of one earlier interviewee of that name"  # "McCann interview." after
            # "Author interview with Eamonn McCann, Derry, <date>"
        if not found and (listed := self._from_reference_list(cit)) is not None:
            return listed  # "Donnan and Wilson 1999": the work of the article's reference list
        short = cit.raw.strip()[:60]
        settled = self._settle(number, cit, tuple(found), f"short form: {how}",
                               f"short form {short!r} matches no earlier work",
                               f"short form {short!r} matches {len(found)} works")
        if isinstance(settled[1], int):
            self._family_as_printed_again(settled[1], names)
        return settled

    def _interview_named_again(self, name: Name, date: tuple[int, ...] | None) -> int | None:
        """The one earlier interview whose interviewee ``name`` (a word or two, as a later note shortens it) names: the
        first words of the family ("Valdez" of "Valdez Cárdenas") or the last of a name printed whole ("McCann" of
        "Eamonn McCann"), heard on the same day when both are dated; None when none or several are."""
        printed = (name.family or name.literal or "").strip()
        key = words(printed)
        if not key or len(key) > 2 or name.given or not all(w[:1].isupper() for w in printed.split()):
            return None  # (a description, "farmer", names no one: many are heard)
        found = {i for i in self.by_interviewee.get(tuple(key), ())
                 if not (date and (heard := self.entries[i].work.date) and date[: len(heard)] != heard[: len(date)])}
        return found.pop() if len(found) == 1 else None  # (looked up by those words, never by reading every entry)

    def _family_as_printed_again(self, idx: int, names: list[Name]) -> None:
        """A family of two words that a short form prints whole, where the full citation's reading split it ("Dunn
        Cavelty" for "Myriam Dunn Cavelty", read as Cavelty, Myriam Dunn): the work's author takes the family printed."""
        work = self.entries[idx].work
        for name in names:
            first, _, last = (name.family or "").strip().partition(" ")
            if name.given and not last and " " not in name.given.strip() and not name.given.endswith(".") \
                    and not is_first_name(name.given) and not is_given_name(name.given):
                first, last = name.given.strip(), name.family or ""  # (read as given and family: "Dunn" and "Cavelty")
            elif not last or " " in last or name.given:
                continue
            fixed = tuple(evolve(a, family=f"{first} {last}", given=a.given[: -len(first)].rstrip())
                          if a.family == last and a.given and a.given.endswith(" " + first) else a for a in work.authors)
            if fixed != work.authors:
                self.entries[idx].work = evolve(work, authors=fixed, evidence=work.evidence + (
                    f'the family "{first} {last}" as a later short form prints it',))
                self.by_family[name_key(Name(family=f"{first} {last}"))].append((idx, MATCH_AUTHOR_EXACT))
                work = self.entries[idx].work

    def _settle(self, number: int, cit: Citation, candidates: tuple[int, ...], evidence: str,
                why_none: str, why_many: str) -> tuple[Citation, Resolution]:
        """No candidate: unresolved, with a warning; one: resolved; several: chosen or listed as ambiguous."""
        if not candidates:
            self._warn("unresolved", why_none, number)
            return cit, None
        cit = _with_evidence(cit, evidence)
        if len(candidates) == 1:
            return cit, candidates[0]
        return self._choose(number, cit, candidates, why_many)

    def _cited_before(self, cit: Citation) -> bool:
        """An author-date reference written into prose names a work cited before: an author of that family, of that year."""
        names = [n for n in (cit.work.authors if cit.work else ()) if name_key(n)]
        year = cit.work.date[0] if cit.work and cit.work.date else None
        return bool(names) and any((self.entries[i].work.date or (0,))[0] == year for i in self._by_names(names)) \
            or bool(self.references) and self._in_reference_list(cit.work) is not None  # ("As Das (2007, 45) argues")

    def _first_citation(self, number: int, cit: Citation, why: str) -> tuple[Citation, Resolution]:
        listed = self._from_reference_list(cit)
        if listed is not None:  # "Das 2007, 45": the work of the article's reference list
            return listed
        if CITED_BEFORE_RE.search(cit.raw):  # "Roe, *Title*, op. cit., p. 19": the note says it was cited before, so
            # it is no first citation, whatever no earlier note gives
            self._warn("unresolved", f"short form {cit.raw.strip()[:60]!r} says it was cited before, but {why}", number)
            return cit, None
        cit = evolve(cit, kind="full", evidence=cit.evidence + (f"short form read as a first citation: {why}",))
        if cit.locator and cit.work is not None and not cit.work.date and YEAR_AS_PAGE_RE.search(cit.raw.rstrip()) \
                and YEAR_AS_PAGE_RE.search(cit.raw.rstrip()).group("year") == cit.locator:
            # 'Mongabay, "Gold rush in the Yapacana," 2022.': read as a first citation, its bare number is its year, no page
            cit = evolve(cit, locator=None, label=None, work=evolve(cit.work, date=(int(cit.locator),)),
                         evidence=cit.evidence + (f"{cit.locator} read as the year of a first citation, not a page",))
        cit, res = self.full(number, cit)
        if isinstance(res, int) and res == len(self.entries) - 1:
            self.from_short.add(res)
        return cit, res

    def _note_referred(self, raw: str) -> tuple[int, list[int]]:
        """The note a short form points to ("(n 4)", "supra note 4", "above n 4") and the works cited there."""
        referred = NOTE_REFERENCE_RE.search(raw) if "(n" in raw or "note" in raw or "above" in raw or ", n." in raw \
            or "Fn." in raw or "Anm." in raw else None  # (German: "[wie Fn. 5]", "(Anm. 3)")
        if not referred:
            return 0, []
        number = next(g for g in referred.groups() if g)
        there = int(number) if number.isdigit() else roman_number(number)
        return there, [i for i, e in enumerate(self.entries) if there in e.notes]

    def _case_by_party(self, word: str, stage: str = "") -> list[int]:
        """The latest earlier case whose last party's name ends on ``word``: "Prosecutor v. Radislav Krstić" for "Krstić
        Appeal Judgement", as international tribunals cite their cases again; of a case's trial and appeal judgments,
        the one the short form names ("Appeal" for the case number ending "-A", "Trial" for "-T")."""
        found = [i for i, entry in enumerate(self.entries) if entry.work.title and CASE_PARTIES_RE.search(entry.work.title)
                 and (word in title_words(entry.work.title)[-3:] or word in _defendants_last_names(entry.work.title))]
        mark = {"appeal": "-A", "trial": "-T"}.get(stage)
        staged = [i for i in found if mark and (mark in (self.entries[i].work.genre or "") or stage in self.entries[i].work.raw.lower())]
        return (staged or found)[-1:]

    def _filing_of_party(self, party: str, filing: str) -> list[int]:
        """The earlier cases whose name holds every word of ``party`` and whose genre, if it names a filing, names this one."""
        wanted = set(title_words(party))
        kind = set(words(filing)) & FILED_WORDS
        return [i for i, entry in enumerate(self.entries) if entry.work.title and CASE_PARTIES_RE.search(entry.work.title)
                and wanted <= set(title_words(entry.work.title))
                and (not entry.work.genre or not (FILED_WORDS & set(words(entry.work.genre))) or kind <= set(words(entry.work.genre)))]

    def _led_by(self, idx: int, name: Name, date: tuple[int, ...]) -> bool:
        """Whether the entry ``idx`` is a work of that year whose first author is ``name``."""
        work = self.entries[idx].work
        creators = work.authors or work.editors
        return bool(creators) and name_key(creators[0]) == name_key(name) and bool(work.date) and work.date[0] == date[0]

    def _from_reference_list(self, cit: Citation) -> tuple[Citation, Resolution] | None:
        """``cit`` resolved to the work of the article's reference list it names, made an item when first cited; None
        when it names none."""
        listed = self._in_reference_list(cit.work) if self.references and cit.work is not None else None
        if listed is None:
            return None
        if listed not in self.from_references:
            work = self.references[listed]
            self.from_references[listed] = self._add(work, _signature(work))
        return _with_evidence(cit, "the work of the article's reference list"), self.from_references[listed]

    def _in_reference_list(self, short: Work) -> int | None:
        """The one work of the reference list whose first author (or editor) and year, and title words if the short
        form prints any, are the short form's."""
        names = [name_key(n) for n in short.authors if name_key(n)]
        if not names:
            return None
        title = set(title_words(short.title)) if short.title else set()
        found = []
        for i, work in enumerate(self.references):
            creators = [name_key(n) for n in (work.authors or work.editors)]
            if not creators or names[0] not in (creators[0], *creators[0].split()[-1:], _without_initials(work, creators[0]),
                                                 _without_country(creators[0])):
                continue
            if short.date and (not work.date or work.date[0] != short.date[0]):
                continue
            if not short.date and work.date and "author-date short form of an undated work" in short.evidence:
                continue  # ("Roe n.d.": the undated work of Roe's, not one of a year)
            if title and not title <= set(title_words(work.title)):
                continue
            if len(names) > 1 and len(creators) > 1 and names[1] not in creators:
                continue
            found.append(i)
        if len(found) > 1 and " et al" not in (short.raw or ""):  # "Roe and Doe (2016)" beside "Roe, Doe, and Poe (2016)":
            exact = [i for i in found if len(self.references[i].authors or self.references[i].editors) == len(names)]
            found = exact or found  # the work of just those authors
        if len(found) > 1 and (suffix := _year_suffix(short.raw)) is not None:
            found = [i for i in found if _year_suffix(self.references[i].raw) == suffix]  # "Roe 2023b": the second of
            # Roe's works of 2023 in the list, told from "Roe 2023a" by the letter
        return found[0] if len(found) == 1 else None

    def _edited_volume(self, container: str) -> int | None:
        """The latest earlier volume edited by the names a chapter prints in place of its book
        ("in Major and Doe"); a title ("in *Example Volume*") names the book already."""
        if not looks_like_names(container):
            return None
        wanted = {name_key(n) for n in parse_names(container)}
        found = [i for i in self._by_names([Name(family=k) for k in wanted if k])
                 if self.entries[i].work.type != "chapter"
                 and wanted <= {name_key(e) for e in self.entries[i].work.editors}]
        return max(found) if found else None

    def _by_publisher_and_title(self, body: Name, rest: list[Name]) -> list[int]:
        """The works issued by ``body`` (their publisher, no author of their own) whose titles hold the words of ``rest``."""
        said = set(title_words(" ".join(n.family or n.literal or "" for n in rest)))
        key = name_key(body)
        return [i for i, e in enumerate(self.entries) if said and not e.work.authors and e.work.publisher
                and " ".join(words(e.work.publisher)) == key and said <= set(title_words(e.work.title))]

    def _other_author(self, names: list[Name], idx: int) -> bool:
        """The short form names people, the work ``idx`` has people among its creators, and none of them is named."""
        work = self.entries[idx].work
        creators = [c for c in (*work.authors, *work.editors) if c.family]
        said = set(title_words(" ".join(f"{n.given or ''} {n.family or ''}" for n in names)))
        if not creators and work.authors and names and all(n.family and not n.literal and " " not in n.family.strip()
                                                           and not n.family.isupper() for n in names):
            # "Petrig (n 1)" when note 1 cites UNODC's report: a surname, where a body wrote the work (not "GAO" or
            # "Crisis Group Report", a body's own short names)
            return not said & set(title_words(" ".join(a.literal or "" for a in work.authors))) \
                and not said <= set(title_words(work.title))
        return bool(names) and bool(creators) and all(n.family and not n.literal for n in names) \
            and not any(idx in self._by_names([n]) for n in names) \
            and not said <= set(title_words(work.title)) \
            and not said <= set(title_words(" ".join(f"{c.given or ''} {c.family}" for c in creators)))
        # ("Final Report, supra note 10": the title's words, no names, wherever the full citation's reading put them)

    def _family_among(self, names: list[Name], idx: int) -> bool:
        """Whether a word of the names printed is the family name of one of the work's creators: "Jane Smith's study"."""
        families = {c.family.lower() for c in (*self.entries[idx].work.authors, *self.entries[idx].work.editors) if c.family}
        return any(w.lower().removesuffix("'s").removesuffix("’s") in families
                   for n in names for w in (n.family or n.literal or "").split())

    def _by_names(self, names: list[Name]) -> dict[int, int]:
        """Entries whose creators match every name, with the summed strength of the matches."""
        total: dict[int, int] | None = None
        for name in names:
            best: dict[int, int] = {}
            for idx, strength in self.by_family.get(name_key(name), ()) or self._by_given_and_family(name):
                best[idx] = max(best.get(idx, 0), strength)
            total = best if total is None else {i: total[i] + s for i, s in best.items() if i in total}
            if not total:
                return {}
        return total or {}

    def _by_given_and_family(self, name: Name) -> list[tuple[int, int]]:
        """"Tanya Wyatt" read whole as a family name, as a short form's names are: the entries by a Wyatt whose given name
        opens as "Tanya" does (the given name, printed again, is checked against the one cited before)."""
        given, _, family = (name.family or "").strip().partition(" ")
        if name.given or name.literal or not family or not given[:1].isupper() or len(family.split()) > 2:
            return []
        family_key, initial = name_key(Name(family=family)), fold(given)[:1]
        return [(idx, strength) for idx, strength in self.by_family.get(family_key, ())
                if any(name_key(n) == family_key and fold(n.given or "")[:1] == initial
                       for n in (*self.entries[idx].work.authors, *self.entries[idx].work.editors))]

    def _names_then_title(self, names: list[Name]) -> list[int]:
        """Entries by the first names whose title holds every word of the names after them."""
        for cut in range(len(names) - 1, 0, -1):
            words = set(title_words(" ".join(n.family or n.literal or "" for n in names[cut:])))
            if not words:
                continue
            found = [i for i in sorted(self._by_names(names[:cut]))
                     if words <= set(title_words(self.entries[i].work.title))]
            if found:
                return found
        return []

    def _by_title(self, title: list[str]) -> list[int]:
        """Entries whose title starts with these significant words, earliest first."""
        if not title:
            return []
        pool = self.by_title.get(tuple(title[:TITLE_INDEX_WORDS]), [])
        if len(title) <= TITLE_INDEX_WORDS:
            return list(pool)
        return [i for i in pool if title_words(self.entries[i].work.title)[:len(title)] == title
                or _after_place_prefix(self.entries[i].work.title)[:len(title)] == title]

    # -- several candidates ----------------------------------------------------------------------
    def _choose(self, number: int, cit: Citation, candidates: tuple[int, ...], why: str) -> tuple[Citation, Resolution]:
        if LOCATOR_OUTSIDE_RANGE_BREAKS_TIES and cit.locator:
            inside = tuple(i for i in candidates if not _outside(cit.locator, self.entries[i].work.page))
            if len(inside) == 1:
                return _with_evidence(cit, f"locator {cit.locator} lies outside the pages of the other candidates"), inside[0]
            candidates = inside or candidates
        self._warn("ambiguous", f"{why}; all kept as candidates", number)
        return cit, candidates

    def _warn(self, code: str, message: str, number: int) -> None:
        self.warnings.append(Warning(code, message, number))


# -- helpers ----------------------------------------------------------------------------------
def _words_within(short: list[str], title: list[str]) -> bool:
    """Whether the words of a short title run, in order and together, somewhere in a title's words ("wall" in "legal
    consequences construction wall occupied …")."""
    n = len(short)
    return n > 0 and any(title[k:k + n] == short for k in range(len(title) - n + 1))


def _after_place_prefix(title: str | None) -> list[str]:
    """The significant words after a place that opens a title before a colon, as Crisis Group titles its reports ("Burkina
    Faso: Stopping the Spiral of Violence", cited again as "Stopping the Spiral"); [] for any other title."""
    head, colon, rest = (title or "").partition(": ")
    if not colon or not 1 <= len(head.split()) <= 3 or not (known_country(head) or known_place(head) or known_region(head)):
        return []
    return title_words(rest)



# A report's number or a document's symbol inside a genre or title: "GAO-22-104611", "S/2020/1301"
# A doctrine publication's series set in brackets after its name: "Field Manual (FM) 3-24", "Joint Publication (JP) 3-0"
DOCTRINE_IN_BRACKETS_RE = lazy(r"\((FM|ATP|ADP|ADRP|JP|AJP|MCDP|MCWP|AFDP|NWP|TC|JDP|FMFRP)\)\s(?=\d)")
# A family name and a short title, perhaps a page: "Greenberg, Sandworm", "Zetter, Countdown, 12"
# A bare year closing a citation, after a comma: ', 2022.' (never "p. 2022")
YEAR_AS_PAGE_RE = lazy(r"(?<![pP]\.\s?|pp\.\s?)(?<=[,”\"]\s)(?P<year>(?:19|20)\d\d)\.?$")
FAMILY_SHORT_TITLE_RE = lazy(r"(?:(?P<sig>(?i:see(?:\s+also)?|cf\.|compare|véase|véanse|voir(?:\s+aussi)?|vgl\.|siehe))\s+)?"
                             r"(?P<family>\p{Lu}[\p{L}'’\-]+(?:\s\p{Lu}[\p{L}'’\-]+)?),\s+(?P<title>[*_“\"]?\p{Lu}[^,;:()]{1,60}?[*_”\"]?)"
                             r"(?:,\s*(?P<loc>\d{1,4}(?:[-–]\d{1,4})?))?")
# A title alone, then its page: "Informe final, 35", "Informe especial sobre los grupos de autodefensa, pp. 61-62"
TITLE_THEN_PAGE_RE = lazy(r"(?P<title>\p{Lu}[^,;:()“”\"*]{3,120}?(?<!\d)),\s+(?:pp?\.\s*)?(?!1[5-9]\d\d|20\d\d)"
                          r"(?P<loc>\d{1,4}(?:[-–]\d{1,4})?)")  # (not a date's year: "Judgment of November 29, 2006")
# A standard's revision in words after its number: "800-61 Revision 2", "800-53 Rev. 5"
REVISION_RE = lazy(r"(\d)\s+(?:Revision|Rev\.)\s*(\d{1,2})\b")
_NUMBER_RE = lazy(rf"\b{AUDIT_NUMBER}\b|(?<![\w/]){DOCUMENT_SYMBOL}|\b{DOCTRINE_NUMBER}\b|\b{OFFICIAL_NUMBER}\b|\b{STANDARD_NUMBER}\b"
                  rf"|\b{CRS_NUMBER}\b")


# The volume and reporter of a case's short form: "598 U.S." in "Gonzalez, 598 U.S. at 622"
# A year with the letter that tells one author's works of that year apart: "Roe 2023a", "(2019b, 14)" ("1990s" is a decade)
YEAR_SUFFIX_RE = lazy(r"(?<![\p{L}\d])(?:1[5-9]\d\d|20\d\d)([a-rt-z])(?![\p{L}\d])")


def _defendants_last_names(title: str) -> set[str]:
    """The last name of each party on a case's second side: "United States v. Dallas Erin Humber and Matthew Robert
    Allison" -> {"humber", "allison"} (a short form names a case of several defendants by its first: "Humber indictment")."""
    side = CASE_SIDES_RE.split(title, maxsplit=1)[-1]
    return {words[-1] for party in DEFENDANTS_SPLIT_RE.split(side) if (words := title_words(party))}


# Between the defendants of one case: "Jane Roe, John Doe and Ann Poe", "Roe & Doe"
DEFENDANTS_SPLIT_RE = lazy(r",\s+(?:and\s+)?|\s+(?:and|&)\s+")


def _within_pages(date: tuple[int, ...], work: Work) -> bool:
    """Whether the number read as a short form's year lies within the printed pages of ``work`` ("1538" in "1534–41")."""
    return page_in_range(work.page or "", date[0]) and (work.date or (0,))[0] != date[0]


def _year_suffix(raw: str | None) -> str | None:
    """The first year's letter in ``raw`` ("2023a" -> "2023a"), or None."""
    m = YEAR_SUFFIX_RE.search(raw or "")
    return m.group(0) if m is not None else None


CASE_CITE_AT_RE = lazy(r"(?<!\d)(\d{1,4}\s+\p{Lu}[\p{L}.\s\d]{0,16}?)\s+at\s+\d")


# The parties of a case in its title: "Prosecutor v. Radislav Krstić", "Roe v Doe"
CASE_PARTIES_RE = lazy(r"\s(?:v\.?|vs\.)\s")


def _same_number(printed: str | None, short: str) -> bool:
    """A series number as a short form gives it, against the full citation's: "Report N°84" is "Latin America
    Report N°84" (the numbers agree, the series may be shortened); "Report N°68" is not."""
    if not printed:
        return False
    if printed == short:
        return True
    a, b = _SERIES_NUMBER_RE.search(printed), _SERIES_NUMBER_RE.search(short)
    return a is not None and b is not None and a.group(0) == b.group(0)


# A document named by its kind and number alone: "Country Report No. 23/168", "Working Paper No. 26952", "Report N°84"
NUMBERED_TITLE_RE = lazy(r"^(?:\p{Lu}[\p{L}\-]+\s){1,4}(?:No\.|N[°º]|Nr\.|no\.)\s?\d[\w./-]*$")
# The number that ends a series and number: "N°84" -> "84", "No. 265" -> "265"
_SERIES_NUMBER_RE = lazy(r"\d[\w./-]*$", regex.REVERSE)


def _numbers(work: Work) -> set[str]:
    """The report numbers and document symbols a work is known by, as keys."""
    text = " ".join(t for t in (work.genre, work.title) if t)
    if ") " in text:
        text = DOCTRINE_IN_BRACKETS_RE.sub(r"\1 ", text)  # "Field Manual (FM) 3-24, Counterinsurgency" is FM 3-24
    if "Special Publication" in text:  # "NIST Special Publication 800-61 Revision 2" is NIST SP 800-61r2
        text = REVISION_RE.sub(r"\1r\2", text.replace("Special Publication", "SP"))
    return {_number_key(m.group(0)) for m in _NUMBER_RE.finditer(text)} if ("-" in text or "/" in text or " " in text) else set()


def _title_initials(title: str | None) -> set[str]:
    """The initials a title is cited by, folded: of all its words ("Joint Comprehensive Plan of Action": "jcpoa") and of
    its significant words, a hyphen's parts counted apart ("Comprehensive Nuclear-Test-Ban Treaty": "cntbt"); only for
    a main title of three to eight words, which an acronym stands for."""
    main = _main_title(title)
    if not main or not 3 <= len(main.split()) <= 8 or any(ch.isdigit() for ch in main):
        return set()
    every = words(main.replace("-", " "))
    significant = [w for w in every if w not in STOP_WORDS]
    return {"".join(w[0] for w in ws) for ws in (every, significant) if len(ws) >= 3}


def _number_key(number: str) -> str:
    return number.strip(" .,;()").upper().replace(": ", ":")  # ("NOU 2012: 14" is "NOU 2012:14")


def _with_evidence(cit: Citation, text: str) -> Citation:
    return evolve(cit, evidence=cit.evidence + (text,))


def _without_country(key: str) -> str:
    """A body's name key without its country's initials: "us government accountability office" -> "government accountability
    office", as "U.S. Government Accountability Office (2017)" reads when "U.S." is taken for a given name's initials."""
    first, _, rest = key.partition(" ")
    return rest if first in COUNTRY_INITIALS and len(rest.split()) >= 2 else key


def _without_initials(work: Work, key: str) -> str:
    """The first creator's key without the initials a body's name closes on: "comision de la verdad cvr" -> "comision de la
    verdad" (the list prints "Comisión de la Verdad (CVR)", the notes "Comisión de la Verdad 2003")."""
    creators = work.authors or work.editors
    literal = (creators[0].literal or "").rstrip(" .") if creators else ""
    if literal.endswith(")") and "(" in literal:
        initials = literal[literal.rindex("(") + 1:-1].strip().casefold()
        if initials and " " not in initials and key.endswith(" " + initials):
            return key[: -len(initials) - 1]
    return key


def _name_parts(name: Name, key: str) -> set[str]:
    """What a short form may print for a name: a word of a compound family ("Espinoza" for
    "Romo Espinoza", "Dun" for "van Dun"), or an organisation's initials ("WHO")."""
    parts = key.split()
    if name.family and name.given and (name.family + name.given).isalpha() and name.family[:1] >= "\u2e80" \
            and " " not in name.given:
        return {name_key(Name(family=name.family + name.given))}  # "王缉思" for 王, 缉思: a name in Chinese characters,
        # written whole
    if len(parts) < 2:
        return set()
    if name.family:
        return set(parts) - PARTICLES - {key}
    found: set[str] = set()
    literal = (name.literal or "").rstrip(" .")
    if literal.endswith(")") and "(" in literal:  # "Comisión de la Verdad (CVR)": "CVR" too, and the name without it
        acronym = literal[literal.rindex("(") + 1:-1].strip()
        if acronym and " " not in acronym and key.endswith(acronym.casefold()):
            found.add(acronym.casefold())
            parts = key[: -len(acronym)].split()
            found.add(" ".join(parts))
    if parts[0] in ("international", "the") and len(parts) >= 3:  # "Crisis Group, Title, p. 7" for "International Crisis
        found.add(" ".join(parts[1:]))  # Group": the name a body shortens itself to
    if parts[0] in COUNTRY_INITIALS and len(parts) >= 3:  # "OFAC", "DOJ", "Home Office" for "U.S. Office of Foreign Assets
        rest = parts[1:]  # Control", "U.S. Department of Justice", "UK Home Office": the body without its country
        found |= {" ".join(rest), "".join(p[0] for p in rest), "".join(p[0] for p in rest if p not in STOP_WORDS)}
    if len(parts) >= 3 and parts[-2] in ("of", "the") and parts[-1] not in STOP_WORDS \
            and any(p in ("department", "ministry", "secretary", "office") for p in parts[:-2]):
        found.add(parts[-1])  # "Treasury, “Tornado Cash.”" for "U.S. Department of the Treasury": the department by its field
    significant = [p for p in parts if p not in STOP_WORDS]
    return (found | {"".join(p[0] for p in parts), "".join(p[0] for p in significant)}) - {key, ""}



def _distinct(resolutions: list[Resolution]) -> tuple[int, ...]:
    out: dict[int, None] = {}
    for res in resolutions:
        for idx in (res if isinstance(res, tuple) else (res,)):
            if idx is not None:
                out[idx] = None
    return tuple(out)


def _address_key(url: str) -> str:
    """An address as the same page is written both ways: no scheme, no "www.", no fragment, no closing slash."""
    key = url.strip().lower().split("#", 1)[0]
    key = key.split("://", 1)[-1].removeprefix("www.")
    return key.rstrip("/")


def _best(matches: dict[int, int]) -> list[int]:
    """The candidates with the strongest name match, earliest first."""
    if not matches:
        return []
    top = max(matches.values())
    return sorted(i for i, s in matches.items() if s == top)


def _narrowed_by_names(found: list[int], names: list[Name], raw: str, entries: list[_Entry], how: str) -> tuple[list[int], str]:
    """Among several works a short form's names match, those whose given names agree with its initials
    ("L. Sánchez"), then those with as many authors as it prints ("Kline" is not "Kline and Ruiz"; "Lang et al."
    is not Lang alone)."""
    if GIVEN_NAME_BREAKS_TIES:
        given = _given_compatible(found, names, entries)
        if given and len(given) < len(found):
            found, how = given, how + " and initials"
    if len(found) > 1:
        others = "et al" in raw or "et. al" in raw
        counted = [i for i in found if (len(entries[i].work.authors) > len(names) if others
                                        else len(entries[i].work.authors) == len(names) and "et al" not in entries[i].work.raw)]
        dropped = [i for i in found if i not in counted]
        # only when the name printed opens each work dropped, as a short form names its first author; "Espinoza" for
        # "Mayo Filo and Romo Espinoza" is no regular short form of either work, and stays ambiguous
        if counted and dropped and all(entries[i].work.authors and name_key(entries[i].work.authors[0]) == name_key(names[0])
                                       for i in dropped):
            found, how = counted, how + " and number of authors"
    return found, how


# Works whose title is printed in italics (whole publications); the others' titles are printed in quotes (their parts)
WHOLE_WORK_TYPES = frozenset({"book", "report", "broadcast", "thesis"})


def _narrowed_by_marks(found: list[int], work: Work, entries: list[_Entry], how: str) -> tuple[list[int], str]:
    """Among several works, those whose title a short form marks as its full citation would: "Levitt, *Hezbollah*" is
    the book, "Levitt, “Hezbollah's Procurement”" the article."""
    if "short form: title in italics" in work.evidence:
        kept = [i for i in found if entries[i].work.type in WHOLE_WORK_TYPES]
    elif "short form: title in quotes" in work.evidence:
        kept = [i for i in found if entries[i].work.type not in WHOLE_WORK_TYPES]
    else:
        return found, how
    return (kept, how + " and the marks of its title") if kept and len(kept) < len(found) else (found, how)


def _given_compatible(found: list[int], names: list[Name], entries: list[_Entry]) -> list[int]:
    """Candidates whose given names agree with the initials a short form prints."""
    printed = [(name_key(n), fold(n.given)[:1]) for n in names if n.given]
    if not printed:
        return []
    keep = []
    for idx in found:
        creators = entries[idx].work.authors + entries[idx].work.editors
        if all(any(fold(c.given or "")[:1] in ("", initial) for c in creators
                   if key in (name_key(c), *name_key(c).split())) for key, initial in printed):
            keep.append(idx)
    return keep


def _within(locator: str, page: str | None) -> bool:
    """True when a pinpoint page lies inside a printed page range ("182" in "175-200")."""
    return bool(_FIRST_NUMBER_RE.search(locator or "") and _PAGE_RANGE_RE.search(page or "")) and not _outside(locator, page)


def _outside(locator: str, page: str | None) -> bool:
    """True when a pinpoint page lies outside a printed page range ("400" vs "97-127")."""
    first = _FIRST_NUMBER_RE.search(locator or "")
    bounds = _PAGE_RANGE_RE.search(page or "")
    if not first or not bounds:
        return False
    low, high = int(bounds[1]), int(bounds[2])
    if high < low:  # "373-79": the printed end abbreviates the start's leading digits
        high = int(bounds[1][: len(bounds[1]) - len(bounds[2])] + bounds[2])
    return not low <= int(first[0]) <= high


def _opens_with(title: tuple[str, ...], short: tuple[str, ...]) -> bool:
    """A title's words open with a shorter title of two words or more: "From Pablo to Osama" in "From Pablo to Osama:
    Trafficking …"."""
    return 2 <= len(short) < len(title) and title[:len(short)] == short


def _signature(work: Work) -> tuple:
    """What two citations of one work share exactly; ``_compatible`` then checks the rest."""
    if work.title:
        return ("title", " ".join(words(work.title)), tuple(name_key(n) for n in work.authors))
    if work.authors and work.date and len(work.date) == 3:
        # "Erdoğan, speech at the AK Parti group meeting, <date>" after the same with his given names and the town, or
        # "interview with A.K., March 3, 2021" after "interview with A.K. (pseudonym), former detainee, Kampala, March 3,
        # 2021": who spoke, issued it or was heard, and on which day, name it (the town may be left out the second time;
        # an interview's place, when both print one, must agree: ``_compatible``)
        return ("untitled", work.type, tuple(name_key(n) for n in work.authors), work.date)
    if work.type == "interview" or work.authors:
        return ("untitled", work.type, tuple(name_key(n) for n in work.authors),
                " ".join(words(work.place or "")), work.date)
    return ("raw", " ".join(words(work.raw)))


# What a later, fuller citation of a work can add to the item: "Kenney, *From Pablo to Osama*, 120"
# read as a first citation, then "Michael Kenney, *From Pablo to Osama* (University Park: ..., 2007)".
MERGED_FIELDS = ("authors", "editors", "translators", "container", "publisher", "place", "date", "volume", "issue",
                 "page", "url", "genre", "event_title", "medium", "accessed", "language")


def _merged(kept: Work, later: Work) -> Work:
    """The item's work after a later citation of it: the one that prints more is the base, and the
    other fills the fields it leaves empty (the two are compatible: nothing printed in both differs)."""
    if _printed(later) > _printed(kept):
        kept, later = later, kept
    fill = {name: getattr(later, name) for name in MERGED_FIELDS
            if not getattr(kept, name) and getattr(later, name)}
    return evolve(kept, **fill) if fill else kept


def _printed(work: Work) -> int:
    given = sum(1 for n in (*work.authors, *work.editors) if n.given)
    return given + sum(1 for name in MERGED_FIELDS if getattr(work, name))


def _compatible(a: Work, b: Work) -> bool:
    """Nothing printed in both citations contradicts: dates agree as far as both go, and so on."""
    if a.date and b.date and a.date[: len(b.date)] != b.date[: len(a.date)]:
        return False
    if a.url and b.url and _url_key(a.url) != _url_key(b.url):
        return False
    for x, y in zip(a.authors, b.authors, strict=False):
        if x.given and y.given and (first := words(x.given)[:1]) and (other := words(y.given)[:1]) \
                and first[0][:1] != other[0][:1]:
            return False  # "Jane Roe" and "Hassan Roe", heard on one day: two people of one family name
    for name in CONFLICTING_FIELDS + (("place",) if a.type == "interview" else ()):
        x, y = getattr(a, name), getattr(b, name)
        if x and y and words(x) != words(y):
            return False
    if a.genre and b.genre and (filed := FILED_WORDS.intersection(words(a.genre))) \
            and (other_filed := FILED_WORDS.intersection(words(b.genre))) and filed != other_filed:
        return False  # the complaint and the indictment of one case: two papers filed in it
    if a.genre and b.genre and (numbers := _doc_numbers(a.genre)) and (others := _doc_numbers(b.genre)) \
            and numbers.isdisjoint(others):
        return False  # two numbers of documents of one title ("S/2018/68", "S/2022/50"): a series' yearly reports; a
        # case's decision ("598 U.S. 617") and a brief filed in it ("No. 21-1333"); not one docket printed two ways
    return True


def _doc_numbers(genre: str) -> set[str]:
    """The words of a genre that hold a figure: "S/2022/50", "09-CR-466" in "Superseding Indictment, No. 09-CR-466 (BMC)"."""
    return {w.strip(".,;:()[]").upper() for w in genre.split() if any(c.isdigit() for c in w)} - {""}


def _url_key(url: str) -> str:
    return _URL_HEAD_RE.sub("", url.strip().casefold()).rstrip("/.")
