"""Legal citation forms: law-review articles, reported cases, statutes, "Id." and "supra"."""
from __future__ import annotations

import pytest

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



@pytest.mark.parametrize(
    ("note", "title", "genre", "date"),
    [
        pytest.param("Example Programs Act of 2019, Pub. L. No. 116-117, 134 Stat. 113 (2020) (codified at 31 U.S.C. "
                     "§§ 3351-3358).", "Example Programs Act of 2019", "Pub. L. No. 116-117, 134 Stat. 113", (2020,),
                     id="an-act-and-its-public-law"),
        pytest.param("Example Investment Act, Pub. L. No. 117-58, div. F, 135 Stat. 429, 1182 (2021).", "Example Investment Act",
                     "Pub. L. No. 117-58, div. F, 135 Stat. 429, 1182", (2021,), id="division-and-pinpoint"),
        pytest.param("Example Connectivity Program, 87 Fed. Reg. 8346 (Feb. 14, 2022).", "Example Connectivity Program",
                     "87 Fed. Reg. 8346", (2022, 2, 14), id="a-rule-in-the-federal-register"),
        pytest.param("Exec. Order No. 14,058, 86 Fed. Reg. 71,357 (Dec. 16, 2021).", "Exec. Order No. 14,058",
                     "86 Fed. Reg. 71,357", (2021, 12, 16), id="an-executive-order"),
        pytest.param("Example Deployment Program, 47 U.S.C. § 1702(h)(4).", "Example Deployment Program",
                     "47 U.S.C. § 1702(h)(4)", None, id="a-program-in-the-code"),
        pytest.param("Treaty on the Example of Weapons, July 1, 1968, 21 U.S.T. 483, 729 U.N.T.S. 161.",
                     "Treaty on the Example of Weapons", "21 U.S.T. 483, 729 U.N.T.S. 161", (1968, 7, 1),
                     id="a-treaty-in-its-series-dated-by-signature"),
    ],
)
def test_a_named_law_with_its_citation(note, title, genre, date):
    found, doc = cited(f"Text.[^1]\n\n[^1]: {note}\n")
    assert found == [[("full", "document", None)]]
    w = doc.notes[0].citations[0].work
    assert (w.title, w.genre, w.date) == (title, genre, date)


def test_an_article_with_stat_in_its_title_is_no_law():
    found, _ = cited("Text.[^1]\n\n[^1]: Jane Roe, “Reading 12 Stat. 392,” *Example Review* 4, no. 2 (2001): 5–9.\n")
    assert found == [[("full", "article-journal", None)]]
