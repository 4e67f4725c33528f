"""Short names a note declares for the work it cites, and later citations by them.

"Report on the Telephone Records Program (2014) [hereinafter PCLOB Report]" lets later notes
write "PCLOB Report, 45."; "Archives parlementaires …, vol. 74 (1909), 303–4 (hereafter AP)"
lets them write "AP, 74:304."  The short name is often initials or a nickname that matches
neither the work's authors nor its title, so the resolver keeps the declared names and looks
a later citation up by them before anything else.
"""
from __future__ import annotations

import regex

from .keys import title_words, words
from .lazyregex import lazy
from .model import Work

# "[hereinafter PCLOB Report]", "(hereafter AP)", "(hereafter cited as DDF)", "(en adelante, CVR)", "(ci-après « CEDH »)",
# "(im Folgenden: BVerfG)", and unbracketed after the facts: "…, 2005), hereafter cited as Imperial Reckoning."
DECLARING = (r"(?:hereinafter|hereafter|henceforth|en\s+adelante|en\s+lo\s+sucesivo|ci-après|im\s+folgenden|nachfolgend|"
             r"d['’]ora\s+in\s+poi|di\s+seguito|doravante|daqui\s+em\s+diante)")
DECLARING_AS = r"(?:\s+(?:cited|referred\s+to|quoted)\s+as|\s+dénommée?s?)?"  # "hereafter cited as", "ci-après dénommé"
DECLARED_RE = lazy(rf"(?i)[\[(]\s*{DECLARING}{DECLARING_AS}\s*[,:]?\s*"
                   r"(?P<name>[^\[\]()]{1,60}?)\s*[\])]"
                   rf"|(?<=[,;)]\s{{0,3}}){DECLARING}\s+(?:cited\s+as\s+)?(?P<bare>[^;()\[\]]{{1,50}}?)(?=\s*(?:;|\.\s|\.?$))")
# A word of one of those phrases, looked for before any of them is searched
DECLARING_STEMS = ("ereinafter", "ereafter", "enceforth", "adelante", "sucesivo", "ci-après", "olgenden", "achfolgend",
                   "ora in poi", "di seguito", "doravante", "em diante")
# Words a pinpoint after a short name may hold: labels, "supra note 3, at", ordinals' endings, roman numerals
POINTER_WORDS = frozenset("p pp page pages para paras paragraph doc docs no nos nr vol vols fol fols fo fos f ff ser art arts "
                          "sec secs ch chap chaps pt pts col cols annex n nn note notes at and supra above op cit passim "
                          "st nd rd th bd t tome".split())
ROMAN_RE = lazy(r"(?i)[ivxlcdm]{1,7}")
LETTERS_RE = lazy(r"\p{L}+")
# What stands between a citation by short name and its pinpoint: "supra note 3, at", "op. cit.,", "at" ("*supra*": in the
# italics of Markdown)
BACK_POINTER_RE = lazy(r"(?i)^(?:,?\s*[*_]?(?:supra|above)[*_]?(?:\s+notes?\s+\d{1,4})?|,?\s*op\.\s*cit\.?|,?\s*(?:n|note)\s+\d{1,4}\s+above)?"
                       r"\s*,?\s*(?:at\s+)?")
QUOTES = " \"“”‘’'«»*_‹›"


def declared(raw: str) -> str | None:
    """The short name ``raw`` declares for its work ("PCLOB Report", "AP"), or None."""
    if not may_declare(raw):
        return None
    m = DECLARED_RE.search(raw)
    if m is None:
        return None
    name = (m.group("name") or m.group("bare") or "").strip(QUOTES + ",.:")
    return name if LETTERS_RE.search(name) else None


def names_container(name: str, work: Work) -> bool:
    """Whether ``name`` is the short name of the volume ``work`` is printed in, not of ``work``: "Memorandum …, in Foreign
    Relations of the United States, 1969–1976, vol. XL, …, doc. 64 (hereafter FRUS, 1969–1976, vol. XL)" names the
    volume, and "FRUS, 1969–1976, vol. XL, doc. 350" cites another document of it."""
    if not work.container:
        return False
    first, container = (words(name) or ("",))[0], title_words(work.container)
    initials = "".join(w[0] for w in container)
    return bool(container) and (first == container[0] or len(first) >= 2 and initials.startswith(first))


# An archive or a library, which a note names before the document it holds
HOLDER_RE = lazy(r"(?i)\b(?:archives?|archivo|archiv|library|biblioth[eè]que|biblioteca|record\s+office|records|"
                 r"manuscripts?|papers|collection)\b")


def names_holder(raw: str) -> bool:
    """Whether the short name ``raw`` declares follows the archive or library that opens the note, not the document it
    holds: "The National Archives, Kew (hereafter TNA), T 1/4801, Trevelyan to Wood, …" names the archive, and a later
    "TNA, T 64/191" cites another of its documents."""
    m = DECLARED_RE.search(raw) if may_declare(raw) else None
    if m is None:
        return False
    before, after = raw[: m.start()].strip(), raw[m.end():].strip(" ,.;")
    return len(before.split(", ")) <= 2 and HOLDER_RE.search(before) is not None and len(after) > 3


def may_declare(text: str) -> bool:
    """Whether ``text`` holds a word of the phrases that declare a short name ("hereinafter", "en adelante", …)."""
    lowered = text.lower()
    return any(stem in lowered for stem in DECLARING_STEMS)


def pattern(name: str) -> regex.Pattern:
    """A citation that opens on ``name``, however its spaces and punctuation are printed."""
    parts = regex.findall(r"\w+", name)
    return regex.compile(r"(?i)^[\s(\[]*(?:see\s+(?:also\s+)?|cf\.\s+)?" + r"[\W_]*".join(map(regex.escape, parts)) + r"(?!\w)")


def pinpoint(raw: str, opening: regex.Pattern) -> str | None:
    """The pinpoint of ``raw`` when it is the short name ``opening`` matches followed by a pinpoint only ("" for none);
    None when anything else follows it (a title: another work whose name begins the same)."""
    m = opening.match(raw)
    if m is None:
        return None
    tail = raw[m.end():].strip()
    tail = tail[:-1].rstrip() if tail.endswith((".", ";")) else tail
    if len(tail) > 48 or tail[:1] not in ",:" and tail and not tail[:3].lower() == "at ":
        return None
    if any(w.lower() not in POINTER_WORDS and not ROMAN_RE.fullmatch(w) for w in LETTERS_RE.findall(tail)):
        return None
    tail = tail[BACK_POINTER_RE.match(tail).end():].strip(" ,:")
    return tail if not tail or any(ch.isdigit() for ch in tail) or ROMAN_RE.fullmatch(tail.split(",")[0].strip()) else None
