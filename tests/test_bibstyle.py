"""Notes written as bibliography entries ("Family, Given. Title. Place: Publisher, Year.")."""
from __future__ import annotations

import pytest

from citex.model import Note, Piece
from citex.parse import parse_piece
from citex.parse.bibstyle import read_entry, to_note_form
from citex.segment import segment


@pytest.mark.parametrize(
    ("entry", "note_form"),
    [
        pytest.param("Degregori, Carlos Iván. Qué difícil es ser Dios. Lima: Instituto de Estudios Peruanos, 2011, p. 45.",
                     "Carlos Iván Degregori, *Qué difícil es ser Dios* (Lima: Instituto de Estudios Peruanos, 2011), p. 45",
                     id="book-with-a-page"),
        pytest.param("Kay, Bruce H. \"Violent Opportunities.\" Journal of Interamerican Studies 41, no. 3 (1999): 97-127.",
                     "Bruce H. Kay, “Violent Opportunities,” Journal of Interamerican Studies 41, no. 3 (1999): 97-127",
                     id="article-given-name-ends-in-an-initial"),
        pytest.param("Tarazona-Sevillano, Gabriela, and John B. Reuter. Sendero Luminoso. New York: Praeger, 1990.",
                     "Gabriela Tarazona-Sevillano and John B. Reuter, *Sendero Luminoso* (New York: Praeger, 1990)",
                     id="two-authors"),
        pytest.param("Stern, Steve J., ed. Shining and Other Paths. Durham, NC: Duke University Press, 1998.",
                     "Steve J. Stern, ed., *Shining and Other Paths* (Durham, NC: Duke University Press, 1998)",
                     id="editor"),
        pytest.param("Comisión de la Verdad y Reconciliación. Informe final. Lima: CVR, 2003, tomo IV, p. 120.",
                     "Comisión de la Verdad y Reconciliación, *Informe final* (Lima: CVR, 2003), tomo IV, p. 120",
                     id="organisation-author"),
        pytest.param("Durand Guevara, Anahí. «Donde habita el olvido». En: Revista Argumentos, año 5, n.° 2, mayo 2011.",
                     "Anahí Durand Guevara, “Donde habita el olvido,” Revista Argumentos, año 5, n.° 2, mayo 2011",
                     id="spanish-quotes-and-en-before-a-journal"),
        pytest.param("Gootenberg, P. (2008). Andean Cocaine: The Making of a Global Drug. Chapel Hill: University of "
                     "North Carolina Press, p. 45.",
                     "P. Gootenberg, *Andean Cocaine: The Making of a Global Drug* (Chapel Hill: University of North "
                     "Carolina Press, 2008), p. 45", id="author-date-book"),
        pytest.param("Mejía, D., & Restrepo, P. (2016). The economics of the war on drugs. Journal of Economic Behavior & "
                     "Organization, 126(2), 255-275.",
                     "D. Mejía and P. Restrepo, “The economics of the war on drugs,” *Journal of Economic Behavior & "
                     "Organization* 126, no. 2 (2016): 255-275", id="author-date-journal-article"),
        pytest.param("UNODC (2013). Perú: Monitoreo de cultivos de coca 2012. Lima: UNODC.",
                     "UNODC, *Perú: Monitoreo de cultivos de coca 2012* (Lima: UNODC, 2013)", id="author-date-organisation"),
        pytest.param("Smith (2004) argues the opposite. The data are in chapter 3.", None, id="author-date-prose-is-no-entry"),
        pytest.param("Felbab-Brown, pp. 37-38.", None, id="short-form-is-no-entry"),
        pytest.param("Smith, John. This is a sentence. It has 2012 in it.", None, id="prose-is-no-entry"),
        pytest.param("Marcos Cueto, Theodore M. Brown, and Elizabeth Fee, The World Health Organization: A History "
                     "(Cambridge: Cambridge University Press, 2019), 1–3.", None, id="names-in-note-order-are-no-entry"),
        pytest.param("Degregori, Carlos Iván. Qué difícil es ser Dios. Lima: IEP, 2011. Véase también el capítulo 3.",
                     None, id="entry-followed-by-prose-is-not-one-entry"),
    ],
)
def test_to_note_form(entry, note_form):
    assert to_note_form(entry) == note_form


def test_an_entry_is_one_piece_and_reads_like_its_note_form():
    text = ("Véase Degregori, Carlos Iván. Qué difícil es ser Dios. Lima: IEP, 2011, p. 45. "
            "El capítulo 3 trata del Huallaga.")
    pieces, commentary = segment(Note(number=1, text=text))
    assert [p.prefix for p in pieces] == ["véase"] and commentary == "El capítulo 3 trata del Huallaga."
    c = parse_piece(pieces[0])
    w = c.work
    assert (w.type, w.title, w.place, w.publisher, w.date, c.locator) == \
        ("book", "Qué difícil es ser Dios", "Lima", "IEP", (2011,), "45")
    assert [(a.family, a.given) for a in w.authors] == [("Degregori", "Carlos Iván")]
    assert w.raw.startswith("Degregori, Carlos Iván.")


@pytest.mark.parametrize(
    ("entry", "note_form"),
    [
        pytest.param("HOLANDA, Sérgio Buarque de. *Raízes do Brasil*. Rio de Janeiro: José Olympio, 1936. p. 101.",
                     # the family name keeps its capitals after two given names: it is "Holanda", as ABNT indexes it
                     "Sérgio Buarque de HOLANDA, *Raízes do Brasil* (Rio de Janeiro: José Olympio, 1936), p. 101",
                     id="abnt-capitals-trailing-particle-and-page-sentence"),
        pytest.param("SCHWARCZ, Lilia M.; STARLING, Heloisa M. *Brasil: uma biografia*. São Paulo: Companhia das Letras, "
                     "2015, p. 33.",
                     "Lilia M. Schwarcz and Heloisa M. Starling, *Brasil: uma biografia* (São Paulo: Companhia das Letras, "
                     "2015), p. 33", id="abnt-two-authors-joined-by-a-semicolon"),
        pytest.param("FAUSTO, Boris. *História do Brasil*. 2. ed. São Paulo: Edusp, 1995.",
                     "Boris Fausto, *História do Brasil*, 2. ed. (São Paulo: Edusp, 1995)", id="edition-before-the-place"),
        pytest.param("ROE, Carlos. Versões sobre o exemplo. Revista Brasileira de Exemplos, São Paulo, v. 24, n. 47, p. 29-60, "
                     "jan./jun. 2004.", "Carlos Roe, “Versões sobre o exemplo,” *Revista Brasileira de Exemplos* 24, no. 47 "
                     "(jan./jun. 2004): 29-60", id="abnt-periodical"),
        pytest.param("ROE, Ana. Exemplo. Revista Exemplo Hoje, n. 2, p. 223-244, 1984.",
                     "Ana Roe, “Exemplo,” *Revista Exemplo Hoje* no. 2 (1984): 223-244", id="abnt-periodical-numbered-only"),
        pytest.param("ROE, Ana. *Exemplo*. 3. ed. São Paulo: Ática, 1978. v. 1, p. 98.",
                     "Ana Roe, *Exemplo*, 3. ed. (São Paulo: Ática, 1978), v. 1, p. 98", id="abnt-volume-and-page-after-the-year"),
    ],
)
def test_brazilian_entries_in_note_form(entry, note_form):
    assert to_note_form(entry) == note_form


@pytest.mark.parametrize(
    ("entry", "note_form"),
    [
        pytest.param("Smith, J., Doe, A., & Roe, B. (2019). Coca and the state in the Andes. *Journal of Latin American "
                     "Studies*, 51(3), 45–67. https://doi.org/10.5555/jlas.2019.45",
                     "J. Smith and A. Doe and B. Roe, “Coca and the state in the Andes,” *Journal of Latin American "
                     "Studies* 51, no. 3 (2019): 45–67, https://doi.org/10.5555/jlas.2019.45", id="journal-with-italics-and-doi"),
        pytest.param("Tegel, S. (2013, October 12). Peru's coca boom. *GlobalPost*. https://www.globalpost.com/peru-coca",
                     "S. Tegel, “Peru's coca boom,” *GlobalPost*, October 12, 2013, https://www.globalpost.com/peru-coca",
                     id="news-with-its-day-and-site"),
        pytest.param("Instituto Nacional de Estadística e Informática. (2018). *Perú: Perfil sociodemográfico*. INEI.",
                     "Instituto Nacional de Estadística e Informática, *Perú: Perfil sociodemográfico* (INEI, 2018)",
                     id="organisation-and-publisher-without-place"),
        pytest.param("Degregori, C. I. (2011). *Qué difícil es ser Dios* (2nd ed.). Instituto de Estudios Peruanos.",
                     "C. I. Degregori, *Qué difícil es ser Dios* (Instituto de Estudios Peruanos, 2011)",
                     id="edition-in-parentheses"),
        pytest.param("Roe, J. (2021, March 3). Cartels move into fuel theft. The Example Times. https://example.com/a",
                     "J. Roe, “Cartels move into fuel theft,” *The Example Times*, March 3, 2021, https://example.com/a",
                     id="news-with-its-day-and-an-unmarked-paper"),
        pytest.param("Cartels move into fuel theft. (2021, March 3). *The Example Times*.",
                     "“Cartels move into fuel theft,” *The Example Times*, March 3, 2021", id="unsigned-news-titled-first"),
        pytest.param("Gasoducto del sur: las demoras que preocupan. (2022, 14 de julio). Ejemplo.",
                     "“Gasoducto del sur: las demoras que preocupan,” *Ejemplo*, 14 de julio, 2022",
                     id="unsigned-news-dated-to-the-day-in-spanish"),
        pytest.param("Roe, J. and Doe, A. (2022) 'Urban Heat and Informal Workers', Example Political Weekly, 57(18), pp. 45-52.",
                     "J. Roe and A. Doe, “Urban Heat and Informal Workers,” *Example Political Weekly* 57, no. 18 (2022): 45-52",
                     id="harvard-article-in-single-quotes-no-period-after-the-year"),
        pytest.param("Roe, J. (2022) Heat and the City. Delhi: Example University Press.",
                     "J. Roe, *Heat and the City* (Delhi: Example University Press, 2022)", id="harvard-book"),
        pytest.param("Roe, T., Doe, M., & Poe, R. (2014). Does public debt stifle growth? A critique of two examples. "
                     "Example Journal of Economics, 38(2), 257–279.",
                     "T. Roe and M. Doe and R. Poe, “Does public debt stifle growth? A critique of two examples,” *Example "
                     "Journal of Economics* 38, no. 2 (2014): 257–279", id="a-question-then-its-subtitle"),
        pytest.param("Roe, T. C. (2016, September 22). Bad data costs a lot. Example Business Review.",
                     "T. C. Roe, “Bad data costs a lot,” *Example Business Review*, September 22, 2016",
                     id="dated-to-the-day-in-a-magazine-is-no-book"),
        pytest.param("Roe, M. (2019, April 8). Data Mesh Principles [Blog post]. example.com.",
                     "M. Roe, “Data Mesh Principles,” example.com (blog), April 8, 2019", id="a-blog-post-on-a-domain"),
        pytest.param("Examplecorp. (2021). How to Improve Your Data. https://www.example.com/data-quality",
                     "Examplecorp, *How to Improve Your Data*, 2021, https://www.example.com/data-quality",
                     id="a-group-author-closed-by-its-period"),
        pytest.param("Roe, C. A. E. (1984). Problems of management. In Monetary Theory and Practice (pp. 91–121). Example, London.",
                     "C. A. E. Roe, “Problems of management,” in *Monetary Theory and Practice* (London: Example, 1984), 91–121",
                     id="a-chapter-in-a-book-without-editors"),
        pytest.param("Roe, F. P. (1975). The Mythical Example. Example-Wesley. Chapter 2.",
                     "F. P. Roe, *The Mythical Example* (Example-Wesley, 1975), chapter 2", id="a-book-and-the-chapter-cited"),
        pytest.param("Roe, C. (2023, May 1). 'The Godfather of A.I.' Leaves Example. The Example Times. https://example.com/a",
                     "C. Roe, “'The Godfather of A.I.' Leaves Example,” *The Example Times*, May 1, 2023, https://example.com/a",
                     id="a-title-opening-with-a-quotation-and-an-address-after-the-paper"),
        pytest.param("Roe, I. D., & Doe, A. (2020). Closing the example gap. In Proceedings of the 2020 Conference on Example "
                     "(pp. 33–44). ACM. https://doi.org/10.1145/3351095.3372873",
                     "I. D. Roe and A. Doe, “Closing the example gap,” in *Proceedings of the 2020 Conference on Example* (ACM, "
                     "2020), 33–44, https://doi.org/10.1145/3351095.3372873", id="proceedings-a-publisher-and-a-doi"),
        pytest.param("Roe, N. A. (2021). Regulatory competition. *Law, Example and Technology*, *13*(1), 57–84.",
                     "N. A. Roe, “Regulatory competition,” *Law, Example and Technology* 13, no. 1 (2021): 57–84",
                     id="an-italic-journal-with-a-comma-and-an-italic-volume"),
        pytest.param("Roe, S., & Doe, B. (2012). Between inclusion and exclusion. Theory, Example & Society, 29(4–5), 58–75.",
                     "S. Roe and B. Doe, “Between inclusion and exclusion,” *Theory, Example & Society* 29, no. 4–5 (2012): 58–75",
                     id="a-plain-journal-with-a-comma"),
        pytest.param("Roe, B. (2020). *The example problem*. W. W. Norton.",
                     "B. Roe, *The example problem* (W. W. Norton, 2020)", id="a-publisher-with-initials"),
        pytest.param("Roe, T., Doe, B., Poe, N., et al. (2020). Example models. In Advances in Example Systems 33 (pp. 1877–1901). "
                     "Curran Associates.",
                     "T. Roe and B. Doe and N. Poe et al., “Example models,” in *Advances in Example Systems 33* (Curran "
                     "Associates, 2020), 1877–1901", id="authors-then-et-al"),
        pytest.param("Roe, S. (2023, February 24). *Planning for example*. ExampleAI. https://example.com/blog/planning",
                     "S. Roe, “Planning for example,” *ExampleAI*, February 24, 2023, https://example.com/blog/planning",
                     id="a-post-dated-to-the-day-on-its-publishers-site"),
        pytest.param("Example Institute. (2023). *Example risk framework (RMF 1.0)* (EXI 100-1). U.S. Department of Example. "
                     "https://doi.org/10.6028/EXI.100-1",
                     "Example Institute, *Example risk framework (RMF 1.0)*, EXI 100-1 (U.S. Department of Example, 2023), "
                     "https://doi.org/10.6028/EXI.100-1", id="a-reports-number-in-brackets-after-its-title"),
        pytest.param("Roe, J. A., & Doe, G. (2023). Generative example models. arXiv. https://doi.org/10.48550/arXiv.2301.04246",
                     "J. A. Roe and G. Doe, *Generative example models* (arXiv, 2023), https://doi.org/10.48550/arXiv.2301.04246",
                     id="a-preprint-server-named-in-lower-case"),
    ],
)
def test_apa_seventh_edition_entries_in_note_form(entry, note_form):
    assert to_note_form(entry) == note_form


