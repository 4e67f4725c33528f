"""Pieces -> parsed citations: one module per concern (names, dates, language, classify,
reference fields); this module only dispatches on the piece's kind."""
from __future__ import annotations

from ..lazyregex import lazy
from ..model import Citation, Name, Piece, Work, evolve
from ..shortnames import may_declare
from . import chinese, hijri, language, primary
from .features import (
    ALIAS_SET_ASIDE,
    ARABIC_ARTICLE_OPENING_RE,
    CLOSING_REMARK_SET_ASIDE,
    DESCRIBING_PAREN_END_RE,
    DESCRIPTION_SET_ASIDE,
    EDITORIAL_REMARK_RE,
    EDITORIAL_REMARK_WORDS,
    EXPLAINING_PAREN_END_RE,
    IBID_PAGE_THEN_RE,
    IBID_PART_RE,
    IBID_PARTS_RE,
    IBID_RE,
    IBID_REMARK_RE,
    JUDGES_OPINION_RE,
    LANGUAGE_SET_ASIDE,
    NOTE_ONLY_RE,
    PINPOINT_END_RE,
    SCARE_QUOTE_RE,
    SERIES_GOES_ON,
    TRANSLATION_SET_ASIDE,
    closing_remark,
    ibid_of_another_day,
    official_journal_initials,
    person_with_alias,
    same_author_entry,
    translated_body_lead,
    translation_in_parentheses,
    without_alias,
    without_hereinafter,
    without_labels,
    without_translation,
)
from .typography import smart_work

LABELS = {"kindle loc.": "section", "kindle locs.": "section", "kindle location": "section", "kindle locations": "section",
          "loc.": "section", "locs.": "section", "location": "section", "locations": "section",  # an e-book's locations
          "p.": "page", "pp.": "page", "s.": "page", "с.": "page", "стр.": "page", "ст.": "section", "п.": "paragraph", "fol.": "folio", "fols.": "folio", "fo.": "folio", "fos.": "folio", "f.": "folio", "ff.": "folio", "pág.": "page", "págs.": "page", "hlm.": "page", "hal.": "page", "blz.": "page", "h.": "folio", "hs.": "folio", "page": "page", "pages": "page",
          "para.": "paragraph", "paras.": "paragraph", "para": "paragraph", "paras": "paragraph", "art.": "section", "arts.": "section", "chap.": "chapter", "ch.": "chapter", "sec.": "section",
          "§": "section", "cap.": "chapter", "párr.": "paragraph", "párrs.": "paragraph", "párrafo": "paragraph", "párrafos": "paragraph", "par.": "paragraph", "paragraphe": "paragraph", "paragraphes": "paragraph", "chapter": "chapter", "chapters": "chapter",
          "capítulo": "chapter", "capítulos": "chapter", "capitulo": "chapter", "kap.": "chapter", "section": "section",
          "sections": "section", "cl.": "section", "cls.": "section", "clause": "section", "clauses": "section",
          # tables, figures, notes and columns (CSL 1.0.2 locator terms)
          "table": "table", "tables": "table", "tabla": "table", "tablas": "table", "tab.": "table", "cuadro": "table",
          "cuadros": "table", "tableau": "table", "tableaux": "table", "fig.": "figure", "figs.": "figure",
          "figure": "figure", "figures": "figure", "figura": "figure", "figuras": "figure", "gráfico": "figure",
          "gráficos": "figure", "n.": "note", "nn.": "note", "note": "note", "notes": "note", "nota": "note",
          "notas": "note", "col.": "column", "cols.": "column", "col": "column", "cols": "column", "rn.": "paragraph", "rdnr.": "paragraph", "randnr.": "paragraph", "timestamp": "timestamp", "¶": "paragraph", "¶¶": "paragraph",
          "annex": "appendix", "box": "section", "annexes": "appendix", "anexo": "appendix", "anexos": "appendix", "map": "figure",
          "maps": "figure", "mapa": "figure", "mapas": "figure", "vol.": "volume", "vols.": "volume", "tomo": "volume",
          "t.": "volume", "bd.": "volume", "article": "section", "articles": "section", "footnote": "note", "footnotes": "note",
          "fn.": "note", "appendix": "appendix", "appendices": "appendix", "app.": "appendix", "rule": "rule", "rules": "rule",
          # a numbered document of a published collection ("Ibid., doc. 71", FRUS): CSL's "issue" term prints "no."
          "doc.": "issue", "docs.": "issue", "document": "issue", "documents": "issue", "no.": "issue", "nos.": "issue",
          # the numbered parts of a plan, a code of practice or a resolution: "target 16.1", "objetivo 3", "principle 7"
          **dict.fromkeys(("target", "targets", "goal", "goals", "objective", "objectives", "objetivo", "objetivos", "principle",
                           "principles", "principio", "principios", "recommendation", "recommendations", "recomendación",
                           "recomendaciones"), "section")}


