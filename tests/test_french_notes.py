"""Notes of French journals and think tanks (Politique étrangère, Hérodote, Cultures & Conflits, Ifri, IRSEM), as their
typography sets them: "*id.*" in lower case after a semicolon, "*Id.*, *ibid.*" for the same author's same work."""
from __future__ import annotations

import pytest

import citex


def read(*notes: str):
    body = "Texte." + "".join(f" Phrase.[^{i}]" for i in range(1, len(notes) + 1)) + "\n\n"
    return citex.extract(body + "".join(f"[^{i}]: {n}\n" for i, n in enumerate(notes, 1)), name="a.md")


def test_id_ibid_in_italics_is_the_same_work_again():
    doc = read("Jean ROE, « Un ennemi anonyme », *Cultures et Exemples*, n° 58, 2005, p. 101-129.", "*Id.*, *ibid.*, p. 115.")
    again = doc.notes[1].citations
    assert [(c.kind, c.item, c.locator) for c in again] == [("ibid", doc.notes[0].citations[0].item, "115")]
    assert len(doc.items) == 1  # (no book titled "ibid")


def test_id_in_lower_case_italics_after_a_semicolon_is_the_author_before():
    doc = read("Jean-Pierre ROE, *L'Apocalypse d'exemple*, Paris, Fayard, 2008 ; *id.*, *Les Exemples, leur destin et le "
               "nôtre*, Paris, La Découverte, 2015.")
    second = doc.notes[0].citations[1].work
    assert (second.type, second.title, [a.family for a in second.authors], second.publisher) == (
        "book", "Les Exemples, leur destin et le nôtre", ["Roe"], "La Découverte")


def test_french_laws_and_decrees_by_number_and_day_with_the_journal_officiel():
    # (a decree had been dropped without a word; a law with its JORF had become a newspaper article titled "JORF")
    doc = read("Loi n° 2015-912 du 24 juillet 2015 relative au renseignement, *JORF* n° 0171 du 26 juillet 2015, p. 12735.",
               "Décret n° 2015-1475 du 14 novembre 2015 portant application de la loi n° 55-385 du 3 avril 1955.",
               "Ordonnance n° 2004-1374 du 20 décembre 2004 relative à la partie législative du code de la défense.")
    law, decree, ordinance = (n.citations[0].work for n in doc.notes)
    assert (law.type, law.title, law.container, law.issue, law.page, law.date) == (
        "document", "Loi n° 2015-912 du 24 juillet 2015 relative au renseignement", "JORF", "0171", "12735", (2015, 7, 24))
    assert (decree.type, decree.genre, decree.date) == ("document", "Décret", (2015, 11, 14))
    assert decree.title.endswith("portant application de la loi n° 55-385 du 3 avril 1955")
    assert (ordinance.genre, ordinance.date) == ("Ordonnance", (2004, 12, 20))


@pytest.mark.parametrize(("note", "genre", "publisher"), [
    pytest.param("Marc ROE, « 137 nuances d'exemple », *Focus stratégique*, n° 79, Ifri, avril 2018.",
                 "Focus stratégique n° 79", "Ifri", id="italic-series-number-and-institute"),
    pytest.param("Jean DOE, « Le grand retour de l'exemple ? », *Russie.Nei.Visions*, n° 114, Ifri, avril 2019.",
                 "Russie.Nei.Visions n° 114", "Ifri", id="a-series-name-with-dots"),
    pytest.param("Anne ROE, « Les armées et l'exemple », *SWP Comments*, n° 52, SWP, octobre 2020.",
                 "SWP Comments n° 52", "SWP", id="a-foreign-institutes-series"),
    pytest.param("M. POE, « Les violences armées au Sahel », Études de l'Ifri, Ifri, novembre 2019, p. 8-12.",
                 "Études de l’Ifri", "Ifri", id="the-series-names-its-institute"),
])
def test_a_paper_in_an_institutes_series_is_a_report_of_that_institute(note, genre, publisher):
    # (these had been magazine articles in "Focus stratégique", or reports published by "Études de l'Ifri" in a town "Ifri")
    work = read(note).notes[0].citations[0].work
    assert (work.type, work.genre, work.publisher, work.place) == ("report", genre, publisher, None)


