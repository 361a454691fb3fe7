"""Conflicts from sync, in a teacher's words, and the teacher's choice between versions.

A conflict (see :mod:`cbe_desktop.sync.merge`) keeps two versions of one row: ``mine``,
the version the merge kept in the table, and ``theirs``, the version it set aside. The
teacher reads both (who, when, on which laptop, which fields differ) and chooses:

- **keep** the version in use, **take** the other one, or **edit** (the teacher's own
  merge of the two). The choice is written to the row as a new change of this laptop
  (``tx.touch``), so it travels like any other edit and, being stamped now, wins over
  both versions everywhere. Its ``base_hlc`` names the other laptop's version, so the
  laptop that still holds that version takes the choice as made from it (no new
  conflict). The conflict row is marked resolved in the same transaction, also stamped
  now: it was stamped with the older of the two versions' stamps, so the choice wins
  over the same conflict met again in a later file.
- a student or target **deleted while evidence was added** on another laptop: bring it
  back (un-delete) or leave it deleted; the evidence is kept either way.
- a score **corrected on two laptops**: keep one correction (the other is withdrawn, as
  "withdraw evidence" does: a new record that supersedes it) or keep both.
- a version stamped **far in the future** (a laptop with a wrong clock): taking it
  writes its content with a fresh stamp of this laptop.

Every choice is one transaction and returns ``Changes(everything=True)``;
:func:`reopen_conflict` reverses one (undo), again as a new change.

Also here, for the window and the command line: the sync history in words and the
laptops this one has exchanged work with.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlmodel import Session, select

from cbe_desktop.core import phrases
from cbe_desktop.core.changes import Changes
from cbe_desktop.core.errors import InvalidInputError, NotFoundError
from cbe_desktop.core.evidence import standing_ids, withdraw
from cbe_desktop.core.ids import Stamp
from cbe_desktop.core.models import (
    SYNCED_TABLES,
    Conflict,
    Evidence,
    Replica,
    Synced,
    SyncLog,
    display_name,
)
from cbe_desktop.core.phrases import QT_TRANSLATE_NOOP, Template
from cbe_desktop.core.scales import format_number, program_word
from cbe_desktop.core.settings import get_setting
from cbe_desktop.core.store import Store, Tx
from cbe_desktop.sync import merge
from cbe_desktop.sync.bundle import columns

TABLES: dict[str, type[Synced]] = {model.__tablename__: model for model in SYNCED_TABLES}

CONCURRENT_EDIT = merge.CONCURRENT_EDIT
FUTURE_CLOCK = merge.FUTURE_CLOCK
DELETED_WITH_NEW_EVIDENCE = merge.DELETED_WITH_NEW_EVIDENCE
CONCURRENT_CORRECTION = merge.CONCURRENT_CORRECTION

#: How a resolved conflict was resolved (``Conflict.resolution``).
KEPT, TOOK_THEIRS, EDITED, KEPT_BOTH = "kept", "took_theirs", "edited", "kept_both"

#: Each table in words: (one row, several rows).
TABLE_WORDS: dict[str, tuple[str, str]] = {
    "student": ("a student", "students"),
    "target": ("a target", "targets"),
    "target_wording": ("a target's words in another language", "targets' words in other languages"),
    "evidence": ("a score", "scores"),
    "school_class": ("a class", "classes"),
    "task": ("a task", "tasks"),
    "task_rubric_descriptor": ("a task's rubric description", "task rubric descriptions"),
    "framework": ("a framework", "frameworks"),
    "scale": ("a scale", "scales"),
    "scale_level": ("a level of a scale", "levels of scales"),
    "rubric_descriptor": ("a rubric description", "rubric descriptions"),
    "exemplar": ("an example of work", "examples of work"),
    "enrollment": ("a student's place in a class", "places in classes"),
    "class_target": ("a target taught in a class", "targets taught in classes"),
    "revision": ("a 'not yet' plan", "'not yet' plans"),
    "mastery_override": ("an estimate set by the teacher", "estimates set by the teacher"),
    "goal": ("a goal", "goals"),
    "reflection": ("a reflection", "reflections"),
    "showcase": ("work chosen for a conference", "pieces of work chosen for conferences"),
    "attachment": ("an attached file", "attached files"),
    "calibration_set": ("a calibration set", "calibration sets"),
    "calibration_piece": ("a piece of a calibration set", "pieces of calibration sets"),
    "calibration_source": (
        "where a piece of a calibration set came from",
        "where pieces of calibration sets came from",
    ),
    "calibration_score": ("a calibration score", "calibration scores"),
    "calibration_consensus": ("a level agreed in calibration", "levels agreed in calibration"),
    "term_mark": ("a term mark", "term marks"),
    "term_closure": ("a closed term", "closed terms"),
    "modified_target": ("a target modified for a student's plan", "targets modified for plans"),
    "student_group": ("a student's group", "students' groups"),
    "conflict": ("a conflict", "conflicts"),
}

#: The same words, to be said in the teacher's language: (one, One, Many), where the
#: capitalised forms begin a heading or a sentence.
_TABLE_PHRASES: dict[str, tuple[Template, Template, Template]] = {
    "student": (
        QT_TRANSLATE_NOOP("Conflicts", "a student"),
        QT_TRANSLATE_NOOP("Conflicts", "A student"),
        QT_TRANSLATE_NOOP("Conflicts", "Students"),
    ),
    "target": (
        QT_TRANSLATE_NOOP("Conflicts", "a target"),
        QT_TRANSLATE_NOOP("Conflicts", "A target"),
        QT_TRANSLATE_NOOP("Conflicts", "Targets"),
    ),
    "evidence": (
        QT_TRANSLATE_NOOP("Conflicts", "a score"),
        QT_TRANSLATE_NOOP("Conflicts", "A score"),
        QT_TRANSLATE_NOOP("Conflicts", "Scores"),
    ),
    "school_class": (
        QT_TRANSLATE_NOOP("Conflicts", "a class"),
        QT_TRANSLATE_NOOP("Conflicts", "A class"),
        QT_TRANSLATE_NOOP("Conflicts", "Classes"),
    ),
    "task": (
        QT_TRANSLATE_NOOP("Conflicts", "a task"),
        QT_TRANSLATE_NOOP("Conflicts", "A task"),
        QT_TRANSLATE_NOOP("Conflicts", "Tasks"),
    ),
    "target_wording": (
        QT_TRANSLATE_NOOP("Conflicts", "a target's words in another language"),
        QT_TRANSLATE_NOOP("Conflicts", "A target's words in another language"),
        QT_TRANSLATE_NOOP("Conflicts", "Targets' words in other languages"),
    ),
    "task_rubric_descriptor": (
        QT_TRANSLATE_NOOP("Conflicts", "a task's rubric description"),
        QT_TRANSLATE_NOOP("Conflicts", "A task's rubric description"),
        QT_TRANSLATE_NOOP("Conflicts", "Task rubric descriptions"),
    ),
    "framework": (
        QT_TRANSLATE_NOOP("Conflicts", "a framework"),
        QT_TRANSLATE_NOOP("Conflicts", "A framework"),
        QT_TRANSLATE_NOOP("Conflicts", "Frameworks"),
    ),
    "scale": (
        QT_TRANSLATE_NOOP("Conflicts", "a scale"),
        QT_TRANSLATE_NOOP("Conflicts", "A scale"),
        QT_TRANSLATE_NOOP("Conflicts", "Scales"),
    ),
    "scale_level": (
        QT_TRANSLATE_NOOP("Conflicts", "a level of a scale"),
        QT_TRANSLATE_NOOP("Conflicts", "A level of a scale"),
        QT_TRANSLATE_NOOP("Conflicts", "Levels of scales"),
    ),
    "rubric_descriptor": (
        QT_TRANSLATE_NOOP("Conflicts", "a rubric description"),
        QT_TRANSLATE_NOOP("Conflicts", "A rubric description"),
        QT_TRANSLATE_NOOP("Conflicts", "Rubric descriptions"),
    ),
    "exemplar": (
        QT_TRANSLATE_NOOP("Conflicts", "an example of work"),
        QT_TRANSLATE_NOOP("Conflicts", "An example of work"),
        QT_TRANSLATE_NOOP("Conflicts", "Examples of work"),
    ),
    "enrollment": (
        QT_TRANSLATE_NOOP("Conflicts", "a student's place in a class"),
        QT_TRANSLATE_NOOP("Conflicts", "A student's place in a class"),
        QT_TRANSLATE_NOOP("Conflicts", "Places in classes"),
    ),
    "class_target": (
        QT_TRANSLATE_NOOP("Conflicts", "a target taught in a class"),
        QT_TRANSLATE_NOOP("Conflicts", "A target taught in a class"),
        QT_TRANSLATE_NOOP("Conflicts", "Targets taught in classes"),
    ),
    "revision": (
        QT_TRANSLATE_NOOP("Conflicts", "a 'not yet' plan"),
        QT_TRANSLATE_NOOP("Conflicts", "A 'not yet' plan"),
        QT_TRANSLATE_NOOP("Conflicts", "'not yet' plans"),
    ),
    "mastery_override": (
        QT_TRANSLATE_NOOP("Conflicts", "an estimate set by the teacher"),
        QT_TRANSLATE_NOOP("Conflicts", "An estimate set by the teacher"),
        QT_TRANSLATE_NOOP("Conflicts", "Estimates set by the teacher"),
    ),
    "goal": (
        QT_TRANSLATE_NOOP("Conflicts", "a goal"),
        QT_TRANSLATE_NOOP("Conflicts", "A goal"),
        QT_TRANSLATE_NOOP("Conflicts", "Goals"),
    ),
    "reflection": (
        QT_TRANSLATE_NOOP("Conflicts", "a reflection"),
        QT_TRANSLATE_NOOP("Conflicts", "A reflection"),
        QT_TRANSLATE_NOOP("Conflicts", "Reflections"),
    ),
    "showcase": (
        QT_TRANSLATE_NOOP("Conflicts", "work chosen for a conference"),
        QT_TRANSLATE_NOOP("Conflicts", "Work chosen for a conference"),
        QT_TRANSLATE_NOOP("Conflicts", "Pieces of work chosen for conferences"),
    ),
    "attachment": (
        QT_TRANSLATE_NOOP("Conflicts", "an attached file"),
        QT_TRANSLATE_NOOP("Conflicts", "An attached file"),
        QT_TRANSLATE_NOOP("Conflicts", "Attached files"),
    ),
    "calibration_set": (
        QT_TRANSLATE_NOOP("Conflicts", "a calibration set"),
        QT_TRANSLATE_NOOP("Conflicts", "A calibration set"),
        QT_TRANSLATE_NOOP("Conflicts", "Calibration sets"),
    ),
    "calibration_piece": (
        QT_TRANSLATE_NOOP("Conflicts", "a piece of a calibration set"),
        QT_TRANSLATE_NOOP("Conflicts", "A piece of a calibration set"),
        QT_TRANSLATE_NOOP("Conflicts", "Pieces of calibration sets"),
    ),
    "calibration_source": (
        QT_TRANSLATE_NOOP("Conflicts", "where a piece of a calibration set came from"),
        QT_TRANSLATE_NOOP("Conflicts", "Where a piece of a calibration set came from"),
        QT_TRANSLATE_NOOP("Conflicts", "Where pieces of calibration sets came from"),
    ),
    "calibration_score": (
        QT_TRANSLATE_NOOP("Conflicts", "a calibration score"),
        QT_TRANSLATE_NOOP("Conflicts", "A calibration score"),
        QT_TRANSLATE_NOOP("Conflicts", "Calibration scores"),
    ),
    "calibration_consensus": (
        QT_TRANSLATE_NOOP("Conflicts", "a level agreed in calibration"),
        QT_TRANSLATE_NOOP("Conflicts", "A level agreed in calibration"),
        QT_TRANSLATE_NOOP("Conflicts", "Levels agreed in calibration"),
    ),
    "term_mark": (
        QT_TRANSLATE_NOOP("Conflicts", "a term mark"),
        QT_TRANSLATE_NOOP("Conflicts", "A term mark"),
        QT_TRANSLATE_NOOP("Conflicts", "Term marks"),
    ),
    "term_closure": (
        QT_TRANSLATE_NOOP("Conflicts", "a closed term"),
        QT_TRANSLATE_NOOP("Conflicts", "A closed term"),
        QT_TRANSLATE_NOOP("Conflicts", "Closed terms"),
    ),
    "modified_target": (
        QT_TRANSLATE_NOOP("Conflicts", "a target modified for a student's plan"),
        QT_TRANSLATE_NOOP("Conflicts", "A target modified for a student's plan"),
        QT_TRANSLATE_NOOP("Conflicts", "Targets modified for plans"),
    ),
    "student_group": (
        QT_TRANSLATE_NOOP("Conflicts", "a student's group"),
        QT_TRANSLATE_NOOP("Conflicts", "A student's group"),
        QT_TRANSLATE_NOOP("Conflicts", "Students' groups"),
    ),
    "conflict": (
        QT_TRANSLATE_NOOP("Conflicts", "a conflict"),
        QT_TRANSLATE_NOOP("Conflicts", "A conflict"),
        QT_TRANSLATE_NOOP("Conflicts", "Conflicts"),
    ),
}

REASON_WORDS = {
    CONCURRENT_EDIT: QT_TRANSLATE_NOOP(
        "Conflicts", "Changed on two laptops before they exchanged their work."
    )(),
    FUTURE_CLOCK: QT_TRANSLATE_NOOP(
        "Conflicts",
        "One version is stamped far in the future (a laptop whose clock is wrong), "
        "so it did not replace the other on its own.",
    )(),
    DELETED_WITH_NEW_EVIDENCE: QT_TRANSLATE_NOOP(
        "Conflicts",
        "Deleted on one laptop while evidence for it was recorded on another. "
        "The evidence is kept either way.",
    )(),
    CONCURRENT_CORRECTION: QT_TRANSLATE_NOOP(
        "Conflicts",
        "The same score was corrected on two laptops; both corrections count until you choose.",
    )(),
}

FIELD_LABELS = {
    "given_name": QT_TRANSLATE_NOOP("Conflicts", "Given name")(),
    "family_name": QT_TRANSLATE_NOOP("Conflicts", "Family name")(),
    "preferred_name": QT_TRANSLATE_NOOP("Conflicts", "Preferred name")(),
    "student_number": QT_TRANSLATE_NOOP("Conflicts", "Student number")(),
    "family_language": QT_TRANSLATE_NOOP("Conflicts", "Family language")(),
    "name_order": QT_TRANSLATE_NOOP("Conflicts", "Name order")(),
    "lang": QT_TRANSLATE_NOOP("Conflicts", "Language")(),
    "i_can": QT_TRANSLATE_NOOP("Conflicts", "“I can” statement")(),
    "dok": QT_TRANSLATE_NOOP("Conflicts", "Depth of knowledge")(),
    "produced_on": QT_TRANSLATE_NOOP("Conflicts", "Date produced")(),
    "not_yet": QT_TRANSLATE_NOOP("Conflicts", "Not yet")(),
    "target_ids": QT_TRANSLATE_NOOP("Conflicts", "Targets")(),
    "target_id": QT_TRANSLATE_NOOP("Conflicts", "Target")(),
    "student_id": QT_TRANSLATE_NOOP("Conflicts", "Student")(),
    "class_id": QT_TRANSLATE_NOOP("Conflicts", "Class")(),
    "task_id": QT_TRANSLATE_NOOP("Conflicts", "Task")(),
    "scale_id": QT_TRANSLATE_NOOP("Conflicts", "Scale")(),
    "framework_id": QT_TRANSLATE_NOOP("Conflicts", "Framework")(),
    "parent_id": QT_TRANSLATE_NOOP("Conflicts", "Part of")(),
    "method_param": QT_TRANSLATE_NOOP("Conflicts", "Method setting")(),
    "targets_per_week": QT_TRANSLATE_NOOP("Conflicts", "Planned targets per week")(),
    "next_step": QT_TRANSLATE_NOOP("Conflicts", "Next step")(),
    "due_on": QT_TRANSLATE_NOOP("Conflicts", "Due")(),
    "level_value": QT_TRANSLATE_NOOP("Conflicts", "Level")(),
    "attachment_ids": QT_TRANSLATE_NOOP("Conflicts", "Attached files")(),
    "deleted_hlc": QT_TRANSLATE_NOOP("Conflicts", "Deleted")(),
    "task_type": QT_TRANSLATE_NOOP("Conflicts", "Kind of task")(),
    "evidence_type": QT_TRANSLATE_NOOP("Conflicts", "Kind of evidence")(),
    "written_on": QT_TRANSLATE_NOOP("Conflicts", "Written on")(),
    "opened_on": QT_TRANSLATE_NOOP("Conflicts", "Opened on")(),
    "file_name": QT_TRANSLATE_NOOP("Conflicts", "File name")(),
    "media_type": QT_TRANSLATE_NOOP("Conflicts", "Kind of file")(),
    # the columns of things two laptops may each make (merge.NATURAL_KEYS)
    "level": QT_TRANSLATE_NOOP("Conflicts", "Level")(),
    "reason": QT_TRANSLATE_NOOP("Conflicts", "Reason")(),
    "date": QT_TRANSLATE_NOOP("Conflicts", "Date")(),
    "text": QT_TRANSLATE_NOOP("Conflicts", "Description")(),
    "label": QT_TRANSLATE_NOOP("Conflicts", "Label")(),
    "description": QT_TRANSLATE_NOOP("Conflicts", "Description")(),
    "proficient": QT_TRANSLATE_NOOP("Conflicts", "Counts as proficient")(),
    "colour": QT_TRANSLATE_NOOP("Conflicts", "Colour")(),
    "position": QT_TRANSLATE_NOOP("Conflicts", "Place in the list")(),
    "method": QT_TRANSLATE_NOOP("Conflicts", "Method")(),
    "note": QT_TRANSLATE_NOOP("Conflicts", "Note")(),
    "support": QT_TRANSLATE_NOOP("Conflicts", "Support")(),
    "state": QT_TRANSLATE_NOOP("Conflicts", "State")(),
    # term marks (kept when a term closes, or set by the teacher)
    "period": QT_TRANSLATE_NOOP("Conflicts", "Reporting period")(),
    "subject": QT_TRANSLATE_NOOP("Conflicts", "Mark for")(),
    "stored": QT_TRANSLATE_NOOP("Conflicts", "Kept when the term closed")(),
    "mark": QT_TRANSLATE_NOOP("Conflicts", "Mark")(),
    "score": QT_TRANSLATE_NOOP("Conflicts", "Score")(),
    "explanation": QT_TRANSLATE_NOOP("Conflicts", "How it was reached")(),
    "override_mark": QT_TRANSLATE_NOOP("Conflicts", "Mark set by the teacher")(),
    "set_by": QT_TRANSLATE_NOOP("Conflicts", "Set by")(),
    "set_on": QT_TRANSLATE_NOOP("Conflicts", "Set on")(),
    "closed_on": QT_TRANSLATE_NOOP("Conflicts", "Closed on")(),
    "closed_by": QT_TRANSLATE_NOOP("Conflicts", "Closed by")(),
}

#: Columns never shown or edited: identity and version, and what only machines read.
HIDDEN_COLUMNS = frozenset(
    {"id", "hlc", "origin", "base_hlc", "seen_hlc", "source_id", "sha256", "explanation_phrase"}
)


# ----------------------------------------------------------------------------- words


def table_words(table: str, *, plural: bool = False, capital: bool = False) -> str:
    """A table in words, "a student" (or "students"), as a translatable phrase.

    ``capital``: the words begin a heading or a sentence ("A student", "Students"); the
    plural always comes capitalised (it only heads lines: "Students: 3").
    """
    found = _TABLE_PHRASES.get(table)
    if found is not None:
        one, one_capital, many = found
        if plural:
            return many()
        return one_capital() if capital else one()
    # A table this version does not know (from a newer laptop): its name, as it is.
    words = table.replace("_", " ")
    if plural:
        return words.capitalize()
    return f"A {words}" if capital else f"a {words}"


def field_label(name: str) -> str:
    return FIELD_LABELS.get(name) or name.replace("_", " ").capitalize()


def when_words(stamp: str | None) -> str:
    """The local date and time of a clock stamp: "2026-11-22 10:03"."""
    try:
        wall = Stamp.parse(stamp or "").wall_ms
        return datetime.fromtimestamp(wall / 1000).strftime("%Y-%m-%d %H:%M")
    except (ValueError, OverflowError, OSError):
        return QT_TRANSLATE_NOOP("Conflicts", "at an unknown time")()


def short_laptop(replica: str) -> str:
    return replica[:8] if replica else QT_TRANSLATE_NOOP("Conflicts", "unknown")()


def laptop_words(replica: str, teacher: str, *, this_laptop: bool = False) -> str:
    """ "This laptop", "Ms. Rivera's laptop (97a9ce14)" or "a laptop (97a9ce14)"."""
    if this_laptop:
        return QT_TRANSLATE_NOOP("Conflicts", "This laptop")()
    if teacher:
        return QT_TRANSLATE_NOOP("Conflicts", "{teacher}'s laptop ({laptop})")(
            teacher=teacher, laptop=short_laptop(replica)
        )
    if replica:
        return QT_TRANSLATE_NOOP("Conflicts", "A laptop ({laptop})")(laptop=short_laptop(replica))
    return QT_TRANSLATE_NOOP("Conflicts", "Another laptop")()


def _count(n: int, one: Template, many: Template) -> str:
    """ "1 conflict" or "1,234 conflicts": ``one`` has no blank, ``many`` has {count}."""
    return one() if n == 1 else many(count=f"{n:,}")


def _conflicts(n: int) -> str:
    return _count(
        n,
        QT_TRANSLATE_NOOP("Conflicts", "1 conflict"),
        QT_TRANSLATE_NOOP("Conflicts", "{count} conflicts"),
    )


# ----------------------------------------------------------------------------- who is who


def this_replica(session: Session) -> str:
    row = session.get(Replica, "self")
    return row.replica_id if row is not None else ""


def teacher_names(session: Session) -> dict[str, str]:
    """Each laptop's teacher, as the sync history knows them (and this laptop's own)."""
    names: dict[str, str] = {}
    query = select(SyncLog).where(SyncLog.direction == "import").order_by(SyncLog.hlc)  # type: ignore[arg-type]
    for row in session.exec(query):
        if row.peer_replica and row.peer_teacher.strip():
            names[row.peer_replica] = row.peer_teacher.strip()
    me = this_replica(session)
    teacher = get_setting(session, "teacher").strip()
    if me and teacher:
        names[me] = teacher
    return names


@dataclass(frozen=True)
class KnownLaptop:
    """A laptop this one has received work from."""

    replica: str
    teacher: str
    last_received: str  # local date and time of the newest file received from it

    @property
    def words(self) -> str:
        return laptop_words(self.replica, self.teacher)


def known_laptops(session: Session) -> list[KnownLaptop]:
    """The laptops files came from, the most recently heard from first."""
    seen: dict[str, KnownLaptop] = {}
    query = select(SyncLog).where(SyncLog.direction == "import").order_by(SyncLog.hlc.desc())  # type: ignore[attr-defined]
    me = this_replica(session)
    for row in session.exec(query):
        if not row.peer_replica or row.peer_replica == me or row.peer_replica in seen:
            continue
        seen[row.peer_replica] = KnownLaptop(
            row.peer_replica, row.peer_teacher, when_words(row.hlc)
        )
    return list(seen.values())


# ----------------------------------------------------------------------------- views


@dataclass(frozen=True)
class FieldDifference:
    """One field the two versions disagree on."""

    name: str
    label: str
    mine: Any  # the value in use (raw)
    theirs: Any  # the value set aside (raw)
    mine_words: str
    theirs_words: str
    kind: str = "str"  # str, int, float, bool, list, dict
    nullable: bool = False
    editable: bool = False  # the teacher may type a value of their own


@dataclass(frozen=True)
class VersionView:
    """One version of the row: whose it is, when it was made, and what it says."""

    laptop: str  # replica id
    teacher: str
    this_laptop: bool
    when: str
    far_future: bool = False
    note: str = ""  # a line more about this version ("3 scores recorded after the deletion")

    @property
    def owner(self) -> str:
        """ "This laptop" / "Ms. Rivera's laptop (97a9ce14)"."""
        return laptop_words(self.laptop, self.teacher, this_laptop=self.this_laptop)

    @property
    def owner_long(self) -> str:
        """ "This laptop (Mr. Ortiz)" / "Ms. Rivera's laptop (97a9ce14)"."""
        if self.this_laptop and self.teacher:
            return QT_TRANSLATE_NOOP("Conflicts", "This laptop ({teacher})")(teacher=self.teacher)
        return self.owner

    @property
    def owner_short(self) -> str:
        """Whose version, for a button: "this laptop's", "Ms. Rivera's", "laptop 97a9ce14's"."""
        if self.this_laptop:
            return QT_TRANSLATE_NOOP("Conflicts", "this laptop's")()
        if self.teacher:
            return QT_TRANSLATE_NOOP("Conflicts", "{teacher}'s")(teacher=self.teacher)
        return QT_TRANSLATE_NOOP("Conflicts", "laptop {laptop}'s")(laptop=short_laptop(self.laptop))

    @property
    def heading(self) -> str:
        if self.far_future:
            return QT_TRANSLATE_NOOP(
                "Conflicts", "{owner}, {when} (stamped far ahead of this laptop's clock)"
            )(owner=self.owner, when=self.when)
        return QT_TRANSLATE_NOOP("Conflicts", "{owner}, {when}")(owner=self.owner, when=self.when)


@dataclass(frozen=True)
class ConflictView:
    """A conflict as a teacher reads it."""

    id: str
    table_name: str
    row_id: str
    reason: str
    what: str  # "a student"
    which: str  # "Ana García"
    why: str  # the reason in a sentence
    mine: VersionView  # the version in use (kept in the table)
    theirs: VersionView  # the version set aside
    differences: tuple[FieldDifference, ...] = ()
    arose: str = ""  # when the conflict was found (the newer version's time)

    @property
    def title(self) -> str:
        what = (
            table_words(self.table_name, capital=True)
            if self.table_name in _TABLE_PHRASES
            else f"{self.what[0].upper()}{self.what[1:]}"
        )
        return QT_TRANSLATE_NOOP("Conflicts", "{what}: {which}")(what=what, which=self.which)

    @property
    def can_edit(self) -> bool:
        return self.reason in (CONCURRENT_EDIT, FUTURE_CLOCK) and any(
            d.editable for d in self.differences
        )

    @property
    def can_keep_both(self) -> bool:
        return self.reason == CONCURRENT_CORRECTION

    @property
    def keep_label(self) -> str:
        if self.reason == DELETED_WITH_NEW_EVIDENCE:
            return QT_TRANSLATE_NOOP("Conflicts", "Leave it deleted")()
        if self.reason == CONCURRENT_CORRECTION:
            return QT_TRANSLATE_NOOP("Conflicts", "Keep {owner} correction")(
                owner=self.mine.owner_short
            )
        return QT_TRANSLATE_NOOP("Conflicts", "Keep {owner} version")(owner=self.mine.owner_short)

    @property
    def take_label(self) -> str:
        if self.reason == DELETED_WITH_NEW_EVIDENCE:
            return QT_TRANSLATE_NOOP("Conflicts", "Bring it back")()
        if self.reason == CONCURRENT_CORRECTION:
            return QT_TRANSLATE_NOOP("Conflicts", "Keep {owner} correction")(
                owner=self.theirs.owner_short
            )
        if self.mine.owner_short == self.theirs.owner_short:
            return QT_TRANSLATE_NOOP("Conflicts", "Take the other version")()
        return QT_TRANSLATE_NOOP("Conflicts", "Take {owner} version")(owner=self.theirs.owner_short)

    def sentence(self) -> str:
        """The whole conflict in one paragraph (for screen readers and tooltips)."""
        parts = [
            QT_TRANSLATE_NOOP("Conflicts", "{title}. {why}")(title=self.title, why=self.why),
            QT_TRANSLATE_NOOP("Conflicts", "In use: {heading}.")(heading=self.mine.heading),
            QT_TRANSLATE_NOOP("Conflicts", "Set aside: {heading}.")(heading=self.theirs.heading),
        ]
        for d in self.differences:
            parts.append(
                QT_TRANSLATE_NOOP("Conflicts", "{label}: “{mine}” or “{theirs}”.")(
                    label=d.label, mine=d.mine_words, theirs=d.theirs_words
                )
            )
        return phrases.join(" ", parts)


def _value_words(session: Session, name: str, value: Any, kind: str) -> str:
    if name == "deleted_hlc":
        if value:
            return QT_TRANSLATE_NOOP("Conflicts", "deleted ({when})")(when=when_words(value))
        return QT_TRANSLATE_NOOP("Conflicts", "not deleted")()
    if value is None or value == "" or value == []:
        return QT_TRANSLATE_NOOP("Conflicts", "(empty)")()
    if isinstance(value, bool):
        return (
            QT_TRANSLATE_NOOP("Conflicts", "yes")()
            if value
            else QT_TRANSLATE_NOOP("Conflicts", "no")()
        )
    if isinstance(value, float):
        return format_number(value)
    if isinstance(value, list):
        if name.endswith("_ids") or name == "prerequisites":
            return phrases.join(", ", [_name_of_ref(session, name, str(v)) for v in value])
        return ", ".join(str(v) for v in value)
    if isinstance(value, dict):
        return ", ".join(f"{k}: {v}" for k, v in value.items())
    if name.endswith("_id") and name != "source_id":
        return _name_of_ref(session, name, str(value))
    return str(value)


_REF_TABLES = {
    "student_id": "student",
    "target_id": "target",
    "target_ids": "target",
    "prerequisites": "target",
    "parent_id": "target",
    "class_id": "school_class",
    "task_id": "task",
    "framework_id": "framework",
    "scale_id": "scale",
    "attachment_id": "attachment",
    "attachment_ids": "attachment",
    "evidence_id": "evidence",
}


def _name_of_ref(session: Session, column: str, row_id: str) -> str:
    table = _REF_TABLES.get(column)
    model = TABLES.get(table or "")
    row = session.get(model, row_id) if model is not None else None
    if row is None:
        return row_id
    return _row_words(session, table or "", row.model_dump())


def _row_words(session: Session, table: str, row: dict[str, Any]) -> str:
    """Which row, in words: a student's name, a target's code, a class's name..."""

    def ref(column: str) -> str:
        value = row.get(column)
        if not value:
            return QT_TRANSLATE_NOOP("Conflicts", "(none)")()
        return _name_of_ref(session, column, str(value))

    def code(column: str) -> str:
        """A target's code, from its words "7.RP.1 — statement"."""
        words = ref(column)
        return words.split(" — ")[0] if " — " in words else words

    if table == "student":
        return display_name(
            row.get("given_name", ""), row.get("family_name", ""), row.get("preferred_name", "")
        )
    if table == "target":
        statement = str(row.get("statement") or "")
        if len(statement) > 60:
            statement = statement[:59] + "…"
        code = str(row.get("code") or "")
        if code and statement:
            return f"{code} — {statement}"
        return code or statement or QT_TRANSLATE_NOOP("Conflicts", "a target")()
    if table in ("school_class", "scale"):
        return str(row.get("name") or "")
    if table in ("task", "framework"):
        return str(row.get("title") or "")
    if table == "scale_level":
        number, label = format_number(row.get("value")), str(row.get("label") or "")
        if number and label:
            return QT_TRANSLATE_NOOP("Conflicts", "{number} {level}")(
                number=number, level=program_word(label)
            )
        return number or program_word(label)
    if table == "attachment":
        return str(row.get("file_name") or "")
    if table == "evidence":
        return QT_TRANSLATE_NOOP("Conflicts", "{student} on {target}, {date}")(
            student=ref("student_id"), target=code("target_id"), date=row.get("produced_on", "")
        )
    if table == "term_mark":
        return QT_TRANSLATE_NOOP("Conflicts", "{student} in {school_class}, {period}")(
            student=ref("student_id"), school_class=ref("class_id"), period=row.get("period", "")
        )
    if table == "term_closure":
        return QT_TRANSLATE_NOOP("Conflicts", "{school_class}, {period}")(
            school_class=ref("class_id"), period=row.get("period", "")
        )
    if table in ("revision", "mastery_override", "modified_target"):
        return QT_TRANSLATE_NOOP("Conflicts", "{student} on {target}")(
            student=ref("student_id"), target=code("target_id")
        )
    if table == "student_group":
        return QT_TRANSLATE_NOOP("Conflicts", "{student}, {kind}")(
            student=ref("student_id"), kind=row.get("kind", "")
        )
    if table in ("goal", "reflection", "showcase"):
        return ref("student_id")
    if table == "enrollment":
        return QT_TRANSLATE_NOOP("Conflicts", "{student} in {school_class}")(
            student=ref("student_id"), school_class=ref("class_id")
        )
    if table == "class_target":
        return QT_TRANSLATE_NOOP("Conflicts", "{target} in {school_class}")(
            target=code("target_id"), school_class=ref("class_id")
        )
    if table in ("rubric_descriptor", "exemplar"):
        return QT_TRANSLATE_NOOP("Conflicts", "{target}, level {level}")(
            target=code("target_id"), level=format_number(row.get("level_value"))
        )
    if table == "target_wording":
        return QT_TRANSLATE_NOOP("Conflicts", "{target}, in {language}")(
            target=code("target_id"), language=str(row.get("lang", ""))
        )
    if table == "task_rubric_descriptor":
        return QT_TRANSLATE_NOOP("Conflicts", "{task}: {target}, level {level}")(
            task=ref("task_id"),
            target=code("target_id"),
            level=format_number(row.get("level_value")),
        )
    return str(row.get("id", ""))


