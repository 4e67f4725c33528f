"""Read the fields of one full citation: authors, title, container, publication facts.

The reader works on the citation's shape: who (names before the title), what (a quoted,
italic or unmarked title), where (an outlet, a book after "in", a publication
parenthetical), when (a date), and locators.  It never invents what is not printed.
"""
from __future__ import annotations

from dataclasses import dataclass, field

import regex

from .. import spans
from ..lazyregex import lazy
from ..model import Name, Work, evolve
from . import (
    addresses,
    archival,
    bibstyle,
    classify,
    congress,
    dates,
    french_parliament,
    hansard,
    imagery,
    language,
    legal,
    oscola,
    primary,
)
from .features import (
    ARCHIVE_RE,
    AUTHOR_DATE_RE,
    AUTHOR_YEAR_TITLE_RE,
    AVAILABILITY_STEMS,
    AVAILABILITY_TAIL_RE,
    DOCUMENT_SYMBOL_RE,
    GROUP_OFFICES,
    HANDLE_AFTER_NAME_RE,
    HANDLE_FIRST_RE,
    INTERVIEW_QUALIFIER,
    INTERVIEW_RE,
    INTERVIEW_SHORT_RE,
    LAW_DESIGNATION_RE,
    LEGAL_START_RE,
    NAME_THEN_GENRE_RE,
    NUMBER_LABEL_PAREN_RE,
    NUMBER_SHORT_RE,
    POSTING_PLATFORMS,
    PROGRAMME_ROLE_RE,
    PUB_PAREN_RE,
    REPRINT_RE,
    ROLE_AFTER_NAME_RE,
    SERIES_WORDS,
    SPEECH_OPENING_WORDS,
    STATEMENT_OF_GROUP_RE,
    SYMBOL_PAREN_RE,
    TITLE_MARK_RE,
    TRAILING_CODE_RE,
    TREATY_DATE_RE,
    TREATY_RE,
    URL_RE,
    VOLUME_RE,
    author_date_names,
    closing_date,
    has_quote,
    interview_on_air,
    interview_words,
    issue_in_brackets_note_form,
    issue_months_spelt,
    issue_then_title,
    may_be_interview,
    name_first_interview,
    newspaper_issue,
    numbered_lead,
    place_and_publisher_paren,
    quote_inside_title,
    series_lead,
    speaker,
    strip_locator,
    unmarked_title_code,
    untitled_speech,
    without_eu_number,
    without_latin,
    without_office,
)
from .namelists import closed_list
from .names import (
    ACRONYM_AFTER_RE,
    ACRONYM_ALONE_RE,
    ARABIC_ARTICLES,
    BODY_HEAD_WORDS,
    ELIDED_ARTICLE_RE,
    ET_AL_RE,
    HONORIFICS,
    INITIALS_RE,
    OFFICE_WORDS,
    ORG_FUNCTION_WORDS,
    ORG_WORDS,
    SURNAME_LIST_RE,
    body_list,
    family_case,
    has_body_ending,
    inverted_name_before_title,
    inverted_names,
    is_first_name,
    is_given_name,
    is_organisation,
    looks_like_names,
    organisation_name,
    parse_name,
    parse_names,
)
from .places import dateline_city, known_country, known_place, known_region, publishing_city

# The guests of a podcast's episode, after its quoted title: ", interview with Michael Roe and Rob Doe," before "podcast"
PODCAST_GUESTS_RE = lazy(r"(?:(?<=[’'”\"]),\s+|(?<=,[’'”\"])\s+)(?:interview\s+with|conversation\s+with|featuring|with\s+guests?)\s+[^,;“”\"]{3,120}"
                         r"(?=,[^“”\"]{0,120}\bpodcast\b)")
# Mexico City's old district after the town's name: "México, D.F.", "México, df"
MEXICO_DF_RE = lazy(r"(?<=M[ée]xico),\s+(?:D\.\s?F\.|df|DF)(?=,\s+(?:(?:1[5-9]|20)\d\d[.,]|\p{Lu}))")
# (only among facts set off by commas, before the publisher or the year: "(México, D.F.: FCE, 1994)" stays as printed)
# A chapter's book after "en:" and its editor's names family first: "…», en: Lomnitz, Claudio (coord.), *Vicios …*"
IN_COLON_EDITOR_RE = lazy(r"(?<=[,”»\"'’]\s{0,2})\b(?P<en>[Ee]n|[Ii]n):(?!\s*(?:https?://|www\.))\s+(?:(?P<family>\p{Lu}[\p{L}'’\- ]{1,40}?),\s+"
                          r"(?P<given>\p{Lu}[\p{L}.'’\- ]{0,40}?)\s+(?=\((?i:eds?|coords?|comps?|dirs?|orgs?)\.\)))?")


def _in_editor_as_named(m: regex.Match) -> str:
    """ "en: Lomnitz, Claudio (coord.)" -> "en Claudio Lomnitz (coord.)"; "en: Steve J. Stern (ed.)" -> "en Steve J. Stern (ed.)"."""
    if m.group("family"):
        return f"{m.group('en')} {m.group('given').strip()} {m.group('family').strip()} "
    return f"{m.group('en')} "


# What a document is, printed after its title in lower case: "transcript", "working paper", "issue brief", "fact sheet"
DOCUMENT_GENRE_RE = lazy(r"(?:(?:unpublished|draft)\s+)?(?:transcript|(?:working|discussion|background|briefing|occasional|research|"
                         r"policy|white|conference|position|concept)\s+paper|(?:issue|policy)\s+brief|fact\s+sheet|"
                         r"press\s+release|news\s+release|memorandum|memo|manuscript|mimeo|preprint|report)")
# The body a statement was released by, closing what was given: "audio statement released by al-Kataib Media Foundation"
RELEASED_BY_BODY_RE = lazy(r"\s+(?:released|issued|published|distributed)\s+(?:by|through|via)\s+(?P<body>\S.{2,80})$")
# A day, then the body that issued the work, closing the note: "…, August 3, 2022, The White House."
DATE_THEN_ISSUER_END_RE = lazy(r",\s+(?P<date>(?:\p{Lu}\p{Ll}{2,8}\.?\s+\d{1,2},\s+|\d{1,2}\s+\p{Lu}\p{Ll}{2,8}\.?\s+)(?:1[5-9]|20)\d\d),\s+"
                               r"(?P<issuer>(?:The\s+)?\p{Lu}[^,;()\d“”\"*]{2,80}?)\.?$")
# a part of a name list that only says what the names did: "eds.", "ed.", "comps."
ROLE_ONLY_RE = lazy(r"(?i)^\(?(?:eds?|comps?|coords?|dirs?|trans|tr|trad)\.\)?$|^eds$|^hosts?$")  # (British "eds" with no full stop; "Ed" may be a name)
# a site named by its domain alone, as its own part of a note: ", elpoderdelconsumidor.org."
DOMAIN_ONLY_RE = lazy(r"(?i)(?<=,\s|^)[a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63}){0,4}\.(?:gov|gob|org|com|net|edu|int|mil|info)(?:\.[a-z]{2})?(?=[.,;]?\s*$|,|\s*\()")
# a word of four letters or more: a date phrase with one that is no month name is more than a date
LONG_WORD_RE = lazy(r"\p{L}{4,}")
# American punctuation inside a closing quote: '...Luricocha," Peru'
COMMA_INSIDE_QUOTE_RE = lazy(r',(["”’])')
# a title that goes on after its quoted part: '"The Hour of Eugenics": Race, Gender'
TITLE_CONTINUES_RE = lazy(r"^:\s*[^,(]+")
# The same after a quoted title closing on "!": '"This Is Our House!" A Preliminary Assessment … (…)' (after a "?" a
# series or a journal follows with no comma as often: '"… Did They Go Too Far?" IZA Policy Paper No. 39 (…)')
TITLE_AFTER_MARK_RE = lazy(r"^\s+\p{Lu}[^,(“”\"]+")

# names that edit the book: "Steve J. Stern, ed."
# who translated the work, named where its author would be: "Ralph D. Roe, trans.", and who hosts a programme
ENDS_WITH_TRANS_RE = lazy(r"(?i),\s*(?:trans|tr|trad)\.$", regex.REVERSE)
ENDS_WITH_HOSTS_RE = lazy(r"(?i),\s*(?:hosts?|presenters?)$", regex.REVERSE)
ENDS_WITH_EDS_RE = lazy(r"(?i),?\s*(?:\((?:eds?|comps?|coords?|orgs?|dirs?)\)|\(?(?:(?:eds?|comps?|coords?|orgs?|dirs?)\.|a\s+cura\s+di)\)?)$"
                        r"|,\s*eds$",
                        regex.REVERSE)  # "(coord.)", "(org.)", "(a cura di)", and British "(eds)" with no full stop

# what follows "ed." up to the next comma or parenthesis: the editors' names
UP_TO_COMMA_RE = lazy(r"[^,(]{2,120}")
# A press release's number after the words: "press release JS-1720", "news release No. 23-114", "press release SC/13148"
RELEASE_NUMBER_RE = lazy(r"[ \t]+(?:(?i:no\.|nr\.|n°|#)[ \t]*)?(?P<number>(?=[\w/\-.]{0,24}\d)[A-Z\d][\w/\-.]{0,24}?)(?=[ \t]*(?:,|$))")

# a place printed with its state or country code and no publisher: "Washington, DC", "Boulder, Colo."
CITY_AND_STATE_RE = lazy(r"^\p{Lu}[\p{L}.'’ -]{1,40},\s*(?:\p{Lu}\.?\p{Lu}\.?|\p{Lu}\p{Ll}{1,4}\.)$")

# the speaker named in an unmarked title: "Testimony of William R. Brownfield", "Remarks by Jane Doe"

# a newspaper's city between its name and the date: ", Lima, 3 de marzo de 2014"
# A kind of document or a series where a city might stand after the body: "Briefing Paper Series", "Pressemitteilung"
DOCUMENT_KIND_END_RE = lazy(r"(?i)(?:\bseries|pressemitteilung|mitteilung|\bcommuniqué|\bcomunicado|\bnota\s+de\s+prensa|"
                            r"\bpress\s+(?:release|statement)|\bmedia\s+note|\bfact\s+sheet|\bblog\s+post|"
                            r"\b(?:policy|issue|research|briefing|working|occasional|discussion|analysis)\s+(?:brief|paper|note|report)s?)$")
CITY_BEFORE_DATE_RE = lazy(r"^(?:\s*\(\p{Lu}[\p{L}.&\-]{1,11}\))?\s*,\s*(?P<city>\p{Lu}[\p{L}.'’-]+(?:\s+\p{Lu}[\p{L}.'’-]+){0,2}"
                          r"(?:,\s*(?:[A-Z]{2}|[A-Z]\.\s?[A-Z]\.))?),\s*(?=\d|\p{L}+\.?\s+(?:de\s+)?\d)")
# (with its state: "…, RAND Corporation, Santa Monica, CA, 2012", "Washington, D.C.")

# (after the body's acronym in brackets: "…, Instituto de Estudios para el Desarrollo y la Paz (Indepaz), Bogotá, 2013")
# a chapter's book after "in": "in Shining and Other Paths"
IN_BOOK_RE = lazy(r"(?i)^in\s+")
# "in"/"en" before an outlet's name in italics or quotes: only where the piece appeared
PUBLISHED_IN_OUTLET_RE = lazy(r"(?i)^(?:in|en|dans|em)\s+(?=[*“\"«])")
# "en" (Spanish, French), "dans", "em" before a book: a chapter when the book has its publication facts
# (before a newspaper, "en *El Comercio*", it only says where an article appeared)
# A journal's volume, the article's pages and the year in brackets, as Nature prints them, after a quoted title and the
# journal's name: "“Heat-related mortality …,” *Nature Medicine* 29, 1857–1866 (2023)."
VOLUME_PAGES_YEAR_END_RE = lazy(r"(?<=[”\"][^“”\"]{2,120}[\p{L}*])\s(?P<vol>\d{1,4}),\s(?P<pages>\d{1,6}\s?[-–]\s?\d{1,6})\s"
                                r"\((?P<year>(?:1[5-9]|20)\d\d)\)(?P<end>\.?\s*)$")
# "en" and a capital after a closing quote with no comma between, as Nueva Sociedad prints a periodical or a book:
# "«Título» en El Espectador, 10/5/2022", "«Criminal Rebels?» en Politics & Society vol. 32 No 2"
EN_THEN_CAPITAL_RE = lazy(r"\s(?:en|em)\s\p{Lu}")
# The same words before an outlet printed plain: "…», en El Espectador, 10/5/2022" (a capital follows)
IN_OUTLET_WORD_RE = lazy(r"^(?:en|em|dans)\s+(?=\p{Lu})")
IN_BOOK_OTHER_RE = lazy(r"(?i)^(?:en|dans|em)\s+(?=\S)")
# Two or more editors named by family before the short title of their volume, without "eds.":
# "Karp and Lavine, Exhibiting Cultures, 88-103"
EDITORS_THEN_TITLE_RE = lazy(r"(?P<eds>\p{Lu}[^,;()“\"*\d]{0,60}?(?:,\s\p{Lu}[^,;()“\"*\d]{0,40}?){0,4},?\s(?:and|&|y|et|und)\s"
                             r"\p{Lu}[^,;()“\"*\d]{0,40}?),\s+(?=[\p{Lu}*“\"])")  # ("in Roe, Doe, and Poe, Title, 34": three editors)

# "pp. 12" is no outlet
PAGE_WORD_RE = lazy(r"(?i)^(?:p|pp)\.")

# "Senior official, interview by the author"
INTERVIEW_BY_RE = lazy(
    r"(?i),?\s*(?:(?:(?P<medium>telephone|phone|skype|zoom|e-?mail|video|in-person|personal|recorded)\s+)?"
    r"interview(?:ed)?\s+by\s+(?!(?:tele)?phone\b|e-?mail\b|skype\b|zoom\b|whatsapp\b|signal\b|video\b)(?P<who>[^,(]+)|"
    r"interview\s+with\s+(?P<who>(?:the\s+)?authors?)(?=\s*(?:[,(.]|$))|"  # ("Lt. Gen. Jane Roe, interview with author, …")
    r"(?P<genre>e-?mail(?:\s+message)?|letter|message|correspondence|"
    r"conversation|communication|(?:tele)?phone\s+call)\s+(?:to|with|from)\s+(?P<who>(?:the\s+)?authors?)\b"
    r"|(?P<genre>(?:personal|private)\s+communication)(?=\s*(?:,|$)))")

# Publication facts printed without parentheses after an italic title, as French and Spanish notes print
# them: "Jean Dupont, *Histoire du café*, Paris, Seuil, 2005, p. 12", "*Qué difícil es ser Dios*, Lima, IEP, 2011"
BARE_PUBLICATION_RE = lazy(
    r"^(?P<before>[^*]{0,200}\*[^*]{2,300}\*),\s*(?P<place>\p{Lu}[\p{L}.'’ -]{1,30}?),\s*"
    r"(?P<publisher>\p{Lu}[^,()\d]{0,80}?),\s*(?P<year>1[5-9]\d\d|20\d\d)(?P<after>(?:,[^()]*)?)\.?$")


def _place_and_publisher(place: str, publisher: str) -> bool:
    """Two names that can be a town and a publisher: no month (a newspaper's "London, March 3, 2014")."""
    words = {w.lower().rstrip(".") for w in (place + " " + publisher).split()}
    return words.isdisjoint(dates.MONTHS) and len(place.split()) <= 4


# Correspondence between officials, cited by its kind, sender and recipient before its subject:
# "Cable, U.S. Embassy Lima to Secretary of State, “Subject,” ...", "Memorandum, Director to Minister, “...”"
CORRESPONDENCE_RE = lazy(
    r"(?i)^(?P<genre>(?:diplomatic\s+)?cable|telegram|airgram|memorandum|memo|letter|dispatch)\s*,\s*"
    r"(?P<who>[^,“\"*]{2,120}?)\s+to\s+(?P<to>[^,“\"*]{2,120}?),\s+(?=[“\"*])")

# A speech described by whom or what it was given to, at or before: "Address to the … General Assembly", "opening remarks
# at the … Summit"
DESCRIBED_SPEECH_RE = lazy(r"\s(?i:to|at|before|on\s+the\s+occasion\s+of|marking|for|zum|zur|vor|anlässlich)\s+(?:the\s+|der\s+|des\s+|dem\s+|den\s+)?(?:\d{1,3}(?:st|nd|rd|th)\s|\p{Lu})")
# (a body or an event by its name, in capitals, or its numbered session: not "address to the nation")
SAID_AT_RE = lazy(r"(?i)\s(?:to|at|before)\s")
# "the author" is no name
THE_AUTHOR_RE = lazy(r"(?i)^(?:the\s+)?(?:author|writer)s?$")

# "(Washington, DC)" -> "Washington, DC"
PARENS_RE = lazy(r"[()]")

# "the author with a coca grower" -> "the author" | "a coca grower"
WITH_INSIDE_RE = lazy(r"(?i)\s+(?:with|con|avec|mit)\s+")

# "with Juan Pérez" -> "Juan Pérez"; Spanish "Entrevista con una enfermera" -> "enfermera" (the
# description, as a Spanish catalogue records it; English keeps "a coca grower" as printed)
# The interviewer named as the writer, between "interview" and the interviewee: "Entrevista del autor con ..."
BY_THE_AUTHOR_RE = lazy(r"(?i)^(?:(?:conducted|carried\s+out|held|done|realizadas?|hechas?)\s+)?"
                        r"(?:by\s+the|del|de\s+la|por\s+el|por\s+la|de\s+l['’]|de\s+la\s+part\s+de\s+l['’]|do|da|pel[oa]|der|des)\s*"
                        r"(?:authors?|autor(?:a|es|in|innen|s)?|auteure?|verfasser(?:in|s)?)\b\s*(?:in\s+|en\s+(?=\p{Lu})|em\s+(?=\p{Lu}))?")
# The verb of a sentence saying the interviews were held: "Interviews were conducted with …"
HELD_VERB_RE = lazy(r"(?i)^(?:were|was|have\s+been|had\s+been)\s+(?:conducted|held|carried\s+out)\s+")
# ("Gespräch der Autorin mit …", "Interview des Verfassers mit …": German names who asked before "mit")
WITH_RE = lazy(r"(?i)^\s*(?:with|avec|mit|met|com|med|ile|sa|(?:con|a(?=\s+(?:un|una|unos|unas|el|la|los|las)\s))(?:\s+(?:un|una|unos|unas|um|uma))?)\s+")

# "leaders on" (before a removed date) -> "leaders"
SPANISH_WITH_RE = lazy(r"(?i)^al?\s+(?=\p{L})")
TRAILING_PREPOSITION_RE = lazy(r"(?i)\s+(?:on|in|at|el|en|le|am)$", regex.REVERSE)

# "force leader in Luricocha at the meeting" -> Luricocha
IN_PLACE_RE = lazy(r"(?<!\b(?:based|living|resident|residing|stationed|working|born|exiled|detained|imprisoned|radicad[oa]s?|"
                   r"residente|resident[ea]s?|afincad[oa]s?|exiliad[oa]s?|nacid[oa]s?|detenid[oa]s?|preso|presa|basad[oa]s?))"
                   r"\s+(?:in|en|near|at)\s+(?P<place>\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)*)(?![\p{L}-]|\s\d)")
# (a name with a number is a unit, no place: "a former officer in Unit 8200")

# How an interview was held, set apart by commas: "by telephone", "conducted by phone", "via WhatsApp"
INTERVIEW_MEDIUM_RE = lazy(
    r"(?i)^(?:conducted\s+|held\s+)?(?:(?:by|via|over|through|on|por|vía|par)\s+(?:an?\s+)?(?=\S)|(?=in[-\s]person\b))"
    r"(?P<medium>in[-\s]person|(?:tele)?phone|whatsapp|signal|"
    r"skype|zoom|e-?mail|telegram|facebook\s+messenger|video\s*(?:call|link|conference)?|teléfono|correo\s+electrónico|"
    r"videollamada|téléphone|(?:(?:encrypted|secure|online)\s+)?(?:messaging|chat)\s+(?:app(?:lication)?|service|platform)|"
    r"(?:encrypted|secure)\s+(?:messaging|messages?|chat)|text\s+messages?|(?:direct|private)\s+messages?)$")
# How an interview was held, in brackets after where: "Tunis (by telephone)", "4.4.2024 (telefonisch)", "(por teléfono)"
MEDIUM_PAREN_RE = lazy(r"\s*\((?P<inner>[^()]{3,40})\)$")
BARE_MEDIUM_RE = lazy(r"(?i)^(?:telefonisch|per\s+(?:telefon|video(?:konferenz)?|e-?mail|zoom|skype)|telef[oó]nic(?:a|o|amente)|"
                      r"par\s+t[eé]l[eé]phone|t[eé]l[eé]phonique|online|remotely|virtual(?:ly)?|en\s+l[ií]nea)$")
# The same, opening what follows the word "interview": "by telephone with a witness"
LEADING_MEDIUM_RE = lazy(INTERVIEW_MEDIUM_RE.source.removesuffix("$") + r"(?=\s|,|$)")
# What was said or shown, named between its title and who issued it: "discurso", "audio statement", "video"
SAID_GENRE_RE = lazy(r"(?i)(?:(?:audio|video|vídeo|recorded|televised|radio|prepared|written|nobel|inaugural|keynote|commencement|"
                     r"presidential|farewell|acceptance|memorial)\s+)?(?:statement|message|address|speech|remarks|testimony|"
                     r"discurso|mensaje|declaración|sermon|lecture|recording|grabación)|video|vídeo|"
                     r"audio(?:\s+recording)?|(?:national|televised|radio|nationwide)\s+(?:broadcast|address)")
# ("“Declaration of State of Emergency …,” national broadcast, Abuja, <date>": a head of state's address; "…,” Nobel
# Lecture, Oslo, <date>", "…,” inaugural address, <place>")
# The kind of a newspaper piece, named between its title and the outlet: "editorial", "op-ed", "obituary"
NEWS_GENRE_RE = lazy(r"(?i)(?:editorial|op-ed|opinion|column|commentary|obituary|letter\s+to\s+the\s+editor|news\s+analysis|"
                     r"analysis|blog\s+post|feature|editorial\s+board|tribuna|columna|opinión|nota\s+editorial|éditorial|tribune|"
                     r"kommentar|leitartikel)")
# The event named at the end of an unmarked speech title: "Remarks by X at the Example Security Forum"
SPEECH_AT_EVENT_RE = lazy(r"\s+(?:at|to|before|en|ante)\s+(?:the\s+|el\s+|la\s+)?(?P<event>\p{Lu}[^,;]{2,120})$")
# "s 27(2)", "ss. 4-6": the section mark before a statute's section number
SECTION_MARK_RE = lazy(r"^ss?\.?\s*(?!ch\b)")  # ("s 27(2)" -> "27(2)"; a schedule, "sch 1", keeps its word)
# A translation of the title in brackets right after it: "[The coca growers of the valley]"
TRANSLATED_TITLE_RE = lazy(r"\s*\[[^\[\]]{2,300}\]")
# Han characters after a romanised title, before its translation or the next fact: ' 海上维权要坚持底线思维'
HAN_AFTER_TITLE_RE = lazy(r"\s*\p{Han}[\p{Han}\p{P}\s]{0,60}?(?=\s*[\[,])")
# An outlet's name in characters and its translation after its romanisation: ", Jiefangjun bao 解放军报 [PLA Daily],"
HAN_AND_GLOSS_IN_OUTLET_RE = lazy(r"(?<=^[\s,]*(?:\[[^\[\]]{2,300}\])?[\s,]*[\p{Latin}][\p{Latin}'’ .-]{1,60})\s+\p{Han}{1,12}(?:\s*\[[^\[\]]{2,60}\])?(?=\s*,)")
# A phrase that names where something was said or held: "before the House Subcommittee", "at the Forum"
EVENT_LEAD_RE = lazy(r"(?i)(?:before|at|to|in|on|for|ante|en|à|au|vor|issue|no\.|vol\.)\b")
# An official gazette named after a law's title, and its number: ", Diario Oficial El Ejemplo", ", Official Gazette of
# Example, no. 4421"
GAZETTE_RE = lazy(r"(?i),\s+(?P<gazette>(?:diario|boletín|boletin|gaceta|registro)\s+oficial[^,;]{0,60}|official\s+(?:gazette|journal)"
                  r"[^,;]{0,60}|journal\s+officiel[^,;]{0,60}|bundesgesetzblatt[^,;]{0,30}|gazzetta\s+ufficiale[^,;]{0,60})"
                  r"(?P<number>,\s*(?:no\.|n\.?\s?[º°]|núm\.|nr\.|issue)\s*\d{1,6})?$")
# Prose saying where a law was published, after its name: ", publicada en el diario oficial *El Peruano* el"
PUBLISHED_IN_RE = lazy(r"(?i),\s+(?:publicad[oa]s?|published|promulgad[oa]|publiée?|veröffentlicht|publicad[oa]\s+y\s+promulgad[oa])"
                       r"\s+(?:en|in|dans|im)\b")
# "Personal interview, ..." -> "Personal interview"
GENRE_RE = lazy(r"(?i)^\s*((?:[\p{L}'’]+\s+){0,4}(?:interview|communication\s+personnelle|communication|conversation|correspondence|entrevista|"
                r"comunicaci[oó]n|conversaci[oó]n|correspondencia|entretien|focus\s+groups?|grupos?\s+focal(?:es)?|meetings?|messages?|"
                r"correo(?:\s+electr[oó]nico)?|courriel|mensajes?|mensagem)" + INTERVIEW_QUALIFIER + ")")

# "Smith and Jones" -> Smith | Jones
# Two surnames joined by "with", as a short form names a book and the writer who helped: "Jadoon with Mines"
SURNAMES_WITH_RE = lazy(r"\p{Lu}[\p{L}'’\-]+(?:\s+\p{Lu}[\p{L}'’\-]+)?\s+with\s+\p{Lu}[\p{L}'’\-]+(?:\s+\p{Lu}[\p{L}'’\-]+)?")
SHORT_NAMES_SPLIT_RE = lazy(r"\s*(?:,\s*(?:and|et|und)\s+|\s+(?:and|y|et|und|with)\s+|,\s*|&|(?<=\p{L})/(?=\p{Lu}))\s*")
# (German notes part the names with a slash: "Neu/Pokorny (Anm. 18), S. 4")

# "undated", "n.d.", "pp. 4" are no outlet
NOT_AN_OUTLET_RE = lazy(r"(?i)^(?:undated|n\.\s?d\.?|s\.\s?f\.?|s/f|sin\s+fecha|pp?\.\s*\d)")

# a final "U.S." or "etc." keeps its period
ABBREVIATION_END_RE = lazy(r"(?:\b\p{Lu}|\.\p{L}|etc|\b(?:Inc|Ltd|Co|Corp|Bros|Jr|Sr|St|Dept|Govt))\.$")  # ("Kleptocracy, Inc.")

# quotation marks that may close a title: "...'Gabriel,'" keeps its quote, not its comma
CLOSING_QUOTES = ("'", '"', "’", "”")

# runs of white space
SPACES_RE = lazy(r"\s+")

# "pp." before a range
PP_RE = lazy(r"(?i)pp?\.")

# "470 – 72" -> "470-72"
DASH_RE = lazy(r"\s*[-–—]\s*")

# "in Graham H. Turbiville ed., *Global...*" / "in Kees Koonings and Dirk Kruijt eds., *Societies*"
IN_EDITORS_FIRST_RE = lazy(r"(?i)^(?:in|en|dans|em)\s+(?P<eds>[^*“\"()]{2,300}?),?\s+(?:eds?\.(?![ \t]+(?:and\s+trans|(?-i:\p{Lu})))|eds(?=,)|\((?:eds?|éds?|dirs?|coords?|orgs?|comps?|hrsg|hg)\.?\)|editors?|comps?\.|coords?\.|(?-i:et\s+al\.)(?:,\s*eds?\.?)?(?=,))\s*,?\s*")
# ("en Erik Velásquez García et al., Nueva historia general de México, …": the volume's makers, then its title; British
# "in Jane Roe and John Doe, eds, Title (…)", with no full stop; not "in Historical Writings, ed. and trans. Jane Roe",
# "in Writings, ed. Jane Roe": the book, then who edited it)
# "in *Book*, ed. Jane Doe" / "in *Book*, edited by Jane Doe and John Roe"
EDITED_BY_RE = lazy(r"(?i)(?:^|,\s*|\s+)(?:eds?\.|edited\s+by|ed\.\s+by|comp\.|coord\.|dir\.)\s+(?P<eds>[^,(]{2,160}?)(?=\s*\(|,|$)")
EDITED_AND_TRANSLATED_RE = lazy(
    r"(?i)(?:^|,\s*|\s+)(?:eds?\.\s+and\s+trans\.|trans\.\s+and\s+ed\.|edited\s+and\s+translated\s+by|"
    r"translated\s+and\s+edited\s+by)\s+(?P<who>[^,(]{2,160}?)(?=\s*\(|,|$)")
# (with the language it was translated from, which names no one: "trans. from the Italian by Jane Roe", "translated
# from the French", "traducido del inglés por …")
TRANSLATED_BY_RE = lazy(r"(?i)(?:^|,\s*|\s+)(?:(?:trans\.|translated|tr\.|trad\.|traducid[oa]|traduit)(?:\s+from\s+(?:the\s+)?|\s+del?\s+|\s+de\s+l['’])"
                        r"\p{L}+(?:\s+(?:by|por|par)(?=\s)|(?=\s*\(|,|$))|trans\.|translated\s+by|tr\.|traducción\s+de|tradução\s+de|"
                        r"traduction\s+de|trad\.(?:\s+(?:de|por|par)(?=\s))?)(?:\s+(?P<tr>(?!from\s)[^,(]{2,160}?))?(?=\s*\(|,|$)")
# The director of a film or video: "Example Documentary, directed by Jane Roe (Lima: Example Films, 2015)"
DIRECTED_BY_RE = lazy(r"(?i)(?:^|,\s*|\s+)(?:directed\s+by|dirigid[oa]\s+por|réalisé\s+par|regie:?)\s+(?P<who>[^,(]{2,160}?)(?=\s*\(|,|$)")
ACCESSED_RE = lazy(r"(?i)[,.]?\s*(?:last\s+)?(?:accessed|consultado(?:\s+el|:)?|consulta(?:\s+el|:)|fecha\s+de\s+consulta:?|retrieved|visited|viewed(?=\s+(?:on\s+)?\d)|downloaded|consulté\s+le|(?:zuletzt\s+)?abgerufen\s+am|"
                   r"letzter\s+zugriff(?:\s+am)?:?|zugriff\s+am:?|acess(?:o|ado)\s+em:?|as\s+of|"
                   r"consultato\s+il|ultima\s+consultazione:?|geraadpleegd(?:\s+op)?|hämtad|lest|besøgt|erişim(?:\s+tarihi)?:?|"
                   r"дата\s+обращения:?)"  # (Russian: "(дата обращения: 12.05.2020)")
                   r"\s+(?:on\s+)?[^;()]{0,30}?\d{4}(?:-\d{1,2}-\d{1,2})?")  # (Dutch, Swedish, Norwegian, Danish, Turkish)
# A journal, its volume, the year in brackets and the pages, set off by commas after a quoted title, as British notes
# print them: "…', Disasters, 20 (1996), 216–30", "…’, *Past & Present*, 126 (1990), pp. 3–29"
BRITISH_JOURNAL_RE = lazy(r"(?<=[’'”\"],?\s{1,3})(?P<journal>\*[^*]{2,120}\*|\p{Lu}[^,;()*“”\"]{1,120}?),\s+(?P<volume>\d{1,4})"
                          r"(?:\s*\((?P<issue>[\w/–-]{1,9})\))?\s+\((?P<year>[^()]{0,20}?(?:1[5-9]|20)\d\d)\),\s+(?:pp?\.\s*)?"
                          r"(?P<pages>[\dxivlc]{1,6}(?:\s*[-–]\s*[\dxivlc]{1,6})?)(?=[,.;]|\s*$)")
# The same with the volume and its issue after a comma or a slash: "'Title', African Affairs 117, 467 (2018), pp. 217–37",
# "'Title', Journal of Example Studies 9/3 (2015), pp. 1–20", "International Security 31, 3 (2006/07), pp. 74–106"
BRITISH_VOLUME_ISSUE_RE = lazy(r"(?<=[’'”\"],?\s{1,3})(?P<journal>\*[^*]{2,120}\*|\p{Lu}[^,;()*“”\"\d]{1,120}?)\s+(?P<volume>\d{1,4})"
                               r"(?:,\s*|/)(?P<issue>\d{1,4}(?:[-–]\d{1,4})?)\s+\((?P<year>[^()]{0,20}?(?:1[5-9]|20)\d\d(?:/\d{2})?)\),\s+"
                               r"(?:pp?\.\s*)?(?P<pages>[\dxivlc]{1,6}(?:\s*[-–]\s*[\dxivlc]{1,6})?)(?=[,.;]|\s*$)")
# The same with every number set off by commas, as older JMAS notes print them: "'Title', African Affairs, 103, 412, 2004,
# pp. 385–412", "International Security, 31, 3, 2006/07, pp. 74–106"
COMMA_NUMBERS_JOURNAL_RE = lazy(r"(?<=[’'”\"],?\s{1,3})(?P<journal>\p{Lu}[^,;()*“”\"\d]{1,120}?),\s+(?P<volume>\d{1,4}),\s+"
                                r"(?P<issue>\d{1,4}(?:[-–/]\d{1,4})?),\s+(?P<year>(?:1[5-9]|20)\d\d)(?:/\d{2,4})?,\s+"
                                r"(?:pp?\.\s*)(?P<pages>[\dxivlc]{1,6}(?:\s*[-–]\s*[\dxivlc]{1,6})?)(?=[,.;]|\s*$)")
# A news outlet, a day and an address, nothing else: "Reuters, February 17, 2024, https://…", "Meduza, 17 February 2024: https://…"
OUTLET_DATE_ADDRESS_RE = lazy(r"^(?P<outlet>\p{Lu}[^,;:“”\"*()]{1,50}),\s+(?P<date>[^,;:()]{3,20}(?:,\s+(?:1[89]|20)\d\d)?)[,:]\s+"
                              r"(?P<url>https?://\S+?)[.;,]?$")
# A report's series and number after the body that issues it: "Special Report 308", "Serie Informes No. 30",
# "Analysis Paper No. 20", "Research Paper 12"
SERIES_AFTER_ISSUER_RE = lazy(r"^\s*,?\s*(?P<series>(?:\p{Lu}[\p{L}-]*\s+){0,3}(?:Report|Paper|Brief|Briefing|Informes?|Note|Papers)"
                              r"\s+(?:No\.\s*|N[°º]\s*|Nr\.\s*)?[A-Z]{0,3}-?\d{1,5}(?:[-/:]\d{1,5})?)(?=\s*,|\s*$)")
# RAND's date of reading before an address: ". As of June 12, 2023: https://…"
AS_OF_ADDRESS_RE = lazy(r"[.,]?\s+As\s+of\s+(?P<date>[^:;()]{3,30}?\d{4}):\s*(?=https?://|www\.)")
# One of these (lower case) is in every access note ACCESSED_RE removes
# Words before the date a page or post bears: "last modified June 2, 2020", "posted April 4, 2018", "updated"
DATE_LEAD_WORDS_RE = lazy(r"(?i),?\s*(?:(?:page\s+)?last\s+(?:modified|updated|reviewed)|updated|modified|posted|published|"
                          r"(?<=[”\"]\s)(?:broadcast|aired))(?:\s+on)?\s+"
                          r"(?=\p{L}{3,9}\.?\s+\d|\d)")
# A revision's or an archive's date after the date of publication: "(updated September 9, 2024)", ", archived March 1, 2022, at"
_REVISED = r"(?:last\s+)?(?:updated|modified|revised|archived)(?:\s+on)?\s+[^;()]{0,20}?\d{4}"
REVISION_DATE_RE = lazy(rf"(?i)\s*\({_REVISED}\)|[,;]?\s*{_REVISED}(?:,?\s+at\b)?")
ACCESSED_WORDS = ("accessed", "consulta", "retrieved", "visited", "viewed", "downloaded", "consulté", "abgerufen", "acesso em", "acessado em",
                  "consultato", "consultazione", "zugriff", "geraadpleegd", "hämtad", "lest ", "besøgt", "erişim", "обращения")  # "last modified" dates the page
# The endings DOMAIN_ONLY_RE and BARE_DOMAIN_URL_RE know, one of which a bare domain must hold
DOMAIN_ENDINGS = (".gov", ".gob", ".org", ".com", ".net", ".edu", ".int", ".mil", ".info")
# What kind of document a title is, printed after it where an outlet would be: "report", "mimeo"
REPORT_LABEL_RE = lazy(r"(?i)(?:(?:special|annual|research|technical|final|country|thematic|situation)\s+)?(?:report|informe|rapport|bericht)"
                       r"|(?:working|policy|discussion|background|white|concept|occasional|research|briefing|position)\s+paper"
                       r"|policy\s+(?:brief|note|memo)|briefing(?:\s+note)?|issue\s+brief|documento\s+de\s+trabajo|pre-?print"
                       r"|report\s+(?:by|of)\s+the\s+(?:director[-\s]general|secretary[-\s]general|executive\s+director|"
                       r"high\s+commissioner|special\s+rapporteur|panel\s+of\s+experts)")  # (IAEA: "Report by the Director General")
