"""Notes of Latin American journals (Nueva Sociedad, CIDOB, Nexos, Foro Internacional): their dates in figures, their
access notes, and the forms their house styles give works."""
from __future__ import annotations

import pytest

import citex
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


def read(*notes: str):
    body = "Texto." + "".join(f" Frase.[^{i}]" for i in range(1, len(notes) + 1)) + "\n\n"
    return citex.extract(body + "".join(f"[^{i}]: {n}\n" for i, n in enumerate(notes, 1)), name="a.md")


@pytest.mark.parametrize(("note", "families", "title"), [
    pytest.param("Sonja Roe: Mano Dura: The Politics of Example Control in El Salvador, University of Texas Press, Austin, "
                 "2017, p. 54.", ["Roe"], "Mano Dura: The Politics of Example Control in El Salvador",
                 id="an-english-title-with-its-own-colon"),
    pytest.param("Efren Doe: «Las cárceles de ejemplo: 153 muertos bajo custodia del Estado» en El Faro, 29/5/2023.", ["Doe"],
                 "Las cárceles de ejemplo: 153 muertos bajo custodia del Estado", id="a-given-name-no-list-knows"),
    pytest.param("Carlos Roe, Óscar Roe, Sergio Doe y Efren Poe: «Gobierno de ejemplo lleva un año negociando» en El Faro, "
                 "3/9/2020.", ["Roe", "Roe", "Doe", "Poe"], "Gobierno de ejemplo lleva un año negociando",
                 id="four-names-before-the-colon"),
])
def test_nueva_sociedads_names_before_a_colon_sign_the_work(note, families, title):
    # (the first had been lost, the second unsigned, the third signed by two with the others in its title)
    work = read(note).notes[0].citations[0].work
    assert ([a.family for a in work.authors], work.title) == (families, title)


def test_a_name_then_a_title_with_its_own_colon_is_not_a_list_of_names():
    work = read("Sonja Roe, Mano Dura: The Politics of Example Control, University of Texas Press, Austin, 2017.").notes[0]
    assert work.citations[0].work.title == "Mano Dura: The Politics of Example Control"


def test_a_bodys_initials_before_the_colon_and_a_month_in_figures_after_its_title_year():
    work = read("Observatorio Venezolano de Ejemplo (OVE): Informe anual de violencia 2023, OVE, Caracas, 12/2023.").notes[0]
    work = work.citations[0].work
    assert ([a.literal for a in work.authors], work.type, work.date) == (
        ["Observatorio Venezolano de Ejemplo (OVE)"], "report", (2023, 12))


@pytest.mark.parametrize(("note", "author", "title", "kind"), [
    pytest.param("Centro Nacional de Memoria de Ejemplo (CNME). ¡Basta ya! Colombia: memorias de guerra y dignidad. Bogotá: "
                 "Imprenta Nacional, 2013, p. 31-33.", "Centro Nacional de Memoria de Ejemplo (CNME)",
                 "¡Basta ya! Colombia: memorias de guerra y dignidad", "book", id="a-title-opening-on-an-exclamation"),
    pytest.param("Fundación Ideas para el Ejemplo (FIE). ¿En qué va la sustitución de cultivos? Desafíos, dilemas actuales y "
                 "la urgencia de un consenso. Bogotá: FIE, 2018.", "Fundación Ideas para el Ejemplo (FIE)",
                 "¿En qué va la sustitución de cultivos? Desafíos, dilemas actuales y la urgencia de un consenso", "report",
                 id="a-question-then-its-subtitle"),
])
def test_cidobs_body_then_a_title_of_two_sentences(note, author, title, kind):
    # (the body had been lost, and the title cut at its first sentence, or read as a name "Desafíos")
    work = read(note).notes[0].citations[0].work
    assert ([a.literal for a in work.authors], work.title, work.type) == ([author], title, kind)


def test_a_court_in_a_sentence_of_its_own_before_its_ruling():
    note = read("Corte Constitucional de Ejemplo. Sentencia T-025 de 2004, M. P. Manuel José Roe Doe, 22 de enero de 2004.").notes[0]
    assert [(c.kind, c.work.title, c.work.publisher, c.work.date) for c in note.citations] == [
        ("full", "Sentencia T-025 de 2004", "Corte Constitucional de Ejemplo", (2004, 1, 22))]


def test_a_title_in_guillemets_holding_quotation_marks_of_its_own():
    work = read("Roe, Stathis N. «“New” and “Old” Example Wars: A Valid Distinction?». World Example Politics, vol. 54, n.º 1 "
                "(2001), p. 99-118.").notes[0].citations
    assert [(c.work.type, c.work.title, c.work.container, c.work.volume) for c in work] == [
        ("article-journal", "“New” and “Old” Example Wars: A Valid Distinction?", "World Example Politics", "54")]


