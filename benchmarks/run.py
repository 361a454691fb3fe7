"""The performance suite: the speed a teacher feels, each figure beside its floor.

    python benchmarks/run.py              # every benchmark, the hub store included
    python benchmarks/run.py --quick      # fewer runs, no hub store (under 10 minutes)
    python benchmarks/run.py --json FILE  # also write [{name, median, target, floor, ratio, unit}]
    python benchmarks/run.py --only grid_open,entry
    python benchmarks/run.py --quick --cpus 1   # pinned to one CPU: an old laptop's stand-in
                                                # (the probes it starts inherit the pinning)

Each figure is the median of several runs. Each run of a benchmark is timed right
beside a run of its floor (the least this machine can do for the same work: the raw
SQLite query that fetches the same evidence, a bare INSERT and COMMIT, reportlab
drawing the same words without our layout, zipping the same JSON lines...), in the
same process, so a busy or slow machine moves both. ``ratio`` is median / floor, and a
figure misses when its median passes its target in seconds or its ratio passes RATIOS.

The stores come from ``benchmarks/generate.py`` (cached under ``benchmarks/.cache/``);
every benchmark works on a copy, so the cached store never changes. Qt runs offscreen.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import logging
import os
import platform
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
import traceback
import zipfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, fields, is_dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import generate  # noqa: E402  (sets the benchmarks' own configuration folder)

# "This store was copied: new replica id" is expected of every working copy.
logging.getLogger("cbe_desktop").addHandler(logging.NullHandler())
logging.getLogger("cbe_desktop").propagate = False

PYTHON = sys.executable


class NotAvailable(Exception):
    """The code a benchmark measures is not there yet (a colleague is writing it)."""


@dataclass
class Result:
    name: str
    target: float
    unit: str = "s"
    median: float | None = None
    floor: float | None = None
    runs: list[float] = field(default_factory=list)
    floors: list[float] = field(default_factory=list)
    max_ratio: float | None = None  # a second target: the most times its floor (RATIOS)
    verdict: str = ""
    note: str = ""

    @property
    def ratio(self) -> float | None:
        if self.median is None or not self.floor:
            return None
        return self.median / self.floor

    def finish(self) -> Result:
        if self.runs:
            self.median = statistics.median(self.runs)
        if self.floors:
            self.floor = statistics.median(self.floors)
        if self.median is None:
            self.verdict = self.verdict or "n/a"
        elif self.median > self.target:
            self.verdict = "MISS"
        elif self.max_ratio is not None and (self.ratio or 0) > self.max_ratio:
            self.verdict = f"MISS (ratio > {self.max_ratio:g})"
        else:
            self.verdict = "ok"
        return self

    def as_json(self) -> dict:
        r = self.ratio
        return {
            "name": self.name,
            "median": None if self.median is None else round(self.median, 4),
            "target": self.target,
            "max_ratio": self.max_ratio,
            "floor": None if self.floor is None else round(self.floor, 4),
            "ratio": None if r is None else round(r, 2),
            "unit": self.unit,
        }


def timed(fn: Callable[[], object]) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def alternate(
    result: Result, runs: int, subject: Callable[[int], float], floor: Callable[[int], float]
) -> Result:
    """Run the floor and the subject by turns, ``runs`` times each (the floor first)."""
    for i in range(runs):
        result.floors.append(floor(i))
        result.runs.append(subject(i))
    return result.finish()


# ----------------------------------------------------------------------------- stores


class Workbench:
    """The generated stores and the working copies the benchmarks run on."""

    def __init__(self, root: Path, seed: int, cache: Path | None) -> None:
        self.root = root
        self.seed = seed
        self.cache = cache
        self._copies = 0

    def source(self, size: str) -> Path:
        return generate.cached(size, self.seed, cache_dir=self.cache)

    def copy(self, size: str) -> Path:
        """A fresh copy of a generated store's data folder (without its backups)."""
        self._copies += 1
        dest = self.root / f"{size}-{self._copies}"
        shutil.copytree(self.source(size), dest, ignore=shutil.ignore_patterns("backups"))
        return dest


@contextmanager
def opened(folder: Path) -> Iterator:
    from cbe_desktop.core.store import Store

    store = Store.open(folder)
    try:
        yield store
    finally:
        store.close()


