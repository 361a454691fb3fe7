"""A district's school hub on a real PostgreSQL server, generated for the scale figures.

    # build (about 10 million pieces of evidence, 30,000 students: see RESULTS.md for time)
    python benchmarks/district.py build --evidence 10000000 --students 30000
    # the figures, each beside its floor (the server the build started is used again)
    python benchmarks/district.py bench
    python benchmarks/district.py stop      # stop the server (its folder is kept)

Method. The schema is made by the program itself (``Store.open_database``: the same
Alembic migrations as every hub) and ``hub init`` (roles and row-level security). The
rows are then written straight into the tables with PostgreSQL's ``COPY ... FROM STDIN``
(psycopg 3), in the exact shapes the program writes (UUID ids, HLC stamps, ISO dates,
the JSON columns), with the secondary indexes of ``evidence`` and ``revision`` dropped
during the load and built again after it (one sorted pass each, much faster than
keeping them up to date row by row), then ``ANALYZE``. No row goes through the
program's services: at 10 million rows they would take hours; the figures read the
rows through the program's own code.

What is generated (deterministic from ``--seed``): grades 6 to 12, four subjects each
(a framework of 2 competencies and 10 targets per grade and subject); each student in
one class of each subject of their grade (classes of 30); a teacher for every 5
classes of one subject and grade; tasks (two per target and class); evidence spread
over the fall term (2026-08-24 to 2026-12-04), each student's levels rising with a
noise, about 2% missing, 1% excused, 3% "not yet" (with its revision plan, open for the
newest), 0.5% corrected (a new row that supersedes the old); student groups (gender,
IEP about 14%, English learner about 10%, race/ethnicity). ``--evidence`` is reached
within a fraction of a percent (each student x target cell draws its number of pieces).

Server: ``--url`` names an existing database (its owner's URL), else a throwaway
server is started from the system's binaries (``tests/pg_server.py``) in ``--folder``
(default /tmp/cbe-district-pg), kept between ``build`` and ``bench``.
"""

from __future__ import annotations

import argparse
import io
import json
import logging
import os
import platform
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from functools import partial
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT / "tests"))
os.environ.setdefault("CBE_DESKTOP_CONFIG_DIR", str(HERE / ".cache" / "config"))

import psycopg  # noqa: E402

from pg_server import ADMIN, find_bindir  # noqa: E402

logging.getLogger("cbe_desktop").addHandler(logging.NullHandler())
logging.getLogger("cbe_desktop").propagate = False

DEFAULT_FOLDER = Path(tempfile.gettempdir()) / "cbe-district-pg"
DATABASE = "district"
GRADES = ("6", "7", "8", "9", "10", "11", "12")
SUBJECTS = ("Mathematics", "English", "Science", "Social Studies")
CLASS_SIZE = 30
TARGETS_PER_CLASS = 10
CLASSES_PER_TEACHER = 5
TERM = "2026-27 Fall"
TERM_START = date(2026, 8, 24)
TERM_DAYS = 102  # to 2026-12-04
REPLICA = "district0generator"
#: Teachers (and one office login) given a PostgreSQL role for the figures.
LOGINS = 3

# ----------------------------------------------------------------------------- the server


