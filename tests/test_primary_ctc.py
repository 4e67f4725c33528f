"""Counter-terrorism notes: court filings and judgments, a group's statements and media offices, posts on
channels, jihadist periodicals and transliterated Arabic names."""
from __future__ import annotations

import pytest

import citex
from citex.model import Piece
from citex.parse import parse_piece
from citex.parse.names import parse_names


def full(text: str):
    return parse_piece(Piece(note=1, index=0, text=text, span=(0, len(text)), kind="full"))


@pytest.mark.parametrize(
    ("text", "title", "court", "genre"),
    [
        pytest.param("Affidavit of FBI Special Agent Jane Roe in Support of Criminal Complaint, United States v. John Doe, "
                     "No. 1:16-mj-00457 (S.D.N.Y. May 12, 2016), para. 14.", "United States v. John Doe", "S.D.N.Y.",
                     "Affidavit of FBI Special Agent Jane Roe in Support of Criminal Complaint, No. 1:16-mj-00457",
                     id="an-affidavit-named-before-its-case"),
        pytest.param("Government's Sentencing Memorandum, United States v. John Doe, No. 1:16-cr-123 (S.D.N.Y. filed "
                     "September 8, 2017), p. 22.", "United States v. John Doe", "S.D.N.Y.",
                     "Government’s Sentencing Memorandum, No. 1:16-cr-123", id="a-sentencing-memorandum-filed"),
        pytest.param("European Court of Human Rights, Example v. the United Kingdom, Application no. 4755/16, Judgment, "
                     "February 28, 2019.", "Example v. the United Kingdom", "European Court of Human Rights",
                     "Application no. 4755/16", id="a-court-named-before-its-case"),
        pytest.param("Criminal Complaint, *United States v. Jane Roe et al.*, No. 1:23-cr-00180 (S.D.N.Y. 2023).",
                     "United States v. Jane Roe et al.", "S.D.N.Y.", "Criminal Complaint, No. 1:23-cr-00180",
                     id="a-complaint-before-its-case-in-italics"),
        pytest.param("Indictment, *United States v. John Doe*, No. 1:20-cr-00123 (S.D.N.Y. filed March 3, 2020), p. 4.",
                     "United States v. John Doe", "S.D.N.Y.", "Indictment, No. 1:20-cr-00123", id="an-indictment-filed"),
        pytest.param("Government's Position on Sentencing, *United States v. John Doe*, Case No. 1:16-cr-42 (E.D. Va. 2016), "
                     "p. 7.", "United States v. John Doe", "E.D. Va.", "Government’s Position on Sentencing, Case No. 1:16-cr-42",
                     id="the-governments-position-on-sentencing"),
        pytest.param("United States v. John Doe, No. 17-cr-722 (VSB) (S.D.N.Y. 2023), Trial Transcript, January 17, 2023, "
                     "pp. 1412-1415.", "United States v. John Doe", "S.D.N.Y.", "Trial Transcript, No. 17-cr-722 (VSB)",
                     id="a-transcript-named-after-its-case-and-docket"),
    ],
)
def test_court_filings_and_cases(text, title, court, genre):
    work = full(text).work
    assert (work.type, work.authors, work.title, work.publisher, work.genre) == ("document", (), title, court, genre)


@pytest.mark.parametrize(
    ("text", "court", "date"),
    [
        pytest.param("Oberlandesgericht Example, judgment of December 7, 2016, 4 StS 1/16.", "Oberlandesgericht Example",
                     (2016, 12, 7), id="a-german-court"),
        pytest.param("Tribunal correctionnel de Paris, 16e chambre, jugement du 7 juillet 2016.",
                     "Tribunal correctionnel de Paris, 16e chambre", (2016, 7, 7), id="a-french-court-and-its-chamber"),
        pytest.param("Rechtbank Den Haag, ECLI:NL:RBDHA:2015:16102, December 10, 2015.", "Rechtbank Den Haag",
                     (2015, 12, 10), id="a-dutch-court-and-its-identifier"),
    ],
)
def test_european_judgments(text, court, date):
    from citex.parse.features import judge

    assert judge(text)[0] == "full"
    work = full(text).work
    assert (work.type, work.publisher, work.date) == ("document", court, date)


def test_a_short_form_by_a_party_of_a_case():
    import citex

    doc = citex.extract("Notes\n\n1. United States v. Samir Example, Criminal Complaint, E.D.N.Y., March 3, 2015.\n"
                        "2. Example, p. 9.\n")
    first, second = (n.citations[0] for n in doc.notes)
    assert (second.kind, second.item, second.locator) == ("short", first.item, "9")


@pytest.mark.parametrize(
    ("text", "who", "platform"),
    [
        pytest.param("Post on the “Nashir” Telegram channel, April 11, 2017.", "Nashir", "Telegram", id="telegram"),
        pytest.param("Message on the “Example Growers” WhatsApp group, April 11, 2017.", "Example Growers", "WhatsApp",
                     id="whatsapp-group-names-its-platform"),
        pytest.param("WhatsApp message, “Example Growers” group, April 11, 2017.", "Example Growers", "WhatsApp",
                     id="platform-first"),
        pytest.param("Telegram post, Example News Agency, April 11, 2017.", "Example News Agency", "Telegram",
                     id="platform-first-no-word-for-the-channel"),
    ],
)
def test_a_post_on_a_channel(text, who, platform):
    work = full(text).work
    assert (work.type, work.authors[0].literal, work.container, work.date) == ("webpage", who, platform, (2017, 4, 11))


def test_a_whatsapp_message_by_its_author():
    work = full("Jane Roe, WhatsApp message, April 11, 2017.").work
    assert (work.type, work.authors[0].family, work.container, work.date) == ("webpage", "Roe", "WhatsApp", (2017, 4, 11))


@pytest.mark.parametrize(
    ("text", "family", "given", "publisher"),
    [
        pytest.param("Iyad Ag Example, audio statement announcing the founding of a group, al-Zallaqa Media, March 2, 2017.",
                     "Ag Example", "Iyad", "al-Zallaqa Media", id="untitled-audio-statement"),
        pytest.param("Statement by ISIS spokesman Abu al-Hassan al-Muhajir, “You Will Remember,” al-Furqan Media, "
                     "December 5, 2016.", "al-Muhajir", "Abu al-Hassan", "al-Furqan Media", id="a-groups-spokesman"),
        pytest.param("Abu Muhammad al-Adnani, “Say, Die in Your Rage,” al-Furqan Media, January 26, 2015.", "al-Adnani",
                     "Abu Muhammad", "al-Furqan Media", id="a-titled-statement-released-by-a-media-office"),
    ],
)
def test_a_groups_statements(text, family, given, publisher):
    work = full(text).work
    assert (work.type, work.authors[0].family, work.authors[0].given, work.publisher, work.container) == \
        ("speech", family, given, publisher, None)


