"""A task's own rubric travels between laptops like every other table.

Ms. Rivera writes, on her laptop, what level 3 of 7.RP.1 looks like on "Ratio tables
warm-up"; the co-teacher's laptop receives it, removes level 2's words, and sends that back.
A file from a program older than task rubrics (no such table in it) still imports.
"""

from __future__ import annotations

import hashlib
import json
import zipfile
from pathlib import Path

from sqlmodel import select
from sync_helpers import ClassSetup, Laptop, dump

from cbe_desktop.core.evidence import create_task
from cbe_desktop.core.models import Conflict
from cbe_desktop.core.task_rubric import set_task_rubric, task_rubric
from cbe_desktop.sync.bundle import MANIFEST
from cbe_desktop.sync.conflicts import table_words
from cbe_desktop.sync.exchange import import_bundle

LEVEL_3 = "Completes the table and explains the unit rate."
LEVEL_2 = "Completes the table; the unit rate is not explained."


def _rubric(laptop: Laptop, task_id: str) -> dict[str, dict[float, str]]:
    with laptop.store.read() as session:
        return task_rubric(session, task_id)


def _planned(tmp_path: Path) -> tuple[Laptop, Laptop, ClassSetup, str]:
    mine, theirs = Laptop(tmp_path, "rivera"), Laptop(tmp_path, "co-teacher")
    setup = ClassSetup(mine)
    task_id, _ = create_task(
        mine.store,
        setup.class_id,
        "Ratio tables warm-up",
        "2026-11-20",
        target_ids=setup.target_ids,
        rubric={setup.target_ids[0]: {3: LEVEL_3, 2: LEVEL_2}},
    )
    return mine, theirs, setup, task_id


def test_a_task_rubric_and_its_removal_travel_both_ways(tmp_path):
    mine, theirs, setup, task_id = _planned(tmp_path)
    target = setup.target_ids[0]
    mine.send_to(theirs)
    assert _rubric(theirs, task_id) == {target: {3.0: LEVEL_3, 2.0: LEVEL_2}}
    set_task_rubric(theirs.store, task_id, {target: {3: LEVEL_3, 2: ""}})
    theirs.send_to(mine)
    assert _rubric(mine, task_id) == {target: {3.0: LEVEL_3}}
    rows = dump(mine.store)["task_rubric_descriptor"]
    assert rows == dump(theirs.store)["task_rubric_descriptor"]
    # Sending again changes nothing.
    before = dump(mine.store)
    theirs.send_to(mine)
    assert dump(mine.store)["task_rubric_descriptor"] == before["task_rubric_descriptor"]


def test_a_file_from_a_program_before_task_rubrics_still_imports(tmp_path):
    mine, theirs, _setup, task_id = _planned(tmp_path)
    path = mine.export()
    with zipfile.ZipFile(path) as zf:
        manifest = json.loads(zf.read(MANIFEST))
        parts = {n: zf.read(n) for n in zf.namelist() if n != MANIFEST}
    # What an older program writes: no such table, and its own schema revision.
    del parts["tables/task_rubric_descriptor.jsonl"]
    manifest["counts"].pop("task_rubric_descriptor")
    manifest["schema_revision"] = "0003"
    manifest["members"] = {
        n: {"sha256": hashlib.sha256(d).hexdigest(), "size": len(d)} for n, d in parts.items()
    }
    older = tmp_path / "older.cbesync"
    with zipfile.ZipFile(older, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        for n, d in parts.items():
            zf.writestr(n, d)
        zf.writestr(MANIFEST, json.dumps(manifest))
    import_bundle(theirs.store, older)
    with theirs.store.read() as session:
        from cbe_desktop.core.models import Task

        assert session.get(Task, task_id) is not None
    assert _rubric(theirs, task_id) == {}


def test_two_laptops_writing_the_same_level_show_one_text_the_newest_on_both(tmp_path):
    """Both teachers write level 4 (a new row on each laptop) and change level 3 (the same
    row) before they exchange: each level shows once, the newer change wins on both
    laptops, the other version of each level waits in the conflicts view, nothing crashes."""
    mine = Laptop(tmp_path, "rivera")
    theirs = Laptop(tmp_path, "co-teacher", skew=5.0)  # its changes are the newer ones
    setup = ClassSetup(mine)
    target = setup.target_ids[0]
    task_id, _ = create_task(
        mine.store,
        setup.class_id,
        "Ratio tables warm-up",
        "2026-11-20",
        target_ids=setup.target_ids,
        rubric={target: {3: LEVEL_3}},
    )
    mine.send_to(theirs)
    set_task_rubric(mine.store, task_id, {target: {3: "Mine for 3.", 4: "Mine for 4."}})
    set_task_rubric(theirs.store, task_id, {target: {3: "Theirs for 3.", 4: "Theirs for 4."}})
    mine.send_to(theirs)
    theirs.send_to(mine)
    mine.send_to(theirs)
    expected = {target: {3.0: "Theirs for 3.", 4.0: "Theirs for 4."}}
    assert _rubric(mine, task_id) == expected
    assert _rubric(theirs, task_id) == expected
    assert (
        dump(mine.store)["task_rubric_descriptor"] == dump(theirs.store)["task_rubric_descriptor"]
    )
    with mine.store.read() as session:
        kept = sorted(
            (c.mine.get("text"), c.theirs.get("text"))
            for c in session.exec(select(Conflict).where(Conflict.state == "open"))
            if c.table_name == "task_rubric_descriptor"
        )
    # the losing edit of level 3, and the losing new level 4, are not lost
    assert kept == [("Theirs for 3.", "Mine for 3."), ("Theirs for 4.", "Mine for 4.")]
    # The next save changes the one level-4 row in use.
    set_task_rubric(mine.store, task_id, {target: {3: "Theirs for 3.", 4: "Agreed 4."}})
    mine.send_to(theirs)
    for laptop in (mine, theirs):
        rows = dump(laptop.store)["task_rubric_descriptor"].values()
        live = sorted((r["level_value"], r["text"]) for r in rows if r["deleted_hlc"] is None)
        assert live == [(3.0, "Theirs for 3."), (4.0, "Agreed 4.")]


def test_the_conflicts_view_names_the_table_in_words():
    assert table_words("task_rubric_descriptor") == "a task's rubric description"
    assert table_words("task_rubric_descriptor", plural=True) == "Task rubric descriptions"
