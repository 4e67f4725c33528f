"""citex's benchmark: speed, start-up, memory and growth, beside refextract and AnyStyle.

    make bench                       # or: .venv/bin/python bench/run.py [--quick]

Prints a table and writes it as JSON to bench/results/bench-<time>.json and latest.json.
Every case runs in a fresh process (bench/measure.py, bench/peers.py), so each has its own
peak memory.  The targets of issue 8 are checked at the end; the exit code is 0 either way
unless ``--strict`` is given (then 1 when a target is missed).
"""
from __future__ import annotations

import argparse
import json
import math
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
SEED = os.path.join(ROOT, "fixtures", "zech-2014-peru.txt")
RESULTS = os.path.join(HERE, "results")
PY = sys.executable
CITEX = os.path.join(os.path.dirname(PY), "citex")
STAGES = ("read", "notes", "segment", "parse", "resolve", "export")

# Targets (issue 8), on this machine.
TARGET_RATIO_ANYSTYLE = 10.0  # citex notes/s over AnyStyle's
TARGET_COLD_S = 0.3  # `citex extract SEED` wall time from a cold process
TARGET_EXPONENT = 1.2  # cost ~ size**k between 10x and 100x: 1 is linear, 2 quadratic
TARGET_GROWTH_MB = 5.0  # resident memory growth from the first tenth of a batch to its end
# One note made of the seed's longest note (1,048 chars) repeated: up to about 20,000 chars,
# the most of one note citex segments (citex.segment.MAX_NOTE_CHARS); beyond, the cost is capped.
LONG_NOTE_SIZES = (1, 5, 19)
# Growth measured on: the seed repeated (same works), repeated with works of its own per copy
# (the bibliography grows too), and one note made longer.
GROUPS = {"scaled": "notes", "distinct": "notes and works", "long_note": "note length"}


def child(*args: str, timeout: float = 600) -> dict:
    """Run one case of bench/measure.py or bench/peers.py in a fresh process; its JSON, or an error."""
    try:
        proc = subprocess.run([PY, *args], capture_output=True, text=True, timeout=timeout, cwd=ROOT)
    except subprocess.TimeoutExpired:
        return {"error": f"timed out after {timeout:.0f} s"}
    if proc.returncode != 0:
        tail = (proc.stderr.strip().splitlines() or ["no output"])[-1]
        return {"error": f"exit {proc.returncode}: {tail}"}
    return json.loads(proc.stdout.strip().splitlines()[-1])


def measure(case: str, *args: str, timeout: float = 600) -> dict:
    return child(os.path.join(HERE, "measure.py"), case, *args, timeout=timeout)


def exponent(small: dict, large: dict, key: str = "seconds") -> float | None:
    """k in cost ~ size**k between two runs (by notes or by characters)."""
    size = "notes" if small.get("notes") != large.get("notes") else "chars"
    try:
        return math.log(large[key] / small[key]) / math.log(large[size] / small[size])
    except (KeyError, ValueError, ZeroDivisionError, TypeError):
        return None


def stage_exponents(small: dict, large: dict) -> dict[str, float | None]:
    """The growth exponent of each stage that takes a measurable share of the large run."""
    out: dict[str, float | None] = {}
    for stage in STAGES:
        a, b = small.get("stages", {}).get(stage), large.get("stages", {}).get(stage)
        if not a or not b or b < 0.02 * large["seconds"]:
            continue
        out[stage] = exponent({**small, "seconds": a}, {**large, "seconds": b})
    return out


