"""The Insights page: who needs attention, groups for reteaching, pace, and the students' voice.

The page puts its panels together (``attention``, ``groups``, ``pace``, ``voice``; the
chart in ``pace_chart``) and keeps the class and the refreshing.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

from cbe_desktop.core import insights
from cbe_desktop.core.changes import Changes
from cbe_desktop.core.errors import NotFoundError
from cbe_desktop.core.store import Store
from cbe_desktop.ui.insights.attention import NeedsAttention
from cbe_desktop.ui.insights.groups import Groups
from cbe_desktop.ui.insights.pace import Pace
from cbe_desktop.ui.insights.tables import refill
from cbe_desktop.ui.insights.voice import StudentVoice
from cbe_desktop.ui.operations import Operations
from cbe_desktop.ui.page import Page


class InsightsPage(NeedsAttention, Groups, Pace, StudentVoice, Page):
    """One class's insights. Call :meth:`set_class` when the chosen class changes."""

    #: the teacher asked to see a student x target in the gradebook (Enter / double-click)
    open_cell = Signal(str, str)

    def __init__(self, store: Store, operations: Operations, parent: QWidget | None = None) -> None:
        super().__init__(store, operations, parent)
        self.setObjectName("insightsPage")
        self.class_id: str | None = None
        self._data: insights.ClassEvidence | None = None
        self._pace: insights.PaceSeries | None = None
        self._attention: list[insights.Attention] = []
        self._group: list[insights.GroupMember] = []
        self._group_code = ""
        self.today: date | None = None  # tests may fix "today"

        self.title = QLabel(self)
        self.title.setTextFormat(Qt.TextFormat.RichText)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("insightsTabs")
        self.tabs.addTab(
            self._build_attention(), QCoreApplication.translate("InsightsPage", "Needs &attention")
        )
        self.tabs.addTab(
            self._build_groups(), QCoreApplication.translate("InsightsPage", "Flexible &groups")
        )
        self.tabs.addTab(self._build_pace(), QCoreApplication.translate("InsightsPage", "&Pace"))
        self.tabs.addTab(
            self._build_voice(),
            QCoreApplication.translate("InsightsPage", "Goals and &reflections"),
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.title)
        layout.addWidget(self.tabs, 1)

        self.set_class(None)

    def set_class(self, class_id: str | None) -> None:
        """Show another class (None: nothing). A hidden page reads it when next shown."""
        self.class_id = class_id
        if self.isVisible() or class_id is None:
            self.refresh()
        else:
            self.stale = True

    def shows(self, changes: Changes) -> bool:
        return self.class_id is not None

    def refresh(self) -> None:
        self.stale = False
        data = pace = None
        if self.class_id is not None:
            try:
                with self.store.read() as session:
                    data = insights.load_class_evidence(session, self.class_id)
                    pace = insights.pace(session, self.class_id, today=self.today, data=data)
            except NotFoundError:
                self.class_id = None
        self._data, self._pace = data, pace
        enabled = data is not None
        self.tabs.setEnabled(enabled)
        if data is None:
            self.title.setText(
                QCoreApplication.translate("InsightsPage", "<b>Insights</b> — choose a class")
            )
        else:
            self.title.setText(
                QCoreApplication.translate(
                    "InsightsPage", "<b>{class_name}</b> — {len} students, {len2} learning targets"
                ).format(
                    class_name=data.grid.class_name,
                    len=len(data.grid.students),
                    len2=len(data.grid.targets),
                )
            )
        self._fill_attention()
        self._fill_combos()
        self._fill_group()
        self._show_pace()
        self._show_voice()

    def _fill_combos(self) -> None:
        grid = self._data.grid if self._data else None
        targets = [(t.id, f"{t.code} — {t.statement}") for t in grid.targets] if grid else []
        students = [(s.id, s.name) for s in grid.students] if grid else []
        refill(self.group_target, targets)
        refill(
            self.pace_student,
            [
                (None, QCoreApplication.translate("InsightsPage", "No student: the class only")),
                *students,
            ],
        )
        refill(self.voice_student, students)