def raw(folder: Path, name: str = "cbe-desktop.sqlite") -> sqlite3.Connection:
    """A bare sqlite3 connection with the store's pragmas: what a floor uses."""
    con = sqlite3.connect(folder / name, isolation_level=None)
    con.execute("PRAGMA journal_mode=WAL")
    con.execute("PRAGMA synchronous=FULL")
    return con


def class_ids(store) -> list[str]:  # type: ignore[no-untyped-def]
    from cbe_desktop.core.roster import live_classes

    with store.read() as session:
        return [c.id for c in live_classes(session)]


def _marks(n: int) -> str:
    return ",".join("?" * n)


class RawEvidence:
    """The floor of a grid: fetch a class's evidence rows, nothing more."""

    def __init__(self, con: sqlite3.Connection, class_id: str) -> None:
        self.con = con
        self.students = [
            r[0]
            for r in con.execute(
                "SELECT student_id FROM enrollment WHERE class_id = ? AND deleted_hlc IS NULL",
                (class_id,),
            )
        ]
        self.targets = [
            r[0]
            for r in con.execute(
                "SELECT target_id FROM class_target WHERE class_id = ? AND deleted_hlc IS NULL",
                (class_id,),
            )
        ]
        self.sql = (
            "SELECT id, student_id, target_id, produced_on, level, status, supersedes "
            f"FROM evidence WHERE student_id IN ({_marks(len(self.students))}) "
            f"AND target_id IN ({_marks(len(self.targets))})"
        )

    def fetch(self) -> list:
        return self.con.execute(self.sql, self.students + self.targets).fetchall()


# ----------------------------------------------------------------------------- benchmarks


def byte_compile() -> None:
    """Compile the program's modules to ``.pyc`` first, as an installed copy has them
    (pip and PyInstaller compile at install), so a start does not compile source. A
    checkout run with PYTHONDONTWRITEBYTECODE would otherwise compile every start."""
    import compileall

    import cbe_desktop

    compileall.compile_dir(Path(cbe_desktop.__file__).parent, quiet=1)


def bench_startup_memory(bench: Workbench, runs: int) -> list[Result]:
    """A new process each run: the program's entry point on the year store, to the
    first painted window (and the peak memory once it settled); floor: PySide6, a
    QApplication and one empty window."""
    folder = bench.copy("year")
    startup = Result("startup", 1.5, max_ratio=RATIOS["startup"])
    memory = Result("memory", 350, unit="MB", max_ratio=RATIOS["memory"])

    cpu: list[float] = []

    def probe(*args: str) -> tuple[float, float]:
        started = time.time()
        out = subprocess.run(
            [PYTHON, str(HERE / "probe.py"), *args],
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )
        lines = [ln for ln in out.stdout.splitlines() if ln.startswith("{")]
        if out.returncode != 0 or not lines:
            raise RuntimeError(f"probe {args} failed: {out.stderr.strip()[-800:]}")
        data = json.loads(lines[-1])
        if args[0] == "app":
            cpu.append(data["cpu"])
        return data["painted"] - started, data["maxrss_mb"]

    byte_compile()
    probe("floor")  # the first process start warms the file cache for both
    for _ in range(runs):
        seconds, mb = probe("floor")
        startup.floors.append(seconds)
        memory.floors.append(mb)
        shutil.rmtree(folder / "backups", ignore_errors=True)  # each start makes one
        seconds, mb = probe("app", str(folder))
        startup.runs.append(seconds)
        memory.runs.append(mb)
    # CPU time tells the program's own cost apart from waiting for a busy machine.
    startup.note = f"CPU {statistics.median(cpu):.2f} s of it"
    return [startup.finish(), memory.finish()]


