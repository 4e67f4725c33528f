"""PDF with a text layer -> the plain-text form the note finder reads.

pdfminer.six gives every character with its font, size and position.  From that:

- running headers and footers (the top or bottom line of a page that is a page number, or
  that recurs on other pages with only its digits changed) are dropped;
- footnotes are the block of smaller type at the foot of a page (under a rule, or starting
  with a note number); a page whose footnote block does not start with a number continues the
  previous page's last footnote;
- superscript digits in the text become ``[^N]`` body markers, and at a line start (an endnote
  list) ``[^N]: `` note starts; footnotes are written at the end as ``[^N]: text`` lines, the
  markdown footnote form, so one note finder serves every format;
- words hyphenated at a line end are joined ("infor-" "mation" -> "information"; "Tarazona-"
  "Sevillano" and "97-" "127" keep their hyphen); italic fonts become ``*...*``;
- paragraphs are separated by a blank line (a larger gap between lines, a heading, a short
  last line); other lines keep their line breaks, so numbered endnote lists stay one note a line.

One column of text is assumed; a two-column page is read line by line across both columns.
"""
from __future__ import annotations

import io
from collections import Counter
from dataclasses import dataclass, field

import regex

from .errors import EXIT_INPUT, CitexError
from .lazyregex import lazy
from .model import Warning
from .sources import LIGATURES as TEXT_LIGATURES

MAX_PAGES = 3000

# Page numbers and folios on their own line: "12", "xiv", "Page 3", "Page 3 of 20", "- 4 -",
# "Seite 7", "Página 9", "p. 12"
PAGE_NUMBER_RE = lazy(
    r"(?i)^[\-–— ]{0,3}(?:(?:page|p\.|pág\.|página|seite|s\.)[ \t]{0,3})?(?:\d{1,4}|[ivxlc]{1,7})"
    r"(?:[ \t]{1,3}(?:of|de|von|sur|/)[ \t]{1,3}\d{1,4})?[\-–— ]{0,3}$"
)
# A plain note number at the start of a footnote line: "12 ", "12. ", "12) "
PLAIN_NOTE_START_RE = lazy(r"^(?P<n>\d{1,4})(?:[.)]?[ \t]+|[.)](?=\S))")
# A "Notes"-like heading on a line of its own (the endnotes start here): "Notes", "NOTAS", "Anmerkungen"
NOTES_HEADING_RE = lazy(
    r"(?i)^(?:notes?|end[ -]?notes|foot[ -]?notes|notas|notes[ \t]+de[ \t]+fin|anmerkungen|fu(?:ß|ss)noten|endnoten)[ \t:.]{0,3}$"
)
# The last word of a line and the first of the next, for hyphen joining: "infor-" / "mation,"
# A line that ends where a number must follow: "…, no.", "vol.", "pp.", "sec.", "at", "§", a comma
NUMBER_EXPECTED_RE = lazy(r"(?i)(?:(?<!\p{L})(?:nos?|vols?|pp?|núm|nº|art|arts|secs?|paras?|ch|chap|fig|figs|issue|number|"
                          r"volume|pages?|at)\.?|[,(§¶])[ \t]*$")
LINE_END_WORD_RE = lazy(r"(?P<word>[\p{L}\p{M}]{1,60})-$")
LINE_START_WORD_RE = lazy(r"^(?P<word>[\p{L}\p{M}'’]{1,60})")
WORD_RE = lazy(r"[\p{L}\p{M}]{2,60}(?:-[\p{L}\p{M}]{1,60}){0,4}")
DIGITS_RE = lazy(r"\d{1,6}")
# Typographic ligatures (the table every input is cleaned with), and a soft hyphen and a no-break space as a PDF draws them
LIGATURES = {**TEXT_LIGATURES, ord("\u00ad"): "", ord("\xa0"): " "}

SMALL = 0.9  # a line whose type is under this share of the body size is small (footnote) type
BODY_SHARE = 0.2  # the text type sets at least this share of the characters
SUPERSCRIPT = 0.85  # a digit under this share of its line's size, raised, is a superscript


