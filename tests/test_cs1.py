"""References printed by wiki citation templates, read as the notes they stand for.

The ISBN and DOI in these strings are the example numbers (978-0-306-40615-7, prefix 10.5555):
what is tested is that they are read, not which book they belong to."""
from __future__ import annotations

import pytest

from citex.model import Piece
from citex.parse import cs1, parse_piece
from citex.parse.features import judge


def read(text: str):
    assert judge(text)[0] == "full", text
    return parse_piece(Piece(note=1, index=0, text=text, span=(0, len(text)), kind="full"))


def test_book_with_place_publisher_page_and_isbn():
    c = read("Gorriti, Gustavo (1999). The Shining Path: A History of the Millenarian War in Peru. Chapel Hill: "
             "University of North Carolina Press. p. 17. ISBN 978-0-306-40615-7.")
    w = c.work
    assert (w.type, w.authors[0].family, w.title, w.place, w.publisher, w.date, c.locator) == (
        "book", "Gorriti", "The Shining Path: A History of the Millenarian War in Peru", "Chapel Hill",
        "University of North Carolina Press", (1999,), "17")


def test_news_story_with_no_author_and_an_access_date():
    """The access date ("Retrieved ...") is not when the story appeared: the date is the one before it."""
    w = read('"Peru\'s Shining Path: The Last Guerrillas". BBC News. 12 February 2012. Retrieved 3 March 2015.').work
    assert (w.type, w.authors, w.title, w.container, w.date) == (
        "article-newspaper", (), "Peru’s Shining Path: The Last Guerrillas", "BBC News", (2012, 2, 12))


def test_journal_article_with_volume_issue_pages_and_doi():
    w = read('Burt, Jo-Marie (2006). "Quien habla es terrorista: The Political Use of Fear in Fujimori\'s Peru". '
             "Latin American Research Review. 41 (3): 32–62. doi:10.5555/12345678.").work
    assert (w.type, w.container, w.volume, w.issue, w.page, w.date, w.url) == (
        "article-journal", "Latin American Research Review", "41", "3", "32-62", (2006,),
        "https://doi.org/10.5555/12345678")


def test_chapter_in_an_edited_book():
    w = read('Degregori, Carlos Iván (1998). "Harvesting Storms: Peasant Rondas and the Defeat of Sendero Luminoso in '
             'Ayacucho". In Stern, Steve J. (ed.). Shining and Other Paths: War and Society in Peru, 1980–1995. '
             "Durham: Duke University Press. pp. 128–157. ISBN 978-0-306-40615-7.").work
    assert (w.type, w.container, [e.family for e in w.editors], w.publisher, w.page) == (
        "chapter", "Shining and Other Paths: War and Society in Peru, 1980–1995", ["Stern"], "Duke University Press",
        "128-157")


def test_two_authors_and_an_organisation_as_author():
    w = read("Starn, Orin; La Serna, Miguel (2019). The Shining Path: Love, Madness, and Revolution in the Andes. "
             "New York: W. W. Norton.").work
    assert [a.family for a in w.authors] == ["Starn", "La Serna"]
    w = read('United Nations Office on Drugs and Crime (2013). "Perú: Monitoreo de Cultivos de Coca 2012" (PDF). UNODC. '
             "Archived from the original (PDF) on 5 May 2014. Retrieved 1 June 2014.").work
    assert ([a.literal for a in w.authors], w.type, w.date, w.language) == (
        ["United Nations Office on Drugs and Crime"], "report", (2013,), "es")


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Vanda Felbab-Brown, *Shooting Up* (Washington, D.C.: Brookings, 2010), 37–38.", id="chicago-note"),
        pytest.param('Simeon Tegel, "Peru\'s Coca Boom," GlobalPost, October 12, 2013.', id="chicago-article"),
        pytest.param("Interview with a coca farmer, VRAEM, May 14, 2013.", id="interview"),
        pytest.param("The farmers (most of them women). They said so.", id="prose-with-parentheses"),
    ],
)
def test_other_forms_are_left_to_the_note_readers(text):
    assert cs1.to_note_form(text) is None


def test_spanish_wiki_references_with_angle_quotes_and_consultado():
    w = read("«Gobierno declara en emergencia una región minera». El Comercio. 19 de febrero de 2019. "
             "Consultado el 3 de marzo de 2019.").work
    assert (w.type, w.title, w.container, w.date) == (
        "article-newspaper", "Gobierno declara en emergencia una región minera", "El Comercio", (2019, 2, 19))


