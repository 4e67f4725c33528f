"""Find the notes of an article and the body markers that point at them.

A note starts on a line that begins with a note marker.  Marker styles differ by source, so
every style below is tried; the style whose markers form the longest run of note numbers
(with a bonus for sitting under a "Notes"-like heading, near the end) wins.  A note runs
to the next note marker or to a heading that closes the notes (a Bibliography, a References
list); the last note ends at its paragraph's end, so site chrome after the notes is not taken
into it.  Markdown footnotes end at their paragraph (indented lines continue them), so
definitions scattered between paragraphs do not swallow the prose.  YAML/TOML front matter is
skipped.  Anomalies (a body marker pointing at no note, a note no body marker points at,
duplicate, missing or out-of-order numbers) become warnings.

Every pattern here is linear: bounded repeats, no nested quantifiers.
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections import Counter
from contextvars import ContextVar
from dataclasses import dataclass

import regex

from . import lettered
from .lazyregex import lazy
from .model import Note, Text, Warning, evolve
from .references import HEADING_RE as REFERENCE_HEADING_RE  # ("Sources", "Bibliography", "Works Cited", … over a list)

SUPERSCRIPT_DIGITS = "⁰¹²³⁴⁵⁶⁷⁸⁹"
_FROM_SUPERSCRIPT = str.maketrans(SUPERSCRIPT_DIGITS, "0123456789")

# Each style: a pattern matched at a line start, capturing the note number as ``n``.
NOTE_STYLES: dict[str, regex.Pattern] = {
    # "^{[1] (#_ednref1)}", "[13] (#_ednref13)", "[32] (# ednref32)", "[1]", "^{[1]}"
    "bracket": lazy(
        r"^[ \t]*(?:\^\{|\^)?\[(?P<n>\d{1,5})\](?:[ \t]*\((?:\[[^\]\n]{0,40}\]\()?#[^)\n]{0,40}\)\)?)?\}?(?:[ \t]+|$|(?<=\))(?=\S))"
    ),  # (the text glued to the anchor, as a copy may lose the space: "[7] (#_ednref7)Ibid, pp. 260-262.")
    # Word's default endnote numbering, pasted: "[i] text", "[iv] text", "^{[ii]}"
    "roman": lazy(r"^[ \t]*(?:\^\{|\^)?\[(?P<n>[ivxlc]{1,7})\](?:[ \t]*\(#[^)\n]{0,40}\))?\}?[ \t]+(?=\S)"),
    # The same numerals unbracketed, at a line's start, as an endnote list pasted from a word processor prints them:
    # "i<TAB>Robert F. Kennedy, …", "iv. Ibid.", "XII) …" (trusted only under a Notes heading, from "i")
    "roman_line": lazy(r"^[ \t]{0,3}(?P<n>[ivxlc]{1,7}|[IVXLC]{1,7})(?:[.)][ \t]+|\t[ \t]*|[ \t]{1,4})"
                       r"(?=[\p{Lu}\p{N}“”\"‘'*¿¡«(\[])"),
    # pandoc/markdown footnote definitions: "[^12]: text"
    "markdown": lazy(r"^[ \t]{0,3}\[\^(?P<n>[^\]\s]{1,40})\]:[ \t]*"),
    # "12. text" (a numbered Notes list)
    "dot": lazy(r"^[ \t]{0,8}(?P<n>\d{1,5})\.(?:[ \t]+(?=\S)|(?=[\p{Lu}“\"‘«][\p{L}\"“‘]))"),  # "2. Jane", and "2.Jane" typed carelessly
    # "(12) text"
    "paren": lazy(r"^[ \t]{0,3}\((?P<n>\d{1,5})\)[ \t]*(?=\S)"),
    # "^12 text", "^12^ text", "^{12} text", "<sup>12</sup> text", "12) text"
    "sup": lazy(
        r"^[ \t]{0,3}(?:\^\{(?P<n>\d{1,5})\}|\^(?P<n>\d{1,5})\^?|<sup>(?P<n>\d{1,5})</sup>|(?P<n>\d{1,5})\))[ \t]*(?=\S)"
    ),
    # "¹² text" (Unicode superscript digits, as pasted from a PDF or a word processor)
    "unisup": lazy(r"^[ \t]{0,3}(?P<n>[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,4})[ \t]*(?=\S)"),
    # "12 text": only trusted under a Notes heading (scored below)
    "bare": lazy(r"^[ \t]{0,8}(?P<n>\d{1,4})[ \t]+(?=[\p{L}\"“”‘'*¿¡(«„《]|\[\p{Lu}|[_—]{3,}[.,]|(?:1[5-9]|20)\d\d\s(?:\p{Ll}|\p{Lu}\p{Ll})"
                 r"|\d{1,3}\s(?:U\.S\.C\.|C\.F\.R\.|Stat\.|U\.S\.\s\d|F\.\s?(?:Supp|\d)|Fed\.\s?Reg\.|FR\s\d|(?i:Cong\.\s?Rec\.)"
                 r"|\p{Lu}{2,}[\p{Lu}.'’]*\s+\p{Lu}[\p{Lu}.'’]+[\s,]))"),
    # ("2 ______. Title …": the line ABNT draws for the author named just before; "2 2 THE RECORDS OF …", "3 1 WILLIAM
    # BLACKSTONE, …": a volume's number before a title or an author in small capitals, as a law review's PDF prints them;
    # "12 1999 is …", "5 2023 Index of …", "3 10 U.S.C. § 8062(b).", "22 86 Fed. Reg. 6731": a note may open on a figure;
    # "8 [J. E. Taylor], Notes …": on an author's name set in brackets, as an anonymous work is attributed)
    # "12" alone on its line, the note in the paragraph below (footnotes copied from a newsletter or
    # blog page): trusted like bare numbers
    "lone": lazy(r"^[ \t]{0,8}(?P<n>\d{1,4})\.?[ \t]*\r?\n"),
    # "12Vanda Felbab-Brown, ...", "3“Title,” ...": a superscript number copied from a PDF without its
    # space; only trusted under a Notes heading
    "glued": lazy(r"^[ \t]{0,8}(?P<n>\d{1,3})(?=[\p{Lu}“\"‘«„¿¡][\p{L}\"“‘']|\p{Lu}\.\p{Lu}\.)"),  # "20U.S. Department"
    # "↑ Smith, ...", "^ a b Smith, ...": a wiki page's references copied without their list numbers;
    # numbered in order, the back link kept for the note's text to drop
    "backlink": lazy(r"^[ \t]{0,3}(?=(?:\^|↑)[ \t]+\S)"),
}
# Styles whose numbers are too common in prose to trust without a Notes heading or a run of citations
UNMARKED_STYLES = ("bare", "lone", "glued")

# Headings that open a notes section, in English, Spanish, French, German and others:
# "Notes", "NOTES", "## Endnotes", "**Notas**", "Notes de fin", "Anmerkungen", "Fußnoten:"
NOTES_HEADING_RE = lazy(
    r"(?im)^[ \t#*_]{0,8}(?:notes?|end[ -]?notes|foot[ -]?notes|citations|notas(?:[ \t]+(?:finales|al[ \t]+pie))?"
    r"|notes[ \t]+de[ \t]+(?:fin|bas[ \t]+de[ \t]+page)|anmerkungen|fu(?:ß|ss)noten|endnoten"
    r"|noter|fotnoter|slutnoter|sluttnoter|noten|bilješke|napomene|notlar|dipnotlar|sonnotlar)[ \t*_:.]{0,8}$"
)  # (and Italian, Scandinavian, Dutch, Bosnian/Croatian/Serbian and Turkish ones)

# What a footnote holds when it cites: a year, Ibid., an interview, op. cit., a closing page number
CITATION_HINT_RE = lazy(
    r"(?i)(?<!\d)(?:1[5-9]\d\d|20\d\d)(?!\d)|\bibid\b|\bid\.|\binterview|\bentrevista|\bop\.\s*cit"
    r"|,\s*(?:pp?\.\s*)?\d{1,4}(?:[-–]\d{1,4})?\.?[ \t]*(?=\n|$)")
# Headings that close the notes: the bibliography or anything else that follows them.
# "Bibliography", "## References", "Works Cited", "Bibliografía", "Literaturverzeichnis",
# "Sources", "Further Reading", "About the Author", "Acknowledgments", and the page furniture that
# follows an article on the web: "Related articles", "Read more", "Comments", "Share this"
CLOSING_HEADING_RE = lazy(
    r"(?im)^[ \t#*_]{0,8}(?:bibliography|references|works[ \t]+cited|select(?:ed)?[ \t]+bibliography|sources"
    r"|further[ \t]+reading|bibliograf[ií]a|referencias(?:[ \t]+bibliogr[aá]ficas)?|fuentes|obras[ \t]+citadas"
    r"|bibliographie|r[ée]f[ée]rences(?:[ \t]+bibliographiques)?|literatur(?:verzeichnis)?|quellen(?:verzeichnis)?"
    r"|about[ \t]+the[ \t]+authors?|acknowledg(?:e?ments?)|appendix|sobre[ \t]+el[ \t]+autor"
    r"|related(?:[ \t]+(?:articles|posts|stories|content|reading))?|read[ \t]+more|more[ \t]+from[ \t]+[^\n]{1,40}"
    r"|you[ \t]+may[ \t]+also[ \t]+like|recommended(?:[ \t]+for[ \t]+you)?|most[ \t]+read|popular[ \t]+posts"
    r"|share[ \t]+this(?:[ \t]+(?:article|post|page|story))?|comments?|leave[ \t]+a[ \t]+(?:comment|reply)|tags"
    r"|art[ií]culos[ \t]+relacionados|lea[ \t]+tambi[eé]n|comentarios|etiquetas|compartir"
    r"|lo[ \t]+m[aá]s[ \t]+(?:le[ií]do|visto|popular)|m[aá]s[ \t]+le[ií]d[oa]s|temas[ \t]+relacionados|notas[ \t]+relacionadas"
    r"|te[ \t]+puede[ \t]+interesar|tambi[eé]n[ \t]+te[ \t]+puede[ \t]+interesar|suscr[ií]bete"  # (a Spanish news page's own)
    # a journal platform's furniture after the notes (OpenEdition, Cairn): "Haut de page", "Pour citer cet article",
    # "Résumé", "Plan", "Auteur", "Droits d'auteur", "Mots-clés"; and their English forms
    r"|haut[ \t]+de[ \t]+page|back[ \t]+to[ \t]+top|pour[ \t]+citer[ \t]+cet[ \t]+article|cite[ \t]+this[ \t]+article"
    r"|how[ \t]+to[ \t]+cite(?:[ \t]+this[ \t]+article)?|r[ée]sum[ée](?:[ \t]+fran[cç]ais)?|plan|auteurs?"
    r"|droits[ \t]+d['’]auteur|mots[- ]cl[ée]s|sur[ \t]+un[ \t]+sujet[ \t]+proche|articles[ \t]+du[ \t]+m[êe]me[ \t]+auteur"
    r")[ \t*_:.]{0,8}$"
)

# A markdown heading line: "## Anything"
MD_HEADING_RE = lazy(r"(?m)^#{1,6}[ \t]")

# YAML or TOML front matter fence, on the first line and again on a later one: "---", "+++"
FRONT_MATTER_FENCES = ("---", "+++")
FRONT_MATTER_MAX_LINES = 400

# Body markers that point at a note (always looked for):
#   "^[1] ([#_edn1](#))", "^{[19] (# edn19)}", "^{[24] (# edn204)}", "[^12]", "<sup>3</sup>",
#   "^3^", "^{3}", "^3"
BODY_MARKER_RE = lazy(
    r"\^\{?\[(?P<n>\d{1,5})\](?:[ \t]*\((?:\[)?#[ \t]*_?(?P<target>[A-Za-z]*?)(?P<tn>\d{1,6})(?:\]\(#\))?\))?\}?"
    r"|\[\^(?P<md>[^\]\s]{1,40})\](?!:)"
    r"|<sup>[ \t]*\[?(?P<sup>\d{1,5})\]?[ \t]*</sup>"
    r"|\^\{(?P<caret>\d{1,5})\}|\^(?P<caret>\d{1,5})\^?"
)

# Body markers only trusted when the notes use the same form: "[7]" beside "[7] text" notes,
# "(7)" beside "(7) text" notes, "word.⁷" beside "⁷ text" notes.
LOOSE_BODY_MARKERS: dict[str, regex.Pattern] = {
    "bracket": lazy(r"(?<=[^\s\[\]]|\d\])[ \t]?\[(?P<n>\d{1,4})\](?![(:])"),  # "…affected.[22][23]": both
    "paren": lazy(r"(?<=[\p{L}\p{P}])[ \t]?\((?P<n>\d{1,4})\)"),
    "unisup": lazy(r"(?<=[\p{L}\p{P}]|[⁰¹²³⁴⁵⁶⁷⁸⁹][ \t])(?P<n>[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,14})"),  # and "…memoir.⁹ ¹⁰": both
}
# Several numbered references in one body marker: "[1, 2]", "[4–6, 9]", or a range of two: "[6]-[9]"
BRACKET_LIST_RE = lazy(r"\[(?P<list>\d{1,4}(?:\s*[-–]\s*\d{1,4})?(?:\s*,\s*\d{1,4}(?:\s*[-–]\s*\d{1,4})?)+|\d{1,4}\s*[-–]\s*\d{1,4})\]"
                       r"|\[(?P<first>\d{1,4})\]\s*[-–]\s*\[(?P<last>\d{1,4})\]")
# Forms whose markers, when they point at no note, are still reported (a paren in prose is not).
LOOSE_REPORTED = ("bracket", "unisup")

# Hugo/Quire/Jekyll shortcodes in a note: '{{< q-cite "Faure 1909" "54" >}}', "{% cite smith2001 %}"
SHORTCODE_RE = lazy(r"\{\{[<%][ \t]*(?P<name>[\w-]{1,40})(?P<args>[^{}\n]{0,400})[>%]\}\}|\{%[ \t]*(?P<name>[\w-]{1,40})(?P<args>[^{}\n]{0,400})%\}")
SHORTCODE_ARG_RE = lazy(r"\"([^\"\n]{0,200})\"|'([^'\n]{0,200})'|([^\s\"'=]{1,200})")
CITE_SHORTCODES = ("q-cite", "cite", "citation", "cite-page", "footcite")

# A bullet item inside a note: "\n  - Volume I", "\n• Volume II", "\n* item"
BULLET_RE = lazy(r"(?:(?P<before>[^\s])|(?<![ \t])|\G)[ \t]*\n[ \t]*(?:[-*•‣▪–][ \t]+)")  # starts once per run
BULLET_LINE_RE = lazy(r"^[ \t]*[-*•‣▪–][ \t]+\S")  # matched at a line's start: "  - Volume II"
TERMINAL_RE = lazy(r"[.!?)\]\"”’'*>:;]$")

MAX_GAP = 10  # numbers may skip this many (a missing note) and still be one run


@dataclass(frozen=True)
class _Start:
    style: str
    label: str  # the number or markdown label as printed
    line_start: int  # offset of the line
    text_start: int  # offset where the note's text begins (after the marker)
    marker: str


def locate(text: Text) -> tuple[list[Note], list[Warning]]:
    """Every note of the article, in order, and the warnings about markers and numbering."""
    hyphened = frozenset(w.casefold() for w in HYPHENED_WORD_RE.findall(text.text)) if "-\n" in text.text else frozenset()
    token = _HYPHENED.set(hyphened)  # the compounds the article prints whole, for a note's words broken at a line's end
    try:
        return _locate(text)
    finally:
        _HYPHENED.reset(token)


def _locate(text: Text) -> tuple[list[Note], list[Warning]]:
    body = text.text
    if any(word in body for word in CHROME_WORDS):  # (first: a page's "Google Scholar" under each note, repeated line after
        body = _without_link_chrome(body)  # line, is no running header, nor the next note's number its page number)
    body = _without_page_furniture(body) if body.count("\n") > 8 else body
    if "/" in body and BROWSER_PRINT_SEEN_RE.search(body) is not None:
        body = _without_browser_print(body)
    if "{#" in body or "{." in body:  # pandoc's attributes on a heading or a link: "# Notes {#notes.xhtml}", "[1](#r1){#en1}"
        body = PANDOC_ATTRIBUTES_RE.sub(_blank_attributes, body)
    if "](#" in body or "](http" in body and "#" in body or "](javascript:" in body:
        body = _anchor_number_links(body)
    if ":::" in body or "</" in body:
        body = MARKUP_LINE_RE.sub(lambda m: " " * len(m.group(0)), body)
    skip = _front_matter_end(body)
    if "[a]" in body and ("\n^ " in body or "\n↑ " in body) and (lettered_first := _wiki_lettered_group(body)) is not None:
        return locate(evolve(text, text=lettered_first))  # a wiki page's explanatory notes, then its references
    if ":" in body and (paged := _page_keyed_notes(body, skip)) is not None:
        found, warnings = locate(evolve(text, text=paged[0]))  # '27 “sealed until death”: Ed Moloney, …': a book's notes
        if found:  # keyed to the page and a phrase of the text, the page's number printed before each
            return found, [Warning("notes-keyed", f"{paged[1]} notes are keyed to a page and a phrase of the text, not "
                                   "numbered: they are numbered here in order, their pages and phrases left out", None),
                           *(w for w in warnings if w.code != "marker-missing")]
    starts = _candidate_starts(body, skip)
    if len(starts) > 4:
        starts = _without_numbered_headings(starts, body)
    closings = heading_lines(body, CLOSING_HEADING_RE)
    sections = _Sections(body, closings)
    chosen = _best_run(starts, body, sections)
    if chosen and chosen[0].style not in ("markdown", "backlink"):
        chosen = _gaps_filled(chosen, starts, sections)
    if not chosen and "^[" in body:  # pandoc's inline notes: "Text.^[Smith, *Title*, 4.]"
        rewritten = _inline_notes(body)
        if rewritten is not None:
            return locate(evolve(text, text=rewritten))
    if not chosen and (spaced := _glued_numbers(body)) is not None:  # "1Department of State, …": a PDF's footnotes
        return locate(evolve(text, text=spaced))
    if not chosen and ('"' in body or "“" in body) and (numbered := _keyed_notes(body)) is not None:
        found, warnings = locate(evolve(text, text=numbered[0]))  # 'p. 12 "the cartel paid": Interview with …': notes keyed
        if found:  # to a page and a phrase of the text, as long reads and trade books print them
            return found, [Warning("notes-keyed", f"{numbered[1]} notes are keyed to a phrase or page of the text, not numbered: "
                                   "they are numbered here in order, their keys left out", None),
                           *(w for w in warnings if w.code != "marker-missing")]
    if not chosen and (listed := _source_list_as_notes(body)) is not None:
        found, warnings = locate(evolve(text, text=listed[0]))  # a long read's "Sources" list, its only citations
        if found:
            return found, [Warning("notes-from-list", f"no notes found: the {listed[1]} entries listed under "
                                   f"“{listed[2]}” are read as the article's notes, in order", None),
                           *(w for w in warnings if w.code != "marker-missing")]
    if not chosen:
        return [], [Warning("no-notes", "no notes found: no numbered note list, Notes section or footnotes")]
    notes = _cut_notes(body, chosen, sections)
    if len(notes) >= 2 and _last_is_running_head(notes, body):  # "42 STOLEN FORESTS, … | Research Paper No. 7" after note 32
        notes, chosen = notes[:-1], chosen[:-1]
    outside = _outside_notes(body[skip:], notes, chosen, skip)
    if "continued" in body:
        notes = _continued(notes)
    if chosen[0].style == "dot":
        notes = _run_on_notes(notes)
    notes, repaired = _repeated_number_repaired(notes)
    notes, marker_warnings = _link_body_markers(outside, notes, chosen[0].style)
    marker_warnings = repaired + marker_warnings
    if chosen[0].style == "markdown" and all(s.label.isdigit() for s in chosen):
        notes = sorted(notes, key=lambda n: n.number)  # pandoc prints "[^3]: …" defined before "[^2]: …" as notes 2, 3
    elif chosen[0].style == "markdown":
        notes = _numbered_as_referenced(outside, notes)
    lettered_notes = lettered.read(body, notes, outside)
    chapters = _chapters(notes)
    if len(chapters) > 1:  # numbered from 1 again under each chapter's heading: each chapter's numbering checked alone
        notes = _without_chapter_headings(notes, body, chosen)
        numbering = [w for part in _chapters(notes) for w in _numbering_warnings(part)] + [Warning(
            "notes-by-chapter", f"the notes are numbered from 1 again in each of {len(chapters)} chapters; all are kept, "
            "in order, numbered as printed", None)]
    else:
        numbering = _numbering_warnings(notes)
    return lettered.placed(notes, lettered_notes), numbering + marker_warnings


# A note keyed to a page and a phrase of the text: 'p. 12 "the cartel paid": …', '**"suitcases of cash"**: …', 'p. 3: …'
KEYED_NOTE_RE = lazy(r'(?m)^[ \t]*(?:[-*][ \t]+)?(?:(?:pp?\.|page)[ \t]*\d{1,4}(?:[-–]\d{1,4})?[ \t]+)?(?:\*\*|__)?[“"][^“”"\n]{1,200}[”"]'
                     r'(?:\*\*|__)?[ \t]*:[ \t]+(?=\S)|(?m)^[ \t]*(?:pp?\.|page)[ \t]*\d{1,4}(?:[-–]\d{1,4})?[ \t]*:[ \t]+(?=\S)')
KEYED_MIN_NOTES = 3


def _keyed_notes(body: str) -> tuple[str, int] | None:
    """``body`` with each note keyed to a phrase or page opening on a number instead ("1. …"), and how many; None unless
    three or more such notes are there."""
    keys = list(KEYED_NOTE_RE.finditer(body))
    if len(keys) < KEYED_MIN_NOTES:
        return None
    return _marked_anew(body, [k.span() for k in keys], [f"{n}. " for n in range(1, len(keys) + 1)]), len(keys)


def _marked_anew(body: str, spans: list[tuple[int, int]], markers: list[str], between=None) -> str:
    """``body`` with the text at each of ``spans`` (in order) replaced by its marker; ``between`` (if given) rewrites
    what stands between two of them."""
    out, at = [], 0
    for i, ((start, end), marker) in enumerate(zip(spans, markers, strict=True)):
        out.append(between(body[at:start]) if between is not None and i else body[at:start])
        out.append(marker)
        at = end
    out.append(body[at:])
    return "".join(out)


# A note keyed to a page and a phrase, the page's number first: '27 “sealed until death”: …', '9 driving people across: …'
# (a phrase in quotes, or a few words with no stop, comma or bracket)
PAGE_KEYED_NOTE_RE = lazy(r'(?m)^[ \t]*(?P<page>\d{1,4})[ \t]+(?:[“"][^“”"\n]{1,160}[”"]|(?=[\p{L}‘’\'])[^\s:,.;()\[\]“”"\d]'
                          r'[^:,.;()\[\]“”"\n]{0,70}?)[ \t]*:[ \t]+(?=\S)')
# A line opening on a number and a space, as a note keyed to a page or numbered without a stop opens
NUMBER_SPACE_LINE_RE = lazy(r"(?m)^[ \t]*\d{1,4}[ \t]+\S")
PAGE_KEYED_MIN_NOTES = 5


def _page_keyed_notes(body: str, skip: int) -> tuple[str, int] | None:
    """``body`` with each note keyed to a page and a phrase ('9 “the Unknowns”: Moloney, …') opening on its place in
    order instead ("1. Moloney, …"), and the chapters' headings among them left out; None unless most of the lines
    opening on a number are such notes and some page carries two (no numbered notes repeat a number)."""
    keys = [k for k in PAGE_KEYED_NOTE_RE.finditer(body, skip) if len(k.group(0).split()) <= 12]
    if len(keys) < PAGE_KEYED_MIN_NOTES:
        return None
    pages = [int(k.group("page")) for k in keys]
    if len(set(pages)) == len(pages) or sum(b < a for a, b in zip(pages, pages[1:], strict=False)) > len(pages) // 3:
        return None  # (no page twice: numbered notes; pages going back often: no book's order)
    lines = len(NUMBER_SPACE_LINE_RE.findall(body, keys[0].start()))
    if len(keys) < 0.7 * lines:
        return None
    def without_headings(between: str) -> str:  # a chapter's heading between two notes ("CHAPTER ONE: THE UNKNOWNS")
        return "\n".join("" if _heading_text(line) or CHAPTER_LINE_RE.match(line) else line  # belongs to no note
                         for line in between.split("\n"))

    return _marked_anew(body, [k.span() for k in keys], [f"\n{n}. " for n in range(1, len(keys) + 1)],
                        without_headings), len(keys)


# A wiki page's group of explanatory notes, as a browser copies it: its heading, then entries opening on "^" (the letters
# the page draws, not copied)
WIKI_NOTES_GROUP_RE = lazy(r"(?im)^[ \t#*_]{0,4}(?:notes|explanatory\s+notes|footnotes|notas)[ \t*_:]{0,4}\n(?P<entries>"
                           r"(?:[ \t]*(?:\^|↑)[ \t]+[^\n]+\n?(?:[ \t]*\n)?)+)")
BACKLINK_HEAD_RE = lazy(r"(?m)^[ \t]*(?:\^|↑)(?:[ \t]+[a-z](?=[ \t]))*[ \t]+")


def _wiki_lettered_group(body: str) -> str | None:
    """``body`` with a wiki page's explanatory notes marked "[a] ", "[b] ", … as the page draws them, where its text calls
    as many notes by letter ("…[a]") and its references follow under a heading of their own, each opening on "^"; so the
    references are numbered from 1, as the text calls them, and the notes by their letters."""
    group = WIKI_NOTES_GROUP_RE.search(body)
    if group is None or "\n^ " not in body[group.end():] and "\n↑ " not in body[group.end():]:
        return None
    entries = list(BACKLINK_HEAD_RE.finditer(group.group("entries")))
    called = set(lettered.BODY_LETTER_RE.findall(body[: group.start()]))
    if not 1 <= len(entries) <= 26 or called != {chr(ord("a") + i) for i in range(len(entries))}:
        return None
    base = group.start("entries")
    return _marked_anew(body, [(base + h.start(), base + h.end()) for h in entries],
                        [f"[{chr(ord('a') + i)}] " for i in range(len(entries))])


# An entry of such a list, bulleted or not, that names a year: "- Macy, Beth. *Dopesick*. New York: Little, Brown, 2018."
LISTED_ENTRY_RE = lazy(r"^[ \t]*(?:[-*•–][ \t]+)?(?P<entry>\p{Lu}[^\n]{10,600}?(?:1[5-9]\d\d|20\d\d)[^\n]{0,300})$")
SOURCE_LIST_MIN = 2


def _source_list_as_notes(body: str) -> tuple[str, int, str] | None:
    """``body`` with the entries of its source list numbered as notes ("1. Macy, Beth. …"), how many, and the heading; None
    unless the list's lines, up to the first line that is no such entry, are two or more entries."""
    heading = next(reversed(list(REFERENCE_HEADING_RE.finditer(body))), None)  # (the last: the list closes the article)
    if heading is None:
        return None
    entries: list[str] = []
    for line in body[heading.end():].split("\n"):
        if not line.strip():
            continue  # (blank lines between entries)
        m = LISTED_ENTRY_RE.match(line)
        if m is None:
            break
        entries.append(m.group("entry").strip())
    if len(entries) < SOURCE_LIST_MIN:
        return None
    numbered = "\n".join(f"{n}. {entry}" for n, entry in enumerate(entries, start=1))
    return f"{body[: heading.end()]}\n\n{numbered}\n", len(entries), heading.group(0).strip(" \t#*_:.")


