"""HTML -> the plain-text form the note finder reads.

Footnote lists become ``[^N]: text`` lines and body references become ``[^N]``, the markdown
footnote form, so one note finder serves every format; ``<i>``/``<em>`` become ``*...*`` so
italics stay evidence for titles; scripts, styles and navigation are dropped.
"""
from __future__ import annotations

import regex
from bs4 import BeautifulSoup, NavigableString, Tag

from .lazyregex import lazy
from .notes import link_title, shows_address

DROP_TAGS = ("head", "script", "style", "nav", "header", "footer", "noscript", "template", "form", "button", "svg")
BLOCK_TAGS = {"p", "div", "section", "article", "li", "ol", "ul", "h1", "h2", "h3", "h4", "h5", "h6",
              "br", "tr", "table", "blockquote", "aside", "main", "dd", "dt", "dl", "hr", "pre"}
# id/name of a note: "fn12", "fn:12", "_edn12", "edn12", "ftnt12" (an exported online document), "footnote-12",
# "note12", "12"
NOTE_ID_RE = lazy(r"(?i)^(?:_?(?:fn|edn|ftnt|ftn|en|footnote|endnote|note|n)[-_:]?)?(\d{1,5})$")
# back-reference id/href of a body marker: "fnref12", "_ednref12", "fnref:12", and "fnref12:1" for the second place a note
# is called from (pandoc)
REF_ID_RE = lazy(r"(?i)^#?(?:_?(?:fnref|ednref|ftnt_ref|ftnref|enref|footnote-ref|footnote-anchor|noteref|ref)[-_:]?)(\d{1,5})"
                 r"(?::\d{1,3})?$")


def _note_number(tag: Tag) -> int | None:
    for attr in ("id", "name"):
        value = tag.get(attr)
        if isinstance(value, str):
            m = NOTE_ID_RE.match(value.strip())
            if m:
                return int(m.group(1))
    return None


# A note container other than a list item, by its id: <div id="edn3">, <aside id="fn-3">,
# <p id="footnote-3"> (a bare number is too common an id to trust outside an <li>)
CONTAINER_ID_RE = lazy(r"(?i)^_?(?:fn|edn|ftnt|ftn|en|footnote|endnote|note|sdfootnote|sdendnote)[-_:]?(\d{1,5})(?:sym)?$")
# (LibreOffice: <div id="sdfootnote3"><p><a class="sdfootnotesym" name="sdfootnote3sym" href="#sdfootnote3anc">3</a>Text</p>)
CONTAINER_TAGS = ("div", "aside", "section", "p")
# A note's own number printed at its start: "[3] ", "3. ", "(3) ", "3) ", "3 " before a capital or a quote, or a
# superscript "<sup>3</sup>" (by then "[^3]")
PRINTED_NUMBER_RE = lazy(r"(?:\[\^?(?P<n>\d{1,5})\]|\((?P<n>\d{1,5})\)|(?P<n>\d{1,5})[.)]|(?P<n>\d{1,5})(?=\s+[\p{Lu}“\"*'‘«¿¡]))")
# (a title in single quotes may open the note: "28 'Ukraine War: …', BBC News")
# The words of the links a publisher's page sets after a note: "Google Scholar", "CrossRef", "PubMed", "View Article"
CHROME_LINK_TEXT_RE = lazy(r"(?i)google\s+scholar|cross\s?ref|pubmed(?:\s+central)?|web\s+of\s+science|scopus|worldcat|"
                           r"view\s+(?:in\s+)?article|(?:free\s+)?full\s+text|openurl|find\s+this\s+resource")
# The stop left at a note's start when its number, a link back to the body, is dropped: ". Text", ") Text"
NUMBER_STOP_RE = lazy(r"^[.)][ \t]+(?=\S)")
# A body marker left at the start of a line opens a note there: "[^3] Ibid." -> "[^3]: Ibid."
LINE_START_MARKER_RE = lazy(r"(?m)^[ \t]*\[\^(\d{1,5})\](?!:)[ \t]*")


