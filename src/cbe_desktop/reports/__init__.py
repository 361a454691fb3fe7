"""Printed reports (reportlab, no Qt): conference packets, "Where am I", class summary.

Every generated word comes from ``reports.labels`` (English and Spanish); the data
comes from ``core.conference``.
"""

from cbe_desktop.reports.common import ReportCancelled
from cbe_desktop.reports.packet import build_packet, build_where_am_i
from cbe_desktop.reports.summary import build_class_summary

__all__ = ["ReportCancelled", "build_class_summary", "build_packet", "build_where_am_i"]
