"""Conferences: prepare each student's packet, then preview, save and print the packets.

Conference prep, per student (the list on the left): the work to show, in order and
with why it was chosen, and the student's goals and reflection, typed by the student at
the laptop or by the teacher. Every change is one undo step.

Printing: every student or the ticked ones, in each family's own language or one
language for all, on Letter or A4. Building the PDFs runs off the UI thread with a
progress dialog that can be cancelled; a cancelled run leaves no file behind. The
preview and printing use Qt PDF when it is installed (imported only when needed).

Modules: ``page`` (the page), a module per part with its layout in ``*_view``,
``words`` and ``tables`` (shared by the parts), ``printing`` (PDFs without widgets).
"""

from __future__ import annotations

from cbe_desktop.ui.conferences.page import ConferencesPage
from cbe_desktop.ui.conferences.printing import QTPDF_MISSING, default_paper, load_qtpdf, print_pdf
from cbe_desktop.ui.conferences.tables import IdRole, KindRole
from cbe_desktop.ui.conferences.words import LANGUAGE_WORDS, prep_sentence, readiness_words

__all__ = [
    "LANGUAGE_WORDS",
    "QTPDF_MISSING",
    "ConferencesPage",
    "IdRole",
    "KindRole",
    "default_paper",
    "load_qtpdf",
    "prep_sentence",
    "print_pdf",
    "readiness_words",
]