def children_cpu() -> float:
    """CPU seconds (user + system) used so far by this process's finished children."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def cold_cli(runs: int) -> dict:
    """Wall time of `citex extract SEED --format json -o FILE` in a new process, and what it imports."""
    if not os.path.exists(CITEX):
        return {"error": f"{CITEX} not found (pip install -e .)"}
    # An installed package is byte-compiled (pip does it); an editable one is not, and where
    # PYTHONDONTWRITEBYTECODE is set its modules would be compiled from source at every start.
    subprocess.run([PY, "-m", "compileall", "-q", os.path.join(ROOT, "citex")], capture_output=True)
    with tempfile.TemporaryDirectory() as tmp:
        out = os.path.join(tmp, "seed.json")
        cmd = [CITEX, "extract", SEED, "--format", "json", "-o", out]
        # A cache folder of its own: the first run compiles the patterns and keeps them there
        # (citex.patterncache), as the first run after installing does; the runs after it read them.
        env = {**os.environ, "CITEX_CACHE_DIR": os.path.join(tmp, "cache")}
        t0 = time.perf_counter()
        subprocess.run(cmd, capture_output=True, env=env)
        first = time.perf_counter() - t0
        walls, cpus = [], []
        for _ in range(runs):
            c0 = children_cpu()
            t0 = time.perf_counter()
            proc = subprocess.run(cmd, capture_output=True, text=True, env=env)
            walls.append(time.perf_counter() - t0)
            cpus.append(children_cpu() - c0)
            if proc.returncode != 0:
                return {"error": f"exit {proc.returncode}: {proc.stderr.strip()[-200:]}"}
        t0 = time.perf_counter()
        subprocess.run([PY, "-c", "pass"], capture_output=True)
        bare = time.perf_counter() - t0
        proc = subprocess.run([PY, "-X", "importtime", "-m", "citex.cli", "extract", SEED, "-f", "json", "-o", out],
                              capture_output=True, text=True, cwd=ROOT, env=env)
    return {"runs": runs, "median_s": statistics.median(walls), "min_s": min(walls), "first_run_s": first,
            "cpu_median_s": statistics.median(cpus), "python_startup_s": bare,
            **import_costs(proc.stderr)}


def import_costs(importtime: str) -> dict:
    """From `python -X importtime` output: total import time, packages by cost, citex modules' own time.

    The output lists each module after the modules it imported (deeper indentation); a package's
    cost is the cumulative time of every import of it made from outside it.
    """
    external: dict[str, int] = {}
    citex_self: dict[str, int] = {}
    stack: list[tuple[int, str, int]] = []
    total = 0
    for line in importtime.splitlines():
        if not line.startswith("import time:") or "cumulative" in line:
            continue
        self_us, cumulative, name = line.split(":", 1)[1].split("|")
        depth = (len(name) - len(name.lstrip()) - 1) // 2
        module = name.strip()
        while stack and stack[-1][0] > depth:
            child_depth, child, child_cum = stack.pop()
            if child.split(".")[0] != module.split(".")[0]:
                external[child.split(".")[0]] = external.get(child.split(".")[0], 0) + child_cum
        stack.append((depth, module, int(cumulative)))
        if module.startswith("citex"):
            citex_self[module] = int(self_us)
    for _depth, module, cum in stack:
        total += cum
        external[module.split(".")[0]] = external.get(module.split(".")[0], 0) + cum
    external.pop("citex", None)
    top = sorted(external.items(), key=lambda kv: -kv[1])[:8]
    heavy = sorted(citex_self.items(), key=lambda kv: -kv[1])[:8]
    return {"imports_ms": round(total / 1000, 1),
            "top_imports_ms": {k: round(v / 1000, 1) for k, v in top},
            "citex_modules_self_ms": {k: round(v / 1000, 1) for k, v in heavy}}


def batch_case(copies: int) -> dict:
    """`citex batch` over ``copies`` copies of the seed in a temporary folder, the pool sized to the machine."""
    with tempfile.TemporaryDirectory() as tmp:
        src = os.path.join(tmp, "in")
        os.mkdir(src)
        for i in range(copies):
            shutil.copyfile(SEED, os.path.join(src, f"article-{i:04d}.txt"))
        c0 = children_cpu()
        t0 = time.perf_counter()
        proc = subprocess.run([CITEX, "batch", src, "-o", os.path.join(tmp, "out"), "--quiet"],
                              capture_output=True, text=True)
        wall = time.perf_counter() - t0
        cpu = children_cpu() - c0
        if proc.returncode != 0:
            return {"error": f"exit {proc.returncode}: {proc.stderr.strip()[-200:]}"}
        with open(os.path.join(tmp, "out", "summary.jsonl"), encoding="utf-8") as fh:
            records = [json.loads(line) for line in fh]
    notes = sum(r.get("notes", 0) for r in records)
    return {"articles": copies, "records": len(records), "notes": notes, "seconds": wall, "cpu_s": cpu,
            "articles_per_s": copies / wall, "notes_per_s": notes / wall, "jobs": os.cpu_count()}


def peer_notes(tmp: str) -> str:
    """The seed's notes, one per line, as the peers read them."""
    sys.path.insert(0, ROOT)
    import citex

    path = os.path.join(tmp, "notes.txt")
    with open(path, "w", encoding="utf-8") as fh:
        for note in citex.extract(SEED).notes:
            fh.write(note.text.replace("*", "").replace("\n", " ") + "\n")
    return path