def test_a_news_sites_media_company_is_no_media_office():
    work = full("Jane Roe, “Example Story,” Vox Media, January 26, 2015.").work
    assert work.type != "speech"


def test_an_interview_in_an_articles_title_is_no_interview():
    work = full("Jane Roe, “An Interview with John Doe, Example Organiser,” *Example Blog*, November 18, 2016, "
                "https://example.org/an-interview-with-john-doe/.").work
    assert (work.type != "interview", work.authors[0].family, work.title, work.url) == \
        (True, "Roe", "An Interview with John Doe, Example Organiser", "https://example.org/an-interview-with-john-doe/")


def test_an_issue_of_a_titled_article():
    work = full("“Example Title,” *Rumiyah*, issue 1, September 2016, pp. 34-36.").work
    assert (work.container, work.issue, work.page) == ("Rumiyah", "1", "34-36")


@pytest.mark.parametrize(
    ("name", "family", "given"),
    [
        pytest.param("Abu Bakr al-Baghdadi", "al-Baghdadi", "Abu Bakr", id="kunya-then-nisba"),
        pytest.param("Abu al-Hassan al-Muhajir", "al-Muhajir", "Abu al-Hassan", id="kunya-with-its-own-article"),
        pytest.param("Muhammad Mahmud Abu al-Ma`ali", "Abu al-Ma`ali", "Muhammad Mahmud", id="abu-opening-the-surname"),
    ],
)
def test_arabic_names(name, family, given):
    assert [(n.family, n.given) for n in parse_names(name)] == [(family, given)]


def test_a_reports_pages_cited_are_its_pinpoint():
    cit = full("\"Final report of the Panel of Experts on Example,\" S/2018/581, United Nations Security Council, August 9, "
               "2018, pp. 12-14.")
    assert (cit.work.type, cit.work.page, cit.locator, cit.work.genre) == ("report", None, "12-14", "S/2018/581")


def test_a_short_form_with_et_al():
    import citex

    doc = citex.extract("Notes\n\n1. Maura Example et al., \"Disrupting Daesh,\" *Studies in Example* 42:1-2 (2019): pp. "
                        "141-160.\n2. Example et al., p. 150.\n")
    first, second = (n.citations[0] for n in doc.notes)
    assert (second.kind, second.item, second.locator) == ("short", first.item, "150")


def test_a_jihadist_groups_name_is_its_author():
    work = full("Jama'at Nusrat al-Islam wal-Muslimin, \"Statement on the Operations,\" al-Zallaqa Media, December 2019.").work
    assert ([a.literal for a in work.authors], work.type, work.publisher) == \
        (["Jama’at Nusrat al-Islam wal-Muslimin"], "speech", "al-Zallaqa Media")


def test_a_speech_titled_as_one_given_in_a_town():
    work = full("Emmanuel Exemple, \"Discours du Président de la République sur les séparatismes,\" Les Mureaux, "
                "2 octobre 2020.").work
    assert (work.type, work.place, work.container) == ("speech", "Les Mureaux", None)


def test_a_command_paper_number():
    work = full("Home Office, \"CONTEST: The Example Strategy for Countering Terrorism,\" Cm 9608, June 2018, available at "
                "https://www.gov.uk/contest.").work
    assert (work.type, work.genre, work.container) == ("report", "Cm 9608", None)


def test_a_french_government_communique():
    work = full("\"Communiqué du Gouvernement suite à l'attaque,\" Gouvernement du Burkina Faso, 7 novembre 2019.").work
    assert (work.type, work.publisher) == ("document", "Gouvernement du Burkina Faso")


def test_a_german_judgment_keeps_its_file_number():
    import citex

    doc = citex.extract("Notes\n\n1. See, e.g., Oberlandesgericht Example, Urteil vom 15. Februar 2019, Az. III-5 StS 3/18.\n")
    note = doc.notes[0]
    assert len(note.citations) == 1 and note.citations[0].raw.endswith("Az. III-5 StS 3/18.")


def test_a_platform_post_on_a_named_channel():
    work = full("Telegram post, \"Nashir News Agency\" channel, November 3, 2018.").work
    assert (work.type, work.authors[0].literal, work.container, work.title) == \
        ("webpage", "Nashir News Agency", "Telegram", None)


@pytest.mark.parametrize(
    ("text", "who", "place"),
    [
        pytest.param("Author interview, municipal police officer, location withheld, November 2023.",
                     "municipal police officer", None, id="location-withheld"),
        pytest.param("Author interview, former militia commander, Taliban deputy provincial governor, Kandahar, "
                     "Afghanistan, April 11, 2023.", "former militia commander, Taliban deputy provincial governor",
                     "Kandahar, Afghanistan", id="an-office-is-no-place"),
        pytest.param("Author interview with an example commander, Exampleville (location withheld), March 3, 2022.",
                     "an example commander", "Exampleville", id="a-town-then-location-withheld"),
        pytest.param("Interview with an example official, Exampleton [exact location withheld for security reasons], "
                     "Examplestan, May 2021.", "an example official", "Exampleton, Examplestan", id="withheld-in-brackets"),
    ],
)
def test_what_an_interview_says_of_its_place(text, who, place):
    work = full(text).work
    assert (work.authors[0].literal, work.place) == (who, place)


@pytest.mark.parametrize(
    ("text", "who", "medium"),
    [
        pytest.param("Interview with a former example official, conducted via encrypted messaging application, May 2023.",
                     "a former example official", "encrypted messaging application", id="conducted-via-an-app"),
        pytest.param("Author interview, example defector, via text message, May 2023.", "example defector", "text message",
                     id="via-text-message"),
    ],
)
def test_how_an_interview_was_held_is_its_medium_not_who_was_heard(text, who, medium):
    work = full(text).work
    assert (work.authors[0].literal, work.medium) == (who, medium)


