"""Lists of names set off by commas before a title: where "Jane Roe, John Doe and Ann Poe, Title" stops naming people.

Every reader of a note form meets the list; this module says how many comma-set parts it takes."""
from __future__ import annotations

from ..lazyregex import lazy
from . import dates
from .names import AND, AND_WORDS, INITIALS_RE, is_first_name, looks_like_names

# The last two names of a list joined without a comma: "Kimberley Kruijver and Adája Stoetman"
JOINED_LAST_NAME_RE = lazy(r"^(\p{Lu}[^,\s]{0,30}(?:\s+(?:(?:de|van|von|der|den|da|du|al|el|bin|ibn)\s+)?\p{Lu}[^,\s]{0,30}){1,3})"
                           r"\s+" + AND + r"\s+"
                           r"(\p{Lu}[^,\s]{0,30}(?:\s+(?:(?:de|van|von|der|den|da|du|al|el|bin|ibn)\s+)?\p{Lu}[^,\s]{0,30}){1,3})$")
# (a particle inside a name: "Raga Makawi and Alex de Waal")


def closed_list(parts: list[str]) -> int:
    """How many comma-set parts make a list of names that "and <name>" closes: "Benjamin Hilgenstock, Elina Ribakova,
    Nataliia Shapoval, and Jane Roe, Title" -> 4 (names nobody knows the first names of, joined as a list is)."""
    for k in range(1, min(len(parts) - 1, 16)):
        word, _, rest = parts[k].partition(" ")
        if k == 1 and word.lower() in AND_WORDS:
            continue  # ("Jane Roe, and John Doe": two names, read elsewhere)
        joined = JOINED_LAST_NAME_RE.fullmatch(parts[k]) if word.lower() not in AND_WORDS else None
        if joined is not None:  # "Jane Roe, John Doe, Ann Poe and Sam Moe, Title": no comma before the last name
            every = (*parts[:k], joined.group(1), joined.group(2))
            names = all(len(p.split()) <= 4 and looks_like_names(p) for p in every) \
                and any(is_first_name(p.split()[0]) for p in every)  # one known given name at least
            return k + 1 if names else 0
        if word.lower() in AND_WORDS:
            tokens = rest.split()
            names = all(len(p.split()) <= 4 and looks_like_names(p) for p in parts[:k]) and looks_like_names(rest) \
                and (is_first_name(tokens[0]) or any(INITIALS_RE.match(t) for t in tokens[1:-1])
                     or k >= 3 and len(tokens) <= 3 and sum(is_first_name(p.split()[0]) for p in parts[:k]) >= 2
                     or k == 2 and len(tokens) <= 3 and all(2 <= len(p.split()) <= 4 for p in parts[:k])
                     and (sum(is_first_name(p.split()[0]) for p in parts[:k]) >= 2
                          or is_first_name(parts[0].split()[0]) and any(INITIALS_RE.match(t) for p in parts[:k] for t in p.split()[1:-1])
                          or is_first_name(parts[0].split()[0]) and len(tokens) >= 2 and len(parts) > k + 1
                          and title_follows(parts[k + 1:])))
            # ("Michael Example, Hamdi Malik, and Aymenn Jawad Al-Example, Honored, Not Contained (…)": a serial comma, three
            # names of two words or more, and a title still to come: the list closes, whatever given names they bear)
            # (three names: "Gregory B. Poling, Tabitha Grace Mallory, and Harrison Example", a middle initial or two known
            # given names before the last)
            # "and Jane Roe", "and Carter C. Price", not "and Other Tales"; after three names or more, two of them
            # opening on known given names, "and Julian Example" closes the list whatever his given name
            return k + 1 if names else 0
    return 0


def title_follows(parts: list[str]) -> bool:
    """Something is left for a title after a list of names: words before the publication facts or the date."""
    first = parts[0].strip() if parts else ""
    return bool(first) and not first.startswith("(") and dates.find_date(first) is None and not first[:1].isdigit()


def split_leading_names(who: str, title: str) -> tuple[str, str]:
    """``who`` and ``title`` as a reader cut them at the first comma, with the rest of a list of names moved from the title to
    ``who``: "Reg Roe", "Gregory S Doe and Andrew Poe, Secret Service" -> "Reg Roe, Gregory S Doe and Andrew Poe", "Secret Service"."""
    if ", " not in title:
        return who, title
    parts = [who, *title.split(", ")]
    k = closed_list(parts)
    if k < 2 or k >= len(parts):
        return who, title
    return ", ".join(parts[:k]), ", ".join(parts[k:])