DATA_LABEL_RE = lazy(r"(?i)dataset|data\s+set|database|online\s+database|base\s+de\s+datos")
DOCUMENT_LABEL_RE = lazy(REPORT_LABEL_RE.source + r"|mimeo(?:graph)?|unpublished\s+(?:paper|document|report)|manifesto|"
                         r"(?:resolution|decision)\s+adopted(?:\s+(?:on\s+)?(?:\d{1,2}\s+\p{L}{3,9}|\p{L}{3,9}\s+\d{1,2},)\s+\d{4})?|"
                         r"persbericht|communiqu[ée]\s+de\s+presse|"  # ("Resolution adopted on 8 June 2022": the IAEA Board's)
                         r"basın\s+(?:açıklaması|duyurusu|bülteni)|pressemelding|pressmeddelande|pressemeddelelse|"
                         r"saopćenje|saopštenje|priopćenje|saopštenje\s+za\s+javnost|"  # (Turkish, Scandinavian, BCS releases)
                         r"media\s+note|press\s+statement|readout|fact\s+sheet|"
                         r"internal\s+(?:document|memo)|documento\s+interno|" + DATA_LABEL_RE.source.removeprefix("(?i)"),
                         regex.IGNORECASE)
# A broadcaster's call sign: "KSVR-AM", "WNYC-FM", "KXAN-TV"
STATION_RE = lazy(r"(?<![\p{L}\d])[A-Z]{3,4}-(?:AM|FM|TV|DT)(?![\p{L}\d])")
# A broadcaster named after a programme's title: "*60 Minutes*, CBS News, <date>", "*Morning Edition*, NPR, <date>"
NETWORK_RE = lazy(r"(?P<network>(?:CBS|NBC|ABC|PBS|NPR|CNN|MSNBC|BBC|ITV|Fox|Channel\s4|Al\s?Jazeera|Al-Manar|Al\s?Arabiya|"
                  r"France\s24|RFI|Deutsche\s+Welle|DW|Univision|Telemundo|CBC|ABC\s+Australia|Radio\s+\p{Lu}[\p{L}]+)"
                  r"(?:\s+(?:News|Radio|One|Two|Four|World\s+Service|Television|TV))?)(?=,|\.?$)")
# The same kind printed last, after the date: "…, 15 de agosto de 2013, mimeo"
TRAILING_DOCUMENT_LABEL_RE = lazy(r"(?i),\s*(?P<label>mimeo(?:graph)?|unpublished(?:\s+(?:paper|document|manuscript|report))?|"
                                  r"typescript|draft|internal\s+document|documento\s+interno|inédito)$", regex.REVERSE)
# How the words that date a treaty end ("adopted", "signed", "opened for signature", "suscrito", "firmada"): a cheap
# test before the patterns
TREATY_VERB_ENDINGS = ("pted", "gned", "ture", "uded", "tado", "tada", "rito", "rita", "mado", "mada")
# A series of papers named between a title and its publication facts: "Adelphi Papers", "Occasional Paper Series"
SERIES_PLURAL_RE = lazy(r"(?i)\b(?:papers|paper\s+series|series|reports|studies|briefs|monographs?|cahiers|documentos|"
                        r"working\s+papers|occasional\s+papers)$")
# A body's name between a site's and the date: ", Center for Strategic and International Studies, December 17, 2018"
BODY_BEFORE_DATE_RE = lazy(r"^\s*,\s*(?P<body>\p{Lu}[^,;()“\"*]{3,100}?),\s*(?=\p{L}{3,9}\.?\s+\d|\d)")
# PubMed's numbers for an article: "PMID: 21112623", "PMCID: PMC7473033", "PMC7473033"
PUBMED_ID_RE = lazy(r"[,.;]?\s*\b(?:(?i:pmid):?\s*\d{4,10}|PMCID:?\s*PMC\d{4,10}|PMC\d{4,10})\b\.?")
# A DOI printed bare: "doi:10.5555/x", "DOI: 10.5555/x", "DOI 10.5555/x"
DOI_RE = lazy(r"(?i),?\s*\bdoi\s?:?\s*(?P<doi>10\.\d{4,9}/[^\s\"<>,;]+)")
# A news site named by its domain: "Gazeta.ru", "Lenta.ru", "Meduza.io", "Ukrinform.net"
SITE_NAME_RE = lazy(r"\p{Lu}[\p{L}\d\-]{1,30}\.(?:ru|ua|io|com|net|org|cn|kz|by|de|fr|es|it|pl|co\.uk|info|news|media)")
# A reprint's year alone after "repr.": "1976; repr. 2001"
REPRINT_YEAR_ALONE_RE = lazy(r"(?:1[5-9]\d\d|20\d\d)")
# A volume named alone: "t. II", "tomo 9", "vol. 2", "Bd. 3"
VOLUME_LABEL_RE = lazy(r"(?i)(?:t\.|tomo|vol\.|volume|bd\.)\s*(?P<volume>\d{1,3}|[ivxlc]{1,6})")
# A body's series of reports named after a title: "KSE Institute Report", "Example Center Policy Brief"
# A series named with its number, or a series of briefs: "Africa Report N°303", "Mideast Security and Policy Studies No. 191",
# "CSIS Briefs", "Policy Papers"
NUMBERED_SERIES_RE = lazy(r"(?i)\b(?:report|paper|brief|briefing|studies|study|notes?|series|analysis|commentary)\s+"
                          r"(?:no\.|n[º°o]\.?|n\.\s?[º°]|number|núm\.|nr\.|#)\s*\d[\w./\-]*$|\sbriefs$")
# A series named by a word of its own and numbered: "Peaceworks No. 162", "PolicyWatch 3393", "Policy Focus 170"
NAMED_NUMBER_RE = lazy(r"(?!(?i:episode|episodio|issue|part|volume|vol|chapter|season|number|session|page|series|edition|"
                       r"(?:press|media|news)\s+releases?|communication|case|application|decision|resolution|judgment)\b)"
                       r"(?<![\p{L}-])\p{Lu}[\p{L}-]{1,30}(?:\s+\p{Lu}[\p{L}-]{1,30}){0,3}\s+(?:[Nn]o\.\s*|N[º°o]\.?\s*|#)?\d{1,5}"
                       r"(?:/(?:19|20)\d\d)?")  # (numbered in its year: "Policy Contribution 17/2021"; "Free Trade Bulletin no. 77")
# A notice's place in the Federal Register: "86 Fed. Reg. 7619", "88 FR 25743"
FED_REG_RE = lazy(r"(?P<volume>\d{1,3})\s+(?:Fed\.\s?Reg\.|FR)\s+(?P<page>\d{1,3},\d{3}|\d{1,6})")
# (the page with the thousands comma the Bluebook prints: "77 Fed. Reg. 64,664")
EXECUTIVE_ORDER_RE = lazy(r"(?:Executive\s+Order|Exec\.\s+Order|E\.O\.)\s+\d{3,6},")
# A preprint's arXiv identifier where a journal would stand: "arXiv:2303.08774", "arXiv preprint arXiv:2303.08774 [cs.CL]"
ARXIV_RE = lazy(r"(?i)(?:arxiv\s+preprint\s+)?arxiv:?\s*(?P<id>\d{4}\.\d{4,5})(?:v\d{1,2})?(?:\s*\[[\w.-]{2,12}\])?")
# A series and a code of letters, digits and hyphens: "Joint Cybersecurity Advisory AA23-144A", "FBI Private Industry
# Notification 20220209-001", "Cyber Threat Analysis CTA-CN-2023-0808"
CODED_SERIES_RE = lazy(r"(?:\p{Lu}[\p{L}-]{0,30}\s+){1,5}(?=[A-Z\d-]{0,20}\d)[A-Z\d]{1,12}(?:-[A-Z\d]{1,12}){1,4}")
SERIES_LABEL_END_RE = lazy(r"(?i)\s(?:report|working\s+paper|policy\s+brief|issue\s+brief|briefing\s+paper|occasional\s+paper|"
                           r"research\s+paper|discussion\s+paper)$", regex.REVERSE)
ORIGINAL_YEAR_RE = lazy(r"\s*\[(?:1[5-9]\d\d|20\d\d)\]\s*")
OPEN_PAREN_RE = lazy(r"\(\s*")
# A building a speech was given in, named for what it is: "Union Buildings", "Lancaster House", "Lavarack Barracks"
BUILDING_END_RE = lazy(r"\s(?:Buildings?|House|Barracks|Hotel|Chambers?|Hall)$")
# A paragraph cited in square brackets at the end of a case: "[38].", "[81]–[84] (Lord Rodger)"
BRACKETED_PARAGRAPH_END_RE = lazy(r"\[\d{1,4}\](?:\s*[-–]\s*\[\d{1,4}\])?(?:\s+\([^()]{1,40}\))?\.?\s*$")


def edition(text: str) -> str | None:
    """The edition a book's note names, outside its titles: "2" for "2nd ed.", "Revised" for "rev. ed."."""
    if "ed" not in text and "Ed" not in text and "uflage" not in text and "Aufl" not in text and "éd" not in text:
        return None
    found = classify.EDITION_RE.search(spans.mask(text, spans.regions(text), " "))
    if found is None and "(" in text:  # "*Andean cocaine* (2nd ed.). Chapel Hill: …": a parenthesis that opens on it
        found = next(filter(None, (classify.EDITION_RE.match(text, m.end()) for m in OPEN_PAREN_RE.finditer(text))), None)
    if found is None:
        return None
    if found.group("number"):
        return found.group("number")
    word = found.group("word").lower().rstrip(".")
    return classify.ORDINAL_WORDS.get(word) or {"rev": "Revised"}.get(word, word.capitalize())


# An edition closing a book's title: ", 2nd ed.", ", rev. ed.", ", 3rd edn"
# An edition named in words: "updated ed.", "revised and expanded ed."
EDITION_WORDS = r"(?:updated|expanded|abridged|(?:revised|rev\.)\s+and\s+(?:updated|expanded))"
EDITION_END_RE = lazy(r"(?i),\s*(?:\d{1,2}(?:st|nd|rd|th|d)|rev\.|revised|new|" + EDITION_WORDS + r")\s+(?:ed\.?|edn\.?|edition)$",
                      regex.REVERSE)
# The kind of an official text numbered before its title
LEGAL_NUMBER_RE = lazy(r"(?i)(?:resolution|resolución|résolution|decision|decisión|directive|directiva|circular|decree|decreto|"
                       r"order|orden|proyecto\s+de\s+ley|bill|ley|law|ordinance|ordenanza)\b")
# A media office that releases a group's statements: "al-Furqan Media", "al-Hayat Media Center", "As-Sahab Media
# Foundation"
MEDIA_WING_RE = lazy(r"(?i)^(?:(?:al|as|an|ar|at|az|ad|el)-\S+(?:\s+\S+){0,2}\s+(?:media|foundation\s+for\s+media(?:\s+production)?)"
                     r"(?:\s+(?:foundation|center|centre|office|establishment|wing))?"
                     r"|\p{Lu}\S*(?:\s+\S+){0,2}\s+media\s+(?:foundation|center|centre|office|establishment|wing)"
                     r"|\p{Lu}\S*(?:\s+\S+){0,2}\s+(?:foundation|establishment|center|centre)\s+for\s+media(?:\s+production)?)$")
# ("Amjad Foundation for Media Production", "Al-Hayat Media Center")
# A place the interviewer leaves out: "location withheld", "lugar reservado"
WITHHELD_RE = lazy(r"(?i)anonymi[sz]ed|anonymous|(?:(?:exact|precise)\s+)?(?:location|place|city|lugar|localidad|lieu|names?|identity)\s+(?:withheld|undisclosed|not\s+disclosed|"
                   r"reservad[oa]|no\s+revelad[oa]|confidencial|confidential)(?:\s+(?:for|at|on|by|upon|por|a)\s+[^()\[\],]{1,40})?")
# The same in brackets after a town: "Kabul (location withheld)", "Idlib [exact location withheld for security reasons]"
WITHHELD_AFTER_PLACE_RE = lazy(r"\s*[(\[](?:" + WITHHELD_RE.source.removeprefix("(?i)") + r")[)\]]", regex.IGNORECASE)
EMPTY_BRACKETS_RE = lazy(r"\s*(?:\(\s*\)|\[\s*\])")
AVAILABLE_RE = lazy(
    r"(?i)[,.]?\s*(?:it\s+is\s+|is\s+)?(?:(?:also\s+)?available(?:\s+online)?\s+(?:at|from|on|in)|retrieved(?:\s+on\s+[^.;:]{0,24}?)?\s+from|"
    r"online|url|en\s+l[ií]nea|disponible(?:\s+online)?\s+(?:en|sur|dans)|dispon[ií]vel\s+em|disponibile\s+(?:su|a)|verfügbar\s+unter|"
    r"abrufbar\s+unter|(?<=[,”\"]\s{0,2})\bat|\[(?:en\s+ligne|online|en\s+l[ií]nea)\])"  # (CRS: "“Title,” at https://…"; Cairn's
    # and OpenEdition's "…, p. 129-148, [en ligne] http://…")
    r"\s*:?\s*(?:<\s*>|‹\s*>|\[\s*\])?\s*$", regex.REVERSE)
# An article's pages closing what precedes a pinpoint: "(1999): 97–127" (before ", 100"), "(1999): 345"
# A page range alone: "101–25", "pp. 143-170"
RANGE_ONLY_RE = lazy(r"(?:pp?\.\s*)?(?P<pages>\d{1,6}\s*[-–]\s*\d{1,6})")
PAGES_BEFORE_PIN_RE = lazy(r"\)\s*(?::|,\s*(?=pp\.))\s*(?:pp?\.\s*)?(?P<pages>[a-z]?\d{1,6}(?:\s*[-–]\s*\d{1,6})?)\s*,?\s*(?:at\s*)?$")
PAGES_AFTER_COLON_RE = lazy(r"^\s*:\s*(?:pp?\.\s*)?(?P<pages>(?:[a-z]{1,5}\d+\b|\d+)(?:\s*[-–]\s*[a-z]?\d+)?)(?:\s*,\s*(?:pp?\.\s*|at\s+)?(?P<loc>\d+(?:\s*[-–]\s*\d+)?))?")
# (an article's number where a page range would be: "e0229876" in PLOS ONE, "tyaa012" in an Oxford journal)
# A company's legal form, set off by a comma after its name: "Inc.", "Ltd", "LLC"
CORPORATE_PART_RE = lazy(r"(?:Inc|Ltd|LLC|L\.L\.C|PLC|plc|Corp|GmbH|S\.A|N\.V|B\.V|AG)\.?")
# The rest of a body's name after a comma inside it, opening in lower case on an article: "…, la Convivencia y la No Repetición"
BODY_NAME_GOES_ON_RE = lazy(r"^(?:la|el|los|las|le|les|lo|the)\s+\p{Lu}")
# A kind of report named between a title and its symbol: "Report by the Director General", "Note by the Secretariat"
REPORT_KIND_RE = lazy(r"(?:Report|Note|Letter|Statement|Memorandum|Briefing)\s+(?:by|of|from)\s+the\s+\p{Lu}[\p{L}\-]*(?:\s+\p{Lu}[\p{L}\-]*){0,3}")
# A series and its number, or a report's code, standing between a title and its publication facts: "WMO-No. 1330",
# "SWP-Aktuell 2015/A 98", "NIC-NIE-2021-10030-A", "ARI 62/2020", "Adelphi 418–419" (a figure, and few words)
SERIES_NUMBER_BEFORE_FACTS_RE = lazy(r"^(?:(?:\p{Lu}[\p{L}.\-]{0,20}\s){0,3}(?:\p{Lu}[\p{L}.\-]{0,20}[\s-]?(?:No\.\s?)?)?"
                                     r"\d[\w/.\-–]{0,20}(?:\s[\p{Lu}\d][\w/.\-–]{0,20}){0,2}|\p{Lu}{2,6}(?:-[A-Z0-9]{1,8}){2,6}"
                                     # a series named in more words, small ones among them, then its number: "The Washington
                                     # Papers 144", "Series on Legislative Reform of Drug Policies No. 11"
                                     r"|(?=[^\d]{0,90}\b(?:Series|Papers?|Reports?|Briefs?|Studies|Perspectives|Monographs?)\b)"
                                     r"(?:\p{Lu}[\p{L}\-]{0,20}\s(?:(?:on|of|in|for|and)\s)?){1,8}(?:No\.\s?|N[°º]\s?)?\d{1,4})$")
# What a page says a work is, in parentheses after its title or site: "(database)", "(blog)", "(video)"
DESCRIPTOR_RE = lazy(
    r"(?i)^[\s,]*\((?P<what>database|online\s+database|dataset|data\s+set|blog|blog\s+post|weblog|website|video|"
    r"podcast|audio|film|map|interactive|infographic|pdf|online|in\s+\p{L}+|en\s+\p{L}+)\)")
# a parenthetical that names a file or a medium, like one that names a language ("in Spanish"): no genre
FILE_NOTES = ("pdf", "online")
# the word that names a school: "Harvard University", "Universidad Nacional", "Institut d'études"
SCHOOL_RE = lazy(r"(?i)\b(?:univ\w*|college|colegio|instit\w*|escuela|école|school|academ\w*|hochschule|faculta\w*)\b")
THESIS_RE = lazy(r"(?i)\b(?:ph\.?\s?d\.?|d\.?\s?phil\.?|m\.?\s?phil\.?|doctoral|master['’]?s|m\.?a\.?|m\.?sc\.?|b\.?a\.?|honou?rs|"
                 r"senior|undergraduate|llm|ll\.m\.)\s+(?:diss(?:ertation)?|thesis)|\btesis\b|\bthèse\b|\bdissertation\b|"
                 r"\bdoktorarbeit\b|\bdissertação\b|\btese\s+de\s+(?:doutorado|doutoramento|mestrado|livre-docência)\b|"
                 r"\b(?:tese|monografia)\s*\((?:doutorado|mestrado|especialização|graduação|bacharelado)\b")
BARE_DOMAIN_URL_RE = lazy(r"(?i)\b[a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63}){0,8}\.(?:gov|gob|org|com|net|edu|int|mil)(?:\.[a-z]{2})?/[^\s,;]*")


@dataclass
class _Reading:
    text: str
    evidence: list[str] = field(default_factory=list)


# Works whose type their publication facts settle, whether or not an address follows them (an article on a
# site with only a month's date, say, is told from a magazine's by its address)
TYPES_ALSO_ONLINE = frozenset(("book", "report", "chapter", "article-journal", "thesis", "article-newspaper", "document"))


# Two commas with only spaces between, where a volume was taken out: "History, , Crises and Détente"
DOUBLE_COMMA_RE = lazy(r",[ \t]*,")


# A quoted title closing on a question or exclamation mark, then "in" and its book: 'It?" in Jane Roe ed., …'
MARK_BEFORE_IN_RE = lazy(r"([?!])([\"”])\s+in\s+(?=\p{Lu}|\*)")
# A link's text, the outlet and the day (and the headline after a colon), then its address
LINKED_OUTLET_DATE_RE = lazy(r"^[“\"]?(?P<outlet>[^,“”\":«»]{2,60}),\s+(?P<date>[^“”\":«»]{4,40}?)"
                             r"(?::\s*[«“\"]?(?P<title>[^«»“”\"]{3,300}?)[»”\"]?)?[”\"]?\s*(?P<url>https?://\S+)$")
# "especially" before the page cited, after an article's range: "…: 1155-1182, esp. 1160", "…, 81-94, especialmente 90"
ESPECIALLY_RE = lazy(r"(?<=\d)\s*,\s*(?:esp\.|especially|especialmente|en\s+especial|surtout)\s+(?=(?:pp?\.\s*)?\d)")
# A federal judicial district: "Southern District of New York", "Eastern District of Virginia"
DISTRICT_RE = lazy(r"(?:Northern|Southern|Eastern|Western|Central|Middle)?\s*District\s+of\s+\p{Lu}")
# A body, then "press release" in one phrase: "UNICEF press release"
BODY_RELEASE_RE = lazy(r"^(?P<body>\S.{1,80}?)\s+(?i:press|news|media)\s+release$")
# What a department issues, after its name and a comma: "…, Media Note", "…, Press Statement", "…, Fact Sheet"
PUBLISHER_THEN_KIND_RE = lazy(r",\s+(?P<kind>Media\s+Note|Press\s+Statement|Fact\s+Sheet|Readout|Press\s+Briefing)$")
# A body's name, then its series and number: "United States Institute of Peace Special Report No. 520", "Middle East
# Institute Policy Paper 2018-7"
BODY_THEN_SERIES_RE = lazy(r"^(?P<body>(?:\p{Lu}[\p{L}\-]+\s+){0,4}(?:Institute|Center|Centre|Council|Foundation|Corporation|"
                           r"Endowment|Institution|Programme|Program|Group)(?:\s+(?:of|for|on)(?:\s+the)?(?:\s+\p{Lu}[\p{L}\-]+){1,4}?)?"
                           r"|Chatham\s+House|Brookings)"
                           r"\s+(?P<series>(?:\p{Lu}{2,6}\s+|Africa\s+|Asia\s+|Europe\s+|Middle\s+East\s+|Latin\s+America\s+)?"
                           r"(?:Special\s+|Policy\s+|Occasional\s+|Working\s+|Research\s+|Issue\s+|Analysis\s+|Background\s+)?"
                           r"(?:Reports?|Papers?|Briefs?|Briefings?|Notes?|Focus|Memo)\b.*)$")
# A body's name by what it is: "… Institute for Near East Policy", "… Center for …"
BODY_WORD_RE = lazy(r"\b(?:Institute|Institution|Center|Centre|Council|Foundation|Endowment|Corporation|Forum|Society|Association)\b")
# ("International Crisis Group Africa Report No. 273", "Clingendael Institute CRU Report", "Nordic Africa Institute Policy
# Note No. 3")
# A court filing's name in quotation marks, then its case: '"Plea Agreement," United States v. Jane Roe, …'
QUOTED_FILING_RE = lazy(r"^[“\"](?P<doc>[^”\"]{3,160}?)[”\"],?\s+(?P<rest>[^,;“”\"]{2,120}?\s+v\.?\s+.{3,400})$")
# A word before a date that says the work came out then: "…, released February 4, 2022", "…, published on 3 May 2019"
# When a secret document was declassified or released, after its own date: ", declassified and approved for release April
# 10, 2004", ", released under FOIA June 25, 2007", ", approved for release 2003/05/14", ", sanitized copy approved …"
DECLASSIFIED_RE = lazy(r"(?i),\s+(?:(?:partially\s+)?declassified|sanitized(?:\s+copy)?|(?:approved\s+for|declassified\s+for)\s+release|"
                       r"released\s+(?:under|through|in\s+response\s+to)\s+(?:the\s+)?(?:FOIA|Freedom\s+of\s+Information\s+Act|"
                       r"a\s+FOIA\s+request|MDR|mandatory\s+declassification\s+review))"
                       r"(?:\s+and\s+approved\s+for\s+release|\s+(?:on|in))?"
                       r"\s*(?:\p{L}{3,9}\.?\s+\d{1,2},?\s+(?:1[89]|20)\d\d|\d{1,2}\s+\p{L}{3,9}\.?\s+(?:1[89]|20)\d\d|"
                       r"\p{L}{3,9}\s+(?:1[89]|20)\d\d|(?:1[89]|20)\d\d(?:/\d\d/\d\d)?)?")
# A paragraph cited by its word at the end of a case: "… paras 130–42", "… para 71"
PARA_WORD_END_RE = lazy(r"\)\s*,?\s+paras?\.?\s*\d{1,4}(?:\s*[-–]\s*\d{1,4})?\.?$")
RELEASED_BEFORE_DATE_RE = lazy(r"(?i),\s+(?:released|published|issued|posted|dated)(?:\s+on)?\s+"
                               r"(?=(?:\p{L}{3,9}\.?\s+\d{1,2},?\s+|\d{1,2}\s+\p{L}{3,9}\.?\s+|\p{L}{3,9}\s+)?(?:1[89]|20)\d\d)")
# When a post or a video was taken down, in brackets after the day it appeared: "(removed May 5, 2020)", "(post deleted
# January 7, 2021)", "(since deleted)": no publication facts
TAKEN_DOWN_RE = lazy(r"(?i)\s*\((?:(?:post|video|tweet|account|page|channel|group)\s+)?(?:since\s+|later\s+|now\s+)?"
                     r"(?:removed|deleted|taken\s+down|suspended|withdrawn)\b[^()]{0,40}\)")
# The kind of a piece in lower case between its quoted title and the italic outlet: '“Title,” essay, *The Economist*'
KIND_BEFORE_OUTLET_RE = lazy(r"(?<=[”\"],?)\s+(?P<kind>essay|op-ed|editorial|column|commentary|review|letter|obituary),\s+(?=\*)")
# A day alone in brackets after an address: "<https://…> (20 January 2020)"
DATE_AFTER_ADDRESS_RE = lazy(r">?\s*\((?P<date>[^()]{6,30})\)")
# A quoted title with no comma, then "in" and its book's editors: '“Title” in Eric L. Roe, Jane Doe, and John Poe eds., …'
QUOTE_THEN_IN_EDITORS_RE = lazy(r"([^\s,?!])([\"”])\s+in\s+(?=\p{Lu}[^;()“”\"]{2,160}?\s+\(?eds?\.\)?,)")


# A year of the Islamic calendars beside its Gregorian year, closing the publication facts: "(Tehran: …, 1399 [2020])",
# "(Beirut: …, 1402 AH/1982)", "(Cairo: …, 1350/1931)": the Gregorian year is the date
HIJRI_YEAR_RE = lazy(r",\s*1[2-4]\d\d\s*(?:AH|A\.H\.|SH|S\.H\.|HS|H\.Sh\.|Sh\.|AHS|H\.|q\.|ش|ق)?\s*"
                     r"(?:\[\s*(?P<year>(?:1[89]|20)\d\d)\s*\]|/\s*(?P<after>(?:1[89]|20)\d\d))(?=\s*\))")


# A speech's brackets, then the office that published its text as a release: "(speech, Washington, DC, March 30, 2016),
# U.S. Department of the Treasury, press release JL0398"
SPEECH_THEN_RELEASE_RE = lazy(r"(?i)\),\s+(?P<body>(?-i:\p{Lu})[^,()]{2,80}),\s+(?:press|news|media)\s+release\s+(?:no\.\s*)?"
                              r"[A-Z]{0,4}[-\d][\w\-/]{0,20}\.?$")
# A book's second author after "with", as Chicago prints a writer's collaborator: "Siegfried S. Roe with Elliot A. Doe, …"
# A case's name: "R (Al-Skeini) v. Secretary of State", "Roe v Doe" (its neutral citation, "UKHL 26", no document's number)
CASE_NAME_RE = lazy(r"\s(?:v|vs)\.?\s+\p{Lu}")
# A document's number where an outlet would stand: "NIE 11/37-88", "SNIE 36.2-59", "JIC(58)80", "PD-59"
DOCUMENT_NUMBER_RE = lazy(r"(?:(?-i:[A-Z]{2,6})\s?(?:\(\d{2}\))?\s?\d{1,4}(?:[/.\-]\d{1,4}){0,3}[A-Z]?|(?-i:[A-Z]{2,5})-\d{1,4}[A-Z]?)")
# An unmarked title closed by the years it covers, before the publication facts: "Platt, Latin America and British Trade,
# 1806–1914 (London, 1972)"
TITLE_YEARS_BEFORE_FACTS_RE = lazy(r"^(?P<who>\p{Lu}[^,;()]{2,80}?),\s+(?P<title>\p{Lu}[^;()\[\]]{3,200}?),\s+"
                                   r"(?P<years>(?:1[5-9]|20)\d\d\s?[-–]\s?(?:(?:1[5-9]|20)?\d\d))(?P<rest>\s+\([^()]{4,120}\).*)$")
# A cable named after its sender: "U.S. Embassy Islamabad, cable to Secretary of State, " (a diplomat's telegram)
SENDER_THEN_CABLE_RE = lazy(r"^(?P<who>\p{Lu}[^,;“”\"]{2,80}),\s+(?P<kind>cable|telegram|airgram)\s+(?:(?:no\.\s*)?\d[\w-]{0,12}\s+)?"
                            r"to\s+(?P<to>[^,;“”\"]{2,120}),\s+")
# A generation set off by commas after a person's name ("Joseph S. Nye, Jr., Soft Power …"): the name and its generation
# are one name, the title comes after the second comma
COMMA_GENERATION_RE = lazy(r"(?<=\b\p{Lu}[\p{Ll}'’-]+),\s+(?P<suffix>Jr\.?|Sr\.?)(?=,\s)")
WITH_COAUTHOR_RE = lazy(r"^(?P<a>\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){1,4}),?\s+\(?(?:with|avec|con|mit)\s+"
                        r"(?P<b>\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){1,3}"
                        r"(?:,?\s+and\s+\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){1,3})?)\)?,\s")
# (and in brackets, as French notes print it: "Gilles KEPEL (avec Antoine JARDIN), *Terreur dans l'Hexagone*, …")
# ("Richard M. Roe Jr., with Jonathan E. Doe and Frances T. Poe, …": two collaborators)


# A pinpoint's label for paragraphs, sections or parts: never a chapter's own pages ("…, S/2020/949, <date>, paras. 40-52")
PARAGRAPH_LABEL_RE = lazy(r"(?i)(?:paras?\.?|paragraphs?|párrs?\.?|párrafos?|¶|sec|secs?\.|§)")


# A Nordic official report's series and number opening its title: "NOU 2012: 14, Rapport fra 22. juli-kommisjonen"
OFFICIAL_NUMBER_LEAD_RE = lazy(rf"(?P<number>{classify.OFFICIAL_NUMBER}),\s+(?=\S)")


# The words that lead to an address standing alone: "Available at:", "Available from:", "Source:", "Online:", "URL:"
# An address, then the words after it: "https://… for details", "https://…, accessed 3 May 2020"
ADDRESS_THEN_WORDS_RE = lazy(r"^(?P<url>(?:https?://|www\.)\S{1,2000}?)[.,;]?\s+(?P<rest>\S.{0,80})")
# Words after an address that tell why to follow it, and name nothing: "for details", "for the full text", "(in Spanish)"
ADDRESS_PROSE_RE = lazy(r"(?:for|to|where|which|with)\s+[\p{Ll}\s'’-]{2,60}[.]?")
URL_LABEL_RE = lazy(r"(?i)(?:(?:also\s+)?available\s+(?:at|from|online)|source|online|url)\s*:?\s*(?=https?://|www\.)")


# A link's words, then its address (and perhaps the day): "Reuters https://www.reuters.com/…, February 27, 2025", as a
# Markdown link "[Reuters](https://…)" is read; a few capitalised words, no title
LABELLED_ADDRESS_RE = lazy(r"(?P<label>\p{Lu}[\p{L}.&'’\-]*(?:\s+(?:\p{Lu}[\p{L}.&'’\-]*|of|the|de|del|la|el)){0,5})\s+"
                           r"(?P<url>https?://\S+?)(?:(?:[.,;]\s+|\s+)(?P<date>[^;]{4,30}?))?\.?")


def _labelled_address(linked: regex.Match, raw: str) -> Work:
    """The work a link named by its outlet or body stands for: the outlet as the container of a news article, a body
    as the publisher of its page; the day after the link, when one is printed."""
    work = addresses.work(linked.group("url"), raw)
    label = linked.group("label").strip()
    printed = dates.find_date(linked.group("date")) if linked.group("date") else None
    if linked.group("date") and printed is None:
        return work  # (words after the link that are no date: left to the address alone)
    known = classify.known_outlet(label)
    if known in ("news", "magazine") or work.type == "article-newspaper":
        work = evolve(work, type="article-newspaper" if known != "magazine" else "article-magazine",
                      container=work.container or label)
    elif work.type == "webpage" and not work.authors and not is_organisation(label) and " " in label \
            and looks_like_names(label):
        work = evolve(work, authors=parse_names(label))  # "[Jane Roe](https://…)": the writer, linked
    elif work.type == "webpage" and not work.publisher:
        work = evolve(work, publisher=label)
    if printed is not None:
        work = evolve(work, date=printed.parts)
    return evolve(work, evidence=work.evidence + (f'"{label}", the link\'s words, name who published it, no title',))


def _in_frus(printed: dict, raw: str) -> tuple[Work, str | None, str | None]:
    """A document printed in *Foreign Relations of the United States*, read as the note describes it, in the volume the
    note names; or the volume itself when the note names only it (and the document's number)."""
    container = printed["container"] + (f", {printed['vtitle']}" if printed["vtitle"] else "")
    editors = parse_names(printed["eds"]) if printed["eds"] else ()
    year = (int(printed["year"]),) if printed["year"] else None
    doc = DOC_NUMBER_RE.search(printed["doc"]) if printed["doc"] else None
    loc = doc.group(0).replace(" ", "") if doc else None
    evidence = ('"…, FRUS (Foreign Relations of the United States), <years>, vol. <n>, doc. <n>" -> a document printed in '
                'that volume',)
    if not printed["head"]:  # "FRUS, 1964–1968, vol. VI, Vietnam, January–August 1968, doc. 104": the volume, a document of it
        return Work(type="book", title=container, volume=printed["volume"], editors=editors, place=printed["place"],
                    publisher=printed["publisher"], date=year, raw=raw, language="en", evidence=evidence), loc, \
            "doc." if loc else None
    work, _, _ = read_full(printed["head"])
    kind = work.type if work.type in ("document", "report") else "document"
    title = work.title or (printed["head"] if not work.genre else None)
    quoted = [r for r in spans.regions(printed["head"]) if r.kind == "quote"]
    if quoted and kind == "document":  # 'Memorandum for the Record, "Minutes of the Meeting …," October 7, 1970'
        what = printed["head"][: quoted[0].start].strip(" ,")
        title = printed["head"][quoted[0].start + 1:quoted[0].end - 1].strip(" ,")
        outside = dates.find_date(printed["head"][: quoted[0].start] + printed["head"][quoted[0].end:])
        work = evolve(work, genre=what or work.genre, event_title=None, date=outside.parts if outside else work.date)
    return evolve(work, type=kind, title=title, container=container, volume=printed["volume"], editors=editors or work.editors,
                  place=printed["place"] or (work.place if kind in ("speech", "interview") else None),
                  publisher=printed["publisher"], date=work.date or year, page=None, raw=raw,
                  evidence=work.evidence + evidence), loc, "doc." if loc else None


# A name, a colon and a post's address: "Russian MoD: https://t.me/mod_russia/36581"
LABEL_THEN_POST_RE = lazy(r"(?P<label>\p{Lu}[^:,;“”\"*()\[\]]{1,60}):\s+(?P<url>https?://\S+)")
# A later amendment or update after a work's year in its publication facts: ", amended May 3, 2024", ", last updated 2023"
AMENDED_IN_FACTS_RE = lazy(r"(?<=(?:1[5-9]|20)\d\d)[,;]\s+(?:amended|updated|last\s+updated|revised)\s+[^()]{2,40}?(?=\))")
# The numbers of the documents cited: "126", "105 and 107"
DOC_NUMBER_RE = lazy(r"\d{1,4}(?:\s*(?:,|and|[-–])\s*\d{1,4})*")


# An hour after a day's date: ", 14:22" after "April 3, 2022" or "3 April 2022"
CLOCK_AFTER_DAY_RE = lazy(r"(?<=(?:\d{1,2},?\s+|\p{L}{3,9}\.?\s+\d{1,2},\s+)(?:1[5-9]|20)\d\d),\s*(?:[01]?\d|2[0-3]):[0-5]\d"
                          r"(?:\s*(?:[ap]\.?m\.?|UTC|GMT|CET))?(?![\d:]|\s*[-–])")
# The day a page was captured by a web archive: ", archived March 1, 2021, at the Wayback Machine", ", archived 12 May 2016,
# Internet Archive"
ARCHIVED_ON_RE = lazy(r"(?i)(?:,\s*|(?<=[,”\"’'])\s+)archived\s+(?:on\s+)?(?P<date>(?:\d{1,2}\s+\p{L}{3,9}\.?|\p{L}{3,9}\.?\s+\d{1,2},?)\s+(?:1[5-9]|20)\d\d)"
                            r"(?:,?\s+(?:at|on|by|via|in)\s+(?:the\s+)?|,\s*(?:the\s+)?)?(?:Wayback\s+Machine|Internet\s+Archive|"
                            r"archive\.(?:org|today|ph|is))?(?=[,.]|$)")
