"""Is a stretch of note text a citation, and of which kind?  The signals, each named.

``judge`` answers "ibid", "full", "short" or None (commentary) with the evidence for it.
A full citation needs a title (quoted, italic, or before a publication parenthetical) and
publication facts (a date, an outlet, a publisher, a volume, a URL), or is an interview.
A short form is a name and/or a title with nothing else but a page: "Tegel.",
"Felbab-Brown, pp. 37-38.", "Smith, *Short Title*, 45.", "Perú Monitoreo ... 2012, p. 26.".
"""
from __future__ import annotations

import regex

from .. import spans
from ..articlecache import per_article
from ..lazyregex import lazy
from ..shortnames import DECLARING, DECLARING_AS, may_declare
from . import archival, bibstyle, congress, dates, french_parliament, hansard, hijri, imagery, legal, oscola, primary
from .classify import (
    AUDIT_NUMBER,
    BOOK_PUBLISHER_RE,
    CRS_NUMBER,
    DOCTRINE_NUMBER,
    DOCUMENT_SYMBOL,
    JOURNAL_WORD_RE,
    KNOWN_MAGAZINES,
    KNOWN_NEWS,
    NEWS_WORD_RE,
    OFFICIAL_NUMBER,
    REPORT_NUMBER_RE,
    REPORT_SERIES_RE,
    SPEAKER_RE,
    SPEECH_OPENING,
    STANDARD_NUMBER,
    known_outlet,
)
from .language import TRANSLATION_BRACKET, detect, language_said
from .names import (
    ACRONYM_RE,
    ARABIC_ARTICLES,
    HEAD_OF_STATE_RE,
    HONORIFICS,
    ORG_WORDS,
    SURNAME_LIST_RE,
    SURNAME_PAIR_RE,
    body_list,
    inverted_name_before_title,
    inverted_names,
    is_given_name,
    is_organisation,
    looks_like_names,
    organisation_name,
)
from .places import known_country, known_place, publishing_city

# runs of white space
SPACES_RE = lazy(r"\s+")

# "1990", "n.d."
YEAR_OR_ND_RE = lazy(r"(?:1[5-9]\d\d|20\d\d|n\.\s?d\.|s\.\s?f\.|s/f|sin\s+fecha|forthcoming|in\s+press|en\s+prensa|no\s+prelo)")
# ("s.f.", "s/f", "sin fecha": Spanish for "n.d.")

# "(Penguin, 1996)", "(Washington, DC, 2013)"
PUBLISHER_PLACE_YEAR_RE = lazy(r"^(?P<firm>\p{Lu}[^,:]{1,80}),\s*(?P<place>\p{Lu}[\p{L}.'’ -]{1,30}?)(?P<state>,\s*\p{Lu}[\p{Lu}.]{1,5})?,\s*"
                               r"(?:\d{1,2}\s+)?(?:\p{L}+\.?\s+)?(?:\d{1,2},\s+)?(?:1[5-9]\d\d|20\d\d)$")
# ("(Crisis Group, Brussels, 11 June 2021)", "(Combating Terrorism Center, West Point, NY, 2017)", "(INE, Maputo, 2019)")
PUBLISHER_YEAR_RE = lazy(r"^[\p{Lu}][^,]{2,80}(?:,\s*(?:\p{Lu}[\p{Lu}.]{1,5}|\p{Lu}\p{Ll}{1,4}\.))?,\s*(?:\p{L}+\.?\s+(?:\d{1,2},\s+)?|\d{1,2}\s+\p{L}+\.?\s+)?"
                         r"(?:1[5-9]\d\d|20\d\d)$")  # (a government's report may print its day: "(Washington, DC, January 11, 2018)")

# "Ibid.", "*Ibid.*", "Ibid., p. 4", "ibid., 12", "Id. at 5", "Ibídem", "Idem", "Ibid., table 3.4", "Ibid., fig. 2",
# Italian "Ivi, p. 15", Portuguese "Id., ibid., p. 105"
IBID_RE = lazy(
    # "*Ibid*., p. 34" and "**Ibid.**" (italic or bold, the period outside or in)
    r"(?i)^[*_]{0,2}(?:id(?:em)?\.?[*_]{0,2},?\s+[*_]{0,2}(?=ib))?(?:ibid|ib|id|íd|ibídem|ibidem|ibíd|íbid|íbidem|idem|ídem|ivi|ebd|ebenda|[oó]p\.\s*cit|ob\.\s*cit|loc\.\s*cit|a\.\s?a\.\s?o|"
    r"там\s+же|там\s+само|tamże|tamtéž|tamtiež|uo|ugyanott)(?![\p{L}\d])"  # (Russian and Ukrainian "Там же. С. 118."; Polish
    # "Tamże", Czech "Tamtéž", Slovak "Tamtiež", Hungarian "Uo.": the same place; never a name's first letters, "Idler", "Ibarra")
    r"\.?[*_]{0,2}(?:[ \t]?[.,:]{0,3}\s*(?:at\s+)?"  # "Ibid., 4", "Ibid..p 3", "Ibid. ,4", "Ibid:3"
    r"(?:(?-i:\p{Ll})[\p{Ll} ]{2,40},\s*(?=pp?\.))?"  # a part named before the page: "Ibid., feuille de motivation, p. 34"
    r"(?P<loc>n\.\s?p\.|n\.\s?pag\.|\d{1,2}:\d{2}:\d{2}(?:\s*[-–]\s*\d{1,2}:\d{2}:\d{2})?|"  # a time in a recording, "1:12:40"
    r"\d{1,3}:\d{2}\s*[-–]\s*\d{1,3}:\d{2}(?!\d)|"  # or a stretch of one, "14:05–15:30" (one "2:31" alone: a volume's page)
    r"(?:annex(?:es)?|anexos?|appendix|chap\.|chapter|rules?|paras?\.|arts?\.|sec\.|sections?)\s*[\dIVXivx.]{1,6},\s*pp?\.\s*\d{1,5}"
    r"(?:\s*[-–]\s*\d{1,5})?|"  # (a part, then its page: "annex 30, p. 212", "rule 98, p. 340", "para. 4, p. 12")
    r"\[\d{1,4}\](?:\s*[-–]\s*\[\d{1,4}\])?|"  # a neutral citation's paragraph: "Id. at [38]"
    # ("n.p.": no page numbers; "annex 30, p. 212")
    r"(?:(?:vols?\.|vols?(?=\s)|tomo|t\.|bd\.)\s*[\dIVXLCivxlc]{1,5},?\s*)?"  # "vol. 2, p. 5", "tomo 2, p. 30": the volume first
    # (OSCOLA prints no stop: "Ibid vol 3, 20")
    r"(?:(?:kindle\s+)?(?:locs?\.|locations?)|pp?\.|pp?(?=\s?\d)|pages?|págs?\.|hlm\.|hal\.|s\.|S\.|с\.|стр\.|ст\.|п\.|tables?|tablas?|tab\.|tbls?\.|cuadros?|tableaux?|figs?\.|figures?|figuras?|gráficos?|maps?|mapas?|"
    r"chap\.|ch\.|cap\.|chapters?|cap[ií]tulos?|kap\.|sec\.|sections?|cls?\.|clauses?|§|paras?\.|paras?(?=\s\d)|párr\.|par\.|paragraphes?|nn?\.|notes?|notas?|cols?\.|cols?(?=\s\d)|annex(?:es)?|anexos?|"
    r"articles?|arts?\.|arts?(?=\s\d)|ss?(?=\s\d)|footnotes?|fn\.|appendix|appendices|app\.|annexes?|rules?|recitals?|docs?\.|"
    r"documents?|nos?\.|"  # FRUS "doc. 71"; OSCOLA's "ibid art 105", "ibid s 26" with no full stop
    r"fols?\.|fos?\.|ff?\.(?=\s?\d)|rn\.|rdnr\.|randnr\.|"  # an archive's folios: "Ibid., fols. 12–14", "fo. 3"; a German
    # ruling's margin numbers: "Ebd., Rn. 625"
    r"targets?|goals?|objectives?|objetivos?|principles?|principios?|recommendations?|recomendaci(?:ón|ones)|¶¶?|"
    r"considerandos?|cons\.|fracci(?:ón|ones)|fracc?\.|incisos?|numerales?|apartados?)?\s*(?:\d{1,3}:)?"  # "2:315"
    # (a ruling's or a law's parts in Spanish and French notes: "Ibíd., considerando IV", "Íd., fracción II", "Ibid., cons. 12")
    r"(?:\d{1,6}[a-z]{0,2}(?:\([a-z0-9]{1,4}\)){1,4}"  # a code's subsection: "§ 1881a(b)"
    # pages numbered by chapter, as military doctrine prints them: "III-12", "GL-5", "IV-1 to IV-3", "2-4 to 2-6"
    r"|(?-i:[A-Z]{1,4})-\d{1,3}(?:\s*(?:[-–]|to|through)\s*(?-i:[A-Z]{1,4})-\d{1,3})?"
    r"|\d{1,3}(?:-\d{1,3})?\s+(?:to|through)\s+\d{1,3}(?:-\d{1,3})?"
    r"|[\dxivlc]+(?:\.\d+)*(?:\s*[-–]\s*[\dxivlc]+(?:\.\d+)*)?|(?-i:[A-Z])\d{1,6}(?:\s*[-–]\s*(?-i:[A-Z])?\d{1,6})?"
    # (a newspaper's "A14", the Congressional Record's "S10985", a journal's lettered pages "F210-F212")
    r"|(?<=[a-z.]\s{1,2})(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|(?-i:[A-Z])(?![\w]))"  # "Chapter Three", "Appendix B"
    r"|(?:executive\s+)?summary|introduction|conclusions?|preface|foreword|abstract|prologue|epilogue)"  # "Ibid., summary"
    r"(?:\s*(?:ff?|sqq?|sgg?|segg?|seq|ss)\.?(?![\p{L}])|\s+(?:et|e|y)\s+(?:suiv|sgg?|segg?|seq|ss)\.?|\s+(?:e\s+|et\s+)?passim)?"  # "pp. 14ff.",
    # "p. 45 sg.", "p. 40 et suiv.", "p. 33 e passim"
    r"(?:(?:\s*,\s*|\s+(?:and|&|y|et|und)\s+)\d+(?:\s*[-–]\s*\d+)?){0,8}"  # "pp. 121, 124", "45 and 47"
    r"(?:\s+(?:and|y|et)\s+(?:annex(?:es)?|anexos?|appendix)\s+[\dIVXivx]+(?:\.\d+)*)?"  # "paras. 45-52 and annex 7"
    r"(?:,?\s*(?:nn?\.|nota|note)\s*\d{1,4}|(?<=\d)n\d{1,4})?"  # "p. 14, n. 3", "p. 30, nota 4", "400n32": a note on that page
    r"(?:(?:,\s*|\s+&\s+)(?:figs?\.|tbls?\.|tab\.|tables?|figures?|charts?|maps?)\s*(?-i:[A-Z])?\d{1,3}(?:\.\d{1,2})?[a-z]?)?"  # "Id. at 740 &
    # fig. 2", "Id. at 5, tbl. 3", "Ibid., 134, table A4": a figure or table on that page
    r"|s\.\s?p\.|s\.\s?f\.)"  # "s.p.": no page printed
    r"(?:,\s*(?:emphasis|italics)\s+(?:added|in\s+(?:the\s+)?original|mine)|\s*\((?:emphasis|italics)\s+(?:added|in\s+original)\))?)?"
    r"(?:[.,]?\s*(?:emphasis\s+added|italics\s+added|emphasis\s+in\s+(?:the\s+)?original|(?:my|our|own)\s+translation|"
    r"translation\s+mine|passim|(?:last\s+)?accessed\s+[^;()]{3,40}"
    r"|consultad[oa]\s+el\s+[^;()]{3,40}"  # "Ibid., emphasis added.", "Ibid., accessed May 2, 2021."
    # the same person heard again on another day: "Ibid., April 14, 2021.", "Ibid., 3 May 2019."
    r"|(?:on\s+)?(?:\d{1,2}\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}\.?\s+(?:\d{1,2},?\s+)?(?:19|20)\d\d))?"
    r"(?:\s*\([^()]{1,300}\))?"  # a court's explanatory parenthetical: "Id. at 409 (holding that …)"
    r"\s*[*_]{0,2}[.,;]?[*_]{0,2}\s*$"
)
# "Ibid." and a part of the work by a word no label list holds, with its number: "Ibid., annex, entry 3", "Ibid., item 4"
# or by a word alone ("Ibid., preamble.", "Ibíd., conclusión tercera.": a part of a treaty or declaration), not a
# remark on the quotation ("Ibid., my translation", "Ibid., emphasis added") nor the start of a sentence ("Ibid., and see")
IBID_PART_RE = lazy(r"(?i)^[*_]{0,2}(?:ibid|ibíd|íbid|ibidem|ibídem|íbidem|id)\.?[*_]{0,2},\s+(?P<loc>(?-i:\p{Ll})[\p{Ll}]{2,15}\.?"
                    r"(?:,?\s(?-i:\p{Ll})[\p{Ll}]{2,15}\.?){0,2}\s\d{1,5}[a-z]?(?:\s*[-–]\s*\d{1,5})?"
                    r"|(?!(?:my|our|own|emphasis|italics|translation|trans|and|or|but|see|cf|also|where|which|who|that|the|a|an|"
                    r"quoted|cited|citing|quoting|mi|nuestra|traducción|énfasis|y|véase|ver|cursivas)\b)"
                    r"(?-i:\p{Ll})[\p{Ll}]{3,15}(?:\s(?-i:\p{Ll})[\p{Ll}]{3,15})?)\.?$")
# "Ibid." and parts of the work named by words no pattern above lists, each with its number or letter: "Ibid., annex B,
# para. 2", "Ibid., Government Exhibit 402", "Ibid., annex 2.1" (never a month's day, nor prose: "Ibid., see also 4")
_IBID_PART = (r"(?!(?i:see|and|or|but|cf|also|my|our|emphasis|citing|quoting|cited|where|which|who|jan|feb|mar|apr|may|jun|jul|"
              r"aug|sep|oct|nov|dec|janvier|enero)\b)\p{L}[\p{L}.]{0,15}(?:\s+\p{L}[\p{L}.]{0,15}){0,2}\s*"
              r"(?:\d{1,5}(?:\.\d{1,3}){0,3}[a-z]?(?:\s*[-–]\s*\d{1,5}(?:\.\d{1,3}){0,3})?|\p{Lu}|[IVXLC]{1,6})(?![\p{L}\d])")
IBID_PARTS_RE = lazy(r"^[*_]{0,2}(?i:ibid|ibíd|íbid|ibidem|ibídem|íbidem|id)\.?[*_]{0,2},\s+"
                     rf"(?P<loc>{_IBID_PART}(?:,\s+{_IBID_PART}){{0,3}})\.?$")
# A judge's opinion beside the judgment cited just before, after "ibid" or alone after it in the same note: "ibid, Separate
# Opinion of Judge Higgins, paras 33–35", "Partly Dissenting Opinion of Judge Pinto de Albuquerque, para. 2", "Declaration of
# Judge Buergenthal, para 6"
JUDGES_OPINION_RE = lazy(
    r"^(?P<ibid>[*_]{0,2}(?i:ibid|ibidem|id)\.?[*_]{0,2},?\s+)?(?P<opinion>(?:(?:Joint|Partly|Partially)\s+)?(?:(?:Separate|Dissenting|"
    r"Concurring|Individual)\s+Opinion|Declaration|Joint\s+Declaration)\s+of\s+(?:Judges?|Justices?|Vice-President|President)"
    r"(?:\s+ad\s+hoc)?\s+\p{Lu}[^,;()]{1,80}?)(?:,\s*(?P<loc>(?:paras?\.?|§§?|pp?\.|at)\s*\d{1,4}(?:\s*[-–]\s*\d{1,4})?))?\.?$")
# "Ibid." and a remark on where the work cited it from: "Ibid., citing the indictment (…), p. 412", "Ibid., quoting a report"
# "Ibid." and a page, then what else on it, in a form the pattern above does not list: "Ibid., 134, table A4", "Ibid., 12,
# box 3": the same work, its page first
IBID_PAGE_THEN_RE = lazy(r"(?i)^[*_]{0,2}(?:ibid|ibíd|íbid|ibidem|ibídem|íbidem)\.?[*_]{0,2},\s+(?P<loc>\d{1,5}(?:\s*[-–]\s*\d{1,5})?),\s+"
                         r"(?:table|tab\.|fig\.|figure|box|map|chart|graph|annex|exhibit|n\.|note)\s*[\w.]{1,10}\.?$")
# A work named again by its author's (or a party's) surname and its kind, with a page or none: "Davidson testimony, 7.",
# "Roe report, pp. 3-4", "Saipov criminal complaint."
NAME_THEN_GENRE_RE = lazy(r"^(?P<name>\p{Lu}[\p{L}'’\-]{1,30}(?:\s\p{Lu}[\p{L}'’\-]{1,30})?)\s+"
                          r"(?P<genre>(?:(?:criminal|sentencing|superseding|written|prepared)\s+)?"
                          r"(?:testimony|statement|remarks|speech|address|report|memo|memorandum|letter|interview|op-ed|"
                          r"complaint|indictment|affidavit|judgment|judgement|opinion|transcript))"
                          r"(?:,\s*(?:pp?\.\s*|para\.\s*)?(?P<loc>\d{1,5}(?:\s*[-–]\s*\d{1,5})?))?\.?$")
# One of these is in every recording or statement ``primary.released_media`` reads ("video", "Audio statement", "communiqué")
MEDIA_WORDS = ("ideo", "udio", "tatement", "ecording", "ommuniqu", "laim of", "ddress")
# Words that say which kind of document, not whose ("Final report.", "Joint statement.", "His testimony.")
GENRE_QUALIFIERS = frozenset("""the his her their its our my this that same final annual draft internal official press joint public
    opening closing written prepared oral special interim initial original full new first second third earlier later above
    previous main further separate sworn""".split())
# A verb right after a quoted phrase: the phrase is a term the prose glosses, no title ('"Shining Path" refers to the …
# faction, which since 2018 …', '"abrazos, no balazos," was first used …', '«narcoterrorismo» fue acuñado …')
PROSE_VERB_AFTER_RE = lazy(r",?\s+(?:is|was|were|are|has|had|have|refers|referred|means|meant|became|becomes|remains|"
                           r"appears|appeared|denotes|describes|fue|fueron|es|era|son|ha|han|había|se\s+refiere|significa|"
                           r"est|était|a\s+été|désigne|foi|é|são)\s")
# A possessive before a title, giving the work to the author of the work before: "her “Criminal Governance,” …"
POSSESSIVE_LEAD_RE = lazy(r"^(?:his|her|their|(?:idem|id\.|eadem|ead\.),)\s+(?=[*_“\"«‘])")  # (or "…; id., *Title*, …")
IBID_REMARK_RE = lazy(r"(?i)^[*_]{0,2}(?:ibid|ibíd|íbid|ibidem|ibídem|íbidem|id)\.?[*_]{0,2},\s+(?:citing|quoting|cited\s+in|which\s+cites|"
                      r"who\s+cites|see\s+also)\b[^;]{0,300}?(?:,?\s+(?:pp?\.|at)\s*(?P<loc>\d{1,5}(?:\s*[-–]\s*\d{1,5})?))?\.?$")
# Interviews: "Personal interview, coca farmer, ...", "Interview with ...", "Author's interview with",
# "Personal communication with ...", "..., interview by the author", "Entrevista con ...",
# "Confidential source, email to the author"
# How an interview was held, after the word in Spanish, Portuguese and French: "Entrevista personal", "entretien
# téléphonique"
INTERVIEW_QUALIFIER = (r"(?:\s+(?:personal(?:es)?|telef[oó]nicas?|confidencial(?:es)?|an[oó]nimas?|grupal(?:es)?|colectivas?|"
                       r"semi-?estructuradas?|en\s+profundidad|realizadas?\s+por\s+(?:el|la)\s+autora?|"
                       r"t[ée]l[ée]phoniques?|individuel(?:le)?s?|concedida\s+(?:ao|à|a)\s+autora?|realizada\s+pel[oa]\s+autora?|"
                       r"r[ée]alis[ée]e?\s+par\s+l['’]auteure?|avec\s+l['’]auteure?|dell['’]aut(?:ore|rice)))?")
INTERVIEW_RE = lazy(
    r"(?i)^(?:(?:ein|eine|einem)\s+(?=(?:telefon|video|hintergrund)?(?:interview|gespräch)))?"  # ("ähnlich ein Gespräch mit …")
    r"(?:(?:personal|telephone|phone|skype|zoom|e-?mail|confidential|anonymous|field|author(?:['’]?s)?|authors['’]|in-person|recorded|oral\s+history)"
    r"(?:\s+\((?-i:\p{Lu})[^()]{1,60}\))?\s+)*"  # "Author (Haddad) interview, …": which of the authors asked
    r"(?:interviews?|entrevistas?|entretiens?|intervistas?|interviste|intervju(?:er|et)?|conversations?|conversaci[oó]n(?:es)?(?=\s+(?:telef[oó]nica|personal|con)\b)|"
    r"(?:hintergrund|telefon)?gespräche?(?=\s+(?:der|des|mit)\b)|colloqui[oa]?(?=\s+(?:dell|del|della|con)\b)|"
    r"(?:telefon|video)interviews?|hintergrundgespräche?(?=\s+(?:im|in|am|beim)\b|,)|"  # "Telefoninterview des Autors mit …",
    # "Hintergrundgespräch im Bundeskanzleramt, Berlin, 3.5.2019"
    r"gesprek(?:ken)?(?=\s+met\b)|samtal(?=\s+med\b)|"  # Dutch "Gesprek met …", Swedish "Samtal med …"
    # German "Gespräch der Autorin mit …", Italian "Colloquio dell'autrice con …"
    r"correspondence|focus\s+groups?(?:\s+discussions?)?|"
    r"group\s+interviews?|grupos?\s+focal(?:es)?|(?:group\s+)?discussions?(?=\s+with\b))\b"  # ("Discussion with a priest, …")
    + INTERVIEW_QUALIFIER +
    r"|^(?:personal|e-?mail|private|written)\s+communications?\b|^comunicaci[oó]n\s+personal\b"
    r"|^communication\s+personnelle\b|^comunica[cç][aã]o\s+pessoal\b"  # (French, Portuguese)
    # "Message WhatsApp de Moussa K. à l'auteure", "Correo electrónico de un funcionario al autor": who wrote to the author
    r"|^(?:message|courriel|e-?mail|mensaje|correo(?:\s+electr[oó]nico)?|mensagem)(?:\s+(?:whatsapp|signal|telegram|"
    r"[ée]lectronique|de\s+texto|de\s+whatsapp))?\s+(?:de|d['’]|del|da|do)\s*(?=[^,;]{2,80}?\s+(?:à\s+l['’]auteure?|"
    r"al\s+autor|a\s+la\s+autora|ao\s+autor|[àa]\s+autora)\b)"
    r"|^(?:conversaci[oó]n|conversation|conversa)\s+(?:informal|informelle|personal|personnelle)\s+(?:con|avec|com)\s+(?=\S)"
    # "Crisis Group interview, senior official, ...", "Crisis Group telephone interview", "Crisis Group email correspondence"
    r"|^(?:(?-i:\p{Lu})[\p{L}'’-]*\s+){1,4}(?:(?:telephone|phone|e-?mail|skype|zoom|whatsapp|in-person|field|group)\s+)*"
    r"(?:interviews?|correspondence|conversations?),"
    r"|\binterview(?:ed|s)?\s+(?:by(?!\s+(?:tele)?phone\b|\s+e-?mail\b|\s+video\b|\s+skype\b|\s+zoom\b|\s+whatsapp\b)|with)\s+(?=\S)"
    # (not "interview by phone with …": how it was held, then who)
    r"|\binterviews?(?=,?\s+(?:(?:conducted\s+)?in[-\s]person|by\s+(?:tele)?phone|by\s+video|remotely)\b)"  # "Amnesty
    # International interview in person with a 29-year-old man (name withheld), Addis Ababa, <date>": how, then who
    # "WhatsApp exchange with a journalist in Maracaibo", "Signal messages with a former official"
    r"|^(?:whatsapp|signal|telegram|e-?mail|text|sms|(?:tele)?phone|zoom|skype)\s+(?:exchanges?|conversations?|correspondence|"
    r"messages?|chats?|communications?)\s+(?:with|from)\s+(?=\S)"  # ("WhatsApp communication with a lawyer", "Text message
    # from a journalist in Mogadishu": remote sources, heard in writing)
    r"|^(?:personal\s+|private\s+)?communications?\s+(?:with|from)\s+(?=\S)"  # "Communication with a lawyer, El Geneina"
    r"|,\s*(?:e-?mail|letter|message|correspondence|conversation|communication|(?:tele)?phone\s+call)(?:\s+message)?\s+"
    r"(?:to|with|from)\s+(?:the\s+)?authors?\b"  # ("Former official, email message to the author, <date>")
    r"|^(?:e-?mail|letter|(?:text\s+|whatsapp\s+)?message|(?:tele)?phone\s+call)s?\s+(?:to|with)\s+(?:the\s+)?authors?\b"
    r"|^(?:e-?mail|letter|(?:text\s+|whatsapp\s+)?message)s?\s+from\s+(?=[^,;]{3,80}?\s+to\s+(?:the\s+)?authors?\b)"
    # ("Email from a former OFAC official to the author, <date>": who wrote, then to whom)
    # ("Email to the author from a former contractor, 3 March 2023": the note opens on it)
    r"|^[^,;“\"*]{2,80},\s*(?:personal|private)\s+communication\b"  # "Mary Major, personal communication, <date>"
    r"|\bentrevista(?:do|da|s)?\s+(?:por|con)\s+(?=\S)"
    # "Meeting with a representative of a UN agency, Bentiu, <date>", "Confidential source, <date>" (UN panels of experts)
    r"|^(?:(?:private|confidential|informal|off-the-record)\s+)?meetings?\s+with\s+(?=\S)"
    r"|^confidential\s+(?:sources?|informants?)(?=\s*[,.(]|\s*$)"
)
# A repeated interview in a short form: "municipal official, interview.", "Smith, interview by author."
INTERVIEW_SHORT_RE = lazy(r"(?i)^(?P<who>[^,;()]{3,60}),\s*interview(?:\s+by\s+(?:the\s+)?author)?\.?$")
# A speaker's testimony or speech cited again by its kind alone: "Nelson, testimony, 6–7", "Putin, speech"
SPOKEN_SHORT_RE = lazy(r"(?i)^(?P<who>[^,;()]{3,60}),\s*(?P<kind>testimony|speech|address|remarks|statement|briefing|lecture)"
                       r"(?:,\s*(?:pp?\.\s*)?(?P<loc>\d{1,4}(?:\s*[-–]\s*\d{1,4})?))?\.?$")