def _current(session: Session, table: str, row_id: str) -> dict[str, Any] | None:
    model = TABLES.get(table)
    if model is None:
        return None
    row = session.get(model, row_id)
    return row.model_dump() if row is not None else None


def _in_use(session: Session, conflict: Conflict) -> Synced | None:
    """The row a choice is written to: the conflict's row or, once that row has been set
    aside for another row of the same thing (``merge.NATURAL_KEYS``), the one in use."""
    model = TABLES.get(conflict.table_name)
    row = session.get(model, conflict.row_id) if model is not None else None
    key = merge.NATURAL_KEYS.get(conflict.table_name)
    if model is None or row is None or row.deleted_hlc is None or key is None:
        return row
    same_thing = [getattr(model, column) == getattr(row, column) for column in key]
    query = (
        select(model)
        .where(model.deleted_hlc.is_(None), *same_thing)  # type: ignore[union-attr]
        .order_by(model.hlc.desc())  # type: ignore[attr-defined]
    )
    return session.exec(query).first() or row


def _far_future(stamp: str | None) -> bool:
    try:
        wall = Stamp.parse(stamp or "").wall_ms
    except ValueError:
        return False
    return wall > (datetime.now().timestamp() + 24 * 3600) * 1000


def _version(names: dict[str, str], me: str, row: dict[str, Any], *, note: str = "") -> VersionView:
    origin = str(row.get("origin") or "")
    stamp = str(row.get("hlc") or "")
    return VersionView(
        laptop=origin,
        teacher=names.get(origin, ""),
        this_laptop=bool(origin) and origin == me,
        when=when_words(stamp),
        far_future=_far_future(stamp),
        note=note,
    )


