"""Dates as printed in notes, in English, Spanish, Portuguese, French, Italian and German (and Russian and
Ukrainian month names: "20 мая 2023").

"May 14, 2013", "October, 1, 2012", "Sept. 4, 2012", "14 May 2013", "3 de enero de 2014",
"enero de 2014", "March 2014", "2013", "undated", "n.d.", "s.f.".
"""
from __future__ import annotations

from typing import NamedTuple

import regex

from ..articlecache import per_article
from ..lazyregex import lazy

MONTHS: dict[str, int] = {}


def _learn_months(months: list[str]) -> None:
    """Learns the names of each month, January first, one string of names a month; a name learnt before keeps its month."""
    for number, names in enumerate(months, start=1):
        for name in names.split():
            MONTHS.setdefault(name, number)


# The English names of the months, as a date is written out in a note form citex reads again ("7/2020" -> "July 2020")
ENGLISH_MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
                       "November", "December")

# English, Spanish, Portuguese, French, German, Italian, Indonesian, Malay, Dutch, Russian, Ukrainian
_learn_months(
    [
        "january jan enero ene janeiro janvier janv januar jän gennaio genn januari января январь січня",
        "february feb febrero febr fevereiro fev février févr februar febbraio febbr februari pebruari февраля февраль лютого",
        "march mar marzo março mars märz maret maart марта март березня",
        "april apr abril abr avril aprile апреля апрель квітня",
        "may mayo maio mai maggio magg mei мая май травня",
        "june jun junio junho juin juni giugno giu июня июнь червня",
        "july jul julio julho juillet juil juli luglio lug julai июля июль липня",
        "august aug agosto ago août aout agustus augustus ogos августа август серпня",
        "september sep sept septiembre setiembre set setembro septembre settembre sett сентября сентябрь вересня",
        "october oct octubre outubro out octobre oktober okt ottobre ott октября октябрь жовтня",
        "november nov noviembre novembro novembre ноября ноябрь листопада",
        "december dec diciembre dic dezembro décembre déc dezember dez dicembre desember disember декабря декабрь грудня",
    ]
)
# Turkish; Bosnian, Croatian and Serbian (Latin and Cyrillic, the nominative and the genitive a date prints: "11. jula
# 1995.", "4. kolovoza 1995."); Danish, Norwegian and Swedish where they differ from the above
_learn_months(
    [
        "ocak januar januara siječanj siječnja јануар јануара januari",
        "şubat subat februar februara veljača veljače фебруар фебруара februari",
        "mart marta ožujak ožujka март марта marts mars",
        "nisan aprila travanj travnja април априла",
        "mayıs mayis maj maja svibanj svibnja мај маја",
        "haziran juna lipanj lipnja јун јуна",
        "temmuz jula srpanj srpnja јул јула",
        "ağustos agustos avgust avgusta augusta kolovoz kolovoza август августа augusti",
        "eylül eylul septembar septembra rujan rujna септембар септембра",
        "ekim oktobar oktobra listopad listopada октобар октобра",
        "kasım kasim novembar novembra studeni studenoga studenog новембар новембра",
        "aralık aralik decembar decembra prosinac prosinca децембар децембра desember",
    ]
)
# The Syriac month names of Levantine and Iraqi Arabic, as transliterated (those of one word): "17 Tammuz 2020", "12 Aylul
# 2019" (Nisan and Haziran are the Turkish names above too, for the same months)
_learn_months(["", "shubat", "adhar", "", "ayyar ayar", "", "tammuz tamuz tammouz", "", "aylul ailul ayloul", "", "", ""])
# Filipino (Tagalog): "Oktubre 17, 2017"
_learn_months("enero pebrero marso abril mayo hunyo hulyo agosto setyembre oktubre nobyembre disyembre".split())
# Polish and Czech, in the genitive a date prints ("28 lipca 2022", "18. února 2023") and the nominative, and Hungarian
# ("2022. február 28."); Croatian keeps "listopad" (October), which is November in Polish and Czech
_learn_months(
    [
        "stycznia styczeń ledna leden január",
        "lutego luty února únor február",
        "marca marzec března březen március",
        "kwietnia kwiecień dubna duben április",
        "maja maj května květen május",
        "czerwca czerwiec června červen június",
        "lipca lipiec července červenec július",
        "sierpnia sierpień srpna srpen augusztus",
        "września wrzesień září szeptember",
        "października październik října říjen október",
        "listopadu",
        "grudnia grudzień prosince prosinec",
    ]
)
# Greek, in the genitive a date prints ("10 Σεπτεμβρίου 2020") and the nominative
_learn_months([names.replace("/", " ") for names in
               "ιανουαρίου/ιανουάριος φεβρουαρίου/φεβρουάριος μαρτίου/μάρτιος απριλίου/απρίλιος μαΐου/μάιος "
               "ιουνίου/ιούνιος ιουλίου/ιούλιος αυγούστου/αύγουστος σεπτεμβρίου/σεπτέμβριος οκτωβρίου/οκτώβριος "
               "νοεμβρίου/νοέμβριος δεκεμβρίου/δεκέμβριος".split()])

