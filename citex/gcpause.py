"""Python's cycle collector, paused while citex builds or writes one article's records.

The stages make records by the hundred thousand on a long article and hold none in a cycle;
the collector would walk the whole growing heap again and again, a cost that grows faster
than the article.  It is paused for the duration and resumed after (if it was running);
memory is freed as always, by reference counting.
"""
from __future__ import annotations

import contextlib
import gc
from collections.abc import Iterator


@contextlib.contextmanager
def cycle_collection_paused() -> Iterator[None]:
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