URL_RE = primary.URL_RE  # an address; defined in primary, which features imports (and not the other way)
# A publication parenthetical: "(Washington, D.C.: U.S. Government Accountability Office, 2012)",
# "(New York: Praeger, 1990)", "(Lima: IEP, 1996)", "(Penguin, 1996)", and a body's own brackets inside it: "(Washington,
# DC: Office of the Undersecretary for Policy (Strategy, Plans, and Capabilities), October 2021)"
PUB_PAREN_RE = lazy(r"\((?P<inner>(?:[^()]|\([^()]{1,60}\)){0,300}?(?:1[5-9]\d\d|20\d\d|n\.\s?d\.|s\.\s?f\.|s/f|forthcoming|in\s+press|en\s+prensa|no\s+prelo)"
                    r"[^()]{0,20})\)")
# Volume and issue: "41:3 (1999)", "41, no. 3 (1999)", "vol. 41, no. 3", "2:1 (2003)", "vol. 12, n.° 2"; and with no
# comma between them, as hurried notes have it: "41 no. 3 (1999)", "vol. 32 No 2"
VOLUME_RE = lazy(
    r"(?i)(?<![\d:])(?<!series\s)(?<!(?:working|discussion)\spapers?\s)(?:vol\.\s*)?(?P<vol>\d{1,4})\s*(?::\s*(?P<iss>\d{1,4}(?:[-–/]\d{1,4})?)|(?:,\s*|(?<=\s)(?=nos?\.\s*\d))(?:nos?\.|n\.?\s?[°º]\.?|núm\.|nr\.|br\.)\s*(?P<iss2>\d{1,5}(?:[-–/]\d{1,5})?|S\d{1,2}))(?=\s*[(,.]|\s*$)"
    r"|,\s*(?:nos?\.|n\.?\s?[°º]\.?|n\.os|núms?\.|números?)\s*(?P<iss5>\d{1,5}(?:[-–]\d{1,5})?)(?=\s+\((?:\p{L}+(?:[-–/]\p{L}+)?\.?\s+(?:de\s+)?(?:\d{1,2},?\s+)?)?(?:1[5-9]\d\d|20\d\d)(?:/(?:\d\d){1,2})?\)|\s*$"
    r"|,\s(?:\d{1,2}\s+(?:de\s+)?)?(?:[\p{L}\-]{3,20}\.?\s(?:de\s)?)?(?:1[5-9]\d\d|20\d\d)\b)"  # "n.º 45, 2013",
    # "n.º 263, mayo-junio de 2016", "núm. 1744, 4 de abril de 2010", a double issue "núms. 49-50, 2000"
    r"|(?<![\d:,])\s(?P<vol3>\d{1,4})(?=\s+\((?:[1-4](?:st|nd|rd|th)\s+)?(?:\p{L}+\.?\s+)?(?:1[5-9]\d\d|20\d\d)\))"  # "97 (2nd Quarter 2020)"
    r"|(?<![\d:])(?P<vol4>\d{1,4}),\s*(?P<iss4>suppl\.\s*\d{1,4})(?=\s*[(,.]|\s*$)"
    r"|\b(?:vol\.|v\.(?=\s*\d)|tomo|volume|bd\.)\s*(?P<vol2>\d{1,4}|[ivxlc]{1,6}\b)(?:(?:,\s*|\s+)(?:no|núm|nr|issue|n\.?\s?[°º]|n(?=\.))\.?\s*(?P<iss3>\d{1,5}))?"
    r"|(?<![\d(])(?P<vol6>\d{1,4})(?:\s(?=\(\d{1,3}(?:[-–/]\d{1,3})?\),\s*(?:1[5-9]|20)\d\d))?"  # "34(2): 565–598", and
    r"\((?P<iss6>\d{1,5}(?:[-–/]\d{1,5})?)\)(?=\s*[:,.]|\s*$|\s\((?:\p{L}{3,9}\.?\s)?(?:1[5-9]\d\d|20\d\d)\))"  # French "63 (2), 2013,
    # p. 279-302"; British "59(2) (2018): 173–185"
    r"|(?:^|,)\s*(?i:issue)\s+(?P<iss7>\d{1,4})(?=\s*[,(.]|\s*$)"  # "*Rumiyah*, issue 1, September 2016"
    r"|(?<=\p{Ll})\s+(?-i:no\.)\s*(?P<iss8>\d{1,5})(?=\s+\([^()]{0,20}(?:1[5-9]\d\d|20\d\d)\))"  # "Journal for Deradicalization
    # no. 11 (Summer 2017)": a journal with no volumes, its number after its name with no comma
)
# A page or range at the end: ", p. 26", ", pp. 66-67", ", 45", ", 45–47", ": 97-127", a newspaper's ", A8",
# a volume and page after a comma (", 2:33").
# A classic's book and chapter after the publication facts: "(…, 1972), 1.23", "5.89".
# Matched from the end backwards (REVERSE): the pattern is anchored there, so a forward search would
# try, and fail, at every earlier position of the window (tests/hostile/test_regex_budget.py checks
# that every pattern run backwards finds what it finds forwards).
LOCATOR_END_RE = lazy(
    r"(?:^|[,:]\s*|\s+)(?P<label>(?:kindle\s+)?(?:locs?\.|locations?)|pp?\.|pp?(?=\s\d)|págs?\.|hlm\.|hal\.|pages?|s\.|с\.|стр\.|ст\.|п\.|blz\.|fols?\.|ff?\.|hs?\.(?=\s?\d)|para\.|paras\.?|para(?=\s\d)|párrs?\.|párrafos?|par\.|paragraphes?|chap\.|ch\.|chapters?|cap\.|capítulos?|sec\.|sections?|arts?\.|§|¶¶?|cols?\.|"
    r"tables?|tab\.|tablas?|cuadros?|figs?\.|figures?|figuras?|gráficos?|maps?|mapas?|annex(?:es)?|anexos?|appendix|recitals?|"
    r"targets?|goals?|objectives?|objetivos?|principles?|principios?|recommendations?|recomendaci(?:ón|ones)|docs?\.|documents?|"
    r"at(?=\s[A-Z]\d))?\s*"  # ("…, Document 290", "doc. 304": a numbered document of a published collection, as FRUS)
    r"(?P<loc>(?<=,\s{0,2}|pp?\.\s{0,2})(?-i:(?:[A-Z]{1,2}|\d{1,2})-\d{1,3}\s*(?:[–—]|\s-\s|\s(?:to|through|and)\s)\s*(?:[A-Z]{1,2}|\d{1,2})-\d{1,3}"
    r"|(?<![\d-])[A-Z]{1,2}-\d{1,3}(?:-[A-Z]{1,2}-\d{1,3})?)|"  # (doctrine's pages by chapter: "1-1 to 1-3", "I-3–I-5", "GL-9")
    r"(?<=,\s{0,2})\d{1,2}:\d{1,5}(?:\s*[-–]\s*\d{1,5})?|(?<=(?:paras?|párrs?|targets?|goals?|objectives?|objetivos?|principles?|principios?|recommendations?|tables?|tab|tablas?|cuadros?|figs?|figures?|figuras?|gráficos?|annex(?:es)?|anexos?|appendix|sec|sections?)\.?\s{0,2})\d{1,3}\.\d{1,3}(?:\s*[-–]\s*\d{1,3}\.\d{1,3})?|e\d{1,9}\s*[-–]\s*e?\d{1,9}|(?<=(?:\)|^),\s{0,2})\d{1,2}\.\d{1,3}(?:\.\d{1,3})?|[a-z]{1,5}\d{3,9}|\d{1,4}[rv](?:\s*[-–]\s*\d{1,4}[rv])?|(?-i:[A-Z]\d{1,2}(?!\d))|[\dxivlc]{1,6}(?:\s*[-–]\s*[\dxivlc]{1,6})?)(?:\s*(?:,\s*)?(?:nn?\.?|nota|note)\s*(?P<fn>\d+))?\s*\.?\s*$",
    regex.IGNORECASE | regex.REVERSE,
)
# Pages numbered by chapter, a range of them or one with a letter: "1-1 to 1-3", "I-3–I-5", "4-21–4-23", "GL-9", "A-1"
CHAPTER_PAGES_RE = lazy(r"(?:[A-Z]{1,2}|\d{1,2})-\d{1,3}\s*(?:[–—]|\s-\s|\s(?:to|through|and)\s)\s*(?:[A-Z]{1,2}|\d{1,2})-\d{1,3}"
                        r"|[A-Z]{1,2}-\d{1,3}(?:-[A-Z]{1,2}-\d{1,3})?")
# Pages listed after "pp.", joined by commas and a last "and": "pp. 23-24 y 31", "pp. 12, 15 and 19"
_PAGES = r"\d{1,4}(?:\s*[-–]\s*\d{1,4})?"
PAGE_LIST_END_RE = lazy(rf"(?:^|[,:]\s*|\s+)(?:pp\.|págs\.)\s*(?P<loc>{_PAGES}(?:\s*,\s*{_PAGES}){{0,6}}"
                        rf"(?:,?\s+(?:and|y|e|et|und|&)\s+{_PAGES})|{_PAGES}(?:\s*,\s*{_PAGES}){{1,6}})\s*$")
# (never a year after the pages: "pp. 5-38, 2000" is the pages, then the date)
PAGE_LIST_JOIN_RE = lazy(r",?\s+(?:and|y|e|et|und|&)\s+|\s*,\s*")
# A law or decree cited by its number alone, or with its name after: "Ley N.° 30506.", "Decreto Supremo N.° 012-2019-EM."
LAW_DESIGNATION_RE = lazy(
    r"(?i)^(?:ley(?:\s+org[aá]nica)?|decreto(?:\s+(?:supremo|legislativo|de\s+urgencia|ley|ejecutivo|presidencial))?|"
    r"resoluci[oó]n\s+(?:ministerial|suprema|jefatural|directoral|administrativa)|lei(?:\s+complementar)?|loi|gesetz|"
    r"executive\s+order|law)\s+(?:n\.?\s?[°º]\.?|no\.|n[úu]m\.|nro\.|nº)?\s*\d[\w\-./]*(?:\s+de\s+(?:1[89]|20)\d\d)?"
    r"(?:,\s*[^,;:()]{3,160})?\.?$")  # ("Ley 1453 de 2011", as Colombia numbers its laws by year)
# A law or decree named at the start: "Ley N.° 2029, ...", "Decreto Supremo 004-2012", "Law No. 5"
# (and a Russian "Указ …"), or a law of the former Soviet states, named "On …" in quotes: 'Law of Ukraine "On Sanctions,"',
# 'Federal Law No. 114-FZ “On Countering Extremist Activity,”'
LEGAL_START_RE = lazy(r"(?i)^(?:(?:federal|constitutional|organic|federal\s+constitutional|republic|presidential)\s+)?(?:ley|decreto|resoluci[oó]n|"
                      r"law(?!\s+(?:enforcement|and\s+order|firms?|schools?|students?|professors?|reviews?|journals?|clinics?))|"
                      r"act|decree|proclamation|"  # ("Law Enforcement Use of Force: …" is no law)
                      r"legge|decreto-legge|d\.\s?lgs\.|d\.\s?l\.|"
                      r"executive\s+order|loi|gesetz|reglamento|ordenanza|указ|федеральный\s+закон|закон|постановление|"
                      r"распоряжение)\b(?:[^,]{0,200}\d|[^,“\"]{0,60}[“\"](?-i:On|About|Concerning|Об?|Про)\s)"
                      # a law, code or constitution named in words, then the gazette that printed it: "Ley Agraria, art. 3,
                      # Diario Oficial de la Federación, <date>", "Código Federal de …, Diario Oficial, <date>"
                      r"|(?i:ley|c[oó]digo|constituci[oó]n|constitution|constituição|law|act|code|loi|gesetz|legge|lei)\b"
                      r"[^,;“\"]{0,200},\s+(?:arts?\.\s*[\dIVXLC]{1,5}[a-z]?,\s+)?(?=(?i:(?:diario|boletín|boletin|gaceta|registro|"
                      r"diário)\s+oficial|official\s+(?:gazette|journal)|journal\s+officiel|bundesgesetzblatt|gazzetta\s+ufficiale)"
                      # … or its number: "Ley General de la Coca, Ley N.º 906, 8 de marzo de 2017"
                      r"|(?i:ley|decreto|lei|loi|law|act)\s+(?i:n\.?\s?[º°]\.?|nº|no\.|núm\.|número|nr\.)\s*\d)")
# the role after an editor's name in a short form: "Stern, ed., Shining and Other Paths"
ROLE_AFTER_NAME_RE = lazy(r"(?i)^(?:eds?|comps?|coords?|dirs?|hrsg)\.,\s*")
# a title mark or a colon: a citation holding one is no bare author-date reference
TITLE_MARK_RE = lazy(r'[“"*:]')
# An author-date reference: "Rowe 1984, 15", "Phipps, Hecht, and Esteras Martín 2004, 112–14", "Smith (2004)",
# "Trejo and Ley (2018: 915)", and with
# a comma before the year as Brazilian (ABNT) notes print it: "CARVALHO, 2002, p. 220", "SCHWARCZ, 1993, passim"
# What a pinpoint inside an author-date bracket may be labelled: "p. 185", "table 1.1", "ch. 3"
_PART_LABEL = r"(?:pp?\.|(?i:tables?|tab\.|figs?\.|figures?|ch\.|chap\.|chapters?|paras?\.))"
# A family name may open on its particle in lower case: "van de Pas et al. (2022), p. 30", "de Waal 2015, 12"
_LOWER_PARTICLE = r"(?:(?:van|von|de|del|della|di|da|du|le|la|ten|ter)\s+(?:(?:de|der|den|la|los|las)\s+)?)?"
AUTHOR_DATE_RE = lazy(
    r"^(?P<names>" + _LOWER_PARTICLE + r"\p{Lu}[^,;:()“\"*\d]{1,40}(?:,\s*(?:and\s+|y\s+|et\s+|und\s+)?\p{Lu}[^,;:()“\"*\d]{1,40}){0,4})"
    r",?\s+\(?(?P<year>1[5-9]\d\d|20\d\d)[a-z]?(?P<colon>(?::|,(?=\s*(?:" + _PART_LABEL + r"\s*)?[\dxivlc]{1,6}(?:\.\d{1,3})?"
    r"(?:\s*[-–]\s*[\dxivlc]{1,6})?\)))\s*(?:(?P<clabel>" + _PART_LABEL + r")\s*)?(?P<cpage>[\dxivlc]{1,6}(?:\.\d{1,3})?(?:\s*[-–]\s*[\dxivlc]{1,6})?))?\)?"
    # ("(2018: 915)", "(2014, p. 185)", "(2022, table 1.1)", "(2012, ch. 3)")
    r"(?:,\s*(?i:vols?\.|tomo|t\.)\s*[\dIVXLC]{1,5}(?=,))?"  # the volume cited, then its page: "CVR 2003, vol. 6, 392–95"
    r"(?:(?:,\s*(?:(?:pp?\.|(?i:figs?\.|figures?|tables?|chap\.|ch\.|chapters?|paras?\.|paras?(?=\s\d)|caps?\.|cap[ií]tulos?))\s*)?"
    r"(?:e(?=\d{2,6}\b))?[\dxivlc]{1,6}(?:\.\d{1,3})?"  # (British "paras 4.1–4.6", with no full stop)
    r"(?:\s*[-–]\s*e?[\dxivlc]{1,6}(?:\.\d{1,3})?)?){1,2}"  # ("…, p. 2760, Figure 3": a page, then a figure on it)
    r"|,\s*passim)?\s*\.?$")  # "Heim and Miller, 2020, Figure 2.1"; an online journal's article page: "Roe et al. 2018, e684"
# The short form of names, a year in parentheses and a title, as British think tanks print it: "Gustafson (2021), Klimat,
# p. 201", "Welsby et al. (2021), 'Unextractable fossil fuels', p. 231", "Bradley, Lahn and Pye (2018), Carbon Risk, p. 9"
AUTHOR_YEAR_TITLE_RE = lazy(
    r"^(?P<names>" + _LOWER_PARTICLE + r"\p{Lu}[^,;:()“\"*\d]{1,40}(?:,\s*(?:and\s+)?\p{Lu}[^,;:()“\"*\d]{1,40}){0,4})\s+\((?P<year>1[5-9]\d\d|20\d\d)[a-z]?\),"
    r"\s+(?!(?i:pp?|paras?|chap|ch|figs?|sec|cap|s|vols?|parts?|pt)\.?\s*\d)(?P<title>[^\d\s()][^()]{1,149}?)(?:,\s*(?P<loc>(?:pp?\.\s*)?[\dxivlc]{1,6}(?:\s*[-–]\s*[\dxivlc]{1,6})?))?\s*\.?$")
# Last words of a title that ends in its year, never of a person's name: "World Drug Report 2021", "Global Peace Index 2022"
YEARED_TITLE_END_WORDS = frozenset("report review survey index outlook yearbook atlas assessment update monitor strategy plan "
                                   "census overview estimates statistics bulletin informe anuario".split())
BODY_SMALL_WORDS = frozenset("of for and on the in to de del la des du".split())
NAME_SMALL_WORDS = frozenset("& and y e et und de del la las los da das do dos van von der den di du le ten ter al el bin ibn".split())


def author_date_names(names: str) -> bool:
    """The names of an author-date short form, not a title ending in its year ("UNODC, World Drug Report 2021, 56"):
    no lower-case word but a particle or "and", and no last word a title of a yearly publication ends with."""
    words = names.replace(",", " ").split()
    if not words or words[-1].lower() in YEARED_TITLE_END_WORDS:
        return False
    return all(w[:1].isupper() or w.lower().rstrip(".") in NAME_SMALL_WORDS for w in words) \
        or all(w[:1].isupper() or w.lower() in BODY_SMALL_WORDS for w in words) and organisation_name(names)
    # ("Ministry of Defence (2022b), p. 5", "Committee of Public Accounts (2019)": a body, its small words in lower case)


# An archive at the head of a citation, and the shelfmark or folio that follows it
# (a country's or a province's archives, "Kenya National Archives", "Maharashtra State Archives", the British Library and
# its "India Office Records"; an archive by its initials before a shelfmark, "KNA, DC/NYI/2/1/12", or the shelfmark alone,
# "IOR/L/PS/10/123, Viceroy to …")
ARCHIVE_RE = lazy(r"(?i)^(?:(?:archivo|archive|archives|arquivo|archiv|archivio|biblioteca|bibliothèque|national\s+archives|"
                  r"the\s+national\s+archives|library\s+of\s+congress|staatsarchiv|landesarchiv|british\s+library)\b|"
                  r"(?-i:TNA|PRO|NARA|AGN|AGI|AHN|AGS|AGNP|AHDMRE|ANOM|BArch|PAAA),|(?-i:(?:\p{Lu}[\p{L}'’\-]+\s+){1,3})(?:national\s+|state\s+|regional\s+|provincial\s+|"
                  r"county\s+|public\s+)?(?:archives|record\s+office)\b|"
                  rf"(?-i:[A-Z]{{2,6}}(?:-[A-Z]{{2,4}})?,\s+{archival.SLASHED_MARK}|(?!(?:S|A|E)/)[A-Z]{{1,5}}(?:/[A-Z0-9]{{1,8}}){{3,}},)|"
                  # an archive by its initials, then its collection: "AHGES, Fondo Gobernación, …", "ACC, Archivo Muerto, …"
                  r"(?-i:[A-Z]{2,8}(?:-[A-Z]{2,4})?),\s+(?=(?:fondo|fonds|ramo|secci[oó]n|serie|archivo|record\s+group|rg\s*\d|"
                  r"colecci[oó]n|collection|papers|caja|box|legajo|expediente|exp\.)\b))")
ARCHIVE_LOCATOR_RE = lazy(r"(?i)\b(?:fols?\.|ff?\.|leg\.|legajo|exp\.|expediente|caja|box|folder|file|carpeta|"
                                   r"doc\.|ms\.|mss\.|no\.)\s*\d|(?-i:\b[A-Z]{1,5}\s?\d{1,4}/\d{1,6})|"  # "FO 371/84081"
                                   rf"(?-i:\b{archival.SLASHED_MARK})")  # "IOR/L/PJ/6/452", "AB/1/117"
# Testimony or a speech named without a quoted title: "Testimony of ... before the Senate ..., June 9, 2015"
SPEECH_START_RE = lazy(rf"(?i)^{SPEECH_OPENING}\s+(?:(?:of|by|attributed\s+to|before|at|to|de|ante|en|du|del|de\s+la)\s+(?:the\s+|la\s+|el\s+)?|d['’])"
                      r"(?-i:\p{Lu})|(?i)^(?:discours|discurso|conf[ée]rence\s+de\s+presse|conferencia\s+de\s+prensa|rueda\s+de\s+prensa|"
                      r"allocution(?:\s+t[ée]l[ée]vis[ée]e)?)\s+(?:du|del)\s+(?:président|presidente|premier\s+ministre|ministro|ministre)\b")
# ("Discours d'Emmanuel Macron à Ouagadougou", "Discurso del presidente Juan Manuel Santos en …")
# A volume alone: "t. II", "vol. 3", "tomo IV"
VOLUME_ONLY_RE = lazy(r"(?i)(?:vols?\.|tomo|t\.|volume|bd\.)\s*(?:\d{1,3}|[ivxlc]{1,6})")
# An office before a person's name: "Minister of Defense", "Prime Minister", "Secretary of State", "General"
OFFICE_RE = lazy(
    r"(?i)^(?:(?:former|then|acting|deputy|vice|prime|foreign|defen[cs]e|interior|finance|chief|assistant|under|principal|"
    r"national\s+security|homeland\s+security|press|special|senior|first)\s+)*"
    r"(?:minister|secretary(?:-general)?|director(?:-general)?|commander|chief|governor|ambassador|president|presidente|"
    r"advis[eo]r|envoy|lady|counselor|coordinator|administrator|"
    r"chairman|chair|spokes(?:man|woman|person)|senator|general|mayor|king|queen|prince|emir|sheikh|shaykh|ayatollah|"
    r"pope|judge|justice|attorney\s+general|ministro|ministra|comandante|coronel|colonel|admiral|representative|"
    r"président|présidente|premier\s+ministre|ministre)"  # "président de la République Emmanuel Macron"
    r"(?:\s+(?:of|for|de|del|de\s+l['’]|des)\s*(?:the\s+|la\s+|el\s+)?(?-i:\p{Lu})[\p{L}\-]+(?:\s+(?:and\s+|of\s+|y\s+)?(?-i:\p{Lu})[\p{L}\-]+){0,3})?")
UPDATED_RE = dates.UPDATED_RE  # "updated May 3, 2021" before a date (defined with the dates)
# What a person did on a programme, after the name: "Jane Roe, host", "John Doe, presenter"
PROGRAMME_ROLE_RE = lazy(r"(?i),\s*(?:hosts?|co-hosts?|presenters?|moderators?|narrators?|interviewers?|producers?|guests?|panelists?)$",
                        regex.REVERSE)
# What a speaker gave, named after the speaker and before its title: "Jane Roe, testimony, “Hearing to …,”"
SPOKEN_KIND_END_RE = lazy(r"(?i),\s*(?:(?:prepared\s+|written\s+)?testimony|remarks|speech|address|keynote\s+address|lecture)$",
                          regex.REVERSE)
