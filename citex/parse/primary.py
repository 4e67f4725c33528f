"""Primary sources cited without a title of their own: social-media posts, court cases and rulings.

    Tweet by @example_news, March 3, 2015.
    Facebook post by Ministerio del Interior, June 2, 2016, https://facebook.com/...
    United States v. John Doe, U.S. District Court, District of Oregon, Criminal Complaint, November 26, 2010.
    Tribunal Constitucional, Sentencia del Expediente N.° 01126-2011-HC/TC, 11 de septiembre de 2012.

``post``, ``legal_case`` and ``ruling`` answer a ``Work`` or None.  Their CSL types are the ones every
importer and the annotation vocabulary know: a post is a ``webpage`` (its platform the
container, "Tweet" its genre), a case a ``document`` (the court its publisher, "Criminal
Complaint" its genre); the CSL types ``post`` and ``legal_case`` reach few importers intact.
"""
from __future__ import annotations

import regex

from .. import spans
from ..articlecache import per_article
from ..lazyregex import lazy
from ..model import Name, Work, evolve
from . import dates
from .legal import CORPORATE_FORM
from .names import HONORIFICS, is_given_name, is_organisation, looks_like_names, parse_names
from .places import dateline_city, publishing_city

# The platforms posts are cited from, and a post's genre on one: "Telegram message", "X post"
_PLATFORM = (r"twitter|x|facebook|instagram|telegram|tiktok|youtube|whatsapp|linkedin|weibo|wechat|bluesky|truth\s+social|threads|"
             r"mastodon|vkontakte|vk|rocket\.chat|element|tamtam|threema|gab|4chan|8chan|8kun|discord|rumble|bitchute|parler|gettr|"
             r"odysee|reddit|minds")  # (the alt-tech platforms extremism studies cite: "post on Gab", "4chan /pol/ thread")
_PLATFORM_POST = rf"(?:{_PLATFORM})\s+(?:post|message|video|status|update|thread)"
# "Tweet by @handle", "Twitter post by Jane Doe (@jdoe)", "Telegram message from ..."
POST_RE = lazy(
    rf"(?i)^(?P<genre>tweet|{_PLATFORM_POST}|retweet|post\s+on\s+(?:{_PLATFORM}))\s+(?:by|from|of)\s+"
    r"(?P<who>@?[^,;()]{2,80}?)(?:\s+\((?P<handle>@[\w.]{1,40})\))?(?:\s+\((?:since\s+|now\s+|later\s+)?(?:suspended|deleted|"
    r"removed|banned|closed|defunct)\))?(?=\s*,|\s+on\s|\s*$)"
)  # ("Post on X by @example, <date>"; "Tweet by a pro-Islamic State account (since suspended), <date>")
# A channel named in quotes as the one who posted: 'Telegram post by the "Amaq" channel'
QUOTED_CHANNEL_RE = lazy(r"(?i)^(?:the\s+)?[“\"](?P<name>[^“”\"]{1,60}?),?[”\"]\s+(?:channel|account|group|page)$")
# The same kind of post after its author's name: "@handle, Twitter post, <date>", "Jane Roe, Facebook post, <date>"
# (the platform alone names the post too, "X" aside: "Jane Roe (@janeroe), Twitter, October 18, 2019")
POST_AFTER_NAME_RE = lazy(
    rf"(?i)^(?P<who>@?[^,;()“\"*]{{2,80}}?)(?:\s+\((?P<handle>@[\w.]{{1,40}})\)|\s+\((?-i:\p{{Lu}}[\p{{Lu}}&\-]{{1,11}})\))?,\s+"
    rf"(?P<genre>tweet|{_PLATFORM_POST}|twitter|facebook|instagram|telegram|tiktok|youtube|linkedin|weibo|bluesky|truth\s+social|"
    rf"threads|mastodon|x(?=\s*,)"
    rf"|(?:{_PLATFORM})\s+(?:channel|account|page)(?=,\s+(?:post|message|video)\s+(?:of|on|dated)\s)"
    rf"|(?:(?:video|audio)\s+)?(?:posts?|statements?|messages?|videos?|threads?)\s+(?:posted\s+)?on\s+(?:{_PLATFORM}))"
    r"(?:\s+\([^()]{1,30}\))?\s*,\s*(?:(?:post|message|video)\s+(?:of|on|dated)\s+)?")
# ("Amhara Mass Media Agency (AMMA), Facebook post, <date>", "… (@NWSPhoenix), posts on X, July 1–31, 2023", "…, post on X (then Twitter), <date>", "Tigrai Television,
# Telegram channel, post of 2 July 2021")
# A video or photograph and who put it online, then where: "Video posted by @example, X, <date>", "Footage shared by the
# FAMa, Facebook, <date>"
POSTED_BY_RE = lazy(
    r"(?i)^(?P<genre>videos?|photos?|photographs?|images?|footage|posts?|messages?|statements?)\s+(?:posted|published|shared|"
    rf"uploaded)\s+(?:(?:by|to)\s+(?:the\s+)?(?P<who>@?[^,;()]{{2,80}}?),\s+(?:on\s+)?(?P<platform>{_PLATFORM})\s*,\s*"
    rf"|(?:to|on)\s+(?P<platform>{_PLATFORM})\s+by\s+(?:the\s+)?(?P<who>@?[^,;()]{{2,80}}?),\s*"
    rf"|(?:to|on|in)\s+the\s+[“\"](?P<who>[^,;()“”\"]{{2,60}}?),?[”\"]\s+(?:channel|account|group|page)\s+on\s+"
    rf"(?P<platform>{_PLATFORM})\s*,\s*"
    rf"|(?:to|on)\s+(?P<platform>{_PLATFORM})(?:\s*,\s*|\s+)(?:on\s+)?)")
# (and the platform first: "Video posted to YouTube by Idlib Media Center, 4 April 2017"; the channel named in quotes:
# 'Message posted to the "Nashir News Agency" channel on Rocket.Chat, <date>')
# A post named by the channel or account that carried it: "Post on the “Nashir” Telegram channel, <date>"
CHANNEL_POST_RE = lazy(
    r"(?i)^(?P<genre>posts?|messages?|videos?|audio(?:\s+message)?|statements?)\s+(?:on|in|from|to)\s+(?:the\s+)?"
    rf"(?P<channel>[“\"]?[^,“”\"]{{1,60}}?[”\"]?)\s+(?P<platform>{_PLATFORM})\s+"
    r"(?:channel|account|page|group)\s*,\s*")
# The channel named after the word for it: 'Post on Telegram channel "Amaq News Agency," March 3, 2024', 'Post on
# Terrorgram-affiliated Telegram channel "Militant Example," June 14, 2022'
CHANNEL_NAMED_AFTER_RE = lazy(
    r"(?i)^(?P<genre>posts?|messages?|videos?|audio(?:\s+message)?|statements?)\s+(?:on|in|from|to)\s+(?:the\s+|an?\s+)?"
    rf"(?:[\p{{L}}\-]+\s+){{0,3}}?(?P<platform>{_PLATFORM})\s+(?:channel|account|page|group)\s+"
    r"[“\"](?P<channel>[^“”\"]{1,60}?),?[”\"],?\s*")
# The same with the platform first: "Telegram post, “Nashir News Agency” channel, <date>"
PLATFORM_POST_RE = lazy(
    rf"(?i)^(?P<platform>{_PLATFORM})\s+"
    r"(?P<genre>posts?|messages?|videos?|statements?),\s+(?:on\s+|in\s+)?(?:the\s+)?"
    r"(?P<channel>[“\"]?[^,“”\"]{1,60}?[”\"]?)\s+(?:channel|account|page|group)\s*,\s*")
# The same with no word for the channel: "Telegram post, Amaq News Agency, March 22, 2024"
PLATFORM_POST_BARE_RE = lazy(
    rf"(?i)^(?P<platform>{_PLATFORM})\s+(?P<genre>posts?|messages?|videos?|statements?),\s+"
    r"(?:(?P<channel>[“\"](?-i:\p{Lu})[^“”\"]{1,60}?,?[”\"])\s*,?|(?P<channel>(?-i:\p{Lu})[^,“”\"]{1,60}?|@[\w.]{1,40})\s*,)\s*")
# ('Telegram post, "Muzamjir al-Sham," <date>': the channel quoted, its comma inside; "X post, @handle, <date>")
# The first letters a post's genre can open with (checked before the pattern)
POST_INITIALS = frozenset("tfixylwrepg48dbmo")
# The platform each post genre names
PLATFORMS = {"tweet": "Twitter", "retweet": "Twitter", "twitter": "Twitter", "x": "X", "facebook": "Facebook",
             "instagram": "Instagram", "telegram": "Telegram", "tiktok": "TikTok", "youtube": "YouTube",
             "whatsapp": "WhatsApp", "linkedin": "LinkedIn", "weibo": "Weibo", "wechat": "WeChat", "bluesky": "Bluesky", "truth": "Truth Social",
             "threads": "Threads", "mastodon": "Mastodon", "vk": "VK", "vkontakte": "VKontakte", "rocket.chat": "Rocket.Chat",
             "element": "Element", "tamtam": "TamTam", "threema": "Threema", "gab": "Gab", "4chan": "4chan", "8chan": "8chan",
             "8kun": "8kun", "discord": "Discord", "rumble": "Rumble", "bitchute": "BitChute", "parler": "Parler", "gettr": "Gettr",
             "odysee": "Odysee", "reddit": "Reddit", "minds": "Minds"}
# Platforms whose messages go to their reader alone, never posted for all: a message there is a personal communication
PRIVATE_MESSENGERS = frozenset(("WhatsApp", "Signal", "Threema", "WeChat"))
# The kind of post where an outlet would stand after a quoted text: "“Ukraine will produce …,” post on X, <date>"
POST_CONTAINER_RE = lazy(rf"(?i)(?:(?:video|audio)\s+)?(?:post|tweet|message|statement|video|thread|status)s?\s+(?:posted\s+)?on\s+"
                         rf"(?P<on>{_PLATFORM})|(?P<of>{_PLATFORM})\s+(?:post|message|video|status|update|thread)s?|tweets?")


def platform_of(genre: str) -> str | None:
    """The platform a post's genre names: "post on X" -> "X", "Telegram message" -> "Telegram", "tweet" -> "Twitter"."""
    m = POST_CONTAINER_RE.fullmatch(genre.strip())
    if m is None:
        return None
    named = (m.group("on") or m.group("of") or "tweet").lower()
    return PLATFORMS.get(named.split()[0])
# One character of a party's name: no comma unless it sets off the company's form
CASE_PARTY_CHAR = r"(?:[^,;()*]|" + CORPORATE_FORM + r")"
# "United States v. John Doe", "Doe vs. Roe", "R v. Smith", "Twitter, Inc. v. Taamneh", "Linde v. Arab Bank, PLC"
CASE_RE = lazy(r"^\*?(?P<case>(?:\p{Lu}|\p{Ll}{1,2}\p{Lu})" + CASE_PARTY_CHAR + r"{0,80}?\s+(?:vs?\.|v(?=\s)|c\.)\s+(?:the\s+(?:former\s+)?)?(?:\p{Lu}|\d{1,6}\s+\p{Lu})" + CASE_PARTY_CHAR + r"{1,80}?"
               r"|(?:In\s+re|(?:In\s+the\s+)?Matter\s+of|Ex\s+parte)\s+\p{Lu}" + CASE_PARTY_CHAR + r"{1,80}?)"
               r"\*?(?=\s*,(?!" + CORPORATE_FORM[1:] + r")|\s*\(|\s*$)")
# (a company whose name opens in lower case is a party too: "hiQ Labs, Inc. v. LinkedIn Corp.", "eBay Inc. v. …")
# and a matter with no adversary: "In re Example Trading Ltd.", the immigration board's "Matter of A-B-", "Ex parte Quirin"
# Small words a party's name may hold: "Department of the Treasury", "ex rel."
PARTY_SMALL_WORDS = frozenset("of the and de del la y ex rel. for on in re parte e altri et autres otros".split())
# Between the parties: "v.", "vs.", and the Italian and French "c." ("Hirsi Jamaa e altri c. Italia")
PARTIES_SPLIT_RE = lazy(r"\s(?:vs?\.|v|c\.)\s")
# How a matter with no adversary begins
MATTER_LEADS = ("In re ", "Matter of ", "In the Matter of ", "Ex parte ")
# The court in a case citation: "U.S. District Court", "Corte Suprema", "Supreme Court of ..."
# A federal court by its abbreviation: "S.D.N.Y.", "D.N.M.", "E.D. Va.", "9th Cir.", "D.C. Cir."
ABBREVIATED_COURT_RE = lazy(r"(?:[SNEWCM]\.\s?)?D\.\s?(?:\p{Lu}[\p{Ll}]{0,4}\.\s?){0,2}\p{Lu}[\p{Ll}]{0,4}\.?"
                            r"|(?<!\d)\d{1,2}(?:st|nd|rd|th)\s+Cir\.?|D\.C\.\s+Cir\.?")
