"""Notes written as bibliography entries, turned into the note form the readers know.

Many publishers (and most Spanish- and Portuguese-language journals) print a note the way a
bibliography prints an entry: names inverted, then sentences for the title and the facts.

    Degregori, Carlos Iván. Qué difícil es ser Dios. Lima: IEP, 2011, p. 45.
    Kay, Bruce H. "Violent Opportunities." Journal of Interamerican Studies 41, no. 3 (1999): 97-127.
    Comisión de la Verdad y Reconciliación. Informe final. Lima: CVR, 2003, tomo IV, p. 120.

``to_note_form`` rewrites such an entry as a note ("Carlos Iván Degregori, *Qué difícil es ser
Dios* (Lima: IEP, 2011), p. 45"), so that judging and reading need no second grammar.  It
answers None for anything else: an entry must open with inverted names (or an organisation
followed by place and publisher), have a title sentence, and end with publication facts.
"""
from __future__ import annotations

import regex

from ..articlecache import per_article
from ..lazyregex import lazy
from . import chinese, cs1, dates, gost, harvard, italian, legal, nature, stylemanual, vancouver
from .classify import BOOK_PUBLISHER_RE, JOURNAL_WORD_RE, NEWS_WORD_RE, known_outlet
from .dates import MONTHS
from .editions import APA_EDITION_END_RE, APA_EDITION_RE
from .language import PLACE_LANGUAGES, detect
from .namelists import family_first_note_form, split_leading_names
from .names import (
    ACRONYM_RE,
    AND,
    INITIALS_RE,
    _initials_of,
    family_case,
    inverted_names,
    is_first_name,
    is_given_name,
    is_organisation,
    looks_like_names,
    organisation_name,
)
from .places import known_country, known_place, publishing_city

_WORD = r"\p{Lu}[\p{L}'’\-]+"
_INITIALS = r"\p{Lu}\.(?:\s?\p{Lu}\.){0,2}"
_PARTICLE = r"(?:de|del|de\s+la|de\s+los|van|von|van\s+der|van\s+den|da|das|dos|di|du|le|la)\s+"
# "Degregori, Carlos Iván.", "Kay, Bruce H.", "Durand Guevara, Anahí.", "van Dun, Mirella.",
# "Tarazona-Sevillano, Gabriela, and John B. Reuter.", "Mejía, Daniel, et al.", "Stern, Steve J., ed.",
# and as Brazilian (ABNT) notes print them: "HOLANDA, Sérgio Buarque de.", "SCHWARCZ, Lilia M.; STARLING, Heloisa M.",
# "TELLES, Vera da Silva.", "CALDEIRA, Teresa Pires do Rio." (a particle among the given names)
_GIVEN = rf"(?:{_WORD}(?:\s+(?:(?:de|da|do|dos|das)\s+)?{_WORD}){{0,3}}(?:\s+{_INITIALS})?|{_INITIALS}(?:\s+{_WORD})?)(?:\s+(?:de|da|do|dos|das|del|van|von))?"
_INVERTED_NAMES = (
    rf"\G(?P<family>(?:{_PARTICLE}|(?:Del|De|Da|Van|Von|De\s+la|De\s+los)\s+)?{_WORD}(?:\s+(?:y\s+|i\s+)?{_WORD}){{0,2}}"
    r"(?:\s\p{Lu}\.)?),\s+"  # ("Del Pino H., Ponciano": a capitalised particle, and the second surname by its initial)
    rf"(?P<given>{_GIVEN})"
    rf"(?P<more>(?:,\s+(?:{_WORD}(?:\s+(?:{_INITIALS}|(?:{_PARTICLE})?{_WORD})){{1,3}}|{_INITIALS}\s*(?:{_PARTICLE})?{_WORD})"
    rf"(?=,|\s+{AND}\s)){{0,8}}"  # ", Jessica F. Green, and …", ", V. L. Elliott, Havard Hegre, and …" (initials first),
    # ", Carlos Blondet y Jaime Antezana"
    rf",?\s+{AND}\s+(?:{_INITIALS}\s*(?:{_PARTICLE})?{_WORD}|{_WORD}(?:\s+(?:{_INITIALS}|(?:{_PARTICLE})?{_WORD})){{1,3}})"
    rf"|(?:(?:;\s+|,?\s+(?:y|and|e|et|und|&)\s+)(?:{_PARTICLE})?{_WORD}(?:\s+{_WORD}){{0,2}},\s+{_GIVEN}){{1,5}})?"
    r"(?P<etal>,?\s+et\s+al\.?)?"
    r"(?P<role>,\s+(?:eds?|comps?|coords?|dirs?)\.|\s+\((?i:eds?|comps?|coords?|dirs?|orgs?)\.?\))?"  # ABNT: "DAGNINO, Evelina (org.)", "(Org.)"
    r"(?:(?<=\.)|\.)\s+"
)
INVERTED_NAMES_ANY_RE = lazy(_INVERTED_NAMES)  # (whatever follows them)
INVERTED_NAMES_RE = lazy(_INVERTED_NAMES + rf"(?!{_WORD},|et\s+al\b|\p{{Lu}}\.[\s,]|(?:and|y|et|und|&)\s+{_WORD},)")
# ("Marcos Cueto, Theodore M. Brown, and ...": a list of names in note order goes on; so do "Tian, N. et al., ‘Title’, …"
# (the names end with "et al."), and "Paul Roe, V. L. Doe, …", whose initials are no given name cut short; nor are the
# initials of SIPRI's names with a comma after them: "Kimball, D. G., ‘Title’", "Kristensen, H. M. and Korda, M., ‘Title’")
# The same names before a title that opens on a list of words, after a given name's own full stop: "Enloe, Cynthia.
# Bananas, Beaches and Bases: …" (read only where the given name is one, or a word too long for an abbreviation: "Corte EDU,
# Sez. IV, …" is a court's section)
INVERTED_BEFORE_LISTED_TITLE_RE = lazy(_INVERTED_NAMES + r"(?<=\p{Ll}\.\s+)(?!et\s+al\b)")
# The year in parentheses that Harvard's author-date entries print without a period after it: "Sharma, P. (2022) Heat"
HARVARD_YEAR_RE = lazy(r"\((?:1[5-9]\d\d|20\d\d)[a-z]?\)\s")
# Author-date (APA) entries: "Gootenberg, P. (2008). ", "UNODC (2013). ", "Smith, J. A. (2010, May 3). "
APA_HEAD_RE = lazy(r"(?P<names>[^()]{2,800}?(?:\s+\(\p{Lu}[\p{Lu}&\-]{1,11}\)\.?|(?<=\p{Lu}{2})\s+\(\p{Lu}[^()\d]{3,80}\))?)"  # "Comisión …
                   # (CVR). (2003).", and the initials first: "NAO (National Audit Office) (2018)"
                   r"(?:\s+\((?P<role>(?i:eds?|coords?|comps?|dirs?|orgs?)|Hrsg|Hg)\.?\)\.?)?"  # "Benítez, R. (Coord.). (2010).",
                   # "Degregori, C. I. (comp.) (2009)."
                   r"\s+\((?P<year>1[5-9]\d\d|20\d\d|n\.\s?d\.)[a-z]?(?:,(?!\s*(?:(?i:pp?\.|tables?|tab\.|figs?\.|figures?|ch\.|chap|paras?\.|n\.)|\d{1,5}(?:\s*[-–]\s*\d{1,5})?\)))\s*"
                   r"[^()]{1,25})?\)\.?\s+")  # Harvard: no period; (a day after the year, "(2010, May 3)", but never the page
# cited, "(2014, p. 185)", which makes the note an author-date short form and what follows it prose)
# A pinpoint where a title would stand: "p. 76", "paras 4.1–4.6", "ch. 3"
PINPOINT_TITLE_RE = lazy(r"(?i)(?:pp?|paras?|chs?|chap|figs?|secs?|cols?|vols?|parts?|pt)\.?\s*[\dxivlc]")
# An outlet named by its web domain, then a headline in quotes and a date: "Semana.com, “Minería en el Cauca,” 4 de mayo de
# 2022", "Armando.info, “Los dueños del oro,” …"
DOMAIN_OUTLET_FIRST_RE = lazy(r"^(?P<site>\p{Lu}[\p{L}\d-]{1,40}(?:\.(?:com|org|net|info|co|pe|mx|br|ar|cl|ve|ec|es|bo|gt|hn|sv)){1,2}),\s+"
                              r"(?P<title>“[^“”]{2,300}”|\"[^\"]{2,300}\"),?\s+(?P<rest>\S.{3,300})$")
# A last sentence that says when the entry's source was read: "Accessed May 2, 2024.", "Consultado el 3 de mayo de 2020."
ACCESSED_TRAILER_RE = lazy(r"\.\s+(?:Accessed|Retrieved|Consultado(?:\s+el)?|Consulté\s+le)\s+(?:on\s+)?"
                           r"(?P<date>[^.;()]{4,40}?(?:1[5-9]|20)\d\d)\.?\s*$")
# A last sentence on the entry's edition in another language: "Also available in French as Flux financiers …"
OTHER_EDITION_TRAILER_RE = lazy(r"\.\s+Also\s+(?:available|published)\s+in\s+\p{Lu}\p{Ll}+(?:(?:,\s*|\s+and\s+)\p{Lu}\p{Ll}+)*\b.{0,400}$")
# A report's number or series as a sentence of its own between its title and its place, as Harvard lists print them:
# "HC 1003, Session 2017–19.", "CP 403.", "RUSI Whitehall Report 4-13.", "Chatham House Report."
HARVARD_NUMBER_RE = lazy(r"\G(?P<number>(?=[^.:]{0,60}(?:\d|Report|Paper|Brief))\p{Lu}[^.:()*“”\"]{1,60}?)\.\s+"
                         r"(?=\p{Lu}[\p{L}.,' -]{1,40}:\s+\p{Lu})")
# A volume of a work in several, after its title: "(Tomo IV)", "(Vol. 2)"
APA_VOLUME_PAREN_RE = lazy(r"\G\s*\((?P<volume>(?:[Tt]omo|[Vv]ol\.|[Vv]olume|[Bb]d\.|t\.)\s*[\dIVXLC]{1,6})\)\.?\s*")
# A chapter after its title: "En A. Alvarado y M. Serrano (Coords.), *Seguridad nacional* (pp. 21-40). México: El Colegio."
APA_CHAPTER_RE = lazy(
    r"\G(?:En|In):?\s+(?:(?P<eds>[^()]{3,200}?)\s+\((?:Eds?|Coords?|Comps?|Dirs?|Orgs?|Hrsg|Hg)\.?\),\s+)?"
    r"(?P<book>\*[^*]{2,300}\*|[^(]{2,300}?)\s*\((?:pp?\.\s*)?(?P<pages>[\dxivlc]+(?:\s*[-–]\s*[\dxivlc]+)?)\)\.\s+"
    r"(?:(?P<place>\p{Lu}[^:;.]{1,60}?):\s*)?(?P<publisher>[^.;]{2,120}?)\.?(?:\s+(?P<url>(?:https?://|www\.)\S+?))?\.?\s*$")
APA_PERSON_RE = lazy(rf"((?<![\p{{L}}])(?:{_PARTICLE})?{_WORD}(?:[\s-]{_WORD}){{0,2}}),\s+((?:\p{{Lu}}\.\s?-?){{1,4}})")
# (a particle in lower case may open the family name: "du Roe, P. and van der Doe, H.")
APA_SEPARATOR_RE = lazy(r"[\s,&]*(?:and|y|et)?[\s,&]*")
APA_JOURNAL_RE = lazy(
    r"\G(?|\*(?P<journal>[^*]{2,150})\*|(?P<journal>[^,.*]{2,150}(?:,\s+\p{Lu}[^,.*]{1,60}){0,3})),\s*\*?(?P<volume>\d{1,4})\*?(?:\((?P<issue>[^()]{1,10})\))?,\s*(?:pp?\.\s*)?"
    r"(?P<pages>[a-z]?\d{1,6}(?:\s*[-–]\s*[a-z]?\d{1,6})?)\.?(?:\s+(?P<url>(?:https?://|www\.)\S+?)\.?\s*$)?")
# (an italic journal's name may hold a comma, and its volume be italic too: "*Law, Innovation and Technology*, *13*(1), 57–84";
# so may a plain one, before capitals: "Theory, Culture & Society, 29(4–5), 58–75")
# APA 7 drops the place: "*Perú: Perfil sociodemográfico*. INEI." / "Instituto de Estudios Peruanos."
APA_PUBLISHER_RE = lazy(r"\G(?P<publisher>(?:\p{Lu}\.\s?){0,3}(?:\p{Lu}|\p{Ll}{1,6}\p{Lu})[^.:;*]{1,120}?)\.?(?:\s+(?P<url>(?:https?://|www\.)\S+?))?"
                        r"(?:\.?\s+(?P<part>(?:[Cc]hapter|[Cc]h\.|pp?\.)\s*[\dIVXivx]{1,5}(?:\s*[-–]\s*\d{1,5})?))?\.?\s*$")
# (a part of the book cited after its publisher: "Addison-Wesley. Chapter 2.")
# A site or outlet and its address: "*GlobalPost*. https://www.globalpost.com/..."
APA_SITE_RE = lazy(r"\G\*(?P<site>[^*]{2,120})\*\.?(?:\s+(?P<url>(?:https?://|www\.)\S+?))?\.?\s*$")
# An edition after the title: " (2nd ed.)."
# A town and its publisher: "Chapel Hill: University of North Carolina Press." (no digit in the town: "Revista 10 (2): 33-41"
# is a journal's volume and pages)
APA_PUBLICATION_RE = lazy(
    r"\G(?P<place>\p{Lu}[^:;.\d()]{1,60}?(?:,\s*\p{Lu}{2})?):(?!//)\s*(?P<publisher>[^,;:]{2,120}?)"
    r"(?P<after>(?:,\s*|\.\s+(?=pp?\.))(?:pp?\.\s*)?\d{1,6}(?:\s*[-–]\s*\d{1,6})?)?\.?\s*$")  # ("Hutchinson. p. 159.")
# (APA 6 dates the reading of a page that may change: "Retrieved June 2, 2023, from https://…")
APA_URL_RE = lazy(r"\G(?:retrieved\s+(?:on\s+)?(?:(?P<retrieved>[^()]{3,20}?\d{4}),?\s+)?from\s+|available\s+at:?\s+)?(?P<url>(?:https?://|www\.)\S+?)\.?\s*$", regex.IGNORECASE)
# the conjunction before a second author: ", and John B. Reuter" -> "John B. Reuter"
CONJUNCTION_RE = lazy(r"^,?\s+" + AND + r"\s+")
# An organisation as author, a sentence of its own: "Comisión de la Verdad y Reconciliación. ",
# "U.S. Department of State. "
ORGANISATION_RE = lazy(r"^(?P<org>(?:(?:\p{Lu}\.){2,}\s+)?\p{Lu}[^.;:“\"«*]{2,120}?)\.\s+(?=\p{Lu}|[“\"«*¡¿]|"
                      r"(?:1[5-9]\d\d|20\d\d)[a-z]?\.\s|n\.\s?d\.\s)")  # (author-date: "World Bank. 2020. …", "… n.d. …")
# The title: quoted ("Title." / «Title».), italic, or a plain sentence ending in a lower-case
# letter, a digit, a parenthesis or ?/! (so "U.S." inside it is no end).
QUOTED_TITLE_RE = lazy(r"\G(?:«(?P<title>[^»]{2,300}?)[.,]?»|[“\"](?P<title>[^”\"»]{2,300}?)[.,]?[”\"»])[.,]?\s*")  # ("“Title”, Nexos, …": a comma after it)
# (a title in guillemets holds quotation marks of its own: «“New” and “Old” Civil Wars: A Valid Distinction?»)
# Harvard's single quotes: "'Urban Heat and Informal Workers', Economic and Political Weekly"
SINGLE_QUOTED_TITLE_RE = lazy(r"\G[‘'](?P<title>[^\n]{2,300}?)[’'][,.]\s+(?=\p{Lu})")  # (not "'The Godfather' Leaves …")
# (an unmarked subtitle after the colon, as ABNT sets only the main title apart: "*Visões da liberdade*: uma história …. São Paulo")
QUOTE_SUBTITLE_RE = lazy(r"\G:\s+(?P<subtitle>[^*;“”\"«»]{2,300}?[\p{L}\d)?!])\.\s+(?=\p{Lu}|\d)")
ITALIC_TITLE_RE = lazy(r"\G\*(?P<title>[^*]{2,300}?)\.?\*(?P<subtitle>:\s+[^*;“\"«]{2,300}?[\p{L}\d)?!](?=\.\s+(?:\p{Lu}|\d)))?\.?\s*")
PLAIN_TITLE_RE = lazy(r"\G(?P<title>[^;“\"«*]{2,300}?(?:[\p{Ll}\d)?!\]]|(?<=\s\p{Lu}{1,4})\p{Lu}))(?:\.|(?<=[?!]))\s+(?=\p{Lu}|\d|\*|https?://|www\.|\p{Ll}[\w-]*\.[a-z]{2,4}\.?$|\p{Ll}+\p{Lu}\p{L}*\.)")
# (an address may follow the title, a site named by its domain, "… [Blog post]. martinfowler.com.", or a server: "arXiv.")  # "… ¿soluciones? Lima: …"
# a publication parenthetical, "(Cambridge: Cambridge University Press, 2019)": a title sentence
# holding one is a note in note form, not an entry
PUB_PAREN_RE = lazy(r"\([^():]{1,80}:[^()]{1,120}\d{4}\)")
# "Lima: Instituto de Estudios Peruanos, 2011, p. 45." / "Washington, DC: GAO, 2008."
PUBLICATION_RE = lazy(
    r"\G(?P<place>\p{Lu}[^:;]{1,60}?):\s*(?P<publisher>[^,;:]{2,120}?),\s*"
    r"(?P<date>(?:[^,;:()]{0,25}\s)?(?:1[5-9]\d\d|20\d\d))(?![\d\-–])"
    r"(?P<after>(?:(?:,|\.(?=\s*(?:pp?|págs?|S|v|vol|t|С|Т|P)\.))\s*(?:\p{L}{1,10}\.?\s*)?[\dxivlcIVXLC]{1,6}(?:\s*[-–]\s*[\dxivlc]{1,6})?)*)"
    r"\.?"
)
# The same facts after a title's second sentence, which the place's pattern then holds: "Subtítulo largo. Lima: IEP, 2003"
SUBTITLED_PUBLICATION_RE = lazy(PUBLICATION_RE.source.replace("{1,60}", "{1,160}", 1))
# A periodical as ABNT prints it after an article's title: "Revista Brasileira de História, São Paulo, v. 24, n. 47,
# p. 29-60, jan./jun. 2004", "Tempo, Niterói, v. 12, n. 23, p. 100-122, 2007", "Revista X, n. 2, p. 223-244, 1984"
# (its name in italics too: "*Estudos Avançados*, São Paulo, v. 21, n. 61, p. 139-157, 2007"; its year of publication
# as the volume: "*Sociologias*, Porto Alegre, ano 4, n. 8, p. 84-135, jul./dez. 2002")
ABNT_PERIODICAL_RE = lazy(
    r"(?:In:\s*)?(?P<italic>\*)?(?P<journal>\p{Lu}(?:[^,:;*]|:\s+(?=\p{Lu})){1,100}?)(?(italic)\*)(?:,\s*(?P<place>\p{Lu}[^,:;\d]{1,40}?))?"  # "Dados: Revista …"
    r"(?:,\s*(?:v\.|ano)\s*(?P<volume>[\dIVXLC]{1,5}))?(?:,\s*n\.\s*(?P<issue>[\w/-]{1,12}))?(?:,\s*p\.\s*(?P<pages>\d{1,5}(?:\s*[-–]\s*\d{1,5})?))?"
    r",\s*(?P<date>(?:[\p{L}./]{3,15}\s+)?(?:1[5-9]\d\d|20\d\d))(?<=v\.\s*[\dIVXLC]{1,5}.{0,80}|n\.\s*[\w/-]{1,12}.{0,60})")
# A publisher and year with no place, as the Chicago Manual's 18th edition prints them: "Example University Press, 2010."
PUBLISHER_ONLY_RE = lazy(
    r"\G(?P<publisher>\p{Lu}[^,;:.()]{2,100}?),\s*(?P<date>1[5-9]\d\d|20\d\d)(?![\d\-–])"
    r"(?P<after>(?:,\s*(?:\p{L}{1,10}\.?\s*)?[\dxivlc]{1,6}(?:\s*[-–]\s*[\dxivlc]{1,6})?)*)\.?")
# An edition between a title and its publication facts: "2. ed.", "3.ª ed.", "2nd ed.", "Second edition."
EDITION_RE = lazy(
    r"(?i)\G(?:\d{1,2}\s*(?:\.|ª|º|a|nd|rd|th|st|e|\.ª)?\s*(?:ed|edn|éd|aufl)\.|\p{L}+\s+(?:edition|edición|edição|édition))"
    r"(?:\s*(?:rev|ampl|atual|aum|corr)\.(?:\s*(?:e|y|and)\s*(?:rev|ampl|atual|aum|corr)\.)?)?"  # "2. ed. rev.", "3. ed. rev. e ampl."
    r"\s*[.,]?\s+")
# The end of an entry's last sentence: a period before a capitalised word, or the end
SENTENCE_END_RE = lazy(r"(?<!\b(?:no|vol|pp|p|ed|eds|n|núm|tomo|t|\p{Lu}))\.(?=\s+\p{Lu}\p{Ll})")
# what an entry's last sentence ends with: a year, a page, a date, a closing parenthesis or a URL
FACTS_END_RE = lazy(r"(?:\d|\)|https?://\S+|www\.\S+)$")
YEAR_OR_URL_RE = lazy(r"(?<!\d)(?:1[5-9]\d\d|20\d\d)(?!\d)|https?://|www\.")
# "En: Revista Argumentos" / "In: *Book*" -> "in Revista Argumentos"
IN_CONTAINER_RE = lazy(r"(?i)\G(?:en|in|dans|em)\s*:?\s+")


# Names, then a colon, then the rest, as Spanish history journals print notes: "PRESTON, Paul: El triunfo de la
# democracia en España, Barcelona, Plaza & Janés, 1986, p. 45", "CARR, Raymond y FUSI, Juan Pablo: España, …",
# "JULIÁ, Santos (dir.): Memoria de la guerra, …", "FUNDACIÓN FOESSA: Informe sociológico …", "PRESTON: El triunfo…, cit."
COLON_NAMES_RE = lazy(
    r"^(?P<who>\p{Lu}[^:;«»“”\"*()\d]{1,120}?)(?P<role>\s*\((?:dirs?|eds?|coords?|comps?|orgs?)\.\))?\s*:\s+(?P<rest>\S.*)$")


