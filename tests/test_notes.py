"""The note finder: every marker form, heading and anomaly, on real note strings."""
from __future__ import annotations

import time
from pathlib import Path

import pytest

import citex
from citex import notes, sources
from citex.model import Text


def find(text: str, fmt: str = "text"):
    found, warnings = notes.locate(Text(text=text, format=fmt))
    return found, [w.code for w in warnings]


def numbered(found) -> list[tuple[int, str]]:
    return [(n.number, n.text) for n in found]


# Two notes cited from a short body, in each marker form people paste; the body markers are the
# form that goes with the list.  The texts are printed as publishers print them.
NOTE_1 = "Cynthia McClintock, *Peasant Cooperatives and Political Change in Peru* (Princeton: Princeton University Press, 1981), 211."
NOTE_2 = "Ibid., 214."


@pytest.mark.parametrize(
    "article",
    [
        pytest.param(f"Text.^[1] ([#_edn1](#)) More.^[2] ([#_edn2](#))\n\n^{{[1] (#_ednref1)}} {NOTE_1}\n\n^{{[2] (#_ednref2)}} {NOTE_2}\n",
                     id="seed-caret-brace-bracket"),
        pytest.param(f"Text.^{{[1] (# edn1)}} More.^{{[2] (# edn2)}}\n\n[1] (#_ednref1) {NOTE_1}\n\n[2] (# ednref2) {NOTE_2}\n",
                     id="seed-bracket-hash-link"),
        pytest.param(f"Text.[^1] More.[^2]\n\n[^1]: {NOTE_1}\n[^2]: {NOTE_2}\n", id="markdown-footnotes"),
        pytest.param(f"Text.^[{NOTE_1}] More.^[{NOTE_2}]\n", id="pandoc-inline-notes"),
        pytest.param(f"Text.1 More.2\n\nNotes\n\n1{NOTE_1}\n2{NOTE_2}\n", id="numbers-glued-to-the-note-from-a-pdf"),
        pytest.param(f"Text.[1] More.[2]\n\nEndnotes\n\n[1] {NOTE_1}\n\n[2] {NOTE_2}\n", id="bracket-under-endnotes"),
        pytest.param(f"Text. More.\n\nNotes\n\n1. {NOTE_1}\n2. {NOTE_2}\n", id="dot-under-notes"),
        pytest.param(f"Texto.(1) Más (2).\n\nNotas\n\n(1) {NOTE_1}\n\n(2) {NOTE_2}\n", id="paren-under-notas"),
        pytest.param(f"Texte.^1^ Encore.^2^\n\nNotes\n\n^1 {NOTE_1}\n\n^2 {NOTE_2}\n", id="caret-under-notes-fr"),
        pytest.param(f"Text.<sup>1</sup> More.<sup>2</sup>\n\nFootnotes\n\n<sup>1</sup> {NOTE_1}\n\n<sup>2</sup> {NOTE_2}\n",
                     id="sup-tags-under-footnotes"),
        pytest.param(f"Text.¹ Mehr.²\n\nAnmerkungen\n\n¹ {NOTE_1}\n\n² {NOTE_2}\n", id="unicode-superscripts"),
        pytest.param(f"Text.¹ Mehr.²\n\nAnmerkungen\n\n1 {NOTE_1}\n\n2 {NOTE_2}\n", id="bare-under-anmerkungen"),
        pytest.param(f"Text.[1] More.[2]\n\nReferences\n\n1. ^ {NOTE_1}\n2. ^ a b {NOTE_2}\n", id="wiki-references-with-back-links"),
        pytest.param(f"Text.[1] More.[2]\n\nReferences\n\n1. ^ Jump up to: a b {NOTE_1}\n2. ↑ {NOTE_2}\n",
                     id="wiki-jump-up-back-links"),
        pytest.param(f"Texto.[1] Más.[2]\n\nReferencias\n\n↑ {NOTE_1}\n↑ a b {NOTE_2}\n",
                     id="wiki-back-links-copied-without-list-numbers"),
        pytest.param(f"Text.[[1]](#fn1) More.[[2]](#fn2)\n\n## Footnotes\n\n1. [^](#ref1) {NOTE_1}\n2. [^](#ref2) {NOTE_2}\n",
                     id="markdown-back-link-opening-each-note"),
        pytest.param(f'Text.<sup>[1](#fn1)</sup> More.<sup>[2](#fn2)</sup>\n\n---\n\n1. <a name="fn1"></a>{NOTE_1} '
                     f'[↩](#ref1)\n2. <a name="fn2"></a>{NOTE_2} [↩](#ref2)\n', id="markdown-notes-with-empty-html-anchors"),
        pytest.param(f"Text.[[1]](#_edn1) More.[[2]](#_edn2)\n\n[[1]](#_ednref1) {NOTE_1}\n\n[[2]](#_ednref2) {NOTE_2}\n",
                     id="word-endnotes-converted-to-markdown"),
        pytest.param(f"Text.[\\[1\\]](#ftnt1) More.[\\[2\\]](#ftnt2)\n\n[\\[1\\]](#ftnt_ref1) {NOTE_1}\n\n"
                     f"[\\[2\\]](#ftnt_ref2) {NOTE_2}\n", id="google-docs-notes-with-escaped-brackets"),
        pytest.param(f"Text.[^\\[1\\]^](#_edn1)[^\\[2\\]^](#_edn2)\n\n::: {{#edn1}}\n[\\[1\\]](#_ednref1) {NOTE_1}\n:::\n\n"
                     f"::: {{#edn2}}\n[\\[2\\]](#_ednref2) {NOTE_2}\n:::\n", id="pandoc-superscript-links-and-fenced-divs"),
        pytest.param(f"Text.^[1](#_ftn1)^ More.^[2](#_ftn2)^\n\n^[1](#_ftnref1)^ {NOTE_1}\n\n^[2](#_ftnref2)^ {NOTE_2}\n",
                     id="word-footnotes-as-superscript-links"),
        pytest.param(f'Text.[^{{[1]}}](#_edn1) More.[^{{[2]}}](#_edn2)\n\n<div id="edn1">\n\n[^{{[1]}}](#_ednref1) {NOTE_1}\n\n'
                     f'</div>\n\n<div id="edn2">\n\n[^{{[2]}}](#_ednref2)\n\n{NOTE_2}\n\n</div>\n',
                     id="html-divs-and-a-number-alone-above-the-last-note"),
    ],
)
def test_every_marker_form_gives_both_notes_linked(article):
    found, codes = find(article)
    assert numbered(found) == [(1, NOTE_1), (2, NOTE_2)]
    assert all(n.linked for n in found)
    assert codes == []


@pytest.mark.parametrize(
    "heading",
    ["Notes", "NOTES", "## Notes", "**Notes**", "Endnotes", "Footnotes", "Notas", "Notas finales", "Notes de fin",
     "Anmerkungen", "Fußnoten", "Endnoten"],
)
def test_bare_numbers_are_trusted_under_a_notes_heading(heading):
    article = f"Body text.\n\n{heading}\n\n1 Vgl. {NOTE_1}\n\n2 ebd., S. 27.\n\n3 Ibid.\n"
    found, _ = find(article)
    assert [n.number for n in found] == [1, 2, 3]
    assert found[1].text == "ebd., S. 27."


def test_numbers_alone_on_their_lines_open_the_paragraphs_below():
    """Footnotes copied from a newsletter page: the number on a line of its own, the note below it;
    the page's chrome after the last note stays out."""
    article = (f"Coca moved south.1 Prices rose.2 The army followed.3\n\n1\n\n{NOTE_1}\n\n2\n\n{NOTE_2}\n\n3\n\n"
               "Interview with a coca farmer, VRAEM, May 14, 2013.\n\nSubscribe to the newsletter\n")
    found, _ = find(article)
    assert numbered(found) == [(1, NOTE_1), (2, NOTE_2), (3, "Interview with a coca farmer, VRAEM, May 14, 2013.")]


def test_page_numbers_alone_on_their_lines_are_not_notes():
    page = "The valley was quiet in 1995, and the harvest of that year was the largest in a decade."
    found, codes = find(f"{page}\n\n12\n\n{page}\n\n13\n\n{page}\n\n14\n\n{page}\n")
    assert found == [] and codes == ["no-notes"]


def test_an_address_broken_at_a_line_end_is_joined_whole():
    article = ("Body.\n\nEndnotes\n\n1 Crisis Group, “Mexico’s Everyday War,” Latin America Report No. 80, May 4, 2020,\n"
               "https://www.crisisgroup.org/latin-america-caribbean/mexico/80-mexicos-\neveryday-war.\n"
               "2 Ibid., and see the\nmap on p. 4.\n")
    found, _ = find(article)
    assert found[0].text.endswith("https://www.crisisgroup.org/latin-america-caribbean/mexico/80-mexicos-everyday-war.")
    assert found[1].text == "Ibid., and see the map on p. 4."


def test_numbers_glued_to_words_without_a_heading_are_not_notes():
    found, codes = find("Printing\n\n3Doors and 2Pac were named.\n4Square too.\n5Star hotels.\n")
    assert found == [] and codes == ["no-notes"]


def test_bare_numbers_without_a_heading_are_not_notes():
    found, codes = find("In 1990 the party split.\n\n2 of its leaders left.\n\n3 Others stayed.\n")
    assert found == [] and codes == ["no-notes"]


def test_the_seed_keeps_its_58_notes_and_the_edn204_mismatch():
    text = sources.read_path("fixtures/zech-2014-peru.txt")
    found, warnings = notes.locate(text)
    assert len(found) == 58
    assert [w.code for w in warnings] == ["marker-mismatch"]
    assert "edn204" in warnings[0].message and warnings[0].note == 24


@pytest.mark.parametrize(
    "article, codes, unlinked",
    [
        pytest.param(f"A.[^1] B.[^2] C.[^3]\n\n[^1]: {NOTE_1}\n[^2]: {NOTE_2}\n", ["marker-dangling"], [],
                     id="body-marker-points-at-no-note"),
        pytest.param(f"A.[^1]\n\n[^1]: {NOTE_1}\n[^2]: {NOTE_2}\n", ["note-unreferenced"], [2],
                     id="note-with-no-body-marker"),
        pytest.param("A.[1] B.[2] C.[3]\n\nNotes\n\n[1] Ibid.\n\n[2] Ibid., 4.\n\n[2] Ibid., 5.\n\n[3] Ibid., 6.\n",
                     ["note-duplicate"], [], id="duplicate-number"),
        pytest.param("A.[1] B.[2] C.[4]\n\nNotes\n\n[1] Ibid.\n\n[2] Ibid., 4.\n\n[4] Ibid., 6.\n",
                     ["note-missing"], [], id="missing-number"),
        pytest.param("Notes\n\n1. Ibid.\n2. Ibid., 4.\n4. Ibid., 6.\n3. Ibid., 5.\n5. Ibid., 7.\n",
                     ["note-order"], [], id="out-of-order-number"),
        pytest.param("A.^{[1] (# edn1)} B.^{[2] (# edn20)}\n\n^{[1] (#_ednref1)} Ibid.\n\n^{[2] (#_ednref2)} Ibid., 4.\n",
                     ["marker-mismatch"], [], id="marker-links-elsewhere"),
        pytest.param("Text.(1)\n\nNotas\n\n(1) Ibid.\n\n(2) Ibid., 4.\n\n(3) Ibid., 5.\n", ["note-unreferenced"] * 2, [2, 3],
                     id="paren-notes-without-their-markers"),
    ],
)
def test_anomalies_become_warnings(article, codes, unlinked):
    found, got = find(article)
    assert sorted(got) == sorted(codes)
    assert [n.number for n in found if not n.linked] == unlinked


def test_wrapped_notes_are_joined_and_continuation_numbers_are_not_notes():
    article = (
        "Body.\n\nNotes\n\n"
        "1 Paul Farmer, \"An Anthropology of Structural Violence,\" Current Anthropology 45, no.\n"
        "3 (2004): 305-325.\n\n"
        "2 Ibid., 307.\n"
    )
    found, _ = find(article)
    assert numbered(found) == [
        (1, "Paul Farmer, \"An Anthropology of Structural Violence,\" Current Anthropology 45, no. 3 (2004): 305-325."),
        (2, "Ibid., 307."),
    ]


def test_a_bullet_list_stays_inside_its_note():
    article = (
        "Body.[^1] More.[^2]\n\n"
        "[^1]: Les traductions se succèdent :\n  - en espagnol (Madrid, 1976) ;\n  - en anglais (Hassocks, 1977).\n"
        "[^2]: Three cautions follow:\n\n- a count is not an estimate;\n- estimates come with intervals.\n\n"
        "Share this post\n"
    )
    found, _ = find(article, "markdown")
    assert numbered(found) == [
        (1, "Les traductions se succèdent : en espagnol (Madrid, 1976) ; en anglais (Hassocks, 1977)."),
        (2, "Three cautions follow: a count is not an estimate; estimates come with intervals."),
    ]


@pytest.mark.parametrize("heading", ["Bibliography", "References", "Works Cited", "Bibliografía", "Bibliographie",
                                     "Literaturverzeichnis", "## Sources"])
def test_a_references_list_after_the_notes_is_kept_apart(heading):
    article = (f"Body.[1] More.[2]\n\nNotes\n\n1. {NOTE_1}\n2. {NOTE_2}\n{heading}\n"
               "1. Cotler, Julio. Clases, Estado y nación en el Perú. Lima: IEP, 1978.\n"
               "2. Kay, Cristóbal. Achievements and Contradictions. 1982.\n"
               "3. Mayer, Enrique. Ugly Stories. Durham: Duke University Press, 2009.\n")
    found, _ = find(article)
    assert numbered(found) == [(1, NOTE_1), (2, NOTE_2)]


def test_a_numbered_bibliography_longer_than_the_notes_is_not_taken_for_them():
    refs = "".join(f"{i}. Author {i}. Title {i}. Lima: IEP, 19{i:02d}.\n" for i in range(1, 9))
    found, _ = find(f"Body.\n\nNotes\n\n1. {NOTE_1}\n2. {NOTE_2}\n3. Ibid., 3.\n\nReferences\n\n{refs}")
    assert [n.number for n in found] == [1, 2, 3]


def test_front_matter_and_shortcodes():
    article = (
        "---\ntitle: Featherwork\nabstract: |\n  1. Not a note.\n  2. Nor this.\n  3. Nor this.\n---\n\n"
        "Feathers travelled far.[^1] And wide.[^2]\n\n"
        '[^1]: {{< q-cite "Rowe 1984" "15" >}}. See also King, *Peruvian Featherworks*, 9.\n\n'
        "A paragraph between the definitions is not part of a note.\n\n"
        "[^2]: Russo, *The Untranslatable Image*, 34.\n\n    An indented paragraph continues the note.\n\n"
        "Closing words.\n"
    )
    found, codes = find(article, "markdown")
    assert numbered(found) == [
        (1, "Rowe 1984, 15. See also King, *Peruvian Featherworks*, 9."),
        (2, "Russo, *The Untranslatable Image*, 34. An indented paragraph continues the note."),
    ]
    assert codes == []