# A work in several volumes cited whole: "3 vols.", "2 tomos"
SET_OF_VOLUMES_RE = lazy(r"(?i)\b\d{1,2}\s+(?:vols\.|volumes|tomos|t\.|bde\.)")
# The author of the work before, in lower case after a semicolon: "idem, *Title* (…)", "eadem, “Title,” …", "ders., Titel"
# A transcript's page and line, "4521:3–15", are no volume and page
TRANSCRIPT_WORD_RE = lazy(r"(?i)transcript|deposition")
SAME_AUTHOR_LEAD_RE = lazy(r"(?:idem|eadem|id\.|ead\.|ders\.|dies\.|Eadem|[*_](?:Id\.|id\.|Idem|idem|Ead\.|ead\.|Eadem)[*_]),\s+(?=[*_“\"«‘\p{Lu}])")
# (or "Id." in italics, as OpenEdition prints it: "voir aussi *Id.*, « Title », *Journal*, …"; "…, 2021 ; id., *Title*, …",
# "…, 2008 ; *id.*, *Title*, …", in lower case after a semicolon as French typography sets it)
# Words before a title that give the work to the author of the work before: a possessive ("her *Other Lives*"), or
# another edition of it ("originally published as *…*", "An English edition appeared as *…*")
AUTHOR_CARRIED_RE = lazy(r"(?i)^(?:(?:his|her|their)\s+|(?:an?\s+)?(?:\p{Ll}{1,20}\s+)?(?:edition|translation|version)\s+"
                         r"(?:appeared|was\s+published)\s+as\s+|(?:originally\s+)?(?:published|reprinted|translated|republished)"
                         r"\s+(?:in\s+\p{Lu}\p{Ll}+\s+)?as\s+)(?=[*_“\"«‘]|(?-i:\p{Lu}))")  # (a plain title: "his The Logic of …")
# The language a note names after everything else: "…, 45 [in Chinese].", "…, 100–105 (in Russian)."
LANGUAGE_TAG_END_RE = lazy(r"(?i)[,.]?\s*[(\[](?:in\s+)?(?P<language>" + "|".join(language.LANGUAGE_CODES) + r")[)\]]\.?\s*$")
# The marks between the pages of a locator, with the spaces around them
LOCATOR_DASH_RE = lazy(r"\s*-\s*")
LOCATOR_COMMA_RE = lazy(r"\s*,\s*")


# Pages past a thousand with their thousands set off, as CTC Sentinel prints them: "pp. 1,455-1,485", "p. 1,234"
THOUSANDS_PAGES_RE = lazy(r"\bpp?\.\s{0,2}\d{1,2},\d{3}(?:\s*[-–]\s*\d{1,2}(?:,\d{3})?)?(?![\d,])")


# A Congress and its session, which a reader may take for the place of a hearing: "110th Cong., 1st sess."
CONGRESS_SESSION_RE = lazy(r"\d{1,3}(?:st|nd|rd|th|d)\s+Cong(?:\.|ress)(?:,?\s+\d(?:st|nd|rd|th|d)\s+[Ss]ess(?:\.|ion))?")


# An author's name in square brackets opening a note, as an anonymous work is attributed: "[J. E. Roe], Notes …"
ATTRIBUTED_AUTHOR_RE = lazy(r"\[(?P<who>\p{Lu}[^\[\]\s]{0,30}\s[^\[\]]{1,50})(?P<close>\])(?=,\s)")  # (a name of two words or more:
# "[Redacted], 2011 WL 10945618" names a sealed case)


FOLIO_WORD_RE = lazy(r"^fos?\.\s*")
# A journal's initials in brackets inside its name, after a title set apart, before its volume: '"Title," Harvard Kennedy
# School (HKS) Misinformation Review 1, no. 8 (2020)'
JOURNAL_INITIALS_RE = lazy(r"(?<=[”\"*],?\s+\p{Lu}[\p{L} ]{1,80})\s\(\p{Lu}{2,6}\)(?=\s\p{Lu}\p{L}+(?:\s+\p{Lu}\p{L}+){0,5}\s+\d{1,4}"
                           r"(?:,|\s\())")