# A thesis as ABNT prints it after its title: the year, perhaps its leaves, the kind and degree, the institution, its town
# and the year again: "2015. 180 f. Dissertação (Mestrado em Relações Internacionais) – Universidade de Brasília, Brasília,
# 2015. p. 45."
ABNT_THESIS_RE = lazy(r"\G(?:(?:1[5-9]|20)\d\d\.\s+)?(?:\d{1,4}\s*f\.\s+)?(?P<kind>Tese|Dissertação|Dissertacao|Monografia|"
                      r"Trabalho\s+de\s+[Cc]onclusão\s+de\s+[Cc]urso)\s*\((?P<degree>[^()]{3,100})\)\s*[–—-]\s*"
                      r"(?P<inst>[^,()]{3,160}?),\s*(?P<place>\p{Lu}[^,()]{1,60}?),\s*(?P<year>(?:1[5-9]|20)\d\d)\.?"
                      r"(?:\s*(?P<pin>[pf]\.\s*\d{1,4}(?:\s*[-–]\s*\d{1,4})?)\.?)?\s*$")
# ABNT's author-date reference to a work by several: "LIMA; SINHORETTO; BUENO, 2015, p. 127", "VIGEVANI; CEPALUNI, 2007"
ABNT_AUTHOR_DATE_LIST_RE = lazy(r"(?P<names>\p{Lu}[\p{Lu}'’\-]+(?:\s\p{Lu}[\p{Lu}'’\-]+){0,2}(?:;\s\p{Lu}[\p{Lu}'’\-]+"
                                r"(?:\s\p{Lu}[\p{Lu}'’\-]+){0,2}){1,5}),\s(?:1[5-9]|20)\d\d[a-z]?(?![\d\p{L}])")


# A post cited as newsletters write it, casually: "@auonsson's thread on X (Nov 3, 2023): https://x.com/…", "@Gerjon_ on X,
# 12 February 2024", "Video via Rybar on Telegram, 9 August 2023 (in Russian): https://t.me/…"
PLATFORMS = r"X|Twitter|Telegram|Facebook|Instagram|TikTok|YouTube|Bluesky|Threads|VKontakte|VK|Truth\s+Social"
CASUAL_POST_RE = lazy(
    r"^(?:(?:video|photo|photos|screenshot|footage|image|images|post|thread|clip)\s+(?:via|by|from|posted\s+by)\s+)?"
    r"(?P<who>@\w{1,30}|\p{Lu}[\w.\-]{1,30}(?:\s\p{Lu}[\w.\-]{1,30}){0,3})(?:['’]s\s+(?P<kind>thread|post|tweet|video|message|"
    r"channel))?\s+on\s+(?P<platform>" + PLATFORMS + r")\b(?:\s+channel)?,?\s*\(?(?P<date>[^():,]{3,12}\d{1,2},?\s+\d{4}|"
    r"\d{1,2}\s+\p{L}{3,9}\.?\s+\d{4})\)?(?:\s*\(in\s+\p{L}+\))?[,:]?\s*(?P<url>https?://\S+?)?\.?$", regex.IGNORECASE)


def casual_post_note_form(text: str) -> str | None:
    """The note form of a post cited casually ("@x's thread on X (Nov 3, 2023): URL" -> "@x, thread on X, Nov 3, 2023,
    URL"), or None."""
    m = CASUAL_POST_RE.match(text.strip())
    if m is None or not m.group("who")[:1].isupper() and not m.group("who").startswith("@"):
        return None
    kind = (m.group("kind") or "post").lower()
    url = f", {m.group('url')}" if m.group("url") else ""
    return f"{m.group('who')}, {kind} on {m.group('platform')}, {m.group('date').strip()}{url}"


@per_article()

def rewritten(text: str) -> tuple[str, str] | None:
    """``text`` in the note form the readers know, and what its own form was, when it is printed in a
    national form they do not: names before a colon (Spanish), an unquoted title "in «Journal»" (Italian)."""
    if " on " in text[:90] and (form := casual_post_note_form(text)) is not None:
        return form, "a post cited casually: who posted it, on which platform, when"
    if "; " in text[:80] and text[1:2].isupper() and (listed := ABNT_AUTHOR_DATE_LIST_RE.match(text.strip())) is not None:
        names = listed.group("names").split("; ")  # "LIMA; SINHORETTO; BUENO, 2015, p. 127": ABNT's names of one work
        return (f"{', '.join(names[:-1])}, and {names[-1]}{text.strip()[listed.end('names'):]}",
                "an author-date reference to a work by several, their names in capitals joined by semicolons (ABNT)")
    if "." in text[:30] and (site := DOMAIN_OUTLET_FIRST_RE.match(text.strip())) is not None:
        return (f"{site.group('title')} {site.group('site')}, {site.group('rest')}",
                "an outlet named by its domain before the headline, as Latin American notes print it")
    if text[:1].isupper() and harvard.looks_like(text) and (form := harvard.to_note_form(text)) is not None:
        return form, ("a reference in the Harvard style of Elsevier's journals or the IPCC's: names before initials, the year "
                      "after them, the title unmarked, a book's publisher before its town")
    if " (" in text and text[:1].isupper() and (issued := BODY_SERIAL_ISSUE_RE.match(text.strip())) is not None \
            and organisation_name(issued.group("who")) and dates.find_date(issued.group("date")) is not None \
            and not known_outlet(issued.group("title").strip("*")):  # ("Al-Malahem Media, *Inspire*, issue 17": a magazine)
        who, title = issued.group("who"), issued.group("title").strip("*")
        return (f"{who}, *{title} {issued.group('number')}* ({who}, {issued.group('date')}){issued.group('after')}",
                "a body's periodical report by its number and date ('Monetary Policy Report, no. 2 (April 2022)')")
    if text[:1].isupper() and "), " in text[:160] and (form := harvard.notes_form(text)) is not None:
        return form, "a book or a report in the Harvard style set in notes: names before initials, the year in brackets, the " \
            "facts after commas"
    if text[:1].isupper() and ", " in text[:50] and text[1:2].isupper() | (text.count(",") >= 4) \
            and (form := family_first_note_form(text)) is not None:
        return form, "names family first, in capitals, before the title, as Spanish notes print them"
    if ":" in text[:140] and text[:1].isupper():
        form = colon_names_note_form(text)
        if form is not None:
            return form, "names before a colon, as Spanish notes print them"
    if nature.looks_like(text) and (form := nature.to_note_form(text)) is not None:
        return form, "a reference as Nature prints it: family names before initials, the journal's volume, pages and year"
    if ")" in text and (form := dated_title_note_form(text)) is not None:
        return form, "an unmarked title, then its month and year alone in brackets"
    if "Form " in text and (form := sec_filing_note_form(text)) is not None:
        return form, "a company's filing with the SEC, by its form and the period it covers"
    if "/" in text and (moved := DATE_THEN_SYMBOL_RE.search(text)) is not None \
            and not known_place(text[: moved.start()].rsplit(", ", 1)[-1].strip()):  # "…, 13 October 2023, UN Doc. A/HRC/…"
        # (not after a town: "…, speech before the General Assembly, New York, December 4, 1972, UN Doc. A/PV.2096")
        symbol = moved.group("symbol").rstrip(".")
        return (f"{text[: moved.start()]}, {symbol}, {moved.group('date')}{text[moved.end():]}",
                "a document's date before its symbol: the symbol read where a note puts it, after the title")
    if ("“" in text or '"' in text) and (form := issue_then_title_note_form(text)) is not None:
        return form, "a known periodical's number, then the title of the article in that issue"
    if "«" in text and "(" not in text and (form := italian.note_form(text)) is not None:
        # "R. Roe, Title. Subtitle, in «Journal», XLII, 18, 1998, pp. 51-72", "R. Roe, Title, «la Repubblica», 3 maggio 2017"
        return form, "an unquoted title before «Journal», its numbers set off by commas, as Italian notes print it"
    if "«" in text and (" in «" in text or " su «" in text):
        form = in_guillemets_note_form(text)
        if form is not None:
            return form, "an unquoted title in «Journal», as Italian notes print it"
    if "«" in text and " n. " in text and (issued := ITALIAN_NUMBERED_ISSUE_RE.match(text.strip())) is not None:
        year = issued.group("year") or issued.group("year2")
        pages = f": {issued.group('pages')}" if issued.group("pages") else ""
        return (f"{issued.group('who')}, “{issued.group('title')[1:-1].strip()},” *{issued.group('journal').strip('*')}*, no. "
                f"{issued.group('issue')} ({year}){pages}{issued.group('after') or ''}",
                "an article in an Italian journal's numbered issue: \"in *Rivista*, n. 2/2011, pp. 7-20\"")
    if ": " in text and (german := german_note_form(text)) is not None:
        return german, "a book as German notes print it: \"Autor, Titel. Untertitel, Ort: Verlag Jahr\""
    if " in: " in text and (german := german_article_note_form(text)) is not None:
        return german, "a quoted title \"in:\" its periodical, as German notes print it"
    if text[:1].isupper() and (book := publisher_place_year_note_form(text)) is not None:
        return book, "a book's publisher, then its town and year, as Italian notes print them"
    if " by " in text[:300] and (by := BODY_TITLE_BY_RE.match(text.strip())) is not None and looks_like_names(by.group("by")):
        return (f"{by.group('by').strip()}, {by.group('title')} {by.group('body').strip()}{by.group('rest')}",
                "a body, a quoted title and its authors after \"by\", as the Congressional Research Service prints them")
    if ("//" in text or ":" in text) and gost.looks_like(text) and (russian := gost.note_form(text)) is not None:
        return russian, "a note in the Russian standard (GOST): names before initials, \"//\" before the periodical"
    if chinese.looks_like(text) and (form := chinese.note_form(text)) is not None:
        return form, "a note as Chinese journals print it: names before a full-width colon, titles in 《》"
    if "『" in text and (cornered := chinese.book_in_corners(text)) is not None:
        return cornered[0], chinese.JAPANESE_BOOK
    if ("соч" in text or "cit" in text) and (russian := gost.short_form(text)) is not None:
        return russian, "a short form in the Russian standard (GOST): the names before their initials"
    if text[:4] == "CRS " and (crs := CRS_BY_RE.match(text.strip())) is not None and looks_like_names(crs.group("by")):
        rest = crs.group("rest") or ""
        return (f"{crs.group('by').strip()}, *{crs.group('title').strip(' *_')}*, {crs.group('series')} {crs.group('number')}, "
                f"Congressional Research Service{rest}"), "a CRS product by its number, title and authors, as CRS cites its own"
    if "Drucksache" in text or "Drs." in text:
        printed = PRINTED_PAPER_RE.match(text.strip())
        if printed is not None:  # "Antwort der Bundesregierung …, Deutscher Bundestag, Drucksache 19/6384, 10.12.2018"
            body = printed.group("body") or ("Bundesrat" if (printed.group("num") or "").startswith("BR") else "Deutscher Bundestag")
            title = f"{printed.group('title').strip()}, " if printed.group("title") else ""
            date = f", {printed.group('date').strip()}" if printed.group("date") else ""
            return (f"{body}, {title}{printed.group('num')}{date}{printed.group('rest') or ''}",
                    "a German parliament's printed paper (Drucksache), its body first")
    if ", N" in text or ", n" in text:
        series = SERIES_COMMA_NUMBER_RE.search(text) if "”" in text or '"' in text else None
        if series is not None:  # '"Title," Focus stratégique, No. 79, Ifri, April 2018': one series and its number
            return (f"{text[: series.start()]}{series.group('series')} {series.group('number')}{text[series.end():]}",
                    "a paper's series and its number parted by a comma")
    if stylemanual.looks_like(text) and (form := stylemanual.note_form(text)) is not None:
        return form, "an author-date note as the Australian Style Manual prints it: names before initials, a bare year, the facts " \
            "set off by commas"
    return None


# A town's name, its words capitalised but for a particle: "New York", "Frankfurt am Main", "Newcastle upon Tyne"
_PLACE_WORDS = r"\p{Lu}[\p{L}.\-]{1,25}(?:\s(?:\p{Lu}[\p{L}.\-]{0,25}|am|an|der|bei|upon|on|de|del|la|i\.|a\.)){0,3}"
# A German parliament's printed paper, its title before its body or none: "Antwort der Bundesregierung auf die Kleine
# Anfrage …, Deutscher Bundestag, Drucksache 19/6384, 10.12.2018", "BT-Drs. 19/6384 vom 10.12.2018, S. 3"
PRINTED_PAPER_RE = lazy(
    r"^(?:(?P<title>\p{Lu}[^;]{5,400}?),\s(?P<body>Deutscher\sBundestag|Bundestag|Bundesrat|Landtag\s[\p{L}\-]+(?:\s[\p{L}\-]+)?),\s)?"
    r"(?P<num>(?:BT-|BR-)?(?:Drucksache|Drs\.)\s\d{1,2}/\d{1,6})(?:,?\s(?:vom\s)?(?P<date>\d{1,2}\.\s?\d{1,2}\.\s?\d{4}))?"
    r"(?P<rest>,\s.*?)?\.?$")
# A paper's series, then its number after a comma, after its quoted title: '"Title," Focus stratégique, No. 79, Ifri, …',
# '"Title," ICCT Policy Brief, No. 12, …' (not a journal's issue: the series names itself a paper, a brief, a study …)
SERIES_COMMA_NUMBER_RE = lazy(
    r"(?<=[”\"]\s)(?P<series>(?=\p{Lu})[^,“”\"()]{0,60}?(?i:\b(?:focus|papers?|briefs?|reports?|notes?|series|stud(?:y|ies|ie)|"
    r"analys[ie]s|commentar(?:y|ies)|insights?|perspectives?|études?|policy|occasional|visions?)\b)[^,“”\"()]{0,40}),\s"
    r"(?P<number>(?:No\.|no\.|Nr\.|nr\.|N°|n°|Nº|nº)\s?\d[\w./-]{0,12})(?=,\s)")
# A body's periodical report by its number and its date: "Bank of Russia, Monetary Policy Report, no. 2 (April 2022), 9",
# "European Central Bank, *Economic Bulletin*, issue 3 (2023), box 4", "Central Bank of Nigeria, Statistical Bulletin, vol. 33
# (December 2022)"
BODY_SERIAL_ISSUE_RE = lazy(
    r"^(?P<who>\p{Lu}[^,;:()“”\"*\d]{1,80}),\s(?P<title>\*?\p{Lu}[^,;()“”\"*\d]{2,100}\*?),\s"
    r"(?P<number>(?:no\.|vol\.|issue|nr\.|n[°º]|number)\s?\d[\w./-]{0,10}(?:,\s(?:no\.|issue)\s?\d[\w./-]{0,10})?)"
    r"\s\((?P<date>[^()]{4,30})\)(?P<after>(?:,\s[^()]*)?)\.?$")
# A book as German notes print it, its facts after the title with a colon and no comma before the year: "Tanjev Roe,
# NSU. Der Terror von rechts, München: Droemer 2018, S. 45", "Jane Roe/John Doe, Titel, London/New York: Routledge 2017"
GERMAN_BOOK_RE = lazy(
    r"^(?P<who>[^,*“„\"«»()/:]{3,80}(?:/[^,*“„\"«»()/:]{3,80}){0,5})(?P<role>\s+\((?:Hrsg|Hg)\.\))?,\s+"
    r"(?P<title>(?:[^*“„\"«»(),]|,(?=\s(?:\p{Lu}|\p{Ll}{4,}\s))|\((?:1[5-9]|20)\d\d[-–](?:1[5-9]|20)?\d\d\)){3,300}?)(?:,\s+(?P<edition>\d{1,2}\.,?\s+(?:[\p{L}.]{1,12}\s+){0,4}(?:Aufl\.|Auflage|ed\.)[^,]{0,20}))?,\s+"
    rf"(?P<place>{_PLACE_WORDS}(?:,\s\p{{Lu}}[\p{{L}}.]{{1,12}})?(?:/{_PLACE_WORDS}){{0,2}}):\s+"
    r"(?P<publisher>\p{Lu}(?:[^,()\d:]|,(?=\s\p{Lu}\p{Ll}+\s(?:and|&|und)\s)){0,60}?),?\s+"
    r"(?:(?P<month>\p{Lu}\p{Ll}{2,8}\.?)\s+)?(?P<year>(?:1[5-9]|20)\d\d|n\.\s?d\.|s\.\s?f\.|s/f)(?:\s\[(?:1[5-9]|20)\d\d\])?"
    r"(?:\s\((?P<series>[^()]{3,80}?\d[^()]{0,20})\))?(?P<after>(?:,\s*[^()]*)?)\.?$")
# (or no year, in English or Spanish: "La Paz: Ministerio de Gobierno, s/f"; the first edition's year may follow in
# brackets: "Barcelona: Ariel, 1968 [1959]")
# (the title may hold commas before capitals: "Understanding Deradicalization. Methods, Tools and Programs …"; a place may
# name its state: "New Haven, Conn.: Yale University Press 1966")
# An article "in:" its journal or paper, its title quoted: "Jane Roe, „Titel“, in: CTC Sentinel 12 (2019), H. 11, S. 14–20"
GERMAN_ARTICLE_RE = lazy(r"^(?P<who>[^,*“„\"«»()/:]{3,80}(?:/[^,*“„\"«»()/:]{3,80}){0,5}),\s+(?P<title>„[^“”]{2,300}[“”]|“[^”]{2,300}”|"
                         r"\"[^\"]{2,300}\"|«[^«»]{2,300}»),?\s+in:\s+(?P<rest>\*?\p{L}.{2,300})$")
# (a French title in «…» is "in:" a periodical too: "Marie Roe, « Titre », in: *Le Monde*, 25.11.2016"; and the periodical may
# be set in italics)
# The numbers of a journal's volume as German notes print them, the year between volume and issue: "53 (2016) 6, S. 1545–1574"
VOLUME_YEAR_ISSUE_RE = lazy(r"(?<=^[^,]{2,150},?\s)(?P<volume>\d{1,4})\s\((?P<year>(?:1[5-9]|20)\d\d)\)\s(?P<issue>\d{1,3})(?=,\s)")
# An article's pages after its volume's year, then the page cited after "hier": "(2014), S. 323–340, hier S. 330"
PAGES_THEN_HERE_RE = lazy(r"\),\sS\.\s(?P<pages>\d{1,5}\s?[–-]\s?\d{1,5}),\shier\s(?:S\.\s)?(?P<pin>\d{1,5}(?:\s?[–-]\s?\d{1,5}|\s?f{1,2}\.)?)")
# The editors of the book a chapter is "in:", a slash between them: "in: Sven Doe/Paul Poe (Hg.), Handbuch Beispiel, …"
GERMAN_EDITORS = r"^(?P<eds>[^,*“„\"«»()/:]{2,80}(?:/[^,*“„\"«»()/:]{2,80}){0,5})\s+\((?:Hg|Hrsg)\.\),\s+"
GERMAN_EDITORS_RE = lazy(GERMAN_EDITORS)
EDITED_BOOK_RE = lazy(GERMAN_EDITORS +
                      r"(?P<book>\*[^*]{2,300}\*|[^,*“„\"«»()]{2,300}?)(?P<after>(?:,\s|\s\[|\s\().*|\.?)$")
# A German book's facts with no brackets, the year after the town or the publisher with no comma: ", Freiburg i. Br.:
# Herder 2014", ", Wiesbaden 2006"
GERMAN_BOOK_FACTS_RE = lazy(r",\s(?P<place>\p{Lu}[\p{L}.\- ]{1,30}(?:/\p{Lu}[\p{L}.\- ]{1,30}){0,2})(?::\s+(?P<publisher>\p{Lu}[^,()\d:]{0,60}?))?"
                            r",?\s(?P<year>(?:1[5-9]|20)\d\d)(?=,|\.?$)")
# The words that end a list of authors as "et al." does: "Giorgos Roe u.a."
UND_ANDERE_RE = lazy(r"\s+u\.\s?a\.$")


# A book as Italian notes print it, its publisher (capitalised, or "il Mulino") before its town and the year after the town
# with no comma: "E. Roe,
# Storia della camorra, Laterza, Roma-Bari 2010, pp. 3-25", "N. Roe, A. Doe, Fratelli di sangue, Pellegrini, Cosenza 2006"
ITALIAN_BOOK_RE = lazy(
    r"^(?P<who>(?:\p{Lu}\.\s?){1,3}\s?\p{Lu}[\p{L}'’\-]{1,30}(?:\s\p{Lu}[\p{L}'’\-]{1,30})?"
    r"(?:,\s(?:\p{Lu}\.\s?){1,3}\s?\p{Lu}[\p{L}'’\-]{1,30}(?:\s\p{Lu}[\p{L}'’\-]{1,30})?){0,4}|[^,*“„\"«»()/:;]{3,60})"
    r"(?P<role>\s\(a\scura\sdi\))?,\s"  # (who edited it: "R. Roe (a cura di), Alleanze nell'ombra, Donzelli, Roma 2011")
    r"(?P<title>\*[^*]{3,300}\*|[^*“„\"«»();]{3,300}?),\s(?P<publisher>(?:\p{Lu}|il\s|l['’]|la\s)[^,;()\d]{1,60}"
    r"(?:,\s\p{Lu}[^,;()\d]{1,60}){0,2}?),\s"  # (in italics too; and two houses: "ISPI-Atlantic Council, Ledizioni, Milano 2017")
    r"(?P<place>\p{Lu}[\p{L}'’.]{1,20}(?:[\s\-/]\p{Lu}[\p{L}'’.]{1,20}){0,3})\s(?P<year>(?:1[5-9]|20)\d\d)"
    r"(?:\s\((?P<edition>[^()]{1,30})\))?(?P<after>(?:,\s*[^()]*)?)\.?$")


def _a_town(name: str) -> bool:
    """A town's name, and no publisher's that is one too ("Hurst", "Polity")."""
    town = name.split(",")[0].strip()
    return (publishing_city(town) or known_place(town)) and not BOOK_PUBLISHER_RE.search(town)