def _contested(table: str, mine: dict[str, Any], theirs: dict[str, Any]) -> list[str]:
    """The content fields two versions disagree on, in the table's column order."""
    out = []
    for column in columns(table):
        name = column.name
        if name in HIDDEN_COLUMNS:
            continue
        if mine.get(name) != theirs.get(name):
            out.append(name)
    return out


def _editable(table: str, name: str) -> bool:
    column = _column(table, name)
    return (
        column is not None
        and column.role == "text"
        and column.kind in ("str", "int", "float", "bool")
        and name not in HIDDEN_COLUMNS
    )


def _column(table: str, name: str):  # type: ignore[no-untyped-def]
    for column in columns(table):
        if column.name == name:
            return column
    return None


def _differences(
    session: Session, table: str, names: list[str], in_use: dict[str, Any], other: dict[str, Any]
) -> tuple[FieldDifference, ...]:
    out = []
    for name in names:
        column = _column(table, name)
        kind = column.kind if column is not None else "str"
        out.append(
            FieldDifference(
                name=name,
                label=field_label(name),
                mine=in_use.get(name),
                theirs=other.get(name),
                mine_words=_value_words(session, name, in_use.get(name), kind),
                theirs_words=_value_words(session, name, other.get(name), kind),
                kind=kind,
                nullable=bool(column.nullable) if column is not None else True,
                editable=_editable(table, name),
            )
        )
    return tuple(out)