def test_spans_point_at_the_note_text():
    article = f"Body.[^1]\n\n[^1]: {NOTE_1}\n"
    (note,), _ = find(article, "markdown")
    assert article[note.span[0]:note.span[1]] == NOTE_1


@pytest.mark.parametrize(
    "hostile",
    [
        pytest.param("^{[" * 40000, id="open-seed-markers"),
        pytest.param("[^" * 40000 + "]", id="open-markdown-labels"),
        pytest.param("{{< " + "a " * 40000, id="unclosed-shortcode"),
        pytest.param("1 A\n" * 20000, id="many-bare-lines"),
        pytest.param("Notes\n" * 20000, id="many-headings"),
        pytest.param("- " * 40000 + "\n", id="bullets-without-end"),
        pytest.param("---\n" + "x\n" * 50000, id="unclosed-front-matter"),
        pytest.param("[1]" * 40000, id="bracket-markers-only"),
    ],
)
def test_hostile_input_is_read_in_linear_time(hostile):
    start = time.perf_counter()
    notes.locate(Text(text=hostile))
    assert time.perf_counter() - start < 5.0


def test_a_misprinted_number_keeps_every_later_note():
    """"[80]" printed where note 30 belongs: notes 31-58 must not vanish into note 29."""
    from citex import sources
    from citex.notes import locate

    path = Path(__file__).resolve().parent.parent / "fixtures" / "zech-2014-peru.txt"
    text = path.read_text(encoding="utf-8").replace("[30] (#_ednref30)", "[80] (#_ednref30)")
    notes, warnings = locate(sources.from_string(text))
    assert len(notes) == 58
    assert [n.number for n in notes][28:31] == [29, 80, 31]
    assert "note-misnumbered" in {w.code for w in warnings}


def test_word_roman_endnote_numbers_are_read_as_numbers():
    """Word numbers endnotes i, ii, iii by default; pasted, they arrive as "[iv] text"."""
    from citex import sources
    from citex.notes import locate

    text = "Body.[i] More.[ii]\n\nNotes\n\n" + "".join(
        f"[{r}] Jane Doe, *Book {n}* (Lima: IEP, 2001), {n}.\n\n" for n, r in enumerate(["i", "ii", "iii", "iv", "v"], 1))
    notes, _ = locate(sources.from_string(text))
    assert [n.number for n in notes] == [1, 2, 3, 4, 5]
    assert notes[3].text.startswith("Jane Doe, *Book 4*")


ROMANS = ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii"]


@pytest.mark.parametrize(("form", "case"), [
    pytest.param("{}\t", str.lower, id="numeral-and-tab-as-word-pastes-it"),
    pytest.param("{}. ", str.lower, id="numeral-and-period"),
    pytest.param("{} ", str.lower, id="numeral-and-space"),
    pytest.param("{}. ", str.upper, id="capital-numerals"),
])
def test_word_roman_endnote_numbers_without_brackets_are_read_as_numbers(form, case):
    """Word's endnotes pasted as plain text keep their numerals without brackets: "i<TAB>Robert F. Kennedy, …"."""
    text = "Title\n\nThe crisis began in Berlin.i Moscow pressed.ii\n\nEndnotes\n\n" + "".join(
        form.format(case(r)) + (f"Jane Doe, *Book {n}* (Lima: IEP, 2001), {n}.\n" if n % 3 else "Ibid., 4.\n")
        for n, r in enumerate(ROMANS, 1))
    found, _ = find(text)
    assert [n.number for n in found] == list(range(1, 13))
    assert found[9].text == "Jane Doe, *Book 10* (Lima: IEP, 2001), 10." and found[8].text == "Ibid., 4."


def test_a_documents_numbered_parts_are_no_roman_endnotes():
    """"I. Introduction", "II. The Case" head a report's parts; its notes are the arabic list under Notes."""
    text = ("I. Introduction\n\nText.1\n\nII. The Case\n\nMore text.2\n\nIII. Conclusion\n\nEnd.\n\nNotes\n\n"
            "1. Jane Doe, *Book* (Lima: IEP, 2001), 4.\n2. Ibid., 5.\n")
    found, _ = find(text)
    assert [(n.number, n.text) for n in found] == [(1, "Jane Doe, *Book* (Lima: IEP, 2001), 4."), (2, "Ibid., 5.")]
    without_notes, codes = find(text.split("Notes")[0])
    assert without_notes == [] and "no-notes" in codes


def test_heading_lines_finds_what_a_search_of_the_whole_text_finds():
    from citex.notes import CLOSING_HEADING_RE, NOTES_HEADING_RE, heading_lines

    body = "Title\n\n## Notes\nSome prose that mentions notes.\n  **Endnotes:**\nx" + " y" * 100 + "\nBibliography\n\nReferences"
    for pattern in (NOTES_HEADING_RE, CLOSING_HEADING_RE):
        expected = [m.start() for m in pattern.finditer(body)]
        assert expected and heading_lines(body, pattern) == expected


def test_markdown_links_in_a_note_keep_their_text_and_address():
    import citex

    doc = citex.extract("Text.[^1]\n\n[^1]: Ana Torres, [\"Mining output falls,\"](https://news.example.com/a) *La Razón*, "
                        "March 3, 2016. See also <https://www.radio-example.bo/historia>.\n", name="a.md")
    assert doc.notes[0].text == ('Ana Torres, "Mining output falls," https://news.example.com/a *La Razón*, March 3, 2016. '
                                 'See also https://www.radio-example.bo/historia.')
    works = [c.work for c in doc.notes[0].citations]
    assert [(w.type, w.title, w.container, w.url) for w in works] == [
        ("article-newspaper", "Mining output falls", "La Razón", "https://news.example.com/a"),
        ("webpage", None, None, "https://www.radio-example.bo/historia")]
    assert doc.items[1].id == "radioexample"


@pytest.mark.parametrize("mark", ["*", "_"])
def test_italics_around_a_whole_link_stay_on_the_title_and_out_of_the_address(mark):
    import citex

    doc = citex.extract(f"Text.[^1]\n\n[^1]: Example Lab, {mark}[Example Report: A Title](https://www.example.com/reports/"
                        f"example-title){mark} (Example City: Example Lab, 2013), 4.\n", name="a.md")
    [cited] = doc.notes[0].citations
    assert (cited.work.title, cited.work.url) == ("Example Report: A Title", "https://www.example.com/reports/example-title")


def test_web_page_furniture_after_the_notes_is_no_note():
    """A numbered "Related articles" list after the notes restarts at 1: it is not more notes."""
    import citex

    text = ("How to Read a Budget\n\nThe plan has three parts:\n\n1. Eradication targets.\n2. Crop substitution.\n"
            "3. Police operations.\n\nEach part is funded separately.1 The second receives least.2\n\nEndnotes\n\n"
            "1. Ministerio del Interior, Plan de acción 2015 (Lima: MININTER, 2015), 12.\n2. Ibid., 14.\n\n"
            "Related articles\n1. Coca in the valleys\n2. Policing the river\n")
    doc = citex.extract(text, name="budget.txt")
    assert [(n.number, n.text) for n in doc.notes] == [
        (1, "Ministerio del Interior, Plan de acción 2015 (Lima: MININTER, 2015), 12."), (2, "Ibid., 14.")]
    assert not [w for w in doc.warnings if w.code == "note-duplicate"]


@pytest.mark.parametrize(
    "after",
    ["Jane Roe is a senior fellow at the Example Institute, where she works on energy.\nTags: energy, grid\n",
     "Tags: energy, heat pumps, electricity grid\nShare this article\n",
     "Topics: Energy Policy\n",
     "John Doe is an associate professor of history at Example University.\n",
     "Haut de page\nPour citer cet article\nRéférence papier\nJane Roe, « Titre », Revue, 12 | 2018, 45-68.\n",
     "Pour citer cet article\nJane Roe, « Titre », Revue, 2022/3, p. 45-58.\n",
     "Résumé Français\nCet article examine l'exemple.\nPlan\nAuteur\nJane Roe\n"],
)
def test_the_page_after_the_last_note_with_no_blank_line_is_no_part_of_it(after):
    import citex

    text = ("Prices fell.[1] They rose again.[2]\n\nNotes\n\n1. Jane Roe, *Heat and Light* (Example Press, 2011), 88.\n"
            f"2. Ibid., 90.\n{after}")
    doc = citex.extract(text, name="post.txt")
    assert [n.text for n in doc.notes] == ["Jane Roe, *Heat and Light* (Example Press, 2011), 88.", "Ibid., 90."]


def test_a_name_opening_a_line_inside_the_last_note_stays_in_it():
    import citex

    text = ("Prices fell.[1]\n\nNotes\n\n1. On the debate, see Jane Roe, *Heat and Light* (Example Press, 2011), 88;\n"
            "John Doe is less sure, in *Dark Times* (Example Press, 2012).\n")
    doc = citex.extract(text, name="post.txt")
    assert doc.notes[0].text.endswith("(Example Press, 2012).")


def test_footnotes_pasted_from_pdf_pages_between_paragraphs():
    """Bare-numbered footnotes with no heading, each at the foot of a page, a page number after."""
    import citex

    text = ("Rural Credit\n\nCooperatives spread after 1990.1 Their members were smallholders, and\nthe cooperatives "
            "lent below the banks' rates.2\n\n1 Carmen Diana Deere, The Agrarian Question (Boulder, CO: Westview, 1990), "
            "45.\n2 Ibid., 50.\n\n12\n\nYet the cooperatives failed within a decade.3 Historians disagree.4\n\n3 Adolfo "
            "Figueroa, Capitalist Development (Cambridge: Cambridge\nUniversity Press, 1984), 101–3.\n4 For two views, see "
            "Deere, The Agrarian Question, 60.\n\n13\n")
    doc = citex.extract(text, name="credit.txt")
    assert [n.number for n in doc.notes] == [1, 2, 3, 4]
    assert doc.notes[1].text == "Ibid., 50."  # not the page number and the next paragraph
    assert doc.notes[2].text.endswith("University Press, 1984), 101–3.")


@pytest.mark.parametrize("number_at, text_at", [(4, 6), (6, 9), (8, 8)])
def test_footnotes_laid_out_indented_as_pdftotext_layout_prints_them(number_at, text_at):
    """``pdftotext -layout`` keeps each line's place on the page: a footnote's number may sit four or more columns in,
    on its own line, with its text hanging further in; the notes are found as at the margin."""
    num, pad = " " * number_at, " " * text_at
    text = ("Rural Credit\n\nCooperatives spread after 1990.1 Their members were smallholders, and\nthe cooperatives "
            "lent below the banks' rates.2\n\n\n"
            f"{num}1\n{pad}Carmen Diana Deere, The Agrarian Question (Boulder, CO: Westview,\n{pad}1990), 45.\n"
            f"{num}2\n{pad}Ibid., 50.\n\f"
            "    Yet the cooperatives failed within a decade.3 Historians disagree.4\n\n\n"
            f"{num}3\n{pad}Adolfo Figueroa, Capitalist Development (Cambridge: Cambridge\n{pad}University Press, 1984), 101–3.\n"
            f"{num}4\n{pad}For two views, see Deere, The Agrarian Question, 60.\n")
    doc = citex.extract(text, name="credit.txt")
    assert [n.number for n in doc.notes] == [1, 2, 3, 4]
    assert doc.notes[1].text == "Ibid., 50."
    assert doc.notes[2].text.endswith("University Press, 1984), 101–3.")


LATEX_PAGES = ("Water After the Dams\n\n1 Introduction\n\nThe first dams were built for power.1 Their critics said so early.2\n"
               "1 Jane Roe, Rivers of Power (New York: Example Press, 2001), 226–68.\n"
               "2 John Doe and Ann Poe, Dams on the Line (Cambridge, MA: Example Press, 2007), 233.\n\n1\n\n"
               "2 The Second Wave\n\n3 Basin Studies\n\nThe argument returned in 2013.3 Few remember the date.4 "
               "It mattered.5\n3 Jane Roe, \u201cThe Dam Years,\u201d Example Review 4, no. 5 (2013): 193–220.\n"
               "4 1999 is usually given as the date; the ministry\u2019s rule came in 2000.\n"
               "5 Ibid., 201.\n\n2\n")


def test_footnotes_copied_from_latex_pages_with_numbered_sections_and_a_note_opening_on_a_year():
    # "1 Introduction" and "2 The Second Wave" are section headings, "4 1999 is …" is a footnote
    import citex

    doc = citex.extract(LATEX_PAGES, name="dams.txt")
    assert [n.number for n in doc.notes] == [1, 2, 3, 4, 5]
    assert doc.notes[0].text.startswith("Jane Roe, Rivers") and doc.notes[3].text.startswith("1999 is usually")
    assert doc.notes[1].text.endswith("2007), 233.")


def test_a_numbered_list_in_prose_is_no_footnotes():
    import citex

    text = "Steps\n\nThe plan:\n\n1 Count the farms in each valley.\n2 Map the roads.\n3 Visit the towns.\n\nThat is all.\n"
    assert citex.extract(text, name="plan.txt").notes == ()


def _pdf_report(footer: str) -> str:
    body = "\n".join(f"Paragraph {i} of the report says something about water and power in the valley." for i in range(24))
    return (f"{body}\n\nNotes\n\n"
            "1 Jane Roe, \"Co-Management of Electricity and Ground-\nwater,\" *Example Weekly* 43, no. 7 (2008): 999–\n"
            "1002.\n2 Ibid.\n"
            f"{footer.format(page=27)}\n\n"
            "3 John Doe, *Taming the Anarchy* (Washington, DC: Example Press, 2009), 12.\n"
            f"{footer.format(page=28)}\n\n"
            "4 Ibid., 14.\n"
            f"{footer.format(page=29)}\n")


@pytest.mark.parametrize("footer", ["Example Institute | Report 12{page:>40}", "{page}          Example Institute Report 21",
                                    "Page {page} EO-22-104611 Example Audit"])
def test_a_pdfs_running_footer_is_no_part_of_a_note(footer):
    found, _ = notes.locate(Text(text=_pdf_report(footer)))
    assert [n.number for n in found] == [1, 2, 3, 4]
    assert [n.text for n in found[1:]] == ["Ibid.", "John Doe, *Taming the Anarchy* (Washington, DC: Example Press, 2009), 12.",
                                          "Ibid., 14."]


def test_a_word_or_range_broken_at_a_line_end_is_joined():
    found, _ = notes.locate(Text(text=_pdf_report("Example Institute | Report 12{page:>40}")))
    assert found[0].text == ("Jane Roe, \"Co-Management of Electricity and Groundwater,\" *Example Weekly* 43, no. 7 "
                             "(2008): 999–1002.")


def test_a_repeated_line_that_reads_as_a_note_stays():
    text = "Body.\n" * 22 + "\nNotes\n\n1 Ibid.\n2 Personal interview with a coca farmer\n3 Personal interview with a coca farmer\n" \
        "4 Personal interview with a coca farmer\n"
    found, _ = notes.locate(Text(text=text))
    assert [n.text for n in found] == ["Ibid."] + ["Personal interview with a coca farmer"] * 3


