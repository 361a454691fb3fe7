"""The gradebook grid: a frozen column of names beside the scrolling targets."""

from __future__ import annotations

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QPoint,
    Qt,
    Signal,
)
from PySide6.QtGui import QContextMenuEvent, QFontMetrics, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from cbe_desktop.core.gradebook import ClassGrid
from cbe_desktop.core.scales import ScaleInfo
from cbe_desktop.core.status import Status
from cbe_desktop.ui.contrast import fill_and_text
from cbe_desktop.ui.gradebook_model import NOT_YET_MARK, OVERRIDE_MARK, GradebookModel
from cbe_desktop.ui.grouped_header import GroupedHeaderView
from cbe_desktop.ui.i18n import level_word, say

NAME_WIDTH = 190  # the narrowest columns; wider when the text size or the words need it
TARGET_WIDTH = 104
SUMMARY_WIDTH = 96


class GradebookTable(QTableView):
    """The scrolling part of the grid; turns the teacher's keys into actions.

    Digits record that level, N marks "not yet", M missing, X excused, Enter opens the
    full evidence dialog, Delete withdraws the newest evidence of the cell. The menu key
    (or Shift+F10, or a right-click) offers the target's method, as a right-click on its
    heading does. Arrows move between cells; Tab leaves the grid for the next control.
    """

    level_typed = Signal(float)
    mark_typed = Signal(str)  # "not_yet" | "missing" | "excused"
    dialog_requested = Signal()
    retract_requested = Signal()
    header_menu_requested = Signal(int, QPoint)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.typeable: dict[str, float] = {}

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        text = event.text()
        if modifiers in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.ShiftModifier):
            if text in self.typeable:
                self.level_typed.emit(self.typeable[text])
                return
            letter = text.upper()
            if letter in ("N", "M", "X"):
                self.mark_typed.emit({"N": "not_yet", "M": "missing", "X": "excused"}[letter])
                return
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.dialog_requested.emit()
                return
            if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
                self.retract_requested.emit()
                return
        if key == Qt.Key.Key_Menu or (
            key == Qt.Key.Key_F10 and modifiers == Qt.KeyboardModifier.ShiftModifier
        ):
            self.method_menu_for_current()
            return
        super().keyPressEvent(event)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        if event.reason() == QContextMenuEvent.Reason.Mouse:
            column = self.columnAt(event.pos().x())
            if column >= 0:
                self.header_menu_requested.emit(column, event.globalPos())
            return
        self.method_menu_for_current()

    def method_menu_for_current(self) -> None:
        """The current cell's target method menu, opened under the cell."""
        index = self.currentIndex()
        if not index.isValid():
            return
        rect = self.visualRect(index)
        self.header_menu_requested.emit(
            index.column(), self.viewport().mapToGlobal(rect.bottomLeft())
        )


def _configure(view: QTableView) -> None:
    view.setHorizontalHeader(GroupedHeaderView(view))
    view.verticalHeader().hide()
    view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 12)  # see set_grid
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setWordWrap(False)
    view.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
    view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)


