"""Classes and students: create a class, choose its targets and scale, manage its roster."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cbe_desktop.core import mastery, rules
from cbe_desktop.core import roster as svc
from cbe_desktop.core.changes import Changes
from cbe_desktop.core.mastery import Method
from cbe_desktop.core.models import LANGUAGES, NAME_ORDERS
from cbe_desktop.core.scales import live_scales
from cbe_desktop.core.store import Store
from cbe_desktop.core.targets import flatten, framework_tree, live_frameworks
from cbe_desktop.ui.domain_words import METHOD_NAMES, language_name
from cbe_desktop.ui.i18n import Words, level_word, say
from cbe_desktop.ui.operations import Operations
from cbe_desktop.ui.page import Page
from cbe_desktop.ui.widgets import heading, hint

IdRole = Qt.ItemDataRole.UserRole + 30
NAME_ORDER_WORDS = Words(
    {
        "given_first": QT_TRANSLATE_NOOP("Words", "Given name first (Ana García)"),
        "family_first": QT_TRANSLATE_NOOP("Words", "Family name first (王小明, Nguyễn An)"),
    }
)


class StudentDialog(QDialog):
    """Add or edit one student."""

    def __init__(self, parent: QWidget | None, student: svc.StudentInfo | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(
            QCoreApplication.translate("StudentDialog", "Edit student")
            if student
            else QCoreApplication.translate("StudentDialog", "Add a student")
        )
        self.given = QLineEdit(student.given_name if student else "", self)
        self.family = QLineEdit(student.family_name if student else "", self)
        self.preferred = QLineEdit(student.preferred_name if student else "", self)
        self.number = QLineEdit(student.student_number if student else "", self)
        self.grade = QLineEdit(student.grade if student else "", self)
        self.language = QComboBox(self)
        for code in LANGUAGES:
            self.language.addItem(language_name(code), code)
        if student:
            self.language.setCurrentIndex(max(0, self.language.findData(student.family_language)))
        self.name_order = QComboBox(self)
        self.name_order.setObjectName("studentNameOrder")
        for code in NAME_ORDERS:
            self.name_order.addItem(NAME_ORDER_WORDS[code], code)
        if student:
            self.name_order.setCurrentIndex(max(0, self.name_order.findData(student.name_order)))
        form = QFormLayout(self)
        form.addRow(QCoreApplication.translate("StudentDialog", "&Given name(s):"), self.given)
        form.addRow(QCoreApplication.translate("StudentDialog", "&Family name(s):"), self.family)
        form.addRow(QCoreApplication.translate("StudentDialog", "&Preferred name:"), self.preferred)
        form.addRow(QCoreApplication.translate("StudentDialog", "Student &number:"), self.number)
        form.addRow(QCoreApplication.translate("StudentDialog", "&Grade:"), self.grade)
        form.addRow(QCoreApplication.translate("StudentDialog", "Family &language:"), self.language)
        form.addRow(QCoreApplication.translate("StudentDialog", "Name &written:"), self.name_order)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def fields(self) -> dict[str, str]:
        return {
            "given_name": self.given.text().strip(),
            "family_name": self.family.text().strip(),
            "preferred_name": self.preferred.text().strip(),
            "student_number": self.number.text().strip(),
            "grade": self.grade.text().strip(),
            "family_language": self.language.currentData(),
            "name_order": self.name_order.currentData(),
        }


class RosterPage(Page):
    """Classes and students: each class's details, targets and roster."""

    status_message = Signal(str)  # a sentence for the status bar after an action

    def __init__(self, store: Store, operations: Operations, parent: QWidget | None = None) -> None:
        super().__init__(store, operations, parent)
        self._loading = False

        # --- left: the classes ---
        self.classes = QListWidget(self)
        self.classes.setObjectName("rosterClassList")
        self.classes.setAccessibleName(QCoreApplication.translate("RosterPage", "Classes"))
        self.classes.currentItemChanged.connect(self._show_class)
        self.show_archived = QCheckBox(
            QCoreApplication.translate("RosterPage", "Show &archived classes"), self
        )
        self.show_archived.toggled.connect(lambda _b: self.reload())
        new_class = QPushButton(QCoreApplication.translate("RosterPage", "&New class…"), self)
        new_class.clicked.connect(self.new_class)
        self.archive_button = QPushButton(
            QCoreApplication.translate("RosterPage", "A&rchive class"), self
        )
        self.archive_button.clicked.connect(self.toggle_archive_class)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(heading(QCoreApplication.translate("RosterPage", "Classes"), self))
        left_layout.addWidget(self.classes, 1)
        left_layout.addWidget(self.show_archived)
        row = QHBoxLayout()
        import_roster = QPushButton(
            QCoreApplication.translate("RosterPage", "&Import roster…"), self
        )
        import_roster.setObjectName("importRoster")
        self.import_roster_button = import_roster
        import_roster.setToolTip(
            QCoreApplication.translate(
                "RosterPage", "OneRoster (folder or zip), or a CSV with a header row"
            )
        )
        import_roster.clicked.connect(lambda: self.import_roster())
        # Beside "New class…": a OneRoster export makes its classes, so it needs none chosen.
        row.addWidget(new_class)
        row.addWidget(import_roster)
        left_layout.addLayout(row)
        left_layout.addWidget(self.archive_button)

        # --- right: details / targets / students ---
        self.name = QLineEdit(self)
        self.term = QLineEdit(self)
        self.subject = QLineEdit(self)
        self.grade = QLineEdit(self)
        self.scale = QComboBox(self)
        self.method = QComboBox(self)
        for method in mastery.METHODS:
            self.method.addItem(METHOD_NAMES[method], method)
        self.method_help = hint("", self)
        self.param = QDoubleSpinBox(self)
        self.param.setRange(mastery.MIN_WEIGHT, mastery.MAX_WEIGHT)
        self.param.setDecimals(0)
        self.pace = QDoubleSpinBox(self)
        self.pace.setRange(0, rules.PACE_MAX)
        self.pace.setDecimals(1)
        self.pace.setSuffix(QCoreApplication.translate("RosterPage", " targets a week"))
        for widget, name in (
            (self.name, QCoreApplication.translate("RosterPage", "Class name")),
            (self.term, QCoreApplication.translate("RosterPage", "Term")),
            (self.subject, QCoreApplication.translate("RosterPage", "Subject")),
            (self.grade, QCoreApplication.translate("RosterPage", "Grade")),
            (self.scale, QCoreApplication.translate("RosterPage", "Scale")),
            (self.method, QCoreApplication.translate("RosterPage", "Calculation method")),
            (self.param, QCoreApplication.translate("RosterPage", "Method parameter")),
            (self.pace, QCoreApplication.translate("RosterPage", "Planned pace")),
        ):
            widget.setAccessibleName(name)
        for edit in (self.name, self.term, self.subject, self.grade):
            edit.editingFinished.connect(self.save_class)
        self.scale.currentIndexChanged.connect(lambda _i: self.save_class())
        self.method.currentIndexChanged.connect(lambda _i: self._method_changed())
        self.param.editingFinished.connect(self.save_class)
        self.pace.editingFinished.connect(self.save_class)
        details = QWidget(self)
        form = QFormLayout(details)
        form.addRow(QCoreApplication.translate("RosterPage", "&Name:"), self.name)
        form.addRow(QCoreApplication.translate("RosterPage", "&Term:"), self.term)
        form.addRow(QCoreApplication.translate("RosterPage", "&Subject:"), self.subject)
        form.addRow(QCoreApplication.translate("RosterPage", "&Grade:"), self.grade)
        form.addRow(QCoreApplication.translate("RosterPage", "S&cale:"), self.scale)
        form.addRow(QCoreApplication.translate("RosterPage", "&Estimate by:"), self.method)
        form.addRow("", self.method_help)
        form.addRow(QCoreApplication.translate("RosterPage", "&Weight or n:"), self.param)
        form.addRow(QCoreApplication.translate("RosterPage", "Planned &pace:"), self.pace)

        self.targets = QTreeWidget(self)
        self.targets.setObjectName("classTargets")
        self.targets.setAccessibleName(
            QCoreApplication.translate("RosterPage", "Targets taught in this class")
        )
        self.targets.setHeaderLabels(
            [
                QCoreApplication.translate("RosterPage", "Target"),
                QCoreApplication.translate("RosterPage", "Statement"),
            ]
        )
        self.targets.header().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.targets.itemChanged.connect(self._target_checked)
        targets_page = QWidget(self)
        targets_layout = QVBoxLayout(targets_page)
        targets_layout.addWidget(
            hint(
                QCoreApplication.translate(
                    "RosterPage",
                    "Tick the targets this class teaches, from any framework; habits of work are "
                    "tracked on their own tab of the gradebook.",
                ),
                self,
            )
        )
        targets_layout.addWidget(self.targets, 1)

        self.students = QTableWidget(0, 6, self)
        self.students.setObjectName("rosterStudents")
        self.students.setAccessibleName(
            QCoreApplication.translate("RosterPage", "Students of this class")
        )
        self.students.setHorizontalHeaderLabels(
            [
                QCoreApplication.translate("RosterPage", "Name"),
                QCoreApplication.translate("RosterPage", "Preferred"),
                QCoreApplication.translate("RosterPage", "Student number"),
                QCoreApplication.translate("RosterPage", "Grade"),
                QCoreApplication.translate("RosterPage", "Family language"),
                QCoreApplication.translate("RosterPage", "Status"),
            ]
        )
        self.students.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.students.verticalHeader().hide()
        self.students.setWordWrap(False)
        self.students.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.students.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.students.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.students.setTabKeyNavigation(False)  # Tab moves on to the buttons
        self.students.doubleClicked.connect(lambda _i: self.edit_student())
        add_student = QPushButton(QCoreApplication.translate("RosterPage", "&Add student…"), self)
        add_student.clicked.connect(self.add_student)
        edit_student = QPushButton(QCoreApplication.translate("RosterPage", "&Edit…"), self)
        edit_student.clicked.connect(self.edit_student)
        enrol = QPushButton(
            QCoreApplication.translate("RosterPage", "Enrol &existing student…"), self
        )
        enrol.clicked.connect(self.enrol_existing)
        self.archive_student_button = QPushButton(
            QCoreApplication.translate("RosterPage", "Archive / &return"), self
        )
        self.archive_student_button.clicked.connect(self.toggle_archive_student)
        remove = QPushButton(QCoreApplication.translate("RosterPage", "Remove from &class"), self)
        remove.setObjectName("removeFromClass")
        remove.clicked.connect(self.unenrol)
        self.remove_button = remove
        students_page = QWidget(self)
        students_layout = QVBoxLayout(students_page)
        students_layout.addWidget(self.students, 1)
        for group in (
            (add_student, edit_student, enrol),
            (self.archive_student_button, remove),
        ):
            row = QHBoxLayout()
            for b in group:
                row.addWidget(b)
            row.addStretch(1)
            students_layout.addLayout(row)
        students_layout.addWidget(
            hint(
                QCoreApplication.translate(
                    "RosterPage",
                    "Archiving hides a student who left; their evidence is kept and they can "
                    "return. A student can be enrolled in several classes.",
                ),
                self,
            )
        )

        self.tabs = QTabWidget(self)
        self.tabs.addTab(details, QCoreApplication.translate("RosterPage", "Class"))
        self.tabs.addTab(targets_page, QCoreApplication.translate("RosterPage", "Targets"))
        self.tabs.addTab(students_page, QCoreApplication.translate("RosterPage", "Students"))
        self.title = heading("", self)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.title)
        right_layout.addWidget(self.tabs, 1)

        splitter = QSplitter(self)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setSizes([260, 800])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self.reload()

    def shows(self, changes: Changes) -> bool:
        # Recording evidence (every typed level) changes no class, roster or alignment.
        return not (changes.evidence and not (changes.everything or changes.classes))

    def refresh(self) -> None:
        self.stale = False
        self.reload()

    # ----- loading -----------------------------------------------------------
    def class_id(self) -> str | None:
        item = self.classes.currentItem()
        return item.data(IdRole) if item else None

    def reload(self, select_id: str | None = None) -> None:
        current = select_id or self.class_id()
        with self.store.read() as session:
            classes = svc.live_classes(session, include_archived=self.show_archived.isChecked())
            scales = live_scales(session)
        self.classes.blockSignals(True)
        self.classes.clear()
        for c in classes:
            item = QListWidgetItem(
                f"{c.name}"
                + (QCoreApplication.translate("RosterPage", " (archived)") if c.archived else "")
            )
            item.setData(IdRole, c.id)
            self.classes.addItem(item)
        self.classes.blockSignals(False)
        self._loading = True
        self.scale.clear()
        for s in scales:
            self.scale.addItem(level_word(s.name), s.id)
        self._loading = False
        ids = [c.id for c in classes]
        if ids:
            self.classes.setCurrentRow(ids.index(current) if current in ids else 0)
        self._show_class()

    def _show_class(self, *_signal_args: object) -> None:
        class_id = self.class_id()
        self.tabs.setEnabled(class_id is not None)
        self.archive_button.setEnabled(class_id is not None)
        if class_id is None:
            self.title.setText(
                QCoreApplication.translate(
                    "RosterPage",
                    "<b>No class yet</b> — create one with “New class…”, or bring your "
                    "classes in with “Import roster…”",
                )
            )
            return
        with self.store.read() as session:
            school_class = svc.class_info(session, class_id)
            aligned = svc.class_target_ids(session, class_id)
            students = svc.class_students(session, class_id)
            frameworks = [(fw, framework_tree(session, fw.id)) for fw in live_frameworks(session)]
        if school_class is None:
            return
        self._loading = True
        self.title.setText(f"<b>{school_class.name}</b> {school_class.term}")
        self.archive_button.setText(
            QCoreApplication.translate("RosterPage", "Un&archive class")
            if school_class.archived
            else QCoreApplication.translate("RosterPage", "A&rchive class")
        )
        self.name.setText(school_class.name)
        self.term.setText(school_class.term)
        self.subject.setText(school_class.subject)
        self.grade.setText(school_class.grade)
        self.scale.setCurrentIndex(max(0, self.scale.findData(school_class.scale_id)))
        self.method.setCurrentIndex(max(0, self.method.findData(school_class.method)))
        self.param.setValue(school_class.method_param or _default_param(school_class.method))
        self.pace.setValue(school_class.targets_per_week or 0)
        self._update_method_help()

        self.targets.clear()
        self._aligned = list(aligned)
        for fw, nodes in frameworks:
            top = QTreeWidgetItem(
                self.targets,
                [
                    fw.title,
                    QCoreApplication.translate("RosterPage", "habits of work")
                    if fw.kind == "habits"
                    else "",
                ],
            )
            top.setFlags(Qt.ItemFlag.ItemIsEnabled)
            for node in flatten(nodes):
                if node.parent_id is None and node.children:
                    parent = QTreeWidgetItem(top, [node.code, node.statement])
                    parent.setFlags(Qt.ItemFlag.ItemIsEnabled)
                    continue
                item = QTreeWidgetItem(
                    parent if node.parent_id else top, [node.code, node.statement]
                )
                item.setData(0, IdRole, node.id)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(
                    0, Qt.CheckState.Checked if node.id in aligned else Qt.CheckState.Unchecked
                )
        self.targets.expandAll()

        self.students.setRowCount(len(students))
        for row, s in enumerate(students):
            values = [
                f"{s.given_name} {s.family_name}".strip(),
                s.preferred_name,
                s.student_number,
                s.grade,
                language_name(s.family_language)
                if s.family_language in LANGUAGES
                else s.family_language,
                "archived" if s.archived else "active",
            ]
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setData(IdRole, s.id)
                self.students.setItem(row, column, item)
        self._loading = False

    # ----- class -------------------------------------------------------------
    def _method_changed(self) -> None:
        if self._loading:
            return
        self.param.setValue(_default_param(self.method.currentData()))
        self._update_method_help()
        self.save_class()

    def _update_method_help(self) -> None:
        method = self.method.currentData()
        self.method_help.setText(say(mastery.describe_method(method)))
        self.param.setEnabled(method in (*mastery.WEIGHTED_METHODS, Method.N_MASTERY))
        if method == Method.N_MASTERY:
            self.param.setRange(mastery.MIN_TIMES, mastery.MAX_TIMES)
        else:
            self.param.setRange(mastery.MIN_WEIGHT, mastery.MAX_WEIGHT)

    def new_class(self) -> None:
        name, ok = QInputDialog.getText(
            self,
            QCoreApplication.translate("RosterPage", "New class"),
            QCoreApplication.translate("RosterPage", "Name of the class:"),
        )
        if not ok or not name.strip():
            return
        created: list[str] = []

        def do() -> Changes:
            class_id, changes = svc.create_class(self.store, name)
            created.append(class_id)
            return changes

        if self.operations.call(do):
            self.reload(select_id=created[0])
            self.tabs.setCurrentIndex(0)
            self.term.setFocus()

    def save_class(self) -> None:
        class_id = self.class_id()
        if self._loading or class_id is None:
            return
        method = self.method.currentData()
        param = self.param.value() if self.param.isEnabled() else None
        wanted = {
            "name": self.name.text().strip(),
            "term": self.term.text().strip(),
            "subject": self.subject.text().strip(),
            "grade": self.grade.text().strip(),
            "scale_id": self.scale.currentData(),
            "method": method,
            "method_param": param,
            "targets_per_week": self.pace.value() or None,
        }
        with self.store.read() as session:
            row = svc.class_info(session, class_id)
        if row is None:
            return
        before = {k: getattr(row, k) for k in wanted}
        changed = {k: v for k, v in wanted.items() if v != before[k]}
        if not changed:
            return
        old = {k: before[k] for k in changed}
        self.operations.perform(
            QCoreApplication.translate("RosterPage", "Edit class"),
            lambda: svc.update_class(self.store, class_id, **changed),
            lambda: svc.update_class(self.store, class_id, **old),
        )

    def toggle_archive_class(self) -> None:
        class_id = self.class_id()
        if class_id is None:
            return
        with self.store.read() as session:
            row = svc.class_info(session, class_id)
        if row is None:
            return
        archived = row.archived
        self.operations.perform(
            QCoreApplication.translate("RosterPage", "Archive class"),
            lambda: svc.archive_class(self.store, class_id, not archived),
            lambda: svc.archive_class(self.store, class_id, archived),
        )

    def _target_checked(self, item: QTreeWidgetItem, column: int) -> None:
        if self._loading or column != 0 or item.data(0, IdRole) is None:
            return
        class_id = self.class_id()
        target_id = item.data(0, IdRole)
        old = list(self._aligned)
        if item.checkState(0) == Qt.CheckState.Checked:
            new = [*old, target_id] if target_id not in old else old
        else:
            new = [t for t in old if t != target_id]
        self._aligned = new
        self.operations.perform(
            QCoreApplication.translate("RosterPage", "Choose targets"),
            lambda: svc.set_class_targets(self.store, class_id, new),
            lambda: svc.set_class_targets(self.store, class_id, old),
        )

    # ----- students ----------------------------------------------------------
    def _selected_student(self) -> str | None:
        row = self.students.currentRow()
        item = self.students.item(row, 0) if row >= 0 else None
        return item.data(IdRole) if item else None

    def add_student(self) -> None:
        class_id = self.class_id()
        dialog = StudentDialog(self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        fields = dialog.fields()
        given = fields.pop("given_name")
        family = fields.pop("family_name")
        self.operations.call(
            lambda: svc.create_student(self.store, given, family, class_id=class_id, **fields)
        )

    def edit_student(self) -> None:
        student_id = self._selected_student()
        if student_id is None:
            return
        with self.store.read() as session:
            student = svc.student_info(session, student_id)
        if student is None:
            return
        dialog = StudentDialog(self, student)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        new = dialog.fields()
        old = {k: getattr(student, k) for k in new}
        self.operations.perform(
            QCoreApplication.translate("RosterPage", "Edit student"),
            lambda: svc.update_student(self.store, student_id, **new),
            lambda: svc.update_student(self.store, student_id, **old),
        )

    def toggle_archive_student(self) -> None:
        student_id = self._selected_student()
        if student_id is None:
            return
        with self.store.read() as session:
            student = svc.student_info(session, student_id)
        if student is None:
            return
        archived = student.archived
        self.operations.perform(
            QCoreApplication.translate("RosterPage", "Archive student"),
            lambda: svc.archive_student(self.store, student_id, not archived),
            lambda: svc.archive_student(self.store, student_id, archived),
        )

    def enrol_existing(self) -> None:
        class_id = self.class_id()
        if class_id is None:
            return
        with self.store.read() as session:
            enrolled = {s.id for s in svc.class_students(session, class_id)}
            others = [
                s for s in svc.all_students(session) if s.id not in enrolled and not s.archived
            ]
        if not others:
            self.operations.report(
                QCoreApplication.translate(
                    "RosterPage", "Every student in your data is already in this class."
                )
            )
            return
        labels = [
            f"{s.display_name} ({s.student_number})" if s.student_number else s.display_name
            for s in others
        ]
        choice, ok = QInputDialog.getItem(
            self,
            QCoreApplication.translate("RosterPage", "Enrol a student"),
            QCoreApplication.translate("RosterPage", "Student:"),
            labels,
            0,
            False,
        )
        if ok:
            student_id = others[labels.index(choice)].id
            self.operations.perform(
                QCoreApplication.translate("RosterPage", "Enrol student"),
                lambda: svc.enroll_students(self.store, class_id, [student_id]),
                lambda: svc.unenroll_student(self.store, class_id, student_id),
            )

    def unenrol(self) -> None:
        """Remove the selected student from this class (one undo step). Their evidence
        is kept; with evidence, the teacher is asked first and told how much is kept."""
        class_id, student_id = self.class_id(), self._selected_student()
        if class_id is None or student_id is None:
            return
        with self.store.read() as session:
            student = svc.student_info(session, student_id)
            school_class = svc.class_info(session, class_id)
            kept = svc.class_evidence_count(session, class_id, student_id)
        name = student.display_name if student else ""
        class_name = school_class.name if school_class else ""
        if kept and not self._confirm_unenrol(name, class_name, kept):
            return
        if self.operations.perform(
            QCoreApplication.translate("RosterPage", "Remove {name} from {class_name}").format(
                name=name, class_name=class_name
            ),
            lambda: svc.unenroll_student(self.store, class_id, student_id),
            lambda: svc.enroll_students(self.store, class_id, [student_id]),
        ):
            message = (
                QCoreApplication.translate(
                    "RosterPage",
                    "{name} was removed from {class_name}; their evidence is kept. "
                    "Ctrl+Z puts them back.",
                )
                if kept
                else QCoreApplication.translate(
                    "RosterPage", "{name} was removed from {class_name}. Ctrl+Z puts them back."
                )
            ).format(name=name, class_name=class_name)
            self.status_message.emit(message)

    def _confirm_unenrol(self, name: str, class_name: str, kept: int) -> bool:
        words = (
            QCoreApplication.translate(
                "RosterPage",
                "Remove {name} from {class_name}? Their 1 piece of evidence is kept and comes "
                "back if they are enrolled again; Edit → Undo (Ctrl+Z) puts them back at once.",
            )
            if kept == 1
            else QCoreApplication.translate(
                "RosterPage",
                "Remove {name} from {class_name}? Their {count} pieces of evidence are kept and "
                "come back if they are enrolled again; Edit → Undo (Ctrl+Z) puts them back at "
                "once.",
            )
        ).format(name=name, class_name=class_name, count=kept)
        box = QMessageBox(
            QMessageBox.Icon.Question,
            QCoreApplication.translate("RosterPage", "Remove from class"),
            words,
            QMessageBox.StandardButton.NoButton,
            self,
        )
        box.setObjectName("unenrolQuestion")
        remove = box.addButton(
            QCoreApplication.translate("RosterPage", "&Remove from class"),
            QMessageBox.ButtonRole.DestructiveRole,
        )
        keep = box.addButton(
            QCoreApplication.translate("RosterPage", "&Keep in class"),
            QMessageBox.ButtonRole.RejectRole,
        )
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)
        box.exec()
        return box.clickedButton() is remove

    def import_roster(self, path: str | None = None) -> None:
        """Choose a roster file (OneRoster folder or zip, or a CSV), preview it, import it."""
        from cbe_desktop.ui.import_dialog import ImportDialog  # loaded when first needed

        if path is None:
            path, _ = QFileDialog.getOpenFileName(
                self,
                QCoreApplication.translate("RosterPage", "Import a roster"),
                str(Path.home()),
                QCoreApplication.translate("RosterPage", "Rosters (*.zip *.csv);;All files (*)"),
            )
        if not path:
            return
        class_name = ""
        class_id = self.class_id()
        if class_id:
            with self.store.read() as session:
                school_class = svc.class_info(session, class_id)
                class_name = school_class.name if school_class else ""
        dialog = ImportDialog(self, self.store, "roster", Path(path), class_name=class_name)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.report is not None:
            self.operations.changed.emit(dialog.report.changes | Changes(everything=True))
            self.status_message.emit(say(dialog.report.summary()))


def _default_param(method: str) -> float:
    from cbe_desktop.core.mastery import DEFAULT_PARAMS

    value = DEFAULT_PARAMS.get(method)
    return float(value) if value else 1.0
