"""Conferences: prepare each student's packet, then preview, save and print the packets.

Conference prep, per student (the list on the left): the work to show, in order and
with why it was chosen, and the student's goals and reflection, typed by the student at
the laptop or by the teacher. Every change is one undo step.

Printing: every student or the ticked ones, in each family's own language or one
language for all, on Letter or A4. Building the PDFs runs off the UI thread with a
progress dialog that can be cancelled; a cancelled run leaves no file behind. The
preview and printing use Qt PDF when it is installed (imported only when needed).
"""

from __future__ import annotations

import html
import shutil
import tempfile
import weakref
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QLocale,
    QPointF,
    QRectF,
    QSize,
    QStandardPaths,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QFont, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QComboBox,
    QDialog,
    QFileDialog,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QProgressDialog,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from cbe_desktop.core import conference, voice
from cbe_desktop.core.changes import Changes
from cbe_desktop.core.errors import CbeError, NotFoundError
from cbe_desktop.core.languages import language
from cbe_desktop.core.models import LANGUAGES, SchoolClass
from cbe_desktop.core.scales import ScaleInfo, format_number, load_scale
from cbe_desktop.core.store import Store
from cbe_desktop.services.packets import safe_file_stem, write_packet_files, write_packets
from cbe_desktop.ui import voice_actions
from cbe_desktop.ui.background import run_with_progress
from cbe_desktop.ui.i18n import Words, level_word, say, say_error, tr_word
from cbe_desktop.ui.operations import Operations
from cbe_desktop.ui.voice_dialog import VoiceDialog
from cbe_desktop.ui.widgets import CommitTextEdit, hint, list_table


def _reports():  # type: ignore[no-untyped-def]
    """The PDF builders, imported when first needed: reportlab is slow to load, and the
    window should open without waiting for it."""
    from cbe_desktop import reports

    return reports


IdRole = Qt.ItemDataRole.UserRole + 40
KindRole = Qt.ItemDataRole.UserRole + 41

Progress = Callable[[int, int, str], None]
Cancelled = Callable[[], bool]

LANGUAGE_WORDS = Words(
    {
        "en": QT_TRANSLATE_NOOP("Words", "English"),
        "es": QT_TRANSLATE_NOOP("Words", "Spanish"),
        "ar": QT_TRANSLATE_NOOP("Words", "Arabic"),
        "zh": QT_TRANSLATE_NOOP("Words", "Chinese"),
        "vi": QT_TRANSLATE_NOOP("Words", "Vietnamese"),
        "pt": QT_TRANSLATE_NOOP("Words", "Portuguese"),
    }
)
PAPERS = (
    ("letter", QT_TRANSLATE_NOOP("Words", "Letter (8.5 × 11 in)")),
    ("a4", QT_TRANSLATE_NOOP("Words", "A4 (210 × 297 mm)")),
)
PAPER_WORDS = Words(
    {"letter": QT_TRANSLATE_NOOP("Words", "Letter"), "a4": QT_TRANSLATE_NOOP("Words", "A4")}
)
MISSING_WORDS = Words(
    {
        "goal": QT_TRANSLATE_NOOP("Words", "a goal"),
        "reflection": QT_TRANSLATE_NOOP("Words", "a reflection"),
        "work": QT_TRANSLATE_NOOP("Words", "work to show"),
    }
)
#: Pages are rendered for the printer at its resolution, up to this many dots per inch
#: (300 dpi is crisp on paper; 1200 dpi would need half a gigabyte a page).
PRINT_DPI_CAP = 300
#: Where Letter is the usual paper (the Americas that use it, and the Philippines).
LETTER_TERRITORIES = frozenset(
    getattr(QLocale.Country, name)
    for name in (
        "UnitedStates",
        "Canada",
        "Mexico",
        "Belize",
        "Chile",
        "Colombia",
        "CostaRica",
        "DominicanRepublic",
        "ElSalvador",
        "Guatemala",
        "Nicaragua",
        "Panama",
        "Philippines",
        "PuertoRico",
        "Venezuela",
        "UnitedStatesVirginIslands",
        "UnitedStatesOutlyingIslands",
        "AmericanSamoa",
        "Guam",
        "NorthernMarianaIslands",
    )
    if hasattr(QLocale.Country, name)  # Qt names territories Country in Python
)
QTPDF_MISSING = QT_TRANSLATE_NOOP(
    "Words",
    "The preview needs Qt PDF (the PySide6-Pdf package), which is not installed on this "
    "laptop: save the PDF and open it in a PDF reader instead.",
)


# ----- words, paper and file names (no widgets) ---------------------------------------------


def default_paper(locale: QLocale | None = None) -> str:
    """Letter where Letter is the usual paper (US, Canada, Mexico…), else A4."""
    territory = (locale or QLocale.system()).territory()
    return "letter" if territory in LETTER_TERRITORIES else "a4"


def readiness_words(status: conference.PrepStatus) -> str:
    """ "ready", or what is still to do: "to do: a reflection, work to show"."""
    if not status.missing:
        return QCoreApplication.translate("ConferencesPage", "ready")
    return QCoreApplication.translate("ConferencesPage", "to do: ") + ", ".join(
        MISSING_WORDS[m] for m in status.missing
    )


def prep_sentence(status: conference.PrepStatus) -> str:
    """The whole state of one student's preparation, for screen readers and tooltips."""
    language = LANGUAGE_WORDS.get(status.family_language, status.family_language)
    parts = [
        _count(status.goals, "goal"),
        _count(status.reflections, "reflection"),
        _count(
            status.chosen,
            QCoreApplication.translate("ConferencesPage", "piece of work"),
            QCoreApplication.translate("ConferencesPage", "pieces of work"),
        )
        + QCoreApplication.translate("ConferencesPage", " chosen"),
    ]
    state = (
        QCoreApplication.translate("ConferencesPage", "ready for the conference")
        if not status.missing
        else QCoreApplication.translate("ConferencesPage", "still to do: ")
        + ", ".join(MISSING_WORDS[m] for m in status.missing)
    )
    return QCoreApplication.translate(
        "ConferencesPage", "{name}: family reads {language}; {value}; {state}."
    ).format(name=status.name, language=language, value=", ".join(parts), state=state)


#: The nouns counted by _count, for pyside6-lupdate (read translated through tr_word).
COUNTED = (
    QT_TRANSLATE_NOOP("Words", "{n} goal"),
    QT_TRANSLATE_NOOP("Words", "{n} goals"),
    QT_TRANSLATE_NOOP("Words", "{n} reflection"),
    QT_TRANSLATE_NOOP("Words", "{n} reflections"),
    QT_TRANSLATE_NOOP("Words", "{n} student"),
    QT_TRANSLATE_NOOP("Words", "{n} students"),
    QT_TRANSLATE_NOOP("Words", "{n} piece"),
    QT_TRANSLATE_NOOP("Words", "{n} pieces"),
    QT_TRANSLATE_NOOP("Words", "{n} packet"),
    QT_TRANSLATE_NOOP("Words", "{n} packets"),
    QT_TRANSLATE_NOOP("Words", "{n} page"),
    QT_TRANSLATE_NOOP("Words", "{n} pages"),
)


def _count(n: int, one: str, many: str | None = None) -> str:
    noun = one if n == 1 else (many or one + "s")
    return tr_word("{n} " + noun).format(n=n)


def level_text(level: float | None, scale: ScaleInfo | None) -> str:
    if level is None:
        return QCoreApplication.translate("ConferencesPage", "No level")
    found = scale.exact(level) if scale else None
    if found is None and scale is not None:
        found = scale.level_at(level)
    return (
        f"{format_number(level)} {level_word(found.label)}".strip()
        if found
        else format_number(level)
    )


# ----- the long work: run by ui.background on a worker thread -------------------------------


def load_qtpdf() -> tuple[type, type] | None:
    """(QPdfDocument, QPdfView), or None when Qt PDF is not installed."""
    try:
        from PySide6.QtPdf import QPdfDocument
        from PySide6.QtPdfWidgets import QPdfView
    except ImportError:
        return None
    return QPdfDocument, QPdfView