@dataclass
class _Line:
    page: int
    x0: float
    x1: float
    top: float  # distance from the top of the page to the line's top
    bottom: float
    size: float
    text: str  # with body markers "[^N]" and italics "*...*"
    lead: str | None = None  # the superscript number that opens the line, if any
    bold: bool = False

    @property
    def plain(self) -> str:
        return self.text.strip()


@dataclass
class _Page:
    number: int
    height: float
    width: float
    lines: list[_Line] = field(default_factory=list)
    rules: list[float] = field(default_factory=list)  # "top" of short horizontal rules


def pdf_to_text(data: bytes, source: str = "<pdf>") -> tuple[str, list[Warning]]:
    """The article's text, with its notes as ``[^N]: `` lines, and warnings about the reading."""
    pages = _read_pages(data, source)
    lines = [ln for p in pages for ln in p.lines]
    if not any(ln.plain for ln in lines):
        raise CitexError(f"{source}: the PDF has no text layer (a scanned image?); run OCR on it first", EXIT_INPUT)
    warnings: list[Warning] = []
    body_size = _body_size(lines)
    _drop_running_heads(pages, body_size)
    words = _vocabulary(lines)
    body: list[_Line] = []
    footnotes: list[list[_Line]] = []  # each footnote: its lines, possibly over several pages
    endnotes_started = False
    for page in pages:
        block: list[_Line] = []
        if any(NOTES_HEADING_RE.match(ln.plain) for ln in page.lines):
            endnotes_started = True  # an endnote list in small type is not a page's footnotes
        if not endnotes_started:
            block = _footnote_block(page, body_size, bool(footnotes))
        in_block = {id(ln) for ln in block}
        for ln in page.lines:
            if id(ln) in in_block:
                continue
            body.append(ln)
        _add_footnotes(block, footnotes)
    text = _paragraphs(body, body_size, words)
    if footnotes:
        notes = []
        for lines_of_note in footnotes:
            label = lines_of_note[0].lead
            joined = _join_lines([ln.text for ln in lines_of_note], words)
            notes.append(f"[^{label}]: {joined.strip()}")
        text = text.rstrip() + "\n\n" + "\n\n".join(notes) + "\n"
    return text, warnings


def _read_pages(data: bytes, source: str) -> list[_Page]:
    try:
        from pdfminer.high_level import extract_pages
        from pdfminer.layout import LAParams
        from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect
        from pdfminer.pdfpage import PDFTextExtractionNotAllowed
        from pdfminer.pdfparser import PDFSyntaxError
        from pdfminer.psparser import PSException
    except ImportError:  # pragma: no cover - a dependency of the package
        raise CitexError("reading PDF needs pdfminer.six: pip install pdfminer.six", EXIT_INPUT) from None
    pages: list[_Page] = []
    try:
        layout = extract_pages(io.BytesIO(data), laparams=LAParams(char_margin=3.0, line_margin=0.3), maxpages=MAX_PAGES)
        for number, page in enumerate(layout, 1):
            pages.append(_page(page, number))
    except (PDFEncryptionError, PDFPasswordIncorrect):
        raise CitexError(f"{source}: the PDF is encrypted; save an unprotected copy first", EXIT_INPUT) from None
    except PDFTextExtractionNotAllowed:
        raise CitexError(f"{source}: the PDF forbids text extraction", EXIT_INPUT) from None
    except (PDFSyntaxError, PSException) as exc:
        raise CitexError(f"{source}: not a readable PDF ({type(exc).__name__})", EXIT_INPUT) from None
    except Exception as exc:  # noqa: BLE001 - a damaged file trips pdfminer in many ways; all are input errors
        raise CitexError(f"{source}: not a readable PDF ({type(exc).__name__}: {exc})", EXIT_INPUT) from None
    if not pages:
        raise CitexError(f"{source}: the PDF has no pages", EXIT_INPUT)
    return pages


