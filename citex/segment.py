"""Cut a note into the pieces that cite works and the commentary around them.

A note is split at top-level sentence ends and semicolons (never inside a quotation,
italics or parentheses).  Each chunk loses its signal phrase ("See", "See also",
"For more on X, see", "Cf.") and is then judged: an ibid, a full citation, a short form,
or commentary.  The judgement keeps its evidence on the piece.
"""
from __future__ import annotations

from dataclasses import replace

import regex

from . import spans
from .lazyregex import lazy
from .model import Note, Piece
from .parse import (
    archival,
    bibstyle,
    dates,
    features,
    french_parliament,
    imagery,
    italian,
    language,
    legal,
    places,
    primary,
)
from .parse.names import body_list, is_given_name, looks_like_names, organisation_name
from .parse.reference import COMMITTEE_WORDS

# "Current figures are summarised in" + title
LEADS_TO_TITLE_RE = lazy(r"(?i)(?:\b(?:in|at|by|from|see|en|dans|editorial|article|artículo|column|columna|op-ed|"
                         r"entitled|titled|titulado|called|llamado)|[,:])$", regex.REVERSE)  # ("y el editorial “Un fallo …”")

# runs of white space
SPACES_RE = lazy(r"\s+")

MAX_NOTE_CHARS = 20_000  # a longer note is read in full but only this much is segmented

# Abbreviations whose period does not end a sentence: "pp. 37", "eds. *Societies*", "U.S. Agencies".
ABBREVIATIONS = frozenset(
    "p pp ed eds trans tr comp vol vols no nos n nn ch chap sec fig op art dr mr mrs ms st jr sr prof gen col lt capt exp expte rad "
    "sen rep gov pres inc co corp ltd bros dept univ esp al vs cf ca c approx repr rev orig ser pt bk sgt adm "
    "jan feb mar apr jun jul aug sep sept oct nov dec mt ft av ave blvd dir coord intro ibid. id. et v vs "
    "vgl vid hrsg hg bd aufl ders dies bzw usw ca cfr t tt núm vv cong rec sess hrg subcomm comm trad éd org orgs dirs sq ss az exec reg stat pub fed div tit supp doc "
    "maj brig cmdr cdr cpl pvt spc ret "  # ranks: "Maj. Gen. Curtis A. Buzzard", "Brig. Gen. Jane Roe"
    "sez pen civ cass eur ct "  # a court's section and name: "Cass. pen., Sez. III", "Sez. Un.", "Eur. Ct. H.R."
    "parl deb "  # "Parl. Deb., 5th ser.": the record of Parliament's debates
    "aktual erg überarb erw bearb neubearb dt jg abs anm drs drucks bgbl br verf "  # German: "2., aktual. Aufl.", "i. Br."
    "trib sent ord cost "  # Italian courts: "Trib. Milano", "Corte cost., sent. 4 dicembre 2019"
    "hum rts wash int'l nat'l dep't gov't comm'n ass'n intel prot resol glob sch envtl crim admin legis stud mil econ ctr "
    "inst assoc transnat'l "  # the Bluebook's abbreviated words: "Hum. Rts. Watch", "Wash. Post", "Int'l Hum. Rts. Clinic"
    "enter entm't mgmt sys techs indus servs invs mfg mktg pharms prods props sols telecomm transp util cmty comput constr "
    "distrib equip exch fed'n hosp grp "  # … and in a party's name: "Thomson Reuters Enter. Ctr. GmbH v. Ross Intel. Inc."
    "cal fla minn tex mich colo conn nev ariz ark ky ala okla kan neb tenn wis wyo mont vt haw pa ga va ann proc"  # a state's code:
    # "Cal. Penal Code § 835a", "Va. Code Ann. § 19.2-59", "Fla. Stat. § 776.012"
    .split()
)
# Words the Bluebook abbreviates in a body's name, whose lower-case forms are words of prose ("off", "am")
CAPITALISED_ABBREVIATIONS = frozenset("Rsch Serv Off Am Acct Sec'y Sec’y Att'y Att’y Gen's Agric Cmty EE".split())  # ("EE. UU.", as the RAE spells the United States)
# Abbreviated given names and titles of South and Southeast Asia, as printed (a capital, then small letters): "Md.",
# "Mohd.", "Muhd.", "Abd.", "Ma." (María), "Hj." and "Hjh." (Haji, Hajjah)
NAME_ABBREVIATIONS = frozenset("Md Mohd Muhd Abd Ma Hj Hjh Iu Ia Yu Ya Zh Kh Ts Sh Shch Dzh Th".split())
# (and the initials transliteration writes with two letters: "V. Iu. Afiani", "Ia. Ia. Etinger", "Th. W. Adorno")
# Sentence end: ". X", "? X", "." followed by a capital, a quote, an asterisk or ¿¡.
SENTENCE_END_RE = lazy(r"\.(?=[ \t]+[\p{Lu}“\"‘'*¿¡(\[])(?![ \t]+(?:DOI|ISBN|ISSN)\b)|[?!](?=[ \t]+[\p{Lu}“\"‘'*¿¡\[])")
# (the work's identifier after its stop goes with it: "…, p. 34. DOI: 10.1596/…")
# (a question or an exclamation before a bracket ends a title, not a sentence: "Hold Your Fire! (podcast)")
# The token before a period: "U.S", "H", "pp", "D.C", "n.d"
TOKEN_BEFORE_RE = lazy(r"(?<![\p{L}.])\.*([\p{L}][\p{L}.]*)$", regex.REVERSE)  # (?<!) starts once per run: linear
# Abbreviated capitalised words up to a number: what follows "Harv." in "112 Harv. L. Rev. 345"
ABBREVIATED_RUN_RE = lazy(r"(?:\s+(?:\p{Lu}(?:[\p{L}'’]{0,6}\.){1,3}|&|\p{Lu}\p{Ll}{2,12}|\p{Lu}\p{Ll}{0,6}['’]\p{Ll}{1,3}|of|in|on)){1,6}"
                          r"\s+\d")  # six words at most ("Harv. J.L. & Pub. Pol'y 117", "Harv. J. on Legis. 1")
# (and with "&" or a whole word among the abbreviations: "105 J. Crim. L. & Criminology 609", "12 Yale J. Int'l L. 45")
# The note a short form was cited in, in brackets after it: " (note 5)", " (see note 1)", " [n. 3]"
NOTE_XREF_AHEAD_RE = lazy(r"(?i)\s*" + features.NOTE_XREF)
# The editors' role after their names: "G. Pasquino (a cura di), La politica italiana. Dizionario …"
ROLE_PAREN_RE = lazy(r"(?i)\s+\((?:(?:eds?|comps?|coords?|orgs?|dirs?)\.|a\s+cura\s+di)\)(?=,)")
# Back-references that end a sentence: "Ibid. Also, ...", "Ebd. Koselleck selbst ..."
IBID_WORDS = ("ibid", "id", "ebd", "ebenda")
# A German ordinal before the word it counts: "des 19. Jahrhunderts", "14. Mai 2013", "2. Auflage"
ORDINAL_BEFORE_RE = lazy(r"(?<!\d)\d{1,2}$")
ORDINAL_NOUN_RE = lazy(
    r"\s+(?:jahrhunderts?|jh\.|auflage|aufl\.|januar|februar|märz|april|mai|juni|juli|august|september|oktober|"
    r"november|dezember|band|kapitel|ed\.|éd\.|edn|edition|édition|edición|wahlperiode|legislaturperiode|sitzung|"
    r"untersuchungsausschuss(?:es)?|senats?|kammer|strafsenats?|aktual\.|überarb\.|erw\.|neubearb\.)(?!\w)", regex.IGNORECASE)
# Words that open a new sentence after a quotation ending in ? or !: '..."Why?" See Smith'
# A plain title's subtitle after its question mark, running on to the facts of publication in brackets
QUESTION_SUBTITLE_RE = lazy(r"[ \t]+(?P<sub>\p{Lu}[^.?!;()*“”\"]{0,200}?)\s*\((?P<facts>[^()]{2,120}?(?:1[5-9]\d\d|20\d\d)[^()]{0,10})\)")
AFTER_QUESTION_RE = lazy(r"(?i)^(?:see|cf\.|also|for|but|this|these|he|she|they|it|in|on|however|ibid)\b")

# An italic Ibid. closing a sentence: "*Ibid.* Also, ..."
IBID_ITALIC_RE = lazy(r"(?i)^\*(?:ibid|id)\.\*$")
# Signal phrases before a citation: "see", "see also", "for example, see", "cf.", "quoted in"; Italian
# "cfr.", "vedi", "si veda"; Portuguese "veja-se", "apud" (quoted in); German "zitiert nach".
SIGNAL_RE = lazy(
    # French: the works of an author, before the name: "Voir, sur ce point, les remarques de Laurent Bonelli …", "les analyses
    # de F. Burgat, *op. cit.*" (first: "Voir" alone would leave "sur ce point, les remarques de …" to read)
    r"(?:(?<=^)|(?<=[,:;.]\s))(?P<sig>(?i:(?:voir|cf\.)(?:,?\s+(?:sur\s+ce\s+point|notamment|aussi|également|en\s+particulier),?)*"
    r"\s+)?(?i:les\s+(?:remarques|analyses|travaux|réflexions|propos|conclusions|critiques|thèses|études|observations|"
    r"développements)\s+(?:de|d['’])))\s*(?=\p{Lu})|"
    # Nueva Sociedad's "v." (véase), at a note's head or after a comma or semicolon, before a name written out: "V. Keymer
    # Ávila: …", "Al respecto, v. Alejandro Velasco: …" (never the "v." of a case, "Roe v. Wade", after no comma)
    r"(?:(?<=^)|(?<=[,;]\s))(?P<sig>[Vv]\.)\s+(?=\p{Lu}\p{Ll}{2,}\s+\p{Lu})|"
    r"(?i)(?:(?<=^)|(?<=[,:;.]\s)|(?<=\s)|(?<=\p{Ll}[—–]))"  # ("… much of it colonial—see Roe, …": an em dash closes an aside)
    r"(?P<sig>(?:for\s+example,?\s+|for\s+instance,?\s+|also,?\s+|and\s+|but\s+)?"
    r"(?:see|cf\.|cf(?=\s+(?-i:\p{Lu}))|cfr\.|compare|véanse|véase|veanse|vease|ver|vid\.|voir|vgl\.|vedi|si\s+veda|"
    r"veja(?:-se)?|e\s+também|e\s+ainda|bem\s+como|aparece\s+em|siehe|so\s+schon|jfr\.?|см\.|ср\.|(?-i:Se)(?=\s+(?-i:\p{Lu})|\s+(?:även|också|også|bl\.|t\.\s?ex|f\.\s?eks|blant|især|særlig))|zie|bkz\.|vidi)"  # (Scandinavian, Dutch, Turkish, BCS)
    r"(?:,?\s+(?:also|especially|esp\.|generally|for\s+example|e\.g\.|eg(?!\p{L})|further|among\s+others|however|though|"
    r"in\s+particular|more\s+recently|most\s+recently|above\s+all|notably|inter\s+alia|for\s+instance|similarly|likewise|"
    r"por\s+ejemplo|también|tambien|además|entre\s+otros|especialmente|sobre\s+todo|par\s+exemple|aussi|"
    r"notamment|en\s+particulier|auch|etwa|insbesondere|dazu|hierzu|ferner|z\.\s?b\.|anche|ad\s+esempio|in\s+particolare|"
    r"tra\s+gli\s+altri|também|por\s+exemplo|em\s+sentido\s+contrário|ook|hierover|daarover|o\.\s?a\.|onder\s+meer|bijvoorbeeld|vooral|"
    r"även|också|også|bl\.\s?a\.|t\.\s?ex\.|f\.\s?eks\.|blant\s+annet|bilhassa|örneğin|например|также|в\s+частности))?"
    r"|quoted\s+in|cited\s+in|as\s+cited\s+in|reprinted\s+in|reproduced\s+in|"
    # ("The debate between the two is summarized in Roe, pp. 15-19": a work named after a verb of reporting)
    r"(?:summari[sz]ed|discussed|reviewed|described|detailed|documented|examined|analy[sz]ed|surveyed|recounted)\s+"
    r"(?:at\s+length\s+|further\s+|in\s+detail\s+)?in|"
    # Italian: "per una ricostruzione si rinvia comunque a Roe, …"
    r"(?:si\s+)?rinvi[ao](?:\s+(?:comunque|anche|inoltre|qui|senz['’]altro))?\s+(?:a|ad|al|alla|ai|agli|alle)(?=\s)|"
    r"(?:drawn\s+from|taken\s+from|draws?\s+(?:here\s+)?on|to\s+draw\s+on)(?![ \t]+(?:(?:the\s+)?(?:author['’]s\s+|own\s+)?"
    r"(?:interviews?|conversations?|fieldwork|field\s+notes|data|surveys?|observations?|testimon)))|"  # ("draws on interviews with
    # twenty women": how the work was made, no work cited)
    r"citado\s+en|citado\s+por|cité\s+(?:dans|par)|"
    # ("… the version reproduced in Roe, pp. 30-33", "This account draws on Roe, p. 4")
    r"on\s+se\s+reportera\s+(?:à|aux)|on\s+(?:consultera|lira)(?:\s+avec\s+profit)?|nous\s+renvoyons\s+(?:à|aux)|"
    r"se\s+reporter\s+(?:à|aux)|(?<=,\s)lire|"  # French: "Pour une synthèse, on se reportera à …", "Sur ce point, lire …"
    r"(?:published|translated|reissued|republished|reprinted|also\s+available)\s+(?:in\s+\p{L}+\s+)?as|"
    r"trans(?:lated)?\.?\s+(?:by\s+)?\p{Lu}[\p{L}.'’\-]+(?:\s+\p{Lu}[\p{L}.'’\-]+){0,3}\s+as|"  # "trans. Elborg Forster as"
    r"(?:english|french|german|spanish)\s+(?:translation|edition|version)\s*:|"
    r"zitiert\s+nach|zit\.\s+n\.|cit\.\s+in|apud)"
    r"[,:]?\s+(?=\S)"
    r"|(?:(?<=^)|(?<=[;；。，,]\s?))(?P<sig>参见|另见|详见|又见|转引自|引自|见)(?=[\p{Han}《\[〔])"  # Chinese: "参见王缉思：《…》"
    # German adverbs that lead to a work, at the head of a note or after its semicolon, perhaps after the topic:
    # "Grundlegend Hanns W. Maull, …", "Zum Begriff grundlegend …", "So auch …", "ferner …", "dagegen …"
    r"|(?<=^\s*)(?:(?i:zum|zur|zu|über|für|im|in)\s+\p{L}+(?:\s+\p{L}+)?\s+)?"
    r"(?P<sig>(?i:grundlegend|so\s+auch|ähnlich\s+auch|ebenso|ferner|dagegen|anders|ähnlich|ausführlich|kritisch|eingehend|"
    r"weiterführend|instruktiv|statt\s+vieler|näher|zuletzt|jüngst)|(?-i:So)(?=\s+\p{Lu}[\p{L}'’\-]+(?:/|,|\s\()))"
    r"\s+(?=\p{Lu}|(?:ein|eine|das|die|der)\s)"  # ("So Born/Leigh (Anm. 4), S. 77": thus they argue)
)
# One of these is in every signal phrase SIGNAL_RE finds (lower case): the search runs only then.
SIGNAL_WORDS = ("see", "cf.", "cf ", "cfr.", "v. ", "remarques", "analyses", "travaux", "réflexions", "thèses", "compar", "véase", "vease", "véanse", "veanse", "ver", "voir", "vgl.", "quoted", "cited",
                "siehe", "so schon", "trans", "translation:", "edition:", "version:",
                "jfr", "zie", "bkz.", "vidi", "см.", "ср.",
                " as ",
                "reprinted", "reproduced", "drawn from", "taken from", "draw",
                "citado", "cité", "zit", "cit. in", "apud", "vedi", "veda", "veja", "vid", "见", "引自",
                "e também", "e ainda", "bem como", "aparece em",
                "reportera", "consultera", "lira", "renvoyons", "reporter", "lire",
                "summari", "discussed", "reviewed", "described", "detailed", "documented", "examined", "analy", "surveyed",
                "recounted", "rinvi", "grundlegend", "so auch", "ebenso", "ferner", "dagegen", "anders", "ähnlich",
                "ausführlich", "kritisch", "eingehend", "weiterführend", "instruktiv", "statt vieler", "näher", "zuletzt",
                "jüngst")
# A signal set in italics, as the Bluebook prints it: "*See*", "*But see*", "*see also*", "*See, e.g.*,", "*Cf.*"
ITALIC_SIGNAL_RE = lazy(r"(?<![*\p{L}])\*(?P<sig>(?i:(?:but\s+)?see(?:\s+also|,?\s+e\.g\.,?|\s+generally)?|cf\.|compare|accord)"
                        r"(?:\s+(?i:id|ibid)\.)?)\*(?!\*)")  # ("*See id.* at 5": the signal and "id." in one italic run)
# A conjunction opening a later citation of a list: "; and Jan Douwe van der Ploeg, ...", "; and his “Title,” …", "; and his
# The Logic of Images … (…)" (a title in plain text)
# "and" set off by a comma before a lead phrase: "…; and, for the earlier period, S/2023/171, paras 145–52"
AND_THEN_LEAD_RE = lazy(r"\s*(?:and|y|et|und),\s+(?=(?:for|on|in|as|from|para|sur|pour|über|zu)\s)")
AND_RE = lazy(r"\s*(?:and|y|et|und|e|with|con|avec|mit|as\s+well\s+as)\s+(?=[\p{Lu}“\"*]|[ae][ln]-\p{L}|(?:his|her|their)\s+(?:[“\"*]|\p{Lu})"  # (and "al-Naba",
              r"|(?:van|von|de|da|del|della|di|du|dos|das|do|ter|ten)\s+(?:(?:der|den|la|los|las)\s+)?\p{Lu})")  # "van Uhm")
