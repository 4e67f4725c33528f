"""BibTeX export: escaping, case protection, names, the biblatex and classic mappings, and the
promise that bibtexparser and pybtex read every export, hostile titles included, as the same text."""
from __future__ import annotations

import json
from pathlib import Path

import bibtexparser
import pytest
from bibdocs import (
    FARMER,
    GAO,
    HUMALA,
    KAY,
    ROMO,
    STARN,
    UNREAD,
    WOLA,
    WORKS,
    document,
    fixture_articles,
    hostile_document,
)
from hypothesis import given, settings
from hypothesis import strategies as st
from pybtex import errors as pybtex_errors
from pybtex.database import parse_string as pybtex_parse
from pylatexenc.latex2text import LatexNodes2Text, MacroTextSpec, get_default_latex_context_db

from citex.export import bibtex, csl
from citex.export.texescape import encode_name, encode_pages, encode_url, escape, protect_case
from citex.export.typemap import langid
from citex.model import Document, Item, Name, Work

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = fixture_articles()


def _decoder() -> LatexNodes2Text:
    """pylatexenc, bibtexparser's decoder, plus the text-symbol macros of LaTeX it lacks."""
    db = get_default_latex_context_db()
    db.add_context_category("text-symbols", prepend=True, macros=[
        MacroTextSpec("textbraceleft", "{"), MacroTextSpec("textbraceright", "}"),
        MacroTextSpec("textasciitilde", "~"), MacroTextSpec("textasciicircum", "^"),
        MacroTextSpec("textbackslash", "\\"), MacroTextSpec("textasciigrave", "`")])
    return LatexNodes2Text(latex_context=db, math_mode="verbatim", strict_latex_spaces=True)


DECODER = _decoder()


def decode(value: str) -> str:
    return DECODER.latex_to_text(value)


def typographic(text: str) -> str:
    """What a TeX reader sees for plain text: paired straight double quotes are TeX's curly ones."""
    out, opening = [], True
    marks = text.count('"') - text.count('"') % 2
    for ch in " ".join(text.split()):
        if ch == '"' and marks:
            out.append("\u201c" if opening else "\u201d")
            opening, marks = not opening, marks - 1
        else:
            out.append(ch)
    return "".join(out)


def bibtex_balanced(value: str) -> bool:
    """Braces balanced as BibTeX, biber and pybtex count them: a backslash does not escape a brace."""
    depth = 0
    for ch in value:
        depth += {"{": 1, "}": -1}.get(ch, 0)
        if depth < 0:
            return False
    return depth == 0


def read_both(text: str) -> tuple[dict, dict]:
    """The export read by bibtexparser and by pybtex (strict): {key: {field: raw value}} each."""
    lib = bibtexparser.parse_string(text)
    assert not lib.failed_blocks, [b.error for b in lib.failed_blocks]
    pybtex_errors.set_strict_mode(True)
    pb = pybtex_parse(text, "bibtex")
    bp = {e.key: {f.key: f.value for f in e.fields} for e in lib.entries}
    py = {k: {f.lower(): str(v) for f, v in e.fields.items()} for k, e in pb.entries.items()}
    for k, e in pb.entries.items():
        for role, people in e.persons.items():
            py[k][role.lower()] = len(people)
    return bp, py


