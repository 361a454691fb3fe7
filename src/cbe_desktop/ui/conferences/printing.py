"""PDFs on paper and on screen: the paper a country uses, Qt PDF when it is installed,
printing a PDF (its pages rendered on a worker thread, painted on the printer on the UI
thread), and the report builders loaded when first needed."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale, QRectF, QSize
from PySide6.QtWidgets import QWidget

from cbe_desktop.core.errors import CbeError

if TYPE_CHECKING:
    from cbe_desktop.ui.background import Job


class PrintingStopped(CbeError):
    """The teacher pressed Cancel while the pages went to the printer."""


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


def rasterise_pages(
    path: Path | str,
    pages: list[int],
    dpi: int,
    grey: bool,
    progress: Progress,
    cancelled: Cancelled,
    hand: Callable[[Any], None],
) -> int:
    """Render ``pages`` (0-based) of a PDF to images at ``dpi``, handing each over with
    ``hand((n, image))``; for a worker thread (``background.start`` with ``each``): a page at
    300 dpi takes a noticeable moment to render, and a packet has many. Returns the
    number of pages handed over."""
    from PySide6.QtGui import QImage

    qtpdf = load_qtpdf()
    assert qtpdf is not None  # print_pdf checked it
    document = qtpdf[0]()
    document.load(str(path))
    try:
        for n, index in enumerate(pages):
            if cancelled():
                raise PrintingStopped(
                    QCoreApplication.translate(
                        "ConferencesPage",
                        "Printing was stopped; pages already sent may still print.",
                    )
                )
            progress(
                n,
                len(pages),
                QCoreApplication.translate(
                    "ConferencesPage", "Printing page {value} of {len}"
                ).format(value=n + 1, len=len(pages)),
            )
            points = document.pagePointSize(index)
            image = document.render(
                index, QSize(round(points.width() * dpi / 72), round(points.height() * dpi / 72))
            )
            if grey:
                image = image.convertToFormat(QImage.Format.Format_Grayscale8)
            hand((n, image))
        return len(pages)
    finally:
        document.close()


def print_pdf(
    path: Path | str,
    printer: Any,
    parent: QWidget | None,
    done: Callable[[int, CbeError | None], Any],
) -> Job:
    """Send each page of a PDF to ``printer`` (a QPrinter), as a picture at the printer's
    resolution (up to PRINT_DPI_CAP), honouring the dialog's page range. The pages are
    rendered on a worker thread and painted here, on the UI thread, one by one, while
    the window stays responsive and a progress dialog offers Cancel. When it has ended,
    ``done(sent, problem)``: the number of pages sent, and None or the CbeError (one
    sentence; a PrintingStopped when the teacher stopped it); the job's answer is what
    ``done`` returns. Raises CbeError at once when nothing can be printed at all."""
    from PySide6.QtGui import QPainter
    from PySide6.QtPrintSupport import QPrinter

    from cbe_desktop.ui import background

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
    document.close()
    if count <= 0:
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

    def paint(item: tuple[int, Any]) -> None:
        nonlocal sent
        n, image = item
        if n:
            printer.newPage()
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

    def ended(outcome: background.Outcome) -> Any:
        if outcome.cancelled:
            printer.abort()
        painter.end()
        if outcome.ok:
            return done(sent, None)
        problem = outcome.error if isinstance(outcome.error, CbeError) else None
        return done(sent, problem or CbeError(outcome.message))

    try:
        return background.start(
            parent,
            QCoreApplication.translate("ConferencesPage", "Printing"),
            QCoreApplication.translate("ConferencesPage", "Printing…"),
            lambda progress, cancelled, hand: rasterise_pages(
                path, pages, dpi, grey, progress, cancelled, hand
            ),
            ended,
            each=paint,
        )
    except BaseException:
        painter.end()
        raise
