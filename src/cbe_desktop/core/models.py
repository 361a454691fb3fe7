"""The tables of the store (SQLModel over SQLite).

Rules every table follows (DESIGN.md, "Identity and time"):
- ``id`` is a UUIDv7 string made on the laptop that created the row;
- ``hlc`` is the hybrid-logical-clock stamp of the row's last change and ``origin``
  the replica that made that change;
- a mutable row is never removed: deletion sets ``deleted_hlc`` (a tombstone);
- evidence is append-only: a correction or retraction is a new row that
  ``supersedes`` the old one, and a revision after "not yet" is a new row with
  ``revision_of``. Estimates are derived from evidence, never stored as truth.

Dates are ISO strings (``YYYY-MM-DD``) so that they travel unchanged in sync files.
"""

from __future__ import annotations

from typing import Any, ClassVar

from pydantic import ConfigDict
from sqlalchemy import JSON, Index
from sqlmodel import Field, SQLModel

from cbe_desktop.core.languages import Language
from cbe_desktop.core.vocabulary import (  # noqa: F401  (re-exported)
    AUTHORS,
    EVIDENCE_STATUSES,
    FRAMEWORK_KINDS,
    GROUP_KINDS,
    LANGUAGES,
    NAME_ORDERS,
    PURPOSES,
    REVISION_STATES,
    STORED_GROUP_KINDS,
    SUPPORTS,
    TASK_TYPES,
    display_name,
    sort_key,
    written_name,
)


class Synced(SQLModel):
    """Columns every synchronised row carries.

    ``base_hlc`` is the stamp of the version this row was edited from when that version
    came from another laptop: an incoming version whose base is our current stamp was
    made after seeing ours (no conflict); otherwise two laptops changed it concurrently.
    ``seen_hlc`` is local: this laptop's stamp when it last wrote the row (by an edit or
    an import); "what changed since the last exchange" is read from it, because rows
    received from a third laptop keep their own, possibly older, stamps. It never travels.
    """

    id: str = Field(primary_key=True, max_length=36)
    #: Stamped by the transaction that writes the row (``Tx.add``, ``Tx.touch``), or
    #: brought by a sync file: a row is never flushed without them (``core/store.py``).
    hlc: str = Field(default="", index=True)
    origin: str = ""
    deleted_hlc: str | None = Field(default=None)
    base_hlc: str | None = Field(default=None)
    seen_hlc: str | None = Field(default=None, index=True)

    #: Tables whose rows only ever get added (no update, no tombstone).
    append_only: ClassVar[bool] = False

    # A table's rows are made without pydantic's validation (SQLModel builds them
    # directly), so its validator is built only if something asks for one: this saves
    # about a tenth of a second at every start.
    model_config = ConfigDict(defer_build=True)  # type: ignore[assignment]


class Framework(Synced, table=True):
    """A set of competencies and targets: academic standards, or habits of work."""

    __tablename__ = "framework"
    title: str
    kind: str = "academic"
    description: str = ""
    scale_id: str | None = None  # habits frameworks carry their own scale
    source_id: str | None = Field(default=None, index=True)  # CASE / Canvas identifier


class Target(Synced, table=True):
    """One node of a framework's tree: a competency (no parent) or a learning target."""

    __tablename__ = "target"
    framework_id: str = Field(index=True)
    parent_id: str | None = Field(default=None, index=True)
    position: int = 0
    code: str = ""
    statement: str = ""
    i_can: str = ""
    level: str = ""  # grade or performance level, as the framework writes it
    dok: int | None = None  # depth of knowledge 1-4
    prerequisites: list[str] = Field(default_factory=list, sa_type=JSON)
    notes: str = ""
    source_id: str | None = Field(default=None, index=True)
    # The method this target suggests (from a Canvas import, say); a class that aligns
    # the target starts with it as its per-target override.
    method: str | None = None
    method_param: float | None = None


class TargetWording(Synced, table=True):
    """A target's (or competency's, or habit's) statement and "I can" in one more
    language, for the families who read it. The target's own fields stay the original;
    a packet prints the family's language where a wording exists."""

    __tablename__ = "target_wording"
    __table_args__ = (Index("ix_target_wording_target_lang", "target_id", "lang"),)
    target_id: str
    lang: str
    statement: str = ""
    i_can: str = ""


class Scale(Synced, table=True):
    __tablename__ = "scale"
    name: str


