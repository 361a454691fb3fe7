"""Fault injection: kill the program at random moments, fill its disk, run two copies at once.

    python tests/reliability/fault_injection.py                 # about 80 minutes
    python tests/reliability/fault_injection.py --quick         # about 15 minutes
    python tests/reliability/fault_injection.py --out tests/reliability/RESULTS.md
    python tests/reliability/fault_injection.py --only calibration,learner,term --tries 3
    python tests/reliability/fault_injection.py --only marks --tries 6
                                                # only those commands, 3 kills each

Three kinds of trouble a teacher's laptop meets, each tried many times against the real
command line in other processes (nothing is mocked):

1. **SIGKILL at a random moment** of every command that writes (and of a "keystroke"
   writer that records evidence one piece at a time, as the window does). After each
   kill: SQLite's full ``integrity_check`` must pass; the live counts (``stats --json``,
   and every table's live rows, merged students and archived classes, so that calibration
   scores, exemplars and a merge count too) must be those from before the command or those
   after it (one transaction: never half); every piece of
   evidence the keystroke writer was told was saved must be there; after the next start
   no half-made file (``.partial``, ``.restoring``, ``.sync-*``) may be left, and no
   student's name may be readable in the clear next to a locked sync file.
2. **A full disk** (a tmpfs of its own; needs root): each command at several amounts of
   free space must either work or say the disk is full, in one sentence (never "damaged",
   never "unexpected problem", never a traceback), and leave the store sound and whole.
3. **Two writers at once**: pairs of commands started together must both finish, with
   every row of both.

"Data lost" counts kills after which saved evidence was missing, the counts were half of a
command, or the store was damaged. The figures go to a Markdown file.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DB = "cbe-desktop.sqlite"
PASSPHRASE = "seven green apples"
LEFTOVER_MARKS = (".partial", ".restoring", ".sync-")
ENV = {**os.environ, "CBE_DESKTOP_DEBUG": ""}
SET = "Ratios, December"  # the calibration set the base's teacher leads
LEADER = "Ms. Elena Rivera"
UNIT_TEST = "Ratios and proportions unit test"
#: Two records of one learner: the demo's, and one a roster brought in without an id.
SECOND_RECORD = ("Aaliyah Johnson-Reed", "Aaliyah Reed")

KEYSTROKES = """
import sys
from datetime import date
from sqlmodel import select
from cbe_desktop.core.evidence import EvidenceEntry, record_evidence
from cbe_desktop.core.models import ClassTarget, Enrollment
from cbe_desktop.core.store import Store
store = Store.open(sys.argv[1], what="window")
with store.read() as s:
    pairs = [(e, t) for e in s.exec(select(Enrollment)).all()
             for t in s.exec(select(ClassTarget).where(ClassTarget.class_id == e.class_id)).all()]
n = 0
while True:
    e, t = pairs[n % len(pairs)]
    done = record_evidence(store, EvidenceEntry(student_id=e.student_id, target_id=t.target_id,
        produced_on=date.today(), level=float(1 + n % 4), class_id=e.class_id))
    print(done.evidence_id, flush=True)
    n += 1
