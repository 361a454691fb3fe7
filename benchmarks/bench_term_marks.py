"""How long a school year's term marks take: the year store (6 classes of 32 students, 40
targets each, 100,000 pieces of evidence), every class's marks by the school's rules,
with each earlier-evidence setting; one learner's record; one class's OneRoster 1.2
Gradebook export, report cards, closing its term and reading the closed term's marks.
Prints medians of 3 runs (and the first, cold run); asserts nothing.

    python benchmarks/bench_term_marks.py            # builds (or finds) the year store
    python benchmarks/bench_term_marks.py --data DIR  # a copy of a year store's data folder
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from cbe_desktop.core.learner import learner_record
from cbe_desktop.core.roster import class_students, live_classes
from cbe_desktop.core.settings import save_settings
from cbe_desktop.core.store import Store
from cbe_desktop.core.term_marks import class_marks
from cbe_desktop.core.term_records import close_term
from cbe_desktop.interop.oneroster_gradebook import oneroster_gradebook
from cbe_desktop.reports.report_card import build_report_cards, gather_report_cards

RUNS = 3


def timed(fn: Callable[[], object], runs: int = RUNS) -> tuple[float, float]:
    """(first run, median of the next ``runs``) in seconds."""
    start = time.perf_counter()
    fn()
    first = time.perf_counter() - start
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return first, statistics.median(times)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, help="a year store's data folder (copied first)")
    args = parser.parse_args(argv)
    if args.data is None:
        from generate import cached

        args.data = cached("year")
    work = Path(tempfile.mkdtemp(prefix="cbe-bench-marks-"))
    try:
        shutil.copytree(args.data, work / "data")
        with Store.open(work / "data") as store:
            with store.read() as session:
                classes = [c.id for c in live_classes(session)]
                student = class_students(session, classes[0])[0].id
                students = sum(len(class_students(session, c)) for c in classes)
            print(f"{len(classes)} classes, {students} enrolments")
            for rule in ("all_evidence", "proficient_stays", "this_class"):
                save_settings(store, {"earlier_evidence": rule})

                def year() -> None:
                    with store.read() as session:
                        for class_id in classes:
                            class_marks(session, class_id)

                first, median = timed(year)
                print(
                    f"term marks, every class ({rule}): first {first:.2f} s, median {median:.2f} s"
                )

            def record() -> None:
                with store.read() as session:
                    learner_record(session, student)

            first, median = timed(record)
            print(f"one learner's record: first {first:.3f} s, median {median:.3f} s")

            def export() -> None:
                with store.read() as session:
                    oneroster_gradebook(session, classes[0])

            first, median = timed(export)
            print(f"OneRoster 1.2 export, one class: first {first:.2f} s, median {median:.2f} s")

            def cards() -> None:
                with store.read() as session:
                    made = gather_report_cards(session, classes[0])
                build_report_cards(made, work / "cards.pdf")

            first, median = timed(cards, runs=1)
            print(f"report cards, one class (PDF): first {first:.2f} s, then {median:.2f} s")

            # Closing the term stores every mark of the class (course, competencies and
            # each target, for each student) in one transaction; then the closed term's
            # marks are read back from the stored rows.
            start = time.perf_counter()
            closed = close_term(store, classes[0])
            took = time.perf_counter() - start
            print(f"close the term, one class: {took:.2f} s ({closed.marks} marks stored)")

            def frozen() -> None:
                with store.read() as session:
                    class_marks(session, classes[0])

            first, median = timed(frozen)
            print(f"a closed term's marks, one class: first {first:.2f} s, median {median:.2f} s")
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
