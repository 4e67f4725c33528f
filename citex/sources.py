"""Read an article: bytes -> decoded, normalised ``Text`` (text, markdown, HTML or PDF).

Decoding: a byte order mark decides (UTF-8, UTF-16, UTF-32); otherwise strict UTF-8; otherwise
UTF-16 without a BOM when every other byte is NUL; otherwise a legacy single-byte file read as
cp1252 (Windows Latin-1) with a warning.  A UTF-8 file with a few stray legacy bytes keeps its
UTF-8 and reads only those bytes as cp1252; a UTF-8 file cut inside a character loses the
broken character and says the input looks truncated.

Cleaning: Word's line breaks (VT), form feeds and Unicode line/paragraph separators become
newlines; no-break, thin and other space characters become spaces; NUL and other control
characters, lone surrogates and non-characters are removed with a warning, as are invisible
soft hyphens, zero-width spaces and stray BOMs; the text is NFC-normalised, which changes no
visible character.

Refusals (``CitexError``, exit code 3, one line): missing, a directory, not a regular file,
too large, unreadable, empty, binary (PDF, Office, archives, images... named when known).
"""
from __future__ import annotations

import codecs
import os
import re
import stat
import unicodedata

from .errors import EXIT_INPUT, EXIT_USAGE, CitexError
from .lazyregex import lazy
from .model import Text, Warning

MAX_BYTES = 200 * 1024 * 1024  # refuse to read more than this into memory
SNIFF_BYTES = 64 * 1024  # how much of the head (and tail) the binary check looks at
INPUT_FORMATS = ("text", "markdown", "html", "pdf", "docx")

# Byte order marks, longest first: the UTF-32 LE mark begins with the UTF-16 LE one.
BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