# A social-media handle standing for its owner, with the owner's name after it: "@SahelWatcher (Example Observer)"
HANDLE_FIRST_RE = lazy(r"@[\w.]{1,40}(?:\s+\([^()]{2,80}\))?")
# A social-media handle after its owner's name: "Jane Roe (@janeroe)"
HANDLE_AFTER_NAME_RE = lazy(r"\s*[(\[]@[\w.]{1,40}[)\]]$", regex.REVERSE)  # ("Jane Roe [@janeroe]", as Chicago 17 prints it)
# A time in a recording closing a citation: "at 34:10", "at 1:02:45", ", 1:02:45" ("2:33" alone is volume 2, page 33)
TIMESTAMP_END_RE = lazy(r"(?:,\s*|\s+)at\s+(?P<at>(?:\d{1,2}:)?\d{1,2}:\d{2})$|,\s*(?P<hms>\d{1,2}:\d{2}:\d{2})$", regex.REVERSE)
# "and the pages following" after a pinpoint: "12 sq.", "45ff.", "3 y ss.", "101 et seq."
FOLLOWING_RE = lazy(r"(?i)(?:(?<=\d)|\s+)(?P<following>(?:et\s+|y\s+|e\s+)?(?:sqq?|seq|suiv|ss|ff?|sgg?|segg?)\.?|(?:e\s+|et\s+)?passim)$",
                    regex.REVERSE)
# An annex after a paragraph cited: "para. 45 and annex 3"
AND_ANNEX_END_RE = lazy(r"\s+(?:and|y|et)\s+(?:annex(?:es)?|anexos?|appendix)\s+[\dIVXivx]+(?:\.\d+)*$", regex.REVERSE)
# An annex of a resolution or agreement, then the paragraph cited in it: ", annex I, para. 28", ", annex B, paras. 3–4"
ANNEX_PART_END_RE = lazy(r",\s*(?P<loc>(?:annex|appendix|anexo|attachment|enclosure)\s+[A-Z\d]{1,4}(?:\.\d{1,2})?,\s*"
                         r"(?:paras?\.|paragraphs?|sections?|sec\.|arts?\.|articles?|pp?\.)\s*\d{1,4}(?:\.\d{1,2})?"
                         r"(?:\s*[-–]\s*\d{1,4})?)$", regex.REVERSE)
LOCATOR_LAST_CHARS = frozenset("0123456789xivlcrXIVLCR")
LOCATOR_WINDOW = 60  # ", pp. 184-203 n. 4." fits many times over


# An article or section with its paragraph closing a citation: ", art. IV(1)", ", sec. 5(2)", ", § 1881a(b)"
SUBARTICLE_END_RE = lazy(r"(?i),\s*(?P<label>arts?\.|articles?|sec\.|§|paras?\.|paragraphs?)\s*(?P<loc>(?:\d{1,4}[a-z]?|[ivxlc]{1,7})\(\w{1,3}\))$")
# (and a resolution's sub-paragraph: "…, 28 March 2013, para. 12(b)")


# A judgment's paragraphs in brackets closing a citation: " [12]", " [15]–[16]"
BRACKETED_PARAS_END_RE = lazy(r"(?:,?\s+at)?,?\s+\[(?P<first>\d{1,4})\](?:\s*[-–]\s*\[(?P<last>\d{1,4})\])?$")


# A time in a recording, closing a note: "47:30–49:05", "at 1:12:40", "3:46:50"
RECORDING_TIME_END_RE = lazy(r",?\s+(?:at\s+)?(?P<loc>(?P<hms>\d{1,2}:\d{2}:\d{2})?(?(hms)|\d{1,3}:\d{2})"
                        r"(?P<to>\s*[-–]\s*(?:\d{1,2}:)?\d{1,3}:\d{2})?)$")
# What says a note cites a recording, where "47:30" alone may be a time and not a volume and page
RECORDING_WORD_RE = lazy(r"(?i)\b(?:podcast|episode|video|youtube|vimeo|audio|broadcast|livestream|webcast|recording|"
                         r"timestamp)\b|\s#\d")


# The volume cited, before the page: "… (Ottawa 2023), vol. 1, 45", "Roe (n 4) vol 3, 241", "Ibid vol 3, 20"
VOLUME_BEFORE_PIN_RE = lazy(r"(?:,\s*|\s+)(?P<vol>(?i:vols?|tomo|t)\.?\s*[\dIVXLC]{1,5})$", regex.REVERSE)
# Where a post is dated to the minute: an hour after its day is no pinpoint in a recording
POSTING_PLATFORMS = ("Telegram", "Twitter", "Facebook", "Instagram", "TikTok", "WhatsApp", ", X,", "VKontakte", "Weibo", "Truth Social")
# An hour of the day, and a day's date closing what comes before it: "14:22" after "April 3, 2022" or "3 April 2022"
CLOCK_RE = lazy(r"(?:[01]?\d|2[0-3]):[0-5]\d")
DAY_YEAR_END_RE = lazy(r"(?:\d{1,2},?\s+|\p{L}{3,9}\.?\s+\d{1,2},\s+)(?:1[5-9]|20)\d\d$", regex.REVERSE)
# The word before an archive's box or file number, which is no page: "box 4735", "caja 112", "folder 3", "legajo 15"
SHELF_WORD_END_RE = lazy(r"(?i)(?<![\p{L}])(?:box(?:es)?|folders?|cartons?|caja|legajo|exp|expediente|reel|microfilm\s+roll|"
                         r"ecf\s+no|dkt\.?\s+no|docket\s+no)\.?$", regex.REVERSE)
# (and a court filing's entry in its docket: "…, ECF No. 142")
# The book and chapter of a work cited before the page: ", bk. 8, chap. 6B", ", book 1, chapter 2"
BOOK_PARTS_BEFORE_PIN_RE = lazy(r"(?P<parts>(?:,\s*(?:bks?\.|book|chaps?\.|chapter|pt\.|part)\s*[\dIVXLC]{1,4}[A-Z]?){1,3})$",
                                regex.REVERSE)
# What the volume follows when it belongs to the pinpoint: a publication's brackets, "(n 4)", or "Ibid"
BEFORE_VOLUME_PIN_RE = lazy(r"(?i)(?:\)|^[*_]{0,2}(?:ibid|ibíd|íbid|ibidem|id)\.?[*_]{0,2})$")


def strip_locator(text: str) -> tuple[str, str | None, str | None]:
    """(text without a trailing pinpoint, the pinpoint, its label word as printed).

    A bare number that closes a date ("October 12, 2013", "(1999)") is no pinpoint; the volume cited before the page,
    after a publication's brackets or "Ibid", goes with it: "Roe (n 4) vol 3, 241" -> ("Roe (n 4)", "3, 241", "vol.")
    (a journal's "Survival, vol. 48, 111" keeps its volume).
    """
    core, loc, label = _strip_locator(text)
    if loc and CLOCK_RE.fullmatch(loc) and DAY_YEAR_END_RE.search(core) and any(p in core for p in POSTING_PLATFORMS):
        return core, None, None  # "…, Telegram, April 3, 2022, 14:22": the hour it was posted, no place in a recording
    if loc and label is None and SHELF_WORD_END_RE.search(core) is not None:
        return text, None, None  # "…, 824.53/3-1552, box 4735": the archive's box, no page
    if loc and label is None and ("bk" in core[-30:] or "chap" in core[-20:] or "book" in core[-30:]) \
            and (parts := BOOK_PARTS_BEFORE_PIN_RE.search(core)) is not None:
        # "Clausewitz, On War, bk. 8, chap. 6B, 605": the book and chapter of a classic, then the page
        return core[: parts.start()].rstrip(" ,"), f"{parts.group('parts').strip(' ,')}, {loc}", None
    if loc and (label is None or label.lower() in ("p.", "pp.", "p", "pp")) and ("vol" in core[-12:] or "t" in core[-8:]):
        vol = VOLUME_BEFORE_PIN_RE.search(core)
        before = "-" if vol is None else core[: vol.start()].rstrip(" ,")
        if vol is not None and (not before or BEFORE_VOLUME_PIN_RE.search(before)  # (or nothing: the tail after the brackets,
                                or "," not in before and len(before.split()) <= 5  # or a name alone: "Roe vol 3, 241")
                                and (looks_like_names(before) or organisation_name(before))):
            number = regex.sub(r"(?i)^(?:vols?|tomo|t)\.?\s*", "", vol.group("vol"))
            return core[: vol.start()].rstrip(" ,"), f"{number}, {loc}", "vol."
    return core, loc, label


def _page_in_printed_range(before: str, loc: str) -> bool:
    """"(2018): 1598–1670, at 1603": the page cited within the article's pages printed before it, though it reads as
    a year."""
    head = before.rstrip(" ,")
    head = head[:-3].rstrip(" ,") if head.endswith(" at") else head
    printed = PAGE_RANGE_END_RE.search(head)
    return printed is not None and _range_then_page_in_it([f"{printed.group('low')}-{printed.group('high')}", loc.strip()])


# A year, with its letter ("2023b"), just before the number that closes a citation: "Berman et al. 2017, 1580"
YEAR_BEFORE_PIN_RE = lazy(r"(?<![\d.])(?P<year>1[5-9]\d\d|20\d\d)\p{Ll}?,\s*$", regex.REVERSE)


def _page_below_year_before(before: str, loc: str) -> bool:
    """"Berman et al. 2017, 1580": a number below the year printed just before it is a page, though it reads as a
    year (works by the same authors are listed oldest first: "Roe 2011, 2015" stays two years)."""
    year = YEAR_BEFORE_PIN_RE.search(before) if loc.isdigit() and len(loc) == 4 else None
    return year is not None and int(loc) < int(year.group("year"))


def _range_then_page_in_it(parts: list[str]) -> bool:
    """"45-67, 52": an article's pages, then the page cited in them (not two pinpoints)."""
    return len(parts) == 2 and parts[1].isdigit() and page_in_range(parts[0], int(parts[1]))


def _archive_holding(text: str) -> bool:
    """Whether ``text`` names an archive's holding, where a box is a shelf, no part of a report."""
    lowered = text.lower()
    return any(word in lowered for word in ARCHIVE_HOLDING_WORDS)


def page_in_range(pages: str, page: int) -> bool:
    """Whether ``page`` lies within a printed range ("420-35", "1534–41": the last page's leading digits left out)."""
    low, _, high = pages.replace("–", "-").partition("-")
    if not high or not low.isdigit() or not high.isdigit():
        return False
    high = low[: len(low) - len(high)] + high if len(high) < len(low) else high  # "420-35" -> 435
    return int(low) <= page <= int(high)


# A page, then a figure, a table or a map on it, closing a citation: ", 7, fig. 2", ", 12, table 3.1"
PAGE_THEN_FIGURE_END_RE = lazy(r"(?<=[)\d]),\s*(?P<page>\d{1,4}),\s*(?P<part>(?:figs?\.|figures?|tables?|tab\.|maps?)\s*[\dA-Z][\d.]{0,6})$",
                               regex.REVERSE)
# A report's text box closing a citation, as the IMF and the World Bank number them: ", box 1.2", ", Box 4"
BOX_END_RE = lazy(r"(?i),\s*box\s+(?P<loc>\d{1,2}(?:\.\d{1,2})?[A-Z]?)$", regex.REVERSE)
# Words of an archive's citation, where a box is where papers are kept ("Example Papers, box 36"), no part of a report
ARCHIVE_HOLDING_WORDS = ("papers", "collection", "library", "archive", "record group", "rg ", "folder", "file ", "carton",
                         "fonds", "mss", "manuscript", "series ")
# Several numbered parts of one kind closing a note: "Principles 15 and 28", "arts. 3, 7 and 9", "sections 4 and 5"
PART_LIST_END_RE = lazy(r"(?i),\s*(?P<label>principles?|articles?|arts?\.|rules?|recommendations?|sections?|paras?\.?|paragraphs?|"
                        r"goals?|targets?)\s*(?P<loc>\d{1,4}(?:\.\d{1,3})?(?:\s*,\s*\d{1,4}(?:\.\d{1,3})?){0,6}\s*(?:,\s*)?"
                        r"(?:and|&)\s*\d{1,4}(?:\.\d{1,3})?)$")


def _strip_locator(text: str) -> tuple[str, str | None, str | None]:
    end = text.rstrip()
    end = end[:-1].rstrip() if end.endswith(".") else end
    if end.endswith(" passim") and end[:-7].rstrip().endswith(","):  # "Doe, “Example Article”, passim"
        return end[:-7].rstrip(" ,"), "passim", None
    if end[-3:-2] == ":" and (clock := RECORDING_TIME_END_RE.search(end)) is not None \
            and (clock.group("hms") or clock.group("to") or RECORDING_WORD_RE.search(end)):
        # "…, *Lex Fridman Podcast* #383, June 8, 2023, 47:30–49:05", "…, YouTube video, 3:46:50": a time in the recording
        return end[: clock.start()].rstrip(" ,"), clock.group("loc").replace("–", "-"), "timestamp"
    if end[-7:].lower().replace(" ", "").endswith((",n.p", ",s.p", ",n.pag")):  # "Roe, “Title,” n.p.": no page printed
        return end[: end.rfind(",")].rstrip(), None, None
    if end.endswith(")") and (sub := SUBARTICLE_END_RE.search(end)) is not None:  # "NPT, art. IV(1)": an article's paragraph
        return end[: sub.start()].rstrip(" ,"), sub.group("loc"), sub.group("label")
    if end.endswith("]") and (paras := BRACKETED_PARAS_END_RE.search(end)) is not None and paras.start() > 0:
        # "Connors (n 1) [15]–[16]": the paragraphs of a judgment, in brackets as OSCOLA prints them
        loc = paras.group("first") + (f"-{paras.group('last')}" if paras.group("last") else "")
        return end[: paras.start()].rstrip(" ,"), loc, "para"
    if "nnex" in end[-40:] or "ppendix" in end[-40:] or "nexo" in end[-40:]:
        part = ANNEX_PART_END_RE.search(end)
        if part is not None and part.start() > 0:  # "JCPOA, annex I, para. 28": the annex and its paragraph, together
            return end[: part.start()].rstrip(" ,"), " ".join(part.group("loc").replace("–", "-").split()), "section"
    if (" and " in end[-30:] or ", " in end[-20:]) and end[-1:].isdigit() and (listed := PART_LIST_END_RE.search(end)) is not None:
        # "…, Principles 15 and 28", "…, arts. 3, 7 and 9": several parts of one kind
        return end[: listed.start()].rstrip(" ,"), " ".join(listed.group("loc").split()), listed.group("label")
    if "ox" in end[-14:] and (box := BOX_END_RE.search(end)) is not None \
            and not _archive_holding(end):
        core, loc, label = _strip_locator(end[: box.start()])
        if loc and label is None and YEAR_LIKE_RE.fullmatch(loc):
            core, loc = end[: box.start()], None  # ("IMF 2023, box 1": the year is no page)
        # "IMF, *World Economic Outlook* (…, April 2023), box 1.2": a report's text box, or "…, 7, box 2", its page and box
        return core, f"{loc}, box {box.group('loc')}" if loc else box.group("loc"), label if loc else "box"
    if ("fig" in end[-16:] or "tab" in end[-16:] or "map" in end[-12:]) and end[-1:].isalnum() \
            and (part := PAGE_THEN_FIGURE_END_RE.search(end)) is not None:
        # "…, IMF Country Report No. 21/165 (Washington, DC, July 2021), 7, fig. 2": the page, and the figure on it
        return end[: part.start()].rstrip(" ,"), f"{part.group('page')}, {part.group('part')}", None
    if " annex" in end[-24:] and (annex := AND_ANNEX_END_RE.search(end)) is not None:
        core, loc, label = _strip_locator(end[: annex.start()])
        if loc:  # "…, para. 45 and annex 3": the paragraph and the annex
            return core, f"{loc}{annex.group(0)}", label
    if end[-1:].isalpha() and (following := FOLLOWING_RE.search(end)) is not None:
        core, loc, label = _strip_locator(end[: following.start()])
        if loc:  # "p. 12 sq.", "45ff.", "pp. 3 y ss.": the page and those after it
            after = following.group("following").rstrip(".")
            after += "" if after.endswith("passim") else "."  # each of these abbreviations takes its period ("passim" is a word)
            return core, f"{loc} {after}", label
    if not end or end[-1] not in LOCATOR_LAST_CHARS:
        return text, None, None  # a pinpoint ends in a digit or a roman numeral
    if ":" in end[-9:]:
        stamp = TIMESTAMP_END_RE.search(end)
        if stamp:  # "…, podcast audio, at 34:10": a time in a recording
            return end[: stamp.start()].rstrip(" ,"), stamp.group("at") or stamp.group("hms"), "timestamp"
    if "p" in end[-40:] and (pages := PAGE_LIST_END_RE.search(end, max(0, len(end) - LOCATOR_WINDOW))) is not None:
        # "pp. 23-24 y 31", "pp. 2 and 31-33", "pp. 12, 15 and 19": every page cited, not the last alone
        loc = PAGE_LIST_JOIN_RE.sub(", ", pages.group("loc")).replace("–", "-").replace(" - ", "-")
        parts = loc.split(", ")
        if not any(YEAR_LIKE_RE.fullmatch(part) for part in parts) and not _range_then_page_in_it(parts):
            return end[: pages.start()].rstrip(" ,:"), loc, "pp."
    m = LOCATOR_END_RE.search(text, max(0, len(text) - LOCATOR_WINDOW))  # a pinpoint is short: look at the end only
    if not m:
        return text, None, None
    if not m.group("label") and "o." in text[m.start("loc") - 5:m.start("loc")] \
            and SERIES_NUMBER_BEFORE_RE.search(text, max(0, m.start("loc") - 40), m.start("loc")) is not None:
        return text, None, None  # "…, Electronic Briefing Book No. 97": the number of the series, no page
    if not m.group("label"):
        found = dates.find_date(text)
        if found and found.span[1] >= m.start("loc") and found.span[0] < m.end("loc") \
                and not _page_in_printed_range(text[: m.start("loc")], m.group("loc")) \
                and not _page_below_year_before(text[: m.start("loc")], m.group("loc")):
            return text, None, None
        start = max(0, m.start("loc") - 16)
        if found and found.span[1] < m.start("loc") and (last := dates.find_date(text[start:])) is not None \
                and start + last.span[1] >= m.start("loc"):
            return text, None, None  # "…, from 27 to 31 March 2022, May 2023": the year of the month closing the note
    loc = SPACES_RE.sub("", m.group("loc")).replace("–", "-") if not CHAPTER_PAGES_RE.fullmatch(m.group("loc")) \
        else " ".join(m.group("loc").split())  # ("1-1 to 1-3", "I-3–I-5": pages by chapter, as printed)
    if not any(ch.isdigit() for ch in loc) and not m.group("label") and not loc.islower():
        return text, None, None  # "... Part II" is not a pinpoint without "p."; front matter's "xv–xxi" is
    if m.group("fn"):
        loc = f"{loc}n{m.group('fn')}"  # "45n12", "45 n. 12": note 12 on page 45, as Chicago writes it
    if not m.group("label") and loc.isdigit() and ":" in text[m.start("loc") - 3:m.start("loc")] \
            and (volume := VOLUME_COLON_END_RE.search(text, 0, m.start("loc"))) is not None:
        # "…, 1976), 2: 245": page 245 of the second volume, as "2:245" (no two pages)
        return text[: volume.start()].rstrip(" ,"), f"{volume.group('volume')}:{loc}", None
    core = text[: m.start()].rstrip(" ,:")
    label = m.group("label")
    if label and label[:1].lower() in "ft" and core[-1:].isdigit() and (paged := PAGE_LABEL_END_RE.search(core)) is not None:
        # "Roe and Doe (2020), p. 2760, Figure 3": the page, then the figure or table on it
        return core[: paged.start()].rstrip(" ,:"), f"{paged.group('page')}, {label.lower()} {loc}", paged.group("label")
    if not m.group("label") and (loc.isdigit() or "-" in loc and loc.replace("-", "", 1).isdigit()) and core[-1:].isdigit():
        pages, head = [loc], core
        for _ in range(3):  # "Kornbluh, Pinochet File, 17, 36": pages cited, each after a comma
            more = PAGE_BEFORE_PAGE_RE.search(head)
            if more is None or YEAR_LIKE_RE.fullmatch(more.group("page")):
                break
            pages.insert(0, more.group("page").replace("–", "-").replace(" ", ""))
            head = head[: more.start()].rstrip(" ,:")
            if not head and _range_then_page_in_it(pages):
                break  # (", 45–67, 52" after a title: the chapter's pages, then the page cited in them)
            if not head or head[-1:] in PAGE_LEAD_CHARS or head[-1:].isalpha() and loc.isdigit():  # (after a title or the facts, never a
                # volume's number; a range last only after a title set apart: "Journal 45, 123–145" is a volume and pages)
                return head, ", ".join(pages), None
    return core, loc, m.group("label")


# A page with its label before a figure or table cited on it: the ", p. 2760" of "…, p. 2760, Figure 3"
PAGE_LABEL_END_RE = lazy(r",\s*(?P<label>pp?\.)\s*(?P<page>\d{1,5}(?:\s*[-–]\s*\d{1,5})?)$", regex.REVERSE)
# A page cited before another, after a comma: the "17" of "…, Pinochet File, 17, 36"
# An article's pages at the end of what precedes a pinpoint: "… (2018): 1598–1670"
PAGE_RANGE_END_RE = lazy(r"(?<![\d.])(?P<low>\d{1,5})\s{0,2}[-–]\s{0,2}(?P<high>\d{1,5})$", regex.REVERSE)
PAGE_BEFORE_PAGE_RE = lazy(r"(?:(?<=[\p{L}\d.”\"’*)]),\s*|(?<=[\p{L}\d.],[”\"’])\s*|^,\s*)(?P<page>\d{1,4}(?:\s*[-–]\s*\d{1,4})?)$",
                           regex.REVERSE)  # (or the title's comma inside its quotation marks: '“Breakout Scale,” 6, 18'; or
# nothing before it, in what follows a title: ", 6, 18")
PAGE_LEAD_CHARS = ".”\"’*)"
YEAR_LIKE_RE = lazy(r"(?:1[5-9]|20)\d\d")


# The first word of every record of a speech SPEAKER_RE reads
SPEECH_OPENING_WORDS = frozenset("audio video public joint written testimony statement remarks address speech lecture "
                                 "sermon message discurso mensaje declaración declaracion comunicado discours "
                                 "déclaration press news conférence conference conferencia rueda allocution briefing background "
                                 "department".split())


def speaker(text: str, whole: bool = False) -> str | None:
    """Who spoke, in words that open the record of a speech or statement: "Remarks by President
    Barack Obama" -> "President Barack Obama"; with ``whole``, only when those words are all of ``text``
    (the lead before a title: "Statement by Abu Muhammad al-Adnani")."""
    if text.split(" ", 1)[0].lower() not in SPEECH_OPENING_WORDS:
        return None
    m = SPEAKER_RE.match(text)
    if not m or whole and m.end("who") < len(text.rstrip(" ,")):
        return None
    who = without_office(m.group("who").strip())
    if who[:4].lower() == "the ":  # "Statement by the Example Community of States"
        who = who[4:]
    if who.lower() in HONORIFICS:
        return None  # "Remarks by the President": an office, and no name of who held it
    return who if looks_like_names(who) or organisation_name(who) else None


def _plain_name(words: list[str]) -> bool:
    """Two or three capitalised words and nothing else, as a name reads after an office of two words ("Press Secretary
    Karine Jean-Pierre", whose given name no list holds)."""
    return 2 <= len(words) <= 3 and all(w[:1].isupper() and not w.isupper() and
                                        w.replace("-", "").replace("'", "").replace("’", "").isalpha() for w in words)


# An office printed after the name, set off by a comma: "Ford, C. A., Assistant Secretary of State for International Security
# and Nonproliferation", "Jane Roe, Director of Policy Planning", "John Doe, U.S. Ambassador to the United Nations"
OFFICE_AFTER_NAME_RE = lazy(
    r"(?i),\s+(?:(?:u\.s\.|us|uk|un|eu|nato)\s+)?(?:(?:former|then|acting|deputy|vice|prime|assistant|under|principal|special|"
    r"senior|chief|first|permanent|executive|foreign)\s+){0,3}(?:minister|secretary(?:-general)?|under-secretary|undersecretary|"
    r"director(?:-general)?|commander|governor|ambassador|president|advis[eo]r|envoy|coordinator|administrator|chairman|chair|"
    r"spokes(?:man|woman|person)|senator|representative|head|counsel|attorney\s+general)"
    r"(?:\s+(?:of|for|to|on|at|in|and|the|de|del|des)|\s+(?-i:\p{Lu})[\p{L}.’'\-]*){0,14}$")