def bench_grid_open(bench: Workbench, runs: int, size: str = "year") -> Result:
    """class_grid and the GradebookModel over it, for one 32 x 40 class (a different
    class each run); floor: the raw query fetching that class's evidence rows."""
    from cbe_desktop.core.gradebook import class_grid
    from cbe_desktop.ui.gradebook_model import GradebookModel

    qt_app()
    name = "grid_open" if size == "year" else f"grid_open_{size}"
    result = Result(name, 0.15 if size == "year" else 0.3, max_ratio=RATIOS["grid_open"])
    folder = bench.copy(size)
    with opened(folder) as store:
        ids = class_ids(store)
        con = raw(folder)
        floors = {cid: RawEvidence(con, cid) for cid in ids[:12]}
        order = list(floors)

        def subject(i: int) -> float:
            def job() -> None:
                with store.read() as session:
                    grid = class_grid(session, order[i % len(order)])
                GradebookModel(grid)

            return timed(job)

        alternate(result, runs, subject, lambda i: timed(floors[order[i % len(order)]].fetch))
        con.close()
    return result


def bench_entry(bench: Workbench, runs: int) -> Result:
    """One keyboard entry on the year store: GradebookPage.type_level on the main
    window (record it, update its cell and the row's summaries, move down, show the
    next cell), and the event loop run until idle; floor: one bare INSERT and COMMIT."""
    from cbe_desktop.ui.main_window import MainWindow

    app = qt_app()
    result = Result("entry", TARGETS["entry"][0], max_ratio=RATIOS["entry"])
    folder = bench.copy("year")
    scratch = raw(folder, "bench-scratch.sqlite")  # beside the store, on the same disk
    scratch.execute(
        "CREATE TABLE IF NOT EXISTS evidence (id TEXT PRIMARY KEY, student_id TEXT, "
        "target_id TEXT, produced_on TEXT, level REAL, status TEXT, hlc TEXT, origin TEXT)"
    )
    with opened(folder) as store:
        window = MainWindow(store)
        window.operations.quiet = True
        window.resize(1440, 860)
        window.show()
        settle(app)
        page = window.page
        view = page.gradebook
        grid = view.model.grid
        rows, columns = len(grid.students), len(grid.targets)
        levels = [lv.value for lv in grid.scale.levels]

        def subject(i: int) -> float:
            row, column = (i * 5) % rows, (i * 7) % columns
            view.table.setCurrentIndex(view.model.index(row, column + 1))
            settle(app)
            before = view.model.grid.cell(row, column).evidence_count
            start = time.perf_counter()
            page.type_level(levels[i % len(levels)])
            app.processEvents()
            app.processEvents()
            seconds = time.perf_counter() - start
            if view.model.grid.cell(row, column).evidence_count != before + 1:
                raise RuntimeError("the typed level did not reach its cell")
            return seconds

        def floor(i: int) -> float:
            def job() -> None:
                scratch.execute("BEGIN IMMEDIATE")
                scratch.execute(
                    "INSERT INTO evidence VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    (f"row-{i}-{time.time_ns()}", "s", "t", "2026-03-13", 3.0, "scored", "h", "o"),
                )
                scratch.execute("COMMIT")

            return timed(job)

        alternate(result, runs, subject, floor)
        window.close()
        window.deleteLater()
        settle(app)
    scratch.close()
    return result


def bench_recompute(bench: Workbench, runs: int) -> Result:
    """A class changes its method (update_class), then every estimate of the year
    store is computed again (class_grid of all 6 classes); floor: the raw queries
    fetching all their evidence."""
    from cbe_desktop.core.gradebook import class_grid
    from cbe_desktop.core.roster import update_class

    result = Result("recompute", 1.0, max_ratio=RATIOS["recompute"])
    folder = bench.copy("year")
    cycle = [("latest", None), ("decaying_average", 65.0), ("power_law", None), ("average", None)]
    with opened(folder) as store:
        ids = class_ids(store)
        con = raw(folder)
        floors = [RawEvidence(con, cid) for cid in ids]

        def subject(i: int) -> float:
            method, param = cycle[i % len(cycle)]

            def job() -> None:
                update_class(store, ids[i % len(ids)], method=method, method_param=param)
                with store.read() as session:
                    for cid in ids:
                        class_grid(session, cid)

            return timed(job)

        alternate(result, runs, subject, lambda i: timed(lambda: [f.fetch() for f in floors]))
        con.close()
    return result


def _strings(value: object, out: list[str]) -> list[str]:
    """Every piece of text in a packet's data, in order (what a plain listing would print)."""
    if isinstance(value, str):
        if value:
            out.append(value)
    elif is_dataclass(value) and not isinstance(value, type):
        for f in fields(value):
            _strings(getattr(value, f.name), out)
    elif isinstance(value, dict):
        for v in value.values():
            _strings(v, out)
    elif isinstance(value, list | tuple):
        for v in value:
            _strings(v, out)
    elif isinstance(value, float | int) and not isinstance(value, bool):
        out.append(f"{value:g}")
    return out


