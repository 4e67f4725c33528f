"""Word documents (.docx) -> the plain-text form the note finder reads.

A .docx file is a ZIP archive of XML parts: ``word/document.xml`` holds the body, with a
``w:footnoteReference`` or ``w:endnoteReference`` run where each note is called, and
``word/footnotes.xml`` and ``word/endnotes.xml`` hold the notes.  Word numbers notes in the
order they are called, whatever their ids; so does this reader, footnotes and endnotes in one
sequence.  The body is written with ``[^N]`` markers and the notes after it as ``[^N]: text``
lines, the markdown footnote form the PDF reader also writes, so one note finder serves every
format.  Italic runs (set directly or by a character style) become ``*...*``; a hyperlink's address
follows its text; text a reviewer deleted and hidden text are left out; tabs and line breaks inside a
paragraph become spaces; paragraphs are separated by a blank line; a note of several paragraphs
keeps them as one note; a note called by a mark of its own ("*") takes no number, and numbering
starts where the document says ("numStart").  A Notes section typed as a Word numbered list keeps
its numbers ("1. ", "2. "), which Word stores apart from the text.

The XML is parsed by the standard library's expat (2.4 and later refuse entity expansion
attacks); a part larger than citex reads is refused, so a compressed bomb cannot fill memory.
"""
from __future__ import annotations

import io
import zipfile
from xml.etree import ElementTree

from .errors import EXIT_INPUT, CitexError
from .lazyregex import lazy
from .model import Warning

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
MAX_PART_BYTES = 64 * 1024 * 1024  # uncompressed, per XML part
# Separator "notes" Word keeps in the notes parts: not notes
SEPARATOR_TYPES = frozenset({"separator", "continuationSeparator", "continuationNotice"})
FALSE_VALUES = frozenset({"0", "false", "off", "none"})
R = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
PKG_RELS = "{http://schemas.openxmlformats.org/package/2006/relationships}"
NOTE_REFERENCES = {f"{W}footnoteReference": "footnote", f"{W}endnoteReference": "endnote"}
FIELD_LINK_RE = lazy(r'HYPERLINK\s+"(https?://[^"\s]{1,2000})"')


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
            styles = _italic_styles(_part(archive, "word/styles.xml", source, required=False))
            formats = _list_formats(_part(archive, "word/numbering.xml", source, required=False))
            links = _links(_part(archive, "word/_rels/document.xml.rels", source, required=False))
            notes = {kind: _notes(_part(archive, f"word/{kind}s.xml", source, required=False), kind,
                                  _Reader(styles, _links(_part(archive, f"word/_rels/{kind}s.xml.rels", source, required=False))))
                     for kind in ("footnote", "endnote")}
    except zipfile.BadZipFile:
        raise CitexError(f"{source}: a damaged Word document (not a readable ZIP archive)", EXIT_INPUT) from None
    reader = _Reader(styles, links, numbers={}, formats=formats, start=_first_number(body))
    paragraphs = [reader.paragraph(p) for p in body.iter(f"{W}p")] if body is not None else []
    text = "\n\n".join(p for p in paragraphs if p.strip())
    lines = []
    for (kind, ident), number in sorted(reader.numbers.items(), key=lambda kv: kv[1]):
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


def _links(rels: ElementTree.Element | None) -> dict[str, str]:
    """Relationship id -> the address of each external hyperlink a part holds."""
    if rels is None:
        return {}
    return {rel.get("Id", ""): rel.get("Target", "") for rel in rels.iter(f"{PKG_RELS}Relationship")
            if rel.get("TargetMode") == "External" and rel.get("Type", "").endswith("/hyperlink")}


def _italic_styles(styles: ElementTree.Element | None) -> frozenset[str]:
    """Ids of the character styles that set italics ("Emphasis", a "Book Title" style)."""
    if styles is None:
        return frozenset()
    found = set()
    for style in styles.iter(f"{W}style"):
        props = style.find(f"{W}rPr")
        if props is not None and _on(props.find(f"{W}i")):
            found.add(style.get(f"{W}styleId", ""))
    return frozenset(found)


def _list_formats(numbering: ElementTree.Element | None) -> dict[str, str]:
    """numId -> the number format of its first level ("decimal", "bullet", ...)."""
    if numbering is None:
        return {}
    abstract = {}
    for node in numbering.iter(f"{W}abstractNum"):
        level = next((lvl for lvl in node.iter(f"{W}lvl") if lvl.get(f"{W}ilvl", "0") == "0"), None)
        fmt = level.find(f"{W}numFmt") if level is not None else None
        abstract[node.get(f"{W}abstractNumId", "")] = fmt.get(f"{W}val", "") if fmt is not None else ""
    out = {}
    for num in numbering.iter(f"{W}num"):
        ref = num.find(f"{W}abstractNumId")
        out[num.get(f"{W}numId", "")] = abstract.get(ref.get(f"{W}val", "") if ref is not None else "", "")
    return out


def _first_number(body: ElementTree.Element | None) -> int:
    """The number Word gives the first note ("numStart" in the section's note properties), 1 by default."""
    if body is None:
        return 1
    for props in (f"{W}footnotePr", f"{W}endnotePr"):
        for node in body.iter(props):
            start = node.find(f"{W}numStart")
            if start is not None and start.get(f"{W}val", "").isdigit():
                return int(start.get(f"{W}val"))
    return 1