def without_office(who: str) -> str:
    """A person's name without the office printed before it: "Minister of Defense Karim Example" ->
    "Karim Example", "Prime Minister Adil Example" -> "Adil Example"; or after it: "Ford, C. A., Assistant Secretary of
    State" -> "Ford, C. A."."""
    if ", " in who and (after := OFFICE_AFTER_NAME_RE.search(who)) is not None and after.start() > 0 \
            and looks_like_names(name := who[:after.start()]) and not organisation_name(name):
        return name
    if organisation_name(who) and (OFFICE_RE.match(who) is None or organisation_name(OFFICE_RE.sub("", who, count=1))):
        return who  # "General Motors Company" holds no office ("Press Secretary Jen Psaki" does: the press is in the office)
    if " of " in who and HEAD_OF_STATE_RE.match(who) and _state_name(who.split(" of ", 1)[1]):
        return who  # "President of the Russian Federation", "Prime Minister of Japan": the office itself signs
    words = who.split()
    for k in range(1, min(len(words) - 1, 7) + 1):  # the shortest office that leaves a name of two words or more, or a
        # surname alone after an office of two words or more ("Vice President Harris")
        if (len(words) - k >= 2 or k >= 2 and words[k][1:].islower() and words[k].isalpha()) \
                and OFFICE_RE.fullmatch(" ".join(words[:k])) and words[k][:1].isupper() \
                and (looks_like_names(" ".join(words[k:])) or k >= 2 and _plain_name(words[k:])):
            while k + 2 < len(words) and " of " in (office := " ".join(words[:k])) and OFFICE_RE.fullmatch(f"{office} {words[k]}") \
                    and (_state_name(f"{office.split(' of ', 1)[1]} {words[k]}")
                         or not is_given_name(words[k]) and is_given_name(words[k + 1])):
                k += 1  # "President of the United States Joe Biden", "Secretary of Homeland Security Alejandro Mayorkas": the
                # office's last word (a state's name, or no given name before one) ends the office, not begins the name
            return " ".join(words[k:])
        if k >= 2 and words[k - 1].lower() in GROUP_OFFICES and looks_like_names(" ".join(words[k:])) \
                and all(w[:1].isupper() or w[:3] in ARABIC_ARTICLES for w in words[:k - 1]):
            return " ".join(words[k:])  # "ISIS spokesman Abu al-Hassan al-Muhajir": a group's office, then the name
    return who


# A state's name: "Russia", "the Russian Federation", "the Republic of Korea", "the United Arab Emirates"
STATE_NAME_RE = lazy(r"^(?:the\s+)?(?:\p{Lu}\p{L}+\s+){0,3}(?:Federation|Republic|Kingdom|Emirates|States|Union|Confederation|"
                     r"Commonwealth)(?:\s+of\s+(?:the\s+)?\p{Lu}\p{L}+(?:\s+\p{Lu}\p{L}+)?)?")


def _state_name(text: str) -> bool:
    return known_country(text.removeprefix("the ")) or STATE_NAME_RE.fullmatch(text) is not None


# An office in a group, printed after the group's name: "ISIS spokesman", "Taliban commander"
GROUP_OFFICES = frozenset("spokesman spokeswoman spokesperson leader commander chief official emir founder deputy "
                          "ideologue preacher member".split())


# A speech recorded without a title, by who gave it and what it was: "Prime Minister Adil Example, address to
# the nation, Example City, October 20, 2019", "Presidente Luis Ejemplo, mensaje a la Nación, 28 de julio de 2020"
UNTITLED_SPEECH_RE = lazy(
    r"(?i)^(?P<who>[^,;“\"*()]{3,100}(?:,\s+[^,;“\"*()'‘]{3,80}){0,2}?),\s+(?P<genre>"
    r"(?:versión\s+estenográfica\s+de\s+la\s+|transcript\s+of\s+(?:the\s+)?)?"  # (the record of what was said)
    r"(?:(?:televised|radio|public|keynote|opening|closing|inaugural|"
    r"annual|weekly|audio|video|recorded|written|pre-recorded|prerecorded)\s+){0,2}(?:address|speech|remarks|statement|lecture|sermon|message|discurso|"
    r"(?:press|news|media)\s+(?:conference|briefing)|rueda\s+de\s+prensa|conferencia\s+de\s+prensa|conférence\s+de\s+presse|"
    r"mensaje|alocución|allocution|discours|rede|ansprache|regierungserklärung|homily|omelia|homilía|homélie|predigt|"
    r"tal|tale|govor)"
    r"(?:\s+(?:matutina|diaria|conjunta|morning|daily|joint))?"  # ("conferencia de prensa matutina", Mexico's "mañanera")
    r"(?:\s+(?:broadcast|delivered|given|aired|televised|transmitido|pronunciado|retransmis)"  # "speech broadcast on al-Manar"
    r"|\s+(?:released|issued)\s+(?:by|through)\s+[^,;]{1,80})?"  # "statement released by his attorney"
    r"(?:\s+(?:to|at|before|on|a|al|ante|en|à|au|an|de|del|announcing|claiming|calling\s+for|about|during|in|na|no|em|devant|"
    r"lors\s+de|durante|nel|nella|alla|vor|bei|zum|zur|im|anlässlich|i|u|på|vid|ved|pred)\s+[^,;]{1,120})?),[”\"’]?\s+(?=\S)")
# ('…, video statement announcing the "Segunda Marquetalia," <date>': a quotation inside the description closes with it)


# A group's statement named by the group and the word, with no comma between: "JNIM statement, az-Zallaqa Media, <date>",
# "Example Group audio message, <outlet>, <date>"
GROUP_STATEMENT_RE = lazy(r"^(?P<who>\p{Lu}[^,;“\"*()]{1,60}?)\s+(?P<genre>(?:audio\s+|video\s+|written\s+)?(?:statement|claim|"
                          r"communiqu[eé]|message))\s*,\s+(?=[^\s“\"«*‘'])")  # (a quoted title after it is read as a title)
# One of these (lower case) is in every speech UNTITLED_SPEECH_RE reads
SPEECH_GENRE_WORDS = ("address", "speech", "remarks", "statement", "lecture", "sermon", "message", "discurso", "mensaje", "conferenc",
                      "briefing", "prensa", "presse",
                      "alocuci", "allocution", "discours", "rede", "ansprache", "regierungserklärung", "homil", "omelia",
                      "homélie", "predigt", ", tal ", ", tale ", "govor")


@per_article()
def untitled_speech(text: str) -> tuple[str, str, str] | None:
    """(speaker, what was given, the rest) for a speech cited by its speaker and kind, with a date."""
    lowered = text.lower()
    if "," not in text or not any(word in lowered for word in SPEECH_GENRE_WORDS):
        return None  # most citations name no speech: no pattern to run
    m = UNTITLED_SPEECH_RE.match(text.strip()) or GROUP_STATEMENT_RE.match(text.strip())
    if not m or dates.find_date(text[m.end():]) is None \
            or (printed := PUB_PAREN_RE.search(text, m.end())) is not None and _pub_like(printed.group(0)):
        return None  # ("…, speech in the Legislative Council, <date>, in *Speeches* (Calcutta: …, 1901), 209": printed)
    who = without_office(m.group("who").strip())
    if "," in m.group("who") and " before " in m.group("genre"):
        return None  # "Jane Roe, Commander, Example Command, statement before the Senate Committee …": testimony
    if "," in who:  # "Col. Jane Roe, spokesman, Example Command Region 4, press conference": the speaker, then her office
        who = without_office(who.split(",", 1)[0].strip())
    if not (looks_like_names(who) or organisation_name(who)):
        return None
    return who, m.group("genre"), text.strip()[m.end():]


# A document's number between its issuer and its title: "UN General Assembly, Resolution 74/150, “Title,” ..."
NUMBERED_LEAD_RE = lazy(r"(?i)^(?P<who>[^,;“\"*]{3,120}),\s+(?P<number>(?:resolution|resolución|résolution|decision|decisión|"
                        r"directive|directiva|circular|decree|decreto(?:\s+(?:supremo|legislativo|ley))?|order|orden|report|informe|"
                        r"document|doc\.|proyecto\s+de\s+ley|bill|ley|law|ordinance|ordenanza)\s+"
                        r"(?:no\.?\s*|n\.?\s?[º°]\s*|nr\.\s*)?[\w./\-]*\d[\w./\-]*(?:\s+(?:de|of|del)\s+(?:1[89]|20)\d\d)?)$")
# ("Congreso de la República, Proyecto de Ley N.º 1244/2016-CR, “Title,” <date>", "Presidencia, Decreto 896 de 2017, ...")


def numbered_lead(before: str) -> tuple[str, str] | None:
    """(issuer, number) for "UN General Assembly, Resolution 74/150" or "General Assembly resolution 70/1 of
    25 September 2015, entitled" before a title; None otherwise."""
    m = NUMBERED_LEAD_RE.match(before) if "," in before else None
    if m is None and ("resolution" in before or "decision" in before):
        m = BODY_RESOLUTION_RE.match(before)
    if not m or not is_organisation(m.group("who")):  # "UN General Assembly", "Consejo de Estado"
        return None
    return m.group("who"), m.group("number")


# A body's resolution as the United Nations cites it, the body then "resolution" with no comma between:
# "General Assembly resolution 70/1 of 25 September 2015, entitled", "Security Council resolution 2532 (2020)",
# "General Assembly resolution S-30/1, annex,"
BODY_RESOLUTION_RE = lazy(
    r"^(?P<who>(?:UN\s+|United\s+Nations\s+)?\p{Lu}[\p{L}-]+(?:\s+(?:and\s+|on\s+|of\s+)?\p{Lu}[\p{L}-]+){1,5})\s+"
    r"(?P<number>(?:resolution|decision)\s+[\w./\-]*\d[\w./\-]*(?:\s+\((?:19|20)\d\d\))?)"
    r"(?:\s+of\s+[^,;]{6,30}?)?(?:,\s+(?:annex|entitled))?,?$")


# A body's numbered publication named with the body and no comma between: "Crisis Group Africa Report N°265",
# "Example Institute Policy Brief No. 12", "Crisis Group Commentary"
SERIES_WORDS = frozenset("report reports briefing brief paper papers note commentary bulletin backgrounder".split())
UNNUMBERED_SERIES_WORDS = frozenset("briefing commentary backgrounder".split())
# small words a region's series name holds: "Latin America and Caribbean Report", "Europe & Central Asia Briefing"
SERIES_JOINERS = frozenset(("and", "&"))
SERIES_NUMBER_RE = lazy(r"^(?:N\s?[°º]\.?|No\.?|no\.?|Nr\.?|#)?\s*\d[\w./\-]*$")


def series_lead(before: str) -> tuple[str, str] | None:
    """(issuer, series and number) for "Crisis Group Africa Report N°265" before a title; None otherwise.
    The issuer is the longest run of words that ends as an organisation's name does."""
    if "," in before or not before[:1].isupper():
        return None
    tokens = before.split()
    genre = next((i for i in range(len(tokens) - 1, 0, -1) if tokens[i].lower() in SERIES_WORDS), None)
    if genre is None:
        return None
    number = " ".join(tokens[genre + 1:])
    if number and not SERIES_NUMBER_RE.match(number) or not number and tokens[genre].lower() not in UNNUMBERED_SERIES_WORDS:
        return None
    for start in range(genre, max(0, genre - 6) - 1, -1):  # "Middle East and North Africa Report N°219"
        who = tokens[:start]
        if not who or not tokens[start][:1].isupper() \
                or not all(t[:1].isupper() or t in SERIES_JOINERS for t in tokens[start:genre + 1]):
            continue
        last = who[-1].strip(".,").lower()
        if last in ORG_WORDS or who[-1].isupper() and len(who[-1]) > 1:
            return " ".join(who), " ".join(tokens[start:])
    return None


# A sentence that says where the work before it may be found or when it was read: "Available at <URL>",
# "Retrieved from", "Disponível em: <URL>. Acesso em: 3 maio 2020.", "Disponible en:", "consulté le"
AVAILABILITY = (
    r"\s*(?:(?:also\s+)?available\s+(?:online\s+)?(?:at|from|on|in)\b|retrieved\s+(?:on\s+)?(?:[^.;:]{0,24}?\s)?from\b|"
    r"(?:last\s+)?accessed(?:\s+on)?\s+(?=\d|\p{L}{3,9}\.?\s+\d)|online\s*:|url\s*:|en\s+l[ií]nea\s*:|"
    r"(?:en|in|em)\s*:\s*(?=https?://|www\.)|"  # a sentence of its own: "… s. f. En: http://…"
    r"as\s+of\s+(?=[^:;]{4,30}:\s*(?:https?://|www\.))|"  # RAND's "As of February 2, 2024: https://…"
    r"doi\s*:\s*(?=https?://)|"  # ABNT's "DOI: https://doi.org/…" after the year
    r"disponible\s+(?:en|sur|dans|online)\b|dispon[ií]vel\s+em\b|disponibile\s+(?:su|a|all['’]indirizzo)\b|acess(?:o|ado)\s+em\b|"
    r"consultad[oa]\s+(?:el|en|on)\b|consultato\s+il\b|ultima\s+consultazione\b|"
    r"consult[ée]\s+le\b|verfügbar\s+unter\b|abrufbar\s+unter\b|zugegriffen\s+am\b)")
AVAILABILITY_RE = lazy(AVAILABILITY, regex.IGNORECASE)
# The same after the sentence before it ends, up to the end of the citation
AVAILABILITY_TAIL_RE = lazy(r"(?<=\.)" + AVAILABILITY + r".*$", regex.IGNORECASE | regex.DOTALL)
# One of these (lower case) is in every phrase AVAILABILITY_RE finds
AVAILABILITY_STEMS = ("availab", "retriev", "access", "online", "url", "línea", "linea", "dispon", "en:", "in:", "em:", "acess", "consult", "verfügbar", "as of",
                      "doi:", "doi :",
                      "abrufbar", "zugegriffen")


# The number of a European Union document, set off by commas: "COM(2022) 230 final", "JOIN(2022) 24 final", the Council's
# "8396/21" and "EUCO 20/23", the Parliament's "P9_TA(2022)0052"
EU_NUMBER_PART_RE = lazy(r"(?:,|(?<=,[”\"’]))\s*(?P<number>(?:COM|JOIN|SWD|SEC|C)\(\d{4}\)\s*\d{1,5}(?:\s+final)?|EUCO\s+\d{1,3}/\d{2}|"
                         r"\d{3,5}/\d{2}(?:\s+REV\s+\d)?|P\d_TA\(\d{4}\)\d{4})(?=\s*[,.]|\s*$)")


@per_article()
def without_eu_number(text: str) -> tuple[str, str] | None:
    """(the citation without its EU document number, the number), or None when it has none."""
    if "/" not in text and "(" not in text:
        return None
    m = EU_NUMBER_PART_RE.search(text)
    if m is None:
        return None
    before, after = text[: m.start()], text[m.end():]
    if not m.group(0).startswith(",") and after.startswith(","):  # '“REPowerEU Plan,” COM(2022) 230 final, Brussels, …':
        after = after[1:]  # the title's comma, inside its quotes, stands for the one after the number
    return before + after, m.group("number")


# A document's number of four parts or more set apart by slashes, closing a citation: "…, 9 July 2020,
# WHO/2019-nCoV/Sci_Brief/Transmission_modes/2020.3." (a shelfmark, "EXA/4/2", has fewer)
TRAILING_CODE_RE = lazy(r",\s+(?P<code>[A-Z][A-Za-z0-9.\-_]{1,30}(?:/[A-Za-z0-9.\-_()]{1,40}){3,8})\.?$", regex.REVERSE)
# The evidence of a report of the body cited just before, named by its series and number alone; the body follows it
SERIES_GOES_ON = "the series of the report before it goes on, its body not named again: "


JURISDICTION_NAMES = frozenset("Brasil Brazil Perú México Colombia Argentina Chile Bolivia Ecuador Venezuela Uruguay Paraguay "
                               "Guatemala Honduras Panamá Nicaragua España Portugal".split())


def _a_jurisdiction(capitals: str) -> bool:
    """Whether a name in capitals is a country's, a state's or a town's ("BRASIL", "SÃO PAULO"), never a body's."""
    from anyascii import anyascii

    from .names import family_case
    from .places import known_country, known_place

    name = family_case(capitals)
    return known_place(name) or known_country(anyascii(name)) or name in JURISDICTION_NAMES
    # ("Brasil", "Perú", "México": as GeoNames spells them in English, or as their own language does)


# What the quoting author says of a quotation, closing the note: "(emphasis added)", ", emphasis in original",
# "(my translation)", "[italics mine]" (a Markdown copy escapes the brackets: "\\[emphasis added\\]")
EDITORIAL_REMARK_RE = lazy(
    r"(?i)[,;.]?\s*(?:\\?[(\[])?(?:(?:my|our|the\s+author['’]s|author['’]s)\s+(?:emphasis|italics|translation)|"
    r"(?:emphasis|emphases|italics)\s+(?:added|supplied|mine|ours|in\s+(?:the\s+)?original|removed|omitted)|"
    r"translation\s+(?:mine|ours|by\s+the\s+author))(?:\\?[)\]])?\.?\s*$")
EDITORIAL_REMARK_WORDS = ("mphas", "talics", "ranslat")


# Where the author keeps a copy of a primary source, closing its note: "…, on file with the author", "…, copy in the
# author's possession"; or what carried a speech: "…, broadcast on Sudan TV", "…, aired on RTB"
HELD_BY_AUTHOR_TAIL_RE = lazy(r"(?i),\s*(?:(?:a\s+)?cop(?:y|ies)\s+)?(?:on\s+file\s+with|in\s+(?:the\s+)?possession\s+of|held\s+by)\s+"
                              r"(?:the\s+)?authors?\b[^,;]{0,40}\.?$|,\s*(?:(?:a\s+)?cop(?:y|ies)\s+)?in\s+(?:the\s+)?authors?['’]s?\s+"
                              r"(?:possession|files|archive)\.?$")
BROADCAST_TAIL_RE = lazy(r"(?i),\s*(?:broadcast|aired|televised|livestreamed|streamed)\s+(?:live\s+)?(?:on|by)\s+"
                         r"(?P<medium>(?-i:\p{Lu})[^,;()]{1,40}?)\.?$")
CLOSING_REMARK_SET_ASIDE = "a closing remark set aside (where a copy is kept, what carried it)"


# What became of a page, in brackets after its address: "(deleted; archived at https://web.archive.org/…)", "(since removed)"
PAGE_FATE_PAREN_END_RE = lazy(r"(?i)\s*\((?:[^()]{0,40}\b)?(?:deleted|removed|archived|taken\s+down|no\s+longer\s+(?:available|online)|"
                              r"offline|suspended)\b[^()]{0,300}\)\.?$")


def closing_remark(text: str) -> regex.Match | None:
    """The remark closing a note on where the author keeps a copy of the work, what broadcast it or what became of its
    page, else None."""
    if text.rstrip(" .").endswith(")") and "://" in text and (fate := PAGE_FATE_PAREN_END_RE.search(text)) is not None \
            and "://" in text[: fate.start()]:
        return fate  # "…, https://ria.ru/… (deleted; archived at https://web.archive.org/…)": the page's fate, not the work
    lowered = text[-80:].lower()
    if "file" in lowered or "possession" in lowered or "held by" in lowered or "author" in lowered:
        return HELD_BY_AUTHOR_TAIL_RE.search(text)
    if "broadcast" in lowered or "aired" in lowered or "televised" in lowered or "streamed" in lowered:
        return BROADCAST_TAIL_RE.search(text)
    return None


# A body named in its own language (perhaps in its own script too), then in English in brackets, before the work it
# issued: "Hukumat al-Inqadh al-Suriyya [Syrian Salvation Government], …", "Bōeishō 防衛省 [Ministry of Defense], …"
TRANSLATED_BODY_LEAD_RE = lazy(r"^(?P<native>[^,\[\]“”\"*()]{3,80}?)\s*\[(?P<english>\p{Lu}[^\[\],]{2,80})\],\s+(?=\S)")


def translated_body_lead(text: str) -> regex.Match | None:
    """The body named in its language and then in English in brackets that opens ``text``, else None."""
    m = TRANSLATED_BODY_LEAD_RE.match(text) if "], " in text[:200] else None
    return m if m is not None and organisation_name(m.group("english")) and not organisation_name(m.group("native")) else None


# An Arabic family name's article, in lower case before its capital: "al-Hashimi", "el-Said", "al-ʿAdnani", "ash-Shami"
ARABIC_ARTICLE_OPENING_RE = lazy(r"(?:al|el|ad|adh|an|ar|as|ash|at|ath|az)-[ʿʾ'’]?\p{Lu}\p{Ll}")


def judge(text: str) -> tuple[str | None, list[str]]:
    """"ibid", "full", "short" or None, with the evidence."""
    if (" I " in text[:80] or " we " in text[:80]) and AUTHORS_OWN_USAGE_RE.match(text) and ": " not in text.split(". ")[0]:
        return None, []  # 'By "precursors" I mean …', 'Throughout, I use “junta” for …': the author's own words, no work
    if text[:1].isupper() and len(text) <= 40 and text.rstrip()[-1:] == "." \
            and (head := bibstyle.JURISDICTION_RE.fullmatch(text.strip().upper() + " ")) is not None \
            and (_a_jurisdiction(head.group("place")) if text[:2].isupper() else text.strip(" .") in JURISDICTION_NAMES):
        # (in mixed case, a country's name alone: "Tegel." is a short form, whatever a gazetteer holds)
        return None, []  # "BRASIL.", "SÃO PAULO (Estado).": the country or state that heads the work after it, no work
    if "*OJ" in text or "Official Journal" in text:
        text = official_journal_initials(text)  # "…, *OJ* L 172, 17.5.2021": the Official Journal, in italics or in full
    text = without_labels(text)  # "UN Doc. S/2019/800", "…, 11 May 2020 [withdrawn]": the work, read without them
    if may_declare(text):
        text = without_hereinafter(text)
    if "/" in text and " No" in text:
        text = issue_months_spelt(text)  # "*Nueva Sociedad* No 287, 5-6/2020"
    text = hijri.gregorian(text)  # "al-Naba 239, Dhu al-Qaʿda 1441 [July 2020]": the Gregorian date
    kind, evidence = _judge(text.strip())
    if kind is None and text[:1] in "ae" and ARABIC_ARTICLE_OPENING_RE.match(text) is not None:
        # "al-Hashimi, *ʿAlam Daʿish*, 140.", "el-Said, 3.": an Arabic family name keeps its article in lower case even
        # at the head of a note, as a capital would open it
        kind, evidence = _judge(text[:1].upper() + text[1:].strip())
    if kind is None and (said := language_said(text)) is not None \
            and said.end() < len(text.rstrip(" .")):  # "Post on Example Foundation Telegram channel (Uzbek), <date>": read
        kind, evidence = _judge(f"{text[: said.start()].rstrip()}{text[said.end():]}".strip())  # without the language
        evidence = [*evidence, LANGUAGE_SET_ASIDE] if kind is not None else []
    if kind is None and "/" in text[-200:] and (schemed := primary.with_scheme(text.strip())) is not None:
        kind, evidence = _judge(schemed)  # "…, available at: reliefweb.int/report/…": an address, as its scheme would show
    if kind is None and (", " in text or "(" in text) and (tail := closing_remark(text)) is not None and tail.start() > 10:
        # "Audio message attributed to X, <date>, on file with the author", "Speech by X, Khartoum, <date>, broadcast on
        # Sudan TV": the work, then where its copy is kept or what carried it
        kind, evidence = _judge(text[: tail.start()].strip())
        evidence = [*evidence, CLOSING_REMARK_SET_ASIDE] if kind is not None else []
    if kind is None and text[:1].isupper() and len(text) < 60 and (named := NAME_THEN_GENRE_RE.match(text.strip())) is not None \
            and (named.group("loc") or named.group("name").lower() not in GENRE_QUALIFIERS):  # ("Final report.": no name)
        return "short", [f'"<name> {named.group("genre")}" -> short form']  # "Davidson testimony, 7."
    if kind is None and text[:1] in "htie" and (own := POSSESSIVE_LEAD_RE.match(text)) is not None:
        kind, evidence = _judge(text[own.end():].strip())  # "…; and his “Conceptualizing Criminal Governance,” Perspectives
        evidence = [*evidence, "the work of the author before (his, her, their, idem)"] if kind in ("full", "short") else []
        kind = kind if kind in ("full", "short") else None  # on Politics …"; "see also his *Causes of War*, p. 125": a short form
    if kind is None and any(w in text for w in EDITORIAL_REMARK_WORDS) and (remark := EDITORIAL_REMARK_RE.search(text)):
        kind, evidence = _judge(text[: remark.start()].strip())  # "Rid, 'Origins', p. 740 (emphasis added).": the quoting
        # author's remark closes the short form
    if kind is None and title_translation(text) is not None:
        # "'Al-Shabaab oo …' [Al-Shabaab imposes …], BBC Somali, 4 May 2018": the title's English translation set aside;
        # 'Xi, Jinping. 2017. "Zai qingzhu …" (Speech at the rally …). Renmin ribao, …': in parentheses, as author-date
        # China journals print it
        plain = without_translation(text.strip())
        if plain != text.strip():
            kind2, evidence2 = _judge(plain)
            if kind2 is not None:
                kind, evidence = kind2, evidence2 + (TRANSLATION_SET_ASIDE,)
    if kind is None and "], " in text[:200] and (body := translated_body_lead(text.strip())) is not None:
        # "al-Qiyada al-ʿAmma … [General Command of al-Qaeda], “Bayan …” […], al-Sahab Media, <date>": as the English name
        kind, evidence = judge(f"{body.group('english')}, {text.strip()[body.end():]}")  # opens it
    if kind is None and text[:1].isupper() and ") " not in text[:3] and "(" in text[:70] \
            and person_with_alias(text.strip()):
        # "Sayyid Imam al-Sharif (Dr Fadl), “Title,” …": the name a writer goes by, in brackets after his own
        kind2, evidence2 = _judge(without_alias(text.strip()))
        if kind2 is not None:
            kind, evidence = kind2, evidence2 + (ALIAS_SET_ASIDE,)
    if kind is None and ("'" in text or "‘" in text) and SCARE_QUOTE_RE.search(text):
        # "Cook and Vale, From Daesh to 'Diaspora', 41": a word in scare quotes inside an unmarked title, no title of its own
        kind, evidence = _judge(SCARE_QUOTE_RE.sub(r"\1", text.strip()))
        evidence = evidence + ("a word in scare quotes inside an unmarked title",) if kind else evidence
    if kind is None and text.rstrip(" .")[-1:] == ")" and (explained := EXPLAINING_PAREN_END_RE.search(text.strip())) is not None \
            and explained.start() > 2:
        # "Id. at 21 (quoting 18 U.S.C. § 2339A(b)(3)).", "Roe, supra note 1, at 70 (arguing that …).": the citation, then
        # what the cited page does, as the Bluebook explains it
        kind, evidence = _judge(text.strip()[: explained.start()])
        evidence = evidence + ("an explanatory parenthetical after the citation",) if kind else evidence
    if kind is None and text.rstrip(" .")[-1:] == ")" and (described := DESCRIBING_PAREN_END_RE.search(text.strip())) is not None:
        # "Dabiq, Issue 14, April 2016, pp. 6-8 (eulogy of the Brussels attackers).": what is found there, after the page
        kind, evidence = _judge(text.strip()[: described.start()])
        evidence = evidence + (DESCRIPTION_SET_ASIDE,) if kind else evidence
    return kind, list(evidence)