@dataclass
class Server:
    folder: Path
    port: int
    password: str

    @property
    def run_as(self) -> str | None:
        return "postgres" if os.geteuid() == 0 else None

    def url(self, user: str = ADMIN, password: str | None = None, db: str = DATABASE) -> str:
        return f"postgresql://{user}:{password or self.password}@127.0.0.1:{self.port}/{db}"

    def _run(self, *args: str) -> None:
        cmd = list(args)
        if self.run_as:
            cmd = ["runuser", "-u", self.run_as, "--", *cmd]
        subprocess.run(cmd, check=True, capture_output=True, text=True, timeout=600)

    def start(self) -> None:
        bindir = find_bindir()
        if bindir is None:
            raise SystemExit("no PostgreSQL binaries (initdb, pg_ctl): install 'postgresql'")
        data = self.folder / "data"
        if not data.exists():
            self.folder.mkdir(parents=True, exist_ok=True)
            (self.folder / "pw").write_text(self.password)
            if self.run_as:
                shutil.chown(self.folder, self.run_as)
                shutil.chown(self.folder / "pw", self.run_as)
            self._run(
                str(bindir / "initdb"),
                "-D",
                str(data),
                "-U",
                ADMIN,
                f"--pwfile={self.folder / 'pw'}",
                "--auth-local=trust",
                "--auth-host=scram-sha-256",
                "-E",
                "UTF8",
                "--locale=C",
                "--no-sync",
            )
        if (data / "postmaster.pid").exists():
            return
        # A hub's settings for a server of this size (the README's for the IT person):
        # shared_buffers a quarter of the memory one can spare, work_mem for the sorts.
        self._run(
            str(bindir / "pg_ctl"),
            "-D",
            str(data),
            "-l",
            str(self.folder / "log"),
            "-w",
            "-o",
            f"-p {self.port} -k {self.folder} -c listen_addresses=127.0.0.1 "
            "-c fsync=off -c synchronous_commit=off -c full_page_writes=off "
            "-c shared_buffers=1GB -c work_mem=64MB -c maintenance_work_mem=512MB "
            "-c max_wal_size=8GB -c checkpoint_timeout=30min",
            "start",
        )

    def stop(self) -> None:
        bindir = find_bindir()
        if bindir and (self.folder / "data" / "postmaster.pid").exists():
            self._run(str(bindir / "pg_ctl"), "-D", str(self.folder / "data"), "-m", "fast", "stop")

    @classmethod
    def at(cls, folder: Path) -> Server:
        info = folder / "server.json"
        if info.exists():
            saved = json.loads(info.read_text())
            return cls(folder, saved["port"], saved["password"])
        import secrets
        import socket

        with socket.socket() as sock:
            sock.bind(("127.0.0.1", 0))
            port = sock.getsockname()[1]
        server = cls(folder, port, secrets.token_hex(12))
        folder.mkdir(parents=True, exist_ok=True)
        info.write_text(json.dumps({"port": port, "password": server.password}))
        return server


# ----------------------------------------------------------------------------- ids, stamps


