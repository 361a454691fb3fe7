"""The Spanish interface: every word the program writes is translated; data stays as written."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from importlib import resources
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QTabBar,
    QWidget,
)

from cbe_desktop.core.store import Store
from cbe_desktop.ui import i18n
from cbe_desktop.ui.main_window import MainWindow

TS = Path(str(resources.files("cbe_desktop") / "assets" / "i18n" / "cbe-desktop_es.ts"))

#: Common interface words that must not be left in English (whole words, case as written).
ENGLISH = (
    "the",
    "Add",
    "Delete",
    "Record",
    "Choose",
    "Students",
    "Class",
    "Classes",
    "Import",
    "Export",
    "Save",
    "Cancel",
    "Not yet",
    "not yet",
    "Settings",
    "Edit",
    "New",
    "Print",
    "Preview",
    "Search",
    "Show",
    "Remove",
    "Write",
    "Student",
    "Target",
    "Targets",
    "Level",
    "Gradebook",
    "Sync",
    "File",
    "View",
    "Undo",
    "Redo",
    "Help",
)
ENGLISH_RE = re.compile(r"(?<![\w-])(" + "|".join(re.escape(w) for w in ENGLISH) + r")(?![\w-])")


@pytest.fixture
def spanish(qapp: QApplication) -> Iterator[None]:
    assert i18n.install_translator(qapp, "es") == "es"
    assert QCoreApplication.translate("MainWindow", "&File") == "&Archivo"
    try:
        yield
    finally:
        i18n.remove_translator(qapp)
    assert QCoreApplication.translate("MainWindow", "&File") == "&File"


def data_strings(store: Store) -> list[str]:
    """Every text stored in the database: names, codes, statements, feedback, level words."""
    values: set[str] = set()
    with store.read() as session:
        connection = session.connection()
        tables = [
            row[0]
            for row in connection.exec_driver_sql(
                "SELECT name FROM sqlite_master WHERE type = 'table'"
            )
        ]
        for table in tables:
            for row in connection.exec_driver_sql(f'SELECT * FROM "{table}"'):
                for value in row:
                    if isinstance(value, str) and len(value) >= 3:
                        values.add(value)
                        values.update(line for line in value.splitlines() if len(line) >= 3)
    return sorted(values, key=len, reverse=True)


def texts(root: QWidget) -> Iterator[tuple[str, str]]:
    """(where, text) of every label, button, group, tab, action, combo item and header."""
    for label in root.findChildren(QLabel):
        yield f"label {label.objectName()}", label.text()
    for button in root.findChildren(QAbstractButton):
        yield f"button {button.objectName()}", button.text()
    for group in root.findChildren(QGroupBox):
        yield f"group {group.objectName()}", group.title()
    for bar in root.findChildren(QTabBar):
        for i in range(bar.count()):
            yield "tab", bar.tabText(i)
    for action in root.findChildren(QAction):
        yield "action", action.text()
    for combo in root.findChildren(QComboBox):
        for i in range(combo.count()):
            yield f"combo {combo.objectName()}", combo.itemText(i)
    for view in root.findChildren(QAbstractItemView):
        model = view.model()
        if model is None:
            continue
        try:
            columns = model.columnCount(QModelIndex())
        except TypeError:  # a list model: no header
            continue
        for section in range(columns):
            header = model.headerData(section, Qt.Orientation.Horizontal)
            if isinstance(header, str):
                yield f"header {view.objectName()}", header
        for row in range(min(model.rowCount(QModelIndex()), 60)):
            for column in range(columns):
                value = model.index(row, column).data()
                if isinstance(value, str):
                    yield f"cell {type(view).__name__} {view.objectName()}", value


def english_left(text: str, data: list[str]) -> list[str]:
    plain = re.sub(r"<[^>]*>", " ", text).replace("&nbsp;", " ").replace("&&", "&")
    plain = plain.replace("&", "")
    for value in data:
        if value in plain:
            plain = plain.replace(value, " ")
    if "…" in plain:  # data shortened to fit: "7.RP.2b — Identify the constant of…"
        parts = plain.split("…")
        for i, part in enumerate(parts[:-1]):
            tail = part.rsplit(" — ", 1)[-1].strip()
            if tail and any(value.startswith(tail) for value in data):
                parts[i] = part[: len(part) - len(tail)]
        plain = " ".join(parts)
    return ENGLISH_RE.findall(plain)


def test_every_page_of_the_window_speaks_spanish(qtbot, demo_store, spanish):
    window = MainWindow(demo_store, demo=True)
    qtbot.addWidget(window)
    window.resize(1440, 860)
    window.show()
    data = data_strings(demo_store)
    left: list[str] = []
    for page in range(window.pages.count()):
        window.pages.setCurrentIndex(page)
        QApplication.processEvents()
        for where, text in texts(window):
            words = english_left(text, data)
            if words:
                left.append(f"{window.pages.tabText(page)} · {where}: {text!r} ({words})")
    assert window.pages.tabText(0) == "Libro de calificaciones"
    assert not sorted(set(left)), "\n".join(sorted(set(left)))


def test_the_window_is_english_again_without_the_translator(qtbot, demo_store):
    window = MainWindow(demo_store)
    qtbot.addWidget(window)
    assert window.pages.tabText(0) == "Gradebook"


def test_every_message_of_the_spanish_catalogue_is_translated():
    root = ET.parse(TS).getroot()
    assert root.get("language") == "es"
    messages = list(root.iter("message"))
    assert len(messages) > 800
    problems = []
    for message in messages:
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None, source
        text = translation.text or ""
        if translation.get("type") in ("unfinished", "vanished", "obsolete") or not text.strip():
            problems.append(f"not translated: {source!r}")
        elif sorted(re.findall(r"\{[^{}]*\}", text)) != sorted(re.findall(r"\{[^{}]*\}", source)):
            problems.append(f"placeholders differ: {source!r} -> {text!r}")
    assert not problems, "\n".join(problems)
    assert TS.with_suffix(".qm").is_file(), "run installers/i18n.py (pyside6-lrelease)"


def test_an_unknown_or_english_language_is_english():
    assert i18n.resolve_language("en") == "en"
    assert i18n.resolve_language("xx") == "en"
    assert i18n.resolve_language("es") == "es"


def test_the_welcome_and_settings_dialogs_speak_spanish(qtbot, spanish):
    from cbe_desktop.ui.settings_dialog import SettingsDialog
    from cbe_desktop.ui.welcome import WelcomeDialog

    left = []
    for dialog in (WelcomeDialog(), SettingsDialog(None, {"language": "es"})):
        qtbot.addWidget(dialog)
        left += [f"{where}: {text!r}" for where, text in texts(dialog) if english_left(text, [])]
    assert not left, "\n".join(left)


def test_the_programs_own_level_words_are_spanish_in_the_grid_and_its_legend(
    qtbot, demo_store, spanish
):
    window = MainWindow(demo_store)
    qtbot.addWidget(window)
    model = window.gradebook.model
    cells = {
        model.data(model.index(r, c))
        for r in range(model.rowCount())
        for c in range(1, model.target_count() + 1)
    }
    assert any("Competente" in text for text in cells)
    assert not any("Proficient" in text or "Developing" in text for text in cells)
    legend = window.gradebook.legend.text()
    assert "Inicial" in legend and "Avanzado" in legend and "Beginning" not in legend
    habits = window.habits.model
    assert any(
        "Casi siempre" in habits.data(habits.index(r, 1))
        or "A veces" in habits.data(habits.index(r, 1))
        for r in range(habits.rowCount())
    )


def test_a_level_the_teacher_renamed_is_shown_as_written(spanish):
    assert i18n.level_word("Meets the standard") == "Meets the standard"
    assert i18n.level_word("Proficient") == "Competente"


#: English that the side panel used to show: core's sentences and the program's level words.
PANEL_ENGLISH = re.compile(
    r"\b(Beginning|Developing|Proficient|Extending|evidence|Average|Most recent|Decaying"
    r"|Set by the teacher|open|revised|closed|Shows|Goes beyond|No evidence)\b"
)


def test_the_side_panel_explains_every_cell_in_spanish(qtbot, demo_store, spanish):
    from cbe_desktop.core.scales import program_word

    window = MainWindow(demo_store)
    window.operations.quiet = True
    qtbot.addWidget(window)
    window.resize(1400, 900)
    window.show()
    # The program's own scale words are stored as data but must not be read as data here.
    data = [v for v in data_strings(demo_store) if program_word(v) is v]
    view, panel = window.gradebook, window.page.panel
    left: set[str] = set()
    seen_plans = 0
    for row in range(0, view.model.rowCount(), 3):
        for column in range(1, view.model.target_count() + 1):
            view.table.setCurrentIndex(view.model.index(row, column))
            timeline = panel.timeline.toPlainText()
            seen_plans += "Próximo paso" in timeline
            shown = [
                panel.status_words.text(),
                panel.estimate.text(),
                timeline,
                panel.rubric.text(),
                *(panel.override_level.itemText(i) for i in range(panel.override_level.count())),
            ]
            for text in shown:
                plain = re.sub(r"<[^>]*>", " ", text)
                for value in data:
                    plain = plain.replace(value, " ")
                left.update(PANEL_ENGLISH.findall(plain))
                left.update(english_left(plain, []))
    assert "Competente" in panel.rubric.text()
    assert seen_plans > 0  # the walk met "not yet" next steps, with their state in words
    assert not left, sorted(left)


def test_the_goal_dialog_and_its_undo_step_say_the_kind_in_spanish(qtbot, spanish):
    from cbe_desktop.ui.voice_dialog import VoiceDialog

    dialog = VoiceDialog(None, "reflection", "Ana")
    qtbot.addWidget(dialog)
    said = [dialog.windowTitle(), dialog.text.accessibleName(), VoiceDialog.PROMPTS["goal"]]
    assert said[0] == "Una reflexión para Ana"
    assert not any(re.search(r"\b(goal|reflection|What)\b", text) for text in said), said


def test_the_scales_editor_shows_the_programs_words_in_spanish_and_keeps_them_its_own(
    qtbot, demo_store, spanish
):
    from sqlmodel import select

    from cbe_desktop.core.models import ScaleLevel

    window = MainWindow(demo_store)
    window.operations.quiet = True
    qtbot.addWidget(window)
    page = window.scales_page
    page.scales.setCurrentRow(
        next(i for i in range(page.scales.count()) if "Inicial" in page.scales.item(i).text())
    )
    assert page.name.text() == "Cuatro niveles (de Inicial a Avanzado)"
    labels = [page.levels.item(r, 1).text() for r in range(page.levels.rowCount())]
    assert labels == ["Inicial", "En desarrollo", "Competente", "Avanzado"]
    assert not english_left(page.levels.item(0, 2).text(), [])

    def stored() -> set[str]:
        with demo_store.read() as session:
            rows = session.exec(select(ScaleLevel).where(ScaleLevel.deleted_hlc.is_(None)))
            return {lv.label for lv in rows}

    # Renaming one level stores the teacher's word; the untouched ones stay the program's
    # (English in the file, so an English packet still says "Beginning").
    row = labels.index("Avanzado")
    page.levels.item(row, 1).setText("Sobresaliente")
    assert "Sobresaliente" in stored()
    assert {"Beginning", "Developing", "Proficient"} <= stored()
    assert "Inicial" not in stored() and "Avanzado" not in stored()


def test_keeping_editing_and_deleting_a_goal_at_the_conference_says_meta_in_spanish(
    qtbot, demo_store, spanish
):
    from cbe_desktop.core.roster import find_class
    from cbe_desktop.ui.conferences import ConferencesPage
    from cbe_desktop.ui.operations import Operations

    operations = Operations(demo_store)
    operations.quiet = True
    page = ConferencesPage(demo_store, operations)
    qtbot.addWidget(page)
    page.resize(1150, 720)
    page.show()
    with demo_store.read() as session:
        math_id = find_class(session, "Math 7 — Period 2").id
    page.set_class(math_id)
    page.select_student(next(s.student_id for s in page.students if s.name == "Amara Okafor"))
    page.tabs.setCurrentIndex(1)
    said: list[str] = []

    page.voice_edit.setPlainText("Voy a explicar cada paso a mi compañera.")
    page.by_student.setChecked(True)
    qtbot.mouseClick(page.keep_goal_button, Qt.MouseButton.LeftButton)
    said += [operations.undo_stack.undoText(), page.status.text()]
    assert said == [
        "Escribir una meta para Amara Okafor",
        "Se guardó la meta de Amara Okafor, escrita por el estudiante.",
    ]

    row = next(r for r, v in enumerate(page.voice_items) if v.kind == "reflection")
    page.voice_table.selectRow(row)
    page.edit_selected_voice()
    said.append(page.writer_box.title())
    assert said[-1].startswith("Editando la reflexión del ")
    page.new_writing()

    page.voice_table.selectRow(row)
    assert page.delete_selected_voice()
    said += [operations.undo_stack.undoText(), page.status.text()]
    assert said[-2:] == [
        "Eliminar una reflexión de Amara Okafor",
        "Se eliminó la reflexión de Amara Okafor; Ctrl+Z la recupera.",
    ]
    assert not any(re.search(r"\b(goal|reflection)\b", text) for text in said), said