class ScaleLevel(Synced, table=True):
    __tablename__ = "scale_level"
    scale_id: str = Field(index=True)
    value: float
    label: str
    description: str = ""
    proficient: bool = False  # the lowest level that counts as proficient
    colour: str = "#FFFFFF"


class RubricDescriptor(Synced, table=True):
    """What work at one level of the scale looks like for one target."""

    __tablename__ = "rubric_descriptor"
    target_id: str = Field(index=True)
    level_value: float
    text: str = ""


class Exemplar(Synced, table=True):
    """A sample of work (photo, PDF) attached to one rubric level of a target."""

    __tablename__ = "exemplar"
    target_id: str = Field(index=True)
    level_value: float
    attachment_id: str
    note: str = ""


class SchoolClass(Synced, table=True):
    __tablename__ = "school_class"
    name: str
    term: str = ""
    subject: str = ""
    grade: str = ""
    scale_id: str | None = None
    method: str = "latest"
    method_param: float | None = None
    targets_per_week: float | None = None  # the class's planned pace
    archived: bool = False
    source_id: str | None = Field(default=None, index=True)


class Student(Synced, table=True):
    __tablename__ = "student"
    given_name: str
    family_name: str = ""
    preferred_name: str = ""
    student_number: str = ""
    grade: str = ""
    family_language: str = Language.EN
    archived: bool = False
    source_id: str | None = Field(default=None, index=True)
    name_order: str = "given_first"  # NAME_ORDERS
    # The student record this one was found to be the same learner as (a merge the
    # teacher confirmed): its evidence counts as that learner's. Undone by clearing it.
    merged_into: str | None = Field(default=None, index=True, max_length=36)

    @property
    def display_name(self) -> str:
        return display_name(self.given_name, self.family_name, self.preferred_name)

    @property
    def written_name(self) -> str:
        return written_name(self.given_name, self.family_name, self.preferred_name, self.name_order)


class StudentGroup(Synced, table=True):
    """One fact about a student a school reports equity by: ``kind`` (one of
    :data:`GROUP_KINDS`, such as ``iep``) and its ``value`` (``yes``/``no``, ``female``).

    Filled from the SIS (a OneRoster export's demographics.csv, extra columns of a plain
    roster); one live row per student and kind (a new value updates it). Read only in
    school-wide views, where every group under 11 students is suppressed.
    """

    __tablename__ = "student_group"
    __table_args__ = (Index("ix_student_group_student_kind", "student_id", "kind"),)
    student_id: str
    kind: str
    value: str = ""


class Enrollment(Synced, table=True):
    __tablename__ = "enrollment"
    __table_args__ = (Index("ix_enrollment_class_student", "class_id", "student_id"),)
    class_id: str
    student_id: str = Field(index=True)
    source_id: str | None = None


class ClassTarget(Synced, table=True):
    """A target the class teaches, its place in the gradebook and its method override."""

    __tablename__ = "class_target"
    __table_args__ = (Index("ix_class_target_class_target", "class_id", "target_id"),)
    class_id: str
    target_id: str = Field(index=True)
    position: int = 0
    method: str | None = None
    method_param: float | None = None


class Task(Synced, table=True):
    """Something students did that gives evidence for one or more targets."""

    __tablename__ = "task"
    class_id: str | None = Field(default=None, index=True)
    title: str
    date: str  # ISO date
    purpose: str = "formative"
    task_type: str = "product"
    target_ids: list[str] = Field(default_factory=list, sa_type=JSON)
    notes: str = ""


class TaskRubricDescriptor(Synced, table=True):
    """What work at one level looks like for one target ON ONE TASK (optional).

    Kept apart from ``RubricDescriptor`` so every reader of a target's own rubric is
    unchanged; where a task has no descriptor for a level, the target's is shown.
    """

    __tablename__ = "task_rubric_descriptor"
    task_id: str = Field(index=True)
    target_id: str
    level_value: float
    text: str = ""