def publisher_place_year_note_form(text: str) -> str | None:
    """The note form of a book cited "Title, Publisher, Town Year" (Italian order); None for anything else."""
    m = ITALIAN_BOOK_RE.match(text.strip()) if ", " in text else None
    if m is None:
        return None
    town = regex.split(r"[\-/]", m.group("place"))[0]
    if town.lower().rstrip(".") in MONTHS or not (publishing_city(town) or known_place(town)):
        return None  # ("…, Reuters, March 2010": a month, not the town of March)
    who = m.group("who").strip()
    names = [n.strip() for n in who.split(", ")]
    if not all(looks_like_names(n) or organisation_name(n) for n in names):
        return None
    who = names[0] if len(names) == 1 else ", ".join(names[:-1]) + ", and " + names[-1]
    who += " (a cura di)" if m.group("role") else ""
    return (f"{who}, *{m.group('title').strip().strip('*')}* ({m.group('place')}: {m.group('publisher').strip()}, "
            f"{m.group('year')}){m.group('after')}")


# The words that give a work to the author of the work before, in the languages notes print them
SAME_AUTHOR_WORDS = frozenset("ders. dies. ders dies idem eadem id. ead.".split())


def _german_names(who: str) -> str | None:
    """"Jane Roe/John Doe" as "Jane Roe, and John Doe"; None unless each reads as a name or a body."""
    names = [n.strip() for n in who.split("/")]
    if len(names) == 1 and names[0].lower() in SAME_AUTHOR_WORDS:
        return names[0]  # "ders., Radicalized. …, London: I.B. Tauris 2016": the author of the work before
    if not all(looks_like_names(n) or organisation_name(n) for n in names):
        return None
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + ", and " + names[-1]


def german_note_form(text: str) -> str | None:
    """The note form of a book cited as German notes cite it; None for anything else."""
    m = GERMAN_BOOK_RE.match(text.strip())
    if m is None or (who := _german_names(m.group("who"))) is None:
        return None
    who, title = split_leading_names(who, m.group("title").strip())  # "Fernán E. Roe, Ingrid J. Doe y Teófilo Poe, Título"
    role = ", ed." if m.group("role") else ""
    edition = f", {m.group('edition').split('.')[0]}. ed." if m.group("edition") else ""
    year = m.group("year") if m.group("year")[:1].isdigit() else "n.d."
    publisher = m.group("publisher").strip()
    if m.group("month") and m.group("month").lower().rstrip(".") in MONTHS:  # "Berlin: SWP, September 2018": a report's month
        year = f"{m.group('month')} {year}"
    elif m.group("month"):  # "München: Antje Verlag 2018": the publisher's last word
        publisher = f"{publisher} {m.group('month')}"
    series = f", {m.group('series').strip()}" if m.group("series") else ""  # "(SWP-Studie 19/2018)": its series and number
    return (f"{who}{role}, *{title}*{edition}{series} ({m.group('place')}: {publisher}, {year})"
            f"{m.group('after')}")


def _bracketed_facts(m: regex.Match) -> str:
    """", Freiburg: Herder 2014" as " (Freiburg: Herder, 2014)", ", Wiesbaden 2006" as " (Wiesbaden, 2006)"."""
    publisher = f": {m.group('publisher').strip()}" if m.group("publisher") else ""
    return f" ({m.group('place').strip()}{publisher}, {m.group('year')})"


# An article in an Italian journal's issue, its number and year joined by a slash: "L. Roe, «Titolo», in *Limes. Rivista
# italiana di geopolitica*, n. 2/2011, pp. 7-20", "…, *Gnosis*, n. 3, 2012, pp. 4-9"
ITALIAN_NUMBERED_ISSUE_RE = lazy(
    r"^(?P<who>[^«»“”\"*]{2,120}),\s(?P<title>«[^«»]{2,300}»),\s(?:in\s)?(?P<journal>\*[^*]{2,120}\*),\sn\.\s?(?P<issue>\d{1,3})"
    r"(?:/(?P<year>(?:1[89]|20)\d\d)|,\s(?P<year2>(?:1[89]|20)\d\d))(?:,\s(?:pp?\.\s?)(?P<pages>\d{1,4}(?:\s?[-–]\s?\d{1,4})?))?"
    r"(?P<after>,\s.*?)?\.?$")
# An unsigned article "in:" a periodical the readers know: "„Die Angst vor dem Bären“, in: Der Spiegel, Nr. 11, 10.3.2014"
UNSIGNED_IN_RE = lazy(r"^(?P<title>„[^“”]{2,300}[“”]|“[^”]{2,300}”|\"[^\"]{2,300}\"|«[^«»]{2,300}»),?\s+in:\s+"
                      r"(?P<outlet>\*?\p{Lu}[^,*()\d]{1,60}?\*?)(?P<rest>,\s.*|\s\d.*)?$")
# An article's title set in no quotation marks before "in:", as APuZ and ZfAS print it: "Jan Roe, Reform der Dienste, in:
# Zeitschrift für Beispiele 7 (2014) 3, S. 323–340"
UNQUOTED_IN_RE = lazy(r"^(?P<who>[^,*“„\"«»()/:]{3,80}(?:/[^,*“„\"«»()/:]{3,80}){0,5}),\s+"
                      r"(?P<title>\p{Lu}[^*“„\"«»;]{2,300}?),?\s+in:\s+(?P<rest>\*?\p{L}.{2,300})$")


def german_article_note_form(text: str) -> str | None:
    """The note form of an article "in:" its periodical, with the authors a slash divides; None for anything else."""
    unsigned = UNSIGNED_IN_RE.match(text.strip()) if text.lstrip()[:1] in "„“\"«" else None
    if unsigned is not None and known_outlet(unsigned.group("outlet").strip(" *")):
        # "„Die Angst vor dem russischen Bären“, in: Der Spiegel, Nr. 11, 10.3.2014, S. 80–86": an unsigned article
        title = unsigned.group("title")[1:-1].strip().rstrip(",")
        return f"“{inner_quotes_single(title)},” *{unsigned.group('outlet').strip(' *')}*{unsigned.group('rest')}"
    m = GERMAN_ARTICLE_RE.match(text.strip())
    if m is None and " in: " in text and (plain := UNQUOTED_IN_RE.match(text.strip())) is not None \
            and " in: " not in plain.group("title") and _german_names(plain.group("who")) is not None \
            and not GERMAN_EDITORS_RE.match(plain.group("title")):
        m = GERMAN_ARTICLE_RE.match(f"{plain.group('who')}, „{plain.group('title')}“, in: {plain.group('rest')}")
    if m is None or (who := _german_names(UND_ANDERE_RE.sub(" et al.", m.group("who")))) is None:
        return None
    title = m.group("title")[1:-1].strip().rstrip(",")
    rest = VOLUME_YEAR_ISSUE_RE.sub(r"\g<volume>, no. \g<issue> (\g<year>)", m.group("rest"))
    if "hier" in rest:  # "(2014), S. 323–340, hier S. 330": the article's pages, then the page cited ("here")
        rest = PAGES_THEN_HERE_RE.sub(r"): \g<pages>, \g<pin>", rest)
    book = EDITED_BOOK_RE.match(rest) if "(H" in rest else None
    if book is not None and (editors := _german_names(book.group("eds"))) is not None:
        # "in: Koch/Weber/Werenfels (Hg.), *Migrationsprofiteure?*, S. 49–58": a chapter in the book they edited
        after = GERMAN_BOOK_FACTS_RE.sub(_bracketed_facts, book.group("after"), count=1)
        return f"{who}, “{inner_quotes_single(title)},” in {editors}, eds., *{book.group('book').strip('*')}*{after}"
    if "(" in rest[:130] and OTHER_EDITORS_RE.match(rest):  # ABNT's "in: Aiala Couto (org.), *Crime organizado* (Belém:
        return f"{who}, “{inner_quotes_single(title)},” in {rest}"  # UFPA, 2022), 33-58": a chapter in the book they edited
    return f"{who}, “{inner_quotes_single(title)},” {rest}"


# The editors of a chapter's book with their role in another language's brackets: "Aiala Colares Couto (org.), "
OTHER_EDITORS_RE = lazy(r"^[^,()*“”\"]{2,120}?\s+\((?:orgs?|eds?|coords?|comps?|dirs?)\.\),\s+")


# A body, a quoted title and its authors after "by": "Congressional Research Service, “Lebanese Hezbollah,” by Casey L.
# Addis and Christopher M. Blanchard, R41446, January 3, 2011, p. 9"
BODY_TITLE_BY_RE = lazy(r"^(?P<body>\p{Lu}[^,“”\"*()]{2,80}),\s+(?P<title>“[^“”]{2,300}(?:,”|”,)|\"[^\"]{2,300}(?:,\"|\",))\s+by\s+"
                        r"(?P<by>[^,;“”\"]{3,200}?)(?P<rest>,\s+.{3,200})$")
# The Congressional Research Service's way of citing its products: "CRS Report R43838, Renewed Great Power
# Competition: …, by Ronald O’Rourke", "CRS In Focus IF12266, 2022 National Defense Strategy, by Kathleen J. McInnis"
CRS_BY_RE = lazy(r"^(?P<series>CRS\s+(?:Report|In\s+Focus|Insight|Legal\s+Sidebar))\s+(?P<number>[A-Z]{1,3}\d{3,6}),\s+"
                 r"(?P<title>[^;]{3,300}?),\s+(?:coordinated\s+)?by\s+"
                 r"(?P<by>\p{Lu}(?:[^,;.]|(?<=\s\p{Lu})\.|,(?=\s+(?:and\s+)?\p{Lu})){2,300}?)(?P<rest>,\s+(?=[^;]{0,30}\d)[^;]{3,80}?)?\.?$")
# (several authors, "by Jane Roe, Ann Doe, and John Poe", or the one who "coordinated" a report of many)


# A periodical known by name, its issue's number, then the article's title: "Dabiq 15, "Break the Cross," July 2016",
# "Dabiq, no. 15, “Break the Cross,” Shawwal 1437 [July 2016], 30" (the day of the Hijri calendar, then the Gregorian)
ISSUE_THEN_TITLE_RE = lazy(r"^(?P<outlet>(?:[ae][lnrst]-)?\p{Lu}[^,()*;\d“”\"]{1,40}?)(?:,\s*(?:no\.|issue|n[º°]\.?)\s*|\s+)"
                           r"(?P<number>\d{1,4}),\s*(?P<title>“[^“”]{2,200}?,?”|\"[^\"]{2,200}?,?\"),?\s*"
                           r"(?:[^,\[\]]{3,30}\[(?P<gregorian>[^\[\]]{4,30})\])?(?P<rest>.*)$")


def issue_then_title_note_form(text: str) -> str | None:
    """"Dabiq 15, “Break the Cross,” July 2016" as "“Break the Cross,” *Dabiq*, no. 15, July 2016", for a periodical the
    lists know; else None."""
    m = ISSUE_THEN_TITLE_RE.match(text.strip())
    if m is None or not known_outlet(m.group("outlet")):
        return None
    title = m.group("title").strip("“”\"").rstrip(",")
    when = f", {m.group('gregorian').strip()}" if m.group("gregorian") else ""
    rest = m.group("rest").strip().lstrip(",").strip()
    return f"“{inner_quotes_single(title)},” *{m.group('outlet').strip()}*, no. {m.group('number')}{when}{', ' + rest if rest else ''}"


# A day, then a United Nations document's symbol: ", 13 October 2023, UN Doc. A/HRC/54/CRP.3", ", October 13, 2023, U.N. Doc.
# S/2023/12", ", 17 September 2018, A/HRC/39/CRP.2"
DATE_THEN_SYMBOL_RE = lazy(r",\s+(?P<date>\d{1,2}\s+\p{L}{3,9}\s+(?:1[5-9]|20)\d\d|\p{L}{3,9}\.?\s+\d{1,2},\s+(?:1[5-9]|20)\d\d),\s+"
                           r"(?P<symbol>(?:U\.?N\.?\s+Doc\.\s+)?[A-Z]{1,4}/[\w./()\-]{2,40})(?=,|\.?$)")
# A company's filing with the U.S. Securities and Exchange Commission: "Meta Platforms, Inc., Form 10-K for the fiscal year
# ended December 31, 2023 (filed February 2, 2024), p. 15", "Microsoft Corporation, Annual Report (Form 10-K) for …"
SEC_FILING_RE = lazy(
    r"^(?P<who>\p{Lu}[^“”\"*;]{1,80}?),\s+(?P<title>(?:(?:Annual|Quarterly|Current)\s+Report\s+)?\(?Form\s+"
    r"(?:10-K|10-Q|8-K|20-F|6-K|S-1|DEF\s+14A|10-K/A)\)?(?:\s+for\s+the\s+(?:fiscal\s+)?(?:year|quarter|period)\s+ended\s+"
    r"(?P<ended>\p{L}{3,9}\.?\s+\d{1,2},\s+\d{4}|\d{1,2}\s+\p{L}{3,9}\s+\d{4}))?)"
    r"(?:,?\s*\((?:filed\s+)?(?P<filed>[^()]{4,30})\))?(?P<rest>(?:,\s*.*)?)$")


def sec_filing_note_form(text: str) -> str | None:
    """"Company, Form 10-K for the fiscal year ended <date> (filed <date>), p. 15" as "Company, *Form 10-K for the fiscal
    year ended <date>* (U.S. Securities and Exchange Commission, <filed>), p. 15"; None otherwise."""
    m = SEC_FILING_RE.match(text.strip().rstrip("."))
    if m is None or not (m.group("filed") or m.group("ended")):
        return None
    when = m.group("filed") or m.group("ended")
    return (f"{m.group('who').strip()}, *{m.group('title').strip()}* (U.S. Securities and Exchange Commission, "
            f"{when.strip()}){m.group('rest')}")


# Names, an unmarked title, then its month and year alone in brackets, and a page: "Chainalysis, The 2024 Crypto Crime
# Report (February 2024), p. 101" (a day in brackets is the Bluebook's, "(Jan. 17, 2014)", read as such)
DATED_TITLE_RE = lazy(r"^(?P<who>[^()“”\"*;]{2,160}),\s(?P<title>[^()“”\",*;]{3,200}?[\p{L}])\s\((?P<date>\p{L}{3,9}\.?\s+(?:1[5-9]|20)\d\d)\)"
                      r"(?P<rest>(?:,\s*(?:pp?\.\s*)?[\dxivlc][\dxivlc\-–]{0,12})?\.?)$")


def dated_title_note_form(text: str) -> str | None:
    """"Body, Title (Month Year), p. 4" as "Body, *Title* (Month Year), p. 4"; None unless a body or names come first."""
    m = DATED_TITLE_RE.match(text.strip())
    if m is None or " v. " in text or not (looks_like_names(m.group("who")) or organisation_name(m.group("who"))) \
            or len(getattr(dates.find_date(m.group("date")), "parts", ())) != 2:
        return None
    return f"{m.group('who')}, *{m.group('title')}* ({m.group('date')}){m.group('rest')}"


# An article as Italian notes print it: an unquoted title, then "in «Journal»": "E. GRENDI, Micro-analisi e storia
# sociale, in «Quaderni storici», XII (1977), n. 35, pp. 506-520", "P.P. PASOLINI, Il vuoto del potere, in «Corriere
# della Sera», 1° febbraio 1975"
IN_GUILLEMETS_RE = lazy(r"^(?P<who>[^,«»“”\"*()]{2,120}?),\s+(?P<title>[^«»“”\"*]{3,300}?),?\s+(?:in|su)\s+«(?P<journal>[^«»]{2,120})»(?P<rest>.*)$")


def in_guillemets_note_form(text: str) -> str | None:
    """"Names, Title, in «Journal», …" as "Names, “Title,” *Journal*, …"; None unless the names read as names."""
    m = IN_GUILLEMETS_RE.match(text.strip())
    if m is None or not looks_like_names(m.group("who")):
        return None
    return f"{m.group('who')}, “{m.group('title').strip()},” *{m.group('journal').strip()}*{m.group('rest')}"


def colon_names_note_form(text: str) -> str | None:
    """"PRESTON, Paul: El triunfo …" as "Paul PRESTON, El triunfo …", the form notes are read in; None
    unless what stands before the colon is names (family names in capitals, or names printed family first)
    or a body in capitals."""
    if ":" not in text[:140]:
        return None
    m = COLON_NAMES_RE.match(text.strip())
    if m is None:
        return None
    who, role, rest = m.group("who").strip(), m.group("role"), m.group("rest")
    if who.isupper() and " " not in who and 2 <= len(who) <= 8 and _initials_of(rest.split(".")[0].split(), who):
        return None  # "ELN: Ejército de Liberación Nacional.": initials and what they stand for, a gloss, no work
    people = inverted_names(who, capitals=True) if "," in who else None
    if people is not None and len(people) == 1 and _acronym_then_title(who):
        return None  # "UNHCR, Global Trends: Forced Displacement in 2022 (…)": a body's acronym, then a title with a colon
    if people is not None and who.split(",")[0].replace(" ", "").isupper():
        who = " and ".join(f"{n.given} {n.family.upper()}" for n in people)
    elif not (any(len(w) > 2 and w.isupper() for w in who.split())
              and all(w.isupper() or w in ("y", "e", "and", "et", "de", "del", "&") for w in who.split())) \
            and not _signed_before_colon(who, rest):
        return None  # "Perú: Perfil sociodemográfico", "Jane Roe: A Life": a title's colon
    return f"{who}{', ' + role.strip(' ()') if role else ''}, {rest}"


# What follows the colon of Nueva Sociedad's notes: a quoted title, or a title whose facts are set off by commas and end
# in a year (with a page, or "cit." after it), or a short form ("…: Más que plata o plomo, cit., pp. 37-38")
SIGNED_REST_RE = lazy(r"^[«“\"]|,\s(?:1[5-9]|20)\d\d\b(?:[,.;]|$)|,\s(?:cit\.|op\.\s?cit\.)")


# Where a work may open in a note: its start, or after a semicolon ("…, 2006; y G. Duncan: Más que plata o plomo, …")
WORK_OPENING_RE = lazy(r"(?:^|;\s(?:(?:y|e|and|también|ver)\s)?)(?P<who>\p{Lu}[^:;«»“”\"*()\d]{1,80}?"
                       r"(?:\s\(\p{Lu}[\p{L}&\-]{1,10}\))?):\s")  # (a body with its initials: "Observatorio … (OVV): …")


def signing_colons(text: str) -> list[int]:
    """Where a colon follows the names that sign a work, as Nueva Sociedad prints every note ("Gustavo Duncan: Los señores
    de la guerra, Planeta, Bogotá, 2006; y G. Duncan: Más que plata o plomo, …"): a comma's place in other notes."""
    found = []
    for m in WORK_OPENING_RE.finditer(text):
        rest, who = text[m.end():].split(";", 1)[0], m.group("who").strip()
        if not who.isupper() and _signed_before_colon(who, rest):  # (names in capitals: colon_names_note_form's)
            found.append(m.end() - 2)
    return found


# Publication facts in brackets: "(New York: Knopf, 2010)", "(University of North Carolina Press, 2008)" (not a title's
# years: "(1910-2010)")
FACTS_IN_BRACKETS_RE = lazy(r"\(\p{Lu}[^():]{1,40}:\s|\([^()]{2,80}[,:]\s[^()]{0,40}(?:1[5-9]|20)\d\d\)")


def _signed_before_colon(who: str, rest: str) -> bool:
    """"Gustavo Duncan: Los señores de la guerra, Planeta, Bogotá, 2006", "Defensoría del Pueblo: Alerta Temprana …,
    Bogotá, <date>": names as printed (given names first) or a body, then a colon, as Nueva Sociedad prints every note;
    not a title's colon ("Jane Roe: A Life (New York: Knopf, 2010)" has its facts in brackets)."""
    words = who.split()
    quoted = rest[:1] in "«“\""
    if "," in who:  # "Carlos Martínez, Óscar Martínez, Sergio Arauz y Efren Lemus: «…»": each of the names that sign it,
        if not CONJOINED_LAST_RE.search(who):  # the last joined by "y" ("Sonja Wolf, Mano Dura: The Politics …" is a
            return False  # name, then a title with its own colon)
        people = NAME_LIST_SPLIT_RE.split(who)
        return len(people) <= 8 and all(2 <= len(p.split()) <= 4 and looks_like_names(p) for p in people) \
            and (quoted or SIGNED_REST_RE.search(rest) is not None or _dated_after_comma(rest)) \
            and FACTS_IN_BRACKETS_RE.search(rest) is None
    if not words or len(words) > 8 or FACTS_IN_BRACKETS_RE.search(rest) is not None:
        return False
    if any(not INITIAL_DOT_RE.match(w) for w in words if w.endswith(".")):
        return False  # "The Independent Panel for Example Preparedness. Example: make it …": a sentence before, no names
    subtitled = ": " in rest.split(", ", 1)[0]  # "Sonja Wolf: Mano Dura: The Politics of …, University of Texas Press, …":
    # the title's own colon comes after, so the first one signs it
    if not quoted and (SIGNED_REST_RE.search(rest) is None and not _dated_after_comma(rest) or detect(rest) == "en"
                       and not subtitled):
        return False  # ("Jane Roe: A Life in Examples, London, …": an English title's colon; "Global Trends: Forced
        # Displacement in 2022": a title, no facts after it)
    if organisation_name(who):
        return True
    first = words[0]
    return (is_first_name(first) or INITIALS_RE.match(first) is not None or (quoted or subtitled) and 2 <= len(words) <= 4) \
        and looks_like_names(who)  # (a quoted title after the colon, or a subtitle's own colon, vouches for a name no list
    # knows: "Efren Lemus: «…»", "Sonja Wolf: Mano Dura: The Politics of …")


# The last of a list of names, joined by a conjunction: "…, Sergio Arauz y Efren Lemus"
CONJOINED_LAST_RE = lazy(r"\s(?:y|e|and)\s\p{Lu}[^,]{1,40}$")
# The names of a list that signs a work: "Carlos Martínez, Óscar Martínez, Sergio Arauz y Efren Lemus"
NAME_LIST_SPLIT_RE = lazy(r",\s+(?:y\s+|e\s+|and\s+)?|\s+(?:y|e|and)\s+")


INITIAL_DOT_RE = lazy(r"^\p{Lu}\.$")


def _dated_after_comma(rest: str) -> bool:
    """"…, Bogotá, 28 de febrero de 2018": a date set off by a comma, as a work's facts are."""
    found = dates.find_date(rest)
    return found is not None and rest[: found.span[0]].rstrip().endswith(",")


