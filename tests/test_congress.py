"""Congressional hearings, the statements given at them, and the Congressional Record."""
from __future__ import annotations

import pytest

import citex
from citex.model import Piece
from citex.parse import parse_piece
from citex.parse.features import judge


def full(text: str):
    return parse_piece(Piece(note=1, index=0, text=text, span=(0, len(text)), kind="full"))


@pytest.mark.parametrize(
    ("text", "kind", "author", "title", "date", "locator"),
    [
        pytest.param("Hearing on Example Financing, Before the Subcommittee on Example Security, House Committee on "
                     "Example Reform, 116th Cong. (2019) (statement of Jane B. Roe).", "speech", "Roe",
                     "Hearing on Example Financing", (2019,), None, id="bluebook-statement-of-a-witness"),
        pytest.param("U.S. Congress, Senate, Committee on Example Relations, Example Financing in the Hemisphere, "
                     "114th Cong., 1st sess., 2015, S. Hrg. 114-12.", "document", "U.S. Congress",
                     "Example Financing in the Hemisphere", (2015,), None, id="chicago-hearing-with-its-number"),
        pytest.param("Testimony of Jane Roe before the Senate Committee on Banking, Housing, and Urban Affairs, Hearing on "
                     "Example Laundering, 115th Cong., 2nd sess., November 29, 2018.", "speech", "Roe",
                     "Hearing on Example Laundering", (2018, 11, 29), None, id="testimony-before-a-committee-with-commas"),
        pytest.param("*Example Enforcement: Hearing Before the Subcomm. on Example Security*, 116th Cong. 22 (2019) "
                     "(statement of John Doe, Chief, Example Patrol).", "speech", "Doe",
                     "Example Enforcement: Hearing Before the Subcomm. on Example Security", (2019,), "22",
                     id="italic-hearing-and-the-page-cited"),
    ],
)
def test_hearings(text, kind, author, title, date, locator):
    assert judge(text)[0] == "full"
    cit = full(text)
    work = cit.work
    name = work.authors[0].family or work.authors[0].literal
    assert (work.type, name, work.title, work.date, cit.locator) == (kind, author, title, date, locator)


@pytest.mark.parametrize(
    ("text", "kind", "title", "publisher", "genre", "locator"),
    [
        pytest.param("House Committee on Example Affairs, *Example Threats in the Sahel*, 116th Cong., 1st sess., "
                     "May 2, 2019, 14.", "report", "Example Threats in the Sahel", "House Committee on Example Affairs",
                     None, "14", id="chicago-committee-publication-with-its-page"),
        pytest.param("U.S. Congress, Senate, Committee on Example Services, *Example Posture Review*, 115th Cong., "
                     "2nd sess., 2018, pp. 3–5.", "report", "Example Posture Review", "Committee on Example Services",
                     None, "3-5", id="chicago-congress-then-chamber-then-committee"),
        pytest.param("House Committee on Example Affairs, *Example Shift: A Global Threat*, 113th Cong., 1st sess., "
                     "March 20, 2013, Serial No. 113-14.", "document", "Example Shift: A Global Threat",
                     "House Committee on Example Affairs", "Serial No. 113-14", None, id="a-house-serial-number-is-a-hearing"),
    ],
)
def test_publications_of_a_committee(text, kind, title, publisher, genre, locator):
    """A committee named before a title and "<n>th Cong." is the body that published it, hearing or not;
    the page after the date is the one cited."""
    cit = full(text)
    work = cit.work
    assert (work.type, work.title, work.publisher, work.genre, cit.locator) == (kind, title, publisher, genre, locator)


def test_a_witness_statement_before_a_committee_stays_testimony():
    work = full("Jane Roe, “Example Threats to the Homeland,” Statement before the House Committee on Example Security, "
                "Subcommittee on Example Intelligence, 116th Cong., 1st sess., July 10, 2019.").work
    assert (work.type, work.authors[0].family) == ("speech", "Roe")


def test_the_committee_is_where_a_statement_was_given():
    work = full("Testimony of Jane Roe before the Senate Committee on Banking, Housing, and Urban Affairs, Hearing on "
                "Example Laundering, 115th Cong., 2nd sess., November 29, 2018.").work
    assert work.event_title == "Senate Committee on Banking, Housing, and Urban Affairs"


def test_the_congressional_record():
    import citex

    doc = citex.extract("Notes\n\n1. 165 Cong. Rec. S4512 (daily ed. June 25, 2019) (statement of Sen. Jane Roe).\n")
    cit = doc.notes[0].citations[0]
    assert (cit.kind, cit.work.container, cit.work.volume, cit.work.page, cit.work.date, cit.work.authors[0].family) == \
        ("full", "Congressional Record", "165", "S4512", (2019, 6, 25), "Roe")


