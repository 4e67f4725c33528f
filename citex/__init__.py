"""citex: turn the endnotes of an article into a clean bibliography.

The Python API mirrors the command line; every function is a plain function of its
arguments, so an existing engine (multiprocessing, Dask, Spark) can map it over files::

    >>> import citex
    >>> doc = citex.extract("fixtures/zech-2014-peru.txt")      # citex extract
    >>> len(doc.notes)
    58
    >>> bib = citex.dumps(doc, "bibtex")                        # citex extract --format bibtex
    >>> report = citex.audit_report(doc)                        # citex audit --format json (a dict)
    >>> result = citex.run_batch(["articles/"], "out/")         # citex batch articles/ -o out/

``import citex`` is cheap: each function imports the stages it needs when first called.
"""
from __future__ import annotations

__version__ = "0.1.0"
__all__ = ["extract", "dumps", "audit_report", "run_batch", "FORMATS", "__version__"]

# Export formats of ``dumps`` (the same names as ``citex extract --format``).
FORMATS = ("json", "csl-json", "csl-citations", "bibtex")


def extract(source, **kwargs):
    """Run the whole pipeline on a path, bytes or text; return a ``citex.model.Document``.

    Keyword arguments: ``name`` (the source's name in the output, for bytes and text) and
    ``input_format`` ("text", "markdown" or "html"; guessed when omitted).
    """
    from .pipeline import extract as _extract

    return _extract(source, **kwargs)


def dumps(doc, format: str = "json", *, classic: bool = False) -> str:  # noqa: A002 - the CLI's name
    """One export of a document as text: ``json``, ``csl-json``, ``csl-citations`` or ``bibtex``.

    ``classic=True`` with ``bibtex`` writes classic BibTeX instead of biblatex.
    """
    from .gcpause import cycle_collection_paused

    with cycle_collection_paused():
        return _dumps(doc, format, classic)


def _dumps(doc, format: str, classic: bool) -> str:  # noqa: A002
    if format == "json":
        from .export import jsondoc

        return jsondoc.dumps(doc)
    if format == "csl-json":
        from .export import csl

        return csl.dumps(doc)
    if format == "csl-citations":
        from .export import citations

        return citations.dumps(doc)
    if format == "bibtex":
        from .export import bibtex

        return bibtex.dumps(doc, classic=classic)
    raise ValueError(f"unknown format {format!r}; choose one of {', '.join(FORMATS)}")


def audit_report(doc, format: str | None = None):  # noqa: A002 - the CLI's name
    """The source audit of a document: a dict, or text in ``format`` (table, json, markdown, csv, html)."""
    from .audit import audit

    report = audit(doc)
    if format is None:
        return report
    from .report import render

    return render(report, format)


def run_batch(inputs, outdir, **kwargs):
    """Process files, folders or globs into ``outdir`` as ``citex batch`` does; return the counts.

    Keyword arguments: ``formats``, ``jobs``, ``force``, ``input_format``, ``classic``,
    ``progress`` (see ``citex.batch.run_batch``).
    """
    from .batch import run_batch as _run_batch

    return _run_batch(inputs, outdir, **kwargs)
