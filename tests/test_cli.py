"""The command line, as a teacher (or a script on the office computer) uses it."""

from __future__ import annotations

import hashlib
import json
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from cbe_desktop.cli import main
from cbe_desktop.core.store import DB_FILE, Store

MATH = "Math 7 — Period 2"
STATS_KEYS = {
    "frameworks",
    "targets",
    "classes",
    "students",
    "enrollments",
    "tasks",
    "evidence",
    "not_yet_open",
    "goals",
    "reflections",
    "attachments",
    "conflicts_open",
}
MASTERY_KEYS = {
    "student",
    "target",
    "habit",
    "method",
    "estimate",
    "level",
    "status",
    "evidence_count",
    "overridden",
}
STATUSES = {"proficient", "in_progress", "not_yet", "no_evidence"}


pytestmark = pytest.mark.usefixtures("cli_sandbox")  # see tests/conftest.py


@pytest.fixture
def data_dir(tmp_path) -> Path:
    return tmp_path / "data"


def run(capsys, *args: str | Path) -> tuple[int, str, str]:
    """Run ``cbe-desktop ARGS`` in this process; returns (exit code, stdout, stderr)."""
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


def run_json(capsys, *args: str | Path):  # type: ignore[no-untyped-def]
    code, out, err = run(capsys, *args)
    assert code == 0, err
    return json.loads(out)


