"""Notes in the form Chinese journals print them (GB/T 7714 and the house styles built on it).

    习近平：《决胜全面建成小康社会》，北京：人民出版社，2017年，第47页。
    钧正平：《坚定不移推进国防和军队改革》，《解放军报》2016年1月2日，第1版。
    习近平：《在党史学习教育动员大会上的讲话》，《求是》2021年第7期。
    王缉思：《中美关系》，载张三主编：《书名》，上海：上海人民出版社，2005年，第12—30页。
    《人民日报》2017年10月28日，第1版。
    同上，第45页。

What tells the form: full-width punctuation, the names before a full-width colon (a role after them:
编 edited, 主编 chief editor, 著 written, 译 translated, 等 and others), every title in 《》, "载" (in)
before the book a chapter is in, the year with 年, an issue as 第7期, a page as 第47页 and a newspaper's
page as 第1版.  ``note_form`` rewrites such a note in the order the other readers know (names, title,
facts in brackets, page); None for anything else.
"""
from __future__ import annotations

from ..lazyregex import lazy
from ..model import Name
from .dates import ENGLISH_MONTH_NAMES
from .names import is_organisation

_COMMA = r"\s*[，,]\s*"
_COLON = r"\s*[：:]\s*"
_YEAR = r"(?P<year>(?:1[89]|20)\d\d)\s*年"
# Who wrote or edited it, and how: "习近平", "[美]约瑟夫·奈著，王吉美译", "中共中央党史和文献研究院编", "张三、李四主编"
WHO_RE = lazy(r"^(?:[\[〔（(][^\]〕）)]{1,4}[\]〕）)]\s*)?(?P<who>[^：:《》，,。；;\[\]〔〕（）()]{1,60}?)\s*(?P<role>主编|编著|编|著|等编|等著|等)?"
              r"(?:[，,]\s*(?:[\[〔（(][^\]〕）)]{1,4}[\]〕）)]\s*)?(?P<translator>[^：:《》，,。；;]{1,40}?)\s*译)?" + _COLON)
TITLE_RE = lazy(r"\G《(?P<title>[^《》]{1,300})》")
# A book's town, publisher, year (perhaps its month) and the word 版 (edition): "，北京：人民出版社，2017年"
BOOK_FACTS_RE = lazy(r"\G" + _COMMA + r"(?P<place>[^：:，,《》。]{1,12})" + _COLON + r"(?P<publisher>[^，,《》。]{1,60}?)" + _COMMA
                     + _YEAR + r"(?:(?P<month>\d{1,2})\s*月)?(?:\s*第?\s*(?P<edition>\d{1,2})\s*版)?(?:\s*版)?")
# A periodical and its date or issue: "，《求是》2021年第7期", "，《解放军报》2016年1月2日，第1版"
PERIODICAL_RE = lazy(r"\G" + _COMMA + r"(?:载\s*)?《(?P<container>[^《》]{1,60})》\s*(?:[，,]\s*)?" + _YEAR
                     + r"(?:\s*第\s*(?P<issue>\d{1,3})\s*期|(?P<month>\d{1,2})\s*月(?:\s*(?P<day>\d{1,2})\s*日)?)?"
                     + r"(?:" + _COMMA + r"第\s*(?P<sheet>\d{1,3})\s*版)?")
# The book a chapter is in, after 载 (in) and its editors: "，载张三主编：《书名》"
IN_BOOK_RE = lazy(r"\G" + _COMMA + r"载(?:于)?\s*(?:(?P<eds>[^：:《》，,。]{1,60}?)\s*(?P<role>主编|编著|编)?" + _COLON + r")?"
                  r"《(?P<book>[^《》]{1,300})》")
# A news site and its day: "，新华网，2021年3月1日"
SITE_RE = lazy(r"\G" + _COMMA + r"(?P<site>[^，,《》。：:]{2,20}(?:网|网站|新闻|客户端))" + _COMMA + _YEAR
               + r"(?P<month>\d{1,2})\s*月(?:\s*(?P<day>\d{1,2})\s*日)?")