def _page(page, number: int) -> _Page:
    from pdfminer.layout import LTCurve, LTTextLine

    out = _Page(number, page.height, page.width)

    def walk(node):
        for child in node:
            if isinstance(child, LTTextLine):
                line = _line(child, number, page.height)
                if line is not None:
                    out.lines.append(line)
            elif isinstance(child, LTCurve):  # LTLine and LTRect are curves
                if child.height < 2.5 and child.width > 20:
                    out.rules.append(page.height - child.y1)
            elif hasattr(child, "__iter__"):
                walk(child)

    walk(page)
    out.lines.sort(key=lambda ln: (round(ln.top / 2), ln.x0))
    return out


def _line(line, page: int, height: float) -> _Line | None:
    from pdfminer.layout import LTChar

    chars = [c for c in line if isinstance(c, LTChar)]
    if not chars:
        return None
    sizes = Counter(round(c.size, 1) for c in chars if c.get_text().strip())
    if not sizes:
        return None
    size = sizes.most_common(1)[0][0]
    baseline = min(c.y0 for c in chars if round(c.size, 1) == size)
    out: list[str] = []  # the line's text, "*" around italic runs, "[^N]" for superscript numbers
    italic = False
    last_solid = 0  # len(out) just after the last non-space character
    lead: str | None = None
    sup = ""
    bold = 0

    def flush_sup() -> None:
        nonlocal sup, lead, last_solid
        if sup:
            if lead is None and last_solid == 0:
                lead = sup
            else:
                out.append(f"[^{sup}]")
                last_solid = len(out)
            sup = ""

    for item in line:
        text = item.get_text()
        if not isinstance(item, LTChar) or not text.strip():
            flush_sup()
            out.append(" ")
            continue
        if text.isdigit() and item.size < size * SUPERSCRIPT and item.y0 > baseline + size * 0.2:
            sup += text
            continue
        flush_sup()
        font = item.fontname.lower()
        bold += "bold" in font or "black" in font or "heavy" in font
        is_italic = "italic" in font or "oblique" in font or font.endswith(("-it", "-i"))
        if is_italic and not italic:
            out.append("*")
        elif italic and not is_italic:
            out.insert(last_solid, "*")
        italic = is_italic
        out.append(text)
        last_solid = len(out)
    flush_sup()
    if italic:
        out.insert(last_solid, "*")
    text = "".join(out).translate(LIGATURES).replace("\n", " ")
    text = regex.sub(r"[ \t]{2,}", " ", text).strip()
    if not text and lead is None:
        return None
    return _Line(page, line.x0, line.x1, height - line.y1, height - line.y0, size, text, lead, bold=bold > len(chars) / 2)


def _body_size(lines: list[_Line]) -> float:
    """The size of the text type: the largest size that sets a fifth of the characters or more
    (notes in smaller type may outnumber the text; headings are larger but short)."""
    weights: Counter = Counter()
    for ln in lines:
        weights[ln.size] += len(ln.plain)
    total = sum(weights.values())
    common = [size for size, count in weights.items() if count >= total * BODY_SHARE]
    return max(common) if common else (weights.most_common(1)[0][0] if weights else 10.0)


def _key(line: _Line) -> str:
    return DIGITS_RE.sub("#", line.plain.casefold())


def _drop_running_heads(pages: list[_Page], body_size: float) -> None:
    """Drop page numbers, and lines that recur at the top or bottom of pages, and small-type lines
    at the very top of a page that are not its only text."""
    tops: Counter = Counter()
    bottoms: Counter = Counter()
    for p in pages:
        for ln in p.lines[:2]:
            tops[_key(ln)] += 1
        for ln in p.lines[-2:]:
            bottoms[_key(ln)] += 1
    for p in pages:
        drop: set[int] = set()
        for ln in p.lines[:2]:
            if ln.top > p.height * 0.15:
                break
            small_head = ln.size < body_size * SMALL and p.number > 1 and len(p.lines) > 3 and not ln.lead
            if PAGE_NUMBER_RE.match(ln.plain) or (tops[_key(ln)] >= 2 and len(pages) > 1) or small_head:
                drop.add(id(ln))
            else:
                break
        for ln in reversed(p.lines[-2:]):
            if ln.bottom < p.height * 0.85:
                break
            if PAGE_NUMBER_RE.match(ln.plain) or (bottoms[_key(ln)] >= 2 and len(pages) > 1 and not ln.lead):
                drop.add(id(ln))
            else:
                break
        p.lines = [ln for ln in p.lines if id(ln) not in drop]