"""


def cbe(folder: Path, *args: str) -> list[str]:
    return [sys.executable, "-m", "cbe_desktop", "--data-dir", str(folder), *args]


def run(folder: Path, *args: str, timeout: float = 300) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        cbe(folder, *args), capture_output=True, text=True, timeout=timeout, env=ENV, cwd=ROOT
    )


#: Tables whose rows say nothing of the teacher's work (the laptop's own bookkeeping).
BOOKKEEPING = {"alembic_version", "replica", "setting"}


def counts(folder: Path) -> dict[str, int]:
    """The live counts as the program says them (``stats --json``), with every table's
    live rows and the rows a command changes without adding any (a merged student, an
    archived class), read from the file itself."""
    done = run(folder, "stats", "--json")
    if done.returncode:
        raise RuntimeError(done.stderr)
    found: dict[str, int] = json.loads(done.stdout)
    con = sqlite3.connect(f"file:{folder / DB}?mode=ro", uri=True)
    try:
        tables = [
            r[0]
            for r in con.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            )
        ]
        for table in sorted(set(tables) - BOOKKEEPING):
            columns = {r[1] for r in con.execute(f'PRAGMA table_info("{table}")')}
            live = " WHERE deleted_hlc IS NULL" if "deleted_hlc" in columns else ""
            query = f'SELECT count(*) FROM "{table}"{live}'
            (found[f"rows {table}"],) = con.execute(query).fetchone()
        found["students merged"] = con.execute(
            "SELECT count(*) FROM student WHERE merged_into IS NOT NULL"
        ).fetchone()[0]
        found["classes archived"] = con.execute(
            "SELECT count(*) FROM school_class WHERE archived"
        ).fetchone()[0]
    finally:
        con.close()
    return found


def integrity(folder: Path) -> list[str]:
    con = sqlite3.connect(folder / DB)
    try:
        rows = [r[0] for r in con.execute("PRAGMA integrity_check")]
    finally:
        con.close()
    return [] if rows == ["ok"] else rows


def leftovers(*folders: Path) -> list[str]:
    found = []
    for folder in folders:
        for path in folder.rglob("*"):
            if any(mark in path.name for mark in LEFTOVER_MARKS):
                found.append(str(path))
    return found


@dataclass
class Tally:
    tries: int = 0
    failures: int = 0
    data_lost: int = 0
    notes: list[str] = field(default_factory=list)

    def fail(self, why: str, *, lost: bool = False) -> None:
        self.failures += 1
        self.data_lost += int(lost)
        if len(self.notes) < 5:
            self.notes.append(why)


@dataclass
class Setup:
    work: Path
    base: Path  # the demo classes, closed cleanly
    bundle: Path  # a locked sync file from another laptop
    backup: Path  # a backup of the base
    colleague_set: Path  # a locked calibration set a colleague made on their laptop
    okafor_return: Path  # a colleague's scores of the base's own set, locked
    targets: Path  # a CSV of 1,500 targets
    roster: Path  # a CSV roster of 300 students
    names: list[str]  # students' names, to look for in the clear


def prepare(work: Path) -> Setup:
    base = work / "base"
    if run(base, "demo").returncode:
        raise RuntimeError("could not build the demo")
    other = work / "other"
    run(other, "demo", "--lang", "es")
    pw = work / "passphrase.txt"
    pw.write_text(PASSPHRASE + "\n", encoding="utf-8")
    bundle = work / "other.cbesync"
    done = run(other, "sync", "export", "--out", str(bundle), "--passphrase-file", str(pw))
    if done.returncode:
        raise RuntimeError(done.stderr)
    # Calibration: the base's teacher leads a set of the unit test and scores it; a
    # colleague opens it, scores it and returns the scores; the other laptop leads a set
    # of its own. A second record of one student (no school identifier) can be merged.
    lead_set = work / "lead-set.cbecal"
    _must(run(base, "calibration", "new", "--title", SET, "--task", UNIT_TEST,
              "--pieces", "6", "--out", str(lead_set), "--passphrase-file", str(pw)))  # fmt: skip
    colleague = work / "colleague"
    _must(run(colleague, "calibration", "open", str(lead_set), "--passphrase-file", str(pw)))
    for piece, level in zip("ABCDEF", "122334", strict=True):
        _must(run(base, "calibration", "score", SET, "--piece", piece, "--level", level,
                  "--why", "The key step is there.", "--scorer", LEADER))  # fmt: skip
        _must(run(colleague, "calibration", "score", SET, "--piece", piece, "--level", level,
                  "--scorer", "Mr. Okafor"))  # fmt: skip
    okafor = work / "okafor.cbecal"
    _must(run(colleague, "calibration", "return", SET, "--scorer", "Mr. Okafor",
              "--out", str(okafor), "--passphrase-file", str(pw)))  # fmt: skip
    colleague_set = work / "razones.cbecal"
    _must(run(other, "calibration", "new", "--title", "Razones", "--task",
              "Examen de la unidad: razones y proporciones", "--pieces", "4",
              "--out", str(colleague_set), "--passphrase-file", str(pw)))  # fmt: skip
    second = work / "second-record.csv"
    first_name, last_name = SECOND_RECORD[1].split(" ", 1)
    second.write_text(f"first_name,last_name\n{first_name},{last_name}\n", encoding="utf-8")
    _must(run(base, "import", "roster", str(second), "--class", "Science 7 — Period 5"))
    backup = work / "friday.sqlite"
    run(base, "backup", "--out", str(backup))
    targets = work / "targets.csv"
    targets.write_text(
        "code,statement\n" + "".join(f"K.{i},I can do step {i}\n" for i in range(1500)),
        encoding="utf-8",
    )
    roster = work / "roster.csv"
    roster.write_text(
        "first_name,last_name,student_number\n"
        + "".join(f"Kid{i},Family{i},S{i:05d}\n" for i in range(300)),
        encoding="utf-8",
    )
    mastery = json.loads(run(base, "mastery", "--class", "Math 7 — Period 2", "--json").stdout)
    names = sorted({row["student"] for row in mastery})
    return Setup(work, base, bundle, backup, colleague_set, okafor, targets, roster, names)


def _must(done: subprocess.CompletedProcess[str]) -> None:
    if done.returncode:
        raise RuntimeError(f"{done.args[3:]}: {done.stderr.strip()}")


def commands(s: Setup, out: Path) -> dict[str, list[str]]:
    pw = str(s.work / "passphrase.txt")
    return {
        "import targets": ["import", "targets", str(s.targets), "--framework", "Steps"],
        "import roster": ["import", "roster", str(s.roster), "--class", "Math 7 — Period 2"],
        "sync import": ["sync", "import", str(s.bundle), "--passphrase-file", pw],
        "sync export (locked)": ["sync", "export", "--out", str(out / "x.cbesync"),
                                 "--passphrase-file", pw],
        "backup": ["backup", "--out", str(out / "copy.sqlite")],
        "restore": ["restore", str(s.backup)],
        "report conference": ["report", "conference", "--class", "Math 7 — Period 2",
                              "--out", str(out / "packets.pdf")],
        # the writing commands that came with calibration and the learner's record
        "calibration new": ["calibration", "new", "--title", "Ratios, again", "--task",
                            UNIT_TEST, "--pieces", "4", "--out", str(out / "again.cbecal"),
                            "--passphrase-file", pw],
        "calibration open": ["calibration", "open", str(s.colleague_set), "--passphrase-file", pw],
        "calibration score": ["calibration", "score", SET, "--piece", "B", "--level", "3",
                              "--why", "Both steps, no words.", "--scorer", "Ms. Lindqvist"],
        "calibration return": ["calibration", "return", SET, "--scorer", LEADER,
                               "--out", str(out / "back.cbecal"), "--passphrase-file", pw],
        "calibration gather": ["calibration", "gather", str(s.okafor_return),
                               "--passphrase-file", pw],
        "calibration agree": ["calibration", "agree", SET, "--piece", "A", "--level", "2",
                              "--reason", "Stops before the unit rate.", "--exemplar"],
        "learner merge": ["learner", "merge", *SECOND_RECORD],
        "term start": ["term", "start", "--class", "Math 7 — Period 2", "--term", "Spring 2027"],
        # the term marks: one set by the teacher, and a term closed (every mark stored)
        "marks override": ["marks", "override", "--class", "Math 7 — Period 2", "--student",
                           "Vale Cruz", "--mark", "C", "--reason", "Her portfolio shows more."],
        "marks close": ["marks", "close", "--class", "Math 7 — Period 2"],
    }  # fmt: skip


def chosen(names, only: list[str] | None) -> list[str]:  # type: ignore[no-untyped-def]
    """The names that hold one of ``only``'s words (all of them without ``only``)."""
    return [n for n in names if not only or any(word in n for word in only)]