# "and" after a short form by "op. cit." and before another: "…, *op. cit.*, p. 201 et suiv., et G. Kepel, *op. cit.*"
OP_CIT_AND_RE = lazy(r"(?<=(?:(?:op|art|loc|ob)\.\s?cit\.\*?|\*_{6,10}\*)(?:,\s*pp?\.\s*\d{1,5}(?:\s*[-–]\s*\d{1,5})?"
                     r"(?:\s+et\s+s(?:uiv|s)\.)?)?),(?=\s+(?:et|and|y|e)\s+(?:\p{Lu}\.(?:-\p{Lu}\.)?\s*){0,3}\p{Lu}[\p{L}'’\- ]{1,40},"
                     r"\s*(?:\*?(?:op|art|loc|ob)\.\s?cit|\*_{6,10}\*))")
# (in the masked text an italic "*op. cit.*" is "*________*")
# Where "apud" ("quoted in") follows a work set out in full: the next work begins there
APUD_CUT_RE = lazy(r"(?<=\w[.,]?)[ \t](?=apud\s+\p{Lu})")
# "Compare X, arts. 14–15, with Y": the comma before "with" ends the first work
# ", and," then a short lead phrase and a capital: where a note's second work begins ("…, 45, and, for a dissenting view,
# Collier, …", "…, and, on the later period, Roe, …")
AND_LEAD_CUT_RE = lazy(r"(?:,|(?<=\)))\s+and,(?=\s+(?:for|on|in|from)\s[^,;]{2,50},\s+[\p{Lu}“\"*])")
# (and after an author-date reference's brackets: "Reinhart and Rogoff (2009, ch. 8) and, on haircuts, Cruces …")
COMPARE_WITH_RE = lazy(
    r"(?i)(?<=\b(?:compare|cf\.|comparar|comparer|vgl\.)\s[^;]{3,200}?)(?:,|[”\"](?=\s)|(?<=\d)(?=\s+with\s))"  # (or a title's closing mark
    # after its comma: 'Compare IOM, “Missing Migrants,” with Roe, …'; or a page, as British notes print it with no comma:
    # "Compare Jane Roe, 'Title' (2015) 91 Example Studies 1 with John Doe, …")
    r"(?=\s+(?:with|con|avec|mit)\s+(?:(?:those|that|the\s+\p{L}+|los|las|el|la)\s+(?:in|of|en|de|del)\s+)?[\p{Lu}“\"*])")
# ", and" between two citations of one sentence: "..., 45–47, and Orin Starn, *Nightwatch* ..."
AND_JOIN_RE = lazy(r"(?:,\s+|(?<=[)”\"])\s+)(?:and|y|e|et|und|as\s+well\s+as)\s+"  # (or after the facts' parenthesis: "…, 2012) and
    # Wolfram …", or a short title's closing mark: 'Parens, “Wagner Group’s Playbook,” and Marten, 195–97')
                   r"(?:(?=\p{Lu})|(?P<prose>(?=(?:the|its|their|his|her|a|an|el|la|los|las|su|sus)\s)))")
# Lead words that may stand before a citation without "see": "For example, Jane Doe, ..."
LEAD_RE = lazy(r"(?i)^(?:for\s+example|for\s+instance|also|e\.\s?g\.|eg|in\s+addition|similarly|likewise),?\s+")


# A quotation opened with the closing mark, as Swedish and Finnish print one: '”Titel”, Dagens Nyheter'
SWEDISH_QUOTE_RE = lazy(r"(?<![\p{L}\d“])”(?=[\p{L}\d])([^“”\n]{1,300}?)”(?![\p{L}\d])")
# A quotation in guillemets pointing inwards, as German and Danish print one: 'Michael Martens, »Merkels Pakt mit Ankara«, in:
# …' (the French «…» point outwards, with spaces inside)
INWARD_GUILLEMETS_RE = lazy(r"(?<![\p{L}\d«»])»(?=[^\s«»])([^«»\n]{1,300}?)(?<=[^\s«»])«(?![\p{L}\d«»])")


# Words of a sentence's verb (in lower case: "May 3" is a month), in the languages notes are written in: prose, not a
# reference
PROSE_VERB_RE = lazy(r"\b(?:is|are|was|were|has|have|had|been|be|do|does|did|can|could|may|might|must|shall|should|will|"
                     r"would|says?|said|argues?|shows?|notes?|suggests?|claims?|refers?|calls?|reads?|came|comes?|ends?|ended|"
                     r"began|collapsed|remains?|seems?|see|[Uu]nfortunately|[Hh]owever|[Tt]hroughout|"
                     r"est|sont|était|fut|a\s+été|es|son|fue|fueron|ha|han|había|ist|sind|war|hat|è|sono|fu)\b")
# A year of the last three centuries
ANY_YEAR_RE = lazy(r"(?<!\d)(?:1[89]|20)\d\d(?!\d)")


def reads_like_a_reference(text: str) -> bool:
    """Whether a note from which no work was read still reads like one: short, its parts set off by commas, a year among
    them, and no verb of a sentence ("Acuerdo Final para la Terminación del Conflicto …, Bogotá, 24 de noviembre de 2016,
    punto 4.1."). Such a note is kept as commentary, and said."""
    stripped = text.strip()
    return 12 <= len(stripped) <= 400 and stripped[:1].isupper() and stripped.count(",") >= 2 \
        and ANY_YEAR_RE.search(stripped) is not None and PROSE_VERB_RE.search(stripped) is None


# A copy of a page kept by a web archive: "https://web.archive.org/web/20230505093012/https://t.me/…", "https://archive.ph/AbC12"
ARCHIVED_COPY_RE = lazy(r"(?i)(?:https?://)?(?:web\.archive\.org/web/|archive\.(?:ph|today|is|li|vn|md|fo)/|webcitation\.org/|"
                        r"perma\.cc/|ghostarchive\.org/)")


# Names in capitals, inverted, then a dash before the title, as Portugal's NP 405 prints them: "TELO, António José – *Título*",
# "BUZAN, Barry; WÆVER, Ole – *Regions and Powers*", "MINISTÉRIO DA DEFESA NACIONAL – *Livro*"
_CAPS_FAMILY = r"\p{Lu}[\p{Lu}'’\-]+(?:\s+(?:DE|DA|DO|DOS|DAS|DEL|E|\p{Lu}[\p{Lu}'’\-]+))*"
NP405_DASH_RE = lazy(rf"(?:^|(?<=;\s))(?:{_CAPS_FAMILY},\s+\p{{Lu}}[\p{{L}}.'’\- ]{{0,60}}?(?:;\s+{_CAPS_FAMILY},\s+\p{{Lu}}[\p{{L}}.'’\- ]{{0,60}}?){{0,5}}"
                     rf"|\p{{Lu}}{{2,}}(?:\s+(?:DE|DA|DO|DOS|DAS|E|\p{{Lu}}{{2,}})){{1,8}})(?P<dash>\s[–—-]\s)(?=[*«“\"\p{{Lu}}])")


# A court named in a sentence of its own, then what it handed down: "Corte Constitucional de Colombia. Sentencia T-025 de 2004"
COURT_SENTENCE_RE = lazy(r"(?P<court>\p{Lu}[^.;:,()]{3,100}?)\.\s+(?=(?:Sentencia|Auto|Fallo|Judgment|Decision|Arrêt|Décision|"
                         r"Urteil|Beschluss|Sentença|Acórdão|Opinión\s+Consultiva|Resolución)\b)")


def segment(note: Note) -> tuple[list[Piece], str | None]:
    """The pieces of ``note`` that cite works (in order) and its commentary text (or None)."""
    text = note.text[:MAX_NOTE_CHARS]
    if "”" in text and SWEDISH_QUOTE_RE.search(text):  # '”Hatet som inte går över”, Dagens Nyheter': Swedish and Finnish
        text = SWEDISH_QUOTE_RE.sub(r"“\1”", text)  # print the closing mark on both sides (as long as before: offsets hold)
    if "»" in text and INWARD_GUILLEMETS_RE.search(text):  # '»Der schmutzige Deal«, in: *Der Spiegel*': a German title,
        text = INWARD_GUILLEMETS_RE.sub(r"“\1”", text)  # read as a title in curly quotes (as long as before: offsets hold)
    if ("]. " in text or "). " in text) and (translated := features.translation_before_period(text)) is not None:
        # '"Nanhai wenti …" [The South China Sea Issue …]. Guoji wenti yanjiu 4: 1–15': the period after a title's
        # translation ends no sentence; read as a comma (as long as before: offsets hold)
        text = f"{text[:translated]},{text[translated + 1:]}"
    if "*" in text and ITALIC_SIGNAL_RE.search(text):  # "*See* *Holder v. …*": the Bluebook italicises its signals
        text = ITALIC_SIGNAL_RE.sub(lambda m: f" {m.group('sig')} ", text)  # (as long as before: offsets hold)
    quoted: list[tuple[int, int, str]] = []
    if "(quoting " in text or "(citing " in text or "(reviewing " in text:
        text, quoted = _inner_authorities_apart(text)  # "…, 345 U.S. 1, 10 (1953) (quoting Totten v. …, 92 U.S. 105 (1876))":
        # two works, the second no part of the first's facts (as long as before: offsets hold)
    if text[:1] in "SsNnFfVvCc" and len(text) < 40 and (pointer := features.NOTE_ONLY_RE.fullmatch(text.strip())) is not None:
        # "See note 12.", "Note 4 above.": the whole note points to another note's works
        return [Piece(note=note.number, index=0, text=text.strip(), span=(0, len(text)), kind="short",
                      evidence=(f'"See note {pointer.group("note")}" -> the works cited in that note',))], None
    if ("– " in text or "— " in text or " - " in text) and (dashes := list(NP405_DASH_RE.finditer(text))):
        for m in dashes:  # "TELO, António José – *Portugal e a NATO*. Lisboa: …": the dash Portuguese NP 405 sets after the
            if ". " in text[m.end():] and not places.known_country(m.group(0).rsplit(",", 1)[-1].strip(" –—-")):
                text = f"{text[: m.start('dash')]}.  {text[m.end('dash'):]}"  # names, read as ABNT's full stop (offsets
                # hold); its sentences follow ("IOM, Libya – Migrant Report, Round 28, …" is a body and a country's report)
    if text[:1] in "_—-Ii" and (entry := features.same_author_entry(text.strip())) is not None \
            and (length := bibstyle.entry_length(entry)) is not None and length >= len(entry.rstrip(" .;")) - 1:
        # "______. Mercados ilegais …. Estudos Avançados, São Paulo, v. 21, …, 2007.": one entry, by the author named before
        body = text.strip()
        return [Piece(note=note.number, index=0, text=body, span=(0, len(body)), kind="full",
                      evidence=('"______. Title. …": a work of the author named before',))], None
    if text[:1] in "SA" and "apport" in text and ";" not in text and french_parliament.report(text) is not None:
        # "Sénat, *Rapport …*, par MM. Christian Cambon et …, n° 729 (2021-2022), 28 juin 2022": one report, whose "MM."
        # ends no sentence
        body = text.strip()
        return [Piece(note=note.number, index=0, text=body, span=(0, len(body)), kind="full",
                      evidence=("a report of the French Parliament",))], None
    if ". " in text[:130] and (court := COURT_SENTENCE_RE.match(text)) is not None:
        joined = f"{text[:court.end('court')]},{text[court.end('court') + 1:]}"
        if primary.ruling(joined) is not None:  # "Corte Constitucional de Colombia. Sentencia T-025 de 2004, …": the court,
            text = joined  # then its ruling, in CIDOB's sentences (as long as before: offsets hold)
    if ": " in text[:90] and (colons := bibstyle.signing_colons(text)):  # "Gustavo Duncan: Los señores …": signed names
        for at in colons:  # as "Gustavo Duncan, Los señores …", the form read everywhere (as long as before: offsets hold)
            text = f"{text[:at]},{text[at + 1:]}"
    regs = spans.regions(text)
    pieces: list[Piece] = []
    commentary: list[str] = []
    for start, end in _conjoined(text, regs, _rejoin(text, chunks(text, regs))):
        if text[start:end].rstrip().endswith((", and,", ") and,")):  # "…, 45, and," before "for a dissenting view, Collier, …"
            end = start + len(text[start:end].rstrip()) - 5
        chunk = text[start:end]
        if len(chunk) < 120 and ("above" in chunk or "below" in chunk) and features.INTERNAL_XREF_RE.fullmatch(chunk.strip()):
            commentary.append(chunk.strip())  # "See below, section V, “Legal Standards.”": a part of the article itself
            continue
        lead, sig, body_start = _signal(chunk, regs, start)
        if lead and TITLE_OR_DIGIT_RE.search(lead):  # "X, *Book* (...), 101, quoted in Y": the work before is cited too
            cited = lead.rstrip(" ,;:")
            kind, evidence = features.judge(cited)
            if kind is not None:
                at = start + len(chunk) - len(chunk.lstrip())
                pieces.append(Piece(note=note.number, index=len(pieces), text=cited, span=(at, at + len(cited)),
                                    kind=kind, evidence=tuple(evidence) + (f'cited before "{sig}"',)))
                lead = None
        conj = AND_RE.match(chunk, body_start) or AND_THEN_LEAD_RE.match(chunk, body_start)
        # "...; and Jan Douwe van der Ploeg, *The New Peasantries*"; "…; and, for the earlier period, S/2023/171, paras 145–52"
        if conj:
            body_start = conj.end()
        body = chunk[body_start:].strip().rstrip(";,").strip()
        offset = start + body_start + (len(chunk[body_start:]) - len(chunk[body_start:].lstrip()))
        if pieces and ("http" in body or "archive." in body) and _archived_copy_only(body):
            commentary.append(chunk.strip())  # "…, May 4, 2020 (removed); Wayback Machine copy at https://web.archive.org/…",
            continue  # "…; archived at https://archive.ph/AbCdE": the work before, as a web archive keeps it, no work of its own
        addressed = _addresses(body) if "http" in body or "www." in body else None
        if addressed is not None:  # "<URL>, <URL>", "<URL> (a remark)", "A sentence. <URL>": the addresses, and prose
            cuts, remark = addressed
            if pieces and ("http" in pieces[-1].text or "www." in pieces[-1].text) \
                    and all(ARCHIVED_COPY_RE.match(body[a:b]) for a, b in cuts):
                commentary.append(chunk.strip())  # "… https://t.me/x/3243. A copy is preserved by the Internet Archive:
                continue  # https://web.archive.org/web/…": the work before again, as archived, no work of its own
            for a, b in cuts:
                pieces.append(Piece(note=note.number, index=len(pieces), text=body[a:b], span=(offset + a, offset + b),
                                    kind="full", prefix=sig, evidence=("an address among prose or other addresses",)))
            commentary.extend(x for x in (lead, remark) if x)
            continue
        kind, evidence = features.judge(body)
        if sig is None and ". " in body and (headed := _abnt_entry_after_lead(body)) is not None:
            # "Os dados apontam na mesma direção: CERQUEIRA, Daniel et al. Atlas …": the sentence, then the entry
            lead = f"{lead} {body[:headed].strip()}".strip() if lead else body[:headed].strip()
            offset += headed
            body, (kind, evidence) = body[headed:], features.judge(body[headed:])
        if kind is None and body[:1] in "SsRrCcAaDd" and (told := REPORTING_BY_RE.match(body)) is not None \
                and (judged := features.judge(body[told.end():].strip()))[0] == "full":
            # "See reporting by RFI, 13 juin 2022, and Le Monde, …": the outlets whose stories are cited
            lead = f"{lead} {told.group(0).strip()}".strip() if lead else told.group(0).strip()
            offset += told.end()
            body, kind, evidence = body[told.end():].strip(), "full", [*judged[1], "citation after a lead phrase"]
        if kind in (None, "full") and sig is None:  # "For example, Jane Doe, ...", "...; also Thomas Ruttig, ..."
            m = LEAD_RE.match(body) if body[:1].lower() in "faeisl" else None  # "For example", "also", "eg", ...
            if m:
                kind2, evidence2 = features.judge(body[m.end():].strip())
                if kind2 in ("full", "ibid") or kind2 == "short" and body[m.end():m.end() + 1].isupper():
                    # the lead words are the citation's signal, as "see also" would be: "eg Doe (n 2) 210"
                    sig = body[: m.end()].strip(" ,").lower()
                    offset += len(body) - len(body[m.end():].lstrip())
                    body, kind, evidence = body[m.end():].strip(), kind2, evidence2
        if (kind is None or kind == "short" and "/" in body[:90]) and sig is None and body[:1].islower():
            # "on the dissidents, Adam Isacson, “A Long Way …,” …"; "for the earlier period, S/2023/171, paras 145–52"
            clause = _lead_clause(body)
            kind2, evidence2 = features.judge(body[len(clause):].strip()) if clause else (None, [])
            if kind2 == "full" or kind2 == "short" and len(clause.split()) <= 6 \
                    and clause.split()[0].lower() in ("for", "on", "in"):  # "for a dissenting view, Collier, Wars, 40–44"
                lead = f"{lead} {clause}".strip() if lead else clause
                offset += len(body) - len(body[len(clause):].lstrip())
                body, kind, evidence = body[len(clause):].strip(), kind2, evidence2
        if kind is None and sig is None and body[:1].isupper() and (clause := _prose_lead(body)) is not None \
                and not places.known_place(body[len(clause):].split(",")[0].strip()):  # ("Reuters in Helsinki, “…”": a dateline)
            kind2, evidence2 = features.judge(body[len(clause):].strip())
            if kind2 == "full":  # "The best introduction is Patrick K. O'Brien, “Title,” …": a sentence, then the names
                lead = f"{lead} {clause}".strip() if lead else clause
                offset += len(body) - len(body[len(clause):].lstrip())
                body, kind, evidence = body[len(clause):].strip(), kind2, evidence2
        if kind in (None, "short") and sig is None and body[:1].isupper() and (prosed := _prose_then_short(body)) is not None:
            # "This is the argument of Jervis, Illogic of American Nuclear Strategy, p. 6.": a sentence, then a short form
            lead = f"{lead} {prosed.strip()}" if lead else prosed.strip()
            offset += len(prosed)
            body, kind, evidence = body[len(prosed):], "short", ["a short form with its page after a lead phrase"]
            offset += len(body) - len(body.lstrip())
            body = body.strip().rstrip(";,").strip()
        if kind is None and sig is None and (drawn := _source_then_remark(body)) is not None:
            # "Authors’ calculation based on UNHCR, “Mediterranean Situation: Italy”, and figures provided by the …": the
            # source between the words that say what was drawn from it and more prose
            clause, cited, remark, kind, evidence = drawn
            commentary.extend(x for x in (lead, clause, remark) if x)
            lead = None
            offset += body.find(cited)
            body = cited
        if kind is None and sig is None:  # "Current figures are summarised in “Cholera,” WHO, ..."
            lead2, body2, kind2, evidence2, at = _from_title(chunk, regs, start)
            if kind2 == "full":
                lead, body, kind, evidence, offset = lead2, body2, kind2, evidence2, at
        if kind is None and sig is None:  # "for a contrary view, Isacson and Poe, “After Plan Colombia,” 16"
            found = _after_lead_phrase(chunk, signalled=SIGNAL_OPENING_RE.match(chunk) is not None)
            if found:
                lead, body, kind, evidence, at = found
                offset = start + at
        elif kind is None or kind == "full" and body[:1].islower() and LOWER_LEAD_IN_RE.match(body):
            # "See the discussion in Merchant, Blood in the Machine, 401–410": the signal vouches for it; "see the essays in
            # David Scott Palmer, ed., The Shining Path of Peru (…)": the words before the names are no part of the title
            found = _after_lead_phrase(body, signalled=True)
            if found:
                phrase, body, kind, evidence, at = found
                lead = f"{lead} {phrase}".strip() if lead else phrase
                offset += at
        remark = TRAILING_REMARK_RE.search(body) if ", " in body and RELATIVE_WORD_RE.search(body) else None
        if remark is not None:  # "See Roe, *Example*, 45, who argues that …": the citation, then a remark on it
            kind2, evidence2 = features.judge(body[: remark.start()])
            if kind2 is not None:
                commentary.append(body[remark.start():].strip(" ,"))
                body, kind, evidence = body[: remark.start()], kind2, evidence2
        alone = IBID_THEN_PROSE_RE.match(body) if kind is None and body[:1] in "Ii*_" else None
        if alone is not None:  # "See ibid. for JNIM's katibas in Burkina Faso": the same work, and a remark on it
            commentary.append(alone.group("prose").strip(" ,."))
            body, kind, evidence = alone.group("ibid"), "ibid", ['"Ibid." then a remark in lower case -> ibid']
        prose = PROSE_AFTER_PAGE_RE.search(body) if kind in (None, "full") and ", " in body else None
        if prose is not None and "http" not in body[prose.end():] and "www." not in body[prose.end():] \
                and (kind is None or REMARK_VERB_RE.match(body, prose.end()) and not any(ch.isdigit() for ch in body[prose.end():])):
            kind2, evidence2 = features.judge(body[: prose.start()]) if kind == "full" or _ends_on_page(body[: prose.start()]) \
                else (None, [])
            if kind2 in ("ibid", "short") or kind2 == "full" == kind:  # "Ibid., 610, and sources cited there"
                commentary.append(body[prose.end():].strip(" ,."))
                body, kind, evidence = body[: prose.start()], kind2, evidence2
        if kind is None and sig is None and pieces and pieces[-1].evidence[:1] in (('"interview" wording -> interview',),
                                                                                  (INTERVIEW_IN_LIST,)) \
                and _another_interviewee(body):
            # "Crisis Group interviews, UN official, New York, 3 March 2024; Western diplomat, Nairobi, 6 March 2024":
            # the list goes on, each person heard with where and when
            kind, evidence = "full", [INTERVIEW_IN_LIST]
            if body.startswith("and "):  # "…; and with a local official (name withheld), <date>": the list's last
                offset, body = offset + 4, body[4:]
        if kind is None and sig is None and pieces and (series := _series_goes_on(body, pieces[-1].text)) is not None:
            # "Crisis Group Asia Report N°283, …; and Asia Briefing N°154, <title>, <date>": the body's next report, its
            # name not printed again
            kind, evidence = "full", [f"{features.SERIES_GOES_ON}{series}"]
        if kind is None and sig is None and body[:1].isupper() and " from " in body[:40].lower() \
                and (source := _source_lead(body)) is not None:
            # "Figures from IOM Example Matrix (DTM), Example Update (14), accessed 3 June 2024": where the figures come
            # from, an unmarked citation the words before it hid
            kind, evidence = "full", features.judge(body[len(source):].strip())[1]
        else:
            source = None
        if kind is None:
            commentary.append(chunk.strip())
            continue
        clause = source or (_lead_clause(body) or _source_lead(body) or _prose_lead(body)) if kind == "full" \
            and body[:1] not in "‘“\"'«*" and evidence != [INTERVIEW_IN_LIST] \
            and not evidence[0].startswith(('"<court>', '"<Regulation/Directive')) else None
        # ("‘Riots in Nigeria: Women Fired On’, …": a title opens it; "…; Western diplomat, Nairobi, <date>": who was heard;
        # "Cass. pen., Sez. I, <date>": a court opens its ruling; "Council Regulation (EU) 2022/328 … in Ukraine, OJ L 49": an
        # act's title, whole)
        if clause:  # "English edition: Klaus J. Bade, ...", "in English, Maurice Halbwachs, ..."
            lead = f"{lead} {clause}".strip() if lead else clause
            offset += len(body) - len(body[len(clause):].lstrip())
            body = body[len(clause):].lstrip()
        inner = _parenthesised(body) if kind == "full" and not clause else None
        if inner:  # "The ministry reported 25 deaths (Ministerio del Interior, *Informe anual*, 4), while ..."
            a, b = inner
            lead = " ".join(x for x in (lead, body[:a].rstrip(" (").strip()) if x)
            commentary.append(lead)
            lead = body[b:].lstrip(" )").strip(" ,.;") or None
            offset += a
            body = body[a:b].strip()
        if kind == "full" and not sig and evidence[:1] == ['"interview" wording -> interview'] \
                and not chunk.lstrip().startswith(body[:12]) and dates.find_date(body) is None:
            commentary.append(chunk.strip())  # "In an interview with the BBC, the commander denied this": prose, no source
            continue
        if lead:
            commentary.append(lead)
        body = body.rstrip(" ;")
        pieces.append(
            Piece(note=note.number, index=len(pieces), text=body, span=(offset, offset + len(body)), kind=kind,
                  prefix=sig, evidence=tuple(evidence))
        )
    comment = " ".join(c for c in commentary if c) or None
    if not pieces and comment and "(" in text and ("nterview" in text or "ntrevista" in text) \
            and (heard := _interview_in_brackets(note.number, text)):
        return heard, comment  # "… stressed the pull of cash payments (interviews, Metuge, 5–7 March 2022).": the
        # fieldwork the prose rests on, cited in its brackets (the sentence stays the note's commentary)
    if not pieces and comment and "(" in text:  # "See Rey (2015) and Forbes (2019, 261–63)": author-date, inside prose
        pieces = _in_sentence_author_date(note.number, text)
    elif pieces and comment and (") " in comment or ");" in comment or ")." in comment or ")," in comment
                                 or comment.endswith(")")) \
            and (IN_SENTENCE_AUTHOR_DATE_RE.search(comment) or SEVERAL_YEARS_RE.search(comment)) is not None:
        # "Roe and Doe (2016) show that …; see also Moe 2019, 12": the prose's reference, beside the note's citations
        taken = [p.span for p in pieces]
        extra = [p for p in _in_sentence_author_date(note.number, text)
                 if not any(p.span[0] < end and start < p.span[1] for start, end in taken)]
        if extra:
            pieces = sorted(pieces + extra, key=lambda p: p.span[0])
            pieces = [replace(p, index=i) for i, p in enumerate(pieces)]
    if any(p.kind == "short" and ", " in p.text for p in pieces):
        pieces = _one_authors_years(pieces)
    if quoted:  # the authority a parenthetical quotes, cites or reviews, said so (an "Id." after it means the work before)
        pieces = [replace(p, prefix=next((verb for start, end, verb in quoted if start <= p.span[0] < end), p.prefix))
                  for p in pieces]
    return pieces, comment


