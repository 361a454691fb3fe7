"""Where a student stands on a target: the four statuses every view and report shows.

A status is derived (from the evidence, an open "not yet" and the class's threshold),
never stored; its values are the words the program has always written in files and on
the command line (``cbe-desktop grid --json``), so a ``Status`` compares equal to them.
"""

from __future__ import annotations

from enum import StrEnum


class Status(StrEnum):
    """A student's status on one target, in the order reports list them."""

    PROFICIENT = "proficient"
    IN_PROGRESS = "in_progress"
    NOT_YET = "not_yet"  # an open "not yet": a revision is owed
    NO_EVIDENCE = "no_evidence"


#: Every status, in the order reports list them.
STATUSES: tuple[Status, ...] = tuple(Status)
