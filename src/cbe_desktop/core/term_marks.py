"""Term marks by the school's rules: from the targets' levels to one mark per course and
per competency, each with the words that say how it was reached.

The rules are a short text the school edits, one line per mark, the highest first; a
student gets the mark of the first line whose conditions all hold, and the last line
says ``otherwise`` so that every student with evidence gets a mark::

    A: no level below 2; at least half at 4
    B: no level below 2; at least 75% at 3
    C: at least half at 3
    D: at least half at 2
    F: otherwise

The conditions a line may join with ``;`` (or ``and``):

- ``no level below N`` (also ``all at N``): every target's level is N or more;
- ``at least P% at N`` (``half``, ``a quarter``, ``three quarters`` for P): that share
  of the targets is at level N or above;
- ``at least P% proficient``: that share has reached the scale's proficient level;
- ``mean at least X`` (or ``average at least X``): the mean of the levels is X or more;
- ``otherwise``: always.

A target's level is the level its estimate has reached on the class's scale (the
teacher's override where there is one), counting evidence from earlier classes and years
as the school's setting says (``core.learner``). Targets without evidence are left out,
and the explanation says how many. Habits of work never count toward a mark.
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from dataclasses import dataclass, field, replace
from operator import attrgetter
from statistics import fmean

from sqlmodel import Session

from cbe_desktop.core.errors import InvalidInputError
from cbe_desktop.core.gradebook import Cell, class_grid, compute_cell
from cbe_desktop.core.learner import (
    Piece,
    PieceRow,
    chronological,
    collector_paused,
    count_scores,
    earlier_evidence_rule,
    estimate_with_earlier,
    learner_histories,
    pieces_of,
    standing_rows,
    target_keys,
)
from cbe_desktop.core.models import ModifiedTarget, TermClosure, TermMarkRecord
from cbe_desktop.core.phrases import QT_TRANSLATE_NOOP, Phrase, join
from cbe_desktop.core.scales import ScaleInfo, format_number, reaches
from cbe_desktop.core.settings import get_setting
from cbe_desktop.core.status import Status

#: The presets a school starts from (then edits). Sources of the worked examples:
#: - ``logic``: the "logic rule" conversion (no low levels, a share of high ones), one of
#:   the three ways secondary schools turn standards into letters that Matt Townsley
#:   describes in "How do teachers determine letter grades and GPAs from standards?"
#:   (mctownsley.net); its A line is the rule teachers quote most, "no 1s and at least
#:   half 4s".
#: - ``mean_cuts``: Farmington Municipal Schools (New Mexico), Procedure 2420P "Grading
#:   and Progress Reports": the mean of the standards-based gradebook to a letter,
#:   4.0-3.8 A, 3.7-3.6 A-, 3.5-3.3 B+, 3.2-3.0 B, 2.9-2.8 B-, 2.7-2.5 C+, 2.4-2.2 C,
#:   2.1-2.0 C-, 1.9 and below F.
#: - ``percent_proficient``: the share of targets proficient to a letter (90/80/70/60).
#: - ``levels``: the mean of the levels back to a level of the 1-4 scale (a conversion
#:   table for a competency mark).
PRESETS: dict[str, str] = {
    "logic": (
        "A: no level below 2; at least half at 4\n"
        "B: no level below 2; at least 75% at 3\n"
        "C: at least half at 3\n"
        "D: at least half at 2\n"
        "F: otherwise"
    ),
    "mean_cuts": (
        "A: mean at least 3.8\n"
        "A-: mean at least 3.6\n"
        "B+: mean at least 3.3\n"
        "B: mean at least 3.0\n"
        "B-: mean at least 2.8\n"
        "C+: mean at least 2.5\n"
        "C: mean at least 2.2\n"
        "C-: mean at least 2.0\n"
        "F: otherwise"
    ),
    "percent_proficient": (
        "A: at least 90% proficient\n"
        "B: at least 80% proficient\n"
        "C: at least 70% proficient\n"
        "D: at least 60% proficient\n"
        "F: otherwise"
    ),
    "levels": ("4: mean at least 3.5\n3: mean at least 2.5\n2: mean at least 1.5\n1: otherwise"),
}
DEFAULT_PRESET = "logic"
MARK_MAX = 20
LINES_MAX = 30

_SHARES = {"half": 50.0, "a quarter": 25.0, "three quarters": 75.0, "all": 100.0}
_NUMBER = r"(\d+(?:\.\d+)?)"
_SHARE = r"(\d+(?:\.\d+)?\s*%|\d+(?:\.\d+)?\s*percent|half|a quarter|three quarters)"
_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("min", re.compile(rf"no (?:level|score)s? below {_NUMBER}")),
    ("min", re.compile(rf"all (?:targets )?at {_NUMBER}(?: or above)?")),
    (
        "share",
        re.compile(rf"at least {_SHARE} (?:of (?:the )?targets )?at {_NUMBER}(?: or above)?"),
    ),
    ("proficient", re.compile(rf"at least {_SHARE} (?:of (?:the )?targets )?proficient")),
    ("mean", re.compile(rf"(?:mean|average) (?:of (?:the )?levels )?(?:at least|>=) {_NUMBER}")),
    ("otherwise", re.compile(r"otherwise|always|else")),
)


@dataclass(frozen=True)
class Condition:
    kind: str  # min | share | proficient | mean | otherwise
    words: str  # as the school wrote it
    level: float = 0.0
    share: float = 0.0  # percent


@dataclass(frozen=True)
class MarkRule:
    mark: str
    conditions: tuple[Condition, ...]
    line: int


def _share(text: str) -> float:
    text = text.strip()
    if text in _SHARES:
        return _SHARES[text]
    return float(re.sub(r"\s*(%|percent)$", "", text))


def parse_rules(text: str) -> list[MarkRule]:
    """The school's rules, checked; a rule that cannot be read is refused in one sentence
    naming its line."""
    rules: list[MarkRule] = []
    lines = text.splitlines()
    if len(lines) > 200:
        lines = lines[:200]
    for number, raw in enumerate(lines, start=1):
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        mark, colon, rest = line.partition(":")
        mark = mark.strip()
        if not colon or not mark:
            raise InvalidInputError(
                QT_TRANSLATE_NOOP(
                    "TermMarks",
                    "Line {line} of the rules has no mark before a colon; write it like "
                    "'A: no level below 2; at least half at 4'.",
                )(line=number)
            )
        if len(mark) > MARK_MAX:
            raise InvalidInputError(
                QT_TRANSLATE_NOOP(
                    "TermMarks",
                    "The mark on line {line} of the rules is longer than {limit} characters; "
                    "write a shorter mark, such as A or 4.",
                )(line=number, limit=MARK_MAX)
            )
        parts = [
            p.strip()
            for p in re.split(r";|,|\band\b", " ".join(rest.casefold().split()))
            if p.strip()
        ]
        if not parts:
            raise InvalidInputError(
                QT_TRANSLATE_NOOP(
                    "TermMarks",
                    "Line {line} of the rules gives the mark {mark} but no condition; add one, "
                    "or write 'otherwise'.",
                )(line=number, mark=mark)
            )
        conditions = []
        for part in parts:
            for kind, pattern in _PATTERNS:
                found = pattern.fullmatch(part)
                if found is None:
                    continue
                if kind in ("min",):
                    cond = Condition(kind, part, level=float(found.group(1)))
                elif kind == "share":
                    cond = Condition(
                        kind, part, share=_share(found.group(1)), level=float(found.group(2))
                    )
                elif kind == "proficient":
                    cond = Condition(kind, part, share=_share(found.group(1)))
                elif kind == "mean":
                    cond = Condition(kind, part, level=float(found.group(1)))
                else:
                    cond = Condition("otherwise", part)
                if cond.share > 100:
                    raise InvalidInputError(
                        QT_TRANSLATE_NOOP(
                            "TermMarks",
                            "Line {line} of the rules asks for more than all the targets "
                            "({words}); write a share from 0% to 100%.",
                        )(line=number, words=part)
                    )
                conditions.append(cond)
                break
            else:
                raise InvalidInputError(
                    QT_TRANSLATE_NOOP(
                        "TermMarks",
                        "Line {line} of the rules says '{words}', which is not a condition the "
                        "rules know; write 'no level below 2', 'at least half at 4', 'at least "
                        "80% proficient', 'mean at least 3' or 'otherwise'.",
                    )(line=number, words=part[:80])
                )
        rules.append(MarkRule(mark, tuple(conditions), number))
        if len(rules) > LINES_MAX:
            raise InvalidInputError(
                QT_TRANSLATE_NOOP(
                    "TermMarks",
                    "The rules have more than {limit} marks; keep the marks the report card uses.",
                )(limit=LINES_MAX)
            )
    if not rules:
        raise InvalidInputError(
            QT_TRANSLATE_NOOP(
                "TermMarks",
                "The rules are empty; write one line per mark, the last one 'F: otherwise', "
                "or choose a preset.",
            )()
        )
    last = rules[-1]
    if not any(c.kind == "otherwise" for c in last.conditions):
        raise InvalidInputError(
            QT_TRANSLATE_NOOP(
                "TermMarks",
                "The last line of the rules must say 'otherwise' (for example 'F: otherwise'), "
                "so that every student gets a mark.",
            )()
        )
    return rules


def school_rules_text(session: Session) -> str:
    return get_setting(session, "term_mark_rules").strip() or PRESETS[DEFAULT_PRESET]


def preset_text(name: str) -> str:
    if name not in PRESETS:
        raise InvalidInputError(
            QT_TRANSLATE_NOOP(
                "TermMarks", "There is no preset called {name}; the presets are {names}."
            )(name=repr(name), names=", ".join(PRESETS))
        )
    return PRESETS[name]


def save_rules(store, text: str):  # type: ignore[no-untyped-def]
    """Keep the school's rules (checked first; bad rules change nothing)."""
    from cbe_desktop.core.settings import save_settings

    parse_rules(text)
    return save_settings(store, {"term_mark_rules": text.strip()})


