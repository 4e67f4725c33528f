"""The exports in the programs people use them with: pandoc --citeproc, citeproc-py, biber, and
``../shared/tools/consumers/verify_exports.sh`` (CSL schema, citeproc-js, Citation.js, pandoc, biber,
bibtexparser + pybtex, LaTeX with biblatex-chicago) on the seed and on every fixture.

A program or ``../shared`` missing on a developer's machine skips its test with the reason;
with ``CI=true`` (as ``.ci/run`` runs) it fails instead: ``.ci/run`` installs them all.
"""
from __future__ import annotations

import ast
import json
import os
import re
import shutil
import subprocess
import sys
import unicodedata
import warnings
from pathlib import Path

import pytest
from bibdocs import WORKS, document, fixture_articles, hostile_document

from citex import dumps
from citex.model import Document, Name

ROOT = Path(__file__).resolve().parent.parent
STYLE = ROOT / "tests" / "data" / "chicago-notes-bibliography.csl"
CONSUMERS = ROOT.parent / "shared" / "tools" / "consumers"
SEED = ROOT / "fixtures" / "zech-2014-peru.txt"
FIXTURES = fixture_articles()
IN_CI = os.environ.get("CI") == "true"
INSTALL = {"pandoc": "apt-get install pandoc", "biber": "apt-get install biber"}


def need_program(name: str) -> str:
    path = shutil.which(name)
    if path:
        return path
    reason = f"{name} is not installed ({INSTALL.get(name, 'see .ci/run')})"
    if IN_CI:
        pytest.fail(reason + "; .ci/run must install it")
    pytest.skip(reason)


def need_consumers() -> Path:
    if (CONSUMERS / "verify_exports.sh").exists():
        return CONSUMERS
    reason = f"{CONSUMERS} not found (the shared tools sit beside the repository in CI)"
    if IN_CI:
        pytest.fail(reason)
    pytest.skip(reason)


def words(text: str) -> list[str]:
    return re.findall(r"\w+", unicodedata.normalize("NFC", text).casefold())


def shows(rendered: str, text: str) -> bool:
    """Whether the first words of ``text`` appear, in order, in a rendering (case and quotes aside)."""
    want = " ".join(words(text)[:5])
    return f" {want} " in " " + " ".join(words(rendered)) + " "


def seed_document() -> Document:
    from citex.pipeline import extract

    return extract(SEED)


def documents() -> list:
    return [pytest.param(seed_document, id="seed"),
            pytest.param(lambda: document(WORKS, interviewer=(Name("Zech", "Steven T."),)), id="sample")]


def pandoc(markdown: str, bibliography: Path, tmp_path: Path) -> subprocess.CompletedProcess:
    md = tmp_path / "doc.md"
    md.write_text("---\nlang: en-US\n---\n\n" + markdown, encoding="utf-8")
    return subprocess.run([need_program("pandoc"), str(md), "--citeproc", "--bibliography", str(bibliography),
                           "--csl", str(STYLE), "-t", "plain", "--wrap=none"],
                          capture_output=True, text=True, timeout=300, cwd=tmp_path)


# Chicago (18th ed.) leaves some works out of the bibliography on purpose (personal interviews,
# untitled or unpublished documents: "cite in notes only"), and pandoc says so:
# "[WARNING] Citeproc: Bibliography entry with no printed form: cocafarmer2013".  Those works
# must still show in their note, which the tests check; any other warning is a defect.
NO_PRINTED_FORM_RE = re.compile(r"Bibliography entry with no printed form: (\S+)")


def unexpected_warnings(stderr: str, doc: Document) -> list[str]:
    keys = {it.id for it in doc.items}
    return [line for line in stderr.splitlines() if line.strip()
            and not ((m := NO_PRINTED_FORM_RE.search(line)) and m.group(1) in keys)]


def label_of(item) -> str:
    work_title = item.work.title if item.work.title or item.work.parsed else item.work.raw
    return work_title or next((n.literal or n.family for n in item.work.authors), item.id)


