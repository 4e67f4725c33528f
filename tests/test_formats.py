"""Articles as people have them: text, markdown, HTML and PDF.

Every fixture with a gold annotation is read and its notes found; the shared scorer measures
note recall and note text accuracy (note finding only: citation parsing is scored elsewhere).
The full pipeline runs on one article of each format through the command line.
"""
from __future__ import annotations

import importlib.util
import json
from collections import Counter
from pathlib import Path

import pytest
from click.testing import CliRunner

import citex
from citex import html, notes, pdf, sources
from citex.cli import main
from citex.errors import CitexError

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "fixtures"
_spec = importlib.util.spec_from_file_location("citex_score", ROOT / "tests" / "tools" / "citex_score.py")
citex_score = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(citex_score)

ARTICLE_SUFFIXES = (".txt", ".md", ".html", ".pdf")


def _articles() -> list[Path]:
    found = []
    for gold in sorted(FIXTURES.rglob("*.gold.json")):
        stem = gold.name[: -len(".gold.json")]
        for suffix in ARTICLE_SUFFIXES:
            article = gold.with_name(stem + suffix)
            if article.exists():
                found.append(article)
    return found


ARTICLES = _articles()


def located(path: Path) -> tuple[str, dict]:
    text = sources.read_path(str(path))
    found, _ = notes.locate(text)
    pred = {"notes": [{"number": n.number, "text": n.text, "citations": []} for n in found], "items": []}
    gold = json.loads(path.with_name(path.name.rsplit(".", 1)[0] + ".gold.json").read_text(encoding="utf-8"))
    return text.format, citex_score.score(gold, pred)


@pytest.mark.parametrize("article", [pytest.param(a, id=str(a.relative_to(FIXTURES))) for a in ARTICLES])
def test_every_note_of_every_fixture_is_found(article):
    _, result = located(article)
    s = result["summary"]
    problems = [e for e in result["errors"] if "text starts" in e or "missing" in e]
    assert s["note_recall"] == 1.0, problems
    assert s["note_text_accuracy"] >= 0.98, problems
    assert s["note_spurious"] == 0


def test_every_format_has_fixtures():
    formats = Counter(located(a)[0] for a in ARTICLES)
    assert {"text", "markdown", "html", "pdf"} <= set(formats), formats
    assert formats["pdf"] >= 4


@pytest.mark.parametrize(
    "article",
    ["fixtures/es-notas-parentesis.txt", "fixtures/fr-notes-caret.md", "fixtures/word-endnotes.html",
     "fixtures/pdf/mining-radio-footnotes.pdf", "fixtures/pdf/reforma-agraria-latex-endnotes.pdf"],
)
def test_the_full_pipeline_runs_on_every_format(article, tmp_path):
    out = tmp_path / "out.json"
    result = CliRunner().invoke(main, ["extract", str(ROOT / article), "--format", "json", "-o", str(out)])
    assert result.exit_code == 0, result.output
    doc = json.loads(out.read_text(encoding="utf-8"))
    gold = json.loads((ROOT / article).with_name(Path(article).name.rsplit(".", 1)[0] + ".gold.json").read_text())
    assert [n["number"] for n in doc["notes"]] == [n["number"] for n in gold["notes"]]
    assert doc["items"], "no bibliography items"
    for fmt in ("bibtex", "csl-json"):
        assert CliRunner().invoke(main, ["extract", str(ROOT / article), "--format", fmt]).exit_code == 0


# --- format detection ---------------------------------------------------------------------------

@pytest.mark.parametrize(
    "data, name, expected",
    [
        pytest.param(b"Text.[^1]\n\n[^1]: Ibid.\n", "article.txt", "markdown", id="markdown-footnotes-in-txt"),
        pytest.param(b"Text.\n\nNotes\n\n1. Ibid.\n", "article.md", "markdown", id="md-extension"),
        pytest.param(b"<html><body><p>Text.<sup>1</sup></p><ol><li id='fn1'>Ibid.</li></ol></body></html>",
                     "article.txt", "html", id="html-by-content"),
        pytest.param(b"Text.\n\nNotes\n\n1. Ibid.\n", "article", "text", id="plain-text"),
    ],
)
def test_format_is_detected_by_content(data, name, expected):
    assert sources.decode(data, source=name).format == expected


def test_a_pdf_is_read_whatever_its_name():
    data = (FIXTURES / "pdf" / "mining-radio-footnotes.pdf").read_bytes()
    text = sources.decode(data, source="download")
    assert text.format == "pdf"
    assert "[^15]: Silvia Rivera Cusicanqui" in text.text


BLANK_PDF = (b"%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
             b"2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n"
             b"3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] >> endobj\n"
             b"trailer << /Root 1 0 R >>\n%%EOF\n")


@pytest.mark.parametrize(
    "data, input_format, message",
    [
        pytest.param(BLANK_PDF, None, "no text layer", id="scanned-pdf"),
        pytest.param(b"%PDF-1.7\nnot really a pdf", None, "not a readable PDF", id="damaged-pdf"),
        pytest.param((ROOT / "fixtures/pdf/mining-radio-footnotes.pdf").read_bytes()[:4000], None, "not a readable PDF",
                     id="truncated-pdf"),
        pytest.param(b"Text.\n\nNotes\n\n1. Ibid.\n", "pdf", "not a readable PDF", id="text-read-as-pdf"),
        pytest.param(BLANK_PDF, "text", "--input-format pdf", id="pdf-read-as-text"),
    ],
)
def test_unreadable_pdfs_get_a_one_line_error(data, input_format, message):
    with pytest.raises(CitexError) as info:
        sources.decode(data, source="in.pdf", input_format=input_format)
    assert message in info.value.message and "\n" not in info.value.message


