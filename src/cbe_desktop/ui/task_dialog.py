"""A task: what students did, when, why, and the targets it gives evidence for."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QTableWidget,
    QTableWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from cbe_desktop.core.evidence import TaskInfo
from cbe_desktop.core.gradebook import TargetColumn
from cbe_desktop.core.models import PURPOSES, TASK_TYPES
from cbe_desktop.core.scales import ScaleInfo
from cbe_desktop.ui.evidence_dialog import TYPE_WORDS, pydate, qdate
from cbe_desktop.ui.i18n import Words, level_word

PURPOSE_WORDS = Words(
    {
        "formative": QT_TRANSLATE_NOOP("Words", "Formative (practice, feedback)"),
        "interim": QT_TRANSLATE_NOOP("Words", "Interim (check-in)"),
        "summative": QT_TRANSLATE_NOOP("Words", "Summative (end of unit)"),
    }
)


class TaskDialog(QDialog):
    def __init__(
        self,
        parent: QWidget | None,
        targets: list[TargetColumn],
        task: TaskInfo | None = None,
        *,
        preselect: list[str] | None = None,
        scale: ScaleInfo | None = None,
        rubric: dict[str, dict[float, str]] | None = None,
        target_rubrics: dict[str, dict[float, str]] | None = None,
        rubric_target_ids: set[str] | None = None,
    ) -> None:
        """``scale``: the levels of the task's optional rubric (none: no rubric section);
        ``rubric``: the task's own descriptors; ``target_rubrics``: each target's own,
        shown as hints; ``rubric_target_ids``: the targets on that scale (default: all)."""
        super().__init__(parent)
        self.setWindowTitle(
            QCoreApplication.translate("TaskDialog", "Edit task")
            if task
            else QCoreApplication.translate("TaskDialog", "New task")
        )
        self.setMinimumWidth(520)
        self.title = QLineEdit(task.title if task else "", self)
        self.date = QDateEdit(qdate(date.fromisoformat(task.date) if task else date.today()), self)
        self.date.setCalendarPopup(True)
        self.purpose = QComboBox(self)
        for key in PURPOSES:
            self.purpose.addItem(PURPOSE_WORDS[key], key)
        self.type = QComboBox(self)
        for key in TASK_TYPES:
            self.type.addItem(TYPE_WORDS[key], key)
        if task:
            self.purpose.setCurrentIndex(self.purpose.findData(task.purpose))
            self.type.setCurrentIndex(self.type.findData(task.task_type))
        chosen = set(task.target_ids if task else preselect or [])
        self.targets = QListWidget(self)
        self.targets.setAccessibleName(
            QCoreApplication.translate("TaskDialog", "Targets this task gives evidence for")
        )
        for t in targets:
            item = QListWidgetItem(f"{t.code} — {t.i_can or t.statement}", self.targets)
            item.setData(Qt.ItemDataRole.UserRole, t.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if t.id in chosen else Qt.CheckState.Unchecked)
        self.notes = QLineEdit(task.notes if task else "", self)
        self._all_targets = targets
        self._scale = scale
        self._target_rubrics = target_rubrics or {}
        self._rubric_target_ids = (
            rubric_target_ids if rubric_target_ids is not None else {t.id for t in targets}
        )
        # What the teacher has written, kept while targets are ticked and unticked.
        self._written: dict[str, dict[float, str]] = {
            target_id: dict(levels) for target_id, levels in (rubric or {}).items()
        }
        self._rubric_rows: list[str] = []
        self.rubric_section = self._rubric_section() if scale and scale.levels else None
        self.error = QLabel(self)
        form = QFormLayout(self)
        form.addRow(QCoreApplication.translate("TaskDialog", "&Title:"), self.title)
        form.addRow(QCoreApplication.translate("TaskDialog", "&Date:"), self.date)
        form.addRow(QCoreApplication.translate("TaskDialog", "&Purpose:"), self.purpose)
        form.addRow(QCoreApplication.translate("TaskDialog", "&Kind:"), self.type)
        form.addRow(QCoreApplication.translate("TaskDialog", "T&argets:"), self.targets)
        form.addRow(QCoreApplication.translate("TaskDialog", "&Notes:"), self.notes)
        if self.rubric_section is not None:
            form.addRow(self.rubric_section)
        form.addRow(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    # ----- the task's optional rubric -------------------------------------------
    def _rubric_section(self) -> QWidget:
        """A collapsed section: a row per ticked target, a column per level of the scale."""
        assert self._scale is not None
        section = QWidget(self)
        layout = QVBoxLayout(section)
        layout.setContentsMargins(0, 0, 0, 0)
        self.rubric_toggle = QToolButton(section)
        self.rubric_toggle.setText(
            QCoreApplication.translate("TaskDialog", "&Rubric for this task (optional)")
        )
        self.rubric_toggle.setAccessibleName(
            QCoreApplication.translate("TaskDialog", "Rubric for this task")
        )
        self.rubric_toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.rubric_toggle.setCheckable(True)
        self.rubric_toggle.setArrowType(Qt.ArrowType.RightArrow)
        self.rubric_toggle.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.rubric_hint = QLabel(
            QCoreApplication.translate(
                "TaskDialog",
                "What work at each level looks like on this task. A level left empty "
                "shows the target's own rubric.",
            ),
            section,
        )
        self.rubric_hint.setWordWrap(True)
        levels = self._scale.levels
        self.rubric = QTableWidget(0, len(levels), section)
        self.rubric.setObjectName("taskRubric")
        self.rubric.setAccessibleName(
            QCoreApplication.translate("TaskDialog", "Rubric for this task")
        )
        self.rubric.setAccessibleDescription(
            QCoreApplication.translate(
                "TaskDialog",
                "A row per target, a column per level; type what work at that level looks "
                "like on this task.",
            )
        )
        self.rubric.setHorizontalHeaderLabels(
            [f"{lv.number} {level_word(lv.label)}" for lv in levels]
        )
        self.rubric.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.rubric.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # Descriptors are sentences: room for three lines each, wrapped.
        self.rubric.verticalHeader().setMinimumSectionSize(
            3 * self.rubric.fontMetrics().lineSpacing() + 8
        )
        self.rubric.setWordWrap(True)
        self.rubric.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.rubric.setTabKeyNavigation(False)  # Tab leaves the grid; arrows move in it
        self.rubric.setMinimumHeight(160)
        layout.addWidget(self.rubric_toggle)
        layout.addWidget(self.rubric_hint)
        layout.addWidget(self.rubric)
        self._fill_rubric()
        shown = any(text.strip() for levels in self._written.values() for text in levels.values())
        self.rubric_toggle.toggled.connect(self._show_rubric)
        self.rubric_toggle.setChecked(shown)
        self._show_rubric(shown)
        self.targets.itemChanged.connect(lambda _item: self._refill_rubric())
        return section

    def _show_rubric(self, shown: bool) -> None:
        self.rubric_toggle.setArrowType(
            Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow
        )
        self.rubric_hint.setVisible(shown)
        self.rubric.setVisible(shown)

    def _ticked(self) -> list[TargetColumn]:
        ticked = {
            self.targets.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.targets.count())
            if self.targets.item(i).checkState() == Qt.CheckState.Checked
        }
        return [t for t in self._all_targets if t.id in ticked and t.id in self._rubric_target_ids]

    def _keep_written(self) -> None:
        """Remember what the grid holds now (before its rows change)."""
        assert self._scale is not None
        for r, target_id in enumerate(self._rubric_rows):
            levels = self._written.setdefault(target_id, {})
            for c, lv in enumerate(self._scale.levels):
                item = self.rubric.item(r, c)
                levels[lv.value] = item.text() if item is not None else ""

    def _refill_rubric(self) -> None:
        self._keep_written()
        self._fill_rubric()

    def _fill_rubric(self) -> None:
        assert self._scale is not None
        rows = self._ticked()
        self._rubric_rows = [t.id for t in rows]
        self.rubric.setRowCount(len(rows))
        self.rubric.setVerticalHeaderLabels([t.code for t in rows])
        for r, target in enumerate(rows):
            self.rubric.verticalHeaderItem(r).setToolTip(target.i_can or target.statement)
            written = self._written.get(target.id, {})
            own = self._target_rubrics.get(target.id, {})
            for c, lv in enumerate(self._scale.levels):
                item = QTableWidgetItem(written.get(lv.value, ""))
                label = f"{lv.number} {level_word(lv.label)}"
                item.setData(
                    Qt.ItemDataRole.AccessibleTextRole,
                    QCoreApplication.translate("TaskDialog", "{target}, level {level}").format(
                        target=target.code, level=label
                    ),
                )
                fallback = own.get(lv.value)
                if fallback:
                    item.setToolTip(
                        QCoreApplication.translate(
                            "TaskDialog", "Left empty, the target's rubric shows: {text}"
                        ).format(text=fallback)
                    )
                self.rubric.setItem(r, c, item)

    def task_rubric(self) -> dict[str, dict[float, str]]:
        """{target_id: {level_value: text}} for every ticked target on the scale; empty
        text means no descriptor of the task's own at that level."""
        if self.rubric_section is None:
            return {}
        self._keep_written()
        return {
            target_id: {
                lv.value: self._written.get(target_id, {}).get(lv.value, "").strip()
                for lv in self._scale.levels  # type: ignore[union-attr]
            }
            for target_id in self._rubric_rows
        }

    def _accept(self) -> None:
        if not self.title.text().strip():
            self.error.setText(QCoreApplication.translate("TaskDialog", "Give the task a title."))
            return
        if not self.values()["target_ids"]:
            self.error.setText(
                QCoreApplication.translate("TaskDialog", "Tick at least one target.")
            )
            return
        self.accept()

    def values(self) -> dict:
        return {
            "title": self.title.text().strip(),
            "on": pydate(self.date.date()),
            "purpose": self.purpose.currentData(),
            "task_type": self.type.currentData(),
            "target_ids": [
                self.targets.item(i).data(Qt.ItemDataRole.UserRole)
                for i in range(self.targets.count())
                if self.targets.item(i).checkState() == Qt.CheckState.Checked
            ],
            "notes": self.notes.text().strip(),
            "rubric": self.task_rubric(),
        }