def _newer_evidence(session: Session, table: str, row_id: str, since: str) -> list[Evidence]:
    link = Evidence.student_id if table == "student" else Evidence.target_id
    query = select(Evidence).where(link == row_id, Evidence.hlc > since)
    return list(session.exec(query))


def conflict_view(
    session: Session,
    conflict: Conflict,
    *,
    names: dict[str, str] | None = None,
    me: str | None = None,
) -> ConflictView:
    """One conflict in words (see :class:`ConflictView`)."""
    names = teacher_names(session) if names is None else names
    me = this_replica(session) if me is None else me
    table = conflict.table_name
    mine, theirs = dict(conflict.mine or {}), dict(conflict.theirs or {})
    current = _current(session, table, conflict.row_id)
    arose = when_words(max(str(mine.get("hlc") or ""), str(theirs.get("hlc") or "")))

    if conflict.reason == DELETED_WITH_NEW_EVIDENCE:
        deleted = str(mine.get("deleted_hlc") or mine.get("hlc") or "")
        newer = _newer_evidence(session, table, conflict.row_id, deleted)
        latest = max(newer, key=lambda e: e.hlc, default=None)
        what = table_words(table)
        after = (
            QT_TRANSLATE_NOOP("Conflicts", "1 score recorded after the deletion (all kept).")()
            if len(newer) == 1
            else QT_TRANSLATE_NOOP(
                "Conflicts", "{count} scores recorded after the deletion (all kept)."
            )(count=f"{len(newer):,}")
        )
        recorder = {"origin": latest.origin, "hlc": latest.hlc} if latest is not None else theirs
        in_use = current or mine
        return ConflictView(
            id=conflict.id,
            table_name=table,
            row_id=conflict.row_id,
            reason=conflict.reason,
            what=what,
            which=_row_words(session, table, in_use),
            why=REASON_WORDS[conflict.reason],
            mine=_version(
                names,
                me,
                {"origin": mine.get("origin"), "hlc": deleted},
            ),
            theirs=_version(names, me, recorder, note=after),
            differences=_differences(
                session, table, ["deleted_hlc"], in_use, {**in_use, "deleted_hlc": None}
            ),
            arose=arose,
        )

    if conflict.reason == CONCURRENT_CORRECTION:
        names_ = _contested(table, mine, theirs)
        for hide in ("supersedes",):
            if hide in names_:
                names_.remove(hide)
        standing = _standing(session, [str(mine.get("id")), str(theirs.get("id"))])
        corrected = current or mine
        return ConflictView(
            id=conflict.id,
            table_name=table,
            row_id=conflict.row_id,
            reason=conflict.reason,
            what=table_words(table),
            which=_row_words(session, table, corrected),
            why=REASON_WORDS[conflict.reason],
            mine=_version(
                names,
                me,
                mine,
                note="" if str(mine.get("id")) in standing else _withdrawn_since(),
            ),
            theirs=_version(
                names,
                me,
                theirs,
                note="" if str(theirs.get("id")) in standing else _withdrawn_since(),
            ),
            differences=_differences(session, table, names_, mine, theirs),
            arose=arose,
        )

    # A concurrent edit, or a version from a laptop whose clock is wrong: the version in
    # use is the row as it stands now (a later edit here is shown, not hidden).
    row = _in_use(session, conflict)
    current = row.model_dump() if row is not None else None
    in_use = current if current is not None else mine
    changed_since = current is not None and current.get("hlc") != mine.get("hlc")
    contested = _contested(table, mine, theirs)
    return ConflictView(
        id=conflict.id,
        table_name=table,
        row_id=conflict.row_id,
        reason=conflict.reason,
        what=table_words(table),
        which=_row_words(session, table, in_use),
        why=REASON_WORDS.get(conflict.reason)
        or QT_TRANSLATE_NOOP("Conflicts", "Two versions of one record.")(),
        mine=_version(
            names,
            me,
            in_use,
            note=QT_TRANSLATE_NOOP("Conflicts", "Changed again after the conflict.")()
            if changed_since
            else "",
        ),
        theirs=_version(names, me, theirs),
        differences=_differences(session, table, contested, in_use, theirs),
        arose=arose,
    )