# What the note says is found at the pages cited, in brackets after them, in words of its own: ", pp. 6-8 (eulogy of the
# attackers)" (after a bare number a bracket says many other things: "(hereafter AP)", "(nouvelle éd. 2006)")
DESCRIBING_PAREN_END_RE = lazy(r"(?<=(?:pp?\.|S\.|págs?\.)\s?\d{1,5}(?:\s?[-–]\s?\d{1,5})?)\s+\((?=\p{Ll}{2})(?!(?:in|n|nn|at|see|cf|accessed|retrieved|last|updated|emphasis)\b)"
                               r"[^()]{3,160}\)\.?$", regex.REVERSE)
DESCRIPTION_SET_ASIDE = "a description of what is found there, in brackets after the pinpoint, set aside"


# "Ibid." and the day of another document of the same file, perhaps after its folio and what it is: "Ibid., fo. 130, Roe
# to Doe, 17 Aug. 1819."
IBID_DATED_RE = lazy(r"(?i)^(?:ibid|ib|id)\.?,\s+(?:(?P<folio>fos?\.\s*\d{1,4}(?:\s*[-–]\s*\d{1,4})?[rv]?),\s+)?(?P<rest>[^;]{6,120})$")
# A parenthetical that says what the cited work does there, closing a citation (Bluebook): "(quoting …)", "(citing …)",
# "(arguing that …)", "(internal quotation marks omitted)", "(Breyer, J., dissenting)"
EXPLAINING_PAREN_END_RE = lazy(
    r"\s*\((?:quoting|citing|arguing|describing|defining|explaining|noting|holding|finding|discussing|upholding|rejecting|"
    r"concluding|stating|observing|suggesting|recounting|summari[sz]ing|reviewing|analy[sz]ing|examining|detailing|"
    r"documenting|criticizing|criticising|emphasizing|emphasising|"
    r"requiring|providing|establishing|prohibiting|amending|repealing|creating|authori[sz]ing|granting|vacating|"
    r"overruling|reversing|affirming|remanding|striking\s+down|upholding|enjoining|"
    r"internal\s+(?:quotation|citation)s?\s+(?:marks\s+)?omitted|alterations?\s+in\s+original|citations?\s+omitted|"
    r"footnotes?\s+omitted|\p{Lu}[\p{L}'’\-]{1,30},\s+(?:C\.\s*)?J\.,\s+(?:dissenting|concurring)|"
    r"(?:Lord|Lady|Baroness)\s+\p{Lu}[\p{L}'’\-]{1,30}(?=[\s)]))"  # (OSCOLA names the judge: "[81]–[84] (Lord Rodger)")
    r"(?:[^()]|\([^()]{0,200}\)){0,600}\)\.?$", regex.REVERSE)


TRANSLATION_SET_ASIDE = "a title's translation in brackets set aside"
LANGUAGE_SET_ASIDE = "the language named in brackets set aside"
ALIAS_SET_ASIDE = "the name the author goes by, in brackets after his own, set aside"
# A writer's other name in brackets after his own, before the comma that closes the names
NAME_ALIAS_RE = lazy(r"^(?P<name>\p{Lu}[^,()“”\"*;:]{2,60}?)\s+\((?!(?:Eds?|Coords?|Comps?|Dirs?|Orgs?|Hrsg|Hg|Trans|Tr)\.?\))"
                     r"(?![\p{Lu}\d&\-.]{2,12}\))[“\"‘']?(?P<alias>\p{Lu}\p{Ll}[^()“”\"]{1,60}?)[”\"’']?\)(?=,\s)")
# (a role in brackets, "(Ed.)", is no other name, nor a body's initials, "(ACLED)": only a person's name, "(Dr Fadl)", in
# quotes or not: 'Ali Mohamud Rage ("Ali Dheere"), …')


LAW_WORD_RE = lazy(r"(?i)\b(?:law|act|code|decree|order|treaty|convention|constitution|kanunu|ley|loi|gesetz|lei|legge)\b")


def person_with_alias(text: str) -> bool:
    """Whether ``text`` opens on a person's name, then another person's name they go by in brackets ("Sayyid Imam
    al-Sharif (Dr Fadl), …"); a body and its name in another language, "Example Media Cell (Khaliyat al-Mithal)", is not."""
    alias = NAME_ALIAS_RE.match(text)
    return alias is not None and looks_like_names(alias.group("name")) and not is_organisation(alias.group("name")) \
        and looks_like_names(alias.group("alias")) and not is_organisation(alias.group("alias")) \
        and " v" not in alias.group("name") and " v" not in alias.group("alias") \
        and not LAW_WORD_RE.search(alias.group(0))  # ("Anti-Terror Law (Terörle Mücadele Kanunu), Law No. 3713": a law)


def without_alias(text: str) -> str:
    """"Sayyid Imam al-Sharif (Dr Fadl), …" -> "Sayyid Imam al-Sharif, …"."""
    alias = NAME_ALIAS_RE.match(text)
    return text[: alias.end("name")] + text[alias.end():] if alias else text
# An English translation in brackets right after a quoted or italic title: "“Title in Somali” [Title in English],"
TRANSLATION_AFTER_TITLE_RE = lazy(r"(?<=[’'”\"*»])\s*" + TRANSLATION_BRACKET + r"(?=\s*[,.(])")
# The same in parentheses, as author-date notes print it: '"Zai qingzhu …" (Speech at the rally …). Renmin ribao'
# (never a publication's facts or a date: no year inside)
TRANSLATION_PAREN_AFTER_TITLE_RE = lazy(r"(?<=[’'”\"*»])\s*\((?=\p{Lu})(?![^()]*\b(?:1[5-9]|20)\d\d\b)[^()]{8,200}\)(?=\s*[,.])")


def translation_in_parentheses(text: str) -> regex.Match | None:
    """An English translation in parentheses after a title in another language, else None ("Title" (Reuters) is no
    translation: the title before it is English)."""
    m = TRANSLATION_PAREN_AFTER_TITLE_RE.search(text)
    if m is None:
        return None
    before = text[: m.start()].rstrip("’'”\"*»")
    opening = max(before.rfind(q) for q in "‘'“\"*«")
    title = before[opening + 1:] if opening >= 0 else ""
    translation = m.group(0).strip()[1:-1]
    return m if title and detect(title) not in (None, "en") and detect(translation) == "en" else None


def title_translation(text: str) -> regex.Match | None:
    """The English translation of a title, in brackets or parentheses right after it, else None."""
    found = TRANSLATION_AFTER_TITLE_RE.search(text) if "]" in text else None
    if found is not None and found.group(0).rstrip().endswith(("(eds.)]", "(Eds.)]", "(ed.)]", "(Ed.)]")):
        found = None  # "*Climate Change 2022* [H.-O. Pörtner et al. (eds.)]": the book's editors, as the IPCC prints them
    return found or (translation_in_parentheses(text) if ")" in text else None)


def translation_before_period(text: str) -> int | None:
    """Where the period stands that follows a title's translation in brackets or parentheses and goes on to more facts
    ('"Title" [Translation]. Outlet, …'), else None."""
    found = title_translation(text)
    if found is None or text[found.end():found.end() + 2] != ". " or not text[found.end() + 2:found.end() + 3].isupper():
        return None
    return found.end()


def without_translation(text: str) -> str:
    """``text`` without the English translation set in brackets or parentheses after its title; a period after the
    translation goes inside the title's closing quote, where the title alone would have it ('"Title" [Translation].
    Outlet' -> '"Title." Outlet')."""
    found = title_translation(text)
    if found is None:
        return text
    before, after = text[: found.start()], text[found.end():]
    if after[:1] == "." and before[-1:] in "”\"’'":
        return f"{before[:-1]}.{before[-1]}{after[1:]}"
    return before + after


# A word or two in single quotes after a word of the text: "From Daesh to 'Diaspora'", "the 'caliphate' project"
SCARE_QUOTE_RE = lazy(r"(?<=\p{L}\s)['‘](\p{L}[\p{L}\- ]{0,30}\p{L})['’](?=[\s,.;:]|$)")


# The short name a note gives a work for later notes: " [hereinafter PCLOB Report]", " (hereafter JFKL)", "(en adelante, CVR)"
HEREINAFTER_RE = lazy(rf"(?i)\s*\[{DECLARING}{DECLARING_AS}\s*[,:]?\s*[^\[\]()]{{1,80}}\]"
                      rf"|\s*\({DECLARING}{DECLARING_AS}\s*[,:]?\s*[^\[\]()]{{1,80}}\)(?=\s*\.?\s*$)")  # (the phrases shortnames knows)
# (a parenthesis inside the note, "The National Archives, Kew (hereafter TNA), CO …", names its archive and stays)


# The author saying how the article uses a word: 'By "precursors" I mean …', 'In "Los Chapitos" I include …', 'Throughout, I
# use “junta” for …', 'Here we follow …'
AUTHORS_OWN_USAGE_RE = lazy(r"^(?:\p{L}+,?\s+){0,3}(?:[“\"][^”\"]{1,40}[”\"],?\s+)?(?:I|we)\s+(?:mean|use|include|call|define|"
                            r"treat|translate)\b")  # (no lead to a source: "I rely on …: <citation>" cites one)
# The Official Journal of the European Union by its initials, set in italics: "*OJ* L 172", "*OJ L* 172"
ITALIC_OJ_RE = lazy(r"\*(OJ(?:\s[LC])?)\*")
# The Official Journal named in full before its series and issue, as think tanks print it: "…, *Official Journal of the
# European Union* L 49, 25 February 2022, 1–140" (read as its initials: "…, OJ L 49, 25 February 2022, 1–140")
OJ_SPELT_RE = lazy(r"(?<=,\s*)\*?Official\s+Journal\s+of\s+the\s+European\s+(?:Union|Communities)\*?,?\s+(?=[LC]\s?\d)")


# The label some houses print before a United Nations document's symbol: "UN Doc. S/RES/2098 (2013)", "U.N. Doc.
# A/HRC/39/CRP.2", "UN Document S/2019/800" (the symbol says what the document is; the label adds nothing to read)
UN_DOC_LABEL_RE = lazy(r"(?<![\p{L}.])(?:U\.\s?N\.|UN)\s+[Dd]oc(?:ument)?s?\.?\s+(?=\p{Lu}[\p{Lu}.]{0,9}/[\p{Lu}\d])")


# A remark in brackets after a work, on the state of its page or the day it was read: "11 May 2020 [withdrawn]", "(archived)",
# "p. 9 [accessed 3 June 2020]", as British briefings print them
BRACKET_REMARK_RE = lazy(r"(?i)\s*(?:[\[(](?:withdrawn|archived|superseded|no\s+longer\s+(?:available|online))[\])]|"
                         r"\[(?:last\s+)?(?:accessed|viewed|consulted|retrieved)(?:\s+on)?\s+(?P<day>[^\[\]()]{4,40})\])"
                         r"(?=\s*(?:[.,;]|$))")
# (the day read, in square brackets, where no address precedes it: after one, "(accessed …)" and "[accessed …]" are read
# with it)
BRACKET_REMARK_WORDS = ("ithdrawn", "rchived", "uperseded", "o longer", "ccessed", "iewed", "onsulted", "etrieved")


def without_bracket_remark(text: str) -> str:
    """``text`` without a bracketed remark on its page ("[withdrawn]"), and with the day it was read as a note prints
    it ("[accessed 3 June 2020]" -> ", accessed 3 June 2020")."""
    if ("]" not in text and ")" not in text) or not any(word in text for word in BRACKET_REMARK_WORDS):
        return text
    addressed = "http" in text or "www." in text
    return BRACKET_REMARK_RE.sub(lambda m: m.group(0) if m.group("day") and addressed
                                 else f", accessed {m.group('day').strip()}" if m.group("day") else "", text)


def without_labels(text: str) -> str:
    """``text`` without what labels a work rather than names it, as the judge and the readers both read it: "UN Doc."
    before a symbol, a remark on its page ("[withdrawn]"); the day it was read kept as a note prints it."""
    if " Doc" in text:
        text = without_un_doc_label(text)
    return without_bracket_remark(text)


def without_un_doc_label(text: str) -> str:
    """``text`` with "UN Doc." taken from before a symbol ("UN Doc. S/PV.9350" -> "S/PV.9350")."""
    return UN_DOC_LABEL_RE.sub("", text)


def official_journal_initials(text: str) -> str:
    """``text`` with the Official Journal named by its initials, as the readers know it ("*OJ* L 172", "*Official Journal
    of the European Union* L 49" -> "OJ L 172", "OJ L 49")."""
    if "*OJ" in text:
        text = ITALIC_OJ_RE.sub(r"\1", text)
    if "Official Journal" in text:
        text = OJ_SPELT_RE.sub("OJ ", text)
    return text


def without_hereinafter(text: str) -> str:
    """``text`` without the short name it gives the work: what the work is, read without it."""
    return HEREINAFTER_RE.sub("", text)


@per_article(maxsize=2048)
def _judge(text: str) -> tuple[str | None, tuple[str, ...]]:
    try:
        kind, evidence = _judge_uncached(text)
    except RecursionError:  # a rewrite that reads as itself again: no shape is found, and the note is kept as commentary
        return None, ()
    return kind, tuple(evidence)


# The note a work was cited in, in brackets after a short form: "(note 5)", "(see note 1)", "[n. 3]", "(fn. 2)"; its number
# is the one group (the resolver reads it); German notes write "[wie Fn. 5]" ("as in note 5") and "(siehe Anm. 3)"
NOTE_XREF = r"[\(\[](?:see\s+|cf\.\s+|vgl\.\s+|voir\s+|wie\s+|siehe\s+)?(?:above\s+)?(?:note|n\.?|fn\.|anm\.)\s*(\d{1,4})(?:\s+above)?[\)\]]"
# The note a work was cited in, set off by commas after the name, as Indian and British notes print it: "Baruah, n. 6,
# pp. 144–46", "Raja Mohan, n. 7." (not "vol. 12, n. 3", an Italian journal's issue)
COMMA_NOTE_XREF = r"(?<=(?<!\bvol\.\s?\d{1,4}|\bv\.\s?\d{1,4}),\s{0,2})n\.\s?(\d{1,4})(?=\s*[,;]|\.?\s*$)"
# Latin back-references after a name: "Smith, op. cit., p. 4", "Smith, supra note 3, at 45" (also "*supra*"), "loc. cit.",
# French "art. cit." and "ouvr. cit.", German "a.a.O.", and the note a work was cited in: "Roe (n 1) 50",
# "Roe, above n 5, 22", "Roe, note 5 above", "Roe (note 5), p. 9", "Roe, note 5, p. 9", "Roe, *Title*, see note 5"
LATIN_BACKREF_RE = lazy(r"(?i)[,:]?\s*\*?(?<!\p{L})(?:\(?previously\s+cited\)?|\(?cited\s+above\)?|[oó]p\.\s*cit\.?(?:,?\s+(?:in\s+)?n(?:ote|\.)?\s*\d{1,4})?|(?-i:c\.\s?d\.|i\.\s?m\.)|указ\.\s*соч\.?|ob\.\s*cit\.?|obra\s+citada|loc\.\s*cit\.?|art\.\s*cit(?:ée?|\.)?|ouvr\.\s*cit(?:é|\.)?|supra\*?(?:\s+(?:notes?|nn?\.?)\s*(?:\d+|[ivxlc]{1,7}\b))?(?:,\s*at)?|cit\.|a\.\s?a\.\s?o\.?|"
                        r"a\.\s?w\.|t\.\s?a\.\s?p\.|"  # Dutch "a.w." (the work cited), "t.a.p." (the place cited)
                        r"\(n\.?\s*\d{1,4}\)|" + NOTE_XREF + r"|(?<=,[”\"’*]?\s{0,2})see\s+(?:also\s+)?note\s+\d{1,4}(?:\s+above)?|note\s+\d{1,4}(?=,)|" + COMMA_NOTE_XREF + r"|above\s+n(?:ote)?\.?\s*\d{1,4}(?:,\s*at)?|n(?:ote)?\.?\s*\d{1,4}\s+above)\*?(?=[\s,.;]|$)")


# A preposition that opens a note's prose before a quoted term, where a short form would print a name: 'On "data voids,"
# see …', 'For "lawful but awful," see …', 'Sobre «guerra híbrida», véase …'
LEAD_PREPOSITIONS = frozenset("on for about regarding concerning in sobre sur zu über su sul".split())


def _person_then_words(names: str, titled_only: bool = False) -> bool:
    """"Miles Jackson, Complicity in International Law": a person's name, then words no name is made of (a title, where a
    body's name would be read: "Miles Jackson, Complicity in International Law (2015)" is a book, not a body's short form)."""
    first, _, rest = names.partition(", ")
    return bool(rest) and looks_like_names(first) and (not titled_only and not looks_like_names(rest) or len(rest.split()) >= 3
                                                        and any(w.lower() in NON_NAME_SMALL_WORDS for w in rest.split()[1:]))
    # (or a title's small words among capitals a list of names would read as names: "MILES JACKSON, COMPLICITY IN
    # INTERNATIONAL LAW")


NON_NAME_SMALL_WORDS = legal.TITLE_SMALL_WORDS - {"and"}  # (a title's small words, but "and": "Roe, Doe and Poe")


def without_latin(text: str) -> str:
    """"Smith, op. cit., p. 4" -> "Smith, p. 4": what is left is an ordinary short form."""
    # ("Roe, supra note 3, at 1630" -> "Roe, 1630": the comma before "at" is kept, else a page reads as a year)
    return LATIN_BACKREF_RE.sub(lambda m: "," if m.group(0).endswith("at") else "", text).strip()


# One surname with nothing else: "Dell", "Felbab-Brown", "O'Neil", "García Márquez" excluded (two words may be a name)
SURNAME_ONLY_RE = lazy(r"\p{Lu}[\p{Ll}'’]*(?:[-'’]\p{Lu}?\p{Ll}+)*")


# The first author's family name of one or two words and "et al.": "Gerson et al.", "Caballero Espejo et al."
SURNAME_ET_AL_RE = lazy(r"(?P<family>\p{Lu}[\p{Ll}'’]*(?:[-'’]\p{Lu}?\p{Ll}+)*(?:\s+\p{Lu}[\p{Ll}'’]*(?:[-'’]\p{Lu}?\p{Ll}+)*)?),?\s+"
                        r"et\s+al\.?")


def _surname_et_al(before: str) -> bool:
    """"Caballero Espejo et al." names the first author by family name alone (a two-word family whose first word is no given
    name: "Jane Roe et al." names her in full)."""
    m = SURNAME_ET_AL_RE.fullmatch(before) if "et al" in before else None
    return m is not None and (" " not in m.group("family") or not is_given_name(m.group("family").split()[0]))


# A body, its report's unmarked title, then the report's code: "Example Administration, 2020 Example Assessment,
# EXA-DCT-DIR-008-21, March 2021" or "… Assessment (EXA-DCT-DIR-007-20), December 2019"
UNMARKED_TITLE_CODE_RE = lazy(r"^(?P<who>\p{Lu}[^,“”\"*()]{2,120}),\s+(?P<title>[^,“”\"*()]{3,200}?)(?:,\s+|\s+\()"
                              r"(?P<code>[A-Z]{2,6}(?:-[A-Z0-9]{1,8}){2,6})\)?,\s+(?P<rest>\S.{0,200})$")


def unmarked_title_code(text: str) -> regex.Match | None:
    """The body, unmarked title, code and the rest of a report cited with its code after its title; or None."""
    coded = UNMARKED_TITLE_CODE_RE.match(text.strip())
    if coded is None or not organisation_name(coded.group("who")) or not REPORT_NUMBER_RE.fullmatch(coded.group("code")):
        return None
    return coded


# A cross-reference to an earlier note and nothing else: "footnote 9" (after "See"), "note 15, above", "See footnote 12."
# The note a work was cited in, with no name before it, then the page cited: "*Supra* note 1, at 17", "Note 1 above, at 481"
NOTE_BACKREF_PIN_RE = lazy(r"(?i)\*?(?:see\s+)?\*?(?:supra\*?\s+(?:note|n\.?)\s*\d{1,4}|(?:note|n\.?)\s*\d{1,4}\s+(?:above|supra))\*?"
                           r",?\s*(?:at\s+)?(?:pp?\.\s*)?[\dxivlc]{1,6}(?:\s*[-–]\s*[\dxivlc]{1,6})?\.?")
NOTE_ONLY_RE = lazy(r"(?i)(?:(?:see|véase|vease|ver|voir|cfr\.|cf\.)\s+(?:also\s+|también\s+|aussi\s+)?)?(?:[*_]?supra[*_]?,?\s+)?"
                    r"(?:foot)?(?:notes?|notas?)\s+(?P<note>\d{1,4})(?:,?\s+(?:above|supra|[*_]supra[*_]|arriba|más\s+arriba|"
                    r"ci-dessus|plus\s+haut))?\.?")
# (Spanish and French: "Véase *supra*, nota 7.", "Ver nota 1 supra.", "Voir note 4 ci-dessus.")


# A pointer to a part of the article itself: "See annex 14.", "See annexes 7–12", "See table 3 and figure 2."
_PART = r"(?:annex(?:es)?|appendix|appendices|tables?|figures?|figs?\.|charts?|maps?|boxes|box|sections?|chapters?|parts?)"
INTERNAL_XREF_RE = lazy(rf"(?i)(?:see\s+(?:also\s+)?)?(?:(?:the\s+)?text\s+(?:to|at|accompanying)\s+(?:nn?\.?|notes?)\s*\d{{1,4}}"
                        rf"(?:\s*[-–]\s*\d{{1,4}})?(?:\s+(?:above|below|supra|infra))?\.?|"  # "See text to n 6 above."
                        rf"(?:(?:above|below)[,:]?\s+)?"  # "See above, chapter 3.", "See below, section V, “Legal Standards.”"
                        rf"(?:the\s+)?{_PART}\s+[\dIVXLA-H][\w.]{{0,6}}(?:\s*[-–]\s*[\w.]{{1,6}})?"
                        r"(?:,?\s*[“\"‘][^”\"’]{2,80}[”\"’])?"  # (the part's own title, quoted)
                        rf"(?:(?:,\s*|\s+and\s+)(?:{_PART}\s+)?[\dIVXLA-H][\w.]{{0,6}}(?:\s*[-–]\s*[\w.]{{1,6}})?){{0,4}}"
                        r"(?:\s+(?:below|above|of\s+this\s+(?:report|article|chapter)))?\.?)")


# A title mark or a digit: the words before "see annex 2" that have neither name no work of their own
INTERNAL_TITLE_OR_DIGIT_RE = lazy(r'[*“"\d]')


# The author of the entry before, as ABNT and bibliographies print it at an entry's start: "______. Title. …", "———. Title",
# "Id. Title. …", "IDEM. Title. …" (a title follows, not a page: "Id. at 45", "Idem, p. 3" are the work before)
SAME_AUTHOR_ENTRY_RE = lazy(r"^(?:(?:_{3,}|—{2,}|-{3,})[.,]?|Id\.|Idem\.|IDEM\.|ID\.)\s+(?=[*“\"«\p{Lu}])")