# ----- applying the rules ---------------------------------------------------------------


def _holds(cond: Condition, levels: list[float], proficient: float) -> tuple[bool, Phrase]:
    n = len(levels)
    if cond.kind == "otherwise":
        return True, QT_TRANSLATE_NOOP("TermMarks", "otherwise")()
    if cond.kind == "min":
        lowest = min(levels)
        return reaches(lowest, cond.level), QT_TRANSLATE_NOOP(
            "TermMarks", "{words} (the lowest is {lowest})"
        )(words=cond.words, lowest=format_number(lowest))
    if cond.kind == "mean":
        mean = round(fmean(levels), 2)
        return mean >= cond.level - 1e-9, QT_TRANSLATE_NOOP(
            "TermMarks", "{words} (the mean is {mean})"
        )(words=cond.words, mean=format_number(mean))
    at = cond.level if cond.kind == "share" else proficient
    count = sum(1 for v in levels if v >= at - 1e-9)
    return 100.0 * count >= cond.share * n - 1e-9, QT_TRANSLATE_NOOP(
        "TermMarks", "{words} ({count} of {total})"
    )(words=cond.words, count=count, total=n)


@dataclass(frozen=True)
class TermMark:
    """One mark: ``mark`` is "" when no target has evidence yet.

    ``frozen``: the mark stored when the term was closed. ``overridden``: the teacher set
    it (``reason``, ``set_by``, ``set_on``), and ``calculated`` is the mark it replaced.
    """

    mark: str
    explanation: Phrase
    counted: int
    left_out: int
    frozen: bool = False
    overridden: bool = False
    calculated: str = ""
    reason: str = ""
    set_by: str = ""
    set_on: str = ""


