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


CASES = """Text.[^1] More.[^2] And.[^3] Then.[^4] Last.[^5] End.[^6]

[^1]: Roe v. Example, 542 U.S. 507, 518 (2004) (plurality opinion).
[^2]: Roe, 542 U.S. at 530.
[^3]: Id. at 531 (holding that the statute applies).
[^4]: Doe v. Sample, 590 F.3d 866, 872 (D.C. Cir. 2010).
[^5]: Roe, 542 U.S. at 540; Doe, 590 F.3d at 871.
[^6]: Id. § 1881a(b).
"""


def test_a_cases_pinpoint_before_a_parenthetical_and_its_short_forms_by_one_party():
    found, doc = cited(CASES)
    assert found[0] == [("full", "document", "518")]
    assert found[1] == [("short", "document", "530")] and found[2] == [("ibid", None, "531")]
    assert found[4] == [("short", "document", "540"), ("short", "document", "871")]
    roe, doe = doc.notes[0].citations[0].item, doc.notes[3].citations[0].item
    assert [c.item for c in doc.notes[4].citations] == [roe, doe] and doc.notes[1].citations[0].item == roe
    assert found[5] == [("ibid", None, "1881a(b)")] and len(doc.items) == 2


@pytest.mark.parametrize(
    ("note", "title", "journal", "pin", "year"),
    [
        pytest.param("Jane Roe, The Elastic Statute, 132 Harv. L. Rev. 1, 12 (2018).", "The Elastic Statute", "Harv. L. Rev",
                     "12", 2018, id="title-without-marks"),
        pytest.param("Jane Roe & John Doe, Powers and Limits, 128 Yale L.J. 1702, 1740 (2019).", "Powers and Limits", "Yale L.J.",
                     "1740", 2019, id="pages-that-look-like-years"),
    ],
)
def test_a_law_review_article_pasted_without_italics(note, title, journal, pin, year):
    found, doc = cited(f"Text.[^1]\n\n[^1]: {note}\n")
    w = doc.notes[0].citations[0].work
    assert (w.type, w.title, w.container, doc.notes[0].citations[0].locator, w.date) == (
        "article-journal", title, journal, pin, (year,))


def test_a_named_act_with_its_public_law_is_no_law_review_article():
    found, doc = cited("Text.[^1]\n\n[^1]: Example Powers Act, Pub. L. No. 107-40, 115 Stat. 224 (2001).\n")
    assert doc.notes[0].citations[0].work.type == "document"


@pytest.mark.parametrize(
    ("note", "title", "genre", "court"),
    [
        pytest.param("Sealed Indictment, United States v. Jane Roe, S1 22 Cr. 673 (RA) (S.D.N.Y. Dec. 9, 2022).",
                     "United States v. Jane Roe", "Sealed Indictment, S1 22 Cr. 673 (RA)", "S.D.N.Y.", id="sealed-indictment"),
        pytest.param("Trial Transcript, United States v. Roe, No. 22-cr-673 (LAK) (S.D.N.Y. Oct. 10, 2023), 612.",
                     "United States v. Roe", "Trial Transcript, No. 22-cr-673 (LAK)", "S.D.N.Y.", id="trial-transcript"),
        pytest.param("Order, In re Example Trading Ltd., No. 22-11068 (Bankr. D. Del. Jan. 9, 2023).",
                     "In re Example Trading Ltd.", "Order, No. 22-11068", "Bankr. D. Del.", id="an-order-in-a-matter"),
        pytest.param("Petition for Review, Example Inc. v. Garland, No. 24-1113 (D.C. Cir. May 7, 2024).",
                     "Example Inc. v. Garland", "Petition for Review, No. 24-1113", "D.C. Cir.", id="a-petition"),
    ],
)
def test_court_filings_named_before_their_case(note, title, genre, court):
    import citex

    doc = citex.extract(f"Notes\n\n1. {note}\n")
    work = doc.notes[0].citations[0].work
    assert (work.type, work.authors, work.title, work.genre, work.publisher) == ("document", (), title, genre, court)


@pytest.mark.parametrize(
    ("note", "title", "series", "date", "article"),
    [
        pytest.param("International Covenant on Example Rights (ICER), adopted December 16, 1966, G.A. Res. 2200A (XXI), "
                     "U.N. Doc. A/6316 (1966), 999 U.N.T.S. 171, entered into force March 23, 1976, art. 7.",
                     "International Covenant on Example Rights (ICER)", "999 U.N.T.S. 171", (1966, 12, 16), "7",
                     id="adopted-then-in-force-then-article"),
        pytest.param("Treaty on the Further Reduction of Example Arms (New EXAMPLE), signed 8 Apr. 2010, entered into force "
                     "5 Feb. 2011.", "Treaty on the Further Reduction of Example Arms (New EXAMPLE)", None, (2010, 4, 8), None,
                     id="signed-not-in-force-dates-it"),
        pytest.param("Example Convention Relative to Prisoners art. 4, Aug. 12, 1949, 6 U.S.T. 3316, 75 U.N.T.S. 135.",
                     "Example Convention Relative to Prisoners", "6 U.S.T. 3316, 75 U.N.T.S. 135", (1949, 8, 12), "4",
                     id="bluebook-article-after-the-name"),
        pytest.param("Treaty on the Non-Proliferation of Example Weapons, July 1, 1968, 729 U.N.T.S. 161, art. VI.",
                     "Treaty on the Non-Proliferation of Example Weapons", "729 U.N.T.S. 161", (1968, 7, 1), "VI",
                     id="an-article-numbered-in-roman"),
        pytest.param("Joint Comprehensive Plan of Action, Example City, July 14, 2015, Annex I, para. 5.",
                     "Joint Comprehensive Plan of Action", None, (2015, 7, 14), "Annex I, para. 5", id="a-paragraph-of-an-annex"),
    ],
)
def test_a_treaty_by_its_name_and_the_facts_of_its_making(note, title, series, date, article):
    import citex

    (cit,) = citex.extract(f"Notes\n\n1. {note}\n").notes[0].citations
    assert (cit.work.type, cit.work.title, cit.work.genre, cit.work.date, cit.locator) == ("document", title, series, date, article)


def test_a_treaty_named_alone_with_the_article_cited():
    import citex

    doc = citex.extract("Notes\n\n1. Treaty on Example Union, Article 42(7).\n2. Convention on the Rights of Examples (CRE), "
                        "adopted November 20, 1989, G.A. Res. 44/25, entered into force September 2, 1990.\n"
                        "3. Convention on the Rights of Examples, art. 38.\n")
    first, full, again = doc.notes[0].citations[0], doc.notes[1].citations[0], doc.notes[2].citations[0]
    assert (first.work.title, first.work.authors, first.locator) == ("Treaty on Example Union", (), "42(7)")
    assert (again.kind, again.item, again.locator) == ("short", full.item, "38")


COMPANY_CASES = """Text.[^1] More.[^2] And.[^3] Then.[^4] Last.[^5]

[^1]: Example Networks, Inc. v. Roe, 598 U.S. 471, 478 (2023).
[^2]: Doe v. Example Bank, PLC, 882 F.3d 314, 320 (2d Cir. 2018).
[^3]: Example Networks, Inc. v. Roe, 598 U.S. at 490.
[^4]: Doe, 882 F.3d at 325.
[^5]: Matter of A-B-, 27 I&N Dec. 316, 320 (A.G. 2018).
"""


def test_a_company_party_keeps_its_form_after_the_comma_and_an_immigration_matter_is_a_case():
    # "Inc.", "PLC" after a comma belong to the party's name; "Matter of …" is a case with no adversary, its
    # reporter "I&N Dec." holding an ampersand
    found, doc = cited(COMPANY_CASES)
    titles = [n.citations[0].work.title for n in doc.notes[:2]] + [doc.notes[4].citations[0].work.title]
    assert titles == ["Example Networks, Inc. v. Roe", "Doe v. Example Bank, PLC", "Matter of A-B-"]
    assert [n[0] for n in found] == [("full", "document", "478"), ("full", "document", "320"), ("short", "document", "490"),
                                     ("short", "document", "325"), ("full", "document", "320")]
    assert doc.notes[2].citations[0].item == doc.notes[0].citations[0].item
    assert doc.notes[3].citations[0].item == doc.notes[1].citations[0].item
    assert (doc.notes[4].citations[0].work.genre, doc.notes[4].citations[0].work.publisher) == ("27 I&N Dec. 316", "A.G.")


