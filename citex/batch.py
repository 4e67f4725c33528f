"""Run citex over many articles: files, folders or globs -> one output set per article.

The parent process lists the articles, skips those whose outputs are up to date, and hands
the rest to a pool of worker processes.  A worker reads one article, runs the pipeline,
writes every output atomically (a temporary file, then a rename) and returns one summary
record; it never stops the batch: a failure becomes a record with ``"status": "failed"``.
The parent appends each record to ``summary.jsonl`` as a whole line as soon as it arrives and
keeps only counters, so its memory does not grow with the number of articles.

On Ctrl-C the workers are stopped, temporary files are removed, and every output on disk is
complete; running the same command again continues where the batch stopped.
"""
from __future__ import annotations

import glob
import json
import os
import signal
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field

from .errors import EXIT_INPUT, EXIT_USAGE, CitexError

# Output format -> the suffix of its file beside the article's name.
OUTPUT_SUFFIX: dict[str, str] = {
    "json": ".json",
    "csl-json": ".csl.json",
    "csl-citations": ".citations.json",
    "bibtex": ".bib",
}
DEFAULT_FORMATS = ("json", "csl-json", "bibtex")
# Files a folder contributes (a file named on the command line is taken whatever its name).
ARTICLE_EXTENSIONS = (".txt", ".text", ".md", ".markdown", ".html", ".htm", ".xhtml", ".pdf", ".docx")
SUMMARY_NAME = "summary.jsonl"
TMP_MARK = ".citex-tmp-"  # "out/a.json.citex-tmp-4242": an output being written
WORKER_ARTICLES = 500  # articles a worker process handles before a fresh one takes over
EXIT_SOME_FAILED = 1  # the batch ran to its end, but some articles failed (see summary.jsonl)


@dataclass(frozen=True)
class Job:
    """One article to process: where it is, and its outputs' common path without suffix."""

    source: str
    base: str  # "OUTDIR/sub/article": outputs are base + suffix


@dataclass
class BatchResult:
    """Counts of one batch run; every article is in exactly one of ok/no_notes/skipped/failed."""

    total: int = 0
    ok: int = 0
    no_notes: int = 0
    skipped: int = 0
    failed: int = 0
    notes: int = 0
    seconds: float = 0.0
    summary: str = ""
    failures: list[str] = field(default_factory=list)  # the first few "source: error" lines

    @property
    def done(self) -> int:
        return self.ok + self.no_notes + self.failed

    @property
    def exit_code(self) -> int:
        return EXIT_SOME_FAILED if self.failed else 0

    def line(self) -> str:
        parts = [f"{self.total} article{'s' if self.total != 1 else ''}: {self.ok} done"]
        if self.no_notes:
            parts.append(f"{self.no_notes} without notes")
        parts.append(f"{self.skipped} up to date")
        parts.append(f"{self.failed} failed")
        rate = f" ({self.notes / self.seconds:,.0f} notes/s)" if self.seconds > 0 and self.notes else ""
        return ", ".join(parts) + f" in {self.seconds:.1f} s{rate}; summary in {self.summary}"


class BatchInterrupted(KeyboardInterrupt):
    """Ctrl-C during a batch, raised after the workers stopped and temporary files were removed."""

    def __init__(self, result: BatchResult):
        super().__init__(f"interrupted after {result.done} of {result.total - result.skipped} articles")
        self.result = result


def parse_formats(values: Iterable[str]) -> tuple[str, ...]:
    """"json", "json,bibtex" or several values -> the formats, in order, each once."""
    out: list[str] = []
    for value in values:
        for name in value.split(","):
            name = name.strip().lower()
            if not name:
                continue
            if name not in OUTPUT_SUFFIX:
                raise CitexError(f"unknown format {name!r}; choose from {', '.join(OUTPUT_SUFFIX)}", EXIT_USAGE)
            if name not in out:
                out.append(name)
    return tuple(out) or DEFAULT_FORMATS