# One author's several works by their years, as APA lists them: "Piazza, 2011, 2017", "Fearon, 2004a, 2004b"
LISTED_YEARS_RE = lazy(r"^(?P<names>\p{Lu}[^,;()\d]{1,80}?),\s+(?P<years>(?:1[6-9]|20)\d\d[a-z]?(?:,\s+(?:1[6-9]|20)\d\d[a-z]?)+)\.?$")
LISTED_YEAR_RE = lazy(r"(?:1[6-9]|20)\d\d[a-z]?")


def _one_authors_years(pieces: list[Piece]) -> list[Piece]:
    """``pieces`` with a short form naming one author's several works by their years cut into one short form a work."""
    out: list[Piece] = []
    for p in pieces:
        listed = LISTED_YEARS_RE.match(p.text) if p.kind == "short" else None
        if listed is None:
            out.append(p)
            continue
        for i, year in enumerate(LISTED_YEAR_RE.finditer(p.text, listed.start("years"))):
            at = p.span[0] + year.start()
            out.append(replace(p, text=f"{listed.group('names')} {year.group(0)}", span=(at, at + len(year.group(0))),
                               prefix=p.prefix if i == 0 else None))  # (the signal leads to the first)
    return [replace(p, index=i) for i, p in enumerate(out)]


# An interview cited in brackets inside prose: "(interviews, Metuge, 5–7 March 2022)", "(entrevista con un fiscal, 2021)"
INTERVIEW_IN_BRACKETS_RE = lazy(r"\((?P<inner>(?:(?:author['’]s|personal|telephone|phone)\s+)?(?:interviews?|entrevistas?)\b"
                                r"[^()]{3,160}?(?:1[89]|20)\d\d)\)")


def _interview_in_brackets(number: int | str, text: str) -> list[Piece]:
    """The interviews a note's prose cites in its brackets, each one that reads as an interview on its own."""
    out: list[Piece] = []
    for m in INTERVIEW_IN_BRACKETS_RE.finditer(text):
        inner = m.group("inner")
        kind, evidence = features.judge(inner)
        if kind == "full" and features.interview_words(inner[:40]):
            out.append(Piece(note=number, index=len(out), text=inner, span=m.span("inner"), kind="full",
                             evidence=(*evidence, "an interview cited in brackets inside prose")))
    return out


# A report named by its series and number alone: "Asia Briefing N°154, Title, <date>", "N°283, Title, <date>"
SERIES_GOES_ON_RE = lazy(r"^(?P<series>(?:\p{Lu}[\p{L}\-]+\s+){0,3}(?:Reports?|Briefings?|Papers?|Briefs?)\s+)?(?:N[°º]|No\.)\s*"
                         r"\d{1,4},\s+\S")
# The body and the series before a report's number: "Crisis Group Asia Report N°283"
ISSUER_BEFORE_SERIES_RE = lazy(r"^(?:see\s+(?:also\s+)?)?(?P<issuer>\p{Lu}[^,;“”\"*]{1,60}?)\s+(?P<series>(?:\p{Lu}[\p{L}\-]+\s+){0,3}"
                               r"(?:Reports?|Briefings?|Papers?|Briefs?)\s+)(?:N[°º]|No\.)\s*\d")


def _series_goes_on(body: str, before: str) -> str | None:
    """The body (and the series, when the piece names only a number) that a report named by series and number alone
    takes from the report cited just before it; None when ``body`` is no such report."""
    goes_on = SERIES_GOES_ON_RE.match(body)
    named = ISSUER_BEFORE_SERIES_RE.match(before) if goes_on else None
    if named is None:
        return None
    words = f"{named.group('issuer')} {named.group('series')}".split()
    if goes_on.group("series"):  # "Asia Briefing N°154": the body alone, the fewest words that name one ("Crisis Group")
        lead = next((" ".join(words[:k]) for k in range(1, len(words)) if organisation_name(" ".join(words[:k]))),
                    named.group("issuer"))
    else:  # "N°283": the body and the series of the report before
        lead = " ".join(words)
    return lead if features.judge(f"{lead} {body}")[0] == "full" else None


# The evidence of a person heard named in a list of interviews after the first ("…; Western diplomat, Nairobi, <date>")
INTERVIEW_IN_LIST = "another person heard, in a list of interviews -> interview"


# Words in brackets that say a person heard is not named: "(name withheld)", "(not his real name)", "(pseudonym)"
WITHHELD_PAREN_RE = lazy(r"\s*\((?:names?\s+withheld|not\s+(?:his|her|their)\s+real\s+name|pseudonym|anonymous)[^()]{0,30}\)")


def _another_interviewee(body: str) -> bool:
    """"Western diplomat, Nairobi, 6 March 2024": who, where and when, no title, no more than a few words."""
    body = WITHHELD_PAREN_RE.sub("", body)  # ("a local official (name withheld)": who, unnamed)
    found = dates.find_date(body)
    return found is not None and found.span[1] >= len(body.rstrip(" .")) - 1 and len(body.split()) <= 14 \
        and "," in body[: found.span[0]] and not any(mark in body for mark in "“”\"*«»(")


# Words that say an address is a web archive's copy: "archived at", "Wayback Machine copy at", "archived version:"
ARCHIVED_COPY_WORDS = ("archiv", "copy", "wayback", "snapshot", "cached", "preserved")


def _archived_copy_only(body: str) -> bool:
    """Whether ``body`` is a web archive's address and at most a few words that say so ("archived at <URL>")."""
    found = list(features.URL_RE.finditer(body))
    if len(found) != 1 or not ARCHIVED_COPY_RE.match(found[0].group(0)) or body.rstrip(" .;,")[found[0].end():].strip(" .;,)"):
        return False
    lead = body[: found[0].start()].strip(" ,:;(")
    return not lead or len(lead) <= 60 and any(word in lead.lower() for word in ARCHIVED_COPY_WORDS) \
        and not any(ch.isdigit() or ch in "“”\"*«»‘" for ch in lead)


def _addresses(body: str) -> tuple[list[tuple[int, int]], str | None] | None:
    """(the spans of the addresses, the prose beside them) for a chunk of bare addresses joined by commas
    ("<URL>, <URL>"), an address with a remark in brackets ("<URL> (Russian milblogger Rybar claimed …)"), or a
    sentence of prose closed by its source's address ("Geolocated footage shows … north of Stepove. <URL>");
    None for anything else."""
    found = list(features.URL_RE.finditer(body))
    if not found:
        return None
    stripped = body.rstrip(" .")
    every = [(m.start(), m.end() - (1 if m.group(0).endswith((".", ",")) else 0)) for m in found]  # (without a closing mark)
    if ADDRESS_LIST_RE.fullmatch(stripped):
        return every, None
    first = found[0]
    if len(found) >= 2 and first.start() > 0 and ADDRESS_LIST_RE.fullmatch(stripped, first.start()) \
            and not any(mark in body[: first.start()] for mark in "“”\"*«»‘") \
            and features.judge(body[: first.start()].strip())[0] is None:
        # "the videos archived at <URL> and <URL>": what the addresses show, then the addresses
        return every, body[: first.start()].strip()
    if len(found) == 1 and first.start() == 0:
        remark = ADDRESS_REMARK_RE.fullmatch(stripped, first.end())
        if remark and not language.LANGUAGE_SAID_RE.fullmatch(remark.group("remark").join("()")):
            return [(0, first.end())], remark.group("remark").strip()
    last = found[-1]
    lead = body[: last.start()].rstrip()
    if len(found) == 1 and last.end() >= len(stripped) and lead.endswith(":") and not AVAILABLE_AT_END_RE.search(lead) \
            and not any(mark in lead for mark in "“”\"*«»‘") and not YEAR_WORD_RE.search(lead) \
            and ("," not in lead and features.judge(lead.rstrip(":"))[0] is None or REPORTED_WORD_RE.search(lead)):
        # "Geolocated footage: <URL>", "Russian milbloggers claimed advances near Tonenke: <URL>", "…, quoted by
        # Ukrainska Pravda: <URL>": what the address shows, then the address
        return [(last.start(), len(stripped))], lead.rstrip(":").strip()
    if len(found) == 1 and last.end() >= len(stripped) and SENTENCE_THEN_ADDRESS_RE.search(body[: last.start()]):
        prose = body[: last.start()].strip()
        if len(prose.split()) >= 5 and features.judge(prose)[0] is None and not bibstyle.entry_length(stripped):
            # (a reference list's entry closed by its address, "Gartner. (2021). Title. <URL>", is no prose)
            return [(last.start(), len(stripped))], prose
    return None


