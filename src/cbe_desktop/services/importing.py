"""Importing targets and rosters from files, and exporting a framework.

An import happens in two steps that share one matching code path:

1. :func:`plan_targets_import` / :func:`plan_roster_import` read the store and say, row
   by row, what an import would do: new, updated (and what changes), unchanged,
   removed (a file's deleted / tobedeleted rows), or rejected with the reason.
2. :func:`apply_targets_import` / :func:`apply_roster_import` plan again inside one
   write transaction and carry the plan out: all of it or nothing. A plan with
   rejected rows writes nothing unless the teacher asked for the valid rows only.

Re-importing updates instead of duplicating. A framework is found by the file's
identifier (the CASE document, Canvas's top group), else by the identifiers of its
targets, else by its title; targets by their identifier within the framework, or (a
plain CSV) by code. Students are found by sourcedId, else by student number, else (a
plain CSV) by name within the class; classes by sourcedId, else by name.

A field the file leaves empty keeps what the store has: the teacher's own "I can"
statements, notes and depth of knowledge survive a re-import of the district's file.

Rubrics (CASE CFRubrics) fill in a target's descriptor for each level of the
framework's scale. A rubric's levels are matched by score when every level has a score
and each score is one of the scale's values (3 -> the level whose value is 3); otherwise
by position when it has as many levels as the scale: its lowest level (by score, else by
CASE ``position``) to the scale's lowest, and so up. A rubric that fits neither way is
left out, and a note says why. A level with no text keeps the descriptor the store has.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime

from sqlmodel import Session, col, select

from cbe_desktop.core import phrases, rules
from cbe_desktop.core.backups import backup_before
from cbe_desktop.core.changes import EVERYTHING, NOTHING, Changes
from cbe_desktop.core.errors import CbeError, InvalidInputError, NotFoundError
from cbe_desktop.core.languages import Language
from cbe_desktop.core.models import (
    Enrollment,
    Framework,
    RubricDescriptor,
    Scale,
    ScaleLevel,
    SchoolClass,
    Student,
    Target,
    display_name,
)
from cbe_desktop.core.phrases import QT_TRANSLATE_NOOP, Template
from cbe_desktop.core.roster import add_class, add_student, enroll
from cbe_desktop.core.scales import (
    create_scale,
    format_number,
    load_scale,
    program_word,
    same_level,
)
from cbe_desktop.core.settings import get_setting
from cbe_desktop.core.store import Store, Tx
from cbe_desktop.core.student_groups import set_student_groups
from cbe_desktop.core.targets import (
    add_framework,
    add_target,
    find_framework,
    set_rubric,
    target_depth,
    wordings,
    write_wording,
)
from cbe_desktop.interop.case import FrameworkForExport, write_case
from cbe_desktop.interop.csv_targets import write_targets_csv
from cbe_desktop.interop.errors import ImportFormatError
from cbe_desktop.interop.records import (
    ClassRecord,
    ParsedRoster,
    ParsedTargets,
    RubricLevelRecord,
    ScaleRecord,
    StudentRecord,
    TargetRecord,
)

__all__ = [
    "ImportFormatError",
    "ImportPlan",
    "ImportReport",
    "PlanRow",
    "apply_roster_import",
    "apply_targets_import",
    "export_targets",
    "plan_roster_import",
    "plan_targets_import",
]

ACTIONS = ("new", "updated", "unchanged", "removed", "rejected")
#: How many rows of each action the printed plan lists one by one (rejected: all).
LISTED_PER_ACTION = 25

# Light fills for imported scales: warm below proficient, blues from proficient up
# (the default scale's family; the level's number and word are always shown too).
_LOW_COLOURS = ("#F4B183", "#F6C995", "#F3E79B")
_HIGH_COLOURS = ("#A6D4EE", "#7FB0DB", "#5E97CF")


# ----- plans and reports -----------------------------------------------------------------


@dataclass(frozen=True)
class PlanRow:
    """One thing an import would do, in words."""

    action: str  # one of ACTIONS
    kind: str  # framework, competency, target, scale, class, student, enrolment
    label: str  # "7.RP.1 Compute unit rates ...", "Ana García"
    reason: str = ""  # why rejected / what changes / why removed
    where: str = ""  # "row 7", "item 6.RP.A.1"

    def text(self) -> str:
        kind = _KINDS[self.kind]() if self.kind in _KINDS else self.kind
        if self.where and self.reason:
            return _ROW_WHERE_WHY(kind=kind, label=self.label, where=self.where, reason=self.reason)
        if self.where:
            return _ROW_WHERE(kind=kind, label=self.label, where=self.where)
        if self.reason:
            return _ROW_WHY(kind=kind, label=self.label, reason=self.reason)
        return _ROW(kind=kind, label=self.label)


@dataclass(frozen=True)
class ImportPlan:
    """What an import would do, row by row, before anything is written."""

    source_name: str
    format: str
    rows: tuple[PlanRow, ...]
    notes: tuple[str, ...] = ()
    # Students of a roster left out for being in none of its classes, whom the import
    # can bring in without a class when asked (``without_class``); 0 once they are in.
    students_without_class: int = 0

    def of(self, action: str) -> tuple[PlanRow, ...]:
        return tuple(r for r in self.rows if r.action == action)

    @property
    def new(self) -> tuple[PlanRow, ...]:
        return self.of("new")

    @property
    def updated(self) -> tuple[PlanRow, ...]:
        return self.of("updated")

    @property
    def unchanged(self) -> tuple[PlanRow, ...]:
        return self.of("unchanged")

    @property
    def removed(self) -> tuple[PlanRow, ...]:
        return self.of("removed")

    @property
    def rejected(self) -> tuple[PlanRow, ...]:
        return self.of("rejected")

    def counts(self) -> dict[str, int]:
        """{action: rows}, every action present."""
        found = Counter(r.action for r in self.rows)
        return {action: found.get(action, 0) for action in ACTIONS}

    def counts_by_kind(self, action: str) -> dict[str, int]:
        return dict(Counter(r.kind for r in self.rows if r.action == action))

    @property
    def changes_anything(self) -> bool:
        return any(r.action in ("new", "updated", "removed") for r in self.rows)

    def headline(self) -> str:
        """One line above the plan: its format and what it would do, e.g.
        "CASE JSON: 12 new, 3 unchanged" (or "nothing to import")."""
        counts = [self._action_count(action, n) for action, n in self.counts().items() if n]
        if not counts:
            return _HEADLINE_EMPTY(format=_format_name(self.format))
        return _HEADLINE(format=_format_name(self.format), counts=phrases.join(", ", counts))

    def _action_count(self, action: str, n: int) -> str:
        """ "12 new", or with more than one kind of thing "64 new (32 students, 32
        enrolments)": a count of rows alone does not say what they are."""
        by_kind = self.counts_by_kind(action)
        if len(by_kind) < 2:
            return _ACTION_COUNT(count=n, action=_ACTION_WORDS[action]())
        detail = phrases.join(", ", [_count(k, kind) for kind, k in by_kind.items()])
        return _ACTION_COUNT_DETAIL(count=n, action=_ACTION_WORDS[action](), detail=detail)

    def lines(self) -> list[str]:
        """The plan as a teacher reads it: a line a category, then the rows of note."""
        out: list[str] = [_HEADER(source=self.source_name, format=_format_name(self.format))]
        for action in ACTIONS:
            by_kind = self.counts_by_kind(action)
            total = sum(by_kind.values())
            title = _ACTION_TITLES[action]()
            if by_kind:
                detail = phrases.join(", ", [_count(n, kind) for kind, n in by_kind.items()])
                out.append(_CATEGORY_DETAIL(action=title, total=total, detail=detail))
            else:
                out.append(_CATEGORY(action=title, total=total))
        for action in ("rejected", "removed", "updated", "new"):
            rows = self.of(action)
            limit = len(rows) if action == "rejected" else LISTED_PER_ACTION
            word = _ACTION_WORDS[action]()
            for row in rows[:limit]:
                out.append(_LISTED(action=word, row=row.text()))
            if len(rows) > limit:
                out.append(_MORE(count=len(rows) - limit, action=word))
        out.extend(_NOTE(note=note) for note in self.notes)
        return out


