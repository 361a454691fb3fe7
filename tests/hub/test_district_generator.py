"""The district generator (benchmarks/district.py) writes rows the program reads as its
own: a tiny district on the test server, read through the school views and a sync."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

from cbe_desktop.core import hub, school
from cbe_desktop.core.store import Store
from cbe_desktop.sync.hub import sync_with_hub

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def district(new_hub_url_session):
    spec = importlib.util.spec_from_file_location(
        "cbe_bench_district", ROOT / "benchmarks" / "district.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    url = new_hub_url_session()
    built = module.build(url, students=70, evidence=6_000, seed=3)
    return url, built


def test_a_tiny_district_has_what_was_asked_and_every_class_reads_as_a_gradebook(
    district, tmp_path
):
    url, built = district
    assert built.students == 70 and built.classes == 28  # 7 grades x 4 subjects
    assert abs(built.evidence - 6_000) < 300
    office = hub.with_secret(hub.url_for(url, "office1"), "pw-office1")
    with Store.open_database(office, tmp_path / "o") as store, store.read() as session:
        rows = school.school_progress(session)
        equity = school.equity(session)
    assert len(rows) == 28 and sum(r.students for r in rows) == 70 * 4
    assert all(r.teachers for r in rows) and sum(r.evidence for r in rows) > 5_000
    assert set(equity.kinds) >= {"gender", "iep", "english_learner", "grade"}


def test_a_teacher_of_the_district_syncs_their_classes_to_an_empty_laptop(district, tmp_path):
    url, _ = district
    teacher = hub.with_secret(hub.url_for(url, "t00001"), "pw-t00001")
    with (
        Store.open(tmp_path / "laptop") as laptop,
        Store.open_database(teacher, tmp_path / "t") as on_hub,
    ):
        summary = sync_with_hub(laptop, on_hub)
        with laptop.read() as session:
            classes = school.school_classes(session)
        with laptop.read() as session:
            evidence = session.connection().exec_driver_sql("SELECT count(*) FROM evidence")
            received = evidence.scalar_one()
    assert summary.received.totals.new > 100 and received == summary.received.tables["evidence"].new
    # A grade of 10 students has one class of each subject, each with a teacher of its own.
    assert [c.name for c in classes] == ["Mathematics 6 — Section 1"]
