"""Student-led conference packets, and the one-page "Where am I" sheet (reportlab).

A packet is read by a family, in its language and script, often printed in black and
white, and led by the student in about twenty minutes. Its parts, in the order the
student follows them (the agenda on the cover says so, in words, without numbers that
could be taken for page numbers):

- the cover: who, which class, my goals, and the conference's short agenda;
- where I am: every learning target with its level, where the dark boxes, the number
  and the word always say the same whole level, with the key beside it;
- how I have grown: the targets where my work moved most, one chart each (each piece
  of work a dot, revisions included), with the story in words under each chart;
- my next steps: the few "not yet" steps that matter most (overdue ones marked, with
  room for a new date), what Proficient looks like, and the work still missing;
- habits of work, only when the class tracks them (never mixed with academic levels);
- the work I chose to show, with my reflection;
- for my family: the goal we set today, how we help at home, questions, signatures.

A class's packets go into one PDF, each starting on a new sheet (padded to an even
number of pages, for printing on both sides), numbered on its own, bookmarked.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from functools import lru_cache
from pathlib import Path
from typing import BinaryIO

from reportlab.graphics import renderPDF
from reportlab.graphics.charts.lineplots import LinePlot
from reportlab.graphics.shapes import Circle, Drawing, Group, Rect
from reportlab.graphics.widgets.markers import makeMarker
from reportlab.lib.utils import ImageReader
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    Image,
    KeepInFrame,
    KeepTogether,
    PageBreak,
    Spacer,
    Table,
    TableStyle,
)

from cbe_desktop.core.conference import PacketData, ShowcaseItem, TargetStanding
from cbe_desktop.core.languages import Language
from cbe_desktop.core.scales import Level, ScaleInfo, format_number
from cbe_desktop.core.status import STATUSES, Status
from cbe_desktop.reports.common import (
    BLACK,
    DARK,
    LIGHT,
    MID,
    STATUS_SIGNS,
    WHITE,
    Bookmark,
    Layouts,
    Mark,
    PadToEven,
    PageOwner,
    Ruled,
    base_font,
    boxed,
    build_story,
    data_table,
    draw_shared,
    level_boxes,
    make_doc,
    para,
    styles,
    text,
    write_pdf,
)
from cbe_desktop.reports.labels import HABIT_QUESTION, QUESTIONS, Labels, check_lang
from cbe_desktop.reports.scripts import isolate, label, label_width

Progress = Callable[[int, int, str], None]
Cancelled = Callable[[], bool]

THUMB_WIDTH = 150.0
#: The longest statement shown whole over a growth chart (longer ones are cut with "…":
#: a statement may be 25,000 characters, a chart's cell is half a page).
CHART_TITLE_MAX = 300
#: The longest "I can" printed whole in a table cell (about half a page).
TARGET_WORDS_MAX = 2000
THUMB_HEIGHT = 112.0
CHART_HEIGHT = 132.0
AXIS_SIZE = 8.0  # chart labels: readable on paper, in grey
#: A conference is twenty minutes: the next steps that matter most, not every open one.
MAX_NEXT_STEPS = 3
#: Growth shown as charts: the targets where the work moved most.
MAX_GROWTH_CHARTS = 4
MAX_MISSING_LISTED = 5
#: The agenda: (words, minutes); the sections it names are the packet's own titles.
AGENDA = (
    ("agenda_welcome", None, 2),
    ("agenda_where", "sec_where", 5),
    ("agenda_work", "sec_reflection", 5),
    ("agenda_next", "sec_working", 4),
    ("agenda_goal", None, 4),
)


def build_packet(
    data_list: Sequence[PacketData],
    out: Path | str | BinaryIO,
    *,
    lang: str | None = None,
    pagesize: str = "letter",
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> int:
    """Write the packets of ``data_list`` into one PDF; returns the number of packets.

    ``lang`` None writes each packet in the language its data was gathered for (the
    family's language by default). ``progress(i, n, name)`` is called as each packet
    starts; ``cancelled()`` returning True stops the build (ReportCancelled) and no
    file is left behind. With more than one packet, each is padded to an even number
    of pages (the extra page is for notes), so that each starts on its own sheet.
    """
    if lang is not None:
        check_lang(lang)
    total = len(data_list)
    first = data_list[0] if data_list else None
    languages = Counter(lang or d.lang for d in data_list)
    doc_lang = languages.most_common(1)[0][0] if languages else (lang or Language.EN)

    def write(stream: BinaryIO) -> None:
        layouts = Layouts()
        title_words = Labels(doc_lang)
        title = title_words("kicker")
        if total == 1 and first is not None:
            title = f"{title} — {first.student_name}"
        elif first is not None:
            title = f"{title} — {first.class_name}"
        doc = make_doc(
            stream, pagesize, title=title, author=first.teacher if first else "", lang=doc_lang
        )
        story: list = []
        if not data_list:
            story.append(
                para(text(title_words("sum_no_students"), doc_lang), styles(10.0, doc_lang)["body"])
            )
        for index, data in enumerate(data_list, start=1):
            if index > 1:
                story.append(PageBreak())
            writer = _PacketWriter(data, Labels(lang or data.lang), doc.width, layouts=layouts)
            owner = writer.owner(progress=(index, total))
            mark = Mark(owner, progress=progress, cancelled=cancelled, bookmark=data.student_name)
            story.append(mark)
            story.extend(writer.story())
            if total > 1:
                story.append(PadToEven(doc, mark, writer.notes_page()))
        build_story(doc, story)

    write_pdf(out, write)
    return total


def build_where_am_i(
    data: PacketData,
    out: Path | str | BinaryIO,
    *,
    lang: str | None = None,
    pagesize: str = "letter",
) -> None:
    """One page for the student, whatever the number of targets: every target with its
    level and status, a key, the next steps that matter most, and my goal."""
    if lang is not None:
        check_lang(lang)
    words = Labels(lang or data.lang)

    def write(stream: BinaryIO) -> None:
        doc = make_doc(
            stream,
            pagesize,
            title=f"{words('wai_title')} — {data.student_name}",
            author=data.teacher,
            lang=words.lang,
        )
        writer = _PacketWriter(data, words, doc.width, size=8.5)
        story: list = [
            Mark(writer.owner(), cover=True, bookmark=data.student_name),
            KeepInFrame(doc.width, doc.height - 2, writer.where_am_i(), mode="shrink"),
        ]
        build_story(doc, story)

    write_pdf(out, write)


# ----- one student's packet -------------------------------------------------------------


class _PacketWriter:
    def __init__(
        self,
        data: PacketData,
        words: Labels,
        width: float,
        size: float = 10.0,
        *,
        layouts: Layouts | None = None,
    ) -> None:
        self.data, self.words, self.width = data, words, width
        #: Shared by every packet of one file (see reports.common.Layouts).
        self.layouts = layouts
        self.lang = words.lang
        self.rtl = words.rtl
        self.st = styles(size, self.lang)
        self.size = size
        self.levels = tuple(lv.value for lv in data.scale.levels)
        self.base = base_font(self.lang)

    def owner(self, progress: tuple[int, int] | None = None) -> PageOwner:
        d = self.data
        right = " · ".join(
            x for x in (self.words("kicker"), self.iso(d.class_name), self.iso(d.term)) if x
        )
        left_footer = " · ".join(x for x in (self.iso(d.school), self.words.date(d.on)) if x)
        return PageOwner(
            key=f"{d.student_id}:{d.class_id}",
            header_left=d.student_name,
            header_right=right,
            footer_left=left_footer,
            lang=self.lang,
            progress=progress,
        )

    def story(self) -> list:
        d = self.data
        parts = self.cover()
        parts.append(PageBreak())
        parts += self.where_i_am()
        parts.append(CondPageBreak(3.6 * 72))
        parts += self.growth()
        parts.append(CondPageBreak(2.6 * 72))
        parts += self.next_steps()
        if d.habits_tracked:
            parts.append(CondPageBreak(2.4 * 72))
            parts += self.habits()
        parts.append(CondPageBreak(3.2 * 72))
        parts += self.work_chosen()
        parts.append(CondPageBreak(6.5 * 72))
        parts += self.family()
        return parts

    # --- small pieces ---
    def t(self, words: str) -> str:
        """Words made safe for a paragraph, each script in its font."""
        if self.layouts is not None:
            return self.layouts.text(words, self.lang)
        return text(words, self.lang)

    def tw(self, words: str) -> str:
        """A target's or competency's words in a table cell: longer than a packet can hold
        in one cell (a statement may be 25,000 characters), they are cut with "…", since
        reportlab cannot split one cell across pages. (Feedback and next steps continue.)"""
        if len(words) > TARGET_WORDS_MAX:
            words = words[: TARGET_WORDS_MAX - 1].rstrip() + "…"
        return self.t(words)

    def p(self, words: str, style: str = "body", bullet: str | None = None) -> Flowable:
        flowable = para(words, self.st[style], rtl=self.rtl, layouts=self.layouts)
        if bullet is not None:
            flowable.bulletText = bullet  # type: ignore[attr-defined]
        return flowable

    def w(self, key: str, **values: object) -> str:
        """A catalogue phrase with its blanks filled, made safe for a paragraph. In a
        right-to-left packet each filled-in value keeps its own direction."""
        if self.rtl:
            values = {k: isolate(v) if isinstance(v, str) else v for k, v in values.items()}
        return self.t(self.words(key, **values))

    def labelled(self, key: str, words: str, style: str = "body") -> list[Flowable]:
        """A label and people's words after it ("Why I chose it: ..."): one paragraph, or
        in a right-to-left packet two, so that words in another direction keep theirs."""
        colon = "：" if self.words.info.wrap == "cjk" else ":"
        head = f"<b>{self.w(key)}{colon}</b>"
        if self.rtl:
            return [self.p(head, style), self.p(self.t(words), style)]
        return [self.p(f"{head} {self.t(words)}", style)]

    def iso(self, words: str) -> str:
        """People's words set into a line of the packet's direction, kept whole."""
        return isolate(words) if self.rtl else words

    def row(self, cells: list) -> list:
        """A table row in reading order: right to left in a right-to-left packet."""
        return list(reversed(cells)) if self.rtl else cells

    def widths(self, widths: list[float]) -> list[float]:
        return list(reversed(widths)) if self.rtl else widths

    def table(self, rows: list[list], widths: list[float], *extra: tuple, header: bool = True):  # type: ignore[no-untyped-def]
        return data_table([self.row(r) for r in rows], self.widths(widths), *extra, header=header)

    def section(self, key: str) -> list:
        """A section title in a grey band (it stays with what follows), and its bookmark."""
        band = Table(
            [[self.p(self.w(key), "section")]],
            colWidths=[self.width],
            style=TableStyle(
                [
                    ("BACKGROUND", (0, 0), (-1, -1), LIGHT),
                    ("LINEBELOW", (0, 0), (-1, -1), 1.2, BLACK),
                    ("LEFTPADDING", (0, 0), (-1, -1), 8),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 8),
                    ("TOPPADDING", (0, 0), (-1, -1), 2),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
                ]
            ),
            hAlign="LEFT",
            spaceBefore=14,
            spaceAfter=6,
        )
        band.keepWithNext = True
        mark = Bookmark(self.words(key), level=1)
        mark.keepWithNext = True
        return [mark, band]

    def kind(self, key: str) -> Table:
        return boxed([self.p(self.w(key), "kind")], self.width)

    def shown_level(self, estimate: float | None, scale: ScaleInfo | None = None) -> Level | None:
        """The whole level an estimate has reached: the one the boxes, the number and the
        word all show (an estimate of 2.97 has reached 2, not 3)."""
        return (scale or self.data.scale).level_at(estimate)

    def level_cell(
        self,
        estimate: float | None,
        overridden: bool = False,
        scale: ScaleInfo | None = None,
    ) -> list:
        scale = scale or self.data.scale
        values = tuple(lv.value for lv in scale.levels)
        level = self.shown_level(estimate, scale)
        boxes = level_boxes(values, level.value if level else None)
        if level is None:
            words = "—"  # the status beside it says why (not assessed yet)
        else:
            words = f"{format_number(level.value)} · {self.words.level(level.label)}"
            if overridden:
                words += " *"
        return [_Aligned(boxes, self.rtl), Spacer(1, 2), self.p(self.t(words), "small")]

    def status_cell(self, status: str) -> Flowable:
        sign = STATUS_SIGNS.get(status, "")
        style = "cell_bold" if status in (Status.PROFICIENT, Status.NOT_YET) else "cell"
        return self.p(self.t(f"{sign} {self.words.status(status)}"), style)

    # --- the cover, with the agenda ---
    def cover(self) -> list:
        d, w = self.data, self.words
        parts: list = [
            self.p(self.w("kicker"), "kicker"),
            self.p(self.w("cover_title"), "title"),
            self.p(self.t(d.student_name), "name"),
        ]
        facts = [(w("field_class"), d.class_name)]
        if d.other_classes:
            facts.append((w("field_other_classes"), ", ".join(d.other_classes)))
        facts += [
            (w("field_term"), d.term),
            (w("field_date"), w.date(d.on)),
            (w("field_school"), d.school),
            (w("field_teacher"), d.teacher),
        ]
        rows = [[self.p(self.t(k), "head"), self.p(self.t(v))] for k, v in facts if v]
        parts.append(
            Table(
                [self.row(r) for r in rows],
                colWidths=self.widths([130, self.width - 130]),
                style=TableStyle(
                    [
                        ("VALIGN", (0, 0), (-1, -1), "TOP"),
                        ("LINEBELOW", (0, 0), (-1, -1), 0.4, LIGHT),
                        ("LEFTPADDING", (0, 0), (-1, -1), 0),
                        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                    ]
                ),
                hAlign="LEFT",
            )
        )
        parts += [Spacer(1, 12), self.p(self.w("cover_intro"), "quote"), Spacer(1, 4)]
        goals: list = [self.p(self.w("my_goals"), "subhead")]
        if d.goals:
            goals += [self.p(self.t(g), "bullet", bullet="•") for g in d.goals[:3]]
        else:
            goals.append(self.p(self.w("no_goals")))
        parts.append(boxed(goals, self.width))
        parts.append(Spacer(1, 12))
        parts += self.agenda()
        return parts

    def agenda(self) -> list:
        """The conference's script, in the order of the pages, with the minutes."""
        w = self.words
        rows = []
        for key, section, minutes in AGENDA:
            words = w(key, section=w(section)) if section else w(key)
            rows.append(
                [
                    self.p(self.t("☐"), "cell"),
                    self.p(self.t(words), "cell"),
                    self.p(self.t(w("agenda_minutes", minutes=minutes)), "muted"),
                ]
            )
        return [
            self.p(self.w("agenda_title"), "subhead"),
            self.p(self.w("agenda_intro"), "muted"),
            Spacer(1, 4),
            self.table(rows, [22, self.width - 22 - 70, 70], header=False),
        ]

    # --- where I am ---
    def where_i_am(self, *, compact: bool = False) -> list:
        d, w = self.data, self.words
        parts: list = [] if compact else self.section("sec_where")
        targets = d.targets
        if not targets:
            return [*parts, self.kind("no_targets")]
        parts.append(self.p(self.w("where_intro", levels=len(self.levels))))
        parts.append(Spacer(1, 4))
        if d.has_evidence:
            summary = (
                w("proficient_summary", count=d.proficient_count, total=len(targets))
                if d.proficient_count
                else w("proficient_none_yet", total=len(targets))
            )
            parts.append(self.p(f"<b>{self.t(summary)}</b>"))
        else:
            parts += [Spacer(1, 4), self.kind("no_evidence_kind")]
        parts.append(Spacer(1, 4))
        parts += self.key()
        level_width = max(118.0, len(self.levels) * 17 + 70)
        status_width = 108.0
        widths = [self.width - level_width - status_width, level_width, status_width]
        overridden = False
        for competency in d.competencies:
            title = competency.title or w("other_targets")
            head = [self.p(self.w(k), "head") for k in ("col_i_can", "col_level", "col_status")]
            # The competency's title is the table's first row, repeated with the column
            # heads at the top of every page the table continues on.
            rows: list[list] = [self.row(head)]
            for target in competency.targets:
                overridden = overridden or target.overridden
                rows.append(
                    self.row(
                        [
                            self.p(self.tw(target.i_can), "cell"),
                            self.level_cell(target.estimate, target.overridden),
                            self.status_cell(target.status),
                        ]
                    )
                )
            table = data_table(
                [[self.p(self.tw(title), "cell_bold"), "", ""], *rows],
                self.widths(widths),
                ("SPAN", (0, 0), (-1, 0)),
                ("BACKGROUND", (0, 0), (-1, 0), WHITE),
                ("BACKGROUND", (0, 1), (-1, 1), LIGHT),
                ("LINEBELOW", (0, 1), (-1, 1), 0.9, DARK),
            )
            table.repeatRows = 2
            parts.append(Spacer(1, 8))
            parts.append(CondPageBreak(110))
            parts.append(table)
        if overridden:
            parts.append(Spacer(1, 4))
            parts.append(self.p(self.w("teacher_decided"), "muted"))
        return parts

    def key(self) -> list:
        """What the levels and the status words mean, beside the table that uses them."""
        w = self.words
        scale_rows = [
            [
                _Aligned(level_boxes(self.levels, lv.value), self.rtl),
                self.p(
                    f"<b>{self.t(f'{format_number(lv.value)} · {w.level(lv.label)}')}</b>", "cell"
                ),
                self.p(self.t(w.level_plain(lv.label, lv.description)), "cell"),
            ]
            for lv in self.data.scale.levels
        ]
        box_width = len(self.levels) * 17 + 12
        status_rows = [
            [self.status_cell(status), self.p(self.t(w.explain_status(status)), "cell")]
            for status in STATUSES
        ]
        return [
            KeepTogether(
                [
                    self.p(self.w("levels_title"), "subhead"),
                    self.table(
                        scale_rows, [box_width, 118, self.width - box_width - 118], header=False
                    ),
                ]
            ),
            KeepTogether(
                [
                    self.p(self.w("statuses_title"), "subhead"),
                    self.table(status_rows, [150, self.width - 150], header=False),
                ]
            ),
        ]

    # --- how I have grown ---
    def growth(self) -> list:
        d, w = self.data, self.words
        parts: list = self.section("sec_growth")
        moved = [t for t in d.targets if len(t.history) >= 2]
        if not moved:
            return [*parts, self.kind("growth_none" if d.has_evidence else "no_evidence_kind")]
        moved.sort(key=lambda t: (-t.grew, -any(a.revision for a in t.history), -len(t.history)))
        chosen = moved[:MAX_GROWTH_CHARTS]
        goal = d.scale.level_at(d.scale.proficient_value)
        goal_words = (
            f"{format_number(goal.value)} · {w.level(goal.label)}"
            if goal
            else w("status_proficient")
        )
        parts.append(self.p(self.w("growth_intro", goal=goal_words)))
        parts.append(Spacer(1, 6))
        gap = 12
        chart_width = (self.width - gap) / 2
        cells = [self._chart_cell(t, chart_width) for t in chosen]
        if len(cells) % 2:
            cells.append("")
        rows = [self.row(cells[i : i + 2]) for i in range(0, len(cells), 2)]
        parts.append(
            Table(
                rows,
                colWidths=[chart_width + gap / 2, chart_width + gap / 2],
                splitByRow=1,
                style=TableStyle(
                    [
                        ("VALIGN", (0, 0), (-1, -1), "TOP"),
                        ("LEFTPADDING", (0, 0), (-1, -1), 0),
                        ("RIGHTPADDING", (0, 0), (-1, -1), gap / 2),
                        ("BOTTOMPADDING", (0, 0), (-1, -1), 10),
                    ]
                ),
                hAlign="LEFT",
            )
        )
        return parts

    def growth_story(self, target: TargetStanding) -> str:
        """The chart in words (its text alternative): where the work started, where it is."""
        w = self.words
        first, last = target.history[0], target.history[-1]

        def named(value: float) -> str:
            level = self.data.scale.level_at(value)
            return (
                self.iso(f"{format_number(level.value)} · {w.level(level.label)}") if level else ""
            )

        key = "growth_story_revised" if any(a.revision for a in target.history) else "growth_story"
        return w(
            key,
            target=self.iso(target.code),
            first=named(first.level),
            first_day=w.date(first.produced_on, short=True),
            last=named(last.level),
            last_day=w.date(last.produced_on, short=True),
        )

    def _chart_cell(self, target: TargetStanding, width: float) -> list:
        words = target.i_can
        if len(words) > CHART_TITLE_MAX:  # a heading over a half-width chart, not a page
            words = words[: CHART_TITLE_MAX - 1].rstrip() + "…"
        return [
            self.p(f"<b>{self.t(self.iso(target.code))}</b> {self.t(self.iso(words))}", "cell"),
            Spacer(1, 3),
            growth_chart(target, self.data.scale, self.words, width),
            Spacer(1, 2),
            self.p(self.t(self.growth_story(target)), "muted"),
        ]

    def _proficient_plain(self) -> str:
        goal = self.data.scale.level_at(self.data.scale.proficient_value)
        return self.words.level_plain(goal.label, goal.description) if goal else ""

    # --- my next steps ---
    def next_steps(self) -> list:
        d, w = self.data, self.words
        parts: list = self.section("sec_working")
        steps = d.next_steps
        if not steps:
            parts.append(self.kind("working_none"))
        else:
            parts.append(self.p(self.w("working_intro")))
            parts.append(Spacer(1, 6))
            rows: list[list] = [
                [
                    self.p(self.w(k), "head")
                    for k in ("col_i_can", "col_next_step", "col_support", "col_due")
                ]
            ]
            for item in steps[:MAX_NEXT_STEPS]:
                step: list = [self.p(self.t(item.next_step), "cell")]
                looks = item.looks_like or self._proficient_plain()
                if looks:
                    step.append(Spacer(1, 3))
                    step += self.labelled("proficient_looks_like", looks, "muted")
                due: list = [self.p(self.t(w.date(item.due_on, short=True) or "—"), "cell")]
                if item.overdue:
                    due = [
                        self.p(self.w("overdue", day=w.date(item.due_on, short=True)), "cell_bold"),
                        Spacer(1, 4),
                        self.p(self.w("new_date"), "small"),
                        Ruled(80, 1, gap=16),
                    ]
                rows.append(
                    [
                        self.p(self.tw(item.i_can), "cell"),
                        step,
                        self.p(self.t(w.support(item.support)), "cell"),
                        due,
                    ]
                )
            fixed = 96 + 96
            rest = self.width - fixed
            parts.append(self.table(rows, [rest * 0.4, rest * 0.6, 96, 96]))
            if len(steps) > MAX_NEXT_STEPS:
                parts.append(Spacer(1, 4))
                parts.append(self.p(self.w("more_not_yet", count=len(steps)), "muted"))
        if d.missing:
            listed = [
                self.p(
                    self.t(f"{m.title} ({w.date(m.due_on, short=True)})" if m.due_on else m.title),
                    "bullet",
                    bullet="•",
                )
                for m in d.missing[:MAX_MISSING_LISTED]
            ]
            if len(d.missing) > MAX_MISSING_LISTED:
                listed.append(
                    self.p(self.w("missing_more", count=len(d.missing) - MAX_MISSING_LISTED))
                )
            parts.append(
                KeepTogether(
                    [
                        self.p(self.w("missing_title"), "subhead"),
                        self.p(f"<b>{self.w('missing_count', count=len(d.missing))}</b>"),
                        *listed,
                    ]
                )
            )
        return parts

    # --- habits of work (only when the class tracks them) ---
    def habits(self) -> list:
        d, w = self.data, self.words
        if not d.habits or d.habits_scale is None:
            return []
        scale = d.habits_scale
        values = tuple(lv.value for lv in scale.levels)
        level_width = max(130.0, len(values) * 17 + 80)
        rows: list[list] = [
            [self.p(self.w("col_habit"), "head"), self.p(self.w("col_how_often"), "head")]
        ]
        for habit in d.habits:
            words = f"<b>{self.tw(habit.title)}</b>"
            if habit.i_can:
                words += f"<br/>{self.tw(habit.i_can)}"
            if habit.estimate is None:
                level: list | Flowable = [
                    _Aligned(level_boxes(values, None), self.rtl),
                    Spacer(1, 2),
                    self.p(self.w("status_no_evidence"), "small"),
                ]
            else:
                level = self.level_cell(habit.estimate, scale=scale)
            rows.append([self.p(words, "cell"), level])
        table = self.table(rows, [self.width - level_width, level_width])
        scale_rows = [
            [
                _Aligned(level_boxes(values, lv.value), self.rtl),
                self.p(f"<b>{self.t(w.level(lv.label))}</b>", "cell"),
                self.p(self.t(w.level_plain(lv.label, lv.description)), "cell"),
            ]
            for lv in scale.levels
        ]
        box_width = len(values) * 17 + 12
        return [
            KeepTogether(
                [*self.section("sec_habits"), self.p(self.w("habits_intro")), Spacer(1, 6), table]
            ),
            KeepTogether(
                [
                    self.p(self.w("habits_scale_title"), "subhead"),
                    self.table(
                        scale_rows, [box_width, 110, self.width - box_width - 110], header=False
                    ),
                ]
            ),
        ]

    # --- the work I chose to show, and my reflection ---
    def work_chosen(self) -> list:
        d = self.data
        parts: list = self.section("sec_reflection")
        if not d.showcase:
            parts.append(self.kind("no_showcase"))
        for item in d.showcase:
            parts += self._showcase_item(item)
        reflection: list = [self.p(self.w("my_reflection"), "subhead")]
        if d.reflections:
            reflection += [self.p(f"“{self.t(r)}”", "quote") for r in d.reflections[:2]]
        else:
            reflection.append(self.p(self.w("no_reflection")))
        parts.append(KeepTogether(reflection))
        return parts

    def _showcase_item(self, item: ShowcaseItem) -> list:
        """One chosen piece of work, kept whole on one page: photo, facts, why, feedback."""
        w = self.words
        facts: list = []
        if item.task_title:
            facts.append(self.p(f"<b>{self.t(item.task_title)}</b>"))
        if item.produced_on:
            facts.append(self.p(self.w("done_on", day=w.date(item.produced_on)), "muted"))
        if item.i_can:
            facts.append(self.p(self.tw(item.i_can), "cell"))
        if item.level is not None:
            facts.append(Spacer(1, 3))
            facts += self.level_cell(item.level)
        if item.other_files:
            facts.append(
                self.p(self.w("also_attached", names=", ".join(item.other_files)), "muted")
            )
        picture = _thumbnail(item.image_path) if item.image_path else None
        if item.image_path and picture is None:
            facts.append(self.p(self.w("photo_missing"), "muted"))
        if picture is not None:
            top: list = [
                Table(
                    [self.row([picture, facts])],
                    colWidths=self.widths([THUMB_WIDTH + 12, self.width - THUMB_WIDTH - 12]),
                    style=TableStyle(
                        [
                            ("VALIGN", (0, 0), (-1, -1), "TOP"),
                            ("LEFTPADDING", (0, 0), (-1, -1), 0),
                            ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                        ]
                    ),
                    hAlign="LEFT",
                )
            ]
        else:
            top = facts
        said: list = []
        if item.note:
            said += self.labelled("why_i_chose", item.note)
        if item.feedback:
            said += self.labelled("teacher_feedback", item.feedback)
        whole = [Spacer(1, 6), *top, Spacer(1, 3), *said, Spacer(1, 8)]
        return [KeepTogether(whole)]

    # --- for my family ---
    def family(self) -> list:
        d = self.data
        parts: list = [*self.section("sec_family"), self.p(self.w("family_intro"))]
        half = (self.width - 14) / 2

        def write_in(key: str) -> Table:
            return boxed(
                [self.p(self.w(key), "subhead_loose"), Spacer(1, 6), Ruled(half - 20, 4, gap=20)],
                half,
                background=WHITE,
            )

        parts.append(Spacer(1, 8))
        parts.append(
            Table(
                [self.row([write_in("goal_today"), "", write_in("help_at_home")])],
                colWidths=[half, 14, half],
                style=TableStyle(
                    [
                        ("LEFTPADDING", (0, 0), (-1, -1), 0),
                        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                        ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ]
                ),
                hAlign="LEFT",
            )
        )
        keys = QUESTIONS + ((HABIT_QUESTION,) if d.habits_tracked else ())
        questions: list = [self.p(self.w("questions_title"), "subhead")]
        questions += [self.p(self.w(key), "bullet", bullet="•") for key in keys]
        parts.append(KeepTogether(questions))
        parts.append(
            KeepTogether(
                [
                    self.p(self.w("comments_family"), "subhead"),
                    Ruled(self.width, 3, gap=20),
                ]
            )
        )
        gap = 14.0
        slot = (self.width - 3 * gap) / 3.6
        sign_keys = ("sign_student", "sign_family", "sign_teacher", "sign_date")
        names = [self.p(self.w(sign_keys[i // 2]), "small") if i % 2 == 0 else "" for i in range(7)]
        columns = [slot, gap, slot, gap, slot, gap, slot * 0.6]
        line_columns = (0, 2, 4, 6)
        if self.rtl:
            names = list(reversed(names))
            columns = list(reversed(columns))
            line_columns = tuple(6 - i for i in line_columns)
        signatures = Table(
            [["", "", "", "", "", "", ""], names],
            colWidths=columns,
            rowHeights=[30, None],
            style=TableStyle(
                [("LINEBELOW", (i, 0), (i, 0), 0.8, BLACK) for i in line_columns]
                + [
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ]
            ),
            hAlign="LEFT",
        )
        parts.append(KeepTogether([self.p(self.w("signatures_title"), "subhead"), signatures]))
        return parts

    def notes_page(self) -> list:
        """The page that evens out a packet in a class's file: room for notes."""
        return [
            self.p(self.w("comments_family"), "subhead"),
            Ruled(self.width, 24, gap=24),
        ]

    # --- the one-page "Where am I" sheet ---
    def where_am_i(self) -> list:
        d, w = self.data, self.words
        parts: list = [
            self.p(self.w("wai_title"), "section"),
            self.p(
                f"<b>{self.t(self.iso(d.student_name))}</b> · {self.t(self.iso(d.class_name))}"
                f" · {self.t(w.date(d.on))}"
            ),
            Spacer(1, 4),
        ]
        targets = d.targets
        if not targets:
            return [*parts, self.kind("no_targets")]
        goal = d.scale.level_at(d.scale.proficient_value)
        goal_words = f"{format_number(goal.value)} · {w.level(goal.label)}" if goal else ""
        signs = "   ".join(f"{STATUS_SIGNS[s]} {w.status(s)}" for s in STATUSES)
        parts.append(
            boxed(
                [
                    self.p(f"<b>{self.w('wai_key')}</b>", "small"),
                    self.p(self.w("wai_key_boxes", goal=goal_words), "small"),
                    self.p(self.t(signs), "small"),
                ],
                self.width,
                padding=6,
            )
        )
        parts.append(Spacer(1, 6))
        # Two columns of targets when there are many: each row a code, the "I can", the
        # boxes with the level, and the status sign.
        columns = 2 if len(targets) > 14 else 1
        gap = 10.0
        column_width = (self.width - gap * (columns - 1)) / columns
        box_width = len(self.levels) * 13 + 8
        sign_width = 16.0
        text_width = column_width - box_width - sign_width - 58
        cells = []
        for target in targets:
            level = self.shown_level(target.estimate)
            level_words = f"{format_number(level.value)} {w.level(level.label)}" if level else "—"
            cells.append(
                self.row(
                    [
                        self.p(f"<b>{self.t(target.code)}</b>", "small"),
                        self.p(self.tw(target.i_can), "small"),
                        [
                            _Aligned(
                                level_boxes(self.levels, level.value if level else None, 11),
                                self.rtl,
                            ),
                            self.p(self.t(level_words), "small"),
                        ],
                        self.p(self.t(STATUS_SIGNS.get(target.status, "")), "small"),
                    ]
                )
            )
        per_column = -(-len(cells) // columns)
        chunks = [cells[i : i + per_column] for i in range(0, len(cells), per_column)]
        widths = self.widths([58, text_width, box_width, sign_width])
        tables = [
            Table(
                chunk,
                colWidths=widths,
                style=TableStyle(
                    [
                        ("VALIGN", (0, 0), (-1, -1), "TOP"),
                        ("LEFTPADDING", (0, 0), (-1, -1), 2),
                        ("RIGHTPADDING", (0, 0), (-1, -1), 2),
                        ("TOPPADDING", (0, 0), (-1, -1), 2),
                        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
                        ("LINEBELOW", (0, 0), (-1, -1), 0.3, LIGHT),
                    ]
                ),
                hAlign="LEFT",
            )
            for chunk in chunks
        ]
        if columns == 1:
            parts.append(tables[0])
        else:
            while len(tables) < columns:
                tables.append("")  # type: ignore[arg-type]
            layout = self.row([tables[0], "", tables[1]])
            parts.append(
                Table(
                    [layout],
                    colWidths=[column_width, gap, column_width],
                    style=TableStyle(
                        [
                            ("VALIGN", (0, 0), (-1, -1), "TOP"),
                            ("LEFTPADDING", (0, 0), (-1, -1), 0),
                            ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                        ]
                    ),
                    hAlign="LEFT",
                )
            )
        if d.next_steps:
            parts.append(self.p(self.w("wai_next_steps"), "subhead"))
            for item in d.next_steps[:MAX_NEXT_STEPS]:
                due = ""
                if item.overdue:
                    due = f" — <b>{self.w('overdue', day=w.date(item.due_on, short=True))}</b>"
                elif item.due_on:
                    due = f" — {self.t(w('col_due'))}: {self.t(w.date(item.due_on, short=True))}"
                parts.append(
                    self.p(
                        f"<b>{self.tw(item.i_can)}</b> — {self.t(item.next_step)}{due}",
                        "bullet",
                        bullet="•",
                    )
                )
        if d.goals:
            parts.append(self.p(self.w("wai_goal"), "subhead"))
            parts.append(self.p(f"“{self.t(d.goals[0])}”", "quote"))
        return parts


class _Aligned(Flowable):
    """A drawing placed at the start of its cell: on the right in a right-to-left packet."""

    def __init__(self, drawing: Drawing, rtl: bool) -> None:
        super().__init__()
        self.drawing, self.rtl = drawing, rtl
        self._available = drawing.width

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self._available = available_width
        return available_width, self.drawing.height

    def draw(self) -> None:
        x = self._available - self.drawing.width if self.rtl else 0
        draw_shared(self.canv, self.drawing, x, 0)


# ----- pictures and charts -------------------------------------------------------------


def _thumbnail(path: Path | None) -> Image | None:
    """The photo of the work, scaled to fit the thumbnail box (None if it cannot be read)."""
    if path is None or not Path(path).is_file():
        return None
    try:
        width, height = ImageReader(str(path)).getSize()
    except Exception:  # a damaged or unknown picture: say so in words instead
        return None
    if not width or not height:
        return None
    scale = min(THUMB_WIDTH / width, THUMB_HEIGHT / height, 3.0)  # a tiny picture stays small
    picture = Image(str(path), width=width * scale, height=height * scale)
    picture.hAlign = "LEFT"
    return picture


class _GrowthChart(Drawing):
    """A growth chart: what every chart of the same scale, language and size shares (the
    frame, the levels' grid, axis and names: ``backdrop``) is written once into the PDF and
    placed under each chart (see ``draw_shared``); the work itself is drawn on top."""

    backdrop: Drawing

    def draw(self, showBoundary: object = None) -> None:  # (reportlab calls it so)
        # the backdrop has a margin of BACKDROP_MARGIN all round: the frame's line is on
        # the chart's edge, and a form shows nothing outside its own box
        draw_shared(self.canv, self.backdrop, -BACKDROP_MARGIN, -BACKDROP_MARGIN)
        renderPDF.draw(self, self.canv, 0, 0)


#: Room around a chart's shared backdrop for the half of its frame's line outside the chart.
BACKDROP_MARGIN = 2.0


@lru_cache(maxsize=32)
def _chart_frame(
    levels: tuple[tuple[float, str], ...], lang: str, width: float, height: float
) -> tuple[Drawing, tuple[float, float, float, float, float, float]]:
    """The part of a growth chart that is the same for every student (the frame, the grid
    and the axis of the levels, with their names), as a drawing made once, and the plot's
    place: (left, bottom, plot width, plot height, lowest, highest level)."""
    words = Labels(lang)
    low = levels[0][0] if levels else 1.0
    high = levels[-1][0] if levels else 4.0
    rtl = words.rtl
    base = base_font(lang)
    names = [f"{format_number(value)} {words.level(name)}" for value, name in levels]
    left = min(
        max((label_width(n, AXIS_SIZE, base=base) for n in names), default=30) + 8, width * 0.42
    )
    bottom = 20.0
    plot_width, plot_height = width - left - 12, height - bottom - 8
    drawing = Drawing(width + 2 * BACKDROP_MARGIN, height + 2 * BACKDROP_MARGIN)
    frame = Group(transform=(1, 0, 0, 1, BACKDROP_MARGIN, BACKDROP_MARGIN))
    drawing.add(frame)
    frame.add(Rect(0, 0, width, height, fillColor=WHITE, strokeColor=LIGHT, strokeWidth=0.6))
    plot = _plot(left, bottom, plot_width, plot_height, low, high, levels)
    plot.data = [[(1, low), (2, low)]]
    plot.lines[0].strokeColor = None  # a line the axes need to be laid out, never drawn
    plot.lines[0].symbol = None
    plot.xValueAxis.visible = False
    frame.add(plot)
    span = (high + 0.35) - (low - 0.35)
    for (value, _name), name in zip(levels, names, strict=True):
        y = bottom + (value - (low - 0.35)) / span * plot_height - AXIS_SIZE * 0.35
        frame.add(
            label(left - 5, y, name, AXIS_SIZE, anchor="end", colour=DARK, rtl=rtl, base=base)
        )
    return drawing, (left, bottom, plot_width, plot_height, low, high)


def _plot(
    left: float,
    bottom: float,
    plot_width: float,
    plot_height: float,
    low: float,
    high: float,
    levels: tuple[tuple[float, str], ...],
) -> LinePlot:
    """reportlab's LinePlot over the levels: the grid and axis of the levels in grey."""
    plot = LinePlot()
    plot.x, plot.y, plot.width, plot.height = left, bottom, plot_width, plot_height
    y_axis = plot.yValueAxis
    y_axis.valueMin, y_axis.valueMax = low - 0.35, high + 0.35
    y_axis.valueSteps = [value for value, _name in levels] or [low, high]
    y_axis.visibleLabels = False  # the levels are named beside the axis (the frame's)
    y_axis.visibleGrid = True
    y_axis.gridStrokeColor, y_axis.gridStrokeWidth = LIGHT, 0.5
    y_axis.strokeColor = MID
    return plot


def growth_chart(
    target: TargetStanding,
    scale: ScaleInfo,
    words: Labels,
    width: float,
    height: float = CHART_HEIGHT,
) -> Drawing:
    """One target's work, piece by piece (reportlab's LinePlot): each dot a scored piece
    of work in the order it was done (a revision among them), the goal dashed. The y
    axis names the levels (number and word), the x axis the dates, in 8 pt; black on
    white. The story under the chart says the same in words (its text alternative).

    The frame, the levels' grid, axis and names are the ``backdrop`` every chart of the
    class shares (written once into the file); the returned drawing holds the rest."""
    levels = tuple((lv.value, lv.label) for lv in scale.levels)
    backdrop, (left, bottom, plot_width, plot_height, low, high) = _chart_frame(
        levels, words.lang, width, height
    )
    drawing = _GrowthChart(width, height)
    drawing.backdrop = backdrop
    rtl = words.rtl
    base = base_font(words.lang)
    attempts = target.history
    n = len(attempts)
    plot = _plot(left, bottom, plot_width, plot_height, low, high, levels)
    goal = scale.proficient_value
    x_low, x_high = 0.6, n + 0.4
    plot.data = [
        [(i + 1, a.level) for i, a in enumerate(attempts)],
        [(x_low, goal), (x_high, goal)],
    ]
    line = plot.lines[0]
    line.strokeColor, line.strokeWidth = BLACK, 1.6
    line.symbol = makeMarker("FilledCircle", size=5, fillColor=BLACK, strokeColor=BLACK)
    dashed = plot.lines[1]
    dashed.strokeColor, dashed.strokeWidth, dashed.strokeDashArray = MID, 1.0, (3, 2)
    dashed.symbol = None
    plot.yValueAxis.visible = False  # drawn in the backdrop
    plot.yValueAxis.visibleGrid = False
    x_axis = plot.xValueAxis
    x_axis.valueMin, x_axis.valueMax = x_low, x_high
    x_axis.valueSteps = list(range(1, n + 1))
    x_axis.visibleLabels = False  # the dates are written under the dots, below
    x_axis.strokeColor = MID
    drawing.add(plot)
    span = (high + 0.35) - (low - 0.35)
    # dates under the dots: every one when they fit, else the first, the last and some between
    step = max(1, -(-n * 34 // max(plot_width, 1)))
    shown = set(range(0, n, int(step))) | {n - 1}
    for i, attempt in enumerate(attempts):
        x = left + (i + 1 - x_low) / (x_high - x_low) * plot_width
        if attempt.revision:  # a revision: a ring around its dot
            y = bottom + (attempt.level - (low - 0.35)) / span * plot_height
            drawing.add(Circle(x, y, 5.5, fillColor=None, strokeColor=BLACK, strokeWidth=0.8))
        if i in shown:
            drawing.add(
                label(
                    x, 6, words.date(attempt.produced_on, short=True), AXIS_SIZE,
                    anchor="middle", colour=DARK, rtl=rtl, base=base,
                )
            )  # fmt: skip
    return drawing
