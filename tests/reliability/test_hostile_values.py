"""Hostile values inside well-formed files never reach the store, and never break a class.

Issue 12, item 5. A sync file can be perfectly formed (valid zip, every hash right,
every column of the right type) and still carry a value no teacher could type: a
calculation method the engine does not know, a level of 1e308, a weight of 0, a title
of many megabytes, a date that is not one. Such a file used to be imported, after which
``mastery``, ``report conference`` and the gradebook of the class stopped working.

Now every row of a sync file is checked against the rules the editors keep
(``core/rules.py``), and one broken rule refuses the whole file in one sentence that
names the table, the record and what is wrong, leaving the store byte for byte as it
was. The same rules hold for imports (a 5,000-level-deep chain of targets, a 10 MB
title), and a store that already holds such values (written by hand, or by an older
version) still opens its classes, prints its packets and exports, or says in one
sentence what to correct.
"""

from __future__ import annotations

import hashlib
import json
import re
import shutil
import sqlite3
import tempfile
import uuid
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from sqlmodel import select

from cbe_desktop import cli
from cbe_desktop.core import rules
from cbe_desktop.core.demo import build_demo
from cbe_desktop.core.errors import CbeError, InvalidInputError
from cbe_desktop.core.gradebook import class_grid
from cbe_desktop.core.models import Framework, SchoolClass, Target
from cbe_desktop.core.roster import live_classes
from cbe_desktop.core.stats import live_counts
from cbe_desktop.core.store import DB_FILE, Store
from cbe_desktop.core.targets import flatten, framework_tree
from cbe_desktop.interop.detect import parse_targets_bytes
from cbe_desktop.services.importing import apply_targets_import, export_targets, plan_targets_import
from cbe_desktop.sync.bundle import MANIFEST
from cbe_desktop.sync.errors import BundleError
from cbe_desktop.sync.exchange import export_bundle, import_bundle, preview_import

MATH = "Math 7 — Period 2"

# ----------------------------------------------------------------------------- the laptops


@dataclass
class World:
    """A laptop with the demo classes, the sync file it wrote, and a copy to receive."""

    root: Path
    pristine: Path  # the receiving laptop's data folder, never touched itself
    good: Path  # the demo laptop's sync file, untouched
    student: str  # a student of Math 7, for one-packet reports
    n: int = 0

    def fresh_folder(self) -> Path:
        self.n += 1
        folder = self.root / f"receiver-{self.n}"
        shutil.copytree(self.pristine, folder)
        Store.open(folder).close()  # a copy takes its own replica id on first opening
        return folder

    def empty_folder(self) -> Path:
        """A new laptop: an empty store."""
        self.n += 1
        folder = self.root / f"empty-{self.n}"
        Store.open(folder).close()
        return folder


@pytest.fixture(scope="module")
def world() -> Iterator[World]:
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        sender = root / "sender"
        with Store.open(sender) as store:
            build_demo(store)
            export_bundle(store, root / "good.cbesync")
            with store.read() as session:
                math = next(c for c in live_classes(session) if c.name == MATH)
                grid = class_grid(session, math.id)
                student = grid.students[0].name
        # The receiver already has the demo classes (a colleague's copy), so a refused
        # file leaves it a class to print and a gradebook to open.
        receiver = root / "receiver"
        shutil.copytree(sender, receiver)
        Store.open(receiver).close()
        yield World(root=root, pristine=receiver, good=root / "good.cbesync", student=student)


def files_digest(data_dir: Path) -> str:
    """One hash of the (closed) store's database and attachment files."""
    digest = hashlib.sha256()
    digest.update((data_dir / DB_FILE).read_bytes())
    # The write-ahead log holds changes not yet in the file: they count. An empty log,
    # and the log's shared-memory index (rebuilt from the log), hold nothing of the
    # store's: SQLite makes and removes them as connections come and go.
    wal = Path(str(data_dir / DB_FILE) + "-wal")
    digest.update(b"-wal" + (wal.read_bytes() if wal.exists() else b""))
    blobs = data_dir / "blobs"
    for path in sorted(blobs.iterdir()) if blobs.is_dir() else ():
        digest.update(path.name.encode() + hashlib.sha256(path.read_bytes()).digest())
    return digest.hexdigest()


def counts_of(folder: Path) -> dict[str, int]:
    with Store.open(folder) as store, store.read() as session:
        return live_counts(session)


# ----------------------------------------------------------------------------- crafting

Edit = Callable[[dict[str, list[dict[str, Any]]]], None]