def same_author_entry(text: str) -> str | None:
    """An entry opened by the mark for the author named before, written with a stand-in author ("IDEM, Idem. Title. …", which
    the resolver gives that author), or None."""
    m = SAME_AUTHOR_ENTRY_RE.match(text) if text[:1] in "_—-Ii" else None
    if m is None or len(text) - m.end() < 30 or ". " not in text[m.end():] or not bibstyle.YEAR_RE.search(text, m.end()):
        return None
    return "IDEM, Idem. " + text[m.end():]



def ibid_of_another_day(text: str) -> regex.Match | None:
    """"Ibid., minute by Harcourt, 18 Mar. 1883.", "Ibid., fo. 130, Roe to Doe, 17 Aug. 1819.", "Ibid., 20 Mar. 1922.": the
    same file or diary, another document or entry of it by its day (a folio cited before the rest); None otherwise."""
    m = IBID_DATED_RE.match(text.strip()) if text[:2].lower() in ("ib", "id") else None
    if m is None:
        return None
    rest = m.group("rest")
    pinned = PINPOINT_END_RE.search(rest) if "," in rest else None  # "Ibid., Order of 28 March 2024, para. 51."
    rest = rest[: pinned.start()] if pinned else rest
    found = dates.find_date(rest)
    return m if found is not None and len(found.parts) == 3 and found.span[1] >= len(rest.rstrip(" .")) - 1 else None


# A collaborator in brackets after the author: "Gilles KEPEL (avec Antoine JARDIN), …", "Jane Roe (with John Doe), …"
PAREN_COAUTHOR_RE = lazy(r"(?P<a>\p{Lu}[^()]{2,80}?)\s+\((?P<with>avec|with|con|mit)\s+(?P<b>\p{Lu}[^()]{2,80}?)\)(?=,)")


# The part of a document cited, closing a note: ", para. 51", ", paras 12–14", ", p. 4", ", pp. 4–6"
PINPOINT_END_RE = lazy(r",\s*(?:paras?\.?|pp?\.)\s*\d{1,5}(?:\s*[-–]\s*\d{1,5})?\.?\s*$")


def _judge_uncached(text: str) -> tuple[str | None, list[str]]:
    if not text or len(text) < 3:
        return None, []
    if len(text) < 120 and INTERNAL_XREF_RE.fullmatch(text):
        return None, []  # "See annex 14.", "See table 3 and figure 2.": a part of the article itself, no work
    if len(text) < 120 and (at := text.lower().rfind("see ")) > 0 and not INTERNAL_TITLE_OR_DIGIT_RE.search(text[:at]) \
            and INTERNAL_XREF_RE.fullmatch(text[at:]):
        return None, []  # "For our method, see Annex 1.": prose, then a part of the article itself
    if text[:1] in "_—-Ii" and (entry := same_author_entry(text)) is not None and (judged := _judge_uncached(entry))[0] == "full":
        return "full", [*judged[1], '"______. Title. …", "Id. Title. …": a work of the author named before']
    if ibid_of_another_day(text) is not None:
        return "ibid", ['"Ibid., <document>, <day>" -> ibid: another document of the same file, or its entry of that day']
    if text[:1] in "SA" and "apport" in text and french_parliament.report(text) is not None:
        return "full", ['"<Sénat|Assemblée nationale>, …, rapport n° <number>, <day>" -> a parliamentary report']
    if "(" in text[:100] and (joint := PAREN_COAUTHOR_RE.match(text)) is not None:
        kind, evidence = _judge_uncached(f"{joint.group('a')} {joint.group('with')} {joint.group('b')}{text[joint.end():]}")
        if kind is not None:  # "Gilles KEPEL (avec Antoine JARDIN), *Terreur …*": a collaborator in brackets, an author too
            return kind, evidence
    if IBID_RE.match(text):
        return "ibid", ['"Ibid." -> ibid']
    if "/" in text and " " not in text.strip() and primary.SCHEMELESS_ADDRESS_RE.fullmatch(text.strip().rstrip(".,;")):
        return "full", ["an address without its scheme"]  # "amnesty.org/en/documents/…": the note is the page it names
    if text[:1] in "fFsSvVcC" and ("ootnote" in text or text[:4].lower() == "see " or "ota" in text or "ote" in text) \
            and NOTE_ONLY_RE.fullmatch(text):
        # ("Roe, *Title*, see note 3": the note a short form names, part of it; "note 3" alone is left to the segmenter)
        return "short", ['"(See) footnote <n>" -> the works cited in that note']
    if text[:1] in "*SsNn" and NOTE_BACKREF_PIN_RE.fullmatch(text):
        return "short", ['"Supra note <n>, at <page>", "Note <n> above, at <page>" -> the work cited in that note']
    if ("pinion" in text[:60] or "eclaration" in text[:40]) and JUDGES_OPINION_RE.match(text) is not None:
        return "ibid", ['"(ibid,) Separate Opinion of Judge <name>, para <n>" -> a judge\'s opinion in the judgment cited before']
    if IBID_PART_RE.match(text):
        return "ibid", ['"Ibid., <part> <number>" -> ibid']
    if text[:1] in "IiI*_" and IBID_REMARK_RE.match(text):
        return "ibid", ['"Ibid., citing/quoting …" -> ibid, and where it was cited from']
    if text[:1] in "Ii*_" and IBID_PAGE_THEN_RE.match(text):
        return "ibid", ['"Ibid., <page>, <what on it>" -> ibid']
    if text[:1] in "Ii*_" and IBID_PARTS_RE.match(text):
        return "ibid", ['"Ibid., <part> <number>, <part> <number>" -> ibid']
    if "onstitu" in text[:20] and legal.named_constitution(text) is not None:  # (before the author-date forms: its name
        return "full", ['"<Constitution …> (<year>), art. <n>" -> a constitution']  # and year read as an author's)
    tail = AVAILABILITY_TAIL_RE.search(text) if "http" in text and any(stem in text.lower() for stem in AVAILABILITY_STEMS) else None
    if tail is not None and tail.start() > 8 and _judge_uncached(text[: tail.start()])[0] == "short":
        return "short", ['a short form, then where the work may be found ("…, cit., p. 214. Disponibile su: <URL>")']
    if text[:3].isupper() and (unsigned := bibstyle.abnt_unsigned_note_form(text)) is not None:
        kind, evidence = _judge_uncached(unsigned)  # "FACÇÃO amplia presença no Norte. *Folha de S.Paulo*, …"
        if kind is not None:
            return kind, evidence + ["an unsigned story, its first word in capitals"]
    national = bibstyle.rewritten(text)
    if national is not None:  # "PRESTON, Paul: El triunfo …", "GRENDI, Titolo, in «Rivista», …": in the note form
        kind, evidence = _judge_uncached(national[0]) if national[0] != text else (None, [])
        if kind is not None:
            return kind, evidence + [national[1]]
    if "Sales No" in text and (sales := SYMBOL_PAREN_RE.search(text)) is not None and sales.start() > 10:
        return "full", ['"(United Nations publication, Sales No. …)" -> a UN publication with its facts']
    if legal.case_short(text) is not None:
        return "short", ['"<party>, <volume> <reporter> at <page>" -> short form of a case']
    if text[:1].isupper() and ("-" in text[:12] or "/" in text[:12] or ":" in text[:12] or text[:4] == "CRS ") \
            and NUMBER_SHORT_RE.match(text):
        return "short", ['a report number or document symbol alone ("GAO-22-104611, 12") -> short form']
    titled = AUTHOR_YEAR_TITLE_RE.match(text) if "), " in text[:80] and len(text) <= 240 else None
    if titled and looks_like_names(titled.group("names")) and author_date_names(titled.group("names")) \
            and len(titled.group("title").split()) <= 12 and bibstyle.comma_author_date_note_form(text) is None \
            and bibstyle.to_note_form(text) is None:  # ("Jane Roe (2016), Title. London: Example Press, p. 94.": in full)
        return "short", ['"<names> (<year>), <short title>, <page>" -> an author-date short form with its title']
    author_date = AUTHOR_DATE_RE.match(text) if len(text) <= 200 and not TITLE_MARK_RE.search(text.replace(": ", " ", 1)) \
        else None
    if author_date and (looks_like_names(author_date.group("names")) and not _person_then_words(author_date.group("names"), True)
                        or organisation_name(author_date.group("names")) and "(" in text
                        and not _person_then_words(author_date.group("names"))) \
            and author_date_names(author_date.group("names")):
        return "short", ['"<names> <year>, <page>" -> an author-date short form']  # (a body's name before its year in
        # brackets: "Ministry of Defence (2022b), p. 5")
    if primary.may_be_posted(text) and primary.posted_on(text) is not None:
        return "full", ['"<who>, <post>, <platform>, <date>" -> a post']
    if " post" in text and (again := primary.POST_AGAIN_RE.match(text)) and looks_like_names(again.group("who"), max_words=4):
        return "short", ['"<name>, <platform> post" with no date -> short form of a post']
    if "-" in text and "*" not in text and unmarked_title_code(text) is not None:
        return "full", ["a body, an unmarked title and the report's code"]
    if ARCHIVE_RE.match(text) and ARCHIVE_LOCATOR_RE.search(text):
        return "full", ["an archive and a shelfmark or folio -> an archival document"]
    if archival.may_hold(text) and (held := archival.tail(text.strip().rstrip("."))) is not None \
            and (dates.find_date(held[0]) or not held[0]):
        return "full", ["a dated document, then the collection and the archive that hold it -> an archival document"]
    if imagery.image(text) is not None:
        return "full", ["satellite imagery and its provider -> a satellite image"]
    if " op" in text and archival.fond_tail(text) is not None:
        return "full", ["an archive, then a fond, opis' and delo -> a document in a Soviet archive"]
    if primary.post(text) is not None and (dates.find_date(text) or URL_RE.search(text)):
        return "full", ['"Tweet by ...", "Facebook post by ..." with a date -> a post']
    if (text[:1] == "*" or text[:1].isupper()) and (moved := issue_then_title(text)) is not None:
        kind, evidence = _judge_uncached(moved)
        if kind == "full":
            return kind, evidence + ["a periodical's issue, then the title of the piece in it"]
    if any(word in text for word in MEDIA_WORDS) and primary.released_media(text) is not None:
        return "full", ['"<who> video, <date>", "Statement released by <who>, <date>" -> a recording or statement']
    if (release := primary.PRESS_LEAD_RE.match(text)) is not None:
        kind, evidence = _judge_uncached(text[release.end():])
        if kind == "full":
            return kind, evidence + ['"Press Release, <issuer>, …" -> a press release']
    if ("esolution" in text or "RES/" in text or " res." in text) and primary.un_resolution(text) is not None:
        return "full", ['"<body> resolution <number> (<year>)" -> a United Nations resolution']
    if primary.frus(text) is not None:
        return "full", ['a document printed in Foreign Relations of the United States, or a volume of it']
    if "/" in text[-90:] and (code := TRAILING_CODE_RE.search(text)) is not None and code.start() > 20:
        kind, evidence = _judge_uncached(text[: code.start()])
        if kind == "full":
            return "full", evidence + ["a document's number after its facts"]
    if interview_on_air(text) is not None:
        return "full", ['"<who>, interview on <programme>, <network>, <date>" -> an interview given on air']
    if primary.may_be_un_document(text) and primary.un_document(text) is not None:
        return "full", ['a United Nations press release, meeting record or presidential statement by its number']
    if (numbered := without_eu_number(text)) is not None:  # "Council of the EU, Council Conclusions on …, <date>, 8396/21"
        kind, evidence = _judge_uncached(numbered[0])
        if kind == "full":
            return kind, evidence + [f'"{numbered[1]}" numbers a document of the European Union']
    if primary.may_be_eu_act(text) and primary.eu_act(text) is not None:
        return "full", ['"<Regulation/Directive/Decision> (EU) <number>, OJ …" -> an act of the European Union']
    if " Deb" in text and primary.hansard(text) is not None:
        return "full", ['"HC Deb <day>, vol <n>, col <n>" -> a parliamentary debate']
    if ("data" in text or "Data" in text) and primary.dataset(text) is not None:
        return "full", ['"<name> data/dataset/database" with when it was consulted -> a dataset']
    if primary.untitled_broadcast(text) is not None:
        return "full", ['"<broadcaster>, <kind of programme>, <date>" -> an untitled broadcast']
    if primary.untitled_document(text) is not None:
        return "full", ['"<body>, <kind of document>, <date>" -> an untitled document']
    if primary.field_notes(text) is not None:
        return "full", ['"Author\'s field notes, <place>, <date>" -> unpublished notes']
    if primary.letter(text) is not None:
        return "full", ['"Letter from <sender> to <recipient>, <date>" -> a letter']
    if primary.briefing(text) is not None:
        return "full", ['"<… Press Conference on <date>>, <body>" -> a briefing']
    if untitled_speech(text) is not None:
        return "full", ['"<speaker>, address to <audience>, <place>, <date>" -> a speech']
    if " v" in text and (written := primary.filing_in_full(text)) is not None and written[0] != text:
        kind, evidence = _judge_uncached(written[0])  # "Gov't Ex. 1500.1, United States v. …": the filing's name written out
        if kind == "full":
            return kind, evidence
    filed = primary.court_document(text)
    if filed is not None and filed[1] != text and _judge_uncached(filed[1])[0] == "full":
        return "full", ['"<court document>, <party> v. <party>, ..." -> a court document']
    case = primary.legal_case(text)
    if case is not None and (case.date or case.publisher):
        return "full", ['"<party> v. <party>" with a court or a date -> a court case']
    if primary.ruling(text) is not None:
        return "full", ['"<court>, <ruling>" with a date or number -> a court\'s ruling']
    if primary.may_be_treaty(text) and primary.treaty(text) is not None:  # (a treaty named alone with its article is
        # left to the short-form reader: it may have been cited before)
        return "full", ['"<treaty>, adopted/signed <date>, …" -> a treaty']
    if text[:3].isupper() and legal.abnt_law(text) is not None:
        return "full", ['"BRASIL. Lei nº <n>, de <day>. <summary>." -> a law as ABNT cites it']
    if ("P.L." in text or " Act of " in text or "Pub. L." in text) and legal.crs_law(text) is not None:
        return "full", ['"<Act> of <year> (P.L. <n>, §<n>)" -> a public law']
    if legal.statute(text) is not None:
        return "full", ['a code section or public law -> a statute']
    if legal.canadian_statute(text) is not None:
        return "full", ['"<Act>, RSC <year>, c <chapter>" -> a statute']
    if legal.neutral_case(text) is not None:
        return "full", ['"<party> v <party>, <year> <COURT> <n>" -> a case by its neutral citation']
    if text[:1] in "LDGOA" and legal.national_law(text) is not None:
        return "full", ['"<Legge> <day>, n. <n>" or "<Gesetz> vom <day>, BGBl." -> a national law']
    if legal.german_reporter(text) is not None:
        return "full", ['"<reporter> <volume>, <page>" -> a German court\'s decision by its official reporter']
    if ("Case" in text[:40] or "Caso" in text[:60] or "PCA Case" in text or "I.C.J." in text or "ICJ Rep" in text) \
            and legal.international_case(text) is not None:
        return "full", ['"Case C-<n>/<yy>" or "PCA Case No." -> an international case']
    if " Op. " in text and legal.legal_opinion(text) is not None:
        return "full", ['"<title>, <volume> Op. O.L.C. <page> (<year>)" -> a legal opinion']
    if "Const." in text and legal.constitution(text) is not None:
        return "full", ['"U.S. Const. amend. <n>" -> the Constitution']
    if text[:4] in ("Hear", "hear") and congress.dated_hearing(text) is not None:
        return "full", ['"Hearing on …, <committee>, <date> (statement of <witness>)" -> a witness\'s statement']
    if " before " in text and congress.testimony(text) is not None:
        return "full", ['"<statement> of <witness> before <committee>, <date>" -> a speech']
    if (", PP " in text or ", P.P. " in text or "Parliamentary Papers" in text) and hansard.sessional_paper(text) is not None:
        return "full", ['"<title>, PP <year>, <volume> (Cd. <n>)" -> a sessional paper']
    if ("Deb" in text or "Hansard" in text or "Official Report" in text or "ébats" in text) and hansard.debates(text) is not None:
        return "full", ['"Hansard, HC Deb, vol. <n>, <date>, cols. <n>" -> parliamentary debates']
    if (" No." in text or " NO." in text) and (text[:2] in ("H.", "S.") or " Rep. " in text or " REP. " in text) \
            and congress.chamber_report(text) is not None:  # ("S. REP. NO. 94-755", "<committee>, <title>, S. Rep. No. …")
        return "full", ['"H.R. Rep. No. <n>, at <page> (<year>)" -> a report of the chamber']
    if "Cong" in text and (congress.hearing(text) or congress.record(text) or congress.bill(text)) is not None:
        return "full", ['"116th Cong." with a hearing or statement, or "Cong. Rec." -> Congress']
    if "(" in text and oscola.command_paper(text) is not None:
        return "full", ['"<who>, <title> (Cm <n>, <year>)" -> an official paper by its number']
    if "(" in text or "[" in text or " Act" in text or "SI " in text:  # British: "(Publisher 1998)", "[1901] 2 Ch 88", "Act 1932"
        british = oscola.note_form(text)
        if british is not None and british != text and _judge_uncached(british)[0] == "full":
            return "full", ['an OSCOLA book, article or chapter ("(Example University Press 1998)")']
        if (" v " in text or " v. " in text) and oscola.case(text) is not None:
            return "full", ['"<party> v <party> (<year>) <report> <page>" -> a court case']
        if (" Act" in text or "SI " in text) and oscola.act(text) is not None:
            return "full", ['"<Short Title> Act <year>, s <n>" or "… Order <year>, SI <year>/<n>" -> legislation']
    law_review = legal.article_note_form(text)
    if law_review is not None and law_review != text and _judge_uncached(law_review)[0] == "full":
        return "full", ['"<author>, <title>, <volume> <journal> <page> (<year>)" -> a law-review article']
    book = legal.book_note_form(text)
    if book is not None and book != text and _judge_uncached(book)[0] == "full":
        return "full", ['"<author>, <title> <page> (<edition> <year>)" -> a book (Bluebook)']
    periodical = legal.periodical_note_form(text)
    if periodical is not None and periodical != text and _judge_uncached(periodical)[0] == "full":
        return "full", ['"<author>, <title>, <outlet> (<date>)" -> a piece in a periodical or on a site (Bluebook)']
    facts = bibstyle.comma_facts_note_form(text) or bibstyle.unmarked_journal_article_note_form(text)
    if facts is not None:  # "Carlos Iván Ejemplo, La guerra en los Andes, Lima, IEP, 2010, pp. 45-46."
        return "full", ["names, title, place, publisher and year set off by commas"]
    if (review := bibstyle.review_note_form(text)) is not None:  # "Jane Roe, review of *Title*, by John Doe, *Journal* …"
        kind, evidence = _judge_uncached(review) if review != text else (None, [])
        if kind == "full":
            return kind, evidence + ["a book review, by its reviewer"]
    if bibstyle.comma_author_date_note_form(text) is not None:  # "OECD (2020), States of Fragility 2020, OECD Publishing"
        return "full", ["names, the year in parentheses, then title, publisher and place set off by commas"]
    if bibstyle.body_place_year_note_form(text) is not None:  # "Defensoría del Pueblo, Informe Defensorial N.° 167, Lima, 2014"
        return "full", ["a body, its title, place and year set off by commas"]
    if (" No" in text[-30:] or " N°" in text[-30:] or " Nº" in text[-30:]) and text.count(",") >= 1 \
            and (series := SERIES_AND_NUMBER_END_RE.search(text.rstrip(" ."))) is not None \
            and len(text[: series.start()].strip()) >= 8:
        return "full", ['"<title>, <series> No. <n>" -> a numbered paper of a series']  # "Jane Roe, Title, NBER Working
        # Paper No. 12345", "Crisis Group, Title, Africa Report No. 216": the paper, whose number is no page
    if (report := bibstyle.body_report_note_form(text)) is not None:  # "Jane Roe, Title, RAND Corporation, RR-1253-A, 2016"
        kind, evidence = _judge_uncached(report) if report != text else (None, [])
        if kind == "full":
            return kind, evidence + ["names, a title, the body that issued it and the date set off by commas"]
    entry = bibstyle.to_note_form(text)
    if entry is not None and entry != text:  # "Degregori, Carlos Iván. Qué difícil es ser Dios. Lima: IEP, 2011."
        kind, evidence = _judge_uncached(entry)
        if kind == "full":
            return kind, evidence + ["a note written as a bibliography entry"]
    lowered = text.lower()
    if ("cit" in lowered or "supra" in lowered or "соч" in lowered or "a.o" in lowered or "a. o" in lowered or "(n" in lowered or "note " in lowered
            or ", n." in text or "a.w" in lowered or "t.a.p" in lowered or "c. d" in text or "i. m" in text or "c.d" in text or "i.m" in text
            or "above" in lowered or "anm." in lowered or "fn." in lowered) \
            and LATIN_BACKREF_RE.search(text):
        rest = without_latin(text)
        if rest != text and rest:
            kind, evidence = _judge_uncached(rest)
            if kind == "short":
                return "short", evidence + ['"op. cit."/"supra" -> short form']
            if kind == "full" and evidence[:1] == ['"interview" wording -> interview'] and not dates.find_date(rest):
                return "short", ['"Interview with <who>, op. cit." -> short form of an interview']
            if kind is None and _backref_head(text):  # "Example Group Africa Report N°281, op. cit.", no page
                return "short", ['"<name or title>, op. cit." -> short form']
    if ("nterv" in text or "ntrevist" in text or "ntretien" in text) and name_first_interview(text) is not None:
        return "full", ['"<who>, interview (with the author), <place>, <date>" -> interview']
    if INTERVIEW_SHORT_RE.match(text) and not dates.find_date(text):
        return "short", ['"<who>, interview." with no place or date -> short form of an interview']
    if (spoken := SPOKEN_SHORT_RE.match(text)) is not None and looks_like_names(spoken.group("who")):
        return "short", ['"<who>, testimony, <page>" -> short form of what the speaker said']
    if may_be_interview(lowered[:200]) and interview_words(text[:200]) \
            and (dates.find_date(text) and not METHOD_NOTE_RE.match(text) or len(text) < 250 and not interview_in_prose(text)) \
            and not ("interviewed" in lowered and (SENTENCE_OPENER_RE.match(text) or INTERVIEWED_THEN_VERB_RE.search(text[:240]))) \
            and not (" on " in lowered[:120] and DRAWS_ON_INTERVIEWS_RE.match(text)):
        # ("This is consistent with the assessment of two officials interviewed by the author in January 2024": prose)
        return "full", ['"interview" wording -> interview']
    wrapped = quote_inside_title(text) if has_quote(text) and "*" not in text else None
    if wrapped is not None:  # 'Example Group, Speaking with the "Bad Guys": Toward Dialogue, …'
        kind, evidence = _judge_uncached(wrapped) if wrapped != text else (None, [])
        if kind is not None:
            return kind, evidence + ["a quotation inside an unmarked title"]
    regs = spans.regions(text)
    masked = spans.mask(text, regs)
    titles = [r for r in regs if r.kind in ("quote", "italic")]
    has_url = bool(URL_RE.search(text))
    pub = any(r.kind == "paren" and _pub_like(text[r.start:r.end]) for r in regs)
    if pub:
        return "full", ["publication parenthetical (Place: Publisher, Year)"]
    date = dates.find_date(spans.mask(text, titles, " ")) if titles else dates.find_date(masked)

    def volume() -> bool:  # asked only where a date alone does not settle it
        return bool(VOLUME_RE.search(masked))

    if titles:
        first = titles[0]
        before = text[: first.start].strip().rstrip(",").strip()
        before = HANDLE_AFTER_NAME_RE.sub("", before) if "(@" in before or "[@" in before else before
        before = PROGRAMME_ROLE_RE.sub("", before) if ", " in before else before  # "Jane Roe, host, “Episode,” …"
        before = SPOKEN_KIND_END_RE.sub("", before) if ", " in before else before  # "Ashton Roe, testimony, “Hearing …,”"
        before = without_office(before) if before[:1].isupper() and before.count(" ") >= 2 else before  # "Secretary of …"
        after = text[first.end:].strip(" ,.")
        after_wo_loc, loc, _ = strip_locator(", " + after) if after else ("", None, None)
        after_wo_loc = after_wo_loc.strip(" ,")
        if after_wo_loc and len(after_wo_loc) < 16 and VOLUME_ONLY_RE.fullmatch(after_wo_loc):
            after_wo_loc = ""  # "CVR, *Informe final*, t. II, p. 130": a volume is no publication fact
        name_ok = not before or before.lower() not in LEAD_PREPOSITIONS and (looks_like_names(before, max_words=60)
                                                                             or organisation_name(before)) \
            or speaker(before, whole=True) is not None or numbered_lead(before) is not None \
            or STATEMENT_OF_GROUP_RE.match(before) is not None or ", " in before and body_list(before) is not None \
            or before[:1] == "@" and HANDLE_FIRST_RE.fullmatch(before) is not None \
            or before.count(", ") == 1 and inverted_name_before_title(before)  # "Remarks by ...", "@handle", "Salazar, Alonso"
        volume_page = bool(loc and ":" in loc)  # "Brenner, *Salzhandel*, 2:33": volume 2, page 33, no journal
        if date and not loc and len(after_wo_loc) == 4 and after_wo_loc.isdigit() and not has_url \
                and (SURNAME_ONLY_RE.fullmatch(before) or SURNAME_LIST_RE.fullmatch(before) or SURNAME_PAIR_RE.fullmatch(before)
                     or _surname_et_al(before)) \
                and not organisation_name(before):  # ("Coibion, Gorodnichenko, and Weber, “Title,” 1561": family names alone)
            # 'Dell, "Trafficking Networks," 1760': a surname alone names a work cited before, and the number
            # after its title is a page (journals run past page 1500), as a first citation names its author in full
            return "short", ["a surname, a title and a number: a short form and its page"]
        if name_ok and (date or has_url or volume() and not volume_page or (after_wo_loc and _outlet_like(after_wo_loc))) \
                and not (first.kind == "quote" and PROSE_VERB_AFTER_RE.match(text, first.end)):
            return "full", ["title followed by publication facts"]
        if has_url and first.kind == "italic":
            return "full", ["italic title with a URL"]
        if name_ok and before and loc and IN_BOOK_AFTER_RE.match(after):  # '…, “Chapter,” en Las rondas campesinas, 227-269'
            return "full", ['a chapter "in" a book cited before, with its pages']
        if name_ok and "(" in after and (SYMBOL_PAREN_RE.search(after) or NUMBER_LABEL_PAREN_RE.match(after)):
            return "full", ['a sales number or document symbol after the title: "(United Nations publication, Sales No. …)"']
        if before.endswith(",") is False and text[: first.start].rstrip().endswith(",") and date \
                and date.span[0] > first.end and len(date.parts) >= 2 and after_wo_loc.startswith(date.text[:3]):
            return "full", ["an unmarked title before its outlet and a date"]
        if before and name_ok and not after_wo_loc:
            return "short", ["name and title with no publication facts -> short form"]
        if not before and not after_wo_loc and (loc or len(text) - (first.end - first.start) < 6):
            return "short", ["title alone with a page -> short form"]
        if date and LEGAL_START_RE.match(text):  # "Ley N.° 30506, publicada en *El Peruano* el 9 de octubre de 2016"
            return "full", ["a law or decree with its date"]
        return None, []
    core, loc, label = strip_locator(text.rstrip("."))
    core = core.strip().rstrip(".")
    if core and len(core.split()) <= 6 and looks_like_names(core, max_words=6):
        return "short", ["a name alone" + (" with a page" if loc else "") + " -> short form"]
    if has_url and len(text) < 400:
        return "full", ["a URL"]
    if (date or "(" in text) and newspaper_issue(text):
        return "full", ["a periodical's issue: outlet and date"]
    if loc and not label and core and "," not in core and len(core.split()) >= 3 and _strict_title_case(core, years=True) \
            and not (date and len(date.parts) >= 2) and not core.rstrip().endswith(NUMBER_LABELS):  # ("… N.° 167": a number)
        return "short", ["a title in title case and a page -> short form"]  # "Defense of Japan 2023, 15"
    if loc and label and core and _title_like(core) and not (date and len(date.parts) >= 2) \
            and not ("/" in core and DOCUMENT_SYMBOL_RE.search(core) and len((dates.find_date(core) or _NO_DATE).parts) >= 2):
        # (a UN document dated by its day is cited in full)
        return "short", ["a title with a page -> short form"]  # a short form gives no month or day
    name, _, short_title = core.partition(", ")
    short_title = ROLE_AFTER_NAME_RE.sub("", short_title)  # "Stern, ed., Shining and Other Paths, 4"
    if loc and short_title and looks_like_names(name, max_words=4) and _title_like(short_title) \
            and len(short_title.split()) <= 8 and not (date and len(date.parts) >= 2):  # (a short form gives no month)
        return "short", ["a name, a short title and a page -> short form"]
    listed = SURNAME_LIST_RE.match(core) if loc and core.count(", ") >= 2 else None  # (the comma before "and" is optional)
    if listed is not None and core.startswith(", ", listed.end()) and _title_like(rest := core[listed.end() + 2:]) \
            and len(rest.split()) <= 14 and "," not in rest:
        return "short", ["three family names, a short title and a page -> short form"]  # "Roe, Doe, and Poe, The First …, 87",
        # "Roe, Doe and Poe, The First …, 87"
    if not loc and short_title and _surnames_only(name) and _strict_title_case(short_title):
        return "short", ["a family name and a short title in title case, no page -> short form"]  # "Krook, Quotas for Women"
    if not loc and short_title and (_surnames_only(name) or ACRONYM_RE.fullmatch(name)) \
            and _strict_title_case(short_title, years=True) and YEAR_WORD_RE.search(short_title):
        # "IEA, World Energy Outlook 2023.", "Ember, European Electricity Review 2024.": a yearly report named again
        return "short", ["a body or family name and a yearly report's title, no page -> short form"]
    if loc and not short_title and organisation_name(core) and len(core.split()) >= 2:
        return "short", ["an organisation with a page -> short form"]  # "Ministry of the Interior (n 4) 25"
    if short_title and organisation_name(name) and len(name.split()) >= 2 and _title_like(short_title) \
            and len(short_title.split()) <= 8 and "," not in short_title:
        return "short", ["an organisation and a short title -> short form"]
    if date and volume():
        return "full", ["volume/issue and year"]
    if date and short_title and organisation_name(name) and "," in short_title \
            and REPORT_SERIES_RE.search(text[: date.span[0]].rstrip(" ,").rpartition(", ")[2]):
        return "full", ['"<body>, <title>, Report No. <number>, <year>" -> a numbered report']
    if date and len(date.parts) >= 2 and short_title and series_lead(name) is not None:
        return "full", ['"<body> <series> N°<number>, <title>, <date>" -> a numbered publication']
    if date and len(date.parts) >= 2 and _untitled_head_then_outlet(text, date):
        return "full", ["a headline without marks, a news outlet and the day"]
    if date and len(date.parts) >= 2 and _names_title_outlet_date(text, date):
        return "full", ["names, title, outlet and a date, marks lost"]
    if short_title and numbered_lead(f"{name}, {short_title.split(' (', 1)[0].split(', ', 1)[0]}") is not None \
            and (date or dates.find_date(core)):  # its date may sit in parentheses: "(Juliaca, April 2, 2019)"
        return "full", ['"<body>, <Resolution/Decree/Bill No.>, …" with a date -> an official text']
    if "/" in core and DOCUMENT_SYMBOL_RE.search(core) and (date or dates.find_date(core)):  # (its date may be in brackets)
        return "full", ['a United Nations document symbol ("S/2019/454") with a date']
    if date and len(date.parts) >= 2 and short_title and date.span[0] > len(name) + 2 and _dated_document(core, name, date):
        return "full", ['"<body>, <document>, <date>" or a treaty "adopted <date>", marks lost']
    if date and short_title and (closing := closing_date(core)) is not None and closing.span[0] > date.span[1] \
            and _dated_document(core, name, closing):
        # "OHCHR, Report on the events in Moura from 27 to 31 March 2022, May 2023": the days the report covers are in its
        # title; the month that closes the note is when it appeared
        return "full", ['"<body>, <document>, <date>", a date in the title, marks lost']
    if LEGAL_START_RE.match(text) and (date or dates.find_date(text)):  # its date may be in parentheses
        return "full", ["a law or decree with its date"]
    if LAW_DESIGNATION_RE.match(text):  # "Ley N.° 30506.", "Decreto Supremo N.° 012-2019-EM, que aprueba …"
        return "full", ["a law or decree by its number"]
    if date and len(date.parts) >= 2 and SPEECH_START_RE.match(text):
        return "full", ["testimony or a speech, with its date"]
    return None, []