@pytest.mark.parametrize("make_doc", documents())
@pytest.mark.parametrize("fmt, suffix", [("csl-json", ".json"), ("bibtex", ".bib")], ids=["csl-json", "bibtex"])
def test_pandoc_renders_every_item_without_warnings(make_doc, fmt, suffix, tmp_path):
    doc = make_doc()
    bib = tmp_path / f"refs{suffix}"
    bib.write_text(dumps(doc, fmt), encoding="utf-8")
    body = "".join(f"Item {i}.[@{it.id}]\n\n" for i, it in enumerate(doc.items, 1))
    run = pandoc(body, bib, tmp_path)
    assert run.returncode == 0, run.stderr
    assert unexpected_warnings(run.stderr, doc) == []  # "[WARNING] Citeproc: citation KEY not found" and the like
    missing = [it.id for it in doc.items if not shows(run.stdout, label_of(it))]
    assert missing == []


def citations_markdown(cites: list[dict]) -> str:
    """The notes again, as pandoc markdown: one footnote per CSL citation."""
    body, notes = [], []
    for c in cites:
        n = c["properties"]["noteIndex"]
        parts = []
        for entry in c["citationItems"]:
            part = (entry.get("prefix", "") + " @" + entry["id"]).strip()
            if "locator" in entry:
                part += f", {entry['label']} {entry['locator']}"
            parts.append(part)
        body.append(f"Sentence {c['citationID']}.[^{c['citationID']}]")
        notes.append(f"[^{c['citationID']}]: " + (f"[{'; '.join(parts)}]." if parts else f"A note without citation ({n})."))
    return " ".join(body) + "\n\n" + "\n".join(notes) + "\n"


@pytest.mark.parametrize("make_doc", documents())
def test_pandoc_sets_the_notes_again_from_csl_citations(make_doc, tmp_path):
    doc = make_doc()
    refs = tmp_path / "refs.json"
    refs.write_text(dumps(doc, "csl-json"), encoding="utf-8")
    cites = json.loads(dumps(doc, "csl-citations"))
    run = pandoc(citations_markdown(cites), refs, tmp_path)
    assert run.returncode == 0, run.stderr
    assert unexpected_warnings(run.stderr, doc) == []
    footnotes = run.stdout.split("\n[1]", 1)[-1]
    cited = {e["id"] for c in cites for e in c["citationItems"]}
    assert cited, "the document cites nothing"
    missing = [it.id for it in doc.items if it.id in cited and not shows(footnotes, label_of(it))]
    assert missing == []
    assert footnotes.count("A note without citation") == sum(1 for c in cites if not c["citationItems"])


@pytest.mark.parametrize("make_doc", documents())
def test_citeproc_py_renders_the_bibliography(make_doc):
    from citeproc import Citation, CitationItem, CitationStylesBibliography, CitationStylesStyle, formatter
    from citeproc.source.json import CiteProcJSON

    doc = make_doc()
    items = json.loads(dumps(doc, "csl-json"))
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # citeproc-py warns about CSL features it does not implement
        style = CitationStylesStyle(str(STYLE), validate=False)
        bib = CitationStylesBibliography(style, CiteProcJSON(items), formatter.plain)
        for it in items:
            bib.register(Citation([CitationItem(it["id"])]))
        entries = [str(e) for e in bib.bibliography()]
    # Chicago lists neither personal interviews nor unpublished documents in the bibliography.
    titled = [it for it in items if it.get("title") and it["type"] not in ("interview", "document")]
    assert len(entries) >= len(titled) and all(e.strip() for e in entries)
    missing = [it["id"] for it in titled if not any(shows(e, it["title"]) for e in entries)]
    assert missing == []


