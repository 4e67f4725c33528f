"""Notes in the Russian bibliographic standard (GOST 7.0.5), as Russian and Ukrainian journals print them.

    Кокошин А. А. Стратегическое управление. М.: РОССПЭН, 2003. С. 112–115.
    Богатуров А. Д. Плюралистическая однополярность // Свободная мысль. 1996. № 2. С. 25–36.
    Roe J. Example Deterrence // Survival. 2016. Vol. 58, No. 4. P. 7–26.
    Пример вышел // РИА Новости. 2021. 18 дек. URL: https://ria.ru/… (дата обращения: 20.12.2021).

What tells this form: the family name before the initials ("Кокошин А. А."), the title after them with
no mark, "//" before the periodical or site that holds the work, "М.:" (Moscow) before the publisher,
and the parts set off by full stops (older notes add dashes: ". – М.: …, 2010. – С. 23.").
``note_form`` rewrites such a note in the order the other readers know; None for anything else.
"""
from __future__ import annotations

from ..lazyregex import lazy

_PERSON = r"\p{Lu}[\p{Ll}’'\-]+(?:\s\p{Lu}[\p{Ll}’'\-]+)?\s(?:\p{Lu}\.\s?){1,3}(?:(?<=\s)(?:фон|де|ван|von|van|de)\.?\s)?"
# The family name, then the initials, one name or several: "Богатуров А. Д., Аверков В. В.", "Mearsheimer J.J."
NAMES_RE = lazy(rf"^(?P<who>{_PERSON}(?:,\s{_PERSON}){{0,5}})\s*(?=\S)")
PERSON_RE = lazy(r"(?P<family>\p{Lu}[\p{Ll}’'\-]+(?:\s\p{Lu}[\p{Ll}’'\-]+)?)\s(?P<initials>(?:\p{Lu}\.\s?){1,3})"
                 r"(?:(?<=\s)(?P<particle>фон|де|ван|von|van|de)\.?)?")  # ("Клаузевиц К. фон": the particle after the initials)
# The dash older notes print between the parts: ". – М.: …, 2010. – С. 23."
DASH_RE = lazy(r"\.?\s+[–—-]\s+(?=\S)")
# A book's town, publisher and year: "М.: РОССПЭН, 2003", "Santa Monica, CA: RAND Corporation, 2017"
BOOK_RE = lazy(r"^(?P<title>[^/]{3,400}?)(?:\s/\s(?P<resp>[^:]{2,200}?))?\.\s+"
               r"(?P<place>\p{Lu}[\p{Ll}\-]+(?:[\s\-]\p{Lu}?[\p{Ll}\-]+){0,3}(?:,\s\p{Lu}{2})?|\p{Lu}{1,3}\p{Ll}?\.)"
               r":\s*(?P<publisher>[^,;:]{1,100}?),\s*(?P<year>1[5-9]\d\d|20\d\d)\.?(?P<rest>(?:\s.{0,120})?)$")
# A work in a periodical or on a site: "Title // Container. 1996. № 2. С. 25–36."
HELD_RE = lazy(r"^(?P<title>[^/;]{3,400}?)\s*//\s*(?P<container>[^.]{2,150}(?:\.\s(?=\p{Ll})[^.]{1,60})?)"
               r"(?:\.\s+(?P<year>1[5-9]\d\d|20\d\d)(?!\d))?\.?(?P<rest>(?:\s.{0,300})?)$")
VOLUME_RE = lazy(r"(?:Т\.|Vol\.|т\.)\s*(?P<n>\d{1,4})")
ISSUE_RE = lazy(r"(?:№|No\.|no\.)\s*(?P<n>\d{1,4}(?:\s*\(\d{1,5}\))?)")
PAGES_RE = lazy(r"(?:С\.|P\.|Pp\.|с\.)\s*(?P<n>\d{1,5}(?:\s*[-–]\s*\d{1,5})?)")
EXTENT_RE = lazy(r"(?<!\S)\d{1,5}\s(?:с|p)\.")  # "240 с.", "316 p.": how long the book is, not a page cited
DAY_MONTH_RE = lazy(r"(?<!\d)(?P<day>\d{1,2})\s(?P<month>\p{Ll}{3,8})\.?(?=[\s.]|$)")
URL_RE = lazy(r"(?:URL:\s*)?(?P<url>https?://\S+?)(?=[.,]?(?:\s|$))")
ACCESSED_RE = lazy(r"\(дата\sобращения:\s*(?P<date>[\d.]{8,10})\)")
ELECTRONIC_RE = lazy(r"\s*\[(?:Электронный\sресурс|Electronic\sresource)\]")
# Who edited the book, after the title and "/": "под ред. А. В. Торкунова", "отв. ред. …", "ed. by …" (a translator, "пер. с
# нем. …", or a compiler is no editor)
EDITED_BY_RE = lazy(r"^(?:под\s+ред\.|отв\.\s+ред\.|ed\.\s+by)\s*(?P<who>\S.*)$")

TOWNS = {"М.": "Москва", "СПб.": "Санкт-Петербург", "Л.": "Ленинград", "К.": "Киев"}
MONTHS = {"янв": "January", "фев": "February", "мар": "March", "апр": "April", "мая": "May", "май": "May", "июн": "June",
          "июл": "July", "авг": "August", "сен": "September", "окт": "October", "ноя": "November", "дек": "December"}