def _acronym_then_title(who: str) -> bool:
    """"UNHCR, Global Trends" is a short word in capitals, then two or more words that open with no given name or
    initial: a body and a title, where "PRESTON, Paul" and "GARCÍA, Alan" are a family name and a given name."""
    from anyascii import anyascii

    from .places import known_country

    family, _, given = who.partition(",")
    family, words = family.strip(), given.split()
    if len(words) == 1 and family.isupper() and len(family) <= 10 and " " not in family \
            and known_country(anyascii(words[0])):
        return True  # "DEVIDA, Perú: Monitoreo …": a body, then its country (in Spanish: "Perú" is GeoNames's "Peru")
    return len(family) <= 6 and bool(words) and not is_first_name(words[0]) \
        and (len(words) >= 2 or family.isupper() and family.isascii() and len(family) <= 4
             and not INITIALS_RE.match(words[0]))  # ("IPC, Sudan: …", where "JULIÁ, Santos:" is a name)


@per_article(maxsize=4096)
def to_note_form(text: str) -> str | None:
    """The note form of a bibliography-style entry, or None when ``text`` is not exactly one."""
    text = text.strip()
    found = read_entry(text)
    if found is None or found[0] < len(text.rstrip(" .;,")):
        return None
    if "," in found[1] and (numbers := VOLUME_PAGES_THEN_YEAR_RE.search(found[1])) is not None:
        # "Journal of Contemporary China 25(101), 777–791, 2016": a journal's numbers and pages with a comma between, as
        # China Quarterly and Taylor & Francis print them, in the note's order: "25, no. 101 (2016): 777–791"
        issue = f", no. {numbers.group('issue')}" if numbers.group("issue") else ""
        return (f"{found[1][: numbers.start()]}{numbers.group('volume')}{issue} ({numbers.group('year')}): "
                f"{numbers.group('pages')}{found[1][numbers.end():]}")
    return found[1]


# A journal's volume (and issue), its pages, then the year the entry moved to the end: "… China 25(101), 777–791, 2016"
VOLUME_PAGES_THEN_YEAR_RE = lazy(r"(?<=\p{L}\s)(?P<volume>\d{1,4})(?:\((?P<issue>[\w–-]{1,10})\))?,\s+(?:pp?\.\s*)?"
                                 r"(?P<pages>\d{1,5}\s*[-–]\s*\d{1,5}),\s+(?P<year>(?:1[5-9]|20)\d\d)(?=\.?$)")


# A preprint's arXiv identifier closing an entry: "arXiv:2001.08361", "arXiv preprint arXiv:2005.14165"
ARXIV_ID_RE = lazy(r"\barXiv(?:\s+preprint)?\s*(?:arXiv)?:\s?(?P<id>\d{4}\.\d{4,5}(?:v\d{1,2})?)\.?(?=\s*$)")


# A note whose publication facts follow a title, set off by commas as French, Spanish, Portuguese and
# Italian notes print them: "Carlos Iván Ejemplo, La guerra en los Andes, Lima, IEP, 2010, pp. 45-46.",
# "Jacques Exemple, *Histoire*, t. II, Paris, Fayard, 1984, p. 230", "…, *A era dos extremos*, trad. Marcos
# Exemplo, São Paulo, Companhia das Letras, 1995", "…, *Siete ensayos*, 14.ª ed., Lima, Amauta, 1968"
COMMA_FACTS_RE = lazy(
    r"^(?P<who>[^,*“\"«»()]{3,80}?(?:,\s+(?:\p{Lu}\.\s?){1,3}\p{Lu}[\p{L}'’\-]+(?:\s+\p{Lu}[\p{L}'’\-]+)?)*"  # "G. A. Stella, S. Rizzo"
    r"(?:\s+\(\p{Lu}[\p{L}.&\-]{1,11}\)|\s+\((?i:(?:eds?|comps?|coords?|orgs?|dirs?)\.|a\s+cura\s+di)\))?),\s+(?P<title>\*[^*]{2,300}\*|(?:[^*“\"«»()]|«\s?[^«»()]{1,60}?\s?»|\([^()]{1,40}\)){3,300}?)"
    r"(?P<extra>(?:,\s*(?:(?:t\.|tomo|vols?\.|volume|bd\.)\s*(?:\d{1,3}|[IVXLCivxlc]{1,6})"
    r"|\d{1,2}\s?(?:\.?\s?[ªºa]|st|nd|rd|th|e|\.)?\.?\s*(?:ed\.|edición|éd\.|édition|edição|edn)"
    r"|(?:trad\.|trans\.|tr\.|traducción\s+de|tradução\s+de|traduction\s+de|translated\s+by|éd\.\s+par)\s+[^,()*]{2,80}?"
    r"|\p{Lu}[^,()*«»“”\"]{3,100}?,\s*(?:núm\.|no\.|n[°º]\.?|nr\.|number)\s*\d{1,5}))*)"  # a series and its number: "Cuadernos
    # de Trabajo del Monitor, núm. 1"
    r",\s*(?P<place>\p{Lu}[\p{L}.'’ &-]{1,44}?(?:\s?/\s?\p{Lu}[\p{L}.'’ -]{1,30})?(?:,\s*(?:D\.\s?C\.|DC|N\.\s?[JY]\.|Mass\.|Calif\.|Conn\.)|\s\(\p{Lu}[\p{L}.]{1,5}\))?),\s*"
    # ("Washington, D.C.", "Boulder (Co.)", "Leyde/Boston"; or the publisher, in India's order: "University of Pennsylvania
    # Press, Philadelphia")
    r"(?P<publisher>\p{Lu}[^,()\d]{0,80}?)"
    r"(?:,\s*(?:coll\.|collection|colecci[oó]n|colecç[aã]o|cole[cç][aã]o|collana|s[ée]rie|series)\s*[«“\"]?\s*[^,()«»“”\"]{2,80}?\s*[»”\"]?"
    r"(?:,?\s*(?:n[°º]|no\.|núm\.|n\.)\s*\d{1,5})?"  # and its number: "coll. « Étude de l'IRSEM » n° 51"
    r"|,\s*\p{Lu}[\p{L}'’ -]{1,40}?\s+(?:n[°º]|no\.|núm\.)\s*\d{1,5})?"  # a series named by its number alone: "Étude n° 51"
    r",\s*(?P<month>(?:\p{Ll}{3,9}|\p{Lu}\p{Ll}{2,8})\.?\s+(?:de\s+)?)?(?P<year>1[5-9]\d\d|20\d\d)"  # ("septembre 2021", "April 2008")
    r"(?P<reprint>\s\([^()]{2,40}\))?(?P<after>(?:,[^()]*)?)\.?$")  # a publisher's series: "coll. « Folio »", dropped; a
# later edition's year after the first's: "1989 (nouvelle éd. 2006)", dropped


# A quoted title, then the book it is in: "«Los caminos de la alianza», en Mauricio Romero (ed.), …"
QUOTED_THEN_IN_RE = lazy(r"^\s?[«“\"][^«»“”\"]{2,300}[»”\"],?\s+(?:in|en|dans|em)\s")
# A body's acronym after its name, in brackets: " (CEPAL)", " (Coneval)"
ACRONYM_AFTER_NAME_RE = lazy(r"\s+\(\p{Lu}[\p{L}.&\-]{1,11}\)$")
# The editors' role after their names: "(ed.)", "(coords.)", "(comp.)"
EDITOR_ROLE_END_RE = lazy(r"(?i)\s+\((?:(?:eds?|comps?|coords?|orgs?|dirs?)\.|a\s+cura\s+di)\)$")  # Italian "(a cura di)"
# The volume closing a title: ", tomo II", ", vol. 2", ", t. IV"
VOLUME_AFTER_TITLE_RE = lazy(r"(?i),\s*(?:vols?\.|tomo|t\.|volume|bd\.)\s*(?:\d{1,3}|[ivxlc]{1,6})$", regex.REVERSE)


CONJOINED_NAMES_RE = lazy(r"\s(?:and|et|y|e|und|&)\s")
YEAR_AFTER_COMMA_RE = lazy(r",\s*(?:(?:\p{Ll}{3,9}|\p{Lu}\p{Ll}{2,8})\.?\s+(?:de\s+)?)?(?:1[5-9]|20)\d\d(?:,|\.?$|\s\([^()]{2,40}\)\.?$)")


# A thesis with its facts set off by commas: "Juan Roe, La reforma electoral, tesis de doctorado, El Colegio de México,
# 2005, p. 45", "Ana Roe, Title, PhD thesis, University of Example, 2019"
THESIS_COMMA_RE = lazy(
    r"^(?P<who>\p{Lu}[^,;()“”\"*]{2,80}),\s+(?P<title>\p{Lu}[^;()“”\"*]{2,300}?|[“\"][^”\"]{2,300}[”\"]),\s+"
    r"(?P<kind>(?i:tesis|tese|thèse|tesi|thesis|dissertation|mémoire|ph\.?\s?d\.?\s+(?:thesis|dissertation)|"
    r"m\.?a\.?\s+thesis|doctoral\s+(?:thesis|dissertation)|master['’]?s\s+thesis)[^,;()]{0,60}),\s+"
    r"(?P<school>\p{Lu}[^;()]{2,160}?),\s+(?P<year>1[89]\d\d|20\d\d)"
    r"(?P<after>(?:,[^()]*)?)\.?$")


# An unsigned work, its town, publisher and date set off by commas: "Livre blanc …, Paris, La Documentation française, 2013"
UNSIGNED_COMMA_FACTS_RE = lazy(r"^(?P<title>\p{Lu}[^,;()*“”\"«»\d]{8,200}?),\s+(?P<place>\p{Lu}[\p{L}\-]{2,30}(?:\s\p{Lu}[\p{L}\-]{2,20})?),\s+"
                               r"(?P<publisher>[^,;()\d]{2,80}?),\s+(?P<date>(?:\p{L}{3,10}\.?\s+)?(?:19|20)\d\d)"
                               r"(?P<after>,\s+.{1,40}?)?\.?$")
# Words that say what stands first is no title: an interview, a letter, a conversation
UNSIGNED_NOT_A_TITLE_RE = lazy(r"(?i)interview|entrevista|entretien|intervista|conversation|conversación|correspondence|"
                               r"letter\s+(?:from|to)|email|e-mail|communication|meeting\s+with|discussion\s+with")
# A month and year in figures closing a work's facts: ", 7/2020"
MONTH_IN_FIGURES_FACT_RE = lazy(r",\s(?P<m>\d{1,2})/(?P<y>(?:19|20)\d\d)(?=[,.;]|\s*$)")


# A journal article with every part set off by commas and its title unmarked, as think tanks' house styles print it:
# "Jane Roe, Title: Subtitle, International Studies Quarterly, 60, 2, 2016, 343–354."
UNMARKED_JOURNAL_ARTICLE_RE = lazy(
    r"^(?P<who>\p{Lu}[^,;“”\"*()\d]{2,80}),\s+(?P<title>\p{Lu}[^;“”\"*()]{5,300}?),\s+(?P<journal>\p{Lu}[^,;“”\"*()\d]{2,100}?),\s+"
    r"(?:vol\.\s*)?(?P<volume>\d{1,4}),\s+(?:no\.\s*)?(?P<issue>\d{1,4}(?:[-–/]\d{1,4})?),\s+(?P<year>(?:1[5-9]|20)\d\d),\s+"
    r"(?:pp?\.\s*)?(?P<pages>\d{1,6}\s*[-–]\s*\d{1,6})(?P<after>(?:,\s*(?:pp?\.\s*)?\d{1,6}(?:\s*[-–]\s*\d{1,6})?)?)\.?$")


OPENING_SINGLE_QUOTE_RE = lazy(r"(?:^|[\s(])['‘]\S")


def unmarked_journal_article_note_form(text: str) -> str | None:
    """"Jane Roe, Title, Journal Studies Quarterly, 60, 2, 2016, 343–354" as "Jane Roe, “Title,” *Journal Studies
    Quarterly* 60, no. 2 (2016): 343–354"; None unless the names read as names and the journal's name as a journal's."""
    m = UNMARKED_JOURNAL_ARTICLE_RE.match(text.strip()) if text.count(",") >= 6 and not OPENING_SINGLE_QUOTE_RE.search(text) \
        else None  # (a title in single quotes is marked: "Roe, Doe and Poe, 'Title', Journal, 23, 7, 2010, 1696–1718")
    if m is None or not JOURNAL_WORD_RE.search(m.group("journal")) or not looks_like_names(m.group("who")):
        return None
    return (f"{m.group('who')}, “{m.group('title')},” *{m.group('journal').strip()}* {m.group('volume')}, no. "
            f"{m.group('issue')} ({m.group('year')}): {m.group('pages')}{m.group('after')}")


@per_article(maxsize=4096)
def comma_facts_note_form(text: str) -> str | None:
    """"Names, Title, Place, Publisher, 2010, p. 4" as "Names, *Title* (Place: Publisher, 2010), p. 4";
    None unless the names read as names and the place and publisher as a town and a firm."""
    text = text.strip()
    if "/" in text and (figures := MONTH_IN_FIGURES_FACT_RE.search(text)) is not None and 1 <= int(figures.group("m")) <= 12:
        # "…, UNODC / SIMCI, Bogotá, 7/2020, pp. 15-17": Nueva Sociedad's month in figures, as a month's name
        text = f"{text[: figures.start()]}, {dates.ENGLISH_MONTH_NAMES[int(figures.group('m')) - 1]} {figures.group('y')}{text[figures.end():]}"
    thesis = THESIS_COMMA_RE.match(text) if ("es" in text or "diss" in text or "moire" in text) and "," in text else None
    if thesis is not None and looks_like_names(thesis.group("who")):  # a thesis: its kind, school and year in brackets
        title = thesis.group("title").strip(' “”"')
        return (f"{thesis.group('who')}, “{title}” ({thesis.group('kind').strip()}, "
                f"{thesis.group('school').strip()}, {thesis.group('year')}){thesis.group('after')}")
    if ": " in text and ("(" not in text or not YEAR_IN_PARENS_RE.search(text)):  # "(DEVIDA)" holds no facts
        colon = COLON_FACTS_TAIL_RE.search(text)
        if colon is not None and colon.start() > 0 and not {w.lower().rstrip(".") for w in colon.group("place").split()} & MONTHS.keys() \
                and (" " not in colon.group("place").strip() or "," in colon.group("place")
                     or publishing_city(colon.group("place").strip()) or known_place(colon.group("place").strip())) \
                and to_note_form(text) is None:  # ("UNHCR, Global Trends: Forced Displacement in 2022, June 2023": a title's
            # parts, no town of two words the gazetteer does not hold)  # a bibliography entry ("Roe, Jane. Title. Lima: IEP, 2005") reads as one
            # "Título, Lima: DEVIDA, 2017, p. 23" or "Título. Lima: IEP, 1990": the facts without their parentheses
            head = text[: colon.start()].rstrip(" ,.")
            if "(H" in head and (eds := GERMAN_EDITORS_RE.match(head)) and (names := _german_names(eds.group("eds"))):
                head = f"{names}, eds., {head[eds.end():]}"  # "Anne Roe/Jane Doe (Hg.), *Titel*, Berlin: …": its editors
            number = f", {colon.group('number')}" if colon.group("number") else ""
            return (f"{head} ({colon.group('place')}: {colon.group('publisher').strip()}, {colon.group('date')}){number}"
                    f"{colon.group('after')}")
    german = TOWN_YEAR_FACTS_RE.match(text) if text.count(",") >= 2 and ("(" not in text or text.count("(") == 1 and (
        "(Hrsg.)" in text or "(Hg.)" in text or "(eds.)" in text or "(ed.)" in text or "(Eds.)" in text)) else None
    body = german is not None and organisation_name(german.group("who").strip()) and is_organisation(german.group("who").strip())
    if german is not None and (german.group("who").strip() == "Idem" or " " in german.group("who").strip()
                               and looks_like_names(german.group("who")) or body) and _publishing_town(german.group("place")):
        # "Karl Example, Die Auflösung der Republik, 6. Aufl., Stuttgart 1955, S. 12": a town and a year, no publisher
        # ("Bundesministerium des Innern (Hrsg.), Verfassungsschutzbericht 2022, Berlin 2023": a body issues its own report)
        edition = f", {german.group('edition')}" if german.group("edition") else ""
        role = ", ed." if german.group("role") and not body else ""  # "Loch K. Johnson (Hrsg.), Title, Oxford 2010": who
        # edited the book
        return (f"{german.group('who')}{role}, *{german.group('title').strip()}*{edition} ({german.group('place')}, "
                f"{german.group('year')}){german.group('after')}")
    if text.count(",") >= 3 and (unsigned := UNSIGNED_COMMA_FACTS_RE.match(text)) is not None \
            and (publishing_city(unsigned.group("place")) or known_place(unsigned.group("place"))) \
            and not looks_like_names(unsigned.group("title")) and len(unsigned.group("title").split()) >= 3 \
            and not known_place(unsigned.group("publisher").strip()) and not known_country(unsigned.group("publisher").strip()) \
            and not UNSIGNED_NOT_A_TITLE_RE.search(unsigned.group("title")):  # (no interview's town and country: "Author's
        # interview with a nutritionist …, Santiago, Chile, Jan. 2019")
        # "Livre blanc sur la défense et la sécurité nationale, Paris, La Documentation française, 2013, p. 54", "Revue
        # stratégique de défense …, Paris, ministère des Armées, octobre 2017, § 112": an unsigned work and its facts
        when = dates.find_date(unsigned.group("date"))
        if when is not None and (len(when.parts) == 1 or unsigned.group("date").split()[0].lower().rstrip(".") in MONTHS):
            return (f"*{unsigned.group('title').strip()}* ({unsigned.group('place')}: {unsigned.group('publisher').strip()}, "
                    f"{unsigned.group('date')}){unsigned.group('after') or ''}")
    if text.count(",") < 4 or not YEAR_AFTER_COMMA_RE.search(text):
        return None  # the facts end in ", <year>": most notes fail here, before the pattern
    m = COMMA_FACTS_RE.match(text)
    if not m or QUOTED_THEN_IN_RE.search(m.group("title")):
        return _chapter_comma_facts(text)  # ("«Título», en Mauricio Romero (ed.), Libro, …": a chapter, not a title quoting)
    if (";" in m.group("who") or ";" in m.group("title")) and to_note_form(text) is not None:
        return None  # "VALDÉS, Rodrigo; BASOMBRÍO, Carlos y VERA, Dana. *Título*. Lima: …": an entry, read as one
    who, place, publisher = m.group("who").strip(), m.group("place").strip(), m.group("publisher").strip()
    words = {w.lower().rstrip(".") for w in (place + " " + publisher).split()}
    names = EDITOR_ROLE_END_RE.sub("", who)  # "María Emilia Tijoux (ed.)": the names, who edited the book
    names = ACRONYM_AFTER_NAME_RE.sub("", names)  # "Consejo Nacional de Evaluación … (Coneval)": the body, by its name
    if not (looks_like_names(names) or organisation_name(names)) or len(place.split()) > 4 or not words.isdisjoint(MONTHS):
        return None
    title, volume = m.group("title").strip().strip("*"), m.group("extra") or ""
    if ", " in title and (more := _names_opening(title)) is not None:  # "Sylvain Crépon, Alexandre Dézé, Nonna Mayer (dir.),
        who, title = more[0](who), more[1]  # Les faux-semblants …": the co-authors a comma alone parts, then the title
    part = VOLUME_AFTER_TITLE_RE.search(title)
    if part:  # "Informe final, tomo II": the volume stands outside the italics
        title, volume = title[: part.start()], title[part.start():] + volume
    title_head = m.group("title").split(", ")[0]
    if CONJOINED_NAMES_RE.search(title_head) and looks_like_names(title_head):
        return None  # "Julia Roe, Thierry Doe et Julian Poe, The Grey Zone, …": more names, not the title
    if ". " in title_head and looks_like_names(given := title_head.split(". ")[0]) and is_given_name(given.split()[0]):
        return None  # "DIAS, Camila Nunes. Da pulverização …": an entry, its given names after the surname
    month = m.group("month") or ""
    if month and month.split()[-1 if month.split()[-1] != "de" else -2].lower().rstrip(".") not in MONTHS:
        return None  # ("…, Paris, Seuil, en 2015": no month)
    if month[:1].isupper() and (_a_town(place) == _a_town(publisher) or title[:1] in "‘'“\"" or "nterview" in text
                                or "hereafter" in text):
        return None  # an English month ("…, Congo Research Group, New York, December 2015") only where one of the two is
        # a town and the other no town: not "…, interview by the author, Abuja, Nigeria, May 2018", nor an archive's file
    return f"{who}, *{title}*{volume} ({place}: {publisher}, {month}{m.group('year')}){m.group('after')}"


def _names_opening(title: str):
    """(how to add them to the first name, the title after them) where what a comma-facts pattern took for the title opens
    on more persons, each "Given Family" with a known given name or initials, the last perhaps with its role "(dir.)";
    None otherwise."""
    parts = title.split(", ")
    names: list[str] = []
    role = ""
    taken = 0  # the parts the names fill
    roled = any(EDITOR_ROLE_END_RE.search(part) for part in parts[:4])  # "…, Benoît Collombat et Thomas Deltombe (dir.),":
    # the role closing the list vouches for every name in it, known given names or not ("Amzat Boukari-Yabara")
    for part in parts[:-1]:
        bare = EDITOR_ROLE_END_RE.sub("", part)
        people = CONJOINED_NAMES_RE.split(bare, maxsplit=1)  # "… Lajous y Fernanda Alonso Aranda": the list's last two
        if not all(2 <= len(p.split()) <= 4 and (is_first_name(p.split()[0]) or INITIAL_WORD_RE.fullmatch(p.split()[0])
                                                 or bare != part or roled) and looks_like_names(p) for p in people):
            break  # (a role says a name it follows is one: "Nonna Mayer (dir.)")
        names.extend(people)
        taken += 1
        if bare != part or len(people) > 1:
            role = part[len(bare):]
            break
    if not names:
        return None
    rest = ", ".join(parts[taken:])

    def joined(first: str) -> str:
        people = [EDITOR_ROLE_END_RE.sub("", first), *names]
        role_here = role or (first[len(people[0]):] if first != people[0] else "")
        return (", ".join(people[:-1]) + (", and " if len(people) > 2 else " and ") + people[-1]) + role_here

    return joined, rest


INITIAL_WORD_RE = lazy(r"\p{Lu}\.(?:-?\p{Lu}\.)?")


# An unsigned story as CIDOB prints it: «Title». Outlet (day) (en línea) [Fecha de consulta: …] URL
CIDOB_UNSIGNED_NEWS_RE = lazy(r"«(?P<title>[^»]{2,300}?)[.,]?»\.?\s+(?P<outlet>\p{Lu}[^()«»\[\]:;]{1,60}?)\s+\((?P<date>[^()]{3,40}?"
                              r"(?:1[5-9]|20)\d\d)\)(?:\s*\(en\s+l[ií]nea\))?(?:\s*\[[^\[\]]{0,60}\])?"
                              r"(?:\.?\s*(?P<url>https?://\S+))?\.?\s*$")