def plain_pdf(packets: list) -> bytes:
    """The floor of a packet: reportlab's canvas writing the same words, one per line,
    in the same font, with no layout at all."""
    from reportlab.lib.pagesizes import letter
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    import cbe_desktop

    if "BenchSans" not in pdfmetrics.getRegisteredFontNames():
        font = Path(cbe_desktop.__file__).parent / "assets" / "fonts" / "DejaVuSans.ttf"
        pdfmetrics.registerFont(TTFont("BenchSans", str(font)))
    out = io.BytesIO()
    pdf = canvas.Canvas(out, pagesize=letter)
    for packet in packets:
        y = 740
        pdf.setFont("BenchSans", 10)
        for words in _strings(packet, []):
            if y < 50:
                pdf.showPage()
                pdf.setFont("BenchSans", 10)
                y = 740
            pdf.drawString(50, y, words[:110])
            y -= 13
        pdf.showPage()
    pdf.save()
    return out.getvalue()


def _conference():  # type: ignore[no-untyped-def]
    try:
        from cbe_desktop.core.conference import class_packets, packet_data
        from cbe_desktop.reports import build_packet
    except ImportError as exc:
        raise NotAvailable(f"conference packets are not importable yet ({exc})") from None
    return class_packets, packet_data, build_packet


def _choose_showcase(store, class_id: str) -> None:  # type: ignore[no-untyped-def]
    """Every student shows one piece of work, a photo where there is one (as a class does
    before conferences); skipped quietly if that part is not there yet."""
    try:
        from cbe_desktop.core.conference import choose_showcase, showcase_candidates
        from cbe_desktop.core.gradebook import class_grid
    except ImportError:
        return
    with store.read() as session:
        choices = []
        for student in class_grid(session, class_id).students:
            candidates = showcase_candidates(session, student.id, class_id)
            pictures = [c for c in candidates if c.has_attachment]
            if candidates:
                choices.append((student.id, (pictures or candidates)[0].evidence_id))
    for student_id, evidence_id in choices:
        choose_showcase(store, student_id, evidence_id, note="I fixed my mistakes on my own.")


def bench_packets(bench: Workbench, runs_class: int, runs_one: int) -> list[Result]:
    """Conference packets on the year store: the whole class of 32 in one PDF, and one
    student (gathering the data and writing the PDF); floor: reportlab's canvas
    writing the same words in the same font without layout."""
    class_packets, packet_data, build_packet = _conference()
    whole = Result("packet_class", 8, max_ratio=RATIOS["packet_class"])
    one = Result("packet_one", 0.5, max_ratio=RATIOS["packet_one"])
    folder = bench.copy("year")
    with opened(folder) as store:
        class_id = class_ids(store)[0]
        _choose_showcase(store, class_id)
        with store.read() as session:
            packets = class_packets(session, class_id)
        student_id = packets[0].student_id
        pages: list[int] = []

        def class_pdf(_i: int) -> float:
            def job() -> None:
                out = io.BytesIO()
                with store.read() as session:
                    data = class_packets(session, class_id)
                build_packet(data, out)
                pages.append(len(out.getvalue()))

            return timed(job)

        def one_pdf(_i: int) -> float:
            def job() -> None:
                with store.read() as session:
                    data = packet_data(session, class_id, student_id)
                build_packet([data], io.BytesIO())

            return timed(job)

        alternate(whole, runs_class, class_pdf, lambda _i: timed(lambda: plain_pdf(packets)))
        alternate(one, runs_one, one_pdf, lambda _i: timed(lambda: plain_pdf(packets[:1])))
        whole.note = f"{len(packets)} students, {pages[-1] // 1024} KB" if pages else ""
    return [whole, one]


def _sync():  # type: ignore[no-untyped-def]
    try:
        from cbe_desktop.sync.exchange import export_bundle, import_bundle
    except ImportError as exc:
        raise NotAvailable(f"sync is not importable yet ({exc})") from None
    return export_bundle, import_bundle