def _vocabulary(lines: list[_Line]) -> Counter:
    """The words of the text and how often each is printed whole: the halves of a word split at a line
    end ("Mili-" / "tary") are not counted as words."""
    words: Counter = Counter()
    broken = False
    for ln in lines:
        found = WORD_RE.findall(ln.text)
        if broken and found and LINE_START_WORD_RE.match(ln.plain.lstrip("*")):
            found = found[1:]
        broken = ln.plain.rstrip("*").endswith("-")
        if broken and found:
            found = found[:-1]
        for w in found:
            words[w.casefold()] += 1
    return words


def _starts_note(line: _Line, expected: int) -> str | None:
    """The note number a footnote line starts with: a superscript, or a plain number in sequence."""
    if line.lead:
        return line.lead
    m = PLAIN_NOTE_START_RE.match(line.plain)
    if m and (expected <= int(m.group("n")) <= expected + 2 or int(m.group("n")) == 1):
        return m.group("n")
    return None


def _footnote_block(page: _Page, body_size: float, continuing: bool) -> list[_Line]:
    """The footnotes at the foot of a page: the trailing run of small-type lines (or the lines
    under a short rule), when it starts with a note number or continues the last page's note."""
    lines = page.lines
    i = len(lines)
    while i > 0 and lines[i - 1].size < body_size * SMALL:
        i -= 1
    block = lines[i:]
    rule_above = None
    for r in page.rules:
        below = [ln for ln in lines if ln.top > r]
        if below and r > page.height * 0.4 and (rule_above is None or r > rule_above):
            rule_above = r
    if rule_above is not None:
        under = [ln for ln in lines if ln.top > rule_above]
        if len(under) > len(block) or not block:
            block = under
    if not block or len(block) == len(lines) and rule_above is None:
        return []  # a whole page of small type is not a footnote block
    first = block[0]
    if _starts_note(first, 1) or first.lead or rule_above is not None or continuing:
        if not (_starts_note(first, 1) or first.lead) and not continuing:
            return []
        return block
    return []


def _add_footnotes(block: list[_Line], footnotes: list[list[_Line]]) -> None:
    for ln in block:
        expected = int(footnotes[-1][0].lead) + 1 if footnotes and (footnotes[-1][0].lead or "").isdigit() else 1
        label = _starts_note(ln, expected)
        if label is not None and not ln.lead and footnotes and NUMBER_EXPECTED_RE.search(footnotes[-1][-1].plain):
            label = None  # "…65, no." then "11 (2017): 419–71": the number goes on with the line above
        if label is not None:
            if not ln.lead:
                m = PLAIN_NOTE_START_RE.match(ln.plain)
                ln = _Line(ln.page, ln.x0, ln.x1, ln.top, ln.bottom, ln.size, ln.plain[m.end():], label)
            footnotes.append([ln])
        elif footnotes:
            footnotes[-1].append(ln)
        # a block line before any numbered footnote (a stray caption) is left out


def _join_lines(texts: list[str], words: Counter) -> str:
    out = ""
    for t in texts:
        t = t.strip()
        if not out:
            out = t
            continue
        out = _join_two(out, t, words)
    return out


def _join_two(left: str, right: str, words: Counter) -> str:
    """Join two lines of one paragraph, undoing a line-end hyphen where it split a word."""
    if left.endswith("*") and right.startswith("*") and not right.startswith("**"):
        return _join_two(left[:-1], right[1:], words)  # one italic run over the line break
    if left.endswith("-") and not left.endswith("--"):
        m = LINE_END_WORD_RE.search(left)
        n = LINE_START_WORD_RE.match(right)
        if m and n and right[:1].islower():
            if "://" in left.rsplit(" ", 1)[-1] or "www." in left.rsplit(" ", 1)[-1]:
                return left + right  # an address keeps its hyphen: "…/colorado-" "river-basin/…"
            whole = (m.group("word") + n.group("word")).casefold()
            hyphened = f"{m.group('word')}-{n.group('word')}".casefold()
            if words.get(hyphened, 0) > words.get(whole, 0):
                return left + right
            if not words.get(whole, 0) and len(m.group("word")) > 2 and len(n.group("word")) > 2 \
                    and words.get(m.group("word").casefold(), 0) and words.get(n.group("word").casefold(), 0):
                return left + right  # "Near-" "term": two words the text uses on their own, and never joined
            return left[:-1] + right
        return left + right  # "Tarazona-" "Sevillano", "97-" "127", a URL
    if left.endswith(("/", "–", "—")) or right.startswith(("/",)):
        return left + right
    return left + " " + right