def test_a_case_cited_again_by_its_second_partys_hyphenated_name():
    found, doc = cited("Text.[^1] More.[^2]\n\n[^1]: INS v. Example-Roe, 480 U.S. 421, 430 (1987).\n"
                       "[^2]: Example-Roe, 480 U.S. at 431.\n")
    assert found[1] == [("short", "document", "431")]
    assert doc.notes[1].citations[0].item == doc.notes[0].citations[0].item


@pytest.mark.parametrize("party", ["*Example-Roe*", "_Example-Roe_"])
def test_a_case_cited_again_by_its_party_in_italics(party):
    # Markdown prints the party's name in italics; the short form is the same
    found, doc = cited("Text.[^1] More.[^2]\n\n[^1]: *INS v. Example-Roe*, 480 U.S. 421, 430 (1987).\n"
                       f"[^2]: See {party}, 480 U.S. at 431–33 (Roe, J., concurring).\n")
    assert found[1] == [("short", "document", "431-33")]
    assert doc.notes[1].citations[0].item == doc.notes[0].citations[0].item


INTERNATIONAL = """Text.[^1] [^2] [^3] [^4] [^5] [^6] [^7] [^8]

[^1]: Treaty between the Example Republic and the Federation of Examples on Measures for the Further Reduction of Arms, Prague, April 8, 2010, T.I.A.S. No. 11-205.
[^2]: Ibid., art. II.
[^3]: Joint Comprehensive Plan of Action (JCPOE), Vienna, July 14, 2015.
[^4]: Council Directive 2001/55/EC of 20 July 2001 on minimum standards for giving temporary protection, OJ L 212, 7.8.2001, p. 12.
[^5]: UN General Assembly, New York Declaration for Examples, A/RES/71/1 (3 October 2016).
[^6]: Ibid., para. 22.
[^7]: Report of the Secretary-General on Women and Peace and Security, S/2022/740 (5 October 2022), para. 14.
[^8]: Treaty on the Non-Proliferation of Example Weapons (NPEW), July 1, 1968, 21 U.S.T. 483, 729 U.N.T.S. 161.
[^9]: NPEW, art. IV(1).
"""


def test_international_instruments_cited_by_place_and_date_symbol_or_journal():
    found, doc = cited(INTERNATIONAL)
    works = [n.citations[0].work if n.citations else None for n in doc.notes]
    assert all(n.citations for n in doc.notes), [n.number for n in doc.notes if not n.citations]
    assert (works[0].title, works[0].place, works[0].date, works[0].genre) == (
        "Treaty between the Example Republic and the Federation of Examples on Measures for the Further Reduction of Arms",
        "Prague", (2010, 4, 8), "T.I.A.S. No. 11-205")
    assert found[1] == [("ibid", None, "II")]
    assert (works[2].title, works[2].place, works[2].date) == ("Joint Comprehensive Plan of Action (JCPOE)", "Vienna",
                                                               (2015, 7, 14))
    assert (works[3].container, [a.literal for a in works[3].authors]) == (
        "Official Journal of the European Union", ["Council of the European Union"])
    assert (works[4].title, works[4].genre, works[4].date) == ("New York Declaration for Examples", "A/RES/71/1", (2016, 10, 3))
    assert found[5] == [("ibid", None, "22")] and doc.notes[5].citations[0].item == doc.notes[4].citations[0].item
    assert (works[6].title, works[6].genre, works[6].date, found[6][0][2]) == (
        "Report of the Secretary-General on Women and Peace and Security", "S/2022/740", (2022, 10, 5), "14")
    again = doc.notes[8].citations[0]  # the treaty by the short name its title gave it, and the article's paragraph
    assert (again.kind, again.item, again.locator) == ("short", doc.notes[7].citations[0].item, "IV(1)")


def test_prose_about_an_agreement_with_a_date_is_no_treaty():
    from citex.parse import primary

    assert primary.treaty("The agreement was signed by both parties, July 14, 2015.") is None
    assert primary.treaty("The Agreement collapsed within months, July 14, 2015.") is None


BLUEBOOK = """Text.[^1] [^2] [^3] [^4] [^5] [^6] [^7]

[^1]: T. Alexander Roe et al., Immigration and Example: Process and Policy 850 (9th ed. 2021).
[^2]: Miriam Doe, *Judge Blocks Example Policy on Asylum*, N.Y. Times (Dec. 19, 2018), https://www.nytimes.com/2018/12/19/us/a.html.
[^3]: Deborah E. Poe, *Refugee Law and the Example Paradigm*, 15 Int'l J. Refugee L. 567 (2003).
[^4]: Interview with asylum officer (anonymous), in Houston, Tex. (Mar. 4, 2019).
[^5]: Roe et al., *supra* note 1, at 860.
[^6]: Jack Moe, *The Failure of Example Freedom*, Knight First Amend. Inst. (June 13, 2018), https://example.org/failure.
[^7]: Authorization for Use of Example Force, Pub. L. No. 107-40, 115 Stat. 224 (2001).
"""


def test_bluebook_books_periodicals_articles_and_interviews():
    found, doc = cited(BLUEBOOK)
    works = [n.citations[0].work for n in doc.notes]
    assert [len(n.citations) for n in doc.notes] == [1, 1, 1, 1, 1, 1, 1]
    assert (works[0].type, works[0].title, works[0].edition, works[0].date, found[0][0][2]) == (
        "book", "Immigration and Example: Process and Policy", "9", (2021,), "850")
    assert (works[1].type, works[1].container, works[1].date) == ("article-newspaper", "N.Y. Times", (2018, 12, 19))
    assert (works[2].page, found[2][0][2]) == ("567", None)  # the first page, no pinpoint
    assert (works[3].type, works[3].place, works[3].date) == ("interview", "Houston, Tex.", (2019, 3, 4))
    assert [(k, loc) for k, _, loc in found[4]] == [("short", "860")]
    assert doc.notes[4].citations[0].item == doc.notes[0].citations[0].item
    assert (works[5].type, works[5].container, works[5].date) == ("webpage", "Knight First Amend. Inst", (2018, 6, 13))
    assert works[6].type == "document"  # a law, whatever its name: no book


EU_ACTS = """Text.[^1] [^2] [^3] [^4] [^5]

[^1]: Regulation (EU) 2024/1689 of the European Parliament and of the Council of 13 June 2024 laying down harmonised rules on example intelligence (Example Intelligence Act), OJ L, 2024/1689, 12.7.2024, art. 6.
[^2]: Ibid., recital 12.
[^3]: Example Intelligence Act, art. 3(63).
[^4]: Example Services Act, Regulation (EU) 2022/2065, OJ L 277, 27.10.2022, art. 5(1)(a).
[^5]: Regulation (EU) 2016/679 of the European Parliament and of the Council of 27 April 2016 on the protection of natural persons (General Example Regulation) [2016] OJ L119/1, art 22.
"""


def test_eu_regulations_by_their_popular_names_the_new_journal_numbers_and_oscola():
    found, doc = cited(EU_ACTS)
    assert [len(n.citations) for n in doc.notes] == [1, 1, 1, 1, 1]
    assert found[0] == [("full", "document", "6")] and found[1][0][0] == "ibid" and found[1][0][2].endswith("12")
    assert [(k, loc) for k, _, loc in found[2]] == [("short", "3(63)")]
    assert doc.notes[2].citations[0].item == doc.notes[0].citations[0].item  # by the name its title gave it
    fourth, fifth = doc.notes[3].citations[0], doc.notes[4].citations[0]
    assert (fourth.work.title, fourth.locator, fourth.work.date) == (
        "Regulation (EU) 2022/2065 (Example Services Act)", "5(1)(a)", (2022, 10, 27))
    assert (fifth.work.container, fifth.work.issue, fifth.locator) == ("Official Journal of the European Union", "L119", "22")


@pytest.mark.parametrize(
    ("text", "title", "series", "date", "article"),
    [
        pytest.param("Protocol to Prevent Example Trafficking, supplementing the Example Convention (adopted 15 November 2000, "
                     "entered into force 25 December 2003) 2237 UNTS 319, art 3.",
                     "Protocol to Prevent Example Trafficking, supplementing the Example Convention", "2237 UNTS 319",
                     (2000, 11, 15), "3", id="oscola-made-in-brackets-then-the-series"),
        pytest.param("Council of Europe Convention on Example Action (adopted 16 May 2005, entered into force 1 February 2008) "
                     "CETS No 197, art 26.", "Council of Europe Convention on Example Action", "CETS No 197", (2005, 5, 16),
                     "26", id="a-council-of-europe-treaty-by-its-number"),
        pytest.param("Forced Example Convention, 1930 (No. 29), art. 2(1).", "Forced Example Convention, 1930 (No. 29)", None,
                     (1930,), "2(1)", id="an-ilo-convention-by-year-and-number"),
    ],
)
def test_treaties_as_oscola_and_the_ilo_cite_them(text, title, series, date, article):
    from citex.parse import primary

    work, loc, _ = primary.treaty(text)
    assert (work.title, work.genre, work.date, loc) == (title, series, date, article)


