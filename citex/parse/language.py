"""The language of a title, from its function words and letters (en, es, pt, fr, de, it, id).

Titles are short, so a statistical model has little to go on; function words are what
tell "Las rondas campesinas y la derrota de Sendero Luminoso" (es) from "Sendero Luminoso
and the Threat of Narcoterrorism" (en), whatever proper nouns they share.
"""
from __future__ import annotations

import regex

from ..lazyregex import lazy

STOPWORDS: dict[str, frozenset[str]] = {
    "en": frozenset(("the of and in on for to a an with from by at is are was its their how why what new after your you our we as "
           "my his her it this that these those be has have will can not or but into over under about against "
           "between during without within than").split()),
    # ("o" is Spanish "or" but far more often the Portuguese article: "Cidadania no Brasil: o longo caminho")
    "es": frozenset("el la los las de del y en por para con una un que se su sus al como sobre entre sin hacia desde es más a no lo ya pero este esta son ser tras ante".split()),
    "pt": frozenset("o a os as de do da dos das e em por para com uma um que se no na nos nas ao pelo pela é ou".split()),
    "fr": frozenset("le la les de des du et en pour par avec une un que dans sur au aux est l d entre".split()),
    "de": frozenset("der die das und in im von zu mit für auf den dem des ein eine einer eines einem ist über zur zum nach als wie sich nicht auch bei aus vom beim durch gegen zwischen ohne urteil beschluss "
                    "wir ich noch nur schon wenn dass oder aber doch sind wird werden hat haben welche welcher wer warum "
                    "vor bis wo".split()),  # (not "ob", Russian's "about" in Latin letters)
    "it": frozenset("il lo la gli le di del della e in per con una un che nel nella sul dei delle dal dalla dagli alla agli "
                    "sulla nei negli degli tra dell dall nell sull coll".split()),
    # Somali: "Al-Shabaab oo canshuur cusub ku soo rogay …", "Xasan Daahir Aweys oo la keenay Muqdisho"
    "so": frozenset("oo iyo ku ayaa ee soo waxaa inuu uu kala".split()),
    # Hausa, as BBC Hausa and Aminiya print it: "Abin da ya sa muka kashe shi", "'Yan bindiga sun kashe mutum 20 a jihar …"
    "ha": frozenset("ya muka shi cikin zuwa daga domin amma kuma yan jihar wajen bayan akan suka kashe".split()),
    # Indonesian (and Malay, which shares these words): "Polisi Tangkap Terduga Teroris di Bekasi dan Bogor"
    "id": frozenset("dan yang di untuk dari dengan ke pada tidak akan ini itu oleh dalam sebagai terhadap kepada tentang atau "
                    "juga antara bagi serta agar karena sudah belum bisa harus masih telah adalah "
                    # and words of its titles on conflict, courts and the state: "Membongkar Jamaah Islamiyah: Pengakuan
                    # Mantan Anggota JI", "Aman Abdurrahman Divonis Hukuman Mati", "Laporan Kinerja BNPT Tahun 2019"
                    "mantan anggota pengakuan membongkar melawan teroris terorisme jaringan balik hukuman divonis putusan "
                    "pengadilan negeri nomor tahun perubahan menjadi laporan kinerja badan penanggulangan pengebom aku kami kita "
                    "mereka baru tak bukan negara polisi tangkap terduga serangan pelaku kelompok".split()),
    # Swedish, Norwegian (Bokmål) and Danish: "Hatet som inte går över", "Terrortrusselnivået heves til høyt", "Vurdering
    # af terrortruslen mod Danmark" (words they share count for each; "i", "under", "over", "for", "de", "den", "en" and
    # "et" are left out, as English, German or French have them too)
    "sv": frozenset("och att som det med för på av till inte från efter mot hur vid eller också sig nya vår våra mellan kring "
                    "utan sedan har kan ett blev när där om".split()),
    "no": frozenset("og ikke til av som det med på fra etter mot hvordan eller også seg nye mellom uten har kan ble blir "
                    "skal vil når der om".split()),
    "da": frozenset("og ikke til af som det med på fra efter mod hvordan eller også sig nye mellem uden har kan blev bliver "
                    "skal vil når der om".split()),
    # Turkish: "Apo ve PKK", "Türkiye'de terörle mücadele için bir yol haritası"
    "tr": frozenset("ve ile için bir bu olarak sonra kadar gibi daha çok nasıl neden ama veya değil ya mı mi".split()),
    # Dutch: "Dreigingsbeeld Terrorisme Nederland", "Het jihadisme in Nederland na de val van het kalifaat"
    "nl": frozenset("het een van voor niet naar bij uit aan zijn wordt worden ook maar nog tot dat die deze hoe waarom "
                    "tegen tussen zonder na over".split()),
}
LETTER_HINTS = {"es": "ñ¿¡áéíóú", "pt": "ãõçâêôáéíóú", "fr": "çèéêàùœâî", "de": "äöüß", "sv": "åäö", "no": "åæø", "da": "åæø",
                "tr": "çğışöü"}
# word -> the languages it is a function word of
LANGUAGES_OF_WORD: dict[str, tuple[str, ...]] = {
    w: tuple(lang for lang, stop in STOPWORDS.items() if w in stop) for w in set().union(*STOPWORDS.values())
}
# A Dutch or German particle opening a family name, capitalised before it: "Van Buren", "Von Braun"
GERMANIC_NAME_PARTICLE_RE = lazy(r"^(?:Van|Von)(?=\s+\p{Lu}\p{Ll})")  # (opening the title: a name, as a case's party)