def _synced_tables() -> list[tuple[str, list[str]]]:
    from cbe_desktop.core.models import SYNCED_TABLES

    return [
        (m.__tablename__, [c.name for c in m.__table__.columns if c.name != "seen_hlc"])
        for m in SYNCED_TABLES
    ]


def plain_export(folder: Path, path: Path) -> None:
    """The floor of an export: every synced row as a JSON line, zipped, with the blobs."""
    con = sqlite3.connect(folder / "cbe-desktop.sqlite")
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        for table, cols in _synced_tables():
            rows = con.execute(f"SELECT {', '.join(cols)} FROM {table} ORDER BY id")
            lines = "".join(json.dumps(dict(zip(cols, r, strict=True))) + "\n" for r in rows)
            zf.writestr(f"tables/{table}.jsonl", lines)
        for blob in sorted((folder / "blobs").iterdir()):
            zf.write(blob, f"blobs/{blob.name}")
    con.close()


def plain_import(path: Path, folder: Path) -> None:
    """The floor of an import into an empty store: parse every line, one INSERT each
    (executemany), one transaction, and the blobs written out."""
    con = raw(folder)
    con.execute("BEGIN IMMEDIATE")
    with zipfile.ZipFile(path) as zf:
        for table, cols in _synced_tables():
            rows = [json.loads(line) for line in zf.read(f"tables/{table}.jsonl").splitlines()]
            con.executemany(
                f"INSERT INTO {table} ({', '.join(cols)}) VALUES ({_marks(len(cols))})",
                [tuple(r[c] for c in cols) for r in rows],
            )
        blobs = folder / "blobs"
        blobs.mkdir(exist_ok=True)
        for name in zf.namelist():
            if name.startswith("blobs/"):
                (blobs / name[6:]).write_bytes(zf.read(name))
    con.execute("COMMIT")
    con.close()


def plain_reimport(path: Path, folder: Path) -> None:
    """The floor of importing a file already held: parse every line and look each row's
    stamp up in the store (nothing to write)."""
    con = sqlite3.connect(folder / "cbe-desktop.sqlite")
    with zipfile.ZipFile(path) as zf:
        for table, _cols in _synced_tables():
            held = dict(con.execute(f"SELECT id, hlc FROM {table}"))
            changed = 0
            for line in zf.read(f"tables/{table}.jsonl").splitlines():
                row = json.loads(line)
                changed += held.get(row["id"]) != row["hlc"]
            assert changed == 0, f"{changed} rows of {table} differ"
    con.close()


def _empty_store(folder: Path) -> Path:
    with opened(folder):
        pass
    return folder


def bench_sync(bench: Workbench, runs: int) -> list[Result]:
    """Sync files on the year store: export everything; import it into an empty store;
    import it again into a store that holds it all. Floors: zipping the same JSON
    lines; parsing them and INSERTing every row; parsing them and looking every row up."""
    export_bundle, import_bundle = _sync()
    export = Result("sync_export", 5)
    first = Result("sync_import", 10, max_ratio=RATIOS["sync_import"])
    again = Result("sync_reimport", 3, max_ratio=RATIOS["sync_reimport"])
    folder = bench.copy("year")
    work = bench.root / "sync"
    work.mkdir(exist_ok=True)
    bundle = work / "year.cbesync"
    plain = work / "year-plain.zip"
    received: list[Path] = []
    with opened(folder) as store:

        def do_export(i: int) -> float:
            return timed(lambda: export_bundle(store, bundle))

        alternate(export, runs, do_export, lambda _i: timed(lambda: plain_export(folder, plain)))
        export.note = f"{bundle.stat().st_size // 1024} KB file"

    def do_import(i: int) -> float:
        target = _empty_store(work / f"empty-{i}")
        with opened(target) as store:
            seconds = timed(lambda: import_bundle(store, bundle))
        received.append(target)
        return seconds

    def floor_import(i: int) -> float:
        target = _empty_store(work / f"plain-{i}")
        return timed(lambda: plain_import(plain, target))

    alternate(first, runs, do_import, floor_import)

    def do_reimport(_i: int) -> float:
        with opened(received[0]) as store:
            return timed(lambda: import_bundle(store, bundle))

    alternate(
        again, runs, do_reimport, lambda _i: timed(lambda: plain_reimport(plain, received[0]))
    )
    for path in work.glob("*-*"):
        shutil.rmtree(path, ignore_errors=True)
    return [export, first, again]


