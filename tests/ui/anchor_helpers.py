"""A demo store whose rubric has an anchor paper: the group's calibration of the unit test
agreed on piece A's level and made it the exemplar of that level."""

from __future__ import annotations

from dataclasses import dataclass

from cbe_desktop.core.calibration import (
    load_set,
    make_set,
    pieces_of_task,
    record_consensus,
    record_score,
)
from cbe_desktop.core.models import Attachment
from cbe_desktop.core.store import Store

UNIT_TEST = "Ratios and proportions unit test"
REASON = "Sets up the ratio table but stops before the unit rate."


@dataclass(frozen=True)
class Anchor:
    target_id: str
    level: float
    file_name: str
    blob: bytes


def add_anchor_paper(store: Store, *, level: float = 2.0) -> Anchor:
    """Calibrate the demo's unit test (two scorers) and make piece A, the one with a photo
    of the work, the exemplar of ``level`` on its target's rubric."""
    with store.read() as session:
        picked = pieces_of_task(session, UNIT_TEST, count=6)
    set_id = make_set(store, "Ratios, December", picked, leader="Ms. Elena Rivera")
    with store.read() as session:
        pieces = load_set(session, set_id).pieces
    for scorer in ("Ms. Elena Rivera", "Mr. Okafor"):
        for piece in pieces:
            record_score(store, piece.id, scorer, 2.0, "")
    piece = next(p for p in pieces if p.attachment_ids)
    assert piece.label == "A"
    record_consensus(store, piece.id, level, REASON, exemplar=True)
    with store.read() as session:
        work = session.get(Attachment, piece.attachment_ids[0])
        assert work is not None
        name, sha = work.file_name, work.sha256
    return Anchor(piece.target.id, level, name, (store.blobs_dir / sha).read_bytes())