def _words(title: str) -> list[str]:
    """The title's words in lower case, without acronyms and codes ("EM" in "N.° 012-2019-EM")
    unless the whole title is in capitals, and without the Arabic article of a name ("Al-Shabaab" is no
    Spanish "al")."""
    if "-" in title:
        title = ARABIC_ARTICLE_RE.sub(" ", title)
    if " al" in title:
        title = ET_AL_RE.sub(" ", title)  # "United States v. Jane Doe et al.": Latin, neither French "et" nor Spanish "al"
    if title[:4] in ("Van ", "Von "):
        title = GERMANIC_NAME_PARTICLE_RE.sub(" ", title)  # "Van Buren v. United States": a name's particle, no Dutch
    words = WORD_RE.findall(NUMBER_LABEL_RE.sub(" ", title) if "." in title else title)
    if not title.isupper():
        words = [w for w in words if len(w) == 1 or not w.isupper()]
    return [w.lower() for w in words]


# Endings of abstract nouns that tell Spanish from Portuguese: "Desigualdad", "Movimiento" (es);
# "Cidadania", "Desigualdade", "Movimento" (pt); "-dades" is both
NOUN_ENDINGS = {"es": ("dad", "miento", "mientos", "ción", "ciones"), "pt": ("dade", "mento", "mentos", "ção", "ções", "ões")}


def _spanish_nouns(words: list[str]) -> int:
    """Words with the ending of Spanish abstract nouns: "Desigualdad extrema", "Comunidades"."""
    return sum(1 for w in words if len(w) > 5 and w.endswith(NOUN_ENDINGS["es"]))


def _portuguese_nouns(words: list[str]) -> int:
    """Words with the ending of Portuguese abstract nouns: "Movimento negro", "Desigualdade"."""
    return sum(1 for w in words if len(w) > 5 and w.endswith(NOUN_ENDINGS["pt"]))


def _undecided(title: str, words: list[str]) -> bool:
    """No function word, no accented letter and no telling ending: the title alone cannot tell ("°" is no letter)."""
    return not any(w in LANGUAGES_OF_WORD for w in words) and not _spanish_nouns(words) and not _portuguese_nouns(words) \
        and not any(ch.isalpha() and not ch.isascii() and ch not in ORDINAL_MARKS for ch in title)


WORD_RE = lazy(r"(?<![\d\p{L}])\p{L}++(?!\d)")  # (not the letters of a code or model: "GPT-4o", "F-35A", "Covid19", "Log4j")
# "nh" and "lh" between vowels inside a word, Portuguese spellings Spanish never writes there: "campanha", "trabalho"
# (looked for from the third letter on: Spanish "anhelo", "inhumano" open on a prefix)
PORTUGUESE_DIGRAPH_RE = lazy(r"[aeiouáéíóúâêôãõ][nl]h[aeiouáéíóúâêôãõ]")
# Marks of Arabic written in Latin letters: the ʿayn and hamza ("Qa`ida", "ʿAli"), "wa-l-", "li-l-", "fi-l-"
ARABIC_TRANSLITERATION_RE = lazy(r"\p{L}[`ʿʾ‘]\p{L}|(?<!\p{L})[`ʿ]\p{L}|-‘\p{L}|(?<!\p{L})(?:wa|li|bi|fi)-l-\p{L}"
                                 r"|(?<!\p{L})‘\p{Ll}[^’]{0,200}$")  # ("Bayan ‘askari: …": an ʿayn no quotation mark closes)
# The Arabic article joined to a name: "Al-Shabaab", "al-Qaeda", "el-Sisi", "as-Sahab"
ARABIC_ARTICLE_RE = lazy(r"(?i)(?<!\p{L})(?:al|el|as|an|ad|ar|at|az|ash|ad-)-(?=\p{L})")
# "N.º 012", "1.ª": ordinal marks are letters to Unicode, but say nothing of a language
ORDINAL_MARKS = "ºª"
# The English possessive ending a word: "Hezbollah's", "Mexico’s" (Arabic in Latin letters writes no "'s" there)
ENGLISH_POSSESSIVE_RE = lazy(r"\p{L}{2}['’]s\b")
POSSESSIVE_NOUN_RE = lazy(r"\p{Lu}\p{Ll}{3,}['’]s\s")  # "Somalia’s ", "Iraq’s ": a capitalised noun of four letters or more
# "et al.": Latin, not the Spanish "al" nor the French "et"
ET_AL_RE = lazy(r"(?i)\bet\.?\s+al\b\.?|\bper\s+curiam\b|\binter\s+alia\b|\bsub\s+nom\b\.?|\bex\s+parte\b")
# (and the law's Latin: "(per curiam)", "inter alia", "sub nom.")
# "de" between a given name and a surname, in the rest of a citation: "Beatrice de Graaf" (no Spanish word; "Defensoría del
# Pueblo" keeps its "del", and "von" in "Richard von Weizsäcker" still says German)
INVERTED_PARTICLE_RE = lazy(r"(?:(?<=^)|(?<=,\s)|(?<=\s(?:and|&|y|e|et)\s))(?:de|du|van|von|da|del|della|di|dos|das|le|la)"
                            r"(?:\s+(?:der|den|la|las|los|le))?\s+(?=\p{Lu}[\p{L}'’-]+,\s)")
