"""Making the packets: who, in which language, on what paper; the PDFs written through
``services.packets`` off the UI thread."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QStandardPaths, Qt
from PySide6.QtWidgets import QFileDialog, QListWidgetItem

from cbe_desktop.core import conference
from cbe_desktop.core.languages import Language
from cbe_desktop.services.packets import safe_file_stem, write_packet_files, write_packets
from cbe_desktop.ui.background import Job, Outcome, start
from cbe_desktop.ui.conferences import printing
from cbe_desktop.ui.conferences.printing import QTPDF_MISSING, Cancelled, Progress, reports_module
from cbe_desktop.ui.conferences.tables import IdRole
from cbe_desktop.ui.conferences.words import LANGUAGE_WORDS, PAPER_WORDS, count_words
from cbe_desktop.ui.i18n import say, tr_word


class Packets:
    """Making packets and other PDFs for :class:`ConferencesPage`."""

    def _tick_changed(self, item: QListWidgetItem) -> None:
        sid = item.data(IdRole)
        if item.checkState() == Qt.CheckState.Checked:
            self._ticked.add(sid)
            self.ticked_only.setChecked(True)
        else:
            self._ticked.discard(sid)
        self._update_print_words()

    def set_ticked(self, student_ids: set[str] | Sequence[str]) -> None:
        """Tick exactly these students (and print only them)."""
        wanted = set(student_ids)
        lst = self.student_list
        lst.blockSignals(True)
        for row in range(lst.count()):
            item = lst.item(row)
            on = item.data(IdRole) in wanted
            item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
        lst.blockSignals(False)
        self._ticked = wanted & {s.student_id for s in self.students}
        if self._ticked:
            self.ticked_only.setChecked(True)
        self._update_print_words()

    def _tick_group_chosen(self) -> None:
        key = self.tick_group.currentData()
        self.tick_group.setCurrentIndex(0)
        if key is None:
            return
        if key == "all":
            wanted = {s.student_id for s in self.students}
        elif key == "none":
            wanted = set()
        elif key == "preparing":
            wanted = {s.student_id for s in self.students if s.missing}
        else:
            wanted = {s.student_id for s in self.students if s.family_language == key}
        self.set_ticked(wanted)
        if not wanted:
            self.every_student.setChecked(True)

    def chosen_student_ids(self) -> list[str]:
        """Whose packets a print or save makes, in roster order."""
        if self.ticked_only.isChecked():
            return [s.student_id for s in self.students if s.student_id in self._ticked]
        return [s.student_id for s in self.students]

    def packet_language(self) -> str | None:
        """None: each family's own language."""
        return self.language.currentData()

    def set_packet_language(self, lang: str | None) -> None:
        self.language.setCurrentIndex(self.language.findData(lang))

    def paper_size(self) -> str:
        return self.paper.currentData()

    def set_paper_size(self, paper: str) -> None:
        self.paper.setCurrentIndex(self.paper.findData(paper))

    def _update_print_words(self) -> None:
        total = len(self.students)
        ticked = len(self._ticked)
        self.every_student.setText(
            QCoreApplication.translate("ConferencesPage", "Every st&udent ({total})").format(
                total=total
            )
        )
        self.ticked_only.setText(
            QCoreApplication.translate(
                "ConferencesPage", "&Ticked students only ({ticked})"
            ).format(ticked=ticked)
        )
        self.ticked_words.setText(
            QCoreApplication.translate("ConferencesPage", "{ticked} of {total} ticked").format(
                ticked=ticked, total=total
            )
            if total
            else ""
        )
        chosen = len(self.chosen_student_ids())
        has = chosen > 0 and self.class_id is not None
        for button in (
            self.preview_button,
            self.save_one_button,
            self.save_each_button,
            self.print_button,
        ):
            button.setEnabled(has)
        self.summary_button.setEnabled(self.class_id is not None and total > 0)
        if self.class_id is None:
            self.print_words.setText(
                QCoreApplication.translate("ConferencesPage", "Choose a class first.")
            )
        elif not total:
            self.print_words.setText(
                QCoreApplication.translate(
                    "ConferencesPage", "This class has no students yet, so there are no packets."
                )
            )
        elif not chosen:
            self.print_words.setText(
                QCoreApplication.translate(
                    "ConferencesPage", "No student is ticked: tick students on the left."
                )
            )
        else:
            more = (
                QCoreApplication.translate(
                    "ConferencesPage", ": one per student, each starting on a new page"
                )
                if chosen > 1
                else ""
            )
            self.print_words.setText(f"{self._packets_words(chosen)}{more}.")

    # ----- making PDFs ------------------------------------------------------------------
    def _temp_file(self, stem: str) -> Path:
        self._temp_count += 1
        return self._temp / f"{stem}-{self._temp_count}.pdf"

    def packets_work(
        self, out: Path | str, student_ids: Sequence[str] | None = None
    ) -> Callable[[Progress, Cancelled], int]:
        """The work of making one PDF of packets, for background.start (worker thread)."""
        store, class_id = self.store, self.class_id
        ids = list(student_ids if student_ids is not None else self.chosen_student_ids())
        lang, paper = self.packet_language(), self.paper_size()
        assert class_id is not None

        def work(progress: Progress, cancelled: Cancelled) -> int:
            return write_packets(
                store,
                class_id,
                ids,
                out,
                lang=lang,
                paper=paper,
                progress=lambda done, total, words: progress(done, total, say(words)),
                cancelled=cancelled,
            )

        return work

    def files_work(self, folder: Path | str) -> Callable[[Progress, Cancelled], list[Path]]:
        """The work of making one PDF per student in ``folder`` (worker thread)."""
        store, class_id = self.store, self.class_id
        ids = self.chosen_student_ids()
        lang, paper = self.packet_language(), self.paper_size()
        assert class_id is not None

        def work(progress: Progress, cancelled: Cancelled) -> list[Path]:
            return write_packet_files(
                store,
                class_id,
                ids,
                folder,
                lang=lang,
                paper=paper,
                progress=lambda done, total, words: progress(done, total, say(words)),
                cancelled=cancelled,
            )

        return work

    def _run(
        self,
        title: str,
        label: str,
        work: Callable[[Progress, Cancelled], Any],
        then: Callable[[Any], Any],
        otherwise: Any = None,
    ) -> Job:
        """Run the work with progress and Cancel, then ``then(result)`` when it has ended
        well; when it did not, a sentence, and the job's answer is ``otherwise``."""

        def done(outcome: Outcome) -> Any:
            if outcome.cancelled:
                self.say(
                    QCoreApplication.translate(
                        "ConferencesPage", "Stopped before it was finished: no file was written."
                    )
                )
                return otherwise
            if not outcome.ok:
                self.say(outcome.message)
                self.operations.report(outcome.message)
                return otherwise
            return then(outcome.result)

        return start(self, title, label, work, done)

    def _packets_words(self, count: int) -> str:
        """ "3 packets (2 in English, 1 in Spanish), on Letter"."""
        lang = self.packet_language()
        if lang is None:
            ids = set(self.chosen_student_ids())
            counts: dict[str, int] = {}
            for s in self.students:
                if s.student_id in ids:
                    counts[s.family_language] = counts.get(s.family_language, 0) + 1
            language = ", ".join(
                f"{n} in {LANGUAGE_WORDS.get(key, key)}" for key, n in sorted(counts.items()) if n
            )
            language = (
                QCoreApplication.translate(
                    "ConferencesPage", "each in the family's language: {language}"
                ).format(language=language)
                if language
                else ""
            )
        else:
            language = QCoreApplication.translate("ConferencesPage", "all in {value}").format(
                value=LANGUAGE_WORDS.get(lang) or language(lang).english_name
            )
        words = (
            f"{count_words(count, 'packet')} ({language})"
            if language
            else count_words(count, "packet")
        )
        return QCoreApplication.translate("ConferencesPage", "{words}, on {value}").format(
            words=words, value=PAPER_WORDS[self.paper_size()]
        )

    def _ready_to_make(self) -> list[str] | None:
        ids = self.chosen_student_ids()
        if self.class_id is None or not ids:
            self.say(
                QCoreApplication.translate(
                    "ConferencesPage", "Tick at least one student first, or choose “Every student”."
                )
            )
            return None
        return ids

    def _default_folder(self) -> Path:
        documents = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation
        )
        return Path(documents) if documents else Path.home()

    def save_one_pdf(self) -> Job:
        """Ask where, then save the chosen students' packets as one PDF (the job's answer:
        its path, or None)."""
        ids = self._ready_to_make()
        if ids is None:
            return Job.settled(None)
        suggested = self._default_folder() / (
            f"conference-packets-{safe_file_stem(self.class_name, 'class')}.pdf"
        )
        path, _filter = QFileDialog.getSaveFileName(
            self,
            QCoreApplication.translate("ConferencesPage", "Save the packets as one PDF"),
            str(suggested),
            QCoreApplication.translate("ConferencesPage", "PDF files (*.pdf)"),
        )
        if not path:
            return Job.settled(None)
        out = Path(path)
        if out.suffix.lower() != ".pdf":
            out = out.with_name(out.name + ".pdf")

        def saved(count: int) -> Path:
            self.say(
                QCoreApplication.translate("ConferencesPage", "Saved {value}, in {out}.").format(
                    value=self._packets_words(count), out=out
                )
            )
            return out

        return self._run(
            QCoreApplication.translate("ConferencesPage", "Making the packets"),
            QCoreApplication.translate("ConferencesPage", "Gathering the students' work…"),
            self.packets_work(out, ids),
            saved,
        )

    def save_file_per_student(self) -> Job:
        """Ask for a folder, then save one PDF per chosen student in it (the job's answer:
        the files written, or None)."""
        if self._ready_to_make() is None:
            return Job.settled(None)
        folder = QFileDialog.getExistingDirectory(
            self,
            QCoreApplication.translate(
                "ConferencesPage", "Choose a folder for the packets (one file per student)"
            ),
            str(self._default_folder()),
        )
        if not folder:
            return Job.settled(None)

        def saved(written: list[Path]) -> list[Path]:
            self.say(
                QCoreApplication.translate(
                    "ConferencesPage", "Saved {value}, one file per student, in {folder}."
                ).format(value=self._packets_words(len(written)), folder=folder)
            )
            return written

        return self._run(
            QCoreApplication.translate("ConferencesPage", "Making the packets"),
            QCoreApplication.translate("ConferencesPage", "Gathering the students' work…"),
            self.files_work(folder),
            saved,
        )

    def preview_packets(self) -> Job:
        """Make the chosen students' packets and show them here (the job's answer: whether
        they are shown)."""
        ids = self._ready_to_make()
        if ids is None:
            return Job.settled(False)
        if printing.load_qtpdf() is None:
            self._build_viewer()
            self.say(tr_word(QTPDF_MISSING))
            return Job.settled(False)
        out = self._temp_file("preview")

        def made(count: int) -> bool:
            return self.show_pdf(
                out,
                QCoreApplication.translate("ConferencesPage", "Preview: {value}").format(
                    value=self._packets_words(count)
                ),
            )

        return self._run(
            QCoreApplication.translate("ConferencesPage", "Making the preview"),
            QCoreApplication.translate("ConferencesPage", "Gathering the students' work…"),
            self.packets_work(out, ids),
            made,
            False,
        )

    def where_am_i(self) -> Job:
        """The one-page "Where am I" sheet of the selected student, shown here (or saved)."""
        student = self.current_student()
        if student is None or self.class_id is None:
            self.say(
                QCoreApplication.translate("ConferencesPage", "Choose a student on the left first.")
            )
            return Job.settled(False)
        store, class_id, sid = self.store, self.class_id, student.student_id
        lang, paper = self.packet_language(), self.paper_size()

        def make(out: Path) -> bool:
            with store.read() as session:
                data = conference.where_am_i_data(session, class_id, sid, lang=lang)
            reports_module().build_where_am_i(data, out, lang=lang, pagesize=paper)
            return True

        words = QCoreApplication.translate(
            "ConferencesPage", "“Where am I” sheet of {name}"
        ).format(name=student.name)
        return self._make_and_show(words, f"where-am-i-{safe_file_stem(student.name)}", make)

    def class_summary(self) -> Job:
        """The class summary for the teacher (targets × status), shown here (or saved)."""
        if self.class_id is None:
            return Job.settled(False)
        store, class_id, paper = self.store, self.class_id, self.paper_size()
        lang = self.packet_language() or Language.EN

        def make(out: Path) -> bool:
            with store.read() as session:
                data = conference.class_summary_data(session, class_id)
            reports_module().build_class_summary(data, out, lang=lang, pagesize=paper)
            return True

        stem = f"class-summary-{safe_file_stem(self.class_name, 'class')}"
        return self._make_and_show(
            QCoreApplication.translate("ConferencesPage", "Class summary of {name}").format(
                name=self.class_name
            ),
            stem,
            make,
        )
