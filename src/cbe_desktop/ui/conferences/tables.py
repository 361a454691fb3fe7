"""The Conferences page's read-only tables, their cells and buttons."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHeaderView, QPushButton, QTableWidget, QTableWidgetItem, QWidget

from cbe_desktop.ui.widgets import list_table

IdRole = Qt.ItemDataRole.UserRole + 40


KindRole = Qt.ItemDataRole.UserRole + 41


def fitted_table(parent: QWidget, headers: list[str], name: str) -> QTableWidget:
    return list_table(parent, headers, name, rows_fit_text=True)


def begin_fill(table: QTableWidget) -> None:
    """Before many setItem calls: no signals, and rows not measured one item at a time."""
    table.blockSignals(True)
    table.setUpdatesEnabled(False)
    table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)


def end_fill(table: QTableWidget) -> None:
    """Measure the rows once, then keep them fitting their wrapped text."""
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.setUpdatesEnabled(True)
    table.blockSignals(False)


def read_only_cell(words: str, data: object = None, tooltip: str = "") -> QTableWidgetItem:
    item = QTableWidgetItem(words)
    item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
    if data is not None:
        item.setData(IdRole, data)
    if tooltip:
        item.setToolTip(tooltip)
    return item


def new_button(text: str, parent: QWidget, name: str, slot: Callable[[], object]) -> QPushButton:
    button = QPushButton(text, parent)
    button.setAccessibleName(name)
    button.clicked.connect(lambda _checked=False: slot())
    return button