# Any word stands where a month may; ``_parts`` keeps only real month names (MONTHS).  A plain
# word class compiles in a fraction of the time of a case-insensitive alternation of 80 names.
_MONTH = r"(?P<month>\p{L}{3,12})\.?"
_YEAR = r"(?P<year>1[5-9]\d\d|20\d\d)(?![\d\-–]|s\b|['’]s\b)"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th|\.?º|°|er)?"

# Each pattern is tried in this order; the first that matches wins.
DATE_PATTERNS = [
    # "May 14, 2013", "October, 1, 2012", "Sept. 4, 2012", "May 13 and May 15, 2013" (the first day), and the Colombian
    # "mayo 14 de 2017"
    lazy(rf"(?i)(?<!\p{{L}}){_MONTH},?\s+{_DAY}(?:\s*(?:[-–]|and|y)\s*(?:\p{{L}}+\.?\s+)?\d{{1,2}})?(?:,?\s+|\s+de\s+){_YEAR}"),
    # "14 May 2013", "3 de enero de 2014", "1er janvier 2014", "14. Mai 2013", "10-12 November 2019" and
    # "10 al 12 de noviembre de 2019" (the first day)
    lazy(rf"(?i)(?<![\d\p{{L}}]){_DAY}(?:\s*[-–]\s*\d{{1,2}}|\s+(?:to|and|al|a|y|au|et|bis)\s+\d{{1,2}})?\.?\s+"
         rf"(?:de\s+)?{_MONTH}(?:\s+del?|,)?\s+(?:de\s+)?{_YEAR}"),
    # "enero de 2014", "March 2014", "Jan. 2019", "April through June 2013" and "April–June 2016" (the first month)
    lazy(rf"(?i)(?<!\p{{L}}){_MONTH}(?:\s*[-–]\s*\p{{L}}+|\s+(?:through|to|a|al|hasta|à|au|bis)\s+\p{{L}}+)?,?\s+"
         rf"(?:de\s+|del\s+)?{_YEAR}"),
    # a year alone: "2013", "(1999)"; never a page that looks like one: "(2005): 2047", "pp. 2047–60"
    lazy(rf"(?<![\d\p{{L}}/.\-–])(?<!\):\s)(?<!\):)(?<!\d:)(?<!(?<!\p{{L}})pp?\.\s?){_YEAR}"),  # nor a page of a volume: "3:1560"
    # (the "p." of a page is a word of its own: "Sep. 2017", SIPRI's September, is a month)
]
# A date printed year first, as Hungarian prints one: "2022. február 28.", "2023. július 14."
YEAR_FIRST_RE = lazy(r"(?P<year>1[5-9]\d\d|20\d\d)\.\s+(?P<month>\p{L}{3,12})\s+(?P<day>[0-3]?\d)\.(?!\d)")
# A date in figures: ISO "2016-05-05", or "3/3/2014", "12.04.2015" (never part of a longer number)
NUMERIC_DATE_RE = lazy(
    r"(?<![\d/.\-])(?:(?P<iy>1[5-9]\d\d|20\d\d)-(?P<im>\d{1,2})-(?P<id>\d{1,2})"
    r"|(?P<a>\d{1,2})(?P<sep>[/.])(?P<b>\d{1,2})(?P=sep)(?P<y>1[5-9]\d\d|20\d\d))(?![\d/\-]|\.\d)")
NUMERIC_HINT_RE = lazy(r"\d[/.\-]\d")
NO_DATE_RE = lazy(r"(?i)(?<!\p{L})(?:undated|n\.\s?d\.?|s\.\s?f\.?|s/f|sin fecha|no date|o\.\s?j\.?|forthcoming|in\s+press|en\s+prensa|"
                  r"no\s+prelo)(?!\p{L})")