@pytest.mark.parametrize(
    ("entry", "family", "given"),
    [
        pytest.param("ROE, Ana Maria Example. *Exemplo de livro*. São Paulo: Example Press, 2014, p. 45-52.", "Roe",
                     "Ana Maria Example", id="three-given-names-before-a-family-in-capitals"),
        pytest.param("Roe, Ana Maria. *Exemplo de livro*. São Paulo: Example Press, 2014.", "Roe", "Ana Maria",
                     id="two-given-names-not-read-as-a-double-surname"),
        pytest.param("Roe Espinoza, Vanessa. *Ejemplo*. Lima: Example Press, 2014.", "Roe Espinoza", "Vanessa",
                     id="a-double-surname-stays-whole"),
        pytest.param("ROE, José Murilo de. *Exemplo*. Rio de Janeiro: Example Press, 2002.", "Roe", "José Murilo de",
                     id="abnt-a-particle-after-the-given-names"),
    ],
)
def test_an_entrys_family_name_stays_the_family_name(entry, family, given):
    work = parse_piece(Piece(note=1, index=0, text=entry, span=(0, len(entry)), kind="full")).work
    assert [(a.family, a.given) for a in work.authors] == [(family, given)]


def test_chicago_eighteenth_edition_gives_no_place():
    form = to_note_form("Roe, Jane. *Governing the Block*. Example University Press, 2010.")
    assert form == "Jane Roe, *Governing the Block* (Example University Press, 2010)"


def test_an_entry_after_a_lead_phrase_and_see_is_one_work():
    from citex.model import Note
    from citex.segment import segment

    text = "On municipal policy generally, see Roe, Jane. Governing the Block. Example University Press, 2010."
    pieces, commentary = segment(Note(number=1, text=text, span=(0, len(text))))
    assert [p.text for p in pieces] == ["Roe, Jane. Governing the Block. Example University Press, 2010."]
    assert commentary == "On municipal policy generally,"


@pytest.mark.parametrize(
    ("note", "authors", "title", "publisher"),
    [
        pytest.param("Jeanne ROE et Pierre DOE, Les Exemples. Une étude des cas, Paris, Éditions Exemple, 1964, p. 22.",
                     ["Roe", "Doe"], "Les Exemples. Une étude des cas", "Éditions Exemple", id="two-authors-and-a-subtitle"),
        pytest.param("Michel ROE, Surveiller les exemples. Naissance de la règle, Paris, Gallimard, coll. « Bibliothèque des "
                     "exemples », 1975, p. 228 sq.", ["Roe"], "Surveiller les exemples. Naissance de la règle", "Gallimard",
                     id="a-publishers-series"),
    ],
)
def test_french_notes_with_commas_between_their_facts(note, authors, title, publisher):
    import citex

    doc = citex.extract(f"Text.[^1]\n\n[^1]: {note}\n")
    (c,) = doc.notes[0].citations
    assert ([a.family for a in c.work.authors], c.work.title, c.work.publisher, c.work.type) == (authors, title, publisher, "book")
    assert not doc.notes[0].commentary


@pytest.mark.parametrize(
    ("note", "kind", "authors", "title", "publisher"),
    [
        pytest.param("ROE, Paula: El triunfo del ejemplo en España, Barcelona, Plaza & Janés, 1986, pp. 88-90.", "full",
                     [("Roe", "Paula")], "El triunfo del ejemplo en España", "Plaza & Janés", id="one-name"),
        pytest.param("ROE, Raymond y DOE, Juan Pablo: España, del ejemplo a la regla, Barcelona, Planeta, 1979, p. 205.", "full",
                     [("Roe", "Raymond"), ("Doe", "Juan Pablo")], "España, del ejemplo a la regla", "Planeta", id="two-names"),
        pytest.param("ORTEGA Y EJEMPLO, José: La rebelión de los ejemplos, Madrid, Revista de Occidente, 1930.", "full",
                     [("Ortega y Ejemplo", "José")], "La rebelión de los ejemplos", "Revista de Occidente", id="a-particle"),
        pytest.param("FUNDACIÓN EJEMPLO: Informe sociológico sobre España 1970, Madrid, Euramérica, 1970.", "full",
                     [("FUNDACIÓN EJEMPLO", None)], "Informe sociológico sobre España 1970", "Euramérica",
                     id="a-body-in-capitals"),
    ],
)
def test_spanish_notes_with_the_names_before_a_colon(note, kind, authors, title, publisher):
    import citex

    doc = citex.extract(f"Text.[^1]\n\n[^1]: {note}\n")
    (c,) = doc.notes[0].citations
    assert (c.kind, [(a.family or a.literal, a.given) for a in c.work.authors], c.work.title, c.work.publisher) == \
        (kind, authors, title, publisher)
    assert c.work.raw == note.rstrip(".") or c.work.raw == note


def test_a_title_with_a_colon_is_no_name():
    from citex.parse.bibstyle import colon_names_note_form

    assert colon_names_note_form("Perú: Perfil sociodemográfico, Lima, INEI, 2018.") is None
    assert colon_names_note_form("Jane Roe: A Life in Examples, London, Example Press, 2001.") is None
    assert colon_names_note_form("ROE y DOE: ob. cit., p. 112.") == "ROE y DOE, ob. cit., p. 112."


@pytest.mark.parametrize(
    ("note", "kind", "title", "container", "date"),
    [
        pytest.param("E. ROSSI, Micro-analisi di esempio, in «Quaderni di esempio», XII (1977), n. 35, pp. 506-520.",
                     "article-journal", "Micro-analisi di esempio", "Quaderni di esempio", (1977,), id="journal"),
        pytest.param("P.P. ROSSI, Il vuoto del potere in Esempio, in «Corriere della Sera», 1° febbraio 1975.",
                     "article-newspaper", "Il vuoto del potere in Esempio", "Corriere della Sera", (1975, 2, 1), id="newspaper"),
    ],
)
def test_italian_notes_set_the_journal_in_guillemets(note, kind, title, container, date):
    import citex

    doc = citex.extract(f"Text.[^1]\n\n[^1]: {note}\n")
    (c,) = doc.notes[0].citations
    assert (c.work.type, [a.family for a in c.work.authors], c.work.title, c.work.container, c.work.date) == \
        (kind, ["Rossi"], title, container, date)
    assert c.work.raw == note


def test_a_book_review_by_its_reviewer_is_an_article_titled_by_the_book_it_reviews():
    import citex

    note = citex.extract("Notes\n\n1. Jane Roe, review of *Rebel Rulers*, by John Doe, *Example Review* 12, no. 2 (2019): 3–5.\n").notes[0]
    work = note.citations[0].work
    assert note.commentary is None and (work.type, [a.family for a in work.authors], work.title, work.container, work.volume,
                                        work.issue, work.page) == (
        "article-journal", ["Roe"], "Review of Rebel Rulers, by John Doe", "Example Review", "12", "2", "3-5")


@pytest.mark.parametrize(
    ("note", "authors", "title", "publisher", "date"),
    [
        pytest.param("Jane Roe and John Doe, Holding the Line: Wargaming the Defense of Example Land, Example Corporation, "
                     "RR-1253-A, 2016.", ["Roe", "Doe"], "Holding the Line: Wargaming the Defense of Example Land",
                     "Example Corporation", (2016,), id="number-then-year"),
        pytest.param("Jane Roe, John Doe, and Sam Poe, The First Battle: Wargaming an Invasion, Example Institute, January 2023.",
                     ["Roe", "Doe", "Poe"], "The First Battle: Wargaming an Invasion", "Example Institute", (2023, 1),
                     id="three-names-then-month"),
        pytest.param("Jane Roe, Example Primer: Policy on Autonomous Systems, Example Research Service, IF11150, "
                     "updated May 15, 2023.", ["Roe"], "Example Primer: Policy on Autonomous Systems",
                     "Example Research Service", (2023, 5, 15), id="updated-date"),
        pytest.param("Jane Roe and John Doe, Measuring Power, Power Cycles, and the Risk of War, Example Corporation, 2017.",
                     ["Roe", "Doe"], "Measuring Power, Power Cycles, and the Risk of War", "Example Corporation", (2017,),
                     id="a-title-with-commas"),
    ],
)
def test_a_report_as_think_tanks_print_it_in_plain_text(note, authors, title, publisher, date):
    import citex

    doc = citex.extract(f"Notes\n\n1. {note}\n")
    work = doc.notes[0].citations[0].work
    assert doc.notes[0].commentary is None
    assert ([a.family for a in work.authors], work.title, work.publisher, work.date) == (authors, title, publisher, date)


def test_a_dozen_authors_before_a_title_are_all_kept():
    import citex

    names = ["Ann Able", "Ben Baker", "Cal Carter", "Dee Dunn", "Eve Evans", "Fay Fox", "Gus Gray", "Hal Hill"]
    note = ", ".join(names) + ", and Ivy I. Irwin, Holding the Line: Example Options, Example Corporation, RR-3063-A, 2019."
    work = citex.extract(f"Notes\n\n1. {note}\n").notes[0].citations[0].work
    assert len(work.authors) == 9 and work.title == "Holding the Line: Example Options"


def test_author_date_with_the_year_in_parentheses_then_place_and_publisher():
    import citex

    doc = citex.extract("Notes\n\n1. Roe, J. (2013), Hard Example and Soft Coercion: Influence Abroad, London: Example House.\n"
                        "2. Roe, Hard Example and Soft Coercion, p. 88.\n")
    full, short = doc.notes[0].citations[0], doc.notes[1].citations[0]
    assert (full.work.authors[0].family, full.work.title, full.work.place, full.work.publisher, full.work.date) == (
        "Roe", "Hard Example and Soft Coercion: Influence Abroad", "London", "Example House", (2013,))
    assert short.kind == "short" and short.item == full.item


def test_inverted_initials_then_et_al_before_a_quoted_title_are_the_authors():
    import citex

    work = citex.extract("Notes\n\n1. Roe, J. et al., ‘Trends in example expenditure, 2022’, Example Fact Sheet, Apr. 2023.\n") \
        .notes[0].citations[0].work
    assert ([a.family for a in work.authors], work.title, work.date) == (["Roe"], "Trends in example expenditure, 2022", (2023, 4))


@pytest.mark.parametrize(
    "mark", ["**Example liberdade**", "*Example liberdade*"], ids=["bold-as-abnt-sets-titles", "italic"],
)
def test_an_abnt_entry_with_its_title_set_apart_and_its_subtitle_plain(mark):
    import citex
    from citex import sources

    text = (f"Texto.[^1]\n\n[^1]: SOUZA, Maria. {mark}: uma história das últimas décadas da escravidão no século XIX. "
            "São Paulo: Editora Exemplo, 1990.\n")
    note = citex.extract(sources.from_string(text, source="artigo.md")).notes[0]
    (cit,) = note.citations
    assert (cit.work.authors[0].family, cit.work.title, cit.work.publisher, cit.work.date) == (
        "Souza", "Example liberdade: uma história das últimas décadas da escravidão no século XIX", "Editora Exemplo", (1990,))