def test_cidobs_unsigned_story_online_is_one_article():
    note = read("«Asesinan a otro líder de ejemplo en el Cauca». El Tiempo (14 de mayo de 2019) (en línea) "
                "https://www.example.com/colombia/asesinan-a-otro-lider-356582").notes[0]
    assert [(c.work.type, c.work.container, c.work.date, c.work.url) for c in note.citations] == [
        ("article-newspaper", "El Tiempo", (2019, 5, 14), "https://www.example.com/colombia/asesinan-a-otro-lider-356582")]


def test_a_title_of_two_sentences_after_the_colon_then_facts_ending_on_a_month_in_figures():
    # (the second sentence and the facts had been lost once the month in figures dated the note)
    work = read("ONUDE y Gobierno de Ejemplo: Ejemplo. Monitoreo de territorios afectados 2019, ONUDE / SIMCE, Bogotá, 7/2020, "
                "pp. 15-17.").notes[0].citations[0]
    assert (work.work.title, work.work.publisher, work.work.place, work.work.date, work.locator) == (
        "Ejemplo. Monitoreo de territorios afectados 2019", "ONUDE / SIMCE", "Bogotá", (2020, 7), "15-17")


@pytest.mark.parametrize(("note", "given"), [
    pytest.param("V. José Miguel Roe: Maras y pandillas de ejemplo, UCA Editores, San Salvador, 2006.", "José Miguel",
                 id="at-the-notes-head"),
    pytest.param("Al respecto, v. Alejandro Roe: Barrio Rising: Urban Example Politics, University of California Press, "
                 "Oakland, 2015.", "Alejandro", id="after-a-comma"),
])
def test_nueva_sociedads_v_is_see_and_no_initial(note, given):
    # ("V." had been glued to the given name, or the book lost)
    work = read(note).notes[0].citations[0].work
    assert (work.authors[0].family, work.authors[0].given) == ("Roe", given)


def test_a_cases_v_is_no_signal():
    work = read("United States v. Jane Roe, No. 1:21-cr-00119 (D.D.C. Jan. 15, 2021).").notes[0].citations[0].work
    assert work.title == "United States v. Jane Roe"


def test_names_then_a_colon_and_ob_cit_with_no_page_find_their_work():
    # ("Zubillaga y Hanson: ob. cit." without a page had been unresolved)
    doc = read("Verónica Roe y Rebecca Doe: «Los operativos de ejemplo», Nueva Sociedad No 278, 11-12/2018, pp. 30-45.",
               "Roe y Doe: ob. cit.")
    assert doc.notes[1].citations[0].item == doc.notes[0].citations[0].item


def test_abnts_line_for_the_author_named_before_opens_a_footnote_and_gives_its_work_that_author():
    """"2 ______. Title. …" at a page's foot: ABNT's line for the author of the entry before (the note had been lost)."""
    text = ("Rev. bras. segur. pública | São Paulo v. 14, n. 1, 28-49, fev/mar 2020\n\nTÍTULO\n\n Uma frase.1 Outra frase.2 "
            "Mais uma.3\n\n_______________\n1 ROE, Joana. Crime e cidade no Brasil. Rio de Janeiro: Editora Exemplo, 2006. "
            "p. 203.\n2 ______. Mercados e redes de proteção no Rio de Janeiro. Estudos Avançados, São Paulo, v. 21, n. 61, "
            "p. 139-157, 2007.\n3 DOE, João. A política de segurança. Revista Exemplo, São Paulo, v. 21, n. 61, p. 77-97, "
            "2007. p. 80.\n")
    doc = citex.extract(text, name="a.txt")
    assert [n.number for n in doc.notes] == [1, 2, 3]
    second = doc.notes[1].citations
    assert [(c.kind, c.work.type, [a.family for a in c.work.authors], c.work.container, c.work.page) for c in second] == [
        ("full", "article-journal", ["Roe"], "Estudos Avançados", "139-157")]


@pytest.mark.parametrize("mark", ["Id.", "______.", "IDEM."])
def test_a_mark_for_the_same_author_before_a_new_title_is_a_new_work_by_that_author(mark):
    doc = citex.extract(f"Notas\n\n1. ROE, Joana. A política externa. Revista Exemplo, v. 29, n. 2, p. 273-335, 2007.\n"
                        f"2. {mark} *Foreign policy in changing times*: the quest for autonomy. Lanham: Example Books, 2009.\n"
                        f"3. Ibid., p. 33.\n", name="a.txt")
    second, third = doc.notes[1].citations, doc.notes[2].citations
    assert [(c.kind, c.work.type, [a.family for a in c.work.authors]) for c in second] == [("full", "book", ["Roe"])]
    assert [(c.kind, c.item, c.locator) for c in third] == [("ibid", second[0].item, "33")]


