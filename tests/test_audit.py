"""citex audit: the report dict, its five formats, and its agreement with the exports and the gold."""
from __future__ import annotations

import csv
import io
import json
import re
import unicodedata
from collections import Counter
from dataclasses import replace
from html.parser import HTMLParser
from pathlib import Path

import pytest
from click.testing import CliRunner
from docfactory import sample_document

from citex.audit import audit
from citex.cli import AUDIT_FORMATS, main
from citex.model import FAMILIES, FAMILY_OF_TYPE, Document, Item, Name, Note, Warning, Work
from citex.report import FORMATS, render

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "fixtures" / "zech-2014-peru.txt"
GOLD = ROOT / "fixtures" / "zech-2014-peru.gold.json"


@pytest.fixture(scope="module")
def report() -> dict:
    return audit(sample_document())


def _get(report: dict, path: str):
    value = report
    for part in path.split("."):
        value = value[int(part)] if isinstance(value, list) else value[part]
    return value


# -- the numbers ------------------------------------------------------------------------------
@pytest.mark.parametrize("path, expected", [
    pytest.param("works.total", 8, id="works-total"),
    pytest.param("works.by_family.report.count", 2, id="report-works-include-unparsed-document"),
    pytest.param("works.by_family.news.count", 3, id="news-works"),
    pytest.param("works.by_family.interview.count", 1, id="interview-works"),
    pytest.param("works.by_type.article-newspaper.count", 3, id="newspaper-type"),
    pytest.param("works.by_type.article-newspaper.share", 0.375, id="newspaper-share"),
    pytest.param("citations.total", 12, id="citations-total"),
    pytest.param("citations.by_family.news.count", 5, id="news-citations-count-ibid-and-short"),
    pytest.param("citations.by_family.book.count", 1, id="ambiguous-ibid-not-given-to-book"),
    pytest.param("citations.by_kind.ibid.count", 2, id="ibid-kind"),
    pytest.param("citations.by_kind.short.count", 2, id="short-kind"),
    pytest.param("citations.unattributed.ambiguous", 1, id="ambiguous-ibid"),
    pytest.param("citations.unattributed.unresolved", 1, id="unresolved-short"),
    pytest.param("notes_summary.commentary_only", 1, id="commentary-only-notes"),
    pytest.param("notes.4.families", ["book", "journal"], id="note5-families"),
    pytest.param("notes.9.kinds", {"full": 1, "ibid": 0, "short": 1}, id="note10-kinds"),
    pytest.param("notes.5.citations.0.family", "ambiguous", id="note6-ambiguous"),
    pytest.param("notes.6.commentary_only", True, id="note7-cites-nothing"),
    pytest.param("outlets.0.outlet", "The New York Times", id="outlet-printed-forms-merged"),
    pytest.param("outlets.0.works", 2, id="outlet-works"),
    pytest.param("outlets.0.citations", 3, id="outlet-citations-count-short-form"),
    pytest.param("outlets.0.share", 0.6, id="outlet-share-of-news-citations"),
    pytest.param("outlets.1.outlet", "El Comercio", id="second-outlet"),
    pytest.param("interviews.0.who", "coca farmer", id="interviewee"),
    pytest.param("interviews.0.where", "VRAEM, Peru", id="interview-place"),
    pytest.param("interviews.0.when", "2013-05-14", id="interview-date"),
    pytest.param("languages.en.count", 5, id="english-works"),
    pytest.param("languages.und.count", 2, id="unknown-language"),
    pytest.param("dates.oldest.date", "1990", id="oldest"),
    pytest.param("dates.newest.date", "2013-08-16", id="newest"),
    pytest.param("dates.median.date", "2011-10", id="median-lower-middle"),
    pytest.param("dates.undated", 1, id="undated"),
    pytest.param("dates.by_year.2013", 2, id="by-year"),
])
def test_audit_numbers(report, path, expected):
    assert _get(report, path) == expected


