"""Human-rights and humanitarian reports as their footnotes print them: addresses without a scheme, laws and principles
cited by section, cross-references to the report's own parts, and unmarked report titles."""
from __future__ import annotations

import pytest

import citex


def _cited(note: str):
    return citex.extract(f"Text.1\n\nNotes\n\n1. {note}\n").notes[0].citations


@pytest.mark.parametrize("note, url", [
    ("OCHA, Nigeria: Humanitarian Response Plan 2022, March 2022, p. 18, available at: "
     "reliefweb.int/report/nigeria/nigeria-humanitarian-response-plan-2022-march-2022",
     "reliefweb.int/report/nigeria/nigeria-humanitarian-response-plan-2022-march-2022"),
    ("Amnesty International, Nigeria: Willingly unable (Index: AFR 44/2193/2020), 10 December 2020, "
     "amnesty.org/en/documents/afr44/2193/2020/en/", "amnesty.org/en/documents/afr44/2193/2020/en/"),
])
def test_an_address_printed_without_its_scheme_closes_a_citation(note, url):
    [cit] = _cited(note)
    assert (cit.work.url, cit.work.title.startswith("Nigeria: ")) == (url, True)
    assert len(cit.work.date) >= 2


@pytest.mark.parametrize("note, locator", [
    ("Federal Republic of Nigeria, National Policy on Internally Displaced Persons (IDPs) in Nigeria, September 2021, "
     "section 3.5.", "3.5"),
    ("Constitution of the Federal Republic of Nigeria 1999, section 41.", "41"),
    ("UN Commission on Human Rights, Guiding Principles on Internal Displacement, UN Doc. E/CN.4/1998/53/Add.2, "
     "11 February 1998, Principles 15 and 28.", "15 and 28"),
])
def test_a_section_or_several_principles_are_the_pinpoint(note, locator):
    [cit] = _cited(note)
    assert cit.locator == locator
    assert "section" not in cit.work.title and "Principles 15" not in cit.work.title


@pytest.mark.parametrize("note", ["See above, chapter 3.", "See below, section V, “Legal Standards.”"])
def test_a_cross_reference_to_the_reports_own_part_cites_nothing(note):
    assert _cited(note) == ()


def test_an_organisations_unmarked_report_title_with_a_colon_and_its_month():
    [cit] = _cited("UNHCR, Global Trends: Forced Displacement in 2022, June 2023, p. 8.")
    work = cit.work
    assert (cit.kind, work.type, work.title, work.date, cit.locator) == (
        "full", "report", "Global Trends: Forced Displacement in 2022", (2023, 6), "8")
    assert [a.literal for a in work.authors] == ["UNHCR"]


@pytest.mark.parametrize("note, who, place", [
    ("Focus group discussion with Rohingya women, Camp 15, Jamtoli, 8 June 2022.", "Rohingya women", "Camp 15, Jamtoli"),
])
def test_who_was_heard_in_a_focus_group_discussion(note, who, place):
    [cit] = _cited(note)
    assert ([a.literal for a in cit.work.authors], cit.work.place) == ([who], place)


def test_a_video_posted_on_a_platform_and_verified_by_the_researchers():
    [cit] = _cited("Video posted on Facebook on 2 December 2022, verified by Amnesty International's Digital Verification "
                   "Corps; on file with Amnesty International.")
    assert (cit.work.type, cit.work.container, cit.work.date) == ("webpage", "Facebook", (2022, 12, 2))


@pytest.mark.parametrize(("note", "title", "date"), [
    pytest.param("Leaked bank records, Example Bank Estonia branch, 2012–2014, reviewed by OCCRP and Berlingske; on file with "
                 "the author.", "Leaked bank records", (2012,), id="leaked-records-over-years"),
    pytest.param("Internal Example Bank email, 14 March 2014, reviewed by OCCRP.", "Internal Example Bank email", (2014, 3, 14),
                 id="an-internal-email"),
    pytest.param("Statement provided to the author by Example Bank, 19 September 2018.",
                 "Statement provided to the author by Example Bank", (2018, 9, 19), id="a-statement-to-the-author"),
])
def test_an_untitled_document_the_author_saw_is_a_document(note, title, date):
    # (these had been dropped without a word)
    doc = citex.extract(f"Text.[^1]\n\n[^1]: {note}\n", name="a.md")
    work = doc.notes[0].citations[0].work
    assert (work.type, work.title, work.date) == ("document", title, date)
