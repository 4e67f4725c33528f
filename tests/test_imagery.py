"""Satellite images credited in notes: the provider is the author, "Satellite image" the genre."""
from __future__ import annotations

import pytest

from citex.model import Note
from citex.parse import parse_piece
from citex.segment import segment


def read(text: str):
    pieces, commentary = segment(Note(number=1, text=text))
    return [parse_piece(p).work for p in pieces], commentary


@pytest.mark.parametrize("text, provider, title, date", [
    pytest.param("Satellite image ©2022 Maxar Technologies, April 9, 2022.", "Maxar Technologies", None, (2022, 4, 9),
                 id="a-credit-line"),
    pytest.param("Planet Labs PBC, satellite image of Example airbase, Crimea, August 10, 2022.", "Planet Labs PBC",
                 "Satellite image of Example airbase", (2022, 8, 10), id="provider-then-what-it-shows"),
    pytest.param("Satellite imagery: Planet Labs PBC, SkySat, February 2, 2024.", "Planet Labs PBC", None, (2024, 2, 2),
                 id="a-lead-word-is-part-of-the-credit"),
])
def test_a_satellite_image_is_a_source(text, provider, title, date):
    works, commentary = read(text)
    assert commentary is None and len(works) == 1
    w = works[0]
    assert (w.type, w.genre, w.authors[0].literal, w.title, w.date) == ("document", "Satellite image", provider, title, date)


def test_two_credits_are_two_sources():
    works, _ = read("Satellite image ©2022 Maxar Technologies, April 9, 2022; Planet Labs PBC, PlanetScope imagery, "
                    "April 7, 2022.")
    assert [w.authors[0].literal for w in works] == ["Maxar Technologies", "Planet Labs PBC"]


def test_prose_about_imagery_names_no_source():
    works, commentary = read("Satellite imagery suggests the base was expanded in 2019.")
    assert works == [] and commentary
