"""Reading fields, dates, names, language and type from real citation strings."""
from __future__ import annotations

import pytest

from citex.model import Name, Piece
from citex.parse import parse_piece
from citex.parse.dates import find_date
from citex.parse.features import judge
from citex.parse.language import detect
from citex.parse.names import looks_like_names, parse_names


def full(text: str):
    return parse_piece(Piece(note=1, index=0, text=text, span=(0, len(text)), kind="full"))


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        pytest.param("May 14, 2013", (2013, 5, 14), id="english-month-day-year"),
        pytest.param("October, 1, 2012", (2012, 10, 1), id="stray-comma-after-month"),
        pytest.param("Sept. 4, 2012", (2012, 9, 4), id="abbreviated-month"),
        pytest.param("3 de enero de 2014", (2014, 1, 3), id="spanish-day-month-year"),
        pytest.param("enero de 2014", (2014, 1), id="spanish-month-year"),
        pytest.param("14 May 2013", (2013, 5, 14), id="day-month-year"),
        pytest.param("(1999)", (1999,), id="year-alone"),
        pytest.param("5 de mayo del 2013", (2013, 5, 5), id="spanish-del-before-the-year"),
        pytest.param("accessed 2016-05-04", (2016, 5, 4), id="iso-date"),
        pytest.param("El Comercio, 3/4/2014", (2014, 4, 3), id="figures-day-first"),
        pytest.param("posted 10/25/2014", (2014, 10, 25), id="figures-month-first-when-the-day-says-so"),
        pytest.param("Der Spiegel, 12.04.2015", (2015, 4, 12), id="figures-with-dots"),
        pytest.param("March 3, 2014, updated 2014-03-05", (2014, 3, 3), id="a-day-in-words-wins-over-figures"),
        # a range is dated by its start, as "April 27-28, 2013" is the 27th
        pytest.param("Niamey, 10-12 November 2019", (2019, 11, 10), id="range-of-days-before-the-month"),
        pytest.param("del 10 al 12 de noviembre de 2019", (2019, 11, 10), id="spanish-range-of-days"),
        pytest.param("Bogotá, April–June 2016", (2016, 4), id="range-of-months-with-a-dash"),
        pytest.param("Bamenda, 25 February – 4 March 2020", (2020, 2, 25), id="range-over-two-months-one-year"),
        pytest.param("Survival 56, no. 6 (December 2014–January 2015)", (2014, 12), id="range-of-months-over-two-years"),
        pytest.param("Kinshasa, Goma, October 2022-March 2023", (2022, 10), id="range-of-months-over-two-years-hyphen"),
        pytest.param("Rzeczpospolita, 30 sierpnia 2022", (2022, 8, 30), id="polish-month-in-the-genitive"),
        pytest.param("Deník N, 18. února 2023", (2023, 2, 18), id="czech-month-in-the-genitive"),
        pytest.param("Magyar Nemzet, 2022. február 28.", (2022, 2, 28), id="hungarian-year-first"),
        pytest.param("Jutarnji list, 4. listopada 2015.", (2015, 10, 4), id="croatian-listopad-is-october"),
        pytest.param("Juba, 28 February–2 March 2020", (2020, 2, 28), id="range-over-two-months-no-spaces"),
        pytest.param("Kampala, February 25 – March 4, 2021", (2021, 2, 25), id="range-over-two-months-month-first"),
        pytest.param("Kimbiri, agosto de 2013 y febrero de 2015", (2013, 8), id="two-dated-months-joined"),
        pytest.param("Annual report 2013 and June 2014", (2014, 6), id="a-bare-year-does-not-open-a-range"),
        pytest.param("Kompas, 12 Maret 2019", (2019, 3, 12), id="indonesian-month"),
        pytest.param("Tempo, 3 Agustus 2020", (2020, 8, 3), id="indonesian-august"),
        pytest.param("Berita Harian, 17 Ogos 2019", (2019, 8, 17), id="malay-august"),
        pytest.param("5 Mei 2018", (2018, 5, 5), id="indonesian-may"),
        pytest.param("El Tiempo, 1.º de noviembre de 2021", (2021, 11, 1), id="spanish-first-of-the-month-with-a-period"),
        pytest.param("Η Εφημερίδα, 10 Σεπτεμβρίου 2020", (2020, 9, 10), id="greek-month-in-the-genitive"),
        pytest.param("Μάιος 2019", (2019, 5), id="greek-month-in-the-nominative"),
        pytest.param("Hürriyet, 9 Ekim 2014", (2014, 10, 9), id="turkish-month"),
        pytest.param("Anadolu Ajansı, 18 Şubat 2016", (2016, 2, 18), id="turkish-month-with-its-own-letters"),
        pytest.param("Oslobođenje, 11. jula 1995.", (1995, 7, 11), id="bosnian-serbian-month-in-the-genitive"),
        pytest.param("Jutarnji list, 4. kolovoza 1995.", (1995, 8, 4), id="croatian-month-in-the-genitive"),
        pytest.param("Политика, 28. јун 1989.", (1989, 6, 28), id="serbian-cyrillic-month"),
        pytest.param("Dagens Nyheter, 12 augusti 2019", (2019, 8, 12), id="swedish-month"),
        pytest.param("Example Security 17, no. 3 (Winter 1992–93): 59–90", (1992,), id="a-winter-issue-over-two-years"),
        pytest.param("Example Review 48, no. 4 (Winter 2006–7): 111–30", (2006,), id="a-winter-issue-its-second-year-cut"),
    ],
)
def test_dates(text, parts):
    assert find_date(text).parts == parts


def test_a_range_over_two_months_is_no_place_of_an_interview():
    import citex

    (n,) = citex.extract("Notes\n\n1. Example Watch interviews with three residents, Bamenda, 25 February – 4 March "
                         "2020.\n").notes
    w = n.citations[0].work
    assert (w.type, w.place, w.date) == ("interview", "Bamenda", (2020, 2, 25))


@pytest.mark.parametrize(
    ("text", "names"),
    [
        pytest.param("Vanessa Romo Espinoza", ["Romo Espinoza, Vanessa"], id="spanish-double-surname"),
        pytest.param("David Scott Palmer and Alberto Bolívar", ["Palmer, David Scott", "Bolívar, Alberto"],
                     id="middle-given-name"),
        pytest.param("Mirella van Dun", ["van Dun, Mirella"], id="particle-van"),
        pytest.param("José Coronel, Carlos Iván Degregori, Ponciano del Pino, and Orin Starn",
                     ["Coronel, José", "Degregori, Carlos Iván", "del Pino, Ponciano", "Starn, Orin"], id="list-of-four"),
        pytest.param("Alejandro Laos F.", ["Laos F., Alejandro"], id="maternal-initial"),
        pytest.param("Jan Douwe van der Ploeg", ["van der Ploeg, Jan Douwe"], id="dutch-particle-after-two-given-names"),
        pytest.param("M. Arantxa Colchero", ["Colchero, M. Arantxa"], id="leading-initial-then-given-name"),
        pytest.param("Cristóbal Aljovín de Losada", ["Aljovín de Losada, Cristóbal"], id="surname-before-particle"),
        pytest.param("El Poder del Consumidor", ["El Poder del Consumidor"], id="name-opening-with-an-article-is-an-organisation"),
        pytest.param("Comisión de la Verdad y Reconciliación", ["Comisión de la Verdad y Reconciliación"],
                     id="organisation-with-y-is-one-literal"),
        pytest.param("Abu Muhammad al-Adnani", ["al-Adnani, Abu Muhammad"], id="arabic-article-opens-the-family-name"),
        pytest.param("Abd al-Rahman al-Example", ["al-Example, Abd al-Rahman"], id="abd-and-its-noun-are-one-given-name"),
        pytest.param("‘Umar ‘Abd al-Example", ["‘Abd al-Example, ‘Umar"], id="abd-after-a-given-name-opens-the-surname"),
        pytest.param("Abu ‘Example", ["Abu ‘Example"], id="a-kunya-alone-is-the-whole-name"),
        pytest.param("Domingos M. do Exemplo", ["do Exemplo, Domingos M."], id="portuguese-do-opens-the-surname"),
        pytest.param("T.C. İçişleri Bakanlığı", ["T.C. İçişleri Bakanlığı"], id="a-turkish-ministry"),
        pytest.param("Anayasa Mahkemesi", ["Anayasa Mahkemesi"], id="a-turkish-court"),
        pytest.param("Ministarstvo pravde", ["Ministarstvo pravde"], id="a-croatian-ministry"),
        pytest.param("Радио-телевизија Србије", ["Радио-телевизија Србије"], id="a-serbian-broadcaster"),
        pytest.param("Justis- og beredskapsdepartementet", ["Justis- og beredskapsdepartementet"], id="a-norwegian-ministry"),
        pytest.param("Brottsförebyggande rådet", ["Brottsförebyggande rådet"], id="a-swedish-council"),
        pytest.param("Rajya Sabha", ["Rajya Sabha"], id="an-indian-house-of-parliament"),
        pytest.param("Roe, Doe, and do Exemplo", ["Roe", "Doe", "do Exemplo"], id="surnames-alone-one-with-do"),
        pytest.param("do Exemplo", ["do Exemplo"], id="a-surname-with-its-particle-alone"),
        pytest.param("Teresa Exemplo e Silva", ["Exemplo e Silva, Teresa"], id="two-surnames-joined-by-e-are-one-person"),
        pytest.param("Forquilha e Exemplo", ["Forquilha", "Exemplo"], id="surnames-alone-joined-by-e-are-two-people"),
        pytest.param("ACLED, Example News e Mediafax", ["ACLED", "Example News", "Mediafax"],
                     id="no-given-name-no-joined-surnames"),
        pytest.param("Gen. Laura Bennett and President Jane Roe", ["Bennett, Laura", "Roe, Jane"],
                     id="ranks-and-offices-are-no-given-names"),
        pytest.param("John Lewis Roe and Brenda Gayle Doe", ["Roe, John Lewis", "Doe, Brenda Gayle"],
                     id="english-middle-names-are-given-names"),
        pytest.param("Lindsey Roe Taillie", ["Taillie, Lindsey Roe"],
                     id="an-english-given-name-and-two-unmarked-words-is-a-middle-name"),
        pytest.param("Natalie Exmoor Davis", ["Davis, Natalie Exmoor"], id="middle-name-not-a-known-given-name"),
        pytest.param("Jun Seo Shin", ["Shin, Jun Seo"], id="korean-given-names-then-the-family-name"),
        pytest.param("Eduardo Levy Exampli", ["Levy Exampli, Eduardo"], id="a-spanish-given-name-keeps-two-surnames"),
        pytest.param("Hans Roble Amado", ["Roble Amado, Hans"], id="surnames-ending-in-a-vowel-stay-double"),
        pytest.param("Ahmed Ould Brahim", ["Ould Brahim, Ahmed"], id="ould-opens-the-family-name"),
        pytest.param("Nguyen Thi Lan", ["Nguyen, Thi Lan"], id="vietnamese-name-family-first"),
        pytest.param("Syed Irfan Raza", ["Raza, Syed Irfan"], id="a-south-asian-given-name-then-a-middle-name"),
        pytest.param("Noor Huda Ismail", ["Ismail, Noor Huda"], id="a-malay-middle-name-ending-in-a"),
        pytest.param("Kyaw Phyo Tha", ["Kyaw Phyo Tha"], id="a-burmese-name-has-no-surname"),
        pytest.param("Aung San Suu Kyi", ["Aung San Suu Kyi"], id="a-burmese-name-of-four-syllables"),
        pytest.param("Tin Win", ["Win, Tin"], id="two-short-syllables-alone-are-no-sure-burmese-name"),
        pytest.param("Tehreek-e-Taliban Pakistan", ["Tehreek-e-Taliban Pakistan"], id="a-movement-joined-by-izafat"),
        pytest.param("Camila Nunes Exemplo", ["Exemplo, Camila Nunes"], id="a-portuguese-name-under-its-last-surname"),
        pytest.param("Maria Helena Moreira Alves", ["Alves, Maria Helena Moreira"], id="four-words-portuguese"),
        pytest.param("Walter Fraga Filho", ["Fraga Filho, Walter"], id="filho-stays-with-the-surname"),
        pytest.param("EXDA and Europol", ["EXDA", "Europol"], id="a-body-by-its-acronym-and-another"),
        pytest.param("FATF and Example Group", ["FATF", "Example Group"], id="an-acronym-and-a-group"),
        pytest.param("C4EX and Born Free USA", ["C4EX", "Born Free USA"], id="an-acronym-and-a-body-ending-on-a-country"),
        pytest.param("Global Example Integrity", ["Global Example Integrity"], id="no-person-is-named-global"),
        pytest.param("Long War Journal", ["Long War Journal"], id="a-journal-is-no-person"),
        pytest.param("Renato Sérgio de Exemplo", ["de Exemplo, Renato Sérgio"], id="portuguese-accented-given-name-before-de"),
        pytest.param("Paulo Sérgio Exemplar", ["Exemplar, Paulo Sérgio"], id="portuguese-sergio-is-a-second-given-name"),
        pytest.param("José Murilo de Exemplo", ["de Exemplo, José Murilo"], id="murilo-is-a-given-name"),
        pytest.param("Ana Gomes Ruiz", ["Gomes Ruiz, Ana"], id="a-spanish-surname-keeps-two"),
        pytest.param("Kementerian Luar Negeri Republik Indonesia", ["Kementerian Luar Negeri Republik Indonesia"],
                     id="an-indonesian-ministry"),
        pytest.param("Treasury", ["Treasury"], id="the-treasury-is-no-surname"),
        pytest.param("Example Armament Research", ["Example Armament Research"], id="a-research-body-is-no-person"),
        pytest.param("Amnesty International and Human Rights Watch", ["Amnesty International", "Human Rights Watch"],
                     id="two-bodies-each-ending-on-a-body-word"),
        pytest.param("African Union Peace and Security Council", ["African Union Peace and Security Council"],
                     id="one-body-with-and-inside"),
        pytest.param("Ministry of Justice and Human Rights", ["Ministry of Justice and Human Rights"],
                     id="a-ministry-of-two-things"),
        pytest.param("Example Information Network (EIN) and Global Network Against Example Crises",
                     ["Example Information Network (EIN)", "Global Network Against Example Crises"],
                     id="a-bodys-acronym-closes-its-name-before-and"),
        pytest.param("Stig Exemplo Hansen", ["Hansen, Stig Exemplo"], id="a-middle-name-before-a-nordic-family-name"),
        pytest.param("Kim Tong-hyung and Moon Chung-in", ["Kim, Tong-hyung", "Moon, Chung-in"],
                     id="korean-order-family-first-before-a-hyphenated-given-name"),
        pytest.param("Cheon Seong-Whun", ["Cheon, Seong-Whun"],
                     id="korean-order-a-family-name-off-the-list-before-two-korean-syllables"),
        pytest.param("Jan Ten-Brink", ["Ten-Brink, Jan"], id="a-hyphenated-family-name-after-a-given-name-stays"),
        pytest.param("Choe Min-Ho and Ri Yong Su", ["Choe, Min-Ho", "Ri, Yong Su"],
                     id="korean-order-a-capital-after-the-hyphen-and-syllables-written-apart"),
        pytest.param("Lee Ann Example", ["Example, Lee Ann"], id="western-order-when-the-last-word-is-no-syllable"),
        pytest.param("Thomas Roe and Benjamin Press", ["Roe, Thomas", "Press, Benjamin"], id="press-after-a-given-name-is-a-surname"),
        pytest.param("Corporación Latinoexemplo", ["Corporación Latinoexemplo"], id="a-corporacion-is-a-body"),
        pytest.param("Jane Roe, Ferran Exemple i Coma, and John Doe", ["Roe, Jane", "Exemple i Coma, Ferran", "Doe, John"],
                     id="catalan-i-joins-two-surnames"),
        pytest.param("Mona Lena Exroot", ["Exroot, Mona Lena"], id="lena-is-a-given-name"),
        pytest.param("FAO, IFAD, UNICEF, WFP and WHO", ["FAO", "IFAD", "UNICEF", "WFP", "WHO"], id="a-list-of-agencies"),
        pytest.param("ILO, Walk Free, and IOM", ["ILO", "Walk Free", "IOM"], id="agencies-and-a-known-body"),
        pytest.param("Julia O'Connell Exemplo", ["O'Connell Exemplo, Julia"], id="an-irish-surname-opens-the-family-name"),
        pytest.param("Dina Francesca Exroot", ["Exroot, Dina Francesca"], id="francesca-is-a-given-name"),
        pytest.param("Long Ouyang", ["Ouyang, Long"], id="a-chinese-compound-surname-after-the-given-name"),
        pytest.param("Kitaoka Shin'ichi", ["Kitaoka, Shin'ichi"], id="japanese-order-family-first"),
        pytest.param("Abe Shinzō and Tomohiko Satake", ["Abe, Shinzō", "Satake, Tomohiko"], id="japanese-in-both-orders"),
        pytest.param("Google DeepMind and Meta AI", ["Google DeepMind", "Meta AI"], id="laboratories-of-companies"),
        pytest.param("Fernando Henrique Exemplo", ["Exemplo, Fernando Henrique"], id="henrique-is-a-given-name"),
        pytest.param("Juan Pérez Vidal", ["Pérez Vidal, Juan"], id="a-spanish-first-surname-stays"),
        pytest.param("Omar García Exfuch", ["García Exfuch, Omar"], id="a-spanish-first-surname-after-a-muslim-given-name"),
        pytest.param("Anne Pérez Exsmith", ["Pérez Exsmith, Anne"], id="a-spanish-first-surname-after-an-english-given-name"),
        pytest.param("Mohammed Hafez Exahmed", ["Exahmed, Mohammed Hafez"], id="hafez-ends-as-perez-but-is-no-spanish-surname"),
        pytest.param("Jan Christoph Exsteckel", ["Exsteckel, Jan Christoph"], id="two-german-given-names"),
        # an English or African middle name after a given name ending in "-an" or "-ah", which no Spanish name shares
        pytest.param("Susan Kingsley Exkent", ["Exkent, Susan Kingsley"], id="an-english-middle-name"),
        pytest.param("Penny Roe, Thomas Doe and Alicia de la Cour Exvenning",
                     ["Roe, Penny", "Doe, Thomas", "de la Cour Exvenning, Alicia"], id="cour-inside-a-surname-is-no-court"),
        pytest.param("Syrian Example Archive", ["Syrian Example Archive"], id="an-archive-is-a-body"),
        pytest.param("Josiah Mwangi Exkariuki", ["Exkariuki, Josiah Mwangi"], id="a-kenyan-middle-name"),
        pytest.param("Ivan Roe Exbriscoe", ["Roe Exbriscoe, Ivan"], id="a-spanish-given-name-without-its-accent"),
        # after given names cut to initials, the words up to a particle are the family name's
        pytest.param("J.-P. Exolivier de Sardan", ["Exolivier de Sardan, J.-P."], id="french-initials-then-compound-surname"),
        pytest.param("M. García de la Exemplo", ["García de la Exemplo, M."], id="spanish-initials-then-compound-surname"),
        pytest.param("J. D. van der Exploeg", ["van der Exploeg, J. D."], id="initials-then-particle-stays"),
        # a family name in capitals opened by a particle in capitals keeps it
        pytest.param("J. DE LA EXCRUZ", ["de la Excruz, J."], id="a-particle-in-capitals-opens-the-family-name"),
        pytest.param("H. M. EL EXSAHLY", ["El Exsahly, H. M."], id="an-arabic-article-in-capitals-keeps-its-capital"),
        pytest.param("U.S. Example and Border Protection", ["U.S. Example and Border Protection"], id="a-countrys-body"),
        pytest.param("Islamic State", ["Islamic State"], id="a-state-is-no-person"),
        pytest.param("Tech Against Terrorism", ["Tech Against Terrorism"], id="an-initiative-against-terrorism"),
        pytest.param("Yang Kuisong and Chen Jian", ["Yang, Kuisong", "Chen, Jian"], id="chinese-names-family-first"),
        pytest.param("Xiaoming Wang", ["Wang, Xiaoming"], id="a-chinese-name-in-western-order"),
        pytest.param("Tan Smith", ["Smith, Tan"], id="no-pinyin-no-family-first"),
        pytest.param("Chen Zhou 陈舟", ["Chen, Zhou"], id="two-family-names-the-characters-choose"),
        pytest.param("Yun Sun 孙韵", ["Sun, Yun"], id="western-order-the-characters-say-so"),
        pytest.param("Chiang Kai-shek", ["Chiang, Kai-shek"], id="wade-giles-given-name-after-the-family-name"),
        pytest.param("Park Chung-hee", ["Park, Chung-hee"], id="korean-hyphenated-given-name"),
        pytest.param("Jean-Paul Roe", ["Roe, Jean-Paul"], id="a-french-hyphenated-given-name-comes-first"),
        pytest.param("Pramote Prom-in", ["Prom-in, Pramote"], id="a-thai-family-name-with-a-hyphen-comes-last"),
        pytest.param("Roe, V. and H. S. Doe", ["Roe, V.", "Doe, H. S."], id="economists-first-author-inverted"),
        pytest.param("Roè, Ò., M. Doe and A. M. Poe", ["Roè, Ò.", "Doe, M.", "Poe, A. M."],
                     id="economists-first-of-three-inverted"),
        pytest.param("EXOD and Government of Examplia", ["EXOD", "Government of Examplia"], id="two-bodies-joined"),
        pytest.param("Examplia CDC", ["Examplia CDC"], id="a-centre-for-disease-control-by-its-initials"),
        pytest.param("Jane Roe-Institut", ["Jane Roe-Institut"], id="a-german-institute-named-after-a-person"),
        pytest.param("Centre for Human Rights and Democracy in Examplia and Jane Roe Centre for Human Rights",
                     ["Centre for Human Rights and Democracy in Examplia", "Jane Roe Centre for Human Rights"],
                     id="two-long-bodies-joined-the-first-holding-and"),
        pytest.param("Example Office on Drugs and Crime", ["Example Office on Drugs and Crime"], id="one-body-holding-and"),
        pytest.param("Comisión de la Verdad y Reconciliación", ["Comisión de la Verdad y Reconciliación"],
                     id="one-body-holding-y"),
        pytest.param("María Eugenia Roe de Garay", ["Roe de Garay, María Eugenia"],
                     id="a-spanish-compound-given-name-then-a-family-name-with-a-particle"),
    ],
)
def test_names(text, names):
    assert [n.display() for n in parse_names(text)] == names


@pytest.mark.parametrize(
    ("title", "lang"),
    [
        pytest.param("Las rondas campesinas y la derrota de Sendero Luminoso", "es", id="spanish"),
        pytest.param("Hatet som inte går över", "sv", id="swedish"),
        pytest.param("Breivik dømt til 21 års forvaring", "no", id="norwegian-with-its-o-slash"),
        pytest.param("Vurdering af terrortruslen mod Danmark", "da", id="danish"),
        pytest.param("Het jihadisme in Nederland na de val van het kalifaat", "nl", id="dutch"),
        pytest.param("I Am Malala", "en", id="english-i-is-no-swedish-word"),
        pytest.param("Apo ve PKK", "tr", id="turkish-by-its-conjunction"),
        pytest.param("Türkiye ve PKK: bir çözüm süreci", "tr", id="turkish-letters-outweigh-german-umlauts"),
        pytest.param("Sendero Luminoso and the Threat of Narcoterrorism", "en", id="english-with-spanish-names"),
        pytest.param("Insurgents seize key port town of Mocímboa da Praia", "en", id="english-with-a-portuguese-place-name"),
        pytest.param("Violence returns to San José de Apartadó", "en", id="english-with-a-spanish-place-name"),
        pytest.param("Violencia en San José de Apartadó", "es", id="spanish-with-a-spanish-place-name"),
        pytest.param("Insurgentes tomam Mocímboa da Praia", "pt", id="portuguese-with-a-portuguese-place-name"),
        pytest.param("VENEZUELA'S MADURO: WHO'S REALLY IN CHARGE NOW?", "en", id="an-english-headline-in-capitals"),
        pytest.param("Kosmos: Entwurf einer physischen Weltbeschreibung", "de", id="german"),
        pytest.param("Erdoğan droht mit Öffnung der Grenzen", "de", id="a-turkish-name-in-a-german-headline"),
        pytest.param("Welche Grenzen brauchen wir?", "de", id="german-by-its-pronoun-and-question-word"),
        pytest.param("Die in Your Own Time", "en", id="english-title-case-die-is-no-german-article"),
        pytest.param("Cidadania no Brasil: o longo caminho", "pt", id="portuguese-article-o"),
        pytest.param("Movimento negro brasileiro: alguns apontamentos históricos", "pt", id="portuguese-noun-ending"),
        pytest.param("Desigualdades sociais por cor ou raça no Brasil", "pt", id="portuguese-ou-and-cedilla"),
        pytest.param("Movimientos sociales y desigualdad en el Perú", "es", id="spanish-noun-endings"),
        pytest.param("A Losing Game: Countering Al-Shabab's Financial System", "en", id="an-arabic-article-is-no-spanish-al"),
        pytest.param("El Narco: Inside Mexico's Criminal Insurgency", "en", id="an-english-possessive"),
        pytest.param("Al-Qaeda en el Sahel", "es", id="spanish-around-an-arabic-name"),
        pytest.param("Al-Murabitun wa-l-Qa`ida: tahaluf jadid fi al-Sahil", "ar", id="arabic-in-latin-letters"),
        pytest.param("How the Rivalry between the Islamic State and al-Qa`ida Came to West Africa", "en",
                     id="an-english-title-naming-al-qaida-transliterated"),
        pytest.param("Oni srazhalis' za Pal'miru", "ru", id="romanised-russian-soft-signs-are-no-arabic-ayn"),
        pytest.param("Delegatsiia Minoborony Rossii vo glave s Iunus-Bekom pribyla v Liviiu", "ru",
                     id="romanised-russian-with-short-words"),
        pytest.param("United States v. Hasbajrami", "en", id="a-case-name-is-no-romanised-russian"),
    ],
)
def test_language(title, lang):
    assert detect(title) == lang


@pytest.mark.parametrize(
    ("title", "context", "lang"),
    [
        pytest.param("Informe final", "Comisión de la Verdad, Informe final (Lima: CVR, 2003), tomo VIII", "es",
                     id="undecided-title-told-by-its-citation"),
        pytest.param("Peru's Gold Problem", 'Jane Smith, "Peru\'s Gold Problem," Foreign Policy, May 1, 2020, '
                     "https://foreignpolicy.com/2020/05/01/peru-gold", "en", id="address-words-say-nothing"),
        pytest.param("Vagner poteryal v Bakhmute bol'she 20 tysyach boitsov", '"Vagner poteryal v Bakhmute bol\'she 20 tysyach '
                     'boitsov" [Wagner Lost More than 20,000 Fighters in Bakhmut], Example News, June 2, 2023', "ru",
                     id="romanised-russian-before-its-translation"),
        pytest.param("Brazil’s Gangs Go Global", "Jane Roe, “Brazil’s Gangs Go Global,” Reuters, Rio de Janeiro, May 3, 2021.",
                     "en", id="a-datelines-town-says-nothing"),
    ],
)
def test_language_of_a_short_title_from_the_rest_of_its_citation(title, context, lang):
    """"com" in an address is Portuguese for "with": an address is left out of the context."""
    assert detect(title, context) == lang


@pytest.mark.parametrize(
    ("text", "kind", "fields"),
    [
        pytest.param("Counternarcotics Assistance: U.S. Agencies Have Allotted Billions in Andean Countries "
                     "(Washington, D.C.: U.S. Government Accountability Office, 2012)", "report",
                     {"publisher": "U.S. Government Accountability Office", "place": "Washington, D.C.", "date": (2012,)},
                     id="unsigned-report-by-government-office"),
        pytest.param("Bruce H. Kay, “Violent Opportunities,” *Journal of Interamerican Studies and World Affairs* 41:3 "
                     "(1999): pp. 97-127", "article-journal",
                     {"volume": "41", "issue": "3", "page": "97-127", "container": "Journal of Interamerican Studies and World Affairs"},
                     id="journal-volume-colon-issue"),
        pytest.param("John T. Fishel, “Coca, Cocaine, Sicarios and Senderistas,” in Graham H. Turbiville ed., *Global "
                     "Dimensions of High Intensity Crime* (Chicago: University of Illinois at Chicago, 1995): pp. 184-203",
                     "chapter", {"container": "Global Dimensions of High Intensity Crime", "page": "184-203"},
                     id="chapter-editors-before-book"),
        pytest.param("Vanessa Romo Espinoza, “Devida afirma que se entrará al Vraem,” *El Comercio*, January 3, 2014",
                     "article-newspaper", {"container": "El Comercio", "date": (2014, 1, 3), "language": "es"},
                     id="spanish-newspaper"),
        pytest.param("Steve J. Stern, ed., Shining and Other Paths: War and Society in Peru, 1980–1995 (Durham: Duke "
                     "University Press, 1998)", "book", {"publisher": "Duke University Press", "place": "Durham"},
                     id="edited-book-with-unmarked-title"),
        pytest.param("World Health Organization, “WHO Urges Global Action on Sugary Drinks,” press release, "
                     "October 11, 2016", "document", {"date": (2016, 10, 11)}, id="press-release"),
        pytest.param("Personal interview, coca farmer, VRAEM, Peru, May 14, 2013", "interview",
                     {"place": "VRAEM, Peru", "date": (2013, 5, 14)}, id="personal-interview"),
    ],
)
def test_full_citations(text, kind, fields):
    work = full(text).work
    assert work.type == kind, work.evidence
    assert work.evidence
    for name, value in fields.items():
        assert getattr(work, name) == value, name


@pytest.mark.parametrize(
    ("text", "kind", "fields"),
    [
        pytest.param("Ley N.° 29338, Ley de Recursos Hídricos, *El Peruano*, 31 de marzo de 2009", "document",
                     {"title": "Ley N.° 29338, Ley de Recursos Hídricos", "container": "El Peruano", "date": (2009, 3, 31)},
                     id="law-in-an-official-gazette"),
        pytest.param("Paul Gootenberg, Imagining Development: Economic Ideas in Peru's \"Fictitious Prosperity\" of Guano, "
                     "1840-1880 (Berkeley: University of California Press, 1993)", "book",
                     {"title": "Imagining Development: Economic Ideas in Peru’s “Fictitious Prosperity” of Guano, 1840-1880"},
                     id="quotation-inside-an-unmarked-title"),
        pytest.param("Walter Benjamin, The Arcades Project, trans. Howard Eiland and Kevin McLaughlin (Cambridge, MA: "
                     "Belknap Press, 1999)", "book", {"title": "The Arcades Project"}, id="unmarked-title-is-no-second-author"),
        pytest.param("Margaret Chan, “Obesity and Diabetes: The Slow-Motion Disaster,” keynote address at the 47th meeting "
                     "of the National Academy of Medicine, Washington, D.C., October 17, 2016", "speech",
                     {"place": "Washington, D.C.", "publisher": None}, id="keynote-address-event-and-place"),
        pytest.param("Steve J. Stern, ed., Shining and Other Paths: War and Society in Peru, 1980–1995 (Durham: Duke "
                     "University Press, 1998)", "book", {"title": "Shining and Other Paths: War and Society in Peru, 1980–1995"},
                     id="year-range-closing-a-title-is-no-date"),
        pytest.param("Francis, “Address at the Second World Meeting of Popular Movements,” Second World Meeting of Popular "
                     "Movements, Santa Cruz de la Sierra, Bolivia, July 9, 2015", "speech",
                     {"event_title": "Second World Meeting of Popular Movements", "place": "Santa Cruz de la Sierra, Bolivia"},
                     id="speech-at-a-named-event"),
        pytest.param("John Smith, Title of the Article About Peru, New York Times, March 3, 2010", "article-newspaper",
                     {"title": "Title of the Article About Peru", "container": "New York Times", "date": (2010, 3, 3)},
                     id="news-whose-quotes-and-italics-were-lost"),
        pytest.param("Ley N.° 2029, Ley de Servicios de Agua Potable y Alcantarillado Sanitario, 29 de octubre de 1999",
                     "document", {"title": "Ley N.° 2029, Ley de Servicios de Agua Potable y Alcantarillado Sanitario",
                                  "date": (1999, 10, 29)}, id="law-named-and-dated"),
        pytest.param("Ben Orlove, Ellen Wiegandt, and Brian H. Luckman, “The Place of Glaciers,” in *Darkening Peaks*, ed. "
                     "Ben Orlove, Ellen Wiegandt, and Brian H. Luckman (Berkeley: University of California Press, 2008), 3",
                     "chapter", {"editors": (Name("Orlove", "Ben"), Name("Wiegandt", "Ellen"), Name("Luckman", "Brian H."))},
                     id="three-editors-after-ed"),
        pytest.param("John F. Kennedy, “Address at a White House Reception,” March 13, 1961", "speech",
                     {"date": (1961, 3, 13), "container": None}, id="speech-with-a-date-only"),
        pytest.param("United Nations Office on Drugs and Crime, World Drug Report 2013 (United Nations, 2013)", "report",
                     {"authors": (Name(literal="United Nations Office on Drugs and Crime"),), "title": "World Drug Report 2013"},
                     id="organisation-before-an-unmarked-title"),
    ],
)
def test_more_shapes(text, kind, fields):
    work = full(text).work
    assert work.type == kind, work.evidence
    for name, value in fields.items():
        assert getattr(work, name) == value, name


@pytest.mark.parametrize(
    ("printed", "written"),
    [
        pytest.param("Peru's Shining Path", "Peru’s Shining Path", id="apostrophe"),
        pytest.param("The Rise and Fall of 'King Coca' and Shining Path", "The Rise and Fall of “King Coca” and Shining Path",
                     id="inner-quotation-as-csl-data-has-it"),
        pytest.param("the 'Commission for Peace,' Peru", "the “Commission for Peace,” Peru", id="comma-inside"),
        pytest.param("the '90s", "the ’90s", id="elided-decade"),
        pytest.param("al-Taqrir li-‘adad al-shuhada’ wa-l-jarha", "al-Taqrir li-‘adad al-shuhada’ wa-l-jarha",
                     id="an-ayn-after-a-hyphen-and-a-hamza-are-no-quotation"),
        pytest.param("Il cosmo di un mugnaio del '500", "Il cosmo di un mugnaio del ’500", id="elided-century"),
    ],
)
def test_typographic_quotes(printed, written):
    from citex.parse.typography import smart

    assert smart(printed) == written


@pytest.mark.parametrize("tail", [": 1598–1670, at 1603.", ": 1598–1670, 1603."])
def test_a_pinpoint_within_the_articles_pages_is_no_year_though_it_looks_like_one(tail):
    c = full("Kate Klonick, “The New Governors: The People, Rules, and Processes Governing Online Speech,” "
             f"*Harvard Law Review* 131, no. 6 (2018){tail}")
    assert (c.work.date, c.work.page, c.locator) == ((2018,), "1598-1670", "1603")


def test_pinpoint_on_a_book_is_a_locator_not_pages():
    c = full("Vanda Felbab-Brown, Shooting Up: Counterinsurgency and the War on Drugs (Washington, D.C.: Brookings "
             "Institution, 2010), pp. 66-67")
    assert c.locator == "66-67" and c.work.page is None and c.work.type == "book"


@pytest.mark.parametrize(
    ("text", "locator"),
    [
        pytest.param("Simon Romero, “Coca Growers in Peru Rise Up,” *New York Times*, April 4, 2012, A8", "A8",
                     id="newspaper-section-page"),
        pytest.param("Simon Romero, “Coca Growers in Peru Rise Up,” *New York Times*, April 4, 2012", None,
                     id="the-date-is-no-page"),
        pytest.param("Rachel Smith, “A Study,” *PLOS ONE* 8, no. 3 (2013): e58812", None, id="article-number-is-pages"),
    ],
)
def test_pinpoints_of_newspapers_and_article_numbers(text, locator):
    assert full(text).locator == locator


def test_chapter_with_its_book_title_unmarked_before_ed():
    c = full("Juan Pablo Ferrero, “Coca Politics,” in The Andean Drug Economy, ed. Madeline Barbara Léons and "
             "Harry Sanabria (Albany: SUNY Press, 1997), 88–90")
    w = c.work
    assert (w.type, w.container, w.publisher) == ("chapter", "The Andean Drug Economy", "SUNY Press")
    assert [(n.family, n.given) for n in w.editors] == [("Léons", "Madeline Barbara"), ("Sanabria", "Harry")]


def test_organisation_before_an_unmarked_report_title_is_the_author():
    for text, author, title in [
        ("U.S. Department of State, International Narcotics Control Strategy Report, vol. 1 (Washington, DC: Bureau of "
         "International Narcotics and Law Enforcement Affairs, March 2013), 98", "U.S. Department of State",
         "International Narcotics Control Strategy Report"),
        ("United Nations Office on Drugs and Crime (UNODC), World Drug Report 2014 (Vienna: UNODC, 2014), 35",
         "United Nations Office on Drugs and Crime (UNODC)", "World Drug Report 2014"),
    ]:
        w = full(text).work
        assert ([a.literal for a in w.authors], w.title, w.type) == ([author], title, "report")


def test_interview_by_the_author_with_someone():
    w = full("Interview by the author with a coca grower, Chapare, Bolivia, August 14, 2015").work
    assert ([a.literal for a in w.authors], w.place, w.date, w.interviewer) == (["a coca grower"], "Chapare, Bolivia", (2015, 8, 14), ())


@pytest.mark.parametrize(
    ("text", "title", "container", "publisher", "url", "medium"),
    [
        pytest.param("Jane Roe, interview by John Doe, *Example Podcast*, podcast audio, May 2, 2021, "
                     "https://example.org/ep5", None, "Example Podcast", None, "https://example.org/ep5", "podcast audio",
                     id="podcast-with-its-address"),
        pytest.param("Jane Roe, interview by John Doe, *All Things Example*, Example Radio, March 3, 2019",
                     None, "All Things Example", "Example Radio", None, None, id="programme-and-broadcaster"),
        pytest.param("Jane Roe, interview by John Doe, “Example Episode,” Example Rocks, podcast audio, June 1, 2020",
                     "Example Episode", None, "Example Rocks", None, "podcast audio", id="quoted-episode"),
    ],
)
def test_a_published_interview_keeps_its_programme_outlet_and_address(text, title, container, publisher, url, medium):
    w = full(text).work
    assert (w.type, w.authors[0].family, w.interviewer[0].family, w.place) == ("interview", "Roe", "Doe", None)
    assert (w.title, w.container, w.publisher, w.url, w.medium) == (title, container, publisher, url, medium)


@pytest.mark.parametrize(
    ("text", "edition"),
    [
        pytest.param("Jane Roe, *Example Strategy*, 3rd ed. (New York: Example University Press, 2017), 45", "3",
                     id="chicago-ordinal"),
        pytest.param("ROE, Jane. *História do Exemplo*. 26. ed. São Paulo: Editora Exemplo, 1995, p. 139", "26",
                     id="abnt-number-and-stop"),
        pytest.param("Jane Roe, *Historia del ejemplo*, 14.ª ed., Lima, Editorial Ejemplo, 1968, p. 33", "14",
                     id="spanish-ordinal-mark"),
        pytest.param("Jane Roe, *Example Communities*, rev. ed. (London: Example Press, 2006), 44", "Revised",
                     id="revised"),
        pytest.param("Jane Roe, *Example Communities*, Second edition (London: Example Press, 2006), 44", "2",
                     id="ordinal-in-words"),
        pytest.param("Jane Roe, *The Second Edition of Example* (London: Example Press, 2001)", None,
                     id="edition-inside-the-title-is-no-edition"),
        pytest.param("Jane Roe, ed., *Example Reader* (London: Example Press, 2001)", None, id="an-editor-is-no-edition"),
    ],
)
def test_a_books_edition(text, edition):
    w = full(text).work
    assert (w.type, w.edition) == ("book", edition)
    assert "ed." not in w.title and "edition" not in (w.publisher or "")


def test_personal_communication_is_read_as_an_interview():
    w = full("Personal communication with a UNODC analyst, Bogotá, March 2014").work
    assert (w.type, [a.literal for a in w.authors], w.place, w.date, w.genre) == \
        ("interview", ["a UNODC analyst"], "Bogotá", (2014, 3), "Personal communication")


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        pytest.param("International Crisis Group, “Colombia: Peace at Last?,” Latin America Report no. 45, September 25, "
                     "2012, https://www.crisisgroup.org/colombia-peace-last", "report", id="numbered-report-series"),
        pytest.param("Adam Isacson and Abigail Poe, “After Plan Colombia,” Center for International Policy, December 2009, 14",
                     "report", id="signed-paper-of-an-organisation-without-url"),
        pytest.param("John M. Walsh and Coletta A. Youngers, “Summit in Peru,” *Washington Office on Latin America*, "
                     "June 22, 2012", "webpage", id="signed-commentary-of-an-organisation-dated-by-day"),
    ],
)
def test_organisation_papers_and_commentaries(text, kind):
    assert full(text).work.type == kind


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        pytest.param("Brian Fishman, *The Master Plan: ISIS, al-Qaeda, and the Jihadi Strategy for Final Victory* "
                     "(New Haven: Yale University Press, 2016), 45", "book", id="strategy-in-a-university-press-title"),
        pytest.param("Brookings Institution, *Annual Report 2015* (Washington, DC: Brookings Institution Press, 2016)",
                     "report", id="report-in-the-title-whoever-publishes"),
    ],
)
def test_report_words_against_book_publishers(text, kind):
    assert full(text).work.type == kind


def test_testimony_names_its_speaker_and_where_it_was_given():
    w = full("Testimony of William R. Brownfield, Assistant Secretary of State, before the Senate Caucus on International "
             "Narcotics Control, June 9, 2015").work
    assert (w.type, [(a.family, a.given) for a in w.authors], w.event_title, w.date) == \
        ("speech", [("Brownfield", "William R.")], "Senate Caucus on International Narcotics Control", (2015, 6, 9))


def test_social_media_post():
    w = full("Tweet by Example News (@example_news), March 3, 2015, https://twitter.com/example_news/status/1").work
    assert (w.type, w.container, w.genre, w.date, w.url) == \
        ("webpage", "Twitter", "Tweet", (2015, 3, 3), "https://twitter.com/example_news/status/1")
    assert [a.literal for a in w.authors] == ["Example News"]  # the handle names the account; it stays in the raw text


def test_court_case():
    w = full("United States v. John Doe, U.S. District Court, District of Oregon, Criminal Complaint, "
             "November 26, 2010").work
    assert (w.type, w.title, w.publisher, w.genre, w.date) == \
        ("document", "United States v. John Doe", "U.S. District Court, District of Oregon", "Criminal Complaint",
         (2010, 11, 26))


def test_numbered_issue_of_a_periodical():
    # The issue cited whole is titled by its number: citation styles need a title for a short note
    c = full("Dabiq, issue 7, February 2015, p. 12")
    assert (c.work.type, c.work.container, c.work.title, c.work.issue, c.work.date, c.locator) == \
        ("article-magazine", "Dabiq", "Issue 7", "7", (2015, 2), "12")
    lower = full("*al-Naba*, issue 45, August 2016.")
    assert (lower.work.container, lower.work.issue, lower.work.title, lower.work.date) == \
        ("al-Naba", "45", "Issue 45", (2016, 8))


def test_archival_document():
    c = full("Archivo General de Indias, Lima 28A, fol. 42r")
    assert (c.work.type, c.work.container, c.work.title, c.locator, c.label) == \
        ("document", "Archivo General de Indias", "Lima 28A", "42r", "folio")


@pytest.mark.parametrize(("text", "archive", "location"), [
    # a document, its shelfmark, then the archive that holds it, named in full or by its initials
    pytest.param('"Example Plan for the Elimination of the Example Organisation," Director of Operations, 24 May 1950, '
                 "CO 717/190/1, The National Archives, Kew.", "The National Archives, Kew", "CO 717/190/1", id="named-in-full"),
    pytest.param("Cabinet Conclusions, CM (50) 39th Conclusions, 27 June 1950, TNA, CAB 128/17.", "TNA", "CAB 128/17",
                 id="the-archive-then-its-shelfmark"),
])
def test_a_document_held_in_an_archive_by_its_shelfmark(text, archive, location):
    w = full(text).work
    assert (w.type, w.container, w.archive, w.archive_location, w.date[0]) == ("document", None, archive, location, 1950)


def test_a_printed_collection_whose_title_opens_on_archives_is_a_book():
    # a place and a publisher in brackets mark a printed volume, whatever word its title opens on
    c = full("Archives parlementaires de 1787 à 1860, vol. 74 (Paris: Paul Dupont, 1909), 303–4.")
    assert (c.work.type, c.work.title, c.work.volume, c.work.publisher, c.work.place, c.locator) == \
        ("book", "Archives parlementaires de 1787 à 1860", "74", "Paul Dupont", "Paris", "303-4")


def test_editor_of_a_book_before_its_italic_title():
    w = full("Heidi King, ed., *Peruvian Featherworks: Art of the Precolumbian Era* (New York: Metropolitan Museum of "
             "Art, 2012), 9–13").work
    assert (w.authors, [(n.family, n.given) for n in w.editors], w.type) == ((), [("King", "Heidi")], "book")


def test_volume_as_tomo_and_issue_as_n_degree():
    w = full("Comisión de la Verdad y Reconciliación, Informe final, tomo VIII (Lima: CVR, 2003), 101-104").work
    assert (w.title, w.volume, w.language) == ("Informe final", "VIII", "es")
    w = full("Jorge Mendoza, «Precios y deuda», Revista Andina de Estudios Rurales, vol. 12, n.° 2, 2015, pp. 101-130").work
    assert (w.type, w.volume, w.issue) == ("article-journal", "12", "2")


@pytest.mark.parametrize(
    ("text", "fields"),
    [
        pytest.param("Crisis Group interview, senior government official, Bogotá, 12 March 2013",
                     {"type": "interview", "place": "Bogotá", "date": (2013, 3, 12)}, id="organisation-interview"),
        pytest.param("https://www.elespectador.com/noticias/politica/el-acuerdo-final-articulo-123456",
                     {"type": "webpage", "url": "https://www.elespectador.com/noticias/politica/el-acuerdo-final-articulo-123456",
                      "parsed": True}, id="an-address-alone"),
        pytest.param("“Informe de la Fiscalía sobre la desmovilización,” Fiscalía General de la Nación, Bogotá, March 2015",
                     {"type": "report"}, id="informe-from-an-office-whose-name-holds-nacion"),
        pytest.param("Statement by the Presidency, 3 October 2016",
                     {"type": "speech", "title": "Statement by the Presidency", "date": (2016, 10, 3)},
                     id="statement-with-its-date-and-no-outlet"),
    ],
)
def test_think_tank_note_shapes(text, fields):
    w = full(text).work
    assert {k: getattr(w, k) for k in fields} == fields


def test_unreadable_piece_keeps_raw_text():
    c = full("—")
    assert c.work is not None and c.work.raw == "—"


@pytest.mark.parametrize(
    ("text", "genre"),
    [
        pytest.param('International Crisis Group, "Mexico\'s Everyday War: Guerrero and the Trials of Peace," Latin America '
                     'Report No. 80, May 4, 2020', "Latin America Report No. 80", id="think-tank-report-series"),
        pytest.param('Andean Policy Institute, "Remittances and the Pandemic," Working Paper 12, June 2021',
                     "Working Paper 12", id="working-paper-number"),
    ],
)
def test_a_numbered_report_series_is_the_reports_genre_not_its_publisher(text, genre):
    """A librarian files "Latin America Report No. 80" as the report type and number (Zotero's
    Report Type), not as the institution: the institution here is the author."""
    w = full(text).work
    assert (w.type, w.genre, w.publisher, w.container) == ("report", genre, None, None)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        pytest.param("United Nations Security Council, Final Report of the Panel of Experts on Mali, S/2023/578, "
                     "August 3, 2023", "report", id="un-report-with-symbol-is-a-report"),
        pytest.param("United Nations General Assembly, Transforming Our World: The 2030 Agenda for Sustainable "
                     "Development, A/RES/70/1, October 21, 2015", "document", id="un-resolution-is-a-document"),
    ],
)
def test_a_document_symbol_types_a_resolution_but_not_a_titled_report(text, kind):
    assert full(text).work.type == kind


@pytest.mark.parametrize(
    ("text", "court", "title", "date"),
    [
        pytest.param("Tribunal Constitucional del Perú, Sentencia del Expediente N.° 01126-2011-HC/TC, 11 de septiembre "
                     "de 2012", "Tribunal Constitucional del Perú", "Sentencia del Expediente N.° 01126-2011-HC/TC",
                     (2012, 9, 11), id="spanish-constitutional-court"),
        pytest.param("Inter-American Court of Human Rights, Judgment of November 29, 2006, Series C No. 162",
                     "Inter-American Court of Human Rights", "Judgment of November 29, 2006", (2006, 11, 29),
                     id="english-judgment-of-a-date"),
    ],
)
def test_a_courts_ruling_names_the_court_as_publisher(text, court, title, date):
    w = full(text).work
    assert (w.type, w.publisher, w.title, w.date) == ("document", court, title, date)


def test_prose_about_a_court_is_no_ruling():
    from citex.parse.features import judge

    assert judge("The Supreme Court, ruling on the matter, declined to intervene.")[0] is None


@pytest.mark.parametrize(
    ("text", "locator", "label"),
    [
        pytest.param("Ibid., p. 4.", "4", "page", id="page"),
        pytest.param("Ibid., table 3.4.", "3.4", "table", id="table-with-a-dotted-number"),
        pytest.param("Ibid., fig. 2", "2", "figure", id="figure"),
        pytest.param("Ibíd., cuadro 5.", "5", "table", id="spanish-table"),
        pytest.param("Ibid., n. 12.", "12", "note", id="note"),
        pytest.param("Ob. cit., p. 45.", "45", "page", id="spanish-ob-cit-alone"),
        pytest.param("Íd., p. 4.", "4", "page", id="spanish-id-with-accent"),
        pytest.param("Ibid., par. 25-27.", "25-27", "paragraph", id="french-par"),
        pytest.param("Ibid., paragraphe 12.", "12", "paragraph", id="french-paragraphe"),
    ],
)
def test_ibid_keeps_its_pinpoint_and_what_kind_it_is(text, locator, label):
    from citex.parse.features import judge

    assert judge(text)[0] == "ibid"
    c = parse_piece(Piece(note=2, index=0, text=text, span=(0, len(text)), kind="ibid"))
    assert (c.locator, c.label) == (locator, label)


def test_a_podcast_episode_is_a_broadcast_with_its_program_and_network():
    w = full('"The Gold Rush That Poisons Peru," Episode 14, The World podcast, PRI, October 2, 2019').work
    assert (w.type, w.title, w.container, w.genre, w.publisher, w.date) == \
        ("broadcast", "The Gold Rush That Poisons Peru", "The World", "Episode 14", "PRI", (2019, 10, 2))


def test_a_news_story_on_radio_stays_news():
    """TV and radio news are news items (article-newspaper), as the annotation vocabulary says;
    only an episode, a podcast or a documentary is a broadcast."""
    w = full('Ana Pérez, "Protests Spread in Puno," Radio Programas del Perú, January 9, 2023').work
    assert w.type == "article-newspaper"


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        pytest.param("Cfr. Carlo Ginzburg, *Il formaggio e i vermi* (Torino: Einaudi, 1976), p. 12.", ["full"],
                     id="italian-cfr-is-a-signal-not-a-sentence"),
        pytest.param("Ivi, p. 15.", ["ibid"], id="italian-ivi"),
        pytest.param("Sérgio Buarque de Holanda, *Raízes do Brasil* (Rio de Janeiro: José Olympio, 1936), p. 101, apud "
                     "Fernando Novais, *Aproximações* (São Paulo: Cosac Naify, 2005), p. 9.", ["full", "full"],
                     id="apud-cites-both-works"),
        pytest.param("Max Weber, *Wirtschaft und Gesellschaft* (Tübingen: Mohr, 1922), 28, quoted in Reinhard Bendix, "
                     "*Max Weber: An Intellectual Portrait* (Garden City, NY: Doubleday, 1960), 300.", ["full", "full"],
                     id="quoted-in-cites-both-works"),
    ],
)
def test_signals_of_other_languages_and_works_cited_through_another(text, kinds):
    from citex.model import Note
    from citex.segment import segment

    pieces, commentary = segment(Note(number=1, text=text, span=(0, len(text))))
    assert [p.kind for p in pieces] == kinds
    assert commentary is None


@pytest.mark.parametrize(
    ("text", "genre", "school", "place"),
    [
        pytest.param('Jane Smith, "Coca and the State" (PhD diss., Harvard University, 2010), 45.', "PhD diss.",
                     "Harvard University", None, id="english-dissertation"),
        pytest.param('Ana Gómez, "La coca" (Tesis de licenciatura, Universidad Nacional Mayor de San Marcos, Lima, 2016).',
                     "Tesis de licenciatura", "Universidad Nacional Mayor de San Marcos", "Lima", id="spanish-thesis-with-city"),
    ],
)
def test_a_thesis_keeps_its_degree_apart_from_its_school(text, genre, school, place):
    w = full(text).work
    assert (w.type, w.genre, w.publisher, w.place) == ("thesis", genre, school, place)


@pytest.mark.parametrize(
    ("text", "kind", "container", "genre"),
    [
        pytest.param('World Bank, "World Development Indicators" (database), accessed March 3, 2021, '
                     "https://databank.worldbank.org.", "webpage", None, "database", id="database-after-the-title"),
        pytest.param('John Doe, "Why Peru Matters," *War on the Rocks* (blog), March 5, 2018, '
                     "https://warontherocks.com/2018/03/why-peru-matters/.", "webpage", "War on the Rocks", "blog",
                     id="blog-after-the-site"),
        # a blog whose name reads like a think tank's series: said to be a blog, it is one
        pytest.param("Jane Roe, “Example Bank: the questions that need answering,” *Running Commentary* (blog), 22 April 2017.",
                     "webpage", "Running Commentary", "blog", id="a-blog-named-like-a-series"),
        pytest.param('Ana Pérez, "Coca y poder" (in Spanish), *El Comercio*, March 5, 2018.', "article-newspaper",
                     "El Comercio", None, id="a-language-note-is-no-genre"),
        pytest.param("U.S. Congress, House Committee on Foreign Affairs, *The Shining Path's Resurgence*, hearing, "
                     "113th Cong., 1st sess., May 22, 2013.", "document", None, "hearing", id="congressional-hearing"),
    ],
)
def test_what_a_page_says_a_work_is(text, kind, container, genre):
    w = full(text).work
    assert (w.type, w.container, w.genre) == (kind, container, genre)


def test_initials_are_no_article():
    """"A. B. Doe" is a person: the initial "A." is not the article that opens "A Growing Coalition"."""
    assert [(n.family, n.given) for n in parse_names("J. Smith, A. B. Doe, and C. Roe")] == \
        [("Smith", "J."), ("Doe", "A. B."), ("Roe", "C.")]


def test_an_email_to_the_author_is_a_personal_communication():
    w = full("Confidential source, email to the author, March 3, 2014.").work
    assert (w.type, [a.literal for a in w.authors], w.genre, w.date) == ("interview", ["Confidential source"], "Email",
                                                                         (2014, 3, 3))


@pytest.mark.parametrize(("text", "authors", "genre"), [
    pytest.param("Example Law Society, Example Medical Association and Example Rights Commission, joint statement, Nairobi, "
                 "25 June 2024.", ["Example Law Society", "Example Medical Association", "Example Rights Commission"],
                 "joint statement", id="bodies-that-signed-together"),
    pytest.param("Example Medical Association, press statement, 25 June 2024.", ["Example Medical Association"],
                 "press statement", id="a-press-statement"),
])
def test_an_untitled_statement_of_one_body_or_several(text, authors, genre):
    w = full(text).work
    assert (w.type, [a.literal for a in w.authors], w.genre, w.date) == ("document", authors, genre, (2024, 6, 25))


def test_a_message_to_the_author_is_a_personal_communication():
    # a message on an app from someone to the author, as an email to the author is: who sent it, not "… to the author"
    w = full("WhatsApp message from a local official in Example Town to the author, 11 March 2023.").work
    assert (w.type, [a.literal for a in w.authors], w.genre, w.medium, w.date) == (
        "interview", ["a local official in Example Town"], "WhatsApp message", "WhatsApp", (2023, 3, 11))


def test_a_cable_names_its_sender_as_author_and_its_recipient_in_the_genre():
    w = full('Cable, U.S. Embassy Lima to Secretary of State, "Shining Path Attacks in the Upper Huallaga," March 3, 1990, '
             "National Security Archive.").work
    assert (w.type, [a.literal for a in w.authors], w.title, w.genre, w.date) == (
        "document", ["U.S. Embassy Lima"], "Shining Path Attacks in the Upper Huallaga", "Cable to Secretary of State",
        (1990, 3, 3))


def test_a_video_is_a_broadcast_and_its_running_time_no_volume():
    w = full('Canal N, "Enfrentamiento en el VRAEM," YouTube video, 3:45, posted March 3, 2014, '
             "https://www.youtube.com/watch?v=abc123.").work
    assert (w.type, [a.literal for a in w.authors], w.container, w.volume, w.issue, w.publisher, w.date) == (
        "broadcast", ["Canal N"], "YouTube", None, None, None, (2014, 3, 3))


def test_french_note_with_the_family_name_in_capitals_and_bare_publication_facts():
    c = full("DUPONT Jean, *Histoire du café*, Paris, Seuil, 2005, p. 12.")
    w = c.work
    assert (w.type, [(a.family, a.given) for a in w.authors], w.place, w.publisher, w.date, c.locator) == (
        "book", [("Dupont", "Jean")], "Paris", "Seuil", (2005,), "12")


def test_a_newspaper_city_and_date_are_no_place_and_publisher():
    w = full("Simeon Tegel, *Peru's Coca Boom*, London, March 3, 2014.").work
    assert w.publisher is None


def test_portuguese_id_ibid():
    from citex.parse.features import judge

    assert judge("Id., ibid., p. 105.")[0] == "ibid"


def test_spanish_obra_citada_after_a_name_is_a_short_form():
    from citex.parse.features import judge

    assert judge("Degregori, ob. cit., p. 45.")[0] == "short"
    assert judge("Degregori, obra citada, p. 45.")[0] == "short"


@pytest.mark.parametrize(
    ("text", "author", "publisher"),
    [
        pytest.param("Statement by Abu Khalid al-Samarri, “Hold Fast to the Rope,” Example Media Foundation, January 26, "
                     "2015.", "al-Samarri", "Example Media Foundation", id="statement-by"),
        pytest.param("Remarks by Gen. Laura Bennett, “The Road Ahead,” U.S. Department of Defense, March 4, 2016.",
                     "Bennett", "U.S. Department of Defense", id="remarks-by-with-a-rank"),
    ],
)
def test_who_spoke_before_a_title_is_the_speakers_author(text, author, publisher):
    w = full(text).work
    assert (w.type, [a.family for a in w.authors], w.publisher) == ("speech", [author], publisher)


def test_testimony_speaker_stops_where_the_occasion_begins():
    w = full("Testimony of Laura Bennett before the Senate Committee on Armed Services, September 22, 2010.").work
    assert (w.type, [a.family for a in w.authors]) == ("speech", ["Bennett"])


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        pytest.param("Jane Roe, Border Security: Issues for Congress (Washington, D.C.: Congressional Research Service, "
                     "2015), 12.", "report", id="signed-research-service-product"),
        pytest.param("Jane Roe, Border Security (Washington, D.C.: Georgetown University Press, 2015), 12.", "book",
                     id="same-shape-from-a-press"),
    ],
)
def test_a_body_that_only_issues_reports_makes_a_signed_work_a_report(text, kind):
    assert full(text).work.type == kind


def test_an_unmarked_un_report_keeps_its_symbol_as_number_and_its_issuer():
    w = full("Fourth Report of the Example Monitoring Team, S/2022/83, United Nations Security Council, February 3, 2022, "
             "para. 56.")
    assert (w.work.type, w.work.title, w.work.genre, w.work.publisher, w.work.date, w.locator, w.label) == \
        ("report", "Fourth Report of the Example Monitoring Team", "S/2022/83", "United Nations Security Council",
         (2022, 2, 3), "56", "paragraph")


@pytest.mark.parametrize(
    ("text", "who", "medium"),
    [
        pytest.param("Interview, Kabul resident, conducted by phone, September 2021.", "Kabul resident", "phone",
                     id="conducted-by-phone"),
        pytest.param("Author’s correspondence with a former commander, via WhatsApp, March 2021.", "a former commander",
                     "WhatsApp", id="curly-apostrophe-correspondence-via-an-app"),
        pytest.param("Interviews, residents of the valley, by telephone, May 2015.", "residents of the valley", "telephone",
                     id="by-telephone"),
        pytest.param("Interview with an EU diplomat, Tunis (by telephone), 2 March 2024.", "an EU diplomat", "telephone",
                     id="by-telephone-in-brackets-after-the-place"),
        pytest.param("Gespräch der Autorin mit einer Vertreterin der Beispiel-Delegation in Ankara, 4.4.2024 (telefonisch).",
                     "einer Vertreterin der Beispiel-Delegation", "telephone", id="german-telefonisch-after-the-date"),
        pytest.param("Author's interview with a former Example Command planner, virtual, February 14, 2023.",
                     "a former Example Command planner", "virtual", id="virtual-alone-after-who"),
        pytest.param("Interview with a journalist, online, 3 May 2021.", "a journalist", "online", id="online-alone-after-who"),
    ],
)
def test_how_an_interview_was_held_is_its_medium_not_who_was_interviewed(text, who, medium):
    w = full(text).work
    assert (w.type, [a.literal for a in w.authors], w.medium) == ("interview", [who], medium)
    assert "tele" not in (w.place or "") and "(" not in (w.place or "")


def test_ibid_with_a_chapter_spelled_out():
    from citex.parse.features import judge

    c = parse_piece(Piece(note=1, index=0, text="Ibid., chapter 6.", span=(0, 17), kind="ibid"))
    assert judge("Ibid., chapter 6.")[0] == "ibid" and (c.locator, c.label) == ("6", "chapter")


@pytest.mark.parametrize(
    ("text", "kind", "author", "genre", "date"),
    [
        pytest.param("Letter from Juan Example to the Prefect of Cuzco, March 3, 1890, Archivo Regional del Cusco.",
                     "document", "Example, Juan", "Letter to the Prefect of Cuzco", (1890, 3, 3), id="letter-between-two"),
        pytest.param("Carta de la Federación Minera al presidente del Consejo de Ministros, 3 de abril de 2019 (archivo "
                     "del autor).", "document", "Federación Minera", "Carta al presidente del Consejo de Ministros",
                     (2019, 4, 3), id="spanish-letter-from-an-organisation"),
        pytest.param("Letter from the Ministry of Example to the author, May 2, 2019.", "interview", "Ministry of Example",
                     "Letter", (2019, 5, 2), id="letter-to-the-author-is-a-personal-communication"),
    ],
)
def test_an_untitled_letter_names_its_sender_and_recipient(text, kind, author, genre, date):
    w = full(text).work
    assert (w.type, [a.display() for a in w.authors], w.genre, w.date) == (kind, [author], genre, date)


def test_prose_about_a_letter_is_no_letter():
    from citex.parse.features import judge

    assert judge("A letter from him to the mayor, dated May 2, 2019, is lost.")[0] is None


def test_a_law_with_where_it_was_published_in_prose():
    w = full("Ley N.° 30506, publicada en el diario oficial *El Peruano* el 9 de octubre de 2016.").work
    assert (w.type, w.title, w.container, w.date, w.language) == ("document", "Ley N.° 30506", "El Peruano",
                                                                  (2016, 10, 9), "es")


def test_spanish_interview_by_the_author_names_only_the_interviewee():
    w = full("Entrevista del autor con un dirigente de la Federación Minera, Puerto Maldonado, 12 de marzo de 2019.").work
    assert (w.type, [a.literal for a in w.authors], w.place, w.genre) == \
        ("interview", ["dirigente de la Federación Minera"], "Puerto Maldonado", "Entrevista")


@pytest.mark.parametrize(
    ("text", "title", "genre"),
    [
        pytest.param("John Doe and Mary Major, Example Working Paper Title, NBER Working Paper No. 12345 (Cambridge, MA: "
                     "National Bureau of Economic Research, 2017).", "Example Working Paper Title",
                     "NBER Working Paper No. 12345", id="unmarked-title-then-its-series"),
        pytest.param("Defensoría del Pueblo, *Balance de la gestión estatal*, Informe Defensorial N.° 167 (Lima: "
                     "Defensoría del Pueblo, 2014), p. 45.", "Balance de la gestión estatal", "Informe Defensorial N.° 167",
                     id="series-named-in-two-words-before-its-number"),
    ],
)
def test_a_report_series_between_title_and_facts_is_the_genre(text, title, genre):
    w = full(text).work
    assert (w.type, w.title, w.genre) == ("report", title, genre)


@pytest.mark.parametrize(
    ("title", "context", "lang"),
    [
        pytest.param("Example Working Paper Title, NBER Working Paper No. 12345", None, "en", id="no-before-a-number"),
        pytest.param("Example Article", "Jane Roe, “Example Article,” Example Review 12, no. 3 (2011): 5–20.", "en",
                     id="no-before-an-issue-in-the-context"),
        pytest.param("Decreto Supremo N.° 012-2019-EM", "Decreto Supremo N.° 012-2019-EM, *El Peruano*, 3 de mayo de 2019.",
                     "es", id="a-code-in-capitals-is-no-word"),
        pytest.param("Myanmar: Scorched Earth", "Example Watch, “Myanmar: Scorched Earth,” March 2018, "
                     "example.org/en/documents/asa16/2018/en/.", "en", id="an-address-without-its-scheme-is-no-spanish-en"),
        pytest.param("Informe final", "Comisión de Ejemplo, Informe final, en la sede, example.org.pe/informe.", "es",
                     id="the-words-outside-the-address-still-vote"),
        pytest.param("Content Moderation as Systems Thinking", "Jane Roe, “Content Moderation as Systems Thinking,” "
                     "*Example Law Review* 136, no. 2 (2022): 526–607.", "en", id="as-shared-with-portuguese-no-before-issue"),
        pytest.param("Oil Steadies as Traders Weigh Cuts", "Jane Roe, \"Oil Steadies as Traders Weigh Cuts,\" Example News, "
                     "March 4, 2024, https://example.com/news/2024-03-04/oil-steadies.", "en", id="as-then-an-address"),
        pytest.param("Ideas as Weapons", "Jane Roe, *Ideas as Weapons* (Washington, DC: Example Books, 2009), para. 4.",
                     "en", id="as-then-a-paragraph-locator"),
    ],
)
def test_number_labels_and_codes_do_not_vote_on_language(title, context, lang):
    assert detect(title, context) == lang


def test_a_bracketed_translation_after_the_title_is_no_outlet():
    w = full("Rosa Quispe, “Los cocaleros del valle” [The coca growers of the valley], La República, March 4, 2015.").work
    assert (w.type, w.title, w.container, w.publisher, w.language) == (
        "article-newspaper", "Los cocaleros del valle", "La República", None, "es")


@pytest.mark.parametrize(
    ("text", "author", "platform"),
    [
        pytest.param("Jane Roe (@janeroe), “Police have closed the crossing at the bridge,” Twitter, March 3, 2015, "
                     "3:45 p.m., https://twitter.com/janeroe/status/123456789.", "Roe", "Twitter", id="tweet-with-handle"),
        pytest.param("Jane Roe, “Example Title,” Facebook, March 3, 2015, https://www.facebook.com/example/posts/123.",
                     "Roe", "Facebook", id="facebook-post-with-title"),
    ],
)
def test_a_post_on_a_social_platform_is_a_webpage_by_its_author(text, author, platform):
    w = full(text).work
    assert (w.type, [a.family for a in w.authors], w.container) == ("webpage", [author], platform)


@pytest.mark.parametrize(
    ("text", "who", "genre", "medium"),
    [
        pytest.param("Mary Major, personal communication, March 3, 2015.", "Mary Major", "Personal communication", None,
                     id="name-then-personal-communication"),
        pytest.param("Mary Major, telephone interview by author, March 3, 2015.", "Mary Major", "Interview", "telephone",
                     id="telephone-interview-by-author"),
    ],
)
def test_communications_with_the_interviewee_named_first(text, who, genre, medium):
    # a named person is a name, family and given, as authors are (the gold schema's "Family, Given")
    w = full(text).work
    assert (w.type, [f"{a.given} {a.family}" for a in w.authors], w.genre, w.medium, w.date) == \
        ("interview", [who], genre, medium, (2015, 3, 3))


@pytest.mark.parametrize(
    ("text", "family", "given"),
    [
        pytest.param("Author's interview by phone with Ricardo Ejemplo Garrido, former executive president of the agency, "
                     "September 2, 2016.", "Ejemplo Garrido", "Ricardo", id="a-named-official-and-his-office"),
        pytest.param("Interview with Nelly Ejemplo de la Cruz, president of the Asociación de Mujeres, Juanjuí, San Martín, "
                     "Peru, August 6, 2016.", "Ejemplo de la Cruz", "Nelly", id="a-double-surname-with-particles"),
    ],
)
def test_a_named_interviewee_is_a_name(text, family, given):
    w = full(text).work
    assert (w.type, [(a.family, a.given) for a in w.authors]) == ("interview", [(family, given)])


def test_a_described_interviewee_stays_as_printed():
    w = full("Personal interview, coca farmer, VRAEM, Peru, May 14, 2013.").work
    assert [a.literal for a in w.authors] == ["coca farmer"]


def test_a_paper_presented_at_a_meeting_is_a_speech_at_that_event():
    w = full("Jane Roe, “Example Conference Title” (paper presented at the Annual Meeting of the Example Studies "
             "Association, Chicago, IL, April 2015).").work
    assert (w.type, w.genre, w.event_title, w.place, w.publisher, w.date) == (
        "speech", "Paper", "Annual Meeting of the Example Studies Association", "Chicago, IL", None, (2015, 4))


def test_an_unpublished_manuscript_is_a_document_of_that_genre():
    w = full("John Doe, “Example Manuscript” (unpublished manuscript, 2015).").work
    assert (w.type, w.genre, w.publisher, w.date) == ("document", "Unpublished manuscript", None, (2015,))


@pytest.mark.parametrize(
    ("text", "genre", "court", "date", "locator"),
    [
        pytest.param("Criminal Complaint, United States v. John Example, No. 1:15-cr-00123 (E.D.N.Y. March 3, 2015), 4.",
                     "Criminal Complaint, No. 1:15-cr-00123", "E.D.N.Y.", (2015, 3, 3), "4", id="complaint-first"),
        pytest.param("Indictment, United States v. Jane Roe, No. 14-cr-1 (S.D.N.Y. 2014).", "Indictment, No. 14-cr-1",
                     "S.D.N.Y.", (2014,), None, id="indictment-first-year-only"),
    ],
)
def test_a_court_document_named_before_its_case(text, genre, court, date, locator):
    c = full(text)
    assert (c.work.type, c.work.title.split(" v. ")[0], c.work.genre, c.work.publisher, c.work.date, c.locator) == \
        ("document", "United States", genre, court, date, locator)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Example Documentary, directed by Jane Roe (Lima: Example Films, 2015).", id="unmarked-title"),
        pytest.param("*Example Documentary*, directed by Jane Roe (Lima: Example Films, 2015).", id="italic-title"),
    ],
)
def test_a_film_names_its_director_as_author_and_keeps_its_studio(text):
    w = full(text).work
    assert (w.type, w.title, [a.family for a in w.authors], w.publisher, w.place) == (
        "broadcast", "Example Documentary", ["Roe"], "Example Films", "Lima")


@pytest.mark.parametrize(
    ("text", "title", "container"),
    [
        pytest.param("Jane Roe, ‘Another Example’, The Guardian, 4 May 2013.", "Another Example", "The Guardian",
                     id="curly-single-quotes"),
        pytest.param("Jane Roe, 'Another Example', The Guardian, 4 May 2013.", "Another Example", "The Guardian",
                     id="straight-single-quotes"),
        pytest.param("Jane Roe, ‘Libya’s Dawn Returns’, The Guardian, 4 May 2013.", "Libya’s Dawn Returns", "The Guardian",
                     id="an-apostrophe-inside-does-not-close-it"),
    ],
)
def test_titles_in_single_quotes_as_british_notes_print_them(text, title, container):
    w = full(text).work
    assert (w.type, w.title, w.container) == ("article-newspaper", title, container)


@pytest.mark.parametrize(
    ("text", "kind", "title"),
    [
        pytest.param("Jane Roe, 'Remarks to the Example Association' (speech, Washington, DC, 10 October 2007).", "speech",
                     "Remarks to the Example Association", id="straight-quotes-then-brackets"),
        pytest.param("Jane Roe, 'Example Limits' (27th Example Lecture, Kuala Lumpur, 20 November 2013).", None,
                     "Example Limits", id="a-lecture-in-brackets"),
    ],
)
def test_a_title_in_straight_single_quotes_closes_before_its_brackets(text, kind, title):
    """The straight mark closes before " (": the note was taken for commentary."""
    w = full(text).work
    assert w.title == title and (kind is None or w.type == kind)


def test_a_title_in_single_quotes_inside_an_unquoted_title_is_no_title_of_its_own():
    w = full("Jane Roe, Example's Enemy Within: Violence and the Making of a Muslim 'Other' (London, 2017), pp. 60-64.").work
    assert w.title == "Example’s Enemy Within: Violence and the Making of a Muslim “Other”" and w.authors[0].family == "Roe"


def test_a_numbered_paper_after_an_italic_title_is_the_papers_kind_not_its_journal():
    w = full("Jane Roe, *Lending an Example*, Discussion Paper No. 2004/5, Example National University, 2004, 3.").work
    assert (w.type, w.container, w.genre, w.publisher) == ("report", None, "Discussion Paper No. 2004/5",
                                                          "Example National University")


def test_passim_is_the_locator():
    c = parse_piece(Piece(note=1, index=0, text="Doe, “Example Article”, passim.", span=(0, 30), kind="short"))
    assert c.locator == "passim"


def test_a_chapter_in_a_volume_named_by_its_editors_and_short_title():
    w = full("Carol Example, “A Chapter,” in Karp and Lavine, Exhibiting Examples, 88-103.").work
    assert (w.type, [e.family for e in w.editors], w.container, w.page) == (
        "chapter", ["Karp", "Lavine"], "Exhibiting Examples", "88-103")


@pytest.mark.parametrize(
    ("text", "kind", "container", "genre"),
    [
        pytest.param("“Example Editorial,” editorial, El Comercio, January 3, 2016.", "article-newspaper", "El Comercio",
                     "editorial", id="editorial-before-the-outlet"),
        pytest.param("Jane Roe, “Example Post,” Example Blog, March 3, 2016, http://example.blogspot.com/2016/03/post.html.",
                     "webpage", "Example Blog", None, id="a-blog-is-no-newspaper"),
    ],
)
def test_the_kind_of_a_piece_and_blogs(text, kind, container, genre):
    w = full(text).work
    assert (w.type, w.container, w.genre) == (kind, container, genre)


@pytest.mark.parametrize(
    ("text", "locator"),
    [
        pytest.param("Ibid., pp. 121, 124.", "121, 124", id="pages-listed"),
        pytest.param("Ibid., 45 and 47.", "45 and 47", id="pages-joined-by-and"),
    ],
)
def test_ibid_with_several_pages(text, locator):
    from citex.parse.features import judge

    c = parse_piece(Piece(note=1, index=0, text=text, span=(0, len(text)), kind="ibid"))
    assert judge(text)[0] == "ibid" and c.locator == locator


@pytest.mark.parametrize(
    ("text", "who", "title", "place", "publisher", "volume", "year", "locator"),
    [
        pytest.param("Carlos Iván Ejemplo, La guerra en los Andes, Lima, Instituto de Estudios Ejemplares, 2010, pp. 45-46.",
                     "Ejemplo", "La guerra en los Andes", "Lima", "Instituto de Estudios Ejemplares", None, 2010, "45-46",
                     id="spanish-note-with-comma-facts"),
        pytest.param("Comisión de la Verdad y Reconciliación (CVR), Informe final, tomo II, Lima, CVR, 2003, p. 127.",
                     "Comisión de la Verdad y Reconciliación (CVR)", "Informe final", "Lima", "CVR", "II", 2003, "127",
                     id="organisation-with-acronym-and-a-tomo"),
    ],
)
def test_publication_facts_set_off_by_commas_after_an_unmarked_title(text, who, title, place, publisher, volume, year,
                                                                      locator):
    c = full(text)
    w = c.work
    assert (w.authors[0].family or w.authors[0].literal, w.title, w.place, w.publisher, w.volume, w.date, c.locator) == \
        (who, title, place, publisher, volume, (year,), locator)


def test_a_newspaper_with_its_city_and_date_is_no_publication_facts():
    w = full("Rosa Quispe, Los cocaleros del valle, La República, Lima, 3 de marzo de 2014.").work
    assert w.publisher is None and w.date == (2014, 3, 3)


def test_spanish_interview_with_its_qualifier_after_the_word():
    w = full("Entrevista personal, dirigente cocalero, Pichari, Cusco, 14 de mayo de 2013.").work
    assert (w.type, [a.literal for a in w.authors], w.place, w.genre) == \
        ("interview", ["dirigente cocalero"], "Pichari, Cusco", "Entrevista personal")


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        pytest.param("Example Watch, “Example Abuses in Example Country,” October 2016.", "report",
                     id="organisation-titled-paper-dated-by-month"),
        pytest.param("Example Watch, “Syria: Example Abuses Continue,” October 3, 2016.", "document",
                     id="a-news-release-headline-with-a-day-is-a-document"),
    ],
)
def test_an_organisations_paper_dated_by_month_is_a_report(text, kind):
    assert full(text).work.type == kind


@pytest.mark.parametrize(
    ("text", "title", "genre"),
    [
        pytest.param("U.S. Government Accountability Office, Example Audit, GAO-17-123 (Washington, DC: GAO, 2017), 15.",
                     "Example Audit", "GAO-17-123", id="gao-number-before-the-facts"),
        pytest.param("Congressional Research Service, Example Brief, IF10123, March 7, 2017.", "Example Brief", "IF10123",
                     id="crs-number-before-the-date"),
    ],
)
def test_a_report_number_after_an_unmarked_title_is_its_genre(text, title, genre):
    w = full(text).work
    assert (w.type, w.title, w.genre) == ("report", title, genre)


@pytest.mark.parametrize(
    ("text", "title"),
    [
        pytest.param("Jane Roe, Example Book, 2nd edn (London: Example Press, 2014), p. 12.", "Example Book", id="edn"),
        pytest.param("Jane Roe, ed., Example Reader, 3 vols. (London: Example Press, 2015), 2:45.", "Example Reader",
                     id="number-of-volumes"),
    ],
)
def test_edition_and_volumes_after_an_unmarked_title_are_no_part_of_it(text, title):
    assert full(text).work.title == title


def test_a_country_then_its_ministry_sign_a_report_together():
    w = full("Example Country, Ministry of Example, Example National Plan 2015–2020 (Example City: Example Press, "
             "2015), 14.").work
    assert ([a.literal for a in w.authors], w.title) == (["Example Country, Ministry of Example"],
                                                         "Example National Plan 2015–2020")


def test_a_person_before_a_title_opening_with_an_article_is_no_country():
    w = full("Frantz Example, The Wretched of the Example, trans. Jane Roe (New York: Example Press, 1963), 36.").work
    assert ([a.family for a in w.authors], w.title) == (["Example"], "The Wretched of the Example")


def test_a_focus_group_is_an_interview():
    w = full("Focus group, Example Village, May 2016.").work
    assert (w.type, w.genre, w.date) == ("interview", "Focus group", (2016, 5))


def test_et_al_does_not_make_a_title_spanish():
    assert full("Jane Roe et al., “Example Article,” Example Review 12 (2011): 5–20.").work.language == "en"


def test_et_al_does_not_break_a_tie_for_spanish():  # "a" is English, Spanish and Portuguese; "et al." is none of them
    assert full("Jane Roe et al., Examplia: A History (New York: Example Press, 2010), 45.").work.language == "en"


def test_a_court_and_a_british_date_in_parentheses():
    w = full("Criminal Complaint, State v. Juan Ejemplo, No. 123-2015 (Example Regional Court, 3 March 2015), 4.").work
    assert (w.publisher, w.genre, w.date) == ("Example Regional Court", "Criminal Complaint, No. 123-2015", (2015, 3, 3))


def test_a_ministrys_plan_is_a_report_even_from_a_press():
    w = full("Example Republic, Ministry of the Interior, National Plan for the Valleys 2016–2020 (Example City: "
             "Example State Press, 2016), 22–24.").work
    assert w.type == "report"


def test_an_outlet_named_guardian_is_news():
    assert full("Jane Roe, ‘Growers Take Their Case’, The Example Guardian, 4 May 2016.").work.type == "article-newspaper"


def test_an_unsigned_story_in_an_outlet_whose_name_opens_with_an_article_is_news():
    w = full("“Capturan a un cabecilla en un operativo,” La Voz de Ejemplo, 8 de octubre de 2020.").work
    assert (w.type, w.container) == ("article-newspaper", "La Voz de Ejemplo")


@pytest.mark.parametrize(
    ("text", "author", "genre", "place", "event"),
    [
        pytest.param("Prime Minister Adil Example, address to the nation, Example City, October 20, 2019.", "Example",
                     "Address to the nation", "Example City", None, id="untitled-address-by-an-office-holder"),
        pytest.param("Remarks by Minister of Defense Karim Example at the Example Security Forum, Example City, May 15, "
                     "2018.", "Example", None, "Example City", "Example Security Forum", id="remarks-by-office-at-event"),
        pytest.param("Presidente Luis Ejemplo, “Mensaje a la Nación,” discurso, Congreso de la República, Ciudad Ejemplo, "
                     "28 de julio de 2020.", "Ejemplo", None, "Ciudad Ejemplo", "Congreso de la República",
                     id="discurso-after-the-title"),
    ],
)
def test_speeches_by_office_holders(text, author, genre, place, event):
    w = full(text).work
    assert (w.type, [a.family for a in w.authors], w.genre, w.place, w.event_title) == ("speech", [author], genre, place,
                                                                                         event)


def test_an_audio_statement_is_a_speech_issued_by_its_media_body():
    w = full("Abu Example, “Speech on the Anniversary,” audio statement, Example Media Foundation, December 1, 2018.").work
    assert (w.type, w.genre, w.publisher, w.container) == ("speech", "audio statement", "Example Media Foundation", None)


@pytest.mark.parametrize(("note", "genre", "publisher", "place"), [
    pytest.param("Jane Roe, recorded audio statement, Example TV, October 7, 2023.", "Recorded audio statement", "Example TV",
                 None, id="two-words-before-statement"),
    pytest.param("Jane Roe, televised speech, Example Mubasher, October 30, 2023.", "Televised speech", "Example Mubasher",
                 None, id="the-channel-that-aired-it"),
    pytest.param("Jane Roe, televised address, Baghdad, May 3, 2019.", "Televised address", None, "Baghdad",
                 id="a-city-stays-the-place"),
])
def test_a_speech_carried_on_the_air_names_its_channel(note, genre, publisher, place):
    w = full(note).work
    assert (w.type, w.genre, w.publisher, w.place) == ("speech", genre, publisher, place)


def test_a_resolution_number_between_issuer_and_title():
    w = full("UN General Assembly, Resolution 74/150, “Situation of Human Rights in Example,” A/RES/74/150, "
             "December 18, 2019.").work
    assert ([a.literal for a in w.authors], w.title, w.date) == (["UN General Assembly"],
                                                                 "Situation of Human Rights in Example", (2019, 12, 18))


def test_an_updated_report_with_its_number_and_a_page():
    c = full("Example Research Service, Example Republic: Counternarcotics Assistance, CRS Report R45678, updated May 3, "
             "2021, p. 9.")
    assert (c.work.type, c.work.title, c.work.genre, c.work.date, c.locator) == (
        "report", "Example Republic: Counternarcotics Assistance", "CRS Report R45678", (2021, 5, 3), "9")


@pytest.mark.parametrize(
    ("text", "author"),
    [
        pytest.param("@ExampleWatcher (Example Observer), “Another convoy hit tonight,” Twitter, March 2, 2019.",
                     "@ExampleWatcher (Example Observer)", id="handle-first"),
        pytest.param("“Statement of the Example Committees,” Facebook, June 1, 2019.", None, id="statement-posted"),
    ],
)
def test_posts_whatever_their_titles_say(text, author):
    w = full(text).work
    assert (w.type, [a.literal for a in w.authors][:1] or [None]) == ("webpage", [author])


@pytest.mark.parametrize(
    ("name", "literal"),
    [
        pytest.param("Example Amnesty", True, id="amnesty"),
        pytest.param("Fiscalía General de Ejemplo", True, id="fiscalia"),
        pytest.param("Oficina de las Naciones Unidas contra la Droga y el Delito (UNODC)", True, id="contra-inside"),
        pytest.param("Jane Roe", False, id="a-person"),
    ],
)
def test_organisation_words(name, literal):
    assert (parse_names(name)[0].literal is not None) == literal


@pytest.mark.parametrize(
    ("text", "kind", "genre"),
    [
        pytest.param("Anne Roe, “Measuring Example Trust” (MA thesis, University of Example, 2011), 14.", "thesis", "MA thesis",
                     id="ma-thesis"),
        pytest.param("Mark Doe, “Cooperatives and Their Critics,” paper presented at the Annual Conference of the Example "
                     "Association, Chicago, August 2015.", "speech", "Paper", id="paper-presented-without-parentheses"),
    ],
)
def test_theses_and_papers_in_their_other_shapes(text, kind, genre):
    w = full(text).work
    assert (w.type, w.genre) == (kind, genre)


def test_last_modified_dates_the_page_and_accessed_does_not():
    w = full("Example Housing Network, “Example Timeline,” last modified June 2, 2020, accessed January 15, 2022, "
             "https://www.example.org/timeline.").work
    assert (w.date, w.container) == ((2020, 6, 2), None)


def test_a_downloaded_date_is_when_the_data_was_read():
    w = full("Example Conflict Data Project, Example Events Dataset, version 3, updated 15 November 2024, "
             "downloaded 2 December 2024.").work
    assert (w.date, w.accessed) == ((2024, 11, 15), (2024, 12, 2))


def test_a_viewed_date_is_when_the_page_was_read_not_when_it_was_published():
    # Australian notes date their reading "viewed 3 March 2024"
    w = full("Jane Roe, ‘Example islands sign security pact’, *ABC News*, 19 April 2022, "
             "https://www.abc.net.au/news/2022-04-19/example/100000000, viewed 3 March 2024.").work
    assert (w.date, w.accessed) == ((2022, 4, 19), (2024, 3, 3))


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Sarah Roe, “Example Chapter,” in *Example Volume*, ed. Jane Doe (Chicago: Example Press, 2009), "
                     "101–25, at 110.", id="range-then-at-page"),
        pytest.param("Sarah Roe, “Example Chapter,” in Jane Doe, ed., Example Volume (London: Example Press, 2009), "
                     "pp. 101-25, at p. 110.", id="pp-range-then-at-p"),
    ],
)
def test_a_chapters_pages_before_the_page_cited(text):
    c = full(text)
    assert (c.work.type, c.work.page, c.locator) == ("chapter", "101-25", "110")


def test_volume_and_page_of_a_multivolume_work():
    # A set cited whole ("2 vols.") is one bibliography item; the volume before the page is part of the pinpoint, in the
    # first citation as in the short forms after it, so that citing volume 2 later does not contradict the item.
    c = full("Jane Roe, *Example History*, 2 vols. (Berlin: Example Verlag, 1969), 1:140–45.")
    assert (c.work.volume, c.locator) == (None, "1:140-45")
    short = parse_piece(Piece(note=2, index=0, text="Roe, *Example History*, 2:33.", span=(0, 29), kind="short"))
    assert short.locator == "2:33" and short.work.title == "Example History"
    single = full("Jane Roe, *Example History* (Berlin: Example Verlag, 1969), 1:140–45.")
    assert (single.work.volume, single.locator) == ("1", "140-45")  # no set named: "1:" says which volume this is
    entry = full("Jane Roe, “Example Entry,” in *Example Encyclopedia*, ed. Dan Doe, 2nd ed. (New York: Example Press, "
                 "2015), 3:112.")
    assert (entry.work.type, entry.work.volume, entry.locator) == ("chapter", "3", "112")  # the volume of the book it is in


def test_idem_with_a_volume_and_page():
    from citex.parse.features import judge

    assert judge("Idem, 2:315.")[0] == "ibid" and judge("Ibid., 2:315.")[0] == "ibid"


@pytest.mark.parametrize(
    ("text", "letter"),
    [
        pytest.param("Governor Thomas Example to Secretary Amos Example, June 12, 1862, Example Family Papers, box 4.",
                     True, id="writer-to-recipient"),
        pytest.param("Peru to Expand Coca Eradication, May 3, 2014.", False, id="a-headline-is-no-letter"),
    ],
)
def test_a_letter_cited_by_writer_and_recipient(text, letter):
    w = full(text).work
    assert (w.genre or "").startswith("Letter to") == letter


@pytest.mark.parametrize(
    ("text", "title", "container"),
    [
        pytest.param("Ley N.° 30123, Ley de Control de Puertos, Diario Oficial El Ejemplo, 20 de julio de 2019.",
                     "Ley N.° 30123, Ley de Control de Puertos", "Diario Oficial El Ejemplo", id="diario-oficial"),
        pytest.param("Law No. 40 of 2016 on Example Committees, Official Gazette of Example, no. 4421, December 5, 2016.",
                     "Law No. 40 of 2016 on Example Committees", "Official Gazette of Example",
                     id="official-gazette-and-its-number"),
        pytest.param("Decreto Supremo N.º 074-2012-PCM, que declara el estado de emergencia, El Ejemplo, 23 de julio de 2012.",
                     "Decreto Supremo N.º 074-2012-PCM, que declara el estado de emergencia", "El Ejemplo",
                     id="a-newspaper-named-plainly-after-the-law"),
        pytest.param("Ley N.° 29338, Ley de Recursos Hídricos, 31 de marzo de 2009.", "Ley N.° 29338, Ley de Recursos Hídricos",
                     None, id="a-laws-own-name-is-no-newspaper"),
    ],
)
def test_a_law_and_the_gazette_that_printed_it(text, title, container):
    w = full(text).work
    assert (w.type, w.title, w.container) == ("document", title, container)


def test_a_lower_case_phrase_is_no_outlet():
    w = full("Fiscalía General de Ejemplo, Expediente 2020-0345, acusación fiscal contra Juan Ejemplo, 2 de diciembre de "
             "2020, f. 14.").work
    assert (w.type, w.title, w.container, w.date) == ("document", "Expediente 2020-0345, acusación fiscal contra Juan Ejemplo",
                                                      None, (2020, 12, 2))


def test_a_policy_note_series_and_a_two_month_issue():
    assert full("Jane Roe, “Example Proxies,” Policy Note 72, Example Institute, December 2019.").work.genre == \
        "Policy Note 72"
    assert full("Ana Blue, “Militias,” Example Affairs 98, no. 1 (January/February 2019): 60-71.").work.date == (2019, 1)


@pytest.mark.parametrize(
    ("text", "who", "place", "date"),
    [
        pytest.param("Crisis Group interviews, gold traders, Niamey, 10-12 November 2019.", "gold traders", "Niamey",
                     (2019, 11, 10), id="a-range-of-days-stays-out-of-the-place"),
        pytest.param("Author interviews, officials, Washington, D.C., and Bogotá, April–June 2016.", "officials",
                     "Washington, D.C., and Bogotá", (2016, 4), id="a-range-of-months"),
        pytest.param("Entrevistas a dirigentes de la federación, Kimbiri y Pichari, agosto de 2013 y febrero de 2015.",
                     "dirigentes de la federación", "Kimbiri y Pichari", (2013, 8), id="spanish-entrevista-a"),
        pytest.param("Entrevista a dirigente cocalero, Pichari, 12 de marzo de 2014.", "dirigente cocalero", "Pichari",
                     (2014, 3, 12), id="spanish-a-is-with"),
        pytest.param("Personal interview, a coca farmer, VRAEM, Peru, May 14, 2013.", "a coca farmer", "VRAEM, Peru",
                     (2013, 5, 14), id="an-english-article-is-kept-as-printed"),
    ],
)
def test_interviews_over_a_range_of_dates(text, who, place, date):
    work = full(text).work
    assert (work.type, work.authors[0].literal, work.place, work.date) == ("interview", who, place, date)


@pytest.mark.parametrize(
    ("text", "locator", "pages"),
    [
        pytest.param("Example Watch, *Enemies of the Land* (London: Example Watch, July 2019), pp. 8-9, "
                     "https://www.example.org/enemies/ (accessed September 3, 2019).", "8-9", None,
                     id="pages-before-an-address-and-the-date-of-access"),
        pytest.param("Jane Roe, \"Rivers,\" *Example Review* 4, no. 2 (2019): 10-30, 14-16 (accessed May 1, 2021).",
                     "14-16", "10-30", id="an-articles-pages-and-pinpoint-before-the-date-of-access"),
    ],
)
def test_a_pinpoint_before_the_date_of_access(text, locator, pages):
    cit = full(text)
    assert (cit.locator, cit.work.page, cit.work.accessed is not None) == (locator, pages, True)


def test_a_number_alone_before_the_year_is_the_issue():
    work = full("Ana Ruiz, \"Coca y Estado en el Perú\", Debate Agrario, n.º 35 (2003): 125-152.").work
    assert (work.type, work.container, work.volume, work.issue, work.page) == \
        ("article-journal", "Debate Agrario", None, "35", "125-152")


@pytest.mark.parametrize(
    ("text", "author"),
    [
        pytest.param("Financial Action Task Force, “What We Do,” accessed February 10, 2021, https://www.example.org/about/.",
                     "Financial Action Task Force", id="task-force"),
        pytest.param("Small Arms Survey, *Handbook of Small Arms* (Geneva: Small Arms Survey, 2018), 12.", "Small Arms Survey",
                     id="survey"),
        pytest.param("Example Witness, “River of Gold,” report, September 2018.", "Example Witness", id="witness"),
        pytest.param("White House, “Fact Sheet on Example Aid,” March 2, 2016.", "White House", id="house"),
        pytest.param("Statement by the Example Community of States, Abuja, 7 September 2019.",
                     "Example Community of States", id="community-with-its-article-dropped"),
        # an agency's office in a country, a body's programme by its initials, a body's name then its country
        pytest.param("OCHA Yemen, “Yemen: Example Needs Overview,” 12 February 2024.", "OCHA Yemen", id="an-agencys-office"),
        pytest.param("IOM DTM, “Example Displacement Overview,” 9 May 2024.", "IOM DTM", id="an-agencys-programme"),
        pytest.param("Missing Voices Kenya, *Example Disappearances: 2023 Annual Report* (Nairobi: Missing Voices, 2024).",
                     "Missing Voices Kenya", id="a-body-then-its-country"),
        pytest.param("Kivu Example Tracker, *The Landscape of Example Groups* (New York: Example Group, 2021).",
                     "Kivu Example Tracker", id="a-tracker"),
    ],
)
def test_organisations_named_like_people(text, author):
    assert [a.literal for a in full(text).work.authors] == [author]


@pytest.mark.parametrize("name", ["United States", "South Africa", "Bosnia and Herzegovina", "République d'Haïti",
                                  "Republic of Kenya", "Federal Republic of Nigeria"])
def test_a_state_as_author_is_a_body(name):
    assert [(n.family, n.literal) for n in parse_names(name)] == [(None, name)]


@pytest.mark.parametrize("name", ["Paul England", "Mary Jo Jordan", "Amy Chad"])
def test_a_person_whose_surname_is_a_countrys_name(name):
    assert parse_names(name)[0].family == name.split()[-1]


def test_a_person_whose_surname_is_an_organisations_last_word():
    assert [(a.family, a.given) for a in full("Edward House, *Memoirs* (London: Example Press, 1926), 4.").work.authors] \
        == [("House", "Edward")]


@pytest.mark.parametrize(
    ("text", "kind", "genre", "publisher"),
    [
        pytest.param("Example Witness, “River of Gold,” report, September 2018.", "report", "report", None, id="report"),
        pytest.param("Jane Roe, “Coca and the State,” working paper, Example Institute, 2017.", "report", "working paper",
                     "Example Institute", id="working-paper-then-its-issuer"),
        pytest.param("Example Federation, “Pliego de reclamos,” mimeo, 2013.", "document", "mimeo", None, id="mimeo"),
        pytest.param("White House, “Statement by the Press Secretary on Example Aid,” press release, March 2, 2016.",
                     "document", "press release", None, id="a-press-release-whose-title-opens-like-a-speech"),
    ],
)
def test_the_kind_printed_after_a_title_is_no_outlet(text, kind, genre, publisher):
    work = full(text).work
    assert (work.type, work.genre, work.container, work.publisher) == (kind, genre, None, publisher)


@pytest.mark.parametrize(
    ("text", "place", "publisher"),
    [
        pytest.param("Ministère des Mines, *Rapport annuel 2018* (Ouagadougou, 2019).", "Ouagadougou", None,
                     id="an-organisation-publishes-itself"),
        pytest.param("Defensoría del Pueblo, *Informe Defensorial N.º 160* (Lima, 2014), p. 18.", "Lima", None,
                     id="spanish-body"),
        pytest.param("Example Foundation, *Annual Review* (Example Press, 2010), 4.", None, "Example Press",
                     id="a-publisher-stays-one"),
        pytest.param("Jane Roe, *Example Book* (Penguin, 2010), 4.", None, "Penguin", id="a-persons-book-keeps-its-publisher"),
    ],
)
def test_a_place_alone_in_the_publication_facts(text, place, publisher):
    work = full(text).work
    assert (work.place, work.publisher) == (place, publisher)


@pytest.mark.parametrize(
    ("text", "author", "title", "event", "place", "date"),
    [
        pytest.param("Remarks by Secretary of State Jane Roe at the Example Anniversary, Washington, D.C., February 4, 2016.",
                     "Roe", "Remarks by Secretary of State Jane Roe at the Example Anniversary", "Example Anniversary",
                     "Washington, D.C.", (2016, 2, 4), id="remarks-by-an-office-holder-at-an-event"),
        pytest.param("Statement by the Example Community of States, Abuja, 7 September 2019.", "Example Community of States",
                     "Statement by the Example Community of States", None, "Abuja", (2019, 9, 7), id="statement-by-a-body"),
    ],
)
def test_a_speech_cited_by_its_unquoted_heading(text, author, title, event, place, date):
    work = full(text).work
    name = work.authors[0].family or work.authors[0].literal
    assert (work.type, name, work.title, work.event_title, work.place, work.date) == \
        ("speech", author, title, event, place, date)


@pytest.mark.parametrize(
    ("text", "who", "genre", "medium"),
    [
        pytest.param("Interview by telephone with a witness (name withheld), April 2, 2019.", "a witness (name withheld)",
                     "Interview", "telephone", id="by-telephone-is-how-not-who"),
        pytest.param("Author interview by telephone, Peruvian counternarcotics official, July 2015.",
                     "Peruvian counternarcotics official", "Author interview", "telephone", id="author-interview-by-telephone"),
        pytest.param("Example Group telephone interview, finance ministry official, 2 December 2019.",
                     "finance ministry official", "Example Group telephone interview", None, id="a-bodys-telephone-interview"),
        pytest.param("Example Group email correspondence, UN official, 4 March 2020.", "UN official",
                     "Example Group email correspondence", None, id="a-bodys-email-correspondence"),
    ],
)
def test_interviews_held_by_a_body_or_a_medium(text, who, genre, medium):
    work = full(text).work
    assert (work.type, work.authors[0].literal, work.genre, work.medium, work.interviewer) == \
        ("interview", who, genre, medium, ())


@pytest.mark.parametrize(
    ("text", "author", "genre", "date"),
    [
        pytest.param("Letter from Carlos Ejemplo Soto, Minister of the Interior, to Example Watch, October 21, 2019.",
                     "Ejemplo Soto", "Letter to Example Watch", (2019, 10, 21), id="the-senders-office-between-commas"),
        pytest.param("Letter, John Doe to Jane Roe, March 3, 1920, box 4, folder 12, John Doe Papers, Example Library.",
                     "Doe", "Letter to Jane Roe", (1920, 3, 3), id="letter-comma-writer-to-recipient"),
    ],
)
def test_letters_in_their_other_shapes(text, author, genre, date):
    work = full(text).work
    assert (work.type, work.authors[0].family, work.genre, work.date) == ("document", author, genre, date)


@pytest.mark.parametrize(
    ("text", "author", "genre", "title"),
    [
        pytest.param("Example Group Africa Report N°265, *Stopping the Spiral*, 24 February 2020.", "Example Group",
                     "Africa Report N°265", "Stopping the Spiral", id="italic-title"),
        pytest.param("Example Group Africa Report N°265, Stopping the Spiral: A Title, 24 February 2020.", "Example Group",
                     "Africa Report N°265", "Stopping the Spiral: A Title", id="marks-lost-on-a-pasted-page"),
        pytest.param("International Example Group Latin America Report N°62, *Peace at Last?*, 25 September 2017, p. 4.",
                     "International Example Group", "Latin America Report N°62", "Peace at Last?", id="two-word-region"),
        pytest.param("Example Institute Policy Brief No. 12, *Water and Power*, March 2018.", "Example Institute",
                     "Policy Brief No. 12", "Water and Power", id="policy-brief"),
        pytest.param("Example Group Middle East and North Africa Report N°219, Holding the Line, 11 January 2021.",
                     "Example Group", "Middle East and North Africa Report N°219", "Holding the Line",
                     id="region-joined-by-and"),
        pytest.param("Example Group Europe & Central Asia Briefing N°95, *A Quiet Drift*, 5 May 2022.",
                     "Example Group", "Europe & Central Asia Briefing N°95", "A Quiet Drift", id="region-joined-by-ampersand"),
    ],
)
def test_a_bodys_numbered_series_named_with_it(text, author, genre, title):
    work = full(text).work
    assert (work.type, [a.literal for a in work.authors], work.genre, work.title) == ("report", [author], genre, title)


@pytest.mark.parametrize(
    "text",
    ["Example Rights Group, Sudan: A Title of the Report (Index: AFR 62/3921/2021), 3 March 2021.",
     "Example Rights Group, *Sudan: A Title of the Report* (Index: AFR 62/3921/2021), p. 4."],
)
def test_a_documents_index_number_in_parentheses_is_no_place_and_publisher(text):
    work = full(text).work
    assert (work.type, work.title, work.genre, work.place, work.publisher) == (
        "report", "Sudan: A Title of the Report", "Index: AFR 62/3921/2021", None, None)
    assert [a.literal for a in work.authors] == ["Example Rights Group"]


@pytest.mark.parametrize(
    ("text", "note"),
    [
        pytest.param("Example Bank, Example Economic Update: Growth Under Strain, Report No. 160932-ZR (Washington, DC: "
                     "Example Bank, 2021).", "Example Economic Update: Growth Under Strain", id="before-the-publication-facts"),
        pytest.param("Example Bank, Example Poverty Assessment, Report No. 172669-NE, 2022.", "Example Poverty Assessment",
                     id="body-title-number-and-year-alone"),
    ],
)
def test_a_report_number_with_letters_closing_an_unmarked_title_is_its_number(text, note):
    work = full(text).work
    assert (work.type, work.title, work.genre[:10]) == ("report", note, "Report No.")


def test_a_series_word_in_a_persons_name_is_no_series():
    from citex.parse.features import series_lead

    assert series_lead("Jane Report") is None and series_lead("Example Institute Annual Report") is None
    assert series_lead("Example Group Commentary") == ("Example Group", "Commentary")


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Juan Ejemplo Ruiz, \"El valle: coca y política\", en Ana Toche, ed., Perú hoy: las caras de la "
                     "desigualdad (Lima: Editorial Ejemplo, 2013), 301-328.", id="en-editor-then-book"),
        pytest.param("Juan Ejemplo Ruiz, \"El valle: coca y política\", en *Perú hoy*, ed. Ana Toche (Lima: Editorial "
                     "Ejemplo, 2013), 301-328.", id="en-book-then-editor"),
    ],
)
def test_a_chapter_in_a_spanish_book(text):
    work = full(text).work
    assert (work.type, work.container.startswith("Perú hoy"), [e.family for e in work.editors], work.page) == \
        ("chapter", True, ["Toche"], "301-328")


def test_en_before_a_newspaper_is_no_chapter():
    work = full("Juan Ejemplo, \"Los cocaleros marchan\", en *El Comercio*, 3 de marzo de 2013.").work
    assert (work.type, work.container) == ("article-newspaper", "El Comercio")


@pytest.mark.parametrize(("text", "kind"), [
    pytest.param("Example Rights Watch, “Examplia: President’s racist speech incites a wave of violence against migrants”, "
                 "10 March 2023, https://www.example.org/en/latest/news/2023/03/examplia/", "webpage",
                 id="a-headline-about-a-speech-is-no-speech"),
    pytest.param("Jane Roe, “Address delivered at the Example Center,” Cairo, June 4, 2009.", "speech",
                 id="an-address-delivered-is-a-speech"),
    pytest.param("Giorgia Roe, “Discorso del Presidente Roe alla Conferenza internazionale su sviluppo e migrazioni,” Rome, "
                 "July 23, 2023, https://www.example.it/it/articolo/x/23232.", "speech", id="an-italian-discorso"),
    pytest.param("Angela Roe, Regierungserklärung zum Europäischen Rat am 17. und 18. März 2016, Berlin, 16.3.2016.", "speech",
                 id="a-german-government-statement-to-parliament-described"),
    pytest.param("Andrés Manuel Roe, “Versión estenográfica de la conferencia de prensa matutina del presidente”, Palacio "
                 "Nacional, 13 de junio de 2022, https://www.example.gob.mx/presidencia/prensa/x.", "speech",
                 id="a-press-conferences-transcript-given-in-a-palace"),
])
def test_speeches_and_headlines_about_speeches(text, kind):
    assert full(text).work.type == kind


@pytest.mark.parametrize("text", [
    "Example Rights International, *Example Gatekeeper*, London, December 2015.",
    "Example Rights International, *Example Gatekeeper: Detention and Deportation*, London, Dezember 2015 (Index: EUR 44/3022/2015).",
])
def test_a_bodys_italic_title_then_its_town_is_its_report_issued_there(text):
    work = full(text).work
    assert (work.type, work.publisher, work.place, work.container) == ("report", None, "London", None)


@pytest.mark.parametrize(("text", "kind", "genre", "container"), [
    pytest.param("Deutscher Bundestag, Antwort der Bundesregierung auf die Kleine Anfrage der Abgeordneten Jane Roe u.a., "
                 "Drucksache 19/8340, 13.3.2019.", "document", "Drucksache 19/8340", None, id="a-bundestag-printed-paper"),
    pytest.param("Deutscher Bundestag, Beschlussempfehlung und Bericht des 2. Untersuchungsausschusses, BT-Drs. 17/14600, "
                 "22.8.2013.", "report", "BT-Drs. 17/14600", None, id="a-committees-report-printed-as-a-paper"),
    pytest.param("Ministerie van Voorbeeld, *Voorbeeldnota 2018*, Kamerstukken II 2017/18, 34919, nr. 1.", "document", None,
                 "Kamerstukken II", id="a-dutch-ministrys-note-in-the-parliaments-papers"),
])
def test_a_parliaments_printed_papers_are_its_documents_not_newspapers(text, kind, genre, container):
    work = full(text).work
    assert (work.type, work.genre, work.container) == (kind, genre, container)
    assert work.publisher is None or "Drucksache" not in work.publisher and "Drs." not in work.publisher


def test_a_plan_for_an_intervention_is_no_speech():
    work = full("Presidencia del Consejo de Ministros, Plan de intervención para los valles 2013-2016 (Lima: PCM, "
                "2013), 12.").work
    assert work.type == "report"
    from citex.parse.classify import SPEECH_WORD_RE

    assert SPEECH_WORD_RE.search("Intervención del ministro Juan Ejemplo ante el Congreso")
    assert not SPEECH_WORD_RE.search("Las palabras y las cosas")


def test_an_ordinal_mark_says_nothing_of_the_language():
    assert full("Decreto Supremo N.º 012-2013-IN, *El Peruano*, 10 de mayo de 2013.").work.language == "es"


def test_a_body_and_its_bureau_are_one_author():
    work = full("U.S. Department of Example, Bureau of Counterterrorism, Country Reports on Terrorism 2015 "
                "(Washington, D.C.: U.S. Department of Example, 2016), p. 241.").work
    assert ([a.literal for a in work.authors], work.title) == \
        (["U.S. Department of Example, Bureau of Counterterrorism"], "Country Reports on Terrorism 2015")


@pytest.mark.parametrize(
    ("text", "author", "title", "place", "genre", "date"),
    [
        pytest.param("Fiscalía Provincial Penal de Ejemplo, Carpeta Fiscal N.º 2506-2019-112-0, October 2019.",
                     "Fiscalía Provincial Penal de Ejemplo", "Carpeta Fiscal N.º 2506-2019-112-0", None, None, (2019, 10),
                     id="a-prosecutors-file"),
        pytest.param("FEPAVRAE, Pliego de reclamos presentado al Gobierno Regional, Kimbiri, 15 de agosto de 2013, mimeo.",
                     "FEPAVRAE", "Pliego de reclamos presentado al Gobierno Regional", "Kimbiri", "mimeo", (2013, 8, 15),
                     id="a-federations-mimeographed-petition"),
        pytest.param("Report of the Secretary-General on the situation in Mali, UN Security Council, S/2019/454, "
                     "31 May 2019.", None, "Report of the Secretary-General on the situation in Mali", None, "S/2019/454",
                     (2019, 5, 31), id="a-un-report-issuer-then-symbol"),
    ],
)
def test_unmarked_documents_of_a_body(text, author, title, place, genre, date):
    cit = full(text)
    work = cit.work
    assert ([a.literal for a in work.authors][:1] or [None], work.title, work.place, work.genre, work.date) == \
        ([author], title, place, genre, date)


def test_a_treaty_dated_by_its_adoption():
    cit = full("Regional Agreement on Access to Information in Example Matters (Example Agreement), adopted March 4, "
               "2018, art. 9.")
    assert (cit.work.title, cit.work.date, cit.locator, cit.label) == \
        ("Regional Agreement on Access to Information in Example Matters (Example Agreement)", (2018, 3, 4), "9", "section")


@pytest.mark.parametrize(
    "text",
    [
        "Fiscalía Provincial Penal de Ejemplo, Carpeta Fiscal N.º 2506-2019-112-0, October 2019.",
        "FEPAVRAE, Pliego de reclamos presentado al Gobierno Regional, Kimbiri, 15 de agosto de 2013, mimeo.",
        "Report of the Secretary-General on the situation in Mali, UN Security Council, S/2019/454, 31 May 2019.",
        "Regional Agreement on Access to Information (Example Agreement), adopted March 4, 2018, art. 9.",
    ],
)
def test_unmarked_documents_are_cited_not_commentary(text):
    from citex.parse.features import judge

    assert judge(text)[0] == "full"


def test_a_persons_unmarked_title_and_date_is_no_bodys_document():
    from citex.parse.features import judge

    assert judge("Jane Roe, a walk in the valley, October 2019.")[0] is None


@pytest.mark.parametrize(
    ("text", "author", "platform", "date"),
    [
        pytest.param("@ExampleHandle, Twitter post, June 2, 2019, 9:14 p.m., https://twitter.com/ExampleHandle/status/1.",
                     "@ExampleHandle", "Twitter", (2019, 6, 2), id="handle-then-twitter-post"),
        pytest.param("Jane Roe, Facebook post, June 3, 2019, https://www.facebook.com/janeroe/posts/1.", "Roe", "Facebook",
                     (2019, 6, 3), id="name-then-facebook-post"),
    ],
)
def test_a_post_named_after_its_author(text, author, platform, date):
    work = full(text).work
    name = work.authors[0].literal or work.authors[0].family
    assert (work.type, name, work.container, work.title, work.date) == ("webpage", author, platform, None, date)


def test_a_network_after_a_programme_is_no_place():
    work = full("\"Vigilantes at the Border,\" *Example Hour*, CBS, October 27, 2019.").work
    assert (work.container, work.publisher, work.place) == ("Example Hour", "CBS", None)


def test_two_bodies_named_by_their_acronyms():
    assert [a.literal for a in parse_names("UNODC y DEVIDA")] == ["UNODC", "DEVIDA"]
    assert [a.literal for a in parse_names("Ministry of Justice and Human Rights")] == ["Ministry of Justice and Human Rights"]


@pytest.mark.parametrize(
    ("text", "family", "given"),
    [
        pytest.param("Assistant U.S. Attorney Karen Roe", "Roe", "Karen", id="assistant-us-attorney"),
        pytest.param("Secretary of State John Roe", "Roe", "John", id="secretary-of-state"),
        pytest.param("Deputy Chief of Mission Jane Roe", "Roe", "Jane", id="deputy-chief-of-mission"),
        pytest.param("Jean Paul Sartre", "Sartre", "Jean Paul", id="two-given-names-stay"),
    ],
)
def test_an_office_before_a_name_is_dropped(text, family, given):
    assert [(n.family, n.given) for n in parse_names(text)] == [(family, given)]


@pytest.mark.parametrize(
    ("who", "family", "given"),
    [
        pytest.param("President of the United States Joe Biden", "Biden", "Joe", id="a-state-of-two-words-ends-the-office"),
        pytest.param("Prime Minister of the United Kingdom Jane Roe", "Roe", "Jane", id="the-united-kingdom"),
        pytest.param("Secretary of Homeland Security Alejandro Roe", "Roe", "Alejandro",
                     id="an-office-of-two-words-before-a-given-name"),
        pytest.param("Minister of Defense Karim Example", "Example", "Karim", id="an-office-of-one-word-after-of"),
    ],
)
def test_the_whole_office_before_a_speakers_name_is_dropped(who, family, given):
    work = full(f"{who}, \"Remarks on the Border,\" speech, Example City, January 6, 2022.").work
    assert [(n.family, n.given) for n in work.authors] == [(family, given)]


@pytest.mark.parametrize(
    ("who", "family", "given"),
    [
        pytest.param("Ford, C. A., Assistant Secretary of State for International Security and Nonproliferation", "Ford", "C. A.",
                     id="an-inverted-name-then-a-long-office"),
        pytest.param("Roe, J., Director of Policy Planning", "Roe", "J.", id="an-inverted-name-then-a-short-office"),
        pytest.param("Jane Roe, U.S. Ambassador to the United Nations", "Roe", "Jane", id="a-name-then-its-countrys-office"),
    ],
)
def test_an_office_after_a_speakers_name_is_no_part_of_the_author(who, family, given):
    work = full(f"{who}, 'The future of deterrence', Speech at the Example Institute, London, 3 Mar. 2021.").work
    assert (work.type, [(n.family, n.given) for n in work.authors]) == ("speech", [(family, given)])


def test_a_body_that_publishes_its_own_work_makes_a_report():
    work = full("Oxfam, *Desigualdad extrema* (Lima: Oxfam, 2015), 5.").work
    assert (work.type, [a.literal for a in work.authors], work.language) == ("report", ["Oxfam"], "es")


def test_a_programme_on_a_station_is_a_broadcast():
    work = full("Jane Roe, \"Open Lines,\" *The Example Hour*, KXYZ-AM, March 3, 2019.").work
    assert (work.type, work.container, work.publisher) == ("broadcast", "The Example Hour", "KXYZ-AM")


def test_a_dataset_label_is_no_outlet():
    work = full("Example Event Data Project (EEDP), *Crisis Monitor*, dataset, accessed October 2, 2021, "
                "https://www.example.org/monitor.").work
    assert (work.type, work.container, work.genre, work.date, work.accessed) == \
        ("webpage", None, "dataset", None, (2021, 10, 2))


def test_a_memorandum_with_its_subject_line():
    work = full("Memorandum from Assistant U.S. Attorney Karen Roe to U.S. Attorney John Doe, \"Declination: Example "
                "Broadcasts,\" August 14, 2020.").work
    assert (work.type, work.authors[0].family, work.title, work.date) == \
        ("document", "Roe", "Declination: Example Broadcasts", (2020, 8, 14))


@pytest.mark.parametrize(
    ("text", "locator", "label"),
    [
        pytest.param("\"Example Hour, Episode 212,\" podcast, https://podcasts.example.com/212, at 34:10.", "34:10",
                     "timestamp", id="at-minutes-and-seconds"),
        pytest.param("Jane Roe, \"Example Talk,\" YouTube video, March 3, 2019, 1:02:45.", "1:02:45", "timestamp",
                     id="hours-minutes-seconds"),
    ],
)
def test_a_time_in_a_recording_is_its_pinpoint(text, locator, label):
    cit = full(text)
    assert (cit.locator, cit.label) == (locator, label)


def test_a_volume_and_page_is_no_time():
    from citex.parse.features import strip_locator

    assert strip_locator("Brenner, *Salzhandel*, 2:33")[1:] != ("2:33", "timestamp")


def test_a_report_number_closing_its_series():
    work = full("Example Research Service, Example Financing: Issues for Congress, CRS In Focus IF10950, updated June 2, "
                "2021.").work
    assert (work.type, [a.literal for a in work.authors], work.title, work.genre, work.date) == \
        ("report", ["Example Research Service"], "Example Financing: Issues for Congress", "CRS In Focus IF10950",
         (2021, 6, 2))


@pytest.mark.parametrize(
    ("text", "court"),
    [
        pytest.param("United States v. John Doe, Indictment, S.D.N.Y., 2014.", "S.D.N.Y.", id="district-after-commas"),
        pytest.param("United States v. John Doe, Indictment, E.D. Va., 2014.", "E.D. Va.", id="district-with-a-space"),
        pytest.param("United States v. John Doe, Opinion, 9th Cir., 2014.", "9th Cir.", id="circuit"),
    ],
)
def test_a_federal_court_by_its_abbreviation(text, court):
    work = full(text).work
    assert (work.title, work.publisher, work.genre) == ("United States v. John Doe", court, text.split(", ")[1])


def test_a_persons_work_published_by_an_organisation_and_dated_by_month_is_a_report():
    assert full("Jane Roe, *Refined Elsewhere* (London: Example Witness, July 2019), 8.").work.type == "report"
    assert full("Jane Roe, *Refined Elsewhere* (London: Example Press, July 2019), 8.").work.type == "book"


def test_a_police_station_is_a_body_of_the_police():
    work = full("Policía Nacional, Comisaría de Ejemplo, Parte Policial N.º 118-2019, 3 June 2019.").work
    assert ([a.literal for a in work.authors], work.title) == \
        (["Policía Nacional, Comisaría de Ejemplo"], "Parte Policial N.º 118-2019")


def test_a_body_named_in_full_and_another_by_its_acronym():
    assert [a.literal for a in parse_names("Example Office on Drugs and Crime and DEVIDA")] == \
        ["Example Office on Drugs and Crime", "DEVIDA"]


@pytest.mark.parametrize(
    ("text", "volume", "issue", "pages", "locator", "container"),
    [
        pytest.param("Jane Roe, \"Cabinet Shares,\" Example Studies Quarterly 44, no. 2 (May 2019): 31–58, "
                     "doi:10.5555/esq.12233.", "44", "2", "31-58", None, "Example Studies Quarterly", id="bare-doi-after-pages"),
        pytest.param("John Doe, \"The Presidential Calculus,\" Comparative Example Studies 39, no. 4 (2006): 415–40, at 420.",
                     "39", "4", "415-40", "420", "Comparative Example Studies", id="pages-then-at-pinpoint"),
        pytest.param("Jane Roe, \"A Theory of Parties,\" American Journal of Example Science 34(2): 565–598.", "34", "2",
                     "565-598", None, "American Journal of Example Science", id="volume-and-issue-in-parentheses"),
        pytest.param("João Exemplo dos Santos, \"A imprensa operária\", *Revista Brasileira de História*, v. 36, n. 71, "
                     "3 de maio de 2016, p. 55-78.", "36", "71", "55-78", None, "Revista Brasileira de História",
                     id="portuguese-v-and-n"),
        pytest.param("Jane Roe, “Example Politics,” Politics & Example vol. 32 No 2 (2004): 1-20, 5.", "32", "2", "1-20", "5",
                     "Politics & Example", id="vol-and-no-without-a-comma"),
        pytest.param("Jane Roe, “Example Politics,” Politics & Example 32 no. 2 (Spring 2004): 1-20.", "32", "2", "1-20", None,
                     "Politics & Example", id="volume-and-no-without-a-comma"),
        pytest.param("\"Record of a Conversation, 22 July 1958,\" *Example History Project Bulletin*, no. 6–7 (Winter 1995/1996): "
                     "155–59.", None, "6–7", "155-59", None, "Example History Project Bulletin", id="a-double-issue-of-a-split-year"),
    ],
)
def test_journal_articles_in_their_other_shapes(text, volume, issue, pages, locator, container):
    cit = full(text)
    work = cit.work
    assert (work.type, work.container, work.volume, work.issue, work.page, cit.locator) == \
        ("article-journal", container, volume, issue, pages, locator)


def test_a_bare_doi_becomes_the_address():
    work = full("Jane Roe, \"Cabinet Shares,\" Example Studies Quarterly 44, no. 2 (2019): 31–58, doi:10.5555/esq.12233.").work
    assert work.url == "https://doi.org/10.5555/esq.12233"


def test_an_edited_volume_published_by_an_institute_is_a_book():
    work = full("Carmen Example and Ana María Ruiz, eds., La República peregrina (Lima: Instituto de Estudios "
                "Peruanos, 2007).").work
    assert (work.type, [e.family for e in work.editors]) == ("book", ["Example", "Ruiz"])


def test_a_reprint_keeps_its_own_place():
    work = full("Clements R. Example, *Peru* (1882; repr., London: Example Low, 1968), 112–14.").work
    assert (work.place, work.publisher, work.date) == ("London", "Example Low", (1968,))


def test_two_publishers_in_two_places():
    work = full("Jane Roe, *Parties and Power* (Washington, DC: IDB; Cambridge, MA: Example University Press, 2005), 12.").work
    assert (work.place, work.publisher) == ("Washington, DC; Cambridge, MA", "IDB; Example University Press")


@pytest.mark.parametrize(
    ("text", "author", "title", "place", "publisher", "volume", "translator", "locator"),
    [
        pytest.param("Eric Exemplo, *A era dos extremos*, trad. Marcos Santos, São Paulo, Companhia das Letras, 1995, p. 90.",
                     "Exemplo", "A era dos extremos", "São Paulo", "Companhia das Letras", None, "Santos", "90",
                     id="translated-by-in-the-comma-style"),
        pytest.param("Jacques Exemple, *Histoire de l'édition française*, t. II, Paris, Fayard, 1984, p. 230.", "Exemple",
                     "Histoire de l’édition française", "Paris", "Fayard", "II", None, "230", id="tome-between-title-and-facts"),
        pytest.param("José Carlos Ejemplo, *Siete ensayos*, 14.ª ed., Lima, Amauta, 1968, p. 33.", "Ejemplo",
                     "Siete ensayos", "Lima", "Amauta", None, None, "33", id="spanish-edition"),
        pytest.param("Pierre Exemple, *La presse en province*, Paris, Seuil, 1990, p. 12 sq.", "Exemple",
                     "La presse en province", "Paris", "Seuil", None, None, "12 sq.", id="and-the-pages-following"),
    ],
)
def test_books_with_their_facts_set_off_by_commas(text, author, title, place, publisher, volume, translator, locator):
    cit = full(text)
    work = cit.work
    assert (work.type, work.authors[0].family, work.title, work.place, work.publisher, work.volume,
            work.translators[0].family if work.translators else None, cit.locator) == \
        ("book", author, title, place, publisher, volume, translator, locator)


def test_a_french_chapter_with_its_director_and_facts_by_commas():
    cit = full("Marieke van der Exemple, « Les journaux andins », dans Jean-Pierre Exemple (dir.), *Frontières de l'écrit*, "
               "Rennes, Presses universitaires de Rennes, 2012, p. 77-95.")
    work = cit.work
    assert (work.type, work.container, [e.family for e in work.editors], work.publisher, work.place, work.page) == \
        ("chapter", "Frontières de l’écrit", ["Exemple"], "Presses universitaires de Rennes", "Rennes", "77-95")


def test_a_newspaper_issue_with_its_city_after_a_comma():
    cit = full("Jornal do Brasil, Rio de Janeiro, 12 de outubro de 1932, p. 1.")
    assert (cit.work.type, cit.work.container, cit.work.place, cit.work.date, cit.locator) == \
        ("article-newspaper", "Jornal do Brasil", "Rio de Janeiro", (1932, 10, 12), "1")


def test_a_spanish_thesis_with_its_degree_school_and_town():
    work = full("Ana María de la Cruz Ejemplo, *El periodismo en Arequipa, 1900-1950*, tesis de doctorado, Pontificia "
                "Universidad Católica del Perú, Lima, 2015, p. 88.").work
    assert (work.type, work.genre, work.publisher, work.place) == \
        ("thesis", "tesis de doctorado", "Pontificia Universidad Católica del Perú", "Lima")


@pytest.mark.parametrize(
    ("text", "author", "title"),
    [
        pytest.param("Ministério do Exemplo, Indústria, Comércio e Serviços, *Nova Indústria* (Brasília: MDIC, 2024), 12.",
                     "Ministério do Exemplo, Indústria, Comércio e Serviços", "Nova Indústria", id="a-ministry-named-with-commas"),
        pytest.param("Centers for Example Control, \"Heat-Related Deaths,\" *Example Weekly Report* 72, no. 3 (2023): 45–49.",
                     "Centers for Example Control", "Heat-Related Deaths", id="a-plural-body"),
        pytest.param("Comptroller and Auditor General of Example, Report No. 13 of 2021: Performance Audit (New Delhi: CAG, "
                     "2021), 44–45.", "Comptroller and Auditor General of Example", "Report No. 13 of 2021: Performance Audit",
                     id="an-office-that-audits"),
        pytest.param("Kyiv School of Example, Oil Exports under Sanctions, KSE Institute Report, April 2024.",
                     "Kyiv School of Example", "Oil Exports under Sanctions", id="a-school-and-its-series"),
    ],
)
def test_bodies_in_their_other_names(text, author, title):
    work = full(text).work
    assert ([a.literal for a in work.authors], work.title) == ([author], title)


def test_a_title_with_a_colon_is_no_body():
    work = full("Counternarcotics Example: U.S. Agencies Have Allotted Billions, but Example Should Improve Its Reporting "
                "(Washington, DC: U.S. Government Accountability Office, 2011).").work
    assert work.authors == () and work.title.startswith("Counternarcotics Example: U.S. Agencies")


@pytest.mark.parametrize(
    ("text", "pages", "locator"),
    [
        pytest.param("Jane Roe, \"Ocean Shipping,\" Marine Example 119 (2020): 104067.", "104067", None,
                     id="an-article-number"),
        pytest.param("Jane Roe, \"Ocean Shipping,\" Example Letters 11, no. 8 (2016): 084005.", "084005", None,
                     id="an-article-number-with-a-leading-zero"),
        pytest.param("Jane Roe, \"Mining,\" Proceedings of the Example Academy 106, no. 41 (2009): 17297.", None, "17297",
                     id="a-five-figure-page-is-still-a-page"),
    ],
)
def test_an_article_number_is_no_pinpoint(text, pages, locator):
    cit = full(text)
    assert (cit.work.page, cit.locator) == (pages, locator)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        pytest.param("Jane Roe, \"Example at Sixty,\" speech, Lagos, June 10, 2021.", "Lagos", id="one-word-town"),
        pytest.param("Jane Roe, \"Peace and Security,\" speech, New York, March 3, 2019.", "New York", id="two-word-town"),
    ],
)
def test_where_a_speech_was_given(text, place):
    work = full(text).work
    assert (work.type, work.place, work.publisher) == ("speech", place, None)


@pytest.mark.parametrize(
    ("text", "place", "publisher", "date"),
    [
        pytest.param("Jane Roe, *The Making* (London: Victor Example, [1963] 1980), 12.", "London", "Victor Example", (1980,),
                     id="the-first-editions-year-in-brackets"),
        pytest.param("Jane Roe, *Writings* (Leeds: Senior, 1880; repr. London: Cass, 1968), 72.", "London", "Cass", (1968,),
                     id="a-reprint-after-the-first-facts"),
    ],
)
def test_the_edition_cited_is_the_one_read(text, place, publisher, date):
    work = full(text).work
    assert (work.place, work.publisher, work.date) == (place, publisher, date)


def test_an_edition_is_no_part_of_a_books_title():
    work = full("Jane Roe, \"Oil,\" in Example Handbook of Energy Security, 2nd ed., ed. Benjamin K. Example (London: "
                "Example Press, 2023), 45.").work
    assert (work.type, work.container) == ("chapter", "Example Handbook of Energy Security")


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        pytest.param("Title\n\nCommentary by John Doe\n\nBody text.", [("Doe", "John")], id="commentary-by"),
        pytest.param("Title\n\nReport by Jane Roe and Omar Example\n\nBody.", [("Roe", "Jane"), ("Example", "Omar")],
                     id="report-by-two"),
    ],
)
def test_bylines_that_name_the_kind_of_piece(head, expected):
    from citex import byline
    from citex.model import Text

    assert [(n.family, n.given) for n in byline.authors(Text(text=head))] == expected


def test_three_family_names_alone_make_a_short_form():
    from citex.parse.features import judge

    assert judge("Example, Lane, and Rodrik, \"The New Economics of Industrial Policy,\" 220.")[0] == "short"
    assert [n.family for n in parse_names("Juhász, Lane, and Rodrik")] == ["Juhász", "Lane", "Rodrik"]
    assert [(n.family, n.given) for n in parse_names("Romo Espinoza, Vanessa")] == [("Romo Espinoza", "Vanessa")]


def test_interviews_by_the_author_in_a_place_name_no_one():
    work = full("Interviews conducted by the author in Kiruna, Sweden, June 2019.").work
    assert (work.type, work.authors, work.place, work.date) == ("interview", (), "Kiruna, Sweden", (2019, 6))


@pytest.mark.parametrize(
    ("text", "author", "title"),
    [
        pytest.param("Comisión Nacional para el Desarrollo y Vida sin Drogas (DEVIDA), *Estrategia Nacional 2017-2021* "
                     "(Lima: DEVIDA, 2017), pp. 12-15.", "Comisión Nacional para el Desarrollo y Vida sin Drogas (DEVIDA)",
                     "Estrategia Nacional 2017-2021", id="a-body-whose-name-holds-sin"),
        pytest.param("Secretariado Ejecutivo del Sistema Nacional de Seguridad Pública, *Incidencia delictiva 2014* "
                     "(Ciudad de México: SESNSP, 2015).", "Secretariado Ejecutivo del Sistema Nacional de Seguridad Pública",
                     "Incidencia delictiva 2014", id="a-secretariado"),
    ],
)
def test_a_body_before_an_italic_title_is_its_author(text, author, title):
    work = full(text).work
    assert ([a.literal for a in work.authors], work.title, work.type) == ([author], title, "report")


@pytest.mark.parametrize(
    ("text", "author", "genre", "place"),
    [
        pytest.param("Congreso de la República del Perú, Proyecto de Ley N.º 1244/2016-CR, \"Ley que declara de interés "
                     "nacional la reconversión,\" April 20, 2017.", "Congreso de la República del Perú",
                     "Proyecto de Ley N.º 1244/2016-CR", None, id="a-bill"),
        pytest.param("Presidencia de la República de Colombia, Decreto 896 de 2017, \"Por el cual se crea el Programa,\" "
                     "Bogotá, 29 de mayo de 2017.", "Presidencia de la República de Colombia", "Decreto 896 de 2017", "Bogotá",
                     id="a-decree-of-a-year-issued-in-a-city"),
    ],
)
def test_an_official_text_numbered_after_its_issuer(text, author, genre, place):
    work = full(text).work
    assert (work.type, [a.literal for a in work.authors], work.genre, work.place, work.container) == \
        ("document", [author], genre, place, None)


def test_a_think_tanks_report_by_a_person_is_a_report():
    assert full("Adam Example, *A Long Way to Go* (Washington, D.C.: Washington Office on Latin America, 2021), 23.").work.type \
        == "report"
    assert full("Alfonso W. Example, *Corrupt Circles* (Washington, DC: Woodrow Wilson Center Press, 2008), 4.").work.type \
        == "book"


def test_a_report_label_closing_an_unmarked_title():
    work = full("Harold Example and Vanda Roe, Colombia's Coca Conundrum, Policy Brief (Washington, D.C.: Example "
                "Institution, 2018), 6.").work
    assert (work.type, work.title, work.genre) == ("report", "Colombia’s Coca Conundrum", "Policy Brief")


@pytest.mark.parametrize(
    ("name", "literal"),
    [
        pytest.param("G7 Leaders", True, id="a-group-of-states"),
        pytest.param("Lloyd's Register", True, id="a-possessive-name-is-no-persons"),  # (Lloyd's List is a paper)
        pytest.param("Jane O'Brien", False, id="an-apostrophe-in-a-surname-is-no-possessive"),
        pytest.param("EXAMPLE New England", True, id="an-acronym-opening-a-bodys-name"),
        pytest.param("DUPONT Jean", False, id="a-family-name-in-capitals-before-a-given-name"),
        pytest.param("Transport Example", True, id="transport-opening-a-bodys-name"),
        pytest.param("Campaign for Example Streets", True, id="campaign-opening-a-bodys-name"),
        pytest.param("Example Irrigation District", True, id="a-district"),
        pytest.param("Europäischer Rat", True, id="a-german-adjective-of-place-before-the-bodys-noun"),
        pytest.param("Statistisches Beispielamt", True, id="a-german-adjective-of-kind-before-the-bodys-noun"),
        pytest.param("Paige Example", False, id="a-given-name-ending-like-a-german-adjective"),
        pytest.param("Rüdiger Example", False, id="a-german-given-name-ending-like-an-adjective"),
        pytest.param("Statistics Canada", True, id="an-agency-named-by-its-field-and-country"),
        pytest.param("Crown-Indigenous Relations and Northern Affairs Canada", True, id="an-agency-whose-name-holds-and"),
        pytest.param("Public Health England", True, id="an-agency-of-a-uk-nation"),
    ],
)
def test_bodies_with_figures_or_possessives_or_acronyms(name, literal):
    from citex.parse.names import is_organisation

    assert is_organisation(name) is literal
    work = full(f"{name}, \"Example Statement on Food Security,\" May 20, 2023.").work
    assert (work.authors[0].literal is not None, work.title) == (literal, "Example Statement on Food Security")


def test_a_periodical_whose_name_opens_with_the_is_no_body():
    cit = full("Daniel Example, \"The Lake Is Leaving,\" The Example Review, September 2018, 34–41.")
    assert (cit.work.type in ("article-journal", "article-magazine"), cit.work.container, cit.work.page) == \
        (True, "The Example Review", "34-41")


def test_a_bodys_numbered_resolution_dated_in_parentheses_is_cited():
    import citex

    doc = citex.extract("Notes\n\n1. Federación de Regantes del Sur, Resolución 04-2019 (Juliaca, April 2, 2019). The "
                        "resolution set out three demands.\n")
    note = doc.notes[0]
    assert [(c.work.type, c.work.title, c.work.place, c.work.date) for c in note.citations] == \
        [("document", "Resolución 04-2019", "Juliaca", (2019, 4, 2))]
    assert note.commentary == "The resolution set out three demands."


@pytest.mark.parametrize(
    ("text", "author", "title", "place", "publisher", "date", "locator"),
    [
        pytest.param("Comisión Nacional para el Desarrollo y Vida sin Drogas (DEVIDA), Estrategia Nacional 2017-2021, Lima: "
                     "DEVIDA, 2017, p. 23.", "Comisión Nacional para el Desarrollo y Vida sin Drogas (DEVIDA)",
                     "Estrategia Nacional 2017-2021", "Lima", "DEVIDA", (2017,), "23", id="a-body-and-its-facts-after-a-comma"),
        pytest.param("Hugo Ejemplo Cubas, ¿Guerra a las drogas o a los campesinos?, Lima: CEDEP, 2010, cap. 3.", "Ejemplo Cubas",
                     "¿Guerra a las drogas o a los campesinos?", "Lima", "CEDEP", (2010,), "3", id="a-chapter-pinpoint"),
        pytest.param("Defensoría del Pueblo, Informe Defensorial N.º 171: Conflictos en el valle, Lima: Defensoría del "
                     "Pueblo, 2015, p. 9.", "Defensoría del Pueblo", "Informe Defensorial N.º 171: Conflictos en el valle",
                     "Lima", "Defensoría del Pueblo", (2015,), "9", id="two-colons"),
    ],
)
def test_facts_with_a_colon_and_no_parentheses(text, author, title, place, publisher, date, locator):
    cit = full(text)
    work = cit.work
    name = work.authors[0].literal or work.authors[0].family
    assert (name, work.title, work.place, work.publisher, work.date, cit.locator) == \
        (author, title, place, publisher, date, locator)


def test_facts_with_a_colon_after_a_period_continue_the_note():
    import citex

    doc = citex.extract("Notas\n\n1. Carlos Iván Ejemplo, El surgimiento de Sendero Luminoso. Lima: IEP, 1990, p. 12.\n")
    note = doc.notes[0]
    assert [(c.work.title, c.work.publisher, c.locator) for c in note.citations] == \
        [("El surgimiento de Sendero Luminoso", "IEP", "12")] and note.commentary is None


def test_a_bibliography_entry_with_a_colon_is_still_read_as_one():
    work = full("Salazar Ejemplo, Rosa María. Café y crédito en la selva central. Lima: IEP, 2005.").work
    assert ([(a.family, a.given) for a in work.authors], work.title) == \
        ([("Salazar Ejemplo", "Rosa María")], "Café y crédito en la selva central")


@pytest.mark.parametrize(
    ("text", "kind", "author", "container", "publisher", "place"),
    [
        pytest.param("Tom Example, 'Behind the Walls', RUSI Occasional Paper, Royal United Services Institute, London, "
                     "April 2020.", "report", "Example", None, "Royal United Services Institute", "London",
                     id="a-series-label-then-the-institute-and-its-city"),
        pytest.param("BBC News, 'Example attacker had been released', 3 February 2020, https://www.bbc.co.uk/news/uk-1.",
                     "article-newspaper", None, "BBC News", None, None, id="an-outlet-before-the-headline"),
        pytest.param("Los Tiempos, \"Dirigentes rechazan la erradicación,\" 12 de junio de 2015.", "article-newspaper", None,
                     "Los Tiempos", None, None, id="a-known-outlet-before-the-headline"),
        pytest.param("Decreto Supremo N° 025-2003-JUS, Reglamento de la Ley de Rondas (Lima, 30 de diciembre de 2003).",
                     "document", None, None, None, "Lima", id="a-decree-and-its-city-in-parentheses"),
    ],
)
def test_outlets_issuers_and_their_places(text, kind, author, container, publisher, place):
    work = full(text).work
    name = (work.authors[0].family or work.authors[0].literal) if work.authors else None
    assert (work.type, name, work.container, work.publisher, work.place) == (kind, author, container, publisher, place)


def test_a_commission_with_a_national_name_is_no_outlet():
    work = full("Comisión Nacional sobre la Desaparición de Personas, “Nunca más” (Buenos Aires: EUDEBA, 1984), 7.").work
    assert [a.literal for a in work.authors] == ["Comisión Nacional sobre la Desaparición de Personas"]


def test_a_journals_range_then_at_a_page():
    cit = full("Jane Roe, 'Prisons', *Example Political Violence* 31:4 (2019), pp. 720-741, at p. 728.")
    assert (cit.work.page, cit.locator) == ("720-741", "728")


def test_decimal_paragraphs_and_an_honour_after_a_name():
    cit = full("Jonathan Example QC, The Terrorism Acts in 2019 (London: HM Stationery Office, March 2021), paras 7.12-7.20.")
    assert ((cit.work.authors[0].family, cit.work.authors[0].given), cit.locator, cit.label) == \
        (("Example", "Jonathan"), "7.12-7.20", "paragraph")


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        pytest.param("Europol, *TE-SAT 2020: Terrorism Situation and Trend Report* (Luxembourg: Publications Office, 2020), "
                     "pp. 34-35.", "report", id="europol-is-a-body"),
        pytest.param("Financial Action Task Force, Terrorist Financing in West Africa (Paris: FATF/GIABA, October 2016), "
                     "p. 22.", "report", id="two-acronyms-with-a-slash"),
        pytest.param("Viceministerio de Defensa Social y Sustancias Controladas, *Estrategia de Lucha* (La Paz: Ministerio de "
                     "Gobierno, 2016), 34.", "report", id="a-vice-ministry"),
        pytest.param("Alison Example Pallet, *Kawsachun coca* (La Paz: Fundación PIEB, 2004).", "book",
                     id="a-foundation-that-publishes-books"),
    ],
)
def test_bodies_and_what_they_publish(text, kind):
    work = full(text).work
    assert work.type == kind
    if kind == "report":
        assert work.authors and work.authors[0].literal is not None


# --- where a work may be found: "Available at <URL>", "Disponível em: <URL>. Acesso em: …" ---------------

@pytest.mark.parametrize(
    ("note", "kind", "url", "accessed"),
    [
        pytest.param("UNODC, *Global Study on Homicide 2019* (Vienna, 2019), p. 21. Available at https://example.org/gsh "
                     "(accessed 12 March 2022).", "report", "https://example.org/gsh", (2022, 3, 12), id="un-style"),
        pytest.param("ROE, Jane. Exemplo de livro. São Paulo: Example Press, 2010. Disponível em: <https://example.org/livro>. "
                     "Acesso em: 3 maio 2020.", "book", "https://example.org/livro", (2020, 5, 3), id="abnt"),
        pytest.param("Jane Roe, *Example Book* (Lima: Example Press, 2010). Retrieved from https://example.org/book.",
                     "book", "https://example.org/book", None, id="retrieved-from"),
        pytest.param("Ministerio de Ejemplo, *Informe anual 2019* (Lima: Example Press, 2020). Disponible en: "
                     "https://example.gob.pe/informe [consultado el 3 de mayo de 2021].", "report", "https://example.gob.pe/informe",
                     (2021, 5, 3), id="spanish"),
    ],
)
def test_where_a_work_may_be_found_stays_with_it(note, kind, url, accessed):
    import citex

    doc = citex.extract(f"Text.[^1]\n\n[^1]: {note}\n")
    (cited,) = doc.notes[0].citations
    assert (cited.work.type, cited.work.url, cited.work.accessed) == (kind, url, accessed)
    assert not doc.notes[0].commentary and "vailab" not in (cited.work.title or "") + (cited.work.container or "")


def test_an_address_after_a_title_with_no_date_still_makes_a_web_page():
    work = full('Example Network, "Example Indicator," Example Indicators. Available at https://example.org/data '
                "(accessed 12 March 2022).").work
    assert (work.type, work.container, work.accessed) == ("webpage", "Example Indicators", (2022, 3, 12))


@pytest.mark.parametrize(
    ("note", "kind"),
    [
        pytest.param("Example Office, *Example Plan*, EO-22-104611 (Washington, D.C.: May 31, 2022).", "report",
                     id="a-body-dated-by-day-no-publisher"),
        pytest.param("Ministerio de Ejemplo, *Logros de la política* (Bogotá, 2016).", "report", id="a-body-place-and-year"),
        pytest.param("Jane Roe, *Example Book* (Paris, 1963).", "book", id="a-persons-book-printing-only-its-place"),
    ],
)
def test_a_place_and_date_without_a_publisher(note, kind):
    assert full(note).work.type == kind


@pytest.mark.parametrize(
    ("number"),
    [
        pytest.param("GAO-22-104611", id="six-digit-audit-number"),
        pytest.param("OMB M-21-19", id="office-memorandum"),
        pytest.param("FCC 21-18", id="commission-document"),
    ],
)
def test_a_report_number_after_the_title_is_its_genre(number):
    work = full(f"GAO, Programs: Example Audit of Programs, {number} (Washington, D.C.: May 31, 2022).").work
    assert (work.type, work.title, work.genre) == ("report", "Programs: Example Audit of Programs", number)


@pytest.mark.parametrize(
    ("paren", "place", "publisher"),
    [
        pytest.param("(Cambridge, 2009)", "Cambridge", None, id="british-place-alone"),
        pytest.param("(New York, 2005)", "New York", None, id="two-word-city"),
        pytest.param("(Routledge, 2009)", None, "Routledge", id="a-publisher-alone-stays-one"),
        pytest.param("(Washington, D.C., Example Bank, 2006)", "Washington, D.C.", "Example Bank", id="city-state-publisher"),
        pytest.param("(Bogotá, EXAMPLE-SIMCI, 2021)", "Bogotá", "EXAMPLE-SIMCI", id="city-publisher"),
    ],
)
def test_a_parenthetical_set_with_commas(paren, place, publisher):
    work = full(f"Jane Roe, *Example Book* {paren}, p. 6.").work
    assert (work.place, work.publisher) == (place, publisher)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Roe, Alan", [("Roe", "Alan")], id="one-name-family-first"),
        pytest.param("Roe, Mary Kay", [("Roe", "Mary Kay")], id="two-given-names"),
        pytest.param("Roe, Gilbert M. and Doe, Daniel", [("Roe", "Gilbert M."), ("Doe", "Daniel")], id="two-names-family-first"),
        pytest.param("ROE, Lilia Moritz", [("Roe", "Lilia Moritz")], id="family-in-capitals"),
        pytest.param("ROE, Carlos; DOE, Nelson do Valle", [("Roe", "Carlos"), ("Doe", "Nelson do Valle")],
                     id="abnt-semicolon"),
        pytest.param("ORTEGA Y GASSET, José", [("Ortega y Gasset", "José")], id="capitals-with-y"),
        pytest.param("Jane Roe, John Doe", [("Roe", "Jane"), ("Doe", "John")], id="two-names-given-first-are-not-inverted"),
    ],
)
def test_names_printed_family_name_first(text, expected):
    assert [(n.family, n.given) for n in parse_names(text)] == expected


def test_a_name_and_a_short_title_are_no_inverted_name():
    from citex.parse.names import looks_like_names

    assert looks_like_names("Roe, Alan") and not looks_like_names("Peru, Ministry of the Interior")
    assert [n.family for n in parse_names("Hunt, Andean Lives")] != ["Hunt"]


@pytest.mark.parametrize(
    ("note", "authors", "title"),
    [
        pytest.param("Roe, Alan, ‘Example Article’, Example Journal, 26: 1 (1994), pp. 73–107.", [("Roe", "Alan")],
                     "Example Article", id="quoted-title"),
        pytest.param("Roe, Arnaldo, La política de ejemplo (Mexico City: Example Press, 1974), pp. 45–60.",
                     [("Roe", "Arnaldo")], "La política de ejemplo", id="unmarked-title"),
    ],
)
def test_a_note_opening_with_its_author_family_name_first(note, authors, title):
    import citex

    doc = citex.extract(f"Text.[^1]\n\n[^1]: {note}\n")
    (cited,) = doc.notes[0].citations
    assert [(a.family, a.given) for a in cited.work.authors] == authors and cited.work.title == title
    assert not doc.notes[0].commentary


def test_inverted_editors_before_an_unmarked_title():
    work = full("Roe, Gilbert M. and Doe, Daniel (eds.), Everyday Forms of Example (Durham, NC: Example Press, 1994).").work
    assert [(e.family, e.given) for e in work.editors] == [("Roe", "Gilbert M."), ("Doe", "Daniel")]
    assert work.title == "Everyday Forms of Example"


# --- United Nations documents ---------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("note", "expected"),
    [
        pytest.param("Example Office on Drugs, *Example Drug Report 2021*, booklet 4 (United Nations publication, Sales No. "
                     "E.21.XI.8), p. 21.", ("report", "Example Drug Report 2021", "Sales No. E.21.XI.8", "United Nations",
                                            None, "booklet 4", "21"), id="sales-number"),
        pytest.param("Example Control Board, *Report of the Example Control Board for 2020* (E/INCB/2020/1), para. 512.",
                     ("report", "Report of the Example Control Board for 2020", "E/INCB/2020/1", None, None, None, "512"),
                     id="document-symbol"),
        pytest.param("Example Commission for Latin America (EXCLA), *Social Panorama 2020* (LC/PUB.2021/2-P/Rev.1), Santiago, "
                     "2021, p. 78.", ("report", "Social Panorama 2020", "LC/PUB.2021/2-P/Rev.1", None, "Santiago", None, "78"),
                     id="symbol-then-city"),
    ],
)
def test_an_official_publication_with_its_symbol(note, expected):
    c = full(note)
    w = c.work
    assert (w.type, w.title, w.genre, w.publisher, w.place, w.volume, c.locator) == expected


def test_a_resolution_cited_as_the_united_nations_cites_it():
    c = full('General Assembly resolution 70/1 of 25 September 2015, entitled "Example Agenda for Development", target 16.1.')
    w = c.work
    assert (w.type, w.authors[0].literal, w.title, w.genre, w.date) == \
        ("document", "General Assembly", "Example Agenda for Development", "resolution 70/1", (2015, 9, 25))
    assert (c.locator, c.label, w.publisher) == ("16.1", "section", None)


@pytest.mark.parametrize(
    ("text", "loc", "label"),
    [
        pytest.param("Ibid., objetivo 3.", "3", "section", id="ibid-objective"),
        pytest.param("Ibid., principle 7.", "7", "section", id="ibid-principle"),
        pytest.param("Ibid., ¶¶ 22–25.", "22-25", "paragraph", id="ibid-paragraph-signs"),
        pytest.param("Ibid., at ¶ 14.", "14", "paragraph", id="ibid-at-a-paragraph"),
    ],
)
def test_a_plans_numbered_parts_are_locators(text, loc, label):
    c = parse_piece(Piece(note=1, index=0, text=text, span=(0, len(text)), kind="ibid"))
    assert (c.locator, c.label) == (loc, label)


def test_a_note_citing_an_official_publication_by_its_symbol_is_a_citation():
    import citex

    doc = citex.extract("Text.[^1]\n\n[^1]: Example Control Board, *Report of the Board for 2020* (E/INCB/2020/1), para. 512.\n")
    assert [c.kind for c in doc.notes[0].citations] == ["full"] and not doc.notes[0].commentary


@pytest.mark.parametrize(
    ("note", "who", "place", "date"),
    [
        pytest.param("Interview with Helmut Example by the author, Washington, DC, 3 May 2005.", ("Example", "Helmut"),
                     "Washington, DC", (2005, 5, 3), id="by-the-author-after-the-name"),
        pytest.param("Entrevista concedida ao autor por Roberto Exemplo, Paris, 12 de março de 2015.", ("Exemplo", "Roberto"),
                     "Paris", (2015, 3, 12), id="portuguese-granted-to-the-author"),
        pytest.param("Intervista dell'autrice a Giovanni Esempio, Venezia, 3 ottobre 2016.", ("Esempio", "Giovanni"),
                     "Venezia", (2016, 10, 3), id="italian-with-an-italian-date"),
        pytest.param("Entretien réalisé par l'auteur avec une enseignante, Marseille, 4 juin 2017.", "une enseignante",
                     "Marseille", (2017, 6, 4), id="french-a-description"),
    ],
)
def test_interviews_whoever_asked(note, who, place, date):
    import citex

    doc = citex.extract(f"Text.[^1]\n\n[^1]: {note}\n")
    (c,) = doc.notes[0].citations
    w = c.work
    name = (w.authors[0].family, w.authors[0].given) if isinstance(who, tuple) else w.authors[0].literal
    assert (w.type, name, w.place, w.date) == ("interview", who, place, date)


def test_a_particle_between_family_names_in_capitals():
    assert [(n.family, n.given) for n in parse_names("Ana GÓMEZ DE LA ROE")] == [("Gómez de la Roe", "Ana")]


def test_a_title_two_languages_share_is_told_by_the_rest_of_its_citation():
    assert detect("A ditadura envergonhada", "ROE, Jane. A ditadura envergonhada. São Paulo: Companhia das Letras, 2002") == "pt"
    assert detect("Making a Killing", "Óscar Roe, “Making a Killing,” Example Magazine, February 2016") == "en"


def test_a_volume_taken_out_of_a_books_title_leaves_no_empty_comma():
    work = full('Jane Roe, "Example Chapter," in The Example History of the World, vol. 2, Crises and Example, ed. John Doe '
                "(Cambridge: Example Press, 2010), 395–416.").work
    assert (work.container, work.volume, work.page) == ("The Example History of the World, Crises and Example", "2", "395-416")


def test_columns_are_a_locator_of_their_own():
    c = full("Example Parliament, House of Commons Debates, 5th ser., vol. 610, 27 July 1959, cols. 181–262.")
    assert (c.locator, c.label) == ("181-262", "column")


def test_a_short_form_with_where_to_find_the_work_stays_a_short_form():
    import citex

    doc = citex.extract("Text.[^1] [^2]\n\n[^1]: EXAMPLE, *Annuario di esempio 2019*, Roma, Example Press, 2019.\n"
                        "[^2]: EXAMPLE, *Annuario di esempio 2019*, cit., p. 214. Disponibile su: https://example.org/annuario "
                        "(ultima consultazione 5 giugno 2020).\n")
    (c,) = doc.notes[1].citations
    assert (c.kind, c.item, c.locator) == ("short", doc.notes[0].citations[0].item, "214")


@pytest.mark.parametrize(
    ("note", "families", "title"),
    [
        pytest.param("Haroro J. Roe, Craig Doe, and Charlie Poe, The Example Reader: Milestone Texts (New York: Example "
                     "Press, 2020), 45.", ["Roe", "Doe", "Poe"], "The Example Reader: Milestone Texts", id="known-first-names"),
        pytest.param("Benjamin Roe, Elina Doe, Nataliia Poe, and Jane Moe, Example Exports Under Sanctions (Kyiv: Example "
                     "Institute, 2023).", ["Roe", "Doe", "Poe", "Moe"], "Example Exports Under Sanctions", id="a-list-closed-by-and"),
        pytest.param("Jane Roe, Andean Lives, Coca Stories, and Other Tales, 2nd ed. (Lima: Example Press, 2001).", ["Roe"],
                     "Andean Lives, Coca Stories, and Other Tales", id="a-title-that-lists-things-is-no-list-of-names"),
    ],
)
def test_several_authors_before_an_unmarked_title(note, families, title):
    work = full(note).work
    assert ([a.family for a in work.authors], work.title) == (families, title)


@pytest.mark.parametrize(
    ("note", "place", "genre", "locator"),
    [
        pytest.param("Jane Roe, John Doe, and Ann Poe, Overextending the Example: Assessing Options, Santa Monica, Calif.: "
                     "Example Corporation, RR-3063-A, 2019.", "Santa Monica, Calif.", "RR-3063-A", None, id="facts-without-parentheses"),
        pytest.param("Jane Roe and John Doe, Reinforcing the Example's Eastern Flank (Santa Monica, Calif.: Example Corporation, "
                     "2016), RR-1253-A, p. 1.", "Santa Monica, Calif.", "RR-1253-A", "1", id="number-after-the-parenthesis"),
    ],
)
def test_a_think_tanks_numbered_report(note, place, genre, locator):
    c = full(note)
    assert (c.work.type, c.work.publisher, c.work.place, c.work.genre, c.locator) == \
        ("report", "Example Corporation", place, genre, locator)


def test_a_un_document_named_as_one_is_one_work():
    import citex

    doc = citex.extract("Text.[^1]\n\n[^1]: “Example Mission in Colombia: Report of the Secretary-General”, UN doc. "
                        "S/2022/1004, 27 December 2022.\n")
    (c,) = doc.notes[0].citations
    assert (c.work.type, c.work.date) == ("report", (2022, 12, 27)) and "S/2022/1004" in c.work.genre


@pytest.mark.parametrize(
    ("note", "genre", "publisher"),
    [
        pytest.param('Jane Roe, "Example Methodology," Research Notes No. 29, Example Institute for Policy, January 2016.',
                     "Research Notes No. 29", "Example Institute for Policy", id="research-notes"),
        pytest.param('Jane Roe, "Example Analysis," Policy Analysis 4012, Example Institute, May 2019.', "Policy Analysis 4012",
                     "Example Institute", id="policy-analysis"),
    ],
)
def test_a_series_and_number_then_the_body_that_issues_it(note, genre, publisher):
    work = full(note).work
    assert (work.type, work.genre, work.publisher, work.container) == ("report", genre, publisher, None)


def test_a_later_chapter_of_a_book_cited_before():
    import citex

    doc = citex.extract('Text.[^1]\n\n[^1]: Jane Roe, "Senderos de ejemplo", en Las rondas de ejemplo y la derrota del caso, '
                        "227-269.\n")
    (c,) = doc.notes[0].citations
    assert (c.kind, c.work.type, c.work.title, c.work.container, c.work.page) == \
        ("full", "chapter", "Senderos de ejemplo", "Las rondas de ejemplo y la derrota del caso", "227-269")


def test_a_dash_between_a_title_and_its_outlet():
    work = full("“What Is an Example?” — *The Example Times*, May 11, 2023.").work
    assert (work.type, work.title, work.container, work.date) == \
        ("article-newspaper", "What Is an Example?", "The Example Times", (2023, 5, 11))


@pytest.mark.parametrize(
    ("text", "loc", "label"),
    [
        pytest.param("*Ibid*., p. 34.", "34", "page", id="italic-ibid-period-outside"),
        pytest.param("**Ibid.**", None, None, id="bold-ibid"),
        pytest.param("Ibid., vol. 2, p. 5.", "2, p. 5", "volume", id="a-volume-then-a-page"),
        pytest.param("Ibid., tomo 2, p. 30.", "2, p. 30", "volume", id="spanish-tomo"),
        pytest.param("Ibid., pp. 14ff.", "14ff.", "page", id="and-following"),
        pytest.param("Ibid., A14.", "A14", "page", id="a-newspaper-section-page"),
        pytest.param("Ibid., Annex 2.", "2", "appendix", id="an-annex"),
        pytest.param("Ibid., map 3.", "3", "figure", id="a-map"),
        pytest.param("Ibid., p. 14, n. 3.", "14, n. 3", "page", id="a-note-on-a-page"),
        pytest.param("Ibid., p. 14, emphasis added.", "14", "page", id="emphasis-added"),
        pytest.param("Ibid., s.p.", None, None, id="no-page-printed"),
        pytest.param("Ibid vol 3, 20.", "3, 20", "volume", id="oscola-volume-without-a-stop"),
        pytest.param("Ibid., 14:05–15:30.", "14:05-15:30", "timestamp", id="a-stretch-of-a-recording"),
    ],
)
def test_ibid_as_notes_print_it(text, loc, label):
    from citex.parse.features import judge

    assert judge(text)[0] == "ibid"
    c = parse_piece(Piece(note=1, index=0, text=text, span=(0, len(text)), kind="ibid"))
    assert (c.locator, c.label) == (loc, label)


def test_a_spanish_press_bulletin_is_a_document():
    work = full("Fiscalía de Ejemplo, “Caso Ejemplo: audiencia de formulación de cargos,” boletín de prensa, 15 de diciembre "
                "de 2023.").work
    assert (work.type, work.genre, work.container, work.date) == ("document", "boletín de prensa", None, (2023, 12, 15))


def test_a_messaging_exchange_is_an_interview():
    import citex

    doc = citex.extract("Text.[^1]\n\n[^1]: WhatsApp exchange with a journalist in Maracaibo, January 12, 2024.\n")
    (c,) = doc.notes[0].citations
    assert (c.work.type, c.work.place, c.work.date) == ("interview", "Maracaibo", (2024, 1, 12))


def test_portuguese_and_spanish_bodies_are_no_persons():
    for body in ("Fórum Exemplo de Segurança Pública", "Conectas Direitos Humanos", "Observatório das Exemplos"):
        assert [n.literal for n in parse_names(body)] == [body]


def test_a_crs_in_focus_is_no_chapter():
    work = full("Example Research Service, “Example: Country Overview,” In Focus IF11218, updated January 17, 2024.").work
    assert (work.type, work.container, work.genre, work.date) == ("report", None, "In Focus IF11218", (2024, 1, 17))


def test_a_plan_published_in_an_official_gazette_is_a_document():
    work = full("“Estrategia Nacional de Ejemplo,” Diario Oficial de la Federación, 16 de mayo de 2019.").work
    assert (work.type, work.title, work.date) == ("document", "Estrategia Nacional de Ejemplo", (2019, 5, 16))
    assert full("Jane Roe, “Example Story,” Diario de Ejemplo, 3 May 2019.").work.type == "article-newspaper"


def test_an_undated_interview_keeps_no_date_out_of_its_place():
    import citex

    doc = citex.extract("Text.[^1]\n\n[^1]: Author interview, police official, Quevedo, Los Ríos, Ecuador, n.d.\n")
    (c,) = doc.notes[0].citations
    assert (c.work.type, c.work.place, c.work.date) == ("interview", "Quevedo, Los Ríos, Ecuador", None)


@pytest.mark.parametrize(
    ("text", "author", "kind", "date"),
    [
        pytest.param("Policía de Ejemplo, informe interno, 2019, consultado por el autor.", "Policía de Ejemplo", "report", (2019,),
                     id="a-police-report-seen-by-the-author"),
        pytest.param("Ejemplocorp, comunicado de prensa, 13 de agosto de 2022.", "Ejemplocorp", "document", (2022, 8, 13),
                     id="an-untitled-press-release"),
        pytest.param("Ministry of Example, internal memorandum, March 2020.", "Ministry of Example", "document", (2020, 3),
                     id="an-internal-memorandum"),
    ],
)
def test_a_bodys_untitled_document_named_by_what_it_is(text, author, kind, date):
    import citex

    note = citex.extract(f"Notes\n\n1. {text}\n").notes[0]
    assert note.commentary is None and len(note.citations) == 1
    work = note.citations[0].work
    assert ([a.literal for a in work.authors], work.type, work.date) == ([author], kind, date)
    assert work.title and work.genre and work.title.lower() == work.genre.lower()


def test_a_persons_report_on_something_is_no_untitled_document_of_a_body():
    from citex.parse.primary import untitled_document

    assert untitled_document("Jane Roe, report on the mine, March 2020.") is None
    assert untitled_document("Policía de Ejemplo, informe interno, 2019, which the minister denied.") is None


@pytest.mark.parametrize(
    "kind",
    ["comunicado", "nota à imprensa", "comunicato stampa", "Pressemitteilung", "boletín"],
)
def test_a_press_statement_named_after_its_title_in_other_languages_is_a_document(kind):
    work = full(f'Ministerio de Ejemplo, "Resultados del primer semestre," {kind}, 5 de enero de 2021.').work
    assert (work.type, work.genre, work.container) == ("document", kind, None)


@pytest.mark.parametrize(
    ("text", "author", "title"),
    [
        pytest.param('Example Group, Speaking with the "Bad Guys": Toward Dialogue with Rebels, Africa Report No. 276 (Brussels: '
                     'Example Group, 2019), 4.', "Example Group", "Speaking with the “Bad Guys”: Toward Dialogue with Rebels",
                     id="a-quotation-inside-a-reports-title"),
        pytest.param("Example Rights Group, Libya: 'No One Will Look for You': Forcibly Returned (Index: MDE 19/4439/2021), "
                     "15 July 2021.", "Example Rights Group", "Libya: “No One Will Look for You”: Forcibly Returned",
                     id="a-country-then-a-quotation"),
        pytest.param('Example Corporation, The "Gray Zone" Problem (Santa Monica, CA: Example, 2019).', "Example Corporation",
                     "The “Gray Zone” Problem", id="a-quoted-phrase-mid-title"),
        pytest.param('Jane Roe, Imagining Development: Ideas in Peru\'s "Fictitious Prosperity" of Guano, 1840-1880 (Berkeley: '
                     'Example Press, 1993), 5.', "Roe", "Imagining Development: Ideas in Peru’s “Fictitious Prosperity” of Guano, "
                     "1840-1880", id="the-title-goes-on-past-a-comma-before-years"),
    ],
)
def test_a_quotation_inside_an_unmarked_title_stays_in_the_title(text, author, title):
    work = full(text).work
    assert (work.authors[0].literal or work.authors[0].family, work.title) == (author, title)


def test_a_body_named_with_its_acronym_in_parentheses_is_one_body():
    from citex.parse.names import parse_names

    assert [n.literal for n in parse_names("Example Consortium for the Study of Things and Responses to Things (EXC)")] == [
        "Example Consortium for the Study of Things and Responses to Things (EXC)"]


def test_the_known_outlets_are_names_without_the_layout_of_the_list():
    from citex.parse.classify import KNOWN_MAGAZINES, KNOWN_NEWS

    assert all(name == " ".join(name.split()) and name for name in KNOWN_NEWS | KNOWN_MAGAZINES)
    assert {"al jazeera", "el comercio", "le monde"} <= KNOWN_NEWS and "proceso" in KNOWN_MAGAZINES


@pytest.mark.parametrize(
    "text",
    ["Oil output hits a record high, BBC News, 3 March 2022.",
     "Migrants stranded at the border, Al Jazeera, 3 August 2021, https://www.aljazeera.com/news/2021/8/3/x."],
)
def test_a_headline_without_marks_before_a_news_outlet_and_the_day(text):
    import citex

    note = citex.extract(f"Notes\n\n1. {text}\n").notes[0]
    work = note.citations[0].work
    assert note.commentary is None and work.type == "article-newspaper" and work.title == text.split(", ")[0]
    assert work.container in ("BBC News", "Al Jazeera") and not work.authors


@pytest.mark.parametrize(
    ("text", "author", "title", "place", "year", "locator"),
    [
        pytest.param("Defensoría de Ejemplo, Informe Defensorial N.° 167, Lima, 2014.", "Defensoría de Ejemplo",
                     "Informe Defensorial N.° 167", "Lima", 2014, None, id="spanish-body-report"),
        pytest.param("EXO, Informe Mundial sobre las Drogas 2021, Viena, 2021, p. 12.", "EXO",
                     "Informe Mundial sobre las Drogas 2021", "Viena", 2021, "12", id="acronym-and-a-page"),
        pytest.param("Ministerio de Ejemplo, Boletín estadístico anual, enero-diciembre 2022, Santiago, 2023, p. 8.",
                     "Ministerio de Ejemplo", "Boletín estadístico anual, enero-diciembre 2022", "Santiago", 2023, "8",
                     id="a-title-holding-a-comma"),
    ],
)
def test_a_bodys_report_with_place_and_year_set_off_by_commas(text, author, title, place, year, locator):
    import citex

    note = citex.extract(f"Notas\n\n1. {text}\n").notes[0]
    cit = note.citations[0]
    assert note.commentary is None and cit.work.type == "report"
    assert ([a.literal for a in cit.work.authors], cit.work.title, cit.work.place, cit.work.date, cit.locator) == (
        [author], title, place, (year,), locator)


def test_an_inverted_name_before_a_title_opening_on_a_quotation():
    work = full("EJEMPLO, Santiago, «Eurocomunismo» y Estado, Barcelona, Editorial Ejemplo, 1977, p. 27.").work
    assert (work.authors[0].family, work.title, work.publisher) == ("Ejemplo", "«Eurocomunismo» y Estado", "Editorial Ejemplo")


@pytest.mark.parametrize(
    ("text", "who", "place", "date"),
    [
        pytest.param("Author's interviews with residents, Example Bay, 2019-2020.", "residents", "Example Bay", (2019,),
                     id="a-range-of-years"),
        pytest.param("Author interview, Abu Ahmed (pseudonym), ISIS supporter, via Telegram, 2020.",
                     "Abu Ahmed (pseudonym), ISIS supporter", None, (2020,), id="who-the-interviewee-is-is-no-place"),
        pytest.param("Author interview, gold miner, Kidal region, Mali, January 2020.", "gold miner", "Kidal region, Mali",
                     (2020, 1), id="a-region-is-a-place"),
        pytest.param("Conversación telefónica con un dirigente vecinal, Santiago, 14 de mayo de 2022.", "dirigente vecinal",
                     "Santiago", (2022, 5, 14), id="a-telephone-conversation-in-spanish"),
    ],
)
def test_interviews_with_ranges_descriptions_and_conversations(text, who, place, date):
    import citex

    note = citex.extract(f"Notes\n\n1. {text}\n").notes[0]
    work = note.citations[0].work
    assert (work.type, work.authors[0].literal, work.place, work.date) == ("interview", who, place, date)


@pytest.mark.parametrize(
    ("text", "publisher", "genre"),
    [
        pytest.param("“Stemming the Insurrection,” Example Crisis Group, Africa Report N°303, June 11, 2021.",
                     "Example Crisis Group", "Africa Report N°303", id="a-body-then-its-numbered-series"),
        pytest.param("Jane Roe, “Northern Example at a Crossroads,” EXS Briefs, Center for Example Studies, October 2019.",
                     "Center for Example Studies", "EXS Briefs", id="a-series-of-briefs-then-its-body"),
        pytest.param("Jane Roe, “The Laundromat,” Example Security and Policy Studies No. 191, Example Center for Strategic "
                     "Studies, July 2021.", "Example Center for Strategic Studies", "Example Security and Policy Studies No. 191",
                     id="a-numbered-studies-series-then-its-body"),
    ],
)
def test_a_think_tanks_series_after_a_quoted_title_makes_a_report(text, publisher, genre):
    work = full(text).work
    assert (work.type, work.publisher, work.genre, work.container) == ("report", publisher, genre, None)


def test_a_journal_named_papers_stays_a_journal():
    work = full("Jane Roe and John Doe, “Greed and Grievance,” Example Economic Papers 56, no. 4 (2004): 563–95.").work
    assert (work.type, work.container) == ("article-journal", "Example Economic Papers")


@pytest.mark.parametrize(
    ("text", "kind", "container", "publisher", "title"),
    [
        pytest.param("“Inside the Frontier,” *60 Minutes*, CBS News, April 7, 2019.", "broadcast", "60 Minutes", "CBS News",
                     "Inside the Frontier", id="a-programme-on-a-network"),
        pytest.param("Jane Roe, “Border Towns Wait,” *Morning Edition*, NPR, January 4, 2023.", "broadcast", "Morning Edition",
                     "NPR", "Border Towns Wait", id="a-radio-programme"),
        pytest.param("Example Tele, evening news bulletin, March 3, 2019.", "broadcast", None, "Example Tele",
                     "Evening news bulletin", id="an-untitled-bulletin"),
        pytest.param("*al-Example* 245, July 2020, p. 3.", "article-magazine", "al-Example", None, "Issue 245",
                     id="an-italic-newsletter-and-its-issue-number"),
    ],
)
def test_broadcasts_and_numbered_issues(text, kind, container, publisher, title):
    work = full(text).work
    assert (work.type, work.container, work.publisher, work.title) == (kind, container, publisher, title)


@pytest.mark.parametrize(
    ("text", "container", "volume", "issue", "date"),
    [
        pytest.param("Jane Roe and John Doe, 'Tripwires in the Baltic', Survival (Vol. 61, No. 4, 2019), pp. 117–38.", "Survival",
                     "61", "4", (2019,), id="volume-number-and-year-in-parentheses"),
        pytest.param("Jane Roe, 'A Title', Example Journal (Vol. 102, No. 2, March/April 2023), pp. 12-20.", "Example Journal",
                     "102", "2", (2023, 3), id="with-the-months"),
    ],
)
def test_a_journal_with_its_volume_number_and_date_in_parentheses(text, container, volume, issue, date):
    work = full(text).work
    assert (work.type, work.container, work.volume, work.issue, work.date) == ("article-journal", container, volume, issue, date)


def test_a_command_paper_number_and_an_unsigned_magazine_piece_with_an_apostrophe():
    report = full("HM Example, Global Example in a Competitive Age, CP 403, March 2021, p. 26.").work
    assert (report.type, report.title, report.genre, report.container) == (
        "report", "Global Example in a Competitive Age", "CP 403", None)
    import citex

    note = citex.extract("Notes\n\n1. 'Britain's Hollow Army', The Economist, 11 February 2023.\n").notes[0]
    work = note.citations[0].work
    assert note.commentary is None and (work.type, work.title, work.container) == (
        "article-magazine", "Britain’s Hollow Army", "The Economist")


def test_a_paragraph_label_is_no_spanish_word():
    from citex.parse.language import detect

    assert detect("Strategic Concept 2022", "Example Alliance, 'Strategic Concept 2022', 29 June 2022, para. 7.") == "en"


@pytest.mark.parametrize(
    ("text", "author", "title", "genre", "date", "locator"),
    [
        pytest.param("UN Security Council Resolution 2216 (2015), April 14, 2015.", "UN Security Council", "Resolution 2216 (2015)",
                     None, (2015, 4, 14), None, id="resolution-with-its-date"),
        pytest.param("Security Council resolution 2722 (2024), January 10, 2024.", "United Nations Security Council",
                     "Resolution 2722 (2024)", None, (2024, 1, 10), None, id="security-council-resolution-lower-case"),
        pytest.param("S/RES/2722 (2024).", "United Nations Security Council", "Resolution 2722 (2024)", "S/RES/2722", (2024,), None,
                     id="the-symbol-alone"),
        pytest.param("UN Security Council, Resolution 2216 (2015), S/RES/2216, April 14, 2015, para. 4.", "UN Security Council",
                     "Resolution 2216 (2015)", "S/RES/2216", (2015, 4, 14), "4", id="body-comma-resolution-symbol-paragraph"),
    ],
)
def test_a_united_nations_resolution_by_its_number(text, author, title, genre, date, locator):
    import citex

    note = citex.extract(f"Notes\n\n1. {text}\n").notes[0]
    cit = note.citations[0]
    assert note.commentary is None and cit.work.type == "document"
    assert ([a.literal for a in cit.work.authors], cit.work.title, cit.work.genre, cit.work.date, cit.locator) == (
        [author], title, genre, date, locator)


def test_a_resolution_in_a_sentence_is_prose():
    from citex.parse.primary import un_resolution

    assert un_resolution("Security Council resolution 2216 (2015) demanded that the forces withdraw.") is None


@pytest.mark.parametrize("lead", ["Press Release", "Press release", "News Release"])
def test_a_press_release_named_first_is_its_issuers_document(lead):
    import citex

    note = citex.extract(f"Notes\n\n1. {lead}, U.S. Department of Example, \"Example Sanctions Facilitators,\" January 17, 2024.\n").notes[0]
    work = note.citations[0].work
    assert note.commentary is None and (work.type, [a.literal for a in work.authors], work.title, work.genre) == (
        "document", ["U.S. Department of Example"], "Example Sanctions Facilitators", "Press release")


@pytest.mark.parametrize(
    ("note", "locator"),
    [("Ibid., paras. 45-52 and annex 7.", "45-52 and annex 7"),
     ("Example report of the Panel of Experts on Example, S/2022/754, 10 October 2022, para. 45 and annex 3.", "45 and annex 3")],
)
def test_a_paragraph_and_an_annex_are_one_locator(note, locator):
    import citex

    doc = citex.extract(f"Notes\n\n1. Example Group, *Example Report* (New York: Example, 2020).\n2. {note}\n")
    assert doc.notes[1].citations[0].locator == locator and doc.notes[1].commentary is None


@pytest.mark.parametrize(
    "name",
    ["The Sentry", "U.S. Example Command (@EXCOM)", "United Kingdom Example Trade Operations", "Médicos Sin Ejemplo",
     "Al Jazeera", "Folha de S.Paulo"],
)
def test_bodies_and_outlets_named_as_authors_are_no_persons(name):
    from citex.parse.names import parse_names

    assert [n.literal is not None for n in parse_names(name)] == [True]


def test_an_outlet_whose_name_opens_with_the_stays_an_outlet():
    work = full("Jane Roe, \"Punjab's Farmers Are Running Out of Water,\" The Hindu, July 3, 2021.").work
    assert (work.type, work.container) == ("article-newspaper", "The Hindu")


def test_a_body_and_a_date_alone_are_no_document():
    from citex.parse import features

    assert features.judge("Example Maritime Trade Operations, January 26, 2024.")[0] is None


@pytest.mark.parametrize(
    ("text", "editors", "title"),
    [
        pytest.param("María Emilia Ejemplo (ed.), Racismo en Ejemplo, Santiago, Editorial Ejemplo, 2016, p. 23.",
                     [("Ejemplo", "María Emilia")], "Racismo en Ejemplo", id="editor-in-parentheses-facts-set-off-by-commas"),
        pytest.param("Juan Pérez y Ana Roe (comps.), *Título del volumen* (Lima: IEP, 2016).", [("Pérez", "Juan"), ("Roe", "Ana")],
                     "Título del volumen", id="compilers"),
        pytest.param("Juan Pérez (coord.), *Título del volumen* (Lima: IEP, 2016).", [("Pérez", "Juan")], "Título del volumen",
                     id="coordinator"),
    ],
)
def test_the_editors_of_a_volume_by_their_spanish_roles(text, editors, title):
    import citex

    note = citex.extract(f"Notas\n\n1. {text}\n").notes[0]
    work = note.citations[0].work
    assert note.commentary is None and work.type == "book" and not work.authors
    assert ([(n.family, n.given) for n in work.editors], work.title) == (editors, title)


@pytest.mark.parametrize(
    ("text", "publisher", "literal"),
    [
        pytest.param("Jane Roe, *Energy Poverty* (Johannesburg: Example University Press, forthcoming).", "Example University Press",
                     "forthcoming", id="forthcoming"),
        pytest.param("Jane Roe, *Energy Poverty* (Oxford: Example Press, in press), 4.", "Example Press", "in press",
                     id="in-press"),
    ],
)
def test_a_book_not_yet_out(text, publisher, literal):
    work = full(text).work
    assert (work.type, work.publisher, work.date, work.date_literal) == ("book", publisher, None, literal)


@pytest.mark.parametrize(("text", "url"), [("https://example.org/wiki/Load_(electricity).", "https://example.org/wiki/Load_(electricity)"),
                                         ("(https://example.org/a/b)", "https://example.org/a/b"),
                                         ("See https://example.org/news/stage-6/),", "https://example.org/news/stage-6/")])
def test_an_address_alone_with_stray_brackets_keeps_its_own(text, url):
    import citex

    work = citex.extract(f"Notes\n\n1. {text}\n").notes[0].citations[0].work
    assert (work.type, work.url, work.title) == ("webpage", url, None)


@pytest.mark.parametrize(
    ("text", "url", "accessed"),
    [
        pytest.param("See https://example.org/report/2019/test for details.", "https://example.org/report/2019/test", None,
                     id="why-to-follow-it-is-no-title"),
        pytest.param("Available at https://example.org/data.csv, accessed 3 May 2020.", "https://example.org/data.csv",
                     (2020, 5, 3), id="when-it-was-read-is-no-title"),
        pytest.param("www.example.org/annual-data, retrieved March 3, 2023.", "www.example.org/annual-data", (2023, 3, 3),
                     id="retrieved-after-an-address-without-scheme"),
        pytest.param("example.org/en/documents/asa16/8013/2018/en/.", "example.org/en/documents/asa16/8013/2018/en/", None,
                     id="a-host-and-path-without-scheme-or-www-is-an-address-not-prose"),
    ],
)
def test_an_address_then_why_or_when_it_was_read_is_the_address_alone(text, url, accessed):
    import citex

    work = citex.extract(f"Notes\n\n1. {text}\n").notes[0].citations[0].work
    assert (work.type, work.url, work.title, work.accessed) == ("webpage", url, None, accessed)


@pytest.mark.parametrize("byline", ["By Sarah Okafor", "BY SARAH OKAFOR", "By: Sarah Okafor"])
def test_a_byline_word_is_no_given_name(byline):
    from citex.parse.names import parse_names

    assert [n.given.lower() for n in parse_names(byline)] == ["sarah"]


@pytest.mark.parametrize(
    ("text", "kind", "container", "issue"),
    [
        pytest.param("Juan Pérez, «Título del artículo», Revista de Estudios Ejemplares, n.º 45, 2013, pp. 12-25.", "article-journal",
                     "Revista de Estudios Ejemplares", "45", id="spanish-issue-then-year"),
        pytest.param("Juan Pérez, \"Título,\" Nueva Sociedad, n.º 263, mayo-junio de 2016, pp. 4-19.", "article-journal",
                     "Nueva Sociedad", "263", id="spanish-issue-then-months"),
        pytest.param("“Just Terror Tactics,” *Rumiyah*, issue 3, November 2016.", "article-magazine", "Rumiyah", "3",
                     id="a-jihadist-magazine-by-issue"),
    ],
)
def test_an_issue_number_before_the_date(text, kind, container, issue):
    work = full(text).work
    assert (work.type, work.container, work.issue) == (kind, container, issue)


@pytest.mark.parametrize(
    ("text", "platform", "genre"),
    [
        pytest.param("Jane Roe, post on X, May 4, 2024.", "X", "Post on X", id="post-on-x"),
        pytest.param("John Doe, statement posted on Telegram, January 12, 2024.", "Telegram", "Statement posted on Telegram",
                     id="statement-posted-on-telegram"),
        pytest.param("Jane Roe (@janeroe), post on X, January 12, 2024.", "X", "Post on X", id="with-a-handle"),
    ],
)
def test_a_post_named_after_its_author_and_the_platform_after_on(text, platform, genre):
    import citex

    note = citex.extract(f"Notes\n\n1. {text}\n").notes[0]
    work = note.citations[0].work
    assert note.commentary is None and (work.type, work.container, work.genre) == ("webpage", platform, genre)


@pytest.mark.parametrize(
    ("text", "title"),
    [
        pytest.param("Decreto Supremo N.° 012-2019-EM.", "Decreto Supremo N.° 012-2019-EM", id="a-decree-by-its-number"),
        pytest.param("Ley N.° 30506.", "Ley N.° 30506", id="a-law-by-its-number"),
        pytest.param("Lei nº 10.639, de 9 de janeiro de 2003.", "Lei nº 10.639", id="no-word-left-dangling-before-its-date"),
    ],
)
def test_a_law_cited_by_its_number(text, title):
    import citex

    note = citex.extract(f"Notas\n\n1. {text}\n").notes[0]
    work = note.citations[0].work
    assert note.commentary is None and (work.type, work.title) == ("document", title)


def test_a_sentence_about_a_law_is_prose():
    from citex.parse import features

    assert features.judge("Law No. 5 was passed in haste, and nobody read it.")[0] is None


@pytest.mark.parametrize(
    "text",
    ["EXCD (2020), States of Fragility 2020, EXCD Publishing, Paris, https://doi.org/10.1787/example-en.",
     "EXCD, *States of Fragility 2020* (Paris: EXCD Publishing, 2020), p. 3."],
)
def test_a_bodys_own_publication_in_its_house_style_is_a_report(text):
    import citex

    note = citex.extract(f"Notes\n\n1. {text}\n").notes[0]
    work = note.citations[0].work
    assert note.commentary is None and (work.type, [a.literal for a in work.authors], work.title, work.publisher, work.place,
                                        work.date) == ("report", ["EXCD"], "States of Fragility 2020", "EXCD Publishing",
                                                       "Paris", (2020,))


@pytest.mark.parametrize(
    ("text", "title", "accessed", "date", "publisher"),
    [
        pytest.param("EXLED data, accessed 30 September 2021.", "EXLED data", (2021, 9, 30), None, None, id="data-accessed"),
        pytest.param("EXLED data export, Mali, January 2023–June 2024, accessed July 15, 2024.", "EXLED data export",
                     (2024, 7, 15), None, None, id="an-export-with-its-scope"),
        pytest.param("Global Example Database, START, 2019, https://www.example.org/gtd.", "Global Example Database", None,
                     (2019,), "START", id="a-database-its-keeper-and-year"),
    ],
)
def test_a_dataset_cited_by_its_name(text, title, accessed, date, publisher):
    import citex

    note = citex.extract(f"Notes\n\n1. {text}\n").notes[0]
    work = note.citations[0].work
    assert note.commentary is None and (work.type, work.genre, work.title, work.accessed, work.date, work.publisher) == (
        "webpage", "dataset", title, accessed, date, publisher)


def test_prose_about_data_is_no_dataset():
    from citex.parse.primary import dataset

    assert dataset("Police data, which the ministry never published, suggest otherwise.") is None


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        pytest.param('Europa Ejemplo Press, "Bruselas expresa su preocupación," 25 de enero de 2023.', "Europa Ejemplo Press",
                     id="an-agency-named-by-a-news-word"),
        pytest.param('Le Ejemplaire, "Les gangs contrôlent la capitale," 3 mars 2024.', "Le Ejemplaire", id="a-paper-with-its-article"),
    ],
)
def test_an_outlet_named_before_the_headline_is_the_container(text, outlet):
    work = full(text).work
    assert (work.type, work.container, work.authors) == ("article-newspaper", outlet, ())


def test_a_person_named_before_a_headline_stays_its_author():
    work = full('Kay Roe, "Frontier Gold," June 2, 2017.').work
    assert [a.family for a in work.authors] == ["Roe"] and work.container is None


def test_pages_after_a_thesis_are_the_pages_cited_not_its_extent():
    citation = full('Jane Roe, "Rebel Rule in Example" (PhD diss., Example University, 2021), 77–101.')
    assert (citation.work.page, citation.locator) == (None, "77-101")


@pytest.mark.parametrize(
    ("text", "house", "locator"),
    [
        pytest.param("HC Deb 22 February 2022, vol 709, cols 171–3.", "House of Commons", "171-3", id="commons-columns"),
        pytest.param("Hansard, HL Deb, 3 May 2021, vol. 812, col. 45.", "House of Lords", "45", id="lords-column"),
    ],
)
def test_a_parliamentary_debate_by_day_volume_and_column(text, house, locator):
    import citex

    note = citex.extract(f"Notes\n\n1. {text}\n").notes[0]
    cit = note.citations[0]
    assert note.commentary is None and (cit.work.type, cit.work.authors[0].literal, cit.work.container, cit.locator, cit.label) == (
        "document", house, "Hansard", locator, "column")


@pytest.mark.parametrize(
    ("text", "issuer", "issue", "date", "page", "locator"),
    [
        pytest.param("Council Decision (CFSP) 2022/338 of 28 February 2022 on an assistance measure, OJ L 60, 28.2.2022, p. 1.",
                     "Council of the European Union", "L 60", (2022, 2, 28), "1", None, id="a-council-decision-in-the-oj"),
        pytest.param("Regulation (EU) 2022/1032 of the European Parliament and of the Council of 29 June 2022 amending Regulation "
                     "(EU) 2017/1938, OJ L 173, 30.6.2022, p. 17.", "European Union", "L 173", (2022, 6, 30), "17", None,
                     id="a-regulation"),
        pytest.param("Regulation (EU) 2021/821 of the European Parliament and of the Council of 20 May 2021 setting up an "
                     "example regime, OJ L 206, 11.6.2021, p. 1–461, art. 3.", "European Union", "L 206", (2021, 6, 11),
                     "1-461", "3", id="its-pages-then-the-article-cited"),
    ],
)
def test_an_act_of_the_european_union_with_its_official_journal_reference(text, issuer, issue, date, page, locator):
    # the Journal's "p. 1" says where the act is printed (its pages), as the Journal cites itself; no passage is cited by it
    import citex

    note = citex.extract(f"Notes\n\n1. {text}\n").notes[0]
    cit = note.citations[0]
    assert note.commentary is None and (cit.work.type, cit.work.authors[0].literal, cit.work.container, cit.work.issue,
                                        cit.work.date, cit.work.page, cit.locator) == (
        "document", issuer, "Official Journal of the European Union", issue, date, page, locator)


@pytest.mark.parametrize(
    ("note", "kind", "locator"),
    [
        pytest.param("Jane Roe, *Example Book* (Example City: Example Press, 2004), 45n12.", "full", "45n12", id="note-on-a-page"),
        pytest.param("Jane Roe, *Example Book* (Example City: Example Press, 2004), 45 n. 12.", "full", "45n12",
                     id="note-on-a-page-spaced"),
        pytest.param("Ibid., 400n32.", "ibid", "400n32", id="ibid-with-a-note-on-a-page"),
        pytest.param("Jane Roe, *Example Book* (Example City: Example Press, 2004), xv–xxi.", "full", "xv-xxi",
                     id="front-matter-pages"),
    ],
)
def test_a_note_on_a_page_and_front_matter_pages_are_pinpoints(note, kind, locator):
    import citex

    doc = citex.extract(f"Notes\n\n1. Jane Roe, *Example Book* (Example City: Example Press, 2004).\n2. {note}\n")
    cit = doc.notes[1].citations[0]
    assert (cit.kind, cit.locator) == (kind, locator)


def test_a_part_in_capital_roman_numerals_is_no_pinpoint_without_its_label():
    import citex

    cit = citex.extract("Notes\n\n1. Jane Roe, *Example Book* (Example City: Example Press, 2004), Part II.\n").notes[0].citations[0]
    assert cit.locator is None


@pytest.mark.parametrize(
    ("note", "family", "given", "suffix"),
    [
        pytest.param("Andrew F. Krepinevich, Jr., “How to Deter China,” *Foreign Affairs* 94, no. 2 (2015): 78–86.",
                     "Krepinevich", "Andrew F.", "Jr.", id="comma-jr-before-a-quoted-title"),
        pytest.param("Lloyd J. Austin III, “Posture Statement,” testimony before the Senate Armed Services Committee, "
                     "April 9, 2024.", "Austin", "Lloyd J.", "III", id="roman-generation"),
        pytest.param("William H. Sewell Jr., *Logics of History* (Chicago: University of Chicago Press, 2005), 12.",
                     "Sewell", "William H.", "Jr.", id="jr-without-comma"),
        pytest.param("John Gordon IV et al., *Army Example Capabilities for 2025* (Santa Monica, CA: RAND Corporation, 2019), "
                     "41–44.", "Gordon", "John", "IV", id="the-fourth-before-et-al"),
    ],
)
def test_a_generation_after_a_name_is_its_suffix_not_its_surname(note, family, given, suffix):
    import citex

    doc = citex.extract(f"Notes\n\n1. {note}\n")
    author = doc.notes[0].citations[0].work.authors[0]
    assert doc.notes[0].commentary is None and (author.family, author.given, author.suffix) == (family, given, suffix)


@pytest.mark.parametrize(
    ("note", "family", "given", "title"),
    [
        pytest.param("Joseph S. Nye, Jr., *Soft Power: The Means to Success in World Politics* (New York: PublicAffairs, "
                     "2004), 5.", "Nye", "Joseph S.", "Soft Power: The Means to Success in World Politics", id="book"),
        pytest.param("Jack F. Matlock, Jr., Reagan and Gorbachev: How the Cold War Ended (New York: Random House, 2004), "
                     "72–80.", "Matlock", "Jack F.", "Reagan and Gorbachev: How the Cold War Ended", id="unmarked-title"),
        pytest.param("Interview with Lucian K. Truscott, Jr., New York, May 3, 2010.", "Truscott", "Lucian K.", None,
                     id="interviewee"),
    ],
)
def test_a_generation_set_off_by_commas_is_the_names_not_the_titles(note, family, given, title):
    # Chicago prints "Joseph S. Nye, Jr.,": the second comma ends the name, the title (or the place) follows it
    import citex

    cit = citex.extract(f"Notes\n\n1. {note}\n").notes[0].citations[0]
    author = cit.work.authors[0]
    assert (author.family, author.given, author.suffix) == (family, given, "Jr.")
    assert cit.work.title == title and "Jr" not in (cit.work.place or "")
    assert cit.work.raw == note


def test_a_list_with_a_generation_keeps_every_name():
    names = parse_names("Jane Roe, Jr., and John Doe")
    assert [(n.family, n.given, n.suffix) for n in names] == [("Roe", "Jane", "Jr."), ("Doe", "John", None)]


@pytest.mark.parametrize(
    ("note", "who", "place"),
    [
        pytest.param("Example Watch interview with “Selam” (pseudonym), 25, Hamdayet, Sudan, 10 December 2021.",
                     "Selam", "Hamdayet, Sudan", id="age-after-a-pseudonym"),  # (the cover name, as the report gives it)
        pytest.param("Interview with Ahmed, 45, a shopkeeper, Aden, 4 May 2020.", "Ahmed, 45, a shopkeeper", "Aden",
                     id="age-then-occupation"),
    ],
)
def test_the_age_of_the_person_interviewed_is_no_place(note, who, place):
    import citex

    work = citex.extract(f"Notes\n\n1. {note}\n").notes[0].citations[0].work
    assert (work.type, work.authors[0].literal, work.place) == ("interview", who, place)


@pytest.mark.parametrize("text", [
    "Interviews were conducted in French and Swahili, with the help of interpreters.",
    "Interviews suggested that the distinction was far less sharp than the literature assumes; I return to this below.",
    "Interviews with displaced persons in Exampletown confirmed this account.",
])
def test_what_interviews_showed_or_how_they_were_conducted_is_commentary(text):
    import citex

    note = citex.extract(f"Notes\n\n1. {text}\n").notes[0]
    assert note.citations == () and note.commentary


def test_interviews_with_a_place_and_a_date_are_still_cited():
    work = full("Interviews with displaced persons, Exampletown, February 2019.").work
    assert (work.type, work.date) == ("interview", (2019, 2))


@pytest.mark.parametrize(
    ("note", "title", "kind"),
    [
        pytest.param("Example Watch, “All of My Body Was Pain”: Sexual Violence against Women, Girls and Men in Burma, "
                     "November 16, 2017, https://example.org/report/2017/11/16/pain.",
                     "“All of My Body Was Pain”: Sexual Violence against Women, Girls and Men in Burma", "report",
                     id="quoted-opening-subtitle-date-address"),
        pytest.param("Example Watch, “Nowhere to Go”: Evictions in the Example Valley, March 2019.",
                     "“Nowhere to Go”: Evictions in the Example Valley", "report", id="quoted-opening-subtitle-month"),
    ],
)
def test_a_title_that_opens_on_a_quotation_runs_on_through_its_subtitle(note, title, kind):
    import citex

    work = citex.extract(f"Notes\n\n1. {note}\n").notes[0].citations[0].work
    assert (work.authors[0].literal, work.title, work.type) == ("Example Watch", title, kind)


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        pytest.param("O Globo, Rio de Janeiro, 17 out. 2017.", (2017, 10, 17), id="portuguese-outubro-abbreviated"),
        pytest.param("Коммерсантъ, 20 мая 2023.", (2023, 5, 20), id="russian-genitive-month"),
        pytest.param("Українська правда, 3 червня 2022.", (2022, 6, 3), id="ukrainian-month"),
    ],
)
def test_dates_with_portuguese_russian_and_ukrainian_months(text, parts):
    assert find_date(text).parts == parts


@pytest.mark.parametrize(
    ("title", "context", "language"),
    [
        pytest.param("Пригожин заявил о завершении работы", None, "ru", id="cyrillic-is-russian"),
        pytest.param("Зеленський підписав закон", None, "uk", id="ukrainian-letters"),
        pytest.param("Empresários bancam campanha", "Folha de S.Paulo, São Paulo, 18 dez. 2018.", "pt",
                     id="portuguese-nh-between-vowels"),
        pytest.param("La Grande Peur de 1789", "Jane Roe, La Grande Peur de 1789 (Paris: Example, 1932), 47", "fr",
                     id="french-or-spanish-told-by-paris"),
        pytest.param("Quaderni del carcere", "Jane Roe, Quaderni del carcere (Turin: Example, 1975)", "it",
                     id="italian-or-spanish-told-by-turin"),
        pytest.param("Das Deutsche Kaiserreich", "(Göttingen: Example, 1973)", "de", id="german-or-portuguese-told-by-gottingen"),
        pytest.param("Gold Rush in Madre de Dios", "Jane Roe, Gold Rush in Madre de Dios (Lima: Example, 2015)", "en",
                     id="a-place-never-outvotes-english"),
        pytest.param("Anhelo de la patria", None, "es", id="spanish-anh-is-a-prefix"),
        pytest.param("Nansha zhengduan de qiyuan 南沙争端的起源", None, "zh", id="han-characters-beside-pinyin"),
        pytest.param("日本の防衛", None, "ja", id="kana-is-japanese"),
        pytest.param("Zhanlüe xue", None, "zh", id="two-pinyin-words-one-with-zh-or-u-umlaut"),
        pytest.param("Hong Kong", None, "not zh", id="two-syllables-of-a-place-name-are-no-title-in-pinyin"),
        pytest.param("الدولة والمجتمع في المدينة", None, "ar", id="arabic-script"),
        pytest.param("سیاست خارجی و گروه‌ها", None, "fa", id="persian-letters-in-the-arabic-script"),
        pytest.param("پاکستان کی تاریخ میں شہر", None, "ur", id="urdu-letters-in-the-arabic-script"),
        pytest.param("המדינה והחברה", None, "he", id="hebrew-script"),
        pytest.param("Η ιστορία της πόλης", None, "el", id="greek-script"),
        pytest.param("शहर का इतिहास", None, "hi", id="devanagari-script"),
        pytest.param("도시의 역사", None, "ko", id="hangul-script"),
        pytest.param("Şehir ve Siyaset", None, "tr", id="turkish-letters"),
        pytest.param("Example City (المدينة) and Its People", None, "en", id="a-word-in-another-script-inside-english"),
        pytest.param("Negah-e tazeh be tarikh-e shahr", None, "fa", id="persian-ezafe-in-latin-letters"),
        pytest.param("No Example, No Defeat: Examplia's Security Strategy", None, "en", id="an-english-possessive-outweighs-no"),
    ],
)
def test_languages_told_by_script_spelling_and_place_of_publication(title, context, language):
    if language == "not zh":
        assert detect(title, context) != "zh"
    else:
        assert detect(title, context) == language


@pytest.mark.parametrize(
    ("note", "publisher", "date"),
    [
        pytest.param("Jane Roe, *Example Works*, 2 vols. (New York: Example Press, 1972–73), 1:23.", "Example Press", (1972,),
                     id="two-digit-end-year"),
        pytest.param("Jane Roe, *Example Works* (Moscow: Example Press, 1999–2006).", "Example Press", (1999,),
                     id="four-digit-end-year"),
    ],
)
def test_a_work_published_over_a_range_of_years_is_dated_by_its_first(note, publisher, date):
    import citex

    work = citex.extract(f"Notes\n\n1. {note}\n").notes[0].citations[0].work
    assert (work.publisher, work.date) == (publisher, date)


def test_as_of_a_date_then_an_address_is_where_and_when_the_report_was_consulted():
    import citex

    doc = citex.extract("Notes\n\n1. Jane Roe, *Avoiding Example Wars* (Santa Monica, Calif.: Example Corporation, 2023). "
                        "As of February 2, 2024: https://example.org/pubs/PE-A2510-1.html\n")
    (cit,) = doc.notes[0].citations
    assert (cit.work.title, cit.work.url, cit.work.accessed, cit.work.date) == (
        "Avoiding Example Wars", "https://example.org/pubs/PE-A2510-1.html", (2024, 2, 2), (2023,))


@pytest.mark.parametrize(
    ("note", "title", "container", "genre"),
    [
        pytest.param("Jane Roe (@janeroe), “We will build a million drones,” post on X, December 20, 2023, "
                     "https://x.com/janeroe/status/1.", "We will build a million drones", "X", "Post on X", id="quoted-post-on-x"),
        pytest.param("Example Watchers, “Overview of the situation,” Telegram post, August 2, 2023.",
                     "Overview of the situation", "Telegram", "Telegram post", id="quoted-telegram-post"),
        pytest.param("Jane Roe (@janeroe), X, 24 June 2023, https://x.com/janeroe/status/1.", None, "X", "Post",
                     id="handle-then-x-alone"),
        pytest.param("Jane Roe (@janeroe.bsky.social), Bluesky, January 17, 2025, https://bsky.app/profile/x/post/1.",
                     None, "Bluesky", "Post", id="bluesky"),
        pytest.param("Jane Roe (@janeroe), Truth Social, January 19, 2025, https://truthsocial.com/@janeroe/posts/1.",
                     None, "Truth Social", "Post", id="truth-social"),
    ],
)
def test_posts_on_social_platforms_are_posts_on_the_platform(note, title, container, genre):
    import citex

    doc = citex.extract(f"Notes\n\n1. {note}\n")
    work = doc.notes[0].citations[0].work
    assert doc.notes[0].commentary is None and work.authors
    assert (work.type, work.title, work.container, work.genre) == ("webpage", title, container, genre)


@pytest.mark.parametrize(
    ("note", "event", "place"),
    [
        pytest.param("Jane Roe, “The Urgency to Innovate” (speech, Example Emerging Technologies Conference, Washington, DC, "
                     "August 28, 2023).", "Example Emerging Technologies Conference", "Washington, DC", id="speech-comma-event"),
        pytest.param("Jane Roe, “Breaking the Horizon” (speech given at Example Hall, London, September 29, 2015).",
                     "Example Hall", "London", id="speech-given-at-a-hall"),
        pytest.param("Jane Roe, “Example Talk” (remarks at the Example Forum, Oslo, June 10, 2013).", "Example Forum", "Oslo",
                     id="remarks-at-a-forum"),
        pytest.param("Jane Roe, “Example Talk” (speech, Helsinki, Finland, June 10, 2013).", None, "Helsinki, Finland",
                     id="speech-then-the-place-alone"),
        pytest.param("Jane Roe, “Example Lecture” (speech, Example City Hall, Oslo, December 10, 2018).", None,
                     "Example City Hall, Oslo", id="speech-then-a-hall-and-its-town"),
        pytest.param("Jane Roe, “Radio Address by Mrs. Roe” (radio address, Crawford, Texas, November 17, 2001).", None,
                     "Crawford, Texas", id="a-radio-address-from-a-town-and-its-state"),
        pytest.param("Jane Roe, “Address on the Example Unrest,” Union Buildings, Pretoria, 16 July 2021.", None,
                     "Union Buildings, Pretoria", id="a-building-and-its-town-after-the-title"),
        pytest.param("Jane Roe, “Keynote Address” (speech, Example Shangri-La Dialogue, Singapore, 31 May 2024).",
                     "Example Shangri-La Dialogue", "Singapore", id="a-dialogue-is-an-event"),
    ],
)
def test_a_speech_with_its_event_and_place_in_parentheses(note, event, place):
    import citex

    work = citex.extract(f"Notes\n\n1. {note}\n").notes[0].citations[0].work
    assert (work.type, work.event_title, work.place, work.publisher) == ("speech", event, place, None)


@pytest.mark.parametrize(
    "dated",
    ["February 25, 2022, archived March 1, 2022, at https://web.archive.org/web/20220301/https://example.com/a",
     "February 25, 2022 (updated March 1, 2022), https://example.com/a",
     "February 25, 2022, updated March 1, 2022, https://example.com/a"],
    ids=["archived", "updated-in-parentheses", "updated-after-a-comma"],
)
def test_a_revision_or_an_archive_does_not_date_the_work(dated):
    import citex

    work = citex.extract(f"Notes\n\n1. Jane Roe, “Example Headline,” *Example Times*, {dated}.\n").notes[0].citations[0].work
    assert work.date == (2022, 2, 25)


def test_a_report_revised_later_keeps_its_publication_facts():
    import citex

    work = citex.extract("Notes\n\n1. Jane Roe, *Example Groups in the Example Area* (Washington, D.C.: Example Division, "
                         "July 2003; revised December 2010), p. 14.\n").notes[0].citations[0].work
    assert (work.type, work.publisher, work.date) == ("report", "Example Division", (2003, 7))


@pytest.mark.parametrize(
    ("note", "who", "place", "date"),
    [
        pytest.param("Confidential source, 12 March 2021.", "Confidential source", None, (2021, 3, 12), id="confidential-source"),
        pytest.param("Confidential sources, Juba, March 2021.", "Confidential sources", "Juba", (2021, 3),
                     id="confidential-sources-and-a-place"),
        pytest.param("Meeting with a representative of a United Nations agency, Bentiu, 8 March 2021.",
                     "a representative of a United Nations agency", "Bentiu", (2021, 3, 8), id="a-meeting"),
    ],
)
def test_confidential_sources_and_meetings_are_heard_as_interviews_are(note, who, place, date):
    import citex

    doc = citex.extract(f"Notes\n\n1. {note}\n")
    work = doc.notes[0].citations[0].work
    assert (work.type, work.authors[0].literal, work.place, work.date) == ("interview", who, place, date)


def test_a_meeting_in_prose_is_no_source():
    import citex

    note = citex.extract("Notes\n\n1. The meeting with officials was postponed twice.\n").notes[0]
    assert note.citations == ()


@pytest.mark.parametrize(
    ("ibid", "locator", "label"),
    [
        pytest.param("Ibid., Article XI.", "XI", "section", id="an-article-of-a-treaty"),
        pytest.param("Ibid., Chapter Three.", "Three", "chapter", id="a-chapter-in-words"),
        pytest.param("Ibid., footnote 4.", "4", "note", id="a-footnote"),
        pytest.param("Ibid., Appendix B.", "B", "appendix", id="a-lettered-appendix"),
        pytest.param("Ibid., summary.", "summary", "section", id="a-named-part"),
        pytest.param("Ibid., rule 156.", "156", "rule", id="a-rule"),
        pytest.param("Ibid., xv.", "xv", "page", id="front-matter-is-still-a-page"),
        # a numbered document of a published collection (FRUS): CSL's "issue" term prints it "no."
        pytest.param("Ibid., doc. 71.", "71", "issue", id="a-document-of-a-collection"),
        pytest.param("Ibid., no. 72.", "72", "issue", id="a-numbered-document"),
        # a clause of a proclamation or contract: CSL has no clause term, and section prints it
        pytest.param("Ibid., cl. 2.", "2", "section", id="a-clause"),
    ],
)
def test_ibid_with_a_part_that_is_not_a_page(ibid, locator, label):
    import citex

    doc = citex.extract(f"Notes\n\n1. Jane Roe, *Example Treaty Book* (London: Example Press, 2010).\n2. {ibid}\n")
    (cit,) = doc.notes[1].citations
    assert (cit.kind, cit.locator, cit.label) == ("ibid", locator, label)


def test_a_resolution_by_its_number_and_date_without_its_year_in_parentheses():
    import citex

    work = citex.extract("Notes\n\n1. UN Security Council Resolution 2231, 20 July 2015.\n").notes[0].citations[0].work
    assert (work.type, work.title, work.date) == ("document", "Resolution 2231 (2015)", (2015, 7, 20))


def test_testimony_before_a_committee_without_the_witness_office():
    import citex

    work = citex.extract("Notes\n\n1. Jane Roe, testimony before the Senate Example Committee, December 8, 2021.\n") \
        .notes[0].citations[0].work
    assert (work.type, work.authors[0].family, work.event_title, work.date) == (
        "speech", "Roe", "Senate Example Committee", (2021, 12, 8))


@pytest.mark.parametrize(
    ("note", "family", "title"),
    [
        # real works, as their publishers print them: a two-word title reads like a person's name
        pytest.param("Marc Bloch, Feudal Society, trans. L. A. Manyon, 2 vols. (Chicago: University of Chicago Press, 1961), "
                     "1:145.", "Bloch", "Feudal Society", id="translator-and-volumes"),
        pytest.param("Max Weber, Economy and Society, ed. Guenther Roth and Claus Wittich (Berkeley: University of California "
                     "Press, 1978), 212.", "Weber", "Economy and Society", id="editors"),
        pytest.param("Marc Bloch, Feudal Society, 2 vols. (Chicago: University of Chicago Press, 1961), 145.", "Bloch",
                     "Feudal Society", id="volumes"),
    ],
)
def test_a_short_plain_title_before_its_translator_editors_or_volumes_keeps_its_author(note, family, title):
    import citex

    work = citex.extract(f"Notes\n\n1. {note}\n").notes[0].citations[0].work
    assert ([a.family for a in work.authors], work.title) == ([family], title)


@pytest.mark.parametrize(
    ("note", "translators"),
    [
        pytest.param("Jane Roe, *Example Letters*, trans. from the Italian by John Doe (London: Example Press, 1998), 12.",
                     [("Doe", "John")], id="trans-from-a-language-by"),
        pytest.param("Jane Roe, *Example Letters*, translated from the French by John Doe (London: Example Press, 1998), 12.",
                     [("Doe", "John")], id="translated-from-a-language-by"),
        pytest.param("Jane Roe, *Example Letters*, trans. from the Italian (London: Example Press, 1998), 12.", [],
                     id="a-language-names-no-translator"),
    ],
)
def test_the_language_a_book_was_translated_from_is_no_translator(note, translators):
    w = full(note).work
    assert w.title == "Example Letters"
    assert [(t.family, t.given) for t in w.translators] == translators


@pytest.mark.parametrize(
    ("note", "locator", "label"),
    [
        pytest.param("Jane Roe, *Example Statistical Yearbook 2022* (Beijing: Example Press, 2022), table 3-1.", "3-1", "table",
                     id="a-table-after-a-book"),
        pytest.param("Jane Roe, *Example Book* (London: Example Press, 2010), fig. 2.3.", "2.3", "figure",
                     id="a-numbered-figure"),
        pytest.param("Roe, 2010, Figure 2.1.", "2.1", "figure", id="a-figure-in-an-author-date-short-form"),
    ],
)
def test_tables_and_figures_are_pinpoints_with_their_label(note, locator, label):
    import citex

    doc = citex.extract(f"Notes\n\n1. Jane Roe, *Example Book* (London: Example Press, 2010).\n2. {note}\n")
    (cit,) = doc.notes[1].citations
    assert (cit.locator, cit.label) == (locator, label)


@pytest.mark.parametrize(
    ("facts", "place", "publisher"),
    [
        pytest.param("(Example University Press: Oxford, 2023)", "Oxford", "Example University Press", id="press-then-town"),
        pytest.param("(DOD: Washington, DC, Oct. 2022)", "Washington, DC", "DOD", id="acronym-then-town-and-state"),
        pytest.param("(Oxford: Example University Press, 2023)", "Oxford", "Example University Press", id="the-usual-order-stays"),
    ],
)
def test_publisher_before_place_as_sipri_prints_them(facts, place, publisher):
    import citex

    work = citex.extract(f"Notes\n\n1. Jane Roe, *Example Forces* {facts}, p. 4.\n").notes[0].citations[0].work
    assert (work.place, work.publisher) == (place, publisher)


@pytest.mark.parametrize(
    ("ibid", "locator", "label"),
    [
        pytest.param("Ibid., paras 35-37.", "35-37", "paragraph", id="british-paras-without-a-period"),
        pytest.param("Ibid., annex 30, p. 212.", "30, p. 212", "appendix", id="a-page-of-an-annex"),
    ],
)
def test_ibid_with_british_paragraphs_and_the_page_of_an_annex(ibid, locator, label):
    import citex

    doc = citex.extract(f"Notes\n\n1. Jane Roe, *Example Book* (London: Example Press, 2010).\n2. {ibid}\n")
    (cit,) = doc.notes[1].citations
    assert (cit.kind, cit.locator, cit.label) == ("ibid", locator, label)


@pytest.mark.parametrize(
    ("note", "kind", "author", "place"),
    [
        pytest.param("Jane Roe, “2022 State of the Union Address”, Strasbourg, 14 September 2022.", "speech", "Roe", "Strasbourg",
                     id="an-address-dated-from-a-city"),
        pytest.param("Ministère des Exemples, « Communiqué : fin de l’opération », Paris, 16 septembre 2021.", "document",
                     "Ministère des Exemples", "Paris", id="a-ministry-communique"),
        pytest.param("Présidence de la République d’Exemple, « Communiqué du Conseil national », Niamey, 26 juillet 2023.",
                     "document", "Présidence de la République d’Exemple", "Niamey", id="a-presidency-is-a-body"),
    ],
)
def test_a_city_after_a_quoted_title_is_where_it_was_given_not_an_outlet(note, kind, author, place):
    import citex

    work = citex.extract(f"Notes\n\n1. {note}\n").notes[0].citations[0].work
    assert (work.type, work.authors[0].literal or work.authors[0].family, work.container, work.place) == (kind, author, None, place)


def test_an_author_whose_name_opens_with_an_ayn_is_cited_not_commentary():
    work = full("‘Abd al-Example ‘Roe, “Limadha yarfud al-safqa?” [Why refuse the deal?], Rai al-Youm, 3 September 2024.").work
    assert ([(a.family, a.given) for a in work.authors], work.container) == ([("‘Roe", "‘Abd al-Example")], "Rai al-Youm")


@pytest.mark.parametrize(("note", "author"), [
    pytest.param("Ministry of Health – Gaza, “Casualty Update,” Telegram post, October 12, 2023.", "Ministry of Health – Gaza",
                 id="a-ministry-and-where-it-sits-after-a-dash"),
    pytest.param("Ministry of Health (Gaza), “Casualty Update,” Telegram post, October 12, 2023.",
                 "Ministry of Health (Gaza)", id="a-ministry-and-where-it-sits-in-brackets"),
    pytest.param("Kata’ib al-Example, “Bayan ‘askari: intilaq ‘amaliyyat al-Example” [Military statement], Telegram post, "
                 "October 7, 2023.", "Kata’ib al-Example", id="brigades-named-in-arabic-are-a-body"),
])
def test_a_body_that_posted_on_a_channel_is_its_author(note, author):
    import citex

    (cit,) = citex.extract(f"Notes\n\n1. {note}\n").notes[0].citations
    work = cit.work
    assert ([a.literal for a in work.authors], work.container) == ([author], "Telegram")


def test_an_ayn_opening_words_no_quotation_closes_marks_arabic():
    work = full("Kata’ib al-Example, “Bayan ‘askari: intilaq ‘amaliyyat Tufan” [Military statement], Telegram post, "
                "October 7, 2023.").work
    assert work.language == "ar"
    assert full("Jane Roe, “Propuesta de ‘impuesto antiobesidad’ desata guerra,” Example Daily, May 3, 2020.").work.language == "es"


@pytest.mark.parametrize(("note", "editors"), [
    pytest.param("Ana de Exemplo Santos e João Carlos Roe (orgs.), *Conflito e transformação social* (Porto: Afrontamento, "
                 "2003).", [("de Exemplo Santos", "Ana"), ("Roe", "João Carlos")], id="two-organizadores"),
    pytest.param("Luís de Exemplo (org.), *Desafios para Moçambique 2020* (Maputo: IESE, 2020).", [("de Exemplo", "Luís")],
                 id="one-organizador"),
])
def test_portuguese_organizadores_are_editors(note, editors):
    work = full(note).work
    assert ([(e.family, e.given) for e in work.editors], work.authors) == (editors, ())


@pytest.mark.parametrize(("note", "translator"), [
    pytest.param("Jane Roe, Los tres mundos, trad. de Begoña Exemplo Luco, Valencia, Edicions Exemplo, 1993.",
                 ("Exemplo Luco", "Begoña"), id="spanish-trad-de"),
    pytest.param("Jane Roe, La guerre, trad. de l'anglais par Jean Dupont (Paris: Seuil, 2015), 45.", ("Dupont", "Jean"),
                 id="french-trad-de-l-anglais-par"),
])
def test_who_translated_it_without_the_words_that_lead_to_the_name(note, translator):
    (tr,) = full(note).work.translators
    assert (tr.family, tr.given) == translator


@pytest.mark.parametrize("note", [
    pytest.param('Jane Roe, "Example Mechanisms," in John Doe and Ann Poe eds., Example Financing and State Responses: '
                 'A Comparative Perspective (Stanford, CA: Stanford University Press, 2007), pp. 21-38.', id="eds-without-a-comma"),
    pytest.param('Jane Roe, "Example Mechanisms," in Example Financing and State Responses: A Comparative Perspective, '
                 'ed. John Doe and Ann Poe (Stanford, CA: Stanford University Press, 2007), p. 25.', id="chicago-ed-after-the-book"),
])
def test_a_book_whose_subtitle_ends_in_perspective_is_a_chapters_book_not_a_series(note):
    work = full(note).work
    assert (work.type, work.container) == ("chapter", "Example Financing and State Responses: A Comparative Perspective")


def test_a_range_of_paragraphs_after_a_quoted_title_is_the_pinpoint_not_the_works_pages():
    c = full('"Final report of the Panel of Experts on Example," United Nations Security Council, S/2020/949, '
             'September 28, 2020, paras. 40-52.')
    assert (c.locator, c.label, c.work.page) == ("40-52", "paragraph", None)


def test_see_after_an_aside_closed_by_an_em_dash_leads_to_the_citation():
    import citex

    note = citex.extract("Notes\n\n1. For the older literature—much of it colonial—see Edward A. Roe, *Ivory and Slaves "
                         "in Example Africa* (Berkeley: University of California Press, 1975), 12.\n").notes[0]
    (cit,) = note.citations
    assert (cit.work.authors[0].family, cit.locator) == ("Roe", "12")
    assert note.commentary.startswith("For the older literature")


@pytest.mark.parametrize(("text", "cited"), [
    pytest.param("The report draws on interviews with twenty-three women who escaped captivity between 2019 and 2020.", False,
                 id="what-another-work-rests-on"),
    pytest.param("He relies on interviews with elders in Cabo Exemplo in 1968.", False, id="what-another-author-relies-on"),
    pytest.param("This account draws on interviews with municipal officials in Michoacán conducted by the authors in 2014.",
                 True, id="the-articles-own-interviews-are-its-sources"),
])
def test_interviews_another_work_draws_on_are_commentary(text, cited):
    import citex

    note = citex.extract(f"Notes\n\n1. {text}\n").notes[0]
    assert bool(note.citations) is cited


@pytest.mark.parametrize(("note", "genre", "place"), [
    pytest.param("Filipe Exemplo, discurso na cerimónia de recepção do Presidente, Pemba, 24 de setembro de 2021.",
                 "Discurso na cerimónia de recepção do Presidente", "Pemba", id="portuguese-discurso-na"),
    pytest.param("François Roe, discours devant le Parlement réuni en Congrès, Versailles, 16 novembre 2015.",
                 "Discours devant le Parlement réuni en Congrès", "Versailles", id="french-discours-devant"),
])
def test_an_untitled_speech_named_with_where_it_was_given(note, genre, place):
    work = full(note).work
    assert (work.type, work.genre, work.place) == ("speech", genre, place)


def test_a_country_after_a_think_tank_opens_the_title_but_after_a_ministry_is_its_state():
    work = full("International Example Group, Israel, Hizbollah and the Perils of Escalation, Middle East Report No. 251 "
                "(Brussels: International Example Group, 2024), 9.").work
    assert ([a.literal for a in work.authors], work.title) == (["International Example Group"],
                                                              "Israel, Hizbollah and the Perils of Escalation")
    work = full("Ministry of Defense, Japan, Defense of Japan 2023 (Tokyo: Ministry of Defense, 2023), 4.").work
    assert ([a.literal for a in work.authors], work.title) == (["Ministry of Defense, Japan"], "Defense of Japan 2023")


def test_a_policy_brief_with_its_number_is_a_report_not_a_document():
    work = full("Jane Roe and John Doe, “Example After the War,” European Council on Example Relations, policy brief, "
                "ECFR/512, November 2023.").work
    assert (work.type, work.publisher) == ("report", "European Council on Example Relations")


@pytest.mark.parametrize("note", [
    pytest.param("United States v. 280 Example Currency Accounts, No. 1:20-cv-02396 (D.D.C. filed Aug. 13, 2020).",
                 id="filed-before-the-date"),
    pytest.param("Complaint, United States v. 280 Example Currency Accounts, No. 1:20-cv-02396 (D.D.C. Aug. 13, 2020).",
                 id="the-filing-named-first"),
])
def test_a_forfeiture_case_against_numbered_property_keeps_its_name(note):
    work = full(note).work
    assert (work.title, work.publisher, work.date) == ("United States v. 280 Example Currency Accounts", "D.D.C.",
                                                       (2020, 8, 13))


def test_swedish_quotation_marks_set_off_a_title_and_may_open_a_note():
    import citex

    doc = citex.extract("Noter\n\n10 Ewa Exempel, ”Hatet som inte går över”, Dagens Nyheter, 25 augusti 2012.\n"
                        "11 ”Exempel dømt til forvaring”, Aftenposten, 24 august 2012, s. 4–5.\n")
    assert [n.number for n in doc.notes] == [10, 11]
    first, second = (n.citations[0].work for n in doc.notes)
    assert (first.title, first.container, first.authors[0].family) == ("Hatet som inte går över", "Dagens Nyheter", "Exempel")
    assert (second.title, second.container, second.date) == ("Exempel dømt til forvaring", "Aftenposten", (2012, 8, 24))
    assert doc.notes[0].text.startswith("Ewa Exempel, ”Hatet")  # the note's text as printed


def test_four_authors_before_a_report_whose_title_names_it_a_report():
    work = full("Jacob Example Roe, Charlotte Doe, Anders Ravik Poe and Madeleine Moe, RTV Trend Report 2022: Right-Wing "
                "Terrorism in Example Europe, C-REX Research Report no. 1/2022 (Oslo: Center for Research on Example, "
                "2022), 8.").work
    assert [a.family for a in work.authors] == ["Roe", "Doe", "Poe", "Moe"]
    assert work.title.startswith("RTV Trend Report 2022")
    assert full("Jane Roe, Iraq and U.S. Policy, CRS Report R45025 (Washington, DC: Congressional Research Service, "
                "2018), 4.").work.title == "Iraq and U.S. Policy"


@pytest.mark.parametrize(("note", "author", "genre"), [
    pytest.param('Politiets sikkerhetstjeneste, "Terrortrusselnivået heves til høyt," pressemelding, 25 June 2022.',
                 "Politiets sikkerhetstjeneste", "pressemelding", id="a-norwegian-release"),
    pytest.param('T.C. Başbakanlık, "Başbakan’ın açıklaması," basın açıklaması, Ankara, 18 Şubat 2016.', "T.C. Başbakanlık",
                 "basın açıklaması", id="a-turkish-release"),
])
def test_a_press_release_in_another_language_is_a_document_its_body_the_author(note, author, genre):
    import citex

    (cit,) = citex.extract(f"Notes\n\n1. {note}\n").notes[0].citations
    assert (cit.work.type, [a.literal for a in cit.work.authors], cit.work.genre, cit.work.container) == (
        "document", [author], genre, None)


def test_para_without_its_period_is_a_paragraph_and_a_reports_year_stays_with_its_volume():
    import citex

    doc = citex.extract("Notes\n\n1. Jane Roe v. Union of Example, (2011) 7 SCC 547, para 74.\n2. Supra note 1, para 17.\n")
    first, second = (n.citations[0] for n in doc.notes)
    assert (first.locator, first.label, first.work.genre) == ("74", "paragraph", "(2011) 7 SCC 547")
    assert (second.kind, second.item, second.locator, second.label) == ("short", first.item, "17", "paragraph")


def test_scandinavian_and_bosnian_croatian_serbian_note_words():
    import citex

    doc = citex.extract("Notes\n\n1. Intervju med Tore Exempel, professor vid Politihøgskolen, Oslo, 2021-05-03.\n"
                        "2. Jens Exempel, tal i Oslo domkirke, 24 juli 2011.\n"
                        "3. Franjo Primjer, govor na Kninskoj tvrđavi, Knin, 26. kolovoza 1995.\n"
                        "4. Mattias Exempel, Islamofobi, Stockholm: Leopard 2010, s. 150–163; jfr Sindre Roe, Anders Breivik "
                        "and the Rise of Example, London: Zed Books 2014.\n"
                        "5. Tore Exempel och Ingvild Magnæs Roe, Forskning på forebygging, Oslo: Politihøgskolen 2015, s. 30.\n")
    interview, tal, govor, pair, both = (n.citations for n in doc.notes)
    assert (interview[0].work.type, interview[0].work.authors[0].family, interview[0].work.place) == ("interview", "Exempel", "Oslo")
    assert (tal[0].work.type, govor[0].work.type) == ("speech", "speech")
    assert [c.work.authors[0].family for c in pair] == ["Exempel", "Roe"]
    assert [a.family for a in both[0].work.authors] == ["Exempel", "Roe"]


@pytest.mark.parametrize(("note", "kind"), [
    pytest.param("Jane Roe, “Assembly Rejects Example Report,” Balkan Insight, 14 August 2018, https://balkaninsight.com/x/.",
                 "article-newspaper", id="a-news-site-whose-headline-names-a-report"),
    pytest.param("Jane Roe, “Škorpioni,” Vreme, br. 753, 9. jun 2005, 12–15.", "article-magazine", id="a-belgrade-weekly"),
    pytest.param("Jane Roe, “Walking with Example,” *Outlook*, 29 March 2010.", "article-magazine", id="an-indian-weekly"),
    pytest.param("“Mann pågrepet etter skyting,” NRK, 10 August 2019, https://www.nrk.no/x.", "article-newspaper",
                 id="a-norwegian-broadcaster"),
    pytest.param("“KCK: Ateşkes sona ermiştir,” ANF, 11 Temmuz 2015.", "article-newspaper", id="a-kurdish-news-agency"),
])
def test_news_outlets_of_more_countries(note, kind):
    work = full(note).work
    assert work.type == kind


def test_what_a_speaker_gave_named_between_the_speaker_and_the_title():
    import citex

    (cit,) = citex.extract('Notes\n\n1. Ashton Roe, testimony, "Hearing to Receive Testimony on Example Operations," '
                           'U.S. Senate Committee on Armed Services, Washington, D.C., April 28, 2016.\n').notes[0].citations
    assert (cit.work.type, cit.work.authors[0].family, cit.work.genre, cit.work.container) == ("speech", "Roe", "testimony", None)


def test_a_dutch_or_scandinavian_word_after_the_signal_leads_on_to_the_citation():
    import citex

    doc = citex.extract("Notes\n\n1. Jane Roe, *Example Boek* (Amsterdam: Boom, 2015), 12.\n2. Zie ook Roe, *Example Boek*, p. 45.\n"
                        "3. Zie hierover John Doe, *Ander Boek* (Amsterdam: Boom, 2012), 4.\n"
                        "4. Se även Ann Poe, *Tredje boken* (Stockholm: Ordfront, 2004), 9.\n")
    second, third, fourth = (n.citations[0] for n in doc.notes[1:])
    assert (second.kind, second.item, second.locator) == ("short", doc.notes[0].citations[0].item, "45")
    assert (third.work.authors[0].family, fourth.work.authors[0].family) == ("Doe", "Poe")


@pytest.mark.parametrize(("note", "title", "locator"), [
    pytest.param("Ley Agraria, art. 3, Diario Oficial de la Federación, 26 de febrero de 1992.", "Ley Agraria", "3",
                 id="a-law-named-in-words-and-its-article"),
    pytest.param("Constitución Política de los Estados Unidos Ejemplares, art. 27, Diario Oficial, 5 de febrero de 1917.",
                 "Constitución Política de los Estados Unidos Ejemplares", "27", id="a-constitution"),
    pytest.param("Ley General de Ejemplo Social, Diario Oficial de la Federación, México, 20 de enero de 2004, artículo 36.",
                 "Ley General de Ejemplo Social", "36", id="the-article-after-the-date"),
])
def test_a_law_named_in_words_and_printed_in_a_gazette(note, title, locator):
    import citex

    (cit,) = citex.extract(f"Notes\n\n1. {note}\n").notes[0].citations
    assert (cit.work.type, cit.work.title, cit.work.publisher[:13], cit.locator, cit.label) == (
        "document", title, "Diario Oficia", locator, "section")


def test_an_issue_numbered_nr_after_the_volume():
    work = full("Jane Roe, “Het Voorbeeld,” *Internationale Spectator* 30, nr. 7 (2007): 12–18.").work
    assert (work.volume, work.issue, work.page) == ("30", "7", "12-18")


def test_two_bodies_with_long_names_joined_by_and_are_both_authors():
    work = full("Example Human Rights Commission and Office of the United Nations High Commissioner for Human Rights, "
                "*Report of the Joint Investigation* (Geneva: OHCHR, 3 November 2021), paras. 45–52.").work
    assert [a.literal for a in work.authors] == ["Example Human Rights Commission",
                                                 "Office of the United Nations High Commissioner for Human Rights"]


def test_a_national_archive_by_its_initials_and_a_leaf_cited():
    import citex

    (cit,) = citex.extract("Notes\n\n1. AGN, DFS, Versión pública, exp. 11-4-68, leg. 44, h. 289.\n").notes[0].citations
    assert (cit.work.archive, cit.work.authors, cit.locator, cit.label) == ("AGN", (), "289", "folio")


@pytest.mark.parametrize(("note", "who", "place"), [
    pytest.param("Gesprek met een voormalig partijvoorzitter, Den Haag, 18 januari 2023.", "een voormalig partijvoorzitter",
                 "Den Haag", id="dutch-gesprek-met"),
    pytest.param("Samtal med en tidigare medlem, Göteborg, 14 mars 2019.", "en tidigare medlem", "Göteborg",
                 id="swedish-samtal-med"),
])
def test_a_conversation_named_in_dutch_or_swedish_is_an_interview(note, who, place):
    import citex

    (cit,) = citex.extract(f"Notes\n\n1. {note}\n").notes[0].citations
    assert (cit.work.type, cit.work.authors[0].literal, cit.work.place) == ("interview", who, place)


def test_a_city_after_an_unmarked_law_title_is_where_it_was_given_not_a_gazette():
    import citex

    work = citex.extract("Notes\n\n1. Ley N.° 1234, Ley de Ejemplo y Sustancias Controladas, La Paz, 19 de julio de 1990.\n"
                         ).notes[0].citations[0].work
    assert (work.type, work.container, work.place, work.date) == ("document", None, "La Paz", (1990, 7, 19))


@pytest.mark.parametrize(
    "note", ["Asharq Al-Awsat, 15 June 2021.", "RFI, 3 mai 2022.", "France 24, 17 March 2022.", "Jeune Afrique, 5 juin 2021."],
    ids=["arabic-daily", "french-radio", "french-television", "french-weekly"],
)
def test_an_international_outlet_and_a_day_is_a_news_item(note):
    import citex

    doc = citex.extract(f"Notes\n\n1. {note}\n")
    (cit,) = doc.notes[0].citations
    assert (cit.work.type, cit.work.container) == ("article-newspaper", note.split(",")[0])


@pytest.mark.parametrize(
    ("title", "language"),
    [
        pytest.param("Hasad al-Ajnad fi Ghurb Ifriqiya", "ar", id="arabic-article-and-preposition"),
        pytest.param("Naql Mu'taqali Da'ish ila al-'Iraq", "ar", id="arabic-hamza-and-ayn"),
        pytest.param("The Rise of al-Qaeda in the Islamic Maghreb", "en", id="english-naming-an-arabic-name"),
        pytest.param("Al-Qaeda's Strategy in Example Land", "en", id="english-possessive"),
        pytest.param("Apologie pour l’histoire ou Métier d’historien", "fr", id="french-elisions-are-no-arabic"),
        pytest.param("Breve storia dell’Italia meridionale dall’Ottocento a oggi", "it", id="italian-elided-prepositions"),
        pytest.param("United States v. Jane Doe et al.", "en", id="et-al-is-latin-in-an-english-title"),
    ],
)
def test_arabic_in_latin_letters_and_elided_french_and_italian(title, language):
    assert detect(title) == language


@pytest.mark.parametrize(
    ("back", "kind", "locator"),
    [
        pytest.param("Ivi, p. 45 sg.", "ibid", "45 sg.", id="italian-and-the-next-page"),
        pytest.param("Roe, *Example Book*, cit., p. 30 sgg.", "short", "30 sgg.", id="italian-and-the-following-pages"),
        pytest.param("Roe, op. cit., p. 30, nota 4.", "short", "30n4", id="italian-note-on-a-page"),
        pytest.param("Ivi, p. 45 e passim.", "ibid", "45 e passim", id="italian-and-here-and-there"),
        pytest.param("*Ibid.*, p. 40 et suiv.", "ibid", "40 et suiv.", id="french-and-the-following"),
        pytest.param("Roe, *Example Book*, cit., p. 20 e segg.", "short", "20 e segg.", id="italian-e-segg"),
    ],
)
def test_pages_and_those_following_in_italian_and_french(back, kind, locator):
    import citex

    doc = citex.extract(f"Notes\n\n1. Jane Roe, *Example Book* (Milano: Example Press, 1993), 12.\n2. {back}\n")
    (cit,) = doc.notes[1].citations
    assert (cit.kind, cit.locator, cit.item) == (kind, locator, doc.notes[0].citations[0].item)


@pytest.mark.parametrize(
    ("note", "title", "container", "place", "accessed"),
    [
        pytest.param("Jane Roe and John Doe, The Art of Examples, Example Policy Brief, 4 April 2023, https://example.org/art/ "
                     "(last accessed 10.05.2023).", "The Art of Examples", None, None, (2023, 5, 10), id="last-accessed-in-parentheses"),
        pytest.param("Example Alliance, Vilnius Summit Communiqué, Vilnius, 11.07.2023, https://example.org/texts/217320.htm "
                     "(last accessed 20.09.2023).", "Vilnius Summit Communiqué", None, "Vilnius", (2023, 9, 20),
                     id="a-city-after-a-plain-title"),
    ],
)
def test_last_accessed_and_a_dateline_after_a_plain_title(note, title, container, place, accessed):
    import citex

    work = citex.extract(f"Notes\n\n1. {note}\n").notes[0].citations[0].work
    assert (work.title, work.container, work.place, work.accessed) == (title, container, place, accessed)


@pytest.mark.parametrize(
    ("note", "author", "title", "number", "place", "date"),
    [
        pytest.param("Council of the EU, Council Conclusions on Example Defence, 10 May 2021, 8396/21.", "Council of the EU",
                     "Council Conclusions on Example Defence", "8396/21", None, (2021, 5, 10), id="council-number-after-the-date"),
        pytest.param("European Commission, Example Energy Plan, COM(2022) 230 final, Brussels, 18.5.2022.", "European Commission",
                     "Example Energy Plan", "COM(2022) 230 final", "Brussels", (2022, 5, 18), id="commission-communication"),
        pytest.param("European Council, European Council meeting (14 and 15 December 2023) – Conclusions, EUCO 20/23, Brussels, "
                     "15 December 2023.", "European Council", "European Council meeting (14 and 15 December 2023) – Conclusions",
                     "EUCO 20/23", "Brussels", (2023, 12, 15), id="european-council-conclusions"),
        # the title in quotes, its comma inside them: the number after the closing quote is the document's, no outlet
        pytest.param("European Commission, “Example Energy Plan,” COM(2022) 230 final, Brussels, 18 May 2022.",
                     "European Commission", "Example Energy Plan", "COM(2022) 230 final", "Brussels", (2022, 5, 18),
                     id="quoted-title-then-the-number"),
        pytest.param("European Commission, \"Example Market Design,\" SWD(2021) 601 final, Brussels, 14 July 2021.",
                     "European Commission", "Example Market Design", "SWD(2021) 601 final", "Brussels", (2021, 7, 14),
                     id="staff-working-document-in-straight-quotes"),
    ],
)
def test_documents_of_the_european_union_with_their_numbers(note, author, title, number, place, date):
    import citex

    work = citex.extract(f"Notes\n\n1. {note}\n").notes[0].citations[0].work
    assert (work.type, work.authors[0].literal, work.title, work.genre, work.place, work.date) == (
        "document", author, title, number, place, date)


@pytest.mark.parametrize(
    ("facts", "date"),
    [("(n.p., 2004)", (2004,)), ("(n.p., n.d.)", None), ("(n.p.: n.p., 2004)", (2004,)), ("(s.l.: s.n., 1998)", (1998,))],
    ids=["no-place-a-year", "no-place-no-date", "no-place-no-publisher", "sine-loco-sine-nomine"],
)
def test_facts_that_print_no_place_or_publisher(facts, date):
    import citex

    doc = citex.extract(f"Notes\n\n1. Jane Roe, The Example Resistance Call {facts}, 45.\n")
    (cit,) = doc.notes[0].citations
    w = cit.work
    assert (w.type, w.title, w.place, w.publisher, w.date, cit.locator) == ("book", "The Example Resistance Call", None, None, date, "45")


@pytest.mark.parametrize(
    ("name", "family", "given"),
    [("Abu Bakr Exemplo", "Exemplo", "Abu Bakr"), ("Abu Muhammad al-Mithal", "al-Mithal", "Abu Muhammad"),
     ("Hassan Abu Mithal", "Abu Mithal", "Hassan")],
    ids=["kunya-then-a-name", "kunya-then-al", "abu-inside-a-surname"],
)
def test_a_kunya_opening_a_name_is_its_given_name(name, family, given):
    (person,) = parse_names(name)
    assert (person.family, person.given) == (family, given)


def test_a_hosts_role_after_the_name_keeps_the_host_as_author():
    import citex

    note = citex.extract("Notes\n\n1. Jane Roe, host, “The Example War at Year Two,” *Example Rocks* (podcast), February 26, 2024, "
                         "https://example.org/episode/1/.\n").notes[0]
    (cit,) = note.citations
    assert note.commentary is None and (cit.work.type, cit.work.authors[0].family) == ("broadcast", "Roe")


@pytest.mark.parametrize(
    ("note", "who", "place"),
    [
        pytest.param("Example Watch interviews, Malakal Protection of Civilians site, 14-20 July 2016.", None,
                     "Malakal Protection of Civilians site", id="a-site-and-no-one-named"),
        pytest.param("Example Watch interview with Fatuma, 19, Dadaab refugee camp, Kenya, March 3, 2021.", "Fatuma, 19",
                     "Dadaab refugee camp, Kenya", id="a-camp-after-the-age"),
    ],
)
def test_a_place_named_by_what_it_is_is_where_not_who(note, who, place):
    import citex

    work = citex.extract(f"Notes\n\n1. {note}\n").notes[0].citations[0].work
    assert (work.type, work.authors[0].literal if work.authors else None, work.place) == ("interview", who, place)


@pytest.mark.parametrize(
    ("note", "container", "issue", "kind"),
    [
        pytest.param('"Hasad al-Ajnad fi Ghurb Ifriqiya" [Harvest of the Soldiers], al-Naba 233, 7 May 2020, 8–9.', "al-Naba", "233",
                     "article-newspaper", id="a-weekly-and-its-issue-number"),
        pytest.param('Jane Roe, "Example Headline," Example Weekly 45, 7 May 2020.', "Example Weekly", "45", "article-magazine",
                     id="a-magazine-and-its-issue"),
        pytest.param('Example Group, "Example Title," Example Report No. 165, December 3, 2015.', None, None, "report",
                     id="a-numbered-report-is-no-issue"),
    ],
)
def test_a_periodical_and_its_issue_number_printed_together(note, container, issue, kind):
    import citex

    work = citex.extract(f"Notes\n\n1. {note}\n").notes[0].citations[0].work
    assert (work.type, work.container, work.issue) == (kind, container, issue)


@pytest.mark.parametrize(
    ("note", "language"),
    [("\"Example yacht spotted off Turkey,\" Example Radio, March 12, 2022 (in Russian).", "ru"),
     ("Jane Roe, \"Yacht of the oligarch\" [in Russian], Meduza, June 3, 2021.", "ru"),
     ("Jane Roe, \"Ma Ba'd al-Example\" [After al-Example], Example Daily, 28 October 2019 (in Arabic).", "ar"),
     ("Jane Roe, televised speech, Example TV, September 19, 2024 (Arabic).", "ar"),
     ("Jane Roe, “Ha-ʿisqa she-lo nigmera” [The deal not completed], Example Daily, 6 September 2024 (in Hebrew).", "he"),
     ("“Example: la safqat illa ba‘d waqf al-‘udwan” [No deal without a ceasefire], Example Daily, 12 December 2023.",
      "ar")],
    ids=["in-russian-after-the-date", "in-russian-after-the-title", "in-arabic", "the-language-named-alone-in-brackets",
         "the-note-outweighs-an-ayn-in-a-hebrew-title", "an-ayn-as-a-turned-comma-inside-words-is-arabic"],
)
def test_a_note_that_says_the_works_language(note, language):
    import citex

    assert citex.extract(f"Notes\n\n1. {note}\n").notes[0].citations[0].work.language == language


@pytest.mark.parametrize(
    ("note", "series"),
    [("Jane Roe, \"The UK Should Not Wait for the Review\", Example Commentary, 8 August 2023.", "Example Commentary"),
     ("Jane Roe, “Example Strategy Is a Good Start”, Example Alert, June 2023.", "Example Alert"),
     ("Jane Roe, “Example autonomy for European choices”, *EPX Discussion Paper*, 19 July 2019.", "EPX Discussion Paper")],
    ids=["commentary", "alert", "discussion-paper-in-italics"],
)
def test_a_think_tanks_series_named_without_a_number_is_a_report(note, series):
    import citex

    work = citex.extract(f"Notes\n\n1. {note}\n").notes[0].citations[0].work
    assert (work.type, work.container, work.genre) == ("report", None, series)


def test_a_journal_whose_name_ends_in_analysis_stays_a_journal():
    import citex

    work = citex.extract("Notes\n\n1. Jane Roe, \"Example,\" *Foreign Example Analysis* 12, no. 3 (2016): 45–67.\n") \
        .notes[0].citations[0].work
    assert work.type == "article-journal"


def test_who_issued_a_declaration_is_no_publisher_and_various_authors_name_no_one():
    import citex

    doc = citex.extract("Notes\n\n1. Example Alliance, Madrid Summit Declaration, Issued by Example Heads of State and Government "
                        "participating in the meeting of the Example Council in Madrid, 29 June 2022.\n"
                        "2. AA.VV., *Il caso esempio* (Milano: Editore Esempio, 1974), 12.\n")
    declaration, volume = doc.notes[0].citations[0].work, doc.notes[1].citations[0].work
    assert (declaration.title, declaration.publisher, declaration.container, declaration.date) == (
        "Madrid Summit Declaration", None, None, (2022, 6, 29))
    assert (volume.title, volume.authors) == ("Il caso esempio", ())


@pytest.mark.parametrize(
    ("note", "kind", "container"),
    [
        pytest.param("Jean Dupont, « Propositions pour une analyse », in Revue française des exemples, vol. 51, n° 1-2, 2001, "
                     "p. 199-215.", "article-journal", "Revue française des exemples", id="in-a-revue-with-volume-and-number"),
        pytest.param("Jean Dupont, « Propositions », in *Annales des exemples*, 2001, n° 3, p. 45-67.", "article-journal",
                     "Annales des exemples", id="in-annales"),
        pytest.param("Jane Roe, \"Example Chapter,\" in The Cambridge History of Examples, vol. 2, Crises, ed. John Doe "
                     "(Cambridge: Cambridge University Press, 2010), 395–416.", "chapter", "The Cambridge History of Examples",
                     id="a-volume-of-a-book-stays-a-chapter"),
    ],
)
def test_a_journal_after_in_as_french_notes_print_it(note, kind, container):
    import citex

    work = citex.extract(f"Notes\n\n1. {note}\n").notes[0].citations[0].work
    assert (work.type, (work.container or "").startswith(container)) == (kind, True)


def test_a_page_of_a_volume_that_reads_like_a_year_is_no_date():
    import citex

    doc = citex.extract("Notes\n\n1. Jane Roe, *Quaderni di esempio*, ed. John Doe, 4 vols. (Turin: Example Press, 1975), 3:1560.\n"
                        "2. Roe, *Quaderni di esempio*, 1:1999.\n")
    full, short = doc.notes[0].citations[0], doc.notes[1].citations[0]
    assert (full.work.date, full.locator) == ((1975,), "3:1560")
    assert (short.kind, short.item, short.locator) == ("short", full.item, "1:1999")
    assert find_date("Vol. 12 (2013): 45") .parts == (2013,)


@pytest.mark.parametrize(
    ("text", "volume", "issue", "page"),
    [
        pytest.param("Jane Roe, “Example Question?,” *The Lancet* 395, no. 10224 (2020): 542–45", "395", "10224", "542-45",
                     id="a-five-digit-issue-keeps-its-volume"),
        pytest.param("Jane Roe, “Example,” *Example Global Health* 6, no. 11 (2018): e1196–e1252", "6", "11", "e1196-e1252",
                     id="electronic-page-range"),
        pytest.param("Jane Roe, “Example,” *Lancet* 376, no. 9756 (2010): 1923–58, PMID: 21112623", "376", "9756", "1923-58",
                     id="a-pubmed-number-after-the-pages"),
    ],
)
def test_journal_volume_issue_and_pages(text, volume, issue, page):
    w = full(text).work
    assert (w.type, w.volume, w.issue, w.page) == ("article-journal", volume, issue, page)


def test_a_preprint_is_held_by_its_server():
    w = full("Jane Roe et al., “Example Seroprevalence,” preprint, *medRxiv*, April 17, 2020, "
             "https://doi.org/10.1101/2020.04.14.20062463").work
    assert (w.type, w.title, w.publisher, w.container, w.genre, w.date) == \
        ("report", "Example Seroprevalence", "medRxiv", None, "preprint", (2020, 4, 17))


@pytest.mark.parametrize(
    ("text", "kind", "authors", "container", "publisher", "genre"),
    [
        pytest.param('Jane Roe and John Doe, "The Example Replacement," Institute for Example Dialogue, July 2019, '
                     "https://www.example.org/wp-content/uploads/2019/07/example.pdf", "report", ["Roe", "Doe"], None,
                     "Institute for Example Dialogue", None, id="a-think-tanks-pdf-is-a-report"),
        pytest.param('Jane Roe, "Example Title," Example Institution, June 3, 2021, https://www.example.org/articles/example/',
                     "webpage", ["Roe"], "Example Institution", None, None, id="a-signed-page-on-a-think-tanks-site-stays-a-page"),
        pytest.param('Hope not Example, "State of Example 2023: Rhetoric and Resentment," March 2023', "report",
                     ["Hope not Example"], None, None, None, id="a-body-named-with-not"),
        pytest.param('Anti-Example League, "Example Audit," May 2022', "report", ["Anti-Example League"], None, None, None,
                     id="a-league-is-a-body"),
        pytest.param('John Doe, "The Example Replacement," manifesto, 15 March 2019', "document", ["Doe"], None, None,
                     "manifesto", id="a-manifesto-is-a-document"),
        pytest.param('Jane Roe, "The Truth About the Example," YouTube, March 16, 2019', "broadcast", ["Roe"], "YouTube",
                     None, None, id="a-video-platform-without-the-word-video"),
        # (the periodical read from its italics and the day in brackets; Lawfare, a site of commentary, prints web pages)
        pytest.param('Jane Roe, "Example Title," *Lawfare* (Dec. 5, 2018), https://www.example.org/article/example',
                     "webpage", ["Roe"], "Lawfare", None, None, id="bluebook-day-after-an-italic-periodical"),
    ],
)
def test_think_tank_and_extremism_sources(text, kind, authors, container, publisher, genre):
    w = full(text).work
    assert (w.type, [a.family or a.literal for a in w.authors], w.container, w.publisher, w.genre) == \
        (kind, authors, container, publisher, genre)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        pytest.param("Jane Roe, *Examplescape: Extremism and Hate Speech on Example* (London: Institute for Example "
                     "Dialogue, 2021), 12", "report", id="hate-speech-in-a-title-is-no-speech-and-an-institute-issues-reports"),
        pytest.param("Jane Roe, *Example Sanctions Reconsidered*, 3rd ed. (Washington, DC: Example Institute, 2007)", "book",
                     id="a-book-in-its-third-edition-whoever-published-it"),
    ],
)
def test_who_published_it_and_what_it_is(text, kind):
    assert full(text).work.type == kind


@pytest.mark.parametrize(
    ("text", "locator"),
    [
        pytest.param("Jane Roe, *Example History* (New York: Example Press, 1973), 1–2 (emphasis in original)", "1-2",
                     id="emphasis-in-original"),
        pytest.param("Jane Roe, *Example History* (New York: Example Press, 1973), 87, emphasis added", "87",
                     id="emphasis-added"),
    ],
)
def test_a_remark_on_the_quotation_leaves_the_page_cited(text, locator):
    assert full(text).locator == locator


def test_british_eds_without_a_full_stop():
    w = full("Jane Roe and John Doe (eds), The Changing Character of Example (Oxford: Example University Press, 2011), "
             "p. 4").work
    assert ([e.family for e in w.editors], w.title) == (["Roe", "Doe"], "The Changing Character of Example")


@pytest.mark.parametrize(
    ("text", "author", "title", "date", "archive", "location"),
    [
        pytest.param("Memorandum, Jane Example to President Doe, October 15, 1962, Example Security Files, box 36, "
                     "John Roe Presidential Library, Boston, MA", "Example", None, (1962, 10, 15),
                     "John Roe Presidential Library, Boston, MA", "Example Security Files, box 36",
                     id="us-style-memorandum-then-collection-box-and-library"),
        pytest.param("Roe to Doe, memorandum, March 23, 1954, Roe Papers, Example Memoranda Series, box 1, Example Library, "
                     "Abilene, Kansas", "Roe", "Roe to Doe, memorandum", (1954, 3, 23), "Example Library, Abilene, Kansas",
                     "Roe Papers, Example Memoranda Series, box 1", id="writer-to-recipient-then-papers"),
        pytest.param("Memorandum of conversation, Roe and Doe, October 27, 1962, box 5, Records of the Example Staff, RG 59, "
                     "National Archives and Records Administration, College Park, MD", None,
                     "Memorandum of conversation, Roe and Doe", (1962, 10, 27),
                     "National Archives and Records Administration, College Park, MD",
                     "box 5, Records of the Example Staff, RG 59", id="a-memorandum-of-conversation-is-no-lead-in"),
        pytest.param("Letter from Jane Roe to John Doe, 3 May 1840, Example Estate Papers, Example County Record Office, "
                     "EXA/4/2", "Roe", None, (1840, 5, 3), "Example County Record Office", "Example Estate Papers, EXA/4/2",
                     id="a-shelfmark-after-the-record-office"),
        pytest.param("The National Archives, Kew (TNA), CAB 128/18, CM(50) 43rd Conclusions, 4 July 1950", None,
                     "CM(50) 43rd Conclusions", (1950, 7, 4), "The National Archives, Kew (TNA)", "CAB 128/18",
                     id="british-archive-first-with-its-class-mark"),
        pytest.param("TNA, FO 371/84081, minute by Sir Jane Example, 12 July 1950", "Example", "minute by Sir Jane Example",
                     (1950, 7, 12), "TNA", "FO 371/84081", id="a-minute-by-its-writer"),
        pytest.param("Telegram 3727 from Example City, September 9, 1970, RG 59, Central Files 1970–73, POL 14 EXAMPLE, NARA",
                     None, "Telegram 3727 from Example City", (1970, 9, 9), "NARA",
                     "RG 59, Central Files 1970–73, POL 14 EXAMPLE", id="the-us-national-archives-by-its-initials-last"),
    ],
)
def test_documents_held_in_an_archive(text, author, title, date, archive, location):
    assert judge(text)[0] == "full"
    w = full(text).work
    assert (w.type, w.authors[0].family if w.authors else None, w.title, w.date, w.archive, w.archive_location) == \
        ("document", author, title, date, archive, location)


@pytest.mark.parametrize(
    ("text", "author", "title", "date", "archive", "location"),
    [
        pytest.param("British Library, Example Office Records (hereafter EOR), EOR/L/PJ/6/452, file 1642, Government of Example "
                     "to Secretary of State, 12 Oct. 1896", "Government of Example", "Government of Example to Secretary of State",
                     (1896, 10, 12), "British Library, Example Office Records", "EOR/L/PJ/6/452, file 1642",
                     id="a-national-library-its-collection-a-slashed-shelfmark-and-an-office-writing"),
        pytest.param("Examplia National Archives, Nairobi (hereafter ENA), AB/1/117, Ministry of Example Development, "
                     "“Rehabilitation: Progress Report,” 1956", "Ministry of Example Development", "Rehabilitation: Progress Report",
                     (1956,), "Examplia National Archives, Nairobi", "AB/1/117", id="a-countrys-archives-then-a-bodys-titled-report"),
        pytest.param("ENA, DC/NYI/2/1/12, Example District Annual Report, 1954", None, "Example District Annual Report", (1954,),
                     "ENA", "DC/NYI/2/1/12", id="an-archive-by-its-initials-then-the-shelfmark-no-book"),
        pytest.param("EOR/L/PS/10/123, Viceroy to Secretary of State, 4 May 1905", "Viceroy", "Viceroy to Secretary of State",
                     (1905, 5, 4), None, "EOR/L/PS/10/123", id="the-shelfmark-alone-and-an-office-writing"),
    ],
)
def test_archives_by_their_country_or_initials_and_slashed_shelfmarks(text, author, title, date, archive, location):
    assert judge(text)[0] == "full"
    w = full(text).work
    who = (w.authors[0].literal or w.authors[0].family) if w.authors else None
    assert (w.type, who, w.title, w.date, w.archive, w.archive_location) == ("document", author, title, date, archive, location)


def test_a_united_nations_symbol_is_no_archives_shelfmark():
    w = full("UNSC, S/2019/570, Report of the Example Monitoring Team, 15 July 2019").work
    assert w.archive is None and w.archive_location is None


@pytest.mark.parametrize(
    ("text", "kind", "author", "title", "container", "volume", "date", "locator"),
    [
        pytest.param("Jane Roe, speech in the House of Commons, 27 July 1959, *Hansard*, HC Deb, 5th ser., vol. 610, cols. 232–37",
                     "speech", "Roe", None, "Hansard, House of Commons Debates", "610", (1959, 7, 27), "232-37",
                     id="a-members-speech-then-the-record"),
        pytest.param("John Doe, statement on the example claims, House of Commons, 6 June 2013, *Hansard*, HC Deb, vol. 563, "
                     "cols. 1692–93", "speech", "Doe", "Statement on the example claims", "Hansard, House of Commons Debates",
                     "563", (2013, 6, 6), "1692-93", id="a-statement-on-a-subject-is-its-title"),
        pytest.param("Hansard, HC Deb, 4th ser., vol. 45, 8 Feb. 1897, cols. 62–70", "document", None,
                     "House of Commons Debates", "Hansard", "45", (1897, 2, 8), "62-70", id="hansard-a-sitting-its-columns"),
        # (OSCOLA's "HC/HL Deb" form is read as the column form without its "W" is: the record is Hansard)
        pytest.param("HL Deb 3 February 1977, vol 925, col 973W", "document", None, "House of Lords Debates", "Hansard", "925",
                     (1977, 2, 3), "973W", id="oscola-lords-debates-no-record-name-printed"),
        pytest.param("*Parliamentary Debates* (Commons), 5th ser., vol. 236, 26 Feb. 1930, col. 1412", "document", None,
                     "House of Commons Debates", None, "236", (1930, 2, 26), "1412", id="parliamentary-debates-commons"),
        pytest.param("Canada, House of Commons Debates, 44th Parl., 1st Sess., No. 112 (14 October 2022), 8401 (Jane Roe)",
                     "speech", "Roe", None, "House of Commons Debates", None, (2022, 10, 14), "8401",
                     id="canadian-debates-the-member-in-brackets"),
        pytest.param("House of Commons Debates, 42-1, No 146 (7 February 2017) at 9012 (Hon Jane Roe)", "speech", "Roe",
                     None, "House of Commons Debates", None, (2017, 2, 7), "9012", id="mcgill-debates-at-the-page"),
        pytest.param("Canada, Senate, Debates of the Senate, 41st Parl., 2nd Sess., vol. 149, no. 45 (5 March 2014), p. 1234",
                     "document", None, "Debates of the Senate", None, "149", (2014, 3, 5), "1234",
                     id="senate-debates-no-member"),
        pytest.param("Québec, Assemblée nationale, Journal des débats, 42e lég., 1re sess., vol. 45, no 12 (3 mai 2019), "
                     "p. 567", "document", None, "Journal des débats", None, "45", (2019, 5, 3), "567",
                     id="journal-des-debats"),
    ],
)
def test_parliamentary_debates(text, kind, author, title, container, volume, date, locator):
    assert judge(text)[0] == "full"
    c = full(text)
    w = c.work
    assert (w.type, w.authors[0].family if w.authors else None, w.title, w.container, w.volume, w.date, c.locator) == \
        (kind, author, title, container, volume, date, locator)


def test_the_archives_name_for_itself_is_left_out():
    w = full("Memorandum, Jane Roe to John Doe, March 3, 1971, box 839, Example Files, National Archives, College Park, "
             "MD (hereafter NPMP)").work
    assert (w.archive, w.archive_location) == ("National Archives, College Park, MD", "box 839, Example Files")


def test_a_memoir_written_with_a_co_writer_names_both():
    w = full("Jane Roe with John Doe, In Retrospect: The Example of a War (New York: Example Books, 1995), 96–97").work
    assert ([a.family for a in w.authors], w.title) == (["Roe", "Doe"], "In Retrospect: The Example of a War")


def test_an_interview_with_someone_is_no_pair_of_authors():
    w = full("Interview with John Doe, Kabul, May 3, 2019").work
    assert (w.type, [a.family for a in w.authors]) == ("interview", ["Doe"])


@pytest.mark.parametrize("text, locator", [
    pytest.param("Thucydides, History of the Example War, trans. Jane Roe (London: Example Press, 1972), 1.23", "1.23",
                 id="book-and-chapter-of-a-classic"),
    pytest.param("Jane Roe, *Example* (London: Example Press, 2019), 45", "45", id="a-page-stays-a-page"),
])
def test_a_classics_book_and_chapter_after_the_facts(text, locator):
    assert full(text).locator == locator


@pytest.mark.parametrize("text, publisher, place", [
    pytest.param('"National Strategy for Example," National Security Council, The White House, June 2021',
                 "National Security Council, The White House", None, id="the-white-house-is-no-town"),
    pytest.param('Jane Roe, "Example Radicalisation," Example Centre for the Study of Radicalisation, King’s College London, '
                 'May 2019',
                 "Example Centre for the Study of Radicalisation, King’s College London", None, id="a-college-is-no-town"),
    pytest.param('"Example Brief," Example United Services Institute, London, April 2020',
                 "Example United Services Institute", "London", id="a-town-stays-the-place"),
])
def test_the_body_after_the_issuer_is_part_of_it_not_a_place(text, publisher, place):
    w = full(text).work
    assert (w.publisher, w.place) == (publisher, place)


def test_last_reviewed_dates_a_web_page():
    w = full("Example Centers for Disease Control, “Example Impact Worldwide,” last reviewed February 1, 2024, "
             "https://www.example.gov/example/index.html").work
    assert (w.container, w.publisher, w.date) == (None, None, (2024, 2, 1))


@pytest.mark.parametrize("text, family, given", [
    pytest.param("Zhong Sheng [钟声], “Example Title,” *Renmin Ribao*, August 3, 2022, 3", "Zhong", "Sheng",
                 id="a-name-in-characters-after-its-romanisation"),
    pytest.param("Hu Xijin (胡锡进), Weibo post, August 2, 2022, https://weibo.com/1/Example", "Hu", "Xijin",
                 id="a-weibo-post-by-a-name-in-brackets"),
])
def test_chinese_names_with_their_characters(text, family, given):
    w = full(text).work
    assert (w.authors[0].family, w.authors[0].given) == (family, given)


@pytest.mark.parametrize("text, language, locator", [
    pytest.param("Jane Roe, Daguo de jiyu [Opportunity for a Great Power] (Beijing: Example chubanshe, 2012), 45 [in Chinese]",
                 "zh", "45", id="a-language-said-after-the-page"),
    pytest.param("Jane Roe, *Example* (Moscow: Example, 2013), 100–105 (in Russian)", "ru", "100-105",
                 id="in-russian-after-the-pages"),
])
def test_the_language_named_at_the_end_leaves_the_page(text, language, locator):
    c = full(text)
    assert (c.work.language, c.locator) == (language, locator)


@pytest.mark.parametrize("title, language", [
    pytest.param("Zai qingzhu Zhongguo Gongchandang chengli 100 zhounian dahui shang de jianghua", "zh", id="pinyin"),
    pytest.param("Ob istoricheskom edinstve russkikh i ukraintsev", "ru", id="romanised-russian"),
    pytest.param("Rasshirennoe zasedanie kollegii Minoborony", "ru", id="romanised-russian-adjective-endings"),
    pytest.param("O que foi feito", "pt", id="portuguese-made-of-syllables-is-no-pinyin"),
    pytest.param("Hong Kong and Macau", "en", id="place-names-are-no-pinyin-title"),
])
def test_romanised_titles(title, language):
    assert detect(title) == language


@pytest.mark.parametrize("text, family, given", [
    pytest.param("Guerrero Ejemplo, E. (2011). La raíz de la violencia. *Nexos*, 402, 30-45", "Guerrero Ejemplo", "E.",
                 id="apa-two-surnames-one-initial"),
    pytest.param("Roe, J. (2015). Example title. *Example Journal*, 3(2), 10-20", "Roe", "J.", id="apa-one-surname"),
])
def test_apa_authors_keep_both_surnames(text, family, given):
    w = full(text).work
    assert (w.authors[0].family, w.authors[0].given) == (family, given)


@pytest.mark.parametrize("text, who, place, date", [
    pytest.param("Jane Roe, interview with the author, Lima, 3 August 2018", "Roe", "Lima", (2018, 8, 3),
                 id="name-then-interview-with-the-author"),
    pytest.param("Jane Roe, interview, Lima, August 3, 2018", "Roe", "Lima", (2018, 8, 3), id="name-then-interview"),
    pytest.param("Ricardo Ejemplo, entrevista con el autor, Lima, 3 de agosto de 2018", "Ejemplo", "Lima", (2018, 8, 3),
                 id="spanish-name-then-entrevista-con-el-autor"),
])
def test_the_person_heard_named_before_the_interview(text, who, place, date):
    assert judge(text)[0] == "full"
    w = full(text).work
    assert (w.type, w.authors[0].family, w.place, w.date) == ("interview", who, place, date)


def test_a_colombian_month_first_date():
    assert find_date('"Así opera el Clan del Ejemplo", *El Tiempo*, mayo 14 de 2017').parts == (2017, 5, 14)


def test_a_journal_issue_dated_by_months():
    w = full('Jane Roe, "¿Guerra a las drogas?", *Nueva Sociedad*, n.º 222 (julio-agosto de 2009): 130-145').work
    assert (w.type, w.container, w.issue, w.date, w.page) == ("article-journal", "Nueva Sociedad", "222", (2009, 7), "130-145")


@pytest.mark.parametrize("text, families, title", [
    pytest.param("Jane Roe, Anya Doe, Dmitry Poe, Mary Coe, Jeffrey Moe, and Julian Loe, Example Military Strategy: Core Tenets "
                 "(Arlington, VA: Example Center, 2021), 12–14", ["Roe", "Doe", "Poe", "Coe", "Moe", "Loe"],
                 "Example Military Strategy: Core Tenets", id="six-authors-the-last-with-a-given-name-nobody-lists"),
    pytest.param("James Roe, Raphael S. Doe, Nathan Poe, Bryan Coe, Edward Moe, Paul Loe, Forrest E. Hoe, Howard J. Joe, "
                 "and Brent Koe, Overextending Example (Santa Monica, CA: Example Corporation, 2019), 12",
                 ["Roe", "Doe", "Poe", "Coe", "Moe", "Loe", "Hoe", "Joe", "Koe"], "Overextending Example",
                 id="nine-authors-before-a-plain-title"),
    pytest.param("Michael Roe, Hamdi Exampli, and Aymenn Jawad Al-Exampli, Honored, Not Examined: The Future of Example "
                 "Forces, Policy Focus 163 (Washington, D.C.: Example Institute, 2020), p. 45",
                 ["Roe", "Exampli", "Al-Exampli"], "Honored, Not Examined: The Future of Example Forces",
                 id="three-names-with-a-serial-comma-and-given-names-nobody-lists"),
    pytest.param("Jane Roe, Drug Money, and Rural Poverty (London: Example Press, 2020), 4", ["Roe"],
                 "Drug Money, and Rural Poverty", id="a-list-in-the-title-itself-leaves-no-title-after-it"),
])
def test_long_lists_of_authors_before_a_plain_title(text, families, title):
    w = full(text).work
    assert ([a.family for a in w.authors], w.title) == (families, title)


@pytest.mark.parametrize("text, who, platform, genre, date", [
    pytest.param("Video posted by the EXAF, Facebook, January 30, 2024, https://www.facebook.com/EXAF/videos/1", "EXAF",
                 "Facebook", "Video", (2024, 1, 30), id="a-video-posted-by-a-body"),
    pytest.param("Video posted by @Example99, X, April 8, 2022, https://x.com/Example99/status/1", "@Example99", "X", "Video",
                 (2022, 4, 8), id="a-video-posted-by-a-handle"),
])
def test_a_video_posted_by_an_account(text, who, platform, genre, date):
    w = full(text).work
    assert (w.type, w.authors[0].literal, w.container, w.genre, w.date) == ("webpage", who, platform, genre, date)


@pytest.mark.parametrize("text, kind, container", [
    pytest.param('Jane Roe, "The Latest Example Thinking," China Example Brief 16, no. 13 (August 22, 2016)', "article-journal",
                 "China Example Brief", id="a-periodical-named-brief-with-volume-and-issue"),
    pytest.param('Jane Roe, "Example Title," RUSI Commentary, 3 May 2020', "report", None, id="a-series-without-numbers"),
])
def test_a_brief_with_volume_and_issue_is_a_periodical(text, kind, container):
    w = full(text).work
    assert (w.type, w.container) == (kind, container)


@pytest.mark.parametrize("text, kind", [
    pytest.param('"Example Decree," Kremlin, March 3, 2022', "document", id="an-unsigned-text-of-the-kremlin"),
    pytest.param('Jane Roe, "Example Article," Kremlin, July 12, 2021, http://kremlin.ru/events/president/news/1', "webpage",
                 id="a-signed-text-on-the-kremlins-site"),
])
def test_the_kremlin_is_no_newspaper(text, kind):
    assert full(text).work.type == kind


@pytest.mark.parametrize("text, kind, container, publisher", [
    pytest.param('"How Is Example Modernizing?," Example Power, Center for Strategic and Example Studies, December 17, 2018, '
                 "https://example.org/modernization/", "webpage", "Example Power", "Center for Strategic and Example Studies",
                 id="a-think-tanks-site-then-the-body"),
    pytest.param('Jane Roe, "Example," El Comercio, Lima, 3 de marzo de 2014', "article-newspaper", "El Comercio", None,
                 id="a-newspaper-then-its-city"),
])
def test_a_site_named_before_the_body_that_publishes_it(text, kind, container, publisher):
    w = full(text).work
    assert (w.type, w.container, w.publisher) == (kind, container, publisher)


def test_a_series_of_papers_and_its_number_before_the_facts():
    w = full('Jane Roe, "The Spread of Example Weapons," Example Papers, no. 171 (London: Example Institute, 1981), 7').work
    assert (w.type, w.genre, w.issue, w.publisher) == ("report", "Example Papers, no. 171", None, "Example Institute")


def test_a_chinese_or_russian_press_publishes_books():
    w = full("Shou Example, ed., Zhanlüe xue [The Science of Example Strategy] (Beijing: Junshi kexue chubanshe, 2013), 100").work
    assert (w.type, w.publisher) == ("book", "Junshi kexue chubanshe")


def test_an_arabic_article_in_the_note_is_no_spanish_word():
    w = full('"Editorial," al-Naba 374, January 26, 2023').work
    assert w.language != "es"


def test_a_groups_statement_named_before_its_title():
    assert judge('Al-Example statement, "Regarding the Attack on the Example Base," Example News Agency, May 26, 2023')[0] \
        == "full"
    w = full('Al-Example statement, "Regarding the Attack on the Example Base," Example News Agency, May 26, 2023').work
    assert (w.type, w.authors[0].literal, w.title, w.publisher) == \
        ("speech", "Al-Example", "Regarding the Attack on the Example Base", "Example News Agency")


def test_a_co_writer_known_by_his_given_name_when_the_author_is_not():
    w = full("Amira Example with Andrew Doe, The Example State: Strategic Alliances (Boulder, CO: Example, 2023), 24").work
    assert ([a.family for a in w.authors], w.title) == (["Example", "Doe"], "The Example State: Strategic Alliances")


def test_a_magazines_issue_with_the_foundation_that_issues_it():
    w = full("Voice of Example, Issue 22, al-Example Foundation, February 2023").work
    assert (w.type, w.container, w.issue, w.publisher, w.date) == \
        ("article-magazine", "Voice of Example", "22", "al-Example Foundation", (2023, 2))


def test_a_magazines_issue_number_before_its_day():
    w = full('"Example en la guarida," Proceso, núm. 1744, 4 de abril de 2010').work
    assert (w.type, w.container, w.issue, w.date) == ("article-magazine", "Proceso", "1744", (2010, 4, 4))


def test_a_reprint_by_the_same_house_keeps_its_place_and_publisher():
    w = full("Jane Roe, *War in Example History* (Oxford: Example University Press, 1976; repr. 2001), 23").work
    assert (w.publisher, w.place, w.date) == ("Example University Press", "Oxford", (2001,))


def test_a_news_site_named_by_its_domain_before_the_headline():
    w = full('Example.ru, "Example Headline about Troops," March 25, 2022').work
    assert (w.type, w.container, w.authors) == ("article-newspaper", "Example.ru", ())


def test_a_russian_decree_is_a_citation_not_commentary():
    text = "Указ Президента Российской Федерации от 02.07.2021 № 400 «О Стратегии примера», http://kremlin.ru/acts/bank/1"
    assert judge(text)[0] == "full"
    w = full(text).work
    assert w.url == "http://kremlin.ru/acts/bank/1" and w.title.startswith("Указ")


def test_german_compounds_name_a_report_and_a_ministry():
    w = full('"Abschlussbericht der Beispielkommission," Bundesministerium für Beispiele, Vienna, February 2021').work
    assert (w.type, w.publisher, w.place) == ("report", "Bundesministerium für Beispiele", "Vienna")


def test_the_evidence_calls_only_a_signed_page_signed():
    unsigned = full('"Example Page," Example Watch, May 3, 2021, https://example.org/page').work
    signed = full('Jane Roe, "Example Page," Example Watch, May 3, 2021, https://example.org/page').work
    assert not unsigned.evidence[0].startswith("signed") and signed.evidence[0].startswith("signed")


@pytest.mark.parametrize(("note", "place", "date"), [
    pytest.param("Crisis Group interviews, Lashio, Shan State, November 2018.", "Lashio, Shan State", (2018, 11),
                 id="a-town-then-a-state"),
    pytest.param("Crisis Group interview, Bogotá, 4 March 2021.", "Bogotá", (2021, 3, 4), id="a-capital-alone"),
    pytest.param("Author interview, Jakarta, 12 March 2019.", "Jakarta", (2019, 3, 12), id="author-interview-in-a-capital"),
    pytest.param("Interviews, Mocoa, Putumayo, October 2020.", "Mocoa, Putumayo", (2020, 10), id="a-town-the-gazetteer-knows"),
    pytest.param("Author interview, Cox's Bazar, Bangladesh, February 2020.", "Cox’s Bazar, Bangladesh", (2020, 2),
                 id="a-town-then-a-country"),
])
def test_an_interview_placed_before_anyone_is_named_names_no_one(note, place, date):
    w = full(note).work
    assert (w.type, w.authors, w.place, w.date) == ("interview", (), place, date)


@pytest.mark.parametrize(("note", "who", "place"), [
    pytest.param("Author interview, Sidney Jones, Jakarta, 14 March 2019.", ("Jones", "Sidney"), "Jakarta",
                 id="a-person-whose-given-name-is-a-town"),
    pytest.param("Author interview, Hassan, Raqqa, May 2016.", "Hassan", "Raqqa", id="a-given-name-alone-is-a-person"),
    pytest.param("Author interview, police officer, Peshawar, Pakistan, May 2017.", "police officer", "Peshawar, Pakistan",
                 id="a-description"),
    pytest.param("Interview by the author with Ana María Rodríguez, director of a farmers' association, Puerto Asís, "
                 "Putumayo, 5 June 2019.", ("Rodríguez", "Ana María"), "Puerto Asís, Putumayo", id="an-office-is-no-place"),
])
def test_an_interview_that_names_someone_before_the_place_keeps_them(note, who, place):
    w = full(note).work
    name = (w.authors[0].family, w.authors[0].given) if isinstance(who, tuple) else w.authors[0].literal
    assert (name, w.place) == (who, place)


@pytest.mark.parametrize(("text", "container", "volume"), [
    pytest.param("Letizia Paoli, “The Paradoxes of Organized Crime,” Crime, Law and Social Change 37, no. 1 (2002): 51–97.",
                 "Crime, Law and Social Change", "37", id="chicago"),
    pytest.param("Jane Roe, “Harm Reduction,” Drugs: Education, Prevention and Policy 20, no. 6 (2013): 452–60.",
                 "Drugs: Education, Prevention and Policy", "20", id="with-a-colon"),
])
def test_a_journal_whose_name_holds_commas_runs_to_its_volume(text, container, volume):
    w = full(text).work
    assert (w.type, w.container, w.volume) == ("article-journal", container, volume)


def test_a_short_forms_page_past_1500_is_no_year():
    import citex

    doc = citex.extract("Text.[^1] More.[^2] Again.[^3]\n\n[^1]: Melissa Dell, “Trafficking Networks and the Mexican Drug War,” "
                        "*American Economic Review* 105, no. 6 (2015): 1738–79.\n[^2]: Dell, “Trafficking Networks,” 1760.\n"
                        "[^3]: Ibid., 1762.\n")
    first = doc.notes[0].citations[0].item
    short, ibid = doc.notes[1].citations[0], doc.notes[2].citations[0]
    assert (short.kind, short.item, short.locator) == ("short", first, "1760")
    assert (ibid.item, ibid.locator) == (first, "1762")
    assert len(doc.items) == 1


@pytest.mark.parametrize(("title", "language"), [
    pytest.param("Polisi Tangkap Terduga Teroris di Bekasi dan Bogor", "id", id="indonesian"),
    pytest.param("Jihad dan Negara di Indonesia", "id", id="indonesian-with-di"),
    pytest.param("Storia di Roma", "it", id="italian-di-alone-stays-italian"),
])
def test_indonesian_titles(title, language):
    from citex.parse.language import detect

    assert detect(title) == language


def test_a_body_names_its_press_release_before_the_title():
    w = full("U.S. Department of the Treasury, Press Release, “Following Terrorist Attack on Israel, Treasury Sanctions Hamas "
             "Operatives and Financial Facilitators,” October 18, 2023. (https://home.treasury.gov/news/press-releases/jy1816)").work
    assert (w.type, w.authors[0].literal, w.genre, w.date) == ("document", "U.S. Department of the Treasury", "Press Release",
                                                               (2023, 10, 18))
    assert w.url == "https://home.treasury.gov/news/press-releases/jy1816"


@pytest.mark.parametrize(("text", "container"), [
    pytest.param("UNODC, “Cocaine: A Spectrum of Products,” in World Drug Report 2023 (Vienna: UNODC, 2023), 45–60.",
                 "World Drug Report 2023", id="an-annual-report"),
    pytest.param("EMCDDA, “Drug-induced deaths,” in European Drug Report 2023: Trends and Developments (Lisbon: EMCDDA, 2023).",
                 "European Drug Report 2023: Trends and Developments", id="a-year-then-a-subtitle"),
])
def test_a_year_in_a_books_title_stays_in_the_title(text, container):
    w = full(text).work
    assert (w.type, w.container) == ("chapter", container)


def test_indonesian_page_labels_in_back_references():
    import citex

    doc = citex.extract("Text.[^1] More.[^2] Again.[^3] Last.[^4]\n\n"
                        "[^1]: Nasir Abas, *Membongkar Jamaah Islamiyah* (Jakarta: Grafindo Khazanah Ilmu, 2005), hlm. 112.\n"
                        "[^2]: Ibid., hlm. 114.\n[^3]: Abas, *Membongkar*, hlm. 120.\n[^4]: Abas, op. cit., hal. 31.\n")
    first = doc.notes[0].citations[0].item
    assert [(n.citations[0].item, n.citations[0].locator, n.citations[0].label) for n in doc.notes[1:]] == \
        [(first, "114", "page"), (first, "120", "page"), (first, "31", "page")]


@pytest.mark.parametrize(("text", "family", "given"), [
    pytest.param("Md. Shahidul Haque, “Bangladesh’s Response to the Rohingya Influx,” The Daily Star, March 3, 2018.",
                 "Haque", "Md. Shahidul", id="md"),
    pytest.param("Jose Ma. Sison, “Example Piece,” Rappler, June 5, 2017.", "Sison", "Jose Ma.", id="ma"),
    pytest.param("Arlyn dela Cruz, “Mautes Stockpiled Arms,” Philippine Daily Inquirer, June 5, 2017.", "dela Cruz", "Arlyn",
                 id="filipino-dela"),
    pytest.param("Hj. Abdul Hadi Awang, “Islam and Governance,” Harakah, 5 March 2012.", "Awang", "Abdul Hadi",
                 id="haji-is-a-title"),
])
def test_abbreviated_given_names_and_filipino_particles_keep_one_author(text, family, given):
    import citex

    (note,) = citex.extract(f"Text.[^1]\n\n[^1]: {text}\n").notes
    (c,) = note.citations
    assert (c.work.authors[0].family, c.work.authors[0].given) == (family, given)


@pytest.mark.parametrize(("text", "author"), [
    pytest.param("Inter Services Public Relations (ISPR), “Terrorists Killed in North Waziristan Operation,” press release, "
                 "12 July 2023.", "Inter Services Public Relations (ISPR)", id="initials-make-the-acronym"),
    pytest.param("South Asia Terrorism Portal (SATP), “Pakistan: Fatalities in Terrorist Violence 2000–2023,” accessed "
                 "January 5, 2024, https://www.satp.org/example.", "South Asia Terrorism Portal (SATP)", id="a-portal"),
])
def test_a_body_named_with_its_acronym_is_the_author(text, author):
    import citex

    (note,) = citex.extract(f"Text.[^1]\n\n[^1]: {text}\n").notes
    (c,) = note.citations
    assert [a.literal for a in c.work.authors] == [author] and not note.commentary


@pytest.mark.parametrize(("text", "genre"), [
    pytest.param("Jane Roe, “Myanmar’s Example Government,” *ISEAS Perspective*, no. 2022/8, 28 January 2022.",
                 "ISEAS Perspective", id="iseas-perspective"),
    pytest.param("Jane Roe, “The ASEAN Way,” RSIS Commentary CO22015, 7 February 2022.", "RSIS Commentary CO22015",
                 id="a-commentary-with-its-number"),
])
def test_a_think_tanks_paper_series_with_its_number_is_a_report(text, genre):
    w = full(text).work
    assert (w.type, w.genre) == ("report", genre)


@pytest.mark.parametrize("outlet", ["Kompas", "Philippine Daily Inquirer", "Prothom Alo", "The Irrawaddy", "Malaysiakini"])
def test_regional_dailies_are_newspapers(outlet):
    w = full(f"“Example Headline on the Region,” {outlet}, May 2018.").work
    assert (w.type, w.container) == ("article-newspaper", outlet)


@pytest.mark.parametrize(("text", "title"), [
    pytest.param("EXTF (2021), Anti-money laundering and counter-terrorist financing measures – Examplia, Fourth Round Mutual "
                 "Evaluation Report, EXTF, Paris, http://www.example.org/mer-examplia-2021.html.",
                 "Anti-money laundering and counter-terrorist financing measures – Examplia, Fourth Round Mutual Evaluation "
                 "Report", id="a-title-with-commas-published-by-its-author"),
    pytest.param("EXA (2022), World Energy Outlook 2022, EXA, Paris.", "World Energy Outlook 2022", id="no-address"),
])
def test_a_body_that_publishes_itself_in_its_house_style(text, title):
    import citex

    note = citex.extract(f"Notes\n\n1. {text}\n").notes[0]
    work = note.citations[0].work
    assert note.commentary is None
    assert (work.type, work.authors[0].literal, work.title, work.place, work.date) == \
        ("report", text.split(" (")[0], title, "Paris", (int(text.split("(")[1][:4]),))


@pytest.mark.parametrize(("text", "doi", "url", "kind"), [
    pytest.param("Jane Roe, “Systemic Violence,” Crime, Law and Social Change 52, no. 3 (2009): 275–84, "
                 "https://doi.org/10.1007/s10611-009-9197-x.", "10.1007/s10611-009-9197-x",
                 "https://doi.org/10.1007/s10611-009-9197-x", "article-journal", id="an-address-at-doi-org"),
    pytest.param("Degenhardt L, Roe J. Extent of illicit drug use. Lancet. 2016;387(10026):1427-1480. "
                 "doi:10.1016/S0140-6736(16)00619-X", "10.1016/S0140-6736(16)00619-X",
                 "https://doi.org/10.1016/S0140-6736(16)00619-X", "article-journal",
                 id="vancouver-doi-label-with-parentheses-inside"),
    pytest.param("John Doe, “Online First,” Trends in Organized Crime (2021), https://doi.org/10.1007/s12117-021-09431-x.",
                 "10.1007/s12117-021-09431-x", "https://doi.org/10.1007/s12117-021-09431-x", "article-journal",
                 id="an-article-online-first-is-no-web-page"),
])
def test_a_doi_is_kept_as_the_works_doi(text, doi, url, kind):
    w = full(text).work
    assert (w.doi, w.url, w.type) == (doi, url, kind)


@pytest.mark.parametrize(("text", "genre", "publisher"), [
    pytest.param("Jane Roe, “Example Jihad: Why Young Example Join,” Peaceworks No. 162, United States Institute of Peace, "
                 "June 2020.", "Peaceworks No. 162", "United States Institute of Peace", id="a-series-named-and-numbered"),
    pytest.param("Jane Roe, “Example Banking System,” PolicyWatch 3393, The Washington Institute for Near East Policy, "
                 "October 2020.", "PolicyWatch 3393", "The Washington Institute for Near East Policy", id="a-series-in-one-word"),
    pytest.param("Jane Roe, “A New Direction for the Example Strategy,” Policy Contribution 17/2021, Bruegel, July 2021.",
                 "Policy Contribution 17/2021", "Bruegel", id="numbered-in-its-year-by-a-body-of-one-word"),
    pytest.param("Jane Roe, “Can Example Arbitration Preserve the System?,” Free Trade Bulletin no. 77, Cato Institute, "
                 "September 1, 2020.", "Free Trade Bulletin no. 77", "Cato Institute", id="no-in-lower-case"),
])
def test_a_bodys_numbered_series_then_the_body_is_a_report(text, genre, publisher):
    w = full(text).work
    assert (w.type, w.genre, w.publisher, w.container) == ("report", genre, publisher, None)


def test_a_page_cited_of_a_bodys_unsigned_paper_makes_it_a_report():
    c = full("“A Losing Game: Countering Example Financial System,” Hiraal Institute, October 2020, p. 2.")
    assert (c.work.type, c.work.publisher, c.locator) == ("report", "Hiraal Institute", "2")


def test_a_named_interviewee_with_a_role_in_lower_case_is_a_name():
    w = full("Author interview, Abdulkarim Omar, co-chair of the Department of Foreign Relations, Qamishli, October 2022.").work
    assert ((w.authors[0].family, w.authors[0].given), w.place) == (("Omar", "Abdulkarim"), "Qamishli")


@pytest.mark.parametrize(("title", "language"), [
    pytest.param("Al-Qard al-Hassan: Hezbollah's Banking System", "en", id="arabic-name-english-subtitle"),
    pytest.param("Harakat al-Shabaab al-Mujahideen: A Profile", "en", id="a-profile"),
    pytest.param("Al-Murabitun wa-l-Qa`ida: tahaluf jadid fi al-Sahil", "ar", id="arabic-subtitle-stays-arabic"),
])
def test_an_english_subtitle_after_an_arabic_name(title, language):
    from citex.parse.language import detect

    assert detect(title) == language


@pytest.mark.parametrize(("text", "author", "title"), [
    pytest.param("Government of Examplia, Ministry of Home Affairs, Annual Report 2019–20 (New Delhi: MHA, 2020), p. 5.",
                 "Government of Examplia, Ministry of Home Affairs", "Annual Report 2019–20", id="a-ministry-of-a-government"),
    pytest.param("U.S. Department of State, Bureau of International Narcotics and Law Enforcement Affairs, International "
                 "Narcotics Control Strategy Report (Washington, DC: Department of State, March 2023), 112.",
                 "U.S. Department of State, Bureau of International Narcotics and Law Enforcement Affairs",
                 "International Narcotics Control Strategy Report", id="a-bureau-of-many-words"),
    pytest.param("Centers for Disease Control and Prevention, National Center for Health Statistics, Drug Overdose Deaths in "
                 "the United States, 2002–2022, NCHS Data Brief No. 491 (Hyattsville, MD: NCHS, 2024).",
                 "Centers for Disease Control and Prevention, National Center for Health Statistics",
                 "Drug Overdose Deaths in the United States, 2002–2022", id="a-national-center"),
])
def test_a_body_and_its_office_before_an_unmarked_title(text, author, title):
    w = full(text).work
    assert ([a.literal for a in w.authors], w.title, w.type) == ([author], title, "report")


@pytest.mark.parametrize(("note", "locator"), [
    pytest.param("Ibid., IV-1 to IV-3.", "IV-1 to IV-3", id="doctrine-pages-to"),
    pytest.param("Ibid., III-12–III-14.", "III-12-III-14", id="doctrine-pages-dash"),
    pytest.param("Ibid., GL-5.", "GL-5", id="a-glossary-page"),
    pytest.param("Ibid., 45 to 47.", "45 to 47", id="pages-joined-by-to"),
])
def test_ibid_with_pages_numbered_by_chapter(note, locator):
    import citex

    doc = citex.extract(f"Notes\n\n1. Jane Roe, Example Planning (Washington, DC: Example Staff, 2020), III-12.\n2. {note}\n")
    c = doc.notes[1].citations[0]
    assert (c.kind, c.item, c.locator) == ("ibid", doc.notes[0].citations[0].item, locator)
    assert len(doc.items) == 1


@pytest.mark.parametrize(("text", "family", "given"), [
    pytest.param("Interview with Maj. Gen. Curtis A. Example, Fort Polk, LA, April 2021.", "Example", "Curtis A.",
                 id="ranks-before-an-interviewee"),
    pytest.param("Author interview with Brig. Gen. Jane Roe, Fort Bragg, NC, May 2022.", "Roe", "Jane", id="brigadier"),
    pytest.param("Maj. Amos C. Example, “Hybrid Warfare,” Military Review 97, no. 5 (September–October 2017): 86–95.",
                 "Example", "Amos C.", id="a-rank-before-an-author"),
    pytest.param("Daryl G. Press, Calculating Credibility (Ithaca, NY: Cornell University Press, 2005), 20.", "Press",
                 "Daryl G.", id="press-is-a-surname-after-initials"),
])
def test_ranks_and_surnames_that_look_like_bodies(text, family, given):
    import citex

    (note,) = citex.extract(f"Notes\n\n1. {text}\n").notes
    (c,) = note.citations
    assert (c.work.authors[0].family, c.work.authors[0].given) == (family, given)


def test_a_journal_numbered_with_its_quarter():
    w = full("Jane Roe, “The Missing Element,” Joint Force Quarterly 97 (2nd Quarter 2020): 55–64.").work
    assert (w.type, w.container, w.volume, w.page, w.date) == ("article-journal", "Joint Force Quarterly", "97", "55-64", (2020,))


@pytest.mark.parametrize(("text", "language"), [
    pytest.param("“Capturan a ‘Artemio’,” El Comercio, February 12, 2012.", "es", id="spanish-headline-english-date"),
    pytest.param("“Cae alias Guacho,” El Tiempo, December 21, 2018.", "es", id="no-function-word"),
    pytest.param("“Polícia prende líder do PCC no Paraguai,” Folha de S.Paulo, 5 de janeiro de 2017.", "pt",
                 id="portuguese-with-spanish-looking-accents"),
    pytest.param("“The Drug War in Example,” El País, May 3, 2014.", "en", id="english-words-stay-english"),
    pytest.param("“Formalizan a imputados por el homicidio,” Ministerio Público, May 3, 2024.", "es",
                 id="a-common-word-names-no-newspaper"),
])
def test_a_one_language_newspaper_tells_its_headlines_language(text, language):
    assert full(text).work.language == language


def test_a_known_periodicals_issue_numbered_without_italics():
    c = full("al-Naba 280, April 1, 2021, p. 8.")
    assert (c.work.container, c.work.issue, c.work.date, c.locator) == ("al-Naba", "280", (2021, 4, 1), "8")


def test_an_unknown_name_and_a_number_is_no_periodicals_issue():
    from citex.parse.features import newspaper_issue

    assert newspaper_issue("Jane Roe 280, April 1, 2021, p. 8.") is None


@pytest.mark.parametrize(("name", "literal"), [
    pytest.param("Recorded Future", True, id="a-vendor-with-no-body-word"),
    pytest.param("Palo Alto Networks", True, id="networks"),
    pytest.param("Election Integrity Partnership", True, id="partnership"),
    pytest.param("Leo Gao", False, id="the-surname-gao-is-no-gao"),
    pytest.param("GAO", True, id="the-gao-in-capitals"),
])
def test_bodies_and_persons_named_alike(name, literal):
    assert (parse_names(name)[0].literal is not None) == literal


@pytest.mark.parametrize(("text", "genre"), [
    pytest.param("Example Agency et al., “Example Cyber Actor Living off the Land,” Joint Cybersecurity Advisory AA23-144A, "
                 "May 24, 2023.", "Joint Cybersecurity Advisory AA23-144A", id="an-advisory-and-its-code"),
    pytest.param("FBI, “Example Ransomware Attacks,” FBI Private Industry Notification 20220209-001, February 9, 2022.",
                 "FBI Private Industry Notification 20220209-001", id="a-notification-and-its-number"),
])
def test_a_bodys_series_with_a_code_is_a_report(text, genre):
    w = full(text).work
    assert (w.type, w.genre, w.container) == ("report", genre, None)


@pytest.mark.parametrize("text", [
    "Jane Roe and John Doe, “The Example Pile,” arXiv:2101.00027 (2020).",
    "Jane Roe et al., “Example Technical Report,” arXiv preprint arXiv:2101.00027 [cs.CL], March 2020.",
])
def test_an_arxiv_identifier_makes_a_preprint(text):
    w = full(text).work
    assert (w.type, w.publisher, w.genre, w.url) == ("report", "arXiv", "Preprint arXiv:2101.00027",
                                                     "https://arxiv.org/abs/2101.00027")


def test_a_ministrys_own_publication_is_a_report_and_a_think_tanks_press_book_a_book():
    report = full("Ministerio de Defensa Nacional, Logros de la Política de Defensa (Bogotá: Mindefensa, enero de 2020), p. 7.")
    book = full("Example Institution, Example Book (Washington: Example Institution Press, 2010).")
    assert (report.work.type, book.work.type) == ("report", "book")


def test_a_portuguese_interview_by_the_author_names_only_the_interviewee():
    w = full("Entrevista do autor com policial militar, Rio de Janeiro, 5 de março de 2019.").work
    assert (w.type, w.authors[0].literal, w.place, w.date) == ("interview", "policial militar", "Rio de Janeiro", (2019, 3, 5))


@pytest.mark.parametrize(("text", "genre"), [
    pytest.param("Deferred Prosecution Agreement, United States v. Example Bank USA, N.A., No. 12-cr-763 (E.D.N.Y. 2012).",
                 "Deferred Prosecution Agreement", id="a-deferred-prosecution-agreement"),
    pytest.param("Verified Complaint, United States v. Example Bank SAL et al., No. 11 Civ. 9186 (S.D.N.Y. December 15, 2011), "
                 "para. 30.", "Verified Complaint", id="a-verified-complaint"),
])
def test_settlement_and_forfeiture_filings_named_before_their_case(text, genre):
    c = full(text)
    assert (c.work.type, c.work.genre.split(",")[0], c.work.publisher) == ("document", genre, text.split("(")[1].split(" ")[0])


@pytest.mark.parametrize(("text", "volume", "page", "genre"), [
    pytest.param("Executive Order 14008, “Tackling the Example Crisis,” 86 Fed. Reg. 7619 (February 1, 2021).", "86", "7619",
                 "Executive Order 14008", id="an-executive-order"),
    pytest.param("Office of Example Assets Control, “Notice of Example Actions,” 88 FR 25743 (April 27, 2023).", "88", "25743",
                 None, id="a-notice-in-fr-form"),
])
def test_a_notice_in_the_federal_register(text, volume, page, genre):
    w = full(text).work
    assert (w.type, w.container, w.volume, w.page, w.genre, w.publisher) == ("document", "Federal Register", volume, page, genre, None)


def test_an_office_before_the_speakers_name_leaves_the_name_as_the_author():
    import citex

    (note,) = citex.extract("Notes\n\n1. Secretary of Defense Jane B. Roe, “Remarks on the Example Future” (speech, Example "
                            "Conference, Washington, DC, October 28, 2016).\n").notes
    (c,) = note.citations
    assert ((c.work.authors[0].family, c.work.authors[0].given), c.work.type, note.commentary) == (("Roe", "Jane B."), "speech", None)


@pytest.mark.parametrize(
    ("text", "kind", "container", "authors"),
    [
        pytest.param("“Example Chief: Enrichment Was a Fluctuation,” Tasnim News Agency, February 20, 2023.",
                     "article-newspaper", "Tasnim News Agency", [], id="a-news-agency-by-its-name"),
        pytest.param("“Law on Example Policy Promulgated,” KCNA, September 9, 2022.", "article-newspaper", "KCNA", [],
                     id="a-wire-headline-naming-a-law-is-news"),
        pytest.param("“Statement of the Example Government on Its Withdrawal,” KCNA, January 10, 2003.",
                     "article-newspaper", "KCNA", [], id="a-wire-headline-opening-with-statement-is-news"),
        pytest.param("Example News Agency, “Fighters Take the Town,” Telegram, August 12, 2020.", "webpage", "Telegram",
                     ["Example News Agency"], id="an-agency-posting-on-telegram-is-the-author"),
    ],
)
def test_wire_services(text, kind, container, authors):
    work = full(text).work
    assert (work.type, work.container, [a.literal or a.family for a in work.authors]) == (kind, container, authors)


def test_an_acronym_then_a_title_with_a_colon_is_a_body_and_its_report():
    # "UNHCR, Global Trends: …" is no "Surname, Given: Title" as Spanish notes print names before a colon
    work = full("UNHCR, Global Trends: Forced Displacement in 2022 (Copenhagen: UNHCR, 2023), 2.").work
    assert (work.type, work.title, [a.literal for a in work.authors]) == (
        "report", "Global Trends: Forced Displacement in 2022", ["UNHCR"])


def test_a_catalan_surname_joined_by_i_keeps_the_authors_in_the_citation():
    from citex import extract

    doc = extract(b"Text.[^1]\n\n[^1]: Jane Roe, Ferran Exemple i Coma, and John Doe, \xe2\x80\x9cAssessing Example Elections,"
                  b"\xe2\x80\x9d *Journal of Example* 24, no. 4 (2013): 124-35.\n", name="n.md")
    note = doc.notes[0]
    assert not note.commentary and [n.family for n in note.citations[0].work.authors] == ["Roe", "Exemple i Coma", "Doe"]


@pytest.mark.parametrize(
    ("text", "authors", "title"),
    [
        pytest.param("National Academies of Sciences, Engineering, and Medicine, Reproducibility and Replicability in Example "
                      "(Washington, DC: Example Academies Press, 2019).",
                      ["National Academies of Sciences, Engineering, and Medicine"], "Reproducibility and Replicability in Example",
                      id="a-body-whose-name-lists-its-fields"),
        pytest.param("Ministry of Defense, Japan, Defense of Japan 2023 (Tokyo: Ministry of Defense, 2023), 89.",
                     ["Ministry of Defense, Japan"], "Defense of Japan 2023", id="a-ministry-then-its-country"),
        pytest.param("Association for Example Machinery, New York, NY, Example Proceedings (New York: Example Press, 2021).",
                     ["Association for Example Machinery"], None, id="a-city-after-a-body-is-no-country"),
    ],
)
def test_bodies_named_with_commas(text, authors, title):
    work = full(text).work
    assert [a.literal for a in work.authors] == authors
    assert title is None or work.title == title


def test_a_kind_of_piece_before_the_headline_is_no_author():
    work = full("Editorial, “Example Water Dumping Is a Selfish Act,” Global Times, August 24, 2023.").work
    assert (work.type, work.authors, work.genre, work.container) == ("article-newspaper", (), "editorial", "Global Times")


def test_field_notes_named_first_are_the_citation():
    from citex import extract

    doc = extract(b"Text.[^1]\n\n[^1]: Author's fieldnotes, Lesvos, October 2019.\n", name="n.md")
    work = doc.notes[0].citations[0].work
    assert (doc.notes[0].commentary, work.place, work.date, work.authors) == (None, "Lesvos", (2019, 10), ())


def test_a_chinese_name_in_characters_and_a_translated_unmarked_title():
    # "Wu Shicun 吴士存, Title 标题 [Translation] (…)": the author is the romanised name, the translation no part of the title
    work = full("Wu Shiyan 吴士存, Nansha zhengduan de qiyuan yu fazhan [The origin and development of the dispute] "
                "(Beijing: Zhongguo jingji chubanshe, 2010), 77.").work
    assert ([(a.family, a.given) for a in work.authors], work.title, work.language) == (
        [("Wu", "Shiyan")], "Nansha zhengduan de qiyuan yu fazhan", "zh")


def test_a_columns_name_before_its_italic_journal():
    work = full("Jane Roe and John Doe, “Example Nuclear Weapons, 2023,” Nuclear Notebook, *Bulletin of the Example "
                "Scientists* 79, no. 3 (2023): 174-99.").work
    assert (work.type, work.container, work.volume, work.issue, work.page) == (
        "article-journal", "Bulletin of the Example Scientists", "79", "3", "174-99")


@pytest.mark.parametrize(
    ("text", "genre", "container"),
    [
        pytest.param("International Atomic Energy Agency, “Verification and Monitoring in Example,” Report by the Director "
                     "General, GOV/2023/8, February 28, 2023, para. 9.", "GOV/2023/8", None, id="an-iaea-board-report"),
        pytest.param("IAEA, The Text of the Agreement between Example and the Agency, INFCIRC/214, December 13, 1974.",
                     "INFCIRC/214", None, id="an-information-circular-is-no-outlet"),
    ],
)
def test_agency_documents_by_their_symbols(text, genre, container):
    work = full(text).work
    assert (work.genre, work.container, work.type in ("report", "document"), work.publisher) == (genre, container, True, None)


def test_a_paper_given_at_a_named_meeting_is_a_speech_at_that_event():
    work = full("Jane Roe and John Doe, “Democracy in Example Places,” Annual Meeting of the Midwest Political Science "
                "Association, Chicago, April 11-14, 2019.").work
    assert (work.type, work.event_title, work.place, work.date) == (
        "speech", "Annual Meeting of the Midwest Political Science Association", "Chicago", (2019, 4, 11))


def test_a_chapter_in_a_book_named_by_its_three_editors_then_its_short_title():
    c = full("Laurel Roe, “Quantitative Analysis of Example Processes,” in O'Reilly, Ó Súilleabháin, and Paffenholz, "
             "Reimagining Peacemaking, 34.")
    assert (c.work.type, c.work.container, [e.family for e in c.work.editors], c.locator) == (
        "chapter", "Reimagining Peacemaking", ["O’Reilly", "Ó Súilleabháin", "Paffenholz"], "34")  # (typographic apostrophe)


def test_a_working_paper_numbered_by_year_and_number():
    work = full("Jane Roe et al., “Example Methodology v13,” Example Working Paper Series 2023:1 (Gothenburg: Example "
                "Institute, 2023).").work
    assert (work.type, work.volume, work.issue, "2023:1" in (work.genre or "")) == ("report", None, None, True)


@pytest.mark.parametrize(
    ("text", "kind", "authors", "title"),
    [
        pytest.param("FEWS NET, “Sudan - Key Message Update: Conflict Drives Hunger,” February 2024.", "report", ["FEWS NET"],
                     "Sudan - Key Message Update: Conflict Drives Hunger", id="a-key-message-update-is-no-speech"),
        pytest.param("IPC, Sudan: Acute Food Insecurity Situation October 2023 (Rome: IPC Global Support Unit, December 2023).",
                     "report", ["IPC"], "Sudan: Acute Food Insecurity Situation October 2023", id="an-acronym-then-a-country-title"),
        pytest.param("Department for Example, Innovation and Technology, A Pro-Innovation Approach (London: HMSO, March 2023), 22.",
                     "report", ["Department for Example, Innovation and Technology"], "A Pro-Innovation Approach",
                     id="a-department-for-two-things"),
        pytest.param("Department for Business, Energy & Industrial Strategy, Energy Trends (London: BEIS, 2021), 4.", "report",
                     ["Department for Business, Energy & Industrial Strategy"], "Energy Trends", id="a-department-for-three-things"),
        pytest.param("Department for Environment, Food and Rural Affairs, Farming Statistics (London: DEFRA, 2020).", "report",
                     ["Department for Environment, Food and Rural Affairs"], "Farming Statistics",
                     id="a-department-for-two-things-and-a-pair"),
        pytest.param("Ministry of Defence, Defence and Security Industrial Strategy (London: MOD, 2021).", "report",
                     ["Ministry of Defence"], "Defence and Security Industrial Strategy", id="a-ministry-then-a-title-with-and"),
        pytest.param("World Food Programme, “WFP Somalia Country Brief, December 2023,” ReliefWeb, January 25, 2024.",
                     "report", ["World Food Programme"], "WFP Somalia Country Brief, December 2023",
                     id="a-report-posted-on-reliefweb"),
        pytest.param("FAO, IFAD, UNICEF, WFP and WHO, The State of Food Security 2023 (Rome: FAO, 2023), 7.", "report",
                     ["FAO", "IFAD", "UNICEF", "WFP", "WHO"], "The State of Food Security 2023", id="five-agencies-then-a-title"),
    ],
)
def test_agencies_and_their_reports(text, kind, authors, title):
    work = full(text).work
    assert (work.type, [a.literal for a in work.authors], work.title) == (kind, authors, title)


def test_an_arxiv_identifier_of_2020_is_no_year():
    work = full("Jane Roe et al., “Scaling Laws for Example Models,” arXiv:2001.08361 (2020).").work
    assert (work.type, work.publisher, work.genre, work.date) == ("report", "arXiv", "Preprint arXiv:2001.08361", (2020,))


@pytest.mark.parametrize(
    ("text", "genre"),
    [
        pytest.param("Jane Roe et al., Foundations of the Example State, 2005-2010, RR-1192-DARPA (Santa Monica, CA: RAND "
                     "Corporation, 2016).", "RR-1192-DARPA", id="a-rand-number-with-its-sponsor"),
        pytest.param("Jane Roe, The Example Diaspora, CT-480 (Santa Monica, CA: RAND Corporation, 2017).", "CT-480",
                     id="rand-testimony"),
    ],
)
def test_rand_numbers_before_the_publication_facts(text, genre):
    work = full(text).work
    assert (work.type, work.genre, genre not in work.title) == ("report", genre, True)


def test_an_interviewed_official_keeps_the_office_apart_from_the_place():
    work = full("Interview with Jane de Roe, EU Counter-Terrorism Coordinator, Brussels, 3 March 2016.").work
    assert (work.type, work.place, work.date) == ("interview", "Brussels", (2016, 3, 3))


def test_a_title_in_title_case_with_a_year_and_a_page_is_a_short_form():
    from citex import extract

    doc = extract(b"Text.[^1] [^2]\n\n[^1]: Ministry of Example, Japan, Example of Japan 2023 (Tokyo: Ministry of Example, "
                  b"2023), 89.\n[^2]: Example of Japan 2023, 15.\n", name="n.md")
    again = doc.notes[1].citations[0]
    assert (again.kind, again.item, again.locator) == ("short", doc.notes[0].citations[0].item, "15")
    # a number after "N.°" numbers the report, and is no page
    assert "167" not in [c.locator for n in extract(b"Text.[^1]\n\n[^1]: Informe Defensorial N.\xc2\xb0 167.\n",
                                                      name="m.md").notes for c in n.citations]


@pytest.mark.parametrize(
    ("text", "title", "body", "date"),
    [
        pytest.param("Foreign Ministry Spokesperson Jane Roe's Regular Press Conference on July 28, 2023, Ministry of Foreign "
                     "Affairs of Example.", "Foreign Ministry Spokesperson Jane Roe’s Regular Press Conference on July 28, 2023",
                     "Ministry of Foreign Affairs of Example", (2023, 7, 28), id="a-spokespersons-press-conference"),
        pytest.param("Department Press Briefing - May 3, 2022, Example Department of State, https://www.example.gov/b/.",
                     "Department Press Briefing - May 3, 2022", "Example Department of State", (2022, 5, 3),
                     id="a-department-briefing-with-its-address"),
    ],
)
def test_briefings_titled_by_their_date(text, title, body, date):
    work = full(text).work
    assert (work.type, work.title, work.publisher, work.date) == ("document", title, body, date)


def test_a_pinyin_headline_with_its_characters_and_translation_in_an_outlet_so_printed():
    c = full("“Haishang weiquan yao jianchi dixian siwei” 海上维权要坚持底线思维 [Maritime rights protection must adhere to "
             "bottom-line thinking], Jiefangjun bao 解放军报 [PLA Daily], March 3, 2021, 7.")
    assert (c.work.type, c.work.title, c.work.container, c.work.date, c.locator, c.work.language) == (
        "article-newspaper", "Haishang weiquan yao jianchi dixian siwei", "Jiefangjun bao", (2021, 3, 3), "7", "zh")


def test_a_resolution_adopted_on_a_day_is_the_kind_of_document_not_its_publisher():
    work = full("IAEA Board of Governors, “NPT Safeguards Agreement with Example,” Resolution adopted on 8 June 2022, "
                "GOV/2022/34.").work
    assert (work.publisher, work.date, work.genre) == (None, (2022, 6, 8), "GOV/2022/34")


@pytest.mark.parametrize(
    ("note", "place"),
    [
        pytest.param("Jean Exemple, \"Conférence de presse à l'issue du sommet,\" Pau, 13 janvier 2020.", "Pau",
                     id="a-town-after-the-title"),
        pytest.param("Juan Ejemplo, \"Declaración sobre el Acuerdo General\", Casa de Nariño, Bogotá, 4 de septiembre de 2012.",
                     "Casa de Nariño, Bogotá", id="a-palace-and-its-town"),
        pytest.param("Felipe Ejemplo, “Mensaje a la Nación,” Auditorio Nacional, México, D.F., 1 de diciembre de 2006.",
                     "Auditorio Nacional, México, D.F.", id="an-auditorium-and-its-city"),
    ],
)
def test_a_speech_cited_by_where_it_was_said_has_no_outlet(note, place):
    """A person's quoted title, then a town or a hall and the day: where it was said, not a newspaper."""
    work = full(note).work
    assert (work.type, work.place, work.container) == ("speech", place, None)


def test_a_newspaper_after_a_quoted_title_stays_a_newspaper():
    work = full("Jane Roe, “Example Growers Protest,” El Comercio, 3 de mayo de 2013.").work
    assert (work.type, work.container) == ("article-newspaper", "El Comercio")


@pytest.mark.parametrize("note", [
    "Secretaría de Ejemplo, “Comunicado de prensa 274/2012,” October 9, 2012.",
    "Ministerio del Ejemplo, \"Comunicado de prensa N° 45,\" 3 de mayo de 2013.",
])
def test_a_comunicado_de_prensa_titled_by_what_it_is_is_a_press_release_not_a_speech(note):
    assert full(note).work.type == "document"


def test_a_military_command_is_a_body():
    assert [n.literal for n in parse_names("Comando Conjunto de las Fuerzas Ejemplares")] == [
        "Comando Conjunto de las Fuerzas Ejemplares"]


def _resolved(notes_text: str):
    import citex

    return citex.extract("Title\n\nText.\n\nNotes\n\n" + notes_text)


def test_an_author_date_short_form_with_an_online_article_page():
    doc = _resolved("1. Ana Roe et al., \"Example Burden of Disease,\" Example Global Health 6, no. 6 (2018): e680–e690.\n"
                    "2. Roe et al. 2018, e684.\n")
    cit = doc.notes[1].citations[0]
    assert (cit.kind, cit.locator, cit.item) == ("short", "e684", doc.notes[0].citations[0].item)


@pytest.mark.parametrize("again", ["EXA, World Example Outlook 2023.", "Exemplar, European Example Review 2024."])
def test_a_yearly_report_named_again_without_a_page_is_a_short_form(again):
    doc = _resolved("1. Example Energy Agency (EXA), World Example Outlook 2023 (Paris: EXA, 2023), 45.\n"
                    "2. Exemplar, European Example Review 2024 (London: Exemplar, 2024), 12.\n"
                    f"3. {again}\n")
    cit = doc.notes[2].citations[0]
    assert cit.kind == "short" and cit.item in {doc.notes[0].citations[0].item, doc.notes[1].citations[0].item}


def test_a_body_named_in_a_short_form_that_matches_nothing_stays_a_body():
    doc = _resolved("1. See Example Bank, World Example Report 2023.\n")
    assert [a.literal for a in doc.notes[0].citations[0].work.authors] == ["Example Bank"]


@pytest.mark.parametrize("note", [
    "Y. Exemple et M. Modèle, Faire la paix et construire l'État, Paris, IREX, coll. « Étude de l'IREX » n° 51, 2017.",
    "Y. Exemple et M. Modèle, Faire la paix et construire l'État, Paris, IREX, Étude n° 51, 2017.",
])
def test_a_french_book_in_a_numbered_series_is_cited(note):
    work = full(note).work
    assert (work.title, work.place, work.publisher, work.date, [a.family for a in work.authors]) == (
        "Faire la paix et construire l’État", "Paris", "IREX", (2017,), ["Exemple", "Modèle"])


@pytest.mark.parametrize(("note", "family", "place"), [
    pytest.param("Discours du président de la République Jean Exemple aux forces françaises, Gao, 19 mai 2017.", "Exemple",
                 "Gao", id="discours-du-president"),
    pytest.param("Discours d'Emmanuel Exemple à Ouagadougou, 28 novembre 2017.", "Exemple", None, id="discours-d-elided"),
    pytest.param("Discurso del presidente Juan Ejemplo en la Asamblea General, Nueva York, 24 de septiembre de 2014.",
                 "Ejemplo", "Nueva York", id="discurso-del-presidente"),
])
def test_a_speech_cited_by_its_heading_in_french_or_spanish(note, family, place):
    import citex

    [citation] = citex.extract(f"Notes\n\n1. {note}\n").notes[0].citations
    work = citation.work
    assert (work.type, work.authors[0].family, work.place) == ("speech", family, place)


def test_addresses_set_side_by_side_are_one_work_each():
    import citex

    note = citex.extract("Notes\n\n1. https://t.me/example_a/57903 https://t.me/example_b/39101 https://t.me/example_c/1\n").notes[0]
    assert [c.work.url for c in note.citations] == [
        "https://t.me/example_a/57903", "https://t.me/example_b/39101", "https://t.me/example_c/1"]


def test_rands_as_of_a_date_before_an_address_is_when_it_was_read():
    work = full("Jane Roe, “Remarks at the Example Defense Forum,” speech, Simi Valley, Calif., December 4, 2021. "
                "As of June 12, 2023: https://www.example.mil/News/Speeches/2861931/").work
    assert (work.date, work.accessed, work.url) == ((2021, 12, 4), (2023, 6, 12), "https://www.example.mil/News/Speeches/2861931/")


def test_three_family_names_and_a_long_short_title_with_a_page_are_a_short_form():
    doc = _resolved("1. Mark F. Roe, Matthew Roe, and Eric Doe, The First Battle of the Next Example War: Wargaming an Invasion "
                    "(Washington, DC: Example Center, 2023), 4.\n2. Roe, Roe, and Doe, The First Battle of the Next Example War, 87.\n")
    cit = doc.notes[1].citations[0]
    assert (cit.kind, cit.locator, cit.item) == ("short", "87", doc.notes[0].citations[0].item)


@pytest.mark.parametrize(("ibid", "locator"), [
    ("Ibid., fols. 12–14.", "12-14"), ("Ibid., fo. 3.", "3"), ("Ibid., fos. 3–4.", "3-4"), ("Ibid., f. 12.", "12"),
    ("Ibid., ff. 3–4.", "3-4"),
])
def test_ibid_with_an_archives_folios(ibid, locator):
    doc = _resolved(f"1. TNA, FCO 141/6303, Minutes of the Example Council, 3 March 1954.\n2. {ibid}\n")
    cit = doc.notes[1].citations[0]
    assert (cit.kind, cit.locator, cit.label, cit.item) == ("ibid", locator, "folio", doc.notes[0].citations[0].item)


@pytest.mark.parametrize(("note", "volume", "page", "locator"), [
    pytest.param("Jane Roe, 'Historical Roots of Example Paradigms', Disasters, 20 (1996), 216–30.", "20", "216-30", None,
                 id="plain-journal"),
    pytest.param("Jane Roe, ‘An Image of Example’, *Example Review*, 18 (1977), pp. 782–94, at 790.", "18", "782-94", "790",
                 id="italic-journal-and-a-pinpoint"),
])
def test_british_journal_volume_and_year_set_off_by_commas(note, volume, page, locator):
    citation = full(note)
    assert (citation.work.type, citation.work.volume, citation.work.page, citation.locator) == (
        "article-journal", volume, page, locator)


@pytest.mark.parametrize("note", [
    "‘Riots in Example: Women Fired On’, *The Times*, 18 Dec. 1929, p. 14.",
    "'Riots in Example: Women Fired On', The Times, 18 Dec. 1929, p. 14.",
])
def test_an_unsigned_article_whose_quoted_title_holds_a_colon_is_read_whole(note):
    import citex

    [citation] = citex.extract(f"Notes\n\n1. {note}\n").notes[0].citations
    assert (citation.work.type, citation.work.title, citation.work.container, citation.work.authors) == (
        "article-newspaper", "Riots in Example: Women Fired On", "The Times", ())


@pytest.mark.parametrize(("note", "author", "platform", "date"), [
    pytest.param("Jane Roe (@JaneRoe), post on X (then Twitter), 4 November 2020.", "Roe", "X", (2020, 11, 4),
                 id="post-on-x-then-twitter"),
    pytest.param("Example Television, Telegram channel, post of 2 July 2021 (video, 3:42), on file with Example Watch.",
                 "Example Television", "Telegram", (2021, 7, 2), id="a-channel-then-post-of-a-day"),
    pytest.param("Example Mass Media Agency (EMMA), Facebook post, 15 March 2021 (since deleted; archived copy on file).",
                 "Example Mass Media Agency", "Facebook", (2021, 3, 15), id="a-body-with-its-acronym"),
    pytest.param("Video posted to YouTube by Example Media Center, 4 April 2017, on file with the authors.",
                 "Example Media Center", "YouTube", (2017, 4, 4), id="posted-to-a-platform-by"),
])
def test_social_media_posts_as_rights_groups_cite_them(note, author, platform, date):
    import citex

    [citation] = citex.extract(f"Notes\n\n1. {note}\n").notes[0].citations
    work = citation.work
    assert (work.type, work.authors[0].literal or work.authors[0].family, work.container, work.date) == (
        "webpage", author, platform, date)


@pytest.mark.parametrize(("written", "url"), [
    ("https://tass dot ru/armiya-i-opk/20018745", "https://tass.ru/armiya-i-opk/20018745"),
    ("https://www dot kommersant dot ru/doc/6550123", "https://www.kommersant.ru/doc/6550123"),
    ("https://ria[.]ru/20240217/moldaviya-1928201334.html", "https://ria.ru/20240217/moldaviya-1928201334.html"),
])
def test_an_address_written_so_as_not_to_link_is_read_whole(written, url):
    work = full(written).work
    assert (work.url, work.title) == (url, None)


@pytest.mark.parametrize("note", [
    "Reuters, February 17, 2024, https://www.reuters.com/world/europe/example-2024-02-17/",
    "Meduza, 17 February 2024: https://meduza.io/news/2024/02/17/example",
])
def test_an_outlet_a_day_and_an_address_are_a_story_of_that_outlet(note):
    work = full(note).work
    assert (work.type, work.title, work.authors, len(work.date)) == ("article-newspaper", None, (), 3)
    assert work.container == note.split(",")[0]


@pytest.mark.parametrize(("note", "remark"), [
    ("Geolocated footage: https://x.com/ExampleConfirmed/status/1759000000000000000", "Geolocated footage"),
    ("Example milbloggers claimed advances near Exampleville: https://t.me/example/57010", "Example milbloggers claimed advances near Exampleville"),
    ("Jane Roe, spokesperson of the Example Forces, quoted by Ukrainska Pravda: https://www.pravda.com.ua/news/2024/02/18/7442398/",
     "Jane Roe, spokesperson of the Example Forces, quoted by Ukrainska Pravda"),
])
def test_a_remark_then_a_colon_then_an_address_is_commentary_on_the_addressed_work(note, remark):
    import citex

    parsed = citex.extract(f"Notes\n\n1. {note}\n").notes[0]
    [citation] = parsed.citations
    assert citation.work.title is None and citation.work.url == note.rsplit(": ", 1)[1] and parsed.commentary == remark


def test_available_at_before_an_address_is_part_of_the_citation():
    work = full("Example Office, World Example Report 2023, available at: https://www.example.org/wer2023").work
    assert (work.title, work.url) == ("World Example Report 2023", "https://www.example.org/wer2023")


@pytest.mark.parametrize(("note", "author", "title"), [
    pytest.param("Jane Roe, Example Book (Lima: IEP, 2010), pp. 40-47. The government’s position is laid out in EXDEVIDA, "
                 "Estrategia Nacional de Ejemplo 2012-2016 (Lima: EXDEVIDA, 2012).", "EXDEVIDA",
                 "Estrategia Nacional de Ejemplo 2012-2016", id="is-laid-out-in-a-body"),
    pytest.param("On curtailment I rely on the system operator's own data rather than press reports: Red Ejemplo, Informe del "
                 "sistema 2023 (Madrid: Red Ejemplo, 2024), 34.", "Red Ejemplo", "Informe del sistema 2023",
                 id="a-sentence-closed-by-a-colon"),
])
def test_a_sentence_of_prose_before_a_citation_with_an_unmarked_title_is_commentary(note, author, title):
    import citex

    parsed = citex.extract(f"Notes\n\n1. {note}\n").notes[0]
    work = parsed.citations[-1].work
    assert ([a.literal for a in work.authors], work.title) == ([author], title)


def test_a_title_in_title_case_with_a_colon_is_no_prose_before_a_citation():
    work = full("Counternarcotics Example: U.S. Agencies Have Allotted Billions in Andean Countries, but DOD Should Improve "
                "Its Reporting (Washington, D.C.: U.S. Government Accountability Office, 2012).").work
    assert work.title.startswith("Counternarcotics Example: U.S. Agencies") and work.authors == ()


@pytest.mark.parametrize(("note", "who", "place"), [
    pytest.param("Personal interview, senior official, Borno State Government, Maiduguri, Nigeria, March 2014.",
                 "senior official, Borno State Government", "Maiduguri, Nigeria", id="an-affiliation-is-no-place"),
    pytest.param("Personal interview, cattle trader, Maiduguri cattle market, Borno State, Nigeria, July 2015.",
                 "cattle trader", "Maiduguri cattle market, Borno State, Nigeria", id="a-market-is-a-place"),
    pytest.param("Personal interview, coca farmer, VRAEM, Peru, May 14, 2013.", "coca farmer", "VRAEM, Peru",
                 id="a-region-by-its-acronym-stays-a-place"),
    pytest.param("Interview with a former officer in Unit 8200, Tel Aviv, March 14, 2024.", "a former officer in Unit 8200",
                 "Tel Aviv", id="a-unit-with-its-number-is-no-place"),
])
def test_an_interviewees_affiliation_and_where_the_interview_took_place(note, who, place):
    work = full(note).work
    assert (work.authors[0].literal, work.place) == (who, place)


def test_a_relative_named_after_the_interviewee_is_who_they_are_not_where():
    work = full("Interview by the author with Gil Example, cousin of hostage Jane Roe, Tel Aviv, 19 September 2024.").work
    assert ((work.authors[0].family, work.authors[0].given), work.place) == (("Example", "Gil"), "Tel Aviv")


def test_what_follows_a_journalists_interview_is_the_programme_that_carried_it():
    work = full("Jane Roe, interview by Amy Doe, Example Now!, October 9, 2023.").work
    assert (work.container, work.place, [a.family for a in work.interviewer]) == ("Example Now!", None, ["Doe"])
    assert full("Jane Roe, interview by Amy Doe, Kirkuk Governorate, May 2, 2019.").work.place == "Kirkuk Governorate"


def test_an_amnesty_index_number_after_the_title_numbers_a_report():
    work = full("Example International, \"'Our Job Is to Shoot': Reign of Terror in North-East Example,\" AFR 44/1360/2015, "
                "April 2015.").work
    assert (work.type, work.genre, work.container) == ("report", "AFR 44/1360/2015", None)


def test_a_national_broadcast_is_a_speech():
    work = full("Goodluck Example, \"Declaration of State of Emergency in Three States,\" national broadcast, Abuja, "
                "May 14, 2013.").work
    assert (work.type, work.place, work.container) == ("speech", "Abuja", None)


def test_a_gao_title_that_holds_a_semicolon_stays_one_work():
    import citex

    [citation] = citex.extract("Notes\n\n1. U.S. Government Accountability Office, Plan Example: Goals Were Not Fully Met, but "
                               "Security Has Improved; U.S. Agencies Need More Detailed Plans, GAO-09-71, October 2008, "
                               "pp. 17-21.\n").notes[0].citations
    assert (citation.work.title, citation.work.genre, citation.locator) == (
        "Plan Example: Goals Were Not Fully Met, but Security Has Improved; U.S. Agencies Need More Detailed Plans",
        "GAO-09-71", "17-21")


def test_a_list_of_interviews_after_one_interview_word_is_one_interview_each():
    import citex

    note = citex.extract("Notes\n\n1. Example Group interviews, UN official, New York, 3 March 2024; Western diplomat, Nairobi, "
                         "6 March 2024; AU official, Addis Ababa, March 2024.\n").notes[0]
    assert [(c.work.type, c.work.authors[0].literal, c.work.place, c.work.date) for c in note.citations] == [
        ("interview", "UN official", "New York", (2024, 3, 3)), ("interview", "Western diplomat", "Nairobi", (2024, 3, 6)),
        ("interview", "AU official", "Addis Ababa", (2024, 3))]
    assert note.commentary is None


@pytest.mark.parametrize(("note", "writer", "genre"), [
    ("Kennan to Acheson, 3 March 1950.", "Kennan", "Letter to Acheson"),
    ("Ciphered telegram, Shtykov to Vyshinsky, 19 January 1950, AVPRF, fond 059a, opis 5a, delo 3.", "Shtykov", None),
])
def test_a_letter_or_telegram_between_two_family_names_is_a_document(note, writer, genre):
    import citex

    [citation] = citex.extract(f"Notes\n\n1. {note}\n").notes[0].citations
    work = citation.work
    assert (work.type, work.authors[0].family, work.date[0]) == ("document", writer, 1950)
    assert genre is None or work.genre == genre


def test_a_letter_cited_in_a_later_work_is_cited_too():
    import citex

    note = citex.extract("Notes\n\n1. Lytton to Salisbury, 10 May 1877, cited in Mike Davis, Late Victorian Holocausts "
                         "(London: Verso, 2001), 31.\n").notes[0]
    assert [(c.work.type, c.work.authors[0].family) for c in note.citations] == [("document", "Lytton"), ("book", "Davis")]


def test_a_country_before_to_writes_no_letter():
    assert full("Peru to Iran, 3 March 1950.").work.genre != "Letter to Iran"


def test_crs_products_cited_by_number_title_and_author_as_crs_cites_them():
    import citex

    note = citex.extract("Notes\n\n1. For an overview, see CRS In Focus IF12266, 2022 Example Defense Strategy, by Kathleen J. "
                         "Roe; and CRS Report R43838, Renewed Example Competition: Issues for Congress, by Ronald Doe, updated "
                         "March 8, 2023.\n").notes[0]
    assert [(c.work.type, c.work.authors[0].family, c.work.title, c.work.genre) for c in note.citations] == [
        ("report", "Roe", "2022 Example Defense Strategy", "CRS In Focus IF12266"),
        ("report", "Doe", "Renewed Example Competition: Issues for Congress", "CRS Report R43838")]
    assert note.citations[1].work.date == (2023, 3, 8)


@pytest.mark.parametrize(("note", "container", "volume", "issue"), [
    ("Jane Roe, “Example Warfare,” Journal of Example Studies 41, nos. 1–2 (2018): 7–38.", "Journal of Example Studies", "41", "1–2"),
    ("Jane Roe, “The Psychology of Example,” Political Example 35, no. S1 (2014): 69–93.", "Political Example", "35", "S1"),
])
def test_a_double_issue_or_a_supplement_keeps_the_journals_volume(note, container, volume, issue):
    work = full(note).work
    assert (work.container, work.volume, work.issue) == (container, volume, issue)


def test_a_un_publication_with_its_sales_number_and_a_page_is_cited_in_full():
    citation = full("EXODC, World Example Report 2014 (United Nations publication, Sales No. E.14.XI.7), p. 35.")
    work = citation.work
    assert (work.type, work.title, work.publisher, work.genre, citation.locator) == (
        "report", "World Example Report 2014", "United Nations", "Sales No. E.14.XI.7", "35")


def test_a_reports_series_and_number_after_the_body_that_issued_it():
    work = full("Andrew Roe, \"What Is Example Haram?\" United States Institute of Example, Special Report 308, June 2012, "
                "pp. 3-5.").work
    assert (work.publisher, work.genre, work.date) == ("United States Institute of Example", "Special Report 308", (2012, 6))


def test_a_letters_recipient_is_kept_whole():
    work = full("Letter from Example Watch to Daw Example San Suu Kyi, State Counsellor, Republic of the Union of Example, "
                "January 17, 2018.").work
    assert work.genre == "Letter to Daw Example San Suu Kyi, State Counsellor, Republic of the Union of Example"


@pytest.mark.parametrize(("note", "family", "kind"), [
    pytest.param("Hassan Example, speech broadcast on al-Manar, June 24, 2016.", "Example", "speech", id="speech-broadcast-on"),
    pytest.param("Rola el-Example, \"Hezbollah and the Axis of Refusal,\" Third World Example 31:5 (2010): pp. 803-815.",
                 "el-Example", "article-journal", id="an-el-particle-in-lower-case"),
    pytest.param("Congressional Research Service, \"Lebanese Example,\" by Casey L. Roe and Christopher M. Doe, R41446, "
                 "January 3, 2011, p. 9.", "Roe", "report", id="a-body-a-title-and-by-its-authors"),
])
def test_ctc_primary_and_report_notes_keep_their_author(note, family, kind):
    import citex

    [citation] = citex.extract(f"Notes\n\n1. {note}\n").notes[0].citations
    assert (citation.work.type, citation.work.authors[0].family) == (kind, family)


def test_a_statement_by_a_groups_media_office_is_a_document():
    work = full("Amaq statement, October 17, 2023.").work
    assert (work.type, [a.literal for a in work.authors], work.date) == ("document", ["Amaq"], (2023, 10, 17))


@pytest.mark.parametrize(("note", "author", "title"), [
    pytest.param("Para una visión distinta, véase Francisco Ejemplo, El Perú fracturado. Formalidad, informalidad y economía "
                 "delictiva (Lima: Fondo Editorial Ejemplo, 2007), cap. 4.", "Ejemplo",
                 "El Perú fracturado. Formalidad, informalidad y economía delictiva", id="a-subtitle-opening-on-a-word-and-comma"),
    pytest.param("Defensoría del Ejemplo, A diez años de verdad, justicia y reparación. Avances, retrocesos y desafíos, Informe "
                 "Defensorial N.° 162 (Lima: Defensoría del Ejemplo, 2013), p. 54.", "Defensoría del Ejemplo",
                 "A diez años de verdad, justicia y reparación. Avances, retrocesos y desafíos", id="a-body-and-a-two-part-title"),
    pytest.param("Instituto de Ejemplo Legal (IEL), Seguridad ciudadana. Informe anual 2012 (Lima: IEL, 2012), pp. 45-48.",
                 "Instituto de Ejemplo Legal (IEL)", "Seguridad ciudadana. Informe anual 2012", id="a-body-with-its-acronym"),
    pytest.param("Las cifras para 2019 pueden consultarse en EXDEVIDA, Perú: Monitoreo de la superficie cultivada en el año "
                 "2019 (Lima: EXDEVIDA, 2020).", "EXDEVIDA", "Perú: Monitoreo de la superficie cultivada en el año 2019",
                 id="a-body-in-capitals-then-its-country-and-a-colon"),
])
def test_spanish_titles_in_two_parts_stay_one_work_by_their_author(note, author, title):
    import citex

    [citation] = citex.extract(f"Notas\n\n1. {note}\n").notes[0].citations
    work = citation.work
    assert (work.authors[0].literal or work.authors[0].family, work.title) == (author, title)


@pytest.mark.parametrize(
    ("text", "interviewee", "interviewer", "place"),
    [
        pytest.param("Author (Roe) interview, Example Army brigade commander, Kirkuk, November 2021",
                     "Example Army brigade commander", ["Roe"], "Kirkuk", id="which-author-asked-before-interview"),
        pytest.param("Author interview (Abou Example), oil trader, al-Hasakah, March 2021", "oil trader", ["Abou Example"],
                     "al-Hasakah", id="which-author-asked-after-interview-and-a-place-with-the-arabic-article"),
        pytest.param("Authors (Roe and van der Doe) interview, Western diplomat, Erbil, October 2021", "Western diplomat",
                     ["Roe", "van der Doe"], "Erbil", id="two-authors-asked-by-surname"),
        pytest.param("Author interview, trader from al-Example, Deir ez-Zor countryside, by telephone, August 2020",
                     "trader from al-Example", [], "Deir ez-Zor countryside", id="a-countryside-is-a-place"),
        pytest.param("Author interview, Example commander from Khost province, by phone, January 2021",
                     "Example commander from Khost province", [], None, id="who-from-a-province-is-who-not-where"),
    ],
)
def test_interviews_name_which_author_asked(text, interviewee, interviewer, place):
    assert judge(text)[0] == "full"
    w = full(text).work
    assert (w.type, w.authors[0].literal, [n.family for n in w.interviewer], w.place) == \
        ("interview", interviewee, interviewer, place)


def test_a_chapter_title_closing_on_a_question_mark_before_in():
    w = full('Jane Roe, "Introduction: Why Should We Study It?" in John Doe ed., Example Culture: Essays (Cambridge: '
             'Example University Press, 2017), pp. 1-21').work
    assert (w.type, w.title, w.container, [e.family for e in w.editors], w.page) == \
        ("chapter", "Introduction: Why Should We Study It?", "Example Culture: Essays", ["Doe"], "1-21")


def test_ibid_with_another_day_is_the_same_person_heard_again():
    from citex import extract

    doc = extract(b"Text.[^1] More.[^2]\n\n[^1]: Author interview, Example resident, Example City, April 12, 2021.\n"
                  b"[^2]: Ibid., April 14, 2021.\n", name="n.md")
    again = doc.notes[1].citations
    assert [(c.kind, c.item) for c in again] == [("ibid", doc.notes[0].citations[0].item)]


@pytest.mark.parametrize(
    ("text", "kind", "publisher", "genre"),
    [
        pytest.param('"Statement of the Example Emirate regarding the ongoing talks," Voice of Example, March 2, 2021',
                     "document", "Voice of Example", None, id="a-statement-posted-by-a-body-is-written"),
        pytest.param('"Statement by President Roe on the Example Operation in Northwest Examplia," The White House, '
                     'February 3, 2022', "document", "The White House", None, id="a-presidents-statement-issued-not-delivered"),
        pytest.param('"Statement by Ambassador Jane Roe at the Security Council Briefing on Examplia," Example Mission, '
                     'May 3, 2019', "speech", None, None, id="a-statement-delivered-at-a-meeting-is-a-speech"),
        pytest.param("Statement by General Jane Roe, Chief of Staff, on the Posture of the Army, Before the Senate Committee "
                     "on Armed Services, May 5, 2022", "speech", None, None, id="a-statement-before-a-committee"),
        pytest.param("Inter Services Public Example, Press Release No. PR-160/2014-ISPR, Rawalpindi, 15 June 2014",
                     "document", None, None, id="a-press-release-by-its-number"),
        pytest.param('Financial Example Task Force, "Financing of the Example Organisation," FETF, February 2015', "report",
                     "FETF", None, id="the-signing-bodys-initials-publish-it"),
        pytest.param('Jane Roe and John Doe, "The Example Nexus," Harmony Program, Combating Example Center at West Point, '
                     'July 14, 2011', "report", "Combating Example Center at West Point", "Harmony Program",
                     id="a-programme-then-its-body"),
    ],
)
def test_statements_releases_and_programme_papers(text, kind, publisher, genre):
    w = full(text).work
    assert w.type == kind
    if publisher or kind == "report":
        assert w.publisher == publisher
    assert w.genre == genre or genre is None
    assert w.language == "en"


@pytest.mark.parametrize(
    ("text", "family", "given"),
    [
        pytest.param("Mariam Abou Example", "Abou Example", "Mariam", id="abou-opens-a-family-name"),
        pytest.param("Mufti Noor Wali Example", "Example", "Noor Wali", id="a-religious-title-is-no-given-name"),
        pytest.param("Mullah Abdul Salam Example", "Example", "Abdul Salam", id="mullah-is-a-title"),
    ],
)
def test_honorifics_and_family_openers_of_south_asian_names(text, family, given):
    [name] = parse_names(text)
    assert (name.family, name.given) == (family, given)


@pytest.mark.parametrize(
    ("text", "family", "given"),
    [
        pytest.param("President Examplov", "Examplov", None, id="a-rank-before-a-surname-is-no-given-name"),
        pytest.param("Ambassador Example-Roe", "Example-Roe", None, id="ambassador-and-a-double-surname"),
        pytest.param("Don Examplar", "Examplar", "Don", id="don-can-be-a-given-name"),
        pytest.param("Dean Examplar", "Examplar", "Dean", id="dean-is-a-given-name"),
    ],
)
def test_a_rank_before_a_surname_alone(text, family, given):
    [name] = parse_names(text)
    assert (name.family, name.given) == (family, given)


def test_a_speech_by_a_president_named_by_surname():
    w = full("Remarks by President Examplov on the End of the Example Mission, Example City, August 31, 2021.").work
    assert w.type == "speech"
    assert [(a.family, a.given) for a in w.authors] == [("Examplov", None)]


def test_an_acts_number_in_brackets_and_its_gazette():
    w = full("The Constitution (Twenty-fifth Example) Act, 2018 (Act No. XXXVII of 2018), Gazette of Examplia, Extraordinary, "
             "31 May 2018").work
    assert (w.type, w.title, w.genre, w.container, w.place, w.date) == \
        ("document", "The Constitution (Twenty-fifth Example) Act, 2018", "Act No. XXXVII of 2018",
         "Gazette of Examplia, Extraordinary", None, (2018, 5, 31))


@pytest.mark.parametrize(
    ("text", "author", "title", "genre", "container", "date"),
    [
        pytest.param('Republic Act No. 11054, "An Act Providing for the Example Law of Examplia," 27 July 2018', None,
                     "An Act Providing for the Example Law of Examplia", "Republic Act No. 11054", None, (2018, 7, 27),
                     id="a-republic-act-and-its-quoted-title"),
        pytest.param("Republic Act No. 11479, *The Anti-Example Act of 2020*, 3 July 2020", None, "The Anti-Example Act of 2020",
                     "Republic Act No. 11479", None, (2020, 7, 3), id="a-republic-act-and-its-italic-title"),
        pytest.param('Office of the President, Proclamation No. 216, "Declaring a State of Example in Examplia," 23 May 2017, '
                     '*Official Gazette* of the Republic of Examplia', "Office of the President",
                     "Declaring a State of Example in Examplia", "Proclamation No. 216",
                     "Official Gazette of the Republic of Examplia", (2017, 5, 23), id="a-proclamation-by-an-office-in-the-gazette"),
    ],
)
def test_laws_and_orders_by_designation_then_title(text, author, title, genre, container, date):
    assert judge(text)[0] == "full"
    w = full(text).work
    assert (w.type, w.authors[0].literal if w.authors else None, w.title, w.genre, w.container, w.date) == \
        ("document", author, title, genre, container, date)


@pytest.mark.parametrize(
    ("text", "family", "genre", "place"),
    [
        pytest.param("Col. Jane Example, spokesman, Example Operations Command Region 4, press conference, Yala, 12 March 2019",
                     "Example", "Press conference", "Yala", id="a-spokesmans-press-conference"),
        pytest.param("Gen. John Example, press briefing, Camp Example, Quezon City, 25 May 2017", "Example", "Press briefing",
                     "Camp Example, Quezon City", id="a-generals-press-briefing"),
    ],
)
def test_press_conferences_are_speeches(text, family, genre, place):
    assert judge(text)[0] == "full"
    w = full(text).work
    assert (w.type, w.authors[0].family, w.genre, w.place) == ("speech", family, genre, place)


@pytest.mark.parametrize("text", ["the late 1940s", "in the 1990s", "the 1990’s"])
def test_a_decade_is_no_date(text):
    assert find_date(text) is None


def test_a_known_magazines_name_with_a_town_in_brackets_is_a_daily():
    w = full('Jane Roe, "Example Victims Still Waiting," *The Nation* (Bangkok), 25 October 2014').work
    assert (w.type, w.container) == ("article-newspaper", "The Nation")


@pytest.mark.parametrize("title", ["Membongkar Jamaah Example: Pengakuan Mantan Anggota", "Aku Melawan Teroris!",
                                   "Example Divonis Hukuman Mati", "Laporan Kinerja Example Tahun 2019"])
def test_indonesian_titles_without_function_words(title):
    assert detect(title) == "id"


@pytest.mark.parametrize(
    ("text", "family", "place"),
    [
        pytest.param("Interview with Anchana Example, Duay Jai Group, Hat Yai, 11 November 2018", "Example", "Hat Yai",
                     id="a-name-then-a-group"),
        pytest.param("Interview with Sidney Example, director, EXIP, Jakarta, 5 May 2018", "Example", "Jakarta",
                     id="a-name-an-office-and-its-bodys-initials"),
    ],
)
def test_an_interviewees_affiliation_is_neither_name_nor_place(text, family, place):
    w = full(text).work
    assert (w.type, w.authors[0].family, w.place) == ("interview", family, place)


@pytest.mark.parametrize(
    ("text", "author", "title"),
    [
        pytest.param("BRASIL. Ministério do Exemplo. Departamento Penitenciário Exemplar. Levantamento Nacional de Exemplos: "
                     "atualização junho de 2017. Brasília: DEPEX, 2019, p. 8.",
                     "Brasil. Ministério do Exemplo. Departamento Penitenciário Exemplar",
                     "Levantamento Nacional de Exemplos: atualização junho de 2017", id="the-country-then-its-bodies"),
        pytest.param("SÃO PAULO (Estado). Secretaria da Segurança Exemplar. Estatísticas trimestrais: 1º trimestre de 2019. "
                     "São Paulo: SSE, 2019.", "São Paulo (Estado). Secretaria da Segurança Exemplar",
                     "Estatísticas trimestrais: 1º trimestre de 2019", id="a-state-then-its-department"),
        pytest.param("RIO DE JANEIRO (Estado). Assembleia Legislativa. Relatório final da Comissão de Exemplos. Rio de Janeiro: "
                     "ALERJ, 2008.", "Rio de Janeiro (Estado). Assembleia Legislativa", "Relatório final da Comissão de Exemplos",
                     id="a-state-then-its-assembly"),
    ],
)
def test_abnt_government_authors(text, author, title):
    w = full(text).work
    assert (w.type, w.authors[0].literal, w.title, w.language) == ("report", author, title, "pt")


@pytest.mark.parametrize("title", ["Anuário Brasileiro de Segurança Exemplar", "Relatório das Ações Exemplares"])
def test_portuguese_letters_spanish_never_writes(title):
    assert detect(title) == "pt"


@pytest.mark.parametrize(
    ("text", "families", "title", "publisher", "place", "date"),
    [
        pytest.param("Jane Beispiel, NSU. Der Terror von rechts und das Versagen, München: Droemer 2018", ["Beispiel"],
                     "NSU. Der Terror von rechts und das Versagen", "Droemer", "München", (2018,),
                     id="a-title-and-subtitle-then-place-colon-publisher-year"),
        pytest.param("Anna Beispiel/Wiebke Muster, Der Prozess. Das Protokoll, München: Antje Verlag 2018, Bd. 1, S. 211",
                     ["Beispiel", "Muster"], "Der Prozess. Das Protokoll", "Antje Verlag", "München", (2018,),
                     id="authors-a-slash-divides"),
        pytest.param("Hans Beispiel, Wegerecht und Gewohnheit, 2. Aufl., Berlin: Beispiel Verlag, 1911, S. 45", ["Beispiel"],
                     "Wegerecht und Gewohnheit", "Beispiel Verlag", "Berlin", (1911,), id="an-edition-before-the-place"),
    ],
)
def test_german_books(text, families, title, publisher, place, date):
    assert judge(text)[0] == "full"
    w = full(text).work
    assert (w.type, [a.family for a in w.authors], w.title, w.publisher, w.place, w.date) == \
        ("book", families, title, publisher, place, date)


def test_a_book_with_an_american_state_after_its_town_is_no_german_book():
    w = full("Jane Roe, Arms and Example, New Haven, Conn.: Example University Press, 1966").work
    assert w.title == "Arms and Example"


def test_a_german_article_in_its_journal_and_a_newspaper():
    w = full("Jane Beispiel/John Muster, „Der Geheimplan gegen Beispiel“, in: Correctiv, 10.01.2024").work
    assert ([a.family for a in w.authors], w.title, w.container) == (["Beispiel", "Muster"], "Der Geheimplan gegen Beispiel",
                                                                      "Correctiv")
    w = full("Jane Beispiel, „The Example Attack and the Terror Threat“, in: CTC Sentinel 12 (2019), H. 11, S. 14–20").work
    assert (w.type, w.container, w.volume, w.page) == ("article-journal", "CTC Sentinel", "12", "14-20")


@pytest.mark.parametrize(
    ("text", "court", "date"),
    [
        pytest.param("BVerfG, Urteil vom 17. Januar 2017 – 2 BvB 1/13, BVerfGE 144, 20", "BVerfG", (2017, 1, 17),
                     id="the-constitutional-court-by-its-initials"),
        pytest.param("OLG München, Urteil vom 11. Juli 2018, Az. 6 St 3/12", "OLG München", (2018, 7, 11),
                     id="a-higher-regional-court-and-its-town"),
        pytest.param("Oslo tingrett, judgment of 24 August 2012, case no. 11-188627MED-OTIR/05", "Oslo tingrett", (2012, 8, 24),
                     id="a-norwegian-district-court"),
    ],
)
def test_european_courts_rulings(text, court, date):
    assert judge(text)[0] == "full"
    w = full(text).work
    assert (w.type, w.publisher, w.date) == ("document", court, date)


def test_a_doi_printed_with_a_space_before_its_colon():
    w = full("Jean Exemple, « Un militantisme à deux faces », *Exemple*, n° 54, 2014, p. 45-72, DOI : 10.3917/exemple.054.0045").work
    assert (w.doi, w.page) == ("10.3917/exemple.054.0045", "45-72")


def test_ebd_with_a_margin_number_is_ibid():
    from citex import extract

    doc = extract(b"Text.[^1] More.[^2]\n\n[^1]: Jane Beispiel, *Beispielbuch* (Berlin: Beispiel, 2001), 4.\n"
                  b"[^2]: Ebd., Rn. 625.\n", name="n.md")
    [c] = doc.notes[1].citations
    assert (c.kind, c.item, c.locator) == ("ibid", doc.notes[0].citations[0].item, "625")


@pytest.mark.parametrize(
    ("title", "context", "language"),
    [
        pytest.param("'Alam Example", "Jane al-Example, 'Alam Example [The World of Example] (London: Dar Example, 2015).", "ar",
                     id="arabic-its-translation-after-it"),
        pytest.param("Hadha Wa'd Example", 'Abu Jane al-Example, "Hadha Wa\'d Example" [This Is the Promise], Example Media, '
                     "June 29, 2014.", "ar", id="arabic-quoted-then-translated"),
        pytest.param("Shumali Example mein hamla ka bayan", '"Shumali Example mein hamla ka bayan" [Attack in the North], '
                     "Daily Example (Rawalpindi), 20 February 2021.", "ur", id="urdu-in-latin-letters"),
        pytest.param("Example dar wolaswali-ha-ye Kunduz ejad kardand", '"Example dar wolaswali-ha-ye Kunduz ejad kardand" '
                     "[Courts set up in Kunduz], Example Subh, January 14, 2021", "fa", id="dari-in-latin-letters"),
        pytest.param("Da Example da Shura", '"Da Example da Shura" [Statement of the Council], Al-Example (Pashto), '
                     "March 2, 2021.", "ps", id="a-language-named-in-brackets"),
        pytest.param("Informe anual 2013", "Ministerio del Ejemplo, *Informe anual 2013* [Lima: Ejemplo, 2014], 4", "es",
                     id="facts-in-brackets-are-no-translation"),
        pytest.param("Gwamna Example: Ba za mu yi sulhu da su ba", '"Gwamna Example: Ba za mu yi sulhu da su ba" [Governor '
                     "Example: We will not negotiate], BBC Hausa, 3 December 2020.", "ha", id="hausa"),
        pytest.param("Onrus het Example se ekonomie miljarde gekos", '"Onrus het Example se ekonomie miljarde gekos" [Unrest '
                     "cost Example's economy billions], *Example24*, 20 July 2021.", "af", id="afrikaans"),
        pytest.param("Maandamano: Vijana waapa kuendelea hadi sauti yao isikike", '"Maandamano: Vijana waapa kuendelea hadi '
                     'sauti yao isikike" [Protests: youth vow to continue], *Example Leo*, 27 June 2024.', "sw", id="swahili"),
    ],
)
def test_titles_an_english_translation_follows(title, context, language):
    assert detect(title, context) == language


@pytest.mark.parametrize(
    ("text", "label"),
    [
        pytest.param("United Nations Security Council, Resolution 2178 (2014), S/RES/2178 (2014), September 24, 2014, para. 6",
                     "paragraph", id="a-resolutions-paragraph"),
        pytest.param("Hansard, HC Deb, 4th ser., vol. 45, 8 Feb. 1897, cols. 62–70", "column", id="hansards-columns"),
    ],
)
def test_a_label_a_reader_names_reaches_the_citation(text, label):
    assert full(text).label == label


def test_pages_past_a_thousand_with_their_thousands_set_off():
    c = full('Jane Roe et al., "The Beheading of Example Organizations," Journal of Example Resolution 59:8 (2015): pp. '
             '1,455-1,485')
    assert (c.work.page, c.locator) == ("1455-1485", None)
    assert full("Jane Roe, *Example* (New York: Example, 2001), p. 1,234").locator == "1234"


def test_a_ctc_chapter_with_no_comma_before_in_and_its_editors():
    w = full('Jane Roe and John Doe, "Example Organizations and Counter-Example Strategies" in Eric L. Poe, John Doe, and '
             'Ann Moe eds., Shared Example: Policy Options (Washington, D.C.: Example Center for Scholars, 2010), '
             'pp. 31-61').work
    assert (w.type, w.title, [e.family for e in w.editors], w.container, w.page) == \
        ("chapter", "Example Organizations and Counter-Example Strategies", ["Poe", "Doe", "Moe"],
         "Shared Example: Policy Options", "31-61")


@pytest.mark.parametrize(
    ("text", "case", "court", "genre"),
    [
        pytest.param("Fourth Superseding Indictment, United States v. Juan Ejemplo Guzmán, No. 09-CR-466 (BMC) (E.D.N.Y. 2014)",
                     "United States v. Juan Ejemplo Guzmán", "E.D.N.Y.", "Fourth Superseding Indictment, No. 09-CR-466 (BMC)",
                     id="an-ordinal-superseding-indictment"),
        pytest.param("United States v. Rubén Ejemplo-González, Criminal No. 16-cr-229 (BAH) (D.D.C.)",
                     "United States v. Rubén Ejemplo-González", "D.D.C.", "Criminal No. 16-cr-229 (BAH)",
                     id="a-pending-case-its-court-and-no-year"),
    ],
)
def test_american_court_filings_are_english_whatever_the_defendants_name(text, case, court, genre):
    assert judge(text)[0] == "full"
    w = full(text).work
    assert (w.title, w.publisher, w.genre, w.language) == (case, court, genre, "en")


@pytest.mark.parametrize(
    ("text", "title", "genre", "date"),
    [
        pytest.param("Drug Example Administration, 2020 National Example Assessment, DEA-DCT-DIR-008-21, March 2021, p. 2",
                     "2020 National Example Assessment", "DEA-DCT-DIR-008-21", (2021, 3), id="the-code-after-an-unmarked-title"),
        pytest.param("Drug Example Administration, 2019 National Example Assessment (DEA-DCT-DIR-007-20), December 2019",
                     "2019 National Example Assessment", "DEA-DCT-DIR-007-20", (2019, 12), id="the-code-in-brackets"),
    ],
)
def test_a_reports_code_closes_its_unmarked_title(text, title, genre, date):
    assert judge(text)[0] == "full"
    w = full(text).work
    assert (w.type, w.title, w.genre, w.date) == ("report", title, genre, date)


def test_a_speech_given_on_a_square_names_it_as_the_place():
    w = full('Jane Ejemplo, "Discurso de posesión," speech, Plaza de Bolívar, Bogotá, August 7, 2022').work
    assert (w.type, w.publisher, w.place) == ("speech", None, "Plaza de Bolívar, Bogotá")


def test_a_short_form_with_a_word_in_scare_quotes():
    assert judge("Cook and Vale, From Example to 'Diaspora', 41.")[0] == "short"


@pytest.mark.parametrize(
    ("text", "author"),
    [
        pytest.param("Institute for Example & Peace, Global Example Index 2024: Measuring the Impact (Sydney: Institute for "
                     "Example & Peace, February 2024), 4", "Institute for Example & Peace", id="a-body-whose-name-holds-an-ampersand"),
    ],
)
def test_bodies_named_with_an_ampersand_sign_their_reports(text, author):
    w = full(text).work
    assert (w.authors[0].literal, w.title) == (author, "Global Example Index 2024: Measuring the Impact")


@pytest.mark.parametrize(
    ("text", "family", "title"),
    [
        pytest.param('Gen. Michael E. Example, Commander, U.S. Example Command, "2023 Posture Statement to Congress," testimony '
                     "before the Senate Armed Services Committee, March 16, 2023", "Example", "2023 Posture Statement to Congress",
                     id="a-general-his-command-and-testimony"),
        pytest.param("Ken Example, Director General of MI5, 'Annual Threat Update', speech delivered at Example House, London, "
                     "16 November 2022", "Example", "Annual Threat Update", id="a-director-general-and-a-british-quoted-title"),
    ],
)
def test_a_speaker_named_with_office_is_the_person(text, family, title):
    w = full(text).work
    assert (w.type, w.authors[0].family, w.title) == ("speech", family, title)


def test_a_commission_named_with_a_comma_stays_a_body():
    w = full("Truth, Justice and Example Commission, *Report of the Commission*, vol. 2A (Nairobi: TJEC, 2013), 14–19").work
    assert w.authors[0].literal == "Truth, Justice and Example Commission"


@pytest.mark.parametrize(
    ("text", "court", "date", "title", "genre"),
    [
        pytest.param("Audiencia Nacional, Sala de lo Penal, Sección Segunda, Sentencia núm. 65/2007, de 31 de octubre de 2007 "
                     "(sumario 20/2004)", "Audiencia Nacional, Sala de lo Penal, Sección Segunda", (2007, 10, 31),
                     "Sentencia núm. 65/2007", None, id="a-spanish-court-its-chamber-and-section"),
        pytest.param("Tribunal de première instance francophone de Bruxelles, 90e chambre correctionnelle, jugement du 29 "
                     "juillet 2015 (affaire « Exemple »)", "Tribunal de première instance francophone de Bruxelles, 90e chambre "
                     "correctionnelle", (2015, 7, 29), None, None, id="a-belgian-court-and-its-numbered-chamber"),
        pytest.param("Tribunal correctionnel d’Anvers, 11 février 2015 (Exemple4Belgium)", "Tribunal correctionnel d’Anvers",
                     (2015, 2, 11), "Exemple4Belgium", None, id="a-court-then-its-date-and-the-case-name"),
        pytest.param("Cour d'assises de Bruxelles-Capitale, arrêt du 25 juillet 2023 (attentats du 22 mars 2016)",
                     "Cour d’assises de Bruxelles-Capitale", (2023, 7, 25), None, None, id="the-rulings-date-not-the-events"),
        pytest.param("Gerechtshof Den Haag, 22 november 2019, ECLI:NL:GHDHA:2019:3208", "Gerechtshof Den Haag", (2019, 11, 22),
                     None, "ECLI:NL:GHDHA:2019:3208", id="a-dutch-court-its-date-and-ecli"),
    ],
)
def test_continental_courts_rulings(text, court, date, title, genre):
    assert judge(text)[0] == "full"
    w = full(text).work
    assert (w.type, w.publisher, w.date) == ("document", court, date)
    if title:
        assert w.title == title
    if genre:
        assert w.genre == genre


@pytest.mark.parametrize("text", ["Id. at [38].", "*Id.* at [38].", "Ibid., feuille de motivation, p. 34.", "Ibid., annexe 3."])
def test_more_ibid_forms(text):
    assert judge(text)[0] == "ibid"


def test_a_french_co_author_after_avec():
    w = full("Gilles Exemple, avec Antoine Jardin, *Terreur dans l'Exemple* (Paris : Gallimard, 2015), p. 187–204").work
    assert [a.family for a in w.authors] == ["Exemple", "Jardin"]


def test_a_link_whose_text_is_an_outlet_and_a_day():
    w = full("“Le Monde, 14 novembre 2015” https://www.lemonde.fr/example/article/2015/11/14/example.html").work
    assert (w.type, w.container, w.date) == ("article-newspaper", "Le Monde", (2015, 11, 14))


@pytest.mark.parametrize(
    ("text", "journal", "volume", "issue", "page"),
    [
        pytest.param("Jane Roe, 'Governance without Example', International Example 31, 3 (2006/07), pp. 74–106",
                     "International Example", "31", "3", "74-106", id="volume-comma-issue-and-a-winter-year"),
        pytest.param("Jane Roe, 'Title Here', African Examples 114/454 (2015), pp. 1–20", "African Examples", "114", "454",
                     "1-20", id="volume-slash-issue"),
        pytest.param("Jane Roe, 'Title Here', Journal of Example Studies 3, 3 (2009), pp. 381–404, at p. 390",
                     "Journal of Example Studies", "3", "3", "381-404", id="a-journal-and-its-pinpoint-after-at"),
    ],
)
def test_british_journal_numbering(text, journal, volume, issue, page):
    w = full(text).work
    assert (w.type, w.container, w.volume, w.issue, w.page) == ("article-journal", journal, volume, issue, page)


@pytest.mark.parametrize(
    ("text", "title", "court", "date"),
    [
        pytest.param("Republic v Jane Example & 2 others [2020] eKLR, Criminal Case No. 3 of 2014 (Chief Magistrate's Court, "
                     "Milimani), judgment of 7 October 2020", "Republic v Jane Example & 2 others",
                     "Chief Magistrate’s Court, Milimani", (2020, 10, 7), id="a-kenyan-case-its-number-court-and-day"),
        pytest.param("Republic v Example [2019] eKLR", "Republic v Example", None, (2019,), id="a-kenyan-case-by-its-year"),
    ],
)
def test_kenyan_cases(text, title, court, date):
    assert judge(text)[0] == "full"
    w = full(text).work
    assert (w.type, w.title, w.publisher, w.date) == ("document", title, court, date)


def test_a_quoted_title_and_its_translation_in_brackets_before_the_outlet():
    text = "'Example oo canshuur cusub ku soo rogay beeralayda' [Example imposes a new tax on farmers], BBC Somali, 4 May 2018"
    assert judge(text)[0] == "full"
    piece = Piece(note=1, index=0, text=text, span=(0, len(text)), kind="full", evidence=tuple(judge(text)[1]))
    w = parse_piece(piece).work
    assert (w.type, w.title, w.container, w.language) == ("article-newspaper", "Example oo canshuur cusub ku soo rogay "
                                                          "beeralayda", "BBC Somali", "so")


@pytest.mark.parametrize(("title", "language"), [("Ciidamada oo la keenay Muqdisho iyo Baydhabo", "so"), ("Inside Al-Shabaab", "en")])
def test_somali_titles(title, language):
    assert detect(title) == language


def test_three_authors_by_surname_then_op_cit():
    from citex import extract

    doc = extract("Text.[^1] More.[^2]\n\n[^1]: Jennifer Lind, Patrick Mutahi and Marjoke Example, *Tangled Ties* "
                  "(Brighton: IDS, 2015).\n[^2]: Lind, Mutahi and Example, op. cit., pp. 22–4.\n".encode(), name="n.md")
    [c] = doc.notes[1].citations
    assert (c.kind, c.item, c.locator) == ("short", doc.notes[0].citations[0].item, "22-4")


def test_a_commonwealth_parliaments_official_report_and_the_speaker_after_it():
    c = full("Examplia, National Assembly, Official Report (Hansard), 18 December 2014, p. 34 (Hon. Jane Example, Majority "
             "Leader)")
    w = c.work
    assert (w.type, w.authors[0].literal, w.title, w.date, c.locator, c.label) == \
        ("document", "Examplia, National Assembly", "Official Report (Hansard)", (2014, 12, 18), "34", "page")


@pytest.mark.parametrize(("text", "kind", "who", "event"), [
    # the jurisdiction first and the house after the record, as Australian notes print them; the member in brackets spoke
    pytest.param("Commonwealth, *Parliamentary Debates*, House of Representatives, 10 February 2022, 1012 (Jane Roe, Minister "
                 "for Example Affairs)", "speech", "Roe", "Commonwealth, House of Representatives", id="a-members-speech"),
    pytest.param("Commonwealth of Australia, Parliamentary Debates, Senate, 10 February 2022, 1012", "document",
                 "Commonwealth of Australia", None, id="the-sittings-record"),
])
def test_a_houses_debates_named_after_the_record(text, kind, who, event):
    c = full(text)
    w = c.work
    assert (w.type, w.authors[0].family or w.authors[0].literal, w.event_title, w.date, c.locator) == \
        (kind, who, event, (2022, 2, 10), "1012")


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        pytest.param('Example Rights Watch, "Flawed Justice: Accountability for Example Crimes," December 5, 2017', "report",
                     id="an-ngos-paper-dated-to-the-day"),
        pytest.param('U.S. Department of Example, "Designation of Example Group," May 3, 2019', "document",
                     id="a-government-departments-release-stays-a-document"),
        pytest.param('General Assembly resolution 70/1 of 25 September 2015, entitled "Example Agenda", target 16.1', "document",
                     id="a-resolution-stays-a-document"),
    ],
)
def test_a_bodys_titled_paper_dated_to_the_day(text, kind):
    assert full(text).work.type == kind


@pytest.mark.parametrize(
    ("text", "author", "title"),
    [
        pytest.param("国务院新闻办公室 [State Council Information Office], 《新疆的职业技能教育培训工作》 [Vocational Training], "
                     "August 16, 2019", "国务院新闻办公室 [State Council Information Office]", "新疆的职业技能教育培训工作",
                     id="a-body-in-characters-and-a-title-in-book-marks"),
        pytest.param('中华人民共和国国防部 [Ministry of National Defense], "2023年8月国防部例行记者会文字实录" [Transcript], '
                     "August 31, 2023", "中华人民共和国国防部 [Ministry of National Defense]", "2023年8月国防部例行记者会文字实录",
                     id="a-ministry-in-characters-and-a-quoted-title"),
    ],
)
def test_chinese_bodies_and_book_title_marks(text, author, title):
    w = full(text).work
    assert (w.authors[0].literal, w.title, w.language) == (author, title, "zh")


def test_a_person_named_in_chinese_characters():
    w = full('习近平, "决胜全面建成小康社会" [Secure a Decisive Victory], 新华网 [Xinhua], October 27, 2017').work
    assert (w.authors[0].family, w.authors[0].given, w.title) == ("习", "近平", "决胜全面建成小康社会")


@pytest.mark.parametrize(
    ("text", "family", "given"),
    [
        pytest.param("Khalid bin `Umar Example", "Example", "Khalid bin `Umar", id="a-patronymic-with-an-ayn-is-given"),
        pytest.param("Sa`d bin `Atif al-`Example", "al-`Example", "Sa`d bin `Atif", id="the-arabic-article-after-a-patronymic"),
        pytest.param("Osama bin Example", "bin Example", "Osama", id="bin-before-the-last-word-is-the-family-name"),
    ],
)
def test_arabic_names_with_patronymics_and_ayn(text, family, given):
    assert looks_like_names(text)
    [name] = parse_names(text)
    assert (name.family, name.given) == (family, given)


def test_commentary_about_people_interviewed_by_the_author_is_no_interview():
    assert judge("This is consistent with the assessment of two officials interviewed by the author in January 2024, who "
                 "spoke on condition of anonymity.")[0] is None


def test_a_season_dates_a_magazine_issue():
    w = full("Inspire, Issue 1, al-Example Media, Summer 2010").work
    assert (w.type, w.container, w.issue, w.publisher, w.date) == ("article-magazine", "Inspire", "1", "al-Example Media",
                                                                    (2010,))


def test_released_before_a_date_is_no_publisher():
    w = full("U.S. Example Command, “Attack Against Example Forces,” investigation report, released February 4, 2022").work
    assert (w.publisher, w.date) == (None, (2022, 2, 4))


def test_a_press_release_keeps_its_kind():
    w = full("“Treasury Targets Example Network,” U.S. Department of the Treasury, press release, December 9, 2010").work
    assert (w.type, w.genre, w.publisher) == ("document", "Press release", "U.S. Department of the Treasury")


@pytest.mark.parametrize(
    ("text", "genre"),
    [
        pytest.param('"Statement of Facts," United States v. Jane Example, U.S. District Court for the District of Columbia, '
                     "Case 1:21-mj-00119, January 19, 2021, p. 4", "Statement of Facts, Case 1:21-mj-00119",
                     id="a-quoted-statement-of-facts"),
        pytest.param("\"Government's Sentencing Memorandum,\" United States v. Jane Example, Case 1:22-cr-00015, May 5, 2023, "
                     "p. 12", "Government’s Sentencing Memorandum, Case 1:22-cr-00015", id="a-quoted-sentencing-memorandum"),
    ],
)
def test_a_court_filing_named_in_quotes_then_its_case(text, genre):
    w = full(text).work
    assert (w.type, w.title, w.genre, w.language) == ("document", "United States v. Jane Example", genre, "en")


def test_a_quoted_title_closing_on_an_exclamation_goes_on_with_its_subtitle():
    w = full('Program on Example, "This Is Our House!" A Preliminary Assessment of the Example Participants (Washington, '
             "D.C.: Example University, March 2021), p. 21").work
    assert w.title == "“This Is Our House!” A Preliminary Assessment of the Example Participants"


def test_a_quoted_question_then_a_series_is_no_longer_title():
    w = full('Jane Roe, "Did They Go Too Far?" Example Policy Paper No. 39 (Bonn: Example Institute, 2012), 4').work
    assert w.title == "Did They Go Too Far?"


def test_a_paragraph_in_spanish_is_the_label():
    c = full("Comisión Interamericana de Ejemplos, *Estado de excepción en Ejemplo*, OEA/Ser.L/V/II (Washington D. C.: OEA, "
             "2024), párr. 112")
    assert (c.locator, c.label) == ("112", "paragraph")


@pytest.mark.parametrize(("text", "pages", "locator"), [
    pytest.param("José Ejemplo, «Los factores asociados», ECA Estudios Ejemplares 60, n.° 685-686 (2005): 1155-1182, esp. 1160",
                 "1155-1182", "1160", id="colon-range-esp"),
    pytest.param("Jane Roe, \"Strategies of Example,\" International Example, Vol. 40, No. 1 (Summer 2015), pp. 9–46, esp. "
                 "pp. 11–14.", "9-46", "11-14", id="pp-range-esp-pp"),
    pytest.param("Jane Roe, \"Title of Example,\" International Example 40, no. 1 (2015), pp. 117–29, esp. p. 120.", "117-29",
                 "120", id="pp-range-esp-p"),
])
def test_especially_before_the_page_cited_keeps_the_articles_range(text, pages, locator):
    c = full(text)
    assert (c.work.page, c.locator) == (pages, locator)


def test_a_constitutional_chamber_hands_down_rulings():
    w = full("Sala de lo Constitucional, Sentencia de Inconstitucionalidad 22-2007, de 24 de agosto de 2015").work
    assert (w.type, w.publisher, w.date) == ("document", "Sala de lo Constitucional", (2015, 8, 24))


@pytest.mark.parametrize(
    ("text", "publisher", "genre"),
    [
        pytest.param("Jane Roe, “The Growing Threat of Example,” United States Institute of Example Special Report No. 520, June "
                     "2023", "United States Institute of Example", "Special Report No. 520", id="an-institute-of-then-its-series"),
        pytest.param("Jane Roe, “Example Militancy in Yemen,” Middle East Institute Policy Paper 2018-7, July 2018",
                     "Middle East Institute", "Policy Paper 2018-7", id="an-institute-then-its-policy-papers"),
    ],
)
def test_a_bodys_name_before_its_series(text, publisher, genre):
    w = full(text).work
    assert (w.type, w.publisher, w.genre) == ("report", publisher, genre)


@pytest.mark.parametrize(
    ("text", "publisher", "genre"),
    [
        pytest.param('"Facing the Example Challenge," International Crisis Group Africa Report No. 273, May 16, 2019',
                     "International Crisis Group", "Africa Report No. 273", id="a-crisis-group-report-by-its-full-name"),
        pytest.param('Jane Roe, "Example Study," Clingendael Institute CRU Report, March 2015', "Clingendael Institute",
                     "CRU Report", id="an-institute-then-an-acronym-series"),
    ],
)
def test_a_groups_or_institutes_series_names_its_publisher(text, publisher, genre):
    w = full(text).work
    assert (w.type, w.publisher, w.genre) == ("report", publisher, genre)


@pytest.mark.parametrize("name", ["Islamic State West Example Province", "Mercy Example Corps", "Example Martyrs Brigades"])
def test_armed_groups_and_ngos_are_bodies(name):
    [author] = parse_names(name)
    assert author.literal == name


def test_a_groups_untitled_statement_and_its_media_office():
    # a group's statement is issued in writing, as a press release is (document); its audio or video statement is spoken
    w = full("JNEM statement, az-Example Media, June 6, 2021").work
    assert (w.type, w.authors[0].literal, w.publisher, w.date) == ("document", "JNEM", "az-Example Media", (2021, 6, 6))
    w = full("JNEM audio statement, az-Example Media, June 6, 2021").work
    assert (w.type, w.authors[0].literal, w.publisher) == ("speech", "JNEM", "az-Example Media")


@pytest.mark.parametrize(("note", "kind"), [
    pytest.param("Example Defense Forces, “The Forces Are Conducting Strikes,” statement, 18 March 2025.", "document",
                 id="a-bodys-titled-statement"),
    pytest.param("Hamas, statement, October 7, 2023.", "document", id="a-body-of-one-word"),
    pytest.param("Jane Roe, statement, October 7, 2023.", "speech", id="a-persons-statement-stays-a-speech"),
])
def test_a_statement_a_body_issues_is_a_document(note, kind):
    assert full(note).work.type == kind


@pytest.mark.parametrize(
    ("text", "author", "genre"),
    [
        pytest.param("Example Resistance in Iraq, Telegram post, January 28, 2024", "Example Resistance in Iraq", "Post",
                     id="a-groups-post"),
        pytest.param("Example Resistance in Lebanon, statement, Telegram, October 8, 2023", "Example Resistance in Lebanon",
                     "Statement", id="a-groups-statement-on-telegram"),
        pytest.param("Izz al-Din al-Example Brigades, Telegram channel, October 7, 2023", "Izz al-Din al-Example Brigades",
                     "Channel", id="a-groups-channel"),
    ],
)
def test_a_groups_posts_named_by_the_platform(text, author, genre):
    assert judge(text)[0] == "full"
    w = full(text).work
    assert (w.type, w.authors[0].literal, w.container, w.genre) == ("webpage", author, "Telegram", genre)


@pytest.mark.parametrize(
    ("text", "publisher", "genre"),
    [
        pytest.param('"Use of Example as human shields rising," EXICEF press release, August 22, 2017', "EXICEF", "Press release",
                     id="a-bodys-press-release-in-one-phrase"),
        pytest.param('"Designation of Example Group," U.S. Department of Example, Media Note, September 5, 2018',
                     "U.S. Department of Example", "Media Note", id="a-departments-media-note"),
        pytest.param('"Final report of the Panel of Experts on Examplia," United Nations Security Council, S/2020/785/Rev.1, '
                     "August 7, 2020, paras. 45-52", "United Nations Security Council", "S/2020/785/Rev.1",
                     id="a-un-symbol-with-its-revision"),
    ],
)
def test_issuers_and_what_they_issued(text, publisher, genre):
    w = full(text).work
    assert (w.publisher, w.genre) == (publisher, genre)


@pytest.mark.parametrize(
    ("text", "publisher"),
    [
        pytest.param("“Counter Example Designations,” Office of Example Assets Control, U.S. Department of the Treasury, "
                     "January 25, 2024", "Office of Example Assets Control, U.S. Department of the Treasury",
                     id="an-office-and-its-department"),
        pytest.param("“Jane Example Sentenced to 40 Years in Prison,” U.S. Attorney’s Office, Southern District of New York, "
                     "December 3, 2019", "U.S. Attorney’s Office, Southern District of New York", id="an-office-and-its-district"),
    ],
)
def test_an_office_and_what_it_belongs_to_issue_a_document(text, publisher):
    w = full(text).work
    assert (w.type, w.publisher, w.container) == ("document", publisher, None)


def test_a_list_of_authors_whose_given_names_are_ukrainian_transliterations():
    # "and Andrii …" closes the list only when "Andrii" is known as a given name; else it would start the title
    c = full("Serhii Example, Mariia Sample, and Andrii Roe, The Example War (New York: Example Press, 2023).")
    assert [(a.family, a.given) for a in c.work.authors] == [("Example", "Serhii"), ("Sample", "Mariia"), ("Roe", "Andrii")]
    assert c.work.title == "The Example War" and c.work.type == "book"


def test_a_publisher_with_its_acronym_in_brackets_inside_the_publication_facts():
    c = full("Jane Roe, Example Manipulation: A Challenge (Paris: Example Planning Staff (EPS) of the Example Ministry, "
             "August 2018), 120-123.")
    assert (c.work.title, c.work.publisher, c.work.place, c.locator) == (
        "Example Manipulation: A Challenge", "Example Planning Staff (EPS) of the Example Ministry", "Paris", "120-123")


@pytest.mark.parametrize(("printed", "edition"), [("updated ed.", "Updated"), ("revised and expanded ed.", "Revised"),
                                                  ("expanded edition", "Expanded")])
def test_an_edition_in_words_leaves_the_title(printed, edition):
    c = full(f"Jane Roe, Example Warriors: The Rise of an Example Industry, {printed} (Ithaca, NY: Example Press, 2008).")
    assert (c.work.title, c.work.edition) == ("Example Warriors: The Rise of an Example Industry", edition)


@pytest.mark.parametrize("series", ["EXI Special Report", "EXI Occasional Paper", "Example Policy Brief"])
def test_a_bodys_unnumbered_series_before_the_publication_facts(series):
    c = full(f"Jane Roe, Example Strategy in the Sahel, 2022–24, {series} (London: Example Institute, 2024), 15.")
    assert (c.work.type, c.work.title, c.work.genre) == ("report", "Example Strategy in the Sahel, 2022–24", series)


@pytest.mark.parametrize(("title", "kind"), [
    ("Impact of Example Devices on Civilians in Exampleland", "report"),  # a study, dated by its month
    ("Statement on the Example Attack", "document"),  # what the body says, whatever its date
])
def test_an_unsigned_item_of_a_government_body_dated_by_month(title, kind):
    c = full(f'"{title}," United Nations Assistance Mission in Exampleland, June 2023, p. 3.')
    assert c.work.type == kind


@pytest.mark.parametrize(("publisher", "kind"), [
    ("RAND Corporation", "report"),
    ("ICSR, King’s College London", "report"),  # (the apostrophe as typeset)
    ("Program on Extremism, George Washington University", "report"),
    ("Brookings Institution", "book"),  # (a press in all but name: its books are books)
])
def test_a_think_tank_publishes_reports_with_or_without_a_number(publisher, kind):
    c = full(f"Jane Roe and John Doe, Rolling Back the Example State (Washington, DC: {publisher}, 2017), 45.")
    assert (c.work.type, c.work.publisher) == (kind, publisher)


@pytest.mark.parametrize(("text", "platform"), [
    ("Rocket.Chat post, Example Foundation, September 2, 2023.", "Rocket.Chat"),
    ("Element post, Example Foundation, September 2, 2023.", "Element"),
])
def test_a_post_cited_platform_first(text, platform):
    from citex.model import Note
    from citex.segment import segment

    pieces, comment = segment(Note(number=1, text=text))
    assert len(pieces) == 1 and comment is None
    c = parse_piece(pieces[0])
    assert (c.work.type, c.work.container, [a.literal for a in c.work.authors], c.work.date) == (
        "webpage", platform, ["Example Foundation"], (2023, 9, 2))


@pytest.mark.parametrize("symbol", ["MSC.1/Circ.1334", "MSC.1/Circ.1405/Rev.2"])
def test_an_imo_circulars_symbol_is_its_number_not_an_outlet(symbol):
    c = full(f"International Example Organization, Example guidance to shipowners, {symbol}, 23 June 2009.")
    assert (c.work.type, c.work.container, c.work.genre) == ("document", None, symbol)


@pytest.mark.parametrize("body", ["X Corp.", "Example Corp.", "Adviesraad Example Vraagstukken", "Stichting Example Vrijwilligers"])
def test_a_company_or_a_dutch_body_as_author_is_no_person(body):
    c = full(f"{body}, Example Transparency Report 2024 (San Francisco: Example, September 2024), 4.")
    assert [a.literal for a in c.work.authors] == [body]


@pytest.mark.parametrize(("outlet", "kind"), [("Lloyd's List", "article-newspaper"), ("RBC", "article-newspaper"),
                                              ("Example Newsroom", "webpage"), ("Example Company Blog", "webpage")])
def test_trade_papers_are_news_and_a_companys_newsroom_is_its_web_page(outlet, kind):
    c = full(f"Jane Roe, 'Example carriers reroute via the Cape', {outlet}, 5 January 2024.")
    assert (c.work.type, c.work.container) == (kind, outlet.replace("'", "’"))


@pytest.mark.parametrize("kind", ["Pressemitteilung", "Briefing Paper Series"])
def test_a_kind_of_document_after_the_body_is_no_place(kind):
    c = full(f'Jane Roe, "Example Findings," Example Research Unit, {kind}, May 2009.')
    assert (c.work.publisher, c.work.place, c.work.genre) == ("Example Research Unit", None, kind)


@pytest.mark.parametrize(("facts", "year"), [
    pytest.param("(Tehran: Example Nashr, 1399 [2020])", 2020, id="solar-hijri-year-then-gregorian-in-brackets"),
    pytest.param("(Beirut: Dar al-Example, 1402 AH/1982)", 1982, id="hijri-year-slash-gregorian"),
])
def test_a_year_of_the_islamic_calendars_beside_the_gregorian_one(facts, year):
    w = full(f"Jane Roe, Kitab al-Example {facts}, 40.").work
    assert (w.type, w.publisher, w.date) == ("book", facts[facts.index(": ") + 2: facts.index(",")], (year,))


def test_editors_of_a_report_whose_title_ends_in_its_year():
    w = full("Jane Roe and Ann Doe, eds., World Example Report 2022 (Geneva: Example Organization, 2021), 98–101.").work
    assert ([e.family for e in w.editors], w.authors, w.title) == (["Roe", "Doe"], (), "World Example Report 2022")


@pytest.mark.parametrize(("text", "kind", "container", "genre"), [
    pytest.param('Example Cyber Centre, "Example campaign exposed," news story, 4 October 2018, https://www.example.gov.uk/news/x',
                 "document", None, "news story", id="a-news-story-of-a-body-is-no-newspaper"),
    pytest.param("ФСБ Примерии, «Пример сообщения», пресс-релиз, 14 января 2022 г.", "document", None, "пресс-релиз",
                 id="a-press-release-in-russian"),
    pytest.param('Jane Roe, "How Example Was Done," *Esquire*, October 20, 2016', "article-magazine", "Esquire", None,
                 id="a-known-magazine"),
    pytest.param('Jane Roe, "Example Diaries, Part I," *Krebs on Security*, March 1, 2022', "webpage", "Krebs on Security", None,
                 id="a-known-blog-without-blog-in-its-name"),
    pytest.param("«Пример заявления», ТАСС, 1 марта 2023 г.", "article-newspaper", "ТАСС", None, id="a-russian-news-agency"),
])
def test_what_stands_where_an_outlet_would(text, kind, container, genre):
    w = full(text).work
    assert (w.type, w.container, w.genre) == (kind, container, genre)


def test_a_bodys_initials_in_cyrillic_then_its_country_are_a_body():
    assert [a.literal for a in full("ФСБ Примерии, «Пример сообщения», пресс-релиз, 14 января 2022 г.").work.authors] == [
        "ФСБ Примерии"]


@pytest.mark.parametrize(("text", "kind", "families", "publisher", "place"), [
    pytest.param('"Remarks by President Examplov on the End of the Example Mission," The White House, August 31, 2021.',
                 "speech", ["Examplov"], "The White House", None, id="remarks-published-by-the-white-house"),
    pytest.param('Jane Roe, "Address to the Nation," The White House, Washington, D.C., May 8, 2018.', "speech", ["Roe"], None,
                 "The White House, Washington, D.C.", id="the-white-house-with-its-town-is-where-it-was-given"),
    pytest.param('"Joint Statement of the Leaders of the Five Example States," The White House, January 3, 2022.', "document",
                 [], "The White House", None, id="a-joint-statement-is-issued"),
    pytest.param('"Remarks by the President at the Example Forum," The White House, May 8, 2018.', "speech", [],
                 "The White House", None, id="the-president-unnamed-is-no-author"),
])
def test_what_a_seat_of_government_publishes(text, kind, families, publisher, place):
    w = full(text).work
    assert (w.type, [a.family for a in w.authors], w.publisher, w.place) == (kind, families, publisher, place)


@pytest.mark.parametrize(("text", "kind", "container", "publisher", "genre"), [
    pytest.param('Jane Roe, "Profile: Example Group," Militia Spotlight, Example Institute for Near East Policy, April 1, 2021.',
                 "webpage", "Militia Spotlight", "Example Institute for Near East Policy", None,
                 id="a-series-on-a-think-tanks-site-and-its-body"),
    pytest.param('Jane Roe, "Networks of Example," Chatham House Research Paper, February 2021.', "report", None, "Chatham House",
                 "Research Paper", id="a-think-tank-named-without-a-body-word-then-its-series"),
])
def test_a_think_tanks_series_and_the_body_that_runs_it(text, kind, container, publisher, genre):
    w = full(text).work
    assert (w.type, w.container, w.publisher, w.genre) == (kind, container, publisher, genre)


def test_bodies_named_in_full_and_listed_with_commas_are_the_authors():
    import citex

    note = ('Example Security Agency, Example Bureau of Investigation, and Example Cyber Security Centre, "#Example: An '
            'Example Group," Cybersecurity Advisory AA23-136A, May 16, 2023.')
    [cited] = citex.extract(f"Notes\n\n1. {note}\n").notes[0].citations
    assert [a.literal for a in cited.work.authors] == [
        "Example Security Agency", "Example Bureau of Investigation", "Example Cyber Security Centre"]
    assert cited.work.title == "#Example: An Example Group"


@pytest.mark.parametrize("number", ["tyaa012", "eadd8080", "e0229876"])
def test_an_article_number_in_place_of_pages_is_its_page(number):
    w = full(f'Jane Roe, "Public Example of Intrusions," *Journal of Examples* 6, no. 1 (2020): {number}.').work
    assert (w.type, w.page) == ("article-journal", number)


def test_a_collaborator_after_with_is_an_author_too():
    w = full("Siegfried S. Roe with Elliot A. Doe, Hinge Examples: An Inside Look (Stanford, CA: Example University Press, "
             "2023), 312.").work
    assert ([(a.family, a.given) for a in w.authors], w.title) == (
        [("Roe", "Siegfried S."), ("Doe", "Elliot A.")], "Hinge Examples: An Inside Look")


def test_two_collaborators_after_a_comma_and_with_are_authors_too():
    w = full("Richard M. Roe Jr., with Jonathan E. Doe and Frances T. Poe, Reflections of an Example Warrior (New Haven, CT: "
             "Example University Press, 1996), 80.").work
    assert ([a.family for a in w.authors], w.title) == (["Roe", "Doe", "Poe"], "Reflections of an Example Warrior")


@pytest.mark.parametrize("body", ["World Weather Attribution", "Action Against Hunger", "Save the Children", "Search for Common Ground"])
def test_bodies_whose_names_read_like_a_persons(body):
    w = full(f'{body}, "Example Drought Report," scientific report, 8 November 2023.').work
    assert [a.literal for a in w.authors] == [body]


def test_a_statement_in_its_parenthetical_is_a_speech_where_it_was_given():
    w = full("Martin Roe, “Briefing to the Example Council on Civilians” (statement, New York, 23 May 2023).").work
    assert (w.type, w.place, w.publisher, w.date) == ("speech", "New York", None, (2023, 5, 23))


@pytest.mark.parametrize(("between", "genre"), [
    pytest.param("WMO-No. 1330", "WMO-No. 1330", id="a-bodys-numbered-publication"),
    pytest.param("SWP-Aktuell 2015/A 98", "SWP-Aktuell 2015/A 98", id="a-series-and-a-slashed-number"),
    pytest.param("NIC-NIE-2021-10030-A", "NIC-NIE-2021-10030-A", id="a-reports-code"),
    pytest.param("6. Aufl", None, id="an-edition-is-no-series"),
])
def test_a_series_number_between_a_reports_title_and_its_facts_is_kept(between, genre):
    w = full(f"Example Meteorological Organization, *State of the Example 2022*, {between} (Geneva: Example Organization, "
             "2023), 18–21.").work
    assert (w.title, w.genre) == ("State of the Example 2022", genre)


@pytest.mark.parametrize("publisher", ["adelphi", "Save the Children", "Human Rights Watch"])
def test_a_book_an_ngo_publishes_itself_is_a_report(publisher):
    w = full(f"Jane Roe and John Doe, *Shoring Up Examples: Climate and Fragility* (Berlin: {publisher}, 2019), 34.").work
    assert (w.type, w.publisher) == ("report", publisher)


def test_a_publisher_with_its_own_brackets_inside_the_publication_facts():
    w = full("Example Department of Defense, *Example Climate Risk Analysis* (Washington, DC: Office of the Example Secretary "
             "for Policy (Strategy, Plans, and Capabilities), October 2021), 5–7.").work
    assert (w.type, w.publisher, w.place, w.date) == (
        "report", "Office of the Example Secretary for Policy (Strategy, Plans, and Capabilities)", "Washington, DC", (2021, 10))


@pytest.mark.parametrize(("where", "place"), [
    pytest.param("Washington, DC", "Washington, DC", id="a-town-and-its-state-abbreviated"),
    pytest.param("Riyadh, Saudi Arabia", "Riyadh, Saudi Arabia", id="a-town-and-its-country"),
])
def test_where_a_speech_was_given_keeps_the_town_and_its_state(where, place):
    w = full(f'Jane Roe, "Remarks before the Example Council," speech, {where}, March 17, 2000.').work
    assert (w.type, w.place) == ("speech", place)


@pytest.mark.parametrize("body", ["Example Senate, Select Committee to Study Governmental Operations with Respect to Example Activities",
                                  "Commission on Example Activities within the United States"])
def test_a_committee_or_commission_with_a_long_name_is_the_author(body):
    w = full(f"{body}, *Report to the Example President* (Washington, DC: Government Printing Office, June 1975), 9–42.").work
    assert ([a.literal for a in w.authors], w.title) == ([body], "Report to the Example President")


@pytest.mark.parametrize("cited", ["Document 290", "doc. 290"])
def test_a_numbered_document_of_a_collection_is_no_page(cited):
    import citex

    note = f"Example Department of State, *Foreign Relations of Examplia, 1952–1954* (Washington, DC: Example Office, 2017), {cited}."
    [c] = citex.extract(f"Notes\n\n1. {note}\n").notes[0].citations
    assert (c.locator, c.label) == ("290", "issue")


@pytest.mark.parametrize(("note", "kind", "author", "title"), [
    pytest.param("Daniel Roe, Understanding Examples. Methods, Tools and Programs for Countering Examples, London/New York: "
                 "Routledge 2017, S. 88–91.", "book", "Roe", "Understanding Examples. Methods, Tools and Programs for Countering "
                 "Examples", id="a-german-book-whose-subtitle-holds-commas"),
    pytest.param("Martin Roe, „Innere Führung“, in: Sven Doe/Paul Poe (Hg.), Handbuch Beispiel, 2., aktual. u. erg. Aufl., "
                 "Wiesbaden 2006, S. 46–57, hier S. 49.", None, "Roe", "Innere Führung",
                 id="abbreviations-of-an-edition-end-no-sentence"),
    pytest.param("Jane Roe, „Beispiel“, in: Süddeutsche Zeitung vom 24.3.2017, S. 3.", "article-newspaper", "Roe", "Beispiel",
                 id="vom-before-a-newspapers-date"),
    pytest.param("Deutscher Bundestag, Bericht des 2. Untersuchungsausschusses, Berlin 2013, S. 832.", None, "Deutscher Bundestag",
                 "Bericht des 2. Untersuchungsausschusses", id="the-bundestag-is-a-body"),
    pytest.param("Helmut Roe, Regierungserklärung, 15. September 1977, *Verhandlungen des Deutschen Bundestages*, "
                 "8. Wahlperiode, 3165–69.", "speech", "Roe", None, id="a-government-statement-to-parliament"),
])
def test_german_notes(note, kind, author, title):
    import citex

    cited = citex.extract(f"Anmerkungen\n\n1 {note}\n").notes[0].citations
    work = cited[0].work
    name = work.authors[0]
    assert len(cited) == 1 and (name.family or name.literal, work.title) == (author, title)
    assert kind is None or work.type == kind
    if "Süddeutsche" in note:
        assert work.container == "Süddeutsche Zeitung"


@pytest.mark.parametrize(("note", "kind", "author", "title", "container", "numbers"), [
    pytest.param("Jane Roe, »Der Beispielvertrag«, in: *Example Rundschau*, 19.3.2016, S. 1.", "article-newspaper", "Roe",
                 "Der Beispielvertrag", "Example Rundschau", (None, None, None), id="inward-guillemets-in-italic-outlet"),
    pytest.param("Jane Roe u.a., »Die Grenze des Beispiels«, in: Example Rundschau, 7.3.2020, S. 84–89.", "article-newspaper",
                 "Roe", "Die Grenze des Beispiels", "Example Rundschau", (None, None, "84-89"), id="u-a-ends-the-authors"),
    pytest.param("Daniel Roe, »The ›Example Crisis‹ as a Challenge of Legal Design«, in: *Example Law Review*, 53 (2016) 6, "
                 "S. 1545–1574.", "article-journal", "Roe", "The ›Example Crisis‹ as a Challenge of Legal Design",
                 "Example Law Review", ("53", "6", "1545-1574"), id="volume-year-issue-in-the-german-order"),
    pytest.param("Marie Roe, « Un exemple de titre », in: *Le Journal d’exemple*, 25.11.2016, S. 3.", "article-newspaper", "Roe",
                 "Un exemple de titre", "Le Journal d’exemple", (None, None, None), id="a-french-title-in-a-german-note"),
])
def test_german_titles_in_guillemets_and_their_periodical(note, kind, author, title, container, numbers):
    import citex

    [cited] = citex.extract(f"Anmerkungen\n\n1 {note}\n").notes[0].citations
    work = cited.work
    assert (work.type, work.authors[0].family, work.title, work.container) == (kind, author, title, container)
    assert (work.volume, work.issue, work.page) == numbers


def test_german_cross_references_to_the_note_of_the_full_citation():
    import citex

    doc = citex.extract(
        "Anmerkungen\n\n1 Jane Roe, *Welche Beispiele brauchen wir? Zwischen Theorie und Praxis*, München: Beispielverlag, 2020, "
        "S. 112–118.\n"
        "2 Anne Doe/Bea Poe/Cora Loe (Hg.), *Beispielprofiteure? Autoritäre Staaten und ihre Beispiele*, Berlin: Example "
        "Stiftung, April 2018 (Example-Studie 3/2018).\n"
        "3 Cora Loe, »Ein Beispiel im Schatten der Transformation«, in: Doe/Poe/Loe (Hg.), *Beispielprofiteure?* [wie Fn. 2], "
        "S. 49–58.\n"
        "4 Vgl. Roe, *Welche Beispiele brauchen wir?* [wie Fn. 1], S. 8; kritisch dazu Doe/Poe/Loe (Hg.), *Beispielprofiteure?* "
        "[wie Fn. 2], S. 5–7.\n"
        "5 Roe, Welche Beispiele brauchen wir? [wie Fn. 1], S. 130.\n")
    [book], [edited], [chapter], pair, [plain] = (n.citations for n in doc.notes)
    assert (book.work.type, book.work.publisher, book.work.place) == ("book", "Beispielverlag", "München")
    assert [e.family for e in edited.work.editors] == ["Doe", "Poe", "Loe"] and edited.work.publisher == "Example Stiftung"
    assert (chapter.work.type, chapter.work.container, [e.family for e in chapter.work.editors]) == (
        "chapter", "Beispielprofiteure?", ["Doe", "Poe", "Loe"])
    assert [(c.kind, c.item, c.locator) for c in pair] == [("short", book.item, "8"), ("short", edited.item, "5-7")]
    assert (plain.kind, plain.item, plain.locator) == ("short", book.item, "130")


def test_a_german_chapters_book_title_of_two_sentences_and_its_town_abbreviated():
    import citex

    note = ("Jane Roe, „Geschichte des Beispiels“, in: Anna T. Doe/Paul Poe (Hrsg.), Beispiele. Auf der Suche nach dem wahren "
            "Beispiel, Freiburg i. Br.: Beispielverlag 2014, S. 411–441.")
    [cited] = citex.extract(f"Anmerkungen\n\n1 {note}\n").notes[0].citations
    work = cited.work
    assert (work.type, work.container, work.place, work.publisher, work.page) == (
        "chapter", "Beispiele. Auf der Suche nach dem wahren Beispiel", "Freiburg i. Br.", "Beispielverlag", "411-441")


def test_german_authors_parted_by_slashes_in_full_and_short_forms():
    import citex

    doc = citex.extract(
        "Anmerkungen\n\n1 Jane Roe/Jan Doe/Eva Poe, „Das Beispielnetzwerk“, in: taz, 16.11.2018, S. 3.\n"
        "2 Ann Loe/Kai Moe, Ist die Mitte ein Beispiel?, Sankt Augustin: Example-Stiftung 2015.\n"
        "3 Loe/Moe (Anm. 2), S. 4.\n")
    [news], [book], [back] = (n.citations for n in doc.notes)
    assert ([a.family for a in news.work.authors], news.work.container) == (["Roe", "Doe", "Poe"], "taz")
    assert [a.family for a in book.work.authors] == ["Loe", "Moe"]
    assert (back.kind, back.item, back.locator) == ("short", book.item, "4")


def test_a_german_law_with_its_gazette_is_kept():
    import citex

    note = "Gesetz zur Verbesserung der Beispiele in sozialen Netzwerken (Beispielgesetz – BspG) vom 1. September 2017, BGBl. I S. 3352."
    [cited] = citex.extract(f"Anmerkungen\n\n1 {note}\n").notes[0].citations
    assert cited.kind == "full" and cited.work.title.startswith("Gesetz zur Verbesserung der Beispiele")


def test_german_back_references_access_dates_and_conversations():
    import citex

    doc = citex.extract(
        "Anmerkungen\n\n1 Jane Roe, Soldat für das Beispiel, München: Beispielverlag 1969, S. 130; ders., Radicalized. New "
        "Examples and the Threat to the West, London: Example Press 2016.\n2 Roe, Soldat für das Beispiel (Anm. 1), S. 205.\n"
        "3 Florian Doe, „Wie der Staat Beispiel verlor“, in: Die Welt, 30.3.2017, https://www.welt.de/x.html (letzter Zugriff: "
        "15.8.2023).\n4 Gespräch der Autorin mit einem Beamten des Beispielamts, Erfurt, 20.4.2023.\n"
        "5 Interview des Verfassers mit einem Kompaniechef, Calw, 14. März 2022.\n")
    first, second = doc.notes[0].citations
    assert [a.family for a in second.work.authors] == ["Roe"]
    assert second.work.title == "Radicalized. New Examples and the Threat to the West"
    back = doc.notes[1].citations[0]
    assert (back.kind, back.item, back.locator) == ("short", first.item, "205")
    news = doc.notes[2].citations[0].work
    assert (news.type, news.date, news.accessed) == ("article-newspaper", (2017, 3, 30), (2023, 8, 15))
    heard = [n.citations[0].work for n in doc.notes[3:]]
    assert [(w.type, w.authors[0].literal) for w in heard] == [
        ("interview", "einem Beamten des Beispielamts"), ("interview", "einem Kompaniechef")]


@pytest.mark.parametrize(("note", "authors", "title", "publisher", "place", "locator"), [
    pytest.param("F. Roe, Storia della camorra, Laterza, Roma-Bari 2010, pp. 3-25.", ["Roe"], "Storia della camorra", "Laterza",
                 "Roma-Bari", "3-25", id="publisher-then-town-and-year"),
    pytest.param("L. Roe, Fratelli di esempio. Cosa Nostra e altri, il Mulino, Bologna 2000, pp. 45-67.", ["Roe"],
                 "Fratelli di esempio. Cosa Nostra e altri", "il Mulino", "Bologna", "45-67",
                 id="a-subtitle-and-a-publisher-in-lower-case"),
    pytest.param("N. Roe, A. Doe, Fratelli di sangue, Pellegrini, Cosenza 2006.", ["Roe", "Doe"], "Fratelli di sangue",
                 "Pellegrini", "Cosenza", None, id="two-authors-by-initials"),
])
def test_a_book_cited_in_the_italian_order(note, authors, title, publisher, place, locator):
    import citex

    [cited] = citex.extract(f"Note\n\n1 {note}\n").notes[0].citations
    w = cited.work
    assert (w.type, [a.family for a in w.authors], w.title, w.publisher, w.place, cited.locator) == (
        "book", authors, title, publisher, place, locator)


def test_a_month_and_year_after_an_outlet_is_no_town_of_publication():
    w = full("Jane Roe, Example headline, Reuters, March 2010.").work
    assert (w.type, w.container, w.date) == ("article-newspaper", "Reuters", (2010, 3))


@pytest.mark.parametrize(("note", "kind", "publisher"), [
    pytest.param("Corte cost., sent. 4 dicembre 2019, n. 253.", "full", "Corte cost.", id="the-constitutional-court-abbreviated"),
    pytest.param("Cass. pen., Sez. I, 30 gennaio 1992, n. 80, Esempio e altri.", "full", "Cass. pen., Sez. I",
                 id="the-court-of-cassation-and-its-section"),
    pytest.param("Trib. Milano, Sez. GIP, ord. 5 luglio 2010, proc. n. 43733/06 R.G.N.R., pp. 12-15.", "full",
                 "Trib. Milano, Sez. GIP", id="a-tribunal-abbreviated-and-its-order"),
])
def test_italian_courts_as_italian_notes_abbreviate_them(note, kind, publisher):
    import citex

    [cited] = citex.extract(f"Note\n\n1 {note}\n").notes[0].citations
    assert (cited.kind, cited.work.publisher) == (kind, publisher)


def test_an_italian_conversation_and_ivi_with_lettered_pages():
    import citex

    doc = citex.extract("Note\n\n1 Colloquio dell'autrice con un'attivista di Esempio, Palermo, 9 maggio 2018.\n"
                        "2 Ivi, pp. F210-F212.\n3 Legge 13 settembre 1982, n. 646.\n")
    heard, again, law = (n.citations[0] for n in doc.notes)
    assert (heard.work.type, heard.work.place) == ("interview", "Palermo")
    assert (again.kind, again.item, again.locator) == ("ibid", heard.item, "F210-F212")
    assert law.kind == "full" and law.work.title.startswith("Legge 13 settembre 1982")


def test_an_archive_named_before_the_places_in_it():
    w = full('Memorandum of Conversation, "Example Oil Situation," October 9, 1952, National Archives and Records '
             'Administration (NARA), RG 59, Central Decimal File 1950–54, 888.2553/10-952, box 5510.').work
    assert (w.type, w.title, w.genre, w.date) == ("document", "Example Oil Situation", "Memorandum of Conversation", (1952, 10, 9))
    assert (w.archive, w.archive_location) == (
        "National Archives and Records Administration (NARA)", "RG 59, Central Decimal File 1950–54, 888.2553/10-952, box 5510")


def test_a_crest_documents_number_is_its_number_not_an_outlet():
    w = full('"Memorandum of Example Meeting, October 4, 1962," CIA-RDP80B01676R001700180033-1, CIA CREST, '
             'https://www.example.gov/readingroom/docs/x.pdf.').work
    assert (w.type, w.container, w.genre) == ("report", None, "CIA-RDP80B01676R001700180033-1")


def test_twelve_authors_before_a_chapter_title_are_all_kept():
    names = ["Cheikh Exampleton", "Cynthia Rosexample", "Luis G. Barexample", "Tim G. Benexample", "Mario Herexample",
             "Murukesan Krishexample", "Emma Livexample", "Prajal Pradexample", "Marta G. Rivera-Example", "Tek Sapexample",
             "Francesco N. Tubexample"]
    w = full(f"{', '.join(names)} and Yinlong Mm, “Food Example,” in *Climate Change and Examples*, ed. P. R. Roe et al. "
             "(Geneva: Example Panel, 2019), 437–550.").work
    assert [a.family for a in w.authors] == [n.split()[-1] for n in names] + ["Mm"]


def test_a_treaty_case_and_homily_in_italian_are_cited_not_commentary():
    import citex

    doc = citex.extract(
        "Note\n\n1 Memorandum d'intesa sulla cooperazione nel campo dello sviluppo tra lo Stato di Esempio e la Repubblica "
        "Italiana, Roma, 2 febbraio 2017.\n2 Ibid., art. 1(c).\n3 Esempio e altri c. Italia, ricorso n. 27765/09, sentenza "
        "della Grande Camera del 23 febbraio 2012.\n4 Papa Francesco, Omelia, Lampedusa, 8 luglio 2013.\n")
    treaty, again, case, homily = (n.citations[0] for n in doc.notes)
    assert (treaty.kind, treaty.work.place, treaty.work.date) == ("full", "Roma", (2017, 2, 2))
    assert (again.kind, again.item) == ("ibid", treaty.item)
    assert (case.work.title, case.work.date) == ("Esempio e altri c. Italia", (2012, 2, 23))
    assert (homily.work.type, homily.work.genre, homily.work.date) == ("speech", "Omelia", (2013, 7, 8))


@pytest.mark.parametrize(("between", "title", "genre"), [
    pytest.param("Adelphi 418–419", "No Exit: Example Weapons and Security", "Adelphi 418–419", id="a-series-and-its-numbers"),
    pytest.param("Report by the Director General, GOV/2023/39-GC(67)/22", "No Exit: Example Weapons and Security",
                 "Report by the Director General, GOV/2023/39-GC(67)/22", id="a-kind-of-report-and-its-symbol"),
    pytest.param("1816-1885", "No Exit: Example Weapons and Security, 1816-1885", None, id="the-years-a-title-covers-stay"),
    pytest.param("3. Aufl.", "No Exit: Example Weapons and Security", None, id="an-edition-is-no-series"),
])
def test_a_series_number_closing_an_unmarked_title(between, title, genre):
    w = full(f"Jane Roe, No Exit: Example Weapons and Security, {between} (London: Example Press, 2011), 97.").work
    assert (w.title, w.genre) == (title, genre)


def test_a_series_numbered_with_no_after_a_quoted_title_is_no_outlet_and_page():
    import citex

    note = ('Jane Roe and John Doe, eds., "Example Documents," National Security Archive Electronic Briefing Book No. 4, '
            "https://nsarchive.example.edu/NSAEBB/NSAEBB4/.")
    [cited] = citex.extract(f"Notes\n\n1. {note}\n").notes[0].citations
    assert (cited.locator, cited.work.container, cited.work.genre) == (
        None, None, "National Security Archive Electronic Briefing Book No. 4")


@pytest.mark.parametrize(("note", "title", "genre", "gazette"), [
    pytest.param('Decreto Legislativo N.° 741, "Reconocen a los Comités de Ejemplo como organizaciones," El Peruano, November 12, '
                 "1991.", "Reconocen a los Comités de Ejemplo como organizaciones", "Decreto Legislativo N.° 741", "El Peruano",
                 id="a-decree-its-quoted-name-and-its-gazette"),
    pytest.param('Decreto Supremo N.° 077-92-DE, "Reglamento de Organización de los Comités de Ejemplo," November 1992.',
                 "Reglamento de Organización de los Comités de Ejemplo", "Decreto Supremo N.° 077-92-DE", None,
                 id="a-decree-and-its-quoted-name-dated"),
])
def test_a_decrees_number_then_its_quoted_name(note, title, genre, gazette):
    # the official gazette it appeared in is its container, whether printed in italics or not
    w = full(note).work
    assert (w.type, w.title, w.genre, w.container, w.publisher) == ("document", title, genre, gazette, None)


@pytest.mark.parametrize(("names", "families"), [
    pytest.param("Willow Roe, Justin Doe, Raga Poe and Alex de Example", ["Roe", "Doe", "Poe", "de Example"],
                 id="four-names-no-serial-comma-a-particle-in-the-last"),
    pytest.param("Jérôme Roe, Clotilde Doe and Gaffar Mohammud Poe", ["Roe", "Doe", "Poe"], id="three-names-no-serial-comma"),
])
def test_names_joined_without_a_serial_comma_before_a_plain_title(names, families):
    w = full(f"{names}, Example Unfinished Democracy: The Promise of a Revolution (London: Example Press, 2022), pp. 201-219.").work
    assert ([a.family for a in w.authors], w.title) == (families, "Example Unfinished Democracy: The Promise of a Revolution")


def test_ibid_with_a_remark_constitutions_and_joined_cases():
    import citex

    doc = citex.extract(
        "Notes\n\n1. Jane Roe, Example Book (London: Example Press, 2001), 4.\n"
        "2. Ibid., citing the indictment (ordonnance de mise en accusation), p. 412.\n3. Ibid., quoting an example report.\n"
        "4. Constitución Política del Ejemplo (1993), artículo 149.\n"
        "5. Joined Cases C-715/17, C-718/17 and C-719/17, Commission v Examplia, ECLI:EU:C:2020:257, judgment of 2 April 2020.\n"
        '6. Iván Roe, video statement announcing the "Segunda Ejemplo," August 29, 2019.\n'
        "7. Examplia v Otherland was argued in 2014.\n")
    book = doc.notes[0].citations[0].item
    assert [(c.kind, c.item, c.locator) for n in doc.notes[1:3] for c in n.citations] == [
        ("ibid", book, "412"), ("ibid", book, None)]
    charter = doc.notes[3].citations[0]
    assert (charter.work.title, charter.work.date, charter.locator) == ("Constitución Política del Ejemplo", (1993,), "149")
    case = doc.notes[4].citations[0].work
    assert (case.title, case.genre, case.date) == ("Commission v Examplia", "Case C-715/17, C-718/17 and C-719/17", (2020, 4, 2))
    said = doc.notes[5].citations[0].work
    assert (said.type, said.genre) == ("speech", "Video statement announcing the “Segunda Ejemplo”")
    assert doc.notes[6].citations == ()  # a sentence about a case cites nothing


def test_peru_and_colombia_notes_series_commissions_short_bodies_and_determinations():
    import citex

    doc = citex.extract(
        "Notes\n\n1. Martin Roe, Lifting the Ban on Example Chewing, Series on Legislative Reform of Drug Policies No. 11 "
        "(Amsterdam: Example Institute, March 2011).\n"
        "2. Comisión para el Esclarecimiento de la Verdad, la Convivencia y la No Repetición, Hay futuro si hay ejemplo: Informe "
        "final (Bogotá: Comisión de la Verdad, 2022).\n"
        "3. International Crisis Group, Example Armed Groups Battle for the Spoils of Peace, Latin America Report N°63, "
        "October 19, 2017.\n4. Crisis Group, Example Armed Groups Battle, p. 7.\n"
        '5. The White House, "Presidential Determination on Example Transit Countries," Presidential Determination No. '
        "2008-28, September 15, 2008.\n"
        "6. Personal interview, Example Army officer (name withheld), Pichari military base, May 18, 2013.\n")
    series, commission, report, short, determination, heard = (n.citations[0] for n in doc.notes)
    assert (series.work.title, series.work.genre) == ("Lifting the Ban on Example Chewing",
                                                      "Series on Legislative Reform of Drug Policies No. 11")
    assert ([a.literal for a in commission.work.authors], commission.work.title) == (
        ["Comisión para el Esclarecimiento de la Verdad, la Convivencia y la No Repetición"],
        "Hay futuro si hay ejemplo: Informe final")
    assert (short.kind, short.item) == ("short", report.item)
    assert (determination.work.type, determination.work.container) == ("document", None)
    assert (heard.work.authors[0].literal, heard.work.place) == ("Example Army officer (name withheld)", "Pichari military base")


def test_company_and_team_names_and_a_post_on_a_named_channel():
    import citex

    doc = citex.extract(
        "Notes\n\n1. Example Public Policy, “Combating Example Extremism,” Example Blog, 5 February 2016.\n"
        "2. Gab AI, Inc., Form 1-K Annual Report for the Fiscal Year Ended December 31, 2018 (filed with the U.S. Securities "
        "and Exchange Commission, April 30, 2019), 14, https://www.sec.gov/Archives/edgar/data/1/x.htm.\n"
        "3. Martin Roe, post on Telegram channel “Martin Roe,” 19 July 2019, https://t.me/martinroe/1527 (accessed 3 August 2019).\n"
        "4. Examplegram Collective, Telegram post, 12 May 2021, https://t.me/example/123.\n")
    team, company, post, collective = (n.citations[0].work for n in doc.notes)
    assert [a.literal for a in team.authors] == ["Example Public Policy"]
    assert ([a.literal for a in company.authors], company.title) == (
        ["Gab AI, Inc."], "Form 1-K Annual Report for the Fiscal Year Ended December 31, 2018")
    assert (post.type, post.container, post.url, post.date) == ("webpage", "Telegram", "https://t.me/martinroe/1527", (2019, 7, 19))
    assert ([a.literal for a in collective.authors], collective.url) == (["Examplegram Collective"], "https://t.me/example/123")


def test_titles_speeches_and_names_from_journal_pages():
    import citex

    doc = citex.extract(
        "Notes\n\n1. Haroro J. Roe, “An Analysis of Example State’s *Dabiq* Magazine,” *Example Journal of Politics* 51, no. 3 "
        "(2016): 458–77.\n"
        "2. Abu Muhammad al-Example, “Indeed Your Lord Is Ever Watchful” (audio speech, al-Example Media Foundation, "
        "22 September 2014).\n"
        "3. Interview by the authors with a former moderator of an example channel (anonymised), via Signal, 7 June 2021.\n"
        "4. Ari Ben Example and Gabriel Roe, “Fabricated Examples,” *Perspectives on Examples* 14, no. 5 (2020): 130–47.\n"
        "5. Beatrice de Example, Evaluating Counterterrorism Performance: A Comparative Study (London: Example Press, 2011), 45.\n"
        "6. Jakob Roe and Jacob Doe, A Safe Space to Example (London: ISD, 2020), 4.\n")
    article, speech, heard, names, particle, report = (n.citations[0].work for n in doc.notes)
    assert article.title == "An Analysis of Example State’s Dabiq Magazine"
    assert (speech.type, speech.publisher, speech.place) == ("speech", "al-Example Media Foundation", None)
    assert (heard.place, heard.medium) == (None, "Signal")
    assert (names.authors[0].family, names.authors[0].given) == ("Ben Example", "Ari")
    assert particle.language == "en"
    assert report.type == "report"


def test_russian_back_references_and_page_labels():
    import citex

    doc = citex.extract("Notes\n\n1. D. V. Roe, *Novyi balans primerov* (Moscow: Primer, 2021), 45.\n2. Там же. С. 118.\n"
                        "3. Там же.\n4. Roe, Указ. соч. С. 140.\n5. Ibid. P. 80.\n")
    first = doc.notes[0].citations[0].item
    got = [(n.citations[0].kind, n.citations[0].item, n.citations[0].locator) for n in doc.notes[1:]]
    assert got == [("ibid", first, "118"), ("ibid", first, None), ("short", first, "140"), ("ibid", first, "80")]
    assert all(not n.commentary for n in doc.notes)


def test_a_russian_date_of_reading_is_when_it_was_read_not_when_it_appeared():
    import citex

    (note,) = citex.extract("Notes\n\n1. “Primer vyshel,” *RIA Novosti*, December 18, 2021, https://ria.ru/x "
                            "(дата обращения: 20.12.2021).\n").notes
    w = note.citations[0].work
    assert (w.date, w.accessed, w.place) == ((2021, 12, 18), (2021, 12, 20), None)


@pytest.mark.parametrize("note", [
    "None of the officials interviewed by the author believed the two factions would reunite.",
    "Officials interviewed by the author in Bamako said the same.",
    "Several officials interviewed by the author in March 2012 said the group had split.",
])
def test_what_people_interviewed_said_in_prose_is_commentary_not_an_interview(note):
    import citex

    (n,) = citex.extract(f"Notes\n\n1. {note}\n").notes
    assert not n.citations and n.commentary


@pytest.mark.parametrize("label", ["Available at:", "Available from:", "Source:"])
def test_the_words_before_a_lone_address_are_no_title(label):
    import json

    import citex

    doc = citex.extract(f"Notes\n\n1. {label} https://www.congress.gov/bill/118th-congress/house-bill/2670\n")
    (item,) = json.loads(citex.dumps(doc, "csl-json"))
    assert ("title" in item, item["URL"]) == (False, "https://www.congress.gov/bill/118th-congress/house-bill/2670")


@pytest.mark.parametrize(("note", "family", "place"), [
    pytest.param("Author's interview with LTC Ramon E. Roe, commander, 1st Squadron, 2d Stryker Cavalry Regiment, Camp Taji, "
                 "Iraq, 3 May 2007.", "Roe", "Camp Taji, Iraq", id="rank-office-and-unit-before-the-place"),
    pytest.param("Telephone interview by author with SFC James Roe, platoon sergeant, 23 June 2008.", "Roe", None,
                 id="an-office-in-lower-case-is-no-place"),
    pytest.param("Interview with LTC Thomas Roe, executive officer, Baghdad, Iraq, 4 May 2007.", "Roe", "Baghdad, Iraq",
                 id="an-abbreviated-rank-is-no-name"),
])
def test_interviews_with_officers_by_rank_office_and_unit(note, family, place):
    import citex

    (n,) = citex.extract(f"Notes\n\n1. {note}\n").notes
    w = n.citations[0].work
    assert (w.type, [a.family for a in w.authors], w.place) == ("interview", [family], place)


@pytest.mark.parametrize(("note", "family"), [
    pytest.param("Sayyid Imam al-Roe (Dr Example), “Tarshid al-amal al-jihadi” [Rationalising Example Action], *al-Masri "
                 "al-Yawm*, 18 November 2007.", "al-Roe", id="an-alias-before-a-quoted-title"),
    pytest.param("Abu Musab al-Roe (Mustafa Example Nasar), *The Global Example Call* (n.p., 2004), 45.", "al-Roe",
                 id="a-birth-name-before-an-italic-title"),
])
def test_the_name_a_writer_goes_by_in_brackets_does_not_lose_the_author(note, family):
    import citex

    (n,) = citex.extract(f"Notes\n\n1. {note}\n").notes
    (c,) = n.citations
    assert [a.family for a in c.work.authors] == [family] and not n.commentary


@pytest.mark.parametrize(("note", "person", "body"), [
    pytest.param("Yahya Abu al-Roe, interview with Example Information Agency (EIA), January 2013.", "Yahya Abu al-Roe",
                 "Example Information Agency", id="an-agency-with-its-initials"),
    pytest.param("Yuriy Roe, interview with Radio Example, March 25, 2024, https://www.example.org/a/32876512.html.",
                 "Roe", "Radio Example", id="a-radio-with-an-address"),
])
def test_an_interview_given_to_a_body_keeps_the_person_heard(note, person, body):
    import citex

    (n,) = citex.extract(f"Notes\n\n1. {note}\n").notes
    w = n.citations[0].work
    assert w.type == "interview" and person in [a.literal or a.family for a in w.authors]
    assert body in [a.literal for a in w.interviewer]


@pytest.mark.parametrize(("note", "outlet"), [
    ("“Example Arraigned,” Vanguard [Lagos], December 13, 2011.", "Vanguard"),
    ("“How Example Funds Its Operations,” Daily Example [Abuja], February 23, 2013.", "Daily Example"),
])
def test_a_papers_town_in_square_brackets_is_no_part_of_its_name(note, outlet):
    import citex

    (n,) = citex.extract(f"Notes\n\n1. {note}\n").notes
    assert n.citations[0].work.container == outlet


@pytest.mark.parametrize("title", ["Nationwide Broadcast on the Declaration of a State of Emergency", "Inaugural Address"])
def test_a_head_of_states_address_named_by_its_occasion_is_a_speech(title):
    import citex

    (n,) = citex.extract(f"Notes\n\n1. Goodluck Ebele Roe, “{title},” Abuja, December 31, 2011.\n").notes
    w = n.citations[0].work
    assert (w.type, w.title, w.date) == ("speech", title, (2011, 12, 31))


def test_where_the_person_heard_works_is_not_where_the_interview_took_place():
    import citex

    (n,) = citex.extract("Notes\n\n1. Personal interview, Yvan Roe, lecturer, University of Example, by telephone, "
                         "February 2013.\n").notes
    w = n.citations[0].work
    assert (w.type, w.place, w.medium) == ("interview", None, "telephone")


@pytest.mark.parametrize(("name", "body"), [
    ("Deutsche Bundesbank", True), ("Bundesamt für Verfassungsschutz", True), ("Konrad-Example-Stiftung", True),
    ("Jane Freitag", False), ("Hans Bundesmann", False),
])
def test_german_bodies_named_without_an_english_body_word(name, body):
    from citex.parse.names import parse_names

    assert (parse_names(name)[0].literal == name) is body


def test_a_german_central_bank_is_the_author_of_its_report_not_a_person():
    import citex

    (n,) = citex.extract("Notes\n\n1. Deutsche Bundesbank, “The Impact of Example Sanctions,” Monthly Report, July 2023, "
                         "45–60.\n").notes
    assert [(a.literal, a.family) for a in n.citations[0].work.authors] == [("Deutsche Bundesbank", None)]


@pytest.mark.parametrize(("name", "family", "given"), [
    ("Ruadhán Mac Example", "Mac Example", "Ruadhán"), ("Seán Mac Stíofáin", "Mac Stíofáin", "Seán"),
    ("Mac Thornberry", "Thornberry", "Mac"),
])
def test_irish_mac_belongs_to_the_family_name(name, family, given):
    from citex.parse.names import parse_names

    (n,) = parse_names(name)
    assert (n.family, n.given) == (family, given)


@pytest.mark.parametrize(("title", "lang"), [
    ("Somalia’s al-Shabab Join al-Qaeda", "en"), ("Iraq’s al-Anbar and al-Example", "en"), ("Ra’s al-Ayn wa-l-Hasaka", "ar"),
])
def test_an_english_possessive_tells_an_english_headline_naming_arabic_groups(title, lang):
    from citex.parse import language

    assert language.detect(title, title) == lang


def test_a_link_named_by_its_outlet_or_body_is_no_title():
    import citex

    doc = citex.extract("Text.[^1] More.[^2] And.[^3]\n\n[^1]: [AP](https://apnews.com/article/example-summit-4b1f0e2d9c)\n"
                        "[^2]: [Reuters](https://www.reuters.com/world/americas/example-story-2025-02-27/), February 27, 2025.\n"
                        "[^3]: [Treasury](https://ofac.treasury.gov/recent-actions/20241017)\n")
    works = [n.citations[0].work for n in doc.notes]
    assert [(w.type, w.title, w.container, w.publisher) for w in works] == [
        ("article-newspaper", None, "Associated Press", None), ("article-newspaper", None, "Reuters", None),
        ("webpage", None, None, "Treasury")]
    assert works[1].date == (2025, 2, 27) and works[2].url == "https://ofac.treasury.gov/recent-actions/20241017"


@pytest.mark.parametrize("note", [
    'By "precursors" I mean the immediate chemical inputs; "pre-precursors" sit one step further back.',
    "Throughout, I use “junta” for the military governments in Bamako, Ouagadougou and Niamey.",
    'In "Los Examples" I include Ovidio and Joaquín, though both are now in custody.',
])
def test_the_author_saying_how_a_word_is_used_is_commentary(note):
    import citex

    (n,) = citex.extract(f"Notes\n\n1. {note}\n").notes
    assert not n.citations and n.commentary


def test_an_author_attributed_in_square_brackets_is_the_author():
    import citex

    (n,) = citex.extract("Notes\n\n1. [J. E. Roe], Notes and Observations on the Example Papers (London, 1820), pp. 45–8.\n").notes
    w = n.citations[0].work
    assert ([a.family for a in w.authors], w.title) == (["Roe"], "Notes and Observations on the Example Papers")


@pytest.mark.parametrize(("note", "volume", "date", "columns"), [
    ("Hansard, 3rd ser., cclxxviii, cols 1–20 (9 Apr. 1883).", "cclxxviii", (1883, 4, 9), "1-20"),
    ("Parl. Deb., 5th ser., vol. 130, col. 1250 (22 June 1920).", "130", (1920, 6, 22), "1250"),
])
def test_parliamentary_debates_as_british_books_cite_them(note, volume, date, columns):
    import citex

    (n,) = citex.extract(f"Notes\n\n1. {note}\n").notes
    (c,) = n.citations
    assert (c.work.volume, c.work.date, c.locator) == (volume, date, columns)


@pytest.mark.parametrize(("note", "locator", "label"), [
    ("Ibid., minute by Roe, 18 Mar. 1883.", None, None), ("Ibid., 20 Mar. 1922.", None, None),
    ("Ibid., fo. 130, Roe to Doe, 17 Aug. 1819.", "130", "folio"),
    # a later order in the same case, and its paragraph
    ("Ibid., Order of 28 March 2024, para. 51.", "51", "paragraph"),
])
def test_ibid_with_another_documents_day_is_ibid_and_the_day_no_page(note, locator, label):
    import citex

    doc = citex.extract(f"Notes\n\n1. TNA, HO 144/133/A34848, Roe to Doe, 17 Mar. 1883.\n2. {note}\n")
    (c,) = doc.notes[1].citations
    assert (c.kind, c.item, c.locator, c.label) == ("ibid", doc.notes[0].citations[0].item, locator, label)


@pytest.mark.parametrize(("note", "family", "date"), [
    ("Ismael Roe García, statement released by his attorney, August 10, 2024.", "Roe García", (2024, 8, 10)),
    ("Claudia Roe Pardo, conferencia de prensa matutina, Palacio Nacional, Ciudad de México, 20 de febrero de 2025.",
     "Roe Pardo", (2025, 2, 20)),
])
def test_a_statement_released_for_someone_and_a_morning_press_conference_are_speeches(note, family, date):
    import citex

    (n,) = citex.extract(f"Notes\n\n1. {note}\n").notes
    w = n.citations[0].work
    assert (w.type, [a.family for a in w.authors], w.date) == ("speech", [family], date)


@pytest.mark.parametrize(("note", "publisher", "place"), [
    ("Jane Roe, televised remarks on the Example News telethon, March 2, 2024, https://www.example.ua/news/3834512.html",
     None, None),
    ("John Doe, press briefing, The White House, Washington, DC, January 29, 2024, https://www.example.gov/briefing/x/",
     "The White House", "Washington, DC"),
])
def test_an_untitled_speech_keeps_its_address_and_who_held_it_apart_from_where(note, publisher, place):
    import citex

    (n,) = citex.extract(f"Notes\n\n1. {note}\n").notes
    w = n.citations[0].work
    assert (w.type, w.url, w.publisher, w.place) == ("speech", note.rsplit(", ", 1)[1], publisher, place)


@pytest.mark.parametrize(("agent", "place", "genre"), [
    ("his attorney, Frank Doe", None, "Statement released by his attorney, Frank Doe"),
    ("his office, Mexico City", "Mexico City", "Statement released by his office"),
])
def test_who_released_a_statement_for_the_speaker_is_no_place(agent, place, genre):
    import citex

    (n,) = citex.extract(f"Notes\n\n1. Ismael Roe García, statement released by {agent}, August 10, 2024.\n").notes
    w = n.citations[0].work
    assert (w.type, w.place, w.genre) == ("speech", place, genre)


@pytest.mark.parametrize(("title", "lang"), [
    ("Example Cartel Leaders Ismael ‘El Mayo’ Roe García and Joaquín Doe López Arrested in El Paso, Texas", "en"),
    ("Between Memory and History: Les Lieux de Mémoire", "en"),
    ("La violencia en el Perú: análisis de las cifras", "es"),
    ("Las Políticas de Seguridad en México y el Narcotráfico", "es"),
])
def test_accents_and_articles_in_names_do_not_make_an_english_title_spanish(title, lang):
    from citex.parse import language

    assert language.detect(title, title) == lang


def test_a_commission_named_upon_its_subject_is_the_author_of_its_report():
    import citex

    (n,) = citex.extract("Notes\n\n1. National Commission on Example Attacks upon the United States, The Example Commission "
                         "Report (New York: W. W. Norton, 2004), 55–56.\n").notes
    w = n.citations[0].work
    assert [a.literal for a in w.authors] == ["National Commission on Example Attacks upon the United States"]
    assert (w.title, w.genre) == ("The Example Commission Report", None)


def test_a_body_s_document_closed_by_its_slashed_number_is_read():
    import citex

    (n,) = citex.extract("Notes\n\n1. Example Health Organization, Transmission of Example Virus: Implications for Prevention, "
                         "Scientific Brief, 9 July 2020, EHO/2019-nCoV/Sci_Brief/Transmission_modes/2020.3.\n").notes
    (c,) = n.citations
    assert ([a.literal for a in c.work.authors], c.work.date) == (["Example Health Organization"], (2020, 7, 9))
    assert c.work.title == "Transmission of Example Virus: Implications for Prevention" and n.commentary is None


@pytest.mark.parametrize("programme", ["Example the Press", "*Example the Nation*"])
def test_an_interview_given_on_a_programme(programme):
    import citex

    (n,) = citex.extract(f"Notes\n\n1. Frank Roe, interview on {programme}, NBC, August 17, 1975.\n").notes
    w = n.citations[0].work
    assert (w.type, w.authors[0].family, w.container, w.publisher, w.date) == (
        "interview", "Roe", programme.strip("*"), "NBC", (1975, 8, 17))


@pytest.mark.parametrize(("note", "family", "given", "place"), [
    ("Interview with Dmitri Example, Washington, DC, November 2, 2022.", "Example", "Dmitri", "Washington, DC"),
    ("Interview with Nnamdi Okafor, Lagos, June 6, 2022.", "Okafor", "Nnamdi", "Lagos"),
    ("Interview by the author with Ali Akbar Example, then head of the Example Energy Organization, Tehran, November 2, 2016.",
     "Example", "Ali Akbar", "Tehran"),
])
def test_a_person_interviewed_whose_given_name_is_unknown_is_a_name_not_a_place(note, family, given, place):
    # two or three capitalised words that name no known place or body are a person; an office held then is no place
    c = full(note)
    assert c.work.type == "interview"
    assert [(a.family, a.given) for a in c.work.authors] == [(family, given)] and c.work.place == place


def test_a_description_interviewed_stays_as_printed_and_a_town_of_two_words_is_a_place():
    described = full("Interview with a former official, Washington, DC, July 1, 2022.")
    assert ([a.literal for a in described.work.authors], described.work.place) == (["a former official"], "Washington, DC")
    town = full("Author interview, Puerto Asís, Putumayo, March 3, 2019.")
    assert (town.work.authors, town.work.place) == ((), "Puerto Asís, Putumayo")


@pytest.mark.parametrize("paren", ["presentation, Black Hat USA, Las Vegas, July 26, 2017",
                                   "talk, Black Hat USA, Las Vegas, July 26, 2017",
                                   "keynote, Example Summit, Las Vegas, July 26, 2017"])
def test_a_conference_talk_is_a_speech_at_its_event_in_its_town(paren):
    c = full(f'Jane Roe and John Doe, "Industroyer: An Example Threat to Control Systems" ({paren}).')
    assert (c.work.type, c.work.event_title, c.work.place, c.work.publisher, c.work.date) == \
        ("speech", paren.split(", ")[1], "Las Vegas", None, (2017, 7, 26))


@pytest.mark.parametrize(("names", "bodies"), [
    ("Cybersecurity and Example Security Agency and Federal Bureau of Example",
     ["Cybersecurity and Example Security Agency", "Federal Bureau of Example"]),
    ("Cross Cultural Foundation, Example Jai Group and Patani Human Rights Organization Network",
     ["Cross Cultural Foundation", "Example Jai Group", "Patani Human Rights Organization Network"]),
    ("Organization for Security and Co-operation in Europe", ["Organization for Security and Co-operation in Europe"]),
])
def test_bodies_joined_by_and_are_each_an_author_where_a_name_holds_and_too(names, bodies):
    from citex.parse.names import parse_names

    assert [n.literal for n in parse_names(names)] == bodies


def test_a_body_named_with_the_kind_of_paper_it_issued_is_the_publisher_and_the_kind_the_genre():
    c = full('Jane Roe, "Win32/Example: A New Threat for Control Systems," ESET white paper, June 12, 2017, '
             "https://www.example.com/wp-content/uploads/2017/06/Example.pdf.")
    assert (c.work.type, c.work.publisher, c.work.genre) == ("report", "ESET", "White paper")


@pytest.mark.parametrize("site", ["National Vulnerability Database", "Security Update Guide", "Example Conflict Tracker"])
def test_an_entry_of_a_database_or_reference_site_is_a_web_page_not_news(site):
    c = full(f'National Institute of Standards and Technology, "CVE-2021-44228 Detail," {site}, December 10, 2021, '
             "https://nvd.example.gov/vuln/detail/CVE-2021-44228.")
    assert (c.work.type, c.work.container) == ("webpage", site)


def test_a_party_with_its_country_in_brackets_before_a_neutral_citation():
    c = full("Getty Images (US) Inc v Example AI Ltd [2023] EWHC 3090 (Ch).")
    assert (c.work.title, c.work.date, c.work.publisher) == ("Getty Images (US) Inc v Example AI Ltd", (2023,), "Ch")


def test_a_bluebook_party_name_abbreviated_word_by_word_is_one_case():
    import citex

    (n,) = citex.extract("Notes\n\n1. Thomson Example Enter. Ctr. GmbH v. Ross Intel. Inc., No. 1:20-cv-613-SB (D. Del. Feb. 11, "
                         "2025) (granting partial summary judgment on fair use).\n").notes
    (cit,) = n.citations
    assert (cit.kind, cit.work.title, cit.work.date) == ("full", "Thomson Example Enter. Ctr. GmbH v. Ross Intel. Inc.",
                                                         (2025, 2, 11))


@pytest.mark.parametrize(("text", "author", "title"), [
    ("Commission nationale de l'informatique et des libertés (CNIL), « Intelligence artificielle : le plan d'action », "
     "16 mai 2023, https://www.cnil.fr/fr/x.", "Commission nationale de l’informatique et des libertés (CNIL)",
     "Intelligence artificielle : le plan d’action"),
    ("Ministère de l'intérieur, « Rapport annuel », 3 mars 2021.", "Ministère de l’intérieur", "Rapport annuel"),
])
def test_a_body_whose_name_its_language_writes_in_lower_case_is_the_author(text, author, title):
    c = full(text)
    assert ([a.literal for a in c.work.authors], c.work.title, c.work.container) == ([author], title, None)


@pytest.mark.parametrize(("kind", "type_"), [("model card", "report"), ("memorandum", "document"), ("webpage", "webpage")])
def test_the_kind_of_a_document_after_its_title_in_lower_case_is_its_genre_not_an_outlet(kind, type_):
    c = full(f'Example Labs, "The Example Model Family," {kind}, March 4, 2024, https://www.example.com/card.pdf.')
    assert (c.work.type, c.work.container, c.work.genre) == (type_, None, kind[:1].upper() + kind[1:])


@pytest.mark.parametrize("outlet", ["tagesschau.de", "taz"])
def test_an_outlet_named_in_lower_case_stays_the_outlet(outlet):
    c = full(f"Jane Roe, „Ein Beispiel“, {outlet}, 5. Mai 2020.")
    assert c.work.container == outlet


@pytest.mark.parametrize("department", [
    "U.S. Department of Housing and Urban Development, Office of Policy Development and Research",
    "U.S. Department of Health and Human Services, Office of the Assistant Secretary for Planning and Evaluation",
])
def test_a_department_with_and_in_its_name_and_its_office_after_a_comma_is_one_author(department):
    from citex.parse.names import parse_names

    assert [n.literal for n in parse_names(department)] == [department]


@pytest.mark.parametrize("government", ["City of Minneapolis", "City of Saint Paul", "County of Example", "State of California"])
def test_a_places_government_named_city_of_or_county_of_is_the_author(government):
    c = full(f"{government}, “Mayor Announces an Example Stakeholder Group,” press release, December 13, 2021.")
    assert [a.literal for a in c.work.authors] == [government]


@pytest.mark.parametrize("title", ["Law Enforcement Use of Force: Example Steps to Collect Data", "Law and Order in the Example Valley"])
def test_a_title_that_opens_on_law_enforcement_names_no_law(title):
    c = full(f"U.S. Government Accountability Office, {title}, GAO-21-362 (Washington, DC: GAO, March 2021).")
    assert (c.work.type, c.work.title, c.work.container) == ("report", title, None)


def test_names_listed_before_et_al_are_all_authors_and_the_title_follows():
    c = full("Nestor Roe, Loredana Doe, Raymond Poe, et al., The Example Index 2024 Annual Report (Stanford, CA: Example "
             "Steering Committee, April 2024), 45.")
    assert ([a.family for a in c.work.authors], c.work.title) == (["Roe", "Doe", "Poe"], "The Example Index 2024 Annual Report")


def test_a_title_on_a_subject_that_ends_like_a_bodys_name_is_no_part_of_the_body():
    c = full("U.S. Copyright Office, Copyright and Artificial Intelligence, Part 2: Copyrightability (Washington, DC: U.S. "
             "Copyright Office, January 2025), 18.")
    assert ([a.literal for a in c.work.authors], c.work.title) == (
        ["U.S. Copyright Office"], "Copyright and Artificial Intelligence, Part 2: Copyrightability")


@pytest.mark.parametrize("title", ["GPT-4o System Card", "The F-35A Program in Europe"])
def test_the_letters_of_a_model_or_a_code_tell_no_language(title):
    # "4o" is no Portuguese "o", nor "35A" a French "a"
    from citex.parse import language

    assert language.detect(title) == "en"


@pytest.mark.parametrize(("author", "site"), [("Anthropic", "*Anthropic News*"), ("ThreatExample Research Team", "ThreatExample")])
def test_a_bodys_own_news_page_named_for_it_is_a_web_page_not_a_newspaper(author, site):
    c = full(f'{author}, "An Example Policy," {site}, September 19, 2023, https://www.example.com/news/policy.')
    assert c.work.type == "webpage"


def test_a_later_amendment_in_the_publication_facts_does_not_date_the_work():
    c = full("Organisation for Economic Co-operation and Development, *Recommendation of the Council on Example Intelligence*, "
             "OECD/LEGAL/0449 (Paris: OECD, 2019, amended May 3, 2024).")
    assert (c.work.publisher, c.work.place, c.work.date) == ("OECD", "Paris", (2019,))


def test_a_person_before_a_title_that_opens_like_a_body_is_no_jurisdiction():
    # "Peru, Ministerio del Interior, Title" is a country and its body; a given name and a family name are a person
    c = full("Connor Roe, Federal Law Enforcement Officers, 2016 – Statistical Tables (Washington, DC: Bureau of Justice "
             "Statistics, 2019), 4.")
    assert ([(a.family, a.given) for a in c.work.authors], c.work.title) == (
        [("Roe", "Connor")], "Federal Law Enforcement Officers, 2016 – Statistical Tables")
    c = full("Jordan, Ministry of Interior, Annual Security Report 2019 (Amman: Ministry of Interior, 2020), 3.")
    assert [a.literal for a in c.work.authors] == ["Jordan, Ministry of Interior"]


@pytest.mark.parametrize("publisher", ["World Bank", "SIPRI", "International Alert", "OECD Publishing"])
def test_a_signed_study_published_by_an_international_body_or_peace_institute_is_a_report(publisher):
    # these bodies print their studies themselves, as reports; a book publisher's name would make it a book
    c = full(f"Jane Roe et al., Example Swell: Preparing for Internal Migration (Washington, DC: {publisher}, 2018), 9.")
    assert (c.work.type, c.work.publisher) == ("report", publisher)


@pytest.mark.parametrize("site", ["Lawfare", "War on the Rocks", "Just Security"])
def test_a_piece_on_a_site_of_policy_commentary_is_a_web_page_not_news(site):
    c = full(f'Jane Roe, "An Example Essay," {site}, March 3, 2022, https://www.example.org/essay.')
    assert (c.work.type, c.work.container) == ("webpage", site)


@pytest.mark.parametrize("tank", ["Carnegie India", "Observer Research Foundation", "Brookings", "Critical Threats"])
def test_a_signed_piece_on_a_think_tanks_site_is_a_web_page_even_when_its_name_has_no_bodys_word(tank):
    # ("Observer" is a newspaper's word too, and "Carnegie India" has no body's word at all)
    c = full(f'Jane Roe, "An Example Essay," {tank}, 22 February 2018, https://www.example.org/essay.')
    assert (c.work.type, c.work.container) == ("webpage", tank)


@pytest.mark.parametrize(("firm", "town"), [("Juggernaut", "New Delhi"), ("HarperCollins India", "Noida"), ("Viking", "New Delhi"),
                                            ("University of Pennsylvania Press", "Philadelphia")])
def test_the_firm_before_its_town_as_indian_notes_print_them_is_the_publisher(firm, town):
    c = full(f"Jane Roe, Example Forest: A War in the Hills, {firm}, {town}, 2016, pp. 45–48.")
    assert (c.work.type, c.work.title, c.work.publisher, c.work.place) == ("book", "Example Forest: A War in the Hills", firm, town)


@pytest.mark.parametrize("publisher", ["GAO", "Westview"])
def test_a_publisher_that_shares_a_towns_name_stays_after_the_place(publisher):
    c = full(f"Jane Roe, *Example Report* (Washington, DC: {publisher}, 2020), 3.")
    assert (c.work.publisher, c.work.place) == (publisher, "Washington, DC")


@pytest.mark.parametrize("gone", ["(removed May 5, 2020)", "(post deleted May 7, 2020)", "(since taken down)"])
def test_when_a_post_was_taken_down_is_no_publisher_nor_its_date(gone):
    c = full(f'Jane Roe, "An Example Video," YouTube video, 26:00, posted May 4, 2020 {gone}.')
    assert (c.work.type, c.work.container, c.work.publisher, c.work.date) == ("broadcast", "YouTube", None, (2020, 5, 4))


def test_british_eds_with_no_full_stop_closes_the_editors_of_a_chapters_book():
    c = full("Jane Roe, ‘Example chapter’, in John Doe, Ann Poe and Sam Moe, eds, Example book on things: a study (Oxford: "
             "Oxford University Press, 2012), pp. 3–40.")
    assert ([e.family for e in c.work.editors], c.work.container, c.work.page) == (
        ["Doe", "Poe", "Moe"], "Example book on things: a study", "3-40")
    c = full("Jane Roe, ‘Example chapter’, in Doe et al., eds, Example book, pp. 41–60.")
    assert ([e.family for e in c.work.editors], c.work.container) == (["Doe"], "Example book")


def test_british_eds_with_no_full_stop_after_the_names_makes_them_the_books_editors():
    c = full("Jane Roe and John Doe, eds, Example book on things (Berlin: Springer, 2009).")
    assert ([e.family for e in c.work.editors], c.work.authors, c.work.title) == (["Roe", "Doe"], (), "Example book on things")


@pytest.mark.parametrize("company", ["Uniper SE", "Shell plc", "Rystad Energy", "Wood Mackenzie", "Petróleos Mexicanos"])
def test_a_company_named_by_two_words_is_a_body_not_a_person(company):
    c = full(f"{company}, Annual Report 2022 (Example City: {company}, 2023), 45–47.")
    assert ([a.literal for a in c.work.authors], c.work.title) == ([company], "Annual Report 2022")


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("R. Roe, Il capitale sociale. Relazioni esterne e territorio, in «Quaderni di Esempio», XLII, 18, 1998, "
                 "pp. 51-72.", ("article-journal", ["Roe"], "Il capitale sociale. Relazioni esterne e territorio",
                                "Quaderni di Esempio", "42", "18", "51-72"), id="in-guillemets-roman-volume-subtitle"),
    pytest.param("R. Roe, L. Doe, Il caso tedesco, «Rivista di Esempio», vol. 61, n. 1, 2014, pp. 37-60.",
                 ("article-journal", ["Roe", "Doe"], "Il caso tedesco", "Rivista di Esempio", "61", "1", "37-60"),
                 id="two-names-and-vol-n"),
    pytest.param("Dario Roe e Carla Doe, La paranza alla sbarra, «la Repubblica», ed. di Napoli, 21 aprile 2017, p. II.",
                 ("article-newspaper", ["Roe", "Doe"], "La paranza alla sbarra", "la Repubblica", None, None, None),
                 id="newspaper-local-edition"),
])
def test_an_italian_note_sets_the_periodical_in_guillemets_after_an_unquoted_title(text, expected):
    w = full(text).work
    assert (w.type, [a.family for a in w.authors], w.title, w.container, w.volume, w.issue, w.page) == expected


@pytest.mark.parametrize("text", ["Jean Roe, « Au Niger, une menace », Le Figaro, 10 août 2020.",
                                  "Islamic State, « Communiqué sur l'attaque », 14 novembre 2015."])
def test_french_guillemets_after_the_names_quote_the_title_not_the_periodical(text):
    w = full(text).work
    assert w.title in ("Au Niger, une menace", "Communiqué sur l’attaque", "Communiqué sur l'attaque")


@pytest.mark.parametrize(("name", "family"), [("N. dalla Chiesa", "dalla Chiesa"), ("N. Dalla Chiesa", "Dalla Chiesa")])
def test_an_italian_particle_in_lower_case_opens_the_family_name(name, family):
    w = full(f"{name}, La convergenza. Mafia e politica, Melampo, Milano 2010, p. 3.").work
    assert ([a.family for a in w.authors], w.title, w.publisher, w.place) == ([family], "La convergenza. Mafia e politica",
                                                                          "Melampo", "Milano")


def test_an_edited_book_in_the_italian_order_names_its_editor():
    w = full("R. Roe (a cura di), Alleanze nell'ombra, Donzelli, Roma 2011.").work
    assert ([e.family for e in w.editors], w.authors, w.publisher, w.place) == (["Roe"], (), "Donzelli", "Roma")


@pytest.mark.parametrize(("text", "container", "issue", "title"), [
    ("Rumiyah 1, September 2016, pp. 2-5.", "Rumiyah", "1", "Issue 1"),
    ('Dabiq 15, "Break the Cross," July 2016.', "Dabiq", "15", "Break the Cross"),
    ('Dabiq, no. 15, "Break the Cross," Shawwal 1437 [July 2016], 30.', "Dabiq", "15", "Break the Cross"),
])
def test_a_known_magazines_issue_by_its_number_alone_or_with_an_articles_title(text, container, issue, title):
    w = full(text).work
    assert (w.type, w.container, w.issue, w.title, w.date) == ("article-magazine", container, issue, title, (2016, 9 if "Rumiyah" in text else 7))


@pytest.mark.parametrize("site", ["Jihadology", "Jihadica", "aymennjawad.org"])
def test_a_post_on_a_researchers_blog_is_a_web_page(site):
    w = full(f'Jane Roe, "New Issue of an Example Newsletter," {site}, June 18, 2020.').work
    assert (w.type, w.container) == ("webpage", site)


@pytest.mark.parametrize(("name", "family", "given"), [
    ("Aḥmad b. ʿAbd al-Ḥalīm Ibn Taymiyya", "Ibn Taymiyya", "Aḥmad b. ʿAbd al-Ḥalīm"),
    ("Muḥammad b. ʿAbd al-Wahhāb", "ʿAbd al-Wahhāb", "Muḥammad b."),
    ("Ibn Taymiyya", "Ibn Taymiyya", None),
])
def test_an_arabic_name_with_b_for_ibn_keeps_its_chain_of_fathers_in_the_given_name(name, family, given):
    w = full(f"{name}, *Kitāb al-tawḥīd* (Riyadh: Dār al-Salām, 1996), 12.").work
    assert [(a.family, a.given) for a in w.authors] == [(family, given)]


@pytest.mark.parametrize("committee", ["House of Commons Example, Culture, Media and Sport Committee",
                                       "House of Commons Science, Innovation and Technology Committee"])
def test_a_parliamentary_committee_named_by_its_fields_is_one_author_commas_and_all(committee):
    c = full(f"{committee}, *Example Harms: Final Report*, HC 1791 (London: House of Commons, 2019), 12.")
    assert ([a.literal for a in c.work.authors], c.work.title) == ([committee], "Example Harms: Final Report")


def test_a_committee_named_for_its_long_task_is_the_author():
    name = "Select Committee to Investigate the January 6th Example on the United States Capitol"
    c = full(f"{name}, *Final Report*, H. Rept. 117-663 (Washington, DC: U.S. Government Publishing Office, 2022), 499–500.")
    assert [a.literal for a in c.work.authors] == [name]


@pytest.mark.parametrize(("described", "title"), [
    ("Address to the Seventy-fourth Session of the United Nations General Assembly",
     "Address to the Seventy-fourth Session of the United Nations General Assembly"),
    ("opening remarks at the Example Minerals Summit", "Opening remarks at the Example Minerals Summit"),
])
def test_a_speech_described_without_quotes_takes_its_description_as_its_title(described, title):
    # as the seed's "Mensaje a la Nación del Señor Presidente …" is a speech's title, unquoted
    w = full(f"Jane Roe, {described}, New York, 27 September 2019.").work
    assert (w.type, w.title, w.genre) == ("speech", title, None)


def test_a_speech_named_by_its_kind_alone_keeps_the_kind_as_its_genre():
    w = full("Jane Roe, televised speech, Example TV, 27 September 2019.").work
    assert (w.type, w.title, w.genre) == ("speech", None, "Televised speech")


@pytest.mark.parametrize("text", [
    '"Example Newsroom," CNN, aired January 6, 2021, transcript, http://transcripts.example.com/2101/06/cnr.21.html.',
    "*Jornal Exemplo*, TV Exemplo, broadcast January 9, 2023.",
    '"Riots," *Example Night*, BBC Two, 5 August 2024.',
])
def test_a_programme_aired_on_a_day_or_by_a_broadcaster_is_a_broadcast(text):
    assert full(text).work.type == "broadcast"


def test_a_long_unquoted_description_of_a_speech_is_its_title_whatever_its_capitals():
    w = full("Jane Roe, speech at the opening of the 74th session of the United Nations General Assembly, New York, "
             "24 September 2019.").work
    assert w.title == "Speech at the opening of the 74th session of the United Nations General Assembly"


@pytest.mark.parametrize(("facts", "publisher", "place", "kind"), [
    ("Hurst, London, 2013", "Hurst", "London", "book"),
    ("De Boeck & Larcier, Paris and Brussels, 1998", "De Boeck & Larcier", "Paris and Brussels", "book"),
    ("Example Research Group, New York, December 2015", "Example Research Group", "New York", "report"),
])
def test_a_publisher_before_its_town_without_brackets_as_british_journals_print_them(facts, publisher, place, kind):
    w = full(f"Jane Roe, Example Title of the Work, {facts}, p. 5.").work
    assert (w.type, w.title, w.publisher, w.place) == (kind, "Example Title of the Work", publisher, place)


@pytest.mark.parametrize("text", [
    "Jane Roe and John Doe, interview by the author, Abuja, Nigeria, May 2018.",
    "National Archives of Example, Example City (hereafter NAE), Home Department, Public Branch, Proceedings A, March 1897.",
])
def test_an_english_month_after_two_towns_or_an_archive_makes_no_book(text):
    assert full(text).work.type != "book"


@pytest.mark.parametrize(("facts", "publisher", "place"), [
    ("Example University Press, Princeton, NJ, 2018", "Example University Press", "Princeton, NJ"),
    ("Hurst, London, 2016", "Hurst", "London"),
    ("Zed Books, London, 2017", "Zed Books", "London"),
])
def test_the_publisher_then_its_town_in_brackets_as_african_affairs_prints_them(facts, publisher, place):
    from citex.parse.features import judge

    text = f"Jane Roe, Example History: The rise of a movement ({facts}), pp. 98–104."
    w = full(text).work
    assert judge(text)[0] == "full"
    assert (w.type, w.title, w.publisher, w.place) == ("book", "Example History: The rise of a movement", publisher, place)


@pytest.mark.parametrize("paren", ["(speech, Helsinki, Finland, June 10, 2013)", "(Washington, DC, 2017)"])
def test_a_speech_or_a_town_alone_in_brackets_names_no_publisher(paren):
    w = full(f"Jane Roe, “Example Remarks on Health” {paren}.").work
    assert w.publisher is None


def test_a_day_in_brackets_after_the_address_is_when_it_was_read_not_when_it_appeared():
    w = full("'Example Militants Defeated', BBC News, 24 December 2015, <https://www.example.com/news/35173618> "
             "(20 January 2020).").work
    assert (w.date, w.accessed) == ((2015, 12, 24), (2020, 1, 20))


@pytest.mark.parametrize(("numbers", "year"), [("31, 6, 2020", (2020,)), ("31, 3, 2006/07", (2006,))])
def test_a_journals_volume_issue_and_year_set_off_by_commas(numbers, year):
    w = full(f"Jane Roe, 'Example insurgency and the state', Example Security, {numbers}, pp. 74–106.").work
    assert (w.type, w.container, w.volume, w.issue, w.page, w.date) == (
        "article-journal", "Example Security", "31", numbers.split(", ")[1], "74-106", year)


def test_the_kind_of_a_piece_before_its_italic_outlet_is_its_genre_not_its_outlet():
    w = full("Jane Roe, “Modern Example Warfare and How to Win in It,” essay, *The Economist*, November 1, 2023.").work
    assert (w.type, w.container, w.genre) == ("article-magazine", "The Economist", "Essay")


def test_a_draft_after_a_title_is_the_kind_of_document_not_an_outlet():
    w = full("Ministry of Example Affairs, “Treaty on Example Guarantees,” draft, December 17, 2021, https://example.org/x.").work
    assert (w.type, w.container, w.genre) == ("document", None, "Draft")


@pytest.mark.parametrize("described", ["discurso de posesión presidencial",
                                       "versión estenográfica de la conferencia de prensa matutina"])
def test_a_spanish_speech_described_in_lower_case_after_the_speaker_is_a_speech(described):
    w = full(f"Juan Ejemplo Pérez, {described}, Bogotá, 7 de agosto de 2018.").work
    assert (w.type, w.authors[0].family, w.date) == ("speech", "Ejemplo Pérez", (2018, 8, 7))


def test_a_journal_with_no_volumes_gives_its_number_after_its_name_without_a_comma():
    w = full('Jane Roe, "Countering Example Extremism," Journal for Example no. 11 (Summer 2017): pp. 112-147.').work
    assert (w.container, w.volume, w.issue, w.page) == ("Journal for Example", None, "11", "112-147")


def test_a_filipino_month_dates_a_newspaper_story_to_the_day():
    w = full('"Hapilon, patay sa Marawi," Example Ngayon, Oktubre 16, 2017.').work
    assert (w.type, w.date) == ("article-newspaper", (2017, 10, 16))


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("Roe, R., Doe, A., Poe, R., Loe, J. & Moe, J. A meta-analysis of example studies. Nat. Clim. "
                 "Change 10, 904–912 (2020).",
                 ("article-journal", ["Roe", "Doe", "Poe", "Loe", "Moe"], "A meta-analysis of example studies",
                  "Nat. Clim. Change", "10", "904-912", (2020,)), id="journal-abbreviated-with-full-stops"),
    pytest.param("Roe, O. M., Doe, N. P. & Poe, H. Is climate change a driver of example conflict? Climatic Change 117, "
                 "613–625 (2013).", ("article-journal", ["Roe", "Doe", "Poe"], "Is climate change a driver of example conflict?",
                                     "Climatic Change", "117", "613-625", (2013,)), id="title-ending-on-a-question"),
    pytest.param("Roe, V. et al. Example Swell Part 2: Acting on Internal Migration (World Bank, 2021).",
                 ("report", ["Roe"], "Example Swell Part 2: Acting on Internal Migration", None, None, None, (2021,)),
                 id="report-with-its-publisher-in-brackets"),
])
def test_a_reference_as_nature_prints_it(text, expected):
    w = full(text).work
    assert (w.type, [a.family for a in w.authors], w.title, w.container, w.volume, w.page, w.date) == expected


def test_a_press_release_and_a_countrys_initials_are_no_nature_names():
    w = full("Press Release, U.S. Dep't of Com., Statement from the Secretary on the Example Framework (July 10, 2023).").work
    assert [a.family for a in w.authors] != ["Release"] and w.date == (2023, 7, 10)


@pytest.mark.parametrize("gazette", ["Federal Register 86, no. 19 (February 1, 2021): 7619–33",
                                     "Diario Oficial de la Federación, 27 de mayo de 2019"])
def test_an_order_or_a_notice_in_an_official_gazette_is_a_document_in_that_gazette(gazette):
    w = full(f"Executive Order 14008 of January 27, 2021, “Tackling the Example Crisis at Home,” {gazette}.").work
    assert (w.type, w.container, w.publisher) == ("document", gazette.split(" 86")[0].split(",")[0], None)


def test_the_town_after_a_bodys_acronym_in_brackets_is_where_it_issued_the_report():
    w = full("Jane Roe, “VIII Informe sobre grupos de ejemplo,” Instituto de Estudios para el Ejemplo (Indejemplo), Bogotá, "
             "2013.").work
    assert (w.publisher, w.place, w.date) == ("Instituto de Estudios para el Ejemplo", "Bogotá", (2013,))


def test_a_paper_named_by_its_kind_after_the_body_is_a_report_even_dated_to_the_day():
    w = full('Jane Roe, "Example Appeal of Printed Weapons," International Centre for Example Studies, Policy Brief, July 13, '
             "2021.").work
    assert (w.type, w.publisher, w.genre, w.date) == ("report", "International Centre for Example Studies", "Policy Brief",
                                                      (2021, 7, 13))


def test_a_blog_post_on_a_bodys_site_is_a_web_page_and_blog_post_is_no_place():
    w = full('Jane Roe, "Example Use of Generative AI," Council on Example Relations, Blog Post, July 2023.').work
    assert (w.type, w.container, w.place) == ("webpage", "Council on Example Relations", None)


def test_an_unmarked_title_then_its_month_alone_in_brackets_is_dated_by_it():
    w = full("Chainexample, The 2024 Crypto Crime Report (February 2024), p. 101.").work
    assert (w.type, w.title, w.date) == ("report", "The 2024 Crypto Crime Report", (2024, 2))


def test_a_numbered_paper_series_named_in_spanish_is_a_report_of_the_body_after_it():
    w = full("Jane Roe, 'La piratería en el golfo: una amenaza global', Documento de Análisis 05/2011, Instituto Español de "
             "Estudios de Ejemplo, Madrid, marzo de 2011.").work
    assert (w.type, w.container, w.publisher, w.genre) == ("report", None, "Instituto Español de Estudios de Ejemplo",
                                                           "Documento de Análisis 05/2011")


def test_a_bodys_initials_in_the_publication_facts_are_its_publisher_not_its_town():
    w = full("ICC International Example Bureau, *Piracy against Ships: Report for the Period 1 January – 31 March 2024* "
             "(ICC IEB, April 2024) 21.").work
    assert (w.publisher, w.place) == ("ICC IEB", None)


def test_an_accented_op_cit_after_a_title_names_the_work_cited_before():
    import citex

    doc = citex.extract("Notas\n\n1 Ejemplo, Carlos Iván. El surgimiento de un ejemplo. Lima: Instituto de Ejemplos, 1990.\n"
                        "2 Cfr. Ejemplo, El surgimiento de un ejemplo, óp. cit., pp. 189-192.\n")
    [first], [again] = (n.citations for n in doc.notes)
    assert (again.kind, again.item, again.locator) == ("short", first.item, "189-192")


@pytest.mark.parametrize(("text", "title", "place"), [
    pytest.param("Ejemplo, Carlos Iván. El surgimiento de un ejemplo. Ayacucho 1969-1979. Lima: Instituto de Ejemplos, 1990.",
                 "El surgimiento de un ejemplo. Ayacucho 1969-1979", "Lima", id="a-subtitle-with-years"),
    pytest.param("EJEMPLO, Coletta A. Violencia política y sociedad civil en el Perú. Historia de la Coordinadora Nacional de "
                 "Ejemplos Humanos. Lima: IEP, 2003, p. 401.",
                 "Violencia política y sociedad civil en el Perú. Historia de la Coordinadora Nacional de Ejemplos Humanos",
                 "Lima", id="a-long-subtitle"),
    pytest.param("Roe, Jane. Example Lives. St. Louis: Example Press, 2001.", "Example Lives", "St. Louis",
                 id="an-abbreviated-town-is-no-subtitle"),
    pytest.param("EXAMPLE CRISIS GROUP. La mafia de los ejemplos. Informe sobre América Latina N.° 62. Bruselas: ECG, 6 de abril "
                 "de 2017.", "La mafia de los ejemplos", "Bruselas", id="a-series-and-its-number-is-no-subtitle"),
])
def test_a_bibliography_entrys_subtitle_is_no_part_of_its_town(text, title, place):
    work = full(text).work
    assert (work.title, work.place) == (title, place)
    if "N.°" in text:
        assert work.genre == "Informe sobre América Latina N.° 62"


@pytest.mark.parametrize(("text", "author", "editors", "container", "place"), [
    pytest.param("Roe, Orin. «Villagers at Example: War in the Central-South Andes». En: Steve J. Doe (ed.). Shining and Other "
                 "Examples: War and Society in Peru, 1980-1995. Durham y Londres: Example University Press, 1998, pp. 224-257.",
                 ("Roe", "Orin"), ["Doe"], "Shining and Other Examples: War and Society in Peru, 1980-1995", "Durham y Londres",
                 id="an-editor-named-given-name-first"),
    pytest.param("Roe, Isaías. «Peru: Example Policy and Democracy». En: Coletta A. Doe y Eileen Poe (eds.). Examples in Latin "
                 "America: The Impact of U.S. Policy. Boulder: Example Rienner, 2005, pp. 185-230.", ("Roe", "Isaías"),
                 ["Doe", "Poe"], "Examples in Latin America: The Impact of U.S. Policy", "Boulder",
                 id="two-editors-and-a-book-title-holding-initials"),
    pytest.param("Del Roe H., Ponciano. «Tiempos de ejemplo». En: Carlos Iván Doe (ed.). Las rondas de ejemplo. Lima: IEP, 1996, "
                 "pp. 117-188.", ("Del Roe H.", "Ponciano"), ["Doe"], "Las rondas de ejemplo", "Lima",
                 id="a-capitalised-particle-and-a-second-surname-by-its-initial"),
])
def test_a_chapter_in_an_edited_book_as_a_spanish_bibliography_entry(text, author, editors, container, place):
    work = full(text).work
    assert (work.type, (work.authors[0].family, work.authors[0].given)) == ("chapter", author)
    assert ([e.family for e in work.editors], work.container, work.place) == (editors, container, place)


def test_a_body_that_publishes_itself_under_a_name_like_a_persons_is_a_body():
    work = full("Ejemplo Evalúa, *Hallazgos 2021* (Ciudad de México: Ejemplo Evalúa, 2022), 10.").work
    assert ([a.literal for a in work.authors], work.type) == (["Ejemplo Evalúa"], "report")


def test_a_title_whose_first_sentence_ends_on_a_year_goes_on_to_its_facts_in_brackets():
    import citex

    note = ("Instituto Nacional de Ejemplos (INE), Encuesta Nacional de Ejemplos (ENE) 2022. Principales resultados "
            "(Aguascalientes: INE, septiembre de 2022), 23.")
    [cited] = citex.extract(f"Notas\n\n1 {note}\n").notes[0].citations
    assert cited.work.title == "Encuesta Nacional de Ejemplos (ENE) 2022. Principales resultados"
    assert cited.work.authors[0].literal == "Instituto Nacional de Ejemplos (INE)" and cited.locator == "23"


@pytest.mark.parametrize(("text", "authors", "editors", "title"), [
    pytest.param("Céline Roe, Jean-Yves Doe, La démocratie de l’exemple. Aux origines de la démobilisation, Paris, Gallimard, "
                 "2007, p. 45.", ["Roe", "Doe"], [], "La démocratie de l’exemple. Aux origines de la démobilisation",
                 id="two-authors-a-comma-alone-parts"),
    pytest.param("Sylvain Roe, Alexandre Doe, Nonna Poe (dir.), Les faux-semblants de l’exemple. Sociologie d’un parti, Paris, "
                 "Presses de Sciences Po, 2015.", [], ["Roe", "Doe", "Poe"], "Les faux-semblants de l’exemple. Sociologie d’un parti",
                 id="three-editors-the-last-with-the-role"),
    pytest.param("Ernesto Roe Ponce de León, Catalina Doe Correa, Alejandro Poe Lajous y Fernanda Loe Aranda, La política de "
                 "ejemplos en México, México, CIDE, 2019, pp. 21-25.", ["Roe Ponce de León", "Doe Correa", "Poe Lajous", "Loe Aranda"],
                 [], "La política de ejemplos en México", id="four-authors-the-last-two-joined-by-y"),
    pytest.param("Florent Roe, Simon Doe, « La fin de l’exemple ? », Revue française d’exemples, 63 (2), 2013, p. 279-302.",
                 ["Roe", "Doe"], [], "La fin de l’exemple ?", id="two-given-names-first-are-no-inverted-name"),
])
def test_french_and_spanish_authors_parted_by_commas_alone(text, authors, editors, title):
    work = full(text).work
    assert ([a.family for a in work.authors], [e.family for e in work.editors], work.title) == (authors, editors, title)


@pytest.mark.parametrize(("text", "fields"), [
    pytest.param("Florent Roe, « La fin de l’exemple ? », Revue française d’exemples, 63 (2), 2013, p. 279-302.",
                 {"volume": "63", "issue": "2", "page": "279-302"}, id="volume-and-issue-in-brackets-with-a-space"),
    pytest.param("Jane Roe, \"Title,\" Example Journal 12 (2020): 4-5.", {"volume": "12", "issue": None, "date": (2020,)},
                 id="a-year-in-brackets-is-no-issue"),
    pytest.param("Thomas Roe et Jean-Pierre Doe de Sardan (dir.), States at Example, Leyde/Boston, Brill, 2014.",
                 {"type": "book", "place": "Leyde/Boston", "publisher": "Brill"}, id="two-towns-parted-by-a-slash"),
])
def test_french_journal_numbers_and_towns(text, fields):
    work = full(text).work
    assert {k: getattr(work, k) for k in fields} == fields


@pytest.mark.parametrize(("text", "genre"), [
    pytest.param('Example Health Assembly, "Strengthening Example Preparedness," Resolution WHA74.7, 31 May 2021.',
                 "Resolution WHA74.7", id="an-assemblys-resolution-by-its-symbol"),
    pytest.param("Example Trade Organization, Ministerial Decision on the Example Agreement, WT/MIN(22)/30, June 17, 2022.",
                 "WT/MIN(22)/30", id="a-document-symbol-with-a-year-in-brackets"),
    pytest.param("U.S. Senate Committee on Examples, *Examining Our Example Response*, 117th Cong., 1st sess., May 11, 2021.",
                 "117th Cong", id="a-hearing-by-its-congress"),
])
def test_a_document_symbol_or_a_congress_after_a_title_is_no_newspaper(text, genre):
    work = full(text).work
    assert (work.type, work.container, work.genre) == ("document", None, genre)


def test_a_panel_named_for_its_task_at_length_is_the_author_of_its_report():
    work = full("G20 High Level Independent Panel on Financing the Example Commons for Pandemic Preparedness and Response, "
                "*A Global Deal for Our Example Age* (June 2021), 12, https://example.org/report/.").work
    assert (work.type, work.title) == ("report", "A Global Deal for Our Example Age")
    assert work.authors[0].literal.startswith("G20 High Level Independent Panel")


@pytest.mark.parametrize("part", ["considerando IV", "fracción II", "cons. 12", "inciso 3"])
def test_ibid_with_a_rulings_or_a_laws_part_named_in_spanish_or_french(part):
    import citex

    doc = citex.extract(f"Notas\n\n1 Suprema Corte de Ejemplo, Amparo en revisión 237/2014, 4 de noviembre de 2015.\n2 Ibíd., {part}.\n")
    [first], [again] = (n.citations for n in doc.notes)
    assert (again.kind, again.item, again.locator, again.label) == ("ibid", first.item, part, "section")


@pytest.mark.parametrize(("text", "authors"), [
    pytest.param("Redacción, “Aprueba Senado la ley de ejemplo”, Proceso, 19 de noviembre de 2020.", [], id="redaccion-alone"),
    pytest.param("Staff, “Example headline,” The Example Times, May 3, 2021.", [], id="staff-alone"),
    pytest.param("Redacción Animal Político, “Detienen a 12 ejemplos”, Animal Político, 3 de mayo de 2021.",
                 ["Redacción Animal Político"], id="a-papers-newsroom-by-name"),
])
def test_a_newsroom_signing_for_its_paper_is_no_person(text, authors):
    work = full(text).work
    assert [a.literal for a in work.authors] == authors and work.title and work.container


def test_a_series_and_its_number_between_title_and_facts_is_no_part_of_the_title():
    work = full("Alejandro Roe Lajous, Los costos de la guerra contra los ejemplos: una primera aproximación, Cuadernos de "
                "Trabajo del Monitor de Ejemplos, núm. 1, Aguascalientes, CIDE, 2014.").work
    assert (work.title, work.place, work.publisher, work.date) == (
        "Los costos de la guerra contra los ejemplos: una primera aproximación", "Aguascalientes", "CIDE", (2014,))


def test_amnestys_previously_cited_is_a_short_form():
    import citex

    doc = citex.extract("Notes\n\n1 Example International, “We Will Erase You from This Land”: Crimes in Example Zone (Index: AFR "
                        "25/5444/2022), 6 April 2022, p. 12.\n2 Example Watch, “Example: Military Executes Dozens”, 4 April 2024; "
                        "Example International, “We Will Erase You from This Land” (previously cited), p. 47.\n"
                        "3 See also Example International, “We Will Erase You”, previously cited, p. 30, for a discussion.\n")
    [first] = doc.notes[0].citations
    later = [c for n in doc.notes[1:] for c in n.citations if c.kind == "short"]
    assert [(c.item, c.locator) for c in later] == [(first.item, "47"), (first.item, "30")]


@pytest.mark.parametrize(("text", "who", "medium"), [
    pytest.param("Example International interview in person with a 29-year-old man (name withheld), Addis Ababa, 14 October 2023.",
                 "a 29-year-old man (name withheld)", "in person", id="in-person-after-the-word"),
    pytest.param("Example Rights Watch interview conducted in person with a farmer, Mopti, January 14, 2024.", "a farmer",
                 "in person", id="conducted-in-person"),
    pytest.param("Example International interview by phone with a 45-year-old teacher, 2 December 2023.", "a 45-year-old teacher",
                 "phone", id="by-phone-is-no-interviewer"),
    pytest.param("Example International interview, in person, with a 29-year-old man, 14 October 2023.", "a 29-year-old man",
                 "in person", id="in-person-set-off-by-commas"),
])
def test_an_interview_held_in_person_or_by_phone_names_who_was_heard(text, who, medium):
    w = full(text).work
    assert (w.type, [a.literal for a in w.authors], w.medium) == ("interview", [who], medium)


@pytest.mark.parametrize(
    ("notes", "locator", "label"),
    [
        pytest.param("1. Jane Roe, *Example Inquiry Report* (London: Example Office, 2016), vol. 1, 45.\n2. Ibid.\n",
                     "1, 45", "volume", id="full-citation-volume-then-page"),
        pytest.param("1. Jane Roe, *Example Inquiry Report* (Example Office 2016) 45.\n2. Roe (n 1) vol 3, 241.\n",
                     "3, 241", "volume", id="oscola-back-reference-volume-then-page"),
    ],
)
def test_the_volume_cited_before_the_page_is_part_of_the_pinpoint(notes, locator, label):
    import citex

    doc = citex.extract("Notes\n\n" + notes)
    cited = doc.notes[0].citations[0] if notes.count("\n") == 2 and "Ibid" in notes else doc.notes[-1].citations[0]
    assert (cited.locator, cited.label, doc.notes[1].citations[0].item) == (locator, label, doc.notes[0].citations[0].item)


def test_vid_is_a_signal_not_a_citation():
    import citex

    doc = citex.extract("Notas\n\n1. Jane Roe, *Ejemplo* (Lima: IEP, 1996), 4.\n2. Vid. Roe, *Ejemplo*, p. 7.\n")
    [cited] = doc.notes[1].citations
    assert (cited.kind, cited.item, cited.locator) == ("short", doc.notes[0].citations[0].item, "7")


def test_a_time_in_a_recording_is_a_timestamp_not_a_volume_and_page():
    import citex

    doc = citex.extract("Notes\n\n1 “Jane Roe: The Future of Examples,” *Example Podcast* #383, June 8, 2023, 47:30–49:05.\n"
                        "2 Ibid., 1:12:40.\n3 Example Committee, “Big Examples and the Crisis,” full committee hearing, January 31, "
                        "2024, YouTube video, 3:46:50.\n")
    [first], [again], [video] = (n.citations for n in doc.notes)
    assert (first.locator, first.label, first.work.volume, first.work.page) == ("47:30-49:05", "timestamp", None, None)
    assert (again.kind, again.item, again.locator, again.label) == ("ibid", first.item, "1:12:40", "timestamp")
    assert (video.locator, video.label, video.work.volume) == ("3:46:50", "timestamp", None)


@pytest.mark.parametrize(("text", "author", "title", "date", "locator"), [
    pytest.param("Example Platforms, Inc., Form 10-K for the fiscal year ended December 31, 2023 (filed February 2, 2024), p. 15.",
                 "Example Platforms, Inc.", "Form 10-K for the fiscal year ended December 31, 2023", (2024, 2, 2), "15",
                 id="a-10-k-with-its-filing-day"),
    pytest.param("Example Corporation, Annual Report (Form 10-K) for the fiscal year ended June 30, 2023 (filed July 27, 2023), 25, "
                 "https://www.sec.gov/x.", "Example Corporation", "Annual Report (Form 10-K) for the fiscal year ended June 30, 2023",
                 (2023, 7, 27), "25", id="an-annual-report-on-form-10-k"),
    pytest.param("Example Inc., Form 10-K for the fiscal year ended September 30, 2023, 12.", "Example Inc.",
                 "Form 10-K for the fiscal year ended September 30, 2023", (2023, 9, 30), "12", id="dated-by-the-period-alone"),
])
def test_a_companys_filing_with_the_sec(text, author, title, date, locator):
    c = full(text)
    assert (c.work.type, c.work.authors[0].literal, c.work.title, c.work.date, c.locator) == ("report", author, title, date, locator)
    assert c.work.publisher == "U.S. Securities and Exchange Commission"


@pytest.mark.parametrize(("text", "title", "genre", "date"), [
    pytest.param("International Commission of Example Experts, Comprehensive findings and legal determinations, 13 October 2023, "
                 "UN Doc. A/HRC/54/CRP.3, paras 102–118.", "Comprehensive findings and legal determinations",
                 "A/HRC/54/CRP.3", (2023, 10, 13), id="day-month-year-then-the-symbol-and-paragraphs"),
    pytest.param("International Commission of Example Experts, Report, 19 September 2022, UN Doc. A/HRC/51/46", "Report",
                 "A/HRC/51/46", (2022, 9, 19), id="a-report-so-named"),
])
def test_a_un_documents_date_before_its_symbol(text, title, genre, date):
    """The symbol is kept without its "UN Doc." label (see test_un_doc_before_a_symbol_is_a_label_…)."""
    work = full(text).work
    assert (work.title, work.genre, work.date) == (title, genre, date)


@pytest.mark.parametrize("body", [
    "Haut-Commissariat des Nations Unies aux droits de l’homme (HCDH)",
    "Comité international de la Croix-Rouge",
    "Mission multidimensionnelle intégrée des Nations Unies pour la stabilisation au Exemple (MINUSEX)",
])
def test_french_bodies_with_their_words_in_lower_case_are_authors(body):
    work = full(f"{body}, « Rapport sur les événements de l’exemple », 12 mai 2023, p. 3.").work
    assert ([a.literal for a in work.authors], work.title) == ([body], "Rapport sur les événements de l’exemple")


def test_a_bodys_name_holding_en_in_an_interviewees_office_is_no_place():
    w = full("Entrevista con María Elena Roe, presidenta de Causa en Ejemplo, Ciudad de México, 8 de febrero de 2023.").work
    assert (w.type, w.place, w.date) == ("interview", "Ciudad de México", (2023, 2, 8))


@pytest.mark.parametrize(
    ("note", "title", "container"),
    [
        pytest.param("FACÇÃO amplia presença no Norte. *Folha de S.Paulo*, São Paulo, 3 jun. 2018.",
                     "Facção amplia presença no Norte", "Folha de S.Paulo", id="italic-paper"),
        pytest.param("REBELIÃO em presídio termina com 56 mortes, diz governo. Example Notícias, Manaus, 2 jan. 2017. "
                     "Disponível em: https://example.com.br/noticia/2017/01/rebeliao.html. Acesso em: 3 jan. 2017.",
                     "Rebelião em presídio termina com 56 mortes, diz governo", "Example Notícias", id="plain-site-and-address"),
    ],
)
def test_an_abnt_unsigned_story_headed_by_its_first_word_in_capitals(note, title, container):
    import citex

    doc = citex.extract(f"Texto.[^1]\n\n[^1]: {note}\n")
    (cit,) = doc.notes[0].citations
    assert (cit.work.title, cit.work.container, cit.work.authors) == (title, container, ())
    assert doc.notes[0].commentary is None


def test_a_roman_number_in_capitals_heads_no_unsigned_story():
    from citex.parse.bibstyle import abnt_unsigned_note_form

    assert abnt_unsigned_note_form("XVII legislatura, Doc. XXIII, n. 38, Roma, 7 febbraio 2018.") is None


@pytest.mark.parametrize("facts", ["(Washington, DC, January 11, 2018)", "(London, 11 January 2018)"])
def test_a_government_report_with_its_town_and_day_and_no_publisher(facts):
    # a department prints its own report: the town and the day it was signed, no publisher named
    import citex

    doc = citex.extract(f"Notes\n\n1. Example Department of Commerce, The Effect of Example Imports on National Security {facts}, "
                        "55–58.\n")
    (cit,) = doc.notes[0].citations
    w = doc.item(cit.item).work
    assert (w.type, w.title, w.date, cit.locator) == (
        "report", "The Effect of Example Imports on National Security", (2018, 1, 11), "55-58")


@pytest.mark.parametrize("code", ["FIN-2022-Alert001", "FIN-2022-A001"])
def test_an_agencys_advisory_by_its_code_is_no_newspaper(code):
    # the agency, the year, the kind and its serial after the title: the document's number, not the outlet it ran in
    w = full(f"Example Enforcement Network, “Example Network Advises Increased Vigilance,” {code}, March 7, 2022.").work
    assert (w.type, w.container, w.genre, w.date) == ("report", None, code, (2022, 3, 7))


@pytest.mark.parametrize(("text", "names"), [
    # a team's byline cut short: two people given names first, then "et al."
    pytest.param("Fergus Roe, Emilia Díaz-Doe et al.", [("Roe", "Fergus"), ("Díaz-Doe", "Emilia")], id="two-people-then-et-al"),
    # one name inverted, two given names after the comma: one person
    pytest.param("García Roe, Gabriel José et al.", [("García Roe", "Gabriel José")], id="one-inverted-name-then-et-al"),
])
def test_two_names_before_et_al(text, names):
    assert [(n.family, n.given) for n in parse_names(text)] == names


@pytest.mark.parametrize(("text", "printed"), [
    pytest.param("Kenya, National Assembly, Official Report, Tuesday, 25 June 2024, Afternoon Sitting", "Tuesday, 25 June 2024",
                 id="a-weekday-before-the-day"),
    pytest.param("Example Times, mardi 25 juin 2024", "mardi 25 juin 2024", id="a-french-weekday"),
    pytest.param("Santo Domingo, 12 de mayo de 1965", "12 de mayo de 1965", id="a-town-named-for-a-sunday-is-no-weekday"),
])
def test_a_weekday_is_part_of_the_date(text, printed):
    assert (find_date(text).parts[0], find_date(text).text) == (int(printed[-4:]), printed)


def test_a_parliaments_official_report_in_italics_and_its_pages_after_the_sitting():
    c = full("Examplia, National Assembly, *Official Report (Hansard)*, Tuesday, 25 June 2024, Afternoon Sitting, 4–9.")
    w = c.work
    assert (w.type, w.authors[0].literal, w.title, w.publisher, w.date, c.locator) == (
        "document", "Examplia, National Assembly", "Official Report (Hansard)", None, (2024, 6, 25), "4-9")


@pytest.mark.parametrize("publisher", ["UN Women", "UNFPA", "World Food Programme"])
def test_a_signed_study_published_by_a_un_agency_is_a_report(publisher):
    # an agency's study, signed by its author, is a report of the agency, as the World Bank's and UNHCR's are
    w = full(f"Jane Roe, Gender and the Role of Women in the Example Peace Process (New York: {publisher}, 2016), 18.").work
    assert (w.type, w.publisher) == ("report", publisher)


def test_a_person_named_like_an_agency_publishes_nothing():
    w = full("Jane Who, Example Study (London: Verso, 2016), 18.").work
    assert (w.type, w.authors[0].family) == ("book", "Who")


@pytest.mark.parametrize("text", [
    "Garba Roe, Senior Special Assistant to the President on Media and Publicity",
    "Patrick Roe, Governor of the Central Bank of Example",
])
def test_an_office_held_after_a_name_is_no_part_of_it(text):
    # the office, graded ("Senior Special Assistant") and long ("… to the President on Media and Publicity"), is dropped
    assert [(n.family, n.given) for n in parse_names(text)] == [("Roe", text.split(",")[0].split()[0])]


def test_a_book_a_un_agency_published_with_a_house_stays_a_book():
    # UNESCO, the WHO, the FAO and the ILO publish books too: a fixture's gold reads this one as a book
    w = full("Jane Roe, Las radios mineras de Ejemplo (La Paz: CIMCA/UNESCO, 1989), 45.").work
    assert w.type == "book"


@pytest.mark.parametrize("outlet", ["Sunday Times", "Observer", "Daily Maverick", "National Post", "New Zealand Herald"])
def test_a_headline_about_a_report_in_a_known_paper_is_news(outlet):
    """Papers of Britain, South Africa, Canada and New Zealand: a headline with "Report" in it was typed a report."""
    w = full(f"Jane Roe, \"Example Report Delayed until after Election,\" {outlet}, 10 November 2019.").work
    assert (w.type, w.container) == ("article-newspaper", outlet)


@pytest.mark.parametrize(("text", "programme", "network"), [
    pytest.param("\"Los ejemplos de las FARC,\" Los Ejemplos, Caracol Televisión, 3 July 2022.", "Los Ejemplos",
                 "Caracol Televisión", id="colombian-television"),
    pytest.param("Jane Roe, \"Entrevista con un ejemplo,\" 6AM Hoy por Ejemplo, Caracol Radio, 30 September 2016.",
                 "6AM Hoy por Ejemplo", "Caracol Radio", id="colombian-radio"),
])
def test_a_programme_of_a_latin_american_network_is_a_broadcast(text, programme, network):
    w = full(text).work
    assert (w.type, w.container, w.publisher) == ("broadcast", programme, network)


def test_a_classics_book_and_chapter_before_the_page_belong_to_the_pinpoint():
    import citex

    doc = citex.extract("Notes\n\n1. Carl von Roe, *On Example*, ed. and trans. Michael Doe and Peter Poe (Princeton, NJ: "
                        "Example University Press, 1976), 75.\n2. Roe, *On Example*, bk. 8, chap. 6B, 605.\n")
    first, again = doc.notes[0].citations[0], doc.notes[1].citations[0]
    assert (again.kind, again.item, again.locator) == ("short", first.item, "bk. 8, chap. 6B, 605")


@pytest.mark.parametrize(("text", "container", "editors", "translators", "authors"), [
    pytest.param("Carl von Roe, 'Observations on Example', in Historical and Political Examples, ed. and trans. Peter Doe and "
                 "Daniel Poe (Princeton, NJ: Example University Press, 1992), 30–84.", "Historical and Political Examples",
                 ["Doe", "Poe"], ["Doe", "Poe"], ["von Roe"], id="in-a-book-ed-and-trans"),
    pytest.param("Ralph D. Roe, trans., The Seven Example Classics of Ancient China (Boulder, CO: Example Press, 1993), 157–86.",
                 None, [], ["Roe"], [], id="the-translator-where-the-author-stands"),
    pytest.param("Jane Roe and Ann Doe, hosts, \"The Example Conflict,\" Hold Your Example! (podcast), Example Group, June 10, "
                 "2022.", "Hold Your Example!", [], [], ["Roe", "Doe"], id="hosts-and-an-exclamation-in-the-programme"),
])
def test_who_edited_translated_or_hosted_a_work(text, container, editors, translators, authors):
    w = full(text).work
    assert (w.container, [e.family for e in w.editors], [t.family for t in w.translators], [a.family for a in w.authors]) == (
        container, editors, translators, authors)


def test_french_art_cite_is_a_back_reference():
    import citex

    doc = citex.extract("Notes\n\n1. Mark Roe, « Example Trafficking in Guinea-Bissau », *Journal of Ex* 3 (2015) : 340–60.\n"
                        "2. M. Roe, « Example Trafficking in Guinea-Bissau », art. cité, p. 352.\n")
    [again] = doc.notes[1].citations
    assert (again.kind, again.item, again.locator) == ("short", doc.notes[0].citations[0].item, "352")


def test_a_numbered_interview_keeps_its_number_out_of_who_was_heard():
    w = full("Interview 7, former poppy farmer, Nad-e Ali, Helmand, 14 April 2012.").work
    assert ([a.literal for a in w.authors], w.genre, w.place) == (["former poppy farmer"], "Interview 7", "Nad-e Ali, Helmand")


def test_an_archives_box_is_no_page():
    cited = full("National Archives and Records Administration (NARA), College Park, MD, RG 59, Central Decimal File 1950–54, "
                 "824.53/3-1552, box 4735.")
    assert cited.locator is None and "box 4735" in (cited.work.title or "") + (cited.work.archive_location or "")


@pytest.mark.parametrize("text", [
    "Ley General de Ejemplo, Ley N.º 906, 8 de marzo de 2017.",
    "Ley del Régimen de Ejemplo, Ley N° 1008, 19 de julio de 1988, *Gaceta Oficial de Bolivia*.",
])
def test_a_law_named_in_words_then_its_number(text):
    """Both were taken for commentary or titled by their gazette; the next note's "Ibid., art. 16" went astray."""
    w = full(text).work
    assert w.type == "document" and w.title.startswith("Ley N") and "Ejemplo" in w.title and w.date[0] in (2017, 1988)


def test_op_cit_in_note_n_is_a_back_reference():
    import citex

    doc = citex.extract("Notes\n\n1. Jack Roe, *The Arms of Example* (London: Example, 2023), p. 45.\n"
                        "2. Roe, op. cit. in note 1, p. 112.\n")
    [again] = doc.notes[1].citations
    assert (again.kind, again.item, again.locator) == ("short", doc.notes[0].citations[0].item, "112")


def test_a_committee_report_by_its_place_in_the_session():
    """"Twelfth Report of Session 2022–23" was taken for a newspaper, listed among the news outlets."""
    w = full("House of Commons Example Committee, 'It is Broke – and It's Time to Fix It', Twelfth Report of Session 2022–23, "
             "HC 1129, 16 July 2023.").work
    assert (w.type, w.container, w.genre, w.publisher) == ("report", None, "Twelfth Report of Session 2022–23, HC 1129", None)


@pytest.mark.parametrize(("text", "accessed"), [
    pytest.param('Ministère des Exemples, "Opération Exemple," archived March 1, 2021, at the Wayback Machine, '
                 "https://web.archive.org/web/20210301093512/https://www.example.gouv.fr/operations.", (2021, 3, 1),
                 id="wayback-machine"),
    pytest.param('Example-EP, "Comunicado del Secretariado," archived 12 May 2016, Internet Archive, '
                 "http://web.archive.org/web/20160512083412/http://example.co/comunicado.", (2016, 5, 12),
                 id="internet-archive"),
])
def test_the_day_a_web_archive_captured_a_page_is_the_day_it_was_read(text, accessed):
    """"archived March 1" was the page's site, and the capture's day the day it was published."""
    w = full(text).work
    assert (w.type, w.container, w.date, w.accessed) == ("webpage", None, None, accessed)


def test_the_hour_a_post_went_up_is_no_pinpoint():
    cited = full('Grey Example (@grey_example), "Мали: операция в Муре," Telegram, April 3, 2022, 14:22, '
                 "https://t.me/grey_example/13422.")
    assert (cited.locator, cited.work.type, cited.work.volume, cited.work.date) == (None, "webpage", None, (2022, 4, 3))


def test_wola_and_brookings_issue_reports_and_a_nobel_lecture_is_a_speech():
    """"WOLA" (a district of Warsaw) and "Brookings" (a town in Oregon) were taken for where a speech was given."""
    wola = full('Jane Roe, "Ending 50 Years of Example Conflict," WOLA, April 2014.').work
    assert (wola.type, wola.publisher) == ("report", "WOLA")
    nobel = full('Juan Roe, "Peace in Example: From the Impossible to the Possible," Nobel Lecture, Oslo, December 10, 2016.').work
    assert (nobel.type, nobel.genre, nobel.container) == ("speech", "Nobel Lecture", None)


def test_a_volumes_own_title_is_no_journal():
    """", Volume I: Drug and Chemical Control (Washington, DC, March 2016)": the report's volume, not an article in a journal
    called ": Drug and Chemical Control"."""
    w = full("Example Department of State, Example Control Strategy Report, Volume I: Drug and Chemical Control (Washington, "
             "DC, March 2016), 245.").work
    assert (w.type, w.title, w.container, w.volume) == ("report", "Example Control Strategy Report", None, "I")


def test_a_short_form_naming_a_coauthor_with_an_elided_particle():
    import citex

    doc = citex.extract("Notes\n\n1. Juan Roe-Doe, Santiago Poe, and Jesse d'Anjou, \"The Role of Example Rights,\" Economía 18:2 "
                        "(2018): 265-290.\n2. Roe-Doe, Poe, and d'Anjou, p. 275.\n")
    assert (doc.notes[1].citations[0].kind, doc.notes[1].citations[0].item) == ("short", doc.notes[0].citations[0].item)


@pytest.mark.parametrize(("text", "archive", "location"), [
    pytest.param("AHGES, Fondo Gobernación, Ramo Salubridad, caja 7, 1934.", "AHGES", "Fondo Gobernación, Ramo Salubridad, caja 7",
                 id="initials-then-fondo"),
    pytest.param("ACC, Archivo Muerto, paquete 85, legajo 12.", "ACC", "Archivo Muerto, paquete 85, legajo 12",
                 id="initials-then-archivo"),
])
def test_an_archive_named_by_initials_it_alone_knows(text, archive, location):
    """Archives the notes abbreviate ("Abbreviations used in the notes"): the note was taken for commentary."""
    w = full(text).work
    assert (w.type, w.archive, location in ((w.title or "") + (w.archive_location or ""))) == ("document", archive, True)


def test_interview_place_opening_on_a_river():
    w = full("Author interview, Asháninka community leader, río Ene, Junín, July 2015.").work
    assert ([a.literal for a in w.authors], w.place) == (["Asháninka community leader"], "río Ene, Junín")


def test_an_author_date_short_form_with_a_volume_and_a_bodys_initials_in_the_list():
    import citex

    doc = citex.extract("Text.[^1]\n\n[^1]: Comisión de la Verdad y Ejemplo 2003, vol. 6, 392–95.\n\n## Works Cited\n\n"
                        "Comisión de la Verdad y Ejemplo (CVE). 2003. Informe final. Lima: CVE.\n")
    [cited] = doc.notes[0].citations
    assert cited.kind == "short" and cited.item is not None and cited.locator == "392-95"


def test_where_the_person_heard_lives_is_who_they_are_not_where_they_were_heard():
    w = full("Entrevista telefónica del autor con un periodista venezolano radicado en Cúcuta, 18 de febrero de 2020.").work
    assert ([a.literal for a in w.authors], w.place) == (["periodista venezolano radicado en Cúcuta"], None)


@pytest.mark.parametrize("accessed", ["[consultado: 2 mayo 2024]", "[Fecha de consulta: 2 de mayo de 2024]",
                                      "(consultado: 2 mayo 2024)"])
def test_an_access_date_after_a_colon_is_when_the_page_was_read_not_when_it_appeared(accessed):
    # ISO 690 as Spanish notes print it: the report's own date stays its date
    import citex

    (n,) = citex.extract(f"Notes\n\n1. Defensoría del Pueblo, \"Reporte sobre conflictos sociales en la Amazonía,\" 12 de "
                         f"abril de 2023, https://www.defensoria.gob.pe/reporte/ {accessed}.\n").notes
    w = n.citations[0].work
    assert w.date == (2023, 4, 12) and w.accessed == (2024, 5, 2)


@pytest.mark.parametrize("undated", ["s.f.", "s. f.", "s/f", "n.d."])
def test_an_undated_mark_after_the_title_is_no_container(undated):
    import citex

    (n,) = citex.extract(f"Notes\n\n1. Ministerio del Ambiente, \"Minería ilegal en Madre de Dios,\" {undated}, "
                         "https://www.minam.gob.pe/mineria-ilegal/.\n").notes
    w = n.citations[0].work
    assert w.container is None and w.title == "Minería ilegal en Madre de Dios" and w.date is None


@pytest.mark.parametrize("group", ["Al-Qaeda in Iraq", "Al-Qaeda in the Arabian Peninsula", "Islamic State of Iraq",
                                   "Tehrik-i-Taliban Pakistan", "Hurras al-Din", "Boko Haram",
                                   "Al-Qa`ida in the Islamic Maghreb", "Jamaat-ul-Ahrar"])
def test_an_armed_group_signing_its_statement_is_its_author_not_a_person(group):
    # the groups whose statements jihadism studies cite: a body, never "Iraq" after prose "Al-Qaeda in", never a given
    # name "Boko" and a family "Haram"
    import citex

    (n,) = citex.extract(f"Notes\n\n1. {group}, \"Statement on the Martyrdom of Abu Example,\" June 8, 2016.\n").notes
    (c,) = n.citations
    assert [a.literal for a in c.work.authors] == [group.replace("'", "’")]
    assert c.work.title == "Statement on the Martyrdom of Abu Example" and c.work.date == (2016, 6, 8)


def test_a_sanctions_regime_named_in_a_report_title_is_no_publisher():
    import citex

    (n,) = citex.extract("Notes\n\n1. United Nations Security Council, Twenty-Fourth Report of the Analytical Support and "
                         "Sanctions Monitoring Team Submitted Pursuant to Resolution 2368 (2017) Concerning ISIL (Da'esh), "
                         "Al-Qaida and Associated Individuals and Entities, S/2019/570, 15 July 2019, para. 12.\n").notes
    assert n.citations[0].work.publisher is None


@pytest.mark.parametrize("pages,locator", [("pp. 23-24 y 31", "23-24, 31"), ("pp. 12, 15 and 19", "12, 15, 19"),
                                           ("pp. 21–34, 211–34", "21-34, 211-34")])
def test_every_page_a_note_lists_after_pp_is_its_pinpoint(pages, locator):
    import citex

    (n,) = citex.extract(f"Notes\n\n1. Gabriel Roe, *El sentimiento de inseguridad* (Buenos Aires: Siglo XXI, 2009), "
                         f"{pages}.\n").notes
    assert n.citations[0].locator == locator


def test_an_articles_pages_then_the_page_cited_in_them_stay_apart():
    import citex

    (n,) = citex.extract("Notes\n\n1. Thomas Roe, \"The Rise of Example Fighters,\" International Security 35:3 (2010): "
                         "pp. 53-94, 60.\n").notes
    assert n.citations[0].locator == "60" and n.citations[0].work.page == "53-94"


def test_a_town_after_a_bodys_press_release_is_where_it_was_issued_not_its_publisher():
    import citex

    (n,) = citex.extract("Notes\n\n1. Inter Services Public Relations, Press Release No. PR-60/2019-ISPR, Rawalpindi, 27 "
                         "February 2019.\n").notes
    w = n.citations[0].work
    assert (w.place, w.publisher, w.date) == ("Rawalpindi", None, (2019, 2, 27))


@pytest.mark.parametrize("note,outlet,number,publisher", [
    ("*Voice of Khurasan*, no. 14 (2022).", "Voice of Khurasan", "14", None),
    ("Al-Malahem Media, *Inspire*, issue 17 (Summer 2017).", "Inspire", "17", "Al-Malahem Media"),
])
def test_a_whole_issue_of_a_magazine_in_italics_is_that_issue(note, outlet, number, publisher):
    # no article title: the magazine, its number and date (and the media arm that issued it), never "no" or "(" as a journal
    import citex

    (n,) = citex.extract(f"Notes\n\n1. {note}\n").notes
    w = n.citations[0].work
    assert (w.type, w.container, w.issue, w.publisher) == ("article-magazine", outlet, number, publisher)


def test_a_journal_volume_in_italics_with_its_year_is_no_whole_issue():
    import citex

    (n,) = citex.extract("Notes\n\n1. Jane Roe, \"Central Bank Communication,\" *Journal of Monetary Economics* 127 (2022): "
                         "69–85.\n").notes
    w = n.citations[0].work
    assert w.type == "article-journal" and w.title == "Central Bank Communication"


@pytest.mark.parametrize("note,who,place", [
    ("Discussion with a Catholic priest, Pichari, May 2013.", ["a Catholic priest"], "Pichari"),
    ("Group discussion with Shan farmers, Hsipaw township, January 2016.", ["Shan farmers"], "Hsipaw township"),
    ("Author interviews, Upper Huallaga, various dates 2012.", [], "Upper Huallaga"),
    ("Interviews, Catatumbo, 2019.", [], "Catatumbo"),
    ("Personal communication, former provincial council member, Lashkar Gah, by telephone, 5 March 2013.",
     ["former provincial council member"], "Lashkar Gah"),
])
def test_interviews_written_the_ways_field_researchers_write_them(note, who, place):
    # a discussion is an interview; a region the gazetteer may not hold is where, not who; "various dates" is no place
    import citex

    (n,) = citex.extract(f"Notes\n\n1. {note}\n").notes
    (c,) = n.citations
    assert c.work.type == "interview" and [a.literal for a in c.work.authors] == who and c.work.place == place


def test_two_interviews_in_one_sentence_joined_by_and_with_are_two():
    import citex

    (n,) = citex.extract("Notes\n\n1. Interviews with residents of Palmapampa, Ayacucho, Peru, May 2013, and with a "
                         "municipal official, Pichari, May 2013.\n").notes
    assert [([a.literal for a in c.work.authors], c.work.place) for c in n.citations] == \
        [(["residents of Palmapampa"], "Ayacucho, Peru"), (["a municipal official"], "Pichari")]


@pytest.mark.parametrize("who", ["SOS Orinoco", "FOD Financiën", "JEP Colombia", "RNZ Pacific"])
def test_a_bodys_initials_then_a_word_sign_as_a_body(who):
    import citex

    (n,) = citex.extract(f"Notes\n\n1. {who}, \"La minería aurífera en el Parque Nacional Canaima,\" October 2021.\n").notes
    assert [a.literal for a in n.citations[0].work.authors] == [who]


def test_a_family_name_in_capitals_then_a_given_name_stays_a_person():
    from citex.parse.names import parse_names

    (name,) = parse_names("DUPONT Jean")
    assert name.literal is None and name.given == "Jean"


def test_an_outlet_named_by_its_domain_before_the_headline_is_the_outlet():
    import citex

    (n,) = citex.extract("Notes\n\n1. Semana.com, \"Minería ilegal en el Cauca,\" 4 de mayo de 2022.\n").notes
    w = n.citations[0].work
    assert (w.type, w.title, w.container, w.date) == ("article-newspaper", "Minería ilegal en el Cauca", "Semana.com",
                                                      (2022, 5, 4))


def test_a_bare_year_closing_a_first_citation_is_its_date_not_a_page():
    import citex

    (n,) = citex.extract("Notes\n\n1. Mongabay, \"Gold rush in the Yapacana,\" 2022.\n").notes
    c = n.citations[0]
    assert (c.locator, c.work.date) == (None, (2022,))


def test_a_double_issue_of_a_journal_is_its_issue():
    # "núms. 49-50": two numbers bound as one, still an article in the journal, never a report it published
    import citex

    (n,) = citex.extract("Notes\n\n1. Bruce Michael Roe, \"Narcotráfico y política exterior\", *Colombia Internacional*, "
                         "núms. 49-50, 2000, pp. 5-38.\n").notes
    w = n.citations[0].work
    assert (w.type, w.container, w.issue, w.page) == ("article-journal", "Colombia Internacional", "49-50", "5-38")


@pytest.mark.parametrize("body", ["Procuración Penitenciaria de la Nación", "Consejería Comisionada de Paz"])
def test_spanish_bodies_named_by_their_office_word_are_bodies(body):
    from citex.parse.names import parse_names

    assert [n.literal for n in parse_names(body)] == [body]


@pytest.mark.parametrize("body,number", [("Congressional Research Service, R41576", "R41576"),
                                         ("U.S. Government Accountability Office, GAO-07-78", "GAO-07-78")])
def test_a_reports_code_after_its_publisher_in_brackets_is_no_part_of_the_publisher(body, number):
    import citex

    (n,) = citex.extract(f"Notes\n\n1. June S. Roe, Mexico: Organized Crime and Drug Trafficking Organizations (Washington, "
                         f"D.C.: {body}, 2015), p. 22.\n").notes
    w = n.citations[0].work
    assert (w.publisher, w.genre, w.place) == (body.rsplit(", ", 1)[0], number, "Washington, D.C.")


@pytest.mark.parametrize("note", [
    "HSM Press Office (@HSMPress), Twitter post, September 21, 2013, https://twitter.com/HSMPress/status/2, accessed "
    "September 22, 2013.",
    "Tweet by @HSMPress, September 21, 2013, https://twitter.com/HSMPress/status/1, accessed September 22, 2013.",
])
def test_a_post_read_on_a_later_day_keeps_its_own_date(note):
    import citex

    (n,) = citex.extract(f"Notes\n\n1. {note}\n").notes
    w = n.citations[0].work
    assert (w.type, w.container, w.date, w.accessed) == ("webpage", "Twitter", (2013, 9, 21), (2013, 9, 22))


def test_a_post_read_on_a_later_day_with_no_address_is_still_a_post():
    import citex

    (n,) = citex.extract("Notes\n\n1. HSM Press Office (@HSMPress), Twitter post, September 21, 2013, accessed September 22, "
                         "2013.\n").notes
    w = n.citations[0].work
    assert (w.type, w.container, w.date) == ("webpage", "Twitter", (2013, 9, 21))


def test_a_town_and_its_state_after_the_body_that_issued_a_report_are_its_place():
    import citex

    (n,) = citex.extract("Notes\n\n1. Ben Roe, \"Embracing the Fog of War,\" RAND Corporation, Santa Monica, CA, 2012.\n").notes
    w = n.citations[0].work
    assert (w.publisher, w.place, w.date) == ("RAND Corporation", "Santa Monica, CA", (2012,))


@pytest.mark.parametrize(
    ("text", "who", "platform", "date"),
    [
        pytest.param('Message posted to the "Example News Agency" channel on Rocket.Chat, January 14, 2020.',
                     "Example News Agency", "Rocket.Chat", (2020, 1, 14), id="posted-to-a-quoted-channel-on-a-platform"),
        pytest.param("Tweet by a pro-Example account (since suspended), December 29, 2019, archived by the author.",
                     "a pro-Example account", "Twitter", (2019, 12, 29), id="an-account-since-suspended"),
        pytest.param('Telegram post by the "Example" channel, March 23, 2024.', "Example", "Telegram", (2024, 3, 23),
                     id="the-quoted-channel-is-the-author"),
        pytest.param("Post on X by @example_watch, April 2, 2024, https://x.com/example_watch/status/1775.", "@example_watch",
                     "X", (2024, 4, 2), id="post-on-a-platform-by-a-handle"),
    ],
)
def test_posts_whose_author_is_a_channel_or_an_account(text, who, platform, date):
    w = full(text).work
    assert (w.type, [a.literal for a in w.authors], w.container, w.date, w.title) == ("webpage", [who], platform, date, None)


@pytest.mark.parametrize(
    ("note", "authors"),
    [
        pytest.param("Servicio Nacional de Atención Integral a Personas Adultas Privadas de la Libertad y a Adolescentes "
                     "Infractores (SNAI), *Estadísticas penitenciarias, diciembre 2022* (Quito: SNAI, 2023).",
                     ["Servicio Nacional de Atención Integral a Personas Adultas Privadas de la Libertad y a Adolescentes "
                      "Infractores (SNAI)"], id="a-long-body-name-closed-by-its-acronym"),
        pytest.param("Oficina de las Naciones Unidas contra la Droga y el Delito (UNODC) y Gobierno de Colombia, *Colombia: "
                     "Monitoreo de territorios* (Bogotá: UNODC, septiembre de 2023), 12.",
                     ["Oficina de las Naciones Unidas contra la Droga y el Delito (UNODC)", "Gobierno de Colombia"],
                     id="two-bodies-joined-by-y"),
        pytest.param("C4EX and Born Free USA, *Out of Africa: Mapping the Trade* (Washington, DC: C4EX, 2014), 18.",
                     ["C4EX", "Born Free USA"], id="an-acronym-and-a-body-before-the-title"),
    ],
)
def test_bodies_named_before_a_report_title_are_its_authors(note, authors):
    assert [a.literal for a in full(note).work.authors] == authors


@pytest.mark.parametrize(
    ("note", "publisher", "place", "date"),
    [
        pytest.param("International Example Group, Stemming the Insurrection, Africa Report No. 303 (Example Group, Brussels, "
                     "11 June 2021), p. 4.", "Example Group", "Brussels", (2021, 6, 11), id="a-full-date-after-the-town"),
        pytest.param("Instituto Nacional de Exemplo, Recenseamento Geral 2017: Resultados definitivos (INE, Maputo, 2019).",
                     "INE", "Maputo", (2019,), id="a-publisher-by-its-initials"),
        pytest.param("Jane Roe and Ann Doe, Exploding stereotypes (Example Center, West Point, NY, 2017), p. 31.",
                     "Example Center", "West Point, NY", (2017,), id="a-town-known-by-its-state"),
    ],
)
def test_african_affairs_publisher_then_town_then_date(note, publisher, place, date):
    import citex

    (cite,) = citex.extract(f"Notes\n\n1. {note}\n").notes[0].citations
    w = cite.work
    assert (w.publisher, w.place, w.date) == (publisher, place, date)
    assert "(" not in (w.title or "")


@pytest.mark.parametrize(
    ("note", "genre"),
    [
        pytest.param('"Treasury Designates Example Charity," U.S. Department of the Treasury, press release JS-1720, June 10, '
                     "2004.", "Press release JS-1720", id="a-release-code"),
        pytest.param('"Example Charity Designated," U.S. Department of the Treasury, press release No. 23-114, June 10, 2023.',
                     "Press release 23-114", id="a-release-number-after-no"),
        pytest.param('"Example Charity Designated," U.S. Department of the Treasury, press release, June 10, 2023.',
                     "Press release", id="no-number"),
    ],
)
def test_a_press_releases_number_stays_with_its_genre(note, genre):
    w = full(note).work
    assert (w.type, w.genre, w.date[:1]) == ("document", genre, (int(note.rstrip(".")[-4:]),))


@pytest.mark.parametrize(
    ("note", "kind", "genre"),
    [
        pytest.param("Jane Roe, “Example Counterterrorism Strategy: Prevention and Aftercare,” Carnegie Papers no. 97, September "
                     "2008.", "report", "Carnegie Papers no. 97", id="a-think-tanks-numbered-papers"),
        pytest.param("Jane Roe and John Doe, Sendero Luminoso and the Threat of Narcoterrorism, The Washington Papers 144 (New "
                     "York: Praeger, 1990).", "book", "The Washington Papers 144", id="a-book-series-with-a-book-publisher"),
    ],
)
def test_a_series_of_papers_with_its_number(note, kind, genre):
    w = full(note).work
    assert (w.type, w.genre) == (kind, genre)


@pytest.mark.parametrize("printed", ["3rd edn (", "3rd ed. (", "3rd edn, ("])
def test_a_british_edition_before_the_publication_facts(printed):
    note = f"Jane Roe, *A History of Example*, {printed}Cambridge: Cambridge University Press, 2007), 277–80.".replace(", (", " (")
    w = full(note).work
    assert (w.edition, w.title, w.publisher) == ("3", "A History of Example", "Cambridge University Press")


@pytest.mark.parametrize(("note", "genre"), [("Personal communication from a UN official, Amman, 3 February 2020.",
                                               "Personal communication"),
                                              ("Correspondence from a UN official, Amman, 3 February 2020.", "Correspondence")])
def test_a_communication_from_someone_names_who_wrote(note, genre):
    w = full(note).work
    assert (w.type, [a.literal for a in w.authors], w.place, w.genre) == ("interview", ["a UN official"], "Amman", genre)


@pytest.mark.parametrize(("note", "who", "place", "genre", "medium"), [
    pytest.param("Personal communication with Lupita, 2 June 2017.", "Lupita", None, "Personal communication", None,
                 id="with-a-pseudonym-no-place"),
    pytest.param("Personal communication, Dr. Amadou Roe, 12 June 2019.", "Amadou Roe", None, "Personal communication",
                 None, id="kind-then-a-named-person"),
    pytest.param("WhatsApp message to the author from Lupita, 2 June 2017.", "Lupita", None, "Message", "WhatsApp",
                 id="messenger-to-the-author-from"),
    pytest.param("Message WhatsApp de Moussa K. à l’auteure, 2 avril 2019.", "Moussa K.", None, "Message", None,
                 id="french-message-to-the-author"),
    pytest.param("Correo electrónico de un funcionario del INM al autor, 4 de diciembre de 2019.", "un funcionario del INM",
                 None, "Correo electrónico", None, id="spanish-email-to-the-author"),
    pytest.param("Communication personnelle d'Ousmane D., Bamako, 5 février 2019.", "Ousmane D.", "Bamako",
                 "Communication personnelle", None, id="french-personal-communication"),
    pytest.param("Conversación informal con un policía municipal, Ciudad Juárez, marzo de 2016.", "un policía municipal",
                 "Ciudad Juárez", "Conversación", None, id="spanish-informal-conversation"),
])
def test_personal_communications_name_who_wrote_or_spoke_in_english_french_and_spanish(note, who, place, genre, medium):
    # fieldwork notes cite messages and conversations in the language of the article; none is commentary, and the person
    # is the author, not a place
    w = full(note).work
    shown = [" ".join(x for x in (a.given, a.family) if x) or a.literal for a in w.authors]
    assert (w.type, shown, w.place, w.genre) == ("interview", [who], place, genre)
    if medium:
        assert w.medium == medium


@pytest.mark.parametrize(("note", "who"), [
    pytest.param("Interview with Doña Rosa, market vendor, Ciudad Juárez, 12 March 2016.", "Doña Rosa", id="doña-and-a-role"),
    pytest.param("Interview with Doña Rosa, 14 August 2017.", "Doña Rosa", id="doña-alone"),
    pytest.param("Entrevista con Don Beto, Tapachula, 3 de mayo de 2019.", "Don Beto", id="don"),
    pytest.param("Interview with Hajja Aminata, Bamako, 4 May 2019.", "Hajja Aminata", id="hajja"),
    pytest.param("Interview with Ibrahim, ghetto owner, Agadez, 20 January 2018.", "Ibrahim", id="one-name-and-a-role"),
    pytest.param("Interview with “El Roe” (pseudonym), former member of a police unit, Ciudad Juárez, 2016.", "El Roe",
                 id="quoted-pseudonym-and-a-role"),
])
def test_an_informant_called_by_a_form_of_address_or_one_name_is_one_literal_name_without_the_role(note, who):
    # ethnographies call informants "Doña Rosa" or "Ibrahim" in every note: one author form, whether a role follows or not
    # (the role is the note's to tell, as it is for a full name)
    w = full(note).work
    assert [(a.literal, a.family, a.given) for a in w.authors] == [(who, None, None)]


def test_a_journal_de_terrain_is_the_authors_field_notes():
    import citex

    (n,) = citex.extract("Notes\n\n1. Journal de terrain, Agadez, 16 janvier 2018.\n").notes
    w = n.citations[0].work
    assert (w.type, w.title, w.place, w.date) == ("document", "Journal de terrain", "Agadez", (2018, 1, 16))


def test_editors_listed_before_a_title_that_names_a_report_stay_editors():
    w = full("Ana Roe, Olga Doe y Alberto Poe (eds.), Inseguridad y violencia en Ejemplo. Informe 2008 (Caracas: Editorial "
             "Alfa, 2009).").work
    assert ([e.family for e in w.editors], w.authors, w.title) == (["Roe", "Doe", "Poe"], (),
                                                                   "Inseguridad y violencia en Ejemplo. Informe 2008")


@pytest.mark.parametrize("symbol", ["OEA/Ser.L/V/II, Doc. 57", "OAS/Ser.L/V/II.154, Doc. 19", "OEA/Ser.L/V/II, Doc. 97/24"])
def test_an_oas_documents_symbol_is_its_number(symbol):
    w = full(f"Comisión Interamericana de Derechos Humanos, Informe sobre seguridad ciudadana y derechos humanos, {symbol}, "
             "31 de diciembre de 2009.").work
    assert (w.type, w.title, w.genre, w.publisher, w.date) == (
        "report", "Informe sobre seguridad ciudadana y derechos humanos", symbol, None, (2009, 12, 31))


@pytest.mark.parametrize(
    ("note", "author", "title"),
    [
        pytest.param("Ministerio del Ambiente, Agua y Transición Ecológica (MAATE), Informe de rendición de cuentas 2022 (Quito: "
                     "MAATE, 2023), 44.", "Ministerio del Ambiente, Agua y Transición Ecológica (MAATE)",
                     "Informe de rendición de cuentas 2022", id="a-ministry-whose-name-holds-a-comma"),
        pytest.param("Ministry of Health, National Example Plan (NEP), Annual Report 2022 (Lima: Ministry of Health, 2023), 4.",
                     "Ministry of Health", None, id="an-acronym-that-spells-no-body-name"),
    ],
)
def test_a_body_name_closed_by_the_initials_it_spells(note, author, title):
    w = full(note).work
    assert [a.literal for a in w.authors] == [author] and (title is None or w.title == title)


@pytest.mark.parametrize(
    ("note", "who", "place", "asked"),
    [
        pytest.param("Author interview with a Taliban commander, Musa Qala, conducted through an intermediary, October 2012.",
                     "a Taliban commander", "Musa Qala", None, id="how-it-was-held-is-no-place"),
        pytest.param("Interview (anonymous), Tatmadaw officer, Lashio, January 2016.", "Tatmadaw officer", "Lashio", None,
                     id="anonymous-before-who"),
        pytest.param("Interviews with members of a village militia (*pyithu sit*), Namtu, Shan State, January 2016.",
                     "members of a village militia (pyithu sit)", "Namtu, Shan State", None, id="a-local-word-in-italics"),
        pytest.param("Interview conducted by the author's research assistant with a cocalero leader, Pichari, Peru, "
                     "September 2013.", "a cocalero leader", "Pichari, Peru", None, id="the-authors-research-assistant"),
        pytest.param("Entrevista de Example Crime con un fiscal de Antioquia, Medellín, 12 de mayo de 2021.",
                     "fiscal de Antioquia", "Medellín", "Example Crime", id="a-newsroom-asked"),
        pytest.param("Entrevista a un exfuncionario de la Policía Nacional del Perú, realizada por el autor en Lima el 15 de "
                     "marzo de 2019.", "exfuncionario de la Policía Nacional del Perú", "Lima", None, id="realizada-por-el-autor"),
        pytest.param("Entrevista com coordenadora do CRAS, realizada pela autora em Caruaru (PE), em 12 de março de 2019.",
                     "coordenadora do CRAS", "Caruaru (PE)", None, id="realizada-pela-autora-em"),
    ],
)
def test_interviews_keep_who_was_heard_apart_from_how_and_by_whom(note, who, place, asked):
    w = full(note).work
    assert (w.type, [a.literal for a in w.authors], w.place) == ("interview", [who], place)
    assert [a.literal for a in w.interviewer] == ([asked] if asked else [])


@pytest.mark.parametrize("wire", ["Associated Press", "Reuters", "Agence France-Presse"])
def test_a_wire_named_before_the_headline_then_its_dateline(wire):
    w = full(f"{wire}, “Example Sends Troops to Border State,” Mexico City, November 5, 2019.").work
    assert (w.type, w.container, w.place, w.date) == ("article-newspaper", wire, "Mexico City", (2019, 11, 5))


@pytest.mark.parametrize(("note", "authors", "container"), [
    ("Associated Press, “Peru Says Rebel Chief Killed,” Chicago Tribune, August 12, 2013.", ["Associated Press"],
     "Chicago Tribune"),
    ("Associated Press, “Peru Says Rebel Chief Killed,” August 12, 2013.", [], "Associated Press"),
])
def test_a_wires_story_carried_by_a_paper_is_the_wires(note, authors, container):
    w = full(note).work
    assert (w.type, [a.literal for a in w.authors], w.container) == ("article-newspaper", authors, container)


def test_a_papers_town_in_brackets_is_its_place():
    w = full("“Sendero Luminoso se reagrupa,” La República (Lima), 5 de junio de 2013.").work
    assert (w.type, w.container, w.place, w.date) == ("article-newspaper", "La República", "Lima", (2013, 6, 5))


@pytest.mark.parametrize(("series", "genre"), [(", SWP Comment 2019/C 02", "SWP Comment 2019/C 02"), (", Letort Papers", "Letort Papers"),
                                               ("", None)])
def test_a_think_tanks_series_after_the_title_is_no_part_of_it(series, genre):
    w = full(f"Jane Roe, Example Car Bombings in Mexico{series} (Carlisle, PA: Strategic Studies Institute, August 2013).").work
    assert (w.title, w.genre) == ("Example Car Bombings in Mexico", genre)


@pytest.mark.parametrize("law", ["Ley 1453 de 2011", "Decreto 1844 de 2018"])
def test_a_law_numbered_by_its_year_before_its_quoted_name_keeps_its_number(law):
    w = full(f'{law}, "por medio de la cual se reforma el Código Penal", Diario Oficial n.º 48.110, 24 de junio de 2011.').work
    assert (w.type, w.genre, w.title) == ("document", law, "por medio de la cual se reforma el Código Penal")


def test_a_decree_then_the_gazette_that_printed_it():
    w = full("Decreto Legislativo n.º 333, Diario Oficial, San Salvador, 27 de marzo de 2022.").work
    assert (w.type, w.title, w.container, w.place, w.date) == (
        "document", "Decreto Legislativo n.º 333", "Diario Oficial", "San Salvador", (2022, 3, 27))


def test_a_departments_office_that_issued_a_release_stays_with_the_department():
    w = full('"Example Hacker Sentenced to 20 Years in Prison," U.S. Department of Justice, Office of Public Affairs, '
             "September 23, 2016.").work
    assert (w.type, w.publisher, w.date) == ("document", "U.S. Department of Justice, Office of Public Affairs", (2016, 9, 23))


@pytest.mark.parametrize(("note", "author", "container"), [
    ("Canal N, “Emboscada en Llochegua deja cuatro muertos,” April 11, 2013.", [], "Canal N"),
    ("Federale Overheidsdienst Financiën, *Jaarverslag 2022* (Brussels: FOD Financiën, 2023), 56.",
     ["Federale Overheidsdienst Financiën"], None),
    ("Algemene Administratie van Douane en Accijnzen, *Jaarverslag 2022* (Brussels: FOD Financiën, 2023), 56.",
     ["Algemene Administratie van Douane en Accijnzen"], None),
])
def test_a_news_channel_and_dutch_public_bodies_are_no_persons(note, author, container):
    w = full(note).work
    assert ([a.literal for a in w.authors], w.container) == (author, container)


def test_the_day_a_channel_aired_an_item_is_its_date():
    w = full("Canal N, “Emboscada en Llochegua deja cuatro muertos,” broadcast April 11, 2013.").work
    assert (w.type, w.container, w.date) == ("article-newspaper", "Canal N", (2013, 4, 11))


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Redacción Judicial, «Lo que reveló el paro armado sobre el poder del Clan del Golfo», en El Espectador, "
                     "10 de mayo de 2022.", id="en-before-a-plain-outlet-then-its-date"),
        pytest.param("Redacción Judicial, «Lo que reveló el paro armado sobre el poder del Clan del Golfo» en El Espectador, "
                     "10/5/2022.", id="en-with-no-comma-date-in-figures"),
    ],
)
def test_en_before_an_outlet_printed_plain_only_says_where_it_appeared(text):
    c = full(text)
    assert (c.work.type, c.work.container, c.work.date) == ("article-newspaper", "El Espectador", (2022, 5, 10))


def test_a_chapter_in_guillemets_with_its_books_facts_set_off_by_commas():
    c = full("León Valencia, «Los caminos de la alianza entre paramilitares y políticos», en Mauricio Romero (ed.), "
             "Parapolítica, Intermedio, Bogotá, 2007, p. 23.")
    assert (c.work.type, c.work.title, c.work.container, [e.family for e in c.work.editors], c.work.publisher, c.locator) == \
        ("chapter", "Los caminos de la alianza entre paramilitares y políticos", "Parapolítica", ["Romero"], "Intermedio", "23")


def test_en_before_a_periodical_with_its_volume_and_no_editor_is_a_journal_not_a_book():
    c = full("F. Gutiérrez Sanín, «Criminal Rebels? A Discussion of Civil War and Criminality from the Colombian Experience», "
             "en Politics & Society, vol. 32, No 2, 2004, pp. 257-285.")
    assert (c.work.type, c.work.container, c.work.volume, c.work.issue, c.work.page) == \
        ("article-journal", "Politics & Society", "32", "2", "257-285")


def test_a_chapter_in_guillemets_with_no_comma_before_en():
    c = full("León Valencia, «Los caminos de la alianza entre paramilitares y políticos» en Mauricio Romero (ed.), "
             "Parapolítica, Intermedio, Bogotá, 2007, p. 23.")
    assert (c.work.type, c.work.title, c.work.container) == \
        ("chapter", "Los caminos de la alianza entre paramilitares y políticos", "Parapolítica")


@pytest.mark.parametrize(
    ("text", "who", "date"),
    [
        pytest.param("Email to the author from a former trust and safety contractor, 3 March 2023.",
                     "a former trust and safety contractor", (2023, 3, 3), id="email-to-the-author-from-someone"),
        pytest.param("Email to the author, 3 March 2022.", None, (2022, 3, 3), id="email-to-the-author-alone"),
        pytest.param("Letter to the author from a district official, 12 May 2019.", "a district official", (2019, 5, 12),
                     id="letter-to-the-author-from-someone"),
    ],
)
def test_a_message_to_the_author_opening_the_note_is_a_personal_communication(text, who, date):
    c = full(text)
    assert (c.work.type, c.work.authors[0].literal if c.work.authors else None, c.work.date) == ("interview", who, date)


@pytest.mark.parametrize("text", ["Email to the author from a former trust and safety contractor, 3 March 2023.",
                                  "Email to the author, 3 March 2022.", "Emails to the author, March 2022."])
def test_a_message_to_the_author_opening_the_note_is_cited_not_commentary(text):
    assert judge(text)[0] == "full"


def test_a_french_paragraph_pinpoint_of_a_un_report():
    c = full("Rapport du Secrétaire général sur la situation au Mali, S/2022/278, 30 mars 2022, par. 23.")
    assert (c.locator, c.label, c.work.date) == ("23", "paragraph", (2022, 3, 30))


@pytest.mark.parametrize(
    ("text", "family", "given"),
    [
        pytest.param("TELLES, Vera da Silva. *A cidade nas fronteiras do legal e ilegal*. Belo Horizonte: Argvmentvm, 2010.",
                     "Telles", "Vera da Silva", id="a-particle-among-the-given-names"),
        pytest.param("CALDEIRA, Teresa Pires do Rio. *Cidade de muros*: crime, segregação e cidadania em São Paulo. "
                     "São Paulo: Ed. 34, 2000. p. 101.", "Caldeira", "Teresa Pires do Rio", id="do-rio-among-the-given-names"),
    ],
)
def test_abnt_given_names_with_a_particle_inside_are_one_authors(text, family, given):
    import citex

    [note] = citex.extract(f"Texto.[^1]\n\n[^1]: {text}\n").notes
    [c] = note.citations
    assert (c.work.type, c.work.authors[0].family, c.work.authors[0].given) == ("book", family, given)


def test_ed_after_the_place_is_a_brazilian_publishers_editora_not_an_editor():
    c = full("Teresa Caldeira, *Cidade de muros* (São Paulo: Ed. 34, 2000), 101.")
    assert (c.work.editors, c.work.publisher, c.work.place) == ((), "Ed. 34", "São Paulo")


@pytest.mark.parametrize(
    ("text", "journal", "volume", "issue", "pages"),
    [
        pytest.param("MISSE, Michel. Mercados ilegais, redes de proteção e organização local do crime no Rio de Janeiro. "
                     "*Estudos Avançados*, São Paulo, v. 21, n. 61, p. 139-157, 2007.",
                     "Estudos Avançados", "21", "61", "139-157", id="the-journal-in-italics"),
        pytest.param("ADORNO, Sérgio. Exclusão socioeconômica e violência urbana. *Sociologias*, Porto Alegre, ano 4, n. 8, "
                     "p. 84-135, jul./dez. 2002.", "Sociologias", "4", "8", "84-135", id="ano-as-the-volume"),
    ],
)
def test_an_abnt_journal_article_keeps_its_pages(text, journal, volume, issue, pages):
    import citex

    [note] = citex.extract(f"Texto.[^1]\n\n[^1]: {text}\n").notes
    [c] = note.citations
    assert (c.work.type, c.work.container, c.work.volume, c.work.issue, c.work.page) == \
        ("article-journal", journal, volume, issue, pages)


@pytest.mark.parametrize("text", [
    "Kaplan, J., et al. (2020). Scaling Laws for Neural Language Models. arXiv:2001.08361",
    "Kaplan, J. et al. (2020). Scaling Laws for Neural Language Models. arXiv preprint arXiv:2001.08361.",
])
def test_an_arxiv_identifier_closing_an_apa_entry_is_its_address_not_its_year(text):
    w = full(text).work
    assert (w.title, w.date, w.url) == ("Scaling Laws for Neural Language Models", (2020,), "https://arxiv.org/abs/2001.08361")


def test_posts_on_a_platform_in_the_plural_are_the_accounts_posts():
    c = full("National Weather Service Phoenix (@NWSPhoenix), posts on X, July 1–31, 2023.")
    assert (c.work.authors[0].literal, c.work.container, c.work.genre, c.work.date) == \
        ("National Weather Service Phoenix", "X", "Posts on X", (2023, 7, 1))
    assert judge("National Weather Service Phoenix (@NWSPhoenix), posts on X, July 1–31, 2023.")[0] == "full"


@pytest.mark.parametrize("press", ["OUP", "CUP"])
def test_a_university_press_abbreviated_as_british_notes_print_it_publishes_a_book(press):
    c = full(f"Lawrence Freedman, Strategy: A History (Oxford: {press}, 2013), p. 5.")
    assert (c.work.type, c.work.publisher) == ("book", press)


def test_oscola_ibid_with_a_column_and_no_full_stop():
    assert judge("ibid col 171.")[0] == "ibid"
    import citex

    doc = citex.extract("Endnotes\n\n1. HC Deb 13 July 2021, vol 699, col 165.\n2. ibid col 171.\n", input_format="text")
    [again] = doc.notes[1].citations
    assert (again.kind, again.item, again.locator, again.label) == ("ibid", doc.notes[0].citations[0].item, "171", "column")


def test_volume_and_issue_in_brackets_before_the_year_in_brackets():
    c = full("Emma Mawdsley, 'The \"Southernisation\" of development?', *Asia Pacific Viewpoint* 59(2) (2018): 173–185.")
    assert (c.work.container, c.work.volume, c.work.issue, c.work.date, c.work.page) == \
        ("Asia Pacific Viewpoint", "59", "2", (2018,), "173-185")


def test_cairns_en_ligne_before_the_address_leaves_the_pages():
    c = full("Fabien Jobard, « Police, justice et discriminations raciales », *Déviance et Société*, vol. 30, no 4, 2006, "
             "p. 431-448, [en ligne] https://www.cairn.info/revue-deviance-et-societe-2006-4-page-431.htm, consulté le 12 janvier 2025.")
    assert (c.work.page, c.work.url, c.work.accessed) == \
        ("431-448", "https://www.cairn.info/revue-deviance-et-societe-2006-4-page-431.htm", (2025, 1, 12))


def test_id_in_lower_case_after_a_semicolon_is_the_same_author():
    import citex

    [note] = citex.extract("Notes\n\n1. Thomas Gomart, *Guerres invisibles*, Paris, Tallandier, 2021 ; id., *L'Affolement du "
                           "monde*, Paris, Tallandier, 2019.\n", input_format="text").notes
    assert [c.work.authors[0].family for c in note.citations] == ["Gomart", "Gomart"]


def test_dir_closing_a_list_of_four_names_makes_them_all_editors():
    c = full("Thomas Borrel, Amzat Boukari-Yabara, Benoît Collombat et Thomas Deltombe (dir.), L'Empire qui ne veut pas "
             "mourir. Une histoire de la Françafrique, Paris, Seuil, 2021.")
    assert ([e.family for e in c.work.editors], c.work.title, c.work.publisher) == \
        (["Borrel", "Boukari-Yabara", "Collombat", "Deltombe"], "L’Empire qui ne veut pas mourir. Une histoire de la Françafrique",
         "Seuil")


@pytest.mark.parametrize("text", [
    "Conférence de presse du président de la République, Emmanuel Macron, palais de l'Élysée, 10 juin 2021.",
    "Allocution télévisée du président de la République, Jacques Chirac, 14 novembre 2005.",
    "Rueda de prensa del presidente Gustavo Petro, Bogotá, 3 de mayo de 2023.",
])
def test_a_press_conference_or_a_televised_address_is_a_speech(text):
    assert judge(text)[0] == "full"
    c = full(text)
    assert c.work.type == "speech" and c.work.date is not None


def test_the_office_holder_named_after_the_heading_gave_the_address():
    c = full("Allocution télévisée du président de la République, Jacques Chirac, 14 novembre 2005.")
    assert (c.work.authors[0].family, c.work.date) == ("Chirac", (2005, 11, 14))


@pytest.mark.parametrize(("text", "genre", "locator"), [
    pytest.param("International Development Committee, *Effectiveness of UK aid: potential impact of FCO/DFID merger*, Fourth Report "
                 "of Session 2019–21, HC 596.", "Fourth Report of Session 2019–21, HC 596", None, id="select-committee-report"),
    pytest.param("Treasury Committee, Economic Crime, Eleventh Report of Session 2021–22, HC 145, 2 February 2022, paras 33–35.",
                 "Eleventh Report of Session 2021–22, HC 145", "33-35", id="with-its-day-and-paragraphs"),
])
def test_a_parliamentary_papers_number_is_its_number_not_a_page(text, genre, locator):
    c = full(text)
    assert (c.work.type, c.work.genre, c.work.publisher, c.locator) == ("report", genre, None, locator)


def test_a_french_interview_by_a_body_names_the_body_as_interviewer_not_the_interviewee():
    c = full("Entretiens de Crisis Group, responsables humanitaires, Mopti, mars 2023.")
    assert (c.work.authors[0].literal, c.work.interviewer[0].literal, c.work.place, c.work.date) == \
        ("responsables humanitaires", "Crisis Group", "Mopti", (2023, 3))


@pytest.mark.parametrize(("text", "title", "date"), [
    pytest.param("OHCHR, Report on the events in Moura from 27 to 31 March 2022, May 2023.",
                 "Report on the events in Moura from 27 to 31 March 2022", (2023, 5), id="days-covered-in-the-title"),
    pytest.param("UNAMA, Midyear Update on the Protection of Civilians in Armed Conflict: 1 January to 30 June 2021, July 2021.",
                 "Midyear Update on the Protection of Civilians in Armed Conflict: 1 January to 30 June 2021", (2021, 7),
                 id="period-covered-after-a-colon"),
])
def test_a_bodys_unmarked_title_with_dates_of_its_own_is_dated_by_the_month_closing_the_note(text, title, date):
    assert judge(text)[0] == "full"
    c = full(text)
    assert (c.work.type, c.work.title, c.work.date, c.locator) == ("report", title, date, None)


def test_an_interview_held_under_the_chatham_house_rule_says_how_not_who():
    c = full("Conversation with a senior British Army officer, held under the Chatham House Rule, Andover, 12 October 2023.")
    assert (c.work.type, c.work.authors[0].literal, c.work.place, c.work.date) == \
        ("interview", "a senior British Army officer", "Andover", (2023, 10, 12))


@pytest.mark.parametrize(("text", "kind"), [
    pytest.param("Jean-Pierre Doe, « Faire la paix et construire l'État », Étude de l'IRSEM, n° 51, juillet 2017.", "report",
                 id="etude-de-l-irsem"),
    pytest.param("Mathieu Pellerin, « Les violences armées au Sahara », Études de l'Ifri, Ifri, novembre 2019.", "report",
                 id="etudes-de-l-ifri"),
    pytest.param("Jane Roe, « Les paysans », *Études rurales*, n° 66, 2018, p. 3-20.", "article-journal",
                 id="a-journal-whose-name-opens-on-etudes"),
])
def test_an_institutes_own_series_of_papers_is_a_report_series(text, kind):
    assert full(text).work.type == kind


@pytest.mark.parametrize(("text", "family", "column"), [
    pytest.param("HC Deb 13 July 2021, vol 699, col 165 (Boris Johnson).", "Johnson", "165", id="member-alone"),
    pytest.param("HC Deb 22 March 2021, vol 691, col 638 (Ben Wallace, Secretary of State for Defence).", "Wallace", "638",
                 id="member-and-office"),
])
def test_hansard_with_the_member_who_spoke_in_brackets_keeps_the_column(text, family, column):
    c = full(text)
    assert (c.work.type, c.work.authors[0].family, c.locator, c.label) == ("speech", family, column, "column")


def test_a_universitys_centre_by_its_town_and_initials_is_a_body_not_a_person():
    c = full("Stanford HAI, *Artificial Intelligence Index Report 2024* (Stanford, CA: Stanford Institute for Human-Centered "
             "Artificial Intelligence, 2024).")
    assert c.work.authors == (Name(literal="Stanford HAI"),)
    assert not looks_like_names("Stanford HAI") or parse_names("Ana DIAS")[0].family == "Dias"  # a given name, then capitals


@pytest.mark.parametrize("text", [
    ", *Final Report*, H. Rept. 117-663 (Washington, DC: U.S. Government Publishing Office, 2022), 499–500.",
    ", “Mayor Announces an Example Stakeholder Group,” press release, December 13, 2021.",
])
def test_a_piece_opening_on_a_comma_is_read_not_failed(text):
    w = full(text).work
    assert w.parsed and not any(e.startswith("reader failed") for e in w.evidence)


@pytest.mark.parametrize("journal", ["*Nature Medicine*", "Nature Medicine"])
def test_natures_volume_pages_then_year_after_a_quoted_title(journal):
    c = full(f"Joan Ballester et al., “Heat-related mortality in Europe during the summer of 2022,” {journal} 29, 1857–1866 (2023).")
    assert (c.work.container, c.work.volume, c.work.page, c.work.date, c.locator) == \
        ("Nature Medicine", "29", "1857-1866", (2023,), None)


def test_a_sub_paragraph_pinpoint_of_a_un_report():
    c = full("Final report of the Group of Experts, S/2022/479, 14 June 2022, para. 60(a).")
    assert (c.locator, c.label, c.work.date) == ("60(a)", "paragraph", (2022, 6, 14))


def test_two_people_heard_under_pseudonyms_are_two_interviewees():
    c = full("Human Rights Watch interviews with Aisha and Zainab (pseudonyms), Maiduguri, June 2021.")
    assert (c.work.authors, c.work.place, c.work.date) == ((Name(literal="Aisha"), Name(literal="Zainab")), "Maiduguri", (2021, 6))


@pytest.mark.parametrize(("text", "family", "given"), [
    pytest.param("Ejemplar, Anabel, *Los señores de ejemplo*, México, Grijalbo, 2010, págs. 301-325.", "Ejemplar", "Anabel",
                 id="an-unlisted-given-name-before-an-italic-title"),
    pytest.param("Rincón, Wilber, «La guerra de ejemplo», *Semana*, 3 de mayo de 2012.", "Rincón", "Wilber",
                 id="an-unlisted-given-name-before-a-quoted-title"),
    pytest.param("del Ejemplo, Yesid, *Un libro de ejemplo*, Bogotá, Planeta, 2015.", "del Ejemplo", "Yesid",
                 id="a-particle-and-an-unlisted-given-name"),
])
def test_a_family_name_then_any_given_name_before_a_title_is_the_author(text, family, given):
    work = full(text).work
    assert [(a.family, a.given) for a in work.authors] == [(family, given)]


def test_a_series_then_a_town_and_its_publisher_before_an_address():
    # (Perspectives on Terrorism's house style: "…, *Series*, Town: Publisher, Month Year; URL: …")
    work = full("Jane Roe, \"Example Radicalisation: A Conceptual Discussion\", *ICCT Research Paper*, The Hague: Example "
                "Centre for Counter-Terrorism, March 2013; URL: https://www.example.nl/download/roe.pdf.").work
    assert (work.type, work.publisher, work.place, work.genre, work.url) == (
        "report", "Example Centre for Counter-Terrorism", "The Hague", "ICCT Research Paper", "https://www.example.nl/download/roe.pdf")


@pytest.mark.parametrize(("text", "family", "given"), [
    pytest.param("Remarks by National Security Advisor Jake Sullivan on Example Leadership at the Example Institution, The White "
                 "House, April 27, 2023.", "Sullivan", "Jake", id="national-security-advisor"),
    pytest.param("\"Remarks by Vice President Roe at the Example Security Conference,\" The White House, February 18, 2023.",
                 "Roe", None, id="vice-president-and-a-surname-alone"),
    pytest.param("\"Press Briefing by Press Secretary Jen Roe, February 24, 2022,\" The White House, February 24, 2022.",
                 "Roe", "Jen", id="press-secretary-in-a-quoted-briefing"),
    pytest.param("Press Briefing by Press Secretary Karine Jean-Roe, August 3, 2022, The White House.", "Jean-Roe", "Karine",
                 id="a-briefing-dated-then-its-issuer"),
])
def test_an_office_before_the_speakers_name_is_no_part_of_it(text, family, given):
    work = full(text).work
    assert (work.type, [(a.family, a.given) for a in work.authors]) == ("speech", [(family, given)])
    assert work.date is not None


@pytest.mark.parametrize(("text", "title", "court", "genre", "date"), [
    pytest.param("Sala Penal Nacional, Exp. N° 26-2012, sentencia contra Juan Ejemplo Roe, 7 de junio de 2013.",
                 "Sentencia contra Juan Ejemplo Roe", "Sala Penal Nacional", "Exp. N° 26-2012", (2013, 6, 7),
                 id="a-case-file-then-the-ruling-in-it"),
    pytest.param("Jurisdicción Especial para la Paz, Sala de Reconocimiento de Verdad, Auto n.º 019 de 2021, 26 de enero de 2021.",
                 "Auto n.º 019 de 2021", "Jurisdicción Especial para la Paz, Sala de Reconocimiento de Verdad", None, (2021, 1, 26),
                 id="a-special-jurisdictions-order"),
])
def test_latin_american_rulings_by_court_file_and_day(text, title, court, genre, date):
    work = full(text).work
    assert (work.type, work.title, work.publisher, work.genre, work.date) == ("document", title, court, genre, date)


@pytest.mark.parametrize("text", [
    "Declaraciones del general Jorge Roe Ejemplo, director de la Policía Nacional, a Caracol Radio, 25 de octubre de 2021.",
    "Jorge Roe Ejemplo, declaraciones a Caracol Radio, 25 de octubre de 2021.",
])
def test_statements_to_a_radio_station_are_the_speakers_interview_there(text):
    work = full(text).work
    assert (work.type, [a.family for a in work.authors], work.container, work.date) == \
        ("interview", ["Roe Ejemplo"], "Caracol Radio", (2021, 10, 25))


@pytest.mark.parametrize(("text", "authors", "date"), [
    pytest.param("CRS In Focus IF12327, *Example Export Controls and Advanced Semiconductors*, by Karen M. Roe.", ["Roe"], None,
                 id="italic-title-no-date"),
    pytest.param("CRS Report R47175, *Example War: Financial and Trade Sanctions*, by Rebecca M. Doe and Karen M. Roe, updated "
                 "March 2023.", ["Doe", "Roe"], (2023, 3), id="italic-title-two-authors-updated"),
])
def test_a_crs_product_as_crs_cites_it_with_its_title_in_italics(text, authors, date):
    work = full(text).work
    assert (work.type, [a.family for a in work.authors], work.title.startswith("Example"), "*" in work.title,
            work.publisher, work.date) == ("report", authors, True, False, "Congressional Research Service", date)


@pytest.mark.parametrize(("text", "archive", "file", "leaves", "title"), [
    pytest.param("RGANI, f. 3, op. 12, d. 1006, ll. 15–18ob.", "RGANI", "f. 3, op. 12, d. 1006", "15-18ob", None,
                 id="the-archive-and-its-file-alone"),
    pytest.param("\"Zapiska Primera,\" 31 October 1956, Arkhiv vneshnei politiki Rossiiskoi Federatsii (AVP RF), f. 077, op. 37, "
                 "p. 191, d. 39, l. 12.", "Arkhiv vneshnei politiki Rossiiskoi Federatsii (AVP RF)", "f. 077, op. 37, p. 191, d. 39",
                 "12", "Zapiska Primera", id="a-quoted-document-and-a-papka"),
    pytest.param("RGASPI, fond 17, opis' 3, delo 1045, ll. 12-14.", "RGASPI", "fond 17, opis’ 3, delo 1045", "12-14", None,
                 id="the-words-spelt-out"),
])
def test_a_document_in_a_soviet_archives_fond_opis_and_delo(text, archive, file, leaves, title):
    cit = full(text)
    work = cit.work
    assert (work.type, work.archive, work.archive_location, cit.locator, cit.label, work.title) == \
        ("document", archive, file, leaves, "folio" if leaves else None, title)


@pytest.mark.parametrize(("text", "given"), [
    pytest.param("V. Iu. Roevich et al., eds., Sovetskii primer: Dokumenty (Moscow: ROSSPEN, 1998), 441–43.", "V. Iu.",
                 id="a-two-letter-initial-second"),
    pytest.param("Iu. V. Roevich, Khrushchevskii primer (Moscow: ROSSPEN, 2004), 45.", "Iu. V.", id="a-two-letter-initial-first"),
    pytest.param("Ia. Ia. Roevich, Eto primer (Moscow: Ves' mir, 2001), 3.", "Ia. Ia.", id="two-two-letter-initials"),
])
def test_initials_transliterated_with_two_letters_are_the_given_names(text, given):
    from citex.model import Note
    from citex.segment import segment

    pieces, _ = segment(Note(number=1, text=text))
    assert len(pieces) == 1
    work = parse_piece(pieces[0]).work
    assert [(a.family, a.given) for a in (*work.authors, *work.editors)] == [("Roevich", given)]


@pytest.mark.parametrize(("title", "lang"), [
    pytest.param("No First Use, Again", "en", id="no-then-title-case"),
    pytest.param("No Good Options", "en", id="no-and-two-capitalised-words"),
    pytest.param("No nacimos pa semilla", "es", id="spanish-no-in-sentence-case"),
])
def test_a_title_opening_on_no_is_english_in_title_case(title, lang):
    from citex.parse import language

    assert language.detect(title) == lang


def test_the_atlantic_named_without_its_article_is_the_magazine():
    work = full("Jane Roe, \"The Example Doctrine,\" Atlantic, April 2016, https://www.example.com/magazine/2016/04/x/.").work
    assert (work.type, work.container) == ("article-magazine", "Atlantic")


@pytest.mark.parametrize(("text", "genre", "publisher"), [
    pytest.param("Department of Example, \"Senior Official Holds a Background Briefing on the 2023 Example Power Report,\" "
                 "transcript, October 19, 2023, https://www.example.gov/News/Transcripts/3562442/.", "Transcript", None,
                 id="transcript-after-a-title-holding-report"),
    pytest.param("Jane Roe et al., \"Business Retreats and Sanctions Are Crippling the Example Economy\" (working paper, Yale "
                 "Example Leadership Institute, July 19, 2022), https://papers.example.com/x.", "Working paper",
                 "Yale Example Leadership Institute", id="working-paper-in-the-parenthesis"),
])
def test_what_a_document_is_printed_after_its_title_is_its_genre_not_its_publisher(text, genre, publisher):
    work = full(text).work
    assert (work.type, work.genre, work.publisher) == ("report", genre, publisher)


def test_a_speech_given_in_washington_dc_without_a_comma_was_given_there_not_published_there():
    work = full("Jane Roe, address to a joint meeting of the Example Congress, Washington DC, 21 December 2022.").work
    assert (work.type, work.place, work.publisher, work.date) == ("speech", "Washington DC", None, (2022, 12, 21))


@pytest.mark.parametrize(("text", "editor", "container"), [
    pytest.param("Roe, Luis, «Traficantes de ejemplo en el siglo XX», en: Doe, Claudio (coord.), *Vicios de ejemplo: la corrupción "
                 "en México*, México, CIESAS/Miguel Ángel Porrúa, 2000, págs. 167-193.", ("Doe", "Claudio"),
                 "Vicios de ejemplo: la corrupción en México", id="en-colon-and-the-editor-family-first"),
    pytest.param("Del Roe, Ponciano, \"Familia y ejemplo\", en: Steve J. Doe (ed.), *Los senderos de ejemplo*, Lima, IEP, 1999, "
                 "pp. 161-191.", ("Doe", "Steve J."), "Los senderos de ejemplo", id="en-colon-and-the-editor-as-named"),
])
def test_a_chapter_after_en_and_a_colon_is_in_its_editors_book(text, editor, container):
    work = full(text).work
    assert (work.type, [(e.family, e.given) for e in work.editors], work.container) == ("chapter", [editor], container)


@pytest.mark.parametrize(("text", "names"), [
    pytest.param("Alvarado Ejemplo, Arturo y Mónica Roe (coords.), *Seguridad de ejemplo*, México, El Colegio de México, 2010.",
                 [("Alvarado Ejemplo", "Arturo"), ("Roe", "Mónica")], id="first-inverted-then-y-and-a-role"),
    pytest.param("Alvarado, Arturo y Roe, Mónica (coords.), *Seguridad de ejemplo*, México, El Colegio de México, 2010.",
                 [("Alvarado", "Arturo"), ("Roe", "Mónica")], id="both-inverted-and-a-role"),
])
def test_an_edited_book_with_its_facts_after_commas_and_its_editors_role_in_brackets(text, names):
    work = full(text).work
    assert (work.type, [(e.family, e.given) for e in work.editors], work.publisher, work.place, work.date) == \
        ("book", names, "El Colegio de México", "México", (2010,))


def test_the_first_author_inverted_then_and_without_a_comma():
    assert [(n.family, n.given) for n in parse_names("Roe, Jane and John Doe")] == [("Roe", "Jane"), ("Doe", "John")]


@pytest.mark.parametrize(("text", "pages"), [
    pytest.param("Carlos A. Roe Ejemplo: «La guardia de ejemplo» en *Nueva Sociedad* No 287, 5-6/2020.", None,
                 id="nueva-sociedad-issue-and-months-with-a-slash"),
    pytest.param("Carlos A. Roe Ejemplo: «La guardia de ejemplo» en *Nueva Sociedad* No 287, 5-6/2020, pp. 75-86.", "75-86",
                 id="the-same-with-pages-is-no-chapter"),
])
def test_an_article_in_nueva_sociedads_own_style(text, pages):
    from citex.model import Note
    from citex.segment import segment

    [piece], _ = segment(Note(number=1, text=text))
    work = parse_piece(piece).work
    assert (work.type, [a.family for a in work.authors], work.container, work.issue, work.date, work.page) == \
        ("article-journal", ["Roe Ejemplo"], "Nueva Sociedad", "287", (2020, 5), pages)


@pytest.mark.parametrize("text", [
    "Luis Roe, *El siglo de ejemplo*, Grijalbo, México, D.F., 2010.",
    "Luis Roe, *El siglo de ejemplo*, Grijalbo, México, df, 2010.",
    "Luis Roe, *El siglo de ejemplo*, México, D.F., Grijalbo, 2010.",
])
def test_mexico_df_after_the_publisher_or_before_it_is_the_town(text):
    work = full(text).work
    assert (work.type, work.publisher, work.place, work.date) == ("book", "Grijalbo", "México", (2010,))


def test_a_bodys_paper_in_a_numbered_spanish_series_is_a_report():
    work = full("Fundación Ejemplo para la Paz, «Trayectorias de ejemplo de las disidencias», Serie Informes n.º 30, Bogotá, "
                "abril de 2018.").work
    assert (work.type, work.container, work.genre, work.date) == ("report", None, "Serie Informes n.º 30", (2018, 4))


@pytest.mark.parametrize("text", [
    pytest.param("Jane Roe, 'Example Military after the Mutiny', interview with John Doe and Rob Poe, War on the Examples, podcast, "
                 "10 July 2023, https://example.com/2023/07/example-military/.", id="single-quotes-and-an-address"),
    pytest.param("Jane Roe, \"Example Military after the Mutiny,\" interview with John Doe and Rob Poe, War on the Examples, "
                 "podcast, July 10, 2023.", id="double-quotes-the-comma-inside"),
])
def test_a_podcast_episode_with_its_guests_is_the_hosts_episode_not_an_interview(text):
    work = full(text).work
    assert (work.type, [a.family for a in work.authors], work.title, work.container) == \
        ("broadcast", ["Roe"], "Example Military after the Mutiny", "War on the Examples")


def test_a_proceedings_title_that_opens_on_its_year_is_the_papers_book():
    # (IEEE names its proceedings "2019 IEEE Symposium on Security and Privacy (SP)"; pasted text loses the italics)
    import citex

    doc = citex.extract('Text.1\n\nNotes\n\n1. Paul Roe et al., "Spectre Attacks: Exploiting Speculative Execution," in 2019 IEEE '
                        "Symposium on Security and Privacy (SP) (San Francisco: IEEE, 2019), 1–19.\n")
    work = doc.notes[0].citations[0].work
    assert (work.type, work.container, work.publisher, work.page) == (
        "chapter", "2019 IEEE Symposium on Security and Privacy (SP)", "IEEE", "1-19")


@pytest.mark.parametrize("title, language", [
    ("Apache Log4j Vulnerability Guidance", "en"),  # (no Spanish "lo" inside a product's name)
    ("Van Buren v. United States", "en"),  # (a name's particle opening a case, no Dutch)
    ("Shekau: Abin da ya sa muka kashe shi – ISWAP", "ha"),
    ("'Yan bindiga sun kashe mutum 20 a jihar Zamfara", "ha"),
])
def test_the_language_of_a_short_title(title, language):
    assert detect(title) == language


@pytest.mark.parametrize("facts", ["(Paris: FATF, 2012; updated November 2023)", "(Paris: FATF, 2012, updated November 2023)",
                                   "(Paris: FATF, 2012; revised 2023)"])
def test_an_update_after_the_year_of_publication_is_no_part_of_the_publisher(facts):
    import citex

    doc = citex.extract(f"Text.1\n\nNotes\n\n1. FATF, The FATF Recommendations {facts}, p. 12.\n")
    work = doc.notes[0].citations[0].work
    assert (work.publisher, work.place, work.date) == ("FATF", "Paris", (2012,))


@pytest.mark.parametrize(("text", "title"), [
    pytest.param("“Kleptocracy, Inc.,” *Example Corrupts* (podcast), episode 12, hosted by Jane Roe, 2020.", "Kleptocracy, Inc.",
                 id="inc-keeps-its-full-stop"),
    pytest.param("Jane Roe, “A war that never ends.” *Example Times*, May 4, 2016.", "A war that never ends",
                 id="a-sentences-full-stop-goes"),
])
def test_a_title_ending_on_an_abbreviation_keeps_its_full_stop(text, title):
    assert full(text).work.title == title


def test_an_official_with_his_office_statement_before_a_committee_keeps_its_page():
    cit = full("Ely Roe, Assistant Secretary of Defense for Example Affairs, statement before the Senate Foreign Relations "
               "Committee, December 8, 2021, 3.")
    assert (cit.work.type, [a.family for a in cit.work.authors], cit.locator) == ("speech", ["Roe"], "3")


def test_a_post_on_a_companys_newsroom_keeps_the_newsroom_as_its_site():
    work = full("Joel Roe, “More Speech and Fewer Mistakes,” Meta Newsroom, January 7, 2025, https://about.fb.com/news/2025/01/x/.").work
    assert (work.type, work.container) == ("webpage", "Meta Newsroom")


@pytest.mark.parametrize(("pin", "locator"), [
    pytest.param("1-1 to 1-3", "1-1 to 1-3", id="a-range-of-chapter-pages"),
    pytest.param("A-1", "A-1", id="an-appendix-page"),
    pytest.param("GL-9", "GL-9", id="a-glossary-page"),
    pytest.param("3-1 through 3-5", "3-1 through 3-5", id="through"),
    pytest.param("II-4", "II-4", id="a-roman-chapter"),
    pytest.param("45", "45", id="a-plain-page-still"),
])
def test_doctrines_pages_numbered_by_chapter_are_the_pinpoint(pin, locator):
    cit = full(f"Joint Chiefs of Staff, Joint Publication 5-0, Joint Planning (Washington, DC: Joint Chiefs of Staff, 1 December "
               f"2020), {pin}.")
    assert (cit.locator, cit.work.date) == (locator, (2020, 12, 1))


@pytest.mark.parametrize("note", [
    'Example Video, "Misinformation" policy page, https://support.example.com/answer/10834785 (accessed March 1, 2023).',
    'Example Transparency Center, "Dangerous Organizations" policy, https://transparency.example.com/policies/dangerous/ '
    '(accessed March 1, 2023).',
])
def test_a_platforms_policy_page_keeps_its_address_whole(note):
    work = full(note).work
    assert work.url is not None and work.url.startswith("https://") and "*" not in work.url
    assert all("*" not in (a.literal or "") for a in work.authors)


@pytest.mark.parametrize(("note", "family"), [
    pytest.param("Lt. Gen. James Roe, interview with author, Fort Leavenworth, KS, 12 May 2021.", "Roe", id="interview-with-author"),
    pytest.param("Vice Adm. Karl Roe, interview by author, Yokosuka, 9 November 2022.", "Roe", id="a-rank-of-two-words"),
    pytest.param("Command Sgt. Maj. Michael Roe, interview by author, Washington, DC, 3 March 2023.", "Roe",
                 id="a-rank-of-three-words"),
])
def test_an_officer_interviewed_by_the_author_is_named_without_the_rank(note, family):
    work = full(note).work
    assert (work.type, [(a.family, a.literal) for a in work.authors]) == ("interview", [(family, None)])


def test_a_journals_initials_in_brackets_inside_its_name_do_not_end_it():
    work = full('Jane Roe and John Doe, "Breaking Example Square," Harvard Kennedy School (HKS) Misinformation Review 1, no. 8 '
                '(2020), https://doi.org/10.37016/mr-2020-47.').work
    assert (work.type, work.container, work.volume, work.issue) == (
        "article-journal", "Harvard Kennedy School Misinformation Review", "1", "8")


@pytest.mark.parametrize(("note", "place", "year"), [
    pytest.param("Jane Roe, The Example Hand: The Managerial Revolution in Example Business (Cambridge, Mass., 1977), 45.",
                 "Cambridge, Mass.", (1977,), id="state-abbreviated-with-a-stop"),
    pytest.param("Jane Roe, Example Book (Berkeley, Calif., 1990), 4.", "Berkeley, Calif.", (1990,), id="calif"),
    pytest.param("John Doe, The Example of Nations (1776; repr., London, 1904), 18.", "London", (1904,),
                 id="reprint-with-a-place-alone"),
])
def test_a_place_alone_before_the_year_with_its_state_abbreviated_or_after_a_first_editions_year(note, place, year):
    # economic historians' house styles print "(Cambridge, Mass., 1977)" and "(1776; repr., London, 1904)": the facts of a
    # book, not words of its title (the note had been dropped, or read as a titled document without facts)
    import citex

    (n,) = citex.extract(f"Notes\n\n1. {note}\n").notes
    w = n.citations[0].work
    assert (w.type, w.place, w.date, w.publisher) == ("book", place, year, None)
    assert "(" not in w.title


def test_a_volume_and_page_with_a_space_after_the_colon_is_one_page_of_that_volume():
    # "2: 245" is page 245 of volume 2 (as "2:245"), not pages 2 and 245
    w_cit = full("John Doe, The Example of Nations (Chicago: Example Press, 1976), 2: 245.")
    assert (w_cit.work.volume, w_cit.locator, w_cit.label) == ("2", "245", "page")


@pytest.mark.parametrize("note", ["Jane Roe, Example Title, NBER Working Paper No. 12345.",
                                  "Example Group, Example Title, Africa Report No. 216."])
def test_a_papers_number_in_its_series_is_no_page_and_the_paper_is_kept(note):
    # "Working Paper No. 12345" numbers the paper; read as a page, the note had become a short form of nothing
    import citex

    (n,) = citex.extract(f"Notes\n\n1. {note}\n").notes
    (cit,) = n.citations
    assert cit.kind == "full" and cit.locator is None and cit.work.type in ("report", "document")
    assert "No. " in (cit.work.genre or cit.work.title)


@pytest.mark.parametrize("paper", ["El Diario de Ejemplo", "The Example Daily Herald"])
def test_a_newspaper_named_first_with_its_article_is_the_stories_outlet(paper):
    # anthropologists cite regional papers before the headline: the paper printed the story, it wrote no report
    import citex

    (cit,) = citex.extract(f'Notes\n\n1. {paper}, "¿Qué quieren de nosotros?," September 19, 2010.\n').notes[0].citations
    assert (cit.work.type, cit.work.container, cit.work.authors) == ("article-newspaper", paper, ())


@pytest.mark.parametrize(("note", "family", "title"), [
    pytest.param("D. C. M. Roe, Latin Example and British Trade, 1806–1914 (London, 1972), 272–74.", "Roe",
                 "Latin Example and British Trade, 1806–1914", id="x-and-y-title-then-years"),
    pytest.param("Naomi R. Doe, The Great Example Movement in American Business, 1895–1904 (New York, 1985), 12.", "Doe",
                 "The Great Example Movement in American Business, 1895–1904", id="long-title-then-years"),
])
def test_an_unmarked_title_closed_by_the_years_it_covers_keeps_them(note, family, title):
    # "Title, 1806–1914" is the economic historian's title: its words had become more authors, its years the title
    import citex

    doc = citex.extract(f"Notes\n\n1. {note}\n2. {family}, {title.rsplit(',', 1)[0]}, 280.\n")
    first, again = (n.citations[0] for n in doc.notes)
    assert ([a.family for a in first.work.authors], first.work.title, first.work.type) == ([family], title, "book")
    assert (again.kind, again.item) == ("short", first.item)


def test_a_volumes_years_after_its_number_stay_the_volumes():
    # "…, vol. 2, 1953–1958 (…)": the years of the second volume, not words of the title
    import citex

    (n,) = citex.extract("Notes\n\n1. Jane M. Roe, Example Title [An Example Title], vol. 2, 1953–1958 (Budapest: Example "
                         "Intézet, 1999), 302–15.\n").notes
    w = n.citations[0].work
    assert w.volume == "2" and "vol." not in w.title


@pytest.mark.parametrize("text, author, symbol, loc", [
    ("UN Doc. S/RES/2098 (2013), 28 March 2013, para. 12(b).", "United Nations Security Council", "S/RES/2098", "12(b)"),
    ("UN Security Council, 9350th meeting, UN Doc. S/PV.9350, June 16, 2023, p. 5.", "United Nations Security Council",
     "S/PV.9350", "5"),
    ("Human Rights Council, Report of the Example Mission on Myanmar, 17 September 2018, UN Doc. A/HRC/39/CRP.2, "
     "para. 20.", "Human Rights Council", "A/HRC/39/CRP.2", "20"),
    ("Security Council resolution 2098 (2013), op. para. 12(b).", "United Nations Security Council", None, "12(b)"),
])
def test_un_doc_before_a_symbol_is_a_label_and_an_operative_sub_paragraph_a_locator(text, author, symbol, loc):
    """"UN Doc." (IPI's and the Chicago Manual's label) says nothing the symbol does not: the symbol is the document's
    number, never its publisher or title; "op. para. 12(b)" is the operative paragraph and its sub-paragraph."""
    c = full(text)
    assert (c.work.authors[0].literal, c.work.genre, c.locator) == (author, symbol, loc)
    assert "Doc" not in (c.work.title or "") + (c.work.publisher or "")


@pytest.mark.parametrize("text, title, date, accessed", [
    ("Cabinet Office, Staying alert and safe (social distancing), 11 May 2020 [withdrawn]",
     "Staying alert and safe (social distancing)", (2020, 5, 11), None),
    ("Department of Example Care, Coronavirus action plan, 3 March 2020 (withdrawn).", "Coronavirus action plan",
     (2020, 3, 3), None),
    ("Home Office, Counter-Extremism Strategy, Cm 9148, October 2015, p. 9 [accessed 3 June 2020]",
     "Counter-Extremism Strategy", (2015, 10), (2020, 6, 3)),
])
def test_a_bracketed_remark_on_the_page_or_the_day_it_was_read_keeps_the_work(text, title, date, accessed):
    """British briefings mark gov.uk pages "[withdrawn]" and print the day they were read in brackets: the remark is no
    part of the title, and the day read is the access date."""
    w = full(text).work
    assert (w.title, w.date, w.accessed) == (title, date, accessed)


def test_an_address_inside_guillemets_stops_at_the_closing_guillemet():
    """A converter writes a linked title in guillemets as «Title https://…»: the address ends before "»"."""
    w = full("Jane Roe, «Le titre de l’article https://example.fr/a», *Le Monde*, 3 mars 2021.").work
    assert (w.title, w.url, w.container) == ("Le titre de l’article", "https://example.fr/a", "Le Monde")


@pytest.mark.parametrize("rank, family, given", [
    ("Air Cmde", "Singh", "Jasjit"), ("Gp Capt", "Lele", "Ajey"), ("Vice Admiral (Retd)", "Sinha", "Shekhar"),
    ("Cdr", "Singh", "Abhijit"), ("Air Marshal (Retd)", "Chopra", "Anil"), ("Sqn Ldr", "Chhina", "Rana"),
])
def test_commonwealth_air_force_and_navy_ranks_are_no_part_of_the_name(rank, family, given):
    """South Asian journals print an officer's rank before the name, as they do an army's ("Lt Gen", "Brig.")."""
    w = full(f'{rank} {given} {family}, "Example Air Power," *Example Analysis* 38, no. 2 (2014): 12–20.').work
    assert (w.authors[0].family, w.authors[0].given) == (family, given)


@pytest.mark.parametrize("headline", ["Al-Example Collects More Revenue Than the Government, Report Says",
                                      "New Report Finds Example Militants Tax Every Truck"])
def test_a_headline_about_a_report_in_an_unknown_outlet_is_a_news_story(headline):
    """News coverage of a report is cited constantly: "…, Report Says" is the story's headline, not a report's title."""
    w = full(f'Jane Roe, "{headline}," *Example Post*, October 26, 2020, https://www.example-post.com/a/6197629.html.').work
    assert (w.type, w.container) == ("article-newspaper", "Example Post")


@pytest.mark.parametrize("text, who, platform, date", [
    ("@example_osint's thread on X (Nov 3, 2023): https://x.com/example_osint/status/1720411548213342556",
     "@example_osint", "X", (2023, 11, 3)),
    ("@Example_ on X, 12 February 2024, https://x.com/Example_/status/1757012345678.", "@Example_", "X", (2024, 2, 12)),
    ("Video via Examplebar on Telegram, 9 August 2023 (in Russian): https://t.me/examplebar/50711", "Examplebar",
     "Telegram", (2023, 8, 9)),
])
def test_a_post_cited_casually_by_a_newsletter_keeps_who_posted_it_where_and_when(text, who, platform, date):
    """OSINT newsletters cite posts as "@x's thread on X (date): URL", "@x on X, date", "Video via X on Telegram, date"."""
    w = full(text).work
    assert (w.authors[0].literal or w.authors[0].family, w.container, w.date) == (who, platform, date)
    assert w.url and w.url.startswith("https://")
