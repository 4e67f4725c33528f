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


RELS = 'xmlns="http://schemas.openxmlformats.org/package/2006/relationships"'
R_NS = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'


def docx(body: str, footnotes: str | None = None, endnotes: str | None = None, parts: dict[str, str] | None = None) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, xml in (parts or {}).items():
            z.writestr(name, xml)
        z.writestr("[Content_Types].xml", CONTENT_TYPES)
        z.writestr("word/document.xml", f'<?xml version="1.0" encoding="UTF-8"?><w:document {NS}><w:body>{body}'
                                        f'</w:body></w:document>')
        if footnotes is not None:
            z.writestr("word/footnotes.xml", f'<w:footnotes {NS} {R_NS}>{separators("footnote")}{footnotes}</w:footnotes>')
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


def link_rels(ident: str, url: str) -> str:
    return (f'<Relationships {RELS}><Relationship Id="{ident}" TargetMode="External" Target="{url}" '
            'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink"/></Relationships>')


def one_note(*runs: str, parts: dict[str, str] | None = None, body_runs: str = "") -> str:
    data = docx(body="<w:p>" + run("Text.") + call("footnote", 2) + body_runs + "</w:p>",
                footnotes=note("footnote", 2, "".join(runs)), parts=parts)
    return citex.extract(data).notes[0].text


def test_a_hyperlinks_address_follows_its_text():
    text = one_note(run(" Jane Roe, “Example Fiber,” *Example Times*, March 4, 2019, "),
                    '<w:hyperlink r:id="rId9">' + run("available online") + "</w:hyperlink>" + run("."),
                    parts={"word/_rels/footnotes.xml.rels": link_rels("rId9", "https://example.com/fiber")})
    assert "available online https://example.com/fiber" in text


def test_a_hyperlink_field_code_keeps_its_address():
    text = one_note(run(" Example Commission, “Data Report” "),
                    '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> HYPERLINK "https://example.org/r" '
                    '</w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>' + run("report")
                    + '<w:r><w:fldChar w:fldCharType="end"/></w:r>' + run(" (Washington, DC: EC, 2023)."))
    assert "report https://example.org/r (Washington" in text


def test_hidden_and_deleted_text_is_no_part_of_a_note_and_symbols_are_kept():
    text = one_note(run(" Jane Roe, “Title,” *Example Review* 4 (2020): 101"), "<w:r><w:noBreakHyphen/></w:r>", run("12"),
                    '<w:r><w:rPr><w:vanish/></w:rPr><w:t xml:space="preserve"> [CHECK page]</w:t></w:r>',
                    '<w:del w:id="1" w:author="Ed"><w:r><w:delText> Gone.</w:delText></w:r></w:del>', run(", 4"),
                    '<w:r><w:sym w:font="Symbol" w:char="F02D"/></w:r>', run("5."))
    assert text == "Jane Roe, “Title,” *Example Review* 4 (2020): 101-12, 4-5."


def test_italics_set_by_a_character_style():
    styles = (f'<w:styles {NS}><w:style w:type="character" w:styleId="Emphasis"><w:rPr><w:i/></w:rPr></w:style>'
              '</w:styles>')
    text = one_note(run(" Jane Roe, "), '<w:r><w:rPr><w:rStyle w:val="Emphasis"/></w:rPr><w:t>Dark Fibre</w:t></w:r>',
                    run(" (Cambridge, MA: Example Press, 2021), 88."), parts={"word/styles.xml": styles})
    assert text.startswith("Jane Roe, *Dark Fibre* (Cambridge")


def test_a_note_called_by_its_own_mark_and_a_deleted_call_take_no_number():
    data = docx(body="<w:p>" + run("Title") + '<w:r><w:footnoteReference w:customMarkFollows="1" w:id="5"/><w:t>*</w:t></w:r>'
                + run(" Text.") + '<w:del w:id="3" w:author="Ed"><w:r><w:footnoteReference w:id="6"/></w:r></w:del>'
                + call("footnote", 2) + "</w:p>",
                footnotes=note("footnote", 5, run(" The author thanks Example.")) + note("footnote", 6, run(" Deleted."))
                + note("footnote", 2, run(" Jane Roe, *Example Book* (London: Example Press, 2010), 45.")))
    doc = citex.extract(data)
    assert [(n.number, n.text[:8]) for n in doc.notes] == [(1, "Jane Roe")]


def test_a_notes_section_typed_as_a_numbered_list():
    numbering = (f'<w:numbering {NS}><w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:numFmt w:val="decimal"/></w:lvl>'
                 '</w:abstractNum><w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/></w:lvl>'
                 '</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>'
                 '<w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num></w:numbering>')

    def item(num: int, text: str) -> str:
        return f'<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="{num}"/></w:numPr></w:pPr>{run(text)}</w:p>'

    body = ("<w:p>" + run("Prices fell.1 They rose.2") + "</w:p>" + item(2, "A bullet point.") + "<w:p>" + run("Notes") + "</w:p>"
            + item(1, "Jane Roe, Example Book (London: Example Press, 2010), 45.") + item(1, "Ibid., 47."))
    doc = citex.extract(docx(body=body, parts={"word/numbering.xml": numbering}))
    assert [(n.number, n.text) for n in doc.notes] == [
        (1, "Jane Roe, Example Book (London: Example Press, 2010), 45."), (2, "Ibid., 47.")]


def test_notes_numbered_from_the_start_the_document_sets():
    data = docx(body="<w:p>" + run("Text.") + call("footnote", 2) + "</w:p><w:sectPr><w:footnotePr><w:numStart w:val=\"5\"/>"
                "</w:footnotePr></w:sectPr>", footnotes=note("footnote", 2, run(" Ibid., 4.")))
    assert [n.number for n in citex.extract(data).notes] == [5]