def craft(world: World, name: str, edit: Edit) -> Path:
    """The good file with its rows edited (``edit`` gets {table: rows}), every hash and
    count recomputed: a well-formed, correctly hashed file, as a tool could make one."""
    with zipfile.ZipFile(world.good) as zf:
        doc = json.loads(zf.read(MANIFEST))
        parts = {n: zf.read(n) for n in zf.namelist() if n != MANIFEST}
    tables = {
        n[len("tables/") : -len(".jsonl")]: [json.loads(line) for line in d.splitlines() if line]
        for n, d in parts.items()
        if n.startswith("tables/")
    }
    edit(tables)
    for table, rows in tables.items():
        parts[f"tables/{table}.jsonl"] = b"".join(
            json.dumps(row, ensure_ascii=False).encode() + b"\n" for row in rows
        )
        doc["counts"][table] = len(rows)
    doc["members"] = {
        n: {"sha256": hashlib.sha256(d).hexdigest(), "size": len(d)} for n, d in parts.items()
    }
    out = world.root / f"{name}.cbesync"
    with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        for n, d in parts.items():
            zf.writestr(n, d)
        zf.writestr(MANIFEST, json.dumps(doc))
    return out


def first(table: str, **changes: Any) -> Edit:
    """Change fields of the first row of ``table`` (of Math 7 where the table has a class)."""

    def edit(tables: dict[str, list[dict[str, Any]]]) -> None:
        rows = tables[table]
        math = next(r["id"] for r in tables["school_class"] if r["name"] == MATH)
        row = next((r for r in rows if r.get("class_id") == math), rows[0])
        if table == "school_class":
            row = next(r for r in rows if r["id"] == math)
        row.update(changes)

    return edit


def scored(**changes: Any) -> Edit:
    """Change a scored piece of evidence of Math 7."""

    def edit(tables: dict[str, list[dict[str, Any]]]) -> None:
        math = next(r["id"] for r in tables["school_class"] if r["name"] == MATH)
        row = next(
            r
            for r in tables["evidence"]
            if r["class_id"] == math and r["status"] == "scored" and r["level"] is not None
        )
        row.update(changes)

    return edit


def added(table: str, make: Callable[[dict[str, list[dict[str, Any]]]], dict[str, Any]]) -> Edit:
    """Add one row to ``table`` (``make`` builds it from the file's other rows)."""

    def edit(tables: dict[str, list[dict[str, Any]]]) -> None:
        tables.setdefault(table, []).append(make(tables))

    return edit


def stamped(tables: dict[str, list[dict[str, Any]]], **fields: Any) -> dict[str, Any]:
    """A new row's id and version columns, stamped like the file's own rows."""
    some = tables["evidence"][0]
    return {
        "id": str(uuid.uuid4()),
        "hlc": some["hlc"],
        "origin": some["origin"],
        "deleted_hlc": None,
        "base_hlc": None,
        **fields,
    }


def override_of(level: float) -> Edit:
    def make(tables: dict[str, list[dict[str, Any]]]) -> dict[str, Any]:
        evidence = next(r for r in tables["evidence"] if r["level"] is not None)
        return stamped(
            tables,
            student_id=evidence["student_id"],
            target_id=evidence["target_id"],
            level=level,
            reason="Conference showed more than the test.",
            date="2026-10-20",
        )

    return added("mastery_override", make)


def deep_chain(depth: int) -> Edit:
    """``depth`` targets, each under the one before, in the first framework."""

    def edit(tables: dict[str, list[dict[str, Any]]]) -> None:
        framework = tables["framework"][0]["id"]
        parent = None
        for n in range(depth):
            row = stamped(
                tables,
                framework_id=framework,
                parent_id=parent,
                position=0,
                code=f"D.{n + 1}",
                statement=f"Level {n + 1} of a very deep tree",
                i_can="",
                level="",
                dok=None,
                prerequisites=[],
                notes="",
                source_id=None,
                method=None,
                method_param=None,
            )
            tables["target"].append(row)
            parent = row["id"]

    return edit


def conflict_with_theirs(**changes: Any) -> Edit:
    """A conflict whose set-aside version of Math 7 carries ``changes`` (either side of a
    conflict can be chosen, so both must keep the rules)."""

    def make(tables: dict[str, list[dict[str, Any]]]) -> dict[str, Any]:
        math = next(r for r in tables["school_class"] if r["name"] == MATH)
        return stamped(
            tables,
            table_name="school_class",
            row_id=math["id"],
            mine=dict(math),
            theirs={**math, **changes},
            reason="concurrent_edit",
            state="open",
            resolution="",
        )

    return added("conflict", make)


