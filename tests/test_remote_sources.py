"""Sources heard at a distance or in writing (WhatsApp, text messages, email), fieldwork interviews whose place
comes before the interview, notes on how the interviews were held, and pinpoints in parts of a document."""
from __future__ import annotations

import pytest

import citex


def _one(note: str):
    doc = citex.extract(f"Text.1\n\nNotes\n\n1. {note}\n")
    return doc.notes[0].citations


@pytest.mark.parametrize("note, who, place, medium", [
    ("WhatsApp communication with a lawyer from El Example, 2 July 2023.", "a lawyer from El Example", None, "WhatsApp"),
    ("Text message from a journalist in Mogadishu, 4 April 2022.", "a journalist", "Mogadishu", "Text message"),
    ("Communication with a lawyer, El Example, 2 July 2023.", "a lawyer", "El Example", None),
    ("WhatsApp message from a resident of El Example, 10 May 2024.", "a resident of El Example", None, "WhatsApp"),
    ("Personal communication, MSF staff member, Pemba, August 2021.", "MSF staff member", "Pemba", None),
    ("Former OFAC official, email message to the author, June 3, 2021.", "Former OFAC official", None, None),
    ("Email from a former OFAC official to the author, June 3, 2021.", "a former OFAC official", None, None),
])
def test_a_message_or_communication_from_a_source_is_a_personal_communication_kept_as_an_interview(note, who, place, medium):
    # (the gold vocabulary has no personal_communication: remote sources are the fieldwork's interviews)
    [cit] = _one(note)
    work = cit.work
    assert (cit.kind, work.type) == ("full", "interview")
    assert [a.literal for a in work.authors] == [who]
    assert (work.place, work.medium) == (place, medium)
    assert work.date is not None


@pytest.mark.parametrize("note, who, place", [
    ("Nigerian Army official, Maiduguri, interview by author, 11 June 2022.", "Nigerian Army official", "Maiduguri"),
    ("Senior AMISOM officer, Mogadishu, interview by the author, 5 March 2019.", "Senior AMISOM officer", "Mogadishu"),
])
def test_who_was_heard_then_where_then_interview_by_the_author(note, who, place):
    [cit] = _one(note)
    assert [a.literal for a in cit.work.authors] == [who]
    assert cit.work.place == place


@pytest.mark.parametrize("note, place", [
    ("Crisis Group interviews, Kidal and Gao, 2019.", "Kidal and Gao"),
    ("Author's interviews in Pemba and Montepuez, August 2021.", "Pemba and Montepuez"),
])
def test_interviews_in_two_towns_name_no_one(note, place):
    [cit] = _one(note)
    assert (cit.work.type, cit.work.authors, cit.work.place) == ("interview", (), place)


@pytest.mark.parametrize("note", [
    "Interviews were conducted under the Chatham House Rule between September 2019 and March 2020; interviewees are "
    "identified by affiliation only.",
    "Interviews were conducted in London and Brussels between May and July 2022.",
])
def test_a_note_on_how_interviews_were_held_cites_nothing(note):
    assert _one(note) == ()


def test_interviews_held_with_someone_are_still_cited():
    [cit] = _one("Interviews were conducted with coca farmers, VRAEM, May 2013.")
    assert (cit.work.type, [a.literal for a in cit.work.authors], cit.work.place) == ("interview", ["coca farmers"], "VRAEM")


@pytest.mark.parametrize("again, locator", [("Ibid., annex B, para. 2.", "B, para. 2"),
                                            ("Ibid., Government Exhibit 402.", "Government Exhibit 402"),
                                            ("Ibid., annex 2.1.", "2.1")])
def test_ibid_with_parts_no_label_list_holds_is_still_ibid(again, locator):
    doc = citex.extract("Text.1 More.2\n\nNotes\n\n1. United States v. Jane Roe, No. 17-CR-449 (E.D.N.Y. 2022), Trial "
                        f"Transcript, pp. 1123-1130.\n2. {again}\n")
    [cit] = doc.notes[1].citations
    assert (cit.kind, cit.locator, cit.item) == ("ibid", locator, doc.notes[0].citations[0].item)
    assert len(doc.items) == 1


def test_a_decimal_annex_is_the_pinpoint_of_a_report_and_of_its_symbol_alone():
    doc = citex.extract("Text.1 More.2\n\nNotes\n\n1. Report of the Monitoring Group on Example pursuant to Security Council "
                        "resolution 2317 (2016), S/2017/924, 2 November 2017, annex 2.1.\n2. S/2017/924, annex 4.3.\n")
    first, second = (n.citations[0] for n in doc.notes)
    assert (first.locator, first.label) == ("2.1", "appendix")
    assert (second.kind, second.locator, second.item) == ("short", "4.3", first.item)


@pytest.mark.parametrize(("note", "interviewees", "places"), [
    pytest.param("Interview des Autors mit einem Beamten des Auswärtigen Amts, Berlin, 12. März 2019.",
                 ["einem Beamten des Auswärtigen Amts"], ["Berlin"], id="des-autors-is-who-asked"),
    pytest.param("Telefoninterview des Autors mit einem Mitarbeiter des Internationalen Stabs der NATO, Brüssel, 4. Juni 2019; "
                 "ähnlich ein Gespräch mit einem Diplomaten, Berlin, 20. Mai 2019.",
                 ["einem Mitarbeiter des Internationalen Stabs der NATO", "einem Diplomaten"], ["Brüssel", "Berlin"],
                 id="telefoninterview-then-a-similar-talk"),
    pytest.param("Hintergrundgespräch im Bundeskanzleramt, Berlin, 3.5.2019.", None, ["Berlin"], id="background-talk"),
])
def test_german_interviews_and_background_talks(note, interviewees, places):
    # (a telephone interview and a background talk had been lost as commentary; "des Autors" had been the interviewee)
    import citex

    (n,) = citex.extract(f"Anmerkungen\n\n1 {note}\n").notes
    assert [c.work.type for c in n.citations] == ["interview"] * len(places)
    assert [c.work.place for c in n.citations] == places
    if interviewees is not None:
        assert [c.work.authors[0].literal for c in n.citations] == interviewees