COURT_RE = lazy(r"(?i)\b(?:court|tribunal|tribunale|corte|juzgado|cour|circuit|rechtbank|gerechtshof|\p{L}*gericht(?:shof)?|"
                r"tingrett|lagmannsrett|høyesterett|tingsrätt|hovrätt|domstolen|byret|landsret|højesteret|korkein\s+oikeus|"
                r"hovioikeus|käräjäoikeus|conseil\s+d['’]état|audiencia|cour\s+d['’]assises|corte\s+d['’]assise|"
                r"tribunal\s+correctionnel|sala\s+de\s+lo\s+(?:constitucional|penal|civil|contencioso(?:\s+administrativo)?)|"
                r"sala\s+penal|jurisdicci[oó]n\s+especial\s+para\s+la\s+paz)\b"
                r"|\bEur\.\s?Ct\.\s?H\.\s?R\.?|\bECtHR\b|^Trib\.\s|^Corte\s+(?:cost|EDU)\b"
                r"|^(?-i:" + ABBREVIATED_COURT_RE.source + ")$"
                # Germany's courts by their initials, the lower ones with their town: "BVerfG", "OLG München", "OVG Berlin"
                r"|^(?-i:BVerfG|BGH|BVerwG|BSG|BAG|BFH|EuGH|EGMR|CE|Cass\.(?:\s+\p{L}+\.?)?|(?:OLG|OVG|VGH|LG|VG|KG)\s+\p{Lu}[\p{L}\-]+)$")
# The court and date of a case in parentheses: "(E.D.N.Y. March 3, 2015)", "(S.D.N.Y. 2015)", "(9th Cir. 1999)",
# "(Example Regional Court, 3 March 2015)"
COURT_AND_DATE_RE = lazy(r"\((?P<court>[^()\d]{2,60}?|\d+(?:st|nd|rd|th)\s+Cir\.)(?:\s+(?:filed|decided|argued|entered|dated))?,?\s+"
                         r"(?:\p{L}{3,9}\.?\s+\d{1,2},\s+|\d{1,2}\s+\p{L}{3,9}\.?\s+)?(?:1[7-9]|20)\d\d\)"
                         r"|\((?P<court>" + ABBREVIATED_COURT_RE.source + r")\)")  # "(D.D.C.)": a pending case, no year yet
# A court document named before its case: "Criminal Complaint, United States v. John Doe, ..."
COURT_DOCUMENT_RE = lazy(
    r"(?i)^(?P<doc>(?:(?:the\s+)?(?:government|defendant|prosecution|united\s+states)['’]?s?\s+)?"  # "Government's Sentencing Memorandum"
    r"(?:(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d{1,2}(?:st|nd|rd|th))\s+(?=superseding|amended))?"
    r"(?:(?:sealed|unsealed|redacted|superseding|amended|first[-\s]day|trial|hearing|deposition|final)\s+)*"  # "Sealed Indictment"
    r"(?:(?:criminal\s+|civil\s+|amended\s+)?complaint|(?:superseding\s+)?indictment|affidavit(?:\s+(?:of|in)\s[^,]{0,120})?|"
    r"plea\s+agreement|(?:memorandum\s+)?opinion(?:\s+and\s+order)?|order|judgment|verdict|transcript(?:\s+of\s+[^,]{1,60})?|"
    r"(?:sentencing\s+)?memorandum(?:\s+(?:of|in)\s[^,]{0,80})?|statement\s+of\s+(?:facts|offense)|(?:motion|brief|response)[^,]{0,80}|"
    r"declaration(?:\s+(?:of|in)\s[^,]{0,160})?|petition(?:\s+for\s[^,]{0,80})?|(?:emergency\s+)?application[^,]{0,120}|"
    r"notice\s+of\s[^,]{1,80}|stipulation[^,]{0,80}|(?:criminal\s+)?information|consent\s+(?:decree|order)|report\s+of\s[^,]{1,80}|"
    r"(?:deferred\s+|non-?)prosecution\s+agreement|settlement\s+agreement|factual\s+basis|detention\s+memorandum|"
    r"verified\s+complaint|(?:complaint\s+for\s+)?forfeiture[^,]{0,60}|"
    r"position\s+(?:on|regarding|with\s+respect\s+to)\s[^,]{1,60}|(?:sentencing\s+)?submission[^,]{0,60}|exhibit\s[^,]{1,40}|"
    r"acusación(?:\s+fiscal)?|sentencia|auto)),\s+(?=\*?(?-i:\p{Lu})[^,;()]{0,80}?\s+vs?\.\s|\*?In\s+re\s)")  # the case, italic or not
# An address: "https://...", "www...." (features.URL_RE is this pattern)
URL_RE = lazy(r"(?i)(?:https?://|www\.)(?:[^\s<>\"”’()\[\]«»]|\([^\s<>()]{0,80}\))+")  # "…/wiki/Load_(electricity)" keeps its own brackets
# An address printed without its scheme, a host then a path: "amnesty.org/en/documents/…", "hrw.org/report/2019/…"
SCHEMELESS_ADDRESS_RE = lazy(r"(?i)^(?:[a-z0-9][a-z0-9-]{0,62}\.)+(?:[a-z]{2,6})/[^\s<>\"”’()\[\]]*")
# The same closing a citation, after "available at:" or a comma, as reports printed from PDFs give addresses:
# "…, available at: reliefweb.int/report/…", "…, 10 December 2020, amnesty.org/en/documents/…"
SCHEMELESS_TAIL_RE = lazy(r"(?i)(?:(?<=available\s+(?:at|from|on):?\s{1,3})|(?<=,\s{1,3}))"
                          r"(?=(?:[a-z0-9][a-z0-9-]{0,62}\.)+(?:org|com|int|net|gov|edu|info|io|news|uk|ng|fr|de|ru|cn|eu|ch|be|"
                          r"ke|za|in|pk|af|ua)/[^\s<>\"”’()\[\]]*\.?$)")


def with_scheme(text: str) -> str | None:
    """``text`` with "https://" before an address it closes without one ("…, available at: reliefweb.int/report/…"),
    else None."""
    if "/" not in text[-200:] or "://" in text or "www." in text:
        return None
    m = SCHEMELESS_TAIL_RE.search(text)
    return f"{text[: m.start()]}https://{text[m.start():]}" if m is not None else None
# What a court hands down, opening the part after the court's name: "Sentencia del Expediente ...",
# "Judgment of 3 May 2012", "Auto 004 de 2009", "Arrêt n° 12-345"
RULING_RE = lazy(
    r"(?i)^(?:sentencia|sentenza|sent\.|ordinanza|ord\.|auto|fallo|casaci[oó]n|judg(?:e)?ment|ruling|decision|advisory\s+opinion|order|"
    r"arrêt|décision|jugement|urteil|beschluss|acórdão|uitspraak|vonnis|ECLI:)")
# A case file's number before the ruling in it: "Exp. N° 26-2012, ", "Expediente 0020-2005-PI/TC, ", "Radicado 11001, "
CASE_FILE_RE = lazy(r"(?i)(?P<file>(?:exp(?:ediente)?\.?|radicado|rad\.|causa|proceso)\s+(?:n\.?\s?[°º]\.?\s*|no\.\s*)?"
                    r"[\w./\-]*\d[\w./\-]*),\s+")
# A court's chamber, between its name and the ruling: "16e chambre", "Second Section", "Sala Penal"
CHAMBER_RE = lazy(r"(?i)^(?:\d{1,2}(?:e|ème|st|nd|rd|th|\.)?\s+(?:chambre|chamber|sala|kammer|strafsenat|senat)[^,]{0,30}|"
                  r"(?:chambre|chamber|sala|section|secci[oó]n|sez(?:ion[ei])?|grand\s+chamber|first|second|third|fourth|fifth)\b"
                  r"[^,]{0,40})$")
# ("90e chambre correctionnelle", "Sala de lo Penal", "Sección Segunda", "Sez. III penale", "Sez. Un.": a court's
# chamber and section, up to two)

# A letter or memorandum between two parties, cited without a title: "Letter from Juan Pérez to the Prefect of
# Cuzco, March 3, 1890", "Carta de la Federación Minera al presidente del Consejo de Ministros, 3 de abril de 2019"
_LETTER_GENRE = (r"(?:letter|carta|lettre|brief|memorandum|memo|telegram|telegrama|oficio|e-?mail|(?:written\s+)?response|reply|"
                 r"note\s+verbale|communication)")
LETTER_RE = lazy(
    rf"(?i)^(?P<genre>{_LETTER_GENRE})(?:\s+(?:correspondence|message))?"
    r"(?:\s+dated\s+(?P<dated>[^,;()]{4,30}?\d{4}))?\s+"  # "Letter dated 5 May 2021 from …"
    r"(?:from|de(?:l|\s+la|\s+los|\s+las)?|von|der)\s+(?:the\s+)?(?P<who>(?-i:\p{Lu}|a\s|an\s)[^,;“\"*()]{1,100}?)"
    r"(?:,\s*(?P<office>[^,;“\"*()]{2,100}?(?:,\s*[^,;“\"*()]{2,60}?)?),)?\s+"  # "Letter from Jane Roe, Director, Example Watch, to …"
    r"(?P<towards>(?:addressed\s+)?to|al|a\s+la|a\s+los|a|à|aux?|an)\s+(?P<to>[^,;“\"*()]{2,100}?)\s*(?:,\s*(?=\S)|\.?$)")
# The same where "addressed to" names the recipient, the sender's own name holding a "to": "Letter dated 5 May 2021
# from the Permanent Mission of Example Land to the United Nations addressed to the Panel"
ADDRESSED_LETTER_RE = lazy(
    rf"(?i)^(?P<genre>(?:identical\s+)?{_LETTER_GENRE}s?)(?:\s+dated\s+(?P<dated>[^,;()]{{4,30}}?\d{{4}}))?\s+from\s+(?:the\s+)?"
    r"(?P<who>(?-i:\p{Lu})[^,;“\"*()]{1,120}?)(?P<office>)\s+(?P<towards>addressed\s+to)\s+"
    r"(?P<to>(?:[^,;“\"*()]|\(\d{4}\)){2,200}?)\s*(?:,\s*(?=\S)|\.?$)")
# ("Identical letters dated … addressed to the Secretary-General and the President of …"; a recipient established pursuant
# to "resolution 1718 (2006)")
# The writer named before the letter: "Example Watch letter to the Ministry of Defense, June 2, 2021"
WRITER_FIRST_LETTER_RE = lazy(
    r"^(?P<who>\p{Lu}[^,;“\"*()]{1,80}?)\s+(?P<genre>(?i:letter|e-?mail|memorandum|memo|(?:written\s+)?response))\s+"
    r"(?P<towards>to)\s+(?:the\s+)?(?P<to>[^,;“\"*()]{2,100}?)\s*,\s*(?=\S)")
# "<writer> to <recipient>, " at the head of a letter's citation
PERSON_TO_PERSON_RE = lazy(r"^(?P<who>(?-i:\p{Lu})[^,;“\"*()]{2,80}?)\s+to\s+(?P<to>(?-i:\p{Lu})[^,;“\"*()]{2,80}?),\s*(?=\S)")
# A recipient who is the writer citing the letter: a personal communication
TO_THE_AUTHOR_RE = lazy(r"(?i)^(?:the\s+)?(?:authors?|writer|autora?|autores|auteur)$")
# The first letters such a letter's genre opens with, and its first words (checked before the pattern)
LETTER_WORDS = frozenset("letter carta lettre brief memorandum memo telegram telegrama oficio email e-mail response written reply "
                         "note communication identical letters".split())  # ("Identical letters dated …": the United Nations' form)
LETTER_INITIALS = frozenset(word[0] for word in LETTER_WORDS)


# The author's own field notes: "Author's field notes, Pichari, VRAEM, Peru, May 2013", "Notas de campo, Ayacucho, 2015"
FIELD_NOTES_RE = lazy(r"(?i)^(?:(?:the\s+)?authors?['’]?s?\s+|personal\s+|my\s+)?(?P<genre>field\s*notes?|fieldnotes|field\s+diary|"
                      r"notas\s+de\s+campo|diario\s+de\s+campo|cuaderno\s+de\s+campo|notes\s+de\s+terrain|carnet\s+de\s+terrain|"
                      r"journal\s+de\s+terrain|caderno\s+de\s+campo|di[aá]rio\s+de\s+campo)"
                      r"(?:\s+del?\s+(?:la\s+)?autora?)?\s*,\s*")


def field_notes(text: str) -> Work | None:
    """The author's field notes, with where and when they were taken; None for anything else."""
    m = FIELD_NOTES_RE.match(text.strip()) if "ield" in text[:30] or "campo" in text[:40] or "terrain" in text[:40] else None
    if m is None:
        return None
    rest = text.strip().rstrip(".")[m.end():]
    found = dates.find_date(rest)
    where = (rest[: found.span[0]] if found else rest).strip(" ,") or None
    if where is not None and (len(where) > 80 or not where[:1].isupper()):
        return None
    # titled by what they are, as printed: a style's note of an untitled document prints nothing
    return Work(type="document", title=text.strip()[: m.end()].strip(" ,"), place=where, date=found.parts if found else None,
                raw=text, language=None, evidence=('"field notes" with where and when -> the author\'s unpublished notes',))


# A body's document cited by what it is, untitled: "Policía Nacional, informe interno, 2019, consultado por el autor",
# "Example Corp, comunicado de prensa, 13 de agosto de 2022", "Ministry of Example, internal memorandum, March 2020"
_UNTITLED_GENRE = (
    r"(?:informe|reporte|report|comunicado(?:\s+de\s+prensa)?|press\s+release|news\s+release|nota\s+(?:de\s+prensa|à\s+imprensa|oficial)|"
    r"memorando|memorándum|memorandum|memo|oficio|circular|documento|document|acta|minutes|nota\s+informativa|fact\s+sheet|"
    r"briefing\s+note|communiqué(?:\s+de\s+presse)?|comunicato(?:\s+stampa)?|pressemitteilung|(?:(?:audio|video|written|joint|press|"
    r"official|public)\s+)?statement|claim(?:\s+of\s+responsibility)?|declaración|déclaration|bayan)")