def run(quick: bool) -> dict:
    res: dict = {"machine": {"cpus": os.cpu_count(), "python": sys.version.split()[0],
                             "load_avg": os.getloadavg(), "time": time.strftime("%Y-%m-%dT%H:%M:%S")}}
    sizes = (1, 10) if quick else (1, 10, 100)
    say = lambda msg: print(f"  ... {msg}", file=sys.stderr, flush=True)  # noqa: E731
    say("throughput on the seed")
    res["seed"] = measure("throughput", SEED, "1" if quick else "3")
    res["scaled"] = {}
    for k in sizes:
        say(f"seed x{k}")
        res["scaled"][f"x{k}"] = measure("scaled", str(k))
    res["distinct"] = {}
    for k in sizes:
        say(f"seed x{k}, every copy citing works of its own")
        res["distinct"][f"x{k}"] = measure("scaled-distinct", str(k))
    if not quick:
        say("seed x200 (the 10,000+ note document)")
        res["scaled"]["x200"] = measure("scaled", "200")
    res["long_note"] = {}
    for k in LONG_NOTE_SIZES[:2] if quick else LONG_NOTE_SIZES:
        say(f"long note x{k}")
        res["long_note"][f"x{k}"] = measure("long-note", str(k))
    say("memory over a batch")
    res["memory"] = measure("memory", "60" if quick else "300")
    say("cold start of `citex extract`")
    res["cold_cli"] = cold_cli(3 if quick else 7)
    say("`citex batch` over copies of the seed")
    res["batch"] = batch_case(20 if quick else 200)
    with tempfile.TemporaryDirectory() as tmp:
        notes = peer_notes(tmp)
        say("refextract")
        res["refextract"] = child(os.path.join(HERE, "peers.py"), "refextract", notes)
        say("AnyStyle")
        res["anystyle"] = child(os.path.join(HERE, "peers.py"), "anystyle", notes)
    res["load_after"] = os.getloadavg()
    res["growth"] = growth(res, sizes)
    res["targets"] = targets(res)
    return res


def growth(res: dict, sizes: tuple[int, ...]) -> dict:
    """Growth exponents: notes between the two largest sizes; note length between the smallest and largest."""
    out = {}
    for group in GROUPS:
        runs = {k: v for k, v in res[group].items() if k != "x200"}
        names = list(runs)
        lo, hi = (names[0], names[-1]) if group == "long_note" else (names[-2], names[-1])
        if "error" in runs.get(lo, {}) or "error" in runs.get(hi, {}):
            out[group] = {"error": runs.get(hi, {}).get("error") or runs.get(lo, {}).get("error")}
            continue
        out[group] = {"between": [lo, hi], "total": exponent(runs[lo], runs[hi]),
                      "stages": stage_exponents(runs[lo], runs[hi])}
    return out


def citex_rate(res: dict) -> float | None:
    return res["seed"].get("notes_per_s")


