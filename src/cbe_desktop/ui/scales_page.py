"""Scales: the levels of proficiency, their words, descriptions and colours."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QColorDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cbe_desktop.core.changes import Changes
from cbe_desktop.core.scales import DEFAULT_LEVELS, LevelEdit, live_scales, load_scale, save_scale
from cbe_desktop.core.store import Store
from cbe_desktop.ui.contrast import fill_and_text
from cbe_desktop.ui.i18n import level_word
from cbe_desktop.ui.operations import Operations
from cbe_desktop.ui.page import Page
from cbe_desktop.ui.widgets import heading, hint

IdRole = Qt.ItemDataRole.UserRole + 40
#: The stored text behind a cell that shows one of the program's own words translated.
StoredRole = Qt.ItemDataRole.UserRole + 41


def _word_item(stored: str) -> QTableWidgetItem:
    """A cell showing ``stored`` in the interface language when it is a program word."""
    item = QTableWidgetItem(level_word(stored))
    item.setData(StoredRole, stored)
    return item


def _kept(shown: str, stored: str | None) -> str:
    """What to save for a field: the stored program word while the teacher left its
    translation as shown (so it keeps following each reader's language), else the text."""
    if stored and shown.strip() == level_word(stored).strip():
        return stored
    return shown


VALUE, LABEL, DESCRIPTION, PROFICIENT, COLOUR = range(5)


class ScalesPage(Page):
    def __init__(self, store: Store, operations: Operations, parent: QWidget | None = None) -> None:
        super().__init__(store, operations, parent)
        self._loading = False

        self.scales = QListWidget(self)
        self.scales.setAccessibleName(QCoreApplication.translate("ScalesPage", "Scales"))
        self.scales.currentItemChanged.connect(self._show)
        new_scale = QPushButton(QCoreApplication.translate("ScalesPage", "&New scale…"), self)
        new_scale.clicked.connect(self.new_scale)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(heading(QCoreApplication.translate("ScalesPage", "Scales"), self))
        left_layout.addWidget(self.scales, 1)
        left_layout.addWidget(new_scale)

        self.name = QLineEdit(self)
        self.name.setAccessibleName(QCoreApplication.translate("ScalesPage", "Scale name"))
        self.name.editingFinished.connect(self.save)
        self.levels = QTableWidget(0, 5, self)
        self.levels.setObjectName("scaleLevels")
        self.levels.setAccessibleName(
            QCoreApplication.translate("ScalesPage", "Levels of the scale")
        )
        self.levels.setHorizontalHeaderLabels(
            [
                QCoreApplication.translate("ScalesPage", "Value"),
                QCoreApplication.translate("ScalesPage", "Label"),
                QCoreApplication.translate("ScalesPage", "What it means"),
                QCoreApplication.translate("ScalesPage", "Proficient"),
                QCoreApplication.translate("ScalesPage", "Colour"),
            ]
        )
        self.levels.horizontalHeader().setSectionResizeMode(
            DESCRIPTION, QHeaderView.ResizeMode.Stretch
        )
        self.levels.verticalHeader().hide()
        self.levels.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.levels.setTabKeyNavigation(False)  # arrows move, F2 edits; Tab reaches the buttons
        self.levels.itemChanged.connect(lambda _i: self.save())
        self.levels.cellDoubleClicked.connect(self._cell_activated)
        add_level = QPushButton(QCoreApplication.translate("ScalesPage", "&Add level"), self)
        add_level.clicked.connect(self.add_level)
        remove_level = QPushButton(QCoreApplication.translate("ScalesPage", "&Remove level"), self)
        remove_level.clicked.connect(self.remove_level)
        colour = QPushButton(QCoreApplication.translate("ScalesPage", "&Colour…"), self)
        colour.clicked.connect(lambda: self.choose_colour(self.levels.currentRow()))
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(heading(QCoreApplication.translate("ScalesPage", "Name"), self))
        right_layout.addWidget(self.name)
        right_layout.addWidget(self.levels, 1)
        row = QHBoxLayout()
        for b in (add_level, remove_level, colour):
            row.addWidget(b)
        row.addStretch(1)
        right_layout.addLayout(row)
        right_layout.addWidget(
            hint(
                QCoreApplication.translate(
                    "ScalesPage",
                    "Tick the lowest level that counts as proficient: it and every level above it "
                    "count. The words are printed beside every colour, in the grid and on "
                    "paper, so "
                    "choose colours that help but are never needed.",
                ),
                self,
            )
        )
        splitter = QSplitter(self)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setSizes([260, 800])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self.reload()

    def shows(self, changes: Changes) -> bool:
        return changes.everything

    def refresh(self) -> None:
        self.stale = False
        self.reload()

    def scale_id(self) -> str | None:
        item = self.scales.currentItem()
        return item.data(IdRole) if item else None

    def reload(self, select_id: str | None = None) -> None:
        current = select_id or self.scale_id()
        with self.store.read() as session:
            scales = live_scales(session)
        self.scales.blockSignals(True)
        self.scales.clear()
        for s in scales:
            item = QListWidgetItem(level_word(s.name))
            item.setData(IdRole, s.id)
            self.scales.addItem(item)
        self.scales.blockSignals(False)
        ids = [s.id for s in scales]
        if ids:
            self.scales.setCurrentRow(ids.index(current) if current in ids else 0)
        self._show()

    def _show(self, *_signal_args: object) -> None:
        scale_id = self.scale_id()
        self._loading = True
        self.levels.setRowCount(0)
        if scale_id is None:
            self.name.clear()
            self._loading = False
            return
        with self.store.read() as session:
            scale = load_scale(session, scale_id)
        self.name.setText(level_word(scale.name))
        threshold = scale.proficient_value
        for lv in scale.levels:
            self._append(
                LevelEdit(lv.value, lv.label, lv.description, lv.value == threshold, lv.colour)
            )
        self._loading = False

    def _append(self, level: LevelEdit) -> None:
        row = self.levels.rowCount()
        self.levels.insertRow(row)
        value = QTableWidgetItem(f"{level.value:g}")
        self.levels.setItem(row, VALUE, value)
        self.levels.setItem(row, LABEL, _word_item(level.label))
        self.levels.setItem(row, DESCRIPTION, _word_item(level.description))
        proficient = QTableWidgetItem("")
        proficient.setFlags(
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsUserCheckable
            | Qt.ItemFlag.ItemIsSelectable
        )
        proficient.setCheckState(
            Qt.CheckState.Checked if level.proficient else Qt.CheckState.Unchecked
        )
        self.levels.setItem(row, PROFICIENT, proficient)
        colour = QTableWidgetItem(level.colour.upper())
        fill, ink = fill_and_text(level.colour)  # as the grid shows it
        colour.setBackground(fill)
        colour.setForeground(ink)
        colour.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
        self.levels.setItem(row, COLOUR, colour)

    def _edits(self) -> list[LevelEdit] | None:
        out = []
        for row in range(self.levels.rowCount()):
            try:
                value = float(self.levels.item(row, VALUE).text().replace(",", "."))
            except ValueError:
                self.operations.report(
                    QCoreApplication.translate(
                        "ScalesPage",
                        "The value of level {value} is not a number; write it like 3 or 2.5.",
                    ).format(value=row + 1)
                )
                return None
            out.append(
                LevelEdit(
                    value=value,
                    label=self._field(row, LABEL),
                    description=self._field(row, DESCRIPTION),
                    proficient=self.levels.item(row, PROFICIENT).checkState()
                    == Qt.CheckState.Checked,
                    colour=self.levels.item(row, COLOUR).text(),
                )
            )
        return out

    def _field(self, row: int, column: int) -> str:
        item = self.levels.item(row, column)
        return _kept(item.text(), item.data(StoredRole))

    def save(self) -> None:
        scale_id = self.scale_id()
        if self._loading or scale_id is None:
            return
        edits = self._edits()
        if edits is None:
            return
        with self.store.read() as session:
            before = load_scale(session, scale_id)
        old = [
            LevelEdit(lv.value, lv.label, lv.description, lv.proficient, lv.colour)
            for lv in before.levels
        ]
        name = _kept(self.name.text(), before.name)
        if (
            name.strip() == before.name
            and [(e.value, e.label.strip(), e.description.strip(), e.colour) for e in edits]
            == [(o.value, o.label, o.description, o.colour) for o in old]
            and (
                min((e.value for e in edits if e.proficient), default=None)
                == before.proficient_value
            )
        ):
            return
        ok = self.operations.perform(
            QCoreApplication.translate("ScalesPage", "Edit scale"),
            lambda: save_scale(self.store, scale_id, name, edits)[1],
            lambda: save_scale(self.store, scale_id, before.name, old)[1],
        )
        if not ok:
            self._show()

    def new_scale(self) -> None:
        name, ok = QInputDialog.getText(
            self,
            QCoreApplication.translate("ScalesPage", "New scale"),
            QCoreApplication.translate("ScalesPage", "Name of the scale:"),
        )
        if not ok or not name.strip():
            return
        levels = [LevelEdit(v, lab, d, p, c) for v, lab, d, p, c in DEFAULT_LEVELS]
        created: list[str] = []

        def do() -> Changes:
            scale_id, changes = save_scale(self.store, None, name, levels)
            created.append(scale_id)
            return changes

        if self.operations.call(do):
            self.reload(select_id=created[0])

    def add_level(self) -> None:
        edits = self._edits() or []
        top = max((e.value for e in edits), default=0)
        self._loading = True
        self._append(
            LevelEdit(
                top + 1,
                QCoreApplication.translate("ScalesPage", "New level"),
                "",
                False,
                "#DDDDDD",
            )
        )
        self._loading = False
        self.save()

    def remove_level(self) -> None:
        row = self.levels.currentRow()
        if row < 0:
            return
        self._loading = True
        self.levels.removeRow(row)
        self._loading = False
        self.save()

    def _cell_activated(self, row: int, column: int) -> None:
        if column == COLOUR:
            self.choose_colour(row)

    def choose_colour(self, row: int) -> None:
        if row < 0:
            return
        item = self.levels.item(row, COLOUR)
        colour = QColorDialog.getColor(
            QColor(item.text()),
            self,
            QCoreApplication.translate("ScalesPage", "Colour of the level"),
        )
        if colour.isValid():
            self._loading = True
            item.setText(colour.name().upper())
            item.setBackground(colour)
            self._loading = False
            self.save()