# Files people hand citex by mistake, by their first bytes, with what to do instead.
SIGNATURES: tuple[tuple[bytes, str, str], ...] = (
    (b"%PDF-", "a PDF document", "read it with --input-format pdf (or auto)"),
    (b"PK\x03\x04", "a ZIP archive (or an .odt/.epub document)", "save the article as .docx, text, markdown or HTML"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "a legacy Office document (.doc)", "save the article as text or HTML"),
    (b"{\\rtf", "an RTF document", "save the article as text or HTML"),
    (b"\x1f\x8b", "gzip-compressed data", "decompress it first"),
    (b"\xfd7zXZ\x00", "xz-compressed data", "decompress it first"),
    (b"BZh91AY&SY", "bzip2-compressed data", "decompress it first"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive", "extract the article first"),
    (b"Rar!\x1a\x07", "a RAR archive", "extract the article first"),
    (b"\x89PNG\r\n\x1a\n", "a PNG image", "citex reads text, not images"),
    (b"\xff\xd8\xff", "a JPEG image", "citex reads text, not images"),
    (b"GIF87a", "a GIF image", "citex reads text, not images"),
    (b"GIF89a", "a GIF image", "citex reads text, not images"),
    (b"II*\x00", "a TIFF image", "citex reads text, not images"),
    (b"MM\x00*", "a TIFF image", "citex reads text, not images"),
    (b"\x7fELF", "an executable program", "give citex the article's text"),
    (b"SQLite format 3\x00", "an SQLite database", "give citex the article's text"),
)

# Byte values that occur in text: tab, LF, VT, FF, CR, ESC, printable ASCII and every byte above
# 0x7f (UTF-8 sequences and legacy letters).  What a translate() deletes here is not text.
TEXT_BYTES = bytes([9, 10, 11, 12, 13, 27, *range(32, 127), *range(128, 256)])
BINARY_SHARE = 0.05  # more than this share of non-text bytes in a sample: binary

# Line breaks that are not "\n": VT (Word's manual line break), FF (page break), NEL, and the
# Unicode line and paragraph separators.
LINE_BREAK_CHARS_RE = lazy("[\x0b\x0c\x85\u2028\u2029]")
LINE_BREAKS = str.maketrans({"\x0b": "\n", "\x0c": "\n", "\x85": "\n", "\u2028": "\n", "\u2029": "\n\n"})

# C0/C1 controls other than tab and newline, lone surrogates and non-characters:
# "\x00", "\x1b", "\x9d", "\ud800" (from a broken UTF-16 pair), "\uffff".
CONTROL_RE = lazy(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\p{Cs}\p{Noncharacter_Code_Point}]")

# What random bytes decode to in UTF-16/32 and text almost never holds: controls, lone
# surrogates, unassigned and private-use code points, U+FFFD; e.g. "\ue5ef", "\ufffd".
UNLIKELY_TEXT_RE = lazy(r"[\x00-\x08\x0e-\x1f\x7f-\x9f\p{Cs}\p{Cn}\p{Co}\ufffd]")

# Space characters other than the space itself: no-break, thin, em, ideographic...; e.g. "p.\xa012".
# They read as spaces and become spaces, so a run of whitespace in a note is always collapsible.
SPACES_RE = lazy(r"[\xa0\u1680\u2000-\u200a\u202f\u205f\u3000]")

# Invisible characters that split words a reader sees whole: soft hyphen ("Guz\u00admán"),
# zero-width space, word joiner, and a byte order mark in mid-text (two files pasted together).
INVISIBLE_RE = lazy(r"[\u00ad\u200b\u2060\ufeff]")

# Typographic ligatures a PDF viewer copies as one character: "Conﬂict", "Foreign Aﬀairs", "/ﬁles/" in an
# address; the letters they stand for, so that names, titles and addresses read as typed.
LIGATURE_RE = lazy("[\ufb00-\ufb06]")
LIGATURES = str.maketrans({"\ufb00": "ff", "\ufb01": "fi", "\ufb02": "fl", "\ufb03": "ffi", "\ufb04": "ffl",
                           "\ufb05": "st", "\ufb06": "st"})

# Every character the patterns above look for, and more (any outside the BMP): when none
# is present, cleaning is only newlines and NFC.  The standard library scans a character class
# several times faster than ``regex``, which matters on a whole article.
UNUSUAL_CHAR_RE = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\xa0\xad\u1680\u2000-\u200b\u2028\u2029\u202f\u205f\u2060\u3000"
    "\ud800-\udfff\ufb00-\ufb06\ufdd0-\ufdef\ufeff-\uffff\U00010000-\U0010ffff]"
)

# Markup that says "this is HTML": a doctype, an <html>/<body> tag, or footnote list items.
HTML_RE = lazy(r"(?i)<!doctype\s+html|<html[\s>]|<body[\s>]|<(?:p|div|li|sup|ol)[\s>]")
# A whole web page, whatever its file name: "<!DOCTYPE html>", "<?xml ...?><html", "<html lang=en>"
HTML_DOCUMENT_RE = lazy(r"(?i)\s{0,100}(?:<\?xml[^>]{0,200}>\s{0,100})?(?:<!doctype\s+html|<html[\s>])")
# A markdown footnote definition at a line start: "[^12]: Ibid."
# A character a markdown converter escaped with a backslash (Turndown, html2text): "\[1\]", "1\.", "\_ednref1", "\#";
# not "\*", which would then read as emphasis
MARKDOWN_ESCAPE_RE = lazy(r"\\([\[\]_#.()!+\-<>~|{}`'\"&])")
MARKDOWN_FOOTNOTE_RE = lazy(r"(?m)^\[\^[^\]\s]+\]:")


def _cp1252_bytes(exc: UnicodeDecodeError) -> tuple[str, int]:
    """Decode error handler: read the bytes that are not UTF-8 as cp1252 (undefined ones as U+FFFD)."""
    return exc.object[exc.start:exc.end].decode("cp1252", errors="replace"), exc.end


codecs.register_error("citex-cp1252", _cp1252_bytes)