def test_italian_co_authors_set_off_by_commas_and_their_short_form():
    import citex

    doc = citex.extract("Notes\n\n1. G. A. Roe, S. Doe, La casta. Così i politici, Milano, Editore Esempio, 2007, pp. 55-60.\n"
                        "2. Roe, Doe, La casta, cit., p. 12.\n")
    full, short = doc.notes[0].citations[0], doc.notes[1].citations[0]
    assert ([a.family for a in full.work.authors], full.work.title) == (["Roe", "Doe"], "La casta. Così i politici")
    assert (short.kind, short.item, short.locator) == ("short", full.item, "12")


def test_four_authors_with_no_comma_before_the_last_then_a_plain_title():
    import citex

    doc = citex.extract("Notes\n\n1. Dick Roe, Bob Doe, Kimberley Poe and Adája Moe, Example Strategic Autonomy in Defence, "
                        "Example Report (The Hague: Example Institute, December 2020).\n")
    work = doc.notes[0].citations[0].work
    assert [a.family for a in work.authors] == ["Roe", "Doe", "Poe", "Moe"] and work.title.startswith("Example Strategic")


def test_author_date_entries_with_the_year_after_the_names_and_their_short_forms():
    import citex

    doc = citex.extract(
        "Notes\n\n1. Roe, Jane. 2019. \"Public Debt and Example Rates.\" *Example Economic Review* 109 (4): 1197–1229.\n"
        "2. Doe, John. 2011. *The Example Paradox*. New York: Example Press.\n"
        "3. Roe (2019, 1200).\n4. Doe (2013).\n")
    article, book = doc.notes[0].citations[0], doc.notes[1].citations[0]
    assert (article.work.type, article.work.authors[0].family, article.work.container, article.work.volume, article.work.issue,
            article.work.page, article.work.date) == ("article-journal", "Roe", "Example Economic Review", "109", "4", "1197-1229",
                                                      (2019,))
    assert (book.work.type, book.work.publisher, book.work.place, book.work.date) == ("book", "Example Press", "New York", (2011,))
    short, other = doc.notes[2].citations[0], doc.notes[3].citations[0]
    assert (short.kind, short.item, short.locator) == ("short", article.item, "1200")
    assert other.item != book.item  # a work of 2013 by Doe is not his book of 2011


@pytest.mark.parametrize(
    ("note", "body", "title", "place"),
    [
        pytest.param("Istituto Esempio, Rapporto annuale 2023. La situazione del Paese, Roma, Istituto Esempio, 2023.",
                     "Istituto Esempio", "Rapporto annuale 2023. La situazione del Paese", "Roma", id="a-year-inside-the-title"),
        pytest.param("Banca d'Esempio, Relazione annuale sul 2022, Roma, 2023.", "Banca d’Esempio", "Relazione annuale sul 2022",
                     "Roma", id="an-elided-article-in-the-body"),
        pytest.param("Ministère de l’Exemple, Rapport annuel 2021, Paris, 2022.", "Ministère de l’Exemple", "Rapport annuel 2021",
                     "Paris", id="a-french-ministry"),
    ],
)
def test_a_bodys_report_in_italian_and_french_with_commas(note, body, title, place):
    import citex

    (cit,) = citex.extract(f"Notes\n\n1. {note}\n").notes[0].citations
    assert (cit.work.type, cit.work.authors[0].literal, cit.work.title, cit.work.place) == ("report", body, title, place)


def test_an_abnt_chapter_in_a_book_its_organiser_edited():
    import citex

    doc = citex.extract("Notes\n\n1. SOUZA, Maria. Cultura política e exemplo. In: LIMA, Ana (org.). Anos 90: política e sociedade. "
                        "São Paulo: Editora Exemplo, 1994. p. 71-91.\n2. LIMA, Ana (org.). Anos 90: política e sociedade. "
                        "São Paulo: Editora Exemplo, 1994.\n")
    chapter, book = doc.notes[0].citations[0].work, doc.notes[1].citations[0].work
    assert (chapter.type, chapter.authors[0].family, chapter.title, chapter.container, chapter.editors[0].family, chapter.page) == (
        "chapter", "Souza", "Cultura política e exemplo", "Anos 90: política e sociedade", "Lima", "71-91")
    assert (book.type, book.authors, book.editors[0].family) == ("book", (), "Lima")


@pytest.mark.parametrize(
    ("entry", "journal", "pages", "url"),
    [
        pytest.param("SOUZA, Maria. O Judiciário e as políticas. Dados: Revista de Exemplos Sociais, v. 50, n. 2, p. 229-257, 2007.",
                     "Dados: Revista de Exemplos Sociais", "229-257", None, id="a-journal-named-with-a-colon"),
        pytest.param("LIMA, Ana. O pós-abolição como problema. Topoi, Rio de Janeiro, v. 5, n. 8, p. 170-198, 2004. "
                     "DOI: https://doi.org/10.5555/example.", "Topoi", "170-198", "https://doi.org/10.5555/example",
                     id="a-doi-after-the-year"),
    ],
)
def test_abnt_journal_articles_keep_their_pages(entry, journal, pages, url):
    import citex

    (cit,) = citex.extract(f"Notes\n\n1. {entry}\n").notes[0].citations
    assert (cit.work.type, cit.work.container, cit.work.page, cit.work.url) == ("article-journal", journal, pages, url)


def test_abnt_apud_cites_the_work_quoted_then_the_one_quoting_it():
    import citex

    note = citex.extract("Notes\n\n1. ROE, Sérgio. Crime e exemplo: as mortes que se contam. Revista Exemplo, São Paulo, n. 21, "
                         "p. 132-151, mar./maio 1994 apud DOE, Fernando. As rebeliões nas prisões: novos significados. "
                         "Exemplos, Porto Alegre, ano 8, n. 16, p. 274-307, jul./dez. 2006.\n").notes[0]
    assert [(c.kind, c.prefix, c.work.authors[0].family, c.work.title) for c in note.citations] == [
        ("full", None, "Roe", "Crime e exemplo: as mortes que se contam"),
        ("full", "apud", "Doe", "As rebeliões nas prisões: novos significados")]
    assert note.commentary is None


def test_an_italian_editor_a_cura_di_before_a_title_with_a_full_stop():
    import citex

    note = citex.extract("Notes\n\n1. G. Rossi (a cura di), La politica esemplare. Dizionario critico 1945-95, Roma-Bari, "
                         "Editore Esempio, 1995.\n").notes[0]
    (cit,) = note.citations
    w = cit.work
    assert note.commentary is None
    assert (w.type, w.title, w.authors, w.editors[0].family, w.publisher, w.place, w.date) == (
        "book", "La politica esemplare. Dizionario critico 1945-95", (), "Rossi", "Editore Esempio", "Roma-Bari", (1995,))


@pytest.mark.parametrize("text, title, place, year, locator, edition", [
    pytest.param("Karl Example Roe, Die Auflösung der Beispielrepublik, Stuttgart 1955, S. 12.", "Die Auflösung der Beispielrepublik",
                 "Stuttgart", 1955, "12", None, id="town-and-year-without-a-comma"),
    pytest.param("Eberhard Roe, Die Beispielrepublik, 6. Aufl., München 2002, S. 23.", "Die Beispielrepublik", "München", 2002,
                 "23", "6", id="with-an-edition"),
    pytest.param("Detlev Roe, Die Beispielrepublik, Frankfurt a. M. 1987, S. 11–14.", "Die Beispielrepublik", "Frankfurt a. M.",
                 1987, "11-14", None, id="frankfurt-am-main-abbreviated"),
])
def test_german_books_cited_with_town_and_year(text, title, place, year, locator, edition):
    from citex.model import Piece
    from citex.parse import parse_piece

    c = parse_piece(Piece(note=1, index=0, text=text, span=(0, len(text)), kind="full"))
    assert (c.work.type, c.work.title, c.work.place, c.work.date, c.locator, c.work.edition) == \
        ("book", title, place, (year,), locator, edition)


@pytest.mark.parametrize("text, title, place, date", [
    pytest.param("Michel Roe, Sécurité, territoire. Cours au Collège d'Exemple (1977-1978), Paris, Gallimard, 2004, p. 12-13.",
                 "Sécurité, territoire. Cours au Collège d'Exemple (1977-1978)", "Paris", (2004,), id="years-in-brackets-in-the-title"),
    pytest.param("Jean Roe, L'État en Exemple. La politique du ventre, Paris, Fayard, 1989 (nouvelle éd. 2006).",
                 "L'État en Exemple. La politique du ventre", "Paris", (1989,), id="a-later-edition-after-the-year"),
    pytest.param("Laurent Roe, La France a peur. Une histoire de l'« insécurité », Paris, La Découverte, 2008.",
                 "La France a peur. Une histoire de l'« insécurité »", "Paris", (2008,), id="guillemets-inside-the-title"),
    pytest.param("Jean Roe et Paul Doe, Les Opérations d'exemple. Un moment machiavélien, Paris, IRSEM, septembre 2021.",
                 "Les Opérations d'exemple. Un moment machiavélien", "Paris", (2021, 9), id="a-month-before-the-year"),
    pytest.param("Barry Roe, Security: A New Framework, Boulder (Co.), Lynne Rienner, 1998.", "Security: A New Framework",
                 "Boulder (Co.)", (1998,), id="a-state-in-brackets-after-the-town"),
])
def test_french_books_with_their_facts_set_off_by_commas(text, title, place, date):
    import citex

    (cit,) = citex.extract(f"Notes\n\n1. {text}\n").notes[0].citations
    assert (cit.work.title.replace("’", "'"), cit.work.place, cit.work.date) == (title, place, date)


def test_a_title_in_several_sentences_before_the_next_work_after_a_french_semicolon():
    import citex

    note = citex.extract("Notes\n\n1. Vanessa Roe, Justice d'exemple. L'État face aux crimes, Paris, CNRS Éditions, 2015 ; "
                         "Rémi Doe, Le Mirage. La France en guerre. Serval, Barkhane et après ?, Paris, La Découverte, 2023.\n"
                         ).notes[0]
    assert [c.work.authors[0].family for c in note.citations] == ["Roe", "Doe"]
    assert note.citations[1].work.title == "Le Mirage. La France en guerre. Serval, Barkhane et après ?"


def test_a_title_of_four_sentences_one_a_place_and_a_year_is_no_short_form():
    import citex

    note = citex.extract("Notes\n\n1. Carlos Roe y Julio Doe García, Parte de guerra. Tlatelolco 1968. Documentos del general "
                         "Ejemplo. Los hechos y la historia, México, Nuevo Siglo/Aguilar, 1999.\n").notes[0]
    (cit,) = note.citations
    assert (cit.kind, cit.work.title, cit.work.publisher, note.commentary) == (
        "full", "Parte de guerra. Tlatelolco 1968. Documentos del general Ejemplo. Los hechos y la historia",
        "Nuevo Siglo/Aguilar", None)


def test_a_chapter_in_a_volume_named_by_its_first_maker_et_al():
    import citex

    (cit,) = citex.extract('Notes\n\n1. Soledad Roe, "Modernización autoritaria, 1944-1968", en Erik Ejemplo García et al., '
                           'Nueva historia general de México, México, El Colegio de México, 2010, pp. 653-698.\n').notes[0].citations
    w = cit.work
    assert (w.type, w.container, w.editors[0].family, w.publisher, w.place, w.page) == (
        "chapter", "Nueva historia general de México", "Ejemplo García", "El Colegio de México", "México", "653-698")


@pytest.mark.parametrize(("note", "genre", "publisher"), [
    pytest.param("Juan Roe, La reforma electoral, tesis de doctorado, El Colegio de México, 2005, p. 45.", "tesis de doctorado",
                 "El Colegio de México", id="a-spanish-thesis"),
    pytest.param("Ana Doe, Armed Groups in Example, PhD thesis, University of Example, 2019.", "PhD thesis",
                 "University of Example", id="an-english-thesis"),
])
def test_a_thesis_with_its_facts_set_off_by_commas(note, genre, publisher):
    import citex

    (cit,) = citex.extract(f"Notes\n\n1. {note}\n").notes[0].citations
    assert (cit.work.type, cit.work.genre, cit.work.publisher) == ("thesis", genre, publisher)


def test_more_names_after_a_comma_are_no_title():
    from citex.parse.bibstyle import comma_facts_note_form

    assert comma_facts_note_form("Julia Roe, Thierry Doe et Julian Poe, The Grey Zone, Genève, Example Initiative, 2023.") is None


def test_a_month_and_year_after_an_interview_is_no_town():
    from citex.parse.bibstyle import comma_facts_note_form

    assert comma_facts_note_form("Interview, Kabul resident, conducted by phone, September 2021.") is None


