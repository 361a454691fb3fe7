"""Calibration between teachers: the same pieces of work, scored blind by several
colleagues, compared, then talked through to a consensus (issue 17).

A leader (a teacher or a coach) picks pieces of evidence; :func:`make_set` keeps them as
a :class:`~cbe_desktop.core.models.CalibrationSet` with the rubric as the scorers will
see it, and a piece per piece of work with no student's name: its attachments are
recorded again under plain names ("Piece A, page 1.jpg"), the task's prompt is kept, and
the level first given in class stays on the leader's laptop only. Scorers score each
piece (:func:`record_score`); the group records a consensus level and its reason
(:func:`record_consensus`), which may become the rubric's exemplar for that level.
The files that carry a set and its scores between laptops are in
``sync/calibration_files.py``; the figures of agreement in ``core/agreement.py``.
"""

from __future__ import annotations

import mimetypes
import string
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlmodel import Session, col, select

from cbe_desktop.core import rules
from cbe_desktop.core.errors import InvalidInputError, NotFoundError
from cbe_desktop.core.ids import new_id
from cbe_desktop.core.models import (
    Attachment,
    CalibrationConsensus,
    CalibrationPiece,
    CalibrationScore,
    CalibrationSet,
    CalibrationSource,
    Evidence,
    Exemplar,
    SchoolClass,
    Target,
    Task,
)
from cbe_desktop.core.phrases import QT_TRANSLATE_NOOP
from cbe_desktop.core.rubric_reads import RubricExemplar, rubric_exemplars  # noqa: F401
from cbe_desktop.core.scales import load_scale, same_level
from cbe_desktop.core.store import Store
from cbe_desktop.core.task_rubric import descriptors_for
from cbe_desktop.core.values import value_of

# ----------------------------------------------------------------------------- reading


@dataclass(frozen=True)
class RubricLevel:
    value: float
    label: str
    text: str


@dataclass(frozen=True)
class RubricTarget:
    id: str
    code: str
    statement: str
    levels: tuple[RubricLevel, ...]

    def level(self, value: float) -> RubricLevel | None:
        for lv in self.levels:
            if same_level(lv.value, value):
                return lv
        return None

    def rank(self, value: float) -> int:
        """The level's place on the rubric (0 = lowest); -1 when it is not one."""
        for n, lv in enumerate(self.levels):
            if same_level(lv.value, value):
                return n
        return -1


@dataclass(frozen=True)
class Score:
    id: str
    scorer: str
    level: float
    rationale: str


@dataclass(frozen=True)
class Piece:
    id: str
    label: str
    position: int
    target: RubricTarget
    task_title: str
    prompt: str
    attachment_ids: tuple[str, ...]
    original_level: float | None  # only on the leader's laptop
    scores: tuple[Score, ...] = ()
    consensus: CalibrationConsensus | None = None


@dataclass(frozen=True)
class SetHeading:
    """A calibration set as lists name it (its pieces and scores: :func:`load_set`)."""

    id: str
    title: str
    made_on: str
    leader: str
    blind: bool
    note: str


@dataclass(frozen=True)
class SetView(SetHeading):
    """A calibration set as the page, the report and the statistics read it: its heading,
    its targets, its pieces with their scores, and who scored."""

    targets: tuple[RubricTarget, ...]
    pieces: tuple[Piece, ...]
    scorers: tuple[str, ...] = field(default=())

    @property
    def target_ids(self) -> tuple[str, ...]:
        return tuple(t.id for t in self.targets)


def rubric_targets(rubric: dict[str, Any]) -> tuple[RubricTarget, ...]:
    out = []
    for t in rubric.get("targets", []):
        levels = tuple(
            RubricLevel(float(lv["value"]), str(lv["label"]), str(lv.get("text", "")))
            for lv in sorted(t["levels"], key=lambda lv: float(lv["value"]))
        )
        out.append(RubricTarget(t["id"], t.get("code", ""), t.get("statement", ""), levels))
    return tuple(out)


_NO_SET = QT_TRANSLATE_NOOP(
    "Calibration", "There is no calibration set {name} on this laptop; open its file first."
)


