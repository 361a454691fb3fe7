"""A target's rubric as the gradebook's side panel and the evidence dialog show it: what
work at each level looks like (its descriptors) and examples of such work (its exemplars,
anchor papers among them). Read through the driver (see :mod:`reads`): the panel shows
them in the window's first view, and again at every keystroke."""

from __future__ import annotations

from dataclasses import dataclass

from cbe_desktop.core.reads import Source, json_value, rows_of


def rubric_for(source: Source, target_id: str) -> dict[float, str]:
    """A target's rubric: what work at each level looks like (read at every keystroke)."""
    rows = rows_of(source).all(
        "SELECT level_value, text FROM rubric_descriptor "
        "WHERE target_id = :t AND deleted_hlc IS NULL",
        {"t": target_id},
    )
    return {float(level): words for level, words in rows}


@dataclass(frozen=True)
class RubricExemplar:
    """An example of work beside one level of a target's rubric, as the gradebook's panel
    and the evidence dialog show it.

    ``set_title`` and ``piece_label`` are set for an anchor paper, one the group made an
    exemplar when it agreed on the piece's level (``reason``: why); empty for work a
    teacher attached to the rubric by hand (``reason``: the teacher's note).
    """

    id: str
    level_value: float
    file_name: str
    media_type: str
    sha256: str
    set_title: str = ""
    piece_label: str = ""
    page: int = 0  # the page of the piece (1, 2, ...), when the piece has several
    reason: str = ""

    @property
    def anchor(self) -> bool:
        return bool(self.piece_label)


def rubric_exemplars(source: Source, target_id: str) -> list[RubricExemplar]:
    """The live exemplars of one target's rubric, lowest level first; anchor papers say
    which calibration set and piece they come from, and the group's reason."""
    db = rows_of(source)
    rows = db.all(_EXEMPLARS_SQL, {"t": target_id})
    if not rows:
        return []
    anchors: dict[str, tuple[str, str, int, str]] = {}
    for exemplar_ids, reason, label, title in db.all(_ANCHORS_SQL, {"t": target_id}):
        pages = list(json_value(exemplar_ids) or [])
        for n, exemplar_id in enumerate(pages, 1):
            page = n if len(pages) > 1 else 0
            anchors[exemplar_id] = (title, label, page, reason)
    out = []
    for ex_id, level_value, note, file_name, media_type, sha256 in rows:
        title, label, page, reason = anchors.get(ex_id, ("", "", 0, note))
        out.append(
            RubricExemplar(
                id=ex_id,
                level_value=float(level_value),
                file_name=file_name,
                media_type=media_type,
                sha256=sha256,
                set_title=title,
                piece_label=label,
                page=page,
                reason=reason,
            )
        )
    return out


_EXEMPLARS_SQL = """
SELECT x.id, x.level_value, x.note, a.file_name, a.media_type, a.sha256
FROM exemplar x JOIN attachment a ON a.id = x.attachment_id
WHERE x.target_id = :t AND x.deleted_hlc IS NULL
ORDER BY x.level_value, x.id
"""

#: The group's agreements on this target's calibration pieces, with the exemplars each
#: made (in the order of its pages).
_ANCHORS_SQL = """
SELECT c.exemplar_ids, c.reason, p.label, s.title
FROM calibration_consensus c
JOIN calibration_piece p ON p.id = c.piece_id
JOIN calibration_set s ON s.id = c.set_id
WHERE p.target_id = :t AND c.deleted_hlc IS NULL AND s.deleted_hlc IS NULL
"""