def test_the_constitution_a_law_codified_in_scattered_sections_and_no_page_printed():
    found, doc = cited("Text.[^1] [^2] [^3] [^4] [^5]\n\n[^1]: U.S. Const. amend. XIII, § 1.\n"
                       "[^2]: Example Protection Act of 2000, Pub. L. No. 106-386, 114 Stat. 1464 (codified as amended in "
                       "scattered sections of 18 and 22 U.S.C.).\n"
                       "[^3]: Jane Roe, “High Example Prices,” Example Blog, March 3, 2022.\n"
                       "[^4]: Roe, “High Example Prices,” n.p.\n[^5]: Ibid., n.p.\n")
    works = [n.citations[0].work for n in doc.notes]
    assert (works[0].title, found[0][0][2]) == ("U.S. Const. amend. XIII", "1")
    assert works[1].title == "Example Protection Act of 2000"
    assert [(k, loc) for k, _, loc in found[3]] == [("short", None)] and found[4] == [("ibid", None, None)]
    assert doc.notes[3].citations[0].item == doc.notes[2].citations[0].item


def test_a_statement_of_a_ministry_is_a_document_not_a_speech():
    found, doc = cited("Text.[^1]\n\n[^1]: “Statement of the Ministry of Foreign Affairs of Example on the Award,” Ministry "
                       "of Foreign Affairs of Example, July 12, 2016.\n")
    assert found[0][0][1] == "document"


@pytest.mark.parametrize(
    ("text", "body", "title", "symbol"),
    [
        pytest.param("S.C. Res. 1718, U.N. Doc. S/RES/1718 (Oct. 14, 2006).", "United Nations Security Council",
                     "Resolution 1718 (2006)", "S/RES/1718", id="security-council"),
        pytest.param("G.A. Res. 73/195, U.N. Doc. A/RES/73/195 (Dec. 19, 2018).", "United Nations General Assembly",
                     "Resolution 73/195 (2018)", "A/RES/73/195", id="general-assembly"),
    ],
)
def test_un_resolutions_as_the_bluebook_cites_them(text, body, title, symbol):
    found, doc = cited(f"Text.[^1]\n\n[^1]: {text}\n")
    work = doc.notes[0].citations[0].work
    assert ([a.literal for a in work.authors], work.title, work.genre) == ([body], title, symbol)


def test_a_dutch_press_release_by_a_body():
    found, doc = cited("Text.[^1]\n\n[^1]: Openbaar Ministerie, “Celstraffen geëist tegen teruggekeerden,” persbericht, "
                       "12 maart 2019.\n")
    work = doc.notes[0].citations[0].work
    assert (work.type, [a.literal for a in work.authors], work.genre, work.container) == (
        "document", ["Openbaar Ministerie"], "persbericht", None)


@pytest.mark.parametrize(
    ("text", "title", "number", "court", "pin"),
    [
        pytest.param("Case C-411/10, N.S. v Secretary of State for the Example Department [2011] ECR I-13905.",
                     "N.S. v Secretary of State for the Example Department", "Case C-411/10",
                     "Court of Justice of the European Union", None, id="a-cjeu-case-in-its-reports"),
        pytest.param("Joined Cases C-411/10 and C-493/10, N.S. and Others, EU:C:2011:865, para. 94.", "N.S. and Others",
                     "Case C-411/10 and C-493/10", "Court of Justice of the European Union", "94", id="joined-cases-by-ecli"),
        pytest.param("The Example Sea Arbitration (Republic of Examples v. Example Republic), PCA Case No. 2013-19, Award of "
                     "July 12, 2016, paras. 261-78.", "Example Sea Arbitration (Republic of Examples v. Example Republic)",
                     "PCA Case No. 2013-19", "Permanent Court of Arbitration", "261-78", id="an-arbitration-by-its-pca-number"),
    ],
)
def test_international_cases_by_their_numbers(text, title, number, court, pin):
    found, doc = cited(f"Text.[^1]\n\n[^1]: {text}\n")
    c = doc.notes[0].citations[0]
    assert (c.work.title, c.work.genre, c.work.publisher, c.locator) == (title, number, court, pin)


def test_a_thesis_with_an_unmarked_title():
    found, doc = cited("Text.[^1]\n\n[^1]: Melanie M. Roe, Politics at the Example Intersection (PhD diss., Ohio State "
                       "University, 2008), 45.\n")
    c = doc.notes[0].citations[0]
    assert (c.work.type, c.work.title, c.work.publisher, c.locator) == (
        "thesis", "Politics at the Example Intersection", "Ohio State University", "45")


def test_a_case_cited_again_by_one_party_and_its_whole_citation():
    found, doc = cited("Text.[^1] [^2]\n\n[^1]: United States v. Examplski, 487 U.S. 931, 940 (1988).\n"
                       "[^2]: Examplski, 487 U.S. 931, 952 (1988).\n")
    again = doc.notes[1].citations[0]
    assert (again.kind, again.item, again.locator) == ("short", doc.notes[0].citations[0].item, "952")


def test_a_hereinafter_name_leaves_the_work_to_be_read_and_the_id_after_it_finds_it():
    import citex

    doc = citex.extract("Notes\n\n1. Example Statute, 50 U.S.C. § 1881a (2018).\n2. Privacy & Civil Liberties Example Bd., Report on "
                        "the Example Program 7 (2014) [hereinafter PCLOB Report].\n3. Id. at 111-12.\n")
    report = doc.notes[1].citations[0]
    assert (report.work.type, [a.literal for a in report.work.authors], report.work.date, report.locator) == (
        "report", ["Privacy & Civil Liberties Example Bd."], (2014,), "7")
    assert (doc.notes[2].citations[0].item, doc.notes[2].citations[0].locator) == (report.item, "111-12")


@pytest.mark.parametrize(("note", "outlet", "locator"), [
    ("Jane Roe & John Doe, Example Tool Misused on Suspects, Wall St. J., May 19, 2023.", "Wall St. J.", None),
    ("Jane Roe, Example Tries to Keep Records Secret, N.Y. Times, Nov. 25, 2012, at A1.", "N.Y. Times", "A1"),
])
def test_a_newspaper_article_in_the_bluebooks_print_form(note, outlet, locator):
    import citex

    [citation] = citex.extract(f"Notes\n\n1. {note}\n").notes[0].citations
    assert (citation.work.type, citation.work.container, citation.locator) == ("article-newspaper", outlet, locator)


@pytest.mark.parametrize(
    "note, title, place, container, date, locator",
    [
        pytest.param("Example Offences (Amendment) Act, 2013 (Nigeria), section 13.", "Example Offences (Amendment) Act, 2013",
                     "Nigeria", None, (2013,), "13", id="a-commonwealth-act-its-year-after-a-comma-its-country-and-section"),
        pytest.param("Example Security Laws (Amendment) Act, No. 19 of 2014, *Kenya Gazette Supplement* No. 167, December 22, "
                     "2014.", "Example Security Laws (Amendment) Act, 2014", None, "Kenya Gazette Supplement", (2014, 12, 22),
                     None, id="an-act-by-its-number-of-the-year-in-the-gazette-not-a-newspaper"),
        pytest.param("Ley de Ejemplo Interior, *Diario Oficial de la Federación*, 21 de diciembre de 2017.",
                     "Ley de Ejemplo Interior", None, "Diario Oficial de la Federación", (2017, 12, 21), None,
                     id="a-law-named-ley-de-is-no-persons-name"),
        pytest.param("Ley Federal para Prevenir Delitos en Materia de Ejemplos, *Diario Oficial de la Federación*, 12 de enero "
                     "de 2016.", "Ley Federal para Prevenir Delitos en Materia de Ejemplos", None,
                     "Diario Oficial de la Federación", (2016, 1, 12), None, id="a-law-whose-name-holds-en-is-no-prose-lead"),
        pytest.param('Federal Law No. 114-FZ "On Countering Example Activity," July 25, 2002.',
                     "Federal Law No. 114-FZ “On Countering Example Activity”", None, None, (2002, 7, 25), None,
                     id="a-federal-law-named-on-in-quotes"),
    ],
)
def test_laws_by_their_own_names_are_documents(note, title, place, container, date, locator):
    doc = extract(f"Text.[^1]\n\n[^1]: {note}\n".encode(), name="laws.md")
    [c] = doc.notes[0].citations
    w = c.work
    assert (c.kind, w.type, w.title, w.place, w.container, w.date, c.locator) == \
        ("full", "document", title, place, container, date, locator)
    assert not w.authors


