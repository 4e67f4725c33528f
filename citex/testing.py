"""One-line factories for the values tests build: names, works, citations and notes.

    >>> notes(
    ...     [full('Simeon Tegel, "As US Ups Aid ...," NBC News, October 12, 2013.',
    ...           authors="Tegel, Simeon", title="As US Ups Aid to Peru's Drug Battle", date="2013-10-12")],
    ...     [ibid("Ibid., p. 4.", "4")],
    ...     [short("Tegel.", family="Tegel")],
    ... )

Citations come out numbered 0 in note 0; ``note``/``notes`` number them where they sit.
"""
from __future__ import annotations

from collections.abc import Iterable

from .model import Citation, Name, Note, Work, evolve

People = str | Iterable[str] | None


def person(text: str) -> Name:
    """``"Neuman, William"`` -> a person; ``"van Dun"`` -> a family name alone."""
    family, _, given = text.partition(",")
    return Name(family=family.strip(), given=given.strip() or None)


def org(text: str) -> Name:
    """An organisation or a description as author: ``org("coca farmer")``."""
    return Name(literal=text)


def _people(value: People) -> tuple[Name, ...]:
    if not value:
        return ()
    if isinstance(value, str):
        value = [v for v in value.split(";")]
    return tuple(v if isinstance(v, Name) else person(v) for v in value)


def to_date(text: str | None) -> tuple[int, ...] | None:
    """``"2012-02-12"`` -> ``(2012, 2, 12)``; ``"2012"`` -> ``(2012,)``."""
    return tuple(int(p) for p in text.split("-")) if text else None


def work(title: str | None = None, *, authors: People = None, editors: People = None,
         date: str | None = None, type: str = "book", raw: str = "", **fields) -> Work:
    """A parsed work; ``authors="Hearn, Kelly; Neuman, William"``; any other ``Work`` field by name."""
    return Work(type=type, title=title, authors=_people(authors), editors=_people(editors),
                date=to_date(date), raw=raw, **fields)


def full(raw: str, *, locator: str | None = None, prefix: str | None = None, **work_fields) -> Citation:
    """A first citation: its printed text and the fields the parse stage would read from it."""
    return Citation(note=0, index=0, kind="full", raw=raw, span=(0, len(raw)), prefix=prefix,
                    locator=locator, label="page" if locator else None, work=work(raw=raw, **work_fields))


def interview(raw: str, who: str, place: str | None = None, when: str | None = None) -> Citation:
    """A fieldwork interview: ``interview("Personal interview, coca farmer, ...", "coca farmer", "VRAEM, Peru", "2013-05-14")``."""
    return Citation(note=0, index=0, kind="full", raw=raw, span=(0, len(raw)),
                    work=Work(type="interview", authors=(org(who),), place=place, date=to_date(when), raw=raw))


def ibid(raw: str = "Ibid.", locator: str | None = None) -> Citation:
    """``ibid("Ibid., p. 4.", "4")``."""
    return Citation(note=0, index=0, kind="ibid", raw=raw, span=(0, len(raw)),
                    locator=locator, label="page" if locator else None)


def short(raw: str, *, family: People = None, title: str | None = None, locator: str | None = None,
          given: str | None = None) -> Citation:
    """A short form as the parse stage hands it over: ``short("Felbab-Brown, pp. 37-38.", family="Felbab-Brown", locator="37-38")``."""
    names = tuple(Name(family=f.strip(), given=given) for f in
                  ([family] if isinstance(family, str) else (family or ())))
    return Citation(note=0, index=0, kind="short", raw=raw, span=(0, len(raw)), locator=locator,
                    label="page" if locator else None, work=Work(authors=names, title=title, raw=raw))


def note(number: int, *citations: Citation, commentary: str | None = None) -> Note:
    """A note holding ``citations``, renumbered to sit in it; none makes a commentary-only note."""
    cits = tuple(evolve(c, note=number, index=i) for i, c in enumerate(citations))
    text = " ".join(c.raw for c in cits) or (commentary or "")
    return Note(number=number, text=text, citations=cits, commentary=commentary)


def notes(*rows: Iterable[Citation], start: int = 1) -> list[Note]:
    """Consecutive notes from rows of citations; an empty row is a commentary-only note."""
    return [note(start + i, *row, commentary=None if row else "A note that only comments.")
            for i, row in enumerate(map(tuple, rows))]
