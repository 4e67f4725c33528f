"""Compiled patterns kept on disk between runs, as Python keeps bytecode in ``__pycache__``.

``regex`` compiles a pattern in Python: parsing, optimising and flattening its code costs
0.1 to 2 ms a pattern, about 80 ms of every run of the command line, more than reading the
seed article's notes.  The compiled form (the data ``regex`` itself pickles a pattern to:
strings, numbers, bytes, dicts) is written with ``marshal`` to one file per ``regex`` and
Python version, under a checksum; a later process builds its patterns from it without compiling.

The file lives in ``$CITEX_CACHE_DIR``, else ``$XDG_CACHE_HOME/citex`` or ``~/.cache/citex``
(``%LOCALAPPDATA%\\citex`` on Windows).  ``CITEX_CACHE_DIR=`` (empty) turns it off.  A file
that is missing, unreadable, of another version or damaged is ignored and rewritten; a
directory that cannot be written costs only the compiling.
"""
from __future__ import annotations

import atexit
import marshal
import os
import sys
import tempfile
import zlib
from typing import Any

import regex

try:
    from regex import _regex
except ImportError:  # pragma: no cover - every regex release has it
    _regex = None

# One compiled pattern as regex pickles it: (pattern, flags, code, group index, index group,
# named lists, named list indexes, required offset, required chars, required flags, group count).
_FIELDS = 11
# Patterns edited away stay in the file; past this many it is rewritten with this run's alone.
MAX_ENTRIES = 2000

_store: dict[tuple[str, int], tuple] | None = None
_changed = False
_used: set[tuple[str, int]] = set()


def cache_file() -> str | None:
    """Where the compiled patterns are kept; None when the cache is turned off."""
    folder = os.environ.get("CITEX_CACHE_DIR")
    if folder is None:
        if sys.platform == "win32" and os.environ.get("LOCALAPPDATA"):
            base = os.environ["LOCALAPPDATA"]
        else:
            base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
        folder = os.path.join(base, "citex")
    if not folder:
        return None
    version = getattr(regex, "__version__", "0")
    return os.path.join(folder, f"patterns-regex{version}-py{sys.version_info[0]}{sys.version_info[1]}.marshal")


def compile_pattern(source: str, flags: int = 0) -> regex.Pattern:
    """``regex.compile(source, flags)``, from the disk cache when it holds the pattern."""
    global _changed
    store = _loaded()
    key = (source, int(flags))  # a plain int: marshal takes no RegexFlag
    _used.add(key)
    data = store.get(key)
    if data is not None and _regex is not None:
        try:
            return _regex.compile(*data)
        except Exception:  # damaged or foreign data: compile as if it were not there
            store.pop(key, None)
    pattern = regex.compile(source, flags)
    data = getattr(pattern, "_pickled_data", None)
    if _valid(data, source) and _regex is not None and cache_file() is not None:
        store[key] = data
        if not _changed:
            _changed = True
            atexit.register(save)
    return pattern


def _loaded() -> dict[tuple[str, int], tuple]:
    global _store
    if _store is None:
        _store = {}
        path = cache_file()
        if path is not None:
            found: Any = None
            try:
                with open(path, "rb") as handle:
                    checksum, payload = marshal.load(handle)
                if zlib.crc32(payload) == checksum:  # regex trusts its code: a flipped bit could crash it
                    found = marshal.loads(payload)
            except (OSError, EOFError, ValueError, TypeError):
                pass
            if isinstance(found, dict):
                _store = {key: data for key, data in found.items()
                          if isinstance(key, tuple) and len(key) == 2 and _valid(data, key[0])}
    return _store


def _valid(data: Any, source: Any) -> bool:
    return (isinstance(data, tuple) and len(data) == _FIELDS and isinstance(source, str) and data[0] == source
            and isinstance(data[2], bytes))


def save() -> None:
    """Write the patterns compiled so far (with those found on disk) in one atomic step."""
    global _changed
    path = cache_file()
    if not _changed or path is None or _store is None:
        return
    folder = os.path.dirname(path)
    try:
        os.makedirs(folder, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".patterns-", dir=folder)
        try:
            kept = _store if len(_store) <= MAX_ENTRIES else {k: v for k, v in _store.items() if k in _used}
            payload = marshal.dumps(kept)
            with os.fdopen(fd, "wb") as handle:
                marshal.dump((zlib.crc32(payload), payload), handle)
            os.replace(tmp, path)
        except BaseException:
            os.unlink(tmp)
            raise
    except (OSError, ValueError):
        return  # a read-only or full disk costs the compiling next time, nothing more
    _changed = False
