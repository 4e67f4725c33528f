"""Satellite images credited in a note, as open-source investigations credit them:

    Satellite image ©2022 Example Technologies, April 9, 2022.
    Example Labs PBC, satellite image of Example airbase, Crimea, August 10, 2022.
    Satellite imagery: Example Labs PBC, SkySat, February 2, 2024.

``image`` reads one: the company that took or sells it is its author, "Satellite image" its genre, what it
shows its title (when the note says), and the day it was taken its date.  A note must name both the imagery
and a provider; prose about satellites stays prose.
"""
from __future__ import annotations

from ..lazyregex import lazy
from ..model import Name, Work
from . import dates
from .primary import URL_RE

# Words that say the source is an image taken from orbit
IMAGERY_RE = lazy(r"(?i)\bsatellite\s+(?:image(?:ry|s)?|photo(?:graph)?s?|picture)\b|\bimagery\b")
# Companies and programmes that take or sell such images, as notes name them
PROVIDER_RE = lazy(r"(?i)\b(?:maxar(?:\s+technologies)?|planet(?:\s+labs(?:\s+pbc)?)|airbus(?:\s+defence\s+and\s+space|\s+ds)?|"
                   r"copernicus(?:\s+sentinel(?:-\d\w?)?)?|sentinel-\d\w?|google\s+earth(?:\s+pro)?|capella\s+space|blacksky|"
                   r"iceye|umbra(?:\s+space)?|satellogic|landsat(?:\s+\d)?|digitalglobe|european\s+space\s+agency)\b")
# What the image shows: "satellite image of Example airbase, Crimea"
SUBJECT_RE = lazy(r"(?i)\b(?:satellite\s+)?(?:image(?:ry|s)?|photo(?:graph)?s?)\s+of\s+(?P<what>[^,;()]{3,120})")
# Cheap test before the patterns: a word only such notes hold
MARKS = ("atellite", "magery")


def image(text: str) -> Work | None:
    """The satellite image a note credits, or None."""
    if not any(mark in text for mark in MARKS):
        return None
    said = IMAGERY_RE.search(text)
    provider = PROVIDER_RE.search(text)
    if said is None or provider is None or len(text) > 400:
        return None
    found = dates.find_date(text)
    shows = SUBJECT_RE.search(text)
    url = URL_RE.search(text)
    title = f"Satellite image of {shows.group('what').strip()}" if shows else None
    return Work(type="document", authors=(Name(literal=provider.group(0)),), title=title, genre="Satellite image",
                date=found.parts if found else None, url=url.group(0).rstrip(".,;") if url else None, raw=text,
                language="en", evidence=(f'satellite imagery credited to "{provider.group(0)}" -> a satellite image (document)',))