def test_the_command_line_takes_input_format_pdf(tmp_path):
    target = tmp_path / "article.bin"
    target.write_bytes((FIXTURES / "pdf" / "reforma-agraria-endnotes.pdf").read_bytes())
    result = CliRunner().invoke(main, ["extract", str(target), "--input-format", "pdf", "--format", "json"])
    assert result.exit_code == 0
    assert len(json.loads(result.output)["notes"]) == 9
    bad = CliRunner().invoke(main, ["extract", str(FIXTURES / "de-anmerkungen.txt"), "--input-format", "pdf"])
    assert bad.exit_code == 3 and "not a readable PDF" in bad.output


# --- PDF details ------------------------------------------------------------------------------------

@pytest.mark.parametrize(
    "left, right, joined",
    [
        pytest.param("first recorded in conver-", "sations with a journalist", "first recorded in conversations with a journalist",
                     id="word-split-by-hyphenation"),
        pytest.param("(La Paz: HISBOL-", "CSUTCB, 1984)", "(La Paz: HISBOL-CSUTCB, 1984)", id="capital-after-hyphen"),
        pytest.param("Tarazona-", "Sevillano and Reuter", "Tarazona-Sevillano and Reuter", id="double-surname"),
        pytest.param("Journal 41, no. 3 (1999): 97-", "127.", "Journal 41, no. 3 (1999): 97-127.", id="page-range"),
        pytest.param("*Revolutionary Horizons: Past*", "*and Present in Bolivian Politics*",
                     "*Revolutionary Horizons: Past and Present in Bolivian Politics*", id="italics-over-the-break"),
        pytest.param("*The Devil and Commodity Feti-*", "*shism in South America*",
                     "*The Devil and Commodity Fetishism in South America*", id="hyphen-inside-italics"),
        pytest.param("available at https://www.example.org/", "reports/2013.pdf", "available at https://www.example.org/reports/2013.pdf",
                     id="url-broken-at-slash"),
        pytest.param("the civilian self-", "defense forces", "the civilian self-defense forces", id="known-compound"),
        pytest.param("*Near-", "term Operations*", "*Near-term Operations*", id="two-words-the-text-uses-alone"),
        pytest.param("https://www.example.gov/colorado-", "river-basin/seis.html", "https://www.example.gov/colorado-river-basin/seis.html",
                     id="hyphen-in-an-address"),
    ],
)
def test_lines_are_joined_and_hyphenation_undone(left, right, joined):
    vocabulary = Counter({"self-defense": 3, "near": 2, "term": 4, "colorado": 3, "river": 5})
    assert pdf._join_two(left, right, vocabulary) == joined


@pytest.mark.parametrize("tail", ["*Example Law Review* 65, no.", "Example Act, sec.", "vol.", "(Example Press, 2019),"])
def test_a_footnote_line_opening_with_a_number_after_one_that_wants_a_number_goes_on_with_it(tail):
    def line(text: str, lead: str | None = None) -> pdf._Line:
        return pdf._Line(1, 72.0, 300.0, 700.0, 708.0, 8.0, text, lead)

    footnotes: list[list[pdf._Line]] = []
    pdf._add_footnotes([line("Jane Roe, “Title,” " + tail, "10"), line("11 (2017): 419–71."), line("11 Next note.")], footnotes)
    assert [(note[0].lead, len(note)) for note in footnotes] == [("10", 2), ("11", 1)]


def test_a_marker_wrapped_to_the_start_of_a_body_line_calls_a_note_and_opens_none():
    def line(top: float, x1: float, text: str, lead: str | None = None) -> pdf._Line:
        return pdf._Line(1, 72.0, x1, top, top + 10.0, 10.0, text, lead)

    lines = [line(100, 540, "The first cap was adopted by ballot in a mid-sized city in a generation."),
             line(112, 540, "Within months, permit applications fell sharply, and the council", "1"),
             line(124, 300, "amended the ordinance.")]
    text = pdf._paragraphs(lines, 10.0, Counter())
    assert "generation.[^1]" in text and "[^1]:" not in text


@pytest.mark.parametrize("line", ["12", "xiv", "Page 3", "Page 3 of 20", "- 4 -", "Seite 7", "Página 9"])
def test_page_numbers_are_recognised(line):
    assert pdf.PAGE_NUMBER_RE.match(line)


@pytest.mark.parametrize("line", ["12 Ibid.", "1990 was a hard year", "Notes"])
def test_text_is_not_a_page_number(line):
    assert not pdf.PAGE_NUMBER_RE.match(line)


@pytest.mark.parametrize(
    "name, absent, present",
    [
        pytest.param("mining-radio-footnotes.pdf", ["VOICES FROM THE SHAFTS", "ANA LUCÍA FERREYRA", "conver-"],
                     ["in conversations with a Brazilian journalist"], id="running-heads-and-hyphens"),
        pytest.param("mining-radio-footnotes.pdf", [], ["eds., *Las radios mineras de Bolivia* (La Paz"], id="italics-kept"),
        pytest.param("reforma-agraria-endnotes.pdf", ["ROSA ELVIRA QUISPE HUAMÁN", "rep-"],
                     ["los diarios reprodujeron durante semanas.[^2]"], id="spanish-body-markers"),
        pytest.param("mining-radio-latex-footnotes.pdf", ["ﬁ", "ﬂ"], ["[^6]: The point is made most forcefully"],
                     id="tex-ligatures"),
    ],
)
def test_pdf_text(name, absent, present):
    text = sources.read_path(str(FIXTURES / "pdf" / name)).text
    for fragment in absent:
        assert fragment not in text
    for fragment in present:
        assert fragment in text