class Ids:
    """Deterministic UUID-shaped ids (version 7 layout) and HLC stamps, in order."""

    def __init__(self) -> None:
        self.n = 0
        self.base_ms = 1_787_529_600_000  # 2026-08-24

    def id(self, kind: int) -> str:
        self.n += 1
        n = self.n
        high, mid, low = (n >> 48) & 0xFFFF, (n >> 36) & 0xFFF, (n >> 24) & 0xFFF
        return f"{kind:08x}-{high:04x}-7{mid:03x}-8{low:03x}-{n & 0xFFFFFF:012x}"

    def hlc(self, day: int = 0) -> str:
        self.n += 1
        wall = self.base_ms + day * 86_400_000 + (self.n // 10_000)
        return f"{wall:013d}-{self.n % 10_000:04d}-{REPLICA}"


def copy_text(value: object) -> str:
    """One value in COPY's text format."""
    if value is None:
        return "\\N"
    if isinstance(value, bool):
        return "t" if value else "f"
    if isinstance(value, list | dict):
        value = json.dumps(value)
    text = str(value)
    if any(ch in text for ch in "\\\t\n\r"):
        text = text.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n")
        text = text.replace("\r", "\\r")
    return text


class Copier:
    """Rows of one table streamed into COPY, a buffer at a time."""

    def __init__(self, url: str, table: str, columns: list[str]) -> None:
        # A connection of its own: one connection runs one COPY at a time.
        self.conn, self.table, self.columns = psycopg.connect(url), table, columns
        self.buffer = io.StringIO()
        self.count = 0
        self._cursor = self.conn.cursor()
        self._copy_cm = self._cursor.copy(f'COPY "{table}" ({", ".join(columns)}) FROM STDIN')
        self._copy = self._copy_cm.__enter__()

    def row(self, values: tuple) -> None:
        self.buffer.write("\t".join(map(copy_text, values)))
        self.buffer.write("\n")
        self.count += 1
        if self.buffer.tell() > 4_000_000:
            self.flush()

    def line(self, text: str) -> None:
        """A line already in COPY text format (the evidence's fast path)."""
        self.buffer.write(text)
        self.count += 1
        if self.buffer.tell() > 4_000_000:
            self.flush()

    def flush(self) -> None:
        self._copy.write(self.buffer.getvalue())
        self.buffer = io.StringIO()

    def close(self) -> None:
        self.flush()
        self._copy_cm.__exit__(None, None, None)
        self._cursor.close()
        self.conn.commit()
        self.conn.close()


SYNC = ("id", "hlc", "origin", "seen_hlc")


# ----------------------------------------------------------------------------- the build


@dataclass
class Built:
    students: int
    classes: int
    teachers: int
    evidence: int
    revisions: int
    seconds: dict


def _drop_indexes(conn: psycopg.Connection, tables: tuple[str, ...]) -> list[str]:
    rows = conn.execute(
        "SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = 'public' "
        "AND tablename = ANY(%s) AND indexname NOT LIKE '%%_pkey'",
        (list(tables),),
    ).fetchall()
    for name, _ in rows:
        conn.execute(f'DROP INDEX "{name}"')
    return [definition for _, definition in rows]


def build(url: str, *, students: int, evidence: int, seed: int = 7) -> Built:
    """Make the district in the (empty) database at ``url`` (its owner's URL)."""
    from cbe_desktop.core import hub
    from cbe_desktop.core.store import Store

    rng = random.Random(seed)
    ids = Ids()
    timing: dict[str, float] = {}
    started = time.perf_counter()
    Store.open_database(url, Path(tempfile.mkdtemp())).close()  # schema (Alembic)
    hub.init_hub(url, Path(tempfile.mkdtemp()))  # roles, row-level security
    timing["schema"] = time.perf_counter() - started

    conn = psycopg.connect(url)
    t0 = time.perf_counter()
    dropped = _drop_indexes(conn, ("evidence", "revision", "enrollment", "student_group", "task"))
    conn.commit()  # (the loads below run on connections of their own)
    # The scale: the program's default four levels, proficient at 3.
    scale_id = ids.id(1)
    c = Copier(url, "scale", [*SYNC, "name"])
    c.row((scale_id, ids.hlc(), REPLICA, ids.hlc(), "Four levels"))
    c.close()
    c = Copier(
        url,
        "scale_level",
        [*SYNC, "scale_id", "value", "label", "description", "proficient", "colour"],
    )
    for value, label, proficient in (
        (1, "Beginning", False),
        (2, "Developing", False),
        (3, "Proficient", True),
        (4, "Extending", False),
    ):
        c.row(
            (
                ids.id(2),
                ids.hlc(),
                REPLICA,
                ids.hlc(),
                scale_id,
                float(value),
                label,
                "",
                proficient,
                "#FFFFFF",
            )
        )
    c.close()

    # Frameworks: one per grade and subject, 2 competencies of 5 targets.
    frameworks = Copier(url, "framework", [*SYNC, "title", "kind", "description"])
    targets_copy = Copier(
        url,
        "target",
        [
            *SYNC,
            "framework_id",
            "parent_id",
            "position",
            "code",
            "statement",
            "i_can",
            "level",
            "prerequisites",
            "notes",
        ],
    )
    targets: dict[tuple[str, str], list[str]] = {}
    for grade in GRADES:
        for subject in SUBJECTS:
            fid = ids.id(3)
            frameworks.row(
                (fid, ids.hlc(), REPLICA, ids.hlc(), f"Grade {grade} {subject}", "academic", "")
            )
            short = subject[:3].upper()
            found = []
            for comp in range(2):
                cid = ids.id(4)
                targets_copy.row(
                    (
                        cid,
                        ids.hlc(),
                        REPLICA,
                        ids.hlc(),
                        fid,
                        None,
                        comp,
                        f"{grade}.{short}.{comp + 1}",
                        f"Competency {comp + 1}",
                        "",
                        grade,
                        [],
                        "",
                    )
                )
                for n in range(TARGETS_PER_CLASS // 2):
                    tid = ids.id(4)
                    code = f"{grade}.{short}.{comp + 1}.{n + 1}"
                    targets_copy.row(
                        (
                            tid,
                            ids.hlc(),
                            REPLICA,
                            ids.hlc(),
                            fid,
                            cid,
                            n,
                            code,
                            f"Target {code}",
                            f"I can {code}",
                            grade,
                            [],
                            "",
                        )
                    )
                    found.append(tid)
            targets[(grade, subject)] = found
    frameworks.close()
    targets_copy.close()

    # Students and their groups.
    student_copy = Copier(
        url,
        "student",
        [
            *SYNC,
            "given_name",
            "family_name",
            "preferred_name",
            "student_number",
            "grade",
            "family_language",
            "archived",
            "name_order",
        ],
    )
    groups_copy = Copier(url, "student_group", [*SYNC, "student_id", "kind", "value"])
    by_grade: dict[str, list[tuple[str, float]]] = {g: [] for g in GRADES}
    races = (
        ("hispanic_or_latino", 0.28),
        ("white", 0.45),
        ("black_or_african_american", 0.13),
        ("asian", 0.06),
        ("two_or_more", 0.05),
        ("american_indian_or_alaska_native", 0.02),
        ("native_hawaiian_or_pacific_islander", 0.01),
    )
    for i in range(students):
        grade = GRADES[i % len(GRADES)]
        sid = ids.id(5)
        student_copy.row(
            (
                sid,
                ids.hlc(),
                REPLICA,
                ids.hlc(),
                f"Given{i:05d}",
                f"Family{(i * 7919) % students:05d}",
                "",
                f"{100000 + i}",
                grade,
                "es" if rng.random() < 0.2 else "en",
                False,
                "given_first",
            )
        )
        ability = rng.uniform(1.4, 3.6)
        by_grade[grade].append((sid, ability))
        r = rng.random()
        gender = "female" if r < 0.49 else "male" if r < 0.98 else "other"
        pick, acc = rng.random(), 0.0
        race = races[-1][0]
        for name, share in races:
            acc += share
            if pick < acc:
                race = name
                break
        for kind, value in (
            ("gender", gender),
            ("iep", "yes" if rng.random() < 0.14 else "no"),
            ("english_learner", "yes" if rng.random() < 0.10 else "no"),
            ("race_ethnicity", race),
        ):
            groups_copy.row((ids.id(6), ids.hlc(), REPLICA, ids.hlc(), sid, kind, value))
    student_copy.close()
    groups_copy.close()
    timing["students"] = time.perf_counter() - t0

    # Classes, teachers, enrolments, aligned targets, tasks; then the evidence.
    cells = students * len(SUBJECTS) * TARGETS_PER_CLASS
    per_cell = evidence / max(1, cells)
    class_copy = Copier(
        url,
        "school_class",
        [
            *SYNC,
            "name",
            "term",
            "subject",
            "grade",
            "scale_id",
            "method",
            "method_param",
            "archived",
        ],
    )
    enrol_copy = Copier(url, "enrollment", [*SYNC, "class_id", "student_id"])
    aligned_copy = Copier(url, "class_target", [*SYNC, "class_id", "target_id", "position"])
    task_copy = Copier(
        url,
        "task",
        [*SYNC, "class_id", "title", "date", "purpose", "task_type", "target_ids", "notes"],
    )
    teacher_rows: list[tuple[str, str]] = []
    teach: list[tuple[str, str]] = []
    classes: list[tuple[str, str, str, list[tuple[str, float]]]] = []
    for grade in GRADES:
        members = by_grade[grade]
        for subject in SUBJECTS:
            sections = [members[k : k + CLASS_SIZE] for k in range(0, len(members), CLASS_SIZE)]
            for n, section in enumerate(sections):
                if n % CLASSES_PER_TEACHER == 0:
                    login = f"t{len(teacher_rows) + 1:05d}"
                    teacher_rows.append((login, f"Teacher {len(teacher_rows) + 1:05d}"))
                cid = ids.id(7)
                method = "decaying_average" if n % 3 == 0 else "latest"
                class_copy.row(
                    (
                        cid,
                        ids.hlc(),
                        REPLICA,
                        ids.hlc(),
                        f"{subject} {grade} — Section {n + 1}",
                        TERM,
                        subject,
                        grade,
                        scale_id,
                        method,
                        65.0 if method != "latest" else None,
                        False,
                    )
                )
                teach.append((cid, teacher_rows[-1][0]))
                for sid, _ in section:
                    enrol_copy.row((ids.id(8), ids.hlc(), REPLICA, ids.hlc(), cid, sid))
                for position, tid in enumerate(targets[(grade, subject)]):
                    aligned_copy.row((ids.id(9), ids.hlc(), REPLICA, ids.hlc(), cid, tid, position))
                classes.append((cid, grade, subject, section))
    class_copy.close()
    enrol_copy.close()
    aligned_copy.close()

    evidence_copy = Copier(
        url,
        "evidence",
        [
            *SYNC,
            "student_id",
            "target_id",
            "class_id",
            "task_id",
            "produced_on",
            "level",
            "status",
            "not_yet",
            "feedback",
            "evidence_type",
            "supersedes",
            "revision_of",
            "attachment_ids",
        ],
    )
    revision_copy = Copier(
        url,
        "revision",
        [
            *SYNC,
            "evidence_id",
            "student_id",
            "target_id",
            "next_step",
            "due_on",
            "support",
            "state",
            "resolved_by",
            "note",
            "opened_on",
        ],
    )
    day_iso = [(TERM_START + timedelta(days=d)).isoformat() for d in range(TERM_DAYS + 1)]
    made = revisions = 0
    t1 = time.perf_counter()
    for k, (cid, grade, subject, section) in enumerate(classes):
        tasks = []
        for position, tid in enumerate(targets[(grade, subject)]):
            for half in range(2):
                task_id = ids.id(10)
                day = min(TERM_DAYS, (position * 2 + half + 1) * TERM_DAYS // 21)
                task_copy.row(
                    (
                        task_id,
                        ids.hlc(day),
                        REPLICA,
                        ids.hlc(day),
                        cid,
                        f"Task {position + 1}{'ab'[half]}",
                        day_iso[day],
                        "summative" if half else "formative",
                        "product",
                        [tid],
                        "",
                    )
                )
                tasks.append(task_id)
        for sid, ability in section:
            for position, tid in enumerate(targets[(grade, subject)]):
                count = int(per_cell) + (1 if rng.random() < per_cell - int(per_cell) else 0)
                last_not_yet = None
                for j in range(count):
                    day = min(TERM_DAYS, int((j + 1) * TERM_DAYS / (count + 1)) + rng.randint(0, 3))
                    level: float | None = float(
                        max(1, min(4, round(ability + 0.8 * j / max(1, count) + rng.gauss(0, 0.6))))
                    )
                    r = rng.random()
                    status = "scored"
                    if r < 0.02:
                        status, level = "missing", None
                    elif r < 0.03:
                        status, level = "excused", None
                    not_yet = status == "scored" and level == 1.0 and rng.random() < 0.6
                    eid = ids.id(11)
                    stamp = ids.hlc(day)
                    task = tasks[position * 2 + (j % 2)]
                    shown = "\\N" if level is None else str(level)
                    evidence_copy.line(
                        f"{eid}\t{stamp}\t{REPLICA}\t{stamp}\t{sid}\t{tid}\t{cid}\t{task}\t"
                        f"{day_iso[day]}\t{shown}\t{status}\t{'t' if not_yet else 'f'}\t\t\t"
                        "\\N\t\\N\t[]\n"
                    )
                    made += 1
                    if not_yet:
                        if last_not_yet is not None:
                            revision_copy.row(
                                (*last_not_yet[:-1], "revised", eid, "", last_not_yet[-1])
                            )
                            revisions += 1
                        last_not_yet = (
                            ids.id(12),
                            stamp,
                            REPLICA,
                            stamp,
                            eid,
                            sid,
                            tid,
                            "Revise with the feedback, then show it again.",
                            day_iso[min(TERM_DAYS, day + 14)],
                            "small_group",
                            day_iso[day],
                        )
                    elif rng.random() < 0.005 and status == "scored":
                        # A correction: a new row that supersedes this one.
                        fixed = ids.id(11)
                        stamp2 = ids.hlc(day)
                        evidence_copy.line(
                            f"{fixed}\t{stamp2}\t{REPLICA}\t{stamp2}\t{sid}\t{tid}\t{cid}\t"
                            f"{task}\t{day_iso[day]}\t{min(4.0, (level or 1.0) + 1)}\tscored\tf\t"
                            f"\t\t{eid}\t\\N\t[]\n"
                        )
                        made += 1
                if last_not_yet is not None:
                    open_ = (*last_not_yet[:-1], "open", None, "", last_not_yet[-1])
                    revision_copy.row(open_)
                    revisions += 1
        if k % 200 == 0 and k:
            rate = made / (time.perf_counter() - t1)
            print(
                f"  {k:,} of {len(classes):,} classes, {made:,} evidence ({rate:,.0f} a second)",
                flush=True,
            )
    task_copy.close()
    evidence_copy.close()
    revision_copy.close()
    conn.commit()
    timing["rows"] = time.perf_counter() - t0

    # Who teaches what, the teachers' names; logins for the figures.
    with conn.cursor() as cur:
        cur.executemany(
            "INSERT INTO hub_teacher (login, name) VALUES (%s, %s) ON CONFLICT DO NOTHING",
            teacher_rows,
        )
        cur.executemany(
            "INSERT INTO hub_class_teacher (class_id, login) VALUES (%s, %s) "
            "ON CONFLICT DO NOTHING",
            teach,
        )
    conn.commit()
    t2 = time.perf_counter()
    conn.autocommit = True
    for definition in dropped:
        conn.execute(definition)
    timing["indexes"] = time.perf_counter() - t2
    t3 = time.perf_counter()
    conn.execute("VACUUM ANALYZE")
    timing["analyze"] = time.perf_counter() - t3
    conn.close()
    for login, name in teacher_rows[:LOGINS]:
        hub.add_person(url, login, name, password=f"pw-{login}")
    hub.add_person(url, "office1", "Principal", office=True, password="pw-office1")
    timing["total"] = time.perf_counter() - started
    return Built(students, len(classes), len(teacher_rows), made, revisions, timing)


# ----------------------------------------------------------------------------- the figures


def timed(fn: Callable[[], object]) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


@dataclass
class Figure:
    name: str
    runs: list[float]
    floors: list[float]
    note: str

    @property
    def median(self) -> float:
        return statistics.median(self.runs)

    @property
    def floor(self) -> float:
        return statistics.median(self.floors)


def _rows_as(url: str, queries: list[tuple[str, tuple]]) -> int:
    """The floor's read: the queries' rows fetched as plain tuples over one connection."""
    n = 0
    with psycopg.connect(url) as conn:
        for sql, params in queries:
            n += len(conn.execute(sql, params).fetchall())
    return n


FIGURES = ("sync", "progress", "district", "student")


def bench(
    server_url: Callable[..., str], runs: int = 3, only: tuple[str, ...] = FIGURES
) -> list[Figure]:
    from cbe_desktop.core import school
    from cbe_desktop.core.evidence import EvidenceEntry, record_evidence
    from cbe_desktop.core.models import SYNCED_TABLES
    from cbe_desktop.core.store import Store
    from cbe_desktop.sync.hub import sync_with_hub

    figures: list[Figure] = []
    work = Path(tempfile.mkdtemp(prefix="cbe-district-bench-"))
    teacher = server_url("t00001", "pw-t00001")
    office = server_url("office1", "pw-office1")

    # 1. A teacher's laptop syncs with the hub: first (everything of their 5 classes),
    # then again after one new piece of evidence. Floor: the same login reading every
    # synced table (what row-level security lets it see) and writing those rows into an
    # empty SQLite file, one executemany per table in one transaction.
    import sqlite3

    tables = [m.__tablename__ for m in SYNCED_TABLES]

    def floor_sync(i: int) -> float:
        def run() -> None:
            con = sqlite3.connect(work / f"floor-{i}.sqlite")
            with psycopg.connect(teacher) as pg:
                for name in tables:
                    cur = pg.execute(f'SELECT * FROM "{name}"')
                    rows = cur.fetchall()
                    if not rows:
                        continue
                    cols = [d.name for d in cur.description]
                    con.execute(f'CREATE TABLE IF NOT EXISTS "{name}" ({", ".join(cols)})')
                    marks = ", ".join("?" * len(cols))
                    con.executemany(
                        f'INSERT INTO "{name}" VALUES ({marks})',
                        [
                            tuple(json.dumps(v) if isinstance(v, list | dict) else v for v in r)
                            for r in rows
                        ],
                    )
            con.commit()
            con.close()

        return timed(run)

    first = Figure("hub_sync_first", [], [], "a teacher's empty laptop receives their classes")
    again = Figure(
        "hub_sync_again",
        [],
        [],
        "the same laptop after one new piece of evidence (it also sends back what it "
        "received the first time: the hub finds it all unchanged)",
    )
    steady = Figure("hub_sync_steady", [], [], "then again, after one more new piece")
    for i in range(runs if "sync" in only else 0):
        first.floors.append(floor_sync(i))
        laptop = Store.open(work / f"laptop-{i}")
        hub_store = Store.open_database(teacher, work / f"files-{i}")
        try:
            first.runs.append(timed(partial(sync_with_hub, laptop, hub_store)))
            with laptop.read() as session:
                cls = school.school_classes(session)[0]
                grid = school.SchoolReader(session).grid(cls.id)
            for figure in (again, steady):
                record_evidence(
                    laptop,
                    EvidenceEntry(
                        student_id=grid.students[0].id,
                        target_id=grid.targets[0].id,
                        produced_on="2026-12-04",
                        level=3.0,
                        class_id=cls.id,
                    ),
                )
                # Floor: the same login asking every synced table for its rows newer
                # than the laptop's last sync (none but the one piece on the way).
                with laptop.read() as session:
                    newest = (
                        session.connection()
                        .exec_driver_sql("SELECT max(hlc) FROM evidence")
                        .scalar_one()
                    )
                asked = [(f'SELECT * FROM "{t}" WHERE seen_hlc > %s', (newest,)) for t in tables]
                figure.floors.append(timed(partial(_rows_as, teacher, asked)))
                figure.runs.append(timed(partial(sync_with_hub, laptop, hub_store)))
        finally:
            hub_store.close()
            laptop.close()
    if "sync" in only:
        with Store.open(work / "laptop-0") as laptop, laptop.read() as session:
            from cbe_desktop.core.stats import live_counts

            counts = live_counts(session)
        first.note += (
            f" ({counts.get('classes', 0)} classes, {counts.get('evidence', 0):,} evidence)"
        )
        figures += [first, again, steady]

    # 2. A school-wide view: every class's progress, as the principal (office login)
    # reads it, for one grade of the district (a large school's worth of classes) and for
    # the whole district. Floor: the raw rows those grids are computed from (per class,
    # its evidence), fetched as plain tuples over one connection.
    with Store.open_database(office, work / "office") as hub_store:
        with hub_store.read() as session:
            grade_classes = [c.id for c in school.school_classes(session) if c.grade == GRADES[0]]
            every_class = [c.id for c in school.school_classes(session)]

        def view(ids: list[str]) -> Callable[[], object]:
            def run() -> object:
                with hub_store.read() as session:
                    reader = school.SchoolReader(session)
                    for cid in ids:
                        reader.grid(cid)
                    return len(reader.grids)

            return run

        def raw(ids: list[str]) -> Callable[[], object]:
            sql = (
                "SELECT e.id, e.student_id, e.target_id, e.produced_on, e.level, e.status, "
                "e.supersedes FROM evidence e WHERE e.student_id IN (SELECT en.student_id "
                "FROM enrollment en WHERE en.class_id = %s AND en.deleted_hlc IS NULL) AND "
                "e.target_id IN (SELECT ct.target_id FROM class_target ct WHERE "
                "ct.class_id = %s AND ct.deleted_hlc IS NULL) ORDER BY e.produced_on, e.hlc"
            )
            return lambda: _rows_as(office, [(sql, (cid, cid)) for cid in ids])

        def whole(ids: list[str]) -> Callable[[], object]:
            def run() -> object:
                with hub_store.read() as session:
                    if ids is grade_classes:
                        return school.school_progress(session, grade=GRADES[0])
                    return school.school_progress(session)

            return run

        grade_fig = Figure(
            "school_progress_grade",
            [],
            [],
            f"every class's progress, grade {GRADES[0]} ({len(grade_classes)} classes), "
            "office login",
        )
        for _ in range(runs if "progress" in only else 0):
            grade_fig.floors.append(timed(raw(grade_classes)))
            grade_fig.runs.append(timed(whole(grade_classes)))
        district = Figure(
            "school_progress_district",
            [],
            [],
            f"every class's progress, the whole district ({len(every_class)} classes)",
        )
        if "district" in only:
            district.floors.append(timed(raw(every_class)))
            district.runs.append(timed(whole(every_class)))

        # 3. One student's record across classes and teachers (office login). Floor: the
        # raw query for that learner's evidence rows, with classes and tasks joined.
        with hub_store.read() as session:
            sid = (
                session.connection()
                .exec_driver_sql("SELECT student_id FROM enrollment ORDER BY id LIMIT 1")
                .scalar_one()
            )
        record = Figure(
            "student_record", [], [], "one student across their 4 classes, office login"
        )
        sql = (
            "SELECT e.id, e.student_id, e.target_id, e.produced_on, e.level, e.status, "
            "e.supersedes, e.not_yet, e.feedback, e.class_id, c.name, c.term, t.title "
            "FROM evidence e LEFT JOIN school_class c ON c.id = e.class_id "
            "LEFT JOIN task t ON t.id = e.task_id WHERE e.student_id = %s "
            "ORDER BY e.produced_on, e.hlc"
        )

        def one() -> object:
            with hub_store.read() as session:
                return school.student_across(session, sid)

        for _ in range(runs + 2 if "student" in only else 0):
            record.floors.append(timed(lambda: _rows_as(office, [(sql, (sid,))])))
            record.runs.append(timed(one))
        figures += [f for f in (grade_fig, district, record) if f.runs]
    shutil.rmtree(work, ignore_errors=True)
    return figures


# ----------------------------------------------------------------------------- command line


def _machine() -> str:
    load = os.getloadavg()
    return (
        f"{os.cpu_count()} cores ({platform.processor() or platform.machine()}), "
        f"Python {platform.python_version()}, load average {load[0]:.1f}"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("what", choices=("build", "bench", "stop"))
    parser.add_argument("--url", help="an existing empty database (its owner's URL)")
    parser.add_argument("--folder", type=Path, default=DEFAULT_FOLDER)
    parser.add_argument("--students", type=int, default=30_000)
    parser.add_argument("--evidence", type=int, default=10_000_000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--json", type=Path, help="also write the figures as JSON")
    parser.add_argument(
        "--only", default=",".join(FIGURES), help=f"some of the figures: {','.join(FIGURES)}"
    )
    args = parser.parse_args(argv)

    server = Server.at(args.folder)
    if args.what == "stop":
        server.stop()
        return 0
    if args.url is None:
        server.start()

    def url_for(user: str = ADMIN, password: str | None = None) -> str:
        if args.url:
            from sqlalchemy.engine import make_url

            return (
                make_url(args.url)
                .set(username=user, password=password or make_url(args.url).password)
                .render_as_string(hide_password=False)
            )
        return server.url(user, password)

    if args.what == "build":
        if args.url is None:
            with psycopg.connect(server.url(db="postgres"), autocommit=True) as conn:
                conn.execute(f'DROP DATABASE IF EXISTS "{DATABASE}"')
                conn.execute(f'CREATE DATABASE "{DATABASE}"')
        print(
            f"building the district: {args.students:,} students, {args.evidence:,} evidence "
            f"on {_machine()}",
            flush=True,
        )
        built = build(url_for(), students=args.students, evidence=args.evidence, seed=args.seed)
        rate = built.evidence / built.seconds["rows"]
        print(json.dumps({**built.__dict__, "evidence_per_second": round(rate)}, indent=1))
        (args.folder / "built.json").write_text(json.dumps(built.__dict__))
        return 0
    figures = bench(url_for, runs=args.runs, only=tuple(args.only.split(",")))
    print(f"{'name':<26} {'median':>9} {'floor':>9} {'ratio':>7}  what")
    for f in figures:
        print(
            f"{f.name:<26} {f.median:>8.3f}s {f.floor:>8.3f}s {f.median / f.floor:>7.1f}  {f.note}"
        )
    print(f"({_machine()}, {date.today().isoformat()})")
    if args.json:
        args.json.write_text(
            json.dumps(
                [
                    {
                        "name": f.name,
                        "median": f.median,
                        "floor": f.floor,
                        "runs": f.runs,
                        "floors": f.floors,
                        "note": f.note,
                    }
                    for f in figures
                ],
                indent=1,
            )
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