def _chapters(notes: list[Note]) -> list[list[Note]]:
    """The notes cut where their numbering starts again at 1 (one part when it never does)."""
    parts: list[list[Note]] = [[]]
    for note in notes:
        if note.number == 1 and parts[-1] and isinstance(parts[-1][-1].number, int) and parts[-1][-1].number >= 2:
            parts.append([])
        parts[-1].append(note)
    return parts


def _without_chapter_headings(notes: list[Note], body: str, chosen: list[_Start]) -> list[Note]:
    """Each chapter's last note without the next chapter's heading, printed after it."""
    headings = {" ".join(_line_before(body, s.line_start).split()) for s in chosen if s.label == "1"} - {""}
    out: list[Note] = []
    for i, note in enumerate(notes):
        nxt = notes[i + 1] if i + 1 < len(notes) else None
        heading = next((h for h in headings if note.text.endswith(h)), None) if nxt is not None and nxt.number == 1 else None
        out.append(evolve(note, text=note.text[: -len(heading)].rstrip()) if heading else note)
    return out


# A footnote a page break cuts, as CRS reports mark it: "… The officials (continued...)" at the foot of one page, then
# "9 (...continued)" and the rest at the foot of the next
CONTINUED_END_RE = lazy(r"\s*\((?:continued|cont\.|cont'd)\s?(?:\.\.\.|…)\)\s*$")
CONTINUED_START_RE = lazy(r"^\s*\((?:\.\.\.|…)\s?(?:continued|cont\.|cont'd)\)\s*")


def _continued(notes: list[Note]) -> list[Note]:
    """Each note cut by a page break made one again: the part after "N (...continued)" joined to note N."""
    out: list[Note] = []
    for note in notes:
        rest = CONTINUED_START_RE.match(note.text)
        earlier = next((i for i in range(len(out) - 1, -1, -1) if out[i].number == note.number), None) if rest else None
        if rest is not None and earlier is not None:
            before = out[earlier]
            out[earlier] = evolve(before, text=f"{CONTINUED_END_RE.sub('', before.text)} {note.text[rest.end():].strip()}",
                                  span=(before.span[0], note.span[1]))
            continue
        out.append(evolve(note, text=CONTINUED_END_RE.sub("", note.text)) if "continued" in note.text else note)
    return out


GLUED_MIN = 3  # footnotes in sequence, their numbers glued to their first words, before a copy is read so
# What a glued number is followed by: a capital or an opening quote, or a code's title and section ("722 U.S.C." for note 7)
GLUED_TEXT_RE = lazy(r"[\p{Lu}“\"‘]|\d{1,4}\s\p{Lu}")


def _glued_numbers(body: str) -> str | None:
    """``body`` with a space after each footnote number a PDF copy glues to its note ("1Department of State, …",
    "722 U.S.C. § 2291j-1." for note 7), found by the numbers' sequence 1, 2, 3, …; None when there are fewer than
    three such lines (a document with no notes at all stays one)."""
    lines = body.split("\n")
    found: list[int] = []  # the lines of notes 1, 2, 3, …
    for i, line in enumerate(lines):
        number = str(len(found) + 1)
        if line.startswith(number) and GLUED_TEXT_RE.match(line, len(number)):
            found.append(i)
    if len(found) < GLUED_MIN:
        return None
    for number, i in enumerate(found, start=1):
        digits = len(str(number))
        lines[i] = lines[i][:digits] + " " + lines[i][digits:]
    return "\n".join(lines)


