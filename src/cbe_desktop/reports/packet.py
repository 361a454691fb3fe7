"""Student-led conference packets, and the one-page "Where am I" sheet (reportlab).

A packet speaks in the student's voice and is read by a family, often printed in black
and white. Its sections: 1 cover with my goals, 2 where I am, 3 my growth, 4 what I am
working on, 5 habits of work (never mixed with academic levels), 6 my reflection and
the work I chose to show, 7 for my family. A class's packets go into one PDF, each
starting on a new page and numbered on its own ("Page 2 of 5").
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import BinaryIO

from reportlab.graphics.charts.lineplots import LinePlot
from reportlab.graphics.shapes import Drawing, Rect, String
from reportlab.graphics.widgets.markers import makeMarker
from reportlab.lib.utils import ImageReader
from reportlab.platypus import (
    CondPageBreak,
    Image,
    KeepTogether,
    PageBreak,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from cbe_desktop.core.conference import CompetencyStanding, PacketData, ShowcaseItem
from cbe_desktop.core.scales import ScaleInfo, format_number
from cbe_desktop.reports.common import (
    BLACK,
    DARK,
    FONT,
    LIGHT,
    MID,
    STATUS_SIGNS,
    WHITE,
    Mark,
    PageOwner,
    Ruled,
    boxed,
    build_story,
    data_table,
    level_boxes,
    make_doc,
    styles,
    text,
    write_pdf,
)
from cbe_desktop.reports.labels import QUESTIONS, STATUSES, Labels, check_lang

Progress = Callable[[int, int, str], None]
Cancelled = Callable[[], bool]

THUMB_WIDTH = 170.0
#: The longest competency statement shown whole over its growth chart (longer ones are
#: cut with "…": a statement may be 10,000 characters, a chart's cell is half a page).
CHART_TITLE_MAX = 300
THUMB_HEIGHT = 130.0
CHART_HEIGHT = 138.0


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
    file is left behind.
    """
    if lang is not None:
        check_lang(lang)
    total = len(data_list)
    first = data_list[0] if data_list else None

    def write(stream: BinaryIO) -> None:
        title_words = Labels(lang or (first.lang if first else "en"))
        title = title_words("kicker")
        if total == 1 and first is not None:
            title = f"{title} — {first.student_name}"
        elif first is not None:
            title = f"{title} — {first.class_name}"
        doc = make_doc(stream, pagesize, title=title, author=first.teacher if first else "")
        story: list = []
        if not data_list:
            story.append(Paragraph(text(title_words("sum_no_students")), styles()["body"]))
        for index, data in enumerate(data_list, start=1):
            if index > 1:
                story.append(PageBreak())
            writer = _PacketWriter(data, Labels(lang or data.lang), doc.width)
            owner = writer.owner(progress=(index, total))
            story.append(Mark(owner, progress=progress, cancelled=cancelled))
            story.extend(writer.story())
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
    """One page for the student: every target with its level and status, next steps, goal."""
    if lang is not None:
        check_lang(lang)
    words = Labels(lang or data.lang)

    def write(stream: BinaryIO) -> None:
        doc = make_doc(
            stream,
            pagesize,
            title=f"{words('wai_title')} — {data.student_name}",
            author=data.teacher,
        )
        writer = _PacketWriter(data, words, doc.width, size=8.5)
        story: list = [Mark(writer.owner(), cover=True)]
        story.extend(writer.where_am_i())
        build_story(doc, story)

    write_pdf(out, write)


# ----- one student's packet -------------------------------------------------------------


