"""Cutting notes into works and commentary, with real note strings."""
from __future__ import annotations

import pytest

from citex.model import Note
from citex.segment import segment


def cut(text: str):
    pieces, commentary = segment(Note(number=1, text=text))
    return [(p.kind, p.prefix, p.text) for p in pieces], commentary


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        pytest.param("Ibid.", ["ibid"], id="bare-ibid"),
        pytest.param("*Ibid.*", ["ibid"], id="italic-ibid"),
        pytest.param("Ibid., p. 4.", ["ibid"], id="ibid-with-locator"),
        pytest.param("Tegel.", ["short"], id="author-only-short-form"),
        pytest.param("Felbab-Brown, pp. 37-38.", ["short"], id="author-and-pages-short-form"),
        pytest.param("Rondas campesinas translates to \"peasant rounds\" and describes both the organization and the act "
                     "of patrolling.", [], id="commentary-only-with-a-quoted-phrase"),
        pytest.param("Gabriela Tarazona-Sevillano and John B. Reuter, *Sendero Luminoso and the Threat of "
                     "Narcoterrorism* (New York: Praeger, 1990); Bruce H. Kay, “Violent Opportunities,” *Journal of "
                     "Interamerican Studies and World Affairs* 41:3 (1999): pp. 97-127.", ["full", "full"],
                     id="two-works-split-at-semicolon"),
        pytest.param("Ibid. Also, one coca farmer an hour outside Llochegua noted an increase in flights. See personal "
                     "interview, coca farmer, Peru, May 14, 2013.", ["ibid", "full"], id="ibid-commentary-interview"),
        pytest.param("A teacher in one community stated, \"What we want is that neither side interrupts our lives.\" "
                     "See Joshua Partlow, \"In Peru, a Rebellion Reborn,\" *Washington Post*, November 12, 2008.",
                     ["full"], id="quotation-in-commentary-then-citation"),
        pytest.param("Hans Huerto Amado, \"¿Qué es el Plan VRAE y por qué no funciona?\" El Comercio, April 16, 2012. "
                     "The VRAEM region produces the most illegal coca in Peru.", ["full"],
                     id="title-ending-in-question-mark-not-a-sentence-end"),
        pytest.param("Smith, op. cit., p. 4.", ["short"], id="op-cit-short-form"),
        pytest.param("municipal official, interview.", ["short"], id="repeated-interview-short-form"),
        pytest.param("On eradication's costs, see Mejía et al., “Los efectos,” 25; for a contrary view, Isacson and Poe, "
                     "“After Plan Colombia,” 16.", ["short", "short"], id="lead-phrase-without-signal-before-a-short-form"),
        pytest.param("In the early 1990s, Shining Path controlled much of the valley.", [],
                     id="prose-with-a-comma-is-no-citation"),
        pytest.param("Testimony of William R. Brownfield, Assistant Secretary of State, before the Senate Caucus on "
                     "International Narcotics Control, June 9, 2015.", ["full"], id="testimony-without-quoted-title"),
        pytest.param("Vgl. Ottmar Ette, Alexander von Humboldt und die Globalisierung. Das Mobile des Wissens "
                     "(Frankfurt am Main: Insel, 2009), S. 112.", ["full"], id="german-vgl-and-an-unmarked-title-with-a-period"),
        pytest.param("Jürgen Osterhammel, Die Verwandlung der Welt. Eine Geschichte des 19. Jahrhunderts (München: C.H. "
                     "Beck, 2009), S. 84-90; Sebastian Conrad, Globalgeschichte. Eine Einführung (München: C.H. Beck, 2013).",
                     ["full", "full"], id="german-ordinal-century-is-no-sentence-end"),
        pytest.param("ebd., S. 27. Koselleck selbst hat den Begriff auf die Neuzeit angewandt.", ["ibid"],
                     id="german-ebd-is-ibid-and-ends-its-sentence"),
        pytest.param("For a summary, see Patrick Ball et al., How Many Peruvians Have Died? An Estimate of the Victims "
                     "(Washington, DC: American Association for the Advancement of Science, 2003), 2-4.", ["full"],
                     id="unmarked-title-with-a-question-mark-inside"),
        pytest.param("The coverage was uneven. Compare the accounts in El Comercio (Lima), August 29, 2003, with those in "
                     "La República (Lima), August 29, 2003.", ["full", "full"], id="compare-the-accounts-in-with-those-in"),
        pytest.param("Véanse, por ejemplo, La República (Lima), 18 de febrero de 1991, y El Comercio (Lima), 20 de febrero "
                     "de 1991.", ["full", "full"], id="two-newspaper-issues-joined-by-y"),
        pytest.param("Rowe 1984, 15. On the feather trade, see Heidi King, ed., *Peruvian Featherworks* (New York: "
                     "Metropolitan Museum of Art, 2012), 9–13.", ["short", "full"], id="author-date-short-form"),
        pytest.param("Archivo General de Indias, Lima 28A, fol. 42r.", ["full"], id="archival-document"),
        pytest.param("Stern, ed., Shining and Other Paths, 4.", ["short"], id="short-form-of-an-edited-book"),
        pytest.param("For the full interview, see the appendix to this report.", [], id="the-word-interview-in-prose"),
        pytest.param("See, e.g., Deborah Poole, *Vision, Race, and Modernity* (Princeton: Princeton University Press, 1997), "
                     "3–5; and, more generally, James C. Scott, *Seeing Like a State* (New Haven: Yale University Press, "
                     "1998).", ["full", "full"], id="and-more-generally-before-the-second-citation"),
        pytest.param("U.S. Department of State, International Narcotics Control Strategy Report (Washington, DC, 2013).",
                     ["full"], id="organisation-author-is-no-lead-clause"),
        pytest.param("See Cynthia McClintock, *Revolutionary Movements in Latin America* (Washington, DC: United States "
                     "Institute of Peace Press, 1998), 45–47, and Orin Starn, *Nightwatch: The Politics of Protest in the "
                     "Andes* (Durham, NC: Duke University Press, 1999), 12.", ["full", "full"],
                     id="two-works-joined-by-comma-and"),
        pytest.param("Carlos Basombrio, \"Militarization of Public Security in Peru,\" in Hugo Frühling, Joseph S. "
                     "Tulchin, and Heather A. Golding eds., *Crime and Violence in Latin America* (Washington, D.C.: "
                     "Woodrow Wilson Center, 2003), p. 161.", ["full"], id="comma-and-inside-a-list-of-editors-stays"),
        pytest.param("Marisol de la Cadena, *Indigenous Mestizos* (Durham, NC: Duke University Press, 2000), 5, and "
                     "the essays that followed it.", ["full"], id="comma-and-before-commentary-stays"),
        pytest.param("Compare Ley N.° 29338, arts. 14–15, with Spronk, “Roots of Resistance,” 14–16.", ["short", "short"],
                     id="compare-one-work-with-another"),
        pytest.param("The figures are contested. Compare IOM, “Example Migrants Project,” with Roe, “Secret Prisons.”",
                     ["short", "short"], id="compare-one-quoted-title-with-another"),
        pytest.param("John Smith, Title of the Article About Peru, New York Times, March 3, 2010. The point is made.",
                     ["full"], id="news-citation-without-marks-then-commentary"),
        pytest.param("Comisión de la Verdad y Reconciliación, Informe final. The figures appear in the conclusions.",
                     ["short"], id="organisation-and-short-title"),
        pytest.param("Benjamin, Arcades Project, p. 462.", ["short"], id="name-and-title-whose-italics-were-lost"),
        pytest.param("Smith, supra note 3, at 45.", ["short"], id="supra-short-form"),
        pytest.param("Ley N.° 2029, Ley de Servicios de Agua Potable, 29 de octubre de 1999.", ["full"],
                     id="law-with-spanish-date"),
        pytest.param("Klaus J. Bade, Europa in Bewegung: Migration vom späten 18. Jahrhundert bis zur Gegenwart (Munich: "
                     "C. H. Beck, 2000), p. 121.", ["full"], id="ordinal-period-inside-unmarked-title-rejoined"),
        pytest.param("Cf. Gelles, *Water and Power*, 6; and Jan Douwe van der Ploeg, *The New Peasantries* (London: "
                     "Earthscan, 2008), 4.", ["short", "full"], id="cf-short-form-and-conjoined-full"),
        pytest.param("Ibid.; and Example Bank, Example Poverty Assessment, Report No. 172669-NE, 2022.", ["ibid", "full"],
                     id="a-bodys-numbered-report-after-ibid"),
    ],
)
def test_kinds(text, kinds):
    pieces, _ = cut(text)
    assert [k for k, _, _ in pieces] == kinds


def test_lead_in_becomes_commentary_and_prefix():
    pieces, commentary = cut("For more on the arrest of \"Artemio,\" see William Neuman, \"Guerrilla Faction Leader is "
                             "Captured in Peru,\" New York Times, February 12, 2012.")
    assert pieces[0][1] == "see"
    assert pieces[0][2].startswith("William Neuman")
    assert commentary.startswith("For more on the arrest of")


def test_no_split_inside_parentheses_or_initials():
    pieces, _ = cut("Carlos Basombrio, \"Militarization of Public Security in Peru,\" in Hugo Frühling, Joseph S. "
                    "Tulchin, and Heather A. Golding eds., *Crime and Violence in Latin America* (Washington, D.C.: "
                    "Woodrow Wilson Center, 2003), p. 161.")
    assert len(pieces) == 1 and pieces[0][0] == "full"


@pytest.mark.parametrize(
    ("text", "lead", "starts"),
    [
        pytest.param("Author's calculations based on Ministerio del Ambiente, Geobosques database, accessed June 3, "
                     "2021, http://geobosques.minam.gob.pe.", "Author's calculations based on", "Ministerio del Ambiente",
                     id="calculations-based-on"),
        pytest.param("Source: United Nations Office on Drugs and Crime, *World Drug Report 2021* (Vienna: UNODC, 2021), 45.",
                     "Source:", "United Nations Office", id="source-label"),
        pytest.param("Elaboración propia con base en Instituto Nacional de Estadística e Informática, *Perú: Perfil "
                     "sociodemográfico* (Lima: INEI, 2018).", "Elaboración propia con base en", "Instituto Nacional",
                     id="spanish-con-base-en"),
    ],
)
def test_what_was_drawn_from_a_source_is_commentary(text, lead, starts):
    pieces, commentary = cut(text)
    assert [k for k, _, _ in pieces] == ["full"]
    assert pieces[0][2].startswith(starts)
    assert commentary == lead