NAME_PARTICLE_RE = lazy(r"^(?P<given>(?:\p{Lu}\p{Ll}+|\p{Lu}\.(?:\s?\p{Lu}\.){0,2})(?:\s\p{Lu}\.)?)\s+"
                        r"(?:de|du|da|di|van|von)(?:\s+(?:der|den|la|los))?\s+(?=\p{Lu}[\p{Ll}'’-]+$)")
# ("J. de Vries", "H. van der Merwe": the given name by its initials)


def _without_name_particles(context: str) -> str:
    """``context`` with the particle of the one person's name that opens it taken out: "Beatrice de Graaf, Title …" ->
    "Beatrice Graaf, Title …" (a given name, the particle, a surname, then the first comma; "Comisión de la Verdad" stays)."""
    from .names import is_organisation  # (names is read after this module)

    names, sep, rest = context.partition(", ")
    if not sep or not NAME_PARTICLE_RE.match(names) or is_organisation(names):  # ("Ministerio de Ejemplo": a body)
        return context
    return NAME_PARTICLE_RE.sub(lambda m: m.group("given") + " ", names) + sep + rest
# "No. 12345", "N.° 167": a number's label, not the word "no"
NUMBER_LABEL_RE = lazy(r"(?i)\bn(?:o|r|\.\s?[º°])\.?\s*(?=\d|\p{Lu}{1,6}[-/ ]?\d)")
# A locator's abbreviated label before its number: "para. 7", "paras. 3–4", "p. 2" (no Spanish "para")
LOCATOR_WORD_RE = lazy(r"(?i)\b(?:paras?|pp?|cols?|secs?|arts?)\.\s*(?=\d)")
# an address in the rest of a citation: its words ("com", "org") are no language's
ADDRESS_RE = lazy(r"(?i)(?:https?://|www\.)\S+|(?<![\p{L}\d.@-])[\p{L}\d-]+(?:\.[\p{L}\d-]+)*\.\p{L}{2,6}/\S*")
# (and one without its scheme: "amnesty.org/en/documents/…", whose "en" is no Spanish word)


# A proper name inside a title, not its first word: words in capitals joined by a particle ("Mocímboa da Praia",
# "San José de Apartadó") or one bearing an accent ("Bogotá")
PROPER_NAME_RE = lazy(r"(?<=\S\s)\p{Lu}[\p{L}'’\-]{1,30}(?:\s\p{Lu}[\p{L}'’\-]{1,30}){0,2}(?:\s(?:de|da|do|dos|das|del|di|la)\s\p{Lu}[\p{L}'’\-]{1,30}){1,2}"
                      r"|(?<=\S\s)\p{Lu}\p{Ll}*[áéíóúãõçâêôàñ]\p{Ll}*(?!\p{L})")


