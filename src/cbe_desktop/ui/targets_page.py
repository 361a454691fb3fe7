"""Targets and rubrics: the framework tree, a target's details, and its rubric."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QModelIndex, QSortFilterProxyModel, Qt, QTimer, Signal
from PySide6.QtGui import QDropEvent, QKeySequence, QShortcut, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from cbe_desktop.core import targets as svc
from cbe_desktop.core.calibration import rubric_exemplars
from cbe_desktop.core.changes import Changes
from cbe_desktop.core.errors import CbeError
from cbe_desktop.core.languages import SOURCE_LANGUAGE
from cbe_desktop.core.models import LANGUAGES
from cbe_desktop.core.scales import load_scale, same_level
from cbe_desktop.core.store import Store
from cbe_desktop.ui.domain_words import language_name
from cbe_desktop.ui.i18n import level_word, say, say_error
from cbe_desktop.ui.operations import Operations
from cbe_desktop.ui.page import Page
from cbe_desktop.ui.rubric_exemplars import (
    exemplar_reason,
    exemplar_words,
    exemplars_at,
    open_attachment,
)
from cbe_desktop.ui.widgets import CommitTextEdit, heading, hint

IdRole = Qt.ItemDataRole.UserRole + 20


class TargetTree(QTreeView):
    """A tree whose drops ask for a move instead of changing the model themselves."""

    move_requested = Signal(str, object, int)  # target id, new parent id (or None), position

    def dropEvent(self, event: QDropEvent) -> None:
        source = self.currentIndex()
        if not source.isValid():
            event.ignore()
            return
        source = source.siblingAtColumn(0)
        target = self.indexAt(event.position().toPoint()).siblingAtColumn(0)
        where = self.dropIndicatorPosition()
        Indicator = QAbstractItemView.DropIndicatorPosition
        if not target.isValid() or where == Indicator.OnViewport:
            parent_id, position = None, 10**6
        elif where == Indicator.OnItem:
            parent_id, position = target.data(IdRole), 10**6
        else:
            parent_id = target.parent().data(IdRole) if target.parent().isValid() else None
            position = target.row() + (1 if where == Indicator.BelowItem else 0)
        source_parent = source.parent().data(IdRole) if source.parent().isValid() else None
        if source_parent == parent_id and source.row() < position:
            position -= 1
        event.setDropAction(Qt.DropAction.IgnoreAction)
        event.accept()
        self.move_requested.emit(source.data(IdRole), parent_id, position)


class TargetsPage(Page):
    """Edit frameworks: add, edit, reorder, delete targets; their rubrics and exemplars."""

    def __init__(self, store: Store, operations: Operations, parent: QWidget | None = None) -> None:
        super().__init__(store, operations, parent)
        self._current_id: str | None = None
        self._loading = False
        self._nodes: dict[str, svc.TargetNode] = {}

        # --- left: framework, search, tree, buttons ---
        self.framework_box = QComboBox(self)
        self.framework_box.setAccessibleName(QCoreApplication.translate("TargetsPage", "Framework"))
        self.framework_box.currentIndexChanged.connect(lambda _i: self.reload_tree())
        self.framework_kind = QLabel(self)
        new_framework = QPushButton(
            QCoreApplication.translate("TargetsPage", "New &framework…"), self
        )
        new_framework.clicked.connect(self.new_framework)
        import_button = QPushButton(
            QCoreApplication.translate("TargetsPage", "&Import targets…"), self
        )
        import_button.setToolTip(
            QCoreApplication.translate(
                "TargetsPage", "CASE JSON, Canvas outcomes CSV, or a CSV with a header row"
            )
        )
        import_button.clicked.connect(lambda: self.import_targets())
        self.export_button = QPushButton(
            QCoreApplication.translate("TargetsPage", "E&xport…"), self
        )
        self.export_button.setToolTip(
            QCoreApplication.translate("TargetsPage", "Save this framework as CASE 1.1 JSON or CSV")
        )
        self.export_button.clicked.connect(lambda: self.export_targets())
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(
            QCoreApplication.translate("TargetsPage", "Search codes and statements")
        )
        self.search.setAccessibleName(QCoreApplication.translate("TargetsPage", "Search targets"))
        self.search.setClearButtonEnabled(True)

        self.model = QStandardItemModel(0, 2, self)
        self.model.setHorizontalHeaderLabels(
            [
                QCoreApplication.translate("TargetsPage", "Code"),
                QCoreApplication.translate("TargetsPage", "Statement"),
            ]
        )
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setRecursiveFilteringEnabled(True)
        self.proxy.setFilterKeyColumn(-1)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.search.textChanged.connect(self._filter)

        self.tree = TargetTree(self)
        self.tree.setObjectName("targetTree")
        self.tree.setAccessibleName(
            QCoreApplication.translate("TargetsPage", "Competencies and learning targets")
        )
        self.tree.setModel(self.proxy)
        self.tree.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.tree.setDragEnabled(True)
        self.tree.setAcceptDrops(True)
        self.tree.setDropIndicatorShown(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.header().setStretchLastSection(True)
        self.tree.move_requested.connect(self.move)
        self.tree.selectionModel().currentChanged.connect(self._selected)

        self.add_competency_button = QPushButton(
            QCoreApplication.translate("TargetsPage", "Add &competency"), self
        )
        self.add_competency_button.clicked.connect(lambda: self.add(top_level=True))
        self.add_target_button = QPushButton(
            QCoreApplication.translate("TargetsPage", "Add &target"), self
        )
        self.add_target_button.clicked.connect(lambda: self.add(top_level=False))
        self.up_button = QPushButton(QCoreApplication.translate("TargetsPage", "Move &up"), self)
        self.up_button.clicked.connect(lambda: self.shift(-1))
        self.down_button = QPushButton(
            QCoreApplication.translate("TargetsPage", "Move do&wn"), self
        )
        self.down_button.clicked.connect(lambda: self.shift(+1))
        self.delete_button = QPushButton(
            QCoreApplication.translate("TargetsPage", "&Delete…"), self
        )
        self.delete_button.clicked.connect(self.delete)
        QShortcut(QKeySequence("Alt+Up"), self.tree, activated=lambda: self.shift(-1))
        QShortcut(QKeySequence("Alt+Down"), self.tree, activated=lambda: self.shift(+1))
        QShortcut(QKeySequence.StandardKey.Delete, self.tree, activated=self.delete)

        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        top.addWidget(QLabel(QCoreApplication.translate("TargetsPage", "Framework:"), self))
        top.addWidget(self.framework_box, 1)
        top.addWidget(new_framework)
        left_layout.addLayout(top)
        io_row = QHBoxLayout()
        io_row.addWidget(import_button)
        io_row.addWidget(self.export_button)
        io_row.addStretch(1)
        left_layout.addLayout(io_row)
        left_layout.addWidget(self.framework_kind)
        left_layout.addWidget(self.search)
        left_layout.addWidget(self.tree, 1)
        buttons = QHBoxLayout()
        for b in (self.add_competency_button, self.add_target_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        for b in (self.up_button, self.down_button, self.delete_button):
            buttons.addWidget(b)
        left_layout.addLayout(buttons)
        left_layout.addWidget(
            hint(
                QCoreApplication.translate(
                    "TargetsPage",
                    "Drag a target to reorder it or move it under another competency "
                    "(or use Alt+Up / Alt+Down).",
                ),
                self,
            )
        )

        # --- right: details and rubric ---
        self.code = QLineEdit(self)
        self.statement = CommitTextEdit(self, lines=3)
        self.i_can = CommitTextEdit(self, lines=2)
        self.level = QLineEdit(self)
        self.dok = QComboBox(self)
        self.dok.addItem("—", None)
        for n in range(1, 5):
            self.dok.addItem(str(n), n)
        self.prerequisites = QListWidget(self)
        self.prerequisites.setAccessibleName(
            QCoreApplication.translate("TargetsPage", "Prerequisites")
        )
        self.notes = CommitTextEdit(self, lines=2)
        for widget, name in (
            (self.code, QCoreApplication.translate("TargetsPage", "Code")),
            (self.statement, QCoreApplication.translate("TargetsPage", "Statement")),
            (self.i_can, QCoreApplication.translate("TargetsPage", "I can statement")),
            (self.level, QCoreApplication.translate("TargetsPage", "Level")),
            (self.dok, QCoreApplication.translate("TargetsPage", "Depth of knowledge")),
            (self.notes, QCoreApplication.translate("TargetsPage", "Notes")),
        ):
            widget.setAccessibleName(name)
        self.code.editingFinished.connect(self.save_details)
        self.level.editingFinished.connect(self.save_details)
        self.statement.editing_finished.connect(self.save_details)
        self.i_can.editing_finished.connect(self.save_details)
        self.notes.editing_finished.connect(self.save_details)
        self.dok.currentIndexChanged.connect(lambda _i: self.save_details())
        self.prerequisites.itemChanged.connect(lambda _item: self.save_details())

        details = QWidget(self)
        form = QFormLayout(details)
        form.addRow(QCoreApplication.translate("TargetsPage", "&Code:"), self.code)
        form.addRow(QCoreApplication.translate("TargetsPage", "&Statement:"), self.statement)
        form.addRow(QCoreApplication.translate("TargetsPage", '"&I can":'), self.i_can)
        form.addRow(QCoreApplication.translate("TargetsPage", "&Level:"), self.level)
        form.addRow(QCoreApplication.translate("TargetsPage", "Depth of &knowledge:"), self.dok)
        form.addRow(
            QCoreApplication.translate("TargetsPage", "&Prerequisites:"), self.prerequisites
        )
        form.addRow(QCoreApplication.translate("TargetsPage", "&Notes:"), self.notes)
        form.addRow(
            hint(
                QCoreApplication.translate(
                    "TargetsPage", "Changes are saved when you leave a field; Ctrl+Z undoes them."
                ),
                self,
            )
        )

        self.rubric = QTableWidget(0, 3, self)
        self.rubric.setObjectName("rubricGrid")
        self.rubric.setAccessibleName(
            QCoreApplication.translate("TargetsPage", "Rubric: a descriptor for each level")
        )
        self.rubric.setHorizontalHeaderLabels(
            [
                QCoreApplication.translate("TargetsPage", "Level"),
                QCoreApplication.translate("TargetsPage", "What the work looks like"),
                QCoreApplication.translate("TargetsPage", "Exemplars"),
            ]
        )
        self.rubric.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.rubric.verticalHeader().hide()
        self.rubric.setWordWrap(True)
        self.rubric.setTabKeyNavigation(False)  # arrows move, F2 edits; Tab reaches the buttons
        self.rubric.itemChanged.connect(self._rubric_edited)
        self.rubric.cellActivated.connect(self._open_exemplars)  # Enter or a double-click
        attach = QPushButton(
            QCoreApplication.translate("TargetsPage", "&Attach exemplar to this level…"), self
        )
        attach.clicked.connect(self.attach_exemplar)
        self.remove_exemplar_button = QPushButton(
            QCoreApplication.translate("TargetsPage", "&Remove exemplar"), self
        )
        self.remove_exemplar_button.clicked.connect(self.remove_exemplar)
        rubric_page = QWidget(self)
        rubric_layout = QVBoxLayout(rubric_page)
        rubric_layout.addWidget(self.rubric, 1)
        row = QHBoxLayout()
        row.addWidget(attach)
        row.addWidget(self.remove_exemplar_button)
        row.addStretch(1)
        rubric_layout.addLayout(row)
        rubric_layout.addWidget(
            hint(
                QCoreApplication.translate(
                    "TargetsPage",
                    "Type in a cell to write what work at that level looks like. Exemplars are "
                    "photos or PDFs of real work at that level: double-click one to open it.",
                ),
                self,
            )
        )

        # A target's words in the families' languages (one row per packet language).
        self.wordings = QTableWidget(0, 3, self)
        self.wordings.setObjectName("targetWordings")
        self.wordings.setAccessibleName(
            QCoreApplication.translate("TargetsPage", "The target's words in other languages")
        )
        self.wordings.setHorizontalHeaderLabels(
            [
                QCoreApplication.translate("TargetsPage", "Language"),
                QCoreApplication.translate("TargetsPage", "Statement"),
                QCoreApplication.translate("TargetsPage", '"I can"'),
            ]
        )
        for column in (1, 2):
            self.wordings.horizontalHeader().setSectionResizeMode(
                column, QHeaderView.ResizeMode.Stretch
            )
        self.wordings.verticalHeader().hide()
        self.wordings.setWordWrap(True)
        self.wordings.setTabKeyNavigation(False)
        self.wordings.itemChanged.connect(self._wording_edited)
        wordings_page = QWidget(self)
        wordings_layout = QVBoxLayout(wordings_page)
        wordings_layout.addWidget(self.wordings, 1)
        wordings_layout.addWidget(
            hint(
                QCoreApplication.translate(
                    "TargetsPage",
                    "A family's packet prints the target in the family's language when it is "
                    "written here, and as on the Details tab otherwise.",
                ),
                self,
            )
        )

        self.detail_tabs = QTabWidget(self)
        self.detail_tabs.addTab(details, QCoreApplication.translate("TargetsPage", "Details"))
        self.detail_tabs.addTab(rubric_page, QCoreApplication.translate("TargetsPage", "Rubric"))
        self.detail_tabs.addTab(
            wordings_page, QCoreApplication.translate("TargetsPage", "Languages")
        )
        self.detail_title = heading(
            QCoreApplication.translate("TargetsPage", "Choose a target"), self
        )
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.detail_title)
        right_layout.addWidget(self.detail_tabs, 1)

        splitter = QSplitter(self)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setSizes([520, 600])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self.reload_frameworks()

    # ----- loading -----------------------------------------------------------
    def reload_frameworks(self, select_id: str | None = None) -> None:
        current = select_id or self.framework_id()
        with self.store.read() as session:
            frameworks = svc.live_frameworks(session)
        self.framework_box.blockSignals(True)
        self.framework_box.clear()
        for fw in frameworks:
            suffix = (
                QCoreApplication.translate("TargetsPage", " (habits of work)")
                if fw.kind == "habits"
                else ""
            )
            self.framework_box.addItem(f"{fw.title}{suffix}", fw.id)
        index = self.framework_box.findData(current) if current else 0
        self.framework_box.setCurrentIndex(max(0, index))
        self.framework_box.blockSignals(False)
        self.reload_tree()

    def framework_id(self) -> str | None:
        return self.framework_box.currentData()

    def reload_tree(self) -> None:
        framework_id = self.framework_id()
        keep = self._current_id
        self.model.removeRows(0, self.model.rowCount())
        self._nodes.clear()
        if framework_id is None:
            self.framework_kind.setText(
                QCoreApplication.translate(
                    "TargetsPage", "No framework yet: create one, or import your standards."
                )
            )
            self._show(None)
            return
        with self.store.read() as session:
            framework = svc.framework_info(session, framework_id)
            nodes = svc.framework_tree(session, framework_id)
        kind = framework.kind if framework else "academic"
        self.framework_kind.setText(
            QCoreApplication.translate(
                "TargetsPage",
                "Habits of work: tracked and reported, never mixed into academic levels.",
            )
            if kind == "habits"
            else QCoreApplication.translate(
                "TargetsPage", "Academic competencies and learning targets."
            )
        )

        # Parents before children, without recursion (a tree of any depth opens).
        stack = [(self.model.invisibleRootItem(), node) for node in reversed(nodes)]
        while stack:
            parent, node = stack.pop()
            code = QStandardItem(node.code)
            code.setData(node.id, IdRole)
            code.setToolTip(node.i_can or node.statement)
            text = QStandardItem(node.statement)
            text.setData(node.id, IdRole)
            text.setToolTip(node.statement)
            for item in (code, text):
                item.setEditable(False)
            parent.appendRow([code, text])
            self._nodes[node.id] = node
            stack.extend((code, child) for child in reversed(node.children))
        self.tree.expandAll()
        if keep and keep in self._nodes:
            self.select(keep)
        else:
            self._show(None)

    def select(self, target_id: str) -> None:
        matches = self.model.match(
            self.model.index(0, 0),
            IdRole,
            target_id,
            1,
            Qt.MatchFlag.MatchExactly | Qt.MatchFlag.MatchRecursive,
        )
        if matches:
            index = self.proxy.mapFromSource(matches[0])
            self.tree.setCurrentIndex(index)
            self.tree.scrollTo(index)

    def _filter(self, text: str) -> None:
        self.proxy.setFilterFixedString(text)
        self.tree.setDragEnabled(not text)  # reordering a filtered tree would surprise
        self.tree.expandAll()

    def _selected(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.save_details()
        target_id = current.data(IdRole) if current.isValid() else None
        self._show(target_id)

    def _show(self, target_id: str | None) -> None:
        self._loading = True
        self._current_id = target_id
        node = self._nodes.get(target_id) if target_id else None
        enabled = node is not None
        self.detail_tabs.setEnabled(enabled)
        for button in (
            self.add_target_button,
            self.delete_button,
            self.up_button,
            self.down_button,
        ):
            button.setEnabled(enabled)
        if node is None:
            self.detail_title.setText(
                QCoreApplication.translate("TargetsPage", "<b>Choose a target</b> — or add one")
            )
            for edit in (self.code, self.level):
                edit.clear()
            for text_edit in (self.statement, self.i_can, self.notes):
                text_edit.clear()
            self.prerequisites.clear()
            self.rubric.setRowCount(0)
            self.wordings.setRowCount(0)
            self._loading = False
            return
        kind = (
            QCoreApplication.translate("TargetsPage", "Competency")
            if node.parent_id is None
            else QCoreApplication.translate("TargetsPage", "Learning target")
        )
        self.detail_title.setText(f"<b>{kind}: {node.code}</b>")
        self.code.setText(node.code)
        self.statement.setPlainText(node.statement)
        self.i_can.setPlainText(node.i_can)
        self.level.setText(node.level)
        self.dok.setCurrentIndex(self.dok.findData(node.dok) if node.dok else 0)
        self.notes.setPlainText(node.notes)
        self.prerequisites.clear()
        for other in self._nodes.values():
            if other.id == node.id or other.children:
                continue  # prerequisites are learning targets, not whole competencies
            item = QListWidgetItem(other.label, self.prerequisites)
            item.setData(IdRole, other.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(
                Qt.CheckState.Checked if other.id in node.prerequisites else Qt.CheckState.Unchecked
            )
        self._load_rubric(node.id)
        self._load_wordings(node.id)
        self._loading = False

    def _load_wordings(self, target_id: str) -> None:
        with self.store.read() as session:
            found = svc.wordings(session, [target_id]).get(target_id, {})
        self.wordings.blockSignals(True)
        # The families' languages first; English last (for targets written in another).
        codes = [c for c in LANGUAGES if c != SOURCE_LANGUAGE] + [SOURCE_LANGUAGE]
        self.wordings.setRowCount(len(codes))
        for row, code in enumerate(codes):
            head = QTableWidgetItem(language_name(code))
            head.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            head.setData(IdRole, code)
            statement, i_can = found.get(code, ("", ""))
            self.wordings.setItem(row, 0, head)
            self.wordings.setItem(row, 1, QTableWidgetItem(statement))
            self.wordings.setItem(row, 2, QTableWidgetItem(i_can))
        self.wordings.resizeColumnToContents(0)
        self.wordings.blockSignals(False)

    def _wording_edited(self, item: QTableWidgetItem) -> None:
        if self._loading or self._current_id is None or item.column() == 0:
            return
        row = item.row()
        code = self.wordings.item(row, 0).data(IdRole)
        target_id = self._current_id
        with self.store.read() as session:
            old = svc.wordings(session, [target_id]).get(target_id, {}).get(code, ("", ""))
        new = (self.wordings.item(row, 1).text(), self.wordings.item(row, 2).text())
        if tuple(w.strip() for w in new) == old:
            return
        self.operations.perform(
            QCoreApplication.translate("TargetsPage", "Edit {code} in {language}").format(
                code=self._nodes[target_id].code, language=language_name(code)
            ),
            lambda: svc.save_wording(self.store, target_id, code, statement=new[0], i_can=new[1]),
            lambda: svc.save_wording(self.store, target_id, code, statement=old[0], i_can=old[1]),
        )

    def _load_rubric(self, target_id: str) -> None:
        with self.store.read() as session:
            framework = svc.framework_info(session, self.framework_id())
            scale = load_scale(session, framework.scale_id if framework else None)
            descriptors = svc.rubric_for(session, target_id)
            exemplars = svc.exemplars_for(session, target_id)
            shown = rubric_exemplars(session, target_id)  # anchor papers say their set
        self._exemplars = exemplars
        self._shown_exemplars = shown
        self.rubric.blockSignals(True)
        self.rubric.setRowCount(len(scale.levels))
        for row, level in enumerate(scale.levels):
            head = QTableWidgetItem(f"{level.number} {level_word(level.label)}")
            head.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            head.setData(IdRole, level.value)
            text = QTableWidgetItem(descriptors.get(level.value, ""))
            here = exemplars_at(shown, level.value)
            exemplar = QTableWidgetItem("\n".join(exemplar_words(e) for e in here))
            exemplar.setToolTip("\n".join(r for e in here if (r := exemplar_reason(e))))
            exemplar.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            self.rubric.setItem(row, 0, head)
            self.rubric.setItem(row, 1, text)
            self.rubric.setItem(row, 2, exemplar)
        self.rubric.resizeColumnToContents(0)
        # once the columns have widths; tied to the grid, so it never outlives it
        QTimer.singleShot(0, self.rubric, self.rubric.resizeRowsToContents)
        self.rubric.blockSignals(False)

    # ----- changes -----------------------------------------------------------
    def shows(self, changes: Changes) -> bool:
        # (refreshed after the current event: a save can happen inside a selection change)
        if changes.evidence and not changes.everything:
            return False  # evidence names the cells it touched; the targets are unchanged
        return bool(changes.everything or changes.targets)

    def refresh(self) -> None:
        self.stale = False
        self.reload_frameworks()

    def new_framework(self) -> None:
        title, ok = QInputDialog.getText(
            self,
            QCoreApplication.translate("TargetsPage", "New framework"),
            QCoreApplication.translate("TargetsPage", "Name of the framework:"),
        )
        if not ok or not title.strip():
            return
        kinds = [
            QCoreApplication.translate(
                "TargetsPage", "Academic (competencies and learning targets)"
            ),
            QCoreApplication.translate("TargetsPage", "Habits of work"),
        ]
        kind, ok = QInputDialog.getItem(
            self,
            QCoreApplication.translate("TargetsPage", "New framework"),
            QCoreApplication.translate("TargetsPage", "What it holds:"),
            kinds,
            0,
            False,
        )
        if not ok:
            return
        result: list[str] = []

        def do() -> Changes:
            framework_id, changes = svc.create_framework(
                self.store, title, kind="habits" if kind == kinds[1] else "academic"
            )
            result.append(framework_id)
            return changes

        if self.operations.call(do):
            self.reload_frameworks(select_id=result[0])

    def add(self, *, top_level: bool) -> None:
        framework_id = self.framework_id()
        if framework_id is None:
            self.operations.report(
                QCoreApplication.translate("TargetsPage", "Create or import a framework first.")
            )
            return
        parent_id = None
        if not top_level and self._current_id:
            node = self._nodes[self._current_id]
            parent_id = node.id if node.parent_id is None else node.parent_id
        what = (
            QCoreApplication.translate("TargetsPage", "competency")
            if parent_id is None
            else QCoreApplication.translate("TargetsPage", "learning target")
        )
        code, ok = QInputDialog.getText(
            self,
            QCoreApplication.translate("TargetsPage", "Add a {what}").format(what=what),
            QCoreApplication.translate("TargetsPage", "Code of the new {what}:").format(what=what),
        )
        if not ok:
            return
        statement, ok = QInputDialog.getText(
            self,
            QCoreApplication.translate("TargetsPage", "Add a {what}").format(what=what),
            QCoreApplication.translate("TargetsPage", "Its statement:"),
        )
        if not ok:
            return
        created: list[str] = []

        def do() -> Changes:
            target_id, changes = svc.create_target(
                self.store, framework_id, parent_id=parent_id, code=code, statement=statement
            )
            created.append(target_id)
            return changes

        def undo() -> Changes:
            return svc.delete_target(self.store, created[-1]).changes

        if self.operations.perform(
            QCoreApplication.translate("TargetsPage", "Add {value}").format(
                value=code or statement
            ),
            do,
            undo,
        ):
            self._current_id = created[-1]
            self.reload_tree()

    def save_details(self) -> None:
        if self._loading or self._current_id is None:
            return
        node = self._nodes.get(self._current_id)
        if node is None:
            return
        wanted = {
            "code": self.code.text().strip(),
            "statement": self.statement.toPlainText().strip(),
            "i_can": self.i_can.toPlainText().strip(),
            "level": self.level.text().strip(),
            "dok": self.dok.currentData(),
            "notes": self.notes.toPlainText().strip(),
            "prerequisites": [
                self.prerequisites.item(i).data(IdRole)
                for i in range(self.prerequisites.count())
                if self.prerequisites.item(i).checkState() == Qt.CheckState.Checked
            ],
        }
        before = {
            "code": node.code,
            "statement": node.statement,
            "i_can": node.i_can,
            "level": node.level,
            "dok": node.dok,
            "notes": node.notes,
            "prerequisites": list(node.prerequisites),
        }
        changed = {k: v for k, v in wanted.items() if v != before[k]}
        if not changed:
            return
        old = {k: before[k] for k in changed}
        target_id = node.id
        self.operations.perform(
            QCoreApplication.translate("TargetsPage", "Edit {code}").format(code=node.code),
            lambda: svc.update_target(self.store, target_id, **changed),
            lambda: svc.update_target(self.store, target_id, **old),
        )

    def move(self, target_id: str, parent_id: str | None, position: int) -> None:
        node = self._nodes.get(target_id)
        if node is None:
            return
        siblings = [n for n in self._nodes.values() if n.parent_id == node.parent_id]
        siblings.sort(key=lambda n: (n.position, n.code, n.id))
        old_position = [n.id for n in siblings].index(target_id)
        old_parent = node.parent_id
        self._current_id = target_id
        self.operations.perform(
            QCoreApplication.translate("TargetsPage", "Move {code}").format(code=node.code),
            lambda: svc.move_target(self.store, target_id, parent_id=parent_id, position=position),
            lambda: svc.move_target(
                self.store, target_id, parent_id=old_parent, position=old_position
            ),
        )

    def shift(self, step: int) -> None:
        if self._current_id is None or self.search.text():
            return
        node = self._nodes[self._current_id]
        siblings = sorted(
            (n for n in self._nodes.values() if n.parent_id == node.parent_id),
            key=lambda n: (n.position, n.code, n.id),
        )
        index = [n.id for n in siblings].index(node.id)
        new = index + step
        if 0 <= new < len(siblings):
            self.move(node.id, node.parent_id, new)

    def delete(self) -> None:
        if self._current_id is None:
            return
        node = self._nodes[self._current_id]
        with self.store.read() as session:
            ids = svc.subtree_ids(session, node.id)
            evidence = svc.evidence_on(session, ids)
        under = (
            QCoreApplication.translate("TargetsPage", " and the {value} targets under it").format(
                value=len(ids) - 1
            )
            if len(ids) > 1
            else ""
        )
        kept = (
            QCoreApplication.translate(
                "TargetsPage",
                "\n\nThe {evidence} piece(s) of evidence recorded on them are kept, and "
                "come back if you undo (Ctrl+Z).",
            ).format(evidence=evidence)
            if evidence
            else ""
        )
        answer = QMessageBox.question(
            self,
            QCoreApplication.translate("TargetsPage", "Delete"),
            QCoreApplication.translate("TargetsPage", "Delete {value}{under}?{kept}").format(
                value=node.code or node.statement, under=under, kept=kept
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        report_box: list[svc.DeleteReport] = []

        def do() -> Changes:
            report = svc.delete_target(self.store, node.id)
            report_box.append(report)
            return report.changes

        self._current_id = None
        if (
            self.operations.perform(
                QCoreApplication.translate("TargetsPage", "Delete {code}").format(code=node.code),
                do,
                lambda: svc.restore_targets(self.store, ids),
            )
            and report_box
        ):
            self.window().statusBar().showMessage(say(report_box[-1].sentence), 10000)

    def _rubric_edited(self, item: QTableWidgetItem) -> None:
        if self._loading or self._current_id is None or item.column() != 1:
            return
        value = self.rubric.item(item.row(), 0).data(IdRole)
        target_id = self._current_id
        with self.store.read() as session:
            old = svc.rubric_for(session, target_id).get(value, "")
        new = item.text()
        if new.strip() == old:
            return
        self.operations.perform(
            QCoreApplication.translate("TargetsPage", "Edit rubric of {code}").format(
                code=self._nodes[target_id].code
            ),
            lambda: svc.save_rubric(self.store, target_id, {value: new}),
            lambda: svc.save_rubric(self.store, target_id, {value: old}),
        )

    def attach_exemplar(self) -> None:
        if self._current_id is None:
            return
        row = max(0, self.rubric.currentRow())
        if self.rubric.rowCount() == 0:
            return
        value = self.rubric.item(row, 0).data(IdRole)
        path, _ = QFileDialog.getOpenFileName(
            self,
            QCoreApplication.translate("TargetsPage", "Attach an exemplar"),
            str(Path.home()),
            QCoreApplication.translate(
                "TargetsPage",
                "Photos and documents (*.png *.jpg *.jpeg *.gif *.pdf);;All files (*)",
            ),
        )
        if path:
            target_id = self._current_id
            self.operations.call(
                lambda: svc.attach_exemplar(self.store, target_id, value, Path(path))
            )
            self._load_rubric(target_id)

    def _open_exemplars(self, row: int, column: int) -> None:
        """The work of a level's exemplars, opened with the laptop's own viewer."""
        head = self.rubric.item(row, 0)
        if column != 2 or head is None:
            return
        for exemplar in exemplars_at(self._shown_exemplars, head.data(IdRole)):
            open_attachment(self.store.blobs_dir, exemplar.sha256, exemplar.file_name)

    def remove_exemplar(self) -> None:
        if self._current_id is None or self.rubric.rowCount() == 0:
            return
        row = max(0, self.rubric.currentRow())
        value = self.rubric.item(row, 0).data(IdRole)
        matches = [e for e in self._exemplars if same_level(e.level_value, value)]
        if not matches:
            self.operations.report(
                QCoreApplication.translate("TargetsPage", "This level has no exemplar to remove.")
            )
            return
        target_id = self._current_id
        self.operations.call(lambda: svc.remove_exemplar(self.store, matches[-1].id))
        self._load_rubric(target_id)

    # ----- import and export -------------------------------------------------
    def import_targets(self, path: str | None = None) -> None:
        from cbe_desktop.ui.import_dialog import ImportDialog

        if path is None:
            path, _ = QFileDialog.getOpenFileName(
                self,
                QCoreApplication.translate("TargetsPage", "Import targets"),
                str(Path.home()),
                QCoreApplication.translate(
                    "TargetsPage", "Standards (*.json *.csv *.txt);;All files (*)"
                ),
            )
        if not path:
            return
        dialog = ImportDialog(self, self.store, "targets", Path(path))
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.report is not None:
            report = dialog.report
            self.operations.changed.emit(report.changes | Changes(everything=True))
            if report.framework_id:
                self.reload_frameworks(select_id=report.framework_id)
            self.window().statusBar().showMessage(say(report.summary()), 15000)

    def export_targets(self, path: str | None = None) -> None:
        from cbe_desktop.services.importing import export_targets

        framework_id = self.framework_id()
        if framework_id is None:
            self.operations.report(
                QCoreApplication.translate("TargetsPage", "There is no framework to export yet.")
            )
            return
        if path is None:
            name = self.framework_box.currentText().replace("/", "-")
            path, _ = QFileDialog.getSaveFileName(
                self,
                QCoreApplication.translate("TargetsPage", "Export targets"),
                str(Path.home() / f"{name}.json"),
                QCoreApplication.translate("TargetsPage", "CASE 1.1 JSON (*.json);;CSV (*.csv)"),
            )
        if not path:
            return
        fmt = "csv" if path.lower().endswith(".csv") else "case"
        try:
            with self.store.read() as session:
                data = export_targets(session, framework_id, fmt)
            Path(path).write_bytes(data)
        except (CbeError, OSError) as exc:
            self.operations.report(
                say_error(exc)
                if isinstance(exc, CbeError)
                else QCoreApplication.translate(
                    "TargetsPage", "{path} could not be written ({strerror})."
                ).format(path=path, strerror=exc.strerror)
            )
            return
        self.window().statusBar().showMessage(
            QCoreApplication.translate("TargetsPage", "Exported to {path}").format(path=path), 10000
        )