def test_prose_with_according_to_is_not_cut():
    pieces, commentary = cut("According to several farmers, the price of coca fell by half in 2013.")
    assert pieces == [] and commentary.startswith("According to several farmers")


def test_an_interview_opening_a_note_is_no_lead_clause():
    """"Interview with a coffee grower," reads like a lead clause before names ("La Convención"),
    but the interview is the work cited."""
    pieces, commentary = cut("Interview with a coffee grower, La Convención, Cusco, July 2015. See also Ricardo Soberón, "
                             "“Coca y café,” *Quehacer*, no. 153 (2005): 40–47.")
    assert [p[2][:20] for p in pieces] == ["Interview with a cof", "Ricardo Soberón, “Co"]
    assert commentary is None


def test_a_citation_in_parentheses_inside_a_sentence_is_cut_out_of_it():
    pieces, commentary = cut("The ministry reported 25 deaths (Ministerio del Interior, *Informe anual 2013* [Lima: "
                             "Mininter, 2014], 4), while NGOs counted 40.")
    assert [(k, t[:24]) for k, _, t in pieces] == [("full", "Ministerio del Interior,")]
    assert commentary == "The ministry reported 25 deaths while NGOs counted 40"


def test_prose_before_a_citations_names_is_commentary():
    pieces, commentary = cut("The point is made forcefully in Vanda Felbab-Brown, *Shooting Up* (Washington, D.C.: "
                             "Brookings, 2010), 37.")
    assert pieces[0][2].startswith("Vanda Felbab-Brown, *Shooting Up*")
    assert commentary == "The point is made forcefully in"


def test_an_unmarked_title_holding_a_quotation_keeps_its_author():
    """"... in Peru's “Fictitious Prosperity” ...": the quotation is inside the title, not a title after prose."""
    pieces, commentary = cut("Paul Gootenberg, Imagining Development: Economic Ideas in Peru's \"Fictitious Prosperity\" "
                             "of Guano, 1840-1880 (Berkeley: University of California Press, 1993), 5-9.")
    assert pieces[0][2].startswith("Paul Gootenberg") and commentary is None


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Statement by Abu Khalid al-Samarri, “Hold Fast to the Rope,” Example Media Foundation, January 26, "
                     "2015.", id="statement-by-before-a-quoted-title"),
        pytest.param("Speech by Karim Haddad, Example TV, May 25, 2013.", id="speech-by-before-an-outlet"),
        pytest.param("Remarks by Gen. Laura Bennett, “The Road Ahead,” U.S. Department of Defense, March 4, 2016.",
                     id="remarks-by-a-titled-speaker"),
    ],
)
def test_who_spoke_opens_the_citation_and_is_no_commentary(text):
    pieces, commentary = cut(text)
    assert [(kind, body) for kind, _, body in pieces] == [("full", text)] and commentary is None


@pytest.mark.parametrize(
    ("text", "prefixes"),
    [
        pytest.param("See Roe, *Border Towns*, 120; also Jane Doe, “How Tribal Are the Hills?” Example Analysts Network, "
                     "June 2010.", ["see", "also"], id="also-opening-a-later-citation"),
        pytest.param("For example, Jane Doe, *Border Towns* (Lima: Example Press, 2004), 12.", ["for example"],
                     id="for-example-opening-the-note"),
    ],
)
def test_lead_words_before_names_are_the_citations_signal(text, prefixes):
    pieces, commentary = cut(text)
    assert [prefix for _, prefix, _ in pieces] == prefixes and all(k == "full" or k == "short" for k, _, _ in pieces)
    assert commentary is None


def test_a_source_of_figures_between_a_lead_and_more_prose_is_cited():
    pieces, commentary = cut("Authors’ calculation based on UNHCR, “Example Situation: Italy”, and figures provided by the "
                             "Example National Guard.")
    assert [(k, body) for k, _, body in pieces] == [("short", "UNHCR, “Example Situation: Italy”")]
    assert commentary.startswith("Authors’ calculation based on") and "figures provided" in commentary


def test_an_assertion_based_on_the_authors_own_interviews_and_more_prose_stays_commentary():
    pieces, commentary = cut("This assertion is based on interviews in many communities of the valley, April 2013, and on "
                             "comments made at a regional meeting, May 2013.")
    assert pieces == [] and commentary.startswith("This assertion")


def test_authors_calculations_from_a_source_is_commentary_before_it():
    pieces, commentary = cut("Author's calculations from INEI, *Encuesta Nacional de Hogares 2018* (Lima: INEI, 2019).")
    assert [(k, body[:4]) for k, _, body in pieces] == [("full", "INEI")] and commentary == "Author's calculations from"


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        pytest.param("Peru's farmers' union met in O'Brien's hall.", [], id="apostrophes-are-no-quotes"),
        pytest.param("Jane Roe, ‘Libya’s Dawn’, The Guardian, 4 May 2013.", ["‘Libya’s Dawn’"], id="curly-single-title"),
        pytest.param("Jane Roe, 'Another Example', The Guardian.", ["'Another Example'"], id="straight-single-title"),
    ],
)
def test_single_quotes_protect_a_title_but_not_an_apostrophe(text, quoted):
    from citex import spans

    assert [text[r.start:r.end] for r in spans.regions(text) if r.kind == "quote"] == quoted


@pytest.mark.parametrize(
    ("text", "prefixes"),
    [
        pytest.param("But see Mark Doe, 'Paths and Power' (2004) 31 Journal of Example History 201, 205.", ["but see"],
                     id="but-see"),
        pytest.param("Quill v Example Council [1952] AC 410 (HL); cf Sill v Example [1960] 1 WLR 12.", [None, "cf"],
                     id="cf-without-a-full-stop"),
        pytest.param("eg Doe (n 2) 210; Lantern, Example Archives (n 3) 14.", ["eg", None], id="eg-before-a-short-form"),
    ],
)
def test_british_signals(text, prefixes):
    pieces, commentary = cut(text)
    assert [p for _, p, _ in pieces] == prefixes and commentary is None


def test_a_german_edition_number_is_no_sentence_end():
    pieces, _ = cut("Hans Beispiel, Wegerecht und Gewohnheit, 2. Aufl., Berlin: Beispiel Verlag, 1911, S. 45.")
    assert len(pieces) == 1


def test_an_interview_after_a_sentence_of_commentary_is_cited():
    import citex

    doc = citex.extract("Notes\n\n1. Figures cited by officials vary widely. Example Group telephone interview, finance "
                        "ministry official, 2 December 2019.\n")
    note = doc.notes[0]
    assert [c.work.type for c in note.citations] == ["interview"]
    assert note.commentary == "Figures cited by officials vary widely."


def test_a_signal_then_a_lead_phrase_then_a_short_form():
    import citex

    doc = citex.extract("Notes\n\n1. Hugh Example, *Blood in the Machine* (New York: Example Books, 2023), 12.\n"
                        "2. See the discussion in Example, Blood in the Machine, 401–410.\n")
    first, second = doc.notes
    assert [(c.kind, c.locator, c.item) for c in second.citations] == [("short", "401-410", first.citations[0].item)]
    assert second.commentary == "See the discussion in"


def test_prose_with_a_comma_and_no_signal_is_still_commentary():
    import citex

    doc = citex.extract("Notes\n\n1. Hugh Example, *Blood in the Machine* (New York: Example Books, 2023), 12.\n"
                        "2. In the end, Example, Blood and others disagreed.\n")
    assert doc.notes[1].citations == ()


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("In an interview with the BBC, the commander denied this.", id="in-an-interview-with"),
        pytest.param("The figures are estimates based on interviews with defectors.", id="based-on-interviews"),
    ],
)
def test_interview_wording_in_prose_is_no_citation(text):
    pieces, commentary = segment(Note(number=1, text=text, span=(0, len(text))))
    assert pieces == [] and commentary == text


def test_two_short_forms_joined_by_and_are_two_pieces():
    text = "For the broader debate, see Roe, pp. 15-20, and Ávila, pp. 30-31."
    pieces, commentary = segment(Note(number=1, text=text, span=(0, len(text))))
    assert [(p.text, p.kind) for p in pieces] == [("Roe, pp. 15-20", "short"), ("Ávila, pp. 30-31.", "short")]
    assert commentary == "For the broader debate,"


@pytest.mark.parametrize(
    ("text", "body", "commentary"),
    [
        pytest.param("The report says so; on the dissidents, Jane Roe, “A Long Way to Go,” Example Office on Latin America, "
                     "November 23, 2021.", "Jane Roe, “A Long Way to Go,” Example Office on Latin America, November 23, 2021.",
                     "The report says so; on the dissidents,", id="a-lead-before-a-persons-name"),
        pytest.param("Roe, 4; for the official view, U.S. Department of Examples, *Country Reports 2022* (Washington, D.C.: "
                     "Department of Examples, 2023), ch. 5.", "U.S. Department of Examples, *Country Reports 2022* (Washington, "
                     "D.C.: Department of Examples, 2023), ch. 5.", "for the official view,", id="a-lead-before-a-body"),
        pytest.param("For example: Kaamil Roe, “Example drought nears,” *The Guardian*, 3 May 2022.",
                     "Kaamil Roe, “Example drought nears,” *The Guardian*, 3 May 2022.", "For example:",
                     id="for-example-and-a-colon"),
        pytest.param("Among many examples, Ruth Doe, “Example famine,” *New York Times*, 4 June 2022.",
                     "Ruth Doe, “Example famine,” *New York Times*, 4 June 2022.", "Among many examples,",
                     id="among-many-examples-and-a-comma"),
    ],
)
def test_a_lead_phrase_without_see_leaves_the_author_with_the_work(text, body, commentary):
    pieces, comment = segment(Note(number=1, text=text, span=(0, len(text))))
    assert pieces[-1].text == body and comment == commentary


def test_a_page_after_an_address_is_the_works_locator_not_commentary():
    from citex.parse import parse_piece

    pieces, commentary = segment(Note(number=1, text="Example Watch, *Looting in the Hills* (New York: Example Watch, 2019), "
                                                     "https://example.org/report/2019/looting; p. 34."))
    assert len(pieces) == 1 and commentary is None and parse_piece(pieces[0]).locator == "34"


def test_a_longer_lead_in_prose_before_the_authors_is_commentary():
    import citex

    note = citex.extract("Notes\n\n1. See, for a recent survey of the long debate, Jane Roe, *Example History* "
                         "(New York: Example Press, 2004), 12.\n").notes[0]
    (cit,) = note.citations
    assert [a.family for a in cit.work.authors] == ["Roe"] and "survey of the long debate" in (note.commentary or "")