def default_jobs() -> int:
    """The number of CPUs this process may run on."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not Linux
        return max(1, os.cpu_count() or 1)


def find_articles(inputs: Sequence[str], outdir: str) -> list[Job]:
    """Files, folders (walked, hidden entries and OUTDIR skipped) and globs -> jobs, in order.

    A folder's articles keep their relative paths under OUTDIR; a file or a glob match is named
    by its file name.  Outputs are named without the article's extension ("a.txt" -> "a.json")
    unless two articles share that name ("a.txt", "a.html" -> "a.txt.json", "a.html.json").
    Two articles that would still write the same outputs are refused up front.
    """
    if not inputs:
        raise CitexError("no input: name files, folders or globs", EXIT_USAGE)
    out_abs = os.path.abspath(outdir)
    found: list[tuple[str, str]] = []  # (path, name under OUTDIR with its extension)
    seen: set[str] = set()

    def add(path: str, rel: str) -> None:
        real = os.path.abspath(path)
        if real not in seen:
            seen.add(real)
            found.append((path, rel))

    for arg in inputs:
        if os.path.isdir(arg):
            for path in _walk(arg, out_abs):
                add(path, os.path.relpath(path, arg))
        elif os.path.exists(arg):
            add(arg, os.path.basename(arg))
        elif any(ch in arg for ch in "*?["):
            matches = sorted(glob.glob(arg, recursive=True))
            if not matches:
                raise CitexError(f"{arg}: no file matches", EXIT_INPUT)
            for path in matches:
                if os.path.isdir(path):
                    for inner in _walk(path, out_abs):
                        add(inner, os.path.relpath(inner, os.path.dirname(path.rstrip(os.sep)) or "."))
                elif _is_article(path) and not _inside(path, out_abs):
                    add(path, os.path.basename(path))
        else:
            raise CitexError(f"{arg}: no such file or folder", EXIT_INPUT)
    if not found:
        raise CitexError(f"no articles ({', '.join(ARTICLE_EXTENSIONS)}) in {' '.join(inputs)}", EXIT_INPUT)

    stems = Counter(os.path.splitext(rel)[0] for _, rel in found)
    jobs: list[Job] = []
    by_base: dict[str, str] = {}
    for path, rel in found:
        stem = os.path.splitext(rel)[0]
        base = os.path.join(outdir, stem if stems[stem] == 1 else rel)
        if base in by_base:
            raise CitexError(f"{by_base[base]} and {path} would both write {base}.*; "
                             "give their folder instead, or run them in two batches", EXIT_USAGE)
        by_base[base] = path
        jobs.append(Job(source=path, base=base))
    return jobs


def _is_article(path: str) -> bool:
    return path.lower().endswith(ARTICLE_EXTENSIONS) and not os.path.basename(path).startswith(".")


def _inside(path: str, folder: str) -> bool:
    path = os.path.abspath(path)
    return path == folder or path.startswith(folder + os.sep)


def _walk(top: str, out_abs: str) -> list[str]:
    found: list[str] = []
    for root, dirs, files in os.walk(top):
        dirs[:] = sorted(d for d in dirs if not d.startswith(".") and not _inside(os.path.join(root, d), out_abs))
        found.extend(os.path.join(root, f) for f in sorted(files) if _is_article(f))
    return found


def outputs_of(job: Job, formats: Sequence[str]) -> list[str]:
    return [job.base + OUTPUT_SUFFIX[f] for f in formats]


def up_to_date(job: Job, formats: Sequence[str]) -> bool:
    """Every output exists and is at least as new as the article."""
    try:
        src = os.stat(job.source).st_mtime_ns
        return all(os.stat(path).st_mtime_ns >= src for path in outputs_of(job, formats))
    except OSError:
        return False


def write_atomic(path: str, text: str) -> None:
    """Write ``text`` to ``path`` through a temporary file and a rename: never a half-written file."""
    tmp = f"{path}{TMP_MARK}{os.getpid()}"
    try:
        with open(tmp, "w", encoding="utf-8") as fh:
            fh.write(text)
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except FileNotFoundError:
            pass
        raise


def process_article(task: tuple[str, str, tuple[str, ...], str | None, bool]) -> dict:
    """Worker: one article -> its outputs on disk and its summary record (never raises an Exception)."""
    source, base, formats, input_format, classic = task
    from . import dumps, patterncache, pipeline

    start = time.perf_counter()
    record: dict = {"source": source}
    try:
        doc = pipeline.extract(source, input_format=input_format)
        texts = [(base + OUTPUT_SUFFIX[fmt], dumps(doc, fmt, classic=classic)) for fmt in formats]
        os.makedirs(os.path.dirname(base) or ".", exist_ok=True)
        for path, text in texts:  # every export rendered first: a failing one writes nothing
            write_atomic(path, text)
        outputs = [path for path, _ in texts]
        record.update(status="ok" if doc.notes else "no-notes", **document_counts(doc), outputs=outputs)
    except CitexError as exc:
        record.update(status="failed", error=exc.message)
    except Exception as exc:  # noqa: BLE001 - one bad article never stops the batch
        record.update(status="failed", error=f"internal error: {type(exc).__name__}: {exc}")
    record["seconds"] = round(time.perf_counter() - start, 4)
    patterncache.save()  # a pool's workers end without running exit handlers: keep what they compiled now
    return record


def document_counts(doc) -> dict:
    """The summary's numbers for one document: notes, citations, works (bibliography items),
    works by family (all five families, in the audit's order), warnings."""
    from .model import FAMILIES

    families = Counter(item.work.family for item in doc.items)
    return {
        "notes": len(doc.notes),
        "citations": sum(len(n.citations) for n in doc.notes),
        "works": len(doc.items),
        "families": {f: families.get(f, 0) for f in (*FAMILIES, *sorted(set(families) - set(FAMILIES)))},
        "warnings": len(doc.warnings),
    }


def run_batch(inputs: Sequence[str], outdir: str, *, formats: Sequence[str] = DEFAULT_FORMATS,
              jobs: int | None = None, force: bool = False, input_format: str | None = None,
              classic: bool = False, progress: Callable[[BatchResult], None] | None = None) -> BatchResult:
    """Process every article of ``inputs`` into ``outdir``; return the counts.

    ``progress`` (if given) is called with the running counts after each article.  Raises
    ``CitexError`` for bad inputs before anything is written, and ``BatchInterrupted`` on Ctrl-C.
    """
    formats = parse_formats(formats)
    if os.path.exists(outdir) and not os.path.isdir(outdir):
        raise CitexError(f"{outdir}: exists and is not a folder", EXIT_USAGE)
    found = find_articles(inputs, outdir)
    try:
        os.makedirs(outdir, exist_ok=True)
    except OSError as exc:
        raise CitexError(f"{outdir}: cannot create the folder ({exc.strerror or exc})", EXIT_INPUT) from None
    summary_path = os.path.join(outdir, SUMMARY_NAME)
    previous = {} if force else _read_summary(summary_path)
    _sweep_tmp({os.path.dirname(j.base) or "." for j in found})

    result = BatchResult(total=len(found), summary=summary_path)
    start = time.perf_counter()
    fd = os.open(summary_path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
    try:
        pending: list[Job] = []
        for job in found:
            old = previous.get(os.path.abspath(job.source))
            if old is not None and old.get("status") in ("ok", "no-notes") and up_to_date(job, formats):
                _append(fd, {**old, "source": job.source, "skipped": True})
                result.skipped += 1
            else:
                pending.append(job)
        previous.clear()
        tasks = [(j.source, j.base, formats, input_format, classic) for j in pending]
        records = _run(tasks, jobs)
        try:
            for record in records:
                _append(fd, record)
                _count(result, record)
                result.seconds = time.perf_counter() - start
                if progress:
                    progress(result)
        except KeyboardInterrupt:
            records.close()  # stops the workers if the interrupt came outside the pool's wait
            _sweep_tmp({os.path.dirname(j.base) or "." for j in pending})
            result.seconds = time.perf_counter() - start
            raise BatchInterrupted(result) from None
    finally:
        os.close(fd)
    result.seconds = time.perf_counter() - start
    return result


def _run(tasks: list[tuple], jobs: int | None) -> Iterable[dict]:
    """Records as articles finish: in this process for one job, else in a pool of workers."""
    jobs = min(jobs or default_jobs(), len(tasks))
    if jobs <= 1:
        for task in tasks:
            yield process_article(task)
        return
    import multiprocessing

    from . import pipeline  # noqa: F401 - imported once here, inherited by forked workers

    # A worker is replaced after WORKER_ARTICLES articles: memory stays flat even if some
    # library held on to something per article.
    pool = multiprocessing.get_context().Pool(jobs, initializer=_ignore_sigint, maxtasksperchild=WORKER_ARTICLES)
    try:
        yield from pool.imap_unordered(process_article, tasks, chunksize=1)
        pool.close()
    except BaseException:
        pool.terminate()  # Ctrl-C or an error in the parent: stop the workers now
        raise
    finally:
        pool.join()


def _ignore_sigint() -> None:
    """Workers leave Ctrl-C to the parent, which stops them and cleans up."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _count(result: BatchResult, record: dict) -> None:
    status = record.get("status")
    if status == "ok":
        result.ok += 1
    elif status == "no-notes":
        result.no_notes += 1
    else:
        result.failed += 1
        if len(result.failures) < 5:
            error = record.get("error", "failed")
            result.failures.append(error if error.startswith(record["source"]) else f"{record['source']}: {error}")
    result.notes += record.get("notes", 0)


def _append(fd: int, record: dict) -> None:
    """One whole line per write call, so an interrupted batch leaves only whole lines."""
    data = (json.dumps(record, ensure_ascii=False) + "\n").encode("utf-8")
    written = os.write(fd, data)
    if written != len(data):
        raise CitexError(f"summary.jsonl: short write ({written} of {len(data)} bytes; disk full?)", EXIT_INPUT)


def _read_summary(path: str) -> dict[str, dict]:
    """The records of the last run, by the article's absolute path; unreadable lines are ignored."""
    out: dict[str, dict] = {}
    try:
        with open(path, encoding="utf-8") as fh:
            for line in fh:
                try:
                    record = json.loads(line)
                except ValueError:
                    continue
                if isinstance(record, dict) and isinstance(record.get("source"), str):
                    out[os.path.abspath(record["source"])] = record
    except OSError:
        pass
    return out


def _sweep_tmp(folders: Iterable[str]) -> None:
    """Remove temporary files a stopped worker may have left (only citex names files this way)."""
    for folder in folders:
        try:
            with os.scandir(folder) as entries:
                for entry in entries:
                    if TMP_MARK in entry.name and entry.is_file():
                        try:
                            os.unlink(entry.path)
                        except OSError:
                            pass
        except OSError:
            continue


class Progress:
    """A one-line progress display on a terminal: counts, rate and time left (stderr only)."""

    def __init__(self, stream=None, interval: float = 0.1):
        self.stream = stream or sys.stderr
        self.interval = interval
        self.last = 0.0
        self.shown = False

    def __call__(self, result: BatchResult) -> None:
        now = time.perf_counter()
        todo = result.total - result.skipped
        if now - self.last < self.interval and result.done < todo:
            return
        self.last = now
        rate = result.done / result.seconds if result.seconds > 0 else 0.0
        left = (todo - result.done) / rate if rate > 0 else 0.0
        width = 24
        filled = int(width * result.done / todo) if todo else width
        bar = "#" * filled + "-" * (width - filled)
        failed = f", {result.failed} failed" if result.failed else ""
        self.stream.write(f"\r[{bar}] {result.done}/{todo} articles{failed}, {rate:.1f}/s, "
                          f"{int(left) // 60}:{int(left) % 60:02d} left ")
        self.stream.flush()
        self.shown = True

    def close(self) -> None:
        if self.shown:
            self.stream.write("\n")
            self.stream.flush()