# Words that lead to an address as to where a work is, not a remark: "available at:", "URL:", "en línea:"
AVAILABLE_AT_END_RE = lazy(r"(?i)(?:available|disponible|disponível|abrufbar|online|url|at|en|in|from|via|link|here|aquí|en\s+línea)\s*:$")
YEAR_WORD_RE = lazy(r"\b(?:1[89]|20)\d\d\b")
# Words of someone reported or shown, in a remark before the address of its source
REPORTED_WORD_RE = lazy(r"(?i)\b(?:quoted|reported|claimed|said|stated|told|posted|published|shared|footage|video|imagery)\b")
# Addresses alone, joined by commas or "and": "<URL>, <URL>", "<URL> and <URL>"
ADDRESS_LIST_RE = lazy(r"(?:https?://|www\.)\S{1,800}?(?:(?:,\s+|,?\s+and\s+)(?:https?://|www\.)\S{1,800}?)+")
# A remark in brackets after an address: "<URL> (Russian milblogger Rybar claimed …)"
ADDRESS_REMARK_RE = lazy(r"\s*\((?P<remark>[^()]{3,400})\)")
# The end of a sentence just before the address that closes it: "… north of Stepove. <URL>"
SENTENCE_THEN_ADDRESS_RE = lazy(r"\p{Ll}{2}[.!]\s+$")


# A remark on the work after its citation: "…, 45, who argues that …", "…, 295, donde el autor describe …", "…), which …"
TRAILING_REMARK_RE = lazy(r"(?<=[\d)*”\"»])\s*,\s+(?:who|which|where|whose|in\s+which|quien(?:es)?|donde|cuyo|cuya|qui|où|"
                          r"dont|lequel|laquelle|chi|dove)\s+\p{Ll}")
RELATIVE_WORD_RE = lazy(r"(?i), (?:who|which|where|whose|in which|quien|donde|cuy|qui|où|dont|lequel|laquelle|chi|dove) ")
# Prose after a page and its comma: "Ibid., 25, and the cases discussed there", "Yergin, The Prize, 615, makes the same
# point", "Ibid., 600, citing press reports": the citation ends at its page
PROSE_AFTER_PAGE_RE = lazy(r"(?<=\d),\s+(?=\p{Ll}{2,}\s+\p{Ll})")
# "Ibid." then a lower-case phrase in the same sentence: "See ibid. for the katibas in Burkina Faso"
IBID_THEN_PROSE_RE = lazy(r"(?i)^(?P<ibid>[*_]{0,2}(?:ibid|ibíd|íbid|ibidem|ibídem|íbidem)\.?[*_]{0,2})\s+(?P<prose>(?-i:\p{Ll})[^\d;]{2,200})$")
# The page such a citation ends on, the last of its parts: "615", "164–65", "p. 12" (not "art. 575", "No. 4005", "2022")
PAGE_PART_RE = lazy(r",\s*(?:(?P<label>pp?\.|S\.|s\.)\s*)?(?P<page>\d{1,4})(?:\s*[-–]\s*\d{1,4})?$")
# The words that open such prose after a full citation, whose own parts may run on in lower case
REMARK_VERB_RE = lazy(r"(?:and|citing|quoting|makes?|argues?|notes?|contends?|suggests?|shows?|claims?|writes?|describes?|"
                      r"discusses?|offers?|gives?|provides?|finds?|points?|concludes?|emphasis|also|rather\s+than|instead\s+of|"
                      r"as\s+opposed\s+to|unlike|though|although|en\s+lugar\s+de|antes\s+que|plutôt\s+que|et\s+non)\s")
# (a contrast after the page, "…, 88, rather than the older view", is a remark too: the page stays the pinpoint)


# An author-date reference inside a sentence, as economics and social-science notes write them: "Rey (2015)",
# "Bernanke and Gertler (1995, 30)", "Forbes (2019, p. 270)", "Ball et al. (2022)"
# The names of an author-date reference written into prose: a person's family name (two words, a particle), a body's name
# whose words may be joined by small ones ("Causa en Común", "Comisión para el Esclarecimiento de la Verdad"), or its
# initials ("UNFPA", "UN Women"); two or three of them joined by "and", "y", "e", "et", "und" or commas; "et al."
_NAME_WORD = r"\p{Lu}[\p{Ll}'’\-]+(?:\p{Lu}[\p{Ll}'’\-]+)?"  # (and a name with a capital inside: "LaFree", "McCauley")
_LINK_WORD = r"(?:de|del|la|las|los|el|en|para|por|of|for|the|des|du|da|do|dos|für)"
_ONE_NAME = (rf"(?:(?:(?:de|van|von|van\s+der|da|del|di|le|la)\s+)?{_NAME_WORD}(?:[\-\s]{_NAME_WORD}|\s+{_LINK_WORD}"
             rf"(?:\s+{_LINK_WORD})?\s+{_NAME_WORD}){{0,5}}|\p{{Lu}}{{2,8}}(?:\s\p{{Lu}}\p{{Ll}}+)?)")
_PROSE_NAMES = (rf"(?P<names>{_ONE_NAME}(?:(?:,?\s+(?:and|&|y|e|et|und)\s+|,\s+){_ONE_NAME}){{0,2}}(?:\s+et\s+al\.)?)")
# The part cited after the year: a page, a paragraph or a chapter ("cap. 3", "ch. 2")
_PART_CITED = r"(?:pp?\.\s*|(?P<para>paras?\.|caps?\.|chs?\.|chap\.)\s*|(?!(?:1[6-9]|20)\d\d[a-z]?\s*[,;)]))"
# (a figure with no label that reads as a year is the author's next work, "Feltran (2011, 2018)"; "p. 1740" is a page)
# A table or figure on the page cited, after it: "(2015, p. 548, Table 4)"; a page in roman figures: "(2008, p. xiii)"
_TABLE_AFTER = r"(?:,\s*(?:[Tt]able|[Ff]igure|[Ff]ig\.|[Cc]hart|n\.|note)\s*\d{1,3}[a-z]?)?"
IN_SENTENCE_AUTHOR_DATE_RE = lazy(
    r"(?<![\p{L}'’\-])" + _PROSE_NAMES + r"\s+\((?P<year>(?:1[6-9]|20)\d\d|n\.\s?d\.)[a-z]?(?:[,:]\s*" + _PART_CITED
    + r"(?P<page>\d{1,5}(?:\s*[-–]\s*\d{1,5})?|(?<=p\.\s?)[xivlc]{1,7})" + _TABLE_AFTER + r")?\)")
# (a body by its initials, "UNFPA (2015, 12)", "UN Women (2015)"; a tribunal's paragraph, "ICTY (2001, paras. 436–64)")
# Capitalised words before "(year)" that are no author: the sentence's own words, months, places of a date
NOT_AN_AUTHOR = frozenset("see also in on and the of for from as by to compare cf see, january february march april may june "
                          "july august september october november december report law act resolution véase vease ver cfr. "
                          "cfr cf. voir veja y e et en véanse veanse vide vid. sobre about según segundo selon".split())


# One author's several works in one pair of brackets: "de Haas (2010a, pp. 230–235, 2010b)", "UNHCR (2020a, 2020b)",
# "Atkinson (2000a, pp. 152–155; 2000b)"
_NAMES_BEFORE_BRACKETS = r"(?<![\p{L}'’\-])" + _PROSE_NAMES
SEVERAL_YEARS_RE = lazy(_NAMES_BEFORE_BRACKETS + r"\s+\((?P<inner>(?:1[6-9]|20)\d\d[a-z]?[^()]{4,120})\)")
YEAR_AND_PAGE_RE = lazy(r"(?<![\d\-–])(?P<year>(?:1[6-9]|20)\d\d[a-z]?)(?![\d\-–])(?:,\s*(?:pp?\.\s*)?(?!(?:1[6-9]|20)\d\d[a-z]?\b)"
                        r"(?P<page>\d{1,5}(?:\s*[-–]\s*\d{1,5})?)(?![\d\w]))?")


def _author_names(names: str) -> str | None:
    """The names of an author-date reference without the words before them that name no author ("See Rey", "The Report
    of the Commission"); None when no word is left."""
    while names.split()[0].lower().rstrip(",") in NOT_AN_AUTHOR and " " in names:
        names = names.split(" ", 1)[1]  # "See Rey (2015)": the signal before the name
    return None if names.split()[0].lower().rstrip(",") in NOT_AN_AUTHOR else names


def _several_years(number: int, text: str) -> list[Piece]:
    """A short form for each of one author's works named together in brackets, each with its own page."""
    out: list[Piece] = []
    for m in SEVERAL_YEARS_RE.finditer(text):
        names = _author_names(m.group("names"))
        if names is None:
            continue
        found = list(YEAR_AND_PAGE_RE.finditer(m.group("inner")))
        rest = YEAR_AND_PAGE_RE.sub("", m.group("inner"))
        if len(found) < 2 or rest.strip(" ,;"):
            continue  # (one year, or words beside them: left to the other readers)
        for year in found:
            page = f", {year.group('page')}" if year.group("page") else ""
            at = m.start("inner") + year.start()
            out.append(Piece(note=number, index=0, text=f"{names} {year.group('year')}{page}", span=(at, at + len(year.group(0))),
                             kind="short", evidence=(IN_SENTENCE_EVIDENCE,)))
    return out


def _in_sentence_author_date(number: int, text: str) -> list[Piece]:
    """Short forms for the author-date references written into a note's prose; the resolver keeps only those that name
    a work cited before (a name and a year alone cite nothing new)."""
    out: list[Piece] = []
    if "(" in text and any(ch.isdigit() for ch in text):
        out.extend(_bracketed_author_date(number, text))
        out.extend(_several_years(number, text))
    for m in IN_SENTENCE_AUTHOR_DATE_RE.finditer(text):
        names = _author_names(m.group("names"))
        if names is None:
            continue
        page = f", {m.group('para') + ' ' if m.group('para') else ''}{m.group('page')}" if m.group("page") else ""
        out.append(Piece(note=number, index=len(out), text=f"{names} {m.group('year')}{page}", span=m.span(), kind="short",
                         evidence=(IN_SENTENCE_EVIDENCE,)))
    out.sort(key=lambda p: p.span[0])
    return [replace(p, index=i) for i, p in enumerate(out)]


IN_SENTENCE_EVIDENCE = "an author-date reference inside a sentence"
# Author-date references in brackets, one or several: "(ICTY 2001, paras. 436–64)", "(Roe 1994; Doe and Poe 2007, 12)"
BRACKETED_AUTHOR_DATE_RE = lazy(r"\((?P<inner>[^()]{6,300})\)")
BRACKETED_ONE_RE = lazy(
    r"(?:see\s+(?:also\s+)?|cf\.\s+|e\.g\.,?\s+|véase\s+|véanse\s+|ver\s+)?" + _PROSE_NAMES
    + r",?\s+(?P<year>(?:1[6-9]|20)\d\d|n\.\s?d\.)[a-z]?(?:,\s*" + _PART_CITED + r"(?P<page>\d{1,5}(?:\s*[-–]\s*\d{1,5})?"
    r"|(?<=p\.\s?)[xivlc]{1,7})" + _TABLE_AFTER + r")?")


def _bracketed_author_date(number: int, text: str) -> list[Piece]:
    """Short forms for the author-date references a note's prose sets in brackets; as for those inside a sentence, the
    resolver keeps only those that name a work cited before or listed."""
    out: list[Piece] = []
    for m in BRACKETED_AUTHOR_DATE_RE.finditer(text):
        at = m.start("inner")
        for part in m.group("inner").split(";"):
            one = BRACKETED_ONE_RE.fullmatch(part.strip())
            start = at + len(part) - len(part.lstrip())
            at += len(part) + 1
            names = _author_names(one.group("names")) if one is not None else None
            if names is None:
                continue
            page = f", {one.group('para') + ' ' if one.group('para') else ''}{one.group('page')}" if one.group("page") else ""
            out.append(Piece(note=number, index=0, text=f"{names} {one.group('year')}{page}",
                             span=(start, start + len(part.strip())), kind="short", evidence=(IN_SENTENCE_EVIDENCE,)))
    return out


# Author-date references in the brackets that close a sentence: "… is the logic (Roe & Doe, 2006)."
CLOSING_BRACKETS_RE = lazy(r"\((?P<inner>[^()]{6,300})\)[.;,]?\s*$")


def closing_author_date(number: int | str, text: str, offset: int) -> tuple[list[Piece], str] | None:
    """(short forms, the prose before them) where ``text`` is prose closed by author-date references in brackets ("This
    is the logic (Roe & Doe, 2006)."), as a note of an APA article cites; None where its brackets hold anything else.
    Whether the prose is a citation after all ("Roe, Title (Example Press, 2006)") is the resolver's to say: only a work
    of the article's reference list makes it one."""
    m = CLOSING_BRACKETS_RE.search(text)
    if m is None or m.start() < 8:
        return None
    found = _bracketed_author_date(number, text[m.start():])
    covered = sum(len(p.text) for p in found)
    if not found or covered < len(m.group("inner").replace(";", "").replace(" ", "")) * 0.5:
        return None
    pieces = [replace(p, index=i, span=(p.span[0] + m.start() + offset, p.span[1] + m.start() + offset))
              for i, p in enumerate(found)]
    return pieces, text[: m.start()].strip()


# A date in brackets and nothing after it: " (Mar. 4, 2019)."
DATE_IN_BRACKETS_ONLY_RE = lazy(r"\s*\([^()]{0,20}\d{4}\)\.?\s*$")


# The parts an IMF country report names in its title, joined by semicolons: "Article IV Consultation—Press Release;
# Staff Report; and Statement by the Executive Director for Mexico"
IMF_TITLE_PART_RE = lazy(r";\s+(?:and\s+)?(?:Staff\s+Report|Statement\s+by\s+the\s+Executive\s+Director|Informational\s+Annex|"
                         r"Staff\s+Supplement|Selected\s+Issues|Debt\s+Sustainability\s+Analysis|Press\s+Release)\b")
# An address, up to the space or the semicolon after it
ADDRESS_RE = lazy(r"https?://[^\s;]+")


# A full stop in Chinese or Japanese with more of the note after it
FULL_WIDTH_STOP_RE = lazy(r"。(?=\s*\S)")


def _in_frus_volume_title(masked: str, pos: int) -> bool:
    """The semicolon at ``pos`` is inside the title of a volume of *Foreign Relations of the United States*: "…, vol.
    XXXI, South and Central America; Mexico, ed. …"."""
    before = masked[max(0, pos - 160):pos]
    series = max(before.rfind("Foreign Relations of the United States"), before.rfind("FRUS"))
    return series >= 0 and "vol." in before[series:] and "(" not in before[before.rfind("vol."):] \
        and (", ed." in masked[pos:pos + 160] or FRUS_TITLE_GOES_ON_RE.match(masked, pos) is not None)


# The rest of a volume's title after a semicolon, then its facts or the document cited: "; Iraq; Iran; Arabian Peninsula
# (Washington, DC: GPO, 1993), doc. 158", "; Soviet Union; Cyprus, doc. 12"
FRUS_TITLE_GOES_ON_RE = lazy(r";\s+\p{Lu}[\p{L}’' ,\-]{1,60}?(?:;\s+\p{Lu}[\p{L}’' ,\-]{1,60}?){0,6}\s*(?:\(|,\s*(?:(?:doc\.|document|"
                             r"pp?\.)\s*)?\d)")


# "and" between two author-date references: "Serje 2005 and Ballvé 2020, 12–38", "Das 2007, 45 and Poole 2004", "Kay 1999,
# pp. 110–112 and Gorriti 1999, ch. 9"
AUTHOR_DATE_AND_RE = lazy(r"(?<=\p{Lu}[\p{L}'’\-]{1,30}\s(?:1[5-9]|20)\d\d[a-z]?(?:,\s*(?:pp?\.\s*)?\d{1,4}(?:\s*[-–]\s*\d{1,4})?)?)"
                          r"\s+and\s+(?=\p{Lu}[\p{L}'’\-]{1,30}(?:\s+(?:and|&)\s+\p{Lu}[\p{L}'’\-]{1,30})?\s+(?:1[5-9]|20)\d\d\b)")
# The same in the brackets of prose, as the masked text shows them: "Reinhart and Rogoff (2009, ch. 8) and Cruces and
# Trebesch (2013)" (each bracket's year is checked in the text itself)
PAREN_AUTHOR_DATE_AND_RE = lazy(r"(?<=\p{Lu}[\p{L}'’\-]{1,30}(?:\set\sal\.)?\s(?P<first>\()[^()]{1,40}\))\s+and\s+"
                                r"(?=\p{Lu}[\p{L}'’\-]{1,30}(?:\s+(?:and|&)\s+\p{Lu}[\p{L}'’\-]{1,30}|\s+et\s+al\.)?\s+(?P<second>\())")
YEAR_OPENING_RE = lazy(r"\((?:1[5-9]|20)\d\d[a-z]?[,)]")


def _months_joined(masked: str, m: regex.Match) -> bool:
    """The words before the years are months: "between January 2022 and June 2023" joins two dates, not two works."""
    before = masked[max(0, m.start() - 40):m.start()].split()
    after = masked[m.end():m.end() + 20].split()
    return len(before) >= 2 and before[-2].lower().rstrip(".") in dates.MONTHS or bool(after) \
        and after[0].lower().rstrip(".") in dates.MONTHS


# A second interview in the same sentence, after the first one's date: "…, May 2013, and with a municipal official, …"
AND_WITH_CUT_RE = lazy(r"(?<=\d),\s+and\s+with\s+(?=\S)")


# A parenthetical that cites the authority a work quotes, cites or reviews: "(quoting ", "(citing ", "(reviewing "
INNER_AUTHORITY_RE = lazy(r"\s\((?:quoting|citing|reviewing)\s+(?=[\p{Lu}*_“\"\d])")


