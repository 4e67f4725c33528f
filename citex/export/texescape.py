"""Plain Unicode -> BibTeX field values that every BibTeX reader takes as the same text.

bibtexparser writes values as given, and its LaTeX-encoding middleware turns every non-ASCII
letter into a macro; citex writes UTF-8 and escapes only what TeX and the BibTeX parsers treat
specially:

- & % $ # _ get a backslash; a backslash, ~, ^ and the backtick become the text symbols
  \\textbackslash{}, \\textasciitilde{}, \\textasciicircum{}, \\textasciigrave{};
- straight double quotes that pair up become TeX's quotes (two backticks, two apostrophes),
  which LaTeX prints curly and pandoc reads as a quotation, nesting it as it does for the CSL-JSON;
- braces that pair up in the text become \\{ and \\}; a lone { or } becomes \\textbraceleft{} or
  \\textbraceright{}, because BibTeX, biber and pybtex count \\{ as a brace and an unpaired one
  swallows the rest of the file.  pandoc's biblatex reader drops \\textbraceleft,
  \\textbraceright and \\textasciigrave, so a lone brace or a backtick is lost there (README);
- TeX ligatures that would change the text (--, '', <<, >>, ,, and ?/! before a backtick) are
  broken with {};
- whitespace, line breaks included, folds to one space (a blank line ends a TeX paragraph).

``TexEncodeMiddleware`` applies this to an ``Entry`` whose fields hold plain values (text, or
``Name`` tuples for name lists) right before bibtexparser encloses and writes them.
"""
from __future__ import annotations

from bibtexparser.library import Library
from bibtexparser.middlewares.middleware import BlockMiddleware
from bibtexparser.model import Entry

from ..lazyregex import lazy
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
    "`": r"\textasciigrave{}",  # TeX prints a bare ` as an opening quote
}
LONE_BRACE = {"{": r"\textbraceleft{}", "}": r"\textbraceright{}"}
PAIRED_BRACE = {"{": r"\{", "}": r"\}"}

# Two characters TeX fonts merge into another glyph: "1980--1995" (en dash), "''" (closing
# double quote), "<<" and ">>" (guillemets in T1), ",," (low quote), "?`" and "!`" (¿ and ¡).
LIGATURES = frozenset({"--", "''", "``", "<<", ">>", ",,", "?`", "!`"})
# Runs of whitespace, newlines included: "Coca,\n\n  Cocaine" -> "Coca, Cocaine".
SPACE_RE = lazy(r"\s+")
# A range dash between two page numbers: "97-127", "97–127", "97 — 127".
PAGE_DASH_RE = lazy(r"(?<=\w)\s*(?:-{1,3}|[\u2010-\u2015\u2212])\s*(?=\w)")
# A word BibTeX styles must not recase: a capital after its first letter ("VRAEM", "McNamara",
# "U.S.") or, past the title's first word, a capital first letter ("Peru", "Shining").
INNER_CAPITAL_RE = lazy(r"^\W*\p{L}.*\p{Lu}")
INITIAL_CAPITAL_RE = lazy(r"^[\p{Ps}\p{Pi}\"'¿¡]*\p{Lu}")
# Punctuation closing a protected run stays outside its braces: "{Andean Countries},".
TRAILING_PUNCT_RE = lazy(r"(?<![,.:;!?])[,.:;!?]+$")
# Where a title splits into words and compound parts: "The Co-production of Water/Land".
# A double quote splits too, and is never inside a group: pandoc pairs TeX quotes only at one depth.
WORD_SPLIT_RE = lazy(r"(\s+|[-\u2010\u2011\u2013\u2014/\"“”«»„])")
# " and " separates the items of a BibTeX list field: "Office on Drugs and Crime" must be braced.
AND_RE = lazy(r"(?i)\sand\s")
# URL characters that would unbalance or end a BibTeX value: "a{b}.pdf", "a b.pdf", "a\b".
URL_UNSAFE_RE = lazy(r"[{}\\\s]")


def squeeze(text: str) -> str:
    return SPACE_RE.sub(" ", text).strip()


MAX_BRACE_DEPTH = 20  # pybtex refuses more than 100 levels; citex's own groups add at most one


def paired_braces(text: str) -> set[int]:
    """Offsets of the braces that pair up ("a {b} c" -> {2, 4}); the others are lone, and so
    are pairs nested deeper than MAX_BRACE_DEPTH, which are written as text braces."""
    stack: list[int] = []
    pairs: set[int] = set()
    for i, ch in enumerate(text):
        if ch == "{":
            stack.append(i)
        elif ch == "}" and stack:
            opened = stack.pop()
            if len(stack) < MAX_BRACE_DEPTH:
                pairs.update((opened, i))
    return pairs


