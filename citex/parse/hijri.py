"""Dates of the Islamic (Hijri) calendar, as notes on jihadist and Middle Eastern sources print them.

A group's periodical or statement is often dated by the Hijri calendar alone ("al-Naba 180, 21 Rabiʿ al-Thani 1440"),
or with the Gregorian date beside it ("Dhu al-Qaʿda 1441 [July 2020]", "28 Jumada al-Ula 1438 / 25 February 2017").
``gregorian`` gives the note the Gregorian date every other reader understands: the one printed beside the Hijri date
when there is one, else the Hijri date converted by the arithmetical (tabular) calendar, which may differ by a day from
the date observed by the moon; a month alone is given as the Gregorian month in which its middle falls.
"""
from __future__ import annotations

import datetime

import regex

from ..lazyregex import lazy
from . import dates

# The Hijri months as English-language notes transliterate them, with or without ʿayn and hamza marks, and the
# Levantine "Rabiʿ I", "Jumada II"
_APOS = r"[ʿʾ'’`‘]?"
_AL = r"(?:\s+|-)(?:al-|el-|ul-|l-)?"
MONTH_PATTERNS = (
    r"mu?harr?am",
    r"safar",
    rf"rabi{_APOS}{_AL}(?:awwal|aw{_APOS}al|ula|i)(?![\p{{L}}])",
    rf"rabi{_APOS}{_AL}(?:th?ani|akh[ie]r|ii)(?![\p{{L}}])",
    rf"juma?da{_APOS}{_AL}(?:ula|uwla|awwal|oula|i)(?![\p{{L}}])",
    rf"juma?da{_APOS}{_AL}(?:akh[ie]ra?|th?ani(?:ya)?|ii)(?![\p{{L}}])",
    r"rajab",
    rf"sha{_APOS}b(?:an|aan)",
    r"rama[dḍzẓ]h?an",
    r"shaww?al",
    rf"dh?[uo]{_AL}?(?:q|k){_APOS}(?:a{_APOS})?d(?:a|ah)?",
    rf"dh?[uo]{_AL}?h(?:ijj?a|ijjah)",
)
_MONTH = "|".join(f"(?P<m{i}>{p})" for i, p in enumerate(MONTH_PATTERNS, start=1))
HIJRI_DATE_RE = lazy(
    rf"(?i)(?P<hijri>(?:(?P<day>[0-3]?\d)\s+)?(?:{_MONTH})\s+(?P<year>1[34]\d\d)(?!\d)(?:\s*(?:AH|A\.H\.|H\.|AH\.)(?![\p{{L}}]))?)"
    r"(?:\s*\[(?P<square>[^\[\]]{4,40})\]|\s*/\s*(?P<slash>[^,;()\[\]/]{4,30}?(?:1[89]|20)\d\d)|\s*\((?P<paren>[^()]{4,40})\))?"
)
# Words a note must hold for a Hijri date to be looked for: a stem of each month's name
STEMS = ("uharram", "afar", "abi", "umad", "ajab", "ha'b", "haʿb", "hab", "amad", "amaḍ", "hawwal", "hawal", "Dhu", "dhu",
         "Dhul", "Du ")


def gregorian(text: str) -> str:
    """``text`` with each Hijri date replaced by its Gregorian date (the one printed beside it, else a conversion)."""
    if not any(stem in text for stem in STEMS):
        return text
    return HIJRI_DATE_RE.sub(_replacement, text)


def _replacement(m: regex.Match) -> str:
    beside = m.group("square") or m.group("slash") or m.group("paren")
    if beside and dates.find_date(beside) is not None:
        return beside.strip()  # "Dhu al-Qaʿda 1441 [July 2020]": the Gregorian date printed beside it
    month = next(i for i in range(1, 13) if m.group(f"m{i}"))
    year = int(m.group("year"))
    day = int(m.group("day")) if m.group("day") else None
    if day is not None and not 1 <= day <= 30:
        return m.group(0)
    when = to_gregorian(year, month, day or 15)
    converted = f"{when.day} {dates.ENGLISH_MONTH_NAMES[when.month - 1]} {when.year}" if day else f"{dates.ENGLISH_MONTH_NAMES[when.month - 1]} {when.year}"
    return converted + m.group(0)[m.end("hijri") - m.start():]  # (what follows it, no date, stays)


def to_gregorian(year: int, month: int, day: int) -> datetime.date:
    """The Gregorian day of a Hijri date by the arithmetical calendar (epoch 16 July 622 Julian, 19 July proleptic Gregorian; 11 leap years in 30)."""
    days = day + -(-59 * (month - 1) // 2) + (year - 1) * 354 + (3 + 11 * year) // 30  # ceil(29.5 * (month - 1))
    return datetime.date(622, 7, 18) + datetime.timedelta(days=days)  # (16 July 622 of the Julian calendar)
