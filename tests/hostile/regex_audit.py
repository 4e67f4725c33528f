"""Every regular expression in citex, and inputs that make a careless one backtrack.

``patterns()`` finds the compiled patterns a module holds at import (directly or in a dict,
list or tuple) and the literal patterns passed to ``regex``/``re`` calls inside functions, by
reading the source.  ``ADVERSARIAL`` are the shapes that catch super-linear patterns: long
runs of one character or one token a pattern half-matches, so a nested or overlapping
quantifier, or an unbounded scan retried at every start, costs n² or worse.
"""
from __future__ import annotations

import ast
import importlib
import pkgutil
import re
import time
from dataclasses import dataclass
from pathlib import Path

import regex

import citex
from citex.lazyregex import LazyPattern

PACKAGE_DIR = Path(citex.__file__).parent
CALLS = {"compile", "search", "match", "fullmatch", "sub", "subn", "split", "findall", "finditer"}

# Runs of a character or a token that patterns in a note parser half-match.
TOKENS = (
    " ", "a", "A", "1", ".", ",", ";", ":", "(", ")", "[", "]", "{", "}", '"', "'", "“", "”", "‘", "’", "«",
    "*", "_", "-", "–", "/", "#", "^", "<", ">", "\n", "\t", "é", "\u00a0",
    "a ", "A ", "Aa ", "A. ", "Aa, ", "a, ", "a. ", "1 ", "1.", "1,", "1-", "1–", "(1", "(a", "[1]", "[^1]",
    "^[1]", "^{[1] (#", "(#_edn1", "\"a", "“a", "*a", "a*", "pp. ", "p. 1, ", "vol. 1, ", "no. 1, ",
    "http://a", "www.a", "a/", "Ibid. ", "ibid., ", "Id. ", "A and ", "de la ", "van ", "Aa Aa, ",
    "ed. ", "eds., ", "trans. ", "in ", "In: ", ", 2001", "(1999", "1999", "May 1, ", "Jan. ",
    "\n\n", " \n", "\n ", "\n1. ", "\n[1] ", "<sup>1</sup>", "<a ", "Mr. ", "U.S. ", "A.B. ",
    "Interview ", "Report ", "The ", "“A,” ", "\"A,\" ", "*A*, ", "(accessed ", ":1", "1:", "a-", "—",
)


# Modules whose patterns run over a whole document, where whitespace comes in runs of any
# length.  Every other module sees note text, in which the note finder has collapsed
# whitespace to single spaces (``citex.sources`` makes every space character a space).
DOCUMENT_SCOPE = ("citex.notes", "citex.sources", "citex.html", "citex.pdf", "citex.errors", "citex.cli",
                  "citex/notes.py", "citex/sources.py", "citex/html.py", "citex/pdf.py", "citex/errors.py",
                  "citex/cli.py")
SPACE_RUN_RE = regex.compile(r"\s+")


@dataclass(frozen=True)
class Found:
    where: str  # "citex.notes.NOTE_STYLES" or "citex/notes.py:123"
    pattern: regex.Pattern

    @property
    def scope(self) -> str:
        return "document" if self.where.startswith(DOCUMENT_SCOPE) else "note"


def modules() -> list[str]:
    names = ["citex"]
    for info in pkgutil.walk_packages([str(PACKAGE_DIR)], prefix="citex."):
        names.append(info.name)
    return names


def patterns() -> list[Found]:
    """Every distinct pattern in citex: module attributes and literals in calls."""
    found: dict[tuple[str, int], Found] = {}

    def add(where: str, pat) -> None:
        if isinstance(pat, LazyPattern):
            pat = pat.compiled()  # compiled on first use in citex; compiled here to be audited
        if isinstance(pat, re.Pattern):
            pat = regex.compile(pat.pattern, _re_flags(pat.flags))  # audited with regex's timeout
        if isinstance(pat, regex.Pattern):
            found.setdefault((pat.pattern, pat.flags), Found(where, pat))

    for name in modules():
        try:
            module = importlib.import_module(name)
        except Exception:  # noqa: BLE001 - a module that does not import is another test's failure
            continue
        for attr, value in vars(module).items():
            for i, pat in enumerate(_flatten(value)):
                add(f"{name}.{attr}" + (f"[{i}]" if i else ""), pat)
    for path in sorted(PACKAGE_DIR.rglob("*.py")):
        for lineno, source, flags in _literal_patterns(path):
            try:
                pat = regex.compile(source, flags)
            except regex.error:
                continue
            add(f"{path.relative_to(PACKAGE_DIR.parent)}:{lineno}", pat)
    return list(found.values())