def targets(res: dict) -> list[dict]:
    out = []
    rate = citex_rate(res)
    any_ = res["anystyle"]
    peer_rate = any_.get("notes_per_s") or any_.get("reference_notes_per_s")
    source = "measured in this run" if "missing" not in any_ else "issue 8's figure (AnyStyle absent here)"
    if rate and peer_rate:
        out.append({"target": f">= {TARGET_RATIO_ANYSTYLE:.0f}x AnyStyle's notes/s ({source})",
                    "value": f"{rate / peer_rate:.1f}x ({rate:,.0f} vs {peer_rate:,.0f} notes/s)",
                    "met": rate / peer_rate >= TARGET_RATIO_ANYSTYLE})
    cold = res["cold_cli"].get("median_s")
    if cold is not None:
        out.append({"target": f"`citex extract` on the seed <= {TARGET_COLD_S} s wall from a cold process",
                    "value": f"{cold:.3f} s wall, {res['cold_cli']['cpu_median_s']:.3f} s CPU (medians)",
                    "met": cold <= TARGET_COLD_S})
    mem = res["memory"]
    if "growth_mb" in mem:
        out.append({"target": f"memory flat across a batch (growth <= {TARGET_GROWTH_MB} MiB)",
                    "value": f"{mem['growth_mb']:+.1f} MiB over articles {mem['articles'] // 10}..{mem['articles']}",
                    "met": mem["growth_mb"] <= TARGET_GROWTH_MB})
    for group, label in GROUPS.items():
        g = res["growth"].get(group, {})
        worst = max([v for v in [g.get("total"), *g.get("stages", {}).values()] if v is not None], default=None)
        if worst is not None:
            slow = [s for s, v in g.get("stages", {}).items() if v is not None and v > TARGET_EXPONENT]
            out.append({"target": f"no quadratic step in {label} (every stage's exponent <= {TARGET_EXPONENT})",
                        "value": f"worst {worst:.2f}" + (f" ({', '.join(slow)})" if slow else ""),
                        "met": worst <= TARGET_EXPONENT})
    return out


def fmt_rate(value) -> str:
    return f"{value:,.0f}" if isinstance(value, (int, float)) and not math.isnan(value) else "-"