def test_totals_add_up(report):
    works, cites = report["works"], report["citations"]
    assert sum(v["count"] for v in works["by_family"].values()) == works["total"]
    assert sum(v["count"] for v in works["by_type"].values()) == works["total"]
    assert sum(v["count"] for v in cites["by_family"].values()) + sum(cites["unattributed"].values()) == cites["total"]
    assert sum(v["count"] for v in cites["by_kind"].values()) == cites["total"]
    assert list(works["by_family"]) == list(FAMILIES)


@pytest.mark.parametrize("note, code", [
    pytest.param(4, "marker-mismatch", id="marker-anomaly-warning"),
    pytest.param(6, "ambiguous", id="ambiguous-ibid"),
    pytest.param(7, "no-citation", id="note-cites-nothing"),
    pytest.param(8, "unresolved", id="unresolved-short-form"),
    pytest.param(9, "unparsed", id="unparsed-piece"),
])
def test_problem_listed(report, note, code):
    assert (note, code) in {(p["note"], p["code"]) for p in report["problems"]}


def test_problems_not_listed_twice_and_unparsed_keeps_raw(report):
    pairs = [(p["note"], p["code"]) for p in report["problems"]]
    assert len(pairs) == len(set(pairs)) == 5
    unparsed = next(p for p in report["problems"] if p["code"] == "unparsed")
    assert unparsed["raw"] == "Ministerio del Interior, doc. 44/B, on file."


def test_resolver_warning_becomes_the_reason():
    doc = sample_document()
    why = "ibid after note 5, which cites 2 works; all kept as candidates"
    doc = replace(doc, warnings=doc.warnings + (Warning("ambiguous", why, 6), Warning("ambiguous", "odd", 2)))
    problems = audit(doc)["problems"]
    ambiguous = [p for p in problems if p["code"] == "ambiguous"]
    assert [(p["note"], p.get("reason")) for p in ambiguous] == [(2, None), (6, why)]


def test_ambiguous_candidates_of_one_family_count_for_it():
    doc = sample_document()
    notes = list(doc.notes)
    ibid = replace(notes[5].citations[0], item=("neuman2012guerrilla", "romero2009cocaine"))
    notes[5] = replace(notes[5], citations=(ibid,))
    report = audit(replace(doc, notes=tuple(notes)))
    assert report["citations"]["by_family"]["news"]["count"] == 6
    assert report["citations"]["unattributed"]["ambiguous"] == 0
    assert [p["code"] for p in report["problems"] if p["note"] == 6] == ["ambiguous"]


def test_citation_pointing_outside_the_bibliography_is_unresolved():
    doc = sample_document()
    notes = list(doc.notes)
    notes[2] = replace(notes[2], citations=(replace(notes[2].citations[0], item="nowhere1999"),))
    report = audit(replace(doc, notes=tuple(notes)))
    assert report["citations"]["unattributed"]["unresolved"] == 2
    assert any(p["note"] == 3 and "nowhere1999" in p["message"] for p in report["problems"])


def test_audit_is_pure(report):
    doc = sample_document()
    assert audit(doc) == audit(doc) == report


# -- formats ----------------------------------------------------------------------------------
LONG = Work(type="article-newspaper", title="A" * 30, container="The Extraordinarily Long-Named Daily Courier of the "
            "Northern Andean Provinces and Adjacent Lowlands", date=(2013,), language="en")
INTERVIEW = Work(type="interview", authors=(Name(literal="former member of a peasant patrol committee in the "
                                                       "highlands above the Apurímac river"),),
                 place="somewhere between Pichari, Llochegua and Santa Rosa, Cusco and Ayacucho", date=(2013, 5, 14))


def _long_document() -> Document:
    doc = sample_document()
    extra = (Item("courier2013", LONG, (1,)), Item("member2013", INTERVIEW, (1,)))
    return replace(doc, items=doc.items + extra, source="/a/very/long/path/" + "x" * 90 + ".txt")


def test_every_format_has_a_cli_choice():
    assert set(AUDIT_FORMATS) == set(FORMATS)


