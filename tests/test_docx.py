"""Word documents: notes called in the body and kept in the footnotes and endnotes parts.

The documents are built here, part by part, as Word writes them: note ids that are not the
printed numbers, separator notes, a title split over several italic runs, a note of two
paragraphs, a hyperlink around a run.  The prose and the works cited are examples.
"""
from __future__ import annotations

import io
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

import citex
from citex import sources
from citex.errors import CitexError

NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
CONTENT_TYPES = ('<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/'
                 'content-types"><Default Extension="xml" ContentType="application/xml"/></Types>')


def run(text: str, italic: bool = False) -> str:
    props = "<w:rPr><w:i/></w:rPr>" if italic else ""
    return f'<w:r>{props}<w:t xml:space="preserve">{text}</w:t></w:r>'


def call(kind: str, ident: int) -> str:
    return f'<w:r><w:rPr><w:rStyle w:val="{kind.title()}Reference"/></w:rPr><w:{kind}Reference w:id="{ident}"/></w:r>'


def note(kind: str, ident: int, *paragraphs: str) -> str:
    own = f'<w:r><w:{kind}Ref/></w:r>'
    body = "".join(f"<w:p>{own if i == 0 else ''}{p}</w:p>" for i, p in enumerate(paragraphs))
    return f'<w:{kind} w:id="{ident}">{body}</w:{kind}>'


def separators(kind: str) -> str:
    return (f'<w:{kind} w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:{kind}>'
            f'<w:{kind} w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:{kind}>')


def docx(body: str, footnotes: str | None = None, endnotes: str | None = None) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", CONTENT_TYPES)
        z.writestr("word/document.xml", f'<?xml version="1.0" encoding="UTF-8"?><w:document {NS}><w:body>{body}'
                                        f'</w:body></w:document>')
        if footnotes is not None:
            z.writestr("word/footnotes.xml", f'<w:footnotes {NS}>{separators("footnote")}{footnotes}</w:footnotes>')
        if endnotes is not None:
            z.writestr("word/endnotes.xml", f'<w:endnotes {NS}>{separators("endnote")}{endnotes}</w:endnotes>')
    return buf.getvalue()


ARTICLE = docx(
    body="<w:p>" + run("Coca prices fell in 2020.") + call("footnote", 7) + run(" Farmers adapted.") + call("footnote", 3)
    + "</w:p><w:p>" + run("Later they returned.") + call("footnote", 12) + "</w:p>",
    footnotes=note("footnote", 3, run(" Interview with a coca farmer, Example Valley, June 2021."))
    + note("footnote", 7, run(" Jane Roe, ") + run("Example", italic=True) + run(" Book", italic=True)
           + run(" (London: Example Press, 2010), 45."))
    + note("footnote", 12, run(" Roe, ") + run("Example Book", italic=True) + run(", 47."),
           run("The figures are the author's.")),
)


def test_notes_are_numbered_in_the_order_they_are_called_and_read_like_any_other():
    doc = citex.extract(ARTICLE)
    assert [n.number for n in doc.notes] == [1, 2, 3]
    first, second, third = doc.notes
    assert first.citations[0].work.title == "Example Book" and first.citations[0].work.type == "book"
    assert second.citations[0].work.type == "interview"
    assert third.citations[0].kind == "short" and third.citations[0].item == first.citations[0].item
    assert third.citations[0].locator == "47"


def test_a_note_of_two_paragraphs_stays_one_note():
    text = sources.decode(ARTICLE, source="a.docx").text
    assert "[^3]: Roe, *Example Book*, 47. The figures are the author's." in text


def test_endnotes_follow_on_from_footnotes_and_a_missing_note_is_reported():
    data = docx(body="<w:p>" + run("One.") + call("endnote", 2) + run(" Two.") + call("endnote", 9) + "</w:p>",
                endnotes=note("endnote", 2, run(" Jane Roe, “Example Article,” Example Review 12, no. 3 (2011): 5–20.")))
    doc = citex.extract(data)
    assert [n.number for n in doc.notes] == [1]
    assert any(w.code == "note-missing" and "2" in w.message for w in doc.warnings)


def test_a_zip_that_is_no_word_document_is_refused_in_one_line(tmp_path):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("content.xml", "<x/>")
    with pytest.raises(CitexError) as err:
        sources.decode(buf.getvalue(), source="a.odt")
    assert "ZIP archive" in str(err.value)
    with pytest.raises(CitexError) as err:
        sources.decode(b"PK\x03\x04 damaged", source="a.docx", input_format="docx")
    assert "damaged" in str(err.value)


def test_the_command_line_reads_a_docx_file(tmp_path):
    path = tmp_path / "article.docx"
    path.write_bytes(ARTICLE)
    result = subprocess.run([sys.executable, "-m", "citex.cli", "extract", str(path), "--format", "json", "-o", "-"],
                            capture_output=True, text=True, cwd=Path(__file__).parents[1])
    assert result.returncode == 0, result.stderr
    assert '"Example Book"' in result.stdout