PAGE_RE = lazy(r"\G" + _COMMA + r"(?:第\s*)?(?P<page>\d{1,5}(?:\s*[—–\-－~～]{1,2}\s*\d{1,5})?)\s*页")
URL_RE = lazy(r"\G" + _COMMA + r"(?P<url>https?://[^\s，,。；;]+)")
END_RE = lazy(r"\G\s*[。.；;，,]?\s*$")
# "同上", "同上书，第45页", "同上，第3版": the work of the note before
IBID_RE = lazy(r"^同上(?:书|文)?(?:" + _COMMA + r"第?\s*(?P<page>\d{1,5}(?:\s*[—–\-－~～]{1,2}\s*\d{1,5})?)\s*[页版])?\s*[。.]?\s*$")
# "王缉思：前引书，第45页", "前引文": the work of that author cited before
OP_CIT_RE = lazy(r"^(?P<who>[^：:《》，,。]{1,60}?)" + _COLON + r"(?:前引书|前揭书|前引文|前揭文|前引|前揭)"
                 r"(?:" + _COMMA + r"第?\s*(?P<page>\d{1,5}(?:\s*[—–\-－~～]{1,2}\s*\d{1,5})?)\s*页)?\s*[。.]?\s*$")


# A book as Japanese and Korean notes print it, its title in 『』 and its facts in brackets:
# "佐道明広『戦後日本の防衛と政治』(吉川弘文館、2003年)、45頁。", "防衛省『令和5年版 防衛白書』(東京：日経印刷、2023年), 103–5",
# "정성장, 『우리는 왜 핵보유국이 되어야 하는가』 (서울: 메디치미디어, 2023), 112–130쪽."
BOOK_IN_CORNERS_RE = lazy(r"^(?P<who>[^『』「」()（）\[\]、，,。]{1,30}?)\s*[,，、]?\s*『(?P<title>[^『』]{1,200})』\s*[(（]"
                          r"(?:(?P<place>[^：:、，,()（）]{1,12})\s*[：:]\s*)?(?P<publisher>[^、，,()（）]{1,40}?)\s*[、，,]\s*"
                          r"(?P<year>(?:1[89]|20)\d\d)\s*年?\s*[)）]"
                          r"(?:\s*[、，,]\s*(?P<page>\d{1,5}(?:\s*[—–\-－~～]{1,2}\s*\d{1,5})?)\s*(?:頁|쪽|ページ)?)?"
                          r"\s*(?P<rest>\[[^\[\]]{1,300}\])?\s*[。.]?\s*$")
JAPANESE_BOOK = "a book as Japanese and Korean notes print it: the title in 『』, its facts in brackets"


def book_in_corners(text: str) -> tuple[str, str] | None:
    """(the note in the order the other readers know, the name of whoever wrote it as printed) for a book whose title is
    set in 『』; None otherwise.  A translation of the facts in brackets after them is left out."""
    m = BOOK_IN_CORNERS_RE.match(text.strip()) if "『" in text else None
    if m is None:
        return None
    place = f"{m.group('place').strip()}: " if m.group("place") else ""
    page = f", {_pages(m.group('page'))}" if m.group("page") else ""
    return f"{m.group('who').strip()}, *{m.group('title').strip()}* ({place}{m.group('publisher').strip()}, {m.group('year')}){page}.", \
        m.group("who").strip()


HANGUL_RE = lazy(r"^[\uac00-\ud7a3]{2,4}$")
# How a Korean body's name ends: 부 ministry, 청 agency, 원 institute, 처 office, 회 council, 센터 centre, 연구소 institute
KOREAN_BODY_ENDINGS = ("부", "청", "원", "처", "회", "센터", "연구소", "재단", "공사")


def corner_book_author(who: str) -> tuple[Name, ...]:
    """The author of a book set in 『』: a Korean person's name of two to four syllables, the family name first
    ("정성장": 정, 성장); a body, or a Japanese name in characters whose family name the characters do not set apart
    ("佐道明広"), as printed."""
    if not who:
        return ()
    if HANGUL_RE.match(who) and not who.endswith(KOREAN_BODY_ENDINGS):
        return (Name(family=who[0], given=who[1:]),)
    return (Name(literal=who),)


def looks_like(text: str) -> bool:
    """A cheap test: a title in 《》 or the words for "the same" and "cited before"."""
    return "《" in text or text.startswith("同上") or "前引" in text or "前揭" in text


def _names(who: str | None) -> str:
    """"张三、李四、王五" -> "张三, 李四 and 王五" (the names as the other readers list them)."""
    people = [p.strip() for p in (who or "").replace("，", "、").split("、") if p.strip()]
    return " and ".join(people) if len(people) <= 2 else ", ".join(people[:-1]) + " and " + people[-1]