def test_a_footnote_split_over_two_pages_is_one_note():
    text = sources.read_path(str(FIXTURES / "pdf" / "mining-radio-footnotes.pdf"))
    found, _ = notes.locate(text)
    eight = next(n for n in found if n.number == 8)
    assert eight.text.startswith("Domitila Barrios de Chungara with Moema Viezzer")
    assert eight.text.endswith("as a transcript of what was said on the camp radios.")
    nine = next(n for n in found if n.number == 9)
    assert nine.text == "Gumucio Dagron and Cajías, *Las radios mineras*, 64."


# --- HTML details -------------------------------------------------------------------------------

@pytest.mark.parametrize(
    "markup, expected",
    [
        pytest.param('<p>Text.<sup><a href="#fn1" id="fnref1">1</a></sup></p><ol><li id="fn1"><em>Ibid.</em>, 4. '
                     '<a href="#fnref1">↩</a></li></ol>',
                     [(1, "*Ibid.*, 4.")], id="li-fn-with-back-link"),
        pytest.param('<p>Text.<sup><a href="#fn1" id="fnref1">1</a></sup> More.<sup><a href="#fn1" id="fnref1:1">1</a></sup>'
                     '</p><ol><li id="fn1"><p>Roe, <em>Report</em>, paras. 102–111. <a href="#fnref1">↩︎</a>'
                     '<a href="#fnref1:1">↩︎<sup>2</sup></a></p></li></ol>',
                     [(1, "Roe, *Report*, paras. 102–111.")], id="second-back-link-of-a-note-cited-twice"),
        pytest.param('<p>Text.<a href="#_edn1" name="_ednref1">[1]</a></p><p class=MsoEndnoteText>'
                     '<a href="#_ednref1" name="_edn1">[1]</a> Ibid., 12.</p>',
                     [(1, "Ibid., 12.")], id="word-anchors-in-paragraphs"),
        pytest.param('<p>Text.<a href="#_edn1" name="_ednref1">[1]</a></p><div id=edn1><p><a href="#_ednref1" '
                     'name="_edn1">[1]</a> Hunt, 255.</p><p>A second paragraph.</p></div>',
                     [(1, "Hunt, 255. A second paragraph.")], id="word-endnote-div-with-two-paragraphs"),
        pytest.param('<p>Text.<sup>1</sup></p><ol><li id="fn1">Three cautions:<ul><li>a count;</li><li>an estimate.</li>'
                     '</ul></li></ol>',
                     [(1, "Three cautions: a count; an estimate.")], id="list-inside-a-note"),
        pytest.param("Text.<sup>1</sup> More.<sup>2</sup>\n\nFootnotes\n\n<sup>1</sup> Ibid., 10.\n\n<sup>2</sup> Ibid., 11.\n",
                     [(1, "Ibid., 10."), (2, "Ibid., 11.")], id="text-with-sup-tags-keeps-its-lines"),
        pytest.param('<html><head><title>Site</title><script>var fn1 = 1;</script></head><body><nav><li id="fn9">Menu'
                     '</li></nav><p>Text.<sup>1</sup></p><ol><li id="fn1">Ibid.</li></ol></body></html>',
                     [(1, "Ibid.")], id="head-script-nav-dropped"),
        pytest.param('<p>Text.<a class="footnote-anchor" id="footnote-anchor-1" href="#footnote-1">1</a></p>'
                     '<div class="footnote"><a id="footnote-1" href="#footnote-anchor-1" class="footnote-number">1</a>'
                     '<div class="footnote-content"><p>Ibid., 7.</p></div></div>',
                     [(1, "Ibid., 7.")], id="newsletter-footnote-opening-with-its-numbered-anchor"),
        pytest.param('<html><head><style>.c2{font-size:11pt}.c4{font-style:italic}</style></head><body><p><span>Text.'
                     '</span><sup><a href="#ftnt1" id="ftnt_ref1">[1]</a></sup></p><div><p><a href="#ftnt_ref1" id="ftnt1">'
                     '[1]</a><span class="c2"> Hunt, </span><span class="c2 c4">Andean Lives</span><span class="c2">, 4.'
                     '</span></p></div></body></html>',
                     [(1, "Hunt, *Andean Lives*, 4.")], id="exported-online-document-with-italic-classes"),
        pytest.param('<p>Text.<sup><a href="#fn1">[1]</a></sup> More.<sup><a href="#fn2">[2]</a></sup></p>'
                     '<p id="fn1">[1] Jane Roe, "Example Story," Example Times, May 4, 2016.</p><p id="fn2">[2] Ibid.</p>',
                     [(1, 'Jane Roe, "Example Story," Example Times, May 4, 2016.'), (2, "Ibid.")],
                     id="paragraph-by-id-printing-its-own-number"),
        pytest.param('<p>Text.<sup>1</sup> More.<sup>2</sup></p><ol><li id="fn1">1. Roe, 4.</li>'
                     '<li id="fn2">2019 was the year of the count.</li></ol>',
                     [(1, "Roe, 4."), (2, "2019 was the year of the count.")], id="own-number-dropped-another-kept"),
        pytest.param('<p>Text.<sup>1</sup> More.<sup>2</sup></p><h2>Notes</h2><ol><li>Hunt, <i>Andean Lives</i>, 4.</li>'
                     '<li>Ibid., 5.</li></ol><h2>About the author</h2><p>A researcher.</p>',
                     [(1, "Hunt, *Andean Lives*, 4."), (2, "Ibid., 5.")], id="plain-numbered-list-under-notes"),
        pytest.param('<p>Text.<sup><a href="#en1" id="ref1">1</a></sup> More.<sup><a href="#en2" id="ref2">2</a></sup></p>'
                     '<div class="endnotes"><p class="endnote" id="en1"><a href="#ref1">1</a>. Roe, 4. <a href="#ref1">↩</a>'
                     '</p><p class="endnote" id="en2"><a href="#ref2">2</a>. Ibid. <a href="#ref2">↩</a></p></div>'
                     '<aside><ol><li><a href="/a/">Most Read Story</a></li></ol></aside>',
                     [(1, "Roe, 4."), (2, "Ibid.")], id="endnote-by-id-en-its-number-linked-back"),
        pytest.param('<p>Text.<sup><a href="#en1" id="ref1">1</a></sup> More.<sup><a href="#en2" id="ref2">2</a></sup></p>'
                     '<div class="endnotes"><p><a href="#ref1">1</a>. Roe, 4.</p><p><a href="#ref2">2</a>. Ibid.</p></div>',
                     [(1, "Roe, 4."), (2, "Ibid.")], id="paragraph-opening-on-its-number-linked-back"),
        pytest.param('<p>Text.<sup>1</sup> More.<sup>2</sup></p><p id="EN0001"><a href="#body-EN0001">1.</a> A comment.</p>'
                     '<p>Its second paragraph; see Roe, <i>Example</i>, 7.</p><p id="EN0002"><a href="#body-EN0002">2.</a> '
                     'Ibid. <a href="https://doi.example.org/1">[Taylor &amp; Francis Online]</a></p><p>About the authors.</p>',
                     [(1, "A comment. Its second paragraph; see Roe, *Example*, 7."), (2, "Ibid.")],
                     id="a-notes-second-paragraph-before-the-next-note"),
        pytest.param('<p>Text.<sup>1</sup></p><ol><li id="fn1">Roe, <i>Example</i>, 4. <a href="https://scholar.google.com/x?t=E">'
                     'Google Scholar</a> <a href="https://doi.org/10.1017/S1">CrossRef</a></li></ol>',
                     [(1, "Roe, *Example*, 4. https://doi.org/10.1017/S1")], id="a-publishers-links-in-a-note-the-doi-kept"),
        pytest.param('<p>Text.<sup>1</sup></p><ol><li id="EN0001"><span class="label">1</span> <p>\'Example War: Germany to '
                     'Send Tanks\', BBC News, 25 January 2023.</p></li></ol>',
                     [(1, "'Example War: Germany to Send Tanks', BBC News, 25 January 2023.")],
                     id="a-label-before-a-title-in-single-quotes"),
    ],
)
def test_html_notes(markup, expected):
    text = sources.from_string(html.html_to_text(markup), input_format="markdown")
    found, warnings = notes.locate(text)
    assert [(n.number, n.text) for n in found] == expected
    assert all(n.linked for n in found) and not warnings


