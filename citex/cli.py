"""The ``citex`` command: click commands, file I/O, messages and exit codes only.

Errors the user can fix are one line on stderr and a documented exit code; a bug in citex
is one line too (with ``CITEX_DEBUG=1`` for the traceback), never a raw traceback.
"""
from __future__ import annotations

import functools
import os
import sys

import click

from . import __version__
from .errors import EXIT_INTERNAL, EXIT_NO_NOTES, CitexError

EXTRACT_FORMATS = ("json", "csl-json", "csl-citations", "bibtex")

EPILOG = """\b
Exit codes: 0 ok; 2 bad usage; 3 unreadable input (missing, directory, empty,
binary); 4 no notes found in the article; 70 internal error.
"""


def handle_errors(func):
    """Turn every failure into one line on stderr and an exit code."""

    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        try:
            return func(*args, **kwargs)
        except CitexError as exc:
            click.echo(f"citex: error: {exc.message}", err=True)
            sys.exit(exc.exit_code)
        except (click.exceptions.Exit, click.exceptions.Abort, click.ClickException, SystemExit):
            raise
        except KeyboardInterrupt:
            click.echo("citex: interrupted", err=True)
            sys.exit(130)
        except BrokenPipeError:
            sys.exit(0)
        except Exception as exc:  # noqa: BLE001 - the promise is: never a traceback
            if os.environ.get("CITEX_DEBUG"):
                raise
            click.echo(f"citex: internal error: {type(exc).__name__}: {exc} (set CITEX_DEBUG=1 for details)", err=True)
            sys.exit(EXIT_INTERNAL)

    return wrapper


def write_output(text: str, output: str | None) -> None:
    """Write to a file atomically (temp file, then rename) or to stdout."""
    if not output or output == "-":
        sys.stdout.write(text)
        sys.stdout.flush()
        return
    directory = os.path.dirname(os.path.abspath(output))
    if not os.path.isdir(directory):
        raise CitexError(f"{output}: folder {directory} does not exist")
    tmp = f"{output}.tmp{os.getpid()}"
    try:
        with open(tmp, "w", encoding="utf-8") as fh:
            fh.write(text)
        os.replace(tmp, output)
    except OSError as exc:
        raise CitexError(f"{output}: cannot write ({exc.strerror or exc})") from None
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)


def render(doc, fmt: str, classic: bool = False) -> str:
    """One export of a document, by format name."""
    if fmt == "json":
        from .export import jsondoc

        return jsondoc.dumps(doc)
    if fmt == "csl-json":
        from .export import csl

        return csl.dumps(doc)
    if fmt == "csl-citations":
        from .export import citations

        return citations.dumps(doc)
    if fmt == "bibtex":
        from .export import bibtex

        return bibtex.dumps(doc, classic=classic)
    raise CitexError(f"unknown format {fmt!r}; choose one of {', '.join(EXTRACT_FORMATS)}", 2)


@click.group(context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100}, epilog=EPILOG)
@click.version_option(__version__, prog_name="citex")
def main() -> None:
    """Turn the endnotes of an article into a clean bibliography.

    citex finds every note of an article (text or markdown pasted from a web page, markdown
    footnotes, numbered Notes sections, HTML), splits each note into the works it cites,
    types them (report, news, interview, book, chapter, journal article, speech, web page),
    resolves Ibid. and short forms, and exports BibTeX and CSL-JSON.

    \b
    Examples:
      citex extract fixtures/zech-2014-peru.txt --format json
      citex extract article.txt --format csl-json -o refs.json   # for Zotero
      citex extract article.md --format bibtex -o refs.bib
      cat article.txt | citex extract - --format bibtex
    """


@main.command()
@click.argument("article", type=click.Path(dir_okay=True, allow_dash=True))
@click.option("-f", "--format", "fmt", type=click.Choice(EXTRACT_FORMATS), default="json", show_default=True,
              help="json: citex's document (notes, citations, items, warnings); csl-json: the bibliography "
                   "for Zotero/pandoc/citeproc; csl-citations: one CSL citation per note; bibtex: biblatex "
                   "(--classic for BibTeX).")
@click.option("-o", "--output", type=click.Path(allow_dash=True), default=None,
              help="Write here instead of stdout.")
@click.option("--classic", is_flag=True, help="With --format bibtex: classic BibTeX (@techreport, year, journal).")
@click.option("--input-format", type=click.Choice(["auto", "text", "markdown", "html"]), default="auto",
              show_default=True, help="How to read ARTICLE; auto looks at the content and the extension.")
@handle_errors
def extract(article: str, fmt: str, output: str | None, classic: bool, input_format: str) -> None:
    """Extract the notes and bibliography of ARTICLE (a file, or - for stdin).

    \b
    Example:
      citex extract fixtures/zech-2014-peru.txt --format json -o out/zech.json
    """
    from .pipeline import extract as run

    doc = run(article if article != "-" else _stdin_text(input_format), input_format=_fmt(input_format),
              name="<stdin>" if article == "-" else None)
    if not doc.notes:
        click.echo(f"citex: warning: no notes found in {article}", err=True)
    write_output(render(doc, fmt, classic), output)
    if not doc.notes:
        sys.exit(EXIT_NO_NOTES)


def _fmt(input_format: str) -> str | None:
    return None if input_format == "auto" else input_format


def _stdin_text(input_format: str):
    from . import sources

    return sources.read_path("-", input_format=_fmt(input_format))


if __name__ == "__main__":  # pragma: no cover
    main()