def test_id_ibid_is_one_back_reference():
    import citex

    doc = citex.extract("Notes\n\n1. SOUZA, Maria. *Exemplo*. São Paulo: Editora Exemplo, 2015.\n2. Id. Ibid., p. 146.\n")
    assert [(c.kind, c.locator) for c in doc.notes[1].citations] == [("ibid", "146")]


@pytest.mark.parametrize("text, cited, remark", [
    pytest.param("See Jane Roe, *Example History* (London: Example Press, 2001), 45, who argues that the war began earlier.",
                 "Jane Roe, *Example History* (London: Example Press, 2001), 45", "who argues that the war began earlier.",
                 id="a-remark-after-a-full-citation"),
    pytest.param("Véase Roe, *El Perú de ejemplo*, 295, donde el autor describe la economía.", "Roe, *El Perú de ejemplo*, 295",
                 "donde el autor describe la economía.", id="a-spanish-remark-after-a-short-form"),
])
def test_a_remark_after_the_citation_is_commentary(text, cited, remark):
    pieces, commentary = segment(Note(number=1, text=text))
    assert [p.text for p in pieces] == [cited]
    assert commentary == remark


@pytest.mark.parametrize("text, cited, remark", [
    pytest.param("https://t.me/example/55130 (Example milblogger claimed that forces advanced); https://t.me/other/33415",
                 ["https://t.me/example/55130", "https://t.me/other/33415"], "Example milblogger claimed that forces advanced",
                 id="a-remark-in-brackets-after-an-address"),
    pytest.param("Geolocated footage published on January 7 shows forces operating north of Exampleville. "
                 "https://t.me/example/25111", ["https://t.me/example/25111"],
                 "Geolocated footage published on January 7 shows forces operating north of Exampleville.",
                 id="a-sentence-closed-by-its-source"),
    pytest.param("https://twitter.com/example/status/1743600000000000000, https://twitter.com/example/status/1743600000000000001",
                 ["https://twitter.com/example/status/1743600000000000000",
                  "https://twitter.com/example/status/1743600000000000001"], None, id="addresses-joined-by-a-comma"),
    pytest.param("https://t.me/example/55140 (in Russian)", ["https://t.me/example/55140 (in Russian)"], None,
                 id="a-language-after-an-address-stays-with-it"),
])
def test_addresses_among_prose(text, cited, remark):
    pieces, commentary = segment(Note(number=1, text=text))
    assert [p.text for p in pieces] == cited
    assert commentary == remark


def test_and_before_an_arabic_title_joins_a_second_work():
    pieces, commentary = segment(Note(number=1, text='Example Agency, "Example Title," 3 March 2021; and al-Example, no. 276, '
                                                      "4 March 2021, 4."))
    assert [p.text for p in pieces] == ['Example Agency, "Example Title," 3 March 2021', "al-Example, no. 276, 4 March 2021, 4."]


@pytest.mark.parametrize("text", [
    pytest.param("On the price effects of the ban, see Mansfield, A State Built on Sand, 230, and Gootenberg, Andean Cocaine, 12.",
                 id="plain-titles"),
    pytest.param("On the price effects, see Mansfield, *A State Built on Sand*, 230, and Gootenberg, *Andean Cocaine*, 12.",
                 id="italic-titles"),
])
def test_two_short_forms_joined_by_and_after_a_lead_clause_are_two_works(text):
    pieces, commentary = cut(text)
    assert [(k, p) for k, p, _ in pieces] == [("short", "see"), ("short", None)]
    assert pieces[0][2].startswith("Mansfield") and pieces[1][2].startswith("Gootenberg")
    assert commentary.startswith("On the price effects")


def test_an_address_in_parentheses_after_the_last_period_belongs_to_the_citation():
    pieces, _ = cut("Benoit Faucon and Summer Said, “Iran Helped Plot Attack on Israel,” The Wall Street Journal, October 8, "
                    "2023. (https://www.wsj.com/world/middle-east/iran-israel-hamas-strike-planning-bbe07b25)")
    assert len(pieces) == 1 and pieces[0][2].endswith("bbe07b25)")


@pytest.mark.parametrize(("text", "prefix"), [
    pytest.param("*See* *Holder v. Humanitarian Law Project*, 561 U.S. 1, 36 (2010).", "See", id="see"),
    pytest.param("*But see* Juan C. Zarate, *Treasury’s War* (New York: PublicAffairs, 2013), 150.", "But see", id="but-see"),
    pytest.param("*see also* *Linde v. Arab Bank, PLC*, 882 F.3d 314 (2d Cir. 2018).", "see also", id="see-also"),
])
def test_a_signal_in_italics_is_a_signal_not_a_title(text, prefix):
    pieces, _ = cut(text)
    assert len(pieces) == 1
    kind, sig, body = pieces[0]
    assert sig.lower() == prefix.lower() and not body.lower().startswith(("*see", "*but", "see", "but"))


@pytest.mark.parametrize("text", [
    pytest.param("See Jane Roe, Smugglers and Saints of the Example (Cambridge: Cambridge University Press, 2012) and John "
                 "Doe, “Organized Crime and Conflict in the Example Region,” Carnegie Endowment for International Peace, "
                 "September 2012.", id="and-after-the-facts-parenthesis"),
    pytest.param("See Jane Roe, Andean Example (Chapel Hill: University of North Carolina Press, 2008), as well as John H. Doe, "
                 "“Violent Opportunities,” Journal of Example Studies 41:3 (1999): pp. 97-127.", id="as-well-as"),
])
def test_a_second_work_joined_without_a_comma_or_by_as_well_as(text):
    pieces, _ = cut(text)
    assert [k for k, _, _ in pieces] == ["full", "full"]
    assert pieces[0][2].startswith("Jane Roe") and pieces[1][2].startswith("John")


def test_a_books_title_with_a_year_and_a_second_sentence_stays_one_chapter():
    pieces, _ = cut("Jane Roe et al., “Key Risks across Sectors,” in Climate Example 2022: Impacts and Vulnerability. Contribution "
                    "of Working Group II to the Sixth Example Report, ed. H.-O. Doe et al. (Cambridge: Cambridge University Press, "
                    "2022), 2411–2538.")
    assert len(pieces) == 1 and pieces[0][2].endswith("2411–2538.")


@pytest.mark.parametrize(
    "text",
    [
        pytest.param('This campaign is described in Jane Q. Example, "Example Resurgent: The Campaign, Part I," Institute for '
                     'the Study of Example, Middle East Security Report 14, September 2013.', id="prose-then-in-names"),
        pytest.param('For earlier precedents, see the "Breaking Example" campaign of 2012-2013 described in Jane Q. Example, '
                     '"Example Resurgent: The Campaign, Part I," Institute for the Study of Example, Middle East Security '
                     'Report 14, September 2013.', id="prose-quoting-a-phrase-then-in-names"),
    ],
)
def test_names_after_prose_open_the_citation(text):
    pieces, comment = segment(Note(number=1, text=text))
    assert [p.kind for p in pieces] == ["full"]
    assert pieces[0].text.startswith("Jane Q. Example,") and comment and "Jane" not in comment


def test_a_town_after_a_wire_is_no_author():
    pieces, _ = segment(Note(number=1, text='Examplewire in Helsinki, "Example Court Bans Example Movement," *The Guardian*, '
                                            '22 September 2020.'))
    assert all(not p.text.startswith("Helsinki") for p in pieces)


@pytest.mark.parametrize("signal", ["See, however,", "See, in particular,", "See, though,", "See, more recently,"])
def test_a_signal_with_an_adverb_set_off_keeps_the_author(signal):
    pieces, _ = segment(Note(number=1, text=f'Roe, "Example," 22. {signal} Jane Example, "Countering Example in Examplia," '
                                            '*Journal for Example*, no. 11 (Summer 2017): 112–47, who is more optimistic.'))
    assert [p.text[:14] for p in pieces] == ['Roe, "Example,', "Jane Example, "]


def test_prose_naming_an_original_title_and_a_decade_cites_nothing_more():
    pieces, _ = segment(Note(number=1, text="Jane Roe, *History of Example*, trans. John Doe (Athens, OH: Example University "
                                            "Press, 1985), 40–52. The original, *Sejarah Example*, circulated in Example "
                                            "from the late 1940s."))
    assert len(pieces) == 1


@pytest.mark.parametrize(
    ("text", "starts"),
    [
        pytest.param('On this point I follow Jane Example and John Exemplo, "Mercados ilegais," *Estudos Exemplares* 21, no. 61 '
                     '(2007): 139–57.', "Jane Example and John Exemplo,", id="i-follow-names"),
        pytest.param("Jane Roe, *Example* (São Paulo: Example Press, 2018), 45. Roe develops the argument further in The Example "
                     "City: Crime as Urban Fabric (Manchester: Example University Press, 2020).", "The Example City:",
                     id="a-sentence-then-an-unmarked-title-with-its-facts"),
    ],
)
def test_prose_before_a_citation_is_left_out_of_it(text, starts):
    pieces, comment = segment(Note(number=1, text=text))
    assert pieces[-1].text.startswith(starts) and comment


def test_a_government_heading_in_capitals_stays_with_the_work_it_heads():
    pieces, comment = segment(Note(number=1, text="BRASIL. Ministério do Exemplo. Departamento Penitenciário Exemplar. "
                                                  "Levantamento Nacional de Exemplos: atualização junho de 2017. Brasília: "
                                                  "DEPEX, 2019, p. 8."))
    assert len(pieces) == 1 and pieces[0].text.startswith("BRASIL.") and comment is None


def test_a_german_title_and_its_subtitle_stay_one_work():
    pieces, comment = segment(Note(number=1, text="Vgl. Jane Beispiel, Autoritäre Beispiele. Signaturen der Bedrohung I, "
                                                  "Berlin: Suhrkamp 2018, S. 232 f."))
    assert len(pieces) == 1 and pieces[0].text.startswith("Jane Beispiel, Autoritäre Beispiele. Signaturen") and comment is None


def test_published_in_english_as_leads_to_the_translation():
    pieces, _ = segment(Note(number=1, text="Jane Ejemplo, Los señores (Mexico City: Ejemplo, 2010); published in English as "
                                            "Jane Ejemplo, Example Land, trans. John Doe (London: Example, 2013)."))
    assert [p.text[:13] for p in pieces] == ["Jane Ejemplo,", "Jane Ejemplo,"]


def test_a_sentence_before_a_persons_name_and_an_unmarked_title_is_prose():
    pieces, comment = segment(Note(number=1, text="On hawala specifically, the most useful overview remains Jane A Example, "
                                                  "Trust is the Coin of the Example (Oxford: Example University Press, 2011)."))
    assert pieces[0].text.startswith("Jane A Example, Trust") and comment.startswith("On hawala")