def detect(title: str | None, context: str | None = None) -> str | None:
    """"en", "es", ... or None when the title is too short to tell.

    A title with no function word and no accented letter ("Informe final") is told by the
    lower-case words of ``context``, the rest of its citation, when one is given (capitalised
    words there are names: "MIT Press" says nothing about German)."""
    if not title:
        return None
    if context and (said := language_said(context)) is not None:
        return LANGUAGE_CODES[said.group(1).lower()]  # "…, March 12, 2022 (in Russian)": the note says which
    if not title.isascii() and (script := _script(title)) is not None:
        return script
    if context and "[" in context and title.isascii() and (translated := _translated(title, context)) is not None:
        return translated or None  # "'Alam Da'ish [The World of ISIS]": an English translation follows a title in another
    words = _words(NUMBER_LABEL_RE.sub(" ", title) if "o." in title else title)  # "Press Release No. 160": no Spanish "no"
    english = sum(1 for w in words if "en" in LANGUAGES_OF_WORD.get(w, ()))
    if ": " in title and english < 2 and _english_subtitle(title.split(": ", 1)[1]):
        english = 2  # "Al-Qard al-Hassan: Hezbollah's Banking System", "Harakat al-Shabaab: A Profile": an English title
    if english <= 1 and "-" in title and (ezafe := len(PERSIAN_EZAFE_RE.findall(title))) and (english == 0 or ezafe >= 2):
        return "fa"  # "Niru-ye Qods-e Sepah", "jostarha-ye nagofteh": the ezafe joined to a noun is Persian in Latin letters
    if english == 0 and not TURKISH_LETTERS.isdisjoint(title) \
            and _scores(words, title.lower())["de"] < 2:  # ("Erdoğan droht mit Öffnung der Grenzen": a
        # Turkish name in a German headline)
        return "tr"  # "Türkiye’de terörle mücadele": dotless ı, ğ and ş are Turkish (and no English word is there)
    if english == 0 and ("'" in title or "’" in title) and _romanised_russian(title):
        return "ru"  # "Oni srazhalis' za Pal'miru": the apostrophes are soft signs
    if english < 2 and ("’s " in title or "'s " in title) and POSSESSIVE_NOUN_RE.search(title):
        english += 2  # "Somalia’s al-Shabab Join al-Qaeda": a noun's English possessive ("Ra’s al-Ayn" is Arabic's "head")
    if english < 2 and (("`" in title or "ʿ" in title or "ʾ" in title or "‘" in title or "-l-" in title)
                        and ARABIC_TRANSLITERATION_RE.search(title)
                        or _arabic_marks(title) >= 2):
        return "ar"  # "Al-Murabitun wa-l-Qa`ida: tahaluf jadid fi al-Sahil", "Hasad al-Ajnad fi Ghurb Ifriqiya": Arabic, in
        # Latin letters (an English title that names "al-Qa`ida" among its function words is English)
    if english == 0 and len(words) >= 2 and title.replace("ü", "u").isascii() and (romanised := _romanised(words)) is not None \
            and not (romanised == "ru" and ARABIC_ARTICLE_WORD_RE.search(title)):  # ("Tarikh al-Khilafa" is Arabic)
        return romanised  # "Zai qingzhu … dahui shang de jianghua" (pinyin), "Rossiiskaya armiya uvelichitsya …"
    outlet = _outlet_language(context) if context and context != title else None
    if outlet is not None and (english <= 1 or _scores(words, title.lower())[outlet] >= english) \
            and (_undecided(title, words) or _scores(words, title.lower())[outlet] > 0
                 or not any(w in LANGUAGES_OF_WORD for w in words)):  # (a tie goes to the paper's language: "Extraditan a
        # Estados Unidos a …", El Heraldo)
        return outlet  # "“Capturan a 'Artemio',” El Comercio, February 12, 2012": a Spanish daily's headline, whatever the date
    if context and context != title and _undecided(title, words):
        common = " ".join(_common_words(PROPER_NAME_RE.sub(_town_dropped, context) if " d" in context else context))
        # (the "de" of "Reuters, Rio de Janeiro, <date>" is the town's; a body's, "Corte Superior de Justicia", is Spanish)
        return detect(common) if common else detect(title)
    if not words:
        return None
    if english >= 1 and not title.isascii() or english >= 1 and " d" in title:
        plain = PROPER_NAME_RE.sub(" ", title)  # "… port town of Mocímboa da Praia", "… to San José de Apartadó": a place's
        if plain != title and (bare := _words(plain)):  # name tells nothing of the title's language
            rest = _scores(bare, plain.lower(), plain)
            if rest["en"] > 0 and all(score < rest["en"] for lang, score in rest.items() if lang != "en"):
                return "en"
    if len(words) > 1 and words[0] == "no" and (second := title.split()[1:2]) and second[0][:1].isupper():
        words = words[1:]  # "No First Use, Again", "No Good Options": English in title case ("No hay paz" goes on in lower case)
    scores = _scores(words, title.lower(), title)
    if ("'" in title or "’" in title) and (possessives := len(ENGLISH_POSSESSIVE_RE.findall(title))) and not _arabic_marks(title):
        scores["en"] += possessives  # "No Conquest, No Defeat: Iran's National Security Strategy": "no" is Spanish too, "'s" is not
    best = max(scores, key=lambda k: (scores[k], k == "en"))
    if scores[best] == 0:
        return "en" if all(w.isascii() for w in words) else None
    tied = [lang for lang, score in scores.items() if score == scores[best]]
    if len(tied) > 1 and context and context != title:  # "Cidadania no Brasil" (es or pt) in "…: Civilização Brasileira"
        common = _common_words(context)  # names tell nothing
        around = _scores([w.lower() for w in common], " ".join(common).lower())
        # "La Grande Peur de 1789 (Paris: …)": fr, not es; never against English ("Gold Rush in Madre de Dios" from Lima)
        place = PLACE_LANGUAGE_RE.search(context) if "en" not in tied else None
        if place is not None:
            around[PLACE_LANGUAGES[place.group(0).lower()]] += 0.5
        best = max(tied, key=lambda k: (around[k], k == "en"))
    return best


def _common_words(context: str) -> list[str]:
    """The lower-case words of the rest of a citation that may tell its language: not the words of an address, of a
    number's or a locator's label, of "et al.", of a name's particle, of the Arabic article, nor one letter."""
    if "://" in context or "www." in context or "/" in context:
        context = ADDRESS_RE.sub(" ", context)
    context = NUMBER_LABEL_RE.sub(" ", context) if "." in context else context  # "12, no. 3": no Spanish "no"
    context = LOCATOR_WORD_RE.sub(" ", context) if "." in context else context  # "para. 7": no Spanish "para"
    context = ET_AL_RE.sub(" ", context) if " al" in context or "curiam" in context else context  # "et al.": no Spanish "al"
    context = _without_name_particles(context) if " de " in context or " v" in context or " d" in context[:40] \
        else context  # ("Beatrice de
    # Graaf": a name's particle, no Spanish "de")
    context = INVERTED_PARTICLE_RE.sub("", context) if "," in context else context  # "de Vries, J.", "van der Merwe, H.":
    # a name printed family name first keeps its particle in lower case
    context = ARABIC_ARTICLE_RE.sub(" ", context) if "-" in context else context  # "al-Naba", "al-Hol": no Spanish "al"
    return [w for w in WORD_RE.findall(context) if w[:1].islower() and len(w) > 1]  # ("d" in "F.3d")


