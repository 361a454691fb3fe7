"""Insights for one class: needs attention, flexible groups, pace, goals and reflections.

Modules: ``page`` (the page), a module per panel (``attention``, ``groups``, ``pace``,
``voice``), the chart on its own (``pace_chart``), and ``tables``.
"""

from __future__ import annotations

from cbe_desktop.ui.insights.pace_chart import PaceChart
from cbe_desktop.ui.insights.page import InsightsPage
from cbe_desktop.ui.insights.tables import IdRole, KindRole, TargetRole

__all__ = ["IdRole", "InsightsPage", "KindRole", "PaceChart", "TargetRole"]