class FoundDate(NamedTuple):
    parts: tuple[int, ...]
    span: tuple[int, int]
    text: str


# The same patterns, each made to end where a year ends: a date is looked for only in the few
# characters before each year, not across the whole text.
ENDING_PATTERNS = [lazy(p.source + r"\Z", p.source_flags) for p in DATE_PATTERNS[:-1]]
LOOKBACK = 48  # "September 14 and September 15, 2013" fits


# The first of two months of one issue, before the "/": "January/February 2019", "Jul./Aug. 2020"
FIRST_OF_TWO_MONTHS_RE = lazy(r"(?i)\b(\p{L}{3,9})\.?$", regex.REVERSE)


# A day of the week before a date, which is part of it: "Tuesday, 25 June 2024", "Tues., June 25", "mardi 25 juin" (where
# a note's part begins: "Santo Domingo, 12 de mayo de 1965" is a town, not a Sunday)
WEEKDAY_BEFORE_RE = lazy(r"(?i)(?:(?<=^\s*)|(?<=[,(;:]\s*))(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tues?|wed|thu(?:rs?)?|fri|"
                         r"sat|sun|lunes|martes|miércoles|jueves|viernes|sábado|domingo|lundi|mardi|mercredi|jeudi|vendredi|"
                         r"samedi|dimanche|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag)\.?,?\s+$", regex.REVERSE)


@per_article(maxsize=4096)
def find_date(text: str, last: bool = True) -> FoundDate | None:
    """The most precise date in ``text`` (the last one of that precision when ``last``); a date
    in figures ("2016-05-05", "3/3/2014", "12.04.2015") counts when no day is written in words.  A day of the week
    before it is part of it."""
    found = _find_date(text, last)
    if found is not None and len(found.parts) == 3 and found.span[0] >= 4 \
            and (weekday := WEEKDAY_BEFORE_RE.search(text, max(0, found.span[0] - 12), found.span[0])) is not None:
        return FoundDate(found.parts, (weekday.start(), found.span[1]), text[weekday.start():found.span[1]])
    return found


def _find_date(text: str, last: bool) -> FoundDate | None:
    found = _date_in_words(text, last)
    if found and len(found.parts) == 2 and found.span[0] > 3 and text[found.span[0] - 1] == "/":
        first = FIRST_OF_TWO_MONTHS_RE.search(text, 0, found.span[0] - 1)  # "January/February 2019": January
        month = MONTHS.get(first.group(1).lower()) if first else None
        if month:
            found = FoundDate((found.parts[0], month), (first.start(), found.span[1]), text[first.start():found.span[1]])
    if found and len(found.parts) >= 2 and found.span[0] > 6:
        found = _range_start(text, found)
    if (found is None or len(found.parts) < 3) and ("年" in text or "년" in text):
        written = [m for m in CJK_DATE_RE.finditer(text) if 1 <= int(m.group("m") or 1) <= 12 and 1 <= int(m.group("d") or 1) <= 31]
        if written:  # "2022年12月17日", "2019년 8월 23일": year, month and day, as Chinese, Japanese and Korean write them
            m = written[-1] if last else written[0]
            parts = tuple(int(g) for g in (m.group("y"), m.group("m"), m.group("d")) if g)
            if found is None or len(parts) > len(found.parts):
                return FoundDate(parts, m.span(), m.group(0))
    if (found is None or len(found.parts) < 3) and NUMERIC_HINT_RE.search(text):
        numeric = _date_in_figures(text, last)
        if numeric is not None:
            return numeric
    if (found is None or len(found.parts) == 1) and "/" in text:
        month = _month_in_figures(text, last)
        if month is not None and (found is None or (month.span[0] >= found.span[0] if last else month.span[0] <= found.span[0])):
            return month  # (the last date, or the first, as a year alone would be: "Informe anual 2023, OVV, 12/2023")
    return found


# A month and its year in figures, as Nueva Sociedad dates a piece: "7/2021", "en Nueva Sociedad, 6/2022"
MONTH_YEAR_FIGURES_RE = lazy(r"(?:(?<=,\s)|^)(?P<m>\d{1,2})/(?P<y>(?:19|20)\d\d)(?![\d/\-–])")
# (a part of its own, after a comma: "Documento de Análisis 05/2011" is a paper's number)
# What numbers an issue before such figures, which are then its number and year: "n. 2/2011", "No 3/2015", "Heft 4/2019"
ISSUE_WORD_BEFORE_RE = lazy(r"(?i)(?:\b(?:n|no|nr|núm|num|heft|issue|vol)\.?|[º°])\s*$")