@pytest.mark.parametrize(
    ("text", "who", "place", "medium"),
    [
        pytest.param("Author telephone interview, example security analyst based in Exampleville, June 2022.",
                     "example security analyst based in Exampleville", None, None, id="where-the-person-is-based-is-who"),
        pytest.param("Interview with an official of the Example Ministry, Exampleville, 22 May 2019 (name withheld on request).",
                     "an official of the Example Ministry", "Exampleville", None, id="a-name-withheld-is-no-place"),
        pytest.param("Interview by the authors with a former example investigator, via Zoom, April 2023.",
                     "a former example investigator", None, "Zoom", id="interview-by-the-authors-via-an-app"),
    ],
)
def test_what_follows_the_person_interviewed(text, who, place, medium):
    work = full(text).work
    assert (work.authors[0].literal, work.place, work.medium) == (who, place, medium)


def test_an_italian_courts_section_abbreviated_does_not_end_the_citation():
    from citex import extract

    doc = extract("Notes\n\n1. Corte di Cassazione, Sez. III penale, sentenza n. 1234/2020, 16 gennaio 2020 (dep. 20 febbraio "
                  "2020), caso Example.\n2. Corte di Cassazione, Sez. Un., sentenza n. 5678/2019.\n")
    first, second = (n.citations[0] for n in doc.notes)
    assert (first.kind, first.work.publisher, first.work.title, first.work.date) == (
        "full", "Corte di Cassazione, Sez. III penale", "sentenza n. 1234/2020", (2020, 1, 16))
    assert (second.kind, second.work.publisher) == ("full", "Corte di Cassazione, Sez. Un.")


@pytest.mark.parametrize(
    ("text", "author", "title", "genre"),
    [
        pytest.param("June S. Example, \"Mexico: Organized Crime,\" Congressional Research Service, R41576, updated "
                     "June 7, 2022.", "Example", "Mexico: Organized Crime", "R41576", id="crs-named-after-the-title"),
        pytest.param("Christopher M. Example, Iraq and U.S. Policy, CRS Report R45025 (Washington, D.C.: Congressional "
                     "Research Service, updated May 2, 2023), p. 6.", "Example", "Iraq and U.S. Policy", "CRS Report R45025",
                     id="a-title-with-and-is-no-second-author"),
        pytest.param("Jason H. Example, *Early Governance Patterns*, RR-A2145-1 (Santa Monica, CA: RAND Corporation, 2023), "
                     "p. 18.", "Example", "Early Governance Patterns", "RR-A2145-1", id="a-rand-report-number"),
        pytest.param("Phillip Example, The Shia Jihad in Syria, Policy Focus 138 (Washington, D.C.: Washington Institute "
                     "for Near East Policy, 2015), p. 22.", "Example", "The Shia Jihad in Syria", "Policy Focus 138",
                     id="a-policy-focus-series"),
    ],
)
def test_numbered_reports_of_research_services_and_think_tanks(text, author, title, genre):
    work = full(text).work
    assert (work.type, [a.family for a in work.authors], work.title, work.genre) == ("report", [author], title, genre)


def test_a_magazines_number_with_a_full_date():
    cit = full("José Luis Ejemplo and Alejandra Ejemplo, “Los químicos del cártel,” *Proceso*, no. 2401 (November 6, "
               "2022): pp. 22-27.")
    assert (cit.work.type in ("article-magazine", "article-journal"), cit.work.container, cit.work.issue, cit.work.page) \
        == (True, "Proceso", "2401", "22-27")


def test_afghan_and_arabic_given_names():
    assert [(n.family, n.given) for n in parse_names("Mohammad Yunus Example")] == [("Example", "Mohammad Yunus")]


def test_an_inspector_general_and_a_news_channel_are_bodies():
    from citex.parse.names import is_organisation

    assert is_organisation("Special Inspector General for Afghanistan Reconstruction") and is_organisation("Sabereen News")


def test_a_media_note_is_a_document_and_a_chapter_a_chapter():
    assert full("U.S. Department of Example, “Designation of Example,” media note, July 2, 2009.").work.type == "document"
    cit = full("Nathan P. Example, Illicit Networks and the State (Washington, D.C.: Example University Press, 2016), "
               "chapter 4.")
    assert (cit.locator, cit.label) == ("4", "chapter")


@pytest.mark.parametrize(
    ("text", "who", "platform", "genre"),
    [
        pytest.param("Juan Ejemplo (@JuanEjemplo), Twitter, October 18, 2019.", "Ejemplo, Juan", "Twitter", "Post",
                     id="a-person-is-named-as-a-person-without-the-handle"),
        pytest.param("Policía Nacional de Ejemplo (@PoliciaEjemplo), Facebook post, May 12, 2016.",
                     "Policía Nacional de Ejemplo", "Facebook", "Facebook post", id="a-body-without-its-handle"),
    ],
)
def test_a_post_by_an_account_with_its_handle(text, who, platform, genre):
    work = full(text).work
    author = work.authors[0]
    name = author.literal or f"{author.family}, {author.given}"
    assert (work.type, name, work.container, work.genre) == ("webpage", who, platform, genre)
    assert "(@" in work.raw  # the handle is kept where the note printed it


@pytest.mark.parametrize(
    ("text", "title", "place", "date"),
    [
        pytest.param("Author’s field notes, Pichari, VRAEM, Peru, May 2013.", "Author’s field notes", "Pichari, VRAEM, Peru",
                     (2013, 5), id="english"),
        pytest.param("Notas de campo de la autora, Ayacucho, 12 de marzo de 2015.", "Notas de campo de la autora", "Ayacucho",
                     (2015, 3, 12), id="spanish"),
    ],
)
def test_the_authors_field_notes(text, title, place, date):
    work = full(text).work
    assert (work.type, work.title, work.place, work.date) == ("document", title, place, date)


def test_field_notes_in_a_sentence_are_no_citation():
    from citex.parse.features import judge

    assert judge("The field notes of the expedition describe a storm.")[0] is None


