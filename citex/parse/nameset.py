"""A large set of names kept as the sorted lines of one bytes object.

The gazetteer holds some 130,000 town names; unpickled as a frozenset, every name is rebuilt
and hashed before the first look-up (a fifth of a second, most of a cold start). As sorted
lines it is read from disk in one piece and searched by bisection: no per-name work on loading,
and a look-up costs some twenty comparisons.
"""
from __future__ import annotations

from collections.abc import Iterable

# First line of the file: the format's name, then how many names follow (a check on damage).
MAGIC = b"citex-names 1"


class NameSet:
    """Membership of lower-case names; built from names, or read back from ``to_bytes``'s output."""

    __slots__ = ("_data", "_count", "_first")

    def __init__(self, data: bytes, count: int, first: int) -> None:
        self._data = data
        self._count = count
        self._first = first  # where the first name starts (after the header line)

    @classmethod
    def of(cls, names: Iterable[str]) -> NameSet:
        lines = sorted({name.encode("utf-8") for name in names if name and "\n" not in name})
        header = MAGIC + b" %d\n" % len(lines)
        body = b"".join(line + b"\n" for line in lines)
        return cls(header + body, len(lines), len(header))

    @classmethod
    def from_bytes(cls, data: bytes) -> NameSet | None:
        """The set ``to_bytes`` wrote; None when the bytes are not such a set (damaged, truncated, another format)."""
        end = data.find(b"\n")
        head = data[:end].rsplit(b" ", 1) if end > 0 else []
        if len(head) != 2 or head[0] != MAGIC or not head[1].isdigit() or not data.endswith(b"\n"):
            return None
        count = int(head[1])
        if count == 0 or data.count(b"\n") != count + 1:
            return None
        return cls(data, count, end + 1)

    def to_bytes(self) -> bytes:
        return self._data

    def __len__(self) -> int:
        return self._count

    def __contains__(self, name: object) -> bool:
        if not isinstance(name, str) or not name or "\n" in name:
            return False
        key = name.encode("utf-8")
        data = self._data
        lo, hi = self._first, len(data)  # every position in [lo, hi) belongs to a line not yet ruled out
        while lo < hi:
            mid = (lo + hi) // 2
            start = data.rfind(b"\n", lo, mid) + 1 or lo
            end = data.find(b"\n", start)
            line = data[start:end]
            if line == key:
                return True
            if line < key:
                lo = end + 1
            else:
                hi = start
        return False

    def __eq__(self, other: object) -> bool:
        return isinstance(other, NameSet) and self._data == other._data

    __hash__ = None  # type: ignore[assignment]
