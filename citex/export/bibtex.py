"""Document -> biblatex (default) or classic BibTeX, through bibtexparser's Library and writer.

Entries are built from plain values (text, ``Name`` tuples); ``TexEncodeMiddleware`` encodes
them in the unparse stack, then bibtexparser encloses each value in braces and writes it.

The mapping follows Better BibTeX: ``@report`` (``institution``, ``type``), ``@article`` with
``entrysubtype = {newspaper}`` or ``{magazine}``, ``@misc`` with ``entrysubtype = {interview}`` or
``{speech}``, ``@online``, ``@book``, ``@incollection``; ``date`` as ISO 8601, ``langid`` from the
language.  Classic BibTeX has ``@techreport``, ``@misc`` + ``howpublished``, ``year``/``month``
and ``journal`` instead.  What BibTeX cannot hold (an interview's interviewer, the CSL types
newspaper article, interview and speech for importers that ignore ``entrysubtype``) is why the
README sends Zotero users to the CSL-JSON file.
"""
from __future__ import annotations

from bibtexparser import Library, write_string
from bibtexparser.model import Entry, Field, ImplicitComment
from bibtexparser.writer import BibtexFormat

from ..lazyregex import lazy
from ..model import Document, Item, Work
from .csl import clean, date_parts, page_range
from .texescape import TexEncodeMiddleware
from .typemap import biblatex_type, classic_type, langid

# Written out rather than as BibTeX's month macros (month = oct), which pybtex expands and
# bibtexparser keeps, so the two would read different values.
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")
# Characters a BibTeX key may not hold (citex's keys are [a-z0-9-]): "kay1999violent".
KEY_UNSAFE_RE = lazy(r"[\s,{}()\"#%'=\\~]")
HEADER = {
    False: "% biblatex bibliography written by citex; UTF-8.",
    True: "% BibTeX bibliography written by citex; UTF-8.",
}


def dumps(doc: Document, classic: bool = False) -> str:
    """The document's bibliography as biblatex, or classic BibTeX with ``classic=True``."""
    library = Library([ImplicitComment(HEADER[classic])])
    for item in doc.items:
        library.add(Entry(*entry_head(item, classic), fields=[Field(k, v) for k, v in entry_fields(item, classic)]))
    fmt = BibtexFormat()
    fmt.indent = "  "
    fmt.value_column = "auto"
    fmt.block_separator = "\n"
    return write_string(library, prepend_middleware=[TexEncodeMiddleware()], bibtex_format=fmt)


def entry_head(item: Item, classic: bool) -> tuple[str, str]:
    if KEY_UNSAFE_RE.search(item.id) or not item.id:
        raise ValueError(f"citation key {item.id!r} cannot be written to BibTeX")
    work = item.work
    kind = classic_type(work.type, work.genre) if classic else biblatex_type(work.type)
    return kind.entry, item.id


def entry_fields(item: Item, classic: bool) -> list[tuple[str, object]]:
    """The entry's fields as (name, plain value) pairs, in the order they are written."""
    work = item.work
    fields = classic_fields(work) if classic else biblatex_fields(work)
    return [(k, v) for k, v in fields if v]


def _title(work: Work) -> str | None:
    title = clean(work.title)
    return title if title or work.parsed else clean(work.raw)


def _people(work: Work) -> list[tuple[str, object]]:
    def real(names):
        return tuple(n for n in names if clean(n.literal) or clean(n.family) or clean(n.given))

    return [("author", real(work.authors)), ("editor", real(work.editors)), ("translator", real(work.translators))]


def _iso_date(work: Work, variable: str = "date") -> str | None:
    parts = date_parts(getattr(work, variable))
    if not parts:
        return None
    return "-".join([f"{parts[0]:04d}"] + [f"{p:02d}" for p in parts[1:]])