@pytest.mark.parametrize(("note", "authors", "title"), [
    pytest.param("TELO, António José – *Portugal e a NATO: O Reencontro da Tradição Atlântica*. Lisboa: Edições Cosmos, 1996, "
                 "pp. 45-47.", [("Telo", "António José")], "Portugal e a NATO: O Reencontro da Tradição Atlântica", id="one-author"),
    pytest.param("BUZAN, Barry; WÆVER, Ole – *Regions and Powers*. Cambridge: Cambridge University Press, 2003, pp. 40-45.",
                 [("Buzan", "Barry"), ("Wæver", "Ole")], "Regions and Powers", id="two-authors"),
    pytest.param("MINISTÉRIO DA DEFESA NACIONAL — *Conceito Estratégico de Defesa Nacional*. Lisboa: MDN, 2013, p. 12.",
                 [(None, None)], "Conceito Estratégico de Defesa Nacional", id="a-body-and-an-em-dash"),
])
def test_the_dash_portuguese_notes_set_between_names_and_title_separates_them(note, authors, title):
    doc = citex.extract(f"Notas\n\n1. {note}\n", name="a.txt")
    [cit] = doc.notes[0].citations
    assert ([(a.family, a.given) for a in cit.work.authors], cit.work.title) == (authors, title)
    assert cit.work.date is not None and cit.work.date[0] in (1996, 2003, 2013)


@pytest.mark.parametrize("organizers", [
    "LIMA, Renato Sérgio de; RATTON, José Luiz (Orgs.)",
    "LIMA, Renato Sérgio de; RATTON, José Luiz; AZEVEDO, Rodrigo Ghiringhelli de (Org.)",
])
def test_an_abnt_chapter_in_a_book_with_several_organizers(organizers):
    doc = citex.extract(f"Notas\n\n1. ROE, Joana; DOE, João. Mandato policial. In: {organizers}. Crime, polícia e justiça no "
                        "Brasil. São Paulo: Contexto, 2014. p. 491-502.\n", name="a.txt")
    [cit] = doc.notes[0].citations
    work = cit.work
    assert (work.type, [a.family for a in work.authors], work.title, work.container, work.page) == (
        "chapter", ["Roe", "Doe"], "Mandato policial", "Crime, polícia e justiça no Brasil", "491-502")
    assert [e.family for e in work.editors] == [n.split(",")[0].title() for n in organizers.split(" (")[0].split("; ")]


@pytest.mark.parametrize(("note", "second"), [
    pytest.param("ROE, Joana. Segurança tem saída. Rio de Janeiro: Sextante, 2006; e também DOE, Maria Celina. Militares e "
                 "democracia. Rio de Janeiro: Editora FGV, 2010. p. 115-140.", "Doe", id="e-tambem"),
    pytest.param("ROE, Joana. Segurança tem saída. Rio de Janeiro: Sextante, 2006. p. 7; ver, em sentido contrário, DOE, Alba. "
                 "Um debate disperso. São Paulo em Perspectiva, São Paulo, v. 13, n. 3, p. 3-17, 1999.", "Doe",
                 id="ver-em-sentido-contrario"),
    pytest.param("ROE, Joana. Segurança tem saída. Rio de Janeiro: Sextante, 2006; e DOE, Alba. Um debate disperso. São Paulo "
                 "em Perspectiva, São Paulo, v. 13, n. 3, p. 3-17, 1999.", "Doe", id="e"),
    pytest.param("ROE, Joana. Segurança tem saída. Rio de Janeiro: Sextante, 2006. A formulação aparece em DOE JR., Gelson. A "
                 "legitimidade e outras questões. São Paulo: Paz e Terra, 1998. p. 353-374.", "Doe", id="aparece-em-and-jr"),
])
def test_a_second_abnt_entry_after_a_portuguese_connective_is_read_whole(note, second):
    doc = citex.extract(f"Notas\n\n1. {note}\n", name="a.txt")
    cites = doc.notes[0].citations
    assert [(c.kind, c.work.authors[0].family if c.work.authors else None) for c in cites] == [("full", "Roe"), ("full", second)]
    assert cites[1].work.date is not None and cites[1].work.title[:2] in ("Mi", "Um", "A ")


def test_a_sentence_then_an_abnt_entry_after_a_colon():
    doc = citex.extract("Notas\n\n1. Os dados apontam na mesma direção: ROE, Daniel et al. Atlas da Violência 2019. Brasília: "
                        "Ipea, 2019. p. 5.\n", name="a.txt")
    [cit] = doc.notes[0].citations
    assert (cit.work.authors[0].family, cit.work.title, cit.locator) == ("Roe", "Atlas da Violência 2019", "5")


