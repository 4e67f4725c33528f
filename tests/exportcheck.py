"""Is an export valid?  CSL-JSON against the CSL schema; BibTeX through bibtexparser and pybtex.

Shared by the hostile-input suite and the property tests: whatever the input, every export
must load in the tools people import it into.
"""
from __future__ import annotations

import json
from functools import cache
from pathlib import Path

import bibtexparser
import jsonschema
from pybtex import errors as pybtex_errors
from pybtex.database import parse_string as pybtex_parse

from citex.export import bibtex, csl, jsondoc
from citex.model import Document

CSL_SCHEMA = Path(__file__).parent / "data" / "csl-data.json"


@cache
def csl_validator() -> jsonschema.Draft7Validator:
    return jsonschema.Draft7Validator(json.loads(CSL_SCHEMA.read_text(encoding="utf-8")))


def csl_problems(text: str) -> list[str]:
    """Why a CSL-JSON export is invalid (empty when it is valid)."""
    try:
        data = json.loads(text)
    except ValueError as exc:
        return [f"not JSON: {exc}"]
    return [f"{'/'.join(map(str, e.absolute_path))}: {e.message}" for e in csl_validator().iter_errors(data)]


def bibtex_problems(text: str, entries: int) -> list[str]:
    """Why a BibTeX export does not parse as ``entries`` entries in bibtexparser and pybtex (strict)."""
    problems: list[str] = []
    library = bibtexparser.parse_string(text)
    for block in library.failed_blocks:
        problems.append(f"bibtexparser: {type(block).__name__}: {block.raw[:120]!r}")
    if len(library.entries) != entries:
        problems.append(f"bibtexparser: {len(library.entries)} entries, expected {entries}")
    previous = pybtex_errors.strict
    pybtex_errors.set_strict_mode(True)
    try:
        data = pybtex_parse(text, "bibtex")
        if len(data.entries) != entries:
            problems.append(f"pybtex: {len(data.entries)} entries, expected {entries}")
    except Exception as exc:  # noqa: BLE001 - any pybtex error is the finding
        problems.append(f"pybtex: {type(exc).__name__}: {str(exc)[:200]}")
    finally:
        pybtex_errors.set_strict_mode(previous)
    return problems


def export_problems(doc: Document) -> list[str]:
    """Every way the document's exports are invalid: JSON, CSL-JSON, biblatex and classic BibTeX."""
    problems: list[str] = []
    try:
        json.loads(jsondoc.dumps(doc))
    except ValueError as exc:
        problems.append(f"json: {exc}")
    problems += [f"csl-json: {p}" for p in csl_problems(csl.dumps(doc))]
    for classic in (False, True):
        label = "bibtex" if classic else "biblatex"
        problems += [f"{label}: {p}" for p in bibtex_problems(bibtex.dumps(doc, classic=classic), len(doc.items))]
    return problems