# A news article online as ISO 690 prints it: "[Author.] «Title». *Outlet* [en línea], <date>. [Consulta: <date>].
# Disponible en: <URL>"
ONLINE_NEWS_ENTRY_RE = lazy(
    r"^(?:(?P<who>[^«“\"*\[\]]{2,120}?)\.\s+)?[«“](?P<title>[^»”]{2,300}?)[.,]?[»”]\.?\s+\*?(?P<outlet>[^*\[,.]{2,80}?)\*?"
    r"(?:\s*\[en\s+l[ií]nea\])?,\s+(?P<date>[^.\[\]]{4,40}?(?:\.\s\d{4})?)\.?"
    r"(?:\s*\[(?:Consulta|Consultado|Fecha\s+de\s+consulta):?\s*(?P<consulted>[^\]]{4,40})\]\.?)?"
    r"(?:\s*(?:Disponible\s+en|Recuperado\s+de):?\s*(?P<url>(?:https?://|www\.)\S+))?\s*$")
# A newspaper's staff signing for it, no one named: "Redacción", "Staff"
STAFF_WORDS = frozenset(("redacción", "redaccion", "redação", "rédaction", "staff", "editorial staff"))


# Words of a periodical's issue that are also towns somewhere ("Spring", Texas): never a book's town
SEASON_WORDS = frozenset(("spring", "summer", "autumn", "fall", "winter", "frühjahr", "sommer", "herbst"))


def _publishing_town(place: str) -> bool:
    """"Stuttgart", "Frankfurt a. M.", "Berlin/New York", "Oxford–New York", "Baden-Baden", "Reinbek": a town books are
    published in (never a month, a season or a country)."""
    first = regex.split(r"\s?[/–]\s?", place)[0].strip()
    head = first.split(" ")[0]
    if head.lower() in MONTHS or head.lower() in SEASON_WORDS or known_country(first):
        return False
    return head.lower() in PLACE_LANGUAGES or publishing_city(head) or publishing_city(first) or known_place(first)


# A town as a book's facts name it: "Stuttgart", "Frankfurt a. M.", "Baden-Baden", "New York", "Freiburg i. Br."
_TOWN = (r"\p{Lu}[\p{Ll}ß.]+(?:-\p{Lu}[\p{Ll}ß]+|\s\p{Lu}[\p{Ll}ß]+)?"
         r"(?:\s(?:a\.\s?M\.|am\s+Main|an\s+der\s+\p{Lu}\p{Ll}+|i\.\s?Br\.))?")
# A book cited as German notes cite it, its town and year with no comma between them and no publisher:
# "Karl Example, Die Auflösung der Republik, Stuttgart 1955, S. 12 f.", "…, 6. Aufl., München 2002", "…, Frankfurt a. M. 1987"
TOWN_YEAR_FACTS_RE = lazy(
    r"^(?P<who>\p{Lu}[^,;:()“\"*\d]{1,100}?)(?P<role>\s\((?:Hrsg|Hg|[Ee]ds?)\.\))?,\s+(?P<title>(?:„[^„“”]{2,200}[“”]\.\s)?\p{Lu}[^;()“\"*]{2,300}?),\s+"
    r"(?:(?P<edition>\d{1,2}\.\s*Aufl\.),\s+)?"
    rf"(?P<place>{_TOWN}(?:\s?[/–]\s?{_TOWN}){{0,3}})"
    r"\s+(?P<year>1[5-9]\d\d|20\d\d)(?P<after>(?:,\s*S\.\s*\d[\d–-]*(?:\s*f{1,2}\.)?)?)\.?$")
# A body's report cited with its place and year but no publisher (the body publishes it): "Defensoría del Pueblo,
# Informe Defensorial N.° 167, Lima, 2014", "UNODC, Informe Mundial sobre las Drogas 2021, Viena, 2021, p. 12"
BODY_PLACE_YEAR_RE = lazy(
    r"^(?P<who>\p{Lu}[^,;:()“\"*]{1,100}?)(?:\s\((?:Hg|Hrsg)\.\))?,\s+(?P<title>\p{Lu}[^;()“\"*]{2,300}?),\s+"
    r"(?P<place>\p{Lu}[\p{L}.'’-]+(?:\s+(?:de|del|da|do|la|\p{Lu}[\p{L}.'’-]+)){0,3}),\s+"
    r"(?:(?P<month>\p{Lu}\p{Ll}{2,8}\.?)\s+)?(?P<year>1[5-9]\d\d|20\d\d)(?P<after>(?:,\s*(?:pp?\.|págs?\.|párr\.|para\.|cap\.|chap\.|S\.)?\s*[\dxivlc][^,;()]{0,20})?)\.?$")


@per_article(maxsize=4096)
def body_place_year_note_form(text: str) -> str | None:
    """"Body, Title, Place, Year, p. 4" as "Body, *Title* (Place, Year), p. 4": a body's own publication, its place and
    year set off by commas; None unless the first part names a body and the place is a town (no month, no figures)."""
    m = BODY_PLACE_YEAR_RE.match(text.strip()) if text.count(",") >= 3 else None
    if m is None:
        return None
    who, place = m.group("who").strip(), m.group("place").strip()
    first = m.group("title").split(", ", 1)[0]
    if is_given_name(first.split()[0]) and inverted_names(f"{who}, {first}", capitals=True):
        return None  # "CARRILLO, Santiago, …": a person, family name first
    if not (organisation_name(who) and is_organisation(who)) or place.split()[0].lower().rstrip(".") in MONTHS \
            or is_organisation(place) or looks_like_names(m.group("title")):
        return None
    if m.group("month") and m.group("month").lower().rstrip(".") not in MONTHS:
        return None
    when = f"{m.group('month')} {m.group('year')}" if m.group("month") else m.group("year")  # "Berlin, Juli 2016"
    return f"{who}, *{m.group('title').strip()}* ({place}, {when}){m.group('after')}"


# A report's number between its body and its date: "RR-1253-A", "PE-A2510-1", "IF11150", "R45025", "WP/22/208"
REPORT_NUMBER_PART_RE = lazy(r"(?:[A-Z]{1,5}[-/]?A?\d[\dA-Z]*(?:[-/][\dA-Z]{1,6}){0,3}|(?:Report|Paper|Brief)\s+No\.\s*\d[\w.\-]*)")


# A body's initials after its name, and a page cited after the date, in that form
BODY_INITIALS_RE = lazy(r"\s\(\p{Lu}[\p{Lu}&\-]{1,9}\)(?=,)")
PAGE_AFTER_DATE_RE = lazy(r",\s*pp?\.\s*[\dxivlc]{1,6}(?:\s*[-–]\s*[\dxivlc]{1,6})?$")


@per_article(maxsize=4096)
def body_report_note_form(text: str) -> str | None:
    """"Names, Title, Body, [Number,] Date" as "Names, *Title*, Body, …": a report as think tanks print it in plain text
    ("Jane Roe and John Doe, Example Title: A Subtitle, RAND Corporation, RR-1253-A, 2016", "…, CSIS, January 2023"),
    its title no longer set in italics; None unless names open it, a body stands before the date and a title between."""
    core = text.strip().rstrip(".")
    if "(" in core:  # "…, Washington Office on Latin America (WOLA), May 2020": the body's initials after its name
        core = BODY_INITIALS_RE.sub(lambda m: " " * len(m.group(0)), core)  # (blanked: offsets hold)
    if " p" in core[-16:] and (cited := PAGE_AFTER_DATE_RE.search(core)) is not None:
        core = core[: cited.start()]  # "…, May 2020, p. 4": the page cited after the date
    if "*" in core or "(" in core or '"' in core or "“" in core or "‘" in core or "«" in core or core.count(", ") < 3:
        return None
    found = dates.find_date(core)
    if found is None or found.span[1] != len(core):
        return None  # the date closes the note
    head = " ".join(core[: found.span[0]].split()).rstrip(" ,")
    if (updated := dates.UPDATED_RE.search(head)) is not None:  # "IF11150, updated May 15, 2023": a revised report
        head = head[: updated.start()]
    parts = head.split(", ")
    if len(parts) >= 4 and REPORT_NUMBER_PART_RE.fullmatch(parts[-1]):
        parts = parts[:-1]
    body = parts[-1]
    if len(parts) < 3 or not organisation_name(body) or looks_like_names(body) and not is_organisation(body):
        return None
    # The names end with the one after "and" ("A, B, and C, Title, Body"; a title may hold commas too:
    # "…, Measuring Power, Power Cycles, and the Risk of War, RAND Corporation, 2017"); with no "and", one name.
    joined = [i for i, part in enumerate(parts[:-2]) if part.startswith(("and ", "& ")) or " and " in part or " & " in part]
    k = joined[0] + 1 if joined else 1
    names, title = ", ".join(parts[:k]), ", ".join(parts[k:-1])
    if not looks_like_names(names, max_words=60) or organisation_name(names) or not title[:1].isupper() \
            or len(title.split()) < 2 or looks_like_names(title):
        return None
    start = len(names) + 2
    return f"{text[:start]}*{title}*{text[start + len(title):]}"


# Publication facts closing a note without their parentheses, place and publisher joined by a colon: "…, Lima:
# DEVIDA, 2017, p. 23.", "…. Lima: IEP, 1990.", "…, Lima: INEI, agosto de 2018, pp. 112-115."
COLON_FACTS_TAIL_RE = lazy(r"[,.]\s+(?P<place>\p{Lu}[\p{L}.'’ -]{1,30}?(?:,\s*(?:\p{Lu}\p{Ll}{1,5}\.|\p{Lu}\.?\p{Lu}\.?))?):\s*(?P<publisher>\p{Lu}[^,():;“”\"*]{1,80}?),\s*"
                           r"(?:(?P<number>[A-Z]{1,4}-A?\d{2,5}(?:-[A-Z0-9]{1,6}){0,2}),\s*)?"  # RAND's "RR-3063-A"
                           r"(?P<date>(?:\p{L}{3,10}\s+(?:de\s+)?)?(?:1[5-9]\d\d|20\d\d))(?:\s\[(?:1[5-9]\d\d|20\d\d)\])?"
                           r"(?P<after>(?:,\s*(?:pp?\.|págs?\.|cap\.|chap\.|S\.)?\s*[\dIVXLCivxlc][^,()]*)?(?:\s\([^()]{2,60}\))?)\.?$")
# (German notes give the page as "S. 112"; a series and its number may close the facts: "… April 2018 (SWP-Studie 3/2018)";
# the first edition's year may follow in brackets, dropped: "Barcelona: Ariel, 1968 [1959]")
YEAR_IN_PARENS_RE = lazy(r"\([^()]{0,120}?(?<![/\d])(?:1[5-9]\d\d|20\d\d)[^()]{0,40}\)")  # (not a series' "3/2018")
# The same facts after a chapter's book: "…, « Title », dans Jean Dupont (dir.), *Book*, Rennes, Presses
# universitaires de Rennes, 2012, p. 77-95"
ROLE_PAREN_RE = lazy(r"(?i)\((?:eds?|éds?|dirs?|coords?|orgs?|comps?|hrsg|hg)\.?\)")
IN_BOOK_WORD_RE = lazy(r"(?:,\s*|\s)(?:in|en|dans|em)\s+(?=\S)")
FACTS_TAIL_RE = lazy(r",\s*(?P<place>\p{Lu}[\p{L}.'’ -]{1,30}?),\s*(?P<publisher>\p{Lu}[^,()\d*]{0,80}?),\s*"
                     r"(?P<year>1[5-9]\d\d|20\d\d)(?P<after>(?:,\s*(?:pp?\.|S\.|págs?\.)?\s*[\dIVXLCivxlc][^,()]*)?)\.?$")


ET_AL_COMMA_RE = lazy(r"\bet\s+al\.(?=,)")


def _chapter_comma_facts(text: str) -> str | None:
    """A chapter whose book's facts are set off by commas, in note form with them in parentheses."""
    if "(" in ROLE_PAREN_RE.sub("", text):
        return None  # facts already in parentheses (an editor's role may be: "(dir.)")
    within = IN_BOOK_WORD_RE.search(text)
    if within is None:
        return None
    tail = FACTS_TAIL_RE.search(text, within.end())
    if tail is None:
        return None
    if text.rfind("*", 0, tail.start()) < within.end():
        # the book's title unmarked, after its editors' role: "en Arturo Doe y Mónica Poe (coords.), Seguridad nacional, …"
        role = ROLE_PAREN_RE.search(text, within.end(), tail.start()) or ET_AL_COMMA_RE.search(text, within.end(), tail.start())
        # ("en Erik Roe et al., Nueva historia general de México, México, …": "et al." closes the volume's makers)
        book = text[role.end():tail.start()].strip(" ,") if role and text[role.end():role.end() + 1] == "," else ""
        if not book or "," in book:
            return None  # the facts must follow the book's title, marked or named after its editors
        text = f"{text[:role.end()]}, *{book}*{text[tail.start():]}"
        tail = FACTS_TAIL_RE.search(text, within.end())
        if tail is None:
            return None
    place, publisher = tail.group("place").strip(), tail.group("publisher").strip()
    if len(place.split()) > 4 or not {w.lower().rstrip(".") for w in (place + " " + publisher).split()}.isdisjoint(MONTHS):
        return None
    return f"{text[: tail.start()]} ({place}: {publisher}, {tail.group('year')}){tail.group('after')}"


# An ISBN closing an entry, a sentence of its own: ". ISBN 978-92-4-003287-1"
TRAILING_ISBN_RE = lazy(r"\.?\s+ISBN(?:-1[03])?:?\s*[\dXx][\dXx\-– ]{8,16}[\dXx]\.?\s*$")


# The words before an entry's address that say where it can be read: "Disponible en", "Recuperado de", "Available at:"
AVAILABLE_AT_RE = lazy(r"(?i)\s*\b(?:disponible\s+en|disponível\s+em|available\s+(?:at|from)|recuperado\s+de|retrieved\s+from|"
                       r"consultado\s+en|accessible\s+(?:at|from)|abrufbar\s+unter|"
                       r"(?:accessed|retrieved)(?:\s+on)?\s+[^.;()]{4,30}?(?:1[89]|20)\d\d[.,]?(?:\s+from)?)\s*:?\s*(?=https?://|www\.)")
# ("… 2019. Accessed May 2, 2024. https://…", "… Retrieved May 2, 2024, from https://…": the day it was read, then where)


def entry_length(text: str) -> int | None:
    """How many characters of ``text``, from its start, are one bibliography-style entry."""
    found = read_entry(text)
    return found[0] if found else None


# A name in the note's order, then a country's initials opening an office: "Jane Roe, U.S. Ambassador to …" (not "Roe, J.")
NAME_THEN_COUNTRY_INITIALS_RE = lazy(r"^\p{Lu}[\p{L}'’\-]+(?:\s+\p{Lu}[\p{L}'’.\-]*){1,3},\s+(?:U\.\s?S|U\.\s?K|U\.\s?N|E\.\s?U)\.\s+\p{Lu}")


@per_article()
def read_entry(text: str) -> tuple[int, str] | None:
    """(length of the entry at the start of ``text``, its note form), or None."""
    if ". " not in text and ", " not in text:
        return None
    if (suffix := text.find(" JR., ", 0, 60)) > 0 and text[:suffix].isupper():  # "FONSECA JR., Gelson. Title. …": the
        found = read_entry(f"{text[:suffix]} JR,{text[suffix + 5:]}")  # suffix of a family in capitals, read without its stop
        return (found[0] + 1, found[1]) if found is not None else None
    if ".S. " in text[:60] or ".K. " in text[:60] or ".N. " in text[:60] or ".U. " in text[:60]:
        if NAME_THEN_COUNTRY_INITIALS_RE.match(text):
            return None  # "Jane Roe, U.S. Ambassador to the United Nations, “…”": her office, not her initials
    if "arXiv" in text and (preprint := ARXIV_ID_RE.search(text)) is not None:
        # "… Neural Language Models. arXiv:2001.08361": where the preprint is, as its address (its digits are no year)
        normal = f"{text[: preprint.start()]}arXiv. https://arxiv.org/abs/{preprint.group('id')}"
        found = read_entry(normal)
        if found is not None and found[0] >= len(normal.rstrip(" .")) - 1:
            return len(text.rstrip()), found[1]
    if ("http" in text or "www." in text) and (said := AVAILABLE_AT_RE.search(text)) is not None:
        bare = text[: said.start()] + " " + text[said.end():]  # "… Nexos. Disponible en https://…": the address alone
        found = read_entry(bare)
        if found is not None and found[0] >= len(bare.rstrip(" .")) - 1:
            read_on = dates.find_date(said.group(0)) if said.group(0).strip()[:1] in "AaRr" else None
            # ("… Retrieved June 2, 2023, from <URL>": the day it was read goes on, beside the address)
            return len(text.rstrip()), f"{found[1].rstrip(' .')}, accessed {read_on.text}" if read_on else found[1]
        # (else read as printed: ABNT's "Disponível em: <URL>. Acesso em: <date>" is known to the readers below)
    if "lso " in text and (other := OTHER_EDITION_TRAILER_RE.search(text)) is not None and other.start() > 20:
        found = read_entry(text[: other.start() + 1])  # "… Addis Ababa: ECA. Also available in French as Flux …": the entry,
        return (len(text.rstrip()), found[1]) if found is not None and found[0] >= other.start() else None  # then a note
        # on its other edition
    if ("ccessed" in text or "etrieved" in text or "onsult" in text) and "http" not in text and "www." not in text \
            and (said := ACCESSED_TRAILER_RE.search(text)) is not None and dates.find_date(text[: said.start()]) is not None:
        # (undated, the day it was read is what dates a page on the web: left to the readers of wiki references)
        found = read_entry(text[: said.start() + 1])  # "… Reuters, August 2, 2019. Accessed May 2, 2024.": the entry,
        if found is not None and found[0] >= said.start():  # then the day it was read, a sentence of its own (kept
            return len(text.rstrip()), found[1]  # only beside an address, as BibTeX's urldate is: here there is none)
        # (else as printed: a wiki's "… (Report). ISBN …. Retrieved 3 March 2015." is known to its own reader)
    if text[:3].isupper() and legal.abnt_law(text) is not None:
        return len(text.rstrip()), text.strip()  # "BRASIL. Lei nº 11.343, de 23 de agosto de 2006. Institui …": one law
    if text[:5] in ("Corte", "Inter", "I/A C") and legal.iacthr_case(text) is not None:
        return len(text.rstrip()), text.strip()  # "Corte IDH. *Caso …*. Fondo, … . Sentencia de <day>. Serie C No. 241": one
        # judgment, its sentences no cuts
    if "ISBN" in text and (isbn := TRAILING_ISBN_RE.search(text)) is not None:  # "… World Health Organization. ISBN 978-…"
        found = read_entry(text[: isbn.start()].rstrip(" .") + ".")
        return (len(text.rstrip()), found[1]) if found is not None and found[0] >= isbn.start() - 1 else None
    if ("//" in text or ":" in text) and gost.looks_like(text) and (russian := gost.note_form(text)) is not None:
        return len(text.rstrip()), russian  # "Кокошин А. А. Title. М.: РОССПЭН, 2003. С. 112–115.": one entry, no cut
    if nature.looks_like(text) and (form := nature.to_note_form(text)) is not None:
        return len(text.rstrip()), form  # "Roe, J. & Doe, A. B. Title. Nat. Clim. Change 10, 904–912 (2020)."
    if text[:1].isupper() and harvard.looks_like(text) and (form := harvard.to_note_form(text)) is not None:
        return len(text.rstrip()), form  # "Wolf, A.T., Yoffe, S.B., 2003. Title. Water Policy 5(1), 29–60."
    if vancouver.looks_like(text):  # "Smith J, Doe AB. Coca and conflict. Lancet. 2015;385(9980):1234-40."
        form = vancouver.to_note_form(text)  # (first: its titles may hold a year in brackets, "Regulations (2005).")
        if form is not None:
            return len(text.rstrip()), form
    if ("«" in text or "“" in text) and ("línea" in text or "Disponible" in text or "Consulta" in text) \
            and (news := ONLINE_NEWS_ENTRY_RE.match(text)) is not None:
        # ISO 690: "Redacción. «Título». *El Tiempo* [en línea], 23 oct. 2021. [Consulta: …]. Disponible en: <URL>"
        who = news.group("who") or ""
        who = "" if who.strip().lower() in STAFF_WORDS else f"{who.strip()}, "
        url = f", {news.group('url').rstrip('.')}" if news.group("url") else ""
        consulted = f" (accessed {news.group('consulted').strip()})" if news.group("consulted") else ""
        return len(text.rstrip()), (f"{who}“{news.group('title').strip()},” *{news.group('outlet').strip()}*, "
                                    f"{news.group('date')}{url}{consulted}")
    if text[:1] == "«" and "»" in text[:320] and (unsigned := CIDOB_UNSIGNED_NEWS_RE.match(text)) is not None:
        # CIDOB: "«Asesinan a otro líder social en el Cauca». El Tiempo (14 de mayo de 2019) (en línea) https://…": an
        # unsigned story, its outlet and day, and where it is online
        url = f", {unsigned.group('url').rstrip('.')}" if unsigned.group("url") else ""
        return len(text.rstrip()), f"“{unsigned.group('title').strip()},” *{unsigned.group('outlet').strip()}*, " \
                                   f"{unsigned.group('date').strip()}{url}"
    if "), " in text[:320] and (pot := _year_then_comma_entry(text)) is not None:
        return pot  # "Jane Roe (2015), “Title”; in: Journal, 107(1), pp. 1–15.": Perspectives on Terrorism's form
    if "). " in text[:820] or ") " in text[:820] and HARVARD_YEAR_RE.search(text, 0, 820):  # Harvard: "(2022) Title"
        # (a medical paper may list twenty authors before its year)
        apa = _author_date_entry(text)  # "Gootenberg, P. (2008). Andean Cocaine. Chapel Hill: UNC Press."
        if apa is not None:
            return apa
    if cs1.looks_like(text):  # "Gorriti, Gustavo (1999). The Shining Path. Chapel Hill: UNC Press. p. 17."
        form = cs1.to_note_form(text)
        if form is not None:
            return len(text.rstrip()), form
    names = _names(text)  # anchored, so cheap: most text fails here
    if names is None or not YEAR_OR_URL_RE.search(text):
        return None
    if names[2] and (long_title := _body_entry_of_sentences(text, names)) is not None:
        return long_title
    who, at, organisation = names
    dated = YEAR_AFTER_NAMES_RE.match(text, at)
    if dated is not None:  # author-date (AEA, Chicago): "Blanchard, Olivier. 2019. “Title.” *Journal* 109 (4): 1197–1229."
        return _year_after_names(text, at, dated)
    title, mark, at = _title(text, at)
    if title is None or at >= len(text):
        return None
    thesis = ABNT_THESIS_RE.match(text, at) if "(" in text[at:] else None
    if thesis is not None:  # "… 2015. Tese (Doutorado em Ciência Política) – Universidade de São Paulo, São Paulo, 2015. p. 45."
        pin = f", {thesis.group('pin')}" if thesis.group("pin") else ""
        return thesis.end(), (f"{who}, “{inner_quotes_single(title)},” ({thesis.group('kind')} ({thesis.group('degree')}), "
                              f"{thesis.group('inst').strip()}, {thesis.group('place').strip()}, {thesis.group('year')}){pin}")
    edition = EDITION_RE.match(text, at)  # "História do Brasil. 2. ed. São Paulo: Edusp, 1995."
    if edition:
        at = edition.end()
    printed = _edition_words(edition)
    edited = EDITED_BY_BOOK_RE.match(text, at) if mark == "quote" else None
    if edited is not None:  # Chicago author-date: "“Title.” In Book, edited by Jane Roe, 3–20. Place: Publisher, 1996."
        book = edited.group("book").strip().strip("*")
        return edited.end(), (f"{who}, “{inner_quotes_single(title)},” in *{book}*, ed. {edited.group('eds').strip()} "
                              f"({edited.group('place').strip()}: {edited.group('publisher').strip()}, {edited.group('date')}), "
                              f"{edited.group('pages')}")
    chapter = _in_edited_book(text, at)
    if chapter is not None:  # «Title». En: Ortiz, Carmen, ed. Book. Lima: IEA, 2017, pp. 77-98.
        end, book, editors, pub, place = chapter
        after = pub.group("after").strip(" ,.")
        facts = f"({place}: {pub.group('publisher').strip()}, {pub.group('date').strip()})"
        return end, f"{who}, “{inner_quotes_single(title)},” in *{book}*, ed. {editors} {facts}" + (f", {after}" if after else "")
    pub = PUBLICATION_RE.match(text, at)
    if pub is None and ". " in text[at:at + 170] and (wide := SUBTITLED_PUBLICATION_RE.match(text, at)) is not None \
            and ". " in wide.group("place") and _subtitle_before_town(wide.group("place").strip()) is not None:
        pub = wide  # a long second sentence of the title before the town: "… en el Perú. Historia de la Coordinadora
        # Nacional de Derechos Humanos. Lima: IEP, 2003"
    if pub:
        after = pub.group("after").strip(" ,.")
        place = pub.group("place").strip()
        series = ""
        if mark != "quote" and ". " in place and (subtitle := _subtitle_before_town(place)) is not None:
            title, place = f"{title}. {subtitle[0]}", subtitle[1]  # "El surgimiento de Sendero Luminoso. Ayacucho
            # 1969-1979. Lima: IEP, 1990": the title's second sentence, then the town
        elif ". " in place and (numbered := SERIES_BEFORE_TOWN_RE.fullmatch(place)) is not None:
            series, place = f", {numbered.group('series')}", numbered.group("town")  # "… Informe sobre América Latina N.° 62.
            # Bruselas: ICG, 2017": the report's series and number, then the town
        book = (f"“{inner_quotes_single(title)},”" if mark == "quote" else f"*{title}*{printed}") + series
        facts = f"({place}: {pub.group('publisher').strip()}, {pub.group('date').strip()})"
        return pub.end(), f"{who}, {book} {facts}" + (f", {after}" if after else "")
    pub = PUBLISHER_ONLY_RE.match(text, at)
    if pub and BOOK_PUBLISHER_RE.search(pub.group("publisher")):  # Chicago 18: "Example University Press, 2010."
        after = pub.group("after").strip(" ,.")
        book = f"“{inner_quotes_single(title)},”" if mark == "quote" else f"*{title}*{printed}"
        return pub.end(), f"{who}, {book} ({pub.group('publisher').strip()}, {pub.group('date')})" + (f", {after}" if after else "")
    if organisation and mark != "quote":
        return None  # an organisation's entry is read only with its place and publisher, or a quoted title: "IMF. 2018.
        # “Review of the Guidance Note.” IMF Policy Paper, April, IMF, Washington, DC."
    end = SENTENCE_END_RE.search(text, at)
    stop = end.start() if end else len(text.rstrip(" ."))
    rest = text[at:stop].strip()
    if not rest or not FACTS_END_RE.search(rest):
        return None  # the last sentence of an entry ends in facts: a year, a page, a URL
    periodical = JOURNAL_WORD_RE.search(rest[:80]) is not None
    abnt = ABNT_PERIODICAL_RE.fullmatch(rest)
    if abnt is not None and mark != "italic":  # "Revista X, São Paulo, v. 24, n. 47, p. 29-60, 2004": an article in it
        volume = f" {abnt.group('volume')}" if abnt.group("volume") else ""
        number = f"{',' if volume else ''} no. {abnt.group('issue')}" if abnt.group("issue") else ""
        pages = f": {abnt.group('pages')}" if abnt.group("pages") else ""
        return stop + (1 if text[stop:stop + 1] == "." else 0), \
            f"{who}, “{inner_quotes_single(title)},” *{abnt.group('journal').strip()}*{volume}{number} ({abnt.group('date').strip()}){pages}"
    rest = IN_CONTAINER_RE.sub("" if periodical else "in ", rest)  # "En: Revista Argumentos" is a journal
    form = f"{who}, “{inner_quotes_single(title)},” {rest}" if mark == "quote" else f"{who}, *{title}*, {rest}"
    return stop + (1 if text[stop:stop + 1] == "." else 0), form