# A law named in words, then its number: "Ley General de la Coca, Ley N.º 906, …", "Lei de Drogas, Lei nº 11.343, …"
LAW_NAME_THEN_NUMBER_RE = lazy(r"^(?P<name>(?i:ley|lei|loi|law|act|decreto|c[oó]digo)\b[^,;“\"*()]{2,200}),\s+"
                               r"(?P<number>(?i:ley|decreto|lei|loi|law|act)\s+(?i:n\.?\s?[º°]\.?|nº|no\.|núm\.|número|nr\.)\s*"
                               r"\d[\d.\-/]*(?:\s+de\s+\d{4})?)(?P<rest>(?:,.*)?)$")
# The official gazette after a law's date: "…, 19 de julio de 1988, *Gaceta Oficial de Bolivia*."
GAZETTE_AFTER_DATE_RE = lazy(r",\s+\*(?P<gazette>[^*]{0,40}(?i:oficial|official|officiel|gazette|gaceta|peruano)[^*]{0,40})\*\.?$")


# A paper in a French institute's series, after its quoted title: "…», *Focus stratégique*, n° 79, Ifri, avril 2018", "…»,
# Études de l'Ifri, Ifri, novembre 2019, p. 8-12", "…», *Russie.Nei.Visions*, n° 114, Paris, Ifri, avril 2019"
INSTITUTE_PAPER_RE = lazy(
    r"^(?P<head>.{3,400}?[»”\"])\s*,\s+(?P<series>\*[^*]{3,80}\*|\p{Lu}[^,*«»“”\"()]{2,80}?)(?:,\s+(?P<no>n[°º]\.?\s?\d{1,4}))?,\s+"
    r"(?:(?P<place>\p{Lu}[\p{L}\-]{2,30}),\s+)?(?P<issuer>\p{Lu}[^,()«»“”\"*]{1,60}?),\s+"
    r"(?P<date>(?:(?:1er|\d{1,2})\s+)?\p{L}{3,10}\.?\s+(?:19|20)\d\d)(?P<rest>,\s+.{1,80})?\.?$")


def _institute_paper(text: str) -> tuple[str, str] | None:
    """(the note form of a paper in a French institute's series, "…», Series n° 79 (Place : Issuer, date)…", the series and
    number), or None where
    what follows the title is not a series, its issuing body and a month (a periodical names no body after its issue)."""
    m = INSTITUTE_PAPER_RE.match(text.strip())
    if m is None or not dates.find_date(m.group("date")) or len(dates.find_date(m.group("date")).parts) < 2:
        return None
    series, issuer = m.group("series").strip("*").strip(), m.group("issuer").strip()
    if classify._known(series) is not None or not (organisation_name(issuer) or ACRONYM_ISSUER_RE.fullmatch(issuer)):
        return None
    if not m.group("no") and issuer.lower() not in series.lower():
        return None  # ("Études de l'Ifri, Ifri": the series names its body; with no number, nothing else says it is one)
    number = f" {m.group('no')}" if m.group("no") else ""
    place = f"{m.group('place')} : " if m.group("place") else ""
    return f"{m.group('head')}, {series}{number} ({place}{issuer}, {m.group('date')}){m.group('rest') or ''}.", series + number


# A research institute by its short name, as French notes print it: "Ifri", "IRSEM", "SWP", "FRS", "CERI"
ACRONYM_ISSUER_RE = lazy(r"^(?:\p{Lu}[\p{Lu}\p{Ll}]{1,6}|\p{Lu}{2,8})$")


# A post as the Bluebook cites it: "@donk_enby, Twitter (Jan. 11, 2021, 3:51 AM), https://…", "Jane Roe (@janeroe), Telegram
# (Jan. 6, 2021, 2:38 PM)"
BLUEBOOK_POST_RE = lazy(r"^(?P<who>(?:@\w{1,40}|\p{Lu}[^,;()“”\"*]{1,60}?(?:\s+\(@\w{1,40}\))?)),\s+"
                        r"(?P<platform>Twitter|X|Telegram|Facebook|Instagram|TikTok|YouTube|Truth\s+Social|Gab|Parler|Threads|"
                        r"Bluesky|Mastodon|VKontakte|Weibo)\s+\((?P<date>[^()]{4,30}?(?:1[5-9]|20)\d\d)"
                        r"(?:,\s+\d{1,2}:\d{2}(?:\s*[AaPp]\.?\s?[Mm]\.?)?(?:\s+[A-Z]{2,4})?)?\)(?P<rest>.*)$")