def print_pdf(
    path: Path | str,
    printer: Any,
    *,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> int:
    """Render each page of a PDF to ``printer`` (a QPrinter) with a QPainter, at the
    printer's resolution (up to PRINT_DPI_CAP). Honours the dialog's page range.
    Returns the number of pages sent. Must run on the UI thread."""
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtPrintSupport import QPrinter

    qtpdf = load_qtpdf()
    if qtpdf is None:
        raise CbeError(
            QCoreApplication.translate(
                "ConferencesPage",
                "Printing from here needs Qt PDF (the PySide6-Pdf package), which is not "
                "installed: save the PDF and print it from a PDF reader instead.",
            )
        )
    document = qtpdf[0]()
    document.load(str(path))
    count = document.pageCount()
    if count <= 0:
        document.close()
        raise CbeError(
            QCoreApplication.translate(
                "ConferencesPage", "The PDF to print could not be read; make it again and print."
            )
        )
    pages = list(range(count))
    if printer.printRange() == QPrinter.PrintRange.PageRange and printer.fromPage() > 0:
        first = max(1, printer.fromPage())
        last = min(count, printer.toPage() or count)
        pages = list(range(first - 1, last))
    printer.setFullPage(True)  # the packets carry their own margins
    painter = QPainter()
    if not painter.begin(printer):
        document.close()
        raise CbeError(
            QCoreApplication.translate(
                "ConferencesPage",
                "The printer could not be started; check that it is on, then print again.",
            )
        )
    grey = printer.colorMode() == QPrinter.ColorMode.GrayScale
    dpi = max(72, min(printer.resolution(), PRINT_DPI_CAP))
    area = QRectF(0, 0, printer.width(), printer.height())
    sent = 0
    try:
        for n, index in enumerate(pages):
            if cancelled is not None and cancelled():
                printer.abort()
                raise CbeError(
                    QCoreApplication.translate(
                        "ConferencesPage",
                        "Printing was stopped; pages already sent may still print.",
                    )
                )
            if progress is not None:
                progress(
                    n,
                    len(pages),
                    QCoreApplication.translate(
                        "ConferencesPage", "Printing page {value} of {len}"
                    ).format(value=n + 1, len=len(pages)),
                )
            if n:
                printer.newPage()
            points = document.pagePointSize(index)
            image = document.render(
                index, QSize(round(points.width() * dpi / 72), round(points.height() * dpi / 72))
            )
            if grey:
                image = image.convertToFormat(QImage.Format.Format_Grayscale8)
            scale = min(area.width() / image.width(), area.height() / image.height())
            width, height = image.width() * scale, image.height() * scale
            target = QRectF(
                area.x() + (area.width() - width) / 2,
                area.y() + (area.height() - height) / 2,
                width,
                height,
            )
            painter.drawImage(target, image)
            sent += 1
    finally:
        painter.end()
        document.close()
    return sent


# ----- the page -------------------------------------------------------------------------------


@dataclass
class _Draft:
    """What was being written for a student when the teacher went to another one."""

    words: str
    author: str
    editing: tuple[str, str, str] | None  # (kind, id, written_on)


def _table(parent: QWidget, headers: list[str], name: str) -> QTableWidget:
    return list_table(parent, headers, name, rows_fit_text=True)


def _begin_fill(table: QTableWidget) -> None:
    """Before many setItem calls: no signals, and rows not measured one item at a time."""
    table.blockSignals(True)
    table.setUpdatesEnabled(False)
    table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)


def _end_fill(table: QTableWidget) -> None:
    """Measure the rows once, then keep them fitting their wrapped text."""
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.setUpdatesEnabled(True)
    table.blockSignals(False)


def _cell(words: str, data: object = None, tooltip: str = "") -> QTableWidgetItem:
    item = QTableWidgetItem(words)
    item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
    if data is not None:
        item.setData(IdRole, data)
    if tooltip:
        item.setToolTip(tooltip)
    return item


def _button(text: str, parent: QWidget, name: str, slot: Callable[[], object]) -> QPushButton:
    button = QPushButton(text, parent)
    button.setAccessibleName(name)
    button.clicked.connect(lambda _checked=False: slot())
    return button


