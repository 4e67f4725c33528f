"""Patterns compiled on first use: the same answers as compiled ones, and no compiling at import."""
from __future__ import annotations

import subprocess
import sys

import regex

from citex.lazyregex import LazyPattern, lazy


def test_a_lazy_pattern_answers_as_the_compiled_one():
    source, text = r"(?P<year>1[5-9]\d\d|20\d\d)", "Lima: IEP, 2011, and 1999."
    eager, deferred = regex.compile(source), lazy(source)
    assert deferred._compiled is None
    assert deferred.search(text).group("year") == eager.search(text).group("year") == "2011"
    assert deferred._compiled is not None  # compiled by its first use
    assert [m.span() for m in deferred.finditer(text)] == [m.span() for m in eager.finditer(text)]
    assert deferred.sub("Y", text) == eager.sub("Y", text)
    assert (deferred.pattern, deferred.flags, deferred.groups) == (eager.pattern, eager.flags, eager.groups)


def test_importing_the_pipeline_compiles_no_pattern():
    code = ("import gc, citex.pipeline, citex.cli\n"
            "from citex.lazyregex import LazyPattern\n"
            "lazies = [o for o in gc.get_objects() if isinstance(o, LazyPattern)]\n"
            "print(len(lazies), sum(o._compiled is not None for o in lazies))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split()
    made, compiled = int(out[0]), int(out[1])
    assert made > 100 and compiled == 0


def test_a_pattern_used_through_another_module_is_the_same_object():
    from citex.parse import features, reference

    assert isinstance(features.URL_RE, LazyPattern) and reference.URL_RE is features.URL_RE
