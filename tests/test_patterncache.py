"""Compiled patterns kept on disk: the same answers as compiling, no compiling once kept,
and a damaged, foreign or unwritable cache costs nothing but the compiling."""
from __future__ import annotations

import json
import marshal
import os
import subprocess
import sys
import zlib
from pathlib import Path

import pytest

from citex import patterncache

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "fixtures" / "zech-2014-peru.txt"

# Extracts the seed in a fresh process and prints how many patterns regex compiled on the way
# and a digest of the document.
RUN = """
import hashlib, json, sys, regex
compiled = []
original = regex.compile
def counting(*args, **kwargs):
    compiled.append(args[0])
    return original(*args, **kwargs)
regex.compile = counting
import citex
doc = citex.dumps(citex.extract(sys.argv[1]), "json")
print(json.dumps({"compiled": len(compiled), "digest": hashlib.sha256(doc.encode()).hexdigest()}))
"""


def run(cache_dir: str | None) -> dict:
    env = {k: v for k, v in os.environ.items() if k != "CITEX_CACHE_DIR"}
    if cache_dir is not None:
        env["CITEX_CACHE_DIR"] = cache_dir
    out = subprocess.run([sys.executable, "-c", RUN, str(SEED)], capture_output=True, text=True, env=env,
                         check=True, cwd=ROOT).stdout
    return json.loads(out.strip().splitlines()[-1])


def cache_in(folder: Path) -> Path:
    files = list(folder.glob("patterns-*.marshal"))
    assert len(files) == 1, files
    return files[0]


def test_a_second_run_compiles_nothing_and_answers_the_same(tmp_path):
    first = run(str(tmp_path))
    assert first["compiled"] > 100  # the first run compiles what the seed needs, and keeps it
    assert cache_in(tmp_path).stat().st_size > 10_000
    second = run(str(tmp_path))
    assert second["compiled"] == 0
    assert second["digest"] == first["digest"] == run("")["digest"]  # "": the cache turned off


def test_an_empty_cache_dir_turns_the_cache_off(tmp_path, monkeypatch):
    monkeypatch.setenv("CITEX_CACHE_DIR", "")
    assert patterncache.cache_file() is None
    monkeypatch.setenv("CITEX_CACHE_DIR", str(tmp_path))
    assert Path(patterncache.cache_file()).parent == tmp_path
    monkeypatch.delenv("CITEX_CACHE_DIR")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert Path(patterncache.cache_file()).parent == tmp_path / "citex"


def checksummed(store) -> bytes:
    payload = marshal.dumps(store)
    return marshal.dumps((zlib.crc32(payload), payload))


@pytest.mark.parametrize("damage", [b"", b"not marshal at all", marshal.dumps([1, 2, 3]), "truncated",
                                    checksummed([1, 2, 3]), checksummed({("x", 0): ("y",) * 11}),
                                    checksummed({"x": None})])
