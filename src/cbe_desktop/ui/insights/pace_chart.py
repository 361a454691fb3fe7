"""The pace chart: the class's plan and a student's progress week by week, drawn with
QPainter, with its words for screen readers and the keyboard."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, QSize, Qt, Signal
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
)
from PySide6.QtWidgets import QWidget

from cbe_desktop.core import insights
from cbe_desktop.core.scales import format_number
from cbe_desktop.ui.contrast import readable_on
from cbe_desktop.ui.i18n import say

# Okabe-Ito colours (readable with any common colour-vision deficiency); each line also
# has its own dash pattern, marker and label, so colour is never the only difference.
# Painted through contrast.readable_on: lightened on a dark or high-contrast background.
PLAN_COLOUR = QColor("#0072B2")


STUDENT_COLOUR = QColor("#D55E00")


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