def read_path(path: str, input_format: str | None = None) -> Text:
    """Read a file (``-`` for stdin) into a ``Text``; raise ``CitexError`` with a one-line message when it cannot be."""
    if path == "-":
        import sys

        data = sys.stdin.buffer.read(MAX_BYTES + 1)
        if len(data) > MAX_BYTES:
            raise CitexError(f"<stdin>: more than {MAX_BYTES} bytes, more than citex reads", EXIT_INPUT)
        return decode(data, source="<stdin>", input_format=input_format)
    try:
        info = os.stat(path)
    except FileNotFoundError:
        kind = "a broken link" if os.path.islink(path) else "no such file"
        raise CitexError(f"{path}: {kind}", EXIT_INPUT) from None
    except PermissionError:
        raise CitexError(f"{path}: permission denied", EXIT_INPUT) from None
    except (OSError, ValueError) as exc:
        raise CitexError(f"{path}: cannot read ({_reason(exc)})", EXIT_INPUT) from None
    if stat.S_ISDIR(info.st_mode):
        raise CitexError(f"{path}: is a directory, not an article", EXIT_INPUT)
    if not (stat.S_ISREG(info.st_mode) or stat.S_ISFIFO(info.st_mode)):
        raise CitexError(f"{path}: not a regular file (a device or socket)", EXIT_INPUT)
    if info.st_size > MAX_BYTES:
        raise CitexError(f"{path}: {info.st_size} bytes is more than citex reads ({MAX_BYTES})", EXIT_INPUT)
    try:
        with open(path, "rb") as fh:
            data = fh.read(MAX_BYTES + 1)
    except PermissionError:
        raise CitexError(f"{path}: permission denied", EXIT_INPUT) from None
    except OSError as exc:
        raise CitexError(f"{path}: cannot read ({_reason(exc)})", EXIT_INPUT) from None
    if len(data) > MAX_BYTES:
        raise CitexError(f"{path}: more than {MAX_BYTES} bytes, more than citex reads", EXIT_INPUT)
    return decode(data, source=path, input_format=input_format)


def decode(data: bytes, source: str = "<bytes>", input_format: str | None = None) -> Text:
    """Decode bytes into a ``Text``: encoding, control characters, NFC, format detection."""
    warnings: list[Warning] = []
    if input_format == "pdf" or (input_format in (None, "auto") and b"%PDF-" in bytes(data[:1024])):
        from .pdf import pdf_to_text  # a PDF's text layer, its notes as "[^N]: " lines

        text, warnings = pdf_to_text(bytes(data), source)
        return from_string(text, source=source, input_format="pdf", warnings=warnings)
    if input_format == "docx" or (input_format in (None, "auto") and data[:4] == b"PK\x03\x04"):
        from .docx import docx_to_text, is_docx  # the body with "[^N]" markers, the notes as "[^N]: " lines

        if input_format == "docx" or is_docx(bytes(data)):
            text, warnings = docx_to_text(bytes(data), source)
            return from_string(text, source=source, input_format="docx", warnings=warnings)
    text = _decode_bytes(bytes(data), source, warnings)
    return from_string(text, source=source, input_format=input_format, warnings=warnings)


def from_string(
    text: str, source: str = "<string>", input_format: str | None = None, warnings: list[Warning] | None = None
) -> Text:
    """Normalise an already decoded string into a ``Text``; an empty one is refused."""
    if input_format == "auto":
        input_format = None
    if input_format is not None and input_format not in INPUT_FORMATS:
        raise CitexError(f"unknown input format {input_format!r}; choose one of {', '.join(INPUT_FORMATS)}", EXIT_USAGE)
    warnings = list(warnings or [])
    text = clean(text, warnings)
    if not text.strip():
        raise CitexError(f"{source}: empty: no text to read", EXIT_INPUT)
    fmt = input_format or detect_format(text, source)
    if fmt == "html":
        text = _html_text(text, warnings)
    elif fmt == "markdown" and "\\" in text:
        text = MARKDOWN_ESCAPE_RE.sub(r"\1", text)  # "\[1\] Jane Roe, …", "1\. Jane Roe", "#\_edn1": as printed
    return Text(text=text, source=source, format=fmt, warnings=tuple(warnings))