@pytest.mark.parametrize(
    ("note", "sender", "genre", "date"),
    [
        pytest.param("Letter dated 5 May 2021 from the Permanent Mission of Example Land to the United Nations addressed to "
                     "the Panel.", "Permanent Mission of Example Land to the United Nations", "Letter to the Panel", (2021, 5, 5),
                     id="dated-then-addressed-to"),
        pytest.param("Example Watch letter to the Ministry of Defense, June 2, 2021.", "Example Watch",
                     "Letter to Ministry of Defense", (2021, 6, 2), id="writer-before-the-letter"),
        pytest.param("Response from the Ministry of Interior to Example Watch, June 10, 2021.", "Ministry of Interior",
                     "Response to Example Watch", (2021, 6, 10), id="a-response"),
        pytest.param("Email from a UN official to Example Watch, April 20, 2023.", "a UN official", "Email to Example Watch",
                     (2023, 4, 20), id="an-email-from-someone-unnamed"),
        pytest.param("Letter from Example Watch to John Doe, Minister of Defense, Example Land, May 2, 2023.", "Example Watch",
                     "Letter to John Doe, Minister of Defense, Example Land", (2023, 5, 2), id="a-recipient-and-his-office"),
        pytest.param("Letter from Jane Roe, Executive Director, Example Watch, to Prime Minister John Doe, July 16, 2021.",
                     "Roe, Jane", "Letter to Prime Minister John Doe", (2021, 7, 16), id="a-sender-and-her-office"),
    ],
)
def test_letters_emails_and_responses_between_bodies(note, sender, genre, date):
    import citex

    doc = citex.extract(f"Notes\n\n1. {note}\n")
    note = doc.notes[0]
    work = note.citations[0].work
    assert note.commentary is None and len(note.citations) == 1
    assert (work.type, work.authors[0].display(), work.genre, work.date) == ("document", sender, genre, date)


@pytest.mark.parametrize(
    ("note", "sender", "genre", "date"),
    [
        pytest.param("Frank Example to Guy Roe, 12 Mar. 1909, Letter Book 14, fol. 212, Example Railway Records, Museo "
                     "Nacional Ferroviario, Buenos Aires.", "Example, Frank", "Letter to Guy Roe", (1909, 3, 12),
                     id="a-given-name-no-list-holds"),
        pytest.param("Example Brothers & Co. to Ernesto Roe, 21 June 1910, HC 4.1.174, Example Archive, London.",
                     "Example Brothers & Co.", "Letter to Ernesto Roe", (1910, 6, 21), id="a-firm-writes"),
        pytest.param("D'Arcy Doe to Lever, 19 March 1923, ibid.", "Doe, D’Arcy", "Letter to Lever", (1923, 3, 19),
                     id="an-apostrophe-name-then-ibid"),
    ],
)
def test_a_letter_in_a_companys_papers_is_read_whoever_its_parties_are(note, sender, genre, date):
    # business historians cite letters by writer and recipient, a firm among them; the papers after the date say a letter
    import citex

    note = citex.extract(f"Notes\n\n1. {note}\n").notes[0]
    work = note.citations[0].work
    assert (work.type, work.authors[0].display(), work.genre, work.date) == ("document", sender, genre, date)


def test_a_headline_with_to_is_no_letter_without_the_papers_that_hold_one():
    from citex.parse import primary

    assert primary.letter("Example Bank to Cut Rates, March 3, 2016, Example Times.") is None


@pytest.mark.parametrize(
    ("note", "body", "title", "publisher", "place", "date"),
    [
        pytest.param("EXNM statement, 2 March 2022.", "EXNM", "Statement", None, None, (2022, 3, 2), id="acronym-then-statement"),
        pytest.param("Example Media Cell (Khaliyat al-Mithal), statement, 21 January 2021.",
                     "Example Media Cell (Khaliyat al-Mithal)", "Statement", None, None, (2021, 1, 21), id="a-body-with-its-name-glossed"),
        pytest.param("Example State claim of responsibility, Example Agency, 3 March 2021.", "Example State",
                     "Claim of responsibility", "Example Agency", None, (2021, 3, 3), id="a-claim-and-the-outlet-that-carried-it"),
        pytest.param("Communiqué du gouvernement de la Transition, Bamako, 15 février 2022.", "gouvernement de la Transition",
                     "Communiqué", None, "Bamako", (2022, 2, 15), id="a-communique-dated-from-a-capital"),
    ],
)
def test_untitled_statements_claims_and_communiques(note, body, title, publisher, place, date):
    import citex

    doc = citex.extract(f"Notes\n\n1. {note}\n")
    (cit,) = doc.notes[0].citations
    w = cit.work
    assert (w.type, w.authors[0].literal, w.title, w.publisher, w.place, w.date) == ("document", body, title, publisher, place, date)


def test_a_statement_by_a_body_with_its_heading_stays_a_speech():
    import citex

    work = citex.extract("Notes\n\n1. Statement by the Example Community of States, Abuja, 7 September 2019.\n") \
        .notes[0].citations[0].work
    assert work.type == "speech"


@pytest.mark.parametrize("text, genre", [
    pytest.param("United States of America v. John Example, Indictment, 20 Cr. 677, U.S. District Court for the Southern "
                 "District of New York, December 16, 2020", "Indictment, 20 Cr. 677", id="a-southern-district-docket"),
    pytest.param("United States v. John Doe, Criminal Complaint, No. 1:15-cr-00123, U.S. District Court, Eastern District of "
                 "New York, March 4, 2015", "Criminal Complaint, No. 1:15-cr-00123", id="a-federal-case-number"),
])
def test_a_filing_keeps_its_docket_number(text, genre):
    assert full(text).work.genre == genre


@pytest.mark.parametrize(
    ("text", "container", "issue", "date", "locator"),
    [
        pytest.param("Dabiq, no. 4 (October 2014): 8-9.", "Dabiq", "4", (2014, 10), "8-9", id="number-then-month-in-brackets"),
        pytest.param("Rumiyah 3 (November 2016): 10-12.", "Rumiyah", "3", (2016, 11), "10-12", id="bare-number"),
        pytest.param("Al-Naba, no. 226 (19 March 2020): 3.", "Al-Naba", "226", (2020, 3, 19), "3", id="a-day-in-brackets"),
    ],
)
def test_a_known_periodicals_issue_dated_in_brackets(text, container, issue, date, locator):
    c = full(text)
    assert (c.work.type, c.work.container, c.work.issue, c.work.date, c.locator) == (
        "article-magazine", container, issue, date, locator)


@pytest.mark.parametrize(
    ("text", "kind", "who", "outlet", "place"),
    [
        pytest.param("Interview with Hassan Example, Al-Mayadeen, January 26, 2019.", "interview", "Example", "Al-Mayadeen", None,
                     id="an-interview-on-a-broadcaster-is-no-place"),
        pytest.param("Qais al-Example, interview with Example TV, March 2, 2020.", "interview", "Qais al-Example", "Example TV",
                     None, id="who-gave-an-interview-to-a-broadcaster"),
        pytest.param("Abdul-Malik al-Example, televised speech, Al-Masirah, October 10, 2023.", "speech", "al-Example",
                     "Al-Masirah", None, id="a-televised-speech-names-its-broadcaster"),
        pytest.param("Hassan Example, speech on the anniversary, broadcast on Al-Manar, January 3, 2021.", "speech", "Example",
                     "Al-Manar", None, id="broadcast-on-a-channel"),
    ],
)
def test_a_broadcaster_after_an_interview_or_speech(text, kind, who, outlet, place):
    work = full(text).work
    name = work.authors[0]
    assert (work.type, name.family or name.literal, work.container or work.publisher, work.place) == (kind, who, outlet, place)