class Evidence(Synced, table=True):
    """One scored demonstration of one target by one student. Never updated."""

    __tablename__ = "evidence"
    __table_args__ = (
        Index("ix_evidence_student_target", "student_id", "target_id"),
        Index("ix_evidence_class_produced", "class_id", "produced_on"),
    )
    append_only: ClassVar[bool] = True

    student_id: str
    target_id: str = Field(index=True)
    class_id: str | None = None
    task_id: str | None = Field(default=None, index=True)
    produced_on: str  # ISO date the student produced the work (orders the scores)
    level: float | None = None
    status: str = "scored"
    not_yet: bool = False
    feedback: str = ""
    evidence_type: str = ""
    supersedes: str | None = Field(default=None, index=True)
    revision_of: str | None = None
    attachment_ids: list[str] = Field(default_factory=list, sa_type=JSON)


class Revision(Synced, table=True):
    """The plan that follows a "not yet": the next step, its support, and its outcome."""

    __tablename__ = "revision"
    evidence_id: str = Field(index=True)  # the "not yet" evidence
    student_id: str = Field(index=True)
    target_id: str
    next_step: str
    due_on: str | None = None
    support: str = ""
    state: str = Field(default="open", index=True)
    resolved_by: str | None = None  # the evidence that revised it
    note: str = ""  # why it was closed without a revision
    opened_on: str = ""


class MasteryOverride(Synced, table=True):
    """The teacher's professional judgement, replacing the calculated estimate."""

    __tablename__ = "mastery_override"
    __table_args__ = (Index("ix_override_student_target", "student_id", "target_id"),)
    student_id: str
    target_id: str
    level: float
    reason: str
    date: str


class Goal(Synced, table=True):
    __tablename__ = "goal"
    student_id: str = Field(index=True)
    class_id: str | None = None
    text: str
    written_on: str
    author: str = "student"


class Reflection(Synced, table=True):
    __tablename__ = "reflection"
    student_id: str = Field(index=True)
    class_id: str | None = None
    text: str
    written_on: str
    author: str = "student"


class Showcase(Synced, table=True):
    """A piece of evidence the student chose to show at the conference, with why."""

    __tablename__ = "showcase"
    student_id: str = Field(index=True)
    evidence_id: str
    class_id: str | None = None
    note: str = ""
    position: int = 0


class Attachment(Synced, table=True):
    """A file (photo or scan of work) kept beside the database as ``blobs/<sha256>``."""

    __tablename__ = "attachment"
    sha256: str = Field(index=True, max_length=64)
    file_name: str
    media_type: str = "application/octet-stream"
    size: int = 0


class Conflict(Synced, table=True):
    """Two versions of one row from two laptops; the teacher chooses."""

    __tablename__ = "conflict"
    table_name: str
    row_id: str = Field(index=True)
    mine: dict[str, Any] = Field(default_factory=dict, sa_type=JSON)
    theirs: dict[str, Any] = Field(default_factory=dict, sa_type=JSON)
    reason: str = "concurrent_edit"
    state: str = Field(default="open", index=True)
    resolution: str = ""


class SyncLog(Synced, table=True):
    """One sync file written or read: where it went or came from, and what it held."""

    __tablename__ = "sync_log"
    bundle_id: str
    direction: str  # "export" | "import"
    peer_replica: str = ""
    peer_teacher: str = ""
    bundle_created_hlc: str = ""
    file_name: str = ""
    counts: dict[str, Any] = Field(default_factory=dict, sa_type=JSON)


class CalibrationSet(Synced, table=True):
    """Pieces of student work a group of teachers scores blind, to see how far they agree.

    ``rubric`` is the rubric as the scorers see it, kept with the set so that a colleague
    whose laptop has none of these targets can still score:
    ``{"targets": [{"id", "code", "statement", "levels": [{"value", "label", "text"}]}]}``.
    """

    __tablename__ = "calibration_set"
    title: str
    made_on: str  # ISO date
    leader: str = ""  # the teacher (or coach) who made the set
    blind: bool = True  # the scorers do not see the level first given in class
    note: str = ""  # what the leader asks of the scorers
    rubric: dict[str, Any] = Field(default_factory=dict, sa_type=JSON)


class CalibrationPiece(Synced, table=True):
    """One piece of work in a calibration set, with no student's name.

    The same row on every laptop that holds the set: what it was made from is kept
    apart, in :class:`CalibrationSource`, which a blind set's file never carries.
    """

    __tablename__ = "calibration_piece"
    set_id: str = Field(index=True)
    position: int = 0
    label: str = ""  # "A", "B", ...
    target_id: str
    task_title: str = ""
    prompt: str = ""  # the task's prompt, as the students had it
    attachment_ids: list[str] = Field(default_factory=list, sa_type=JSON)