def _run_on_notes(notes: list[Note]) -> list[Note]:
    """Notes set on one line ("10. Jane Roe, *Title* (…, 2017). 11. John Doe, *Other* (…)"), split where the next
    number, missing from the list, follows the end of a sentence of the note before."""
    numbers = {n.number for n in notes}
    out: list[Note] = []
    for note in notes:
        while note.number + 1 not in numbers and f" {note.number + 1}. " in note.text:
            m = regex.search(rf"(?<=[.)\]”\"’])\s+{note.number + 1}\.\s+(?=[\p{{Lu}}“\"*‘])", note.text)
            if m is None:
                break
            exact = note.span[1] - note.span[0] == len(note.text)
            at = note.span[0] + m.end() if exact else note.span[0]
            out.append(evolve(note, text=note.text[: m.start()].rstrip(), span=(note.span[0], note.span[0] + m.start())
                              if exact else note.span))
            numbers.add(note.number + 1)
            note = evolve(note, number=note.number + 1, text=note.text[m.end():], span=(at, note.span[1]),
                          marker=f"{note.number + 1}.")
        out.append(note)
    return out


MD_REFERENCE_RE = lazy(r"\[\^(?P<label>[^\]\s]{1,40})\](?!:)")


def _numbered_as_referenced(outside: str, notes: list[Note]) -> list[Note]:
    """Markdown footnotes with named labels ("[^smith]") are numbered as pandoc prints them: in the order the
    text first refers to them, whatever their labels and the order of their definitions; a note the text never
    refers to comes after, in the order defined."""
    first: dict[str, int] = {}
    for m in MD_REFERENCE_RE.finditer(outside):
        first.setdefault(f"[^{m.group('label')}]:", len(first))
    order = sorted(range(len(notes)), key=lambda i: (first.get(notes[i].marker, len(first) + i)))
    return [evolve(notes[i], number=k) for k, i in enumerate(order, start=1)]


# The links a publisher's page sets after each note or reference, copied with it: "[Google Scholar]",
# "[Crossref], [Web of Science ®]", "[ Links ]", "Return to ref 4 in article", a line of "WorldCat", or
# "pp. 73–107.CrossRefGoogle Scholar" glued to the note's last period
_CHROME_LABEL = (r"Google\s+Scholar|Google\s+Preview|Google\s+Books|OpenURL\s+Placeholder\s+Text|WorldCat|COPAC|Cross[Rr]ef|"
                 r"PubMed(?:\s+Central)?|Search\s+ADS|Web\s+of\s+Science(?:\s*®)?|Taylor\s+&\s+Francis\s+Online|Scopus|Links|"
                 r"Find\s+this\s+resource:?|Download\s+references|Download\s+citation|Article|CAS|MathSciNet|ADS|"
                 r"(?:Abstract/)?FREE\s+Full\s+Text|View\s+(?:in\s+)?Article|OpenUrl")
# ("Article CAS Google Scholar", "Download references": a Springer Nature page's links, each line of nothing else)
_RETURN_TO = r"Return\s+to\s+(?:ref|reference|note|citation)\s+\d{1,4}\s+in\s+(?:article|text)"
_CHROME_LINK = rf"\[[ \t]*(?:{_CHROME_LABEL}|{_RETURN_TO})[ \t]*\](?:\([^()\s]{{0,300}}\))?"
# (each alternative opens on a character that is no space, so a long run of spaces costs one pass)
CHROME_RE = lazy(
    rf"(?:,[ \t]*)?{_CHROME_LINK}(?:[ \t]*,?[ \t]*{_CHROME_LINK})*"  # bracketed, or a link
    rf"|(?m:^[ \t]*(?:(?:{_CHROME_LABEL})[ \t]*,?[ \t]*)+$)"  # a line of nothing else
    rf"|(?<=[.\d)\]])(?:Cross[Rr]ef|Google\s+Scholar|PubMed|WorldCat|Search\s+ADS)+(?=[;,\s]|$)"  # glued to the note
    rf"|{_RETURN_TO}"
    r"|↵")  # (the arrow a journal's page sets before each reference, a link back to the text: "1.↵Roe J. Title.")
# One of these is in every stretch CHROME_RE finds
CHROME_WORDS = ("Google Scholar", "Google Preview", "Google Books", "OpenURL", "WorldCat", "COPAC", "CrossRef", "Crossref",
                "PubMed", "Search ADS", "Web of Science", "Francis Online", "[Scopus", "Links ]", "Links]", "this resource",
                "Return to ", "Download ", "↵", "Full Text", "View ", "OpenUrl")


# A line of markup a converter leaves in markdown around each note: pandoc's fenced divs ("::: {#edn7}", ":::")
# and raw HTML tags alone on their line ("<div id=\"edn7\">", "</div>")
MARKUP_LINE_RE = lazy(r"(?m)^[ \t]*(?::{3,}[^\n]{0,200}|(?:</?[A-Za-z][^<>\n]{0,200}>[ \t]*)+)$")


# The attributes pandoc writes in braces after a heading or a link: "{#notes.xhtml}", "{.calibre1}", "{#en2-1 .note}"
PANDOC_ATTRIBUTES_RE = lazy(r"[ \t]*\{[#.][\w.:\-]{1,120}(?:[ \t]+[#.][\w.:\-]{1,120}){0,5}\}(?P<end>[ \t]*(?=\n|$))?")


def _blank_attributes(m: regex.Match) -> str:
    """Spaces for pandoc's attributes; at a line's end, a line break first, so that the heading before them ends its
    line as a heading does (offsets stay)."""
    return "\n" + " " * (len(m.group(0)) - 1) if m.group("end") is not None else " " * len(m.group(0))


# A note number that links to its anchor, as converters write Word's and Google Docs' notes in markdown:
# "[[1]](#_ednref1)", "[\\[1\\]](#ftnt_ref1)", "[^{[1]}](#_ednref1)", "^[1](#_ftnref1)^", "[^\\[1\\]^](#_edn1)"
ANCHOR_NUMBER_LINK_RE = lazy(r"\^?\[(?:\^\{|\^)?(?:\\?\[)?(?P<n>\d{1,5})(?:\\?\])?(?:\}|\^)?\]\((?:https?://[^()\s#]{1,300})?"
                             r"(?P<anchor>#[^()\s]{1,80}|javascript:[^()\s]{0,30}(?:\(\d?\))?;?)\)\^?")
# (a converter given the page's address writes the anchor after it: "[[2]](https://example.org/analysis#_ednref2)")


def _anchor_number_links(body: str) -> str:
    """``body`` with each number linked to an anchor written "[1] (#anchor)", the form pasted pages have
    ("[32] (# ednref32)"), with spaces before the anchor so that offsets stay."""
    def plain(m: regex.Match) -> str:
        target = m.group("anchor") if m.group("anchor")[:1] == "#" else "#"  # ("[1](javascript:;)": a script opens it)
        number, anchor = f"[{m.group('n')}]", f" ({target})"
        pad = len(m.group(0)) - len(number) - len(anchor)  # between the two, so that the next marker may follow at once
        return number + " " * pad + anchor if pad >= 0 else m.group(0)
    return ANCHOR_NUMBER_LINK_RE.sub(plain, body)


def _without_link_chrome(body: str) -> str:
    """``body`` with the links a publisher's page adds to its notes blanked out (offsets stay).

    Only the lines around each of CHROME_WORDS are searched (the line before and the line after too, as a
    link's words may wrap): a long article that names "View " once is not searched end to end.
    """
    spans: list[tuple[int, int]] = []
    for word in CHROME_WORDS:
        at = body.find(word)
        while at >= 0:
            start = body.rfind("\n", 0, body.rfind("\n", 0, at)) + 1  # the start of the line before
            end = body.find("\n", body.find("\n", at + len(word)) + 1)  # the end of the line after
            spans.append((start, len(body) if end < 0 else end))
            at = body.find(word, at + len(word))
    if not spans:
        return body
    spans.sort()
    merged = [list(spans[0])]
    for start, end in spans[1:]:
        if start <= merged[-1][1] + 1:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    def blank(m: regex.Match) -> str:
        return " " * len(m.group(0))
    parts, last = [], 0
    for start, end in merged:
        parts.append(body[last:start])
        parts.append(CHROME_RE.sub(blank, body[start:end]))
        last = end
    parts.append(body[last:])
    return "".join(parts)


# A page's running header or footer, as text copied from a PDF repeats it on every page: its page number
# at either end ("Example Institute | Report 12        27", "24 Example Institute Report 21")
PAGE_NUMBER_END_RE = lazy(r"[ \t]+\d{1,4}$", regex.REVERSE)
PAGE_NUMBER_START_RE = lazy(r"^\d{1,4}[ \t]{2,}")  # one space: a note's own number
PAGE_NUMBER_ONE_SPACE_RE = lazy(r"^\d{1,4}[ \t]+")
# A line that is the rest of a date wrapped from the line above: "25 August 2020.", "3 June 2021,"
DATE_LINE_RE = lazy(r"(?<![ \t])[ \t]{0,8}\d{1,2}[ \t]+\p{L}{3,10}\.?[ \t]+(?:1[5-9]\d\d|20\d\d)[.,;]?"
                    r"(?:[ \t]*(?:pp?\.|paras?\.)?[ \t]*[\dxivlc]{1,5}(?:[-–][\dxivlc]{1,5})?\.?)?[ \t]*$")  # "…, p. 4."
PAGE_MIN_LINES = 8  # a running head comes back a page later, never a few lines on
# The stamp of who downloaded a publisher's PDF, and when: "Downloaded by [Example University] at 04:12 18 May 2021",
# "Downloaded from https://… on 14 March 2023", "Downloaded from example.org by guest on 3 May 2022"
DOWNLOADED_LINE_RE = lazy(r"^Downloaded\s+(?:by|from)\s+\S.{0,200}?\s(?:at|on)\s+[\d\p{L}:., ]{4,40}$")
# The heading of a magazine's endnotes: "Citations" (CTC Sentinel), "Substantive Notes"
CITATIONS_HEADING_RE = lazy(r"(?i)^[ \t#*_]{0,8}(?:citations|substantive[ \t]+notes)[ \t*_:.]{0,8}$")
WIDE_GAP_RE = lazy(r"\S[ \t]{3,}(?:(?i:page|pág\.?|página|pagina|seite)\s+)?\d{1,4}$")  # (Crisis Group: "…, 13 December 2023   Page 2")
WIDE_GAP_FIRST_RE = lazy(r"^[ \t]*\d{1,4}[ \t]{3,}\S")
FURNITURE_MIN_CHARS = 12
# A header's date at its end, which is no page number: "12   CTC SENTINEL   OCTOBER 2024", "Issue 3, March 2019"
MONTH_YEAR_END_RE = lazy(r"(?i)\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}\.?,?\s+(?:19|20)\d\d$", regex.REVERSE)
# A page number named as one at the start of a header or footer: "Page 24 ", "Pág. 7 ", "Seite 3 ", "Pagina 12 "
PAGE_WORD_NUMBER_RE = lazy(r"^(?:page|pág\.?|página|pagina|seite)\s+\d{1,4}\b\s*", regex.IGNORECASE)
# A page number inside a journal's footer, between its ISSN and its date: "ISSN 2334-3745 41 June 2021"
INNER_PAGE_NUMBER_RE = lazy(r"(?<=\d{4}-\d{3}[\dX]\s+)\d{1,4}(?=\s+\p{L})")
# The same at the end of a header: "… 14 November 2023 Page 2"
PAGE_WORD_END_RE = lazy(r"\s+(?:page|pág\.?|página|pagina|seite)\s+\d{1,4}(?:\s+(?:of|de|di|von)\s+\d{1,4})?$",
                        regex.IGNORECASE | regex.REVERSE)  # ("Working Paper 2024/03   Page 3 of 6")
# A page number set far apart from a short line, as a header or footer is laid out, even printed once
PAGE_NUMBER_FIRST_RE = lazy(r"^[ \t]*\d{1,4}[ \t]{8,}\S")
PAGE_NUMBER_LAST_RE = lazy(r"\S[ \t]{8,}\d{1,4}[ \t]*$", regex.REVERSE)
FURNITURE_MAX_CHARS = 110
# A page's number named as one, alone on its line: "Página 57", "Page 12", "Seite 3"
PAGE_LABEL_LINE_RE = lazy(r"(?i:page|pág\.?|página|pagina|seite)\s+\d{1,4}")


# The head and foot a browser prints on every page of a web page: "9/14/21, 10:02 AM The Army That Wasn't There - War on the
# Rocks", "14/09/2021 10:02 Title", and "https://warontherocks.com/2021/09/the-army/ 2/4"
BROWSER_PRINT_LINE_RE = lazy(r"\d{1,2}/\d{1,2}/\d{2,4},?\s+\d{1,2}:\d{2}(?:\s*[AaPp]\.?[Mm]\.?)?(?:\s+\S.{0,250})?"
                             r"|(?:https?://|file:///|about:blank)\S{0,250}\s+\d{1,3}/\d{1,3}")
BROWSER_PRINT_FIRST = frozenset("0123456789hfa")
BROWSER_PRINT_SEEN_RE = lazy(r"(?m)^[ \t]{0,9}(?:\d{1,2}/\d{1,2}/\d{2,4},?[ \t]+\d{1,2}:\d{2}|"
                             r"(?:https?://|file:///|about:blank)[^\s]{0,250}[ \t]+\d{1,3}/\d{1,3}[ \t]*$)")


LONE_PAGED_HEAD_RE = lazy(r"\d{1,4}[ \t]{3,}\p{Lu}[\p{L}'’&\- ]{3,80}\p{L}|\p{Lu}[\p{L}'’&\- ]{3,80}\p{L}[ \t]{3,}\d{1,4}")


def _without_browser_print(body: str) -> str:
    """``body`` with the head and foot a browser prints on each page blanked out (spaces, so that offsets stay)."""
    lines = body.split("\n")
    return "\n".join(" " * len(line) if len(line) <= 300 and line[:1] in BROWSER_PRINT_FIRST
                     and BROWSER_PRINT_LINE_RE.fullmatch(line.strip()) else line for line in lines)


