"""How each CSL type travels to Zotero, biblatex and classic BibTeX: the tables, in one place.

Sources: Zotero's CSL JSON import translator (type list, 2022-09-20) and zotero-schema
(fields and creator roles per item type, CSL mappings); Better BibTeX's CSL-type map for
biblatex (``entrysubtype`` for newspaper, magazine, interview, speech, broadcast); the biblatex
manual (classic aliases); ``../shared/tools/consumers/README.md`` (what the importers were
seen to do).
"""
from __future__ import annotations

from typing import NamedTuple

# Every CSL type Zotero's CSL-JSON importer accepts.  One item of any other type (even the
# CSL 1.0.2 type ``software``) makes Zotero refuse the whole file, so anything else is
# exported as ``document``.
ZOTERO_CSL_TYPES = frozenset({
    "article", "article-journal", "article-magazine", "article-newspaper", "bill", "book", "broadcast",
    "chapter", "classic", "collection", "dataset", "document", "entry", "entry-dictionary",
    "entry-encyclopedia", "event", "figure", "graphic", "hearing", "interview", "legal_case",
    "legislation", "manuscript", "map", "motion_picture", "musical_score", "pamphlet",
    "paper-conference", "patent", "performance", "periodical", "personal_communication", "post",
    "post-weblog", "regulation", "report", "review", "review-book", "song", "speech", "standard",
    "thesis", "treaty", "webpage",
})

# The Zotero item type each CSL type becomes on import (zotero-schema ``csl.types``).
ZOTERO_ITEM_TYPE = {
    "article-journal": "journalArticle", "article-magazine": "magazineArticle",
    "article-newspaper": "newspaperArticle", "book": "book", "chapter": "bookSection",
    "document": "document", "interview": "interview", "paper-conference": "conferencePaper",
    "post-weblog": "blogPost", "report": "report", "speech": "presentation", "thesis": "thesis",
    "webpage": "webpage",
}

# Of the CSL variables citex writes, those Zotero keeps for each item type (zotero-schema
# fields and creator roles).  Zotero drops the others silently; citex repeats them in ``note``,
# which Zotero stores in Extra, where its citation processor still reads ``variable: value``.
# (Zotero's Archive and Loc. in Archive, ``archive`` and ``archive_location``, belong to most printed types.)
_COMMON = frozenset({"title", "URL", "language", "author"})
ZOTERO_KEEPS: dict[str, frozenset[str]] = {
    "article-journal": _COMMON | {"archive", "archive_location", "container-title", "volume", "issue", "page", "editor", "translator",
                                  "DOI"},
    "article-magazine": _COMMON | {"archive", "archive_location", "container-title", "volume", "issue", "page", "translator"},
    "article-newspaper": _COMMON | {"archive", "archive_location", "container-title", "publisher-place", "page", "translator"},
    "book": _COMMON | {"archive", "archive_location", "publisher", "publisher-place", "volume", "edition", "editor", "translator"},
    "chapter": _COMMON | {"archive", "archive_location", "container-title", "publisher", "publisher-place", "volume", "page", "edition", "editor",
                          "translator"},
    "document": _COMMON | {"archive", "archive_location", "publisher", "editor", "translator"},
    "interview": _COMMON | {"archive", "archive_location", "medium", "interviewer", "translator"},
    "paper-conference": _COMMON | {"container-title", "event-title", "publisher", "publisher-place", "DOI",
                                   "event-place", "volume", "page", "editor", "translator"},
    "post-weblog": _COMMON | {"container-title", "genre"},
    "report": _COMMON | {"archive", "archive_location", "genre", "publisher", "publisher-place", "page", "translator"},
    "speech": _COMMON | {"genre", "event-title", "event-place", "publisher-place"},
    "thesis": _COMMON | {"archive", "archive_location", "genre", "publisher", "publisher-place"},
    "webpage": _COMMON | {"container-title", "genre", "translator"},
}


class BibType(NamedTuple):
    """A BibTeX entry type and, for biblatex, its ``entrysubtype``."""

    entry: str
    subtype: str | None = None


# biblatex, after Better BibTeX's CSL-type map.
BIBLATEX: dict[str, BibType] = {
    "article-journal": BibType("article"),
    "article-newspaper": BibType("article", "newspaper"),
    "article-magazine": BibType("article", "magazine"),
    "book": BibType("book"),
    "chapter": BibType("incollection"),
    "report": BibType("report"),
    "thesis": BibType("thesis"),
    "paper-conference": BibType("inproceedings"),
    "webpage": BibType("online"),
    "post-weblog": BibType("online"),
    "interview": BibType("misc", "interview"),
    "speech": BibType("misc", "speech"),
    "broadcast": BibType("misc", "broadcast"),
}

# Classic BibTeX (plain, apalike, natbib styles) knows none of @report, @online, entrysubtype.
CLASSIC: dict[str, BibType] = {
    "article-journal": BibType("article"),
    "article-newspaper": BibType("article"),
    "article-magazine": BibType("article"),
    "book": BibType("book"),
    "chapter": BibType("incollection"),
    "report": BibType("techreport"),
    "paper-conference": BibType("inproceedings"),
}


def biblatex_type(csl_type: str) -> BibType:
    return BIBLATEX.get(csl_type, BibType("misc"))


def classic_type(csl_type: str, genre: str | None = None) -> BibType:
    if csl_type == "thesis":
        g = (genre or "").casefold()
        if "master" in g:
            return BibType("mastersthesis")
        if "phd" in g or "ph.d" in g or "doctor" in g:
            return BibType("phdthesis")
    return CLASSIC.get(csl_type, BibType("misc"))


# BCP 47 primary language -> babel/polyglossia name for biblatex's ``langid``.
LANGID = {
    "en": "english", "es": "spanish", "fr": "french", "de": "ngerman", "pt": "portuguese", "it": "italian",
    "nl": "dutch", "ca": "catalan", "ru": "russian", "pl": "polish", "sv": "swedish", "da": "danish",
    "nb": "norsk", "no": "norsk", "fi": "finnish", "cs": "czech", "tr": "turkish", "el": "greek",
}
LANGID_REGION = {"en-us": "american", "en-gb": "british", "pt-br": "brazilian", "de-at": "naustrian"}


def langid(language: str | None) -> str | None:
    """``"es"`` -> ``"spanish"``; ``"en-US"`` -> ``"american"``; unknown -> None."""
    if not language:
        return None
    code = language.strip().casefold().replace("_", "-")
    return LANGID_REGION.get(code) or LANGID.get(code.split("-")[0])