def fresh(s: Setup, name: str) -> tuple[Path, Path]:
    folder = s.work / "runs" / name
    out = s.work / "runs" / f"{name}-usb"
    shutil.rmtree(folder, ignore_errors=True)
    shutil.rmtree(out, ignore_errors=True)
    shutil.copytree(s.base, folder)
    out.mkdir(parents=True)
    return folder, out


# ----- 1. kills ---------------------------------------------------------------------
def kills(
    s: Setup, tries_per_command: int, rng: random.Random, only: list[str] | None = None
) -> dict[str, Tally]:
    results: dict[str, Tally] = {}
    before = counts(s.base)
    for name in chosen(commands(s, s.work), only):
        folder, out = fresh(s, "reference")
        started = time.monotonic()
        done = run(folder, *commands(s, out)[name])
        took = time.monotonic() - started
        if done.returncode:
            raise RuntimeError(f"{name}: {done.stderr}")
        after = counts(folder)
        tally = results.setdefault(f"kill: {name}", Tally())
        for n in range(tries_per_command):
            folder, out = fresh(s, f"kill-{n}")
            proc = subprocess.Popen(
                cbe(folder, *commands(s, out)[name]),
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
                env=ENV,
                cwd=ROOT,
            )
            time.sleep(rng.uniform(0.2, took * 1.1))
            proc.send_signal(signal.SIGKILL)
            proc.wait()
            tally.tries += 1
            _judge_after_kill(s, folder, out, tally, {json.dumps(before), json.dumps(after)})
    if chosen(["keystrokes"], only):
        results["kill: keystrokes"] = _kill_keystrokes(s, tries_per_command, rng)
    return results