@pytest.mark.parametrize("text, tex", [
    pytest.param("100% & $5 #1 a_b", r"100\% \& \$5 \#1 a\_b", id="specials get a backslash"),
    pytest.param("C:\\Temp ~ x^2", r"C:\textbackslash{}Temp \textasciitilde{} x\textasciicircum{}2",
                 id="backslash, tilde and caret as text symbols"),
    pytest.param("Braces {like this}", r"Braces \{like this\}", id="paired braces escaped"),
    pytest.param("an unbalanced { brace", r"an unbalanced \textbraceleft{} brace", id="lone opening brace"),
    pytest.param("} and {", r"\textbraceright{} and \textbraceleft{}", id="reversed braces are both lone"),
    pytest.param("1980--1995", "1980-{}-1995", id="en-dash ligature broken"),
    pytest.param("¿Qué? <<x>> ,,y", "¿Qué? <{}<x>{}> ,{},y", id="guillemet and low-quote ligatures broken"),
    pytest.param("a ` b", r"a \textasciigrave{} b", id="backtick printed as itself"),
    pytest.param('The "Hour" of', "The ``Hour'' of", id="paired double quotes as TeX quotes"),
    pytest.param('a "lone quote', 'a "lone quote', id="lone double quote kept"),
    pytest.param("Coca,\n\n  Cocaine", "Coca, Cocaine", id="blank line folded"),
    pytest.param("Perú: ¿Qué es el Plan VRAE?", "Perú: ¿Qué es el Plan VRAE?", id="UTF-8 passes through"),
])
def test_escape(text, tex):
    assert escape(text) == tex


@pytest.mark.parametrize("title, tex", [
    pytest.param("Guerrilla Faction Leader is Captured in Peru", "Guerrilla {Faction Leader} is {Captured} in {Peru}",
                 id="capitalised words braced, consecutive ones together"),
    pytest.param("US Ups Aid", "{US Ups Aid}", id="inner capitals protect the first word too"),
    pytest.param("Violent Opportunities: The Rise", "Violent {Opportunities: The Rise}",
                 id="a colon inside a run of capitalised words"),
    pytest.param("In Andean Countries, but Not", "In {Andean Countries}, but {Not}",
                 id="punctuation closing a group stays outside"),
    pytest.param("The Co-production of Water", "The {Co}-production of {Water}",
                 id="compound parts judged one by one"),
    pytest.param("Self-Policing by Civilians", "Self-{Policing} by {Civilians}", id="first word unbraced"),
    pytest.param('"The Hour of Eugenics": Race', "``{The Hour} of {Eugenics}'': {Race}",
                 id="quotes never inside a group"),
    pytest.param("devida afirma que", "devida afirma que", id="lowercase untouched"),
])
def test_protect_case(title, tex):
    assert protect_case(title) == tex


@pytest.mark.parametrize("name, tex", [
    pytest.param(Name("van Dun", "Mirella"), "van Dun, Mirella", id="particle before the family, for biber"),
    pytest.param(Name("Romo Espinoza", "Vanessa"), "Romo Espinoza, Vanessa", id="double surname"),
    pytest.param(Name(literal="United Nations Office on Drugs and Crime"), "{United Nations Office on Drugs and Crime}",
                 id="organisation braced, its 'and' protected"),
    pytest.param(Name("Romo Espinoza"), "{Romo Espinoza}", id="family alone braced, not split"),
    pytest.param(Name("Laos F.", "Alejandro"), "Laos F., Alejandro", id="initial in family"),
    pytest.param(Name("Smith, Jr.", "John"), "{Smith, Jr.}, John", id="comma in family braced"),
    pytest.param(Name("Krepinevich", "Andrew F.", suffix="Jr."), "Krepinevich, Jr., Andrew F.",
                 id="a generation in bibtex's three-part form"),
    pytest.param(Name(literal="coca farmer's wife"), "{coca farmer's wife}", id="description as literal"),
])
def test_encode_name(name, tex):
    assert encode_name(name) == tex


@pytest.mark.parametrize("pages, tex", [
    pytest.param("97-127", "97--127", id="hyphen"), pytest.param("97–127", "97--127", id="en dash"),
    pytest.param("184 - 203", "184--203", id="spaced"), pytest.param("xii—xv", "xii--xv", id="roman, em dash"),
    pytest.param("26", "26", id="single page"),
])
def test_page_ranges(pages, tex):
    assert encode_pages(pages) == tex


def test_url_stays_verbatim_but_cannot_unbalance():
    assert encode_url("https://example.org/a_b%20c#d") == "https://example.org/a_b%20c#d"
    assert encode_url("http://x.org/a b{c}\\d") == "http://x.org/a%20b%7Bc%7D%5Cd"