@pytest.mark.parametrize(("note", "body", "title"), [
    pytest.param("FÓRUM BRASILEIRO DE EXEMPLOS. Anuário Brasileiro de Exemplos 2019. São Paulo: FBE, 2019. p. 6-8.",
                 "FÓRUM BRASILEIRO DE EXEMPLOS", "Anuário Brasileiro de Exemplos 2019", id="a-title-in-title-case-with-its-year"),
    pytest.param("INSTITUTO DE PESQUISA EXEMPLAR. Atlas da Violência 2019. Brasília: Ipex, 2019. p. 12.",
                 "INSTITUTO DE PESQUISA EXEMPLAR", "Atlas da Violência 2019", id="an-institute"),
])
def test_a_body_in_capitals_before_a_title_in_title_case_is_the_author_not_a_jurisdiction(note, body, title):
    [cit] = citex.extract(f"Notas\n\n1. {note}\n", name="a.txt").notes[0].citations
    assert ([a.literal for a in cit.work.authors], cit.work.title, cit.work.date) == ([body], title, (2019,))


@pytest.mark.parametrize(("short_form", "locator"), [
    pytest.param("ROE; DOE; POE, 2015, p. 127.", "127", id="three-names"),
    pytest.param("Cf. ROE; DOE; POE, 2015, p. 283.", "283", id="after-cf"),
    pytest.param("FOUCAULT, Michel. Segurança, território, população. São Paulo: Martins Fontes, 2008. p. 12 apud ROE; DOE; "
                 "POE, 2015, p. 44.", "44", id="after-apud"),
])
def test_abnts_author_date_form_of_a_work_by_several_is_one_citation_of_it(short_form, locator):
    doc = citex.extract("Notas\n\n1. ROE, Joana; DOE, Jacqueline; POE, Samira. A gestão da segurança. Sociedade e Estado, "
                        f"Brasília, v. 30, n. 1, p. 123-144, 2015.\n2. {short_form}\n", name="a.txt")
    first = doc.notes[0].citations[0].item
    cites = [c for c in doc.notes[1].citations if c.kind == "short"]
    assert [(c.item, c.locator) for c in cites] == [(first, locator)]


@pytest.mark.parametrize(("note", "genre", "publisher", "place", "locator"), [
    pytest.param("ROE, Pedro. Cultura da Polícia Militar. 2015. Dissertação (Mestrado em Relações Internacionais) - Universidade "
                 "de Brasília, Brasília, 2015.", "Dissertação (Mestrado em Relações Internacionais)", "Universidade de Brasília",
                 "Brasília", None, id="a-masters-dissertation"),
    pytest.param("ROE, Luís. Exército e sociedade. 2015. 180 f. Tese (Doutorado em Ciência Política) – Universidade de São Paulo, "
                 "São Paulo, 2015. p. 45.", "Tese (Doutorado em Ciência Política)", "Universidade de São Paulo", "São Paulo", "45",
                 id="a-doctoral-thesis-its-leaves-and-the-page-cited"),
    pytest.param("ROE, Eduarda. *O Brasil e as operações de paz*. 2005. Dissertação (Mestrado em Relações Internacionais) – "
                 "Pontifícia Universidade Católica do Rio de Janeiro, Rio de Janeiro, 2005.",
                 "Dissertação (Mestrado em Relações Internacionais)", "Pontifícia Universidade Católica do Rio de Janeiro",
                 "Rio de Janeiro", None, id="rio-de-janeiro-is-no-january"),
])
def test_an_abnt_thesis_with_its_kind_degree_and_institution(note, genre, publisher, place, locator):
    [cit] = citex.extract(f"Notas\n\n1. {note}\n", name="a.txt").notes[0].citations
    work = cit.work
    assert (work.type, work.genre, work.publisher, work.place, cit.locator) == ("thesis", genre, publisher, place, locator)
    assert work.date[0] in (2005, 2015) and len(work.date) == 1


def test_an_abnt_title_in_quotation_marks_keeps_its_unmarked_subtitle():
    [cit] = citex.extract("Notas\n\n1. ROE, Joana de Oliveira. \"Ser policial é, sobretudo, uma razão de ser\": cultura e cotidiano "
                          "da Polícia Militar. 1999. Tese (Doutorado em Ciência Política) – Instituto Universitário de Pesquisas "
                          "do Rio de Janeiro, Rio de Janeiro, 1999. p. 112.\n", name="a.txt").notes[0].citations
    assert (cit.work.type, cit.work.title, cit.locator) == (
        "thesis", "Ser policial é, sobretudo, uma razão de ser: cultura e cotidiano da Polícia Militar", "112")
