"""The one exception citex raises on purpose: a problem the user can fix, with its exit code."""
from __future__ import annotations

# Exit codes, documented in the README and in `citex --help`.
EXIT_OK = 0
EXIT_USAGE = 2  # bad option or value (click's own code)
EXIT_INPUT = 3  # file missing, unreadable, a directory, empty, binary
EXIT_NO_NOTES = 4  # the article has no notes (single-article commands only)
EXIT_INTERNAL = 70  # a bug in citex: reported in one line, never a traceback


class CitexError(Exception):
    """An error with a one-line message for the user and an exit code."""

    def __init__(self, message: str, exit_code: int = EXIT_INPUT):
        super().__init__(message)
        self.message = message
        self.exit_code = exit_code