UNTITLED_DOCUMENT_RE = lazy(
    r"^(?P<who>\p{Lu}[^,;:()“\"*]{1,80}(?:\s+\([^()]{2,80}\))?(?:,\s+\p{Lu}[^,;:()“\"*]{1,80}){0,5}?),\s+"
    r"(?P<genre>(?:(?:internal|unpublished|confidential|classified)\s+)?"
    + _UNTITLED_GENRE +
    r"(?:\s+(?:interno|interna|internal|reservad[oa]|confidencial|inédit[oa]|no\s+publicad[oa]|sin\s+publicar)"
    r"|\s+(?:sobre|on|about|acerca\s+de)\s+[^,;]{1,80})*)"
    r",\s+(?P<rest>.+)$")
# The same with the kind of document after the body's name, or before it: "JNIM statement, 2 March 2022", "Islamic State
# claim of responsibility, Amaq, 3 March 2021", "Communiqué du gouvernement de la Transition, Bamako, 15 février 2022"
BODY_THEN_GENRE_RE = lazy(r"^(?P<who>\p{Lu}[^,;:()“\"*]{1,60}?)\s+(?P<genre>(?i:(?:(?:audio|video|written|joint)\s+)?statement|"
                          r"claim\s+of\s+responsibility|communiqué|comunicado|press\s+release)),\s+(?P<rest>.+)$")
GENRE_THEN_BODY_RE = lazy(  # ("Statement by the …, <place>, <date>" is a speech's own heading, read as one)
    r"(?i)^(?P<genre>comunicado|communiqué|press\s+release|declaración|déclaration)\s+"
    r"(?:of|du|de\s+la|de\s+l['’]|des|de|del|de\s+los)\s+(?:the\s+)?(?P<who>[^,;:()“\"*]{2,80}),\s+(?P<rest>.+)$")
# A place or the outlet that carried it, between the kind of document and its date: "…, Amaq, 3 March 2021", "…, Bamako, …"
CARRIER_RE = lazy(r"^(?P<carrier>\p{Lu}[\p{L}'’.\- ]{1,40}),\s+")
# What may follow such a document's date: how the author came by it
OBTAINED_RE = lazy(r"(?i)^[,\s]*(?:\(?(?:consultad[oa]|obtenid[oa]|revisad[oa]|seen|obtained|reviewed|viewed|copia|copy|on\s+file|"
                   r"en\s+poder|in\s+the\s+author)[^()]{0,80}\)?)?[.\s]*$")
PRESS_RELEASE_RE = lazy(r"(?i)comunicado|press|news\s+release|nota\s+(?:de\s+prensa|à\s+imprensa|oficial)|communiqu|comunicato|presse")


@per_article()
def untitled_document(text: str) -> Work | None:
    """A body's report, memorandum or press release cited by what it is, with its date; None otherwise."""
    core = text.strip().rstrip(".")
    if (held := HELD_DOCUMENT_RE.match(core)) is not None \
            and (found := dates.find_date(held.group("rest")) or _years_span(held.group("rest"))) is not None \
            and HELD_TAIL_RE.fullmatch(held.group("rest")[found.span[1]:]) is not None \
            and len(held.group("rest")[: found.span[0]].strip(" ,")) <= 120:
        # "Internal Danske Bank email, 14 March 2014, reviewed by OCCRP.", "Leaked bank records, Example Bank Estonia
        # branch, 2012–2014, reviewed by …; on file with the author": an untitled document the author saw, by what it is
        genre = held.group("genre").strip()
        holder = held.group("rest")[: found.span[0]].strip(" ,") or None
        return Work(type="document", title=genre[:1].upper() + genre[1:], genre=genre, publisher=holder, date=found.parts,
                    raw=text, language=None, evidence=(f'"{genre}, <date>, reviewed by …": a document the author saw -> document',))
    m = UNTITLED_DOCUMENT_RE.match(core) or BODY_THEN_GENRE_RE.match(core) or GENRE_THEN_BODY_RE.match(core)
    if m is None:
        return None
    press = PRESS_RELEASE_RE.search(m.group("genre")) is not None
    who = m.group("who").strip()
    bodies = parse_names(who) if "," in who or " and " in who else ()
    bodies = bodies if len(bodies) > 1 and all(b.literal for b in bodies) else ()  # "A, B and C, joint statement, …": each
    if not (bodies or is_organisation(who) or press and len(who.split()) <= 4):
        return None  # a body's report; a press release of any company ("Techint, comunicado de prensa, …")
    rest, carrier = m.group("rest"), None
    found = dates.find_date(rest)
    if found is not None and found.span[0] > 0 and (lead := CARRIER_RE.match(rest)) is not None and lead.end() == found.span[0]:
        carrier = lead.group("carrier").strip()  # "…, Amaq, 3 March 2021": the outlet or the place it came from
    elif found is None or found.span[0] > 0:
        return None  # the date follows the kind of document (and where it came from)
    if not OBTAINED_RE.match(rest[found.span[1]:]):
        return None  # only how it was obtained follows the date
    genre = m.group("genre").strip()
    where = carrier if carrier and (dateline_city(carrier) or publishing_city(carrier)) else None
    outlet = carrier if carrier and where is None else None
    kind = "report" if genre.lower().startswith(("informe", "reporte", "report", "internal report")) and not press else "document"
    # titled by what it is, as a librarian describes an untitled document (a style's note needs a title)
    return Work(type=kind, authors=bodies or (Name(literal=who),), title=genre[:1].upper() + genre[1:], genre=genre,
                place=where, publisher=outlet, date=found.parts, raw=text, language=None,
                evidence=(f'"<body>, {genre}, <date>": an untitled document of a body -> {kind}',))


# A document the author saw, cited by what it is: "Internal Danske Bank email", "Leaked bank records", "Statement provided to
# the author by Danske Bank", then (after a comma) whose it was, its date and how it was seen
HELD_DOCUMENT_RE = lazy(
    r"^(?P<genre>(?i:(?:leaked|internal|confidential|classified|unpublished|private|restricted)\s+)(?:[\p{L}\-]+\s+){0,4}?"
    r"(?i:e-?mails?|records?|memos?|memorand(?:um|a|ums)|documents?|files?|cables?|letters?|minutes|spreadsheets?|invoices?|"
    r"contracts?|messages?|chats?|correspondence|reports?|presentations?|audits?|ledgers?|statements?|transcripts?)"
    r"|(?i:statement|letter|e-?mail|response|comment)\s+(?i:provided|sent|given)\s+to\s+the\s+author\s+by\s+[^,;]{2,80})"
    r",\s+(?P<rest>.+)$")
YEARS_SPAN_RE = lazy(r"(?<![\d/])(?P<first>(?:19|20)\d\d)\s*[-–]\s*(?:19|20)?\d\d(?![\d/])")


def _years_span(text: str) -> dates.FoundDate | None:
    """The first year of a span of years ("2012–2014"), which a run of records is dated by."""
    m = YEARS_SPAN_RE.search(text)
    return dates.FoundDate((int(m.group("first")),), m.span(), m.group(0)) if m else None


HELD_TAIL_RE = lazy(r"(?i)(?:[,;]?\s*(?:reviewed|obtained|seen|provided|shared|leaked|on\s+file|in\s+the\s+author|copy|held|"
                    r"viewed|examined)[^;]{0,120})*[.\s]*")


# A broadcaster's programme cited by what it was, untitled: "Al-Manar, evening news bulletin, March 3, 2019",
# "Example TV, television report, <date>"
UNTITLED_BROADCAST_RE = lazy(
    r"^(?P<who>\p{Lu}[^,;:()“\"*]{1,60}),\s+(?P<genre>(?:[\p{Ll}\-]+\s+){0,3}(?:news\s+bulletin|bulletin|newscast|news\s+broadcast|"
    r"broadcast|television\s+report|radio\s+report|news\s+report|talk\s+show|noticiero|telediario|informativo|journal\s+télévisé))"
    r",\s+(?P<rest>.+)$")


@per_article()
def untitled_broadcast(text: str) -> Work | None:
    """A broadcaster's programme cited by what it was, with its date; None otherwise."""
    m = UNTITLED_BROADCAST_RE.match(text.strip().rstrip("."))
    if m is None or len(m.group("who").split()) > 5:
        return None
    found = dates.find_date(m.group("rest"))
    if found is None or found.span[0] > 0 or len(found.parts) < 2:
        return None
    genre = m.group("genre").strip()
    # titled by what it is (a style's note needs a title), the broadcaster as who put it out
    return Work(type="broadcast", title=genre[:1].upper() + genre[1:], genre=genre, publisher=m.group("who").strip(),
                date=found.parts, raw=text, language=None,
                evidence=(f'"<broadcaster>, {genre}, <date>": an untitled programme -> broadcast',))


# A press release named first: "Press Release, U.S. Department of the Treasury, “Title,” <date>"
PRESS_LEAD_RE = lazy(r"(?i)^(?:press|news|media)\s+release,\s+(?=\S)")
# A United Nations resolution by its number: "UN Security Council Resolution 2216 (2015), April 14, 2015",
# "Security Council resolution 2722 (2024)", "S/RES/2722 (2024)", "UNSC Resolution 1267 (1999)"
UN_RESOLUTION_RE = lazy(
    r"(?i)^(?:(?P<body>(?:(?:UN|U\.N\.|United\s+Nations)\s+)?(?:Security\s+Council|General\s+Assembly)|UNSC|UNGA|S\.\s?C\.|G\.\s?A\.),?\s+)?"
    r"(?:resolution|res\.)\s+(?P<number>\d{1,4}(?:/\d{1,4})?)(?:\s*\((?P<year>1[5-9]\d\d|20\d\d)\)|(?=,\s))"
    r"|^(?P<symbol>S/RES/(?P<snumber>\d{1,5}))\s*\((?P<syear>1[5-9]\d\d|20\d\d)\)")


def un_resolution(text: str) -> tuple[Work, str | None, str | None] | None:
    """A United Nations resolution cited by its number and year, with its date or symbol after; None otherwise."""
    m = UN_RESOLUTION_RE.match(text.strip())
    if m is None or not (m.group("body") or m.group("symbol")):
        return None
    rest = text.strip()[m.end():].strip(" ,.")
    printed = SYMBOL_IN_REST_RE.search(rest)
    symbol = m.group("symbol") or (printed.group(0) if printed else None)  # "S/RES/2216", opening the note or after it
    rest_wo = rest.replace(symbol, " ") if symbol else rest
    locator = PARAGRAPH_END_RE.search(rest_wo.strip(" ,."))
    if locator:
        rest_wo = rest_wo.strip(" ,.")[: locator.start()]
    annex = ANNEX_END_RE.search(rest_wo.strip(" ,.")) if "nnex" in rest_wo else None
    if annex:  # "S/RES/2231 (2015), annex B, para 4": the part of the resolution, then the paragraph in it
        rest_wo = rest_wo.strip(" ,.")[: annex.start()]
    found = dates.find_date(rest_wo)
    if rest_wo.strip(" ,.") and found is None:
        return None  # prose follows the resolution: "Resolution 2216 (2015) demanded that …"
    if not (m.group("year") or m.group("syear")) and (found is None or any(ch in rest for ch in "“\"*«")):
        return None  # "UN Security Council Resolution 2231, 20 July 2015": without its year, its date is needed (a title
        # of its own, "Resolution 74/150, “Situation of …,” …", the ordinary reader takes)
    number, year = m.group("number") or m.group("snumber"), m.group("year") or m.group("syear") or str(found.parts[0])
    body = m.group("body") or "Security Council"
    body = {"unsc": "United Nations Security Council", "unga": "United Nations General Assembly", "s.c.": "Security Council",
            "g.a.": "General Assembly", "s. c.": "Security Council", "g. a.": "General Assembly"}.get(body.lower(), body)
    # (the Bluebook's "S.C. Res. 1718, U.N. Doc. S/RES/1718 (Oct. 14, 2006)")
    if body.lower().startswith(("security", "general")):
        body = "United Nations " + body
    work = Work(type="document", authors=(Name(literal=body),), title=f"Resolution {number} ({year})", genre=symbol,
                date=found.parts if found else (int(year),), raw=text, language=None,
                evidence=('"<body> resolution <number> (<year>)" -> a United Nations resolution (document)',))
    if annex:
        part = annex.group("part") + (f", para. {locator.group('loc')}" if locator else "")
        return work, part, "section"
    return work, (locator.group("loc") if locator else None), ("paragraph" if locator else None)


# A United Nations press release by its number, or a meeting's record by its symbol, with the day: "Security Council
# press release SC/13148, 22 December 2017", "UN Security Council, 8151st meeting, S/PV.8151, December 22, 2017, 3",
# "Statement by the President of the Security Council, S/PRST/2017/22, 6 November 2017"
UN_RELEASE_RE = lazy(r"(?i)^(?:(?:UN|U\.N\.|United\s+Nations)\s+)?(?:(?P<body>Security\s+Council|General\s+Assembly|"
                     r"Economic\s+and\s+Social\s+Council|Secretary-General)\s+)?press\s+release,?\s+"
                     r"(?P<number>(?-i:SC|GA|SG/SM|SG/A|SG/T|GA/AB|GA/SHC|GA/EF|GA/SPD|ECOSOC|DSG/SM|HR|L)/[\w.\-/]{2,20}?)"
                     r",?\s+(?P<rest>\S.{3,40})$")
UN_MEETING_RE = lazy(r"(?i)^(?:(?:UN|U\.N\.|United\s+Nations)\s+)?(?P<body>Security\s+Council|General\s+Assembly),?\s+"
                     r"(?P<meeting>\d{1,5}(?:st|nd|rd|th)\s+(?:plenary\s+)?meeting),\s+(?P<symbol>(?-i:S/PV\.\d{1,5}|A/\d{1,3}/PV\.\d{1,4})"
                     r"(?:\s*\((?:Resumption\s+\d|Part\s+[IV\d]{1,4})\))?),\s+(?P<rest>\S.{3,200})$")