def read_full(text: str) -> tuple[Work, str | None, str | None]:
    """(work, pinpoint locator, locator label word) of a full citation."""
    raw = text
    if ("Jr" in text or "Sr" in text) and COMMA_GENERATION_RE.search(text) is not None:
        work, loc, label = read_full(COMMA_GENERATION_RE.sub(r" \g<suffix>", text))
        return evolve(work, raw=raw), loc, label
    if "*" not in text and "“" not in text and '"' not in text and ("–" in text or "-" in text) and "(" in text \
            and (spanned := TITLE_YEARS_BEFORE_FACTS_RE.match(text)) \
            and len(spanned.group("who").split()) <= 6 and looks_like_names(spanned.group("who")) \
            and not VOLUME_LABEL_RE.search(spanned.group("title")):  # ("…, vol. 2, 1953–1958 (…)": the volume's years)
        # "D. C. M. Platt, Latin America and British Trade, 1806–1914 (London, 1972), 272–74": the years close the title
        work, loc, label = read_full(f"{spanned.group('who')}, *{spanned.group('title')}, {spanned.group('years')}*"
                                     f"{spanned.group('rest')}")
        return evolve(work, raw=raw), loc, label
    if (" cable" in text[:120] or " telegram" in text[:120] or " airgram" in text[:120]) \
            and (sent := SENDER_THEN_CABLE_RE.match(text)) is not None:
        # 'U.S. Embassy Islamabad, cable to Secretary of State, "Title," <date>': read as "Cable, <sender> to <recipient>, …"
        work, loc, label = read_full(f"{sent.group('kind').capitalize()}, {sent.group('who')} to {sent.group('to')}, "
                                     f"{text[sent.end():]}")
        if work.type == "document":
            return evolve(work, raw=raw), loc, label
    if "release" in text[-60:] and (released := SPEECH_THEN_RELEASE_RE.search(text)) is not None:
        # '"Remarks of Secretary Lew …" (speech, Washington, DC, March 30, 2016), U.S. Department of the Treasury, press
        # release JL0398': the speech, then the office that published its text (and the release's number, no page)
        work, loc, label = read_full(text[: released.start() + 1])
        if work.type == "speech" and not work.publisher:
            return evolve(work, raw=raw, publisher=released.group("body").strip()), loc, label
    if text[:1] in "SA" and (chamber_report := french_parliament.report(text)) is not None:
        # "Assemblée nationale, commission …, Rapport d'information sur …, n° 4089, présenté par …, 14 avril 2021"
        return evolve(chamber_report[0], raw=raw), chamber_report[1], "section" if chamber_report[1] else None
    if "/" in text[:140] and not primary.may_be_un_document(text) and (by_symbol := primary.symbol_document(text)) is not None:
        return evolve(by_symbol[0], raw=raw), by_symbol[1], by_symbol[2]  # "IAEA, GOV/2021/39, September 7, 2021"
    if " (" in text[:160] and (bluebook_post := BLUEBOOK_POST_RE.match(text.strip())) is not None:
        # "@donk_enby, Twitter (Jan. 11, 2021, 3:51 AM), https://…": the Bluebook's post, read as a note's "<who>, Twitter post,
        # <date>, <URL>" (its hour no part of the date)
        work, loc, label = read_full(f"{bluebook_post.group('who')}, {bluebook_post.group('platform')} post, "
                                     f"{bluebook_post.group('date')}{bluebook_post.group('rest')}")
        return evolve(work, raw=raw), loc, label
    if " v" in text and (filing := primary.filing_in_full(text)) is not None:
        # "Aff. in Supp. of Crim. Compl. at 7, United States v. …": the filing's name written out, the part cited set apart
        work, loc, label = read_full(filing[0])
        return evolve(work, raw=raw), filing[1] or loc, filing[2] or label
    if (" with " in text[:80] or "(avec " in text[:80] or "(con " in text[:80] or "(mit " in text[:80]) \
            and (joint := WITH_COAUTHOR_RE.match(text)) is not None \
            and looks_like_names(joint.group("a")) and looks_like_names(joint.group("b")) and not is_organisation(joint.group("a")):
        text = f"{joint.group('a')} and {joint.group('b')}, {text[joint.end():]}"  # the collaborator is an author too
    if (" n°" in text or " nº" in text or ("Étude" in text or "Note" in text)) and (paper := _institute_paper(text)) is not None:
        # "« Title », *Focus stratégique*, n° 79, Ifri, avril 2018": a paper in an institute's series, read in the form
        # "« Title », Focus stratégique n° 79 (Ifri, avril 2018)", the series and number its genre
        work, loc, label = read_full(paper[0])
        if work.type == "report":
            return evolve(work, raw=raw, genre=work.genre or paper[1], issue=None), loc, label
    if "» e" in text or "” e" in text:
        text = _comma_before_en(text)
    if "podcast" in text and (guests := PODCAST_GUESTS_RE.search(text)) is not None:
        text = text[: guests.start()] + text[guests.end():]  # "'Title', interview with Jane Roe and John Doe, War on the
        # Rocks, podcast, <date>": an episode whose guests the host talks with, no interview by the article's author
    if "xico, " in text and (federal := MEXICO_DF_RE.search(text)) is not None:
        text = text[: federal.start()] + text[federal.end():]  # "Grijalbo, México, D.F., 2010": the town, whose district
        # the comma would make a third part of the facts
    if "/" in text and " No" in text:
        text = issue_months_spelt(text)  # "*Nueva Sociedad* No 287, 5-6/2020": its months and year, as Nueva Sociedad prints them
    if " en:" in text or " En:" in text or " in:" in text:
        text = IN_COLON_EDITOR_RE.sub(_in_editor_as_named, text, count=1)  # "…», en: Lomnitz, Claudio (coord.), *Book*":
        # the volume's editor, as a note names one
    if text.rstrip(" .").endswith(")") and (nature := VOLUME_PAGES_YEAR_END_RE.search(text)) is not None:
        # "“Title,” *Nature Medicine* 29, 1857–1866 (2023).": Nature's order, read as "29 (2023): 1857–1866"
        text = f"{text[: nature.start()]} {nature.group('vol')} ({nature.group('year')}): {nature.group('pages')}{nature.group('end')}"
    if "/" in text or "[" in text:
        text = HIJRI_YEAR_RE.sub(lambda m: ", " + (m.group("year") or m.group("after")), text)
    if "mended" in text or "pdated" in text or "evised" in text:
        text = AMENDED_IN_FACTS_RE.sub("", text)  # "(Paris: OECD, 2019, amended May 3, 2024)": when it was issued, not amended
    if ":" in text and any(p in text for p in POSTING_PLATFORMS) and (clock := CLOCK_AFTER_DAY_RE.search(text)) is not None:
        text = text[: clock.start()] + text[clock.end():]  # "…, Telegram, April 3, 2022, 14:22, <URL>": the hour it was
        # posted, no volume and issue
    if "rchived" in text and (archived := ARCHIVED_ON_RE.search(text)) is not None:
        # "…,” archived March 1, 2021, at the Wayback Machine, https://web.archive.org/…": the day it was captured, as the
        # day it was read; no outlet, and no day it was published
        lead = " " if text[: archived.start()].endswith((',"', ",”", ",’", ",'")) else ", "
        text = f"{text[: archived.start()]}{lead}accessed {archived.group('date')}{text[archived.end():]}"
    if text[:1] in "LlDdCcAa" and (law := LAW_NAME_THEN_NUMBER_RE.match(text)) is not None:
        # "Ley General de la Coca, Ley N.º 906, 8 de marzo de 2017": as "Ley N.º 906, Ley General de la Coca, …", the number
        # first; the gazette printed after the date goes before it
        rest = law.group("rest")
        gazette = GAZETTE_AFTER_DATE_RE.search(rest)
        if gazette is not None:
            rest = f", *{gazette.group('gazette')}*{rest[: gazette.start()]}."
        text = f"{law.group('number')}, {law.group('name')}{rest}"
    if "*" in text and (kind_first := KIND_BEFORE_OUTLET_RE.search(text)) is not None:
        # '“Modern Positional Warfare,” essay, *The Economist*, <date>': what kind of piece, before the outlet it ran in
        work, loc, label = read_full(text[: kind_first.start()] + text[kind_first.end():])
        return evolve(work, raw=raw, genre=work.genre or kind_first.group("kind").capitalize()), loc, label
    bare = text.strip().rstrip(".,;").strip("()<>[] ").rstrip(".,;")
    if bare[:1] in "AaSsOoUu" and (label := URL_LABEL_RE.match(bare)) is not None:
        bare = bare[label.end():].strip("()<>[] ")  # "Available at: https://…": the words that lead to it name nothing
    if URL_RE.fullmatch(bare) or "/" in bare and primary.SCHEMELESS_ADDRESS_RE.fullmatch(bare):  # a note that is only an
        # address ("amnesty.org/en/…" too), whatever brackets or stops stray around it
        return addresses.work(bare, raw), None, None
    if bare[:1] in "hw" and (tail := ADDRESS_THEN_WORDS_RE.fullmatch(bare)) is not None and URL_RE.fullmatch(tail.group("url")):
        rest = tail.group("rest")
        consulted = ACCESSED_RE.fullmatch(rest.rstrip(". "))
        if consulted is not None or ADDRESS_PROSE_RE.fullmatch(rest):
            # "https://… for details", "https://…, accessed 3 May 2020": the address, and when it was read or why
            work = addresses.work(tail.group("url"), raw)
            accessed = dates.find_date(consulted.group(0)) if consulted is not None else None
            return (evolve(work, accessed=accessed.parts) if accessed is not None else work), None, None
    if ": http" in bare and (named := LABEL_THEN_POST_RE.fullmatch(bare)) is not None \
            and (posted := addresses.work(named.group("url"), raw)).container is not None:
        # "Russian MoD: https://t.me/mod_russia/36581": who posted it, named before the post's address
        return evolve(posted, authors=(Name(literal=named.group("label").strip()),),
                      evidence=posted.evidence + ("the name before the address is who posted it",)), None, None
    if "http" in bare and (linked := LABELLED_ADDRESS_RE.fullmatch(bare)) is not None:  # "[Reuters](https://…), <date>": a
        return _labelled_address(linked, raw), None, None  # link whose words name the outlet or body, not a title
    if text[:3].isupper() and (unsigned := bibstyle.abnt_unsigned_note_form(text)) is not None:
        work, loc, label = read_full(unsigned)  # "FACÇÃO amplia presença no Norte. *Folha de S.Paulo*, …": a headline
        return evolve(work, raw=raw, evidence=work.evidence + ("an unsigned story, its first word in capitals",)), loc, label
    if (printed := primary.frus(text)) is not None:
        return _in_frus(printed, raw)  # "Korry to Meyer, telegram, <date>, FRUS, 1969–1976, vol. XXI, doc. 126"
    if "onstitu" in text[:20] and (charter := legal.named_constitution(text)) is not None:  # before the author-date readers
        return charter[0], charter[1], "art." if charter[1] else None  # take "Constitución … (1993)" for a name and a year
    if ("). " in text[:820] and bibstyle.APA_HEAD_RE.match(text) is not None and (entry := bibstyle.to_note_form(text))
            or "), " in text[:320] and (entry := bibstyle.year_comma_note_form(text))) and entry != text:
        # "Centers for Disease Control and Prevention. (2023, May 11). *Title*. Retrieved …": an author-date entry is read
        # in its note form before the readers below cut it up (at where it may be found, or at its date in parentheses,
        # taken for publication facts)
        work, loc, label = read_full(entry)
        return evolve(work, raw=raw, evidence=work.evidence + ("read as a bibliography entry",)), loc, label
    if ", pp" in text and (commas := COMMA_NUMBERS_JOURNAL_RE.search(text)) is not None:
        text = (f"{text[: commas.start('journal')]}{commas.group('journal')} {commas.group('volume')}, no. {commas.group('issue')} "
                f"({commas.group('year')}): {commas.group('pages')}{text[commas.end():]}")  # "…, Journal, 31, 6, 2020, pp. 1–9"
    if "), " in text and (british := BRITISH_VOLUME_ISSUE_RE.search(text) or BRITISH_JOURNAL_RE.search(text)) is not None:
        # "'Title', Disasters, 20 (1996), 216–30": the journal form of British notes, read as Chicago prints it
        issue = f", no. {british.group('issue')}" if british.group("issue") else ""
        text = (f"{text[: british.start('journal')]}{british.group('journal')} {british.group('volume')}{issue} "
                f"({british.group('year')}): {british.group('pages')}{text[british.end():]}")
    posted = primary.posted_on(text) if primary.may_be_posted(text) else None
    if posted is not None:  # "Example Resistance in Iraq, Telegram post, January 28, 2024"
        return evolve(posted, raw=raw, language=None), None, None
    filed = QUOTED_FILING_RE.match(text.strip()) if " v" in text and text.lstrip()[:1] in "“\"" else None
    if filed is not None and primary.COURT_DOCUMENT_RE.match(f"{filed.group('doc').rstrip(' ,.')}, {filed.group('rest')}"):
        # '"Statement of Facts," United States v. Jane Roe, U.S. District Court …, Case 1:21-mj-00119, <date>': a filing
        # named in quotes, then its case, read as the filing is cited without them
        work, loc, label = read_full(f"{filed.group('doc').rstrip(' ,.')}, {filed.group('rest')}")
        return evolve(work, raw=raw), loc, label
    if "esp" in text and (especially := ESPECIALLY_RE.search(text)) is not None:
        text = text[: especially.start()] + ", at " + text[especially.end():]  # "…: 1155-1182, esp. 1160", "pp. 9–46, esp.
        # pp. 11–14": the range, and the page cited in it
    if ("lassif" in text or "FOIA" in text or "Freedom of Information" in text or "for release" in text) \
            and (declassified := DECLASSIFIED_RE.search(text)) is not None and dates.find_date(text[: declassified.start()]):
        text = text[: declassified.start()] + text[declassified.end():]  # "…, August 6, 2001, declassified and approved for
        # release April 10, 2004": the day the document was released, not the day it was written
    if ("removed" in text or "deleted" in text or "taken down" in text or "suspended" in text) \
            and (taken_down := TAKEN_DOWN_RE.search(text)) is not None and dates.find_date(text[: taken_down.start()]):
        text = text[: taken_down.start()] + text[taken_down.end():]  # "…, posted May 4, 2020 (removed May 5, 2020)": when
        # it appeared, not when it was taken down
    if "ed " in text and (released := RELEASED_BEFORE_DATE_RE.search(text)) is not None:
        text = text[: released.start()] + ", " + text[released.end():]  # "…, released February 4, 2022": its date
    if "?" in text or "!" in text:  # '“… Why Should We Study It?” in Jane Roe ed., *Book*': the title's mark closes it,
        text = MARK_BEFORE_IN_RE.sub(r"\1,\2 in ", text)  # and Chicago sets no comma after it
    if " in " in text and ("” in " in text or '" in ' in text):  # CTC Sentinel's chapters: '“Title” in Jane Roe and John
        text = QUOTE_THEN_IN_EDITORS_RE.sub(r"\1,\2 in ", text)  # Doe eds., Book (…)', with no comma before "in"
    coded = unmarked_title_code(text) if "-" in text and "*" not in text else None
    if coded is not None:
        # "Drug Enforcement Administration, 2020 National Drug Threat Assessment, DEA-DCT-DIR-008-21, March 2021": an
        # unmarked title closes before the report's code
        work, loc, label = read_full(f"{coded.group('who')}, *{coded.group('title').strip()}*, {coded.group('code')}, "
                                     f"{coded.group('rest')}")
        return evolve(work, raw=raw), loc, label
    linked = LINKED_OUTLET_DATE_RE.match(text.strip()) if "://" in text and text.count(",") <= 2 else None
    if linked is not None and classify.known_outlet(linked.group("outlet").strip()) \
            and (day := dates.find_date(linked.group("date"))) is not None:
        # a blog's note that is only a link, its text the outlet and the day: "[El País, 31 de octubre de 2007](https://…)"
        headline = linked.group("title")
        return Work(type="article-newspaper", container=linked.group("outlet").strip(), date=day.parts,
                    title=headline.strip(" «»“”\"") if headline else None, url=linked.group("url").rstrip(".,;"), raw=raw,
                    language=language.detect(headline) if headline else None,
                    evidence=('a link whose text is "<outlet>, <date>" -> a story of that outlet',)), None, None
    dated = OUTLET_DATE_ADDRESS_RE.match(text.strip()) if "://" in text else None
    if dated is not None and classify.known_outlet(dated.group("outlet")) \
            and (day := dates.find_date(dated.group("date"))) is not None and len(day.parts) >= 2:
        # "Reuters, February 17, 2024, https://…": a story of that outlet, known by its day and address
        return Work(type="article-newspaper", container=dated.group("outlet").strip(), date=day.parts,
                    url=dated.group("url").rstrip(".,;"),
                    raw=raw, language=None,
                    evidence=(f'"{dated.group("outlet").strip()}, <date>, <address>" -> a story of that outlet',)), None, None
    if "s of " in text and (as_of := AS_OF_ADDRESS_RE.search(text)) is not None:
        # RAND: "…, December 4, 2021. As of June 12, 2023: https://…": when the address was read, not when it appeared
        text = f"{text[: as_of.start()]}, accessed {as_of.group('date')}, {text[as_of.end():]}"
    lowered = text.lower()
    tail = AVAILABILITY_TAIL_RE.search(text) if any(stem in lowered for stem in AVAILABILITY_STEMS) else None
    if tail is not None and tail.start() > 12:  # "…. Disponível em: <URL>. Acesso em: 3 maio 2020.": read what precedes
        work, loc, label = read_full(text[: tail.start()])
        if work.parsed and work.date is not None and work.type in TYPES_ALSO_ONLINE:  # a book or report, also online
            url = _find_url(tail.group(0))
            consulted = ACCESSED_RE.search(tail.group(0))
            found_on = dates.find_date(consulted.group(0)) if consulted else None
            return evolve(work, url=work.url or url, accessed=work.accessed or (found_on.parts if found_on else None),
                          raw=raw), loc, label
    if "," in text and not any(mark in text for mark in "*_“”\"«»‘") and (dated := _dated_title_marked(text)) is not None:
        work, loc, label = read_full(dated)  # "OHCHR, Report on the events in Moura from 27 to 31 March 2022, May 2023."
        return evolve(work, raw=raw), loc, label
    paper = PARLIAMENTARY_PAPER_RE.search(text) if "H" in text else None
    if paper is not None and paper.start() > 20 and text.rfind("(", 0, paper.start()) <= text.rfind(")", 0, paper.start()):
        # "…, Fourth Report of Session 2019–21, HC 596.": the paper's number (not inside brackets, as OSCOLA prints the
        # numbers: "(2009–10, HL 64, HC 395)")
        work, loc, label = read_full(text[: paper.start()] + text[paper.end():])
        number = paper.group("paper")
        kind = "report" if work.type in ("book", "document", "article-journal", "article-magazine") else work.type
        return evolve(work, type=kind, genre=f"{work.genre}, {number}" if work.genre else number, raw=raw,
                      evidence=(*work.evidence, f'"{number}" -> a parliamentary paper (report)')), loc, label
    symbol = SYMBOL_PAREN_RE.search(text) if "(" in text and ("/" in text or "Sales No" in text) else None
    if symbol is not None and symbol.start() > 10:  # "*Title* (United Nations publication, Sales No. E.21.XI.8), p. 21"
        rest = text[: symbol.start()].rstrip() + text[symbol.end():]
        read = read_full(rest)
        if read[1] is None and not TITLE_MARK_RE.search(rest):  # "UNODC, World Drug Report 2014 (…), p. 35": an unmarked
            core, loc, label = strip_locator(rest.strip().rstrip("."))  # title, then the page cited
            if loc:
                read = (read_full(core)[0], loc, label)
        return _with_symbol(read, symbol.group(0)[1:-1], raw)
    code = TRAILING_CODE_RE.search(text) if "/" in text[-90:] else None
    if code is not None and code.start() > 20 and "://" not in code.group("code"):
        # "World Health Organization, Title, Scientific Brief, 9 July 2020, WHO/2019-nCoV/Sci_Brief/…/2020.3": its number
        read = read_full(text[: code.start()])
        if read[0].parsed and read[0].type != "webpage":
            return _with_symbol(read, code.group("code"), raw)
    numbered = without_eu_number(text)
    if numbered is not None:  # "European Commission, REPowerEU Plan, COM(2022) 230 final, 18 May 2022": the number set apart
        return _with_symbol(read_full(numbered[0]), numbered[1], raw)
    volume_paren = VOLUME_PAREN_RE.search(text) if "(Vol" in text or "(vol" in text else None
    if volume_paren is not None:  # "Survival (Vol. 61, No. 4, 2019), pp. 117–38": the British journal form, in note order
        work, loc, label = read_full(_journal_note_order(text, volume_paren))
        return evolve(work, raw=raw), loc, label
    wrapped = quote_inside_title(text) if has_quote(text) and "*" not in text and legal.article_match(text) is None else None
    # (a law-review article whose unmarked title quotes a word is read as one, below)
    if wrapped is not None:  # 'Example Group, Speaking with the "Bad Guys": Toward Dialogue, …': the quote is part of the title
        work, loc, label = read_full(wrapped)
        return evolve(work, raw=raw), loc, label
    special = _special_form(text, raw)
    if special is not None:
        if special[0].url is None and "://" in text[15:] and (address := _find_url(text)) is not None \
                and text.find(address) > 15:  # (an address before the citation is a stray of another)
            # "Jane Roe, televised remarks on …, March 2, 2024, https://…": the forms read whole keep the address too
            return evolve(special[0], url=address), special[1], special[2]
        return special
    on_air = interview_on_air(text)
    if on_air is not None:  # "Frank Roe, interview on Meet the Press, NBC, August 17, 1975": the programme, its network
        said = "declaraciones" in on_air.group(0)[:len(on_air.group("who")) + 20].lower()  # ("… declaraciones a Caracol Radio")
        return Work(type="interview", authors=parse_names(without_office(on_air.group("who").strip())),
                    container=on_air.group("programme").strip("* "), publisher=on_air.group("network"),
                    date=dates.find_date(on_air.group("date")).parts, genre="Declaraciones" if said else "Interview",
                    raw=raw, evidence=('"<who>, interview on <programme>, <network>, <date>" -> an interview given on air',)), \
            None, None
    heard = name_first_interview(text) if "nterv" in text or "ntrevist" in text or "ntretien" in text else None
    if heard is not None:  # "Jane Roe, interview with the author, Lima, <date>": the person heard, named first
        return evolve(read_interview(heard), raw=raw), None, None
    if may_be_interview(text[:200].lower()) and interview_words(text[:200]):
        return read_interview(text), None, None
    issue = newspaper_issue(text)
    if issue:  # "El Comercio (Lima), 4 de enero de 1855": the whole issue, no article title
        found = dates.find_date(issue.group("date"))
        _, loc, label = strip_locator((issue_in_brackets_note_form(text) or text).strip().rstrip("."))
        outlet = issue.group("outlet").strip()
        number = issue.group("number") or issue.group("bare")
        if number:  # "Dabiq, issue 7, February 2015": the whole issue, titled by its number
            # titled by its number: a style's short note needs a title (Chicago's full-note style prints an error
            # for a reference with none), and the number is what names this issue
            return Work(type="article-magazine", title=f"Issue {number}", container=outlet, publisher=issue.group("issuer"),
                        place=issue.group("place") or issue.group("town"), issue=number, date=found.parts, raw=raw,
                        language=None, evidence=("a periodical's numbered issue: outlet, number and date -> "
                                                 "article-magazine",)), loc, label
        return Work(type="article-newspaper", container=outlet, place=issue.group("place") or issue.group("town"),
                    date=found.parts, raw=raw, language=None,
                    evidence=("a newspaper's issue: outlet and date -> article-newspaper",)), loc, label
    if "PM" in text or "pmid" in text:  # "…: 1923–58, PMID: 21112623": a database's number for the article, after its pages
        text = PUBMED_ID_RE.sub("", text)
    doi = DOI_RE.search(text) if "doi" in text or "DOI" in text else None
    if doi:  # "…: 31–58, doi:10.5555/lsq.12233": the address of the DOI
        text = text[: doi.start()] + text[doi.end():]
    url = _find_url(text)
    if url and "(" in text and (after := DATE_AFTER_ADDRESS_RE.match(text, text.find(url) + len(url))) is not None \
            and dates.find_date(text[: text.find(url)]) is not None and (seen := dates.find_date(after.group("date"))) is not None \
            and len(seen.parts) == 3 and not any(word in text.lower() for word in ACCESSED_WORDS):
        # "…, 24 December 2015, <https://…> (20 January 2020)": the day the address was read, as African Affairs prints it
        text = f"{text[: after.start()]}{text[after.end():]}, accessed {after.group('date')}"
    if url:
        text = text.replace(url, " ")
    elif doi:
        url = "https://doi.org/" + doi.group("doi").rstrip(".,;:")
    lowered = text.lower()
    accessed = None
    if any(word in lowered for word in ACCESSED_WORDS):
        consulted = ACCESSED_RE.search(text)
        found_on = dates.find_date(consulted.group(0)) if consulted else None
        accessed = found_on.parts if found_on else None  # kept apart: it is not when the work appeared
        text = ACCESSED_RE.sub("", text)
        if "()" in text or "( )" in text or "[]" in text:  # "…, pp. 8-9 (accessed May 1, 2021)": no empty parentheses
            text = EMPTY_BRACKETS_RE.sub("", text)
    if url:  # "…. Available at <URL> (accessed 12 March 2022)", "Disponível em: <URL>": the words that led to it
        text = AVAILABLE_RE.sub("", text.rstrip(" .,"))
    if "modified" in lowered or "updated" in lowered or "archived" in lowered or "revised" in lowered:
        revision = REVISION_DATE_RE.search(text)
        earlier = dates.find_date(text[: revision.start()]) if revision is not None else None
        if earlier is not None and len(earlier.parts) >= 2:  # "…, September 5, 2024 (updated September 9, 2024)",
            text = text[: revision.start()] + text[revision.end():]  # "…, archived March 1, 2022, at <URL>": published on the 5th
    if "modified" in lowered or "updated" in lowered or "posted" in lowered or "published" in lowered \
            or "reviewed" in lowered or " broadcast " in lowered or " aired " in lowered:
        text = DATE_LEAD_WORDS_RE.sub(", ", text)  # "..., last modified June 2, 2020", "last reviewed …": the page's date
        # (and the day a channel aired the item whose headline comes just before: "Canal N, “…,” broadcast April 11, 2013";
        # a programme's "…, TV Globo, broadcast January 9, 2023" keeps the word that types it)
    text = text.strip().rstrip(" .,;")  # what the address or the date of access left behind: "pp. 8-9, "
    label_after = TRAILING_DOCUMENT_LABEL_RE.search(text) if text[-5:].isalpha() else None
    if label_after:  # "…, Kimbiri, 15 de agosto de 2013, mimeo": what the document is, after its date
        text = text[: label_after.start()]
    regs = spans.regions(text)
    titled = [r for r in regs if r.kind in ("quote", "italic")]
    paren = _pub_paren(text, regs)
    title_reg = titled[0] if titled and (paren is None or titled[0].start < paren.start) else None
    container_first = None
    if title_reg is not None:
        before_text = text[: title_reg.start].strip()
        after_text = text[title_reg.end:].lstrip(" ,")
        dated_after = (found := dates.find_date(after_text)) is not None and found.span[0] <= 2
        law_named = title_reg.kind == "quote" and LAW_DESIGNATION_RE.match(before_text.rstrip(",").strip()) is not None
        if before_text and not _lead_in_names(before_text.rstrip(",").strip()) and not law_named \
                and (dated_after or not before_text.endswith(",")) and numbered_lead(before_text.rstrip(",").strip()) is None:
            # The marked stretch is not the title: it is the outlet after an unmarked title
            # ("Ley N.° 29338, Ley de Recursos Hídricos, *El Peruano*, 31 de marzo de 2009"), or a
            # quotation inside one ("Imagining Development: ... Peru's "Fictitious Prosperity" of Guano").
            if before_text.endswith(",") and _lead_in_names(before_text.split(", ")[0]) is None \
                    or before_text.endswith(",") and len(before_text.split(", ")) > 1:
                container_first = title_reg.start
            title_reg = None
    authors: tuple[Name, ...] = ()
    book_editors: tuple[Name, ...] = ()
    lead_translators: tuple[Name, ...] = ()
    title: str | None
    rest: str
    continued = False
    spoken = False
    lead_number = None
    series = False
    outlet_first = None
    piece_kind = None  # "Editorial, “Title,” Global Times, <date>": what kind of piece, printed before its headline
    if title_reg is not None:
        before = text[: title_reg.start].strip().rstrip(",").strip()
        if before and NEWS_GENRE_RE.fullmatch(before):
            piece_kind, before = before.lower(), ""
        before = HANDLE_AFTER_NAME_RE.sub("", before) if "(@" in before or "[@" in before else before  # "Jane Roe (@janeroe)"
        before = PROGRAMME_ROLE_RE.sub("", before) if ", " in before else before  # "Jane Roe, host, “Episode,” *Show*"
        before = without_office(before) if before[:1].isupper() and before.count(" ") >= 2 else before  # "Secretary of …"
        title = _clean_title(text[title_reg.start + 1:title_reg.end - 1])
        rest = text[title_reg.end:]
        genre_first = GENRE_BEFORE_TITLE_RE.search(before) if ", " in before and before[-4:].lower() in (
            "ease", "ment", "note", "heet", "dout", "mony", "arks", "eech", "ress", "ture") else None
        if genre_first is not None:  # "U.S. Department of the Treasury, Press Release, “Title,” <date>": issuer, genre, title
            before, rest = before[: genre_first.start()], f", {genre_first.group('genre')}, {rest.lstrip(' ,')}"
        if rest.lstrip(" ,")[:1] in ("—", "–"):  # "“What Is Title 42?” — *The New York Times*, May 11, 2023": a dash for a comma
            rest = ", " + rest.lstrip(" ,")[1:].lstrip()
        if not rest.isascii() and (original := HAN_AFTER_TITLE_RE.match(rest)) is not None:
            rest = rest[original.end():]  # '“Haishang weiquan …” 海上维权… [Maritime rights …], Jiefangjun bao 解放军报 [PLA Daily]':
            # the title in characters after its romanisation, then its translation
            rest = HAN_AND_GLOSS_IN_OUTLET_RE.sub("", rest, count=1)  # the outlet's own characters and gloss
        translated = TRANSLATED_TITLE_RE.match(rest) if rest.lstrip()[:1] == "[" else None
        if translated:  # '“Los cocaleros del valle” [The coca growers of the valley], La República': a gloss
            rest = rest[translated.end():]
        cont = TITLE_CONTINUES_RE.match(rest) or (TITLE_AFTER_MARK_RE.match(rest) if title[-1:] == "!" else None)
        # ('"The Hour of Eugenics": Race, Gender, and Nation (Ithaca: ...)', '"This Is Our House!" A Preliminary …')
        if cont and title_reg.kind == "quote" and paren is not None:
            upto = paren.start - title_reg.end
            title = _clean_title(text[title_reg.start:title_reg.end] + rest[:upto])
            rest = rest[upto:]
            continued = True
        if before:
            numbered = numbered_lead(before) or series_lead(before)  # "UN General Assembly, Resolution 74/150, “Title,” ..."
            series = numbered is not None and len(numbered[1].split()) > 1 \
                and any(w.lower() in SERIES_WORDS for w in numbered[1].split())  # "Crisis Group Africa Report N°265"
            lead = _lead_in_names(before) if numbered is None else None
            if classify.known_outlet(before) or SITE_NAME_RE.fullmatch(before) \
                    or classify.NEWS_WORD_RE.search(before) and is_organisation(before) and not _body_word(before) \
                    and (not looks_like_names(before) or before.split()[0] in OUTLET_ARTICLES) \
                    or _outlet_alone_before_headline(before, rest):  # "BBC News", "El Diario de Juárez" (a paper's
                # name opening on its article), not "Comisión Nacional sobre …"
                outlet_first, lead = before, None  # "Los Tiempos, “Title,” <date>": the outlet before the headline
            if numbered is not None:
                authors, lead_number = (Name(literal=numbered[0]),), numbered[1]
            elif lead and ENDS_WITH_EDS_RE.search(lead):  # "Heidi King, ed., *Peruvian Featherworks*": edits the book
                book_editors = parse_names(lead)
            elif lead:
                authors = parse_names(lead)
            elif (who := speaker(before, whole=True)) is not None:  # "Statement by Abu Muhammad al-Adnani, “Title,” ..."
                authors, spoken = parse_names(who), True
            elif (said := STATEMENT_OF_GROUP_RE.match(before)) is not None:  # "Al-Example statement, “Title,” <outlet>"
                authors, spoken = (Name(literal=said.group("who")),), True
            elif before[:1] == "@" and HANDLE_FIRST_RE.fullmatch(before):  # "@SahelWatcher (Example Observer), “...”"
                authors = (Name(literal=before),)
            elif LAW_DESIGNATION_RE.match(before):  # 'Decreto Legislativo N.° 741, "Reconocen a los Comités …," <gazette>':
                lead_number = before  # the law's number, its name quoted after it
        mark = None if continued else title_reg.kind  # a title that only opens with a quotation is unmarked
    else:
        end = paren.start if paren is not None else len(text)
        if container_first is not None:
            end = container_first
        head = text[:end].strip().rstrip(",")
        parts = head.split(", ")
        if len(parts) > 2 and CORPORATE_PART_RE.fullmatch(parts[1]):  # "Gab AI, Inc., Form 1-K Annual Report …": the
            parts = [f"{parts[0]}, {parts[1]}"] + parts[2:]  # company's legal form is its name's end
        cut = 0
        for k in range(min(len(parts) - 1, 8), 2, -1):  # "FAO, IFAD, UNICEF, WFP and WHO, Title": bodies listed, one author part
            if body_list(", ".join(parts[:k])) is not None:
                parts = [", ".join(parts[:k])] + parts[k:]
                break
        listed = _body_name_list(parts, 1) if " of " in parts[0] else 0
        if listed and parts[listed - 1].split()[-1].lower() in COMMITTEE_WORDS:
            parts = [", ".join(parts[:listed])] + parts[listed:]  # "House of Commons Science, Innovation and Technology
            # Committee, Title": one committee, named by the fields it covers
        closed = next((k for k in range(1, min(len(parts) - 1, 4)) if ACRONYM_AFTER_RE.search(parts[k])), 0) \
            if len(parts) > 2 and ")" in head else 0
        if closed and is_organisation(parts[0]) and _spelt_by_initials(", ".join(parts[:closed + 1])):
            parts = [", ".join(parts[:closed + 1])] + parts[closed + 1:]  # "Ministerio del Ambiente, Agua y Transición
            # Ecológica (MAATE), Informe …": one body, its name's commas closed by the initials they spell
        listed_to = next((k for k, p in enumerate(parts[1:9], 1) if p.strip().rstrip(".").lower() == "et al"), 0)
        if listed_to and listed_to + 1 < len(parts) and looks_like_names(", ".join(parts[:listed_to]), max_words=60):
            parts = [", ".join(parts[:listed_to + 1])] + parts[listed_to + 1:]  # "Jane Roe, Ann Doe, Sam Poe, et al., Title":
            # the list the "et al." closes, whatever given names it holds
        for i in range(1, len(parts)):
            if i == 1 and (_organisation_author(parts[0]) or series_lead(parts[0]) is not None):
                cut = 1  # "United Nations Office on Drugs and Crime, World Drug Report 2013 (...)"
                while cut + 1 < len(parts) and cut < 3 and _sub_body(parts[cut]) and _body_word(parts[cut - 1]):
                    cut += 1  # "U.S. Department of State, Bureau of Counterterrorism, Country Reports ...": one body
                while cut + 1 < len(parts) and cut < 4 and BODY_NAME_GOES_ON_RE.match(parts[cut]):
                    cut += 1  # "Comisión para el Esclarecimiento de la Verdad, la Convivencia y la No Repetición, Title":
                    # the body's own name goes on after its comma, in lower case
                if cut + 1 < len(parts) and _body_word(parts[cut - 1]) and _country_of_body(parts[cut]) \
                        and classify.GOVERNMENT_RE.search(parts[cut - 1]):
                    cut += 1  # "Ministry of Defense, Japan, Defense of Japan 2023 (…)": the body, then its country (a
                    # state's own; "International Crisis Group, Israel, Hizbollah and …" opens its title on a country)
                listed = _body_name_list(parts, cut)
                if listed:  # "National Academies of Sciences, Engineering, and Medicine, Title": one body, its fields listed
                    parts = [", ".join(parts[:listed])] + parts[listed:]
                break
            if i == 1 and len(parts) > 2 and _organisation_author(parts[1]) and _body_word(parts[1]) \
                    and _jurisdiction(parts[0]):
                cut = 2  # "Peru, Ministerio del Interior, Plan Nacional (...)": a country, then its body
                break
            if looks_like_names(", ".join(parts[:i]), max_words=60) and (i == 1 or _another_person(parts[i - 1])
                                                          or ROLE_ONLY_RE.match(parts[i - 1])
                                                          or inverted_names(", ".join(parts[:i])) is not None
                                                          or i <= closed_list(parts)):
                cut = i  # "Córdova, Arnaldo, La política …": a name printed family name first is one name
            else:
                break
        while cut > 1 and cut < len(parts) and (classify.REPORT_SERIES_RE.search(parts[cut])
                                                or classify.REPORT_NUMBER_RE.search(parts[cut])) \
                and not (_sub_body(parts[cut - 1]) and (_body_word(parts[cut - 2]) or cut == 2 and _jurisdiction(parts[0]))) \
                and not ROLE_ONLY_RE.match(parts[cut - 1]) and not ENDS_WITH_EDS_RE.search(parts[cut - 1]) \
                and not (is_first_name(AND_LEAD_RE.sub("", parts[cut - 1]).split()[0]) and len(parts[cut - 1].split()) <= 6
                         and parts[cut - 1].split()[-1][:1].isupper()):  # ("…, Anders Ravik Jupskås and Madeleine
            # Thorstensen, RTV Trend Report 2022: …": a person closes the list, and the report's title follows)
            cut -= 1  # "Jane Roe, Iraq and U.S. Policy, CRS Report R45025": the title was no second author
            # (but "Government of India, Ministry of Home Affairs, Annual Report 2019–20": a ministry of the government, as
            # "Kenya, Ministry of Interior, Annual Security Report 2019" is a ministry of that country;
            # "Jane Roe and Ann Doe, eds., World Migration Report 2022 (…)": the editors of that report)
        if cut and cut < len(parts) and TITLE_EXTRA_RE.match(", " + parts[cut]):
            # "Example Documentary, directed by Jane Roe": no title would be left after the "names"; after two parts,
            # the second was the title ("Marc Bloch, Feudal Society, trans. L. A. Manyon, 2 vols. (…)")
            cut = cut - 1 if cut > 1 and looks_like_names(", ".join(parts[:cut - 1])) else 0
        if cut and cut < len(parts) and len(", ".join(parts[:cut]).split()) <= (16 if cut < 4 else 48):  # a dozen authors
            who = ", ".join(parts[:cut])
            in_series = series_lead(who) if cut == 1 else None
            if in_series is not None:  # "Crisis Group Africa Report N°265, Burkina Faso: ..., 24 February 2020"
                authors, lead_number = (Name(literal=in_series[0]),), in_series[1]
                series = len(in_series[1].split()) > 1
            elif ENDS_WITH_EDS_RE.search(who):  # "Steve J. Stern, ed., Shining ..." edits the book
                book_editors = parse_names(who)
            elif (role := ENDS_WITH_TRANS_RE.search(who)) is not None:  # "Ralph D. Roe, trans., The Seven Classics …"
                lead_translators = parse_names(who[: role.start()])
            elif (role := ENDS_WITH_HOSTS_RE.search(who)) is not None:  # "Jane Roe and Ann Doe, hosts, “Episode,” …"
                authors = parse_names(who[: role.start()])
            else:
                authors = parse_names(who)
            head = ", ".join(parts[cut:])
        head, extra = _title_extras(head)
        rest = text[end:]
        symbol_at = UN_SYMBOL_AFTER_TITLE_RE.search(head) if "/" in head else None
        if symbol_at is not None and len(head[: symbol_at.start()].split()) >= 3 and ", " not in head[: symbol_at.start()]:
            # "Report of the Secretary-General on …, S/2022/740 (5 October 2022)": the title ends at the symbol
            head, rest = head[: symbol_at.start()], head[symbol_at.start():] + rest
        if paren is None and container_first is None and not extra and not LEGAL_START_RE.match(head):
            head, moved = _unmarked_outlet_and_date(head)  # "Title, New York Times, March 3, 2010"
            rest = moved + rest
        elif paren is None and LEGAL_START_RE.match(head):  # "Ley N.° 2029, Ley de ..., 29 de octubre de 1999"
            found = dates.find_date(head)
            if found and found.span[1] >= len(head.rstrip(" .")) - 1:
                rest = ", " + head[found.span[0]:] + rest
                head = head[: found.span[0]].rstrip(" ,")
            said = PUBLISHED_IN_RE.search(head)  # "Ley N.° 30506, publicada en el diario oficial *El Peruano* el"
            if said:
                gazette = next((r for r in spans.regions(head) if r.kind == "italic" and r.start >= said.start()), None)
                rest = (", " + head[gazette.start:gazette.end] if gazette else "") + rest
                head = head[: said.start()]
            gazette_named = GAZETTE_RE.search(head)  # "Ley N.° 30123, Ley de ..., Diario Oficial El Ejemplo"
            if gazette_named:
                rest = ", *" + gazette_named.group("gazette").strip() + "*" + (gazette_named.group("number") or "") + rest
                head = head[: gazette_named.start()]
            elif found and ", " in head:
                law, _, last = head.rpartition(", ")
                if _gazette_name(last) and law:  # "Decreto Supremo N.º 074-2012-PCM, que declara ..., El Peruano, <date>"
                    rest, head = f", *{last}*" + rest, law
        if head.lower().endswith(TREATY_VERB_ENDINGS) and TREATY_RE.search(head):
            adopted = TREATY_DATE_RE.search(head)  # "Example Agreement (…), adopted": the act that dates it
            head = head[: adopted.start()].rstrip(" ,") if adopted else head
        title = _clean_title(head)
        gloss = TRANSLATED_TITLE_RE.search(title) if title.endswith("]") else None
        if gloss is not None and gloss.start() > 0 and len(gloss.group(0).split()) >= 3 and title[gloss.start() - 1:gloss.start()] != "(":
            title = title[: gloss.start()].strip()  # "Nansha zhengduan … [The origin and development of …]": the
            # translation a note gives after an unmarked title, as after a quoted one, is no part of it
        mark = None
    # Publication facts after the title.
    if title_reg is None:
        rest = extra + rest
    editors: tuple[Name, ...] = ()
    translators: tuple[Name, ...] = ()
    container = None
    container_italic = False
    chapter = False
    stripped = rest.strip().lstrip(",").strip()
    m = IN_EDITORS_FIRST_RE.match(stripped)
    if m and looks_like_names(m.group("eds"), max_words=60) and not _book_then_editors(stripped, m):
        chapter = True
        editors = parse_names(m.group("eds"))
        stripped = stripped[m.end():]
    elif (book := _in_book(stripped)) is not None and PERIODICAL_AFTER_IN_RE.match(stripped, book.end()):
        stripped = stripped[book.end():].strip()  # "« Titre », in Revue française de science politique, vol. 51, n° 1-2": a journal's
    elif book is not None:
        chapter = True
        stripped = stripped[book.end():].strip()
        editors_first = EDITORS_THEN_TITLE_RE.match(stripped)
        if editors_first and looks_like_names(editors_first.group("eds")):
            editors = parse_names(editors_first.group("eds"))  # "in Karp and Lavine, Exhibiting Cultures, 88-103"
            stripped = stripped[editors_first.end():]
    both = EDITED_AND_TRANSLATED_RE.search(stripped)  # "ed. and trans. Lewis A. Coser"
    if both:
        translators = editors_both = parse_names(both.group("who"))
        stripped = (stripped[: both.start()] + stripped[both.end():]).strip()
        book_editors = book_editors or editors_both
    directed = DIRECTED_BY_RE.search(stripped) if "irect" in stripped or "irigid" in stripped or "éalis" in stripped \
        or "egie" in stripped else None
    if directed and looks_like_names(directed.group("who")):  # a film's director is its author
        authors = authors or parse_names(directed.group("who"))
        stripped = (stripped[: directed.start()] + stripped[directed.end():]).strip()
    tm = TRANSLATED_BY_RE.search(stripped)
    if tm:
        translators = parse_names(tm.group("tr")) if tm.group("tr") else ()
        stripped = (stripped[: tm.start()] + stripped[tm.end():]).strip()
    editors = editors or book_editors
    translators = translators or lead_translators
    em = EDITED_BY_RE.search(stripped)
    if em and not editors and not stripped[: em.start()].endswith(":"):  # ("São Paulo: Ed. 34": Editora 34, the publisher)
        who, end = _editor_list(stripped, em.start("eds"), em.end())
        editors = parse_names(who)
        stripped = (stripped[: em.start()] + stripped[end:]).strip()
    # Locator at the very end: "(…, 2010), pp. 66-67" / "*Monitor* 2:1 (2003)" has none.
    pages = None
    locator = label = None
    sregs = spans.regions(stripped)
    pparen = _pub_paren(stripped, sregs)
    tail = stripped[pparen.end:] if pparen is not None else stripped
    colon = PAGES_AFTER_COLON_RE.match(tail)
    if colon:
        pages = _dash(colon.group("pages"))
        if colon.group("loc"):
            locator = _dash(colon.group("loc"))
        elif not _article_range(colon.group(0), pages):
            pages, locator = None, pages  # "(1991): 470–72" in a note is the page cited
        tail = tail[colon.end():]
    else:
        tail2, loc, label = strip_locator(tail.strip().rstrip("."))
        if loc:  # strip_locator already refuses the year that closes a date
            locator = loc
            tail = tail2
            article = PAGES_BEFORE_PIN_RE.search(tail)  # "(1999): 97–127, 100": the article's range, then the page cited
            if article and (not label or tail.rstrip().endswith(" at")):  # "…, pp. 720-741, at p. 728"
                pages, tail = _dash(article.group("pages")), tail[: article.start() + 1]  # keep the ")"
            elif pparen is not None and (whole := RANGE_ONLY_RE.fullmatch(tail.strip(" ,").removesuffix(" at").rstrip(" ,"))):
                pages, tail = _dash(whole.group("pages")), ""  # "(…, 2009), 101–25, at 110": the chapter's pages
    head = stripped[: pparen.start] if pparen is not None else tail
    if pparen is not None:
        head = stripped[: pparen.start]
    if ":" in head and classify.BROADCAST_RE.search(head):
        head = DURATION_RE.sub("", head)  # "YouTube video, 3:45,": a running time, no volume:issue
    # Volume/issue: "*Journal* 41:3 (1999)"
    volume = issue = None
    vm = VOLUME_RE.search(spans.mask(head, [r for r in spans.regions(head) if r.kind != "paren"]))
    journal = None
    if vm and mark == "quote" and "," in head[: vm.start()] and head[: vm.start()].rstrip()[-1:].isalpha() \
            and (vm.group("vol") or vm.group("vol3") or vm.group("vol6")) \
            and COMMA_JOURNAL_RE.fullmatch(head[: vm.start()].strip(" ,")) and not dates.find_date(head[: vm.start()]):
        journal = head[: vm.start()].strip(" ,")  # '“…,” Crime, Law and Social Change 37, no. 1': the name runs to its volume
    column_first = COLUMN_THEN_JOURNAL_RE.match(head) if vm and mark == "quote" and ", *" in head[: vm.start()] else None
    if column_first is not None and (len(column_first.group("column").split()) > 4
                                     or head[column_first.end():vm.start()].strip()):
        column_first = None  # (only where the volume follows the italic name)
    if vm:
        volume = vm.group("vol") or vm.group("vol2") or vm.group("vol3") or vm.group("vol4") or vm.group("vol6")
        issue = vm.group("iss") or vm.group("iss2") or vm.group("iss3") or vm.group("iss4") or vm.group("iss5") \
            or vm.group("iss6") or vm.group("iss7") or vm.group("iss8")
        head = head[: vm.start()] + " " + head[vm.end():]
        if "," in head[max(0, vm.start() - 2):vm.start() + 3]:  # "History of the Cold War, vol. 2, Crises": one comma left
            head = DOUBLE_COMMA_RE.sub(",", head)
    # The container: the first italic or plain phrase of what remains (all of it for a chapter's book).
    described = DESCRIPTOR_RE.match(head)  # '"World Development Indicators" (database), accessed ...'
    if described:
        head = head[described.end():]
    if journal is not None:
        container, container_italic, head_rest = _clean_title(journal), False, head.strip()[len(journal):]
    elif column_first is not None:  # "Nuclear Notebook, *Bulletin of the Atomic Scientists* 79": the column, then its journal
        container, container_italic = _clean_title(column_first.group("journal")), True
        head_rest = head[column_first.end():]
    else:
        container, container_italic, head_rest = _container(head)
    if container and not container_italic and head_rest[:2] == ", " and classify.GOVERNMENT_RE.search(container) \
            and (office := head_rest[2:].split(", ", 1)[0]) and office.split()[0] in ("Office", "Bureau", "Division", "Directorate") \
            and _sub_body(office) and dates.find_date(head_rest) is not None:
        container, head_rest = f"{container}, {office}", head_rest[2 + len(office):]  # "…, U.S. Department of Justice, Office
        # of Public Affairs, <date>": the office of the department that issued it
    if container and not container_italic and container.startswith(AGENCY_SYMBOL_HEADS) and DOCUMENT_SYMBOL_RE.fullmatch(container):
        container = None  # "…, INFCIRC/214, December 13, 1974": the document's symbol (its number, read below), no outlet
    if outlet_first and not container:
        container = outlet_first
    elif outlet_first and not authors and (container.lower().strip(" *.") in classify.SOCIAL_PLATFORMS
                                           or container.lower().strip(" *.").split(" ")[0] in VIDEO_SITES):
        authors = (Name(literal=outlet_first),)  # "Example News Agency, “Title,” Telegram, <date>": the agency posted it
    elif outlet_first and not authors and WIRE_SERVICE_RE.fullmatch(outlet_first) and classify.known_outlet(container):
        authors = (Name(literal=outlet_first),)  # "Associated Press, “Title,” Chicago Tribune, <date>": the wire's story,
        # carried by the paper
    column = container if container and not container_italic and NEWS_GENRE_RE.fullmatch(container) else piece_kind
    if column and column != piece_kind:  # '“Example Editorial,” editorial, El Comercio, <date>': the kind of piece, the outlet
        container, container_italic, head_rest = _container(head_rest)
    publisher_first = None
    labelled = container if container and not container_italic and (
        DOCUMENT_LABEL_RE.fullmatch(container) or len(container.split()) <= 5 and SERIES_LABEL_END_RE.search(container)
        or len(container.split()) <= 8 and NUMBERED_SERIES_RE.search(container) and not classify.REPORT_SERIES_RE.search(container)
        or PAPER_NUMBER_RE.fullmatch(container)) \
        else None  # "report", "mimeo", or a body's series: "KSE Institute Report", "CSIS Briefs", "… Studies No. 191"
    if not labelled and container and not container_italic and container[-1:].isalnum() and "-" in container \
            and CODED_SERIES_RE.fullmatch(container):
        labelled = container  # '“Title,” Joint Cybersecurity Advisory AA23-144A, <date>': a body's series and its code
    if not labelled and container and not container_italic and container[-1:].isdigit() and NAMED_NUMBER_RE.fullmatch(container):
        body, _, after_body = head_rest.lstrip(" ,").partition(", ")
        one_word = len(body.split()) == 1 and body[:1].isupper() and (dated := dates.find_date(after_body)) is not None \
            and dated.span[0] == 0  # ("…,” Policy Contribution 17/2021, Bruegel, July 2021": a body of one word, then its date)
        if body and (is_organisation(body) or one_word) and not classify.NEWS_WORD_RE.search(body) \
                and not classify.known_outlet(body):
            labelled = container  # '“Title,” Peaceworks No. 162, United States Institute of Peace, <date>': a body's series
    if not labelled and container and not container_italic and is_organisation(container) and not classify.NEWS_WORD_RE.search(container):
        series = head_rest.lstrip(" ,").split(", ", 1)[0]
        if series and (len(series.split()) <= 8 and NUMBERED_SERIES_RE.search(series)
                       or " " not in series and classify.REPORT_NUMBER_RE.fullmatch(series)):
            # ('“Title,” Congressional Research Service, R41576, <date>': the body, then the report's number)
            # '“Title,” International Crisis Group, Africa Report N°303, <date>': who published it, then its series
            labelled = column = series
            publisher_first = container
            container, container_italic, head_rest = None, False, head_rest.lstrip(" ,")[len(series):]
    if labelled:  # '“River of Gold,” report, September 2018', '“Title,” working paper, <body>': a kind, not an outlet
        column = labelled
        container, container_italic, head_rest = _container(head_rest)
        if container and not container_italic and " " in container and classify.REPORT_NUMBER_RE.fullmatch(container):
            column = f"{labelled}, {container}"  # "…, Twelfth Report of Session 2022–23, HC 1129, <date>": its number too
            container, container_italic, head_rest = _container(head_rest)
        if labelled.lower().replace("-", "") == "preprint" and container and not publisher_first:
            publisher_first, container = container, None  # '“Title,” preprint, *medRxiv*, <date>': the server holds it
    given_at = classify.PRESENTED_AT_RE.match(container) if container and not container_italic else None
    if given_at:  # '“Title,” paper presented at the Annual Conference of ..., Chicago, August 2015': a talk
        spoken = True
    said = container if container and not container_italic and SAID_GENRE_RE.fullmatch(container) else None
    if said:  # '“Mensaje a la Nación,” discurso, Congreso de la República, ...', '“Title,” audio statement, <body>'
        column = said
        written = said.lower() in WRITTEN_STATEMENTS and _bodies(authors)
        spoken = spoken or not (said.lower().startswith(("video", "vídeo")) or written)  # ('Example Forces, “Title,”
        # statement, <date>': a body's statement is issued in writing)
        container, container_italic, head_rest = _container(head_rest)
    if container and not described:
        described = DESCRIPTOR_RE.match(head_rest)  # "*War on the Rocks* (blog), March 5, 2018"
        if described:
            head_rest = head_rest[described.end():]
    if chapter and pparen is not None and not container_italic and head.strip(" ,"):
        container, head_rest = _clean_title(EDITION_END_RE.sub("", head.strip(" ,"))), ""  # "…, 2nd ed.": no title word
    place, publisher = None, publisher_first
    date = None
    date_literal = dates.find_no_date(rest)
    event_title = None
    labelled_number = None
    numbered = NUMBER_LABEL_PAREN_RE.fullmatch(stripped[pparen.start:pparen.end]) if pparen is not None else None
    if numbered is not None:  # "(Index: AFR 62/3921/2021)": the document's number, no place or publisher
        labelled_number = f"{numbered.group('label')}: {numbered.group('number').strip()}"
    elif pparen is not None:
        place, publisher, date = _read_paren(stripped[pparen.start + 1:pparen.end - 1])
        if publisher and ", " in publisher and (coded := PUBLISHER_NUMBER_END_RE.search(publisher)) is not None:
            publisher, labelled_number = publisher[: coded.start()], coded.group("number")  # "(Washington, D.C.:
            # Congressional Research Service, R41576, 2015)": the publisher, then the report's number
        if publisher and not place and (authors and all(a.literal for a in authors) or LEGAL_START_RE.match(title or "")) \
                and _a_town(publisher) and not any(w.isupper() and len(w) > 1 for w in publisher.split()):  # ("ICC IMB": a body)
            place, publisher = publisher, None  # "Defensoría del Pueblo, *Informe* (Lima, 2014)": it publishes itself
    if date is None:
        found = dates.find_date(head_rest) or dates.find_date(head) or dates.find_date(tail)
        if found is None and lead_number and title_reg is not None:  # "resolution 70/1 of 25 September 2015, entitled …"
            found = dates.find_date(text[: title_reg.start])
        if found:
            date = found.parts
    numbered = CONTAINER_ISSUE_RE.fullmatch(container) if container and not (volume or issue) and mark == "quote" and date \
        and len(date) >= 2 else None
    if numbered and not classify.known_outlet(container) and (
            classify.known_outlet(numbered.group("name"))
            or int(numbered.group("issue")) >= 10 and numbered.group("name").split()[-1].lower().strip("*") not in NUMBER_LABEL_WORDS
            and not classify.REPORT_SERIES_RE.search(container) and not classify.REPORT_WORD_RE.search(container)):
        container, issue = numbered.group("name"), numbered.group("issue")  # '“Title,” al-Naba 233, 7 May 2020': its issue
    if container and not container_italic and (found := dates.find_date(container)) is not None \
            and not (pparen is not None and len(found.parts) == 1 and (found.span[0] > 0 or chapter)):
        # (a year inside a book's title before its publication facts is the title's: "in World Drug Report 2023 (Vienna: …)",
        # "in 2019 IEEE Symposium on Security and Privacy (SP) (San Francisco: IEEE, 2019)", as IEEE names its proceedings)
        container = container[: found.span[0]].strip(" ,") or None
    if container and (dates.NO_DATE_RE.fullmatch(container.strip(" .")) or PAGE_WORD_RE.match(container)):
        container = None
    # Pages of an article or chapter: a range after a quoted (part) title is its page range.
    if locator and not pages and volume and (regex.fullmatch(r"[a-z]{1,5}\d{3,9}|0\d{3,8}|\d{6,9}", locator)):
        pages, locator = locator, None  # an article number in place of pages: "*BMJ* 352 (2016): h6704", "119 (2020): 104067",
        # "6, no. 1 (2020): tyaa012"
    if locator and not pages and mark == "quote" and "-" in locator and not (label and PARAGRAPH_LABEL_RE.match(label)) \
            and label != "timestamp" \
            and (pparen is None or _article_range(locator, locator)) and not THESIS_RE.search(rest):
        pages, locator = locator, None  # "in Eds., *Book* (…), 42-56": the chapter's own pages (a thesis is whole)
    if publisher and len(authors) == 1 and authors[0].family and not authors[0].given \
            and _same_body(authors[0].family, publisher):
        authors = (Name(literal=authors[0].family),)  # "Oxfam, *Title* (Lima: Oxfam, 2015)": a body, its own publisher
    elif publisher and len(authors) == 1 and authors[0].family and authors[0].given \
            and f"{authors[0].given} {authors[0].family}".lower() == publisher.strip().lower():
        authors = (Name(literal=publisher.strip()),)  # "México Evalúa, *Hallazgos* (Ciudad de México: México Evalúa, 2022)":
        # a body that publishes itself, whose name reads like a person's
    if container and ISSUED_BY_RE.match(container):  # NATO's "…, Issued by NATO Heads of State and Government …, <date>"
        container = None  # who issued it says again what the title and the author say, no outlet
    if container and (not container_italic or mark is None) and mark != "italic" and not place \
            and dateline_city(container) and not classify.known_outlet(container):
        # '“2022 State of the Union Address”, Strasbourg, <date>', 'Ley N.° 1008, Ley del Régimen …, La Paz, <date>': where
        place, container = container, None  # it was given or issued, not an outlet (a title unmarked or quoted)
        region = head_rest[: when.span[0]].strip(" ,") if head_rest and (when := dates.find_date(head_rest)) else ""
        if region and len(region) <= 30 and "," not in region and (known_place(region) or STATE_ABBREVIATION_RE.fullmatch(region)):
            place = f"{place}, {region}"  # '…, speech, Washington, DC, <date>': the town and its state
        dateline = place
        if outlet_first:
            container = outlet_first  # "Associated Press, “Title,” Mexico City, <date>": the wire, then its dateline
    else:
        dateline = None
    document_number = None
    if container and not container_italic and not volume and not issue and DOCUMENT_NUMBER_RE.fullmatch(container.strip()) \
            and (not authors or all(a.literal for a in authors)) and not CASE_NAME_RE.search(title or ""):
        document_number, container = container.strip(), None  # 'Central Intelligence Agency, "Title," NIE 11/37-88, March
        # 1989': the document's number, no outlet
    thesis = bool(THESIS_RE.search(rest))
    # ("…», en Politics & Society, vol. 32, No 2, …": "en" before a periodical, its volume and no editor nor publisher)
    periodical = bool(volume or issue) and not editors and not publisher and pparen is None  # ("en *Nueva Sociedad*, n.º 287")
    shape = classify.Shape(
        title_mark=mark, chapter=chapter and (bool(editors) or container is not None and not periodical), volume=bool(volume or issue),
        pub_paren=pparen is not None and not chapter, container=container, container_italic=container_italic,
        publisher=publisher, date_precision=len(date) if date else 0, url=url,
        person_authors=any(a.literal is None for a in authors), title=title, thesis=thesis,
        organisation_author=bool(authors) and all(a.literal is not None for a in authors),
        author_text="; ".join(a.literal for a in authors if a.literal),
        self_published=bool(publisher) and any(a.literal and _same_body(a.literal, publisher) for a in authors),
        edited=bool(editors) and not authors, accessed=accessed is not None,
        genre_text=rest[:160], spoken=spoken, filmed=bool(directed),
    )
    kind, evidence = classify.classify(shape)
    if document_number:
        if kind in ("article-journal", "article-magazine", "article-newspaper", "webpage", "book"):
            kind = "report"
        evidence.append(f'"{document_number}": a document\'s number -> {kind}')
    if dateline:
        evidence.append(f'"{dateline}" read as where it was given or issued')
    if kind == "book" and publisher and authors and all(a.literal for a in authors) \
            and _publishes_itself(authors[0].literal, publisher):
        kind = "report"  # "OECD, *States of Fragility 2020* (Paris: OECD Publishing, 2020)": a body's own publication
        evidence.append(f'published by its author, "{publisher}" -> report')
    if container and not container_italic and kind in ("webpage", "article-newspaper", "article-magazine", "document") \
            and MEDIA_WING_RE.match(container) and not publisher:
        kind, publisher, container = "speech", container, None  # '“Say, Die in Your Rage,” al-Furqan Media, <date>'
        evidence.append(f'"{publisher}", the media office of a group, released it -> a statement (speech)')
    if pages and not locator and not volume and not issue and kind in ("report", "document", "speech", "book", "webpage") \
            and not _article_range(pages.replace("–", "-"), pages.replace("–", "-")):
        pages, locator = None, pages  # '“Final report of the Panel …,” S/2018/581, …, pp. 12-14': the pages cited
    if lead_number and kind != "report" and LEGAL_NUMBER_RE.match(lead_number):
        kind = "document"  # "Presidencia, Decreto 896 de 2017, “Por el cual ...,” Bogotá, <date>": an official text
        evidence.append(f'"{lead_number}" numbers an official text -> document')
        if container and not container_italic and not place and _a_town(container) \
                and not classify.OFFICIAL_GAZETTE_RE.search(container):  # ("El Peruano" is the gazette, no town)
            place, container = container, None
    if series and lead_number and kind in ("book", "document", "article-magazine", "article-newspaper"):
        kind = "report"
        evidence.append(f'"{lead_number}" names a numbered series of its issuer -> report')
    if label_after and not labelled:
        labelled = column = label_after.group("label")
        if kind in ("article-newspaper", "article-magazine", "webpage") and container and not place and _a_town(container):
            container, place = None, container  # "Pliego de reclamos, Kimbiri, <date>, mimeo": where it was issued
    if labelled and kind not in ("chapter", "thesis") and (kind != "book" or REPORT_LABEL_RE.fullmatch(labelled)
                                                           or NUMBERED_SERIES_RE.search(labelled)
                                                           or classify.REPORT_NUMBER_RE.fullmatch(labelled)
                                                           or SERIES_LABEL_END_RE.search(labelled)):  # ("Example
        # Discussion Paper (Washington, DC: …)": a body's series of papers, named for it)
        kind = "report" if REPORT_LABEL_RE.fullmatch(labelled) or SERIES_LABEL_END_RE.search(labelled) \
            or NUMBERED_SERIES_RE.search(labelled) or NAMED_NUMBER_RE.fullmatch(labelled) or CODED_SERIES_RE.fullmatch(labelled) \
            or PAPER_NUMBER_RE.fullmatch(labelled) or classify.REPORT_NUMBER_RE.fullmatch(labelled) else "webpage" if DATA_LABEL_RE.fullmatch(labelled) \
            else "document"  # data published online are a web page, as "(database)" after a title makes them
        evidence.append(f'"{labelled}" after the title names its kind -> {kind}')
    station = STATION_RE.search(head_rest) if kind in ("webpage", "article-newspaper", "article-magazine") \
        and container_italic and not volume and "-" in head_rest else None
    if station:  # '“Open Lines,” *The Example Hour*, KXYZ-AM, March 3, 2019': a programme on a station
        kind, publisher = "broadcast", publisher or station.group(0)
        evidence.append(f'"{station.group(0)}", a station\'s call sign, after the programme -> broadcast')
    network = NETWORK_RE.match(head_rest.lstrip(" ,")) if kind in ("webpage", "article-newspaper", "article-magazine") \
        and container_italic and not volume and not pparen else None
    if network:  # '“Inside the Frontier,” *60 Minutes*, CBS News, April 7, 2019': a programme on a network
        kind, publisher = "broadcast", network.group("network")
        place = None if place == publisher else place
        evidence.append(f'an italic programme on "{network.group("network")}", a broadcaster -> broadcast')
    what = described.group("what").lower() if described else None
    if what in ("blog", "blog post", "weblog", "database", "dataset", "data set", "online database", "website") \
            and (kind not in ("report", "book", "chapter") or kind == "report" and what in ("blog", "blog post", "weblog")):
        # (a blog said to be one is no think tank's series: "“Title,” *Running Commentary* (blog), 22 April 2017")
        kind = "webpage"
        evidence.append(f'"({described.group("what")})" after the title -> webpage')
    if kind == "article-newspaper" and container and not publisher and not classify.known_outlet(container) \
            and (host := BODY_BEFORE_DATE_RE.match(head_rest)) is not None and is_organisation(host.group("body")) \
            and not classify.NEWS_WORD_RE.search(container) and not classify.known_outlet(host.group("body")):
        # '“Title,” China Example, Center for Strategic and International Studies, <date>': a body's site and its series
        kind, publisher = "webpage", host.group("body")
        evidence.append(f'"{container}", then the body "{publisher}" that publishes it -> a web page of that body')
    if kind in ("article-newspaper", "article-magazine") and container and not place and head_rest.lstrip()[:1] == "(" \
            and (town := TOWN_IN_BRACKETS_RE.match(head_rest)) is not None and known_place(town.group("town")):
        place = town.group("town")  # "La República (Lima), 5 de junio de 2013": the paper's town, in brackets
    if kind in ("article-newspaper", "article-magazine") and container and not place:
        city = CITY_BEFORE_DATE_RE.match(head_rest)  # "La República, Lima, 3 de marzo de 2014": the paper's city
        if city and date and city.group("city").lower().rstrip(".") not in dates.MONTHS:
            if city.group("city").replace(".", "").replace("-", "").isupper():  # "*60 Minutes*, CBS, <date>": a network
                publisher = publisher or city.group("city")
            else:
                place = city.group("city")
    genre = described.group("what") if what and what not in FILE_NOTES and not what.startswith(("in ", "en ")) else None
    genre = genre or column or lead_number or document_number
    if kind == "document" and not genre and shape.genre_text and any(w in shape.genre_text for w in classify.RELEASE_WORDS) \
            and (release := classify.RELEASE_RE.search(shape.genre_text)) is not None:
        genre = release.group(0)[:1].upper() + release.group(0)[1:]  # "…, press release, <date>": what it is
        if (number := RELEASE_NUMBER_RE.match(shape.genre_text, release.end())) is not None:
            genre = f"{genre} {number.group('number')}"  # "press release JS-1720": and its number
    if labelled_number and labelled_number.lower().startswith(("isbn", "issn", "doi")):
        labelled_number = None  # a catalogue's number names no kind of work
    if labelled_number and not genre:
        genre = labelled_number
        if kind in ("book", "document"):
            kind = "report"
            evidence.append(f'a document\'s number in parentheses ("{labelled_number}") -> report')
    if not genre and pparen is not None:  # "(Santa Monica, Calif.: RAND Corporation, 2016), RR-1253-A, p. 1": its number
        after_paren = stripped[pparen.end:].strip(" ,").split(",", 1)[0].strip(" .")
        if after_paren and classify.REPORT_NUMBER_RE.fullmatch(after_paren):
            genre = after_paren
            if kind == "book":
                kind = "report"
                evidence.append(f'a report number after the publication facts ("{after_paren}") -> report')
    if not genre and "/" in rest and (symbol := DOCUMENT_SYMBOL_RE.search(rest)):
        genre = symbol.group(0)  # "…, UN Security Council, S/2019/454, 31 May 2019": the document's number
    if container and classify.GENRE_DOCUMENT_RE.search(container) or container and classify.GENRE_SPEECH_RE.search(container):
        genre, container = container, None  # "press release", "A/RES/66/2", "keynote address at ..."
        issuer, _, after = _container(head_rest)
        if issuer and organisation_name(issuer) and not dates.find_date(issuer):
            container, head_rest = issuer, after  # "..., S/2022/83, United Nations Security Council, <date>"
    if kind == "speech" and pparen is None:
        event_title, place = _speech_event(rest)
        if not (event_title or place) and container and classify.EVENT_WORD_RE.search(container):
            found = dates.find_date(head_rest)  # '..., Second World Meeting, Santa Cruz, Bolivia, July 9, 2015'
            event_title = container
            place = (head_rest[: found.span[0]] if found else head_rest).strip(" ,") or None
        held_at = SPEECH_AT_EVENT_RE.search(title) if mark is None and title and not (event_title or place) else None
        if held_at and classify.EVENT_WORD_RE.search(held_at.group("event")):
            # "Remarks by Minister X at the Example Security Forum, Example City, <date>": the event is in the
            # unmarked title, the place after it
            event_title, place = held_at.group("event"), container
            title = title[: held_at.start()].strip()
        if event_title or place:
            container = None
            genre = given_at.group("what").capitalize() if given_at else None
            evidence.append(f'"{event_title or place}" read as where the speech was given')
    if kind == "speech" and not authors:  # "Testimony of William R. Brownfield, ..., before ...", '"Remarks by President X …"'
        who = speaker(title or "")
        if who is not None:
            authors = parse_names(who)
            evidence.append(f'"{who}" read as the speaker')
    if kind == "report" and container and not genre and (not container_italic or classify.SERIES_NAME_RE.search(container)) \
            and (classify.REPORT_SERIES_RE.search(container) or classify.REPORT_NUMBER_RE.fullmatch(container)
                 or classify.SERIES_NAME_RE.search(container) or classify.NUMBERED_PAPERS_RE.search(container)
                 or classify.REPORT_NUMBER_RE.fullmatch(container.rsplit(" ", 1)[-1])):  # "Latin America Report No. 80": series, not publisher
        genre, container = container, None
        evidence.append(f'"{genre}" read as the series and number of the report')

        issuer = _container(head_rest)[0] if not publisher else None
        town, _, body = issuer.partition(": ") if issuer and ": " in issuer else ("", "", "")
        if body and not place and (publishing_city(town) or known_place(town)):
            issuer, place = body, town  # "…, *ICCT Research Paper*, The Hague: International Centre for …, <date>; URL: …"
        if issuer and organisation_name(issuer) and not dates.find_date(issuer):  # "…, Research Notes No. 29, <Institute>, <date>"
            publisher = issuer
            evidence.append(f'"{issuer}" read as the body that issues the series (publisher)')
    if kind == "broadcast":  # '"Title," Episode 14, The World podcast, PRI, October 2, 2019'
        container, genre, aired_by = _program(container, container_italic, head_rest, genre)
        publisher = aired_by or publisher  # a film's studio from its parenthetical stays
    gazette = kind == "document" and (container_italic or bool(container) and classify.OFFICIAL_GAZETTE_RE.search(container))
    # (a law or a notice in an official gazette: *El Peruano*, "Federal Register 86, no. 19")
    if kind == "speech" and container and not container_italic and not place and BUILDING_END_RE.search(container) \
            and not classify.VENUE_RE.match(container) and (found := dates.find_date(head_rest)) is not None \
            and len(town := head_rest[: found.span[0]].strip(" ,")) <= 40 and _a_town(town.split(",")[0].strip()):
        # '“Address …,” Union Buildings, Pretoria, <date>', '… speech at the Summit, Lancaster House, London, <date>': the
        # building it was given in, then its town (a building of a name before its town is where, not who published it)
        place, container = f"{container}, {town}", None
        evidence.append(f'"{place}" read as where the speech was given')
    if kind == "speech" and container and not container_italic and not place and classify.VENUE_RE.match(container):
        found = dates.find_date(head_rest)  # '…,” Casa de Nariño, Bogotá, 4 de septiembre de 2012': the hall, then its town
        town = (head_rest[: found.span[0]] if found else "").strip(" ,")
        if not town and SEAT_OF_GOVERNMENT_RE.match(container):  # '"Remarks by …," The White House, <date>, <URL>': the
            publisher, container = container, None  # office that published the transcript, no hall named with its town
            evidence.append(f'"{publisher}" read as the office that published it (publisher)')
        else:
            place, container = (f"{container}, {town}" if town and len(town) <= 40 else container), None
            evidence.append(f'"{place}" read as where the speech was given')
    if kind == "speech" and container and not container_italic and not place and not is_organisation(container) \
            and _a_town(container) and len(container.split()) <= 3:
        place, container = container, None  # '“Nigeria at Sixty,” speech, Lagos, June 10, 2021': where it was given
        evidence.append(f'"{place}" read as where the speech was given')
    if kind == "book" and container and not publisher and not container_italic \
            and classify.UNIVERSITY_PRESS_ABBREVIATED_RE.search(container):
        publisher, container = container, None  # "*Title*, Duke UP, 2015": the press that published the book
        evidence.append(f'"{publisher}" read as the publisher')
    if kind == "report" and container and not publisher and not genre and classify.PROGRAM_END_RE.search(container):
        issuer = _container(head_rest)[0]
        if issuer and organisation_name(issuer) and not dates.find_date(issuer):
            # "…,” Harmony Program, Combating Terrorism Center at West Point, <date>": the programme, then its body
            genre, publisher, container = container, issuer, None
            evidence.append(f'"{issuer}" read as the body whose programme "{genre}" issued it (publisher)')
    if kind in ("report", "document") and container and not publisher and shape.container and not gazette and len(authors) == 1 \
            and authors[0].literal and classify.a_known_town(container) and not is_organisation(container) \
            and not classify.known_outlet(container):
        place, container = container, None  # "Amnesty International, *Title*, London, December 2015": its town (the body
        evidence.append(f'"{place}" read as where the body that wrote it issued it')  # that wrote it issued it, as printed)
    if kind in ("report", "speech", "document") and container and not genre and container[:1].islower() \
            and DOCUMENT_GENRE_RE.fullmatch(container):  # '"Title," transcript, <date>': what it is, no one's name
        genre, container = container[:1].upper() + container[1:], None
        evidence.append(f'"{genre}" read as what the document is (genre)')
    if kind in ("report", "speech", "document") and container and not publisher and shape.container and not gazette:
        publisher, container = container, None
        evidence.append(f'"{publisher}" read as the issuing body (publisher)')
        series = SERIES_AFTER_ISSUER_RE.match(head_rest) if not genre and kind == "report" else None
        if series is not None:  # "…,” United States Institute of Peace, Special Report 308, June 2012": its series and number
            genre, head_rest = series.group("series").strip(), head_rest[series.end():]
            evidence.append(f'"{genre}" read as the series and number of the report')
        city = CITY_BEFORE_DATE_RE.match(head_rest) if not place else None
        if city and city.group("city").lower().rstrip(".") not in dates.MONTHS:
            if DOCUMENT_KIND_END_RE.search(city.group("city")) or classify.SERIES_NAME_RE.search(city.group("city")):
                genre = genre or city.group("city")  # "…, Example Unit, Briefing Paper Series, May 2009", "…, Pressemitteilung,
                # <date>": what the body issued, not where
            elif is_organisation(city.group("city")) or classify.GOVERNMENT_RE.search(city.group("city")):
                publisher = f"{publisher}, {city.group('city')}"  # "…, National Security Council, The White House, <date>"
            else:
                place = city.group("city")  # "…, Royal United Services Institute, London, April 2020": where it issued it
    presented = classify.PRESENTED_AT_RE.match(publisher) if kind == "speech" and publisher and pparen is not None else None
    if presented:  # "(paper presented at the Annual Meeting of ..., Chicago, IL, April 2015)": what it was, then where
        genre = presented.group("what").capitalize()
        publisher = publisher[presented.end():]
    if kind == "document" and pparen is not None and publisher and classify.UNPUBLISHED_RE.match(publisher):
        genre, publisher = publisher[:1].upper() + publisher[1:], None  # "(unpublished manuscript, 2015)"
    if kind in ("speech", "interview") and pparen is not None and publisher and not place:
        event_title, place = _event_and_place(publisher)
        publisher = None
        first, _, after = (place or "").partition(", ")
        if first and (MEDIA_WING_RE.search(first) or is_organisation(first)) and not known_place(first):
            publisher, place = first, after or None  # "(audio speech, al-Furqan Media Foundation, <date>)": who released it
        if event_title:
            evidence.append(f'"{event_title}" read as the event')
    if kind in ("book", "report") and pparen is not None and container and not container_italic:
        numbered = VOLUME_LABEL_RE.fullmatch(container)
        if numbered and not volume:  # "*Histoire de l'édition*, t. II (Paris: Fayard, 1984)": the volume cited
            volume = numbered.group("volume")
            evidence.append(f'"{container}" read as the volume')
        elif kind == "report" and not genre and SERIES_PLURAL_RE.search(container):
            genre = f"{container}, no. {issue}" if issue else container  # "Adelphi Papers, no. 171 (London: …)"
            issue = None
            evidence.append(f'"{genre}" read as the series and number of the report')
        elif not genre and not issue and SERIES_NUMBER_BEFORE_FACTS_RE.fullmatch(container) \
                and edition(container) is None and edition(container + ".") is None:  # ("6. Aufl": an edition)
            genre = container  # "*State of the Climate 2022*, WMO-No. 1330 (Geneva: …)", "SWP-Aktuell 2015/A 98 (Berlin: …)"
            evidence.append(f'"{genre}" read as the series and number of the report')
        elif title and mark == "quote" and container.startswith(". ") and container[2:3].isupper():
            title = f"{title}. {container[2:].strip()}"  # '“Podemos detener a quien queramos”. Violaciones … (Nueva York:
            evidence.append("the title's second sentence after its quoted first read as part of the title")  # …)'
        else:
            evidence.append(f'"{container}" between title and publication facts left out (not an outlet)')
        container = None
    if kind == "thesis" and container and not publisher and not container_italic and THESIS_RE.search(container):
        school, _, after = _container(head_rest)  # "*Title*, tesis de doctorado, Universidad X, Lima, 2015": degree, school, town
        if school and SCHOOL_RE.search(school):
            genre, publisher, container = container, school, None
            town = _container(after)[0]
            if town and not place and _a_town(town):
                place = town
    if kind == "thesis" and container and not publisher:
        publisher, container = container, None
    if kind == "thesis" and publisher:  # "(PhD diss., Harvard University, 2010)": the degree, then the school
        degree, sep, school = publisher.partition(", ")
        if sep and THESIS_RE.search(degree):
            genre, publisher = degree, school
            school, sep, town = school.rpartition(", ")
            if sep and not place and SCHOOL_RE.search(school) and town[:1].isupper() and len(town.split()) <= 3:
                publisher, place = school, town  # "Universidad Nacional Mayor de San Marcos, Lima"
    gazette = next((FED_REG_RE.fullmatch(x.strip()) for x in (publisher, container) if x and "R" in x and FED_REG_RE.fullmatch(x.strip())),
                   None)
    if gazette is not None:  # '“Title,” 86 Fed. Reg. 7619 (February 1, 2021)': a notice in the Federal Register
        kind, container, publisher = "document", "Federal Register", None
        volume, pages = gazette.group("volume"), gazette.group("page").replace(",", "")
        if not genre and (order := EXECUTIVE_ORDER_RE.match(raw)) is not None:
            genre = order.group(0).strip(" ,")  # "Executive Order 14008, “Title,” …": what the notice is
        evidence[:] = [e for e in evidence if gazette.group(0) not in e]  # (it was no issuing body)
        evidence.append("volume and page of the Federal Register -> a notice published there (document)")
    held = container if container and "rxiv" in container.lower() else publisher if publisher and "rxiv" in publisher.lower() \
        else None
    arxiv = ARXIV_RE.fullmatch(held.strip()) if held else None
    if arxiv is None and held and held.strip().lower().rstrip(": ") == "arxiv":
        arxiv = ARXIV_RE.search(raw)  # "arXiv:2001.08361 (2020)": an identifier of 2020 whose digits read as a year
    if arxiv is not None:  # '“The Pile,” arXiv:2101.00027 (2020)': a preprint on arXiv, by its identifier
        kind, publisher, container, genre = "report", "arXiv", None, f"Preprint arXiv:{arxiv.group('id')}"
        url = url or f"https://arxiv.org/abs/{arxiv.group('id')}"
        evidence.append("an arXiv identifier -> a preprint (report)")
    if kind == "webpage" and not url and label in ("p.", "pp.") and container and not container_italic and not publisher \
            and is_organisation(container) and not classify.NEWS_WORD_RE.search(container) and not classify.known_outlet(container):
        kind, publisher, container = "report", container, None  # '“A Losing Game,” Hiraal Institute, October 2020, p. 2':
        evidence.append(f'a page of a paper "{publisher}" issued -> report')  # a web page has no pages
    if container and not container_italic and mark == "quote" and (platform := primary.platform_of(container)) is not None:
        # 'Jane Roe (@jroe), “Words of the post,” post on X, <date>': a post on the platform, its words quoted
        kind, genre, container = "webpage", container[:1].upper() + container[1:], platform
        evidence.append(f'"{genre}" read as a post on {platform}')
    if container and not container_italic and not publisher and kind in ("webpage", "article-newspaper", "article-magazine") \
            and head_rest and organisation_name(container) and not classify.known_outlet(container):
        parent = _container(head_rest)[0]
        if parent and not dates.find_date(parent) and (classify.GOVERNMENT_RE.search(parent) or DISTRICT_RE.match(parent)):
            # '“Title,” Office of Example Control, U.S. Department of the Treasury, <date>', '…, U.S. Attorney's Office,
            # Southern District of New York, <date>': an office and the department or district it belongs to
            publisher, container, kind = f"{container}, {parent}", None, "document"
            evidence.append(f'"{publisher}": an office and what it belongs to, issued it -> document')
    if container and not container_italic and not publisher and kind in ("webpage", "article-newspaper", "article-magazine") \
            and head_rest and not classify.known_outlet(container) and not classify.NEWS_WORD_RE.search(container):
        parent = _container(head_rest)[0]
        if parent and not dates.find_date(parent) and BODY_WORD_RE.search(parent) and organisation_name(parent) \
                and not classify.known_outlet(parent):
            # '“Profile: …,” Militia Spotlight, Washington Institute for Near East Policy, <date>': a body's series on its site
            publisher, kind = parent, "webpage"
            evidence.append(f'"{parent}" read as the body whose series "{container}" it is (publisher)')
    released_by = BODY_RELEASE_RE.match(genre) if genre and not publisher and "elease" in genre else None
    if released_by is not None and organisation_name(released_by.group("body")):  # "UNICEF press release": who, then what
        publisher, genre = released_by.group("body"), "Press release"
    kind_after = PUBLISHER_THEN_KIND_RE.search(publisher) if publisher and ", " in publisher else None
    if kind_after is not None and not genre:  # "U.S. Department of State, Media Note": the issuer, then what it issued
        publisher, genre = publisher[: kind_after.start()], kind_after.group("kind")
    issued_by = BODY_THEN_SERIES_RE.match(genre) if kind == "report" and genre and not publisher else None
    if issued_by is not None:  # "United States Institute of Peace Special Report No. 520": the body, then its series
        publisher, genre = issued_by.group("body"), issued_by.group("series")
        evidence.append(f'"{publisher}" read as the body whose series it is (publisher)')
    if publisher and mark == "quote" and kind in ("report", "webpage", "document") and MEDIA_WING_RE.match(publisher):
        # '“Kalima ila al-Muslimin fi Amrika,” al-Malahim Media Foundation, May 2017'; '“Bayan …,” Hayat Tahrir al-Sham,
        # Amjad Foundation for Media Production, <date>': the group, then its media office
        if container and not container_italic and not authors and is_organisation(container) \
                and not classify.known_outlet(container):
            authors, container = (Name(literal=container),), None
        kind = "speech"
        evidence.append(f'"{publisher}", the media office of a group, released it -> a statement (speech)')
    if mark is None and pparen is not None and title and ", " in title and not genre and kind in ("book", "report"):
        for _ in range(2):  # "No Exit: …, Adelphi 418–419 (London: …)", "…, OEA/Ser.L/V/II, Doc. 97/24 (Washington: …)"
            head_of, _, last = title.rpartition(", ")
            if head_of and _series_number(last):
                title, genre = head_of, f"{last}, {genre}" if genre else last
            elif head_of and (edition(last) or edition(last + ".")):
                title = head_of  # "Tödlicher Irrtum, 3. Aufl. (Frankfurt: …)": the edition, read from the whole note
        lead_of, _, kind_words = title.rpartition(", ")
        if genre and lead_of and REPORT_KIND_RE.fullmatch(kind_words):  # "…, Report by the Director General, GOV/…"
            title, genre = lead_of, f"{kind_words}, {genre}"
        if genre:
            evidence.append(f'"{genre}" after an unmarked title read as its series and number')
    if container and locator and container.endswith((" No", " Nr", " N°", " Nº")) and not container_italic and not genre:
        genre, container, locator, label = f"{container}. {locator}", None, None, None  # "…, National Security Archive
        # Electronic Briefing Book No. 4, <URL>": the series and its number, not an outlet and a page
    official = OFFICIAL_NUMBER_LEAD_RE.match(title) if title and title[:1] in "NSD" else None
    if official is not None and not genre:  # "NOU 2012: 14, Rapport fra 22. juli-kommisjonen (Oslo: …, 2012)": a Nordic
        genre, title, kind = " ".join(official.group("number").split()), title[official.end():], "report"  # official report
        evidence.append(f'"{genre}" numbers an official report')
    if container and container[-4:] in (" vom", " von"):
        container = container[:-4]  # "Süddeutsche Zeitung vom 24.3.2017": the word that led to the date
    if publisher and publisher[-4:] in (" vom", " von"):
        publisher = publisher[:-4]
    if title and not container and ", " in title and classify.OFFICIAL_GAZETTE_RE.search(title.rsplit(", ", 1)[1]) \
            and LAW_DESIGNATION_RE.match(title.rsplit(", ", 1)[0]):
        title, container = title.rsplit(", ", 1)  # "Decreto Legislativo n.º 333, Diario Oficial, <town>, <date>": the
        kind = "document"  # decree, in the gazette that printed it
    if publisher and genre and "/" in publisher and genre.startswith(publisher) and DOCUMENT_SYMBOL_RE.match(genre):
        publisher = None  # "…, OEA/Ser.L/V/II, Doc. 57, <date>": the symbol's first part, no publisher
    if publisher and not genre and publisher[:1].islower() and ", " in publisher \
            and DOCUMENT_GENRE_RE.fullmatch(publisher.split(", ", 1)[0]):  # "(working paper, Yale …, July 19, 2022)":
        genre, publisher = publisher.split(", ", 1)  # what it is, then who issued it
        genre = genre[:1].upper() + genre[1:]
    work = Work(
        type=kind, authors=authors, editors=editors, translators=translators, title=title or None,
        container=container, publisher=publisher, place=place or dateline, date=date, date_literal=date_literal,
        volume=volume, issue=issue, page=pages, url=url, accessed=accessed, language=language.detect(title, raw),
        evidence=tuple(evidence),
        event_title=event_title, genre=genre if genre and len(genre) < 60 else None,
        raw=raw, parsed=bool(title),
    )
    return work, locator, label