MSO_LIST_IGNORE_RE = lazy(r"(?i)mso-list\s*:\s*ignore")
# A style sheet's italic classes, as word processors export them: ".c4{font-style:italic}"
ITALIC_CLASS_RE = lazy(r"\.([\w-]{1,40})\s*\{[^{}]{0,500}?(?<![\w-])font-style\s*:\s*italic")
ITALIC_STYLE_RE = lazy(r"(?i)(?<![\w-])font-style\s*:\s*italic")
# (never Word's "mso-bidi-font-style:italic", which it writes on plain runs: the italics of right-to-left text)


def html_to_text(html: str) -> str:
    soup = BeautifulSoup(html, "html.parser")
    italic = _italic_classes(soup)
    if italic or "italic" in html:
        for span in soup.find_all("span"):  # <span class="c4"> or style="font-style:italic": an italic run
            classes = span.get("class") or []
            if not italic.isdisjoint(classes) or ITALIC_STYLE_RE.search(str(span.get("style", ""))):
                span.name = "em"
    authors = _meta_authors(soup)  # read before the page's head is dropped
    inline = _inline_notes(soup) if any(f"{attr}=" in html for attr in (*NOTE_ATTRIBUTES, "aria-describedby")) else []
    # (most pages carry "data-" attributes of their own: the walk is made only where a note's attribute is written)
    for name in DROP_TAGS:
        for tag in soup.find_all(name):
            if name == "header" and tag.find_parent(("article", "main")) is not None:
                continue  # an article's own header holds its title and byline; the site's header is chrome
            tag.decompose()
    if "mso-list" in html:  # Word's own bullet or number before a list item: "·", "1." drawn, not written
        for span in soup.find_all("span", style=lambda v: bool(v) and MSO_LIST_IGNORE_RE.search(v) is not None):
            span.decompose()
    # Text with a few inline tags (a pasted note list with <sup>1</sup> markers) keeps its lines.
    preformatted = soup.find(list(BLOCK_TAGS - {"br"})) is None
    out: list[str] = []
    _walk(soup, out, preformatted=preformatted)
    for number, body in inline:  # notes shown only in tooltips: written as a list after the text
        words: list[str] = []
        _walk(body, words, True, False)
        out.append(f"\n\n[^{number}]: {' '.join(''.join(words).split())}\n")
    text = "".join(out).replace("\xa0", " ")
    text = regex.sub(r"[ \t]+", " ", text)
    text = regex.sub(r" *\n *", "\n", text)
    text = LINE_START_MARKER_RE.sub(lambda m: f"[^{m.group(1)}]: ", text)
    text = regex.sub(r"\n{3,}", "\n\n", text).strip() + "\n"
    return f"---\nauthor: {'; '.join(authors)}\n---\n\n{text}" if authors else text  # (as front matter names them)


# Where a page keeps a note it shows only in a tooltip or popover: the marker's attribute ('<span class="footnote"
# data-footnote="Jane Roe, …">[4]</span>', Bootstrap's data-bs-content), or the element its aria-describedby names
# ('<button aria-describedby="fn-pop-4">4</button><span role="tooltip" id="fn-pop-4" hidden>Jane Roe, …</span>', Modern
# Footnotes' '<span class="modern-footnotes-footnote__note">')
NOTE_ATTRIBUTES = ("data-footnote", "data-note", "data-tippy-content", "data-bs-content", "data-content")
POPOVER_TOGGLES = ("popover", "tooltip")


