"""Students' goals and reflections on the Insights page: listed by target, added and deleted
(each one undo step)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cbe_desktop.core import voice
from cbe_desktop.ui import voice_actions
from cbe_desktop.ui.i18n import say
from cbe_desktop.ui.insights.tables import IdRole, KindRole, fitted_table, read_only_item
from cbe_desktop.ui.voice_dialog import VoiceDialog
from cbe_desktop.ui.widgets import hint


class StudentVoice:
    """The student voice panel of :class:`InsightsPage`."""

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
        self.voice_table = fitted_table(
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
            when = read_only_item(item.written_on, item.id)
            when.setData(KindRole, item.kind)
            table.setItem(row, 0, when)
            table.setItem(row, 1, read_only_item(say(item.kind_words)))
            table.setItem(row, 2, read_only_item(say(item.author_name)))
            table.setItem(row, 3, read_only_item(item.text))
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