@pytest.mark.parametrize("make_doc", documents() + [pytest.param(hostile_document, id="hostile")])
def test_biber_reads_every_entry(make_doc, tmp_path):
    biber = need_program("biber")
    doc = make_doc()
    (tmp_path / "in.bib").write_text(dumps(doc, "bibtex"), encoding="utf-8")
    run = subprocess.run([biber, "--tool", "--validate-datamodel", "--nolog", "--output-file", "out.bib", "in.bib"],
                         capture_output=True, text=True, timeout=300, cwd=tmp_path)
    log = run.stdout + run.stderr
    assert run.returncode == 0 and "ERROR" not in log, log
    written = re.findall(r"^@\w+\{([^,\s]+),", (tmp_path / "out.bib").read_text(encoding="utf-8"), re.M)
    assert sorted(written) == sorted(it.id for it in doc.items)


# --- verify_exports.sh -----------------------------------------------------------------------------

QUOTES = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"'})
FIELD_FAIL_RE = re.compile(r"^FAIL \[(?P<check>[^\]]+)\] (?P<key>\S+): (?P<field>[\w-]+) JSON=(?P<a>.*) "
                           r"(?P<who>pandoc|Citation\.js)\(\.bib\)=(?P<b>.*)$", re.M)
DECODE_FAIL_RE = re.compile(r"^FAIL \[bibtex-parsers\] \S+ decodes to (?P<b>.*), JSON [\w-]+ is (?P<a>.*)$", re.M)
RENDER_FAIL_RE = re.compile(r"^FAIL \[pandoc\] (?P<key>\S+) \(\S+\) (?:note|bibliography) differs:\n"
                            r"\s+\.bib : (?P<b>.*)\n\s+\.json: (?P<a>.*)$", re.M)
# pdftotext joins a line that LaTeX broke after a hyphen and drops the hyphen ("Twentieth-" +
# "Century" -> "TwentiethCentury"), so a hyphenated title may go unfound wherever the line breaks.
PDF_TITLE_FAIL_RE = re.compile(r"^FAIL \[latex\+biber\] \S+: title (?P<a>.*) not found in the PDF text$", re.M)
SUMMARY_RE = re.compile(r"^(?P<check>\S+)\s+(?P<result>PASS|FAIL|SKIP)\s+(?P<detail>.*)$", re.M)


def unreadable_dropped(text: str) -> str:
    """What pandoc shows for a title with a lone brace or a backtick: those gone (the README's limits)."""
    from citex.export.texescape import paired_braces

    pairs = paired_braces(text)
    return "".join(ch for i, ch in enumerate(text) if ch != "`" and (ch not in "{}" or i in pairs))


def same_but_for_known_limits(a: str, b: str) -> bool:
    """Equal once typographic quotes are folded (pandoc reads TeX's ' as ’, TeX's quotes are curly)
    and, for pandoc, lone braces and backticks dropped."""
    def norm(s: str) -> str:
        return " ".join(s.translate(QUOTES).split())

    return norm(a) == norm(b) or norm(unreadable_dropped(a)) == norm(b)


def unexplained_failures(output: str) -> list[str]:
    """The FAIL lines of verify_exports.sh that the README's documented limits do not explain."""
    explained = set()
    for m in DECODE_FAIL_RE.finditer(output):
        try:
            if same_but_for_known_limits(ast.literal_eval(m["a"]), ast.literal_eval(m["b"])):
                explained.add(m.group(0))
        except (ValueError, SyntaxError):
            continue
    for m in PDF_TITLE_FAIL_RE.finditer(output):
        if re.search(r"\w-\w", m["a"]):
            explained.add(m.group(0))
    for m in FIELD_FAIL_RE.finditer(output):
        try:
            a, b = ast.literal_eval(m["a"]), ast.literal_eval(m["b"])
        except (ValueError, SyntaxError):
            continue
        if isinstance(a, list) and isinstance(b, list) and len(a) == len(b):
            ok = all(same_but_for_known_limits(x, y) for x, y in zip(a, b, strict=True))
        else:
            ok = isinstance(a, str) and isinstance(b, str) and same_but_for_known_limits(a, b)
        if ok:
            explained.add(m.group(0))
    for m in RENDER_FAIL_RE.finditer(output):
        # A work whose title pandoc cannot read whole renders differently from there on.
        if same_but_for_known_limits(m["a"], m["b"]) or unreadable_dropped(m["a"]) != m["a"]:
            explained.add(m.group(0).splitlines()[0])
    fails = [line for line in output.splitlines() if line.startswith("FAIL")]
    summaries = [line for line in fails if re.search(r"\d+ failure\(s\), \d+ warning\(s\)$", line)]
    return [line for line in fails if line not in explained and line not in summaries]