def test_an_oral_history_names_its_years_and_the_body_that_keeps_it():
    work = full("Richard Roe, oral history interview by Robert M. Doe, 1982–1983, Center for the Study of Examples, CIA, 14.").work
    assert (work.type, work.date, work.publisher, work.place) == ("interview", (1982,), "Center for the Study of Examples, CIA", None)


@pytest.mark.parametrize(("note", "channel"), [
    ('Post on Example-affiliated Telegram channel "Militant Example," June 14, 2022, archived by the authors.',
     "Militant Example"),
    ('Post on Telegram channel "Example News Agency," March 3, 2024.', "Example News Agency"),
])
def test_a_post_on_a_channel_named_after_the_word_channel(note, channel):
    import citex

    (n,) = citex.extract(f"Notes\n\n1. {note}\n").notes
    w = n.citations[0].work
    assert ([a.literal for a in w.authors], w.container) == ([channel], "Telegram")


@pytest.mark.parametrize(
    ("note", "author", "title", "genre", "date", "locator"),
    [
        pytest.param("Security Council press release SC/13148, 22 December 2017.", "United Nations Security Council", None,
                     "Press release SC/13148", (2017, 12, 22), None, id="press-release-by-number"),
        pytest.param("UN Security Council, 8151st meeting, S/PV.8151, December 22, 2017, 3 (statement of Ambassador Roe).",
                     "United Nations Security Council", "8151st meeting", "S/PV.8151", (2017, 12, 22), "3",
                     id="meeting-record"),
        pytest.param("Statement by the President of the Security Council, S/PRST/2017/22, 6 November 2017.",
                     "United Nations Security Council", "Statement by the President of the Security Council",
                     "S/PRST/2017/22", (2017, 11, 6), None, id="presidential-statement-is-no-speech-given-at-its-symbol"),
    ],
)
def test_united_nations_documents_cited_by_number(note, author, title, genre, date, locator):
    import citex

    (n,) = citex.extract(f"Notes\n\n1. {note}\n").notes
    (c,) = n.citations
    w = c.work
    assert (w.type, [a.literal for a in w.authors], w.title, w.genre, w.date, c.locator) == (
        "document", [author], title, genre, date, locator)


@pytest.mark.parametrize(("note", "locator", "label"), [
    ("S/RES/1970 (2011), 26 February 2011, paras 9–10 and 24.", "9-10 and 24", "paragraph"),
    ("S/RES/2231 (2015), annex B, para 4.", "annex B, para. 4", "section"),
])
def test_a_resolutions_paragraphs_and_annex_are_its_pinpoint(note, locator, label):
    import citex

    (n,) = citex.extract(f"Notes\n\n1. {note}\n").notes
    (c,) = n.citations
    assert (c.work.title.split()[0], c.locator, c.label) == ("Resolution", locator, label)


@pytest.mark.parametrize(
    ("note", "title", "container", "volume", "date", "locator"),
    [
        pytest.param('Memorandum for the Record, "Minutes of the Meeting of the Example Committee, 6 October 1970," October 7, '
                     "1970, FRUS, 1969–1976, vol. XXI, doc. 150.", "Minutes of the Meeting of the Example Committee, 6 October "
                     "1970", "Foreign Relations of the United States, 1969–1976", "XXI", (1970, 10, 7), "150",
                     id="short-series-name"),
        pytest.param("Telegram from the Embassy in Examplia to the Department of State, Example City, March 27, 1964, in "
                     "Foreign Relations of the United States, 1964–1968, vol. XXXI, South and Central America; Mexico, ed. "
                     "Jane Roe and John Doe (Washington, DC: Government Printing Office, 2004), doc. 187.", None,
                     "Foreign Relations of the United States, 1964–1968, South and Central America; Mexico", "XXXI",
                     (1964, 3, 27), "187", id="in-the-volume-whose-title-holds-a-semicolon"),
        pytest.param("FRUS, 1964–1968, vol. VI, Vietnam, January–August 1968, doc. 104.",
                     "Foreign Relations of the United States, 1964–1968, Vietnam, January–August 1968", None, "VI", None, "104",
                     id="the-volume-and-a-document-of-it"),
    ],
)
def test_documents_printed_in_foreign_relations_of_the_united_states(note, title, container, volume, date, locator):
    import citex

    (n,) = citex.extract(f"Notes\n\n1. {note}\n").notes
    (c,) = n.citations
    w = c.work
    assert (w.title if title else title, w.container, w.volume, w.date, c.locator) == (title, container, volume, date, locator)
    assert not any(a.family == "FRUS" for a in w.authors)


@pytest.mark.parametrize("release", ["declassified and approved for release April 10, 2004", "released under FOIA June 25, 2007",
                                     "approved for release 2004/04/10"])
def test_the_day_a_secret_document_was_released_does_not_date_it(release):
    import citex

    (n,) = citex.extract(f"Notes\n\n1. Example Intelligence Agency, “Example Determined to Strike,” Example Daily Brief, "
                         f"August 6, 2001, {release}.\n").notes
    assert n.citations[0].work.date == (2001, 8, 6)


@pytest.mark.parametrize(("note", "genre"), [
    ("Identical letters dated 3 July 2020 from the Permanent Representative of Examplia to the United Nations addressed to "
     "the Secretary-General and the President of the Security Council.",
     "Identical letters to the Secretary-General and the President of the Security Council"),
    ("Letter dated 3 July 2020 from the Permanent Representative of Examplia to the United Nations addressed to the Chair "
     "of the Security Council Committee established pursuant to resolution 1718 (2006).",
     "Letter to the Chair of the Security Council Committee established pursuant to resolution 1718 (2006)"),
])
def test_a_letter_to_the_united_nations_by_its_day_sender_and_recipient(note, genre):
    import citex

    (n,) = citex.extract(f"Notes\n\n1. {note}\n").notes
    (c,) = n.citations
    assert (c.work.type, [a.literal for a in c.work.authors], c.work.genre, c.work.date) == (
        "document", ["Permanent Representative of Examplia to the United Nations"], genre, (2020, 7, 3))