def test_a_numbered_list_keeps_the_numbers_its_start_gives():
    markup = '<p>Text.<sup>7</sup> More.<sup>8</sup></p><h2>Notes</h2><ol start="7"><li>Hunt, 4.</li><li>Ibid., 5.</li></ol>'
    found, _ = notes.locate(sources.from_string(html.html_to_text(markup), input_format="markdown"))
    assert [(n.number, n.text) for n in found] == [(7, "Hunt, 4."), (8, "Ibid., 5.")]


def test_list_items_without_an_id_are_notes_of_their_place_beside_items_with_one():
    # a page that anchors only the notes its body links to: every item is still a note, numbered by its place
    markup = ('<p>Text.<sup><a href="#fn1">1</a></sup> More.<sup><a href="#fn3">3</a></sup></p><h2>Notes</h2><ol>'
              '<li id="fn1">Hunt, 4.</li><li>Roe, 9.</li><li id="fn3">Ibid., 5.</li><li>Doe, 12.</li></ol>')
    found, _ = notes.locate(sources.from_string(html.html_to_text(markup), input_format="markdown"))
    assert [(n.number, n.text) for n in found] == [(1, "Hunt, 4."), (2, "Roe, 9."), (3, "Ibid., 5."), (4, "Doe, 12.")]


def test_a_google_docs_note_of_several_paragraphs_and_a_list_stays_whole():
    from citex import html

    page = ("<html><body><p>Claim.<sup><a href=\"#ftnt1\" id=\"ftnt_ref1\">[1]</a></sup> Other.<sup><a href=\"#ftnt2\" "
            "id=\"ftnt_ref2\">[2]</a></sup></p><hr>"
            "<div><p><a href=\"#ftnt_ref1\" id=\"ftnt1\">[1]</a><span>&nbsp;Ministry of Example, <i>Plan</i> (Lima: "
            "Example, 2015), 9.</span></p><p><span>The plan was revised twice.</span></p></div>"
            "<div><p><a href=\"#ftnt_ref2\" id=\"ftnt2\">[2]</a><span>&nbsp;The federation set out two demands:</span></p>"
            "<ul><li><span>water for the basin;</span></li><li><span>a seat on the council.</span></li></ul></div>"
            "</body></html>")
    import citex

    doc = citex.extract(page, input_format="html")
    assert [n.number for n in doc.notes] == [1, 2]
    assert doc.notes[0].text.endswith("9. The plan was revised twice.")
    assert doc.notes[1].text.endswith("water for the basin; a seat on the council.")
    assert html.html_to_text(page).count("[^") == 4  # two markers, two notes


