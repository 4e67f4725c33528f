"""Look-ups remembered for the length of one article.

The stages ask the same questions of the same text more than once: the segmenter asks whether
a piece is a citation, and the reader then reads it with the same readers; a name is tested as
a body's wherever it appears.  ``per_article`` remembers a pure function's answers, and
``forget`` (called as each article starts) clears every such memory, so memory stays flat over
a batch and no article is read faster for a text seen in an earlier one.
"""
from __future__ import annotations

import functools
from collections.abc import Callable
from typing import TypeVar

F = TypeVar("F", bound=Callable)

_CACHES: list = []


def per_article(maxsize: int = 4096) -> Callable[[F], F]:
    """``functools.lru_cache(maxsize)``, cleared by ``forget``; only for functions of immutable arguments that
    return immutable values (callers share the answer)."""
    def decorate(fn: F) -> F:
        cached = functools.lru_cache(maxsize=maxsize)(fn)
        _CACHES.append(cached)
        return cached  # type: ignore[return-value]
    return decorate


def forget() -> None:
    """Clear every cache ``per_article`` made."""
    for cached in _CACHES:
        cached.cache_clear()
