"""Who wrote the article: its byline ("By Steven T. Zech for ...") or its front matter
(``author: "Inés Calderón Vidal"``).  An interview's interviewer is the article's author
unless a note names someone else.
"""
from __future__ import annotations

import regex

from .lazyregex import lazy
from .model import Name, Text
from .parse.names import looks_like_names, parse_names

HEAD_CHARS = 4000  # a byline sits near the top

# "By Steven T. Zech for Combating Terrorism Center (CTC)", "Por María Elena Hidalgo"
BYLINE_RE = lazy(
    r"(?m)^[ \t*_#]*(?:by|por|par|von|di)\s+(?P<who>\p{Lu}[\p{L}.'’-]*(?:\s+(?:\p{Lu}[\p{L}.'’-]*|de|del|van|von|da|la)){1,4}"
    r"(?:\s*(?:,|and|y|&)\s*\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){1,3})*)"
    r"[ \t*_]*(?=$|\s+(?:for|para|pour|für)\s|,|\s*\||\s+[-–—]\s)",
    regex.IGNORECASE,
)
# YAML front matter: author: "Inés Calderón Vidal"
FRONT_MATTER_AUTHOR_RE = lazy(r"(?m)\A---\s*\n(?:.*\n){0,40}?author:\s*[\"']?(?P<who>[^\"'\n\[\]]+)[\"']?\s*\n")


def authors(text: Text) -> tuple[Name, ...]:
    """The article's authors as printed in its byline, or () when none is found."""
    head = text.text[:HEAD_CHARS]
    m = FRONT_MATTER_AUTHOR_RE.search(head)
    if m is None:
        m = BYLINE_RE.search(head)
    if m is None:
        return ()
    who = m.group("who").strip()
    if not looks_like_names(who):
        return ()
    return tuple(n for n in parse_names(who) if n.literal is None)
