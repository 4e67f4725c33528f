"""CSL-JSON export: the mapping of spec/output.md, Zotero safety, schema validity of every fixture's export."""
from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest
from bibdocs import FARMER, GAO, HUMALA, KAY, ROMO, UNREAD, VAN_DUN, WORKS, document, fixture_articles, hostile_document
from hypothesis import given, settings
from hypothesis import strategies as st

from citex.export import csl
from citex.export.typemap import ZOTERO_CSL_TYPES, ZOTERO_KEEPS
from citex.model import Name, Work

ROOT = Path(__file__).resolve().parent.parent
SCHEMA = json.loads((ROOT / "tests" / "data" / "csl-data.json").read_text(encoding="utf-8"))
VALIDATOR = jsonschema.Draft7Validator(SCHEMA)
FIXTURES = fixture_articles()
ZECH = Name("Zech", "Steven T.")


def schema_errors(items) -> list[str]:
    return [f"{list(e.absolute_path)}: {e.message}" for e in VALIDATOR.iter_errors(items)]


@pytest.mark.parametrize("work, key, expected", [
    pytest.param(FARMER, "cocafarmer2013", {
        "type": "interview", "author": [{"literal": "coca farmer"}], "interviewer": [{"family": "Zech", "given": "Steven T."}],
        "event-place": "VRAEM, Peru", "issued": {"date-parts": [[2013, 5, 14]]}, "genre": "Personal interview"},
        id="interview: interviewee literal, interviewer the article's author, where and when"),
    pytest.param(HUMALA, "humala", {
        "type": "speech", "event-title": "192º Aniversario de la Independencia Nacional", "event-place": "Lima",
        "author": [{"family": "Humala Tasso", "given": "Ollanta"}], "genre": "Speech"},
        id="speech: event-title and event-place, Spanish double surname whole"),
    pytest.param(VAN_DUN, "vandun", {"author": [{"family": "van Dun", "given": "Mirella"}], "page": "442-448"},
                 id="particle stays inside family"),
    pytest.param(GAO, "gao", {"author": [{"literal": "U.S. Government Accountability Office"}],
                              "publisher-place": "Washington, D.C.", "issued": {"date-parts": [[2011, 10]]}},
                 id="organisation as literal, place as publisher-place"),
    pytest.param(KAY, "kay", {"page": "97-127", "volume": "41", "issue": "3",
                              "container-title": "Journal of Interamerican Studies and World Affairs"},
                 id="en dash page range becomes a hyphen"),
    pytest.param(ROMO, "romo", {"type": "article-newspaper", "container-title": "El Comercio", "language": "es"},
                 id="newspaper article"),
])
def test_mapping(work, key, expected):
    item = csl.work_to_csl(work, key, (3, 7), interviewer=(ZECH,))
    assert item["id"] == key
    assert {k: item.get(k) for k in expected} == expected
    assert "citex: cited in notes 3, 7" in item["note"].splitlines()


@pytest.mark.parametrize("kind, expected", [
    pytest.param("software", "document", id="CSL 1.0.2 type Zotero rejects"),
    pytest.param("tweet", "document", id="not a CSL type"),
    pytest.param("", "document", id="empty"),
    pytest.param("post-weblog", "post-weblog", id="known type kept"),
])
def test_every_type_is_one_zotero_accepts(kind, expected):
    assert csl.work_to_csl(Work(type=kind, title="T"), "k")["type"] == expected


def test_zotero_types_are_the_schema_types_less_software():
    assert set(SCHEMA["items"]["properties"]["type"]["enum"]) - ZOTERO_CSL_TYPES == {"software"}


def test_interviewer_only_on_interviews():
    assert "interviewer" not in csl.work_to_csl(KAY, "kay", interviewer=(ZECH,))
    named = Work(type="interview", authors=(Name(literal="senior official"),), interviewer=(Name("Doe", "Jane"),))
    assert csl.work_to_csl(named, "k", interviewer=(ZECH,))["interviewer"] == [{"family": "Doe", "given": "Jane"}]


@pytest.mark.parametrize("work, lines", [
    pytest.param(FARMER, ["genre: Personal interview", "event-place: VRAEM, Peru"],
                 id="Zotero's interview has no place or genre field"),
    pytest.param(Work(type="report", title="T", editors=(Name("Koonings", "Kees"),)), ["editor: Koonings || Kees"],
                 id="Zotero's report has no editor role"),
    pytest.param(HUMALA, ["publisher: Presidencia de la República del Perú"], id="Zotero's presentation has no publisher"),
])
def test_fields_zotero_would_drop_go_to_extra(work, lines):
    note = csl.work_to_csl(work, "k")["note"].splitlines()
    assert all(line in note for line in lines), note


def test_fields_zotero_keeps_are_not_repeated_in_extra():
    note = csl.work_to_csl(ROMO, "romo", (2,))["note"]
    assert note == "citex: cited in note 2"
    assert {"container-title", "publisher-place"} <= ZOTERO_KEEPS["article-newspaper"]


def test_unparsed_work_keeps_its_raw_text():
    item = csl.work_to_csl(UNREAD, "doc")
    assert item["title"] == UNREAD.raw
    assert item["note"].endswith("raw text: " + UNREAD.raw)


@pytest.mark.parametrize("date, expected", [
    pytest.param((2013, 5, 14), [[2013, 5, 14]], id="full"),
    pytest.param((2013, 13, 2), [[2013]], id="month 13 dropped with its day"),
    pytest.param((2013, 2, 40), [[2013, 2]], id="day 40 dropped"),
    pytest.param((0,), None, id="year 0 is no date"),
])
def test_dates_are_date_parts(date, expected):
    item = csl.work_to_csl(Work(type="book", title="T", date=date), "k")
    assert item.get("issued", {}).get("date-parts") == expected