def test_markdown_notes_defined_out_of_order_are_numbered_as_printed():
    text = ("First claim.[^1] Second claim.[^2]\n\n[^1]: Jane Roe, *The Valley* (Lima: Example Press, 2011), 112.\n\n"
            "Third claim.[^3]\n\n[^3]: John Doe, *Water Wars* (Oxford: Example Press, 2008), 4.\n\n[^2]: Ibid., 118.\n")
    found, warnings = notes.locate(Text(text=text, format="markdown"))
    assert [n.number for n in found] == [1, 2, 3] and found[1].text == "Ibid., 118."
    assert not [w for w in warnings if w.code == "note-order"]


@pytest.mark.parametrize(
    ("labels", "definitions"),
    [
        pytest.param(("a", "b", "c"), ("a", "c", "b"), id="named-labels-defined-out-of-order"),
        pytest.param(("1", "roe", "2"), ("1", "roe", "2"), id="named-and-numbered-labels-mixed"),
    ],
)
def test_named_markdown_notes_are_numbered_in_the_order_the_text_refers_to_them(labels, definitions):
    texts = {labels[0]: "Jane Roe, *The Valley* (Lima: Example Press, 2011), 112.", labels[1]: "Ibid., 118.",
             labels[2]: "John Doe, *Water Wars* (Oxford: Example Press, 2008), 4."}
    text = "".join(f"Claim.[^{label}] " for label in labels) + "\n\n" + \
        "".join(f"[^{label}]: {texts[label]}\n" for label in definitions)
    found, _ = notes.locate(Text(text=text, format="markdown"))
    assert [(n.number, n.text) for n in found] == [(i, texts[label]) for i, label in enumerate(labels, start=1)]


# --- the links a publisher's page adds after each note -----------------------------------------------------

@pytest.mark.parametrize(
    ("notes_section", "expected"),
    [
        pytest.param("1. Jane Roe, Example Book (New York: Example Press, 2005), 134.\n[Google Scholar]\n"
                     "2. Ibid., 12.\n[Crossref], [Web of Science ®], [Google Scholar]\n",
                     ["Jane Roe, Example Book (New York: Example Press, 2005), 134.", "Ibid., 12."], id="bracketed-lines"),
        pytest.param("1\nJ. Roe, Example Book (Cambridge, 2009), p. 6.\nGoogle Scholar\nGoogle Preview\nOpenURL Placeholder Text\n"
                     "WorldCat\nCOPAC\n\n2\nIbid., p. 7.\nCrossref\nSearch ADS\n",
                     ["J. Roe, Example Book (Cambridge, 2009), p. 6.", "Ibid., p. 7."], id="a-line-per-link"),
        pytest.param("1 Roe, Jane, ‘Example Article’, Example Journal, 26: 1 (1994), pp. 73–107.CrossRefGoogle Scholar\n\n"
                     "2 Roe, ‘Example’, p. 79.Google Scholar; Doe, Example Book, p. 4.Google Scholar\n",
                     ["Roe, Jane, ‘Example Article’, Example Journal, 26: 1 (1994), pp. 73–107.",
                      "Roe, ‘Example’, p. 79. ; Doe, Example Book, p. 4."], id="glued-to-the-last-period"),
        pytest.param("1. Jane Roe, *Example Book* (Lima: Example Press, 2005), 4.\n\n[Google Scholar](https://scholar.example.org/x) "
                     "[WorldCat](https://worldcat.example.org/x)\n\n[Return to ref 1 in article](#b1)\n\n2. Ibid., 5. "
                     "Return to ref 2 in article\n",
                     ["Jane Roe, *Example Book* (Lima: Example Press, 2005), 4.", "Ibid., 5."], id="markdown-links-and-return"),
        pytest.param("1. Roe, Jane. Exemplo. Lima: IEP, 2003.         [ Links ]\n2. Ibid., 5.\n",
                     ["Roe, Jane. Exemplo. Lima: IEP, 2003.", "Ibid., 5."], id="scielo-links"),
        pytest.param("1.↵Roe J, Doe A. What can we learn from example? Br J Example 2010;50:999-1022. doi:10.1093/x/y\n"
                     "CrossRefWeb of ScienceGoogle Scholar\n2.↵Poe A. Example policy. Example Foundations, 2011.\n"
                     "Abstract/FREE Full TextGoogle Scholar\n",
                     ["Roe J, Doe A. What can we learn from example? Br J Example 2010;50:999-1022. doi:10.1093/x/y",
                      "Poe A. Example policy. Example Foundations, 2011."], id="journal-back-arrow-and-glued-links"),
    ],
)
def test_a_publishers_links_are_no_part_of_a_note(notes_section, expected):
    found, _ = notes.locate(Text(text="An article's text.\n\nNotes\n\n" + notes_section))
    assert [" ".join(n.text.split()) for n in found] == expected


def test_links_are_found_anywhere_in_a_long_article_and_when_they_wrap_a_line():
    # (only the lines around each link's words are searched; a link whose words wrap onto the next line is still one link)
    texts = [f"Jane Roe, Example Book {k} (Lima: Example Press, 2005), {k}." for k in range(1, 121)]
    lines = [f"{k}. {t}" + ("\n[Return to ref 60\nin article](#b60)" if k == 60 else "")
             + ("\nCrossref\nGoogle Scholar" if k == 120 else "") for k, t in enumerate(texts, 1)]
    found, _ = notes.locate(Text(text="An article's text.\n\nNotes\n\n" + "\n".join(lines) + "\n"))
    assert [" ".join(n.text.split()) for n in found] == texts


def test_a_link_row_repeated_under_notes_is_no_running_header_and_the_next_number_no_page():
    # (an Oxford Academic page: a number alone, the note, a row of "Google Scholar" under notes that cite a work; the
    # repeated line had been taken for a page's running header and the number after it for its page number)
    rows = ["Google Scholar\n\nWorldCat", "", "Google Scholar", "", "Google Scholar", "", "Google Scholar\n\nWorldCat"]
    texts = [f"Jane Roe, *Example Book {k}* (Lima: Example Press, 200{k}), {k}." if rows[k - 1] else f"Ibid., {k}."
             for k in range(1, 8)]
    section = "".join(f"{k}\n\n{t}\n\n" + (rows[k - 1] + "\n\n" if rows[k - 1] else "") for k, t in enumerate(texts, 1))
    found, _ = notes.locate(Text(text="An article's text.\n\nFootnotes\n\n" + section))
    assert [(n.number, " ".join(n.text.split())) for n in found] == list(enumerate(texts, start=1))


def test_a_note_that_names_a_search_engine_keeps_it():
    found, _ = notes.locate(Text(text="Text.\n\nNotes\n\n1. Searches on Google Scholar and WorldCat found no copy.\n"))
    assert found[0].text == "Searches on Google Scholar and WorldCat found no copy."


def test_a_short_copy_with_a_footer_on_each_page_loses_the_footer():
    text = ("Endnotes\n\n1Jane Roe, Example Audit, EO-15-593SP (Washington, D.C.: July 28, 2015).\n"
            "Page 24 EO-22-104611 Example Audit\n2Ibid.\n3Ibid., 4.\nPage 25 EO-22-104611 Example Audit\n4Ibid., 5.\n"
            "5Ibid., 6.\nPage 26 EO-22-104611 Example Audit\n6Ibid., 7.\n")
    found, _ = notes.locate(Text(text=text))
    assert [n.text for n in found][1:] == ["Ibid.", "Ibid., 4.", "Ibid., 5.", "Ibid., 6.", "Ibid., 7."]


def test_a_glued_note_number_before_an_abbreviation():
    text = ("Endnotes\n\n1Jane Roe, Example Audit, EO-15-593SP (Washington, D.C.: July 28, 2015).\n"
            "2U.S. Department of Examples, Example Report, EO-23-001 (Washington, D.C.: Oct. 13, 2022), 9-11.\n3Ibid., 12.\n")
    found, _ = notes.locate(Text(text=text))
    assert [n.number for n in found] == [1, 2, 3]
    assert found[1].text.startswith("U.S. Department of Examples")


def test_a_journals_alternating_running_heads_are_no_part_of_a_note():
    text = ("24       EXAMPLE SENTINEL       MARCH 2019\nThe group grew.1 It taxed.2 It fought.3 It lasted.4\nCitations\n"
            "1 Jane Roe, \"Example Article,\" Example Sentinel 11:3\n(2018).\n2 Ibid.\n"
            "MARCH 2019       EXAMPLE SENTINEL       25\n3 John Doe, Inside Al-\nShabaab (Bloomington: Example Press, 2018), p.\n"
            "201.\n26       EXAMPLE SENTINEL       MARCH 2019\n4 Roe, p. 230.\nMARCH 2019       EXAMPLE SENTINEL       27\n")
    found, _ = notes.locate(Text(text=text))
    assert [n.text for n in found] == ['Jane Roe, "Example Article," Example Sentinel 11:3 (2018).', "Ibid.",
                                       "John Doe, Inside Al-Shabaab (Bloomington: Example Press, 2018), p. 201.", "Roe, p. 230."]


def test_notes_marked_with_letters_are_read_as_notes_named_by_their_letters():
    text = ("Text.[a] More.[1] Again.[b] Last.[2]\n\nSubstantive Notes\n[a] Editor's note: the example is named by "
            "its makers.\n[b] The count is the authors' own.\n\nCitations\n[1] Jane Roe, Example Book (Lima: Example Press, "
            "2001), 4.\n[2] Ibid., 5.\n")
    found, warnings = notes.locate(Text(text=text))
    assert [n.number for n in found] == ["a", "b", 1, 2]  # printed order: the lettered list comes first
    assert found[0].text == "Editor's note: the example is named by its makers."
    assert found[1].text == "The count is the authors' own."
    assert [n.follows for n in found[:2]] == [0, 1]  # [a] is marked before [1]; [b] after [1]
    assert all(n.linked for n in found)
    assert not [w for w in warnings if w.code.startswith("note-")]


def test_notes_marked_with_capital_letters_are_notes_too():
    text = ("Text.[A] (# edna) More.^{[1] (# edn1)} Again.[B] (# ednb) Last.^{[2] (# edn2)}\n\nSubstantive Notes\n"
            "[A] (# ednrefa) The count is the authors' own.\n\n[B] (# ednrefb) See Jane Roe, Example Book (Lima: Example "
            "Press, 2001), 4.\n\nCitations\n[1] (# ednref1) John Doe, Other Book (Quito: Example Press, 2004), 9.\n"
            "[2] (# ednref2) Ibid., 5.\n")
    found, _ = notes.locate(Text(text=text))
    assert [n.number for n in found] == ["A", "B", 1, 2]
    assert found[1].text == "See Jane Roe, Example Book (Lima: Example Press, 2001), 4." and found[1].follows == 1


def test_a_quotations_altered_capital_marks_no_lettered_note():
    text = ('Body.[1] She said "[A]ll is well" and left.\n\n[A] This paragraph of prose opens on a bracketed capital.\n\n'
            "Notes\n[1] Jane Roe, Example Book (Lima: Example Press, 2001), 4.\n")
    assert [n.number for n in notes.locate(Text(text=text))[0]] == [1]


def test_a_lettered_list_after_the_numbered_one_keeps_its_place_and_wrapped_lines():
    text = ("Body.[1] More.[a] End.[2]\n\nNotes\n[1] Jane Roe, Example Book (Lima: Example Press, 2001), 4.\n"
            "[2] John Doe, Other Book (Quito: Example Press,\n2004), 9.\n\n"
            "[a] A remark of the authors that runs\non to a second line.\n\nShare this article\n")
    found, _ = notes.locate(Text(text=text))
    assert [n.number for n in found] == [1, 2, "a"]
    assert found[2].text == "A remark of the authors that runs on to a second line."
    assert found[2].follows == 1


def test_a_single_bracketed_letter_opening_a_line_is_no_note_unless_the_body_marks_it():
    unmarked = ("Body.[1]\n\n[a] This paragraph of prose happens to open on a bracketed letter.\n\n"
                "Notes\n[1] Jane Roe, Example Book (Lima: Example Press, 2001), 4.\n")
    assert [n.number for n in notes.locate(Text(text=unmarked))[0]] == [1]
    marked = unmarked.replace("Body.[1]", "Body.[1] Aside.[a]")
    assert [n.number for n in notes.locate(Text(text=marked))[0]] == ["a", 1]


def test_a_lettered_note_cites_a_work_a_later_short_form_names_and_ibid_keeps_to_its_own_list():
    text = ("Text.[1][a] More.[2] Again.[3]\n\nSubstantive Notes\n[a] For a contrasting view, see Jane Roe, "
            "Example Book (Lima: Example Press, 2001), 12.\n\nCitations\n[1] John Doe, Other Book (Quito: Example "
            "Press, 2004), 9.\n[2] Ibid., 10.\n[3] Roe, Example Book, 14.\n")
    doc = citex.extract(text)
    by = {n.number: n for n in doc.notes}
    roe = by["a"].citations[0].item
    assert roe and by[3].citations[0].item == roe  # the short form finds the work the lettered note cited
    assert by[2].citations[0].item == by[1].citations[0].item  # Ibid. in [2] means [1], not the lettered [a]
    assert sorted(map(str, doc.item(roe).notes)) == ["3", "a"]


def test_ibid_opening_the_lettered_list_means_the_work_cited_just_before_its_marker():
    text = ("First.[1] Second.[2][a] Third.[3]\n\nSubstantive Notes\n[a] Ibid., p. 44. The figure excludes minors.\n\n"
            "Citations\n[1] John Doe, Other Book (Quito: Example Press, 2004), 9.\n[2] Jane Roe, Example Book (Lima: "
            "Example Press, 2001), 12.\n[3] Ibid., 20.\n")
    doc = citex.extract(text)
    by = {n.number: n for n in doc.notes}
    roe = by[2].citations[0].item
    assert (by["a"].citations[0].item, by["a"].citations[0].locator) == (roe, "44")
    assert by[3].citations[0].item == roe
    assert not [w for w in doc.warnings if w.code == "unresolved"]


def test_a_note_broken_by_a_page_head_that_ends_in_a_date_goes_on_across_it():
    text = ("OCTOBER 2024       EXAMPLE SENTINEL       11\nThe group grew.1 It taxed.2 It lasted.3\n\nCitations\n\n"
            "1 Jane Roe, Example Book (Lima: Example Press, 2019), p. 4.\n"
            "2 Example Office, Example Survey of Crops 2022 (La Paz:\n\n12       EXAMPLE SENTINEL       OCTOBER 2024\n\n"
            "Example Office, 2023), p. 9.\n3 Ibid.\n\nOCTOBER 2024       EXAMPLE SENTINEL       13\n")
    found, _ = notes.locate(Text(text=text))
    assert [n.number for n in found] == [1, 2, 3]
    assert found[1].text == "Example Office, Example Survey of Crops 2022 (La Paz: Example Office, 2023), p. 9."
    assert found[2].text == "Ibid."


def test_markdown_italics_in_underscores_read_as_italics_but_an_address_keeps_its_underscores():
    import citex

    doc = citex.extract("Text.[^1]\n\n[^1]: Example Campaign, _Save Our Streets: Annual Report 2022_ (London: EC, 2022), 14, "
                        "https://example.org/save_our_streets_2022.\n", name="post.md")
    work = doc.notes[0].citations[0].work
    assert (work.title, work.url) == ("Save Our Streets: Annual Report 2022", "https://example.org/save_our_streets_2022")


