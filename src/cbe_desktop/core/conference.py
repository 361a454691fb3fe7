"""Conference preparation and the data a student-led conference packet needs.

Two halves:

- the store-level actions of conference prep: the student (or the teacher at the
  laptop) chooses the work to show, writes why, and puts the pieces in order
  (``choose_showcase``, ``unchoose_showcase``, ``restore_showcase``,
  ``set_showcase_note``, ``reorder_showcase``). One action, one transaction; a
  choice taken back is a tombstone, so it can travel and be undone.
- what a packet prints, gathered with a handful of queries for a whole class at once
  (``class_packets``), or for one student (``packet_data``), plus the one-page
  "Where am I" sheet and the teacher's class summary.

Nothing here is worded for a reader: statuses, supports and levels stay as the words
the store keeps (``"not_yet"``, ``"flex_time"``), and ``reports.labels`` turns them
into English or Spanish. Teacher- and student-written text is carried as written.
"""

from __future__ import annotations

import unicodedata
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from typing import cast

from sqlalchemy import Row, bindparam, text
from sqlmodel import Session, select

from cbe_desktop.core.changes import Changes
from cbe_desktop.core.errors import InvalidInputError, NotFoundError
from cbe_desktop.core.evidence import standing_ids
from cbe_desktop.core.gradebook import ClassGrid, class_grid, effective_evidence
from cbe_desktop.core.ids import new_id
from cbe_desktop.core.languages import Language
from cbe_desktop.core.models import (
    LANGUAGES,
    Evidence,
    Goal,
    Reflection,
    SchoolClass,
    Showcase,
    display_name,
    written_name,
)
from cbe_desktop.core.phrases import QT_TRANSLATE_NOOP
from cbe_desktop.core.scales import ScaleInfo, load_scale
from cbe_desktop.core.settings import get_setting
from cbe_desktop.core.status import STATUSES, Status
from cbe_desktop.core.store import Store, Tx
from cbe_desktop.core.targets import Wording, wordings
from cbe_desktop.core.voice import add_goal, add_reflection, not_a_voice_kind, voice_gone

#: Groups smaller than this are never shown in a breakdown (privacy).
MIN_GROUP_SIZE = 11
IMAGE_TYPES = ("image/png", "image/jpeg", "image/gif")


# ----- what a packet holds -------------------------------------------------------------


@dataclass(frozen=True)
class Attempt:
    """One scored piece of the student's work on a target, as it stands."""

    produced_on: str  # ISO date
    level: float
    revision: bool  # redone after a "not yet"


@dataclass(frozen=True)
class TargetStanding:
    """Where the student is on one learning target today, in the family's language where
    the target has words in it (else as the teacher wrote it)."""

    id: str
    code: str
    statement: str
    i_can: str  # the student-friendly statement (the teacher's statement when there is none)
    estimate: float | None
    level_value: float | None  # the scale level the estimate has reached
    level_label: str
    status: Status
    evidence_count: int
    overridden: bool
    history: tuple[Attempt, ...] = ()  # oldest first
    looks_like: str = ""  # the rubric's words for Proficient work on this target

    @property
    def grew(self) -> float:
        """How far the work moved, first scored piece to the last."""
        if len(self.history) < 2:
            return 0.0
        return self.history[-1].level - self.history[0].level


@dataclass(frozen=True)
class CompetencyStanding:
    id: str  # "" for targets that belong to no competency
    code: str
    title: str
    targets: tuple[TargetStanding, ...]

    @property
    def has_evidence(self) -> bool:
        return any(t.evidence_count for t in self.targets)


@dataclass(frozen=True)
class WorkingOn:
    """One open "not yet": what the student will do next, and the help planned."""

    target_id: str
    target_code: str
    i_can: str
    next_step: str
    support: str  # a stored word (flex_time, small_group, conference, other) or free text
    due_on: str | None
    opened_on: str
    level: float | None
    level_label: str
    overdue: bool = False  # the due date has passed on the packet's date
    looks_like: str = ""  # the rubric's words for Proficient work on this target


@dataclass(frozen=True)
class MissingWork:
    """A piece of work recorded as missing (and not since handed in)."""

    title: str  # the task's title, or the target's code when there is no task
    due_on: str
    target_codes: tuple[str, ...]


@dataclass(frozen=True)
class HabitStanding:
    id: str
    code: str
    title: str
    i_can: str
    estimate: float | None
    level_value: float | None
    level_label: str
    evidence_count: int


@dataclass(frozen=True)
class ShowcaseItem:
    """A piece of work the student chose to show, with its feedback and photo."""

    id: str
    evidence_id: str
    position: int
    note: str  # why the student chose it, in their words
    target_code: str
    i_can: str
    task_title: str
    produced_on: str
    level: float | None
    level_label: str
    feedback: str
    image_path: Path | None  # the first photo of the work, when there is one
    media_type: str = ""
    other_files: tuple[str, ...] = ()  # names of attachments that are not pictures
    target_id: str = ""


