"""Notes in the author-date form of the Australian Government Style Manual ("Roe, J 2019, *Title*, Publisher,
Place, pp. 4–5.")."""
from __future__ import annotations

import pytest

import citex
from citex.model import Piece
from citex.parse import parse_piece, stylemanual
from citex.parse.features import judge


def read(text: str):
    assert judge(text)[0] == "full", text
    return parse_piece(Piece(note=1, index=0, text=text, span=(0, len(text)), kind="full")).work


def test_a_book_keeps_its_author_and_year():
    w = read("Roe, J 2019, *Framing the example: power and agency in island politics*, Example University Press, Canberra, "
             "pp. 211–214.")
    assert (w.type, [(a.family, a.given) for a in w.authors], w.title, w.publisher, w.place, w.date) == (
        "book", [("Roe", "J.")], "Framing the example: power and agency in island politics", "Example University Press",
        "Canberra", (2019,))


def test_two_authors_joined_by_an_ampersand_and_a_day_without_its_year():
    w = read("Roe, S & Doe, E 2024, ‘Example islanders stranded as unrest turns deadly’, *ABC News*, 15 May, viewed 20 May "
             "2024, <https://www.abc.net.au/news/2024-05-15/example/100000000>.")
    assert (w.type, [a.family for a in w.authors], w.container, w.date, w.accessed) == (
        "article-newspaper", ["Roe", "Doe"], "ABC News", (2024, 5, 15), (2024, 5, 20))


def test_a_journal_article_with_volume_issue_and_pages():
    w = read("Roe, J & Doe, A 2021, ‘Burden-sharing: example alliances in the Pacific islands’, *International Affairs*, "
             "vol. 97, no. 4, pp. 1045–1065.")
    assert (w.type, [a.family for a in w.authors], w.container, w.volume, w.issue, w.page, w.date) == (
        "article-journal", ["Roe", "Doe"], "International Affairs", "97", "4", "1045-1065", (2021,))


@pytest.mark.parametrize(("text", "author", "date"), [
    pytest.param("Department of Defence 2023, *National Defence: Example Strategic Review*, Commonwealth of Australia, "
                 "Canberra, p. 23.", "Department of Defence", (2023,), id="a-ministry"),
    pytest.param("Joint Standing Committee on Foreign Affairs, Defence and Trade 2022, *Inquiry into example engagement in "
                 "the Pacific*, Parliament of the Commonwealth of Australia, Canberra.",
                 "Joint Standing Committee on Foreign Affairs, Defence and Trade", (2022,), id="a-committee-named-with-a-comma"),
])
def test_a_body_as_author_is_not_named_with_its_year(text, author, date):
    w = read(text)
    assert ([a.literal for a in w.authors], w.date) == ([author], date)


def test_the_rewrite_leaves_other_forms_alone():
    assert stylemanual.note_form("Fisher 2013, p. 112.") is None  # a short form: no initials, no title
    assert stylemanual.note_form("UN Security Council Resolution 2023, ‘Example’, 4 May 2023.") is None  # a number
    assert stylemanual.note_form("Jane Roe, *Example Book* (London: Example Press, 2019), 4.") is None  # a Chicago note


ARTICLE = """Body.[^1][^2][^3]

[^1]: Roe, N & Doe, J 1998, *After the example: France in the South Pacific*, Example Press, Melbourne; Poe, D 2013, *France in the example Pacific*, Example E Press, Canberra.
[^2]: Poe 2013, p. 112.
[^3]: Roe & Doe 1998, pp. 44–47.
"""


def test_a_note_of_two_works_and_the_author_date_short_forms_that_name_them():
    doc = citex.extract(ARTICLE)
    first = doc.notes[0]
    assert [c.kind for c in first.citations] == ["full", "full"] and not first.commentary
    keys = [c.item for c in first.citations]
    assert [doc.item(k).work.date for k in keys] == [(1998,), (2013,)]
    assert [(c.kind, c.item, c.locator) for n in doc.notes[1:] for c in n.citations] == [
        ("short", keys[1], "112"), ("short", keys[0], "44-47")]


def test_a_statute_by_its_revision_is_no_author_and_year():
    assert stylemanual.note_form("Example Act, RSC 1985, c E-5, s 87.") is None