def test_a_long_unmarked_title_with_commas_after_its_author_is_no_prose():
    pieces, comment = segment(Note(number=1, text="Johann Jakob von Example, Travels in Examplia, during the Years 1838-1842, "
                                                  "on the Coast, in the Sierra, across the Cordilleras and the Andes, into the "
                                                  "Primeval Forests (London: Example Bogue, 1847), 36."))
    assert pieces[0].text.startswith("Johann Jakob von Example") and comment is None


@pytest.mark.parametrize(
    ("text", "count"),
    [
        pytest.param("“Example Announcement,” U.S. Department of Justice, May 18, 2020; https://www.justice.gov/opa/pr/example",
                     1, id="the-works-own-address-after-a-semicolon"),
        pytest.param('Jane Roe, "Example Drone Factory," Institute for Example Security, March 2024; '
                     "https://t.me/example_official/8812", 2, id="another-sources-address-after-a-semicolon"),
    ],
)
def test_an_address_after_a_semicolon(text, count):
    pieces, _ = segment(Note(number=1, text=text))
    assert len(pieces) == count


@pytest.mark.parametrize("head", ["Ibid., 60.", "Ibid., p. 60.", "Id. at 60."])
def test_a_back_reference_with_its_page_ends_before_the_next_sentence(head):
    # the sentence after it is commentary that leads to another work, not the rest of a title
    pieces, comment = segment(Note(number=1, text=f"{head} Roe's argument is echoed in Jane Example, The Example War "
                                                  "(London: Example Press, 2010), 44."))
    assert [p.kind for p in pieces] == ["ibid", "full"]
    assert pieces[1].text.startswith("Jane Example, The Example War") and "echoed" in comment


@pytest.mark.parametrize(("text", "lead", "work"), [
    ("On prisons, the most careful treatment remains Jane Example, ed., Prisons, Example and Extremism: Critical Issues "
     "(London: Example Press, 2014).", "On prisons, the most careful treatment remains", "Jane Example, ed., Prisons"),
    ("The best treatment remains Jane Example, Prisons, Example and Extremism (London: Example Press, 2014).",
     "The best treatment remains", "Jane Example, Prisons"),
    ("As argued by Jane Example, Example Terrorism in Europe: A History (London: Example Press, 2015), 1–3.", "As argued by",
     "Jane Example, Example Terrorism"),
])
def test_prose_before_a_persons_name_and_a_title_with_commas_or_an_editor(text, lead, work):
    pieces, comment = segment(Note(number=1, text=text))
    assert len(pieces) == 1 and pieces[0].text.startswith(work) and comment == lead


def test_a_documents_symbol_after_a_place_name_is_no_title_after_prose():
    text = ("Example Commission on Rights (ECR), Estado de excepción en El Salvador, OEA/Ser.L/V/II, Doc. 97/24 "
            "(Washington, D.C.: OEA, 2024), párr. 112.")
    pieces, comment = segment(Note(number=1, text=text))
    assert len(pieces) == 1 and pieces[0].text.startswith("Example Commission") and comment is None


def test_bluebook_abbreviated_words_end_no_sentence():
    import citex

    note = citex.extract("Notes\n\n1. See Hum. Rts. Watch, Illusion of Example: Abuses in Terrorism Prosecutions 12–15 (2014), "
                         "https://www.hrw.org/report/2014/07/21/example.\n").notes[0]
    assert [c.kind for c in note.citations] == ["full"]
    assert note.citations[0].work.authors[0].literal == "Hum. Rts. Watch"


@pytest.mark.parametrize("lead", ["Evaluations remain scarce; a notable exception is", "The best account is",
                                  "The standard account remains"])
def test_prose_that_names_the_work_leads_to_its_authors(lead):
    import citex

    (n,) = citex.extract(f"Notes\n\n1. {lead} Amy-Jane Roe, “Countering Example Extremism,” *Example Studies* 31, no. 6 "
                         "(2019): 1149–1167.\n").notes
    (c,) = n.citations
    assert [a.family for a in c.work.authors] == ["Roe"] and n.commentary.strip() == lead


def test_prose_that_offers_an_account_of_a_writer_leads_to_the_writers_work():
    import citex

    (n,) = citex.extract("Notes\n\n1. The fullest account is now R. Roe, *Example: The English Uprising* (Oxford, 2019); but see "
                         "also the older narrative of D. Doe, *Example* (Manchester, 1958).\n").notes
    assert [[a.family for a in c.work.authors] for c in n.citations] == [["Roe"], ["Doe"]]


@pytest.mark.parametrize("note", [
    "The fullest account is now R. Roe, Example: The English Uprising (Oxford, 2019); but see also the older narrative of "
    "D. Doe, Example: The Massacre and its Background (Manchester, 1958).",
    "Roe to Doe, 5 May 1880; compare the rather higher figure given in R. Roe, Example: A History of the Special Branch "
    "(London, 1983), p. 8; and the lower one in D. Doe, Example Police and Politics (Oxford, 1979), p. 12.",
])
def test_prose_before_an_unmarked_title_with_town_and_year_leads_to_its_authors(note):
    # British notes print a book's facts as "(London, 1983)" and leave its title unmarked: the prose before the names is
    # commentary, the names the author's
    import citex

    (n,) = citex.extract(f"Notes\n\n1. {note}\n").notes
    books = [c.work for c in n.citations if c.work.type == "book"]
    assert [[a.family for a in w.authors] for w in books] == [["Roe"], ["Doe"]]
    assert all(w.title.startswith("Example") for w in books)


def test_a_phrase_in_straight_single_quotes_in_the_prose_is_no_title_of_the_work():
    import citex

    (n,) = citex.extract("Notes\n\n1. The 'first wave' thesis itself derives from D. C. Roe, 'The Four Waves of Example "
                         "Terrorism', in A. K. Doe and J. M. Poe (eds), Attacking Example (Washington, DC, 2004), "
                         "pp. 46–73.\n").notes
    (c,) = n.citations
    assert [a.family for a in c.work.authors] == ["Roe"] and c.work.title == "The Four Waves of Example Terrorism"
    assert "first wave" in n.commentary


@pytest.mark.parametrize("channel", ["Африканский корпус", "Военный осведомитель"])
def test_a_channel_named_in_lower_case_words_is_who_posted_not_a_lead_clause(channel):
    # a Russian channel's name has one capital, as Russian writes names of things; it opens the post cited
    import citex

    (n,) = citex.extract(f"Notes\n\n1. {channel}, Telegram, 30 July 2024, https://t.me/example/412.\n").notes
    (c,) = n.citations
    assert [a.literal for a in c.work.authors] == [channel] and c.work.date == (2024, 7, 30) and n.commentary is None


@pytest.mark.parametrize(("note", "genres"), [
    ("See Example Group Asia Report N°283, Example: A New Insurgency, 15 December 2016; and Asia Briefing N°154, A New "
     "Dimension of Example Violence, 24 January 2019.", ["Asia Report N°283", "Asia Briefing N°154"]),
    ("See Example Group Asia Reports N°261, Example: The Politics of a State, 22 October 2014; and N°283, Example: A New "
     "Insurgency, 15 December 2016.", ["Asia Reports N°261", "Asia Reports N°283"]),
])
def test_a_bodys_next_report_named_by_series_and_number_alone_is_the_bodys(note, genres):
    # NGO reports list their own earlier reports without naming themselves again
    import citex

    (n,) = citex.extract(f"Notes\n\n1. {note}\n").notes
    assert [c.work.genre for c in n.citations] == genres
    assert all([a.literal for a in c.work.authors] == ["Example Group"] for c in n.citations)


@pytest.mark.parametrize("pointer", ["See annex 14.", "See annexes 7–12.", "See table 3 and figure 2.", "See Section III.B below.",
                                     "For our method, see Annex 1."])
def test_a_pointer_to_a_part_of_the_article_itself_cites_no_work(pointer):
    import citex

    doc = citex.extract(f"Notes\n\n1. Jane Roe, Example Book (London: Verso, 2019), 4.\n2. {pointer}\n")
    assert doc.notes[1].citations == () and doc.notes[1].commentary == pointer
    assert not [w for w in doc.warnings if w.note == 2 and w.code == "unresolved"]


@pytest.mark.parametrize("again", ["Example International, Stars on their shoulders. Blood on their hands, p. 40."])
def test_a_bodys_title_of_two_sentences_is_one_work(again):
    # Amnesty International titles its reports in two sentences: "Stars on their shoulders. Blood on their hands: …"
    import citex

    doc = citex.extract("Notes\n\n1. Example International, Stars on their shoulders. Blood on their hands: War crimes "
                        "committed by the Example military (Index: AFR 44/1657/2015), June 2015.\n2. " + again + "\n")
    (full,) = doc.notes[0].citations
    assert full.work.title.startswith("Stars on their shoulders. Blood on their hands") and full.work.date == (2015, 6)
    (short,) = doc.notes[1].citations
    assert (short.kind, short.item, short.locator) == ("short", full.item, "40")


@pytest.mark.parametrize(("signal", "prefix"), [("Vgl. dazu", "vgl. dazu"), ("So schon", "so schon"), ("Siehe", "siehe")])
def test_german_signals_before_a_citation(signal, prefix):
    import citex

    (n,) = citex.extract(f"Notes\n\n1. {signal} Hans Roe, Die verspielte Freiheit (Berlin: Propyläen, 1989), S. 356–89.\n").notes
    (c,) = n.citations
    assert ([(a.family, a.given) for a in c.work.authors], c.prefix) == ([("Roe", "Hans")], prefix)


@pytest.mark.parametrize("translation", [
    "trans. Ann Doe as Interpreting the Example Revolution (Cambridge: Cambridge University Press, 1981)",
    "English translation: Interpreting the Example Revolution, trans. Ann Doe (Cambridge: Cambridge University Press, 1981)",
])
def test_a_translation_named_after_the_original_is_by_its_author(translation):
    import citex

    (n,) = citex.extract(f"Notes\n\n1. Jean Roe, Penser la Révolution (Paris: Gallimard, 1978); {translation}.\n").notes
    original, translated = (c.work for c in n.citations)
    assert translated.title == "Interpreting the Example Revolution" and translated.date == (1981,)
    assert [a.family for a in translated.authors] == [a.family for a in original.authors] == ["Roe"]


def test_two_author_date_references_joined_by_and_are_two_works():
    import citex

    (n,) = citex.extract("Notes\n\n1. On Examplia specifically, cf. Roe 2005 and Doe 2020, 12–38.\n").notes
    assert [(c.raw.strip(" ."), c.locator) for c in n.citations] == [("Roe 2005", None), ("Doe 2020, 12–38", "12-38")]


