"""Short names a note declares ("[hereinafter PCLOB Report]", "(hereafter AP)") and later citations by them."""
from __future__ import annotations

import pytest

import citex
from citex import shortnames


def _cited(text: str) -> list[tuple]:
    doc = citex.extract("Notes\n\n" + text)
    return [(n.number, c.kind, c.item, c.locator) for n in doc.notes for c in n.citations]


@pytest.mark.parametrize(("raw", "name"), [
    ("Privacy and Civil Liberties Oversight Board, Report on the Telephone Records Program 12 (2014) [hereinafter PCLOB Report].",
     "PCLOB Report"),
    ("Archives parlementaires de 1787 à 1860, 1st ser., vol. 74 (Paris: Paul Dupont, 1909), 303–4 (hereafter AP).", "AP"),
    ("Documents diplomatiques français, 1st ser., vol. 1 (Paris: Imprimerie nationale, 1929) (hereafter cited as DDF).", "DDF"),
    ("Comisión de la Verdad y Reconciliación, Informe final (Lima: CVR, 2003) (en adelante, “CVR”).", "CVR"),
    ("Jane Roe, Example Reckoning (New York: Example Press, 2005), hereafter cited as Reckoning.", "Reckoning"),
    ("Jane Roe, Example Reckoning (New York: Example Press, 2005), 45.", None),
    ("Roe refers hereafter to her own archive.", None),
])
def test_the_short_name_a_citation_declares(raw, name):
    assert shortnames.declared(raw) == name


def test_a_short_name_of_initials_finds_its_work_with_its_pinpoint():
    cited = _cited("1. Archives parlementaires de 1787 à 1860, 1st ser., vol. 74 (Paris: Paul Dupont, 1909), 303–4 (hereafter AP).\n"
                   "2. AP, 74:304.\n")
    first = cited[0][2]
    assert cited[1] == (2, "short", first, "74:304")


def test_a_bluebook_hereinafter_name_with_supra_and_at():
    cited = _cited("1. Privacy and Civil Liberties Oversight Board, Report on the Telephone Records Program 12 (2014) "
                   "[hereinafter PCLOB Report].\n2. PCLOB Report, supra note 1, at 45.\n3. PCLOB Report at 50.\n")
    first = cited[0][2]
    assert cited[1:] == [(2, "short", first, "45"), (3, "short", first, "50")]


def test_a_note_of_the_short_name_alone_that_read_as_commentary_is_a_citation():
    # "DDF, 1st ser., 1:45." has no shape of a citation of its own: only the declared name makes it one
    doc = citex.extract("Notes\n\n1. Documents diplomatiques français, 1871–1914, 1st ser., vol. 1 (Paris: Imprimerie nationale, "
                        "1929), 45 (hereafter cited as DDF).\n2. DDF, 1st ser., 1:45.\n")
    first, again = doc.notes
    (cit,) = again.citations
    assert (cit.kind, cit.item, cit.locator, again.commentary) == ("short", first.citations[0].item, "1st ser., 1:45", None)


def test_a_full_citation_read_from_the_short_name_is_the_declared_work():
    # (a volume cited by its short name and another document number is no new book)
    doc = citex.extract("Notes\n\n1. Foreign Relations of the United States, 1961–1963, vol. X, Cuba (Washington, DC: GPO, 1997), "
                        "doc. 12 (hereafter FRUS 1961–63, X).\n2. FRUS 1961–63, X, doc. 19.\n")
    first, again = (n.citations[0] for n in doc.notes)
    assert (again.kind, again.item, again.locator) == ("short", first.item, "19")
    assert len(doc.items) == 1


def test_a_name_that_opens_another_title_is_not_the_short_name():
    # "Reckoning" declared for one book does not capture a later work whose title begins with the same word
    cited = _cited("1. Jane Roe, Example Reckoning (New York: Example Press, 2005), hereafter cited as Reckoning.\n"
                   "2. Reckoning with the Past: Essays (London: Example Books, 2010), 4.\n3. Reckoning, 88.\n")
    first = cited[0][2]
    assert cited[1][2] != first
    assert cited[2] == (3, "short", first, "88")


def test_a_short_name_does_not_match_a_longer_word():
    cited = _cited("1. Archives parlementaires de 1787 à 1860, 1st ser., vol. 74 (Paris: Paul Dupont, 1909), 303–4 (hereafter AP).\n"
                   "2. APEC, Example Outlook (Singapore: APEC, 2019), 5.\n")
    assert cited[1][2] != cited[0][2]


def test_the_short_name_of_the_volume_a_document_is_printed_in_is_no_name_of_the_document():
    # "(hereafter FRUS, 1969–1976, vol. XL)" after a memorandum printed in that volume names the volume: "FRUS, 1969–1976,
    # vol. XL, doc. 350" is another document of it, not the memorandum again
    doc = citex.extract("Notes\n\n1. Memorandum from Jane Roe to John Doe, Washington, 16 February 1970, in Foreign Relations of "
                        "the United States, 1969–1976, vol. XL, Germany and Berlin, 1969–1972, ed. David C. Geyer (Washington, DC: "
                        "Government Printing Office, 2007), doc. 64 (hereafter FRUS, 1969–1976, vol. XL).\n"
                        "2. FRUS, 1969–1976, vol. XL, doc. 350.\n")
    first, again = (n.citations[0] for n in doc.notes)
    assert again.item != first.item


def test_a_short_name_declared_for_the_archive_that_opens_a_note_names_no_document():
    import citex

    doc = citex.extract("Notes\n\n1. The National Archives, Kew (hereafter TNA), T 1/4801, Roe to Doe, 12 March 1842.\n"
                        "2. TNA, T 64/191.\n")
    assert doc.notes[1].citations[0].item != doc.notes[0].citations[0].item