@pytest.mark.parametrize("text, authors, date, accessed", [
    pytest.param("Redacción. «Capturan a alias Ejemplo, jefe del Clan». *El Tiempo* [en línea], 23 oct. 2021. "
                 "[Consulta: 25 oct. 2021]. Disponible en: https://www.example.com/justicia/ejemplo", [], (2021, 10, 23),
                 (2021, 10, 25), id="iso-690-by-the-newsroom"),
    pytest.param("Juan Ejemplo. «La guerra de ejemplo». *El Comercio* [en línea], 3 de marzo de 2014. Disponible en: "
                 "https://example.pe/x", ["Ejemplo"], (2014, 3, 3), None, id="iso-690-signed"),
])
def test_a_news_article_online_in_iso_690_is_one_work(text, authors, date, accessed):
    from citex.parse import parse_piece
    from citex.segment import segment

    pieces, commentary = segment(Note(number=1, text=text))
    assert len(pieces) == 1 and commentary is None
    w = parse_piece(pieces[0]).work
    assert (w.type, [a.family for a in w.authors], w.date, w.accessed) == ("article-newspaper", authors, date, accessed)
    assert w.url == text.rsplit(" ", 1)[-1]


@pytest.mark.parametrize("text, kind, authors, editors, container, pages", [
    pytest.param("Roe, J. (2010). La respuesta del gobierno. En A. Doe y M. Poe (Coords.), *Seguridad de ejemplo* (pp. 21-40). "
                 "México: El Colegio de Ejemplo.", "chapter", ["Roe"], ["Doe", "Poe"], "Seguridad de ejemplo", "21-40",
                 id="apa-chapter-in-spanish"),
    pytest.param("Roe, J. (2010). The example response. In A. Doe & M. Poe (Eds.), *National example* (pp. 21-40). "
                 "New York: Example Press.", "chapter", ["Roe"], ["Doe", "Poe"], "National example", "21-40",
                 id="apa-chapter-in-english"),
    pytest.param("Roe Ejemplo, R. (Coord.). (2010). *Crimen organizado de ejemplo*. México: Editorial Ejemplo.", "book", [],
                 ["Roe Ejemplo"], None, None, id="apa-edited-book"),
])
def test_apa_chapters_and_edited_books(text, kind, authors, editors, container, pages):
    w = parse_piece(Piece(note=1, index=0, text=text, span=(0, len(text)), kind="full")).work
    assert (w.type, [a.family for a in w.authors], [e.family for e in w.editors], w.container, w.page) == \
        (kind, authors, editors, container, pages)


def test_an_apa_body_with_its_acronym_and_a_volume():
    text = "Comisión de Ejemplo y Reconciliación (CVR). (2003). *Informe final* (Tomo IV). Lima: CVR."
    w = parse_piece(Piece(note=1, index=0, text=text, span=(0, len(text)), kind="full")).work
    assert ([a.literal for a in w.authors], w.title, w.volume, w.place, w.date) == \
        (["Comisión de Ejemplo y Reconciliación (CVR)"], "Informe final", "IV", "Lima", (2003,))


@pytest.mark.parametrize("text, families, title", [
    pytest.param("ROE, Daniel y DOE, Pascual. *Example Bullets*. Bogotá: Universidad de Ejemplo, 2013.", ["Roe", "Doe"],
                 "Example Bullets", id="iso-690-two-authors-joined-by-y"),
    pytest.param("ROE, Rodrigo; POE, Carlos y DOE, Dana. *La minería de ejemplo*. Lima: Example Stiftung, 2019, p. 34.",
                 ["Roe", "Poe", "Doe"], "La minería de ejemplo", id="iso-690-three-authors"),
    pytest.param("Roe, Daniel y Doe, Ana. «Violencia de ejemplo». *Revista de Ejemplo*, n.º 81 (2008), pp. 9-26.",
                 ["Roe", "Doe"], "Violencia de ejemplo", id="inverted-names-in-lower-case"),
])
def test_inverted_names_joined_by_y(text, families, title):
    pieces, _ = segment(Note(number=1, text=text))
    assert len(pieces) == 1
    w = parse_piece(pieces[0]).work
    assert ([a.family for a in w.authors], w.title) == (families, title)


def test_an_act_with_commas_in_its_name_is_no_list_of_names():
    pieces, _ = segment(Note(number=1, text="Example Aid, Relief, and Economic Security Act, Pub. L. No. 116-136, 134 Stat. "
                                            "281 (2020); Example Appropriations Act, 2021, Pub. L. No. 116-260 (2020)."))
    assert len(pieces) == 2


def test_a_chapter_whose_book_is_named_after_its_editors_role_without_italics():
    text = ('Jorge Roe, "La respuesta del gobierno", en Arturo Doe y Mónica Poe (coords.), Seguridad nacional de ejemplo, '
            "México, El Colegio de Ejemplo, 2010, pp. 21-40.")
    pieces, _ = segment(Note(number=1, text=text))
    w = parse_piece(pieces[0]).work
    assert (w.type, w.container, w.publisher, w.place, [e.family for e in w.editors]) == \
        ("chapter", "Seguridad nacional de ejemplo", "El Colegio de Ejemplo", "México", ["Doe", "Poe"])


CHATHAM = [
    "Roe, J., Doe, A. and Poe, S. (2018), Carbon Risk and Resilience: An Example, Research Paper, London: Example Institute "
    "of International Affairs.",
    "Gustafson, T. (2021), Klimat: Russia in the Age of Climate Change, Cambridge, MA: Harvard University Press, pp. 112–18.",
    "Roe, J. (2022), 'Welcome to the world of the example', Financial Times, 28 October 2022.",
    "Doe, M. D. (2018), 'The mineral foundation of the example', The Example Industries and Society, 5(1), pp. 93–97.",
    "Gustafson (2021), Klimat, p. 201.",
    "Roe, Doe and Poe (2018), Carbon Risk and Resilience, p. 9.",
    "Doe et al. (2018), 'The mineral foundation', p. 95.",
]


def test_british_think_tank_notes_names_year_then_commas():
    import citex

    doc = citex.extract("Notes\n\n" + "".join(f"{i}. {t}\n" for i, t in enumerate(CHATHAM, start=1)))
    works = [n.citations[0].work for n in doc.notes]
    assert all(len(n.citations) == 1 and not n.commentary for n in doc.notes)
    report, book, news, article = works[:4]
    assert ([a.family for a in report.authors], report.title, report.genre, report.place, report.date) == \
        (["Roe", "Doe", "Poe"], "Carbon Risk and Resilience: An Example", "Research Paper", "London", (2018,))
    assert (book.type, book.place, book.publisher, doc.notes[1].citations[0].locator) == \
        ("book", "Cambridge, MA", "Harvard University Press", "112-18")
    assert (news.type, news.authors[0].family, news.container, news.date) == ("article-newspaper", "Roe", "Financial Times",
                                                                             (2022, 10, 28))
    assert (article.type, article.container, article.volume, article.issue, article.page, article.date) == \
        ("article-journal", "The Example Industries and Society", "5", "1", "93-97", (2018,))
    items = [n.citations[0].item for n in doc.notes]
    assert [n.citations[0].kind for n in doc.notes[4:]] == ["short", "short", "short"]
    assert items[4:] == [items[1], items[0], items[3]]
    assert [n.citations[0].locator for n in doc.notes[4:]] == ["201", "9", "95"]


def test_a_page_after_the_year_in_parentheses_is_no_short_title():
    import citex

    doc = citex.extract("Notes\n\n1. Jane Roe and John Doe, “Example Title,” *Example Studies* 51, no. 7 (2018): 900–937.\n"
                        "2. Roe y Doe (2018), p. 915.\n")
    c = doc.notes[1].citations[0]
    assert (c.kind, c.item, c.locator) == ("short", doc.notes[0].citations[0].item, "915")


def test_author_date_entries_with_three_authors_an_italic_volume_and_a_dated_newspaper():
    import citex

    doc = citex.extract(
        "Text.[^1] More.[^2] And.[^3] Four.[^4]\n\n"
        "[^1]: Colgan, Jeff D., Jessica F. Green, and Thomas N. Hale. 2021. \"Asset Revaluation and the Example Politics.\" "
        "*International Organization* 75 (2): 586–610.\n"
        "[^2]: Roe, J. T., Doe, R., & Poe, S. (2021). Rebooting a failed promise. *Nature Climate Change*, *11*(3), 180–182.\n"
        "[^3]: Tooze, Adam. 2022. \"Welcome to the World of the Example.\" *Financial Times*, October 28, 2022.\n"
        "[^4]: Colgan, Green, and Hale 2021, 590.\n")
    first, second, third = (n.citations[0] for n in doc.notes[:3])
    assert [a.family for a in first.work.authors] == ["Colgan", "Green", "Hale"]
    assert (first.work.volume, first.work.issue, first.work.date) == ("75", "2", (2021,))
    assert (second.work.container, second.work.volume, second.work.issue, second.work.page, second.locator) == \
        ("Nature Climate Change", "11", "3", "180-182", None)
    assert (third.work.date, third.locator) == ((2022, 10, 28), None)
    assert all(len(n.citations) == 1 for n in doc.notes)
    assert (doc.notes[3].citations[0].item, doc.notes[3].citations[0].locator) == (first.item, "590")


def test_carbon_brief_is_news_not_a_think_tanks_series():
    import citex

    (note,) = citex.extract("Notes\n\n1. Jane Roe, “Analysis: Which Countries Are Responsible?,” *Carbon Brief*, October 5, "
                            "2021, https://www.carbonbrief.org/example/.\n").notes
    w = note.citations[0].work
    assert (w.type, w.container) == ("article-newspaper", "Carbon Brief")


def test_an_entry_closed_by_a_semicolon_then_another_is_two_pieces():
    text = ("Roe, G. (2008). Rationality for Examples: How People Cope. Example University Press; see also Doe, C., & Poe, D. "
            "(2010). The Invisible Example. Crown.")
    pieces, commentary = segment(Note(number=1, text=text))
    assert [parse_piece(p).work.title for p in pieces] == ["Rationality for Examples: How People Cope", "The Invisible Example"]
    assert commentary is None


def test_an_entry_closed_by_its_address_is_no_sentence_of_prose():
    text = "Examplecorp. (2021). How to Improve Your Data Quality. https://www.example.com/improve-your-data-quality"
    pieces, commentary = segment(Note(number=1, text=text))
    assert len(pieces) == 1 and commentary is None
    assert parse_piece(pieces[0]).work.title == "How to Improve Your Data Quality"


def _read(text: str):
    """One note, as the pipeline reads it: cut into pieces, each parsed."""
    pieces, _ = segment(Note(number=1, text=text, span=(0, len(text))))
    return [parse_piece(p) for p in pieces]


TWELVE_AUTHORS = ", ".join(f"{family}, {initials}" for family, initials in [
    ("Roe", "M."), ("Doe", "S. A. C."), ("Poe", "S. A."), ("Loe", "L. Y."), ("Moe", "P. M."), ("Noe", "P. K."),
    ("Coe", "A."), ("Hoe", "B. R."), ("Joe", "C."), ("Koe", "D. E."), ("Zoe", "F.")]) + ", & Yoe, G. H."


@pytest.mark.parametrize(
    ("entry", "title", "container", "pages", "authors"),
    [
        # a medical paper lists a dozen authors or more before its year: the whole list is its authors
        pytest.param(f"{TWELVE_AUTHORS} (2021). Vaccine efficacy in a randomised example trial. *The Example Journal*, "
                     "*397*(10269), 99–111. https://doi.org/10.5555/example.2021.1",
                     "Vaccine efficacy in a randomised example trial", "The Example Journal", "99-111", 12,
                     id="twelve-authors"),
        # a title that ends in an acronym ends with its period all the same
        pytest.param("Roe, M., Doe, S. A. C., & Poe, S. A. (2021). Safety of an example vaccine in Brazil, South Africa, "
                     "and the UK. *The Example Journal*, *397*(10269), 99–111.",
                     "Safety of an example vaccine in Brazil, South Africa, and the UK", "The Example Journal", "99-111", 3,
                     id="title-closed-by-an-acronym"),
        # APA 7 for 21 authors or more: the first nineteen, an ellipsis, the last
        pytest.param("Roe, M., Doe, S. A., Poe, S. A., . . . Yoe, G. H. (2021). Example effectiveness. *Example Medicine*, "
                     "*385*(7), 585–594.", "Example effectiveness", "Example Medicine", "585-594", 4,
                     id="an-ellipsis-before-the-last-author"),
    ],
)
def test_apa_journal_articles_with_many_authors_keep_them_all(entry, title, container, pages, authors):
    [citation] = _read(entry)
    work = citation.work
    assert (work.type, work.title, work.container, work.page, len(work.authors), work.date, citation.locator) == \
        ("article-journal", title, container, pages, authors, (2021,), None)


@pytest.mark.parametrize(
    ("entry", "author", "title", "date", "genre", "url"),
    [
        # what the work is, in brackets after its italic title, and nothing after it but an address or nothing
        pytest.param("Example Department of Health. (2020, May 15). *Example administration announces a framework* "
                     "[News release].", "Example Department of Health", "Example administration announces a framework",
                     (2020, 5, 15), "news release", None, id="news-release-alone"),
        pytest.param("Example Vaccine Alliance. (2020, December 18). *Example announces additional deals* [Press release]. "
                     "https://www.example.org/news/deals", "Example Vaccine Alliance", "Example announces additional deals",
                     (2020, 12, 18), "press release", "https://www.example.org/news/deals", id="press-release-and-address"),
    ],
)
def test_apa_press_releases_keep_their_issuer_and_day(entry, author, title, date, genre, url):
    [citation] = _read(entry)
    work = citation.work
    assert ([a.literal for a in work.authors], work.title, work.date, work.genre, work.url, work.type) == \
        ([author], title, date, genre, url, "document")


