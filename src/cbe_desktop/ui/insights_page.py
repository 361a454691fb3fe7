"""Insights for one class: needs attention, flexible groups, pace, goals and reflections."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QPointF,
    QRectF,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QColor,
    QFocusEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPalette,
    QPen,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from cbe_desktop.core import insights, voice
from cbe_desktop.core.changes import Changes
from cbe_desktop.core.errors import NotFoundError
from cbe_desktop.core.scales import format_number
from cbe_desktop.core.store import Store
from cbe_desktop.ui import voice_actions
from cbe_desktop.ui.contrast import readable_on
from cbe_desktop.ui.i18n import Words, say
from cbe_desktop.ui.operations import Operations
from cbe_desktop.ui.voice_dialog import VoiceDialog
from cbe_desktop.ui.widgets import hint, list_table

IdRole = Qt.ItemDataRole.UserRole + 30
TargetRole = Qt.ItemDataRole.UserRole + 31
KindRole = Qt.ItemDataRole.UserRole + 32

KIND_WORDS = Words(
    {
        "repeated_not_yet": QT_TRANSLATE_NOOP("Words", "Repeated “not yet”"),
        "no_recent_evidence": QT_TRANSLATE_NOOP("Words", "No recent evidence"),
        "estimate_fell": QT_TRANSLATE_NOOP("Words", "Estimate fell"),
    }
)

# Okabe-Ito colours (readable with any common colour-vision deficiency); each line also
# has its own dash pattern, marker and label, so colour is never the only difference.
# Painted through contrast.readable_on: lightened on a dark or high-contrast background.
PLAN_COLOUR = QColor("#0072B2")
STUDENT_COLOUR = QColor("#D55E00")


def _read_only(text: str, data: object = None, role: int = IdRole) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
    if data is not None:
        item.setData(role, data)
    return item


def _table(parent: QWidget, headers: list[str], name: str) -> QTableWidget:
    return list_table(parent, headers, name, rows_fit_text=False)


# ----- the pace chart ----------------------------------------------------------------------


class PaceChart(QWidget):
    """Targets proficient by week: the class median (solid), the plan (dashed) and one
    student (dotted, with round markers). Left/Right (or a click) choose a week."""

    week_changed = Signal(int)  # 1-based

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("paceChart")
        self.setAccessibleName(
            QCoreApplication.translate("PaceChart", "Pace chart: targets proficient by week")
        )
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMinimumSize(QSize(420, 240))
        self.series: insights.PaceSeries | None = None
        self.student_id: str | None = None
        self.week = 0

    def sizeHint(self) -> QSize:
        return QSize(720, 340)

    def set_series(self, series: insights.PaceSeries | None, student_id: str | None) -> None:
        keep_week = self.series is not None and series is not None and self.week < self.series.weeks
        self.series = series
        self.student_id = student_id
        if series is None or not series.weeks:
            self.week = 0
        elif not keep_week or not 1 <= self.week <= series.weeks:
            self.week = series.weeks
        self._describe()
        self.update()

    def set_week(self, week: int) -> None:
        if self.series is None or not self.series.weeks:
            return
        week = max(1, min(week, self.series.weeks))
        if week != self.week:
            self.week = week
            self._describe()
            self.update()
            self.week_changed.emit(week)

    def summary(self) -> str:
        if self.series is None:
            return QCoreApplication.translate("PaceChart", "Choose a class to see its pace.")
        return say(self.series.summary(self.week or None, self.student_id))

    def _describe(self) -> None:
        self.setAccessibleDescription(self.summary())

    # ----- keyboard and mouse -----
    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Left, Qt.Key.Key_Down):
            self.set_week(self.week - 1)
        elif key in (Qt.Key.Key_Right, Qt.Key.Key_Up):
            self.set_week(self.week + 1)
        elif key == Qt.Key.Key_Home:
            self.set_week(1)
        elif key == Qt.Key.Key_End and self.series is not None:
            self.set_week(self.series.weeks)
        else:
            super().keyPressEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if self.series is not None and self.series.weeks:
            plot = self._plot_rect()
            x = event.position().x()
            nearest = min(range(1, self.series.weeks + 1), key=lambda w: abs(self._x(w, plot) - x))
            self.setFocus(Qt.FocusReason.MouseFocusReason)
            self.set_week(nearest)
        super().mousePressEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self.update()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.update()

    # ----- geometry -----
    def _plot_rect(self) -> QRectF:
        metrics = self.fontMetrics()
        left = metrics.horizontalAdvance("100") + metrics.height() + 14
        right = max(90, metrics.horizontalAdvance("median 10.5") + 16)
        top = metrics.height() * 2 + 12
        bottom = metrics.height() * 2 + 12
        return QRectF(
            left, top, max(10, self.width() - left - right), max(10, self.height() - top - bottom)
        )

    def _y_max(self) -> float:
        series = self.series
        if series is None:
            return 1.0
        highest = float(series.target_count)
        if series.planned:
            highest = max(highest, max(series.planned))
        for s in series.students:
            highest = max(highest, max(s.counts, default=0))
        return max(1.0, highest)

    def _x(self, week: int, plot: QRectF) -> float:
        weeks = self.series.weeks if self.series else 1
        if weeks <= 1:
            return plot.center().x()
        return plot.left() + (week - 1) * plot.width() / (weeks - 1)

    def _y(self, value: float, plot: QRectF) -> float:
        return plot.bottom() - value / self._y_max() * plot.height()

    # ----- painting -----
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        painter.fillRect(self.rect(), palette.color(QPalette.ColorRole.Base))
        text_colour = palette.color(QPalette.ColorRole.Text)
        series = self.series
        if series is None or not series.weeks:
            painter.setPen(text_colour)
            painter.drawText(
                self.rect(),
                Qt.AlignmentFlag.AlignCenter,
                QCoreApplication.translate(
                    "PaceChart", "No evidence yet, so there is no pace to show."
                ),
            )
            painter.end()
            return
        plot = self._plot_rect()
        self._paint_axes(painter, plot, text_colour)
        plan_colour, student_colour = readable_on(PLAN_COLOUR), readable_on(STUDENT_COLOUR)
        ends: list[tuple[float, str, QColor]] = []
        if series.planned is not None:
            pen = QPen(plan_colour, 2.0, Qt.PenStyle.DashLine)
            self._paint_line(painter, plot, series.planned, pen, marker=None)
            ends.append((series.planned[-1], "plan", plan_colour))
        pen = QPen(text_colour, 2.5, Qt.PenStyle.SolidLine)
        self._paint_line(painter, plot, series.median, pen, marker="square")
        ends.append((series.median[-1], "median", text_colour))
        student = series.student(self.student_id)
        if student is not None:
            pen = QPen(student_colour, 2.5, Qt.PenStyle.CustomDashLine)
            pen.setDashPattern([1.0, 2.0])
            pen.setCapStyle(Qt.PenCapStyle.RoundCap)
            self._paint_line(painter, plot, [float(c) for c in student.counts], pen, "circle")
            ends.append((float(student.counts[-1]), student.name.split(" ")[0], student_colour))
        self._paint_end_labels(painter, plot, ends)
        self._paint_legend(painter, plot, student, text_colour)
        painter.end()

    def _paint_axes(self, painter: QPainter, plot: QRectF, text_colour: QColor) -> None:
        series = self.series
        assert series is not None
        metrics = self.fontMetrics()
        grid_colour = QColor(text_colour)
        grid_colour.setAlpha(40)
        y_max = self._y_max()
        step = 1 if y_max <= 12 else 2 if y_max <= 24 else 5
        # the chosen week
        if 1 <= self.week <= series.weeks:
            x = self._x(self.week, plot)
            band = QColor(self.palette().color(QPalette.ColorRole.Highlight))
            band.setAlpha(50 if self.hasFocus() else 28)
            half = max(6.0, plot.width() / max(1, series.weeks - 1) / 2.5)
            left, right = max(plot.left(), x - half), min(plot.right() + 4, x + half)
            painter.fillRect(QRectF(left, plot.top(), right - left, plot.height()), band)
        painter.setPen(QPen(grid_colour, 1))
        value = 0
        while value <= y_max + 1e-9:
            y = self._y(value, plot)
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            value += step
        painter.setPen(QPen(text_colour, 1))
        painter.drawLine(plot.bottomLeft(), plot.bottomRight())
        painter.drawLine(plot.bottomLeft(), plot.topLeft())
        value = 0
        while value <= y_max + 1e-9:
            y = self._y(value, plot)
            label = str(value)
            painter.drawText(
                QRectF(0, y - metrics.height() / 2, plot.left() - 6, metrics.height()),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                label,
            )
            value += step
        every = max(1, round(series.weeks / max(1, plot.width() / 40)))
        for week in range(1, series.weeks + 1):
            if (week - 1) % every and week != series.weeks:
                continue
            x = self._x(week, plot)
            painter.drawLine(QPointF(x, plot.bottom()), QPointF(x, plot.bottom() + 4))
            font = painter.font()
            font.setBold(week == self.week)
            painter.setFont(font)
            painter.drawText(
                QRectF(x - 20, plot.bottom() + 5, 40, metrics.height()),
                Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
                str(week),
            )
        font = painter.font()
        font.setBold(False)
        painter.setFont(font)
        painter.drawText(
            QRectF(
                plot.left(), plot.bottom() + metrics.height() + 6, plot.width(), metrics.height()
            ),
            Qt.AlignmentFlag.AlignHCenter,
            QCoreApplication.translate("PaceChart", "Week"),
        )
        painter.save()
        painter.translate(metrics.height() * 0.2, plot.center().y())
        painter.rotate(-90)
        painter.drawText(
            QRectF(-plot.height() / 2, 0, plot.height(), metrics.height()),
            Qt.AlignmentFlag.AlignHCenter,
            QCoreApplication.translate("PaceChart", "Targets proficient"),
        )
        painter.restore()

    def _paint_line(
        self,
        painter: QPainter,
        plot: QRectF,
        values: tuple[float, ...] | list[float],
        pen: QPen,
        marker: str | None,
    ) -> None:
        points = [QPointF(self._x(i + 1, plot), self._y(v, plot)) for i, v in enumerate(values)]
        if not points:
            return
        path = QPainterPath(points[0])
        for point in points[1:]:
            path.lineTo(point)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(path)
        if marker is None:
            return
        painter.setPen(QPen(pen.color(), 1.5))
        painter.setBrush(pen.color())
        for point in points:
            if marker == "circle":
                painter.drawEllipse(point, 3.5, 3.5)
            else:
                painter.drawRect(QRectF(point.x() - 3, point.y() - 3, 6, 6))
        painter.setBrush(Qt.BrushStyle.NoBrush)

    def _paint_end_labels(
        self, painter: QPainter, plot: QRectF, ends: list[tuple[float, str, QColor]]
    ) -> None:
        """Name each line at its right end, nudged apart so that none hides another."""
        metrics = self.fontMetrics()
        gap = metrics.height()
        placed = sorted(
            ((self._y(value, plot), f"{label} {format_number(value)}", colour))
            for value, label, colour in ends
        )
        ys: list[float] = []
        for y, _label, _colour in placed:
            ys.append(max(y, ys[-1] + gap) if ys else y)
        overflow = (ys[-1] + gap / 2) - (plot.bottom() + gap) if ys else 0
        if overflow > 0:
            ys = [y - overflow for y in ys]
        x = self._x(self.series.weeks if self.series else 1, plot) + 8
        for y, (_y, label, colour) in zip(ys, placed, strict=True):
            painter.setPen(colour)
            painter.drawText(
                QRectF(x, y - gap / 2, self.width() - x, gap),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                label,
            )

    def _paint_legend(
        self,
        painter: QPainter,
        plot: QRectF,
        student: insights.StudentPace | None,
        text_colour: QColor,
    ) -> None:
        metrics = self.fontMetrics()
        y = metrics.height() * 0.5 + 4
        x = plot.left()
        entries: list[tuple[QPen, str]] = [
            (
                QPen(text_colour, 2.5),
                QCoreApplication.translate("PaceChart", "class median (solid)"),
            )
        ]
        if self.series is not None and self.series.planned is not None:
            per_week = format_number(self.series.targets_per_week)
            entries.append(
                (
                    QPen(readable_on(PLAN_COLOUR), 2.0, Qt.PenStyle.DashLine),
                    QCoreApplication.translate(
                        "PaceChart", "plan, {per_week} a week (dashed)"
                    ).format(per_week=per_week),
                )
            )
        else:
            entries.append(
                (QPen(Qt.PenStyle.NoPen), QCoreApplication.translate("PaceChart", "no plan set"))
            )
        if student is not None:
            pen = QPen(readable_on(STUDENT_COLOUR), 2.5, Qt.PenStyle.CustomDashLine)
            pen.setDashPattern([1.0, 2.0])
            pen.setCapStyle(Qt.PenCapStyle.RoundCap)
            entries.append(
                (
                    pen,
                    QCoreApplication.translate("PaceChart", "{name} (dotted)").format(
                        name=student.name
                    ),
                )
            )
        for pen, label in entries:
            painter.setPen(pen)
            if pen.style() != Qt.PenStyle.NoPen:
                painter.drawLine(
                    QPointF(x, y + metrics.height() / 2), QPointF(x + 26, y + metrics.height() / 2)
                )
                x += 32
            painter.setPen(text_colour)
            width = metrics.horizontalAdvance(label)
            painter.drawText(
                QRectF(x, y, width + 4, metrics.height()), Qt.AlignmentFlag.AlignLeft, label
            )
            x += width + 20


# ----- the page -----------------------------------------------------------------------------


class InsightsPage(QWidget):
    """One class's insights. Call :meth:`set_class` when the chosen class changes."""

    #: the teacher asked to see a student x target in the gradebook (Enter / double-click)
    open_cell = Signal(str, str)

    def __init__(self, store: Store, operations: Operations, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("insightsPage")
        self.store = store
        self.operations = operations
        self.class_id: str | None = None
        self._data: insights.ClassEvidence | None = None
        self._pace: insights.PaceSeries | None = None
        self._attention: list[insights.Attention] = []
        self._group: list[insights.GroupMember] = []
        self._group_code = ""
        self._stale = False
        self.today: date | None = None  # tests may fix "today"

        self.title = QLabel(self)
        self.title.setTextFormat(Qt.TextFormat.RichText)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("insightsTabs")
        self.tabs.addTab(
            self._build_attention(), QCoreApplication.translate("InsightsPage", "Needs &attention")
        )
        self.tabs.addTab(
            self._build_groups(), QCoreApplication.translate("InsightsPage", "Flexible &groups")
        )
        self.tabs.addTab(self._build_pace(), QCoreApplication.translate("InsightsPage", "&Pace"))
        self.tabs.addTab(
            self._build_voice(),
            QCoreApplication.translate("InsightsPage", "Goals and &reflections"),
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.title)
        layout.addWidget(self.tabs, 1)

        self._reload_soon = QTimer(self, singleShot=True, interval=0)
        self._reload_soon.timeout.connect(self.refresh)
        self.operations.changed.connect(self._store_changed)
        self.set_class(None)

    # ----- building -----
    def _build_attention(self) -> QWidget:
        page = QWidget(self)
        self.weeks = QSpinBox(page)
        self.weeks.setRange(1, 26)
        self.weeks.setValue(3)
        self.weeks.setSuffix(QCoreApplication.translate("InsightsPage", " weeks"))
        self.weeks.setAccessibleName(
            QCoreApplication.translate(
                "InsightsPage", "Weeks without evidence before a student is listed"
            )
        )
        self.weeks.valueChanged.connect(lambda _v: self._fill_attention())
        weeks_label = QLabel(
            QCoreApplication.translate("InsightsPage", "No evidence for &more than:"), page
        )
        weeks_label.setBuddy(self.weeks)
        self.kind_filter = QComboBox(page)
        self.kind_filter.setAccessibleName(QCoreApplication.translate("InsightsPage", "Show"))
        self.kind_filter.addItem(QCoreApplication.translate("InsightsPage", "Everything"), None)
        for kind in insights.KINDS:
            self.kind_filter.addItem(KIND_WORDS[kind], kind)
        self.kind_filter.currentIndexChanged.connect(lambda _i: self._fill_attention())
        show_label = QLabel(QCoreApplication.translate("InsightsPage", "&Show:"), page)
        show_label.setBuddy(self.kind_filter)
        top = QHBoxLayout()
        top.addWidget(weeks_label)
        top.addWidget(self.weeks)
        top.addSpacing(16)
        top.addWidget(show_label)
        top.addWidget(self.kind_filter)
        top.addStretch(1)
        self.attention_summary = QLabel(page)
        self.attention_summary.setWordWrap(True)
        self.attention_table = _table(
            page,
            [
                QCoreApplication.translate("InsightsPage", "Student"),
                QCoreApplication.translate("InsightsPage", "Target"),
                QCoreApplication.translate("InsightsPage", "What to look at"),
            ],
            QCoreApplication.translate("InsightsPage", "Students who need attention"),
        )
        self.attention_table.setObjectName("attentionTable")
        self.attention_table.activated.connect(self._attention_activated)
        layout = QVBoxLayout(page)
        layout.addLayout(top)
        layout.addWidget(self.attention_summary)
        layout.addWidget(self.attention_table, 1)
        layout.addWidget(
            hint(
                QCoreApplication.translate(
                    "InsightsPage",
                    "Two or more “not yet” on one target, no evidence for a while on a target "
                    "not yet reached, or an estimate that went down. Habits of work are not "
                    "included. Press Enter on a line to open it in the gradebook.",
                ),
                page,
            )
        )
        return page

    def _build_groups(self) -> QWidget:
        page = QWidget(self)
        self.group_target = QComboBox(page)
        self.group_target.setAccessibleName(
            QCoreApplication.translate("InsightsPage", "Target for the group")
        )
        self.group_target.currentIndexChanged.connect(lambda _i: self._fill_group())
        target_label = QLabel(QCoreApplication.translate("InsightsPage", "&Target:"), page)
        target_label.setBuddy(self.group_target)
        self.copy_button = QPushButton(
            QCoreApplication.translate("InsightsPage", "&Copy list"), page
        )
        self.copy_button.setToolTip(
            QCoreApplication.translate(
                "InsightsPage", "Put the group on the clipboard, one student a line"
            )
        )
        self.copy_button.clicked.connect(self.copy_group)
        top = QHBoxLayout()
        top.addWidget(target_label)
        top.addWidget(self.group_target, 1)
        top.addWidget(self.copy_button)
        self.group_i_can = QLabel(page)
        self.group_i_can.setWordWrap(True)
        self.group_summary = QLabel(page)
        self.group_summary.setWordWrap(True)
        self.group_table = _table(
            page,
            [
                QCoreApplication.translate("InsightsPage", "Student"),
                QCoreApplication.translate("InsightsPage", "Where they are now"),
            ],
            QCoreApplication.translate("InsightsPage", "Flexible group"),
        )
        self.group_table.setObjectName("groupTable")
        layout = QVBoxLayout(page)
        layout.addLayout(top)
        layout.addWidget(self.group_i_can)
        layout.addWidget(self.group_summary)
        layout.addWidget(self.group_table, 1)
        return page

    def _build_pace(self) -> QWidget:
        page = QWidget(self)
        self.pace_student = QComboBox(page)
        self.pace_student.setAccessibleName(
            QCoreApplication.translate("InsightsPage", "Student shown on the pace chart")
        )
        self.pace_student.currentIndexChanged.connect(lambda _i: self._show_pace())
        student_label = QLabel(QCoreApplication.translate("InsightsPage", "&Student:"), page)
        student_label.setBuddy(self.pace_student)
        top = QHBoxLayout()
        top.addWidget(student_label)
        top.addWidget(self.pace_student, 1)
        top.addStretch(1)
        self.pace_chart = PaceChart(page)
        self.pace_chart.week_changed.connect(lambda _w: self._pace_words())
        self.pace_summary = QLabel(page)
        self.pace_summary.setObjectName("paceSummary")
        self.pace_summary.setWordWrap(True)
        self.pace_summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(page)
        layout.addLayout(top)
        layout.addWidget(self.pace_chart, 1)
        layout.addWidget(self.pace_summary)
        layout.addWidget(
            hint(
                QCoreApplication.translate(
                    "InsightsPage",
                    "Targets proficient at the end of each week, from the evidence produced by "
                    "then. Click the chart, then use the Left and Right arrows to read each week.",
                ),
                page,
            )
        )
        return page

    def _build_voice(self) -> QWidget:
        page = QWidget(self)
        self.voice_student = QComboBox(page)
        self.voice_student.setAccessibleName(
            QCoreApplication.translate(
                "InsightsPage", "Student whose goals and reflections are shown"
            )
        )
        self.voice_student.currentIndexChanged.connect(lambda _i: self._show_voice())
        student_label = QLabel(QCoreApplication.translate("InsightsPage", "S&tudent:"), page)
        student_label.setBuddy(self.voice_student)
        self.add_goal_button = QPushButton(
            QCoreApplication.translate("InsightsPage", "Add &goal…"), page
        )
        self.add_goal_button.clicked.connect(lambda: self.add_voice("goal"))
        self.add_reflection_button = QPushButton(
            QCoreApplication.translate("InsightsPage", "Add re&flection…"), page
        )
        self.add_reflection_button.clicked.connect(lambda: self.add_voice("reflection"))
        self.delete_voice_button = QPushButton(
            QCoreApplication.translate("InsightsPage", "&Delete selected"), page
        )
        self.delete_voice_button.clicked.connect(self.delete_voice)
        top = QHBoxLayout()
        top.addWidget(student_label)
        top.addWidget(self.voice_student, 1)
        top.addWidget(self.add_goal_button)
        top.addWidget(self.add_reflection_button)
        top.addWidget(self.delete_voice_button)
        self.voice_table = _table(
            page,
            [
                QCoreApplication.translate("InsightsPage", "Date"),
                QCoreApplication.translate("InsightsPage", "Kind"),
                QCoreApplication.translate("InsightsPage", "Written by"),
                QCoreApplication.translate("InsightsPage", "In their words"),
            ],
            QCoreApplication.translate("InsightsPage", "Goals and reflections"),
        )
        self.voice_table.setObjectName("voiceTable")
        # A bound method, not a lambda: Qt drops it when the page goes, so the table's
        # last selection change while it is destroyed calls nothing that is already gone.
        self.voice_table.itemSelectionChanged.connect(self._voice_selection_changed)
        self.voice_table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        layout = QVBoxLayout(page)
        layout.addLayout(top)
        layout.addWidget(self.voice_table, 1)
        layout.addWidget(
            hint(
                QCoreApplication.translate(
                    "InsightsPage",
                    "A student can type a goal or reflection here at the laptop; choose "
                    "“Written by the student” in the dialog. Ctrl+Z undoes an addition.",
                ),
                page,
            )
        )
        return page

    # ----- loading -----
    def _voice_selection_changed(self) -> None:
        self.delete_voice_button.setEnabled(bool(self.voice_table.selectedItems()))

    def set_class(self, class_id: str | None) -> None:
        """Show another class (None: nothing). A hidden page reads it when next shown."""
        self.class_id = class_id
        if self.isVisible() or class_id is None:
            self.refresh()
        else:
            self._stale = True

    def _store_changed(self, changes: Changes) -> None:
        if self.class_id is None:
            return
        if self.isVisible():
            self._reload_soon.start()  # after the whole action, once
        else:
            self._stale = True

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def refresh(self) -> None:
        self._stale = False
        data = pace = None
        if self.class_id is not None:
            try:
                with self.store.read() as session:
                    data = insights.load_class_evidence(session, self.class_id)
                    pace = insights.pace(session, self.class_id, today=self.today, data=data)
            except NotFoundError:
                self.class_id = None
        self._data, self._pace = data, pace
        enabled = data is not None
        self.tabs.setEnabled(enabled)
        if data is None:
            self.title.setText(
                QCoreApplication.translate("InsightsPage", "<b>Insights</b> — choose a class")
            )
        else:
            self.title.setText(
                QCoreApplication.translate(
                    "InsightsPage", "<b>{class_name}</b> — {len} students, {len2} learning targets"
                ).format(
                    class_name=data.grid.class_name,
                    len=len(data.grid.students),
                    len2=len(data.grid.targets),
                )
            )
        self._fill_attention()
        self._fill_combos()
        self._fill_group()
        self._show_pace()
        self._show_voice()

    def _fill_combos(self) -> None:
        grid = self._data.grid if self._data else None
        targets = [(t.id, f"{t.code} — {t.statement}") for t in grid.targets] if grid else []
        students = [(s.id, s.name) for s in grid.students] if grid else []
        _refill(self.group_target, targets)
        _refill(
            self.pace_student,
            [
                (None, QCoreApplication.translate("InsightsPage", "No student: the class only")),
                *students,
            ],
        )
        _refill(self.voice_student, students)

    def _fill_attention(self) -> None:
        table = self.attention_table
        table.setRowCount(0)
        if self._data is None:
            self._attention = []
            self.attention_summary.setText("")
            return
        with self.store.read() as session:
            self._attention = insights.needs_attention(
                session,
                self._data.grid.class_id,
                weeks_without_evidence=self.weeks.value(),
                today=self.today,
                data=self._data,
            )
        kind = self.kind_filter.currentData()
        shown = [a for a in self._attention if kind is None or a.kind == kind]
        table.setRowCount(len(shown))
        for row, item in enumerate(shown):
            name = _read_only(item.student, item.student_id)
            name.setData(TargetRole, item.target_id)
            name.setData(KindRole, item.kind)
            table.setItem(row, 0, name)
            table.setItem(row, 1, _read_only(item.target_code))
            table.setItem(row, 2, _read_only(say(item.reason)))
        counts = {k: sum(1 for a in self._attention if a.kind == k) for k in insights.KINDS}
        students = len({a.student_id for a in self._attention})
        if not self._attention:
            self.attention_summary.setText(
                QCoreApplication.translate(
                    "InsightsPage", "Nothing needs attention with these settings."
                )
            )
        else:
            self.attention_summary.setText(
                QCoreApplication.translate(
                    "InsightsPage",
                    "{len} things to look at, for {students} {value}: {value2} repeated "
                    "“not yet”, {value3} without recent evidence, {value4} estimates that "
                    "fell.",
                ).format(
                    len=len(self._attention),
                    students=students,
                    value=QCoreApplication.translate("InsightsPage", "student")
                    if students == 1
                    else QCoreApplication.translate("InsightsPage", "students"),
                    value2=counts["repeated_not_yet"],
                    value3=counts["no_recent_evidence"],
                    value4=counts["estimate_fell"],
                )
            )

    def attention_sentences(self) -> list[str]:
        """What the table shows, one line a row: "Student: reason" (for tests and copying)."""
        table = self.attention_table
        return [
            f"{table.item(r, 0).text()}: {table.item(r, 2).text()}" for r in range(table.rowCount())
        ]

    def _attention_activated(self) -> None:
        row = self.attention_table.currentRow()
        item = self.attention_table.item(row, 0) if row >= 0 else None
        if item is not None:
            self.open_cell.emit(item.data(IdRole), item.data(TargetRole))

    def _fill_group(self) -> None:
        table = self.group_table
        table.setRowCount(0)
        target_id = self.group_target.currentData()
        self._group = []
        if self._data is None or target_id is None:
            self.group_summary.setText(
                QCoreApplication.translate(
                    "InsightsPage", "Choose a target to see who has not reached it yet."
                )
            )
            self.group_i_can.setText("")
            self.copy_button.setEnabled(False)
            return
        with self.store.read() as session:
            self._group = insights.flexible_group(
                session, self._data.grid.class_id, target_id, data=self._data
            )
        target = next(t for t in self._data.grid.targets if t.id == target_id)
        self._group_code = target.code
        self.group_i_can.setText(f"“{target.i_can}”" if target.i_can else target.statement)
        table.setRowCount(len(self._group))
        for row, member in enumerate(self._group):
            table.setItem(row, 0, _read_only(member.name, member.student_id))
            table.setItem(row, 1, _read_only(say(member.status_words)))
        total = len(self._data.grid.students)
        if self._group:
            self.group_summary.setText(
                QCoreApplication.translate(
                    "InsightsPage", "{len} of {total} students are not yet proficient on {code}."
                ).format(len=len(self._group), total=total, code=target.code)
            )
        else:
            self.group_summary.setText(
                QCoreApplication.translate(
                    "InsightsPage", "Every student is proficient on {code}."
                ).format(code=target.code)
            )
        self.copy_button.setEnabled(bool(self._group))

    def group_text(self) -> str:
        return say(insights.group_as_text(self._group, self._group_code))

    def copy_group(self) -> None:
        if not self._group:
            return
        QApplication.clipboard().setText(self.group_text())
        self.group_summary.setText(
            QCoreApplication.translate(
                "InsightsPage",
                "Copied {len} names to the clipboard: paste them into a plan or a message.",
            ).format(len=len(self._group))
        )

    def _show_pace(self) -> None:
        self.pace_chart.set_series(self._pace, self.pace_student.currentData())
        self._pace_words()

    def _pace_words(self) -> None:
        words = self.pace_chart.summary()
        series, student_id = self._pace, self.pace_student.currentData()
        student = series.student(student_id) if series else None
        if student is not None and series is not None and series.weeks:
            by_week = ", ".join(str(c) for c in student.counts)
            words += QCoreApplication.translate(
                "InsightsPage", "\n{name}, targets proficient week by week: {by_week}."
            ).format(name=student.name, by_week=by_week)
        if series is not None and series.weeks:
            median = ", ".join(format_number(m) for m in series.median)
            words += QCoreApplication.translate(
                "InsightsPage", "\nClass median week by week: {median}."
            ).format(median=median)
        self.pace_summary.setText(words)

    def _show_voice(self) -> None:
        table = self.voice_table
        table.setRowCount(0)
        student_id = self.voice_student.currentData()
        has_student = student_id is not None
        for button in (self.add_goal_button, self.add_reflection_button):
            button.setEnabled(has_student)
        self.delete_voice_button.setEnabled(False)
        if not has_student:
            return
        with self.store.read() as session:
            items = voice.student_voice(session, student_id, class_id=self.class_id)
        table.setRowCount(len(items))
        for row, item in enumerate(items):
            when = _read_only(item.written_on, item.id)
            when.setData(KindRole, item.kind)
            table.setItem(row, 0, when)
            table.setItem(row, 1, _read_only(say(item.kind_words)))
            table.setItem(row, 2, _read_only(say(item.author_name)))
            table.setItem(row, 3, _read_only(item.text))
        self.voice_table.clearSelection()

    def voice_lines(self) -> list[str]:
        """What the goals table shows: "date · Goal · the student · text"."""
        table = self.voice_table
        return [
            " · ".join(table.item(r, c).text() for c in range(4)) for r in range(table.rowCount())
        ]

    # ----- actions -----
    def add_voice(self, kind: str) -> None:
        student_id = self.voice_student.currentData()
        if student_id is None or self.class_id is None:
            return
        name = self.voice_student.currentText()
        answer = VoiceDialog.ask(self, kind, name)
        if answer is None:
            return
        words, author = answer
        if voice_actions.write_voice(
            self.operations,
            self.store,
            kind,
            student_id=student_id,
            name=name,
            words=words,
            class_id=self.class_id,
            author=author,
        ):
            self._show_voice()

    def delete_voice(self) -> None:
        row = self.voice_table.currentRow()
        item = self.voice_table.item(row, 0) if row >= 0 else None
        if item is None:
            return
        row_id, kind = item.data(IdRole), item.data(KindRole)
        name = self.voice_student.currentText()
        if voice_actions.delete_voice(self.operations, self.store, kind, row_id, name):
            self._show_voice()


def _refill(combo: QComboBox, entries: list[tuple[object, str]]) -> None:
    """Replace a combo's entries, keeping the chosen one if it is still there."""
    current = combo.currentData()
    combo.blockSignals(True)
    combo.clear()
    for data, label in entries:
        combo.addItem(label, data)
    index = combo.findData(current) if current is not None else -1
    combo.setCurrentIndex(index if index >= 0 else (0 if entries else -1))
    combo.blockSignals(False)


__all__ = ["InsightsPage", "PaceChart", "VoiceDialog"]