def _withdrawn_since() -> str:
    return QT_TRANSLATE_NOOP("Conflicts", "Withdrawn since.")()


def _table_order(table: str) -> int:
    order = ["student", "evidence", "target", "school_class", "task"]
    return order.index(table) if table in order else len(order)


def open_conflicts(session: Session) -> list[ConflictView]:
    """The conflicts waiting for the teacher: students first, then scores, targets..."""
    rows = session.exec(
        select(Conflict).where(Conflict.state == "open", Conflict.deleted_hlc.is_(None))  # type: ignore[union-attr]
    ).all()
    names, me = teacher_names(session), this_replica(session)
    views = [conflict_view(session, row, names=names, me=me) for row in rows]
    views.sort(key=lambda v: (_table_order(v.table_name), v.which.casefold(), v.id))
    return views


def count_open(session: Session) -> int:
    return len(
        session.exec(
            select(Conflict.id).where(Conflict.state == "open", Conflict.deleted_hlc.is_(None))  # type: ignore[union-attr]
        ).all()
    )


# ----------------------------------------------------------------------------- choosing


def _conflict_gone() -> str:
    return QT_TRANSLATE_NOOP("Conflicts", "That conflict is no longer on this laptop.")()


def _open_conflict(tx: Tx, conflict_id: str) -> Conflict:
    conflict = tx.session.get(Conflict, conflict_id)
    if conflict is None or conflict.deleted_hlc is not None:
        raise NotFoundError(_conflict_gone())
    if conflict.state != "open":
        raise InvalidInputError(
            QT_TRANSLATE_NOOP(
                "Conflicts", "That conflict was already resolved (perhaps on another laptop)."
            )()
        )
    return conflict


