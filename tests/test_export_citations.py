"""csl-citations export: one CSL citation object per note, every id an item of the CSL-JSON export."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from bibdocs import KAY, TEGEL, WORKS, document, fixture_articles

from citex.export import citations, csl
from citex.model import Citation, Document, Item, Note

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = fixture_articles()


def cite(kind, raw, item, **kw) -> Citation:
    return Citation(note=0, index=0, kind=kind, raw=raw, span=(0, len(raw)), item=item, **kw)


@pytest.mark.parametrize("citation, items", [
    pytest.param(cite("full", "See Tegel, \"As US Ups Aid,\" NBC News.", "tegel2013us", prefix="see"),
                 [{"id": "tegel2013us", "prefix": "see"}], id="signal phrase as prefix"),
    pytest.param(cite("short", "Kay, pp. 37-38.", "kay1999violent", locator="37-38", label="page"),
                 [{"id": "kay1999violent", "locator": "37-38", "label": "page"}], id="short form with pages"),
    pytest.param(cite("ibid", "Ibid., 4.", "kay1999violent", locator="4"),
                 [{"id": "kay1999violent", "locator": "4", "label": "page"}], id="locator without label is a page"),
    pytest.param(cite("ibid", "Ibid., chap. 2.", "kay1999violent", locator="2", label="chapter"),
                 [{"id": "kay1999violent", "locator": "2", "label": "chapter"}], id="other labels kept"),
    pytest.param(cite("ibid", "Ibid.", ("tegel2013us", "kay1999violent"), ambiguous=True),
                 [{"id": "tegel2013us"}, {"id": "kay1999violent"}], id="ambiguous ibid cites every candidate"),
    pytest.param(cite("short", "Smith.", None), [], id="unresolved short form left out"),
])
def test_citation_items(citation, items):
    assert citations.citation_items(citation) == items


def test_one_citation_per_note_commentary_only_included():
    doc = document({"tegel2013us": TEGEL, "kay1999violent": KAY})
    out = json.loads(citations.dumps(doc))
    assert [c["properties"]["noteIndex"] for c in out] == [n.number for n in doc.notes]
    assert [c["citationID"] for c in out] == ["note-1", "note-2", "note-3", "note-4"]
    assert out[-1]["citationItems"] == []  # "The author thanks the farmers of the valley."
    assert out[2]["citationItems"] == [{"id": "kay1999violent", "locator": "4", "label": "page"}]


def test_a_note_number_printed_twice_gets_distinct_ids():
    notes = (Note(3, "Ibid."), Note(3, "Ibid."))
    ids = [c["citationID"] for c in citations.to_citations(Document(source="t", notes=notes))]
    assert ids == ["note-3", "note-3-2"]


def ids_are_items(doc: Document) -> None:
    keys = {i["id"] for i in json.loads(csl.dumps(doc))}
    out = json.loads(citations.dumps(doc))
    assert len(out) == len(doc.notes)
    cited = {entry["id"] for c in out for entry in c["citationItems"]}
    assert cited <= keys


def test_sample_ids_are_csl_items():
    ids_are_items(document(WORKS))
    assert ids_are_items(Document(source="t", items=(Item("k", KAY),))) is None


@pytest.mark.parametrize("path", FIXTURES, ids=lambda p: str(p.relative_to(ROOT / "fixtures")))
def test_every_fixture_cites_only_exported_items(path):
    from citex.pipeline import extract

    ids_are_items(extract(path))