@dataclass(frozen=True)
class ImportReport:
    """What an import did."""

    plan: ImportPlan
    counts: dict[str, int]  # {action: rows} as carried out
    framework_id: str | None = None
    class_ids: tuple[str, ...] = ()
    changes: Changes = NOTHING

    def summary(self) -> str:
        c = self.counts
        source = self.plan.source_name
        if not (c["new"] or c["updated"] or c["removed"]):
            return QT_TRANSLATE_NOOP(
                "Imports",
                "{source}: nothing to change, everything in it is already here "
                "({unchanged} unchanged).",
            )(source=source, unchanged=c["unchanged"])
        counts = {"new": c["new"], "updated": c["updated"], "unchanged": c["unchanged"]}
        if c["removed"] and c["rejected"]:
            return QT_TRANSLATE_NOOP(
                "Imports",
                "Imported {source}: {new} new, {updated} updated, {unchanged} unchanged, "
                "{removed} removed or archived; {rejected} rejected row(s) left out.",
            )(source=source, removed=c["removed"], rejected=c["rejected"], **counts)
        if c["removed"]:
            return QT_TRANSLATE_NOOP(
                "Imports",
                "Imported {source}: {new} new, {updated} updated, {unchanged} unchanged, "
                "{removed} removed or archived.",
            )(source=source, removed=c["removed"], **counts)
        if c["rejected"]:
            return QT_TRANSLATE_NOOP(
                "Imports",
                "Imported {source}: {new} new, {updated} updated, {unchanged} unchanged; "
                "{rejected} rejected row(s) left out.",
            )(source=source, rejected=c["rejected"], **counts)
        return QT_TRANSLATE_NOOP(
            "Imports",
            "Imported {source}: {new} new, {updated} updated, {unchanged} unchanged.",
        )(source=source, **counts)


# ----- the words of a plan ----------------------------------------------------------------

_FORMAT_NAMES: dict[str, str | Template] = {
    "case": "CASE JSON",
    "canvas": QT_TRANSLATE_NOOP("Imports", "Canvas outcomes CSV"),
    "csv": "CSV",
    "oneroster": "OneRoster 1.1 CSV",
    "oneroster-1.2": "OneRoster 1.2 CSV",
}

#: A plan row's kind, as its line names it.
_KINDS = {
    "framework": QT_TRANSLATE_NOOP("Imports", "framework"),
    "competency": QT_TRANSLATE_NOOP("Imports", "competency"),
    "target": QT_TRANSLATE_NOOP("Imports", "target"),
    "rubric": QT_TRANSLATE_NOOP("Imports", "rubric"),
    "scale": QT_TRANSLATE_NOOP("Imports", "scale"),
    "class": QT_TRANSLATE_NOOP("Imports", "class"),
    "student": QT_TRANSLATE_NOOP("Imports", "student"),
    "enrolment": QT_TRANSLATE_NOOP("Imports", "enrolment"),
}
#: How many of a kind: (one, many).
_COUNTS = {
    "framework": (
        QT_TRANSLATE_NOOP("Imports", "1 framework"),
        QT_TRANSLATE_NOOP("Imports", "{count} frameworks"),
    ),
    "competency": (
        QT_TRANSLATE_NOOP("Imports", "1 competency"),
        QT_TRANSLATE_NOOP("Imports", "{count} competencies"),
    ),
    "target": (
        QT_TRANSLATE_NOOP("Imports", "1 target"),
        QT_TRANSLATE_NOOP("Imports", "{count} targets"),
    ),
    "rubric": (
        QT_TRANSLATE_NOOP("Imports", "1 rubric"),
        QT_TRANSLATE_NOOP("Imports", "{count} rubrics"),
    ),
    "scale": (
        QT_TRANSLATE_NOOP("Imports", "1 scale"),
        QT_TRANSLATE_NOOP("Imports", "{count} scales"),
    ),
    "class": (
        QT_TRANSLATE_NOOP("Imports", "1 class"),
        QT_TRANSLATE_NOOP("Imports", "{count} classes"),
    ),
    "student": (
        QT_TRANSLATE_NOOP("Imports", "1 student"),
        QT_TRANSLATE_NOOP("Imports", "{count} students"),
    ),
    "enrolment": (
        QT_TRANSLATE_NOOP("Imports", "1 enrolment"),
        QT_TRANSLATE_NOOP("Imports", "{count} enrolments"),
    ),
}
#: Each action as the head of its line in a plan's summary, and before a listed row.
_ACTION_TITLES = {
    "new": QT_TRANSLATE_NOOP("Imports", "New"),
    "updated": QT_TRANSLATE_NOOP("Imports", "Updated"),
    "unchanged": QT_TRANSLATE_NOOP("Imports", "Unchanged"),
    "removed": QT_TRANSLATE_NOOP("Imports", "Removed"),
    "rejected": QT_TRANSLATE_NOOP("Imports", "Rejected"),
}
_ACTION_WORDS = {
    "new": QT_TRANSLATE_NOOP("Imports", "new"),
    "updated": QT_TRANSLATE_NOOP("Imports", "updated"),
    "unchanged": QT_TRANSLATE_NOOP("Imports", "unchanged"),
    "removed": QT_TRANSLATE_NOOP("Imports", "removed"),
    "rejected": QT_TRANSLATE_NOOP("Imports", "rejected"),
}
#: The fields an import may change, as a plan names them.
_FIELDS = {
    "code": QT_TRANSLATE_NOOP("Imports", "code"),
    "statement": QT_TRANSLATE_NOOP("Imports", "statement"),
    "parent": QT_TRANSLATE_NOOP("Imports", "parent"),
    "position": QT_TRANSLATE_NOOP("Imports", "position"),
    "i_can": QT_TRANSLATE_NOOP("Imports", "i can"),
    "level": QT_TRANSLATE_NOOP("Imports", "level"),
    "notes": QT_TRANSLATE_NOOP("Imports", "notes"),
    "dok": QT_TRANSLATE_NOOP("Imports", "dok"),
    "method": QT_TRANSLATE_NOOP("Imports", "method"),
    "method_param": QT_TRANSLATE_NOOP("Imports", "method param"),
    "prerequisites": QT_TRANSLATE_NOOP("Imports", "prerequisites"),
    "title": QT_TRANSLATE_NOOP("Imports", "title"),
    "description": QT_TRANSLATE_NOOP("Imports", "description"),
    "source_id": QT_TRANSLATE_NOOP("Imports", "identifier"),
    "scale_id": QT_TRANSLATE_NOOP("Imports", "scale"),
    "name": QT_TRANSLATE_NOOP("Imports", "name"),
    "term": QT_TRANSLATE_NOOP("Imports", "term"),
    "subject": QT_TRANSLATE_NOOP("Imports", "subject"),
    "grade": QT_TRANSLATE_NOOP("Imports", "grade"),
    "given_name": QT_TRANSLATE_NOOP("Imports", "given name"),
    "family_name": QT_TRANSLATE_NOOP("Imports", "family name"),
    "preferred_name": QT_TRANSLATE_NOOP("Imports", "preferred name"),
    "student_number": QT_TRANSLATE_NOOP("Imports", "student number"),
    "family_language": QT_TRANSLATE_NOOP("Imports", "family language"),
    "archived": QT_TRANSLATE_NOOP("Imports", "back from the archive"),
}
_CHANGED = QT_TRANSLATE_NOOP("Imports", "{changed} changed")
_RETITLED = QT_TRANSLATE_NOOP("Imports", "{changed} changed; its new title: {title}")

_HEADER = QT_TRANSLATE_NOOP("Imports", "{source} ({format}):")
# Each action's line is indented and its word padded to 10 columns, in every language.
_CATEGORY = QT_TRANSLATE_NOOP("Imports", "  {action:<10} {total}")
_CATEGORY_DETAIL = QT_TRANSLATE_NOOP("Imports", "  {action:<10} {total} ({detail})")
_LISTED = QT_TRANSLATE_NOOP("Imports", "  {action}: {row}")
_MORE = QT_TRANSLATE_NOOP("Imports", "  ... and {count} more {action}")
_NOTE = QT_TRANSLATE_NOOP("Imports", "  Note: {note}")
_ROW = QT_TRANSLATE_NOOP("Imports", "{kind} {label}")
_ROW_WHERE = QT_TRANSLATE_NOOP("Imports", "{kind} {label} ({where})")
_ROW_WHY = QT_TRANSLATE_NOOP("Imports", "{kind} {label}: {reason}")
_ROW_WHERE_WHY = QT_TRANSLATE_NOOP("Imports", "{kind} {label} ({where}): {reason}")
_PARENT_CANNOT = QT_TRANSLATE_NOOP("Imports", "its parent {parent} cannot be imported")
_MARKED = QT_TRANSLATE_NOOP("Imports", "archived: marked tobedeleted")
_ENROLMENT = QT_TRANSLATE_NOOP("Imports", "{student} in {class_name}")


_HEADLINE = QT_TRANSLATE_NOOP("Imports", "{format}: {counts}")
_HEADLINE_EMPTY = QT_TRANSLATE_NOOP("Imports", "{format}: nothing to import")
_ACTION_COUNT = QT_TRANSLATE_NOOP("Imports", "{count} {action}")
_ACTION_COUNT_DETAIL = QT_TRANSLATE_NOOP("Imports", "{count} {action} ({detail})")


def _format_name(fmt: str) -> str:
    name = _FORMAT_NAMES.get(fmt, fmt)
    return name() if isinstance(name, Template) else name


def _count(n: int, kind: str) -> str:
    if kind not in _COUNTS:
        return f"{n} {kind}"
    one, many = _COUNTS[kind]
    return one() if n == 1 else many(count=n)


def _fields(names: Iterable[str], words: dict[str, str] | None = None) -> str:
    """Field names as a plan lists them: "statement, i can"."""
    out: list[str] = []
    for name in names:
        if words and name in words:
            out.append(words[name])
        elif name in _FIELDS:
            out.append(_FIELDS[name]())
        else:
            out.append(name.replace("_", " "))
    return phrases.join(", ", out)