# A newspaper issue cited whole: "El Comercio (Lima), 4 de enero de 1855", "*The Times*, March 3, 1890"
NEWSPAPER_ISSUE_RE = lazy(
    r"^\*?(?P<outlet>(?:[ae][lnrst]-)?[\p{Lu}\p{Han}][^,()*;]{1,60}?)\*?(?:(?<=\*)\s+(?P<bare>\d{1,4})(?=,))?(?:\s*\((?P<place>[^()]{2,40})\))?"
    r"(?:,\s*(?P<town>\p{Lu}[\p{L}.'’-]*(?:\s+(?:de|do|da|del|la|\p{Lu}[\p{L}.'’-]*)){0,3})(?=,\s*(?:\d|\p{L}+\.?\s+\d)))?"
    r"(?:,\s*(?i:issue|no\.|núm\.|n[º°]\.?|nr\.|número)\s*(?P<number>\d{1,4})"
    r"(?:,\s*(?P<issuer>(?:[ae][lnrst]-)?\p{Lu}[^,()*;\d]{2,50}?\s(?i:foundation|media|center|centre|establishment|"
    r"office|agency|institution|publications?)))?)?,\s*(?P<date>[^;]{4,40})$")  # "Voice of X, Issue 22, al-Example Foundation, <date>"


# A periodical's name and its number with no comma between: "Al-Naba no. 241, July 2, 2020", "Dabiq issue 7, <date>"
OUTLET_THEN_NUMBER_RE = lazy(r"(?P<outlet>\*?(?:[ae][lnrst]-)?\p{Lu}[^,()*;\d]{1,40}?\*?)\s+(?=(?i:issue|no\.|n[º°]\.?|nr\.)\s*\d{1,4},)")
# A periodical's name and its number without italics: "al-Naba 280, April 1, 2021" (asked only of known periodicals: "France
# 24" is a channel's whole name)
PLAIN_ISSUE_RE = lazy(r"(?P<outlet>(?:[ae][lnrst]-)?\p{Lu}[^,()*;\d]{1,60}?)\s+\d{1,4},")
# Small words a newspaper's name may hold in lower case: "El Diario de Hoy", "The Times of India"
OUTLET_SMALL_WORDS = frozenset("de del la las el los y e the of and a di du des der die das und am im da do dos".split())


# A known periodical's issue dated in brackets, as journals are cited: "Dabiq, no. 4 (October 2014): 8–9",
# "Rumiyah 3 (November 2016): 10–12"
ISSUE_IN_BRACKETS_RE = lazy(r"^(?:(?P<issuer>\p{Lu}[^,()*;\d]{1,50}?\s(?i:media|foundation|establishment|publications?)),\s+(?=\*))?"
                            r"(?P<outlet>\*?(?:[ae][lnrst]-)?\p{Lu}[^,()*;\d]{1,40}?\*?)(?:,\s*(?:no\.|issue|n[º°]\.?)\s*|\s+)"
                            r"(?P<number>\d{1,4})\s*\((?P<date>[^()]{0,20}?\d{4})\)(?:[:,]\s*(?P<pages>\d{1,4}(?:\s*[-–]\s*\d{1,4})?))?\.?$")


def issue_in_brackets_note_form(text: str) -> str | None:
    """"Dabiq, no. 4 (October 2014): 8–9" as "Dabiq, no. 4, October 2014, 8–9", for a periodical the lists know; else None."""
    m = ISSUE_IN_BRACKETS_RE.match(text.strip()) if "(" in text else None
    if m is None or m.group("outlet").strip("* ").lower() not in KNOWN_NEWS | KNOWN_MAGAZINES \
            and not (m.group("outlet").startswith("*") and m.group("outlet").endswith("*")
                     and not JOURNAL_WORD_RE.search(m.group("outlet"))):
        return None  # (a name in italics is a periodical's, known or not: "*Voice of Khurasan*, no. 14 (2022)")
    pages = f", {m.group('pages')}" if m.group("pages") else ""
    issuer = f", {m.group('issuer').strip()}" if m.group("issuer") else ""  # "Al-Malahem Media, *Inspire*, issue 17 (…)"
    return f"{m.group('outlet').strip()}, no. {m.group('number')}{issuer}, {m.group('date').strip()}{pages}"


def newspaper_issue(text: str) -> regex.Match | None:
    """The outlet, place, number and date of a periodical's issue cited without an article title
    ("El Comercio (Lima), 4 de enero de 1855", "Dabiq, issue 7, February 2015, p. 12"); a page
    after it is left to ``strip_locator``."""
    bracketed = issue_in_brackets_note_form(text) if "(" in text else None
    text = bracketed or text
    if (" no" in text[:60] or " issue" in text[:60] or " n" in text[:60]) and (bare := OUTLET_THEN_NUMBER_RE.match(text)):
        text = f"{bare.group('outlet')}, {text[bare.end('outlet'):].lstrip()}"  # "Al-Naba no. 241, <date>": as "Al-Naba,
        # no. 241, <date>"
    head = text.lstrip(" *").split(",", 1)[0].split("(", 1)[0]
    if head[:3].lower() in ARABIC_ARTICLES:  # "*al-Naba*, issue 45": an Arabic article before the name
        head = head[3:]
    if not (head[:1].isupper() or head[:1] >= "\u2e80") or len(head) > 62 or any(  # ("人民日报": no capitals in Chinese)
            w[:1].islower() and w not in OUTLET_SMALL_WORDS for w in head.split()):
        return None  # the outlet's name comes first, before any comma: a few capitalised words
    core = strip_locator(text.strip().rstrip("."))[0] if "," in text else text
    plain = PLAIN_ISSUE_RE.match(core) if core[:1] != "*" else None
    if plain is not None and (plain.group("outlet").lower() in KNOWN_NEWS or plain.group("outlet").lower() in KNOWN_MAGAZINES):
        core = f"*{plain.group('outlet')}*{core[plain.end('outlet'):]}"  # "al-Naba 280, <date>", "Rumiyah 1, September 2016": as
        # "*al-Naba* 280, <date>"
    m = NEWSPAPER_ISSUE_RE.match(core.strip().rstrip("."))
    if not m:
        return None
    found = dates.find_date(m.group("date"))
    seasonal = found is not None and (m.group("number") or m.group("bare")) and (not found.text[:1].isdigit() or bracketed)
    # ("Summer 2010"; or the year alone in brackets after the number: "*Voice of Khurasan*, no. 14 (2022)")
    if not found or len(found.parts) < (2 if m.group("number") or m.group("bare") else 3) and not seasonal \
            or found.span[0] > 0:
        return None
    outlet = m.group("outlet").strip()
    if any(w[:1].islower() and w not in OUTLET_SMALL_WORDS and w[:3] not in ARABIC_ARTICLES
           for w in outlet.split()):
        return None  # "Compare the accounts in El Comercio": prose before the outlet
    if m.group("number") or m.group("bare") or outlet.lower().removeprefix("the ") in KNOWN_NEWS or NEWS_WORD_RE.search(outlet) \
            or outlet.endswith(("报", "報", "新聞")):  # ("人民日报", "朝日新聞": a paper, as Chinese and Japanese name one)
        return m  # a numbered issue is a periodical's whatever its name ("*al-Naba* 245, July 2020": italics, then its number)
    return None


# Words INTERVIEW_RE needs, one of which must be in the text (lower case) before it is worth running.
INTERVIEW_STEMS = ("interv", "entrev", "entretien", "conversation", "conversaci", "correspondence", "communication", "comunicaci", "author",
                   "gesprek", "samtal",
                   "exchange", "messages with", "message with", "message from", "messages from", "chat", "meeting with", "meetings with", "confidential source",
                   "confidential informant",
                   "focus group", "grupo focal", "grupos focales", "gespräch", "colloqui", "discussion with", "discussions with",
                   "l'auteur", "l’auteur", "al autor", "la autora", "ao autor", " autora", "comunica", "conversa")


# A sentence of prose opens on a pronoun or a count, never a citation: "This is …", "Several officials …", "Two …"
SENTENCE_OPENER_RE = lazy(r"(?i)^(?:this|these|that|those|it|they|several|many|some|most|all|both|such|other|two|three|four|"
                          r"five|six|a\s+few|few)\s+\p{Ll}")


def interview_words(text: str) -> bool:
    """Interview wording outside any title: '“An Interview with Rachid Kassim,” *Jihadology*' is an article."""
    m = INTERVIEW_RE.search(text)
    if m is None or ("“" not in text and '"' not in text and "*" not in text and "«" not in text):
        return m is not None
    return INTERVIEW_RE.search(spans.mask(text, [r for r in spans.regions(text) if r.kind in ("quote", "italic")])) is not None


def interview_in_prose(text: str) -> bool:
    """Interview wording inside a sentence of prose, with no date: "In an interview with the BBC, the commander
    denied this", "estimates based on interviews with defectors" (a citation opens on it: "Author interview with")."""
    if INTERVIEW_FINITE_RE.search(text[:200]):
        return True  # "Interviews were conducted in French and Swahili, with the help of interpreters": how, not whom
    m = INTERVIEW_IN_SENTENCE_RE.search(text[:200])
    return m is not None and PROSE_BEFORE_INTERVIEW_RE.search(text[: m.start()]) is not None


# People "interviewed by the author" as the subject of a verb: "Officials interviewed by the author in Bamako said the same"
INTERVIEWED_THEN_VERB_RE = lazy(r"(?i)\binterviewed\s+(?:by\s+(?:the\s+)?(?:authors?|me|us|this\s+author)\s+)?"
                                r"(?:(?:in|at|during|between|since)\s+[^,.;]{2,40}?\s+)?(?:believed|said|says|stated|confirmed|"
                                r"agreed|argued|thought|expected|described|reported|noted|told|denied|claimed|insisted|doubted|"
                                r"feared|saw|spoke|were|was|had|did|would|could|expressed|estimated|suggested|acknowledged|"
                                r"(?-i:\p{Ll}{3,}ed))\b")  # (any verb in the past: "… interviewed by the author attributed it to …")
# A note on how the interviews were held, no one named: "Interviews were conducted under the Chatham House Rule between
# September 2019 and March 2020; …" (not "Interviews were conducted with coca farmers, VRAEM, May 2013": who was heard)
METHOD_NOTE_RE = lazy(r"(?i)^(?:(?:all|the|my|our)\s+)?interviews\s+(?:were|have\s+been|had\s+been)\s+(?:conducted|held|carried\s+out)"
                      r"(?![^;:]{0,120}?\bwith\b)")
# "interviews" as the subject of a sentence's verb: "Interviews were conducted …", "The interview took place …"
INTERVIEW_FINITE_RE = lazy(r"(?i)\b(?:interviews?|conversations?|discussions?)\s+(?:(?:of\s+(?:this|that|these|such)\s+(?:kind|type|sort)|like\s+(?:this|these))\s+)?"
                           r"(?:were|was|are|is|ha(?:ve|s|d)\s+been|took\s+place|lasted)\b"
                           # ("Interviews of this kind were conducted on condition of anonymity": how, not whom)
                           # … or of a verb of what they showed: "Interviews suggested that …", "Interviews with
                           # displaced persons in Maiduguri confirmed this account"
                           r"|^(?:(?:my|our|the|these|such|other|further)\s+)?interviews\b[^.;:]{0,120}?\s(?:suggest(?:s|ed)?|"
                           r"show(?:s|ed)?|indicat(?:es|ed)|confirm(?:s|ed)?|reveal(?:s|ed)?|point(?:s|ed)?\s+to|made\s+(?:it\s+)?clear|"
                           r"corroborat(?:es|ed)|support(?:s|ed)?|describ(?:es|ed)|highlight(?:s|ed)?|echo(?:es|ed))\s"
                           # … or what is said of the interview just cited: "Interview conducted on condition of anonymity.",
                           # "Interview notes on file with the author."
                           r"|^interviews?\s+(?:conducted|held|carried\s+out|given|granted)\s+(?:on|under|in|with)\s+(?:the\s+)?"
                           r"(?:condition|confidence|anonymity|background|promise|understanding)"
                           r"|^interviews?\s+(?:notes?|transcripts?|recordings?|records?)\s+(?:are\s+|is\s+)?(?:on\s+file|in\s+the\s+"
                           r"(?:author|possession)|kept|held\s+by)")


# A sentence saying what another's work rests on: "The report draws on interviews with twenty-three women …", "He
# relies on interviews with elders in 1968" (what the interviews were, not a citation of one; "This section draws on
# interviews …" and "… conducted by the authors" are the article's own, cited as its sources)
DRAWS_ON_INTERVIEWS_RE = lazy(r"(?i)^(?:the|his|her|their|its|he|she|it|they)\b(?![^.;:]{0,160}\bby\s+the\s+authors?\b)[^.;:]{0,80}?\s"
                              r"(?:draws?|drew|relies|relied|rely|(?:is|are|was|were)\s+based|builds?|built|rests?|rested|"
                              r"depends?|depended)\s+(?:on|upon)\s+(?:[\p{L}-]+\s+){0,3}?interviews?\b")
# "interview(s) with/by" inside a sentence
INTERVIEW_IN_SENTENCE_RE = lazy(r"(?i)\binterview(?:ed|s)?\s+(?:by|with)\s")
# Words of prose before it: "In an", "based on", "according to", "during"
PROSE_BEFORE_INTERVIEW_RE = lazy(r"(?i)(?:^|\s)(?:in|an|a|on|based|according|during|from|through|his|her|their|its|this|that|"
                                 r"several|many|recent|numerous|multiple|repeated)\s")


# The person heard named first, then the interview: "Jane Roe, interview with the author, Lima, <date>",
# "Ricardo Ejemplo, entrevista, Lima, <date>", "Jane Roe, telephone interview, <date>"
NAME_FIRST_INTERVIEW_RE = lazy(
    r"^(?P<who>\p{Lu}[^,;:“\"*()]{1,80}?),\s+(?P<genre>(?i:(?:personal|telephone|phone|skype|zoom|video|recorded|in-person|"
    r"author['’]?s?)\s+)?(?i:interview|entrevista|entretien|intervista)(?:\s+(?:telef[oó]nica|personal))?)"
    r"(?:\s+(?i:with|con|avec)\s+(?i:the\s+authors?|el\s+autor|la\s+autora|los\s+autores|l['’]auteur|l['’]autore))?"
    r"(?=,\s*\S)")


# A person's interview given to a body or a paper, named first: "Yahya Abu al-Example, interview with Example Information
# Agency (EIA), January 2013"
INTERVIEW_GIVEN_TO_RE = lazy(r"^(?P<who>\p{Lu}[^,;:“\"*()]{1,80}?),\s+interview\s+(?:with|to)\s+(?!the\s+authors?\b)"
                             r"(?P<body>\p{Lu}[^,;“\"*()]{1,80}?(?:\s+\(\p{Lu}{2,8}\))?)(?=,\s*\S)")


# A person heard on a programme, named first: "Frank Roe, interview on Meet the Press, NBC, August 17, 1975"
INTERVIEW_ON_AIR_RE = lazy(r"^(?P<who>\p{Lu}[^,;:“\"*()]{1,80}?),\s+(?:(?:(?:televised|radio|television|TV)\s+)?interview\s+on|"
                           r"declaraciones\s+(?:a|en)|entrevista\s+(?:en|a|con))\s+"
                           r"(?P<programme>\*?\p{Lu}[^,;“\"()]{1,80}?\*?),\s+(?:(?P<network>\p{Lu}[^,;“\"()]{1,40}?),\s+)?"
                           r"(?P<date>[^;()]{4,30}?\d{4})\.?$")


# The same in Spanish, the statements named first: "Declaraciones del general Jorge Roe, director de la Policía Nacional, a
# Caracol Radio, 25 de octubre de 2021"
STATEMENTS_TO_RE = lazy(r"^(?i:declaraciones|entrevista)\s+(?:del?|de\s+la)\s+(?P<who>[^,;:“\"*()]{3,80}?),\s+"
                        r"(?:[^,;:“\"*()]{3,80}?,\s+)?(?:a|en)\s+(?P<programme>\*?\p{Lu}[^,;“\"()]{1,60}?\*?),\s+"
                        r"(?:(?P<network>\p{Lu}[^,;“\"()]{1,40}?),\s+)?(?P<date>[^;()]{4,30}?\d{4})\.?$")


def interview_on_air(text: str) -> regex.Match | None:
    """The parts of an interview or statements given on a broadcast programme or to a station, the person heard named
    first ("Frank Roe, interview on Meet the Press, NBC, <date>", "Jorge Roe, declaraciones a Caracol Radio, <date>") or
    after the statements ("Declaraciones del general Jorge Roe, director …, a Caracol Radio, <date>"); None otherwise."""
    if " interview on " in text or " declaraciones " in text or " entrevista " in text:
        m = INTERVIEW_ON_AIR_RE.match(text.strip())
    elif text[:4] in ("Decl", "Entr"):
        m = STATEMENTS_TO_RE.match(text.strip())
    else:
        return None
    if m is None or dates.find_date(m.group("date")) is None:
        return None
    who = without_office(m.group("who").strip()) if m.re is STATEMENTS_TO_RE.compiled() else m.group("who")
    return m if looks_like_names(who) else None


