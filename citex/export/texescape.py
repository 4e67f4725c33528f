"""Plain Unicode -> BibTeX field values that every BibTeX reader takes as the same text.

bibtexparser writes values as given, and its LaTeX-encoding middleware turns every non-ASCII
letter into a macro; citex writes UTF-8 and escapes only what TeX and the BibTeX parsers treat
specially:

- ``& % $ # _`` get a backslash; ``\\ ~ ^`` become ``\\textbackslash{}``, ``\\textasciitilde{}``,
  ``\\textasciicircum{}``;
- braces that pair up in the text become ``\\{`` ``\\}``; a lone ``{`` or ``}`` becomes
  ``\\textbraceleft{}`` / ``\\textbraceright{}``, because BibTeX, biber and pybtex count ``\\{``
  as a brace and an unpaired one swallows the rest of the file.  (pandoc's biblatex reader
  drops those two macros, so a lone brace is lost there: see the README.)
- TeX ligatures that would change the text (``--``, ``''``, ``<<``, ``?```) are broken with ``{}``;
- whitespace, line breaks included, folds to one space (a blank line ends a TeX paragraph).

``TexEncodeMiddleware`` applies this to an ``Entry`` whose fields hold plain values (text, or
``Name`` tuples for name lists) right before bibtexparser encloses and writes them.
"""
from __future__ import annotations

import regex
from bibtexparser.library import Library
from bibtexparser.middlewares.middleware import BlockMiddleware
from bibtexparser.model import Entry

from ..model import Name

SPECIAL = {
    "\\": r"\textbackslash{}",
    "&": r"\&",
    "%": r"\%",
    "$": r"\$",
    "#": r"\#",
    "_": r"\_",
    "~": r"\textasciitilde{}",
    "^": r"\textasciicircum{}",
}
LONE_BRACE = {"{": r"\textbraceleft{}", "}": r"\textbraceright{}"}
PAIRED_BRACE = {"{": r"\{", "}": r"\}"}

# Two characters TeX fonts merge into another glyph: "1980--1995" (en dash), "''" (closing
# double quote), "<<" and ">>" (guillemets in T1), ",," (low quote), "?`" and "!`" (¿ and ¡).
LIGATURES = frozenset({"--", "''", "``", "<<", ">>", ",,", "?`", "!`"})
# Runs of whitespace, newlines included: "Coca,\n\n  Cocaine" -> "Coca, Cocaine".
SPACE_RE = regex.compile(r"\s+")
# A range dash between two page numbers: "97-127", "97–127", "97 — 127".
PAGE_DASH_RE = regex.compile(r"(?<=\w)\s*(?:-{1,3}|[\u2010-\u2015\u2212])\s*(?=\w)")
# A word BibTeX styles must not recase: a capital after its first letter ("VRAEM", "McNamara",
# "U.S.") or, past the title's first word, a capital first letter ("Peru", "Shining").
INNER_CAPITAL_RE = regex.compile(r"^\W*\p{L}.*\p{Lu}")
INITIAL_CAPITAL_RE = regex.compile(r"^[\p{Ps}\p{Pi}\"'¿¡]*\p{Lu}")
# Punctuation closing a protected run stays outside its braces: "{Andean Countries},".
TRAILING_PUNCT_RE = regex.compile(r"[,.:;!?]+$")
# CSL's title-case stop words: styles lowercase them whatever the input, so they stay unbraced.
STOP_WORDS = frozenset(
    "a an and as at but by down for from in into nor of on onto or over so the till to up via with yet".split())
# A word that ends a part of a title: "Up:" in "Shooting Up: Counterinsurgency".
SEGMENT_END_RE = regex.compile(r"[:.?!]$")
# " and " separates the items of a BibTeX list field: "Office on Drugs and Crime" must be braced.
AND_RE = regex.compile(r"(?i)\sand\s")
# URL characters that would unbalance or end a BibTeX value: "a{b}.pdf", "a b.pdf", "a\b".
URL_UNSAFE_RE = regex.compile(r"[{}\\\s]")


def squeeze(text: str) -> str:
    return SPACE_RE.sub(" ", text).strip()


def paired_braces(text: str) -> set[int]:
    """Offsets of the braces that pair up ("a {b} c" -> {2, 4}); the others are lone."""
    stack: list[int] = []
    pairs: set[int] = set()
    for i, ch in enumerate(text):
        if ch == "{":
            stack.append(i)
        elif ch == "}" and stack:
            pairs.update((stack.pop(), i))
    return pairs


def escape(text: str) -> str:
    """Plain Unicode -> TeX text: ``"100% & {x"`` -> ``"100\\% \\& \\textbraceleft{}x"``."""
    text = squeeze(text)
    paired = paired_braces(text)
    out = []
    prev = ""
    for i, ch in enumerate(text):
        if prev + ch in LIGATURES:
            out.append("{}")
        if ch in SPECIAL:
            out.append(SPECIAL[ch])
        elif ch in "{}":
            out.append(PAIRED_BRACE[ch] if i in paired else LONE_BRACE[ch])
        else:
            out.append(ch)
        prev = ch
    return "".join(out)


