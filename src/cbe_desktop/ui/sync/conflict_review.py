"""Reviewing conflicts: both versions side by side; keeping one, taking the other, keeping
both or editing, each one undo step through ``sync.conflicts``."""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialog, QListWidgetItem

from cbe_desktop.core.errors import CbeError
from cbe_desktop.sync import conflicts
from cbe_desktop.sync.conflicts import ConflictView
from cbe_desktop.ui.i18n import say, say_error
from cbe_desktop.ui.sync.conflict_words import list_line
from cbe_desktop.ui.sync.edit_dialog import EditConflictDialog


class ConflictReview:
    """The conflicts tab's behaviour for :class:`SyncPage`."""

    def _count_conflicts(self) -> None:
        with self.store.read() as session:
            count = conflicts.count_open(session)
        self._set_count(count)

    def _set_count(self, count: int) -> None:
        index = self.tabs.indexOf(self.conflicts_tab)
        self.tabs.setTabText(
            index,
            QCoreApplication.translate("SyncPage", "&Conflicts ({count})").format(count=count)
            if count
            else QCoreApplication.translate("SyncPage", "&Conflicts"),
        )
        if count != self._open_count:
            self._open_count = count
            self.conflicts_changed.emit(count)

    def open_conflict_count(self) -> int:
        return max(self._open_count, 0)

    def _fill_conflicts(self, views: list[ConflictView]) -> None:
        keep = self.current_conflict()
        row_before = self.conflict_list.currentRow()
        self._views = views
        self.conflict_list.blockSignals(True)
        self.conflict_list.clear()
        for view in views:
            item = QListWidgetItem(f"{say(view.title)}\n{list_line(view)}")
            item.setToolTip(say(view.sentence()))
            item.setData(Qt.ItemDataRole.AccessibleTextRole, say(view.sentence()))
            self.conflict_list.addItem(item)
        self.conflict_list.blockSignals(False)
        if not views:
            self.conflict_stack.setCurrentWidget(self.no_conflicts)
            return
        self.conflict_stack.setCurrentWidget(self._conflict_splitter)
        ids = [v.id for v in views]
        if keep is not None and keep.id in ids:
            row = ids.index(keep.id)
        else:
            row = min(max(row_before, 0), len(views) - 1)  # the next one, after a choice
        self.conflict_list.setCurrentRow(row)
        self._show_current()

    # ----- conflicts ---------------------------------------------------------
    def current_conflict(self) -> ConflictView | None:
        row = self.conflict_list.currentRow()
        return self._views[row] if 0 <= row < len(self._views) else None

    def conflicts(self) -> list[ConflictView]:
        return list(self._views)

    def select_conflict(self, conflict_id: str) -> bool:
        for row, view in enumerate(self._views):
            if view.id == conflict_id:
                self.conflict_list.setCurrentRow(row)
                return True
        return False

    def show_conflicts(self) -> None:
        self.tabs.setCurrentWidget(self.conflicts_tab)

    def _show_current(self, *_signal_args: object) -> None:
        view = self.current_conflict()
        if view is None:
            return
        self.conflict_title.setText(f"<b>{html.escape(say(view.title))}</b>")
        self.conflict_why.setText(say(view.why))
        mine = [(say(d.label), say(d.mine_words)) for d in view.differences]
        theirs = [(say(d.label), say(d.theirs_words)) for d in view.differences]
        if view.reason == conflicts.DELETED_WITH_NEW_EVIDENCE:
            mine, theirs = (
                [
                    (
                        QCoreApplication.translate("SyncPage", "Status"),
                        QCoreApplication.translate("SyncPage", "Deleted"),
                    )
                ],
                [
                    (
                        QCoreApplication.translate("SyncPage", "Status"),
                        QCoreApplication.translate("SyncPage", "In use, with its evidence"),
                    )
                ],
            )
        self.mine_box.setTitle(
            QCoreApplication.translate("SyncPage", "Correction in use")
            if view.reason == conflicts.CONCURRENT_CORRECTION
            else QCoreApplication.translate("SyncPage", "In use now")
        )
        self.theirs_box.setTitle(
            QCoreApplication.translate("SyncPage", "The other correction")
            if view.reason == conflicts.CONCURRENT_CORRECTION
            else QCoreApplication.translate("SyncPage", "Set aside")
        )
        self.mine_box.show_version(view.mine, mine, say(view.keep_label))
        self.theirs_box.show_version(view.theirs, theirs, say(view.take_label))
        self.edit_button.setVisible(
            view.reason in (conflicts.CONCURRENT_EDIT, conflicts.FUTURE_CLOCK)
        )
        self.edit_button.setEnabled(view.can_edit)
        self.both_button.setVisible(view.can_keep_both)

    def keep_current(self) -> bool:
        view = self.current_conflict()
        if view is None:
            return False
        store = self.store
        return self._choose(view, say(view.keep_label), lambda: conflicts.keep_mine(store, view.id))

    def take_other(self) -> bool:
        view = self.current_conflict()
        if view is None:
            return False
        store = self.store
        return self._choose(
            view, say(view.take_label), lambda: conflicts.take_theirs(store, view.id)
        )

    def keep_both(self) -> bool:
        view = self.current_conflict()
        if view is None or not view.can_keep_both:
            return False
        store = self.store
        return self._choose(
            view,
            QCoreApplication.translate("SyncPage", "Keep both corrections"),
            lambda: conflicts.keep_both(store, view.id),
        )

    def edit_current(self, dialog: EditConflictDialog | None = None) -> bool:
        """Ask for the teacher's own version (``dialog`` given by tests, already filled)."""
        view = self.current_conflict()
        if view is None or not view.can_edit:
            return False
        if dialog is None:
            dialog = EditConflictDialog(self, view)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return False
            values = dialog.values()
        else:
            try:
                values = dialog.read_values()
            except CbeError as exc:
                self.operations.report(say_error(exc))
                return False
        store = self.store
        return self._choose(
            view,
            QCoreApplication.translate("SyncPage", "Edit"),
            lambda: conflicts.resolve_with(store, view.id, values),
        )

    def _choose(self, view: ConflictView, words: str, do: Any) -> bool:
        store, conflict_id = self.store, view.id
        with store.read() as session:
            before = conflicts.restore_point(session, conflict_id)
        done = self.operations.perform(
            f"{words} ({say(view.which)})",
            do,
            lambda: conflicts.reopen_conflict(store, conflict_id, before),
        )
        if done:
            self.status_message.emit(
                QCoreApplication.translate(
                    "SyncPage", "{title}: “{words}” is saved; it travels with your next file."
                ).format(title=say(view.title), words=words)
            )
        return done
