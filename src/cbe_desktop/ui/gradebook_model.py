"""The gradebook's table model: precomputed cells, cheap ``data()``."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from cbe_desktop.core.gradebook import Cell, ClassGrid
from cbe_desktop.core.scales import format_number
from cbe_desktop.core.status import Status
from cbe_desktop.ui.contrast import fill_and_text
from cbe_desktop.ui.i18n import Words, level_word, say

STATUS_WORDS = Words(
    {
        Status.PROFICIENT: QT_TRANSLATE_NOOP("Words", "Proficient"),
        Status.IN_PROGRESS: QT_TRANSLATE_NOOP("Words", "In progress"),
        Status.NOT_YET: QT_TRANSLATE_NOOP("Words", "Not yet"),
        Status.NO_EVIDENCE: QT_TRANSLATE_NOOP("Words", "Not assessed yet"),
    }
)
NOT_YET_MARK = "⚑"
OVERRIDE_MARK = "✎"
#: Beside a level modified for the student's individual plan (IEP), with words in the tip.
MODIFIED_MARK = "(M)"

# Custom roles
GroupRole = Qt.ItemDataRole.UserRole + 1  # header: the competency a column belongs to
StatusRole = Qt.ItemDataRole.UserRole + 2  # cell: the status word of the cell
CellRole = Qt.ItemDataRole.UserRole + 3  # cell: the Cell itself

#: The roles a cell answers; Qt asks for several more at every paint (font, decoration,
#: check state, size...), and those are answered at once, before any lookup.
_ANSWERED_ROLES = frozenset(
    int(role)
    for role in (
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.BackgroundRole,
        Qt.ItemDataRole.ForegroundRole,
        Qt.ItemDataRole.ToolTipRole,
        Qt.ItemDataRole.AccessibleTextRole,
        Qt.ItemDataRole.TextAlignmentRole,
        StatusRole,
        CellRole,
    )
)

Index = QModelIndex | QPersistentModelIndex


def open_revisions(count: int) -> str:
    """ "1 open “not yet” revision", "3 open “not yet” revisions" in the interface language."""
    if count == 1:
        return QCoreApplication.translate("GradebookModel", "1 open “not yet” revision")
    return QCoreApplication.translate("GradebookModel", "{count} open “not yet” revisions").format(
        count=count
    )


def pieces_of_evidence(count: int) -> str:
    """ "1 piece of evidence", "4 pieces of evidence" in the interface language."""
    if count == 1:
        return QCoreApplication.translate("GradebookModel", "1 piece of evidence")
    return QCoreApplication.translate("GradebookModel", "{count} pieces of evidence").format(
        count=count
    )


class GradebookModel(QAbstractTableModel):
    """Students as rows; column 0 their name, then one column per target, then summaries."""

    NAME_COLUMN = 0

    def __init__(self, grid: ClassGrid | None = None, parent: Any = None) -> None:
        super().__init__(parent)
        self._grid: ClassGrid | None = None
        self._colours: dict[float, tuple[QBrush, QBrush]] = {}  # level: (fill, text)
        self._summaries = True
        self._row_of: dict[str, int] = {}
        self._column_of: dict[str, int] = {}
        #: (student id, target id) -> the note, for targets modified for an individual plan
        self._modified: dict[tuple[str, str], str] = {}
        self._planned: set[str] = set()  # students with a modified target
        self._texts: dict[tuple[int, int], str] = {}  # (row, column): a target cell's words
        if grid is not None:
            self.set_grid(grid)

    # ----- data loading ------------------------------------------------------
    def set_grid(self, grid: ClassGrid | None, *, summaries: bool = True) -> None:
        self.beginResetModel()
        self._grid = grid
        self._texts = {}
        self._summaries = summaries
        self._colours = self._level_brushes(grid)
        self._row_of = {s.id: i for i, s in enumerate(grid.students)} if grid else {}
        self._column_of = {t.id: i for i, t in enumerate(grid.targets)} if grid else {}
        self.endResetModel()

    def set_modified(self, modified: dict[tuple[str, str], str]) -> None:
        """Flag the targets modified for students' individual plans (IEP)."""
        self._modified = dict(modified)
        self._planned = {student for student, _ in modified}
        if self.rowCount() and self.columnCount():
            self.dataChanged.emit(
                self.index(0, 0), self.index(self.rowCount() - 1, self.columnCount() - 1)
            )

    def modified_note(self, student_id: str, target_id: str) -> str | None:
        return self._modified.get((student_id, target_id))

    @staticmethod
    def _level_brushes(grid: ClassGrid | None) -> dict[float, tuple[QBrush, QBrush]]:
        """Each level's fill and text, readable together (and high contrast when asked)."""
        if grid is None:
            return {}
        out = {}
        for level in grid.scale.levels:
            fill, text = fill_and_text(QColor(level.colour))
            out[level.value] = (QBrush(fill), QBrush(text))
        return out

    def restyle(self) -> None:
        """The palette or the contrast setting changed: recolour every cell."""
        self._colours = self._level_brushes(self._grid)
        if self.rowCount() and self.columnCount():
            self.dataChanged.emit(
                self.index(0, 0),
                self.index(self.rowCount() - 1, self.columnCount() - 1),
                [Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ForegroundRole],
            )

    @property
    def grid(self) -> ClassGrid | None:
        return self._grid

    def target_count(self) -> int:
        return len(self._grid.targets) if self._grid else 0

    def is_target_column(self, column: int) -> bool:
        return 1 <= column <= self.target_count()

    def update_cell(self, row: int, column: int, cell: Cell) -> None:
        """Replace one cell (grid coordinates) and repaint it and its row's summaries."""
        if self._grid is None:
            return
        self._grid.cells[row][column] = cell
        self._texts.pop((row, column + 1), None)
        self.dataChanged.emit(self.index(row, column + 1), self.index(row, column + 1))
        if self._summaries:
            first = 1 + len(self._grid.targets)
            self.dataChanged.emit(self.index(row, first), self.index(row, first + 1))

    def position_of(self, student_id: str, target_id: str) -> tuple[int, int] | None:
        """Grid coordinates (row, target column) of a student x target, if shown."""
        if self._grid is None:
            return None
        rows = self._row_of
        columns = self._column_of
        if student_id in rows and target_id in columns:
            return rows[student_id], columns[target_id]
        return None

    def cell_at(self, index: Index) -> Cell | None:
        if self._grid is None or not index.isValid() or not self.is_target_column(index.column()):
            return None
        return self._grid.cell(index.row(), index.column() - 1)

    # ----- Qt model API ------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() or self._grid is None:
            return 0
        return len(self._grid.students)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() or self._grid is None:
            return 0
        return 1 + len(self._grid.targets) + (2 if self._summaries else 0)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        grid = self._grid
        if grid is None or role not in _ANSWERED_ROLES or not index.isValid():
            return None
        row, column = index.row(), index.column()
        if not (0 <= row < len(grid.students)) or not (0 <= column < self.columnCount()):
            return None
        student = grid.students[row]
        if column == self.NAME_COLUMN:
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
                if student.id in self._planned:
                    return QCoreApplication.translate(
                        "GradebookModel", "{name} (individual plan)"
                    ).format(name=student.name)
                return student.name
            if role == Qt.ItemDataRole.ToolTipRole:
                return QCoreApplication.translate(
                    "GradebookModel", "{name} — family language: {family_language}"
                ).format(name=student.name, family_language=student.family_language)
            return None
        if not self.is_target_column(column):
            return self._summary_data(row, column - 1 - len(grid.targets), role)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._target_text(row, column)
        cell = grid.cell(row, column - 1)
        target = grid.targets[column - 1]
        note = self._modified.get((student.id, target.id)) if self._modified else None
        if note is not None and role in (
            Qt.ItemDataRole.ToolTipRole,
            Qt.ItemDataRole.AccessibleTextRole,
        ):
            return self._modified_data(student.name, target.code, cell, note, role)
        if role in (Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ForegroundRole):
            if cell.level is None or cell.estimate is None:
                return None  # the palette's own base and text
            brushes = self._colours.get(cell.level.value)
            if brushes is None:
                return None
            return brushes[0] if role == Qt.ItemDataRole.BackgroundRole else brushes[1]
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.cell_tooltip(student.name, target.code, cell)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{student.name}, {target.code}: {self.cell_words(cell)}"
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == StatusRole:
            return cell.status
        if role == CellRole:
            return cell
        return None

    def _target_text(self, row: int, column: int) -> str:
        """What a target cell shows (``column`` the model's): worded once per cell, until
        the cell or the grid changes; a target modified for the student is marked."""
        grid = self._grid
        assert grid is not None
        if self._modified:
            key = (grid.students[row].id, grid.targets[column - 1].id)
            if key in self._modified:
                return f"{self.cell_text(grid.cell(row, column - 1))} {MODIFIED_MARK}"
        text = self._texts.get((row, column))
        if text is None:
            text = self._texts[(row, column)] = self.cell_text(grid.cell(row, column - 1))
        return text

    def target_texts(self) -> set[str]:
        """Every different thing the target cells show (the view measures their widths),
        read without going through Qt's indexes: a class has over a thousand cells."""
        if self._grid is None:
            return set()
        columns = range(1, len(self._grid.targets) + 1)
        return {self._target_text(r, c) for r in range(len(self._grid.students)) for c in columns}

    def _modified_data(self, name: str, code: str, cell: Cell, note: str, role: int) -> str:
        words = QCoreApplication.translate(
            "GradebookModel", "Modified for the student's individual plan (IEP)"
        )
        if note:
            words = f"{words}: {note}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{self.cell_tooltip(name, code, cell)}\n{MODIFIED_MARK} {words}"
        return f"{name}, {code}: {self.cell_words(cell)}; {words}"

    def _summary_data(self, row: int, which: int, role: int) -> Any:
        grid = self._grid
        assert grid is not None
        if which == 0:
            count, total = grid.proficient_count(row), len(grid.targets)
            text = f"{count} of {total}"
            tip = QCoreApplication.translate(
                "GradebookModel", "Proficient on {count} of {total} targets"
            ).format(count=count, total=total)
        else:
            count = grid.open_not_yet_count(row)
            text = str(count) if count else ""
            tip = open_revisions(count)
        if role == Qt.ItemDataRole.DisplayRole:
            return text
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            return tip
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        grid = self._grid
        if grid is None:
            return None
        if orientation == Qt.Orientation.Vertical:
            if role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(grid.students):
                return str(section + 1)
            return None
        if section == self.NAME_COLUMN:
            return (
                QCoreApplication.translate("GradebookModel", "Student")
                if role == Qt.ItemDataRole.DisplayRole
                else None
            )
        if self.is_target_column(section):
            target = grid.targets[section - 1]
            if role == Qt.ItemDataRole.DisplayRole:
                return target.code
            if role == Qt.ItemDataRole.ToolTipRole:
                tip = f"{target.code}: {target.statement}"
                tip = f"{tip}\n{target.i_can}" if target.i_can else tip
                return (
                    tip
                    + "\n"
                    + QCoreApplication.translate(
                        "GradebookModel",
                        "How this target is estimated: right-click here, or press the menu key "
                        "(Shift+F10) on one of its cells.",
                    )
                )
            if role == GroupRole:
                if target.competency_code or target.competency_title:
                    return f"{target.competency_code} · {target.competency_title}".strip(" ·")
                return ""
            return None
        which = section - 1 - len(grid.targets)
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                QCoreApplication.translate("GradebookModel", "Proficient")
                if which == 0
                else QCoreApplication.translate("GradebookModel", "Not yet")
            )
        if role == Qt.ItemDataRole.ToolTipRole:
            return (
                QCoreApplication.translate("GradebookModel", "Targets proficient, of all targets")
                if which == 0
                else QCoreApplication.translate("GradebookModel", "Open 'not yet' revisions")
            )
        return None

    # ----- words -------------------------------------------------------------
    @staticmethod
    def cell_text(cell: Cell) -> str:
        if cell.estimate is not None and cell.level is not None:
            text = f"{format_number(cell.estimate)} {level_word(cell.level.label)}"
        else:
            text = say(cell.short_text)
        if cell.overridden:
            text = f"{text} {OVERRIDE_MARK}"
        if cell.open_not_yet:
            text = (
                f"{NOT_YET_MARK} {text}"
                if cell.estimate is not None
                else QCoreApplication.translate("GradebookModel", "{NOT_YET_MARK} Not yet").format(
                    NOT_YET_MARK=NOT_YET_MARK
                )
            )
        return text

    @staticmethod
    def cell_words(cell: Cell) -> str:
        """The cell in words, for a screen reader: "3 Proficient, 1 open “not yet”"."""
        status = STATUS_WORDS[cell.status]
        if cell.estimate is None:
            words = [status]
        elif cell.level is None:
            words = [format_number(cell.estimate), status.lower()]
        else:
            level = level_word(cell.level.label)
            words = [f"{format_number(cell.estimate)} {level}"]
            if status.lower() != level.lower() and not (
                cell.status == Status.NOT_YET and cell.open_not_yet
            ):
                words.append(status.lower())
        if cell.open_not_yet:
            words.append(open_revisions(cell.open_not_yet))
        if cell.overridden:
            words.append(QCoreApplication.translate("GradebookModel", "set by the teacher"))
        return ", ".join(words)

    @staticmethod
    def cell_tooltip(student: str, code: str, cell: Cell) -> str:
        lines = [f"{student} — {code}", say(cell.explanation)]
        lines.append(
            pieces_of_evidence(cell.evidence_count)
            + (
                QCoreApplication.translate("GradebookModel", ", {missing} missing").format(
                    missing=cell.missing
                )
                if cell.missing
                else ""
            )
            + (
                QCoreApplication.translate("GradebookModel", ", {excused} excused").format(
                    excused=cell.excused
                )
                if cell.excused
                else ""
            )
        )
        lines.append(
            QCoreApplication.translate("GradebookModel", "Status: {value}").format(
                value=STATUS_WORDS[cell.status]
            )
        )
        if cell.open_not_yet:
            lines.append(f"{NOT_YET_MARK} {open_revisions(cell.open_not_yet)}")
        if cell.overridden:
            lines.append(
                QCoreApplication.translate(
                    "GradebookModel", "{OVERRIDE_MARK} Set by the teacher"
                ).format(OVERRIDE_MARK=OVERRIDE_MARK)
            )
        return "\n".join(lines)
