"""Laptops for sync tests: stores in temporary folders, their data, and exchanges between them.

A new laptop is a copy of one empty store made once per run (copying is fast, and a
copy takes its own replica id, exactly as a real second laptop would have one).
"""

from __future__ import annotations

import atexit
import hashlib
import json
import shutil
import tempfile
import time
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from sqlalchemy import select

from cbe_desktop.core.evidence import EvidenceEntry, record_evidence
from cbe_desktop.core.ids import HybridLogicalClock
from cbe_desktop.core.models import SYNCED_TABLES, Student
from cbe_desktop.core.roster import add_class, add_student, align_target, enroll, update_student
from cbe_desktop.core.scales import create_default_scale
from cbe_desktop.core.settings import set_setting
from cbe_desktop.core.store import DB_FILE, Store
from cbe_desktop.core.targets import add_framework, add_target
from cbe_desktop.sync.bundle import MANIFEST
from cbe_desktop.sync.exchange import ImportSummary, export_bundle, import_bundle

YEAR = 365 * 24 * 3600.0
_TEMPLATE: Path | None = None


def empty_store_file() -> Path:
    """An empty, closed store (made once per test run) to copy new laptops from."""
    global _TEMPLATE
    if _TEMPLATE is None:
        folder = Path(tempfile.mkdtemp(prefix="cbe-sync-template-"))
        atexit.register(shutil.rmtree, folder, True)
        Store.open(folder).close()
        _TEMPLATE = folder / DB_FILE
    return _TEMPLATE


def new_store(folder: Path, *, skew: float = 0.0) -> Store:
    """An empty store in ``folder`` (a new laptop), its clock ``skew`` seconds off."""
    folder.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(empty_store_file(), folder / DB_FILE)
    store = Store.open(folder)
    if skew:
        store.clock = HybridLogicalClock(store.replica, wall_clock=lambda: time.time() + skew)
    return store


def dump(store: Store) -> dict[str, dict[str, dict[str, Any]]]:
    """Every synchronised row, by table and id, without the local ``seen_hlc``."""
    out: dict[str, dict[str, dict[str, Any]]] = {}
    with store.read() as session:
        conn = session.connection()
        for model in SYNCED_TABLES:
            table = model.__table__  # type: ignore[attr-defined]
            cols = [c for c in table.columns if c.name != "seen_hlc"]
            out[model.__tablename__] = {
                row.id: dict(row._mapping) for row in conn.execute(select(*cols))
            }
    return out


def files_digest(data_dir: Path) -> str:
    """One hash of the database file and of every attachment file (the store's bytes)."""
    digest = hashlib.sha256()
    digest.update((data_dir / DB_FILE).read_bytes())
    # The write-ahead log holds changes not yet in the file: they count. An empty log,
    # and the log's shared-memory index (rebuilt from the log), hold nothing of the
    # store's: SQLite makes and removes them as connections come and go.
    wal = Path(str(data_dir / DB_FILE) + "-wal")
    digest.update(b"-wal" + (wal.read_bytes() if wal.exists() else b""))
    blobs = data_dir / "blobs"
    if blobs.is_dir():
        for path in sorted(blobs.iterdir()):
            digest.update(path.name.encode() + hashlib.sha256(path.read_bytes()).digest())
    return digest.hexdigest()