def test_a_statement_with_the_speakers_office_subject_and_venue():
    import citex

    (n,) = citex.extract("Notes\n\n1. Statement by Gen. Jane Roe, Minister of Example Affairs, on persons arrested during the "
                         "election, Parliament of Examplia, Kampala, March 4, 2021.\n").notes
    w = n.citations[0].work
    assert (w.type, w.authors[0].family, w.title, w.event_title, w.place) == (
        "speech", "Roe", "Statement by Gen. Jane Roe on persons arrested during the election", "Parliament of Examplia", "Kampala")


def test_a_remark_on_how_interviews_were_held_is_no_interview():
    doc = citex.extract("Notes\n\n1. Personal interview, U.S. example official, Tegucigalpa, March 2014. Interviews of this "
                        "kind were conducted on condition of anonymity.\n")
    [cited] = doc.notes[0].citations
    assert cited.work.type == "interview" and doc.notes[0].commentary == "Interviews of this kind were conducted on condition of " \
        "anonymity."


def test_a_town_named_for_an_office_is_the_interviews_place():
    """"Presidente Venceslau", "General Santos": a town, not the interviewee's office."""
    [cited] = citex.extract("Notes\n\n1. Personal interview, Lincoln Roe, state prosecutor, Presidente Venceslau, São Paulo, "
                            "May 2016.\n").notes[0].citations
    assert cited.work.place == "Presidente Venceslau, São Paulo"


def test_a_short_form_by_the_last_given_name_and_the_family_name():
    """"Graham Denyer Willis" is read Willis, Graham Denyer; "Denyer Willis, p. 67" names him as the article does."""
    doc = citex.extract("Notes\n\n1. Graham Denyer Roe, *The Example Consensus* (Oakland: Example Press, 2015), pp. 64-70.\n"
                        "2. Denyer Roe, p. 67.\n")
    first, again = doc.notes[0].citations[0], doc.notes[1].citations[0]
    assert (again.kind, again.item, again.locator) == ("short", first.item, "67")
    assert [(a.family, a.given) for a in {i.id: i.work for i in doc.items}[first.item].authors] == [("Denyer Roe", "Graham")]


def test_a_short_form_after_reproduced_in_inside_a_remark():
    doc = citex.extract("Notes\n\n1. Jane Jozroe, *Cobras de ejemplo* (Rio de Janeiro: Objetiva, 2005), p. 10.\n"
                        "2. The statute was published in May 1997. The author relies here on the version reproduced in Jozroe, "
                        "pp. 30-33.\n")
    [cited] = doc.notes[1].citations
    assert (cited.kind, cited.item, cited.locator) == ("short", doc.notes[0].citations[0].item, "30-33")


def test_papers_by_name_and_date_alone_and_a_spanish_headline_in_a_spanish_paper():
    doc = citex.extract("Notes\n\n1. Prensa Libre, May 16, 2011; Siglo 21, May 17, 2011.\n"
                        "2. \"Extraditan a Estados Unidos a Carlos Roe,\" El Heraldo, May 9, 2014.\n")
    assert [(c.work.type, c.work.container) for c in doc.notes[0].citations] == [
        ("article-newspaper", "Prensa Libre"), ("article-newspaper", "Siglo 21")]
    assert doc.notes[1].citations[0].work.language == "es"


def test_a_crs_reports_number_after_its_publisher_and_cna_as_a_report_publisher():
    crs = citex.extract("Notes\n\n1. June S. Roe, \"Example Trafficking Organizations,\" Congressional Research Service, R41576, "
                        "April 15, 2013, p. 21.\n").notes[0].citations[0].work
    assert (crs.type, crs.publisher, crs.genre) == ("report", "Congressional Research Service", "R41576")
    cna = citex.extract("Notes\n\n1. Ralph Roe and Javier Doe Poe, *Criminal Examples in Border Communities* (Alexandria, VA: "
                        "CNA, 2011), pp. 29-33.\n").notes[0].citations[0].work
    assert (cna.type, cna.publisher) == ("report", "CNA")


@pytest.mark.parametrize(("text", "kind", "who", "genre", "publisher"), [
    pytest.param("Example Media Agency video, June 5, 2017.", "document", "Example Media Agency", "Video", None,
                 id="a-bodys-video-by-its-day"),
    pytest.param("Video released by Example Media Agency, June 5, 2017.", "document", "Example Media Agency", "Video", None,
                 id="a-video-released-by-a-body"),
    pytest.param("Example Front communiqué, 3 May 2019.", "speech", "Example Front", "Communiqué", None,
                 id="a-groups-communique"),
    pytest.param("Ali Mohamud Roe (\"Ali Example\"), audio statement released by al-Example Media Foundation, 21 January 2016 "
                 "(in Somali).", "speech", "Roe", "Audio statement", "al-Example Media Foundation",
                 id="a-quoted-alias-a-releasing-body-and-a-language"),
])
def test_recordings_and_statements_named_by_who_released_them(text, kind, who, genre, publisher):
    [cit] = citex.extract(f"Notes\n\n1. {text}\n", input_format="text").notes[0].citations
    work = cit.work
    assert (work.type, work.authors[0].family or work.authors[0].literal, work.genre, work.publisher) == (kind, who, genre, publisher)
    assert work.date is not None


def test_a_post_with_its_language_in_brackets_inside_the_note():
    [cit] = citex.extract("Notes\n\n1. Post on Example Foundation Telegram channel (Uzbek), January 5, 2024, on file with the "
                          "authors.\n", input_format="text").notes[0].citations
    assert (cit.work.type, cit.work.container, cit.work.date) == ("webpage", "Telegram", (2024, 1, 5))


def test_a_magazine_issue_and_its_day_then_the_title_of_the_piece():
    [cit] = citex.extract("Notes\n\n1. Example Magazine, Issue 17, August 2017, \"Example Derail Operations,\" p. 12.\n",
                          input_format="text").notes[0].citations
    work = cit.work
    assert (work.type, work.title, work.container, work.issue, work.date, cit.locator) == \
        ("article-magazine", "Example Derail Operations", "Example Magazine", "17", (2017, 8), "12")


def _cited(note: str):
    doc = citex.extract(f"Text.1\n\nNotes\n\n1. {note}\n")
    return doc.notes[0].citations


