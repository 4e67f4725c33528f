"""Resolution of ibid and short forms, merging of repeated works: a table per behaviour.

``check_resolution`` reads like eyecite's ``checkResolution``: one row per note, each a list of
``(expected, citation)``.  ``expected`` is the index of the bibliography item the citation must
resolve to (items numbered in order of first citation), a list of indexes for an ambiguous
citation, or ``None`` for one that must stay unresolved.  An empty row is a commentary-only note.
"""
from __future__ import annotations

import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import citex
from citex.model import Warning
from citex.resolve import resolve
from citex.testing import full, ibid, interview, notes, org, short


def check_resolution(*rows, warnings=None):
    """Resolve the notes built from ``rows`` and compare every citation with its expectation."""
    doc = resolve(notes(*[[c for _, c in row] for row in rows]), [], source="test", fmt="text")
    expected_notes: dict[int, list[int]] = {}
    for number, row in enumerate(rows, start=1):
        for expected, _ in row:
            if isinstance(expected, int):
                assert expected <= len(expected_notes), f"bad table: item {expected} used before item {len(expected_notes)}"
                expected_notes.setdefault(expected, [])
                if number not in expected_notes[expected]:
                    expected_notes[expected].append(number)
    assert len(doc.items) == len(expected_notes), [it.id for it in doc.items]
    ids = [it.id for it in doc.items]
    for number, (row, note) in enumerate(zip(rows, doc.notes, strict=True), start=1):
        for (expected, written), cit in zip(row, note.citations, strict=True):
            where = f"note {number}: {written.raw!r}"
            if expected is None:
                assert cit.item is None and not cit.ambiguous, where
            elif isinstance(expected, list):
                assert cit.item == tuple(ids[i] for i in expected) and cit.ambiguous, (where, cit.item)
            else:
                assert cit.item == ids[expected] and not cit.ambiguous, (where, cit.item)
            assert (cit.locator, cit.label) == (written.locator, written.label), where
    for i, item in enumerate(doc.items):
        assert list(item.notes) == expected_notes[i], (item.id, item.notes)
    if warnings is not None:
        assert [w.code for w in doc.warnings] == warnings, [w.as_dict() for w in doc.warnings]
    return doc


# Works the tables cite, as the seed article and others print them.
TEGEL = full('Simeon Tegel, "As US Ups Aid to Peru\'s Drug Battle, Farmers Say They Will Fight to Defend Cocaine Source," *NBC News*, October 12, 2013.',
             type="article-newspaper", authors="Tegel, Simeon", title="As US Ups Aid to Peru's Drug Battle, Farmers Say They Will Fight to Defend Cocaine Source",
             container="NBC News", date="2013-10-12")
TARAZONA = full("Gabriela Tarazona-Sevillano and John B. Reuter, *Sendero Luminoso and the Threat of Narcoterrorism* (New York: Praeger, 1990)",
                authors="Tarazona-Sevillano, Gabriela; Reuter, John B.", title="Sendero Luminoso and the Threat of Narcoterrorism",
                place="New York", publisher="Praeger", date="1990")
KAY = full('Bruce H. Kay, "Violent Opportunities: The Rise and Fall of \'King Coca\' and Shining Path," *Journal of Interamerican Studies and World Affairs* 41:3 (1999): pp. 97-127',
           type="article-journal", authors="Kay, Bruce H.", title="Violent Opportunities: The Rise and Fall of 'King Coca' and Shining Path",
           container="Journal of Interamerican Studies and World Affairs", volume="41", issue="3", page="97-127", date="1999")
FELBAB = full("Vanda Felbab-Brown, *Shooting Up: Counterinsurgency and the War on Drugs* (Washington, D.C.: Brookings Institution Press, 2010), pp. 66-67.",
              authors="Felbab-Brown, Vanda", title="Shooting Up: Counterinsurgency and the War on Drugs", date="2010", locator="66-67")
VAN_DUN = full('Mirella van Dun, "The Drugs Industry and Peasant Self-Defence in a Peruvian Cocaine Enclave," *International Journal of Drug Policy* 23:6 (2012): pp. 442-448.',
               type="article-journal", authors="van Dun, Mirella", title="The Drugs Industry and Peasant Self-Defence in a Peruvian Cocaine Enclave",
               container="International Journal of Drug Policy", volume="23", issue="6", page="442-448", date="2012")
ROMO = full('Vanessa Romo Espinoza, "Devida afirma que se entrará al Vraem para erradicar hoja de coca," *El Comercio*, January 3, 2014.',
            type="article-newspaper", authors="Romo Espinoza, Vanessa", title="Devida afirma que se entrará al Vraem para erradicar hoja de coca",
            container="El Comercio", date="2014-01-03")
MAYO_ROMO = full('Raul Mayo Filo and Vanessa Romo Espinoza, "Recrudescen los ataques terroristas en la zona del Vraem," El Comercio, March 2, 2014.',
                 type="article-newspaper", authors="Mayo Filo, Raul; Romo Espinoza, Vanessa",
                 title="Recrudescen los ataques terroristas en la zona del Vraem", container="El Comercio", date="2014-03-02")
ESPINOSA = full("Oscar Espinosa, *Rondas campesinas y nativas en la Amazonia peruana* (Lima: Centro Amazónico de Antropología y Aplicación Práctica, 1995)",
                authors="Espinosa, Oscar", title="Rondas campesinas y nativas en la Amazonia peruana", date="1995")
ESPINOZA = full("Ana Espinoza, *Los comités de autodefensa* (Lima: IEP, 2005)",
                authors="Espinoza, Ana", title="Los comités de autodefensa", date="2005")
UNODC = full("Perú Monitoreo de Cultivos de Coca 2012 (New York: UN Office on Drugs and Crime, 2013).",
             type="report", title="Perú Monitoreo de Cultivos de Coca 2012", publisher="UN Office on Drugs and Crime", place="New York", date="2013")
WHO = full("World Health Organization, *Fiscal Policies for Diet and Prevention of Noncommunicable Diseases* (Geneva: WHO, 2016), p. 8.",
           type="report", authors=[org("World Health Organization")], title="Fiscal Policies for Diet and Prevention of Noncommunicable Diseases",
           place="Geneva", publisher="WHO", date="2016", locator="8")
UNODC_SIGNED = full("United Nations Office on Drugs and Crime, *World Drug Report 2013* (Vienna: UNODC, 2013).",
                    type="report", authors=[org("United Nations Office on Drugs and Crime")], title="World Drug Report 2013", date="2013")
NEUMAN = full('William Neuman, "Guerrilla Faction Leader is Captured in Peru," *New York Times*, February 12, 2012',
              type="article-newspaper", authors="Neuman, William", title="Guerrilla Faction Leader is Captured in Peru",
              container="New York Times", date="2012-02-12")
NEUMAN_AGAIN = full('William Neuman, "Guerrilla Faction Leader is Captured in Peru," New York Times, February 12, 2012',
                    type="article-newspaper", authors="Neuman, William", title="Guerrilla Faction Leader Is Captured in Peru",
                    container="New York Times", date="2012-02-12")
HEARN_1 = full('Kelly Hearn, "Shining Path on New Road as Drug Smugglers," *Washington Times*, April 25, 2012',
               type="article-newspaper", authors="Hearn, Kelly", title="Shining Path on New Road as Drug Smugglers",
               container="Washington Times", date="2012-04-25")
HEARN_2 = full('Kelly Hearn, "Peru Guerrillas Set Aside Rebellion for Drug Money," *Washington Times*, April 26, 2012.',
               type="article-newspaper", authors="Hearn, Kelly", title="Peru Guerrillas Set Aside Rebellion for Drug Money",
               container="Washington Times", date="2012-04-26")
SMITH_JANE = full("Jane Smith, *Coca and the State in the Andes* (Lima: IEP, 2009).",
                  authors="Smith, Jane", title="Coca and the State in the Andes", date="2009")
SMITH_ROBERT = full('Robert Smith, "Rural Patrols after the War," *Latin American Perspectives* 40:2 (2013): pp. 55-70.',
                    type="article-journal", authors="Smith, Robert", title="Rural Patrols after the War",
                    container="Latin American Perspectives", page="55-70", date="2013")
ESTRATEGIA = full("The full document, *Estrategia Nacional de Lucha Contra las Drogas 2012-2016*, is available at www.peru.gob.pe/docs/PLAN_11793.pdf",
                  type="report", title="Estrategia Nacional de Lucha Contra las Drogas 2012-2016", url="www.peru.gob.pe/docs/PLAN_11793.pdf")
ESTRATEGIA_SUMMARY = full("The summary and implementation plan for DEVIDA, *Estrategia Nacional de Lucha Contra las Drogas 2012-2016*, is available at www.devida.gob.pe/PPT_ENLCD_2012-2016.pdf",
                          type="report", title="Estrategia Nacional de Lucha Contra las Drogas 2012-2016", url="www.devida.gob.pe/PPT_ENLCD_2012-2016.pdf")
FARMER = interview("Personal interview, coca farmer, VRAEM, Peru, May 14, 2013.", "coca farmer", "VRAEM, Peru", "2013-05-14")
FARMER_ELSEWHERE = interview("See personal interview, coca farmer, Peru, May 14, 2013.", "coca farmer", "Peru", "2013-05-14")
FARMER_LATER = interview("Personal interview, coca farmer, VRAEM, Peru, May 20, 2013.", "coca farmer", "VRAEM, Peru", "2013-05-20")


IBID = [
    pytest.param([[(0, TEGEL)], [(0, ibid("Ibid."))]], [], id="bare-ibid"),
    pytest.param([[(0, TEGEL)], [(0, ibid("Ibid., p. 4.", "4"))], [(0, ibid("*Ibid.*"))]], [], id="ibid-with-locator-then-without"),
    pytest.param([[(0, KAY)], [(0, ibid("Id. at 101.", "101"))]], [], id="id-with-locator"),
    pytest.param([[(0, TEGEL), (0, ibid("ibid., 4.", "4"))]], [], id="ibid-after-a-citation-in-its-own-note"),
    pytest.param([[(0, TEGEL)], [(1, KAY), (1, ibid("ibid., 99.", "99"))]], [], id="ibid-inside-a-note-takes-the-citation-before-it"),
    pytest.param([[(0, TARAZONA), (1, KAY)], [([0, 1], ibid("*Ibid.*"))], [([0, 1], ibid("*Ibid.*"))]],
                 ["ambiguous", "ambiguous"], id="ibid-after-a-multi-work-note-lists-every-candidate"),
    pytest.param([[(0, TARAZONA), (1, KAY)], [(0, ibid("Ibid., p. 300.", "300"))]], [],
                 id="locator-outside-an-article-pages-breaks-the-tie"),
    pytest.param([[(0, TARAZONA), (1, KAY)], [(1, ibid("Ibid., p. 101.", "101"))]], [],
                 id="locator-inside-the-pages-of-the-work-cited-last-takes-that-work"),
    pytest.param([[(0, KAY), (1, TARAZONA)], [([0, 1], ibid("Ibid., p. 101.", "101"))]], ["ambiguous"],
                 id="locator-inside-the-pages-of-a-work-cited-first-still-fits-the-book-after-it"),
    pytest.param([[(0, KAY)], [(0, ibid("Ibid., p. 300.", "300"))]], [],
                 id="locator-outside-the-pages-never-unresolves-a-single-antecedent"),
    pytest.param([[(0, TEGEL)], [], [(0, ibid("Ibid."))]], ["ibid-after-commentary"], id="ibid-after-a-commentary-only-note"),
    pytest.param([[(0, TEGEL)], [], [], [(0, ibid("Ibid."))], [(0, ibid("Ibid."))]], ["ibid-after-commentary"],
                 id="only-the-ibid-right-after-commentary-is-flagged"),
    pytest.param([[(None, ibid("Ibid."))]], ["unresolved"], id="ibid-with-nothing-before-it"),
    pytest.param([[(None, short("Tegel.", family="Tegel"))], [(None, ibid("Ibid."))]], ["unresolved", "unresolved"],
                 id="ibid-of-an-unresolved-short-form"),
    pytest.param([[(0, NEUMAN), (0, NEUMAN_AGAIN)], [(0, ibid("Ibid."))]], [], id="ibid-after-one-work-cited-twice"),
]

