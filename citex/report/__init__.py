"""Audit dict -> one format: an 80-column table, JSON, Markdown, CSV or a one-page HTML report.

Every renderer formats the dict ``citex.audit.audit`` returns and counts nothing itself, so
every format shows the same numbers.
"""
from __future__ import annotations

from .. import jsontext

FORMATS = ("table", "json", "markdown", "csv", "html")


def render(report: dict, fmt: str) -> str:
    """The audit ``report`` in format ``fmt`` (one of ``FORMATS``)."""
    if fmt == "json":
        return jsontext.dumps(report)
    if fmt == "table":
        from .table import render as table
        return table(report)
    if fmt == "markdown":
        from .markdown import render as markdown
        return markdown(report)
    if fmt == "csv":
        from .csvout import render as csv
        return csv(report)
    if fmt == "html":
        from .html import render as html
        return html(report)
    raise ValueError(f"unknown audit format {fmt!r}; choose one of {', '.join(FORMATS)}")