@pytest.mark.parametrize("names, expected", [
    pytest.param((Name("Romo Espinoza", "Vanessa"),), [{"family": "Romo Espinoza", "given": "Vanessa"}], id="double surname"),
    pytest.param((Name(given="Mirella"),), [{"literal": "Mirella"}], id="a lone given name is printed whole"),
    pytest.param((Name(family="  "), Name("Kay", "Bruce\n H.")), [{"family": "Kay", "given": "Bruce H."}],
                 id="empty names dropped, whitespace folded"),
    pytest.param((Name("Austin", "Lloyd J.", suffix="III"),), [{"family": "Austin", "given": "Lloyd J.", "suffix": "III"}],
                 id="a generation is csl's suffix"),
])
def test_names(names, expected):
    assert csl.names_to_csl(names) == expected


def test_sample_document_is_schema_valid_and_keyed():
    doc = document(WORKS, interviewer=(ZECH,))
    items = json.loads(csl.dumps(doc))
    assert schema_errors(items) == []
    assert [i["id"] for i in items] == list(WORKS)
    assert all(i["type"] in ZOTERO_CSL_TYPES for i in items)


def test_hostile_titles_survive_unchanged():
    doc = hostile_document()
    items = json.loads(csl.dumps(doc))
    assert schema_errors(items) == []
    assert [i["title"] for i in items] == [it.work.title for it in doc.items]


@pytest.mark.parametrize("path", FIXTURES, ids=lambda p: str(p.relative_to(ROOT / "fixtures")))
def test_every_fixture_exports_valid_csl(path):
    from citex.pipeline import extract

    doc = extract(path)
    items = json.loads(csl.dumps(doc))
    assert schema_errors(items) == []
    assert len({i["id"] for i in items}) == len(items)
    assert all(i["type"] in ZOTERO_CSL_TYPES for i in items)


text = st.text(st.characters(blacklist_categories=("Cs",)), max_size=40)
names = st.builds(Name, family=st.none() | text, given=st.none() | text, literal=st.none() | text)
works = st.builds(Work, type=st.sampled_from(sorted(ZOTERO_CSL_TYPES) + ["software", "x"]), title=st.none() | text,
                  authors=st.tuples(names), container=st.none() | text, place=st.none() | text, page=st.none() | text,
                  edition=st.none() | text, archive=st.none() | text, archive_location=st.none() | text,
                  date=st.none() | st.tuples(st.integers(-5, 3000), st.integers(-1, 14), st.integers(-1, 40)),
                  raw=text, parsed=st.booleans())


@settings(max_examples=200, deadline=None)
@given(works)
def test_any_work_gives_a_schema_valid_zotero_item(work):
    item = csl.work_to_csl(work, "key")
    assert schema_errors([item]) == []
    assert item["type"] in ZOTERO_CSL_TYPES


def test_a_books_edition_is_the_csl_edition_zotero_keeps():
    item = csl.work_to_csl(Work(type="book", title="Example History", edition="2"), "roe")
    assert item["edition"] == "2"
    assert "edition" not in item.get("note", "")  # Zotero's book has an Edition field: nothing to repeat in Extra
    assert schema_errors([item]) == []


def test_the_archive_that_holds_a_document_is_zoteros_archive_and_loc_in_archive():
    item = csl.work_to_csl(Work(type="document", authors=(Name("Roe", "Jane"),), date=(1962, 10, 15),
                                archive="Example Library, Boston, MA", archive_location="Example Files, box 36"), "roe1962")
    assert (item["archive"], item["archive_location"]) == ("Example Library, Boston, MA", "Example Files, box 36")
    assert "archive" not in item.get("note", "")
    assert schema_errors([item]) == []


def test_the_access_date_is_its_own_variable_and_never_the_issue_date():
    """"accessed January 15, 2022" is when the page was read: CSL ``accessed`` (Zotero's Accessed,
    biblatex's urldate), while ``issued`` keeps the date the page bears."""
    import citex
    from citex.export import bibtex

    doc = citex.extract("Notes\n\n1. Example Network, “Example Timeline,” last modified June 2, 2020, accessed January 15, "
                        "2022, https://www.example.org/timeline.\n")
    item = csl.item_to_csl(doc.items[0])
    assert item["issued"] == {"date-parts": [[2020, 6, 2]]} and item["accessed"] == {"date-parts": [[2022, 1, 15]]}
    jsonschema.validate([item], SCHEMA)
    assert "urldate = {2022-01-15}" in " ".join(bibtex.dumps(doc).split())


def test_a_doi_goes_to_csl_and_bibtex_and_to_zoteros_extra_where_the_type_has_no_doi_field():
    import citex
    from citex.export import bibtex as bib
    from citex.export import csl

    doc = citex.extract("Text.[^1] More.[^2]\n\n[^1]: Jane Roe, “Systemic Violence,” *Example Journal* 52, no. 3 (2009): "
                        "275–84, https://doi.org/10.1007/s10611-009-9197-x.\n[^2]: John Doe, *Example Book* (London: Example "
                        "Press, 2010), doi:10.5555/example.book.\n")
    items = {it["type"]: it for it in csl.to_csl_json(doc)}
    assert items["article-journal"]["DOI"] == "10.1007/s10611-009-9197-x"
    assert "DOI: 10.5555/example.book" in items["book"]["note"].splitlines()
    text = bib.dumps(doc)
    assert "doi          = {10.1007/s10611-009-9197-x}" in text and "doi          = {10.5555/example.book}" in text