# Newspapers and magazines that print in one language: a headline they publish is in it (names that are also common
# words, "Correo", "Semana", "Público", "Proceso", are left out: "Ministerio Público" names no newspaper)
OUTLET_LANGUAGES = {name: lang for lang, names in {
    "es": "El Comercio|La República|El Tiempo|El Espectador|El Universal|Milenio|Excélsior|Reforma|La Jornada|Clarín|"
          "La Nación|Página/12|Página 12|Infobae|El Mercurio|La Tercera|El País|El Mundo|La Vanguardia|"
          "Perú21|Peru21|La Razón|Los Tiempos|El Deber|Animal Político|El Faro|La Prensa|"
          "El Nacional|El Universo|El Heraldo|RPP|RPP Noticias|Caretas|Ojo Público|IDL-Reporteros|La Silla Vacía|"
          "El Colombiano|Prensa Libre|El Periódico|Efecto Cocuyo|Primicias|Página Siete|El Heraldo|Siglo 21|La Tribuna|"
          "El Diario de Hoy|La Prensa Gráfica|Nuestro Diario|Diario Libre|Listín Diario|El Nuevo Diario",
    "pt": "Folha de S.Paulo|Folha de S. Paulo|Folha de São Paulo|O Globo|Estadão|O Estado de S. Paulo|G1|UOL|"
          "CartaCapital|Carta Capital|Agência Brasil|Correio Braziliense|Valor Econômico|Diário de Notícias",
    "fr": "Le Monde|Le Figaro|Libération|Jeune Afrique|Mediapart|Le Point|L'Express|L’Express|Le Parisien|Les Échos",
    "de": "Der Spiegel|Die Zeit|Frankfurter Allgemeine Zeitung|Süddeutsche Zeitung|Die Welt|Die Tageszeitung|Der Standard",
    "it": "Corriere della Sera|La Repubblica|La Stampa|Il Sole 24 Ore|Il Fatto Quotidiano",
}.items() for name in names.split("|")}
OUTLET_LANGUAGE_RE = lazy(r"(?<![\p{L}])(?:" + "|".join(sorted(map(regex.escape, OUTLET_LANGUAGES), key=len, reverse=True))
                          + r")(?![\p{L}])")


def _town_dropped(m: regex.Match) -> str:
    """A town's name in a citation, left out of the words that tell its language; anything else kept."""
    from .places import known_place

    return " " if known_place(m.group(0)) else m.group(0)


def _outlet_language(context: str) -> str | None:
    """The language of a one-language newspaper the citation names ("El Comercio", "Folha de S.Paulo"), else None."""
    m = OUTLET_LANGUAGE_RE.search(context)
    return OUTLET_LANGUAGES[m.group(0)] if m is not None else None


# One syllable of Mandarin in pinyin, without tone marks; a word is one to four of them
_SYLLABLE = (r"(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(?:iang|iong|uang|ang|eng|ing|ong|ian|iao|uai|uan|ai|ei|ao|ou|an|en|"
             r"in|un|ia|ie|iu|ua|uo|ui|ue|er|a|e|i|o|u|v|ü)")
PINYIN_WORD_RE = lazy(rf"(?:{_SYLLABLE}){{1,4}}")
# What only a Mandarin word in pinyin looks like: "zh", "xi", "qu", "ji", and the endings "-ang", "-uo", "-iao" …
PINYIN_MARK_RE = lazy(r"zh|x[iu]|q[iu]|j[iu]|(?:ang|ong|eng|ing|uo|iao|ian|uan|ie)$")
# Russian in Latin letters: the clusters and endings its transliterations are made of
RUSSIAN_ROMANISED_RE = lazy(r"shch|kh|zh|ts[aeiouy]|[bcdfgklmnprstvz]ya|(?:iia|iiu|yi|ii|iy|aya|oi|ykh|ikh|ogo|ego|skom|skoi|ev|ov|yu|ya|oye|iye|stve|ny|"
                            r"ami|akh|ovo|evo|skie)$")


def _romanised(words: list[str]) -> str | None:
    """"zh" for a title all of whose words are Mandarin syllables; "ru" for one whose words mostly carry the marks of a
    romanised Russian; None for anything else (an English, Spanish or French title has its own function words)."""
    letters = [w.replace("ü", "v") for w in words if w.isalpha()]
    if len(letters) < 2:
        return None
    if all(PINYIN_WORD_RE.fullmatch(w) for w in letters) and sum(1 for w in letters if PINYIN_MARK_RE.search(w)) >= 2 \
            and (len(letters) >= 3 or any("v" in w or "zh" in w for w in letters)):  # two words: "Zhanlüe xue", no "Que sera"
        return "zh"  # (a Portuguese "O que foi feito" is made of syllables too, but of none only Mandarin has)
    marked = sum(1 for w in letters if len(w) > 3 and RUSSIAN_ROMANISED_RE.search(w))
    marked += sum(1 for w in letters if w in RUSSIAN_FUNCTION_WORDS)  # "Oni srazhalis za Palmiru": "oni", "za"
    return "ru" if marked >= 2 and marked * 2 >= len(letters) or marked >= 3 and marked * 5 >= len(letters) * 2 else None


# Short words of Russian in Latin letters that no language citex tells apart from it writes as words of its own
RUSSIAN_FUNCTION_WORDS = frozenset("kak chto dlya bez oni ili eto gde kto pochemu mezhdu posle protiv cherez pered vo ot iz "
                                   "pri za po".split())  # (not "v": "Roe v. Doe")


def _romanised_russian(title: str) -> bool:
    """A title in romanised Russian, its soft signs written as apostrophes ("Oni srazhalis' za Pal'miru"), which are no
    Arabic ʿayn; a title with the Arabic article ("al-") is Arabic."""
    if ARABIC_ARTICLE_WORD_RE.search(title):
        return False
    return _romanised(_words(SOFT_SIGN_RE.sub("", title))) == "ru"


