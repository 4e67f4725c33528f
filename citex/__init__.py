"""citex: turn the endnotes of an article into a clean bibliography.

    >>> import citex
    >>> doc = citex.extract("fixtures/zech-2014-peru.txt")
    >>> len(doc.notes)
    58
"""
from __future__ import annotations

__version__ = "0.1.0"
__all__ = ["extract", "__version__"]


def extract(source, **kwargs):
    """Run the whole pipeline on a path, bytes or text; return a ``citex.model.Document``."""
    from .pipeline import extract as _extract

    return _extract(source, **kwargs)