def _month_in_figures(text: str, last: bool) -> FoundDate | None:
    found = [m for m in MONTH_YEAR_FIGURES_RE.finditer(text)
             if 1 <= int(m.group("m")) <= 12 and not ISSUE_WORD_BEFORE_RE.search(text, max(0, m.start() - 8), m.start())]
    if not found:
        return None
    m = found[-1] if last else found[0]
    return FoundDate((int(m.group("y")), int(m.group("m"))), m.span(), m.group(0))


# A date in Chinese, Japanese or Korean figures and characters: "2022年12月17日", "2016年1月", "2019년 8월 23일"
CJK_DATE_RE = lazy(r"(?P<y>(?:1[5-9]|20)\d\d)\s?[年년](?:\s?(?P<m>\d{1,2})\s?[月월](?:\s?(?P<d>\d{1,2})\s?[日일])?)?")
# What joins two dates of one range: "agosto de 2013 y febrero de 2015", "May 2013 to June 2014"
RANGE_JOIN_RE = lazy(r"(?i)\s*(?:(?<=\p{L}\.?|(?:1[5-9]|20)\d\d)[-–]\s*|[-–]\s+|\s(?:y|and|et|e|und|&|to|a|al|hasta|through|bis)\s+)$", regex.REVERSE)
# (a dash with no space after it follows a month or a year: "28 February–2 March 2020", "December 2014–January 2015")


def _range_start(text: str, found: FoundDate) -> FoundDate:
    """The first date of a range of two dated months or days (as "April 27-28, 2013" is the 27th)."""
    join = RANGE_JOIN_RE.search(text, 0, found.span[0])
    if join is None:
        return found
    first = _date_in_words(text[: join.start()], True)
    if (first is None or first.span[1] != join.start()) and len(found.parts) == 3:
        first = _day_month_before(text, join.start(), found.parts[0])  # "25 February – 4 March 2020": the year is the end's
    if first is None or len(first.parts) < 2 or first.span[1] != join.start():
        return found
    return FoundDate(first.parts, (first.span[0], found.span[1]), text[first.span[0]:found.span[1]])


# A day and month with no year, ending just before a range's dash: "25 February", "February 25", "28 févr."
DAY_MONTH_END_RE = lazy(r"(?i)(?<![\p{L}\d])(?:(?P<day>\d{1,2})\s+(?:de\s+)?(?P<month>\p{L}{3,10})\.?"
                        r"|(?P<month2>\p{L}{3,10})\.?\s+(?P<day2>\d{1,2}))$", regex.REVERSE)


def _day_month_before(text: str, end: int, year: int) -> FoundDate | None:
    m = DAY_MONTH_END_RE.search(text, max(0, end - 20), end)
    if m is None:
        return None
    month = MONTHS.get((m.group("month") or m.group("month2")).lower().rstrip("."))
    day = int(m.group("day") or m.group("day2"))
    if not month or not 1 <= day <= 31:
        return None
    return FoundDate((year, month, day), m.span(), m.group(0))


def _date_in_figures(text: str, last: bool) -> FoundDate | None:
    """"2016-05-05" (ISO), "12.04.2015" and "3/3/2014" (day first, as outside the US; a first
    number over 12 or a second one over 12 settles the order either way)."""
    found = []
    for m in NUMERIC_DATE_RE.finditer(text):
        if m.group("iy"):
            year, month, day = int(m.group("iy")), int(m.group("im")), int(m.group("id"))
        else:
            a, b, year = int(m.group("a")), int(m.group("b")), int(m.group("y"))
            day, month = (b, a) if b > 12 >= a else (a, b)
        if 1 <= month <= 12 and 1 <= day <= 31:
            found.append(FoundDate((year, month, day), m.span(), m.group(0)))
    if not found:
        return None
    return found[-1] if last else found[0]