# A soft sign written as an apostrophe after a consonant: "Pal'miru", "bol'she", "srazhalis'"
SOFT_SIGN_RE = lazy(r"(?<=[bcdfghklmnprstvz])['’](?=\p{Ll}|\s|$)")


# Where books are published, and the language most printed there: the tie-breaker between two languages that share
# the title's function words ("La Grande Peur de 1789 (Paris: Armand Colin, 1932)", "Das Deutsche Kaiserreich (Göttingen: …)")
PLACE_LANGUAGES = {place.lower(): lang for lang, places in {
    "fr": "Paris|Lyon|Marseille|Toulouse|Bordeaux|Lille|Strasbourg|Rennes|Grenoble|Bruxelles|Genève|Lausanne|Montréal|Québec",
    "es": "Madrid|Barcelona|Sevilla|Valencia|Salamanca|Lima|Bogotá|Buenos Aires|México|Santiago de Chile|Caracas|Quito|"
          "La Paz|Montevideo|Asunción|Guatemala|San José|Medellín|Cusco|Arequipa",
    "pt": "São Paulo|Rio de Janeiro|Lisboa|Porto Alegre|Belo Horizonte|Brasília|Recife|Salvador|Curitiba|Coimbra|Campinas|Niterói",
    "it": "Roma|Milano|Torino|Firenze|Bologna|Napoli|Bari|Venezia|Padova|Pisa|Genova|Palermo|Turin|Milan|Florence|Naples",
    "de": "Berlin|München|Munich|Frankfurt am Main|Frankfurt|Hamburg|Göttingen|Stuttgart|Köln|Wien|Vienna|Zürich|Leipzig|"
          "Tübingen|Heidelberg|Freiburg|Bonn|Mainz|Bielefeld|Opladen|Wiesbaden|Baden-Baden|Paderborn|Düsseldorf|Hannover|"
          "Dresden|Darmstadt|Münster|Marburg|Konstanz|Kiel|Bremen|Nürnberg|Regensburg|Würzburg|Bern|Basel|Graz|Innsbruck",
}.items() for place in places.split("|")}
PLACE_LANGUAGE_RE = lazy(r"(?<!\p{L})(?:" + "|".join(sorted(map(regex.escape, PLACE_LANGUAGES), key=len, reverse=True)) + r")(?!\p{L})",
                         regex.IGNORECASE)
# A note that says what language the work is in: "(in Russian)", "[in Arabic]"
LANGUAGE_CODES = {"russian": "ru", "arabic": "ar", "french": "fr", "spanish": "es", "portuguese": "pt", "german": "de",
                  "italian": "it", "ukrainian": "uk", "chinese": "zh", "persian": "fa", "farsi": "fa", "turkish": "tr",
                  "hebrew": "he", "japanese": "ja", "korean": "ko", "urdu": "ur", "pashto": "ps", "dari": "prs", "english": "en",
                  "somali": "so", "swahili": "sw", "indonesian": "id", "malay": "ms", "thai": "th", "hindi": "hi",
                  "bengali": "bn", "kurdish": "ku", "hausa": "ha", "amharic": "am", "tigrinya": "ti", "dutch": "nl",
                  "swedish": "sv", "norwegian": "no", "danish": "da", "polish": "pl", "uzbek": "uz", "tajik": "tg",
                  "kazakh": "kk", "kyrgyz": "ky", "azerbaijani": "az", "azeri": "az", "georgian": "ka", "armenian": "hy",
                  "greek": "el", "serbian": "sr", "croatian": "hr", "bosnian": "bs", "albanian": "sq", "romanian": "ro",
                  "hungarian": "hu", "czech": "cs", "slovak": "sk", "bulgarian": "bg", "finnish": "fi", "vietnamese": "vi",
                  "burmese": "my", "tagalog": "tl", "uyghur": "ug", "tamil": "ta", "punjabi": "pa", "sindhi": "sd",
                  "yoruba": "yo", "igbo": "ig", "fulani": "ff", "wolof": "wo", "lingala": "ln", "kinyarwanda": "rw",
                  "belarusian": "be", "latvian": "lv", "lithuanian": "lt", "estonian": "et", "catalan": "ca", "basque": "eu"}
# The language a note names, in brackets: "(in Russian)", "[in Arabic]", "Al-Emarah (Pashto)"
LANGUAGE_SAID_RE = lazy(r"(?i)[\(\[](?:in\s+)?(" + "|".join(LANGUAGE_CODES) + r")(?:\s+language)?[\)\]]")
# The same said between commas: "Audio message attributed to Abu Musab al-Barnawi, in Hausa, 6 June 2021"
LANGUAGE_IN_COMMAS_RE = lazy(r"(?i),\s*in\s+(" + "|".join(LANGUAGE_CODES) + r")(?=\s*,)")


def language_said(text: str) -> regex.Match | None:
    """Where a note says the work's language, in brackets ("(in Russian)", "[Uzbek]") or between commas (", in Hausa,")."""
    if ("(" in text or "[" in text) and (said := LANGUAGE_SAID_RE.search(text)) is not None:
        return said
    return LANGUAGE_IN_COMMAS_RE.search(text) if ", in " in text else None
# Letters of a script that names its language: Cyrillic titles are Russian, Ukrainian when they hold its own letters
CYRILLIC_RE = lazy(r"\p{Cyrillic}")
UKRAINIAN_LETTERS = frozenset("іїєґІЇЄҐ")