SHORT = [
    pytest.param([[(0, TEGEL)], [(1, KAY)], [(0, short("Tegel.", family="Tegel"))]], [], id="author-only"),
    pytest.param([[(0, FELBAB)], [(1, TEGEL), (0, short("See Felbab-Brown, pp. 37-38.", family="Felbab-Brown", locator="37-38"))]], [],
                 id="author-only-with-locator-after-another-work-in-its-note"),
    pytest.param([[(0, VAN_DUN)], [], [(0, short("Dun.", family="Dun"))]], [], id="author-only-word-of-a-family-with-particle"),
    pytest.param([[(0, VAN_DUN)], [(0, short("van Dun, 443.", family="van Dun", locator="443"))]], [], id="author-only-full-family-with-particle"),
    pytest.param([[(0, ROMO)], [(0, short("ROMO ESPINOZA.", family="ROMO ESPINOZA"))]], [], id="author-only-ignores-case"),
    pytest.param([[(0, ROMO)], [(1, MAYO_ROMO)], [([0, 1], short("Espinoza.", family="Espinoza"))]], ["ambiguous"],
                 id="author-only-word-of-a-compound-family-in-two-works"),
    pytest.param([[(0, ROMO)], [(1, ESPINOZA)], [(1, short("Espinoza, 12.", family="Espinoza", locator="12"))]], [],
                 id="exact-family-beats-a-word-of-a-compound-family"),
    pytest.param([[(0, ESPINOSA)], [(None, short("Espinoza.", family="Espinoza"))]], ["unresolved"],
                 id="a-different-spelling-is-a-different-name"),
    pytest.param([[(0, HEARN_1), (1, HEARN_2)], [(1, short('Hearn, "Peru Guerrillas," 3.', family="Hearn", title="Peru Guerrillas", locator="3"))]], [],
                 id="author-and-title"),
    pytest.param([[(0, HEARN_1), (1, HEARN_2)], [([0, 1], short("Hearn.", family="Hearn"))]], ["ambiguous"],
                 id="author-only-with-two-works-by-the-author"),
    pytest.param([[(0, SMITH_JANE)], [(1, SMITH_ROBERT)], [(0, short("Smith, *Coca and the State*, 45.", family="Smith", title="Coca and the State", locator="45"))],
                  [(1, short('Smith, "Rural Patrols," 60.', family="Smith", title="Rural Patrols", locator="60"))]], [],
                 id="two-authors-with-one-family-name-told-apart-by-title"),
    pytest.param([[(0, SMITH_JANE)], [(1, SMITH_ROBERT)], [([0, 1], short("Smith.", family="Smith"))]], ["ambiguous"],
                 id="two-authors-with-one-family-name-stay-ambiguous"),
    pytest.param([[(0, SMITH_JANE)], [(1, SMITH_ROBERT)], [(1, short("R. Smith.", family="Smith", given="R."))]], [],
                 id="two-authors-with-one-family-name-told-apart-by-initial"),
    pytest.param([[(0, SMITH_JANE)], [(1, SMITH_ROBERT)], [(0, short("Smith, 145.", family="Smith", locator="145"))]], [],
                 id="two-authors-with-one-family-name-told-apart-by-page-range"),
    pytest.param([[(0, UNODC)], [(1, TEGEL)], [(0, short("See Perú Monitoreo de Cultivos de Coca 2012, p. 26.", title="Perú Monitoreo de Cultivos de Coca 2012", locator="26"))]], [],
                 id="title-only"),
    pytest.param([[(0, UNODC)], [(0, short("Peru Monitoreo, 30.", title="Peru Monitoreo", locator="30"))]], [],
                 id="title-only-leading-words-without-accents"),
    pytest.param([[(0, VAN_DUN)], [(0, short("*Drugs Industry*, 444.", title="Drugs Industry", locator="444"))]], [],
                 id="title-only-without-leading-article"),
    pytest.param([[(0, WHO)], [(1, TEGEL), (0, short("See also WHO, *Fiscal Policies*, p. 12.", family="WHO", title="Fiscal Policies", locator="12"))]], [],
                 id="organisation-by-its-initials-and-title"),
    pytest.param([[(0, UNODC_SIGNED)], [(0, short("UNODC, p. 26.", family="UNODC", locator="26"))]], [],
                 id="organisation-by-its-initials-with-stop-words-skipped"),
    pytest.param([[(0, TEGEL)], [(None, short("Tegler.", family="Tegler"))]], ["unresolved"], id="no-antecedent-author-only"),
    pytest.param([[(None, short("Felbab-Brown, p. 94.", family="Felbab-Brown", locator="94"))], [(0, FELBAB)]], ["unresolved"],
                 id="no-antecedent-when-the-full-citation-comes-later"),
    pytest.param([[(0, TEGEL)], [(1, short("See *Informe Final*, p. 12.", title="Informe Final", locator="12"))], [(1, ibid("Ibid."))]], [],
                 id="title-with-no-antecedent-is-a-first-citation"),
    pytest.param([[(0, SMITH_JANE)], [(1, SMITH_ROBERT)], [(0, short("Smith, *State and Coca*, 4.", family="Smith", title="State and Coca", locator="4"))]], [],
                 id="author-and-title-words-out-of-order"),
    pytest.param([[(0, SMITH_JANE)], [(1, short("Smith, *Rondas y Estado*, 4.", family="Smith", title="Rondas y Estado", locator="4"))]], [],
                 id="author-and-new-title-is-a-first-citation"),
    pytest.param([[(0, FELBAB)], [(0, short("Felbab-Brown, p. 94.", family="Felbab-Brown", locator="94"))], [(0, ibid("*Ibid.*"))]], [],
                 id="chain-ibid-short-full"),
    pytest.param([[(0, SMITH_JANE)], [(1, SMITH_ROBERT)],
                  [(0, short("Smith, Coca and, the State, 45.", family=["Smith", "Coca and", "the State"], locator="45"))]], [],
                 id="short-title-without-italics-read-as-more-names"),
    pytest.param([[(0, SMITH_JANE)], [(0, short("Jane Smith's study, *Coca and the State in the Andes*, 4.",
                                                 family="Jane Smith's study", title="Coca and the State in the Andes",
                                                 locator="4"))]], [],
                 id="author-printed-another-way-resolved-by-the-full-title"),
    pytest.param([[(0, ROMO)], [(1, MAYO_ROMO)], [([0, 1], short("Espinoza.", family="Espinoza"))], [([0, 1], ibid("Ibid."))]],
                 ["ambiguous", "ambiguous"], id="ibid-after-an-ambiguous-short-form-keeps-its-candidates"),
]

MERGE = [
    pytest.param([[(0, NEUMAN), (1, HEARN_1)], [(2, TEGEL)], [(0, NEUMAN_AGAIN)]], [], id="same-article-cited-twice-in-full"),
    pytest.param([[(0, ESTRATEGIA), (1, ESTRATEGIA_SUMMARY)]], [], id="same-title-at-different-urls-stays-two"),
    pytest.param([[(0, HEARN_1)], [(1, full('Kelly Hearn, "Shining Path on New Road as Drug Smugglers," *Washington Times*, May 2, 2013',
                                            type="article-newspaper", authors="Hearn, Kelly", title="Shining Path on New Road as Drug Smugglers",
                                            container="Washington Times", date="2013-05-02"))]], [], id="same-title-other-date-stays-two"),
    pytest.param([[(0, FARMER)], [(0, FARMER)], [(1, FARMER_ELSEWHERE)], [(2, FARMER_LATER)]], [], id="interviews-merge-on-who-where-when"),
]


@pytest.mark.parametrize(("rows", "warnings"), IBID + SHORT + MERGE)
def test_resolution(rows, warnings):
    check_resolution(*rows, warnings=warnings)


@pytest.mark.parametrize("note", [
    pytest.param("J.-B. Roe et al., Les Manipulations de l'exemple, op. cit., p. 19.", id="op-cit"),
    pytest.param("Roe, *Example Book*, cit., p. 30 sgg.", id="italian-cit"),
    pytest.param("Roe, Heimatschutz, a.a.O., S. 412.", id="german-a-a-o"),
    pytest.param("Roe (Anm. 3), S. 520 f.", id="german-anm"),
])
def test_a_short_form_that_says_it_was_cited_before_is_never_a_first_citation(note):
    import citex

    doc = citex.extract(f"Notes\n\n1. {note}\n")
    (cit,) = doc.notes[0].citations
    assert (cit.kind, list(doc.items)) == ("short", [])
    assert [w.code for w in doc.warnings if w.note == 1] == ["unresolved"]


def test_art_cit_is_the_authors_article_and_a_short_form_may_name_the_author_in_full():
    import citex

    doc = citex.extract("Notes\n\n1. Kevin Doe, « Le Runet », Hérodote, n° 152, 2014, p. 140-160.\n"
                        "2. Kevin Doe, Le Runet, Paris, Exemple, 2018.\n3. K. Doe, art. cit., p. 145.\n"
                        "4. Isabelle Roe, « La guerre », Le Monde, 3 mars 2022.\n5. Isabelle Roe, art. cit.\n")
    by_note = {n.number: n.citations[0] for n in doc.notes}
    items = {i.id: i.work for i in doc.items}
    assert items[by_note[3].item].type == "article-journal" and by_note[3].locator == "145"
    assert items[by_note[5].item].container == "Le Monde"


def test_an_explanatory_parenthetical_after_a_back_reference_keeps_it():
    import citex

    doc = citex.extract("Notes\n\n1. Jane Roe, Example Book 12 (2010).\n2. Id. at 21 (quoting 18 U.S.C. § 2339A(b)(3)).\n"
                        "3. Roe, supra note 1, at 70 (arguing that the statute is overbroad).\n4. Id. at 56 (Breyer, J., dissenting).\n")
    first = doc.notes[0].citations[0].item
    statute = doc.notes[1].citations[1].item  # (the statute the parenthetical quotes is cited too, a work of its own)
    assert [(c.kind, c.item, c.locator) for n in doc.notes[1:] for c in n.citations] == [
        ("ibid", first, "21"), ("full", statute, None), ("short", first, "70"), ("ibid", first, "56")]
    assert statute != first and doc.notes[1].citations[1].prefix == "quoting"


def test_dutch_back_references_and_page_label():
    import citex

    doc = citex.extract("Notes\n\n1. Jane Roe, *Het Voorbeeld* (Amsterdam: Boom, 2015), 12.\n2. Roe, a.w., blz. 45.\n"
                        "3. Roe, t.a.p.\n4. NCTV, ‘Dreigingsniveau’, https://www.nctv.nl/x, geraadpleegd op 2 februari 2024.\n")
    first = doc.notes[0].citations[0].item
    assert [(c.kind, c.item, c.locator, c.label) for n in doc.notes[1:3] for c in n.citations] == [
        ("short", first, "45", "page"), ("short", first, None, None)]
    web = doc.notes[3].citations[0].work
    assert (web.type, web.container, web.accessed, web.date) == ("webpage", None, (2024, 2, 2), None)


@pytest.mark.parametrize(
    ("short_form", "pages"),
    [
        pytest.param('Roe, "Breakout Scale," 6, 18.', "6, 18", id="two-pages-after-a-quoted-title"),
        pytest.param('Roe, "Breakout Scale," 6–8, 18.', "6-8, 18", id="a-range-then-a-page"),
        pytest.param('Roe, "Breakout Scale," 6, 18–20.', "6, 18-20", id="a-page-then-a-range"),
        pytest.param("Roe, *Breakout Scale*, 6, 18–20.", "6, 18-20", id="a-page-then-a-range-after-italics"),
    ],
)
def test_a_short_form_citing_several_passages_finds_its_work(short_form, pages):
    doc = citex.extract("Notes\n\n1. Jane Roe, \"The Breakout Scale: Measuring Influence,\" Example Institute, September 2020, "
                        f"https://example.org/breakout.\n2. {short_form}\n")
    first = doc.notes[0].citations[0].item
    assert [(c.kind, c.item, c.locator) for c in doc.notes[1].citations] == [("short", first, pages)]


def test_a_chapters_pages_then_the_page_cited_in_them_stay_apart():
    work = citex.extract("Notes\n\n1. John Doe, \"Rebels,\" in *Civil Wars*, ed. Mary Poe (London: Example Press, 2010), "
                         "45–67, 52.\n").notes[0].citations[0]
    assert (work.work.type, work.work.page, work.locator) == ("chapter", "45-67", "52")


def test_a_nordic_official_report_by_its_number_and_its_short_form():
    import citex

    doc = citex.extract("Notes\n\n1. NOU 2012: 14, Rapport fra 22. juli-kommisjonen (Oslo: Exempel, 2012), 45.\n"
                        "2. NOU 2012: 14, 101.\n3. SOU 2013:81, När vi bryr oss (Stockholm: Fritzes, 2013), 12.\n4. SOU 2013:81, 45.\n")
    first, again, other, other_again = (n.citations[0] for n in doc.notes)
    assert (first.work.type, first.work.genre, first.work.title) == ("report", "NOU 2012: 14", "Rapport fra 22. juli-kommisjonen")
    assert (again.kind, again.item, again.locator) == ("short", first.item, "101")
    assert (other_again.kind, other_again.item, other_again.locator) == ("short", other.item, "45")


def test_an_untitled_speech_cited_again_by_surname_without_its_town_is_one_item():
    import citex

    doc = citex.extract("Notes\n\n1. Recep Tayyip Roe, speech at the Example Party group meeting, Ankara, February 13, 2018.\n"
                        "2. Roe, speech at the Example Party group meeting, February 13, 2018.\n")
    first, again = (n.citations[0] for n in doc.notes)
    assert first.item == again.item and len(doc.items) == 1


def test_a_tribunals_case_named_again_by_its_party_and_stage():
    import citex

    doc = citex.extract("Notes\n\n1. Prosecutor v. Radislav Exemplić, Case No. IT-98-33-T, Judgement, 2 August 2001.\n"
                        "2. Prosecutor v. Radislav Exemplić, Case No. IT-98-33-A, Judgement, 19 April 2004.\n"
                        "3. Exemplić Appeal Judgement, para. 37.\n4. Exemplić Trial Judgement, para. 12.\n")
    trial, appeal, again, again_trial = (n.citations[0] for n in doc.notes)
    assert (again.kind, again.item, again.locator) == ("short", appeal.item, "37")
    assert again_trial.item == trial.item


def test_short_form_read_as_first_citation_becomes_full():
    doc = check_resolution([(0, TEGEL)], [(1, short("See *Informe Final*, p. 12.", title="Informe Final", locator="12"))])
    promoted = doc.notes[1].citations[0]
    assert promoted.kind == "full"
    assert doc.items[1].work.title == "Informe Final"


def test_locators_stay_on_citations_and_items_keep_their_work():
    doc = check_resolution([(0, FELBAB)], [(0, ibid("Ibid., p. 94.", "94"))], [(0, short("Felbab-Brown, pp. 37-38.", family="Felbab-Brown", locator="37-38"))])
    assert [c.locator for n in doc.notes for c in n.citations] == ["66-67", "94", "37-38"]
    assert doc.items[0].work is FELBAB.work


def test_evidence_says_why():
    doc = check_resolution([(0, TEGEL)], [], [(0, ibid("Ibid."))], [(0, TEGEL)])
    assert "ibid: note 1" in doc.notes[2].citations[0].evidence
    assert "same work as note 1" in doc.notes[3].citations[0].evidence


def test_warnings_name_the_note_and_keep_the_input_ones():
    given = [Warning("marker-mismatch", "body marker '#_edn204' points at no note", 24)]
    doc = resolve(notes([TEGEL], [], [ibid()]), given, source="a.txt", fmt="html")
    assert doc.warnings[0] == given[0]
    assert [(w.code, w.note) for w in doc.warnings[1:]] == [("ibid-after-commentary", 3)]
    assert (doc.source, doc.format) == ("a.txt", "html")


def test_resolution_is_linear_in_the_number_of_notes():
    """10,000 notes of first citations, short forms and ibids resolve in well under a few seconds."""
    rows = []
    for i in range(2500):
        rows.append([full(f"Author{i} Family{i % 50}, *Title Number {i}* (Lima: IEP, 2001).",
                          authors=f"Family{i % 50} Name{i}, Author{i}", title=f"Title Number {i}", date="2001")])
        rows.append([ibid("Ibid., p. 3.", "3")])
        rows.append([short(f"Name{i}, 4.", family=f"Name{i}", locator="4")])
        rows.append([short(f"*Title Number {i}*, 5.", title=f"Title Number {i}", locator="5")])
    start = time.perf_counter()
    doc = resolve(notes(*rows), [], source="bench", fmt="text")
    elapsed = time.perf_counter() - start
    assert len(doc.items) == 2500
    assert all(c.item and not c.ambiguous for n in doc.notes for c in n.citations)
    assert elapsed < 5.0, elapsed


