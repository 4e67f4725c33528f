"""Word documents (.docx) -> the plain-text form the note finder reads.

A .docx file is a ZIP archive of XML parts: ``word/document.xml`` holds the body, with a
``w:footnoteReference`` or ``w:endnoteReference`` run where each note is called, and
``word/footnotes.xml`` and ``word/endnotes.xml`` hold the notes.  Word numbers notes in the
order they are called, whatever their ids; so does this reader, footnotes and endnotes in one
sequence.  The body is written with ``[^N]`` markers and the notes after it as ``[^N]: text``
lines, the markdown footnote form the PDF reader also writes, so one note finder serves every
format.  Italic runs become ``*...*``; tabs and line breaks inside a paragraph become spaces;
paragraphs are separated by a blank line; a note of several paragraphs keeps them as one note.

The XML is parsed by the standard library's expat (2.4 and later refuse entity expansion
attacks); a part larger than citex reads is refused, so a compressed bomb cannot fill memory.
"""
from __future__ import annotations

import io
import zipfile
from xml.etree import ElementTree

from .errors import EXIT_INPUT, CitexError
from .model import Warning

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
MAX_PART_BYTES = 64 * 1024 * 1024  # uncompressed, per XML part
# Separator "notes" Word keeps in the notes parts: not notes
SEPARATOR_TYPES = frozenset({"separator", "continuationSeparator", "continuationNotice"})
FALSE_VALUES = frozenset({"0", "false", "off", "none"})
NOTE_REFERENCES = {f"{W}footnoteReference": "footnote", f"{W}endnoteReference": "endnote"}


def is_docx(data: bytes) -> bool:
    """A ZIP archive holding a Word body part."""
    if not data.startswith(b"PK\x03\x04"):
        return False
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            return "word/document.xml" in archive.namelist()
    except (zipfile.BadZipFile, OSError, ValueError):
        return False


def docx_to_text(data: bytes, source: str = "<docx>") -> tuple[str, list[Warning]]:
    """The body with ``[^N]`` markers, then the notes as ``[^N]: text`` lines."""
    warnings: list[Warning] = []
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            body = _part(archive, "word/document.xml", source)
            notes = {kind: _notes(_part(archive, f"word/{kind}s.xml", source, required=False), kind)
                     for kind in ("footnote", "endnote")}
    except zipfile.BadZipFile:
        raise CitexError(f"{source}: a damaged Word document (not a readable ZIP archive)", EXIT_INPUT) from None
    numbers: dict[tuple[str, str], int] = {}  # (kind, id) -> the number Word prints
    paragraphs = [_paragraph(p, numbers) for p in body.iter(f"{W}p")] if body is not None else []
    text = "\n\n".join(p for p in paragraphs if p.strip())
    lines = []
    for (kind, ident), number in sorted(numbers.items(), key=lambda kv: kv[1]):
        note = notes[kind].get(ident)
        if note is None:
            warnings.append(Warning("note-missing", f"{kind} {number} is called in the text but missing from the document"))
            continue
        lines.append(f"[^{number}]: {note}")
    return text + ("\n\n" + "\n".join(lines) + "\n" if lines else "\n"), warnings


def _part(archive: zipfile.ZipFile, name: str, source: str, required: bool = True) -> ElementTree.Element | None:
    try:
        info = archive.getinfo(name)
    except KeyError:
        if required:
            raise CitexError(f"{source}: not a Word document ({name} is missing)", EXIT_INPUT) from None
        return None
    if info.file_size > MAX_PART_BYTES:
        raise CitexError(f"{source}: {name} unpacks to {info.file_size} bytes, more than citex reads", EXIT_INPUT)
    try:
        return ElementTree.fromstring(archive.read(info))
    except ElementTree.ParseError as exc:
        raise CitexError(f"{source}: {name} is not well-formed XML ({exc})", EXIT_INPUT) from None


def _notes(root: ElementTree.Element | None, kind: str) -> dict[str, str]:
    """Note id -> its text, paragraphs joined by a space; Word's separators left out."""
    out: dict[str, str] = {}
    if root is None:
        return out
    for note in root.findall(f"{W}{kind}"):
        if note.get(f"{W}type") in SEPARATOR_TYPES:
            continue
        text = " ".join(t for t in (_paragraph(p, None) for p in note.iter(f"{W}p")) if t.strip())
        out[note.get(f"{W}id", "")] = " ".join(text.split())
    return out


def _paragraph(paragraph: ElementTree.Element, numbers: dict[tuple[str, str], int] | None) -> str:
    """A paragraph's text: italic runs as ``*...*``; a note call as ``[^N]`` (numbered in order of
    first call) in the body, dropped inside a note (where it is the note's own number)."""
    parts: list[str] = []
    for run in paragraph.iter(f"{W}r"):
        italic = _italic(run)
        pieces: list[str] = []
        for child in run:
            if child.tag == f"{W}t":
                pieces.append(child.text or "")
            elif child.tag in (f"{W}tab", f"{W}br", f"{W}cr"):
                pieces.append(" ")
            elif child.tag in NOTE_REFERENCES and numbers is not None:
                key = (NOTE_REFERENCES[child.tag], child.get(f"{W}id", ""))
                number = numbers.setdefault(key, len(numbers) + 1)
                pieces.append(f"[^{number}]")
        text = "".join(pieces)
        if italic and text.strip() and "[^" not in text:
            lead, core, trail = text[: len(text) - len(text.lstrip())], text.strip(), text[len(text.rstrip()):]
            text = f"{lead}*{core}*{trail}"
        parts.append(text)
    return _merge_italics("".join(parts))


def _italic(run: ElementTree.Element) -> bool:
    props = run.find(f"{W}rPr")
    if props is None:
        return False
    mark = props.find(f"{W}i")
    return mark is not None and mark.get(f"{W}val", "true").lower() not in FALSE_VALUES


def _merge_italics(text: str) -> str:
    """Word splits a title into several italic runs ("*Shining*" "* and Other Paths*"): join them."""
    return text.replace("**", "").replace("* *", " ")