UN_PRESIDENT_RE = lazy(r"(?i)^(?P<title>Statement\s+by\s+the\s+President\s+of\s+the\s+(?P<body>Security\s+Council|General\s+Assembly)),\s+"
                       r"(?P<symbol>(?-i:S/PRST/\d{4}/\d{1,3})),\s+(?P<rest>\S.{3,40})$")
# What a note may say the cited page holds after a meeting's record: "(statement of Ambassador Haley)"
STATEMENT_OF_RE = lazy(r"(?i)\s*\((?:statement|remarks|intervention)\s+(?:of|by)\s+[^()]{2,120}\)$")


# A United Nations or IAEA document by its symbol and day, perhaps after the body that issued it: "IAEA, GOV/2021/39,
# September 7, 2021", "United Nations, General Assembly, A/CONF.229/2017/8, 7 July 2017", "GOV/2022/24, May 30, 2022"
SYMBOL_DOCUMENT_RE = lazy(
    r"^(?:(?P<who>\p{Lu}[^,;()“”\"*\d/]{1,80}?)(?:,\s+(?P<organ>General\s+Assembly|Security\s+Council|Board\s+of\s+Governors|"
    r"Human\s+Rights\s+Council|Economic\s+and\s+Social\s+Council|Conference\s+on\s+Disarmament))?,\s+)?"
    r"(?:U\.?N\.?\s+Doc\.?\s+)?(?P<symbol>(?:GOV|INFCIRC|GC\(\d{1,3}\)|S|A|E|CD|NPT|CCPR|CRC|CEDAW|CERD|CAT|UNEP|FCCC|ICCD)"
    r"(?:/[\w.()\-]{1,20}){1,6})(?P<corr>\s+\((?:Corrected|Rev\.\s?\d{1,2}|Corr\.\s?\d{1,2})\))?,\s+"
    r"(?P<date>[^,;()/]{3,20}?(?:,\s)?(?:19|20)\d\d)(?:,\s+(?P<part>(?:paras?\.|para|pp?\.|annex)\s*[\w.\-–]{1,12}))?\.?$")


DOCUMENT_KIND_WORD_RE = lazy(r"(?i)\b(?:statement|letter|note|report|resolution|decision|declaration|press|identical)\b")


def symbol_document(text: str) -> tuple[Work, str | None, str | None] | None:
    """(the document, the part cited, its label) of a United Nations or IAEA document cited by its symbol and day; None
    otherwise. The symbol is its number (the genre, as a report's number is); the body that issued it, its author."""
    m = SYMBOL_DOCUMENT_RE.match(text.strip())
    if m is None or (found := dates.find_date(m.group("date"))) is None or found.span[1] < len(m.group("date").rstrip()) - 1:
        return None
    who = " ".join(x for x in (m.group("who"), m.group("organ")) if x)
    if who and (not is_organisation(m.group("who")) or DOCUMENT_KIND_WORD_RE.search(who)):
        return None  # ("Jane Roe, S/2021/1, …" is no body's document; "Letter dated … from the Panel …, S/2021/569, …" and
        # "Final report of the Group of Experts …, S/2023/431, …" are titles)
    symbol = m.group("symbol") + (m.group("corr") or "")
    part = m.group("part")
    part = part.rstrip(".") if part else part
    loc, label = (part.split(None, 1)[-1].lstrip(". ") if " " in part or "." in part else part, "paragraph"
                  if part.lower().startswith("para") else ("page" if part.lower().startswith("p") else "section")) if part \
        else (None, None)
    return Work(type="document", authors=(Name(literal=who),) if who else (), genre=symbol, date=found.parts, raw=text,
                evidence=('"<body>, <symbol>, <date>" -> a document by its symbol',)), loc, label


def may_be_un_document(text: str) -> bool:
    return "ress release" in text or "PV." in text or "PRST" in text


def un_document(text: str) -> tuple[Work, str | None, str | None] | None:
    """A United Nations press release, meeting record or presidential statement cited by its number and day; None
    otherwise."""
    raw = text
    text = STATEMENT_OF_RE.sub("", text.strip().rstrip(".")) if text.rstrip(" .").endswith(")") else text.strip().rstrip(".")
    m = UN_RELEASE_RE.match(text) or UN_MEETING_RE.match(text) or UN_PRESIDENT_RE.match(text)
    if m is None:
        return None
    rest = m.group("rest")
    page = PAGE_AFTER_DATE_RE.search(rest) if "meeting" in m.groupdict() else None
    if page:
        rest = rest[: page.start()]
    found = dates.find_date(rest)
    if found is None or found.span[0] > 0 or found.span[1] < len(rest.rstrip(" .,")) - 1:
        return None
    body = " ".join((m.group("body") or "Security Council").split())
    author = Name(literal="Secretary-General of the United Nations" if body.lower() == "secretary-general"
                  else f"United Nations {body}")
    if "number" in m.groupdict():
        title, genre, why = None, f"Press release {m.group('number')}", \
            '"<body> press release <number>, <date>" -> a United Nations press release (document)'
    elif "meeting" in m.groupdict():
        title, genre, why = " ".join(m.group("meeting").split()), m.group("symbol"), \
            '"<body>, <n>th meeting, S/PV.<n>, <date>" -> the record of a United Nations meeting (document)'
    else:
        title, genre, why = " ".join(m.group("title").split()), m.group("symbol"), \
            '"Statement by the President of the Security Council, S/PRST/…" -> a United Nations document'
    work = Work(type="document", authors=(author,), title=title, genre=genre, date=found.parts, raw=raw, language=None,
                evidence=(why,))
    return work, (page.group("page") if page else None), ("page" if page else None)


# A page after a meeting record's day: "…, December 22, 2017, 3", "…, 22 December 2017, p. 4"
PAGE_AFTER_DATE_RE = lazy(r",\s*(?:pp?\.\s*)?(?P<page>\d{1,4}(?:\s*[-–]\s*\d{1,4})?)$", regex.REVERSE)


# A document printed in the State Department's series of diplomatic papers, after what it is: "…, in Foreign Relations of
# the United States, 1964–1968, vol. V, Vietnam, 1967 (Washington, DC: Government Printing Office, 2002), doc. 394",
# "…, FRUS, 1969–1976, vol. XXI, doc. 126"
FRUS_RE = lazy(r"(?:^|,\s+(?:(?:printed|reprinted|reproduced)\s+)?(?:in\s+)?)(?P<series>FRUS|Foreign\s+Relations\s+of\s+the\s+United\s+States)"
               r",?\s+(?P<years>1[89]\d\d(?:\s*[-–]\s*\d{2,4})?)(?:,\s*vol\.\s*(?P<volume>[IVXLC]{1,7}|\d{1,3})"
               r"(?:,\s*(?:pt\.|part)\s*\d{1,2})?)?(?P<rest>.{0,400})$")
FRUS_REST_RE = lazy(r"^(?:,(?!\s*(?:doc|no\.|ed\.))\s*(?P<vtitle>[^()]{2,200}?))?(?:,\s*ed\.\s*(?P<eds>[^()]{2,200}?))?"
                    r"(?:\s*\((?P<place>[^():]{2,60}):\s*(?P<publisher>[^(),]{2,80}),\s*(?P<year>1[89]\d\d|20\d\d)\))?"
                    r"(?:,\s*(?P<doc>(?:doc(?:ument)?s?\.?|no\.)\s*\d{1,4}(?:\s*(?:,|and|[-–])\s*\d{1,4})*))?\.?$")


def frus(text: str) -> dict[str, str | None] | None:
    """The parts of a note citing a document printed in *Foreign Relations of the United States*: what the document is
    (``head``, empty when only the volume is named), the series and its years, the volume, its title, editors and facts,
    and the document's number; None for any other note."""
    if "FRUS" not in text and "Foreign Relations of the United States" not in text:
        return None
    m = FRUS_RE.search(text.strip().rstrip("."))
    if m is None:
        return None
    rest = FRUS_REST_RE.match(m.group("rest").strip())
    if rest is None:
        return None
    years = m.group("years").replace("-", "–").replace(" ", "")
    return {"head": text.strip()[: m.start()].strip(" ,"), "container": f"Foreign Relations of the United States, {years}",
            "volume": m.group("volume"), "vtitle": (rest.group("vtitle") or "").strip() or None, "eds": rest.group("eds"),
            "place": rest.group("place"), "publisher": rest.group("publisher"), "year": rest.group("year"),
            "doc": rest.group("doc")}


SYMBOL_IN_REST_RE = lazy(r"\bS/RES/\d{1,5}(?:\s*\(\d{4}\))?|\bA/RES/[\w/\-]{2,20}")
PARAGRAPH_END_RE = lazy(r"(?i)(?:^|,\s*)(?:operative\s+|op\.\s*)?(?:paras?\.|paras?(?=\s)|paragraphs?|op\.?)\s*"
                        r"(?P<loc>\d{1,3}(?:\([a-z\d]{1,4}\))?(?:\s*[-–]\s*\d{1,3})?(?:(?:,\s*|\s+and\s+)\d{1,3}(?:\s*[-–]\s*\d{1,3})?){0,4})$",
                        regex.REVERSE)  # ("paras 9–10 and 24", as UN and OSCOLA notes print them; "op. para. 12(b)": an operative
# paragraph's sub-paragraph)
# A part of a resolution named after it: "annex B", "annex II"
ANNEX_END_RE = lazy(r"(?i)(?:^|,\s*)(?P<part>annex\s+[A-Z\d]{1,4})$", regex.REVERSE)


# A dataset cited by its name, with how or when it was consulted: "ACLED data, accessed 30 September 2021",
# "ACLED data export, Mali, 2023–2024, accessed July 15, 2024", "Global Terrorism Database, START, 2019, <URL>",
# "UCDP Georeferenced Event Dataset, version 23.1, accessed May 3, 2024"
DATASET_RE = lazy(r"^(?P<name>\p{Lu}[^,;:()“\"*]{1,80}?\s(?:data(?:\s+export)?|dataset|data\s+set|database|event\s+data(?:set)?|"
                  r"Data(?:set|base)?))(?:,\s*(?P<rest>.+))?$")
ACCESS_WORD_RE = lazy(r"(?i)\b(?:accessed|retrieved|viewed|consulted|consultado|downloaded|last\s+updated)\b")


def dataset(text: str) -> Work | None:
    """A dataset named with when it was consulted, its year or its address; None otherwise (prose about data)."""
    m = DATASET_RE.match(text.strip().rstrip("."))
    if m is None:
        return None
    rest = m.group("rest") or ""
    if rest.lstrip(" ,")[:1] in "“\"*«":
        return None  # 'NIST National Vulnerability Database, "CVE-2021-44228 Detail," …': a record of it, by its own title
    access = ACCESS_WORD_RE.search(rest)
    url = URL_RE.search(rest)
    found = dates.find_date(rest[access.end():]) if access else None
    if access is None and url is None and not YEAR_ONLY_PART_RE.search(rest):
        return None
    before = rest[: access.start()] if access else rest[: url.start()] if url else rest
    parts = [p.strip() for p in before.split(",") if p.strip()]
    issued = next((dates.find_date(p) for p in parts if YEAR_ONLY_PART_RE.fullmatch(p)), None)
    name = m.group("name").strip()
    if len(name.split()) <= 2 and name.split()[0].lower() in ("the", "this", "these", "that", "our", "a", "an", "my"):
        return None  # "The dataset, covering 412 designations …, is available from the authors": prose, no dataset's name
    publisher = next((p for p in parts if p.isupper() and len(p) > 1 or p[:1].isupper() and is_organisation(p)), None)
    # titled by its name (a dataset's name is its title); the body that keeps it, when printed, its publisher
    return Work(type="webpage", title=name, publisher=publisher, genre="dataset", date=issued.parts if issued else None,
                accessed=found.parts if found else None, url=url.group(0).rstrip(".,;") if url else None, raw=text,
                language=None, evidence=('"<name> data/dataset/database" with when it was consulted -> a dataset (webpage)',))


YEAR_ONLY_PART_RE = lazy(r"(?<![\d\p{L}])(?:1[5-9]\d\d|20\d\d)(?![\d\p{L}])")


# The United Kingdom's parliamentary debates by house, day, volume and column: "HC Deb 22 February 2022, vol 709, cols 171–3",
# "Hansard, HC Deb, 22 February 2022, vol. 709, col. 171", "HL Deb 3 May 2021, vol. 812, col. 45", and as the Commons
# Library prints them, the column glued to its "c": "HC Deb 23 March 2020 vol 674 c22", "cc1234-5", "c123WH" (Westminster
# Hall), "c45W" (a written answer)
HANSARD_RE = lazy(r"(?i)^(?:hansard,?\s+)?(?P<house>HC|HL)\s+deb(?:ates)?,?\s+(?P<date>\d{1,2}\s+\p{L}{3,9}\.?\s+(?:1[5-9]|20)\d\d),?\s+"
                  r"vol\.?\s*(?P<volume>\d{1,4}),?\s+(?P<label>cols?\.?|cc?\.?)\s*"
                  r"(?P<col>\d{1,5}(?:WH|WS|W|GC)?(?:\s*[-–]\s*\d{1,5}(?:WH|WS|W|GC)?)?)\.?$")