def looks_like(text: str) -> bool:
    """Whether ``text`` may be a GOST note: "//" before a periodical, or a family name before its initials."""
    return " // " in text or NAMES_RE.match(text) is not None and (".:" in text or ": " in text)


def _names(who: str) -> str:
    """"Богатуров А. Д., Аверков В. В." -> "А. Д. Богатуров and В. В. Аверков"."""
    people = [f"{m.group('initials').strip()} {m.group('particle') + ' ' if m.group('particle') else ''}{m.group('family')}"
              for m in PERSON_RE.finditer(who)]
    return people[0] if len(people) == 1 else ", ".join(people[:-1]) + " and " + people[-1]


def _names_in_order(who: str) -> str:
    """Editors as GOST names them after "под ред.", initials first already ("А. В. Торкунова"), or family first."""
    return _names(who) if PERSON_RE.match(who.strip()) else who.strip().rstrip(".")


def _edited(responsibility: str | None) -> str:
    """", ed. <names>" for a book's editors named after its title ("/ под ред. А. В. Торкунова"); "" for anything else."""
    edited = EDITED_BY_RE.match(responsibility.strip()) if responsibility else None
    return f", ed. {_names_in_order(edited.group('who'))}" if edited else ""


def _town(place: str) -> str:
    """The town a GOST note abbreviates, in full: "М." is Moscow, "СПб." St Petersburg; any other as printed."""
    return TOWNS.get(place.strip(), place.strip())


def _part(pattern, text: str) -> str | None:
    m = pattern.search(text)
    return m.group("n") if m else None


def note_form(text: str) -> str | None:
    """A GOST note in the order of a Chicago note, or None."""
    text = ELECTRONIC_RE.sub("", DASH_RE.sub(". ", text.strip())).rstrip(" .;")
    named = NAMES_RE.match(text)
    who = _names(named.group("who")) + ", " if named else ""
    body = text[named.end():] if named else text
    if ";" in body:
        return None  # two works: the note is cut at the semicolon first
    title, _, inside = body.partition("//")
    book = BOOK_RE.match(inside.strip()) if inside and ":" in inside else None
    if book is not None and "/" not in title:  # "Title // Book / под ред. А. В. Торкунова. М.: …, 2012. С. 230–251."
        pages = _part(PAGES_RE, book.group("rest") or "")
        edited, place = _edited(book.group("resp")), _town(book.group("place"))
        return (f"{who}“{title.strip().rstrip('.')},” in *{book.group('title').strip()}*{edited} "
                f"({place}: {book.group('publisher').strip()}, {book.group('year')})" + (f", {pages}" if pages else ""))
    held = HELD_RE.match(body) if "//" in body else None
    if held is not None:
        rest, year = held.group("rest") or "", held.group("year")
        url = URL_RE.search(rest)
        accessed = ACCESSED_RE.search(rest)
        before_url = rest[: url.start()] if url else rest
        day = DAY_MONTH_RE.search(before_url)
        month = MONTHS.get(day.group("month")[:3]) if day else None
        pages = _part(PAGES_RE, before_url)
        address = f", {url.group('url')}" if url else ""
        read = f" (accessed {accessed.group('date')})" if accessed else ""
        title = held.group("title").strip().rstrip(".")
        container = held.group("container").strip()
        if month and year:  # a dated piece in a paper or on a site: "// Коммерсантъ. 2019. 2 авг. № 137. С. 6."
            return f"{who}“{title},” *{container}*, {month} {int(day.group('day'))}, {year}{address}{read}" + \
                (f", {pages}" if pages else "")
        if year is None:  # a page on a site, dated in its title or not at all
            return f"{who}“{title},” *{container}*{address}{read}" if url else None
        volume, issue = _part(VOLUME_RE, before_url), _part(ISSUE_RE, before_url)
        numbers = " ".join(x for x in (volume, f"no. {issue}" if issue else None) if x)
        numbers = numbers.replace(" no.", ", no.") if volume and issue else numbers
        return f"{who}“{title},” *{container}*{' ' + numbers if numbers else ''} ({year}){': ' + pages if pages else ''}{address}{read}"
    book = BOOK_RE.match(body) if named and ":" in body else None
    if book is None:
        return None
    rest = EXTENT_RE.sub("", book.group("rest") or "")
    volume, pages = _part(VOLUME_RE, rest), _part(PAGES_RE, rest)
    edited, place = _edited(book.group("resp")), _town(book.group("place"))
    pin = ", ".join(x for x in (f"vol. {volume}" if volume else None, pages) if x)
    return (f"{who}*{book.group('title').strip().rstrip('.')}*{edited} ({place}: {book.group('publisher').strip()}, {book.group('year')})"
            + (f", {pin}" if pin else ""))


# What a short form says after the names: the work cited before ("Указ. соч.", "Op. cit.")
CITED_BEFORE_RE = lazy(r"(?i)^(?:указ\.\s*соч\.?|op\.\s*cit\.?)")


def short_form(text: str) -> str | None:
    """"Кокошин А. А. Указ. соч. С. 201." as "А. А. Кокошин, Указ. соч. С. 201.", the names in note order; or None."""
    named = NAMES_RE.match(text.strip())
    if named is None or not CITED_BEFORE_RE.match(text.strip()[named.end():]):
        return None
    return f"{_names(named.group('who'))}, {DASH_RE.sub(' ', text.strip()[named.end():])}"