def _judge_after_kill(s: Setup, folder: Path, out: Path, tally: Tally, allowed: set[str]) -> None:
    problems = integrity(folder)
    if problems:
        tally.fail(f"damaged after a kill: {problems[0]}", lost=True)
        return
    check = run(folder, "check")  # the next start: it cleans what the kill left
    if check.returncode:
        tally.fail(f"check failed after a kill: {check.stderr.strip()}", lost=True)
        return
    now = counts(folder)
    if json.dumps(now) not in allowed:
        tally.fail(f"half a command in the store: {now}", lost=True)
    left = leftovers(folder, out)
    if left:
        tally.fail(f"left behind: {left[:3]}")
    for path in out.rglob("*"):
        if path.is_file() and path.suffix != ".pdf" and path.suffix != ".sqlite":
            data = path.read_bytes()
            if any(name.encode() in data for name in s.names):
                tally.fail(f"a student's name in the clear in {path.name}")


def _kill_keystrokes(s: Setup, tries: int, rng: random.Random) -> Tally:
    tally = Tally()
    for n in range(tries):
        folder, _ = fresh(s, f"keys-{n}")
        proc = subprocess.Popen(
            [sys.executable, "-c", KEYSTROKES, str(folder)],
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
            env=ENV,
            cwd=ROOT,
        )
        assert proc.stdout is not None
        saved: list[str] = []
        first = proc.stdout.readline()  # wait until it writes, then let it run a while
        saved.append(first.strip())
        time.sleep(rng.uniform(0.0, 1.5))
        proc.send_signal(signal.SIGKILL)
        saved += [line.strip() for line in proc.stdout.read().splitlines() if line.strip()]
        proc.wait()
        tally.tries += 1
        problems = integrity(folder)
        if problems:
            tally.fail(f"damaged: {problems[0]}", lost=True)
            continue
        con = sqlite3.connect(folder / DB)
        try:
            there = {r[0] for r in con.execute("SELECT id FROM evidence")}
        finally:
            con.close()
        missing = [i for i in saved if i not in there]
        if missing:
            tally.fail(f"{len(missing)} saved evidence missing after a kill", lost=True)
        if run(folder, "check").returncode:
            tally.fail("check failed after a kill", lost=True)
    return tally


# ----- 2. a full disk -------------------------------------------------------------
def full_disk(s: Setup, levels: list[int], only: list[str] | None = None) -> dict[str, Tally]:
    results: dict[str, Tally] = {}
    disk = s.work / "disk"
    disk.mkdir(exist_ok=True)
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=64m", "cbe-faults", disk], capture_output=True
    )
    if mounted.returncode:
        results["full disk"] = Tally(notes=["skipped: mounting a small disk needs root"])
        return results
    try:
        before = counts(s.base)
        for name in chosen(commands(s, s.work), only):
            tally = results.setdefault(f"disk full: {name}", Tally())
            for free in levels:
                folder = disk / "data"
                out = disk / "usb"
                shutil.rmtree(folder, ignore_errors=True)
                shutil.rmtree(out, ignore_errors=True)
                for f in disk.glob("filler*"):
                    f.unlink()
                shutil.copytree(s.base, folder)
                out.mkdir()
                _fill(disk, free)
                done = run(folder, *commands(s, out)[name])
                tally.tries += 1
                said = done.stderr
                if done.returncode and "There is no space left on the disk" not in said:
                    tally.fail(f"at {free} bytes: {said.strip()[:160]}")
                if any(w in said for w in ("unexpected", "Traceback", "Logging error")) or (
                    "damaged" in said.replace("not damaged", "")
                ):
                    tally.fail(f"at {free} bytes, misleading: {said.strip()[:160]}")
                for f in disk.glob("filler*"):
                    f.unlink()
                if integrity(folder):
                    tally.fail(f"at {free} bytes: damaged", lost=True)
                    continue
                if done.returncode and name not in ("restore",) and counts(folder) != before:
                    tally.fail(f"at {free} bytes: changed although it failed", lost=True)
                run(folder, "stats")  # the next start cleans
                left = leftovers(folder, out)
                if left:
                    tally.fail(f"at {free} bytes left behind: {left[:3]}")
    finally:
        subprocess.run(["umount", "-l", disk], capture_output=True)
    return results