# The book a chapter is in, as Chicago's author-date entries print it after the chapter's title: "In *Book*, edited by Jane
# Roe and John Doe, 38–52. New York: Publisher, 2019." (the year moved to the end, where a note puts it)
EDITED_BY_BOOK_RE = lazy(r"\G[\s,.]*[Ii]n\s+(?P<book>\S.{1,250}?),\s+(?:edited\s+by|ed\.|sous\s+la\s+direction\s+de|coord\.)\s+"
                         r"(?P<eds>[^;:]{2,200}?),\s+(?:pp?\.\s*)?(?P<pages>\d{1,5}\s*[-–]\s*\d{1,5})\.\s+"
                         r"(?P<place>\p{Lu}[^:;.]{1,60}?)\s*:\s*(?P<publisher>[^,;]{2,120}?),\s+(?P<date>(?:1[5-9]|20)\d\d)\.?\s*$")


def _subtitle_before_town(place: str) -> tuple[str, str] | None:
    """(subtitle, town) where what stands before the colon of the facts holds a sentence of the title and then the town
    ("Raza y cultura en el Cusco. Lima"); None where the full stop is an abbreviation's ("St. Louis", "Washington, D.C")."""
    head, _, town = place.rpartition(". ")
    last = head.split()[-1] if head.split() else ""
    if not town[:1].isupper() or len(town.split()) > 4 or len(last) < 3 and not last[-1:].isdigit() or last.count(".") >= 1:
        return None
    if NOT_A_SUBTITLE_RE.search(head):
        return None  # "… Informe sobre América Latina N.° 62. Bruselas", "…. In Anthropology in the margins (eds) …": a
        # series and its number, or the book a chapter is in, not the title's second sentence
    return head, town


# A series and its number, then the town, before the colon of the facts: "Informe sobre América Latina N.° 62. Bruselas"
SERIES_BEFORE_TOWN_RE = lazy(r"(?P<series>\p{Lu}[^.]{2,80}?(?:\b(?:No|Nos|Núm|Nr|Edición|Edition)\.?|\bN\.?\s?[º°])\s*\d[\w./\-]{0,12})"
                             r"\.\s(?P<town>\p{Lu}[\p{L}.\- ]{1,40})")
# What no subtitle holds: a series' number, an edition, a report's code, the book a chapter is "in", its editors or pages
NOT_A_SUBTITLE_RE = lazy(r"(?i)(?:\b(?:no|nos|núm|nr|vol|edici[oó]n|ed|eds|report|paper|informe|serie|series|"
                         r"working|documento|cuaderno)\b\.?|\bn\.?\s?[º°])\s*\d|\b[A-Z]{1,4}-\d|(?:^|\.\s)(?:in|en|dans|em|in:)\s|\((?:eds?|ed\.|"
                         r"eds\.|coords?\.?|comps?\.?|dirs?\.?)\)|,\s*\d{1,4}\s*[-–]\s*\d{1,4}")


# Notes in author-date form with the year in brackets and a comma, as Perspectives on Terrorism and ICCT print them:
# "Jane Roe and John Doe (2015), “Title”. The Hague: ICCT Research Paper, December 2015. DOI: …",
# "Jane Roe (2013), “Title”; in: Journal, 107(1), pp. 1–15. URL: …",
# "Jane Roe (2014), “Chapter”; in: John Doe (Ed.), Book. London: Routledge, pp. 3–15."
YEAR_COMMA_HEAD_RE = lazy(r"(?P<names>\p{Lu}[^()“”\"*;]{1,300}?)(?P<eds>\s+\(Eds?\.\))?\s+\((?P<year>(?:1[5-9]|20)\d\d)[a-z]?\),\s+")
YEAR_COMMA_JOURNAL_RE = lazy(r"\G[;,.]?\s*in:\s+(?P<journal>[^,;]{2,150}?),\s+(?:Vol\.\s*)?(?P<volume>\d{1,4})"
                             r"(?:\s*\((?P<issue>[^()]{1,12})\))?,\s+(?:pp?\.\s*)?(?P<pages>[\dxivlcS]{1,7}(?:\s*[-–]\s*[\dxivlcS]{1,7})?)\.?")
# The journal as economists print it after the title, its volume (and issue) then a colon and the pages: "…,” Journal of
# Monetary Economics 71: 119–132", "…,” Journal of Money, Credit and Banking 45(s2): 3–28", "…,” American Economic
# Journal: Macroeconomics 12(2): 1–43"
VOLUME_COLON_JOURNAL_RE = lazy(r"\G[;,.]?\s*\*?(?P<journal>\p{Lu}(?:[^,;:()*]|[,:](?=\s\p{Lu})){2,150}?)\*?\s+(?P<volume>\d{1,4})"
                               r"(?:\s*\((?P<issue>[^()]{1,12})\))?\s*:\s*(?:pp?\.\s*)?"
                               r"(?P<pages>[\dxivlcS]{1,7}(?:\s*[-–]\s*[\dxivlcS]{1,7})?)\.?")
YEAR_COMMA_CHAPTER_RE = lazy(r"\G[;,.]?\s*in:\s+(?P<eds>[^()]{2,200}?)\s+\(Eds?\.\),\s+(?P<book>[^.]{2,300}?)\.\s+"
                             r"(?P<place>\p{Lu}[^:;.]{1,60}?):\s*(?P<publisher>[^,.;]{2,120}?),\s+(?:pp?\.\s*)?"
                             r"(?P<pages>[\dxivlc]{1,6}(?:\s*[-–]\s*[\dxivlc]{1,6})?)\.?")
YEAR_COMMA_FACTS_RE = lazy(r"\G(?:,\s*(?P<series>[^.:;,]{2,60}?,\s*(?:n°|no\.|No\.|nº)\s*\d{1,4}))?[.,]?\s*"
                           r"(?P<place>\p{Lu}[^:;.,]{1,40}?):\s*(?P<publisher>(?:[^,.;:]|\.(?=\s?\p{Lu}))"
                           r"{2,120}?)(?P<after>(?:,\s*(?:[^.;]|pp?\.\s?(?=\d)){1,60}?)?)(?:\.(?=\s+(?i:url|doi|\(?accessed))|\.?\s*$)")
# ("…”, Focus stratégique, n° 79. Paris: Ifri, avril 2018.": a series and its number before the facts, left out)
# What follows the title when no place and publisher do: "…”, Press Release, 27 April 2018.", "…”. The Brookings
# Project …, Analysis Paper No. 20, March 2015."
# A body's name in any language, its words capitalised but its particles: "Nationaal Coördinator Terrorismebestrijding en
# Veiligheid", "Bundesamt für Verfassungsschutz"
BODY_IN_CAPITALS_RE = lazy(r"^\p{Lu}[\p{L}'’&-]+(?:\s+(?:\p{Lu}[\p{L}'’&-]+|de|des|du|en|van|der|für|und|of|and|the|for|del|la|di|e|y|et)){1,8}")
# An unmarked title, perhaps its month and year, then its address: "World Development Indicators, https://… (accessed …)"
YEAR_COMMA_ADDRESS_RE = lazy(r"\G(?P<title>\p{Lu}[^,;“”\"*()]{2,120}?)(?P<when>,\s+(?:\p{L}{3,9}\s+)?(?:1[5-9]|20)\d\d)?,\s+"
                             r"(?P<url>https?://[^\s()]+?)(?P<after>\s*\((?:accessed|retrieved|consulted)[^()]{3,40}\))?\.?$")
YEAR_COMMA_REST_RE = lazy(r"\G(?:[,.]\s+)?(?P<rest>\p{Lu}(?:[^.;]|\.(?=\S|(?<=(?:\bNo|\b\p{Lu})\.)\s)){2,200}?(?:1[5-9]|20)\d\d)"
                          r"(?:\.(?=\s+(?i:url|doi|\(?accessed)|\s*$)|\s*$)")
MONTH_ONLY_RE = lazy(r"(?i)^(?:january|february|march|april|may|june|july|august|september|october|november|december|"
                     r"enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre|"
                     r"janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre)$")
PAGES_END_RE = lazy(r",\s*(?:pp?\.\s*)?[\dxivlc]{1,6}(?:\s*[-–]\s*[\dxivlc]{1,6})?$")
# What such a note prints after its facts: "URL: https://…", "(accessed 3 February 2021)", "DOI: 10.…"
YEAR_COMMA_TAIL_RE = lazy(r"(?i)^\s*(?:(?:url|doi):?\s*\S+|\(?accessed\s+[^()]{3,30}\)?|\s)*\.?\s*$")
PAGES_AFTER_RE = lazy(r"^,\s*(?:pp?\.\s*)?[\dxivlc]{1,6}(?:\s*[-–]\s*[\dxivlc]{1,6})?$")


def year_comma_note_form(text: str) -> str | None:
    """The note form of a whole note in Perspectives on Terrorism's author-date form, or None."""
    found = _year_then_comma_entry(text.strip())
    return found[1] if found is not None else None


def _year_then_comma_entry(text: str) -> tuple[int, str] | None:
    m = YEAR_COMMA_HEAD_RE.match(text)
    if m is None or not (looks_like_names(APA_ET_AL_END_RE.sub("", m.group("names"))) or organisation_name(m.group("names"))
                         or BODY_IN_CAPITALS_RE.fullmatch(m.group("names"))):
        return None
    if "://" in text and (online := YEAR_COMMA_ADDRESS_RE.match(text, m.end())) is not None:
        # "World Bank (2023), World Development Indicators, https://… (accessed 20 February 2023)": a body's database or page
        when = online.group("when") or f", {m.group('year')}"
        return online.end(), (f"{m.group('names').strip()}, *{online.group('title').strip()}*{when}, {online.group('url')}"
                              f"{online.group('after') or ''}")
    title, mark, at = _title(text, m.end())
    if title is None or mark is None and PINPOINT_TITLE_RE.match(title):
        return None  # ("HM Government (2021), p. 76. The cap had been …": the page cited, then a remark)
    names, year = m.group("names").strip(), m.group("year")
    edited = ", eds." if m.group("eds") else ""
    if (journal := YEAR_COMMA_JOURNAL_RE.match(text, at) or VOLUME_COLON_JOURNAL_RE.match(text, at)) is not None:
        issue = f", no. {journal.group('issue')}" if journal.group("issue") else ""
        form, at = (f"{names}, “{inner_quotes_single(title)},” *{journal.group('journal').strip()}* {journal.group('volume')}{issue} ({year}): "
                    f"{journal.group('pages')}"), journal.end()
    elif (chapter := YEAR_COMMA_CHAPTER_RE.match(text, at)) is not None:
        form, at = (f"{names}, “{inner_quotes_single(title)},” in *{chapter.group('book').strip()}*, ed. {chapter.group('eds').strip()} "
                    f"({chapter.group('place').strip()}: {chapter.group('publisher').strip()}, {year}), {chapter.group('pages')}"), \
            chapter.end()
    elif (facts := YEAR_COMMA_FACTS_RE.match(text, at)) is not None:
        after, publisher, pages = facts.group("after").strip(), facts.group("publisher").strip(), ""
        if (paged := PAGES_END_RE.search(after)) is not None:  # "Berlin: Bundesministerium …, für Bau und Heimat, pp. 179–181"
            after, pages = after[: paged.start()], after[paged.start():]
            if after.strip(", ") and year not in after:
                publisher, after = f"{publisher}{after}", ""
        month = after.strip(", ")
        when = month if year in month else f"{month} {year}" if MONTH_ONLY_RE.match(month) else year
        rest = "" if when != year or not month else after  # ("…, October." dates the report by its month)
        form, at = (f"{names}{edited}, *{title}* ({facts.group('place').strip()}: {publisher}, {when}){rest}{pages}"), \
            facts.end()
    elif (rest := YEAR_COMMA_REST_RE.match(text, at)) is not None:
        marked = f"“{inner_quotes_single(title)},”" if mark != "italic" else f"*{title}*,"
        form, at = f"{names}{edited}, {marked} {rest.group('rest')}", rest.end()
    else:
        return None
    tail = text[at:]
    if not YEAR_COMMA_TAIL_RE.match(tail):
        return None
    for part in regex.findall(r"(?i)(?:url|doi):?\s*(\S+)|\(?(accessed\s+[^()]{3,30}?)\)?(?=\s|$)", tail):
        address, accessed = part
        if address:
            address = address.rstrip(".")
            form += f", {address}" if address.lower().startswith(("http", "www")) else f", doi:{address}"
        elif accessed:
            form += f" ({accessed.strip().rstrip('.')})"
    return len(text.rstrip()), form


# A day in an APA date: "2016, September 22", "2019, 8 April"
DAY_IN_APA_DATE_RE = lazy(r",\s*(?:\p{L}{3,10}\.?\s+\d{1,2}|\d{1,2}\s+\p{L}{3,10})$")


def _number_after_title(form: str, title: str, number: str) -> str:
    """The note form ``form`` with a report's ``number`` set after its title, where a note prints it."""
    for closing in ("*", ",”"):
        at_title = form.find(title + closing)
        if at_title >= 0:
            end = at_title + len(title) + len(closing)
            return f"{form[:end]}, {number.strip()}{form[end:]}"
    return form