def sha256_of(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def assert_one_plain_sentence(code: int, err: str) -> None:
    assert code == 1
    assert "Traceback" not in err
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert lines[0].endswith("."), err


# ----------------------------------------------------------------------------- demo and stats


def test_running_demo_twice_adds_nothing(capsys, data_dir):
    code, out, _ = run(capsys, "--data-dir", data_dir, "demo")
    assert code == 0 and "Added" in out
    first = run_json(capsys, "--data-dir", data_dir, "stats", "--json")

    code, out, _ = run(capsys, "--data-dir", data_dir, "demo")
    assert code == 0 and "already" in out
    assert run_json(capsys, "--data-dir", data_dir, "stats", "--json") == first


def test_the_demo_in_spanish_is_the_same_class_in_other_words(capsys, tmp_path):
    english, spanish = tmp_path / "en", tmp_path / "es"
    code, out, err = run(capsys, "--data-dir", spanish, "demo", "--lang", "es")
    assert code == 0 and "Added" in out, err
    run(capsys, "--data-dir", english, "demo")
    stats = run_json(capsys, "--data-dir", spanish, "stats", "--json")
    assert stats == run_json(capsys, "--data-dir", english, "stats", "--json")

    classes = run_json(capsys, "--data-dir", spanish, "classes", "--json")
    names = sorted(c["name"] for c in classes)
    assert names == ["Matemáticas 7 — Periodo 2", "Química 7 — Periodo 5"]
    assert all(c["term"].split()[0] in {"Otoño", "Primavera"} for c in classes)
    rows = run_json(
        capsys, "--data-dir", spanish, "mastery", "--class", "Matemáticas 7 — Periodo 2", "--json"
    )
    assert rows == run_json(capsys, "--data-dir", english, "mastery", "--class", MATH, "--json")

    for lang in ("es", "en"):  # found by its source ids, whatever the language
        code, out, _ = run(capsys, "--data-dir", spanish, "demo", "--lang", lang)
        assert code == 0 and "already" in out
    assert run_json(capsys, "--data-dir", spanish, "stats", "--json") == stats
    code, out, err = run(capsys, "--data-dir", spanish, "demo", "--lang", "fr")
    assert_one_plain_sentence(code, err)
    assert "'fr'" in err and "--lang es" in err and out == ""
    assert run_json(capsys, "--data-dir", spanish, "stats", "--json") == stats
    # No store is made for a wrong language.
    code, _, err = run(capsys, "--data-dir", tmp_path / "none", "demo", "--lang", "xx")
    assert_one_plain_sentence(code, err)
    assert not (tmp_path / "none" / "cbe-desktop.sqlite").exists()


def test_stats_counts_every_kind_of_live_row_as_an_integer(capsys, data_dir):
    run(capsys, "--data-dir", data_dir, "demo")
    stats = run_json(capsys, "--data-dir", data_dir, "stats", "--json")
    assert set(stats) == STATS_KEYS
    assert all(type(v) is int for v in stats.values())
    assert stats["classes"] == 2
    assert stats["students"] >= 26
    assert stats["not_yet_open"] >= 6
    assert stats["conflicts_open"] == 0


def test_an_empty_store_counts_zero_of_everything(capsys, data_dir):
    stats = run_json(capsys, "--data-dir", data_dir, "stats", "--json")
    assert stats == dict.fromkeys(STATS_KEYS, 0)


def test_stats_without_json_prints_one_line_per_count(capsys, data_dir):
    code, out, _ = run(capsys, "--data-dir", data_dir, "stats")
    assert code == 0
    assert len(out.strip().splitlines()) == len(STATS_KEYS)
    assert "not yet open" in out


# ----------------------------------------------------------------------------- classes and mastery


def test_classes_lists_each_class_with_its_term_students_and_targets(capsys, data_dir):
    run(capsys, "--data-dir", data_dir, "demo")
    classes = run_json(capsys, "--data-dir", data_dir, "classes", "--json")
    assert len(classes) == 2
    for item in classes:
        assert set(item) == {"name", "term", "students", "targets", "id", "source_id"}
        assert isinstance(item["name"], str) and isinstance(item["term"], str)
        assert isinstance(item["id"], str)  # what --class takes when two names are alike
        assert type(item["students"]) is int and type(item["targets"]) is int
    math = next(c for c in classes if c["name"] == MATH)
    assert math["students"] >= 26
    assert math["targets"] >= 12  # academic targets only, habits are not counted


def test_mastery_gives_every_student_on_every_target_with_a_status(capsys, data_dir):
    run(capsys, "--data-dir", data_dir, "demo")
    rows = run_json(capsys, "--data-dir", data_dir, "mastery", "--class", MATH, "--json")
    classes = run_json(capsys, "--data-dir", data_dir, "classes", "--json")
    math = next(c for c in classes if c["name"] == MATH)
    academic = [r for r in rows if not r["habit"]]
    assert len(academic) == math["students"] * math["targets"]
    for row in rows:
        assert set(row) == MASTERY_KEYS
        assert row["status"] in STATUSES
        assert row["method"] == "latest"
        assert type(row["evidence_count"]) is int
        assert type(row["overridden"]) is bool
        estimate = row["estimate"]
        if estimate is None:
            assert row["level"] is None
        else:
            assert isinstance(estimate, float)
            assert round(estimate, 2) == estimate
            assert isinstance(row["level"], str)
    assert {r["status"] for r in rows} >= {"proficient", "in_progress", "not_yet"}
    assert any("é" in r["student"] or "ó" in r["student"] for r in rows)  # UTF-8, not \u00e9


def test_mastery_also_gives_the_habits_of_work_the_class_tracks_marked_as_habits(capsys, data_dir):
    run(capsys, "--data-dir", data_dir, "demo")
    rows = run_json(capsys, "--data-dir", data_dir, "mastery", "--class", MATH, "--json")
    habits = [r for r in rows if r["habit"]]
    students = {r["student"] for r in rows}
    assert len({r["target"] for r in habits}) == 4  # the demo's four habits of work
    assert len(habits) == 4 * len(students)
    assert all(r["method"] and r["status"] in STATUSES for r in habits)
    assert {r["target"] for r in habits}.isdisjoint({r["target"] for r in rows if not r["habit"]})


def test_mastery_finds_the_class_whatever_the_capitals(capsys, data_dir):
    run(capsys, "--data-dir", data_dir, "demo")
    rows = run_json(capsys, "--data-dir", data_dir, "mastery", "--class", MATH.upper(), "--json")
    assert rows


def test_a_class_that_does_not_exist_is_one_clear_sentence_not_a_traceback(capsys, data_dir):
    run(capsys, "--data-dir", data_dir, "demo")
    code, out, err = run(capsys, "--data-dir", data_dir, "mastery", "--class", "Art 9", "--json")
    assert_one_plain_sentence(code, err)
    assert "Art 9" in err
    assert out == ""


# ----------------------------------------------------------------------------- refusals


def test_a_database_from_a_newer_version_is_refused_and_left_alone(capsys, data_dir):
    with Store.open(data_dir):
        pass
    db = data_dir / DB_FILE
    con = sqlite3.connect(db)
    con.execute("UPDATE alembic_version SET version_num = '9999'")
    con.commit()
    con.close()
    before = sha256_of(db)

    code, out, err = run(capsys, "--data-dir", data_dir, "stats", "--json")
    assert_one_plain_sentence(code, err)
    assert "newer version" in err
    assert out == ""
    assert sha256_of(db) == before


def test_a_file_that_is_not_a_database_is_refused_and_left_alone(capsys, data_dir):
    data_dir.mkdir()
    db = data_dir / DB_FILE
    db.write_text("Name,Grade\nAna,3\n" * 100)
    before = sha256_of(db)

    code, out, err = run(capsys, "--data-dir", data_dir, "stats", "--json")
    assert_one_plain_sentence(code, err)
    assert out == ""
    assert sha256_of(db) == before


def test_a_data_folder_that_cannot_be_written_is_refused(capsys, tmp_path):
    a_file = tmp_path / "afile"
    a_file.write_text("not a folder")
    code, _, err = run(capsys, "--data-dir", a_file / "sub", "stats", "--json")
    assert_one_plain_sentence(code, err)
    assert "--data-dir" in err  # it says what to do
    assert a_file.read_text() == "not a folder"


def test_restoring_a_file_that_is_not_a_backup_is_refused(capsys, data_dir, tmp_path):
    run(capsys, "--data-dir", data_dir, "demo")
    before = sha256_of(data_dir / DB_FILE)
    notes = tmp_path / "notes.txt"
    notes.write_text("parent conference notes")
    code, _, err = run(capsys, "--data-dir", data_dir, "restore", notes)
    assert_one_plain_sentence(code, err)
    assert sha256_of(data_dir / DB_FILE) == before


# ----------------------------------------------------------------------------- backup and check


def test_a_backup_made_before_the_demo_brings_back_the_empty_gradebook(capsys, data_dir, tmp_path):
    empty = run_json(capsys, "--data-dir", data_dir, "stats", "--json")
    saved = tmp_path / "usb" / "before-demo.sqlite"
    code, out, _ = run(capsys, "--data-dir", data_dir, "backup", "--out", saved)
    assert code == 0 and saved.is_file() and str(saved) in out

    run(capsys, "--data-dir", data_dir, "demo")
    assert run_json(capsys, "--data-dir", data_dir, "stats", "--json")["students"] > 0

    code, out, err = run(capsys, "--data-dir", data_dir, "restore", saved)
    assert code == 0, err
    assert "Restored" in out
    assert run_json(capsys, "--data-dir", data_dir, "stats", "--json") == empty
    assert list((data_dir / "backups").glob("*before-restore*.sqlite"))


def test_a_teacher_who_follows_the_advice_for_a_damaged_store_gets_her_data_back(
    capsys, data_dir, tmp_path
):
    run(capsys, "--data-dir", data_dir, "demo")
    saved = tmp_path / "friday.sqlite"
    run(capsys, "--data-dir", data_dir, "backup", "--out", saved)
    before = run_json(capsys, "--data-dir", data_dir, "stats", "--json")
    db = data_dir / DB_FILE
    db.write_bytes(db.read_bytes()[:8192] + b"\x00" * 3 + b"power cut" * 500)

    code, _, err = run(capsys, "--data-dir", data_dir, "stats", "--json")
    assert_one_plain_sentence(code, err)
    assert "cbe-desktop restore FILE" in err

    code, _, err = run(capsys, "--data-dir", data_dir, "restore", saved)
    assert code == 0, err
    assert run_json(capsys, "--data-dir", data_dir, "stats", "--json") == before


def test_a_backup_without_a_name_goes_to_the_backups_folder(capsys, data_dir):
    run(capsys, "--data-dir", data_dir, "demo")
    code, _, _ = run(capsys, "--data-dir", data_dir, "backup")
    assert code == 0
    assert len(list((data_dir / "backups").glob("manual-*.sqlite"))) == 1


def test_check_says_a_fresh_demo_is_healthy(capsys, data_dir):
    run(capsys, "--data-dir", data_dir, "demo")
    code, out, err = run(capsys, "--data-dir", data_dir, "check")
    assert code == 0, err
    assert "healthy" in out


def test_check_reports_a_lost_photo_and_fails(capsys, data_dir):
    code, _, err = run(capsys, "--data-dir", data_dir, "demo")
    assert code == 0, err
    con = sqlite3.connect(data_dir / DB_FILE)
    (sha256,) = con.execute("SELECT sha256 FROM attachment LIMIT 1").fetchone()
    con.close()
    (data_dir / "blobs" / sha256).unlink()
    code, out, err = run(capsys, "--data-dir", data_dir, "check")
    assert code == 1, (out, err)
    assert "missing" in err
    assert "Traceback" not in err


# ----------------------------------------------------------------------------- as a program


def test_python_dash_m_cbe_desktop_prints_stats_as_json(tmp_path):
    data_dir = tmp_path / "data"
    done = subprocess.run(
        [sys.executable, "-m", "cbe_desktop", "--data-dir", str(data_dir), "stats", "--json"],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout) == dict.fromkeys(STATS_KEYS, 0)
    assert "Traceback" not in done.stderr