def test_words_own_list_bullets_are_dropped():
    import citex

    page = ("<html><body><p>Claim.<a href=\"#_edn1\" name=\"_ednref1\">[1]</a></p><div id=\"edn1\"><p><a href=\"#_ednref1\" "
            "name=\"_edn1\">[1]</a> Three demands:</p><p class=MsoListParagraph><![if !supportLists]><span "
            "style='mso-list:Ignore'>·<span>&nbsp;&nbsp; </span></span><![endif]>water for the basin;</p></div></body></html>")
    doc = citex.extract(page, input_format="html")
    assert "·" not in doc.notes[0].text and doc.notes[0].text.endswith("water for the basin;")


def test_a_link_showing_only_its_sites_name_gives_the_whole_address():
    markup = ('<p>Text.<sup><a href="#fn1">1</a></sup></p><p class="footnote" id="fn1"><sup>1</sup> Jane Roe, « Example '
              'Story », <em>Example Times</em>, 24 décembre 2021, disponible sur : <a href="https://www.example.fr/afrique/'
              'article/2021/12/24/example_3212.html">www.example.fr</a>.</p>')
    found, _ = notes.locate(sources.from_string(html.html_to_text(markup), input_format="markdown"))
    assert found[0].text.endswith("disponible sur : https://www.example.fr/afrique/article/2021/12/24/example_3212.html.")


def test_a_links_address_stays_with_its_title_in_a_note():
    markup = ('<p>Text.<sup><a href="#fn1">1</a></sup> More.<sup><a href="#fn2">2</a></sup></p>'
              '<p class="footnote" id="fn1"><sup>1</sup> <a href="https://example.org/report">The Example Treaty is dead. Now '
              'what?</a>, Example Institute, March 2019. <a href="#ref1">Back to text</a></p>'
              '<p class="footnote" id="fn2"><sup>2</sup> Jane Roe, “<a href="https://example.org/story">Example Story</a>,” '
              'Example Times, May 4, 2016.</p>')
    found, _ = notes.locate(sources.from_string(html.html_to_text(markup), input_format="markdown"))
    assert [n.text for n in found] == [
        "“The Example Treaty is dead. Now what?” https://example.org/report, Example Institute, March 2019.",
        "Jane Roe, “Example Story https://example.org/story,” Example Times, May 4, 2016."]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("[Record Number of Migrants Crossing the Example Gap](https://example.org/a), Example Institute.",
                     "“Record Number of Migrants Crossing the Example Gap” https://example.org/a, Example Institute.",
                     id="an-unmarked-title-is-quoted"),
        pytest.param("[Jane Roe](https://example.org/roe), “Example Story,” Example Times, 2016.",
                     "Jane Roe https://example.org/roe, “Example Story,” Example Times, 2016.", id="a-name-is-no-title"),
        pytest.param('"[Example Story](https://example.org/s)," *Example Times*, 2016.',
                     '"Example Story https://example.org/s," *Example Times*, 2016.', id="already-quoted"),
        pytest.param("Example Ministry, « Example Threat », [www.example.gouv.fr](https://www.example.gouv.fr/news/threat),"
                     " consulté le 3 avril 2020.",
                     "Example Ministry, « Example Threat », https://www.example.gouv.fr/news/threat, consulté le 3 avril 2020.",
                     id="a-site-name-shown-for-the-whole-address"),
    ],
)
def test_a_markdown_links_text(text, expected):
    found, _ = notes.locate(sources.from_string(f"Text.[^1]\n\n[^1]: {text}\n", input_format="markdown"))
    assert found[0].text == expected


def test_footnotes_at_each_pages_foot_above_a_numbered_footer_are_found():
    text = ("Paying for examples\nResearch Paper\n\nThe first claim.1 The second claim.2 The third claim in the same\n"
            "paragraph of the first page.3\n\n"
            "1 Roe, J. (2015), ‘Will examples change the game?’, Example Journal, 386(10009), pp. 2204–21.\n"
            "2 Ibid., p. 2210.\n3 Doe, A. (2021), ‘Can examples derail the treaty?’, Example Medical Journal, 375.\n\n"
            "3 Example House\n\nPaying for examples\n\nThe second page goes on with its own claims.4 And one more.5\n\n"
            "4 Example Organization (2016), Example Regulations (2005), 3rd edn, Geneva: Example Organization.\n"
            "5 Interview with a senior official, Example Programme, Geneva, 9 November 2022.\n\n4 Example House\n")
    found, _ = notes.locate(sources.from_string(text))
    assert [n.number for n in found] == [1, 2, 3, 4, 5]
    assert "Example House" not in found[2].text and "Example House" not in found[4].text


def test_a_cairn_download_stamp_and_a_recto_head_are_no_part_of_the_note_above_them():
    # (Cairn.info stamps every page of the PDFs it serves; the stamp had dated the note above it by the day of download)
    stamp = "© Institut d'exemple | Téléchargé le 12/03/2022 sur www.cairn.info (IP: 192.0.2.94)"
    notes_of = [f"{i}. Jean ROE{i}, « Faire la paix {i} », Études de l'Exemple, n° {50 + i}, juillet 2017." for i in range(1, 13)]
    heads = ["124\npolitique d'exemple 2:2021", "De Serval à l'exemple\n125", "126\npolitique d'exemple 2:2021",
             "De Serval à l'exemple\n127"]
    text = ("Le texte du corps." + "".join(f" Phrase.{i}" for i in range(1, 13)) + "\n\nNotes\n\n"
            + "".join("\n".join(notes_of[3 * p:3 * p + 3]) + f"\n\n{stamp}\n\n{head}\n\n" for p, head in enumerate(heads)))
    found, _ = notes.locate(sources.from_string(text))
    assert [n.text for n in found] == [n.split(". ", 1)[1] for n in notes_of]


