"""The Conferences page: prepare each student's packet, then preview, save and print the packets.

The page puts its parts together (``students``, ``work``, ``voice``, ``packets``,
``preview``, ``print_on_paper``, each with its layout in a ``*_view`` module) and keeps the
class, the refreshing and the status line.
"""

from __future__ import annotations

import html
import shutil
import tempfile
import weakref
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QLabel, QSplitter, QTabWidget, QVBoxLayout, QWidget

from cbe_desktop.core import conference, voice
from cbe_desktop.core.changes import Changes
from cbe_desktop.core.errors import NotFoundError
from cbe_desktop.core.roster import class_info
from cbe_desktop.core.scales import ScaleInfo, load_scale
from cbe_desktop.core.store import Store
from cbe_desktop.ui.conferences.draft import Draft
from cbe_desktop.ui.conferences.packets import Packets
from cbe_desktop.ui.conferences.packets_view import PacketsView
from cbe_desktop.ui.conferences.preview import Preview
from cbe_desktop.ui.conferences.preview_view import PreviewView
from cbe_desktop.ui.conferences.print_on_paper import PrintOnPaper
from cbe_desktop.ui.conferences.students import StudentsList
from cbe_desktop.ui.conferences.voice import GoalsAndReflection
from cbe_desktop.ui.conferences.voice_view import VoiceView
from cbe_desktop.ui.conferences.words import count_words
from cbe_desktop.ui.conferences.work import WorkToShow
from cbe_desktop.ui.conferences.work_view import WorkView
from cbe_desktop.ui.operations import Operations
from cbe_desktop.ui.page import Page


class ConferencesPage(
    StudentsList,
    WorkView,
    WorkToShow,
    VoiceView,
    GoalsAndReflection,
    PacketsView,
    Packets,
    PreviewView,
    Preview,
    PrintOnPaper,
    Page,
):
    """Conference prep and packets for one class. Call :meth:`set_class` when the class
    changes; ``status_message`` says what an action did, in a sentence."""

    status_message = Signal(str)

    def __init__(self, store: Store, operations: Operations, parent: QWidget | None = None) -> None:
        super().__init__(store, operations, parent)
        self.setObjectName("conferencesPage")
        self.class_id: str | None = None
        self.class_name = ""
        self.scale: ScaleInfo | None = None
        self.students: list[conference.PrepStatus] = []
        self.candidates: list[conference.Candidate] = []
        self.chosen: list[conference.ShowcaseItem] = []
        self.voice_items: list[voice.VoiceItem] = []
        self._ticked: set[str] = set()
        self._drafts: dict[str, Draft] = {}
        self._shown_student: str | None = None
        self._note_for: tuple[str, str] | None = None  # (showcase id, note as stored)
        self._editing: tuple[str, str, str] | None = None  # (kind, id, written_on)
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

        self.set_class(None)

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
            self.stale = True

    def shows(self, changes: Changes) -> bool:
        return self.class_id is not None

    def refresh(self) -> None:
        """Read the class's students and their preparation, and the selected student's."""
        self.stale = False
        students: list[conference.PrepStatus] = []
        if self.class_id is not None:
            try:
                with self.store.read() as session:
                    school_class = class_info(session, self.class_id)
                    if school_class is None:
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
                    count=count_words(len(students), "student"),
                    ready=ready,
                )
            )
        self._show_student()
        self._update_print_words()

    def _after(self, ok: bool, words: str) -> None:
        """After an action of the prep: show it now, and say what happened."""
        self._show_student()
        if ok:
            self.say(words)

    # ----- who, in which language, on what paper ---------------------------------------------
    def say(self, words: str) -> None:
        self.status.setText(words)
        self.status_message.emit(words)
