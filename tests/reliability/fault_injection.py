"""Fault injection: kill the program at random moments, fill its disk, run two copies at once.

    python tests/reliability/fault_injection.py                 # about 25 minutes
    python tests/reliability/fault_injection.py --quick         # about 6 minutes
    python tests/reliability/fault_injection.py --out tests/reliability/RESULTS.md

Three kinds of trouble a teacher's laptop meets, each tried many times against the real
command line in other processes (nothing is mocked):

1. **SIGKILL at a random moment** of every command that writes (and of a "keystroke"
   writer that records evidence one piece at a time, as the window does). After each
   kill: SQLite's full ``integrity_check`` must pass; the live counts must be those from
   before the command or those after it (one transaction: never half); every piece of
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


def counts(folder: Path) -> dict[str, int]:
    done = run(folder, "stats", "--json")
    if done.returncode:
        raise RuntimeError(done.stderr)
    return json.loads(done.stdout)


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
    return Setup(work, base, bundle, backup, targets, roster, names)


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
    }  # fmt: skip


def fresh(s: Setup, name: str) -> tuple[Path, Path]:
    folder = s.work / "runs" / name
    out = s.work / "runs" / f"{name}-usb"
    shutil.rmtree(folder, ignore_errors=True)
    shutil.rmtree(out, ignore_errors=True)
    shutil.copytree(s.base, folder)
    out.mkdir(parents=True)
    return folder, out


# ----- 1. kills ---------------------------------------------------------------------
def kills(s: Setup, tries_per_command: int, rng: random.Random) -> dict[str, Tally]:
    results: dict[str, Tally] = {}
    before = counts(s.base)
    for name in commands(s, s.work):
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
def full_disk(s: Setup, levels: list[int]) -> dict[str, Tally]:
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
        for name in commands(s, s.work):
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
def two_writers(s: Setup, rounds: int) -> dict[str, Tally]:
    pairs: dict[str, tuple[list[str], list[str]]] = {
        "import targets + import roster": (
            ["import", "targets", str(s.targets), "--framework", "Steps"],
            ["import", "roster", str(s.roster), "--class", "Math 7 — Period 2"],
        ),
        "sync import + import targets": (
            ["sync", "import", str(s.bundle), "--passphrase-file", str(s.work / "passphrase.txt")],
            ["import", "targets", str(s.targets), "--framework", "Steps"],
        ),
    }
    results: dict[str, Tally] = {}
    for name, (a, b) in pairs.items():
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
    parser.add_argument("--quick", action="store_true", help="fewer tries (about 6 minutes)")
    parser.add_argument("--seed", type=int, default=12)
    parser.add_argument("--out", type=Path, help="write the results (Markdown) to this file")
    args = parser.parse_args()
    rng = random.Random(args.seed)
    started = time.monotonic()
    kills_per_command, disk_levels, rounds = (
        (4, [0, 300_000], 1) if args.quick else (38, [0, 50_000, 300_000, 1_000_000, 3_000_000], 3)
    )
    steps: list[Callable[[Setup], dict[str, Tally]]] = [
        lambda s: kills(s, kills_per_command, rng),
        lambda s: full_disk(s, disk_levels),
        lambda s: two_writers(s, rounds),
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