def _date_in_words(text: str, last: bool) -> FoundDate | None:
    years = list(DATE_PATTERNS[-1].finditer(text))  # a bounded pattern: linear, no timeout needed
    if not years:
        if "inter" in text or "ummer" in text or "all " in text or "utumn" in text or "pring" in text or "iver" in text \
                or "été " in text or "tomne" in text or "nvierno" in text or "verano" in text or "oño" in text or "rimav" in text:
            season = SEASON_YEARS_RE.search(text)
            if season is not None:  # "(Winter 1992–93)": a quarterly's issue over the turn of a year, dated by its first
                return FoundDate((int(season.group("year")),), season.span(), season.group(0))
        return None  # no year, no date: most stretches of a note have none
    order = years[::-1] if last else years
    for y in order if ". " in text else ():  # Hungarian, the year first: "2022. február 28."
        m = YEAR_FIRST_RE.match(text, y.start()) if text.startswith(". ", y.end()) else None
        if m is not None and m.group("month").lower() in MONTHS and 1 <= int(m.group("day")) <= 31:
            return FoundDate((int(m.group("year")), MONTHS[m.group("month").lower()], int(m.group("day"))), m.span(),
                             m.group(0))
    with_month = [y for y in order if _month_before(text, y.start())]
    for pattern in ENDING_PATTERNS:
        for y in with_month:
            m = pattern.search(text, max(0, y.start() - LOOKBACK), y.end())  # a window of <= 48 characters
            while m is not None and not _is_month_match(m):  # "Volume 4, 2013": no month there
                m = pattern.search(text, m.start() + 1, y.end())
            if m is not None:
                parts = _parts(m)
                if parts:
                    return FoundDate(parts, m.span(), m.group(0))
    y = order[0]
    season = SEASON_BEFORE_RE.search(text, max(0, y.start() - 24), y.start()) if y.start() > 3 else None
    if season is not None:  # "Summer 2010", "Winter 2006/07": an issue dated by its season, its year the date
        return FoundDate((int(y.group("year")),), (season.start(), y.end()), text[season.start():y.end()])
    return FoundDate((int(y.group("year")),), y.span(), y.group(0))


# A season over two years: "Winter 1992–93", "Winter 2006–7", "Fall 1999–2000"
SEASON_YEARS_RE = lazy(r"(?i)(?<!\p{L})(?:spring|summer|fall|autumn|winter|hiver|printemps|été|automne|invierno|primavera|verano|"
                       r"otoño)\s+(?:de\s+)?(?P<year>1[5-9]\d\d|20\d\d)\s*[-–/]\s*\d{1,4}(?!\d)")
# (French and Spanish too: "hiver 2021-2022", "invierno de 2019-2020")
# A season before a year, as quarterlies and magazines date their issues: "Summer 2010", "Fall/Winter 2019"
SEASON_BEFORE_RE = lazy(r"(?i)(?<!\p{L})(?:spring|summer|fall|autumn|winter)(?:\s*/\s*(?:spring|summer|fall|autumn|winter))?\s+$")


# a run of letters, where a month name may be
LETTERS_RE = lazy(r"\p{L}+")


def _month_before(text: str, year_start: int) -> bool:
    """A month name among the words just before a year: only then can a pattern above match there."""
    window = text[max(0, year_start - LOOKBACK):year_start].lower()
    return not MONTHS.keys().isdisjoint(LETTERS_RE.findall(window))


def _is_month_match(m: regex.Match) -> bool:
    month = m.groupdict().get("month")
    if month is not None and month[:1] == "J" and m.string[max(0, m.start("month") - 7):m.start("month")].lower() == "rio de ":
        return False  # "…, Rio de Janeiro, 2005": the town, not January
    return month is None or month.lower().rstrip(".") in MONTHS


def find_no_date(text: str) -> str | None:
    """"undated", "n.d." as printed, or None."""
    m = NO_DATE_RE.search(text)
    return m.group(0) if m else None


def _parts(m: regex.Match) -> tuple[int, ...] | None:
    year = int(m.group("year"))
    groups = m.groupdict()
    if groups.get("month"):
        month = MONTHS.get(m.group("month").lower().rstrip("."))
        if not month:
            return (year,)
        day = groups.get("day")
        if day:
            d = int(day)
            if 1 <= d <= 31:
                return (year, month, d)
            return (year, month)
        return (year, month)
    return (year,)


def iso(parts: tuple[int, ...] | None) -> str | None:
    if not parts:
        return None
    return "-".join([f"{parts[0]:04d}"] + [f"{p:02d}" for p in parts[1:]])


# Words before a date that say it is a revision's: "updated May 3, 2021", "last modified"
UPDATED_RE = lazy(r"(?i),?\s*(?:last\s+)?(?:updated|modified|revised|rev\.|actualizado|mis\s+à\s+jour)(?:\s+(?:on|el|le))?$",
                  regex.REVERSE)
