"""Import targets or a roster: see what will happen, map CSV columns, then import."""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cbe_desktop.core.errors import CbeError
from cbe_desktop.core.store import Store
from cbe_desktop.interop import detect
from cbe_desktop.interop.csv_roster import ROSTER_FIELD_LABELS, preview_roster_csv
from cbe_desktop.interop.csv_targets import TARGET_FIELD_LABELS, preview_targets_csv
from cbe_desktop.interop.limits import ROSTER_MAX_BYTES, TARGETS_MAX_BYTES, read_limited
from cbe_desktop.services import importing as imports
from cbe_desktop.ui.background import Job, Outcome, start
from cbe_desktop.ui.i18n import say, say_error, tr_word
from cbe_desktop.ui.widgets import hint

NOT_IN_FILE = QT_TRANSLATE_NOOP("Words", "(not in the file)")


class ImportDialog(QDialog):
    """Import "targets" or a "roster"; once accepted, ``report`` says what was done."""

    def __init__(
        self,
        parent: QWidget | None,
        store: Store,
        kind: str,
        path: Path,
        *,
        class_name: str = "",
        class_names: list[str] | None = None,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.kind = kind
        self.path = Path(path)
        self.report: imports.ImportReport | None = None
        self.error_text = ""
        self._parsed = None
        self._plan: imports.ImportPlan | None = None
        self.setWindowTitle(
            QCoreApplication.translate("ImportDialog", "Import {value}: {name}").format(
                value="targets"
                if kind == "targets"
                else QCoreApplication.translate("ImportDialog", "a roster"),
                name=self.path.name,
            )
        )
        self.resize(820, 620)

        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.plan_text = QPlainTextEdit(self)
        self.plan_text.setReadOnly(True)
        self.plan_text.setAccessibleName(
            QCoreApplication.translate("ImportDialog", "What the import will do")
        )
        self.mapping_box = QGroupBox(
            QCoreApplication.translate("ImportDialog", "Columns: which column holds what"), self
        )
        self.mapping_box.setVisible(False)
        self.preview = QTableWidget(self)
        self.preview.setAccessibleName(
            QCoreApplication.translate("ImportDialog", "The first rows of the file")
        )
        self.preview.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.preview.setMaximumHeight(150)
        self.mapping_form = QFormLayout()
        self.combos: dict[str, QComboBox] = {}
        # Only a CSV file asks where to import into; the field lives in the (hidden) column
        # box, so it never shows, empty, over the summary of any other file.
        self.target_name = QLineEdit(self.mapping_box)
        self.target_name.setAccessibleName(
            QCoreApplication.translate("ImportDialog", "Framework or class to import into")
        )
        check = QPushButton(
            QCoreApplication.translate("ImportDialog", "&Check the file again"), self
        )
        check.clicked.connect(self.check)
        mapping_layout = QVBoxLayout(self.mapping_box)
        mapping_layout.addWidget(self.preview)
        mapping_layout.addLayout(self.mapping_form)
        mapping_layout.addWidget(check)

        # A roster's students who are in none of its classes: left out unless ticked.
        self.without_class = QCheckBox(self)
        self.without_class.setVisible(False)
        self.without_class.toggled.connect(lambda _on: self.check())

        self.import_button = QPushButton(
            QCoreApplication.translate("ImportDialog", "&Import"), self
        )
        self.import_button.setDefault(True)
        self.import_button.clicked.connect(lambda: self.run(valid_rows=False))
        self.valid_button = QPushButton(
            QCoreApplication.translate("ImportDialog", "Import the &valid rows"), self
        )
        self.valid_button.clicked.connect(lambda: self.run(valid_rows=True))
        cancel = QPushButton(QCoreApplication.translate("ImportDialog", "Cancel"), self)
        cancel.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.valid_button)
        buttons.addWidget(self.import_button)
        buttons.addWidget(cancel)

        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.mapping_box)
        layout.addWidget(self.plan_text, 1)
        layout.addWidget(self.without_class)
        layout.addWidget(
            hint(
                QCoreApplication.translate(
                    "ImportDialog",
                    "Nothing is changed until you press Import. A backup is made first.",
                ),
                self,
            )
        )
        layout.addLayout(buttons)
        self._class_names = class_names or []
        self._start(class_name)

    # ----- reading -----------------------------------------------------------
    def _start(self, class_name: str) -> None:
        try:
            if self.kind == "targets":
                self._data = read_limited(self.path, TARGETS_MAX_BYTES, "targets")
                # An Excel workbook is read as the CSV of its sheet (then mapped alike).
                self._data = detect.readable(self._data, self.path.name, "targets")
                self.format = detect.detect_targets_format(self._data, self.path.name)
            else:
                self._data = (
                    None
                    if self.path.is_dir()
                    else read_limited(self.path, ROSTER_MAX_BYTES, "roster")
                )
                if self._data is not None:
                    self._data = detect.readable(self._data, self.path.name, "roster")
                self.format = detect.detect_roster_format(self.path, self._data)
            if self.format == "csv":
                # The preview reads every row: a row past the limits is refused here.
                self._build_mapping(class_name)
        except CbeError as exc:
            self._refuse(say_error(exc))
            return
        self.check()

    def _build_mapping(self, class_name: str) -> None:
        assert self._data is not None
        if self.kind == "targets":
            preview = preview_targets_csv(self._data, self.path.name)
            labels = TARGET_FIELD_LABELS
            self.target_name.setText(Path(self.path.name).stem.replace("_", " "))
            self.mapping_form.addRow(
                QCoreApplication.translate("ImportDialog", "Framework &name:"), self.target_name
            )
        else:
            preview = preview_roster_csv(self._data, self.path.name)
            labels = ROSTER_FIELD_LABELS
            self.target_name.setText(class_name)
            self.mapping_form.addRow(
                QCoreApplication.translate("ImportDialog", "Into the &class:"), self.target_name
            )
        self.preview.setColumnCount(len(preview.columns))
        self.preview.setHorizontalHeaderLabels(list(preview.columns))
        self.preview.setRowCount(len(preview.rows))
        for r, row in enumerate(preview.rows):
            for c, value in enumerate(row):
                self.preview.setItem(r, c, QTableWidgetItem(value))
        for field, label in labels.items():
            combo = QComboBox(self)
            combo.setAccessibleName(say(label))
            combo.addItem(tr_word(NOT_IN_FILE), None)
            for column in preview.columns:
                combo.addItem(column, column)
            suggested = preview.suggested.get(field)
            combo.setCurrentIndex(max(0, combo.findData(suggested)) if suggested else 0)
            combo.currentIndexChanged.connect(lambda _i: self.check())
            self.combos[field] = combo
            self.mapping_form.addRow(f"{say(label)}:", combo)
        self.target_name.editingFinished.connect(self.check)
        self.mapping_box.setVisible(True)
        self._rows_total = preview.total_rows

    def mapping(self) -> dict[str, str]:
        return {f: c.currentData() for f, c in self.combos.items() if c.currentData()}

    def _parse(self):  # type: ignore[no-untyped-def]
        if self.kind == "targets":
            if self.format == "csv":
                return detect.parse_targets_bytes(
                    self._data,
                    self.path.name,
                    mapping=self.mapping(),
                    framework_title=self.target_name.text().strip() or None,
                )
            return detect.parse_targets_bytes(self._data, self.path.name)
        if self.format == "csv":
            from cbe_desktop.interop.csv_roster import parse_roster_csv

            return parse_roster_csv(
                self._data,
                self.path.name,
                class_name=self.target_name.text().strip(),
                mapping=self.mapping(),
            )
        return detect.read_roster(self.path)

    def check(self) -> None:
        """Read the file with the current choices and show what importing would do."""
        try:
            self._parsed = self._parse()
            with self.store.read() as session:
                if self.kind == "targets":
                    self._plan = imports.plan_targets_import(session, self._parsed)
                else:
                    self._plan = imports.plan_roster_import(
                        session, self._parsed, without_class=self.without_class.isChecked()
                    )
        except CbeError as exc:
            self._parsed = self._plan = None
            self.summary.setText(
                QCoreApplication.translate(
                    "ImportDialog", "<b>This file cannot be imported yet.</b> {exc}"
                ).format(exc=say_error(exc))
            )
            self.plan_text.setPlainText(say_error(exc))
            self.error_text = say_error(exc)
            self.import_button.setEnabled(False)
            self.valid_button.setEnabled(False)
            return
        plan = self._plan
        self._offer_without_class()
        self.summary.setText(
            f"<b>{html.escape(self.path.name)}</b> · {html.escape(say(plan.headline()))}."
        )
        self.plan_text.setPlainText("\n".join(say(line) for line in plan.lines()))
        rejected = bool(plan.rejected)
        self.error_text = ""
        self.import_button.setEnabled(plan.changes_anything and not rejected)
        self.valid_button.setVisible(rejected)
        self.valid_button.setEnabled(rejected)

    def _offer_without_class(self) -> None:
        """Show the choice to bring in a roster's students who are in no class of it, with
        how many they are, when the file has some (the plan's notes say who and why)."""
        unenrolled = getattr(self._parsed, "unenrolled", ())
        self.without_class.setVisible(bool(unenrolled))
        if unenrolled:
            self.without_class.setText(
                QCoreApplication.translate(
                    "ImportDialog",
                    "Also bring in the students who are in no class of this file ({count}), "
                    "without a class",
                ).format(count=len(unenrolled))
            )

    def _refuse(self, message: str) -> None:
        self.error_text = message
        self.summary.setText(
            QCoreApplication.translate(
                "ImportDialog", "<b>This file cannot be imported.</b> {message}"
            ).format(message=message)
        )
        self.plan_text.setPlainText(message)
        self.import_button.setEnabled(False)
        self.valid_button.setEnabled(False)

    # ----- importing ---------------------------------------------------------
    def run(self, *, valid_rows: bool) -> Job:
        """Import off the window's thread; the dialog is accepted when it is done (the
        job's answer: whether it was)."""
        if self._parsed is None:
            return Job.settled(False)
        parsed, store = self._parsed, self.store
        without_class = self.without_class.isChecked()

        def work(progress, cancelled):  # type: ignore[no-untyped-def]
            return imports.import_with_backup(  # the command line's import does the same
                store,
                parsed,
                valid_rows=valid_rows,
                without_class=without_class,
                progress=lambda done, total, words: progress(done, total, say(words)),
                cancelled=cancelled,
            )

        def imported(outcome: Outcome) -> bool:
            if not outcome.ok:
                self._refuse(outcome.message)
                return False
            self.report = outcome.result
            self.accept()
            return True

        return start(
            self,
            QCoreApplication.translate("ImportDialog", "Importing"),
            QCoreApplication.translate("ImportDialog", "Importing…"),
            work,
            imported,
        )
