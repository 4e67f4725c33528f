"""Notes in the author-date form of the Australian Government Style Manual, turned into note form.

    Fry, G 2019, *Framing the islands*, ANU Press, Canberra, pp. 211–214.
    Dziedzic, S & Wasuka, E 2024, ‘Australians stranded …’, *ABC News*, 15 May, viewed 20 May 2024, <https://…>.
    Department of Defence 2023, *National Defence: Defence Strategic Review*, Commonwealth of Australia, Canberra.

What tells this form: family names before their initials (no full stops), joined by "&", or a body's name;
then the year with no brackets and a comma; then the title and the facts set off by commas, a day of the year
printed without its year ("15 May").  ``note_form`` rewrites such a note as the readers' note form ("G. Fry,
*Framing the islands*, ANU Press, Canberra, 2019, pp. 211–214"): the names before, the year where the facts
end or beside the day it completes.  Anything else answers None.
"""
from __future__ import annotations

import regex

from ..lazyregex import lazy
from .dates import MONTHS
from .names import is_organisation, organisation_name

# One person, family name first, then initials without stops or with them: "Fry, G", "Mohamed-Gaillard, S", "Wong Leung, J",
# "van der Does, E", "Hyde-Price, AGV", "Wesley-Smith, T."
_FAMILY = r"(?:(?:van|von|de|da|del|della|du|le|la|ter|den|der|di)\s)*\p{Lu}[\p{L}'’\-]+(?:\s\p{Lu}[\p{Ll}'’\-]+)?"
_INITIALS = r"\p{Lu}\.?(?:[\s\-]?\p{Lu}\.?){0,3}"
_PERSON = rf"{_FAMILY},\s{_INITIALS}"
# The names and the year that open the note: "Maclellan, N & Chesneaux, J 1998, ", "Gaida, J, Wong Leung, J & Cave, D 2023, "
PERSONS_YEAR_RE = lazy(rf"^(?P<names>{_PERSON}(?:,\s{_PERSON}){{0,8}}(?:,?\s(?:&|and)\s{_PERSON})?)(?P<etal>\set\sal\.?)?"
                       r"\s(?P<year>(?:1[6-9]|20)\d\d[a-z]?),\s(?P<rest>[*‘“'\"\p{Lu}\d].*)$")
PERSON_RE = lazy(rf"(?P<family>{_FAMILY}),\s(?P<initials>{_INITIALS})")
# A body's name and the year, then a title in quotes or italics: "Department of Defence 2023, *National Defence …*"
# (a body's name may hold a comma: "Joint Standing Committee on Foreign Affairs, Defence and Trade 2022, *Inquiry …*")
BODY_YEAR_RE = lazy(r"^(?P<names>\p{Lu}[^,*‘’“”\"'\d();]{1,110}?(?:,\s\p{Lu}[^,*‘’“”\"'\d();]{1,60}?)?)\s(?P<year>(?:1[6-9]|20)\d\d[a-z]?),\s"
                   r"(?P<rest>[*‘“'\"].*)$")
# A body known by its initials, then a word or two: "RNZ Pacific", "ABC Pacific"
INITIALS_BODY_RE = lazy(r"\p{Lu}{2,6}(?:\s\p{Lu}\p{Ll}+){0,2}")
# Words a number or a year follows in a document's own name, not a body's
NUMBERED_WORDS = frozenset("resolution resolutions report act law decree decision order regulation regulations directive bill "
                           "no no. number vol vol. volume part statement communiqué communique budget plan strategy review "
                           "census survey yearbook".split())
# A day of the year without its year, set off by commas: ", 15 May,", ", 6–10 November,", ", 26 July," (or at the end)
_MONTH_NAMES = "|".join(sorted((m for m in MONTHS if len(m) > 2 and m.isascii() and m.isalpha()), key=len, reverse=True))
DAY_MONTH_RE = lazy(rf"(?i),\s(?P<day>\d{{1,2}}(?:\s?[–-]\s?\d{{1,2}})?\s(?:{_MONTH_NAMES})\.?|(?:{_MONTH_NAMES})\.?\s\d{{1,2}})"
                    r"(?=,|\.?$)")
# Where the facts of publication end and what follows them begins: a page, a paragraph, an access date, an address
FACTS_END_RE = lazy(r"(?i),\s(?=pp?\.\s?\d|paras?\.?\s?\d|viewed\s|accessed\s|retrieved\s|<|https?://|www\.|doi:)")


def looks_like(text: str) -> bool:
    """Whether ``text`` may open on Style Manual names and a bare year (a cheap test before the patterns)."""
    head = text[:160]
    return ", " in head and regex.search(r"\s(?:1[6-9]|20)\d\d[a-z]?,\s", head) is not None


def _person(name: str) -> str | None:
    m = PERSON_RE.fullmatch(name.strip())
    if m is None or m.group("family").rsplit(None, 1)[-1].lower() in NUMBERED_WORDS or is_organisation(m.group("family")):
        return None  # ("Indian Act, RSC 1985, c I-5": a statute and its revision, no person)
    initials = regex.findall(r"\p{Lu}", m.group("initials"))
    return " ".join(f"{i}." for i in initials) + " " + m.group("family")


def _names(names: str) -> str | None:
    """"Maclellan, N & Chesneaux, J" -> "N. Maclellan and J. Chesneaux"; None when a part is no person."""
    people = [p for p in regex.split(r",?\s(?:&|and)\s|(?<=\p{Lu}\.?),\s", names) if p]
    read = [_person(p) for p in people]
    if not read or any(r is None for r in read):
        return None
    return read[0] if len(read) == 1 else ", ".join(read[:-1]) + (", and " if len(read) > 2 else " and ") + read[-1]


def _with_year(rest: str, year: str) -> str:
    """The facts with the year where a note prints it: beside the day it completes, or where the facts end."""
    day = DAY_MONTH_RE.search(rest)
    if day is not None:
        return f"{rest[: day.end()]} {year}{rest[day.end():]}"
    end = FACTS_END_RE.search(rest)
    if end is not None:
        return f"{rest[: end.start()]}, {year}{rest[end.start():]}"
    body = rest.rstrip(" .")
    return f"{body}, {year}{rest[len(body):]}"


def note_form(text: str) -> str | None:
    """The note form of a Style Manual author-date note; None for anything else."""
    text = text.strip()
    m = PERSONS_YEAR_RE.match(text)
    if m is not None:
        who = _names(m.group("names"))
        if who is None:
            return None
        who += " et al." if m.group("etal") else ""
    else:
        m = BODY_YEAR_RE.match(text)
        if m is None:
            return None
        who = m.group("names").strip()
        first = who.split(", ")[0]
        if who.rsplit(None, 1)[-1].lower() in NUMBERED_WORDS:
            return None  # ("UN Security Council Resolution 2023, …", "Example Act 2018, …": a number or a title's year)
        if not (organisation_name(first) or is_organisation(first) or INITIALS_BODY_RE.fullmatch(who)):
            return None  # ("UN Security Council Resolution 2023, …": a number, not a year after a body)
    return f"{who}, {_with_year(m.group('rest'), m.group('year'))}"