def test_a_congress_named_in_prose_is_no_hearing():
    assert full("Jane Roe, *The 116th Congress and the Budget* (Washington, DC: Example Press, 2020), 4.").work.type == "book"


@pytest.mark.parametrize(
    ("note", "family", "title", "event", "date", "locator"),
    [
        pytest.param('Statement of Jane A. Roe, Director, Example Bureau, before the Senate Committee on Example Affairs, '
                     '"Threats to the Example," November 17, 2022.', "Roe", "Threats to the Example",
                     "Senate Committee on Example Affairs", (2022, 11, 17), None, id="titled-statement"),
        pytest.param("John B. Doe, Commander, Example Command, statement before the Senate Committee on Example Services, "
                     "April 20, 2021, 3.", "Doe", "Statement before the Senate Committee on Example Services",
                     "Senate Committee on Example Services", (2021, 4, 20), "3", id="witness-first-with-a-page"),
        pytest.param("Testimony of Ann C. Poe, Senior Analyst, before the House Subcommittee on Example, June 9, 2015.", "Poe",
                     "Testimony of Ann C. Poe, Senior Analyst", "House Subcommittee on Example", (2015, 6, 9), None,
                     id="untitled-testimony-keeps-its-heading"),
    ],
)
def test_a_witness_statement_without_a_congress_number(note, family, title, event, date, locator):
    import citex

    doc = citex.extract(f"Text.[^1]\n\n[^1]: {note}\n")
    (c,) = doc.notes[0].citations
    w = c.work
    assert (w.type, w.authors[0].family, w.title, w.event_title, w.date, c.locator) == ("speech", family, title, event, date, locator)


@pytest.mark.parametrize(("note", "title", "event"), [
    pytest.param("Jane Roe, testimony before the Senate Caucus on Example Control, 115th Cong., 1st sess., July 25, 2017.",
                 "Testimony before the Senate Caucus on Example Control", "Senate Caucus on Example Control",
                 id="the-congress-and-session-before-the-date"),
    pytest.param("Testimony of Jane Roe, Director, Example Office, before the Senate Caucus on Example Control, “Ending the "
                 "War? Example Accord and U.S. Policy,” 115th Cong., 1st sess., July 25, 2017.",
                 "Ending the War? Example Accord and U.S. Policy", "Senate Caucus on Example Control",
                 id="titled-with-the-congress-after-the-title"),
    pytest.param("Jane Roe, testimony before the House Committee on Foreign Affairs, Subcommittee on the Western Hemisphere, "
                 "“Example Security Crisis,” March 2023.", "Example Security Crisis",
                 "House Committee on Foreign Affairs, Subcommittee on the Western Hemisphere", id="a-subcommittee-after-its-committee"),
    pytest.param("Jane Roe, “State Sponsors of Example,” testimony before the House Committee on Homeland Security, "
                 "Subcommittee on Counterterrorism and Intelligence, April 17, 2018.", "State Sponsors of Example",
                 "House Committee on Homeland Security, Subcommittee on Counterterrorism and Intelligence",
                 id="a-subcommittee-is-no-place"),
])
def test_testimony_with_its_congress_or_its_subcommittee(note, title, event):
    w = full(note).work
    assert (w.type, w.authors[0].family, w.title, w.event_title, w.place) == ("speech", "Roe", title, event, None)


@pytest.mark.parametrize(("note", "number", "publisher", "locator"), [
    pytest.param("H.R. Rep. No. 104-383, at 43–45 (1995).", "H.R. Rep. No. 104-383", "U.S. House of Representatives", "43-45",
                 id="a-house-report-and-its-pages"),
    pytest.param("S. Rep. No. 94-755, bk. 2, at 5 (1976).", "S. Rep. No. 94-755", "U.S. Senate", "5", id="a-senate-report-book"),
])
def test_a_chamber_report_by_its_number(note, number, publisher, locator):
    import citex

    (cit,) = citex.extract(f"Notes\n\n1. {note}\n").notes[0].citations
    assert (cit.work.type, cit.work.genre, cit.work.publisher, cit.locator) == ("report", number, publisher, locator)


@pytest.mark.parametrize(("note", "families"), [
    pytest.param("CRS Report R43612, The Example Crisis and U.S. Policy, by Christopher M. Roe and Carla E. Doe.",
                 ["Roe", "Doe"], id="two-authors-with-initials"),
    pytest.param("CRS Report RL32223, Example Organizations, by Audrey Kurth Roe, Huda Doe, Adam Poe, and Benjamin Loe.",
                 ["Roe", "Doe", "Poe", "Loe"], id="four-authors-serial-comma"),
    pytest.param("CRS Report R44841, Example: Background and U.S. Relations, coordinated by Clare Ribando Roe.",
                 ["Ribando Roe"], id="coordinated-by"),
])
def test_a_crs_product_by_several_authors(note, families):
    assert judge(note)[0] == "full"
    w = full(note).work
    assert (w.type, [a.family for a in w.authors], w.publisher) == ("report", families, "Congressional Research Service")


