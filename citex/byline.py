"""Who wrote the article: its byline ("By Steven T. Zech for ...") or its front matter
(``author: "Inés Calderón Vidal"``).  An interview's interviewer is the article's author
unless a note names someone else.
"""
from __future__ import annotations

import regex

from .lazyregex import lazy
from .model import Name, Text
from .parse.names import is_given_name, looks_like_names, parse_names

HEAD_CHARS = 4000  # a byline sits near the top
HEADER_CHARS = 1500  # an academic header's name and affiliation sit above the abstract

# "By Steven T. Zech for Combating Terrorism Center (CTC)", "Por María Elena Hidalgo"
BYLINE_RE = lazy(
    r"(?m)^[ \t*_#]*(?:(?:commentary|analysis|report|article|essay|story|text|words|interview|opinion|op-ed)\s+)?"
    r"(?:by|por|par|von|di|escribe:|escrito\s+por|texto:|autor[ae]s?:|authors?:|written\s+by)[ \t]+(?P<who>\p{Lu}[\p{L}.'’-]*(?:[ \t]+(?:\p{Lu}[\p{L}.'’-]*|de|del|der|den|van|von|da|la|le|di)){1,5}"
    r"(?:[ \t]*(?:,|and|y|&)[ \t]*\p{Lu}[\p{L}.'’-]*(?:[ \t]+(?:\p{Lu}[\p{L}.'’-]*|de|del|der|den|van|von|da|la|le|di)){1,5})*)"  # one line: no name runs on
    r"[ \t*_]*(?=$|[ \t]+(?:for|para|pour|für)\s|,|[ \t]*[|·•]|[ \t]+[-–—]\s)",
    regex.IGNORECASE,
)
# An academic header: the author's name alone on its line, then the affiliation on the next
# ("Lucía Paredes Huamán" / "Universidad Nacional de San Cristóbal de Huamanga")
AFFILIATED_NAME_RE = lazy(
    r"(?m)^[ \t*_]*(?P<who>\p{Lu}[\p{L}.'’-]*(?:[ \t]+(?:\p{Lu}[\p{L}.'’-]*|de|del|van|von|da|la|dos)){1,4})[ \t*_]*\n"
    r"[ \t*_]*(?:[^\n]{0,80}?\b(?i:universi\w*|institut\w*|college|colegio|centro|center|centre|school|escuela|"
    r"faculta\w*|department|departamento|académie|academy)\b[^\n]{0,120}|(?i:abstract|resumen|résumé|summary)\b[^\n]*)$")
# What follows the names in a byline: "for Example Center", "para IDL"
FOR_RE = lazy(r"(?i)\s+(?:for|para|pour|für)\s+")
# YAML front matter: author: "Inés Calderón Vidal"
FRONT_MATTER_AUTHOR_RE = lazy(r"(?m)\A---\s*\n(?:.*\n){0,40}?author:\s*[\"']?(?P<who>[^\"'\n\[\]]+)[\"']?\s*\n")


def authors(text: Text) -> tuple[Name, ...]:
    """The article's authors as printed in its byline, or () when none is found."""
    head = text.text[:HEAD_CHARS]
    m = FRONT_MATTER_AUTHOR_RE.search(head)
    if m is None:
        m = BYLINE_RE.search(head)
    if m is None:
        m = AFFILIATED_NAME_RE.search(head, 0, HEADER_CHARS)
        if m is not None and not is_given_name(m.group("who").split()[0]):
            return ()  # "Introducción" over "Universidad ...": a name must open with a given name
    if m is None:
        return ()
    who = FOR_RE.split(m.group("who").strip(), 1)[0]  # "Jane Roe for Example Center": the pattern ignores case
    if not looks_like_names(who):
        return ()
    return tuple(n for n in parse_names(who) if n.literal is None)
