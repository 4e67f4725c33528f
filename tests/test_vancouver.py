"""Notes in the numbered style of medicine and public health (Vancouver), read as notes."""
from __future__ import annotations

import pytest

from citex.model import Piece
from citex.parse import parse_piece, vancouver
from citex.parse.features import judge


def read(text: str):
    assert judge(text)[0] == "full", text
    return parse_piece(Piece(note=1, index=0, text=text, span=(0, len(text)), kind="full")).work


def test_journal_article_with_three_authors_et_al_and_a_month():
    w = read("Smith J, Doe AB, Roe C, et al. Coca and conflict in the Andes. J Health Econ. 2015 Mar;34:12-20.")
    assert (w.type, [(a.family, a.given) for a in w.authors], w.title, w.container, w.volume, w.page, w.date) == (
        "article-journal", [("Smith", "J."), ("Doe", "A. B."), ("Roe", "C.")], "Coca and conflict in the Andes",
        "J Health Econ", "34", "12-20", (2015, 3))


@pytest.mark.parametrize(
    ("text", "authors", "container", "volume", "issue", "page", "date"),
    [
        pytest.param("Roe J, Doe A. Example guidance for public health. MMWR Morb Mortal Wkly Rep. 2020 Dec 11;69(49):1860-7.",
                     ["Roe", "Doe"], "MMWR Morb Mortal Wkly Rep", "69", "49", "1860-7", (2020, 12, 11),
                     id="a-weekly-dated-to-the-day-keeps-its-range"),
        pytest.param("Roe J, Doe A. Example: what is next for public health? Lancet. 2020;395(10224):542-5.",
                     ["Roe", "Doe"], "Lancet", "395", "10224", "542-5", (2020,), id="title-ending-on-a-question-mark"),
        pytest.param("Roe J, Doe A, Poe B, et al. Estimating example mortality. Lancet 2022; 399: 1513–36.",
                     ["Roe", "Doe", "Poe"], "Lancet", "399", None, "1513-36", (2022,), id="the-lancets-own-style"),
        pytest.param("Example Mortality Collaborators. Estimating example mortality. Lancet. 2022;399(10334):1513-36.",
                     ["Example Mortality Collaborators"], "Lancet", "399", "10334", "1513-36", (2022,),
                     id="a-group-of-collaborators-as-author"),
        pytest.param("Roe J, Doe A. Example health systems. Lancet Glob Health. 2018;6(11):e1196-252.",
                     ["Roe", "Doe"], "Lancet Glob Health", "6", "11", "e1196-252", (2018,), id="electronic-pages"),
        pytest.param("Roe AD. A beautiful example: how it has fallen short. *Lancet*. 2021;397(10292):2322-2325. "
                     "doi:10.1016/S0140-6736(21)01367-2", ["Roe"], "Lancet", "397", "10292", "2322-2325", (2021,),
                     id="the-journal-in-italics-as-ama-prints-it"),
    ],
)
def test_journal_articles(text, authors, container, volume, issue, page, date):
    w = read(text)
    assert w.type == "article-journal"
    assert ([a.family or a.literal for a in w.authors], w.container, w.volume, w.issue, w.page, w.date) == \
        (authors, container, volume, issue, page, date)