@pytest.mark.parametrize(
    ("note", "journal", "volume", "page", "locator"),
    [
        pytest.param("Jane Example, *Considering an Example Statute*, 114 Nw. U. L. Rev. 1061, 1075–80 (2020) (arguing that "
                     "existing statutes suffice).", "Nw. U. L. Rev", "114", "1061", "1075-80",
                     id="an-explanatory-parenthetical-after-the-year"),
        pytest.param("Jane Example & John Doe, *Estimating Example Cases*, 105 J. Crim. L. & Criminology 609 (2015).",
                     "J. Crim. L. & Criminology", "105", "609", None, id="an-ampersand-in-the-journals-abbreviation"),
    ],
)
def test_law_review_articles_with_remarks_and_ampersands(note, journal, volume, page, locator):
    found, doc = cited(f"Text.[^1]\n\n[^1]: {note}\n")
    [c] = doc.notes[0].citations
    assert (c.work.type, c.work.container, c.work.volume, c.work.page, c.locator) == \
        ("article-journal", journal, volume, page, locator)


def test_a_bluebook_book_with_a_subtitle_and_only_its_year():
    found, doc = cited("Text.[^1]\n\n[^1]: Jane Example & John Doe, Pastels and Examples: Inside the Mind of Example (2021).\n")
    [c] = doc.notes[0].citations
    assert (c.work.type, c.work.title, [a.family for a in c.work.authors], c.work.date) == \
        ("book", "Pastels and Examples: Inside the Mind of Example", ["Example", "Doe"], (2021,))


def test_a_bluebook_book_with_only_its_year_in_small_capitals_or_not_and_its_supra_forms():
    found, doc = cited("Text.[^1] More.[^2] And.[^3]\n\n[^1]: *See generally* JANE PHILIPPA ROE, COMPLICITY AND THE LAW OF STATE "
                       "RESPONSIBILITY (2011); John Doe, Complicity in International Law (2015).\n[^2]: Roe, *supra* note 1, at "
                       "235–41.\n[^3]: Doe, *supra* note 1, at 214.\n")
    first = doc.notes[0].citations
    assert [(c.kind, c.work.type, c.work.date, c.locator) for c in first] == [("full", "book", (2011,), None),
                                                                              ("full", "book", (2015,), None)]
    assert first[1].work.title == "Complicity in International Law"
    assert [(c.kind, c.item, c.locator) for n in doc.notes[1:] for c in n.citations] == [
        ("short", first[0].item, "235-41"), ("short", first[1].item, "214")]


@pytest.mark.parametrize(("note", "title", "court"), [
    pytest.param("El-Example v. the former Yugoslav Republic of Macedonia, App. No. 39630/09, Eur. Ct. H.R. (Grand Chamber, "
                 "December 13, 2012).", "El-Example v. the former Yugoslav Republic of Macedonia", "Eur. Ct. H.R.",
                 id="eur-ct-hr-and-a-party-named-the-former"),
    pytest.param("H.F. and Others v. Examplia, App. Nos. 24384/19 and 44234/20, Eur. Ct. H.R. (Grand Chamber), September 14, "
                 "2022.", "H.F. and Others v. Examplia", "Eur. Ct. H.R. (Grand Chamber)", id="eur-ct-hr-then-its-chamber"),
])
def test_a_case_of_the_european_court_of_human_rights_as_american_notes_cite_it(note, title, court):
    import citex

    [cited] = citex.extract(f"Notes\n\n1. {note}\n").notes[0].citations
    assert (cited.kind, cited.work.title, cited.work.publisher) == ("full", title, court)


@pytest.mark.parametrize(("note", "journal"), [
    pytest.param("Robert Roe, The Sleeper Scenario: Example Laws, 42 Harv. J. on Legis. 1, 2–4 (2005).", "Harv. J. on Legis.",
                 id="on-inside-the-journals-name"),
    pytest.param("Laura Roe, Section 702 and Example Content, 38 Harv. J.L. & Pub. Pol'y 117, 124–26 (2015).",
                 "Harv. J.L. & Pub. Pol’y", id="joined-initials-and-an-apostrophe-abbreviation"),
    pytest.param('Jane Roe, A Framework for Targeting Outside the "Hot" Conflict Zone, 161 U. Pa. L. Rev. 1165, 1170–72 (2013).',
                 "U. Pa. L. Rev.", id="a-quotation-inside-the-unmarked-title"),
])
def test_law_review_articles_whose_journal_or_title_once_split_the_note(note, journal):
    import citex

    (cit,) = citex.extract(f"Notes\n\n1. {note}\n").notes[0].citations
    assert (cit.work.type, cit.work.container.rstrip(".")) == ("article-journal", journal.rstrip("."))


@pytest.mark.parametrize(("note", "title", "genre", "locator"), [
    pytest.param("Example Reform and Prevention Act of 2004 (P.L. 108-458, §7119).", "Example Reform and Prevention Act of 2004",
                 "P.L. 108-458", "7119", id="act-then-public-law-and-section"),
    pytest.param("Example Defense of Rights Act of 2014 (P.L. 113-278; 50 U.S.C. §1701 note).",
                 "Example Defense of Rights Act of 2014", "P.L. 113-278", None, id="act-then-public-law-and-code"),
    pytest.param("Example Assistance Act of 1961, § 490, as amended.", "Example Assistance Act of 1961", None, "490",
                 id="act-and-section-as-amended"),
    pytest.param("P.L. 106-120, Title VIII.", "P.L. 106-120", None, "Title VIII", id="public-law-alone"),
    pytest.param("The Example Disaster Relief and Emergency Assistance Act (Example Act; P.L. 93-288, as amended; 42 U.S.C. "
                 "§§5121 et seq.).", "Example Disaster Relief and Emergency Assistance Act", "P.L. 93-288", None,
                 id="act-with-no-year-its-short-name-number-and-code-in-brackets"),
    pytest.param("Section 1791 of the Example Defense Authorization Act for Fiscal Year 2019 (P.L. 115-232).",
                 "Example Defense Authorization Act for Fiscal Year 2019", "P.L. 115-232", "1791", id="section-of-an-act"),
    pytest.param("Continuing Example Act, 2024 and Other Extensions Act (P.L. 118-15), §129.",
                 "Continuing Example Act, 2024 and Other Extensions Act", "P.L. 118-15", "129", id="appropriations-act-year"),
    pytest.param("P.L. 81-774, 64 Stat. 798 (1950).", "P.L. 81-774", "64 Stat. 798", None, id="public-law-and-statutes"),
    pytest.param("Pub. L. No. 115-254, div. D, § 1234, 132 Stat. 3186, 3466 (2018).", "Pub. L. No. 115-254",
                 "132 Stat. 3186, 3466", "1234", id="gao-public-law-division-section-statutes"),
    pytest.param("Example Security Act of 2002, P.L. 107-296, 116 Stat. 2135.", "Example Security Act of 2002",
                 "P.L. 107-296, 116 Stat. 2135", None, id="act-comma-public-law-statutes"),
])
def test_public_laws_as_crs_cites_them(note, title, genre, locator):
    import citex

    (n,) = citex.extract(f"Notes\n\n1. {note}\n").notes
    (c,) = n.citations
    assert (c.work.title, c.work.genre, c.locator) == (title, genre, locator)


def test_an_act_named_inside_a_sentence_is_no_public_law_of_that_name():
    from citex.parse import legal

    assert legal.crs_law("Section 219 of the Act was added by the Example Penalty Act of 1996 (P.L. 104-132, §302).") is None


def test_an_eu_act_with_the_official_journal_in_italics():
    import citex

    (n,) = citex.extract("Notes\n\n1. Regulation (EU) 2021/784 of the European Parliament and of the Council of 29 April 2021 "
                         "on addressing the dissemination of example content online, *OJ* L 172, 17.5.2021, pp. 79–109.\n").notes
    (c,) = n.citations
    assert (c.work.container, c.work.issue) == ("Official Journal of the European Union", "L 172") and not n.commentary


