"""Stable citation keys, the way Better BibTeX makes them by default.

A key is the first creator's family name, the year and the first significant title word,
lower-case and folded to ASCII: ``neuman2012guerrilla``, ``tarazona-sevillano1990sendero``.
A work without a person as creator uses its organisation (``usgovernment2012counternarcotics``)
or, unsigned, its title (``peru2013monitoreo``).  Works that share a key all get ``a``, ``b``, ...
in the order they are first cited, so the same article always yields the same keys.  The keys are
the CSL ``id`` and the BibTeX key.

``fold`` and ``title_words`` are also the normal forms the resolver compares names and titles in.
"""
from __future__ import annotations

import unicodedata
from collections import Counter
from collections.abc import Sequence
from itertools import count, product
from string import ascii_lowercase

import regex

from .articlecache import per_article
from .lazyregex import lazy
from .model import Name, Work

# Punctuation and letters of Latin-script text that are no accented ASCII letter, as anyascii
# writes them in ASCII (tests/test_keys.py checks every one against anyascii).
_LATIN_ASCII = {
    "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u2013": "-",
    "\u2014": "-", "\u2026": "...", "\u2039": "<", "\u203a": ">", "«": "<<", "»": ">>", "¿": "?", "¡": "!",
    "ß": "ss", "æ": "ae", "Æ": "Ae", "œ": "oe", "Œ": "Oe", "ø": "o", "Ø": "O", "ł": "l", "Ł": "L", "đ": "d", "Đ": "D",
    "ð": "d", "Ð": "D", "þ": "th", "Þ": "Th", "ı": "i", "°": "deg", "§": "S",
}
_CHAR_ASCII: dict[str, str] = {}


def to_ascii(text: str) -> str:
    """``text`` in ASCII, as ``anyascii`` writes it: "Perú" -> "Peru", "Straße" -> "Strasse".

    A letter that is an ASCII letter with accents ("ú", "ñ", "ç"), the other letters of Latin
    script and the common typographic punctuation are folded here; anything else (other
    scripts, symbols) goes to ``anyascii``, imported only then, so an article in Latin script
    never pays for loading it.
    """
    if text.isascii():
        return text
    out = []
    for char in text:
        if char.isascii():
            out.append(char)
            continue
        folded = _CHAR_ASCII.get(char)
        if folded is None:
            folded = _LATIN_ASCII.get(char)
            if folded is None:
                base = "".join(c for c in unicodedata.normalize("NFKD", char) if not unicodedata.combining(c))
                if base.isascii() and base.isalnum():
                    folded = base
                else:
                    from anyascii import anyascii

                    folded = anyascii(char)
            _CHAR_ASCII[char] = folded
        out.append(folded)
    return "".join(out)

# Articles, prepositions, conjunctions and a few pronouns of English, Spanish, French and German:
# the words a key skips to reach the first word that says what the work is about.
STOP_WORDS = frozenset("""
a an the and or nor but of in on at to for from by with without into onto upon over under about
against among between through during before after as via per vs versus than some this that these
those its it is are was were be how why what when where who whom which do does not no
el la lo los las un una uno unos unas y e o u ni de del al a en con sin por para sobre entre
hacia hasta desde contra segun tras ante bajo mediante su sus que como cual cuales cuando donde
quien es son se le les mas muy ndeg nro
le la les l un une des du de d et ou a au aux en dans par pour sur sous avec sans chez vers ce
cette ces qui quoi dont est sont
der die das den dem des ein eine einer eines einem einen und oder im am zum zur vom mit ohne fur
auf aus bei nach von zu uber unter vor zwischen ist sind
""".split())

# Name particles kept inside ``family`` ("van Dun", "del Pino") that a short form may drop.
PARTICLES = frozenset("van von der den de del della dela delos di da do dos das du la le las los ten ter y e".split())