def find_set(session: Session, name_or_id: str) -> CalibrationSet:
    """A live calibration set by id or by title (case does not matter)."""
    row = session.get(CalibrationSet, name_or_id)
    if row is not None and row.deleted_hlc is None:
        return row
    wanted = name_or_id.strip().casefold()
    rows = session.exec(
        select(CalibrationSet)
        .where(CalibrationSet.deleted_hlc.is_(None))
        .order_by(CalibrationSet.id.desc())
    ).all()
    for row in rows:
        if row.title.casefold() == wanted:
            return row
    raise NotFoundError(_NO_SET(name=repr(name_or_id)))


def live_sets(session: Session) -> list[SetHeading]:
    """Every live set, newest first."""
    rows = session.exec(
        select(CalibrationSet)
        .where(CalibrationSet.deleted_hlc.is_(None))
        .order_by(CalibrationSet.made_on.desc(), CalibrationSet.id.desc())
    ).all()
    return [value_of(SetHeading, r) for r in rows]


def load_set(session: Session, set_id: str, *, scorer: str | None = None) -> SetView:
    """The set with its pieces, their scores and consensus.

    ``scorer``: show only that teacher's own scores (a scorer never sees a colleague's).
    """
    row = session.get(CalibrationSet, set_id)
    if row is None or row.deleted_hlc is not None:
        raise NotFoundError(_NO_SET(name=repr(set_id)))
    targets = rubric_targets(row.rubric)
    by_id = {t.id: t for t in targets}
    scores: dict[str, list[Score]] = {}
    query = select(CalibrationScore).where(
        CalibrationScore.set_id == set_id, CalibrationScore.deleted_hlc.is_(None)
    )
    if scorer is not None:
        query = query.where(CalibrationScore.scorer == scorer)
    for s in session.exec(query.order_by(CalibrationScore.scorer)):
        scores.setdefault(s.piece_id, []).append(Score(s.id, s.scorer, s.level, s.rationale))
    consensus = {
        c.piece_id: c
        for c in session.exec(
            select(CalibrationConsensus)
            .where(
                CalibrationConsensus.set_id == set_id,
                CalibrationConsensus.deleted_hlc.is_(None),
            )
            .order_by(CalibrationConsensus.hlc)
        )
    }
    sources = {
        src.piece_id: src.original_level
        for src in session.exec(
            select(CalibrationSource)
            .join(CalibrationPiece, col(CalibrationPiece.id) == col(CalibrationSource.piece_id))
            .where(CalibrationPiece.set_id == set_id, CalibrationSource.deleted_hlc.is_(None))
        )
    }
    pieces = []
    for p in session.exec(
        select(CalibrationPiece)
        .where(CalibrationPiece.set_id == set_id, CalibrationPiece.deleted_hlc.is_(None))
        .order_by(col(CalibrationPiece.position))
    ):
        target = by_id.get(p.target_id)
        if target is None:
            continue
        pieces.append(
            Piece(
                id=p.id,
                label=p.label,
                position=p.position,
                target=target,
                task_title=p.task_title,
                prompt=p.prompt,
                attachment_ids=tuple(p.attachment_ids),
                original_level=sources.get(p.id),
                scores=tuple(scores.get(p.id, ())),
                consensus=consensus.get(p.id),
            )
        )
    names = sorted({s.scorer for piece in pieces for s in piece.scores}, key=str.casefold)
    return value_of(SetView, row, targets=targets, pieces=tuple(pieces), scorers=tuple(names))


# ----------------------------------------------------------------------------- making


def piece_label(position: int) -> str:
    """A, B, ..., Z, AA, AB, ...: a name for a piece that says nothing of its student."""
    letters = string.ascii_uppercase
    label = ""
    n = position
    while True:
        label = letters[n % 26] + label
        n = n // 26 - 1
        if n < 0:
            return label


def _rubric_of(session: Session, evidence: Sequence[Evidence]) -> dict[str, Any]:
    """The rubric of every target the pieces show: the class's scale, each level with
    the task's words where it has them, else the target's own."""
    targets: list[dict[str, Any]] = []
    seen: set[str] = set()
    for ev in evidence:
        if ev.target_id in seen:
            continue
        seen.add(ev.target_id)
        target = session.get(Target, ev.target_id)
        school_class = session.get(SchoolClass, ev.class_id) if ev.class_id else None
        scale = load_scale(session, school_class.scale_id if school_class else None)
        words = descriptors_for(session, ev.task_id, ev.target_id)
        targets.append(
            {
                "id": ev.target_id,
                "code": (target.code if target else "")[: rules.LINE_MAX],
                "statement": target.statement if target else "",
                "levels": [
                    {
                        "value": float(lv.value),
                        "label": lv.label[: rules.LINE_MAX] or f"{lv.value:g}",
                        "text": words.get(float(lv.value), lv.description),
                    }
                    for lv in scale.levels
                ],
            }
        )
    return {"targets": targets}


