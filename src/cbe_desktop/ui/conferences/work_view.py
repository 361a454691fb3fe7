"""The layout of the Conferences page's "Work to show" tab."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QSplitter, QVBoxLayout, QWidget

from cbe_desktop.ui.conferences.tables import fitted_table, new_button
from cbe_desktop.ui.widgets import CommitTextEdit, hint


class WorkView:
    """Lays out the work tab of :class:`ConferencesPage` (its behaviour: :class:`WorkToShow`)."""

    def _build_work(self) -> QWidget:
        page = QWidget(self)
        self.work_heading = QLabel(page)
        self.work_heading.setTextFormat(Qt.TextFormat.RichText)
        self.work_heading.setWordWrap(True)

        chosen_box = QGroupBox(
            QCoreApplication.translate(
                "ConferencesPage", "Chosen for the packet, in the order it shows them"
            ),
            page,
        )
        self.chosen_table = fitted_table(
            chosen_box,
            [
                "#",
                QCoreApplication.translate("ConferencesPage", "Date"),
                QCoreApplication.translate("ConferencesPage", "Task"),
                QCoreApplication.translate("ConferencesPage", "Target"),
                QCoreApplication.translate("ConferencesPage", "Level"),
                QCoreApplication.translate("ConferencesPage", "Why I chose it"),
            ],
            QCoreApplication.translate("ConferencesPage", "Work chosen for the packet"),
        )
        self.chosen_table.setObjectName("chosenTable")
        self.chosen_table.itemSelectionChanged.connect(self._chosen_selected)
        self.chosen_empty = hint("", chosen_box)
        self.up_button = new_button(
            QCoreApplication.translate("ConferencesPage", "Move &up"),
            chosen_box,
            QCoreApplication.translate("ConferencesPage", "Move up"),
            lambda: self.move_chosen(-1),
        )
        self.down_button = new_button(
            QCoreApplication.translate("ConferencesPage", "Move &down"),
            chosen_box,
            QCoreApplication.translate("ConferencesPage", "Move down"),
            lambda: self.move_chosen(1),
        )
        self.unchoose_button = new_button(
            QCoreApplication.translate("ConferencesPage", "Take &out"),
            chosen_box,
            QCoreApplication.translate("ConferencesPage", "Take out of the packet"),
            self.unchoose_selected,
        )
        for keys, delta in (("Ctrl+Up", -1), ("Ctrl+Down", 1)):
            QShortcut(
                QKeySequence(keys),
                self.chosen_table,
                activated=lambda d=delta: self.move_chosen(d),
                context=Qt.ShortcutContext.WidgetShortcut,
            )
        self.note_edit = CommitTextEdit(chosen_box, lines=2)
        self.note_edit.setObjectName("showcaseNote")
        self.note_edit.setAccessibleName(
            QCoreApplication.translate("ConferencesPage", "Why I chose it, in the student's words")
        )
        self.note_edit.setPlaceholderText(
            QCoreApplication.translate(
                "ConferencesPage", "Why I chose it: “I am proud of this because…”"
            )
        )
        self.note_edit.editing_finished.connect(self.commit_note)
        note_label = QLabel(
            QCoreApplication.translate("ConferencesPage", "W&hy I chose it:"), chosen_box
        )
        note_label.setBuddy(self.note_edit)
        self.note_button = new_button(
            QCoreApplication.translate("ConferencesPage", "Save &note"),
            chosen_box,
            QCoreApplication.translate("ConferencesPage", "Save the note"),
            self.commit_note,
        )
        buttons = QHBoxLayout()
        buttons.addWidget(self.up_button)
        buttons.addWidget(self.down_button)
        buttons.addWidget(self.unchoose_button)
        buttons.addStretch(1)
        note = QHBoxLayout()
        note.addWidget(note_label)
        note.addWidget(self.note_edit, 1)
        note.addWidget(self.note_button, 0, Qt.AlignmentFlag.AlignTop)
        chosen_layout = QVBoxLayout(chosen_box)
        chosen_layout.addWidget(self.chosen_table, 1)
        chosen_layout.addWidget(self.chosen_empty)
        chosen_layout.addLayout(buttons)
        chosen_layout.addLayout(note)

        all_box = QGroupBox(
            QCoreApplication.translate(
                "ConferencesPage", "All scored work, newest first: tick what to show"
            ),
            page,
        )
        self.candidate_table = fitted_table(
            all_box,
            [
                QCoreApplication.translate("ConferencesPage", "Show"),
                QCoreApplication.translate("ConferencesPage", "Date"),
                QCoreApplication.translate("ConferencesPage", "Task"),
                QCoreApplication.translate("ConferencesPage", "Target"),
                QCoreApplication.translate("ConferencesPage", "Level"),
                QCoreApplication.translate("ConferencesPage", "Feedback"),
            ],
            QCoreApplication.translate("ConferencesPage", "Scored work to choose from"),
        )
        self.candidate_table.setObjectName("candidateTable")
        self.candidate_table.itemChanged.connect(self._candidate_ticked)
        self.candidate_table.itemSelectionChanged.connect(self._update_work_buttons)
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            QShortcut(
                QKeySequence(key),
                self.candidate_table,
                activated=self.toggle_candidate,
                context=Qt.ShortcutContext.WidgetShortcut,
            )
        self.candidate_words = hint("", all_box)
        self.choose_button = new_button(
            QCoreApplication.translate("ConferencesPage", "&Choose for the packet"),
            all_box,
            QCoreApplication.translate("ConferencesPage", "Choose for the packet"),
            self.toggle_candidate,
        )
        row = QHBoxLayout()
        row.addWidget(self.candidate_words, 1)
        row.addWidget(self.choose_button)
        all_layout = QVBoxLayout(all_box)
        all_layout.addWidget(self.candidate_table, 1)
        all_layout.addLayout(row)

        split = QSplitter(Qt.Orientation.Vertical, page)
        split.addWidget(chosen_box)
        split.addWidget(all_box)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 3)
        split.setSizes([220, 480])
        split.setChildrenCollapsible(False)
        layout = QVBoxLayout(page)
        layout.addWidget(self.work_heading)
        layout.addWidget(split, 1)
        layout.addWidget(
            hint(
                QCoreApplication.translate(
                    "ConferencesPage",
                    "Tick a piece of work (or select it and press Enter) to put it in the packet; "
                    "Ctrl+Up and Ctrl+Down move the chosen work. Ctrl+Z undoes each change.",
                ),
                page,
            )
        )
        return page