# ----------------------------------------------------------------------------- checks


def one_sentence(message: str) -> None:
    assert "\n" not in message and message.endswith(".") and "Traceback" not in message
    assert re.search(r"[.!?]\s+[A-Z]", message) is None, f"more than one sentence: {message}"


def run_cli(*args: str | Path) -> int:
    return cli.main([str(a) for a in args])


def assert_class_still_works(world: World, folder: Path, tmp: Path) -> None:
    """Every class's gradebook opens; ``mastery`` and a conference packet print."""
    with Store.open(folder) as store, store.read() as session:
        for school_class in live_classes(session):
            for habits in (False, True):
                grid = class_grid(session, school_class.id, habits=habits)
                assert all(len(row) == len(grid.targets) for row in grid.cells)
    assert run_cli("--data-dir", folder, "mastery", "--class", MATH, "--json") == 0
    pdf = tmp / "packet.pdf"
    code = run_cli(
        "--data-dir", folder, "report", "conference", "--class", MATH,
        "--student", world.student, "--out", pdf,
    )  # fmt: skip
    assert code == 0 and pdf.read_bytes().startswith(b"%PDF")


def assert_refused_whole(world: World, path: Path, tmp: Path) -> str:
    """Import ``path``: refused in one sentence, store byte for byte the same, class works."""
    folder = world.fresh_folder()
    counts = counts_of(folder)
    before = files_digest(folder)
    with Store.open(folder) as store:
        with pytest.raises(BundleError) as previewed:
            preview_import(store, path)
        with pytest.raises(BundleError) as refused:
            import_bundle(store, path)
    message = str(refused.value)
    assert str(previewed.value) == message  # the preview says what the import will say
    one_sentence(message)
    assert message.startswith("This sync file was refused, and nothing was imported")
    assert files_digest(folder) == before
    assert counts_of(folder) == counts
    assert not list((folder / "backups").glob("*before-sync*")), "no backup for a refused file"
    assert_class_still_works(world, folder, tmp)
    return message


# ----------------------------------------------------------------------------- the good file


def test_the_untouched_file_and_a_faithful_copy_of_it_import(world, cli_sandbox, tmp_path):
    """The control: crafting alone changes nothing a reader objects to."""
    for path in (world.good, craft(world, "copy", lambda tables: None)):
        folder = world.fresh_folder()
        with Store.open(folder) as store:
            summary = import_bundle(store, path)
        assert summary.totals.new == 0 and summary.totals.unchanged > 1000
        assert_class_still_works(world, folder, tmp_path)


# ----------------------------------------------------------------------------- hostile values

