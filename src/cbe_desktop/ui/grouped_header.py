"""A horizontal header in two rows: the competency above, the target's code below."""

from __future__ import annotations

from PySide6.QtCore import QItemSelection, QRect, QSize, Qt
from PySide6.QtGui import QPainter, QPalette, QPen
from PySide6.QtWidgets import QHeaderView, QWidget

from cbe_desktop.ui.gradebook_model import GroupRole


class GroupedHeaderView(QHeaderView):
    """Sections sharing a group (a competency) get one band spanning them on top."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.setSectionsClickable(False)
        self.setHighlightSections(False)
        self.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter)

    def selectionChanged(self, selected: QItemSelection, deselected: QItemSelection) -> None:
        # The headings are never highlighted (their painting ignores the selection): a
        # move of the current cell, at every typed level, repaints no heading.
        if self.highlightSections():
            super().selectionChanged(selected, deselected)

    def _row_height(self) -> int:
        return self.fontMetrics().height() + 10

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        hint.setHeight(2 * self._row_height())
        return hint

    def _group(self, logical: int) -> str | None:
        model = self.model()
        if model is None:
            return None
        value = model.headerData(logical, Qt.Orientation.Horizontal, GroupRole)
        return value if value else None

    def _span(self, logical: int, group: str) -> tuple[int, int]:
        first = last = logical
        while first - 1 >= 0 and self._group(first - 1) == group:
            first -= 1
        count = self.count()
        while last + 1 < count and self._group(last + 1) == group:
            last += 1
        return first, last

    def paintSection(self, painter: QPainter, rect: QRect, logical: int) -> None:
        model = self.model()
        if model is None or not rect.isValid():
            return
        palette = self.palette()
        text = str(model.headerData(logical, Qt.Orientation.Horizontal) or "")
        group = self._group(logical)
        row = self._row_height()
        painter.save()
        painter.setClipRect(rect)
        painter.fillRect(rect, palette.color(QPalette.ColorRole.Button))
        painter.setPen(QPen(palette.color(QPalette.ColorRole.Mid)))
        if group is None:
            painter.drawRect(rect.adjusted(0, 0, -1, -1))
            painter.setPen(palette.color(QPalette.ColorRole.ButtonText))
            font = painter.font()
            font.setBold(True)
            painter.setFont(font)
            painter.drawText(rect.adjusted(4, 0, -4, 0), Qt.AlignmentFlag.AlignCenter, text)
            painter.restore()
            return
        first, last = self._span(logical, group)
        left = self.sectionViewportPosition(first)
        right = self.sectionViewportPosition(last) + self.sectionSize(last)
        band = QRect(left, rect.top(), right - left, row)
        painter.fillRect(band, palette.color(QPalette.ColorRole.Midlight))
        painter.drawRect(band.adjusted(0, 0, -1, -1))
        painter.setPen(palette.color(QPalette.ColorRole.ButtonText))
        font = painter.font()
        font.setBold(True)
        painter.setFont(font)
        elided = painter.fontMetrics().elidedText(
            group, Qt.TextElideMode.ElideRight, band.width() - 8
        )
        painter.drawText(band.adjusted(4, 0, -4, 0), Qt.AlignmentFlag.AlignCenter, elided)
        font.setBold(False)
        painter.setFont(font)
        lower = QRect(rect.left(), rect.top() + row, rect.width(), rect.height() - row)
        painter.setPen(QPen(palette.color(QPalette.ColorRole.Mid)))
        painter.drawRect(lower.adjusted(0, 0, -1, -1))
        painter.setPen(palette.color(QPalette.ColorRole.ButtonText))
        painter.drawText(lower.adjusted(2, 0, -2, 0), Qt.AlignmentFlag.AlignCenter, text)
        painter.restore()