class GradebookView(QWidget):
    """Shows a :class:`ClassGrid`; emits ``current_cell_changed`` with the cell's words."""

    current_cell_changed = Signal(str)

    def __init__(self, parent: QWidget | None = None, *, summaries: bool = True) -> None:
        super().__init__(parent)
        self.model = GradebookModel(parent=self)
        self._summaries = summaries
        self.names = QTableView(self)
        self.table = GradebookTable(self)
        for view in (self.names, self.table):
            _configure(view)
            view.setModel(self.model)
        self.names.setObjectName("gradebookNames")
        self.table.setObjectName("gradebookTable")
        self.names.setAccessibleName(QCoreApplication.translate("GradebookView", "Students"))
        self.table.setAccessibleName(
            QCoreApplication.translate(
                "GradebookView", "Gradebook: estimates of each student on each target"
            )
        )
        self.table.setAccessibleDescription(
            QCoreApplication.translate(
                "GradebookView",
                "Arrows move between cells. Type a level to record it; N not yet, M missing, "
                "X excused, Enter the full evidence, Delete withdraws the newest. The menu key "
                "or Shift+F10 chooses how the target is estimated. Tab leaves the grid.",
            )
        )
        self.table.setTabKeyNavigation(False)  # arrows move in the grid; Tab moves on
        self.table.setSelectionModel(self.names.selectionModel())
        self.names.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.names.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.names.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.names.setFrameShape(QFrame.Shape.NoFrame)
        self.table.setFrameShape(QFrame.Shape.NoFrame)
        self.names.verticalScrollBar().valueChanged.connect(self.table.verticalScrollBar().setValue)
        self.table.verticalScrollBar().valueChanged.connect(self.names.verticalScrollBar().setValue)
        self.names.clicked.connect(self._name_clicked)
        header = self.table.horizontalHeader()
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(
            lambda pos: self.table.header_menu_requested.emit(
                header.logicalIndexAt(pos), header.mapToGlobal(pos)
            )
        )
        self.table.selectionModel().currentChanged.connect(self._current_changed)

        self.empty = QLabel(self)
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.hide()
        self.legend = QLabel(self)
        self.legend.setObjectName("legend")
        self.legend.setTextFormat(Qt.TextFormat.RichText)
        self.legend.setWordWrap(True)

        grid_row = QHBoxLayout()
        grid_row.setSpacing(0)
        grid_row.setContentsMargins(0, 0, 0, 0)
        grid_row.addWidget(self.names)
        grid_row.addWidget(self.table, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(grid_row, 1)
        layout.addWidget(self.empty, 1)
        layout.addWidget(self.legend)

    # ----- content -----------------------------------------------------------
    def set_grid(self, grid: ClassGrid | None, *, empty_text: str = "") -> None:
        self.model.set_grid(grid, summaries=self._summaries)
        has_rows = bool(grid and grid.students and grid.targets)
        self.names.setVisible(has_rows)
        self.table.setVisible(has_rows)
        self.empty.setVisible(not has_rows)
        if not has_rows:
            self.empty.setText(
                empty_text or QCoreApplication.translate("GradebookView", "Nothing to show yet.")
            )
        columns = self.model.columnCount()
        name_width, target_width, summary_width = self._column_widths()
        for column in range(columns):
            self.names.setColumnHidden(column, column != GradebookModel.NAME_COLUMN)
            self.table.setColumnHidden(column, column == GradebookModel.NAME_COLUMN)
            width = name_width if column == 0 else target_width
            if not self.model.is_target_column(column) and column:
                width = summary_width
            self.table.setColumnWidth(column, width)
            self.names.setColumnWidth(column, width)
        self.names.setFixedWidth(name_width + 2)
        self.legend.setText(legend_html(grid.scale) if grid else "")
        self.table.typeable = {
            lv.number: lv.value for lv in (grid.scale.levels if grid else ()) if len(lv.number) == 1
        }
        self.apply_filters()
        if has_rows:
            first = self._first_visible()
            if first is not None:
                self.table.setCurrentIndex(self.model.index(*first))

    def _column_widths(self) -> tuple[int, int, int]:
        """Widths that fit the words at the current text size (zoom, system font)."""
        metrics = self.table.fontMetrics()
        row_height = metrics.height() + 12
        for view in (self.names, self.table):
            view.verticalHeader().setDefaultSectionSize(row_height)
        model = self.model
        pad = 18
        names = [str(model.data(model.index(r, 0)) or "") for r in range(model.rowCount())]
        name_width = max([NAME_WIDTH] + [metrics.horizontalAdvance(n) + pad for n in names])
        name_width = min(name_width, max(NAME_WIDTH, metrics.averageCharWidth() * 36))
        # A class's cells say a few different things (levels, "not yet", blanks): each
        # is measured once, not once per cell.
        texts = model.target_texts()
        texts.update(
            str(model.headerData(c, Qt.Orientation.Horizontal) or "")
            for c in range(1, model.target_count() + 1)
        )
        target_width = max([TARGET_WIDTH] + [metrics.horizontalAdvance(t) + pad for t in texts])
        summaries = [
            str(model.headerData(c, Qt.Orientation.Horizontal) or "")
            for c in range(model.target_count() + 1, model.columnCount())
        ]
        bold = self.table.horizontalHeader().font()
        bold.setBold(True)
        header_metrics = QFontMetrics(bold)
        summary_width = max(
            [SUMMARY_WIDTH] + [header_metrics.horizontalAdvance(t) + pad for t in summaries]
        )
        return name_width, target_width, summary_width

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self.model.restyle()
            grid = self.model.grid
            self.legend.setText(legend_html(grid.scale) if grid else "")

    # ----- filters -------------------------------------------------------------
    def set_filters(
        self,
        *,
        competency: str | None = None,
        open_not_yet: bool = False,
        no_evidence: bool = False,
    ) -> None:
        self._filters = (competency, open_not_yet, no_evidence)
        self.apply_filters()

    def apply_filters(self) -> None:
        """Hide the columns and rows the filters leave out (the data is not touched)."""
        competency, open_not_yet, no_evidence = getattr(self, "_filters", (None, False, False))
        grid = self.model.grid
        if grid is None:
            return
        visible_targets = []
        for c, target in enumerate(grid.targets):
            show = competency is None or target.competency_id == competency
            if show and no_evidence:
                show = any(
                    grid.cells[r][c].status == Status.NO_EVIDENCE for r in range(len(grid.students))
                )
            self.table.setColumnHidden(c + 1, not show)
            if show:
                visible_targets.append(c)
        for r in range(len(grid.students)):
            cells = [grid.cells[r][c] for c in visible_targets]
            show = True
            if open_not_yet:
                show = any(cell.open_not_yet for cell in cells)
            if show and no_evidence:
                show = any(cell.status == Status.NO_EVIDENCE for cell in cells)
            self.table.setRowHidden(r, not show)
            self.names.setRowHidden(r, not show)

    def _first_visible(self) -> tuple[int, int] | None:
        grid = self.model.grid
        if grid is None:
            return None
        rows = [r for r in range(len(grid.students)) if not self.table.isRowHidden(r)]
        columns = [c for c in range(1, len(grid.targets) + 1) if not self.table.isColumnHidden(c)]
        return (rows[0], columns[0]) if rows and columns else None

    def _name_clicked(self, index: QModelIndex) -> None:
        column = self.table.currentIndex().column() if self.table.currentIndex().isValid() else 1
        self.table.setCurrentIndex(self.model.index(index.row(), max(1, column)))
        self.table.setFocus()

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        cell = self.model.cell_at(current)
        grid = self.model.grid
        if cell is None or grid is None:
            self.current_cell_changed.emit("")
            return
        student = grid.students[current.row()].name
        target = grid.targets[current.column() - 1]
        self.current_cell_changed.emit(f"{student} — {target.code}: {say(cell.explanation)}")

    def announce_current(self) -> None:
        """Say again what the current cell holds (after switching tabs)."""
        self._current_changed(self.table.currentIndex(), QModelIndex())

    def select(self, row: int, column: int) -> None:
        index = self.model.index(row, column)
        self.table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
        )


def legend_html(scale: ScaleInfo) -> str:
    """The key under the grid: every level's colour with its number and word."""
    swatches = ""
    for lv in scale.levels:
        fill, text = fill_and_text(lv.colour)
        swatches += (
            f'<span style="background-color:{fill.name()}; color:{text.name()}">&nbsp;'
            f"{lv.number} {level_word(lv.label)}&nbsp;</span>&nbsp;&nbsp;"
        )
    marks = QCoreApplication.translate(
        "GradebookView",
        "&nbsp;&nbsp;{NOT_YET_MARK} open “not yet”&nbsp;&nbsp; {OVERRIDE_MARK} set by the "
        "teacher&nbsp;&nbsp; — not assessed yet",
    ).format(NOT_YET_MARK=NOT_YET_MARK, OVERRIDE_MARK=OVERRIDE_MARK)
    return f"<div style='margin:6px'>{swatches}{marks}</div>"
