"""Notes in SIPRI's house style (SIPRI Yearbook, SIPRI Insights), which British and European journals share: initials
after the family name and a comma, "‘Title’" in single quotes, British month abbreviations ("Sep.", "Oct.")."""
from __future__ import annotations

import pytest

from citex.model import Piece
from citex.parse import parse_piece
from citex.parse.dates import find_date


def full(text: str):
    return parse_piece(Piece(note=1, index=0, text=text, span=(0, len(text)), kind="full"))


@pytest.mark.parametrize(("text", "parts"), [
    pytest.param("Reuters, 20 Sep. 2017", (2017, 9, 20), id="day-sep-year"),
    pytest.param("Arms Control Today, Sep. 2020", (2020, 9), id="sep-year"),
    pytest.param("Example Press, 2010, p. 2017", (2010,), id="a-page-is-still-no-year"),
])
def test_sep_with_its_full_stop_is_september_not_a_page(text, parts):
    assert find_date(text).parts == parts


def test_a_wire_story_dated_in_september_is_kept():
    work = full("Reuters, ‘Example talks were constructive’, 20 Sep. 2017.").work
    assert (work.type, work.title, work.container, work.date) == (
        "article-newspaper", "Example talks were constructive", "Reuters", (2017, 9, 20))


@pytest.mark.parametrize("names, expected", [
    pytest.param("Roe, J. A.", [("Roe", "J. A.")], id="two-initials"),
    pytest.param("Roe, J. A. and Doe, M.", [("Roe", "J. A."), ("Doe", "M.")], id="two-authors"),
])
def test_initials_then_a_comma_are_one_given_name(names, expected):
    work = full(f"{names}, ‘Example nuclear forces’, Example Control Today, Oct. 2020.").work
    assert [(a.family, a.given) for a in work.authors] == expected
    assert (work.title, work.container, work.date) == ("Example nuclear forces", "Example Control Today", (2020, 10))


def test_a_journals_volume_and_issue_make_no_bluebook_book():
    work = full("Roe, J. A., ‘The case for an example ban’, Example Control Today, vol. 50, no. 8 (Oct. 2020).").work
    assert (work.type, work.title, work.container, work.volume, work.issue) == (
        "article-journal", "The case for an example ban", "Example Control Today", "50", "8")


def test_a_chapter_of_a_yearbook_with_no_in_before_the_book_is_a_chapter():
    work = full("Roe, H. M. and Doe, M., ‘Example nuclear forces’, *Example Yearbook 2023: Armaments, Disarmament and "
                "International Security* (Oxford University Press: Oxford, 2023), pp. 262–82.").work
    assert (work.type, work.title, work.container, work.publisher, work.page) == (
        "chapter", "Example nuclear forces", "Example Yearbook 2023: Armaments, Disarmament and International Security",
        "Oxford University Press", "262-82")


@pytest.mark.parametrize(("note", "author", "title"), [
    pytest.param("President of Russia, ‘Presidential address to the Federal Assembly’, 21 Feb. 2023.", "President of Russia",
                 "Presidential address to the Federal Assembly", id="president-of-a-country"),
    pytest.param("President of the Russian Federation, ‘Address to the Federal Assembly’, 21 Feb. 2023.",
                 "President of the Russian Federation", "Address to the Federal Assembly", id="office-of-a-federation-is-no-name"),
    pytest.param("Kremlin, ‘Meeting with Security Council permanent members’, 3 Mar. 2023.", "Kremlin",
                 "Meeting with Security Council permanent members", id="the-kremlin-is-a-body"),
])
def test_a_head_of_states_office_signs_what_its_site_publishes(note, author, title):
    # ("President of Russia" had become the title, the real title lost; "Federation" a literal author; "Kremlin" a family name)
    work = full(note).work
    assert ([a.literal for a in work.authors], work.title) == ([author], title)


@pytest.mark.parametrize(("note", "author", "symbol", "date"), [
    pytest.param("IAEA, GOV/2021/39, September 7, 2021.", "IAEA", "GOV/2021/39", (2021, 9, 7), id="agency-then-symbol"),
    pytest.param("GOV/2022/24, May 30, 2022.", None, "GOV/2022/24", (2022, 5, 30), id="symbol-alone"),
    pytest.param("United Nations, General Assembly, A/CONF.229/2017/8, 7 July 2017.", "United Nations General Assembly",
                 "A/CONF.229/2017/8", (2017, 7, 7), id="body-organ-symbol"),
])
def test_a_document_by_its_symbol_and_day_has_its_symbol_as_number(note, author, symbol, date):
    # (the symbol had been an archive's shelfmark with the agency as archive, or the document's title)
    work = full(note).work
    assert ([a.literal for a in work.authors], work.genre, work.date, work.type, work.archive) == (
        [author] if author else [], symbol, date, "document", None)


def test_a_document_named_again_by_its_symbol_and_day_is_the_same_item():
    import citex

    doc = citex.extract("Text.[^1] More.[^2]\n\n[^1]: IAEA, GOV/2021/39, September 7, 2021.\n"
                        "[^2]: GOV/2021/39, September 7, 2021, para. 4.\n", name="a.md")
    first, again = doc.notes[0].citations[0], doc.notes[1].citations[0]
    assert again.item == first.item and (again.locator, again.label) == ("4", "paragraph") and len(doc.items) == 1


def test_a_titled_report_before_its_symbol_keeps_its_title():
    work = full("Final report of the Group of Experts on the Example Republic, S/2023/431, 13 June 2023, annex 12.").work
    assert (work.title, work.authors, work.genre) == ("Final report of the Group of Experts on the Example Republic", (),
                                                      "S/2023/431")


@pytest.mark.parametrize("note", [
    "Jane Roe, \"Iran Moves to 60 Percent Example,\" Arms Control Today, May 2021.",
    "Jane Roe, \"Iran Moves to 60 Percent Example,\" Arms Control Today, May 2021, https://www.example.org/act/2021-05/news/x.",
])
def test_a_monthly_magazine_of_the_field_is_a_magazine_with_or_without_its_address(note):
    # (with its address it had been a web page)
    assert full(note).work.type == "article-magazine"