def parse_piece(piece: Piece) -> Citation:
    """Read one piece into a ``Citation``; what cannot be read keeps its raw text as a document."""
    from . import bibstyle, reference

    base = dict(note=piece.note, index=piece.index, raw=piece.text, span=piece.span, prefix=piece.prefix,
                evidence=piece.evidence)
    text = piece.text
    reworded = False  # (whether the text is read in other words than printed: its raw text is then the piece's)
    if any(w in text for w in EDITORIAL_REMARK_WORDS) and (remark := EDITORIAL_REMARK_RE.search(text)):
        text = text[: remark.start()]  # "…, 1–2 (emphasis in original)": the quoting author's remark, not the work's
    if "," in text and "p" in text and THOUSANDS_PAGES_RE.search(text) is not None:
        text = THOUSANDS_PAGES_RE.sub(lambda m: m.group(0).replace(",", ""), text)  # "pp. 1,455-1,485": pages 1455-1485
        reworded = True
    if text.rstrip(" .")[-1:] == ")" and any(e.startswith("an explanatory parenthetical") for e in piece.evidence) \
            and (explained := EXPLAINING_PAREN_END_RE.search(text.strip())) is not None:
        text = text.strip()[: explained.start()]  # "Id. at 21 (quoting …)": what the page does is the note's, not the work's
    if (DESCRIPTION_SET_ASIDE in piece.evidence or piece.kind in ("full", "ibid", "short") and text.rstrip(" .")[-1:] == ")") \
            and (described := DESCRIBING_PAREN_END_RE.search(text.strip())) is not None:
        text = text.strip()[: described.start()]  # "…, pp. 6-8 (eulogy of the attackers)": what is there, the note's words
    spoken = None  # a language the note names inside it
    said = LANGUAGE_TAG_END_RE.search(text) if text.rstrip(" .")[-1:] in ")]" else None
    if said:  # "…, 2012), 45 [in Chinese]", "…, October 30, 2023 (Arabic)": the work's language, said after the rest
        text = text[: said.start()]
    elif (inside := language.LANGUAGE_IN_COMMAS_RE.search(text) if ", in " in text else None) is not None \
            or LANGUAGE_SET_ASIDE in piece.evidence and (inside := language.language_said(text)) is not None:
        spoken = language.LANGUAGE_CODES[inside.group(1).lower()]
        text = f"{text[: inside.start()].rstrip()}{text[inside.end():]}"  # "… Telegram channel (Uzbek), <date>": said
        # inside (the language is read from the piece as printed)
    broadcaster, remarked = None, False
    if (CLOSING_REMARK_SET_ASIDE in piece.evidence or piece.kind == "full" and (", " in text or "(" in text)) \
            and (tail := closing_remark(text)) is not None and tail.start() > 10:
        broadcaster = tail.group("medium") if "medium" in tail.re.groupindex else None
        text, remarked = text[: tail.start()], True  # "…, on file with the author", "…, broadcast on Sudan TV": the note's
    if piece.kind == "ibid" and (dated := ibid_of_another_day(text)) is not None:  # "Ibid., minute by Roe, 18 Mar. 1883."
        folio = dated.group("folio")  # (the day names another document or entry, no page; a folio cited before it is one)
        pinned = PINPOINT_END_RE.search(dated.group("rest")) if not folio else None  # ("…, Order of <day>, para. 51")
        if pinned is not None:
            locator, label = read_locator(pinned.group(0).strip(" ,."))
            return Citation(kind="ibid", locator=locator, label=label, **base)
        return Citation(kind="ibid", locator=_clean(FOLIO_WORD_RE.sub("", folio)) if folio else None,
                        label="folio" if folio else None, **base)
    if piece.kind == "ibid":
        if text[:2] == "同上" and (national := bibstyle.rewritten(text)) is not None:
            text = national[0]  # "同上，第45页。": "Ibid., 45."
        m = IBID_RE.match(text.strip())
        loc = m.group("loc") if m else None
        locator, label = read_locator(loc)
        if m is None and (opinion := JUDGES_OPINION_RE.match(text.strip())) is not None:
            # "ibid, Separate Opinion of Judge Higgins, paras 33–35": the judgment before, the opinion and its paragraphs
            locator, label = read_locator(opinion.group("loc"))
            return Citation(kind="ibid", locator=locator, label=label, **{**base, "evidence": (
                *base["evidence"], f"the {opinion.group('opinion')}")})
        if m is None and (part := IBID_PART_RE.match(text.strip())) is not None:
            locator, label = _clean(part.group("loc")), "section"  # "Ibid., annex, entry 3": the part as printed
        elif m is None and (remark := IBID_REMARK_RE.match(text.strip())) is not None and remark.group("loc"):
            locator, label = _clean(remark.group("loc")), "page"  # "Ibid., citing the indictment (…), p. 412"
        elif m is None and (paged := IBID_PAGE_THEN_RE.match(text.strip())) is not None:
            locator, label = _clean(paged.group("loc")), "page"  # "Ibid., 12, box 3": the page, then what else on it
        elif m is None and (parts := IBID_PARTS_RE.match(text.strip())) is not None:
            locator, label = read_locator(parts.group("loc"))  # "Ibid., annex B, para. 2", "Ibid., Government Exhibit 402"
            if label in (None, "page"):
                locator, label = _clean(parts.group("loc")), "section"  # (a part no label names: as printed)
        return Citation(kind="ibid", locator=locator, label=label, **base)
    if piece.kind == "full" and text[:1] in "_—-Ii" and (entry := same_author_entry(text)) is not None:
        text = entry  # "______. Title. Place: Publisher, 2007.": a work of the author named before
    elif text[:1] in "ieEd*_" and (same := SAME_AUTHOR_LEAD_RE.match(text)) is not None:
        text = "Idem, " + text[same.end():]  # "…, 47; idem, *Les paysans du Nord* (…)": the author of the work before
    elif (carried := AUTHOR_CARRIED_RE.match(text)) is not None or piece.prefix \
            and piece.prefix.endswith((" as", "translation:", "edition:", "version:")) \
            and (text[:1] in "*_“\"«‘" or piece.prefix.startswith("trans") or piece.prefix.endswith(":")):
        # "see also her *Other Lives*", "originally published as *Les damnés …*", "…; trans. Jane Roe as Title (…)",
        # "…; English translation: Title, trans. …"
        text = "Idem, " + text[carried.end() if carried else 0:]  # (the same author's work: the one before names her)
    if ") " in text and (inner := JOURNAL_INITIALS_RE.search(text)) is not None:
        text = f"{text[: inner.start()]} {text[inner.end():]}"  # "Harvard Kennedy School (HKS) Misinformation Review 1, no. 8":
        # the journal's initials inside its name, which the brackets would otherwise end
    if "*OJ" in text or "Official Journal" in text:
        text = official_journal_initials(text)  # "…, *OJ* L 172, 17.5.2021": the Official Journal, in italics or in full
    if text[:1] == "[" and (attributed := ATTRIBUTED_AUTHOR_RE.match(text)) is not None:
        text = attributed.group("who") + text[attributed.end("close"):]  # "[J. E. Taylor], Notes …": an anonymous work's
        # author, as the scholar attributes it
    as_printed = text  # the text as printed, before a DOI label or an italic volume is set aside to read it
    text = without_labels(text)  # "UN Doc. S/PV.9350", "…, 11 May 2020 [withdrawn]": read without them, raw kept
    text = hijri.gregorian(text)  # "al-Naba 180, 21 Rabiʿ al-Thani 1440, p. 3": the Gregorian day
    if "*" in text and (volume := ITALIC_VOLUME_RE.search(text)) is not None:  # APA 7: "*Nature Climate Change*, *11*(3), 180–182"
        text = ITALIC_VOLUME_RE.sub(r"\g<volume>", text)
    doi = DOI_RE.search(text) if "10." in text else None
    if doi is not None and not doi.group(0).lower().startswith("http"):  # "… 2016;387(10026):1427-1480. doi:10.1016/…"
        after = text[doi.end():].strip()  # a label, not an address: read without it, the sentence after it kept one
        after = "" if PMID_ONLY_RE.fullmatch(after) else after  # ("… 1277-83. doi:10.1001/… pmid:37755744": PubMed's number)
        text = (text[: doi.start()].rstrip(" ,.;") + (". " + after if after[:1].isupper() else after)).strip()
        # ("… 1469–1471. doi:10.1136/…. PMID 11751359." -> "… 1469–1471. PMID 11751359.")
    if may_declare(text):
        text = without_hereinafter(text)  # "… (2014) [hereinafter PCLOB Report]": the short name later notes use
    if ("dot " in text or "[.]" in text or "(.)" in text) and "://" in text:
        for _ in range(6):  # "https://tass dot ru/…", "https://ria[.]ru/…": an address written so as not to link, read whole
            text, changed = OBFUSCATED_DOT_RE.subn(r"\g<host>.", text, count=1)
            if not changed:
                break
    national = bibstyle.rewritten(text)
    if national is not None:  # "PRESTON, Paul: El triunfo …" is read as "Paul PRESTON, El triunfo …"; its raw text stays
        text = national[0]
    issuer = next((e[len(SERIES_GOES_ON):] for e in piece.evidence if e.startswith(SERIES_GOES_ON)), None)
    if issuer:  # "…; and Asia Briefing N°154, <title>, <date>": the body named in the report before
        text = f"{issuer} {text}"
        national = national or (text, SERIES_GOES_ON)
    try:
        if "another person heard, in a list of interviews -> interview" in piece.evidence:
            heard = evolve(reference.read_interview("Interview, " + text), raw=piece.text, genre="Interview")
            return Citation(kind="full", work=smart_work(heard), **base)  # "…; Western diplomat, Nairobi, <date>"
        if piece.kind == "short" and text[:1] in "SsNnFfVvCc" and NOTE_ONLY_RE.fullmatch(text.strip()):
            pointer = Work(type="document", raw=piece.text, evidence=("a cross-reference to another note's works",))
            return Citation(kind="short", work=pointer, **base)  # "See footnote 9.": no page of its own; the resolver reads it
        if piece.kind == "short":
            if "'" in text or "‘" in text:  # "Cook and Vale, From Daesh to 'Diaspora', 41": read without the scare quotes
                text = SCARE_QUOTE_RE.sub(r"\1", text)
            work, loc, word = reference.read_short(text)
            work = evolve(work, raw=piece.text) if national is not None else work
            return Citation(kind="short", work=smart_work(work), locator=_clean(loc), label=_label(word, loc), **base)
        translated = without_translation(text) if TRANSLATION_SET_ASIDE in piece.evidence \
            or ")" in text and translation_in_parentheses(text) is not None else text  # ('"Zai qingzhu …" (Speech at …).')
        if ALIAS_SET_ASIDE in piece.evidence or "(" in translated[:70] and person_with_alias(translated):
            # "Abu Musab al-Suri (Mustafa Setmariam Nasar), *Title* …": read without the other name
            translated = without_alias(translated)
        body = translated_body_lead(translated)
        if body is not None:  # "Bōeishō 防衛省 [Ministry of Defense], …": read as the English name opens it
            translated = f"{body.group('english')}, {translated[body.end():]}"
        lowered = translated[:1] in "ae" and ARABIC_ARTICLE_OPENING_RE.match(translated) is not None
        # "al-ʿAdnani, “Hadha Waʿd Allah,” <date>": read as a capital would open it, the name printed as it was
        schemed = primary.with_scheme(translated) if "/" in translated[-200:] else None  # "…, available at: reliefweb.int/…"
        reading = schemed or translated
        work, loc, word = reference.read_full(reading[:1].upper() + reading[1:] if lowered else reading)
        if schemed is not None and work.url and work.url.startswith("https://") and work.url[8:] in translated:
            work = evolve(work, url=work.url[8:], raw=piece.text)  # (the address as printed)
        if lowered:
            work = _article_lowered(work, translated, piece.text)
        if body is not None and (not work.authors or [a.literal for a in work.authors] == [body.group("english")]):
            work = evolve(work, authors=(Name(literal=f"{body.group('native').strip()} [{body.group('english')}]"),))
        if translated != text:  # "“Title in Somali” [Title in English], …": read without the translation, which tells the
            work = evolve(work, raw=piece.text, language=language.detect(work.title, piece.text) or work.language)  # language
        work = evolve(work, raw=piece.text) if national is not None else work
        if national is not None and national[1] == chinese.JAPANESE_BOOK:
            work = evolve(work, authors=chinese.corner_book_author(national[0].split(", ", 1)[0]))
    except Exception as exc:  # noqa: BLE001 - a piece that breaks the reader is kept, not lost
        work, loc, word = Work(type="document", raw=piece.text, parsed=False,
                               evidence=(f"reader failed: {type(exc).__name__}",)), None, None
    if (doi is not None or remarked or reworded or text != as_printed) and national is None and work.raw != piece.text:
        work = evolve(work, raw=piece.text)  # what was set aside to read it (a DOI label, italics) stays in its raw text
    if doi is not None and work.doi is None:
        work = evolve(work, doi=_doi(doi.group("doi")))
        if work.url is None:  # "doi:10.5555/esq.12233": its address, as a reader follows it
            work = evolve(work, url=f"https://doi.org/{work.doi}")
        if work.type == "webpage" and work.container and not work.publisher:  # "“Title,” *Journal* (2021), https://doi.org/…"
            work = evolve(work, type="article-journal",
                          evidence=work.evidence + ("a DOI, and the periodical it names -> article-journal (online first)",))
    if work.place and "Cong" in work.place and CONGRESS_SESSION_RE.fullmatch(work.place):  # "…, testimony before the
        held = ", ".join(x for x in (work.event_title or work.genre, work.place) if x)  # Senate …, 110th Cong., 1st sess.":
        work = evolve(work, place=None, **({"event_title": held} if work.event_title else {"genre": held}))  # no place
    if not work.genre and (work.container and work.container.islower() or work.publisher and work.type == "report"):
        work = _kind_named(work)  # '"…," model card, <date>', '"…," ESET white paper, <date>'
    if work.type in ("book", "chapter") and work.edition is None and (printed := reference.edition(text)):
        work = evolve(work, edition=printed)  # "Inside Terrorism, 3rd ed. (New York: …)"
    if work.language == "zh" and work.authors:
        work = _family_first_in_chinese(work)  # "Ren Xiao, “Nanhai wenti …”": a Chinese work's author, family name first
    if spoken and not said:  # "Audio message attributed to …, in Hausa, <date>": the work's language, said in the note
        work = evolve(work, language=spoken)
    if broadcaster and not work.medium:
        work = evolve(work, medium=broadcaster.strip())  # "Speech by …, <date>, broadcast on Sudan TV"
    if said:  # (what the note says outweighs what the title's letters suggest: "Ha-ʿisqa …" (in Hebrew))
        work = evolve(work, language=language.LANGUAGE_CODES[said.group("language").lower()])
    if loc and ":" in loc and work.volume is None and work.type in ("book", "chapter", "report", "document") \
            and word != "timestamp" and not (work.genre and TRANSCRIPT_WORD_RE.search(work.genre)) \
            and not SET_OF_VOLUMES_RE.search(piece.text):  # "3 vols. (…), 2:301": a page of the set, as "2:310" later
        volume, _, loc = loc.partition(":")  # "(Stuttgart: Cotta, 1845), 1:35": volume 1 of the work, page 35
        work = evolve(work, volume=volume.strip())
    return Citation(kind="full", work=smart_work(work), locator=_clean(loc), label=_label(word, loc), **base)


