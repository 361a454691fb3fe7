"""Python's cycle collector rests while the window starts.

Starting the window makes some 300,000 objects that live as long as the program (the
modules of Qt, SQLAlchemy and the program, the tables' classes, the window's widgets),
and the cycle collector, which runs every few hundred new objects, walked them again
and again: about 0.5 s of a 1.3 s start on a school laptop. :func:`pause` stops it
before the libraries load; :func:`resume` starts it again once the gradebook has
painted, after one full collection, with everything left alive moved out of its way for
good (``gc.freeze``), so later collections (while a teacher types) walk only what was
made since. Memory is never left to grow: reference counting frees everything that is
not a cycle, as always, and the one collection at the end frees the cycles.
"""

from __future__ import annotations

import gc
import logging

log = logging.getLogger(__name__)

_paused = False


def pause() -> None:
    """Stop cycle collection until :func:`resume` (nothing happens when it is off)."""
    global _paused
    if gc.isenabled():
        gc.disable()
        _paused = True


def resume(*, freeze: bool = True) -> None:
    """Collect once, keep what survives out of later collections (``freeze``) and
    collect again as usual. Only undoes a :func:`pause`; calling it twice does nothing."""
    global _paused
    if not _paused:
        return
    _paused = False
    found = gc.collect()
    if freeze:
        gc.freeze()
    gc.enable()
    log.debug("cycle collection resumed (%d freed, %d frozen)", found, gc.get_freeze_count())