def test_a_journal_name_without_a_period_before_its_volume():
    w = read("Quispe, Rosa (2016). «Formalizar la minería artesanal». Revista de Estudios Andinos 10 (2): 33-41.").work
    assert (w.authors[0].family, w.container, w.volume, w.issue, w.page, w.date) == (
        "Quispe", "Revista de Estudios Andinos", "10", "2", "33-41", (2016,))


def test_journal_article_with_doi_and_pmid_and_pmc():
    # the citation tools add all three; the DOI is set aside to read the rest, whose last sentences stay sentences
    w = read('Roe, Jane (2001). "Death and miasma in an example city: an obstinate belief". BMJ. 323 (7327): 1469–1471. '
             "doi:10.1136/bmj.323.7327.1469. PMID 11751359. PMC 1121911.").work
    assert (w.type, w.title, w.container, w.volume, w.issue, w.page, w.date, w.doi) == (
        "article-journal", "Death and miasma in an example city: an obstinate belief", "BMJ", "323", "7327", "1469-1471",
        (2001,), "10.1136/bmj.323.7327.1469")


def test_an_undated_page_consulted_on_a_day_is_a_web_page():
    w = read('"Example Tideway Tunnel". Tideway. Retrieved 5 May 2020.').work
    assert (w.type, w.title, w.container, w.date, w.accessed) == ("webpage", "Example Tideway Tunnel", "Tideway", None,
                                                                   (2020, 5, 5))


def test_a_book_by_initials_keeps_the_page_apart_from_the_publisher():
    c = read("Roe, A. N. (2002). The Victorians. London: Hutchinson. p. 159.")
    assert (c.work.type, c.work.publisher, c.work.place, c.locator) == ("book", "Hutchinson", "London", "159")


def test_an_archived_copys_date_is_not_when_the_report_appeared_and_its_tags_leave_the_title():
    """The month the template printed ("June 2012") is kept: the report appeared then, not on the archive's day."""
    c = read("Roe, Andrew (June 2012). What Is Example Haram? (PDF) (Report). Special Report 308. Washington, D.C.: "
             "Example Institute of Peace. Archived (PDF) from the original on 14 May 2014. Retrieved 22 May 2014.")
    w = c.work
    assert (w.type, w.title, w.genre, w.place, w.publisher, w.date) == (
        "report", "What Is Example Haram?", "Special Report 308", "Washington, D.C.", "Example Institute of Peace", (2012, 6))


def test_a_bodys_report_with_no_publisher_printed():
    w = read("Example Rights Watch (11 October 2012). Spiraling Example: Attacks and Abuses in Nigeria (Report). "
             "ISBN 978-0-306-40615-7. Retrieved 12 October 2012.").work
    assert ([a.literal for a in w.authors], w.title, w.date) == (["Example Rights Watch"],
                                                               "Spiraling Example: Attacks and Abuses in Nigeria", (2012, 10, 11))


def test_a_newspapers_page_with_its_section_letter_and_a_books_series():
    news = read('Roe, James (14 September 1992). "Top Example Leader Captured". The New York Times. p. A1. '
                "Retrieved 10 May 2020.")
    assert (news.work.container, news.locator) == ("The New York Times", "A1")
    book = read("Roe, Jeremy M. (2007). Inside Example: The Politics of Examples. Cambridge Studies in Comparative Politics. "
                "Cambridge: Cambridge University Press. p. 7. ISBN 978-0-306-40615-7.").work
    assert (book.type, book.place, book.publisher) == ("book", "Cambridge", "Cambridge University Press")


def test_a_books_editors_and_edition_as_the_templates_print_them():
    c = read("Roe, Orin; Doe, Carlos Iván; Poe, Robin, eds. (2005). The Example Reader: History, Culture, Politics (2nd ed.). "
             "Durham: Example University Press. pp. 342–346. ISBN 978-0-306-40615-7.")
    w = c.work
    assert (w.type, [e.family for e in w.editors], w.title, w.edition, w.place, c.locator) == (
        "book", ["Roe", "Doe", "Poe"], "The Example Reader: History, Culture, Politics", "2", "Durham", "342-346")