def _pages(page: str) -> str:
    return "–".join(part.strip() for part in page.replace("—", "-").replace("－", "-").replace("~", "-")
                    .replace("～", "-").replace("–", "-").split("-") if part.strip())


def _day(year: str, month: str | None, day: str | None) -> str:
    if month and 1 <= int(month) <= 12:
        return f"{ENGLISH_MONTH_NAMES[int(month) - 1]} {int(day)}, {year}" if day else f"{ENGLISH_MONTH_NAMES[int(month) - 1]} {year}"
    return year


def note_form(text: str) -> str | None:
    """``text`` rewritten in the note order the other readers know, when it is printed in this form; None otherwise."""
    text = text.strip()
    if not looks_like(text):
        return None
    if text.startswith("同上"):
        ibid = IBID_RE.match(text)
        return None if ibid is None else "Ibid." + (f", {_pages(ibid.group('page'))}." if ibid.group("page") else "")
    if (cited := OP_CIT_RE.match(text)) is not None:
        page = f", {_pages(cited.group('page'))}" if cited.group("page") else ""
        return f"{_names(cited.group('who'))}, op. cit.{page}."
    who = WHO_RE.match(text)
    at = who.end() if who else 0
    title = TITLE_RE.match(text, at)
    if title is None:
        return None
    names = _names(who.group("who")) if who else ""
    role = (who.group("role") or "") if who else ""
    lead = ""
    if names:
        edited = role in ("编", "主编", "编著", "等编") and not is_organisation(names)
        lead = f"{names}, ed., " if edited else f"{names}, "  # (a body that compiled its own book is its author)
        if role.startswith("等"):
            lead = f"{names} et al., "
    translated = f", trans. {who.group('translator').strip()}" if who and who.group("translator") else ""
    at = title.end()
    work = title.group("title").strip()
    out: str | None = None
    if (book := BOOK_FACTS_RE.match(text, at)) is not None:
        edition = f", {book.group('edition')}th ed." if book.group("edition") and book.group("edition") != "1" else ""
        out = (f"{lead}*{work}*{translated}{edition} ({book.group('place').strip()}: {book.group('publisher').strip()}, "
               f"{_day(book.group('year'), book.group('month'), None)})")
        at = book.end()
    elif (inside := IN_BOOK_RE.match(text, at)) is not None:
        eds = f", ed. {_names(inside.group('eds'))}" if inside.group("eds") else ""
        facts = BOOK_FACTS_RE.match(text, inside.end())
        if facts is None:
            return None
        out = (f"{lead}“{work},” in *{inside.group('book').strip()}*{eds} ({facts.group('place').strip()}: "
               f"{facts.group('publisher').strip()}, {facts.group('year')})")
        at = facts.end()
    elif (held := PERIODICAL_RE.match(text, at)) is not None:
        issue = f", no. {held.group('issue')} ({held.group('year')})" if held.group("issue") else \
            f", {_day(held.group('year'), held.group('month'), held.group('day'))}"
        out = f"{lead}“{work},” *{held.group('container').strip()}*{issue}"
        if held.group("sheet"):
            out += f", {held.group('sheet')}"
        at = held.end()
    elif (site := SITE_RE.match(text, at)) is not None:
        out = f"{lead}“{work},” {site.group('site').strip()}, {_day(site.group('year'), site.group('month'), site.group('day'))}"
        at = site.end()
    elif not names and (alone := PERIODICAL_RE.match(f"，{text}")) is not None and alone.end() > len(work) + 3:
        # "《人民日报》2017年10月28日，第1版。": the whole issue of a newspaper, no article named
        if not END_RE.match(f"，{text}", alone.end()):
            return None
        sheet = f", {alone.group('sheet')}" if alone.group("sheet") else ""
        return f"*{alone.group('container').strip()}*, {_day(alone.group('year'), alone.group('month'), alone.group('day'))}{sheet}."
    elif names and (page := PAGE_RE.match(text, at)) is not None and END_RE.match(text, page.end()):
        return f"{lead}*{work}*, {_pages(page.group('page'))}."  # "王缉思：《西进》，第45页。": a short form
    else:
        return None
    if (page := PAGE_RE.match(text, at)) is not None:
        out += f", {_pages(page.group('page'))}"
        at = page.end()
    if (url := URL_RE.match(text, at)) is not None:
        out += f", {url.group('url')}"
        at = url.end()
    return out + "." if END_RE.match(text, at) else None