HOSTILE: list[tuple[str, Edit, str]] = [
    # Calculation methods and their settings.
    ("an unknown method for the class", first("school_class", method="bogus"),
     "school_class, 'method' is 'bogus', which is not a calculation method"),
    ("an unknown method for one target of the class", first("class_target", method="bogus"),
     "class_target, 'method' is 'bogus', which is not a calculation method"),
    ("an unknown method a target suggests", first("target", method="mean"),
     "of target, 'method' is 'mean', which is not a calculation method"),
    ("a weight of 0", first("school_class", method="decaying_average", method_param=0),
     "'method_param' is 0, but the weight of the newest evidence is a percentage from 1 to 99"),
    ("a weight of -5", first("class_target", method="weighted_average", method_param=-5),
     "'method_param' is -5, but the weight of the newest evidence is a percentage from 1 to 99"),
    ("a weight of 1e308", first("school_class", method="weighted_average", method_param=1e308),
     "'method_param' is 1e+308, but the weight"),
    ("mastery shown 0 times", first("school_class", method="n_mastery", method_param=0),
     "'method_param' is 0, but the number of times proficient must be shown is a whole number"),
    ("mastery shown -5 times", first("class_target", method="n_mastery", method_param=-5),
     "'method_param' is -5, but the number of times"),
    ("mastery shown 2.5 times", first("school_class", method="n_mastery", method_param=2.5),
     "'method_param' is 2.5, but the number of times"),
    # Levels.
    ("a level of 1e308", scored(level=1e308), "evidence, 'level' is 1e+308, not a level"),
    ("a level of -1e308", scored(level=-1e308), "evidence, 'level' is -1e+308, not a level"),
    ("a level off the scale", scored(level=2.5),
     "evidence, the level 2.5 is not a level of its scale (1, 2, 3, 4)"),
    ("an override of 1e308", override_of(1e308), "mastery_override, 'level' is 1e+308"),
    ("an override off every scale", override_of(3.5), "the level 3.5 is not a level of its scale"),
    ("a scale level of 1e308", first("scale_level", value=1e308),
     "scale_level, 'value' is 1e+308, not a level from -1,000 to 1,000"),
    ("a rubric level of 1e308", first("rubric_descriptor", level_value=1e308),
     "rubric_descriptor, 'level_value' is 1e+308"),
    # Text too long.
    ("a title of 900,000 characters", first("framework", title="x" * 900_000),
     "framework, 'title' is 900,000 characters long, more than the 500 it may hold"),
    ("a student name of 600 characters", first("student", given_name="Ana" * 200),
     "student, 'given_name' is 600 characters long, more than the 500 it may hold"),
    ("feedback of 28,000 characters", scored(feedback="¡Bien! " * 4000),
     "evidence, 'feedback' is 28,000 characters long, more than the 25,000 it may hold"),
    ("a goal of 25,001 characters", first("goal", text="g" * 25_001),
     "goal, 'text' is 25,001 characters long"),
    ("a class with no name", first("school_class", name="   "),
     "school_class, 'name' is left empty"),
    # Dates.
    ("a date that is a word", scored(produced_on="yesterday"),
     "evidence, 'produced_on' is 'yesterday', not a date from 1900-01-01 to 2100-12-31"),
    ("a day that does not exist", scored(produced_on="2026-02-30"),
     "'produced_on' is '2026-02-30'"),
    ("a date written the other way", first("task", date="31/12/2026"),
     "task, 'date' is '31/12/2026', not a date"),
    ("a date without dashes", first("goal", written_on="20261001"),
     "goal, 'written_on' is '20261001', not a date"),
    ("a date in the year 9999", first("revision", due_on="9999-12-31"),
     "revision, 'due_on' is '9999-12-31', not a date"),
    # Words from the program's short lists.
    ("an unknown kind of evidence", scored(status="graded"),
     "evidence, 'status' is 'graded', which is not one of: scored, missing, excused, retracted"),
    ("an unknown family language", first("student", family_language="xx"),
     "student, 'family_language' is 'xx', which is not one of: en, ar, es, pt, vi, zh"),
    ("an unknown purpose", first("task", purpose="homework"), "task, 'purpose' is 'homework'"),
    ("an unknown state of a plan", first("revision", state="maybe"),
     "revision, 'state' is 'maybe'"),
    ("an unknown author", first("reflection", author="parent"), "reflection, 'author' is 'parent'"),
    ("an unknown kind of framework", first("framework", kind="secret"), "'kind' is 'secret'"),
    # The other rules of the editors.
    ("a colour that is a word", first("scale_level", colour="red"),
     "scale_level, 'colour' is 'red', but a level's colour is written like #A6D4EE"),
    ("depth of knowledge 99", first("target", dok=99),
     "target, 'dok' is 99, but depth of knowledge is a level from 1 to 4"),
    ("a pace of a billion targets a week", first("school_class", targets_per_week=1e9),
     "school_class, 'targets_per_week' is 1e+09, not a number from 0 to 20"),
    ("scored evidence without a level", scored(level=None, not_yet=False),
     "evidence, it is scored evidence without a level"),
    ("a task for 2,000 targets", first("task", target_ids=[str(uuid.uuid4()) for _ in range(2000)]),
     "task, 'target_ids' names 2,000 records, more than the 1,000 it may name"),
    ("an attachment of 1 TB", first("attachment", size=10**12), "attachment, 'size' is"),
    ("a conflict whose other version has an unknown method",
     conflict_with_theirs(method="bogus"),
     "conflict, its version 'theirs' breaks a rule: 'method' is 'bogus'"),
    # Rules that need other rows.
    ("a chain of targets 5,000 deep", deep_chain(5000),
     "target, the target lies 13 levels deep in its framework, more than the 12 levels"),
]  # fmt: skip


@pytest.mark.parametrize(("case", "edit", "words"), HOSTILE, ids=[c[0] for c in HOSTILE])
def test_a_sync_file_with_a_hostile_value_is_refused_whole(
    world, cli_sandbox, tmp_path, case, edit, words
):
    message = assert_refused_whole(world, craft(world, "hostile", edit), tmp_path)
    assert words in message, (case, message)
    assert message.endswith(
        "correct it on the laptop that made the file, then make the file again."
    )