def verify(bib: Path, js: Path) -> str:
    consumers = need_consumers()
    env = dict(os.environ, CLIENTS_PYTHON=sys.executable, VERIFY_VERBOSE="0")
    run = subprocess.run(["bash", str(consumers / "verify_exports.sh"), str(bib), str(js)],
                         capture_output=True, text=True, timeout=900, env=env)
    output = run.stdout + run.stderr
    if IN_CI:  # every consumer but Zotero's translation server (not on any registry) must have run
        skipped = [m["check"] for m in SUMMARY_RE.finditer(output)
                   if m["result"] == "SKIP" and not m["check"].startswith("zotero")]
        assert skipped == [], output
    return output


def export_pair(doc: Document, tmp_path: Path) -> tuple[Path, Path]:
    bib, js = tmp_path / "refs.bib", tmp_path / "refs.json"
    bib.write_text(dumps(doc, "bibtex"), encoding="utf-8")
    js.write_text(dumps(doc, "csl-json"), encoding="utf-8")
    return bib, js


@pytest.mark.parametrize("path", FIXTURES, ids=lambda p: str(p.relative_to(ROOT / "fixtures")))
def test_verify_exports_finds_no_failure_on_a_fixture(path, tmp_path):
    from citex.pipeline import extract

    output = verify(*export_pair(extract(path), tmp_path))
    assert unexplained_failures(output) == [], output


def test_verify_exports_on_hostile_titles_fails_only_where_documented(tmp_path):
    output = verify(*export_pair(hostile_document(), tmp_path))
    assert unexplained_failures(output) == [], output
    for check in ("csl-schema", "biber", "latex+biber"):
        row = next((m for m in SUMMARY_RE.finditer(output) if m["check"] == check), None)
        assert row is None or row["result"] != "FAIL", (check, output)


@pytest.mark.parametrize("line, explained", [
    pytest.param("FAIL [pandoc] tegel2013us: title JSON=\"Peru's Battle\" pandoc(.bib)='Peru’s Battle'", True,
                 id="typographic apostrophe"),
    pytest.param("FAIL [pandoc] x: title JSON='a { b' pandoc(.bib)='a  b'", True, id="lone brace dropped"),
    pytest.param("FAIL [bibtex-parsers] x.title decodes to 'He said “no”', JSON title is 'He said \"no\"'", True,
                 id="TeX quotes decode curly"),
    pytest.param("FAIL [pandoc] x: title JSON='a {b} c' pandoc(.bib)='a b c'", False, id="paired braces must stay"),
    pytest.param("FAIL [latex+biber] x: title 'Early Twentieth-Century Bolivia' not found in the PDF text", True,
                 id="pdftotext drops a hyphen at a line end"),
    pytest.param("FAIL [latex+biber] x: title 'Early Bolivia' not found in the PDF text", False,
                 id="a title missing from the PDF"),
    pytest.param("FAIL [pandoc] x: title JSON='Peru' pandoc(.bib)='Chile'", False, id="a real difference"),
    pytest.param("FAIL [citation-js] x: author JSON=['Kay, Bruce'] Citation.js(.bib)=['Kay, B.']", False,
                 id="a lost name"),
])
def test_only_documented_limits_are_explained(line, explained):
    assert (unexplained_failures(line) == []) is explained