def bench_term_marks(bench: Workbench, runs: int) -> Result:
    """A school year's term marks: class_marks for every class of the year store (6
    classes x 32 students x 40 targets, by the school's rules); floor: the raw queries
    fetching all their evidence (as recompute's)."""
    try:
        from cbe_desktop.core.term_marks import class_marks
    except ImportError as exc:
        raise NotAvailable(f"term marks are not importable yet ({exc})") from None
    result = Result("term_marks", TARGETS["term_marks"][0], max_ratio=RATIOS["term_marks"])
    folder = bench.copy("year")
    with opened(folder) as store:
        ids = class_ids(store)
        con = raw(folder)
        floors = [RawEvidence(con, cid) for cid in ids]

        def subject(_i: int) -> float:
            def job() -> None:
                with store.read() as session:
                    for cid in ids:
                        class_marks(session, cid)

            return timed(job)

        alternate(result, runs, subject, lambda _i: timed(lambda: [f.fetch() for f in floors]))
        con.close()
    result.note = f"{len(ids)} classes"
    return result


def _calibration_set(scorers: int = 30, pieces: int = 20, seed: int = 7):  # type: ignore[no-untyped-def]
    """A calibration set as the page reads it: ``pieces`` pieces of work on a four-level
    rubric, each scored by ``scorers`` colleagues (mostly agreeing, as a trained group)."""
    import random

    from cbe_desktop.core.calibration import Piece, RubricLevel, RubricTarget, Score, SetView

    rng = random.Random(seed)
    words = ("Beginning", "Developing", "Proficient", "Extending")
    target = RubricTarget(
        "t1", "7.RP.1", "I can compute unit rates.",
        tuple(RubricLevel(float(n), w, f"{w} work") for n, w in enumerate(words, start=1)),
    )  # fmt: skip
    names = [f"Teacher {n:02d}" for n in range(scorers)]
    made = []
    for n in range(pieces):
        truth = rng.randint(1, 4)
        scores = tuple(
            Score(
                f"s{n}-{k}", name, float(min(4, max(1, truth + rng.choice((-1, 0, 0, 0, 1))))), ""
            )
            for k, name in enumerate(names)
        )
        made.append(Piece(f"p{n}", f"Piece {n + 1}", n, target, "Task", "", (), None, scores))
    return SetView("set", "Unit rates", "2026-12-07", "Lead", True, "", (target,), tuple(made))


def bench_agreement(_bench: Workbench, runs: int) -> Result:
    """The calibration agreement of 30 scorers x 20 pieces: every figure and sentence the
    page shows (agreement + its words); floor: the libraries alone on the same scores
    (krippendorff.alpha once, NLTK's quadratic weighted kappa for each of the 435 pairs:
    the program's own libraries since scikit-learn left the bundle)."""
    try:
        from cbe_desktop.core.agreement import agreement
    except ImportError as exc:
        raise NotAvailable(f"calibration agreement is not importable yet ({exc})") from None
    import krippendorff
    import numpy as np
    from nltk.metrics.agreement import AnnotationTask

    result = Result("agreement", TARGETS["agreement"][0], max_ratio=RATIOS["agreement"])
    view = _calibration_set()
    names = sorted({s.scorer for p in view.pieces for s in p.scores})
    matrix = np.array([[s.level for s in p.scores] for p in view.pieces]).T  # scorers x pieces
    columns = [list(row) for row in matrix.tolist()]
    domain = [1.0, 2.0, 3.0, 4.0]

    def quadratic(x: float, y: float) -> float:
        return (x - y) ** 2

    def floor() -> None:
        krippendorff.alpha(
            reliability_data=matrix, level_of_measurement="ordinal", value_domain=domain
        )
        for a in range(len(names)):
            for b in range(a + 1, len(names)):
                AnnotationTask(
                    data=[("a", n, v) for n, v in enumerate(columns[a])]
                    + [("b", n, v) for n, v in enumerate(columns[b])],
                    distance=quadratic,
                ).weighted_kappa_pairwise("a", "b")

    def subject(_i: int) -> float:
        return timed(lambda: agreement(view).sentences())

    agreement(view).sentences()  # the libraries' first import is not the figure
    floor()
    alternate(result, runs, subject, lambda _i: timed(floor))
    result.note = f"{len(names)} scorers x {len(view.pieces)} pieces"
    return result