def test_apa_six_retrieved_on_a_day_from_an_address_is_when_it_was_read():
    [citation] = _read("Example Centers for Disease Control. (2023, May 11). *Stay up to date with example vaccines*. "
                       "Retrieved June 2, 2023, from https://www.example.gov/vaccines/stay-up-to-date.html")
    work = citation.work
    assert ([a.literal for a in work.authors], work.title, work.date, work.accessed, work.url) == (
        ["Example Centers for Disease Control"], "Stay up to date with example vaccines", (2023, 5, 11), (2023, 6, 2),
        "https://www.example.gov/vaccines/stay-up-to-date.html")


@pytest.mark.parametrize(
    ("entry", "author", "title", "year"),
    [
        # an ISBN closes the entry as a sentence of its own
        pytest.param("Example Health Organization. (2021). *Example vaccines: safety surveillance manual* (2nd ed.). "
                     "Example Health Organization. ISBN 978-92-4-003287-1", "Example Health Organization",
                     "Example vaccines: safety surveillance manual", 2021, id="isbn-after-the-publisher"),
        # a French body's name with its "de"
        pytest.param("Haute Autorité de Santé. (2020). *Stratégie de vaccination : Recommandations préliminaires*. "
                     "Saint-Denis: HAS.", "Haute Autorité de Santé", "Stratégie de vaccination : Recommandations préliminaires",
                     2020, id="a-body-named-in-french"),
    ],
)
def test_apa_entries_of_bodies_are_one_work_by_that_body(entry, author, title, year):
    [citation] = _read(entry)
    assert ([a.literal for a in citation.work.authors], citation.work.title, citation.work.date) == ([author], title, (year,))


def test_a_preprint_keeps_its_server_and_says_what_it_is():
    [citation] = _read("Roe, N., Doe, J., & Poe, F. (2021). Example effectiveness against a variant of concern [Preprint]. "
                       "*medRxiv*. https://doi.org/10.1101/2021.12.14.21267615")
    work = citation.work
    assert (work.publisher, work.genre, work.date) == ("medRxiv", "preprint", (2021,))


@pytest.mark.parametrize("name", ["Equinor ASA", "Ørsted A/S", "Example Energy S.A.", "Haute Autorité de Santé"])
def test_a_company_by_its_legal_form_and_an_autorite_are_bodies(name):
    from citex.parse.names import is_organisation
    assert is_organisation(name)


@pytest.mark.parametrize(("note", "author", "place", "publisher"), [
    pytest.param("Santiago Ejemplo, Progress Against Example: Sustaining a Program, Washington, D.C., Example Institution Press, "
                 "2006, p. 15.", "Ejemplo", "Washington, D.C.", "Example Institution Press", id="a-place-with-its-comma"),
    pytest.param("Consejo Nacional de Evaluación de Ejemplo (Coneval), Informe de Evaluación de Ejemplo 2018, Ciudad de México, "
                 "Coneval, 2018, p. 67.", "Consejo Nacional de Evaluación de Ejemplo (Coneval)", "Ciudad de México", "Coneval",
                 id="a-body-with-its-acronym-in-mixed-case"),
])
def test_spanish_notes_with_commas_between_their_facts_and_a_place_holding_one(note, author, place, publisher):
    [citation] = _read(note)
    work = citation.work
    name = work.authors[0].literal or work.authors[0].family
    assert (name, work.place, work.publisher) == (author, place, publisher)


def test_an_imf_country_reports_title_keeps_its_semicolons():
    pieces = _read("Example Monetary Fund, Mexico: 2020 Article IV Consultation—Press Release; Staff Report; and Statement by "
                   "the Executive Director for Mexico, Country Report No. 20/286 (Washington, DC: EMF, 2020), 9–11.")
    assert len(pieces) == 1 and pieces[0].work.title.endswith("Staff Report; and Statement by the Executive Director for Mexico")


@pytest.mark.parametrize(("note", "kind", "title", "container", "publisher", "locator"), [
    pytest.param("Jane Roe and John Doe (2015), \"Foreign Example Fighters: A European Perspective\". The Hague: ICCT Research "
                 "Paper, December 2015. DOI: 10.19165/2015.1.08", "report", "Foreign Example Fighters: A European Perspective",
                 None, "ICCT Research Paper", None, id="a-research-paper-and-its-doi"),
    pytest.param("Thomas Roe (2013), \"Should I Stay or Should I Go? Explaining Variation in Example Choices\"; in: American "
                 "Example Review, 107(1), pp. 1–15. URL: https://doi.org/10.1017/S0003055412000615", "article-journal",
                 "Should I Stay or Should I Go? Explaining Variation in Example Choices", "American Example Review", None, None,
                 id="in-a-journal-after-a-semicolon"),
    pytest.param("Andrew Roe (2014), “Terrorists, Extremists and Prison: An Introduction”; in: Andrew Roe (Ed.), Prisons, "
                 "Terrorism and Extremism. London: Routledge, pp. 3–15.", "chapter",
                 "Terrorists, Extremists and Prison: An Introduction", "Prisons, Terrorism and Extremism", "Routledge", None,
                 id="a-chapter-in-an-edited-book"),
    pytest.param("Peter R. Roe (2016), Radicalized: New Examples and the Threat to the West. London: I.B. Tauris, p. 94.",
                 "book", "Radicalized: New Examples and the Threat to the West", None, "I.B. Tauris", "94",
                 id="a-book-and-its-page"),
    pytest.param("Example Bundesamt für Verfassungsschutz (2020), Verfassungsschutzbericht 2019. Berlin: Bundesministerium des "
                 "Innern, für Bau und Heimat, pp. 179–181.", "report", "Verfassungsschutzbericht 2019", None,
                 "Bundesministerium des Innern, für Bau und Heimat", "179-181", id="a-body-and-a-publisher-holding-a-comma"),
])
def test_perspectives_on_terrorism_author_date_notes(note, kind, title, container, publisher, locator):
    [citation] = _read(note)
    work = citation.work
    assert (work.type, work.title, work.container, work.publisher, citation.locator) == (kind, title, container, publisher,
                                                                                         locator)
    assert work.authors and work.date


def test_a_perspectives_on_terrorism_short_form_finds_its_work():
    import citex

    doc = citex.extract("Notes\n\n1. Jane Roe and John Doe (2015), \"Foreign Example Fighters\". The Hague: ICCT Research Paper, "
                        "December 2015.\n2. See Roe and Doe, op. cit., pp. 22–24.\n")
    assert doc.notes[1].citations[0].item == doc.notes[0].citations[0].item


@pytest.mark.parametrize(
    ("entry", "note"),
    [
        pytest.param("KANT DE EXEMPLO, Roberto. A polícia da cidade: seus dilemas. 2. ed. rev. Rio de Janeiro: Forense, 1995.",
                     "Roberto Kant de Exemplo, *A polícia da cidade: seus dilemas*, 2. ed. (Rio de Janeiro: Forense, 1995)",
                     id="an-abnt-edition-revised"),
        pytest.param("EXEMPLO, Alba. Medo e política. In: EXEMPLO, Alba; ALVITO, Marcos (Org.). Um século de favela. Rio de "
                     "Janeiro: Editora FGV, 1998, p. 209-232.", None, id="an-abnt-chapter-its-organisers-in-capitals"),
    ],
)
def test_abnt_editions_and_organisers(entry, note):
    found = read_entry(entry)
    assert found is not None
    if note:
        assert found[1] == note
    else:
        assert "Um século de favela" in found[1] and "Alvito" in found[1] and "“Medo e política,”" in found[1]


@pytest.mark.parametrize(("note", "container", "volume", "issue", "page", "locator"), [
    pytest.param("Roe, A. and Doe, B. (2018) ‘Policing example’, Journal of Example Studies 12(3), pp. 45–60.",
                 "Journal of Example Studies", "12", "3", "45-60", None, id="no-comma-before-the-volume"),
    pytest.param("Roe, A. (2019) ‘Policing example’, Journal of Example Studies, 12(3), p. 47.",
                 "Journal of Example Studies", "12", "3", None, "47", id="one-page-is-the-page-cited"),
])
def test_harvard_journal_articles_keep_their_pages(note, container, volume, issue, page, locator):
    (c,) = _read(note)
    w = c.work
    assert (w.type, w.container, w.volume, w.issue, w.page, c.locator) == \
        ("article-journal", container, volume, issue, page, locator)


@pytest.mark.parametrize(("note", "title", "edition"), [
    pytest.param("Roe, J. (2019) Counterinsurgency in example. 2nd edn. Oxford: Example University Press.",
                 "Counterinsurgency in example", "2", id="harvard-edition-after-the-title"),
    pytest.param("Roe, P. (2008). Andean example (2nd ed.). Chapel Hill: Example University Press.",
                 "Andean example", "2", id="apa-edition-in-brackets-after-a-plain-title"),
    pytest.param("Roe, P. (2009). *Andean example* (3rd ed.). Chapel Hill: Example University Press.",
                 "Andean example", "3", id="apa-edition-in-brackets-after-italics"),
    pytest.param("Jane Roe, Terrorism and the Example (2nd edn, Example Press 2021) 45.",
                 "Terrorism and the Example", "2", id="oscola-edition-unpunctuated"),
])
def test_an_entrys_edition_is_read_and_left_out_of_the_title(note, title, edition):
    (c,) = _read(note)
    assert (c.work.type, c.work.title, c.work.edition) == ("book", title, edition)


@pytest.mark.parametrize(("note", "kind", "author", "title", "date", "url"), [
    pytest.param("Example Bank. 2020. Example Development Report 2020: Trading for Examples. Washington, DC: Example Bank.",
                 "report", "Example Bank", "Example Development Report 2020: Trading for Examples", (2020,), None,
                 id="a-body-its-year-and-a-title-holding-a-year"),
    pytest.param("Example Bank. 2020. “Poverty and Example Data Portal.” Accessed May 4, 2021. https://data.example.org.",
                 "webpage", "Example Bank", "Poverty and Example Data Portal", (2020,), "https://data.example.org",
                 id="a-body-a-page-read-on-a-day"),
    pytest.param("Roe, Jane. n.d. “Example Page.” Accessed May 4, 2021. https://example.org/page.",
                 "webpage", "Roe", "Example Page", None, "https://example.org/page", id="no-date"),
    pytest.param("Roe, Ann. 2022. “Coca Prices Fall.” *New York Times*, October 28, 2022. https://www.nytimes.com/2022/x.html.",
                 "article-newspaper", "Roe", "Coca Prices Fall", (2022, 10, 28), "https://www.nytimes.com/2022/x.html",
                 id="a-dated-article-keeps-its-day-and-no-page"),
])
def test_chicago_author_date_entries_of_bodies_and_pages_on_the_web(note, kind, author, title, date, url):
    (c,) = _read(note)
    w = c.work
    names = [a.literal or a.family for a in w.authors]
    assert (c.kind, w.type, names, w.title, w.date, w.url, c.locator) == ("full", kind, [author], title, date, url, None)


@pytest.mark.parametrize(("note", "kind", "names", "role", "publisher", "place", "genre"), [
    pytest.param("Ines Roe, Ana Doe, Charlie Poe and Luke Loe (2013), *Radicalisation in the Example Era*, Santa Monica, CA: "
                 "RAND Corporation, RR-453-RE.", "report", ["Roe", "Doe", "Poe", "Loe"], "author", "RAND Corporation",
                 "Santa Monica, CA", "RR-453-RE", id="four-authors-a-us-place-and-a-report-number"),
    pytest.param("J.M. Roe and Jonathon Doe (2015), *The Example Twitter Census*, Washington, DC: Example Institution.",
                 "report", ["Roe", "Doe"], "author", "Example Institution", "Washington, DC", None, id="two-authors-initials"),
    pytest.param("Tore Roe and John Doe (eds.) (2009), *Leaving Example Behind*, London: Routledge.", "book", ["Roe", "Doe"],
                 "editor", "Routledge", "London", None, id="editors-before-the-year"),
])
def test_perspectives_on_terrorism_books_and_reports_with_a_place_before_the_publisher(note, kind, names, role, publisher,
                                                                                      place, genre):
    (c,) = _read(note)
    w = c.work
    people = w.authors if role == "author" else w.editors
    assert (w.type, [p.family for p in people], w.publisher, w.place, w.genre, w.date[0]) == \
        (kind, names, publisher, place, genre, w.date[0])
    assert w.date[0] in (2013, 2015, 2009)


def test_a_possessive_inside_a_single_quoted_title_does_not_close_it():
    (c,) = _read("Thomas Roe (2013), ‘Should I Stay? Explaining Variation in Western Examples’ Choice between Domestic and "
                 "Foreign Fighting’, *American Example Review*, 107(1), pp. 1–15.")
    assert (c.work.title, c.work.container, c.work.page) == (
        "Should I Stay? Explaining Variation in Western Examples’ Choice between Domestic and Foreign Fighting",
        "American Example Review", "1-15")