class CalibrationSource(Synced, table=True):
    """Where a piece of a calibration set came from: the evidence and the level given in
    class. Kept on the leader's laptops (and synced between them); a blind set's file
    never carries it, so a colleague scores without knowing either."""

    __tablename__ = "calibration_source"
    piece_id: str = Field(index=True)
    evidence_id: str
    original_level: float | None = None


class CalibrationScore(Synced, table=True):
    """One teacher's level for one piece of a calibration set, and why."""

    __tablename__ = "calibration_score"
    set_id: str = Field(index=True)
    piece_id: str = Field(index=True)
    scorer: str  # the teacher's name, as they wrote it
    level: float
    rationale: str = ""
    scored_on: str  # ISO date


class CalibrationConsensus(Synced, table=True):
    """The level a group agreed on for one piece after talking it through, and why.

    ``exemplar_ids``: the rubric's exemplars (anchor papers) made from this piece.
    """

    __tablename__ = "calibration_consensus"
    set_id: str = Field(index=True)
    piece_id: str = Field(index=True)
    level: float
    reason: str
    exemplar_ids: list[str] = Field(default_factory=list, sa_type=JSON)


class TermMarkRecord(Synced, table=True):
    """A term mark the program keeps for one student, class and reporting period: frozen
    when the teacher closes the term (``stored``), and/or set by the teacher instead of
    the rules' mark (an override, with a reason, who set it and when).

    ``subject`` says which mark: ``course``, ``competency:<key>`` (the competency's id)
    or ``target:<id>`` (a target's level, frozen with the term). ``explanation`` is the
    English of how a frozen mark was reached; ``explanation_phrase`` the same, kept so
    that it can be said in the teacher's language (JSON; empty for plain words).
    """

    __tablename__ = "term_mark"
    __table_args__ = (
        Index("ix_term_mark_class_period", "class_id", "period"),
        Index("ix_term_mark_student", "student_id"),
    )
    class_id: str
    student_id: str
    period: str = ""
    subject: str = "course"
    stored: bool = False
    mark: str = ""
    score: float | None = None
    explanation: str = ""
    explanation_phrase: str = ""
    override_mark: str = ""
    reason: str = ""
    set_by: str = ""
    set_on: str = ""


class TermClosure(Synced, table=True):
    """A class's reporting period, closed: its marks are the ones stored when it was
    closed (later evidence does not change them). Reopening deletes the row."""

    __tablename__ = "term_closure"
    __table_args__ = (Index("ix_term_closure_class_period", "class_id", "period"),)
    class_id: str
    period: str = ""
    closed_on: str = ""
    closed_by: str = ""


class ModifiedTarget(Synced, table=True):
    """A target modified for a student's individual plan (IEP): flagged and printed as
    "modified" wherever the student's level or mark for it is shown."""

    __tablename__ = "modified_target"
    __table_args__ = (Index("ix_modified_target_student_target", "student_id", "target_id"),)
    student_id: str
    target_id: str
    note: str = ""


class Setting(SQLModel, table=True):
    """A teacher's setting (teacher name, school, default method, ...)."""

    __tablename__ = "setting"
    key: str = Field(primary_key=True)
    value: str = ""
    hlc: str = ""
    origin: str = ""


class Replica(SQLModel, table=True):
    """This installation: its replica id, where it lives, and the newest stamp it issued."""

    __tablename__ = "replica"
    id: str = Field(default="self", primary_key=True)  # one row
    replica_id: str
    home: str = ""
    last_hlc: str = ""
    created_at: str = ""


#: Tables that travel in sync files, in an order where parents come before children.
SYNCED_TABLES: tuple[type[Synced], ...] = (
    Attachment,
    Scale,
    ScaleLevel,
    Framework,
    Target,
    TargetWording,
    RubricDescriptor,
    Exemplar,
    SchoolClass,
    Student,
    Enrollment,
    StudentGroup,  # after the enrolment that makes the student a hub teacher's
    ClassTarget,
    Task,
    TaskRubricDescriptor,
    Evidence,
    Revision,
    MasteryOverride,
    Goal,
    Reflection,
    Showcase,
    CalibrationSet,
    CalibrationPiece,
    CalibrationSource,
    CalibrationScore,
    CalibrationConsensus,
    TermMarkRecord,
    TermClosure,
    ModifiedTarget,
    Conflict,
)