def name_first_interview(text: str) -> str | None:
    """The note rewritten with the interview first ("Interview with Jane Roe, Lima, <date>") when it names the person
    heard and then the interview, with a date after; None for anything else."""
    m = NAME_FIRST_INTERVIEW_RE.match(text.strip())
    if m is None and (given := INTERVIEW_GIVEN_TO_RE.match(text.strip())) is not None and looks_like_names(given.group("who")) \
            and organisation_name(given.group("body")) and not known_outlet(given.group("body")) \
            and dates.find_date(text[given.end():]) is not None:
        # "Yahya Abu al-Hammam, interview with Nouakchott Information Agency (ANI), January 2013": the person heard, and the
        # agency or paper that heard him
        return f"{given.group('who')}, interview by {given.group('body')}{text.strip()[given.end():]}"
    if m is None or not looks_like_names(m.group("who")) or dates.find_date(text[m.end():]) is None \
            or has_quote(text) or "*" in text:
        return None  # ('Jane Roe, interview, “Episode,” *Podcast*, <date>': an interview someone published, read as such)
    return f"{m.group('genre')[:1].upper()}{m.group('genre')[1:]} with {m.group('who')}{text.strip()[m.end():]}"


# A group's statement named before its quoted title: "Al-Example statement, “Regarding the Attack …,” <outlet>, <date>"
STATEMENT_OF_GROUP_RE = lazy(r"^(?P<who>\p{Lu}[^,;:()“\"*]{1,60}?)\s+(?P<genre>statement|claim(?:\s+of\s+responsibility)?|"
                             r"communiqu[ée]|(?:audio|video)\s+(?:statement|message)|announcement)$")


# A periodical's issue, its day, then the title of the piece cited in it: "Inspire, Issue 17, August 2017, “Train Derail
# Operations,” p. 12", "*Rumiyah*, no. 9, May 2017, “Title”"
ISSUE_THEN_TITLE_RE = lazy(r"^(?P<outlet>\*?\p{Lu}[^,;()“”\"*]{1,40}\*?),\s+(?P<issue>(?i:issue|no\.|n[°º]|número|numéro)\s*\d{1,4}),\s+"
                           r"(?P<date>[^,;()“”\"]{4,25}?\d{4}),\s+(?P<title>[“\"][^“”\"]{3,200}[”\"])(?P<rest>.*)$")


def issue_then_title(text: str) -> str | None:
    """The note with the piece's title first, as notes usually set it, when a periodical's issue and day come before it
    ("Inspire, Issue 17, August 2017, “Train Derail Operations,” p. 12" -> "“Train Derail Operations,” Inspire, Issue 17,
    August 2017, p. 12"); None for any other note."""
    m = ISSUE_THEN_TITLE_RE.match(text.strip()) if "ssue" in text or "o." in text or "°" in text or "º" in text else None
    if m is None or dates.find_date(m.group("date")) is None:
        return None
    title = m.group("title")
    title = title if title[-2:-1] == "," else f"{title[:-1].rstrip('.')},{title[-1]}"
    rest = m.group("rest").lstrip(" ,.")
    return f"{title} {m.group('outlet')}, {m.group('issue')}, {m.group('date')}" + (f", {rest}" if rest else ".")


# A journal's issue, then its months and year with a slash: "*Nueva Sociedad* No 287, 5-6/2020"
ISSUE_MONTHS_SLASH_YEAR_RE = lazy(r"(?<=[\p{L}*])\s+No\.?\s+(?P<issue>\d{1,4}),\s+(?P<m1>\d{1,2})(?:-(?P<m2>\d{1,2}))?/"
                                  r"(?P<year>(?:19|20)\d\d)\b")
SPANISH_MONTHS = ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
                  "noviembre", "diciembre")


def issue_months_spelt(text: str) -> str:
    """``text`` with an issue's months and year written with a slash spelt out, as the readers know them: "*Nueva Sociedad*
    No 287, 5-6/2020" -> "*Nueva Sociedad*, n.º 287, mayo-junio de 2020" (a law's "Ley 6/2004" has no issue before it)."""
    m = ISSUE_MONTHS_SLASH_YEAR_RE.search(text)
    if m is None or not all(1 <= int(month) <= 12 for month in (m.group("m1"), m.group("m2") or m.group("m1"))):
        return text
    months = "-".join(SPANISH_MONTHS[int(month) - 1] for month in (m.group("m1"), m.group("m2")) if month)
    return f"{text[: m.start()]}, n.º {m.group('issue')}, {months} de {m.group('year')}{text[m.end():]}"


def may_be_interview(lowered: str) -> bool:
    return any(stem in lowered for stem in INTERVIEW_STEMS)


# an organisation's acronym standing for its name: "FEPAVRAE", "UNODC"
ACRONYM_WORD_RE = lazy(r"\p{Lu}[\p{Lu}&\-]{2,11}")
# A United Nations document symbol: "S/2022/83", "A/HRC/31/68", "E/CN.7/2016/2"
DOCUMENT_SYMBOL_RE = lazy(r"(?:A|S|E|ST|UNEP|UNW|CRC|CEDAW)/[A-Z0-9.]+(?:/(?:(?:Rev|Corr|Add)\.\d{1,2}|[A-Z0-9.\-]+))+"
                          r"|INFCIRC/\d{1,4}(?:/[\w.]{1,12})*|GOV/\d{4}/\d{1,3}|GC\(\d{1,2}\)/[\w./]{1,20}|NPT/CONF\.[\w./]{1,30}"
                          r"|(?:MSC|MEPC|FAL|LEG|TC)(?:\.\d{1,2})?/Circ\.\d{1,5}(?:/Rev\.\d{1,2})?"
                          r"|O[EA][AS]/Ser\.[A-Z](?:/[IVX]{1,4}(?:\.\d{1,3})?){1,3}(?:,?[ \t]*[Dd]oc\.[ \t]*\d{1,4}(?:/\d{1,4})?(?:[ \t]*(?:rev|corr)\.[ \t]*\d)?)?")
# (the OAS's: "OEA/Ser.L/V/II, Doc. 57", "OAS/Ser.L/V/II.154, Doc. 19", "Doc. 97/24")
# (the IAEA's and the NPT conferences' own: "INFCIRC/214", "GOV/2023/8", "GC(67)/3", "NPT/CONF.2020/CRP.1/Rev.2"; a
# revision, corrigendum or addendum: "S/2020/785/Rev.1"; the IMO's circulars: "MSC.1/Circ.1405/Rev.2")
# A chapter's book named after the chapter's title, as a later chapter of a volume cited before is:
# "in Las rondas campesinas y la derrota de Sendero Luminoso, 227-269", "en Degregori, Las rondas campesinas, 227"
IN_BOOK_AFTER_RE = lazy(r"(?:in|en|dans|em|im)\s+\*?\p{Lu}")
# A later citation of a report by its number or a document by its symbol, with a pinpoint:
# "GAO-22-104611, 12.", "GAO-14-704G, principle 7.", "GAO-15-593SP.", "S/2020/1301, para. 60."
NUMBER_SHORT_RE = lazy(
    rf"^(?P<number>{AUDIT_NUMBER}|{DOCUMENT_SYMBOL}|{DOCTRINE_NUMBER}|{OFFICIAL_NUMBER}|{STANDARD_NUMBER}|{CRS_NUMBER})"
    r"(?:,\s*\p{Lu}[\p{L}’'\- ]{2,60}(?=,\s*(?:pp?\.\s*)?(?:[A-Z]{1,4}-)?[\dxivlc]))?"  # ("FM 3-24, Counterinsurgency, 5-2")
    r"(?:,\s*(?:annex|appendix)\s+[A-Z\d]{1,4})?"  # ("S/RES/2231, annex B, para. 3": a part of the document, then its paragraph)
    r"(?:,\s*(?:(?:pp?\.|paras?\.|principles?|chap\.|ch\.|sec\.|§)\s*)?(?:[A-Z]{1,4}-)?[\dxivlc][\w.\-–]*)?\s*\.?$")
# ("FM 3-0, 1-9.", "JP 3-0, II-3.": a doctrine publication cited again by its number and the page of its chapter)
# A United Nations sales number or an organisation's document symbol in parentheses after a title:
# "(United Nations publication, Sales No. E.21.XI.8)", "(E/INCB/2020/1)", "(LC/PUB.2021/2-P/Rev.1)"
# A document's number in parentheses, labelled: "(Index: AFR 62/3921/2021)", "(ISBN: 978-…)", "(Report No. 12-2020)"
NUMBER_LABEL_PAREN_RE = lazy(r"(?i)\((?P<label>(?:ai\s+)?(?:index|isbn|issn|doi|ref|report\s+no|doc(?:ument)?(?:\s+no)?)\b\.?)"
                             r"\s*:?\s*(?P<number>[^()\s][^()]{0,60})\)")
SYMBOL_PAREN_RE = lazy(r"\((?:United\s+Nations\s+publication,\s+)?(?:Sales\s+No\.\s+[A-Z]{1,2}\.\d{2}\.[IVXL]{1,5}\.[A-Z0-9.]{1,8}"
                       rf"|{DOCUMENT_SYMBOL})\)")
# A treaty and the act that dates it: "Example Agreement (…), adopted March 4, 2018", "opened for signature"
TREATY_RE = lazy(r"(?i)\b(?:agreement|convention|treaty|protocol|charter|covenant|accord|acuerdo|convenio|tratado|"
                 r"convención|pacto|traité)\b")
TREATY_DATE_RE = lazy(r"(?i)\b(?:adopted|signed|opened\s+for\s+signature|concluded|entered\s+into\s+force|adoptad[oa]|"
                      r"suscrit[oa]|firmad[oa]|adopté)(?:\s+(?:on|at|el|le|in)\b[^,]{0,40})?,?\s*$", regex.REVERSE)
# What may follow a document's date: "mimeo", "unpublished", "on file with the author"
AFTER_DOCUMENT_DATE_RE = lazy(r"(?i)^[\s,.]*(?:(?:mimeo(?:graph)?|unpublished|typescript|manuscript|draft|internal\s+document|"
                              r"documento\s+interno|inédito)[\s,.]*)?$")


def closing_date(core: str) -> dates.FoundDate | None:
    """The month or day that closes ``core`` after its last comma ("…, May 2023"), at its place in ``core``."""
    head, sep, tail = core.rpartition(", ")
    found = dates.find_date(tail) if sep else None
    if found is None or len(found.parts) < 2 or found.span[0] > 0:
        return None
    at = len(head) + len(sep)
    return dates.FoundDate(found.parts, (found.span[0] + at, found.span[1] + at), found.text)


def _dated_document(core: str, name: str, date: dates.FoundDate) -> bool:
    """An unmarked document of a body, dated to the month or day at its end ("Fiscalía Provincial de
    Ejemplo, Carpeta Fiscal N.º 123-2019, October 2019"; "FEPAVRAE, Pliego de reclamos, Kimbiri, 15 de
    agosto de 2013, mimeo"), or a treaty dated by its adoption."""
    if not AFTER_DOCUMENT_DATE_RE.match(core[date.span[1]:]):
        return False
    if TREATY_RE.search(name) and TREATY_DATE_RE.search(core, 0, date.span[0]):
        return True
    return organisation_name(name) and (len(name.split()) >= 2 or ACRONYM_WORD_RE.fullmatch(name) is not None)


def outlet_then_date(text: str) -> bool:
    """"BBC News, 3 March 2022, https://…": a news outlet named alone, then the day of the piece."""
    outlet, sep, rest = text.strip().partition(", ")
    if not sep or not outlet[:1].isupper() or len(outlet) > 60:
        return False
    if not known_outlet(outlet) and NEWS_WORD_RE.search(outlet) is None:
        return False
    found = dates.find_date(rest)
    return found is not None and len(found.parts) >= 2 and found.span[0] == 0


def _untitled_head_then_outlet(text: str, date: dates.FoundDate) -> bool:
    """"Vaca Muerta output hits record high, BBC News, 3 March 2022": a headline without its marks, a news outlet
    and the day; the headline is a phrase of several words, some in lower case (no list of names)."""
    head, sep, rest = text[: date.span[1]].partition(", ")
    words = head.split()
    return bool(sep) and len(words) >= 3 and head[:1].isupper() and any(w[:1].islower() for w in words[1:]) \
        and not looks_like_names(head) and outlet_then_date(rest)


def _names_title_outlet_date(text: str, date: dates.FoundDate) -> bool:
    """"John Smith, Title of Article, New York Times, March 3, 2010": italics and quotes lost (also
    "Example Research Service, Title, CRS Report R45678, updated May 3, 2021, p. 9")."""
    if date.span[1] < len(text.rstrip(" .")) - 1:
        core = strip_locator(text.rstrip(" ."))[0]
        date = dates.find_date(core) if core != text.rstrip(" .") else None
        if date is None or date.span[1] < len(core.rstrip(" .")) - 1:
            return False
        text = core
    parts = UPDATED_RE.sub("", text[: date.span[0]].rstrip(" ,")).split(", ")
    return len(parts) >= 3 and (looks_like_names(parts[0]) and len(parts[0].split()) <= 4 or organisation_name(parts[0])) \
        and all(p[:1].isupper() or p[:1] in "¿¡\"“" for p in parts[1:]) and len(text) < 300


# The year then the page of an author-date citation, in its brackets: "2011: 45", "2003, t. IV: 120-135", "2005a: 12"
YEAR_THEN_PAGE_RE = lazy(r"^\s*(?:1[5-9]|20)\d\d[a-z]?\s*(?::|,\s*(?:t\.|vol\.|tomo|cap\.|pp?\.)[^:()]{0,20}:?)\s*[\dxivlc]")


def place_and_publisher_paren(text: str) -> bool:
    """Whether a parenthesis of ``text`` holds a place, a publisher and a year: "(Paris: Paul Dupont, 1909)", the mark of a
    printed work."""
    return "(" in text and ":" in text and any(r.kind == "paren" and ":" in text[r.start:r.end] and _pub_like(text[r.start:r.end])
                                                for r in spans.regions(text))


def _pub_like(paren: str) -> bool:
    """"(New York: Praeger, 1990)", "(Lima: IEP, 1996)", "(Penguin, 1996)", "(2003)" is not enough alone."""
    inner = paren[1:-1]
    if ";" in inner and (reprinted := REPRINT_RE.match(inner.lstrip())) is not None:
        inner = inner.lstrip()[reprinted.end():]  # "(1776; repr., London, 1904)": the reprint's facts, after the first year
    if ":" in inner and NUMBER_LABEL_PAREN_RE.match(paren):
        return False  # "(Index: AFR 62/3921/2021)": a document's number
    if YEAR_THEN_PAGE_RE.match(inner):
        return False  # "(2011: 45)", "(2003, t. IV: 120-135)": an author-date citation's year and page
    if ":" in inner and YEAR_OR_ND_RE.search(inner):
        return True
    if "," in inner and (firm_first := PUBLISHER_PLACE_YEAR_RE.match(inner.strip())) is not None \
            and (publishing_city(firm_first.group("place")) or known_place(firm_first.group("place"))
                 or firm_first.group("state") and firm_first.group("place").istitle()) \
            and (BOOK_PUBLISHER_RE.search(firm_first.group("firm")) or firm_first.group("firm").isupper()  # ("INE")
                 or not (publishing_city(firm_first.group("firm")) or known_place(firm_first.group("firm")))):
        return True  # "(Hurst, London, 2018)", "(Princeton University Press, Princeton, NJ, 2018)": the publisher, then its
        # town, as African Affairs prints them
    return bool(PUBLISHER_YEAR_RE.match(inner.strip()) or NO_PLACE_YEAR_RE.match(inner.strip())
                or THESIS_PAREN_RE.match(inner.strip()))


# A first edition's year (alone or closing its facts) before a reprint's facts: "1882; repr.,", "Senior, 1880; repr.",
# "1950; reimpr."
REPRINT_RE = lazy(r"(?i)\[?(?:1[5-9]\d\d|20\d\d)\]?\s*;\s*(?:repr(?:int(?:ed)?)?|reimpr(?:esión)?|reed(?:ición)?)\.?\s*,?\s*")
# A series of papers and a paper's number closing a citation: ", NBER Working Paper No. 12345", ", Africa Report N° 216"
SERIES_AND_NUMBER_END_RE = lazy(r",\s+(?:(?:\p{Lu}[\p{L}&.'’-]*|and|of|for|on|the|&)\s+){0,8}(?i:reports?|papers?|briefs?|briefing|studies|study|notes?|"
                                r"series|analysis|commentary|books?|monographs?|bulletin|memo)\s+(?:No|Nr|N°|Nº)\.?\s*\d[\w./-]{0,12}$")
# A series' name and "No." before a number ending a citation: "Briefing Book No. ", "Analysis Paper No. " (not ", no. ":
# an item of a volume)
SERIES_NUMBER_BEFORE_RE = lazy(r"(?<=\p{L})\s+(?:No|Nos|Nr)\.\s*$")
# A volume's number and colon before the page cited, a space between: ", 2: 245"
VOLUME_COLON_END_RE = lazy(r",\s*(?P<volume>\d{1,2}):\s+$")
# A thesis's facts in brackets: "(PhD diss., Ohio State University, 2008)", "(master's thesis, Example University, 2015)"
THESIS_PAREN_RE = lazy(r"(?i)^(?:ph\.?\s?d\.?|doctoral|master['’]?s|m\.\s?a\.|m\.\s?phil\.|ma|mphil)\s+"
                       r"(?:diss(?:ertation)?\.?|thesis)(?:,\s*[^()]{2,120})?,\s*(?:1[5-9]\d\d|20\d\d)$")


# Facts that say none is printed: "(n.p., 2004)", "(n.p., n.d.)", "(s.l., s.f.)", "(s.l.: s.n., 1998)"
NO_PLACE_YEAR_RE = lazy(r"(?i)^(?:n\.\s?p\.|s\.\s?l\.)(?:[:,]\s*(?:n\.\s?p\.|s\.\s?n\.|\p{Lu}[^,:]{1,60}))?,\s*"
                        r"(?:1[5-9]\d\d|20\d\d|n\.\s?d\.|s\.\s?f\.)$")


def _outlet_like(text: str) -> bool:
    """What follows a title looks like an outlet or a publisher, not prose."""
    words = text.split()
    return 0 < len(words) <= 12 and text[:1].isupper() or text.startswith("*") or text.lower().startswith("in ")


def has_quote(text: str) -> bool:
    """A double or single quotation mark (an apostrophe inside a word aside)."""
    return '"' in text or "“" in text or "‘" in text or "«" in text or " '" in text


def quote_inside_title(text: str) -> str | None:
    """'Example Group, Speaking with the "Bad Guys": Toward Dialogue, Report No. 276 (…)' with its unmarked title
    set in italics, when a quotation sits inside it: words of the title stand before the quotation, and it goes on
    after it (a quoted title is set off by commas: 'Jane Roe, "Title," Outlet'); or the title opens on the quotation
    and its subtitle follows the colon: 'Example Watch, "All of My Body Was Pain": Sexual Violence …, <date>'."""
    regs = spans.regions(text)
    quote = next((r for r in regs if r.kind == "quote"), None)
    if quote is None or text[quote.end:quote.end + 1] in (",", ".", ";") or text[quote.end - 2:quote.end - 1] in (",", "."):
        return None
    before = text[: quote.start]
    if not before.endswith(" ") or before.rstrip()[-1:] in (";", ".") or ", " not in before:
        return None
    if before.rstrip().endswith(","):  # "CARRILLO, Santiago, «Eurocomunismo» y Estado, …": names, then a title opening on
        name = before.rstrip(" ,")  # the quotation and going on in lower case after it
        after = text[quote.end:].lstrip()
        subtitle = after[:2] == ": " and after[2:3].isupper()  # 'Example Watch, "All of My Body Was Pain": Sexual Violence …'
        if not (after[:1].islower() or subtitle) or after.startswith(("http", "www.")) or not (
                inverted_names(name, capitals=True) or looks_like_names(name, max_words=6) or is_organisation(name)):
            return None
        start = quote.start
    else:
        name, _, lead = before.rstrip().rpartition(", ")
        if not lead[:1].isupper() or len(lead.split()) > 8 or not (is_organisation(name) or looks_like_names(name, max_words=6)):
            return None
        start = len(name) + 2
    masked = spans.mask(text, regs)
    paren = masked.find(" (", quote.end)
    if start == quote.start and text[quote.end:].lstrip()[:1] == ":":
        if paren > 0:
            return None  # "(Place: Publisher, Year)" already closes the title
        # the subtitle runs to the date or the address: "…: Race, Gender, and Nation in Burma, November 16, 2017, https://…"
        comma = masked.find(", ", quote.end)
        while comma > 0 and not (masked.startswith(("http", "www."), comma + 2)
                                 or (found := dates.find_date(text[comma + 2:comma + 40])) and found.span[0] == 0):
            comma = masked.find(", ", comma + 2)
        return f"{text[:start]}*{text[start:comma]}*{text[comma:]}" if comma > 0 else None
    end = -1
    comma = masked.find(", ", quote.end)
    while comma > 0 and (paren < 0 or comma < paren):
        if masked[comma + 2:comma + 3].isupper():  # ", Africa Report No. 276": what follows the title
            end = comma
            break
        comma = masked.find(", ", comma + 2)  # ", 1840-1880": the title goes on
    end = end if end > 0 else paren if paren > 0 else masked.find(", ", quote.end)
    address = min((at for at in (masked.find("http", quote.end), masked.find("www.", quote.end)) if at > 0), default=-1)
    if address > 0 and end > address:  # ('YouTube, "Misinformation" policy page, https://… (accessed …)': a page on the web
        return None  # and its address, no title running over it)
    if end < 0:
        return None
    return f"{text[:start]}*{text[start:end]}*{text[end:]}"


def _backref_head(text: str) -> bool:
    """A note that ends on its "op. cit." (and a page) after what can only be the head of a short form:
    a few words, mostly capitalised, with no day or month of a publication."""
    m = LATIN_BACKREF_RE.search(text)
    if m is None or strip_locator(", " + text[m.end():].strip(" ,.;"))[0].strip(" ,.;"):
        return False  # "GUIMARÃES, op. cit., p. 30, e também NASCIMENTO, …": more follows the back-reference
    core = text[: m.start()].strip(" ,.")
    if not (core[:1].isupper() or core[:1] in "\"“*«") or len(core.split()) > 16:
        return False
    date = dates.find_date(core)
    return not (date and len(date.parts) >= 2) and _title_like(core)


# Words that open a sentence of prose before a comma, never a family name: "However, This Is Not Clear"
PROSE_OPENERS = frozenset("yes no however thus also see indeed still again here there today later finally first second third "
                          "similarly moreover instead likewise nevertheless meanwhile otherwise hence therefore so but and or "
                          "in on at for as by with from ibid id idem cf note notes".split())
# Small words a title in title case keeps in lower case
TITLE_SMALL_WORDS = frozenset("a an the of for and or nor but in on at to by with from into as vs v de del la las los el y "
                              "en et le les des du da do dos das und der die das".split())


def _surnames_only(name: str) -> bool:
    """"Krook", "Cheeseman and Klaas", "Roe, Doe, and Poe": family names alone, as a short form prints them."""
    parts = [p for p in regex.split(r",?\s+(?:and|&)\s+|,\s+", name.strip()) if p]
    return 1 <= len(parts) <= 4 and all(SURNAME_ONLY_RE.fullmatch(p) for p in parts) \
        and parts[0].lower() not in PROSE_OPENERS


def _strict_title_case(text: str, years: bool = False) -> bool:
    """Two to eight words, every one capitalised but the small ones: "Quotas for Women", "How to Rig an Election"
    (with ``years``, a year among them: "Defense of Japan 2023")."""
    words = [w.strip(",:;?!'’\"“”") for w in text.split()]
    words = [w for w in words if w]
    longest = 8
    if years and words and DAY_NAME_RE.fullmatch(words[0]):
        words, text = words[1:], text.split(None, 1)[1] if " " in text.strip() else ""  # "9/11 Commission Report": an
        # event named by its day opens the title
    if years:
        dated = [w for w in words if not YEAR_WORD_RE.fullmatch(w)]
        longest = 8 if len(dated) == len(words) else 14  # (a year closing it, an annual report's long title: "Military and
        words, text = dated, YEAR_WORD_RE.sub("", text)  # Security Developments Involving the People's Republic of China 2023")
    return 2 <= len(words) <= longest and words[0][:1].isupper() and not any(c.isdigit() or c == ":" for c in text) \
        and all(w[:1].isupper() or w.lower() in TITLE_SMALL_WORDS for w in words)


# An event named by its day and month in figures: "9/11", "7/7"
DAY_NAME_RE = lazy(r"\d{1,2}/\d{1,2}")
# What says the number after it numbers a document, not a page: "Informe Defensorial N.° 167"
NUMBER_LABELS = ("N.°", "N.º", "Nº", "N°", "No.", "no.", "núm.", "Núm.", "Nr.", "nr.", "n.")
YEAR_WORD_RE = lazy(r"\b(?:1[89]\d\d|20\d\d)(?:[-–](?:\d{2}|\d{4}))?\b")


_NO_DATE = dates.FoundDate(parts=(), span=(0, 0), text="")


def _title_like(text: str) -> bool:
    words = text.split()
    if not 1 <= len(words) <= 20:
        return False
    capitals = sum(1 for w in words if w.lstrip("¿¡")[:1].isupper())  # ("¿En qué va …?": Spanish opens a question so)
    return capitals >= max(1, len(words) // 3)