def clean(text: str, warnings: list[Warning]) -> str:
    """Newlines, control and invisible characters, NFC; what is removed is reported in ``warnings``."""
    text = text.removeprefix("\ufeff")
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not UNUSUAL_CHAR_RE.search(text):  # most articles: nothing below to remove or replace
        return unicodedata.normalize("NFC", text)
    if LINE_BREAK_CHARS_RE.search(text):  # rare; translate() walks every character
        text = text.translate(LINE_BREAKS)
    if LIGATURE_RE.search(text):
        text = text.translate(LIGATURES)
    text, count = CONTROL_RE.subn("", text)
    if count:
        warnings.append(Warning("control-characters", f"removed {count} control character(s) (NUL and the like)"))
    text = SPACES_RE.sub(" ", text)
    text, count = INVISIBLE_RE.subn("", text)
    if count:
        warnings.append(
            Warning("invisible-characters", f"removed {count} invisible character(s) (soft hyphens, zero-width spaces)")
        )
    return unicodedata.normalize("NFC", text)


def detect_format(text: str, source: str = "") -> str:
    """Guess the format: an HTML or markdown extension decides, unless a markdown file is a
    saved web page (it opens with a doctype or <html>); otherwise the content does."""
    ext = os.path.splitext(source)[1].lower()
    head = text[:20000]
    if ext in (".html", ".htm", ".xhtml") or HTML_DOCUMENT_RE.match(head):
        return "html"
    if ext in (".md", ".markdown"):
        return "markdown"
    if HTML_RE.search(head) and head.count("<") > 10:
        return "html"
    if MARKDOWN_FOOTNOTE_RE.search(text):
        return "markdown"
    return "text"


def _html_text(html: str, warnings: list[Warning]) -> str:
    from .html import html_to_text

    try:
        return clean(html_to_text(html), warnings)  # entities can hold controls, odd spaces, decomposed letters
    except RecursionError:
        # Markup nested deeper than the converter can walk (thousands of unclosed tags):
        # keep every word, losing only the note markup.
        from bs4 import BeautifulSoup

        warnings.append(Warning("html-too-deep", "HTML nested too deeply to read its structure; read as plain text"))
        return clean(BeautifulSoup(html, "html.parser").get_text("\n"), warnings) + "\n"
    except Exception as exc:  # noqa: BLE001 - markup the converter cannot follow loses its note markup, never its words
        from bs4 import BeautifulSoup

        warnings.append(Warning("html-unreadable", f"the page's markup could not be followed ({type(exc).__name__}); "
                                "its text is read as plain text"))
        return clean(BeautifulSoup(html, "html.parser").get_text("\n"), warnings) + "\n"


def _decode_bytes(data: bytes, source: str, warnings: list[Warning]) -> str:
    for bom, codec in BOMS:
        if data.startswith(bom):
            return _decode_unicode(data[len(bom):], codec, source, warnings)
    for magic, what, advice in SIGNATURES:
        if data.startswith(magic):
            raise CitexError(f"{source}: {what}, not a text, markdown or HTML article; {advice}", EXIT_INPUT)
    codec = _utf16_without_bom(data)
    if codec:
        warnings.append(Warning("encoding-guess", f"no byte order mark; read as {codec} (every other byte is NUL)"))
        return _decode_unicode(data, codec, source, warnings)
    stripped = data.rstrip(b"\x00")
    if len(stripped) < len(data):  # a file padded with NULs after a crash or a bad copy
        padding = len(data) - len(stripped)
        warnings.append(Warning("control-characters", f"removed {padding} NUL byte(s) padding the end of the file"))
        data = stripped
    if not data.strip():
        raise CitexError(f"{source}: empty file", EXIT_INPUT)
    if _looks_binary(data):
        raise CitexError(f"{source}: binary content, not a text, markdown or HTML article", EXIT_INPUT)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    return _decode_legacy(data, warnings)