@dataclass(frozen=True)
class PacketData:
    """Everything a student's conference packet prints, for one class."""

    student_id: str
    student_name: str
    family_language: str
    lang: str  # the language the packet is written in
    class_id: str
    class_name: str
    other_classes: tuple[str, ...]
    term: str
    on: str  # the packet's date, ISO
    school: str
    teacher: str
    goals: tuple[str, ...]  # newest first, as written
    reflections: tuple[str, ...]  # newest first, as written
    competencies: tuple[CompetencyStanding, ...]
    working_on: tuple[WorkingOn, ...]
    habits: tuple[HabitStanding, ...]
    habits_scale: ScaleInfo | None
    showcase: tuple[ShowcaseItem, ...]
    scale: ScaleInfo
    missing: tuple[MissingWork, ...] = ()
    #: The language the target words are in (the family's where written, else "en").
    words_lang: str = Language.EN

    @property
    def habits_tracked(self) -> bool:
        """The class keeps track of habits of work (else the packet never mentions them)."""
        return bool(self.habits)

    @property
    def next_steps(self) -> tuple[WorkingOn, ...]:
        """The open "not yet" work, the most pressing first (``working_on`` is in that
        order): what is overdue, then what is due soonest."""
        return self.working_on

    @property
    def targets(self) -> list[TargetStanding]:
        return [t for c in self.competencies for t in c.targets]

    @property
    def has_evidence(self) -> bool:
        return any(t.evidence_count for t in self.targets)

    @property
    def proficient_count(self) -> int:
        return sum(1 for t in self.targets if t.status == Status.PROFICIENT)


# ----- the class summary ----------------------------------------------------------------


@dataclass(frozen=True)
class TargetSummary:
    id: str
    code: str
    i_can: str
    competency_title: str
    counts: dict[Status, int]  # status -> number of students


@dataclass(frozen=True)
class GroupSummary:
    """One group of a breakdown; a suppressed group shows no numbers at all."""

    key: str  # e.g. the family language "es"
    size: int
    suppressed: bool
    reason: str = ""  # "small" (under MIN_GROUP_SIZE) | "complement" (would reveal a small one)
    proficient: tuple[int, ...] = ()  # per target, in the order of ClassSummaryData.targets


@dataclass(frozen=True)
class ClassSummaryData:
    class_id: str
    class_name: str
    term: str
    on: str
    school: str
    teacher: str
    students: int
    targets: tuple[TargetSummary, ...]
    by_language: tuple[GroupSummary, ...]
    min_group_size: int = MIN_GROUP_SIZE


# ----- gathering ------------------------------------------------------------------------

_EVIDENCE_SQL = """
SELECT e.id, e.student_id, e.target_id, e.produced_on, e.level, e.status, e.supersedes,
       e.revision_of, e.not_yet, e.task_id, k.title, k.date
FROM evidence e LEFT JOIN task k ON k.id = e.task_id
WHERE e.student_id IN :students
  AND e.target_id IN (SELECT ct.target_id FROM class_target ct
                      WHERE ct.class_id = :c AND ct.deleted_hlc IS NULL)
ORDER BY e.produced_on, e.hlc
"""

#: The queue's open plans (core.queue), for the packet's students on the class's targets,
#: while the student is in the class.
_OPEN_STEPS_SQL = """
SELECT r.student_id, r.target_id, r.next_step, r.due_on, r.support, r.opened_on,
       t.code, t.statement, e.level, e.produced_on
FROM revision r
JOIN student s ON s.id = r.student_id AND s.deleted_hlc IS NULL AND NOT s.archived
JOIN target t ON t.id = r.target_id AND t.deleted_hlc IS NULL
LEFT JOIN evidence e ON e.id = r.evidence_id
WHERE r.student_id IN :students AND r.state = 'open' AND r.deleted_hlc IS NULL
  AND r.target_id IN (SELECT ct.target_id FROM class_target ct
                      WHERE ct.class_id = :c AND ct.deleted_hlc IS NULL)
  AND EXISTS (SELECT 1 FROM enrollment en
              WHERE en.student_id = r.student_id AND en.class_id = :c
                AND en.deleted_hlc IS NULL)
ORDER BY r.opened_on, r.hlc
"""

_RUBRIC_SQL = """
SELECT r.target_id, r.text FROM rubric_descriptor r
WHERE r.deleted_hlc IS NULL AND r.level_value = :level AND r.target_id IN :targets
ORDER BY r.hlc
"""

_NAMES_SQL = """
SELECT s.id, s.given_name, s.family_name, s.preferred_name, s.name_order
FROM student s WHERE s.id IN :students
"""

_CLASSES_SQL = """
SELECT en.student_id, c.id, c.name
FROM enrollment en JOIN school_class c ON c.id = en.class_id
WHERE en.deleted_hlc IS NULL AND c.deleted_hlc IS NULL AND NOT c.archived
  AND en.student_id IN :students
ORDER BY c.name
"""

_VOICE_SQL = """
SELECT student_id, text FROM {table}
WHERE deleted_hlc IS NULL AND student_id IN :students
  AND (class_id IS NULL OR class_id = :c)
ORDER BY written_on DESC, hlc DESC
"""

_SHOWCASE_SQL = """
SELECT sc.id, sc.student_id, sc.evidence_id, sc.position, sc.note,
       e.target_id, e.produced_on, e.level, e.feedback, e.attachment_ids, e.status,
       t.code, t.i_can, t.statement, k.title
FROM showcase sc
JOIN evidence e ON e.id = sc.evidence_id
LEFT JOIN target t ON t.id = e.target_id
LEFT JOIN task k ON k.id = e.task_id
WHERE sc.deleted_hlc IS NULL AND sc.student_id IN :students
  AND (sc.class_id IS NULL OR sc.class_id = :c)
ORDER BY sc.position, sc.hlc
"""

_PAIRS_SQL = """
SELECT e.id, e.supersedes, e.status, e.level, e.feedback, e.attachment_ids, e.produced_on
FROM evidence e
WHERE e.student_id IN :students AND e.target_id IN :targets
"""