@pytest.mark.parametrize("lead", [
    "See, among many,",
    "On this point:",
    "Their earlier estimate was more cautious:",
])
def test_the_names_after_a_lead_in_of_prose_open_the_citation(lead):
    import citex

    (n,) = citex.extract(f"Notes\n\n1. {lead} Jane A. Roe, “Death at the Example Border,” *Population and Example Review* 27, "
                         "no. 4 (2001): 661–85.\n").notes
    (cit,) = n.citations
    assert [(a.family, a.given) for a in cit.work.authors] == [("Roe", "Jane A.")]
    assert cit.work.title == "Death at the Example Border"


@pytest.mark.parametrize("remark", ["Interview conducted on condition of anonymity.", "Interview notes on file with the author.",
                                    "Interviews held under the condition of anonymity."])
def test_a_remark_on_the_interview_just_cited_is_no_second_interview(remark):
    import citex

    (n,) = citex.extract(f"Notes\n\n1. Interview with a border official, El Paso, Texas, October 20, 2019. {remark}\n").notes
    (cit,) = n.citations
    assert (cit.work.type, cit.work.date, n.commentary) == ("interview", (2019, 10, 20), remark)


@pytest.mark.parametrize(("text", "kind", "cited", "remark"), [
    ("Ibid., 610, and sources cited there.", "ibid", "Ibid., 610", "and sources cited there"),
    ("See ibid., 25, and the sensitivity cases discussed there.", "ibid", "ibid., 25", "and the sensitivity cases discussed there"),
    ("Roe, Example Prize, 615, makes the same point.", "short", "Roe, Example Prize, 615", "makes the same point"),
    ("Jane Roe, *Example Prize* (New York: Example Press, 1991), 588, makes the same point.", "full",
     "Jane Roe, *Example Prize* (New York: Example Press, 1991), 588", "makes the same point"),
])
def test_prose_after_a_citations_page_is_a_remark_on_it_not_part_of_it(text, kind, cited, remark):
    assert cut(text) == ([(kind, "see" if text.startswith("See") else None, cited)], remark)


@pytest.mark.parametrize("text", [
    "Unfortunately, casualty data for Example Province end in 2023, when the junta restricted reporting.",
    "Código Penal, art. 575, en la redacción dada por la Ley Orgánica 2/2015.",
])
def test_prose_after_a_year_or_an_article_number_makes_no_back_reference(text):
    assert [k for k, _, _ in cut(text)[0]] == []


def test_an_italian_subtitle_after_a_full_stop_stays_in_the_title_before_the_journal_in_guillemets():
    text = "R. Roe, Il capitale sociale. Relazioni esterne e territorio, in «Quaderni di Esempio», XLII, 18, 1998, pp. 51-72."
    assert cut(text) == ([("full", None, text)], None)


def test_b_for_ibn_in_an_arabic_name_ends_no_sentence_and_prose_before_the_name_is_commentary():
    text = "The most widely read was ʿAbd al-Raḥmān b. Ḥasan Āl al-Shaykh, *Fatḥ al-majīd* (Riyadh: Dār al-Ṣumayʿī, 1998)."
    assert cut(text) == ([("full", None, text[len("The most widely read was "):])], "The most widely read was")


def test_the_first_part_of_a_committees_name_listed_with_commas_is_no_lead_in():
    text = "House of Commons Example, Culture, Media and Sport Committee, *Example Harms*, HC 1791 (London: House of Commons, 2019)."
    assert cut(text) == ([("full", None, text)], None)


@pytest.mark.parametrize(("text", "lead"), [
    ('The best introduction is Jane K. Roe, "The Political Economy of Example Taxation," Example History Review 41, '
     "no. 1 (1988): 1-32.", "The best introduction is"),
    ("Roe's survey remains the best guide to the printed material, but it says little about the Treasury's own papers: "
     "Jane Roe, *Free Trade and Example England* (Oxford: Clarendon Press, 1997), 1–37.",
     "Roe's survey remains the best guide to the printed material, but it says little about the Treasury's own papers:"),
    ("Doe's own later account, written with Arthur Poe's encouragement, is John Morton Roe, *From the Example Diaries* "
     "(Boston: Houghton Mifflin, 1959), 61–75.", "Doe's own later account, written with Arthur Poe's encouragement, is"),
])
def test_a_sentence_before_the_names_is_commentary_and_the_names_open_the_citation(text, lead):
    pieces, commentary = cut(text)
    assert (len(pieces), commentary, pieces[0][2]) == (1, lead, text[len(lead):].strip())


def test_a_wire_service_and_its_dateline_before_a_headline_make_no_author():
    pieces, _ = cut('Reuters in Helsinki, "Example Court Bans a Movement," *The Guardian*, 22 September 2020.')
    assert not pieces[0][2].startswith("Helsinki")


@pytest.mark.parametrize("title", ["See No Evil: The True Story of an Example Soldier", "Ver, oír y callar: Un año con la Mara"])
def test_a_title_that_opens_on_a_signals_word_after_the_authors_name_is_no_signal(title):
    text = f"Jane Roe, {title} (New York: Example Publishers, 2002), p. 45."
    assert cut(text) == ([("full", None, text)], None)


@pytest.mark.parametrize(("text", "prefix"), [("See ibid. for the katibas in Example Province.", "see"),
                                              ("Ibid. for the katibas.", None)])
def test_ibid_followed_by_a_remark_in_lower_case_is_ibid_and_the_remark_commentary(text, prefix):
    pieces, commentary = cut(text)
    assert ([(k, p) for k, p, _ in pieces], commentary.startswith("for the katibas")) == ([("ibid", prefix)], True)


def test_people_interviewed_by_the_author_who_did_something_are_prose_not_an_interview():
    text = ("Neither group claimed the massacre. Local sources interviewed by the author attributed it to a group of mostly "
            "adolescent fighters.")
    assert cut(text)[0] == []


def test_a_short_form_then_and_then_a_full_citation_are_two_works():
    text = 'Roe, Example Book, p. 81, and Jane Doe, "Example External Network," Example Strategy Center, August 4, 2006.'
    assert [(k, t) for k, _, t in cut(text)[0]] == [
        ("short", "Roe, Example Book, p. 81"),
        ("full", 'Jane Doe, "Example External Network," Example Strategy Center, August 4, 2006.')]


def test_id_in_italics_names_the_author_of_the_work_before():
    import citex

    doc = citex.extract("Notes\n\n1 K. van Roe, *The Yearning for Examples*, Leyde, Brill, 2013, p. 201 ; voir aussi *Id.*, "
                        "« Decolonization by Example », *Journal of Example History*, vol. 50, n° 2, 2009, p. 269-292.\n")
    book, article = doc.notes[0].citations
    assert (article.work.title, [a.family for a in article.work.authors]) == ("Decolonization by Example", ["van Roe"])
    assert article.work.page == "269-292" and article.locator is None


@pytest.mark.parametrize("lead", ["Pour une synthèse, on se reportera à", "On consultera", "Sur ce point, lire", "Nous renvoyons à"])
def test_french_words_that_send_the_reader_to_a_work_lead_to_it(lead):
    pieces, _ = cut(f"{lead} Daniel Roe, Le cens exemplaire, Paris, Seuil, 1978, p. 12.")
    assert [(k, body[:10]) for k, _, body in pieces] == [("full", "Daniel Roe")]


@pytest.mark.parametrize(("text", "title"), [
    pytest.param("Comisión Global de Ejemplos, Guerra a los ejemplos. Informe de la Comisión Global de Ejemplos, Ginebra, junio de "
                 "2011.", "Guerra a los ejemplos. Informe de la Comisión Global de Ejemplos", id="a-second-sentence-naming-the-report"),
    pytest.param("Example Rights Watch, “Podemos detener a quien queramos”. Violaciones generalizadas durante el “régimen de "
                 "excepción” en El Ejemplo (Nueva York: Example Rights Watch, 7 de diciembre de 2022).",
                 "Podemos detener a quien queramos. Violaciones generalizadas durante el “régimen de excepción” en El Ejemplo",
                 id="a-title-opening-on-a-quotation"),
])
def test_a_bodys_report_titled_in_two_sentences_is_one_work(text, title):
    import citex

    [cited] = citex.extract(f"Notas\n\n1 {text}\n").notes[0].citations
    assert (cited.kind, cited.work.type, cited.work.title) == ("full", "report", title)


def test_the_last_interview_of_a_list_after_and_with_is_cited():
    pieces, commentary = cut("Example Watch telephone interviews with six residents of Exampleville, February 10–20, 2024; with two "
                             "health workers, Ouahigouya, February 18, 2024; and with a local official (name withheld), February 21, "
                             "2024.")
    assert [k for k, _, _ in pieces] == ["full", "full", "full"] and commentary is None
    assert pieces[2][2].startswith("with a local official")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a plain title that asks a question, its subtitle running on to the facts in brackets: one work
        pytest.param("Jane Roe and Ann Doe, Example Violence as a Weapon of War? Perceptions, Prescriptions, Problems in the "
                     "Example Region (London: Example Books, 2013), 42–45.",
                     [("full", None, "Jane Roe and Ann Doe, Example Violence as a Weapon of War? Perceptions, Prescriptions, "
                       "Problems in the Example Region (London: Example Books, 2013), 42–45.")], id="a-question-inside-a-title"),
        # the author's own question, then a citation whose title is marked: two sentences, as before
        pytest.param("Why did the example fail? Jane Roe, *Example Failures* (London: Example Books, 2013), 4.",
                     [("full", None, "Jane Roe, *Example Failures* (London: Example Books, 2013), 4.")],
                     id="a-question-of-the-authors-own"),
    ],
)
def test_a_question_mark_ends_a_sentence_or_a_titles_first_part(text, expected):
    assert cut(text)[0] == expected


def test_a_work_cited_before_a_pointer_to_its_own_annex_stays():
    # the report is cited, then a part of it: its annex, not the article's
    import citex

    (n,) = citex.extract("Notes\n\n1. Example Panel of Experts, Final Report, S/2020/53, see annex 14.\n").notes
    assert [c.kind for c in n.citations] == ["full"]


@pytest.mark.parametrize(("text", "shorts"), [
    # one author's several works in one pair of brackets, each with its own page
    pytest.param("See de Roe (2010a, pp. 230–235, 2010b).", ["de Roe 2010a, 230–235", "de Roe 2010b"], id="a-particle-and-two-years"),
    pytest.param("Doe (2000a, pp. 152–155; 2000b).", ["Doe 2000a, 152–155", "Doe 2000b"], id="two-years-by-a-semicolon"),
    pytest.param("See EXA (2020a, 2020b); Poe (2021).", ["EXA 2020a", "EXA 2020b", "Poe (2021)."], id="a-body-beside-another-author"),
])
def test_one_authors_several_years_in_brackets(text, shorts):
    assert [p[2] for p in cut(text)[0]] == shorts


