"""The Python API mirrors the command line: extract, dumps, audit_report, run_batch; and
`import citex` / the CLI import only what a command needs."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

import citex
from citex.model import Document

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "fixtures" / "zech-2014-peru.txt"

# A short markdown article of our own with footnotes.
ARTICLE = """The council met twice in March.[^1] Its minutes were never published.[^2]

[^1]: María Pérez, "Councils and Their Critics," *Latin American Review* 12, no. 2 (2015): 33-58.
[^2]: Ibid., 40.
"""


@pytest.fixture(scope="module")
def seed_doc() -> Document:
    return citex.extract(str(SEED))


@pytest.mark.parametrize("make_source", [
    pytest.param(lambda: str(SEED), id="path-str"),
    pytest.param(lambda: SEED, id="pathlib"),
    pytest.param(lambda: SEED.read_bytes(), id="bytes"),
    pytest.param(lambda: SEED.read_text(encoding="utf-8"), id="text"),
])
def test_extract_takes_a_path_bytes_or_text(make_source, seed_doc):
    doc = citex.extract(make_source())
    assert isinstance(doc, Document)
    assert [(n.number, n.text) for n in doc.notes] == [(n.number, n.text) for n in seed_doc.notes]
    assert [it.id for it in doc.items] == [it.id for it in seed_doc.items]


def test_extract_names_a_text_source():
    doc = citex.extract(ARTICLE, name="council.md")
    assert doc.source == "council.md"
    assert [n.number for n in doc.notes] == [1, 2]


@pytest.mark.parametrize("fmt, check", [
    pytest.param("json", lambda text, doc: len(json.loads(text)["notes"]) == len(doc.notes), id="json"),
    pytest.param("csl-json", lambda text, doc: [it["id"] for it in json.loads(text)] == [it.id for it in doc.items],
                 id="csl-json"),
    pytest.param("csl-citations", lambda text, doc: bool(json.loads(text)), id="csl-citations"),
    pytest.param("bibtex", lambda text, doc: sum(line.startswith("@") for line in text.splitlines()) == len(doc.items),
                 id="bibtex"),
])
def test_dumps_is_the_cli_export(fmt, check, seed_doc, tmp_path):
    text = citex.dumps(seed_doc, fmt)
    assert check(text, seed_doc)
    out = tmp_path / "out"
    proc = subprocess.run([sys.executable, "-m", "citex.cli", "extract", str(SEED), "--format", fmt, "-o", str(out)],
                          capture_output=True, text=True, env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert proc.returncode == 0, proc.stderr
    assert out.read_text(encoding="utf-8") == text


def test_dumps_classic_bibtex_differs_from_biblatex(seed_doc):
    assert citex.dumps(seed_doc, "bibtex", classic=True) != citex.dumps(seed_doc, "bibtex")


def test_dumps_refuses_an_unknown_format(seed_doc):
    with pytest.raises(ValueError, match="unknown format 'ris'"):
        citex.dumps(seed_doc, "ris")


def test_audit_report_as_data_and_as_text(seed_doc):
    report = citex.audit_report(seed_doc)
    assert report["notes_summary"]["total"] == len(seed_doc.notes)
    assert json.loads(citex.audit_report(seed_doc, "json")) == report
    assert "<html" in citex.audit_report(seed_doc, "html").lower()


def test_run_batch_is_the_cli_batch(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "council.md").write_text(ARTICLE, encoding="utf-8")
    result = citex.run_batch([str(tmp_path / "in")], str(tmp_path / "out"), formats=["csl-json"], jobs=1)
    assert (result.ok, result.failed) == (1, 0)
    assert json.loads((tmp_path / "out" / "council.csl.json").read_text(encoding="utf-8"))


def test_extract_maps_over_files_as_a_plain_function(tmp_path):
    """What an engine such as Dask or Spark does: pickle the function, call it in another process."""
    import multiprocessing

    paths = []
    for i in range(3):
        path = tmp_path / f"a{i}.md"
        path.write_text(ARTICLE, encoding="utf-8")
        paths.append(str(path))
    with multiprocessing.get_context("spawn").Pool(2) as pool:
        docs = pool.map(citex.extract, paths)
    assert [d.source for d in docs] == paths
    assert all(len(d.notes) == 2 for d in docs)


def modules_after(code: str) -> set[str]:
    proc = subprocess.run([sys.executable, "-c", code + "\nimport sys; print(' '.join(sys.modules))"],
                          capture_output=True, text=True, env={**os.environ, "PYTHONPATH": str(ROOT)}, cwd=ROOT)
    assert proc.returncode == 0, proc.stderr
    return set(proc.stdout.split())


@pytest.mark.parametrize("code, absent", [
    pytest.param("import citex", {"citex.pipeline", "citex.batch", "regex", "bibtexparser", "click"},
                 id="import-citex"),
    pytest.param("import citex.cli", {"citex.pipeline", "citex.batch", "citex.parse", "bibtexparser", "bs4"},
                 id="cli-before-a-command"),
    pytest.param("import citex; citex.extract('fixtures/zech-2014-peru.txt')", {"bibtexparser", "bs4", "click"},
                 id="extract-text-needs-no-bibtex-html-or-click"),
])
def test_imports_only_what_is_needed(code, absent):
    assert not absent & modules_after(code)


def test_extract_and_dumps_leave_the_cycle_collector_as_they_found_it():
    import gc

    import citex

    assert gc.isenabled()
    doc = citex.extract("fixtures/zech-2014-peru.txt")
    citex.dumps(doc, "bibtex")
    assert gc.isenabled()
    gc.disable()
    try:
        citex.dumps(citex.extract("fixtures/zech-2014-peru.txt"), "json")
        assert not gc.isenabled()  # a caller's choice is kept
    finally:
        gc.enable()


def test_what_one_article_cached_is_forgotten_when_the_next_starts():
    # memory stays flat over a batch, and no article is read faster for text seen in an earlier one
    from citex import articlecache

    citex.extract(Path(__file__).parent.parent / "fixtures" / "zech-2014-peru.txt")
    assert max(c.cache_info().currsize for c in articlecache._CACHES) > 50
    citex.extract("Notes\n\n1. Jane Roe, *Example* (London: Example, 2010), 4.\n")
    assert max(c.cache_info().currsize for c in articlecache._CACHES) < 30