def _with_symbol(read: tuple[Work, str | None, str | None], symbol: str, raw: str) -> tuple[Work, str | None, str | None]:
    """A reading of a citation without its sales number or document symbol, given them back: the
    number is the work's, an official publication is a report, and a United Nations one says who published it."""
    work, loc, label = read
    if not work.parsed:
        return evolve(work, raw=raw), loc, label
    published = symbol.startswith("United Nations publication")
    number = symbol.split(", ", 1)[1] if published and ", " in symbol else symbol
    kind = "report" if work.type in ("book", "article-journal", "article-magazine", "article-newspaper", "webpage") else work.type
    place, container, publisher, volume = work.place, work.container, work.publisher, work.volume
    if container and not place and publishing_city(container):  # "*Social Panorama 2020* (LC/…), Santiago, 2021"
        place, container = container, None
    part = PART_OF_REPORT_RE.fullmatch(publisher or "")
    if part and not volume:  # "*World Drug Report 2021*, booklet 4, …": a part of the report, not who published it
        volume, publisher = part.group(0), None
    return evolve(work, type=kind, genre=work.genre or number, place=place, container=container, volume=volume,
                  publisher=publisher or ("United Nations" if published else None),
                  raw=raw, evidence=work.evidence + (f'"{symbol}" numbers an official publication -> {kind}',)), loc, label


# A part of a report in several: "booklet 4", "part II", "vol. 2"
PART_OF_REPORT_RE = lazy(r"(?i)(?:booklet|part|vol\.|volume|tome|tomo)\s+[\dIVXLC]{1,5}")


# A law, code or constitution named in words, the article cited, the gazette and the date: "Ley Agraria, art. 3, Diario
# Oficial de la Federación, 26 de febrero de 1992", "Constitución Política de …, art. 27, Diario Oficial, 5 de febrero de 1917"
GAZETTE_LAW_RE = lazy(r"^(?P<title>(?i:ley|c[oó]digo|constituci[oó]n|constitution|constituição|law|act|code|loi|gesetz|legge|lei)"
                      r"\b[^,;“\"*]{0,200}),\s+(?:arts?\.\s*(?P<art>[\dIVXLC]{1,5}[a-z]?),\s+)?"
                      r"(?P<gazette>(?i:(?:diario|boletín|boletin|gaceta|registro|diário)\s+oficial|official\s+(?:gazette|journal)|"
                      r"journal\s+officiel|bundesgesetzblatt|gazzetta\s+ufficiale)[^,;]{0,60}),\s+(?P<date>[^;]{4,60}?)"
                      r"(?:,\s+(?i:arts?\.|artículos?|articles?)\s*(?P<art_after>[\dIVXLC]{1,5}[a-z]?(?:\(\d{1,3}\))?))?\.?$")


def _special_form(text: str, raw: str) -> tuple[Work, str | None, str | None] | None:
    """A citation with a shape of its own, read by its own reader or rewritten into note form
    and read again: posts, court cases and rulings, correspondence, statutes, law-review
    articles, publication facts without parentheses, archival documents, bibliography entries
    (in any of the styles ``bibstyle`` knows).  None for an ordinary note."""
    printed = GAZETTE_LAW_RE.match(text.strip()) if "ficial" in text or "azette" in text or "blatt" in text else None
    if printed is not None and not any(ch.isdigit() for ch in printed.group("title")) \
            and (found := dates.find_date(printed.group("date"))) is not None:  # (a law by its number is read below)
        # "Ley Agraria, art. 3, Diario Oficial de la Federación, 26 de febrero de 1992": a law named in words, the article
        # cited, and the gazette that printed it
        title, art = printed.group("title").strip(), printed.group("art") or printed.group("art_after")
        return Work(type="document", title=title, publisher=printed.group("gazette").strip(), date=found.parts, raw=raw,
                    language=language.detect(title, raw), parsed=True,
                    evidence=('"<law>, <gazette>, <date>" -> a law as its gazette printed it (document)',)), \
            art, ("section" if art else None)
    pictured = imagery.image(text)
    if pictured is not None:  # "Satellite image ©2022 Example Technologies, April 9, 2022"
        return evolve(pictured, raw=raw), None, None
    in_fond = archival.fond_tail(text) if " op" in text else None  # "RGANI, f. 3, op. 12, d. 1006, ll. 15–18ob.": a Soviet
    held = in_fond[:3] if in_fond else archival.tail(text.strip().rstrip(".")) if archival.may_hold(text) else None  # file
    if held is not None:  # "Memorandum, Roe to Doe, <date>, Example Files, box 36, Example Library, Boston, MA"
        head, archive, location = held
        if any(r.kind in ("quote", "italic") for r in spans.regions(head)):
            kind_first = DOCUMENT_KIND_FIRST_RE.match(head)  # "Memorandum of Conversation, “Title,” <date>": its kind first
            work, loc, label = read_full(head[kind_first.end():] if kind_first else head)  # its title read as any note's
            if work.type in ("article-newspaper", "article-magazine", "article-journal", "webpage", "book"):
                work = evolve(work, type="document", container=None)
            if kind_first:
                work = evolve(work, genre=work.genre or kind_first.group("kind"))
        else:
            work, loc, label = primary.letter(head) or archival.document(head), None, None
        if not head and in_fond is None:  # "Record Group 59, Central Decimal File, …, National Archives, …": the file itself
            work, location = evolve(work, title=location), None
        if in_fond is not None:  # (the leaves cited, "ll. 15–18ob.": folios; a transliterated title tells no language)
            work, loc, label = evolve(work, language=None), in_fond[3] or loc, "folio" if in_fond[3] else label
        return evolve(work, archive=archive, archive_location=location, raw=raw,
                      evidence=work.evidence + (f'held by "{archive}" -> its archive',)), loc, label
    post = primary.post(text)  # "Tweet by @x, March 3, 2015"
    if post is not None:
        return evolve(post, language=None), None, None
    moved = issue_then_title(text) if text[:1] == "*" or text[:1].isupper() else None
    if moved is not None:  # "Inspire, Issue 17, August 2017, “Train Derail Operations,” p. 12": the title first
        work, loc, label = read_full(moved)
        if work.parsed and work.title:
            return evolve(work, raw=raw), loc, label
    released = primary.released_media(text)  # "Amaq News Agency video, June 5, 2017"
    if released is not None:
        return evolve(released, raw=raw), None, None
    release = primary.PRESS_LEAD_RE.match(text)
    if release is not None:  # "Press Release, U.S. Department of the Treasury, “Title,” <date>": the issuer, then the release
        work, loc, label = read_full(text[release.end():])
        if work.parsed:
            return evolve(work, type="document", genre=work.genre or "Press release", raw=raw,
                          evidence=work.evidence + ('"Press Release" named first -> document',)), loc, label
    resolved = primary.un_resolution(text) if "esolution" in text or "RES/" in text or " res." in text else None
    if resolved is not None:  # "UN Security Council Resolution 2216 (2015), April 14, 2015"
        return resolved
    issued = primary.un_document(text) if primary.may_be_un_document(text) else None
    if issued is not None:  # "Security Council press release SC/13148, 22 December 2017"
        return issued
    act = primary.eu_act(text) if primary.may_be_eu_act(text) else None
    if act is not None:  # "Council Decision (CFSP) 2022/338 of 28 February 2022 …, OJ L 60, 28.2.2022, p. 1"
        return act
    debate = primary.hansard(text) if " Deb" in text else None
    if debate is not None:  # "HC Deb 22 February 2022, vol 709, cols 171–3"
        return debate
    data = primary.dataset(text) if "data" in text or "Data" in text else None
    if data is not None:  # "ACLED data, accessed 30 September 2021"
        return data, None, None
    shown = primary.untitled_broadcast(text)  # "Al-Manar, evening news bulletin, March 3, 2019"
    if shown is not None:
        return shown, None, None
    document = primary.untitled_document(text)  # "Policía Nacional, informe interno, 2019, consultado por el autor"
    if document is not None:
        return document, None, None
    paper = hansard.sessional_paper(text) if ", PP " in text or ", P.P. " in text or "Parliamentary Papers" in text else None
    if paper is not None:  # "Board of Trade, Report on the Trade of …, PP 1913, LXIX (Cd. 6665), 11"
        return evolve(paper[0], raw=raw), paper[1], paper[2]
    sitting = hansard.debates(text) if "Deb" in text or "Hansard" in text or "Official Report" in text or "ébats" in text \
        else None
    if sitting is not None:  # "Hansard, HC Deb, 4th ser., vol. 45, 8 Feb. 1897, cols. 62–70"
        label = ("column" if "col" in text.lower() else "page") if sitting[1] else None
        return evolve(sitting[0], raw=raw), sitting[1], label
    given = untitled_speech(text)  # "Prime Minister Adil Example, address to the nation, Example City, October 20, 2019"
    if given is not None:
        who, genre, rest = given
        found = dates.find_date(rest)
        place = rest[: found.span[0]].strip(" ,") or None if found else None
        host = place.split(", ", 1) if place and ", " in place else None
        held_at = None
        if host and is_organisation(host[0]) and known_place(host[1].split(", ")[0]) and not is_organisation(host[1]):
            issuer, held_at = host  # "…, press briefing, The White House, Washington, DC, <date>": who held it, then where
        else:
            issuer = place if place and (MEDIA_WING_RE.search(place) or is_organisation(place) and not known_place(place)) else None
            # ("…, Washington DC, <date>": a town, its initials no body's)
        if place and not issuer and classify.known_outlet(_aired_on(place)):
            issuer = _aired_on(place)  # "…, televised speech, Al-Masirah, <date>", "broadcast on Al-Manar": the broadcaster
        if place and not issuer and "," not in place and AIRED_GENRE_RE.search(genre) and place[:1].isupper() \
                and not (dateline_city(place) or known_place(place)):
            issuer = place  # "…, televised speech, Al Jazeera Mubasher, <date>": a channel aired it, no place
        place = held_at or (None if issuer else place)  # "…, audio statement …, al-Zallaqa Media, <date>": who released it
        if place and RELEASED_BY_AGENT_RE.search(genre) and looks_like_names(place) and " " in place \
                and not (dateline_city(place) or known_place(place)):
            genre, place = f"{genre}, {place}", None  # "…, statement released by his attorney, Jane Roe, <date>": who he is
        if not issuer and (released := RELEASED_BY_BODY_RE.search(genre)) is not None \
                and (organisation_name(released.group("body")) or MEDIA_WING_RE.search(released.group("body"))):
            genre, issuer = genre[: released.start()], released.group("body")  # "…, audio statement released by al-Kataib
            # Media Foundation, <date>": the body that released it
        if genre.count("“") > genre.count("”") or genre.count('"') % 2:
            genre += "”" if "“" in genre else '"'  # ('video statement announcing the "Segunda Marquetalia,"': closed again)
        authors = parse_names(who)
        if genre.lower() in WRITTEN_STATEMENTS and _bodies(authors):
            return Work(type="document", authors=authors, genre=genre[:1].upper() + genre[1:], place=place, publisher=issuer,
                        date=found.parts if found else None, raw=raw, language=language.detect(genre),
                        evidence=(f'"{genre}" of a body, with a date -> a statement issued in writing (document)',)), None, None
        described = len(genre.split()) >= 4 and DESCRIBED_SPEECH_RE.search(genre) is not None \
            or len(genre.split()) >= 6 and SAID_AT_RE.search(genre) is not None  # ("speech at the opening of the …")
        # ("Address to the Seventy-fourth Session of the United Nations General Assembly": a description that is the
        # speech's only title, as Chicago prints one without quotes; "televised speech" only says what it was)
        return Work(type="speech", authors=authors, title=genre[:1].upper() + genre[1:] if described else None,
                    genre=None if described else genre[:1].upper() + genre[1:], place=place,
                    publisher=issuer,
                    date=found.parts if found else None, raw=raw, language=language.detect(genre),
                    evidence=(f'"{genre}" after the speaker\'s name, with a date -> speech',)), None, None
    held = congress.hearing(text) or congress.record(text) or congress.bill(text) if "Cong" in text else None
    if held is None and (" No." in text or " NO." in text) and (text[:2] in ("H.", "S.") or " Rep. " in text or " REP. " in text):
        held = congress.chamber_report(text)  # "H.R. Rep. No. 104-383, at 43–45 (1995)"
    if held is None and " before " in text:
        held = congress.testimony(text)  # "Statement of <witness>, <office>, before the <committee>, <date>"
    if held is None and text[:4] in ("Hear", "hear") and (heard := congress.dated_hearing(text)) is not None:
        held = heard, None  # "Hearing on …, Senate … Subcommittee on Defense, May 2, 2023 (statement of Jane Roe, …)"
    if held is not None:  # "*Title: Hearing Before the Subcomm. on ...*, 116th Cong. 22 (2019) (statement of ...)"
        return held[0], held[1], None
    said = _said_by(text)  # "Remarks by Secretary of State Jane Roe at the Example Forum, Washington, D.C., May 4, 2016"
    if said is not None:
        return said, None, None
    filed = primary.court_document(text)  # "Criminal Complaint, United States v. John Doe, No. 1:15-cr-123 (...)"
    if filed is not None:
        work, loc, label = read_full(filed[1])
        if work.type == "document" and work.title:
            genre = ", ".join(g for g in (filed[0], work.genre) if g)
            return evolve(work, genre=genre[:1].upper() + genre[1:], raw=raw,
                          evidence=work.evidence + (f'"{filed[0]}" named before the case -> its genre',)), loc, label
    case_name = primary.CASE_RE.match(text.strip()) if "v." in text or " c. " in text or text.lstrip("*").startswith(primary.MATTER_LEADS) \
        else None
    reported = legal.reported_case(text.strip()[case_name.end():]) if case_name else None
    if reported:  # "United States v. Morales, 123 F.3d 456, 460 (9th Cir. 1999)": reporter, pinpoint, court, year
        court = reported.group("court").strip() or None
        return Work(type="document", title=case_name.group("case").strip(), genre=reported.group("cite"), publisher=court,
                    date=(int(reported.group("year")),), raw=raw, language=language.detect(case_name.group("case"), raw),
                    evidence=('"<party> v. <party>, <volume> <reporter> <page> (<court> <year>)" -> a court case',)), \
            (_dash(reported.group("pin")) if reported.group("pin") else None), None
    if case_name or "v." in text and primary.COURT_RE.search(text.split(", ", 1)[0]):
        # "United States v. Doe, U.S. District Court, ..., March 4, 2014, 12"; "European Court of …, X v. Y, …"
        core, loc, label = strip_locator(text.strip().rstrip("."))
        case = primary.legal_case(core)
        if case is not None:
            return evolve(case, raw=raw, language=case.language or language.detect(case.title, raw)), loc, label
    noted = primary.field_notes(text)  # "Author's field notes, Pichari, VRAEM, Peru, May 2013"
    if noted is not None:
        return noted, None, None
    sent_letter = primary.letter(text)  # "Letter from Juan Pérez to the Prefect of Cuzco, March 3, 1890"
    if sent_letter is not None:
        return evolve(sent_letter, language=language.detect(sent_letter.genre, raw)), None, None
    sent = CORRESPONDENCE_RE.match(text)  # "Cable, U.S. Embassy Lima to Secretary of State, “Subject,” March 3, 1990"
    if sent:
        work, loc, label = read_full(text[sent.end():])
        who = sent.group("who").strip()
        return evolve(work, type="document", authors=parse_names(who) or (Name(literal=who),),
                      genre=f"{sent.group('genre').capitalize()} to {sent.group('to').strip()}"[:59],
                      publisher=work.publisher or work.container, container=None, raw=raw,
                      evidence=(f'"{sent.group("genre")}, <sender> to <recipient>" -> a document',)), loc, label
    made = primary.treaty(text) if primary.may_be_treaty(text, named_alone=True) else None
    if made is not None:  # "International Covenant on …, adopted December 16, 1966, …, entered into force …, art. 7"
        return evolve(made[0], raw=raw, language=language.detect(made[0].title)), made[1], made[2]
    national = legal.abnt_law(text) if text[:3].isupper() else None  # "BRASIL. Lei nº 11.343, de 23 de agosto de 2006. …"
    if national is not None:
        return evolve(national[0], raw=raw), national[1], "article" if national[1] else None
    public = legal.crs_law(text) if "P.L." in text or " Act of " in text or "Pub. L." in text else None  # "… Act of 2004 (P.L. 108-458, §7119)"
    if public is not None:
        return evolve(public[0], raw=raw), public[1], "sec." if public[1] else None
    code = legal.statute(text)  # "21 U.S.C. § 841 (2018)"
    if code is not None:
        return evolve(code, raw=raw, language="en"), None, None
    chaptered = legal.canadian_statute(text)  # "*Criminal Code*, RSC 1985, c C-46, s 83.01"
    if chaptered is not None:
        return evolve(chaptered[0], raw=raw, language=language.detect(chaptered[0].title)), chaptered[1], \
            "sec." if chaptered[1] else None
    numbered = legal.neutral_case(text)  # "*R v Jordan*, 2016 SCC 27 at para 5"
    if numbered is not None:
        return evolve(numbered[0], raw=raw), numbered[1], numbered[2]
    enacted = legal.national_law(text) if text[:1] in "LDGOA" else None  # "Legge 3 agosto 2007, n. 124, «…», in *Gazzetta …*"
    if enacted is not None:
        return evolve(enacted, raw=raw), None, None
    reported = legal.german_reporter(text)  # "BVerfGE 123, 267 (340)": the decision in the reporter, and the page cited
    if reported is not None:
        return evolve(reported[0], raw=raw), reported[1], "page" if reported[1] else None
    briefed = primary.briefing(text)  # "Foreign Ministry Spokesperson …'s Regular Press Conference on July 28, 2023, Ministry …"
    if briefed is not None:
        return evolve(briefed, raw=raw), None, None
    tribunal = legal.international_case(text)  # "Case C-411/10, N.S. v Secretary of State … [2011] ECR I-13905"
    if tribunal is not None:
        return tribunal[0], tribunal[1], "para" if tribunal[1] else None
    opinion = legal.legal_opinion(text) if " Op. " in text else None  # "Authority to Use …, 35 Op. O.L.C. 20, 27 (2011)"
    if opinion is not None:
        return evolve(opinion[0], raw=raw), opinion[1], "page" if opinion[1] else None
    founding = legal.constitution(text) or legal.named_constitution(text)  # "U.S. Const. amend. XIII, § 1", "Constitución
    if founding is not None:  # Política del Perú (1993), artículo 149"
        return founding[0], SECTION_MARK_RE.sub("", founding[1]) if founding[1] else None, "sec." if founding[1] else None
    british = oscola.note_form(text)  # "Jane Roe, *Title* (3rd edn, Example University Press 1998) 12"
    if british is not None and british != text.strip():
        work, loc, label = read_full(british)
        first = oscola.first_page_only(text) if loc else None
        if first is not None and loc == first and work.page is None:  # "(2017) 66 Example LQ 411": where the article
            work, loc, label = evolve(work, page=first), None, None  # begins; a page cited would follow it after a comma
        return evolve(work, raw=raw, evidence=work.evidence + ("read as an OSCOLA citation",)), loc, label
    paper = oscola.command_paper(text)  # "Lord Example, Inquiry into Example Legislation (Cm 3420, 1996) vol 1, para 5.22"
    if paper is not None:
        _, loc, label = strip_locator(", " + paper[1]) if paper[1] else ("", None, None)
        return paper[0], loc, label
    reported_uk = oscola.case(text) if " v " in text or " v. " in text else None  # "Fallow v Quill [1901] 2 Ch 88 (CA) 93"
    if reported_uk is not None:  # (a paragraph in square brackets, "[2014] AC 1260 [38]", is the judgment's paragraph)
        para = reported_uk[1] and (BRACKETED_PARAGRAPH_END_RE.search(text) or PARA_WORD_END_RE.search(text))
        return reported_uk[0], reported_uk[1], "para" if para else None  # ("… (ECtHR, 7 July 2011) paras 130–42")
    statute_uk = oscola.act(text) if " Act" in text or "SI " in text else None  # "Rights of Way Act 1932, s 27(2)"
    if statute_uk is not None:
        section = statute_uk[1]
        return statute_uk[0], SECTION_MARK_RE.sub("", section) if section else None, "sec." if section else None
    law_review = legal.article_note_form(text)  # "Jane Doe, *Title*, 112 Harv. L. Rev. 345, 350 (1999)" (before a
    # Bluebook book, whose page and year the volume, journal, page and year would match)
    if law_review is not None and law_review != text.strip():
        work, loc, label = read_full(law_review)
        parts = legal.article_match(text)  # the year in parentheses, the first page and the pinpoint as printed
        return evolve(work, raw=raw, date=(int(parts.group("year")),), page=work.page or parts.group("page"),
                      # ("15 Int'l J. Refugee L. 567 (2003)": the article's first page, where no pinpoint follows it)
                      evidence=work.evidence + ("read as a law-review citation",)), parts.group("pin") or None, \
            "page" if parts.group("pin") else None
    book = legal.book_note_form(text)  # "Jane Roe et al., Immigration and Citizenship 850 (9th ed. 2021)"
    if book is not None and book != text.strip():
        work, loc, label = read_full(book)
        body = legal.book_body(text)  # "Am. Bar Ass'n, Report …": a body, no person "Bar Ass'n, Am."
        return evolve(work, raw=raw, edition=work.edition or legal.book_edition(text),
                      authors=(Name(literal=body),) if body and len(work.authors) == 1 else work.authors,
                      volume=work.volume or legal.book_volume(text),
                      evidence=work.evidence + ("read as a Bluebook citation of a book",)), loc, label
    periodical = legal.periodical_note_form(text)  # "Jane Roe, *Title*, N.Y. Times (Dec. 19, 2018), https://…"
    if periodical is not None and periodical != text.strip():
        work, loc, label = read_full(periodical)
        return evolve(work, raw=raw, evidence=work.evidence + ("read as a Bluebook citation of a periodical",)), loc, label
    if "/" in text[:50] and archival.SHELFMARK_HEAD_RE.match(text):  # "KNA, DC/NYI/2/1/12, Nyeri District Annual Report, 1954"
        return archival.archive_first(text)  # (no place, publisher and year of a book)
    moved = DATE_THEN_ISSUER_END_RE.search(text) if text.rstrip(" .")[-1:].isalpha() and "://" not in text else None
    if moved is not None and organisation_name(moved.group("issuer")) and not known_place(moved.group("issuer")) \
            and dates.find_date(moved.group("date")) is not None:  # "Press Briefing by …, August 3, 2022, The White House.":
        work, loc, label = read_full(f"{text[: moved.start()]}, {moved.group('issuer')}, {moved.group('date')}")  # the issuer
        return evolve(work, raw=raw), loc, label  # after the day, read as it reads before it
    facts = bibstyle.comma_facts_note_form(text) or bibstyle.unmarked_journal_article_note_form(text) \
        or bibstyle.body_place_year_note_form(text) \
        or bibstyle.comma_author_date_note_form(text) or bibstyle.review_note_form(text) or bibstyle.body_report_note_form(text)
    if facts is not None and facts != text.strip():  # "Carlos Iván Ejemplo, La guerra en los Andes, Lima, IEP, 2010, pp. 45-46."
        work, loc, label = read_full(facts)
        return evolve(work, raw=raw), loc, label
    bare = BARE_PUBLICATION_RE.match(text) if "*" in text and "(" not in bibstyle.ROLE_PAREN_RE.sub("", text) else None
    # (a role in brackets, "(coords.)", is no publication parenthetical)
    if bare and _place_and_publisher(bare.group("place"), bare.group("publisher")):
        # "Jean Dupont, *Histoire du café*, Paris, Seuil, 2005, p. 12": the facts without their parentheses
        work, loc, label = read_full(f"{bare.group('before')} ({bare.group('place')}: {bare.group('publisher')}, "
                                     f"{bare.group('year')}){bare.group('after')}")
        return evolve(work, raw=raw), loc, label
    designated = legal.designated_law(text) if " No" in text[:120] or " Blg" in text[:120] else None
    if designated is not None:  # "Republic Act No. 11054, “An Act Providing for …,” 27 July 2018"
        return evolve(designated, raw=raw), None, None
    decision = primary.ruling(text)  # "Tribunal Constitucional, Sentencia del Expediente N.° 0112-2011-HC/TC, ..."
    if decision is not None:
        loc, label = None, None
        cited = RULING_PINPOINT_END_RE.search(text.rstrip(" ."))  # "…, 24 de marzo de 2021, párr. 120": the paragraph cited
        if cited is not None:
            loc, label = cited.group("loc"), "paragraph"
            decision = primary.ruling(text.rstrip(" .")[: cited.start()]) or decision  # (its number, before the paragraph)
        elif (pinned := strip_locator(text))[1] and pinned[2] and (bare := primary.ruling(pinned[0])) is not None:
            # (a page said as one: a bare number closing the note is the case's, "Series C No. 162", "…:3208")
            decision, loc, label = bare, pinned[1], pinned[2]  # "…, Urteil vom 6. Oktober 2022, Az. …, S. 112": the page
        return evolve(decision, raw=raw, language=language.detect(decision.title, raw)), loc, label
    if ARCHIVE_RE.match(text) and not place_and_publisher_paren(text):  # "Archivo General de Indias, Lima 28A, fol. 42r"
        return archival.archive_first(text)  # ("Archives parlementaires …, vol. 74 (Paris: Paul Dupont, 1909)": printed)
    entry = bibstyle.to_note_form(text)
    if entry is not None and entry != text:  # a note written as a bibliography entry
        work, loc, label = read_full(entry)
        return evolve(work, raw=raw, evidence=work.evidence + ("read as a bibliography entry",)), loc, label
    return None


