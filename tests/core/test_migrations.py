"""Saved stores of every past schema open in this version and keep every row.

Each ``tests/fixtures/store-<revision>.sqlite`` is the demo class saved by the version
that introduced that schema, with ``store-<revision>.json`` listing its row counts.
When the schema changes, add the new version's fixture too (README, "For developers").
"""

from __future__ import annotations

import hashlib
import json
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from cbe_desktop.core import migrations
from cbe_desktop.core.errors import NewerSchemaError
from cbe_desktop.core.store import DB_FILE, Store

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
SAVED = sorted(FIXTURES.glob("store-*.sqlite"))


def test_there_is_a_saved_store_for_the_current_schema():
    assert (FIXTURES / f"store-{migrations.head_revision()}.sqlite").exists()


@pytest.mark.parametrize("saved", SAVED, ids=[p.stem for p in SAVED])
def test_a_saved_store_opens_and_keeps_every_row_after_migrations(saved: Path, tmp_path: Path):
    expected = json.loads(saved.with_suffix(".json").read_text())
    data = tmp_path / "data"
    data.mkdir()
    shutil.copyfile(saved, data / DB_FILE)
    with Store.open(data) as store:
        assert store.db_path.exists()
    con = sqlite3.connect(data / DB_FILE)
    try:
        assert con.execute("SELECT version_num FROM alembic_version").fetchone()[0] == (
            migrations.head_revision()
        )
        for table, count in expected["rows"].items():
            if table == "replica":
                continue  # the copy is detected and takes a new replica id, in place
            assert con.execute(f"SELECT count(*) FROM {table}").fetchone()[0] == count, table
        assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        con.close()


def test_a_store_that_needs_upgrading_is_checked_and_backed_up_first(tmp_path, monkeypatch):
    data = tmp_path / "data"
    data.mkdir()
    shutil.copyfile(SAVED[0], data / DB_FILE)
    expected = json.loads(SAVED[0].with_suffix(".json").read_text())["rows"]
    # Pretend this program's newest schema is past the saved one, so an upgrade is due.
    monkeypatch.setattr(migrations, "head_revision", lambda: "next-schema")
    Store.open(data).close()
    backups = list((data / "backups").glob("auto-*-before-upgrade.sqlite"))
    assert len(backups) == 1
    con = sqlite3.connect(backups[0])
    try:
        kept = {t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in expected}
    finally:
        con.close()
    assert kept == expected


def test_a_store_from_a_newer_version_is_refused_and_left_untouched(tmp_path: Path):
    data = tmp_path / "data"
    data.mkdir()
    shutil.copyfile(SAVED[-1], data / DB_FILE)
    con = sqlite3.connect(data / DB_FILE)
    con.execute("UPDATE alembic_version SET version_num = 'future9'")
    con.commit()
    con.close()
    before = hashlib.sha256((data / DB_FILE).read_bytes()).hexdigest()
    with pytest.raises(NewerSchemaError, match="newer version"):
        Store.open(data)
    assert hashlib.sha256((data / DB_FILE).read_bytes()).hexdigest() == before


@pytest.mark.parametrize("saved", SAVED, ids=[p.stem for p in SAVED])
def test_a_saved_store_takes_a_task_rubric_after_migrations(saved: Path, tmp_path: Path):
    """Stores from before task rubrics (0004) gain the table, empty, and can write to it."""
    from sqlmodel import select

    from cbe_desktop.core.models import Task
    from cbe_desktop.core.task_rubric import descriptors_for, set_task_rubric, task_rubric

    data = tmp_path / "data"
    data.mkdir()
    shutil.copyfile(saved, data / DB_FILE)
    with Store.open(data) as store:
        with store.read() as session:
            task = session.exec(select(Task).where(Task.deleted_hlc.is_(None))).first()
            before = {t.id: task_rubric(session, t.id) for t in session.exec(select(Task))}
        assert task is not None and task.target_ids
        if saved.stem < "store-0004":
            assert not any(before.values())
        target = task.target_ids[0]
        set_task_rubric(store, task.id, {target: {3: "Explains each step."}})
        with store.read() as session:
            assert descriptors_for(session, task.id, target)[3.0] == "Explains each step."


@pytest.mark.parametrize("saved", SAVED, ids=[p.stem for p in SAVED])
def test_a_saved_store_takes_wordings_and_name_orders_after_migrations(saved: Path, tmp_path):
    """Stores from before 0005 gain target wordings (none yet) and a name order for every
    student (given name first, as they printed before), and can write both."""
    from sqlmodel import select

    from cbe_desktop.core.models import Student, Target
    from cbe_desktop.core.targets import save_wording, wordings

    data = tmp_path / "data"
    data.mkdir()
    shutil.copyfile(saved, data / DB_FILE)
    with Store.open(data) as store:
        with store.read() as session:
            before = wordings(session)
            orders = {s.name_order for s in session.exec(select(Student))}
            target = session.exec(select(Target).where(Target.parent_id.is_not(None))).first()
        if saved.stem < "store-0005":
            assert before == {} and orders == {"given_first"}
        assert target is not None
        save_wording(store, target.id, "vi", statement="Giải bài toán.", i_can="Con giải được.")
        with store.read() as session:
            assert wordings(session, [target.id])[target.id]["vi"] == (
                "Giải bài toán.",
                "Con giải được.",
            )


def test_the_revisions_read_at_start_up_are_the_ones_alembic_runs():
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(migrations.config())
    assert migrations.head_revision() == script.get_current_head()
    assert migrations.revisions() == {r.revision: r.down_revision for r in script.walk_revisions()}
    assert not migrations.is_known("9999")


def test_opening_a_store_at_the_newest_schema_does_not_load_alembic(tmp_path):
    # A teacher's every start checks the schema; only an upgrade (rare) pays for Alembic.
    shutil.copyfile(FIXTURES / f"store-{migrations.head_revision()}.sqlite", tmp_path / DB_FILE)
    code = (
        "import sys; from cbe_desktop.core.store import Store; "
        f"Store.open({str(tmp_path)!r}, backup_on_start=True).close(); "
        "print(sorted(m for m in sys.modules if m.split('.')[0] == 'alembic'))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"
    assert list((tmp_path / "backups").glob("auto-*-start.sqlite"))