def _row(tx: Tx, conflict: Conflict) -> Synced:
    row = _in_use(tx.session, conflict)
    if row is None:
        raise NotFoundError(
            QT_TRANSLATE_NOOP(
                "Conflicts",
                "{what} this conflict is about is not on this laptop; receive a complete file "
                "from the other laptop first.",
            )(what=table_words(conflict.table_name, capital=True))
        )
    return row


def _base_for(conflict: Conflict, row_id: str, chosen: dict[str, Any], me: str) -> str | None:
    """The other laptop's version the choice is made from (so it wins there quietly).

    Of the two versions of the row written (``row_id``: a version of another row for the
    same thing says nothing about this row's), one made on another laptop, preferably
    one whose content the choice changes (the laptop holding it must take the choice
    without a new conflict).
    """
    versions = [
        v
        for v in (dict(conflict.theirs or {}), dict(conflict.mine or {}))
        if v.get("id", row_id) == row_id
    ]
    foreign = [v for v in versions if v.get("origin") and v.get("origin") != me and v.get("hlc")]

    def differs(version: dict[str, Any], name: str, value: Any) -> bool:
        if name == "deleted_hlc":  # two deletions are alike whenever they were made
            return bool(version.get(name)) != bool(value)
        return version.get(name) != value

    for v in foreign:
        if any(differs(v, name, value) for name, value in chosen.items()):
            return str(v["hlc"])
    return str(foreign[0]["hlc"]) if foreign else None


def _write_choice(tx: Tx, conflict: Conflict, values: dict[str, Any]) -> Synced:
    """Write the chosen content to the row, as a change of this laptop made from both."""
    row = _row(tx, conflict)
    # A row the merge set aside (another row for the same thing was in use) is not one a
    # teacher deleted: the version chosen for it is in use.
    set_aside = merge.set_aside_from(row.model_dump()) is not None
    deleted = values.pop("deleted_hlc", None if set_aside else row.deleted_hlc)
    for name, value in values.items():
        setattr(row, name, value)
    row.deleted_hlc = None
    tx.touch(row)
    if deleted:
        row.deleted_hlc = row.hlc  # (re)deleted now
    base = _base_for(conflict, row.id, {**values, "deleted_hlc": deleted}, tx.replica)
    if base is not None:
        row.base_hlc = base
    return row


def _mark(tx: Tx, conflict: Conflict, resolution: str) -> None:
    conflict.state = "resolved"
    conflict.resolution = resolution
    tx.touch(conflict)


def _standing(session: Session, ids: list[str]) -> set[str]:
    """Which of these evidence rows stand (with everything on the same student and target)."""
    rows = session.exec(select(Evidence).where(Evidence.id.in_(ids))).all()  # type: ignore[attr-defined]
    pairs = {(r.student_id, r.target_id) for r in rows}
    standing: set[str] = set()
    for student_id, target_id in pairs:
        pair = session.exec(
            select(Evidence.id, Evidence.supersedes).where(
                Evidence.student_id == student_id, Evidence.target_id == target_id
            )
        ).all()
        standing |= standing_ids(pair)
    return standing & set(ids)