@pytest.mark.parametrize("language, expected", [
    pytest.param("es", "spanish", id="es"), pytest.param("en", "english", id="en"),
    pytest.param("en-US", "american", id="region"), pytest.param("pt_BR", "brazilian", id="underscore"),
    pytest.param("xx", None, id="unknown"), pytest.param(None, None, id="none"),
])
def test_langid(language, expected):
    assert langid(language) == expected


def one_entry(work: Work, classic: bool = False) -> tuple[str, dict]:
    text = bibtex.dumps(Document(source="t", items=(Item("key1", work),)), classic=classic)
    entry = bibtexparser.parse_string(text).entries[0]
    return entry.entry_type, {f.key: f.value for f in entry.fields}


@pytest.mark.parametrize("work, entry_type, fields", [
    pytest.param(GAO, "report", {"institution": "{U.S. Government Accountability Office}", "type": "Report",
                                 "location": "Washington, D.C.", "date": "2011-10",
                                 "author": "{U.S. Government Accountability Office}"}, id="report"),
    pytest.param(ROMO, "article", {"entrysubtype": "newspaper", "journaltitle": "El Comercio", "langid": "spanish",
                                   "date": "2014-01-03", "author": "Romo Espinoza, Vanessa"}, id="newspaper"),
    pytest.param(KAY, "article", {"journaltitle": "Journal of Interamerican Studies and World Affairs",
                                  "volume": "41", "number": "3", "pages": "97--127"}, id="journal"),
    pytest.param(FARMER, "misc", {"entrysubtype": "interview", "author": "{coca farmer}", "venue": "VRAEM, Peru",
                                  "type": "Personal interview", "date": "2013-05-14"}, id="interview"),
    pytest.param(HUMALA, "misc", {"entrysubtype": "speech", "eventtitle": "192º Aniversario de la Independencia Nacional",
                                  "venue": "Lima", "organization": "{Presidencia de la República del Perú}"},
                 id="speech"),
    pytest.param(WOLA, "online", {"journaltitle": "Washington Office on Latin America",
                                  "booktitle": "Washington {Office} on {Latin America}",
                                  "url": "https://www.wola.org/2012/06/international_anti_drug_summit_in_peru/"},
                 id="web page: the site for pandoc and Citation.js"),
    pytest.param(STARN, "book", {"publisher": "{Duke University Press}", "location": "Durham, NC", "date": "1999"},
                 id="book"),
    pytest.param(WORKS["fishel1995coca"], "incollection", {
        "booktitle": "Global {Dimensions} of {High Intensity Crime} and {Low Intensity Conflict}",
        "editor": "Turbiville, Graham H.", "pages": "184--203"}, id="chapter"),
])
def test_biblatex_mapping(work, entry_type, fields):
    kind, got = one_entry(work)
    assert kind == entry_type
    assert {k: got.get(k) for k in fields} == fields


@pytest.mark.parametrize("work, entry_type, fields, absent", [
    pytest.param(GAO, "techreport", {"institution": "{U.S. Government Accountability Office}", "year": "2011",
                                     "month": "October", "address": "Washington, D.C."}, ["date", "location"],
                 id="report"),
    pytest.param(ROMO, "article", {"journal": "El Comercio", "year": "2014", "month": "January"},
                 ["entrysubtype", "journaltitle", "date"], id="newspaper"),
    pytest.param(FARMER, "misc", {"howpublished": "Personal interview", "note": "VRAEM, Peru"}, ["venue"],
                 id="interview"),
    pytest.param(WOLA, "misc", {"howpublished": "Washington Office on Latin America"}, ["journaltitle"],
                 id="web page"),
])
def test_classic_mapping(work, entry_type, fields, absent):
    kind, got = one_entry(work, classic=True)
    assert kind == entry_type
    assert {k: got.get(k) for k in fields} == fields
    assert not set(absent) & set(got)