# A person named family first, as Spanish and Latin American notes head a full reference: "KESSLER, Gabriel",
# "DEL OLMO, Rosa", "SOBERÓN GARRIDO, Ricardo", "Tulchin, Joseph S."
FAMILY_FIRST_RE = lazy(
    r"\G(?P<family>(?:(?:DE|DEL|DE\s+LA|DE\s+LOS|LA|LAS|LOS|VON|VAN|DA|DO|DOS|DAS|DI|DU|LE|de|del|de\s+la|van|von|da|do|"
    r"dos|di|du|le)\s+)?\p{Lu}[\p{L}'’\-]+(?:\s+(?:(?:DE|DEL|Y|de|del|y)\s+)?\p{Lu}[\p{L}'’\-]+){0,2}),\s+"
    r"(?P<given>(?:\p{Lu}[\p{Ll}'’\-]+|\p{Lu}\.(?:\s?-?\p{Lu}\.)*)(?:\s+(?:\p{Lu}[\p{Ll}'’\-]+|\p{Lu}\.)){0,3})"
    r"(?=[,;]|\s+(?:y|e|and|&)\s|\s+\()")
# What stands between two such names: "KESSLER, Gabriel y MISSE, Michel", "FRÜHLING, Hugo, TULCHIN, Joseph S. y …"
FAMILY_FIRST_JOIN_RE = lazy(r"\G(?:\s*[,;]\s*|\s+(?:y|e|and|&)\s+|,\s+(?:y|e|and)\s+)")
# The role after the names, then the comma that opens the title: " (comp.), ", " (coords.), ", ", "
FAMILY_FIRST_ROLE_RE = lazy(r"\G(?:\s+\((?P<role>(?:comps?|coords?|eds?|dirs?|orgs?)\.)\))?,\s+(?=[\p{Lu}“\"«*¿¡])")
FACT_YEAR_RE = lazy(r"\b(?:1[5-9]|20)\d\d\b")


def family_first_note_form(text: str) -> str | None:
    """"KESSLER, Gabriel, El sentimiento de inseguridad, Buenos Aires, Siglo XXI, 2009" as "Gabriel Kessler, El sentimiento
    …", the order the readers know; None unless the names are persons (family names in capitals, or a known given
    name) and what follows them holds a year, as a full reference does."""
    from .names import ORG_WORDS, family_case, is_given_name
    from .places import known_place

    people, pos, capitals = [], 0, False
    while (m := FAMILY_FIRST_RE.match(text, pos)) is not None:
        family, given = m.group("family"), m.group("given")
        first = given.split()[0]
        caps = family.replace(" ", "").replace("-", "").isupper() and len(family) > 2
        known = is_given_name(first) or INITIALS_RE.match(first) is not None
        if not known and not (caps and first.lower() not in ORG_WORDS and first.lower() not in dates.MONTHS
                              and not known_place(first)):
            break  # ("ACLED, Myanmar, January 2021", "AHSSA, Fondo Salubridad Pública, …": a body, then a place or a fonds)
        if not caps and is_given_name(family.split()[0]):
            break  # ("Bruno Roe, Anne Doe (dir.), …": names given name first, set off by commas)
        capitals = capitals or caps
        people.append(f"{given} {family_case(family)}")
        pos = m.end()
        join = FAMILY_FIRST_JOIN_RE.match(text, pos)
        if join is None or FAMILY_FIRST_RE.match(text, join.end()) is None:
            break
        pos = join.end()
    if not people or not capitals and len(people) == 1 and text[pos:pos + 2] != " (":
        return None  # ("Kessler, Gabriel, El …" in mixed case names one person the same way a short form "Roe, Jane Eyre"
        # would: only capitals, a role or a second name tell it)
    role = FAMILY_FIRST_ROLE_RE.match(text, pos)
    if role is None or not FACT_YEAR_RE.search(text, role.end()):
        return None
    who = people[0] if len(people) == 1 else ", ".join(people[:-1]) + " and " + people[-1]
    return f"{who}{' (' + role.group('role') + ')' if role.group('role') else ''}, {text[role.end():]}"
