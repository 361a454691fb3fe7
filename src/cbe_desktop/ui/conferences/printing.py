"""PDFs on paper and on screen, without widgets: the paper a country uses, Qt PDF when it is
installed, printing a PDF page by page, and the report builders loaded when first needed."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale, QRectF, QSize

from cbe_desktop.core.errors import CbeError

Progress = Callable[[int, int, str], None]


Cancelled = Callable[[], bool]


def reports_module():  # type: ignore[no-untyped-def]
    """The PDF builders, imported when first needed: reportlab is slow to load, and the
    window should open without waiting for it."""
    from cbe_desktop import reports

    return reports


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


def default_paper(locale: QLocale | None = None) -> str:
    """Letter where Letter is the usual paper (US, Canada, Mexico…), else A4."""
    territory = (locale or QLocale.system()).territory()
    return "letter" if territory in LETTER_TERRITORIES else "a4"


QTPDF_MISSING = QT_TRANSLATE_NOOP(
    "Words",
    "The preview needs Qt PDF (the PySide6-Pdf package), which is not installed on this "
    "laptop: save the PDF and open it in a PDF reader instead.",
)


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