def test_a_verso_head_with_a_hyphenated_initial_inside_a_note_is_dropped():
    text = ("Body.1 More.2\n\nNOTES\n\n1. Jane Roe, Example Brief, Korea Institute for Example Unification,\n\n"
            "206    J.-W. DOE\n\n    April 23, 2013.\n2. Ibid., 4.\n")
    found, _ = notes.locate(sources.from_string(text))
    assert found[0].text == "Jane Roe, Example Brief, Korea Institute for Example Unification, April 23, 2013."


def test_the_next_pages_sentence_with_its_marker_is_no_part_of_a_whole_footnote():
    text = ("Texto del cuerpo.1 Otra frase.2 Y otra más en la misma página, como dijo un alcalde que\n\n"
            "1 Jane Roe, “Example Violence in Central America”, Example Politics and Society 53, n.º 4 (2011): 1-33.\n"
            "2 Ibíd., 12.\n\n" + " " * 60 + "3\n\nEJEMPLOS CRIMINALES Y RÉGIMEN\n\n"
            "lo resumió así: “cada gobierno llegó diciendo que acabaría con ellas”.3\n\n"
            "3 Ibíd., 14.\n\n" + " " * 60 + "4\n\nEJEMPLOS CRIMINALES Y RÉGIMEN\n\nMás texto del cuerpo.4\n\n4 Ibíd., 15.\n\n"
            + " " * 60 + "5\n\nEJEMPLOS CRIMINALES Y RÉGIMEN\n\nFin.\n")
    found, _ = notes.locate(sources.from_string(text))
    two = next(n for n in found if n.number == 2)
    assert two.text == "Ibíd., 12."


def test_pdf_footnote_markers_glued_to_their_text_carry_on_the_numbering_of_spaced_ones():
    text = ("Body text of the paper.1 More.2 More still.3\n\n"
            "1 Roe, Jane. 2011. Example Economics. New York: Example Affairs.\n"
            "2 On the history of the example, see Doe and Poe\n(2015) and Loe (2017).\n"
            "3Ibid., 160.\n"
            + " " * 60 + "4\n"
            "The next page's text goes on here with its own claims.4 And more of them follow in the same\n"
            "paragraph, as the body of a paper does.5\n\n"
            "4Roe (2011, 12).\n5Doe, John, Example Report (Washington, DC: Example Bank, 2019), 4.\n\n"
            + " " * 60 + "5\n"
            "Example Heading in Mixed Case\n\n"
            "The text of the last page goes on with a claim.6 And with another claim, as long as a body's paragraph.7\n\n"
            "6 Ibid., 5.\n7 Ibid., 6.\n")
    found, _ = notes.locate(sources.from_string(text))
    assert [n.number for n in found] == [1, 2, 3, 4, 5, 6, 7]
    assert found[2].text == "Ibid., 160." and found[4].text.endswith("4.")


@pytest.mark.parametrize("anchor", ['<a href="#_ednref1" name="_edn1">[1]</a>', '<a href="#fnref1" id="fn1">1</a>'])
def test_an_html_note_whose_number_is_inside_a_superscript_is_read(anchor):
    # "<p><sup><a name="_edn1">[1]</a></sup> …": common in pages pasted from Word into a CMS
    import citex

    html = ('<html><body><p>Text.<sup><a href="#_edn1" name="_ednref1">[1]</a></sup> More.<sup><a href="#_edn2" '
            'name="_ednref2">[2]</a></sup></p>'
            f'<p><sup>{anchor}</sup> Mike Roe, <em>Boko Haram</em> (London: I.B. Tauris, 2015), 40.</p>'
            f'<p><sup>{anchor.replace("1", "2")}</sup> Ibid., 42.</p></body></html>')
    doc = citex.extract(html.encode(), input_format="html")
    assert [n.number for n in doc.notes] == [1, 2]
    assert doc.notes[0].citations[0].work.title == "Boko Haram" and doc.notes[1].citations[0].kind == "ibid"


def test_markup_the_converter_cannot_follow_is_read_as_plain_text_with_a_warning(monkeypatch):
    import citex
    import citex.html

    def broken(html):
        raise AttributeError("no such group")

    monkeypatch.setattr(citex.html, "html_to_text", broken)
    doc = citex.extract(b"<html><body><p>Claim.</p><h2>Notes</h2><p>1. Mike Roe, <em>Boko Haram</em> (London: I.B. "
                        b"Tauris, 2015), 40.</p><p>2. Ibid., 41.</p></body></html>", input_format="html")
    assert "html-unreadable" in [w.code for w in doc.warnings]
    assert [n.number for n in doc.notes] == [1, 2] and "Boko Haram" in doc.notes[0].text


