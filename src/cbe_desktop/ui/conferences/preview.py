"""The PDF preview on the Conferences page: showing a PDF, its pages and zoom, saving it."""

from __future__ import annotations

import html
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QPointF, QTimer
from PySide6.QtWidgets import QFileDialog

from cbe_desktop.services.packets import safe_file_stem
from cbe_desktop.ui.background import Job
from cbe_desktop.ui.conferences import printing
from cbe_desktop.ui.conferences.printing import QTPDF_MISSING
from cbe_desktop.ui.conferences.words import count_words
from cbe_desktop.ui.i18n import tr_word


class Preview:
    """The preview's behaviour for :class:`ConferencesPage`."""

    def _make_and_show(self, words: str, stem: str, make: Callable[[Path], bool]) -> Job:
        """Make a one-off PDF and preview it; without Qt PDF, ask where to save it. The
        job's answer: whether it was shown (or saved)."""
        if printing.load_qtpdf() is None:
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
                return Job.settled(False)

            def saved(made: bool) -> bool:
                if not made:
                    return False
                self.say(
                    QCoreApplication.translate(
                        "ConferencesPage", "Saved the {words} in {path}."
                    ).format(words=words, path=path)
                )
                return True

            return self._run(
                QCoreApplication.translate("ConferencesPage", "Making the PDF"),
                f"{words}…",
                lambda _p, _c: make(Path(path)),
                saved,
                False,
            )
        out = self._temp_file(stem)
        return self._run(
            QCoreApplication.translate("ConferencesPage", "Making the PDF"),
            f"{words}…",
            lambda _p, _c: make(out),
            lambda made: bool(made) and self.show_pdf(out, words[0].upper() + words[1:]),
            False,
        )

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
        self.preview_title.setText(f"<b>{html.escape(words)}</b> — {count_words(pages, 'page')}")
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
            ).format(words=words, count=count_words(pages, "page"))
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