class Laptop:
    """One teacher's laptop: a store, and the sync files it writes."""

    def __init__(self, root: Path, name: str, *, skew: float = 0.0) -> None:
        self.name = name
        self.folder = root / name
        self.skew = skew
        self.store = new_store(self.folder, skew=skew)
        with self.store.transaction() as tx:
            set_setting(tx, "teacher", name)
        self._files = 0

    @classmethod
    def at(cls, folder: Path, name: str) -> Laptop:
        """The laptop whose data folder is ``folder`` (a store made elsewhere, or copied)."""
        laptop = cls.__new__(cls)
        laptop.name, laptop.folder, laptop.skew, laptop._files = name, folder, 0.0, 0
        laptop.store = Store.open(folder)
        return laptop

    @property
    def replica(self) -> str:
        return self.store.replica

    def export(self, *, since: Laptop | None = None, passphrase: str | None = None) -> Path:
        self._files += 1
        path = self.folder.parent / f"{self.name}-{self._files}.cbesync"
        export_bundle(
            self.store, path, passphrase=passphrase, since_peer=since.replica if since else None
        )
        return path

    def send_to(self, other: Laptop, *, since: bool = False) -> ImportSummary:
        return import_bundle(other.store, self.export(since=other if since else None))

    def now_ms(self) -> int:
        return int((time.time() + self.skew) * 1000)

    def close(self) -> None:
        self.store.close()


class ClassSetup:
    """The shared start: one class, two targets, three students, made on one laptop."""

    def __init__(self, laptop: Laptop, students: int = 3, targets: int = 2) -> None:
        with laptop.store.transaction() as tx:
            scale = create_default_scale(tx)
            framework = add_framework(tx, "Grade 7 Mathematics")
            school_class = add_class(tx, "Math 7", scale_id=scale.id)
            self.class_id = school_class.id
            self.target_ids = []
            for n in range(targets):
                target = add_target(tx, framework, code=f"7.RP.{n + 1}", statement=f"Skill {n}")
                align_target(tx, school_class, target, position=n)
                self.target_ids.append(target.id)
            self.student_ids = []
            for n, (given, family) in enumerate(
                [("Ana", "García"), ("Mateo", "Hernández"), ("Sofía", "López"), ("Liam", "Chen")]
            ):
                if n >= students:
                    break
                student = add_student(tx, given, family)
                enroll(tx, school_class, student)
                self.student_ids.append(student.id)


def score(laptop: Laptop, setup: ClassSetup, student: int, target: int, level: float, **kw):
    return record_evidence(
        laptop.store,
        EvidenceEntry(
            student_id=setup.student_ids[student],
            target_id=setup.target_ids[target],
            produced_on=kw.pop("produced_on", "2026-10-01"),
            level=level,
            class_id=setup.class_id,
            **kw,
        ),
    ).evidence_id


def rename(laptop: Laptop, student_id: str, given_name: str) -> None:
    update_student(laptop.store, student_id, given_name=given_name)


def delete_student(laptop: Laptop, student_id: str) -> None:
    with laptop.store.transaction() as tx:
        row = tx.session.get(Student, student_id)
        assert row is not None
        tx.tombstone(row)


def open_conflicts(store: Store) -> list[dict[str, Any]]:
    return sorted(
        (c for c in dump(store)["conflict"].values() if c["state"] == "open"),
        key=lambda c: c["id"],
    )


def rewritten(path: Path, out: Path, table: str, change: Callable[[list[bytes]], None]) -> Path:
    """A copy of a sync file whose ``table`` lines ``change`` edits in place, with its
    manifest's hashes made right again (as a laptop with a wrong program might write it)."""
    with zipfile.ZipFile(path) as zf:
        doc = json.loads(zf.read(MANIFEST))
        parts = {n: zf.read(n) for n in zf.namelist() if n != MANIFEST}
    member = f"tables/{table}.jsonl"
    lines = parts[member].split(b"\n")
    change(lines)
    parts[member] = b"\n".join(lines)
    doc["members"][member] = {
        "sha256": hashlib.sha256(parts[member]).hexdigest(),
        "size": len(parts[member]),
    }
    with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        for name, data in parts.items():
            zf.writestr(name, data)
        zf.writestr(MANIFEST, json.dumps(doc))
    return out


def typed(value: object) -> object:
    """A value with its kind, so that 1, 1.0 and True differ."""
    if isinstance(value, list):
        return [typed(v) for v in value]
    if isinstance(value, dict):
        return {k: typed(v) for k, v in value.items()}
    return (type(value).__name__, value)
