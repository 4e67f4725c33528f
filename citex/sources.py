"""Read an article: bytes -> decoded, normalised ``Text`` (text, markdown or HTML).

Decoding is strict UTF-8 first (with or without BOM), then UTF-16 when a BOM says so, then a
legacy single-byte fallback (cp1252, else latin-1) with a warning.  Control characters are
removed with a warning and the text is NFC-normalised, which changes no visible character.
"""
from __future__ import annotations

import codecs
import os
import unicodedata

import regex

from .errors import EXIT_INPUT, CitexError
from .model import Text, Warning

MAX_BYTES = 200 * 1024 * 1024  # refuse to read more than this into memory

# C0/C1 controls other than tab, newline and carriage return; e.g. "\x00", "\x0b", "\x85".
CONTROL_RE = regex.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x84\x86-\x9f]")

# Markup that says "this is HTML": a doctype, an <html>/<body> tag, or footnote list items.
HTML_RE = regex.compile(r"(?i)<!doctype\s+html|<html[\s>]|<body[\s>]|<(?:p|div|li|sup|ol)[\s>]")
MARKDOWN_FOOTNOTE_RE = regex.compile(r"(?m)^\[\^[^\]\s]+\]:")


def read_path(path: str, input_format: str | None = None) -> Text:
    """Read a file into a ``Text``; raise ``CitexError`` with a one-line message when it cannot be."""
    if path == "-":
        import sys

        data = sys.stdin.buffer.read(MAX_BYTES + 1)
        return decode(data, source="<stdin>", input_format=input_format)
    if not os.path.exists(path):
        raise CitexError(f"{path}: no such file", EXIT_INPUT)
    if os.path.isdir(path):
        raise CitexError(f"{path}: is a directory, not an article (use `citex batch` for folders)", EXIT_INPUT)
    try:
        size = os.path.getsize(path)
        if size > MAX_BYTES:
            raise CitexError(f"{path}: {size} bytes is more than citex reads ({MAX_BYTES})", EXIT_INPUT)
        with open(path, "rb") as fh:
            data = fh.read()
    except PermissionError:
        raise CitexError(f"{path}: permission denied", EXIT_INPUT) from None
    except OSError as exc:
        raise CitexError(f"{path}: cannot read ({exc.strerror or exc})", EXIT_INPUT) from None
    return decode(data, source=path, input_format=input_format)


def decode(data: bytes, source: str = "<bytes>", input_format: str | None = None) -> Text:
    """Decode bytes into a ``Text``: encoding, control characters, NFC, format detection."""
    if not data.strip():
        raise CitexError(f"{source}: empty file", EXIT_INPUT)
    warnings: list[Warning] = []
    text = _decode_bytes(data, source, warnings)
    return from_string(text, source=source, input_format=input_format, warnings=warnings)


def from_string(
    text: str, source: str = "<string>", input_format: str | None = None, warnings: list[Warning] | None = None
) -> Text:
    """Normalise an already decoded string into a ``Text``."""
    warnings = list(warnings or [])
    if text.startswith("\ufeff"):
        text = text[1:]
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if CONTROL_RE.search(text):
        count = len(CONTROL_RE.findall(text))
        text = CONTROL_RE.sub("", text)
        warnings.append(Warning("control-characters", f"removed {count} control character(s) (NUL and the like)"))
    text = unicodedata.normalize("NFC", text)
    fmt = input_format or detect_format(text, source)
    if fmt == "html":
        from .html import html_to_text

        text = html_to_text(text)
    return Text(text=text, source=source, format=fmt, warnings=tuple(warnings))


def detect_format(text: str, source: str = "") -> str:
    """Guess the format from the content; the file extension is only a hint."""
    ext = os.path.splitext(source)[1].lower()
    head = text[:20000]
    if ext in (".html", ".htm", ".xhtml") or HTML_RE.search(head) and head.count("<") > 10:
        return "html"
    if ext in (".md", ".markdown") or MARKDOWN_FOOTNOTE_RE.search(text):
        return "markdown"
    return "text"


def _decode_bytes(data: bytes, source: str, warnings: list[Warning]) -> str:
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8):]
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            raise CitexError(f"{source}: UTF-16 byte order mark but undecodable content", EXIT_INPUT) from None
    if _looks_binary(data):
        raise CitexError(f"{source}: binary content, not a text, markdown or HTML article", EXIT_INPUT)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    try:
        text = data.decode("cp1252")
        enc = "cp1252"
    except UnicodeDecodeError:
        text = data.decode("latin-1")
        enc = "latin-1"
    warnings.append(Warning("encoding-fallback", f"not valid UTF-8; read as {enc}"))
    return text


def _looks_binary(data: bytes) -> bool:
    """NUL bytes or many non-text bytes in the first 8 KiB: an image, a PDF, an archive."""
    head = data[:8192]
    if head.startswith((b"%PDF", b"PK\x03\x04", b"\x89PNG", b"\xff\xd8\xff", b"GIF8", b"\x7fELF")):
        return True
    nul = head.count(b"\x00")
    if nul > len(head) // 20:
        return True
    controls = sum(1 for b in head if b < 9 or 13 < b < 32)
    return controls > len(head) // 10