def protect_case(text: str) -> str:
    """A title with the words styles must not recase braced: ``Guerrilla {Faction Leader} is ...``.

    Consecutive protected words share one group, as Better BibTeX writes them.  The first word
    keeps its capital without braces (sentence case keeps it too), and a word holding a brace
    or starting with a TeX special is left alone, so no group opens on a backslash.
    """
    words = squeeze(text).split(" ")
    out: list[str] = []
    run: list[str] = []

    def flush() -> None:
        if run:
            last = TRAILING_PUNCT_RE.search(run[-1])
            tail = run[-1][last.start():] if last and last.start() > 0 else ""
            run[-1] = run[-1][: len(run[-1]) - len(tail)]
            out.append("{" + escape(" ".join(run)) + "}" + escape(tail))
            run.clear()

    for i, word in enumerate(words):
        plain = regex.sub(r"\W+", "", word).casefold()
        special = any(ch in word for ch in "{}") or word[:1] in SPECIAL
        capital = INNER_CAPITAL_RE.match(word) or (i > 0 and INITIAL_CAPITAL_RE.match(word))
        # Styles lowercase a stop word, except one that ends the title or a part of it ("Shooting Up:").
        lowered = plain in STOP_WORDS and i < len(words) - 1 and not SEGMENT_END_RE.search(word)
        if capital and not special and not lowered:
            run.append(word)
        else:
            flush()
            out.append(escape(word))
    flush()
    return " ".join(out)


def protect_list(text: str, corporate: bool = False) -> str:
    """A literal list item braced whole: always a corporate name, a place when it holds " and "."""
    value = escape(text)
    return "{" + value + "}" if corporate or AND_RE.search(text) else value


def encode_name(name: Name) -> str:
    """``Name("van Dun", "Mirella")`` -> ``van Dun, Mirella``; an organisation -> ``{RAND Corporation}``."""
    literal, family, given = (squeeze(x) if x else "" for x in (name.literal, name.family, name.given))
    if literal or not family:
        return "{" + escape(literal or given) + "}"
    fam = escape(family)
    if "," in family or AND_RE.search(f" {family} ") or (not given and " " in family):
        fam = "{" + fam + "}"  # "Romo Espinoza" alone would read as given "Romo", family "Espinoza"
    if not given:
        return fam
    giv = escape(given)
    if "," in given or AND_RE.search(f" {given} "):
        giv = "{" + giv + "}"
    return f"{fam}, {giv}"


def encode_names(names: tuple[Name, ...]) -> str:
    return " and ".join(encode_name(n) for n in names if n.literal or n.family or n.given)


def encode_url(url: str) -> str:
    """URLs stay verbatim; only characters that would end or unbalance the value are %-encoded."""
    return URL_UNSAFE_RE.sub(lambda m: "%{:02X}".format(ord(m.group())), url.strip())


def encode_pages(pages: str) -> str:
    """``"97-127"`` -> ``"97--127"``: the en dash BibTeX styles expect."""
    return escape(PAGE_DASH_RE.sub("--", squeeze(pages))).replace("-{}-", "--")


NAME_FIELDS = frozenset({"author", "editor", "translator", "bookauthor", "editora", "editorb", "holder"})
VERBATIM_FIELDS = frozenset({"url", "doi", "eprint", "file"})
CORPORATE_FIELDS = frozenset({"publisher", "institution", "organization", "school"})
LIST_FIELDS = CORPORATE_FIELDS | {"location", "address"}
CASE_FIELDS = frozenset({"title", "booktitle", "shorttitle"})


def encode_field(key: str, value) -> str:
    """One field's plain value (text, or a tuple of ``Name``) -> its BibTeX text, by field name."""
    if key in NAME_FIELDS:
        return encode_names(tuple(value))
    value = str(value)
    if key in VERBATIM_FIELDS:
        return encode_url(value)
    if key == "pages":
        return encode_pages(value)
    if key in LIST_FIELDS:
        return protect_list(value, corporate=key in CORPORATE_FIELDS)
    if key in CASE_FIELDS:
        return protect_case(value)
    return escape(value)


class TexEncodeMiddleware(BlockMiddleware):
    """bibtexparser unparse middleware: every field of every entry from plain value to BibTeX text.

    A field written without enclosing (a month macro such as ``may``) is left as it is.
    """

    def __init__(self, allow_inplace_modification: bool = True):
        super().__init__(allow_inplace_modification=allow_inplace_modification, allow_parallel_execution=True)

    def transform_entry(self, entry: Entry, library: Library) -> Entry:
        for field in entry.fields:
            if field.enclosing == "no-enclosing":
                continue
            field.value = encode_field(field.key, field.value)
        return entry
