"""Fuzz citex for a bounded number of examples: arbitrary bytes and text, mutated fixtures, odd fields.

    python tests/fuzz_extract.py                      # 200 examples per target, the CI sequence
    python tests/fuzz_extract.py --examples 5000 --seed 7
    python tests/fuzz_extract.py --target any_bytes --examples 20000

Each target is a property of ``tests/test_properties.py`` (no exception but a ``CitexError``,
no lost note, valid JSON, CSL-JSON and BibTeX); without ``--seed`` the sequence is fixed, so
CI is deterministic.  A failure prints the smallest failing input and exits 1.  Targets marked
as known defects (``xfail``) are skipped unless named with ``--target``.
"""
from __future__ import annotations

import argparse
import os
import sys
import time
import traceback
from pathlib import Path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--examples", type=int, default=200, help="examples per target (default 200)")
    parser.add_argument("--seed", type=int, default=None, help="a different, reproducible sequence")
    parser.add_argument("--target", action="append", default=[], help="run only these targets (repeatable)")
    args = parser.parse_args(argv)

    os.environ["CITEX_FUZZ_EXAMPLES"] = str(args.examples)
    if args.seed is not None:
        os.environ["CITEX_FUZZ_SEED"] = str(args.seed)
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    import test_properties  # noqa: PLC0415 - reads the settings above at import

    targets = {
        name.removeprefix("test_"): fn for name, fn in vars(test_properties).items()
        if name.startswith("test_") and callable(fn)
    }
    chosen = args.target or [t for t, fn in targets.items() if not _known_defect(fn)]
    unknown = [t for t in chosen if t not in targets]
    if unknown:
        parser.error(f"unknown target(s) {', '.join(unknown)}; choose from {', '.join(targets)}")
    failed = []
    for name in chosen:
        start = time.perf_counter()
        try:
            targets[name]()
            status = "ok"
        except Exception:  # noqa: BLE001 - report every failing target, then exit 1
            failed.append(name)
            status = "FAILED"
            traceback.print_exc()
        print(f"{status:6} {name} ({args.examples} examples, {time.perf_counter() - start:.1f}s)", flush=True)
    return 1 if failed else 0


def _known_defect(fn) -> bool:
    return any(mark.name == "xfail" for mark in getattr(fn, "pytestmark", []))


if __name__ == "__main__":
    sys.exit(main())