def test_word_html_italics_are_its_italic_runs_joined_and_never_its_bidi_style():
    # Word writes "mso-bidi-font-style:italic" on plain runs and splits one title into several italic runs
    import citex

    html = ("<html><body><p class=MsoNormal>One.<a style='mso-endnote-id:edn1' href=\"#_edn1\" name=\"_ednref1\">"
            "<span class=MsoEndnoteReference>[1]</span></a> Two.<a style='mso-endnote-id:edn2' href=\"#_edn2\" "
            "name=\"_ednref2\"><span class=MsoEndnoteReference>[2]</span></a></p>"
            "<div style='mso-element:endnote-list'><div style='mso-element:endnote' id=edn1><p class=MsoEndnoteText>"
            "<a style='mso-endnote-id:edn1' href=\"#_ednref1\" name=\"_edn1\"><span class=MsoEndnoteReference>[1]</span></a> "
            "<span style='mso-bidi-font-style:italic'>Peter R. Roe, </span><i style='mso-bidi-font-style:normal'>"
            "Radicalized</i><span style='mso-bidi-font-style:italic'> (London: I.B. Tauris, 2016), 87.</span></p></div>"
            "<div style='mso-element:endnote' id=edn2><p class=MsoEndnoteText><a style='mso-endnote-id:edn2' "
            "href=\"#_ednref2\" name=\"_edn2\"><span class=MsoEndnoteReference>[2]</span></a> Gilles Doe, "
            "<i>Terreur dans l&#8217;</i><i>Hexagone</i> (Paris&nbsp;: Gallimard, 2015), p.&nbsp;13.</p></div></div>"
            "</body></html>")
    doc = citex.extract(html.encode(), input_format="html")
    first, second = (n.citations[0].work for n in doc.notes)
    assert (first.type, first.authors[0].family, first.title, first.publisher) == ("book", "Roe", "Radicalized", "I.B. Tauris")
    assert (second.title, second.container) == ("Terreur dans l’Hexagone", None)


def test_html_notes_a_paragraph_holds_line_by_line_and_a_second_back_link_are_read():
    # WordPress turns a pasted block into one <p> with <br />; pandoc and footnote plugins print "↩ ↩²"
    import citex

    html = ('<p>One.<sup><a href="#_edn1" name="_ednref1">[1]</a></sup> Two.<sup><a href="#_edn2" name="_ednref2">[2]</a>'
            '</sup> Three.<sup><a href="#_edn3" name="_ednref3">[3]</a></sup></p><hr />'
            '<p><a href="#_ednref1" name="_edn1">[1]</a> Mike Roe, <em>Boko Haram</em> (London: I.B. Tauris, 2015), 40. '
            '<a href="#_ednref1">↩</a> <a href="#_ednref1">↩<sup>2</sup></a><br />'
            '<a href="#_ednref2" name="_edn2">[2]</a> Virginia Doe, <em>Boko Haram: Nigeria’s Islamist Insurgency</em> '
            '(London: Hurst, 2015), 63.<br />'
            '<a href="#_ednref3" name="_edn3">[3]</a> Ibid., 64.</p>')
    doc = citex.extract(html.encode(), input_format="html")
    assert [n.number for n in doc.notes] == [1, 2, 3]
    assert [c.locator for n in doc.notes for c in n.citations] == ["40", "63", "64"]
    assert "↩" not in doc.notes[0].text and "[^" not in doc.notes[0].text


@pytest.mark.parametrize("second", ["Ibid., 20.", "9/11 Commission, <i>The Example Commission Report</i> (New York: Norton, 2004), 55."])
def test_libreoffice_html_footnotes_are_read_whatever_their_text_opens_with(second):
    import citex

    def note(n: int, text: str) -> str:
        return (f'<div id="sdfootnote{n}"><p class="sdfootnote-western"><a class="sdfootnotesym" name="sdfootnote{n}sym" '
                f'href="#sdfootnote{n}anc">{n}</a>{text}</p></div>')

    html = ('<html><head><meta name="generator" content="LibreOffice 7.3"/></head><body><p>First.<a class="sdfootnoteanc" '
            'name="sdfootnote1anc" href="#sdfootnote1sym"><sup>1</sup></a> Second.<a class="sdfootnoteanc" name="sdfootnote2anc" '
            'href="#sdfootnote2sym"><sup>2</sup></a></p>'
            + note(1, "Jane Roe, <i>Iraq: From War to a New Order</i> (London: Routledge, 2012), 15.") + note(2, second)
            + "</body></html>")
    doc = citex.extract(html.encode(), input_format="html")
    assert [n.number for n in doc.notes] == [1, 2]
    assert doc.notes[0].text.startswith("Jane Roe,") and doc.notes[1].text.startswith(second[:5])


def test_a_link_through_a_google_docs_redirect_keeps_the_address_it_leads_to():
    import citex

    html = ('<html><body><p>Claim.<sup><a href="#ftnt1" id="ftnt_ref1">[1]</a></sup></p><div><p><a href="#ftnt_ref1" '
            'id="ftnt1">[1]</a>&nbsp;Jane Roe, "<a href="https://www.google.com/url?q=https://www.example.org/research/a-b/'
            '&amp;sa=D&amp;source=editors&amp;ust=1712345678901234&amp;usg=AOvVaw1x">Security Policy: Creative Ideas</a>," '
            'Example Institution, March 2019.</p></div></body></html>')
    (cite,) = citex.extract(html.encode(), input_format="html").notes[0].citations
    assert cite.work.url == "https://www.example.org/research/a-b/"


@pytest.mark.parametrize("linked", [
    '<i><a href="https://example.org/report/">Blaming the Example</a></i>',  # Word: a link added to italic text
    '<span class="c6"><a class="c5" href="https://www.google.com/url?q=https://example.org/report/&amp;sa=D">Blaming the '
    'Example</a></span>',  # Google Docs: the italic class on the span around the link
])
def test_a_linked_title_in_italics_is_the_title_with_its_address_after_it(linked):
    import citex

    html = ('<html><head><style>.c6{font-style:italic}</style></head><body><p>Claim.<sup><a href="#ftnt1" id="ftnt_ref1">[1]'
            '</a></sup></p><div><p><a href="#ftnt_ref1" id="ftnt1">[1]</a>&nbsp;International Example Group, ' + linked +
            ', Report N°80 (Brussels: International Example Group, 4 May 2020), 12.</p></div></body></html>')
    (cite,) = citex.extract(html.encode(), input_format="html").notes[0].citations
    w = cite.work
    assert ([a.literal for a in w.authors], w.title, w.url, cite.locator) == (
        ["International Example Group"], "Blaming the Example", "https://example.org/report/", "12")


