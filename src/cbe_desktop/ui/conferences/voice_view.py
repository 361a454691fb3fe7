"""The layout of the Conferences page's "Goals and reflection" tab."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QButtonGroup,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QRadioButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from cbe_desktop.ui.conferences.tables import fitted_table, new_button
from cbe_desktop.ui.voice_dialog import VoiceDialog
from cbe_desktop.ui.widgets import hint


class VoiceView:
    """Lays out the goals and reflection tab of :class:`ConferencesPage` (its behaviour:
    :class:`GoalsAndReflection`)."""

    def _build_voice(self) -> QWidget:
        page = QWidget(self)
        self.voice_heading = QLabel(page)
        self.voice_heading.setTextFormat(Qt.TextFormat.RichText)
        self.voice_heading.setWordWrap(True)
        self.voice_table = fitted_table(
            page,
            [
                QCoreApplication.translate("ConferencesPage", "Date"),
                QCoreApplication.translate("ConferencesPage", "Kind"),
                QCoreApplication.translate("ConferencesPage", "Written by"),
                QCoreApplication.translate("ConferencesPage", "In their words"),
            ],
            QCoreApplication.translate("ConferencesPage", "Goals and reflections"),
        )
        self.voice_table.setObjectName("conferenceVoiceTable")
        self.voice_table.itemSelectionChanged.connect(self._update_voice_buttons)
        self.voice_table.itemDoubleClicked.connect(lambda _item: self.edit_selected_voice())
        self.new_button = new_button(
            QCoreApplication.translate("ConferencesPage", "&New"),
            page,
            QCoreApplication.translate("ConferencesPage", "Write something new"),
            self.new_writing,
        )
        self.edit_button = new_button(
            QCoreApplication.translate("ConferencesPage", "&Change selected"),
            page,
            QCoreApplication.translate("ConferencesPage", "Edit the selected goal or reflection"),
            self.edit_selected_voice,
        )
        self.delete_voice_button = new_button(
            QCoreApplication.translate("ConferencesPage", "&Delete selected"),
            page,
            QCoreApplication.translate("ConferencesPage", "Delete the selected goal or reflection"),
            self.delete_selected_voice,
        )
        list_buttons = QHBoxLayout()
        list_buttons.addWidget(self.new_button)
        list_buttons.addWidget(self.edit_button)
        list_buttons.addWidget(self.delete_voice_button)
        list_buttons.addStretch(1)

        self.writer_box = QGroupBox(
            QCoreApplication.translate("ConferencesPage", "Writing something new"), page
        )
        self.writer_box.setObjectName("voiceWriter")
        self.by_student = QRadioButton(
            QCoreApplication.translate("ConferencesPage", "Typed by the st&udent"), self.writer_box
        )
        self.by_student.setAccessibleName(
            QCoreApplication.translate("ConferencesPage", "Written by the student")
        )
        self.by_teacher = QRadioButton(
            QCoreApplication.translate("ConferencesPage", "Typed by the &teacher"), self.writer_box
        )
        self.by_teacher.setAccessibleName(
            QCoreApplication.translate("ConferencesPage", "Written by the teacher")
        )
        self.by_student.setChecked(True)
        self.authors = QButtonGroup(self)
        self.authors.addButton(self.by_student)
        self.authors.addButton(self.by_teacher)
        self.by_student.toggled.connect(lambda _on: self._writer_font())
        self.voice_edit = QPlainTextEdit(self.writer_box)
        self.voice_edit.setObjectName("voiceEdit")
        self.voice_edit.setAccessibleName(
            QCoreApplication.translate(
                "ConferencesPage", "A goal or reflection, in the writer's own words"
            )
        )
        self.voice_edit.setTabChangesFocus(True)
        self.voice_edit.setPlaceholderText(
            QCoreApplication.translate(
                "ConferencesPage", "“I learned…”, “I am proud of…”, “I will…”"
            )
        )
        self.voice_edit.setMinimumHeight(110)
        self.voice_edit.textChanged.connect(self._update_voice_buttons)
        self._base_font = QFont(self.voice_edit.font())
        prompts = hint(
            QCoreApplication.translate(
                "ConferencesPage", "A goal: {value}\nA reflection: {value2}"
            ).format(value=VoiceDialog.PROMPTS["goal"], value2=VoiceDialog.PROMPTS["reflection"]),
            self.writer_box,
        )
        self.keep_goal_button = new_button(
            QCoreApplication.translate("ConferencesPage", "Keep as a &goal"),
            self.writer_box,
            QCoreApplication.translate("ConferencesPage", "Keep as a goal"),
            lambda: self.keep_voice("goal"),
        )
        self.keep_reflection_button = new_button(
            QCoreApplication.translate("ConferencesPage", "Kee&p as a reflection"),
            self.writer_box,
            QCoreApplication.translate("ConferencesPage", "Keep as a reflection"),
            lambda: self.keep_voice("reflection"),
        )
        self.save_edit_button = new_button(
            QCoreApplication.translate("ConferencesPage", "S&ave changes"),
            self.writer_box,
            QCoreApplication.translate("ConferencesPage", "Save the changes"),
            self.save_voice_edit,
        )
        self.cancel_edit_button = new_button(
            QCoreApplication.translate("ConferencesPage", "Cance&l editing"),
            self.writer_box,
            QCoreApplication.translate("ConferencesPage", "Cancel editing"),
            self.new_writing,
        )
        who = QHBoxLayout()
        who.addWidget(self.by_student)
        who.addWidget(self.by_teacher)
        who.addStretch(1)
        keep = QHBoxLayout()
        keep.addWidget(self.keep_goal_button)
        keep.addWidget(self.keep_reflection_button)
        keep.addWidget(self.save_edit_button)
        keep.addWidget(self.cancel_edit_button)
        keep.addStretch(1)
        writer = QVBoxLayout(self.writer_box)
        writer.addLayout(who)
        writer.addWidget(prompts)
        writer.addWidget(self.voice_edit, 1)
        writer.addLayout(keep)

        split = QSplitter(Qt.Orientation.Vertical, page)
        top = QWidget(split)
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(self.voice_table, 1)
        top_layout.addLayout(list_buttons)
        split.addWidget(top)
        split.addWidget(self.writer_box)
        split.setChildrenCollapsible(False)
        layout = QVBoxLayout(page)
        layout.addWidget(self.voice_heading)
        layout.addWidget(split, 1)
        layout.addWidget(
            hint(
                QCoreApplication.translate(
                    "ConferencesPage",
                    "The student can type here at the laptop: choose “Typed by the student” and "
                    "the letters get bigger. The packet prints every goal and reflection, newest "
                    "first, as written. Double-click one to edit it; Ctrl+Z undoes each change.",
                ),
                page,
            )
        )
        self._writer_font()
        return page