def _inline_notes(soup: BeautifulSoup) -> list[tuple[int, Tag]]:
    """The notes a page shows only as tooltips, in order, numbered as their markers are (or in turn), each marker
    replaced by "[^N]" and each tooltip taken out of the text; [] where the page has none, or prints its notes in a
    list too (the first note's words found in the page outside its tooltip)."""
    found: list[tuple[Tag, Tag]] = []
    for tag in soup.find_all(True):
        body = None
        for attr in NOTE_ATTRIBUTES:
            value = tag.get(attr)
            if value and (attr in NOTE_ATTRIBUTES[:3] or tag.get("data-bs-toggle") in POPOVER_TOGGLES
                          or tag.get("data-toggle") in POPOVER_TOGGLES):
                body = BeautifulSoup(str(value), "html.parser")
                break
        if body is None and tag.get("aria-describedby"):
            target = soup.find(id=str(tag.get("aria-describedby")))
            if target is not None and target is not tag and (target.get("role") == "tooltip" or any(
                    "note" in c for c in target.get("class") or ())):
                body = target
        if body is not None and body.get_text(strip=True):
            found.append((tag, body))
    if not found:
        return []
    first = " ".join(found[0][1].get_text(" ").split())[:60]
    for _, body in found:
        if body.parent is not None:
            body.extract()
    if first and first in " ".join(soup.get_text(" ").split()):
        return []  # (printed in a list as well: read there; the tooltips are left out of the text)
    notes: list[tuple[int, Tag]] = []
    for turn, (tag, body) in enumerate(found, 1):
        digits = regex.search(r"\d{1,4}", tag.get_text())
        number = int(digits.group(0)) if digits else turn
        marker = tag
        while marker.parent is not None and marker.parent.name in ("sup", "span") \
                and marker.parent.get_text(strip=True) == tag.get_text(strip=True):
            marker = marker.parent
        marker.replace_with(NavigableString(f"[^{number}]"))
        notes.append((number, body))
    return notes


# The meta tags a page names its authors in, as scholarly and news sites print them
AUTHOR_META_NAMES = ("citation_author", "dc.creator", "dcterms.creator", "author")


def _meta_authors(soup: BeautifulSoup) -> list[str]:
    """The article's authors from its page's meta tags (``<meta name="citation_author" content="Lenz, Miriam">``), in
    order and once each; [] when the page names none or names a site rather than people."""
    for key in AUTHOR_META_NAMES:
        found = [str(m.get("content", "")).strip() for m in soup.find_all("meta")
                 if str(m.get("name", "")).lower() == key and m.get("content")]
        found = [a for a in dict.fromkeys(found) if a and len(a) <= 80 and not any(ch in a for ch in "\"'[]\n")]
        if found:  # "Lenz, Miriam", as Highwire's tags print a name, read in the order a byline prints it
            return [" ".join(reversed([p.strip() for p in a.split(",")])) if a.count(",") == 1 else a for a in found]
    return []


def _italic_classes(soup: BeautifulSoup) -> set[str]:
    return {m.group(1) for style in soup.find_all("style") for m in ITALIC_CLASS_RE.finditer(style.get_text())}


def _container_number(tag: Tag) -> int | None:
    if tag.name == "li":
        number = _note_number(tag)
        if number is not None:
            return number
    if tag.name in CONTAINER_TAGS:
        m = CONTAINER_ID_RE.match(str(tag.get("id", "")).strip())
        if m and tag.get_text().strip():
            if str(tag.get("id", "")).lower().startswith("sd") and (anchor := _leading_anchor(tag)) is not None:
                anchor.decompose()  # LibreOffice glues the note's number to its text: "<a …>3</a>Text"
            return int(m.group(1))
    if tag.name in CONTAINER_TAGS or tag.name == "li":
        anchor = _leading_anchor(tag)
        if anchor is not None:
            link = anchor if anchor.name == "a" else anchor.find("a")  # (or the <sup> around it: <p><sup><a name="_edn1">)
            found = CONTAINER_ID_RE.match(str(link.get("id") or link.get("name") or "").strip()) if link is not None else None
            if found is None:
                return None
            anchor.decompose()  # its number is the marker, not part of the note
            return int(found.group(1))
    return None


