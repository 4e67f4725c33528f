"""HTML -> the plain-text form the note finder reads.

Footnote lists become ``[^N]: text`` lines and body references become ``[^N]``, the markdown
footnote form, so one note finder serves every format; ``<i>``/``<em>`` become ``*...*`` so
italics stay evidence for titles; scripts, styles and navigation are dropped.
"""
from __future__ import annotations

import regex
from bs4 import BeautifulSoup, NavigableString, Tag

DROP_TAGS = ("script", "style", "nav", "header", "footer", "noscript", "template", "form", "button", "svg")
BLOCK_TAGS = {"p", "div", "section", "article", "li", "ol", "ul", "h1", "h2", "h3", "h4", "h5", "h6",
              "br", "tr", "table", "blockquote", "aside", "main", "dd", "dt", "dl", "hr", "pre"}
# id/name of a note: "fn12", "fn:12", "_edn12", "edn12", "footnote-12", "note12", "12"
NOTE_ID_RE = regex.compile(r"(?i)^(?:_?(?:fn|edn|ftn|en|footnote|endnote|note|n)[-_:]?)?(\d{1,5})$")
# back-reference id/href of a body marker: "fnref12", "_ednref12", "fnref:12"
REF_ID_RE = regex.compile(r"(?i)^#?(?:_?(?:fnref|ednref|ftnref|enref|footnote-ref|noteref|ref)[-_:]?)(\d{1,5})$")


def _note_number(tag: Tag) -> int | None:
    for attr in ("id", "name"):
        value = tag.get(attr)
        if isinstance(value, str):
            m = NOTE_ID_RE.match(value.strip())
            if m:
                return int(m.group(1))
    return None


def html_to_text(html: str) -> str:
    soup = BeautifulSoup(html, "html.parser")
    for name in DROP_TAGS:
        for tag in soup.find_all(name):
            tag.decompose()
    out: list[str] = []
    _walk(soup, out)
    text = "".join(out).replace("\xa0", " ")
    text = regex.sub(r"[ \t]+", " ", text)
    text = regex.sub(r" *\n *", "\n", text)
    return regex.sub(r"\n{3,}", "\n\n", text).strip() + "\n"


def _walk(node, out: list[str]) -> None:
    for child in node.children:
        if isinstance(child, NavigableString):
            if child.__class__.__name__ in ("Comment", "Doctype", "Declaration", "ProcessingInstruction"):
                continue
            out.append(str(child).replace("\n", " "))
            continue
        if not isinstance(child, Tag):
            continue
        name = child.name
        if name == "li" and _note_number(child) is not None:
            out.append(f"\n\n[^{_note_number(child)}]: ")
            _walk(child, out)
            out.append("\n\n")
            continue
        if name in ("a", "sup"):
            number = _marker_number(child)
            if number is not None:
                out.append(f"[^{number}]")
                continue
            text = child.get_text().strip()
            if name == "a" and text in ("↩", "↩︎", "^", "back", "↑"):
                continue
            if name == "a" and REF_ID_RE.match(str(child.get("href", ""))):
                number = _note_number(child)
                if number is not None:  # Word: <a href="#_ednref3" name="_edn3">[3]</a> opens note 3
                    out.append(f"\n\n[^{number}]: ")
                continue  # otherwise a back link from a note to its body marker
        if name in ("i", "em", "cite"):
            inner: list[str] = []
            _walk(child, inner)
            text = "".join(inner)
            stripped = text.strip()
            if stripped:
                lead = text[: len(text) - len(text.lstrip())]
                trail = text[len(text.rstrip()):]
                out.append(f"{lead}*{stripped}*{trail}")
            continue
        if name in BLOCK_TAGS:
            out.append("\n\n" if name not in ("br", "li", "tr") else "\n")
            _walk(child, out)
            out.append("\n\n" if name not in ("br",) else "")
            continue
        _walk(child, out)


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
