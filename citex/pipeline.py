"""The whole of citex, top to bottom: read -> locate -> segment -> parse -> resolve.

Each stage is one pure function of the stage before it; this file is the only place
that chains them.  ``extract`` is the public entry point (``citex.extract``).
"""
from __future__ import annotations

import os

from . import articlecache, byline, references, sources, truncation
from . import notes as notes_stage
from . import resolve as resolve_stage
from . import segment as segment_stage
from .gcpause import cycle_collection_paused
from .model import Citation, Document, Note, Text, Warning, evolve
from .parse import parse_piece


def extract(source: str | os.PathLike | bytes | Text, *, name: str | None = None,
            input_format: str | None = None) -> Document:
    """Run the pipeline on a path, raw bytes, an article's text, or a ``Text``."""
    text = read(source, name=name, input_format=input_format)
    return process(text)


def read(source: str | os.PathLike | bytes | Text, *, name: str | None = None,
         input_format: str | None = None) -> Text:
    """Stage 1: anything the user has -> a decoded, normalised ``Text``."""
    if isinstance(source, Text):
        return source
    if isinstance(source, bytes):
        return sources.decode(source, source=name or "<bytes>", input_format=input_format)
    if isinstance(source, os.PathLike) or (isinstance(source, str) and "\n" not in source and os.path.exists(source)):
        return sources.read_path(os.fspath(source), input_format=input_format)
    return sources.from_string(source, source=name or "<string>", input_format=input_format)


def process(text: Text) -> Document:
    """Stages 2-5 on a decoded article."""
    with cycle_collection_paused():  # records by the hundred thousand, none in a cycle
        return _process(text)


def _process(text: Text) -> Document:
    _forget_previous_article()
    notes, warnings = notes_stage.locate(text)  # 2. every note, numbered as printed
    notes, cut = truncation.mark_truncated(text, notes)  # a file that stops mid-note flags that note
    warnings = list(text.warnings) + warnings + cut
    parsed: list[Note] = []
    for note in notes:
        read_whole = True
        try:
            pieces, commentary = segment_stage.segment(note)  # 3. cut into works and commentary
        except Exception as exc:  # noqa: BLE001 - a note that breaks the cutter is kept whole, as commentary, and said so
            pieces, commentary, read_whole = [], note.text, False
            warnings.append(Warning("note-unreadable", f"note {note.number} could not be cut into works "
                                    f"({type(exc).__name__}); its text is kept as commentary", note.number))
        citations = tuple(parse_piece(p) for p in pieces)  # 4. fields, type, evidence
        parsed.append(evolve(note, citations=citations, commentary=commentary))
        warnings.extend(_unparsed_warnings(note.number, citations))
        if read_whole and not citations and commentary and segment_stage.reads_like_a_reference(note.text):
            warnings.append(Warning("no-work-read", f"note {note.number} reads like a reference but no work was read in it; its "
                                    "text is kept as commentary", note.number))
        if len(note.text) > segment_stage.MAX_NOTE_CHARS:
            warnings.append(Warning("note-clipped", f"note {note.number} is {len(note.text)} characters; only the first "
                                    f"{segment_stage.MAX_NOTE_CHARS} were searched for citations (its text is kept whole)",
                                    note.number))
    listed = references.read(text.text, notes[-1].span[1], notes[0].span[0]) if notes and references.may_have(text.text) else []
    # (the works of a reference list after the notes, or before them, which author-date notes name: "Das 2007, 45")
    doc = resolve_stage.resolve(parsed, warnings, source=text.source, fmt=text.format,  # 5. ibid, short, merge, keys
                                references=listed)
    return evolve(doc, interviewer=byline.authors(text))  # the interviewer of the author's own interviews


def _forget_previous_article() -> None:
    """Stages cache repeated look-ups within an article (``articlecache``); each article starts afresh, so memory
    stays flat over a batch and no figure profits from having seen the same text before."""
    articlecache.forget()


def _unparsed_warnings(number: int, citations: tuple[Citation, ...]) -> list[Warning]:
    return [
        Warning("unparsed", f"could not read a work in {c.raw[:80]!r}; kept as a document with its raw text", number)
        for c in citations
        if c.work is not None and not c.work.parsed
    ]