@pytest.mark.parametrize(("text", "cited"), [
    # where the figures come from, then an unmarked citation: the source is cited, the words before it are commentary
    pytest.param("Figures from IOM Example Tracking Matrix (DTM), Example Mobility Update (14), accessed 3 June 2024.",
                 "IOM Example Tracking Matrix (DTM), Example Mobility Update (14), accessed 3 June 2024.", id="figures-from"),
    pytest.param("Data from EXLED, Myanmar, January 2021 – November 2024, downloaded 2 December 2024.",
                 "EXLED, Myanmar, January 2021 – November 2024, downloaded 2 December 2024.", id="data-from"),
])
def test_an_unmarked_source_after_the_words_that_say_what_was_drawn_from_it(text, cited):
    pieces, commentary = cut(text)
    assert [p[2] for p in pieces] == [cited] and commentary in ("Figures from", "Data from")


def test_data_gathered_by_the_author_cites_nothing():
    assert cut("Data from the survey were collected in 2019 by the author.")[0] == []


@pytest.mark.parametrize(("text", "shorts"), [
    # Spanish and Portuguese join authors with "y" and "e"; a body's name holds small words; "cap." cites a chapter
    pytest.param("Véanse Roe Yepes y Doe (2005, pp. 215-218) y, para una lectura crítica, Poe Ripoll (2011).",
                 ["Roe Yepes y Doe 2005, 215-218", "Poe Ripoll 2011"], id="y-between-authors"),
    pytest.param("Causa en Ejemplo (2023); Roe y Doe (2010, p. 40).", ["Causa en Ejemplo 2023", "Roe y Doe (2010, p. 40)."],
                 id="a-body-whose-name-holds-small-words"),
    pytest.param("Roe (2001, p. 12); Doe Sanín (2014, cap. 3).", ["Roe (2001, p. 12)", "Doe Sanín 2014, cap. 3"],
                 id="a-chapter-cited"),
    pytest.param("Ver também Roe (2011, 2018) e Doe (2013, p. 1740).", ["Roe 2011", "Roe 2018", "Doe 2013, 1740"],
                 id="two-years-are-two-works-and-a-page-that-reads-as-a-year-is-a-page"),
])
def test_author_date_references_in_spanish_and_portuguese_prose(text, shorts):
    assert [p[2] for p in cut(text)[0]] == shorts


def test_a_topic_leads_to_a_signal_with_no_comma():
    # "On <topic> see A, …, and B, …": two short forms after the topic, as theses write them
    pieces, commentary = cut("On the memory debates see Roe, La gangrène et l'oubli, 240–45, and Doe, \"Example Controversy,\" "
                             "452–54.")
    assert ([(p[0], p[2]) for p in pieces], commentary) == (
        [("short", "Roe, La gangrène et l'oubli, 240–45"), ("short", 'Doe, "Example Controversy," 452–54.')],
        "On the memory debates")


def test_a_titles_first_part_before_its_colon_is_no_lead_of_prose():
    import citex

    doc = citex.extract("Notes\n\n1. Case by Example: ISIS Prosecutions in the United States, March 1, 2014-June 30, 2016 (New York: "
                        "Center on Example Security, July 2016), p. 4.\n")
    [cited] = doc.notes[0].citations
    assert doc.notes[0].commentary is None and cited.work.title.startswith("Case by Example: ISIS Prosecutions")
    assert cited.work.authors == ()


@pytest.mark.parametrize("lead", ["Here I follow the reading of", "I adopt the interpretation of",
                                  "Nous rejoignons la lecture de"])
def test_prose_that_adopts_a_writers_reading_leads_to_the_writers_work(lead):
    import citex

    (n,) = citex.extract(f"Notes\n\n1. {lead} Benjamin T. Roe, *The Example Trade: Drugs in Mexico* (Chicago: Example "
                         "University Press, 2021), 88.\n").notes
    (c,) = n.citations
    assert [a.family for a in c.work.authors] == ["Roe"] and c.work.type == "book"


@pytest.mark.parametrize("tail,locator", [("88, rather than the older view in Doe", "88"),
                                          ("chap. 4, rather than the figures the ministry gives", "4"),
                                          ("88, plutôt que la thèse officielle", "88")])
def test_a_contrast_after_the_page_is_a_remark_and_the_page_stays_the_pinpoint(tail, locator):
    import citex

    (n,) = citex.extract(f"Notes\n\n1. Benjamin T. Roe, *The Example Trade* (Chicago: Example University Press, 2021), "
                         f"{tail}.\n").notes
    (c,) = n.citations
    assert c.locator == locator and c.work.type == "book" and n.commentary.startswith(tail.split(", ", 1)[1])


def test_a_signal_after_a_works_year_opens_the_next_work_even_after_a_phrase_of_its_own():
    import citex

    (n,) = citex.extract("Notes\n\n1. Pierre Roe, La contre-démocratie. La politique à l'âge de la défiance, Paris, Seuil, "
                         "2006. Voir aussi, sur un registre plus polémique, Christophe Doe, La France périphérique. Comment on "
                         "a sacrifié les classes populaires, Paris, Flammarion, 2014.\n").notes
    assert [(c.work.authors[0].family, c.work.publisher, c.work.date) for c in n.citations] == \
        [("Roe", "Seuil", (2006,)), ("Doe", "Flammarion", (2014,))]


def test_see_before_a_family_name_and_short_title_with_no_page_is_a_short_form():
    import citex

    doc = citex.extract("Notes\n\n1. Ana Roe, Rebelocracy: Social Order in the Colombian Civil War (New York: Cambridge "
                        "University Press, 2016).\n2. See Roe, Rebelocracy; Doe, \"Logics of Violence.\"\n"
                        "3. Benjamin Doe, \"Logics of Violence in Criminal War,\" Journal of Conflict Resolution 59:8 (2015): "
                        "1486-1516.\n")
    first = doc.notes[1].citations[0]
    assert (first.kind, first.prefix, first.item) == ("short", "see", doc.notes[0].citations[0].item)


def test_words_after_see_that_lead_to_the_editors_are_no_part_of_the_title():
    import citex

    (n,) = citex.extract("Notes\n\n1. On the label, see the essays in David Scott Roe, ed., The Shining Path of Peru (New "
                         "York: St. Martin's Press, 1994).\n").notes
    w = n.citations[0].work
    assert (w.title, [e.family for e in w.editors]) == ("The Shining Path of Peru", ["Roe"])


def test_initials_and_what_they_stand_for_are_a_gloss_not_a_work():
    import citex

    (n,) = citex.extract("Notes\n\n1. ELN: Ejército de Liberación Nacional. See International Crisis Group, \"The Missing "
                         "Peace,\" Latin America Report No. 68, July 12, 2018.\n").notes
    assert [c.work.authors[0].literal for c in n.citations] == ["International Crisis Group"]


@pytest.mark.parametrize("lead", ["See the report by", "For details, see the study by"])
def test_a_lead_phrase_that_ends_on_by_and_the_names_keeps_them_as_authors(lead):
    import citex

    (n,) = citex.extract(f"Notes\n\n1. {lead} Rex Roe, Terrorist Groups in Latin America (Washington, D.C.: Library of "
                         "Congress, 2003).\n").notes
    assert [a.family for a in n.citations[0].work.authors] == ["Roe"]


@pytest.mark.parametrize("particle", ["van Roe", "de Roe", "van der Roe"])
def test_and_before_a_surname_opening_on_a_particle_starts_the_next_short_form(particle):
    import citex

    doc = citex.extract("Notes\n\n1. Jane Doe, *Waging a War* (Cham: Example Press, 2014), 8.\n"
                        f"2. Daan {particle}, *The Illegal Trade* (Cham: Example Press, 2016), 88.\n"
                        f"3. See Doe, *Waging a War*, 830; and {particle}, *Illegal Trade*, 120–25.\n")
    cites = doc.notes[2].citations
    assert [(c.kind, c.item, c.locator) for c in cites] == [
        ("short", doc.notes[0].citations[0].item, "830"), ("short", doc.notes[1].citations[0].item, "120-25")]


@pytest.mark.parametrize("remark", ["(emphasis added)", "[emphasis added]", "\\[emphasis added\\]", ", emphasis in original",
                                    "(my translation)"])
def test_a_quoting_authors_remark_after_a_short_form_keeps_the_citation(remark):
    import citex

    doc = citex.extract("Notes\n\n1. Jane Roe, 'The Origins of Doctrine', Journal of Examples 33, 5 (2010), pp. 727–758.\n"
                        f"2. Roe, 'Origins of Doctrine', p. 740 {remark}.\n".replace(" ,", ","))
    (cite,) = doc.notes[1].citations
    assert (cite.kind, cite.item, cite.locator) == ("short", doc.notes[0].citations[0].item, "740")


@pytest.mark.parametrize("lead", ["See, for example, the indictment in", "See also the indictment in",
                                  "See, e.g., the complaint in"])
def test_a_lead_phrase_before_a_case_keeps_the_case(lead):
    import citex

    (n,) = citex.extract(f"Notes\n\n1. {lead} U.S. v. Roe, U.S. District Court, Eastern District of Pennsylvania.\n").notes
    (cite,) = n.citations
    assert (cite.work.title, cite.work.publisher) == ("U.S. v. Roe", "U.S. District Court, Eastern District of Pennsylvania")


def test_a_spanish_lead_phrase_ending_on_the_editors_keeps_them():
    import citex

    (n,) = citex.extract("Notes\n\n1. Véase el trabajo de Ana Roe y Juana Doe (eds.), *Sistemas de ejemplo* (Ámsterdam: TNI, "
                         "2010).\n").notes
    w = n.citations[0].work
    assert ([e.family for e in w.editors], w.title) == (["Roe", "Doe"], "Sistemas de ejemplo")


@pytest.mark.parametrize("lead", ["y el editorial", "and the editorial", "and the article entitled"])
def test_a_genre_word_leads_to_the_title_after_it(lead):
    import citex

    (n,) = citex.extract(f'Notes\n\n1. Ana Roe, "Drogas y prohibición", *Página/12*, 28 de agosto de 2009; {lead} "Un fallo '
                         'histórico", *Clarín*, 26 de agosto de 2009.\n').notes
    assert [(c.work.title, c.work.container) for c in n.citations] == [
        ("Drogas y prohibición", "Página/12"), ("Un fallo histórico", "Clarín")]