# Scripts that name one language, and the Arabic script's languages told apart by the letters each adds to it
OTHER_SCRIPTS_RE = lazy(r"(?P<ar>\p{Arabic})|(?P<he>\p{Hebrew})|(?P<el>\p{Greek})|(?P<hi>\p{Devanagari})|(?P<ko>\p{Hangul})|"
                        r"(?P<th>\p{Thai})|(?P<bn>\p{Bengali})|(?P<am>\p{Ethiopic})")
PASHTO_LETTERS = frozenset("ټډړږښګڼېۍ")
URDU_LETTERS = frozenset("ٹڈڑںےھ")
PERSIAN_LETTERS = frozenset("پچژگکی")
TURKISH_LETTERS = frozenset("ıİğĞşŞ")
# The Persian ezafe written in Latin letters, joined to its noun by a hyphen: "Niru-ye", "Qods-e", "tahrim-ha-ye"
PERSIAN_EZAFE_RE = lazy(r"\p{L}{2}-(?:ye|e|ha-ye|hā-ye)(?=[\s,:;.)]|$)")


def _script(title: str) -> str | None:
    """The language of a title written mostly in a script that names it: "ru" or "uk" for Cyrillic ("Пригожин заявил о
    завершении работы"), "ar", "fa", "ur" or "ps" for the Arabic script, "he", "el", "hi", "ko", "th", "bn", "am";
    "ja" or "zh" (``_east_asian``); else None."""
    letters = sum(1 for ch in title if ch.isalpha())
    cyrillic = len(CYRILLIC_RE.findall(title))
    if cyrillic * 2 > letters:
        return "uk" if not UKRAINIAN_LETTERS.isdisjoint(title) else "ru"
    found = [m.lastgroup for m in OTHER_SCRIPTS_RE.finditer(title)]
    if found and len(found) * 2 > letters:
        script = max(set(found), key=found.count)
        if script == "ar":  # (Pashto, Urdu and Persian add letters to the Arabic alphabet: the first found of these names it)
            chars = set(title)
            return "ps" if chars & PASHTO_LETTERS else "ur" if chars & URDU_LETTERS else "fa" if chars & PERSIAN_LETTERS else "ar"
        return script
    return _east_asian(title)


# Kana, found only in Japanese, and Han characters, the script of Chinese (and of Japanese with kana beside them)
KANA_RE = lazy(r"[\p{Hiragana}\p{Katakana}]")
HAN_RE = lazy(r"\p{Han}")


def _east_asian(title: str) -> str | None:
    """"ja" for a title with kana, "zh" for one with Han characters and no kana (its romanisation beside them:
    "Nansha zhengduan … 南沙争端的起源与发展"); None for any other."""
    if KANA_RE.search(title):
        return "ja"
    return "zh" if HAN_RE.search(title) else None


# Arabic written in Latin letters: its article joined to a noun ("al-Jihad", "wa-l-"), its prepositions ("fi", "ila",
# "hawl"), and the apostrophe of a hamza or ʿayn inside a word ("Mas'ul", "Da'ish", "Ba'd")
ARABIC_ARTICLE_WORD_RE = lazy(r"(?i)(?<![\p{L}'’])(?:al|wa|bi|li|fi)-\p{L}")
ARABIC_PARTICLES = frozenset("fi ila ala hawl bayn wa min qabl ba'd ba’d 'ala ’ala 'an bi li lil fil".split())
# (French and Italian elide a word before one: "l’État", "d’Italia", "dall’Ottocento", "qu’est-ce", never counted)
INNER_APOSTROPHE_RE = lazy(r"(?<![\p{L}])(?!(?i:dall|dell|nell|sull|all|coll|quell|qu|jusqu|lorsqu|puisqu|aujourd)['’])"
                           r"\p{L}{2,}['’`ʿʾ]\p{L}|(?<![\p{L}])[`ʿ]\p{Lu}|(?<![\p{L}\s])\s['‘]\p{Lu}")


def _english_subtitle(subtitle: str) -> bool:
    """A subtitle in English: no mark of Arabic in Latin letters, and an English function word or possessive."""
    if _arabic_marks(subtitle) or ARABIC_TRANSLITERATION_RE.search(subtitle):
        return False
    lowered = [w.lower() for w in WORD_RE.findall(subtitle)]
    return any("en" in LANGUAGES_OF_WORD.get(w, ()) for w in lowered) or ENGLISH_POSSESSIVE_RE.search(subtitle) is not None


# An English translation in brackets right after a title: "“Hadha Wa'd Allah” [This Is the Promise of Allah]"
TRANSLATION_BRACKET = r"\[(?=\p{Lu})(?![^\[\]]{1,60}:[^\[\]]{1,80}\d{4}\])[^\[\]]{3,200}\]"
TRANSLATION_AFTER_RE = lazy(r"[”\"*’']?,?[”\"*’']?\s*" + TRANSLATION_BRACKET)
# (not the facts of a publication in brackets: "*Informe anual 2013* [Lima: Mininter, 2014]")
# Function words of Urdu and of Persian (Dari) written in Latin letters
URDU_WORDS = frozenset("mein ka ki ke se aur hai hain ko par tak ne bhi".split())
PERSIAN_WORDS = frozenset("dar va az ba ra ast ha ye shod kardand".split())
# Words of African languages printed in Latin letters, told apart from those of Persian and Urdu above
AFRICAN_WORDS = {
    "ha": frozenset("kuma cikin ne ce za mu yi sun wajen domin game daga tare wanda amma suka zai".split()),  # Hausa
    "sw": frozenset("kwa katika hadi yao wao kuwa huku baada kutoka sasa bado nchini ya wa na".split()),  # Swahili
    "af": frozenset("het se nie vir hulle word ons die gekos oor".split()),  # Afrikaans
}


