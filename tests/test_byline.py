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
        pytest.param("Example Title\n\nAuthors: Samir Example, Laura E. van der Roe\n\nBody text.",
                     [("Example", "Samir"), ("van der Roe", "Laura E.")], id="an-authors-label-and-a-dutch-particle"),
    ],
)
def test_the_articles_authors(head, expected):
    assert names(head) == expected


def test_a_heading_over_a_university_is_no_author():
    assert names("Coca y Estado\n\nIntroducción General\nUniversidad Nacional de Ejemplo\n\nBody.") == []


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        pytest.param("Título\n\nEscribe: Julio César Ejemplo Ccori\n\nCuerpo.", [("Ejemplo Ccori", "Julio César")],
                     id="spanish-escribe"),
        pytest.param("Title\n\nBy Laura Ejemplo Montoya and Thomas Roe · April 19, 2022\n\nBody.",
                     [("Ejemplo Montoya", "Laura"), ("Roe", "Thomas")], id="a-middle-dot-before-the-date"),
        pytest.param("Title\n\nBy Marco A. de la Ejemplo Villanueva\n\nBody.", [("de la Ejemplo Villanueva", "Marco A.")],
                     id="an-initial-a-particle-and-a-double-surname"),
    ],
)
def test_more_bylines(head, expected):
    assert names(head) == expected


def test_an_articles_own_header_keeps_its_byline():
    import citex

    page = ("<html><body><header><nav>Home</nav></header><main><article><header><h1>Example Title</h1>"
            "<p class=\"byline\">By Laura Ejemplo Montoya</p></header><p>Body.<sup><a href=\"#fn1\" id=\"ref1\">1</a>"
            "</sup></p><ol><li id=\"fn1\">Jane Roe, *Book* (London: Example Press, 2001), 4.</li></ol></article></main>"
            "</body></html>")
    doc = citex.extract(page, input_format="html")
    assert [(n.family, n.given) for n in doc.interviewer] == [("Ejemplo Montoya", "Laura")]


@pytest.mark.parametrize(("meta", "expected"), [
    pytest.param('<meta name="citation_author" content="Roe, Jane"><meta name="citation_author" content="Doe, John">',
                 [("Roe", "Jane"), ("Doe", "John")], id="scholarly-tags-family-name-first"),
    pytest.param('<meta name="dcterms.creator" content="Pieter de Example-Lindqvist">', [("de Example-Lindqvist", "Pieter")],
                 id="a-dublin-core-creator"),
])
def test_a_pages_meta_tags_name_its_authors(meta, expected):
    import citex

    page = (f"<html><head><title>Example</title>{meta}</head><body><main><p>Body.<sup><a href=\"#fn1\" id=\"ref1\">1</a>"
            "</sup></p><ol><li id=\"fn1\">Jane Roe, *Book* (London: Example Press, 2001), 4.</li></ol></main></body></html>")
    doc = citex.extract(page, input_format="html")
    assert [(n.family, n.given) for n in doc.interviewer] == expected and len(doc.notes) == 1


def test_a_name_alone_over_the_abstract():
    assert names("Title of the Article\n\nTomás Ejemplo Salinas\nAbstract: This article examines...\n\nBody.") == \
        [("Ejemplo Salinas", "Tomás")]