def test_an_inter_american_court_judgment_keeps_its_case_name():
    import citex

    (n,) = citex.extract("Notes\n\n1. Case of the Example Massacre v. Examplia, Merits, Reparations and Costs, Judgment, "
                         "Inter-Am. Ct. H.R. (ser. C) No. 134 (Sept. 15, 2005).\n").notes
    (c,) = n.citations
    assert (c.work.title, c.work.date) == ("Case of the Example Massacre v. Examplia", (2005, 9, 15)) and not n.commentary


def test_a_bluebook_book_by_several_authors_the_last_after_an_ampersand():
    import citex

    (n,) = citex.extract("Notes\n\n1. Jane Roe, Ann Marie Doe & John Poe, On the Frontlines: Gender, War, and the Example "
                         "Process 45 (2011).\n").notes
    w = n.citations[0].work
    assert ([a.family for a in w.authors], w.title, n.citations[0].locator) == (
        ["Roe", "Doe", "Poe"], "On the Frontlines: Gender, War, and the Example Process", "45")


def test_a_bluebook_newspaper_piece_whose_title_lost_its_italics():
    import citex

    (n,) = citex.extract("Notes\n\n1. Jane Roe, For First Time, Court Defines Example as War Crime, N.Y. Times (June 28, 1996), "
                         "https://www.nytimes.com/1996/06/28/world/example.html.\n").notes
    w = n.citations[0].work
    assert (w.type, w.title, w.container, w.date) == ("article-newspaper", "For First Time, Court Defines Example as War Crime",
                                                      "N.Y. Times", (1996, 6, 28))


@pytest.mark.parametrize(("note", "title", "year"), [
    ("Cal. Penal Code § 835a (West 2023).", "Cal. Penal Code § 835a", 2023),
    ("N.Y. Crim. Proc. Law § 510.10 (McKinney 2020).", "N.Y. Crim. Proc. Law § 510.10", 2020),
    ("Va. Code Ann. § 19.2-59 (2021).", "Va. Code Ann. § 19.2-59", 2021),
    ("Fla. Stat. § 776.012 (2022).", "Fla. Stat. § 776.012", 2022),
    ("Tex. Code Crim. Proc. Ann. art. 17.15 (West 2021).", "Tex. Code Crim. Proc. Ann. art. 17.15", 2021),
    ("Minneapolis, Minn., Code of Ordinances § 172.10 (2021).", "Minneapolis, Minn., Code of Ordinances § 172.10", 2021),
    ("Cal. Civ. Code § 1946.2 (2020), added by the Tenant Protection Act of 2019, A.B. 1482.", "Cal. Civ. Code § 1946.2", 2020),
    ("34 U.S.C. § 12601.", "34 U.S.C. § 12601", None),
    ("34 U.S.C. § 12601 (formerly 42 U.S.C. § 14141).", "34 U.S.C. § 12601", None),
    ("Minneapolis, Minn., Code of Ordinances tit. 9, ch. 172, § 172.20 (2020).",
     "Minneapolis, Minn., Code of Ordinances tit. 9, ch. 172, § 172.20", 2020),
    ("725 Ill. Comp. Stat. 5/110-1.5 (2023).", "725 Ill. Comp. Stat. 5/110-1.5", 2023),
    ("N.Y.C. Local Law No. 192 (2019) (requiring the closure of the jails on Example Island).", "N.Y.C. Local Law No. 192", 2019),
])
def test_a_section_of_a_states_or_a_citys_code_is_one_statute(note, title, year):
    # the state's abbreviation ("Cal.", "Va.") ends no sentence; the section names the law
    import citex

    (n,) = citex.extract(f"Notes\n\n1. {note}\n").notes
    (cit,) = n.citations
    assert (cit.kind, cit.work.type, cit.work.title, cit.work.date, n.commentary) == (
        "full", "document", title, (year,) if year else None, None)


CANADIAN = """Text.[^1] [^2] [^3] [^4] [^5] [^6]

[^1]: *Criminal Code*, RSC 1985, c C-46, s 83.01.
[^2]: *R v Jordan*, 2016 SCC 27 at para 5.
[^3]: *Anti-terrorism Act, 2015*, SC 2015, c 20.
[^4]: Example Nation v British Columbia (Minister of Forests), 2004 SCC 73, [2004] 3 SCR 511 at para 25.
[^5]: Ibid at para 27.
[^6]: Example v HM Advocate [2010] HCJAC 7, 2010 JC 110.
"""


def test_canadian_statutes_by_chapter_and_cases_by_neutral_citation():
    found, doc = cited(CANADIAN)
    assert found[:5] == [[("full", "document", "83.01")], [("full", "document", "5")], [("full", "document", None)],
                         [("full", "document", "25")], [("ibid", None, "27")]]
    assert doc.notes[4].citations[0].item == doc.notes[3].citations[0].item  # "Ibid at para 27": the case before
    works = [n.citations[0].work for n in doc.notes]
    assert [(w.title, w.genre, w.date) for w in works[:4]] == [
        ("Criminal Code", "RSC 1985, c C-46", (1985,)), ("R v Jordan", "2016 SCC 27", (2016,)),
        ("Anti-terrorism Act, 2015", "SC 2015, c 20", (2015,)),
        ("Example Nation v British Columbia (Minister of Forests)", "2004 SCC 73", (2004,))]
    assert [doc.notes[i].citations[0].label for i in (0, 1)] == ["section", "paragraph"]
    # (a Scottish case with its neutral citation in brackets keeps it in its name: that form is read elsewhere)
    assert works[5].title.startswith("Example v HM Advocate [2010] HCJAC 7")


@pytest.mark.parametrize(("text", "genre", "page", "date", "locator"), [
    pytest.param("Application of the Example Convention (The Gambia v. Myanmar), Provisional Measures, Order of 23 January 2020, "
                 "I.C.J. Reports 2020, p. 3.", "Provisional Measures Order", "3", (2020, 1, 23), None, id="an-order"),
    pytest.param("Military and Example Activities in and against Nicaragua (Nicaragua v. United States of America), Merits, "
                 "Judgment, I.C.J. Reports 1986, p. 14, para. 202.", "Merits Judgment", "14", (1986,), "202",
                 id="a-judgment-and-its-paragraph"),
])
def test_a_decision_of_the_international_court_of_justice_from_its_reports(text, genre, page, date, locator):
    import citex

    (c,) = citex.extract(f"Notes\n\n1. {text}\n").notes[0].citations
    w = c.work
    assert (w.type, w.genre, w.container, w.page, w.publisher, w.date, c.locator) == (
        "document", genre, "I.C.J. Reports", page, "International Court of Justice", date, locator)


def test_a_filings_docket_entry_is_no_page():
    """"…, ECF No. 9": the filing's entry in the court's docket; it was read as page 9."""
    import citex

    doc = citex.extract("Notes\n\n1. Indictment, United States v. Jane Roe, No. 17 Cr. 722 (VSB) (S.D.N.Y. Nov. 21, 2017), "
                        "ECF No. 9.\n2. Criminal Complaint, United States v. Jane Roe, No. 17-mag-9431 (S.D.N.Y. Nov. 1, 2017), "
                        "ECF No. 1, at 7-9.\n")
    assert [c.locator for n in doc.notes for c in n.citations] == [None, "7-9"]


@pytest.mark.parametrize("note,court,title,pin", [
    ("Corte IDH. *Caso Pacheco Teruel y otros vs. Honduras*. Fondo, Reparaciones y Costas. Sentencia de 27 de abril de "
     "2012. Serie C No. 241, párr. 60.", "Corte IDH", "Caso Pacheco Teruel y otros vs. Honduras", "60"),
    ("Corte Interamericana de Derechos Humanos, Caso Alvarado Espinoza y otros vs. México. Fondo, Reparaciones y Costas. "
     "Sentencia de 28 de noviembre de 2018. Serie C No. 370, párr. 179.", "Corte Interamericana de Derechos Humanos",
     "Caso Alvarado Espinoza y otros vs. México", "179"),
])
def test_a_judgment_of_the_inter_american_court_is_one_work(note, court, title, pin):
    # its sentences (stage, judgment's day, Series C number) are parts of one citation, never short forms of their own
    import citex

    (n,) = citex.extract(f"Notes\n\n1. {note}\n").notes
    (c,) = n.citations
    w = c.work
    assert ([a.literal for a in w.authors], w.title, c.locator) == ([court], title, pin)
    assert "Serie C No." in w.genre and w.date[0] in (2012, 2018)