def paired_quotes(text: str) -> dict[int, str]:
    """Straight double quotes that pair up, in order: offset -> "open" or "close"."""
    marks = [i for i, ch in enumerate(text) if ch == '"']
    roles: dict[int, str] = {}
    for a, b in zip(marks[0::2], marks[1::2], strict=False):
        roles[a], roles[b] = "open", "close"
    return roles


def encode_chars(text: str) -> list[str]:
    """The TeX for each character of ``text``, in context (pairs, ligatures): one string per character."""
    braces, quotes = paired_braces(text), paired_quotes(text)
    out = []
    for i, ch in enumerate(text):
        prev, nxt = text[i - 1: i], text[i + 1: i + 2]
        tex = ch
        if ch in SPECIAL:
            tex = SPECIAL[ch]
        elif ch in "{}":
            tex = PAIRED_BRACE[ch] if i in braces else LONE_BRACE[ch]
        elif i in quotes:  # "a "quoted" title" -> TeX's own quotes, which pandoc also reads as quotes
            if quotes[i] == "open":
                tex = ("{}" if prev in "?!`'" and prev else "") + "``" + ("{}" if nxt and nxt in "`'" else "")
            else:
                tex = ("{}" if prev and prev in "`'" else "") + "''" + ("{}" if nxt and nxt in "`'" else "")
        elif prev + ch in LIGATURES:
            tex = "{}" + ch
        out.append(tex)
    return out


def escape(text: str) -> str:
    """Plain Unicode -> TeX text: ``"100% & {x"`` -> ``"100\\% \\& \\textbraceleft{}x"``."""
    return "".join(encode_chars(squeeze(text)))


def protect_case(text: str) -> str:
    """A title with every capitalised word braced, so no style recases it: ``Guerrilla {Faction Leader} is ...``.

    citex cannot tell a proper noun from a capitalised common word, so it keeps the case as
    printed, as a style applying title case would show it.  The parts of a compound are judged
    one by one ("{Co}-production": title case still capitalises "production").  Consecutive
    protected words share one group, as Better BibTeX writes them; the title's first word keeps
    its capital without braces (sentence case keeps it too); a word holding a brace or starting
    with a TeX special is left alone, so no group opens on a backslash.
    """
    text = squeeze(text)
    units = WORD_SPLIT_RE.split(text)  # word, separator, word, ...
    flags = [False] * len(units)
    for i in range(0, len(units), 2):
        unit = units[i]
        special = any(ch in unit for ch in "{}") or unit[:1] in SPECIAL
        capital = INNER_CAPITAL_RE.match(unit) or (i > 0 and INITIAL_CAPITAL_RE.match(unit))
        flags[i] = bool(capital) and not special
    for i in range(1, len(units), 2):  # a separator joins two protected words into one group
        # a quotation mark never goes inside a group: pandoc pairs quotes only at one depth
        flags[i] = flags[i - 1] and flags[i + 1] and not any(q in units[i] for q in '"“”«»„')
    chunks: list[list] = []  # [text, protected]
    for unit, flag in zip(units, flags, strict=True):
        if chunks and chunks[-1][1] == flag:
            chunks[-1][0] += unit
        else:
            chunks.append([unit, flag])
    tex = encode_chars(text)
    out = []
    at = 0
    for body, flag in chunks:
        end = TRAILING_PUNCT_RE.search(body) if flag else None
        head = len(body) if not flag or not end or end.start() == 0 else end.start()
        inner, tail = "".join(tex[at: at + head]), "".join(tex[at + head: at + len(body)])
        out.append("{" + inner + "}" + tail if flag else inner + tail)
        at += len(body)
    return "".join(out)


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
    if name.suffix:  # "Krepinevich, Jr., Andrew F.": BibTeX's form of a name with its generation
        return f"{fam}, {escape(squeeze(name.suffix))}, {giv}"
    return f"{fam}, {giv}"


def encode_names(names: tuple[Name, ...]) -> str:
    return " and ".join(encode_name(n) for n in names if n.literal or n.family or n.given)


def encode_url(url: str) -> str:
    """URLs stay verbatim; only characters that would end or unbalance the value are %-encoded."""
    return URL_UNSAFE_RE.sub(lambda m: f"%{ord(m.group()):02X}", url.strip())


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

    A field that asks to be written without enclosing (a macro such as ``may``) is left as it is.
    """

    def __init__(self, allow_inplace_modification: bool = True):
        super().__init__(allow_inplace_modification=allow_inplace_modification, allow_parallel_execution=True)

    def transform_entry(self, entry: Entry, library: Library) -> Entry:
        for field in entry.fields:
            if field.enclosing == "no-enclosing":
                continue
            field.value = encode_field(field.key, field.value)
        return entry