@pytest.mark.parametrize("edition, biblatex, classic", [
    pytest.param("2", "2", "Second", id="a-number-biblatex-turns-into-2nd"),
    pytest.param("14", "14", "14th", id="past-the-tenth"),
    pytest.param("Revised", "Revised", "Revised", id="a-word-as-printed"),
])
def test_a_books_edition(edition, biblatex, classic):
    book = Work(type="book", title="Example History", publisher="Example Press", date=(2009,), edition=edition)
    assert one_entry(book)[1]["edition"] == biblatex
    assert one_entry(book, classic=True)[1]["edition"] == classic


def test_the_archive_goes_to_biblatex_library_and_classic_note():
    memo = Work(type="document", authors=(Name("Roe", "Jane"),), genre="Memorandum to John Doe", date=(1962, 10, 15),
                archive="Example Library, Boston, MA", archive_location="Example Files, box 36")
    assert one_entry(memo)[1]["library"] == "Example Files, box 36, Example Library, Boston, MA"
    assert one_entry(memo, classic=True)[1]["note"] == "Example Files, box 36, Example Library, Boston, MA"


def test_unparsed_work_is_a_misc_with_its_raw_text():
    kind, got = one_entry(UNREAD)
    assert kind == "misc"
    assert decode(got["title"]) == UNREAD.raw


def test_key_that_cannot_be_written_is_refused():
    with pytest.raises(ValueError, match="citation key"):
        bibtex.dumps(Document(source="t", items=(Item("bad key,", KAY),)))


PEOPLE = {"author": "authors", "editor": "editors"}


def assert_readable(doc: Document, classic: bool) -> None:
    """Both parsers read every entry with the same keys and values; values balanced; titles decode back."""
    text = bibtex.dumps(doc, classic=classic)
    bp, py = read_both(text)
    assert list(bp) == [it.id for it in doc.items] == list(py)
    for key, fields in bp.items():
        for name, value in fields.items():
            if isinstance(py[key][name], int):  # a list of people, which pybtex splits into persons
                assert py[key][name] == len(getattr(doc.item(key).work, PEOPLE[name])), (key, name, value)
            else:
                assert py[key][name] == value, (key, name)
            assert name in ("url",) or bibtex_balanced(value), (key, name, value)
        work = doc.item(key).work
        title = work.title if work.title or work.parsed else work.raw
        if title:
            assert decode(fields["title"]) == typographic(title), key


@pytest.mark.parametrize("classic", [False, True], ids=["biblatex", "classic"])
@pytest.mark.parametrize("doc", [document(WORKS), hostile_document()], ids=["sample", "hostile"])
def test_both_parsers_read_the_same_entries(doc, classic):
    assert_readable(doc, classic)


@pytest.mark.parametrize("path", FIXTURES, ids=lambda p: str(p.relative_to(ROOT / "fixtures")))
def test_every_fixture_exports_bibtex_both_parsers_read(path):
    from citex.pipeline import extract

    doc = extract(path)
    assert_readable(doc, classic=False)
    assert_readable(doc, classic=True)
    ids = [i["id"] for i in json.loads(csl.dumps(doc))]
    assert list(read_both(bibtex.dumps(doc))[0]) == ids


titles = st.text(st.characters(blacklist_categories=("Cs", "Cc")), min_size=1, max_size=60).filter(str.strip)


@settings(max_examples=300, deadline=None)
@given(titles, st.booleans())
def test_any_title_round_trips(title, classic):
    work = Work(type="book", title=title, publisher=title, date=(2001,))
    text = bibtex.dumps(Document(source="t", items=(Item("k", work),)), classic=classic)
    bp, py = read_both(text)
    assert bp["k"]["title"] == py["k"]["title"]
    assert bibtex_balanced(bp["k"]["title"]) and bibtex_balanced(bp["k"]["publisher"])
    assert decode(bp["k"]["title"]) == typographic(title)
    assert decode(bp["k"]["publisher"]) == typographic(title)