def test_a_press_release_with_the_place_and_issuer_before_its_day():
    c = read('"Terrorist Designations of Example Groups" (Press release). Washington, D.C.: U.S. Department of Example, '
             "Office of the Spokesperson. 13 November 2013. Retrieved 14 November 2013.")
    w = c.work
    assert (w.title, w.genre, w.date) == ("Terrorist Designations of Example Groups", "press release", (2013, 11, 13))
    assert w.publisher.startswith("U.S. Department of Example")


def test_a_journal_issue_then_its_publisher():
    c = read('Roe, David (26 September 2011). "The Rise of Example Haram". Example Sentinel. 4 (9). Example Center at '
             "West Point. Retrieved 30 September 2011.")
    w = c.work
    assert (w.type, w.container, w.volume, w.issue) == ("article-journal", "Example Sentinel", "4", "9")


def test_a_year_and_the_page_cited_in_brackets_is_no_references_date():
    # "see Roe (2017, 112–18). Compare …": an author-date citation in a sentence, then the next sentence; no wiki reference
    assert cs1.to_note_form("Roe (2017, 112–18). Compare Doe (1996, 281–84) with Poe (2007, 116); Enloe (2014, 143) "
                            "offers a broader account.") is None
    assert not cs1.HEAD_RE.match("Roe (2017, 112–18). Compare Doe (1996) with Poe (2007).")


@pytest.mark.parametrize("note,family,given,title,place,publisher", [
    ("Pécaut, Daniel (2001). *Guerra contra la sociedad*. Bogotá: Espasa.", "Pécaut", "Daniel",
     "Guerra contra la sociedad", "Bogotá", "Espasa"),
    ("Gutiérrez Sanín, Francisco (2014). *El orangután con sacoleva*. Bogotá: Debate, pp. 210-215.", "Gutiérrez Sanín",
     "Francisco", "El orangután con sacoleva", "Bogotá", "Debate"),
    # (a think tank's publication: a report, as the readers type what a policy centre prints)
    ("Garzón Vergara, Juan Carlos (2013). *La rebelión de las redes criminales*. Washington, D. C.: Woodrow Wilson "
     "Center, p. 7.", "Garzón Vergara", "Juan Carlos", "La rebelión de las redes criminales", "Washington, D. C.",
     "Woodrow Wilson Center"),
])
def test_an_author_date_note_with_a_full_given_name_and_an_italic_title_is_one_book(note, family, given, title, place,
                                                                                     publisher):
    # Latin American journals print their notes as APA entries with the given name spelt out: one work, not a short form,
    # a title and commentary
    import citex

    (n,) = citex.extract(f"Notes\n\n1. {note}\n").notes
    (c,) = n.citations
    w = c.work
    assert (w.authors[0].family, w.authors[0].given, w.title, w.place, w.publisher) == \
        (family, given, title, place, publisher)
    assert w.type == ("report" if "Center" in publisher else "book")


def test_two_authors_family_first_joined_by_y_and_a_translator_sentence():
    import citex

    (n,) = citex.extract("Notes\n\n1. Garzón, Juan Carlos y Bailey, John (2010). *Crimen organizado*. Trad. de Sonia "
                         "Bermúdez. México: Siglo XXI, pp. 30 ss.\n").notes
    (c,) = n.citations
    assert [a.family for a in c.work.authors] == ["Garzón", "Bailey"] and c.work.publisher == "Siglo XXI"
    assert [t.family for t in c.work.translators] == ["Bermúdez"] and c.locator.startswith("30")


def test_a_books_editor_after_its_author_and_date_is_its_editor_not_a_second_work():
    # the wiki prints "|editor=" with "|author=" as "Author (Year). Editor (ed.). Title. …"
    text = ("Roe, Carlos Iván (2012). Doe, Steve J. (ed.). How Hard It Is to Be an Example. Translated by Ann Poe. "
            "Madison: University of Example Press. ISBN 978-0-299-28654-9.")
    w = parse_piece(Piece(note=1, index=0, text=text, span=(0, len(text)), kind="full")).work
    assert (w.type, w.authors[0].family, w.editors[0].family, w.title, w.publisher) == (
        "book", "Roe", "Doe", "How Hard It Is to Be an Example", "University of Example Press")