@pytest.mark.parametrize(
    "second",
    ['2 Jane Roe, "Board Reshuffled," Example Times, June 1, 2021.', '2Jane Roe, "Board Reshuffled," Example Times, June 1, 2021.',
     '2.Jane Roe, "Board Reshuffled," Example Times, June 1, 2021.', '2“Board Reshuffled,” Example Times, June 1, 2021.'],
)
def test_a_note_whose_number_is_printed_another_way_in_a_numbered_list_is_still_a_note(second):
    import citex

    text = ("Prices fell.1 They rose.2 Then fell.3\n\nNotes\n\n1. Jane Roe, \"Power Cuts,\" Example Times, May 3, 2021.\n"
            f"{second}\n3. Tom Doe, \"Tender Stalls,\" Example Mail, June 2, 2021.\n")
    doc = citex.extract(text, name="post.txt")
    assert [n.number for n in doc.notes] == [1, 2, 3] and doc.notes[1].text.endswith("June 1, 2021.")
    assert doc.notes[0].citations[0].work.date == (2021, 5, 3) and not doc.warnings


def test_a_number_opening_a_wrapped_line_after_the_last_note_is_no_note_when_no_number_is_missing():
    import citex

    text = ("Prices fell.1 They rose.2\n\nNotes\n\n1. Jane Roe, \"Power Cuts,\" *Example Review* 65, no.\n"
            "11 (2017): 419–71.\n2. Tom Doe, \"Tender Stalls,\" Example Mail, June 2, 2021.\n")
    doc = citex.extract(text, name="post.txt")
    assert [n.number for n in doc.notes] == [1, 2]


def test_a_linked_outlet_after_a_quoted_title_is_not_quoted_as_a_title():
    import citex
    from citex import sources

    doc = citex.extract(sources.from_string(
        'Text.[^1]\n\n[^1]: "Example yacht spotted off Turkey," [Radio Free Example/Radio Liberty](https://example.org/a/123.html), '
        "March 12, 2022.\n", source="a.md"))
    work = doc.notes[0].citations[0].work
    assert (work.title, work.container, work.url) == ("Example yacht spotted off Turkey", "Radio Free Example/Radio Liberty",
                                                      "https://example.org/a/123.html")


def test_adjacent_bracket_markers_each_point_at_their_note():
    found, codes = find(f"The group expanded its operations.[1][2] It also recruited.\n\nCitations\n\n[1] {NOTE_1}\n[2] {NOTE_2}\n")
    assert numbered(found) == [(1, NOTE_1), (2, NOTE_2)]
    assert all(n.linked for n in found) and codes == []


def test_two_notes_run_on_one_line_are_two_notes():
    found, _ = find(f"Text.¹ More.²\n\nNotes\n\n1. {NOTE_1} 2. {NOTE_2}\n")
    assert numbered(found) == [(1, NOTE_1), (2, NOTE_2)]


def test_a_number_inside_a_note_after_its_next_note_is_found_stays():
    found, _ = find(f"Text.¹ More.² Later.³\n\nNotes\n\n1. See vol. 2. The rest of the note.\n2. {NOTE_1}\n3. {NOTE_2}\n")
    assert [n.number for n in found] == [1, 2, 3] and found[0].text == "See vol. 2. The rest of the note."


def test_superscript_markers_set_apart_by_a_space_each_point_at_their_note():
    found, codes = find(f"Text.¹ ² More.\n\nNotes\n\n1. {NOTE_1}\n2. {NOTE_2}\n")
    assert all(n.linked for n in found) and "note-unreferenced" not in codes


def test_a_running_head_with_one_space_after_its_page_number_is_furniture_even_inside_a_note():
    heads = ["JUNE 2021 EXAMPLE SENTINEL 31", "32 EXAMPLE SENTINEL JUNE 2021", "JUNE 2021 EXAMPLE SENTINEL 33",
             "34 EXAMPLE SENTINEL JUNE 2021", "JUNE 2021 EXAMPLE SENTINEL 35", "36 EXAMPLE SENTINEL JUNE 2021"]
    body = "\n\n".join(f"{h}\n\nBody text of page {i}, which goes on.[{i}]" for i, h in enumerate(heads[:4], start=1))
    text = (f"{body}\n\nCitations\n\n1 Jane Roe, Example Book (Lima: Example Press, 2001), 4.\n"
            f"2 Example Group, \"Getting a Grip on the Example\n\n{heads[5]}\n\nGold Rush,\" Africa Report N°282, 13 November 2019, p. 4.\n"
            f"3 Ibid., p. 5.\n4 John Doe, Other Book (Quito: Example Press, 2004), 9.\n\n{heads[4]}\n")
    found, _ = notes.locate(Text(text=text))
    assert [n.number for n in found] == [1, 2, 3, 4]
    assert found[1].text == 'Example Group, "Getting a Grip on the Example Gold Rush," Africa Report N°282, 13 November 2019, p. 4.'
    assert "SENTINEL" not in found[3].text


@pytest.mark.parametrize("head", [
    "18       EXAMPLE SENTINEL      NOVEMBER 2020                                    ROEWRITER",
    "MARCH 2020 EXAMPLE SENTINEL 17",
    "18 EXAMPLE SENTINEL MARCH 2020",
    "EXAMPLE SENTINEL | MARCH 2020 19",
])
def test_a_magazines_running_head_printed_once_among_the_notes_is_no_part_of_a_note(head):
    """A copy of two pages holds each running head once: its capitals, its issue's date and a page number tell it."""
    text = ("The group grew.1 It taxed.2\n\nCitations\n\n"
            "1 Example Watch, \"'We Used to Be Brothers': Abuses in Central Example,\" December 2018.\n\n"
            f"{head}\n\n2 Jane Roe, \"Example Envoie 600 Soldats,\" Le Figaro, 2 février 2020.\n")
    found, _ = notes.locate(Text(text=text))
    assert len(found) == 2 and found[0].text.endswith('," December 2018.') and found[1].text.endswith("Figaro, 2 février 2020.")


def test_a_line_of_capitals_with_a_date_that_is_a_note_stays_a_note():
    """A note in capitals has a comma or closes with a period."""
    text = "Text.1 More.2\n\nNotes\n\n1 EXAMPLE WATCH REPORT, MARCH 2020, 14.\n2 IBID. 15.\n"
    found, _ = notes.locate(Text(text=text))
    assert [n.text for n in found] == ["EXAMPLE WATCH REPORT, MARCH 2020, 14.", "IBID. 15."]


def test_a_heading_right_after_a_lettered_note_ends_it():
    text = ("Text.[1][a] More.[2]\n\nSubstantive Notes\n[a] All interviewees spoke on condition of anonymity.\nCitations\n"
            "[1] Jane Roe, Example Book (Lima: Example Press, 2001), 4.\n[2] Ibid., p. 4.\n")
    found, _ = notes.locate(Text(text=text))
    assert [n.number for n in found] == ["a", 1, 2]
    assert found[0].text == "All interviewees spoke on condition of anonymity."


def test_a_lettered_note_of_several_paragraphs_keeps_them_all():
    text = ("Text.[a] More.[1] Again.[b] Last.[c]\n\nSubstantive Notes\n[a] First paragraph of a remark.\n\nSecond paragraph, "
            "which cites Jane Roe, Example Book (Lima: Example Press, 2001), 7.\n\n[b] Short remark.\n\n[c] Last remark.\n\n"
            "Its second paragraph.\n\nCitations\n[1] John Doe, Other Book (Quito: Example Press, 2004), 9.\n")
    found, _ = notes.locate(Text(text=text))
    assert [n.number for n in found] == ["a", "b", "c", 1]
    assert found[0].text.endswith("Jane Roe, Example Book (Lima: Example Press, 2001), 7.")
    assert found[1].text == "Short remark."
    assert found[2].text == "Last remark. Its second paragraph."


def test_body_markers_that_change_shape_halfway_all_link_their_notes():
    text = ("One.^{[1] (# edn1)} Two.^{[2] (# edn2)} Three.[3] Four.[4]\n\nNotes\n\n"
            "[1] (# ednref1) Jane Roe, Example Book (Lima: Example Press, 2001), 4.\n[2] (# ednref2) Ibid., 5.\n"
            "[3] (# ednref3) John Doe, Other Book (Quito: Example Press, 2004), 9.\n[4] (# ednref4) Ibid., 10.\n")
    found, warnings = notes.locate(Text(text=text))
    assert [n.number for n in found] == [1, 2, 3, 4]
    assert all(n.linked for n in found) and not [w for w in warnings if w.code == "note-unreferenced"]


def test_a_wrapped_date_that_opens_with_the_next_notes_number_stays_in_its_note():
    lines = [f"{n} Jane Roe, Example Book {n} (Lima: Example Press, 2001), {n}." for n in range(1, 24)]
    lines += ["24 \"Example insurgents seize port town,\" Reuters,", "25 August 2020.", "25 The insurgents held the town for a year.",
              "26 John Doe, Other Book (Quito: Example Press, 2004), 9."]
    text = "Body text of the article.\n\nCitations\n\n" + "\n".join(lines) + "\n"
    found, warnings = notes.locate(Text(text=text))
    assert [n.number for n in found] == list(range(1, 27))
    assert found[23].text == "\"Example insurgents seize port town,\" Reuters, 25 August 2020."
    assert not [w for w in warnings if w.code == "note-duplicate"]


def test_the_next_pages_body_after_a_footnote_block_is_no_part_of_the_last_footnote():
    # a PDF's text: footnotes at the foot of a page, then the next page's body, whose note markers are glued to its words
    import citex

    text = ("Title\n\nIntroduction\nThe dams were built for power.1 Their critics said so early.2\n\n"
            "1. Jane Roe, Rivers of Power (New York: Example Press, 2001), 226.\n"
            "2. John Doe, Dams on the Line (Cambridge: Example Press, 2007), 233.\n\n"
            "EXAMPLE JOURNAL 3\n\n"
            "The Second Wave\nThe argument returned in 2013, when the ministry reopened the files.3 Few remember the "
            "date, though the press covered it at length.4 It mattered for what came after.\n\n"
            "3. Jane Roe, \u201cThe Dam Years,\u201d Example Review 4, no. 5 (2013): 193\u2013220.\n"
            "4. Ibid., 201.\n")
    doc = citex.extract(text, name="dams.txt")
    assert [n.number for n in doc.notes] == [1, 2, 3, 4]
    assert doc.notes[1].text.endswith("233.") and doc.notes[1].commentary is None


def test_a_footnote_of_addresses_after_a_note_ending_in_an_address_is_a_note():
    """Copied from a PDF: "8 https://…" after a line that ends in an address (no period) opens note 8."""
    text = ("Text.1 More.2 Again.3\n\nENDNOTES\n\n1 Jane Roe, \"Example Drone Factory,\" Example Institute, March 2024; "
            "https://t.me/example_official/8812\n2 https://t.me/example/11790; https://www.example.com/world/strikes-\n"
            "biggest-attack-2024-03-22/\n3 https://t.me/examplehydro/2054 ; https://www.example.com.ua/news/7447676/\n")
    found, _ = find(text)
    assert [n.number for n in found] == [1, 2, 3]
    assert found[1].text.startswith("https://t.me/example/11790") and found[2].text.startswith("https://t.me/examplehydro")


def test_a_footnote_that_opens_on_a_figure_is_a_note():
    """"3 10 U.S.C. § 8062(b)." and "5 2023 Index of …": the note's own text may open on a number."""
    text = ("Body.1 More.2 Again.3 Still.4 And.5 End.6\n\nNotes\n\n1 Jane Roe, Example Strategy (Washington, DC: Example Press, "
            "2022), 4.\n2 Department of Example, 2022 Example Strategy, October 27, 2022, p. 1.\n3 10 U.S.C. § 8062(b).\n4 Ibid.\n"
            "5 2023 Index of Example Strength (Washington, DC: The Example Foundation, 2022), 12.\n"
            "6 John Doe, Other Book (New York: Example, 2001), 9.\n")
    found, _ = find(text)
    assert [n.number for n in found] == [1, 2, 3, 4, 5, 6]
    assert found[2].text == "10 U.S.C. § 8062(b)." and found[4].text.startswith("2023 Index")


def test_a_footnote_that_opens_on_a_federal_register_citation_is_a_note():
    text = ("Body.1 More.2 Again.3\n\nNotes\n\n1 Department of Example, “Designation of Example Group,” press statement, "
            "January 10, 2021.\n2 86 Fed. Reg. 6731 (January 19, 2021).\n3 Ibid.\n")
    found, _ = find(text)
    assert [n.number for n in found] == [1, 2, 3] and found[1].text == "86 Fed. Reg. 6731 (January 19, 2021)."


@pytest.mark.parametrize(("broken", "joined"), [("U.S.-\nChina", "U.S.-China"), ("RR-392-\nAF", "RR-392-AF")])
def test_a_hyphen_at_a_lines_end_after_a_figure_or_an_initial_joins_the_words(broken, joined):
    found, _ = find(f"Text.1\n\nNotes\n\n1. Jane Roe, The {broken} Example (Santa Monica, CA: Example Corporation, 2015), 4.\n")
    assert found[0].text == f"Jane Roe, The {joined} Example (Santa Monica, CA: Example Corporation, 2015), 4."


def test_a_journals_running_head_with_its_issue_and_a_page_far_apart_is_no_part_of_a_note():
    head = "Revista de Ejemplo y Política Social, vol. 14, núm. 2, julio-diciembre de 2021" + " " * 36 + "96"
    text = (f"Texto.1 Más.2\n\nNotas\n\n1 Gøsta Ejemplo, Los tres mundos del ejemplo, Valencia, Edicions Exemple, 1993.\n\n{head}\n\n"
            "2 Carmelo Ejemplo, Reassembling Examples, Oxford, Oxford University Press, 2008, cap. 4.\n")
    found, _ = find(text)
    assert [n.text for n in found] == ["Gøsta Ejemplo, Los tres mundos del ejemplo, Valencia, Edicions Exemple, 1993.",
                                       "Carmelo Ejemplo, Reassembling Examples, Oxford, Oxford University Press, 2008, cap. 4."]


def test_a_report_header_that_ends_with_its_page_and_the_next_pages_body_are_no_part_of_a_footnote():
    """Copied from a Crisis Group-style PDF: each page's footnotes, then the next page's title line, its header with a
    comma and "Page N", a numbered section heading and its body with bracketed markers."""
    pages = []
    for page in range(1, 5):
        pages.append(f"Between Example and Sample: A Report\nExample Group Africa Report N°321, 14 November 2023 Page {page}\n\n"
                     f"II. Section {page}\n\nThe continuities are striking here and there, as everyone notes.[{2 * page - 1}] "
                     f"Diplomats describe a conflict in which each side feeds the other's fears.[{2 * page}]\n\n"
                     f"[{2 * page - 1}] Jane Roe, Example Book {page} (Princeton: Example Press, 2021), pp. 112-118.\n"
                     f"[{2 * page}] \"Example accuses Sample\", Reuters, {page} March 2022.\n\n")
    found, codes = notes.locate(Text(text="".join(pages)))
    assert [n.number for n in found] == list(range(1, 9))
    assert found[1].text == '"Example accuses Sample", Reuters, 1 March 2022.' and "note-unreferenced" not in codes