def test_the_refusal_names_the_record_the_field_and_the_value(world, cli_sandbox, tmp_path):
    message = assert_refused_whole(world, craft(world, "level", scored(level=1e308)), tmp_path)
    assert re.fullmatch(
        r"This sync file was refused, and nothing was imported: in the record [0-9a-f-]{36} of "
        r"evidence, 'level' is 1e\+308, not a level from -1,000 to 1,000; correct it on the "
        r"laptop that made the file, then make the file again\.",
        message,
    ), message


def test_the_command_line_says_the_same_sentence_and_exits_with_an_error(
    world, cli_sandbox, tmp_path, capsys
):
    path = craft(world, "cli", first("school_class", method="bogus"))
    folder = world.fresh_folder()
    before = files_digest(folder)
    for dry_run in ((), ("--dry-run",)):
        assert run_cli("--data-dir", folder, "sync", "import", path, *dry_run) == 1
        out, err = capsys.readouterr()
        one_sentence(err.strip())
        assert err.startswith("This sync file was refused, and nothing was imported: in the record")
        assert "'method' is 'bogus'" in err and out == ""
    assert files_digest(folder) == before


def test_a_setting_that_the_method_ignores_is_no_reason_to_refuse(world, cli_sandbox, tmp_path):
    """'latest' takes no setting; one left behind (from an earlier method) harms nothing."""
    path = craft(world, "ignored", first("school_class", method="latest", method_param=1e300))
    folder = world.fresh_folder()
    with Store.open(folder) as store:
        import_bundle(store, path)
    assert_class_still_works(world, folder, tmp_path)


def test_a_level_of_another_scale_is_accepted_because_a_class_may_change_its_scale(
    world, cli_sandbox, tmp_path
):
    """Work scored on a class's old scale keeps its level when the class moves to another
    scale, and must still travel: a level of any scale the file or the store holds is
    accepted; only a level of no scale at all is refused."""

    def edit(tables: dict[str, list[dict[str, Any]]]) -> None:
        scale = stamped(tables, name="Ten points")
        tables["scale"].append(scale)
        for value, label in ((0, "None yet"), (10, "All of it")):
            level = stamped(
                tables,
                scale_id=scale["id"],
                value=value,
                label=label,
                description="",
                proficient=value == 10,
                colour="#FFFFFF",
            )
            tables["scale_level"].append(level)
        scored(level=10.0)(tables)

    folder = world.empty_folder()
    with Store.open(folder) as store:
        summary = import_bundle(store, craft(world, "other-scale", edit))
    assert summary.tables["scale_level"].new == 10  # the demo's 8 levels, and these 2
    assert_class_still_works(world, folder, tmp_path)


def test_values_at_every_limit_are_accepted_and_travel_on(world, cli_sandbox, tmp_path):
    """What the rules let in, the program can send on: rows at every limit import, and the
    receiving laptop exports them again and a third laptop reads that file."""
    long_text = "é" * rules.TEXT_MAX
    edits = [
        first("framework", title="T" * rules.LINE_MAX, description=long_text),
        first("target", statement=long_text, i_can=long_text, notes=long_text, dok=4),
        first("school_class", method="n_mastery", method_param=20, targets_per_week=20),
        first("class_target", method="weighted_average", method_param=99),
        scored(feedback=long_text, produced_on="2100-12-31"),
        first("goal", text=long_text, written_on="1900-01-01"),
        first("task", target_ids=[str(uuid.uuid4()) for _ in range(rules.IDS_MAX)]),
        deep_chain(rules.TREE_DEPTH_MAX),
    ]

    def edit(tables: dict[str, list[dict[str, Any]]]) -> None:
        for change in edits:
            change(tables)

    folder = world.empty_folder()
    with Store.open(folder) as store:
        import_bundle(store, craft(world, "limits", edit))
        again = tmp_path / "again.cbesync"
        export_bundle(store, again)
    third = world.empty_folder()
    with Store.open(third) as store:
        summary = import_bundle(store, again)
        with store.read() as session:
            assert session.exec(select(Framework).where(Framework.title == "T" * 500)).one()
    assert summary.totals.new > 1700
    assert_class_still_works(world, third, tmp_path)


# ----------------------------------------------------------------------------- the editors


