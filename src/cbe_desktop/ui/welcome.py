"""The first run: try the demo class in a sandbox, or set up my own class."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QCoreApplication
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


class WelcomeDialog(QDialog):
    """``choice`` is "demo" or "setup" once accepted; ``setup`` holds the answers."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("WelcomeDialog", "Welcome to cbe-desktop"))
        self.setMinimumWidth(560)
        self.choice = ""
        self.setup: SetUp | None = None
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
        self.demo_button = QCommandLinkButton(
            QCoreApplication.translate("WelcomeDialog", "Try the demo class"),
            QCoreApplication.translate(
                "WelcomeDialog",
                "A separate sandbox with a made-up 7th-grade class. Your own data stays empty; "
                "the sandbox is clearly labelled and can be removed at any time.",
            ),
            first,
        )
        self.demo_button.clicked.connect(self._demo)
        self.setup_button = QCommandLinkButton(
            QCoreApplication.translate("WelcomeDialog", "Set up my class"),
            QCoreApplication.translate(
                "WelcomeDialog",
                "Your name and school, your first class, and (if you have them) your standards and "
                "your roster from the district.",
            ),
            first,
        )
        self.setup_button.clicked.connect(lambda: self.pages.setCurrentIndex(1))
        layout = QVBoxLayout(first)
        layout.addWidget(intro)
        layout.addWidget(self.demo_button)
        layout.addWidget(self.setup_button)
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
        form.addRow(QCoreApplication.translate("WelcomeDialog", "S&tandards:"), row)
        row = QHBoxLayout()
        row.addWidget(self.roster_file, 1)
        row.addWidget(choose_roster)
        form.addRow(QCoreApplication.translate("WelcomeDialog", "&Roster:"), row)
        self.error = QLabel(second)
        self.error.setWordWrap(True)
        back = QPushButton(QCoreApplication.translate("WelcomeDialog", "&Back"), second)
        back.clicked.connect(lambda: self.pages.setCurrentIndex(0))
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
        outer = QVBoxLayout(self)
        outer.addWidget(self.pages)

    def _demo(self) -> None:
        self.choice = "demo"
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
