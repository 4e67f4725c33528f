"""``citex extract ARTICLE -o DIR/`` (or a prefix) writes every format at once; -o with --format writes one."""
from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from click.testing import CliRunner

from citex.cli import all_formats_base, main

ROOT = Path(__file__).resolve().parent.parent
SEED = str(ROOT / "fixtures" / "zech-2014-peru.txt")
SUFFIXES = (".json", ".csl.json", ".citations.json", ".bib")


@pytest.mark.parametrize("output, format_given, expected", [
    pytest.param("out/", False, "out/zech-2014-peru", id="folder with a slash"),
    pytest.param("out/zech", False, "out/zech", id="prefix without extension"),
    pytest.param("out/zech.json", False, None, id="a file name"),
    pytest.param("out/", True, None, id="--format given: one file"),
    pytest.param("-", False, None, id="stdout"),
    pytest.param(None, False, None, id="no -o"),
])
def test_all_formats_base(output, format_given, expected, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert all_formats_base(SEED, output, format_given) == expected


@pytest.mark.parametrize("target, base", [
    pytest.param("out/", "out/zech-2014-peru", id="folder"),
    pytest.param("refs", "refs", id="prefix"),
])
def test_extract_writes_every_format(target, base, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(main, ["extract", SEED, "-o", target, "--classic"])
    assert result.exit_code == 0, result.output
    written = sorted(p for p in os.listdir(os.path.dirname(base) or ".") if p.startswith(os.path.basename(base)))
    assert written == sorted(os.path.basename(base) + s for s in SUFFIXES)
    assert len(json.loads(Path(base + ".csl.json").read_text(encoding="utf-8"))) > 40
    assert len(json.loads(Path(base + ".citations.json").read_text(encoding="utf-8"))) == 58
    assert "@techreport{" in Path(base + ".bib").read_text(encoding="utf-8")  # --classic reaches the .bib


def test_format_and_output_still_write_one_file(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(main, ["extract", SEED, "--format", "bibtex", "-o", "refs"])
    assert result.exit_code == 0, result.output
    assert os.listdir(".") == ["refs"]
    assert Path("refs").read_text(encoding="utf-8").startswith("% biblatex")