def _family_first_in_chinese(work: Work) -> Work:
    """The authors of a work in Chinese whose two names in pinyin are both family names ("Ren Xiao", "Zhu Feng", "Xu Jin"),
    printed in the order "A B": family name first, as a Chinese work's author is printed (a name whose given name is
    no family name is read so everywhere already)."""
    from .names import CHINESE_SURNAMES, PINYIN_GIVEN_RE

    authors = list(work.authors)
    for i, name in enumerate(authors):
        if name.family and name.given and " " not in name.family and " " not in name.given \
                and name.family.lower() in CHINESE_SURNAMES and name.given.lower() in CHINESE_SURNAMES \
                and PINYIN_GIVEN_RE.fullmatch(name.family) and f"{name.given} {name.family}" in (work.raw or ""):
            authors[i] = evolve(name, family=name.given, given=name.family)
    return evolve(work, authors=tuple(authors)) if authors != list(work.authors) else work


def _article_lowered(work: Work, text: str, raw: str) -> Work:
    """A work read from "Al-…" (its text opening on a lower-case Arabic article, "al-Naba, no. 276"), given back the
    article's case where a field opens on it, and its raw text."""
    opening = text.split(",")[0].split()[0]
    capital = opening[:1].upper() + opening[1:]
    authors = work.authors
    if authors and authors[0].family and authors[0].family.startswith(capital):
        authors = (evolve(authors[0], family=opening + authors[0].family[len(capital):]), *authors[1:])
    fields = {name: opening + value[len(capital):] for name in ("title", "container", "publisher")
              if (value := getattr(work, name)) and value.startswith(capital)}
    return evolve(work, authors=authors, raw=raw, **fields)