_ATTACHMENTS_SQL = """
SELECT id, sha256, file_name, media_type FROM attachment
WHERE deleted_hlc IS NULL AND id IN :ids
"""


def _in(sql: str, *names: str):  # type: ignore[no-untyped-def]
    return text(sql).bindparams(*(bindparam(n, expanding=True) for n in names))


def _blobs_dir(session: Session) -> Path:
    """The attachments folder beside the database the session reads."""
    database = session.get_bind().url.database or ""
    return Path(database).resolve().parent / "blobs"


def _resolve_lang(lang: str | None, family_language: str) -> str:
    if lang is not None:
        if lang not in LANGUAGES:
            raise InvalidInputError(
                QT_TRANSLATE_NOOP("Conferences", "Packets are written in {languages}, not {lang}.")(
                    languages=" or ".join(LANGUAGES), lang=repr(lang)
                )
            )
        return lang
    return family_language if family_language in LANGUAGES else LANGUAGES[0]


def _live_class(session: Session, class_id: str) -> SchoolClass:
    row = session.get(SchoolClass, class_id)
    if row is None or row.deleted_hlc is not None:
        raise NotFoundError(QT_TRANSLATE_NOOP("Conferences", "That class no longer exists.")())
    return row


def class_packets(
    session: Session,
    class_id: str,
    *,
    student_ids: Iterable[str] | None = None,
    lang: str | None = None,
    on: date | None = None,
    growth: bool = True,
    blobs_dir: Path | None = None,
) -> list[PacketData]:
    """The packet data of every student of a class (or of ``student_ids``), in roster order.

    ``lang`` None writes each packet in its student's family language. One pass over
    the class's evidence serves every student; growth charts can be skipped (the
    one-page sheet does not draw them).
    """
    school_class = _live_class(session, class_id)
    if lang is not None:
        _resolve_lang(lang, Language.EN)
    on = on or date.today()
    # The rows of the students asked for alone (one student's packet reads one row).
    only = None if student_ids is None else list(dict.fromkeys(student_ids))
    grid = class_grid(session, class_id, only=only)
    habits_grid = class_grid(session, class_id, habits=True, only=only)
    # Alphabetical as a teacher files paper: accents do not send "Álvarez" after "Zapata".
    rows = sorted(
        range(len(grid.students)),
        key=lambda r: (_fold(grid.students[r].family_name), _fold(grid.students[r].name)),
    )
    if only is not None:
        wanted = only
        index = {s.id: i for i, s in enumerate(grid.students)}
        missing = [sid for sid in wanted if sid not in index]
        if missing:
            raise NotFoundError(
                QT_TRANSLATE_NOOP("Conferences", "That student is not in {name}.")(
                    name=school_class.name
                )
            )
        rows = [index[sid] for sid in wanted]
    if not rows:
        return []
    ids = [grid.students[r].id for r in rows]
    conn = session.connection()
    params = {"students": ids, "c": class_id}

    other_classes: dict[str, list[str]] = defaultdict(list)
    for sid, cid, name in conn.execute(_in(_CLASSES_SQL, "students"), params):
        if cid != class_id:
            other_classes[sid].append(name)
    goals = _voice(conn, "goal", params)
    reflections = _voice(conn, "reflection", params)
    working = _working_on(conn, params, grid, habits_grid)
    showcase = _showcase(conn, params, blobs_dir or _blobs_dir(session), grid.scale)
    school, teacher = get_setting(session, "school"), get_setting(session, "teacher")

    evidence: dict[tuple[str, str], list[Row]] = defaultdict(list)
    academic = {t.id for t in grid.targets}
    if grid.targets:
        for r in conn.execute(_in(_EVIDENCE_SQL, "students"), params):
            if r.target_id in academic:
                evidence[(r.student_id, r.target_id)].append(r)
    every_target = [t.id for t in grid.targets] + [t.id for t in habits_grid.targets]
    every_target += [t.competency_id for t in grid.targets if t.competency_id]
    words = _target_words(session, every_target)
    looks_like = _looks_like(conn, [t.id for t in grid.targets], grid.scale)
    names = {
        r.id: written_name(r.given_name, r.family_name, r.preferred_name, r.name_order)
        for r in conn.execute(_in(_NAMES_SQL, "students"), params)
    }

    packets = []
    for row in rows:
        student = grid.students[row]
        packet_lang = _resolve_lang(lang, student.family_language)
        said = _Words(words, packet_lang)
        history = (
            {t.id: _history(evidence.get((student.id, t.id), [])) for t in grid.targets}
            if growth
            else {}
        )
        competencies = _competencies(grid, row, said, history, looks_like)
        habits_scale = habits_grid.scale if habits_grid.targets else None
        steps = [
            replace(item, i_can=said.i_can(item.target_id, item.i_can),
                    looks_like=looks_like.get(item.target_id, ""),
                    overdue=bool(item.due_on) and str(item.due_on) < on.isoformat())
            for item in working.get(student.id, ())
        ]  # fmt: skip
        steps.sort(key=_urgency)
        packets.append(
            PacketData(
                student_id=student.id,
                student_name=names.get(student.id, student.name),
                family_language=student.family_language,
                lang=packet_lang,
                class_id=class_id,
                class_name=school_class.name,
                other_classes=tuple(other_classes.get(student.id, ())),
                term=school_class.term,
                on=on.isoformat(),
                school=school,
                teacher=teacher,
                goals=tuple(goals.get(student.id, ())),
                reflections=tuple(reflections.get(student.id, ())),
                competencies=tuple(competencies),
                working_on=tuple(steps),
                habits=tuple(_habits(habits_grid, student.id, said)),
                habits_scale=habits_scale,
                showcase=tuple(
                    replace(item, i_can=said.i_can(item.target_id, item.i_can))
                    for item in showcase.get(student.id, ())
                ),
                scale=grid.scale,
                missing=tuple(_missing(evidence, student.id, grid)),
                words_lang=packet_lang if said.any else Language.EN,
            )
        )
    return packets


