"""Reports of the French Parliament, as French notes cite them:

    Assemblée nationale, commission de la défense …, Rapport d'information sur l'opération Barkhane, n° 4089, présenté par
        Mme Sereine Mauborgne et M. Thomas Gassilloud, 14 avril 2021.
    Sénat, Jean-Pierre CHEVÈNEMENT et Gérard LARCHER, Sahel : pour une approche globale, rapport d'information n° 513
        (2012-2013), commission des affaires étrangères …, 16 avril 2013.
    Sénat, *Rapport d'information fait au nom de la commission …*, par MM. Christian Cambon et Ronan Le Gleut, n° 729
        (2021-2022), 28 juin 2022.

A report of the chamber: the chamber publishes it, its rapporteurs write it, its number (and session) is its genre, the
day it was registered its date; the committee that asked for it stays in the raw text.  Whatever part of the note is none
of these is its title.
"""
from __future__ import annotations

from ..lazyregex import lazy
from ..model import Name, Work
from . import dates
from .names import family_case, looks_like_names, parse_names

CHAMBER_RE = lazy(r"^(?P<chamber>Sénat|Assemblée\s+nationale)\s*,\s+(?P<rest>.+)$")
# The report's number, and the session in brackets: "n° 513 (2012-2013)", "no 4089"
NUMBER_RE = lazy(r"(?i)^(?:(?P<kind>rapport(?:\s+d['’]information)?)\s+)?n[°ºo]\.?\s?(?P<no>\d{1,5})(?:\s*\((?P<session>\d{4}\s?[-–]\s?\d{4})\))?$")
# The rapporteurs: "présenté par Mme Sereine Mauborgne et M. Thomas Gassilloud", "par MM. Christian Cambon et Ronan Le Gleut"
BY_RE = lazy(r"(?i)^(?:présenté\s+)?par\s+(?P<names>.+)$")
HONORIFIC_RE = lazy(r"(?:\bMM\.|\bMmes|\bMme|\bM\.)\s+")
PINPOINT_RE = lazy(r"(?i)^(?:t\.\s?[IVX]{1,4}|p\.\s?\d{1,5}(?:\s?[-–]\s?\d{1,5})?|§\s?\d{1,4}|vol\.\s?\d{1,3})$")


def report(text: str) -> tuple[Work, str | None] | None:
    """(the report, the part cited) of a French parliamentary report; None unless the note names a chamber, a report and
    its number, and a day."""
    m = CHAMBER_RE.match(text.strip().rstrip("."))
    if m is None or "apport" not in m.group("rest") or ("n°" not in m.group("rest") and "nº" not in m.group("rest")):
        return None
    parts = [p.strip() for p in m.group("rest").split(", ")]
    authors: list[Name] = []
    title = genre = date = committee = None
    pinpoint: list[str] = []
    number = session = None
    for part in parts:
        if not part:
            continue
        numbered = NUMBER_RE.match(part)
        by = BY_RE.match(part)
        found = dates.find_date(part) if date is None else None
        if numbered is not None:
            number, session = numbered.group("no"), numbered.group("session")
            if numbered.group("kind"):
                genre = numbered.group("kind")
        elif by is not None:
            authors = _names(by.group("names"))
        elif part.lower().startswith("commission"):
            committee = part
        elif committee is not None and part[:3] in ("de ", "des", "du ", "et "):
            committee = f"{committee}, {part}"  # "commission des affaires étrangères, de la défense et des forces armées"
        elif found is not None and found.span[0] == 0 and found.span[1] >= len(part) - 1 and len(found.parts) >= 2:
            date = found.parts
        elif date is not None and PINPOINT_RE.match(part):
            pinpoint.append(part)
        elif title is None and not authors and looks_like_names(part.replace(" et ", " and ")) and part.split()[-1].isupper():
            authors = _names(part)  # "Jean-Pierre CHEVÈNEMENT et Gérard LARCHER": the rapporteurs, before the title
        elif title is None:
            title = part.strip("*").strip()
        elif committee is not None or title is not None:
            title = f"{title}, {part.strip('*').strip()}" if not pinpoint else title
    if number is None or date is None or title is None:
        return None
    label = f"{genre[:1].upper()}{genre[1:]} n° {number}" if genre else f"n° {number}"
    if session:
        label += f" ({session})"
    chamber = " ".join(m.group("chamber").split())
    return Work(type="report", authors=tuple(authors), title=title, publisher=chamber, genre=label, date=date,
                language="fr", raw=text,
                evidence=('"<Sénat|Assemblée nationale>, …, rapport n° <number>, <day>" -> a parliamentary report',)), \
        ", ".join(pinpoint) or None


def _names(text: str) -> list[Name]:
    """The rapporteurs, without their honorifics, their family names out of capitals."""
    bare = HONORIFIC_RE.sub("", text)
    out = []
    for name in parse_names(bare.replace(" et ", " and ")):
        out.append(Name(family=family_case(name.family), given=name.given) if name.family else name)
    return out