def _after_line_break(children: list, at: int) -> bool:
    """Whether ``children[at]`` opens a line: the nearest thing before it, blanks aside, is a <br>."""
    for child in reversed(children[:at]):
        if isinstance(child, NavigableString) and not str(child).strip():
            continue
        return isinstance(child, Tag) and child.name == "br"
    return False


def _leading_anchor(tag: Tag) -> Tag | None:
    """The numbered anchor a note opens with, the target of its body marker and a link back to it:
    <div class="footnote"><a id="footnote-1" href="#footnote-anchor-1">1</a><div>Text</div></div>."""
    first = next((c for c in tag.children if isinstance(c, Tag) or str(c).strip()), None)
    if not isinstance(first, Tag):
        return None
    if first.name == "p" and tag.name == "div":  # a note of several paragraphs: <div><p><a id="ftnt9">[9]</a> …</p><p>…</p>
        inner = _leading_anchor(first)
        anchors = [a for a in tag.find_all("a") if CONTAINER_ID_RE.match(str(a.get("id") or a.get("name") or "").strip())]
        return inner if inner is not None and len(anchors) == 1 else None
    link = first if first.name == "a" else first.find("a") if first.name in ("sup", "span") else None
    if link is None or not str(link.get("href", "")).startswith("#"):
        return None
    m = CONTAINER_ID_RE.match(str(link.get("id") or link.get("name") or "").strip())
    if not m or link.get_text().strip().strip("[]().") != m.group(1) or not tag.get_text().strip()[len(m.group(1)) + 1:].strip():
        return None
    return first if first.name != "a" else link


# The addresses a wiki reference's links give, one list per <cite class="citation"> being read
_CITATION_LINKS: list[list[str]] = []
# The italic runs being walked, and what marks a link's address inside one until the run is written
_IN_ITALICS: list[bool] = []
LINK_IN_ITALICS = "\x00"