POOL = [TEGEL, TARAZONA, KAY, FELBAB, VAN_DUN, ROMO, MAYO_ROMO, ESPINOSA, UNODC, NEUMAN, NEUMAN_AGAIN, HEARN_1, HEARN_2,
        SMITH_JANE, SMITH_ROBERT, ESTRATEGIA, FARMER, FARMER_ELSEWHERE, ibid(), ibid("Ibid., p. 4.", "4"),
        short("Espinoza.", family="Espinoza"), short("Smith, 61.", family="Smith", locator="61"),
        short("*Informe Final*, 3.", title="Informe Final", locator="3"), short("Hearn, *Peru*.", family="Hearn", title="Peru"),
        short("Nobody.", family="Nobody"), short("?", title="?"), full("Garbled text", parsed=False)]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.lists(st.sampled_from(POOL), max_size=4), max_size=12))
def test_any_sequence_resolves_without_loss(rows):
    doc = resolve(notes(*rows), [], source="prop", fmt="text")
    ids = [it.id for it in doc.items]
    assert len(set(ids)) == len(ids)
    assert [len(n.citations) for n in doc.notes] == [len(r) for r in rows]
    for n in doc.notes:
        for c in n.citations:
            refs = c.item if isinstance(c.item, tuple) else (c.item,) if c.item else ()
            assert set(refs) <= set(ids)
            assert c.ambiguous == isinstance(c.item, tuple) and (not c.ambiguous or len(refs) > 1)
            if isinstance(c.item, str):
                assert n.number in doc.item(c.item).notes
    for it in doc.items:
        assert list(it.notes) == sorted(set(it.notes))


def test_colliding_keys_reach_the_citations():
    reborn = full('Kelly Hearn, "Shining Path Reborn," *Washington Times*, May 1, 2012.', type="article-newspaper",
                  authors="Hearn, Kelly", title="Shining Path Reborn", container="Washington Times", date="2012-05-01")
    doc = check_resolution([(0, HEARN_1)], [(1, reborn)], [(1, short('Hearn, "Reborn."', family="Hearn", title="Reborn"))])
    assert [it.id for it in doc.items] == ["hearn2012shininga", "hearn2012shiningb"]
    assert doc.notes[2].citations[0].item == "hearn2012shiningb"


def test_idem_takes_the_author_of_the_citation_before():
    first = full("José Carlos Mariátegui, *Siete ensayos* (Lima: Amauta, 1928), 12.", authors="Mariátegui, José Carlos",
                 title="Siete ensayos", date="1928")
    idem = full("Idem, *Defensa del marxismo* (Lima: Amauta, 1934), 5.", authors="Idem", title="Defensa del marxismo",
                date="1934")
    doc = resolve(notes([first], [idem]), [], source="test", fmt="text")
    assert [it.work.authors[0].family for it in doc.items] == ["Mariátegui", "Mariátegui"]
    assert [it.id for it in doc.items] == ["mariategui1928siete", "mariategui1934defensa"]


@pytest.mark.parametrize(
    ("third", "fourth"),
    [
        pytest.param("Roe (n 1) 50.", "Roe (n 2) 11.", id="oscola-n"),
        pytest.param("Roe, supra note 1, at 50.", "Roe, supra note 2, at 11.", id="bluebook-supra-note"),
        pytest.param("Roe, above n 1, 50.", "Roe, above n 2, 11.", id="aglc-above-n"),
        pytest.param("Roe, n. 1, p. 50.", "Roe, n. 2, p. 11.", id="indian-comma-n"),
    ],
)
def test_a_short_form_naming_its_note_picks_the_work_cited_there(third, fourth):
    import citex

    doc = citex.extract(f"Notes\n\n1. Jane Roe, *Example Book* (London: Example Press, 2010), 45.\n"
                        f"2. Jane Roe, *Another Book* (London: Example Press, 2012), 7.\n3. {third}\n4. {fourth}\n")
    items = [n.citations[0].item for n in doc.notes]
    assert items[2] == items[0] and items[3] == items[1] and items[0] != items[1]
    assert [n.citations[0].locator for n in doc.notes[2:]] == ["50", "11"]


@pytest.mark.parametrize("short", ["Roe, supra note 1, at 1630.", "Roe, supra, at 1630.", "Roe, above n 1, 1630."])
def test_the_page_after_supra_is_a_page_even_when_it_could_be_a_year(short):
    import citex

    doc = citex.extract(f"Notes\n\n1. Jane Roe, The Example Governors, 131 Harv. L. Rev. 1598 (2018).\n2. {short}\n")
    cited = doc.notes[1].citations
    assert [(c.kind, c.item, c.locator) for c in cited] == [("short", doc.notes[0].citations[0].item, "1630")]


def test_a_chapter_naming_only_its_editors_takes_the_title_of_the_volume_they_edited():
    """"in Major and Doe, 60–80" prints no title: the volume edited by Major and Doe, cited before,
    gives it; its publisher and date stay unprinted, as the note has them."""
    import citex

    doc = citex.extract("Notes\n\n1. Mary Major and John Doe, eds., *Example Volume* (Boulder, CO: Example Press, 2009).\n"
                        "2. Ana Ruiz, “Other Chapter,” in Major and Doe, 60–80.\n")
    chapter = next(it for it in doc.items if it.work.type == "chapter").work
    assert (chapter.container, [e.family for e in chapter.editors], chapter.publisher) == \
        ("Example Volume", ["Major", "Doe"], None)


def test_an_organisations_acronym_in_parentheses_is_its_short_name():
    import citex

    doc = citex.extract("Notas\n\n1. Comisión de la Verdad y Reconciliación (CVR), *Informe final*, tomo II (Lima: CVR, "
                        "2003), p. 127.\n2. CVR, *Informe final*, t. II, p. 130.\n")
    first, second = (n.citations[0] for n in doc.notes)
    assert second.kind == "short" and second.item == first.item and second.locator == "130"


def test_a_later_fuller_citation_completes_the_item_a_short_form_began():
    """A short form cited before its work's first full citation makes an item of name and title;
    the full citation that follows gives it the rest instead of being swallowed by it."""
    import citex

    doc = citex.extract("Notes\n\n1. Kenney, *From Pablo to Osama*, pp. 120–121.\n"
                        "2. Michael Kenney, *From Pablo to Osama* (University Park: Example Press, 2007).\n"
                        "3. Kenney, *From Pablo to Osama*, 44.\n")
    assert len(doc.items) == 1 and {c.item for n in doc.notes for c in n.citations} == {doc.items[0].id}
    work = doc.items[0].work
    assert (work.type, work.authors[0].given, work.publisher, work.place, work.date) == \
        ("book", "Michael", "Example Press", "University Park", (2007,))


def test_a_later_poorer_citation_takes_nothing_away():
    import citex

    doc = citex.extract("Notes\n\n1. Michael Kenney, *From Pablo to Osama* (University Park: Example Press, 2007), 3.\n"
                        "2. Kenney, *From Pablo to Osama*, 44.\n3. Kenney, *From Pablo to Osama* (2007), 45.\n")
    work = doc.items[0].work
    assert len(doc.items) == 1 and (work.authors[0].given, work.publisher) == ("Michael", "Example Press")


def test_a_bodys_numbered_report_named_again_picks_that_report():
    import citex

    doc = citex.extract("Notes\n\n1. Example Group Africa Report N°265, *Stopping the Spiral*, 24 February 2020.\n"
                        "2. Example Group Africa Report N°254, *Gold Fields of the North*, 3 July 2017.\n"
                        "3. Example Group Africa Report N°265, op. cit., p. 7.\n")
    first, second, third = (n.citations[0] for n in doc.notes)
    assert third.kind == "short" and third.item == first.item != second.item and third.locator == "7"


def test_a_bodys_numbered_report_named_again_with_its_title_and_op_cit():
    import citex

    doc = citex.extract("Notes\n\n1. Example Group Africa Report N°265, *Stopping the Spiral*, 24 February 2020.\n"
                        "2. Example Group Africa Report N°254, *Gold Fields of the North*, 3 July 2017.\n"
                        "3. Example Group Africa Report N°265, Stopping the Spiral, op. cit., p. 7.\n")
    first, second, third = (n.citations[0] for n in doc.notes)
    assert third.kind == "short" and third.item == first.item != second.item and third.locator == "7"


@pytest.mark.parametrize(
    "second",
    [
        pytest.param("See Jane Roe, *Other Matters* (Example Press, 2001); and Example Group Africa Report N°265, op. cit.",
                     id="a-series-and-op-cit-after-and"),
        pytest.param("Jane Roe, *Other Matters* (Example Press, 2001), 4; see also Example Institute, Fragile Places 2020, op. cit.",
                     id="a-body-and-title-and-op-cit-after-see-also"),
    ],
)
def test_op_cit_without_a_page_after_a_semicolon_is_a_second_work_not_commentary(second):
    import citex

    doc = citex.extract("Notes\n\n1. Example Institute, *Fragile Places 2020* (Paris: Example Press, 2020).\n"
                        "2. Example Group Africa Report N°265, *Stopping the Spiral*, 24 February 2020.\n"
                        f"3. {second}\n")
    third = doc.notes[2]
    assert [c.kind for c in third.citations] == ["full", "short"] and not third.commentary
    assert third.citations[1].item in {doc.notes[0].citations[0].item, doc.notes[1].citations[0].item}


@pytest.mark.parametrize("again", ["Roe (note 1), p. 35.", "Roe, note 1, p. 35."])
def test_a_short_form_naming_its_note_in_words(again):
    import citex

    doc = citex.extract("Notes\n\n1. Jane Roe, *Arms and Other Matters* (New Haven, CT: Example Press, 1966), 3.\n"
                        "2. John Doe, *Unrelated* (Example Press, 1990).\n"
                        f"3. {again}\n")
    third = doc.notes[2].citations[0]
    assert third.kind == "short" and third.item == doc.notes[0].citations[0].item and third.locator == "35"


def test_a_short_form_naming_the_kind_of_work_finds_it_by_its_author():
    import citex

    doc = citex.extract("Notes\n\n1. Jane Roe, \"Money and Militias,\" testimony before the House Subcommittee on Example, "
                        "Washington, DC, 17 April 2018.\n2. John Doe, *Unrelated* (Example Press, 1990).\n"
                        "3. Doe, *Unrelated*, 4; Roe, testimony, op. cit.\n")
    third = doc.notes[2].citations
    assert [c.kind for c in third] == ["short", "short"] and third[1].item == doc.notes[0].citations[0].item


@pytest.mark.parametrize(
    "again",
    ["Interview with a river miner, op. cit.", "Interview with a river miner, op. cit., 3."],
)
def test_an_interview_cited_again_with_op_cit_is_the_first_interview(again):
    import citex

    doc = citex.extract("Notes\n\n1. Interview with a river miner, Example Town, July 14, 2019.\n"
                        "2. Interview with a shopkeeper, Example Town, July 15, 2019.\n"
                        f"3. {again}\n")
    third = doc.notes[2].citations[0]
    assert third.kind == "short" and third.item == doc.notes[0].citations[0].item and len(doc.items) == 2


@pytest.mark.parametrize(
    "again",
    ["EXO, World Example Report 2021, 56.", "EXO, 60.", "Example Office on Things and Stuff, 61."],
)
def test_a_body_cited_again_by_the_acronym_it_printed_in_parentheses(again):
    import citex

    doc = citex.extract("Notes\n\n1. Example Office on Things and Stuff (EXO), *World Example Report 2021* (Vienna: EXO, 2021), 45.\n"
                        f"2. {again}\n")
    second = doc.notes[1].citations[0]
    assert second.kind == "short" and second.item == doc.notes[0].citations[0].item and not doc.warnings


def test_a_second_edition_written_2d_ed_is_the_same_book():
    import citex

    doc = citex.extract("Notes\n\n1. Jane Roe, *Gold Wars* (New York: Example Press, 2018), 3.\n"
                        "2. Jane Roe, Gold Wars, 2d ed. (New York: Example Press, 2018), 5.\n")
    first, second = (n.citations[0] for n in doc.notes)
    assert first.item == second.item and doc.items[0].work.title == "Gold Wars"


def test_an_author_date_short_form_with_and_or_et_al_is_still_one():
    from citex.parse.features import author_date_names

    assert author_date_names("Roe & Doe") and author_date_names("Roe et al.") and author_date_names("Phipps, Hecht, and Esteras Martín")
    assert not author_date_names("EXO, World Example Report") and not author_date_names("Freedom in the World")


def test_an_initial_tells_two_authors_of_one_family_apart():
    import citex

    doc = citex.extract("Notes\n\n1. Kay Roe, \"Frontier Gold,\" *Example Weekly*, June 2, 2017.\n"
                        "2. Laura Roe, *Frontier Gold: Mining Booms* (São Paulo: Example Press, 2015), 3.\n"
                        "3. L. Roe, *Frontier Gold*, 40.\n4. K. Roe, 2.\n")
    items = [n.citations[0].item for n in doc.notes]
    assert items[2] == items[1] and items[3] == items[0] and not doc.warnings


def test_a_short_form_printing_one_name_is_not_the_work_that_name_wrote_with_others():
    import citex

    doc = citex.extract("Notes\n\n1. Sarah Roe and Tomás Doe, *Containers and Cartels* (Washington, DC: Example Center, 2019), 8.\n"
                        "2. Sarah Roe, \"Containers Revisited,\" *Example Review* 3 (2022): 10–25.\n3. Roe, 12.\n"
                        "4. Roe and Doe, 45.\n")
    items = [n.citations[0].item for n in doc.notes]
    assert items[2] == items[1] and items[3] == items[0] and not doc.warnings


def test_a_short_form_naming_a_works_second_author_alone_stays_ambiguous():
    """"Espinoza." after "Romo Espinoza" alone and "Mayo Filo and Romo Espinoza": no regular short form of either."""
    import citex

    doc = citex.extract("Notes\n\n1. Vanessa Roe Espinoza, \"Title One,\" *El Ejemplo*, January 3, 2014.\n"
                        "2. Raul Mayo Filo and Vanessa Roe Espinoza, \"Title Two,\" *El Ejemplo*, March 2, 2014.\n"
                        "3. Espinoza.\n")
    assert isinstance(doc.notes[2].citations[0].item, tuple) and [w.code for w in doc.warnings] == ["ambiguous"]


def test_a_short_form_by_a_surname_and_its_initial():
    import citex

    doc = citex.extract("Notes\n\n1. Juan Diego Ejemplo E., \"El fracaso anunciado,\" *Semana*, March 3, 2018.\n"
                        "2. Ejemplo E.\n3. Ibid.\n")
    items = [c.item for n in doc.notes for c in n.citations]
    assert items[0] and items == [items[0]] * 3