def test_a_german_date_wrapped_to_a_lines_start_is_no_note():
    text = ("Text.1 More.2 Again.3\n\nNotes\n\n1. Jane Roe, Example Book (Berlin: Beispiel, 2001), 4.\n"
            "2. Oberlandesgericht Beispiel, Urteil vom\n11. Juli 2018, Az. 6 St 3/12.\n3. Ibid.\n")
    found, codes = find(text)
    assert [n.number for n in found] == [1, 2, 3]
    assert found[1].text == "Oberlandesgericht Beispiel, Urteil vom 11. Juli 2018, Az. 6 St 3/12."


def _two_pages(first_page_end: str, carried: str) -> str:
    """A PDF's text: page 2's footnotes, its running head, page 3's body (its markers glued to words), then page 3's
    footnotes, which open with the end of the note page 2 could not hold."""
    return ("Title\n\nThe network grew.1 It fought on.2 It changed.3\n\n"
            "1 Jane Roe, Example Networks (New York: Example Press, 2019), 4.\n"
            f"2 {first_page_end}\n\n"
            "JUNE 2021 EXAMPLE SENTINEL 25\n\n"
            "Since the agreement, the network has taken on a larger share of the fighting, according to a commander.3 "
            "Observers describe it as the most centralised structure,4 and one that has absorbed fighters from other "
            "fronts in the south.\n\n"
            f"{carried}\n"
            "3 Author interview, Example commander from Khost province, by phone, January 2021.\n"
            "4 Ibid.\n")


@pytest.mark.parametrize(
    ("first_page_end", "carried", "ending"),
    [
        pytest.param('John Doe, "Founder of Example Network Dies," New York Times, September 4, 2018; Kathy\nExample, '
                     '"Example say founder of', 'network has died," Associated Press, September 4, 2018.',
                     'founder of network has died," Associated Press, September 4, 2018.', id="inside-a-quoted-title"),
        pytest.param("John Doe, War Comes to Example (New York: Example University Press, 2013), especially pp.", "211-245.",
                     "especially pp. 211-245.", id="before-its-pages"),
        pytest.param("Sobre la tensión entre verdad y justicia, véanse Roe Yepes y", "Doe (2005); Poe (2005).",
                     "véanse Roe Yepes y Doe (2005); Poe (2005).", id="after-a-spanish-y"),
    ],
)
def test_a_footnote_that_runs_onto_the_next_page_after_its_body_text_keeps_its_end(first_page_end, carried, ending):
    doc = citex.extract(_two_pages(first_page_end, carried), name="pdf.txt")
    assert [n.number for n in doc.notes] == [1, 2, 3, 4]
    assert doc.notes[1].text.endswith(ending)
    assert doc.notes[2].text.startswith("Author interview")


def test_a_footnote_whose_end_opens_the_next_pages_notes_below_their_rule_and_with_a_day():
    # page 3's footnotes open, below the rule, with the day and the address of the note page 2 broke off; the running
    # title between the pages is no part of it
    text = ("Title\n\nThe network grew.1 It fought on.2 It changed.3\n\n"
            "1 Jane Roe, Example Networks (New York: Example Press, 2019), 4.\n"
            '2 Example Committee, "Example Needs Skyrocket," news release,\n\n'
            "Example Research Unit | Briefing Paper No. 7                     2\n\n"
            "EXAMPLE RISK AND THE POLITICS OF ACCESS\n\n"
            "Since the agreement, the network has taken on a larger share of the fighting.3 Observers describe it as the "
            "most centralised structure.4\n\n"
            "_____________________\n"
            "12 April 2024, https://www.example.org/en/document/example-needs.\n"
            "3 Author interview, Example commander from Khost province, by phone, January 2021.\n"
            "4 Ibid.\n")
    doc = citex.extract(text, name="pdf.txt")
    assert [n.number for n in doc.notes] == [1, 2, 3, 4]
    assert doc.notes[1].text == ('Example Committee, "Example Needs Skyrocket," news release, 12 April 2024, '
                                 "https://www.example.org/en/document/example-needs.")


def test_a_finished_footnote_takes_nothing_from_the_next_page():
    doc = citex.extract(_two_pages("John Doe, Example Book (New York: Example Press, 2013), 45.",
                                   "the line before the next page's first note, which is body text."), name="pdf.txt")
    assert doc.notes[1].text.endswith("2013), 45.")


@pytest.mark.parametrize("furniture", ["© 2021 Example UK Limited, trading as Example Group", "1016 R. EXAMPLE",
                                       "212 J. ROE AND K. DOE"])
def test_a_journals_first_page_footer_and_left_hand_head_are_no_part_of_a_note(furniture):
    text = ("Title\n\nText.1 More.2\n\nNotes\n\n1. Jane Roe, Example Revival (New Haven: Example University Press, 2014), 142.\n"
            f"{furniture}\n2. Roe, Example Revival, 31.\n")
    found, _ = find(text)
    assert numbered(found) == [(1, "Jane Roe, Example Revival (New Haven: Example University Press, 2014), 142."),
                               (2, "Roe, Example Revival, 31.")]


def test_a_lettered_note_loses_its_web_pages_back_link():
    text = ("Title\n\nText.[1][a] More.[2]\n\nSubstantive Notes\n[a] (# ednrefa) The valley runs south of the city.\n\n"
            "Citations\n[1] (# ednref1) Jane Roe, *Example* (New York: Example Press, 2001), 4.\n"
            "[2] (# ednref2) Ibid., 5.\n")
    doc = citex.extract(text, name="ctc.txt")
    lettered = [n for n in doc.notes if n.number == "a"]
    assert lettered and lettered[0].text == "The valley runs south of the city."


@pytest.mark.parametrize(
    ("head", "number_line"),
    [
        pytest.param("14 | Example Briefs", "", id="a-page-and-its-series-set-apart-by-a-bar"),
        pytest.param("Beyond the Example Point | 15", "", id="a-title-and-its-page-set-apart-by-a-bar"),
        pytest.param("Roe and Doe-Example", "31", id="a-running-head-then-its-page-number"),
    ],
)
def test_footers_printed_twice_are_no_part_of_a_note(head, number_line):
    foot = f"{head}\n{number_line}\n" if number_line else f"{head}\n"
    text = ("Title\n\nText.1 More.2 Again.3\n\nNotes\n\n"
            "1 Jane Roe, Example Book (New York: Example Press, 2001), 4.\n" + foot +
            "2 John Doe, Other Book (New York: Example Press, 2002), 5.\n" + foot +
            "3 Ibid., 6.\n")
    found, _ = find(text)
    assert [n.text for n in found] == ["Jane Roe, Example Book (New York: Example Press, 2001), 4.",
                                       "John Doe, Other Book (New York: Example Press, 2002), 5.", "Ibid., 6."]


def test_a_footnote_opening_on_a_chinese_book_title_mark():
    text = ("Title\n\nText.1 More.2 End.3\n\nNotes\n\n1 Roe, Innovate to Example, 88.\n"
            "2 《中华人民共和国国家安全法》 [National Security Law], adopted July 1, 2015, art. 2.\n3 Ibid.\n")
    found, _ = find(text)
    assert [n.number for n in found] == [1, 2, 3] and found[1].text.startswith("《")


def test_dashes_typed_as_hyphens_read_as_dashes():
    import citex

    doc = citex.extract("Text.[^1] More.[^2] And.[^3]\n\n[^1]: Jane Roe, *Example History, 1909--1949 --- A Survey* (London: "
                        "Example Press, 2010), 655--58.\n[^2]: Roe, *Example History*, 701--3.\n[^3]: Ibid., 710--12.\n",
                        name="a.md")
    assert [(c.kind, c.locator) for n in doc.notes for c in n.citations] == [
        ("full", "655-58"), ("short", "701-3"), ("ibid", "710-12")]
    assert doc.notes[0].citations[0].work.title == "Example History, 1909–1949 — A Survey"


PAGED_REPORT = """Example Report on the Valley
Example Group Report N°1, 1 June 2024

I.    Introduction

The siege of the example town began in April.1 The council met twice.2

1 Jane Roe, The Example Valley: A History (London, 2008).
2 Example Security Council Resolution 1234 (2024), 13 June 2024. On the council's earlier record, see
“Report of the Example Commission of Inquiry on the Valley to the United

Example Report on the Valley
Example Group Report N°1, 1 June 2024                                                     Page 2

II.   The Siege of the Town

Since April 2024, the militia has encircled the town, the last district capital outside its control.3 The
town, home to many people, has been cut off from food and fuel for months, and aid has not reached it.4

Nations Secretary-General”, S/2005/60, 1 February 2005, pp. 3-5.
3 John Doe, “Example Article,” Example Journal 12, no. 3 (2020): 1–20.
4 Roe, The Example Valley, p. 40.
"""


def test_a_footnote_carried_over_a_page_break_keeps_its_tail_and_drops_the_next_heading():
    import citex

    doc = citex.extract(PAGED_REPORT)
    first, second = doc.notes[0], doc.notes[1]
    assert first.text.endswith("(London, 2008).")  # the next page's heading "II. The Siege of the Town" is no note text
    assert second.text.endswith("S/2005/60, 1 February 2005, pp. 3-5.")
    assert second.citations[-1].work.genre == "S/2005/60"  # the work in the tail is read
    assert [c.kind for n in doc.notes for c in n.citations].count("short") == 1  # no heading read as a short form


def test_pdf_footnotes_whose_numbers_are_glued_to_their_first_word():
    import citex

    text = ("Example Office Report\n\nLetter\n\nSince 2000 the programme has grown.1 Congress funded it.2 The list began "
            "in 1986.3\n\nPage 1 EXO-21-312 Example Report\n\n"
            "1Department of Example, Bureau of Examples, Example Strategy Report (Washington, D.C.: March 2020), 127.\n"
            "2“Example Act Passed,” New York Times, June 2, 2000.\n"
            "322 U.S.C. § 2291j-1.\n\nPage 2 EXO-21-312 Example Report\n")
    doc = citex.extract(text)
    assert [n.number for n in doc.notes] == [1, 2, 3]
    assert doc.notes[0].text.startswith("Department of Example") and doc.notes[2].text.startswith("22 U.S.C.")


def test_a_text_with_numbers_at_line_starts_but_no_sequence_has_no_notes():
    import citex

    doc = citex.extract("Example\n\n1999Was a year.\n2Things happened.\n7Other things.\n")
    assert not doc.notes and any(w.code == "no-notes" for w in doc.warnings)


def test_a_footnote_continued_on_the_next_page_is_one_note():
    import citex

    text = ("Example Sanctions\n\nBody text.8 More text.9\n\n8 31 C.F.R. Part 591.\n9 Telephone interview with officials of "
            "the Example Office, September 9, 2020. The officials\n(continued...)\n\nEXO-2\n\nNext page of the body.10\n\n"
            "9 (...continued)\nrequested that their names not be used.\n10 “Example Sanctions Imposed,” Reuters, "
            "February 14, 2017.\n")
    doc = citex.extract(text)
    assert [n.number for n in doc.notes] == [8, 9, 10]
    assert doc.notes[1].text.endswith("The officials requested that their names not be used.")
    assert not any(w.code == "note-duplicate" for w in doc.warnings)


def test_superscript_markers_set_side_by_side_point_at_each_note():
    import citex

    notes = "".join(f"{k}. Jane Roe, *Example {k}* (London: Example Press, 2001), {k}.\n" for k in range(1, 13))
    doc = citex.extract("Title\n\nThe ambassador was expelled.¹ More followed.²³⁴ Then.⁵⁶ Later.⁷⁸⁹¹⁰ Last.¹¹¹²\n\nNotes\n\n"
                        + notes)
    assert len(doc.notes) == 12 and not any(w.code == "note-unreferenced" for w in doc.warnings)


def test_back_links_closing_a_footnote_are_no_part_of_it():
    import citex

    doc = citex.extract("Text.[^1] More.[^2]\n\n[^1]: Jane Roe, *The Example Weapon* (New Haven: Example Press, 2022), 4. ↩︎\n"
                        "[^2]: Roe, *The Example Weapon*, 50. ↩︎ ↩︎2\n")
    assert doc.notes[1].text == "Roe, *The Example Weapon*, 50."
    assert [(c.kind, c.item) for c in doc.notes[1].citations] == [("short", doc.notes[0].citations[0].item)]


def test_an_address_broken_before_a_hyphen_or_a_slash_or_after_its_scheme_is_one_address():
    import citex

    text = ("Text.1 More.2 Third.3\n\nNotes\n\n1. Jane Roe, “Example Warfare,” Example Review, March 2016, "
            "https://example.com/2016/03/russian-hybrid\n-warfare-and-other-dark-arts/.\n"
            "2. Example Alliance, “Opinion,” 2018, https://www.example.int\n/cps/en/opinions_133276.htm.\n"
            "3. John Doe, “Reflections,” Example Journal, 2011, available at <https://\nexample.org/jrnl/art/decade>.\n")
    urls = [n.citations[0].work.url for n in citex.extract(text).notes]
    assert urls == ["https://example.com/2016/03/russian-hybrid-warfare-and-other-dark-arts/",
                    "https://www.example.int/cps/en/opinions_133276.htm", "https://example.org/jrnl/art/decade"]


def test_a_footnote_that_opens_on_an_attributed_author_in_brackets_is_a_note():
    text = ("Body.7 More.8 Again.9\n\nNotes\n\n7 Ibid., fo. 130.\n8 [J. E. Roe], Notes and Observations on the Example Papers "
            "(London, 1820), pp. 45–8.\n9 Ibid., p. 50.\n")
    found, _ = find(text)
    assert [n.number for n in found] == [7, 8, 9] and found[1].text.startswith("[J. E. Roe], Notes")


def test_a_running_head_with_its_page_word_printed_twice_is_page_furniture():
    from citex.notes import _without_page_furniture

    head = "Example Group Latin America Report N°103, 13 December 2023" + " " * 38
    lines = ["Example Harvest", "", "Body text of the first page.1", "", "1 “Example cese al fuego”, El Espectador, 19 March "
             "2023.", "", "Example Harvest: Armed Groups and Coca", head + "Page 2", "", "Body text of the second page.2", "",
             "2 “Otro ejemplo”, Semana, 20 March 2023.", "", "Example Harvest: Armed Groups and Coca", head + "Page 3", ""]
    kept = _without_page_furniture("\n".join(lines))
    assert "Report N°103" not in kept and "Page" not in kept  # (printed twice, with its page word: three times was enough)


def test_a_sites_address_and_telephone_after_the_notes_is_no_part_of_the_last_note():
    import citex

    doc = citex.extract("Title\n\nText.[1]\n\nNotes\n\n[1] https://t.me/example/18455 ; https://t.me/example/26101\n\n"
                        "© 2024 Example Institute. All rights reserved.\n\n"
                        "1400 Example Street NW, Suite 515 | Washington, DC 20036 | (202) 555-0150\n")
    (n,) = doc.notes
    assert n.text == "https://t.me/example/18455 ; https://t.me/example/26101" and len(n.citations) == 2