def test_the_editors_keep_the_same_rules_before_anything_is_written(store):
    """One rule, every door: what a sync file may not bring, an editor may not write."""
    from cbe_desktop.core import roster, targets
    from cbe_desktop.core.scales import LevelEdit, save_scale

    class_id, _ = roster.create_class(store, "Math 7")
    framework_id, _ = targets.create_framework(store, "Grade 7")
    target_id, _ = targets.create_target(
        store, framework_id, parent_id=None, code="7.RP", statement="Ratios"
    )
    counts = _counts(store)
    attempts: list[tuple[Callable[[], object], str]] = [
        (lambda: roster.update_class(store, class_id, method="bogus"), "not a calculation method"),
        (lambda: roster.update_class(store, class_id, method="decaying_average", method_param=0),
         "percentage from 1 to 99"),
        (lambda: roster.set_target_method(store, class_id, target_id, "n_mastery", -5),
         "whole number"),
        (lambda: roster.update_class(store, class_id, name="x" * 600), "600 characters long"),
        (lambda: roster.update_class(store, class_id, targets_per_week=1e9), "from 0 to 20"),
        (lambda: targets.rename_framework(store, framework_id, "T" * 10_000_000, "academic"),
         "10,000,000 characters long"),
        (lambda: targets.update_target(store, target_id, statement="s" * 25_001),
         "25,001 characters"),
        (lambda: targets.update_target(store, target_id, dok=9), "Depth of knowledge is a level"),
        (lambda: save_scale(store, None, "Wide", [LevelEdit(1, "One", proficient=True),
                                                 LevelEdit(1e308, "Huge")]), "1e+308"),
    ]  # fmt: skip
    for attempt, words in attempts:
        with pytest.raises(InvalidInputError) as refused:
            attempt()
        one_sentence(str(refused.value))
        assert words in str(refused.value)
    assert _counts(store) == counts
    with store.read() as session:
        school_class = session.get(SchoolClass, class_id)
        assert (school_class.method, school_class.name) == ("latest", "Math 7")


def test_no_target_can_be_placed_deeper_than_a_framework_may_go(store):
    from cbe_desktop.core import targets

    framework_id, _ = targets.create_framework(store, "Deep")
    parent = None
    for n in range(rules.TREE_DEPTH_MAX):
        parent, _ = targets.create_target(
            store, framework_id, parent_id=parent, code=f"L{n + 1}", statement="A level"
        )
    with pytest.raises(InvalidInputError, match="13 levels deep"):
        targets.create_target(store, framework_id, parent_id=parent, code="L13", statement="x")
    top, _ = targets.create_target(store, framework_id, parent_id=None, code="T", statement="t")
    _child, _ = targets.create_target(store, framework_id, parent_id=top, code="T.1", statement="c")
    with pytest.raises(InvalidInputError, match="14 levels deep"):
        targets.move_target(store, top, parent_id=parent, position=0)  # T and T.1 under L12


def _counts(store: Store) -> dict[str, int]:
    with store.read() as session:
        return live_counts(session)


# ----------------------------------------------------------------------------- imports


def case_package(depth: int = 3, *, title: str = "Deep standards") -> bytes:
    doc_id = str(uuid.uuid4())
    items, associations = [], []
    parent = doc_id
    for n in range(depth):
        ident = str(uuid.uuid4())
        items.append(
            {
                "identifier": ident,
                "humanCodingScheme": f"D.{n + 1}",
                "fullStatement": f"Level {n + 1}",
            }
        )
        associations.append(
            {
                "identifier": str(uuid.uuid4()),
                "associationType": "isChildOf",
                "originNodeURI": {"identifier": ident},
                "destinationNodeURI": {"identifier": parent},
                "sequenceNumber": 1,
            }
        )
        parent = ident
    package = {
        "CFDocument": {"identifier": doc_id, "title": title},
        "CFItems": items,
        "CFAssociations": associations,
    }
    return json.dumps(package).encode()


def targets_csv(depth: int, *, statement: str = "") -> bytes:
    lines = ["code,parent code,statement"]
    for n in range(depth):
        parent = f"D.{n}" if n else ""
        lines.append(f"D.{n + 1},{parent},{statement or f'Level {n + 1}'}")
    return ("\n".join(lines) + "\n").encode()


