"""The first window a teacher sees: classes on the left, the gradebook on the right."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage

from cbe_desktop.app import save_screenshot
from cbe_desktop.core.gradebook import class_grid
from cbe_desktop.core.roster import class_summaries
from cbe_desktop.ui.gradebook_model import GradebookModel, GroupRole
from cbe_desktop.ui.main_window import MainWindow


def test_window_lists_both_demo_classes_and_opens_the_first(qtbot, demo_store):
    window = MainWindow(demo_store, demo=True)
    qtbot.addWidget(window)
    names = [
        window.class_list.item(i).text().split("\n")[0] for i in range(window.class_list.count())
    ]
    assert any("Math" in n for n in names) and any("Science" in n for n in names)
    assert "Math" in window.class_title.text()
    assert "DEMO" in window.windowTitle()
    model = window.gradebook.model
    assert model.rowCount() >= 26
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Student"


def test_each_cell_shows_the_estimates_number_and_word_not_only_a_colour(qtbot, demo_store):
    window = MainWindow(demo_store)
    qtbot.addWidget(window)
    model = window.gradebook.model
    grid = model.grid
    assert grid is not None
    levels = {f"{lv.number} {lv.label}" for lv in grid.scale.levels}
    for row in range(model.rowCount()):
        for column in range(1, model.target_count() + 1):
            cell = model.cell_at(model.index(row, column))
            text = model.data(model.index(row, column))
            if cell.estimate is not None and not cell.overridden:
                assert any(level in text for level in levels), text
            if cell.open_not_yet:
                assert "⚑" in text
            accessible = model.data(model.index(row, column), Qt.ItemDataRole.AccessibleTextRole)
            assert grid.students[row].name in accessible


def test_columns_are_grouped_under_their_competency(qtbot, demo_store):
    window = MainWindow(demo_store)
    qtbot.addWidget(window)
    model = window.gradebook.model
    groups = [
        model.headerData(c, Qt.Orientation.Horizontal, GroupRole)
        for c in range(1, model.target_count() + 1)
    ]
    assert groups[0].startswith("RP")
    # each competency's targets sit together
    seen: list[str] = []
    for g in groups:
        if not seen or seen[-1] != g:
            assert g not in seen, f"{g} appears in two places"
            seen.append(g)
    assert len(seen) >= 2


def test_name_column_stays_while_targets_scroll(qtbot, demo_store):
    window = MainWindow(demo_store)
    qtbot.addWidget(window)
    window.resize(900, 600)
    window.show()
    qtbot.waitExposed(window)
    view = window.gradebook
    assert not view.names.isColumnHidden(GradebookModel.NAME_COLUMN)
    assert view.table.isColumnHidden(GradebookModel.NAME_COLUMN)
    view.table.horizontalScrollBar().setValue(view.table.horizontalScrollBar().maximum())
    assert view.names.isVisible()
    view.table.verticalScrollBar().setValue(view.table.verticalScrollBar().maximum())
    assert view.names.verticalScrollBar().value() == view.table.verticalScrollBar().value()


def test_choosing_another_class_shows_its_own_students(qtbot, demo_store):
    window = MainWindow(demo_store)
    qtbot.addWidget(window)
    window.class_list.setCurrentRow(1)
    with demo_store.read() as session:
        science = next(c for c in class_summaries(session) if "Science" in c.name)
    assert "Science" in window.class_title.text()
    assert window.gradebook.model.rowCount() == science.students
    assert window.gradebook.model.target_count() == science.targets


def test_habits_of_work_have_their_own_grid_and_scale(qtbot, demo_store):
    window = MainWindow(demo_store)
    qtbot.addWidget(window)
    habits = window.habits.model.grid
    academic = window.gradebook.model.grid
    assert habits is not None and academic is not None
    assert {t.code for t in habits.targets}.isdisjoint({t.code for t in academic.targets})
    assert habits.scale.levels[0].label == "Rarely"


def test_an_empty_store_says_how_to_begin(qtbot, store):
    window = MainWindow(store)
    qtbot.addWidget(window)
    assert window.class_list.count() == 0
    assert "Classes and students" in window.gradebook.empty.text()
    assert "cbe-desktop demo" not in window.gradebook.empty.text()  # no command to type
    assert window.start_panel.choices.demo_button.text() == "Try the demo class"


def test_grid_model_passes_the_model_tester(qtmodeltester, demo_store):
    with demo_store.read() as session:
        class_id = class_summaries(session)[0].id
        grid = class_grid(session, class_id)
    qtmodeltester.check(GradebookModel(grid))


def test_screenshot_writes_a_picture_of_the_window(qtbot, demo_store, tmp_path: Path):
    window = MainWindow(demo_store, demo=True)
    qtbot.addWidget(window)
    out = tmp_path / "shot.png"
    assert save_screenshot(window, out) == 0
    image = QImage(str(out))
    assert image.width() >= 1000 and image.height() >= 600
    # not a blank picture: the grid's level colours are in it
    colours = {
        image.pixelColor(x, y).name() for x in range(300, 1400, 37) for y in range(150, 700, 23)
    }
    assert len(colours) > 4


def test_a_screenshot_is_the_size_of_a_school_laptops_screen_or_the_size_asked(
    qtbot, tmp_path, cli_sandbox
):
    from cbe_desktop.cli import main

    default, small = tmp_path / "default.png", tmp_path / "small.png"
    assert main(["--demo", "--screenshot", str(default)]) == 0
    assert main(["--demo", "--page", "sync", "--screenshot", str(small), "--size", "1280x720"]) == 0
    assert QImage(str(default)).size().toTuple() == (1366, 768)
    assert QImage(str(small)).size().toTuple() == (1280, 720)


def test_a_screenshot_size_that_is_not_one_is_refused_in_a_sentence(capsys, tmp_path, cli_sandbox):
    import pytest

    from cbe_desktop.cli import main

    with pytest.raises(SystemExit) as exit_:
        main(["--demo", "--screenshot", str(tmp_path / "a.png"), "--size", "big"])
    assert exit_.value.code == 2
    assert "write it as width x height, such as 1366x768" in capsys.readouterr().err
    assert not (tmp_path / "a.png").exists()


def test_a_screenshot_needs_no_desktop_it_is_drawn_offscreen(tmp_path: Path):
    """`cbe-desktop --demo --screenshot shot.png` on a machine with no desktop running
    (a school's build server, a terminal over ssh) writes the picture instead of refusing."""
    import os
    import subprocess
    import sys

    environ = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    environ.pop("QT_QPA_PLATFORM", None)
    environ["CBE_DESKTOP_DATA_DIR"] = str(tmp_path / "data")
    shot = tmp_path / "shot.png"
    done = subprocess.run(
        [sys.executable, "-m", "cbe_desktop", "--demo", "--screenshot", str(shot)],
        env=environ,
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert done.returncode == 0, done.stderr
    assert shot.read_bytes().startswith(b"\x89PNG")


def test_offscreen_is_chosen_only_when_no_desktop_and_no_platform_is_asked_for(monkeypatch):
    import sys

    from cbe_desktop.app import use_offscreen_without_desktop

    monkeypatch.setattr(sys, "platform", "linux")
    for environ in ({"DISPLAY": ":0"}, {"WAYLAND_DISPLAY": "w-0"}, {"QT_QPA_PLATFORM": "xcb"}):
        assert not use_offscreen_without_desktop(environ)
        assert environ.get("QT_QPA_PLATFORM", "xcb") == "xcb"
    environ = {}
    assert use_offscreen_without_desktop(environ)
    assert environ == {"QT_QPA_PLATFORM": "offscreen"}


def test_the_start_backup_is_made_once_the_gradebook_has_painted(qtbot, demo_store):
    from cbe_desktop.app import _start_backup, after_first_paint
    from cbe_desktop.core.store import BACKUP_BEFORE_FIRST_WRITE, Store

    folder = demo_store.data_dir
    demo_store.close()
    store = Store.open(folder, backup_on_start=BACKUP_BEFORE_FIRST_WRITE, what="window")
    try:
        window = MainWindow(store)
        qtbot.addWidget(window)
        started = []
        after_first_paint(window, lambda: started.append(_start_backup(window, store)))
        assert not list((folder / "backups").glob("auto-*-start*.sqlite"))
        window.show()
        qtbot.waitUntil(lambda: bool(started), timeout=5000)
        started[0].join(30)  # made on a thread of its own, while the window answers
        assert len(list((folder / "backups").glob("auto-*-start*.sqlite"))) == 1
    finally:
        store.close()


def test_a_sync_file_double_clicked_on_a_mac_reaches_the_shown_window(
    qtbot, demo_store, monkeypatch
):
    """macOS hands the file to the application as an event (not an argument), sent to
    the application object: the program's application takes it; one sent to a window
    is not a double-click in the Finder."""
    from PySide6.QtGui import QFileOpenEvent
    from PySide6.QtWidgets import QApplication

    from cbe_desktop.app import application

    app = application()
    window = MainWindow(demo_store)
    qtbot.addWidget(window)
    window.show()
    received: list[Path] = []
    monkeypatch.setattr(window, "receive_file", received.append)

    QApplication.sendEvent(window, QFileOpenEvent("/tmp/not-for-the-window.cbesync"))
    QApplication.sendEvent(app, QFileOpenEvent("/tmp/from-the-finder.cbesync"))

    assert received == [Path("/tmp/from-the-finder.cbesync")]