@pytest.mark.parametrize(
    ("text", "kind", "authors", "title", "publisher", "place", "date", "edition"),
    [
        pytest.param("EXAMPLEAIDS. Global example update 2023: the path that ends it. Geneva: Joint Example Programme; 2023.",
                     "report", ["EXAMPLEAIDS"], "Global example update 2023: the path that ends it", "Joint Example Programme",
                     "Geneva", (2023,), None, id="a-body-as-author-without-internet"),
        pytest.param("World Health Organization, United Nations Children’s Fund (UNICEF). Progress with example coverage. "
                     "Geneva: WHO; 2022.", "report", ["World Health Organization", "United Nations Children’s Fund (UNICEF)"],
                     "Progress with example coverage", "WHO", "Geneva", (2022,), None, id="two-bodies-are-two-authors"),
        pytest.param("Roe RM. A history of example health. Baltimore (MD): Example University Press; 2016. p. 112-4.",
                     "book", ["Roe"], "A history of example health", "Example University Press", "Baltimore, MD", (2016,),
                     None, id="a-place-with-its-state-in-brackets"),
        pytest.param("Roe RM. Example health. 3rd ed. London: Example Press; 2016.", "book", ["Roe"], "Example health",
                     "Example Press", "London", (2016,), "3", id="an-edition"),
        pytest.param("World Health Organization. International Example Regulations (2005). 3rd ed. Geneva: World Health "
                     "Organization; 2016.", "report", ["World Health Organization"], "International Example Regulations (2005)",
                     "World Health Organization", "Geneva", (2016,), None, id="a-year-in-brackets-inside-the-title"),
        pytest.param("Roe J, Doe A. Example seroprevalence in a county. medRxiv [Preprint]. 2020 Apr 17 [cited 2023 Apr 30]. "
                     "Available from: https://doi.org/10.1101/2020.04.14.20062463", "report", ["Roe", "Doe"],
                     "Example seroprevalence in a county", "medRxiv", None, (2020, 4, 17), None, id="a-preprint"),
        pytest.param("The Independent Panel for Example Preparedness. Example: make it the last one [Internet]. 2021 May "
                     "[cited 2023 May 2]. Available from: https://example.org/report", "report",
                     ["The Independent Panel for Example Preparedness"], "Example: make it the last one", None, None,
                     (2021, 5), None, id="a-web-document-dated-without-a-publisher"),
    ],
)
def test_books_reports_and_documents(text, kind, authors, title, publisher, place, date, edition):
    w = read(text)
    assert (w.type, [a.family or a.literal for a in w.authors], w.title, w.publisher, w.place, w.date, w.edition) == \
        (kind, authors, title, publisher, place, date, edition)


def test_journal_article_with_issue():
    w = read("Smith J. Coca and conflict. Lancet. 2015;385(9980):1234-1240.")
    assert (w.volume, w.issue, w.page) == ("385", "9980", "1234-1240")


def test_book_with_place_publisher_and_page():
    c = parse_piece(Piece(note=1, index=0, span=(0, 10), kind="full",
                          text="Farmer P. Pathologies of power. Berkeley: University of California Press; 2003. p. 45."))
    assert (c.work.type, c.work.publisher, c.work.place, c.work.date, c.locator) == (
        "book", "University of California Press", "Berkeley", (2003,), "45")


def test_web_page_of_an_organisation_drops_the_cited_date():
    w = read("World Health Organization. Cholera [Internet]. Geneva: World Health Organization; 2023 [cited 2024 May 10]. "
             "Available from: https://www.who.int/news-room/fact-sheets/detail/cholera")
    assert ([a.literal for a in w.authors], w.title, w.date, w.url) == (
        ["World Health Organization"], "Cholera", (2023,), "https://www.who.int/news-room/fact-sheets/detail/cholera")


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Vanda Felbab-Brown, *Shooting Up* (Washington: Brookings, 2010), 37; see also Ibid.", id="chicago"),
        pytest.param("Interview with a coca farmer, VRAEM; May 14, 2013.", id="interview-with-a-semicolon"),
        pytest.param("The harvest fell; prices rose. Farmers left.", id="prose"),
    ],
)
def test_other_forms_are_left_to_the_note_readers(text):
    assert vancouver.to_note_form(text) is None


@pytest.mark.parametrize("text, authors, title", [
    pytest.param("Roe J, Doe A, Poe B; Commission on Example Determinants of Health. Closing the example gap. "
                 "Lancet. 2008;372(9650):1661-9.", ["Roe", "Doe", "Poe", "Commission on Example Determinants of Health"],
                 "Closing the example gap", id="persons-then-their-group"),
    pytest.param("Roe DL, Doe N; Example Scientific and Technical Advisory Group. Example: what is next? Lancet. "
                 "2020;395(10224):542-5.", ["Roe", "Doe", "Example Scientific and Technical Advisory Group"],
                 "Example: what is next?", id="a-group-whose-name-holds-and"),
])
def test_a_group_author_after_the_persons(text, authors, title):
    w = read(text)
    assert ([a.family or a.literal for a in w.authors], w.title, w.container) == (authors, title, "Lancet")


def test_a_body_whose_name_opens_with_a_countrys_initials_is_no_list_of_persons():
    from citex.parse.names import parse_names
    assert [n.literal for n in parse_names("U.S. Example Securities and Exchange Commission")] == \
        ["U.S. Example Securities and Exchange Commission"]