@pytest.mark.parametrize("note, issue, date", [
    ("See, for example, al-Naba 239, Dhu al-Qaʿda 1441 [July 2020].", "239", (2020, 7)),
    ("Rumiyah 5, Rabiʿ al-Awwal 1438 [January 2017], pp. 8-9.", "5", (2017, 1)),
    ("Al-Naba no. 241, July 2, 2020, p. 8.", "241", (2020, 7, 2)),
    ("Al-Naba 180, 28 Jumada al-Ula 1438 / 25 February 2017, p. 3.", "180", (2017, 2, 25)),
])
def test_a_periodicals_issue_dated_by_the_hijri_calendar_or_with_no_comma_before_its_number(note, issue, date):
    [cit] = _cited(note)
    assert (cit.work.issue, cit.work.date) == (issue, date)


def test_a_hijri_date_alone_is_given_its_gregorian_day_by_the_arithmetical_calendar():
    # (22 Jumada al-Akhira 1445 is 4 January 2024; the tabular calendar may differ from the moon's by a day)
    [cit] = _cited('"Hujum Istishhadi," al-Naba 424, 22 Jumada al-Akhira 1445 AH, p. 3.')
    assert (cit.work.container, cit.work.issue, cit.work.date, cit.locator) == ("al-Naba", "424", (2024, 1, 4), "3")


def test_a_date_in_levantine_month_names():
    [cit] = _cited('Ali Roe, "An Example Report," Al-Akhbar, 17 Tammuz 2020.')
    assert cit.work.date == (2020, 7, 17)


@pytest.mark.parametrize("note, language", [
    ("Audio message attributed to Abu Musab al-Barnawi, in Hausa, 6 June 2021, on file with the author.", "ha"),
    ("Audio message attributed to Abu Musab al-Barnawi, 6 June 2021, copy in the author's possession.", None),
    ("Speech by Mohamed Hamdan Dagalo ('Hemedti'), Khartoum, 13 June 2019, broadcast on Sudan TV.", None),
])
def test_a_recording_attributed_to_someone_and_a_remark_on_its_copy_or_its_broadcast(note, language):
    [cit] = _cited(note)
    work = cit.work
    assert work.type == "speech"
    assert work.authors[0].family in ("al-Barnawi", "Dagalo")
    assert len(work.date) == 3
    assert "file" not in (work.title or "") and "broadcast" not in (work.title or "")
    if language:
        assert work.language == language


@pytest.mark.parametrize("note, who, platform", [
    ('Telegram post, "Muzamjir al-Example," July 3, 2021.', "Muzamjir al-Example", "Telegram"),
    ("X post, @Example_alsham, July 4, 2021.", "@Example_alsham", "X"),
])
def test_a_platforms_post_then_the_channel_quoted_or_by_its_handle(note, who, platform):
    [cit] = _cited(note)
    assert ([a.literal for a in cit.work.authors], cit.work.container, len(cit.work.date)) == ([who], platform, 3)


def test_a_handle_in_square_brackets_after_the_name_as_chicago_17_prints_it():
    [cit] = _cited('Abdulrazaq Example [@abdulrazaq_ex], "AQAP claims attack on a checkpoint," X (formerly Twitter), '
                   '13 August 2023, 9:14 a.m.')
    assert [(a.family, a.given) for a in cit.work.authors] == [("Example", "Abdulrazaq")]
    assert cit.work.title == "AQAP claims attack on a checkpoint"


@pytest.mark.parametrize("note, author, title", [
    ("Hukumat al-Inqadh al-Suriyya [Syrian Salvation Government], al-Taqrir al-Sanawi li-ʿAm 2020 [Annual Report for 2020] "
     "(Idlib: Wizarat al-Iʿlam, 2021), 4.", "Hukumat al-Inqadh al-Suriyya [Syrian Salvation Government]",
     "al-Taqrir al-Sanawi li-ʿAm 2020"),
    ('al-Qiyada al-ʿAmma li-Tanzim Qaʿidat al-Jihad [General Command of al-Qaeda], "Bayan bi-Shaʾn Maʿrakat Tufan al-Aqsa" '
     "[Statement on the Battle of al-Aqsa Flood], al-Sahab Media, October 8, 2023.",
     "al-Qiyada al-ʿAmma li-Tanzim Qaʿidat al-Jihad [General Command of al-Qaeda]", "Bayan bi-Shaʾn Maʿrakat Tufan al-Aqsa"),
    ("Bōeishō 防衛省 [Ministry of Defense], *Reiwa 4-nenban bōei hakusho* 令和4年版防衛白書 [Defense of Japan 2022] (Tokyo: "
     "Nikkei Insatsu, 2022), pp. 45–47.", "Bōeishō 防衛省 [Ministry of Defense]", "Reiwa 4-nenban bōei hakusho"),
])
def test_a_body_named_in_its_language_then_in_english_in_brackets_is_the_author(note, author, title):
    [cit] = _cited(note)
    assert ([a.literal for a in cit.work.authors], cit.work.title) == ([author], title)


def test_a_papers_commentator_is_its_editorial_voice():
    [cit] = _cited('Jiefangjun Bao Commentator, "Jianjue hanwei guojia zhuquan," Jiefangjun Bao, August 5, 2022.')
    assert [a.literal for a in cit.work.authors] == ["Jiefangjun Bao Commentator"]
    assert (cit.work.type, cit.work.container) == ("article-newspaper", "Jiefangjun Bao")  # (the paper's own piece)


@pytest.mark.parametrize("note, author", [
    ('Qasim al-Example, "Kalima ila al-Muslimin fi Amrika" [A Word to the Muslims in America], al-Malahim Media Foundation, '
     "May 2017.", "al-Example"),
    ('Ayman al-Example, "Wa-Saqatat al-Aqnia" [And the Masks Fell], al-Sahab Media, 2019.', "al-Example"),
    ('"Bayan bi-Shaʾn Iftiraʾat Sahifat al-Nabaʾ" [Statement on the Lies of al-Naba], Hayat Tahrir al-Sham, Amjad Foundation '
     "for Media Production, April 8, 2020.", "Hayat Tahrir al-Sham"),
])
def test_a_statement_released_by_a_groups_media_office_is_a_speech_whatever_its_date(note, author):
    [cit] = _cited(note)
    work = cit.work
    assert work.type == "speech"
    assert author in (work.authors[0].family or work.authors[0].literal)
    assert "Media" in work.publisher


def test_a_databases_record_cited_by_its_own_title_is_that_record():
    [cit] = _cited('NIST National Vulnerability Database, "CVE-2021-44228 Detail," last modified April 3, 2023, '
                   "https://nvd.nist.gov/vuln/detail/CVE-2021-44228.")
    assert (cit.work.title, cit.work.date) == ("CVE-2021-44228 Detail", (2023, 4, 3))