def _inner_authorities_apart(text: str) -> tuple[str, list[tuple[int, int, str]]]:
    """``text`` with each parenthetical citing another authority at the end of a citation set apart as the next citation:
    "Host, 345 U.S. 1, 10 (1953) (quoting Inner, 92 U.S. 105 (1876))." read as "Host, …; Inner, …" (the same length).
    Only a parenthetical outside any other, closing where its citation ends (a stop, a semicolon, the note's end). With
    it, where each such parenthetical stands and its verb."""
    out, found = text, []
    for m in reversed(list(INNER_AUTHORITY_RE.finditer(text))):
        if text[: m.start()].count("(") != text[: m.start()].count(")"):
            continue  # (inside another parenthetical: "(“…” (quoting …))")
        depth, close = 0, None
        for at in range(m.start() + 1, len(text)):
            if text[at] == "(":
                depth += 1
            elif text[at] == ")":
                depth -= 1
                if depth == 0:
                    close = at
                    break
        if close is None or text[close + 1:].lstrip(" .")[:1] not in ("", ";"):
            continue
        verb_end = m.end()
        after = out[close + 1:]
        closing = f"{after[0]} {after[1:]}" if after[:1] in (".", ";") else f" {after}"  # ("…(1876))." as "…(1876). ")
        out = f"{out[: m.start()]};{' ' * (verb_end - m.start() - 1)}{out[verb_end:close]}{closing}"
        found.append((m.start(), close + 1, m.group(0).strip(" (")))
    return out, found


def chunks(text: str, regs: list[spans.Region]) -> list[tuple[int, int]]:
    """Offsets of the note's sentences, each further cut at top-level semicolons."""
    masked = spans.mask(text, regs)
    cuts: list[int] = []
    for m in SENTENCE_END_RE.finditer(masked):
        if _is_sentence_end(text, masked, m.start(), regs) and not DATE_IN_BRACKETS_ONLY_RE.match(text, m.end()):
            cuts.append(m.end())  # (no cut before a date in brackets that closes the note: "…, in Houston, Tex. (Mar. 4, 2019).")
    for r in regs:  # a quotation closing a sentence: 'stated, "... our lives." See Joshua'
        if r.kind in ("quote", "italic") and r.end - 2 > r.start and text[r.end - 2] in ".?!" and r.end < len(text):
            rest = text[r.end:]
            if rest[:1] in (" ", "\t") and rest.strip()[:1].isupper():
                if (text[r.end - 2] == "." and r.kind == "quote") or AFTER_QUESTION_RE.match(rest.strip()) \
                        or IBID_ITALIC_RE.match(text[r.start:r.end]):
                    cuts.append(r.end)
    if "ompar" in masked or "cf." in masked or "Cf." in masked or "CF." in masked or "vgl." in masked or "Vgl." in masked:
        for m in COMPARE_WITH_RE.finditer(masked):  # "Compare A, 14–15, with B, 16": two works
            cuts.append(m.start() + 1)  # (searched only where a word of comparing is printed: its lookbehind runs long)
    if " and " in masked and AUTHOR_DATE_AND_RE.search(masked):  # "cf. Serje 2005 and Ballvé 2020, 12–38": two works
        cuts.extend(m.start() + 1 for m in AUTHOR_DATE_AND_RE.finditer(masked) if not _months_joined(masked, m))
    if ") and " in masked:  # "Reinhart and Rogoff (2009, ch. 8) and Cruces and Trebesch (2013)": two works in prose
        cuts.extend(m.start() + 1 for m in PAREN_AUTHOR_DATE_AND_RE.finditer(masked)
                    if YEAR_OPENING_RE.match(text, m.start("first")) and YEAR_OPENING_RE.match(text, m.start("second")))
    if ", and with " in masked and features.interview_words(text[:120]):
        # "Interviews with residents of Palmapampa, Ayacucho, May 2013, and with a municipal official, Pichari, May 2013":
        # two interviews, each with its own who, where and when
        cuts.extend(m.start() + 1 for m in AND_WITH_CUT_RE.finditer(masked))
    if " apud " in masked:  # "ADORNO, Sérgio. Crime …. Revista USP, n. 21, 1994 apud SALLA, Fernando. As rebeliões …": the
        apud = [m.end() for m in APUD_CUT_RE.finditer(masked)]  # work quoted, then the one it is quoted from: no
        cuts.extend(apud)  # entry runs over the cut
    if "cit" in text and (", et " in masked or ", and " in masked or ", y " in masked) and OP_CIT_AND_RE.search(masked):
        cuts.extend(m.start() + 1 for m in OP_CIT_AND_RE.finditer(masked))  # "F. Burgat, *op. cit.*, p. 201, et G. Kepel,
        # *op. cit.*": two short forms joined by a comma and "et"
    if " and, " in masked:  # "…, How to Rig an Election, 45, and, for a dissenting view, Collier, …": a second work
        cuts.extend(m.end() for m in AND_LEAD_CUT_RE.finditer(masked))
    if "；" in masked or "。" in masked:  # Chinese and Japanese marks: "…第7期；钧正平：…", "…第3页。另见…"
        cuts.extend(m.end() for m in FULL_WIDTH_STOP_RE.finditer(masked))
        masked = masked.replace("；", ";")
    pos = masked.find(";")
    while pos >= 0:
        if not IMF_TITLE_PART_RE.match(masked, pos) and not _in_frus_volume_title(masked, pos) \
                and not (masked[pos - 1:pos].isupper() and bibstyle.ABNT_AUTHOR_DATE_LIST_RE.match(masked, _name_list_start(masked, pos))):
            cuts.append(pos + 1)  # ("…—Press Release; Staff Report; and Statement by …": one title; "LIMA; SINHORETTO;
            # BUENO, 2015, p. 127": one work's authors in ABNT's author-date form)
        pos = masked.find(";", pos + 1)
    if masked.count("http") >= 2:  # "https://t.me/a/1 https://t.me/b/2": addresses set side by side, one work each
        found = list(ADDRESS_RE.finditer(masked))
        cuts.extend(b.start() for a, b in zip(found, found[1:], strict=False) if not masked[a.end():b.start()].strip(" \t"))
    entries = _entries(text, masked, cuts, apud if " apud " in masked else [])
    if entries:  # "Degregori, Carlos Iván. Qué difícil es ser Dios. Lima: IEP, 2011.": no cut inside an entry
        cuts = [c for c in cuts if not any(a < c < b for a, b in entries)]
    out: list[tuple[int, int]] = []
    pos = 0
    for cut in sorted(set(cuts)):
        if text[pos:cut].strip():
            out.append((pos, cut))
        pos = cut
    if text[pos:].strip():
        out.append((pos, len(text)))
    return out


# "; and " before a note's last work
SEMICOLON_AND_RE = lazy(r";\s+and\s+(?=\p{Lu})")


def _entries(text: str, masked: str, cuts: list[int], hard: list[int]) -> list[tuple[int, int]]:
    """Stretches written as bibliography entries, each starting where the note or a sentence
    starts (after a signal phrase): the sentence ends inside them are no cuts.  No entry runs over a ``hard`` cut."""
    if ". " not in text:
        return []
    out: list[tuple[int, int]] = []
    joined = {m.end() for m in SEMICOLON_AND_RE.finditer(masked)} if "; and " in masked else set()
    for start in sorted({0, *cuts, *joined}):  # (and the last entry after "; and": "…; and White, Hugh. 2012. …")
        if out and start < out[-1][1]:
            continue
        stop = next((c for c in hard if c > start), len(text))
        head = text[start:stop]
        skip = len(head) - len(head.lstrip())
        sig = SIGNAL_RE.match(head, skip) or MID_SIGNAL_RE.search(head, skip, skip + LEAD_PHRASE_MAX)
        if sig:  # "See Kettle, Sarah. …", "On municipal policy, see Kettle, Sarah. …"
            skip = sig.end()
        length = bibstyle.entry_length(text[start + skip:stop])
        if not length and not sig and (lead := _abnt_head(head, skip, skip + LEAD_PHRASE_MAX)) is not None:
            # "Os dados … apontam na mesma direção: CERQUEIRA, Daniel et al. …", "e ZALUAR, Alba. …": prose or a
            # conjunction, then an entry headed by its author's name in capitals
            length = bibstyle.entry_length(text[start + lead.end():stop])
            skip = lead.end() if length else skip
        semi = masked.find(";", start + skip) if not length else -1
        if semi > start + skip:  # "Gigerenzer, G. (2008). Title. Oxford University Press; see also …": up to the semicolon
            length = bibstyle.entry_length(text[start + skip:semi])
            length = length if length and length >= len(text[start + skip:semi].rstrip(" .")) else None
        if not length and (" (" in text[start:] or "Const." in text[start:]):  # "…, *Title*, Knight First Amend. Inst.
            # (June 13, 2018), <URL>", "U.S. Const. amend. XIII, § 1": their abbreviations end no sentence
            end = masked.find(";", start + skip)
            stretch = text[start + skip:end if end > start + skip else len(text)]
            whole = legal.periodical_note_form(stretch) is not None or legal.constitution(stretch) is not None
            length = len(stretch.rstrip()) if whole else None
        if length:
            out.append((start, start + skip + length))
    return out



# The end of a lead before an entry headed by a name in capitals, as ABNT prints it: "… na mesma direção: CERQUEIRA, Daniel",
# "… aparece em FONSECA JR., Gelson", "; e ZALUAR, Alba"
ABNT_HEAD_AFTER_LEAD_RE = lazy(r"(?<=[\s:])(?=\p{Lu}{2,}[\p{Lu}'’\-]*(?:\s+(?:\p{Lu}{2,}[\p{Lu}'’\-]*\.?|DE|DA|DO|DOS|DAS)){0,4},\s+"
                               r"\p{Lu}\p{Ll})")


def _abnt_head(text: str, start: int, end: int) -> regex.Match | None:
    """The first name in capitals heading an entry within ``text[start:end]``, after a colon or a word in lower case (never
    after another name: "Jeanne ROE et Pierre DOE, Les Exemples" is one list of authors)."""
    for m in ABNT_HEAD_AFTER_LEAD_RE.finditer(text, start, end):
        before = text[: m.start()].rstrip()
        word = before.rsplit(None, 1)[-1] if before else ""
        if before.endswith(":") or word.islower() and (word not in ("e", "y", "et", "and", "und") or before[:-len(word)].rstrip()
                                                       .endswith(";") or len(before.strip(" ;")) == len(word)):
            return m
    return None


def _abnt_entry_after_lead(body: str) -> int | None:
    """Where an entry headed by a name in capitals begins after a few words of prose ("… na mesma direção: CERQUEIRA,
    Daniel et al. Atlas …"), when ``body`` is no entry itself and that entry runs to its end; or None."""
    lead = _abnt_head(body, 1, LEAD_PHRASE_MAX)
    if lead is None or bibstyle.entry_length(body) or any(mark in body[: lead.start()] for mark in "“”\"«»*"):
        return None
    length = bibstyle.entry_length(body[lead.end():])
    return lead.end() if length and length >= len(body[lead.end():].rstrip(" .;,")) - 1 else None


def _name_list_start(masked: str, pos: int) -> int:
    """Where the run of capitals and semicolons before ``pos`` begins (after the last space that follows no semicolon), where
    ABNT's author-date form of a work by several may start: "LIMA; SINHORETTO; BUENO, 2015, p. 127"."""
    start = pos
    while start > 0 and (masked[start - 1].isupper() or masked[start - 1] in "'’-;" or masked[start - 1] == " "
                         and (masked[start - 2:start - 1] == ";" or masked[start - 2:start - 1].isupper()
                              and masked[start:start + 1].isupper())):
        start -= 1
    return start + (1 if masked[start:start + 1] == " " else 0)


# A signal word after a short lead phrase and its comma: "On municipal policy generally, see …"
MID_SIGNAL_RE = lazy(r"(?i),\s+(?:see(?:\s+also)?|cf\.|compare|véase|véanse|voir(?:\s+aussi)?|vgl\.|ver(?:\s+também)?)\s+(?=\p{Lu})")


# "Klaus J. Bade, Europa in Bewegung: Migration vom späten 18." - names, a comma, a title begun
NAMES_THEN_TEXT_RE = lazy(r"^(?:(?:see|cf\.|vgl\.|véase|voir)\s+)?(?P<names>[^,;:()“\"*]{3,80}),\s+\S")


# A short lead before a citation's authors: "English edition:", "in English,", "Translated as:",
# "and, more generally,"
LEAD_CLAUSE_RE = lazy(
    r"^(?P<lead>(?:(?:and|or|but|y|o|pero|et|ou|mais|und|oder),\s+)?(?:(?=\p{Ll})[^,:;“\"*()\d]{2,60}?|[^,:;“\"*()\d]{2,30}?)[:,])"
    r"\s+(?=\p{Lu})")  # a lead in prose, in lower case, may be longer: "for a recent survey of the debate,"


# Words that open a lead of prose before a colon, never a title: "For the figures:", "On this point:"
LEAD_OPENERS = frozenset("for on in as to about regarding concerning according sources source".split())


# Who was heard and where, before the interview by the author: "Nigerian Army official, Maiduguri, interview by author"
HEARD_THEN_INTERVIEW_RE = lazy(r"(?i)^[^,;:“\"*]{2,80},\s+[^,;:“\"*]{2,60},\s+(?:(?:personal|telephone|phone|in-person)\s+)?"
                               r"interview(?:ed)?\s+(?:by|with)\s+(?:the\s+)?authors?\b")


def _lead_clause(body: str) -> str | None:
    """A lead clause that is not part of the citation: it is no name, and names follow it."""
    m = LEAD_CLAUSE_RE.match(body)
    if not m:
        return None
    lead = m.group("lead")
    if " v. " in lead or " vs. " in lead:
        return None  # "United States v. Daniel Marsh," names a court case
    if lead.endswith(":") and lead[:1].isupper() and len(lead.split()) <= 6 \
            and lead.split()[0].lower().strip(",:") not in features.PROSE_OPENERS | LEAD_OPENERS:
        return None  # "Case by Case: ISIS Prosecutions in the United States, … (New York: …)": a title's first part
    if features.may_be_interview(lead.lower()) and features.INTERVIEW_RE.search(lead):
        return None  # "Interview with a coffee grower, La Convención, ...": the interview is the citation
    if "interview" in body[:160] and HEARD_THEN_INTERVIEW_RE.match(body):
        return None  # "Nigerian Army official, Maiduguri, interview by author, <date>": who was heard, where, then the interview
    if " post," in lead and primary.PLATFORM_POST_BARE_RE.match(body):
        return None  # "Telegram post, Example Foundation, <date>": the platform opens the post cited
    if primary.may_be_posted(body[m.end():m.end() + 30]) and primary.posted_on(body) is not None:
        return None  # "Африканский корпус, Telegram, <date>, <URL>": the channel that posted it, by its own name
    if features.speaker(lead[:-1], whole=True) or features.STATEMENT_OF_GROUP_RE.match(lead[:-1].strip()):
        return None  # "Speech by Hassan Nasrallah, Al-Manar, ...", "Al-Example statement, “Title,” …": the speaker opens it
    if looks_like_names(lead[:-1]) or not lead[:1].islower() and lead.rstrip(":,").istitle() \
            or organisation_name(lead[:-1].strip()):  # "U.S. Department of State, International ... Report"
        return None  # "Simeon Tegel," or "Global Forest Watch," open the citation itself
    rest = body[m.end():]
    if lead.endswith("],") and features.translated_body_lead(body) is not None:
        return None  # "al-Qiyada al-ʿAmma … [General Command of al-Qaeda], “Bayan …”": the body that issued it
    if lead[:1].islower() and "/" in rest[:40] and features.DOCUMENT_SYMBOL_RE.match(rest):
        return lead  # "the Panel’s previous report, S/2023/93, 13 February 2023": what the document is, then its symbol
    n = NAMES_THEN_TEXT_RE.match(rest) or IN_SENTENCE_AUTHOR_DATE_RE.match(rest)  # ("on haircuts, Cruces and Trebesch (2013)")
    if not n or not (looks_like_names(n.group("names")) or organisation_name(n.group("names").strip())):
        return None  # names, or a body: "for the official view, U.S. Department of State, *Country Reports* …"
    if lead[:1].isupper() and " of " in lead and any(
            part.split() and part.split()[-1].lower() in COMMITTEE_WORDS for part in rest.split(", ")[:4]):
        return None  # "House of Commons Digital, Culture, Media and Sport Committee, …": one committee, named by its fields
    if features.newspaper_issue(body) is not None:
        return None  # "Jornal do Brasil, Rio de Janeiro, 12 de outubro de 1932": an outlet, its city and the day
    if features.outlet_then_date(rest):
        return None  # "Migrants stranded in Necoclí, Al Jazeera, 3 August 2021": the lead is the piece's headline
    if primary.PRESS_LEAD_RE.match(body) or primary.letter(body) is not None or imagery.image(body) is not None \
            or " posted by " in body[:60] and primary.post(body) is not None \
            or archival.may_hold(body) and archival.tail(body.strip().rstrip(".")) is not None:
        return None  # "Press release, U.S. Department of Justice, …", "Letter from Jane Roe, Director, …",
        # "Memorandum of conversation, Roe and Doe, <date>, box 5, …, National Archives": the work itself
    if primary.dataset(body) or primary.untitled_document(body) or primary.untitled_broadcast(body) \
            or primary.field_notes(body) is not None:  # "Author's field notes, Lesvos, October 2019"
        return None  # "ACLED data export, Mali, …", "Policía Nacional, informe interno, …": the work's own name
    return lead


# Words that say where figures come from, before the source itself: "Author's calculations based on
# Ministerio del Ambiente, ...", "Data from the World Bank, ...", "Elaboración propia con base en INEI, ...",
# "Source: UNODC, ...", "Fuente: INEI, ..."
SOURCE_LEAD_RE = lazy(
    r"(?i)^(?P<lead>(?:[^,:;“\"*()\d]{1,80}?\s)?(?:based\s+on|drawn\s+from|data\s+from|calculated\s+from|compiled\s+from|"
    r"calculations\s+(?:from|using|with)|estimates\s+from|figures\s+from|taken\s+from|"
    r"adapted\s+from|derived\s+from|according\s+to|basad[oa]s?\s+en|con\s+base\s+en|sobre\s+la\s+base\s+de|a\s+partir\s+de|"
    r"según|d'après|nach\s+angaben\s+(?:von|des|der)|sources?:|fuentes?:|quellen?:|data:|datos:|données\s*:)(?:\s+the)?)\s+"
    r"(?=[\p{Lu}“\"*])")  # ("my own calculations from the ACLED data": the article goes with the lead)


