"""Protected regions of a note: quotations, italics, parentheses and brackets.

Splitting and field reading must not cut inside a title or a parenthetical, so both ask
this module where those regions are.  One linear pass; an opener with no closer protects
nothing.
"""
from __future__ import annotations

from typing import NamedTuple

from .articlecache import per_article
from .lazyregex import lazy

OPEN_CLOSE = {"“": "”", "«": "»", "„": "“"}
# Characters that may open a protected region: “ « „ 「 " * ( [ 《 『
OPENERS_RE = lazy(r'[“«„「"*(\[《『]|(?<![\p{L}\d-])[‘\']')  # an apostrophe inside a word opens nothing, nor an ʿayn
# after a hyphen ("al-‘Arabi", "li-‘adad")
# The closer of a title in single quotes ("‘Another Example’, The Guardian", "'Title', Journal"), and what
# may follow it: anything but a letter for the curly mark (an apostrophe runs on into "Libya’s"), and a
# punctuation mark for the straight one, which is an apostrophe more often than a quotation mark
SINGLE_CLOSE = {"‘": "’", "'": "'"}
AFTER_STRAIGHT_SINGLE = frozenset(",.;:)")
MAX_SINGLE_QUOTED = 300


class Region(NamedTuple):
    """One protected region (a tuple: regions are made by the thousand)."""

    start: int
    end: int  # exclusive, after the closing mark
    kind: str  # quote | italic | paren | bracket

    @property
    def inner(self) -> tuple[int, int]:
        return self.start + 1, self.end - 1


# Either mark of a nested pair: ( ) or [ ]
PAIR_MARKS_RE = {"(": lazy(r"[()]"), "[": lazy(r"[\[\]]"), "「": lazy(r"[「」]")}


def _matching(text: str, open_ch: str) -> dict[int, int]:
    """Opening offset -> closing offset for nested pairs such as ( ) and [ ]."""
    stack: list[int] = []
    out: dict[int, int] = {}
    for m in PAIR_MARKS_RE[open_ch].finditer(text):
        if text[m.start()] == open_ch:
            stack.append(m.start())
        elif stack:
            out[stack.pop()] = m.start()
    return out


@per_article(maxsize=2048)
def regions(text: str) -> tuple[Region, ...]:
    """Top-level protected regions, in order, never overlapping (cached: stages ask again)."""
    parens = _matching(text, "(") if "(" in text else {}
    brackets = _matching(text, "[") if "[" in text else {}
    corners = _matching(text, "「") if "「" in text else {}  # (「」 nest: 「防衛力強化「賛成」68%」)
    last = {ch: text.rfind(ch) for ch in ("”", "»", "“", '"', "*", "》", "』")}
    out: list[Region] = []
    i, n = 0, len(text)
    while i < n:
        m = OPENERS_RE.search(text, i)  # jump to the next character that can open a region
        if m is None:
            break
        i = m.start()
        ch = text[i]
        end = -1
        kind = ""
        if ch in OPEN_CLOSE and last.get(OPEN_CLOSE[ch], -1) > i:
            end = text.find(OPEN_CLOSE[ch], i + 1)
            kind = "quote"
        elif ch == '"' and last['"'] > i:
            end = text.find('"', i + 1)
            kind = "quote"
        elif ch == "*" and last["*"] > i and i + 1 < n and not text[i + 1].isspace() and text[i + 1] != "*" \
                and (i == 0 or not text[i - 1].isalnum()):
            end = _italic_end(text, i + 1)
            kind = "italic"
        elif ch in SINGLE_CLOSE and (i == 0 or not text[i - 1].isalnum()) and i + 1 < n and not text[i + 1].isspace():
            end = _single_end(text, i + 1, ch)
            kind = "quote"
        elif ch == "《" and last["》"] > i:  # Chinese book-title marks, as italics set a title: 《战略学》
            end = text.find("》", i + 1)
            kind = "italic"
        elif ch == "「" and i in corners:  # a Japanese or Korean article's title, as quotation marks set one
            end, kind = corners[i], "quote"
        elif ch == "『" and last["』"] > i:  # … and a book's or a newspaper's name, as italics set one: 『朝日新聞』
            end = text.find("』", i + 1)
            kind = "italic"
        elif ch == "(" and i in parens:
            end, kind = parens[i], "paren"
        elif ch == "[" and i in brackets:
            end, kind = brackets[i], "bracket"
        if end > i:
            out.append(Region(i, end + 1, kind))
            i = end + 1
        else:
            i += 1
    return tuple(out)


def _single_end(text: str, start: int, opener: str) -> int:
    """The closing mark of a title in single quotes, or -1: the first closer after a non-space and
    before what may follow a closing quote (not an apostrophe inside a word)."""
    close = SINGLE_CLOSE[opener]
    stop = min(len(text), start + MAX_SINGLE_QUOTED)
    j = text.find(close, start, stop)
    while j > 0:
        after = text[j + 1:j + 2]
        if not text[j - 1].isspace() and (after in AFTER_STRAIGHT_SINGLE or not after or
                                          opener == "‘" and not after.isalnum()
                                          or after == " " and text[j + 2:j + 3] in ("(", "[")
                                          and text[:start - 1].rstrip()[-1:] in ("", ",", ";", ":", "(")):
            # ("Roe, 'Remarks to the Army' (speech, …)", "Roe, 'Title' (2004) 31 Journal": a bracket after the space, the
            # quotation opening a citation's part; not "… of a Muslim 'Other' (London, 2017)")
            return _straight_closed_before(text, start, j) if opener == "'" else j
        j = text.find(close, j + 1, stop)
    return -1


def _straight_closed_before(text: str, start: int, j: int) -> int:
    """``j``, or an earlier straight mark followed by a space when another quotation opens before ``j``: in "The
    'first wave' thesis derives from Roe, 'The Four Waves', in …" the phrase closes before the title opens (a quotation
    holds no second one of its own marks)."""
    reopen = text.find(" '", start, j)
    while reopen != -1 and not text[reopen + 2:reopen + 3].isalnum():
        reopen = text.find(" '", reopen + 2, j)
    if reopen == -1:
        return j
    k = text.find("' ", start, reopen + 1)
    while k != -1 and text[k - 1].isspace():
        k = text.find("' ", k + 1, reopen + 1)
    return k if k != -1 else j


def _italic_end(text: str, start: int) -> int:
    """The closing ``*`` of an italic run: not preceded by a space."""
    j = text.find("*", start)
    while j > 0 and text[j - 1].isspace():
        j = text.find("*", j + 1)
    return j


def inside(pos: int, regs: list[Region]) -> Region | None:
    """The region containing ``pos``, if any (regions are few; a scan is fine)."""
    for r in regs:
        if r.start < pos < r.end - 1 or (r.start <= pos < r.end and pos != r.start):
            return r
        if r.start > pos:
            break
    return None


def mask(text: str, regs: list[Region], fill: str = "_") -> str:
    """The text with every protected region's inside replaced, so top-level searches skip it."""
    if not regs:
        return text
    parts, pos = [], 0
    for r in regs:
        parts.append(text[pos:r.start + 1])
        parts.append(fill * (r.end - r.start - 2))
        pos = r.end - 1
    parts.append(text[pos:])
    return "".join(parts)