def _decode_unicode(data: bytes, codec: str, source: str, warnings: list[Warning]) -> str:
    """Decode a Unicode encoding; bad sequences become U+FFFD with a warning, a binary result is refused."""
    try:
        text = data.decode(codec)
    except UnicodeDecodeError:
        text = data.decode(codec, errors="replace")
        warnings.append(Warning("decoding-errors", f"some bytes are not valid {codec}; replaced by U+FFFD"))
    if not text.strip("\x00 \t\r\n\ufeff"):
        raise CitexError(f"{source}: empty file", EXIT_INPUT)
    sample = text[:SNIFF_BYTES]
    junk = len(UNLIKELY_TEXT_RE.findall(sample))
    if junk > max(8, BINARY_SHARE * len(sample)):
        raise CitexError(f"{source}: binary content, not a text, markdown or HTML article", EXIT_INPUT)
    return text


def _decode_legacy(data: bytes, warnings: list[Warning]) -> str:
    """Bytes that are not valid UTF-8: cp1252 for a legacy file, byte by byte for a mostly UTF-8 one."""
    good = data.decode("utf-8", errors="ignore")
    good_bytes = len(good.encode("utf-8"))
    has_utf8 = good_bytes > len(good)  # at least one valid multi-byte character
    if not has_utf8:
        warnings.append(Warning("encoding-fallback", "not valid UTF-8; read as cp1252 (Windows Latin-1)"))
        return data.decode("cp1252", errors="replace")
    bad = len(data) - good_bytes
    tail = _incomplete_utf8_tail(data)
    if tail and bad == tail:
        warnings.append(
            Warning("truncated-input", "the input ends in the middle of a character: it looks cut short")
        )
        return data[:-tail].decode("utf-8")
    warnings.append(Warning("encoding-mixed", f"{bad} byte(s) are not valid UTF-8; read them as cp1252"))
    return data.decode("utf-8", errors="citex-cp1252")


def _incomplete_utf8_tail(data: bytes) -> int:
    """How many bytes at the end are the unfinished start of a UTF-8 character (0 if none)."""
    for k in range(1, min(3, len(data)) + 1):
        lead = data[-k]
        if 0x80 <= lead <= 0xBF:
            continue  # a continuation byte; look further back
        if not 0xC2 <= lead <= 0xF4:
            return 0
        need = 2 if lead < 0xE0 else 3 if lead < 0xF0 else 4
        if k >= need:
            return 0
        try:
            codecs.getincrementaldecoder("utf-8")().decode(data[-k:], final=False)
        except UnicodeDecodeError:
            return 0
        return k
    return 0


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 without a byte order mark: text in a Latin script has a NUL in every other byte."""
    head = data[: SNIFF_BYTES - SNIFF_BYTES % 2]
    pairs = len(head) // 2
    if pairs < 4:
        return None
    even, odd = head[0::2].count(0), head[1::2].count(0)
    if odd > 0.3 * pairs and even < 0.05 * pairs:
        return "utf-16-le"
    if even > 0.3 * pairs and odd < 0.05 * pairs:
        return "utf-16-be"
    return None


def _looks_binary(data: bytes) -> bool:
    """Many bytes that never occur in text (NUL, most C0 controls, DEL) in the head or the tail."""
    samples = [data[:SNIFF_BYTES]]
    if len(data) > 2 * SNIFF_BYTES:
        samples.append(data[-SNIFF_BYTES:])
    return any(len(s.translate(None, TEXT_BYTES)) > BINARY_SHARE * len(s) for s in samples)


def _reason(exc: BaseException) -> str:
    return getattr(exc, "strerror", None) or str(exc) or type(exc).__name__