def _source_lead(body: str) -> str | None:
    """Words before a source that say what was drawn from it ("Author's calculations based on"):
    commentary, when what follows them is a full citation on its own."""
    if " " not in body:
        return None
    m = SOURCE_LEAD_RE.match(body)
    if not m or features.judge(body[m.end():])[0] != "full":
        return None
    return m.group("lead")


# Prose after a source, joined by ", and" and a word in lower case: ", and figures provided by the National Guard"
AND_PROSE_RE = lazy(r",\s+(?:and|y|et|und)\s+(?=\p{Ll})")


def _source_then_remark(body: str):
    """(lead, source, remark, kind, evidence) for "Author's calculations based on <source>, and <prose>", where the
    source alone is a citation (a short form too); None otherwise."""
    m = SOURCE_LEAD_RE.match(body) if " " in body else None
    if m is None or not (body[m.end():m.end() + 1].isupper() or body[m.end():m.end() + 1] in "“\"*"):
        return None  # ("… is based on interviews in dozens of communities …, and on comments …": the author's own work)
    tail = AND_PROSE_RE.search(body, m.end())
    if tail is None:
        return None
    cited = body[m.end():tail.start()].strip()
    kind, evidence = features.judge(cited)
    if kind not in ("full", "short"):
        return None
    return m.group("lead"), cited, body[tail.start():].strip(" ,."), kind, list(evidence) + ["the source of figures, then prose"]


# A law's name, which may hold "en" or "in" before capitals: "Ley Federal para … en Materia de …", "Law on … in Ukraine"
LAW_NAME_START_RE = lazy(r"(?i)^(?:ley|decreto|reglamento|law|loi|lei|gesetz|código|code)\s+(?-i:\p{Lu}|\p{Ll})")
# A word that leads from prose to the names of a citation: "The point is made in Vanda Felbab-Brown, *Title*"
LEADS_TO_NAMES_RE = lazy(r"\s(?:in|by|from|en|por|dans|chez|par|bei|von|follow|following|draws?\s+on|rel(?:y|ies)\s+on|"
                         r"(?:exception|account|study|treatment|overview|discussion|analysis|survey|narrative|guide|starting\s+point|point\s+of\s+departure|"
                         r"statement|thesis|source|formulation|example|summary|version|critique|introduction|biography|history|"
                         r"reference|rebuttal|restatement|exposition|presentation|defen[cs]e)"
                         r"\s+(?:is|was|remains)"
                         r"(?:\s+(?:now|still))?|(?:narrative|account|study|work|history|biography|memoir|analysis)\s+of|"
                         r"(?:reading|interpretation|view|critique|argument|framing|lecture|lectura|lettura|interprétation|"
                         r"interpretación|interpretação)\s+(?:of|de|di|da|do))\s+(?=\p{Lu})")
# ("Here I follow the reading of Jane Roe, *Title* (…), 88", "nous rejoignons la lecture de Jane Roe, *Title*, …")
# ("Evaluations remain scarce; a notable exception is Amy-Jane Roe, “Title,” …": the work the prose names)
# A lead that offers examples, then the names: "For example: Jane Roe, “…”", "Among many examples, Ruth Doe, “…”"
LIST_LEAD_RE = lazy(r"(?i)(?:\bexamples?|\binstance|\be\.\s?g\.|\bothers|\bmany|\bnotably|\bincluding|\bespecially|\bparticular|"
                    r"\bcases?)(?::|,)\s+(?=(?-i:\p{Lu}))"
                    r"|:\s+(?=(?-i:\p{Lu}))")  # (a colon that closes the prose: "On this point: Jane Roe, “…”")


def _prose_lead(body: str) -> str | None:
    """Prose before the names of a full citation ("The point is made forcefully in"): commentary,
    when what precedes the first title is not names or an organisation but ends in some."""
    if " " not in body or LAW_NAME_START_RE.match(body):
        return None  # ("Ley Federal para Prevenir … en Materia de Hidrocarburos, *Diario Oficial …*": a law's own name)
    if ": " in body[:220] and (colon := _colon_prose_lead(body)) is not None:
        return colon
    lead = LEADS_TO_NAMES_RE.search(body, 0, 220)
    if lead is None and not LIST_LEAD_RE.search(body, 0, 80) and (
            "(" in body and "*" not in body and "“" not in body and '"' not in body or body[:1].islower()):
        return _prose_lead_unmarked(body) if "(" in body and "*" not in body and "“" not in body and '"' not in body else None
    # (with no word that leads to names, a title marked further on may still follow prose and names: read below)
    titles = [r for r in spans.regions(body) if r.kind in ("quote", "italic")]
    if titles and lead is not None and body[:1].isalpha() and titles[0].end <= lead.start():
        # "The 'first wave' thesis itself derives from D. C. Rapoport, 'The Four Waves …'": a phrase quoted in the prose
        # before the words that lead to the names is no title of the work
        titles = [r for r in titles if r.start >= lead.end()]
    if not titles:
        return _prose_lead_unmarked(body)
    if not body[: titles[0].start].rstrip().endswith(","):
        return None  # names and their title are set apart by a comma: "..., *Shooting Up*"
    before = body[: titles[0].start].rstrip().rstrip(",").strip()
    if not before or len(before) > 200 or looks_like_names(before) or organisation_name(before) \
            or features.speaker(before, whole=True) or "," in before and body_list(before) is not None:
        return None  # names, a body, or "Statement by <names>" open the citation itself
    opening = NAMES_THEN_TEXT_RE.match(before)
    if opening and looks_like_names(opening.group("names")):
        return None  # "Paul Gootenberg, Imagining Development: ... in Peru's “...”": an unmarked title
    for m in (*LEADS_TO_NAMES_RE.finditer(before), *LIST_LEAD_RE.finditer(before, 0, 80)):
        names = before[m.end():].rstrip(",").strip()
        if looks_like_names(names) or organisation_name(names):
            return body[: m.end()].strip()
    for m in CAPITAL_AFTER_SPACE_RE.finditer(before, 0, 160):  # "The most widely read was ʿAbd al-Raḥmān b. Ḥasan Āl al-Shaykh,
        prose, names = before[: m.start()].strip(), before[m.start():].strip()  # *Fatḥ al-majīd* (…)": prose, then names
        if len(prose.split()) >= 3 and prose[:1].isupper() and ("," not in prose or _prose_with_commas(prose)) \
                and prose.split()[-1] in PROSE_VERBS \
                and " " in names and looks_like_names(names) and not looks_like_names(prose):
            return prose
    return None


def _prose_then_short(body: str) -> str | None:
    """The prose before a short form that ends on its page, when words that lead to a source end it ("This is the
    argument of", "Here I follow", "is developed in"): "This is the argument of Jervis, System Effects, p. 6." -> "This is
    the argument of"; None when no such words come before a surname, a comma and a short title with its page."""
    for m in LEADS_TO_NAMES_RE.finditer(body, 0, 160):
        clause, rest = body[: m.end()], body[m.end():]
        if len(clause.split()) >= 3 and (short := SHORT_AFTER_PROSE_RE.match(rest)) is not None \
                and not places.known_place(short.group("name")) and _short_with_page(rest):
            return clause
    return None


# A short form closing a sentence: a surname (one or two capitalised words), a short title and the page, nothing after:
# "Jervis, System Effects, p. 6.", "Press, *Calculating Credibility*, 20–21."
SHORT_AFTER_PROSE_RE = lazy(r"(?P<name>\p{Lu}[\p{L}'’\-]+(?:\s\p{Lu}[\p{L}'’\-]+)?),\s(?:\*[^*]{2,120}\*|“[^”]{2,120}”|\"[^\"]{2,120}\""
                            r"|\p{Lu}[^,;()\d]{2,120}?),\s(?:pp?\.\s*)?\d{1,4}(?:\s*[-–]\s*\d{1,4})?\.?$")


def _prose_lead_unmarked(body: str) -> str | None:
    """The same before an unmarked title with its publication facts: "The government’s position is laid out in DEVIDA,
    Estrategia Nacional … (Lima: DEVIDA, 2012)"."""
    if "(" not in body or not bibstyle.PUB_PAREN_RE.search(body) and not _place_year_paren(body):
        return None
    for m in LEADS_TO_NAMES_RE.finditer(body, 0, 220):
        prose = body[: m.start()].strip()
        names = body[m.end():].split(", ", 1)[0].strip()
        if AS_VERB_RE.fullmatch(prose) and looks_like_names(names) and " " in names \
                and _title_then_facts(body[m.end() + len(names) + 2:], commas=True):
            return body[: m.end()].strip()  # "As argued by Jane Roe, Example Terrorism in Europe: A History (…)"
        said = body[: m.end()].strip()  # (the lead may say what the work is: "The fullest account is now")
        opening = prose[4:] if prose[:4] == "and " else prose  # ("…; and the lower one in D. Doe, …")
        if len(said.split()) >= 4 and (prose[:1].isupper() or opening[:4] == "the " or opening[:2] == "a ") \
                and _a_sentence(said) and not looks_like_names(prose) \
                and not organisation_name(prose) and "," not in prose \
                and (organisation_name(names) or looks_like_names(names) and " " in names or _title_then_facts(body[m.end():])):
            return body[: m.end()].strip()  # ("Roe develops the argument further in The Example City (Manchester: …)")
    for m in CAPITAL_AFTER_SPACE_RE.finditer(body, 0, 200):  # "…, the most useful overview remains Jane A Roe, Title (…)"
        prose = body[: m.start()].strip()
        names = body[m.start():].split(", ", 1)[0].strip()
        if len(prose.split()) >= 4 and prose[:1].isupper() and _a_sentence(prose) and " " in names and len(names) <= 60 \
                and sum(1 for w in prose.split() if w[:1].islower() and len(w) > 3) >= 2 \
                and looks_like_names(names) and not organisation_name(names) and not looks_like_names(prose.split(", ")[0]):
            after = body[m.start() + len(names) + 2:]
            role = EDITOR_ROLE_RE.match(after)  # "…remains Jane Roe, ed., Prisons, Example and Extremism (…)"
            after = after[role.end():] if role else after
            if after[:1].isupper() and _title_then_facts(after, commas=True):
                return prose
    return None


# The verb that closes a sentence of prose before the names it introduces: "The most widely read was", "The standard
# account remains"
PROSE_VERBS = frozenset("was were is are remains remain remained wrote writes argues argued offers offered gives gave "
                        "provides provided includes".split())
CAPITAL_AFTER_SPACE_RE = lazy(r"(?<=\s)[ʿ‘`]?\p{Lu}")  # (an ʿayn before the capital: "ʿAbd al-Raḥmān")
# A lead of two or three words in "as": "As argued by", "As shown convincingly in"
AS_VERB_RE = lazy(r"As\s+\p{Ll}+(?:\s+\p{Ll}+)?")
# An editor's role after the names: "ed., ", "eds., "
EDITOR_ROLE_RE = lazy(r"eds?\.,\s+")


def _title_then_facts(text: str, commas: bool = False) -> bool:
    """An unmarked title in title case, then its publication facts in brackets: "The Example City: Crime as Fabric (…)";
    with ``commas``, a title whose parts a comma sets apart, each in capitals ("Prisons, Terrorism and Extremism (…)")."""
    cut = text.find(" (")
    if not (0 < cut <= 200 and len(text[:cut].split()) >= 2 and bibstyle.PUB_PAREN_RE.match(text, cut + 1) is not None):
        return False
    return "," not in text[:cut] or commas and all(part[:1].isupper() for part in text[:cut].split(", ")) \
        and not any(ch.isdigit() or ch == "/" for ch in text[:cut])  # (no symbol: "OEA/Ser.L/V/II, Doc. 97/24")


# Words a title in title case leaves in lower case
SMALL_WORDS = frozenset("a an the of and or for to in on at by with from as into over under vs de del la las los el y en".split())


# A book's facts as British notes print them, the town and year alone: "(London, 1983)", "(Oxford, 2019)"
PLACE_YEAR_PAREN_RE = lazy(r"\((?P<place>\p{Lu}[\p{L} .]{1,30}),\s*(?:1[5-9]|20)\d\d\)")


def _place_year_paren(body: str) -> bool:
    return any(places.publishing_city(m.group("place")) for m in PLACE_YEAR_PAREN_RE.finditer(body))


def _a_sentence(text: str) -> bool:
    """Prose, not a title in title case nor an entry's sentences: one sentence (no ". ", ":" or figure) with two words in
    lower case that are no small words ("The government's position is laid out")."""
    if ". " in text or ":" in text:
        return False
    lower = sum(1 for w in text.split() if w[:1].islower() and w.lower() not in SMALL_WORDS)
    return lower >= 2 and not any(c.isdigit() for c in text) or lower >= 3  # ("Las cifras para 2019 pueden consultarse en")


def _colon_prose_lead(body: str) -> str | None:
    """A sentence closed by a colon before a citation's names: "On curtailment I rely on the operator's own data rather
    than press reports: Red Eléctrica, Informe … (Madrid: …, 2024), 34"."""
    colon = body.index(": ")
    prose, rest = body[:colon], body[colon + 2:]
    names = rest.split(", ", 1)[0].strip()
    town = prose.rsplit(", ", 1)[-1].strip()
    if ", " in prose and len(town.split()) <= 3 and places.known_place(town) and dates.find_date(rest) is not None \
            and len(rest) < 80:
        return None  # "…, Informe FIP n.º 28, Bogotá: FIP, marzo de 2018": the town and publisher of the work, no prose
    if len(prose.split()) < 5 or "," in prose and not _prose_with_commas(prose) or not prose[:1].isupper() \
            or any(m in prose for m in "“”\"*«»(") \
            or not _a_sentence(prose) \
            or not (organisation_name(names) or looks_like_names(names) and " " in names) or ", " not in rest:
        return None
    for m in LEADS_TO_NAMES_RE.finditer(prose):  # "The figure comes from UNEP, The Rise of Environmental Crime: A Growing
        named = prose[m.end():].split(", ", 1)[0].strip()  # Threat …": the names, then a title whose subtitle follows
        if ", " in prose[m.end():] and (organisation_name(named) or looks_like_names(named) and " " in named):
            return None
    return body[: colon + 1]


def _prose_with_commas(prose: str) -> bool:
    """A sentence whose commas set off clauses, not names: "Howe's survey remains the best guide …, but it says little
    …"; its first part names no one and it holds three words of prose or more."""
    return not looks_like_names(prose.split(", ")[0]) and sum(1 for w in prose.split() if w[:1].islower() and len(w) > 3) >= 3


def _parenthesised(body: str) -> tuple[int, int] | None:
    """A full citation set in parentheses inside a sentence: the span of what the parentheses hold.
    Only where no title comes before them, so that a publication parenthetical stays where it is."""
    regs = spans.regions(body)
    for r in regs:
        if r.kind in ("quote", "italic"):
            return None  # a title before any parenthesis: the citation opens the sentence
        if r.kind == "paren" and r.start > 0 and any(mark in body[r.start:r.end] for mark in "*“\""):
            before = body[: r.start].strip().rstrip(",").strip()
            if looks_like_names(before) or organisation_name(before):
                return None  # "Comisión de la Verdad (CVR), ..."
            if features.judge(body[r.start + 1:r.end - 1].strip())[0] == "full":
                return r.start + 1, r.end - 1
    return None


def _short_with_page(text: str) -> bool:
    """A short form that ends in the page it points at: "Felbab-Brown, pp. 15-20", "Ávila, 30"."""
    text = text.strip().rstrip(";,.").strip()
    return features.judge(text)[0] == "short" and features.strip_locator(text)[1] is not None


def _two_short_forms(left: str, right: str) -> bool:
    """Two short forms, one of them with its page, the other with its short title: 'Parens, “Wagner Group’s
    Playbook,” and Marten, 195–97', "Marten, 195–97, and Parens, “Wagner Group’s Playbook.”"."""
    left, right = left.strip().rstrip(";,.").strip(), right.strip().rstrip(";,.").strip()
    if features.judge(left)[0] != "short" or features.judge(right)[0] != "short":
        return False
    return _short_with_page(left) or _short_with_page(right) or left[-1:] in "”\"*" and right[-1:] in "”\"*"


