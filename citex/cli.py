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
from .errors import EXIT_INTERNAL, EXIT_INTERRUPTED, EXIT_NO_NOTES, EXIT_OK, CitexError, one_line
from .sources import INPUT_FORMATS

EXTRACT_FORMATS = ("json", "csl-json", "csl-citations", "bibtex")
AUDIT_FORMATS = ("table", "json", "markdown", "csv", "html")  # citex.report.FORMATS, kept here for a fast start

EPILOG = """\b
Exit codes: 0 ok; 2 bad usage; 3 unreadable input (missing, directory, empty,
binary); 4 no notes found in the article; 70 internal error.
"""


class OneLineErrors(click.Group):
    """Usage errors (unknown option, bad --format value) as one line on stderr, exit code 2."""

    def main(self, args=None, prog_name=None, complete_var=None, standalone_mode=True, **extra):
        if not standalone_mode:
            return super().main(args, prog_name, complete_var, standalone_mode=False, **extra)
        try:
            rv = super().main(args, prog_name, complete_var, standalone_mode=False, **extra)
        except click.UsageError as exc:
            if type(exc).__name__ == "NoArgsIsHelpError":  # bare `citex`: the help is the answer
                exc.show()
                sys.exit(exc.exit_code)
            hint = f" (see '{exc.ctx.command_path} --help')" if exc.ctx else ""
            click.echo(f"citex: error: {one_line(exc.format_message())}{hint}", err=True)
            sys.exit(exc.exit_code)
        except click.ClickException as exc:
            click.echo(f"citex: error: {one_line(exc.format_message())}", err=True)
            sys.exit(exc.exit_code)
        except (click.Abort, EOFError, KeyboardInterrupt):
            click.echo("citex: interrupted", err=True)
            sys.exit(EXIT_INTERRUPTED)
        sys.exit(rv if isinstance(rv, int) else EXIT_OK)


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
            click.echo(f"citex: internal error: {type(exc).__name__}: {one_line(str(exc))[:300]} (set CITEX_DEBUG=1 for details)",
                       err=True)
            sys.exit(EXIT_INTERNAL)

    return wrapper


def write_output(text: str, output: str | None) -> None:
    """Write to stdout, to a device or pipe as it is, or to a file atomically (temp file, then rename;
    a link keeps pointing at the file it named)."""
    if not output or output == "-":
        sys.stdout.write(text)
        sys.stdout.flush()
        return
    if os.path.exists(output) and not os.path.isfile(output) and not os.path.isdir(output):  # /dev/null, /dev/stdout, a pipe: write into it
        try:
            with open(output, "w", encoding="utf-8") as fh:
                fh.write(text)
        except OSError as exc:
            raise CitexError(f"{output}: cannot write ({exc.strerror or exc})") from None
        return
    output = os.path.realpath(output)  # through a link, the file it points at is replaced, not the link
    directory = os.path.dirname(output)
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