AND_SPLIT_RE = lazy(r"\s+(?:and|&)\s+|,\s*")
# The author of several who asked, named in brackets by the interview: "Author (Haddad) interview", "Author interview (Rahman)"
WHICH_AUTHOR_RE = lazy(r"(?i)^(?:the\s+)?authors?['’]?s?(?:\s+(?:telephone|phone|e-?mail|skype|zoom|whatsapp|field|in-person))?"
                       r"(?:\s+interviews?)?(?P<paren>\s*\((?P<who>(?-i:\p{Lu})[^()]{1,60})\))")


# What a body issues in writing, named after it: "Hamas, statement, <date>", "Example Forces, “Title,” statement, <date>"
WRITTEN_STATEMENTS = frozenset(("statement", "press statement", "written statement", "official statement", "joint statement",
                                "communiqué", "communique", "comunicado", "déclaration"))
def _bodies(authors: tuple[Name, ...]) -> bool:
    """Authors that are bodies: named as such, or one name of one word in a full citation ("Hamas", "Hezbollah")."""
    return bool(authors) and all(a.literal for a in authors) \
        or len(authors) == 1 and not authors[0].given and " " not in (authors[0].family or " ")


# A speech that was carried on the air or recorded: what follows it is the channel, not a place
# A statement released by someone who acts for the speaker, named next: "released by his attorney", "issued through her
# spokesperson"
RELEASED_BY_AGENT_RE = lazy(r"(?i)\b(?:released|issued)\s+(?:by|through)\s+(?:his|her|their|its)\s+\p{L}+$")
AIRED_GENRE_RE = lazy(r"(?i)\b(?:televised|radio|broadcast|aired|audio|video|recorded)\b")


# A military unit after a soldier's name and office, no place: "1st Squadron", "2d Stryker Cavalry Regiment", "U.S. Example
# Command"
MILITARY_UNIT_RE = lazy(r"(?i)^(?:\d{1,3}(?:st|nd|rd|th|d)\s+)?(?:[\p{L}.\-]+\s+){0,4}(?:squadron|battalion|regiment|"
                        r"brigade(?:\s+combat\s+team)?|division|company|corps|wing|fleet|platoon|detachment|command|"
                        r"task\s+force(?:\s+[\p{L}\d\-]+)?)(?:,|$)")
PLACE_DATE_PAREN_END_RE = lazy(r"\s*\((?P<inner>\p{Lu}[^()]{1,60},\s*[^()]{4,40})\)$")


# An interview's number in an ethnography's list of them: "Interview 7, …", "Interview no. 14, …", "Entrevista 3, …"
INTERVIEW_NUMBER_RE = lazy(r"(?:(?i:no\.|n[º°]\.?|#)\s*)?\d{1,4}[a-z]?")


# Where the author keeps the record of an interview, in brackets: "(notes on file with author)", "(recording in the author's
# possession)"
ON_FILE_PAREN_RE = lazy(r"(?i)\s*\((?:[^()]{0,30}\s)?(?:on\s+file\s+with|in\s+(?:the\s+)?(?:possession\s+of|authors?['’]s?\s+possession))"
                        r"[^()]{0,40}\)")


# The title of a published interview, in quotes after the one who was heard: "Abimael Guzmán, “Entrevista al Presidente
# Gonzalo,”" (then "interview by …")
INTERVIEW_TITLE_END_RE = lazy(r"(?<=\S),\s*[“\"](?P<title>[^“”\"]{2,300}?)[,.]?[”\"]$")


def read_interview(text: str) -> Work:
    """"Personal interview, coca farmer, VRAEM, Peru, May 14, 2013." -> interviewee, place, date."""
    numbered = None
    raw = text
    if "file" in text or "possession" in text:
        text = ON_FILE_PAREN_RE.sub("", text)  # "… (Apr. 12, 2023) (notes on file with author)": where the notes are kept
    text = COMMA_INSIDE_QUOTE_RE.sub(r"\1,", text.strip().rstrip("."))  # '...Luricocha," Peru' -> '...Luricocha", Peru'
    if text.endswith(")") and (held := PLACE_DATE_PAREN_END_RE.search(text)) is not None \
            and dates.find_date(held.group("inner")) is not None:  # OSCOLA: "Interview with a detective (London, 14 March
        text = f"{text[: held.start()].rstrip(' ,')}, {held.group('inner')}"  # 2023)": the place and day in brackets
    if "dates" in text or "fechas" in text:
        text = VARIOUS_DATES_RE.sub("", text)  # "…, Upper Huallaga, various dates 2012": the year, not a part of the place
    found = dates.find_date(text)
    date = found.parts if found else None
    if found:
        text = (text[: found.span[0]] + text[found.span[1]:]).strip(" ,")
        text = text.replace(" ()", "").strip(" ,")  # "…, in Houston, Tex. (Mar. 4, 2019)": its brackets emptied
    elif (years := YEAR_RANGE_END_RE.search(text)) is not None:  # "Author's interviews with residents, Pemba, 2019-2020"
        date = (int(years.group("first")),)  # the first year of the range, as a range of days gives its first day
        text = text[: years.start()].strip(" ,")
    interviewer: tuple[Name, ...] = ()
    which = WHICH_AUTHOR_RE.match(text) if "(" in text[:40] else None
    if which is not None:  # "Author (Haddad) interview, …", "Author interview (Rahman), …": which of the authors asked
        # (by surname alone, as the byline names the authors in full: "(Abou Zeid)", "(van der Berg)", "(Roe and Doe)")
        interviewer = tuple(Name(family=w.strip()) for w in AND_SPLIT_RE.split(which.group("who")) if w.strip())
        text = (text[: which.start("paren")] + text[which.end("paren"):]).strip()
    medium = outlet = publisher = title = None
    by = INTERVIEW_BY_RE.search(text)
    if by:  # "Senior official, interview by the author (Washington, DC)", "Mary Major, personal communication"
        who = (by.group("who") or "").strip()
        if by.group("medium") and by.group("medium").lower() not in ("personal", "recorded", "in-person"):
            medium = by.group("medium")
        interviewee = text[: by.start()].strip(" ,")
        titled = INTERVIEW_TITLE_END_RE.search(interviewee) if interviewee[-1:] in "”\"" else None
        if titled is not None:  # "Abimael Guzmán, “Entrevista al Presidente Gonzalo,” interview by …": the interview's title
            interviewee, title = interviewee[: titled.start()], titled.group("title")
        if interviewee and by.group("genre") and MESSENGER_RE.fullmatch(interviewee):
            medium, interviewee = interviewee, ""  # "WhatsApp message to the author from Lupita": how it came, not who
        heard, _, where = interviewee.rpartition(", ")
        if heard and _described(heard.split(", ")[0]) and not _described(where) and where[:1].isupper() \
                and not _an_office(where) and not is_organisation(where):
            interviewee = heard  # "Nigerian Army official, Maiduguri, interview by author, <date>": who, then where
            text = f"{text[: by.start()]}{text[by.start():by.end()]}, {where}{text[by.end():]}"
        together = WITH_INSIDE_RE.search(who)
        if together and not interviewee:  # "Interview by the author with a coca grower, Chapare, ..."
            who, interviewee = who[: together.start()].strip(), who[together.end():].strip()
        if who and not THE_AUTHOR_RE.match(who):
            interviewer = parse_names(who)
        place = PARENS_RE.sub("", text[by.end():]).strip(" ,") or None
        if place and not interviewee and by.group("genre") and place[:5].lower() == "from ":
            interviewee, _, place = place[5:].partition(", ")  # "Email to the author from a former contractor, <date>": who
            place = place or None  # wrote, then where
        if place and date is None and (years := YEAR_RANGE_LEAD_RE.match(place)) is not None:
            date = (int(years.group("first")),)  # "…, oral history interview by X, 1982–1983, Center for …": its years
            place = place[years.end():].strip(" ,") or None
        if place and ", " in place and (kept := _keeper_and_page(place)) is not None:
            publisher, place = kept  # "…, Center for the Study of Intelligence, CIA, 14": who keeps the record, and a page
        if place:  # "… (anonymised), via Signal": a note on who was heard, no place
            place = ", ".join(p for p in place.split(", ") if not WITHHELD_RE.fullmatch(p.strip("()[] "))) or None
        if place and (held := next((INTERVIEW_MEDIUM_RE.match(p) for p in place.split(", ") if INTERVIEW_MEDIUM_RE.match(p)),
                                   None)) is not None:  # "Interview by the authors with <who>, via Zoom": how, not where
            medium = medium or held.group("medium")
            place = ", ".join(p for p in place.split(", ") if p != held.group(0)) or None
        if place and not interviewee and not who and not by.start() and by.group("genre") \
                and _a_person_named(place.partition(", ")[0]):
            interviewee, _, place = place.partition(", ")  # "Personal communication, Dr. Amadou Example, <date>": who
            place = place or None
        if place and not interviewee and not who and ", " in place and not by.start() \
                and (place[:1].islower() or _described(place.partition(", ")[0])):
            interviewee, _, place = place.partition(", ")  # "Personal communication, former council member, Lashkar Gah",
            # "Personal communication, MSF staff member, Pemba": who, then where, after the kind opens the note
        if place and interviewee and place[:1].islower() and ", " in place:
            office, _, rest = place.partition(", ")  # "… with Ana Roe, director of a farmers' association, Puerto Asís"
            if _an_office(office):
                interviewee, place = f"{interviewee}, {office}", rest
        while place and interviewee and (MILITARY_UNIT_RE.match(place) or place[:1].islower() and ", " not in place
                                          and not place.startswith(("in ", "at ", "near "))):
            office, _, place = place.partition(", ")  # "… with SFC James Roe, platoon sergeant, <date>", "…, commander,
            interviewee, place = f"{interviewee}, {office}", place or None  # 1st Squadron, 2d Cavalry Regiment, Camp Taji"
        if place and interviewer and "," not in place and not known_place(place) and not known_region(place) \
                and (place[:1].isupper() or place[:1].isdigit()) and not _an_office(place) and not PLACE_WORD_END_RE.search(place):
            outlet, place = place, None  # "Jane Roe, interview by Amy Example, Example Now!, <date>": a journalist's
            # programme or paper carried it, no place
        broadcast = _broadcast_facts(text[by.end():]) if place else None
        if broadcast is not None:  # "Jane Roe, interview by John Doe, *Example Podcast*, podcast audio, <date>, <URL>"
            title, container, publisher, url, medium = (broadcast[0] or title, *broadcast[1:])
            return Work(type="interview", authors=_interviewee(interviewee.strip()), interviewer=interviewer,
                        title=title, container=container, publisher=publisher, url=url, medium=medium, date=date, genre="Interview",
                        evidence=('"interview by" with a programme or an address -> a published interview',),
                        raw=raw, parsed=True)
    else:
        m = INTERVIEW_RE.search(text)
        body = text[m.end():] if m else text
        body = body.strip(" ,:")
        lead = m.group(0).lower() if m else ""
        if lead.startswith("confidential") and ("source" in lead or "informant" in lead):
            body = f"{m.group(0).strip()}, {body}"  # "Confidential source, Juba, <date>": the source is who was heard
        held = LEADING_MEDIUM_RE.match(body)
        if held:  # "Interview by telephone with a witness", "Author interview by telephone, <who>"
            medium, body = held.group("medium"), body[held.end():].strip(" ,:")
        if body[:3].lower() in ("wer", "was", "hav", "had") and (held := HELD_VERB_RE.match(body)) is not None:
            body = body[held.end():]  # "Interviews were conducted with coca farmers, VRAEM, <date>": who was heard
        by_author = BY_THE_AUTHOR_RE.match(body)
        places_only = bool(by_author) and by_author.group(0).rstrip().endswith((" in", " en"))
        if by_author and body[by_author.end():by_author.end() + 2] in ("'s", "’s") \
                and (helper := HELPER_WITH_RE.match(body, by_author.end())) is not None:
            body = body[:by_author.end()] + body[helper.end():]  # "… conducted by the author's research assistant with a
            # cocalero leader": who was heard, after the one who asked for the author
        named_with = WITH_RE.match(body[by_author.end():] if by_author else body) is not None  # ("with Lupita": a person)
        body = WITH_RE.sub("", body[by_author.end():] if by_author else body)  # "Entrevista del autor con un dirigente"
        if lead[:10].startswith("entrevist") and (asked := ASKED_BY_BODY_RE.match(body)) is not None:
            interviewer = interviewer or (Name(literal=asked.group("who")),)  # "Entrevista de InSight Crime con fiscal
            body = body[asked.end():]  # de Antioquia": the newsroom asked, the prosecutor was heard
        elif lead[:9].startswith("entretien") and (asked := ASKED_BY_BODY_FR_RE.match(body)) is not None:
            interviewer = interviewer or (Name(literal=asked.group("who")),)  # "Entretiens de Crisis Group, responsables
            body = body[asked.end():]  # humanitaires, Mopti, <date>": the body asked, the officials were heard
        if body[:5].lower() == "from " and any(w in lead for w in ("communicat", "correspond", "mail", "message", "letter")):
            body = body[5:]  # "Personal communication from a UN official, Amman, <date>": who wrote
        elif lead[:14] in ("communication ", "comunicação pe", "comunicacao pe") and (of := FRENCH_OF_RE.match(body)):
            body = body[of.end():]  # "Communication personnelle d'Ousmane D., Bamako, <date>": who wrote
        if (sent := TO_THE_AUTHOR_ROMANCE_RE.search(body)) is not None and lead[:4] in ("mess", "cour", "e-ma", "emai", "mens", "corr"):
            body = body[: sent.start()] + body[sent.end():]  # "Message WhatsApp de Moussa K. à l'auteure": to whom, the author
        if medium is None and (app := PRIVATE_CHANNEL_LEAD_RE.match(lead)) is not None:
            medium = m.group(0)[: app.end()].strip()  # "WhatsApp communication with a lawyer": how it came
        if m and m.group(0)[:10].lower().startswith(("entrevist", "intervist")):  # "Entrevista a dirigente": "a" is "with"
            body = SPANISH_WITH_RE.sub("", body)
        # Re-cut on the original text at the same offsets.
        pieces, pos = [], 0
        for p in spans.mask(body, spans.regions(body), "\x00").split(","):
            pieces.append(body[pos:pos + len(p)].strip())
            pos += len(p) + 1
        pieces = [p for p in pieces if p]
        if len(pieces) > 1 and INTERVIEW_NUMBER_RE.fullmatch(pieces[0]):
            numbered = pieces.pop(0)  # "Interview 7, former poppy farmer, Helmand, <date>": the interview's number, then who
        before = text[: m.start()].strip(" ,") if m else ""
        if before and pieces and classify.known_outlet(pieces[0]) and looks_like_names(before, max_words=5):
            outlet, pieces[0] = pieces[0], before  # "Qais al-Example, interview with Al-Example TV, <date>": who was
            # heard, then the broadcaster that heard them
        if places_only:  # "Interviews conducted by the author in Kiruna, Sweden, ...": where, and no one named
            pieces.insert(0, "")
        for i, p in enumerate(pieces[1:], 1):
            bracket = MEDIUM_PAREN_RE.search(p) if p.endswith(")") else None
            if bracket is not None and (heard := _medium(bracket.group("inner"))) is not None:
                medium, pieces[i] = heard, p[: bracket.start()].strip()  # "Tunis (by telephone)": where, and how
        pieces = [pieces[0], *(p for p in pieces[1:] if p)] if pieces else pieces
        for i, p in enumerate(pieces[1:], 1):
            held = INTERVIEW_MEDIUM_RE.match(p)
            if held or BARE_MEDIUM_RE.match(p.strip()):  # "Kabul resident, by telephone", "…, virtual": how, not who or where
                medium = held.group("medium") if held else p.strip()
                del pieces[i]
                break
        if pieces and pieces[0][:1].isupper() and (PLACE_WORD_END_RE.search(pieces[0]) and not looks_like_names(pieces[0])
                                                   and not (" from " in pieces[0] and _an_office(pieces[0]))
                                                   or not (named_with and len(pieces[0].split()) == 1)
                                                   and _a_place_first(pieces)):
            pieces.insert(0, "")  # "Example Watch interviews, Malakal Protection of Civilians site, <date>": where, no one named
        interviewee = TRAILING_PREPOSITION_RE.sub("", pieces[0]) if pieces else ""
        if "*" in interviewee:
            interviewee = interviewee.replace("*", "")  # "members of a village militia (*pyithu sit*)": no title
        interviewee = INTERVIEWER_PHRASE_RE.sub("", interviewee).strip()  # "Helmut Example by the author": the author asked
        place_parts = [WITHHELD_AFTER_PLACE_RE.sub("", p) for p in pieces[1:]  # "Kabul (location withheld)": Kabul
                       if not HOW_HELD_RE.fullmatch(p.strip())]  # ("…, conducted through an intermediary": how, not where)
        place_parts = [TRAILING_PREPOSITION_RE.sub("", BY_THE_AUTHOR_RE.sub("", p)) if p[:1].islower() else p
                       for p in place_parts]  # "…, realizada por el autor en Lima el <date>": Lima
        if interviewee[:1] in "([" and (withheld := LEADING_WITHHELD_RE.match(interviewee)) is not None:
            interviewee = interviewee[withheld.end():]  # "Interview (anonymous), Tatmadaw officer, …": no one named
            if not interviewee and len(place_parts) > 1:
                interviewee = place_parts.pop(0)
        place_parts = [p for p in place_parts if not WITHHELD_RE.fullmatch(p.strip("()[] "))  # "location withheld": no place
                       and not dates.NO_DATE_RE.fullmatch(p.strip(" ."))  # "…, Ecuador, n.d.": no date, and no place
                       and p.strip().lower() not in LEFT_PREPOSITIONS]  # ("…, em <date>": the word that led to the date)
        while place_parts and (place_parts[0][:1].islower() and not ARTICLE_PLACE_RE.match(place_parts[0])
                               and place_parts[0].split()[0].lower() not in PLACE_KIND_WORDS or
                               MILITARY_UNIT_RE.match(place_parts[0]) or
                               len(place_parts) >= 2 and ", " in interviewee and interviewee[:1].isupper()
                               and 3 <= len(place_parts[0]) <= 6 and place_parts[0].isupper()
                               and place_parts[0].isalpha() and not known_place(place_parts[0])  # "…, director, IPAC, Jakarta"
                               or _an_office(place_parts[0]) or AGE_RE.fullmatch(place_parts[0])
                               or len(place_parts) >= 2 and " " in place_parts[0] and not place_parts[0].isupper()
                               and is_organisation(place_parts[0]) and not known_place(place_parts[0])) \
                and not PLACE_WORD_END_RE.search(place_parts[0]):  # ("…, senior official, Borno State Government, Maiduguri")
            interviewee += ", " + place_parts.pop(0)  # "Juan Pérez, mayor of Tumbes, Lima"; "X, Taliban deputy governor";
            # "“Selam” (pseudonym), 25, Hamdayet": the age of the person interviewed
        if interviewee[:3] in ("in ", "at ") and interviewee[3:4].isupper():
            place_parts.insert(0, interviewee[3:])  # "Author's interviews in Pemba and Montepuez, <date>": where, no one named
            interviewee = ""
        # "self-defense force leader in Luricocha at the ... meeting" -> who, and where
        where = IN_PLACE_RE.search(interviewee)
        if where and interviewee[: where.start()].split()[-1:] and interviewee[: where.start()].split()[-1][:1].isupper() \
                and not known_place(where.group("place")):  # (the gazetteer last: it takes a moment to load, once)
            where = None  # "presidenta de Causa en Común": a body's name that holds "en", no place
        if where:
            place_parts = [where.group("place")] + place_parts
            interviewee = interviewee[: where.start()]
        place_parts = [p for p in place_parts if p and not _prose(p)]
        if len(place_parts) == 1 and ", " in interviewee and not known_place(place_parts[0]) \
                and is_organisation(place_parts[0]) and not PLACE_WORD_END_RE.search(place_parts[0]):
            interviewee += ", " + place_parts.pop()  # "…, Yvan Roe, lecturer, University of Example, by telephone": where he
            # works, not where he was heard
        if outlet is None and (aired := next((p for p in place_parts if classify.known_outlet(_aired_on(p))), None)):
            outlet = _aired_on(aired)  # "Interview with Hassan Example, Al-Mayadeen, <date>": the broadcaster, no place
            place_parts.remove(aired)
        place = ", ".join(place_parts) or None
    genre_m = GENRE_RE.match(raw)
    sent = by.group("genre") if by else None  # "Confidential source, email to the author"
    genre = sent.capitalize() if sent else _genre_as_printed(genre_m.group(1)) if genre_m else "Interview"
    return Work(
        type="interview", authors=_interviewee(interviewee.strip(" ,")),
        interviewer=interviewer, place=place, date=date, medium=medium, container=outlet, publisher=publisher, title=title,
        genre=f"{genre} {numbered}" if numbered else genre,
        evidence=('"interview" wording -> interview',), raw=raw, parsed=True,
    )


def _medium(words: str) -> str | None:
    """How an interview was held, from the words in brackets after where ("by telephone", "telefonisch"), or None."""
    held = INTERVIEW_MEDIUM_RE.match(words.strip())
    if held is not None:
        return held.group("medium")
    if BARE_MEDIUM_RE.match(words.strip()):
        return "telephone" if "tel" in words.lower() else words.strip()
    return None


# How a published interview was carried: "podcast audio", "video", "radio broadcast"
CARRIER_RE = lazy(r"(?i)^(?:podcast(?:\s+audio)?|(?:mp3\s+)?audio|video|radio(?:\s+broadcast)?|television(?:\s+broadcast)?|"
                  r"tv|transcript|webcast|livestream)$")


def _broadcast_facts(rest: str) -> tuple[str | None, ...] | None:
    """(episode, programme, outlet, address, carrier) of an interview someone published: the parts after "interview by
    <who>" name an italic or quoted programme or hold an address; None for a place and nothing more."""
    url = URL_RE.search(rest)
    regions = [r for r in spans.regions(rest) if r.kind in ("italic", "quote")]
    if not url and not regions:
        return None
    quoted = next((r for r in regions if r.kind == "quote"), None)
    italic = next((r for r in regions if r.kind == "italic"), None)
    title = rest[quoted.start + 1:quoted.end - 1].strip(" ,") if quoted else None
    container = rest[italic.start:italic.end].strip(" ,*_") if italic else None
    outside = spans.mask(rest, regions, ",")
    if url:
        outside = outside.replace(url.group(0), "")
    parts = [p.strip(" .") for p in outside.split(",") if p.strip(" .")]
    medium = next((p for p in parts if CARRIER_RE.match(p)), None)
    outlet = next((p for p in parts if p != medium and p[:1].isupper()), None)
    return title, container, outlet, url.group(0).rstrip(".") if url else None, medium


# A description of who issued or adopted a text, after its title: "Issued by NATO Heads of State and Government …"
ISSUED_BY_RE = lazy(r"(?i)(?:issued|adopted|agreed|released|approved)\s+by\s")
# A periodical after "in", as French and Italian notes print an article's journal: "in Revue française de science
# politique, vol. 51, n° 1-2", "in *Annales HSS*, 2001, n° 3"; its name says so, or a volume or number follows it
PERIODICAL_AFTER_IN_RE = lazy(r"(?i)\G\*?(?:(?:revue|review|journal|rivista|revista|zeitschrift|annales|cahiers|bulletin|quaderni|"
                              r"quarterly|studi|études)\b|[^,;()]{2,120}?,\s*(?:vol\.\s*\d{1,4},\s*)?(?:n°|nº|n\.\s?°|no\.|a\.\s+[IVXLC]))")
# (a volume alone follows a book in several too: "in The Cambridge History of the Cold War, vol. 2, …" is a chapter)
# Words that label a number, which then numbers a report, an episode or a paper, not a periodical's issue
NUMBER_LABEL_WORDS = frozenset("no. no nos. number n° nº n.º núm. nr. report reports paper papers brief briefs memo episode "
                               "cm cmd cmnd cp hc hl series vol. volume issue part chapter session data notes note".split())
# A periodical's name and the number of its issue, printed together: "al-Naba 233", "Dabiq 7"
CONTAINER_ISSUE_RE = lazy(r"(?P<name>\*?(?:[ae][lnrst]-)?\p{Lu}[^,;()\d]{1,60}?\*?)\s+(?P<issue>\d{1,4})")
# A place named by what it is, never a person interviewed: "… Protection of Civilians site", "… refugee camp", "Kidal region"
PLACE_WORD_END_RE = lazy(r"(?i)\b(?:site|camps?|village|town|city|district|province|region|county|prison|hospital|settlement|"
                         r"(?:military|army|air|naval|police)\s+base|barracks|garrison|"
                         r"border|area|zone|neighbou?rhood|municipality|market|port|airport|checkpoint|township|valley|"
                         r"basin|highlands|lowlands|governorate|oblast|prefecture)$", regex.REVERSE)
# An age after the person interviewed, as human-rights reports print it: "Maria (not her real name), 34, Kyiv"
AGE_RE = lazy(r"(?:1[01]\d|[1-9]?\d)(?:\s+years\s+old|-year-old|\s+ans|\s+años)?")
# Who asked, printed around the person interviewed: "<who> by the author", "concedida ao autor por <who>",
# "réalisé par l'auteur avec <who>", "dell'autrice a <who>"
# Who asked for the author, before "with" and who was heard: "'s research assistant with", "’s team with"
HELPER_WITH_RE = lazy(r"['’]s\s+(?:[\p{Ll}\-]+\s+){0,3}?(?:with|con|avec|com)\s+")
# A newsroom or body that asked, in a Spanish note: "Entrevista de InSight Crime con fiscal de Antioquia"
ASKED_BY_BODY_RE = lazy(r"(?:de|del)\s+(?P<who>\p{Lu}[^,;()]{1,60}?)\s+(?:con|a)\s+(?:(?:un|una|unos|unas)\s+)?(?=\S)")
# The same in French, the body then a comma: "Entretiens de Crisis Group, responsables humanitaires, Mopti, mars 2023"
ASKED_BY_BODY_FR_RE = lazy(r"(?:de|d['’])\s*(?P<who>\p{Lu}[^,;()]{1,60}?),\s+(?=\S)")
# How an interview was held, set off as a part of its own: "conducted through an intermediary", "realizada por teléfono",
# "held under the Chatham House Rule"
HOW_HELD_RE = lazy(r"(?i)(?:conducted|carried\s+out|held|done|realizada|efectuada|hecha)\s+(?:through|via|by|over|in|under|por|vía|a\s+través\s+de|"
                   r"mediante)\s+(?!(?:the|el|la)\s+(?:authors?|autora?|autores)\b)[^,]{2,60}")  # (not "by the author in Lima")
# A preposition left alone where the date it led to was taken out: "…, Caruaru (PE), em <date>"
LEFT_PREPOSITIONS = frozenset("em en in on at el le am".split())
# No one named, in brackets before who was heard: "(anonymous)", "(name withheld)"
LEADING_WITHHELD_RE = lazy(r"[(\[](?:anonymous|anonymi[sz]ed|name\s+withheld|names\s+withheld|anónimo|anónima)[)\]],?\s*", regex.IGNORECASE)
INTERVIEWER_PHRASE_RE = lazy(
    r"(?i)\s+(?:by|conducted\s+by)\s+(?:the\s+)?(?:present\s+)?authors?$"
    r"|^(?:(?:concedida|realizada|réalisée?|realisee?|conducted|held)\s+)?(?:ao|à|a|al|pel[oa]|par|by|to)\s+(?:el\s+|la\s+|l['’]|the\s+)?"
    r"(?:autora?|authors?|auteure?)\s+(?:por|by|avec|com|con|with)\s+"
    r"|^(?:dell['’]aut(?:ore|rice)|de\s+l['’]auteure?|del\s+autora?)\s+(?:a|con|avec|with)\s+"
    r"|^(?:por|par)\s+")


# A state or province abbreviated after its town: "DC", "Va.", "Calif.", "N.Y."
STATE_ABBREVIATION_RE = lazy(r"[A-Z]{2}|(?:[A-Z]\.){2,3}|[A-Z][a-z]{1,4}\.")


# The kind of an archived document named before its title: "Memorandum of Conversation, “…,”", "Telegram, “…,”"
DOCUMENT_KIND_FIRST_RE = lazy(r"^(?P<kind>(?:Memorandum|Memo|Telegram|Cable|Letter|Minutes|Airgram|Despatch|Dispatch|Note|"
                              r"Report|Briefing\s+Paper|Intelligence\s+Memorandum)(?:\s+(?:of|for|from|to|on)\s+[^,“\"*]{1,40})?),"
                              r"\s+(?=[“\"*])")


# A head of government's office, which publishes the transcripts of what is said there: "The White House", "Kremlin"
SEAT_OF_GOVERNMENT_RE = lazy(r"^(?:The\s+)?(?:White\s+House|Kremlin|Casa\s+Rosada|Élysée|Elysée|Palais\s+de\s+l['’]Élysée)$")


# How a broadcast is named after what was said: "broadcast on Al-Manar", "aired by Example TV", "televised on …"
AIRED_ON_RE = lazy(r"(?i)^(?:broadcast|aired|televised|carried|shown|transmitted)(?:\s+live)?\s+(?:on|by)\s+")


def _aired_on(part: str) -> str:
    """The broadcaster named in "broadcast on Al-Manar"; the part itself when it says no such thing."""
    return part[AIRED_ON_RE.match(part).end():] if part[:1] in "abtcsABTCS" and AIRED_ON_RE.match(part) else part