def test_a_law_as_abnt_cites_it_is_one_work_and_its_jurisdiction_no_short_form():
    # "BRASIL." heads the law: neither a short form of its own nor, later, a name that finds the law again
    import citex

    doc = citex.extract("Notas\n\n1. BRASIL. Lei nº 11.343, de 23 de agosto de 2006. Institui o Sistema Nacional de Políticas "
                        "Públicas sobre Drogas - Sisnad. Diário Oficial da União: seção 1, Brasília, DF, p. 2, 24 ago. 2006.\n"
                        "2. BRASIL. Supremo Tribunal Federal. Recurso Extraordinário 635.659/SP. Relator: Min. Gilmar Mendes. "
                        "Julgamento iniciado em 20 ago. 2015.\n")
    (law,) = doc.notes[0].citations
    assert (law.work.title, law.work.date, law.work.language, [a.literal for a in law.work.authors]) == \
        ("Lei nº 11.343", (2006, 8, 23), "pt", ["Brasil"])
    assert all(c.item != law.item for c in doc.notes[1].citations)


@pytest.mark.parametrize(("pinpoint", "locator"), [("párr. 120", "120"), ("párrs. 46–50", "46-50"), ("para. 12", "12")])
def test_the_paragraph_of_a_ruling_cited_is_its_pinpoint(pinpoint, locator):
    import citex

    (cite,) = citex.extract(f"Notes\n\n1. Corte Constitucional del Ejemplo, Sentencia No. 365-18-JH/21, 24 de marzo de 2021, "
                            f"{pinpoint}.\n").notes[0].citations
    assert (cite.work.title, cite.locator, cite.label) == ("Sentencia No. 365-18-JH/21", locator, "paragraph")


def test_federal_register_pages_and_an_orders_number_with_the_thousands_comma():
    import citex

    doc = citex.extract('Text.1\n\nNotes\n\n1. "Iranian Transactions and Sanctions Regulations," 77 Fed. Reg. 64,664 '
                        "(October 22, 2012) (codified at 31 C.F.R. pt. 560).\n")
    work = doc.notes[0].citations[0].work
    assert (work.container, work.volume, work.page) == ("Federal Register", "77", "64664")


def test_an_act_of_the_european_union_with_the_official_journal_named_in_full():
    import citex

    doc = citex.extract("Text.1\n\nNotes\n\n1. Council Regulation (EU) 2022/328 of 25 February 2022 amending Regulation (EU) "
                        "No 833/2014 concerning restrictive measures in view of Russia's actions destabilising the situation in "
                        "Ukraine, *Official Journal of the European Union* L 49, 25 February 2022, 1–140, art. 1(4).\n")
    [cit] = doc.notes[0].citations
    work = cit.work
    assert work.title.startswith("Council Regulation (EU) 2022/328") and work.title.endswith("in Ukraine")
    assert (work.container, work.issue, work.date) == ("Official Journal of the European Union", "L 49", (2022, 2, 25))
    assert [a.literal for a in work.authors] == ["Council of the European Union"]


@pytest.mark.parametrize("note, title", [
    ("hiQ Labs, Inc. v. LinkedIn Corp., 31 F.4th 1180 (9th Cir. 2022).", "hiQ Labs, Inc. v. LinkedIn Corp."),
    ("*hiQ Labs v. LinkedIn*, 31 F.4th 1180 (9th Cir. 2022).", "hiQ Labs v. LinkedIn"),
])
def test_a_case_whose_first_party_opens_in_lower_case(note, title):
    # (companies that write their names so: "hiQ", "eBay", "iRobot")
    import citex

    doc = citex.extract(f"Text.1\n\nNotes\n\n1. {note}\n")
    [cit] = doc.notes[0].citations
    assert (cit.work.type, cit.work.title, cit.work.publisher) == ("document", title, "9th Cir.")


def test_a_cjeu_case_named_after_its_court_with_its_judgments_day_before_the_ecli():
    import citex

    doc = citex.extract("Text.1\n\nNotes\n\n1. CJEU, Case C-143/22, Association Example (ADDE) and Others v Ministre de "
                        "l’Intérieur, Judgment of 21 September 2023, ECLI:EU:C:2023:689, para. 52.\n")
    [cit] = doc.notes[0].citations
    work = cit.work
    assert (work.title, work.genre, work.date, cit.locator) == (
        "Association Example (ADDE) and Others v Ministre de l’Intérieur", "Case C-143/22", (2023, 9, 21), "52")
    assert work.publisher == "Court of Justice of the European Union"


@pytest.mark.parametrize(("note", "court", "title", "number", "locator", "label"), [
    pytest.param("Oberlandesgericht Beispielstadt, Urteil vom 6. Oktober 2022, Az. III-7 StS 4/20 [Higher Regional Court of "
                 "Beispielstadt, judgment of October 6, 2022], pp. 112-115.", "Oberlandesgericht Beispielstadt",
                 "Urteil vom 6. Oktober 2022", "Az. III-7 StS 4/20", "112-115", "page", id="docket-gloss-and-pages"),
    pytest.param("Landesgericht für Strafsachen Wien, Urteil vom 1. Februar 2023, 72 Hv 5/22x, S. 45.",
                 "Landesgericht für Strafsachen Wien", "Urteil vom 1. Februar 2023", "72 Hv 5/22x", "45", "page",
                 id="austrian-docket-and-page"),
    pytest.param("Cour d'assises spécialement composée de Paris, arrêt du 29 juin 2022, feuille de motivation, p. 41.",
                 "Cour d’assises spécialement composée de Paris", "arrêt du 29 juin 2022, feuille de motivation", None, "41",
                 "page", id="the-part-of-the-ruling-cited"),
    pytest.param("BVerfG, Urteil vom 19.5.2020, 1 BvR 2835/17, Rn. 150.", "BVerfG", "Urteil vom 19.5.2020", "1 BvR 2835/17",
                 "150", "paragraph", id="marginal-number"),
    pytest.param("Rechtbank Rotterdam, 27 oktober 2023, ECLI:NL:RBROT:2023:10123 [District Court of Rotterdam, judgment of "
                 "October 27, 2023], r.o. 4.3.", "Rechtbank Rotterdam", None, "ECLI:NL:RBROT:2023:10123", "4.3", "paragraph",
                 id="ecli-gloss-and-ground"),
])
def test_a_european_courts_ruling_keeps_its_number_and_the_page_or_paragraph_cited(note, court, title, number, locator, label):
    # (the page had been lost, the case number dropped, the English gloss read into the title; with a gloss after an ECLI the
    # whole ruling had been taken for commentary and the next ibid sent to the work before)
    import citex

    (n, ibid) = citex.extract(f"Text.[^1] More.[^2]\n\n[^1]: {note}\n[^2]: Ibid.\n".encode(), name="a.md").notes
    (c,) = n.citations
    w = c.work
    assert (w.publisher, w.title, w.genre, c.locator, c.label) == (court, title, number, locator, label)
    assert ibid.citations[0].item == c.item


@pytest.mark.parametrize(("note", "container", "volume", "page", "title", "locator"), [
    pytest.param("BVerfGE 154, 152 (BND – Ausland-Ausland-Fernmeldeaufklärung).", "BVerfGE", "154", "152",
                 "BND – Ausland-Ausland-Fernmeldeaufklärung", None, id="the-decisions-name-in-brackets"),
    pytest.param("BVerfGE 123, 267 (340).", "BVerfGE", "123", "267", None, "340", id="the-page-cited-in-brackets"),
    pytest.param("BGHSt 62, 1, 5.", "BGHSt", "62", "1", None, "5", id="the-page-cited-after-a-comma"),
])
def test_a_german_courts_decision_by_its_official_reporter(note, container, volume, page, title, locator):
    # (each had been taken for commentary and lost)
    import citex

    (n,) = citex.extract(f"Anmerkungen\n\n1 {note}\n").notes
    (c,) = n.citations
    w = c.work
    assert (w.container, w.volume, w.page, w.title, c.locator) == (container, volume, page, title, locator)