def table(res: dict) -> str:
    lines = []
    add = lines.append
    m = res["machine"]
    add(f"citex benchmark  {m['time']}  {m['cpus']} CPUs  Python {m['python']}  "
        f"load {m['load_avg'][0]:.2f}")
    busy = max(m["load_avg"][0], res.get("load_after", [0])[0])
    if busy > 0.5 * m["cpus"]:
        add(f"note: load average {busy:.1f} on {m['cpus']} CPUs: other work shared the machine during this run, "
            "so the times are pessimistic")
    add("")
    add(f"{'case':<44}{'notes':>8}{'CPU s':>10}{'notes/s':>10}{'peak MiB':>10}")
    add("-" * 82)
    seed = res["seed"]

    def row(name: str, r: dict, seconds_key: str = "seconds") -> None:
        if "error" in r:
            add(f"{name:<44}  error: {r['error']}")
            return
        add(f"{name:<44}{r.get('notes', 0):>8,}{r.get(seconds_key, 0):>10.3f}{fmt_rate(r.get('notes_per_s')):>10}"
            f"{r.get('peak_mb', '-'):>10}")

    row("citex, seed (median of a warm loop)", seed)
    for k, r in res["scaled"].items():
        row(f"citex, seed {k} (one document)", r)
    for k, r in res["distinct"].items():
        row(f"citex, seed {k}, {r.get('items', 0):,} distinct works", r)
    for k, r in res["long_note"].items():
        row(f"citex, one note {k}: {r.get('chars', 0):,} ch, {r.get('citations', 0)} works"[:43], r)
    b = res["batch"]
    if "error" in b:
        add(f"{'citex batch':<44}  error: {b['error']}")
    else:
        add(f"{'citex batch, ' + str(b['articles']) + ' copies of the seed':<44}{b['notes']:>8,}{b['cpu_s']:>10.3f}"
            f"{fmt_rate(b['notes_per_s']):>10}{'':>10}  (wall {b['seconds']:.1f} s: {b['articles_per_s']:.1f} "
            f"articles/s, {b['jobs']} workers)")
    rx = res["refextract"]
    if "missing" in rx or "error" in rx:
        add(f"{'refextract':<44}  {rx.get('missing') or rx.get('error')}")
    else:
        add(f"{'refextract (warm; the same notes)':<44}{rx['notes']:>8}{rx['seconds']:>10.3f}"
            f"{fmt_rate(rx['notes_per_s']):>10}{'':>10}  (first call {rx['first_call_s']:.1f} s)")
    an = res["anystyle"]
    if "missing" in an:
        add(f"{'AnyStyle':<44}  {an['missing']}")
        add(f"{'':<44}  issue 8's figures on this machine: {an['reference_notes_per_s']:.0f} notes/s through its "
            f"API, {an['reference_cli_s']} s for the seed from its command line")
    elif "error" in an:
        add(f"{'AnyStyle':<44}  error: {an['error']}")
    else:
        add(f"{'AnyStyle (rate net of its start-up)':<44}{an['notes']:>8}{an['seconds']:>10.3f}"
            f"{fmt_rate(an['notes_per_s']):>10}{'':>10}  (its command line: {an['cli_s']:.2f} s wall)")
    add("")
    rate = citex_rate(res)
    if rate:
        ratios = []
        if rx.get("notes_per_s"):
            ratios.append(f"{rate / rx['notes_per_s']:,.0f}x refextract")
        peer = an.get("notes_per_s") or an.get("reference_notes_per_s")
        if peer:
            ratios.append(f"{rate / peer:,.1f}x AnyStyle" + (" (reference figure)" if "missing" in an else ""))
        if ratios:
            add("citex on the seed: " + ", ".join(ratios))
    c = res["cold_cli"]
    if "error" in c:
        add(f"cold `citex extract`: error: {c['error']}")
    else:
        add(f"cold `citex extract SEED -f json -o FILE` (modules byte-compiled, as installed): wall median {c['median_s']:.3f} s, min {c['min_s']:.3f} s, "
            f"CPU median {c['cpu_median_s']:.3f} s (Python alone {c['python_startup_s']:.3f} s; imports "
            f"{c['imports_ms']:.0f} ms under -X importtime)")
        add(f"  the first run, which compiles the patterns and keeps them on disk: {c['first_run_s']:.3f} s wall")
        any_cli = an.get("cli_s") or an.get("reference_cli_s")
        if any_cli:
            add(f"  AnyStyle's command line on the seed: {any_cli:.2f} s ({any_cli / c['median_s']:.1f}x citex's wall time)")
        add("  heaviest imports (ms): " + ", ".join(f"{k} {v}" for k, v in c["top_imports_ms"].items()))
        add("  citex modules, own import time (ms): "
            + ", ".join(f"{k} {v}" for k, v in c["citex_modules_self_ms"].items()))
    mem = res["memory"]
    if "error" not in mem:
        add(f"memory over {mem['articles']} distinct articles in one process: {mem['rss_mb_after_tenth']} MiB after "
            f"{mem['articles'] // 10}, {mem['rss_mb_at_end']} MiB at the end ({mem['growth_kb_per_article']:+.1f} "
            f"KiB/article)")
    for group, label in GROUPS.items():
        label = "cost in " + label
        g = res["growth"].get(group, {})
        if "error" in g:
            add(f"{label}: error: {g['error']}")
        elif g.get("total") is not None:
            stages = ", ".join(f"{s} {v:.2f}" for s, v in g["stages"].items() if v is not None)
            add(f"{label} ~ size^k, {g['between'][0]}->{g['between'][1]}: total k={g['total']:.2f}; {stages}")
    per_note = [(k, r["seconds"] / r["notes"] * 1e3) for k, r in res["scaled"].items() if "error" not in r]
    if per_note:
        add("  ms per note: " + ", ".join(f"{k} {v:.2f}" for k, v in per_note))
    add("")
    add("targets (issue 8):")
    for t in res["targets"]:
        add(f"  [{'met' if t['met'] else 'MISSED'}] {t['target']}: {t['value']}")
    return "\n".join(lines)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--quick", action="store_true", help="smaller sizes (1x, 10x), for checking the harness")
    ap.add_argument("--strict", action="store_true", help="exit 1 when a target is missed")
    args = ap.parse_args()
    res = run(args.quick)
    text = table(res)
    print(text)
    os.makedirs(RESULTS, exist_ok=True)
    stamp = time.strftime("%Y%m%d-%H%M%S")
    for name in (f"bench-{stamp}.json", "latest.json"):
        with open(os.path.join(RESULTS, name), "w", encoding="utf-8") as fh:
            json.dump(res, fh, indent=1)
    print(f"\nwrote {os.path.relpath(os.path.join(RESULTS, f'bench-{stamp}.json'), ROOT)}")
    return 1 if args.strict and not all(t["met"] for t in res["targets"]) else 0


if __name__ == "__main__":
    sys.exit(main())