def apply_rules(rules: list[MarkRule], levels: list[float | None], proficient: float) -> TermMark:
    """The mark the rules give these target levels (None: no evidence yet), explained."""
    known = [v for v in levels if v is not None]
    left_out = len(levels) - len(known)
    if not known:
        return TermMark(
            "",
            QT_TRANSLATE_NOOP(
                "TermMarks", "No mark yet: none of the {count} targets has evidence."
            )(count=len(levels)),
            0,
            left_out,
        )
    missed: list[str] = []
    for rule in rules:
        results = [_holds(c, known, proficient) for c in rule.conditions]
        failed = [words for ok, words in results if not ok]
        if failed:
            missed.append(
                QT_TRANSLATE_NOOP("TermMarks", "not {mark}: {why}")(mark=rule.mark, why=failed[0])
            )
            continue
        because = join("; ", [words for _, words in results])
        explanation = QT_TRANSLATE_NOOP("TermMarks", "{mark} by the school's rule: {because}")(
            mark=rule.mark, because=because
        )
        if missed:
            explanation = QT_TRANSLATE_NOOP("TermMarks", "{explanation} ({missed})")(
                explanation=explanation, missed=join("; ", missed)
            )
        if left_out:
            explanation = QT_TRANSLATE_NOOP(
                "TermMarks", "{explanation}; {count} target(s) without evidence left out"
            )(explanation=explanation, count=left_out)
        return TermMark(rule.mark, explanation, len(known), left_out)
    raise AssertionError("the last rule says otherwise")  # parse_rules makes sure