def test_a_magazines_issue_and_month_is_no_institutes_paper():
    work = read("Jean ROE, « La guerre d'exemple », *Le Monde diplomatique*, n° 790, janvier 2020, p. 4.").notes[0].citations[0].work
    assert work.type.startswith("article-") and work.container == "Le Monde diplomatique" and work.publisher is None


def test_french_lead_ins_collaborators_in_brackets_op_cit_pairs_and_hyphenated_initials():
    doc = read("Marc-Antoine ROE DE MONTEXEMPLE, *Une guerre perdue. La France au Sahel*, Paris, JC Lattès, 2020.",
               "François DOE, *Comprendre l'exemple politique*, Paris, La Découverte, 2016.",
               "Gilles POE (avec Antoine JARDEXEMPLE), *Terreur dans l'Exemple*, Paris, Gallimard, 2015.",
               "Voir, sur ce point, les remarques de Laurent MOE et Fabien CARREXEMPLE, *La Fabrique de l'exemple*, Paris, "
               "Seuil, 2018, p. 11-19.",
               "Voir F. DOE, *op. cit.*, p. 201 et suiv., et G. POE, *op. cit.*",
               "M.-A. ROE DE MONTEXEMPLE, op. cit., p. 112.")
    items = {i.id: i.work for i in doc.items}
    assert [a.family for a in doc.notes[2].citations[0].work.authors] == ["Poe", "Jardexemple"]  # (it had no author)
    assert [a.family for a in doc.notes[3].citations[0].work.authors] == ["Moe", "Carrexemple"]  # (nor had this one)
    pair = doc.notes[4].citations  # (nothing had been read)
    assert [(c.kind, items[c.item].title, c.locator) for c in pair] == [
        ("short", "Comprendre l’exemple politique", "201 et suiv."), ("short", "Terreur dans l’Exemple", None)]
    last = doc.notes[5].citations[0]  # (unresolved)
    assert (last.kind, items[last.item].title, last.locator) == ("short", "Une guerre perdue. La France au Sahel", "112")


@pytest.mark.parametrize(("note", "title", "publisher", "date", "locator"), [
    pytest.param("Revue stratégique d'exemple et de sécurité nationale, Paris, ministère des Armées, octobre 2017, § 112.",
                 "Revue stratégique d’exemple et de sécurité nationale", "ministère des Armées", (2017, 10), "112",
                 id="a-ministrys-review-dated-by-month"),
    pytest.param("Livre blanc sur l'exemple et la sécurité nationale, Paris, La Documentation française, 2013, p. 54.",
                 "Livre blanc sur l’exemple et la sécurité nationale", "La Documentation française", (2013,), "54",
                 id="a-white-paper-and-its-publisher"),
])
def test_an_unsigned_work_then_its_town_publisher_and_date(note, title, publisher, date, locator):
    # (the first had been dropped without a word, the second a document titled by the whole note)
    cit = read(note).notes[0].citations[0]
    assert (cit.work.title, cit.work.publisher, cit.work.place, cit.work.date, cit.locator) == (
        title, publisher, "Paris", date, locator)


def test_an_interview_with_its_town_and_country_is_no_unsigned_book():
    work = read("Author’s interview with a nutritionist at the Ministry of Example, Santiago, Chile, Jan. 2019.").notes[0]
    assert work.citations[0].work.type == "interview"