# --- a report cited again by its number ------------------------------------------------------------------

NUMBERED = """Text.[^1] More.[^2] Again.[^3] Last.[^4]

[^1]: Example Office, *Example Audit of Programs*, EO-22-104611 (Washington, D.C.: May 31, 2022).
[^2]: EO-22-104611, 12.
[^3]: Example Council, *Report of the Example Mission* (S/2020/1301), 29 December 2020.
[^4]: S/2020/1301, para. 60; EO-15-593SP.
"""


def test_a_report_cited_again_by_its_number_is_the_same_item():
    import citex

    doc = citex.extract(NUMBERED)
    first, again = doc.notes[0].citations[0], doc.notes[1].citations[0]
    assert (again.kind, again.item, again.locator) == ("short", first.item, "12")
    symbol, unknown = doc.notes[3].citations
    assert (symbol.kind, symbol.item, symbol.locator) == ("short", doc.notes[2].citations[0].item, "60")


@pytest.mark.parametrize("again, locator", [("CRS Report R45484, pp. 10-14.", "10-14"), ("See CRS Report R45484.", None)])
def test_a_crs_report_cited_again_by_its_number_is_the_same_item(again, locator):
    """CRS cites its own products in full once, then by number: "CRS Report R45484, pp. 10-14"."""
    import citex

    text = ("Notes\n\n1. Jane Roe, *The Example Relief Fund: Overview and Issues*, CRS Report R45484 (Washington, DC: "
            f"Congressional Research Service, 2022), 4.\n2. {again}\n")
    first, cited = (n.citations[0] for n in citex.extract(text).notes)
    assert (cited.kind, cited.item, cited.locator) == ("short", first.item, locator)


def test_one_un_resolution_cited_in_several_forms_is_one_item_by_its_symbol():
    """A symbol names one document: "Resolution 2690 (June 30, 2023), UN Doc. S/RES/2690" and "S/RES/2690 (2023), 30 June
    2023" are one item, whatever title each gives it; another symbol is another document."""
    import citex

    text = ("Notes\n\n1. UN Security Council Resolution 2690 (June 30, 2023), UN Doc. S/RES/2690.\n"
            "2. S/RES/2690 (2023), 30 June 2023, para. 4.\n"
            "3. UN Security Council, Resolution 2690 (2023), S/RES/2690, 30 June 2023.\n"
            "4. S/RES/2691 (2023), 30 June 2023.\n")
    doc = citex.extract(text)
    items = [n.citations[0].item for n in doc.notes]
    assert items[0] == items[1] == items[2] != items[3]
    assert doc.notes[1].citations[0].locator == "4"


@pytest.mark.parametrize("again, kind, locator", [
    ("Roe, *The Example War*, loc. 1234.", "short", "1234"), ("Roe, The Example War, Kindle loc. 2345.", "short", "2345"),
    ("Ibid., Kindle locations 2401–2410.", "ibid", "2401-2410"),
])
def test_an_ebooks_location_is_the_locator_of_the_book_cited_before(again, kind, locator):
    """Notes written from a Kindle cite locations, not pages: "loc. 1234" is where in the book, not a new work."""
    import citex

    text = f"Notes\n\n1. Jane Roe, *The Example War* (New York: Example Press, 2008), 45.\n2. {again}\n"
    first, cited = (n.citations[0] for n in citex.extract(text).notes)
    assert (cited.kind, cited.item, cited.locator, cited.label) == (kind, first.item, locator, "section")


@pytest.mark.parametrize("again", ["Roe, interview, May 14, 2013.", "Author interview with Roe.", "Roe interview."])
def test_an_interview_named_again_by_the_first_family_name_or_the_last_word_is_the_same_interview(again):
    """Books built on interviews shorten them later: "Roe interview." after "Author interview with Javier Roe Cárdenas,
    Culiacán, May 14, 2013" (the first of two family names) is that interview, not a new one."""
    import citex

    text = f"Notes\n\n1. Author interview with Javier Roe Cárdenas, Culiacán, Sinaloa, May 14, 2013.\n2. {again}\n"
    first, cited = (n.citations[0] for n in citex.extract(text).notes)
    assert (cited.kind, cited.item) == ("short", first.item)


def test_a_description_of_who_was_heard_names_no_earlier_interviewee():
    import citex

    text = ("Notes\n\n1. Personal interview, coca farmer, Example Valley, May 14, 2013.\n"
            "2. Personal interview, farmer, June 2, 2013.\n")
    first, second = (n.citations[0] for n in citex.extract(text).notes)
    assert second.kind == "full" and second.item != first.item


def test_a_number_never_cited_before_is_a_first_citation_titled_by_it():
    import citex

    doc = citex.extract(NUMBERED)
    unknown = doc.notes[3].citations[1]
    assert (unknown.kind, unknown.work.type, unknown.work.title, unknown.work.genre) == \
        ("full", "report", "EO-15-593SP", "EO-15-593SP")
    assert not [w for w in doc.warnings if w.code == "unresolved"]


def test_an_author_date_short_form_with_a_comma_chooses_the_authors_work_of_that_year():
    import citex

    doc = citex.extract("Text.[^1] [^2] [^3]\n\n[^1]: ROE, José. *Exemplo*. Rio de Janeiro: Example Press, 2002.\n"
                        "[^2]: ROE, José. *Outro exemplo*. São Paulo: Example Press, 1987.\n[^3]: ROE, 2002, p. 220.\n")
    short = doc.notes[2].citations[0]
    assert (short.kind, short.item, short.locator) == ("short", doc.notes[0].citations[0].item, "220")


def test_an_author_year_short_form_is_not_the_authors_work_of_another_year():
    # "Roe 1999, p. 71" after Roe's article of 2001: another work, whose details the notes never gave; a title that
    # holds the year ("Example Survey 2012, p. 26", issued in 2013) is still the work cited before
    import citex

    doc = citex.extract("Text.[^1] [^2] [^3] [^4]\n\n[^1]: Jane Roe, \u201cDeath and Miasma,\u201d *Example Medical Journal* "
                        "323, no. 7 (2001): 1469\u20131471.\n[^2]: Roe 1999, p. 71.\n"
                        "[^3]: Example Office, *Example Survey 2012* (New York: Example Office, 2013).\n"
                        "[^4]: See Example Survey 2012, p. 26.\n")
    other, survey = doc.notes[1].citations[0], doc.notes[3].citations[0]
    assert other.item != doc.notes[0].citations[0].item and other.locator == "71"
    assert (survey.kind, survey.item, survey.locator) == ("short", doc.notes[2].citations[0].item, "26")


def test_a_short_series_number_chooses_the_report_of_that_number():
    import citex

    doc = citex.extract("Text.[^1] [^2] [^3]\n\n[^1]: Example Group Latin America Report N°84, *Example Title One*, 15 December "
                        "2020.\n[^2]: Example Group Latin America Report N°68, *Example Title Two*, 12 June 2018.\n"
                        "[^3]: Example Group Report N°84, op. cit., pp. 12-15.\n")
    short = doc.notes[2].citations[0]
    assert (short.kind, short.item, short.locator) == ("short", doc.notes[0].citations[0].item, "12-15")


def test_an_author_date_short_form_with_the_page_inside_its_parentheses():
    import citex

    doc = citex.extract("Text.[^1] [^2]\n\n[^1]: Jane Roe and John Doe, *Example Votes* (Lima: Example Press, 2018).\n"
                        "[^2]: Roe and Doe (2018: 915).\n")
    short = doc.notes[1].citations[0]
    assert (short.kind, short.item, short.locator) == ("short", doc.notes[0].citations[0].item, "915")


@pytest.mark.parametrize(
    ("again", "kind", "locator"),
    [
        pytest.param("Ibid..p 3", "ibid", "3", id="ibid-two-periods-and-p-without-its-period"),
        pytest.param("Ibid. ,4", "ibid", "4", id="ibid-space-before-the-comma"),
        pytest.param("Ibid:3.", "ibid", "3", id="ibid-colon"),
        pytest.param("Ibid, pp 4-5", "ibid", "4-5", id="ibid-pp-without-its-period"),
        pytest.param("Ibid., emphasis added.", "ibid", None, id="ibid-emphasis-added"),
        pytest.param("Ibid., accessed May 2, 2021.", "ibid", None, id="ibid-accessed"),
        pytest.param("Roe, \"Why Cities Need a Heat Law,\" p 2.", "short", "2", id="short-form-p-without-its-period"),
        pytest.param("Roe et. al., \"Heat Law,\" 7.", "short", "7", id="et-al-with-a-period-after-et"),
    ],
)
def test_back_references_printed_carelessly(again, kind, locator):
    import citex

    doc = citex.extract("Notes\n\n1. Jane Roe, Tom Doe and Ana Pérez, \"Why Cities Need a Heat Law,\" *Example Journal* 4 (2021): 3-9.\n"
                        f"2. {again}\n")
    second = doc.notes[1]
    assert [(c.kind, c.locator) for c in second.citations] == [(kind, locator)] and second.commentary is None
    assert second.citations[0].item == doc.notes[0].citations[0].item


def test_a_short_titles_marks_tell_a_book_from_an_article_of_one_name():
    import citex

    doc = citex.extract("Notes\n\n1. Jane Roe, “Example Procurement Channels,” *Example Sentinel* 12:3 (2019).\n"
                        "2. Jane Roe, *Example: The Global Footprint* (Washington, DC: Example Press, 2013).\n"
                        "3. Roe, *Example*, p. 10.\n4. Roe, “Example Procurement,” 4.\n")
    article, book = doc.notes[0].citations[0].item, doc.notes[1].citations[0].item
    assert doc.notes[2].citations[0].item == book and doc.notes[3].citations[0].item == article and not doc.warnings


@pytest.mark.parametrize("mark", ["*Second Example Book*", "Second Example Book"], ids=["italic", "plain-text"])
def test_idem_in_lower_case_after_a_semicolon_is_the_author_before(mark):
    import citex

    doc = citex.extract(f"Notes\n\n1. Jane Roe, *First Example Book* (Paris: Example Press, 1932), 47; idem, {mark} "
                        "(Lille: Example Press, 1924), 356.\n")
    second = doc.notes[0].citations[1].work
    assert (second.authors[0].family, second.title) == ("Roe", "Second Example Book")


def test_id_with_a_year_is_the_author_cited_before():
    import citex

    doc = citex.extract("Notes\n\n1. SOUZA, Maria. *Exemplo*. São Paulo: Editora Exemplo, 1988.\n2. SOUZA, 1988, p. 21.\n"
                        "3. Id., 1988, p. 22.\n")
    first, third = doc.notes[0].citations[0], doc.notes[2].citations[0]
    assert (third.kind, third.item, third.locator) == ("short", first.item, "22")


@pytest.mark.parametrize(
    ("short", "locator"),
    [("Roe and Doe, \"Die Zeitenwende\" (see note 1), 4.", "4"), ("Roe and Doe, op. cit. (note 1), p. 6.", "6"),
     ("Roe and Doe, \"Die Zeitenwende\" [see note 1], 5.", "5")],
    ids=["see-note-in-parentheses", "op-cit-then-the-note", "see-note-in-brackets"],
)
def test_a_short_form_that_names_the_note_the_work_was_cited_in(short, locator):
    import citex

    doc = citex.extract("Notes\n\n1. Claudia Roe and Jane Doe, \"Die Zeitenwende braucht eine Strategie\", *Example-Aktuell* 45 "
                        f"(Berlin: Example Stiftung, 2022).\n2. A comment of the author.\n3. {short}\n")
    (cit,) = doc.notes[2].citations
    assert (cit.kind, cit.item, cit.locator) == ("short", doc.notes[0].citations[0].item, locator)


def test_author_date_references_inside_prose_name_works_cited_before():
    import citex

    doc = citex.extract(
        "Notes\n\n1. Jane Roe, \"Dilemma not Trilemma,\" *Example Proceedings* (Kansas City: Example Bank, 2015), 285–333.\n"
        "2. John Doe, \"Inflation Dynamics,\" *Example Papers* 50 (2019): 257–319.\n"
        "3. See Roe (2015) and Doe (2019, 261–63).\n"
        "4. As argued by Roe (2015), floating rates do not insulate economies.\n"
        "5. The Treaty of Paris (1783) ended the war; Smith (2004) disagrees.\n")
    roe, doe = doc.notes[0].citations[0].item, doc.notes[1].citations[0].item
    assert [(c.kind, c.item, c.locator) for c in doc.notes[2].citations] == [("short", roe, None), ("short", doe, "261-63")]
    assert [(c.kind, c.item) for c in doc.notes[3].citations] == [("short", roe)]
    assert doc.notes[4].citations == ()  # no Smith of 2004 was cited: prose, and no new work


def _resolved(text: str) -> list[tuple[int, str | None]]:
    import citex

    doc = citex.extract(text)
    return [(n.number, c.item) for n in doc.notes for c in n.citations]


def test_op_cit_after_two_works_of_the_author_is_the_one_cited_last():
    rows = _resolved("Notes\n\n1. Luis Ejemplo, *El siglo de las drogas* (México: Plaza y Janés, 2005), 87.\n"
                     "2. Luis Ejemplo, *Drug Lords and Example* (México: Example, 2012), 14.\n"
                     "3. Ejemplo, op. cit., p. 33.\n4. Ejemplo, *El siglo*, 90.\n5. Ejemplo, op. cit., p. 91.\n")
    assert rows[2][1] == rows[1][1] and rows[4][1] == rows[0][1]


def test_id_after_a_short_form_is_the_author_of_that_work():
    import citex

    doc = citex.extract("Note\n\n1. C. Roe, Example senza autonomia, Bologna, Il Mulino, 1992.\n"
                        "2. S. Doe, Lo Stato di esempio, Roma, Donzelli, 1998.\n"
                        "3. Doe, Lo Stato di esempio, cit., p. 12; Roe, Example senza autonomia, cit., p. 80.\n"
                        "4. Id., Capitale di esempio, Torino, Einaudi, 1999.\n")
    assert doc.notes[3].citations[0].work.authors[0].family == "Roe"


def test_an_address_alone_is_the_work_cited_in_full_at_that_address():
    import citex

    doc = citex.extract("Notes\n\n1. https://www.example.com/world/example-story-2023-12-29/\n"
                        "2. Jane Roe, \"Example Story,\" Example Wire, December 29, 2023, "
                        "https://www.example.com/world/example-story-2023-12-29/.\n"
                        "3. https://example.com/world/example-story-2023-12-29\n")
    items = [c.item for n in doc.notes for c in n.citations]
    assert len(set(items)) == 1 and len(doc.items) == 1
    assert doc.items[0].work.title == "Example Story" and doc.items[0].notes == (1, 2, 3)