def _walk(node, out: list[str], in_note: bool = False, preformatted: bool = False) -> None:
    """Append the text of ``node``; inside a note (``in_note``) paragraphs stay one note's lines."""
    children = list(node.children)
    taken: set[int] = set()
    stop_next = False
    italic_at = -1  # where the last italic run was written, to join the next one written right after it
    for at, child in enumerate(children):
        if at in taken:
            continue
        if isinstance(child, NavigableString):
            if child.__class__.__name__ in ("Comment", "Doctype", "Declaration", "ProcessingInstruction"):
                continue
            text = NUMBER_STOP_RE.sub("", str(child), count=1) if stop_next else str(child)
            stop_next = False
            out.append(text if preformatted else text.replace("\n", " "))
            continue
        if not isinstance(child, Tag):
            continue
        name = child.name
        if name == "span" and "mw-cite-backlink" in (child.get("class") or ()):
            continue  # a wiki's "^ a b" links back to where the reference is called: no words of it
        number = None if in_note else _container_number(child)
        if number is not None:
            more = _paragraphs_between_notes(children, at) if child.name == "p" else []
            taken.update(more)
            _walk_note(child, number, out, [children[k] for k in more])
            continue
        if name in ("a", "sup"):
            number = _marker_number(child)
            if number is not None and not (in_note and _is_back_link(child)):
                out.append(f"[^{number}]")
                continue
            text = child.get_text().strip()
            if name == "a" and (text in ("↩", "↩︎", "^", "back", "↑") or text[:1] in "↩↑" and text[1:].strip("︎ ").isdigit()):
                continue  # (and the second back link of a note called twice: "↩<sup>2</sup>")
            back = REF_ID_RE.match(str(child.get("href", ""))) if name == "a" else None
            if back is not None:
                number = _note_number(child)
                if number is None and not in_note and text.strip("[]().") == back.group(1) and _opens_block(child):
                    number = int(back.group(1))  # '<p><a href="#ref5">5</a>. Text</p>': a note's number, linked back to
                    # the body marker it answers, opens the note
                if number is None and in_note and text.strip("[]().") == back.group(1) and _after_line_break(children, at):
                    number = int(back.group(1))  # "…, 40.<br /><a href="#_ednref2" name="_edn2">[2]</a> …": notes a
                    # paragraph holds line by line, each opening on its number
                if number is not None and (not in_note or _after_line_break(children, at)):
                    out.append(f"\n\n[^{number}]: ")  # Word: <a href="#_ednref3" name="_edn3">[3]</a> opens note 3
                    stop_next = True  # the stop printed after the number goes with it
                continue  # otherwise a back link from a note to its body marker
            if name == "sup" and in_note and _is_back_link(child):
                continue
            href = _unwrapped(str(child.get("href", ""))) if name == "a" else ""
            if in_note and href.startswith(("http://", "https://")) and text[:1] == "[" and text[-1:] == "]":
                out.append(text)  # '<a href="https://…">[Taylor & Francis Online]</a>': the page's own link, no title
                continue
            if in_note and href.startswith(("http://", "https://")) and CHROME_LINK_TEXT_RE.fullmatch(text):
                # '<a href="https://scholar.google.com/…">Google Scholar</a>': the page's own link; a CrossRef link holds the
                # DOI of the work cited
                out.append(f" {href} " if "doi.org/" in href else " ")
                continue
            if in_note and href.startswith(("http://", "https://")) and shows_address(text, href):
                out.append(href)  # '<a href="https://www.lemonde.fr/afrique/…">www.lemonde.fr</a>': the whole address
                continue
            if in_note and _CITATION_LINKS and href.startswith(("http://", "https://")) and text:
                if "external" in (child.get("class") or ()) and not _CITATION_LINKS[-1]:
                    _CITATION_LINKS[-1].append(href)  # a wiki reference's title links to the work: its address, set
                out.append(text)  # after the reference; an identifier's link ("doi:10.1023/…", "ISSN …") says it again
                continue
            if in_note and _IN_ITALICS and href.startswith(("http://", "https://")) and text \
                    and not text.startswith(("http", "www.")):
                out.append(f"{text}{LINK_IN_ITALICS}{href}")  # '<i><a href="https://…">Title</a></i>': the title in
                continue  # italics, its address after them (the italic run moves it out)
            if in_note and href.startswith(("http://", "https://")) and text and not text.startswith(("http", "www.")):
                last = next((piece for piece in reversed(out[-3:]) if piece), "")
                quoted = last[-1:] in ("“", '"', "‘", "'", "*", "«")
                out.append((text if quoted else link_title(text)) + f" {href}")  # '<a href="https://…">Title</a>': title, address
                continue
        if name == "cite" and "citation" in (child.get("class") or ()):
            # a wiki's <cite class="citation book"> holds a whole reference (its title in <i> within, no italics of its
            # own): its words as printed, the address its title links to after them
            _CITATION_LINKS.append([])
            try:
                start = len(out)
                _walk(child, out, in_note, preformatted)
            finally:
                linked = _CITATION_LINKS.pop()
            if linked and linked[0] not in "".join(out[start:]):
                out.append(f" {linked[0]}")
            continue
        if name in ("i", "em", "cite"):
            inner: list[str] = []
            _IN_ITALICS.append(True)
            try:
                _walk(child, inner, in_note, preformatted)
            finally:
                _IN_ITALICS.pop()
            text = "".join(inner)
            addresses = ""
            if LINK_IN_ITALICS in text:  # a linked title in italics: "*Title* https://…", as a note prints it
                kept = text.split(LINK_IN_ITALICS)
                text = kept[0] + "".join(part.split(" ", 1)[1] if " " in part else "" for part in kept[1:])
                addresses = "".join(f" {part.split(' ', 1)[0]}" for part in kept[1:])
            if _IN_ITALICS and addresses:  # (an italic run inside another: the outer one moves them)
                text, addresses = text + "".join(f"{LINK_IN_ITALICS}{a.strip()} " for a in addresses.split()), ""
            stripped = text.strip()
            if stripped:
                lead = text[: len(text) - len(text.lstrip())]
                trail = text[len(text.rstrip()):]
                if italic_at == len(out) - 1 >= 0 and out[-1].rstrip().endswith("*"):
                    # one title Word splits into runs ("<i>Terreur dans l’</i><i>Hexagone</i>"): one italic run
                    prev = out[-1]
                    out[-1] = f"{prev.rstrip()[:-1]}{prev[len(prev.rstrip()):]}{lead}{stripped}*{trail}"
                else:
                    out.append(f"{lead}*{stripped}*{trail}")
                italic_at = len(out) - 1
                if addresses:
                    out.append(addresses)
            continue
        if name == "ol" and not in_note:  # a numbered list's numbers are drawn, not written: write them
            _walk_numbered_list(child, out, preformatted)
            continue
        if name in BLOCK_TAGS:
            if in_note:  # a note's paragraphs and list items stay inside the note
                out.append("\n- " if name == "li" else " ")
                _walk(child, out, in_note, preformatted)
                out.append(" ")
                continue
            out.append("\n\n" if name not in ("br", "li", "tr") else "\n")
            _walk(child, out, in_note, preformatted)
            out.append("\n\n" if name not in ("br",) else "")
            continue
        _walk(child, out, in_note, preformatted)


