"""Broken files: each is read to the same notes as the clean article, or refused in one line.

The files in ``data/`` are one article (``article.txt``) saved the ways real files arrive
broken, and files that are no article at all; ``make_data.py`` writes them.
"""
from __future__ import annotations

from pathlib import Path

import pytest
from exportcheck import export_problems

import citex
from citex import sources
from citex.errors import EXIT_INPUT, CitexError

DATA = Path(__file__).parent / "data"


@pytest.fixture(scope="module")
def reference():
    return citex.extract(sources.read_path(str(DATA / "article.txt")))


READABLE = [
    pytest.param("utf8-bom-crlf.txt", None, id="utf8-bom-crlf"),
    pytest.param("utf16le-bom.txt", None, id="utf16le-bom"),
    pytest.param("utf16be-bom.txt", None, id="utf16be-bom"),
    pytest.param("utf16le-no-bom.txt", "encoding-guess", id="utf16le-without-bom"),
    pytest.param("utf32le-bom.txt", None, id="utf32le-bom"),
    pytest.param("cp1252.txt", "encoding-fallback", id="cp1252-legacy"),
    pytest.param("utf8-with-cp1252-note.txt", "encoding-mixed", id="utf8-with-one-cp1252-note"),
    pytest.param("controls.txt", "control-characters", id="nul-vt-ff-esc-soft-hyphen-zwsp-nbsp"),
    pytest.param("decomposed-nfd.txt", None, id="nfd-accents"),
    pytest.param("mac-cr.txt", None, id="old-mac-cr-line-endings"),
    pytest.param("nul-padded.txt", "control-characters", id="nul-padding-after-the-text"),
]


@pytest.mark.parametrize(("name", "warning"), READABLE)
def test_broken_encodings_read_to_the_same_notes(reference, name, warning):
    doc = citex.extract(sources.read_path(str(DATA / name)))
    assert [(n.number, n.text) for n in doc.notes] == [(n.number, n.text) for n in reference.notes]
    codes = {w.code for w in doc.warnings}
    if warning:
        assert warning in codes
    else:
        assert not codes & {"encoding-fallback", "encoding-mixed", "control-characters", "decoding-errors"}
    assert export_problems(doc) == []


def test_controls_and_invisibles_are_reported_and_gone(reference):
    doc = citex.extract(sources.read_path(str(DATA / "controls.txt")))
    codes = {w.code for w in doc.warnings}
    assert {"control-characters", "invisible-characters"} <= codes
    text = "".join(n.text for n in doc.notes)
    assert not any(ch in text for ch in "\x00\x0b\x0c\x1b\u00ad\u200b\u00a0")
    assert "Degregori" in text and "Boelens" in text


def test_ligatures_copied_from_a_pdf_read_as_their_letters():
    doc = citex.extract(sources.from_string(
        "Notes\n\n1. Jane Roe, “Conﬂict,” *Foreign Aﬀairs* 98, no. 5 (2019): 96–110, https://example.org/ﬁles/a.pdf.\n"))
    work = doc.notes[0].citations[0].work
    assert (work.title, work.container, work.url) == ("Conflict", "Foreign Affairs", "https://example.org/files/a.pdf")


REFUSED = [
    pytest.param("empty.txt", "empty", id="empty"),
    pytest.param("whitespace.txt", "empty", id="whitespace-only"),
    pytest.param("bom-only.txt", "empty", id="bom-only"),
    pytest.param("nuls-only.txt", "empty", id="nuls-only"),
    pytest.param("image.png", "PNG image", id="png"),
    pytest.param("article.docx", "not well-formed XML", id="docx-with-broken-xml"),
    pytest.param("article.txt.gz", "gzip", id="gzip"),
    pytest.param("random.bin", "binary", id="random-bytes"),
    pytest.param("damaged.pdf", "PDF", id="damaged-pdf"),
]


@pytest.mark.parametrize(("name", "phrase"), REFUSED)
def test_what_is_no_article_is_refused_in_one_line(name, phrase):
    with pytest.raises(CitexError) as caught:
        citex.extract(sources.read_path(str(DATA / name)))
    assert caught.value.exit_code == EXIT_INPUT
    assert phrase in caught.value.message
    assert "\n" not in caught.value.message


PATHS = [
    pytest.param("does-not-exist.txt", "no such file", id="missing"),
    pytest.param(".", "directory", id="directory"),
    pytest.param("/dev/null", "not a regular file", id="device"),
    pytest.param("bad\x00name.txt", "cannot read", id="nul-in-name"),
    pytest.param("article.txt/inner", "cannot read", id="file-used-as-folder"),
]


@pytest.mark.parametrize(("name", "phrase"), PATHS)
def test_paths_that_cannot_be_read(name, phrase):
    path = name if name.startswith("/") else str(DATA / name)
    with pytest.raises(CitexError) as caught:
        sources.read_path(path)
    assert caught.value.exit_code == EXIT_INPUT
    assert phrase in caught.value.message


def test_a_broken_link_is_named(tmp_path):
    link = tmp_path / "article.txt"
    link.symlink_to(tmp_path / "gone.txt")
    with pytest.raises(CitexError, match="broken link"):
        sources.read_path(str(link))


def test_a_file_name_with_a_newline_stays_one_line(tmp_path):
    with pytest.raises(CitexError) as caught:
        sources.read_path(str(tmp_path / "two\nlines.txt"))
    assert "\n" not in caught.value.message and "two\\nlines" in caught.value.message


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Guzma\u0301n", "Guzmán", id="nfc"),
        pytest.param("a\r\nb\rc", "a\nb\nc", id="crlf-and-cr"),
        pytest.param("line\u2028next\u2029para", "line\nnext\n\npara", id="unicode-separators"),
        pytest.param("p.\u00a012\u202f–\u200913", "p. 12 – 13", id="space-characters"),
        pytest.param("lone \ud800 surrogate \uffff", "lone  surrogate ", id="surrogate-and-noncharacter"),
        pytest.param("\ufeffstart and mid\ufeffdle", "start and middle", id="stray-boms"),
    ],
)
def test_cleaning(text, expected):
    assert sources.from_string(text + " x").text == expected + " x"


def test_a_deeply_nested_web_page_keeps_its_words():
    html = "<html><body>" + "<b>" * 5000 + "Notes<ol><li id='fn1'>Ibid., 4.</li></ol>" + "</b>" * 5000 + "</body></html>"
    text = sources.from_string(html, source="page.html")
    assert "Ibid., 4." in text.text


def test_a_bluebook_book_with_an_edition_and_no_page_is_read_not_crashed_on():
    """A form whose reading reads as itself again ("Roe, Title (3d ed. 2019)" -> "Roe, *Title* (2019)") must end."""
    import citex

    [citation] = citex.extract("Notes\n\n1. David S. Example, National Security Examples (3d ed. 2019).\n").notes[0].citations
    assert (citation.work.type, citation.work.title, citation.work.edition, citation.work.date) == (
        "book", "National Security Examples", "3", (2019,))


def test_a_note_that_breaks_the_cutter_is_kept_whole_with_a_warning(monkeypatch):
    import citex
    from citex import segment

    def broken(note):
        raise RecursionError("maximum recursion depth exceeded")

    monkeypatch.setattr(segment, "segment", broken)
    doc = citex.extract("Notes\n\n1. Jane Roe, Example Book (Lima: IEP, 2001), 4.\n")
    assert doc.notes[0].commentary == "Jane Roe, Example Book (Lima: IEP, 2001), 4."
    assert [w.code for w in doc.warnings] == ["note-unreadable"]
