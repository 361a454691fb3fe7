"""Which evidence rows stand: the rule behind corrections, retractions and undo.

Evidence is append-only (DESIGN.md): a correction or a retraction is a new row that
supersedes the one it replaces. A plain function over ``(id, supersedes)`` pairs, with
no database behind it, so the gradebook's first view uses it before the tables load.
"""

from __future__ import annotations

from collections.abc import Iterable


def standing_ids(rows: Iterable[tuple[str, str | None]]) -> set[str]:
    """Which evidence rows stand, from ``(id, supersedes)`` pairs.

    A row stands unless a standing row supersedes it. So a correction replaces what it
    corrects, a retraction removes what it retracts, and retracting a retraction (an
    undo, or a redo after an undo) brings the original back. Two laptops that both
    supersede one row leave both successors standing. A cycle (only a hostile file
    could make one) is broken by treating its rows as standing.
    """
    rows = list(rows)
    ids = {row_id for row_id, _ in rows}
    superseders: dict[str, list[str]] = {}
    for row_id, supersedes in rows:
        if supersedes and supersedes in ids and supersedes != row_id:
            superseders.setdefault(supersedes, []).append(row_id)
    successors = {row_id for row_ids in superseders.values() for row_id in row_ids}
    if successors.isdisjoint(superseders):
        # One step at most (a correction or a retraction nobody undid): what supersedes
        # stands, and what it supersedes does not. The walk below gives the same.
        return ids - superseders.keys()
    return _walked(rows, ids, superseders)


def _walked(
    rows: list[tuple[str, str | None]], ids: set[str], superseders: dict[str, list[str]]
) -> set[str]:
    """:func:`standing_ids` for chains (an undo, a redo) and cycles."""
    # Rows superseding nothing known are roots; walk down level by level, then decide
    # from the newest successors back up (no recursion: chains may be long).
    roots = [row_id for row_id, sup in rows if not sup or sup not in ids or sup == row_id]
    order: list[str] = []
    seen: set[str] = set()
    frontier = roots
    while frontier:
        nxt: list[str] = []
        for row_id in frontier:
            if row_id not in seen:
                seen.add(row_id)
                order.append(row_id)
                nxt.extend(superseders.get(row_id, ()))
        frontier = nxt
    standing = set(ids - seen)  # rows on a cycle: nothing standing supersedes them
    for row_id in reversed(order):
        if not any(s in standing for s in superseders.get(row_id, ())):
            standing.add(row_id)
    return standing
