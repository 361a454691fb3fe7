"""Issue 12, items 3 and 8: a full disk, a read-only folder and a refused permission each say
what they are (never "damaged", never "unexpected"), leave no half-made file, and change
nothing; reading works from a read-only folder."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from reliability_helpers import cli, stats

from cbe_desktop.core.backups import make_backup
from cbe_desktop.core.store import DB_FILE, Store

FULL = "There is no space left on the disk"
READ_ONLY = "is read-only, so nothing was changed"


def files_on(root: Path, *, but: tuple[str, ...] = ("filler.bin",)) -> dict[str, int]:
    """Every file under ``root`` with its size (the disk's whole content)."""
    return {
        str(p.relative_to(root)): p.stat().st_size
        for p in sorted(root.rglob("*"))
        if p.is_file() and p.name not in but
    }


def _commands(tmp: Path, disk: Path) -> list[list[str]]:
    return [
        ["demo"],
        ["backup"],
        ["backup", "--out", str(disk / "friday.sqlite")],
        ["import", "targets", str(tmp / "targets.csv")],
        ["sync", "import", str(tmp / "other.cbesync")],
        ["sync", "export", "--out", str(disk / "out.cbesync")],
        [
            "report",
            "conference",
            "--class",
            "Math 7 — Period 2",
            "--out",
            str(disk / "packets.pdf"),
        ],
        [
            "export",
            "targets",
            "--framework",
            "Grade 7 Mathematics (demo)",
            "--out",
            str(disk / "t.json"),
        ],
        ["restore", str(tmp / "friday.sqlite")],
    ]


@pytest.fixture
def on_a_small_disk(small_disk, demo_folder: Path, tmp_path: Path):  # type: ignore[no-untyped-def]
    """The demo's data folder on a disk of its own, and files to feed it from elsewhere."""
    folder = small_disk.root / "data"
    shutil.copytree(demo_folder, folder)
    (tmp_path / "targets.csv").write_text(
        "code,statement\n" + "".join(f"N.{i},I can do thing {i}\n" for i in range(300)),
        encoding="utf-8",
    )
    other = tmp_path / "other"
    with Store.open(other) as store:
        from cbe_desktop.core.demo import build_demo
        from cbe_desktop.sync.exchange import export_bundle

        build_demo(store, language="es")
        export_bundle(store, tmp_path / "other.cbesync")
    make_backup(folder / DB_FILE, tmp_path / "friday.sqlite")
    return small_disk, folder


@pytest.mark.parametrize("free", [0, 600_000], ids=["0 bytes free", "600 KB free"])
def test_a_full_disk_says_so_changes_nothing_and_leaves_no_half_file(
    on_a_small_disk, tmp_path: Path, free: int
):
    disk, folder = on_a_small_disk
    before_counts = stats(folder)
    disk.fill(leave=free)
    before = files_on(disk.root)
    said = {}
    for command in _commands(tmp_path, disk.root):
        done = cli(folder, *command)
        said[" ".join(command[:2])] = done.stderr.strip()
        if done.returncode == 0:
            continue  # it fitted (a small export): nothing to say
        assert FULL in done.stderr, (command, done.stderr)
        assert "damaged" not in done.stderr.replace("not damaged", "")
        assert "unexpected" not in done.stderr
        assert "Logging error" not in done.stderr
        assert "Traceback" not in done.stderr
        left = {k: v for k, v in files_on(disk.root).items() if k not in before}
        assert all(not name.endswith((".partial", ".restoring")) for name in left), left
    disk.empty()
    assert cli(folder, "check").returncode == 0
    after = stats(folder)
    if free == 0:
        assert after == before_counts, said
    assert not [p for p in disk.root.rglob("*") if ".partial" in p.name]


def test_reading_works_at_a_full_disk_or_says_why(on_a_small_disk):
    disk, folder = on_a_small_disk
    disk.fill(leave=0)
    for command in (["stats", "--json"], ["mastery", "--class", "Math 7 — Period 2", "--json"]):
        done = cli(folder, *command)
        if done.returncode:
            assert FULL in done.stderr, done.stderr
        else:
            assert json.loads(done.stdout)


def test_a_restore_at_a_nearly_full_disk_leaves_no_truncated_copy(on_a_small_disk, tmp_path):
    disk, folder = on_a_small_disk
    before = stats(folder)
    disk.fill(leave=2_500_000)  # room for a safety copy, not for the restored file as well
    done = cli(folder, "restore", str(tmp_path / "friday.sqlite"))
    if done.returncode:
        assert FULL in done.stderr, done.stderr
        assert "half-saved" not in done.stderr
    names = [p.name for p in disk.root.rglob("*")]
    assert not [n for n in names if n.endswith((".partial", ".restoring"))], names
    disk.empty()
    for backup in (folder / "backups").glob("*.sqlite"):
        assert cli(folder, "restore", str(backup)).returncode in (0, 1)
    assert stats(folder)["classes"] == before["classes"]


@pytest.fixture
def read_only_folder(small_disk, demo_folder: Path):  # type: ignore[no-untyped-def]
    folder = small_disk.root / "data"
    shutil.copytree(demo_folder, folder)
    small_disk.read_only()
    yield folder
    small_disk.writable()


def test_a_read_only_folder_can_still_be_read_printed_and_backed_up_elsewhere(
    read_only_folder: Path, tmp_path: Path
):
    counts = stats(read_only_folder)
    assert counts["classes"] > 0
    mastery = cli(read_only_folder, "mastery", "--class", "Math 7 — Period 2", "--json")
    assert mastery.returncode == 0, mastery.stderr
    assert json.loads(mastery.stdout)
    student = json.loads(mastery.stdout)[0]["student"]
    report = cli(
        read_only_folder, "report", "conference", "--class", "Math 7 — Period 2",
        "--student", student, "--out", str(tmp_path / "ana.pdf"),
    )  # fmt: skip
    assert report.returncode == 0, report.stderr
    assert (tmp_path / "ana.pdf").stat().st_size > 1000
    backup = cli(read_only_folder, "backup", "--out", str(tmp_path / "copy.sqlite"))
    assert backup.returncode == 0, backup.stderr
    assert stats(read_only_folder) == counts


def test_a_read_only_folder_refuses_changes_in_one_true_sentence(
    read_only_folder: Path, tmp_path: Path
):
    (tmp_path / "targets.csv").write_text("code,statement\nA.1,I can add\n", encoding="utf-8")
    for command in (["demo"], ["import", "targets", str(tmp_path / "targets.csv")], ["backup"]):
        done = cli(read_only_folder, *command)
        assert done.returncode == 1, command
        assert READ_ONLY in done.stderr or "cannot be written" in done.stderr, done.stderr
        assert "unexpected" not in done.stderr
        assert "damaged" not in done.stderr


def test_a_change_in_the_window_on_a_read_only_folder_is_refused_in_words(
    qtbot, read_only_folder: Path
):
    from cbe_desktop.core.roster import create_class
    from cbe_desktop.ui.main_window import MainWindow

    store = Store.open(read_only_folder, what="window")
    try:
        assert store.read_only
        window = MainWindow(store)
        qtbot.addWidget(window)
        window.operations.quiet = True
        failures: list[str] = []
        window.operations.failed.connect(failures.append)
        assert not window.operations.call(lambda: create_class(store, "Art", term="2026-27"))
        assert failures and READ_ONLY in failures[0]
    finally:
        store.close()


def test_the_command_lines_import_makes_a_backup_first(demo_folder: Path, tmp_path: Path):
    (tmp_path / "targets.csv").write_text("code,statement\nA.1,I can add\n", encoding="utf-8")
    assert cli(demo_folder, "import", "targets", str(tmp_path / "targets.csv")).returncode == 0
    made = list((demo_folder / "backups").glob("auto-*-before-import.sqlite"))
    assert len(made) == 1
    dry = cli(demo_folder, "import", "targets", str(tmp_path / "targets.csv"), "--dry-run")
    assert dry.returncode == 0
    assert len(list((demo_folder / "backups").glob("auto-*-before-import.sqlite"))) == 1
