"""Enormous and pathological inputs finish in seconds and lose no note.

Each case runs the real command in a child process with a hard timeout, so a hang fails the
test instead of stalling the suite.  The budgets are several times what a laptop needs, for a
busy CI machine; a super-linear pattern or loop overshoots them by orders of magnitude.
"""
from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

import pytest

DATA = Path(__file__).parent / "data"
ARTICLE = (DATA / "article.txt").read_text(encoding="utf-8")
PROSE, NOTES = ARTICLE.split("\nNotes\n")
NOTE_LINES = [line for line in NOTES.strip().splitlines()]
NOTE_TEXTS = [line.split(". ", 1)[1] for line in NOTE_LINES]


def run_extract(tmp_path: Path, text: str, budget: float) -> tuple[int, dict, float]:
    """Write ``text``, run ``citex extract`` on it; (exit code, JSON document, seconds)."""
    source = tmp_path / "article.txt"
    source.write_text(text, encoding="utf-8")
    out = tmp_path / "out.json"
    start = time.perf_counter()
    result = subprocess.run(
        [sys.executable, "-m", "citex.cli", "extract", str(source), "-o", str(out)],
        capture_output=True, timeout=budget * 3,
    )
    elapsed = time.perf_counter() - start
    assert b"Traceback" not in result.stderr and b"internal error" not in result.stderr, result.stderr[-2000:]
    return result.returncode, json.loads(out.read_text(encoding="utf-8")), elapsed


def notes_section(texts: list[str]) -> str:
    return "\nNotes\n\n" + "".join(f"{i}. {t}\n" for i, t in enumerate(texts, 1))


def one_line(size: int) -> str:
    flat = " ".join(PROSE.split())
    return (flat * (size // len(flat) + 1))[:size]


def test_a_2mb_single_line_file(tmp_path):
    code, doc, elapsed = run_extract(tmp_path, one_line(2_000_000), budget=20)
    assert code == 4 and doc["notes"] == []
    assert elapsed < 20


def test_a_2mb_single_line_before_the_notes(tmp_path):
    code, doc, elapsed = run_extract(tmp_path, one_line(2_000_000) + "\n" + notes_section(NOTE_TEXTS), budget=20)
    assert code == 0
    assert [n["text"] for n in doc["notes"]] == NOTE_TEXTS
    assert elapsed < 20


@pytest.mark.parametrize(
    "run",
    [
        pytest.param("(" * 100_000, id="100k-open-parentheses"),
        pytest.param(")" * 100_000, id="100k-close-parentheses"),
        pytest.param('"' * 100_000, id="100k-straight-quotes"),
        pytest.param("“" * 100_000, id="100k-curly-quotes"),
        pytest.param("'" * 100_000, id="100k-apostrophes"),
        pytest.param("*" * 100_000, id="100k-asterisks"),
        pytest.param("[" * 100_000, id="100k-brackets"),
        pytest.param("(“*" * 33_334, id="100k-mixed-openers"),
        pytest.param("Ibid., " * 15_000, id="15k-ibids"),
        pytest.param("1" * 100_000, id="100k-digits"),
        pytest.param("a." * 50_000, id="50k-dotted-letters"),
        pytest.param("www.a" * 20_000, id="20k-domain-labels"),
        pytest.param(", " * 50_000, id="50k-commas"),
        pytest.param("; and " * 20_000, id="20k-conjunctions"),
    ],
)
def test_a_note_of_100k_openers_or_quotes(tmp_path, run):
    texts = [*NOTE_TEXTS[:3], run, *NOTE_TEXTS[3:]]
    code, doc, elapsed = run_extract(tmp_path, PROSE + notes_section(texts), budget=20)
    assert code == 0
    assert [n["number"] for n in doc["notes"]] == list(range(1, len(texts) + 1))
    assert [n["text"] for n in doc["notes"]] == [" ".join(t.split()) for t in texts]
    assert elapsed < 20


def test_a_10mb_document(tmp_path):
    prose = (PROSE + "\n") * (10_000_000 // (len(PROSE) + 1))
    code, doc, elapsed = run_extract(tmp_path, prose + notes_section(NOTE_TEXTS), budget=30)
    assert code == 0
    assert [n["text"] for n in doc["notes"]] == NOTE_TEXTS
    assert elapsed < 30


@pytest.mark.parametrize(
    "form",
    [
        pytest.param("{n}. {text}\n", id="numbered-list"),
        pytest.param("[^{n}]: {text}\n", id="markdown-footnotes"),
    ],
)
def test_10001_notes_are_all_kept_in_order(tmp_path, form):
    texts = [NOTE_TEXTS[i % len(NOTE_TEXTS)] for i in range(10_001)]
    notes = "\nNotes\n\n" + "".join(form.format(n=i, text=t) for i, t in enumerate(texts, 1))
    code, doc, elapsed = run_extract(tmp_path, PROSE + notes, budget=60)
    assert code == 0
    assert [n["number"] for n in doc["notes"]] == list(range(1, 10_002))
    assert [n["text"] for n in doc["notes"]] == texts
    assert elapsed < 60