def _without_page_furniture(body: str) -> str:
    """``body`` with each running header or footer blanked out (spaces, so that offsets stay): a short line
    with no final period and no comma, printed again and again with only its page number changing."""
    lines = body.split("\n")
    keys: list[str | None] = []
    counts: Counter[str] = Counter()
    wide: set[str] = set()
    numbered: dict[str, list[tuple[int, str]]] = {}  # a key after a page number and one space -> (line, number) printed
    for at, line in enumerate(lines):
        key = line.strip()
        if key[:1].isdigit() and (lead := PAGE_NUMBER_ONE_SPACE_RE.match(key)) is not None:
            numbered.setdefault(key[lead.end():], []).append((at, lead.group(0).strip()))
        paged = key[-1:].isdigit() and (word_page := PAGE_WORD_END_RE.search(key)) is not None
        if paged:  # "Crisis Group Africa Report N°321, 14 November 2023 Page 2": a header, commas and all
            key = key[: word_page.start()].rstrip()
        elif key[-1:].isdigit() and not MONTH_YEAR_END_RE.search(key):  # a page number may end it; "OCTOBER 2024" is a date
            key = PAGE_NUMBER_END_RE.sub("", key)
        if key[:1].isdigit():
            key = PAGE_NUMBER_START_RE.sub("", key)
        if key[:4] in ("Page", "page", "PAGE", "Pág", "pág", "Seit", "Pagi"):  # "Page 24 GAO-22-104611 Broadband"
            key = PAGE_WORD_NUMBER_RE.sub("", key, count=1)
        if not (FURNITURE_MIN_CHARS <= len(key) <= 130) or key[-1:] in ".:;," or "," in key and not paged \
                or not key[:1].isalpha():
            keys.append(None)
            continue
        if key[:4] == "ISSN":  # "ISSN 2334-3745 41 June 2021": the page number between the ISSN and the date
            key = INNER_PAGE_NUMBER_RE.sub("#", key)
        if "   " in key:  # "CTC SENTINEL     MARCH 2019" on odd pages, "MARCH 2019     CTC SENTINEL" on even: one header
            key = " | ".join(sorted(part.strip() for part in key.split("   ") if part.strip()))
        keys.append(key)
        counts[key] += 1
        if WIDE_GAP_RE.search(line.rstrip()) or WIDE_GAP_FIRST_RE.match(line):
            wide.add(key)
    furniture = {k for k, n in counts.items() if n >= 3 or n >= 2 and (k in wide or _paged_twice(k, lines, keys))}
    if "ownloaded " in body:
        for at, line in enumerate(lines):  # "Downloaded by [University of Example] at 04:12 18 May 2021": the stamp a
            if DOWNLOADED_LINE_RE.match(line.strip()):  # publisher's PDF prints on each page, once is enough
                keys[at] = line.strip()
                furniture.add(line.strip())
    same: dict[str, list[int]] = {}  # a long footer printed word for word on every page, commas and full stops and all:
    for at, line in enumerate(lines):  # "Revista CIDOB d'Afers Internacionals, n.º 131, (septiembre 2022), p. 187-209. ISSN:…"
        if 20 <= len(line.strip()) <= 220 and line.strip()[:1].isalpha():
            same.setdefault(line.strip(), []).append(at)
    for line, seen in same.items():
        apart = len(seen) >= 2 and min(b - a for a, b in zip(seen, seen[1:], strict=False)) >= PAGE_MIN_LINES
        if apart and (len(seen) >= 3 and len(line) >= 40
                      or all(_number_beside(lines, at, 1) or _number_beside(lines, at, -1) for at in seen)):
            # (or a shorter head with a comma, "Coca, Estado y violencia en el VRAEM peruano", each time beside the page's number)
            for at in seen:
                keys[at] = line
            furniture.add(line)
    # "32 CTC SENTINEL JUNE 2021", "34 CTC SENTINEL JUNE 2021", …: one space after the page number, as after a note's
    # own number, but the same words three times with three numbers are a running header, never notes
    repeated = {k for k, seen in numbered.items() if _numbered_again(seen, lines) and FURNITURE_MIN_CHARS <= len(k) <= 100
                and k[-1:] not in ".:;," and "," not in k and k[:1].isalpha()
                and min(b[0] - a[0] for a, b in zip(seen, seen[1:], strict=False)) >= PAGE_MIN_LINES}  # once a page, never on lines in a row
    if repeated:  # after the notes' heading: between footnotes and the next page's text, the head ends the note; with no
        # heading (footnotes at each page's foot), a foot set apart by blank lines on every page: "3 Chatham House"
        after = next((i for i, line in enumerate(lines) if NOTES_HEADING_RE.match(line) or CITATIONS_HEADING_RE.match(line)),
                     None)
        apart = {k for k in repeated if all(_set_apart(lines, at) for at, _ in numbered[k])}
        if after is not None or apart:
            keys = [next((k for k in repeated if line.strip().endswith(k) and line.strip()[:1].isdigit()
                          and (after is not None and i > after or k in apart)), key)
                    for i, (line, key) in enumerate(zip(lines, keys, strict=True))]
            furniture |= repeated
    heads = {at for at, line in enumerate(lines) if (line.isupper() or line[:1].isdigit() or line.rstrip()[-1:].isdigit())
             and _dated_capitals_head(line)
             or line[:1] in "©0123456789" and FIRST_PAGE_FOOTER_OR_VERSO_RE.match(line) is not None
             or "|" in line and PIPE_PAGE_RE.match(line) is not None
             or "cairn.info" in line and CAIRN_STAMP_RE.search(line) is not None
             or line[:1].isdigit() and "(" in line and POSTAL_FOOTER_RE.match(line) is not None
             or "   " in line and _journal_issue_head(line)
             or "ssue" in line and CAPITALS_VOLUME_ISSUE_RE.fullmatch(line.strip()) is not None
             or line[:1] in "PpSs" and PAGE_LABEL_LINE_RE.fullmatch(line.strip()) is not None  # "Página 57" alone
             or "   " in line and LONE_PAGED_HEAD_RE.fullmatch(line.strip()) is not None and _set_apart(lines, at)}
    # (a running head printed once, its page number set off by a wide gap: "48   The International Institute for Strategic
    # Studies", "Counterterrorism After Withdrawal   49", alone between blank lines, inside a note cut by the page)
    if not furniture and not heads and "        " not in body:
        return body
    blank = [key in furniture or _page_number_apart(line) or at in heads
             for at, (line, key) in enumerate(zip(lines, keys, strict=True))]
    for at, key in enumerate(keys):  # the page's number alone on the line after its running head, or before it
        if key in furniture:
            for step in (-1, 1):
                near = at + step if 0 <= at + step < len(lines) and lines[at + step].strip() else at + 2 * step
                if 0 <= near < len(lines) and BARE_NUMBER_RE.match(lines[near]):
                    blank[near] = True  # (across one blank line, as a copy of a laid-out page keeps them)
    out: list[str] = []
    i = 0
    while i < len(lines):
        if not blank[i]:
            out.append(lines[i])
            i += 1
            continue
        # the header and the empty lines around it become one line of spaces, so that a note broken by the
        # page ("… (La Paz:" / header / "UNODC, 2023), p. 9.") goes on across it
        start = i
        while start > 0 and not lines[start - 1].strip() and out and not out[-1].strip():
            out.pop()
            start -= 1
        end = i + 1
        while end < len(lines) and (blank[end] or not lines[end].strip()):
            end += 1
        spaces = " " * (sum(len(line) for line in lines[start:end]) + end - start - 1)
        if out:  # joined to the line before, so that no blank line is left to end a note there
            out[-1] += " " + spaces
        else:
            out.append(spaces)
        i = end
    return "\n".join(out)


# A magazine's running head, which a copy may hold only once: its name and issue date in capitals, and the page
# number at one end ("18   CTC SENTINEL   NOVEMBER 2020   VANDERMEERSCH", "MARCH 2020 CTC SENTINEL 17",
# "CTC SENTINEL | MARCH 2020 19")
CAPITALS_MONTH_YEAR_RE = lazy(r"\b(?:JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER"
                              r"|SPRING|SUMMER|FALL|AUTUMN|WINTER)(?:/\p{Lu}+)?[ \t]+(?:19|20)\d\d\b")
TITLE_CASE_MONTH_YEAR_RE = lazy(r"\b(?:January|February|March|April|May|June|July|August|September|October|November|December"
                                r"|Spring|Summer|Fall|Autumn|Winter)(?:/\p{Lu}\p{Ll}+)?[ \t]+(?:19|20)\d\d\b")
CAPITALS_WORD_RE = lazy(r"\b\p{Lu}{3,}\b")
PAGE_AT_START_RE = lazy(r"^\d{1,4}[ \t]")
PAGE_AT_END_RE = lazy(r"[ \t]\d{1,4}$")


# A journal's first-page footer and the head of its left-hand pages, which a copy may hold once or twice: "© 2021
# Informa UK Limited, trading as Taylor & Francis Group", "1016 R. AFRIDI", "4 J. ROE AND K. DOE", "212 J. ROE ET AL."
FIRST_PAGE_FOOTER_OR_VERSO_RE = lazy(
    r"^[ \t]*(?:©[ \t]*(?:19|20)\d\d[ \t]+\S.{0,120}"
    r"|\d{1,4}[ \t]+(?:\p{Lu}\.(?:-\p{Lu}\.)?[ \t]?){1,3}[ \t]*\p{Lu}[\p{Lu}'’\-]+(?:[ \t]+(?:AND[ \t]+(?:\p{Lu}\.[ \t]?){1,3}[ \t]*"
    r"\p{Lu}[\p{Lu}'’\-]+|ET[ \t]+AL\.))?)[ \t]*$")


# The stamp Cairn.info prints on every page of a PDF it serves: "© Institut français des relations internationales |
# Téléchargé le 12/03/2022 sur www.cairn.info (IP: 192.0.2.94)", "Document téléchargé depuis www.cairn.info - Université
# de Lille - - 192.0.2.94 - 12/03/2022 10h15. © Presses de Sciences Po"
CAIRN_STAMP_RE = lazy(r"(?i)t[ée]l[ée]charg[ée]\s+(?:le\s+\d{1,2}/\d{1,2}/\d{4}\s+sur|depuis)\s+www\.cairn\.info")


# A site's or a publisher's address and telephone, closing a page: "1400 16th Street NW, Suite 515 | Washington, DC 20036 |
# (202) 293-5550"
POSTAL_FOOTER_RE = lazy(r"^[ \t]*\d{1,5}[ \t]+[^\n]{2,60}?\b(?:Street|St\.|Avenue|Ave\.|Road|Rd\.|Boulevard|Blvd\.|Place|Square|"
                        r"Lane|Drive|Way)\b[^\n]{0,120}?\(\d{3}\)[ \t]?\d{3}[-.][ \t]?\d{4}[ \t]*$")
# A page's number and its running head set apart by a bar, which no note is: "14 | Example Briefs", "Beyond the Point | 15"
PIPE_PAGE_RE = lazy(r"^[ \t]*(?:\d{1,4}[ \t]?\|[ \t]?[^|\n\s][^|\n]{2,79}|[^|\n\d\s][^|\n]{1,79}?[ \t]?\|[ \t]?\d{1,4})$")
BARE_NUMBER_RE = lazy(r"^[ \t]*\d{1,4}[ \t]*$")


def _numbered_again(seen: list[tuple[int, str]], lines: list[str]) -> bool:
    """Whether words printed after a number, again and again, carry a page's numbers: three numbers or more, or two pages
    in a row each set apart by blank lines ("3 Chatham House", "4 Chatham House": a short paper's foot)."""
    numbers = [int(n) for _, n in seen]
    if len(set(numbers)) >= 3:
        return True
    return len(numbers) == 2 and numbers[1] == numbers[0] + 1 and all(_set_apart(lines, at) for at, _ in seen)


def _set_apart(lines: list[str], at: int) -> bool:
    """A line with blank lines (or the text's edge) before and after it."""
    return (at == 0 or not lines[at - 1].strip()) and (at + 1 >= len(lines) or not lines[at + 1].strip())


def _paged_twice(key: str, lines: list[str], keys: list[str | None]) -> bool:
    """A running head printed twice, each time with the page's number alone on the line after it (or before it)."""
    near = [at for at, k in enumerate(keys) if k == key]
    return all(_number_beside(lines, at, 1) or _number_beside(lines, at, -1) for at in near)


def _number_beside(lines: list[str], at: int, step: int) -> bool:
    """Whether the page's number stands alone on the next line that holds anything, after ``at`` (``step`` 1) or before it
    (-1): "207", a blank line, then the running head."""
    near = at + step
    if 0 <= near < len(lines) and not lines[near].strip():
        near += step  # (one blank line between, as a copy of a laid-out page keeps them)
    return 0 <= near < len(lines) and (BARE_NUMBER_RE.match(lines[near]) is not None
                                       or PAGE_LABEL_LINE_RE.fullmatch(lines[near].strip()) is not None)  # ("Página 57")


def _dated_capitals_head(line: str) -> bool:
    """A running head in capitals with its issue's date and a page number, which no note is: a note has a
    word in lower case, a comma or a closing period."""
    text = line.strip()
    if not FURNITURE_MIN_CHARS <= len(text) <= FURNITURE_MAX_CHARS or "," in text or text.endswith("."):
        return False
    date = CAPITALS_MONTH_YEAR_RE.search(text) or TITLE_CASE_MONTH_YEAR_RE.search(text)
    if date is None or not (text[: date.start()] + text[date.end():]).isupper():  # ("32 June 2024 ARMS CONTROL TODAY":
        return False  # the month may be printed in small letters, nothing else)
    paged = PAGE_AT_START_RE.match(text) is not None or date.end() < len(text) and PAGE_AT_END_RE.search(text) is not None
    return paged and len(CAPITALS_WORD_RE.findall(text[: date.start()] + " " + text[date.end():])) >= 2


# A journal's running head naming its issue, set far from the page number, which a copy may hold only once:
# "Revista de Economía y Política Social, vol. 14, núm. 2, julio-diciembre de 2021    96"
ISSUE_WORDS_RE = lazy(r"(?i)\b(?:vol\.|núm\.|no\.|n\.º|nº|issue|v\.)\s*\d{1,4}\b")
YEAR_IN_HEAD_RE = lazy(r"\b(?:1[89]|20)\d\d\b")
WIDE_PAGE_END_RE = lazy(r"\S[ \t]{3,}\d{1,4}$")
WIDE_PAGE_START_RE = lazy(r"^\d{1,4}[ \t]{3,}\S")


# A journal's name in capitals and its volume and issue: "PERSPECTIVES ON TERRORISM Volume 15, Issue 3"
CAPITALS_VOLUME_ISSUE_RE = lazy(r"(?:\p{Lu}{2,}[ \t]+){1,6}\p{Lu}{2,}[ \t]+Vol(?:ume|\.)[ \t]*\d{1,4},[ \t]*Issue[ \t]*\d{1,3}")


def _journal_issue_head(line: str) -> bool:
    text = line.strip()
    return FURNITURE_MIN_CHARS <= len(" ".join(text.split())) <= FURNITURE_MAX_CHARS and not text.endswith(".") \
        and (WIDE_PAGE_END_RE.search(text) is not None or WIDE_PAGE_START_RE.match(text) is not None) \
        and ISSUE_WORDS_RE.search(text) is not None and YEAR_IN_HEAD_RE.search(text) is not None


def _page_number_apart(line: str) -> bool:
    return "        " in line and len(line.strip()) <= FURNITURE_MAX_CHARS \
        and (PAGE_NUMBER_FIRST_RE.match(line) is not None or PAGE_NUMBER_LAST_RE.search(line) is not None
             or PAGE_NUMBER_ALONE_RE.match(line) is not None)


# A page's number alone on its line, set far to the right or the middle, as a copy of a laid-out page keeps it ("      4")
PAGE_NUMBER_ALONE_RE = lazy(r"^[ \t]{20,}\d{1,4}[ \t]*$")


INLINE_NOTE_START_RE = lazy(r"\^\[(?![\dixvlc]{1,7}\])")
INLINE_NOTE_MAX_CHARS = 5000  # a note is shorter than this: an unclosed "^[" is not scanned further


def _inline_notes(body: str) -> str | None:
    """The body with each inline note "^[text]" replaced by a marker "[^N]" and its text set out as
    a footnote "[^N]: text" at the end; None when there is none (brackets inside a note nest)."""
    out, notes, pos, scanned = [], [], 0, 0
    for m in INLINE_NOTE_START_RE.finditer(body):
        if m.start() < max(pos, scanned):
            continue  # inside a note already taken, or a stretch already scanned without a close
        depth, i, stop = 1, m.end(), min(len(body), m.end() + INLINE_NOTE_MAX_CHARS)
        while i < stop and depth:
            depth += {"[": 1, "]": -1}.get(body[i], 0)
            i += 1
        if depth or not body[m.end():i - 1].strip():
            scanned = i
            continue
        notes.append(" ".join(body[m.end():i - 1].split()))
        out.append(body[pos:m.start()] + f"[^{len(notes)}]")
        pos = i
    if not notes:
        return None
    out.append(body[pos:])
    return "".join(out).rstrip() + "\n\n" + "\n".join(f"[^{n}]: {t}" for n, t in enumerate(notes, 1)) + "\n"


