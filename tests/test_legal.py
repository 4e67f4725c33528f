"""Legal citation forms: law-review articles, reported cases, statutes, "Id." and "supra"."""
from __future__ import annotations

from citex import extract


def cited(notes_md: str):
    doc = extract(notes_md.encode(), name="legal.md")
    return [[(c.kind, c.work.type if c.work else None, c.locator) for c in n.citations] for n in doc.notes], doc


ARTICLE = """Text.[^1] More.[^2] And.[^3] Then.[^4] Last.[^5]

[^1]: Jane Doe, *The Law of Coca*, 112 Harv. L. Rev. 345, 350 (1999).
[^2]: *Id.* at 352.
[^3]: United States v. Morales, 123 F.3d 456, 460 (9th Cir. 1999).
[^4]: Doe, *supra* note 1, at 360.
[^5]: 21 U.S.C. § 841 (2018).
"""


def test_a_law_review_article_keeps_volume_first_page_and_pinpoint():
    found, doc = cited(ARTICLE)
    assert found[0] == [("full", "article-journal", "350")]
    w = doc.notes[0].citations[0].work
    assert (w.title, w.volume, w.page, w.date) == ("The Law of Coca", "112", "345", (1999,))


def test_id_and_supra_point_back_to_the_article():
    found, doc = cited(ARTICLE)
    assert found[1] == [("ibid", None, "352")]
    assert [(k, loc) for k, _, loc in found[3]] == [("short", "360")]
    item = doc.notes[0].citations[0].item
    assert doc.notes[1].citations[0].item == item and doc.notes[3].citations[0].item == item


def test_a_reported_case_names_its_court_reporter_and_pinpoint():
    found, doc = cited(ARTICLE)
    w = doc.notes[2].citations[0].work
    assert found[2] == [("full", "document", "460")]
    assert (w.title, w.genre, w.publisher, w.date, w.language) == (
        "United States v. Morales", "123 F.3d 456", "9th Cir.", (1999,), "en")


def test_a_code_section_is_a_document():
    found, doc = cited(ARTICLE)
    assert found[4] == [("full", "document", None)]
    assert (doc.notes[4].citations[0].work.title, doc.notes[4].citations[0].work.date) == ("21 U.S.C. § 841", (2018,))


def test_a_journal_article_keeps_its_range_before_the_page_cited():
    doc = extract("Text.[^1]\n\n[^1]: Bruce H. Kay, “Violent Opportunities,” *Journal of Interamerican Studies* 41, "
                  "no. 3 (1999): 97–127, 100.\n".encode(), name="a.md")
    c = doc.notes[0].citations[0]
    assert (c.work.page, c.locator) == ("97-127", "100")
