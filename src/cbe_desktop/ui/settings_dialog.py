"""Settings: teacher, school, default method, backup folder, language, text size, contrast."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from cbe_desktop.core import mastery
from cbe_desktop.ui.domain_words import METHOD_NAMES
from cbe_desktop.ui.i18n import say, tr_word
from cbe_desktop.ui.widgets import hint

LANGUAGE_CHOICES = (
    ("", QT_TRANSLATE_NOOP("Words", "The computer's language")),
    ("en", QT_TRANSLATE_NOOP("Words", "English")),
    ("es", QT_TRANSLATE_NOOP("Words", "Español")),
)
CONTRAST_CHOICES = (
    ("", QT_TRANSLATE_NOOP("Words", "As the computer is set")),
    ("high", QT_TRANSLATE_NOOP("Words", "High contrast: white on black")),
    ("standard", QT_TRANSLATE_NOOP("Words", "Standard colours")),
)


class SettingsDialog(QDialog):
    def __init__(self, parent: QWidget | None, values: dict[str, str]) -> None:
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("SettingsDialog", "Settings"))
        self.setMinimumWidth(520)
        self.teacher = QLineEdit(values.get("teacher", ""), self)
        self.school = QLineEdit(values.get("school", ""), self)
        self.method = QComboBox(self)
        for method in mastery.METHODS:
            self.method.addItem(METHOD_NAMES[method], method)
        self.method.setCurrentIndex(max(0, self.method.findData(values.get("default_method"))))
        self.method_help = hint("", self)
        self.method.currentIndexChanged.connect(self._describe)
        self.backup_folder = QLineEdit(values.get("backup_folder", ""), self)
        self.backup_folder.setPlaceholderText(
            QCoreApplication.translate("SettingsDialog", "optional: a second place for backups")
        )
        browse = QPushButton(QCoreApplication.translate("SettingsDialog", "Choose…"), self)
        browse.clicked.connect(self._browse)
        self.language = QComboBox(self)
        for code, name in ((c, tr_word(n)) for c, n in LANGUAGE_CHOICES):
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(values.get("language", ""))))
        self.zoom = QSpinBox(self)
        self.zoom.setRange(80, 250)
        self.zoom.setSingleStep(10)
        self.zoom.setSuffix(" %")
        self.zoom.setValue(int(values.get("zoom") or 100))
        self.contrast = QComboBox(self)
        for code, name in ((c, tr_word(n)) for c, n in CONTRAST_CHOICES):
            self.contrast.addItem(name, code)
        self.contrast.setCurrentIndex(max(0, self.contrast.findData(values.get("contrast", ""))))
        for w, name in (
            (self.teacher, QCoreApplication.translate("SettingsDialog", "Teacher")),
            (self.school, QCoreApplication.translate("SettingsDialog", "School")),
            (self.method, QCoreApplication.translate("SettingsDialog", "Default method")),
            (self.backup_folder, QCoreApplication.translate("SettingsDialog", "Backup folder")),
            (self.language, QCoreApplication.translate("SettingsDialog", "Interface language")),
            (self.zoom, QCoreApplication.translate("SettingsDialog", "Text size")),
            (self.contrast, QCoreApplication.translate("SettingsDialog", "Contrast")),
        ):
            w.setAccessibleName(name)
        form = QFormLayout(self)
        form.addRow(QCoreApplication.translate("SettingsDialog", "&Teacher:"), self.teacher)
        form.addRow(QCoreApplication.translate("SettingsDialog", "&School:"), self.school)
        form.addRow(
            QCoreApplication.translate("SettingsDialog", "Estimate new classes &by:"), self.method
        )
        form.addRow("", self.method_help)
        row = QHBoxLayout()
        row.addWidget(self.backup_folder, 1)
        row.addWidget(browse)
        folder_label = QLabel(
            QCoreApplication.translate("SettingsDialog", "Second &backup folder:"), self
        )
        folder_label.setBuddy(self.backup_folder)  # else the label shows its "&"
        form.addRow(folder_label, row)
        form.addRow(
            QCoreApplication.translate("SettingsDialog", "Interface &language:"), self.language
        )
        form.addRow(QCoreApplication.translate("SettingsDialog", "Te&xt size:"), self.zoom)
        form.addRow(QCoreApplication.translate("SettingsDialog", "C&ontrast:"), self.contrast)
        form.addRow(QLabel(self))
        form.addRow(
            hint(
                QCoreApplication.translate(
                    "SettingsDialog",
                    "The language is used from the next start. Backups are always made in "
                    "the data folder; a second folder (a USB stick) gets a copy too.",
                ),
                self,
            )
        )
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self._describe()

    def _describe(self) -> None:
        self.method_help.setText(say(mastery.describe_method(self.method.currentData())))

    def _browse(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self,
            QCoreApplication.translate("SettingsDialog", "A second place for backups"),
            str(Path.home()),
        )
        if folder:
            self.backup_folder.setText(folder)

    def values(self) -> dict[str, str]:
        return {
            "teacher": self.teacher.text().strip(),
            "school": self.school.text().strip(),
            "default_method": self.method.currentData(),
            "backup_folder": self.backup_folder.text().strip(),
            "language": self.language.currentData(),
            "zoom": str(self.zoom.value()),
            "contrast": self.contrast.currentData(),
        }