def _label(code: str, text: str, width: int = 70) -> str:
    text = " ".join(text.split())
    label = f"{code} {text}".strip() if code else text
    return label if len(label) <= width else label[: width - 1].rstrip() + "…"


def _refusal(plan: ImportPlan) -> InvalidInputError:
    n = len(plan.rejected)
    if n == 1:
        return InvalidInputError(
            QT_TRANSLATE_NOOP(
                "Imports",
                "Nothing was imported: 1 row has a problem in {source} (listed above); fix the "
                "file, or import only the valid rows (--valid-rows).",
            )(source=plan.source_name)
        )
    return InvalidInputError(
        QT_TRANSLATE_NOOP(
            "Imports",
            "Nothing was imported: {count} rows have problems in {source} (listed above); fix "
            "the file, or import only the valid rows (--valid-rows).",
        )(count=n, source=plan.source_name)
    )


def _nothing_valid(plan: ImportPlan) -> InvalidInputError:
    return InvalidInputError(
        QT_TRANSLATE_NOOP(
            "Imports", "Nothing was imported: none of the rows of {source} can be imported."
        )(source=plan.source_name)
    )


# ----- targets: matching -----------------------------------------------------------------


@dataclass
class _TargetStep:
    record: TargetRecord
    existing: Target | None
    parent_key: str | None  # a record of the file
    parent_id: str | None  # an existing target outside the file (plain CSV)
    position: int
    prerequisite_keys: tuple[str, ...]  # records of the file
    prerequisite_ids: tuple[str, ...]  # existing targets outside the file
    changed: list[str] = field(default_factory=list)


@dataclass
class _TargetsResolution:
    plan: ImportPlan
    framework: Framework | None
    framework_changes: dict[str, object]
    steps: list[_TargetStep]  # accepted rows, parents before children
    removals: list[Target]
    scale: ScaleRecord | None
    scale_id: str | None  # an identical scale already in the store
    # Descriptors to write: (target record's key, {level value: text}), new or changed only.
    rubrics: list[tuple[str, dict[float, str]]] = field(default_factory=list)


def _live_frameworks(session: Session) -> list[Framework]:
    return list(
        session.exec(
            select(Framework).where(Framework.deleted_hlc.is_(None)).order_by(Framework.id)
        )
    )


def _match_framework(session: Session, parsed: ParsedTargets) -> tuple[Framework | None, str]:
    """The framework a file updates (None: a new one), and a note when the choice needs
    saying: the file's identifier names a framework already here that holds none of the
    file's items (several CASE packages sharing one CFDocument identifier).

    By the file's identifier (when several frameworks share it, the one holding the
    file's items, else the one of the file's title; a framework of another title that
    holds none of them is another framework, and the file a new one); else by the
    program's own row id (its CASE export); else by the identifiers of the targets; else
    by title.
    """
    frameworks = _live_frameworks(session)
    live = {fw.id: fw for fw in frameworks}
    hits: Counter[str] = Counter()
    source_ids = [r.source_id for r in parsed.targets if r.source_id]
    for chunk in _chunks(source_ids, 500):
        for framework_id in session.exec(
            select(Target.framework_id).where(
                Target.source_id.in_(chunk), Target.deleted_hlc.is_(None)
            )
        ):
            if framework_id in live:
                hits[framework_id] += 1
    title = parsed.framework_title.strip().casefold()
    if parsed.framework_source_id:
        same = [fw for fw in frameworks if fw.source_id == parsed.framework_source_id]
        holding = [fw for fw in same if hits[fw.id]]
        if holding:
            return max(holding, key=lambda fw: hits[fw.id]), ""
        titled = [fw for fw in same if fw.title.strip().casefold() == title]
        if titled:
            framework = titled[0]
            if _live_targets(session, framework.id):
                return framework, _SAME_ID_ADDS(source=parsed.source_name, title=framework.title)
            return framework, ""
        if same:
            return None, _SAME_ID_NEW(
                source=parsed.source_name, title=same[0].title, new=parsed.framework_title
            )
        # The program's own CASE export names a framework without an identifier of its
        # own by its row id: importing the export back finds the same framework.
        if parsed.framework_source_id in live:
            return live[parsed.framework_source_id], ""
    if hits:
        return live[hits.most_common(1)[0][0]], ""
    return next((fw for fw in frameworks if fw.title.strip().casefold() == title), None), ""


_SAME_ID_ADDS = QT_TRANSLATE_NOOP(
    "Imports",
    "{source} has the CASE identifier of the framework {title} already here but none of "
    "its items, so its items are added to that framework.",
)
_SAME_ID_NEW = QT_TRANSLATE_NOOP(
    "Imports",
    "{source} has the CASE identifier of the framework {title} already here, but another "
    "title and none of its items, so it is imported as a new framework ({new}).",
)