class ConferencesPage(QWidget):
    """Conference prep and packets for one class. Call :meth:`set_class` when the class
    changes; ``status_message`` says what an action did, in a sentence."""

    status_message = Signal(str)

    def __init__(self, store: Store, operations: Operations, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("conferencesPage")
        self.store = store
        self.operations = operations
        self.class_id: str | None = None
        self.class_name = ""
        self.scale: ScaleInfo | None = None
        self.students: list[conference.PrepStatus] = []
        self.candidates: list[conference.Candidate] = []
        self.chosen: list[conference.ShowcaseItem] = []
        self.voice_items: list[voice.VoiceItem] = []
        self._ticked: set[str] = set()
        self._drafts: dict[str, _Draft] = {}
        self._shown_student: str | None = None
        self._note_for: tuple[str, str] | None = None  # (showcase id, note as stored)
        self._editing: tuple[str, str, str] | None = None  # (kind, id, written_on)
        self._stale = False
        self._temp = Path(tempfile.mkdtemp(prefix="cbe-conferences-"))
        weakref.finalize(self, shutil.rmtree, self._temp, True)
        self._temp_count = 0
        self.preview_path: Path | None = None
        self.preview_words = ""
        self.preview_document: Any = None  # a QPdfDocument once a preview was shown
        self.preview_view: Any = None  # its QPdfView

        self.title = QLabel(self)
        self.title.setObjectName("conferencesTitle")
        self.title.setTextFormat(Qt.TextFormat.RichText)
        self.title.setWordWrap(True)

        splitter = QSplitter(self)
        splitter.addWidget(self._build_students())
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("conferenceTabs")
        self.tabs.addTab(
            self._build_work(), QCoreApplication.translate("ConferencesPage", "&Work to show")
        )
        self.tabs.addTab(
            self._build_voice(),
            QCoreApplication.translate("ConferencesPage", "Goals and &reflection"),
        )
        self.print_tab = self._build_print()
        self.tabs.addTab(
            self.print_tab, QCoreApplication.translate("ConferencesPage", "Pr&int and preview")
        )
        splitter.addWidget(self.tabs)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([260, 900])
        splitter.setChildrenCollapsible(False)

        self.status = QLabel(self)
        self.status.setObjectName("conferenceStatus")
        self.status.setAccessibleName(QCoreApplication.translate("ConferencesPage", "Status"))
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.title)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.status)

        self._refresh_soon = QTimer(self, singleShot=True, interval=0)
        self._refresh_soon.timeout.connect(self.refresh)
        self.operations.changed.connect(self._store_changed)
        self.set_class(None)

    # ----- building ---------------------------------------------------------------------
    def _build_students(self) -> QWidget:
        box = QWidget(self)
        self.student_list = QListWidget(box)
        self.student_list.setObjectName("conferenceStudents")
        self.student_list.setAccessibleName(
            QCoreApplication.translate("ConferencesPage", "Students")
        )
        self.student_list.setAccessibleDescription(
            QCoreApplication.translate(
                "ConferencesPage",
                "The selected student is the one being prepared; ticked students are printed "
                "when “Ticked students only” is chosen. Space ticks or unticks.",
            )
        )
        self.student_list.setMinimumWidth(180)
        self.student_list.setSpacing(1)
        self.student_list.setWordWrap(True)
        self.student_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.student_list.currentItemChanged.connect(self._student_chosen)
        self.student_list.itemChanged.connect(self._tick_changed)
        label = QLabel(QCoreApplication.translate("ConferencesPage", "<b>&Students</b>"), box)
        label.setBuddy(self.student_list)
        self.tick_group = QComboBox(box)
        self.tick_group.setAccessibleName(
            QCoreApplication.translate("ConferencesPage", "Tick a group of students")
        )
        for words, key in (
            (QCoreApplication.translate("ConferencesPage", "Tick a group…"), None),
            (QCoreApplication.translate("ConferencesPage", "Everyone"), "all"),
            (QCoreApplication.translate("ConferencesPage", "No one"), "none"),
            (QCoreApplication.translate("ConferencesPage", "Families who read Spanish"), "es"),
            (QCoreApplication.translate("ConferencesPage", "Families who read English"), "en"),
            (
                QCoreApplication.translate("ConferencesPage", "Students still preparing"),
                "preparing",
            ),
        ):
            self.tick_group.addItem(words, key)
        self.tick_group.activated.connect(lambda _i: self._tick_group_chosen())
        tick_label = QLabel(QCoreApplication.translate("ConferencesPage", "Tic&k:"), box)
        tick_label.setBuddy(self.tick_group)
        self.ticked_words = QLabel(box)
        self.ticked_words.setObjectName("tickedWords")
        ticks = QHBoxLayout()
        ticks.addWidget(tick_label)
        ticks.addWidget(self.tick_group, 1)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 4, 0)
        layout.addWidget(label)
        layout.addWidget(self.student_list, 1)
        layout.addLayout(ticks)
        layout.addWidget(self.ticked_words)
        return box

    def _build_work(self) -> QWidget:
        page = QWidget(self)
        self.work_heading = QLabel(page)
        self.work_heading.setTextFormat(Qt.TextFormat.RichText)
        self.work_heading.setWordWrap(True)

        chosen_box = QGroupBox(
            QCoreApplication.translate(
                "ConferencesPage", "Chosen for the packet, in the order it shows them"
            ),
            page,
        )
        self.chosen_table = _table(
            chosen_box,
            [
                "#",
                QCoreApplication.translate("ConferencesPage", "Date"),
                QCoreApplication.translate("ConferencesPage", "Task"),
                QCoreApplication.translate("ConferencesPage", "Target"),
                QCoreApplication.translate("ConferencesPage", "Level"),
                QCoreApplication.translate("ConferencesPage", "Why I chose it"),
            ],
            QCoreApplication.translate("ConferencesPage", "Work chosen for the packet"),
        )
        self.chosen_table.setObjectName("chosenTable")
        self.chosen_table.itemSelectionChanged.connect(self._chosen_selected)
        self.chosen_empty = hint("", chosen_box)
        self.up_button = _button(
            QCoreApplication.translate("ConferencesPage", "Move &up"),
            chosen_box,
            QCoreApplication.translate("ConferencesPage", "Move up"),
            lambda: self.move_chosen(-1),
        )
        self.down_button = _button(
            QCoreApplication.translate("ConferencesPage", "Move &down"),
            chosen_box,
            QCoreApplication.translate("ConferencesPage", "Move down"),
            lambda: self.move_chosen(1),
        )
        self.unchoose_button = _button(
            QCoreApplication.translate("ConferencesPage", "Take &out"),
            chosen_box,
            QCoreApplication.translate("ConferencesPage", "Take out of the packet"),
            self.unchoose_selected,
        )
        for keys, delta in (("Ctrl+Up", -1), ("Ctrl+Down", 1)):
            QShortcut(
                QKeySequence(keys),
                self.chosen_table,
                activated=lambda d=delta: self.move_chosen(d),
                context=Qt.ShortcutContext.WidgetShortcut,
            )
        self.note_edit = CommitTextEdit(chosen_box, lines=2)
        self.note_edit.setObjectName("showcaseNote")
        self.note_edit.setAccessibleName(
            QCoreApplication.translate("ConferencesPage", "Why I chose it, in the student's words")
        )
        self.note_edit.setPlaceholderText(
            QCoreApplication.translate(
                "ConferencesPage", "Why I chose it: “I am proud of this because…”"
            )
        )
        self.note_edit.editing_finished.connect(self.commit_note)
        note_label = QLabel(
            QCoreApplication.translate("ConferencesPage", "W&hy I chose it:"), chosen_box
        )
        note_label.setBuddy(self.note_edit)
        self.note_button = _button(
            QCoreApplication.translate("ConferencesPage", "Save &note"),
            chosen_box,
            QCoreApplication.translate("ConferencesPage", "Save the note"),
            self.commit_note,
        )
        buttons = QHBoxLayout()
        buttons.addWidget(self.up_button)
        buttons.addWidget(self.down_button)
        buttons.addWidget(self.unchoose_button)
        buttons.addStretch(1)
        note = QHBoxLayout()
        note.addWidget(note_label)
        note.addWidget(self.note_edit, 1)
        note.addWidget(self.note_button, 0, Qt.AlignmentFlag.AlignTop)
        chosen_layout = QVBoxLayout(chosen_box)
        chosen_layout.addWidget(self.chosen_table, 1)
        chosen_layout.addWidget(self.chosen_empty)
        chosen_layout.addLayout(buttons)
        chosen_layout.addLayout(note)

        all_box = QGroupBox(
            QCoreApplication.translate(
                "ConferencesPage", "All scored work, newest first: tick what to show"
            ),
            page,
        )
        self.candidate_table = _table(
            all_box,
            [
                QCoreApplication.translate("ConferencesPage", "Show"),
                QCoreApplication.translate("ConferencesPage", "Date"),
                QCoreApplication.translate("ConferencesPage", "Task"),
                QCoreApplication.translate("ConferencesPage", "Target"),
                QCoreApplication.translate("ConferencesPage", "Level"),
                QCoreApplication.translate("ConferencesPage", "Feedback"),
            ],
            QCoreApplication.translate("ConferencesPage", "Scored work to choose from"),
        )
        self.candidate_table.setObjectName("candidateTable")
        self.candidate_table.itemChanged.connect(self._candidate_ticked)
        self.candidate_table.itemSelectionChanged.connect(self._update_work_buttons)
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            QShortcut(
                QKeySequence(key),
                self.candidate_table,
                activated=self.toggle_candidate,
                context=Qt.ShortcutContext.WidgetShortcut,
            )
        self.candidate_words = hint("", all_box)
        self.choose_button = _button(
            QCoreApplication.translate("ConferencesPage", "&Choose for the packet"),
            all_box,
            QCoreApplication.translate("ConferencesPage", "Choose for the packet"),
            self.toggle_candidate,
        )
        row = QHBoxLayout()
        row.addWidget(self.candidate_words, 1)
        row.addWidget(self.choose_button)
        all_layout = QVBoxLayout(all_box)
        all_layout.addWidget(self.candidate_table, 1)
        all_layout.addLayout(row)

        split = QSplitter(Qt.Orientation.Vertical, page)
        split.addWidget(chosen_box)
        split.addWidget(all_box)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 3)
        split.setSizes([220, 480])
        split.setChildrenCollapsible(False)
        layout = QVBoxLayout(page)
        layout.addWidget(self.work_heading)
        layout.addWidget(split, 1)
        layout.addWidget(
            hint(
                QCoreApplication.translate(
                    "ConferencesPage",
                    "Tick a piece of work (or select it and press Enter) to put it in the packet; "
                    "Ctrl+Up and Ctrl+Down move the chosen work. Ctrl+Z undoes each change.",
                ),
                page,
            )
        )
        return page

    def _build_voice(self) -> QWidget:
        page = QWidget(self)
        self.voice_heading = QLabel(page)
        self.voice_heading.setTextFormat(Qt.TextFormat.RichText)
        self.voice_heading.setWordWrap(True)
        self.voice_table = _table(
            page,
            [
                QCoreApplication.translate("ConferencesPage", "Date"),
                QCoreApplication.translate("ConferencesPage", "Kind"),
                QCoreApplication.translate("ConferencesPage", "Written by"),
                QCoreApplication.translate("ConferencesPage", "In their words"),
            ],
            QCoreApplication.translate("ConferencesPage", "Goals and reflections"),
        )
        self.voice_table.setObjectName("conferenceVoiceTable")
        self.voice_table.itemSelectionChanged.connect(self._update_voice_buttons)
        self.voice_table.itemDoubleClicked.connect(lambda _item: self.edit_selected_voice())
        self.new_button = _button(
            QCoreApplication.translate("ConferencesPage", "&New"),
            page,
            QCoreApplication.translate("ConferencesPage", "Write something new"),
            self.new_writing,
        )
        self.edit_button = _button(
            QCoreApplication.translate("ConferencesPage", "&Change selected"),
            page,
            QCoreApplication.translate("ConferencesPage", "Edit the selected goal or reflection"),
            self.edit_selected_voice,
        )
        self.delete_voice_button = _button(
            QCoreApplication.translate("ConferencesPage", "&Delete selected"),
            page,
            QCoreApplication.translate("ConferencesPage", "Delete the selected goal or reflection"),
            self.delete_selected_voice,
        )
        list_buttons = QHBoxLayout()
        list_buttons.addWidget(self.new_button)
        list_buttons.addWidget(self.edit_button)
        list_buttons.addWidget(self.delete_voice_button)
        list_buttons.addStretch(1)

        self.writer_box = QGroupBox(
            QCoreApplication.translate("ConferencesPage", "Writing something new"), page
        )
        self.writer_box.setObjectName("voiceWriter")
        self.by_student = QRadioButton(
            QCoreApplication.translate("ConferencesPage", "Typed by the st&udent"), self.writer_box
        )
        self.by_student.setAccessibleName(
            QCoreApplication.translate("ConferencesPage", "Written by the student")
        )
        self.by_teacher = QRadioButton(
            QCoreApplication.translate("ConferencesPage", "Typed by the &teacher"), self.writer_box
        )
        self.by_teacher.setAccessibleName(
            QCoreApplication.translate("ConferencesPage", "Written by the teacher")
        )
        self.by_student.setChecked(True)
        self.authors = QButtonGroup(self)
        self.authors.addButton(self.by_student)
        self.authors.addButton(self.by_teacher)
        self.by_student.toggled.connect(lambda _on: self._writer_font())
        self.voice_edit = QPlainTextEdit(self.writer_box)
        self.voice_edit.setObjectName("voiceEdit")
        self.voice_edit.setAccessibleName(
            QCoreApplication.translate(
                "ConferencesPage", "A goal or reflection, in the writer's own words"
            )
        )
        self.voice_edit.setTabChangesFocus(True)
        self.voice_edit.setPlaceholderText(
            QCoreApplication.translate(
                "ConferencesPage", "“I learned…”, “I am proud of…”, “I will…”"
            )
        )
        self.voice_edit.setMinimumHeight(110)
        self.voice_edit.textChanged.connect(self._update_voice_buttons)
        self._base_font = QFont(self.voice_edit.font())
        prompts = hint(
            QCoreApplication.translate(
                "ConferencesPage", "A goal: {value}\nA reflection: {value2}"
            ).format(value=VoiceDialog.PROMPTS["goal"], value2=VoiceDialog.PROMPTS["reflection"]),
            self.writer_box,
        )
        self.keep_goal_button = _button(
            QCoreApplication.translate("ConferencesPage", "Keep as a &goal"),
            self.writer_box,
            QCoreApplication.translate("ConferencesPage", "Keep as a goal"),
            lambda: self.keep_voice("goal"),
        )
        self.keep_reflection_button = _button(
            QCoreApplication.translate("ConferencesPage", "Kee&p as a reflection"),
            self.writer_box,
            QCoreApplication.translate("ConferencesPage", "Keep as a reflection"),
            lambda: self.keep_voice("reflection"),
        )
        self.save_edit_button = _button(
            QCoreApplication.translate("ConferencesPage", "S&ave changes"),
            self.writer_box,
            QCoreApplication.translate("ConferencesPage", "Save the changes"),
            self.save_voice_edit,
        )
        self.cancel_edit_button = _button(
            QCoreApplication.translate("ConferencesPage", "Cance&l editing"),
            self.writer_box,
            QCoreApplication.translate("ConferencesPage", "Cancel editing"),
            self.new_writing,
        )
        who = QHBoxLayout()
        who.addWidget(self.by_student)
        who.addWidget(self.by_teacher)
        who.addStretch(1)
        keep = QHBoxLayout()
        keep.addWidget(self.keep_goal_button)
        keep.addWidget(self.keep_reflection_button)
        keep.addWidget(self.save_edit_button)
        keep.addWidget(self.cancel_edit_button)
        keep.addStretch(1)
        writer = QVBoxLayout(self.writer_box)
        writer.addLayout(who)
        writer.addWidget(prompts)
        writer.addWidget(self.voice_edit, 1)
        writer.addLayout(keep)

        split = QSplitter(Qt.Orientation.Vertical, page)
        top = QWidget(split)
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(self.voice_table, 1)
        top_layout.addLayout(list_buttons)
        split.addWidget(top)
        split.addWidget(self.writer_box)
        split.setChildrenCollapsible(False)
        layout = QVBoxLayout(page)
        layout.addWidget(self.voice_heading)
        layout.addWidget(split, 1)
        layout.addWidget(
            hint(
                QCoreApplication.translate(
                    "ConferencesPage",
                    "The student can type here at the laptop: choose “Typed by the student” and "
                    "the letters get bigger. The packet prints every goal and reflection, newest "
                    "first, as written. Double-click one to edit it; Ctrl+Z undoes each change.",
                ),
                page,
            )
        )
        self._writer_font()
        return page

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
            QCoreApplication.translate("ConferencesPage", "English for all"), "en"
        )
        self.language.addItem(
            QCoreApplication.translate("ConferencesPage", "Spanish for all"), "es"
        )
        for code in (c for c in LANGUAGES if c not in ("en", "es")):  # one file each
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
        self.preview_button = _button(
            QCoreApplication.translate("ConferencesPage", "&Preview"),
            column,
            QCoreApplication.translate("ConferencesPage", "Preview the packets"),
            self.preview_packets,
        )
        self.save_one_button = _button(
            QCoreApplication.translate("ConferencesPage", "Save as &one PDF…"),
            column,
            QCoreApplication.translate("ConferencesPage", "Save the packets as one PDF"),
            self.save_one_pdf,
        )
        self.save_each_button = _button(
            QCoreApplication.translate("ConferencesPage", "Save one file per stu&dent…"),
            column,
            QCoreApplication.translate("ConferencesPage", "Save one PDF file per student"),
            self.save_file_per_student,
        )
        self.print_button = _button(
            QCoreApplication.translate("ConferencesPage", "Pri&nt…"),
            column,
            QCoreApplication.translate("ConferencesPage", "Print the packets"),
            self.print_packets,
        )
        self.print_words = hint("", column)
        self.print_words.setObjectName("printWords")
        also_box = QGroupBox(QCoreApplication.translate("ConferencesPage", "Also"), column)
        self.where_button = _button(
            QCoreApplication.translate("ConferencesPage", "“Where am I” s&heet"),
            also_box,
            QCoreApplication.translate(
                "ConferencesPage", "Where am I sheet of the selected student"
            ),
            self.where_am_i,
        )
        self.where_words = hint("", also_box)
        self.summary_button = _button(
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

    def _build_viewer(self) -> bool:
        """The preview pane, made the first time it is needed (Qt PDF imported then)."""
        if self.preview_view is not None:
            return True
        qtpdf = load_qtpdf()
        if qtpdf is None:
            self.preview_placeholder.setText(tr_word(QTPDF_MISSING))
            return False
        document_type, view_type = qtpdf
        box = QWidget(self)
        self.preview_document = document_type(self)
        self.preview_view = view_type(box)
        view = self.preview_view
        view.setObjectName("packetPreview")
        view.setAccessibleName(QCoreApplication.translate("ConferencesPage", "Preview of the PDF"))
        view.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        view.setDocument(self.preview_document)
        view.setPageMode(view_type.PageMode.MultiPage)
        view.setZoomMode(view_type.ZoomMode.FitToWidth)
        view.pageNavigator().currentPageChanged.connect(self._page_shown)
        self.preview_title = QLabel(box)
        self.preview_title.setObjectName("previewTitle")
        self.preview_title.setTextFormat(Qt.TextFormat.RichText)
        self.preview_title.setWordWrap(True)
        self.previous_page_button = _button(
            "◀",
            box,
            QCoreApplication.translate("ConferencesPage", "Previous page"),
            lambda: self.go_to_page(self.page_spin.value() - 1),
        )
        self.previous_page_button.setToolTip(
            QCoreApplication.translate("ConferencesPage", "Previous page (the view also scrolls)")
        )
        self.page_spin = QSpinBox(box)
        self.page_spin.setObjectName("previewPage")
        self.page_spin.setAccessibleName(
            QCoreApplication.translate("ConferencesPage", "Page shown")
        )
        self.page_spin.setPrefix(QCoreApplication.translate("ConferencesPage", "Page "))
        self.page_spin.setKeyboardTracking(False)
        self.page_spin.valueChanged.connect(self.go_to_page)
        self.next_page_button = _button(
            "▶",
            box,
            QCoreApplication.translate("ConferencesPage", "Next page"),
            lambda: self.go_to_page(self.page_spin.value() + 1),
        )
        self.next_page_button.setToolTip(QCoreApplication.translate("ConferencesPage", "Next page"))
        self.zoom_out_button = _button(
            "−",
            box,
            QCoreApplication.translate("ConferencesPage", "Zoom out"),
            lambda: self.zoom(1 / 1.25),
        )
        self.fit_button = _button(
            QCoreApplication.translate("ConferencesPage", "Fit width"),
            box,
            QCoreApplication.translate("ConferencesPage", "Fit the page to the width"),
            self.fit_width,
        )
        self.whole_button = _button(
            QCoreApplication.translate("ConferencesPage", "Whole page"),
            box,
            QCoreApplication.translate("ConferencesPage", "Show whole pages"),
            self.fit_page,
        )
        self.zoom_in_button = _button(
            "+",
            box,
            QCoreApplication.translate("ConferencesPage", "Zoom in"),
            lambda: self.zoom(1.25),
        )
        self.zoom_out_button.setToolTip(
            QCoreApplication.translate("ConferencesPage", "Zoom out (Ctrl+minus)")
        )
        self.zoom_in_button.setToolTip(
            QCoreApplication.translate("ConferencesPage", "Zoom in (Ctrl+plus)")
        )
        for button in (
            self.previous_page_button,
            self.next_page_button,
            self.zoom_out_button,
            self.zoom_in_button,
        ):
            button.setFixedWidth(button.fontMetrics().horizontalAdvance("▶") + 26)
        for button in (self.fit_button, self.whole_button):
            button.setCheckable(True)  # the zoom in use shows as a pressed button
        self.save_preview_button = _button(
            QCoreApplication.translate("ConferencesPage", "Save this PDF…"),
            box,
            QCoreApplication.translate("ConferencesPage", "Save the PDF shown"),
            self.save_preview,
        )
        self.print_preview_button = _button(
            QCoreApplication.translate("ConferencesPage", "Print this…"),
            box,
            QCoreApplication.translate("ConferencesPage", "Print the PDF shown"),
            self.print_preview,
        )
        for keys, slot in (
            (QKeySequence.StandardKey.ZoomIn, lambda: self.zoom(1.25)),
            (QKeySequence.StandardKey.ZoomOut, lambda: self.zoom(1 / 1.25)),
            (QKeySequence("Ctrl+0"), self.fit_width),
        ):
            QShortcut(
                QKeySequence(keys),
                box,
                activated=slot,
                context=Qt.ShortcutContext.WidgetWithChildrenShortcut,
            )
        top = QHBoxLayout()
        top.addWidget(self.preview_title, 1)
        top.addWidget(self.save_preview_button)
        top.addWidget(self.print_preview_button)
        bar = QHBoxLayout()
        bar.addWidget(self.previous_page_button)
        bar.addWidget(self.page_spin)
        bar.addWidget(self.next_page_button)
        bar.addSpacing(12)
        bar.addWidget(self.zoom_out_button)
        bar.addWidget(self.fit_button)
        bar.addWidget(self.whole_button)
        bar.addWidget(self.zoom_in_button)
        bar.addStretch(1)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addLayout(bar)
        layout.addWidget(view, 1)
        self.preview_box = box
        self.preview_stack.addWidget(box)
        return True

    # ----- loading ---------------------------------------------------------------------
    def set_class(self, class_id: str | None) -> None:
        """Show another class (None: nothing). A hidden page reads it when next shown."""
        if class_id != self.class_id:
            self._save_draft()
            self._shown_student = None
            self._ticked.clear()
            self.clear_preview()
        self.class_id = class_id
        if self.isVisible() or class_id is None:
            self.refresh()
        else:
            self._stale = True

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def _store_changed(self, changes: Changes) -> None:
        if self.class_id is None:
            return
        if self.isVisible():
            self._refresh_soon.start()  # after the whole action, once
        else:
            self._stale = True

    def refresh(self) -> None:
        """Read the class's students and their preparation, and the selected student's."""
        self._stale = False
        students: list[conference.PrepStatus] = []
        if self.class_id is not None:
            try:
                with self.store.read() as session:
                    school_class = session.get(SchoolClass, self.class_id)
                    if school_class is None or school_class.deleted_hlc is not None:
                        raise NotFoundError(
                            QCoreApplication.translate(
                                "ConferencesPage", "That class no longer exists."
                            )
                        )
                    students = conference.prep_overview(session, self.class_id)
                    self.scale = load_scale(session, school_class.scale_id)
                    self.class_name = school_class.name
            except NotFoundError:
                self.class_id = None
        if self.class_id is None:
            self.class_name, self.scale = "", None
        self.students = students
        self._ticked &= {s.student_id for s in students}
        self._fill_students()
        self.tabs.setEnabled(self.class_id is not None)
        if self.class_id is None:
            self.title.setText(
                QCoreApplication.translate("ConferencesPage", "<b>Conferences</b> — choose a class")
            )
        else:
            ready = sum(1 for s in students if not s.missing)
            self.title.setText(
                QCoreApplication.translate(
                    "ConferencesPage",
                    "<b>Conferences</b> — {value}: {count}, {ready} ready for their "
                    "conference (a goal, a reflection and work to show).",
                ).format(
                    value=html.escape(self.class_name),
                    count=_count(len(students), "student"),
                    ready=ready,
                )
            )
        self._show_student()
        self._update_print_words()

    def _fill_students(self) -> None:
        current = self.current_student_id() or self._shown_student
        lst = self.student_list
        lst.blockSignals(True)
        listed = [lst.item(row).data(IdRole) for row in range(lst.count())]
        same = listed == [s.student_id for s in self.students]
        if not same:  # after an action the same students stay: only their words change
            lst.clear()
        for row, status in enumerate(self.students):
            language = LANGUAGE_WORDS.get(status.family_language, status.family_language)
            item = lst.item(row) if same else QListWidgetItem()
            item.setText(f"{status.name}\n{language} · {readiness_words(status)}")
            item.setData(IdRole, status.student_id)
            item.setFlags(
                Qt.ItemFlag.ItemIsEnabled
                | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemIsUserCheckable
            )
            ticked = status.student_id in self._ticked
            item.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
            item.setToolTip(prep_sentence(status))
            item.setData(Qt.ItemDataRole.AccessibleTextRole, prep_sentence(status))
            if not same:
                lst.addItem(item)
        ids = [s.student_id for s in self.students]
        if ids and (not same or lst.currentRow() < 0):
            lst.setCurrentRow(ids.index(current) if current in ids else 0)
        lst.blockSignals(False)

    def current_student_id(self) -> str | None:
        item = self.student_list.currentItem()
        return item.data(IdRole) if item is not None else None

    def current_student(self) -> conference.PrepStatus | None:
        sid = self.current_student_id()
        return next((s for s in self.students if s.student_id == sid), None)

    def select_student(self, student_id: str) -> None:
        for row in range(self.student_list.count()):
            if self.student_list.item(row).data(IdRole) == student_id:
                self.student_list.setCurrentRow(row)
                return
        raise NotFoundError(
            QCoreApplication.translate("ConferencesPage", "That student is not in this class.")
        )

    def _student_chosen(self, *_signal_args: object) -> None:
        if self.current_student_id() != self._shown_student:
            self._show_student()

    def _show_student(self) -> None:
        """Fill both prep tabs for the selected student (keeping what is being typed)."""
        student = self.current_student()
        sid = student.student_id if student else None
        if sid != self._shown_student:
            self._save_draft()
        candidates: list[conference.Candidate] = []
        chosen: list[conference.ShowcaseItem] = []
        items: list[voice.VoiceItem] = []
        if student is not None and self.class_id is not None:
            try:
                with self.store.read() as session:
                    candidates = conference.showcase_candidates(session, sid, self.class_id)
                    chosen = conference.showcase_items(session, sid, class_id=self.class_id)
                    items = voice.student_voice(session, sid, class_id=self.class_id)
            except NotFoundError:
                pass
        self.candidates, self.chosen, self.voice_items = candidates, chosen, items
        switched = sid != self._shown_student
        self._shown_student = sid
        self._fill_work(student)
        self._fill_voice(student)
        if switched:
            self._load_draft()
        self.where_button.setEnabled(student is not None)
        self.where_words.setText(
            QCoreApplication.translate(
                "ConferencesPage", "One page for {name}, the selected student."
            ).format(name=student.name)
            if student
            else ""
        )

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
                ).format(name=name, count=_count(len(self.chosen), "piece", "pieces"))
            )
        keep = self._selected_chosen_id()
        table = self.chosen_table
        _begin_fill(table)
        table.setRowCount(len(self.chosen))
        for row, item in enumerate(self.chosen):
            first = _cell(str(row + 1), item.id)
            first.setData(
                Qt.ItemDataRole.AccessibleTextRole,
                QCoreApplication.translate("ConferencesPage", "Number {value}").format(
                    value=row + 1
                ),
            )
            table.setItem(row, 0, first)
            table.setItem(row, 1, _cell(item.produced_on))
            table.setItem(row, 2, _cell(item.task_title or "—"))
            table.setItem(row, 3, _cell(item.target_code, tooltip=item.i_can))
            level = (
                f"{format_number(item.level)} {level_word(item.level_label)}"
                if item.level
                else QCoreApplication.translate("ConferencesPage", "No level")
            )
            table.setItem(row, 4, _cell(level.strip()))
            table.setItem(
                row,
                5,
                _cell(item.note or QCoreApplication.translate("ConferencesPage", "(no note yet)")),
            )
        _end_fill(table)
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
        _begin_fill(table)
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
            table.setItem(row, 1, _cell(candidate.produced_on))
            task = candidate.task_title or "—"
            if candidate.has_attachment:
                task += QCoreApplication.translate("ConferencesPage", " (photo)")
            table.setItem(row, 2, _cell(task))
            table.setItem(row, 3, _cell(candidate.target_code, tooltip=candidate.i_can))
            table.setItem(row, 4, _cell(level_text(candidate.level, self.scale)))
            table.setItem(
                row,
                5,
                _cell(
                    candidate.feedback
                    or QCoreApplication.translate("ConferencesPage", "(no feedback)")
                ),
            )
        _end_fill(table)
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
                    count=_count(len(self.candidates), "piece", "pieces"), len=len(chosen_evidence)
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
                    count=_count(goals, "goal"),
                    count2=_count(reflections, "reflection"),
                )
            )
        keep = self._selected_voice()
        table = self.voice_table
        _begin_fill(table)
        table.setRowCount(len(self.voice_items))
        for row, item in enumerate(self.voice_items):
            first = _cell(item.written_on, item.id)
            first.setData(KindRole, item.kind)
            table.setItem(row, 0, first)
            table.setItem(row, 1, _cell(say(item.kind_words)))
            table.setItem(row, 2, _cell(say(item.author_name)))
            table.setItem(row, 3, _cell(item.text))
        _end_fill(table)
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
            self._drafts[sid] = _Draft(words, self.author(), self._editing)
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

    def _after(self, ok: bool, words: str) -> None:
        """After an action of the prep: show it now, and say what happened."""
        self._show_student()
        if ok:
            self.say(words)

    # ----- who, in which language, on what paper ---------------------------------------------
    def say(self, words: str) -> None:
        self.status.setText(words)
        self.status_message.emit(words)

    def _tick_changed(self, item: QListWidgetItem) -> None:
        sid = item.data(IdRole)
        if item.checkState() == Qt.CheckState.Checked:
            self._ticked.add(sid)
            self.ticked_only.setChecked(True)
        else:
            self._ticked.discard(sid)
        self._update_print_words()

    def set_ticked(self, student_ids: set[str] | Sequence[str]) -> None:
        """Tick exactly these students (and print only them)."""
        wanted = set(student_ids)
        lst = self.student_list
        lst.blockSignals(True)
        for row in range(lst.count()):
            item = lst.item(row)
            on = item.data(IdRole) in wanted
            item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
        lst.blockSignals(False)
        self._ticked = wanted & {s.student_id for s in self.students}
        if self._ticked:
            self.ticked_only.setChecked(True)
        self._update_print_words()

    def _tick_group_chosen(self) -> None:
        key = self.tick_group.currentData()
        self.tick_group.setCurrentIndex(0)
        if key is None:
            return
        if key == "all":
            wanted = {s.student_id for s in self.students}
        elif key == "none":
            wanted = set()
        elif key == "preparing":
            wanted = {s.student_id for s in self.students if s.missing}
        else:
            wanted = {s.student_id for s in self.students if s.family_language == key}
        self.set_ticked(wanted)
        if not wanted:
            self.every_student.setChecked(True)

    def chosen_student_ids(self) -> list[str]:
        """Whose packets a print or save makes, in roster order."""
        if self.ticked_only.isChecked():
            return [s.student_id for s in self.students if s.student_id in self._ticked]
        return [s.student_id for s in self.students]

    def packet_language(self) -> str | None:
        """None: each family's own language."""
        return self.language.currentData()

    def set_packet_language(self, lang: str | None) -> None:
        self.language.setCurrentIndex(self.language.findData(lang))

    def paper_size(self) -> str:
        return self.paper.currentData()

    def set_paper_size(self, paper: str) -> None:
        self.paper.setCurrentIndex(self.paper.findData(paper))

    def _update_print_words(self) -> None:
        total = len(self.students)
        ticked = len(self._ticked)
        self.every_student.setText(
            QCoreApplication.translate("ConferencesPage", "Every st&udent ({total})").format(
                total=total
            )
        )
        self.ticked_only.setText(
            QCoreApplication.translate(
                "ConferencesPage", "&Ticked students only ({ticked})"
            ).format(ticked=ticked)
        )
        self.ticked_words.setText(
            QCoreApplication.translate("ConferencesPage", "{ticked} of {total} ticked").format(
                ticked=ticked, total=total
            )
            if total
            else ""
        )
        chosen = len(self.chosen_student_ids())
        has = chosen > 0 and self.class_id is not None
        for button in (
            self.preview_button,
            self.save_one_button,
            self.save_each_button,
            self.print_button,
        ):
            button.setEnabled(has)
        self.summary_button.setEnabled(self.class_id is not None and total > 0)
        if self.class_id is None:
            self.print_words.setText(
                QCoreApplication.translate("ConferencesPage", "Choose a class first.")
            )
        elif not total:
            self.print_words.setText(
                QCoreApplication.translate(
                    "ConferencesPage", "This class has no students yet, so there are no packets."
                )
            )
        elif not chosen:
            self.print_words.setText(
                QCoreApplication.translate(
                    "ConferencesPage", "No student is ticked: tick students on the left."
                )
            )
        else:
            more = (
                QCoreApplication.translate(
                    "ConferencesPage", ": one per student, each starting on a new page"
                )
                if chosen > 1
                else ""
            )
            self.print_words.setText(f"{self._packets_words(chosen)}{more}.")

    # ----- making PDFs ------------------------------------------------------------------
    def _temp_file(self, stem: str) -> Path:
        self._temp_count += 1
        return self._temp / f"{stem}-{self._temp_count}.pdf"

    def packets_work(
        self, out: Path | str, student_ids: Sequence[str] | None = None
    ) -> Callable[[Progress, Cancelled], int]:
        """The work of making one PDF of packets, for run_with_progress (worker thread)."""
        store, class_id = self.store, self.class_id
        ids = list(student_ids if student_ids is not None else self.chosen_student_ids())
        lang, paper = self.packet_language(), self.paper_size()
        assert class_id is not None

        def work(progress: Progress, cancelled: Cancelled) -> int:
            return write_packets(
                store,
                class_id,
                ids,
                out,
                lang=lang,
                paper=paper,
                progress=lambda done, total, words: progress(done, total, say(words)),
                cancelled=cancelled,
            )

        return work

    def files_work(self, folder: Path | str) -> Callable[[Progress, Cancelled], list[Path]]:
        """The work of making one PDF per student in ``folder`` (worker thread)."""
        store, class_id = self.store, self.class_id
        ids = self.chosen_student_ids()
        lang, paper = self.packet_language(), self.paper_size()
        assert class_id is not None

        def work(progress: Progress, cancelled: Cancelled) -> list[Path]:
            return write_packet_files(
                store,
                class_id,
                ids,
                folder,
                lang=lang,
                paper=paper,
                progress=lambda done, total, words: progress(done, total, say(words)),
                cancelled=cancelled,
            )

        return work

    def _run(self, title: str, label: str, work: Callable[[Progress, Cancelled], Any]) -> Any:
        """Run the work with progress and Cancel; None (and a sentence) when it did not end."""
        outcome = run_with_progress(self, title, label, work)
        if outcome.cancelled:
            self.say(
                QCoreApplication.translate(
                    "ConferencesPage", "Stopped before it was finished: no file was written."
                )
            )
            return None
        if not outcome.ok:
            self.say(outcome.message)
            self.operations.report(outcome.message)
            return None
        return outcome.result

    def _packets_words(self, count: int) -> str:
        """ "3 packets (2 in English, 1 in Spanish), on Letter"."""
        lang = self.packet_language()
        if lang is None:
            ids = set(self.chosen_student_ids())
            counts: dict[str, int] = {}
            for s in self.students:
                if s.student_id in ids:
                    counts[s.family_language] = counts.get(s.family_language, 0) + 1
            language = ", ".join(
                f"{n} in {LANGUAGE_WORDS.get(key, key)}" for key, n in sorted(counts.items()) if n
            )
            language = (
                QCoreApplication.translate(
                    "ConferencesPage", "each in the family's language: {language}"
                ).format(language=language)
                if language
                else ""
            )
        else:
            language = QCoreApplication.translate("ConferencesPage", "all in {value}").format(
                value=LANGUAGE_WORDS.get(lang) or language(lang).english_name
            )
        words = f"{_count(count, 'packet')} ({language})" if language else _count(count, "packet")
        return QCoreApplication.translate("ConferencesPage", "{words}, on {value}").format(
            words=words, value=PAPER_WORDS[self.paper_size()]
        )

    def _ready_to_make(self) -> list[str] | None:
        ids = self.chosen_student_ids()
        if self.class_id is None or not ids:
            self.say(
                QCoreApplication.translate(
                    "ConferencesPage", "Tick at least one student first, or choose “Every student”."
                )
            )
            return None
        return ids

    def _default_folder(self) -> Path:
        documents = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation
        )
        return Path(documents) if documents else Path.home()

    def save_one_pdf(self) -> Path | None:
        """Ask where, then save the chosen students' packets as one PDF."""
        ids = self._ready_to_make()
        if ids is None:
            return None
        suggested = self._default_folder() / (
            f"conference-packets-{safe_file_stem(self.class_name, 'class')}.pdf"
        )
        path, _filter = QFileDialog.getSaveFileName(
            self,
            QCoreApplication.translate("ConferencesPage", "Save the packets as one PDF"),
            str(suggested),
            QCoreApplication.translate("ConferencesPage", "PDF files (*.pdf)"),
        )
        if not path:
            return None
        out = Path(path)
        if out.suffix.lower() != ".pdf":
            out = out.with_name(out.name + ".pdf")
        count = self._run(
            QCoreApplication.translate("ConferencesPage", "Making the packets"),
            QCoreApplication.translate("ConferencesPage", "Gathering the students' work…"),
            self.packets_work(out, ids),
        )
        if count is None:
            return None
        self.say(
            QCoreApplication.translate("ConferencesPage", "Saved {value}, in {out}.").format(
                value=self._packets_words(count), out=out
            )
        )
        return out

    def save_file_per_student(self) -> list[Path] | None:
        """Ask for a folder, then save one PDF per chosen student in it."""
        if self._ready_to_make() is None:
            return None
        folder = QFileDialog.getExistingDirectory(
            self,
            QCoreApplication.translate(
                "ConferencesPage", "Choose a folder for the packets (one file per student)"
            ),
            str(self._default_folder()),
        )
        if not folder:
            return None
        written = self._run(
            QCoreApplication.translate("ConferencesPage", "Making the packets"),
            QCoreApplication.translate("ConferencesPage", "Gathering the students' work…"),
            self.files_work(folder),
        )
        if written is None:
            return None
        self.say(
            QCoreApplication.translate(
                "ConferencesPage", "Saved {value}, one file per student, in {folder}."
            ).format(value=self._packets_words(len(written)), folder=folder)
        )
        return written

    def preview_packets(self) -> bool:
        """Make the chosen students' packets and show them here."""
        ids = self._ready_to_make()
        if ids is None:
            return False
        if load_qtpdf() is None:
            self._build_viewer()
            self.say(tr_word(QTPDF_MISSING))
            return False
        out = self._temp_file("preview")
        count = self._run(
            QCoreApplication.translate("ConferencesPage", "Making the preview"),
            QCoreApplication.translate("ConferencesPage", "Gathering the students' work…"),
            self.packets_work(out, ids),
        )
        if count is None:
            return False
        return self.show_pdf(
            out,
            QCoreApplication.translate("ConferencesPage", "Preview: {value}").format(
                value=self._packets_words(count)
            ),
        )

    def where_am_i(self) -> bool:
        """The one-page "Where am I" sheet of the selected student, shown here (or saved)."""
        student = self.current_student()
        if student is None or self.class_id is None:
            self.say(
                QCoreApplication.translate("ConferencesPage", "Choose a student on the left first.")
            )
            return False
        store, class_id, sid = self.store, self.class_id, student.student_id
        lang, paper = self.packet_language(), self.paper_size()

        def make(out: Path) -> bool:
            with store.read() as session:
                data = conference.where_am_i_data(session, class_id, sid, lang=lang)
            _reports().build_where_am_i(data, out, lang=lang, pagesize=paper)
            return True

        words = QCoreApplication.translate(
            "ConferencesPage", "“Where am I” sheet of {name}"
        ).format(name=student.name)
        return self._make_and_show(words, f"where-am-i-{safe_file_stem(student.name)}", make)

    def class_summary(self) -> bool:
        """The class summary for the teacher (targets × status), shown here (or saved)."""
        if self.class_id is None:
            return False
        store, class_id, paper = self.store, self.class_id, self.paper_size()
        lang = self.packet_language() or "en"

        def make(out: Path) -> bool:
            with store.read() as session:
                data = conference.class_summary_data(session, class_id)
            _reports().build_class_summary(data, out, lang=lang, pagesize=paper)
            return True

        stem = f"class-summary-{safe_file_stem(self.class_name, 'class')}"
        return self._make_and_show(
            QCoreApplication.translate("ConferencesPage", "Class summary of {name}").format(
                name=self.class_name
            ),
            stem,
            make,
        )

    def _make_and_show(self, words: str, stem: str, make: Callable[[Path], bool]) -> bool:
        """Make a one-off PDF and preview it; without Qt PDF, ask where to save it."""
        if load_qtpdf() is None:
            self._build_viewer()
            path, _filter = QFileDialog.getSaveFileName(
                self,
                QCoreApplication.translate("ConferencesPage", "Save the {words}").format(
                    words=words
                ),
                str(self._default_folder() / f"{stem}.pdf"),
                QCoreApplication.translate("ConferencesPage", "PDF files (*.pdf)"),
            )
            if not path:
                return False
            if self._run(
                QCoreApplication.translate("ConferencesPage", "Making the PDF"),
                f"{words}…",
                lambda _p, _c: make(Path(path)),
            ):
                self.say(
                    QCoreApplication.translate(
                        "ConferencesPage", "Saved the {words} in {path}."
                    ).format(words=words, path=path)
                )
                return True
            return False
        out = self._temp_file(stem)
        if not self._run(
            QCoreApplication.translate("ConferencesPage", "Making the PDF"),
            f"{words}…",
            lambda _p, _c: make(out),
        ):
            return False
        return self.show_pdf(out, words[0].upper() + words[1:])

    # ----- the preview --------------------------------------------------------------------
    def show_pdf(self, path: Path, words: str) -> bool:
        """Show a PDF in the preview pane (the one shown before is closed and removed)."""
        if not self._build_viewer():
            self.say(tr_word(QTPDF_MISSING))
            return False
        document = self.preview_document
        old = self.preview_path
        document.close()
        document.load(str(path))
        pages = document.pageCount()
        if pages <= 0:
            self.say(
                QCoreApplication.translate(
                    "ConferencesPage",
                    "The PDF could not be shown; save it and open it in a PDF reader.",
                )
            )
            return False
        if old is not None and old != path:
            old.unlink(missing_ok=True)
        self.preview_path = path
        self.preview_words = words
        self.preview_title.setText(f"<b>{html.escape(words)}</b> — {_count(pages, 'page')}")
        self.page_spin.blockSignals(True)
        self.page_spin.setRange(1, pages)
        self.page_spin.setSuffix(
            QCoreApplication.translate("ConferencesPage", " of {pages}").format(pages=pages)
        )
        self.page_spin.setValue(1)
        self.page_spin.blockSignals(False)
        self.fit_width()
        self.preview_view.pageNavigator().jump(0, QPointF(), 0)
        self.preview_stack.setCurrentWidget(self.preview_box)
        self._update_page_buttons()
        self.say(
            QCoreApplication.translate(
                "ConferencesPage", "{words}: {count}. Save or print it from the preview."
            ).format(words=words, count=_count(pages, "page"))
        )
        return True

    def clear_preview(self) -> None:
        """Forget the preview (another class was chosen)."""
        if self.preview_document is not None:
            self.preview_document.close()
        if self.preview_path is not None:
            self.preview_path.unlink(missing_ok=True)
        self.preview_path = None
        self.preview_words = ""
        self.preview_stack.setCurrentWidget(self.preview_placeholder)

    def preview_page_count(self) -> int:
        return self.preview_document.pageCount() if self.preview_document is not None else 0

    def go_to_page(self, number: int) -> None:
        """Show page ``number`` (1-based) of the preview."""
        pages = self.preview_page_count()
        if not pages:
            return
        number = max(1, min(number, pages))
        navigator = self.preview_view.pageNavigator()
        if navigator.currentPage() != number - 1:
            navigator.jump(number - 1, QPointF(), navigator.currentZoom())
        if self.page_spin.value() != number:
            self.page_spin.blockSignals(True)
            self.page_spin.setValue(number)
            self.page_spin.blockSignals(False)
        self._update_page_buttons()

    def _page_shown(self, index: int) -> None:
        self.page_spin.blockSignals(True)
        self.page_spin.setValue(index + 1)
        self.page_spin.blockSignals(False)
        self._update_page_buttons()

    def _update_page_buttons(self) -> None:
        pages = self.preview_page_count()
        page = self.page_spin.value()
        self.previous_page_button.setEnabled(page > 1)
        self.next_page_button.setEnabled(page < pages)

    def zoom(self, factor: float) -> None:
        view = self.preview_view
        if view is None:
            return
        current = view.zoomFactor()
        self._set_zoom(type(view).ZoomMode.Custom, max(0.25, min(4.0, current * factor)))

    def fit_width(self) -> None:
        if self.preview_view is not None:
            self._set_zoom(type(self.preview_view).ZoomMode.FitToWidth)

    def fit_page(self) -> None:
        if self.preview_view is not None:
            self._set_zoom(type(self.preview_view).ZoomMode.FitInView)

    def zoom_words(self) -> str:
        """The zoom in use, in words: "Fit to width", "Whole page" or "150 %"."""
        view = self.preview_view
        if view is None:
            return ""
        mode = view.zoomMode()
        if mode == type(view).ZoomMode.FitToWidth:
            return QCoreApplication.translate("ConferencesPage", "Fit to width")
        if mode == type(view).ZoomMode.FitInView:
            return QCoreApplication.translate("ConferencesPage", "Whole page")
        return f"{round(view.zoomFactor() * 100)} %"

    def _set_zoom(self, mode: Any, factor: float | None = None) -> None:
        """Change the zoom and stay on the same page."""
        view = self.preview_view
        page = self.page_spin.value()
        # the whole page: one page at a time, turned with the arrows; else pages scroll
        single = mode == type(view).ZoomMode.FitInView
        view.setPageMode(
            type(view).PageMode.SinglePage if single else type(view).PageMode.MultiPage
        )
        view.setZoomMode(mode)
        if factor is not None:
            view.setZoomFactor(factor)
        self.fit_button.setChecked(mode == type(view).ZoomMode.FitToWidth)
        self.whole_button.setChecked(mode == type(view).ZoomMode.FitInView)
        self.preview_view.setAccessibleDescription(
            QCoreApplication.translate("ConferencesPage", "Zoom: {value}").format(
                value=self.zoom_words()
            )
        )
        QTimer.singleShot(0, self, lambda: self._jump(page))

    def _jump(self, number: int) -> None:
        if self.preview_view is not None and 1 <= number <= self.preview_page_count():
            navigator = self.preview_view.pageNavigator()
            navigator.jump(number - 1, QPointF(), navigator.currentZoom())

    def save_preview(self) -> Path | None:
        """Save a copy of the PDF shown in the preview."""
        if self.preview_path is None:
            return None
        stem = safe_file_stem(self.preview_words.split(":")[0], "preview")
        path, _filter = QFileDialog.getSaveFileName(
            self,
            QCoreApplication.translate("ConferencesPage", "Save this PDF"),
            str(self._default_folder() / f"{stem}.pdf"),
            QCoreApplication.translate("ConferencesPage", "PDF files (*.pdf)"),
        )
        if not path:
            return None
        out = Path(path)
        if out.suffix.lower() != ".pdf":
            out = out.with_name(out.name + ".pdf")
        try:
            shutil.copyfile(self.preview_path, out)
        except OSError as exc:
            message = QCoreApplication.translate(
                "ConferencesPage", "{out} cannot be written ({value}); choose another folder."
            ).format(out=out, value=exc.strerror or exc)
            self.say(message)
            self.operations.report(message)
            return None
        self.say(
            QCoreApplication.translate(
                "ConferencesPage", "Saved the PDF shown ({preview_words}) in {out}."
            ).format(preview_words=self.preview_words, out=out)
        )
        return out

    # ----- printing ---------------------------------------------------------------------
    def print_packets(self) -> int:
        """Make the chosen students' packets, then ask the printer and print them."""
        ids = self._ready_to_make()
        if ids is None:
            return 0
        if load_qtpdf() is None:
            self.say(tr_word(QTPDF_MISSING))
            return 0
        out = self._temp_file("print")
        count = self._run(
            QCoreApplication.translate("ConferencesPage", "Making the packets"),
            QCoreApplication.translate("ConferencesPage", "Gathering the students' work…"),
            self.packets_work(out, ids),
        )
        if count is None:
            return 0
        try:
            return self._print_file(
                out,
                QCoreApplication.translate(
                    "ConferencesPage", "Conference packets — {class_name}"
                ).format(class_name=self.class_name),
            )
        finally:
            out.unlink(missing_ok=True)

    def print_from_menu(self) -> int:
        """File → Print conference packets: show the printing tab (who, language, paper),
        then ask the printer at once; the print dialog's Print is the last click."""
        if self._stale:
            self.refresh()
        self.tabs.setCurrentWidget(self.print_tab)
        return self.print_packets()

    def print_preview(self) -> int:
        """Print the PDF shown in the preview."""
        if self.preview_path is None:
            return 0
        return self._print_file(self.preview_path, self.preview_words)

    def _print_file(self, path: Path, words: str) -> int:
        """Ask the printer (QPrintDialog), then send it the pages of ``path``."""
        from PySide6.QtGui import QPageSize
        from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter

        qtpdf = load_qtpdf()
        if qtpdf is None:
            self.say(tr_word(QTPDF_MISSING))
            return 0
        document = qtpdf[0]()
        document.load(str(path))
        pages = document.pageCount()
        document.close()
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(words)
        size = (
            QPageSize.PageSizeId.Letter
            if self.paper_size() == "letter"
            else QPageSize.PageSizeId.A4
        )
        printer.setPageSize(QPageSize(size))
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(
            QCoreApplication.translate("ConferencesPage", "Print {count}: {words}").format(
                count=_count(pages, "page"), words=words
            )
        )
        dialog.setOptions(
            QAbstractPrintDialog.PrintDialogOption.PrintPageRange
            | QAbstractPrintDialog.PrintDialogOption.PrintShowPageSize
            | QAbstractPrintDialog.PrintDialogOption.PrintToFile
        )
        dialog.setMinMax(1, max(1, pages))
        if dialog.exec() != QDialog.DialogCode.Accepted:
            self.say(
                QCoreApplication.translate(
                    "ConferencesPage", "Printing was cancelled; nothing was sent to the printer."
                )
            )
            return 0
        progress = QProgressDialog(
            QCoreApplication.translate("ConferencesPage", "Printing…"),
            QCoreApplication.translate("ConferencesPage", "Cancel"),
            0,
            max(1, pages),
            self,
        )
        progress.setWindowTitle(QCoreApplication.translate("ConferencesPage", "Printing"))
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(300)

        def report(done: int, total: int, label: str) -> None:
            progress.setMaximum(total)
            progress.setValue(done)
            progress.setLabelText(label)
            QApplication.processEvents()

        try:
            sent = print_pdf(path, printer, progress=report, cancelled=progress.wasCanceled)
        except CbeError as exc:
            self.say(say_error(exc))
            if not progress.wasCanceled():
                self.operations.report(say_error(exc))
            return 0
        finally:
            progress.close()
            progress.deleteLater()
        where = (
            printer.outputFileName()
            or printer.printerName()
            or QCoreApplication.translate("ConferencesPage", "the printer")
        )
        self.say(
            QCoreApplication.translate(
                "ConferencesPage", "Sent {count} of {words} to {where}."
            ).format(count=_count(sent, "page"), words=words, where=where)
        )
        return sent