class _PacketWriter:
    def __init__(self, data: PacketData, words: Labels, width: float, size: float = 10.0) -> None:
        self.data, self.words, self.width = data, words, width
        self.st = styles(size)
        self.size = size
        self.levels = tuple(lv.value for lv in data.scale.levels)

    def owner(self, progress: tuple[int, int] | None = None) -> PageOwner:
        d = self.data
        right = " · ".join(x for x in (self.words("kicker"), d.class_name, d.term) if x)
        left_footer = " · ".join(x for x in (d.school, self.words.date(d.on)) if x)
        return PageOwner(
            key=f"{d.student_id}:{d.class_id}",
            header_left=d.student_name,
            header_right=right,
            footer_left=left_footer,
            lang=self.words.lang,
            progress=progress,
        )

    def story(self) -> list:
        parts = self.cover()
        parts.append(PageBreak())
        parts += self.where_i_am()
        parts.append(CondPageBreak(3.4 * 72))
        parts += self.growth()
        parts.append(CondPageBreak(2.2 * 72))
        parts += self.working_on()
        parts.append(CondPageBreak(2.4 * 72))
        parts += self.habits()
        parts.append(CondPageBreak(3.0 * 72))
        parts += self.reflection()
        parts.append(PageBreak())
        parts += self.family()
        return parts

    # --- small pieces ---
    def p(self, words: str, style: str = "body") -> Paragraph:
        return Paragraph(words, self.st[style])

    def section(self, key: str) -> Table:
        """A section title in a grey band (it stays with what follows)."""
        band = Table(
            [[self.p(text(self.words(key)), "section")]],
            colWidths=[self.width],
            style=TableStyle(
                [
                    ("BACKGROUND", (0, 0), (-1, -1), LIGHT),
                    ("LINEBELOW", (0, 0), (-1, -1), 1.2, BLACK),
                    ("LEFTPADDING", (0, 0), (-1, -1), 8),
                    ("TOPPADDING", (0, 0), (-1, -1), 2),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
                ]
            ),
            hAlign="LEFT",
            spaceBefore=16,
            spaceAfter=6,
        )
        band.keepWithNext = True
        return band

    def kind(self, key: str) -> Table:
        return boxed([self.p(text(self.words(key)), "kind")], self.width)

    def level_cell(
        self, estimate: float | None, label: str, overridden: bool = False, values=None
    ) -> list:
        values = values if values is not None else self.levels
        boxes = level_boxes(values, estimate)
        if estimate is None:
            words = "—"  # the status beside it says why (not assessed yet, or not yet)
        else:
            words = f"{format_number(estimate)} · {self.words.level(label)}".strip(" ·")
            if overridden:
                words += " *"
        return [boxes, Spacer(1, 2), self.p(text(words), "small")]

    def status_cell(self, status: str) -> Paragraph:
        sign = STATUS_SIGNS.get(status, "")
        style = "cell_bold" if status in ("proficient", "not_yet") else "cell"
        return self.p(f"{sign} {text(self.words.status(status))}", style)

    # --- 1 cover ---
    def cover(self) -> list:
        d, w = self.data, self.words
        parts: list = [
            self.p(text(w("kicker")), "kicker"),
            self.p(text(w("cover_title")), "title"),
            self.p(text(d.student_name), "name"),
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
        rows = [[self.p(text(k), "head"), self.p(text(v))] for k, v in facts if v]
        parts.append(
            Table(
                rows,
                colWidths=[130, self.width - 130],
                style=TableStyle(
                    [
                        ("VALIGN", (0, 0), (-1, -1), "TOP"),
                        ("LINEBELOW", (0, 0), (-1, -1), 0.4, LIGHT),
                        ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ]
                ),
                hAlign="LEFT",
            )
        )
        parts += [Spacer(1, 14), self.p(text(w("cover_intro")), "quote"), Spacer(1, 6)]
        goals: list = [self.p(text(w("my_goals")), "subhead")]
        if d.goals:
            goals += [self.p(text(g), "bullet") for g in d.goals]
            for g in goals[1:]:
                g.bulletText = "•"
        else:
            goals.append(self.p(text(w("no_goals"))))
        parts.append(boxed(goals, self.width))
        parts.append(Spacer(1, 16))
        parts.append(self.p(text(w("in_these_pages")), "subhead"))
        for n, key in enumerate(
            (
                "sec_where",
                "sec_growth",
                "sec_working",
                "sec_habits",
                "sec_reflection",
                "sec_family",
            ),
            start=2,
        ):
            item = self.p(text(w(key)), "bullet")
            item.bulletText = f"{n}."
            parts.append(item)
        return parts

    # --- 2 where I am ---
    def where_i_am(self, *, compact: bool = False) -> list:
        d, w = self.data, self.words
        parts: list = [] if compact else [self.section("sec_where")]
        targets = d.targets
        if not targets:
            return [*parts, self.kind("no_targets")]
        if not compact:
            parts.append(self.p(text(w("where_intro", levels=len(self.levels)))))
            parts.append(Spacer(1, 4))
        if d.has_evidence:
            summary = (
                w("proficient_summary", count=d.proficient_count, total=len(targets))
                if d.proficient_count
                else w("proficient_none_yet", total=len(targets))
            )
            parts.append(self.p(f"<b>{text(summary)}</b>"))
        else:
            parts += [Spacer(1, 4), self.kind("no_evidence_kind")]
        level_width = max(118.0, len(self.levels) * 17 + 60)
        status_width = 104.0
        widths = [self.width - level_width - status_width, level_width, status_width]
        overridden = False
        for competency in d.competencies:
            title = competency.title or w("other_targets")
            rows: list[list] = [
                [
                    self.p(text(w("col_i_can")), "head"),
                    self.p(text(w("col_level")), "head"),
                    self.p(text(w("col_status")), "head"),
                ]
            ]
            for t in competency.targets:
                overridden = overridden or t.overridden
                rows.append(
                    [
                        self.p(text(t.i_can), "cell"),
                        self.level_cell(t.estimate, t.level_label, t.overridden),
                        self.status_cell(t.status),
                    ]
                )
            # The heading goes to a new page with at least the table's first rows; a long
            # table then splits under its repeated header row.
            parts.append(CondPageBreak(120))
            parts.append(self.p(text(title), "subhead_loose"))
            parts.append(data_table(rows, widths))
        if overridden:
            parts.append(Spacer(1, 4))
            parts.append(self.p(text(w("teacher_decided")), "muted"))
        return parts

    # --- 3 my growth ---
    def growth(self) -> list:
        d, w = self.data, self.words
        parts: list = [self.section("sec_growth")]
        if not d.competencies:
            return [*parts, self.kind("no_targets")]
        if not d.has_evidence or not d.weeks:
            return [*parts, self.kind("no_evidence_kind")]
        goal = d.scale.level_at(d.scale.proficient_value)
        goal_words = (
            f"{format_number(goal.value)} · {w.level(goal.label)}"
            if goal
            else w("status_proficient")
        )
        parts.append(self.p(text(w("growth_intro", goal=goal_words))))
        parts.append(Spacer(1, 6))
        gap = 12
        chart_width = (self.width - gap) / 2
        cells = [self._chart_cell(c, chart_width) for c in d.competencies]
        if len(cells) % 2:
            cells.append("")
        rows = [cells[i : i + 2] for i in range(0, len(cells), 2)]
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

    def _chart_cell(self, competency: CompetencyStanding, width: float) -> list:
        title = competency.title or self.words("other_targets")
        if len(title) > CHART_TITLE_MAX:  # a heading over a half-width chart, not a page
            title = title[: CHART_TITLE_MAX - 1].rstrip() + "…"
        return [
            self.p(f"<b>{text(title)}</b>", "cell"),
            Spacer(1, 3),
            growth_chart(competency, self.data.scale, self.words, self.data.weeks, width),
        ]

    # --- 4 what I am working on ---
    def working_on(self) -> list:
        d, w = self.data, self.words
        parts: list = [self.section("sec_working")]
        if not d.working_on:
            return [*parts, self.kind("working_none")]
        parts.append(self.p(text(w("working_intro"))))
        parts.append(Spacer(1, 6))
        rows: list[list] = [
            [
                self.p(text(w(k)), "head")
                for k in ("col_i_can", "col_next_step", "col_support", "col_due")
            ]
        ]
        for item in d.working_on:
            rows.append(
                [
                    self.p(text(item.i_can), "cell"),
                    self.p(text(item.next_step), "cell"),
                    self.p(text(w.support(item.support)), "cell"),
                    self.p(text(w.date(item.due_on, short=True) or "—"), "cell"),
                ]
            )
        fixed = 100 + 62
        rest = self.width - fixed
        parts.append(data_table(rows, [rest * 0.45, rest * 0.55, 100, 62]))
        return parts

    # --- 5 habits of work ---
    def habits(self) -> list:
        d, w = self.data, self.words
        band = self.section("sec_habits")
        if not d.habits or d.habits_scale is None:
            return [band, self.kind("habits_none")]
        values = tuple(lv.value for lv in d.habits_scale.levels)
        level_width = max(130.0, len(values) * 17 + 70)
        rows: list[list] = [
            [self.p(text(w("col_habit")), "head"), self.p(text(w("col_how_often")), "head")]
        ]
        for habit in d.habits:
            words = f"<b>{text(habit.title)}</b>"
            if habit.i_can:
                words += f"<br/>{text(habit.i_can)}"
            if habit.estimate is None:
                level: list | Paragraph = [
                    level_boxes(values, None),
                    Spacer(1, 2),
                    self.p(text(w("status_no_evidence")), "small"),
                ]
            else:
                level = self.level_cell(habit.estimate, habit.level_label, values=values)
            rows.append([self.p(words, "cell"), level])
        table = data_table(rows, [self.width - level_width, level_width])
        # The title, the intro and a short table stay together (a long one still splits).
        parts: list = [
            KeepTogether([band, self.p(text(w("habits_intro"))), Spacer(1, 6), table]),
            self.p(text(w("habits_scale_title")), "subhead"),
        ]
        parts.append(self._scale_table(d.habits_scale, values))
        return parts

    def _scale_table(self, scale: ScaleInfo, values: tuple[float, ...]) -> Table:
        w = self.words
        rows = []
        for lv in scale.levels:
            rows.append(
                [
                    level_boxes(values, lv.value),
                    self.p(f"<b>{text(w.level(lv.label))}</b>", "cell"),
                    self.p(text(w.level_plain(lv.label, lv.description)), "cell"),
                ]
            )
        box_width = len(values) * 17 + 12
        return data_table(rows, [box_width, 110, self.width - box_width - 110], header=False)

    # --- 6 my reflection, and the work I chose to show ---
    def reflection(self) -> list:
        d, w = self.data, self.words
        parts: list = [self.section("sec_reflection"), self.p(text(w("my_reflection")), "subhead")]
        if d.reflections:
            parts += [self.p(f"“{text(r)}”", "quote") for r in d.reflections]
        else:
            parts.append(self.p(text(w("no_reflection"))))
        parts.append(self.p(text(w("work_i_chose")), "subhead"))
        if not d.showcase:
            parts.append(self.kind("no_showcase"))
            return parts
        for item in d.showcase:
            parts += self._showcase_item(item)
        return parts

    def _showcase_item(self, item: ShowcaseItem) -> list:
        w = self.words
        facts: list = []
        if item.task_title:
            facts.append(self.p(f"<b>{text(item.task_title)}</b>"))
        if item.produced_on:
            facts.append(self.p(text(w("done_on", day=w.date(item.produced_on))), "muted"))
        if item.i_can:
            facts.append(self.p(text(item.i_can), "cell"))
        if item.level is not None:
            facts.append(Spacer(1, 3))
            facts += self.level_cell(item.level, item.level_label)
        if item.other_files:
            facts.append(
                self.p(text(w("also_attached", names=", ".join(item.other_files))), "muted")
            )
        picture = _thumbnail(item.image_path) if item.image_path else None
        if item.image_path and picture is None:
            facts.append(self.p(text(w("photo_missing")), "muted"))
        if picture is not None:
            head = Table(
                [[picture, facts]],
                colWidths=[THUMB_WIDTH + 12, self.width - THUMB_WIDTH - 12],
                style=TableStyle(
                    [
                        ("VALIGN", (0, 0), (-1, -1), "TOP"),
                        ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ]
                ),
                hAlign="LEFT",
            )
            top: list = [head]
        else:
            top = facts
        parts: list = [KeepTogether([Spacer(1, 6), *top])]
        if item.note:
            parts.append(self.p(f"<b>{text(w('why_i_chose'))}:</b> {text(item.note)}"))
        if item.feedback:
            parts.append(self.p(f"<b>{text(w('teacher_feedback'))}:</b> {text(item.feedback)}"))
        parts.append(Spacer(1, 10))
        return parts

    # --- 7 for my family ---
    def family(self) -> list:
        d, w = self.data, self.words
        parts: list = [self.section("sec_family"), self.p(text(w("family_intro")))]
        parts.append(self.p(text(w("levels_title")), "subhead"))
        parts.append(self._scale_table(d.scale, self.levels))
        parts.append(self.p(text(w("statuses_title")), "subhead"))
        rows = [
            [self.status_cell(status), self.p(text(w.explain_status(status)), "cell")]
            for status in STATUSES
        ]
        parts.append(data_table(rows, [140, self.width - 140], header=False))
        questions: list = [self.p(text(w("questions_title")), "subhead")]
        for n, key in enumerate(QUESTIONS, start=1):
            item = self.p(text(w(key)), "bullet")
            item.bulletText = f"{n}."
            questions.append(item)
        parts.append(KeepTogether(questions))
        half = (self.width - 14) / 2
        both = Table(
            [
                [
                    [self.p(f"{text(w('comments_student'))}:", "small"), Ruled(half, 2, gap=18)],
                    "",
                    [self.p(f"{text(w('comments_teacher'))}:", "small"), Ruled(half, 2, gap=18)],
                ]
            ],
            colWidths=[half, 14, half],
            style=TableStyle(
                [("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0)]
            ),
            hAlign="LEFT",
        )
        comments: list = [
            self.p(text(w("comments_title")), "subhead"),
            self.p(f"{text(w('comments_family'))}:", "small"),
            Ruled(self.width, 3, gap=18),
            Spacer(1, 6),
            both,
        ]
        parts.append(KeepTogether(comments))
        gap = 14.0
        slot = (self.width - 3 * gap) / 3.6
        keys = ("sign_student", "sign_family", "sign_teacher", "sign_date")
        sign_rows = [
            ["", "", "", "", "", "", ""],
            [self.p(text(w(keys[i // 2])), "small") if i % 2 == 0 else "" for i in range(7)],
        ]
        signatures = Table(
            sign_rows,
            colWidths=[slot, gap, slot, gap, slot, gap, slot * 0.6],
            rowHeights=[28, None],
            style=TableStyle(
                [("LINEBELOW", (i, 0), (i, 0), 0.8, BLACK) for i in (0, 2, 4, 6)]
                + [
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ]
            ),
            hAlign="LEFT",
        )
        parts.append(KeepTogether([self.p(text(w("signatures_title")), "subhead"), signatures]))
        return parts

    # --- the one-page "Where am I" sheet ---
    def where_am_i(self) -> list:
        d, w = self.data, self.words
        parts: list = [
            self.p(text(w("wai_title")), "section"),
            self.p(f"<b>{text(d.student_name)}</b> · {text(d.class_name)} · {text(w.date(d.on))}"),
            Spacer(1, 4),
        ]
        parts += self.where_i_am(compact=True)
        if d.working_on:
            parts.append(self.p(text(w("wai_next_steps")), "subhead"))
            for item in d.working_on:
                bullet = self.p(f"<b>{text(item.i_can)}</b> — {text(item.next_step)}", "bullet")
                bullet.bulletText = "•"
                parts.append(bullet)
        if d.goals:
            parts.append(self.p(text(w("wai_goal")), "subhead"))
            parts.append(self.p(f"“{text(d.goals[0])}”", "quote"))
        return parts


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


def growth_chart(
    competency: CompetencyStanding,
    scale: ScaleInfo,
    words: Labels,
    weeks: Sequence[str],
    width: float,
    height: float = CHART_HEIGHT,
) -> Drawing:
    """The competency's estimate week by week (reportlab's LinePlot), with the goal dashed.

    The y axis is the scale's levels, with their numbers and words; black on white.
    """
    drawing = Drawing(width, height)
    levels = scale.levels
    low = levels[0].value if levels else 1.0
    high = levels[-1].value if levels else 4.0
    points = [(p.week, p.estimate) for p in competency.growth if p.estimate is not None]
    n = max(len(weeks), 1)
    left, bottom = 74.0, 24.0
    plot_width, plot_height = width - left - 18, height - bottom - 8
    drawing.add(Rect(0, 0, width, height, fillColor=WHITE, strokeColor=LIGHT, strokeWidth=0.6))
    if not points:
        drawing.add(
            String(
                width / 2,
                height / 2,
                words("growth_none"),
                fontName=FONT,
                fontSize=8,
                fillColor=DARK,
                textAnchor="middle",
            )
        )
        return drawing
    plot = LinePlot()
    plot.x, plot.y, plot.width, plot.height = left, bottom, plot_width, plot_height
    goal = scale.proficient_value
    x_low, x_high = (0.5, 1.5) if n == 1 else (1, n)
    plot.data = [points, [(x_low, goal), (x_high, goal)]]
    line = plot.lines[0]
    line.strokeColor, line.strokeWidth = BLACK, 1.6
    line.symbol = makeMarker("FilledCircle", size=4.5, fillColor=BLACK, strokeColor=BLACK)
    dashed = plot.lines[1]
    dashed.strokeColor, dashed.strokeWidth, dashed.strokeDashArray = MID, 0.9, (3, 2)
    dashed.symbol = None

    y_axis = plot.yValueAxis
    y_axis.valueMin, y_axis.valueMax = low - 0.3, high + 0.3
    y_axis.valueSteps = [lv.value for lv in levels] or [low, high]
    by_value = {lv.value: words.level(lv.label) for lv in levels}

    def y_label(value: float) -> str:
        label = by_value.get(value, "")
        return f"{format_number(value)} {label}".strip()

    y_axis.labelTextFormat = y_label
    y_axis.labels.fontName, y_axis.labels.fontSize = FONT, 6.5
    y_axis.visibleGrid = True
    y_axis.gridStrokeColor, y_axis.gridStrokeWidth = LIGHT, 0.5
    y_axis.strokeColor = MID

    x_axis = plot.xValueAxis
    x_axis.valueMin, x_axis.valueMax = x_low, x_high
    step = max(1, -(-n // 4))
    ticks = list(range(1, n + 1, step))
    if ticks[-1] != n:
        ticks.append(n)
    if len(ticks) > 1 and ticks[-1] - ticks[-2] < step / 2:
        ticks.pop(-2)
    x_axis.valueSteps = ticks

    def x_label(value: float) -> str:
        index = round(value) - 1
        return words.date(weeks[index], short=True) if 0 <= index < len(weeks) else ""

    x_axis.labelTextFormat = x_label
    x_axis.labels.fontName, x_axis.labels.fontSize = FONT, 6.5
    x_axis.strokeColor = MID
    drawing.add(plot)
    return drawing