def test_notes_numbered_from_one_again_in_each_chapter_are_all_kept():
    # books and long reports number their endnotes by chapter, under each chapter's heading in the Notes
    import citex

    chapter = "".join(f"{i}. Jane Roe, Example Book {i} (London: Verso, 2019), {i}.\n" for i in range(1, 5))
    doc = citex.extract("Title\n\nText.\n\nNOTES\n\nChapter 1: The Base\n\n" + chapter + "\nChapter 2: The Years of Lead\n\n"
                        + chapter + "\nChapter 3: The Lawyers' War\n\n" + chapter)
    assert [n.number for n in doc.notes] == [1, 2, 3, 4] * 3
    assert all(not n.text.endswith(("Lead", "War")) for n in doc.notes)
    assert [w.code for w in doc.warnings] == ["notes-by-chapter"]


@pytest.mark.parametrize("headings", [("1. The Base", "2. The Years of Lead", "3. The Lawyers' War"),
                                      ("I. THE BASE", "II. THE YEARS OF LEAD", "III. THE LAWYERS' WAR"),
                                      ("### I. The Base", "### II. The Years of Lead", "### III. The Lawyers' War"),
                                      ("The Base", "The Years of Lead", "The Lawyers' War"),
                                      ("Prologue", "1. The Years of Lead", "Epilogue")],
                         ids=["numbered", "roman-capitals", "markdown-roman", "bare-titles", "prologue-and-numbered"])
def test_notes_numbered_again_under_headings_without_the_word_chapter_are_all_kept(headings):
    # trade books head each chapter's notes with its number and title, or its title alone; magazines with roman numerals
    import citex

    chapter = "".join(f"{i}. Jane Roe, Example Book {i} (London: Verso, 2019), {i}.\n" for i in range(1, 5))
    doc = citex.extract("Title\n\nText.\n\nNOTES\n\n" + "".join(f"{h}\n\n{chapter}\n" for h in headings))
    assert [n.number for n in doc.notes] == [1, 2, 3, 4] * 3
    assert all(n.text.endswith(("2019), 1.", "2019), 2.", "2019), 3.", "2019), 4.")) for n in doc.notes)
    assert "notes-by-chapter" in [w.code for w in doc.warnings]


def test_a_pdfs_footnotes_numbered_alone_on_their_line_then_as_superscripts_are_all_kept():
    # pdftotext prints a footnote's number alone on its line (its text indented below) on some pages and as a superscript
    # on others; the numbering runs on across both
    import citex

    page1 = "".join(f"   {i}\n      Roe, J. ({2000 + i}), “Example Paper {i},” Journal of Examples {i}: 1–10.\n"
                    for i in range(1, 5))
    page2 = "".join(f"{chr(0x2070 + i) if i > 3 else '¹²³'[i - 1]} Doe, A. ({2010 + i}), “Other Paper {i},” Review of "
                    "Examples 3: 5–9.\n" for i in (5, 6, 7))
    body = ("Title\n\nText one.1 Text two.2 Text three.3 Text four.4\n\n" + page1 + "\n                 1\n\n"
            "More text.5 Again.6 And.7\n\n" + page2 + "\n                 2\n")
    doc = citex.extract(body)
    assert [n.number for n in doc.notes] == [1, 2, 3, 4, 5, 6, 7]


def test_a_pages_number_alone_after_a_notes_last_sentence_is_no_pinpoint():
    # a PDF copy prints the page's number on a line of its own at the foot; it is no page cited
    found, _ = notes.locate(Text(text="Body.\n\nNOTES\n1. Jane Roe, “The Example Bomb,” International Security 26, no. 2 "
                                      "(Fall 2001): 45–86.\n34\n\n2. Roe, “Example Bomb,” 50.\n"))
    assert [n.text for n in found] == ["Jane Roe, “The Example Bomb,” International Security 26, no. 2 (Fall 2001): 45–86.",
                                       "Roe, “Example Bomb,” 50."]
    doc = citex.extract("Body.\n\nNOTES\n1. Jane Roe, “The Example Bomb,” International Security 26, no. 2 (Fall 2001): 45–86.\n"
                        "34\n\n2. Roe, “Example Bomb,” 50.\n")
    first = doc.notes[0].citations[0]
    assert (first.locator, first.work.page) == (None, "45-86")


def test_a_journals_running_foot_with_its_month_in_small_letters_is_no_part_of_a_note():
    found, _ = notes.locate(Text(text="Title\n\nBody.\n\nMore body.\n\nNOTES\n1. Jane Roe, Example Missile Programs, CRS In "
                                      "Focus IF10472 (Washington,\nDC: Congressional Research Service, 2023), 2.\n\n"
                                      "32 June 2024 EXAMPLE CONTROL TODAY\n\n2. Roe, Example Missile Programs, 3.\n"
                                      "3. Roe, Example Missile Programs, 4.\n4. Ibid., 5.\n"))
    assert [n.text.split()[-1] for n in found] == ["2.", "3.", "4.", "5."]


def test_a_running_head_that_opens_on_its_page_number_is_no_note():
    # the head is printed on other pages too; after the last note its page number would read as a note's
    head = "EXAMPLE FORESTS, EXAMPLE LIVES | Research Paper No. 7"
    cited = "".join(f"{n:<5}Roe, Example Book, {n + 3}.\n" for n in range(2, 33))
    text = (f"{head}\n\nBody.1\n\nMore body.2\n\n40 {head}\n\nEndnotes\n1    Jane Roe, Example Book (London: Example,\n"
            f"     2010), 4.\n{cited}\n42 {head}\n\nExample Centre\nJl. Example No. 10, Jakarta 12730\nwww.example.org\n")
    found, warnings = notes.locate(Text(text=text))
    assert [n.number for n in found] == list(range(1, 33))
    assert not [w for w in warnings if w.code == "note-missing"]


def test_a_running_head_set_apart_between_two_notes_is_no_part_of_the_first():
    head = "EXAMPLE FORESTS, EXAMPLE LIVES | Research Paper No. 7"
    found, _ = notes.locate(Text(text=f"Body.\n\nNotes\n\n1   Jane Roe, “Deforestation,” 1995.\n\n42 {head}\n\n"
                                      "2   Roe, “Deforestation,” 12.\n"))
    assert [n.text for n in found] == ["Jane Roe, “Deforestation,” 1995.", "Roe, “Deforestation,” 12."]


def test_a_documents_symbol_broken_at_a_slash_across_lines_is_joined_whole():
    found, _ = notes.locate(Text(text="Body.\n\nNOTES\n1. UN Security Council Resolution 2397, S/\nRES/2397 (December 22, 2017).\n"
                                      "2. IAEA, Example Safeguards, GOV/\n2023/40-GC(67)/20, August 21, 2023.\n"
                                      "3. Jane Roe, “Title,” Example Journal 4 (2020): 1–\n20; and/\nor more.\n"))
    assert [n.text for n in found] == ["UN Security Council Resolution 2397, S/RES/2397 (December 22, 2017).",
                                       "IAEA, Example Safeguards, GOV/2023/40-GC(67)/20, August 21, 2023.",
                                       "Jane Roe, “Title,” Example Journal 4 (2020): 1–20; and/ or more."]


def _working_paper(second_note: str, after_head: str) -> str:
    """Three pages of a working paper copied from a PDF: footnotes at each page's foot, then "Page n of 4" and the
    running head; ``after_head`` opens the second page."""
    foot = "Working Paper 2024/03" + " " * 53 + "Page {} of 4"
    head = "Example Running Head of the Paper"
    return (f"{head}\n\nThe board annulled the result after a recount that the opposition contested.1 The\n"
            "decision was widely reported at the time and discussed in the press for weeks.2\n\n"
            f"1 Jane Roe, Example Book (London: Example, 2010), 12.\n2 {second_note}\n\n"
            f"{foot.format(1)}\n\n\n{head}\n\n{after_head}\n\n"
            "In the March 2019 local elections the opposition candidate won the city by a\n"
            "margin of some thousands of votes, and the board annulled the result.3 The rerun\n"
            "was decisive for the opposition and for the government alike.4\n\n"
            "3 Roe, Example Book, 14.\n4 Ibid.\n\n"
            f"{foot.format(2)}\n\n\n{head}\n\nThe last page of the text goes on without notes, as last pages do.\n\n"
            f"{foot.format(3)}\n")


@pytest.mark.parametrize("heading", ["2. The Example Rerun", "The Example Rerun"])
def test_the_heading_of_the_next_pages_text_is_no_part_of_the_last_footnote(heading):
    # after the page's foot ("Page 1 of 4") and its running head, a section's heading, numbered or not, opens the body
    doc = citex.extract(_working_paper("Ibid., 12–13.", heading))
    second = doc.notes[1]
    assert (second.text, [(c.kind, c.locator) for c in second.citations]) == ("Ibid., 12–13.", [("ibid", "12-13")])


def test_bodies_named_in_hungarian_polish_and_turkish_are_bodies():
    from citex.parse.names import parse_names

    for body in ("Nemzeti Választási Iroda", "Państwowa Komisja Wyborcza", "Yüksek Seçim Kurulu"):
        assert [n.literal for n in parse_names(body)] == [body]
    assert [(n.family, n.given) for n in parse_names("Jan Rada")] == [("Rada", "Jan")]  # (a family name, no council)


def test_a_footnote_runs_on_across_a_page_foot_that_says_page_n_of_m():
    # "Page 1 of 4" is the page's foot, as a bare page number is: the note's end on the next page is joined to it
    doc = citex.extract(_working_paper("Ibid., 12–13. On the refusal of the courts, see Human Rights Watch,",
                                       '"Example: Mayors Removal Violates Voters Rights," 7 February 2020,\n'
                                       "https://www.hrw.org/news/2020/02/07/example-mayors-removal."))
    second = doc.notes[1]
    assert [(c.kind, c.work.authors[0].literal if c.kind == "full" else None) for c in second.citations] == [
        ("ibid", None), ("full", "Human Rights Watch")]


def test_an_address_broken_inside_its_host_name_at_a_line_end_is_joined_whole():
    found, _ = notes.locate(Text(text="Body.\n\nNOTES\n1. Matt Roe, “Example Regulations” (Washington, DC: Example Endowment, "
                                      "July 2023), https://carnegie\nendowment.org/research/2023/07/example.\n"
                                      "2. See https://www.example.org\nand the report it links.\n"))
    assert [n.text for n in found] == [
        "Matt Roe, “Example Regulations” (Washington, DC: Example Endowment, July 2023), "
        "https://carnegieendowment.org/research/2023/07/example.",
        "See https://www.example.org and the report it links."]


def _pdf_notes_with_furniture(footer: str, head: str) -> str:
    """Notes copied from a journal's PDF: its long footer with commas, the page's number and the article's running head
    between the notes, one page after another."""
    lines = ["Notas", ""]
    page = 201
    for number in range(1, 13):
        lines.append(f"{number} Jane Roe, Un ejemplo de libro número {number} (Lima: Editorial Ejemplo, 2015), pp. 88-95.")
        if number % 4 == 0:
            lines += ["", footer, "", str(page), "", head, ""]
            page += 1
    return "\n".join(lines) + "\n"


def test_a_journals_footer_and_running_head_repeated_on_every_page_are_no_part_of_the_notes():
    footer = "Revista de Ejemplo, n.º 131, (septiembre 2022), p. 187-209. ISSN:1133-6595 – E-ISSN:2013-035X"
    head = "Coca, Estado y violencia en el valle"
    doc = citex.extract(_pdf_notes_with_furniture(footer, head))
    assert len(doc.notes) == 12
    assert not any("ISSN" in n.text or "Coca, Estado" in n.text or n.text.endswith(("201", "202")) for n in doc.notes)
    assert all(c.locator == "88-95" for n in doc.notes for c in n.citations)


def test_a_springer_pages_links_after_each_reference_are_no_part_of_it():
    doc = citex.extract("Notes\n\n1. Roe, J. Example title. Nat. Example 4, 347–354 (2018).\nArticle CAS Google Scholar\n"
                        "2. Doe, A. Another title. Nat. Example 5, 1–9 (2019).\n\nDownload references\n")
    assert [n.text for n in doc.notes] == ["Roe, J. Example title. Nat. Example 4, 347–354 (2018).",
                                           "Doe, A. Another title. Nat. Example 5, 1–9 (2019)."]


def test_a_note_glued_to_its_back_link_anchor_loses_the_anchor_not_the_citation():
    doc = citex.extract("Body text.[1] (#_edn1) More.[2] (#_edn2)\n\nCitations\n\n"
                        "[1] (#_ednref1) Jane Roe, *Example Book* (London: Verso, 2015), 4.\n\n[2] (#_ednref2)Ibid, pp. 260-262.\n")
    assert [(n.text, n.citations[0].kind) for n in doc.notes][1] == ("Ibid, pp. 260-262.", "ibid")


def test_an_address_that_ends_on_its_slash_is_not_joined_to_the_words_on_the_next_line():
    doc = citex.extract("Text.[^1]\n\n[^1]: Jane Roe, ‘The Legality of the Example Strikes’ (*Example Talk!*, 15 January 2024)\n"
                        "    <https://www.example.org/the-legality-of-the-example-strikes/>\n    accessed 3 February 2024.\n")
    work = doc.items[0].work
    assert (work.url, work.accessed) == ("https://www.example.org/the-legality-of-the-example-strikes/", (2024, 2, 3))


def test_the_stamp_of_who_downloaded_a_pdf_is_no_part_of_a_note():
    text = ("Text.\n\nNotes\n\n1. Roe 2009, 173. Roe's argument about protection markets travels\n"
            "Downloaded by [University of Example] at 04:12 18 May 2021\nsurprisingly well to Helmand.\n2. Ibid., 4.\n"
            + "".join(f"{n}. Ibid., {n}.\n" for n in range(3, 10)))
    found, _ = notes.locate(Text(text=text))
    assert " ".join(found[0].text.split()) == "Roe 2009, 173. Roe's argument about protection markets travels surprisingly well " \
        "to Helmand."


@pytest.mark.parametrize("keyed", [
    'p. 1 "more than a third of the example": Jane Roe, *Example Report* (Vienna: Example Office, 2023), 28.\n\n'
    'p. 3 "the bodies were hung": Ibid.\n\np. 4 "a banana box": Interview with a customs inspector, Antwerp, 14 March 2023.\n',
    '**"the most powerful official"**: Jane Roe, *Example Report* (Vienna: Example Office, 2023), 28.\n\n'
    '**"suitcases of cash"**: Ibid.\n\n**"a banana box"**: Interview with a customs inspector, Antwerp, 14 March 2023.\n',
])
def test_notes_keyed_to_a_phrase_or_page_are_numbered_in_order(keyed):
    """A long read's "Notes on sources": no note was found at all."""
    found, warnings = notes.locate(Text(text="A long read's text.\n\nNotes on sources\n\n" + keyed))
    assert [(n.number, n.text.split(",")[0]) for n in found] == [(1, "Jane Roe"), (2, "Ibid."), (3, "Interview with a customs inspector")]
    assert [w.code for w in warnings][:1] == ["notes-keyed"]


