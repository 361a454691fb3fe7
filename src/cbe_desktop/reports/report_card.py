"""The report card: one page (or two) per student for a reporting period, from the same
term marks the window, the command line and the SIS export show (``core.term_marks``).

What a family reads, in the family's language (the packet catalogues' ``rc_*`` words):
the term mark for the course, each competency's mark with its targets' levels in words,
a mark the teacher set (marked †, with the teacher's reason), targets modified for the
student's individual plan printed "Modified" (as districts require) with the plan's
note, whether the marks are final (the term closed) or may still change, and what the
levels mean. Names, statements and reasons are printed as people wrote them; a target's
statement in the family's language where the teacher wrote one.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import BinaryIO

from reportlab.platypus import Flowable, KeepTogether, PageBreak, Spacer, Table, TableStyle
from sqlmodel import Session

from cbe_desktop.core.models import SchoolClass, Student, Target
from cbe_desktop.core.settings import get_setting
from cbe_desktop.core.targets import wordings
from cbe_desktop.core.term_marks import class_marks
from cbe_desktop.reports.common import (
    FAINT,
    STATUS_SIGNS,
    Mark,
    PageOwner,
    build_story,
    data_table,
    make_doc,
    para,
    styles,
    write_pdf,
)
from cbe_desktop.reports.common import text as markup_text
from cbe_desktop.reports.labels import LANGUAGES, Labels, check_lang
from cbe_desktop.reports.scripts import isolate

TEACHER_SET = "†"


@dataclass(frozen=True)
class CardTarget:
    code: str
    statement: str
    level_label: str  # "" when there is no evidence yet
    number: str
    status: str
    modified: bool = False
    note: str = ""


@dataclass(frozen=True)
class CardMark:
    mark: str
    teacher_set: bool = False
    reason: str = ""


@dataclass(frozen=True)
class CardCompetency:
    code: str
    title: str
    mark: CardMark
    targets: tuple[CardTarget, ...]


@dataclass
class ReportCard:
    student_id: str
    name: str
    lang: str  # the family's language
    class_name: str
    term: str
    teacher: str
    school: str
    on: str  # ISO date printed
    course: CardMark
    competencies: list[CardCompetency]
    closed_on: str = ""
    student_number: str = ""
    levels: list[tuple[str, str]] = field(default_factory=list)  # (number, label)


def _mark(mark) -> CardMark:  # type: ignore[no-untyped-def]
    return CardMark(mark.mark, mark.overridden, mark.reason if mark.overridden else "")


def gather_report_cards(
    session: Session,
    class_id: str,
    student_id: str | None = None,
    *,
    today: date | None = None,
) -> list[ReportCard]:
    """Every student's report card for the class's reporting period (or one student's)."""
    marks = class_marks(session, class_id)
    cls = session.get(SchoolClass, class_id)
    assert cls is not None  # class_marks found it
    targets = {tid: session.get(Target, tid) for tid in marks.target_ids}
    words = wordings(session, marks.target_ids)
    teacher = get_setting(session, "teacher").strip()
    school = get_setting(session, "school").strip()
    levels = [(f"{lv.value:g}", lv.label) for lv in marks.scale.levels]
    cards = []
    for row in marks.students:
        if student_id is not None and row.student_id != student_id:
            continue
        student = session.get(Student, row.student_id)
        lang = student.family_language if student and student.family_language in LANGUAGES else "en"
        competencies = []
        by_competency: dict[str, list[str]] = {}
        for tid in marks.target_ids:
            target = targets.get(tid)
            parent = (target.parent_id or "") if target is not None else ""
            by_competency.setdefault(parent, []).append(tid)
        for comp in row.competencies:
            items = []
            for tid in by_competency.get(comp.key, []):
                target = targets.get(tid)
                cell = row.cells.get(tid)
                if target is None or cell is None:
                    continue
                statement = target.i_can or target.statement
                wording = words.get(tid, {}).get(lang)
                if wording is not None and (wording.i_can or wording.statement):
                    statement = wording.i_can or wording.statement
                items.append(
                    CardTarget(
                        code=target.code,
                        statement=statement,
                        level_label=cell.level.label if cell.level is not None else "",
                        number=f"{cell.estimate:g}" if cell.estimate is not None else "",
                        status=cell.status,
                        modified=tid in row.modified,
                        note=row.modified.get(tid, ""),
                    )
                )
            competencies.append(
                CardCompetency(comp.code, comp.title, _mark(comp.mark), tuple(items))
            )
        cards.append(
            ReportCard(
                student_id=row.student_id,
                name=student.written_name if student is not None else row.name,
                lang=lang,
                class_name=cls.name,
                term=marks.period or cls.term,
                teacher=teacher,
                school=school,
                on=(today or date.today()).isoformat(),
                course=_mark(row.course),
                competencies=competencies,
                closed_on=marks.closed_on,
                student_number=student.student_number if student is not None else "",
                levels=levels,
            )
        )
    return cards


def build_report_cards(
    cards: list[ReportCard],
    out: Path | str | BinaryIO,
    *,
    lang: str | None = None,
    pagesize: str = "letter",
    progress: Callable[[int, int, str], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> int:
    """Write the report cards as one PDF, each in ``lang`` or its family's language (whole
    or not at all when ``out`` is a path). Returns how many were written. ``progress``
    hears of each card; ``cancelled()`` true stops the build (``ReportCancelled``), and
    no file is left."""
    if lang is not None:
        check_lang(lang)
    first = Labels(lang or (cards[0].lang if cards else "en"))

    def write(stream: BinaryIO) -> None:
        title = first("rc_title")
        if len(cards) == 1:
            title += f" — {cards[0].name}"
        doc = make_doc(stream, pagesize, title=title, lang=first.lang)
        story: list = []
        for index, card in enumerate(cards):
            if index:
                story.append(PageBreak())
            writer = _CardWriter(card, Labels(lang or card.lang), doc.width)
            story.append(
                Mark(
                    writer.owner((index + 1, len(cards))),
                    cover=True,
                    bookmark=card.name,
                    progress=progress,
                    cancelled=cancelled,
                )
            )
            story += writer.story()
        if not story:
            story.append(para(markup_text(first("rc_no_students"), first.lang), styles()["body"]))
        build_story(doc, story)

    write_pdf(out, write)
    return len(cards)


class _CardWriter:
    def __init__(self, card: ReportCard, words: Labels, width: float) -> None:
        self.card, self.words, self.width = card, words, width
        self.lang, self.rtl = words.lang, words.rtl
        self.st = styles(9.5, self.lang)

    def t(self, value: str) -> str:
        return markup_text(value, self.lang)

    def iso(self, value: str) -> str:
        return isolate(value) if self.rtl else value

    def w(self, key: str, **values: object) -> str:
        if self.rtl:
            values = {k: isolate(v) if isinstance(v, str) else v for k, v in values.items()}
        return self.t(self.words(key, **values))

    def p(self, value: str, style: str = "body") -> Flowable:
        return para(value, self.st[style], rtl=self.rtl)

    def row(self, cells: list) -> list:
        return list(reversed(cells)) if self.rtl else cells

    def owner(self, progress: tuple[int, int]) -> PageOwner:
        c = self.card
        right = " · ".join(
            x for x in (self.words("rc_title"), self.iso(c.class_name), self.iso(c.term)) if x
        )
        footer = " · ".join(x for x in (self.iso(c.school), self.words.date(c.on)) if x)
        return PageOwner(
            key=f"{c.student_id}:report-card",
            header_left=c.name,
            header_right=right,
            footer_left=footer,
            lang=self.lang,
            progress=progress,
        )

    def mark_words(self, mark: CardMark) -> str:
        if not mark.mark:
            return self.w("rc_no_mark")
        shown = f"<b>{self.t(mark.mark)}</b>"
        return shown + (f" {TEACHER_SET}" if mark.teacher_set else "")

    def story(self) -> list:
        c, w = self.card, self.w
        colon = "：" if self.words.info.wrap == "cjk" else ":"
        parts: list = [self.p(w("rc_title"), "section"), self.p(self.t(c.name), "name")]
        facts = [
            (self.words("field_class"), c.class_name),
            (self.words("field_term"), c.term),
            (self.words("field_teacher"), c.teacher),
            (self.words("field_school"), c.school),
            (self.words("field_date"), self.words.date(c.on)),
        ]
        parts.append(
            self.p(
                " · ".join(
                    f"{self.t(label)}{colon} {self.t(self.iso(value))}"
                    for label, value in facts
                    if value
                ),
                "muted",
            )
        )
        parts.append(Spacer(1, 6))
        status = (
            w("rc_final", date=self.words.date(c.closed_on)) if c.closed_on else w("rc_in_progress")
        )
        box = Table(
            [
                [self.p(f"{w('rc_term_mark')}{colon} {self.mark_words(c.course)}", "kicker")],
                [self.p(status, "muted")],
            ],
            colWidths=[self.width],
            style=TableStyle(
                [
                    ("BACKGROUND", (0, 0), (-1, -1), FAINT),
                    ("BOX", (0, 0), (-1, -1), 0.8, "#444444"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 10),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 10),
                ]
            ),
        )
        parts += [box, Spacer(1, 6), self.p(w("rc_how"), "muted"), Spacer(1, 6)]
        widths = [self.width * 0.56, self.width * 0.28, self.width * 0.16]
        if self.rtl:
            widths.reverse()
        for comp in c.competencies:
            heading = " ".join(x for x in (comp.code, comp.title) if x)
            rows: list[list] = [
                self.row(
                    [
                        self.p(f"<b>{self.t(heading)}</b>", "cell"),
                        self.p(w("rc_col_level"), "head"),
                        self.p(f"{w('rc_col_mark')}{colon} {self.mark_words(comp.mark)}", "cell"),
                    ]
                )
            ]
            for target in comp.targets:
                what = f"<b>{self.t(target.code)}</b> {self.t(target.statement[:400])}"
                if target.modified:
                    what += f" — <b>{w('rc_modified')}</b>"
                level = self.words.level(target.level_label) if target.level_label else ""
                sign = STATUS_SIGNS.get(target.status, "")
                status = self.words.status(target.status)
                said = self.t(f"{sign} {status}")
                if level and level.casefold() == status.casefold():
                    said = self.t(f"{target.number} {level} {sign}")
                elif level:
                    said = f"{self.t(target.number)} {self.t(level)}<br/>{said}"
                rows.append(
                    self.row(
                        [
                            self.p(what, "cell"),
                            self.p(said, "cell"),
                            self.p(w("rc_modified") if target.modified else "", "cell"),
                        ]
                    )
                )
            table = data_table(rows, widths)
            parts += [KeepTogether([table]), Spacer(1, 8)]
        notes = []
        set_marks = [(c.course, c.class_name)] + [
            (comp.mark, " ".join(x for x in (comp.code, comp.title) if x))
            for comp in c.competencies
        ]
        for mark, what in set_marks:
            if mark.teacher_set:
                notes.append(f"{TEACHER_SET} " + w("rc_teacher_set", what=what, reason=mark.reason))
        modified = [t for comp in c.competencies for t in comp.targets if t.modified]
        if modified:
            notes.append(w("rc_modified_note", name=c.name))
            for target in modified:
                if target.note:
                    notes.append(f"{self.t(target.code)}{colon} {self.t(target.note)}")
        for note in notes:
            parts.append(self.p(note, "small"))
        if c.levels:
            key = " · ".join(
                f"{self.t(number)} {self.t(self.words.level(label))}" for number, label in c.levels
            )
            parts += [Spacer(1, 6), self.p(f"<b>{w('rc_levels')}</b> {key}", "small")]
        return parts