@pytest.mark.parametrize(("note", "title", "genre", "locator"), [
    pytest.param("Siehe etwa Antwort der Bundesregierung auf die Kleine Anfrage der Abgeordneten Jane Roe u.a. und der Fraktion "
                 "DIE BEISPIEL, Deutscher Bundestag, Drucksache 19/6384, 10.12.2018.",
                 "Antwort der Bundesregierung auf die Kleine Anfrage der Abgeordneten Jane Roe u.a. und der Fraktion DIE BEISPIEL",
                 "Drucksache 19/6384", None, id="its-title-before-the-parliament"),
    pytest.param("BT-Drs. 19/6384 vom 10.12.2018, S. 3.", None, None, "3", id="by-its-number-alone"),
])
def test_a_german_parliaments_printed_paper(note, title, genre, locator):
    import citex

    (n,) = citex.extract(f"Anmerkungen\n\n1 {note}\n").notes
    (c,) = n.citations
    w = c.work
    assert (w.authors[0].literal, w.date, c.locator) == ("Deutscher Bundestag", (2018, 12, 10), locator)
    assert title is None or (w.title, w.genre) == (title, genre)


@pytest.mark.parametrize(("note", "author", "title", "date", "locator"), [
    pytest.param("Bundesministerium der Verteidigung (Hg.), Weißbuch 2016 zur Sicherheitspolitik und zur Zukunft der Bundeswehr, "
                 "Berlin, Juli 2016, S. 38f.", "Bundesministerium der Verteidigung",
                 "Weißbuch 2016 zur Sicherheitspolitik und zur Zukunft der Bundeswehr", (2016, 7), "38 f.", id="hg-and-a-month"),
    pytest.param("Bundesministerium des Innern und für Heimat (Hrsg.), Verfassungsschutzbericht 2022, Berlin 2023, S. 50.",
                 "Bundesministerium des Innern und für Heimat", "Verfassungsschutzbericht 2022", (2023,), "50",
                 id="hrsg-town-and-year"),
])
def test_a_ministrys_own_report_with_hg_or_hrsg(note, author, title, date, locator):
    # ("(Hg.)" after a ministry is who issues it; the town, month and page had been read into the title)
    import citex

    (n,) = citex.extract(f"Anmerkungen\n\n1 {note}\n").notes
    (c,) = n.citations
    w = c.work
    assert (w.type, w.authors[0].literal, w.title, w.place, w.date, c.locator) == ("report", author, title, "Berlin", date,
                                                                                  locator)


@pytest.mark.parametrize(("note", "title", "genre", "date", "container"), [
    pytest.param("Legge 3 agosto 2007, n. 124, «Sistema di informazione per la sicurezza della Repubblica», in *Gazzetta "
                 "Ufficiale*, n. 187, 13 agosto 2007.", "Sistema di informazione per la sicurezza della Repubblica",
                 "Legge n. 124", (2007, 8, 3), "Gazzetta Ufficiale", id="an-italian-law-its-title-and-gazette"),
    pytest.param("Gesetz zur Änderung des Beispiel-Gesetzes vom 19.4.2021, BGBl. I S. 771.",
                 "Gesetz zur Änderung des Beispiel-Gesetzes", "Gesetz", (2021, 4, 19), "BGBl. I", id="a-german-law-in-the-gazette"),
])
def test_a_national_law_by_its_day_and_number_or_gazette(note, title, genre, date, container):
    # (read as a chapter of the gazette dated by its issue, or as a document whose title swallowed its day and gazette)
    import citex

    (n,) = citex.extract(f"Text.[^1]\n\n[^1]: {note}\n".encode(), name="a.md").notes
    w = n.citations[0].work
    assert (w.type, w.title, w.genre, w.date, w.container) == ("document", title, genre, date, container)


@pytest.mark.parametrize(("note", "genre", "locator", "label"), [
    pytest.param("Aff. in Supp. of Crim. Compl. at 7, United States v. Roe, No. 1:21-mj-00195 (D.D.C. Feb. 3, 2021), ECF No. 1-1.",
                 "Affidavit in Support of Criminal Complaint, No. 1:21-mj-00195", "7", "page", id="abbreviated-affidavit-at-page"),
    pytest.param("Trial Tr. at 4521:3–15, United States v. Roe, No. 1:22-cr-00015 (D.D.C. Nov. 8, 2022).",
                 "Trial Transcript, No. 1:22-cr-00015", "4521:3-15", "page", id="transcript-page-and-lines-no-volume"),
    pytest.param("Indictment ¶ 4, United States v. Roe, No. 1:22-cr-00015 (D.D.C. Jan. 12, 2022), ECF No. 1.",
                 "Indictment, No. 1:22-cr-00015", "4", "paragraph", id="paragraph-after-the-filing"),
    pytest.param("Gov't Sentencing Mem., United States v. Roe, No. 1:21-cr-00175 (D.D.C. Aug. 17, 2023), ECF No. 857.",
                 "Government Sentencing Memorandum, No. 1:21-cr-00175", None, None, id="govt-is-no-given-name"),
])
def test_a_filing_named_with_bluebook_abbreviations_and_its_pinpoint_before_the_case(note, genre, locator, label):
    # (these had been reports titled by the whole note, or "Gov't" a given name and "Sentencing Mem." a family name)
    doc = extract(f"Text.[^1]\n\n[^1]: {note}\n".encode(), name="legal.md")
    cit = doc.notes[0].citations[0]
    assert (cit.work.type, cit.work.title, cit.work.genre, cit.work.authors) == ("document", "United States v. Roe", genre, ())
    assert (cit.locator, cit.label) == (locator, label)


def test_an_abbreviated_exhibit_and_the_indictment_of_one_case_stay_two_papers():
    doc = extract("Text.[^1] More.[^2]\n\n[^1]: Indictment ¶¶ 1–3, United States v. Roe, No. 1:22-cr-00015 (D.D.C. Jan. 12, 2022), "
                  "ECF No. 1.\n[^2]: Gov’t Ex. 1500.1, United States v. Roe, No. 1:22-cr-00015 (D.D.C.) (Signal chat “Example "
                  "sharing secured”).\n".encode(), name="legal.md")
    exhibit = doc.notes[1].citations[0]
    assert exhibit.work.genre.startswith("Government Exhibit 1500.1") and exhibit.item != doc.notes[0].citations[0].item


@pytest.mark.parametrize(("note", "author"), [
    pytest.param("@example_enby, Twitter (Jan. 11, 2021, 3:51 AM), https://twitter.com/example_enby/status/1348521485548826625.",
                 "@example_enby", id="a-handle-alone"),
    pytest.param("Jane Roe (@janeroe), Telegram (Jan. 6, 2021, 2:38 PM), https://t.me/janeroe/123.", "Roe", id="a-name-and-handle"),
])
def test_a_post_as_the_bluebook_cites_it_with_its_date_and_hour_in_brackets(note, author):
    # (these had been reports titled "@handle, Twitter", with no author or platform)
    work = extract(f"Text.[^1]\n\n[^1]: {note}\n".encode(), name="legal.md").notes[0].citations[0].work
    assert work.type == "webpage" and (work.authors[0].literal or work.authors[0].family) == author
    assert work.genre.endswith("post") and len(work.date) == 3


def test_a_cases_paper_named_again_by_a_party_and_what_it_is():
    # ("Internet Research Agency indictment, ¶ 4" had been a new document of that title)
    doc = extract("Text.[^1] More.[^2] More.[^3]\n\n[^1]: *United States v. Example Research Agency LLC et al.*, No. 1:18-cr-00032 "
                  "(D.D.C. filed Feb. 16, 2018), ECF No. 1, ¶¶ 11–12.\n[^2]: Example Research Agency indictment, ¶ 4.\n"
                  "[^3]: Other Research Agency indictment, ¶ 4.\n".encode(), name="legal.md")
    first, again, other = (n.citations[0] for n in doc.notes)
    assert (again.kind, again.item, again.locator) == ("short", first.item, "4")
    assert other.item != first.item  # (a party no case cited before names)