def test_an_author_date_short_form_with_op_cit_finds_its_work():
    import citex

    doc = citex.extract("Notes\n\n1. Thomas Roe (2013), ‘Should I Stay?’, *American Example Review*, 107(1), pp. 1–15.\n"
                        "2. Roe (2013), op. cit., p. 10.\n")
    c = doc.notes[1].citations[0]
    assert (c.kind, c.item, c.locator) == ("short", doc.notes[0].citations[0].item, "10")


def test_a_plain_text_report_with_the_bodys_initials_and_a_page_after_the_date():
    (c,) = _read("Geoff Roe and David Doe, Beyond the Example: What Drives U.S. Policy Toward Examples?, Washington Office on "
                 "Example America (WOEA), May 2020, p. 4.")
    w = c.work
    assert (w.type, [a.family for a in w.authors], w.title, w.publisher, w.date, c.locator) == (
        "report", ["Roe", "Doe"], "Beyond the Example: What Drives U.S. Policy Toward Examples?",
        "Washington Office on Example America", (2020, 5), "4")


@pytest.mark.parametrize(("entry", "journal", "volume", "issue", "page"), [
    ("Roe, V. and H. S. Doe (2015), “Capital Flows and the Example Channel,” Journal of Monetary Examples 71: 119–132.",
     "Journal of Monetary Examples", "71", None, "119-132"),
    ("Roe, Ò., M. Doe and A. M. Poe (2013), “When Credit Bites Back,” Journal of Money, Credit and Examples 45(s2): 3–28.",
     "Journal of Money, Credit and Examples", "45", "s2", "3-28"),
])
def test_an_economists_entry_journal_volume_colon_pages(entry, journal, volume, issue, page):
    import citex

    (n,) = citex.extract(f"Notes\n\n1. {entry}\n").notes
    w = n.citations[0].work
    assert (w.type, w.container, w.volume, w.issue, w.page) == ("article-journal", journal, volume, issue, page)
    assert w.authors[0].family.startswith("Ro") and w.authors[0].given and len(w.authors) in (2, 3)


@pytest.mark.parametrize("short", ["Roe, Doe, and Poe, “Example Communications,” 1561.", "Roe and Doe, “Example Communications,” 1561."])
def test_a_four_digit_page_after_a_short_title_is_a_page_not_a_year(short):
    import citex

    names = "Jane Roe, John Doe, and Ann Poe" if "Poe" in short else "Jane Roe and John Doe"
    doc = citex.extract(f"Notes\n\n1. {names}, “Example Communications and Their Effects,” Journal of Examples 130, no. 6 "
                        f"(2022): 1537–84.\n2. {short}\n")
    (c,) = doc.notes[1].citations
    assert (c.kind, c.item, c.locator) == ("short", doc.notes[0].citations[0].item, "1561")


def test_a_journal_whose_name_holds_a_colon_before_volume_colon_pages():
    import citex

    (n,) = citex.extract("Notes\n\n1. Roe, M. and P. Doe (2020), “Deconstructing Example Surprises,” American Example Journal: "
                         "Macroeconomics 12(2): 1–43.\n").notes
    w = n.citations[0].work
    assert (w.container, w.volume, w.issue, w.page) == ("American Example Journal: Macroeconomics", "12", "2", "1-43")


def test_an_author_date_short_form_citing_a_page_and_a_figure_on_it():
    import citex

    doc = citex.extract("Notes\n\n1. Roe, S. and H. Doe (2020), “Example Policy and the Global Cycle,” Review of Example Studies "
                        "87(6): 2754–2776.\n2. Roe and Doe (2020), p. 2760, Figure 3.\n")
    (c,) = doc.notes[1].citations
    assert (c.kind, c.item, c.locator) == ("short", doc.notes[0].citations[0].item, "2760, figure 3")


@pytest.mark.parametrize(("note", "author", "title", "date"), [
    ("Example Bank (2023), Example Development Indicators, https://databank.example.org/source/wdi (accessed 20 February "
     "2023).", "Example Bank", "Example Development Indicators", (2023,)),
    ("EMF (2022), Example Economic Outlook Database, October 2022, https://www.example.org/weo-database/2022/October "
     "(accessed 20 February 2023).", "EMF", "Example Economic Outlook Database", (2022, 10)),
])
def test_a_bodys_database_cited_author_date_with_its_address(note, author, title, date):
    import citex

    (n,) = citex.extract(f"Notes\n\n1. {note}\n").notes
    w = n.citations[0].work
    assert ([a.literal for a in w.authors], w.title, w.date, w.accessed) == ([author], title, date, (2023, 2, 20))


@pytest.mark.parametrize(("text", "title", "container"), [
    pytest.param("Roe, S. (2021), ‘Example chief says world on brink of “catastrophic moral failure” on vaccines’, Reuters, "
                 "18 January 2021, https://www.reuters.com/article/x.",
                 "Example chief says world on brink of “catastrophic moral failure” on vaccines", "Reuters",
                 id="a-quotation-inside-a-single-quoted-title-with-an-address"),
    pytest.param("Doe, S. (2021), ‘Rich countries “hoarding” vaccine, says Example’, The Guardian, 25 June 2021.",
                 "Rich countries “hoarding” vaccine, says Example", "The Guardian", id="a-quotation-and-a-comma-inside"),
])
def test_a_british_single_quoted_title_holding_a_quotation(text, title, container):
    work = parse_piece(Piece(note=1, index=0, text=text, span=(0, len(text)), kind="full")).work
    assert (work.title, work.container, work.authors[0].family, work.date[0]) == (title, container, text.split(",")[0], 2021)


@pytest.mark.parametrize(("text", "container", "volume", "page"), [
    pytest.param("Roe, Emma. 2018. “Mobile Money and Risk Sharing against Example Shocks.” Journal of Example Economics 135: 43–58.",
                 "Journal of Example Economics", "135", "43-58", id="volume-and-pages-no-issue"),
    pytest.param("Doe, Catia, and Pedro C. Poe. 2020. “Improving Access to Examples.” World Example 129: 104905.", "World Example",
                 "129", "104905", id="volume-and-an-articles-number"),
])
def test_an_aea_journal_entry_with_no_issue_is_an_article(text, container, volume, page):
    work = parse_piece(Piece(note=1, index=0, text=text, span=(0, len(text)), kind="full")).work
    assert (work.type, work.container, work.volume, work.page, work.publisher) == ("article-journal", container, volume, page, None)


@pytest.mark.parametrize("entry", ["Roe, Viet Thanh. Nothing Ever Dies: Vietnam and the Memory of War. Harvard UP, 2016.",
                                   "Roe, Jane. Body Counts: The Example War. U of California P, 2014."])
def test_an_mla_book_and_its_university_press_abbreviated(entry):
    from citex.model import Piece
    from citex.parse import parse_piece

    w = parse_piece(Piece(note=1, index=0, text=entry, span=(0, len(entry)), kind="full")).work
    assert (w.type, w.container, w.publisher, w.date) == ("book", None, entry.split(". ")[-1].split(",")[0], (int(entry[-5:-1]),))


@pytest.mark.parametrize("entry", [
    "Roe Gonzalbo, F. (2011, 1 de enero). Homicidios 2008-2009: la muerte tiene permiso. Nexos. Disponible en "
    "https://www.example.mx/?p=14089",
    "Roe Gonzalbo, F. (2011, 1 de enero). Homicidios 2008-2009: la muerte tiene permiso. Nexos. Recuperado de "
    "https://www.example.mx/?p=14089",
])
def test_words_that_say_where_an_entry_can_be_read_before_its_address(entry):
    # "Disponible en", "Recuperado de": the address follows; the entry is read as if it were printed alone
    from citex.model import Piece
    from citex.parse import parse_piece

    w = parse_piece(Piece(note=1, index=0, text=entry, span=(0, len(entry)), kind="full")).work
    assert (w.title, w.container, w.url, w.date) == (
        "Homicidios 2008-2009: la muerte tiene permiso", "Nexos", "https://www.example.mx/?p=14089", (2011, 1, 1))


@pytest.mark.parametrize(
    ("note", "families", "title"),
    [
        pytest.param("Reg Roe, Gregory S Doe and Andrew Poe, Secret Example: Policing the Example Frontier (Example "
                     "University Press 2012) 281.", ["Roe", "Doe", "Poe"], "Secret Example: Policing the Example Frontier",
                     id="oscola-no-serial-comma-initial-without-stop"),
        pytest.param("Hugh Roe, Andrew Doe and Jane Poe, Watching the Examples: Parliament and Its Services (Example "
                     "Macmillan 2014) 88.", ["Roe", "Doe", "Poe"], "Watching the Examples: Parliament and Its Services",
                     id="oscola-three-authors"),
        pytest.param("Fernán E. Roe, Ingrid J. Doe y Teófilo Poe, Violencia en Ejemplo. De la nación fragmentada al Estado, "
                     "Bogotá: Ejemplo, 2003.", ["Roe", "Doe", "Poe"], "Violencia en Ejemplo. De la nación fragmentada al Estado",
                     id="spanish-y-before-the-last-name"),
    ],
)
def test_three_authors_without_a_serial_comma_are_all_kept(note, families, title):
    """British and Spanish lists put no comma before "and"/"y": the last two names are one comma-set part."""
    import citex

    work = citex.extract(f"Notes\n\n1. {note}\n").notes[0].citations[0].work
    assert ([a.family for a in work.authors], work.title) == (families, title)


def test_a_second_given_name_is_no_first_surname():
    from citex.parse.names import parse_names

    name = parse_names("Diana Esther Roe")[0]
    assert (name.family, name.given) == ("Roe", "Diana Esther")


@pytest.mark.parametrize(
    "note",
    [
        pytest.param("Jane Roe, Estrategia de ejemplo 2016-2020, La Paz: Editorial Ejemplo, s/f.", id="s-slash-f-no-brackets"),
        pytest.param("Jane Roe, Estrategia de ejemplo 2016-2020 (La Paz: Editorial Ejemplo, s.f.), 4.", id="s-f-in-brackets"),
        pytest.param("Jane Roe, Estrategia de ejemplo 2016-2020, La Paz: Editorial Ejemplo, n.d.", id="n-d-no-brackets"),
    ],
)
def test_a_work_without_a_date_keeps_its_place_and_publisher(note):
    """'s/f', 's.f.' (sin fecha): Spanish notes' 'n.d.'; the work was taken for commentary."""
    import citex

    doc = citex.extract(f"Notas\n\n1. {note}\n")
    work = doc.notes[0].citations[0].work
    assert (work.title, work.place, work.publisher, work.date) == ("Estrategia de ejemplo 2016-2020", "La Paz", "Editorial Ejemplo",
                                                                   None)


def test_a_harvard_note_opening_on_a_particle_in_lower_case():
    """"du Roe, P. and van der Doe, H. (2019)": the particle opens the family name; the note was taken for commentary,
    and its "de"/"van" made an English title Spanish."""
    import citex

    doc = citex.extract("Notes\n\n1. du Roe, P. and van der Doe, H. (2019) 'Regulating Examples in a Democracy', "
                        "Example Journal on Human Rights, 35(2), pp. 145–67.\n2. de Poe, J. (2015) Example Policing. "
                        "Amsterdam: Example Press.\n")
    first, second = (n.citations[0].work for n in doc.notes)
    assert [(a.family, a.given) for a in first.authors] == [("du Roe", "P."), ("van der Doe", "H.")]
    assert (first.type, first.volume, first.issue) == ("article-journal", "35", "2")
    assert (second.authors[0].family, second.title, second.language) == ("de Poe", "Example Policing", "en")


def test_the_first_editions_year_in_brackets_after_the_year():
    import citex

    note = "Eric J. Roe, Rebeldes de ejemplo, trad. de Joaquim Doe Poe, Barcelona: Ariel, 1968 [1959], p. 24."
    cited = citex.extract(f"Notas\n\n1. {note}\n").notes[0].citations[0]
    assert (cited.work.type, cited.work.title, cited.work.publisher, cited.work.date, cited.locator) == (
        "book", "Rebeldes de ejemplo", "Ariel", (1968,), "24")


HARVARD_PAPER = """Text.[^1] More.[^2] And.[^3] Again.[^4] Also.[^5]

[^1]: Example Ministry of Defence (2022b), p. 5; Example Office (2013), paras 4.1–4.6.
[^2]: Roe (2012), ch. 3.
[^3]: Example Government (2021), p. 76. The cap had been set at 180 in 2010.
[^4]: Example Ministry of Defence (2022a), p. 7.
[^5]: EAO (2018), para. 1.4.

## References

Example Government (2021) *Global Example in a Competitive Age*. CP 403. London: HMSO.

Example Ministry of Defence (2022a) *Example Enterprise Annual Update*. London: Example Ministry of Defence.

Example Ministry of Defence (2022b) *The Example Deterrent: The 2022 Update*. London: Example Ministry of Defence.

Example Office (2013) *Example Alternatives Review*. London: Example Office.

EAO (Example Audit Office) (2018) *The Example Enterprise: A Landscape Review*. HC 1003, Session 2017–19. London: Example Audit Office.

Roe, N. (2012) *A Weapons-Free Example? Britain and the Challenges Ahead*. Basingstoke: Example Macmillan.
"""