@pytest.mark.parametrize("journal", ["Sur. Revista Internacional de Derechos Humanos",
                                     "Ejemplo. Revista de Pensamiento Iberoamericano"])
def test_a_journal_named_with_a_full_stop_before_revista_is_one_journal(journal):
    import citex

    (n,) = citex.extract(f"Notes\n\n1. Ana Roe, “Políticas de seguridad en Brasil”, {journal}, vol. 3, núm. 5 (2006), "
                         "pp. 136-155.\n").notes
    (cite,) = n.citations
    assert (cite.work.type, cite.work.container, cite.work.volume, cite.work.date) == ("article-journal", journal, "3", (2006,))


def test_prose_leading_to_a_body_before_an_unmarked_title_with_a_colon():
    import citex

    (n,) = citex.extract("Notes\n\n1. The figure comes from UNEP, The Rise of Example Crime: A Growing Threat to Natural "
                         "Resources, Peace and Security (Nairobi: UNEP, 2016), 7.\n").notes
    w = n.citations[0].work
    assert ([a.literal for a in w.authors], w.title) == (
        ["UNEP"], "The Rise of Example Crime: A Growing Threat to Natural Resources, Peace and Security")
    assert n.commentary == "The figure comes from"


def test_figures_calculated_from_the_named_data_cite_the_data():
    import citex

    (n,) = citex.extract("Notes\n\n1. The figures are my own calculations from the EXLED data, accessed 3 May 2022.\n").notes
    (cite,) = n.citations
    assert (cite.work.title, n.commentary) == ("EXLED data", "The figures are my own calculations from the")


@pytest.mark.parametrize("remark", ["Conversations took place in Quechua and Spanish.",
                                    "Discussions were held in Spanish with the help of an interpreter."])
def test_a_remark_on_how_conversations_went_is_no_interview(remark):
    import citex

    doc = citex.extract("Notes\n\n1. Jane Roe, From Pablo to Example (University Park: Example Press, 2007), 12.\n"
                        f"2. {remark}\n3. Ibid.\n4. Discussion with a coca grower, Pichari, May 2013.\n")
    assert doc.notes[1].citations == () and doc.notes[2].citations[0].item == doc.notes[0].citations[0].item
    assert doc.notes[3].citations[0].work.type == "interview"


def test_an_interview_cited_in_brackets_inside_prose_is_cited():
    import citex

    (n,) = citex.extract("Notes\n\n1. Grievance alone does not explain recruitment; several interviewees stressed the pull of "
                         "cash payments (interviews, Metuge, 5–7 March 2022).\n").notes
    (cite,) = n.citations
    assert (cite.work.type, cite.work.place, cite.work.date) == ("interview", "Metuge", (2022, 3, 5))
    assert n.commentary and n.citations


def _read(notes: str):
    import citex

    return citex.extract(f"Notas\n\n{notes}\n", input_format="text").notes


def test_names_then_a_colon_sign_each_work_as_nueva_sociedad_prints_its_notes():
    [n1, n2, n3] = _read(
        "1 Francisco Gutiérrez Sanín: El orangután con sacoleva. Cien años de democracia y represión en Colombia "
        "(1910-2010), Debate / IEPRI, Bogotá, 2014, p. 45.\n"
        "2 Gustavo Duncan: Los señores de la guerra. De paramilitares, mafiosos y autodefensas en Colombia, Planeta, Bogotá, "
        "2006; y G. Duncan: Más que plata o plomo. El poder político del narcotráfico en Colombia y México, Debate, Bogotá, 2014.\n"
        "3 Defensoría del Pueblo: Alerta Temprana No 026-18, Bogotá, 28 de febrero de 2018.")
    [book] = n1.citations
    assert (book.work.type, book.work.authors[0].family, book.work.publisher, book.work.place, book.locator) == \
        ("book", "Gutiérrez Sanín", "Debate / IEPRI", "Bogotá", "45")
    assert [(c.work.authors[0].family, c.work.date) for c in n2.citations] == [("Duncan", (2006,)), ("Duncan", (2014,))]
    [alert] = n3.citations
    assert (alert.work.authors[0].literal, alert.work.title, alert.work.date) == \
        ("Defensoría del Pueblo", "Alerta Temprana No 026-18", (2018, 2, 28))


@pytest.mark.parametrize("text", [
    pytest.param("Jane Roe: A Life (New York: Knopf, 2010).", id="a-title-with-a-colon-and-its-facts-in-brackets"),
    pytest.param("Perú: Perfil sociodemográfico, INEI, Lima, 2018.", id="a-country-then-a-title"),
])
def test_a_titles_own_colon_signs_no_names(text):
    [note] = _read(f"1 {text}")
    assert all(not c.work.authors for c in note.citations)


@pytest.mark.parametrize("link", ["; and his", "; see also his", "; and her"])
def test_a_possessive_gives_the_next_work_to_the_author_before(link):
    [note] = _read(
        "1 Benjamin Lessing, Making Peace in Drug Wars: Crackdowns and Cartels in Latin America (Cambridge: Cambridge "
        f"University Press, 2017){link} “Conceptualizing Criminal Governance,” Perspectives on Politics 19, no. 3 (2021): 854–73.")
    book, article = note.citations
    assert (article.work.type, article.work.authors[0].family, article.work.container, article.work.page) == \
        ("article-journal", "Lessing", "Perspectives on Politics", "854-73")


@pytest.mark.parametrize(("text", "outlets"), [
    pytest.param("See reporting by RFI, 13 juin 2022, and Le Monde, 14 juin 2022.", ["RFI", "Le Monde"], id="see-reporting-by"),
    pytest.param("See reports by Reuters, 3 March 2023, and AFP, 4 March 2023.", ["Reuters", "AFP"], id="see-reports-by"),
    pytest.param("Coverage in El Tiempo, 5 de enero de 2023.", ["El Tiempo"], id="coverage-in"),
])
def test_words_leading_to_the_outlets_whose_stories_are_cited(text, outlets):
    [note] = _read(f"1 {text}")
    assert [(c.work.type, c.work.container) for c in note.citations] == [("article-newspaper", o) for o in outlets]


@pytest.mark.parametrize("word", ["En:", "In:"])
def test_en_before_an_address_says_where_the_work_is_read_not_a_work_of_its_own(word):
    [note] = _read(f"1 Reuters, “Viaje al centro del narcotráfico peruano”, *Gestión* (Lima), s. f. {word} "
                   "http://gestion.pe/politica/viaje-al-centro-narcotrafico-peruano-2104126")
    [c] = note.citations
    assert (c.work.container, c.work.url) == ("Gestión", "http://gestion.pe/politica/viaje-al-centro-narcotrafico-peruano-2104126")


@pytest.mark.parametrize("text", [
    pytest.param("Roe, Theory of Example Politics, pp. 118–122. For a critique, see Jane Doe, Social Theory of Example Politics "
                 "(Cambridge: Cambridge University Press, 1999), pp. 15–22.", id="a-lead-phrase-and-see"),
    pytest.param("Van Roe, Causes of Example, p. 124. His argument is disputed in Keir A. Doe, Example and the Engineers: The "
                 "Primacy of Example (Ithaca, N.Y.: Cornell University Press, 2005), chap. 1.", id="a-sentence-then-the-names"),
])
def test_a_short_form_whole_with_its_page_then_a_sentence_citing_a_book_plainly_are_two_works(text):
    pieces, _ = cut(text)
    assert [k for k, _, _ in pieces] == ["short", "full"]
    assert pieces[0][2].startswith(("Roe, Theory", "Van Roe, Causes")) and pieces[0][2].rstrip(".").endswith(("122", "124"))


@pytest.mark.parametrize(("text", "lead", "short"), [
    pytest.param("This is the argument of Roe, Example Effects, p. 6.", "This is the argument of", "Roe, Example Effects, p. 6.",
                 id="the-argument-of"),
    pytest.param("Here I follow Roe, *Example Effects*, p. 41.", "Here I follow", "Roe, *Example Effects*, p. 41.",
                 id="i-follow-an-italic-short-title"),
    pytest.param("This argument is developed in Van Roe, Example Effects, pp. 6-9.", "This argument is developed in",
                 "Van Roe, Example Effects, pp. 6-9.", id="is-developed-in-a-particle-surname"),
])
def test_a_sentence_that_leads_to_a_short_form_with_its_page_is_commentary_before_it(text, lead, short):
    pieces, commentary = cut(text)
    assert pieces == [("short", None, short)] and commentary.strip() == lead


def test_a_place_and_a_year_after_in_is_no_short_form():
    assert cut("The town was founded in Lima, Peru, in 1535.") == ([], "The town was founded in Lima, Peru, in 1535.")


@pytest.mark.parametrize("text", [
    pytest.param("Throughout this article, \"Example Path\" refers to the Roe faction, which since 2018 calls itself the "
                 "Example Party.", id="refers-to"),
    pytest.param("This phrase, \"abrazos, no balazos,\" was first used by the candidate during the 2018 campaign.",
                 id="comma-inside-then-was"),
    pytest.param("En el Ejemplo, «narcoejemplo» fue acuñado por un presidente en 1983.", id="spanish-fue"),
])
def test_a_quoted_term_the_prose_glosses_is_no_title_even_with_a_year_after_it(text):
    assert cut(text) == ([], text)


def test_a_phrase_quoted_in_the_lead_before_is_and_the_names_stays_in_the_commentary():
    pieces, commentary = cut("The classic statement of the \"lost example\" thesis is Jane Roe, Of Walls and Examples: The United "
                             "States and Europe (New York: Example University Press, 1991), 73–98. I find it unpersuasive.")
    assert [(k, t[:9]) for k, _, t in pieces] == [("full", "Jane Roe,")]
    assert commentary.startswith("The classic statement of the \"lost example\" thesis is")


def test_a_long_lead_naming_the_author_then_a_colon_leaves_the_names_to_the_citation():
    pieces, commentary = cut("Cf. Mearsheimer's argument that the West is principally responsible for the crisis: John J. "
                             "Mearsheimer, 'Why the Example Crisis Is the West's Fault: The Liberal Delusions', Foreign Example, "
                             "vol. 93, no. 5, September/October 2014, pp. 77–89.")
    assert [(k, t[:20]) for k, _, t in pieces] == [("full", "John J. Mearsheimer,")]
    assert commentary == "Cf. Mearsheimer's argument that the West is principally responsible for the crisis:"


