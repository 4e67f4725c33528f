"""Patterns compiled on first use.

citex holds some 250 patterns at module level; compiling them all costs about 110 ms, which
every run of the command line would pay before reading a byte, though a given article uses
two thirds of them (and ``citex.patterncache`` keeps those compiled on disk between runs).
``lazy(source, flags)`` stands for ``regex.compile(source, flags)``:
the pattern is compiled the first time one of its methods is called, and the compiled
pattern's bound methods then take the place of the object's own.
"""
from __future__ import annotations

from typing import Any

import regex

from .patterncache import compile_pattern

METHODS = ("search", "match", "fullmatch", "sub", "subn", "split", "splititer", "findall", "finditer", "scanner")


class LazyPattern:
    """A ``regex`` pattern that compiles itself when first used."""

    # Each method is a slot: a trampoline that compiles until the first call, the compiled
    # pattern's bound method after it (a slot is read as fast as any attribute).
    __slots__ = (*METHODS, "source", "source_flags", "_compiled")

    def __init__(self, source: str, flags: int = 0) -> None:
        self.source = source
        self.source_flags = flags
        self._compiled: regex.Pattern | None = None
        for name in METHODS:
            setattr(self, name, _Trampoline(self, name))

    def compiled(self) -> regex.Pattern:
        if self._compiled is None:
            pattern = compile_pattern(self.source, self.source_flags)
            for name in METHODS:
                setattr(self, name, getattr(pattern, name))
            self._compiled = pattern
        return self._compiled

    @property
    def pattern(self) -> str:
        return self.source

    @property
    def flags(self) -> int:
        return self.compiled().flags

    @property
    def groupindex(self) -> Any:
        return self.compiled().groupindex

    @property
    def groups(self) -> int:
        return self.compiled().groups

    def __repr__(self) -> str:
        return f"lazy({self.source!r}, {self.source_flags})"


class _Trampoline:
    """A method of a pattern not yet compiled: compiles it, then calls the real method."""

    __slots__ = ("owner", "name")

    def __init__(self, owner: LazyPattern, name: str) -> None:
        self.owner, self.name = owner, name

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        return getattr(self.owner.compiled(), self.name)(*args, **kwargs)


def lazy(source: str, flags: int = 0) -> LazyPattern:
    """``regex.compile(source, flags)``, deferred to the pattern's first use."""
    return LazyPattern(source, flags)