@pytest.mark.parametrize("doc", [
    pytest.param(sample_document(), id="sample"),
    pytest.param(_long_document(), id="long-names"),
    pytest.param(Document(source="empty.txt"), id="no-notes"),
])
def test_table_fits_80_columns(doc):
    text = render(audit(doc), "table")
    too_wide = [line for line in text.splitlines() if len(line) > 80]
    assert not too_wide


def test_table_rows_show_the_report_numbers(report):
    text = render(report, "table")
    for family, works in report["works"]["by_family"].items():
        cites = report["citations"]["by_family"][family]
        row = re.search(rf"^  {family}\s+(\d+)\s+[\d.]+%\s+(\d+)\s+[\d.]+%", text, re.M)
        assert row and (int(row[1]), int(row[2])) == (works["count"], cites["count"])
    assert "note 8   unresolved" in text
    assert re.search(r" 5 BJ\s+6 \?\s+7 -\s+8 !\s+9 NR\s+10 Nn", text)


def test_json_round_trips(report):
    assert json.loads(render(report, "json")) == report


def _readme_schema() -> str:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    start = text.index("### Audit JSON")
    end = text.find("\n## ", start)
    return text[start:end if end > 0 else None]


def test_json_keys_are_documented_in_the_readme(report):
    schema = _readme_schema()
    for key in report:
        assert f"`{key}`" in schema, key
    for section in ("works", "citations"):
        for key in report[section]:
            assert f"`{section}.{key}`" in schema or f'"{key}"' in schema, f"{section}.{key}"
    for section in ("notes", "interviews", "outlets", "problems"):
        for key in report[section][0]:
            assert f'"{key}"' in schema or f"`{key}`" in schema, f"{section}[].{key}"
    for key in (*report["dates"], *report["notes_summary"]):
        assert f'"{key}"' in schema, key


def _markdown_table(text: str, heading: str) -> list[list[str]]:
    block = text.split(f"## {heading}\n", 1)[1].split("\n## ", 1)[0]
    rows = [line.strip("|").split("|") for line in block.splitlines() if line.startswith("|")]
    return [[cell.strip() for cell in row] for row in rows[2:]]


def test_markdown_tables_hold_the_report_numbers(report):
    text = render(report, "markdown")
    rows = {r[0]: r for r in _markdown_table(text, "By family")}
    for family, works in report["works"]["by_family"].items():
        assert int(rows[family][1]) == works["count"]
        assert int(rows[family][3]) == report["citations"]["by_family"][family]["count"]
    notes = _markdown_table(text, "Per note")
    assert [int(r[0]) for r in notes] == [n["number"] for n in report["notes"]]
    problems = _markdown_table(text, f"Problems ({len(report['problems'])})")
    assert len(problems) == len(report["problems"])


def test_csv_rows_hold_the_report_numbers(report):
    rows = list(csv.DictReader(io.StringIO(render(report, "csv"))))
    by = Counter()
    for r in rows:
        if r["section"] == "works_by_family":
            by[r["key"]] = int(r["count"])
    assert by == Counter({k: v["count"] for k, v in report["works"]["by_family"].items()})
    notes = [r for r in rows if r["section"] == "note"]
    assert [int(r["key"]) for r in notes] == [n["number"] for n in report["notes"]]
    assert [int(r["count"]) for r in notes] == [len(n["citations"]) for n in report["notes"]]
    outlet = next(r for r in rows if r["section"] == "outlet")
    assert (outlet["key"], outlet["count"], float(outlet["share"])) == ("The New York Times", "3", 0.6)
    assert sum(r["section"] == "problem" for r in rows) == len(report["problems"])


