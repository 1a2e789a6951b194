"""The cyclic garbage collector paused while a command checks and writes its report."""
from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def cyclic_gc_paused() -> Iterator[None]:
    """The cyclic garbage collector paused while the checker runs and its report is written.
    Checking a long article makes hundreds of thousands of small objects (figures, tokens, sets
    of words), and its report a million small dicts and lists, with no reference cycles
    (`gc.collect()` after a check of 10 MB finds none to free), so every pass of the collector
    over them is pure cost: a fifth of the time of a 10 MB article. Memory is freed as before,
    by reference counting; the collector's state is restored after. A command frees its report
    inside the block: else the collector's first pass, when it is back, reads every object of a
    long report (0.14 s for 10 MB) only to find nothing to collect."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