# A body named with the kind of paper it issued, in lower case: "ESET white paper", "Example Institute policy brief"
PUBLISHER_THEN_KIND_RE = lazy(r"(?P<body>\p{Lu}[^,;()]{1,80}?)\s+(?P<kind>white\s+paper|policy\s+brief|issue\s+brief|working\s+paper|"
                              r"discussion\s+paper|occasional\s+paper|research\s+(?:paper|note|report)|briefing\s+paper|"
                              r"technical\s+report|threat\s+report|report)")
# One word that names the kind of a document, never an outlet's name ("taz" is one)
KIND_WORDS = frozenset("memorandum memo webpage website statement communiqué communique comunicado factsheet dataset database "
                       "perfil estadísticas statistics transcript letter draft".split())
# Kinds of document written to someone or issued, as a letter or a press release is
WRITTEN_KINDS = frozenset(("memorandum", "memo", "letter", "statement", "communiqué", "communique", "comunicado", "press release",
                           "news release", "fact sheet", "δελτίο τύπου", "draft"))  # ("draft": a treaty or a law proposed)


def _kind_named(work: Work) -> Work:
    """``work`` with the kind of document that the note names in lower case as its genre: '"The Claude 3 Model Family,"
    model card, <date>' (taken for an outlet), '"…," ESET white paper, <date>' (taken for the publisher)."""
    kind_of = work.container
    if kind_of and work.type in ("article-newspaper", "article-magazine", "webpage", "article-journal") \
            and kind_of.islower() and _names_a_kind(kind_of):
        kind = "webpage" if kind_of in ("webpage", "website") or work.type == "webpage" else \
            "document" if kind_of in WRITTEN_KINDS else "report"
        return evolve(work, type=kind, container=None, genre=kind_of[:1].upper() + kind_of[1:],
                      evidence=work.evidence + (f'"{kind_of}", in lower case, is the kind of document -> {kind}',))
    named = PUBLISHER_THEN_KIND_RE.fullmatch(work.publisher) if work.type == "report" and work.publisher else None
    if named is not None:  # the body that issued it, and what kind of paper it is
        return evolve(work, publisher=named.group("body"), genre=named.group("kind")[:1].upper() + named.group("kind")[1:])
    return work


