"""How long conference packets take: the demo class (28), a class of 32, and one student.

Targets (issue 5): the class of 32 in one PDF in at most 8 s; one student in at most 0.5 s.
Each figure is the whole job a teacher waits for: gathering the data from the store and
writing the PDF. Prints medians of 3 runs (and the first, cold run); asserts nothing.

    python benchmarks/bench_reports.py
"""

from __future__ import annotations

import io
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

from sqlmodel import select

from cbe_desktop.core.conference import (
    choose_showcase,
    class_packets,
    packet_data,
    showcase_candidates,
)
from cbe_desktop.core.demo import build_demo
from cbe_desktop.core.evidence import EvidenceEntry, add_evidence, open_revision
from cbe_desktop.core.gradebook import class_grid
from cbe_desktop.core.models import SchoolClass, Task
from cbe_desktop.core.roster import add_student, enroll, find_class
from cbe_desktop.core.store import Store
from cbe_desktop.core.voice import add_goal, add_reflection
from cbe_desktop.reports import build_packet

MATH = "Math 7 — Period 2"
RUNS = 3
EXTRA = (
    ("Renata", "Quispe Mamani", "es"),
    ("Oliver", "Sørensen", "en"),
    ("Ángel", "Villalobos", "es"),
    ("Nia", "Adeyemi", "en"),
)


def timed(job: Callable[[], object]) -> tuple[float, list[float]]:
    """(first run, the following runs) in seconds."""
    times = []
    for _ in range(RUNS + 1):
        start = time.perf_counter()
        job()
        times.append(time.perf_counter() - start)
    return times[0], times[1:]


def add_students_with_evidence(store: Store, class_id: str) -> None:
    """Four more students with a term of evidence, a not-yet, goals and a reflection."""
    with store.transaction() as tx:
        session = tx.session
        school_class = session.get(SchoolClass, class_id)
        tasks = session.exec(select(Task).where(Task.class_id == class_id)).all()
        for n, (given, family, language) in enumerate(EXTRA):
            student = add_student(tx, given, family, grade="7", family_language=language)
            enroll(tx, school_class, student)
            for t, task in enumerate(tasks):
                for k, target_id in enumerate(task.target_ids):
                    level = 1 + (n + t + k) % 4
                    row = add_evidence(
                        tx,
                        EvidenceEntry(
                            student_id=student.id,
                            target_id=target_id,
                            produced_on=task.date,
                            level=level,
                            class_id=class_id,
                            task_id=task.id,
                            feedback="Good progress: check your units and show each step.",
                            not_yet=level == 1 and t % 3 == 0,
                        ),
                    )
                    if row.not_yet:
                        open_revision(tx, row, "Redo problems 3-5 with a ratio table.")
            written = date.fromisoformat(min(t.date for t in tasks)) + timedelta(days=7)
            add_goal(
                tx, student.id, "I will check my signs every time.", written, class_id=class_id
            )
            add_reflection(
                tx,
                student.id,
                "I used the feedback to fix my mistakes.",
                written,
                class_id=class_id,
            )


def choose_work(store: Store, class_id: str) -> None:
    """Every student chooses one piece of work, with its photo when there is one."""
    with store.read() as session:
        choices = []
        for student in class_grid(session, class_id).students:
            candidates = showcase_candidates(session, student.id, class_id)
            pictures = [c for c in candidates if c.has_attachment]
            if candidates:
                choices.append((student.id, (pictures or candidates)[0].evidence_id))
    for student_id, evidence_id in choices:
        choose_showcase(store, student_id, evidence_id, note="I fixed my mistakes on my own.")


def report(label: str, first: float, runs: list[float], target: float) -> None:
    median = statistics.median(runs)
    verdict = "within" if median <= target else "OVER"
    print(
        f"{label:<34} median {median:6.3f} s  (runs {', '.join(f'{r:.3f}' for r in runs)}; "
        f"first {first:.3f} s)  target {target:g} s: {verdict}"
    )


def main() -> int:
    with tempfile.TemporaryDirectory(prefix="cbe-bench-reports-") as folder:
        store = Store.open(Path(folder))
        try:
            build_demo(store)
            with store.read() as session:
                class_id = find_class(session, MATH).id
            choose_work(store, class_id)

            last_pdf = [b""]

            def whole_class() -> int:
                with store.read() as session:
                    packets = class_packets(session, class_id)
                out = io.BytesIO()
                build_packet(packets, out)
                last_pdf[0] = out.getvalue()
                return len(packets)

            with store.read() as session:
                one_id = class_grid(session, class_id).students[0].id

            def one_student() -> None:
                with store.read() as session:
                    data = packet_data(session, class_id, one_id)
                build_packet([data], io.BytesIO())

            print(f"cbe-desktop report benchmarks (Python {sys.version.split()[0]})")
            first, runs = timed(one_student)
            report("one student", first, runs, 0.5)
            first, runs = timed(whole_class)
            report(f"demo class ({whole_class()} students)", first, runs, 8)

            add_students_with_evidence(store, class_id)
            choose_work(store, class_id)
            first, runs = timed(whole_class)
            count = whole_class()
            report(f"class of {count} students", first, runs, 8)
            try:
                from pypdf import PdfReader

                pages = len(PdfReader(io.BytesIO(last_pdf[0])).pages)
                print(f"  ({pages} pages, {len(last_pdf[0]) // 1024} KB in the class PDF)")
            except ImportError:  # pypdf is a test dependency
                pass
        finally:
            store.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