def _withdraw(tx: Tx, evidence_id: str) -> None:
    """Withdraw a correction as "withdraw evidence" does, unless it is withdrawn already."""
    if evidence_id in _standing(tx.session, [evidence_id]):
        withdraw(tx, evidence_id)


def _bring_back(tx: Tx, evidence_id: str) -> None:
    """Undo a withdrawal: withdraw the standing retraction that withdrew it."""
    if evidence_id in _standing(tx.session, [evidence_id]):
        return
    retractions = tx.session.exec(
        select(Evidence).where(Evidence.supersedes == evidence_id, Evidence.status == "retracted")
    ).all()
    standing = _standing(tx.session, [r.id for r in retractions])
    for retraction in sorted(retractions, key=lambda r: r.hlc, reverse=True):
        if retraction.id in standing:
            withdraw(tx, retraction.id)
            return


def _contested_values(conflict: Conflict, version: dict[str, Any]) -> dict[str, Any]:
    mine, theirs = dict(conflict.mine or {}), dict(conflict.theirs or {})
    names = _contested(conflict.table_name, mine, theirs)
    values = {name: version.get(name) for name in names if name != "deleted_hlc"}
    if mine.get("deleted_hlc") != theirs.get("deleted_hlc"):
        values["deleted_hlc"] = version.get("deleted_hlc")
    return values


def keep_mine(store: Store, conflict_id: str) -> Changes:
    """Keep the version in use (for a deleted row: leave it deleted)."""
    with store.transaction() as tx:
        conflict = _open_conflict(tx, conflict_id)
        if conflict.reason == CONCURRENT_CORRECTION:
            _withdraw(tx, str(conflict.theirs.get("id")))
        else:
            row = _row(tx, conflict)
            now = row.model_dump()
            values = _contested_values(conflict, now)
            if conflict.reason == DELETED_WITH_NEW_EVIDENCE:
                values = {"deleted_hlc": row.deleted_hlc or conflict.mine.get("deleted_hlc")}
            _write_choice(tx, conflict, values)
        _mark(tx, conflict, KEPT)
    return Changes(everything=True)


def take_theirs(store: Store, conflict_id: str) -> Changes:
    """Take the version set aside (for a deleted row: bring it back, with its evidence)."""
    with store.transaction() as tx:
        conflict = _open_conflict(tx, conflict_id)
        if conflict.reason == CONCURRENT_CORRECTION:
            _bring_back(tx, str(conflict.theirs.get("id")))
            _withdraw(tx, str(conflict.mine.get("id")))
        elif conflict.reason == DELETED_WITH_NEW_EVIDENCE:
            _write_choice(tx, conflict, {"deleted_hlc": None})
        else:
            _write_choice(tx, conflict, _contested_values(conflict, dict(conflict.theirs)))
        _mark(tx, conflict, TOOK_THEIRS)
    return Changes(everything=True)


def keep_both(store: Store, conflict_id: str) -> Changes:
    """Two corrections of one score: let both stand (the conflict is closed)."""
    with store.transaction() as tx:
        conflict = _open_conflict(tx, conflict_id)
        if conflict.reason != CONCURRENT_CORRECTION:
            raise InvalidInputError(
                QT_TRANSLATE_NOOP(
                    "Conflicts", "Only two corrections of one score can both be kept."
                )()
            )
        _bring_back(tx, str(conflict.mine.get("id")))
        _bring_back(tx, str(conflict.theirs.get("id")))
        _mark(tx, conflict, KEPT_BOTH)
    return Changes(everything=True)


def coerce_field(table: str, name: str, text: str) -> Any:
    """A value the teacher typed, as the column holds it; InvalidInputError if it cannot be."""
    column = _column(table, name)
    if column is None or not _editable(table, name):
        raise InvalidInputError(
            QT_TRANSLATE_NOOP("Conflicts", "{field} cannot be typed in.")(field=field_label(name))
        )
    words = text.strip()
    if column.kind == "str":
        return words
    if words == "":
        if column.nullable:
            return None
        raise InvalidInputError(
            QT_TRANSLATE_NOOP("Conflicts", "{field} needs a value.")(field=field_label(name))
        )
    if column.kind == "bool":
        lowered = words.casefold()
        if lowered in ("yes", "true", "1"):
            return True
        if lowered in ("no", "false", "0"):
            return False
        raise InvalidInputError(
            QT_TRANSLATE_NOOP("Conflicts", "{field} is yes or no.")(field=field_label(name))
        )
    try:
        return int(words) if column.kind == "int" else float(words.replace(",", "."))
    except ValueError:
        raise InvalidInputError(
            QT_TRANSLATE_NOOP("Conflicts", "{field} is a number, not {value}.")(
                field=field_label(name), value=repr(words)
            )
        ) from None


def resolve_with(store: Store, conflict_id: str, fields: dict[str, Any]) -> Changes:
    """The teacher's own merge: these values for the fields the two versions disagree on."""
    with store.transaction() as tx:
        conflict = _open_conflict(tx, conflict_id)
        if conflict.reason not in (CONCURRENT_EDIT, FUTURE_CLOCK):
            raise InvalidInputError(
                QT_TRANSLATE_NOOP(
                    "Conflicts", "This conflict is resolved by choosing one side, not edited."
                )()
            )
        table = conflict.table_name
        row = _row(tx, conflict)
        values = _contested_values(conflict, row.model_dump())
        values.pop("deleted_hlc", None)
        if conflict.mine.get("deleted_hlc") != conflict.theirs.get("deleted_hlc"):
            values["deleted_hlc"] = None  # an edited version is one in use
        for name, value in fields.items():
            if not _editable(table, name):
                raise InvalidInputError(
                    QT_TRANSLATE_NOOP("Conflicts", "{field} cannot be typed in.")(
                        field=field_label(name)
                    )
                )
            column = _column(table, name)
            if isinstance(value, str):
                value = value.strip()
            if column.kind == "str" and not value and not column.nullable:
                both = (conflict.mine.get(name), conflict.theirs.get(name))
                if all(both):
                    raise InvalidInputError(
                        QT_TRANSLATE_NOOP(
                            "Conflicts",
                            "{field} cannot be empty: write a value, "
                            "or keep one of the two versions.",
                        )(field=field_label(name))
                    )
            if value is None and not column.nullable:
                raise InvalidInputError(
                    QT_TRANSLATE_NOOP("Conflicts", "{field} needs a value.")(
                        field=field_label(name)
                    )
                )
            values[name] = value
        _write_choice(tx, conflict, values)
        _mark(tx, conflict, EDITED)
    return Changes(everything=True)


def restore_point(session: Session, conflict_id: str) -> dict[str, Any]:
    """The contested fields of the row as they are now (what undoing a choice puts back)."""
    conflict = session.get(Conflict, conflict_id)
    if conflict is None or conflict.reason == CONCURRENT_CORRECTION:
        return {}
    row = _in_use(session, conflict)
    current = row.model_dump() if row is not None else {}
    values = _contested_values(conflict, current)
    values["deleted_hlc"] = current.get("deleted_hlc")
    return values