@pytest.mark.parametrize("note, platform", [
    ("Robert Roe (@onedingo), post on Gab, October 27, 2018, 9:49 AM.", "Gab"),
    ("Robert Roe, Gab post, October 27, 2018.", "Gab"),
    ("Robert Roe, Parler post, January 5, 2021.", "Parler"),
])
def test_posts_on_the_platforms_extremism_studies_cite(note, platform):
    [cit] = _cited(note)
    assert (cit.work.type, cit.work.container, cit.work.authors[0].family) == ("webpage", platform, "Roe")


def test_a_short_form_naming_the_first_of_several_defendants():
    doc = citex.extract("Text.1 More.2\n\nNotes\n\n1. Indictment, United States v. Dallas Erin Roe and Matthew Robert Doe, "
                        "No. 2:24-cr-00235 (E.D. Cal. September 5, 2024), ¶¶ 1-9.\n2. Roe indictment, ¶ 34.\n")
    [cit] = doc.notes[1].citations
    assert (cit.kind, cit.item, cit.locator) == ("short", doc.notes[0].citations[0].item, "34")


def test_where_the_interview_notes_are_kept_is_no_part_of_who_was_heard():
    [cit] = _cited("Interview with defense counsel for a co-defendant (Apr. 12, 2023) (notes on file with author).")
    assert ([a.literal for a in cit.work.authors], cit.work.date) == (["defense counsel for a co-defendant"], (2023, 4, 12))


@pytest.mark.parametrize("note, author", [
    ('Министерство обороны Российской Федерации, "Подразделения группировки войск улучшили положение по переднему краю," '
     "20 февраля 2024, https://function.mil.ru/news_page/country/more.htm?id=12345.", "Министерство обороны Российской Федерации"),
    ("Генеральний штаб ЗСУ, ‘Загальні бойові втрати противника з 24.02.22 по 24.02.24’, Telegram, 24 February 2024, "
     "<https://t.me/GeneralStaffZSU/12345>.", "Генеральний штаб ЗСУ"),
])
def test_a_russian_or_ukrainian_body_named_in_cyrillic_is_the_author(note, author):
    [cit] = _cited(note)
    assert [a.literal for a in cit.work.authors] == [author]
    assert cit.work.title and cit.work.title != author


def test_a_speech_titled_in_russian_is_a_speech():
    [cit] = _cited('Vladimir Putin, "Обращение Президента Российской Федерации," Kremlin, 24 February 2022, '
                   "http://kremlin.ru/events/president/news/67843.")
    assert (cit.work.type, cit.work.publisher) == ("speech", "Kremlin")


def test_what_became_of_a_page_after_its_address_is_no_part_of_the_work():
    [cit] = _cited('Petr Roe, "Nastuplenie Rossii" [The Advance of Russia], RIA Novosti, 26 February 2022, '
                   "https://ria.ru/20220226/rossiya-1775162336.html (deleted; archived at "
                   "https://web.archive.org/web/20220226051154/https://ria.ru/20220226/rossiya-1775162336.html).")
    work = cit.work
    assert (work.type, work.container, work.publisher, work.place) == ("article-newspaper", "RIA Novosti", None, None)
    assert work.url == "https://ria.ru/20220226/rossiya-1775162336.html"


@pytest.mark.parametrize(("note", "container", "issue", "locator"), [
    pytest.param("Dabiq, Issue 14, April 2016, pp. 6-8 (eulogy of the Brussels attackers).", "Dabiq", "14", "6-8",
                 id="a-description-after-the-pages"),
    pytest.param("Rumiyah, Issue 3, November 2016, pp. 10-12 (the \"Just Terror Tactics\" section).", "Rumiyah", "3", "10-12",
                 id="a-section-named-after-the-pages"),
])
def test_what_a_note_says_is_at_the_pages_cited_is_no_part_of_the_work(note, container, issue, locator):
    # (the magazine had become the author of a document titled with the rest of the note)
    import citex

    (n,) = citex.extract(f"Text.[^1]\n\n[^1]: {note}\n".encode(), name="a.md").notes
    (c,) = n.citations
    assert (c.work.type, c.work.container, c.work.issue, c.locator) == ("article-magazine", container, issue, locator)


@pytest.mark.parametrize(("body", "said", "genre"), [
    ("U.S. Department of Example", "Press Release No. 23-456", "Press Release 23-456"),
    ("Der Generalbundesanwalt beim Bundesgerichtshof", "Pressemitteilung 38/2023", "Pressemitteilung 38/2023"),
])
def test_a_press_releases_kind_and_number_are_kept(body, said, genre):
    # (capitalised, or in German, the release's kind and number had been dropped)
    import citex

    (n,) = citex.extract(f"Text.[^1]\n\n[^1]: \"Example Arrests of Suspected Members,\" {body}, {said}, July 6, 2023.\n".encode(),
                         name="a.md").notes
    w = n.citations[0].work
    assert (w.type, w.publisher, w.genre, w.date) == ("document", body, genre, (2023, 7, 6))


@pytest.mark.parametrize(("note", "author", "title", "genre", "date"), [
    pytest.param('U.S. Embassy Example, cable to Secretary of State, "Example: Taliban Seize Kabul," September 27, 1996, '
                 "declassified, National Security Archive Electronic Briefing Book No. 97, https://nsarchive2.gwu.edu/NSAEBB/"
                 "NSAEBB97/.", "U.S. Embassy Example", "Example: Taliban Seize Kabul", "Cable to Secretary of State",
                 (1996, 9, 27), id="sender-then-cable"),
    pytest.param('Central Intelligence Agency, "Example: The Regime After Withdrawal," NIE 11/37-88, March 1989.',
                 "Central Intelligence Agency", "Example: The Regime After Withdrawal", "NIE 11/37-88", (1989, 3),
                 id="an-estimate-by-its-number"),
])
def test_declassified_cables_and_estimates_as_reporters_cite_them(note, author, title, genre, date):
    # the sender, then "cable to …"; an estimate's number where an outlet would stand; a briefing book's number is no page
    import citex

    (cit,) = citex.extract(f"Notes\n\n1. {note}\n").notes[0].citations
    w = cit.work
    assert (w.type in ("document", "report"), w.authors[0].literal, w.title, w.genre, w.date) == (
        True, author, title, genre, date)
    assert cit.locator is None and w.container is None