def biblatex_fields(work: Work) -> list[tuple[str, object]]:
    kind = biblatex_type(work.type)
    container, publisher, place = clean(work.container), clean(work.publisher), clean(work.place)
    fields = _people(work) + [("title", _title(work))]
    if kind.entry == "article":
        fields += [("journaltitle", container), ("entrysubtype", kind.subtype), ("location", place),
                   ("volume", work.volume), ("number", work.issue)]
    elif kind.entry == "incollection" or kind.entry == "inproceedings":
        fields += [("booktitle", container), ("eventtitle", work.event_title), ("publisher", publisher),
                   ("location", place), ("volume", work.volume), ("edition", clean(work.edition))]
    elif kind.entry in ("report", "thesis"):
        # "Informe final, tomo VIII": biblatex's @report has no volume, but every reader keeps one
        fields += [("type", work.genre), ("institution", publisher), ("location", place),
                   ("volume", work.volume), ("number", work.issue)]
    elif kind.entry == "book":  # biblatex prints "2nd edition" from an integer, and a word as it is
        fields += [("publisher", publisher), ("location", place), ("volume", work.volume),
                   ("edition", clean(work.edition))]
    else:  # @online and @misc
        # A website or programme: pandoc's reader takes it from journaltitle, Citation.js's from
        # booktitle, and neither reads the other, so both carry it.
        fields += [("journaltitle", container), ("booktitle", container), ("entrysubtype", kind.subtype),
                   ("type", work.genre), ("eventtitle", work.event_title), ("organization", publisher)]
        if work.type in ("interview", "speech"):
            fields.append(("venue", place))
        else:
            fields.append(("location", place))
        fields += [("volume", work.volume), ("number", work.issue)]
    fields += [("library", _held(work))]  # biblatex's field for the library or archive that holds it, and where
    fields += [("pages", page_range(work.page)), ("date", _iso_date(work)), ("doi", clean(work.doi)), ("url", clean(work.url)),
               ("urldate", _iso_date(work, "accessed") if work.url else None), ("langid", langid(work.language))]
    return fields


def _held(work: Work) -> str | None:
    """"Example Files, box 36, Example Presidential Library, Boston, MA": the place in the archive, then the archive."""
    return ", ".join(x for x in (clean(work.archive_location), clean(work.archive)) if x) or None


ORDINALS = ("First", "Second", "Third", "Fourth", "Fifth", "Sixth", "Seventh", "Eighth", "Ninth", "Tenth")


def classic_edition(edition: str | None) -> str | None:
    """The edition as the classic styles print it after the title, "Second edition": a word, capitalised."""
    edition = clean(edition)
    if edition and edition.isdigit():
        return ORDINALS[int(edition) - 1] if 0 < int(edition) <= len(ORDINALS) else f"{edition}th"
    return edition


def classic_fields(work: Work) -> list[tuple[str, object]]:
    kind = classic_type(work.type, work.genre)
    container, publisher, place = clean(work.container), clean(work.publisher), clean(work.place)
    fields = _people(work) + [("title", _title(work))]
    if kind.entry == "article":
        fields += [("journal", container), ("volume", work.volume), ("number", work.issue)]
    elif kind.entry in ("incollection", "inproceedings"):
        fields += [("booktitle", container), ("publisher", publisher), ("address", place), ("volume", work.volume),
                   ("edition", classic_edition(work.edition))]
    elif kind.entry == "techreport":
        fields += [("type", work.genre), ("institution", publisher), ("address", place), ("volume", work.volume),
                   ("number", work.issue)]
    elif kind.entry.endswith("thesis"):
        fields += [("type", work.genre), ("school", publisher), ("address", place)]
    elif kind.entry == "book":
        fields += [("publisher", publisher), ("address", place), ("volume", work.volume),
                   ("edition", classic_edition(work.edition))]
    else:  # @misc: howpublished says what it is; the rest of the facts go in note
        shown = [clean(work.genre), container, publisher]
        howpublished = next((x for x in shown if x), None)
        rest = [x for x in shown + [clean(work.event_title), place, _held(work)] if x and x != howpublished]
        fields += [("howpublished", howpublished), ("note", ", ".join(dict.fromkeys(rest)) or None)]
    parts = date_parts(work.date) or []
    fields += [("pages", page_range(work.page)), ("year", str(parts[0]) if parts else None),
               ("month", MONTHS[parts[1] - 1] if len(parts) > 1 else None), ("doi", clean(work.doi)), ("url", clean(work.url))]
    return fields