# ----------------------------------------------------------------------------- running


def qt_app():  # type: ignore[no-untyped-def]
    """The QApplication, as the program makes it: None, True and False pinned first (PySide6
    6.12 on Python 3.11 loses a reference to None at each call, see app.pin_singletons)."""
    from PySide6.QtWidgets import QApplication

    from cbe_desktop.app import pin_singletons

    pin_singletons()
    return QApplication.instance() or QApplication(sys.argv[:1])


def settle(app, rounds: int = 3) -> None:  # type: ignore[no-untyped-def]
    for _ in range(rounds):
        app.processEvents()


@dataclass(frozen=True)
class Plan:
    quick: bool

    def runs(self, full: int, quick: int) -> int:
        return quick if self.quick else full


def suite(bench: Workbench, plan: Plan) -> list[tuple[str, Callable[[], list[Result]]]]:
    r = plan.runs
    items: list[tuple[str, Callable[[], list[Result]]]] = [
        ("startup", lambda: bench_startup_memory(bench, r(9, 5))),
        ("grid_open", lambda: [bench_grid_open(bench, r(15, 9))]),
        ("entry", lambda: [bench_entry(bench, r(81, 41))]),
        ("recompute", lambda: [bench_recompute(bench, r(7, 3))]),
        ("packet_class", lambda: bench_packets(bench, r(5, 3), r(9, 5))),
        ("sync_export", lambda: bench_sync(bench, r(5, 3))),
        ("term_marks", lambda: [bench_term_marks(bench, r(5, 3))]),
        ("agreement", lambda: [bench_agreement(bench, r(9, 5))]),
    ]
    if not plan.quick:
        items.insert(2, ("grid_open_hub", lambda: [bench_grid_open(bench, 15, "hub")]))
    return items


ALIASES = {
    "memory": "startup",
    "packet_one": "packet_class",
    "sync_import": "sync_export",
    "sync_reimport": "sync_export",
}
NAMES = {
    "startup": ["startup", "memory"],
    "grid_open": ["grid_open"],
    "grid_open_hub": ["grid_open_hub"],
    "entry": ["entry"],
    "recompute": ["recompute"],
    "packet_class": ["packet_class", "packet_one"],
    "sync_export": ["sync_export", "sync_import", "sync_reimport"],
    "term_marks": ["term_marks"],
    "agreement": ["agreement"],
}
#: The most times its floor each median may take (issue 20): what a slower laptop keeps.
RATIOS = {
    "startup": 4,
    "memory": 3,
    "grid_open": 3,
    "grid_open_hub": 3,
    "entry": 15,
    "recompute": 2,
    "packet_class": 3,
    "packet_one": 4,
    "sync_import": 1.5,
    "sync_reimport": 2,
    "term_marks": 3,
    "agreement": 1.5,
}
TARGETS = {
    "startup": (1.5, "s"),
    "memory": (350, "MB"),
    "grid_open": (0.15, "s"),
    "grid_open_hub": (0.3, "s"),
    "entry": (0.016, "s"),  # one frame at 60 Hz
    "recompute": (1.0, "s"),
    "packet_class": (8, "s"),
    "packet_one": (0.5, "s"),
    "sync_export": (5, "s"),
    "sync_import": (10, "s"),
    "sync_reimport": (3, "s"),
    "term_marks": (3, "s"),
    "agreement": (1, "s"),
}


def fmt(value: float | None, unit: str) -> str:
    if value is None:
        return "—"
    if unit == "MB":
        return f"{value:.0f}"
    return f"{value:.3f}" if value < 10 else f"{value:.1f}"