def test_a_document_cited_by_its_symbol_after_a_phrase_that_says_what_it_is():
    import citex

    doc = citex.extract("Text.1 More.2\n\nNotes\n\n1. See UN Security Council, 'Final Report of the Panel of Experts Submitted "
                        "Pursuant to Resolution 2680 (2023)', S/2024/215, 7 March 2024, annex 12; and, for the earlier period, "
                        "S/2023/171, paras 145–52.\n2. See also the Panel’s previous report, S/2023/93, 13 February 2023, "
                        "paras 33–40.\n")
    first, second = doc.notes
    assert [c.work.title for c in first.citations][1:] == ["S/2023/171"]
    assert first.citations[1].locator == "145-52"
    assert [(c.work.title, c.locator) for c in second.citations] == [("S/2023/93", "33-40")]


@pytest.mark.parametrize(("text", "families"), [
    pytest.param("Zum Begriff grundlegend Hanns W. Maull, „Germany and Japan: The New Civilian Powers“, in: Foreign Affairs, 69 "
                 "(1990/91) 5, S. 91–106.", [("Maull", "Hanns W.")], id="german-topic-then-grundlegend"),
    pytest.param("So auch Jane Roe, Beispielbuch, Berlin 2020, S. 3; ferner John Doe, „Ein Beispiel“, in: Beispiel-Zeitschrift, "
                 "12.3.2018.", [("Roe", "Jane"), ("Doe", "John")], id="german-so-auch-and-ferner"),
    pytest.param("Sul punto la letteratura è concorde; per una ricostruzione equilibrata si rinvia comunque a A. Roe, *Libro di "
                 "esempio*, Laterza, Roma-Bari 2009, pp. 200-205.", [("Roe", "A.")], id="italian-si-rinvia-a"),
])
def test_german_and_italian_lead_words_are_signals_not_names(text, families):
    # ("Grundlegend" had been read as a given name, and a citation after "si rinvia a" was lost as commentary)
    import citex

    (n,) = citex.extract(f"Text.[^1]\n\n[^1]: {text}\n".encode(), name="a.md").notes
    assert [(c.work.authors[0].family, c.work.authors[0].given) for c in n.citations] == families


def test_a_short_form_after_a_verb_of_reporting_is_cited():
    # ("The debate between the two is summarized in Roe, pp. 15-19": the sentence reports where, the short form is cited)
    import citex

    doc = citex.extract(b"Text.[^1] More.[^2]\n\n[^1]: Jane Roe, *Example Book* (Paris: Example Press, 2015).\n[^2]: For a critique, "
                        b"see John Doe, *Another Book* (Paris: Seuil, 2016), pp. 21-24. The debate between the two is summarized in "
                        b"Roe, pp. 15-19.\n", name="a.md")
    cites = doc.notes[1].citations
    assert len(cites) == 2
    assert (cites[1].kind, cites[1].item, cites[1].locator) == ("short", doc.notes[0].citations[0].item, "15-19")


def test_a_german_so_before_the_authors_is_a_signal():
    # ("So Born/Leigh (Anm. 1), S. 77": as they argue, in the work of note 1; "So" had been read as a given name)
    import citex

    doc = citex.extract("Anmerkungen\n\n1 Hans Roe/Ian Doe, Making Examples Accountable, Oslo 2005; Loch K. Poe (Hrsg.), The "
                        "Example Handbook, Oxford–New York 2010.\n2 So Roe/Doe (Anm. 1), S. 77.\n")
    c = doc.notes[1].citations[0]
    assert (c.kind, c.item, c.locator) == ("short", doc.notes[0].citations[0].item, "77")


@pytest.mark.parametrize("text", [
    "See Roe and Doe (2009, ch. 8) and Poe and Moe (2013).",
    "See Roe and Doe (2009, ch. 8) and, on haircuts specifically, Poe and Moe (2013).",
])
def test_two_author_date_works_cited_in_prose_are_two_works(text):
    # (the first had vanished with no citation and no warning)
    import citex

    (n,) = citex.extract(f"Text.[^1]\n\n[^1]: {text}\n".encode(), name="a.md").notes
    assert [(c.kind, c.locator) for c in n.citations] == [("short", "8"), ("short", None)]
    assert [c.raw.split()[0] for c in n.citations] == ["Roe", "Poe"]


def test_an_author_date_reference_in_the_lead_before_other_works_is_kept():
    # ("Compare Roe et al. (2007, ch. 4), Doe and Moe (2022), and, for a more sceptical view, Poe (1997).": the first had
    # been left in the commentary once the last was read after its lead phrase)
    import citex

    doc = citex.extract(b"A.[^1] B.[^2]\n\n[^1]: Jane Roe, John Doe, and Ann Poe, *Example Sanctions Reconsidered* (Washington, "
                        b"DC: Example Institute, 2007).\n[^2]: Compare Roe et al. (2007, ch. 4), Doe and Moe (2022), and, for a more "
                        b"sceptical view, Poe (1997).\n", name="a.md")
    cites = doc.notes[1].citations
    assert [c.raw.split()[0] for c in cites] == ["Roe", "Doe", "Poe"]
    assert (cites[0].item, cites[0].locator) == (doc.notes[0].citations[0].item, "4")


@pytest.mark.parametrize("after", [
    "The video has since been removed; a copy is preserved by the Internet Archive: "
    "https://web.archive.org/web/20230505093012/https://t.me/example_channel/3243.",
    "Archived copy: https://archive.ph/AbC12.",
])
def test_an_archived_copy_of_the_work_before_in_a_sentence_of_its_own_is_no_work(after):
    text = f"Jane Roe (@example_channel), “Example Address,” Telegram, May 5, 2023, https://t.me/example_channel/3243. {after}"
    pieces, commentary = segment(Note(number=1, text=text, span=(0, len(text))))
    assert [p.text[:9] for p in pieces] == ["Jane Roe "]
    assert after.split()[-1].rstrip(".") in (commentary or "")  # (the archived address stays, in the note's prose)


@pytest.mark.parametrize(("before", "after"), [
    ("Jane Roe, “Example Address,” YouTube video, May 4, 2020 (removed)",
     "Wayback Machine copy at https://web.archive.org/web/20200506001822/https://www.youtube.com/watch?v=abc."),
    ("Jane Roe, “Example Address,” YouTube, May 4, 2020, https://www.youtube.com/watch?v=abc", "archived at https://archive.ph/AbC12."),
    ("Jane Roe, “Example Address,” Telegram, May 5, 2023", "https://archive.ph/AbC12."),
])
def test_an_archived_copy_after_a_semicolon_is_the_work_before_kept(before, after):
    text = f"{before}; {after}"
    pieces, commentary = segment(Note(number=1, text=text, span=(0, len(text))))
    assert [p.text[:9] for p in pieces] == ["Jane Roe,"]
    assert after.split()[-1].rstrip(".") in (commentary or "")  # (the archived address stays, in the note's prose)


def test_a_note_that_reads_like_a_reference_but_gives_no_work_is_said_to():
    import citex

    doc = citex.extract("Text.[^1] More.[^2] And.[^3]\n\n[^1]: Acuerdo Final para la Terminación del Ejemplo. Bogotá, 24 de "
                        "noviembre de 2016, punto 4.1.\n[^2]: The attack was claimed by the group, in Bogotá, on 3 May 2019.\n"
                        "[^3]: Peru to Expand Example Eradication, May 3, 2014.\n", name="a.md")
    flagged = sorted(w.note for w in doc.warnings if w.code == "no-work-read")
    assert flagged == [n.number for n in doc.notes if not n.citations and n.number != 2]  # (prose says nothing)
    assert 1 in flagged


@pytest.mark.parametrize("lead", ['On "data voids," see', 'For “lawful but awful,” see', 'Sobre "guerra híbrida", véase'])
def test_a_quoted_term_after_a_preposition_is_prose_not_a_short_form(lead):
    text = f"{lead} Jane Roe, “Example Voids,” Example Society, October 2019, https://example.org/voids."
    pieces, commentary = segment(Note(number=1, text=text, span=(0, len(text))))
    assert [p.text[:8] for p in pieces] == ["Jane Roe"]
    assert lead.split()[0] in (commentary or "")


def test_a_body_and_a_countrys_report_after_a_dash_is_no_portuguese_author_and_title():
    text = "IOM, Libya – Migrant Report, Round 28, December 2019."
    pieces, _ = segment(Note(number=1, text=text, span=(0, len(text))))
    assert [p.text for p in pieces] == [text]  # (the dash is the report's own, not NP 405's after a name)


def test_compare_one_article_with_another_with_no_comma_before_with():
    text = ("Compare Jane Roe, 'Defensive Force: The State of Play' (2015) 91 Example Law Studies 1 with John Doe, 'The Example "
            "Test: Has it Been Accepted?' (2016) 29 LJIL 777.")
    pieces, _ = segment(Note(number=1, text=text, span=(0, len(text))))
    assert [p.text.split(",")[0] for p in pieces] == ["Jane Roe", "John Doe"]


@pytest.mark.parametrize("volume", [
    "vol. XII, Near East Region; Iraq; Iran; Arabian Peninsula (Washington, DC: GPO, 1993), doc. 158.",
    "vol. X, part 1, Eastern Europe Region; Soviet Union; Cyprus, doc. 12.",
])
def test_a_frus_volumes_title_of_several_regions_keeps_its_semicolons(volume):
    text = f"Memorandum of Discussion at the 398th Meeting of the National Security Council, 5 March 1959, FRUS, 1958–1960, {volume}"
    pieces, _ = segment(Note(number=1, text=text, span=(0, len(text))))
    assert len(pieces) == 1


@pytest.mark.parametrize("note, shorts", [
    ("Roe, “Example Playbook,” and Doe, 195–97; cf. Poe, 41.", ["Roe, “Example Playbook,”", "Doe, 195–97", "Poe, 41."]),
    ("Doe, 195–97, and Roe, “Example Playbook.”", ["Doe, 195–97,", "Roe, “Example Playbook.”"]),
])
def test_short_forms_joined_by_and_are_each_a_citation(note, shorts):
    """Blog notes join short forms with "and" as often as with semicolons: each is cited, none is lost as prose."""
    pieces, _ = cut(note)
    assert [kind for kind, _, _ in pieces] == ["short"] * len(shorts)
    assert [text.strip().rstrip(",;.") for _, _, text in pieces] == [s.strip().rstrip(",;.") for s in shorts]


def test_ee_uu_spelt_with_a_space_is_one_abbreviation_not_the_end_of_a_citation():
    """The RAE spells the United States "EE. UU.": the body named with it is one author, not a short form and a work."""
    pieces, _ = cut('Departamento de Justicia de EE. UU., "Example Leaders Charged", comunicado, 23 de febrero de 2023.')
    assert [kind for kind, _, _ in pieces] == ["full"]