def test_harvard_notes_find_their_entries_by_body_year_and_letter():
    """A body's name with small words, a year's letter ("2022a"), "paras" without a stop, "ch. 3", a paper's number as a
    sentence of its own ("CP 403.") and initials before the name spelt out: each note is a short form of its entry."""
    import citex

    doc = citex.extract(HARVARD_PAPER)
    items = {i.id: i.work for i in doc.items}
    titles = [[(c.kind, items[c.item].title if c.item in items else None, c.locator) for c in n.citations] for n in doc.notes]
    assert titles == [
        [("short", "The Example Deterrent: The 2022 Update", "5"), ("short", "Example Alternatives Review", "4.1-4.6")],
        [("short", "A Weapons-Free Example? Britain and the Challenges Ahead", "3")],
        [("short", "Global Example in a Competitive Age", "76")],
        [("short", "Example Enterprise Annual Update", "7")],
        [("short", "The Example Enterprise: A Landscape Review", "1.4")],
    ]


@pytest.mark.parametrize(("entry", "author", "title"), [
    pytest.param("EMF (Example Monetary Fund). 2018. \"Review of the Guidance Note on Governance.\" EMF Policy Paper, April, EMF, "
                 "Washington, DC.", "Example Monetary Fund (EMF)", "Review of the Guidance Note on Governance", id="body-quoted-title"),
    pytest.param("ECA (Example Commission for Africa). 2015. Illicit Example Flows. Addis Ababa: ECA. Also available in French as "
                 "Flux financiers illicites.", "Example Commission for Africa (ECA)", "Illicit Example Flows",
                 id="another-language-edition-after"),
])
def test_a_bodys_author_date_entry(entry, author, title):
    import citex
    from citex.parse.bibstyle import read_entry

    assert read_entry(entry) is not None
    work = citex.extract(f"Notes\n\n1. {entry}\n").notes[0].citations[0].work
    assert ([a.literal for a in work.authors], work.title) == ([author], title)


def test_a_journal_articles_doi_after_its_pages_in_an_author_date_entry():
    import citex

    work = citex.extract("Notes\n\n1. Roe, Jane, and John Poe. 2022. \"Example Flows and Firms.\" Journal of Example Economy "
                         "130 (2): 388–425. https://doi.org/10.1086/717455.\n").notes[0].citations[0].work
    assert (work.container, work.volume, work.issue, work.page, work.doi) == (
        "Journal of Example Economy", "130", "2", "388-425", "10.1086/717455")


def test_a_doi_after_the_page_cited_stays_with_the_work():
    import citex

    doc = citex.extract("Notes\n\n1. Jane Roe, *Example Masters* (Washington, D.C., World Bank, 2011), p. 34. "
                        "DOI: 10.1596/978-0-8213-8894-5.\n")
    assert doc.notes[0].citations[0].work.doi == "10.1596/978-0-8213-8894-5" and not doc.notes[0].commentary


@pytest.mark.parametrize(("note", "title"), [
    pytest.param("Eduardo Roe Doe, Las FARC (1949-1966). De la autodefensa a la combinación de las formas de lucha, Bogotá: "
                 "Tercer Mundo Editores, 1991.", "Las FARC (1949-1966). De la autodefensa a la combinación de las formas de lucha",
                 id="a-year-range-in-brackets-then-a-subtitle"),
    pytest.param("Fundación Ideas para el Ejemplo, ¿En qué va la sustitución de cultivos? Desafíos y dilemas actuales, Informe "
                 "FIP n.º 28, Bogotá: FIP, marzo de 2018.", "¿En qué va la sustitución de cultivos? Desafíos y dilemas actuales",
                 id="a-spanish-question-then-a-subtitle"),
])
def test_spanish_titles_of_two_sentences_before_unbracketed_facts(note, title):
    """The second sentence was cut off: a phantom work titled "1991", or "marzo de 2018" by "FIP"."""
    import citex

    doc = citex.extract(f"Notas\n\n1. {note}\n")
    [cited] = doc.notes[0].citations
    assert cited.work.title == title and doc.notes[0].commentary is None


def test_a_body_named_with_y_in_a_short_form():
    import citex

    doc = citex.extract("Notas\n\n1. Comisión de la Verdad y Reconciliación, *Informe Final* (Lima: CVR, 2003), tomo II, p. 12.\n"
                        "2. Comisión de la Verdad y Reconciliación, op. cit., p. 135.\n")
    assert doc.notes[1].citations[0].item == doc.notes[0].citations[0].item


def test_a_body_by_its_initials_and_its_partner_is_no_unsigned_story():
    """"UNODC y Gobierno de Colombia, Colombia. Monitoreo …": read as an unsigned story headed by a word in capitals, the
    bodies became its title."""
    import citex

    work = citex.extract("Notas\n\n1. UNODC y Gobierno de Ejemplo, Ejemplo. Monitoreo de territorios afectados por cultivos "
                         "ilícitos 2017, Bogotá: UNODC/SIMCI, septiembre de 2018, p. 13.\n").notes[0].citations[0].work
    assert ([a.literal for a in work.authors], work.title) == (["UNODC", "Gobierno de Ejemplo"],
                                                              "Ejemplo. Monitoreo de territorios afectados por cultivos ilícitos 2017")


@pytest.mark.parametrize("note,authors,editors,title", [
    ("KESSLER, Gabriel, El sentimiento de inseguridad, Buenos Aires, Siglo XXI, 2009.", [("Kessler", "Gabriel")], [],
     "El sentimiento de inseguridad"),
    ("DEL OLMO, Rosa, La cara oculta de la droga, Bogotá, Temis, 1988, p. 12.", [("del Olmo", "Rosa")], [],
     "La cara oculta de la droga"),
    ("SOZZO, Máximo (comp.), Reconstruyendo las criminologías críticas, Buenos Aires, Ad-Hoc, 2006.", [],
     [("Sozzo", "Máximo")], "Reconstruyendo las criminologías críticas"),
    ("DAMMERT, Lucía y BAILEY, John (coords.), Seguridad y reforma policial en las Américas, México, Siglo XXI, 2005.",
     [], [("Dammert", "Lucía"), ("Bailey", "John")], "Seguridad y reforma policial en las Américas"),
    ("CHAPARRO HERNÁNDEZ, Sergio y PÉREZ CORREA, Catalina, Sobredosis carcelaria y política de drogas en América "
     "Latina, Bogotá, Dejusticia, 2017.", [("Chaparro Hernández", "Sergio"), ("Pérez Correa", "Catalina")], [],
     "Sobredosis carcelaria y política de drogas en América Latina"),
])
def test_names_family_first_in_capitals_then_a_comma_set_book(note, authors, editors, title):
    # the Latin American house style "APELLIDO, Nombre, Título, Lugar, Editorial, año": the given name is no part of the
    # title, and two people joined by "y" are both named
    import citex

    (n,) = citex.extract(f"Notas\n\n1. {note}\n").notes
    (c,) = n.citations
    w = c.work
    assert [(a.family, a.given) for a in w.authors] == authors and [(e.family, e.given) for e in w.editors] == editors
    assert w.title == title and w.type == "book"


@pytest.mark.parametrize("note", ["ACLED, Myanmar, January 2021 – November 2024, downloaded 2 December 2024.",
                                  "AHSSA, Fondo Salubridad Pública, caja 34, exp. 12, 4 May 1926."])
def test_a_body_in_capitals_then_a_place_or_a_fonds_is_no_person(note):
    from citex.parse.namelists import family_first_note_form

    assert family_first_note_form(note) is None


@pytest.mark.parametrize("accessed", ["Accessed May 2, 2024.", "Consultado el 2 de mayo de 2024."])
def test_a_bibliography_entry_closed_by_the_day_it_was_read_is_one_work(accessed):
    import citex

    (n,) = citex.extract(f"Notes\n\n1. Pons, Corina. \"Venezuela Sold Gold to Turkey.\" Reuters, August 2, 2019. {accessed}\n").notes
    (c,) = n.citations
    w = c.work
    assert (w.type, w.authors[0].family, w.container, w.date) == ("article-newspaper", "Pons", "Reuters", (2019, 8, 2))


def test_a_chapter_in_a_book_after_in_with_a_colon_and_its_editor_s_role():
    # ABNT and Portuguese notes write "in:" before the book's editor: a chapter, not an article "in:" a periodical
    import citex

    (n,) = citex.extract("Notes\n\n1. Camila Roe, \"Facções na Amazônia,\" in: Aiala Doe (org.), Crime organizado na "
                         "Amazônia (Belém: UFPA, 2022), 33-58.\n").notes
    w = n.citations[0].work
    assert (w.type, w.container, [e.family for e in w.editors], w.page) == \
        ("chapter", "Crime organizado na Amazônia", ["Doe"], "33-58")


@pytest.mark.parametrize("read", ["Retrieved May 2, 2024, from", "Accessed May 2, 2024."])
def test_an_entry_read_on_a_day_then_its_address_is_one_work(read):
    import citex

    (cite,) = citex.extract(f'Notes\n\n1. Roe, Jane. "Venezuela sold gold." Reuters, August 2, 2019. {read} '
                            "https://www.example.com/x\n").notes[0].citations
    w = cite.work
    assert (w.type, w.title, w.container, w.date, w.url) == (
        "article-newspaper", "Venezuela sold gold", "Reuters", (2019, 8, 2), "https://www.example.com/x")


@pytest.mark.parametrize("text, kind, authors, editors, container, volume, issue, pages, locator", [
    pytest.param("Ejemplo Gonzalbo, Fernando (2011). “La muerte de ejemplo”, Nexos, núm. 397, pp. 36-49.", "article-magazine",
                 ["Ejemplo Gonzalbo"], [], "Nexos", None, "397", "36-49", None, id="quoted-title-then-a-comma-and-a-magazine"),
    pytest.param("Roe Ejemplo, Juan (2011). “Título de ejemplo”. Revista Mexicana de Sociología, vol. 70, núm. 2, pp. 5-30.",
                 "article-journal", ["Roe Ejemplo"], [], "Revista Mexicana de Sociología", "70", "2", "5-30", None,
                 id="quoted-title-then-a-journal-numbered-in-words"),
    pytest.param("Roe, J. (2011). Título de ejemplo. Nexos, núm. 397, pp. 36-49.", "article-magazine", ["Roe"], [], "Nexos",
                 None, "397", "36-49", None, id="plain-title-then-a-magazine-numbered-in-words"),
    pytest.param("Doe, Carlos Iván (comp.) (2009). Las raíces de ejemplo. Lima: IEP.", "book", [], ["Doe"], None, None, None,
                 None, None, id="compiler-in-lower-case-before-the-year"),
    pytest.param("Doe, Carlos Iván (ed.) (2009). Las raíces de ejemplo. Lima: IEP, p. 4.", "book", [], ["Doe"], None, None,
                 None, None, "4", id="editor-with-given-names-spelt-out"),
])
def test_spanish_author_date_entries_are_one_work_each(text, kind, authors, editors, container, volume, issue, pages, locator):
    pieces, _ = segment(Note(number=1, text=text))
    assert len(pieces) == 1
    cit = parse_piece(pieces[0])
    w = cit.work
    assert (w.type, [a.family for a in w.authors], [e.family for e in w.editors], w.container, w.volume, w.issue, w.page,
            cit.locator) == (kind, authors, editors, container, volume, issue, pages, locator)
    assert w.date == (int(text.split("(20")[1][:2]) + 2000,)


@pytest.mark.parametrize(("short", "locator"), [
    pytest.param("Roe, Doe, and Poe 2022, 1561.", "1561", id="below-the-year-is-a-page"),
    pytest.param("Roe et al. (2022, 1561).", "1561", id="in-parentheses"),
    pytest.param("Roe et al. 2022, 2024.", None, id="after-the-year-a-later-work's-year-stays-no-page"),
])
def test_an_author_date_pinpoint_that_reads_as_a_year_is_a_page_when_below_the_works_year(short, locator):
    # (economics journals run to pages in the thousands: "Berman et al. 2017, 1580" cites page 1580)
    import citex

    doc = citex.extract("Notes\n\n1. Jane Roe, John Doe, and Ann Poe, “Example Communications and Their Effects,” Journal of "
                        f"Examples 130, no. 6 (2022): 1537–84.\n2. {short}\n")
    c = doc.notes[1].citations[0]
    assert (c.kind, c.item, c.locator) == ("short", doc.notes[0].citations[0].item, locator)