def hansard(text: str) -> tuple[Work, str | None, str | None] | None:
    """A House of Commons or Lords debate cited by day, volume and column; None otherwise."""
    m = HANSARD_RE.match(text.strip())
    if m is None:
        return None
    house = "House of Commons" if m.group("house").upper() == "HC" else "House of Lords"
    found = dates.find_date(m.group("date"))
    return Work(type="document", authors=(Name(literal=house),), title=f"{house} Debates", container="Hansard",
                volume=m.group("volume"), date=found.parts if found else None, raw=text, language="en",
                evidence=('"HC/HL Deb <day>, vol <n>, col <n>" -> a parliamentary debate (document)',)), \
        m.group("col").replace(" ", "").replace("–", "-"), "col."


# A European Union act by its kind and number, then where the Official Journal printed it: "Council Decision (CFSP)
# 2022/338 of 28 February 2022 on …, OJ L 60, 28.2.2022, p. 1", "Regulation (EU) 2022/1032 of the European Parliament …",
# and a directive numbered as directives were: "Council Directive 2001/55/EC of 20 July 2001 on …, OJ L 212, …"
EU_ACT_RE = lazy(r"^(?:(?P<name>\p{Lu}[\p{L} \-]{3,60}?),\s+)?(?P<act>(?:(?P<issuer>Council|Commission)\s+)?(?:Implementing\s+|Delegated\s+)?(?:Regulation|Directive|Decision)\s+"
                 r"(?:\((?:EU|EC|EEC|CFSP|Euratom)\)\s+(?:No\s+)?\d{2,4}/\d{1,5}|\d{2,4}/\d{1,5}/(?:EU|EC|EEC|CFSP|Euratom)\b)[^;]{0,700}?)"
                 r"(?:,\s*|\s+\[\d{4}\]\s+)(?P<journal>OJ|Official\s+Journal\s+of\s+the\s+European\s+Union)\b,?\s*(?P<rest>.*)$")
# (a popular name may come first, "Artificial Intelligence Act, Regulation (EU) 2024/1689, OJ L, …", and OSCOLA puts the
# year in brackets before the journal: "… (General Data Protection Regulation) [2016] OJ L119/1")


EU_ACT_MARKS = ("(EU)", "(CFSP)", "(EC)", "/EC", "/EU", "/EEC")


def may_be_eu_act(text: str) -> bool:
    """The marks ``eu_act`` needs, looked for before running it: "(EU)", "(CFSP)", "2001/55/EC"."""
    return any(mark in text for mark in EU_ACT_MARKS)


def eu_act(text: str) -> tuple[Work, str | None, str | None] | None:
    """A European Union regulation, directive or decision with its Official Journal reference; None otherwise."""
    m = EU_ACT_RE.match(text.strip().rstrip("."))
    if m is None:
        return None
    rest = m.group("rest")
    article = EU_ARTICLE_RE.search(rest)  # "…, 12.7.2024, art. 6": the article cited
    if article is not None:
        rest = rest[: article.start()]
    page = EU_PAGE_RE.search(rest)
    found = dates.find_date(rest[: page.start()] if page else rest) or dates.find_date(m.group("act"))
    issuer = {"Council": "Council of the European Union", "Commission": "European Commission"}.get(m.group("issuer") or "",
                                                                                                  "European Union")
    series = rest[: page.start()] if page else rest
    issue = EU_ISSUE_RE.match(series.strip(" ,"))
    title = m.group("act").strip()
    if m.group("name") and m.group("name").strip() not in title:
        title = f"{title} ({m.group('name').strip()})"  # "Artificial Intelligence Act, Regulation (EU) 2024/1689": its name too
    located = (article.group("art"), "art.") if article else (None, None)
    # (the page is where the act is printed in the Journal, "p. 1" or "p. 1–461", as the Journal's own citation gives it:
    # the work's pages, no passage cited; an article after it is the part cited)
    return (Work(type="document", authors=(Name(literal=issuer),), title=title,
                 container="Official Journal of the European Union", issue=issue.group(0) if issue else None,
                 page=page.group("page").replace("–", "-").replace(" ", "") if page else None,
                 date=found.parts if found else None, raw=text, language="en",
                 evidence=('"<Regulation/Directive/Decision> (EU) <number>, OJ …" -> an act of the European Union (document)',)),
            *located)


EU_PAGE_RE = lazy(r",?\s*pp?\.\s*(?P<page>\d{1,5}(?:\s*[-–]\s*\d{1,5})?)\s*$")
EU_ARTICLE_RE = lazy(r",?\s*(?i:arts?\.?|articles?)\s*(?P<art>\d{1,3}(?:\(\w{1,3}\)){0,3})\s*$")
EU_ISSUE_RE = lazy(r"[LC]\s?\d{1,4}[A-Z]?")


# A briefing titled by its date, then the body that held it: "Foreign Ministry Spokesperson Mao Ning's Regular Press
# Conference on July 28, 2023, Ministry of Foreign Affairs of the People's Republic of China", "Department Press Briefing –
# May 3, 2022, U.S. Department of State"
BRIEFING_RE = lazy(r"^(?P<title>\p{Lu}[^,;“”\"]{5,160}?\b(?:Press\s+Conference|Press\s+Briefing|Briefing)(?:\s+on|\s*[–—-])\s+"
                   r"(?P<date>(?:\p{L}{3,9}\.?\s+\d{1,2},\s+|\d{1,2}\s+\p{L}{3,9}\.?\s+)\d{4})),\s+(?P<body>\p{Lu}[^;]{3,150}?)"
                   r"(?:,\s*(?P<url>https?://\S+))?\.?$")


def briefing(text: str) -> Work | None:
    """A press conference or briefing titled by its date and followed by the body that held it; None otherwise."""
    m = BRIEFING_RE.match(text.strip()) if "riefing" in text or "onference" in text else None
    if m is None or not is_organisation(m.group("body").strip()):
        return None
    found = dates.find_date(m.group("date"))
    return Work(type="document", title=m.group("title").strip(), publisher=m.group("body").strip(),
                date=found.parts if found else None, url=m.group("url").rstrip(".,;") if m.group("url") else None,
                raw=text, language="en", evidence=('"<… Press Conference on <date>>, <body>" -> a briefing (document)',))


@per_article()
def letter(text: str) -> Work | None:
    """An untitled letter or memorandum: its sender (the author), its recipient (in the genre) and date.
    A date must follow the parties, so that prose about a letter is never read as one."""
    text = text.strip()
    first = text.split(" ", 1)[0].lower()
    if text[:1].lower() not in LETTER_INITIALS or first.rstrip(",") not in LETTER_WORDS:
        if (" letter to " in text or " email to " in text or " response to " in text or " memorandum to " in text) \
                and (written := _writer_first(text)) is not None:
            return written
        return _person_to_person(text) if " to " in text else None
    if first.endswith(","):  # "Letter, John Doe to Jane Roe, March 3, 1920", "Memorandum, …"
        sent = _person_to_person(text[len(first):].strip()) if " to " in text else None
        return evolve(sent, raw=text, genre=first.rstrip(",").capitalize() + (sent.genre or "").removeprefix("Letter")) \
            if sent is not None else None
    m = (ADDRESSED_LETTER_RE if " addressed to " in text else LETTER_RE).match(text)
    after = text[m.end():] if m else ""
    title = None
    if after[:1] in "“\"*‘":  # 'Memorandum from A to B, “Declination: Example,” August 14, 2020': its subject line
        marked = spans.regions(after)
        if marked and marked[0].start == 0 and marked[0].kind in ("quote", "italic"):
            title = after[1:marked[0].end - 1].strip(" ,") or None
            after = after[marked[0].end:].lstrip(" ,")
    found = dates.find_date(after) if m else None
    if m and m.group("dated"):  # "Letter dated 5 May 2021 from … addressed to the Panel."
        found = dates.find_date(m.group("dated"))
    elif m and found is not None and 2 < found.span[0] <= 80 and after[: found.span[0]].count(",") <= 3 \
            and not any(ch in after[: found.span[0]] for ch in ".;“\"*"):  # "… to Jane Roe, Minister of Defense, Example Land, <date>"
        m_to = f"{m.group('to').strip()}, {after[: found.span[0]].strip(' ,')}"
        return _letter(text, m, m_to, found, title)
    if not m or found is None or found.span[0] > 2 and not m.group("dated"):
        return None  # the date comes right after the parties (and the subject)
    return _letter(text, m, m.group("to").strip(), found, title)


def _writer_first(text: str) -> Work | None:
    """"Example Watch letter to the Ministry of Defense, June 2, 2021": the writer, then the letter and its recipient."""
    m = WRITER_FIRST_LETTER_RE.match(text)
    found = dates.find_date(text[m.end():]) if m else None
    if m is None or found is None or found.span[0] > 2 or not (is_organisation(m.group("who")) or looks_like_names(m.group("who"))):
        return None
    who, genre = m.group("who").strip(), m.group("genre")
    return Work(type="document", authors=parse_names(who) or (Name(literal=who),),
                genre=f"{genre[:1].upper()}{genre[1:].lower()} to {m.group('to').strip()}"[:GENRE_MAX], date=found.parts, raw=text,
                evidence=(f'"<writer> {genre} to <recipient>, <date>" -> a letter (document)',))


def _letter(text: str, m: regex.Match, to: str, found: dates.FoundDate, title: str | None) -> Work:
    who, genre = m.group("who").strip(), m.group("genre")
    genre = genre[:1].upper() + genre[1:].lower()
    url = URL_RE.search(text)
    if TO_THE_AUTHOR_RE.match(to):  # "Letter from the Ministry of Example to the author": as "email to the author"
        sender = (Name(literal=who),) if who[:1].islower() else parse_names(who) or (Name(literal=who),)  # "a former official"
        return Work(type="interview", authors=sender, genre=genre, date=found.parts,
                    raw=text, evidence=(f'"{m.group("genre")} from <someone> to the author" -> a personal communication '
                                        "(interview)",))
    towards = m.group("towards").lower().removeprefix("addressed ")
    sender = (Name(literal=who),) if who[:1].islower() else parse_names(who) or (Name(literal=who),)  # "a UN official"
    return Work(type="document", authors=sender, title=title,
                genre=f"{genre} {towards} {to}"[:GENRE_MAX], date=found.parts,
                url=url.group(0).rstrip(".,;") if url else None, raw=text,
                evidence=(f'"{m.group("genre")} from <sender> to <recipient>, <date>" -> a letter (document)',))


# How long a letter's genre with its recipient may run: "Letter to Daw Aung San Suu Kyi, State Counsellor, Republic of the
# Union of Myanmar" is whole at this length; a longer one is prose that ran on
GENRE_MAX = 160


def _person_to_person(text: str) -> Work | None:
    """A letter cited by its writer and recipient, as historians cite letters: "Governor Thomas Weld to
    Secretary Amos Crane, June 12, 1862, Weld Family Papers, ...".  Both must read as a person's name
    opening with a given name, an initial or a title, and a date must follow: "Peru to Expand Coca
    Eradication, <date>" is a headline."""
    m = PERSON_TO_PERSON_RE.match(text)
    found = dates.find_date(text[m.end():]) if m else None
    if not m or found is None or found.span[0] > 2:
        return None
    if not (_a_person(m.group("who")) and _a_person(m.group("to")) or _a_surname(m.group("who")) and _a_surname(m.group("to"))
            or _a_party(m.group("who")) and _a_party(m.group("to"))
            and ARCHIVAL_TAIL_RE.match(text, m.end() + found.span[1]) is not None):
        return None  # ("Kennan to Acheson, 3 March 1950": two family names, as diplomatic historians cite letters; "Baring
        # Brothers & Co. to Ernesto Tornquist, 21 June 1910, HC 4.1.174, Baring Archive": any two parties, where the papers
        # that hold the letter follow its date)
    who, to = m.group("who").strip(), m.group("to").strip()
    firm = "&" in who or who.split()[-1].rstrip(".").lower() in FIRM_WORDS or is_organisation(who)  # ("Baring Brothers & Co.")
    return Work(type="document", authors=(Name(literal=who),) if firm else parse_names(who), genre=f"Letter to {to}"[:GENRE_MAX],
                date=found.parts, raw=text,
                evidence=('"<writer> to <recipient>, <date>" -> a letter (document)',))


# What follows a letter's date where an archive holds it: its file, folio or shelfmark, its papers or archive, "ibid."
ARCHIVAL_TAIL_RE = lazy(r"(?i),?\s*(?:[^;]{0,160}?\b(?:ibid|fols?|ff?|box|folder|file|papers|records|archives?|archivo|arquivo|"
                        r"collection|letter\s*books?|mss?|library|museo|museum|hereafter)\b|(?-i:[A-Z]{1,6}\s?\d))")
# The last word of a firm's name: "Baring Brothers", "Antony Gibbs & Sons", "J. P. Morgan & Co."
FIRM_WORDS = frozenset("co company ltd inc brothers bros sons corporation corp bank".split())
# One word of a party to a letter: "D'Arcy", "Brothers", "&", "Co."
PARTY_WORD_RE = lazy(r"(?:\p{Lu}[\p{L}'’-]*\.?|&|and|of|de|del|von|van)")


def _a_party(name: str) -> bool:
    """A writer or a recipient of a letter as a company's or a family's papers name them: a person ("D'Arcy Cooper",
    "Montagu Norman"), a family name, or a firm ("Baring Brothers & Co.")."""
    words = name.split()
    return _a_person(name) or _a_surname(name) or is_organisation(name) or 2 <= len(words) <= 5 \
        and words[0][:1].isupper() and all(PARTY_WORD_RE.fullmatch(w) for w in words) \
        and words[0].lower() not in SURNAME_NOT_WORDS