def _author_date_entry(text: str) -> tuple[int, str] | None:
    """An entry in author-date (APA) form: names, "(year).", a title, then a journal with its
    volume and pages, a place and publisher, or an address."""
    m = APA_HEAD_RE.match(text)
    if not m:
        return None
    who = _apa_names(m.group("names").strip())
    if who is None:
        return _untitled_apa_news(text, m)
    if m.group("role"):
        who += ", ed."  # "Benítez Manaut, R. (Coord.). (2010).": who edited the book
    year = m.group("year")
    title, mark, at = _title(text, m.end())
    if title is None:
        return None
    if mark is None and title[-1:] in "?!" and not APA_JOURNAL_RE.match(text, at) \
            and (subtitle := PLAIN_TITLE_RE.match(text, at)) is not None and APA_JOURNAL_RE.match(text, subtitle.end()):
        # "Does high public debt stifle growth? A critique of Reinhart and Rogoff. Journal, 38(2), 257–279.": a question,
        # then its subtitle, then the journal
        title, at = f"{title} {subtitle.group('title').strip()}", subtitle.end()
    thesis = APA_THESIS_RE.search(title) if title.endswith("]") else None
    if thesis is not None:
        title = title[: thesis.start()].rstrip()  # "Title [Doctoral dissertation, University of Maryland]. Repository."
    elif text[at:at + 1] == "[":
        thesis = APA_THESIS_AFTER_RE.match(text, at)  # "*Title* [Doctoral dissertation, Columbia University]. ProQuest …"
    if thesis is not None:  # a thesis and its school
        address = APA_ANY_URL_RE.search(text, at)
        where = f", {address.group(0).rstrip('.')}" if address else ""
        return len(text.rstrip()), (f"{who}, “{inner_quotes_single(title)}” ({thesis.group('kind')}, "
                                    f"{thesis.group('school').strip()}, {year}){where}")
    described = APA_DESCRIPTION_RE.search(title) if title.endswith("]") else None
    kind = ""
    if described is not None:  # "Data Mesh Principles [Blog post]": what the work is, in brackets after its title
        title, kind = title[: described.start()].rstrip(), described.group("kind").lower() + ", "
    elif text[at:at + 1] == "[" and (described := APA_DESCRIPTION_AFTER_RE.match(text, at)) is not None:
        kind, at = described.group("kind").lower() + ", ", described.end()  # "*Title* [Press release].": after the italics
    if kind and (not text[at:].strip(" .") or (alone := APA_URL_RE.match(text, at)) is not None):
        # "*Title* [News release].", "*Title* [Press release]. https://…": what it is and its date, no publisher printed
        when = m.group(0)[m.group(0).index("(") + 1: m.group(0).rindex(")")]
        address = f", {alone.group('url')}" if text[at:].strip(" .") and alone is not None else ""
        return len(text.rstrip()), f"{who}, “{inner_quotes_single(title)},” {kind}{_apa_date(when)}{address}"
    domain = APA_DOMAIN_SITE_RE.match(text, at)
    if domain is not None:  # "… [Blog post]. martinfowler.com.": the site by its domain
        when = m.group(0)[m.group(0).index("(") + 1: m.group(0).rindex(")")]
        site = f"{domain.group('site')} (blog)" if "blog" in kind else f"{kind}{domain.group('site')}"
        return domain.end(), f"{who}, “{inner_quotes_single(title)},” {site}, {_apa_date(when)}"
    chapter = APA_CHAPTER_RE.match(text, at)
    if chapter:  # "… En A. Alvarado y M. Serrano (Coords.), *Seguridad nacional* (pp. 21-40). México: El Colegio de México."
        eds = regex.sub(r"\s*&\s*|\s+y\s+", " and ", chapter.group("eds").strip()) if chapter.group("eds") else ""
        edited = f", ed. {eds}" if eds else ""  # ("In Proceedings of … (pp. 610–623). ACM.": a volume named without editors)
        publisher, place = chapter.group("publisher").strip(), chapter.group("place")
        if not place and ", " in publisher and publishing_city(publisher.rsplit(", ", 1)[1]):
            publisher, place = publisher.rsplit(", ", 1)  # "Palgrave, London": the publisher, then its city
        place = f"{place.strip()}: " if place else ""
        address = f", {chapter.group('url')}" if chapter.group("url") else ""
        return chapter.end(), (f"{who}, “{inner_quotes_single(title)},” in *{chapter.group('book').strip(' *.')}*{edited} "
                               f"({place}{publisher}, {year}), {chapter.group('pages')}{address}")
    edition = APA_EDITION_RE.match(text, at) or EDITION_RE.match(text, at)
    if edition:  # "*Qué difícil es ser Dios* (2nd ed.). Instituto de Estudios Peruanos.", Harvard's "Title. 2nd edn. Oxford: …"
        at = edition.end()
    elif title.endswith(")") and (edition := APA_EDITION_END_RE.search(title)) is not None:
        title = title[: edition.start()]  # "Andean cocaine (2nd ed.). Chapel Hill: …": an unmarked title holds it
    printed = _edition_words(edition)
    numbered = APA_NUMBER_PAREN_RE.match(text, at) if not edition else None
    if numbered is None and not edition and text[at - 2:at - 1] == "." \
            and (numbered := HARVARD_NUMBER_RE.match(text, at)) is not None:  # "*Title*. HC 1003, Session 2017–19. London: …"
        rest = _author_date_entry(text[:at].rstrip() + " " + text[numbered.end():])
        if rest is None:
            return None
        return len(text.rstrip()), _number_after_title(rest[1], title, numbered.group("number"))
    if numbered is not None:  # "*Title* (NIST AI 100-1). U.S. Department of Commerce.", "(arXiv:2303.08774). arXiv.": its number,
        # read without it, then set after the title
        cut = numbered.start() + len(text[numbered.start():numbered.end()]) - len(text[numbered.start():numbered.end()].lstrip())
        rest = _author_date_entry(text[:cut].rstrip() + ". " + text[numbered.end():])
        if rest is not None:
            return len(text.rstrip()), _number_after_title(rest[1], title, numbered.group("number"))
    tome = APA_VOLUME_PAREN_RE.match(text, at)
    volume = f", {tome.group('volume')}" if tome else ""  # "*Informe final* (Tomo IV). Lima: CVR."
    at = tome.end() if tome else at
    journal = APA_JOURNAL_RE.match(text, at)
    if journal:  # "Journal of Economic Behavior & Organization, 126(3), 255-275."
        number = f", no. {journal.group('issue')}" if journal.group("issue") else ""
        url = f", {journal.group('url')}" if journal.group("url") else ""
        return journal.end(), (f"{who}, “{inner_quotes_single(title)},” *{journal.group('journal').strip(' *')}* {journal.group('volume')}"
                               f"{number} ({year}): {journal.group('pages')}{url}")
    when = m.group(0)[m.group(0).index("(") + 1: m.group(0).rindex(")")]  # "2013, October 12"
    site = APA_SITE_RE.match(text, at)
    if site and mark != "italic":  # "Peru's coca boom. *GlobalPost*. https://...": an article on a site
        url = f", {site.group('url')}" if site.group("url") else ""
        held = "preprint, " if kind == "preprint, " else ""  # "… [Preprint]. *medRxiv*.": the server that holds it
        return site.end(), f"{who}, “{inner_quotes_single(title)},” {held}*{site.group('site')}*, {_apa_date(when)}{url}"
    pub = APA_PUBLICATION_RE.match(text, at)
    if pub:  # "Chapel Hill: University of North Carolina Press, p. 45."
        after = f", {pub.group('after').strip(' ,.')}" if pub.group("after") else ""
        book = f"“{inner_quotes_single(title)},”" if mark == "quote" else f"*{title}*{printed}"
        return pub.end(), (f"{who}, {book}{volume} ({pub.group('place').strip()}: {pub.group('publisher').strip()}, "
                           f"{year}){after}")
    url = APA_URL_RE.match(text, at)
    if url:  # "Retrieved from https://...": a page of the web, dated as printed ("(2023, September 19)")
        read = f", accessed {url.group('retrieved').strip()}" if url.group("retrieved") else ""  # "Retrieved June 2, 2023, from"
        return url.end(), (f"{who}, *{title}*, {_apa_date(when) if DAY_IN_APA_DATE_RE.search(when) else year}{read}, "
                           f"{url.group('url')}")
    publisher = APA_PUBLISHER_RE.match(text, at)
    if publisher and mark is None and "," in when and (_news_outlet(publisher.group("publisher")) or DAY_IN_APA_DATE_RE.search(when)):
        # (a book is dated by its year; "(2016, September 22)" dates a piece in the magazine or site named after it)
        # "Roe, J. (2021, March 3). Cartels move into fuel theft. The Guardian.": a dated article in a paper
        url = f", {publisher.group('url')}" if publisher.group("url") else ""
        return publisher.end(), f"{who}, “{inner_quotes_single(title)},” *{publisher.group('publisher').strip()}*, {_apa_date(when)}{url}"
    if publisher and mark == "italic" and DAY_IN_APA_DATE_RE.search(when) and publisher.group("url"):
        # "Altman, S. (2023, February 24). *Planning for AGI*. OpenAI. https://…": a post on the site of who published it
        return publisher.end(), (f"{who}, “{inner_quotes_single(title)},” *{publisher.group('publisher').strip()}*, {_apa_date(when)}, "
                                 f"{publisher.group('url')}")
    if publisher and mark != "quote":  # "*Perú: Perfil sociodemográfico*. INEI."
        address = f", {publisher.group('url')}" if publisher.group("url") else ""
        part = f", {publisher.group('part').lower()}" if publisher.group("part") else ""
        return publisher.end(), f"{who}, *{title}* ({publisher.group('publisher').strip()}, {year}){part}{address}"
    periodical = APA_NUMBERED_PERIODICAL_RE.match(text, at)
    if periodical is not None:  # "“Title”, Nexos, núm. 397, pp. 36-49.": a periodical with its numbers in words, then pages
        pages = f": {periodical.group('pages')}" if periodical.group("pages") else ""
        url = f", {periodical.group('url')}" if periodical.group("url") else ""
        return periodical.end(), (f"{who}, “{inner_quotes_single(title)},” *{periodical.group('periodical').strip(' *')}*, "
                                  f"{periodical.group('numbers')} ({year}){pages}{url}")
    return None


# A periodical after an author-date entry's title, its volume and issue named in words, as Spanish and Portuguese
# author-date notes print them: "Nexos, núm. 397, pp. 36-49.", "Revista Mexicana de Sociología, vol. 70, no. 2, pp. 5-30."
_NUMBER_WORD = r"(?:vol\.|núm\.|nro\.|no\.|n\.?\s?[°º]\.?|año|ano|tomo|t\.|v\.|n\.)\s*[\dIVXLC]{1,5}(?:[-–/]\d{1,5})?"
APA_NUMBERED_PERIODICAL_RE = lazy(
    rf"\G(?P<periodical>\*[^*]{{2,150}}\*|\p{{Lu}}[^,.*“”\"]{{1,150}}),\s+(?P<numbers>{_NUMBER_WORD}(?:,\s+{_NUMBER_WORD}){{0,2}})"
    r"(?:,\s+(?:pp?\.|págs?\.)\s*(?P<pages>\d{1,6}(?:\s*[-–]\s*\d{1,6})?))?\.?(?:\s+(?P<url>(?:https?://|www\.)\S+?))?\.?\s*$",
    regex.IGNORECASE)


def _news_outlet(name: str) -> bool:
    """"The Guardian", "BBC News", "El Tiempo": a newspaper's or broadcaster's name."""
    name = name.strip(" *.")
    return known_outlet(name) or NEWS_WORD_RE.search(name) is not None


def _untitled_apa_news(text: str, head: regex.Match) -> tuple[int, str] | None:
    """APA's unsigned article, its title where the author goes: "Cartels move into fuel theft. (2021, March 3).
    *The Guardian*." -> "“Cartels move into fuel theft,” *The Guardian*, March 3, 2021"."""
    title = head.group("names").strip().rstrip(".")
    when = head.group(0)[head.group(0).index("(") + 1: head.group(0).rindex(")")]
    if "," not in when or len(title.split()) < 3 or not any(w[:1].islower() for w in title.split()[1:8]):
        return None  # a title in sentence case and a date with its month (capitalised words may be a body's name)
    site = APA_SITE_RE.match(text, head.end())
    outlet = site or APA_PUBLISHER_RE.match(text, head.end())
    if outlet is None:
        return None
    name = outlet.group("site" if site else "publisher")
    if not (_news_outlet(name) or any(ch.isdigit() for ch in when.split(",", 1)[1])):
        return None  # the outlet of an article dated to the day, or a newspaper's name
    url = f", {outlet.group('url')}" if outlet.group("url") else ""
    return outlet.end(), f"“{inner_quotes_single(title)},” *{name.strip()}*, {_apa_date(when)}{url}"


# The OECD's own author-date form, the year in parentheses then commas: "OECD (2020), States of Fragility 2020,
# OECD Publishing, Paris, https://doi.org/…"
COMMA_AUTHOR_DATE_RE = lazy(
    r"^(?P<who>[^(),]{2,120}?)\s+\((?P<year>1[5-9]\d\d|20\d\d)[a-z]?\),\s+(?P<title>\p{Lu}[^,]{2,300}?),\s+"
    r"(?P<publisher>[^,]{2,80}?(?:Publishing|Press|Publications|Editions?|Éditions|Verlag))"
    r"(?:,\s+(?P<place>\p{Lu}[^,]{1,40}?))?(?:,\s+(?P<url>(?:https?://|www\.)\S+?))?\.?$")


# The same from a body that publishes itself, its title holding commas: "FATF (2021), Anti-money laundering and
# counter-terrorist financing measures – South Africa, Fourth Round Mutual Evaluation Report, FATF, Paris, <URL>"
COMMA_AUTHOR_DATE_SELF_RE = lazy(
    r"^(?P<who>[^(),]{2,120}?)\s+\((?P<year>1[5-9]\d\d|20\d\d)[a-z]?\),\s+(?P<title>\p{Lu}[^()]{2,400}?),\s+"
    r"(?P<publisher>(?P=who)(?:\s+Publishing)?),\s+(?P<place>\p{Lu}[^,]{1,40}?)(?:,\s+(?P<url>(?:https?://|www\.)\S+?))?\.?$")


# The same with the place before the publisher, as British think tanks print it: "Sherr, J. (2013), Hard Diplomacy and
# Soft Coercion: Russia's Influence Abroad, London: Chatham House."
COMMA_AUTHOR_DATE_PLACE_RE = lazy(
    r"^(?P<who>[^()]{2,160}?)(?P<eds>\s+\((?:[Ee]ds?|[Ee]ditors?)\.?\))?\s+\((?P<year>1[5-9]\d\d|20\d\d)[a-z]?\),\s+"
    r"(?P<title>\*?\p{Lu}[^()]{2,300}?\*?),\s+"  # (italic as a saved page prints it: "*Title*")
    r"(?P<place>\p{Lu}[^,:;()*]{1,40}(?:,\s+\p{Lu}{2})?):\s*(?P<publisher>\p{Lu}[^,;:()]{1,80}?)"  # "Washington, DC: CSIS"
    r"(?:,\s+(?P<number>[A-Z]{1,5}-\d{1,5}(?:-[A-Z\d]{1,6}){0,3}))?"  # a report's number: "RR-453-RE", "MG-1053-SRF"
    r"(?:,\s+(?P<url>(?:https?://|www\.)\S+?))?"
    r"(?:,\s+(?P<loc>(?:pp?\.\s*)?[\dxivlc]{1,6}(?:\s*[-–]\s*[\dxivlc]{1,6})?))?\.?$")  # "…, pp. 112–18": the pages cited
# A series after the title in that form: "Carbon Risk and Resilience, Research Paper", "Resources Futures, Chatham House Report"
SERIES_AFTER_TITLE_RE = lazy(r",\s+(?P<series>(?:\p{Lu}[\p{L}-]*\s+){0,3}(?:Paper|Report|Brief|Briefing|Memo|Memorandum|Note|Study))$")


# The same with a quoted title, as an article is given in that form: "Tooze, A. (2022), 'Welcome to the world of the
# polycrisis', Financial Times, 28 October 2022", "Bazilian, M. D. (2018), 'Title', Journal, 5(1), pp. 93–97"
COMMA_AUTHOR_DATE_QUOTED_RE = lazy(
    r"^(?P<who>[^()‘’'“”\"]{2,160}?)\s+\((?P<year>1[5-9]\d\d|20\d\d)[a-z]?\),?\s+[‘'“\"]"
    r"(?P<title>(?:[^‘’'“”\"]|(?<=\p{L})['’](?=\p{L})|(?<=\p{L}s)’(?=\s\p{L}[^’]{2,200}’)|(?<=‘[^’]{0,200})“[^“”‘’]{1,120}”)"
    # ("Western Jihadists’ Choice"; a quotation inside the single quotes: ‘… on brink of “catastrophic moral failure” …’)
    r"{3,300}?),?(?:(?<!\p{L}s)’|’(?!\s\p{L}[^’]{2,200}’[,.])|['”\"]),?\s+(?P<rest>\S.*?)\.?$")
# (a possessive "s’" inside the title when a closing quote and a comma follow later; the title's own quote ends it otherwise)
# A journal's volume, issue and pages after its name in that form: "Energy Policy, 5(1), pp. 93–97", "Nature, 517, pp. 187–90"
# (the comma after the name may be left out before a volume and issue, "Journal of Policing 12(3), pp. 45–60"; one page,
# "p. 47", is the page cited)
COMMA_JOURNAL_FACTS_RE = lazy(r"^(?P<journal>[^,]{2,120}?)(?:,\s+|\s+(?=\d{1,4}\([\w/–-]{1,9}\),))(?P<volume>\d{1,4})"
                              r"(?:\((?P<issue>[\w/–-]{1,9})\))?,\s+"
                              r"(?:pp?\.\s*)?(?P<pages>[\de]\d*(?:\s*[-–]\s*[\de]?\d+|(?<=p\.\s*\d+)(?=\.?$)))(?P<after>.*)$")
YEAR_RE = lazy(r"\b(?:1[5-9]\d\d|20\d\d)\b")
PAGE_ONLY_RE = lazy(r"(?:pp?\.\s*)?[\dxivlc]{1,6}(?:\s*[-–]\s*[\dxivlc]{1,6})?")


def inner_quotes_single(title: str) -> str:
    """A title about to be set in double quotation marks, a quotation inside it in single ones, as a note prints it:
    ‘… on brink of “catastrophic moral failure” …’ -> “… on brink of ‘catastrophic moral failure’ …”."""
    return title.replace("“", "‘").replace("”", "’") if "“" in title else title


def quoted_author_date_note_form(text: str) -> str | None:
    """"Tooze, A. (2022), 'Title', Financial Times, 28 October 2022" as "Tooze, A., “Title,” Financial Times, 28 October
    2022"; a journal's "5(1), pp. 93–97" as "5, no. 1 (2018): 93–97"; the year at the end when nothing else dates it."""
    m = COMMA_AUTHOR_DATE_QUOTED_RE.match(text.strip()) if ")" in text[:180] else None
    if m is None:
        return None
    who = m.group("who").strip().rstrip(",")
    if not (inverted_names(who) is not None or looks_like_names(who) or organisation_name(who)):
        return None
    rest, year = m.group("rest").strip(), m.group("year")
    if PAGE_ONLY_RE.fullmatch(rest):
        return None  # "Welsby et al. (2021), 'Unextractable fossil fuels', p. 231": a short form, its page
    journal = COMMA_JOURNAL_FACTS_RE.match(rest)
    if journal is not None:
        issue = f", no. {journal.group('issue')}" if journal.group("issue") else ""
        rest = f"{journal.group('journal')} {journal.group('volume')}{issue} ({year}): {journal.group('pages')}{journal.group('after')}"
    elif not YEAR_RE.search(rest):
        rest = f"{rest}, {year}"
    return f"{who}, “{inner_quotes_single(m.group('title').strip())},” {rest}"


def comma_author_date_note_form(text: str) -> str | None:
    """"OECD (2020), States of Fragility 2020, OECD Publishing, Paris, <URL>" and "Sherr, J. (2013), Title, London: Chatham
    House" as "OECD, *States of Fragility 2020* (Paris: OECD Publishing, 2020), <URL>"; None for anything else."""
    m = COMMA_AUTHOR_DATE_RE.match(text.strip()) if "), " in text else None
    if m is None and "), " in text:
        m = COMMA_AUTHOR_DATE_SELF_RE.match(text.strip())
    if m is None and (quoted := quoted_author_date_note_form(text)) is not None:
        return quoted
    if m is None and "), " in text and ": " in text:
        m = COMMA_AUTHOR_DATE_PLACE_RE.match(text.strip())
        who = m.group("who").strip() if m else ""
        if m is None or not (inverted_names(who) is not None or looks_like_names(who) or organisation_name(who)):
            return None
        url = f", {m.group('url')}" if m.group("url") else ""
        loc = f", {m.group('loc')}" if m.group("loc") else ""
        title = m.group("title").strip().strip("*")
        series = SERIES_AFTER_TITLE_RE.search(title)
        shown = f"*{title[: series.start()]}*, {series.group('series')}" if series else f"*{title}*"
        edited = ", eds.," if m.group("eds") else ","  # "Tore Roe and John Doe (eds.) (2009), *Title*, London: Routledge"
        number = f", {m.group('number')}" if m.group("number") else ""
        return (f"{who}{edited} {shown} ({m.group('place').strip()}: {m.group('publisher').strip()}, {m.group('year')}){number}"
                f"{url}{loc}")
    if m is None or not (looks_like_names(m.group("who")) or organisation_name(m.group("who"))):
        return None
    place = f"{m.group('place').strip()}: " if m.group("place") else ""
    url = f", {m.group('url')}" if m.group("url") else ""
    return f"{m.group('who').strip()}, *{m.group('title').strip()}* ({place}{m.group('publisher').strip()}, {m.group('year')}){url}"


# A book review cited by its reviewer: "Jane Roe, review of *Title*, by John Doe, *Example Review* 12 (2019): 3–5"
REVIEW_RE = lazy(r"^(?P<who>\p{Lu}[^,;“\"*]{1,80}),\s+review\s+of\s+(?P<what>\*[^*]{2,300}\*|[^,]{2,300}?),\s+by\s+"
                 r"(?P<by>\p{Lu}[^,;()*“\"]{1,120}?),\s+(?P<rest>\S.*)$")


def review_note_form(text: str) -> str | None:
    """A book review with the review as a quoted title: "Jane Roe, “Review of Title, by John Doe,” *Journal* 12 (2019): 3–5"."""
    m = REVIEW_RE.match(text.strip()) if "review of" in text else None
    if m is None or not looks_like_names(m.group("who")):
        return None
    return f"{m.group('who')}, “Review of {m.group('what').strip('*')}, by {m.group('by').strip()},” {m.group('rest')}"


EDITION_WORDS_RE = lazy(r"(?i)\s*\(?\s*(?P<words>[^()]{0,40}?(?:edn|ed|éd|aufl|edition|edición|edição|édition))(?P<dot>\.)?")


def _edition_words(edition: regex.Match | None) -> str:
    """The edition an entry prints after its title, as a note prints it after the title: ", 2nd edn"; "" for none."""
    if edition is None:
        return ""
    words = EDITION_WORDS_RE.match(edition.group(0))  # ("2. ed. rev. e ampl.": the edition; how it was revised is left)
    return f", {words.group('words')}{words.group('dot') or ''}" if words is not None else ""


def _apa_date(when: str) -> str:
    """"2013, October 12" -> "October 12, 2013"; a year alone stays."""
    year, _, rest = when.partition(",")
    return f"{rest.strip()}, {year.strip()}" if rest.strip() else year.strip()


def _apa_names(names: str) -> str | None:
    """"Mejía, D., & Restrepo, P." -> "D. Mejía and P. Restrepo"; an organisation stays as printed."""
    if "…" in names or ". . ." in names:  # APA 7 for 21 authors or more: the first 19, ". . .", the last
        names = APA_ELLIPSIS_RE.sub(", ", names)
    others = names.rstrip().endswith("et al.")
    names = APA_ET_AL_END_RE.sub("", names) if others else names  # "Brown, T., Mann, B., Ryder, N., et al."
    people = APA_PERSON_RE.findall(names)
    if people and APA_SEPARATOR_RE.fullmatch(APA_PERSON_RE.sub("", names)):
        return " and ".join(f"{initials.strip()} {_apa_family(family.strip())}" for family, initials in people) \
            + (" et al." if others else "")
    spelt_out = inverted_names(names.rstrip(". ")) if not others and "," in names else None
    if spelt_out:  # "Degregori, Carlos Iván (ed.) (2009).": the given names spelt out, as Spanish author-date notes print them
        return " and ".join(f"{n.given} {n.family}" for n in spelt_out)
    spelt = INITIALS_THEN_NAME_RE.fullmatch(names.rstrip(". "))
    if spelt is not None and organisation_name(spelt.group("name")):
        return f"{spelt.group('name')} ({spelt.group('initials')})"  # "NAO (National Audit Office)": the body by its name
    bracketed = BODY_BRACKETED_INITIALS_RE.fullmatch(names.rstrip(". "))
    if bracketed is not None and organisation_name(bracketed.group("name")):
        return f"{bracketed.group('name')} ({bracketed.group('initials')})"  # "United Nations … [UNHCR]": as a body names
        # itself in notes, its initials in brackets after its name
    if organisation_name(names.rstrip(".")) or ACRONYM_RE.fullmatch(names):
        return names.rstrip(".")  # "Instituto Nacional de Estadística e Informática. (2018)."
    if names.endswith(".") and APA_GROUP_RE.fullmatch(names):
        return names.rstrip(".")  # "Gartner. (2021).": a name with no initials, closed by its period, is a group's
    return None


