"""No regular expression in citex backtracks super-linearly.

Every pattern in every module (compiled at import, or written inline in a call) is run over
long runs of the characters and tokens it half-matches; 4x the input may cost about 4x the
time, never 16x.  Patterns that run over note text are fed note text, whose whitespace the
note finder has already collapsed.
"""
from __future__ import annotations

import pytest
import regex

from hostile import regex_audit

INPUTS = {scope: regex_audit.adversarial(8000, scope) for scope in ("document", "note")}


def test_no_pattern_is_super_linear():
    slow = []
    for found in regex_audit.patterns():
        for label, text in INPUTS[found.scope]:
            timing = regex_audit.superlinear(found.pattern, text)
            if timing:
                t1, t2 = timing
                slow.append(f"{found.where} on {label}: {t1:.3f}s at 2k chars, {t2:.3f}s at 8k  /{found.pattern.pattern[:120]}/")
    assert slow == [], "super-linear patterns:\n" + "\n".join(slow)


def test_every_stage_is_audited():
    where = " ".join(f.where for f in regex_audit.patterns())
    for module in ("citex.notes", "citex.sources", "citex.segment", "citex.parse.", "citex.resolve", "citex.export."):
        assert module in where


def test_citex_writes_its_patterns_with_regex_but_for_a_character_class_scan():
    assert regex_audit.uses_stdlib_re() == []


@pytest.mark.parametrize(
    ("pattern", "token", "flagged"),
    [
        pytest.param(r"\s+(?:in|at)\s+", " ", True, id="leading-space-run"),
        pytest.param(r"(?<!\s)\s+(?:in|at)\s+", " ", False, id="leading-space-run-anchored"),
        pytest.param(r"(\d+)\s*[-–]+\s*(\d+)", "1", True, id="digit-run"),
        pytest.param(r"[,.;]+$", ",", True, id="trailing-punctuation-run"),
        pytest.param(r"(?<![,.;])[,.;]+$", ",", False, id="trailing-punctuation-anchored"),
        pytest.param(r"\(([^()]{0,200})\)", "(", False, id="bounded-scan"),
    ],
)
def test_the_audit_tells_quadratic_from_linear(pattern, token, flagged):
    text = token * 4000 + "\x01"
    assert bool(regex_audit.superlinear(regex.compile(pattern), text, small=1000)) is flagged


def _endings() -> list[str]:
    """Every note and every word-prefix of every note of the fixtures: real citation endings."""
    import random

    import citex
    from citex import sources

    root = regex_audit.PACKAGE_DIR.parent / "fixtures"
    texts: list[str] = []
    for path in sorted(root.iterdir()):
        if path.suffix in (".txt", ".md", ".html"):
            doc = citex.extract(sources.read_path(str(path)).text, name=path.name)
            texts += [n.text for n in doc.notes]
    out = set()
    for text in texts:
        words = text.split(" ")
        for i in range(1, len(words) + 1):
            out.add(" ".join(words[:i]))
    rng = random.Random(7)  # token soup: the shapes no fixture has
    for _ in range(3000):
        out.add("".join(rng.choices(regex_audit.TOKENS, k=rng.randint(0, 12))))
    return sorted(out)


def test_patterns_run_backwards_find_what_they_find_forwards():
    """Patterns anchored at the end are compiled with REVERSE, so that a search starts at the
    end instead of failing at every earlier position.  On real note endings and token soup,
    each must find exactly what it finds run forwards: same span, same groups."""
    backwards = [f for f in regex_audit.patterns() if f.pattern.flags & regex.REVERSE]
    assert len(backwards) >= 5  # the check is not empty
    endings = _endings()
    differ = []
    for found in backwards:
        forward = regex.compile(found.pattern.pattern, found.pattern.flags & ~regex.REVERSE)
        for text in endings:
            a, b = forward.search(text), found.pattern.search(text)
            if (a and (a.span(), a.groups())) != (b and (b.span(), b.groups())):
                differ.append(f"{found.where}: {text[-60:]!r}: {a and a.span()} forwards, {b and b.span()} backwards")
                break
    assert differ == [], "\n".join(differ)


def test_no_pattern_holds_a_backspace():
    """A pattern written "\\binterview" in a plain string holds a backspace before the word (and "\\a" a bell),
    which no text holds; a range of control characters in a class ("[\\x00-\\x08]") is no such slip."""
    bad = [f"{found.where}: {found.pattern.pattern[:80]!r}" for found in regex_audit.patterns()
           if regex.search(r"[\x07\x08][\p{L}(\\]", found.pattern.pattern)]
    assert bad == []
