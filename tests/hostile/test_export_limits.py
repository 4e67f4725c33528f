"""Exports of long and pathological field values (20,000 characters): still valid, still fast."""
from __future__ import annotations

import time

import pytest
from exportcheck import export_problems

from citex.export import bibtex, csl, jsondoc
from citex.model import Document, Item, Name, Work

CASES = [
    pytest.param("{" * 20_000, id="20k-lone-open-braces"),
    pytest.param("}" * 20_000, id="20k-lone-close-braces"),
    pytest.param("{}" * 10_000, id="10k-brace-pairs"),
    pytest.param('"' * 20_000, id="20k-straight-quotes"),
    pytest.param("\\%#~^&$_`@" * 2_000, id="20k-tex-specials"),
    pytest.param('A "b {c} d" E-f/G ' * 1_200, id="mixed-title-words"),
    pytest.param("Aa Bb " * 4_000, id="8k-capitalised-words"),
    pytest.param("--''<<>>?`!`" * 2_000, id="tex-ligatures"),
    pytest.param("{" * 200 + "x" + "}" * 200, id="braces-nested-200-deep"),
]


@pytest.mark.parametrize("value", CASES)
def test_huge_field_values_export_validly_in_seconds(value):
    work = Work(type="chapter", title=value, container=value, publisher=value[:5000], raw=value,
                authors=(Name("Zech", value[:2000]), Name(literal=value[:2000])))
    doc = Document("<huge>", items=(Item("zech2014huge", work, (1,)),))
    start = time.perf_counter()
    for render in (jsondoc.dumps, csl.dumps, bibtex.dumps):
        render(doc)
    assert time.perf_counter() - start < 5
    assert export_problems(doc) == []