def _a_surname(name: str) -> bool:
    """One capitalised word that names no country or body: "Kennan", "Salisbury" (not "Peru", "Russia"; a capital stands
    for its embassy or ministry in a telegram, "Moscow to Washington", a document all the same)."""
    from .places import known_country

    word = name.strip()
    return bool(SURNAME_WORD_RE.fullmatch(word)) and not known_country(word) and not is_organisation(word) \
        and word.lower() not in SURNAME_NOT_WORDS


# One family name: "Kennan", "O'Neill", "Ormsby-Gore"
SURNAME_WORD_RE = lazy(r"\p{Lu}\p{Ll}+(?:['’-]\p{Lu}?\p{Ll}+)?")
# Capitalised words that open a headline before "to", never a writer: "Plans to …", "Move to …"
SURNAME_NOT_WORDS = frozenset("plans plan move moves set sets bid bids due how what why when where who set pressure".split())


def _a_person(name: str) -> bool:
    words = name.split()
    return 2 <= len(words) <= 6 and looks_like_names(name) and not is_organisation(name) \
        and (is_given_name(words[0]) or words[0].lower() in HONORIFICS)


@per_article()
def post(text: str) -> Work | None:
    """A social-media post: its author, platform and date (and the day it was read, which is no part of the post)."""
    said = ACCESSED_END_RE.search(text) if "ccessed" in text else None
    if said is None:
        return _post(text)
    found = _post(text[: said.start()])
    read = dates.find_date(said.group("date"))
    return evolve(found, raw=text.strip(), accessed=read.parts if read and found.url else None) if found is not None else None


# The day a post was read, closing its citation: ", accessed September 22, 2013."
ACCESSED_END_RE = lazy(r",?\s*(?:last\s+)?accessed(?:\s+on)?\s+(?P<date>[^;()]{4,30}?\d{4})\.?\s*$")


def _post(text: str) -> Work | None:
    text = text.strip()
    if (text[:4].lower() in ("post", "mess", "vide", "audi", "stat") or text.split(" ", 1)[0].lower() in PLATFORMS) \
            and any(word in text[:140] for word in (" channel", " account", " group", " page")):
        carried = _channel_post(text)
        if carried is not None:
            return carried
    if text.split(" ", 1)[0].lower() in PLATFORMS:  # "Telegram post, Amaq News Agency, March 22, 2024"
        carried = _channel_post(text, bare=True)
        if carried is not None:
            return carried
    if " posted " in text[:40] or " published " in text[:40] or " shared " in text[:40] or " uploaded " in text[:40]:
        shared = POSTED_BY_RE.match(text)
        found = dates.find_date(text[shared.end():]) if shared else None
        if shared and found is not None and found.span[0] <= 2:  # "Video posted by the FAMa, Facebook, <date>, <URL>"
            url = URL_RE.search(text)
            genre = shared.group("genre")
            who = shared.group("who")  # (no one named: "Video posted on Facebook on 2 December 2022, verified by …")
            return Work(type="webpage", authors=(_account(who.strip()),) if who else (),
                        container=PLATFORMS.get(shared.group("platform").split()[0].lower()),
                        genre=genre[:1].upper() + genre[1:].lower(), date=found.parts,
                        url=url.group(0).rstrip(".,;") if url else None, raw=text,
                        evidence=(f'"{genre} posted by <account>, <platform>, <date>" -> a post (webpage)',))
    if text[:1].lower() not in POST_INITIALS:
        return _post_after_name(text) if _may_name_a_post(text) else None
    m = POST_RE.match(text)
    if not m:
        return _post_after_name(text) if _may_name_a_post(text) else None
    found = dates.find_date(text)
    url = URL_RE.search(text)
    who = m.group("who").strip()
    if (quoted := QUOTED_CHANNEL_RE.match(who)) is not None:
        who = quoted.group("name")  # 'the "Amaq" channel': the channel's name
    genre = m.group("genre")
    platform = PLATFORMS.get(genre.split()[0].lower()) or platform_of(genre)  # ("post on X")
    to_author = TO_THE_AUTHOR_END_RE.search(who)
    if to_author is None and platform in PRIVATE_MESSENGERS and "message" in genre.lower():
        # "WhatsApp message from a resident of El Fasher, <date>": a message sent, not a post for all to read
        return Work(type="interview", authors=(Name(literal=who),) if who[:1].islower() else parse_names(who) or (Name(literal=who),),
                    genre=genre[:1].upper() + genre[1:], medium=platform, date=found.parts if found else None, raw=text,
                    evidence=(f'"{genre} from <someone>" on a private messenger -> a personal communication (interview)',))
    if to_author is not None and to_author.start() > 2:  # "WhatsApp message from a local official to the author, <date>":
        return Work(type="interview", authors=(Name(literal=who[: to_author.start()].strip()),),  # a message to the author
                    genre=genre[:1].upper() + genre[1:], medium=platform, date=found.parts if found else None, raw=text,
                    evidence=(f'"{genre} from <someone> to the author" -> a personal communication (interview)',))
    return Work(type="webpage", authors=(_account(who),), container=platform, genre=genre[:1].upper() + genre[1:],
                date=found.parts if found else None, url=url.group(0).rstrip(".,;") if url else None, raw=text,
                evidence=(f'"{genre}" by someone -> a post on {platform or "social media"} (webpage)',))


# A message's addressee, the writer of the article: "… to the author", "… to the authors", "… to this writer"
TO_THE_AUTHOR_END_RE = lazy(r"(?i)\s+to\s+(?:the\s+(?:author|authors|writer)|this\s+(?:author|writer)|me|us)$")


def _account(who: str) -> Name:
    """Who posted: a person's name read as one ("Jane Roe (@janeroe)" -> Roe, Jane: the handle after it names the
    account, not the person, and stays in the raw text), a body's name or a bare "@handle" as printed."""
    if who[:1] != "@" and " " in who.strip() and looks_like_names(who) and not is_organisation(who):  # ("FAMa": an account)
        return (parse_names(who) or (Name(literal=who),))[0]
    return Name(literal=who)


def _may_name_a_post(text: str) -> bool:
    """A word POST_AFTER_NAME_RE needs, looked for before running it."""
    return " post" in text or "weet" in text or " video" in text or " message" in text or "(@" in text or " statement" in text \
        or any(mark in text for mark in PLATFORM_NAMED)


# A platform named alone after an account, as "Jane Roe (@jroe), Twitter, <date>" names a post
PLATFORM_NAMED = (" Twitter,", " Facebook,", " Instagram,", " Telegram,", " TikTok,", " YouTube,", " Bluesky,", " Truth Social,",
                  " Threads,", " Mastodon,", " VK,", " X,", " Gab,", " Parler,", " Gettr,", " Rumble,", " BitChute,", " Discord,")


def _channel_post(text: str, bare: bool = False) -> Work | None:
    """"Post on the “Nashir” Telegram channel, April 11, 2017": the channel that posted, its platform and the date
    (``bare``: the channel named with no word for it, "Telegram post, Amaq News Agency, <date>")."""
    m = PLATFORM_POST_BARE_RE.match(text) if bare else CHANNEL_POST_RE.match(text) or PLATFORM_POST_RE.match(text) \
        or CHANNEL_NAMED_AFTER_RE.match(text)
    found = dates.find_date(text[m.end():]) if m else None
    if found is None or bare and found.span[0] > 0:
        return None
    channel = m.group("channel").strip("“”\"' ").rstrip(",")
    url = URL_RE.search(text)
    platform = PLATFORMS.get(m.group("platform").lower())
    return Work(type="webpage", authors=(Name(literal=channel),), container=platform,
                genre=f"{m.group('genre').capitalize()} on {m.group('platform')}", date=found.parts,
                url=url.group(0).rstrip(".,;") if url else None, raw=text,
                evidence=(f'"{m.group("genre")} on the <name> {m.group("platform")} channel" -> a post (webpage)',))


def _post_after_name(text: str) -> Work | None:
    """"@handle, Twitter post, June 2, 2019, 9:14 p.m., <address>", "Jane Roe, Facebook post, <date>":
    the author, then the kind of post and its date."""
    m = POST_AFTER_NAME_RE.match(text)
    found = dates.find_date(text[m.end():]) if m else None
    if found is None or found.span[0] > 2:
        return None
    who, genre = m.group("who").strip(), m.group("genre")
    if not (who[:1] == "@" or m.group("handle") or looks_like_names(who) or is_organisation(who)):
        return None
    if genre.lower() == "x" and not (who[:1] == "@" or m.group("handle")):
        return None  # "Jane Roe (@jroe), X, <date>" is a post; a bare "X" after a name may be anything
    url = URL_RE.search(text)
    platform = platform_of(genre) or PLATFORMS.get(genre.split()[0].lower())  # "post on X", "Twitter"
    author = _account(who)
    if (genre.lower() in PLATFORMS or genre.lower() == "truth social") and genre.lower() != "tweet" \
            or genre.lower().endswith(("channel", "account", "page")):  # "…, Twitter, <date>", "…, Telegram channel, post of …"
        genre = "Post"
    return Work(type="webpage", authors=(author,),
                container=platform, genre=genre[:1].upper() + genre[1:], date=found.parts,
                url=url.group(0).rstrip(".,;") if url else None, raw=text,
                evidence=(f'"<author>, {genre}, <date>" -> a post on {platform or "social media"} (webpage)',))


# A docket number after the filing: "20 Cr. 677", "1:15-cr-00123", "No. 19-cv-4321", "Case No. 2:21-mj-00045"
DOCKET_RE = lazy(r"(?i)(?:case\s+)?(?:no\.\s*)?(?:\d{1,2}\s(?:cr|cv|civ|mj|misc)\.?\s\d{1,6}|\d:\d{2}-[a-z]{2,4}-\d{2,6}(?:-[\w]{1,5})*"
                 r"|\d{2}-[a-z]{2,4}-\d{2,6})")


# Words that name a paper filed in a case, and the words that qualify one: "Criminal Complaint", "Indictment" and
# "Sentencing Memorandum" filed in "United States v. Doe" are three documents of one title
FILING_WORDS = frozenset("complaint indictment memorandum affidavit transcript motion order opinion judgment judgement plea "
                         "brief verdict exhibit declaration petition response reply information stipulation".split())
FILING_QUALIFIERS = frozenset("trial hearing sentencing plea detention superseding criminal amended".split())
# A paper filed in a case, named after the case and its docket: "Trial Transcript", "Sentencing Memorandum"
FILING_NAME_RE = lazy(rf"(?i)(?:(?:{'|'.join(sorted(FILING_QUALIFIERS))})\s+)?(?:{'|'.join(sorted(FILING_WORDS))})$")
# The government's side of an American case, whose filings are in English whatever the defendant's name
US_PARTIES = ("United States v", "U.S. v", "USA v", "State v", "People v", "Commonwealth v")


# A law report's volume named by its year, then the report and its page: "(2011) 7 SCC 547", "[2011] UKSC 2", "[2004] 1 AC 45"
YEAR_OF_REPORT_RE = lazy(r"[(\[](?:1[89]|20)\d\d[)\]]\s+(?:\d{1,4}\s+)?\p{Lu}[\p{L}.]{1,10}(?:\s+\p{Lu}[\p{L}.]{0,8})?\s+\d{1,5}")


def legal_case(text: str) -> Work | None:
    """A court case: its name, court, the document cited (complaint, indictment) and date."""
    court, sep, rest = text.strip().partition(", ")
    if sep and "v." in rest and court[:1].isupper() and COURT_RE.search(court) and CASE_RE.match(rest):
        case = legal_case(rest)  # "European Court of Human Rights, Beghal v. the United Kingdom, Application no. …"
        return evolve(case, publisher=case.publisher or court, raw=text) if case is not None else None
    m = CASE_RE.match(text.strip()) if "v." in text or " c. " in text or " v " in text[:90] or any(lead in text for lead in MATTER_LEADS) \
        else None  # "v." or "vs.", "In re", "Matter of", or no case
    if not m or any(w[:1].islower() and w not in PARTY_SMALL_WORDS and w.islower()
                    for w in PARTIES_SPLIT_RE.split(m.group("case"))[0].split()):
        return None  # "See the criminal complaint in United States v. ...": prose, not a party ("hiQ Labs" is one)
    if " v " in m.group("case") and "v." not in m.group("case") \
            and any(w[:1].islower() and w not in PARTY_SMALL_WORDS for w in m.group("case").split(" v ", 1)[1].split()):
        return None  # "Peru v Chile was argued in 2014": without its period, "v" joins parties only, no verb
    found = dates.find_date(text)
    rest = text.strip()[m.end():]
    sitting = COURT_AND_DATE_RE.search(rest)  # "(E.D.N.Y. March 3, 2015)": the court, then when
    if sitting:
        rest = f"{rest[: sitting.start()]}, {sitting.group('court')}, {rest[sitting.end():]}"
    if found and not (len(found.parts) == 1 and YEAR_OF_REPORT_RE.search(rest)):
        rest = rest.replace(found.text, " ")  # (the year that names a volume stays with it: "(2011) 7 SCC 547")
    url = URL_RE.search(rest)
    if url:
        rest = rest.replace(url.group(0), " ")
    parts = [_unbracketed(p) for p in rest.split(",") if p.strip(" .()")]
    court = [p for p in parts if COURT_RE.search(p) or sitting and p == sitting.group("court").strip(" .()")]
    if court:  # "U.S. District Court, District of Oregon": the court and its district
        at = parts.index(court[0])
        district = parts[at + 1] if at + 1 < len(parts) and parts[at + 1].lower().startswith(("district", "southern", "northern", "eastern", "western", "central")) else None
        named = sitting.group("court").strip() if sitting and court[0] == sitting.group("court").strip(" .()") else court[0]
        if named[-1:].isalpha() and (ABBREVIATED_COURT_RE.fullmatch(named) or "." in named.split()[-1]):
            named += "."  # "S.D.N.Y" cut from "S.D.N.Y., 2014", "Eur. Ct. H.R": an abbreviation keeps its period
        authority = named + (f", {district}" if district else "")  # "E.D.N.Y." keeps its last period
        others = [p for p in parts if p != court[0] and p != district]
    else:
        authority, others = None, parts
    genre = others[0] if others else None
    if genre and len(others) > 1 and DOCKET_RE.fullmatch(others[1].strip(" .")):
        genre = f"{genre}, {others[1].strip(' .')}"  # "Indictment, 20 Cr. 677": the filing and its docket number
    elif genre and len(others) > 1 and DOCKET_RE.match(genre) and FILING_NAME_RE.match(others[1].strip(" .")):
        genre = f"{others[1].strip(' .')}, {genre}"  # "…, No. 17-cr-722 (VSB) (S.D.N.Y. 2023), Trial Transcript, <date>"
    american = m.group("case").startswith(US_PARTIES) or bool(authority and ABBREVIATED_COURT_RE.match(authority))
    return Work(type="document", title=m.group("case").strip(), publisher=authority, language="en" if american else None,
                genre=genre, date=found.parts if found else None,
                url=url.group(0).rstrip(".,;") if url else None, raw=text,
                evidence=('"<party> v. <party>" -> a court case (document)',))