_TOO_FEW = QT_TRANSLATE_NOOP(
    "Calibration",
    "A calibration set needs at least 2 scored pieces of work; choose more pieces.",
)
_TOO_MANY = QT_TRANSLATE_NOOP(
    "Calibration", "A calibration set holds at most {count} pieces of work; choose fewer."
)
_NOT_SCORED = QT_TRANSLATE_NOOP(
    "Calibration",
    "The piece of work {id} has no level to compare; choose pieces that were scored.",
)


def make_set(
    store: Store,
    title: str,
    evidence_ids: Sequence[str],
    *,
    leader: str = "",
    note: str = "",
    blind: bool = True,
    today: date | None = None,
) -> str:
    """Keep the chosen pieces of evidence as a calibration set (one transaction).

    No student's name is kept: each piece is called A, B, C... and its attachments are
    recorded again under plain names. Returns the set's id.
    """
    title = title.strip()
    rules.require(rules.text_problem("title", title, rules.LINE_MAX, required=True))
    if len(evidence_ids) < 2:
        raise InvalidInputError(_TOO_FEW())
    if len(evidence_ids) > rules.CALIBRATION_PIECES_MAX:
        raise InvalidInputError(_TOO_MANY(count=str(rules.CALIBRATION_PIECES_MAX)))
    with store.transaction() as tx:
        session = tx.session
        evidence = []
        for evidence_id in evidence_ids:
            ev = session.get(Evidence, evidence_id)
            if ev is None or ev.status != "scored" or ev.level is None:
                raise InvalidInputError(_NOT_SCORED(id=evidence_id))
            evidence.append(ev)
        rubric = _rubric_of(session, evidence)
        cal = CalibrationSet(
            id=new_id(),
            title=title,
            made_on=(today or date.today()).isoformat(),
            leader=leader.strip(),
            blind=blind,
            note=note,
            rubric=rubric,
        )
        tx.add(cal)
        for position, ev in enumerate(evidence):
            label = piece_label(position)
            task = session.get(Task, ev.task_id) if ev.task_id else None
            attachment_ids = []
            for page, attachment_id in enumerate(ev.attachment_ids, 1):
                original = session.get(Attachment, attachment_id)
                if original is None or original.deleted_hlc is not None:
                    continue
                suffix = mimetypes.guess_extension(original.media_type) or ""
                if "." in original.file_name:
                    suffix = "." + original.file_name.rsplit(".", 1)[1][:8]
                copy = Attachment(
                    id=new_id(),
                    sha256=original.sha256,
                    file_name=f"Piece {label}, page {page}{suffix}",
                    media_type=original.media_type,
                    size=original.size,
                )
                tx.add(copy)
                attachment_ids.append(copy.id)
            piece = tx.add(
                CalibrationPiece(
                    id=new_id(),
                    set_id=cal.id,
                    position=position,
                    label=label,
                    target_id=ev.target_id,
                    task_title=task.title if task else "",
                    prompt=task.notes if task else "",
                    attachment_ids=attachment_ids,
                )
            )
            tx.add(
                CalibrationSource(
                    id=new_id(),
                    piece_id=piece.id,
                    evidence_id=ev.id,
                    original_level=ev.level,
                )
            )
    return cal.id


# ----------------------------------------------------------------------------- scoring

_NO_PIECE = QT_TRANSLATE_NOOP(
    "Calibration", "There is no piece {label} in this calibration set; choose one of its pieces."
)
_OFF_RUBRIC = QT_TRANSLATE_NOOP(
    "Calibration",
    "{level} is not a level of this rubric ({levels}); choose one of those.",
)
_NO_SCORER = QT_TRANSLATE_NOOP(
    "Calibration", "Write your name before you score, so the group can tell the scores apart."
)


def _piece(session: Session, piece_id: str) -> CalibrationPiece:
    piece = session.get(CalibrationPiece, piece_id)
    if piece is None or piece.deleted_hlc is not None:
        raise NotFoundError(_NO_PIECE(label=repr(piece_id)))
    return piece


