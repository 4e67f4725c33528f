"""Citation keys: family name + year + first significant title word, folded, unique, stable."""
from __future__ import annotations

import pytest

from citex.keys import assign_keys, base_key, title_words
from citex.model import Name
from citex.testing import org, work

BASE = [
    pytest.param(work("Guerrilla Faction Leader is Captured in Peru", authors="Neuman, William", date="2012-02-12"),
                 "neuman2012guerrilla", id="person-year-title"),
    pytest.param(work("Sendero Luminoso and the Threat of Narcoterrorism", authors="Tarazona-Sevillano, Gabriela; Reuter, John B.", date="1990"),
                 "tarazona-sevillano1990sendero", id="hyphenated-family-and-first-author-only"),
    pytest.param(work("Violent Opportunities: The Rise and Fall of 'King Coca' and Shining Path", authors="Kay, Bruce H.", date="1999"),
                 "kay1999violent", id="journal-article"),
    pytest.param(work("The Drugs Industry and Peasant Self-Defence in a Peruvian Cocaine Enclave", authors="van Dun, Mirella", date="2012"),
                 "vandun2012drugs", id="particle-kept-english-article-skipped"),
    pytest.param(work("Devida afirma que se entrará al Vraem", authors="Romo Espinoza, Vanessa", date="2014-01-03"),
                 "romoespinoza2014devida", id="spanish-double-surname"),
    pytest.param(work("¿Qué es el Plan VRAE y por qué no funciona?", authors="Huerto Amado, Hans", date="2012-04-16"),
                 "huertoamado2012plan", id="spanish-stop-words-and-accents"),
    pytest.param(work("Las rondas campesinas y la derrota de Sendero Luminoso", authors="Coronel, José; Degregori, Carlos Iván", date="1996"),
                 "coronel1996rondas", id="spanish-article-skipped"),
    pytest.param(work("Rondando por nuestra ley", authors="Laos F., Alejandro", date="2003"),
                 "laos2003rondando", id="abbreviated-maternal-surname-dropped"),
    pytest.param(work("L'économie de la drogue en Amazonie", authors="Dupré, Hélène", date="2008"),
                 "dupre2008economie", id="french-elision-and-accents"),
    pytest.param(work("Die Kokabauern und der Staat", authors="Müller, Jürgen", date="2010"),
                 "muller2010kokabauern", id="german-article-and-umlaut"),
    pytest.param(work("Peru's Shining Path: Recent Dynamics", authors="O'Brien, Sean", date="2011"),
                 "obrien2011peru", id="apostrophes-and-possessive"),
    pytest.param(work("Global Dimensions of High Intensity Crime", editors="Turbiville, Graham H.", date="1995"),
                 "turbiville1995global", id="editor-when-no-author"),
    pytest.param(work("Counternarcotics Assistance", authors=[org("U.S. Government Accountability Office")], date="2012", type="report"),
                 "usgovernment2012counternarcotics", id="organisation-author"),
    pytest.param(work("Perú Monitoreo de Cultivos de Coca 2012", date="2013", type="report"),
                 "peru2013monitoreo", id="unsigned-title-words"),
    pytest.param(work("Nigeria's Vigilantes Take on Boko Haram", date="2013-07-23", type="article-newspaper"),
                 "nigeria2013vigilantes", id="unsigned-possessive"),
    pytest.param(work(None, authors=[org("coca farmer")], date="2013-05-14", type="interview"),
                 "cocafarmer2013", id="interview-description"),
    pytest.param(work("Ley N.° 27908, Ley de Rondas Campesinas", date="2003", type="document"),
                 "ley200327908", id="number-sign-skipped-law-keyed-by-its-number"),
    pytest.param(work("Informe Final, Tomo II", type="report"), "informefinal", id="undated-unsigned"),
    pytest.param(work(None, raw="Conversation with a municipal official, Huanta.", parsed=False),
                 "conversationmunicipal", id="unparsed-uses-raw-text"),
    pytest.param(work(None), "work", id="nothing-at-all"),
]


@pytest.mark.parametrize(("given", "key"), BASE)
def test_base_key(given, key):
    assert base_key(given) == key


COLLISIONS = [
    pytest.param(["smith2010coca", "kay1999violent"], ["smith2010coca", "kay1999violent"], id="no-collision"),
    pytest.param(["smith2010coca", "kay1999violent", "smith2010coca"], ["smith2010cocaa", "kay1999violent", "smith2010cocab"],
                 id="every-colliding-key-gets-a-letter-in-citation-order"),
    pytest.param(["x2010", "x2010", "x2010a"], ["x2010b", "x2010c", "x2010a"], id="a-letter-never-lands-on-another-key"),
    pytest.param(["cocafarmer2013"] * 28, [f"cocafarmer2013{s}" for s in "abcdefghijklmnopqrstuvwxyz"] + ["cocafarmer2013aa", "cocafarmer2013ab"],
                 id="past-z"),
]


@pytest.mark.parametrize(("bases", "keys"), COLLISIONS)
def test_collisions(bases, keys, monkeypatch):
    monkeypatch.setattr("citex.keys.base_key", lambda w: w.title)
    assert assign_keys([work(b) for b in bases]) == keys


def test_keys_are_unique_and_stable_across_runs():
    works = [work("Shining Path on New Road", authors="Hearn, Kelly", date="2012-04-25"),
             work("Shining Path Reborn", authors="Hearn, Kelly", date="2012-05-01"),
             work(None, authors=[org("coca farmer")], date="2013-05-14", type="interview", place="Peru"),
             work(None, authors=[org("coca farmer")], date="2013-05-14", type="interview", place="VRAEM, Peru")]
    first = assign_keys(works)
    assert first == ["hearn2012shininga", "hearn2012shiningb", "cocafarmer2013a", "cocafarmer2013b"]
    assert assign_keys(list(works)) == first


@pytest.mark.parametrize(("title", "expected"), [
    pytest.param("The Threat of Narcoterrorism", ["threat", "narcoterrorism"], id="english"),
    pytest.param("Autodefensa armada del campesinado", ["autodefensa", "armada", "campesinado"], id="spanish"),
    pytest.param("“Peru: Uniting Against Drug Trafficking,”", ["peru", "uniting", "drug", "trafficking"], id="quotes-and-stop-words"),
])
def test_title_words(title, expected):
    assert title_words(title) == expected


def test_keys_are_ascii():
    key = base_key(work("Ölhandel in Łódź", authors=[Name(family="Øster-Żak", given="Ana")], date="2001"))
    assert key == "oster-zak2001olhandel" and key.isascii()


def test_to_ascii_agrees_with_anyascii_on_latin_scripts_and_punctuation():
    """citex folds accented Latin letters and typographic punctuation itself (so that anyascii is
    imported only for other text); its answers must be anyascii's."""
    from anyascii import anyascii

    from citex.keys import to_ascii

    ranges = [range(0xA0, 0x250), range(0x1E00, 0x1F00), range(0x2010, 0x2040), range(0x370, 0x400)]
    for cp in (cp for r in ranges for cp in r):
        char = chr(cp)
        assert to_ascii(char) == anyascii(char), f"U+{cp:04X} {char!r}"
    assert to_ascii("Perú’s “Straße” — Ñandú") == anyascii("Perú’s “Straße” — Ñandú")
