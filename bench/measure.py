"""One measurement in a fresh process, printed as one JSON line (run by ``bench/run.py``).

A fresh process per case gives each case its own peak memory and keeps one case's caches
and allocations out of the next.  Cases:

    throughput ARTICLE SECONDS   full pipeline + JSON export in a loop, after one warm-up run

Times are CPU seconds of the measuring process unless named wall: on a machine shared with
other work they stay close to what an idle machine shows, where wall time does not.
    scaled COPIES                the seed repeated COPIES times (bench/scale.py), timed per stage
    scaled-distinct COPIES       the same, each copy citing works of its own (a growing bibliography)
    long-note COPIES             one note made of the seed's longest note COPIES times, per stage
    memory ARTICLES              ARTICLES distinct articles in one process, resident memory after each
"""
from __future__ import annotations

import json
import os
import resource
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
sys.path.insert(0, HERE)

import regex  # noqa: E402

import citex  # noqa: E402
from citex import pipeline, sources  # noqa: E402

SEED = os.path.join(os.path.dirname(HERE), "fixtures", "zech-2014-peru.txt")

# Words to vary between the articles of the memory case: "the", "of", "and" in any case.
COMMON_WORD_RE = regex.compile(r"\b(?:the|of|and)\b", regex.IGNORECASE)


def peak_mb() -> float:
    """This process's peak resident memory in MiB (ru_maxrss is KiB on Linux)."""
    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)


def rss_mb() -> float:
    """This process's resident memory now, in MiB."""
    with open("/proc/self/statm") as fh:
        pages = int(fh.read().split()[1])
    return pages * os.sysconf("SC_PAGE_SIZE") / 2**20


def run_once(source) -> tuple[int, str]:
    doc = citex.extract(source)
    return len(doc.notes), citex.dumps(doc, "json")


def throughput(path: str, seconds: float) -> dict:
    """Runs in a loop for ``seconds``; rates from the median CPU time of a run (wall time kept too)."""
    run_once(path)  # warm-up: patterns compiled, modules imported
    cpu: list[float] = []
    wall: list[float] = []
    notes = 0
    deadline = time.perf_counter() + seconds
    while time.perf_counter() < deadline or len(cpu) < 3:
        w0, c0 = time.perf_counter(), time.process_time()
        notes, _ = run_once(path)
        cpu.append(time.process_time() - c0)
        wall.append(time.perf_counter() - w0)
    cpu.sort()
    wall.sort()
    return {"notes": notes, "runs": len(cpu), "seconds": cpu[len(cpu) // 2], "min_s": cpu[0],
            "wall_median_s": wall[len(wall) // 2], "notes_per_s": notes / cpu[len(cpu) // 2],
            "wall_notes_per_s": notes / wall[len(wall) // 2], "peak_mb": peak_mb()}


class StageTimer:
    """Wraps the pipeline's stage functions to add up the CPU time spent in each."""

    def __init__(self) -> None:
        self.seconds: dict[str, float] = {}

    def wrap(self, owner, attr: str, stage: str) -> None:
        func = getattr(owner, attr, None)
        if func is None:
            return
        totals = self.seconds
        totals.setdefault(stage, 0.0)

        def timed(*args, **kwargs):
            t0 = time.process_time()
            try:
                return func(*args, **kwargs)
            finally:
                totals[stage] += time.process_time() - t0

        setattr(owner, attr, timed)

    def install(self) -> None:
        self.wrap(pipeline, "read", "read")
        self.wrap(pipeline.notes_stage, "locate", "notes")
        self.wrap(pipeline.segment_stage, "segment", "segment")
        self.wrap(pipeline, "parse_piece", "parse")
        self.wrap(pipeline.resolve_stage, "resolve", "resolve")


def staged(text: str, name: str, min_seconds: float = 0.5, max_runs: int = 20) -> dict:
    """The fastest of several runs on ``text``, with the CPU time of each stage; the seed warms up first.

    Runs repeat until ``min_seconds`` have passed (at least once), so a small input is timed
    many times and a large one once.  Times are CPU seconds of this process (``seconds``), which
    other work on a shared machine disturbs far less than wall time (``wall_s``, also kept).
    """
    run_once(SEED)
    data = text.encode("utf-8")
    timer = StageTimer()
    timer.install()
    best: dict | None = None
    spent, runs = 0.0, 0
    while runs < max_runs and (runs == 0 or spent < min_seconds):
        for key in timer.seconds:
            timer.seconds[key] = 0.0
        w0, t0 = time.perf_counter(), time.process_time()
        doc = citex.extract(data, name=name)
        t1 = time.process_time()
        out = citex.dumps(doc, "json")
        t2 = time.process_time()
        wall = time.perf_counter() - w0
        spent += wall
        runs += 1
        if best is None or t2 - t0 < best["seconds"]:
            stages = dict(timer.seconds)
            stages["export"] = t2 - t1
            stages["other"] = max(0.0, (t1 - t0) - sum(v for k, v in stages.items() if k != "export"))
            best = {"notes": len(doc.notes), "citations": sum(len(n.citations) for n in doc.notes),
                    "items": len(doc.items), "chars": len(text), "json_bytes": len(out.encode("utf-8")),
                    "seconds": t2 - t0, "wall_s": wall, "notes_per_s": len(doc.notes) / (t2 - t0), "stages": stages}
        del doc, out
    return {**best, "runs": runs, "peak_mb": peak_mb()}


def scaled(copies: int, distinct: bool = False) -> dict:
    from scale import scaled_article

    text = scaled_article(sources.read_path(SEED).text, copies, distinct=distinct)
    return {"copies": copies, "distinct": distinct, **staged(text, f"seed-x{copies}.txt")}


def long_note(copies: int) -> dict:
    from scale import long_note as make

    text = make(sources.read_path(SEED).text, copies)
    return {"copies": copies, **staged(text, f"long-note-x{copies}.md")}


def memory(articles: int) -> dict:
    """Resident memory after each of ``articles`` distinct articles processed in one process."""
    base = sources.read_path(SEED).text
    samples: list[float] = []
    notes = 0
    t0 = time.perf_counter()
    for i in range(articles):
        # Each article differs from every other, so a cache keyed by text would show here.
        text = COMMON_WORD_RE.sub(lambda m, i=i: f"{m.group(0)} x{i}", base)
        n, _ = run_once(text.encode("utf-8"))
        notes += n
        samples.append(rss_mb())
    seconds = time.perf_counter() - t0
    tenth = max(1, articles // 10)
    early = samples[tenth - 1]
    return {"articles": articles, "notes": notes, "seconds": seconds, "rss_mb_after_first": round(samples[0], 1),
            "rss_mb_after_tenth": round(early, 1), "rss_mb_at_end": round(samples[-1], 1),
            "growth_mb": round(samples[-1] - early, 1),
            "growth_kb_per_article": round((samples[-1] - early) * 1024 / max(1, articles - tenth), 2),
            "peak_mb": peak_mb()}


CASES = {
    "throughput": lambda args: throughput(args[0], float(args[1])),
    "scaled": lambda args: scaled(int(args[0])),
    "scaled-distinct": lambda args: scaled(int(args[0]), distinct=True),
    "long-note": lambda args: long_note(int(args[0])),
    "memory": lambda args: memory(int(args[0])),
}

if __name__ == "__main__":
    case, *rest = sys.argv[1:]
    print(json.dumps(CASES[case](rest)))