@dataclass(frozen=True)
class CompetencyMark:
    code: str
    title: str
    mark: TermMark
    key: str = ""  # the competency's id ("" for targets in no competency)

    @property
    def subject(self) -> str:
        """How a stored or overridden mark names this competency (``TermMarkRecord``)."""
        return f"competency:{self.key}"


@dataclass(frozen=True)
class StudentMarks:
    student_id: str
    name: str
    course: TermMark
    competencies: tuple[CompetencyMark, ...]
    cells: dict[str, Cell] = field(default_factory=dict)  # target id -> the level counted
    #: Targets modified for the student's individual plan (IEP): target id -> the note.
    modified: dict[str, str] = field(default_factory=dict)


@dataclass
class ClassMarks:
    class_id: str
    class_name: str
    term: str
    rule: str  # the school's setting for earlier evidence
    rules_text: str
    scale: ScaleInfo
    target_ids: list[str]
    students: list[StudentMarks]
    period: str = ""  # the reporting period: the class's term
    closed_on: str = ""  # "" while the period is open
    closed_by: str = ""


def term_end(session: Session, class_id: str) -> str | None:
    """The last day of an archived class's term: its newest evidence or task. Evidence
    from other classes after it never changes the closed term's marks."""
    from sqlalchemy import text

    row = (
        session.connection()
        .execute(
            text(
                "SELECT max(d) FROM (SELECT max(produced_on) AS d FROM evidence "
                "WHERE class_id = :c UNION ALL SELECT max(date) FROM task "
                "WHERE class_id = :c AND deleted_hlc IS NULL)"
            ),
            {"c": class_id},
        )
        .scalar()
    )
    return row or None


def class_marks(
    session: Session, class_id: str, rules_text: str | None = None, *, live: bool = False
) -> ClassMarks:
    """Every student's term mark for the course and for each competency of a class.

    A closed term gives the marks stored when it was closed, and a mark the teacher set
    replaces the rules' (:func:`kept_marks`); ``live``: the rules' marks alone, from the
    evidence as it is now (what closing a term stores).

    Another class's evidence counts as the school's setting says (``core.learner``); for
    an archived class, only what was produced by the end of its term (:func:`term_end`).
    """
    text = rules_text if rules_text is not None else school_rules_text(session)
    rules = parse_rules(text)
    with collector_paused():  # a hundred thousand rows of evidence, and no cycle among them
        marks = _rules_marks(session, class_id, text, rules)
    if live:
        return marks
    return kept_marks(session, marks)