def test_at_before_an_address_is_no_container():
    w = full("U.S. Department of Example, Bureau of Examples, “Example Organizations,” at https://www.example.gov/x/, "
             "accessed March 2, 2021.").work
    assert (w.container, w.url) == (None, "https://www.example.gov/x/")


def test_an_officials_office_after_the_name_is_not_part_of_it():
    w = full("Antony J. Roe, Secretary of State, “Revocation of the Example Designations,” press statement, "
             "February 12, 2021.").work
    assert [(a.family, a.given, a.literal) for a in w.authors] == [("Roe", "Antony J.", None)]


def test_a_congress_and_its_session_are_no_place_of_the_testimony():
    import citex

    (n,) = citex.extract("Notes\n\n1. GEN Jane H. Roe, “Report to Congress on the Example Situation,” testimony before the "
                         "Senate Armed Services Committee, 110th Cong., 1st sess., 11 September 2007.\n").notes
    w = n.citations[0].work
    assert (w.type, w.place) == ("speech", None) and "110th Cong." in (w.event_title or "")


def test_testimony_before_a_subcommittee_whose_name_lists_its_subjects_with_the_hearing_in_italics():
    import citex

    (n,) = citex.extract("Notes\n\n1. Helen Roe, testimony before the Senate Judiciary Subcommittee on Privacy, Technology, and "
                         "the Law, *Oversight of AI: Insiders' Perspectives*, 118th Cong., September 17, 2024.\n").notes
    (cit,) = n.citations
    w = cit.work
    assert (w.type, [a.family for a in w.authors], w.title, w.event_title, w.date, w.container, n.commentary) == (
        "speech", ["Roe"], "Oversight of AI: Insiders’ Perspectives",
        "Senate Judiciary Subcommittee on Privacy, Technology, and the Law", (2024, 9, 17), None, None)


def test_testimony_given_in_washington_names_the_place_before_the_date():
    from citex.parse import congress

    read = congress.testimony("Jane Roe, Assistant Secretary, Bureau of Example Affairs, testimony before the Senate Caucus on "
                              "International Example Control, Washington, D.C., May 25, 2011.")
    assert read is not None
    assert (read[0].authors[0].family, read[0].place, read[0].date) == ("Roe", "Washington, D.C.", (2011, 5, 25))


@pytest.mark.parametrize(("note", "event", "place"), [
    pytest.param("Jane Roe, testimony before the Folketing’s Example Committee (Erhvervsudvalget), Copenhagen, 19 November 2018.",
                 "Folketing’s Example Committee (Erhvervsudvalget)", "Copenhagen", id="a-committee-of-another-parliament"),
    pytest.param("Jane Roe, testimony before the European Parliament's TAX3 Committee, Brussels, 21 November 2018.",
                 "European Parliament’s TAX3 Committee", "Brussels", id="a-committee-named-with-a-digit"),
])
def test_testimony_before_a_committee_of_another_parliament_names_its_town(note, event, place):
    # testimony is given outside Washington too: the town before the day, and the committee before it
    w = full(note).work
    assert (w.type, w.authors[0].family, w.event_title, w.place) == ("speech", "Roe", event, place)


def test_a_month_after_a_committee_is_its_date_not_its_town():
    w = full("Jane Roe, testimony before the Senate Committee on Example, Housing, and Urban Affairs, March 5, 2019.").work
    assert (w.event_title, w.place, w.date) == ("Senate Committee on Example, Housing, and Urban Affairs", None, (2019, 3, 5))


def test_a_hearing_named_with_its_committee_and_day_and_no_congress_is_the_witness_speech():
    [cit] = citex.extract("Notes\n\n1. Hearing on the Fiscal Year 2024 Budget Request for the Department of Example, Senate "
                          "Appropriations Subcommittee on Example, May 2, 2023 (statement of Jane Q. Roe, Secretary of "
                          "Example).\n", input_format="text").notes[0].citations
    work = cit.work
    assert (work.type, [a.family for a in work.authors], work.event_title, work.date) == \
        ("speech", ["Roe"], "Senate Appropriations Subcommittee on Example", (2023, 5, 2))
    assert work.title.startswith("Hearing on the Fiscal Year 2024 Budget Request")