def test_a_short_title_that_is_one_works_whole_main_title_is_that_work():
    import citex

    doc = citex.extract("Text.[^1] More.[^2] Again.[^3]\n\n"
                        "[^1]: Matthew Levitt, Hezbollah: The Global Footprint of Lebanon’s Party of God (Washington, DC: "
                        "Georgetown University Press, 2013), 10.\n"
                        "[^2]: Matthew Levitt, “Hezbollah’s Pivot Toward the Gulf,” CTC Sentinel 9, no. 8 (2016): 11–15.\n"
                        "[^3]: Levitt, Hezbollah, p. 12.\n")  # as pasted from a web page: no italics
    book = doc.notes[0].citations[0].item
    third = doc.notes[2].citations[0]
    assert (third.item, third.ambiguous, third.locator) == (book, False, "12")


def test_a_family_name_alone_means_that_authors_own_work_before_one_they_wrote_second():
    import citex

    doc = citex.extract("Notes\n\n1. Camila Nunes Exemplo, Example Book (São Paulo: Saraiva, 2013).\n"
                        "2. Bruno Paes Manso and Camila Nunes Exemplo, A guerra (São Paulo: Todavia, 2018).\n"
                        "3. Exemplo, p. 112.\n")
    assert doc.notes[2].citations[0].item == doc.notes[0].citations[0].item
    assert not doc.notes[2].citations[0].ambiguous


def test_three_authors_and_an_unmarked_title_in_full_and_in_short():
    # plain text keeps no italics: "A B, C D, and E F, Title (…)" and "B, D, and F, Short Title, 5"
    import citex

    doc = citex.extract("Text.[^1] [^2]\n\n[^1]: Gregory B. Roe, Tabitha Grace Doe, and Harrison Poe, Pulling Back the Curtain "
                        "on Example Militias (Washington, DC: Example Center, November 2021), 6-9.\n"
                        "[^2]: Roe, Doe, and Poe, Pulling Back the Curtain, 12.\n")
    first, again = doc.notes[0].citations[0], doc.notes[1].citations[0]
    assert [a.family for a in first.work.authors] == ["Roe", "Doe", "Poe"]
    assert first.work.title == "Pulling Back the Curtain on Example Militias"
    assert (again.kind, again.item, again.locator) == ("short", first.item, "12")


@pytest.mark.parametrize("again", ["See Roe, Quotas for Women.", "Roe, Quotas for Women."])
def test_a_short_form_in_title_case_without_a_page_is_a_citation(again):
    # plain text keeps no italics; a family name and a title-case short title are the work cited before
    import citex

    doc = citex.extract("Text.[^1] [^2]\n\n[^1]: Mona Lena Roe, Quotas for Women in Politics (New York: Example University "
                        f"Press, 2009), 4.\n[^2]: {again}\n")
    again_cit = doc.notes[1].citations
    assert [(c.kind, c.item) for c in again_cit] == [("short", doc.notes[0].citations[0].item)]


def test_prose_before_a_comma_is_no_short_form():
    from citex.parse.features import judge

    assert judge("Lima, Peru.")[0] is None and judge("However, the Archive Was Closed.")[0] is None


def test_and_then_a_lead_phrase_opens_a_second_work():
    # "…, 45, and, for a dissenting view, Poe, Title, 40–44": two short forms, each found again
    import citex

    doc = citex.extract("Text.[^1] [^2] [^3]\n\n[^1]: Nic Roe and Brian Doe, How to Rig an Example (New Haven: Example "
                        "University Press, 2018).\n[^2]: Paul Poe, Wars, Guns, and Examples (New York: Example, 2009).\n"
                        "[^3]: See the discussion in Roe and Doe, How to Rig an Example, 45, and, for a dissenting view, Poe, "
                        "Wars, Guns, and Examples, 40-44.\n")
    third = doc.notes[2].citations
    assert [(c.kind, c.item, c.locator) for c in third] == [
        ("short", doc.notes[0].citations[0].item, "45"), ("short", doc.notes[1].citations[0].item, "40-44")]


def test_a_short_form_by_a_documents_symbol_finds_the_document_whoever_is_named_with_it():
    import citex

    doc = citex.extract("Notes\n\n1. Independent Example Commission of Inquiry, Report of the Commission, A/HRC/36/55, "
                        "8 August 2017, para. 70.\n2. Group of Example Experts, Situation of Human Rights in Example, "
                        "A/HRC/39/43, 17 August 2018, para. 30.\n3. Group of Example Experts, A/HRC/39/43, para. 34.\n"
                        "4. Commission of Inquiry, A/HRC/36/55, para. 74.\n")
    cited = [doc.notes[i].citations[0] for i in range(4)]
    assert (cited[2].kind, cited[2].item, cited[2].locator) == ("short", cited[1].item, "34")
    assert (cited[3].kind, cited[3].item, cited[3].locator) == ("short", cited[0].item, "74")


def test_a_doctrine_publication_cited_again_by_its_number_and_a_chapters_page():
    import citex

    doc = citex.extract("Notes\n\n1. Headquarters, Department of the Example, FM 3-0, Operations (Washington, DC: Department of the "
                        "Example, October 2022), 1-2.\n2. Joint Example Staff, JP 3-0, Joint Campaigns (Washington, DC: Joint "
                        "Staff, June 2022), II-1.\n3. FM 3-0, 1-9.\n4. Jane Roe, Example Book (New York: Example, 2001), 4; "
                        "JP 3-0, II-3.\n")
    fm, jp = doc.notes[0].citations[0].item, doc.notes[1].citations[0].item
    assert [(c.kind, c.item, c.locator) for c in doc.notes[2].citations] == [("short", fm, "1-9")]
    assert (doc.notes[3].citations[1].kind, doc.notes[3].citations[1].item, doc.notes[3].citations[1].locator) == (
        "short", jp, "II-3")


def test_author_date_forms_after_a_signal_or_joined_by_y_find_their_works():
    import citex

    doc = citex.extract("Notas\n\n1. Carlos Iván Ejemplo, Qué difícil es ser Dios (Lima: IEP, 2011), p. 45.\n"
                        "2. Gustavo Modelo, Sendero: historia de la guerra (Lima: Apoyo, 1990), p. 17.\n"
                        "3. Cfr. Ejemplo (2011: 60) y Modelo (1990).\n4. Véase Ejemplo (2011), cap. 2.\n")
    first, second = doc.notes[0].citations[0].item, doc.notes[1].citations[0].item
    assert [(c.kind, c.item, c.locator) for c in doc.notes[2].citations] == [("short", first, "60"), ("short", second, None)]
    assert [(c.kind, c.item, c.locator) for c in doc.notes[3].citations] == [("short", first, "2")]


def test_a_year_and_page_in_brackets_are_no_publication_facts():
    import citex

    note = citex.extract("Notas\n\n1. Véase EXCVR (2003, t. IV: 120-135).\n").notes[0]
    assert not any(c.work and c.work.title == "EXCVR" for c in note.citations)


def test_a_short_form_joining_its_authors_with_et_finds_their_book():
    from citex import extract

    doc = extract("Text.[^1] More.[^2]\n\n[^1]: Marc Exemple et Élie Tenenbaum, *La Guerre de vingt ans* (Paris : Robert "
                  "Laffont, 2021).\n[^2]: Exemple et Tenenbaum, op. cit., p. 311.\n".encode(), name="n.md")
    [c] = doc.notes[1].citations
    assert (c.kind, c.item, c.locator) == ("short", doc.notes[0].citations[0].item, "311")


def test_a_short_form_naming_an_author_with_her_co_writer():
    from citex import extract

    doc = extract(b"Text.[^1] More.[^2]\n\n[^1]: Amira Example with Andrew Doe, *The Example State* (Boulder: Example, "
                  b"2023), 10.\n[^2]: Example with Doe, pp. 45-52.\n", name="n.md")
    [c] = doc.notes[1].citations
    assert (c.kind, c.item, c.locator) == ("short", doc.notes[0].citations[0].item, "45-52")


def test_a_short_form_of_three_surnames_one_with_the_arabic_article():
    from citex import extract

    doc = extract(b"Text.[^1] More.[^2]\n\n[^1]: Michael Example, Adnan al-Example, and Casey Doe, \"The Example Council,\" "
                  b"*CTC Sentinel* 15:10 (2022): pp. 1-23.\n[^2]: See Example, al-Example, and Doe; Jane Roe, *Other* (New York: "
                  b"Example, 2001).\n", name="n.md")
    first = doc.notes[1].citations[0]
    assert (first.kind, first.item) == ("short", doc.notes[0].citations[0].item)


@pytest.mark.parametrize(("ibid", "locator"), [
    ("Ibid., annex, entry 3.", "annex, entry 3"), ("Ibid., item 4.", "item 4"),
    pytest.param("Ibid., preamble.", "preamble", id="a-part-named-by-a-word-alone"),
    pytest.param("Ibíd., conclusión tercera.", "conclusión tercera", id="a-part-named-by-two-words"),
    pytest.param("Ibid., my translation.", None, id="a-remark-on-the-quotation-is-no-part"),
    pytest.param("Ibid., passim.", None, id="passim-is-no-part"),
    pytest.param("Id. at S10985.", "S10985", id="a-page-of-the-congressional-record"),
])
def test_an_ibid_with_a_part_no_label_list_holds_is_still_an_ibid(ibid, locator):
    import citex

    doc = citex.extract(f"Notes\n\n1. Example Council, Final Report of the Example Panel, S/2021/229, 8 March 2021, para. 12.\n"
                        f"2. {ibid}\n")
    cited = doc.notes[1].citations
    assert [(c.kind, c.item, c.locator) for c in cited] == [("ibid", doc.notes[0].citations[0].item, locator)]


@pytest.mark.parametrize("short", ["Roe, Doe and Poe, The Long Example of Unconventional Warfare, 22.",
                                   "Roe, Doe, and Poe, The Long Example of Unconventional Warfare, 22."])
def test_three_surnames_without_a_serial_comma_and_a_long_short_title(short):
    import citex

    doc = citex.extract("Notes\n\n1. Jane Roe, John Doe and Ann Poe, The Long Example of Unconventional Warfare Beyond "
                        f"the Border (London: Example Institute, 2024), 15.\n2. {short}\n")
    cited = doc.notes[1].citations
    assert [(c.kind, c.item, c.locator) for c in cited] == [("short", doc.notes[0].citations[0].item, "22")]


@pytest.mark.parametrize("short", ['Roe, "Example Group," see note 1.', 'Roe, "Example Group," see note 1, p. 9.'])
def test_a_short_form_that_sends_the_reader_to_its_note(short):
    import citex

    doc = citex.extract('Notes\n\n1. Jane Roe, "Example Group," Example Review, November 2019.\n'
                        '2. John Doe, Another Example (London: Example Press, 2001).\n'
                        f"3. {short}\n")
    cited = doc.notes[2].citations
    assert [(c.kind, c.item) for c in cited] == [("short", doc.notes[0].citations[0].item)]


def test_a_short_form_whose_first_author_has_a_surname_of_several_particles():
    import citex

    doc = citex.extract("Notes\n\n1. Jeanine de Roy van Example and Edwin Sample, Returning Example Fighters (The Hague: "
                        "Example Centre, 2014), 3.\n2. Example Council, Resolution 2178 (2014), 24 September 2014.\n"
                        "3. De Roy van Example and Sample, Returning Example Fighters, 4.\n4. Ibid.\n")
    book = doc.notes[0].citations[0].item
    assert [(c.kind, c.item, c.locator) for n in doc.notes[2:] for c in n.citations] == [("short", book, "4"),
                                                                                       ("ibid", book, None)]


@pytest.mark.parametrize("second", ["originally published as *Les exemples* (Paris: Exemple, 1961)",
                                    "see also her *Other Examples* (London: Example Press, 2012)",
                                    "An English edition appeared as *Going Example* (London: Example Press, 2020)"])
def test_another_edition_or_a_possessive_gives_the_work_to_the_author_before(second):
    import citex

    doc = citex.extract(f"Notes\n\n1. Jane Roe, *Example Lives* (London: Example Press, 2010), 4; {second}.\n")
    first, other = doc.notes[0].citations
    assert [a.family for a in other.work.authors] == ["Roe"] and not other.work.title.lower().startswith(("her", "an "))


@pytest.mark.parametrize("again", ["Roe, X post.", "Ibid.; Roe, X post."])
def test_a_post_named_again_by_its_author_and_platform(again):
    import citex

    doc = citex.extract("Notes\n\n1. Jane Roe, X post, December 25, 2024.\n"
                        f"2. John Doe, The Example (London: Example Press, 2001).\n3. {again}\n")
    post = doc.notes[0].citations[0].item
    assert [(c.kind, c.item) for c in doc.notes[2].citations][-1] == ("short", post)


def test_reports_of_one_title_with_different_symbols_are_different_works():
    import citex

    doc = citex.extract('Notes\n\n1. "Final report of the Panel of Experts on Examplia," S/2018/68, January 26, 2018.\n'
                        '2. "Final report of the Panel of Experts on Examplia," S/2022/50, January 28, 2022.\n'
                        '3. See "Final report of the Panel of Experts on Examplia," S/2022/50, para. 87.\n')
    first, second, third = (n.citations[0].item for n in doc.notes)
    assert first != second and third == second


def test_a_cases_decision_and_a_brief_filed_in_it_are_two_works_and_the_short_form_cites_the_decision():
    import citex

    doc = citex.extract("Notes\n\n1. Roe v. Example LLC, 598 U.S. 617 (2023).\n"
                        "2. Brief for Respondent Example LLC at 20, Roe v. Example LLC, No. 21-1333 (U.S. Jan. 12, 2023).\n"
                        "3. Roe, 598 U.S. at 622.\n")
    decision, brief, short = (n.citations[0] for n in doc.notes)
    assert decision.item != brief.item
    assert (short.kind, short.item, short.locator) == ("short", decision.item, "622")


def test_one_docket_printed_two_ways_stays_one_work():  # the indictment and the case cited by its docket number
    import citex

    doc = citex.extract("Notes\n\n1. Superseding Indictment, United States v. Jane Roe, No. 09-CR-466 (BMC) (E.D.N.Y. 2014).\n"
                        "2. United States v. Jane Roe, No. 09-CR-466 (E.D.N.Y. 2014).\n")
    assert doc.notes[0].citations[0].item == doc.notes[1].citations[0].item


