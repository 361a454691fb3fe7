"""The benchmark generator (benchmarks/generate.py) builds what its plan says (not timed)."""

from __future__ import annotations

import importlib.util
import sqlite3
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def generate():
    spec = importlib.util.spec_from_file_location(
        "cbe_bench_generate", ROOT / "benchmarks" / "generate.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def counts(folder: Path) -> dict:
    """What the store holds, counted straight from the database file."""
    con = sqlite3.connect(folder / "cbe-desktop.sqlite")
    try:
        one = lambda sql: con.execute(sql).fetchone()[0]  # noqa: E731
        per_class_students = {
            n for (n,) in con.execute("SELECT count(*) FROM enrollment GROUP BY class_id")
        }
        per_class_targets = {
            n for (n,) in con.execute("SELECT count(*) FROM class_target GROUP BY class_id")
        }
        return {
            "classes": one("SELECT count(*) FROM school_class WHERE deleted_hlc IS NULL"),
            "students": one("SELECT count(*) FROM student WHERE deleted_hlc IS NULL"),
            "students_per_class": per_class_students,
            "targets_per_class": per_class_targets,
            "evidence": one("SELECT count(*) FROM evidence"),
            "not_yet_open": one("SELECT count(*) FROM revision WHERE state = 'open'"),
            "attachments": one("SELECT count(*) FROM attachment"),
            "evidence_with_attachment": one(
                "SELECT count(*) FROM evidence WHERE attachment_ids != '[]'"
            ),
            "blobs": len(list((folder / "blobs").iterdir())),
            "levels": con.execute(
                "SELECT level, count(*) FROM evidence GROUP BY level ORDER BY level"
            ).fetchall(),
        }
    finally:
        con.close()


@pytest.fixture(scope="module")
def built(generate, tmp_path_factory):
    """The year store at 1/100 of its size, built twice with the same seed."""
    first = tmp_path_factory.mktemp("bench-a") / "data"
    second = tmp_path_factory.mktemp("bench-b") / "data"
    plan = generate.build("year", first, seed=7, scale=0.01)
    generate.build("year", second, seed=7, scale=0.01)
    return plan, counts(first), counts(second)


def test_the_plan_keeps_the_shape_of_the_year(generate):
    full = generate.plan("year")
    assert (full.classes, full.students_per_class, full.targets_per_class) == (6, 32, 40)
    assert (full.evidence, full.not_yet_open, full.attachments) == (100_000, 2_000, 500)
    assert full.students == 192
    hub = generate.plan("hub")
    assert hub.students == 2_000 and hub.evidence == 1_000_000
    small = generate.plan("year", 0.01)
    assert (small.evidence, small.not_yet_open, small.attachments) == (1_000, 20, 5)
    # the three dimensions shrink by the cube root, so each cell keeps its evidence
    assert (small.classes, small.students_per_class, small.targets_per_class) == (1, 7, 9)


def test_a_small_year_holds_what_its_plan_says(generate, built):
    plan, found, _ = built
    assert found["classes"] == plan["classes"]
    assert found["students"] == plan["students"]
    assert found["students_per_class"] == {plan["students_per_class"]}
    assert found["targets_per_class"] == {plan["targets_per_class"]}
    assert found["evidence"] == plan["evidence"]
    assert found["not_yet_open"] == plan["not_yet_open"]
    assert found["attachments"] == plan["attachments"] == found["blobs"]
    assert found["evidence_with_attachment"] == plan["attachments"]


def test_the_same_seed_gives_the_same_store(built):
    _, first, second = built
    assert second == first  # counts, and how many pieces of evidence sit at each level


def test_the_store_opens_and_its_grid_has_every_cell(generate, built, tmp_path):
    from cbe_desktop.core.gradebook import class_grid
    from cbe_desktop.core.roster import live_classes
    from cbe_desktop.core.store import Store

    folder = tmp_path / "data"
    generate.build("year", folder, seed=3, scale=0.01)
    with Store.open(folder) as store, store.read() as session:
        (school_class,) = live_classes(session)
        grid = class_grid(session, school_class.id)
    plan = generate.plan("year", 0.01)
    assert len(grid.students) == plan.students_per_class
    assert len(grid.targets) == plan.targets_per_class
    assert sum(c.evidence_count for row in grid.cells for c in row) > 0.9 * plan.evidence
    assert sum(c.open_not_yet for row in grid.cells for c in row) == plan.not_yet_open