def _series_number(part: str) -> bool:
    """A series and its number or a document's symbol ("Adelphi 418–419", "GOV/2023/39-GC(67)/22", "SIGAR 19-58-LL"), not the
    years a title covers ("1816-1885"), a date, nor an edition ("3. Aufl."), nor a title ("The 9/11 Commission Report")."""
    return any(c.isalpha() for c in part) and dates.find_date(part) is None and edition(part) is None \
        and not (part.startswith(("The ", "A ", "An ")) and not part[-1:].isdigit()) \
        and edition(part + ".") is None and (SERIES_NUMBER_BEFORE_FACTS_RE.fullmatch(part) is not None
                                             or "/" in part and " " not in part
                                             and (any(c.isdigit() for c in part) or part.count("/") >= 2))


def _a_place_first(pieces: list[str]) -> bool:
    """"Crisis Group interviews, Lashio, Shan State, <date>", "Author interview, Jakarta, <date>": the first part after
    the interview is a town, and no one is named.  A town before a country or a region ("Santiago, Chile") is one; a
    known town alone is one unless it is also a given name ("Author interview, Hassan, Raqqa": a person)."""
    first = pieces[0]
    if " and " in first and len(pieces) == 1:  # "Crisis Group interviews, Kidal and Gao, 2019": two towns, no one named
        return all(_a_place_first([part.strip()]) for part in first.split(" and "))
    words = first.split()
    if not 1 <= len(words) <= 3 or not all(w[:1].isupper() or w.lower() in PLACE_SMALL_WORDS for w in words):
        return False
    if len(words) > 1 and (is_first_name(words[0]) or _person_named(first)):
        return False  # "Sidney Jones, Jakarta", "Dmitri Alperovitch, Washington, DC": a person
    if len(pieces) > 1 and known_region(pieces[1]):
        return True
    if len(pieces) == 1 and not is_first_name(words[0]) and not is_given_name(words[-1]) and not is_organisation(first) \
            and not _person_named(first) and (len(words) == 1 or words[0].lower() in PLACE_FIRST_WORDS):
        return True  # "Author interviews, Catatumbo, 2019", "…, Upper Huallaga, various dates 2012": a region the gazetteer
        # may not hold, and no one named (a person is named by given and family name, or described in lower case)
    return not is_first_name(words[0]) and known_place(first)  # "Hassan, Raqqa": a person named by a given name


# Words that open a place's name, never a person's: "Puerto Asís", "San Cristóbal", "Fort Bragg", "New Delhi"
PLACE_FIRST_WORDS = frozenset("""san santa santo são puerto porto port fort mount mont new north south east west saint st st. sainte
    ciudad villa lake cape cabo isla ile île bad al el la las los le les upper lower alto bajo northern southern eastern
    western central""".split())
# A span of days left unsaid: "various dates 2012", "varias fechas de 2019"
VARIOUS_DATES_RE = lazy(r"(?i)(?:,\s*|\s+)(?:on\s+)?(?:various|several|multiple|different|varias|diversas)\s+(?:dates|fechas)"
                        r"(?:\s+(?:in|de|en))?(?=[\s,.]|$)")
# A word in capitals that opens a body or a description, not a person's given name: "UN official", "NATO Diplomat"
PERSON_WORD_RE = lazy(r"\p{Lu}(?:\p{Ll}+|\p{Ll}*['’]\p{Lu}\p{Ll}+)(?:-\p{Lu}?\p{Ll}+)?")


def _person_named(name: str) -> bool:
    """Two or three capitalised words that name no known place or body and hold no word of a place's name or of an
    office: a person whose given name citex does not know ("Dmitri Alperovitch", "Nnamdi Okafor", "Ciaran Martin")."""
    words = name.split()
    return 2 <= len(words) <= 3 and all(PERSON_WORD_RE.fullmatch(w) for w in words) \
        and words[0].lower() not in PLACE_FIRST_WORDS and not any(w.lower() in PLACE_SMALL_WORDS for w in words) \
        and not known_place(name) and not known_region(name) and not is_organisation(name) and not _an_office(name) \
        and not PLACE_WORD_END_RE.search(name)


# A place named with the Arabic article, which opens it in lower case: "al-Hasakah", "ar-Raqqa", "el-Arish"
ARTICLE_PLACE_RE = lazy(r"^(?:al|el|ad|ar|as|at|az|an|ash|ed|es|et)-\p{Lu}\p{Ll}+(?:\s+(?:city|camp|province|governorate))?$")


# Who a person is to another: "cousin of hostage Example Roe", "widow of a farmer" (no place holds these words)
KIN_WORDS = frozenset("cousin brother sister mother father son daughter wife husband widow widower uncle aunt nephew niece "
                      "grandmother grandfather grandson granddaughter relative parent fiancée fiancé".split())


# Words that say when an office was held, opening its description: "then head of …", "formerly deputy minister …"
WHEN_HELD_WORDS = frozenset("then former formerly now currently later once previously".split())


def _an_office(part: str) -> bool:
    """"Taliban deputy provincial governor", "Former Minister of Defense", "ISIS supporter": who the interviewee is,
    not where (a place's name holds no lower-case word but its particles: "Mocímboa da Praia", "Madre de Dios")."""
    words = part.split()
    if len(words) > 1 and words[0].lower() in WHEN_HELD_WORDS:
        return True  # "then head of the Example Agency", "former commander of …": an office, held then or before
    if len(words) > 1 and all(w[:1].isupper() for w in words) and words[0].lower() in OFFICE_WORDS and known_place(part):
        return False  # "Presidente Venceslau", "General Santos", "Coronel Oviedo": a town named for an office
    return any(w.lower().strip(".,") in OFFICE_WORDS or w.lower() in GROUP_OFFICES or w.lower() in KIN_WORDS for w in words) \
        or any(w[:1].islower() and w.lower().split("-")[0] not in PLACE_SMALL_WORDS for w in words[1:]) and words[0][:1].isupper()


# Words a place's name holds in lower case: its particles and what kind of place it is ("Kidal region", "Deir ez-Zor")
PLACE_SMALL_WORDS = frozenset("""de da do das dos del la las los el y e di du des of the and al en sur sul am im upon on ez es ad
    as an ar region province district department departamento provincia state county city town village municipality area
    valley governorate prefecture territory zone camp border coast island islands lake river mountains highlands countryside
    outskirts suburbs desert""".split())
# Words that open a place's name in lower case: "río Ene", "valle del Mantaro", "distrito de Pichari"
PLACE_KIND_WORDS = frozenset("río rio valle distrito comunidad caserío cuenca sierra quebrada laguna cerro bairro município vila "
                             "aldeia province provincia région region district".split())
# A range of years closing an interview's citation: "2019-2020", "2019–20"
YEAR_RANGE_END_RE = lazy(r"(?<![\d/])(?P<first>1[5-9]\d\d|20\d\d)\s*[-–]\s*(?:1[5-9]\d\d|20\d\d|\d\d)$")
YEAR_RANGE_LEAD_RE = lazy(r"^(?P<first>1[5-9]\d\d|20\d\d)(?:\s*[-–]\s*(?:1[5-9]\d\d|20\d\d|\d\d))?(?=,|$)")


def _keeper_and_page(place: str) -> tuple[str, None] | None:
    """The body that keeps an oral history, after its interviewer ("Center for the Study of Intelligence, CIA, 14"): (its
    name, no place), the page cited at its end set aside; None when a place is named."""
    parts = [p.strip() for p in place.split(", ")]
    if parts and parts[-1].isdigit():
        parts = parts[:-1]
    if not parts or not is_organisation(parts[0]) or any(known_place(p) for p in parts):
        return None
    return ", ".join(parts), None


# The private channel a communication came by, opening the note: "WhatsApp communication", "Signal messages", "SMS"
# "de", "d'" before who wrote, in French and Portuguese: "Communication personnelle d'Ousmane D."
FRENCH_OF_RE = lazy(r"(?i)^(?:de\s+|d['’]\s*|da\s+|do\s+)")
# The author as the one written to, in French, Spanish and Portuguese: " à l'auteure", " al autor", " ao autor"
TO_THE_AUTHOR_ROMANCE_RE = lazy(r"(?i)\s+(?:à\s+l['’]auteure?|al\s+autor|a\s+la\s+autora|ao\s+autor|[àa]\s+autora)\b")
# A messenger named before the message: "WhatsApp message to the author …", "Signal message …"
MESSENGER_RE = lazy(r"(?i)whatsapp|signal|telegram|sms|text|facebook(?:\s+messenger)?|messenger|instagram|linkedin|twitter|x|wechat|viber")


def _a_person_named(words: str) -> bool:
    """A person named by an honorific, a given name citex knows, or two or three capitalised words naming no place or
    body: "Dr. Amadou Example", "Jane Roe"."""
    first = words.split()[0].lower() if words.split() else ""
    return first in HONORIFICS or len(words.split()) >= 2 and (is_first_name(words.split()[0]) or _person_named(words)) \
        and looks_like_names(words) and not known_place(words)


PRIVATE_CHANNEL_LEAD_RE = lazy(r"(?i)(?:whatsapp|signal|telegram|sms|text(?:\s+message)?|zoom|skype)(?=\s)")


def _described(words: str) -> bool:
    """A person described rather than a place: "MSF staff member", "UN official" (a word in lower case of more than
    three letters; "Kidal and Gao", "El Geneina" have none)."""
    return any(w[:1].islower() and len(w) > 3 for w in words.split()) and not known_place(words)


# The first word of a rank of two or three words: "Vice Adm.", "Rear Adm.", "Command Sgt. Maj.", "Brigadier General"
RANK_FIRST_WORDS = frozenset("vice rear command brigadier staff master first".split())
# A remark in brackets after a name: "(pseudonym)", "(name changed)"
ASIDE_RE = lazy(r"\s*\([^()]{1,60}\)")
# Forms of address set before a given name, never a family name: "Doña Rosa", "Don Aurelio", "Hajja Aminata"
FIRST_NAME_HONORIFICS = frozenset("don doña dona señor señora señorita seu dom hajja hajji haji hajj hadja el-hadj mama "
                                  "baba mzee".split())
# A generation after a name: "Jr.", "III"
GENERATIONS = frozenset("Jr Sr II III IV".split())


def _interviewee(who: str) -> tuple[Name, ...]:
    """A named person as a name ("Ricardo Ejemplo Garrido, former president of X" -> Ejemplo Garrido, Ricardo: the
    office is the note's to tell); a description as printed ("coca farmer", "a Western diplomat")."""
    if not who:
        return ()
    name, _, office = who.partition(", ")
    if (pair := COVER_NAMES_RE.fullmatch(name)) is not None:  # "Aisha and Zainab (pseudonyms)": two people heard
        return Name(literal=pair.group("a")), Name(literal=pair.group("b"))
    if (cover := COVER_NAME_RE.fullmatch(name)) is not None and (cover.group("marker") or cover.group("initials")):
        # "A.K. (pseudonym), former detainee", "“Sarah” (not her real name), 34": the name the report gives, as printed;
        # what the person is, is the note's to tell (a later "interview with A.K., <date>" is the same interview)
        return (Name(literal=(cover.group("initials") or cover.group("word")).strip()),)
    words = name.split()
    if len(words) == 2 and words[0].lower().strip(".") in FIRST_NAME_HONORIFICS:
        return (Name(literal=name),)  # "Doña Rosa", "Hajja Aminata": the form of address and a given name, as the
        # article calls the person throughout (no family name)
    while len(words) > 2 and (words[0].lower() in HONORIFICS or words[0].lower() in RANK_FIRST_WORDS
                              and words[1].lower() in HONORIFICS):
        words = words[1:]  # "Maj. Gen. Curtis A. Buzzard", "Vice Adm. Karl Thomas": the rank is no name
    name = " ".join(words)
    core = words[:-1] if len(words) > 2 and words[-1].rstrip(".") in GENERATIONS else words  # ("Lucian K. Truscott Jr.")
    if 2 <= len(words) <= 6 and looks_like_names(name) and not is_organisation(name) and (
            is_first_name(words[0]) or 2 <= len(words) <= 4 and (office[:1].islower() or office and is_organisation(office))
            or len(core) == 3 and INITIALS_RE.fullmatch(core[1])  # "Curtis A. Buzzard": a middle initial, a person
            or _person_named(name)):  # "Dmitri Alperovitch": two or three names, no word of a place or a body
        return parse_names(name)  # (a name the given names do not know is a name when a role in lower case follows it)
    given = ASIDE_RE.sub("", name).strip(" ,")
    if office[:1].islower() and 1 <= len(given.split()) <= 3 and not is_organisation(given) \
            and all(w[:1].isupper() or w[:1] in "“\"‘'" for w in given.split()):
        return (Name(literal=given.strip("“”\"‘’'")),)  # "Ibrahim, ghetto owner", "“El Güero” (pseudonym), former
        # member …": a name the article gives, its role the note's to tell (as for a full name)
    return (Name(literal=who),)


# Initials or a single name that a human-rights report gives a person it heard, perhaps marked as no real name:
# "A.K. (pseudonym)", "J. S.", "“Sarah” (not her real name)", "M.T. (name changed)"
COVER_NAME_RE = lazy(r"(?:(?P<initials>(?:\p{Lu}\.\s?){2,3})|[“\"‘']?(?P<word>\p{Lu}\p{Ll}{1,20})[”\"’']?)"
                     r"(?:\s*\((?P<marker>pseudonym|name\s+(?:withheld|changed)|not\s+(?:his|her|their)\s+real\s+name|"
                     r"real\s+name\s+withheld)\))?")


# Two such names under one mark: "Aisha and Zainab (pseudonyms)", "M.K. and S.T. (names withheld)"
COVER_NAMES_RE = lazy(r"(?P<a>(?:\p{Lu}\.\s?){2,3}|\p{Lu}\p{Ll}{1,20})\s+(?:and|y|et|e)\s+(?P<b>(?:\p{Lu}\.\s?){2,3}|\p{Lu}\p{Ll}{1,20})\s*"
                      r"\((?:pseudonyms|names\s+(?:withheld|changed)|not\s+their\s+real\s+names)\)")


def _genre_as_printed(genre: str) -> str:
    """"personal interview" -> "Personal interview"; a body's name keeps its capitals ("Crisis Group interview"), and
    so does a name with a capital inside it ("WhatsApp communication")."""
    words = genre.split()
    if all(w[:1].islower() or w.isupper() for w in words[1:]) and not any(ch.isupper() for ch in words[0][1:]):
        return genre.capitalize() if not words[0].isupper() else genre
    return genre[:1].upper() + genre[1:]


# A journal's name with commas, every part capitalised: "Crime, Law and Social Change",
# "Drugs: Education, Prevention and Policy", "Environment, Development and Sustainability"
_CAP_PHRASE = r"\p{Lu}[\p{L}'’&.-]{0,30}(?:\s+(?:\p{L}[\p{L}'’&.-]{0,30}|&)){0,6}"
COMMA_JOURNAL_RE = lazy(rf"(?:\p{{Lu}}[\p{{L}}'’&.-]{{0,30}}(?:\s+\p{{Lu}}[\p{{L}}'’&.-]{{0,30}}){{0,3}}:\s+)?{_CAP_PHRASE}(?:,\s+{_CAP_PHRASE}){{1,3}}")

# A short form's page right after its title: '…, "Trafficking Networks," 1760', '*Lifelines*, 1999'
PAGE_AFTER_TITLE_RE = lazy(r"(?<=[”\"’*]|[”\"’*],)\s+(?P<page>\d{1,5})$")
# The page left where a Latin back-reference stood: "Roe, supra note 3, at 1630" -> "Roe, 1630"
PAGE_AFTER_BACKREF_RE = lazy(r",\s*(?P<page>\d{1,5}(?:\s*[-–]\s*\d{1,5})?)$")


# An author-date short form of an undated work: "Uppsala Conflict Data Program n.d.", "Roe, n.d., p. 4"
UNDATED_SHORT_RE = lazy(r"^(?P<names>\p{Lu}[^,;:()“\"*\d]{1,80}?),?\s+\(?n\.\s?d\.\)?(?:,\s*(?:pp?\.\s*)?"
                        r"(?P<page>\d{1,5}(?:\s*[-–]\s*\d{1,5})?))?\.?$")


def read_short(text: str) -> tuple[Work, str | None, str | None]:
    """A short form: names and/or a short title, and a pinpoint."""
    made = primary.treaty(text) if primary.may_be_treaty(text, named_alone=True) and TREATY_RE.search(text[:120]) else None
    if made is not None:  # "Convention on the Rights of the Child, art. 38": the treaty by its name, the article cited
        return evolve(made[0], language=language.detect(made[0].title)), made[1], made[2]
    tail = AVAILABILITY_TAIL_RE.search(text) if "http" in text else None
    if tail is not None and tail.start() > 8:  # "ISTAT, Annuario, cit., p. 214. Disponibile su: <URL>": the address adds nothing
        text = text[: tail.start()]
    repeated = INTERVIEW_SHORT_RE.match(text.strip())
    if repeated:  # "municipal official, interview.": the interviewee, as the full citation has it
        return Work(type="interview", authors=(Name(literal=repeated.group("who").strip()),), raw=text,
                    evidence=("short form of an interview",)), None, None
    again = INTERVIEW_AGAIN_RE.match(without_latin(text.strip().rstrip(".")).rstrip(" ,."))
    if again and again.group("who")[:1].islower():  # "Interview with a miner, op. cit.": the interviewee, as first cited
        _, loc, label = strip_locator(text.strip().rstrip("."))
        return Work(type="interview", authors=(Name(literal=again.group("who").strip(" ,")),), raw=text,
                    evidence=("short form of an interview",)), loc, label
    case = legal.case_short(text)
    if case is not None:  # "Hamdi, 542 U.S. at 530": the case one of whose parties is named
        return Work(type="document", title=case.group("party").strip(), raw=text, language=None,
                    evidence=("short form of a court case",)), (_dash(case.group("pin")) if case.group("pin") else None), None
    by_number = NUMBER_SHORT_RE.match(text.strip())
    if by_number:  # "GAO-22-104611, 12.": the report of that number
        _, loc, label = strip_locator(text.strip().rstrip("."))
        number = by_number.group("number")
        if loc and number.endswith(loc):
            loc = label = None  # "CRS Report R45484.": its number, no page
        # titled by its number, as nothing else names it (a style's note needs a title, as for an untitled issue)
        return Work(type="document" if "/" in number else "report", title=number, genre=number, raw=text, language=None,
                    evidence=("short form citing a report by its number",)), loc, label
    if "), " in text[:80] and ("cit" in text or "supra" in text) and (bare := without_latin(text)) != text.strip():
        text = bare  # "Hegghammer (2013), op. cit., p. 10": the author and year name the work; "op. cit." is no title
    titled = AUTHOR_YEAR_TITLE_RE.match(text.strip()) if "), " in text[:80] else None
    if titled and author_date_names(titled.group("names")):  # "Gustafson (2021), Klimat, p. 201": names, year, short title
        _, loc, label = strip_locator(", " + titled.group("loc")) if titled.group("loc") else ("", None, None)
        names = tuple(Name(family=n.family or n.literal) for n in _short_names(titled.group("names")))
        short_title = _clean_title(titled.group("title").strip(" '‘’“”\""))
        return Work(authors=names, date=(int(titled.group("year")),), title=short_title, raw=text,
                    language=language.detect(short_title), evidence=("author-date short form with its title",)), loc, label
    undated = UNDATED_SHORT_RE.match(text.strip()) if "n.d" in text or "n. d" in text else None
    if undated is not None and author_date_names(undated.group("names")):  # "Uppsala Conflict Data Program n.d.": an undated
        names = tuple(Name(family=n.family or n.literal) for n in _short_names(undated.group("names")))  # work, by its author
        return Work(authors=names, raw=text, evidence=("author-date short form of an undated work",)), \
            undated.group("page"), "page" if undated.group("page") else None
    author_date = AUTHOR_DATE_RE.match(text.strip())
    if author_date and author_date_names(author_date.group("names")):  # "Phipps, Hecht, and Esteras Martín 2004, 112–14"
        _, loc, label = strip_locator(text.strip().rstrip("."))
        if author_date.group("cpage"):  # "Trejo and Ley (2018: 915)": the page inside the parentheses ("(2022, table 1.1)":
            loc, label = author_date.group("cpage"), (author_date.group("clabel") or "").lower() or None  # a table)
        names = tuple(Name(family=n.family or n.literal) for n in _short_names(author_date.group("names")))
        return Work(authors=names, date=(int(author_date.group("year")),), raw=text,
                    evidence=("author-date short form",)), loc, label
    if (named := NAME_THEN_GENRE_RE.match(text.strip())) is not None:  # "Davidson testimony, 7.": his testimony, by his name
        return Work(authors=(Name(family=named.group("name")),), raw=text, evidence=("short form: a name and a kind of work",)), \
            (_dash(named.group("loc")) if named.group("loc") else None), None
    bare = without_latin(text.strip().rstrip("."))
    core, loc, label = strip_locator(bare.rstrip(", "))
    if loc is None and core[-1:].isdigit() and (page := PAGE_AFTER_TITLE_RE.search(core)) is not None:
        core, loc = core[: page.start()], page.group("page")  # 'Dell, "Trafficking Networks," 1760': a page, not a year
    if loc is None and bare != text.strip().rstrip(".") and (page := PAGE_AFTER_BACKREF_RE.search(core)) is not None:
        core, loc = core[: page.start()], page.group("page")  # "Roe, supra note 3, at 1630": after "supra", a page
    core = core.strip().rstrip(",.").strip()
    if core[-2:-1] == " " and core[-1:].isupper() and text.rstrip().endswith(core[-1] + "."):
        core += "."  # "Restrepo E.": a maternal surname's initial keeps its period
    core = bibstyle.VOLUME_AFTER_TITLE_RE.sub("", core)  # "CVR, Informe final, t. II": the volume is no title word
    regs = spans.regions(core)
    titled = [r for r in regs if r.kind in ("quote", "italic")]
    if titled and ", " in (lead := core[: titled[0].start]) and lead.rsplit(", ", 1)[1].strip():
        titled = []  # "Crisis Group Report, Speaking with the “Bad Guys”": a phrase quoted inside a title printed plain
    authors: tuple[Name, ...] = ()
    title = None
    if titled:
        before = core[: titled[0].start].strip().rstrip(",").strip()
        title = _clean_title(core[titled[0].start + 1:titled[0].end - 1])
        if before:
            authors = parse_names(before)
    elif (in_series := series_lead(core.split(", ", 1)[0])) is not None and len(in_series[1].split()) > 1:
        # "Crisis Group Africa Report N°265", and with its title: "…N°265, Stopping the Spiral"
        short_title = _clean_title(core.split(", ", 1)[1]) if ", " in core else None
        return Work(authors=(Name(literal=in_series[0]),), genre=in_series[1], title=short_title, raw=text,
                    language=language.detect(short_title), evidence=("short form naming a body's numbered publication",)), \
            loc, label
    elif looks_like_names(core, max_words=6) and not _name_then_title(core):
        authors = tuple(Name(family=n.family or n.literal, given=n.given) if n.literal is None else n for n in _short_names(core))
    elif "," in core and SURNAME_LIST_RE.fullmatch(core) or " with " in core and SURNAMES_WITH_RE.fullmatch(core):
        authors = _short_names(core)  # "Lind, Mutahi and Oosterom, op. cit.", "Jadoon with Mines, pp. 45-52": no title
    else:
        listed = SURNAME_LIST_RE.match(core) if core.count(",") >= 2 else None
        if listed is not None and core[listed.end():listed.end() + 2] == ", " and core[listed.end() + 2:].strip():
            name, short_title = listed.group(0), core[listed.end() + 2:]  # "Roe, Doe, and Poe, Freedom in the World 2023"
        else:
            name, _, short_title = core.partition(", ")
        role = ROLE_AFTER_NAME_RE.match(short_title)
        if role and looks_like_names(name, max_words=4):  # "Stern, ed., Shining and Other Paths": the editor
            return Work(type="book", editors=_short_names(name), title=_clean_title(short_title[role.end():]), raw=text,
                        language=language.detect(short_title[role.end():]), evidence=("short form of an edited book",)), \
                loc, label
        if short_title and (bodies := body_list(name)) is not None:  # "CISA, FBI, and NSA, Russian State-Sponsored …"
            authors, title = tuple(Name(literal=b) for b in bodies), _clean_title(short_title)
        elif short_title and " " in name and _organisation_author(name):  # "Comisión de la Verdad y Reconciliación,
            authors, title = (Name(literal=name),), _clean_title(short_title)  # Informe final", "World Bank, …": a body
        elif short_title and looks_like_names(name, max_words=4):  # "Lévi-Strauss, Tristes tropiques"
            authors, title = _short_names(name), _clean_title(short_title)
            if short_title[:1].islower() and len(short_title.split()) <= 2 or primary.POST_NAMED_RE.fullmatch(short_title):
                title = None  # "Ottolenghi, testimony, op. cit.", "Roe, X post": a kind of work, no title; the name finds it
        elif short_title and _organisation_author(name):  # "UNODC, Informe final"
            authors, title = (Name(literal=name),), _clean_title(short_title)
        else:
            title = _clean_title(core)
    marked = () if not titled else ("short form: title in italics",) if titled[0].kind == "italic" else ("short form: title in quotes",)
    return Work(authors=authors, title=title, raw=text, language=language.detect(title),
                evidence=("short form",) + marked), loc, label


# An interview cited again by its interviewee: "Interview with a miner", "Entrevista con un dirigente"
INTERVIEW_AGAIN_RE = lazy(r"(?i)^(?:(?:personal|author['’]s)\s+)?(?:interview\s+with|entrevista\s+(?:con|a)|entretien\s+avec)\s+"
                          r"(?P<who>[^;()]{2,80}?)(?:,\s*(?:pp?\.\s*)?\d[\d\-–]*)?$")


# A journal's volume, number and date in parentheses after its name: "Survival (Vol. 61, No. 4, 2019)",
# "RUSI Journal (Vol. 166, No. 3, 2021)", "Foreign Affairs (Vol. 102, No. 2, March/April 2023)"
VOLUME_PAREN_RE = lazy(r"(?i)\s\((?:vol\.|volume)\s*(?P<volume>\d{1,4})(?:,\s*(?:no\.|issue|number)\s*(?P<issue>[\w/–\-]{1,12}))?"
                       r",\s*(?P<date>[^()]{0,30}?(?:1[5-9]\d\d|20\d\d))\)(?P<pages>,\s*pp?\.\s*[\divxlc]+(?:\s*[-–]\s*[\divxlc]+)?)?")


def _journal_note_order(text: str, m: regex.Match) -> str:
    """"…, Survival (Vol. 61, No. 4, 2019), pp. 117–38" as "…, Survival 61, no. 4 (2019): 117–38"."""
    issue = f", no. {m.group('issue')}" if m.group("issue") else ""
    pages = ": " + m.group("pages").split(".", 1)[1].strip() if m.group("pages") else ""
    return f"{text[: m.start()]} {m.group('volume')}{issue} ({m.group('date').strip()}){pages}{text[m.end():]}"


def _outlet_alone_before_headline(before: str, rest: str) -> bool:
    """"Ciper Chile, «Title», 4 de mayo de 2023, <URL>", "Europa Press, “Title,” <date>": a name of two or three words that
    is no person's (no known given name opens it), then a headline and the day alone — an outlet named first."""
    words = before.split()
    if not 2 <= len(words) <= 3 or not all(w[:1].isupper() for w in words) or is_first_name(words[0]) \
            or words[0].rstrip(".").isupper() and len(words[0]) <= 3:  # "J. A. Roe", "UN …"
        return False
    found = dates.find_date(rest)
    if found is None or len(found.parts) < 3 or rest[: found.span[0]].strip(" ,"):
        return False
    address = URL_RE.search(rest)
    squeezed = "".join(words).casefold()
    return words[0] in OUTLET_ARTICLES or classify.NEWS_WORD_RE.search(words[-1]) is not None \
        or address is not None and squeezed in address.group(0).casefold()  # "Ciper Chile" at ciperchile.cl


# A paper's town in brackets after its name: " (Lima), 5 de junio de 2013"
TOWN_IN_BRACKETS_RE = lazy(r"\s*\((?P<town>\p{Lu}[\p{L}.'’ \-]{1,30})\)\s*(?:,|$)")
# Sites that carry a channel's videos: "Canal N, “…,” YouTube video, <date>" (the channel posted it)
VIDEO_SITES = frozenset({"youtube", "vimeo", "rumble", "dailymotion", "broadcast", "aired", "televised"})  # (and "…,
# broadcast April 11, 2013": the channel aired it)
# The paragraph of a ruling cited, closing its citation: ", párr. 120", ", paras. 46–50", ", ¶ 12"
RULING_PINPOINT_END_RE = lazy(r"(?i),\s*(?:párrs?\.|párrafos?|parr\.|paras?\.|paragraphs?|¶{1,2}|§{1,2}|"
                              r"rn\.|rdnr\.|randnummern?|rz\.|r\.\s?o\.|rechtsoverwegingen?|cons\.|considérants?)\s*"
                              r"(?P<loc>\d{1,4}(?:\.\d{1,3})?(?:\s*[-–]\s*\d{1,4}(?:\.\d{1,3})?)?)$", regex.REVERSE)
# (and Germany's marginal numbers, "Rn. 150", the Netherlands' grounds, "r.o. 4.3", France's "considérant 12")
# The news agencies whose stories papers carry under their name
WIRE_SERVICE_RE = lazy(r"(?i)associated\s+press|AP|reuters|agence\s+france[-\s]presse|AFP|EFE|agencia\s+EFE|dpa|ANSA|xinhua|"
                       r"europa\s+press|bloomberg(?:\s+news)?|notimex|andina|ANDES|kyodo(?:\s+news)?|yonhap|anadolu\s+agency|UPI")
# The article a newspaper's name may open with: "Le Nouvelliste", "El Faro", "La Tercera"
OUTLET_ARTICLES = frozenset("Le La El Il Lo Los Las Les O A Die Der Das The".split())


def _publishes_itself(body: str, publisher: str) -> bool:
    """A body is its work's publisher: "OECD" and "OECD Publishing", "World Bank" and "The World Bank"."""
    head = body.split(" (", 1)[0].strip().casefold()
    return bool(head) and not UNIVERSITY_PRESS_RE.search(publisher) and head in publisher.casefold()


UNIVERSITY_PRESS_RE = lazy(r"(?i)\buniversity\b|\bpress\b|\buniversidad\b|\bverlag\b")


def _name_then_title(core: str) -> bool:
    """"Benjamin, Arcades Project" and "Gootenberg, Between Silver and Guano" are a family name and
    a short title whose italics were lost: a list of family names has no single comma before a
    phrase of several words (three names read "Smith, Jones, and Brown")."""
    name, sep, rest = core.partition(", ")
    return bool(sep) and " " not in name and ", " not in rest and len(rest.split()) >= 2 \
        and not rest.lower().startswith(("and ", "y ", "et ", "und "))


def _short_names(core: str) -> tuple[Name, ...]:
    """In a short form every printed name is a family name: "Felbab-Brown", "Smith and Jones" ("Conway et al."
    names the first author only)."""
    core = ET_AL_RE.sub("", core)
    if (" y " in core or " and " in core or " e " in core) and "," not in core.strip(" ,"):
        whole = core.strip(" ,")
        parts = [p.strip() for p in SHORT_NAMES_SPLIT_RE.split(whole)]
        if organisation_name(whole) and not all(organisation_name(p) for p in parts) \
                and not all(looks_like_names(p) and " " not in p for p in parts):
            return (Name(literal=whole),)  # "Comisión de la Verdad y Reconciliación, op. cit.": one body, named by two words
    out = []
    for part in (p.strip() for p in SHORT_NAMES_SPLIT_RE.split(core)):
        initials = LEADING_INITIALS_RE.match(part)
        words = part.split()
        if initials and part[initials.end():].strip():  # "L. Sánchez": the initial tells two Sánchez apart
            family = part[initials.end():].strip()  # ("M.-A. PÉROUSE DE MONTCLOS": in French small capitals)
            out.append(Name(family=family_case(family) if family.isupper() else family, given=initials.group(0).strip()))
        elif len(words) >= 2 and (is_first_name(words[0]) or is_given_name(words[0])) \
                and (named := parse_name(part)).family and named.given:
            out.append(named)  # "Isabelle Mandraud, art. cit.": French notes name the author in full again
        elif part:
            out.append(Name(family=part))
    return tuple(out)


LEADING_INITIALS_RE = lazy(r"(?:\p{Lu}\.-?\s?){1,3}(?=\p{Lu}\p{Ll}|\p{Lu}{2,}(?:\s|$))")


TITLE_EXTRA_RE = lazy(r"(?i),\s+(?=(?:trans\.|trad\.|traducción\s+de|tradução\s+de|traduction\s+de|\d{1,2}\s?\.?\s?[ªºa]\.?\s*(?:ed\.|edición|edição)|\d{1,2}e\s+éd|directed\s+by|dirigid[oa]\s+por|translated\s+(?:(?:and\s+edited\s+)?by|from\s)|eds?\.\s|edited\s+(?:and\s+translated\s+)?by|ed\.\s+and\s+trans\.|(?:vol\.|tomo|t\.|volume|bd\.)\s*(?:\d|[ivxlc]{1,6}\b)|\d+(?:st|nd|rd|th|d)\s+(?:ed\.|edn\b|edition)|rev\.\s+ed\.|revised\s+edition|new\s+ed\.|" + EDITION_WORDS + r"\s+(?:ed\.|edition)|\d+\s+vols\.))")


# A volume's own title after its number: ", Volume I: Drug and Chemical Control" (the volume is read; its title is the book's)
VOLUME_TITLE_AFTER_RE = lazy(r"^(,\s*(?i:vol\.|volume|tomo|t\.|bd\.)\s*(?:\d{1,3}|[IVXLC]{1,6})):\s*[^,()]{2,120}")


def _title_extras(head: str) -> tuple[str, str]:
    """Split "Title, trans. X, vol. 1" or "Title, NBER Working Paper No. 12345" into the title and
    what follows it."""
    m = TITLE_EXTRA_RE.search(head)
    if m:
        extra = head[m.start():]
        return head[: m.start()], VOLUME_TITLE_AFTER_RE.sub(r"\1", extra) if ":" in extra else extra
    title, sep, last = head.rpartition(", ")
    series = classify.REPORT_SERIES_RE.search(last) if sep and title.strip() else None
    if series and " " not in last[series.end():].strip(" ."):  # the series' number ("No. 160932-ZR") closes the title
        return title, head[len(title):]
    if sep and title.strip() and classify.REPORT_NUMBER_RE.fullmatch(last.strip(" .")):  # "Example Audit, GAO-17-123"
        return title, head[len(title):]
    if sep and title.strip() and REPORT_LABEL_RE.fullmatch(last.strip(" .")):  # "Colombia's Coca Conundrum, Policy Brief"
        return title, head[len(title):]
    if sep and title.strip() and len(last.split()) <= 5 and classify.SERIES_NAME_RE.search(last.strip(" .")) \
            and all(w[:1].isupper() for w in last.split()):  # "…, RUSI Special Report (London: …)": a body's series
        return title, head[len(title):]
    if sep and title.strip() and ("omment" in last or "apers" in last or "onograph" in last) \
            and SERIES_AFTER_TITLE_RE.fullmatch(last.strip(" .")):  # "…, SWP Comment 2019/C 02", "…, Letort Papers"
        return title, head[len(title):]
    return head, ""


# A think tank's series named after a title, with or without its number: "SWP Comment 2019/C 02", "Letort Papers"
SERIES_AFTER_TITLE_RE = lazy(r"(?:\p{Lu}[\p{L}\-]{0,30}\s){1,3}(?:Comments?|Papers|Monographs?)(?:\s+(?:No\.\s*)?[\w/\-.]{1,12}(?:\s+\d{1,3})?)?")


def _find_url(text: str) -> str | None:
    if "." not in text:
        return None  # no dot, no address
    m = URL_RE.search(text)
    if not m and any(tld in text.lower() for tld in DOMAIN_ENDINGS):
        m = ("/" in text and BARE_DOMAIN_URL_RE.search(text)) or DOMAIN_ONLY_RE.search(text)
    if not m:
        return None
    return m.group(0).rstrip(".,;:")


def _pub_paren(text: str, regs: list[spans.Region]) -> spans.Region | None:
    for r in regs:
        if r.kind == "paren":
            inner = text[r.start:r.end]
            if PUB_PAREN_RE.fullmatch(inner) and (":" in inner or "," in inner) \
                    and not (_day_alone(inner[1:-1]) and any(p.kind == "italic" and not text[p.end:r.start].strip()
                                                             for p in regs)):
                return r
    return None


def _day_alone(inner: str) -> bool:
    """"*Lawfare* (Dec. 5, 2018)": a day after an italic periodical, as the Bluebook dates it, is no imprint."""
    if ":" in inner or not inner[:1].isalpha():
        return False
    found = dates.find_date(inner)
    return found is not None and len(found.parts) == 3 and found.span[0] == 0 and found.span[1] >= len(inner.rstrip(" ."))


# What a statement's heading goes on with after a comma: its subject, its audience, its occasion ("…, to the Security
# Council", "…, at the weekly press briefing")
SPOKEN_TO_OR_ON = ("on ", "about ", "regarding ", "to ", "at ", "before ")