def uses_stdlib_re() -> list[str]:
    """Uses of the standard ``re`` other than a single character class.

    citex writes its patterns with ``regex``.  The one exception is a pre-check that scans a
    whole article for a class of characters ("[\\x00-\\x08...]"), which the standard library
    does several times faster; a single class cannot backtrack.
    """
    out = []
    for path in sorted(PACKAGE_DIR.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        where = str(path.relative_to(PACKAGE_DIR.parent))
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and node.module == "re":
                out.append(f"{where}:{node.lineno}: from re import")
            elif isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) and node.value.id == "re":
                out.append(f"{where}:{node.lineno}: re.{node.attr}")
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) \
                    and isinstance(node.func.value, ast.Name) and node.func.value.id == "re" and node.func.attr == "compile":
                try:
                    source = ast.literal_eval(node.args[0]) if node.args else None
                except ValueError:
                    source = None
                if isinstance(source, str) and len(node.args) == 1 and SINGLE_CLASS_RE.fullmatch(source):
                    out = [o for o in out if o != f"{where}:{node.func.lineno}: re.compile"]
    return out


# A pattern that is one character class and nothing else: "[\x00-\x08\u2028]"
SINGLE_CLASS_RE = regex.compile(r"\[(?:\\.|[^\]\\])+\]")


def worst_time(pat: regex.Pattern, text: str, timeout: float) -> float:
    """Seconds to scan the text for every match and to match at its start; ``inf`` on timeout."""
    start = time.perf_counter()
    try:
        for _ in pat.finditer(text, timeout=timeout):
            pass
        pat.match(text, timeout=timeout)
    except TimeoutError:
        return float("inf")
    return time.perf_counter() - start


def adversarial(size: int, scope: str = "document") -> list[tuple[str, str]]:
    """(label, text): each token repeated to ``size`` characters, then a character no pattern expects.

    For note scope, whitespace runs are collapsed as the note finder collapses them."""
    out = []
    for token in TOKENS:
        text = (token * (size // len(token) + 1))[:size]
        if scope == "note":
            text = SPACE_RUN_RE.sub(" ", text)
            if len(text) < size // 2:
                continue  # a whitespace token: nothing left to test in note text
        out.append((repr(token), text + "\x01"))
    return out


def superlinear(pat: regex.Pattern, text: str, small: int = 2000, ratio: float = 8.0,
                timeout: float = 2.0) -> tuple[float, float] | None:
    """(seconds at ``small``, seconds at 4x) when 4x the input costs more than ``ratio`` x the time.

    Linear work grows 4x, quadratic 16x; a pattern fast at both sizes is never flagged."""
    short, long = text[:small] + text[-1], text[: 4 * small] + text[-1]
    t1 = worst_time(pat, short, timeout)
    if t1 < 0.0005:
        return None
    t1 = min(t1, worst_time(pat, short, timeout))
    t2 = min(worst_time(pat, long, timeout) for _ in range(2))
    for _ in range(4):  # measured again, both sizes, before the pattern is blamed: on a busy machine a slow reading of a
        # few milliseconds is noise, where a quadratic pattern is slow every time
        if not (t2 == float("inf") or (t2 > ratio * t1 and t2 > 0.02)):
            return None
        t1 = min(t1, worst_time(pat, short, timeout))
        t2 = min(t2, worst_time(pat, long, timeout))
    return (t1, t2) if t2 == float("inf") or (t2 > ratio * t1 and t2 > 0.02) else None


def _flatten(value, depth: int = 0):
    if isinstance(value, (regex.Pattern, re.Pattern, LazyPattern)):
        yield value
    elif depth < 2 and isinstance(value, dict):
        for v in value.values():
            yield from _flatten(v, depth + 1)
    elif depth < 2 and isinstance(value, (list, tuple, frozenset, set)):
        for v in value:
            yield from _flatten(v, depth + 1)


def _re_flags(flags: int) -> int:
    out = 0
    for name in ("IGNORECASE", "MULTILINE", "DOTALL", "VERBOSE", "ASCII"):
        if flags & getattr(re, name):
            out |= getattr(regex, name)
    return out


def _literal_patterns(path: Path):
    """(line, pattern, flags) for ``regex.X("...")``/``re.X("...")`` calls with a literal pattern."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)):
            continue
        func = node.func
        if func.attr not in CALLS or not (isinstance(func.value, ast.Name) and func.value.id in ("regex", "re")):
            continue
        if not node.args:
            continue
        source = _literal(node.args[0])
        if source is None:
            continue
        flags = 0
        for kw in node.keywords:
            if kw.arg == "flags":
                flags = _flag_value(kw.value)
        yield node.lineno, source, flags


def _literal(node) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        left, right = _literal(node.left), _literal(node.right)
        return left + right if left is not None and right is not None else None
    return None


def _flag_value(node) -> int:
    if isinstance(node, ast.Attribute) and node.attr in ("I", "M", "S", "X", "IGNORECASE", "MULTILINE", "DOTALL", "VERBOSE"):
        return getattr(regex, node.attr)
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.BitOr):
        return _flag_value(node.left) | _flag_value(node.right)
    return 0