def table(results: list[Result]) -> str:
    head = ("name", "median", "target", "floor", "ratio", "unit", "verdict")
    rows = [
        (
            r.name,
            fmt(r.median, r.unit),
            f"{r.target:g}",
            fmt(r.floor, r.unit),
            ("—" if r.ratio is None else f"{r.ratio:.1f}")
            + ("" if r.max_ratio is None else f" (≤ {r.max_ratio:g})"),
            r.unit,
            r.verdict + (f" — {r.note}" if r.note else ""),
        )
        for r in results
    ]
    widths = [max(len(str(x)) for x in col) for col in zip(head, *rows, strict=True)]
    widths[-1] = len(head[-1])

    def line(cells: tuple) -> str:
        return "| " + " | ".join(str(c).ljust(w) for c, w in zip(cells, widths, strict=True)) + " |"

    sep = "|" + "|".join("-" * (w + 2) for w in widths) + "|"
    return "\n".join([line(head), sep, *(line(r) for r in rows)])


def load_average() -> str:
    """Other work on the machine moves the figures (the floors show by how much)."""
    with contextlib.suppress(OSError, AttributeError):
        return " ".join(f"{x:.2f}" for x in os.getloadavg())
    return "?"


def machine() -> str:
    import PySide6
    from PySide6 import QtCore

    cpu = "unknown"
    try:
        for ln in Path("/proc/cpuinfo").read_text().splitlines():
            if ln.startswith("model name"):
                cpu = ln.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    ram = "?"
    try:
        kb = int(Path("/proc/meminfo").read_text().split()[1])
        ram = f"{kb / 1024 / 1024:.1f} GiB"
    except (OSError, ValueError, IndexError):
        pass
    return (
        f"{os.cpu_count()} cores ({cpu}), {ram} RAM, load average {load_average()}, "
        f"{platform.system()} {platform.release()}, "
        f"Python {platform.python_version()}, SQLite {sqlite3.sqlite_version}, "
        f"PySide6 {PySide6.__version__} (Qt {QtCore.qVersion()})"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="fewer runs, no hub store")
    parser.add_argument("--json", type=Path, metavar="FILE", help="write the figures as JSON")
    parser.add_argument("--only", help="comma-separated benchmark names")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument(
        "--cpus",
        type=int,
        metavar="N",
        help="run on N CPUs only (1: the stand-in for an old laptop); children inherit it",
    )
    parser.add_argument("--cache", type=Path, help="where generated stores are kept")
    args = parser.parse_args(argv)

    wanted = None
    if args.only:
        wanted = {ALIASES.get(n.strip(), n.strip()) for n in args.only.split(",") if n.strip()}
        unknown = wanted - set(NAMES)
        if unknown:
            parser.error(
                f"unknown benchmark {sorted(unknown)[0]!r}; choose from {', '.join(TARGETS)}"
            )
    if args.cpus:
        allowed = sorted(os.sched_getaffinity(0))[: max(1, args.cpus)]
        os.sched_setaffinity(0, allowed)
    started = time.perf_counter()
    mode = " (quick)" if args.quick else ""
    if args.cpus:
        mode += f" (on {args.cpus} CPU{'s' if args.cpus > 1 else ''})"
    print(f"cbe-desktop benchmarks{mode} — {time.strftime('%Y-%m-%d %H:%M')}")
    print(machine(), flush=True)
    results: list[Result] = []
    failed = False
    with tempfile.TemporaryDirectory(prefix="cbe-bench-") as tmp:
        bench = Workbench(Path(tmp), args.seed, args.cache)
        for key, job in suite(bench, Plan(args.quick)):
            if wanted is not None and key not in wanted:
                continue
            t0 = time.perf_counter()
            print(f"... {key}", end="", flush=True)
            try:
                done = job()
            except NotAvailable as exc:
                done = [
                    Result(
                        n, TARGETS[n][0], TARGETS[n][1], verdict="not available yet", note=str(exc)
                    )
                    for n in NAMES[key]
                ]
            except Exception as exc:  # one broken benchmark does not stop the others
                failed = True
                traceback.print_exc()
                done = [
                    Result(n, TARGETS[n][0], TARGETS[n][1], verdict="ERROR", note=str(exc)[:120])
                    for n in NAMES[key]
                ]
            print(f" {time.perf_counter() - t0:.1f} s", flush=True)
            results.extend(done)
    print()
    print(table(results))
    print(f"\n(whole run: {time.perf_counter() - started:.0f} s; load average {load_average()})")
    if args.json:
        args.json.write_text(json.dumps([r.as_json() for r in results], indent=2) + "\n")
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