HEADING_MAX_CHARS = 120  # a heading line is short; longer lines are prose or notes


def heading_lines(body: str, heading: regex.Pattern) -> list[int]:
    """Offsets of the lines that the whole-line pattern ``heading`` matches (same as its
    ``finditer`` over the body, but only short lines are tried: much faster on long articles)."""
    out: list[int] = []
    offset = 0
    for line in body.split("\n"):
        if len(line) <= HEADING_MAX_CHARS and heading.match(line):
            out.append(offset)
        offset += len(line) + 1
    return out


def _front_matter_end(body: str) -> int:
    """The offset just past YAML ("---" ... "---") or TOML ("+++" ... "+++") front matter, else 0."""
    lines = body.split("\n", FRONT_MATTER_MAX_LINES + 1)
    fence = lines[0].strip()
    if fence not in FRONT_MATTER_FENCES:
        return 0
    offset = len(lines[0]) + 1
    for line in lines[1:FRONT_MATTER_MAX_LINES + 1]:
        offset += len(line) + 1
        if line.strip() in (fence, "..."):
            return min(offset, len(body))
    return 0


ROMAN_VALUES = {"i": 1, "v": 5, "x": 10, "l": 50, "c": 100}


def roman_number(text: str) -> int:
    """"iv" -> 4, "xii" -> 12 (lower-case numerals, as Word numbers endnotes)."""
    total, last = 0, 0
    for ch in reversed(text.lower()):
        value = ROMAN_VALUES[ch]
        total += -value if value < last else value
        last = max(last, value)
    return total