def _said_by(text: str) -> Work | None:
    """A speech or statement cited by its own unquoted heading, then where and when: "Statement by the
    Example Community of States, Abuja, 7 September 2019".  The date must close the note."""
    core = text.strip().rstrip(".")
    if core.split(" ", 1)[0].lower() not in SPEECH_OPENING_WORDS or "(" in core \
            or any(r.kind in ("quote", "italic") for r in spans.regions(core)):
        return None  # a quoted or italic title: the ordinary reader takes it
    found = dates.find_date(core)
    if found is None or len(found.parts) < 2 or found.span[1] < len(core):
        return None
    heading, _, place = core[: found.span[0]].rstrip(" ,").partition(", ")
    who = speaker(heading)
    office_held = False
    if who is None and place and OFFICE_HOLDER_HEADING_RE.search(heading):
        named, _, after = place.partition(", ")  # "Allocution télévisée du président de la République, Jacques Chirac,
        if looks_like_names(named) and is_first_name(named.split()[0]):  # <date>": the office, then who held it (and a
            who, place, heading, office_held = named, after, f"{heading}, {named}", True  # venue: "palais de l'Élysée")
    venue = None
    if who is not None and ", " in place:
        parts = place.split(", ")
        while len(parts) > 1 and (parts[0].startswith(SPOKEN_TO_OR_ON) or _an_office(parts[0]) and not known_place(parts[0])):
            subject = parts.pop(0)  # "…, Minister of Internal Affairs, on persons arrested …, Parliament of Uganda, Kampala":
            if subject.startswith(SPOKEN_TO_OR_ON):  # the speaker's office and the subject, neither of them where; the
                heading = f"{heading} {subject}"  # subject, the audience or the occasion go on the heading
        if len(parts) > 1 and is_organisation(parts[0]) and known_place(parts[1].split(", ")[0]):
            venue, parts = parts[0], parts[1:]  # "Parliament of Uganda, Kampala": where it was given, then the town
        place = ", ".join(parts)
    if who is None or len(place) > 60 or place[:1].islower() and not office_held:
        return None
    held_at = SPEECH_AT_EVENT_RE.search(heading)
    return Work(type="speech", authors=parse_names(who) or (Name(literal=who),), title=heading,
                event_title=held_at.group("event") if held_at else venue, place=place or None, date=found.parts,
                raw=text, language=language.detect(heading),
                evidence=('"Remarks by <speaker>, <place>, <date>" -> speech',))


def _dated_title_marked(text: str) -> str | None:
    """A body's unmarked title holding dates of its own, then the month or day it appeared, with the title set in italics
    ("OHCHR, *Report on the events in Moura from 27 to 31 March 2022*, May 2023."), so that the closing date dates it;
    None for any other note."""
    core = text.strip().rstrip(".")
    closing = closing_date(core)
    if closing is None or closing.span[1] != len(core):
        return None
    name, _, title = core[: closing.span[0]].rstrip(" ,").partition(", ")
    if not title or "," in title or dates.find_date(title) is None or not organisation_name(name):
        return None
    return f"{name}, *{title}*, {closing.text}."


# A British parliamentary paper's number, set off by commas, with the committee's report it is: "…, Fourth Report of Session
# 2019–21, HC 596.", "…, HL Paper 24, <date>" (a number, not a page, and "HC" no publisher; command papers, "Cm 9161", are
# read as a numbered series)
PARLIAMENTARY_PAPER_RE = lazy(r",\s*(?P<paper>(?:\p{Lu}\p{Ll}{2,20}\s+(?:Special\s+)?Report\s+of\s+Session\s+\d{4}[-–]\d{2,4},\s*)?"
                              r"(?:HC|HL(?:\s+Paper)?)\s+\d{1,5}(?:-[IVX]{1,5})?)(?=\s*,|\.?\s*$)")


# An office named at the end of a speech's heading, its holder's name after the comma: "Conférence de presse du président de
# la République", "Discurso del presidente de la República"
OFFICE_HOLDER_HEADING_RE = lazy(r"(?i)\b(?:du|del|de\s+la|of\s+the|by\s+the)\s+(?:président|presidente|president|premier\s+ministre|"
                                r"prime\s+minister|ministre|ministro|minister)\b[^,]{0,60}$")


def _same_body(author: str, publisher: str) -> bool:
    """"Oxfam" and "Oxfam"; "Example Watch" and "Example Watch (EW)"; "Instituto de Defensa Legal (IDL)" and "IDL"."""
    a, p = author.lower(), publisher.lower()
    return a == p or a.startswith(p + " (") or p.startswith(a + " (") or a.endswith(f"({p})") or p.endswith(f"({a})")


def _a_town(text: str) -> bool:
    """One to three capitalised words naming no organisation or publisher: where, not who."""
    return _a_place_name(text) and len(text) > 2 and not classify.BOOK_PUBLISHER_RE.search(text) \
        and not classify.REPORT_PUBLISHER_RE.search(text)


# A report's code after its publisher inside the facts in brackets: ", R41576", ", RL32686", ", GAO-07-78"
PUBLISHER_NUMBER_END_RE = lazy(r",\s+(?P<number>[A-Z]{1,5}-?\d{2,6}(?:-\d{1,6}){0,2}[A-Z]?)$")


def _read_paren(inner: str) -> tuple[str | None, str | None, tuple[int, ...] | None]:
    """"Washington, D.C.: U.S. Government Accountability Office, 2012" -> place, publisher, date; "n.p." (no place, no
    publisher printed) names neither."""
    place, publisher, date = _read_paren_facts(inner)
    return (None if place and NOT_PRINTED_RE.fullmatch(place) else place,
            None if publisher and NOT_PRINTED_RE.fullmatch(publisher) else publisher, date)


# What a note prints where no place or publisher is known: "n.p.", "s.l.", "s.n.", "s.e."
NOT_PRINTED_RE = lazy(r"(?i)n\.\s?p\.|s\.\s?[lne]\.")


def _read_paren_facts(inner: str) -> tuple[str | None, str | None, tuple[int, ...] | None]:
    reprint = REPRINT_RE.search(inner) if ";" in inner else None
    if reprint and REPRINT_YEAR_ALONE_RE.fullmatch(inner[reprint.end():].strip(" .")):
        # "(Oxford: Oxford University Press, 1976; repr. 2001)": reprinted by the same house; the reprint's year
        inner = f"{inner[: reprint.start()].rstrip(' ,')}, {inner[reprint.end():].strip(' .')}"
    elif reprint:  # "(1882; repr., London: Example Low, 1968)", "(Leeds: Senior, 1880; repr. London: Cass, 1968)": the reprint
        inner = inner[reprint.end():]
    if "[" in inner:
        inner = ORIGINAL_YEAR_RE.sub(" ", inner)  # "(London: Victor Gollancz, [1963] 1980)": the first edition's year
    found = dates.find_date(inner)
    date = found.parts if found else None
    undated = dates.NO_DATE_RE.search(inner) if found is None else None  # "(Oxford: Example Press, forthcoming)"
    body = inner[: found.span[0]] if found else inner[: undated.start()] if undated else inner
    if found is None and undated is None and (years := YEAR_RANGE_END_RE.search(inner.rstrip())) is not None:
        date, body = (int(years.group("first")),), inner[: years.start()]  # "(New York: Harper & Row, 1972–73)": 2 vols.
    body = body.strip().rstrip(",").strip()
    if ";" in body and body.count(":") >= 2:  # "(Washington, DC: IDB; Cambridge, MA: Harvard University Press, 2005)"
        pairs = [part.partition(":") for part in body.split(";")]
        places = "; ".join(p[0].strip() for p in pairs if p[1] and p[0].strip())
        publishers = "; ".join(p[2].strip(" ,") for p in pairs if p[1] and p[2].strip(" ,"))
        return places or None, publishers or None, date
    if ":" in body:
        place, _, publisher = body.partition(":")
        place, publisher = place.strip(), publisher.strip().rstrip(",")
        town = publisher.split(",")[0].split(" and ")[0]  # ("Paris and Brussels": two towns)
        if publishing_city(town) and not publishing_city(place) \
                and (classify.BOOK_PUBLISHER_RE.search(place) or is_organisation(place) or place.isupper()) \
                or not town.isupper() and not classify.BOOK_PUBLISHER_RE.search(publisher) \
                and not publishing_city(place.split(",")[0]) and known_place(town) \
                and not any(f(place.split(",")[0]) for f in (known_place, known_region)):  # (the cheap tests first: the
            # gazetteer takes a fraction of a second to load, once)
            place, publisher = publisher, place  # SIPRI's order: "(Oxford University Press: Oxford, 2023)", "(DOD: Washington, DC, …)",
            # and India's: "Juggernaut, New Delhi, 2016", "HarperCollins India, Noida, 2015", the town after the firm
        return place or None, publisher or None, date
    if CITY_AND_STATE_RE.match(body):  # "(Washington, DC, 2013)": a place, the author publishes
        return body, None, date
    if ", " in body:  # "(Washington, D.C., World Bank, 2006)", "(Bogotá, UNODC-SIMCI, 2021)": place, then publisher
        parts = body.split(", ")
        for k in (2, 1):
            place, publisher = ", ".join(parts[:k]), ", ".join(parts[k:])
            if publisher and (CITY_AND_STATE_RE.match(place) if k == 2 else publishing_city(place)):
                return place, publisher, date
        for k in (2, 1):  # "(Princeton University Press, Princeton, NJ, 2018)", "(Hurst, London, 2016)": the publisher, then
            publisher, place = ", ".join(parts[:-k]), ", ".join(parts[-k:])  # its town, as African Affairs prints them
            town = CITY_AND_STATE_RE.match(place) if k == 2 else publishing_city(place) or known_place(place)
            if len(parts) == k + 1 and publisher[:1].isupper() and town and not GENRE_ONLY_RE.match(publisher) \
                    and (classify.BOOK_PUBLISHER_RE.search(publisher) or publisher.isupper()  # ("INE, Maputo, 2019")
                         or not (publishing_city(publisher) or known_place(publisher))):
                return place, publisher, date
    if publishing_city(body):  # "(Cambridge, 2009)", "(London, 1971)": British notes name the place alone
        return body, None, date
    if ("/" in body or "–" in body) and all(publishing_city(town) for town in TOWN_LIST_SPLIT_RE.split(body)):
        return body, None, date  # "(Oxford–New York, 2010)", "(Berlin/New York, 2005)": the towns of one house
    return None, body or None, date


# Between the towns of a publisher with two seats: "Oxford–New York", "Berlin/New York"
TOWN_LIST_SPLIT_RE = lazy(r"\s?[/–]\s?")
# A genre word standing alone at the head of a speech's or interview's parenthetical: "speech", "lecture"
GENRE_ONLY_RE = lazy(r"(?i)^(?:(?:keynote|opening|closing|public|inaugural|audio|video|recorded|televised|radio|television)\s+)?"
                     r"(?:speech|lecture|"
                     r"address|remarks|talk|presentation|keynote|"
                     r"statement|briefing|discurso|conferencia|ponencia|interview|entrevista)$")


def _event_and_place(text: str) -> tuple[str | None, str | None]:
    """"Second World Meeting of Popular Movements, Santa Cruz de la Sierra, Bolivia" -> event, place."""
    given_at = classify.SPEECH_PAREN_RE.match(text)
    if given_at is not None and given_at.group(0).rstrip().endswith(","):
        given_at = None  # "(speech, Helsinki, Finland, …)": the place follows the genre; an event says so in its name
    if given_at is not None:  # "speech given at Example Hall, London"
        text = text[given_at.end():]
        text = text[4:] if text[:4].lower() == "the " else text
    parts = [p.strip() for p in text.split(",") if p.strip()]
    if parts and GENRE_ONLY_RE.match(parts[0]):  # "(speech, Helsinki, Finland, June 10, 2013)"
        parts = parts[1:]
    if given_at is None and len(parts) > 1 and classify.VENUE_RE.match(parts[0]) \
            and (known_place(parts[1]) or publishing_city(parts[1])):
        return None, ", ".join(parts)  # "(speech, Example City Hall, Oslo, …)": a hall and its town, where it was given
    if len(parts) > 1 and parts[0][:1].isupper() and not known_place(parts[0]) and not known_region(parts[0]) \
            and not publishing_city(parts[0]) and not is_organisation(parts[0]) \
            and (known_place(parts[1]) or publishing_city(parts[1])) \
            and not (len(parts) == 2 and known_region(parts[1]) and not classify.EVENT_WORD_RE.search(parts[0])):
        return parts[0], ", ".join(parts[1:])  # "(presentation, Black Hat USA, Las Vegas, …)": the event, then its town
        # (a town and its state are a place: "(radio address, Crawford, Texas, …)")
        # (a body there, "(speech, German Council on Foreign Relations, Berlin, …)", is who hosted it: read below)
    if given_at is not None and parts and not classify.EVENT_WORD_RE.search(parts[0]) and len(parts) > 1 \
            and not publishing_city(parts[0]):
        return parts[0], ", ".join(parts[1:])  # "(speech given at Example Hall, London, …)": the hall, then the town
    if parts and classify.EVENT_WORD_RE.search(parts[0]) and len(parts) > 1:
        return parts[0], ", ".join(parts[1:])
    if parts and classify.EVENT_WORD_RE.search(parts[0]):
        return parts[0], None
    return None, ", ".join(parts) or None


SPEECH_EVENT_RE = lazy(r"(?i)\b(?:at|to|before|ante|en)\s+(?:the\s+)?(?P<event>[^,]+)(?:,\s*(?P<place>[^,]+(?:,\s*[^,\d]+)?))?")


# A committee named for several fields, their list joined by commas and "and": "Senate Committee on Health, Education,
# Labor, and Pensions", "Committee on Commerce, Science, and Transportation"
COMMITTEE_OF_MANY_RE = lazy(r"[^,]*\b(?:Committee|Subcommittee)\s+on\s+\p{Lu}[\p{L}’' ]+(?:,\s\p{Lu}[\p{L}’' ]+)*,?\s(?:and|&)\s"
                            r"\p{Lu}[\p{L}’']+(?:\s\p{Lu}[\p{L}’']+)*")


def _speech_event(rest: str) -> tuple[str | None, str | None]:
    """"keynote address at the 47th meeting of X, Washington, D.C., October 17, 2016" -> event, place."""
    found = dates.find_date(rest)
    text = rest[: found.span[0]] if found else rest
    m = SPEECH_EVENT_RE.search(text)
    if not m:
        return None, None
    place = (m.group("place") or "").strip(" ,") or None
    event = m.group("event").strip(" ,") or None
    if event and "ommittee on " in event and (listed := COMMITTEE_OF_MANY_RE.match(text, m.start("event"))) is not None:
        # "testimony before the U.S. Senate Committee on Health, Education, Labor, and Pensions": one committee's name
        event, place = listed.group(0).strip(" ,"), text[listed.end():].strip(" ,") or None
    if place and event and place.startswith(("Subcommittee ", "Committee ", "Caucus ")):
        event, place = f"{event}, {place}", None  # "…, Subcommittee on Counterterrorism and Intelligence": the event's, no place
    return event, place


# "Episode 14", "Ep. 3", "Episodio 12": the number of an episode, not its program
EPISODE_RE = lazy(r"(?i)^(?:episode|episodio|épisode|ep\.|show|programa|capítulo)\s*(?:no\.\s*)?\d+$")
# "The World podcast" -> "The World", "YouTube video" -> "YouTube"
PODCAST_WORD_RE = lazy(r"(?i)\s+(?:podcast|radio\s+show|video)$")
# the running time of a video or an episode: ", 3:45," / ", 1:02:10,"
DURATION_RE = lazy(r",\s*\d{1,2}:\d{2}(?::\d{2})?(?=\s*,)")


def _program(container: str | None, italic: bool, rest: str, genre: str | None) -> tuple[str | None, str | None, str | None]:
    """(program, episode, network) of a broadcast: "Episode 14, The World podcast, PRI"."""
    if container and not italic and EPISODE_RE.match(container):
        genre = container
        container, italic, rest = _container(rest)
    if container and not italic:
        container = PODCAST_WORD_RE.sub("", container) or container
    network, _, _ = _container(rest)
    if network and (dates.find_date(network) or URL_RE.search(network) or len(network) > 60 or network[:1].islower()):
        network = None  # a date, an address, or "posted March 3": no network
    return container, genre, network


# The "and" that opens the last name of a list: "and David A. Shirk"
AND_LEAD_RE = lazy(r"^(?:and|&|y|et|und)\s+")
# A paper of a numbered series, named by its kind: "Discussion Paper No. 2004/5", "Working Paper 12", "policy brief no. 7"
PAPER_NUMBER_RE = lazy(r"(?i)(?:discussion|working|policy|research|occasional|briefing|background|conference|issues?)\s+"
                       r"(?:papers?|briefs?|notes?)\s+(?:no\.?\s*|n[º°o]\.?\s*|number\s+)?[\dA-Z][\w./\-]{0,12}"
                       # a committee's report by its place in a session: "Twelfth Report of Session 2022–23"
                       r"|(?<![\p{L}\d])(?:\p{L}{3,14}(?:-\p{L}{3,8})?|\d{1,3}(?:st|nd|rd|th))\s+(?:special\s+)?report\s+of\s+session\s+"
                       r"\d{4}[–-]\d{2,4}")


# A number's thousands comma: "64,664"
THOUSANDS_COMMA_RE = lazy(r"\d,\d{3}(?!\d)")


def _container(head: str) -> tuple[str | None, bool, str]:
    """The outlet/journal/book in what follows a title: "*NBC News*, October 12, 2013"."""
    head = head.strip().lstrip(",").strip()
    if not head:
        return None, False, ""
    if head[:3].lower() in ("en ", "in ") or head[:4].lower() in ("dans", "em *", "em \""):
        published = PUBLISHED_IN_OUTLET_RE.match(head)  # "…", en *El Comercio*, 3 de marzo de 2013": where it appeared
        head = head[published.end():] if published else head
    regs = spans.regions(head)
    if regs and regs[0].kind == "italic" and regs[0].start == 0:
        return _clean_title(head[1:regs[0].end - 1]), True, head[regs[0].end:]
    masked = spans.mask(head, regs)
    cut = len(head)
    for sep in (",", " (", " ["):  # ("Vanguard [Lagos]": its town in square brackets too)
        i = masked.find(sep)
        if sep == "," and 0 < i and masked[i - 1:i].isdigit() and " Reg. " in head[:i] \
                and (thousands := THOUSANDS_COMMA_RE.search(masked, i - 3)) is not None and thousands.start() <= i:
            i = masked.find(sep, thousands.end())  # "77 Fed. Reg. 64,664 (…)": the page's thousands, no end of the name
        if 0 <= i < cut and (sep != " [" or max(head[:i], default="a") < "\u2e80"):  # ("新华网 [Xinhua]": a translation)
            cut = i
    candidate = head[:cut].strip()
    if (outlet := IN_OUTLET_WORD_RE.match(candidate)) is not None and (
            classify.known_outlet(candidate[outlet.end():]) or _dated_next(head[cut:])):
        candidate = candidate[outlet.end():]  # "…», en El Espectador, 10/5/2022": where it appeared, as with italics
    if not candidate or dates.find_date(candidate) and len(candidate) < 25 and not any(
            w.lower() not in dates.MONTHS for w in LONG_WORD_RE.findall(candidate)):
        return None, False, head
    if NOT_AN_OUTLET_RE.match(candidate) or _month_day(candidate):
        return None, False, head
    return _clean_title(candidate), False, head[cut:]


# The heads of the document symbols of the IAEA and the NPT's conferences ("INFCIRC/214", "GOV/2023/8"), which no body
# names after them as the UN's are ("S/2018/705, United Nations Security Council, <date>")
AGENCY_SYMBOL_HEADS = ("INFCIRC/", "GOV/", "GC(", "NPT/", "MSC", "MEPC", "FAL", "LEG", "TC")
# A column's name, then the italic journal it runs in: '“Title,” Nuclear Notebook, *Bulletin of the Atomic Scientists* 79'
COLUMN_THEN_JOURNAL_RE = lazy(r"^\s*,?\s*(?P<column>\p{Lu}[^,*“”\"]{2,40}),\s\*(?P<journal>[^*]{3,120})\*")


FUNCTION_WORDS = frozenset("of for and on the de del la las los y e el on in for to und für der des du et pour sobre para por en a al zur zum sur di da do das dos".split()) \
    | ORG_FUNCTION_WORDS | frozenset("con com not within into under among between across van voor het".split())
# ("... Vida sin Drogas (DEVIDA)", "Hope not Hate", "Commission on CIA Activities within the United States")


MONTH_DAY_RE = lazy(r"^(?P<month>\p{L}{3,10})\.?\s+\d{1,2}$|^\d{1,2}\s+(?:de\s+)?(?P<month2>\p{L}{3,10})$")


def _comma_before_en(text: str) -> str:
    """The comma Spanish notes omit between a quoted title and where it appeared: "«Título» en El Espectador" as "«Título»,
    en El Espectador". Only after the first quotation, the title's own: "… durante el “régimen de excepción” en El
    Salvador" quotes a phrase inside a title."""
    close = min((i for i in (text.find("»"), text.find("”")) if i >= 0), default=-1)
    if close < 0 or EN_THEN_CAPITAL_RE.match(text, close + 1) is None:
        return text
    return f"{text[: close + 1]},{text[close + 1:]}"


def _dated_next(rest: str) -> bool:
    """What follows an outlet's name opens on its date: ", 10 de mayo de 2022", ", 10/5/2022"."""
    found = dates.find_date(rest[:60], last=False)
    return found is not None and not rest[: found.span[0]].strip(" ,")


def _month_day(text: str) -> bool:
    """"March 13", "13 de marzo": the first half of a date split at its comma, not an outlet."""
    m = MONTH_DAY_RE.match(text.strip())
    return bool(m) and (m.group("month") or m.group("month2")).lower() in dates.MONTHS


# What a body issued, named between the body and the title: "…, Press Release, “Title,”", "…, Media Note, “…”"
GENRE_BEFORE_TITLE_RE = lazy(r"(?i),\s+(?P<genre>(?:press|news|media)\s+(?:release|statement|note)|fact\s+sheet|readout|"
                             r"(?:prepared\s+|written\s+)?testimony|remarks|speech|address|keynote\s+address|lecture)$")
# ("Ashton Carter, testimony, “Hearing to Receive Testimony on …,” U.S. Senate Committee …": the speaker, then what he gave)


def _spelt_by_initials(name: str) -> bool:
    """A body's name whose closing acronym in brackets spells its words' capitals, in order: "Ministerio del Ambiente, Agua
    y Transición Ecológica (MAATE)"."""
    found = ACRONYM_AFTER_RE.search(name)
    if found is None:
        return False
    acronym = [c for c in found.group(0) if c.isupper()]
    initials = [w[0] for w in name[: found.start()].replace(",", " ").split() if w[:1].isupper()]
    if len(acronym) < 3 or not initials or acronym[0] != initials[0]:
        return False
    rest = iter(initials)
    return all(letter in rest for letter in acronym)


def _lead_in_names(before: str) -> str | None:
    """The author part before a title, if it reads as names: "Simeon Tegel" / "U.S. Department of State" (a think tank's
    report may list a dozen authors)."""
    if looks_like_names(before, max_words=60):
        return before
    if not before.isascii() and before[:1] >= "\u2e80" and organisation_name(before):
        return before  # "中华人民共和国国防部 [Ministry of National Defense]": a body named in characters
    if ", " in before and body_list(before) is not None:
        return before  # "Cybersecurity and Infrastructure Security Agency, Federal Bureau of Investigation, and …": bodies
    words = before.split()
    if not words:
        return None  # (nothing before the title: a note opening on its comma, ", *Final Report*, …")
    longest = 18 if ", " in before or any(w.lower() in COMMITTEE_WORDS for w in words[:6]) \
        or ACRONYM_AFTER_RE.search(before) else 12  # ("Select Committee
    # to Investigate the January 6th Attack on the United States Capitol", "G20 High Level Independent Panel on Financing
    # the Global Commons for …": a committee or a panel named for its task; "Servicio Nacional de Atención Integral a
    # Personas Adultas Privadas de la Libertad y a Adolescentes Infractores (SNAI)": a body, its acronym after its name)
    if is_organisation(before) and len(words) <= longest and words[0][:1].isupper() and ": " not in before \
            and all(w[:1].isupper() or w.lower() in FUNCTION_WORDS or not w[:1].isalpha() or ELIDED_ARTICLE_RE.match(w)
                    or w[:3].lower() in ARABIC_ARTICLES or w[:4].lower() == "wal-" for w in words):  # "… al-Islam wal-Muslimin"
        return before
    if (has_body_ending(before) or words[0].lower() in BODY_HEAD_WORDS) and organisation_name(before):
        return before  # "Politiets sikkerhetstjeneste", "Commission nationale de l'informatique et des libertés": a body
        # whose language writes its words in lower case
    if (" and " in before or " y " in before or " e " in before or " et " in before) and len(words) <= 30 \
            and (bodies := parse_names(before)) and len(bodies) == 2 \
            and all(b.literal for b in bodies) and (all(organisation_name(b.literal) for b in bodies)
                                                     or any(ACRONYM_ALONE_RE.fullmatch(b.literal) for b in bodies)):
        return before  # "Ethiopian Human Rights Commission and Office of the United Nations High Commissioner for …": two
        # bodies, however long their names
    if before.count(", ") == 1 and inverted_name_before_title(before):
        return before  # "Hernández, Anabel, *Los señores del narco*": a family name, then given names no list holds
    return None



def _clean_title(title: str) -> str:
    title = title.strip().strip("*").strip()
    if "*" in title:
        title = INNER_ITALIC_RE.sub(r"\1", title)  # "An Analysis of Islamic State’s *Dabiq* Magazine": a name set in italics
    title = title.rstrip(",;:").strip()  # "Title," -> "Title"
    if title.endswith(".") and not ABBREVIATION_END_RE.search(title):
        title = title[:-1]
    if title.endswith(CLOSING_QUOTES):  # "...'Gabriel,'" -> "...'Gabriel'"
        title = title[:-1].rstrip(",.") + title[-1]
    if title[-3:].lower() in (" de", "del", " da", " of", " du") and " " in title:
        title = DANGLING_WORD_RE.sub("", title)  # "Lei nº 10.639, de" once its date is read: a word its date followed
    return " ".join(title.split())


# A run in italics inside a title: "… State’s *Dabiq* Magazine"
INNER_ITALIC_RE = lazy(r"\*([^*\n]{1,120})\*")
# A word left dangling at the end of a title once the date that followed it is read: "…, de", "sesión del"
DANGLING_WORD_RE = lazy(r"(?i),?\s+(?:de|del|da|of|du)$", regex.REVERSE)


MAX_PINPOINT_SPAN = 10  # a cited passage is short; an article's page range is longer


def _article_range(printed: str, pages: str) -> bool:
    """Is "pp. 97-127" after a colon the article's range (True) or the page a note points at?"""
    if PP_RE.search(printed):
        return True
    first, _, last = pages.partition("-")
    if not last or not first.isdigit() or not last.isdigit():
        return False
    end = int(last) if len(last) >= len(first) else int(first[: len(first) - len(last)] + last)
    return end - int(first) >= MAX_PINPOINT_SPAN


# A United Nations document's symbol after an unmarked title: ", S/2022/740", ", A/HRC/47/30"
UN_SYMBOL_AFTER_TITLE_RE = lazy(r",\s+(?=" + DOCUMENT_SYMBOL_RE.source + r"\b)")


def _unmarked_outlet_and_date(head: str) -> tuple[str, str]:
    """Split "Title of Article, New York Times, March 3, 2010" (marks lost) into the title and
    what follows it ("Statement by the Presidency, 3 October 2016": the title and its date); a
    head that does not end in a date is left whole."""
    core = strip_locator(head.strip().rstrip("."))[0] if head.rstrip(" .")[-1:].isdigit() else head  # "..., para. 56"
    found = dates.find_date(core)
    if not found or found.span[1] < len(core.rstrip(" .")) - 1:
        return head, ""
    before = core[: found.span[0]].rstrip(" ,")  # "updated" before the date went with DATE_LEAD_WORDS_RE
    parts = before.split(", ")
    if len(parts) < 2:  # "Statement by the Presidency, 3 October 2016": a title and its date, no outlet
        if len(found.parts) >= 2 and before and head[len(before):].lstrip().startswith(","):
            return before, ", " + head[len(before):].lstrip(" ,")
        return head, ""
    keep = len(parts) - 1
    if not parts[-1][:1].isupper() and parts[-1][:1] not in "*“\"«" and not EVENT_LEAD_RE.match(parts[-1]):
        return before, ", " + head[len(before):].lstrip(" ,")  # "Expediente 2020-0345, acusación fiscal contra X": no outlet
    if keep >= 2 and DOCUMENT_SYMBOL_RE.fullmatch(parts[keep - 1]):
        keep -= 1  # "Title, S/2022/83, United Nations Security Council, <date>": the symbol numbers the document
    elif keep >= 2 and DOCUMENT_SYMBOL_RE.fullmatch(parts[keep]) and organisation_name(parts[keep - 1]):
        keep -= 1  # "Title, UN Security Council, S/2019/454, <date>": the issuer, then the symbol
    title = ", ".join(parts[:keep])
    return title, ", " + head[len(title):].lstrip(" ,")


def _editor_list(text: str, start: int, end: int) -> tuple[str, int]:
    """"ed. Ben Orlove, Ellen Wiegandt, and Brian H. Luckman (Berkeley: ...)": the whole list of
    editors, up to the publication facts, as far as it reads as names."""
    stop = text.find("(", start)
    stop = len(text) if stop < 0 else stop
    parts = text[start:stop].split(", ")
    best = end
    for i in range(1, len(parts) + 1):
        who = ", ".join(parts[:i]).rstrip(" ,")
        if not looks_like_names(who):
            break
        best = start + len(who)
    return text[start:best], best


def _book_then_editors(text: str, m: regex.Match) -> bool:
    """"in The Andean Drug Economy, ed. Madeline Barbara Léons and Harry Sanabria (Albany: ...)": the
    words before "ed." are the book (its italics lost) when names follow "ed." directly, not a title."""
    if m.group(0).rstrip().endswith(",") or text[m.end("eds"):m.end("eds") + 1] != ",":
        return False  # "in Hugo Frühling, ..., and Heather A. Golding eds., *Crime*": the editors come first
    after = text[m.end():]
    if after[:1] in ("*", "“", '"'):
        return False
    names = UP_TO_COMMA_RE.match(after)
    return bool(names) and looks_like_names(names.group(0).strip())


def _organisation_author(part: str) -> bool:
    """An organisation named before an unmarked title: capitalised words and function words only,
    and no report's own name ("Twenty-Ninth Report of the ... Monitoring Team" is the title)."""
    return len(part.split()) >= 2 and ":" not in part and organisation_name(part) \
        and not classify.STRONG_REPORT_RE.search(part)  # "Counternarcotics Assistance: U.S. Agencies ...": a title


def _in_book(rest: str) -> regex.Match | None:
    """"in" before a chapter's book; "en", "dans", "em" too, when the book's facts follow in parentheses."""
    if CRS_PRODUCT_RE.match(rest.lstrip(" ,")):  # "In Focus IF11218", "In Brief R41234": a CRS product, no book
        return None
    found = IN_BOOK_RE.match(rest)
    if found is None and (found := IN_BOOK_OTHER_RE.match(rest)) is not None and not PUB_PAREN_RE.search(rest) \
            and not CHAPTER_PAGES_END_RE.search(rest):  # "en Las rondas campesinas, 227-269": a book cited before
        return None
    return found


# The Congressional Research Service's series named "In …": "In Focus IF11218", "In Brief R41234"
CRS_PRODUCT_RE = lazy(r"In\s+(?:Focus|Brief)\s+[A-Z]{1,2}\d{4,6}")
# A chapter's pages closing the note: ", 227-269", ", 33–58."
CHAPTER_PAGES_END_RE = lazy(r",\s*(?:pp?\.\s*)?\d{1,4}\s*[-–]\s*\d{1,4}\.?$", regex.REVERSE)


def _gazette_name(part: str) -> bool:
    """A newspaper's name closing an unmarked law, before its date: one to three capitalised words, no law's."""
    words = part.split()
    return 1 <= len(words) <= 3 and all(w[:1].isupper() for w in words) and not LEGAL_START_RE.match(part) \
        and not any(ch.isdigit() for ch in part)


def _sub_body(part: str) -> bool:
    """A bureau or office named after the body it belongs to: "Bureau of Counterterrorism", "Drug Enforcement
    Administration"; a title ("Terrorist Financing: Issues for Congress") or a number ("CRS In Focus IF10950") is not."""
    words = [w.strip(".,()").lower() for w in part.split()]
    return 1 <= len(words) <= 9 and ":" not in part and not any(ch.isdigit() for ch in part) \
        and (words[0] in ORG_WORDS or words[-1] in ORG_WORDS and words[-1] not in SUBJECT_WORDS
             or words[0] == "national" and words[1:2] and words[1] in ORG_WORDS) \
        and _organisation_author(part) \
        and DOCUMENT_WORDS.isdisjoint(words)  # "Council Conclusions on Security and Defence" is what the Council issued


# Words that end a body's name but end a title's subject as often: "Copyright and Artificial Intelligence", "… Human Rights"
SUBJECT_WORDS = frozenset("intelligence rights media community protection enforcement immigration customs security "
                          "forces network project initiative technologies partnership".split())
# Words that name what a body issues, never a part of the body: "Council Conclusions on …", "Joint Communication on …"
DOCUMENT_WORDS = frozenset("conclusions communication communiqué declaration decision regulation directive resolution "
                           "report strategy plan statement opinion guidelines recommendation white paper".split())


def _country_of_body(part: str) -> bool:
    """One or two capitalised words that name a country: "Japan", "South Korea" after "Ministry of Defense"."""
    words = part.split()
    return 1 <= len(words) <= 2 and all(w[:1].isupper() and w.isalpha() for w in words) and known_country(part)


def _body_name_list(parts: list[str], cut: int) -> int:
    """How many comma-set parts are one body's name whose last words list its fields: "National Academies of Sciences",
    "Engineering", "and Medicine" -> 3, when a body "of" something opens it and one or two capitalised words follow, the
    last after "and"; 0 otherwise."""
    if cut != 1 or not (" of " in parts[0] or " for " in parts[0]):
        return 0
    for k in range(1, min(len(parts) - 1, 5)):
        words = parts[k].split()
        closing = words[-1].lower() in COMMITTEE_WORDS if words else False  # "…, Media and Sport Committee": the body's own word
        joined = len(words) == 4 and words[1] in ("and", "&")  # "…, Energy & Industrial Strategy", "…, Food and Rural Affairs"
        if not 1 <= len(words) <= (5 if closing else 4 if joined else 3) or not all(w[:1].isupper() or w in ("and", "&") for w in words) \
                or is_first_name(words[-1]):
            return 0
        if words[0] in ("and", "&"):
            return k + 1 if k >= 2 else 0
        if len(words) in (3, 4) and words[1] in ("and", "&") or closing and ("and" in words or "&" in words):
            return k + 1  # "Department for Science, Innovation and Technology, Title", "Department for Business, Energy
            # & Industrial Strategy, Title", "House of Commons Digital, Culture, Media and Sport Committee, Title"
    return 0


# The word that closes a parliament's committee named by the fields it covers
COMMITTEE_WORDS = frozenset("committee subcommittee commission council board panel".split())


def _body_word(part: str) -> bool:
    """A word that names a public or private body: "Ministry", "Department", "Comisión"."""
    words = [w.strip(".,()").lower() for w in part.split()]
    return not ORG_WORDS.isdisjoint(words) or has_body_ending(part)  # ("Efterretningstjeneste")


def _jurisdiction(part: str) -> bool:
    """A country, state or city named before one of its bodies: one to three capitalised words, the
    first no given name ("Peru", "United States", "Buenos Aires"; not "Jane Roe"), nor two words that open on a first
    name and name no place ("Connor Brooks, Federal Law Enforcement Officers, …": a person, then a title)."""
    words = part.split()
    return _a_place_name(part) and not is_given_name(words[0]) \
        and not (len(words) == 2 and is_first_name(words[0]) and not known_place(part))


def _a_place_name(text: str) -> bool:
    """One to three capitalised words that name no organisation: as places are printed."""
    words = text.split()
    return 1 <= len(words) <= 3 and all(w[:1].isupper() for w in words) and not is_organisation(text)


def _another_person(part: str) -> bool:
    """A later part of "A, B, and C" before an unmarked title is a person when it says so:
    "and Elizabeth Fee", an initial ("Theodore M. Brown"), or a known given name; "Das
    Passagen-Werk" and "The Arcades Project" are titles."""
    part = part.strip()
    if part.lower().startswith(("and ", "y ", "et ", "und ", "& ")):
        return True
    tokens = part.split()
    return any(INITIALS_RE.match(t) for t in tokens[:-1]) or (bool(tokens) and is_first_name(tokens[0]))


def _dash(text: str) -> str:
    return DASH_RE.sub("-", text.strip())


def _prose(text: str) -> bool:
    return len(text.split()) > 6
