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
        "J Health Econ", "34", "12-20", (2015,))


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