@pytest.mark.parametrize(("kind", "data"), [
    ("case", lambda: case_package(5000)),
    ("csv", lambda: targets_csv(5000)),
])  # fmt: skip
def test_a_chain_of_targets_5000_deep_is_cut_at_the_depth_a_framework_may_have(
    store, tmp_path, kind, data
):
    name = "deep.json" if kind == "case" else "deep.csv"
    parsed = parse_targets_bytes(data(), name)
    with store.read() as session:
        plan = plan_targets_import(session, parsed)
    assert plan.counts()["new"] == rules.TREE_DEPTH_MAX + 1  # and the framework
    assert plan.counts()["rejected"] == 5000 - rules.TREE_DEPTH_MAX
    assert (
        "the target lies 13 levels deep in its framework, more than the 12"
        in plan.rejected[0].reason
    )
    counts = _counts(store)
    with pytest.raises(InvalidInputError) as refused:
        apply_targets_import(store, parsed)
    one_sentence(str(refused.value))
    assert _counts(store) == counts  # refused whole unless the teacher asks for the valid rows
    apply_targets_import(store, parsed, valid_rows=True)
    with store.read() as session:
        framework = session.exec(select(Framework)).one()
        nodes = flatten(framework_tree(session, framework.id))
        assert len(nodes) == rules.TREE_DEPTH_MAX
        assert export_targets(session, framework.id, "case")
    export_bundle(store, tmp_path / "after.cbesync")


@pytest.mark.parametrize(("kind", "data", "words"), [
    ("case", lambda: case_package(title="T" * 10 * 1024 * 1024),
     "Nothing was imported from big.json: in its framework, 'title' is 10,485,760 characters "
     "long, more than the 500 it may hold; correct the file and import it again."),
    ("csv", lambda: targets_csv(3, statement="s" * 30_000), None),
])  # fmt: skip
def test_an_import_with_a_title_or_statement_too_long_is_refused(store, kind, data, words):
    name = "big.json" if kind == "case" else "big.csv"
    counts = _counts(store)
    if words is not None:
        with store.read() as session, pytest.raises(InvalidInputError) as refused:
            plan_targets_import(session, parse_targets_bytes(data(), name))
        assert str(refused.value) == words
    else:
        parsed = parse_targets_bytes(data(), name)
        with store.read() as session:
            plan = plan_targets_import(session, parsed)
        assert plan.counts()["rejected"] == 3
        assert (
            "'statement' is 30,000 characters long, more than the 25,000" in plan.rejected[0].reason
        )
        with pytest.raises(InvalidInputError) as refused:
            apply_targets_import(store, parsed, valid_rows=True)
        one_sentence(str(refused.value))
    assert _counts(store) == counts


def test_a_10_mb_statement_in_a_csv_file_is_refused_in_one_sentence(store, cli_sandbox, tmp_path):
    path = tmp_path / "huge.csv"
    path.write_bytes(targets_csv(2, statement="s" * 10 * 1024 * 1024))
    folder = tmp_path / "data"
    Store.open(folder).close()
    before = files_digest(folder)
    assert run_cli("--data-dir", folder, "import", "targets", path) == 1
    assert files_digest(folder) == before


def test_a_canvas_outcome_with_a_weight_of_0_is_rejected_as_a_row(store):
    data = (
        b"vendor_guid,object_type,title,description,display_name,calculation_method,"
        b"calculation_int,mastery_points,parent_guids,ratings\n"
        b"g1,group,Ratios,,,,,,,\n"
        b"o1,outcome,7.RP.1,Compute unit rates,,decaying_average,0,3,g1,4,Exceeds,3,Meets\n"
        b"o2,outcome,7.RP.2,Recognize proportions,,decaying_average,65,3,g1,4,Exceeds,3,Meets\n"
    )
    parsed = parse_targets_bytes(data, "outcomes.csv")
    with store.read() as session:
        plan = plan_targets_import(session, parsed)
    (rejected,) = plan.rejected
    assert "'method_param' is 0, but the weight of the newest evidence" in rejected.reason


# ----------------------------------------------------------------------------- already inside