def test_a_damaged_cache_is_ignored_and_rewritten(tmp_path, damage):
    reference = run(str(tmp_path))
    path = cache_in(tmp_path)
    if damage == "truncated":
        damage = path.read_bytes()[: path.stat().st_size // 2]
    path.write_bytes(damage)
    again = run(str(tmp_path))
    assert again["digest"] == reference["digest"] and again["compiled"] > 100
    assert run(str(tmp_path))["compiled"] == 0  # rewritten whole


def test_a_flipped_bit_in_kept_code_is_caught_by_the_checksum(tmp_path):
    # regex runs the code it is given as it is: damaged code that reached it could crash the process
    reference = run(str(tmp_path))
    path = cache_in(tmp_path)
    checksum, payload = marshal.loads(path.read_bytes())
    store = marshal.loads(payload)
    key = next(iter(store))
    data = list(store[key])
    data[2] = bytes([data[2][0] ^ 0xFF]) + data[2][1:]
    store[key] = tuple(data)
    path.write_bytes(marshal.dumps((checksum, marshal.dumps(store))))
    again = run(str(tmp_path))  # a crash would fail check=True
    assert again["digest"] == reference["digest"] and again["compiled"] > 100


@pytest.mark.skipif(hasattr(os, "geteuid") and os.geteuid() == 0, reason="root writes into read-only folders")
def test_an_unwritable_cache_dir_costs_only_the_compiling(tmp_path):
    tmp_path.chmod(0o500)
    try:
        assert run(str(tmp_path))["compiled"] > 100
        assert not list(tmp_path.iterdir())
    finally:
        tmp_path.chmod(0o700)


def test_a_cache_dir_that_is_a_file_costs_only_the_compiling(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("a file where the folder would be")
    first = run(str(blocker))
    assert first["compiled"] > 100 and blocker.read_text().startswith("a file")


def test_a_batch_keeps_what_its_workers_compiled(tmp_path):
    # pool workers end without exit handlers; the cache is written after each article instead
    articles = tmp_path / "in"
    articles.mkdir()
    for i in range(2):
        (articles / f"a{i}.txt").write_text(SEED.read_text(encoding="utf-8"), encoding="utf-8")
    env = {**os.environ, "CITEX_CACHE_DIR": str(tmp_path / "cache")}
    code = "import sys, citex; citex.run_batch([sys.argv[1]], sys.argv[2], jobs=2); import os; os._exit(0)"
    subprocess.run([sys.executable, "-c", code, str(articles), str(tmp_path / "out")], env=env, check=True,
                   capture_output=True, cwd=ROOT)
    assert run(str(tmp_path / "cache"))["compiled"] == 0


def test_the_gazetteer_is_kept_beside_the_patterns_and_read_back_without_rebuilding(tmp_path, monkeypatch):
    from citex.parse import places

    monkeypatch.setenv("CITEX_CACHE_DIR", str(tmp_path))
    places._gazetteer.cache_clear()
    built = places._gazetteer()
    kept = list(tmp_path.glob("gazetteer-*.names"))
    assert len(kept) == 1 and "lashio" in built

    def no_rebuilding(*_args, **_kwargs):
        raise AssertionError("the gazetteer was built again instead of read back")

    monkeypatch.setattr(places.orjson, "loads", no_rebuilding)
    places._gazetteer.cache_clear()
    try:
        assert places._gazetteer() == built
    finally:
        places._gazetteer.cache_clear()


def test_a_damaged_gazetteer_file_is_built_again(tmp_path, monkeypatch):
    from citex.parse import places

    monkeypatch.setenv("CITEX_CACHE_DIR", str(tmp_path))
    places._gazetteer.cache_clear()
    built = places._gazetteer()
    (kept,) = tmp_path.glob("gazetteer-*.names")
    kept.write_bytes(b"\x00not a name list")
    places._gazetteer.cache_clear()
    try:
        assert places._gazetteer() == built
    finally:
        places._gazetteer.cache_clear()



def test_names_kept_by_an_earlier_install_are_removed_and_a_fresh_install_reads_the_kept_file(tmp_path, monkeypatch):
    # Every new virtual environment installs the data file afresh (a new time stamp): the kept names must not be
    # keyed by that time, or the cache folder gains a copy per install and never loses one.
    from citex.parse import places

    cache = tmp_path / "cache"
    cache.mkdir()
    monkeypatch.setenv("CITEX_CACHE_DIR", str(cache))
    stale = cache / "gazetteer-16670875-1795913204348870469.names"
    stale.write_bytes(b"names of an older install")
    places._gazetteer.cache_clear()
    try:
        places._gazetteer()
    finally:
        places._gazetteer.cache_clear()
    assert not stale.exists() and len(list(cache.glob("gazetteer-*"))) == 1
    first, second = tmp_path / "first.json", tmp_path / "second.json"
    for path, stamp in ((first, 1_000_000_000), (second, 2_000_000_000)):
        path.write_bytes(b"{}")
        os.utime(path, (stamp, stamp))
    assert places._kept_gazetteer(first) == places._kept_gazetteer(second)
