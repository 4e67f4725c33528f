"""The one exception citex raises on purpose: a problem the user can fix, with its exit code."""
from __future__ import annotations

from .lazyregex import lazy

# Exit codes, documented in the README and in `citex --help`.
EXIT_OK = 0
EXIT_USAGE = 2  # bad option or value (click's own code)
EXIT_INPUT = 3  # file missing, unreadable, a directory, empty, binary
EXIT_NO_NOTES = 4  # the article has no notes (single-article commands only)
EXIT_INTERNAL = 70  # a bug in citex: reported in one line, never a traceback
EXIT_INTERRUPTED = 130  # Ctrl-C

# Characters that would break a one-line message: line breaks and other controls, e.g. a
# file name "notes\n.txt" or "\x1b[2J".
_UNPRINTABLE_RE = lazy(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]")


def one_line(message: str) -> str:
    """A message safe to print as one line: controls escaped, undecodable file-name bytes shown as ``\\udcxx``."""
    message = message.encode("utf-8", errors="backslashreplace").decode("utf-8")
    return _UNPRINTABLE_RE.sub(lambda m: m.group(0).encode("unicode_escape").decode("ascii"), message)


class CitexError(Exception):
    """An error with a one-line message for the user and an exit code."""

    def __init__(self, message: str, exit_code: int = EXIT_INPUT):
        message = one_line(message)
        super().__init__(message)
        self.message = message
        self.exit_code = exit_code
