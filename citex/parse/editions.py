"""An edition printed in brackets after a title, as bibliography entries and wiki citation templates print it:
"(2nd ed.)", "(3rd edn.)", "(2.ª edición)", "(2e éd.)".  One pattern, shared by the readers of both forms."""
from __future__ import annotations

import regex

from ..lazyregex import lazy

APA_EDITION = r"\s*\((?:\d+\s*(?:st|nd|rd|th|ª|a|e)?\.?\s*(?:ed|edn|éd)\.|[^()]{0,20}edi[tc]i[oó]n)\)"
# The edition where the reader stands: "*Title* (2nd ed.). Publisher."
APA_EDITION_RE = lazy(r"\G" + APA_EDITION + r"\.?\s*", regex.IGNORECASE)
# The edition closing an unmarked title: "Andean cocaine (2nd ed.)"
APA_EDITION_END_RE = lazy(APA_EDITION + "$", regex.IGNORECASE)


def printed(match: regex.Match) -> str:
    """The edition as printed, without its brackets and last full stop: " (2nd ed.)" -> "2nd ed"."""
    return match.group(0).strip(" ()").rstrip(".")
