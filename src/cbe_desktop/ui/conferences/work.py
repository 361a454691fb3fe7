"""The work a student shows at the conference: choosing pieces, their order and their notes,
each one undo step."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import QTableWidgetItem

from cbe_desktop.core import conference
from cbe_desktop.core.changes import Changes
from cbe_desktop.core.scales import format_number
from cbe_desktop.ui.conferences.tables import IdRole, begin_fill, end_fill, read_only_cell
from cbe_desktop.ui.conferences.words import count_words, level_text
from cbe_desktop.ui.i18n import level_word


class WorkToShow:
    """The work tab's behaviour for :class:`ConferencesPage`: it calls ``core.conference``
    through undo steps."""

    # ----- the work to show -------------------------------------------------------------
    def _fill_work(self, student: conference.PrepStatus | None) -> None:
        name = html.escape(student.name) if student else ""
        if student is None:
            self.work_heading.setText(
                QCoreApplication.translate("ConferencesPage", "Choose a student on the left.")
            )
        else:
            self.work_heading.setText(
                QCoreApplication.translate(
                    "ConferencesPage",
                    "<b>{name}</b> — {count} of work chosen to show at the conference.",
                ).format(name=name, count=count_words(len(self.chosen), "piece", "pieces"))
            )
        keep = self._selected_chosen_id()
        table = self.chosen_table
        begin_fill(table)
        table.setRowCount(len(self.chosen))
        for row, item in enumerate(self.chosen):
            first = read_only_cell(str(row + 1), item.id)
            first.setData(
                Qt.ItemDataRole.AccessibleTextRole,
                QCoreApplication.translate("ConferencesPage", "Number {value}").format(
                    value=row + 1
                ),
            )
            table.setItem(row, 0, first)
            table.setItem(row, 1, read_only_cell(item.produced_on))
            table.setItem(row, 2, read_only_cell(item.task_title or "—"))
            table.setItem(row, 3, read_only_cell(item.target_code, tooltip=item.i_can))
            level = (
                f"{format_number(item.level)} {level_word(item.level_label)}"
                if item.level
                else QCoreApplication.translate("ConferencesPage", "No level")
            )
            table.setItem(row, 4, read_only_cell(level.strip()))
            table.setItem(
                row,
                5,
                read_only_cell(
                    item.note or QCoreApplication.translate("ConferencesPage", "(no note yet)")
                ),
            )
        end_fill(table)
        ids = [c.id for c in self.chosen]
        if keep in ids:
            table.selectRow(ids.index(keep))
        elif ids:
            table.selectRow(0)
        else:
            table.clearSelection()
        self.chosen_empty.setVisible(not self.chosen)
        self.chosen_empty.setText(
            QCoreApplication.translate(
                "ConferencesPage", "Nothing chosen yet: tick a piece of work below."
            )
            if student
            else ""
        )
        self._chosen_selected()

        chosen_evidence = {c.evidence_id for c in self.chosen}
        table = self.candidate_table
        keep_row = table.currentRow()
        begin_fill(table)
        table.setRowCount(len(self.candidates))
        for row, candidate in enumerate(self.candidates):
            is_chosen = candidate.evidence_id in chosen_evidence
            show = QTableWidgetItem(
                QCoreApplication.translate("ConferencesPage", "Chosen") if is_chosen else ""
            )
            show.setFlags(
                Qt.ItemFlag.ItemIsEnabled
                | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemIsUserCheckable
            )
            show.setCheckState(Qt.CheckState.Checked if is_chosen else Qt.CheckState.Unchecked)
            show.setData(IdRole, candidate.evidence_id)
            show.setData(
                Qt.ItemDataRole.AccessibleTextRole,
                QCoreApplication.translate("ConferencesPage", "Chosen")
                if is_chosen
                else QCoreApplication.translate("ConferencesPage", "Not chosen"),
            )
            table.setItem(row, 0, show)
            table.setItem(row, 1, read_only_cell(candidate.produced_on))
            task = candidate.task_title or "—"
            if candidate.has_attachment:
                task += QCoreApplication.translate("ConferencesPage", " (photo)")
            table.setItem(row, 2, read_only_cell(task))
            table.setItem(row, 3, read_only_cell(candidate.target_code, tooltip=candidate.i_can))
            table.setItem(row, 4, read_only_cell(level_text(candidate.level, self.scale)))
            table.setItem(
                row,
                5,
                read_only_cell(
                    candidate.feedback
                    or QCoreApplication.translate("ConferencesPage", "(no feedback)")
                ),
            )
        end_fill(table)
        if self.candidates:
            table.selectRow(min(max(keep_row, 0), len(self.candidates) - 1))
        if student is None:
            self.candidate_words.setText("")
        elif not self.candidates:
            self.candidate_words.setText(
                QCoreApplication.translate(
                    "ConferencesPage",
                    "No scored work yet: once this student has evidence with a level, it can be "
                    "chosen here. The packet says kindly that there is nothing to show yet.",
                )
            )
        else:
            self.candidate_words.setText(
                QCoreApplication.translate(
                    "ConferencesPage", "{count} of scored work to choose from; {len} chosen."
                ).format(
                    count=count_words(len(self.candidates), "piece", "pieces"),
                    len=len(chosen_evidence),
                )
            )
        self._update_work_buttons()

    def _selected_chosen_id(self) -> str | None:
        rows = self.chosen_table.selectionModel().selectedRows()
        if not rows:
            return None
        item = self.chosen_table.item(rows[0].row(), 0)
        return item.data(IdRole) if item is not None else None

    def _chosen_selected(self) -> None:
        showcase_id = self._selected_chosen_id()
        item = next((c for c in self.chosen if c.id == showcase_id), None)
        if self._note_for is not None and (item is None or item.id != self._note_for[0]):
            self.commit_note()
        if item is None:
            self._note_for = None
            self.note_edit.setPlainText("")
        elif (
            self._note_for is None or self._note_for[0] != item.id or not self.note_edit.hasFocus()
        ):
            self._note_for = (item.id, item.note)
            if self.note_edit.toPlainText() != item.note:
                self.note_edit.setPlainText(item.note)
        self._update_work_buttons()

    def _update_work_buttons(self) -> None:
        showcase_id = self._selected_chosen_id()
        ids = [c.id for c in self.chosen]
        row = ids.index(showcase_id) if showcase_id in ids else -1
        self.up_button.setEnabled(row > 0)
        self.down_button.setEnabled(0 <= row < len(ids) - 1)
        self.unchoose_button.setEnabled(row >= 0)
        self.note_edit.setEnabled(row >= 0)
        self.note_button.setEnabled(row >= 0)
        candidate = self.current_candidate()
        self.choose_button.setEnabled(candidate is not None)
        chosen = candidate is not None and any(
            c.evidence_id == candidate.evidence_id for c in self.chosen
        )
        self.choose_button.setText(
            QCoreApplication.translate("ConferencesPage", "Take out of the pa&cket")
            if chosen
            else QCoreApplication.translate("ConferencesPage", "&Choose for the packet")
        )
        self.choose_button.setAccessibleName(
            QCoreApplication.translate("ConferencesPage", "Take out of the packet")
            if chosen
            else QCoreApplication.translate("ConferencesPage", "Choose for the packet")
        )

    def current_candidate(self) -> conference.Candidate | None:
        row = self.candidate_table.currentRow()
        return self.candidates[row] if 0 <= row < len(self.candidates) else None

    def _candidate_ticked(self, item: QTableWidgetItem) -> None:
        if item.column() != 0:
            return
        evidence_id = item.data(IdRole)
        wanted = item.checkState() == Qt.CheckState.Checked
        # After the click has been handled: the action refills the table.
        QTimer.singleShot(0, self, lambda: self.set_chosen(evidence_id, wanted))

    def toggle_candidate(self) -> None:
        """Choose the selected work, or take it out when it is already chosen (Enter)."""
        candidate = self.current_candidate()
        if candidate is None:
            return
        chosen = any(c.evidence_id == candidate.evidence_id for c in self.chosen)
        self.set_chosen(candidate.evidence_id, not chosen)

    def set_chosen(self, evidence_id: str, wanted: bool) -> bool:
        """Choose this work for the packet (placed last), or take it out. One undo step."""
        student = self.current_student()
        if student is None or self.class_id is None:
            return False
        already = next((c for c in self.chosen if c.evidence_id == evidence_id), None)
        if wanted == (already is not None):
            self._fill_work(student)
            return True
        candidate = next((c for c in self.candidates if c.evidence_id == evidence_id), None)
        what = self._work_words(candidate.task_title if candidate else "", candidate)
        store, sid, class_id = self.store, student.student_id, self.class_id
        if wanted:
            created: list[str] = []

            def do() -> Changes:
                if created:  # redo: the same choice comes back
                    return conference.restore_showcase(store, created[0])
                showcase_id, changes = conference.choose_showcase(
                    store, sid, evidence_id, class_id=class_id
                )
                created.append(showcase_id)
                return changes

            ok = self.operations.perform(
                QCoreApplication.translate(
                    "ConferencesPage", "Choose {what} for {name}'s packet"
                ).format(what=what, name=student.name),
                do,
                lambda: conference.unchoose_showcase(store, created[0]),
            )
            words = QCoreApplication.translate(
                "ConferencesPage", "{value}{value2} is chosen for {name}'s packet."
            ).format(value=what[0].upper(), value2=what[1:], name=student.name)
        else:
            assert already is not None
            showcase_id = already.id
            ok = self.operations.perform(
                QCoreApplication.translate(
                    "ConferencesPage", "Take {what} out of {name}'s packet"
                ).format(what=what, name=student.name),
                lambda: conference.unchoose_showcase(store, showcase_id),
                lambda: conference.restore_showcase(store, showcase_id),
            )
            words = QCoreApplication.translate(
                "ConferencesPage", "{value}{value2} is taken out of {name}'s packet."
            ).format(value=what[0].upper(), value2=what[1:], name=student.name)
        self._after(ok, words)
        return ok

    @staticmethod
    def _work_words(task: str, candidate: conference.Candidate | None) -> str:
        if candidate is None:
            return QCoreApplication.translate("ConferencesPage", "the work")
        title = f"“{task}”" if task else QCoreApplication.translate("ConferencesPage", "the work")
        return f"{title} ({candidate.target_code}, {candidate.produced_on})"

    def unchoose_selected(self) -> None:
        showcase_id = self._selected_chosen_id()
        item = next((c for c in self.chosen if c.id == showcase_id), None)
        if item is not None:
            self.set_chosen(item.evidence_id, False)

    def move_chosen(self, delta: int) -> bool:
        """Move the selected chosen work up (-1) or down (+1) in the packet. One undo step."""
        student = self.current_student()
        showcase_id = self._selected_chosen_id()
        before = [c.id for c in self.chosen]
        if student is None or showcase_id not in before:
            return False
        row = before.index(showcase_id)
        if not 0 <= row + delta < len(before):
            return False
        after = list(before)
        after[row], after[row + delta] = after[row + delta], after[row]
        store, sid, class_id = self.store, student.student_id, self.class_id
        ok = self.operations.perform(
            QCoreApplication.translate(
                "ConferencesPage", "Move chosen work {value} in {name}'s packet"
            ).format(
                value=QCoreApplication.translate("ConferencesPage", "up")
                if delta < 0
                else QCoreApplication.translate("ConferencesPage", "down"),
                name=student.name,
            ),
            lambda: conference.reorder_showcase(store, sid, after, class_id=class_id),
            lambda: conference.reorder_showcase(store, sid, before, class_id=class_id),
        )
        self._after(
            ok,
            QCoreApplication.translate(
                "ConferencesPage", "Moved to number {value} of {len} in the packet."
            ).format(value=row + delta + 1, len=len(after)),
        )
        if ok:
            self.chosen_table.selectRow(row + delta)
        return ok

    def commit_note(self) -> bool:
        """Keep "why I chose it" for the selected chosen work, when it changed."""
        if self._note_for is None:
            return False
        showcase_id, old = self._note_for
        new = self.note_edit.toPlainText().strip()
        if new == old.strip():
            return False
        student = self.current_student()
        name = (
            student.name
            if student
            else QCoreApplication.translate("ConferencesPage", "the student")
        )
        store = self.store
        self._note_for = (showcase_id, new)
        ok = self.operations.perform(
            QCoreApplication.translate(
                "ConferencesPage", "Write why {name} chose a piece of work"
            ).format(name=name),
            lambda: conference.set_showcase_note(store, showcase_id, new),
            lambda: conference.set_showcase_note(store, showcase_id, old),
        )
        if not ok:
            self._note_for = (showcase_id, old)
        self._after(
            ok,
            QCoreApplication.translate("ConferencesPage", "Kept why {name} chose it.").format(
                name=name
            ),
        )
        return ok
