"""The same notes through other reference parsers, where they are installed.

    python bench/peers.py refextract NOTES.txt   # refextract (pip install -e '.[bench]')
    python bench/peers.py anystyle NOTES.txt     # AnyStyle's command line (a Ruby gem), if on PATH

NOTES.txt holds one note per line.  Each prints one JSON line: notes/s after warm-up, and
for AnyStyle the wall time of its command line on one article, or ``{"missing": reason}``.
"""
from __future__ import annotations

import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time

ANYSTYLE_MISSING = "not installed (a Ruby gem; rubygems.org is not reachable from this machine)"
ANYSTYLE_REFERENCE_NOTES_PER_S = 420.0  # AnyStyle's API on the seed's 58 notes, measured for issue 8
ANYSTYLE_REFERENCE_CLI_S = 0.75  # `anystyle parse` on the seed from the command line, same source


def refextract_case(notes: list[str]) -> dict:
    try:
        t0 = time.perf_counter()
        from refextract import extract_references_from_string
    except ImportError:
        return {"missing": "not installed (pip install -e '.[bench]')"}
    imported = time.perf_counter() - t0
    t0 = time.perf_counter()
    extract_references_from_string("[1] J. Smith, A Title (London: Verso, 2001).")  # loads its knowledge bases
    warm_up = time.perf_counter() - t0
    block = "\n".join(f"[{i}] {note}" for i, note in enumerate(notes, 1))
    times, walls, found = [], [], 0
    for _ in range(3):
        w0, t0 = time.perf_counter(), time.process_time()
        found = len(extract_references_from_string(block, is_only_references=True))
        times.append(time.process_time() - t0)
        walls.append(time.perf_counter() - w0)
    best = min(times)
    return {"notes": len(notes), "references": found, "seconds": best, "wall_s": min(walls),
            "notes_per_s": len(notes) / best,
            "import_s": imported, "first_call_s": warm_up}


def anystyle_case(notes: list[str]) -> dict:
    exe = shutil.which("anystyle")
    if not exe:
        return {"missing": ANYSTYLE_MISSING, "reference_notes_per_s": ANYSTYLE_REFERENCE_NOTES_PER_S,
                "reference_cli_s": ANYSTYLE_REFERENCE_CLI_S}
    with tempfile.TemporaryDirectory() as tmp:
        one = os.path.join(tmp, "one.txt")
        many = os.path.join(tmp, "many.txt")
        with open(one, "w", encoding="utf-8") as fh:
            fh.write("\n".join(notes) + "\n")
        copies = 20
        with open(many, "w", encoding="utf-8") as fh:
            fh.write("\n".join(notes * copies) + "\n")

        def timed(path: str) -> tuple[float, float]:
            """(wall, CPU) seconds of one `anystyle parse` run."""
            before = resource.getrusage(resource.RUSAGE_CHILDREN)
            t0 = time.perf_counter()
            subprocess.run([exe, "-f", "json", "--stdout", "parse", path], check=True,
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            wall = time.perf_counter() - t0
            after = resource.getrusage(resource.RUSAGE_CHILDREN)
            return wall, (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime)

        one_runs = [timed(one) for _ in range(3)]
        many_runs = [timed(many) for _ in range(2)]
    cli = min(w for w, _ in one_runs)
    # The start-up cost is paid once in both runs; the difference is parsing alone.
    extra = (copies - 1) * len(notes)
    cpu_one, cpu_many = min(c for _, c in one_runs), min(c for _, c in many_runs)
    rate = extra / (cpu_many - cpu_one) if cpu_many > cpu_one else float("nan")
    return {"notes": len(notes), "cli_s": cli, "seconds": cpu_one, "notes_per_s": rate, "executable": exe}


if __name__ == "__main__":
    peer, path = sys.argv[1:3]
    with open(path, encoding="utf-8") as fh:
        lines = [line.rstrip("\n") for line in fh if line.strip()]
    print(json.dumps({"refextract": refextract_case, "anystyle": anystyle_case}[peer](lines)))
