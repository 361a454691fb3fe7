"""Printing the packets or the PDF in the preview on paper."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog

from cbe_desktop.core.errors import CbeError
from cbe_desktop.ui.background import Job
from cbe_desktop.ui.conferences import printing
from cbe_desktop.ui.conferences.printing import QTPDF_MISSING, PrintingStopped, print_pdf
from cbe_desktop.ui.conferences.words import count_words
from cbe_desktop.ui.i18n import say_error, tr_word


class PrintOnPaper:
    """Printing for :class:`ConferencesPage`."""

    # ----- printing ---------------------------------------------------------------------
    def print_packets(self) -> Job:
        """Make the chosen students' packets, then ask the printer and print them (the
        job's answer: the number of pages sent)."""
        ids = self._ready_to_make()
        if ids is None:
            return Job.settled(0)
        if printing.load_qtpdf() is None:
            self.say(tr_word(QTPDF_MISSING))
            return Job.settled(0)
        out = self._temp_file("print")

        def made(_count: int) -> Job:
            job = self._print_file(
                out,
                QCoreApplication.translate(
                    "ConferencesPage", "Conference packets — {class_name}"
                ).format(class_name=self.class_name),
            )
            if job.is_done():
                out.unlink(missing_ok=True)
            else:
                job.ended.connect(lambda _sent: out.unlink(missing_ok=True))
            return job

        return self._run(
            QCoreApplication.translate("ConferencesPage", "Making the packets"),
            QCoreApplication.translate("ConferencesPage", "Gathering the students' work…"),
            self.packets_work(out, ids),
            made,
            0,
        )

    def print_from_menu(self) -> Job:
        """File → Print conference packets: show the printing tab (who, language, paper),
        then ask the printer at once; the print dialog's Print is the last click."""
        self.refresh_if_stale()
        self.tabs.setCurrentWidget(self.print_tab)
        return self.print_packets()

    def print_preview(self) -> Job:
        """Print the PDF shown in the preview."""
        if self.preview_path is None:
            return Job.settled(0)
        return self._print_file(self.preview_path, self.preview_words)

    def _print_file(self, path: Path, words: str) -> Job:
        """Ask the printer (QPrintDialog), then send it the pages of ``path`` (the job's
        answer: the number of pages sent)."""
        from PySide6.QtGui import QPageSize
        from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter

        qtpdf = printing.load_qtpdf()
        if qtpdf is None:
            self.say(tr_word(QTPDF_MISSING))
            return Job.settled(0)
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
                count=count_words(pages, "page"), words=words
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
            return Job.settled(0)

        def printed(sent: int, problem: CbeError | None) -> int:
            if isinstance(problem, PrintingStopped):
                self.say(say_error(problem))
                return 0
            if problem is not None:
                self.say(say_error(problem))
                self.operations.report(say_error(problem))
                return 0
            where = (
                printer.outputFileName()
                or printer.printerName()
                or QCoreApplication.translate("ConferencesPage", "the printer")
            )
            self.say(
                QCoreApplication.translate(
                    "ConferencesPage", "Sent {count} of {words} to {where}."
                ).format(count=count_words(sent, "page"), words=words, where=where)
            )
            return sent

        try:
            return print_pdf(path, printer, self, printed)
        except CbeError as exc:  # nothing could be printed at all
            return Job.settled(printed(0, exc))