def _conjoined(text: str, regs: list[spans.Region], spans_: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Cut a chunk where ", and" joins two full citations: "See A, *Title* (Place: P, 1998), 45,
    and B, *Title* (Place: P, 1999), 12."  Both sides must read as full citations on their own,
    and the second must open with names; a title or a list of names holding "and" stays whole."""
    if ", " not in text:
        return spans_
    masked = None
    out: list[tuple[int, int]] = []
    for start, end in spans_:
        if masked is None:
            masked = spans.mask(text, regs)
        cut_at = start
        for m in AND_JOIN_RE.finditer(masked, start, end):
            left = text[cut_at:m.start()]
            if not _closes_citation(left):
                continue  # "in Hugo Frühling, Joseph S. Tulchin, and Heather A. Golding eds.": one list of names
            right = text[m.end():end].strip().rstrip(";,").strip()
            if m.group("prose") is not None:  # "..., March 4, 2014, 12, and the indictment that followed it": a comment
                if _reads_as_full(left) and features.judge(right)[0] is None:
                    out.append((cut_at, m.start() + 1))
                    cut_at = m.start() + 1
                continue
            if m.group("prose") is None and (_short_with_page(right) and _short_with_page(_without_signal(left))
                                             or _two_short_forms(_without_signal(left), right)):
                out.append((cut_at, m.start() + 1))  # "see Felbab-Brown, pp. 15-20, and Ávila, pp. 30-31": two short forms
                cut_at = m.start() + 1
                continue
            names = NAMES_THEN_TEXT_RE.match(right)
            if not (names and looks_like_names(names.group("names"))) and not features.newspaper_issue(right) \
                    and right[:1] not in ("“", '"', "*"):
                continue  # the second citation opens with names, a title, or is a newspaper's issue
            if features.judge(right)[0] != "full" or not (_reads_as_full(left) or _short_with_page(_without_signal(left))):
                continue  # (a short form with its page may stand before it: "Levitt, Hezbollah, p. 81, and Douglas Farah, …")
            out.append((cut_at, m.start() + 1))
            cut_at = m.start() + 1
        out.append((cut_at, end))
    return out


def _closes_citation(text: str) -> bool:
    """``text`` ends as a citation does: a page or a year, a closing parenthesis or title mark, a URL."""
    end = text.rstrip(" ,;.")
    if not end:
        return False
    if end[-1].isdigit() or end[-1] in ")]*”\"’'»":
        return True
    url = features.URL_RE.search(end)
    return url is not None and url.end() == len(end)


def _reads_as_full(chunk: str) -> bool:
    """A full citation, once its signal phrase or lead phrase is set aside."""
    if features.judge(_without_signal(chunk))[0] == "full":
        return True
    found = _after_lead_phrase(chunk.strip())
    return found is not None and found[2] == "full"


# A topic named before a signal, with no comma: "On the memory debates", "For the later period", "Sobre este punto"
TOPIC_LEAD_RE = lazy(r"(?i)(?:on|for|regarding|about|concerning|as\s+for|sobre|sur|pour|para|zur?|zum)\s[^,;:“\"*\d]{2,60}")


def _without_signal(chunk: str) -> str:
    """A chunk without its opening signal phrase or conjunction: what ``judge`` should see."""
    chunk = chunk.strip()
    m = SIGNAL_RE.match(chunk) or AND_RE.match(chunk)
    if m is None and ", " in chunk[:LEAD_PHRASE_MAX] and _may_signal(chunk[:LEAD_PHRASE_MAX]):  # "On the price effects of the ban,
        # see Mansfield, …": a lead clause first
        m = SIGNAL_RE.search(chunk, 0, LEAD_PHRASE_MAX)
        if m is not None and (not (chunk[: m.start()].rstrip().endswith(",") or TOPIC_LEAD_RE.fullmatch(chunk[: m.start()].rstrip()))
                              or TITLE_OR_DIGIT_RE.search(chunk[: m.start()])):
            m = None  # (a topic may lead to the signal with no comma: "On the memory debates see Roe, …")
    rest = (chunk[m.end():] if m else chunk).strip().rstrip(";,").strip()
    told = REPORTING_BY_RE.match(rest) if rest[:1] in "SsRrCcAaDd" else None
    return rest[told.end():] if told else rest  # ("See reporting by RFI, 13 juin 2022": the outlet's story)


def _rejoin(text: str, spans_: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Undo a sentence cut inside an unmarked title ("vom späten 18. Jahrhundert (Munich: Beck,
    2000)", "ciencias sociales. Perspectivas latinoamericanas, ed. Lander (Buenos Aires: …)"):
    a chunk that opens with names and has no publication facts, followed by a chunk whose
    publication parenthetical names no author or title of its own."""
    out: list[tuple[int, int]] = []
    skip = 0
    for i, (start, end) in enumerate(spans_):
        if skip:
            skip -= 1
            continue
        continued = None  # (whether this chunk goes on the one before, once asked)
        if out and text[out[-1][0]:out[-1][1]].rstrip().endswith(".") and text[out[-1][0]:out[-1][1]].rstrip()[-2:-1].isdigit() \
                and SIGNAL_RE.match(text, start + len(text[start:end]) - len(text[start:end].lstrip())) is not None:
            out.append((start, end))  # "…, Paris, Seuil, 2006. Voir aussi, …, Christophe Guilluy, …": a work ended on its
            continue  # year, and a signal opens the next
        if out and i + 1 < len(spans_) and text[start:end].rstrip().endswith(".") \
                and text[out[-1][0]:out[-1][1]].rstrip().endswith((".", "?", "!")) \
                and any(", " in text[a:b] for a, b in spans_[i + 1:i + 4]):
            # "Rémi Roe, Le Mirage. La France en guerre. Serval, Barkhane et après ?, Paris, …, 2023", "Carlos Roe y Julio
            # Doe, Parte de guerra. Tlatelolco 1968. Documentos del general …. Los hechos y la historia, México, …, 1999":
            # a title of three sentences or more, then its facts
            before = text[out[-1][0]:out[-1][1]].strip()
            continued = _continues(before, text[start:end].strip())
            joined = None if continued else next(
                (k for k in range(1, min(4, len(spans_) - i)) if text[start:spans_[i + k - 1][1]].rstrip().endswith(".")
                 and ", " in text[spans_[i + k][0]:spans_[i + k][1]]
                 and _continues(before, text[start:spans_[i + k][1]].strip())), None)
            if joined is not None and not looks_like_names(before.rstrip(".")) and not _short_with_page(before) \
                    and not features.IBID_RE.match(before):  # (a name alone, a short form or an ibid is whole already)
                out[-1] = (out[-1][0], spans_[i + joined][1])
                skip = joined
                continue
        if out and features.AVAILABILITY_RE.match(text, start):  # "… (Vienna, 2019). Available at https://…": where to find it
            out[-1] = (out[-1][0], end)
            continue
        if out and bibstyle.JURISDICTION_RE.fullmatch(text[out[-1][0]:out[-1][1]].strip() + " ") \
                and bibstyle.jurisdiction_head(text[out[-1][0]:end].strip()) is not None:
            out[-1] = (out[-1][0], end)  # "BRASIL. Ministério da Justiça. …": a government heads the work it issued
            continue
        if out and (continued if continued is not None else _continues(text[out[-1][0]:out[-1][1]].strip(), text[start:end].strip())):
            out[-1] = (out[-1][0], end)
            continue
        if out and text[start:start + 12].lstrip()[:1] == "(" and ADDRESS_IN_PARENS_RE.fullmatch(text[start:end].strip()):
            out[-1] = (out[-1][0], end)  # "…, October 18, 2023. (https://home.treasury.gov/…)": where the work is, after its period
            continue
        if out and BARE_ADDRESS_RE.fullmatch(text[start:end].strip()) and text[out[-1][0]:out[-1][1]].rstrip().endswith(";") \
                and "://" not in text[out[-1][0]:out[-1][1]] and "www." not in text[out[-1][0]:out[-1][1]] \
                and _address_of(text[start:end].strip(), text[out[-1][0]:out[-1][1]]):
            out[-1] = (out[-1][0], end)  # "…, U.S. Department of Justice, May 18, 2020; https://www.justice.gov/…": its address
            continue
        if out and _locator_only(text[start:end]) and "://" in text[out[-1][0]:out[-1][1]]:
            out[-1] = (out[-1][0], end)  # "…, https://example.org/report; p. 34.": the page the address holds
            continue
        if out and text[out[-1][0]:out[-1][1]].rstrip().endswith(";") and REPORT_CODE_RE.search(text, start, end) \
                and features.judge(text[out[-1][0]:out[-1][1]].strip().rstrip(";"))[0] is None:
            # "GAO, Plan Colombia: … Has Improved; U.S. Agencies Need More Detailed Plans …, GAO-09-71, October 2008": the
            # semicolon is the title's, as GAO's titles print it
            out[-1] = (out[-1][0], end)
            continue
        out.append((start, end))
    return out


# An address alone: "https://www.justice.gov/opa/pr/…", "www.example.org/report."
BARE_ADDRESS_RE = lazy(r"(?:https?://|www\.)\S+")
HOST_RE = lazy(r"(?:https?://)?(?:www\d?\.)?(?P<host>[^/\s]+)")


def _address_of(address: str, citation: str) -> bool:
    """The address is the cited work's own: its site's name is the publisher's or outlet's ("justice.gov" of the
    Department of Justice, "nytimes.com" of The New York Times), not another source's ("t.me/…" after a report)."""
    host = HOST_RE.match(address)
    labels = host.group("host").lower().split(".") if host else []
    name = max(labels[:-1], key=len, default="") if len(labels) > 1 else ""
    if len(name) < 3:
        return False
    condensed = "".join(ch for ch in citation.lower() if ch.isalnum())
    initials = "".join(w[0].lower() for w in citation.split() if w[:1].isupper() and w.lower() not in ("the", "u.s."))
    return name in condensed or any(name.startswith(initials[i:i + 3]) for i in range(max(0, len(initials) - 2)))


# A report's code of letters, year and number: "GAO-09-71", "GAO-22-104611", "CRS R45811" (the ones whose titles hold "; ")
REPORT_CODE_RE = lazy(r"\b(?:GAO|GAO/[A-Z]{2,6}|NSIAD|OIG|DODIG|SIGAR)-\d{2}-\d{1,6}\b")


# An address alone in parentheses, as some publishers print it after a note's last period: "(https://www.fdd.org/…)"
ADDRESS_IN_PARENS_RE = lazy(r"\(\s*(?:https?://|www\.)[^\s()]+(?:\([^\s()]*\)[^\s()]*)*\s*\)[.;]?")


def _locator_only(chunk: str) -> bool:
    """"p. 34.", "pp. 3–4", "para. 12": a page or paragraph and nothing else."""
    body = chunk.strip(" ;,.")
    return bool(body) and len(body) < 24 and features.strip_locator(", " + body)[0].strip(" ,") == ""


# A body's acronym in brackets after its name: " (IDL)", " (Coneval)"
ACRONYM_PAREN_RE = lazy(r"\s+\(\p{Lu}[\p{L}.&\-]{1,11}\)(?=,)")


# A page closing a short form: ", p. 40", ", pp. 3–5", ", 40"
PAGE_END_RE = lazy(r",\s*(?:pp?\.\s*)?\d{1,5}(?:\s*[-–]\s*\d{1,5})?$", regex.REVERSE)


# A title's second sentence that names what the work is, though a body's name follows: "Informe de la Comisión …"
REPORT_HEAD_RE = lazy(r"(?i)(?:informe|report|rapport|bericht|relatório|relatorio|documento|document)\s+(?:de|of|du|des|der|do|da)\s")


def _title_of_two_sentences(first: str, second: str, title_at: int) -> bool:
    """``first`` is a body and the first sentence of an unmarked title (a few words, no figure), ``second`` the rest of
    the title and its facts, closed by a date, and the two read together as one full citation."""
    title = first[title_at:].strip(" ,")
    if title[:1] in "“\"«" and first.rstrip().endswith(("”.", '".', "».")) and "(" in second \
            and second[:1].isupper() and features.PUB_PAREN_RE.search(second):
        # '… y Cristosal, “Podemos detener a quien queramos”. Violaciones generalizadas … (Nueva York: HRW, <date>)': a
        # report's title that opens on a quotation, its second sentence and facts after it
        return features.judge(f"{first} {second}")[0] == "full"
    head = second.split(",", 1)[0].split("(", 1)[0].strip()
    if not (2 <= len(title.split()) <= 8 and title[:1].isupper() and "," not in title and not any(ch.isdigit() for ch in title)
            and head[:1].isupper() and len(head.split()) <= 16 and not looks_like_names(head)
            and (not organisation_name(head) or REPORT_HEAD_RE.match(head))  # ("Informe de la Comisión …": its report)
            and not features.LATIN_BACKREF_RE.match(" " + second) and not features.IBID_RE.match(second)):
        return False  # (a sentence of prose has commas or opens in lower case; "Op. cit., p. 12" closes a short form)
    if any(mark in first for mark in "“”\"*«"):
        return False  # (a marked title closes itself: what follows its full stop is another sentence)
    found = dates.find_date(second)
    if found is not None and found.span[1] >= len(second.rstrip(" .")) - 1 and ", " in second \
            and found.span[0] >= second.rindex(", "):  # the facts after the title's second sentence, its date last
        return features.judge(first)[0] != "full" and features.judge(f"{first} {second}")[0] == "full"
    # (the same title cited again with its page: "Amnesty International, Stars on their shoulders. Blood on their
    # hands, p. 40.")
    return second.count(",") == 1 and PAGE_END_RE.search(second.rstrip(" .")) is not None \
        and features.judge(f"{first} {second}")[0] == "short"


# The editors of a German chapter's book, and the first sentence of its title: "…, in: Jane Roe/John Doe (Hrsg.), Salafismus."
EDITED_BOOK_TITLE_END_RE = lazy(r"\((?:Hg|Hrsg)\.\),\s+[^,;()]{2,200}\.$")
# German publication facts, town and publisher before the year: "Freiburg i. Br.: Herder 2014", "Berlin: Ch. Links, 2019"
GERMAN_FACTS_RE = lazy(r"(?:^|,\s)\p{Lu}[\p{L}.\- ]{1,30}(?:/\p{Lu}[\p{L}.\- ]{1,30}){0,2}:\s+\p{Lu}[^,()\d:]{0,60}?,?\s(?:1[5-9]|20)\d\d\b")


# Words in lower case that lead to the names after a signal: "the essays in ", "the chapters by ", "the discussion in "
LOWER_LEAD_IN_RE = lazy(r"(?:the|a|an|his|her|their|its)\s+(?:[\p{Ll}-]+\s+){0,3}(?:in|by)\s+\p{Lu}"
                        r"|(?:el|la|los|las|le|les|o|os)\s+(?:[\p{Ll}-]+\s+){0,3}(?:de|del|por|par|en|dans|em)\s+\p{Lu}")
# ("Véase el trabajo de Pien Metaal y Coletta Youngers (eds.), …")
# Words that lead to the outlets whose stories are cited: "See reporting by RFI, …", "reports in Le Monde, …"
REPORTING_BY_RE = lazy(r"(?i)^(?:see\s+(?:also\s+)?)?(?:the\s+)?(?:reporting|reports|coverage|stories|articles|dispatches)"
                       r"\s+(?:by|in|from)\s+(?=\p{Lu})")
# A short phrase in lower case set off by commas after a signal, before the names: ", sur un registre plus polémique, "
LOWER_LEAD_AFTER_SIGNAL_RE = lazy(r"^\s*,?\s*\p{Ll}[^,;.:()]{2,60},\s+(?=\p{Lu})")


def _continues(first: str, second: str) -> bool:
    if not first.endswith((".", "?", "!")) or first.endswith(("Ibid.", "ibid.", "*")):
        return False
    second = second.rstrip(" ;")  # "…, Paris, CNRS Éditions, 2015 ; Mathieu Roe, …": the next work's semicolon
    if features.IBID_RE.match(first) and features.judge(first)[0] == "ibid":
        return False  # "Ibid., 60. Roe's argument is echoed in …": the back-reference is whole; a new sentence follows
    if ": " in second[:40] and bibstyle.COLON_FACTS_TAIL_RE.fullmatch(". " + second.strip()):
        # "Carlos Iván Ejemplo, El surgimiento de Sendero Luminoso. Lima: IEP, 1990, p. 12.": the facts go on
        return features.judge(first + " " + second)[0] == "full"
    if first[:3].isupper() and bibstyle.abnt_unsigned_note_form(f"{first} {second}") is not None:
        return True  # "FACÇÃO amplia presença no Norte. *Folha de S.Paulo*, São Paulo, 3 jun. 2018.": a headline, then its paper
    sig = SIGNAL_RE.search(first) if _may_signal(first) else None  # "For a summary of the criticisms, see Patrick Ball et al., …"
    if sig:
        first = first[sig.end():]
        if (phrase := LOWER_LEAD_AFTER_SIGNAL_RE.match(first)) is not None:
            first = first[phrase.end():]  # "Voir aussi, sur un registre plus polémique, Christophe Guilluy, …": the phrase
            # between the signal and the names
    if first[:4] in ("and ", "y ", "et ") and (conj := AND_RE.match(first)) is not None:
        first = first[conj.end():]  # "…; and White, Hugh. 2012. The China Choice. …": the last of the works, its names
    if ": " in second and bibstyle.german_note_form(f"{first} {second}") is not None \
            and bibstyle.german_note_form(first) is None:  # (a citation whole with its facts is followed by another sentence)
        return True  # "Jane Roe, NSU. Der Terror von rechts, München: Droemer 2018": a title and its subtitle, German facts
    if "(H" in first and ": " in second and EDITED_BOOK_TITLE_END_RE.search(first) and GERMAN_FACTS_RE.search(second):
        return True  # "…, in: Behnam Roe/Hazim Doe (Hrsg.), Salafismus. Auf der Suche …, Freiburg: Herder 2014": the book's
        # title and its subtitle, then its facts
    if ", " in second and second[-1:] in ".0123456789" and bibstyle.publisher_place_year_note_form(f"{first} {second}") \
            and bibstyle.publisher_place_year_note_form(first) is None:
        return True  # "A. Roe, 'Ndrangheta. The Glocal Dimensions …, Palgrave Macmillan, Cham 2016": Italian facts
    if "«" in second and (joined := italian.note_form(f"{first} {second}")) is not None and not joined.startswith("“") \
            and ((alone := italian.note_form(second)) is None or alone.startswith("“")):
        return True  # "R. Roe, Il capitale sociale. Relazioni esterne, in «Quaderni di Sociologia», XLII, 18, 1998": a subtitle
        # (the second sentence alone names no author)
    if "(" in first[:90]:  # "(eds.)", "(IDL)": a role or a body's acronym after the names
        first = ACRONYM_PAREN_RE.sub("", ROLE_PAREN_RE.sub("", first, count=1), count=1)
    m = NAMES_THEN_TEXT_RE.match(first)
    if not m or not (looks_like_names(m.group("names")) or organisation_name(m.group("names"))):
        return False
    if ", " in second and dates.find_date(second) and not features.PUB_PAREN_RE.search(first) \
            and bibstyle.comma_facts_note_form(f"{first} {second}") is not None:
        return True  # "Luc BOLTANSKI et Laurent THÉVENOT, De la justification. Les économies …, Paris, Gallimard, 1991.",
        # "Istat, Rapporto annuale 2023. La situazione del Paese, Roma, Istat, 2023." (a year inside the title)
    if organisation_name(m.group("names")) and _title_of_two_sentences(first, second, m.end("names")):
        return True  # "Amnesty International, Stars on their shoulders. Blood on their hands: … (Index: AFR 44/1657/2015), June
        # 2015": a body's title of two sentences, then its facts
    found = dates.find_date(first)
    if features.PUB_PAREN_RE.search(first) or found is not None and found.span[1] >= len(first.rstrip(" .")) - 1 \
            and (len(found.parts) > 1 or first[: found.span[0]].rstrip().endswith((",", "(")) or "(" not in second):
        return False  # a citation complete with its date; a year inside a title ("in Climate Change 2022: …") goes on, and
        # so does one that ends a title's first sentence, its facts in brackets after the second ("Encuesta Nacional …
        # (ENVIPE) 2022. Principales resultados (Aguascalientes: INEGI, 2022)")
    kind, evidence = features.judge(second)
    if kind != "full" or not any("parenthetical" in e for e in evidence):
        return False
    if _short_with_page(first):
        return False  # "Van Evera, Causes of War, p. 124. His argument is disputed in Keir A. Lieber, War and …": a short form
        # whole with its page, then a sentence citing another work
    head = second.split("(", 1)[0]
    first_part = head.split(", ")[0]
    if any(q in head for q in "“\"*"):
        return False
    after_first = head[len(first_part) + 2:]
    if looks_like_names(first_part) and (", " in head and not after_first[:1].islower() or is_given_name(first_part.split()[0])):
        return False  # "Ottmar Ette, Das Mobile ...": the next citation; "Eine Einführung (...)": the title goes on, and so
        # does "Formalidad, informalidad y economía delictiva (…)", a subtitle whose second word is in lower case
    return bool(features.judge(first + " " + second)[0] == "full")


# The part of a work a GOST note cites after a full stop: "…, 2003. С. 112–115.", "Там же. С. 118.", "2014. Vol. 93, No. 5.
# P. 77–89."
GOST_PART_AHEAD_RE = lazy(r"[ \t]+(?:С|Ст|Стр|Т|П|P|Pp|Vol|№)\.?[ \t]?\d")


def _question_in_title(text: str, masked: str, pos: int, regs: list[spans.Region]) -> bool:
    """Whether the question mark at ``pos`` ends a plain title's first part, its subtitle running on to the facts of
    publication: "Roe and Doe, Sexual Violence as a Weapon of War? Perceptions, Problems … (London: Zed Books, 2013)"."""
    sub = QUESTION_SUBTITLE_RE.match(text, pos + 1)
    if sub is None or AFTER_QUESTION_RE.match(sub.group("sub")):
        return False
    if any(pos < r.start < sub.start("facts") for r in regs if r.kind in ("quote", "italic")):
        return False  # ("Why did it fail? Roe, *Title* (London: X, 2019)": a question of the author's, then a marked title)
    head = masked[masked.rfind(". ", 0, pos) + 1:pos]
    return ", " in head and features._pub_like(f"({sub.group('facts')})")


# A year in brackets followed by a comma or a colon, after a period: ". (2010), p. 61"
YEAR_PAREN_AHEAD_RE = lazy(r"[ \t]+\((?:1[5-9]|20)\d\d[a-z]?\)[,:;]")


def _is_sentence_end(text: str, masked: str, pos: int, regs: list[spans.Region]) -> bool:
    if text[pos] == "?" and "(" in masked[pos:pos + 240] and _question_in_title(text, masked, pos, regs):
        return False
    if text[pos] == "?" and (opened := text.rfind("¿", max(0, pos - 200), pos)) > 0 \
            and text[:opened].rstrip().endswith(",") and "." not in text[opened:pos] and ", " in text[pos:pos + 200]:
        return False  # "Roe, ¿En qué va la sustitución? Desafíos y dilemas, Bogotá: FIP, 2018": a Spanish title's question,
        # opened after a comma, then its subtitle
    if text[pos] != ".":  # "Knaus, Welche Grenzen brauchen wir? [wie Fn. 1], S. 130": a title's question, then its note
        return not (text[pos + 1:pos + 3].lstrip()[:1] in "([" and NOTE_XREF_AHEAD_RE.match(text, pos + 1))
    if text[pos + 1:pos + 3].strip()[:1] in "СТПPV№" and GOST_PART_AHEAD_RE.match(text, pos + 1):
        return False
    if text[pos + 1:pos + 3].lstrip()[:1] in "([" and NOTE_XREF_AHEAD_RE.match(text, pos + 1):
        return False  # "Roe and Doe, op. cit. (note 5), p. 6": the note it was cited in, not a new sentence
    if text[pos + 1:pos + 3].lstrip()[:1] == "(" and YEAR_PAREN_AHEAD_RE.match(text, pos + 1):
        return False  # "Hegghammer, op. cit. (2010), p. 61": the year tells which of the author's works, then the page
    m = TOKEN_BEFORE_RE.search(masked[max(0, pos - 30):pos])
    if not m:
        after = ORDINAL_NOUN_RE.match(masked, pos + 1)
        return not (after and ORDINAL_BEFORE_RE.search(masked, max(0, pos - 3), pos))  # "des 19. Jahrhunderts"
    token = m.group(1)
    if token in ("i", "a") and masked[pos + 1:pos + 6].lstrip().startswith(("Br.", "M.", "d.")):
        return False  # "Freiburg i. Br.", "Frankfurt a. M.", "Halle a. d. Saale": a German town's district, abbreviated
    if token == "Am" and masked[max(0, pos - 8):pos] == "Inter-Am":
        return False  # "Inter-Am. Ct. H.R.": the Inter-American Court, as the Bluebook abbreviates it
    if token in CAPITALISED_ABBREVIATIONS and masked[pos + 1:pos + 3].lstrip()[:1].isupper():
        return False  # "Cong. Rsch. Serv., R42659", "Am. Bar Ass’n", "U.S. Gov’t Accountability Off.": the Bluebook's
        # abbreviated words of a body's name (capitalised, before another capitalised word: "turned off. Then" ends)
    if token.lower().rstrip(".").replace("’", "'") in ABBREVIATIONS or token.lower() in IBID_WORDS:
        if token.lower().rstrip(".") in ("id", "idem") and masked[pos + 1:pos + 8].lstrip().lower().startswith("ib"):
            return False  # "Id. Ibid., p. 146": one back-reference, as Brazilian notes print it
        return token.lower() in IBID_WORDS
    if len(token) == 1 and token.isupper() or token in NAME_ABBREVIATIONS:
        return False  # an initial: "John B. Reuter"; "Md. Shahidul Haque", "Jose Ma. Sison"
    if token == "b" and pos >= 3 and masked[pos - 2] == " " and masked[pos - 3].isalpha() \
            and (after := masked[pos + 1:pos + 4].lstrip()[:1]) and (after.isupper() or after in "ʿ‘`'"):
        return False  # "Aḥmad b. ʿAbd al-Ḥalīm Ibn Taymiyya": "b." for "ibn", son of, as Arabists abbreviate it
    if "." in token:
        return False  # "U.S", "D.C", "n.d", "e.g"
    if token[:1].isupper() and JOURNAL_SUBTITLE_AHEAD_RE.match(masked, pos + 1) and masked[max(0, pos - len(token) - 2):
                                                                                      pos - len(token)] == ", ":
        return False  # "…”, Sur. Revista Internacional de Derechos Humanos, vol. 3": a journal named "Sur. Revista …"
    if token[:1].isupper() and len(token) <= 6 and ABBREVIATED_RUN_RE.match(masked, pos + 1):
        return False  # "112 Harv. L. Rev. 345": a journal's abbreviated name before its first page
    return True


# The second part of a Latin American journal's name, after its first word and a full stop: "Íconos. Revista de Ciencias
# Sociales", "Desacatos. Revista de Ciencias Sociales", "Sur. Revista Internacional de Derechos Humanos"
JOURNAL_SUBTITLE_AHEAD_RE = lazy(r"\s(?:Revista|Cuadernos|Boletín|Anuario|Estudios|Journal|Review)\s(?:de|do|da|of|del|para|Internacional|"
                                 r"Latinoamericana|Mexicana|Colombiana|Brasileira|Argentina)\b")


LEAD_PHRASE_MAX = 80  # "for a contrary view," "on the later years of the war, see"
# where a lead phrase may end: a comma, or "in"/"en"/"dans" before a capital ("the accounts in El Comercio"), or a German
# adverb, as German notes lead to a work with no comma ("kritisch dazu Knaus, *Titel* …", "so auch Roe, …", "ähnlich Doe, …")
LEAD_PHRASE_END_RE = lazy(r",\s+|\s(?:in|en|dans|im|with\s+those\s+in|con\s+los\s+de)\s+(?=[\p{Lu}“\"*])"
                          r"|(?:^|\s)(?:dazu|auch|ähnlich|anders|etwa|ferner|insbesondere|grundlegend)\s+(?=\p{Lu})")
# a title mark or a digit: a chunk without either cites nothing
TITLE_OR_DIGIT_RE = lazy(r'[*“"\d]')


# A signal word opening a sentence that then leads to its citation: "See the discussion in Merchant, ..."
SIGNAL_OPENING_RE = lazy(r"(?i)\s*(?:see|cf\.|compare|véase|vease|voir|vgl\.|siehe)\s")
# A signal word alone before a comma, where a lead phrase may go on: "See, for example, …"
LEAD_SIGNAL_WORDS = frozenset({"see", "see also", "véase", "vease", "voir", "siehe", "cf.", "compare"})


def _after_lead_phrase(chunk: str, signalled: bool = False):
    """A citation after a short lead phrase and a comma, with no signal word:
    (lead, body, kind, evidence, offset of the body in the chunk), or None.

    The body must be a full citation, or a short form with a marked title after names, so
    that prose with commas ("In 1990, Shining Path ...") is never read as a citation."""
    if not TITLE_OR_DIGIT_RE.search(chunk) and " v. " not in chunk:
        return None  # no title, no year or page and no case ("the indictment in U.S. v. Hamdan"): nothing here to cite
    for m in LEAD_PHRASE_END_RE.finditer(chunk, 0, LEAD_PHRASE_MAX):
        lead = chunk[:m.start()].strip()
        if lead.lower() in LEAD_SIGNAL_WORDS:
            continue  # "See, for example, the indictment in U.S. v. Hamdan, …": the signal is no name
        if any(mark in lead for mark in "*“\"") or looks_like_names(lead):
            return None
        at = m.end()
        body = chunk[at:].strip().rstrip(";,").strip()
        kind, evidence = features.judge(body)
        if kind == "full" or kind == "short" and (signalled or _names_before_title(body)):
            named = BY_NAMES_END_RE.search(chunk, 0, m.start())
            if named is not None and looks_like_names(named.group("names")):
                # "See the report by Rex Hudson, Terrorist Groups (…)": the names after "by" are the work's authors
                with_names = chunk[named.start("names"):].strip().rstrip(";,").strip()
                kind2, evidence2 = features.judge(with_names)
                if kind2 == "full":
                    return chunk[:named.start("names")].strip(), with_names, kind2, evidence2 + ["citation after a lead phrase"], \
                        named.start("names")
            return chunk[:at].strip(), body, kind, evidence + ["citation after a lead phrase"], at
    return None


# A lead phrase that ends on the names of the work's authors: "the report by Rex Hudson", "el estudio de Ana Roe"
BY_NAMES_END_RE = lazy(r"\b(?:reports?|stud(?:y|ies)|works?|essays?|books?|analys[ie]s|accounts?|articles?|papers?|chapters?|"
                      r"surveys?|estudios?|informes?|trabajos?|libros?|ensayos?|análisis|artículos?|études?|rapports?|"
                      r"ouvrages?|livres?|travaux|travail|Studie|Bericht|Buch|Arbeit)\s+(?:by|de|del|por|par|von)\s+"
                      r"(?P<names>\p{Lu}[^,;()“”\"*]{2,60}(?:\s\((?:eds?|coords?|comps?|orgs?|dirs?|hrsg)\.?\))?)$")


def _names_before_title(body: str) -> bool:
    titles = [r for r in spans.regions(body) if r.kind in ("quote", "italic")]
    if not titles:
        return False
    before = body[: titles[0].start].strip().rstrip(",").strip()
    return bool(before) and looks_like_names(before)


def _from_title(chunk: str, regs: list[spans.Region], offset: int):
    """A citation that starts at a title inside a prose sentence: (lead, body, kind, evidence, offset). The prose may
    quote a phrase of its own before the title ('see the “Example” campaign described in Jane Roe, “Title,” …'), and
    the names before the title belong to the citation ("… is described in Jane Roe, “Title,” …")."""
    tried = 0
    for r in regs:
        if r.kind in ("quote", "italic") and offset < r.start < offset + len(chunk):
            local = r.start - offset
            lead = chunk[:local].strip()
            if not lead or not LEADS_TO_TITLE_RE.search(lead):
                tried += 1
                if tried < 3:
                    continue
                return None, None, None, None, 0
            named = _names_after_lead(chunk, lead, local)
            if named is not None:
                return named[0], named[1], named[2], named[3], offset + named[4]
            kind, evidence = features.judge(chunk[local:].strip())
            if kind != "full" and tried:
                return None, None, None, None, 0
            return lead, chunk[local:].strip(), kind, evidence + ["citation begins at its title"], r.start
    return None, None, None, None, 0


COLON_TO_NAMES_RE = lazy(r":\s+(?=\p{Lu})")


def _names_after_lead(chunk: str, lead: str, local: int):
    """(lead, body, kind, evidence, start) when the prose before a title ends in "in <names>," and from the names on
    the text reads as a full citation; or None."""
    if not lead.endswith(","):
        return None
    for m in (*LEADS_TO_NAMES_RE.finditer(lead), *LIST_LEAD_RE.finditer(lead, 0, 80), *COLON_TO_NAMES_RE.finditer(lead)):
        names = lead[m.end():].rstrip(",").strip()  # (a colon closing the prose: "… for the crisis: John J. Mearsheimer,")
        if not names or not (" " in names and looks_like_names(names) or organisation_name(names)):
            continue  # ("Reuters in Helsinki, “Title,” *The Guardian*": a town, not a name)
        at = chunk.rfind(names, 0, local)
        kind, evidence = features.judge(chunk[at:].strip())
        if kind == "full":
            return chunk[:at].strip(), chunk[at:].strip(), kind, evidence + ["the names before the title open the citation"], at
        return None
    return None


def _ends_on_page(head: str) -> bool:
    """Whether a back-reference ends on the page it cites: "Ibid., 25", "Gordy, Culture of Power, 164–65"; not on a
    number of another kind ("Código Penal, art. 575", "Question No. 4005") nor a year ("…, end in 2023")."""
    page = PAGE_PART_RE.search(head)
    return page is not None and (page.group("label") is not None or not (len(page.group("page")) == 4
                                                                          and page.group("page")[:2] in ("15", "16", "17", "18", "19", "20")))


def _may_signal(text: str) -> bool:
    """Whether ``text`` holds a word every signal phrase holds: SIGNAL_RE is searched only then."""
    lowered = text.lower()
    return any(word in lowered for word in SIGNAL_WORDS) or "Se " in text or "So " in text  # (Scandinavian "Se", German
    # "So", capitalised only)


def _signal(chunk: str, regs: list[spans.Region], offset: int) -> tuple[str | None, str | None, int]:
    """(lead-in commentary, signal phrase, where the cited part starts) of one chunk."""
    if not _may_signal(chunk):
        return None, None, 0
    local = [spans.Region(r.start - offset, r.end - offset, r.kind) for r in regs
             if r.start >= offset and r.end <= offset + len(chunk)]
    masked = spans.mask(chunk, local)
    for m in SIGNAL_RE.finditer(masked):
        before = chunk[: m.start()].rstrip()
        if before.endswith(",") and looks_like_names(before.rstrip(" ,")) and m.group("sig")[:1].isupper() \
                and features.judge(chunk.strip().rstrip(";,").strip())[0] == "full":
            continue  # "Robert Baer, See No Evil: … (New York: Crown, 2002)": a title that opens on a signal's word
        rest = chunk[m.end():].strip().rstrip(";,").strip()
        kind, _ = features.judge(rest)
        if kind is None and ", " in rest and RELATIVE_WORD_RE.search(rest) and (remark := TRAILING_REMARK_RE.search(rest)):
            kind, _ = features.judge(rest[: remark.start()])  # "See Roe, *Example*, 45, who argues …": a remark after it
        if kind is None and rest[:1] in "Ii*_" and IBID_THEN_PROSE_RE.match(rest) is not None:
            kind = "ibid"  # "See ibid. for the katibas": the signal leads to the same work
        if kind is None and ", " in rest and (prose := PROSE_AFTER_PAGE_RE.search(rest)) is not None \
                and _ends_on_page(rest[: prose.start()]):
            kind, _ = features.judge(rest[: prose.start()])  # "See ibid., 25, and the cases discussed there"
            kind = kind if kind in ("ibid", "short") else None
        if kind is None:
            continue
        lead = chunk[: m.start()].strip() or None
        sig = SPACES_RE.sub(" ", m.group("sig")).strip().rstrip(",").lower()
        return lead, sig, m.end()
    return None, None, 0