def _paragraphs(lines: list[_Line], body_size: float, words: Counter) -> str:
    """Lines -> text: blank lines between paragraphs and around headings, hyphens joined.

    A paragraph ends at a heading, a larger gap between lines, a new superscript-numbered note,
    or (in the text, not in an endnote list) a short line ending a sentence before an indented one.
    """
    out: list[str] = []
    previous: _Line | None = None
    leading = _typical_leading(lines)
    right = max((ln.x1 for ln in lines if ln.size == body_size), default=0.0)
    left: dict[int, float] = {}
    for ln in lines:
        if ln.size == body_size:
            left[ln.page] = min(left.get(ln.page, ln.x0), ln.x0)
    in_notes = False
    for ln in lines:
        text = f"[^{ln.lead}]: {ln.text}" if ln.lead else ln.text
        if previous is None:
            out.append(text)
            previous = ln
            continue
        heading, was_heading = _is_heading(ln, body_size), _is_heading(previous, body_size)
        gap = ln.top - previous.bottom if ln.page == previous.page else 0.0
        if heading and was_heading and ln.size == previous.size and gap < leading * 1.8 + 1:
            out[-1] = _join_two(out[-1], text, words)  # a heading set on two lines
            previous = ln
            continue
        ends_sentence = regex.search(r"[.!?:\"”’)\]]\*?$", previous.plain) is not None
        short = previous.x1 < right - 3 * body_size and ends_sentence
        if ln.lead and not in_notes and ln.page == previous.page and ln.size == previous.size == body_size \
                and previous.x1 >= right - 3 * body_size and gap <= leading * 1.8 + 1 and not previous.lead:
            # a marker wrapped to the start of a line inside a paragraph ("…generation." / "¹ Within months"):
            # it calls a note, it opens none
            out[-1] = out[-1] + f"[^{ln.lead}]"
            text = ln.text
        indented = ln.x0 > left.get(ln.page, ln.x0) + body_size * 0.8
        new_paragraph = (heading or was_heading or bool(ln.lead) and text.startswith("[^")
                         or (ln.page == previous.page and gap > leading * 1.8 + 1)
                         or (not in_notes and short and (indented or previous.x1 < right * 0.6)))
        if NOTES_HEADING_RE.match(ln.plain):
            in_notes = True
        if new_paragraph:
            out.append("")
            out.append(text)
        elif out[-1].endswith("*") and text.startswith("*") and not text.startswith("**"):
            out[-1], text = out[-1][:-1], text[1:]  # one italic run over the line break
            out.append(text) if not out[-1].endswith("-") else None
            if out[-1].endswith("-"):
                out[-1] = _join_two(out[-1], text, words)
        elif out[-1].endswith(("-", "/", "–", "—")):
            out[-1] = _join_two(out[-1], text, words)
        else:
            out.append(text)
        previous = ln
    return "\n".join(out).strip() + "\n"


def _typical_leading(lines: list[_Line]) -> float:
    gaps: Counter = Counter()
    for a, b in zip(lines, lines[1:], strict=False):
        if a.page == b.page and b.top > a.bottom - 1:
            gaps[round(b.top - a.bottom)] += 1
    return float(gaps.most_common(1)[0][0]) if gaps else 2.0


def _is_heading(line: _Line, body_size: float) -> bool:
    short = len(line.plain) < 90
    return short and (line.size > body_size * 1.12 or (line.bold and not line.lead))