def _chunks(items: list[str], size: int) -> Iterable[list[str]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def _live_targets(session: Session, framework_id: str) -> list[Target]:
    return list(
        session.exec(
            select(Target)
            .where(Target.framework_id == framework_id, Target.deleted_hlc.is_(None))
            .order_by(col(Target.position), col(Target.id))
        )
    )


def _scale_levels(session: Session, scale_id: str) -> tuple[tuple[float, str, str, bool], ...]:
    rows = session.exec(
        select(ScaleLevel)
        .where(ScaleLevel.scale_id == scale_id, ScaleLevel.deleted_hlc.is_(None))
        .order_by(col(ScaleLevel.value))
    )
    return tuple((r.value, r.label, r.description, r.proficient) for r in rows)


def _identical_scale(session: Session, scale: ScaleRecord) -> str | None:
    wanted = tuple(sorted(scale.levels))
    for scale_id in session.exec(
        select(Scale.id).where(Scale.deleted_hlc.is_(None)).order_by(Scale.id)
    ):
        if _scale_levels(session, scale_id) == wanted:
            return scale_id
    return None


def _target_fields(rec: TargetRecord) -> dict[str, object]:
    """A record's values as the target row they would become (for ``rules.row_problem``)."""
    return {
        "code": rec.code,
        "statement": rec.statement,
        "i_can": rec.i_can,
        "level": rec.level,
        "notes": rec.notes,
        "dok": rec.dok,
        "source_id": rec.source_id,
        "method": rec.method,
        "method_param": rec.method_param,
    }


def _check_framework_record(parsed: ParsedTargets) -> None:
    """Refuse, in one sentence, a file whose framework or scale breaks a rule of the store
    (a title of 10 MB, a level of 1e308): the whole file is that framework."""
    found: list[tuple[str, rules.Broken | None]] = [
        (
            "framework",
            rules.row_problem(
                "framework",
                {
                    "title": parsed.framework_title,
                    "description": parsed.framework_description,
                    "source_id": parsed.framework_source_id,
                },
            ),
        )
    ]
    if parsed.scale is not None:
        found.append(("scale", rules.row_problem("scale", {"name": parsed.scale.name})))
        for value, label, description, _ in parsed.scale.levels:
            found.append(
                (
                    "scale",
                    rules.row_problem(
                        "scale_level",
                        {"value": value, "label": label, "description": description},
                    ),
                )
            )
    for what, broken in found:
        if broken is not None:
            words = (
                QT_TRANSLATE_NOOP("Imports", "its framework")()
                if what == "framework"
                else QT_TRANSLATE_NOOP("Imports", "its scale")()
            )
            raise InvalidInputError(
                QT_TRANSLATE_NOOP(
                    "Imports",
                    "Nothing was imported from {source}: in {what}, {problem}; correct the "
                    "file and import it again.",
                )(source=parsed.source_name, what=words, problem=broken.problem)
            )


def _reject_rows(parsed: ParsedTargets) -> dict[int, str]:
    """{index of record: reason} for rows rejected on their own (before the tree)."""
    csv = parsed.format == "csv"
    rejected: dict[int, str] = {}
    for i, rec in enumerate(parsed.targets):
        if rec.problem:
            rejected[i] = rec.problem
        elif not rec.statement:
            rejected[i] = QT_TRANSLATE_NOOP("Imports", "has no statement")()
        elif (broken := rules.row_problem("target", _target_fields(rec))) is not None:
            rejected[i] = broken.problem  # a text too long, a setting out of range, ...
    where_code: dict[str, list[int]] = {}
    where_key: dict[str, list[int]] = {}
    for i, rec in enumerate(parsed.targets):
        if i in rejected:
            continue
        if rec.code:
            where_code.setdefault(rec.code.casefold(), []).append(i)
        if not csv:
            where_key.setdefault(rec.key, []).append(i)
    for indexes in where_key.values():
        if len(indexes) > 1:
            places = phrases.join(", ", [parsed.targets[i].row for i in indexes])
            for i in indexes:
                rejected[i] = QT_TRANSLATE_NOOP(
                    "Imports", "its identifier appears more than once ({places})"
                )(places=places)
    for indexes in where_code.values():
        if len(indexes) > 1:
            code = parsed.targets[indexes[0]].code
            places = phrases.join(", ", [parsed.targets[i].row for i in indexes])
            for i in indexes:
                rejected.setdefault(
                    i,
                    QT_TRANSLATE_NOOP(
                        "Imports", "the code {code} is used by more than one row ({places})"
                    )(code=code, places=places),
                )
    return rejected


def _resolve_targets(session: Session, parsed: ParsedTargets) -> _TargetsResolution:
    csv = parsed.format == "csv"

    def norm(key: str) -> str:
        return key.casefold() if csv else key

    _check_framework_record(parsed)
    records = parsed.targets
    framework, framework_note = _match_framework(session, parsed)
    existing = _live_targets(session, framework.id) if framework else []
    # By identifier; and by row id, which is what the program's own CASE export calls a
    # target without a UUID of its own (one from Canvas or a CSV), so the export imports
    # back onto the same targets.
    by_source = {t.id: t for t in existing}
    by_source.update({t.source_id: t for t in existing if t.source_id})
    by_code: dict[str, Target] = {}
    for t in existing:
        if t.code:
            by_code.setdefault(t.code.casefold(), t)

    rejected = _reject_rows(parsed)
    name_of: dict[str, str] = {}  # how a teacher knows a row: its code, else its key
    for rec in records:
        name_of.setdefault(norm(rec.key), rec.code or rec.key)
    index_of = {norm(rec.key): i for i, rec in enumerate(records) if i not in rejected}
    rejected_keys = {norm(records[i].key) for i in rejected}

    # The tree: each accepted row's parent must be accepted too, with no loops.
    outcome: dict[int, str] = {}  # index -> "" (fine) or the reason it is rejected
    for start in list(index_of.values()):
        path: list[int] = []
        seen: dict[int, int] = {}
        i = start
        result = ""
        while True:
            if i in outcome:
                result = outcome[i]
                break
            if i in seen:
                loop = path[seen[i] :]
                chain = " → ".join(records[j].code or records[j].key for j in [*loop, i])
                for j in loop:
                    outcome[j] = QT_TRANSLATE_NOOP(
                        "Imports", "its parent chain loops back to itself ({chain})"
                    )(chain=chain)
                path = path[: seen[i]]
                result = "loop"
                break
            seen[i] = len(path)
            path.append(i)
            parent = records[i].parent_key
            if parent is None:
                result = ""
                break
            if norm(parent) in index_of:
                i = index_of[norm(parent)]
                continue
            if norm(parent) in rejected_keys:
                result = _PARENT_CANNOT(parent=name_of[norm(parent)])
            elif csv and parent.casefold() in by_code:
                result = ""
            elif csv:
                result = QT_TRANSLATE_NOOP(
                    "Imports", "its parent {parent} is not in the file or the framework"
                )(parent=parent)
            else:
                result = QT_TRANSLATE_NOOP("Imports", "its parent {parent} is not in the file")(
                    parent=parent
                )
            outcome[path.pop()] = result
            break
        # Everything below a rejected row on this path is rejected with it.
        for j in reversed(path):
            if j in outcome:
                continue
            if result:
                parent = records[j].parent_key or ""
                result = _PARENT_CANNOT(parent=name_of.get(norm(parent), parent))
            outcome[j] = result
    for i, reason in outcome.items():
        if reason:
            rejected[i] = reason

    # How deep each row lies (a framework's tree may be rules.TREE_DEPTH_MAX deep): the
    # file's parents are accepted rows now, or (CSV) targets already in the framework.
    deep: dict[int, int] = {}
    for start in index_of.values():
        path = []
        i, base = start, 0
        while i not in rejected:
            if i in deep:
                base = deep[i]
                break
            path.append(i)
            parent = records[i].parent_key
            if parent is None:
                break
            if norm(parent) in index_of and index_of[norm(parent)] not in rejected:
                i = index_of[norm(parent)]
                continue
            if csv and parent.casefold() in by_code:
                base = target_depth(session, by_code[parent.casefold()].id)
            break
        for j in reversed(path):
            base += 1
            deep[j] = base
    for i, d in deep.items():
        broken = rules.depth_problem(d)
        if broken is not None:
            rejected[i] = broken.problem
    accepted = [i for i in range(len(records)) if i not in rejected]
    accepted_keys = {norm(records[i].key): i for i in accepted}

    # Order among siblings, and depth (parents are created first).
    def parent_slot(i: int) -> str:
        parent = records[i].parent_key
        if parent is None:
            return ""
        if norm(parent) in accepted_keys:
            return "key:" + norm(parent)
        return "id:" + by_code[parent.casefold()].id

    siblings: dict[str, list[int]] = {}
    for i in accepted:
        siblings.setdefault(parent_slot(i), []).append(i)
    rank: dict[int, int] = {}
    for members in siblings.values():
        for n, i in enumerate(sorted(members, key=lambda j: (records[j].position, j))):
            rank[i] = n

    def depth(i: int) -> int:
        d = 0
        while (parent := records[i].parent_key) is not None and norm(parent) in accepted_keys:
            i = accepted_keys[norm(parent)]
            d += 1
        return d

    notes = list(parsed.notes)
    if framework_note:
        notes.insert(0, framework_note)
    dropped_prereqs = 0
    steps: list[_TargetStep] = []
    matched_ids: set[str] = set()
    for i in sorted(accepted, key=lambda j: (depth(j), j)):
        rec = records[i]
        match = by_source.get(rec.source_id) if rec.source_id else None
        if match is None and csv and rec.code:
            match = by_code.get(rec.code.casefold())
        if match is not None and match.id in matched_ids:
            match = None
        if match is not None:
            matched_ids.add(match.id)
        prereq_keys, prereq_ids = [], []
        for key in rec.prerequisite_keys:
            if norm(key) in accepted_keys and norm(key) != norm(rec.key):
                prereq_keys.append(records[accepted_keys[norm(key)]].key)
            elif csv and key.casefold() in by_code:
                prereq_ids.append(by_code[key.casefold()].id)
            else:
                dropped_prereqs += 1
        slot = parent_slot(i)
        steps.append(
            _TargetStep(
                record=rec,
                existing=match,
                parent_key=records[accepted_keys[slot[4:]]].key
                if slot.startswith("key:")
                else None,
                parent_id=slot[3:] if slot.startswith("id:") else None,
                position=rank[i],
                prerequisite_keys=tuple(prereq_keys),
                prerequisite_ids=tuple(prereq_ids),
            )
        )
    if dropped_prereqs:
        notes.append(
            QT_TRANSLATE_NOOP(
                "Imports",
                "{count} prerequisite link(s) name rows that are not imported; they were left out.",
            )(count=dropped_prereqs)
        )

    # What changes in each matched target.
    step_of = {s.record.key: s for s in steps}

    def planned_id(key: str) -> str:
        step = step_of[key]
        return step.existing.id if step.existing else f"new:{key}"

    for step in steps:
        target, rec = step.existing, step.record
        if target is None:
            continue
        parent_id = planned_id(step.parent_key) if step.parent_key else step.parent_id
        wanted: dict[str, object] = {
            "code": rec.code,
            "statement": rec.statement,
            "parent": parent_id,
            "position": step.position,
        }
        for name in ("i_can", "level", "notes"):
            if getattr(rec, name):
                wanted[name] = getattr(rec, name)
        for name in ("dok", "method", "method_param"):
            if getattr(rec, name) is not None:
                wanted[name] = getattr(rec, name)
        prereqs = [planned_id(k) for k in step.prerequisite_keys] + list(step.prerequisite_ids)
        if prereqs:
            wanted["prerequisites"] = sorted(prereqs)  # the order of prerequisites says nothing
        have = {
            "code": target.code,
            "statement": target.statement,
            "parent": target.parent_id,
            "position": target.position,
            "i_can": target.i_can,
            "level": target.level,
            "notes": target.notes,
            "dok": target.dok,
            "method": target.method,
            "method_param": target.method_param,
            "prerequisites": sorted(target.prerequisites or []),
        }
        for name, value in wanted.items():
            if value != have[name]:
                step.changed.append(name)

    removals = [
        by_source[sid]
        for sid in dict.fromkeys(parsed.deleted_source_ids)
        if sid in by_source and by_source[sid].id not in matched_ids
    ]
    left_alone = len(existing) - len(matched_ids) - len(removals)
    if left_alone == 1:
        notes.append(
            QT_TRANSLATE_NOOP(
                "Imports",
                "1 target of the framework is not in this file and stay as they are.",
            )()
        )
    elif left_alone > 1:
        notes.append(
            QT_TRANSLATE_NOOP(
                "Imports",
                "{count} targets of the framework are not in this file and stay as they are.",
            )(count=left_alone)
        )

    # The scale and the framework.
    rows: list[PlanRow] = []
    scale_id = _identical_scale(session, parsed.scale) if parsed.scale else None
    if parsed.scale:
        levels = phrases.join(
            ", ",
            [
                QT_TRANSLATE_NOOP("Imports", "{number} {level}")(
                    number=f"{v:g}", level=program_word(label)
                )
                for v, label, _, _ in parsed.scale.levels
            ],
        )
        rows.append(
            PlanRow(
                "unchanged" if scale_id else "new",
                "scale",
                program_word(parsed.scale.name),
                levels,
            )
        )
    framework_changes: dict[str, object] = {}
    if framework is None:
        rows.append(PlanRow("new", "framework", parsed.framework_title))
    else:
        if (
            parsed.framework_source_id
            and framework.source_id != parsed.framework_source_id
            and framework.id != parsed.framework_source_id
        ):
            framework_changes["source_id"] = parsed.framework_source_id
        if parsed.framework_source_id and framework.title != parsed.framework_title:
            framework_changes["title"] = parsed.framework_title
        if parsed.framework_description and framework.description != parsed.framework_description:
            framework_changes["description"] = parsed.framework_description
        if parsed.scale and (scale_id is None or framework.scale_id != scale_id):
            framework_changes["scale_id"] = scale_id
        reason = _CHANGED(changed=_fields(framework_changes)) if framework_changes else ""
        if "title" in framework_changes:
            reason = _RETITLED(changed=_fields(framework_changes), title=parsed.framework_title)
        rows.append(
            PlanRow(
                "updated" if framework_changes else "unchanged",
                "framework",
                framework.title,
                reason,
            )
        )

    for i, rec in enumerate(records):
        kind = "competency" if rec.parent_key is None else "target"
        label = _label(rec.code, rec.statement) or _label("", rec.key)
        if i in rejected:
            rows.append(PlanRow("rejected", kind, label, rejected[i], rec.row))
            continue
        step = step_of[rec.key]
        if step.existing is None:
            rows.append(PlanRow("new", kind, label, "", rec.row))
        elif step.changed:
            changed = _CHANGED(changed=_fields(step.changed))
            rows.append(PlanRow("updated", kind, label, changed, rec.row))
        else:
            rows.append(PlanRow("unchanged", kind, label, "", rec.row))
    rubrics = _resolve_rubrics(
        session, parsed, framework, rejected, step_of, rows, notes, norm=norm
    )
    for t in removals:
        rows.append(
            PlanRow(
                "removed",
                "competency" if t.parent_id is None else "target",
                _label(t.code, t.statement),
                QT_TRANSLATE_NOOP("Imports", "deleted in the file; its evidence is kept")(),
            )
        )
    plan = ImportPlan(parsed.source_name, parsed.format, tuple(rows), tuple(notes))
    return _TargetsResolution(
        plan=plan,
        framework=framework,
        framework_changes=framework_changes,
        steps=steps,
        removals=removals,
        scale=parsed.scale,
        scale_id=scale_id,
        rubrics=rubrics,
    )


# ----- targets: rubrics ------------------------------------------------------------------

_LEVEL = QT_TRANSLATE_NOOP("Imports", "{number} {level}")
_TARGET_CANNOT = QT_TRANSLATE_NOOP("Imports", "its target {target} cannot be imported")
_RUBRIC_NO_LEVELS = QT_TRANSLATE_NOOP(
    "Imports", "The rubric of {target} has no levels, so it was left out."
)
_RUBRIC_UNORDERED = QT_TRANSLATE_NOOP(
    "Imports",
    "The rubric of {target} was left out: some of its levels have neither a score nor a "
    "position, so they cannot be matched to the levels of the scale {scale}.",
)
_RUBRIC_MISMATCH_ONE = QT_TRANSLATE_NOOP(
    "Imports",
    "The rubric of {target} was left out: the score of its only level is not one of the "
    "levels of the scale {scale} ({levels}).",
)
_RUBRIC_MISMATCH = QT_TRANSLATE_NOOP(
    "Imports",
    "The rubric of {target} was left out: its {count} levels match neither the scores nor "
    "the number of levels of the scale {scale} ({levels}).",
)
_RUBRICS_MORE_ONE = QT_TRANSLATE_NOOP(
    "Imports", "1 more rubric was left out for the same kind of reason."
)
_RUBRICS_MORE = QT_TRANSLATE_NOOP(
    "Imports", "{count} more rubrics were left out for the same kind of reasons."
)


def _import_scale(
    session: Session, parsed: ParsedTargets, framework: Framework | None
) -> tuple[str, tuple[tuple[float, str], ...]]:
    """The name and the (value, label) levels, lowest first, of the scale the imported
    framework will have: the file's own, else the framework's, else the default."""
    if parsed.scale is not None:
        levels = tuple(sorted((v, label) for v, label, _, _ in parsed.scale.levels))
        return parsed.scale.name, levels
    info = load_scale(session, framework.scale_id if framework else None)
    return info.name, tuple((lv.value, lv.label) for lv in info.levels)


def _level_names(values: Iterable[float], scale: tuple[tuple[float, str], ...]) -> str:
    """Levels as a plan names them: "2 Developing, 3 Proficient"."""
    labels = dict(scale)
    return phrases.join(
        ", ",
        [_LEVEL(number=format_number(v), level=program_word(labels.get(v, ""))) for v in values],
    )


def _ordered(levels: tuple[RubricLevelRecord, ...]) -> list[RubricLevelRecord] | None:
    """A rubric's levels from lowest to highest: by score when every level has its own,
    else by CASE position when every level has its own; None when neither tells."""
    scores = [lv.score for lv in levels]
    if None not in scores and len(set(scores)) == len(scores):
        return sorted(levels, key=lambda lv: lv.score or 0.0)
    positions = [lv.position for lv in levels]
    if None not in positions and len(set(positions)) == len(positions):
        return sorted(levels, key=lambda lv: lv.position or 0)
    return None


def match_rubric(
    levels: tuple[RubricLevelRecord, ...], values: tuple[float, ...]
) -> dict[float, RubricLevelRecord] | str:
    """Each level of a file's rubric matched to a value of the scale (``values``, lowest
    first), or why it cannot be: "empty", "unordered" or "mismatch".

    By score when every level has its own score and each is one of the scale's values;
    else by position when the rubric has as many levels as the scale."""
    if not levels:
        return "empty"
    scores = [lv.score for lv in levels]
    if None not in scores and len(set(scores)) == len(scores):
        on_scale = [next((v for v in values if same_level(v, sc or 0.0)), None) for sc in scores]
        if None not in on_scale:
            return {v: lv for v, lv in zip(on_scale, levels, strict=True) if v is not None}
    if len(levels) == len(values):
        ordered = _ordered(levels)
        if ordered is None:
            return "unordered"
        return dict(zip(values, ordered, strict=True))
    return "mismatch"


def _resolve_rubrics(
    session: Session,
    parsed: ParsedTargets,
    framework: Framework | None,
    rejected: dict[int, str],
    step_of: dict[str, _TargetStep],
    rows: list[PlanRow],
    notes: list[str],
    *,
    norm: Callable[[str], str],
) -> list[tuple[str, dict[float, str]]]:
    """Plan the file's rubrics: a row each (and notes for those left out); returns the
    descriptors to write."""
    if not parsed.rubrics:
        return []
    records = parsed.targets
    index_of: dict[str, int] = {}
    for n, rec in enumerate(records):
        index_of.setdefault(norm(rec.key), n)
    scale_name, scale = _import_scale(session, parsed, framework)
    values = tuple(v for v, _ in scale)
    scale_word = program_word(scale_name)

    # What the store has for the matched targets.
    existing_ids = [
        step.existing.id
        for rubric in parsed.rubrics
        if (step := step_of.get(rubric.target_key)) is not None and step.existing is not None
    ]
    have: dict[str, dict[float, str]] = {}
    for chunk in _chunks(list(dict.fromkeys(existing_ids)), 500):
        for d in session.exec(
            select(RubricDescriptor).where(
                RubricDescriptor.target_id.in_(chunk), RubricDescriptor.deleted_hlc.is_(None)
            )
        ):
            have.setdefault(d.target_id, {})[d.level_value] = d.text

    writes: list[tuple[str, dict[float, str]]] = []
    left_out: list[str] = []
    for rubric in parsed.rubrics:
        i = index_of.get(norm(rubric.target_key))
        if i is None:
            continue  # the parser only gives rubrics of the file's items
        rec = records[i]
        label = _label(rec.code, rec.statement) or rec.key
        name = rec.code or _label("", rec.statement, 50) or rec.key
        if rubric.problem:
            rows.append(PlanRow("rejected", "rubric", label, rubric.problem, rubric.row))
            continue
        if i in rejected:
            rows.append(
                PlanRow("rejected", "rubric", label, _TARGET_CANNOT(target=name), rubric.row)
            )
            continue
        matched = match_rubric(rubric.levels, values)
        if isinstance(matched, str):
            if matched == "empty":
                left_out.append(_RUBRIC_NO_LEVELS(target=name))
            elif matched == "unordered":
                left_out.append(_RUBRIC_UNORDERED(target=name, scale=scale_word))
            elif len(rubric.levels) == 1:
                left_out.append(
                    _RUBRIC_MISMATCH_ONE(
                        target=name, scale=scale_word, levels=_level_names(values, scale)
                    )
                )
            else:
                left_out.append(
                    _RUBRIC_MISMATCH(
                        target=name,
                        count=len(rubric.levels),
                        scale=scale_word,
                        levels=_level_names(values, scale),
                    )
                )
            continue
        wanted = {v: lv.text for v, lv in sorted(matched.items()) if lv.text}
        if not wanted:
            continue  # levels without words: the store keeps what it has
        step = step_of[rec.key]
        old = have.get(step.existing.id, {}) if step.existing is not None else {}
        changed = {v: text for v, text in wanted.items() if old.get(v) != text}
        if not old:
            rows.append(PlanRow("new", "rubric", label, _level_names(wanted, scale), rubric.row))
        elif changed:
            reason = _CHANGED(changed=_level_names(changed, scale))
            rows.append(PlanRow("updated", "rubric", label, reason, rubric.row))
        else:
            rows.append(PlanRow("unchanged", "rubric", label, "", rubric.row))
        if changed:
            writes.append((rec.key, changed))
    notes.extend(left_out[:LISTED_PER_ACTION])
    more = len(left_out) - LISTED_PER_ACTION
    if more == 1:
        notes.append(_RUBRICS_MORE_ONE())
    elif more > 1:
        notes.append(_RUBRICS_MORE(count=more))
    return writes


def plan_targets_import(session: Session, parsed: ParsedTargets) -> ImportPlan:
    """What importing ``parsed`` would do, row by row; the store is only read."""
    return _resolve_targets(session, parsed).plan


def _scale_colours(levels: tuple[tuple[float, str, str, bool], ...]) -> list[str]:
    """A colour for each level (value, label, description, proficient), lowest first."""
    high = sum(1 for *_, proficient in levels if proficient)
    low = len(levels) - high
    lows = list(_LOW_COLOURS[-low:]) if low else []
    lows = [_LOW_COLOURS[0]] * (low - len(lows)) + lows
    highs = list(_HIGH_COLOURS[:high])
    highs += [_HIGH_COLOURS[-1]] * (high - len(highs))
    return lows + highs


def apply_targets_import(
    store: Store, parsed: ParsedTargets, *, valid_rows: bool = False
) -> ImportReport:
    """Import a framework in one transaction; rejected rows refuse it unless ``valid_rows``."""
    with store.transaction() as tx:
        res = _resolve_targets(tx.session, parsed)
        plan = res.plan
        if plan.rejected and not valid_rows:
            raise _refusal(plan)
        if not res.steps and not res.removals:
            raise _nothing_valid(plan)
        scale_id = res.scale_id
        if res.scale is not None and scale_id is None:
            levels = tuple(sorted(res.scale.levels))
            colours = _scale_colours(levels)
            scale_id = create_scale(
                tx,
                res.scale.name,
                [(v, lab, d, p, colours[n]) for n, (v, lab, d, p) in enumerate(levels)],
            ).id
        framework = res.framework
        if framework is None:
            framework = add_framework(
                tx,
                parsed.framework_title,
                description=parsed.framework_description,
                scale_id=scale_id,
                source_id=parsed.framework_source_id,
            )
        elif res.framework_changes:
            for name, value in res.framework_changes.items():
                setattr(framework, name, scale_id if name == "scale_id" else value)
            tx.touch(framework)
        made: dict[str, Target] = {}
        for step in res.steps:
            made[step.record.key] = _write_target(tx, framework, step, made)
        for step in res.steps:
            target = made[step.record.key]
            prereqs = [made[k].id for k in step.prerequisite_keys] + list(step.prerequisite_ids)
            if prereqs and sorted(prereqs) != sorted(target.prerequisites or []):
                target.prerequisites = prereqs
                if step.existing is not None:
                    tx.touch(target)
        for key, descriptors in res.rubrics:
            set_rubric(tx, made[key], descriptors)
        worded = False
        for step in res.steps:  # the families' languages the file carries
            for lang, statement, i_can in step.record.wordings:
                worded |= write_wording(tx, made[step.record.key].id, lang, statement, i_can)
        for target in res.removals:
            tx.tombstone(target)
    return ImportReport(
        plan=plan,
        counts=plan.counts(),
        framework_id=framework.id,
        changes=EVERYTHING if plan.changes_anything or worded else NOTHING,
    )


def _write_target(
    tx: Tx, framework: Framework, step: _TargetStep, made: dict[str, Target]
) -> Target:
    rec = step.record
    if step.parent_key is not None:
        parent: Target | None = made[step.parent_key]
    elif step.parent_id is not None:
        parent = tx.session.get(Target, step.parent_id)
    else:
        parent = None
    if step.existing is None:
        target = add_target(
            tx,
            framework,
            code=rec.code,
            statement=rec.statement,
            i_can=rec.i_can,
            parent=parent,
            position=step.position,
            level=rec.level,
            dok=rec.dok,
            notes=rec.notes,
            source_id=rec.source_id,
        )
        target.method = rec.method
        target.method_param = rec.method_param
        return target
    target = step.existing
    if step.changed:
        target.code = rec.code
        target.statement = rec.statement
        target.parent_id = parent.id if parent else None
        target.position = step.position
        for name in ("i_can", "level", "notes"):
            if getattr(rec, name):
                setattr(target, name, getattr(rec, name))
        for name in ("dok", "method", "method_param"):
            if getattr(rec, name) is not None:
                setattr(target, name, getattr(rec, name))
        tx.touch(target)
    return target


# ----- rosters ---------------------------------------------------------------------------


@dataclass
class _StudentStep:
    record: StudentRecord
    existing: Student | None
    changed: list[str] = field(default_factory=list)


@dataclass
class _RosterResolution:
    plan: ImportPlan
    classes: dict[str, tuple[ClassRecord, SchoolClass | None, list[str]]]  # key -> match, changes
    students: dict[str, _StudentStep]
    enrollments: list[tuple[str, str, str | None]]  # new (class key, student key, source id)
    archive_students: list[Student]
    archive_classes: list[SchoolClass]
    drop_enrollments: list[Enrollment]


def _class_label(name: str, term: str) -> str:
    return f"{name} ({term})" if term else name


_LEFT_OUT = QT_TRANSLATE_NOOP(
    "Imports",
    "{count} student(s) left out, in no class of this file: {reason} ({names}). They can be "
    "brought in without a class.",
)
_BROUGHT_IN = QT_TRANSLATE_NOOP(
    "Imports",
    "{count} student(s) brought in without a class, in no class of this file: {reason} ({names}).",
)
_AND_MORE = QT_TRANSLATE_NOOP("Imports", "{names} and {count} more")


def _names(records: list[StudentRecord], limit: int = 5) -> str:
    """'Mary Jones, Anna Brown' (or the first few 'and 3 more'), as a note lists students."""
    names = [display_name(r.given_name, r.family_name, r.preferred_name) or r.key for r in records]
    if len(names) <= limit:
        return ", ".join(names)
    return _AND_MORE(names=", ".join(names[:limit]), count=len(names) - limit)


def _unenrolled_notes(parsed: ParsedRoster, without_class: bool) -> list[str]:
    """Why students of the file were left out (or are brought in without a class)."""
    by_reason: dict[str, list[StudentRecord]] = {}
    for record, reason in parsed.unenrolled:
        by_reason.setdefault(reason, []).append(record)
    template = _BROUGHT_IN if without_class else _LEFT_OUT
    return [
        template(count=len(records), reason=reason, names=_names(records))
        for reason, records in by_reason.items()
    ]


_ClassSteps = dict[str, tuple[ClassRecord, SchoolClass | None, list[str]]]
"""The file's classes by key: the record, the class of the store it matches (None: new)
and the fields that change."""


def _plan_classes(
    parsed: ParsedRoster, all_classes: list[SchoolClass], rows: list[PlanRow]
) -> tuple[_ClassSteps, set[str]]:
    """Match the file's classes to the store's (by sourcedId, else by name), adding a plan
    row each; returns them and the keys of those rejected."""
    class_by_source = {c.source_id: c for c in all_classes if c.source_id}
    classes: _ClassSteps = {}
    rejected_classes: set[str] = set()
    for rec in parsed.classes:
        label = _label("", _class_label(rec.name, rec.term) or rec.key)
        broken = rules.row_problem(
            "school_class",
            {
                "name": rec.name,
                "term": rec.term,
                "subject": rec.subject,
                "grade": rec.grade,
                "source_id": rec.source_id,
            },
        )
        problem = rec.problem or (broken.problem if broken is not None else "")
        if problem:
            rows.append(PlanRow("rejected", "class", label, problem, rec.row))
            rejected_classes.add(rec.key)
            continue
        match = class_by_source.get(rec.source_id) if rec.source_id else None
        if match is None and not rec.source_id:
            named = [
                c
                for c in all_classes
                if not c.archived and c.name.strip().casefold() == rec.name.casefold()
            ]
            if len(named) > 1:
                raise ImportFormatError(
                    QT_TRANSLATE_NOOP(
                        "Imports",
                        "{count} classes are called {name}; rename one, then import again.",
                    )(count=len(named), name=repr(rec.name))
                )
            match = named[0] if named else None
        changed = []
        if match is not None:
            # A class found by the name the teacher typed keeps its own spelling.
            for name in ("name", "term", "subject", "grade") if rec.source_id else ():
                value = getattr(rec, name)
                if value and value != getattr(match, name):
                    changed.append(name)
        classes[rec.key] = (rec, match, changed)
        action = "new" if match is None else ("updated" if changed else "unchanged")
        reason = _CHANGED(changed=_fields(changed)) if changed else ""
        rows.append(PlanRow(action, "class", label, reason, rec.row))
    return classes, rejected_classes


def _plan_students(
    session: Session,
    parsed: ParsedRoster,
    classes: _ClassSteps,
    all_students: list[Student],
    rows: list[PlanRow],
    *,
    without_class: bool,
) -> tuple[dict[str, _StudentStep], set[str], set[str]]:
    """Match the file's students (and, when asked, those in none of its classes) to the
    store's, adding a plan row each; returns them by key, the keys of those rejected and
    the ids of the store's students matched."""
    csv = parsed.format == "csv"
    student_by_source = {s.source_id: s for s in all_students if s.source_id}
    student_by_number: dict[str, Student] = {}
    for s in all_students:
        if s.student_number:
            student_by_number.setdefault(s.student_number.strip().casefold(), s)
    student_records = list(parsed.students)
    if without_class:
        student_records += [record for record, _ in parsed.unenrolled]
    counts = Counter(s.key for s in student_records if not s.problem)
    students: dict[str, _StudentStep] = {}
    rejected_students: set[str] = set()
    class_members: dict[str, list[Student]] = {}
    if csv:
        for key, (_, school_class, _) in classes.items():
            if school_class is not None:
                ids = set(
                    session.exec(
                        select(Enrollment.student_id).where(
                            Enrollment.class_id == school_class.id,
                            Enrollment.deleted_hlc.is_(None),
                        )
                    )
                )
                class_members[key] = [s for s in all_students if s.id in ids]
    matched: set[str] = set()
    for rec in student_records:
        label = _label("", display_name(rec.given_name, rec.family_name, rec.preferred_name))
        label = label or _label("", rec.key)
        broken = rules.row_problem(
            "student",
            {
                "given_name": rec.given_name,
                "family_name": rec.family_name,
                "preferred_name": rec.preferred_name,
                "student_number": rec.student_number,
                "grade": rec.grade,
                "source_id": rec.source_id,
            },
        )
        problem = rec.problem or (broken.problem if broken is not None else "")
        if not problem and counts[rec.key] > 1:
            if rec.student_number and csv:
                problem = QT_TRANSLATE_NOOP(
                    "Imports", "its student number is on more than one row"
                )()
            else:
                problem = QT_TRANSLATE_NOOP("Imports", "its sourcedId is on more than one row")()
        if problem:
            rows.append(PlanRow("rejected", "student", label, problem, rec.row))
            rejected_students.add(rec.key)
            continue
        match = student_by_source.get(rec.source_id) if rec.source_id else None
        if match is None and rec.student_number:
            candidate = student_by_number.get(rec.student_number.casefold())
            if candidate is not None and (not candidate.source_id or not rec.source_id):
                match = candidate
        if match is None and csv:
            for members in class_members.values():
                match = next(
                    (
                        s
                        for s in members
                        if s.given_name.casefold() == rec.given_name.casefold()
                        and s.family_name.casefold() == rec.family_name.casefold()
                        and not (s.student_number and rec.student_number)  # numbers decide
                        and s.id not in matched
                    ),
                    None,
                )
                if match:
                    break
        if match is not None and match.id in matched:
            match = None
        step = _StudentStep(rec, match)
        if match is not None:
            matched.add(match.id)
            wanted = {"given_name": rec.given_name, "family_name": rec.family_name}
            for name in ("preferred_name", "student_number", "grade"):
                if getattr(rec, name):
                    wanted[name] = getattr(rec, name)
            if rec.family_language:
                wanted["family_language"] = rec.family_language
            if rec.source_id and match.source_id != rec.source_id:
                wanted["source_id"] = rec.source_id
            step.changed = [n for n, v in wanted.items() if getattr(match, n) != v]
            if match.archived:
                step.changed.append("archived")
        students[rec.key] = step
        if match is None:
            rows.append(PlanRow("new", "student", label, "", rec.row))
        elif step.changed:
            changed = _fields(step.changed, {"source_id": "sourcedId"})
            rows.append(PlanRow("updated", "student", label, changed, rec.row))
        else:
            rows.append(PlanRow("unchanged", "student", label, "", rec.row))
    return students, rejected_students, matched


def _resolve_roster(
    session: Session, parsed: ParsedRoster, *, without_class: bool = False
) -> _RosterResolution:
    rows: list[PlanRow] = []
    all_classes = list(session.exec(select(SchoolClass).where(SchoolClass.deleted_hlc.is_(None))))
    all_students = list(session.exec(select(Student).where(Student.deleted_hlc.is_(None))))
    classes, rejected_classes = _plan_classes(parsed, all_classes, rows)
    students, rejected_students, matched = _plan_students(
        session, parsed, classes, all_students, rows, without_class=without_class
    )

    # Enrolments.
    live_pairs = {
        (class_id, student_id)
        for class_id, student_id in session.exec(
            select(Enrollment.class_id, Enrollment.student_id).where(
                Enrollment.deleted_hlc.is_(None)
            )
        )
    }
    seen_pairs: set[tuple[str, str]] = set()
    new_enrollments: list[tuple[str, str, str | None]] = []
    for rec in parsed.enrollments:
        if rec.student_key in rejected_students or rec.class_key in rejected_classes:
            continue
        broken = rules.row_problem("enrollment", {"source_id": rec.source_id})
        if (
            rec.problem
            or broken is not None
            or rec.class_key not in classes
            or rec.student_key not in students
        ):
            reason = (
                rec.problem
                or (broken.problem if broken is not None else "")
                or QT_TRANSLATE_NOOP("Imports", "its student or class is not in the file")()
            )
            rows.append(
                PlanRow(
                    "rejected",
                    "enrolment",
                    _ENROLMENT(
                        student=_label("", rec.student_key), class_name=_label("", rec.class_key)
                    ),
                    reason,
                    rec.row,
                )
            )
            continue
        pair = (rec.class_key, rec.student_key)
        if pair in seen_pairs:
            continue
        seen_pairs.add(pair)
        class_rec, class_match, _ = classes[rec.class_key]
        step = students[rec.student_key]
        who = step.record
        name = display_name(who.given_name, who.family_name, who.preferred_name)
        label = _ENROLMENT(student=name, class_name=class_rec.name)
        if (
            class_match is not None
            and step.existing is not None
            and (class_match.id, step.existing.id) in live_pairs
        ):
            rows.append(PlanRow("unchanged", "enrolment", label, "", rec.row))
        else:
            new_enrollments.append((rec.class_key, rec.student_key, rec.source_id))
            rows.append(PlanRow("new", "enrolment", label, "", rec.row))

    # What the file withdraws.
    withdrawn = set(parsed.withdrawn_students)
    archive_students = [
        s
        for s in all_students
        if s.source_id in withdrawn and not s.archived and s.id not in matched
    ]
    for s in archive_students:
        rows.append(PlanRow("removed", "student", s.display_name, _MARKED()))
    gone_classes = set(parsed.withdrawn_classes)
    archive_classes = [c for c in all_classes if c.source_id in gone_classes and not c.archived]
    for c in archive_classes:
        rows.append(PlanRow("removed", "class", _class_label(c.name, c.term), _MARKED()))
    drop_enrollments: list[Enrollment] = []
    if parsed.withdrawn_enrollments:
        wanted_ids = list(dict.fromkeys(parsed.withdrawn_enrollments))
        for chunk in _chunks(wanted_ids, 500):
            drop_enrollments.extend(
                session.exec(
                    select(Enrollment).where(
                        Enrollment.source_id.in_(chunk), Enrollment.deleted_hlc.is_(None)
                    )
                )
            )
        names = {s.id: s.display_name for s in all_students}
        class_names = {c.id: c.name for c in all_classes}
        for e in drop_enrollments:
            rows.append(
                PlanRow(
                    "removed",
                    "enrolment",
                    _ENROLMENT(
                        student=names.get(e.student_id, "?"),
                        class_name=class_names.get(e.class_id, "?"),
                    ),
                    QT_TRANSLATE_NOOP("Imports", "marked tobedeleted")(),
                )
            )
    fmt = parsed.format
    if fmt == "oneroster" and parsed.version.startswith("1.2"):
        fmt = "oneroster-1.2"
    plan = ImportPlan(
        parsed.source_name,
        fmt,
        tuple(rows),
        (*parsed.notes, *_unenrolled_notes(parsed, without_class)),
        students_without_class=0 if without_class else len(parsed.unenrolled),
    )
    return _RosterResolution(
        plan=plan,
        classes=classes,
        students=students,
        enrollments=new_enrollments,
        archive_students=archive_students,
        archive_classes=archive_classes,
        drop_enrollments=drop_enrollments,
    )


def plan_roster_import(
    session: Session, parsed: ParsedRoster, *, without_class: bool = False
) -> ImportPlan:
    """What importing a roster would do, row by row; the store is only read.

    ``without_class`` brings in the students of the file who are in none of its classes
    (``ParsedRoster.unenrolled``), as students of no class; otherwise they are left out
    and the plan says how many, why, and that they can be brought in.
    """
    return _resolve_roster(session, parsed, without_class=without_class).plan


def apply_roster_import(
    store: Store, parsed: ParsedRoster, *, valid_rows: bool = False, without_class: bool = False
) -> ImportReport:
    """Import a roster in one transaction; rejected rows refuse it unless ``valid_rows``.
    ``without_class``: see :func:`plan_roster_import`."""
    with store.transaction() as tx:
        res = _resolve_roster(tx.session, parsed, without_class=without_class)
        plan = res.plan
        if plan.rejected and not valid_rows:
            raise _refusal(plan)
        if not plan.changes_anything and not plan.unchanged:
            raise _nothing_valid(plan)
        made_classes: dict[str, SchoolClass] = {}
        for key, (class_rec, match, changed) in res.classes.items():
            if match is None:
                match = add_class(
                    tx,
                    class_rec.name,
                    term=class_rec.term,
                    subject=class_rec.subject,
                    grade=class_rec.grade,
                    source_id=class_rec.source_id,
                )
            elif changed:
                for name in changed:
                    setattr(match, name, getattr(class_rec, name))
                tx.touch(match)
            made_classes[key] = match
        made_students: dict[str, Student] = {}
        for key, step in res.students.items():
            rec = step.record
            student = step.existing
            if student is None:
                student = add_student(
                    tx,
                    rec.given_name,
                    rec.family_name,
                    preferred_name=rec.preferred_name,
                    student_number=rec.student_number,
                    grade=rec.grade,
                    family_language=rec.family_language or Language.EN,
                    source_id=rec.source_id,
                )
            elif step.changed:
                for name in step.changed:
                    setattr(student, name, False if name == "archived" else getattr(rec, name))
                tx.touch(student)
            made_students[key] = student
            if rec.groups:
                set_student_groups(tx, student.id, dict(rec.groups))
        for class_key, student_key, source_id in res.enrollments:
            row = enroll(tx, made_classes[class_key], made_students[student_key])
            row.source_id = source_id
        for student in res.archive_students:
            student.archived = True
            tx.touch(student)
        for school_class in res.archive_classes:
            school_class.archived = True
            tx.touch(school_class)
        for enrollment in res.drop_enrollments:
            tx.tombstone(enrollment)
    return ImportReport(
        plan=plan,
        counts=plan.counts(),
        class_ids=tuple(c.id for c in made_classes.values()),
        changes=EVERYTHING if plan.changes_anything else NOTHING,
    )


# ----- export ----------------------------------------------------------------------------


def _iso(hlc: str) -> str:
    """The wall-clock time of an HLC stamp as a CASE date-time (UTC)."""
    try:
        moment = datetime.fromtimestamp(int(hlc[:13]) / 1000, tz=UTC)
    except (ValueError, OSError):
        moment = datetime.now(UTC)
    return moment.strftime("%Y-%m-%dT%H:%M:%SZ")


def framework_for_export(session: Session, framework_id: str) -> FrameworkForExport:
    """A live framework and its live targets in tree order, as the writers take them."""
    framework = session.get(Framework, framework_id)
    if framework is None or framework.deleted_hlc:
        raise NotFoundError(
            QT_TRANSLATE_NOOP(
                "Imports", "That framework is not in the store (it may have been deleted)."
            )()
        )
    targets = _live_targets(session, framework.id)
    live = {t.id for t in targets}
    children: dict[str | None, list[Target]] = {}
    for t in targets:
        parent = t.parent_id if t.parent_id in live else None
        children.setdefault(parent, []).append(t)
    ordered: list[TargetRecord] = []
    # Depth first, parents before their children, without recursion: a store from an
    # older version may hold a tree deeper than rules.TREE_DEPTH_MAX (even thousands deep).
    stack: list[tuple[str | None, int, Target]] = []

    def push_children(parent: str | None) -> None:
        kids = sorted(children.get(parent, []), key=lambda t: (t.position, t.code, t.id))
        stack.extend((parent, rank, t) for rank, t in reversed(list(enumerate(kids))))

    push_children(None)
    while stack:
        parent, rank, t = stack.pop()
        ordered.append(
            TargetRecord(
                key=t.id,
                code=t.code,
                statement=t.statement,
                i_can=t.i_can,
                level=t.level,
                notes=t.notes,
                dok=t.dok,
                parent_key=parent,
                position=rank,
                prerequisite_keys=tuple(p for p in (t.prerequisites or []) if p in live),
                source_id=t.source_id,
                method=t.method,
                method_param=t.method_param,
            )
        )
        push_children(t.id)
    words = wordings(session, sorted(live))
    ordered = [
        replace(
            record,
            wordings=tuple(
                (lang, st, ic) for lang, (st, ic) in sorted(words.get(record.key, {}).items())
            ),
        )
        for record in ordered
    ]
    scale = load_scale(session, framework.scale_id)
    rubrics: dict[str, dict[float, str]] = {}
    rubric_hlc: dict[str, str] = {}
    for chunk in _chunks(sorted(live), 500):
        for d in session.exec(
            select(RubricDescriptor)
            .where(RubricDescriptor.target_id.in_(chunk), RubricDescriptor.deleted_hlc.is_(None))
            .order_by(col(RubricDescriptor.target_id), col(RubricDescriptor.level_value))
        ):
            if d.text.strip():
                rubrics.setdefault(d.target_id, {})[d.level_value] = d.text
                rubric_hlc[d.target_id] = max(rubric_hlc.get(d.target_id, ""), d.hlc)
    own_scale = None  # None: the framework uses the program's default scale
    if framework.scale_id and scale.id == framework.scale_id:
        own_scale = ScaleRecord(
            name=scale.name,
            levels=tuple((v.value, v.label, v.description, v.proficient) for v in scale.levels),
        )
    hlc_of = {t.id: t.hlc for t in targets}
    newest = max([framework.hlc, *hlc_of.values(), *rubric_hlc.values()])
    creator = get_setting(session, "school") or get_setting(session, "teacher") or "cbe-desktop"
    return FrameworkForExport(
        key=framework.id,
        title=framework.title,
        source_id=framework.source_id,
        description=framework.description,
        creator=creator,
        changed_at=_iso(newest),
        targets=tuple(ordered),
        target_changed_at={t.id: _iso(t.hlc) for t in targets},
        scale_levels=tuple((lv.value, lv.label) for lv in scale.levels),
        scale=own_scale,
        rubrics=rubrics,
        rubric_changed_at={key: _iso(max(hlc, hlc_of[key])) for key, hlc in rubric_hlc.items()},
    )


def export_targets(session: Session, framework_id: str, fmt: str = "case") -> bytes:
    """A framework as CASE 1.1 JSON (``fmt="case"``) or as CSV (``fmt="csv"``)."""
    framework = framework_for_export(session, framework_id)
    if fmt == "case":
        return write_case(framework)
    if fmt == "csv":
        return write_targets_csv(framework)
    raise InvalidInputError(
        QT_TRANSLATE_NOOP(
            "Imports", "The export format {format} is not known; choose case or csv."
        )(format=repr(fmt))
    )


def find_framework_id(session: Session, title_or_id: str) -> str:
    """The id of a live framework named by title or id (a clear error otherwise)."""
    return find_framework(session, title_or_id).id


# ----- an import as the teacher makes it: the backup first ----------------------------------

MAKING_A_BACKUP = QT_TRANSLATE_NOOP("ImportDialog", "Making a backup first…")
IMPORTING = QT_TRANSLATE_NOOP("ImportDialog", "Importing…")
IMPORT_CANCELLED = QT_TRANSLATE_NOOP(
    "ImportDialog", "The import was cancelled; nothing was changed."
)


def import_with_backup(
    store: Store,
    parsed: ParsedTargets | ParsedRoster,
    *,
    valid_rows: bool = False,
    without_class: bool = False,
    progress: Callable[[int, int, str], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> ImportReport:
    """Import targets or a roster as the window and the command line both do: first a
    checked backup of the store (the way back, since undo does not undo an import; a
    damaged store or a full disk stops here, before anything is written), then the
    import in one transaction. ``without_class``: see :func:`plan_roster_import`."""
    say = progress or (lambda _done, _total, _words: None)
    say(0, 0, MAKING_A_BACKUP())
    backup_before(store, "import")
    if cancelled is not None and cancelled():
        raise CbeError(IMPORT_CANCELLED())
    say(0, 0, IMPORTING())
    if isinstance(parsed, ParsedTargets):
        return apply_targets_import(store, parsed, valid_rows=valid_rows)
    return apply_roster_import(store, parsed, valid_rows=valid_rows, without_class=without_class)