def find_piece(session: Session, set_id: str, label_or_id: str) -> CalibrationPiece:
    for piece in session.exec(
        select(CalibrationPiece).where(
            CalibrationPiece.set_id == set_id, CalibrationPiece.deleted_hlc.is_(None)
        )
    ):
        if piece.id == label_or_id or piece.label.casefold() == label_or_id.strip().casefold():
            return piece
    raise NotFoundError(_NO_PIECE(label=repr(label_or_id)))


def check_on_rubric(target: RubricTarget | None, level: float) -> None:
    """Refuse a level the piece's rubric does not have, in one sentence."""
    if target is None or target.level(level) is not None:
        return
    listed = ", ".join(f"{lv.value:g} {lv.label}" for lv in target.levels)
    raise InvalidInputError(_OFF_RUBRIC(level=f"{level:g}", levels=listed))


def _target_of(session: Session, piece: CalibrationPiece) -> RubricTarget | None:
    cal = session.get(CalibrationSet, piece.set_id)
    if cal is None:
        return None
    return next((t for t in rubric_targets(cal.rubric) if t.id == piece.target_id), None)


def record_score(
    store: Store,
    piece_id: str,
    scorer: str,
    level: float,
    rationale: str = "",
    *,
    today: date | None = None,
) -> str:
    """A teacher's level for one piece, and why; scoring it again replaces their score."""
    scorer = scorer.strip()
    if not scorer:
        raise InvalidInputError(_NO_SCORER())
    rules.require(rules.text_problem("scorer", scorer, rules.LINE_MAX))
    rules.require(rules.text_problem("rationale", rationale, rules.RATIONALE_MAX))
    with store.transaction() as tx:
        piece = _piece(tx.session, piece_id)
        check_on_rubric(_target_of(tx.session, piece), float(level))
        mine = tx.session.exec(
            select(CalibrationScore).where(
                CalibrationScore.piece_id == piece_id,
                CalibrationScore.scorer == scorer,
                CalibrationScore.deleted_hlc.is_(None),
            )
        ).first()
        on = (today or date.today()).isoformat()
        if mine is None:
            mine = CalibrationScore(
                id=new_id(),
                set_id=piece.set_id,
                piece_id=piece_id,
                scorer=scorer,
                level=float(level),
                rationale=rationale.strip(),
                scored_on=on,
            )
            tx.add(mine)
        else:
            mine.level = float(level)
            mine.rationale = rationale.strip()
            mine.scored_on = on
            tx.touch(mine)
        return mine.id


# ----------------------------------------------------------------------------- consensus

_NO_REASON = QT_TRANSLATE_NOOP(
    "Calibration",
    "Write the reason the group agreed on this level, so the next reader knows why.",
)
_NO_WORK = QT_TRANSLATE_NOOP(
    "Calibration",
    "Piece {label} has no attached work to show as an exemplar; attach the work to the "
    "evidence first.",
)


@dataclass(frozen=True)
class ConsensusRecorded:
    consensus_id: str
    exemplar_ids: tuple[str, ...]


def record_consensus(
    store: Store,
    piece_id: str,
    level: float,
    reason: str,
    *,
    exemplar: bool = False,
) -> ConsensusRecorded:
    """The group's level for one piece and why (recording it again replaces it).

    ``exemplar``: the piece's work becomes the rubric's exemplar ("anchor paper") for
    that level of its target, shown wherever the rubric is shown.
    """
    reason = reason.strip()
    if not reason:
        raise InvalidInputError(_NO_REASON())
    rules.require(rules.text_problem("reason", reason, rules.TEXT_MAX))
    with store.transaction() as tx:
        session = tx.session
        piece = _piece(session, piece_id)
        check_on_rubric(_target_of(session, piece), float(level))
        row = session.exec(
            select(CalibrationConsensus).where(
                CalibrationConsensus.piece_id == piece_id,
                CalibrationConsensus.deleted_hlc.is_(None),
            )
        ).first()
        old_exemplars = list(row.exemplar_ids) if row is not None else []
        # A consensus that changes level takes its exemplars off the old level.
        keep = exemplar and row is not None and same_level(row.level, float(level))
        exemplar_ids: list[str] = old_exemplars if keep else []
        for exemplar_id in [] if keep else old_exemplars:
            found = session.get(Exemplar, exemplar_id)
            if found is not None and found.deleted_hlc is None:
                tx.tombstone(found)
        if exemplar and not exemplar_ids:
            if not piece.attachment_ids:
                raise InvalidInputError(_NO_WORK(label=piece.label))
            cal = session.get(CalibrationSet, piece.set_id)
            # Stored words, as the group wrote them (never translated).
            note = f"{cal.title if cal else ''}, piece {piece.label}: {reason}"
            for attachment_id in piece.attachment_ids:
                ex = Exemplar(
                    id=new_id(),
                    target_id=piece.target_id,
                    level_value=float(level),
                    attachment_id=attachment_id,
                    note=str(note)[: rules.TEXT_MAX],
                )
                tx.add(ex)
                exemplar_ids.append(ex.id)
        if row is None:
            row = CalibrationConsensus(
                id=new_id(),
                set_id=piece.set_id,
                piece_id=piece_id,
                level=float(level),
                reason=reason,
                exemplar_ids=exemplar_ids,
            )
            tx.add(row)
        else:
            row.level = float(level)
            row.reason = reason
            row.exemplar_ids = exemplar_ids
            tx.touch(row)
        return ConsensusRecorded(row.id, tuple(exemplar_ids))