def _translated(title: str, context: str) -> str | None:
    """The language of a title an English translation follows: "ar", "ur" or "fa" as its words say, "" where they do
    not (English it is not), None when no translation follows."""
    at = context.find(title)
    if at < 0 or TRANSLATION_AFTER_RE.match(context, at + len(title)) is None:
        return None
    lowered = title.lower().replace("-", " ").replace(":", " ").split()
    if sum(w in STOPWORDS["so"] for w in lowered) >= 2:
        return "so"
    if _romanised_russian(title):
        return "ru"  # "Oni srazhalis' za Pal'miru [They Fought for Palmyra]"
    if _arabic_marks(title) >= 1 or ARABIC_TRANSLITERATION_RE.search(title) or "allah" in lowered \
            or title[:1] in "'’ʿ" and title[1:2].isupper():  # "'Alam …": the ayn that opens a word
        return "ar"
    african = {code: sum(w in words for w in lowered) for code, words in AFRICAN_WORDS.items()}
    best = max(african, key=african.get)
    if african[best] >= 2 and sorted(african.values())[-2] < african[best] \
            and african[best] > sum(w in URDU_WORDS or w in PERSIAN_WORDS for w in lowered):
        return best  # "Ba za mu yi sulhu da …" (Hausa), "Vijana waapa kuendelea hadi sauti yao …" (Swahili), "Onrus het … se …"
    if sum(w in URDU_WORDS for w in lowered) >= 2:
        return "ur"
    if sum(w in PERSIAN_WORDS for w in lowered) >= 2:
        return "fa"
    found = detect(title)
    return "" if found in (None, "en") else found


def _arabic_marks(title: str) -> int:
    """How many marks of Arabic in Latin letters a title holds (see above); English and Spanish titles hold none or one."""
    if "-" not in title and "'" not in title and "’" not in title and " fi " not in title and " ila " not in title:
        return 0
    marks = len(ARABIC_ARTICLE_WORD_RE.findall(title))
    marks += sum(1 for w in title.lower().replace(":", " ").split() if w in ARABIC_PARTICLES)
    marks += len(INNER_APOSTROPHE_RE.findall(title.replace("’s ", " ").replace("'s ", " ").replace("’S ", " ")
                                             .replace("'S ", " ")))  # (an English possessive, in capitals too: "WHO'S")
    return marks


CAPITALISED_WORD_RE = lazy(r"(?<!\S)\p{Lu}[\p{L}’'\-]*")


def english_with_names(words: list[str]) -> bool:
    """Whether English function words stand among the words ("and", "in", "of", "the"): accents are then most likely
    names'."""
    return sum(1 for w in words if "en" in LANGUAGES_OF_WORD.get(w, ())) >= 2


def _scores(words: list[str], lowered: str, cased: str | None = None) -> dict[str, float]:
    """Each language's evidence in a text: its function words, letters and noun endings (a letter in a capitalised word
    of ``cased``, the text as printed, counts for less: "… Zambada García and Joaquín Guzmán López …" are names)."""
    scores = dict.fromkeys(STOPWORDS, 0.0)
    english_around = bool(cased) and english_with_names(words)
    capitalised = {w.lower() for w in CAPITALISED_WORD_RE.findall(cased)[1:]} if english_around else set()
    for w in words:
        for lang in LANGUAGES_OF_WORD.get(w, ()):
            scores[lang] += 0.25 if lang != "en" and w in capitalised else 1  # ("… Arrested in El Paso": a name's "El")
    if not lowered.isascii():
        named = " ".join(CAPITALISED_WORD_RE.findall(cased)).lower() if english_around else ""
        for lang, letters in LETTER_HINTS.items():
            in_names = sum(named.count(ch) for ch in letters)
            scores[lang] += 0.6 * (sum(lowered.count(ch) for ch in letters) - in_names) + 0.15 * in_names
    scores["es"] += 0.6 * _spanish_nouns(words)
    scores["pt"] += 0.6 * _portuguese_nouns(words) + 0.6 * sum(1 for w in words if PORTUGUESE_DIGRAPH_RE.search(w, 2))
    if not lowered.isascii():  # letters Spanish never writes: "Segurança Pública", "Anuário … São Paulo"
        scores["pt"] += lowered.count("ã") + lowered.count("õ") + 0.5 * lowered.count("ç")
    if scores["so"]:  # Somali's long vowels, where a Somali word is already seen: "Xasan Daahir … oo la keenay"
        scores["so"] += 0.5 * sum(1 for w in words if "aa" in w or "ii" in w or "uu" in w)
    if scores["sv"] and ("æ" in lowered or "ø" in lowered):
        scores["sv"] = 0  # letters Swedish never writes ("En bok om nynazister" is Swedish only without them)
    if (scores["no"] or scores["da"]) and ("ä" in lowered or "ö" in lowered):
        scores["no"] = scores["da"] = 0  # and letters Norwegian and Danish never write
    if "s" in words and ("'s" in lowered or "’s" in lowered):  # "Mexico's", "Al-Shabab's": the English possessive
        scores["en"] += lowered.count("'s") + lowered.count("’s")
    return scores
