"""Who wrote the article: a byline, front matter, or an academic header of name and affiliation."""
from __future__ import annotations

import pytest

from citex import byline
from citex.model import Text


def names(text: str) -> list[tuple[str | None, str | None]]:
    return [(n.family, n.given) for n in byline.authors(Text(text=text))]


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        pytest.param("Example Title\n\nBy Jane Roe for Example Center\n\nBody text.", [("Roe", "Jane")], id="by-line"),
        pytest.param("---\ntitle: Example\nauthor: \"Inés Calderón Vidal\"\n---\n\nBody.", [("Calderón Vidal", "Inés")],
                     id="front-matter"),
        pytest.param("Revista Andina, vol. 9 (2016)\n\nCoca y Estado en el valle\n\nLucía Paredes Huamán\n"
                     "Universidad Nacional de Ejemplo\n\nResumen: ...", [("Paredes Huamán", "Lucía")],
                     id="name-over-its-affiliation"),
    ],
)
def test_the_articles_authors(head, expected):
    assert names(head) == expected


def test_a_heading_over_a_university_is_no_author():
    assert names("Coca y Estado\n\nIntroducción General\nUniversidad Nacional de Ejemplo\n\nBody.") == []