def _unbracketed(part: str) -> str:
    """A part of a case citation without the brackets around it, keeping its own: "(S.D.N.Y." -> "S.D.N.Y.",
    "S1 22 Cr. 673 (RA)" stays whole."""
    part = part.strip(" .")
    while part[:1] == "(" and part.count("(") > part.count(")"):
        part = part[1:].strip()
    while part[-1:] == ")" and part.count(")") > part.count("("):
        part = part[:-1].strip()
    return part.strip(" .") if part[-1:] != ")" else part


# The words the Bluebook abbreviates in the name of a paper filed in a case (its tables T.6 and T.16): "Aff. in Supp. of
# Crim. Compl.", "Trial Tr.", "Gov't Sentencing Mem.", "Def.'s Mot. to Dismiss"
FILING_ABBREVIATIONS = {
    "aff.": "Affidavit", "supp.": "Support", "crim.": "Criminal", "compl.": "Complaint", "tr.": "Transcript",
    "mem.": "Memorandum", "gov't": "Government", "gov’t": "Government", "mot.": "Motion", "opp'n": "Opposition",
    "opp’n": "Opposition", "br.": "Brief", "decl.": "Declaration", "ex.": "Exhibit", "def.'s": "Defendant's",
    "def.’s": "Defendant’s", "defs.'": "Defendants'", "defs.’": "Defendants’", "pl.'s": "Plaintiff's", "pl.’s": "Plaintiff’s",
    "sent'g": "Sentencing", "sent’g": "Sentencing", "prelim.": "Preliminary", "inj.": "Injunction", "summ.": "Summary",
    "stmt.": "Statement", "hr'g": "Hearing", "hr’g": "Hearing", "resp.": "Response", "info.": "Information", "am.": "Amended",
    "indict.": "Indictment", "superseding": "Superseding",
}
FILING_ABBREVIATION_RE = lazy(r"(?i)(?<![\p{L}.'’])(?:aff|supp|crim|compl|tr|mem|mot|br|decl|ex|prelim|inj|summ|stmt|resp|info|am|"
                              r"indict)\.|(?<![\p{L}])(?:gov['’]t|opp['’]n|sent['’]g|hr['’]g|defs\.['’]|def\.['’]s|pl\.['’]s)")
# A filing's name, then the part of it cited, before its case: "Indictment ¶ 4, United States v. …", "Aff. in Supp. of Crim.
# Compl. at 7, United States v. …", "Trial Tr. at 4521:3–15, United States v. …"
FILING_PINPOINT_RE = lazy(r"^(?P<doc>[^,;()]{3,120}?)\s+(?:at\s+(?P<at>\d{1,6}(?::\d{1,4})?(?:\s*[-–]\s*\d{1,6}(?::\d{1,4})?)?)"
                          r"|(?P<mark>¶¶?)\s*(?P<para>\d{1,4}(?:\s*[-–]\s*\d{1,4})?))\s*,\s+"
                          r"(?=\*?(?:\p{Lu}[^,;()]{0,80}?\s+vs?\.\s|In\s+re\s))")


def filing_in_full(text: str) -> tuple[str, str | None, str | None] | None:
    """(the citation with its filing's name written out and no pinpoint before the case, the pinpoint, its label) for a
    paper filed in a case cited with Bluebook abbreviations or the part cited after its name; None otherwise."""
    head_end = text.find(" v")
    if head_end < 0:
        return None
    pinned = FILING_PINPOINT_RE.match(text.strip())
    doc, rest = (pinned.group("doc"), text.strip()[pinned.end():]) if pinned else (text[:head_end], None)
    expanded = FILING_ABBREVIATION_RE.sub(lambda m: FILING_ABBREVIATIONS.get(m.group(0).lower(), m.group(0)), doc)
    if rest is None:
        if expanded == doc:
            return None
        rest = text[head_end:]
        full = expanded + rest
    else:
        full = f"{expanded}, {rest}"
    if COURT_DOCUMENT_RE.match(full.strip()) is None:
        return None
    if pinned is None:
        return full, None, None
    if pinned.group("at"):
        return full, pinned.group("at").replace(" ", ""), "page"
    return full, pinned.group("para").replace(" ", ""), "paragraph"


@per_article()
def court_document(text: str) -> tuple[str, str] | None:
    """("Criminal Complaint", "United States v. John Doe, ...") for a court document named before
    its case; None otherwise."""
    if " v. " not in text and " vs. " not in text and " v " not in text and " In re " not in text and " *In re " not in text:
        return None
    m = COURT_DOCUMENT_RE.match(text.strip())
    return (m.group("doc"), text.strip()[m.end():]) if m else None


# An English gloss of a ruling in square brackets: " [Higher Regional Court of Düsseldorf, judgment of October 6, 2022]"
BRACKETED_GLOSS_RE = lazy(r"\s*\[(?=[^\[\]]*\p{L}{4})[^\[\]]{4,200}\]")
# A case's number as courts print it: "Az. III-7 StS 4/20", "72 Hv 5/22x", "1 BvR 2835/17", "ECLI:NL:RBROT:2023:10123",
# "n° 19-87.367", "RG 2015/123"
CASE_NUMBER_RE = lazy(r"(?i)^(?:(?:az\.|aktenzeichen|gz\.|n[°º]|no\.|nr\.|rg|rol(?:nummer)?|case\s+no\.)\s*)?"
                      r"(?=[^,;]{0,80}\d)[\p{L}\d][\p{L}\d:./\-]{0,40}(?:\s[\p{L}\d][\p{L}\d:./\-]{0,40}){0,4}$")
# A case's name in brackets after its date: "(affaire « Zerkani »)", "(Example4Belgium)"
PAREN_NAME_RE = lazy(r"\G\s*\((?:affaire\s+(?:dite\s+)?)?[«“\"]?\s*([^()«»“”\"]{2,60}?)\s*[»”\"]?\)")


@per_article()
def ruling(text: str) -> Work | None:
    """A court's ruling cited by court and ruling: "<Court>, <Sentencia/Judgment ...>, <date>".

    The first part must name a court and the second open with what a court hands down; a date
    or a number must follow, so that prose about courts is never read as a citation.  An English gloss in
    brackets ("[Higher Regional Court of Düsseldorf, judgment of October 6, 2022]") is no part of it; the
    case's number after the ruling ("Az. III-7 StS 4/20", "1 BvR 2835/17") is kept as its genre, as a
    ruling's ECLI is."""
    raw = text
    if "[" in text:
        text = BRACKETED_GLOSS_RE.sub("", text)
    court, sep, rest = text.strip().partition(", ")
    named = court
    for _ in range(2):  # "Tribunal …, 16e chambre, jugement du …", "Audiencia Nacional, Sala de lo Penal, Sección Segunda, …"
        chamber, sep2, after = rest.partition(", ")
        if not (sep2 and CHAMBER_RE.match(chamber)):
            break
        court, rest = f"{court}, {chamber}", after
    if not sep or not court[:1].isupper() or len(court) > 160 or not COURT_RE.search(named):
        return None  # (the court's own name, before its chamber: "Cass. pen., Sez. I")
    if court[:9].lower().startswith(("interview", "entrevista", "entretien")):
        return None  # "Interview with a solicitor practising before the Special Criminal Court (Dublin, …)": a person heard
    dated = dates.find_date(rest, last=False) if not RULING_RE.match(rest) else None
    if dated is not None and dated.span[0] == 0:  # "Tribunal correctionnel d'Anvers, 11 février 2015 (Example4Belgium)"
        named = PAREN_NAME_RE.search(rest, dated.span[1])
        after = rest[named.end() if named else dated.span[1]:].strip(" ,.;")
        number = after if after and len(after) <= 60 and any(ch.isdigit() for ch in after) and ";" not in after else None
        # ("…, 7 septembre 2021, n° 19-87.367", "…, 22 november 2019, ECLI:NL:GHDHA:2019:3208": its number)
        return Work(type="document", title=named.group(1) if named else None, publisher=court, date=dated.parts, raw=raw,
                    genre=number,
                    evidence=('"<court>, <date>" -> a court\'s ruling (document)',))
    case_file = CASE_FILE_RE.match(rest)
    if case_file is not None and RULING_RE.match(rest[case_file.end():]):
        # "Sala Penal Nacional, Exp. N° 26-2012, sentencia contra Jane Roe, <date>": the case file, then the ruling in it
        work = ruling(f"{court}, {rest[case_file.end():][:1].upper()}{rest[case_file.end() + 1:]}")
        return evolve(work, raw=raw, genre=case_file.group("file")) if work is not None else None
    if not RULING_RE.match(rest):
        return None
    parts = [court] + [p.strip() for p in rest.rstrip(".").split(", ")]
    found = dates.find_date(rest, last=False)  # ("arrêt du 25 juillet 2023 (attentats du 22 mars 2016)": the ruling's own
    if found is not None:  # date, not the date of what it judged), placed in the whole text
        off = len(text.strip()) - len(rest)
        found = dates.FoundDate(found.parts, (found.span[0] + off, found.span[1] + off), found.text)
    if found is None and not any(ch.isdigit() for ch in parts[1]):
        return None
    url = URL_RE.search(text)
    title = parts[1]
    start = len(parts[0]) + 2
    if found and start <= found.span[0] < start + len(title) < found.span[1]:
        title = text.strip()[start:found.span[1]]  # "Judgment of November 29, 2006": the date is part of it
    number = None
    tail = text.strip().rstrip(".")[start + len(title):].strip(" ,")
    if found and found.text in tail:  # "…, Sentencia del Expediente N.° 01126-2011-HC/TC, 11 de septiembre de 2012": its date
        tail = tail.replace(found.text, "", 1).strip(" ,")
        tail = "" if len(tail) <= 4 and tail.islower() else tail  # (and the word before it: "…, de 24 de diciembre de 2010")
    if tail and not url and ";" not in tail and len(tail) <= 80:
        if CASE_NUMBER_RE.fullmatch(tail):  # "…, Urteil vom 6. Oktober 2022, Az. III-7 StS 4/20": the case's number
            number = tail
        elif not any(ch.isdigit() for ch in tail) and len(tail.split()) <= 5 and tail[:1].islower():
            title = f"{title}, {tail}"  # "arrêt du 29 juin 2022, feuille de motivation": the part of the ruling cited
            # (not its judge: "Sentencia T-236 de 2017, M. P. Aquiles Arrieta Gómez")
    return Work(type="document", title=title, publisher=parts[0], date=found.parts if found else None,
                url=url.group(0).rstrip(".,;") if url else None, raw=raw, genre=number,
                evidence=('"<court>, <ruling>" -> a court\'s ruling (document)',))


# What follows a treaty's name in a citation: when it was adopted or signed, where it is published, when it came into
# force ("…, adopted December 16, 1966, G.A. Res. 2200A (XXI), …, 999 U.N.T.S. 171, entered into force March 23, 1976")
TREATY_FACT_RE = lazy(r"(?i),\s+(?:adopted|signed|opened\s+for\s+signature|done\s+at|concluded|entered\s+into\s+force|"
                      r"U\.\s?N\.\s+Doc\.|G\.\s?A\.\s+Res\.|\d{1,5}\s+U\.\s?N\.\s?T\.\s?S\.|\d{1,5}\s+I\.\s?L\.\s?M\.|"
                      r"\d{1,4}\s+(?:January|February|March|April|May|June|July|August|September|October|November|December|"
                      r"(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.)\s+\d{4}|"
                      r"(?:January|February|March|April|May|June|July|August|September|October|November|December|"
                      r"(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.)\s+\d{1,2},\s+\d{4}|"
                      r"\d{1,2}\.?\s+(?:de\s+)?(?:gennaio|febbraio|marzo|aprile|maggio|giugno|luglio|agosto|settembre|ottobre|"
                      r"novembre|dicembre|enero|febrero|abril|mayo|junio|julio|septiembre|octubre|noviembre|diciembre|janvier|"
                      r"février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|Januar|Februar|März|"
                      r"Juni|Juli|Oktober|Dezember)\s+(?:de\s+)?\d{4})")  # ("…, Roma, 2 febbraio 2017": a day in another language)
# A treaty's name in a language that writes it in lower case after its first word
FOREIGN_TREATY_RE = lazy(r"(?:Memorandum\s+d['’]intesa|Accordo|Trattato|Convenzione|Tratado|Convenio|Acuerdo|Traité|Accord|Convention)\s+"
                         r"(?:sulla|sul|sui|tra|fra|per|di|del|della|sobre|entre|de|del|relatif|relative|sur|portant|concernant)\b")
