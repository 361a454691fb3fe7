"""The first run: try the demo class in a sandbox, set up my own class, or receive the
work of another laptop (a second laptop of the same teacher, or a colleague's).

The same three choices stand in the empty window (``StartChoices``) when the welcome
screen was closed without choosing.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QCommandLinkButton,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from cbe_desktop.ui.widgets import hint


@dataclass
class SetUp:
    """What the teacher filled in on "Set up my class"."""

    teacher: str
    school: str
    class_name: str
    term: str = ""
    subject: str = ""
    grade: str = ""
    targets_file: Path | None = None
    roster_file: Path | None = None
    extras: dict[str, str] = field(default_factory=dict)


@dataclass
class Receiving:
    """What the teacher filled in on "Receive work from another laptop"."""

    teacher: str
    school: str
    sync_file: Path


class StartChoices(QWidget):
    """The three ways to begin, as large buttons: the demo, my class, another laptop's work."""

    chosen = Signal(str)  # "demo", "setup" or "receive"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.demo_button = QCommandLinkButton(
            QCoreApplication.translate("WelcomeDialog", "Try the demo class"),
            QCoreApplication.translate(
                "WelcomeDialog",
                "A separate sandbox with a made-up 7th-grade class. Your own data stays empty; "
                "the sandbox is clearly labelled and can be removed at any time.",
            ),
            self,
        )
        self.setup_button = QCommandLinkButton(
            QCoreApplication.translate("WelcomeDialog", "Set up my class"),
            QCoreApplication.translate(
                "WelcomeDialog",
                "Your name and school, your first class, and (if you have them) your standards and "
                "your roster from the district.",
            ),
            self,
        )
        self.receive_button = QCommandLinkButton(
            QCoreApplication.translate("WelcomeDialog", "Receive work from another laptop"),
            QCoreApplication.translate(
                "WelcomeDialog",
                "Your classes are already on another laptop (yours or a colleague's): open the "
                "sync file it wrote (Sync → Send my work there) and carry on here.",
            ),
            self,
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for button, kind in (
            (self.demo_button, "demo"),
            (self.setup_button, "setup"),
            (self.receive_button, "receive"),
        ):
            button.clicked.connect(lambda _checked=False, k=kind: self.chosen.emit(k))
            layout.addWidget(button)


class StartPanel(QWidget):
    """What the window shows while there is no class: the welcome's three choices, in the
    window's own words (never advice to type a command)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("startPanel")
        self.choices = StartChoices(self)
        self.chosen = self.choices.chosen
        inner = QWidget(self)
        inner.setFixedWidth(600)  # the width the welcome screen has: no description is cut
        column = QVBoxLayout(inner)
        column.addWidget(
            QLabel(QCoreApplication.translate("WelcomeDialog", "<h2>No classes yet</h2>"), inner)
        )
        column.addWidget(
            hint(
                QCoreApplication.translate(
                    "WelcomeDialog",
                    "Begin with one of these. You can also add a class on Classes and students "
                    "and import your standards on Targets and rubrics.",
                ),
                inner,
            )
        )
        column.addWidget(self.choices)
        centred = QHBoxLayout()  # (not an alignment: it would cut the descriptions short)
        centred.addStretch(1)
        centred.addWidget(inner)
        centred.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addLayout(centred)
        layout.addStretch(2)


class WelcomeDialog(QDialog):
    """``choice`` is "demo", "setup" or "receive" once accepted; ``setup`` or ``receiving``
    holds the answers. ``start`` opens it on the "setup" or "receive" page directly."""

    def __init__(self, parent: QWidget | None = None, start: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("WelcomeDialog", "Welcome to cbe-desktop"))
        self.setMinimumWidth(560)
        self.choice = ""
        self.setup: SetUp | None = None
        self.receiving: Receiving | None = None
        self.pages = QStackedWidget(self)

        # page 1: the choice
        first = QWidget(self)
        intro = QLabel(
            QCoreApplication.translate(
                "WelcomeDialog",
                "<h2>Welcome</h2><p>cbe-desktop keeps your learning targets, the evidence of your "
                "students' learning, their “not yet” work and its revisions, and prints "
                "student-led conference packets. Everything stays on this laptop.</p>",
            ),
            first,
        )
        intro.setWordWrap(True)
        self.choices = StartChoices(first)
        self.demo_button = self.choices.demo_button
        self.setup_button = self.choices.setup_button
        self.receive_button = self.choices.receive_button
        self.choices.chosen.connect(self._chosen)
        layout = QVBoxLayout(first)
        layout.addWidget(intro)
        layout.addWidget(self.choices)
        layout.addStretch(1)

        # page 2: set up my class
        second = QWidget(self)
        self.teacher = QLineEdit(second)
        self.school = QLineEdit(second)
        self.class_name = QLineEdit(second)
        self.class_name.setPlaceholderText(
            QCoreApplication.translate("WelcomeDialog", "e.g. Math 7 — Period 2")
        )
        self.term = QLineEdit(second)
        self.term.setPlaceholderText(QCoreApplication.translate("WelcomeDialog", "e.g. Fall 2026"))
        self.subject = QLineEdit(second)
        self.grade = QLineEdit(second)
        self.targets_file = QLineEdit(second)
        self.targets_file.setReadOnly(True)
        self.targets_file.setPlaceholderText(
            QCoreApplication.translate(
                "WelcomeDialog", "optional: CASE JSON, Canvas outcomes CSV, or a CSV"
            )
        )
        self.roster_file = QLineEdit(second)
        self.roster_file.setReadOnly(True)
        self.roster_file.setPlaceholderText(
            QCoreApplication.translate(
                "WelcomeDialog", "optional: OneRoster zip or folder, or a CSV"
            )
        )
        for w, name in (
            (self.teacher, QCoreApplication.translate("WelcomeDialog", "Your name")),
            (self.school, QCoreApplication.translate("WelcomeDialog", "School")),
            (self.class_name, QCoreApplication.translate("WelcomeDialog", "Class name")),
            (self.term, QCoreApplication.translate("WelcomeDialog", "Term")),
            (self.subject, QCoreApplication.translate("WelcomeDialog", "Subject")),
            (self.grade, QCoreApplication.translate("WelcomeDialog", "Grade")),
            (self.targets_file, QCoreApplication.translate("WelcomeDialog", "Standards file")),
            (self.roster_file, QCoreApplication.translate("WelcomeDialog", "Roster file")),
        ):
            w.setAccessibleName(name)
        choose_targets = QPushButton(QCoreApplication.translate("WelcomeDialog", "Choose…"), second)
        choose_targets.clicked.connect(
            lambda: self._choose(
                self.targets_file, QCoreApplication.translate("WelcomeDialog", "Your standards")
            )
        )
        choose_roster = QPushButton(QCoreApplication.translate("WelcomeDialog", "Choose…"), second)
        choose_roster.clicked.connect(
            lambda: self._choose(
                self.roster_file, QCoreApplication.translate("WelcomeDialog", "Your roster")
            )
        )
        form = QFormLayout()
        form.addRow(QCoreApplication.translate("WelcomeDialog", "Your &name:"), self.teacher)
        form.addRow(QCoreApplication.translate("WelcomeDialog", "&School:"), self.school)
        form.addRow(QCoreApplication.translate("WelcomeDialog", "First &class:"), self.class_name)
        form.addRow(QCoreApplication.translate("WelcomeDialog", "&Term:"), self.term)
        form.addRow(QCoreApplication.translate("WelcomeDialog", "S&ubject:"), self.subject)
        form.addRow(QCoreApplication.translate("WelcomeDialog", "&Grade:"), self.grade)
        row = QHBoxLayout()
        row.addWidget(self.targets_file, 1)
        row.addWidget(choose_targets)
        form.addRow(
            _label(QCoreApplication.translate("WelcomeDialog", "S&tandards:"), choose_targets),
            row,
        )
        row = QHBoxLayout()
        row.addWidget(self.roster_file, 1)
        row.addWidget(choose_roster)
        form.addRow(
            _label(QCoreApplication.translate("WelcomeDialog", "&Roster:"), choose_roster), row
        )
        self.error = QLabel(second)
        self.error.setWordWrap(True)
        back = QPushButton(QCoreApplication.translate("WelcomeDialog", "&Back"), second)
        back.clicked.connect(self._back)
        self.finish_button = QPushButton(
            QCoreApplication.translate("WelcomeDialog", "&Start"), second
        )
        self.finish_button.setDefault(True)
        self.finish_button.clicked.connect(self._finish)
        buttons = QHBoxLayout()
        buttons.addWidget(back)
        buttons.addStretch(1)
        buttons.addWidget(self.finish_button)
        layout = QVBoxLayout(second)
        layout.addWidget(
            QLabel(QCoreApplication.translate("WelcomeDialog", "<h2>Set up my class</h2>"), second)
        )
        layout.addLayout(form)
        layout.addWidget(
            hint(
                QCoreApplication.translate(
                    "WelcomeDialog",
                    "The scale starts as Beginning / Developing / Proficient / Extending, "
                    "proficient "
                    "at 3; you can change its words and colours later on the Scales page. Before "
                    "anything is imported you will see what the import will do.",
                ),
                second,
            )
        )
        layout.addWidget(self.error)
        layout.addLayout(buttons)

        self.pages.addWidget(first)
        self.pages.addWidget(second)
        self.pages.addWidget(self._build_receive())
        outer = QVBoxLayout(self)
        outer.addWidget(self.pages)
        if start:
            self._chosen(start)

    def _build_receive(self) -> QWidget:
        """Page 3: this laptop's teacher, and the sync file another laptop wrote."""
        page = QWidget(self)
        self.receive_teacher = QLineEdit(page)
        self.receive_teacher.setAccessibleName(
            QCoreApplication.translate("WelcomeDialog", "Your name")
        )
        self.receive_teacher.setPlaceholderText(
            QCoreApplication.translate("WelcomeDialog", "e.g. Ms. Rivera")
        )
        self.receive_school = QLineEdit(page)
        self.receive_school.setAccessibleName(QCoreApplication.translate("WelcomeDialog", "School"))
        self.sync_file = QLineEdit(page)
        self.sync_file.setReadOnly(True)
        self.sync_file.setAccessibleName(QCoreApplication.translate("WelcomeDialog", "Sync file"))
        self.sync_file.setPlaceholderText(
            QCoreApplication.translate("WelcomeDialog", "a .cbesync file, often on a USB stick")
        )
        self._choose_sync = QPushButton(
            QCoreApplication.translate("WelcomeDialog", "Choose…"), page
        )
        self._choose_sync.setAccessibleName(
            QCoreApplication.translate("WelcomeDialog", "Choose the sync file")
        )
        self._choose_sync.clicked.connect(self._choose_sync_file)
        form = QFormLayout()
        form.addRow(
            QCoreApplication.translate("WelcomeDialog", "Your &name:"), self.receive_teacher
        )
        form.addRow(QCoreApplication.translate("WelcomeDialog", "&School:"), self.receive_school)
        row = QHBoxLayout()
        row.addWidget(self.sync_file, 1)
        row.addWidget(self._choose_sync)
        form.addRow(
            _label(QCoreApplication.translate("WelcomeDialog", "Sync &file:"), self._choose_sync),
            row,
        )
        self.receive_error = QLabel(page)
        self.receive_error.setWordWrap(True)
        back = QPushButton(QCoreApplication.translate("WelcomeDialog", "&Back"), page)
        back.clicked.connect(self._back)
        self.receive_finish = QPushButton(
            QCoreApplication.translate("WelcomeDialog", "&Continue"), page
        )
        self.receive_finish.clicked.connect(self._finish_receive)
        buttons = QHBoxLayout()
        buttons.addWidget(back)
        buttons.addStretch(1)
        buttons.addWidget(self.receive_finish)
        layout = QVBoxLayout(page)
        layout.addWidget(
            QLabel(
                QCoreApplication.translate(
                    "WelcomeDialog", "<h2>Receive work from another laptop</h2>"
                ),
                page,
            )
        )
        layout.addWidget(
            hint(
                QCoreApplication.translate(
                    "WelcomeDialog",
                    "On the other laptop, choose Sync → Send my work and write the file to a USB "
                    "stick. Choose that file here: you will see what it brings before anything "
                    "is changed on this laptop.",
                ),
                page,
            )
        )
        layout.addLayout(form)
        layout.addWidget(
            hint(
                QCoreApplication.translate(
                    "WelcomeDialog",
                    "Your name goes with the work you send back, so the other laptop knows whose "
                    "it is.",
                ),
                page,
            )
        )
        layout.addWidget(self.receive_error)
        layout.addStretch(1)
        layout.addLayout(buttons)
        return page

    def _chosen(self, kind: str) -> None:
        if kind == "demo":
            self._demo()
        elif kind == "setup":
            self._show_page(1, self.teacher, self.finish_button)
        elif kind == "receive":
            self._show_page(2, self.receive_teacher, self.receive_finish)

    def _show_page(self, index: int, first: QWidget, default: QPushButton) -> None:
        """Go to a page with the cursor in its first field, ready to type (so the first
        keys typed are the teacher's name, not a press of a button)."""
        for button in (self.finish_button, self.receive_finish):
            button.setDefault(button is default)
            button.setAutoDefault(False)
        self.pages.setCurrentIndex(index)
        first.setFocus(Qt.FocusReason.OtherFocusReason)

    def _back(self) -> None:
        self.pages.setCurrentIndex(0)
        self.setup_button.setFocus()

    def _demo(self) -> None:
        self.choice = "demo"
        self.accept()

    def _choose_sync_file(self) -> None:
        from cbe_desktop.ui.i18n import tr_word
        from cbe_desktop.ui.sync_files import FILE_FILTER, removable_folder

        path, _ = QFileDialog.getOpenFileName(
            self,
            QCoreApplication.translate("WelcomeDialog", "The sync file from the other laptop"),
            str(removable_folder() or Path.home()),  # the USB stick, when there is one
            tr_word(FILE_FILTER),
        )
        if path:
            self.sync_file.setText(path)
            self.receive_finish.setFocus()

    def _finish_receive(self) -> None:
        if not self.receive_teacher.text().strip():
            self.receive_error.setText(
                QCoreApplication.translate(
                    "WelcomeDialog",
                    "Type your name: the other laptop shows it beside the work this one sends.",
                )
            )
            self.receive_teacher.setFocus()
            return
        if not self.sync_file.text():
            self.receive_error.setText(
                QCoreApplication.translate(
                    "WelcomeDialog", "Choose the sync file the other laptop wrote."
                )
            )
            self._choose_sync.setFocus()
            return
        self.receiving = Receiving(
            teacher=self.receive_teacher.text().strip(),
            school=self.receive_school.text().strip(),
            sync_file=Path(self.sync_file.text()),
        )
        self.choice = "receive"
        self.accept()

    def _choose(self, edit: QLineEdit, title: str) -> None:
        path, _ = QFileDialog.getOpenFileName(self, title, str(Path.home()))
        if path:
            edit.setText(path)

    def _finish(self) -> None:
        if not self.class_name.text().strip():
            self.error.setText(
                QCoreApplication.translate("WelcomeDialog", "Give your first class a name.")
            )
            self.class_name.setFocus()
            return
        self.setup = SetUp(
            teacher=self.teacher.text().strip(),
            school=self.school.text().strip(),
            class_name=self.class_name.text().strip(),
            term=self.term.text().strip(),
            subject=self.subject.text().strip(),
            grade=self.grade.text().strip(),
            targets_file=Path(self.targets_file.text()) if self.targets_file.text() else None,
            roster_file=Path(self.roster_file.text()) if self.roster_file.text() else None,
        )
        self.choice = "setup"
        self.accept()


def apply_setup(store, setup: SetUp) -> str:  # type: ignore[no-untyped-def]
    """Save the teacher's answers: settings and the first class. Returns the class id."""
    from cbe_desktop.core.roster import create_class
    from cbe_desktop.core.settings import save_settings

    save_settings(store, {"teacher": setup.teacher, "school": setup.school, "welcomed": "yes"})
    class_id, _changes = create_class(
        store, setup.class_name, term=setup.term, subject=setup.subject, grade=setup.grade
    )
    return class_id


def apply_receiving(store, receiving: Receiving):  # type: ignore[no-untyped-def]
    """Save who teaches on this laptop; the sync file is then received as on the Sync page."""
    from cbe_desktop.core.settings import save_settings

    return save_settings(
        store, {"teacher": receiving.teacher, "school": receiving.school, "welcomed": "yes"}
    )


def import_first_files(parent: QWidget | None, store, class_id: str, setup: SetUp) -> None:  # type: ignore[no-untyped-def]
    """The standards and roster chosen on "Set up my class", each through the import
    window (the teacher sees what it will do first); the standards become the class's."""
    from cbe_desktop.core.roster import set_class_targets
    from cbe_desktop.core.targets import flatten, framework_tree
    from cbe_desktop.ui.import_dialog import ImportDialog

    if setup.targets_file:
        dialog = ImportDialog(parent, store, "targets", setup.targets_file)
        if (
            dialog.exec() == QDialog.DialogCode.Accepted
            and dialog.report
            and dialog.report.framework_id
        ):
            with store.read() as session:
                leaves = [
                    n.id
                    for n in flatten(framework_tree(session, dialog.report.framework_id))
                    if not n.children
                ]
            set_class_targets(store, class_id, leaves)
    if setup.roster_file:
        dialog = ImportDialog(
            parent, store, "roster", setup.roster_file, class_name=setup.class_name
        )
        dialog.exec()


def _label(text: str, buddy: QWidget) -> QLabel:
    """A form label whose "&" marks its shortcut key (a label with no buddy shows the "&")."""
    label = QLabel(text)
    label.setBuddy(buddy)
    return label