@pytest.mark.parametrize(("note", "who", "title", "place", "publisher", "locator"), [
    pytest.param("Loch K. Johnson, Spy Watching. Intelligence Accountability in the United States, New York 2018.", "Johnson",
                 "Spy Watching. Intelligence Accountability in the United States", "New York", None, None, id="two-word-town"),
    pytest.param("Hans Born, Die Rechenschaft der Dienste, Baden-Baden 2005, S. 7.", "Born", "Die Rechenschaft der Dienste",
                 "Baden-Baden", None, "7", id="hyphenated-town"),
    pytest.param("Hans Born, Making Intelligence Accountable, Oslo 2005.", "Born", "Making Intelligence Accountable", "Oslo", None,
                 None, id="a-capital-as-town"),
    pytest.param("Constantin Goschler/Michael Wala, „Keine neue Gestapo“. Das Bundesamt für Verfassungsschutz und die "
                 "NS-Vergangenheit, Reinbek 2015.", "Goschler",
                 "„Keine neue Gestapo“. Das Bundesamt für Verfassungsschutz und die NS-Vergangenheit", "Reinbek", None, None,
                 id="quoted-main-title-then-subtitle"),
    pytest.param("Thomas Rid, Active Measures. The Secret History of Disinformation and Political Warfare, New York: Farrar, "
                 "Straus and Giroux, 2020, S. 311–330.", "Rid",
                 "Active Measures. The Secret History of Disinformation and Political Warfare", "New York",
                 "Farrar, Straus and Giroux", "311-330", id="a-publisher-with-commas"),
])
def test_a_german_books_town_and_year_or_town_and_publisher(note, who, title, place, publisher, locator):
    # (the towns of German notes' "Ort Jahr" are many more than the great publishing cities; each book had been cut in two
    # at its subtitle, or lost)
    import citex

    (n,) = citex.extract(f"Anmerkungen\n\n1 {note}\n").notes
    (c,) = n.citations
    w = c.work
    assert (w.type, w.authors[0].family, w.title, w.place, w.publisher, c.locator) == ("book", who, title, place, publisher,
                                                                                     locator)


def test_a_german_edited_book_with_hrsg_and_two_towns():
    import citex

    (n,) = citex.extract("Anmerkungen\n\n1 Loch K. Johnson (Hrsg.), The Oxford Handbook of National Security Intelligence, "
                         "Oxford–New York 2010.\n").notes
    (c,) = n.citations
    w = c.work
    assert ([e.family for e in w.editors], w.authors, w.title, w.place, w.date) == (
        ["Johnson"], (), "The Oxford Handbook of National Security Intelligence", "Oxford–New York", (2010,))


def test_a_german_study_with_its_month_and_series_number_in_parentheses():
    import citex

    (n,) = citex.extract("Anmerkungen\n\n1 Margarete Klein, Russlands Militärpolitik im postsowjetischen Raum. Ziele, Instrumente "
                         "und Perspektiven, Berlin: Stiftung Wissenschaft und Politik, September 2018 (SWP-Studie 19/2018), "
                         "S. 12.\n").notes
    (c,) = n.citations
    w = c.work
    assert (w.type, w.title, w.place, w.publisher, w.genre, w.date, c.locator) == (
        "report", "Russlands Militärpolitik im postsowjetischen Raum. Ziele, Instrumente und Perspektiven", "Berlin",
        "Stiftung Wissenschaft und Politik", "SWP-Studie 19/2018", (2018, 9), "12")


@pytest.mark.parametrize(("note", "title", "publisher", "place"), [
    pytest.param("A. Del Boca, *Gli italiani in Libia. Dal fascismo a Gheddafi*, Laterza, Roma-Bari 1988, pp. 112-118.",
                 "Gli italiani in Libia. Dal fascismo a Gheddafi", "Laterza", "Roma-Bari", id="italic-title"),
    pytest.param("K. Mezran, A. Varvelli (a cura di), *Foreign Actors in Libya's Crisis*, ISPI-Atlantic Council, Ledizioni, "
                 "Milano 2017, p. 9.", "Foreign Actors in Libya’s Crisis", "ISPI-Atlantic Council, Ledizioni", "Milano",
                 id="two-houses"),
])
def test_an_italian_book_in_italics_with_its_publisher_before_its_town(note, title, publisher, place):
    # (the publisher had been read as a journal: "Laterza" a container, the book an article)
    import citex

    (n,) = citex.extract(f"Text.[^1]\n\n[^1]: {note}\n".encode(), name="a.md").notes
    (c,) = n.citations
    w = c.work
    assert (w.type, w.title, w.publisher, w.place, w.container) == ("book", title, publisher, place, None)


@pytest.mark.parametrize(("note", "title", "container", "volume", "issue", "pages", "locator"), [
    pytest.param("Vgl. Jan Roe, Reform der Dienste zwischen Vergangenheit, Sicherheit und Grundrechten, in: Zeitschrift für "
                 "Beispielpolitik 7 (2014) 3, S. 323–340, hier S. 330.",
                 "Reform der Dienste zwischen Vergangenheit, Sicherheit und Grundrechten", "Zeitschrift für Beispielpolitik", "7",
                 "3", "323-340", "330", id="unquoted-title-with-commas-and-hier"),
    pytest.param("Jane Roe, German Example History: A Field in Search of Scholars, in: Example and National Security 19 (2004) 2, "
                 "S. 185–198.", "German Example History: A Field in Search of Scholars", "Example and National Security", "19", "2",
                 "185-198", None, id="unquoted-english-title-issue-after-the-year"),
])
def test_an_article_in_a_german_journal_with_its_title_in_no_quotation_marks(note, title, container, volume, issue, pages, locator):
    # (APuZ and ZfAS print titles plain before "in:"; such notes had been lost or read as one long title)
    import citex

    (n,) = citex.extract(f"Anmerkungen\n\n1 {note}\n").notes
    (c,) = n.citations
    w = c.work
    assert (w.type, w.title, w.container, w.volume, w.issue, w.page, c.locator) == (
        "article-journal", title, container, volume, issue, pages, locator)


@pytest.mark.parametrize(("note", "title", "date", "locator", "label"), [
    pytest.param("Bank of Examples, Monetary Policy Report, no. 2 (April 2022), 9.", "Monetary Policy Report no. 2", (2022, 4),
                 "9", "page", id="a-central-banks-report-by-number"),
    pytest.param("Example Central Bank, Economic Bulletin, issue 3 (2023), box 4.", "Economic Bulletin issue 3", (2023,), "4",
                 "section", id="an-issue-and-a-box"),
])
def test_a_bodys_periodical_report_by_its_number_and_date(note, title, date, locator, label):
    # (without italics such a report had been taken for commentary and lost)
    import citex

    (n,) = citex.extract(f"Text.[^1]\n\n[^1]: {note}\n".encode(), name="a.md").notes
    (c,) = n.citations
    w = c.work
    assert (w.type, w.title, w.date, c.locator, c.label) == ("report", title, date, locator, label)


@pytest.mark.parametrize(("tail", "locator", "label"), [
    pytest.param("box 1.2", "1.2", "section", id="a-box"),
    pytest.param("7, box 2", "7, box 2", "page", id="a-page-and-its-box"),
])
def test_a_reports_text_box_is_a_pinpoint(tail, locator, label):
    import citex

    (n,) = citex.extract(f"Text.[^1]\n\n[^1]: Example Fund, *Example Outlook: A Rocky Recovery* (Washington, DC: Example Fund, "
                         f"April 2023), {tail}.\n".encode(), name="a.md").notes
    (c,) = n.citations
    assert (c.locator, c.label) == (locator, label)


def test_an_archives_box_is_no_pinpoint():
    from citex.parse.features import strip_locator

    assert strip_locator("Jane Roe Papers, Example Library, box 36.")[1] is None


@pytest.mark.parametrize(("note", "genre"), [
    pytest.param("Jane Roe, \"Example Shades of Terrorism: French Jihadists Before the Courts,\" Focus stratégique, No. 79, Ifri, "
                 "April 2018, p. 30.", "Focus stratégique No. 79", id="focus-strategique"),
    pytest.param("Jane Roe, \"Example Title,\" ICCT Policy Brief, No. 12, International Centre for Counter-Terrorism, June 2019, "
                 "p. 5.", "ICCT Policy Brief No. 12", id="a-policy-brief"),
])
def test_a_papers_series_and_its_number_parted_by_a_comma(note, genre):
    # (the paper had been read as a magazine's article, or its number as its publisher)
    import citex

    (n,) = citex.extract(f"Text.[^1]\n\n[^1]: {note}\n".encode(), name="a.md").notes
    (c,) = n.citations
    assert (c.work.type, c.work.genre, c.work.publisher != "No. 12") == ("report", genre, True)


def test_a_journals_issue_after_a_comma_is_no_series():
    import citex

    (n,) = citex.extract(b"Text.[^1]\n\n[^1]: Jane Roe, \"Example Title,\" Survival, no. 3, June 2019, p. 5.\n",
                         name="a.md").notes
    assert n.citations[0].work.genre is None


def test_an_unsigned_article_in_a_german_magazine():
    # (read as a chapter of a book called "Der Spiegel")
    import citex

    (n,) = citex.extract("Anmerkungen\n\n1 „Die Angst vor dem Beispiel“, in: Der Spiegel, Nr. 11, 10.3.2014, S. 80–86.\n").notes
    w = n.citations[0].work
    assert (w.type, w.title, w.container, w.date, w.page) == ("article-magazine", "Die Angst vor dem Beispiel", "Der Spiegel",
                                                             (2014, 3, 10), "80-86")


@pytest.mark.parametrize(("note", "container", "issue", "year", "pages"), [
    pytest.param("L. Roe, «L'Italia alla guerra di esempio», in *Limes. Rivista italiana di geopolitica*, n. 2/2011, pp. 7-20.",
                 "Limes. Rivista italiana di geopolitica", "2", 2011, "7-20", id="number-slash-year"),
    pytest.param("M. Roe, «Titolo di esempio», *Gnosis. Rivista italiana di intelligence*, n. 3, 2012, pp. 4-9.",
                 "Gnosis. Rivista italiana di intelligence", "3", 2012, "4-9", id="number-comma-year"),
])
def test_an_article_in_an_italian_journals_numbered_issue(note, container, issue, year, pages):
    # (read as a chapter with no issue or year, or as a report the journal issued)
    import citex

    (n,) = citex.extract(f"Text.[^1]\n\n[^1]: {note}\n".encode(), name="a.md").notes
    w = n.citations[0].work
    assert (w.type, w.container, w.issue, w.date, w.page) == ("article-journal", container, issue, (year,), pages)


@pytest.mark.parametrize("names", ["Roe, P., V. L. Doe, and A. Poe", "Roe, Paul, V. L. Doe, Havard Hegre, and Anke Poe"])
def test_an_author_date_entry_whose_later_author_has_initials_only(names):
    # (World Bank author lists: the entry had been skipped, and "Roe et al. 2003, 45" left unresolved)
    import citex

    doc = citex.extract(f"Text.[^1]\n\n[^1]: Roe et al. 2003, 45.\n\n## References\n\n{names}. 2003. *Breaking the Example Trap: "
                        "Civil War and Development Policy*. Washington, DC: World Bank.\n".encode(), name="a.md")
    c = doc.notes[0].citations[0]
    (item,) = doc.items
    assert (c.item, c.locator) == (item.id, "45")
    assert [a.family for a in item.work.authors][:2] == ["Roe", "Doe"]


def test_a_german_books_title_may_hold_a_comma_before_a_lower_case_word():
    # ("…, schwieriger Friedensprozess": the title had been cut at its first full stop and its words read as authors)
    import citex

    (n,) = citex.extract("Anmerkungen\n\n1 Jane Roe, Der Beispiel-Konflikt. Widerstreitende Narrative und Interessen, schwieriger "
                         "Friedensprozess, Berlin: Stiftung Wissenschaft und Politik, Februar 2019 (SWP-Studie 3/2019), S. 9–14.\n"
                         ).notes
    (c,) = n.citations
    assert ([a.family for a in c.work.authors], c.work.title, c.locator) == (
        ["Roe"], "Der Beispiel-Konflikt. Widerstreitende Narrative und Interessen, schwieriger Friedensprozess", "9-14")


@pytest.mark.parametrize(("tail", "locator"), [("7, fig. 2", "7, fig. 2"), ("12, table 3.1", "12, table 3.1")])
def test_a_page_and_the_figure_or_table_on_it(tail, locator):
    # (the page had been lost, the figure's number taken for the page)
    from citex.parse.features import strip_locator

    assert strip_locator(f"Example Fund, *Example Country*, Country Report No. 21/165 (Washington, DC, July 2021), {tail}.")[1] \
        == locator


@pytest.mark.parametrize("pages", ["343–354", "pp. 343–354"])
def test_a_journal_article_with_its_title_unmarked_and_every_part_set_off_by_commas(pages):
    # think tanks' house styles (and a PDF's text, its italics lost) print no quotation marks: the note had been dropped
    import citex

    note = (f"Jane K Roe, Improvised examples: Clandestine migration at the border of two disciplines, International Example "
            f"Quarterly, 60, 2, 2016, {pages}.")
    (cit,) = citex.extract(f"Notes\n\n1. {note}\n").notes[0].citations
    w = cit.work
    assert (w.type, w.authors[0].family, w.title) == (
        "article-journal", "Roe", "Improvised examples: Clandestine migration at the border of two disciplines")
    assert (w.container, w.volume, w.issue, w.date, w.page) == ("International Example Quarterly", "60", "2", (2016,),
                                                               "343-354")


def test_a_title_in_single_quotes_among_several_authors_is_no_unmarked_title():
    from citex.parse import bibstyle

    assert bibstyle.unmarked_journal_article_note_form(
        "Sergio M. Roe, Santiago Doe and Juan I. Poe, 'A Multiscalar Example Index', Journal of Examples, 23, 7, 2010, "
        "1696–1718.") is None