def _notes(root: ElementTree.Element | None, kind: str, reader: _Reader) -> dict[str, str]:
    """Note id -> its text, paragraphs joined by a space; Word's separators left out."""
    out: dict[str, str] = {}
    if root is None:
        return out
    for note in root.findall(f"{W}{kind}"):
        if note.get(f"{W}type") in SEPARATOR_TYPES:
            continue
        text = " ".join(t for t in (reader.paragraph(p) for p in note.iter(f"{W}p")) if t.strip())
        out[note.get(f"{W}id", "")] = " ".join(text.split())
    return out


class _Reader:
    """Reads paragraphs as Word prints them: italic runs (set directly or by a character style) as ``*...*``;
    a note call as ``[^N]`` (numbered in order of first call) in the body, dropped inside a note (where it is
    the note's own number); a hyperlink's address after its text; deleted and hidden text left out; a numbered
    list's items with their numbers."""

    def __init__(self, styles: frozenset[str], links: dict[str, str], numbers: dict[tuple[str, str], int] | None = None,
                 formats: dict[str, str] | None = None, start: int = 1) -> None:
        self.styles, self.links, self.numbers, self.formats, self.start = styles, links, numbers, formats or {}, start
        self.counters: dict[str, int] = {}
        self.field_link: str | None = None

    def paragraph(self, paragraph: ElementTree.Element) -> str:
        parts: list[str] = []
        self._walk(paragraph, parts)
        text = _merge_italics("".join(parts))
        number = self._list_number(paragraph)
        return f"{number}. {text.lstrip()}" if number and text.strip() else text

    def _walk(self, node: ElementTree.Element, parts: list[str]) -> None:
        for child in node:
            tag = child.tag
            if tag == f"{W}r":
                parts.append(self._run(child))
            elif tag == f"{W}hyperlink":
                before = len(parts)
                self._walk(child, parts)
                address = self.links.get(child.get(f"{R}id", ""), "")
                shown = "".join(parts[before:]).strip(" *")
                if address.startswith(("http://", "https://")) and address.rstrip("/") != shown.rstrip("/"):
                    parts.append(f" {address}")
            elif tag in (f"{W}del", f"{W}moveFrom", f"{W}pPr", f"{W}rPr"):
                continue  # text a reviewer deleted or moved away, and properties
            else:  # insertions, fields, smart tags, content controls: their runs are the text
                self._walk(child, parts)

    def _run(self, run: ElementTree.Element) -> str:
        props = run.find(f"{W}rPr")
        if props is not None and _on(props.find(f"{W}vanish")):
            return ""  # hidden text: an editor's query, not the note
        pieces: list[str] = []
        for child in run:
            if child.tag == f"{W}t":
                pieces.append(child.text or "")
            elif child.tag in (f"{W}tab", f"{W}br", f"{W}cr"):
                pieces.append(" ")
            elif child.tag == f"{W}noBreakHyphen":
                pieces.append("-")
            elif child.tag == f"{W}sym":
                pieces.append(_symbol(child.get(f"{W}char", "")))
            elif child.tag == f"{W}instrText" and "HYPERLINK" in (child.text or ""):
                field = FIELD_LINK_RE.search(child.text or "")
                self.field_link = field.group(1) if field else None  # 'HYPERLINK "https://…"': shown after the field's text
            elif child.tag == f"{W}fldChar" and child.get(f"{W}fldCharType") == "end" and self.field_link:
                pieces.append(f" {self.field_link}")
                self.field_link = None
            elif child.tag in NOTE_REFERENCES and self.numbers is not None:
                if _on(child.get(f"{W}customMarkFollows")):
                    continue  # a note called by a mark of its own ("*"): not one of the numbered notes
                key = (NOTE_REFERENCES[child.tag], child.get(f"{W}id", ""))
                number = self.numbers.setdefault(key, len(self.numbers) + self.start)
                pieces.append(f"[^{number}]")
        text = "".join(pieces)
        if self._italic(props) and text.strip() and "[^" not in text:
            lead, core, trail = text[: len(text) - len(text.lstrip())], text.strip(), text[len(text.rstrip()):]
            text = f"{lead}*{core}*{trail}"
        return text

    def _italic(self, props: ElementTree.Element | None) -> bool:
        if props is None:
            return False
        mark = props.find(f"{W}i")
        if mark is not None:
            return _on(mark)
        style = props.find(f"{W}rStyle")
        return style is not None and style.get(f"{W}val", "") in self.styles

    def _list_number(self, paragraph: ElementTree.Element) -> int | None:
        """The number Word prints before an item of a decimal list (a Notes section typed as a numbered list)."""
        props = paragraph.find(f"{W}pPr")
        numbering = props.find(f"{W}numPr") if props is not None else None
        if numbering is None or self.numbers is None:
            return None
        ident = numbering.find(f"{W}numId")
        level = numbering.find(f"{W}ilvl")
        num_id = ident.get(f"{W}val", "") if ident is not None else ""
        if (level is not None and level.get(f"{W}val", "0") != "0") or self.formats.get(num_id) != "decimal":
            return None
        self.counters[num_id] = self.counters.get(num_id, 0) + 1
        return self.counters[num_id]


def _on(mark: ElementTree.Element | str | None) -> bool:
    """A toggle property is on when present, unless its value says off."""
    if mark is None:
        return False
    value = mark if isinstance(mark, str) else mark.get(f"{W}val", "true")
    return value.lower() not in FALSE_VALUES


def _symbol(char: str) -> str:
    """A symbol-font character ("F02D") as the plain character it stands for, when it is one."""
    try:
        code = int(char, 16) & 0xFF
    except ValueError:
        return ""
    return chr(code) if 0x20 <= code < 0x7F else ""


def _merge_italics(text: str) -> str:
    """Word splits a title into several italic runs ("*Shining*" "* and Other Paths*"): join them."""
    return text.replace("**", "").replace("* *", " ")