def _fill(disk: Path, leave: int) -> None:
    filler = disk / "filler.bin"
    size = max(shutil.disk_usage(disk).free - leave, 0)
    with open(filler, "wb") as fh:
        if size:
            try:
                os.posix_fallocate(fh.fileno(), 0, size)
            except OSError:
                fh.truncate(0)
    if leave == 0:
        try:
            with open(disk / "filler2.bin", "wb", buffering=0) as fh:
                while True:
                    fh.write(b"\0" * 4096)
        except OSError:
            return


# ----- 3. two writers at once ------------------------------------------------------
def two_writers(s: Setup, rounds: int, only: list[str] | None = None) -> dict[str, Tally]:
    every = commands(s, s.work)
    pairs: dict[str, tuple[list[str], list[str]]] = {
        "import targets + import roster": (
            ["import", "targets", str(s.targets), "--framework", "Steps"],
            ["import", "roster", str(s.roster), "--class", "Math 7 — Period 2"],
        ),
        "sync import + import targets": (
            ["sync", "import", str(s.bundle), "--passphrase-file", str(s.work / "passphrase.txt")],
            ["import", "targets", str(s.targets), "--framework", "Steps"],
        ),
        "calibration gather + term start": (every["calibration gather"], every["term start"]),
        "learner merge + calibration agree": (every["learner merge"], every["calibration agree"]),
        "marks close + sync import": (
            every["marks close"],
            ["sync", "import", str(s.bundle), "--passphrase-file", str(s.work / "passphrase.txt")],
        ),
        "marks override + learner merge": (every["marks override"], every["learner merge"]),
        "calibration open + sync import": (
            every["calibration open"],
            ["sync", "import", str(s.bundle), "--passphrase-file", str(s.work / "passphrase.txt")],
        ),
    }
    results: dict[str, Tally] = {}
    for name in chosen(pairs, only):
        a, b = pairs[name]
        tally = results.setdefault(f"two at once: {name}", Tally())
        folder, _ = fresh(s, "ref-pair")
        run(folder, *a)
        run(folder, *b)
        expected = counts(folder)
        for n in range(rounds):
            folder, _ = fresh(s, f"pair-{n}")
            procs = [
                subprocess.Popen(cbe(folder, *cmd), stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                 text=True, env=ENV, cwd=ROOT)
                for cmd in (a, b)
            ]  # fmt: skip
            outs = [p.communicate(timeout=600) for p in procs]
            tally.tries += 1
            for p, (_, err) in zip(procs, outs, strict=True):
                if p.returncode:
                    tally.fail(f"one of two failed: {err.strip()[:160]}")
            now = counts(folder)
            if now != expected:
                tally.fail(f"rows missing after two at once: {now}", lost=True)
    if chosen(["keystrokes + sync import"], only):
        results["two at once: keystrokes + sync import"] = _keys_and_import(s, rounds)
    return results


