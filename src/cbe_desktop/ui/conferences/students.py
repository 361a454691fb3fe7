"""The list of students on the left of the Conferences page, and who is chosen."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cbe_desktop.core import conference, voice
from cbe_desktop.core.errors import NotFoundError
from cbe_desktop.core.languages import Language
from cbe_desktop.ui.conferences.tables import IdRole
from cbe_desktop.ui.conferences.words import LANGUAGE_WORDS, prep_sentence, readiness_words


class StudentsList:
    """The students list of :class:`ConferencesPage`: its widgets, filling it, the chosen
    student."""

    # ----- building ---------------------------------------------------------------------
    def _build_students(self) -> QWidget:
        box = QWidget(self)
        self.student_list = QListWidget(box)
        self.student_list.setObjectName("conferenceStudents")
        self.student_list.setAccessibleName(
            QCoreApplication.translate("ConferencesPage", "Students")
        )
        self.student_list.setAccessibleDescription(
            QCoreApplication.translate(
                "ConferencesPage",
                "The selected student is the one being prepared; ticked students are printed "
                "when “Ticked students only” is chosen. Space ticks or unticks.",
            )
        )
        self.student_list.setMinimumWidth(180)
        self.student_list.setSpacing(1)
        self.student_list.setWordWrap(True)
        self.student_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.student_list.currentItemChanged.connect(self._student_chosen)
        self.student_list.itemChanged.connect(self._tick_changed)
        label = QLabel(QCoreApplication.translate("ConferencesPage", "<b>&Students</b>"), box)
        label.setBuddy(self.student_list)
        self.tick_group = QComboBox(box)
        self.tick_group.setAccessibleName(
            QCoreApplication.translate("ConferencesPage", "Tick a group of students")
        )
        for words, key in (
            (QCoreApplication.translate("ConferencesPage", "Tick a group…"), None),
            (QCoreApplication.translate("ConferencesPage", "Everyone"), "all"),
            (QCoreApplication.translate("ConferencesPage", "No one"), "none"),
            (
                QCoreApplication.translate("ConferencesPage", "Families who read Spanish"),
                Language.ES,
            ),
            (
                QCoreApplication.translate("ConferencesPage", "Families who read English"),
                Language.EN,
            ),
            (
                QCoreApplication.translate("ConferencesPage", "Students still preparing"),
                "preparing",
            ),
        ):
            self.tick_group.addItem(words, key)
        self.tick_group.activated.connect(lambda _i: self._tick_group_chosen())
        tick_label = QLabel(QCoreApplication.translate("ConferencesPage", "Tic&k:"), box)
        tick_label.setBuddy(self.tick_group)
        self.ticked_words = QLabel(box)
        self.ticked_words.setObjectName("tickedWords")
        ticks = QHBoxLayout()
        ticks.addWidget(tick_label)
        ticks.addWidget(self.tick_group, 1)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 4, 0)
        layout.addWidget(label)
        layout.addWidget(self.student_list, 1)
        layout.addLayout(ticks)
        layout.addWidget(self.ticked_words)
        return box

    def _fill_students(self) -> None:
        current = self.current_student_id() or self._shown_student
        lst = self.student_list
        lst.blockSignals(True)
        listed = [lst.item(row).data(IdRole) for row in range(lst.count())]
        same = listed == [s.student_id for s in self.students]
        if not same:  # after an action the same students stay: only their words change
            lst.clear()
        for row, status in enumerate(self.students):
            language = LANGUAGE_WORDS.get(status.family_language, status.family_language)
            item = lst.item(row) if same else QListWidgetItem()
            item.setText(f"{status.name}\n{language} · {readiness_words(status)}")
            item.setData(IdRole, status.student_id)
            item.setFlags(
                Qt.ItemFlag.ItemIsEnabled
                | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemIsUserCheckable
            )
            ticked = status.student_id in self._ticked
            item.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
            item.setToolTip(prep_sentence(status))
            item.setData(Qt.ItemDataRole.AccessibleTextRole, prep_sentence(status))
            if not same:
                lst.addItem(item)
        ids = [s.student_id for s in self.students]
        if ids and (not same or lst.currentRow() < 0):
            lst.setCurrentRow(ids.index(current) if current in ids else 0)
        lst.blockSignals(False)

    def current_student_id(self) -> str | None:
        item = self.student_list.currentItem()
        return item.data(IdRole) if item is not None else None

    def current_student(self) -> conference.PrepStatus | None:
        sid = self.current_student_id()
        return next((s for s in self.students if s.student_id == sid), None)

    def select_student(self, student_id: str) -> None:
        for row in range(self.student_list.count()):
            if self.student_list.item(row).data(IdRole) == student_id:
                self.student_list.setCurrentRow(row)
                return
        raise NotFoundError(
            QCoreApplication.translate("ConferencesPage", "That student is not in this class.")
        )

    def _student_chosen(self, *_signal_args: object) -> None:
        if self.current_student_id() != self._shown_student:
            self._show_student()

    def _show_student(self) -> None:
        """Fill both prep tabs for the selected student (keeping what is being typed)."""
        student = self.current_student()
        sid = student.student_id if student else None
        if sid != self._shown_student:
            self._save_draft()
        candidates: list[conference.Candidate] = []
        chosen: list[conference.ShowcaseItem] = []
        items: list[voice.VoiceItem] = []
        if student is not None and self.class_id is not None:
            try:
                with self.store.read() as session:
                    candidates = conference.showcase_candidates(session, sid, self.class_id)
                    chosen = conference.showcase_items(session, sid, class_id=self.class_id)
                    items = voice.student_voice(session, sid, class_id=self.class_id)
            except NotFoundError:
                pass
        self.candidates, self.chosen, self.voice_items = candidates, chosen, items
        switched = sid != self._shown_student
        self._shown_student = sid
        self._fill_work(student)
        self._fill_voice(student)
        if switched:
            self._load_draft()
        self.where_button.setEnabled(student is not None)
        self.where_words.setText(
            QCoreApplication.translate(
                "ConferencesPage", "One page for {name}, the selected student."
            ).format(name=student.name)
            if student
            else ""
        )