@pytest.fixture
def spoiled(world: World) -> Path:
    """A store holding, written by hand past every door, each hostile value above."""
    folder = world.fresh_folder()
    db = sqlite3.connect(folder / DB_FILE)
    with db:
        math = db.execute("SELECT id FROM school_class WHERE name = ?", (MATH,)).fetchone()[0]
        db.execute("UPDATE school_class SET method = 'bogus' WHERE id = ?", (math,))
        first_target = db.execute(
            "SELECT target_id FROM class_target WHERE class_id = ? ORDER BY position", (math,)
        ).fetchone()[0]
        db.execute(
            "UPDATE class_target SET method = 'decaying_average', method_param = 0 "
            "WHERE class_id = ? AND target_id = ?",
            (math, first_target),
        )
        db.execute(
            "UPDATE evidence SET level = 1e308 WHERE id IN (SELECT id FROM evidence "
            "WHERE class_id = ? AND level IS NOT NULL LIMIT 3)",
            (math,),
        )
        some = db.execute(
            "SELECT student_id, target_id, hlc, origin FROM evidence WHERE class_id = ? LIMIT 1",
            (math,),
        ).fetchone()
        db.execute(
            "INSERT INTO mastery_override (id, student_id, target_id, level, reason, date, hlc, "
            "origin) VALUES (?, ?, ?, -1e308, 'by hand', '2026-10-01', ?, ?)",
            (str(uuid.uuid4()), some[0], some[1], some[2], some[3]),
        )
        framework = db.execute(
            "SELECT framework_id FROM target WHERE id = ?", (first_target,)
        ).fetchone()[0]
        db.execute("UPDATE framework SET title = ? WHERE id = ?", ("T" * 10_000_000, framework))
        parent = None
        for n in range(5000):
            ident = str(uuid.uuid4())
            db.execute(
                "INSERT INTO target (id, framework_id, parent_id, position, code, statement, "
                "i_can, level, prerequisites, notes, hlc, origin) "
                "VALUES (?, ?, ?, 0, ?, 'deep', '', '', '[]', '', ?, ?)",
                (ident, framework, parent, f"D.{n}", some[2], some[3]),
            )
            parent = ident
    db.close()
    return folder


def test_a_store_already_holding_hostile_values_still_opens_its_classes(
    world, spoiled, cli_sandbox, tmp_path
):
    assert_class_still_works(world, spoiled, tmp_path)
    with Store.open(spoiled) as store, store.read() as session:
        math = next(c for c in live_classes(session) if c.name == MATH)
        grid = class_grid(session, math.id)
        assert grid.method == "latest"  # what the class is calculated by, said truly
        explained = {cell.explanation for row in grid.cells for cell in row}
        assert any("'bogus' is not a calculation method, so the newest evidence counts" in e
                   for e in explained)  # fmt: skip
        assert any("score(s) no scale can hold left out" in e for e in explained)
        assert all(
            cell.estimate is None or rules.LEVEL_MIN <= cell.estimate <= rules.LEVEL_MAX
            for row in grid.cells
            for cell in row
        )


def test_a_store_already_holding_a_deep_tree_reads_and_exports_it_without_recursion(
    spoiled, tmp_path
):
    with Store.open(spoiled) as store, store.read() as session:
        framework = session.exec(select(Framework).where(Framework.title == "T" * 10_000_000)).one()
        nodes = flatten(framework_tree(session, framework.id))
        assert len(nodes) > 5000
        data = export_targets(session, framework.id, "case")
        assert len(json.loads(data)["CFItems"]) == len(nodes)
        assert session.exec(select(Target).where(Target.code == "D.4999")).one()


def test_a_store_already_holding_hostile_values_refuses_to_export_in_one_sentence(
    spoiled, cli_sandbox, tmp_path, capsys
):
    """Every reader would refuse the file: the export says what to correct instead."""
    out = tmp_path / "spoiled.cbesync"
    assert run_cli("--data-dir", spoiled, "sync", "export", "--out", out) == 1
    message = capsys.readouterr().err.strip()
    one_sentence(message)
    assert message.startswith("No sync file was written, because in the record ")
    assert message.endswith("; correct it, then make the file again.")
    assert not out.exists() and not list(tmp_path.glob(".spoiled*"))


def test_with_the_values_corrected_the_store_exports_again(spoiled, tmp_path):
    db = sqlite3.connect(spoiled / DB_FILE)
    with db:
        db.execute("UPDATE school_class SET method = 'latest' WHERE method = 'bogus'")
        db.execute(
            "UPDATE class_target SET method = NULL, method_param = NULL WHERE method_param = 0"
        )
        db.execute("UPDATE evidence SET level = 3 WHERE level > 1000")
        db.execute("DELETE FROM mastery_override WHERE level < -1000")
        db.execute("UPDATE framework SET title = 'Grade 7' WHERE length(title) > 500")
    db.close()
    with Store.open(spoiled) as store:
        with pytest.raises(CbeError, match="levels deep in its framework"):  # the deep tree
            export_bundle(store, tmp_path / "x.cbesync")
        with store.transaction() as tx:
            deep = tx.session.exec(select(Target).where(Target.code == "D.0")).one()
            deep.parent_id = None
            deep.deleted_hlc = tx.hlc()
            tx.touch(deep)
            for target in tx.session.exec(select(Target).where(Target.code.like("D.%"))):
                target.deleted_hlc = tx.hlc()
                tx.touch(target)
        export_bundle(store, tmp_path / "x.cbesync")
