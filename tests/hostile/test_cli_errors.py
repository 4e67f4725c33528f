"""The command on bad input: one line on stderr, the documented exit code, never a traceback."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from citex.errors import EXIT_INPUT, EXIT_NO_NOTES, EXIT_USAGE

DATA = Path(__file__).parent / "data"


def citex(*args: str, stdin: bytes | None = None, cwd: Path | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "citex.cli", *args], input=stdin, capture_output=True, timeout=120, cwd=cwd,
        env={**os.environ, "CITEX_DEBUG": ""},
    )


def one_error_line(result: subprocess.CompletedProcess) -> str:
    err = result.stderr.decode("utf-8")
    assert "Traceback" not in err
    lines = err.splitlines()
    assert len(lines) == 1, err
    return lines[0]


CASES = [
    pytest.param(["extract", "no-such-article.txt"], EXIT_INPUT, "no such file", id="missing"),
    pytest.param(["extract", "."], EXIT_INPUT, "is a directory", id="directory"),
    pytest.param(["extract", "/dev/null"], EXIT_INPUT, "not a regular file", id="device"),
    pytest.param(["extract", "image.png"], EXIT_INPUT, "PNG image", id="binary-image"),
    pytest.param(["extract", "random.bin"], EXIT_INPUT, "binary content", id="binary-random"),
    pytest.param(["extract", "article.docx"], EXIT_INPUT, "not well-formed XML", id="word-document-with-broken-xml"),
    pytest.param(["extract", "empty.txt"], EXIT_INPUT, "empty", id="empty"),
    pytest.param(["extract", "bom-only.txt"], EXIT_INPUT, "empty", id="bom-only"),
    pytest.param(["extract", "article.txt", "--format", "xml"], EXIT_USAGE, "'xml' is not one of", id="unknown-format"),
    pytest.param(["extract", "article.txt", "--input-format", "rtf"], EXIT_USAGE, "'rtf' is not one of",
                 id="unknown-input-format"),
    pytest.param(["extract", "article.txt", "--no-such-option"], EXIT_USAGE, "No such option", id="unknown-option"),
    pytest.param(["extract"], EXIT_USAGE, "Missing argument", id="no-article"),
    pytest.param(["summarise", "article.txt"], EXIT_USAGE, "No such command", id="unknown-command"),
]


@pytest.mark.parametrize(("args", "code", "phrase"), CASES)
def test_bad_input_is_one_line_and_an_exit_code(args, code, phrase):
    result = citex(*args, cwd=DATA)
    assert result.returncode == code
    line = one_error_line(result)
    assert line.startswith("citex: error:") and phrase in line
    assert result.stdout == b""


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads every file")
def test_unreadable_file(tmp_path):
    path = tmp_path / "locked.txt"
    path.write_text("Notes\n\n1. Ibid.\n", encoding="utf-8")
    path.chmod(0)
    result = citex("extract", str(path))
    assert result.returncode == EXIT_INPUT
    assert "permission denied" in one_error_line(result)


def test_no_notes_exits_4_with_the_json_saying_why():
    result = citex("extract", "no-notes.txt", cwd=DATA)
    assert result.returncode == EXIT_NO_NOTES
    assert "no notes" in one_error_line(result)
    doc = json.loads(result.stdout)
    assert doc["notes"] == [] and "no-notes" in [w["code"] for w in doc["warnings"]]


def test_stdin_empty_and_binary():
    assert citex("extract", "-", stdin=b"").returncode == EXIT_INPUT
    result = citex("extract", "-", stdin=b"\x89PNG\r\n\x1a\n" + bytes(64))
    assert result.returncode == EXIT_INPUT and "PNG" in one_error_line(result)


def test_a_hostile_file_name_stays_on_one_line(tmp_path):
    result = citex("extract", str(tmp_path / "notes\n\x1b[2Jarticle.txt"))
    assert result.returncode == EXIT_INPUT
    line = one_error_line(result)
    assert "\\n" in line and "\x1b" not in line


def test_a_legacy_file_is_read_with_a_warning_and_exit_0():
    result = citex("extract", "cp1252.txt", cwd=DATA)
    assert result.returncode == 0
    doc = json.loads(result.stdout)
    assert len(doc["notes"]) == 9
    assert "encoding-fallback" in [w["code"] for w in doc["warnings"]]
    assert any("Qué difícil es ser Dios" in n["text"] for n in doc["notes"])


def test_a_batch_of_broken_files_reports_each_and_goes_on(tmp_path):
    result = citex("batch", str(DATA), "-o", str(tmp_path / "out"))
    assert result.returncode == 1  # some articles failed; the others were done
    assert b"Traceback" not in result.stderr
    summary = [json.loads(line) for line in (tmp_path / "out" / "summary.jsonl").read_text(encoding="utf-8").splitlines()]
    status = {Path(r["source"]).name: r["status"] for r in summary}
    assert status["no-notes.txt"] == "no-notes"
    assert status["empty.txt"] == status["bom-only.txt"] == "failed"
    assert status["cp1252.txt"] == status["utf16le-no-bom.txt"] == status["controls.txt"] == "ok"
    assert all(r["notes"] == 9 for r in summary if r["status"] == "ok" and r["source"].endswith(
        ("bom.txt", "crlf.txt", "cp1252.txt", "controls.txt", "nfd.txt", "mac-cr.txt", "padded.txt")))


def test_writing_to_a_device_or_through_a_link_leaves_them_what_they_are(tmp_path):
    """"-o /dev/null" or "-o <pipe>" writes into it (a rename would put a file in its place); a link
    keeps pointing at its file, which gets the output.  A pipe stands in for the device here, so that
    a failure cannot replace the machine's /dev/null."""
    import stat
    import threading

    seed = Path(__file__).parents[2] / "fixtures" / "zech-2014-peru.txt"
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    received: list[bytes] = []
    reader = threading.Thread(target=lambda: received.append(fifo.read_bytes()), daemon=True)
    reader.start()
    assert citex("extract", str(seed), "--format", "json", "-o", str(fifo)).returncode == 0
    reader.join(timeout=30)
    assert stat.S_ISFIFO(os.stat(fifo).st_mode) and json.loads(received[0])["notes"]
    target = tmp_path / "out.json"
    target.write_text("old")
    link = tmp_path / "link.json"
    link.symlink_to(target)
    assert citex("extract", str(seed), "--format", "json", "-o", str(link)).returncode == 0
    assert link.is_symlink() and json.loads(target.read_text())["notes"]