# An ILO convention by its year and number: "Forced Labour Convention, 1930 (No. 29)"
ILO_CONVENTION_RE = lazy(r"^\p{Lu}[^,()]{2,100}?\bConvention,\s+(?P<year>1[89]\d\d|20\d\d)\s+\(No\.\s*\d{1,3}\)")
# A treaty as OSCOLA cites it, the facts of its making in brackets after its name: "Protocol … (adopted 15 November 2000,
# entered into force 25 December 2003) 2237 UNTS 319, art 3"
OSCOLA_TREATY_RE = lazy(r"^(?P<name>\p{Lu}[^()]{2,400}?)\s+\((?P<made>(?:adopted|opened\s+for\s+signature|signed)\s[^()]{4,120})\)"
                        r"(?P<rest>(?:\s+[^()]{2,80})?)$")
# The treaty's name: a convention, covenant, treaty, protocol, statute or charter
TREATY_NAME_RE = lazy(r"(?i)\b(?:convention|covenant|treaty|protocol|statute|charter|agreement|accord|convenio|convención|"
                      r"tratado|pacto|traité|estatuto|plan\s+of\s+action|memorandum\s+of\s+understanding|trattato|accordo|"
                      r"convenzione|memorandum\s+d['’]intesa|abkommen|vertrag|übereinkommen)\b")
# Words a treaty's name holds in lower case ("Treaty between the United States of America and … on Measures for …"); a
# name with other lower-case words is prose ("The agreement was signed by both parties, July 14, 2015")
TREATY_SMALL_WORDS = frozenset("of the and on for between in to with concerning relating regarding against among a an at by "
                               "de del la las los el y sur et des du le les über zur zum und".split())
# When it was made: "adopted December 16, 1966", "signed 8 Apr. 2010", "opened for signature July 1, 1968"
TREATY_MADE_RE = lazy(r"(?i)(?:adopted|signed|opened\s+for\s+signature|concluded|done\s+at\s+[^,]{2,40}(?:,\s+on)?)\s+(?:on\s+)?")
# Where it is printed in a treaty series: "999 U.N.T.S. 171"
TREATY_SERIES_RE = lazy(r"\d{1,5}\s+(?:U\.\s?N\.\s?T\.\s?S\.|UNTS|I\.\s?L\.\s?M\.|U\.\s?S\.\s?T\.)\s+\d{1,6}|CETS\s+No\.?\s*\d{1,4}"
                        r"|T\.\s?I\.\s?A\.\s?S\.\s+(?:No\.\s+)?\d{1,6}(?:-\d{1,6})?")  # "T.I.A.S. No. 11-205"
# The article cited right after the treaty's name, as the Bluebook prints it: "… Rights art. 17"
NAME_ARTICLE_RE = lazy(r"(?i)\s+arts?\.\s*(?P<loc>\d{1,3}(?:\(\d{1,2}\))?(?:\s*[-–]\s*\d{1,3})?)$")
# The article cited, closing the note: "art. 7", "arts. 3-5", "Article 42(7)"
TREATY_ARTICLE_RE = lazy(r"(?i),\s*(?:(?:arts?\.?|articles?)\s*(?P<loc>(?:\d{1,3}|(?-i:[IVXL]{1,6})\b)(?:\(\d{1,2}\))?(?:\s*[-–]\s*\d{1,3})?"
                         r"(?:\s*\([a-z]\))?)|(?P<loc>(?:annex|appendix|protocol)\s+(?:\d{1,2}|(?-i:[IVX]{1,4})\b)"
                         r"(?:,\s*(?:paras?\.|sections?|sec\.|arts?\.)\s*\d{1,3}(?:\s*[-–]\s*\d{1,3})?)?))\.?$")
# ("art. II", roman as the Treaty of Prague numbers its articles; "Annex I, para. 5": a part of an annex)


def may_be_treaty(text: str, named_alone: bool = False) -> bool:
    """Words ``treaty`` needs, looked for before running it: a fact of a treaty's making ("adopted", "U.N.T.S."), or, with
    ``named_alone``, an article cited at the end ("Treaty on European Union, Article 42(7)")."""
    return " adopted " in text or " signed " in text or "U.N.T.S." in text or "entered into force" in text \
        or " opened for signature" in text or named_alone and "rt" in text[-20:] \
        or "T.I.A.S." in text or "I.L.M." in text or "U.S.T." in text or " UNTS " in text or "CETS No" in text \
        or "Convention, " in text and "(No." in text \
        or any(word in text[:160] for word in ("Treaty", "Agreement", "Plan of Action", "Convention", "Memorandum of",
                                               "Memorandum d", "Accordo", "Trattato", "Convenzione", "Tratado", "Acuerdo",
                                               "Convenio", "Traité", "Accord")) \
        and TREATY_FACT_RE.search(text) is not None  # (named alone, "Convention on …, art. 38" may have been cited before)


def treaty(text: str) -> tuple[Work, str | None, str | None] | None:
    """A treaty cited by its name and the facts of its making: (the work, the article cited, its label), or None.
    The name must name a convention, covenant, treaty or the like, and a fact of its making must follow it."""
    core = text.strip().rstrip(".")
    numbered = ILO_CONVENTION_RE.match(core) if "(No." in core else None
    if numbered is not None:  # "Forced Labour Convention, 1930 (No. 29), art. 2(1)": the ILO's conventions by year and number
        cited = TREATY_ARTICLE_RE.search(core)
        return Work(type="document", title=numbered.group(0), date=(int(numbered.group("year")),), raw=text, language=None,
                    evidence=('"<name> Convention, <year> (No. <n>)" -> an ILO convention (document)',)), \
            (cited.group("loc") if cited else None), ("section" if cited else None)
    made_in_brackets = OSCOLA_TREATY_RE.match(core) if " (adopted " in core or " (opened for " in core or " (signed " in core \
        else None
    if made_in_brackets is not None:  # OSCOLA: "Name (adopted 16 May 2005, entered into force 1 February 2008) CETS No 197"
        core = f"{made_in_brackets.group('name')}, {made_in_brackets.group('made')}{made_in_brackets.group('rest')}"
    fact = TREATY_FACT_RE.search(core)
    if fact is None and (cited := TREATY_ARTICLE_RE.search(core)) is not None and cited.start() > 8 \
            and core[:1].isupper() and TREATY_NAME_RE.search(core[: cited.start()]) and ", " not in core[: cited.start()] \
            and len(core[: cited.start()].split()) <= 16:
        # "Treaty on European Union, Article 42(7)": the treaty named alone, with the article cited
        return Work(type="document", title=core[: cited.start()].strip(), raw=text, language=None,
                    evidence=('"<treaty>, art. <n>" -> a treaty (document)',)), cited.group("loc"), "section"
    if fact is None or fact.start() < 8 or not core[:1].isupper():
        return None
    name = core[: fact.start()].strip()
    if not TREATY_NAME_RE.search(name.split(", ")[0]) or any(ch in name for ch in "“\"*«") or len(name) > 300:
        return None
    rest = core[fact.start():]
    article = TREATY_ARTICLE_RE.search(rest)
    inside = NAME_ARTICLE_RE.search(name)
    if inside is not None:  # Bluebook: "International Covenant on Civil and Political Rights art. 17, Dec. 16, 1966, …"
        name, article = name[: inside.start()].rstrip(), inside
    elif article is not None:
        rest = rest[: article.start()]
    place = None
    head, sep, last = name.rpartition(", ")
    if sep and 1 <= len(last.split()) <= 3 and all(w[:1].isupper() for w in last.split()) \
            and not TREATY_NAME_RE.search(last) and not TREATY_MADE_RE.match(rest.lstrip(", ")):
        name, place = head, last  # "…, Prague, April 8, 2010": where it was signed, then when
    if not TREATY_MADE_RE.match(rest.lstrip(", ")) and (name[:1].islower() or name.isascii() and not FOREIGN_TREATY_RE.match(name)) \
            and any(w[:1].islower() and w.lower() not in TREATY_SMALL_WORDS for w in name.split()):
        return None  # only a date follows, so the name must read as a name (English capitalises its words; Italian,
        # French and Spanish names of treaties do not: "Memorandum d'intesa sulla cooperazione …, Roma, 2 febbraio 2017")
    made = TREATY_MADE_RE.search(rest)
    found = dates.find_date(rest[made.end():made.end() + 40]) if made else None
    if found is None or made and found.span[0] > 0:
        found = dates.find_date(rest, last=False)
    series = ", ".join(TREATY_SERIES_RE.findall(rest))  # "21 U.S.T. 483, 729 U.N.T.S. 161": every series that prints it
    return Work(type="document", title=name, genre=series or None, date=found.parts if found else None,
                place=place, raw=text, language=None,
                evidence=('"<treaty>, adopted/signed <date>, …" -> a treaty (document)',)), \
        (article.group("loc") if article else None), ("section" if article else None)


# A group's or a person's post named by who posted it and where: "Example Resistance in Iraq, Telegram post, <date>",
# "Example Resistance in Lebanon, statement, Telegram, <date>", "Kata'ib Example, Telegram channel, <date>"
POSTED_ON_RE = lazy(r"^(?!(?i:video|post|message|statement|audio|photo|image)s?\b)(?P<who>\p{Lu}[^,;“”\"*()]{1,80}),\s+"
                    r"(?:(?P<genre>statement|post|message|video|claim|communiqu[eé])(?:,\s+|\s+(?=(?:on|via)\s)))?"
                    r"(?:(?:posted\s+)?(?:on|via)\s+)?(?P<platform>Telegram|X|Twitter|Facebook|YouTube|Instagram|TikTok|WhatsApp)"
                    r"(?:\s+(?P<genre2>post|channel|message|video|statement))?(?:\s+[“\"][^”\"]{1,60}[”\"])?,?\s+"
                    r"(?P<date>[^;]{4,40}?)(?P<url>,\s+https?://\S+?)?(?:\s*\((?:accessed|retrieved)[^()]{1,40}\))?\.?$")
# ('Jane Roe, post on Telegram channel “Jane Roe,” 19 July 2019, https://t.me/…/1527 (accessed 3 August 2019)')
# A post named by its platform alone, as a short form names it again: "X post", "Telegram message"
POST_NAMED_RE = lazy(rf"(?i:{_PLATFORM_POST})")
# A post named again by who posted it and the platform alone: "Mujahid, X post.", "Roe, Telegram post"
POST_AGAIN_RE = lazy(rf"^(?P<who>[^,;()“\"*]{{2,60}}),\s+(?i:{_PLATFORM})\s+post\.?$")


def may_be_posted(text: str) -> bool:
    """A cheap test before ``posted_on``: the note names a platform it knows."""
    return "Telegram" in text or "YouTube" in text or "Facebook" in text or ", X," in text or "Twitter" in text


def posted_on(text: str) -> Work | None:
    """A post or statement put out on a platform, cited by who posted it, the platform and the day; None otherwise."""
    m = POSTED_ON_RE.match(text.strip())
    if m is None:
        return None
    found = dates.find_date(m.group("date"))
    if found is None:
        return None
    who = m.group("who").strip()
    genre = m.group("genre") or m.group("genre2") or "post"
    posters = parse_names(who) if looks_like_names(who) and not is_organisation(who) else (Name(literal=who),)
    return Work(type="webpage", authors=posters, container=m.group("platform"), genre=genre[:1].upper() + genre[1:],
                date=found.parts, url=m.group("url").strip(" ,").rstrip(".;") if m.group("url") else None, raw=text,
                evidence=('"<who>, <statement/post>, <platform>, <date>" -> a post on that platform',))


# A group's or an agency's recording or statement cited by who released it and when, with no title of its own: "Amaq News
# Agency video, June 5, 2017", "Video released by Amaq News Agency, June 5, 2017", "Example Front communiqué, 3 May 2019"
_MEDIA_KIND = (r"(?:audio|video)(?:\s+(?:statement|message|recording|address))?|recording|communiqu[ée]|"
               r"claim\s+of\s+responsibility")
RELEASED_MEDIA_RE = lazy(
    rf"(?i)^(?:(?P<kind>{_MEDIA_KIND}|statement)\s+(?:released|issued|published|posted|distributed)\s+by\s+"
    r"(?P<who>(?-i:\p{Lu})[^,;()“”\"*]{1,60}?)"
    rf"|(?P<who2>(?-i:\p{{Lu}})[^,;()“”\"*]{{1,60}}?)\s+(?P<kind2>{_MEDIA_KIND}))"
    r",\s+(?P<date>[^;()“”\"]{6,30}?\d{4})\.?$")


def released_media(text: str) -> Work | None:
    """The work for a recording or statement named by who released it and its day ("Amaq News Agency video, June 5,
    2017"): a statement or message is a speech of its issuer, a video or recording a document; None for anything else."""
    m = RELEASED_MEDIA_RE.match(text.strip())
    if m is None:
        return None
    found = dates.find_date(m.group("date"))
    who = (m.group("who") or m.group("who2")).strip()
    if found is None or found.span[0] > 0 or len(found.parts) < 2:
        return None
    kind = (m.group("kind") or m.group("kind2")).lower()
    spoken = any(w in kind for w in ("statement", "message", "communiqu", "claim", "address"))
    return Work(type="speech" if spoken else "document", authors=parse_names(who) or (Name(literal=who),),
                genre=kind.capitalize(), date=found.parts, raw=text, language=None,
                evidence=(f'"{kind}" released by "{who}" on a day -> ' + ("a speech" if spoken else "a document"),))