def _rules_marks(session: Session, class_id: str, text: str, rules: list[MarkRule]) -> ClassMarks:
    """The marks the school's rules give, from the evidence as it is now."""
    # The grid's frame (students, targets, overrides, open "not yet"); the evidence is
    # read once below, every student's whole history in one query.
    grid = class_grid(session, class_id, evidence=False)
    from cbe_desktop.core.models import SchoolClass

    cls = session.get(SchoolClass, class_id)
    rule = earlier_evidence_rule(session)
    ended = term_end(session, class_id) if cls is not None and cls.archived else None
    histories = learner_histories(session, [s.id for s in grid.students])
    learners = list({id(h): h for h in histories.values()}.values())
    keys = target_keys(
        session,
        {t.id for t in grid.targets} | {row.target_id for h in learners for row in h.standing},
    )
    groups: dict[tuple[str, str, str], list[int]] = defaultdict(list)
    for i, column in enumerate(grid.targets):
        groups[
            (column.competency_id or "", column.competency_code, column.competency_title)
        ].append(i)
    proficient = grid.scale.proficient_value
    marked: dict[tuple[float | None, ...], TermMark] = {}  # the rules, per set of levels

    def mark_of(levels: list[float | None]) -> TermMark:
        key = tuple(levels)
        if key not in marked:
            marked[key] = apply_rules(rules, levels, proficient)
        return marked[key]

    # The class's own evidence counts as read; evidence from other classes (as pieces,
    # with their class's words) as the school's setting says.
    own_classes = (class_id, None)
    by_history: dict[int, tuple[dict[str, list[PieceRow]], bool]] = {}
    elsewhere: dict[str, PieceRow] = {}
    for history in learners:
        grouped: dict[str, list[PieceRow]] = {}
        for target_id, cell_rows in history.by_target.items():
            key = keys.get(target_id)
            if key is None:
                continue
            if key in grouped:  # two targets of one framework item (another year's copy)
                grouped[key] = chronological([*grouped[key], *cell_rows])
            else:
                grouped[key] = cell_rows
        mixed = not set(map(attrgetter("class_id"), history.standing)) <= {class_id, None}
        if mixed:
            elsewhere.update(
                (row.id, row) for row in history.standing if row.class_id not in own_classes
            )
        by_history[id(history)] = (grouped, mixed)
    earlier_pieces = {p.evidence_id: p for p in pieces_of(session, list(elsewhere.values()))}
    students = []
    for r, student in enumerate(grid.students):
        history = histories[student.id]
        by_key, mixed = by_history[id(history)]
        cells: dict[str, Cell] = {}
        levels: list[float | None] = []
        for c, column in enumerate(grid.targets):
            cell = grid.cell(r, c)
            if cell.overridden and cell.estimate is not None:  # the teacher's level, over
                pair = [  # the evidence of this record (not the learner's) on this target
                    row
                    for row in history.rows
                    if row.student_id == student.id and row.target_id == column.id
                ]
                scores, missing, excused = count_scores(standing_rows(pair))
                cell = compute_cell(
                    scores,
                    column.method,
                    column.method_param,
                    grid.scale,
                    open_not_yet=cell.open_not_yet,
                    missing=missing,
                    excused=excused,
                    override=(cell.estimate, cell.override_reason),
                )
            else:
                mine = by_key.get(keys.get(column.id, ""), [])
                own: list[PieceRow] = mine
                earlier: list[Piece] = []
                if mixed:
                    own = [row for row in mine if row.class_id in own_classes]
                    earlier = [
                        earlier_pieces[row.id]
                        for row in mine
                        if row.class_id not in own_classes
                        and (ended is None or row.produced_on <= ended)
                    ]
                cell = estimate_with_earlier(
                    own=own,
                    earlier=earlier,
                    rule=rule,
                    method=column.method,
                    param=column.method_param,
                    scale=grid.scale,
                    open_not_yet=cell.open_not_yet,
                )
            cells[column.id] = cell
            levels.append(cell.level.value if cell.level is not None else None)
        competencies = tuple(
            CompetencyMark(code, title, mark_of([levels[i] for i in idx]), key)
            for (key, code, title), idx in groups.items()
        )
        students.append(
            StudentMarks(
                student_id=student.id,
                name=student.name,
                course=mark_of(levels),
                competencies=competencies,
                cells=cells,
            )
        )
    return ClassMarks(
        class_id=class_id,
        class_name=grid.class_name,
        term=cls.term if cls is not None else "",
        rule=rule,
        rules_text=text,
        scale=grid.scale,
        target_ids=[t.id for t in grid.targets],
        students=students,
        period=cls.term if cls is not None else "",
    )


# ----- marks kept: a closed term, the teacher's overrides, targets modified (IEP) -------


def phrase_json(words: str) -> str:
    """A phrase as JSON, so that words stored today can be said in another language later
    ("" for plain words)."""
    if not isinstance(words, Phrase):
        return ""

    def tree(value: object) -> object:
        if isinstance(value, Phrase):
            return {
                "c": value.context,
                "s": value.source,
                "a": {k: tree(v) for k, v in value.args.items()},
            }
        return value if isinstance(value, int | float) else str(value)

    return json.dumps(tree(words), ensure_ascii=False, separators=(",", ":"))


def stored_words(english: str, kept: str) -> str:
    """Stored words back as a phrase when ``kept`` says the same as ``english``; otherwise
    (plain words, or JSON from a file that does not match) the English as it is."""
    if not kept:
        return english

    def build(value: object, depth: int = 0) -> object:
        if depth > 20:
            raise ValueError("too deep")
        if isinstance(value, dict):
            template = QT_TRANSLATE_NOOP(str(value["c"]), str(value["s"]))
            args = value.get("a") or {}
            if not isinstance(args, dict):
                raise ValueError("arguments")
            return template(**{str(k): build(v, depth + 1) for k, v in args.items()})
        if isinstance(value, str | int | float):
            return value
        raise ValueError("not a phrase")

    try:
        phrase = build(json.loads(kept))
    except (ValueError, TypeError, KeyError, IndexError, AttributeError, RecursionError):
        return english
    return phrase if isinstance(phrase, Phrase) and str(phrase) == english else english


