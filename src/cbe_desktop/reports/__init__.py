"""Printed reports (reportlab, no Qt): conference packets, "Where am I", class summary.

Every generated word comes from ``reports.labels`` (English and Spanish); the data
comes from ``core.conference``.
"""

from reportlab import rl_config

# reportlab checks every attribute set on a drawing's shapes, "a big help when developing"
# (its words) and a fifth of a class's packets' time: the shapes are ours and fixed.
# Before the first import of reportlab.graphics, which reads it.
rl_config.shapeChecking = 0

from cbe_desktop.reports.common import ReportCancelled  # noqa: E402
from cbe_desktop.reports.packet import build_packet, build_where_am_i  # noqa: E402
from cbe_desktop.reports.summary import build_class_summary  # noqa: E402

__all__ = ["ReportCancelled", "build_class_summary", "build_packet", "build_where_am_i"]