def reopen_conflict(
    store: Store, conflict_id: str, restore_fields: dict[str, Any] | None = None
) -> Changes:
    """Undo a choice: the row gets ``restore_fields`` back and the conflict is open again.

    Both are new changes (they travel like the choice did). For two corrections of one
    score, every correction the choice withdrew comes back (``restore_fields`` unused).
    """
    with store.transaction() as tx:
        conflict = tx.session.get(Conflict, conflict_id)
        if conflict is None or conflict.deleted_hlc is not None:
            raise NotFoundError(_conflict_gone())
        if conflict.state == "open":
            return Changes(everything=True)
        if conflict.reason == CONCURRENT_CORRECTION:
            for version in (conflict.mine, conflict.theirs):
                _bring_back(tx, str(version.get("id")))
        elif restore_fields:
            row = _row(tx, conflict)
            values = dict(restore_fields)
            deleted = values.pop("deleted_hlc", row.deleted_hlc)
            changed = any(getattr(row, k) != v for k, v in values.items())
            changed |= bool(deleted) != bool(row.deleted_hlc)
            if changed:
                for name, value in values.items():
                    setattr(row, name, value)
                was_deleted = row.deleted_hlc
                row.deleted_hlc = None
                tx.touch(row)
                if deleted:
                    row.deleted_hlc = was_deleted or row.hlc
        conflict.state = "open"
        conflict.resolution = ""
        tx.touch(conflict)
    return Changes(everything=True)


# ----------------------------------------------------------------------------- history


@dataclass(frozen=True)
class HistoryLine:
    """One sync file written or read here."""

    id: str
    when: str  # local date and time of the exchange on this laptop
    direction: str  # "sent" or "received"
    laptop: str  # the other laptop's replica id ("" for a file for any laptop)
    teacher: str
    file_name: str
    brought: str  # what it held or brought, in words
    details: tuple[str, ...] = field(default_factory=tuple)  # per table
    made: str = ""  # when the file was made (its own stamp)

    @property
    def who(self) -> str:
        if self.direction == "sent" and not self.laptop:
            return QT_TRANSLATE_NOOP("Conflicts", "Any laptop (everything)")()
        return laptop_words(self.laptop, self.teacher)

    def sentence(self) -> str:
        sentence = (
            QT_TRANSLATE_NOOP("Conflicts", "{when}: Sent {file} to {who}: {brought}.")
            if self.direction == "sent"
            else QT_TRANSLATE_NOOP("Conflicts", "{when}: Received {file} from {who}: {brought}.")
        )
        return sentence(when=self.when, file=self.file_name, who=self.who, brought=self.brought)


def _received_words(counts: dict[str, Any]) -> tuple[str, tuple[str, ...]]:
    def n(key: str, data: dict[str, Any] = counts) -> int:
        value = data.get(key, 0)
        return value if isinstance(value, int) else 0

    tables = counts.get("tables") if isinstance(counts.get("tables"), dict) else {}
    conflict_rows = (tables or {}).get("conflict")
    carried = n("new", conflict_rows) if isinstance(conflict_rows, dict) else 0
    parts = [
        _KEY_WORDS["new"](count=f"{n('new'):,}"),
        _KEY_WORDS["updated"](count=f"{n('updated'):,}"),
        QT_TRANSLATE_NOOP("Conflicts", "{count} unchanged")(count=f"{n('unchanged'):,}"),
    ]
    if n("conflicts") or not carried:
        parts.append(_conflicts(n("conflicts")))
    if carried:
        # Conflicts the other laptop had met (open there, or already settled).
        parts.append(
            _count(
                carried,
                QT_TRANSLATE_NOOP("Conflicts", "1 conflict recorded on the other laptop"),
                QT_TRANSLATE_NOOP("Conflicts", "{count} conflicts recorded on the other laptop"),
            )
        )
    if n("flagged"):
        parts.append(_far_future_words(n("flagged")))
    if not (n("new") or n("updated") or n("conflicts")):
        parts = [QT_TRANSLATE_NOOP("Conflicts", "nothing new")(), *parts[2:3]]
    details: list[str] = []
    for table, c in (tables or {}).items():
        if not isinstance(c, dict):
            continue
        bits = [_KEY_WORDS[key](count=f"{n(key, c):,}") for key in ("new", "updated") if n(key, c)]
        if n("conflicts", c):
            bits.append(_conflicts(n("conflicts", c)))
        if n("flagged", c):
            bits.append(_far_future_words(n("flagged", c)))
        if bits:
            details.append(
                QT_TRANSLATE_NOOP("Conflicts", "{tables}: {counts}")(
                    tables=table_words(table, plural=True), counts=phrases.join(", ", bits)
                )
            )
    if n("attachments_added"):
        details.append(
            QT_TRANSLATE_NOOP("Conflicts", "Attached files stored: {count}")(
                count=f"{n('attachments_added'):,}"
            )
        )
    return phrases.join(", ", parts), tuple(details)


_KEY_WORDS = {
    "new": QT_TRANSLATE_NOOP("Conflicts", "{count} new"),
    "updated": QT_TRANSLATE_NOOP("Conflicts", "{count} updated"),
}


def _far_future_words(count: int) -> str:
    return QT_TRANSLATE_NOOP("Conflicts", "{count} stamped far in the future")(count=f"{count:,}")


def _sent_words(counts: dict[str, Any], teacher: str, laptop: str) -> tuple[str, tuple[str, ...]]:
    rows = counts.get("rows") if isinstance(counts.get("rows"), int) else 0
    files = counts.get("attachments") if isinstance(counts.get("attachments"), int) else 0
    what = (
        QT_TRANSLATE_NOOP("Conflicts", "what changed since {who} last received")(
            who=teacher or short_laptop(laptop)
        )
        if counts.get("since")
        else QT_TRANSLATE_NOOP("Conflicts", "everything")()
    )
    brought = QT_TRANSLATE_NOOP("Conflicts", "{records} and {files} ({what})")(
        records=_count(
            rows or 0,
            QT_TRANSLATE_NOOP("Conflicts", "1 record"),
            QT_TRANSLATE_NOOP("Conflicts", "{count} records"),
        ),
        files=_count(
            files or 0,
            QT_TRANSLATE_NOOP("Conflicts", "1 attached file"),
            QT_TRANSLATE_NOOP("Conflicts", "{count} attached files"),
        ),
        what=what,
    )
    details: list[str] = [
        QT_TRANSLATE_NOOP("Conflicts", "Locked with a passphrase")()
        if counts.get("locked")
        else QT_TRANSLATE_NOOP("Conflicts", "Not locked")()
    ]
    tables = counts.get("tables") if isinstance(counts.get("tables"), dict) else {}
    for table, value in (tables or {}).items():
        if isinstance(value, int) and value:
            details.append(
                QT_TRANSLATE_NOOP("Conflicts", "{tables}: {counts}")(
                    tables=table_words(table, plural=True), counts=f"{value:,}"
                )
            )
    return brought, tuple(details)


def sync_history(session: Session) -> list[HistoryLine]:
    """Every sync file written or read on this laptop, the newest first."""
    query = select(SyncLog).where(SyncLog.deleted_hlc.is_(None)).order_by(SyncLog.hlc.desc())  # type: ignore[union-attr,attr-defined]
    out = []
    for row in session.exec(query):
        counts = dict(row.counts or {})
        if row.direction == "import":
            brought, details = _received_words(counts)
            direction = "received"
        else:
            brought, details = _sent_words(counts, row.peer_teacher, row.peer_replica)
            direction = "sent"
        out.append(
            HistoryLine(
                id=row.id,
                when=when_words(row.hlc),
                direction=direction,
                laptop=row.peer_replica,
                teacher=row.peer_teacher,
                file_name=row.file_name,
                brought=brought,
                details=details,
                made=when_words(row.bundle_created_hlc),
            )
        )
    return out


__all__ = [
    "ConflictView",
    "FieldDifference",
    "HistoryLine",
    "KnownLaptop",
    "VersionView",
    "coerce_field",
    "conflict_view",
    "count_open",
    "keep_both",
    "keep_mine",
    "known_laptops",
    "open_conflicts",
    "reopen_conflict",
    "resolve_with",
    "restore_point",
    "sync_history",
    "table_words",
    "take_theirs",
    "when_words",
]