def _keys_and_import(s: Setup, rounds: int) -> Tally:
    tally = Tally()
    for n in range(rounds):
        folder, _ = fresh(s, f"keys-import-{n}")
        keys = subprocess.Popen(
            [sys.executable, "-c", KEYSTROKES, str(folder)],
            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=ENV, cwd=ROOT,
        )  # fmt: skip
        done = run(folder, "sync", "import", str(s.bundle), "--passphrase-file",
                   str(s.work / "passphrase.txt"))  # fmt: skip
        keys.send_signal(signal.SIGTERM)
        assert keys.stdout is not None
        saved = [line.strip() for line in keys.stdout.read().splitlines() if line.strip()]
        keys.wait()
        tally.tries += 1
        if done.returncode:
            tally.fail(f"sync import beside keystrokes: {done.stderr.strip()[:160]}")
        con = sqlite3.connect(folder / DB)
        try:
            there = {r[0] for r in con.execute("SELECT id FROM evidence")}
        finally:
            con.close()
        if [i for i in saved if i not in there]:
            tally.fail("keystrokes lost beside a sync import", lost=True)
    return tally


# ----- the report ------------------------------------------------------------------
def report(results: dict[str, Tally], seconds: float, args: argparse.Namespace) -> str:
    lines = [
        "# Fault injection: results",
        "",
        f"Run on {datetime.now():%Y-%m-%d %H:%M} with "
        f"`python tests/reliability/fault_injection.py{' --quick' if args.quick else ''}"
        f"{f' --only {args.only}' if args.only else ''}"
        f"{f' --tries {args.tries}' if args.tries else ''}"
        f" --seed {args.seed}` in {seconds / 60:.1f} minutes; {platform.system()} "
        f"{platform.release()}, Python {platform.python_version()}, {os.cpu_count()} cores.",
        "",
        "| trouble | tries | failures | data lost |",
        "|---|---:|---:|---:|",
    ]
    total = Tally()
    for name, t in results.items():
        lines.append(f"| {name} | {t.tries} | {t.failures} | {t.data_lost} |")
        total.tries += t.tries
        total.failures += t.failures
        total.data_lost += t.data_lost
    lines.append(f"| **all** | **{total.tries}** | **{total.failures}** | **{total.data_lost}** |")
    notes = [f"- {name}: {note}" for name, t in results.items() for note in t.notes]
    if notes:
        lines += ["", "What failed (first few of each):", "", *notes]
    lines += [
        "",
        "A failure is any of: SQLite's integrity check fails; the counts are neither those "
        "before nor those after the command; a piece of evidence reported saved is missing; "
        "a half-made file is left after the next start; a student's name is readable next "
        "to a locked sync file; at a full disk, a sentence other than the disk-full one, or "
        "'damaged', 'unexpected problem' or a traceback. Data lost counts the first three.",
        "",
    ]
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="fewer tries (about 15 minutes)")
    parser.add_argument("--seed", type=int, default=12)
    parser.add_argument("--out", type=Path, help="write the results (Markdown) to this file")
    parser.add_argument(
        "--only",
        metavar="WORDS",
        help="only the commands and pairs whose names hold one of these comma-separated "
        "words, e.g. 'calibration,learner,term'",
    )
    parser.add_argument("--tries", type=int, help="kills per command (default 38; --quick 4)")
    args = parser.parse_args()
    only = [w.strip() for w in args.only.split(",") if w.strip()] if args.only else None
    rng = random.Random(args.seed)
    started = time.monotonic()
    kills_per_command, disk_levels, rounds = (
        (4, [0, 300_000], 1) if args.quick else (38, [0, 50_000, 300_000, 1_000_000, 3_000_000], 3)
    )
    if args.tries:
        kills_per_command = args.tries
    steps: list[Callable[[Setup], dict[str, Tally]]] = [
        lambda s: kills(s, kills_per_command, rng, only),
        lambda s: full_disk(s, disk_levels, only),
        lambda s: two_writers(s, rounds, only),
    ]
    results: dict[str, Tally] = {}
    with tempfile.TemporaryDirectory(prefix="cbe-faults-") as tmp:
        setup = prepare(Path(tmp))
        for step in steps:
            part = step(setup)
            for name, tally in part.items():
                print(f"{name}: {tally.tries} tries, {tally.failures} failures, "
                      f"{tally.data_lost} data lost", flush=True)  # fmt: skip
            results.update(part)
    text = report(results, time.monotonic() - started, args)
    if args.out:
        args.out.write_text(text, encoding="utf-8")
    print(text)
    return 1 if any(t.failures for t in results.values()) else 0


if __name__ == "__main__":
    raise SystemExit(main())
