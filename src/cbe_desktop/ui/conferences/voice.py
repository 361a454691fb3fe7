"""A student's goals and reflection at the conference: writing, keeping, editing and
deleting them (each one undo step), and the drafts kept per student."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFont

from cbe_desktop.core import conference
from cbe_desktop.core.changes import Changes
from cbe_desktop.ui import voice_actions
from cbe_desktop.ui.conferences.draft import Draft
from cbe_desktop.ui.conferences.tables import IdRole, KindRole, begin_fill, end_fill, read_only_cell
from cbe_desktop.ui.conferences.words import count_words
from cbe_desktop.ui.i18n import say


class GoalsAndReflection:
    """The goals and reflection tab's behaviour for :class:`ConferencesPage`: it calls
    ``core.voice`` through undo steps."""

    # ----- goals and reflection ----------------------------------------------------------
    def _fill_voice(self, student: conference.PrepStatus | None) -> None:
        if student is None:
            self.voice_heading.setText(
                QCoreApplication.translate("ConferencesPage", "Choose a student on the left.")
            )
        else:
            goals = sum(1 for v in self.voice_items if v.kind == "goal")
            reflections = len(self.voice_items) - goals
            self.voice_heading.setText(
                QCoreApplication.translate(
                    "ConferencesPage",
                    "<b>{value}</b> — {count} and {count2} for this class's packet.",
                ).format(
                    value=html.escape(student.name),
                    count=count_words(goals, "goal"),
                    count2=count_words(reflections, "reflection"),
                )
            )
        keep = self._selected_voice()
        table = self.voice_table
        begin_fill(table)
        table.setRowCount(len(self.voice_items))
        for row, item in enumerate(self.voice_items):
            first = read_only_cell(item.written_on, item.id)
            first.setData(KindRole, item.kind)
            table.setItem(row, 0, first)
            table.setItem(row, 1, read_only_cell(say(item.kind_words)))
            table.setItem(row, 2, read_only_cell(say(item.author_name)))
            table.setItem(row, 3, read_only_cell(item.text))
        end_fill(table)
        ids = [v.id for v in self.voice_items]
        if keep is not None and keep[1] in ids:
            table.selectRow(ids.index(keep[1]))
        else:
            table.clearSelection()
        if self._editing is not None and self._editing[1] not in ids:
            self._set_editing(None)  # undone or deleted meanwhile: what is typed stays
        self.writer_box.setEnabled(student is not None)
        self.new_button.setEnabled(student is not None)
        self._update_voice_buttons()

    def _selected_voice(self) -> tuple[str, str] | None:
        rows = self.voice_table.selectionModel().selectedRows()
        item = self.voice_table.item(rows[0].row(), 0) if rows else None
        return (item.data(KindRole), item.data(IdRole)) if item is not None else None

    def voice_lines(self) -> list[str]:
        """What the list shows, one line a row: "date · Goal · student · words"."""
        table = self.voice_table
        return [
            " · ".join(table.item(r, c).text() for c in range(4)) for r in range(table.rowCount())
        ]

    def author(self) -> str:
        return "student" if self.by_student.isChecked() else "teacher"

    def set_author(self, author: str) -> None:
        (self.by_student if author == "student" else self.by_teacher).setChecked(True)

    def _writer_font(self) -> None:
        """Bigger letters while the student types: easier to read at the laptop."""
        font = QFont(self._base_font)
        if self.author() == "student":
            font.setPointSizeF(self._base_font.pointSizeF() * 1.35)
        self.voice_edit.setFont(font)

    def _update_voice_buttons(self) -> None:
        has_student = self.current_student() is not None
        selected = self._selected_voice() is not None
        self.edit_button.setEnabled(has_student and selected)
        self.delete_voice_button.setEnabled(has_student and selected)
        words = bool(self.voice_edit.toPlainText().strip())
        editing = self._editing is not None
        for button in (self.keep_goal_button, self.keep_reflection_button):
            button.setVisible(not editing)
            button.setEnabled(has_student and words)
        self.save_edit_button.setVisible(editing)
        self.cancel_edit_button.setVisible(editing)
        self.save_edit_button.setEnabled(editing and words)

    def _set_editing(self, editing: tuple[str, str, str] | None) -> None:
        self._editing = editing
        if editing is None:
            self.writer_box.setTitle(
                QCoreApplication.translate("ConferencesPage", "Writing something new")
            )
        else:
            kind, _id, written_on = editing
            self.writer_box.setTitle(
                voice_actions.voice_words(kind, "editing").format(written_on=written_on)
            )
        self._update_voice_buttons()

    def new_writing(self) -> None:
        """Empty the box for a new goal or reflection."""
        self._set_editing(None)
        self.voice_edit.setPlainText("")
        self.voice_edit.setFocus()

    def edit_selected_voice(self) -> None:
        selected = self._selected_voice()
        item = next((v for v in self.voice_items if selected and v.id == selected[1]), None)
        if item is None:
            return
        self._set_editing((item.kind, item.id, item.written_on))
        self.set_author(item.author)
        self.voice_edit.setPlainText(item.text)
        self.voice_edit.setFocus()

    def keep_voice(self, kind: str) -> bool:
        """Keep what is typed as a new goal or reflection. One undo step."""
        student = self.current_student()
        words = self.voice_edit.toPlainText().strip()
        if student is None or self.class_id is None or not words:
            return False
        sid, author = student.student_id, self.author()
        ok = voice_actions.write_voice(
            self.operations,
            self.store,
            kind,
            student_id=sid,
            name=student.name,
            words=words,
            class_id=self.class_id,
            author=author,
        )
        if ok:
            self.voice_edit.setPlainText("")
            self._drafts.pop(sid, None)
        by = (
            QCoreApplication.translate("ConferencesPage", "the student")
            if author == "student"
            else QCoreApplication.translate("ConferencesPage", "the teacher")
        )
        self._after(
            ok,
            voice_actions.voice_words(kind, "kept").format(name=student.name, by=by),
        )
        return ok

    def save_voice_edit(self) -> bool:
        """Replace the goal or reflection being edited with what is typed. One undo step."""
        student = self.current_student()
        words = self.voice_edit.toPlainText().strip()
        if self._editing is None or student is None or not words:
            return False
        kind, old_id, _written_on = self._editing
        store, author = self.store, self.author()
        versions: list[str] = []

        def do() -> Changes:
            if versions:  # redo: the edited words come back
                return conference.swap_voice(store, kind, old_id, versions[0])
            new_id, changes = conference.rewrite_voice(store, kind, old_id, words, author=author)
            versions.append(new_id)
            return changes

        ok = self.operations.perform(
            voice_actions.voice_words(kind, "edit").format(name=student.name),
            do,
            lambda: conference.swap_voice(store, kind, versions[0], old_id),
        )
        if ok:
            self._set_editing(None)
            self.voice_edit.setPlainText("")
            self._drafts.pop(student.student_id, None)
        self._after(
            ok,
            voice_actions.voice_words(kind, "saved").format(name=student.name),
        )
        return ok

    def delete_selected_voice(self) -> bool:
        student = self.current_student()
        selected = self._selected_voice()
        if student is None or selected is None:
            return False
        kind, row_id = selected
        ok = voice_actions.delete_voice(self.operations, self.store, kind, row_id, student.name)
        self._after(
            ok,
            voice_actions.voice_words(kind, "deleted").format(name=student.name),
        )
        return ok

    def _save_draft(self) -> None:
        sid = self._shown_student
        if sid is None:
            return
        words = self.voice_edit.toPlainText()
        if words.strip():
            self._drafts[sid] = Draft(words, self.author(), self._editing)
        else:
            self._drafts.pop(sid, None)

    def _load_draft(self) -> None:
        draft = self._drafts.pop(self._shown_student or "", None)
        ids = {v.id for v in self.voice_items}
        if draft is None:
            self._set_editing(None)
            self.voice_edit.setPlainText("")
            self.set_author("student")
            return
        self._set_editing(draft.editing if draft.editing and draft.editing[1] in ids else None)
        self.set_author(draft.author)
        self.voice_edit.setPlainText(draft.words)