def _note_container(tag) -> bool:
    """``tag`` opens a note by its id or its numbered anchor (without taking the anchor away)."""
    if not isinstance(tag, Tag) or tag.name not in CONTAINER_TAGS:
        return False
    return CONTAINER_ID_RE.match(str(tag.get("id", "")).strip()) is not None or _leading_anchor(tag) is not None


def _paragraphs_between_notes(children: list, at: int) -> list[int]:
    """The places of the plain paragraphs after the note paragraph at ``at`` and before the next note's: a note's second
    paragraph ('<p id="fn7">7. Text.</p><p>More of note 7.</p><p id="fn8">…'); none after the last note, where the page
    goes on."""
    found: list[int] = []
    for k in range(at + 1, len(children)):
        tag = children[k]
        if not isinstance(tag, Tag):
            if str(tag).strip():
                return []
            continue
        if _note_container(tag):
            return found
        if tag.name != "p" or _marker_number(tag) is not None:
            return []
        found.append(k)
    return []


def _walk_note(tag: Tag, number: int, out: list[str], more: list | None = None) -> None:
    """A note found by its container: its text after a ``[^N]: `` marker, without the number the
    page prints at its start as well ('<p id="fn3">[3] Ibid.</p>'): the marker says it already."""
    out.append(f"\n\n[^{number}]: ")
    start = len(out)
    _walk(tag, out, in_note=True)
    for paragraph in more or ():
        out.append(" ")
        _walk(paragraph, out, in_note=True)
    text = "".join(out[start:]).lstrip()
    printed = PRINTED_NUMBER_RE.match(text)
    if printed and printed.group("n") == str(number):
        out[start:] = [text[printed.end():].lstrip()]
    elif (stop := NUMBER_STOP_RE.match(text)) is not None:  # '<a href="#ref5">5</a>. Text': the number was a link back to
        out[start:] = [text[stop.end():]]  # the body, dropped as such; the stop printed after it goes with it
    out.append("\n\n")