WIKI_PAGE = """<html><body><main><p>The town fell in July.<sup class="reference"><a href="#cite_note-1">[a]</a></sup>
Its defenders were outnumbered.<sup class="reference"><a href="#cite_note-Roe2003-2">[1]</a></sup>
The news reached the capital.<sup class="reference"><a href="#cite_note-3">[2]</a></sup>
It was retaken a year later.<sup class="reference"><a href="#cite_note-4">[3]</a></sup></p>
<h2>Notes</h2>
<div class="reflist reflist-lower-alpha"><div class="mw-references-wrap"><ol class="references">
<li id="cite_note-1"><span class="mw-cite-backlink"><b><a href="#cite_ref-1">^</a></b></span> <span class="reference-text">
The garrison had been cut off since spring.</span></li></ol></div></div>
<h2>References</h2>
<div class="reflist"><div class="mw-references-wrap"><ol class="references">
<li id="cite_note-Roe2003-2"><span class="mw-cite-backlink">^ <a href="#cite_ref-Roe2003_2-0"><sup><i><b>a</b></i></sup></a>
<a href="#cite_ref-Roe2003_2-1"><sup><i><b>b</b></i></sup></a></span> <span class="reference-text"><cite class="citation book cs1">
Roe, Jane (2003). <i>An Example Siege</i>. London: Example Press. p.&nbsp;45. ISBN&nbsp;<a href="/wiki/Special:BookSources/9780000000002">
978-0-00-000000-2</a>.</cite></span></li>
<li id="cite_note-3"><span class="mw-cite-backlink"><b><a href="#cite_ref-3">^</a></b></span> <span class="reference-text">
<cite class="citation news cs1">Doe, John (8 June 2021). <a rel="nofollow" class="external text"
href="https://www.theguardian.com/world/2021/jun/08/example-story">"Example town falls after siege"</a>. <i>The Guardian</i>.
Retrieved <span class="nowrap">9 June</span> 2021.</cite></span></li>
<li id="cite_note-4"><span class="mw-cite-backlink"><b><a href="#cite_ref-4">^</a></b></span> <span class="reference-text">
<cite class="citation news cs1"><a rel="nofollow" class="external text" href="https://www.bbc.com/news/example-1">"Example town
retaken"</a>. <i>BBC News</i>. 2 July 2022. Retrieved <span class="nowrap">3 July</span> 2022.</cite></span></li>
</ol></div></div></main></body></html>"""


def test_a_saved_wiki_page_keeps_its_lettered_notes_and_its_numbered_references():
    # a wiki page sets its explanatory notes ([a], [b]) and its references (1, 2, …) in two lists, each reference wrapped in
    # <cite class="citation …"> (no italics of its own) behind "^ a b" links back; its title links to the work
    doc = citex.extract(WIKI_PAGE.encode(), name="page.html")
    assert [n.number for n in doc.notes] == ["a", 1, 2, 3]
    book, story = doc.notes[1].citations[0], doc.notes[2].citations[0]
    assert (book.work.type, book.work.title, book.work.publisher, book.locator) == (
        "book", "An Example Siege", "Example Press", "45")
    assert (story.work.type, story.work.title, story.work.container, story.work.url) == (
        "article-newspaper", "Example town falls after siege", "The Guardian",
        "https://www.theguardian.com/world/2021/jun/08/example-story")
    assert not any("^" in (c.work.title or "") or c.work.title in ("a", "b") for n in doc.notes for c in n.citations)


TOOLTIP_NOTES = ["Jane Roe, *Rivers of Power* (London: Example Press, 2017), 154.", "Ibid., 160."]


@pytest.mark.parametrize("marker", [
    '<sup class="fn"><span class="footnote" data-footnote="{note}" tabindex="0" role="button">[{n}]</span></sup>',
    '<button class="fn-btn" aria-describedby="fn-pop-{n}">{n}</button><span role="tooltip" id="fn-pop-{n}" hidden>'
    '{note}</span>',
    '<sup class="modern-footnotes-footnote" data-mfn="{n}"><a href="javascript:void(0)" role="button" '
    'aria-describedby="mfn-content-{n}">{n}</a></sup><span id="mfn-content-{n}" role="tooltip" '
    'class="modern-footnotes-footnote__note" data-mfn="{n}">{note}</span>',
    '<a tabindex="0" class="fn-pop" role="button" data-bs-toggle="popover" data-bs-content="{note}"><sup>{n}</sup></a>',
])
def test_notes_shown_only_as_tooltips_are_the_notes(marker):
    """A page that keeps each note in its marker's tooltip (an attribute, or the element its aria-describedby names) and
    prints no list: the notes are read from there, in order, and left out of the text around them."""
    import html as html_lib

    def one(n: int) -> str:
        note = TOOLTIP_NOTES[n - 1].replace("*Rivers of Power*", "<em>Rivers of Power</em>")
        in_attribute = marker.split("{note}")[0].endswith('="')  # (an attribute holds the note's markup escaped)
        return marker.format(n=n, note=html_lib.escape(note) if in_attribute else note)

    page = (f"<html><body><main><p>Dams change rivers.{one(1)} They change towns too.{one(2)}</p></main>"
            "<footer>© Example Institute</footer></body></html>")
    doc = citex.extract(page.encode(), input_format="html")
    assert [(n.number, n.text) for n in doc.notes] == [(1, TOOLTIP_NOTES[0]), (2, TOOLTIP_NOTES[1])]
    assert doc.notes[1].citations[0].kind == "ibid"