def _names_a_kind(container: str) -> bool:
    """Whether a lower-case container is the kind of document ("model card", "policy paper", "memorandum"), not an outlet
    whose name is written in lower case ("tagesschau.de", "taz"): letters only, two or three words or a word of a kind."""
    words = container.split()
    return all(w.replace("-", "").isalpha() for w in words) and (2 <= len(words) <= 3 or words[0] in KIND_WORDS)


BARE_PAGE_LABEL_RE = lazy(r"(?i)pp?\s+(?=\d)")
BARE_SECTION_LABEL_RE = lazy(r"(?:arts?|ss?)\s+(?=\d)")
BARE_VOLUME_LABEL_RE = lazy(r"(?i)vols?\s+(?=[\dIVXLC])")
# A dot of an address's host written out: "https://tass dot ru", "https://www dot kommersant dot ru", "https://ria[.]ru"
OBFUSCATED_DOT_RE = lazy(r"(?P<host>https?://[\w.-]{1,80}?)(?:\s+dot\s+|\[\.\]|\(\.\))(?=[\w-]{2,63}(?:[/.:?#;,\s]|$))")
# A volume number set in italics, as APA 7 prints it after the journal: "*11*(3)", "*49*,"
ITALIC_VOLUME_RE = lazy(r"(?<=[*,]\s*)\*(?P<volume>\d{1,4})\*(?=\s*[(,.:]|\s*$)")
# A DOI as notes print it: "doi:10.1177/0022002715587053", "DOI: 10.…", "https://doi.org/10.…"
DOI_RE = lazy(r"(?i)(?:\bdoi\s?:?\s*|https?://(?:dx\.)?doi\.org/)(?P<doi>10\.\d{4,9}/[^\s\"<>]+)")


