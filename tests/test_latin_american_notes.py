"""Notes of Latin American journals (Nueva Sociedad, CIDOB, Nexos, Foro Internacional): their dates in figures, their
access notes, and the forms their house styles give works."""
from __future__ import annotations

import pytest

from citex.model import Piece
from citex.parse import parse_piece
from citex.parse.dates import find_date


def full(text: str):
    return parse_piece(Piece(note=1, index=0, text=text, span=(0, len(text)), kind="full"))


@pytest.mark.parametrize(("text", "parts"), [
    pytest.param("en Journal of Example vol. 32 No 3, 7/2021.", (2021, 7), id="month-and-year-after-a-comma"),
    pytest.param("OVE, Caracas, 12/2023.", (2023, 12), id="december"),
    pytest.param("junio de 2011, 6/2022", (2011, 6), id="a-month-in-words-comes-first"),
])
def test_a_month_and_year_in_figures_is_a_date(text, parts):
    assert find_date(text).parts == parts


@pytest.mark.parametrize("text", ["in Limes, n. 2/2011, pp. 7-20", "Documento de Análisis 05/2011", "S/2021/569",
                                  "Revista Ejemplo, No 3/2015", "13/2021"])
def test_an_issues_or_a_documents_number_in_figures_is_no_month(text):
    found = find_date(text)
    assert found is None or len(found.parts) == 1


def test_an_article_dated_by_month_in_figures_keeps_its_journal():
    work = full("Jane Roe: «Example Erupts: Millennial Authoritarianism» en Journal of Example vol. 32 No 3, 7/2021.").work
    assert (work.container, work.volume, work.issue, work.date) == ("Journal of Example", "32", "3", (2021, 7))


def test_a_bracketed_consulta_is_when_the_page_was_read_not_published():
    work = full('Juan Roe Doe, "La raíz del ejemplo", *Nexos*, núm. 402, junio de 2011. Disponible en: '
                "https://www.example.com.mx/?p=14318 (consulta: 3 de febrero de 2019).").work
    assert (work.date, work.accessed, work.place) == ((2011, 6), (2019, 2, 3), None)