def test_a_bare_cross_reference_to_a_note_of_several_works_keeps_them_as_candidates():
    import citex

    doc = citex.extract("Notes\n\n1. Jane Roe, Example Book (London: Example Press, 2001); John Doe, Other Book (London: Example "
                        "Press, 2002).\n2. See note 1 above. The dataset, covering 412 designations between 2019 and 2023, is "
                        "available from the authors on request.\n")
    [cited] = doc.notes[1].citations  # the sentence after it names no dataset
    assert (cited.kind, cited.ambiguous, list(cited.item)) == ("short", True, [c.item for c in doc.notes[0].citations])


@pytest.mark.parametrize("pointer", ["See footnote 1.", "See note 1.", "See footnote 1, above.", "Note 1 above.",
                                     "For the example indictment, see footnote 1."])
def test_a_note_that_points_to_another_notes_works_cites_them(pointer):
    import citex

    doc = citex.extract(f"Notes\n\n1. Jane Roe, Example Book (London: Example Press, 2001), 4.\n2. {pointer}\n")
    [cited] = doc.notes[1].citations
    assert (cited.kind, cited.item, cited.locator) == ("short", doc.notes[0].citations[0].item, None)


def test_a_note_pointing_to_a_later_note_is_unresolved_and_said_so():
    import citex

    doc = citex.extract("Notes\n\n1. See footnote 2.\n2. Jane Roe, Example Book (London: Example Press, 2001), 4.\n")
    [cited] = doc.notes[0].citations
    assert cited.item is None and any(w.code == "unresolved" and w.note == 1 for w in doc.warnings)


def test_a_short_form_naming_its_note_stays_one_short_form():
    import citex

    doc = citex.extract("Notes\n\n1. Jane Roe, Example Book (London: Example Press, 2001), 4.\n"
                        "2. Jane Roe, Example Book, see note 1 above.\n")
    assert [(c.kind, c.item) for c in doc.notes[1].citations] == [("short", doc.notes[0].citations[0].item)]
    assert not doc.notes[1].commentary


@pytest.mark.parametrize("short", ["FM 3-24, 5-2.", "FM 3-24, Counterinsurgency, 5-2."])
def test_a_doctrine_publication_cited_again_by_its_number(short):
    import citex

    doc = citex.extract("Notes\n\n1. Headquarters, Department of the Army, Field Manual (FM) 3-24, Counterinsurgency "
                        f"(Washington, DC: U.S. Government Printing Office, 2006), 1-27.\n2. {short}\n")
    (c,) = doc.notes[1].citations
    assert (c.kind, c.item, c.locator) == ("short", doc.notes[0].citations[0].item, "5-2")


def test_two_people_of_one_family_name_heard_on_one_day_are_two_interviews():
    import citex

    doc = citex.extract("Notes\n\n1. Interview with Jane Roe, Bamako, May 2, 2014.\n"
                        "2. Interview with Hassan Roe, Bamako, May 2, 2014.\n3. Interview with J. Roe, Bamako, May 2, 2014.\n")
    assert doc.notes[0].citations[0].item == doc.notes[2].citations[0].item  # ("J." may be Jane)
    assert doc.notes[0].citations[0].item != doc.notes[1].citations[0].item


def test_an_interview_cited_again_without_its_place_or_cover_name_note_is_the_same_interview():
    # human-rights reports give a cover name once ("A.K. (pseudonym), former detainee, Kampala, <date>") and then cite
    # the interview by the initials and day alone; the same initials heard elsewhere that day are another interview
    import citex

    doc = citex.extract("Notes\n\n1. Example Watch interview with A.K. (pseudonym), former detainee, Kampala, March 3, 2021.\n"
                        "2. Example Watch interview with A.K., March 3, 2021.\n"
                        "3. Example Watch interview with A.K., Gulu, March 3, 2021.\n")
    first, again, elsewhere = (n.citations[0] for n in doc.notes)
    assert [a.literal for a in first.work.authors] == ["A.K."]
    assert again.item == first.item and elsewhere.item != first.item


def test_a_short_form_naming_the_note_of_someone_elses_work_stays_unresolved():
    # "Doe (n 1) 201" when the one work read in note 1 is Roe's: Doe's work there was missed, and is not Roe's
    import citex

    doc = citex.extract("Notes\n\n1. Jane Roe, Example Fragments (Example Press 2020).\n2. Roe (n 1) 87; Doe (n 1) 201.\n")
    roe, doe = doc.notes[1].citations
    assert roe.item == doc.notes[0].citations[0].item and doe.item is None
    assert any(w.code == "unresolved" and w.note == 2 for w in doc.warnings)


def test_a_short_form_naming_a_report_number_no_earlier_report_bears_is_not_the_bodys_other_report():
    import citex

    doc = citex.extract("Notes\n\n1. Example Group Asia Report N°261, Example: The Politics of a State, 22 October 2014.\n"
                        "2. Example Group Asia Briefing N°154, op. cit.\n3. Example Group Report N°261, op. cit., p. 7.\n")
    assert doc.notes[1].citations[0].item is None
    assert doc.notes[2].citations[0].item == doc.notes[0].citations[0].item


@pytest.mark.parametrize(("again", "kind", "locator"), [
    ("Tamże, s. 112.", "ibid", "112"), ("Tamtéž, s. 12–13.", "ibid", "12-13"), ("Uo., 50.", "ibid", "50"),
    ("Roe, i. m., 170.", "short", "170"),
])
def test_polish_czech_and_hungarian_back_references(again, kind, locator):
    # Polish "tamże", Czech "tamtéž", Hungarian "uo." (the same place); Hungarian "i. m." (the work cited)
    import citex

    doc = citex.extract(f"Notes\n\n1. Jane Roe, Example Book (London: Verso, 2019), 4.\n2. {again}\n")
    (c,) = doc.notes[1].citations
    assert (c.kind, c.item, c.locator) == (kind, doc.notes[0].citations[0].item, locator)


@pytest.mark.parametrize(("again", "locator"), [("Roe, Example File, 17, 36.", "17, 36"),
                                                ("Roe, Example File, 17–19, 36, 40.", "17-19, 36, 40")])
def test_a_short_form_citing_several_pages_finds_its_work(again, locator):
    import citex

    doc = citex.extract("Notes\n\n1. Jane Roe, The Example File: A Declassified Dossier (New York: New Press, 2013), 12.\n"
                        f"2. {again}\n")
    (c,) = doc.notes[1].citations
    assert (c.kind, c.item, c.locator) == ("short", doc.notes[0].citations[0].item, locator)


def test_a_short_form_by_the_first_authors_compound_family_et_al_and_a_page_like_a_year():
    # "…, 1905" after a short title is the page cited (journals run past page 1900), not a work of 1905
    import citex

    doc = citex.extract("Notes\n\n1. Jorge Caballero Espejo et al., “Deforestation and Forest Degradation Due to Gold Mining,” "
                        "*Remote Sensing* 10, no. 12 (2018): 1890–1920.\n"
                        "2. Caballero Espejo et al., “Deforestation and Forest Degradation,” 1905.\n")
    first, again = (n.citations[0] for n in doc.notes)
    assert (again.kind, again.item, again.locator, len(doc.items)) == ("short", first.item, "1905", 1)


def test_a_short_form_that_names_the_author_in_full_again_finds_the_work():
    import citex

    doc = citex.extract("Notes\n\n1. Tanya Roe, *Wildlife Trafficking: A Deconstruction* (Basingstoke: Example, 2013), 45.\n"
                        "2. Tanya Roe, Wildlife Trafficking, 102.\n")
    first, again = (n.citations[0] for n in doc.notes)
    assert (again.kind, again.item, again.locator) == ("short", first.item, "102")


def test_a_standard_cited_again_by_its_number_and_page():
    import citex

    doc = citex.extract("Notes\n\n1. National Institute of Standards and Technology, Computer Security Incident Handling Guide, "
                        "NIST Special Publication 800-61 Revision 2 (Gaithersburg, MD: NIST, 2012), 12.\n2. NIST SP 800-61r2, 21.\n")
    first, again = doc.notes
    (cit,) = again.citations
    assert (cit.kind, cit.item, cit.locator, again.commentary) == ("short", first.citations[0].item, "21", None)


def test_a_body_and_a_documents_symbol_cited_before_name_that_document():
    # "IAEA, GOV/2023/39, 7." has the shape of an archive and its shelfmark; the symbol was cited in full before
    import citex

    doc = citex.extract("Notes\n\n1. International Atomic Energy Agency, Verification and Monitoring in Examplia, GOV/2023/39, "
                        "5 September 2023, 4.\n2. IAEA, GOV/2023/39, 7.\n")
    first, again = (n.citations[0] for n in doc.notes)
    assert (again.kind, again.item, again.locator, len(doc.items)) == ("short", first.item, "7", 1)


def test_an_agreement_cited_again_by_its_initials_or_its_symbol_with_an_annex_and_paragraph():
    import citex

    doc = citex.extract("Notes\n\n1. Joint Comprehensive Plan of Action, Vienna, July 14, 2015.\n"
                        "2. United Nations Security Council, Resolution 2231 (2015), S/RES/2231, July 20, 2015.\n"
                        "3. JCPOA, annex I, para. 28.\n4. S/RES/2231, annex B, para. 3.\n"
                        "5. Joint Comprehensive Plan of Action, annex I, para. 29.\n")
    plan, resolution = (doc.notes[i].citations[0].item for i in (0, 1))
    assert [(c.kind, c.item, c.locator) for n in doc.notes[2:] for c in n.citations] == [
        ("short", plan, "annex I, para. 28"), ("short", resolution, "annex B, para. 3"), ("short", plan, "annex I, para. 29")]
    assert len(doc.items) == 2


def test_a_family_of_two_words_printed_whole_in_a_short_form_corrects_the_authors_name():
    # "Myriam Dunn Cavelty" reads as Cavelty, Myriam Dunn; the author's own short form "Dunn Cavelty" says otherwise
    import citex

    doc = citex.extract("Notes\n\n1. Myriam Dunn Example, “Cyber-Security,” in Contemporary Security Studies, ed. Alan Roe "
                        "(Oxford: Oxford University Press, 2019), 410–26.\n2. Dunn Example, “Cyber-Security,” 415.\n"
                        "3. Mary Jane Doe, *Example Book* (London: Example, 2010), 4.\n4. Jane Doe, *Example Book*, 5.\n")
    first, _, other, _ = (n.citations[0] for n in doc.notes)
    works = {i.id: i.work for i in doc.items}
    assert [(a.family, a.given) for a in works[first.item].authors] == [("Dunn Example", "Myriam")]
    assert [(a.family, a.given) for a in works[other.item].authors] == [("Doe", "Mary Jane")]  # ("Jane" is a given name)


def test_a_family_name_and_a_one_word_short_title_without_a_page_is_a_short_form_of_a_work_cited_before():
    # "Roe, Sandworm" alone could be two family names; a Roe who wrote *Sandworm* earlier in the notes settles it
    import citex

    doc = citex.extract("Notes\n\n1. Andy Roe, *Sandworm: A New Era of Example* (New York: Example, 2019), 45.\n"
                        "2. Ben Doe, *The Hacker and the Example* (Cambridge: Example, 2020), 12.\n"
                        "3. Roe, Sandworm; Doe, Hacker and the Example, 288–90.\n4. Poe, Jones.\n")
    first, second = (doc.notes[i].citations[0].item for i in (0, 1))
    third, fourth = doc.notes[2], doc.notes[3]
    assert [(c.kind, c.item, c.locator) for c in third.citations] == [("short", first, None), ("short", second, "288-90")]
    assert third.commentary is None
    assert (fourth.citations, fourth.commentary) == ((), "Poe, Jones.")  # (nothing cited before: left as printed)


@pytest.mark.parametrize(("note", "locator"), [("Id. at 740 & fig. 2.", "740 & fig. 2"), ("Id. at 5, tbl. 3.", "5, tbl. 3")])
def test_id_with_a_figure_or_table_on_the_page_is_ibid(note, locator):
    import citex

    doc = citex.extract(f"Notes\n\n1. Jane Roe, Example Book (London: Example, 2010), 4.\n2. {note}\n")
    first, again = doc.notes
    assert [(c.kind, c.item, c.locator) for c in again.citations] == [("ibid", first.citations[0].item, locator)]
    assert len(doc.items) == 1


def test_a_body_named_with_the_note_of_its_report_is_a_short_form_of_that_report_not_a_new_work():
    import citex

    doc = citex.extract("Notes\n\n1. Ministry of Example Affairs, *Annual Report 2022-23* (New Delhi: Government of Example, "
                        "2023), 12.\n2. Jane Roe, *Example Book* (London: Example Press, 2010), 45.\n"
                        "3. Ministry of Example Affairs, n. 1, pp. 4–6.\n4. Ibid., p. 18.\n")
    cited = [n.citations[0] for n in doc.notes]
    assert [(c.kind, c.item, c.locator) for c in cited[2:]] == [("short", cited[0].item, "4-6"), ("ibid", cited[0].item, "18")]


def test_an_italian_journals_issue_after_its_volume_names_no_note():
    import citex

    doc = citex.extract("Note\n\n1. Jane Roe, *Example Book* (Roma: Example, 2010), 45.\n"
                        "2. Ugo Doe, «Un esempio», Meridiana, vol. 12, n. 1, 2019, pp. 4-5.\n")
    assert doc.notes[1].citations[0].kind == "full" and doc.notes[1].citations[0].item != doc.notes[0].citations[0].item


def test_a_short_form_opening_on_a_capitalised_particle_finds_the_work_of_that_family():
    import citex

    doc = citex.extract('Notes\n\n1. Ursula von der Example, "Statement by President von der Example on energy," European '
                        'Commission, March 8, 2022.\n2. Von der Example, "Statement on energy."\n')
    first, second = (n.citations[0] for n in doc.notes)
    assert (second.kind, second.item) == ("short", first.item)


def test_a_short_form_by_one_person_is_no_short_form_of_another_persons_work_sharing_its_title_words():
    import citex

    doc = citex.extract('Notes\n\n1. Ann Doe, "The Example Uprising and Revivalism," Example Spectrum 45, no. 2 (2010): 95–108.\n'
                        "2. Roe, Example Uprising, 131–5.\n")
    assert doc.notes[1].citations[0].item != doc.notes[0].citations[0].item