@pytest.mark.parametrize(("note", "title", "page", "year", "locator"), [
    pytest.param("*Legal Consequences of the Construction of an Example Wall*, Advisory Opinion, I.C.J. Reports 2004, p. 136, at "
                 "p. 179, para. 109.", "Legal Consequences of the Construction of an Example Wall", "136", 2004, "109",
                 id="the-courts-own-form-an-advisory-opinion"),
    pytest.param("Application of the Example Convention (Bosn. & Herz. v. Serb. & Montenegro), Judgment, 2007 ICJ Rep. 43, "
                 "para. 420 (Feb. 26).", "Application of the Example Convention (Bosn. & Herz. v. Serb. & Montenegro)", "43",
                 2007, "420", id="american-journals-year-before-the-reports"),
    pytest.param("Example Activities in and Against Nicaragua (Nicar. v. U.S.), 1986 I.C.J. 14, para. 115 (June 27).",
                 "Example Activities in and Against Nicaragua (Nicar. v. U.S.)", "14", 1986, "115", id="bluebook"),
    pytest.param("*Legal Consequences of an Example Wall* (Advisory Opinion) [2004] ICJ Rep 136, para 139.",
                 "Legal Consequences of an Example Wall", "136", 2004, "139", id="oscola"),
])
def test_a_decision_of_the_international_court_of_justice_in_the_forms_journals_print(note, title, page, year, locator):
    found, doc = cited(f"Text.[^1]\n\n[^1]: {note}\n")
    [c] = doc.notes[0].citations
    assert (c.work.title, c.work.container, c.work.page, c.work.date[0], c.locator) == (
        title, "I.C.J. Reports", page, year, locator)


def test_a_judges_opinion_after_ibid_or_after_the_judgment_is_that_judgment_with_its_paragraphs():
    found, doc = cited("Text.[^1] More.[^2] And.[^3]\n\n[^1]: *Legal Consequences of an Example Wall* (Advisory Opinion) [2004] "
                       "ICJ Rep 136, para 139.\n[^2]: ibid, Separate Opinion of Judge Roe, paras 33–35; Declaration of Judge Doe, "
                       "para 6.\n[^3]: Ibid., Dissenting Opinion of Judge Poe, paras 154–71.\n")
    case = doc.notes[0].citations[0].item
    assert [(c.kind, c.item, c.locator) for n in doc.notes[1:] for c in n.citations] == [
        ("ibid", case, "33-35"), ("ibid", case, "6"), ("ibid", case, "154-71")]
    assert len(doc.items) == 1


@pytest.mark.parametrize("verb", ["quoting", "citing"])
def test_the_authority_a_parenthetical_quotes_is_a_second_work_and_id_still_means_the_first(verb):
    # Bluebook: "(quoting …)" cites the source of the quotation; its year is not the host's, and "Id." after the note
    # refers to the host, not to the authority in its parenthetical
    found, doc = cited("Text.[^1] More.[^2]\n\n"
                       f"[^1]: *Example Land v. Roe*, 345 U.S. 1, 10 (1953) ({verb} *Doe v. Example Land*, 92 U.S. 105, "
                       "107 (1876)).\n[^2]: *Id.* at 12.\n")
    assert found == [[("full", "document", "10"), ("full", "document", "107")], [("ibid", None, "12")]]
    host, quoted = doc.notes[0].citations
    assert (host.work.title, host.work.date, quoted.work.title, quoted.work.date) == (
        "Example Land v. Roe", (1953,), "Doe v. Example Land", (1876,))
    assert doc.notes[1].citations[0].item == host.item


def test_a_chicago_note_quoting_a_book_keeps_its_own_year_and_pages():
    _, doc = cited('Text.[^1]\n\n[^1]: Jane Roe, "Example Article," *Example Affairs* 94, no. 2 (2015): 78–86 (quoting '
                   'John Doe, *Example Book* (New York: Norton, 2010), 45).\n')
    article, book = doc.notes[0].citations
    assert (article.work.date, article.work.page, book.work.title, book.locator) == ((2015,), "78-86", "Example Book", "45")


@pytest.mark.parametrize(("note", "who", "title", "volume", "locator", "label"), [
    pytest.param("3 JOHN DOE, COMMENTARIES ON THE EXAMPLE CONSTITUTION § 1485 (1833).", "DOE",
                 "COMMENTARIES ON THE EXAMPLE CONSTITUTION", "3", "1485", "section", id="volume-small-capitals-section"),
    pytest.param("2 The Records of the Example Convention of 1787, at 318 (Jane Roe ed., 1911).", "Roe",
                 "The Records of the Example Convention of 1787", "2", "318", "page", id="title-and-editor-alone"),
    pytest.param("1 John Doe, Commentaries *257 (1765).", "Doe", "Commentaries", "1", "257", "page", id="star-page"),
])
def test_a_bluebook_book_in_volumes_with_its_editor_section_or_star_page(note, who, title, volume, locator, label):
    # constitutional history cites Farrand, Story and Blackstone so: the volume first, the part cited after the title
    (n,) = extract(f"Text.[^1]\n\n[^1]: {note}\n".encode(), name="a.md").notes
    (cit,) = n.citations
    people = cit.work.authors or cit.work.editors
    assert (cit.work.type, people[0].family, cit.work.title, cit.work.volume) == ("book", who, title, volume)
    assert (cit.locator, cit.label) == (locator, label)


@pytest.mark.parametrize("note", [
    "Authority to Use Example Force, 35 Op. O.L.C. 20, 27 (2011).",
    "Memorandum Opinion for the Attorney General, Authority to Use Example Force, 35 Op. O.L.C. 20, 27 (2011).",
])
def test_an_office_of_legal_counsel_opinion_is_a_report_in_its_volume(note):
    found, doc = cited(f"Text.[^1] More.[^2]\n\n[^1]: {note}\n[^2]: *Id.* at 31.\n")
    assert found == [[("full", "report", "27")], [("ibid", None, "31")]]
    w = doc.notes[0].citations[0].work
    assert (w.title, w.container, w.volume, w.page, w.date) == ("Authority to Use Example Force", "Op. O.L.C.", "35", "20",
                                                              (2011,))


@pytest.mark.parametrize(("note", "title", "genre"), [
    pytest.param("Authorization for Use of Example Force, Pub. L. No. 107-40, 115 Stat. 224 (2001) (codified at 50 U.S.C. "
                 "§ 1541 note (2018)).", "Authorization for Use of Example Force", "Pub. L. No. 107-40, 115 Stat. 224",
                 id="an-authorization-codified-with-the-codes-year"),
    pytest.param("Example Surveillance Act of 1978, Pub. L. No. 95-511, 92 Stat. 1783 (codified as amended at 50 U.S.C. "
                 "§§ 1801–1885c (2018)).", "Example Surveillance Act of 1978", "Pub. L. No. 95-511, 92 Stat. 1783",
                 id="an-act-codified-as-amended"),
])
def test_a_session_law_with_its_codification_and_the_codes_year_is_read(note, title, genre):
    # Bluebook rule 12.2 cites a session law with its codification, whose code cite has a year of its own: the note had been
    # dropped without a warning
    found, doc = cited(f"Text.[^1] More.[^2]\n\n[^1]: {note}\n[^2]: *See id.* at 5.\n")
    assert found == [[("full", "document", None)], [("ibid", None, "5")]]
    w = doc.notes[0].citations[0].work
    assert (w.title, w.genre) == (title, genre)


@pytest.mark.parametrize(("note", "author", "title", "publisher", "genre", "locator"), [
    pytest.param("Jane K. Roe, Cong. Rsch. Serv., R42659, The Example Act and Related Matters: The Use of the Military "
                 "(2018).", "Roe", "The Example Act and Related Matters: The Use of the Military", "Cong. Rsch. Serv.",
                 "R42659", None, id="a-person-then-the-service-and-its-number"),
    pytest.param("Jane K. Roe, Cong. Rsch. Serv., R42659, The Example Act 12 (2018).", "Roe", "The Example Act",
                 "Cong. Rsch. Serv.", "R42659", "12", id="with-a-page"),
    pytest.param("U.S. Gov’t Accountability Off., GAO-20-123, Example Oversight 4 (2020).", "U.S. Gov’t Accountability Off.",
                 "Example Oversight", "U.S. Gov’t Accountability Off.", "GAO-20-123", "4", id="a-body-then-its-number"),
    pytest.param("Am. Bar Ass’n, Report to the House of Delegates No. 116A (2007).", "Am. Bar Ass’n",
                 "Report to the House of Delegates No. 116A", None, None, None, id="an-abbreviated-body-and-its-report"),
])
def test_a_bluebook_report_with_its_issuing_body_and_number_before_the_title(note, author, title, publisher, genre, locator):
    # Bluebook 21st ed. abbreviates the body ("Cong. Rsch. Serv.", "Off."): its stops end no sentence, and the body and
    # the number are the report's publisher and number, not words of its title
    _, doc = cited(f"Text.[^1]\n\n[^1]: {note}\n")
    (cit,) = doc.notes[0].citations
    w = cit.work
    assert (w.type, w.authors[0].family or w.authors[0].literal, w.title) == ("report", author, title)
    assert (w.publisher, w.genre, cit.locator) == (publisher, genre, locator)