class _Page(HTMLParser):
    """Collects what the tests look for, and checks that every element is closed."""

    VOID = {"meta", "link", "br", "img", "input", "hr", "col", "source", "wbr"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.errors: list[str] = []
        self.tags: Counter = Counter()
        self.attrs: list[tuple[str, dict]] = []
        self.strip_notes: list[int] = []
        self.chart_bars: list[str] = []
        self.text: list[str] = []
        self.svg_id: str | None = None

    def handle_starttag(self, tag, attrs):
        self._seen(tag, dict(attrs))
        if tag not in self.VOID:
            self.stack.append(tag)

    def handle_startendtag(self, tag, attrs):
        self._seen(tag, dict(attrs))

    def _seen(self, tag, attrs):
        self.tags[tag] += 1
        self.attrs.append((tag, attrs))
        if tag == "svg":
            self.svg_id = attrs.get("id")
        if tag == "li" and "data-note" in attrs:
            self.strip_notes.append(int(attrs["data-note"]))
        if tag == "g" and "data-family" in attrs and "svg" in self.stack and self.svg_id == "family-chart":
            self.chart_bars.append(attrs["data-family"])

    def handle_endtag(self, tag):
        if not self.stack or self.stack[-1] != tag:
            self.errors.append(f"</{tag}> closes {self.stack[-1] if self.stack else 'nothing'}")
            return
        self.stack.pop()

    def handle_data(self, data):
        self.text.append(data)


def _parse(html: str) -> _Page:
    page = _Page()
    page.feed(html)
    page.close()
    return page


@pytest.mark.parametrize("doc", [
    pytest.param(sample_document(), id="sample"),
    pytest.param(_long_document(), id="long-names"),
    pytest.param(Document(source="<script>alert(1)</script>.txt"), id="no-notes-markup-in-name"),
])
def test_html_is_well_formed_self_contained_and_holds_chart_and_notes(doc):
    report = audit(doc)
    page = _parse(render(report, "html"))
    assert not page.errors and not page.stack
    assert page.tags["svg"] == 1 and page.chart_bars == list(FAMILIES)
    assert page.strip_notes == [n["number"] for n in report["notes"]]
    assert page.tags["script"] == 0 and page.tags["link"] == 0 and page.tags["img"] == 0
    for tag, attrs in page.attrs:
        for name, value in attrs.items():
            if name in ("src", "href") and value:
                assert value.startswith("#"), (tag, name, value)
    assert "@media print" in render(report, "html")
    assert "url(" not in render(report, "html")


def test_html_shows_every_note_number_and_problem(report):
    html = render(report, "html")
    page = _parse(html)
    text = " ".join(page.text)
    for note in report["notes"]:
        assert f'id="note-{note["number"]}"' in html
    for p in report["problems"]:
        assert p["message"] in text


# -- the command on the seed article ----------------------------------------------------------
@pytest.fixture(scope="module")
def seed_runs() -> dict:
    runner = CliRunner()
    out = {}
    for name, args in (("extract", ["extract", str(SEED), "--format", "json"]),
                       ("audit", ["audit", str(SEED), "--format", "json"])):
        result = runner.invoke(main, args)
        assert result.exit_code == 0, result.output
        out[name] = json.loads(result.output)
    return out


def _family(csl_type: str) -> str:
    return FAMILY_OF_TYPE.get(csl_type, "report")


def test_seed_audit_agrees_with_extract_json(seed_runs):
    """The counts computed here from `citex extract --format json` alone equal the audit's."""
    doc, report = seed_runs["extract"], seed_runs["audit"]
    family = {it["id"]: _family(it["type"]) for it in doc["items"]}
    cites: Counter = Counter()
    for note in doc["notes"]:
        for c in note["citations"]:
            ids = c["item"] if isinstance(c["item"], list) else [c["item"]] if c["item"] else []
            found = {family[i] for i in ids if i in family}
            cites[found.pop() if len(found) == 1 else "unattributed"] += 1
    assert report["works"]["total"] == len(doc["items"])
    assert {f: v["count"] for f, v in report["works"]["by_family"].items() if v["count"]} == \
        dict(Counter(family.values()))
    assert {f: v["count"] for f, v in report["citations"]["by_family"].items() if v["count"]} == \
        {f: n for f, n in cites.items() if f != "unattributed"}
    assert sum(report["citations"]["unattributed"].values()) == cites["unattributed"]
    assert [n["number"] for n in report["notes"]] == [n["number"] for n in doc["notes"]]


def _norm(text: str | None) -> str:
    text = unicodedata.normalize("NFKD", text or "").casefold()
    return re.sub(r"[^a-z0-9]+", " ", "".join(ch for ch in text if not unicodedata.combining(ch))).strip()


def _gold_works(gold: dict) -> list[dict]:
    """The gold's distinct works: its full citations, one per set of identifying fields.

    Two citations are one work when title (or interviewee), container, date, place and URL all
    agree, as notes 9 and 20 citing one New York Times story do.  A shared title or interviewee
    alone is not enough: note 11 cites the 2012-2016 drug strategy at two addresses (the plan and
    its slides), and notes 45 and 52 interview a "self-defense force leader" on different days in
    different places.
    """
    works: dict[tuple, dict] = {}
    for note in gold["notes"]:
        for c in note["citations"]:
            if c["kind"] == "full":
                key = tuple(_norm(c.get(k)) for k in ("title", "interviewee", "container", "date", "place", "url"))
                works.setdefault(key, {**c, "note": note["number"]})
    return works.values()


def _matching_item(work: dict, items: list[dict]) -> dict | None:
    for it in items:
        if work["note"] not in it["citex"]["notes"]:
            continue
        if work.get("title") and _norm(it.get("title")) == _norm(work["title"]):
            return it
        who = [a.get("literal") or a.get("family") for a in it.get("author", [])]
        if work.get("interviewee") and _norm(work["interviewee"]) in map(_norm, who):
            return it
    return None


def test_seed_works_by_family_agree_with_gold(seed_runs):
    """Works by family equal the gold's.  Where the gold accepts another type (`alt_types`) and
    citex chose it, the work counts in that type's family; the fieldwork interviews the gold marks
    optional (notes 47 and 50) count only when citex found them: either way is right."""
    gold = json.loads(GOLD.read_text(encoding="utf-8"))
    items = seed_runs["extract"]["items"]
    expected: Counter = Counter()
    for work in _gold_works(gold):
        item = _matching_item(work, items)
        if work.get("optional") and item is None:
            continue
        accepted = {work["type"], *work.get("alt_types", [])}
        expected[_family(item["type"] if item and item["type"] in accepted else work["type"])] += 1
    got = {f: v["count"] for f, v in seed_runs["audit"]["works"]["by_family"].items()}
    assert got == {f: expected.get(f, 0) for f in FAMILIES}


@pytest.mark.parametrize("fmt", AUDIT_FORMATS)
def test_cli_writes_every_format(tmp_path, fmt):
    target = tmp_path / f"audit.{fmt}"
    result = CliRunner().invoke(main, ["audit", str(SEED), "--format", fmt, "-o", str(target)])
    assert result.exit_code == 0, result.output
    text = target.read_text(encoding="utf-8")
    assert "El Comercio" in text and "coca farmer" in text


@pytest.mark.parametrize("args, code, message", [
    pytest.param(["audit", "no/such/article.txt"], 3, "no such file", id="missing-file"),
    pytest.param(["audit", str(SEED), "--format", "pdf"], 2, "pdf", id="unknown-format"),
])
def test_cli_errors_are_one_line(args, code, message):
    result = CliRunner().invoke(main, args)
    assert result.exit_code == code
    assert message in result.output and len(result.output.strip().splitlines()) == 1
    assert "Traceback" not in result.output


def test_cli_article_without_notes_exits_4(tmp_path):
    article = tmp_path / "plain.txt"
    article.write_text("An essay with no notes at all.\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["audit", str(article), "--format", "json"])
    assert result.exit_code == 4
    assert '"total": 0' in result.output


def test_note_without_citations_in_document_is_a_problem_even_with_commentary():
    note = Note(3, "The author observed the patrol on May 29, 2013.", commentary="The author observed the patrol.")
    report = audit(Document(source="x.txt", notes=(note,)))
    assert [(p["note"], p["code"]) for p in report["problems"]] == [(3, "no-citation")]
    assert report["notes"][0]["families"] == []
