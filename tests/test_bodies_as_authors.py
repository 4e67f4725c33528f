"""Companies, their research teams and agencies' units signing what they publish, and people's names that hold
another given name in brackets."""
from __future__ import annotations

import pytest

import citex


def _authors(note: str):
    doc = citex.extract(f"Text.1\n\nNotes\n\n1. {note}\n")
    return doc.notes[0].citations[0].work.authors


@pytest.mark.parametrize("body", ["Progress Software", "Cisco Talos", "Palo Alto Networks Unit 42", "Kaspersky GReAT",
                                  "Microsoft 365 Defender Research Team"])
def test_a_company_or_its_research_team_signs_as_a_body(body):
    authors = _authors(f'{body}, "Threat Brief: An Example Operation," Example blog, May 22, 2024.')
    assert [a.literal for a in authors] == [body]


def test_another_given_name_in_brackets_keeps_every_author():
    authors = _authors('Steven Feldstein and Brian (Chun Hey) Kot, "Why Does the Global Spyware Industry Continue to '
                       'Thrive?," working paper, Carnegie Endowment for International Peace, March 14, 2023.')
    assert [(a.family, a.given) for a in authors] == [("Feldstein", "Steven"), ("Kot", "Brian (Chun Hey)")]


@pytest.mark.parametrize(("body", "rest"), [
    ("Paris Club", "*Annual Report 2022* (Paris: Paris Club Secretariat, 2023)."),
    ("Debt Justice", "“Example Country Debt Deal Falls Short,” press release, March 4, 2024."),
])
def test_a_creditors_club_or_a_campaign_of_two_words_is_a_body(body, rest):
    # (read as a person: "Club, Paris", "Justice, Debt")
    import citex

    (n,) = citex.extract(f"Text.[^1]\n\n[^1]: {body}, {rest}\n".encode(), name="a.md").notes
    assert n.citations[0].work.authors[0].literal == body


@pytest.mark.parametrize("person", ["Ruth Justice", "Jane Club"])
def test_a_person_whose_family_name_is_such_a_word_stays_a_person(person):
    import citex

    (n,) = citex.extract(f"Text.[^1]\n\n[^1]: {person}, *An Example Book* (London: Example Press, 2023), 4.\n".encode(),
                         name="a.md").notes
    assert n.citations[0].work.authors[0].family == person.split()[1]


@pytest.mark.parametrize("who", ["Twitter Safety", "Example Trust & Safety"])
def test_a_platforms_team_or_newsroom_signing_a_post_is_a_body(who):
    doc = citex.extract(f"Notes\n\n1. {who}, \"Disclosing Example Networks,\" Example Blog, June 12, 2020, "
                        "https://example.com/blog/2020/networks.\n")
    [cit] = doc.notes[0].citations
    assert [(a.literal, a.family) for a in cit.work.authors] == [(who, None)]