@pytest.mark.parametrize("entry", [
    "Roe Example J, Doe N, Poe C, et al. Effectiveness of example vaccines. N Engl J Med. 2021;385(7):585-594.",
    "Roe Example J. Effectiveness of example vaccines. N Engl J Med. 2021;385(7):585-594.",
])
def test_a_first_author_with_a_family_name_of_two_words(entry):
    import citex

    (n,) = citex.extract(f"Notes\n\n1. {entry}\n").notes
    w = n.citations[0].work
    assert (w.authors[0].family, w.authors[0].given) == ("Roe Example", "J.") and w.container == "N Engl J Med"


def test_a_chapter_in_an_edited_book():
    w = read("Roe P, Doe M, Poe FJ, et al. Global hazards of examples. In: Loe H, Roe P, Moe R, Koe S, editors. *Example: "
             "Disease Control Priorities*. 3rd ed. Vol 3. Washington (DC): The Example Bank; 2015. p. 175-193.")
    assert (w.type, w.title, w.container, [e.family for e in w.editors]) == (
        "chapter", "Global hazards of examples", "Example: Disease Control Priorities", ["Loe", "Roe", "Moe", "Koe"])
    assert (w.publisher, w.place, w.date, w.volume, w.edition, w.page) == (
        "The Example Bank", "Washington, DC", (2015,), "3", "3", "175-193")


def test_a_report_with_its_series_as_a_sentence_and_hyphenated_initials():
    w = read("Roe C, Doe DB, Poe PH-V, et al. From Double Example to Double Recovery. Example Discussion Paper. Washington (DC): "
             "Example Bank; 2021.")
    assert (w.type, w.title, w.genre, w.publisher, w.place, w.date) == (
        "report", "From Double Example to Double Recovery", "Example Discussion Paper", "Example Bank", "Washington, DC", (2021,))
    assert [(a.family, a.given) for a in w.authors] == [("Roe", "C."), ("Doe", "D. B."), ("Poe", "P. H.-V.")]


def test_stat_in_capitals_is_a_news_site_and_stat_a_statute_reporter_is_not():
    from citex.parse.classify import known_outlet

    assert known_outlet("STAT") and known_outlet("*STAT*") and not known_outlet("Stat.") and not known_outlet("Stat")


@pytest.mark.parametrize(
    ("text", "title", "container", "volume", "issue", "page"),
    [
        pytest.param("Roe C, Doe V, Poe F. Supervised example services: what has been demonstrated? A systematic literature "
                     "review. Drug Alcohol Depend. 2014;145:48–68. pmid:25456324",
                     "Supervised example services: what has been demonstrated? A systematic literature review",
                     "Drug Alcohol Depend", "145", None, "48-68", id="a-question-then-its-subtitle"),
        pytest.param("Roe T Jr, Doe B, Poe M. Association of Example Treatment With Mortality. JAMA Psychiatry. "
                     "2021;78(9):979–93.", "Association of Example Treatment With Mortality", "JAMA Psychiatry", "78", "9",
                     "979-93", id="an-author-with-jr"),
        pytest.param("Roe RP, Doe C. Example maintenance versus placebo. Cochrane Database Syst Rev. 2014;(2):CD002207.",
                     "Example maintenance versus placebo", "Cochrane Database Syst Rev", None, "2", None,
                     id="a-review-by-its-issue-alone"),  # (its review number, CD002207, is not kept as its page)
        pytest.param("Roe S, Doe BD. One-year association of example law change with overdose. JAMA Psychiatry "
                     "2023;80:1277-83. doi:10.1001/jamapsychiatry.2023.3416 pmid:37755744",
                     "One-year association of example law change with overdose", "JAMA Psychiatry", "80", None, "1277-83",
                     id="doi-then-pmid-keep-the-pages"),
    ],
)
def test_journal_articles_as_medical_journals_print_them(text, title, container, volume, issue, page):
    """Each was read as an author-date short form ("Drug Alcohol Depend. 2014") and lost, or lost its pages."""
    w = read(text)
    assert (w.type, w.title, w.container, w.volume, w.issue) == ("article-journal", title, container, volume, issue)
    assert page is None or w.page == page