def test_a_hearings_plain_title_keeps_its_commas_up_to_the_committee():
    [cit] = citex.extract("Notes\n\n1. Nomination of Admiral John C. Roe, USN, for Reappointment to the Grade of Admiral and to "
                          "Be Commander, U.S. Example Command: Hearing Before the Senate Committee on Armed Services, 117th "
                          "Cong. (2021) (testimony of Adm. John C. Roe).\n", input_format="text").notes[0].citations
    work = cit.work
    assert work.title.startswith("Nomination of Admiral John C. Roe, USN, for Reappointment") and \
        work.event_title == "Senate Committee on Armed Services"


@pytest.mark.parametrize("note, family, place, publisher", [
    ("Sigal Roe, Under Secretary for Terrorism and Financial Intelligence, 'Statement Before the House Committee on Foreign "
     "Affairs', 115th Congress, 12 September 2017.", "Roe", None, None),
    ('Jacob J. Roe, "Remarks of Secretary Roe on the Evolution of Sanctions at the Example Endowment" (speech, Washington, '
     "DC, March 30, 2016), U.S. Department of the Treasury, press release JL0398.", "Roe", "Washington, DC",
     "U.S. Department of the Treasury"),
    ('Christopher Roe, "Opening Statement to the House Select Committee on the Strategic Competition Between the United '
     'States and the Chinese Communist Party" (Washington, DC, January 31, 2024), https://www.fbi.gov/news/speeches/x.',
     "Roe", "Washington, DC", None),
])
def test_an_officials_statement_or_speech_with_its_office_place_or_release(note, family, place, publisher):
    import citex

    doc = citex.extract(f"Text.1\n\nNotes\n\n1. {note}\n")
    [cit] = doc.notes[0].citations
    work = cit.work
    assert (work.type, [a.family for a in work.authors]) == ("speech", [family])
    assert (work.place, work.publisher, cit.locator) == (place, publisher, None)


@pytest.mark.parametrize(("committee", "place"), [
    ("U.S. Senate Committee on Health, Education, Labor, and Pensions", None),
    ("Senate Committee on Commerce, Science, and Transportation", "Washington, DC"),
])
def test_testimony_before_a_committee_named_for_several_fields(committee, place):
    # (the committee's name had been cut at its first comma, the rest read as where it sat)
    import citex

    where = f", {place}" if place else ""
    (n,) = citex.extract(f"Text.[^1]\n\n[^1]: Jane Roe, \"Example Testimony,\" testimony before the {committee}{where}, June 23, "
                         "2020.\n".encode(), name="a.md").notes
    w = n.citations[0].work
    assert (w.type, w.event_title, w.place) == ("speech", committee, place)


@pytest.mark.parametrize(("note", "author", "title", "genre", "locator"), [
    pytest.param("S. REP. NO. 94-755, bk. II, at 5 (1976) [hereinafter EXAMPLE COMMITTEE REPORT].", None, None,
                 "S. REP. NO. 94-755", "5", id="small-capitals-book-and-hereinafter"),
    pytest.param("H.R. Rep. No. 95-1283, pt. 1, at 21 (1978).", None, None, "H.R. Rep. No. 95-1283", "21",
                 id="part"),
    pytest.param("S. Select Comm. on Example Affairs, Committee Study of the Example Program, S. Rep. No. 113-288, at 33 "
                 "(2014).", "S. Select Comm. on Example Affairs", "Committee Study of the Example Program",
                 "S. Rep. No. 113-288", "33", id="committee-and-title-first"),
    pytest.param("Final Report, H.R. Rep. No. 117-663, at 640–45 (2022).", None, "Final Report", "H.R. Rep. No. 117-663",
                 "640-45", id="title-first"),
])
def test_a_chambers_report_in_capitals_in_parts_or_after_its_committee_and_title(note, author, title, genre, locator):
    # law reviews print "S. REP. NO." in small capitals, a book or part of it, and the committee and title before it
    cit = full(note)
    assert cit.work.type == "report" and cit.work.genre == genre and cit.locator == locator
    assert ([a.literal for a in cit.work.authors] or [None])[0] == author and cit.work.title == title


def test_a_hereinafter_name_of_a_chambers_report_finds_it_again():
    doc = citex.extract(b"Text.[^1] More.[^2]\n\n[^1]: S. REP. NO. 94-755, bk. II, at 5 (1976) [hereinafter EXAMPLE "
                        b"COMMITTEE REPORT].\n[^2]: EXAMPLE COMMITTEE REPORT, *supra* note 1, at 290.\n", name="a.md")
    first, again = (n.citations[0] for n in doc.notes)
    assert first.item is not None and again.item == first.item and again.locator == "290"