_OVERRIDDEN = QT_TRANSLATE_NOOP(
    "TermMarks", "{mark}, set by {who} on {date}: {reason} (the school's rules give {calculated})"
)
_OVERRIDDEN_ANON = QT_TRANSLATE_NOOP(
    "TermMarks",
    "{mark}, set by the teacher on {date}: {reason} (the school's rules give {calculated})",
)
_FROZEN = QT_TRANSLATE_NOOP("TermMarks", "Kept when the term was closed on {date}: {words}")


def _overridden(base: TermMark, row: TermMarkRecord) -> TermMark:
    words = _OVERRIDDEN if row.set_by else _OVERRIDDEN_ANON
    explanation = words(
        mark=row.override_mark,
        who=row.set_by,
        date=row.set_on,
        reason=row.reason,
        calculated=base.mark or "—",
    )
    return replace(
        base,
        mark=row.override_mark,
        explanation=explanation,
        overridden=True,
        calculated=base.mark,
        reason=row.reason,
        set_by=row.set_by,
        set_on=row.set_on,
    )


def _frozen(base: TermMark, row: TermMarkRecord, closed_on: str) -> TermMark:
    words = stored_words(row.explanation, row.explanation_phrase)
    return replace(
        base, mark=row.mark, explanation=_FROZEN(date=closed_on, words=words), frozen=True
    )


def kept_marks(session: Session, marks: ClassMarks) -> ClassMarks:
    """``marks`` with what the program keeps laid over the rules' marks: a closed term's
    stored marks (later evidence changes nothing), the teacher's overrides, and the
    targets modified for a student's individual plan."""
    from sqlmodel import col, select

    closure = session.exec(
        select(TermClosure).where(
            TermClosure.class_id == marks.class_id,
            TermClosure.period == marks.period,
            TermClosure.deleted_hlc.is_(None),  # type: ignore[union-attr]
        )
    ).first()
    rows = session.exec(
        select(TermMarkRecord).where(
            TermMarkRecord.class_id == marks.class_id,
            TermMarkRecord.period == marks.period,
            TermMarkRecord.deleted_hlc.is_(None),  # type: ignore[union-attr]
        )
    ).all()
    kept = {(r.student_id, r.subject): r for r in sorted(rows, key=lambda r: r.hlc)}
    ids = [s.student_id for s in marks.students]
    modified: dict[str, dict[str, str]] = defaultdict(dict)
    for m in session.exec(
        select(ModifiedTarget).where(
            col(ModifiedTarget.student_id).in_(ids),
            ModifiedTarget.deleted_hlc.is_(None),  # type: ignore[union-attr]
        )
    ).all():
        modified[m.student_id][m.target_id] = m.note
    if closure is not None:
        marks.closed_on, marks.closed_by = closure.closed_on, closure.closed_by
    closed_on = marks.closed_on

    def over(student_id: str, subject: str, base: TermMark) -> TermMark:
        row = kept.get((student_id, subject))
        if row is None:
            return base
        if closure is not None and row.stored:
            base = _frozen(base, row, closed_on)
        if row.override_mark:
            base = _overridden(base, row)
        return base

    out = []
    for student in marks.students:
        cells = dict(student.cells)
        if closure is not None:
            for tid in list(cells):
                row = kept.get((student.student_id, f"target:{tid}"))
                if row is not None and row.stored:
                    level = marks.scale.level_at(row.score)
                    told = _FROZEN(
                        date=closed_on, words=stored_words(row.explanation, row.explanation_phrase)
                    )
                    cells[tid] = replace(
                        cells[tid],
                        estimate=row.score,
                        level=level,
                        told=told,
                        status=cells[tid].status if row.score is not None else Status.NO_EVIDENCE,
                    )
        out.append(
            replace(
                student,
                course=over(student.student_id, "course", student.course),
                competencies=tuple(
                    replace(c, mark=over(student.student_id, c.subject, c.mark))
                    for c in student.competencies
                ),
                cells=cells,
                modified=dict(modified.get(student.student_id, {})),
            )
        )
    marks.students = out
    return marks