@pytest.mark.parametrize(
    ("text", "publisher", "url"),
    [
        pytest.param("Roe A. Drug policy in Example: the benefits of decriminalization. Example Society Foundations, 2011.",
                     "Example Society Foundations", None, id="bmj-publisher-and-year"),
        pytest.param("Roe FB, Doe JA. Provisional example death counts. National Center for Example Statistics; 2023 [cited 2023 "
                     "Jan 10]. Available from: https://www.example.gov/counts.htm.", "National Center for Example Statistics",
                     "https://www.example.gov/counts.htm", id="publisher-semicolon-year-and-address"),
    ],
)
def test_a_report_with_its_publisher_and_no_place(text, publisher, url):
    w = read(text)
    assert (w.publisher, w.place, w.url, w.authors[0].family) == (publisher, None, url, "Roe")


@pytest.mark.parametrize(("entry", "kind", "title", "genre", "date"), [
    pytest.param("Example Centre for Disease Control. Outbreak of an example syndrome, Example City; first update. Rapid risk "
                 "assessment. Stockholm: ECDC; 2020 Jan 22.", "report",
                 "Outbreak of an example syndrome, Example City; first update", None, (2020, 1, 22),
                 id="what-the-document-is"),
    pytest.param("Example Accountability Office. Example: sustained federal action is crucial. Report No.: GAO-21-387. "
                 "Washington (DC): GAO; 2021.", "report", "Example: sustained federal action is crucial", "Report No.: GAO-21-387",
                 (2021,), id="its-number"),
    pytest.param("Roe J, Doe A, Poe B, et al. Will example change the game? Ten essential reforms. The report of the Example "
                 "Panel. Lancet. 2015;386(10009):2204-21.", "article-journal",
                 "Will example change the game? Ten essential reforms. The report of the Example Panel", None, (2015,),
                 id="a-title-of-three-sentences"),
])
def test_a_sentence_between_a_references_title_and_its_facts(entry, kind, title, genre, date):
    # (each of these had been lost, or cut into unresolved short forms)
    w = read(entry)
    assert (w.type, w.title, w.date) == (kind, title, date)
    assert genre is None or w.genre == genre


def test_a_web_report_dated_to_its_month_is_read_whole():
    # (its note form, "(Geneva: The Example Panel, May 2021)", had been taken for OSCOLA's facts and rewritten back and forth
    # until the reader gave up)
    w = read("Example Panel for Pandemic Preparedness. COVID-19: make it the last example [Internet]. Geneva: The Example "
             "Panel; 2021 May [cited 2022 Feb 3]. Available from: https://example.org/mainreport/")
    assert (w.type, w.title, w.publisher, w.place, w.date) == ("report", "COVID-19: make it the last example", "The Example Panel",
                                                               "Geneva", (2021, 5))


@pytest.mark.parametrize("entry", [
    "Roe DG Jr. Example virus looks increasingly like a pandemic, experts say. The New York Times. 2020 Feb 2 [cited 2020 Mar 1]. "
    "Available from: https://www.nytimes.com/2020/02/02/health/example.html",
    "Roe DG Jr. Example virus looks increasingly like a pandemic, experts say. New York Times. 2020 Feb 2;Sect. A:1.",
])
def test_a_newspaper_story_in_vancouver_style(entry):
    # (read as a web page or a document titled with the newspaper and the day)
    w = read(entry)
    assert (w.type, w.authors[0].family, w.title, w.date) == (
        "article-newspaper", "Roe", "Example virus looks increasingly like a pandemic, experts say", (2020, 2, 2))
    assert w.container.endswith("New York Times")


def test_the_day_a_page_was_cited_is_its_accessed_date():
    # ("[cited 2024 May 10]" had been dropped)
    import citex

    (n,) = citex.extract(b"T.[^1]\n\n[^1]: Example Health Organization. Cholera [Internet]. Geneva: EHO; 2023 [cited 2024 May 10]. "
                         b"Available from: https://www.example.int/cholera\n", name="a.md").notes
    w = n.citations[0].work
    assert (w.accessed, w.url) == ((2024, 5, 10), "https://www.example.int/cholera")


@pytest.mark.parametrize("journal", ["Morbidity and Mortality Weekly Report", "Weekly Epidemiological Record"])
def test_a_weekly_journal_of_medicine_is_a_journal(journal):
    # ("Weekly" had made the CDC's and the WHO's journals magazines under their full names)
    import citex

    (n,) = citex.extract(f"T.[^1]\n\n[^1]: Example Centers, \"Update: An Example Investigation,\" *{journal}* 50, no. 41 (2001): "
                         "889–93.\n".encode(), name="a.md").notes
    assert n.citations[0].work.type == "article-journal"