# An apostrophe: "Peru's", "l'Amazonie", "O'Brien" (typographic and straight forms)
_APOSTROPHE_RE = lazy(r"['\u2018\u2019\u02bc`]")
# A possessive ending: "Peru's Shining Path" -> "Peru Shining Path"
_POSSESSIVE_RE = lazy(r"(?<=\p{L})['\u2019\u02bc]s\b", regex.IGNORECASE)
# A French or Italian elided article or preposition: "l'Amazonie", "d'Ayacucho", "qu'il"
_ELISION_RE = lazy(r"\b(?:[ldjmnst]|qu)['\u2019\u02bc](?=\p{L})", regex.IGNORECASE)
# A run of letters or digits, after folding: "coca", "2012"
_WORD_RE = lazy(r"[a-z0-9]+")
# An abbreviated maternal surname printed as an initial: "Laos F." -> "Laos"
_INITIAL_RE = lazy(r"(?<!\S)\p{L}\.(?!\S)")
# Anything a key may not hold: keys keep ASCII letters, digits and the hyphen of "Felbab-Brown"
_KEY_UNSAFE_RE = lazy(r"[^a-z0-9-]+")

LITERAL_WORDS = 2  # words of an organisation or description in a key: "usgovernment", "cocafarmer"


def fold(text: str) -> str:
    """Lower-case ASCII with single spaces, punctuation kept: ``"Perú Monitoreo"`` -> ``"peru monitoreo"``."""
    return " ".join(to_ascii(text).casefold().split())


@per_article(maxsize=4096)
def words(text: str) -> tuple[str, ...]:
    """Every word of ``text``, folded, possessives and elisions dropped: ``"Peru's Path"`` -> ``("peru", "path")``."""
    if "'" in text or "\u2019" in text or "\u02bc" in text:
        text = _ELISION_RE.sub("", _POSSESSIVE_RE.sub("", text))
    text = _APOSTROPHE_RE.sub("", to_ascii(text).casefold().replace(".", ""))
    return tuple(_WORD_RE.findall(text))


def title_words(text: str | None) -> list[str]:
    """The significant words of a title, folded: ``"The Threat of Narcoterrorism"`` -> ``["threat", "narcoterrorism"]``."""
    return [w for w in words(text or "") if w not in STOP_WORDS]


def name_key(name: Name) -> str:
    """A name as compared by the resolver: ``"Romo Espinoza"`` -> ``"romo espinoza"``, a literal whole."""
    text = name.family or name.literal or ""
    return " ".join(words(_INITIAL_RE.sub(" ", text)) if name.family else words(text))


def _family_part(name: Name) -> str:
    if name.family:
        family = _INITIAL_RE.sub(" ", name.family)
        family = _APOSTROPHE_RE.sub("", to_ascii(family).casefold())
        return _KEY_UNSAFE_RE.sub("", family).strip("-")
    return "".join([w for w in words(name.literal or "") if w not in STOP_WORDS][:LITERAL_WORDS])


def base_key(work: Work) -> str:
    """The key of one work before collisions are settled: ``neuman2012guerrilla``."""
    creators = work.authors or work.editors or work.translators
    year = str(work.date[0]) if work.date else ""
    title = title_words(work.title) or ([] if work.parsed and (creators or work.title) else
                                         title_words(_site(work.url) if work.url and not work.title else work.raw))
    creator = next((p for p in (_family_part(n) for n in creators) if p), "")
    if not creator and not work.title and work.type == "interview" and work.place and title_words(work.place):
        return "interview" + year + title_words(work.place)[0]  # "Author interview, Lashio, Shan State, <date>"
    if creator:
        key = creator + year + (title[0] if title else "")
    elif title:
        key = title[0] + year + (title[1] if len(title) > 1 else "")
    else:
        key = year
    return key or "work"


def _site(url: str) -> str:
    """"https://www.radio-example.bo/historia" -> "radio-example": what names a page with no title."""
    host = url.split("://", 1)[-1].split("/", 1)[0].removeprefix("www.")
    return host.rsplit(".", 1)[0] if "." in host else host


def _suffixes():
    """``a`` ... ``z``, then ``aa``, ``ab`` ...: the letters that tell colliding keys apart."""
    for size in count(1):
        for letters in product(ascii_lowercase, repeat=size):
            yield "".join(letters)


def assign_keys(works: Sequence[Work]) -> list[str]:
    """One unique key per work, in the order given (the order of first citation)."""
    bases = [base_key(w) for w in works]
    shared = {k for k, n in Counter(bases).items() if n > 1}
    taken = set(bases) - shared
    pending = {k: _suffixes() for k in shared}
    keys = []
    for base in bases:
        if base in pending:
            key = base + next(pending[base])
            while key in taken:  # "smith2010" + "a" must not land on a work keyed "smith2010a"
                key = base + next(pending[base])
            base = key
        taken.add(base)
        keys.append(base)
    return keys
