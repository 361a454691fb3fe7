"""The Insights page's read-only tables and their data roles."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import QComboBox, QTableWidget, QTableWidgetItem, QWidget

from cbe_desktop.ui.i18n import Words
from cbe_desktop.ui.widgets import list_table

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


def read_only_item(text: str, data: object = None, role: int = IdRole) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
    if data is not None:
        item.setData(role, data)
    return item


def fitted_table(parent: QWidget, headers: list[str], name: str) -> QTableWidget:
    return list_table(parent, headers, name, rows_fit_text=False)


def refill(combo: QComboBox, entries: list[tuple[object, str]]) -> None:
    """Replace a combo's entries, keeping the chosen one if it is still there."""
    current = combo.currentData()
    combo.blockSignals(True)
    combo.clear()
    for data, label in entries:
        combo.addItem(label, data)
    index = combo.findData(current) if current is not None else -1
    combo.setCurrentIndex(index if index >= 0 else (0 if entries else -1))
    combo.blockSignals(False)
