"""`citex batch`: finding articles, one output set per article, summary.jsonl, resumption,
failing articles, atomic writes and Ctrl-C."""
from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import pytest

from citex import batch
from citex.batch import DEFAULT_FORMATS, OUTPUT_SUFFIX, TMP_MARK, find_articles, parse_formats, run_batch
from citex.errors import EXIT_INPUT, EXIT_USAGE, CitexError

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "fixtures"
CITEX = [sys.executable, "-m", "citex.cli"]

# A short article of our own with two notes, fast enough to run many times.
SMALL = """Fieldwork in the valley

Growers said the eradication teams came twice a year.^[1] The ministry's figures disagree.^[2]

Notes

1. Interview with a coca grower, Pichari, Peru, May 14, 2013.
2. Ministry of the Interior, Annual Report on Eradication (Lima: Ministerio del Interior, 2013), 12.
"""
NO_NOTES = "A short text that cites nothing at all.\n"


def fixture_articles() -> list[Path]:
    """The fixture articles: each has its gold annotation beside it (NAME.gold.json)."""
    return sorted(p for p in FIXTURES.iterdir()
                  if p.suffix in batch.ARTICLE_EXTENSIONS and (FIXTURES / f"{p.stem}.gold.json").exists())


def write(path: Path, text: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    return path


def read_summary(outdir: Path) -> list[dict]:
    with open(outdir / "summary.jsonl", encoding="utf-8") as fh:
        return [json.loads(line) for line in fh]


def run_cli(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run([*CITEX, *args], capture_output=True, text=True, cwd=cwd,
                          env={**os.environ, "PYTHONPATH": str(ROOT)})


# --- finding articles ---------------------------------------------------------------------------

@pytest.mark.parametrize("layout, inputs, expected", [
    pytest.param(["a.txt", "b.md", "c.html", "d.pdf", "notes.docx", "e.png", "f.odt", ".hidden.txt"], ["in"],
                 ["a", "b", "c", "d", "notes"],
                 id="folder-keeps-articles-only"),
    pytest.param(["x/a.txt", "y/z/b.txt", ".git/c.txt"], ["in"], ["x/a", "y/z/b"], id="subfolders-mirrored"),
    pytest.param(["a.txt", "b.txt", "c.md"], ["in/*.txt"], ["a", "b"], id="glob"),
    pytest.param(["deep/a.txt", "deep/er/b.md"], ["in/**/*.md"], ["b"], id="recursive-glob"),
    pytest.param(["a.text.bak"], ["in/a.text.bak"], ["a.text"], id="a-named-file-whatever-its-name"),
    pytest.param(["a.txt"], ["in/a.txt", "in/../in/a.txt"], ["a"], id="same-file-twice-once"),
    pytest.param(["a.txt", "a.html", "b.md"], ["in"], ["a.html", "a.txt", "b"], id="same-name-two-formats"),
])
def test_find_articles(tmp_path, monkeypatch, layout, inputs, expected):
    for name in layout:
        write(tmp_path / "in" / name, SMALL)
    monkeypatch.chdir(tmp_path)
    jobs = find_articles(inputs, "out")
    assert [os.path.relpath(j.base, "out") for j in jobs] == expected


def test_find_articles_skips_the_output_folder_inside_an_input(tmp_path):
    write(tmp_path / "in" / "a.md", SMALL)
    write(tmp_path / "in" / "out" / "old.md", "an audit written by an earlier run")
    jobs = find_articles([str(tmp_path / "in")], str(tmp_path / "in" / "out"))
    assert [Path(j.source).name for j in jobs] == ["a.md"]


@pytest.mark.parametrize("layout, inputs, code, words", [
    pytest.param([], ["missing.txt"], EXIT_INPUT, "no such file", id="missing"),
    pytest.param(["a.txt"], ["in/*.html"], EXIT_INPUT, "no file matches", id="glob-matches-nothing"),
    pytest.param(["a.odt", "b.png"], ["in"], EXIT_INPUT, "no articles", id="folder-without-articles"),
    pytest.param(["x/a.txt", "y/a.txt"], ["in/x/a.txt", "in/y/a.txt"], EXIT_USAGE, "would both write",
                 id="two-articles-one-name"),
    pytest.param([], [], EXIT_USAGE, "no input", id="nothing-given"),
])
def test_find_articles_refuses(tmp_path, monkeypatch, layout, inputs, code, words):
    for name in layout:
        write(tmp_path / "in" / name, SMALL)
    monkeypatch.chdir(tmp_path)
    with pytest.raises(CitexError) as err:
        find_articles(inputs, "out")
    assert err.value.exit_code == code
    assert words in err.value.message


@pytest.mark.parametrize("values, expected", [
    pytest.param((), DEFAULT_FORMATS, id="default"),
    pytest.param(("bibtex",), ("bibtex",), id="one"),
    pytest.param(("json,csl-json",), ("json", "csl-json"), id="comma-separated"),
    pytest.param(("json", "BibTeX", "json"), ("json", "bibtex"), id="repeated-and-case"),
])
def test_parse_formats(values, expected):
    assert parse_formats(values) == expected


def test_parse_formats_refuses_an_unknown_one():
    with pytest.raises(CitexError, match="unknown format 'ris'") as err:
        parse_formats(["json,ris"])
    assert err.value.exit_code == EXIT_USAGE


# --- a whole batch ------------------------------------------------------------------------------

def test_two_hundred_copies_of_the_fixtures(tmp_path):
    sources = fixture_articles()
    assert sources, "no fixture articles found"
    (tmp_path / "in").mkdir()
    for i in range(200):
        src = sources[i % len(sources)]
        shutil.copyfile(src, tmp_path / "in" / f"{i:03d}-{src.name}")
    out = tmp_path / "out"
    result = run_batch([str(tmp_path / "in")], str(out), jobs=2)
    assert (result.total, result.ok, result.failed, result.skipped) == (200, 200, 0, 0)
    records = read_summary(out)
    assert len(records) == 200
    assert len({r["source"] for r in records}) == 200
    for record in records:
        assert record["status"] == "ok", record
        assert record["notes"] > 0 and record["works"] > 0
        assert set(record) >= {"notes", "citations", "works", "families", "warnings", "seconds", "outputs"}
        assert sum(record["families"].values()) == record["works"]
        assert len(record["outputs"]) == len(DEFAULT_FORMATS)
    suffixes = Counter("." + p.name.split(".", 1)[1] for p in out.iterdir() if p.name != "summary.jsonl")
    assert suffixes == {OUTPUT_SUFFIX[fmt]: 200 for fmt in DEFAULT_FORMATS}
    assert all(p.stat().st_size > 0 for p in out.iterdir())
    by_name = {Path(r["source"]).name: r for r in records}
    doc = json.loads((out / "000-" f"{sources[0].stem}.json").read_text(encoding="utf-8"))
    assert len(doc["notes"]) == by_name[f"000-{sources[0].name}"]["notes"]


def test_same_notes_as_extract(tmp_path):
    """A batch's JSON output is exactly what `citex extract` writes for the same article."""
    import citex

    src = write(tmp_path / "in" / "small.txt", SMALL)
    run_batch([str(src)], str(tmp_path / "out"), formats=["json"], jobs=1)
    assert (tmp_path / "out" / "small.json").read_text(encoding="utf-8") == citex.dumps(citex.extract(str(src)))


def test_failing_articles_are_recorded_and_counted(tmp_path):
    write(tmp_path / "in" / "good.txt", SMALL)
    write(tmp_path / "in" / "empty.txt", "")
    write(tmp_path / "in" / "binary.txt", b"\x7fELF\x02\x01\x01" + bytes(range(256)) * 8)
    write(tmp_path / "in" / "plain.txt", NO_NOTES)
    result = run_batch([str(tmp_path / "in")], str(tmp_path / "out"), formats=["json"], jobs=2)
    assert (result.ok, result.no_notes, result.failed) == (1, 1, 2)
    assert result.exit_code == batch.EXIT_SOME_FAILED
    status = {Path(r["source"]).name: r for r in read_summary(tmp_path / "out")}
    assert status["good.txt"]["status"] == "ok"
    assert status["plain.txt"]["status"] == "no-notes" and status["plain.txt"]["notes"] == 0
    for name in ("empty.txt", "binary.txt"):
        assert status[name]["status"] == "failed"
        assert name in status[name]["error"] and "\n" not in status[name]["error"]
        assert not (tmp_path / "out" / name.replace(".txt", ".json")).exists()
    assert (tmp_path / "out" / "good.json").exists() and (tmp_path / "out" / "plain.json").exists()


def test_an_internal_error_fails_one_article_only(tmp_path, monkeypatch):
    """A bug in a stage on one article is recorded for that article; the others are done."""
    from citex import pipeline

    real = pipeline.extract

    def flaky(source, **kwargs):
        if "bad" in str(source):
            raise ValueError("a stage broke")
        return real(source, **kwargs)

    monkeypatch.setattr(pipeline, "extract", flaky)
    write(tmp_path / "in" / "good.txt", SMALL)
    write(tmp_path / "in" / "bad.txt", SMALL)
    result = run_batch([str(tmp_path / "in")], str(tmp_path / "out"), formats=["json"], jobs=1)
    assert (result.ok, result.failed) == (1, 1)
    bad = [r for r in read_summary(tmp_path / "out") if r["status"] == "failed"]
    assert bad[0]["error"] == "internal error: ValueError: a stage broke"


def test_resumption_skips_up_to_date_articles(tmp_path):
    for name in ("a", "b", "c"):
        write(tmp_path / "in" / f"{name}.txt", SMALL)
    write(tmp_path / "in" / "broken.txt", "")
    out = tmp_path / "out"
    first = run_batch([str(tmp_path / "in")], str(out), formats=["json", "csl-json"], jobs=1)
    assert (first.ok, first.skipped, first.failed) == (3, 0, 1)
    stamps = {p.name: p.stat().st_mtime_ns for p in out.iterdir() if p.name != "summary.jsonl"}

    again = run_batch([str(tmp_path / "in")], str(out), formats=["json", "csl-json"], jobs=1)
    assert (again.ok, again.skipped, again.failed) == (0, 3, 1)  # the failing one is tried again
    assert {p.name: p.stat().st_mtime_ns for p in out.iterdir() if p.name != "summary.jsonl"} == stamps
    records = {Path(r["source"]).name: r for r in read_summary(out)}
    assert len(records) == 4  # the summary stays complete
    assert records["a.txt"]["skipped"] is True and records["a.txt"]["notes"] == first.notes // 3

    later = time.time() + 5
    os.utime(tmp_path / "in" / "b.txt", (later, later))  # b changed after its outputs were written
    changed = run_batch([str(tmp_path / "in")], str(out), formats=["json", "csl-json"], jobs=1)
    assert (changed.ok, changed.skipped) == (1, 2)
    assert {Path(r["source"]).name for r in read_summary(out) if not r.get("skipped")} == {"b.txt", "broken.txt"}

    more = run_batch([str(tmp_path / "in")], str(out), formats=["json", "bibtex"], jobs=1)
    assert more.skipped == 0  # a new format: every article is redone

    forced = run_batch([str(tmp_path / "in")], str(out), formats=["json", "bibtex"], jobs=1, force=True)
    assert (forced.ok, forced.skipped) == (3, 0)


def test_an_article_without_a_summary_line_is_redone(tmp_path):
    """Outputs written by a worker whose record never reached summary.jsonl (Ctrl-C) are redone."""
    write(tmp_path / "in" / "a.txt", SMALL)
    out = tmp_path / "out"
    run_batch([str(tmp_path / "in")], str(out), formats=["json"], jobs=1)
    (out / "summary.jsonl").write_text("", encoding="utf-8")
    again = run_batch([str(tmp_path / "in")], str(out), formats=["json"], jobs=1)
    assert (again.ok, again.skipped) == (1, 0)


# --- atomic writes and Ctrl-C ---------------------------------------------------------------------

def test_write_atomic_leaves_the_old_file_when_writing_fails(tmp_path, monkeypatch):
    target = write(tmp_path / "a.json", "old")

    class Boom:
        def __init__(self, *args, **kwargs):
            self.fh = open(*args, **kwargs)  # noqa: SIM115

        def __enter__(self):
            return self

        def __exit__(self, *exc):
            self.fh.close()

        def write(self, text):
            self.fh.write(text[:3])
            raise KeyboardInterrupt  # Ctrl-C in the middle of a write

    monkeypatch.setattr(batch, "open", Boom, raising=False)
    with pytest.raises(KeyboardInterrupt):
        batch.write_atomic(str(target), "new contents")
    assert target.read_text() == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["a.json"]


def test_leftover_temporary_files_are_swept(tmp_path):
    write(tmp_path / "in" / "a.txt", SMALL)
    leftover = write(tmp_path / "out" / f"a.json{TMP_MARK}999", "{half")
    run_batch([str(tmp_path / "in")], str(tmp_path / "out"), formats=["json"], jobs=1)
    assert not leftover.exists()


def test_ctrl_c_leaves_only_complete_files_and_the_batch_continues(tmp_path):
    seed = FIXTURES / "zech-2014-peru.txt"
    (tmp_path / "in").mkdir()
    for i in range(40):
        shutil.copyfile(seed, tmp_path / "in" / f"a{i:02d}.txt")
    out = tmp_path / "out"
    proc = subprocess.Popen(
        [*CITEX, "batch", "in", "-o", "out", "-f", "json,csl-json", "--jobs", "2"], cwd=tmp_path,
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, start_new_session=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))  # as a terminal's Ctrl-C would find it
    deadline = time.time() + 60
    while time.time() < deadline:
        if (out / "summary.jsonl").exists() and (out / "summary.jsonl").read_text().count("\n") >= 2:
            break
        time.sleep(0.02)
    os.killpg(proc.pid, signal.SIGINT)  # Ctrl-C reaches the parent and its workers alike
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 130, err
    assert "Traceback" not in err and "interrupted after" in err
    assert not [p for p in out.iterdir() if TMP_MARK in p.name]
    for path in out.glob("*.json"):
        json.loads(path.read_text(encoding="utf-8"))  # every output is whole
    done = read_summary(out)  # every line is whole
    assert 2 <= len(done) < 40

    again = run_cli("batch", "in", "-o", "out", "-f", "json,csl-json", "--jobs", "2", cwd=tmp_path)
    assert again.returncode == 0, again.stderr
    assert len(read_summary(out)) == 40
    assert f"{len(done)} up to date" in again.stderr


# --- the command line ----------------------------------------------------------------------------

def test_cli_batch_exit_codes_and_quiet_output(tmp_path):
    write(tmp_path / "in" / "a.txt", SMALL)
    ok = run_cli("batch", "in", "-o", "out", "-f", "json", cwd=tmp_path)
    assert ok.returncode == 0, ok.stderr
    assert ok.stdout == ""
    assert "\r" not in ok.stderr  # no progress bar when stderr is not a terminal
    assert ok.stderr.startswith("citex: 1 article: 1 done")

    write(tmp_path / "in" / "empty.txt", "")
    failed = run_cli("batch", "in", "-o", "out", "-f", "json", cwd=tmp_path)
    assert failed.returncode == batch.EXIT_SOME_FAILED
    assert "citex: failed:" in failed.stderr and "empty file" in failed.stderr

    quiet = run_cli("batch", "in", "-o", "out", "-f", "json", "-q", cwd=tmp_path)
    assert quiet.stderr == "" and quiet.returncode == batch.EXIT_SOME_FAILED


@pytest.mark.parametrize("args, code, words", [
    pytest.param(["batch", "nowhere", "-o", "out"], EXIT_INPUT, "no such file or folder", id="missing-input"),
    pytest.param(["batch", "in", "-o", "out", "-f", "pdf"], EXIT_USAGE, "unknown format 'pdf'", id="bad-format"),
    pytest.param(["batch", "in"], EXIT_USAGE, "-o", id="no-output-folder"),
    pytest.param(["batch", "in", "-o", "in/a.txt"], EXIT_USAGE, "is a file", id="output-is-a-file"),
])
def test_cli_batch_refuses_bad_usage(tmp_path, args, code, words):
    write(tmp_path / "in" / "a.txt", SMALL)
    proc = run_cli(*args, cwd=tmp_path)
    assert proc.returncode == code, proc.stderr
    assert words in proc.stderr and proc.stderr.count("\n") == 1 and "Traceback" not in proc.stderr


def test_progress_shows_counts_and_rate():
    import io

    stream = io.StringIO()
    show = batch.Progress(stream, interval=0)
    result = batch.BatchResult(total=10, ok=3, failed=1, seconds=2.0)
    show(result)
    show.close()
    line = stream.getvalue()
    assert line.startswith("\r[") and "4/10 articles" in line and "1 failed" in line and "2.0/s" in line
    assert line.endswith("\n")