def _fold(words: str) -> str:
    """A sort key that ignores case and accents."""
    decomposed = unicodedata.normalize("NFKD", words.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def packet_data(
    session: Session,
    class_id: str,
    student_id: str,
    *,
    lang: str | None = None,
    on: date | None = None,
    blobs_dir: Path | None = None,
) -> PacketData:
    """One student's packet data for one class (``lang`` None: the family's language)."""
    return class_packets(
        session, class_id, student_ids=[student_id], lang=lang, on=on, blobs_dir=blobs_dir
    )[0]


def where_am_i_data(
    session: Session,
    class_id: str,
    student_id: str,
    *,
    lang: str | None = None,
    on: date | None = None,
) -> PacketData:
    """What the one-page "Where am I" sheet prints: the packet's data without growth."""
    return class_packets(
        session, class_id, student_ids=[student_id], lang=lang, on=on, growth=False
    )[0]


def _voice(conn, table: str, params: dict) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    found: dict[str, list[str]] = defaultdict(list)
    for sid, words in conn.execute(_in(_VOICE_SQL.format(table=table), "students"), params):
        found[sid].append(words)
    return found


class _Words:
    """A target's words in the packet's language where the teacher wrote them, else the
    original (the teacher's own)."""

    def __init__(self, words: dict[str, dict[str, Wording]], lang: str) -> None:
        self._words = {tid: by_lang[lang] for tid, by_lang in words.items() if lang in by_lang}

    @property
    def any(self) -> bool:
        return bool(self._words)

    def statement(self, target_id: str | None, original: str) -> str:
        found = self._words.get(target_id or "")
        return (found.statement or original) if found else original

    def i_can(self, target_id: str | None, original: str) -> str:
        found = self._words.get(target_id or "")
        if not found:
            return original
        return found.i_can or found.statement or original


def _target_words(session: Session, target_ids: list[str]) -> dict[str, dict[str, Wording]]:

    return wordings(session, target_ids) if target_ids else {}


def _looks_like(conn, target_ids: list[str], scale: ScaleInfo) -> dict[str, str]:  # type: ignore[no-untyped-def]
    """What Proficient work looks like on each target: its rubric's words at that level."""
    if not target_ids:
        return {}
    found: dict[str, str] = {}
    rows = conn.execute(
        _in(_RUBRIC_SQL, "targets"), {"targets": target_ids, "level": scale.proficient_value}
    )
    for target_id, words in rows:
        if (words or "").strip():
            found[target_id] = words.strip()
    return found


def _history(rows: list[Row]) -> tuple[Attempt, ...]:
    """The scored work that stands on one target, oldest first (as produced)."""
    return tuple(
        Attempt(produced_on=r.produced_on, level=float(r.level), revision=bool(r.revision_of))
        for r in effective_evidence(rows)
        if r.status == "scored" and r.level is not None
    )


def _missing(
    evidence: dict[tuple[str, str], list[Row]], student_id: str, grid: ClassGrid
) -> list[MissingWork]:
    """The student's work recorded as missing that still stands, one entry per task."""
    codes = {t.id: t.code for t in grid.targets}
    tasks: dict[str, tuple[str, str, list[str]]] = {}
    for target in grid.targets:
        for r in effective_evidence(evidence.get((student_id, target.id), [])):
            if r.status != "missing":
                continue
            key = r.task_id or r.id
            title = r.title or codes.get(target.id, "")
            due = r.date or r.produced_on or ""
            entry = tasks.setdefault(key, (title, due, []))
            entry[2].append(codes.get(target.id, ""))
    return [
        MissingWork(title=title, due_on=due, target_codes=tuple(c for c in found if c))
        for title, due, found in sorted(tasks.values(), key=lambda t: (t[1], t[0]))
    ]


def _urgency(item: WorkingOn) -> tuple:
    """Overdue first (the longest overdue first), then by due date, then oldest opened."""
    return (not item.overdue, item.due_on or "9999", item.opened_on)


def _competencies(
    grid: ClassGrid,
    row: int,
    said: _Words,
    history: dict[str, tuple[Attempt, ...]],
    looks_like: dict[str, str],
) -> list[CompetencyStanding]:
    groups: dict[str, list[TargetStanding]] = {}
    heads: dict[str, tuple[str, str]] = {}
    for column, target in enumerate(grid.targets):
        cell = grid.cell(row, column)
        key = target.competency_id or ""
        heads.setdefault(
            key, (target.competency_code, said.statement(key, target.competency_title))
        )
        level = grid.scale.level_at(cell.estimate)
        groups.setdefault(key, []).append(
            TargetStanding(
                id=target.id,
                code=target.code,
                statement=said.statement(target.id, target.statement),
                i_can=said.i_can(target.id, target.i_can.strip() or target.statement),
                estimate=cell.estimate,
                level_value=level.value if level else None,
                level_label=level.label if level else "",
                status=cell.status,
                evidence_count=cell.evidence_count,
                overridden=cell.overridden,
                history=history.get(target.id, ()),
                looks_like=looks_like.get(target.id, ""),
            )
        )
    return [
        CompetencyStanding(id=key, code=heads[key][0], title=heads[key][1], targets=tuple(items))
        for key, items in groups.items()
    ]


def _working_on(
    conn,  # type: ignore[no-untyped-def]
    params: dict,
    grid: ClassGrid,
    habits_grid: ClassGrid,
) -> dict[str, list[WorkingOn]]:
    """The open "not yet" plans of the packet's students on the class's targets, oldest
    first (the queue's, ``core.queue.open_revisions``, read for these students alone: one
    student's packet does not read the whole school's queue)."""
    columns = {t.id: t for t in (*grid.targets, *habits_grid.targets)}
    found: dict[str, list[WorkingOn]] = defaultdict(list)
    for r in conn.execute(_in(_OPEN_STEPS_SQL, "students"), params).all():
        target = columns.get(r.target_id)
        level = grid.scale.exact(r.level) if r.level is not None else None
        found[r.student_id].append(
            WorkingOn(
                target_id=r.target_id,
                target_code=r.code,
                i_can=(target.i_can.strip() if target else "") or r.statement,
                next_step=r.next_step,
                support=r.support,
                due_on=r.due_on,
                opened_on=r.opened_on or r.produced_on or "",
                level=r.level,
                level_label=level.label if level else "",
            )
        )
    return found


def _habits(grid: ClassGrid, student_id: str, said: _Words) -> list[HabitStanding]:
    row = next((i for i, s in enumerate(grid.students) if s.id == student_id), None)
    if row is None:
        return []
    habits = []
    for column, target in enumerate(grid.targets):
        cell = grid.cell(row, column)
        habits.append(
            HabitStanding(
                id=target.id,
                code=target.code,
                title=said.statement(target.id, target.statement),
                i_can=said.i_can(target.id, target.i_can) if target.i_can else "",
                estimate=cell.estimate,
                level_value=cell.level.value if cell.level else None,
                level_label=cell.level.label if cell.level else "",
                evidence_count=cell.evidence_count,
            )
        )
    return habits


def _showcase(conn, params: dict, blobs_dir: Path, scale: ScaleInfo) -> dict[str, list]:  # type: ignore[no-untyped-def]
    """The chosen work of these students, as it stands now: work since withdrawn leaves
    the packet; work since corrected shows the correction's level and feedback."""
    chosen = conn.execute(_in(_SHOWCASE_SQL, "students"), params).all()
    if not chosen:
        return {}
    versions = {
        r.id: r
        for r in conn.execute(
            _in(_PAIRS_SQL, "students", "targets"),
            {
                "students": sorted({r.student_id for r in chosen}),
                "targets": sorted({r.target_id for r in chosen}),
            },
        )
    }
    standing = standing_ids((i, r.supersedes) for i, r in versions.items())
    successors: dict[str, list[str]] = defaultdict(list)
    for i, r in versions.items():
        if r.supersedes:
            successors[r.supersedes].append(i)
    # (the chosen row, the version of its evidence that stands, its attachments)
    standing_work: list[tuple[Row, Row, list[str]]] = []
    for r in chosen:
        now = _standing_version(r.evidence_id, standing, successors, versions)
        if now is None:
            continue
        # level, feedback and pictures from the version that stands (a correction keeps
        # the original's pictures when it has none of its own)
        current = versions[now]
        files = _json_list(current.attachment_ids) or _json_list(r.attachment_ids)
        standing_work.append((r, current, files))
    attachment_ids = sorted({a for _r, _current, files in standing_work for a in files})
    attachments = {}
    if attachment_ids:
        attachments = {
            a.id: (a.sha256, a.file_name, a.media_type)
            for a in conn.execute(_in(_ATTACHMENTS_SQL, "ids"), {"ids": attachment_ids})
        }
    found: dict[str, list[ShowcaseItem]] = defaultdict(list)
    for r, current, files in standing_work:
        image: Path | None = None
        media = ""
        others = []
        for attachment_id in files:
            if attachment_id not in attachments:
                continue
            sha, name, media_type = attachments[attachment_id]
            if image is None and media_type in IMAGE_TYPES:
                image, media = blobs_dir / sha, media_type
            else:
                others.append(name)
        level = scale.exact(current.level) if current.level is not None else None
        found[r.student_id].append(
            ShowcaseItem(
                id=r.id,
                evidence_id=r.evidence_id,
                position=r.position,
                note=r.note or "",
                target_code=r.code or "",
                i_can=(r.i_can or "").strip() or (r.statement or ""),
                task_title=r.title or "",
                produced_on=current.produced_on,
                level=current.level,
                level_label=level.label if level else "",
                feedback=current.feedback or "",
                image_path=image,
                media_type=media,
                other_files=tuple(others),
                target_id=r.target_id or "",
            )
        )
    return found


def _standing_version(
    evidence_id: str,
    standing: set[str],
    successors: dict[str, list[str]],
    rows: dict[str, Row],
) -> str | None:
    """The scored evidence that now stands for ``evidence_id``: itself, or the correction
    that replaced it; None when it was withdrawn."""
    frontier, seen = [evidence_id], set()
    while frontier:
        current = frontier.pop(0)
        if current in seen or current not in rows:
            continue
        seen.add(current)
        if current in standing and rows[current].status == "scored":
            return current
        frontier.extend(successors.get(current, ()))
    return None


def _json_list(value: object) -> list[str]:
    if isinstance(value, list):
        return [str(v) for v in value]
    if isinstance(value, str) and value:
        import json

        try:
            parsed = json.loads(value)
        except ValueError:
            return []
        return [str(v) for v in parsed] if isinstance(parsed, list) else []
    return []


def find_student_in_class(session: Session, class_id: str, name_or_id: str) -> str:
    """A student of the class by id or name (as lists show it, or given and family name)."""
    school_class = _live_class(session, class_id)
    conn = session.connection()
    rows = conn.execute(
        text(
            "SELECT DISTINCT s.id, s.given_name, s.family_name, s.preferred_name "
            "FROM enrollment en JOIN student s ON s.id = en.student_id "
            "WHERE en.class_id = :c AND en.deleted_hlc IS NULL AND s.deleted_hlc IS NULL "
            "AND NOT s.archived"
        ),
        {"c": class_id},
    ).all()
    for r in rows:
        if r.id == name_or_id:
            return r.id
    wanted = " ".join(name_or_id.split()).casefold()
    matches = [
        r.id
        for r in rows
        if wanted
        in {
            display_name(r.given_name, r.family_name, r.preferred_name).casefold(),
            f"{r.given_name} {r.family_name}".strip().casefold(),
        }
    ]
    if len(matches) == 1:
        return matches[0]
    if len(matches) > 1:
        raise NotFoundError(
            QT_TRANSLATE_NOOP(
                "Conferences",
                "{count} students in {name} are called {wanted}; name one by its id instead.",
            )(count=len(matches), name=school_class.name, wanted=repr(name_or_id))
        )
    raise NotFoundError(
        QT_TRANSLATE_NOOP("Conferences", "There is no student called {wanted} in {name}.")(
            wanted=repr(name_or_id), name=school_class.name
        )
    )


# ----- the class summary ----------------------------------------------------------------


def class_summary_data(
    session: Session, class_id: str, *, on: date | None = None
) -> ClassSummaryData:
    """Targets x status counts for the teacher, and the share proficient by family language.

    A group under ``MIN_GROUP_SIZE`` students is never shown. When exactly one group is
    hidden, the next smallest is hidden too: otherwise the class totals minus the shown
    groups would give the hidden group's numbers away.
    """
    school_class = _live_class(session, class_id)
    grid = class_grid(session, class_id)
    targets = []
    for column, target in enumerate(grid.targets):
        counts = dict.fromkeys(STATUSES, 0)
        for row in range(len(grid.students)):
            counts[grid.cell(row, column).status] += 1
        targets.append(
            TargetSummary(
                id=target.id,
                code=target.code,
                i_can=target.i_can.strip() or target.statement,
                competency_title=target.competency_title,
                counts=counts,
            )
        )
    members: dict[str, list[int]] = defaultdict(list)
    for row, student in enumerate(grid.students):
        members[student.family_language or "?"].append(row)
    return ClassSummaryData(
        class_id=class_id,
        class_name=school_class.name,
        term=school_class.term,
        on=(on or date.today()).isoformat(),
        school=get_setting(session, "school"),
        teacher=get_setting(session, "teacher"),
        students=len(grid.students),
        targets=tuple(targets),
        by_language=tuple(suppressed_breakdown(grid, members)),
    )


def suppressed_breakdown(grid: ClassGrid, members: dict[str, list[int]]) -> list[GroupSummary]:
    """Proficient counts per target for each group of rows, small groups suppressed."""
    sizes = {key: len(rows) for key, rows in members.items()}
    hidden = {key: "small" for key, size in sizes.items() if size < MIN_GROUP_SIZE}
    shown = sorted((size, key) for key, size in sizes.items() if key not in hidden)
    if len(hidden) == 1 and shown:
        hidden[shown[0][1]] = "complement"
    groups = []
    for key in sorted(members, key=lambda k: (-sizes[k], k)):
        rows = members[key]
        if key in hidden:
            groups.append(
                GroupSummary(key=key, size=len(rows), suppressed=True, reason=hidden[key])
            )
            continue
        proficient = tuple(
            sum(1 for row in rows if grid.cell(row, column).status == Status.PROFICIENT)
            for column in range(len(grid.targets))
        )
        groups.append(
            GroupSummary(key=key, size=len(rows), suppressed=False, proficient=proficient)
        )
    return groups


# ----- conference prep: the work the student chooses to show ----------------------------


@dataclass(frozen=True)
class Candidate:
    """A piece of the student's standing evidence that could be shown."""

    evidence_id: str
    target_code: str
    i_can: str
    task_title: str
    produced_on: str
    level: float | None
    feedback: str
    has_attachment: bool
    chosen: bool = False


def _standing_evidence(session: Session, evidence: Evidence) -> bool:
    rows = session.exec(
        select(Evidence.id, Evidence.supersedes).where(
            Evidence.student_id == evidence.student_id, Evidence.target_id == evidence.target_id
        )
    ).all()
    return evidence.id in standing_ids((r.id, r.supersedes) for r in rows)


def _live_showcase(session: Session, student_id: str, class_id: str | None) -> list[Showcase]:
    rows = session.exec(
        select(Showcase).where(Showcase.student_id == student_id, Showcase.deleted_hlc.is_(None))
    ).all()
    rows = [r for r in rows if class_id is None or r.class_id in (None, class_id)]
    return sorted(rows, key=lambda r: (r.position, r.hlc))


def _changes(row: Showcase) -> Changes:
    return Changes(students=frozenset({row.student_id}), evidence=frozenset({row.evidence_id}))


def choose_showcase(
    store: Store,
    student_id: str,
    evidence_id: str,
    *,
    class_id: str | None = None,
    note: str = "",
) -> tuple[str, Changes]:
    """The student chooses this work to show at the conference (placed last), with why.

    Choosing work already chosen keeps its place and updates the note; choosing work
    that was taken back brings the same choice back. Returns the showcase id.
    """
    with store.transaction() as tx:
        session = tx.session
        evidence = session.get(Evidence, evidence_id)
        if evidence is None:
            raise NotFoundError(
                QT_TRANSLATE_NOOP("Conferences", "That piece of work no longer exists.")()
            )
        if evidence.student_id != student_id:
            raise InvalidInputError(
                QT_TRANSLATE_NOOP("Conferences", "That piece of work belongs to another student.")()
            )
        if evidence.status != "scored" or not _standing_evidence(session, evidence):
            raise InvalidInputError(
                QT_TRANSLATE_NOOP(
                    "Conferences",
                    "That evidence was withdrawn or replaced; choose another piece of work.",
                )()
            )
        class_id = class_id or evidence.class_id
        live = _live_showcase(session, student_id, None)
        existing = session.exec(
            select(Showcase).where(
                Showcase.student_id == student_id, Showcase.evidence_id == evidence_id
            )
        ).all()
        row = next((r for r in existing if r.deleted_hlc is None), None)
        if row is not None:
            if row.note != note.strip():
                row.note = note.strip()
                tx.touch(row)
            return row.id, _changes(row)
        position = max((r.position for r in live), default=-1) + 1
        row = existing[0] if existing else None
        if row is not None:
            row.deleted_hlc = None
            row.note, row.position, row.class_id = note.strip(), position, class_id
            tx.touch(row)
        else:
            row = Showcase(
                id=new_id(),
                student_id=student_id,
                evidence_id=evidence_id,
                class_id=class_id,
                note=note.strip(),
                position=position,
            )
            tx.add(row)
    return row.id, _changes(row)


def _showcase_row(session: Session, showcase_id: str) -> Showcase:
    row = session.get(Showcase, showcase_id)
    if row is None:
        raise NotFoundError(
            QT_TRANSLATE_NOOP("Conferences", "That chosen work no longer exists.")()
        )
    return row


def unchoose_showcase(store: Store, showcase_id: str) -> Changes:
    """Take the work back out of the packet (a tombstone: ``restore_showcase`` undoes it)."""
    with store.transaction() as tx:
        row = _showcase_row(tx.session, showcase_id)
        if row.deleted_hlc is None:
            tx.tombstone(row)
    return _changes(row)


def restore_showcase(store: Store, showcase_id: str) -> Changes:
    """Put back work that was taken out (the undo of ``unchoose_showcase``)."""
    with store.transaction() as tx:
        row = _showcase_row(tx.session, showcase_id)
        if row.deleted_hlc is not None:
            row.deleted_hlc = None
            tx.touch(row)
    return _changes(row)


def set_showcase_note(store: Store, showcase_id: str, note: str) -> Changes:
    """Write or edit why the student chose this work."""
    with store.transaction() as tx:
        row = _showcase_row(tx.session, showcase_id)
        if row.deleted_hlc is not None:
            raise InvalidInputError(
                QT_TRANSLATE_NOOP(
                    "Conferences", "That work is no longer chosen; choose it again first."
                )()
            )
        if row.note != note.strip():
            row.note = note.strip()
            tx.touch(row)
    return _changes(row)


def reorder_showcase(
    store: Store, student_id: str, showcase_ids: list[str], *, class_id: str | None = None
) -> Changes:
    """Put the student's chosen work in this order (ids not listed keep theirs, after)."""
    with store.transaction() as tx:
        live = _live_showcase(tx.session, student_id, class_id)
        by_id = {r.id: r for r in live}
        unknown = [i for i in showcase_ids if i not in by_id]
        if unknown:
            raise InvalidInputError(
                QT_TRANSLATE_NOOP(
                    "Conferences", "Some of that work is not chosen by this student."
                )()
            )
        ordered = [by_id[i] for i in dict.fromkeys(showcase_ids)]
        ordered += [r for r in live if r.id not in set(showcase_ids)]
        touched = []
        for position, row in enumerate(ordered):
            if row.position != position:
                row.position = position
                tx.touch(row)
                touched.append(row)
    return Changes(
        students=frozenset({student_id}), evidence=frozenset(r.evidence_id for r in touched)
    )


def showcase_items(
    session: Session, student_id: str, *, class_id: str, blobs_dir: Path | None = None
) -> list[ShowcaseItem]:
    """The work a student chose for a class's conference, in order."""
    school_class = _live_class(session, class_id)
    scale = load_scale(session, school_class.scale_id)
    found = _showcase(
        session.connection(),
        {"students": [student_id], "c": class_id},
        blobs_dir or _blobs_dir(session),
        scale,
    )
    return found.get(student_id, [])


def showcase_candidates(session: Session, student_id: str, class_id: str) -> list[Candidate]:
    """The student's standing scored work on the class's learning targets (not habits of
    work, which are observed rather than made), newest first, to choose from."""
    conn = session.connection()
    # (its first columns are the evidence's, in the order effective_evidence reads)
    rows = conn.execute(
        text(
            "SELECT e.id, e.student_id, e.target_id, e.produced_on, e.level, e.status, "
            "e.supersedes, e.feedback, e.attachment_ids, t.code, t.i_can, t.statement, "
            "k.title, e.hlc "
            "FROM evidence e JOIN target t ON t.id = e.target_id "
            "JOIN framework f ON f.id = t.framework_id AND f.kind = 'academic' "
            "LEFT JOIN task k ON k.id = e.task_id "
            "WHERE e.student_id = :s AND e.target_id IN (SELECT ct.target_id "
            "FROM class_target ct WHERE ct.class_id = :c AND ct.deleted_hlc IS NULL)"
        ),
        {"s": student_id, "c": class_id},
    ).all()
    by_target: dict[str, list[Row]] = defaultdict(list)
    for r in rows:
        by_target[r.target_id].append(r)
    chosen = {r.evidence_id for r in _live_showcase(session, student_id, class_id)}
    candidates = []
    for pair_rows in by_target.values():
        for r in effective_evidence(pair_rows):
            if r.status != "scored" or r.level is None:
                continue
            candidates.append(
                (
                    r.produced_on,
                    r.hlc,
                    Candidate(
                        evidence_id=r.id,
                        target_code=r.code or "",
                        i_can=(r.i_can or "").strip() or (r.statement or ""),
                        task_title=r.title or "",
                        produced_on=r.produced_on,
                        level=r.level,
                        feedback=r.feedback or "",
                        has_attachment=bool(_json_list(r.attachment_ids)),
                        chosen=r.id in chosen,
                    ),
                )
            )
    candidates.sort(key=lambda c: (c[0], c[1]), reverse=True)
    return [c[2] for c in candidates]


# ----- conference prep: goals and reflections edited, and who is ready ------------------


def _voice_version(tx: Tx, kind: str, row_id: str) -> Goal | Reflection:
    table = {"goal": Goal, "reflection": Reflection}.get(kind)
    if table is None:
        raise InvalidInputError(not_a_voice_kind(kind))
    row = cast(Goal | Reflection | None, tx.session.get(table, row_id))
    if row is None:
        raise NotFoundError(voice_gone(kind))
    return row


def rewrite_voice(
    store: Store, kind: str, row_id: str, words: str, *, author: str
) -> tuple[str, Changes]:
    """Edit a goal or reflection: the new words take the old ones' place (same date and
    class) and the old version becomes a tombstone, in one transaction. Returns the new
    version's id; ``swap_voice`` goes back and forth between the two (undo, redo)."""
    with store.transaction() as tx:
        old = _voice_version(tx, kind, row_id)
        if old.deleted_hlc is not None:
            raise InvalidInputError(
                QT_TRANSLATE_NOOP("Conferences", "That goal was deleted; write it again instead.")()
                if kind == "goal"
                else QT_TRANSLATE_NOOP(
                    "Conferences", "That reflection was deleted; write it again instead."
                )()
            )
        add = add_goal if kind == "goal" else add_reflection
        new = add(tx, old.student_id, words, old.written_on, class_id=old.class_id, author=author)
        tx.tombstone(old)
    return new.id, Changes(students=frozenset({old.student_id}))


def swap_voice(store: Store, kind: str, hide_id: str, show_id: str) -> Changes:
    """Put one version of a goal or reflection away and bring another back, in one
    transaction (the undo and redo of ``rewrite_voice``)."""
    with store.transaction() as tx:
        hide = _voice_version(tx, kind, hide_id)
        show = _voice_version(tx, kind, show_id)
        if hide.deleted_hlc is None:
            tx.tombstone(hide)
        if show.deleted_hlc is not None:
            show.deleted_hlc = None
            tx.touch(show)
    return Changes(students=frozenset({hide.student_id, show.student_id}))


@dataclass(frozen=True)
class PrepStatus:
    """How far one student's conference preparation has come, for the prep list."""

    student_id: str
    name: str
    family_language: str
    goals: int
    reflections: int
    chosen: int  # pieces of work chosen that the packet will show

    @property
    def missing(self) -> tuple[str, ...]:
        """What is still to do, as stored words: goal, reflection, work."""
        gaps = (("goal", self.goals), ("reflection", self.reflections), ("work", self.chosen))
        return tuple(word for word, count in gaps if not count)


_ROSTER_SQL = """
SELECT DISTINCT s.id, s.given_name, s.family_name, s.preferred_name, s.family_language
FROM enrollment en JOIN student s ON s.id = en.student_id
WHERE en.class_id = :c AND en.deleted_hlc IS NULL AND s.deleted_hlc IS NULL AND NOT s.archived
"""


def prep_overview(session: Session, class_id: str) -> list[PrepStatus]:
    """Every student of the class in packet order, with what their packet will hold of
    their own: goals, reflections and chosen work (counted as the packet counts them)."""
    school_class = _live_class(session, class_id)
    conn = session.connection()
    students = sorted(
        conn.execute(text(_ROSTER_SQL), {"c": class_id}).all(),
        key=lambda r: (
            _fold(r.family_name or ""),
            _fold(display_name(r.given_name, r.family_name, r.preferred_name)),
        ),
    )
    if not students:
        return []
    params = {"students": [r.id for r in students], "c": class_id}
    goals = _voice(conn, "goal", params)
    reflections = _voice(conn, "reflection", params)
    scale = load_scale(session, school_class.scale_id)
    chosen = _showcase(conn, params, _blobs_dir(session), scale)
    return [
        PrepStatus(
            student_id=r.id,
            name=display_name(r.given_name, r.family_name, r.preferred_name),
            family_language=r.family_language or Language.EN,
            goals=len(goals.get(r.id, ())),
            reflections=len(reflections.get(r.id, ())),
            chosen=len(chosen.get(r.id, ())),
        )
        for r in students
    ]
