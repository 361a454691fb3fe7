"""The layout of the Conferences page's "Print and preview" tab."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from cbe_desktop.core import conference
from cbe_desktop.core.languages import Language, language
from cbe_desktop.core.models import LANGUAGES
from cbe_desktop.ui.conferences.printing import default_paper
from cbe_desktop.ui.conferences.tables import new_button
from cbe_desktop.ui.conferences.words import LANGUAGE_WORDS, PAPERS
from cbe_desktop.ui.i18n import tr_word
from cbe_desktop.ui.widgets import hint


class PacketsView:
    """Lays out the print tab of :class:`ConferencesPage` (its behaviour: :class:`Packets`,
    :class:`Preview`, :class:`PrintOnPaper`)."""

    def _build_print(self) -> QWidget:
        page = QWidget(self)
        column = QWidget(page)
        column.setObjectName("packetSettings")
        # a short screen scrolls the settings rather than squeezing the preview
        scroll = QScrollArea(page)
        scroll.setObjectName("packetSettingsScroll")
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the settings inside it
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        who_box = QGroupBox(QCoreApplication.translate("ConferencesPage", "Packets for"), column)
        self.every_student = QRadioButton(
            QCoreApplication.translate("ConferencesPage", "Every st&udent"), who_box
        )
        self.ticked_only = QRadioButton(
            QCoreApplication.translate("ConferencesPage", "&Ticked students only"), who_box
        )
        self.every_student.setChecked(True)
        self.who = QButtonGroup(self)
        self.who.addButton(self.every_student)
        self.who.addButton(self.ticked_only)
        self.every_student.toggled.connect(lambda _on: self._update_print_words())
        who = QVBoxLayout(who_box)
        who.addWidget(self.every_student)
        who.addWidget(self.ticked_only)
        self.language = QComboBox(column)
        self.language.setObjectName("packetLanguage")
        self.language.setAccessibleName(
            QCoreApplication.translate("ConferencesPage", "Language of the packets")
        )
        self.language.addItem(
            QCoreApplication.translate("ConferencesPage", "Each family's language"), None
        )
        self.language.addItem(
            QCoreApplication.translate("ConferencesPage", "English for all"), Language.EN
        )
        self.language.addItem(
            QCoreApplication.translate("ConferencesPage", "Spanish for all"), Language.ES
        )
        for code in (c for c in LANGUAGES if c not in (Language.EN, Language.ES)):  # one file each
            self.language.addItem(
                QCoreApplication.translate("ConferencesPage", "{language} for all").format(
                    language=LANGUAGE_WORDS.get(code) or language(code).english_name
                ),
                code,
            )
        self.language.currentIndexChanged.connect(lambda _i: self._update_print_words())
        language_label = QLabel(QCoreApplication.translate("ConferencesPage", "&Language:"), column)
        language_label.setBuddy(self.language)
        self.paper = QComboBox(column)
        self.paper.setObjectName("packetPaper")
        self.paper.setAccessibleName(QCoreApplication.translate("ConferencesPage", "Paper size"))
        for key, words in ((k, tr_word(w)) for k, w in PAPERS):
            self.paper.addItem(words, key)
        self.paper.setCurrentIndex(self.paper.findData(default_paper()))
        self.paper.currentIndexChanged.connect(lambda _i: self._update_print_words())
        paper_label = QLabel(QCoreApplication.translate("ConferencesPage", "P&aper:"), column)
        paper_label.setBuddy(self.paper)
        self.preview_button = new_button(
            QCoreApplication.translate("ConferencesPage", "&Preview"),
            column,
            QCoreApplication.translate("ConferencesPage", "Preview the packets"),
            self.preview_packets,
        )
        self.save_one_button = new_button(
            QCoreApplication.translate("ConferencesPage", "Save as &one PDF…"),
            column,
            QCoreApplication.translate("ConferencesPage", "Save the packets as one PDF"),
            self.save_one_pdf,
        )
        self.save_each_button = new_button(
            QCoreApplication.translate("ConferencesPage", "Save one file per stu&dent…"),
            column,
            QCoreApplication.translate("ConferencesPage", "Save one PDF file per student"),
            self.save_file_per_student,
        )
        self.print_button = new_button(
            QCoreApplication.translate("ConferencesPage", "Pri&nt…"),
            column,
            QCoreApplication.translate("ConferencesPage", "Print the packets"),
            self.print_packets,
        )
        self.print_words = hint("", column)
        self.print_words.setObjectName("printWords")
        also_box = QGroupBox(QCoreApplication.translate("ConferencesPage", "Also"), column)
        self.where_button = new_button(
            QCoreApplication.translate("ConferencesPage", "“Where am I” s&heet"),
            also_box,
            QCoreApplication.translate(
                "ConferencesPage", "Where am I sheet of the selected student"
            ),
            self.where_am_i,
        )
        self.where_words = hint("", also_box)
        self.summary_button = new_button(
            QCoreApplication.translate("ConferencesPage", "&Class summary"),
            also_box,
            QCoreApplication.translate("ConferencesPage", "Class summary for the teacher"),
            self.class_summary,
        )
        summary_words = hint(
            QCoreApplication.translate(
                "ConferencesPage",
                "For the teacher: each target's status counts; groups under "
                "{MIN_GROUP_SIZE} students are never shown.",
            ).format(MIN_GROUP_SIZE=conference.MIN_GROUP_SIZE),
            also_box,
        )
        also = QVBoxLayout(also_box)
        also.addWidget(self.where_button)
        also.addWidget(self.where_words)
        also.addWidget(self.summary_button)
        also.addWidget(summary_words)
        settings = QVBoxLayout(column)
        settings.setContentsMargins(0, 0, 0, 0)
        settings.addWidget(who_box)
        settings.addWidget(language_label)
        settings.addWidget(self.language)
        settings.addWidget(paper_label)
        settings.addWidget(self.paper)
        settings.addSpacing(6)
        for button in (
            self.preview_button,
            self.save_one_button,
            self.save_each_button,
            self.print_button,
        ):
            settings.addWidget(button)
        settings.addWidget(self.print_words)
        settings.addWidget(also_box)
        settings.addStretch(1)

        self.preview_stack = QStackedWidget(page)
        self.preview_stack.setObjectName("previewStack")
        self.preview_placeholder = QLabel(
            QCoreApplication.translate(
                "ConferencesPage", "Press Preview to see the packets here before printing them."
            ),
            page,
        )
        self.preview_placeholder.setObjectName("previewPlaceholder")
        self.preview_placeholder.setAccessibleName(
            QCoreApplication.translate("ConferencesPage", "Preview")
        )
        self.preview_placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview_placeholder.setWordWrap(True)
        self.preview_stack.addWidget(self.preview_placeholder)
        # 250 pixels, or what the widest setting needs at a larger text size
        width = max(250, column.minimumSizeHint().width())
        column.setFixedWidth(width)
        scroll.setFixedWidth(width + scroll.verticalScrollBar().sizeHint().width())
        scroll.setWidget(column)
        scroll.viewport().setAutoFillBackground(False)  # the tab's own background shows
        column.setAutoFillBackground(False)
        layout = QHBoxLayout(page)
        layout.addWidget(scroll)
        layout.addWidget(self.preview_stack, 1)
        return page
