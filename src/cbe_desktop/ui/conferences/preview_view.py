"""The layout of the PDF preview on the Conferences page (Qt PDF, when installed)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSpinBox, QVBoxLayout, QWidget

from cbe_desktop.ui.conferences import printing
from cbe_desktop.ui.conferences.printing import QTPDF_MISSING
from cbe_desktop.ui.conferences.tables import new_button
from cbe_desktop.ui.i18n import tr_word


class PreviewView:
    """Lays out the preview of :class:`ConferencesPage` (its behaviour: :class:`Preview`)."""

    def _build_viewer(self) -> bool:
        """The preview pane, made the first time it is needed (Qt PDF imported then)."""
        if self.preview_view is not None:
            return True
        qtpdf = printing.load_qtpdf()
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
        self.previous_page_button = new_button(
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
        self.next_page_button = new_button(
            "▶",
            box,
            QCoreApplication.translate("ConferencesPage", "Next page"),
            lambda: self.go_to_page(self.page_spin.value() + 1),
        )
        self.next_page_button.setToolTip(QCoreApplication.translate("ConferencesPage", "Next page"))
        self.zoom_out_button = new_button(
            "−",
            box,
            QCoreApplication.translate("ConferencesPage", "Zoom out"),
            lambda: self.zoom(1 / 1.25),
        )
        self.fit_button = new_button(
            QCoreApplication.translate("ConferencesPage", "Fit width"),
            box,
            QCoreApplication.translate("ConferencesPage", "Fit the page to the width"),
            self.fit_width,
        )
        self.whole_button = new_button(
            QCoreApplication.translate("ConferencesPage", "Whole page"),
            box,
            QCoreApplication.translate("ConferencesPage", "Show whole pages"),
            self.fit_page,
        )
        self.zoom_in_button = new_button(
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
        self.save_preview_button = new_button(
            QCoreApplication.translate("ConferencesPage", "Save this PDF…"),
            box,
            QCoreApplication.translate("ConferencesPage", "Save the PDF shown"),
            self.save_preview,
        )
        self.print_preview_button = new_button(
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