def test_a_books_notes_keyed_to_a_page_number_and_a_phrase_are_numbered_in_order_without_their_keys():
    # trade books print '27 “sealed until death”: …' (the page, a phrase of it, the source): the page is no note's
    # number, the phrase no part of the citation, the chapters' headings between them no part of any note
    keyed = ("NOTES\n\nPROLOGUE\n\n1 “a cold night”: Author interview with Jane Roe, Belfast, June 2014.\n"
             "1 the flats: Jane Roe, *Example History* (New York: Norton, 2002), 85–87.\n"
             "3 “Nobody came”: Ibid., 90.\n\nCHAPTER ONE: THE UNKNOWNS\n\n"
             "9 driving people across: Roe, Example History, 124.\n"
             "9 The tapes: John Doe, “Example Story,” Irish News, February 18, 2010.\n"
             "12 “I drove her”: Ibid.\n")
    doc = citex.extract("Title\n\nA book's text.\n\n" + keyed)
    assert [n.number for n in doc.notes] == [1, 2, 3, 4, 5, 6]
    assert [n.text.split(",")[0] for n in doc.notes] == ["Author interview with Jane Roe", "Jane Roe", "Ibid.", "Roe",
                                                         "John Doe", "Ibid."]
    assert "UNKNOWNS" not in doc.notes[2].text
    assert [c.kind for n in doc.notes for c in n.citations] == ["full", "full", "ibid", "short", "full", "ibid"]
    assert doc.notes[2].citations[0].item == doc.notes[1].citations[0].item
    assert [w.code for w in doc.warnings][:1] == ["notes-keyed"]


def test_notes_numbered_without_a_stop_are_not_taken_for_keyed_notes():
    # numbered notes never print a number twice: a note opening on a title and its subtitle keeps its number
    found, warnings = notes.locate(Text(text="Body.\n\nNotes\n\n" + "".join(
        f"{i} Example Title: A Subtitle, {i}.\n" for i in range(1, 8))))
    assert [n.number for n in found] == list(range(1, 8)) and "notes-keyed" not in [w.code for w in warnings]


def test_one_lettered_note_under_its_heading_is_a_note():
    """CTC Sentinel's "Substantive Notes" may hold a single [a]; copied with its marker flattened ("mattered.a"), it was lost."""
    import citex

    doc = citex.extract("Title\n\nThe group was founded in 1999.1 Their training mattered.a More.2\n\nSubstantive Notes\n"
                        "[a] The deserters are usually said to have come from the special forces.\n\nCitations\n"
                        "[1] Jane Roe, \"The Example in Guatemala,\" Example Crime, September 8, 2011.\n[2] Ibid.\n")
    assert [n.number for n in doc.notes] == ["a", 1, 2]


def test_bracketed_lists_and_ranges_of_references_mark_each_one():
    """"[1, 2]", "[4–5]" and "[6]-[7]" each call several references; every one of them was reported unreferenced."""
    body = "Flows grew [1, 2]. Rules tightened [3]. Banks left [4–5]. Courts acted [6]-[7].\n\nReferences\n\n"
    refs = "".join(f"[{n}] Roe, Jane. 20{10 + n}. Example Study {n}. London: Example Press.\n" for n in range(1, 8))
    found, warnings = notes.locate(Text(text=body + refs))
    assert len(found) == 7 and not [w for w in warnings if w.code == "note-unreferenced"]


def test_lettered_notes_as_a_pdf_prints_them_under_their_heading():
    """CTC Sentinel's PDF prints "a These figures …": the letters lost their brackets and the notes were lost."""
    import citex

    doc = citex.extract("Title\n\nText 2017,1 with more.a And.2\n\nSubstantive Notes\na These figures include armed combatants "
                        "and support networks. The military\nuses another term.\nb On the killings, see \"Ecuador confirma "
                        "la muerte de los periodistas,\" El Comercio (Quito), April 13, 2018.\n\nCitations\n1 Jane Roe, "
                        "\"Ending Example Conflict,\" Example Crime, April 2014.\n2 Ibid.\n")
    assert [n.number for n in doc.notes] == ["a", "b", 1, 2]
    assert doc.notes[0].text.endswith("uses another term.") and doc.notes[1].citations[0].work.container == "El Comercio"


ENDNOTES_AFTER_THE_TEXT = """The Army That Wasn't There

The army collapsed in eleven days.1 Its numbers were inflated for years.2 Nobody counted the soldiers.3

1 Carter Malkasian, The American War in Afghanistan: A History (New York: Oxford University Press, 2021), 4–6.

2 Ibid., 52.

Roe's account is consistent with what the author saw in Kandahar in 2014. See also Craig Whitlock, "At War With the Truth," Washington Post, Dec. 9, 2019.

3 Jason Lyall, Divided Armies: Inequality and Battlefield Performance in Modern War (Princeton, NJ: Princeton University Press, 2020).
"""


def test_a_second_paragraph_of_an_endnote_set_after_the_text_stays_with_its_note():
    # notes numbered "2 Ibid." with no heading, every body marker before them: these are endnotes, not footnotes pasted
    # between pages, and the paragraph after note 2 is its own
    import citex

    doc = citex.extract(ENDNOTES_AFTER_THE_TEXT)
    assert [n.number for n in doc.notes] == [1, 2, 3]
    assert [c.kind for c in doc.notes[1].citations] == ["ibid", "full"]
    assert doc.notes[1].citations[1].work.authors[0].family == "Whitlock"


def test_a_second_paragraph_of_an_html_note_numbered_by_a_superscript_stays_with_its_note():
    import citex

    html = ("<html><body><article><p>The executive answered alone.<sup>1</sup> The courts left it open.<sup>2</sup> "
            "Scholars found little.<sup>3</sup></p><h2>Notes</h2>"
            "<p><sup>1</sup> Charlie Roe, Power Wars: Inside the Presidency (New York: Little, Brown, 2015).</p>"
            "<p>The book is the fullest account of the debates. See also Jack Doe, Power and Constraint: The Accountable "
            "Presidency After 9/11 (New York: W. W. Norton, 2012).</p>"
            "<p><sup>2</sup> Ibid., 12.</p><p><sup>3</sup> Ibid., 14.</p></article></body></html>")
    doc = citex.extract(html.encode(), input_format="html")
    assert [n.number for n in doc.notes] == [1, 2, 3]
    assert [[a.family for a in c.work.authors] for c in doc.notes[0].citations] == [["Roe"], ["Doe"]]


def test_a_browsers_print_head_and_foot_inside_a_note_are_dropped():
    # a web page printed to PDF and copied: "9/14/21, 10:02 AM <title>" heads each page, "<address> 2/4" foots it
    import citex

    text = ("Title\n\nFirst claim.1 Second claim.2\n\nNotes\n\n1 Susannah Roe, \"Afghanistan's Military\n"
            "https://example.com/2021/09/the-army-that-wasnt-there/ 2/4\n"
            "9/14/21, 10:02 AM The Army That Wasn't There - Example Site\n"
            "Collapse: Illicit Deals and Mass Desertions,\" Washington Post, Aug. 15, 2021.\n2 Ibid.\n")
    doc = citex.extract(text)
    w = doc.notes[0].citations[0].work
    assert w.title == "Afghanistan’s Military Collapse: Illicit Deals and Mass Desertions" and w.url is None


def test_a_running_head_printed_once_with_its_page_number_inside_a_note_is_dropped():
    import citex

    text = ("Report body text.1 More text.2 And more.3 Again.4\n\nNotes\n\n"
            "1 Ahmed Roe, Descent into Example: The Failure of Nation Building in Pakistan (New York: Viking, 2008), p. 265.\n"
            "2 Barnett R. Doe, Afghanistan from the Cold War through the War on Terror (New York: Oxford University\n\n"
            "48   The International Institute for Strategic Studies\n\n"
            "Press, 2013), pp. 420–35.\n3 Ibid., p. 430.\n\nCounterterrorism After Withdrawal   49\n\n"
            "4 Anand Poe, No Good Men Among the Living (New York: Metropolitan Books, 2014).\n")
    doc = citex.extract(text)
    assert [n.number for n in doc.notes] == [1, 2, 3, 4]
    assert doc.notes[1].citations[0].work.publisher == "Oxford University Press"
    assert [c.kind for c in doc.notes[2].citations] == ["ibid"]


def test_a_line_wrapped_after_pp_that_opens_on_a_figure_is_no_new_note():
    # a PDF's copy: "…, 2016), pp." then "2 and 31-33." on the next line, before the real note 2
    import citex

    doc = citex.extract("Title\n\nFirst claim.1 Second claim.2 Third claim.3\n\nNotes\n"
                        "1 Brian Roe, The Master Plan (New Haven, CT: Yale University Press, 2016), pp.\n2 and 31-33.\n"
                        "2 Daniel Doe, Road Warriors (New York: Oxford University Press, 2019).\n3 Roe, p. 40.\n")
    assert [n.number for n in doc.notes] == [1, 2, 3] and not [w for w in doc.warnings if w.code == "note-duplicate"]
    assert doc.notes[0].citations[0].locator == "2, 31-33"


@pytest.mark.parametrize("tail", ["Share  Tweet  Email", "Share this: Twitter | Facebook | Email", "4 Comments",
                                  "1. Bob K.: Good piece. See H.R. 256.\n2. L. Chen: Read the case again."])
def test_what_a_page_sets_right_after_its_last_note_is_no_part_of_it(tail):
    # a share bar, a count of comments, or the comments themselves numbered afresh from 1, with no blank line between
    import citex

    doc = citex.extract("Title\n\nFirst claim.1 Second claim.2 Third claim.3\n\nNotes\n\n"
                        "1. Craig Roe, The Example Papers (New York: Simon & Schuster, 2021).\n2. Ibid., 52.\n3. Ibid., 60.\n"
                        f"{tail}\n")
    assert [n.number for n in doc.notes] == [1, 2, 3]
    assert doc.notes[2].text == "Ibid., 60." and [c.kind for c in doc.notes[2].citations] == ["ibid"]


def test_a_number_printed_twice_where_the_next_is_missing_is_the_next():
    # "14.", "14.", "16.": the second is note 15, as the sequence and "supra note 15" say; the repair is reported
    import citex

    doc = citex.extract("Title\n\nA.1 B.2 C.3 D.4\n\nNotes\n\n1. Brian Roe, The Master Plan (New Haven, CT: Yale University "
                        "Press, 2016).\n2. Ibid., 4.\n2. Daniel Doe, Road Warriors (New York: Oxford University Press, 2019).\n"
                        "4. Doe, supra note 3, at 40.\n")
    assert [n.number for n in doc.notes] == [1, 2, 3, 4]
    codes = [w.code for w in doc.warnings]
    assert "note-renumbered" in codes and "note-duplicate" not in codes and "note-missing" not in codes
    assert doc.notes[3].citations[0].item == doc.notes[2].citations[0].item


def test_a_short_body_paragraph_over_the_page_with_a_coming_notes_marker_is_no_part_of_a_footnote():
    # "3 Ibid." at one page's foot, the page's footer, then "Table 1 summarises … vessels.4": body text with the marker of
    # note 4, never note 3's
    import citex

    doc = citex.extract("Flag registries are a weak link.1 The IMO has urged states to act.2 Few have done so.3\n\n"
                        "1 Douglas Roe, Shipping Interdiction and the Law of the Sea (Cambridge: Cambridge University Press, "
                        "2009), pp. 16-18.\n2 Crisis Group interview, European naval officer, Djibouti, 5 March 2024.\n3 Ibid.\n\n"
                        "Page 1\n\nTable 1 summarises the flags of designated vessels.4\n\n"
                        "4 Aaron Doe, \"The True Costs of Financial Sanctions\", Survival, vol. 58, no. 3 (2016), pp. 77-100.\n")
    assert [n.text for n in doc.notes][2] == "Ibid."


def test_a_footnote_whose_facts_in_brackets_close_over_the_page_is_joined_past_the_body_text():
    import citex

    doc = citex.extract("Flag registries are a weak link.1 The IMO has urged states to act.2 Few have done so.3\n\n"
                        "1 Crisis Group interview, European naval officer, Djibouti, 5 March 2024.\n2 Ibid.\n"
                        "3 Douglas Roe, Shipping Interdiction and the Law of the Sea (Cambridge: Cambridge\n\nPage 1\n\n"
                        "Most registries have not responded.4\n\nUniversity Press, 2009), pp. 16-18.\n"
                        "4 Aaron Doe, \"The True Costs of Financial Sanctions\", Survival, vol. 58, no. 3 (2016), pp. 77-100.\n")
    w = doc.notes[2].citations[0].work
    assert w.publisher == "Cambridge University Press" and doc.notes[2].citations[0].locator == "16-18"
    assert "registries" not in doc.notes[2].text


@pytest.mark.parametrize(
    ("link", "author", "title"),
    [
        pytest.param("[The Example Recommendations](https://example.org/recs.html)", None, "The Example Recommendations",
                     id="a-three-word-title-opening-on-the"),
        pytest.param("[EXODC, World Example Report 2023](https://example.org/wer-2023.html)", "EXODC", "World Example Report 2023",
                     id="a-body-then-its-title"),
    ],
)
def test_a_markdown_links_text_is_the_works_title(link, author, title):
    (cite,) = citex.extract(f"Text.[^1]\n\n[^1]: See {link}, 33.\n", name="post.md").notes[0].citations
    w = cite.work
    assert (w.title, [a.literal for a in w.authors][:1] or [None]) == (title, [author])
    assert w.url.startswith("https://example.org/")


def test_an_address_in_angle_brackets_wrapped_over_a_line_is_one_address():
    doc = citex.extract("Notes\n\n1 Example Watch, 'Events of 2021', <https://www.example.org/world-report/2022/\n"
                        "country-chapters/example> (20 May 2022).\n2 Jane Roe, Example Book (London: Hurst, 2016), p. 4.\n"
                        "3 Ibid., p. 5.\n")
    w = doc.notes[0].citations[0].work
    assert (w.url, w.container) == ("https://www.example.org/world-report/2022/country-chapters/example", None)


def test_a_compound_broken_at_a_lines_end_keeps_its_hyphen_and_a_broken_word_is_joined():
    text = ("Example Article\n\nThe state-sponsored groups grew.1 They armed.2 They spread.3\n\nNotes\n\n"
            "1 Personal interview, self-\ndefense committee leader, Huanta, Peru, May 29, 2013.\n"
            "2 Jane Roe, Deadly Connections: States and State-\nSponsored Groups (New York: Example Uni-\nversity Press, "
            "2005), on state-\nsponsored groups.\n3 Ibid.\n")
    doc = citex.extract(text)
    assert doc.notes[0].citations[0].work.authors[0].literal == "self-defense committee leader"
    assert doc.notes[1].text.endswith("(New York: Example University Press, 2005), on state-sponsored groups.")


def test_an_unspaced_em_dash_typed_as_three_hyphens_is_an_em_dash_but_not_inside_an_address():
    import citex

    doc = citex.extract("Text.[^1]\n\n[^1]: Jane Roe, \"Windfall: How Example Managed Its Income---and How It Will Struggle,\" "
                        "Example Council, January 2024, https://example.org/windfall---and-how.\n", name="a.md")
    work = doc.notes[0].citations[0].work
    assert (work.title, work.url) == ("Windfall: How Example Managed Its Income—and How It Will Struggle",
                                      "https://example.org/windfall---and-how")