def canonical_roman(text: str) -> bool:
    """The numeral as numbers are written ("iv", "xiv", "XL"), not letters that spell one only loosely ("iiii", "vx", "ic")."""
    n = roman_number(text)
    if not 0 < n < 400:
        return False
    out = ""
    for value, numeral in ((100, "c"), (90, "xc"), (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")):
        while n >= value:
            out, n = out + numeral, n - value
    return out == text.lower()


def _candidate_starts(body: str, skip: int = 0) -> list[_Start]:
    starts: list[_Start] = []
    offset = 0
    previous = ""
    backlinks = 0  # entries opening with a back link, numbered in order
    arrows = body.count("↩\n") + body.count("↩︎\n") >= 3  # notes closed by a back link, copied without their numbers
    paragraph = 0  # where the paragraph the line is in began
    for line in body.splitlines(keepends=True):
        if not previous.strip():
            paragraph = offset
        if offset >= skip and line.strip():
            for style, pattern in NOTE_STYLES.items():
                if style == "backlink" and line.lstrip(" \t")[:1] not in "^↑":
                    continue  # the one style that opens with no number: checked by its first character
                m = pattern.match(line)
                if m:
                    if style == "bare" and not line.startswith(("http", "www."), m.end()) \
                            and _runs_on(previous, line[m.end():m.end() + 1]):  # ("4 https://…": a note of addresses)
                        break  # "12 words" after a line that runs on: a wrapped line, not a note
                    if style in ("dot", "bare") and line[m.end():m.end() + 1] in "CcRr" \
                            and COMMENT_COUNT_RE.fullmatch(line.strip()) is not None:
                        break  # "4 Comments" under the notes: the page's count of comments, no note
                    if style in ("dot", "bare") and DATE_AFTER_NUMBER_RE.match(line, m.end()) \
                            and not TERMINAL_RE.search(previous.strip()) and previous.strip():
                        break  # "Urteil vom\n11. Juli 2018, Az. …": a German date wrapped to the line's start, not note 11
                    if style in ("paren", "dot", "bare") and len(m.group("n")) == 4 and m.group("n")[:2] in ("15", "16", "17", "18",
                                                                                                    "19", "20") \
                            and previous.strip() and not TERMINAL_RE.search(previous.strip()):
                        break  # "… see Mbiti and Weil\n(2015) and Ndung’u (2017).": a year wrapped to the line's start
                    if style == "backlink":
                        backlinks += 1
                        label = str(backlinks)
                    else:
                        label = m.group("n").translate(_FROM_SUPERSCRIPT)
                    if style in ("roman", "roman_line"):
                        if style == "roman_line" and not canonical_roman(label):
                            continue  # "CIVIL …", "LIC …": capitals that spell no numeral as printed
                        label = str(roman_number(label))
                    text_start = offset + m.end()
                    if style == "lone":  # the note is the next paragraph, after at most a blank line (and the indent
                        window = body[text_start:text_start + 14]  # a PDF's layout gives its first line)
                        rest = window.lstrip()
                        skipped = window[: len(window) - len(rest)]
                        if not rest or skipped.count("\n") > 1 or len(skipped) > 10 or rest[0].isdigit():
                            break
                        text_start += len(window) - len(rest)
                    starts.append(_Start(style, label, offset, text_start, m.group(0).strip()))
                    break
            else:
                if arrows and paragraph >= skip and line.rstrip().endswith(("↩", "↩︎")) \
                        and (not starts or starts[-1].line_start < paragraph):
                    # "Jane Roe, *Title* (…), 12. ↩": a note whose list number a browser drew and the copy lost, closed
                    # by its way back; it opens its paragraph, and is numbered in order as a back link opening one is
                    backlinks += 1
                    starts.append(_Start("backlink", str(backlinks), paragraph, paragraph, ""))
        previous = line
        offset += len(line)
    return _glued_among_bare(starts)


def _without_numbered_headings(starts: list[_Start], body: str) -> list[_Start]:
    """The starts without a chapter's numbered heading over notes numbered from 1 again ("2. The Students" on its own
    line, the next line "1. Author interview …"): a short line with no closing stop, right above a note 1 of its style."""
    out = []
    for s, after in zip(starts, [*starts[1:], None], strict=True):
        if after is not None and after.label == "1" and s.style == after.style and s.label.isdigit() \
                and _heading_text(body[s.text_start:after.line_start]):
            continue
        out.append(s)
    return out


def _heading_text(text: str) -> bool:
    """A chapter's title as a heading prints it: one short line, its words capitalised, no closing stop ("The Bridge",
    "THE STUDENTS", "A Disappearance")."""
    line = text.strip().strip("#*_ \t")
    return (0 < len(line) <= 80 and "\n" not in line and len(line.split()) <= 10 and line[:1].isupper()
            and not TERMINAL_RE.search(line) and not line.endswith(","))


def _glued_among_bare(starts: list[_Start]) -> list[_Start]:
    """Markers glued to their notes ("9Ibid., 160.", "11Beck, …") that carry on the numbering of notes whose numbers
    stand apart ("8 Abhijit …"), as a PDF's copy loses the space on some lines or pages: one run, in their style."""
    out = list(starts)
    expected = None  # the number the next note of the bare run would have
    bare = 0  # how many bare notes that run holds (one alone may be a line of prose: "12 of the 22 attackers …")
    for i, s in enumerate(out):
        if not s.label.isdigit():
            continue
        if s.style == "bare" and (expected is None or int(s.label) == expected or int(s.label) == 1):
            bare = bare + 1 if expected is not None and int(s.label) == expected else 1
            expected = int(s.label) + 1
        elif s.style == "glued" and expected is not None and int(s.label) == expected and bare >= 2:
            out[i] = _Start("bare", s.label, s.line_start, s.text_start, s.marker)
            expected += 1
    return out


# A month and a year after a line's opening number: "11. Juli 2018", "3 March 2020" (a date, when the line above runs on)
DATE_AFTER_NUMBER_RE = lazy(r"(?i)(?:jan(?:uar|vier|uary)?|feb(?:ruar|ruary)?|märz|mars|march|apr(?:il)?|avril|mai|may|juni?|juin|"
                            r"jul[iy]?|juillet|aug(?:ust)?|août|sept?(?:ember)?|okt(?:ober)?|oct(?:ober|obre)?|nov(?:ember|embre)?|"
                            r"de[zc](?:ember|embre)?)\.?\s+(?:1[5-9]|20)\d\d\b")


def _runs_on(previous: str, first: str) -> bool:
    """A bare "12 text" line that begins in lower case after a line that does not end a sentence
    is a wrapped line ("... vol. 2, no.\n3 (1999): 45"), not a note."""
    if first.isupper() or first in "\"“”‘'*¿¡«„":  # (”: a Swedish title opens so)
        return False
    prev = previous.strip()
    return bool(prev) and (not TERMINAL_RE.search(prev) or PAGE_LABEL_END_RE.search(prev) is not None) \
        and not NOTES_HEADING_RE.match(prev)


# A line that ends on a label whose number is on the next line: "…, 2016), pp." + "4 and 31-33."
PAGE_LABEL_END_RE = lazy(r"(?<![\p{L}])(?:pp?|nos?|vols?|paras?|chs?|chap|secs?|arts?|nn?|figs?|S|s)\.$")


def _number(label: str, order: int) -> int:
    return int(label) if label.isdigit() else order


class _Sections:
    """Headings and paragraph breaks of the article, searchable by offset."""

    def __init__(self, body: str, closings: list[int]):
        self.notes = heading_lines(body, NOTES_HEADING_RE)
        self.closings = closings
        self.breaks = [m.start() for m in BLANK_LINE_RE.finditer(body)]

    def notes_heading_before(self, pos: int) -> int | None:
        i = bisect_left(self.notes, pos)
        return self.notes[i - 1] if i else None

    def closing_before(self, pos: int) -> int | None:
        i = bisect_left(self.closings, pos)
        return self.closings[i - 1] if i else None

    def closing_after(self, pos: int) -> int:
        """The offset of the first closing heading after ``pos``, or past the end."""
        i = bisect_right(self.closings, pos)
        return self.closings[i] if i < len(self.closings) else 1 << 62

    def paragraphs_between(self, a: int, b: int) -> int:
        return bisect_left(self.breaks, b) - bisect_right(self.breaks, a)


def _best_run(starts: list[_Start], body: str, sections: _Sections) -> list[_Start]:
    """The run of note starts that most looks like the article's notes."""
    closings = sections.closings
    best: tuple[float, list[_Start]] = (0.0, [])
    best_runs: list[list[_Start]] = []
    footnote_runs: list[list[_Start]] = []  # runs read as a PDF's footnotes, of any style
    by_style: dict[str, list[_Start]] = {}
    for s in starts:
        by_style.setdefault(s.style, []).append(s)
    for style, group in by_style.items():
        if style == "markdown":
            runs = [group]  # footnote definitions are labelled; all of them are notes
        else:
            runs = _runs(group, closings)
        for run in runs:
            if style in UNMARKED_STYLES:
                run = _drop_intruders(run, body)
            first = run[0].line_start
            heading = sections.notes_heading_before(first)
            closing = sections.closing_before(first)
            under_notes = heading is not None and (closing is None or closing < heading)
            if style in UNMARKED_STYLES and not under_notes and not _page_footnotes(run, body, 5 if style == "glued" else 3):
                continue  # bare numbers are too common in prose without a heading (numbers glued to a capital, as a copy
                # of a PDF's superscripts prints them, are trusted in a longer run)
            if not under_notes and style != "markdown" and _page_footnotes(run, body):
                footnote_runs.append(run)
            if style == "lone" and not under_notes and run[0].label != "1":
                continue  # a page number alone on its line: notes copied whole start at 1
            if style == "roman_line" and not (under_notes and run[0].label == "1" and len(run) >= 2):
                continue  # "I. Introduction", "II. …": a document's numbered parts, not its endnotes
            score = float(len(run))
            if style in UNMARKED_STYLES and not under_notes:
                score /= 2  # footnotes pasted from pages: any marked notes section wins over them
            if under_notes and sections.paragraphs_between(heading, first) <= 3:
                score += 2.5
                if not any(heading < other[0].line_start < first for other in runs if other is not run):
                    score += 1  # the first run under the heading: a list restarted at 1 below the notes (comments on
                    # the page, "1. Bob K.: …") is not them
            back_linked = _back_linked(run, body)  # "1. ^ a b Smith, ...": a wiki page's references are its notes
            if closing is not None and (heading is None or heading < closing) and style != "markdown" and not back_linked:
                score /= 4  # a numbered bibliography, not the notes
            score += 0.5 * (run[-1].line_start / max(1, len(body)))  # nearer the end
            if style in ("dot", "paren", "bare", "lone", "sup") and len(run) < 3 and not back_linked:
                score -= 1  # a short numbered list in the prose
            if score > best[0]:
                best = (score, run)
                best_runs = runs
    if best[1] and footnote_runs and best[1] in footnote_runs:
        return _footnotes_across_styles(best[1], footnote_runs)
    return _by_chapter(best[1], best_runs, body, sections) if best[1] and best[1][0].style != "markdown" else best[1]


def _footnotes_across_styles(run: list[_Start], others: list[list[_Start]]) -> list[_Start]:
    """A PDF's footnotes whose numbers the copy prints two ways (alone on a line on some pages, as superscripts on
    others): the runs that carry the numbering on, before or after ``run``, joined to it in order."""
    joined = list(run)
    for _ in range(len(others)):
        before = next((r for r in others if r is not run and r[-1].line_start < joined[0].line_start
                       and r[-1].label.isdigit() and joined[0].label.isdigit() and int(r[-1].label) == int(joined[0].label) - 1),
                      None)
        after = next((r for r in others if r is not run and r[0].line_start > joined[-1].line_start
                      and r[0].label.isdigit() and joined[-1].label.isdigit() and int(r[0].label) == int(joined[-1].label) + 1),
                     None)
        if before is None and after is None:
            break
        joined = (before or []) + joined + (after or [])
    return joined


# A chapter's heading in a book's or a report's notes, above the notes numbered from 1 again: "Chapter 2: The Years of
# Lead", "CHAPTER TWO", "2. The Church Years", "Part II", "Capítulo 3", "Introduction"
CHAPTER_LINE_RE = lazy(r"(?i)^[ \t#*_]{0,6}(?:(?:chapter|ch\.|part|capítulo|capitulo|chapitre|kapitel|section)\s+[\w.]{1,12}\b.{0,100}"
                       r"|(?:introduction|prologue|preface|epilogue|conclusion|afterword|foreword)\b.{0,60}"
                       r"|\d{1,2}\.?[ \t]+(?-i:\p{Lu})[^.\n]{0,80})[ \t*_]*$")


def _by_chapter(run: list[_Start], runs: list[list[_Start]], body: str, sections: _Sections) -> list[_Start]:
    """The notes of every chapter when a book or a report numbers its notes from 1 again under each chapter's heading
    (the best run is one chapter's); ``run`` alone otherwise."""
    heading = sections.notes_heading_before(run[0].line_start)
    if heading is None or run[0].label != "1" or len(runs) < 2:
        return run
    closing = sections.closing_before(run[0].line_start)
    chapters = [r for r in runs if r[0].label == "1" and len(r) >= 2 and sections.notes_heading_before(r[0].line_start) == heading
                and sections.closing_before(r[0].line_start) == closing and sections.closing_after(r[0].line_start)
                == sections.closing_after(run[0].line_start)]
    if len(chapters) < 2 or run not in chapters:
        return run
    if not all(_chapter_heading_before(body, r[0].line_start) or _heading_line_before(body, r[0].line_start)
               for r in chapters[1:]):
        return run
    return [s for r in chapters for s in r]


def _chapter_heading_before(body: str, at: int) -> bool:
    """The last line with text before offset ``at`` is a chapter's heading."""
    before = _line_before(body, at)
    if before.strip() and CHAPTER_LINE_RE.match(before) is not None:
        return True
    lines = body[max(0, at - 400):at].rstrip().rsplit("\n", 2)  # a chapter's label on its own line, its title on the
    return len(lines) >= 2 and CHAPTER_LINE_RE.match(lines[-2]) is not None and _heading_text(lines[-1].strip())
    # next, as an e-book's notes page is copied: "CHAPTER 2" / "Bloody Sunday"


def _heading_line_before(body: str, at: int) -> bool:
    """The last line with text before offset ``at`` is a heading standing alone between blank lines: a chapter's title
    with or without its number ("I. THE BRIDGE", "### II. The Drug", "The Students")."""
    before = body[max(0, at - 400):at].rstrip(" \t")
    if not before.endswith("\n\n") and not before.endswith("\n"):
        return False
    lines = before.rstrip().rsplit("\n", 2)
    if len(lines) >= 2 and lines[-2].strip():
        return False  # (the line above it has text: the end of a paragraph, no heading)
    line = ROMAN_HEADING_NUMBER_RE.sub("", lines[-1].strip().strip("#*_ \t"))
    return _heading_text(line)


# The numeral before a chapter's title: "I. ", "XIV. ", "3. "
ROMAN_HEADING_NUMBER_RE = lazy(r"^(?:[IVXLC]{1,7}|\d{1,2})\.?[ \t]+(?=\S)")


def _line_before(body: str, at: int) -> str:
    """The last line with text in the 400 characters before offset ``at``."""
    return body[max(0, at - 400):at].rstrip().rsplit("\n", 1)[-1]


def _gaps_filled(run: list[_Start], starts: list[_Start], sections: _Sections) -> list[_Start]:
    """The run with the notes its numbering skips found in another form where they belong: in a "1." list, the note
    printed "2 Jane Roe, …" or "26Jane Roe, …" between notes 1 and 3 (or just after the last, before any closing heading)."""
    numbers = [int(s.label) if s.label.isdigit() else None for s in run]
    if None in numbers:
        return run
    by_number: dict[int, list[_Start]] = {}
    for s in starts:
        if s.label.isdigit() and s.style != run[0].style:
            by_number.setdefault(int(s.label), []).append(s)
    out: list[_Start] = []
    for i, s in enumerate(run):
        out.append(s)
        low, high = numbers[i], numbers[i + 1] if i + 1 < len(run) else numbers[i] + 2
        limit = run[i + 1].line_start if i + 1 < len(run) else sections.closing_after(s.line_start)
        at = s.line_start
        for wanted in range(low + 1, high):
            found = next((c for c in by_number.get(wanted, ()) if at < c.line_start < limit), None)
            if found is None:
                break
            out.append(found)
            at = found.line_start
    return out


def _back_linked(run: list[_Start], body: str) -> bool:
    """Most entries open with the back link a wiki page prints before each reference: "^", "↑"."""
    return sum(body[s.text_start:s.text_start + 1] in ("^", "↑") for s in run) * 2 >= len(run)


def _page_footnotes(run: list[_Start], body: str, fewest: int = 3) -> bool:
    """Footnotes copied from the pages of a PDF: three (``fewest``) or more lines numbered one after another
    with no heading above them, most of which read like citations (a year, "Ibid.", an interview)."""
    numbers = [int(s.label) for s in run]
    numbers = [n for i, n in enumerate(numbers) if i == 0 or n != numbers[i - 1]]  # (a wrapped "25 August 2020." repeats 25)
    steps = [b - a for a, b in zip(numbers, numbers[1:], strict=False)]
    if len(numbers) < fewest or len(run) > len(numbers) + 2 or any(step not in (1, 2) for step in steps) \
            or steps.count(2) > len(numbers) // 10:
        return False  # (one number in ten may be missed: a footnote whose first line could not be told from a wrapped one)
    cited = 0
    for s in run:
        end = body.find("\n\n", s.text_start)
        cited += bool(CITATION_HINT_RE.search(body, s.text_start, end if end >= 0 else len(body)))
    return cited * 3 >= len(run) * 2


def _runs(group: list[_Start], closings: list[int]) -> list[list[_Start]]:
    """Split one style's starts into runs of plausibly consecutive numbers; a closing heading
    (a Bibliography) between two starts also ends a run.  One misprinted number ("[80]" where 30
    belongs) stays in the run when the next marker goes on from the last good one, so the notes
    after a typo are not lost."""
    runs: list[list[_Start]] = []
    current: list[_Start] = []
    last = 0  # the highest number of the run, misprints left out
    for i, s in enumerate(group):
        n = int(s.label)
        if current:
            closed = bisect_left(closings, s.line_start) > bisect_left(closings, current[-1].line_start)
            if not closed and last - MAX_GAP <= n <= last + MAX_GAP and not (n == 1 and last >= 2):
                current.append(s)
                last = max(last, n)
                continue
            nxt = group[i + 1] if i + 1 < len(group) else None
            if not closed and nxt is not None and n > last + MAX_GAP and int(nxt.label) == last + 1 \
                    and bisect_left(closings, nxt.line_start) == bisect_left(closings, s.line_start):
                continue  # a wrapped line that opens on a year ("…; Geneva: WHO;\n   2016. p. 12-18."), the next note following
                # on from the last: no note of its own
            if not closed and nxt is not None and last < int(nxt.label) <= last + MAX_GAP \
                    and bisect_left(closings, nxt.line_start) == bisect_left(closings, s.line_start):
                current.append(s)  # a misprinted number between two that follow on
                continue
            runs.append(current)
        current = [s]
        last = n
    if current:
        runs.append(current)
    return runs


def _drop_intruders(run: list[_Start], body: str = "") -> list[_Start]:
    """Drop a bare number that breaks an otherwise consecutive run: "4 ...", "3 (1999): 45", "5 ..."; and a wrapped line
    that opens on the day of a date, printed just before the note of that number ("…, Reuters,\n25 August 2020.\n25 The …")."""
    kept: list[_Start] = []
    for i, s in enumerate(run):
        if body and i + 1 < len(run) and run[i + 1].label == s.label \
                and (DATE_LINE_RE.match(body, s.line_start, body.find("\n", s.line_start) % (len(body) + 1))
                     or _section_heading(body, s)):
            continue
        if body and kept and kept[-1].label == s.label and _section_heading(body, s):
            continue  # "2 The Second Wave" after footnote 2: the section's number repeats the note's
        if kept and i + 1 < len(run):
            prev, n = int(kept[-1].label), int(s.label)
            ahead = [int(t.label) for t in run[i + 1:i + 4]]
            if n != prev + 1 and n != prev and prev + 1 in ahead \
                    and all(m not in (prev, prev + 1) for m in ahead[:ahead.index(prev + 1)]):
                continue  # (up to three in a row: a section's number "2 The Clipper Chip", then a page number "3")
        kept.append(s)
    return kept


def _section_heading(body: str, start: _Start) -> bool:
    """A numbered section's heading as a PDF prints it ("1 Introduction", a blank line after it), not a footnote."""
    end = body.find("\n", start.text_start)
    end = len(body) if end < 0 else end
    line = body[start.text_start:end].strip()
    after = body[end + 1:body.find("\n", end + 1) if body.find("\n", end + 1) >= 0 else len(body)]
    return 0 < len(line.split()) <= 8 and line[-1:] not in ".,;:" and not any(c.isdigit() for c in line) and not after.strip()


def _last_is_running_head(notes: list[Note], body: str) -> bool:
    """Whether the last note is a page's running head that opens on its page number: its number jumps past the note
    before it, and its words are printed on another line of the article with another page number, or none."""
    last, before = notes[-1], notes[-2]
    if not isinstance(last.number, int) or not isinstance(before.number, int) or last.number <= before.number + 1 \
            or len(last.text) > FURNITURE_MAX_CHARS or last.text.rstrip()[-1:] in ".;:":
        return False
    key = _head_key(last.text)
    own = body.rfind("\n", 0, last.span[0]) + 1
    return any(_head_key(line) == key for line in body[:own].split("\n")[-400:] if line.strip() and line.strip() != last.text)


def _head_key(line: str) -> str:
    """A line's words without a page number at either end (and without a number before the page's: "No. 7   41")."""
    return " ".join(PAGE_NUMBER_ONE_SPACE_RE.sub("", PAGE_NUMBER_END_RE.sub("", PAGE_NUMBER_END_RE.sub("", line.strip()))).split())


def _end_before_page_foot(raw: str, heads, more_follow: bool) -> int:
    """Where a note's text ends before what a PDF copy prints after it on its own line: the page's number ("…: 45–86."
    then "34"), a running head that opens on it and is set apart or printed on other pages too ("42 STOLEN FORESTS, … |
    Research Paper No. 7"), or, before a later note, the heading of the next page's text ("2. Hungary: …", "The Istanbul
    Rerun"); the whole text when nothing follows its last sentence. ``heads`` counts a line's prints across the article."""
    tail = raw.rstrip()
    last_line = tail.rfind("\n")
    if not 0 < len(tail) - last_line <= 110:
        return len(raw)
    start = max(0, len(tail[:last_line].rstrip()) - 1)
    page = PAGE_FOOT_AFTER_NOTE_RE.search(tail, start)
    if page is not None:
        head = page.group("head")
        if not head.strip() or heads(head) >= 2 or more_follow and SET_APART_RE.search(page.group(0)) \
                and head.strip(" \t.")[:1].isupper() and head.rstrip()[-1:] not in ".,;:":
            return page.start()
        return len(raw)
    heading = HEADING_AFTER_NOTE_RE.search(tail, start) if more_follow and len(tail) - last_line <= 90 else None
    if heading is not None and SET_APART_RE.search(heading.group(0)) and len(heading.group("head").split()) <= 10:
        return heading.start()
    return len(raw)


# A note marker in the body, glued to its word or to the stop after it: "days.13", "designation,16", "striking.[10]",
# "memoir.¹³" (never "1,014": a figure's digits)
WORD_MARKER_RE = lazy(r"(?<=\p{L}[.,;:!?”\"’)]?)(?:\[?(?P<n>\d{1,3})\]?|(?P<sup>[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3}))(?=[\s,.;:]|$)")


def _markers_all_before(body: str, chosen: list[_Start]) -> bool:
    """Whether the body's markers for (nearly) all the notes come before the first of them: the notes are endnotes set
    after the text, not footnotes pasted between its pages, and a paragraph between two of them belongs to the note above
    ("13 Ibid., 52." then "Schroden's account is consistent with …", then "14 …")."""
    numbers = [int(s.label) for s in chosen if s.label.isdigit()]
    if len(numbers) < 3:
        return False
    seen = {int(m.group("n") or m.group("sup").translate(_FROM_SUPERSCRIPT))
            for m in WORD_MARKER_RE.finditer(body, 0, chosen[0].line_start)}
    return numbers[-1] in seen and sum(n in seen for n in numbers) >= 0.8 * len(numbers)


def _cut_notes(body: str, chosen: list[_Start], sections: _Sections) -> list[Note]:
    notes: list[Note] = []
    markdown = chosen[0].style == "markdown"
    # Footnotes pasted from pages sit between paragraphs of the body: each ends with its paragraph.
    interleaved = (chosen[0].style in UNMARKED_STYLES or chosen[0].style == "dot" and _page_footnotes(chosen, body)) \
        and sections.notes_heading_before(chosen[0].line_start) is None and not _markers_all_before(body, chosen)
    # ("9. Author interview, …" at the foot of a page, its running head and the next page's text after it)
    block = markdown and len(chosen) >= 3 and MD_REFERENCE_RE.search(body, chosen[0].line_start) is None
    # (markdown definitions set together after the text, as a page's notes turned into markdown are: a paragraph between
    # two of them goes on with the one above, indented or not)
    stops = sorted(set(sections.closings) | ({m.start() for m in MD_HEADING_RE.finditer(body)}))
    printed: Counter[str] = Counter()

    def heads(line: str) -> int:  # how often a line's words are printed on a line of their own, page numbers aside
        if not printed:
            printed.update(_head_key(x) for x in body.split("\n") if FURNITURE_MIN_CHARS <= len(x.strip()) <= FURNITURE_MAX_CHARS)
        return printed[_head_key(line)]

    for i, s in enumerate(chosen):
        end = following = chosen[i + 1].line_start if i + 1 < len(chosen) else len(body)
        if markdown and not block or interleaved or i + 1 == len(chosen):
            end = min(end, _paragraph_end(body, s.text_start, markdown, end))
        if i + 1 == len(chosen):  # the page goes on after the last note, with no blank line between
            after = AFTER_NOTES_LINE_RE.search(body, s.text_start, end)
            end = after.start() if after else end
            restart = RESTARTED_LIST_RE.search(body, s.text_start, end) if s.label not in ("1", "i") else None
            end = restart.start() + 1 if restart else end  # "3. Ibid., 60." then "1. Bob K.: Good piece.": the page's
            # comments, numbered afresh, after the notes
        if not markdown:
            end = _before_body_paragraph(body, s.text_start, end,
                                         int(s.label) if s.label.isdigit() and i + 1 < len(chosen) else None)
        j = bisect_right(stops, s.text_start)
        if j < len(stops):
            end = min(end, stops[j])
        raw = body[s.text_start:end]
        raw = raw[: _end_before_page_foot(raw, heads, more_follow=i + 1 < len(chosen))]
        text = _clean_note_text(raw)
        if end < following and i + 1 < len(chosen) and (rest := _carried_over(body, text, end, following)):
            cut = PAGE_BREAK_RE.search(raw.rstrip())  # (what follows the page's end on this page is its foot and the next
            head = raw[: cut.start()] if cut else raw  # page's head: a running title, not the note)
            text = _clean_note_text(head.rstrip() + "\n" + rest)  # the note's end, at the foot of the next page
        lead = len(raw) - len(raw.lstrip())
        notes.append(
            Note(number=_number(s.label, i + 1), text=text, span=(s.text_start + lead, s.text_start + lead + len(raw.strip())),
                 marker=s.marker)
        )
    return notes


# A page's number alone on the line after a note's last sentence (a PDF copy's page foot): "…, 2001): 45–86.\n34", or a
# short line opening on it (a running head): "…, 1995.\n42 STOLEN FORESTS, TRAFFICKED LIVES | Research Paper No. 7", or a
# numbered heading of the next page's text: "…, 12–13.\n\n2. Hungary: Designing a Supermajority"
# A heading of the text, alone on its line after a note's last sentence: "…, 2017.\n\nThe Istanbul Rerun"
HEADING_AFTER_NOTE_RE = lazy(r"(?<=[.)\]”\"’])(?<!\b(?:pp?|paras?|nos?|vols?|ch|sec|figs?|arts?|nn?|ed|eds)\.)[ \t]*(?:\n[ \t]*){1,3}"
                             r"(?P<head>\p{Lu}[^\n.;:,()“”\"\d]{2,80}[\p{L}])$")
SET_APART_RE = lazy(r"\n[ \t]*\n|(?<![ \t])[ \t]{8,}\n")  # a blank line, or the spaces a page's furniture was blanked to
PAGE_FOOT_AFTER_NOTE_RE = lazy(r"(?<=[.)\]”\"’])(?<!\b(?:pp?|paras?|nos?|vols?|ch|sec|figs?|arts?|nn?)\.)[ \t]*(?:\n[ \t]*){1,3}"
                               r"\d{1,4}(?P<head>(?:\.?[ \t]+[^\n]{8,100})?)$")  # (not the page "p.\n201" a line ends on)
# A note that stops short: at a comma, an opening word, a hyphen, "pp." or inside an open quotation
UNFINISHED_END_RE = lazy(r"(?:[,;:\-–(]|\b(?:pp?|vol|no|ed|eds|trans)\.|\b(?:and|of|the|in|on|for|at|to|see|by|a|an)|\p{L}|\d)$")
# The first words of a note's end carried over to the next page's foot: lower case, a figure, or a closing mark
CARRIED_START_RE = lazy(r"^[ \t]*(?:\p{Ll}|\d|[),.;:”\"’])")


def _carried_over(body: str, text: str, end: int, following: int) -> str | None:
    """The rest of a footnote that runs onto the next page, where the page's body text comes first: the paragraph
    just before the next note, when the note stops short and that paragraph opens mid-sentence; or None."""
    if not UNFINISHED_END_RE.search(text.rstrip()) and text.count("“") <= text.count("”") \
            and text.count('"') % 2 == 0:
        return None
    breaks = list(PAGE_BREAK_RE.finditer(body, end, following))
    if len(breaks) < 2:
        return None  # no body text between: the note was not cut there
    rest = body[breaks[-1].end():following]
    rest = RULE_LINE_START_RE.sub("", rest)  # (the rule a page draws above its footnotes: "_______\n12 April 2024, https://…")
    open_quote = text.count("“") > text.count("”") or text.count('"') % 2 == 1
    open_paren = text.count("(") > text.count(")") and ")" in rest.split("(", 1)[0]  # "(Cambridge: Cambridge" + "University
    # Press, 2009), pp. 16-18.": the facts in brackets close over the page
    capital_goes_on = (open_quote or open_paren or DANGLING_END_RE.search(text.rstrip()) is not None) and rest.lstrip()[:1].isupper() \
        and len(rest) <= 300 and "\n\n" not in rest.strip()  # 'see “Report of the … to the United' + 'Nations …”, S/2005/60'
    if not rest.strip() or len(rest) > 600 or not (CARRIED_START_RE.match(rest) or capital_goes_on) \
            or len(GLUED_MARKER_RE.findall(rest)) >= 2:
        return None
    return rest.strip()


# A rule drawn above a page's footnotes, on a line of its own
RULE_LINE_START_RE = lazy(r"^[ \t]*[_\-—–=]{5,}[ \t]*\n")
# The end of a note that is whole: a full stop after a page, a year, a bracket or a title's closing mark
COMPLETE_NOTE_END_RE = lazy(r"(?:\d|\)|[”\"’*])\.$|\.[”\"’]$")
# A note that stops on a word that cannot end it: a comma, "and", "the", "of" (a name may go on with a capital)
DANGLING_END_RE = lazy(r"(?:[,;:\-–(]|\b(?:and|of|the|in|on|for|at|to|see|by|a|an|y|e|o|ou|et|und|de|del|la|el|los|las|en|"
                       r"des|du|da|do|von|para|por|véase|véanse|voir|siehe|ver))$")
# (a note broken off after a word of Spanish, Portuguese, French or German that cannot end it: "…, véanse Roe Yepes y")


# A note marker glued to the body's words, as a PDF's text keeps it: "reliable.13", "Dabiq,10", "“in any manner or way.”9"
GLUED_MARKER_RE = lazy(r"(?<=[\p{Ll}.,;:!?”\"’)])(?:\d{1,3}|\[\d{1,3}\])(?=[\s,.;:]|$)")  # (or in brackets: "striking.[10]")
# A section's numbered heading between two pages' text: "II. The M23's Return", "3 Findings"
SECTION_HEADING_RE = lazy(r"^(?:[IVXLC]{1,5}\.|\d{1,2}\.?)\s+\p{Lu}[^.;]{0,80}$")


# A blank line, or where a running head was blanked out between two paragraphs (spaces left in its place)
PAGE_BREAK_RE = lazy(r"\n[ \t]*\n|(?<![ \t])[ \t]{8,}\n")


def _before_body_paragraph(body: str, start: int, end: int, number: int | None = None) -> int:
    """Where a note ends when the page's body text follows it after a blank line, as footnotes copied from a PDF's page
    are followed by the next page: a paragraph holding two note markers glued to its words is body, not note."""
    pos = start
    head_from = None  # where a run of running heads ("EXAMPLE JOURNAL 3", "4 A. N. AUTHOR") began, before the body
    while (brk := PAGE_BREAK_RE.search(body, pos, end)) is not None:
        following = body[brk.end():end]
        nxt = PAGE_BREAK_RE.search(following)
        paragraph = following[: nxt.start()] if nxt else following
        found = GLUED_MARKER_RE.findall(paragraph)
        markers = len(found)
        if len(paragraph) >= 120 and markers >= 2 or head_from is not None and len(paragraph) >= 200 and markers >= 1:
            return brk.start() if head_from is None else head_from  # (after a section's heading, one marker will do)
        if number is not None and found and paragraph.strip()[:1].isupper() \
                and any(m.group("n") and number < int(m.group("n")) <= number + 4 for m in WORD_MARKER_RE.finditer(paragraph)):
            # "3 Ibid." then, over the page, "Table 1 summarises the flags of designated vessels.4": the body's sentence with
            # the marker of a note still to come is no part of this one
            return brk.start() if head_from is None else head_from
        if markers and paragraph.lstrip()[:1].islower() and COMPLETE_NOTE_END_RE.search(body[start:brk.start()].rstrip()):
            # "3 Ibíd., 12." then, over the page, "lo resumió así: “…”.5": the body's sentence goes on, with its marker, after
            # a note that was whole
            return brk.start() if head_from is None else head_from
        words = paragraph.split()
        head_like = 0 < len(words) <= 8 and (not any(c.islower() for c in paragraph)
                                              or SECTION_HEADING_RE.match(paragraph.strip()) is not None
                                              or paragraph.strip()[:1].isupper() and paragraph.strip()[-1:] not in ".,;:"
                                              and COMPLETE_NOTE_END_RE.search(body[start:brk.start()].rstrip()) is not None)
        # (a heading in mixed case, "Nicaragua, Brazil and Mexico", after a note that was whole)
        head_from = (brk.start() if head_from is None else head_from) if head_like else None
        pos = brk.end()
    if head_from is not None and not body[head_from:end].strip(" \t\n")[:1].isdigit():
        return head_from  # the page's running heads or the next section's heading close it: "… (London, 2008).\n\nII. The Siege"
    return end


# A line of the page that follows the last note: its tags ("Tags: energy, grid", "Topics: …", "Filed under …") or
# its author's biography ("Jane Roe is a senior fellow at …")
AFTER_NOTES_LINE_RE = lazy(
    r"(?m)(?<=\n)[ \t]*(?:(?i:tags|topics|filed[ \t]+under|categories|keywords|etiquetas|temas)[ \t]*:"
    r"|(?i:share)(?:[ \t]+(?i:this|on))?(?:[ \t]+(?i:article|story|page|post))?[ \t]*[:|]?[ \t]*"
    r"(?i:tweet|twitter|facebook|e-?mail|linkedin|whatsapp|print|reddit|bluesky)\b"  # a share bar: "Share  Tweet  Email"
    r"|\d{1,4}[ \t]+(?i:comments?|responses?|replies)[ \t]*$"  # "4 Comments"
    r"|(?:\p{Lu}[\p{L}.'’-]+[ \t]+){1,3}\p{Lu}[\p{L}'’-]+[ \t]+(?:is|was|serves[ \t]+as)[ \t]+(?:a|an|the)[ \t]+"
    r"(?:[\p{L}-]+[ \t]+){0,3}(?:fellow|professor|director|researcher|analyst|journalist|editor|correspondent|associate|"
    r"lecturer|scholar|student|candidate|consultant|reporter|writer|author|founder)\b)")
PARAGRAPH_BREAK_RE = lazy(r"\n[ \t]*\n")
COMMENT_COUNT_RE = lazy(r"\d{1,4}\.?[ \t]+(?i:comments?|responses?|replies)")
# A list numbered afresh from 1 on the line after a sentence's end
RESTARTED_LIST_RE = lazy(r"(?<=[.)\]”\"’])[ \t]*\n[ \t]*(?:\[1\]|\(1\)|1[.)]|1(?=[ \t]))[ \t]+(?=\p{Lu})")
NON_BLANK_RE = lazy(r"\S")


def _paragraph_end(body: str, start: int, markdown: bool, limit: int | None = None) -> int:
    """Where a note's last paragraph ends: indented paragraphs continue a markdown footnote, and a
    bullet list continues a note whose text so far ends with a colon or a bullet item.  A number alone on
    its line ("[11](#footnote-anchor-11)", a blank line, the note) opens the paragraph below it."""
    first = NON_BLANK_RE.search(body, start, len(body) if limit is None else limit)
    pos = start if first is None else first.start()
    while True:
        m = PARAGRAPH_BREAK_RE.search(body, pos, len(body) if limit is None else limit)  # stop at the next note
        if not m:
            return len(body) if limit is None else limit
        brk = m.start()
        after = m.end()
        while True:  # skip further blank lines
            m2 = PARAGRAPH_BREAK_RE.match(body, after - 1)
            if not m2:
                break
            after = m2.end()
        line_end = body.find("\n", after)
        next_line = body[after:line_end if line_end >= 0 else len(body)]
        if not next_line.strip():
            return brk
        if markdown and next_line.startswith(("    ", "\t")):
            pos = after
            continue
        if BULLET_LINE_RE.match(next_line):
            tail = body[max(start, body.rfind("\n", start, brk) + 1):brk]
            if tail.rstrip().endswith(":") or BULLET_LINE_RE.match(tail):
                pos = after
                continue
        return brk


# a line break with the blanks around it, joined into one space (the look-behind starts a match
# once per run of blanks, which keeps it linear)
# A markdown link "[text](https://...)" and an autolink "<https://...>" inside a note
MARKDOWN_LINK_RE = lazy(r"\[(?P<text>[^\[\]\n]{0,500})\]\((?P<url>(?:https?://|www\.)[^\s()<>]{1,2000}|#[^\s()<>]{0,200}|"
                        r"javascript:[^\s()<>]{0,40}(?:\(\d?\))?;?)\)")  # (a publisher's script link: "[Roe (2010, 5)](javascript:;)")
AUTOLINK_RE = lazy(r"<((?:https?://|www\.)[^\s<>]{1,2000})>")
# Emphasis around a whole link, "*[Title](https://…)*": moved inside it ("[*Title*](https://…)"), so that the title stays
# in italics and the closing mark does not end the address
WRAPPED_LINK_RE = lazy(r"(?<![\w*_])(?P<mark>\*{1,2}|_{1,2})\[(?P<text>[^\[\]\n]{1,500})\]\((?P<url>[^\s()<>]{1,2000})\)(?P=mark)(?![\w*_])")
LINE_JOIN_RE = lazy(r"(?<![ \t])[ \t]*\n[ \t\n]*")
# a line that ends inside an address, after a hyphen, slash or other joining mark: the next line
# goes on with it, with no space ("https://www.crisisgroup.org/.../80-mexicos-" + "everyday-war")
URL_BREAK_RE = lazy(r"(?:(?<=(?:https?://|www\.)[^\s<>\"”’]{1,300}[-._~=&?#%])|(?<=<?https?://))[ \t]*\n[ \t]*(?=[\w%])"
                    r"|(?<=(?:https?://|www\.)[^\s<>\"”’]{1,300}/)[ \t]*\n[ \t]*(?=[\w%])(?!\p{Ll}{3,}[ \t])"
                    # (not a word of prose after an address that ends on its slash: "…/houthis/" + "accessed 3 February 2024")
                    r"|(?<=(?:https?://|www\.)[^\s<>\"”’]{1,300}[\w%])[ \t]*\n[ \t]*(?=[-/][\w%])"
                    r"|(?<=(?:https?://|www\.)[^\s<>\"”’]{0,300}[\w%])[ \t]*\n[ \t]*(?=\.[\w%][^\s]{0,300}/)"
                    # (Chicago breaks an address before a period: "https://www" + ".theatlantic.com/magazine/…")
                    # a break inside a word of the host: "https://carnegie" + "endowment.org/research/…", where the next line
                    # opens on the rest of an address (a dot, then a slash, before any space) and the scheme's host has no dot yet
                    r"|(?<=https?://[\w\-]{1,60})[ \t]*\n[ \t]*(?=[\w\-]{1,60}\.[a-z]{2,6}/[^\s]{0,300}(?:\s|$))")
# (Chicago breaks a long address before a hyphen or a slash too: "…/russian-hybrid" + "-warfare-and-other-dark-arts/", and
# after its scheme: "<https://" + "smallwarsjournal.com/…")
# runs of blanks inside a line
BLANKS_RE = lazy(r"[ \t]{2,}")
# a back link closing a footnote: "↩", "[↩](#fnref3)"
# An empty HTML anchor left in a markdown note: '<a name="fn1"></a>', '<span id="fn1"></span>'
EMPTY_ANCHOR_RE = lazy(r"""<(a|span)\s+(?:name|id)=["'][^"'<>]{0,80}["']\s*>\s*</\1>""")
BACK_LINK_RE = lazy(r"(?:\s*(?:↩︎?\d{0,2}|\[↩︎?\d{0,2}\]\([^)\n]{0,200}\)))+$", regex.REVERSE)  # (one per place it is called:
# "↩︎ ↩︎2", as pandoc and blog engines print them)
# the back links opening a reference copied from a wiki page: "^", "^ a b c" (one letter per place
# the work is cited), "^ Jump up to: a b", "^ 1.0 1.1", "↑"
LEADING_BACK_LINKS_RE = lazy(r"^(?:\^|↑)\s*(?:Jump\s+up(?:\s+to)?:?\s*)?(?:a(?:\s+[b-z])+\s+|(?:\d+\.\d+\s+)+)?")
# a blank line: "\n  \n"
BLANK_LINE_RE = lazy(r"\n[ \t]*\n")


# A word or a range broken at the end of a line, as text copied from a PDF has them: a hyphen after a
# letter before a lower-case letter goes ("Informa-\ntion"); a dash between figures stays ("999–\n1002"), and
# so does a hyphen before a capital, which joins two names ("Al-\nQaeda", "Non-\nProliferation")
# A document's symbol broken at one of its slashes at a line's end: "S/" + "RES/2397", "GOV/" + "2023/40-GC(67)/20"
SYMBOL_BREAK_RE = lazy(r"(?<=(?:^|[\s(])\p{Lu}[\p{Lu}\d.\-]{0,10}(?:/[\p{L}\d.\-()]{1,20}){0,5}/)[ \t]*\n[ \t]*(?=[\p{Lu}\d])")
LINE_END_HYPHEN_RE = lazy(r"(?<=\p{Ll})-[ \t]*\n[ \t]*(?=\p{Ll})|(?<=\d[–-])[ \t]*\n[ \t]*(?=\d)"
                          r"|(?<=[\p{L}\d.]-)[ \t]*\n[ \t]*(?=\p{Lu})")  # (and "U.S.-\nChina", "RR-392-\nAF")


# Dashes typed as hyphens, as pandoc and TeX write them: "--" between figures is a range's en dash ("655--58"), "---"
# an em dash; never inside an address or a longer run of hyphens
TYPED_DASH_RE = lazy(r"(?<=\d)--(?=\d)|(?<=[\p{L}\d] )---?(?= [\p{L}\d])|(?<=\p{L})---(?=\p{L})")
# (pandoc writes Word's unspaced em dash as "---" too: "Ukraine---and How It Will Struggle")


# "et al." in italics, as Oxford, Taylor & Francis and Cambridge set it: "Berridge *et al*., *Title*", "*et al.*"
ITALIC_ET_AL_RE = lazy(r"\*(et\s+al)(\.?)\*(\.?)")
# A run in bold, as markdown writes it: "**Título**" (Brazilian notes set titles in bold where others use italics)
BOLD_RE = lazy(r"\*\*(?=[^\s*])([^*\n]{1,300}?)(?<=[^\s*])\*\*")
# A run in underscores, as markdown writes italics: "_Save Our Buses_" (never inside a word or an address: "a_b_c")
UNDERSCORE_ITALIC_RE = lazy(r"(?<![\w/_])_(?=[^\s_])((?:[^_\n]|\n(?![ \t]*\n)){1,300}?)(?<=[^\s_])_(?![\w/_])")
# (a title may wrap onto the next line of the note, never across a blank line)


def _typed_dash(m: regex.Match) -> str:
    """The dash typed as hyphens, or the hyphens as they are inside an address ("…/ukraine---and-how")."""
    token_start = max(m.string.rfind(" ", 0, m.start()), m.string.rfind("\n", 0, m.start())) + 1
    if "://" in m.string[token_start:m.start()] or "www." in m.string[token_start:m.start()]:
        return m.group(0)
    return "—" if len(m.group(0).strip()) == 3 else "–"


def _clean_note_text(raw: str) -> str:
    """Join wrapped lines; bullet items become "; "-joined; shortcodes become their arguments;
    a markdown link becomes its text and its address; drop a trailing back-link arrow."""
    text = raw.strip()
    if text[:2] == ". ":
        text = text[2:]  # "[1](#ch01_ref1){#en1-1}. Ioan Grillo, …": the period after the note's linked number
    if "<a" in text or "<span" in text:
        text = EMPTY_ANCHOR_RE.sub("", text)  # '<a name="fn1"></a>Jane Roe, ...': a target, no text
    text = SHORTCODE_RE.sub(_shortcode, text)
    if "](" in text or "<http" in text:
        if "↩" in text:
            text = BACK_LINK_RE.sub("", text.rstrip())  # "… 154–57. [↩](https://example.org/a#fnref1)": the way back, not
            # the work's address
        if ")*" in text or ")_" in text:
            text = WRAPPED_LINK_RE.sub(r"[\g<mark>\g<text>\g<mark>](\g<url>)", text)
        text = AUTOLINK_RE.sub(r"\1", MARKDOWN_LINK_RE.sub(_link_text, text))
    if "--" in text:
        text = TYPED_DASH_RE.sub(_typed_dash, text)  # pandoc's "655--58", "1909--1949", "Ukraine---and"
    if "_" in text:
        text = UNDERSCORE_ITALIC_RE.sub(r"*\1*", text)  # "_The Guardian_": markdown's other italics
    if "*et al" in text:
        text = ITALIC_ET_AL_RE.sub(r"\1.", text)  # "Berridge *et al*., *Title*": the words, not a title in italics
    if "**" in text:
        text = BOLD_RE.sub(r"*\1*", text)  # "**Visões da liberdade**": a title set in bold, as ABNT sets titles
    text = BULLET_RE.sub(_bullet_join, "\n" + text)[1:] if "\n" in text else text
    if "\n" in text and ("://" in text or "www." in text):
        text = URL_BREAK_RE.sub("", text)
        if "<http" in text or "<www." in text:
            text = AUTOLINK_RE.sub(r"\1", text)  # "<https://example.org/a-\nb>": the address in angle brackets, now whole
    if "\n" in text and ("-\n" in text or "–\n" in text):
        if "-\n" in text:
            text = COMPOUND_BREAK_RE.sub(_compound_kept, text)  # "self-\ndefense": a compound, its hyphen kept
        text = LINE_END_HYPHEN_RE.sub("", text)  # "Informa-\ntion", "Ground-\nwater", "999–\n1002": one word, one range
    if "/\n" in text:
        text = SYMBOL_BREAK_RE.sub("", text)  # "S/\nRES/2397", "GOV/\n2023/40": a document's symbol, broken at its slash
    text = LINE_JOIN_RE.sub(" ", text) if "\n" in text else text
    text = BLANKS_RE.sub(" ", text)
    text = BACK_LINK_RE.sub("", text.rstrip())
    if text[:1] in "^↑":
        text = LEADING_BACK_LINKS_RE.sub("", text)
    return text.strip()


# A word broken at a line's end after a hyphen, both halves in letters: "self-\ndefense", "Informa-\ntion"
COMPOUND_BREAK_RE = lazy(r"(?<![\p{L}-])(?P<left>\p{L}{2,30})-[ \t]*\n[ \t]*(?P<right>\p{Ll}{2,30})(?!\p{L})")
# A compound the text prints whole on one line: "self-defense", "state-sponsored"
HYPHENED_WORD_RE = lazy(r"(?<![\p{L}-])\p{L}{2,30}-\p{L}{2,30}(?![\p{L}-])")
# The article's own compounds (set by ``locate`` for the notes it cleans)
_HYPHENED: ContextVar[frozenset[str]] = ContextVar("hyphened", default=frozenset())
# Words that open a compound with a hyphen, never a word of their own broken at its end
HYPHEN_PREFIXES = frozenset({"self", "ex", "quasi", "all"})


def _compound_kept(m: regex.Match) -> str:
    """"self-\ndefense" -> "self-defense" where the article prints that compound whole, or the first half is a
    prefix English writes with a hyphen; else the line break alone goes (the hyphen is then the line's)."""
    left, right = m.group("left"), m.group("right")
    if f"{left}-{right}".casefold() in _HYPHENED.get() or left.casefold() in HYPHEN_PREFIXES and len(right) > 3:
        return f"{left}-{right}"
    return m.group(0)


def _link_text(m: regex.Match) -> str:
    """"[“Title,”](https://x.org/a)" -> "“Title,” https://x.org/a": the address stays for the reader to find."""
    text, url = m.group("text"), m.group("url")
    if url.startswith(("#", "javascript:")):  # a link within the page: "[^](#ref1)" back to the call, "[Smith](#bib3)"
        return "" if text.strip() in ("", "^", "↑", "↩", "↩︎") else text
    if text.strip() == url or shows_address(text, url):
        return url
    quoted = m.string[max(0, m.start() - 1):m.start()] in ("“", '"', "‘", "'", "*", "«", "_")  # '"[Title](url),"': marked
    titled = any(close in m.string[max(0, m.start() - 4):m.start()] for close in ("”", '"', "’", "»"))  # '"Title," [Outlet](url)'
    return f"{text if quoted or titled else link_title(text)} {url}"


def shows_address(text: str, url: str) -> bool:
    """Whether a link's text is its own address, shortened: "[www.interieur.gouv.fr](https://www.interieur.gouv.fr/…)",
    '<a href="https://www.lemonde.fr/afrique/…">www.lemonde.fr</a>', "lemonde.fr/afrique/article/2021/…": the target is
    the address the note cites, the text only a site's name for it."""
    shown = text.strip().rstrip(".,;:…/").removesuffix("...")
    if not shown or " " in shown or "." not in shown:
        return False
    shown = shown.split("://", 1)[-1].removeprefix("www.").lower()
    target = url.split("://", 1)[-1].removeprefix("www.").lower()
    return target.startswith(shown) and len(target) > len(shown)


def link_title(text: str) -> str:
    """A link's text as a note would print it: a title with no marks of its own is quoted
    ("[Record Number of Migrants Crossing the Darién Gap](…)", "[The FATF Recommendations](…)" name a work); a
    name, a title already marked or an address stays as it is; a body's name before a comma stays out of the
    quotes ("[UNODC, World Drug Report 2023](…)")."""
    words = text.split()
    if len(words) < 2 or any(mark in text for mark in "“\"*«‘'_") or text.startswith(("http", "www.")):
        return text
    if ", " in text and (named := LINK_NAME_THEN_TITLE_RE.fullmatch(text.strip())) is not None:
        from .parse.names import is_organisation
        if not is_organisation(named.group("title")):  # ("FRED, Federal Reserve Bank of St. Louis": a body's two names)
            return f"{named.group('name')}, {link_title(named.group('title'))}"
        return text
    if not (len(words) >= 4 or any(w[:1].islower() for w in words[1:]) or len(words) == 3 and words[0] in LINK_ARTICLES):
        return text
    return f"“{text.strip()}”"


# A link's text that names its author, then its title: "UNODC, World Drug Report 2023", "Europol, EU Drug Markets"
LINK_NAME_THEN_TITLE_RE = lazy(r"(?P<name>\p{Lu}[\p{Lu}\d&\-]{1,11}|\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+){0,2}),\s(?P<title>\p{Lu}[^,]{4,200})")
# The articles that open a title of three words: "The FATF Recommendations", "El Informe Anual"
LINK_ARTICLES = frozenset("The A An El La Los Las Le Les Der Die Das".split())


def _bullet_join(m: regex.Match) -> str:
    before = m.group("before")
    if before is None:
        return "\n"
    return before + (" " if before in ".;:,!?" else "; ")


def _shortcode(m: regex.Match) -> str:
    name = m.group("name").lower()
    if name not in CITE_SHORTCODES:
        return ""
    args = [next(g for g in a.groups() if g is not None) for a in SHORTCODE_ARG_RE.finditer(m.group("args"))]
    return ", ".join(a for a in args if a.strip())


def _outside_notes(body: str, notes: list[Note], chosen: list[_Start], skip: int) -> str:
    """The article's text with the notes themselves cut out: where body markers live."""
    parts, pos = [], 0
    for note, start in zip(notes, chosen, strict=True):
        parts.append(body[pos:max(pos, start.line_start - skip)])
        pos = max(pos, note.span[1] - skip)
    parts.append(body[pos:])
    return "\n".join(parts)


def _repeated_number_repaired(notes: list[Note]) -> tuple[list[Note], list[Warning]]:
    """A number printed twice where the next is missing ("14.", "14.", "16."): the second is note 15, as the sequence says;
    said in a warning.  Anything else is left as printed, for the numbering warnings to report."""
    numbers = {n.number for n in notes}
    out, warnings = list(notes), []
    for i in range(1, len(out)):
        n = out[i].number
        if not isinstance(n, int) or n != out[i - 1].number or n + 1 in numbers:
            continue
        if i + 1 == len(out) or out[i + 1].number != n + 2:
            continue  # (the last note printed twice, or no gap after it: a note pasted twice, reported as a duplicate)
        out[i] = evolve(out[i], number=n + 1)
        numbers.add(n + 1)
        warnings.append(Warning("note-renumbered", f"note number {n} is printed twice and {n + 1} not at all: the second "
                                f"{n} is read as note {n + 1}", n + 1))
    return out, warnings


def _numbering_warnings(notes: list[Note]) -> list[Warning]:
    """Duplicates and numbers out of order, in reading order; then numbers absent from the whole list
    (a note printed out of order is not also reported missing)."""
    warnings: list[Warning] = []
    seen: set[int] = set()
    previous = 0
    for i, note in enumerate(notes):
        n = note.number
        nxt = notes[i + 1].number if i + 1 < len(notes) else None
        if n in seen:
            warnings.append(Warning("note-duplicate", f"note number {n} appears more than once", n))
        elif n < previous:
            warnings.append(Warning("note-order", f"note {n} comes after note {previous}", n))
        elif n > previous + 2 and nxt == previous + 2:
            # "28, 29, 80, 31": one misprint, reported once; the count goes on from 29
            warnings.append(Warning("note-misnumbered", f"note numbered {n} stands between {previous} and {nxt}", n))
            continue
        seen.add(n)
        previous = max(previous, n)
    last = 0
    for n in sorted(seen):
        if n > last + 1:
            missing = f"{last + 1}" if n == last + 2 else f"{last + 1}-{n - 1}"
            warnings.append(Warning("note-missing", f"no note numbered {missing} before note {n}", n))
        last = n
    return warnings


def _consecutive_run(digits: str) -> list[int] | None:
    """"234" -> [2, 3, 4], "1112" -> [11, 12], "202122" -> [20, 21, 22]: markers printed side by side with nothing
    between them, read as numbers in sequence; None when the digits are no such run."""
    for width in range(1, len(digits)):
        first = int(digits[:width])
        run, rest = [first], digits[width:]
        while rest and rest.startswith(str(run[-1] + 1)):
            rest = rest[len(str(run[-1] + 1)):]
            run.append(run[-1] + 1)
        if not rest and len(run) >= 2 and digits[:1] != "0":
            return run
    return None


def _numbers_in(part: str) -> list[int]:
    """The note numbers of one part of a bracketed list: "4" -> [4], "6–9" -> [6, 7, 8, 9] (a range of fifty or fewer)."""
    first, _, last = part.replace("–", "-").strip().partition("-")
    if not last:
        return [int(first)]
    low, high = int(first), int(last.strip())
    return list(range(low, high + 1)) if 0 <= high - low <= 50 else [low, high]


def _link_body_markers(body: str, notes: list[Note], style: str) -> tuple[list[Note], list[Warning]]:
    """Match body markers to notes; flag markers pointing nowhere and notes nothing points at."""
    numbers = {n.number for n in notes}
    labels = {n.marker: n.number for n in notes}
    referenced: set[int] = set()
    warnings: list[Warning] = []
    found_any = False
    for m in BODY_MARKER_RE.finditer(body):
        found_any = True
        if m.group("md") is not None:
            label = m.group("md")
            n = int(label) if label.isdigit() else labels.get(f"[^{label}]:")
            if n is None or n not in numbers:
                warnings.append(Warning("marker-dangling", f"body marker [^{label}] points at no note"))
                continue
            referenced.add(n)
            continue
        n = int(m.group("n") or m.group("sup") or m.group("caret"))
        target = m.group("tn")
        if target is not None and int(target) != n:
            if int(target) in numbers and int(target) not in referenced and n not in numbers:
                n = int(target)
            else:
                warnings.append(
                    Warning("marker-mismatch",
                            f"body marker '{m.group(0).strip()}' links to #{m.group('target') or ''}{target}, "
                            f"which is no note; taken as note {n}", n)
                )
        if n not in numbers:
            warnings.append(Warning("marker-dangling", f"body marker {m.group(0).strip()!r} points at no note {n}", n))
            continue
        referenced.add(n)
    for form in dict.fromkeys((style, "unisup")):  # the notes' own form, then superscript digits
        loose = LOOSE_BODY_MARKERS.get(form)
        if loose is None or found_any and form != style or found_any and numbers <= referenced:
            continue  # (a page whose markers change shape halfway, "^{[21] (# edn21)}" then "[22]", is read in both)
        found = [(m.group(0).strip(), int(m.group("n").translate(_FROM_SUPERSCRIPT))) for m in loose.finditer(body)]
        if any(n in numbers for _, n in found):
            found_any = True
            for printed, n in found:
                run = _consecutive_run(str(n)) if n not in numbers and n > 9 else None
                if n in numbers:
                    referenced.add(n)
                elif run and all(k in numbers for k in run):  # "…expelled.²³⁴": notes 2, 3 and 4, set side by side
                    referenced.update(run)
                elif form == style and style in LOOSE_REPORTED:
                    warnings.append(Warning("marker-dangling", f"body marker {printed!r} points at no note {n}", n))
    if style == "bracket" and "[" in body:
        for m in BRACKET_LIST_RE.finditer(body):  # "[1, 2]", "[6]-[9]", "[17–20]": several numbered references at once
            parts = [f"{m.group('first')}-{m.group('last')}"] if m.group("first") is not None else m.group("list").split(",")
            cited = [n for part in parts for n in _numbers_in(part)]
            if any(n in numbers for n in cited):
                found_any = True
                referenced.update(n for n in cited if n in numbers)
    if not found_any:
        return notes, warnings
    out = []
    for note in notes:
        linked = note.number in referenced
        if not linked:
            warnings.append(Warning("note-unreferenced", f"no body marker points at note {note.number}", note.number))
        out.append(note if linked else Note(**{**note.__dict__, "linked": False}))
    return out, warnings