def _doi(found: str) -> str:
    """The DOI without the punctuation that closes the note: a final period, or a parenthesis it does not open."""
    doi = found.rstrip(".,;")
    while doi.endswith(")") and doi.count(")") > doi.count("("):
        doi = doi[:-1].rstrip(".,;")
    return doi


def read_locator(loc: str | None) -> tuple[str | None, str | None]:
    """(pinpoint, CSL label) of a pinpoint as printed: "pp. 37-38" -> ("37-38", "page"), "para. 7" -> ("7", "paragraph")."""
    if not loc:
        return None, None
    loc = loc.strip()
    if loc.lower().replace(" ", "") in ("s.p.", "s.f.", "n.p.", "n.pag."):  # "Ibid., s.p.", "Ibid., n.p.": no page printed
        return None, None
    if loc[:1].isdigit() and loc.count(":") == 2 and (HOURS_MINUTES_SECONDS_RE.fullmatch(loc) or MINUTES_RANGE_RE.fullmatch(loc)):
        return _clean(loc), "timestamp"  # "Ibid., 1:12:40", "Ibid., 14:05–15:30": a time in the recording
    if loc[:1] in "cC" and (column := HANSARD_COLUMN_RE.fullmatch(loc)) is not None:
        return _clean(column.group("col")), "column"  # "Ibid., c24", "cc1234-5": Hansard's columns, as the Commons Library
        # prints them
    bare = BARE_PAGE_LABEL_RE.match(loc)
    if bare:  # "p 3", "pp 4-5": the label without its period
        return _clean(loc[bare.end():]), "page"
    bare = BARE_SECTION_LABEL_RE.match(loc)
    if bare:  # OSCOLA's "art 105", "s 26", "ss 26-27": an article or a section, the label without its period
        return _clean(loc[bare.end():]), "section"
    bare = BARE_VOLUME_LABEL_RE.match(loc)
    if bare:  # OSCOLA's "vol 3, 20": the volume, then its page
        return _clean(loc[bare.end():]), "volume"
    for word in sorted(LABELS, key=len, reverse=True):
        if loc.lower().startswith(word):
            return _clean(loc[len(word):]), LABELS[word]
    if loc.lower().startswith(NAMED_PARTS):
        return _clean(loc), "section"  # "Ibid., summary": a part named, not a page
    return _clean(loc), "page"


