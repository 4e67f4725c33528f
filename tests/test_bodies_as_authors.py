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