@click.group(cls=OneLineErrors, context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100}, epilog=EPILOG)
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
      citex audit article.txt --format html -o audit.html
      citex explain article.txt 12
    """


@main.command()
@click.argument("article", type=click.Path(dir_okay=True, allow_dash=True))
@click.option("-f", "--format", "fmt", type=click.Choice(EXTRACT_FORMATS), default="json", show_default=True,
              help="json: citex's document (notes, citations, items, warnings); csl-json: the bibliography "
                   "for Zotero/pandoc/citeproc; csl-citations: one CSL citation per note; bibtex: biblatex "
                   "(--classic for BibTeX).")
@click.option("-o", "--output", type=click.Path(allow_dash=True), default=None,
              help="Write here instead of stdout.  Without --format, a folder (out/) or a path without an "
                   "extension (out/zech) gets every format: NAME.json, NAME.csl.json, NAME.citations.json, NAME.bib.")
@click.option("--classic", is_flag=True, help="With --format bibtex: classic BibTeX (@techreport, year, journal).")
@click.option("--input-format", type=click.Choice(["auto", *INPUT_FORMATS]), default="auto",
              show_default=True, help="How to read ARTICLE; auto looks at the content and the extension.")
@handle_errors
def extract(article: str, fmt: str, output: str | None, classic: bool, input_format: str) -> None:
    """Extract the notes and bibliography of ARTICLE (a file, or - for stdin).

    \b
    Examples:
      citex extract fixtures/zech-2014-peru.txt --format json -o out/zech.json
      citex extract fixtures/zech-2014-peru.txt -o out/     # every format, out/zech-2014-peru.*
    """
    from click.core import ParameterSource

    given = click.get_current_context().get_parameter_source("fmt") == ParameterSource.COMMANDLINE
    base = all_formats_base(article, output, given)
    doc = _load(article, input_format)
    if not doc.notes:
        click.echo(f"citex: warning: no notes found in {one_line(article)}", err=True)
    if base:
        from .batch import OUTPUT_SUFFIX

        for name, suffix in OUTPUT_SUFFIX.items():
            write_output(render(doc, name, classic), base + suffix)
        click.echo(f"citex: wrote {base}{{{','.join(OUTPUT_SUFFIX.values())}}}", err=True)
    else:
        write_output(render(doc, fmt, classic), output)
    if not doc.notes:
        sys.exit(EXIT_NO_NOTES)


def all_formats_base(article: str, output: str | None, format_given: bool) -> str | None:
    """Where ``extract -o`` writes every format, or None for one file.

    ``-o out/`` (or an existing folder) -> ``out/ARTICLE-NAME``; ``-o out/zech`` (no extension)
    -> ``out/zech``; with ``--format``, or a path with an extension, -o names one file.
    """
    if not output or output == "-" or format_given:
        return None
    if output.endswith(("/", os.sep)) or os.path.isdir(output):
        os.makedirs(output, exist_ok=True)
        name = "stdin" if article == "-" else os.path.basename(os.path.normpath(article))
        stem = name.split(".")[0] or "article"
        return os.path.join(output, stem)
    if "." not in os.path.basename(output):
        return output
    return None


@main.command()
@click.argument("article", type=click.Path(dir_okay=True, allow_dash=True))
@click.option("-f", "--format", "fmt", type=click.Choice(AUDIT_FORMATS), default="table", show_default=True,
              help="table: for a terminal (80 columns); json: every number (schema in the README); markdown; "
                   "csv: one row per number; html: a one-page report with a chart, offline and printable.")
@click.option("-o", "--output", type=click.Path(allow_dash=True), default=None,
              help="Write here instead of stdout.")
@click.option("--input-format", type=click.Choice(["auto", *INPUT_FORMATS]), default="auto",
              show_default=True, help="How to read ARTICLE; auto looks at the content and the extension.")
@handle_errors
def audit(article: str, fmt: str, output: str | None, input_format: str) -> None:
    """Audit the sources of ARTICLE: what its evidence rests on.

    Works and citations (every mention, Ibid. and short forms included) by CSL type and by
    family (report, news, interview, book, journal); each note's families and kinds; the
    interviews, news outlets and websites, languages and dates; and the problems (unresolved or ambiguous
    back-references, unparsed pieces, marker anomalies, notes that cite nothing).

    \b
    Example:
      citex audit fixtures/zech-2014-peru.txt
      citex audit fixtures/zech-2014-peru.txt --format html -o out/zech-audit.html
    """
    from .audit import audit as compute
    from .report import render as render_report

    doc = _load(article, input_format)
    if not doc.notes:
        click.echo(f"citex: warning: no notes found in {one_line(article)}", err=True)
    write_output(render_report(compute(doc), fmt), output)
    if not doc.notes:
        sys.exit(EXIT_NO_NOTES)


class _NoteNumber(click.ParamType):
    """A note as printed: a number ("20") or a letter ("a")."""

    name = "note"

    def convert(self, value, param, ctx):
        text = str(value).strip()
        if text.isdigit():
            return int(text)
        if len(text) == 1 and text.isalpha():
            return text  # (found whatever its case: "A" is note "a" where the article prints "[a]")
        self.fail(f"{value!r} is no note number: give its number (20) or its letter (a)", param, ctx)


NOTE_NUMBER = _NoteNumber()


@main.command()
@click.argument("article", type=click.Path(dir_okay=True, allow_dash=True))
@click.argument("note", type=NOTE_NUMBER)
@click.option("-f", "--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True,
              help="text: for reading; json: the same as data.")
@click.option("--input-format", type=click.Choice(["auto", *INPUT_FORMATS]), default="auto",
              show_default=True, help="How to read ARTICLE; auto looks at the content and the extension.")
@handle_errors
def explain(article: str, note: int | str, fmt: str, input_format: str) -> None:
    """Show how citex read note NOTE of ARTICLE, and why.

    NOTE is the note's number as printed: 20, or a letter ("a") for a note marked with one.
    The note, the pieces cut from it, and for each work its type, fields, the bibliography
    item it resolved to, and the evidence behind each decision.

    \b
    Example:
      citex explain fixtures/zech-2014-peru.txt 20
    """
    from . import explain as explaining
    from . import jsontext

    doc = _load(article, input_format)
    if not doc.notes:
        raise CitexError(f"no notes found in {one_line(article)}", EXIT_NO_NOTES)
    explained = explaining.explain(doc, note)
    if fmt == "json":
        write_output(jsontext.dumps(explained), None)
    else:
        write_output(explaining.render_text(explained), None)


@main.command()
@click.argument("inputs", nargs=-1, required=True, type=click.Path())
@click.option("-o", "--output-dir", "outdir", required=True, type=click.Path(file_okay=False),
              help="Folder for the outputs and summary.jsonl (created if missing).")
@click.option("-f", "--format", "formats", multiple=True, metavar="FORMAT[,FORMAT]",
              help=f"Outputs per article, repeated or comma-separated: {', '.join(EXTRACT_FORMATS)}. "
                   "[default: json, csl-json, bibtex]")
@click.option("-j", "--jobs", type=click.IntRange(min=1), default=None,
              help="Worker processes. [default: the number of CPUs]")
@click.option("--force", is_flag=True, help="Redo articles whose outputs are already up to date.")
@click.option("--classic", is_flag=True, help="With bibtex: classic BibTeX instead of biblatex.")
@click.option("--input-format", type=click.Choice(["auto", *INPUT_FORMATS]), default="auto",
              show_default=True, help="How to read the articles; auto looks at each one's content and extension.")
@click.option("-q", "--quiet", is_flag=True, help="No progress bar and no closing line.")
@handle_errors
def batch(inputs: tuple[str, ...], outdir: str, formats: tuple[str, ...], jobs: int | None, force: bool,
          classic: bool, input_format: str, quiet: bool) -> None:
    """Extract every article of INPUTS (files, folders, globs) into OUTDIR.

    Each article gets its outputs beside its name (a folder's articles keep their sub-folders):
    NAME.json, NAME.csl.json, NAME.bib, NAME.citations.json.  OUTDIR/summary.jsonl holds one line
    per article: status, notes, citations, works, families, warnings, seconds.  A failing article
    is recorded there and counted; it never stops the batch.  Articles whose outputs are newer
    than the article are skipped (--force redoes them); Ctrl-C leaves only complete files, and
    the same command continues where it stopped.

    \b
    Exit codes: 0 every article done; 1 some articles failed (see summary.jsonl);
    2 bad usage; 3 an input is missing or holds no article; 130 interrupted.

    \b
    Examples:
      citex batch articles/ -o out/
      citex batch 'archive/**/*.html' -o out/ --format csl-json,bibtex --jobs 4
    """
    from .batch import BatchInterrupted, Progress, parse_formats, run_batch

    show = Progress() if sys.stderr.isatty() and not quiet else None
    try:
        result = run_batch(inputs, outdir, formats=parse_formats(formats), jobs=jobs, force=force,
                           input_format=_fmt(input_format), classic=classic, progress=show)
    except BatchInterrupted as stop:
        if show:
            show.close()
        done = stop.result
        click.echo(f"citex: interrupted after {done.done} of {done.total - done.skipped} articles; every file "
                   f"written is complete; run the same command again to continue", err=True)
        sys.exit(EXIT_INTERRUPTED)
    if show:
        show.close()
    if not quiet:
        for failure in result.failures:
            click.echo(f"citex: failed: {one_line(failure)}", err=True)
        if result.failed > len(result.failures):
            click.echo(f"citex: ... and {result.failed - len(result.failures)} more failed", err=True)
        click.echo(f"citex: {result.line()}", err=True)
    sys.exit(result.exit_code)


def _load(article: str, input_format: str):
    """Run the pipeline on ARTICLE (a path, or - for stdin); a path that cannot be read is a ``CitexError``."""
    from . import sources
    from .pipeline import extract as run

    return run(sources.read_path(article, input_format=_fmt(input_format)))


def _fmt(input_format: str) -> str | None:
    return None if input_format == "auto" else input_format


def _stdin_text(input_format: str):
    from . import sources

    return sources.read_path("-", input_format=_fmt(input_format))


if __name__ == "__main__":  # pragma: no cover
    main()