def _walk_numbered_list(ol: Tag, out: list[str], preformatted: bool) -> None:
    """<ol start="5"><li>...</li></ol> -> "5. ..." lines, as the page shows them; an item that is a
    note by its id ("fn5") stays a note."""
    start = str(ol.get("start", "1")).strip()
    number = int(start) if start.isdigit() else 1
    if str(ol.get("type", "")) == "a" or any("lower-alpha" in str(tag.get("style", "")).replace(" ", "")
                                             or "lower-alpha" in " ".join(tag.get("class") or ())
                                             for tag in (ol, *list(ol.parents)[:3]) if isinstance(tag, Tag)):
        # (the style set on the list or on a wrapper: a wiki's <div class="reflist reflist-lower-alpha"><div …><ol>)
        _walk_lettered_list(ol, out, preformatted)  # a wiki's explanatory notes, "[a]", "[b]", beside its references
        return
    items = [c for c in ol.children if isinstance(c, Tag) and c.name == "li"]
    ids = [_note_number(li) for li in items]
    # Some items notes by their id and each id its item's place in the list: the others are notes of their place
    # too (a page that gave anchors only to the notes its body links to)
    by_place = any(ids) and None in ids and all(n is None or n == number + i for i, n in enumerate(ids))
    out.append("\n\n")
    for child in ol.children:
        if isinstance(child, Tag) and child.name == "li":
            note = number if by_place else _container_number(child)
            if note is not None:
                _walk_note(child, note, out)
            else:
                value = str(child.get("value", "")).strip()
                number = int(value) if value.isdigit() else number
                out.append(f"\n{number}. ")
                _walk(child, out, True, preformatted)
            number += 1
        elif isinstance(child, Tag):
            _walk(child, out, False, preformatted)
    out.append("\n\n")


def _walk_lettered_list(ol: Tag, out: list[str], preformatted: bool) -> None:
    """<ol style="list-style-type: lower-alpha"><li>…</li></ol> -> "[a] …" lines, the letters the page draws (the form
    lettered notes are read in)."""
    out.append("\n\n")
    letter = 0
    for child in ol.children:
        if isinstance(child, Tag) and child.name == "li":
            out.append(f"\n[{chr(ord('a') + letter % 26)}] ")
            _walk(child, out, True, preformatted)
            letter += 1
        elif isinstance(child, Tag):
            _walk(child, out, False, preformatted)
    out.append("\n\n")


def _opens_block(tag: Tag) -> bool:
    """``tag`` is the first thing in its paragraph or list item (or in a <sup> that is)."""
    while tag.parent is not None and tag.parent.name in ("sup", "span", "strong", "b"):
        tag = tag.parent
    block = tag.parent
    if block is None or block.name not in ("p", "li", "div", "dd"):
        return False
    first = next((c for c in block.children if isinstance(c, Tag) or str(c).strip()), None)
    return first is tag


# A link sent through a redirector, the address it leads to in one of its parameters: Google Docs' exports
# ("https://www.google.com/url?q=<address>&sa=D&…"), Outlook's safe links ("…safelinks.protection.outlook.com/?url=…"),
# Facebook's ("https://l.facebook.com/l.php?u=…")
REDIRECT_RE = lazy(r"(?i)^https?://(?:www\.google\.[a-z.]{2,6}/url|[\w.]*safelinks\.protection\.outlook\.com/|l\.facebook\.com/l\.php)\?")
REDIRECT_PARAMETERS = ("q", "url", "u")


def _unwrapped(href: str) -> str:
    """The address a redirecting link leads to; any other link as it is."""
    if not REDIRECT_RE.match(href):
        return href
    from urllib.parse import parse_qs, urlsplit

    query = parse_qs(urlsplit(href).query)
    target = next((query[k][0] for k in REDIRECT_PARAMETERS if query.get(k)), "")
    return target if target.startswith(("http://", "https://")) else href


def _is_back_link(tag: Tag) -> bool:
    """A note's link back to its body marker: <a href="#_ednref3">[3]</a>, <a href="#fnref3">3</a>."""
    link = tag if tag.name == "a" else tag.find("a")
    return link is not None and REF_ID_RE.match(str(link.get("href", ""))) is not None


def _marker_number(tag: Tag) -> int | None:
    """A body marker: <sup>12</sup>, <a href="#fn12">12</a>, <sup><a href="#_edn12">[12]</a></sup>."""
    text = tag.get_text().strip().strip("[]()")
    if not text.isdigit():
        return None
    if tag.name == "sup":
        return int(text)
    href = str(tag.get("href", ""))
    if href.startswith("#") and NOTE_ID_RE.match(href[1:]):
        return int(text)
    return None