# A body's initials, then its name spelt out in brackets: "NAO (National Audit Office)"
INITIALS_THEN_NAME_RE = lazy(r"(?P<initials>\p{Lu}[\p{Lu}&\-]{1,11})\s+\((?P<name>\p{Lu}[^()\d]{3,80})\)")
# A body's name and its initials in square brackets, as APA 7 prints a group author: "United Nations High Commissioner for
# Refugees [UNHCR]"
BODY_BRACKETED_INITIALS_RE = lazy(r"(?P<name>\p{Lu}[^\[\]()]{4,160}?)\s+\[(?P<initials>\p{Lu}[\p{Lu}&\-]{1,11})\]")
# A report's or preprint's number in brackets after its title: "(NIST AI 100-1)", "(OECD/LEGAL/0449)", "(arXiv:2303.08774)",
# "(CP 815)", "(Working Paper No. 12)" (a digit in it: no "(2nd ed.)", read before)
APA_NUMBER_PAREN_RE = lazy(r"\G\s*\((?P<number>(?=[^()]*\d)[^()]{2,80})\)\.\s+")
# What APA says a work is, in brackets after its title: "[Blog post]", "[Video]", "[Tweet]", "[Fact sheet]"
APA_DESCRIPTION_RE = lazy(r"\s*\[(?P<kind>[\p{L} ]{3,30})\]$")
# APA 7's description of a thesis, with its school: "[Doctoral dissertation, Columbia University]", "[Master's thesis, …]"
_APA_THESIS = r"\[(?P<kind>(?:Doctoral|Master['’]s|PhD|Ph\.D\.|Bachelor['’]s|Unpublished\s+doctoral)\s+(?:dissertation|thesis)),\s+(?P<school>[^\[\]]{3,120})\]"
APA_THESIS_RE = lazy(r"\s*" + _APA_THESIS + "$")
APA_THESIS_AFTER_RE = lazy(r"\G" + _APA_THESIS + r"\.?\s*")
APA_ANY_URL_RE = lazy(r"https?://\S+")
APA_DESCRIPTION_AFTER_RE = lazy(r"\G\[(?P<kind>[\p{L} ]{3,30})\]\.?\s*")
# A site named by its domain after the title: "martinfowler.com."
APA_DOMAIN_SITE_RE = lazy(r"\G(?P<site>\p{Ll}[\w-]*(?:\.[\w-]+)*\.[a-z]{2,4})\.?\s*$")
APA_ELLIPSIS_RE = lazy(r",?\s*(?:…|\.\s\.\s\.)\s*")
APA_ET_AL_END_RE = lazy(r",?\s*(?:&\s*)?et\s+al\.$")
# A group's name as APA prints it before the year: capitalised words closed by a period, no initials ("Gartner.",
# "Pew Research Center.")
APA_GROUP_RE = lazy(r"\p{Lu}[\p{L}&'’\-]{2,}(?:\s+(?:\p{Lu}[\p{L}&'’\-]+|of|for|and|the|&|de|du|des|la|le|del|für|y|et|e)){0,6}\.")


def _apa_family(family: str) -> str:
    """A family name of two words or more in capitals, so that the note form keeps it whole after the initials:
    "Guerrero Gutiérrez, E." -> "E. GUERRERO GUTIÉRREZ" (not given names "E. Guerrero"); a particle keeps its case."""
    words = family.split()
    return family.upper() if len(words) >= 2 and all(w[:1].isupper() for w in words) else family


def _note_family(family: str, given: str) -> str:
    """The family name as the note form prints it after the given names.  After two given names
    or more it stays in capitals, the one mark that tells where it starts: "Rodrigo Patto Sá MOTTA"
    (not the double surname "Patto Sá Motta"), "Sérgio Buarque de HOLANDA" (the particle stays with the
    given names, as ABNT has it)."""
    words = [w for w in given.split() if w.lower() not in GIVEN_PARTICLES]
    if len(words) >= 2 and family.replace(" ", "").isalpha() \
            and (given.split()[-1].lower() in GIVEN_PARTICLES  # ("José Murilo de CARVALHO", as printed "CARVALHO, José
                 or not all(is_given_name(w) or INITIALS_RE.match(w) for w in words[1:])):  # Murilo de"); "Carlos Iván",
        return family.upper()  # "Bruce H." read well
    return family_case(family)


def _in_edited_book(text: str, at: int):
    """After a chapter's title: "En: Ortiz, Carmen, ed. Book. Place: Publisher, Year, pages" ->
    (end, book, editors in note order, the publication match), or None."""
    m = IN_CONTAINER_RE.match(text, at)
    if not m:
        return None
    names = INVERTED_NAMES_RE.match(text, m.end()) or INVERTED_NAMES_ANY_RE.match(text, m.end())
    # (a title opening on a word and a comma follows names with their role: "In: LIMA, Renato; RATTON, José (Orgs.).
    # Crime, polícia e justiça …")
    if names and names.group("role"):
        editors, book_at = _in_note_order(names, with_role=False), names.end()
    elif (direct := EDITORS_IN_NOTE_ORDER_RE.match(text, m.end())) is not None and looks_like_names(direct.group("eds")):
        editors, book_at = direct.group("eds").strip(), direct.end()  # "En: Steve J. Stern (ed.). Book": given names first
    else:
        return None
    book, _, after_book = _title(text, book_at)
    pub = PUBLICATION_RE.match(text, after_book) if book else None
    if pub is None and book and ". " in text[after_book:after_book + 170]:
        pub = SUBTITLED_PUBLICATION_RE.match(text, after_book)
    if not pub:
        return None
    place = pub.group("place").strip()
    if ". " in place:
        subtitle = _subtitle_before_town(place)
        if subtitle is None:
            return None
        book, place = f"{book}. {subtitle[0]}", subtitle[1]  # "… The Impact of U.S. Policy. Boulder: …": the book's title
    return pub.end(), book, editors, pub, place


# The editors of a chapter's book, given names first, with their role: "Steve J. Stern (ed.). ", "Coletta A. Youngers y
# Eileen Rosin (eds.). "
EDITORS_IN_NOTE_ORDER_RE = lazy(r"\G(?P<eds>\p{Lu}[^():;«»“”\"*]{2,150}?)\s*\((?i:eds?|coords?|comps?|dirs?|orgs?)\.?\)[.,]\s+")


def _in_note_order(m: regex.Match, with_role: bool = True) -> str:
    """Inverted names as a note prints them: "Mendoza, Jorge, y Ana Quispe" -> "Jorge Mendoza and Ana
    Quispe"; "SCHWARCZ, Lilia M.; STARLING, Heloisa M." -> "Lilia M. Schwarcz and Heloisa M. Starling"."""
    people = [(m.group("family"), m.group("given"))]
    more = m.group("more") or ""
    if more.lstrip().startswith(";") or INVERTED_AFTER_AND_RE.match(more):
        # "…; STARLING, Heloisa M.", "… y RESTREPO, Pascual", "…; BASOMBRÍO, Carlos y VERA, Dana": each inverted too
        people += [tuple(p.split(",", 1)) for p in INVERTED_JOIN_RE.split(more) if "," in p]
        more = ""
    # "HOLANDA, Sérgio Buarque de" -> "Sérgio Buarque de Holanda": a particle after the given names goes before the family
    names = [f"{given.strip()} {_note_family(family.strip(), given.strip())}" for family, given in people]
    who = " and ".join(names) if len(names) <= 2 else ", ".join(names[:-1]) + ", and " + names[-1]
    if more.startswith(", ") and not CONJUNCTION_RE.match(more):
        who += more  # "Colgan, Jeff D., Jessica F. Green, and Thomas N. Hale": the later names in note order already
    elif more:
        who += " and " + CONJUNCTION_RE.sub("", more)
    if m.group("etal"):
        who += " et al."
    if with_role and m.group("role"):  # "(org.)", "(comps.)", ", eds.": they edited it, as a note says "ed." or "eds."
        role = m.group("role").strip(" ,()").lower()
        who += ", eds." if role.endswith("s.") or " and " in who else ", ed."
    return who


def _inverted_persons(names: str) -> bool:
    """A list printed family first ("MEJÍA, Daniel y RESTREPO, Pascual", "Kruijt, Dirk y Koonings, Kees") is of persons:
    every family name in capitals, or one given name at least that is a known one or an initial (no act's name,
    "Example Aid, Relief, and Economic Security Act, Pub. L.", is)."""
    people = [part.partition(",") for part in INVERTED_JOIN_RE.split(names) if part.strip()]
    if all(family.strip().isupper() for family, _, _ in people):
        return True
    return any(given.split() and (is_first_name(given.split()[0]) or INITIALS_RE.match(given.split()[0]))
               for _, _, given in people)


# The joins between inverted names in a list: "; ", " y ", " and "
INVERTED_JOIN_RE = lazy(r";\s+|,?\s+(?:y|and|e|et|und|&)\s+")
# A second name after "y"/"and" printed family name first: " y RESTREPO, Pascual"
INVERTED_AFTER_AND_RE = lazy(r",?\s+(?:y|and|e|et|und|&)\s+[^,;]{2,60},\s+\S")
# Particles printed after the given names of an inverted name: "HOLANDA, Sérgio Buarque de"
GIVEN_PARTICLES = frozenset("de da do dos das del della di du van von".split())


# An unsigned news story as ABNT prints it, the headline's first word in capitals in place of an author, then the paper,
# its town and the day: "FACÇÃO amplia presença no Norte. *Folha de S.Paulo*, São Paulo, 3 jun. 2018." (not a roman
# number: "XVII legislatura, Doc. XXIII, …")
ABNT_UNSIGNED_RE = lazy(r"^(?![IVXLCDM]+\s)(?P<first>\p{Lu}{2,}(?:-\p{Lu}{2,})?)(?P<rest>\s+\p{Ll}[^.;]{2,200}?)\.\s+"
                        r"(?P<outlet>\*[^*]{2,80}\*|\p{Lu}[^,.:;*]{2,60}),\s+(?P<after>[^;]{4,300})$")


def abnt_unsigned_note_form(text: str) -> str | None:
    """'“Facção amplia presença no Norte,” *Folha de S.Paulo*, São Paulo, 3 jun. 2018.' for an unsigned story headed
    by its first word in capitals; None for anything else (a word of four letters or fewer may be an acronym, and
    is kept as printed: "ONU aprova …")."""
    m = ABNT_UNSIGNED_RE.match(text.strip())
    if m is None:
        return None
    if organisation_name(m.group("first")) and (m.group("rest")[:3] in (" y ", " e ") or m.group("rest")[:5] == " and "
                                                 or m.group("rest")[:1] == ","):
        return None  # "UNODC y Gobierno de Colombia, Colombia. Monitoreo …": a body by its initials, and its partner
    found = dates.find_date(m.group("after"))
    if found is None or len(found.parts) < 2:
        return None  # (a paper's story is dated to the day or month)
    first = m.group("first")
    first = first.capitalize() if len(first) >= 5 else first
    outlet = m.group("outlet") if m.group("outlet").startswith("*") else f"*{m.group('outlet').strip()}*"
    return f"“{first}{m.group('rest')},” {outlet}, {m.group('after')}"


# A government as Brazilian (ABNT) references head its works, the country, state or town in capitals, then the bodies
# under it: "BRASIL. Ministério da Justiça. Departamento Penitenciário Nacional.", "SÃO PAULO (Estado). Secretaria da …."
JURISDICTION_RE = lazy(r"^(?P<place>\p{Lu}{2,}(?:\s+(?:DE|DO|DA|DOS|DAS|DEL|\p{Lu}{2,}))*)(?P<kind>\s+\((?:Estado|Município|"
                       r"Municipio|Cidade|Distrito\s+Federal|Província|Provincia|State|Departamento)\))?\.\s+")
# One body under it, up to its period
SUBORDINATE_BODY_RE = lazy(r"\G(?P<body>\p{Lu}[^.;:“\"«*]{2,120}?)\.\s+(?=\p{Lu}|[“\"«*])")


def jurisdiction_head(text: str) -> tuple[str, int] | None:
    """("Brasil. Ministério da Justiça", where the heading ends) for a work a government's body issued, headed by its
    jurisdiction in capitals; None for anything else (the jurisdiction alone heads a law: "BRASIL. Lei nº 12.850, …")."""
    m = JURISDICTION_RE.match(text)
    if m is None or " " in m.group("place") and organisation_name(m.group("place").title()):
        return None  # ("FÓRUM BRASILEIRO DE SEGURANÇA PÚBLICA. Anuário …": a body in capitals, no jurisdiction)
    bodies, at = [], m.end()
    while (b := SUBORDINATE_BODY_RE.match(text, at)) is not None and organisation_name(b.group("body").strip()) \
            and not any(ch.isdigit() for ch in b.group("body")):  # (a year is in a title, never a body's name)
        bodies.append(b.group("body").strip())
        at = b.end()
    if not bodies:
        return None
    place = " ".join(w if w in ("DE", "DO", "DA", "DOS", "DAS", "DEL") and i else w.capitalize()
                     for i, w in enumerate(m.group("place").split()))
    place = " ".join(w.lower() if w in ("DE", "DO", "DA", "DOS", "DAS", "DEL") else w for w in place.split())
    return ". ".join([place + (m.group("kind") or "")] + bodies), at


# A body's book or report whose title runs over sentences, then its town, publisher and year: "Centro Nacional de Memoria
# Histórica (CNMH). ¡Basta ya! Colombia: memorias de guerra y dignidad. Bogotá: Imprenta Nacional, 2013, p. 31-33."
BODY_ENTRY_FACTS_RE = lazy(r"\.\s+(?P<place>\p{Lu}[\p{L}.'’ \-]{1,40}?):\s+(?P<publisher>\p{Lu}[^,:;()]{1,100}?),\s+"
                           r"(?P<year>(?:1[5-9]|20)\d\d)(?P<after>(?:[,.;(\s].{0,200})?)$")


def _body_entry_of_sentences(text: str, names: tuple[str, int, bool]) -> tuple[int, str] | None:
    """The note form of a body's entry whose title holds more than one sentence ("¡Basta ya! Colombia: …", "¿En qué va …?
    Desafíos, …", "Hay futuro si hay verdad. Informe final."), read up to the town before the publisher; None otherwise."""
    who, at, _ = names
    facts = BODY_ENTRY_FACTS_RE.search(text, at)
    if facts is None or not (publishing_city(facts.group("place").strip()) or known_place(facts.group("place").strip())):
        return None
    title = text[at:facts.start()].strip()
    if not title or title.count(". ") + title.count("? ") + title.count("! ") == 0 or len(title) > 300 or "*" in title:
        return None  # (a title of one sentence is the readers' below)
    after = facts.group("after").strip(" .").lstrip(", ")
    after = f", {after}" if after and not after.startswith("(") else (f" {after}" if after else "")
    return len(text.rstrip()), f"{who}, *{title}* ({facts.group('place').strip()}: {facts.group('publisher').strip()}, " \
                               f"{facts.group('year')}){after}"


def _names(text: str) -> tuple[str, int, bool] | None:
    """(names in note order, where they end, whether they are an organisation)."""
    if text[:2].isupper() and (governed := jurisdiction_head(text)) is not None:
        return governed[0], governed[1], True  # "BRASIL. Ministério da Justiça. …": the government's body signs it
    m = INVERTED_NAMES_RE.match(text)
    if m is None and (listed := INVERTED_BEFORE_LISTED_TITLE_RE.match(text)) is not None \
            and (is_given_name(listed.group("given").split()[0]) or len(listed.group("given").split()[-1]) >= 4):
        m = listed  # "Enloe, Cynthia. Bananas, Beaches and Bases: …": a title that opens on a list of words
    if m and INVERTED_AFTER_AND_RE.match(m.group("more") or "") \
            and not _inverted_persons(f"{m.group('family')}, {m.group('given')}{m.group('more')}"):
        m = None  # "Coronavirus Aid, Relief, and Economic Security Act, Pub. L. …" is no list of names
    if m:
        return _in_note_order(m), m.end(), False
    m = ORGANISATION_RE.match(text)
    if m and organisation_name(m.group("org").strip()):
        return m.group("org").strip(), m.end(), True
    initials = INITIALS_AND_NAME_RE.fullmatch(m.group("org").strip()) if m and "(" in m.group("org") else None
    if initials is not None and organisation_name(initials.group("name")):  # "UNFPA (United Nations Population Fund)"
        return f"{initials.group('name')} ({initials.group('initials')})", m.end(), True  # as a body names itself in notes
    return None


# A body's initials, then its name in brackets: "UNFPA (United Nations Population Fund)", "ICTR (International Criminal
# Tribunal for Rwanda)"
INITIALS_AND_NAME_RE = lazy(r"(?P<initials>\p{Lu}[\p{Lu}\-&]{1,10})\s+\((?P<name>\p{Lu}[^()]{4,120})\)")


# The year an author-date entry prints after its names: "Rodrik, Dani. 2011. *The Globalization Paradox*. …"
YEAR_AFTER_NAMES_RE = lazy(r"\G(?:(?P<year>1[5-9]\d\d|20\d\d)[a-z]?|n\.\s?d)\.\s+(?=[“\"*\p{Lu}])")  # ("n.d.": no date)
# When a page on the web was read, and its address, closing an author-date entry: "Accessed May 4, 2021. https://…"
ACCESSED_URL_TAIL_RE = lazy(r"(?i)[.,]?\s+(?:(?:accessed|retrieved)\s+(?P<accessed>[^.]{3,30}?)[.,]\s+)?"
                            r"(?P<url>(?:https?://|www\.)\S+?)\.?$")
# A title's closing period inside its quotation marks, or after its italics: "“Title.” *Site*." -> "“Title,” *Site*,"
TITLE_CLOSING_PERIOD_RE = lazy(r"\.([”\"*])")
# A journal's volume, issue and pages as economics prints them: "109 (4): 1197–1229"
VOLUME_ISSUE_PAGES_RE = lazy(r"(?P<vol>\d{1,4})\s*\((?P<iss>[^()]{1,12})\)\s*:\s*(?P<pages>[A-Z]?\d{1,6}(?:\s*[-–]\s*[A-Z]?\d{1,6})?)")
# A journal's volume and pages with no issue, closing an AEA entry: "Journal of Development Economics 135: 43–58", "World
# Development 129: 104905" (an article's number)
VOLUME_PAGES_END_RE = lazy(r"(?<=\p{L}\*?\s)(?P<vol>\d{1,4}):\s*(?P<pages>[A-Z]?\d{1,6}(?:\s*[-–]\s*[A-Z]?\d{1,6})?)$")


def _year_after_names(text: str, at: int, dated: regex.Match) -> tuple[int, str] | None:
    """An author-date entry read as the same entry with its year where a note puts it: after the volume and issue of a
    journal ("109, no. 4 (2019): 1197–1229"), else after its publisher ("New York: W. W. Norton, 2011")."""
    year = dated.group("year")
    rest = text[dated.end():].rstrip().rstrip(".")
    online = ACCESSED_URL_TAIL_RE.search(rest) if "http" in rest or "www." in rest else None
    if online is not None and online.start() > 0 and rest[:1] in "“\"*" \
            and not VOLUME_ISSUE_PAGES_RE.search(rest[: online.start()]):  # (a journal's article, its DOI after its pages)
        # "World Bank. 2020. “Poverty and Equity Data Portal.” Accessed May 4, 2021. https://…": a page on the web, its
        # year after its title and site, then when it was read and its address, as a note gives them
        head = TITLE_CLOSING_PERIOD_RE.sub(r",\1", rest[: online.start()].rstrip(" .")).rstrip(",")
        accessed = f", accessed {online.group('accessed').strip()}" if online.group("accessed") else ""
        dated_at = f", {year}" if year and not _ends_in_year(head, year) else ""  # ("*Site*, March 3, 2021": dated)
        return len(text.rstrip()), f"{_names(text)[0]}, {head}{dated_at}{accessed}, {online.group('url')}"
    if online is not None and online.start() > 0 and not online.group("accessed"):
        # "OECD. 2019. PISA 2018 Results. Paris: OECD Publishing. https://doi.org/…": the entry, then its address
        bare = read_entry(f"{text[: dated.start()]}{text[dated.start():dated.end()]}{rest[: online.start()].rstrip(' .')}.")
        if bare is not None and bare[0] >= dated.end() + online.start() - 2:
            return len(text.rstrip()), f"{bare[1]}, {online.group('url')}"
    issue = VOLUME_ISSUE_PAGES_RE.search(rest)
    head = ACCESSED_URL_TAIL_RE.sub("", rest) if online is not None else rest
    if year is None:  # "Roe, Jane. n.d. *Example Book*. …": undated, read without its date
        pass
    elif issue is not None:
        rest = f"{rest[: issue.start()]}{issue.group('vol')}, no. {issue.group('iss')} ({year}): {issue.group('pages')}{rest[issue.end():]}"
    elif (paged := VOLUME_PAGES_END_RE.search(rest)) is not None:
        rest = f"{rest[: paged.start()]}{paged.group('vol')} ({year}): {paged.group('pages')}"
    elif not _ends_in_year(head, year):  # (a newspaper's date holds its year already:
        rest = f"{head}, {year}{rest[len(head):]}"  # "*Financial Times*, October 28, 2022"; a title's year is no date)
    rewritten = f"{text[:at]}{rest}."
    found = read_entry(rewritten)
    return (len(text.rstrip()), found[1]) if found is not None and found[0] >= len(rewritten.rstrip(" .;,")) else None


def _ends_in_year(text: str, year: str) -> bool:
    """Whether ``text`` ends in ``year``, as a date does ("October 28, 2022"); a year inside a title is no date."""
    return regex.search(r"(?<!\d)" + year + r"\W{0,3}$", text) is not None


def _title(text: str, at: int) -> tuple[str | None, str | None, int]:
    """(title, "quote" | "italic" | None, where it ends) at offset ``at`` of ``text``."""
    for pattern, mark in ((QUOTED_TITLE_RE, "quote"), (SINGLE_QUOTED_TITLE_RE, "quote"), (ITALIC_TITLE_RE, "italic"),
                          (PLAIN_TITLE_RE, None)):
        m = pattern.match(text, at)
        if m and not (mark is None and PUB_PAREN_RE.search(m.group("title"))):
            subtitle = m.group("subtitle") if mark == "italic" else None
            if mark == "quote" and text[m.end():m.end() + 1] == ":" and (after := QUOTE_SUBTITLE_RE.match(text, m.end())):
                # '"Ser policial é …": cultura e cotidiano da Polícia Militar. 1999.': ABNT sets the main title apart, not
                return f"{m.group('title').strip()}: {after.group('subtitle')}", mark, after.end()  # its subtitle
            return (m.group("title").strip().rstrip(".") + (subtitle or "")), mark, m.end()
    return None, None, at