# A column of Hansard glued to its "c" ("c24", "cc1234-5", "c123WH"), never "c. 1900", about a year
HANSARD_COLUMN_RE = lazy(r"(?i)cc?(?P<col>\d{1,5}(?:WH|WS|W|GC)?(?:\s*[-–]\s*\d{1,5}(?:WH|WS|W|GC)?)?)")
# PubMed's number alone after a DOI: "pmid:37755744", "PMID: 21112623."
PMID_ONLY_RE = lazy(r"(?i)pmid:?\s*\d{4,10}\.?")
HOURS_MINUTES_SECONDS_RE = lazy(r"\d{1,2}:\d{2}:\d{2}")
MINUTES_RANGE_RE = lazy(r"\d{1,3}:\d{2}\s*[-–]\s*\d{1,3}:\d{2}")
# Parts of a report cited by name: "Ibid., summary", "Ibid., introduction"
NAMED_PARTS = ("summary", "executive summary", "introduction", "conclusion", "preface", "foreword", "abstract", "prologue",
               "epilogue",
               # and a ruling's or a law's parts, named as printed: "considerando IV", "fracción II", "cons. 12", "inciso b"
               "considerando", "cons.", "fracción", "fracciones", "fracc.", "frac.", "inciso", "numeral", "apartado")


def _clean(loc: str | None) -> str | None:
    if not loc:
        return None
    loc = " ".join(loc.replace("–", "-").split())
    if " " in loc:  # "37 - 38" -> "37-38"; "121,124" and "121 , 124" -> "121, 124"; "45 and 47" stays
        loc = LOCATOR_COMMA_RE.sub(", ", LOCATOR_DASH_RE.sub("-", loc))
    elif "," in loc:
        loc = LOCATOR_COMMA_RE.sub(", ", loc)
    return loc or None


CSL_LABELS = frozenset(LABELS.values())


def _label(word: str | None, loc: str | None) -> str | None:
    if not loc:
        return None
    word = (word or "").lower().strip()
    return word if word in CSL_LABELS else LABELS.get(word, "page")  # (a reader may name the label already: "paragraph")