@dataclass(frozen=True)
class ExemplarView:
    id: str
    level_value: float
    attachment_id: str
    file_name: str
    note: str


def exemplars_for(session: Session, target_ids: Iterable[str]) -> dict[str, list[ExemplarView]]:
    """The live exemplars of each target, by level: what the rubric shows beside a level."""
    ids = list(target_ids)
    if not ids:
        return {}
    out: dict[str, list[ExemplarView]] = {}
    rows = session.exec(
        select(Exemplar, Attachment)
        .join(Attachment, col(Attachment.id) == col(Exemplar.attachment_id), isouter=True)
        .where(Exemplar.target_id.in_(ids), Exemplar.deleted_hlc.is_(None))
        .order_by(col(Exemplar.level_value), col(Exemplar.id))
    ).all()
    for ex, attachment in rows:
        out.setdefault(ex.target_id, []).append(
            ExemplarView(
                ex.id,
                ex.level_value,
                ex.attachment_id,
                attachment.file_name if attachment is not None else "",
                ex.note,
            )
        )
    return out


@dataclass(frozen=True)
class TaskChoice:
    """A task a calibration set can take its pieces from, with its class's name."""

    id: str
    title: str
    class_id: str | None
    class_name: str  # "" for a task of no class

    @property
    def label(self) -> str:
        return f"{self.title} — {self.class_name}"


def task_choices(session: Session) -> list[TaskChoice]:
    """Every task not deleted, the newest first (by the task's date)."""
    rows = session.exec(
        select(Task.id, Task.title, Task.class_id, SchoolClass.name)
        .join(SchoolClass, col(SchoolClass.id) == col(Task.class_id), isouter=True)
        .where(Task.deleted_hlc.is_(None))
        .order_by(col(Task.date).desc())
    ).all()
    return [
        TaskChoice(id=task_id, title=title, class_id=class_id, class_name=class_name or "")
        for task_id, title, class_id, class_name in rows
    ]


_NO_TASK = QT_TRANSLATE_NOOP(
    "Calibration", "There is no task called {title}{where}; check its title in the gradebook."
)


def pieces_of_task(
    session: Session, task_title: str, *, class_id: str | None = None, count: int = 6
) -> list[str]:
    """Up to ``count`` scored pieces of one task, spread across the levels given (the
    lowest, the highest and evenly between), those with attached work first."""
    from cbe_desktop.core.evidence import standing_ids

    wanted = task_title.strip().casefold()
    query = select(Task).where(Task.deleted_hlc.is_(None))
    if class_id is not None:
        query = query.where(Task.class_id == class_id)
    tasks = [t for t in session.exec(query) if t.title.casefold() == wanted or t.id == task_title]
    if not tasks:
        where = "" if class_id is None else " in that class"
        raise NotFoundError(_NO_TASK(title=repr(task_title), where=where))
    rows = session.exec(select(Evidence).where(Evidence.task_id.in_([t.id for t in tasks]))).all()  # type: ignore[attr-defined]
    standing = standing_ids((r.id, r.supersedes) for r in rows)
    scored = [
        r
        for r in rows
        if r.id in standing and r.status == "scored" and r.level is not None and not r.deleted_hlc
    ]
    scored.sort(key=lambda r: (r.level, not r.attachment_ids, r.id))
    if len(scored) <= count:
        return [r.id for r in scored]
    step = (len(scored) - 1) / (count - 1) if count > 1 else 0
    return [scored[round(n * step)].id for n in range(count)]