WIKI_TEXT = """Example Path

The group was founded in 1969.[a] It grew in the highlands.[1] Its leader was captured in 1992.[2][b]

Notes
^ Also known by its members as the Example Party.
^ Its followers called him "Presidente Ejemplo". See Roe 2012, pp. 22–25.

References
^ a b Roe 2012, p. 17.
^ Doe, Cynthia (1984). "Why Peasants Rebel". World Examples. 37 (1): 48–84. doi:10.2307/2010306.
^ Roe 2012, p. 19.

Sources
Roe, Gustavo (2012). The Example Path: A History. Chapel Hill: University of Example Press. ISBN 978-0-8078-4676-2.

Further reading
Poe, Simon (1992). Example Path: The Deadliest Force. London: Example Books.
"""


def test_a_wiki_pages_text_keeps_notes_by_letter_references_by_number_and_finds_the_sources_list():
    # copied from a browser, both lists open each entry on "^": the notes the text calls [a], [b] are lettered, the
    # references numbered from 1 as the text calls them, and the short notes find their works under "Sources"
    import citex

    doc = citex.extract(WIKI_TEXT)
    assert [n.number for n in doc.notes] == ["a", "b", 1, 2, 3]
    book = doc.notes[2].citations[0]
    assert (book.kind, book.locator) == ("short", "17") and book.item is not None
    assert {i.work.title for i in doc.items} >= {"The Example Path: A History", "Why Peasants Rebel"}
    assert "Example Path: The Deadliest Force" not in {i.work.title for i in doc.items}


@pytest.mark.parametrize("text, title, genre, place, publisher, date", [
    ("Curbing Example Violence (II): The Insurgency (PDF) (Report). Africa Report No. 216. Brussels: International Crisis "
     "Group. 3 April 2014.", "Curbing Example Violence (II): The Insurgency", "Africa Report No. 216", "Brussels",
     "International Crisis Group", (2014, 4, 3)),
    ("Spiraling Example: Attacks and Abuses (Report). New York: Human Rights Watch. 11 October 2012. "
     "ISBN 978-0-306-40615-7.", "Spiraling Example: Attacks and Abuses", "report", "New York", "Human Rights Watch",
     (2012, 10, 11)),
    ('Roe, Alexander (2016). "The disease is unbelief": An Example Worldview (PDF) (Report). Analysis Paper No. 22. '
     "Washington, D.C.: Brookings Institution.", "“The disease is unbelief”: An Example Worldview", "Analysis Paper No. 22",
     "Washington, D.C.", "Brookings Institution", (2016,)),
])
def test_a_report_template_unquoted_title_then_series_place_publisher_and_date_is_a_report(text, title, genre, place,
                                                                                          publisher, date):
    """{{cite report}} prints its title unquoted and marks it "(Report)"; the series and number, the imprint and the day
    follow as sentences (a title-first one has no author, and its "(Report)" is no author's date)."""
    w = read(text).work
    assert (w.type, w.title, w.genre, w.place, w.publisher, w.date) == ("report", title, genre, place, publisher, date)


def test_an_interview_template_keeps_who_was_heard_the_title_who_asked_and_the_outlet():
    w = read('Example, Abimael (24 July 1988). "Entrevista al Presidente" (Interview) (in Spanish). Interviewed by Luis '
             "Arce Borja and Janet Talavera. Lima: El Diario.").work
    assert (w.type, w.authors[0].family, w.title, [i.family for i in w.interviewer], w.container, w.date) == (
        "interview", "Example", "Entrevista al Presidente", ["Arce Borja", "Talavera"], "El Diario", (1988, 7, 24))


def test_a_speech_template_with_place_and_publisher_is_a_speech_given_there():
    w = read('Roe, Alberto (5 April 1992). "Mensaje a la Nación" (Speech) (in Spanish). Lima: Congreso de la República. '
             "Retrieved 20 March 2017.").work
    assert (w.type, w.authors[0].family, w.title, w.date) == ("speech", "Roe", "Mensaje a la Nación", (1992, 4, 5))
    assert w.place == "Lima"


def test_a_converters_emphasis_on_the_journal_and_volume_does_not_break_the_article():
    w = read('Roe, Freedom C. (2010). "The Example Challenge Explained". *African Security Review*. **19** (2): 54–67. '
             "doi:10.5555/12345678.").work
    assert (w.type, w.container, w.volume, w.issue, w.page) == ("article-journal", "African Security Review", "19", "2",
                                                                "54-67")
