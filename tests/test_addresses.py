"""A note that is only an address: what its host and path say (platform and account, outlet, date)."""
from __future__ import annotations

import pytest

from citex.model import Piece
from citex.parse import addresses, parse_piece


def read(url: str):
    return parse_piece(Piece(note=1, index=0, text=url, span=(0, len(url)), kind="full")).work


@pytest.mark.parametrize(
    ("url", "kind", "container", "account", "date"),
    [
        pytest.param("https://t.me/example_channel/10568", "webpage", "Telegram", "example_channel", None,
                     id="a-telegram-post-names-its-channel"),
        pytest.param("https://x.com/ExampleHandle/status/1744012345678901234", "webpage", "X", "ExampleHandle", None,
                     id="a-post-on-x-names-its-account"),
        pytest.param("https://twitter.com/i/status/1744012345678901234", "webpage", "Twitter", None, None,
                     id="a-path-word-is-no-account"),
        pytest.param("https://www.reuters.com/world/europe/example-story-2023-12-29/", "article-newspaper", "Reuters",
                     None, (2023, 12, 29), id="a-news-outlet-and-the-date-in-its-slug"),
        pytest.param("https://www.theguardian.com/world/2022/apr/08/example-story", "article-newspaper", "The Guardian",
                     None, (2022, 4, 8), id="a-month-written-in-letters"),
        pytest.param("https://ria.ru/20240108/example-1234567.html", "article-newspaper", "RIA Novosti", None, (2024, 1, 8),
                     id="a-date-run-together"),
        pytest.param("https://www.example.org/2022/08/02/example-report/", "webpage", None, None, (2022, 8, 2),
                     id="any-site-dated-by-its-path"),
        pytest.param("https://www.example.org/backgrounder/example", "webpage", None, None, None, id="nothing-more-to-say"),
    ],
)
def test_an_address_alone(url, kind, container, account, date):
    w = read(url)
    assert (w.type, w.container, [a.literal for a in w.authors] or [None], w.date, w.url) == \
        (kind, container, [account], date, url)


def test_a_long_number_in_a_path_is_no_date():
    assert addresses.work("https://x.com/Example/status/2023123199999", "x").date is None


@pytest.mark.parametrize(("note", "remark"), [
    ("See the footage at https://t.me/example/1 and https://t.me/example/2.", "the footage at"),
    ("https://x.com/ExampleStaff/status/1764001 and https://x.com/ExampleStaff/status/1764002", None),
    ("Videos archived by the team at https://archive.ph/AbCdE and https://archive.ph/FgHiJ.",
     "Videos archived by the team at"),
])
def test_addresses_joined_by_and_are_one_work_each_and_the_words_before_them_a_remark(note, remark):
    import citex

    (n,) = citex.extract(f"Notes\n\n1. {note}\n").notes
    assert [c.work.url for c in n.citations] == [u.rstrip(".,") for u in note.split() if u.startswith("https://")]
    assert all(c.work.title is None for c in n.citations) and n.commentary == remark


def test_a_name_before_a_posts_address_is_who_posted_it():
    import citex

    (n,) = citex.extract("Notes\n\n1. Example MoD: https://t.me/example_mod/36581; Example General Staff: "
                         "https://www.facebook.com/ExampleStaff/posts/pfbid0def\n").notes
    assert [([a.literal for a in c.work.authors], c.work.container, c.work.title) for c in n.citations] == [
        (["Example MoD"], "Telegram", None), (["Example General Staff"], "Facebook", None)]
