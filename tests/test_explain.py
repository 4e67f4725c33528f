"""citex explain: one note, its pieces, each work's type and fields, and the evidence for each."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from docfactory import sample_document

from citex.cli import main
from citex.errors import EXIT_USAGE, CitexError
from citex.explain import explain, render_text, work_fields

SEED = Path(__file__).resolve().parent.parent / "fixtures" / "zech-2014-peru.txt"


@pytest.fixture(scope="module")
def doc():
    return sample_document()


@pytest.mark.parametrize("number, expected", [
    pytest.param(5, ["[1] full · prefix see", "type book (family book)", "Sendero Luminoso and the Threat of Narcoterrorism",
                     "type book: (Place: Publisher, year)", "[2] full", "type article-journal (family journal)",
                     "97-127", "type article-journal: volume:issue (year): pages",
                     "-> item kay1999violent (cited in notes 5, 6)",
                     "On the older alliance between insurgents and traffickers"], id="two-works-with-commentary"),
    pytest.param(3, ["[1] ibid · locator 4 (page)", "ibid: the one work of note 2", "-> item comercio2013devida",
                     "container-title  El Comercio"], id="ibid-shows-the-work-it-resolves-to"),
    pytest.param(6, ["resolves to one of 2 candidates (ambiguous)", "-> item tarazona-sevillano1990sendero",
                     "-> item kay1999violent", "ibid after a note citing 2 works"], id="ambiguous-ibid"),
    pytest.param(7, ["This note cites nothing"], id="commentary-only"),
    pytest.param(8, ["[1] short", "resolves to: nothing (unresolved)", "no earlier work by Tegel"],
                 id="unresolved-short-form"),
    pytest.param(9, ["UNPARSED, raw text kept", "raw: Ministerio del Interior, doc. 44/B, on file.",
                     "nothing recognised; kept as a document", "warning unparsed"], id="unparsed-piece"),
    pytest.param(4, ["type interview (family interview)", "author       coca farmer", "place        VRAEM, Peru",
                     "issued       2013-05-14", "warning marker-mismatch"], id="interview-and-note-warning"),
])
def test_explain_text_shows_pieces_fields_and_evidence(doc, number, expected):
    text = render_text(explain(doc, number))
    assert text.startswith(f"Note {number} of article.txt")
    flat = " ".join(text.split())  # wrapping and column padding aside
    for snippet in expected:
        assert " ".join(snippet.split()) in flat, snippet
    assert all(len(line) <= 80 for line in text.splitlines())


def test_explain_dict_holds_every_citation_and_evidence(doc):
    explained = explain(doc, 10)
    assert [c["kind"] for c in explained["citations"]] == ["full", "short"]
    full, short = explained["citations"]
    assert full["work"]["type"] == "article-newspaper"
    assert full["work"]["evidence"] == ["type article-newspaper: container 'New York Times' is a newspaper"]
    assert short["evidence"] == ["short form: author Neuman"]
    assert [t["id"] for t in short["resolves_to"]] == ["neuman2012guerrilla"]
    assert short["resolves_to"][0]["notes"] == [9, 10]
    json.dumps(explained)  # plain data


@pytest.mark.parametrize("number", [pytest.param(0, id="zero"), pytest.param(11, id="past-the-end")])
def test_unknown_note_is_a_usage_error(doc, number):
    with pytest.raises(CitexError) as err:
        explain(doc, number)
    assert err.value.exit_code == EXIT_USAGE
    assert f"no note {number}" in err.value.message and "1-10" in err.value.message


def test_work_fields_skip_empty_and_use_csl_names(doc):
    fields = work_fields(doc.items[4].work)
    assert list(fields) == ["author", "title", "container-title", "issued", "volume", "issue", "page", "language"]
    assert fields["issued"] == "1999"


# -- the command on the seed article ----------------------------------------------------------
@pytest.fixture(scope="module")
def seed_doc() -> dict:
    result = CliRunner().invoke(main, ["extract", str(SEED), "--format", "json"])
    assert result.exit_code == 0, result.output
    return json.loads(result.output)


@pytest.mark.parametrize("number", [
    pytest.param(5, id="note-citing-four-works"),
    pytest.param(20, id="repeat-of-note-9-and-el-comercio"),
    pytest.param(26, id="interview"),
    pytest.param(34, id="journal-and-short-form"),
])
def test_cli_explain_names_every_item_and_its_evidence(seed_doc, number):
    result = CliRunner().invoke(main, ["explain", str(SEED), str(number)])
    assert result.exit_code == 0, result.output
    note = next(n for n in seed_doc["notes"] if n["number"] == number)
    items = {it["id"]: it for it in seed_doc["items"]}
    assert len([line for line in result.output.splitlines() if line.startswith("[")]) == len(note["citations"])
    for c in note["citations"]:
        for key in c["item"] if isinstance(c["item"], list) else [c["item"]]:
            assert f"-> item {key} " in result.output
            for evidence in items[key]["citex"]["evidence"]:
                assert evidence[:60] in " ".join(result.output.split())


def test_cli_explain_json_matches_the_extract(seed_doc):
    result = CliRunner().invoke(main, ["explain", str(SEED), "44", "--format", "json"])
    assert result.exit_code == 0, result.output
    explained = json.loads(result.output)
    note = next(n for n in seed_doc["notes"] if n["number"] == 44)
    assert [c["resolves_to"][0]["id"] for c in explained["citations"]] == [c["item"] for c in note["citations"]]
    assert explained["text"] == note["text"]


@pytest.mark.parametrize("args, code, message", [
    pytest.param(["explain", str(SEED), "99"], 2, "has no note 99; its notes are numbered 1-58", id="no-such-note"),
    pytest.param(["explain", str(SEED), "twelve"], 2, "twelve", id="not-a-number"),
    pytest.param(["explain", "no/such/article.txt", "3"], 3, "no such file", id="missing-file"),
])
def test_cli_explain_errors_are_one_line(args, code, message):
    result = CliRunner().invoke(main, args)
    assert result.exit_code == code
    assert message in result.output and len(result.output.strip().splitlines()) == 1


def test_cli_explain_and_audit_read_a_note_marked_with_a_letter(tmp_path):
    article = tmp_path / "lettered.txt"
    article.write_text("Text.[1][a] More.[2]\n\nSubstantive Notes\n[a] For a contrasting view, see Jane Roe, Example Book "
                       "(Lima: Example Press, 2001), 12.\n\nCitations\n[1] John Doe, Other Book (Quito: Example Press, 2004), 9.\n"
                       "[2] Roe, Example Book, 14.\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["explain", str(article), "a"])
    assert result.exit_code == 0, result.output
    assert "Note a of" in result.output and "-> item roe2001example (cited in notes a, 2)" in result.output
    missing = CliRunner().invoke(main, ["explain", str(article), "c"])
    assert missing.exit_code == 2 and "its notes are numbered 1-2 and a" in missing.output
    audit = CliRunner().invoke(main, ["audit", str(article), "--format", "json"])
    assert audit.exit_code == 0, audit.output
    assert [n["number"] for n in json.loads(audit.output)["notes"]] == ["a", 1, 2]


def test_a_lettered_note_is_found_by_its_letter_in_either_case():
    import citex
    from citex.explain import find_note

    doc = citex.extract("Text.[A] More.[1]\n\nSubstantive Notes\n[A] The count is the authors' own.\n\nCitations\n"
                        "[1] Jane Roe, Example Book (Lima: Example Press, 2001), 4.\n")
    assert find_note(doc, "a").number == "A" and find_note(doc, "A").number == "A"