@pytest.mark.parametrize(("ibid", "locator"), [("Ibid., 134, table A4.", "134, table A4"), ("Ibid., 12, box 3.", "12")])
def test_an_ibid_with_a_page_and_what_else_is_on_it_is_the_same_work_not_a_new_one(ibid, locator):
    import citex

    doc = citex.extract(f"Notes\n\n1. International Example Fund, *World Example Outlook* (Washington, DC: IMF, 2023), 12.\n"
                        f"2. {ibid}\n3. Ibid., 45.\n")
    first, second, third = (n.citations[0] for n in doc.notes)
    assert (second.kind, second.item, second.locator, third.item) == ("ibid", first.item, locator, first.item)
    assert len(doc.items) == 1


@pytest.mark.parametrize(("short", "locator"), [("Roe, testimony, 6–7.", "6-7"), ("Roe, speech.", None)])
def test_a_speakers_testimony_or_speech_cited_again_by_its_kind_alone_finds_it(short, locator):
    import citex

    doc = citex.extract("Notes\n\n1. Jane Roe, Director, Example Office, testimony before the Senate Banking Committee, "
                        f"February 6, 2024, 5.\n2. {short}\n")
    first, second = (n.citations[0] for n in doc.notes)
    assert (second.kind, second.item, second.locator) == ("short", first.item, locator)


def test_a_short_title_that_opens_on_a_spanish_question_mark_finds_its_work():
    import citex

    doc = citex.extract("Notas\n\n1. Juan Roe, ¿En qué va la sustitución de cultivos? Desafíos actuales (Bogotá: Fundación "
                        "Ejemplo, 2019), 4.\n2. Roe, ¿En qué va la sustitución de cultivos?, op. cit., pp. 20-21.\n")
    first, second = (n.citations[0] for n in doc.notes)
    assert (second.kind, second.item, second.locator) == ("short", first.item, "20-21")


@pytest.mark.parametrize("family", ["Idler", "Ibarra", "Ibáñez"])
def test_a_family_name_that_opens_on_id_or_ib_is_a_short_form_not_an_ibid(family):
    import citex

    doc = citex.extract(f"Notes\n\n1. Jane {family}, *Example Borders* (London: Routledge, 2012), 4.\n"
                        "2. Personal interview, coca farmer, Huanta, Peru, May 14, 2013.\n"
                        f"3. {family}, p. 70.\n")
    third = doc.notes[2].citations[0]
    assert (third.kind, third.item, third.locator) == ("short", doc.notes[0].citations[0].item, "70")


def test_a_short_title_that_leaves_out_the_country_before_the_colon_finds_its_report():
    import citex

    doc = citex.extract('Notes\n\n1. "Burkina Faso: Stopping the Spiral of Example," International Crisis Group, Africa Report '
                        'No. 287, February 24, 2020.\n2. Crisis Group, "Stopping the Spiral," p. 14.\n')
    first, second = (n.citations[0] for n in doc.notes)
    assert (second.kind, second.item, second.locator) == ("short", first.item, "14")


@pytest.mark.parametrize(("ibid", "locator"), [("ibid art 105.", "105"), ("ibid s 26.", "26")])
def test_an_oscola_ibid_with_an_article_or_section_keeps_the_citation(ibid, locator):
    import citex

    doc = citex.extract(f"Notes\n\n1. Jane Roe, *Example Law of the Sea* (London: Verso, 2015), 4.\n2. {ibid}\n")
    second = doc.notes[1].citations
    assert [(c.kind, c.item, c.locator, c.label) for c in second] == [
        ("ibid", doc.notes[0].citations[0].item, locator, "section")]


def test_an_author_date_short_form_opening_on_a_particle_in_lower_case_is_cited():
    import citex

    doc = citex.extract("Notes\n\n1 van de Roe, R., Doe, A. and Poe, B. (2022), ‘Example governance’, *Example Health*, 7(3), "
                        "pp. 1–12.\n2 Poe (2020), p. 4; see also van de Roe et al. (2022), p. 30.\n")
    [first] = doc.notes[0].citations
    second = doc.notes[1].citations
    assert len(second) == 2 and (second[1].kind, second[1].locator, second[1].item) == ("short", "30", first.item)


def test_author_date_short_forms_with_a_table_or_a_chapter_and_a_first_author_inverted_in_full():
    import citex

    doc = citex.extract("Notes\n\n1 Roe-Kunt, Asli, Leora Doe, Dorothe Poe, and Saniya Ansar, *The Global Example Database 2021* "
                        "(Washington, DC: Example Bank, 2022).\n2 Roe-Kunt et al. (2022, table 1.1). The figures refer to adults.\n"
                        "3 Roe-Kunt et al. (2022, ch. 3).\n4 Roe-Kunt et al. (2022, p. 185). See also Doe (2017) for a survey.\n")
    [book] = doc.notes[0].citations
    assert [a.family for a in book.work.authors] == ["Roe-Kunt", "Doe", "Poe", "Ansar"]
    later = [n.citations[0] for n in doc.notes[1:]]
    assert [(c.kind, c.item, c.locator, c.label) for c in later] == [
        ("short", book.item, "1.1", "table"), ("short", book.item, "3", "chapter"), ("short", book.item, "185", "page")]


@pytest.mark.parametrize(("cited", "locator", "label"), [
    pytest.param("Ibid., rule 98, p. 340.", "98, p. 340", "rule", id="a-rule-then-its-page"),
    pytest.param("Ibid., para. 4, p. 12.", "4, p. 12", "paragraph", id="a-paragraph-then-its-page"),
])
def test_ibid_with_a_part_then_its_page(cited, locator, label):
    import citex

    doc = citex.extract("Notes\n\n1 Jean-Marie Roe and Louise Doe-Beck, *Customary International Example Law*, vol. 1 (Cambridge: "
                        f"Cambridge University Press, 2005), 337.\n2 {cited}\n3 Ibid.\n")
    [first], [again], [third] = (n.citations for n in doc.notes)
    assert (again.kind, again.item, again.locator, again.label) == ("ibid", first.item, locator, label)
    assert third.item == first.item


def test_a_later_work_by_an_author_named_by_family_alone_takes_the_given_name_printed_before():
    # Chicago names the author in full once: "Cynthia Roe, *Bananas* (…); Roe, *Maneuvers* (…)" is her second book
    import citex

    doc = citex.extract("Notes\n\n1. Cynthia Roe, *Bananas, Beaches and Examples* (Berkeley: Example Press, 2014), 7; Roe, "
                        "*Maneuvers: The Example Politics* (Berkeley: Example Press, 2000), 289–90.\n")
    works = [doc.item(c.item).work for c in doc.notes[0].citations]
    assert [(w.title, w.authors[0].family, w.authors[0].given) for w in works] == [
        ("Bananas, Beaches and Examples", "Roe", "Cynthia"), ("Maneuvers: The Example Politics", "Roe", "Cynthia")]


def test_a_family_name_printed_with_two_given_names_before_gets_neither():
    import citex

    doc = citex.extract("Notes\n\n1. Jane Roe, *First Example* (London: Example Press, 2014), 7.\n2. Ann Roe, *Second Example* "
                        "(London: Example Press, 2015), 8.\n3. Roe, *Third Example* (London: Example Press, 2016), 9.\n")
    assert doc.item(doc.notes[2].citations[0].item).work.authors[0].given is None


def test_supra_note_with_a_roman_number_as_word_numbers_endnotes():
    # Word numbers endnotes i, ii, iii: "supra note i" points to the first, of two works by the same author
    import citex

    doc = citex.extract("Body.[^i][^ii][^iii]\n\n[^i]: Robert Roe, *No Example Is Free* (New York: Example Books, 2023), 12.\n"
                        "[^ii]: Robert Roe, \"Example Trade,\" *Example Affairs* 99, no. 2 (2020): 4.\n"
                        "[^iii]: Roe, supra note i, at 94.\n")
    (c,) = doc.notes[2].citations
    assert (c.kind, c.item, c.locator) == ("short", doc.notes[0].citations[0].item, "94")


@pytest.mark.parametrize(("back", "locator"), [
    pytest.param("Roe, *supra* n. 1, at 475.", "475", id="supra-n-with-a-name"),
    pytest.param("*Supra* note 1, at 17.", "17", id="supra-note-with-no-name"),
    pytest.param("Note 1 above, at 481.", "481", id="note-above-with-no-name"),
    pytest.param("Roe, op. cit. n. 1, 10.", "10", id="op-cit-n"),
])
def test_back_references_by_the_note_the_work_was_cited_in(back, locator):
    """Each of these was taken for commentary: the citation was lost with no warning."""
    doc = citex.extract(f"Notes\n\n1. Joseph Roe, *Advising Examples*, 86 Ind. L.J. 543 (2012).\n2. {back}\n")
    [cited] = doc.notes[1].citations
    assert (cited.kind, cited.item, cited.locator) == ("short", doc.notes[0].citations[0].item, locator)


def test_a_last_author_after_and_is_no_report_series():
    """"…, and David A. Shirk, Drug Violence in Mexico: Data and Analysis Through 2016 (…)": "Analysis Through 2016" read
    as a numbered series cut the list before the last author, who became the title."""
    doc = citex.extract("Notes\n\n1. Kimberly Roe, Octavio Rodríguez Poe, and David A. Shirk, Drug Violence in Example: Data and "
                        "Analysis Through 2016 (San Diego: Example Center, March 2017), p. 17.\n2. Roe, Rodríguez Poe, and Shirk, p. 19.\n")
    first, again = doc.notes[0].citations[0], doc.notes[1].citations[0]
    assert [a.family for a in first.work.authors] == ["Roe", "Rodríguez Poe", "Shirk"]
    assert first.work.title == "Drug Violence in Example: Data and Analysis Through 2016" and again.item == first.item


def test_a_short_form_naming_every_author_finds_their_work_not_one_with_a_fourth():
    doc = citex.extract("Notes\n\n1. Kim Roe, Octavio Rodríguez Poe, and David A. Shirk, *Example Violence* (San Diego: Example "
                        "Center, 2017), p. 17.\n2. Laura Doe, Kim Roe, Octavio Rodríguez Poe, and David A. Shirk, *Example Crime* "
                        "(San Diego: Example Center, 2019), p. 23.\n3. Roe, Rodríguez Poe, and Shirk, p. 19.\n")
    assert doc.notes[2].citations[0].item == doc.notes[0].citations[0].item


def test_a_quotation_inside_an_unmarked_title_after_a_body():
    doc = citex.extract("Notes\n\n1. Example Rights Watch, Neither Rights Nor Security: Killings and Disappearances in Example's "
                        "\"War on Drugs\" (New York: Example Rights Watch, November 2011), pp. 5-6.\n2. Example Rights Watch, p. 24.\n")
    first, again = doc.notes[0].citations[0], doc.notes[1].citations[0]
    assert [a.literal for a in first.work.authors] == ["Example Rights Watch"] and again.item == first.item


@pytest.mark.parametrize("ibid", ["Íbid., 32.", "Íbidem, p. 32.", "*Íbid.*, p. 32."])
def test_ibid_spelt_with_an_accent_on_its_i_is_ibid(ibid):
    # "Íbid." is a common Spanish spelling: it is the same work, and the plain "Ibid." after it still finds it
    import citex

    doc = citex.extract(f"Notes\n\n1. María Roe, *Guerras recicladas* (Bogotá: Aguilar, 2014), 22.\n2. {ibid}\n3. Ibid.\n")
    kinds = [[c.kind for c in n.citations] for n in doc.notes]
    assert kinds == [["full"], ["ibid"], ["ibid"]]
    assert doc.notes[1].citations[0].locator == "32"
    assert doc.notes[2].citations[0].item == doc.notes[1].citations[0].item == doc.notes[0].citations[0].item is not None


def test_papers_filed_in_one_case_are_each_a_work_of_their_own():
    import citex

    doc = citex.extract("Notes\n\n1. Criminal Complaint, United States v. John Roe (S.D.N.Y. 2019), p. 3.\n"
                        "2. Indictment, United States v. John Roe (S.D.N.Y. 2019), p. 5.\n"
                        "3. Sentencing Memorandum, United States v. John Roe (S.D.N.Y. 2019), p. 8.\n"
                        "4. Indictment, United States v. John Roe (S.D.N.Y. 2019), p. 6.\n")
    items = [n.citations[0].item for n in doc.notes]
    assert len(set(items[:3])) == 3 and items[3] == items[1]
    assert [n.citations[0].work.genre for n in doc.notes[:3]] == ["Criminal Complaint", "Indictment", "Sentencing Memorandum"]


def test_a_short_form_that_names_the_outlet_again_is_the_work_cited_before():
    import citex

    doc = citex.extract("Notes\n\n1. Ana Roe, “Los pactos secretos de la pandilla,” El Ejemplo, 3 de septiembre de 2020.\n"
                        "2. Roe, “Los pactos secretos,” El Ejemplo.\n")
    first, second = doc.notes[0].citations[0], doc.notes[1].citations[0]
    assert (second.kind, second.item) == ("short", first.item)
    assert len(doc.items) == 1


@pytest.mark.parametrize("later", ["Informe final, 35.", "Informe final, p. 35."])
def test_a_title_in_sentence_case_and_a_page_is_a_short_form_of_the_work_of_that_title(later):
    import citex

    doc = citex.extract("Notes\n\n1. Comisión de Ejemplo, *Informe final* (Lima: CE, 2003), tomo VIII, 34.\n"
                        f"2. {later}\n3. Judgment of November 29, 2006.\n")
    (cite,) = doc.notes[1].citations
    assert (cite.kind, cite.item, cite.locator) == ("short", doc.notes[0].citations[0].item, "35")
    assert all(c.kind != "short" for c in doc.notes[2].citations)  # a date's year is no page


def test_a_short_forms_initial_chooses_between_two_authors_of_one_family_name():
    import citex

    doc = citex.extract("Notes\n\n1. Carlos Roe, \"Ronderos toman la carretera,\" La República, March 3, 2013.\n"
                        "2. Alan Roe Pérez, El futuro diferente (Lima: Example Editores, 1982), 40.\n3. A. Roe, 42.\n"
                        "4. J. Roe, 5.\n")
    assert doc.notes[2].citations[0].item == doc.notes[1].citations[0].item
    assert doc.notes[3].citations[0].item is None
    assert any(w.code == "unresolved" and w.note == 4 for w in doc.warnings)


def test_a_cross_reference_to_a_note_citing_a_body_by_a_persons_name_is_that_persons_work():
    import citex

    doc = citex.extract("Notes\n\n1. EXODC, World Example Report 2019 (United Nations 2019) 17.\n"
                        "2. Anna Roe, 'The Use of Force by Private Security Companies' (2013) 62 ICLQ 667.\n"
                        "3. Roe (n 1) 690.\n")
    (cite,) = doc.notes[2].citations
    assert (cite.item, cite.locator) == (doc.notes[1].citations[0].item, "690")
    assert [w.code for w in doc.warnings if w.note == 3] == ["note-mismatch"]