def test_an_address_broken_before_a_period_at_a_lines_end_is_joined():
    # (Chicago tells typesetters to break an address before a period: "https://www" / ".example.com/…")
    found, _ = notes.locate(Text(text="Text.\n\nNotes\n\n1. Jane Roe, \"The Example Doctrine,\" Atlantic, April 2016, "
                                      "https://www\n.example.com/magazine/archive/2016/04/the-example-doctrine/471525/.\n"
                                      "2. Ibid. See the\n.com domain.\n"))
    assert "https://www.example.com/magazine/archive/2016/04/the-example-doctrine/471525/." in found[0].text
    assert "the .com" in " ".join(found[1].text.split())


@pytest.mark.parametrize("et_al", ["<em>et al</em>.", "<em>et al.</em>", "<i>et al.</i>"])
def test_et_al_in_italics_is_the_words_so_a_short_form_by_several_authors_still_resolves(et_al):
    # (Oxford, Taylor & Francis and Cambridge pages set "et al." in italics; it is no title)
    import citex

    html = ("<html><body><p>One.<sup>1</sup> Two.<sup>2</sup></p><h2>Notes</h2><ol>"
            "<li>Jane Roe, Ann Poe and Ray Doe, <em>An Example Democracy: Hopes of a Revolution</em> "
            "(Example Press, London, 2022), ch. 4.</li>"
            f"<li>Roe {et_al}, <em>An Example Democracy</em>, pp. 201–203.</li></ol></body></html>")
    doc = citex.extract(html, name="a.html")
    second = doc.notes[1]
    assert second.text.startswith("Roe et al., *An Example Democracy*")
    assert [(c.kind, c.locator) for c in second.citations] == [("short", "201-203")]
    assert len(doc.items) == 1


def test_a_wrapped_line_that_opens_on_a_year_is_no_note_of_that_number():
    # (a PDF's reference wrapped after "Geneva: WHO;" put "2016. p. 12-18." on a line of its own: it had become note 2016)
    text = ("Body text.1-3\n\nReferences\n1. Example Health Organization. International Example Regulations (2005). 3rd ed. "
            "Geneva: Example Health Organization;\n   2016. p. 12-18.\n2. Roe J. Example book. New York: Example Press; 2012.\n"
            "3. Doe A, Poe B. Example article. Example J. 2014;5(6):e02366-14.\n")
    found, warnings = notes.locate(Text(text=text))
    assert [n.number for n in found] == [1, 2, 3]
    assert found[0].text.endswith("2016. p. 12-18.")
    assert not [w for w in warnings if w.code in ("note-order", "note-missing")]


def test_a_law_review_pdfs_note_opening_on_a_volume_before_small_capitals_is_a_note_of_its_own():
    # a PDF prints small capitals as capitals: "2 2 THE RECORDS OF …" is note 2 citing volume 2, not a line of note 1
    found, warnings = notes.locate(Text(text=(
        "Body.1 More.2 More.3 Again.4\n\nNotes\n\n1 See Roe v. Doe, 542 U.S. 507, 536 (2004).\n"
        "2 2 THE RECORDS OF THE EXAMPLE CONVENTION OF 1787, at 318 (Jane Roe ed., 1911).\n"
        "3 3 JOHN DOE, COMMENTARIES ON THE EXAMPLE CONSTITUTION § 1485 (1833).\n"
        "4 157 CONG. REC. S3975 (daily ed. June 21, 2011) (statement of Sen. Roe).\n")))
    assert [n.number for n in found] == [1, 2, 3, 4]
    assert [n.text[:8] for n in found] == ["See Roe ", "2 THE RE", "3 JOHN D", "157 CONG"]


def test_a_long_reads_sources_list_is_read_when_the_article_has_no_notes():
    # magazine pieces give their sources as a bulleted list under "Sources": with no notes, those are the article's
    # citations (the article had ended with "no notes found")
    doc = citex.extract(b"# Example Piece\n\nBody text of the piece.\n\n## Sources\n\n"
                        b"- Roe, Jane. *Example Killer: An Empire of Examples*. New York: Random House, 2018.\n"
                        b"- Doe, John. *Dreamland Example*. New York: Bloomsbury Press, 2015.\n"
                        b'- Poe, Ann. "The Family That Built an Example." *The New Yorker*, October 30, 2017.\n',
                        name="piece.md")
    assert [n.number for n in doc.notes] == [1, 2, 3]
    assert [n.citations[0].work.type for n in doc.notes] == ["book", "book", "article-magazine"]
    assert [w.code for w in doc.warnings][:1] == ["notes-from-list"]


def test_an_article_with_neither_notes_nor_a_list_of_works_still_has_no_notes():
    found, warnings = notes.locate(Text(text="Title\n\nSome prose about 2018.\n\n## Sources\n\nThe author's own reporting.\n"))
    assert found == [] and [w.code for w in warnings] == ["no-notes"]


NOTE_A = "Jane Roe, _Rivers of Power: A History_ (London: Example Press, 2017), 154–57."
PAGE = "https://example.org/analysis/after-the-dams"


@pytest.mark.parametrize("article", [
    # html2text / Jina Reader given the page's address: the anchors are absolute, the brackets escaped
    f"Text.[\\[1\\]]({PAGE}#_edn1) More.[\\[2\\]]({PAGE}#_edn2)\n\n* * *\n\n[\\[1\\]]({PAGE}#_ednref1) {NOTE_A}\n\n"
    f"[\\[2\\]]({PAGE}#_ednref2) Ibid., 160.\n",
    f"Text.[[1]]({PAGE}#_edn1) More.[[2]]({PAGE}#_edn2)\n\n## Notes\n\n[[1]]({PAGE}#_ednref1) {NOTE_A}\n\n"
    f"[[2]]({PAGE}#_ednref2) Ibid., 160.\n",
    # Turndown escapes a number's brackets and a list number's period where no link is left
    f"Text.\\[1\\] More.\\[2\\]\n\n## Endnotes\n\n\\[1\\] {NOTE_A}\n\n\\[2\\] Ibid., 160.\n",
    f"Text.1 More.2\n\n## Notes\n\n1\\. {NOTE_A}\n\n2\\. Ibid., 160.\n",
    # a footnote list whose back links are absolute
    f"Text.[1]({PAGE}#fn1) More.[2]({PAGE}#fn2)\n\n## Notes\n\n  1. {NOTE_A} [↩]({PAGE}#fnref1)\n"
    f"  2. Ibid., 160. [↩]({PAGE}#fnref2)\n",
])
def test_markdown_from_converters_with_absolute_anchors_escapes_and_back_links(article):
    """What web clippers and html2text write: the notes are found, and a back link is no address of the work."""
    doc = citex.extract(article.encode(), name="clip.md")
    assert [n.number for n in doc.notes] == [1, 2]
    first, second = doc.notes[0].citations[0], doc.notes[1].citations[0]
    assert (first.work.type, first.work.title, first.locator, first.work.url) == (
        "book", "Rivers of Power: A History", "154-57", None)
    assert (second.kind, second.locator, second.item) == ("ibid", "160", first.item)


def test_notes_copied_without_their_drawn_numbers_each_closed_by_a_back_link():
    """Ctrl-A, Ctrl-C of a page whose note list numbers are drawn by the browser: each note is a paragraph ending in "↩"
    under "Notes"; the notes are numbered in order, the arrows dropped, and the page after them is no note."""
    text = ("Dams change rivers.1 They change towns.2 And they last.3\n\nNotes\n\n"
            "Jane Roe, Rivers of Power (London: Example Press, 2017), 154. ↩\n\n"
            "Ibid., 160. ↩\n\n"
            "John Doe, “Concrete Futures,” Example Review 4, no. 2 (2019): 33–50. ↩\n\n"
            "Related\n\nContact Us\n")
    doc = citex.extract(text, name="copied.txt")
    assert [(n.number, n.text) for n in doc.notes] == [
        (1, "Jane Roe, Rivers of Power (London: Example Press, 2017), 154."), (2, "Ibid., 160."),
        (3, "John Doe, “Concrete Futures,” Example Review 4, no. 2 (2019): 33–50.")]


def test_pandocs_attributes_on_headings_and_note_links_of_an_ebook_with_notes_by_chapter():
    """pandoc writes an EPUB's ids in braces ("# Notes {#notes.xhtml}", "[1](#ch01_ref1){#en1-1}. …"): every chapter's
    notes are kept, numbered from 1 in each, and the note's text opens on its first word."""
    text = ("# Chapter 1: The Plaza {#ch01.xhtml}\n\nText.[1](#en1-1){#ch01_ref1}\n\n"
            "# Chapter 2: The Border {#ch02.xhtml}\n\nText.[1](#en2-1){#ch02_ref1} More.[2](#en2-2){#ch02_ref2}\n\n"
            "# Notes {#notes.xhtml}\n\n## Chapter 1: The Plaza {#notes_ch1}\n\n"
            "[1](#ch01_ref1){#en1-1}. Jane Roe, *The Plaza* (New York: Example Press, 2011), 9–11.\n\n"
            "## Chapter 2: The Border {#notes_ch2}\n\n"
            "[1](#ch02_ref1){#en2-1}. John Doe, *Border Games*, 2nd ed. (Ithaca, NY: Example University Press, 2009), 52.\n\n"
            "[2](#ch02_ref2){#en2-2}. Ibid., 60.\n")
    doc = citex.extract(text.encode(), name="book.md")
    assert [n.number for n in doc.notes] == [1, 1, 2]
    assert [n.text.split(",")[0] for n in doc.notes] == ["Jane Roe", "John Doe", "Ibid."]


@pytest.mark.parametrize("layout", ["{marker}\n\n{text}", "{marker} {text}"])
def test_notes_numbered_by_script_links_as_publisher_pages_convert_to_markdown(layout):
    """A journal platform's note numbers and author-date calls are script links ("[1](javascript:;)"): the notes are
    found, and a call reads as its words."""
    notes_ = ["On the claim, see [Roe and Doe (2010, 5–16)](javascript:;).", "Interview with a district official, Nakuru, "
              "12 March 2013."]
    text = ("Text.[1](javascript:;) More.[2](javascript:;)\n\n## Footnotes\n\n" +
            "\n\n".join(layout.format(marker=f"[{i}](javascript:;)", text=t) for i, t in enumerate(notes_, 1)) +
            "\n\n## References\n\nRoe, Jane, and John Doe. 2010. *Competitive Examples*. Cambridge: Example Press.\n")
    doc = citex.extract(text.encode(), name="article.md")
    assert [(n.number, n.text) for n in doc.notes] == [
        (1, "On the claim, see Roe and Doe (2010, 5–16)."), (2, notes_[1])]
    assert doc.notes[1].citations[0].work.type == "interview"


@pytest.mark.parametrize("label", ["CHAPTER {n}", "Chapter {n}", "CHAPTER {word}"])
def test_notes_by_chapter_under_a_label_line_then_a_title_line(label):
    """An e-book's notes page copied as text puts the chapter's label and its title on two lines: every chapter's notes
    are kept, each numbered from 1."""
    words = {1: "ONE", 2: "TWO"}
    text = "The text of the book.\n\nNotes\n\n"
    for n, title in ((1, "The Disappeared"), (2, "Bloody Sunday")):
        text += label.format(n=n, word=words[n]) + f"\n{title}\n"
        text += "1. Jane Roe, Secret Example (London: Example Press, 2002), 44.\n2. Ibid., 45.\n"
        text += "3. John Doe, Example Troubles (Dublin: Example Books, 2010), 12.\n\n"
    doc = citex.extract(text, name="notes.txt")
    assert [n.number for n in doc.notes] == [1, 2, 3, 1, 2, 3]


def test_page_footnotes_whose_numbers_are_glued_to_their_first_word_and_a_line_of_prose_opening_on_a_number():
    """pdftotext prints a superscript footnote number glued to the note ("1Jane Roe, …"); the body may have a line that
    opens on a number ("12 of the 22 …"), which is prose, not a note."""
    notes_ = [f"Jane Roe, Criminal Examples, vol. {i} (London: Example Centre, 2016), {10 + i}." if i % 3 else f"Ibid., {20 + i}."
              for i in range(1, 16)]
    page1 = "Prisons matter.1 So do networks.2 And the past.3\n" + "".join(f"{i}{n}\n" for i, n in enumerate(notes_[:9], 1))
    page2 = ("\nExample Security 44:2 119\n\n12 of the 22 attackers had served a sentence.10 Others had not.11 Few were "
             "known.12\n" + "".join(f"{i}{n}\n" for i, n in enumerate(notes_[9:], 10)))
    doc = citex.extract(page1 + page2, name="article.txt")
    assert [(n.number, n.text) for n in doc.notes] == list(enumerate(notes_, 1))


def test_a_spanish_news_pages_most_read_list_after_the_notes_is_no_note():
    text = ("El texto.[1] Más texto.[2]\n\nNotas\n\n[1] Roberto Roe, *El ejemplo*, San Salvador, UCA Editores, 2019, p. 12.\n"
            "[2] Roe, op. cit., p. 14.\n\nLo más leído\n\n1. Bukele inicia su segundo mandato\n2. El Cecot por dentro\n"
            "3. La tregua, diez años después\n")
    doc = citex.extract(text, name="nota.txt")
    assert [n.number for n in doc.notes] == [1, 2]
    assert doc.notes[-1].text == "Roe, op. cit., p. 14."


def test_a_pages_running_head_and_the_articles_own_citation_are_no_part_of_the_last_footnote_numbered_with_a_period():
    """"9. Author interview …" at a page's foot, then the first page's footer naming the article and its DOI, the folio
    and the next page's running head: the note ends with its own paragraph."""
    notes_ = ["Jane Roe, Criminal Examples (London: Example Centre, 2016), 12.", "Ibid., 14.",
              "John Doe, “The Example Continuum,” Global Example 6, no. 1 (2004): 129–45.",
              "Author interview with a police official, Brussels, May 12, 2017.", "Roe, Criminal Examples, 20.",
              "Doe, “Example Continuum,” 131."]
    text = ("Prisons matter.1 So do networks.2 And the past.3 Officials agree.4\n"
            + "".join(f"{i}. {n}\n" for i, n in enumerate(notes_[:4], 1))
            + "\nExample Security, Vol. 44, No. 2 (Fall 2019), pp. 118–152, https://doi.org/10.5555/isec_a_00361\n"
              "© 2019 by the Example Press.\n\n118\nExample Security 44:2 119\n\n"
              "Prisons are the most obvious meeting point.5 Networks come next.6\n"
            + "".join(f"{i}. {n}\n" for i, n in enumerate(notes_[4:], 5)))
    doc = citex.extract(text, name="article.txt")
    assert [(n.number, n.text) for n in doc.notes] == list(enumerate(notes_, 1))


def test_an_underscore_italic_title_wrapped_onto_the_notes_next_line_is_one_title():
    text = ("Text.[^1]\n\n[^1]: Jane Roe, _Tribes and Politics in Example: A History of the\n"
            "    Example Conflict_ (London: Example Press, 2017), 154.\n")
    (cite,) = citex.extract(text.encode(), name="a.md").notes[0].citations
    assert (cite.work.type, cite.work.title) == ("book", "Tribes and Politics in Example: A History of the Example Conflict")