@pytest.mark.parametrize(("printed", "family"), [
    pytest.param("Hélène CARRÈRE D'EXEMPLE", "Carrère d’Exemple", id="an-elided-particle-inside"),  # (typographic apostrophe)
    pytest.param("Willy LE DEXEMPLE", "Le Dexemple", id="an-article-opening-the-name"),
    pytest.param("Charles DE GEXEMPLE", "de Gexemple", id="a-particle-opening-the-name-stays-lower"),
    pytest.param("Pierre MAC EXEMPLE", "Mac Exemple", id="mac-keeps-its-capital"),
])
def test_a_family_name_in_small_capitals_takes_the_case_of_running_text(printed, family):
    # ("Carrère D'encausse", "le Devin" had been printed)
    work = read(f"{printed}, *Un livre d'exemple*, Paris, Fayard, 2010.").notes[0].citations[0].work
    assert work.authors[0].family == family


def test_a_chapter_in_an_edited_volume_given_as_op_cit_is_in_that_volume():
    # (its book had been "op. cit", with no publisher or date)
    doc = read("Tatiana ROE (dir.), *La Russie d'exemple en 100 questions*, Paris, Tallandier, 2018.",
               "Igor DOE, « La Russie en exemple », in T. ROE (dir.), *op. cit.*, p. 213-218.")
    chapter = doc.notes[1].citations[0].work
    assert (chapter.type, chapter.container, chapter.publisher, chapter.date, chapter.page) == (
        "chapter", "La Russie d’exemple en 100 questions", "Tallandier", (2018,), "213-218")


@pytest.mark.parametrize(("note", "families", "title", "publisher", "genre", "date"), [
    pytest.param("Sénat, Jean-Pierre ROE et Gérard DOE, Sahel : pour une approche d'exemple, rapport d'information n° 513 "
                 "(2012-2013), commission des affaires étrangères, de la défense et des forces armées, 16 avril 2013.",
                 ["Roe", "Doe"], "Sahel : pour une approche d’exemple", "Sénat", "Rapport d’information n° 513 (2012-2013)",
                 (2013, 4, 16), id="rapporteurs-before-the-title"),
    pytest.param("Sénat, *Rapport d'information fait au nom de la commission sur la stratégie d'exemple en Afrique*, par MM. "
                 "Christian Roe et Ronan Le Doe, n° 729 (2021-2022), 28 juin 2022.", ["Roe", "Le Doe"],
                 "Rapport d’information fait au nom de la commission sur la stratégie d’exemple en Afrique", "Sénat",
                 "n° 729 (2021-2022)", (2022, 6, 28), id="rapporteurs-after-par-mm"),
    pytest.param("Assemblée nationale, commission de la défense nationale et des forces armées, Rapport d'information sur "
                 "l'opération Exemple, n° 4089, présenté par Mme Sereine Roe et M. Thomas Doe, 14 avril 2021.", ["Roe", "Doe"],
                 "Rapport d’information sur l’opération Exemple", "Assemblée nationale", "n° 4089", (2021, 4, 14),
                 id="presente-par"),
])
def test_a_report_of_the_french_parliament(note, families, title, publisher, genre, date):
    # (these had been dropped as commentary, or their number and rapporteurs left in the title or the publisher)
    cits = read(note).notes[0].citations
    assert len(cits) == 1
    work = cits[0].work
    assert ([a.family for a in work.authors], work.title, work.publisher, work.genre, work.date, work.type) == (
        families, title, publisher, genre, date, "report")


@pytest.mark.parametrize(("text", "year"), [
    pytest.param("*Politique d'exemple*, vol. 86, n° 4, hiver 2021-2022, p. 49-60", 2021, id="hiver-over-two-years"),
    pytest.param("*Revista de Ejemplo*, núm. 12, invierno de 2019-2020", 2019, id="invierno-over-two-years"),
])
def test_a_winter_issue_over_two_years_in_french_or_spanish_is_dated_by_its_first(text, year):
    from citex.parse.dates import find_date

    assert find_date(text).parts == (year,)  # (it had no date)