def test_a_short_form_printed_before_its_full_citation_is_one_work_with_it():
    import citex

    doc = citex.extract("Notes\n\n1. Roe, From Pablo to Example, 120.\n"
                        "2. Jane Roe, From Pablo to Example: Trafficking and Networks (University Park: Example Press, 2007), 12.\n"
                        "3. Roe, 130.\n")
    items = [n.citations[0].item for n in doc.notes]
    assert items[0] == items[1] == items[2] and len(doc.items) == 1
    assert doc.item(items[0]).work.title == "From Pablo to Example: Trafficking and Networks"
    assert [(w.code, w.note) for w in doc.warnings] == [("short-before-full", 1)]


def test_a_short_title_quoting_a_phrase_finds_its_full_citation():
    doc = citex.extract(
        "Notes\n\n"
        "1. Crisis Group Africa Report N°276, Speaking with the “Bad Guys”: Toward Dialogue with Central Mali’s Jihadists, "
        "28 May 2019.\n"
        "2. Crisis Group Report, Speaking with the “Bad Guys”, op. cit., p. 12.\n", input_format="text")
    [full_cite], [short_cite] = (n.citations for n in doc.notes)
    assert (short_cite.kind, short_cite.item, short_cite.locator) == ("short", full_cite.item, "12")


def test_a_name_and_a_kind_of_work_with_a_page_is_a_short_form_of_that_persons_work():
    doc = citex.extract(
        "Notes\n\n"
        "1. Statement of Admiral Philip S. Davidson, Commander, U.S. Indo-Pacific Command, before the Senate Armed Services "
        "Committee, March 9, 2021, 6.\n"
        "2. Davidson testimony, 7.\n"
        "3. Smith report, 3.\n", input_format="text")
    [full_cite], [again], [unknown] = (n.citations for n in doc.notes)
    assert (again.kind, again.item, again.locator) == ("short", full_cite.item, "7")
    assert unknown.kind == "short" and unknown.item is None  # kept, with a warning, not dropped as commentary
    assert any(w.code == "unresolved" and w.note == 3 for w in doc.warnings)


def test_a_party_and_the_filing_named_without_a_page_is_a_short_form_of_that_filing():
    doc = citex.extract(
        "Notes\n\n"
        "1. United States of America v. John Example Doe, Criminal Complaint, U.S. District Court for the Southern District of "
        "New York, November 1, 2017, p. 6.\n"
        "2. Doe criminal complaint.\n"
        "3. Final report.\n", input_format="text")
    [full_cite], [again], last = (n.citations for n in doc.notes)
    assert (again.kind, again.item, again.locator) == ("short", full_cite.item, None)
    assert last == ()  # a kind of document with no one's name ("Final report.") names no work


def test_his_before_a_plain_or_an_italic_title_gives_the_work_to_the_author_before():
    doc = citex.extract(
        "Notes\n\n"
        "1. Jane Roe, Perception in Example Politics (Princeton, NJ: Example University Press, 1976), 58–111; and his The "
        "Logic of Example Images (Princeton, NJ: Example University Press, 1970).\n"
        "2. See also her *Perception in Example Politics*, p. 125.\n"
        "3. John Doe, Sendero de ejemplo (Lima: Apoyo, 1990). An English translation appeared as The Example Path: A History "
        "(Chapel Hill: Example University Press, 1999).\n", input_format="text")
    (first, second), (again,), (original, translation) = (n.citations for n in doc.notes)
    items = {i.id: i.work for i in doc.items}
    assert (items[second.item].title, [a.family for a in items[second.item].authors]) == ("The Logic of Example Images", ["Roe"])
    assert (again.kind, again.item, again.locator) == ("short", first.item, "125")
    assert (items[translation.item].title, [a.family for a in items[translation.item].authors]) == \
        ("The Example Path: A History", ["Doe"])


def test_op_cit_then_the_year_in_brackets_then_the_page():
    doc = citex.extract(
        "Notes\n\n"
        "1. Jane Roe, \"The Rise of Example Fighters,\" Example Security 35:3 (2010): 53-94.\n"
        "2. On this point see also: Roe, op. cit. (2010), p. 61; and John Doe, *Example: A History* (Princeton: Example "
        "University Press, 2016), pp. 220-222.\n", input_format="text")
    [first], (again, other) = (n.citations for n in doc.notes)
    assert (again.kind, again.item, again.locator) == ("short", first.item, "61")
    assert other.kind == "full" and doc.notes[1].commentary == "On this point"


@pytest.mark.parametrize("pointer", ["Véase *supra*, nota 1.", "Ver nota 1 supra.", "Voir note 1 ci-dessus."])
def test_a_spanish_or_french_pointer_to_a_note_cites_that_notes_works(pointer):
    doc = citex.extract(f"Notas\n\n1. Juana Roe, *Un libro de ejemplo* (Lima: IEP, 2010), 4.\n2. {pointer}\n", input_format="text")
    [first], [again] = (n.citations for n in doc.notes)
    assert (again.kind, again.item) == ("short", first.item)


def test_an_annual_reports_long_title_with_its_year_and_a_page_is_a_short_form():
    doc = citex.extract(
        "Notes\n\n"
        "1. Office of the Example Secretary, Military and Security Developments Involving the Example Republic of Ruritania "
        "2023 (Washington, DC: Department of Example, 2023), 12.\n"
        "2. Military and Security Developments Involving the Example Republic of Ruritania 2023, 80.\n", input_format="text")
    [first], [again] = (n.citations for n in doc.notes)
    assert (again.kind, again.item, again.locator) == ("short", first.item, "80")


def test_a_case_named_again_by_its_parties_short_names_resolves_to_it():
    doc = citex.extract(
        "Notes\n\n"
        "1. United States of America v. John Example Roe, Criminal Complaint, U.S. District Court for the Southern District of "
        "New York, November 1, 2017, p. 6.\n"
        "2. United States v. Roe, p. 8.\n", input_format="text")
    [first], [again] = (n.citations for n in doc.notes)
    assert (again.kind, again.item, again.locator) == ("short", first.item, "8")


@pytest.mark.parametrize("short, locator", [("al-Hashimi, *ʿAlam Daʿish*, 140.", "140"), ("al-Hashimi, 145.", "145"),
                                             ("See al-Hashimi, 145.", "145")])
def test_a_short_form_may_open_on_an_arabic_article_in_lower_case(short, locator):
    # (CTC Sentinel and most journals keep "al-" in lower case even at the head of a note)
    doc = citex.extract("Text.1 More.2\n\nNotes\n\n1. Hisham al-Hashimi, *ʿAlam Daʿish* (Beirut: Dar al-Hikma, 2015), 88.\n"
                        f"2. {short}\n")
    [cit] = doc.notes[1].citations
    assert (cit.kind, cit.locator, cit.item) == ("short", locator, doc.notes[0].citations[0].item)


def test_a_full_citation_opening_on_a_lower_case_arabic_article_keeps_its_author():
    doc = citex.extract("Text.1\n\nNotes\n\n1. al-ʿAdnani, \"Hadha Waʿd Allah,\" al-Furqan Media Foundation, June 29, 2014.\n")
    [cit] = doc.notes[0].citations
    assert cit.kind == "full"
    assert [a.family for a in cit.work.authors] == ["al-ʿAdnani"]
    assert cit.work.title == "Hadha Waʿd Allah"


@pytest.mark.parametrize("full_author, short", [
    ("U.S. Department of the Treasury", 'Treasury, "Tornado Cash."'),
    ("U.S. Office of Foreign Assets Control", 'OFAC, "Tornado Cash," 2.'),
])
def test_a_short_form_may_name_a_department_by_its_field_or_a_body_without_its_countrys_initials(full_author, short):
    doc = citex.extract(f'Text.1 More.2\n\nNotes\n\n1. {full_author}, "U.S. Treasury Sanctions Notorious Virtual Currency '
                        f'Mixer Tornado Cash," press release, August 8, 2022.\n2. {short}\n')
    [cit] = doc.notes[1].citations
    assert (cit.kind, cit.item) == ("short", doc.notes[0].citations[0].item)
    assert len(doc.items) == 1


def test_a_short_forms_page_that_reads_as_a_year_is_a_page_when_it_lies_within_the_works_pages():
    # ("Herfst et al., 1538." after their article on pp. 1534–41 had become a new work dated 1538, and later short forms
    # of the same authors had gone to it)
    import citex

    doc = citex.extract("A.[^1] B.[^2] C.[^3]\n\n[^1]: Jane Roe et al., “Example Transmission between Examples,” *Example "
                        "Science* 336, no. 6088 (2012): 1534–41.\n[^2]: Roe et al., 1538.\n[^3]: Roe et al., 38.\n".encode(),
                        name="a.md")
    first = doc.notes[0].citations[0].item
    assert [(n.citations[0].kind, n.citations[0].item, n.citations[0].locator) for n in doc.notes[1:]] == [
        ("short", first, "1538"), ("short", first, "38")]
    assert len(doc.items) == 1


def test_a_short_form_by_the_body_that_issued_the_work_and_its_acronym():
    # (CTC Sentinel's notes set the issuing body after the title; its short form puts the body first: "Europol, TE-SAT 2023")
    import citex

    doc = citex.extract(b"A.[^1] B.[^2]\n\n[^1]: \"Example Union Terrorism Situation and Trend Report 2023 (TE-SAT),\" Europol, "
                        b"2023, p. 38.\n[^2]: Europol, TE-SAT 2023, p. 40.\n", name="a.md")
    short = doc.notes[1].citations[0]
    assert (short.kind, short.item, short.locator) == ("short", doc.notes[0].citations[0].item, "40")
    assert not doc.warnings


def test_a_bare_german_a_a_o_is_the_work_just_cited():
    # ("am angegebenen Ort" alone, at a note's head, says what "ibid." says; after a name it is a short form)
    import citex

    doc = citex.extract("Anmerkungen\n\n1 Jane Roe, Die Kontrolle der Beispiele, Berlin 2017, S. 4.\n2 A.a.O., S. 12.\n"
                        "3 Roe, a.a.O., S. 14.\n")
    first = doc.notes[0].citations[0].item
    assert [(n.citations[0].kind, n.citations[0].item, n.citations[0].locator) for n in doc.notes[1:]] == [
        ("ibid", first, "12"), ("short", first, "14")]


@pytest.mark.parametrize("short", ["Si veda anche Roe, Doe (a cura di), op. cit., p. 120.", "Roe, Doe, op. cit., p. 120."])
def test_op_cit_after_two_editors_names_finds_their_book(short):
    # (the second name had been read as a title that no work of the first had)
    import citex

    doc = citex.extract(f"Text.[^1] More.[^2]\n\n[^1]: K. Roe, A. Doe (a cura di), *Example Actors in a Crisis*, Example "
                        f"Council, Ledizioni, Milano 2017, p. 9.\n[^2]: {short}\n".encode(), name="a.md")
    c = doc.notes[1].citations[0]
    assert (c.kind, c.item, c.locator) == ("short", doc.notes[0].citations[0].item, "120")


@pytest.mark.parametrize(("short", "same"), [("Example Fund, Country Report No. 23/168, 12.", True),
                                             ("Example Fund, Country Report No. 23/170, 12.", False)])
def test_a_short_form_by_a_bodys_report_number(short, same):
    # (a new stub item had been made of the number, beside the report cited before)
    import citex

    doc = citex.extract(f"A.[^1] B.[^2]\n\n[^1]: Example Fund, *Example Country: Request for an Arrangement*, Example Fund Country "
                        f"Report No. 23/168 (Washington, DC: Example Fund, May 2023), 5.\n[^2]: {short}\n".encode(), name="a.md")
    c = doc.notes[1].citations[0]
    assert (c.item == doc.notes[0].citations[0].item) is same
    assert c.locator == "12"


def test_an_author_date_reference_in_prose_that_names_no_work_is_said():
    # (with no work of that author and year cited before and no reference list, the reference stays prose, but the user is
    # told: it had been lost without a word)
    import citex

    doc = citex.extract(b"Text.[^1]\n\n[^1]: The drought index used here follows Roe et al. (2010); conflict events are from "
                        b"an example dataset (Doe and Poe 2013).\n", name="a.md")
    assert not doc.notes[0].citations
    said = [w.message for w in doc.warnings if w.code == "unresolved"]
    assert any("Roe et al. 2010" in m or "Roe et al. (2010)" in m for m in said)
    assert any("Doe and Poe 2013" in m for m in said)


def test_a_short_title_from_inside_the_title_finds_the_work_of_the_note_it_names():
    doc = citex.extract("Notes\n\n1. *Legal Consequences of the Construction of an Example Wall* (Advisory Opinion) [2004] ICJ Rep "
                        "136, para 139; *Armed Activities on Example Territory* (Judgment) [2005] ICJ Rep 168, paras 146–47.\n"
                        "2. *Wall* (n 1) para 140.\n")
    wall = doc.notes[0].citations[0].item
    assert [(c.kind, c.item, c.locator) for c in doc.notes[1].citations] == [("short", wall, "140")]


def test_a_books_repeated_interview_without_its_place_and_day_and_its_short_form_are_the_interview():
    # reporters' books cite the same interview again as "Author interview with X." and "X interview.": the interview
    # cited before, not a new one, nor the interviewee's own memoir
    doc = citex.extract("Notes\n\n1. Author interview with Abdul Example, Kabul, October 2010.\n"
                        "2. Abdul Example, *My Life* (New York: Columbia University Press, 2010), 45.\n"
                        "3. Example interview.\n4. Author interview with Abdul Example.\n")
    interview_item = doc.notes[0].citations[0].item
    assert [n.citations[0].item for n in doc.notes] == [interview_item, doc.notes[1].citations[0].item, interview_item,
                                                        interview_item]
    assert not [w for w in doc.warnings if w.code == "ambiguous"]


def test_a_short_title_opening_on_an_events_day_in_figures_finds_its_report():
    # "9/11 Commission Report, 254–77.": the report cited in full before, its title's first word a day in figures
    doc = citex.extract("Notes\n\n1. Example Commission on Attacks, The 9/11 Commission Report (New York: W. W. Norton, "
                        "2004), 250.\n2. 9/11 Commission Report, 254–77.\n")
    first, again = (n.citations[0] for n in doc.notes)
    assert (again.kind, again.item, again.locator) == ("short", first.item, "254-77")
