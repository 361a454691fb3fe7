"""Benchmark stores, deterministic from a seed, built through the program's own services.

Sizes:
- ``demo``: the demo classes (``core.demo.build_demo``, on a fixed date);
- ``year``: a teacher's year: 6 classes x 32 students, 40 targets per class, 100,000
  evidence, 2,000 open "not yet" revisions, 500 small attachments;
- ``hub``: an office machine gathering a school's files: 2,000 students (each in two
  of 125 classes of 32), 40 targets per class, 1,000,000 evidence.

Every row is written by the core services (``add_framework``, ``add_target``,
``add_class``, ``add_student``, ``enroll``, ``align_target``, ``add_task``,
``add_evidence``, ``open_revision``, ``resolve_revision``, ``add_attachment``,
``add_goal``, ``add_reflection``) inside ``store.transaction()``; only the batching
(thousands of rows per transaction) differs from a teacher typing them one by one.

What the seed decides (names, levels, dates, which work is "not yet", corrections,
attachments) is the same on every run; row ids and clock stamps are made by the
services from the computer's clock, as always, so two stores of one seed hold the
same data under different ids.

``scale`` shrinks a size and keeps its shape: the volumes (evidence, not yet,
attachments) by ``scale``, and the three dimensions (classes, students per class,
targets per class) by its cube root, so each cell holds as much evidence as at full size.

Generated stores are cached under ``benchmarks/.cache/`` (or ``--cache DIR``), keyed by
size, seed, scale, schema revision and generator version.

    python benchmarks/generate.py --size year          # build (or find) the cached store
    python benchmarks/generate.py --size year --out DIR # build into DIR
"""

from __future__ import annotations

import argparse
import json
import math
import os
import random
import shutil
import sys
import time
from dataclasses import asdict, dataclass
from datetime import date, timedelta
from pathlib import Path

HERE = Path(__file__).resolve().parent
CACHE_DIR = HERE / ".cache"
# The machine token lives in the user's configuration folder: keep the benchmarks' own.
os.environ.setdefault("CBE_DESKTOP_CONFIG_DIR", str(CACHE_DIR / "config"))

from cbe_desktop.core.attachments import add_attachment  # noqa: E402
from cbe_desktop.core.demo import build_demo  # noqa: E402
from cbe_desktop.core.evidence import (  # noqa: E402
    EvidenceEntry,
    add_evidence,
    add_task,
    open_revision,
    resolve_revision,
)
from cbe_desktop.core.images import png_bytes  # noqa: E402
from cbe_desktop.core.roster import add_class, add_student, align_target, enroll  # noqa: E402
from cbe_desktop.core.scales import create_default_scale  # noqa: E402
from cbe_desktop.core.settings import set_setting  # noqa: E402
from cbe_desktop.core.store import Store  # noqa: E402
from cbe_desktop.core.targets import add_framework, add_target, set_rubric  # noqa: E402
from cbe_desktop.core.voice import add_goal, add_reflection  # noqa: E402

#: Bump when the generated data changes, so cached stores are rebuilt.
GENERATOR_VERSION = 1
SIZES = ("demo", "year", "hub")
DEMO_TODAY = date(2026, 3, 13)
YEAR_START = date(2025, 8, 25)  # a Monday
SCHOOL_WEEKS = 36
TARGETS_PER_COMPETENCY = 5
BATCH = 5000  # evidence rows per transaction
METHODS = (
    ("decaying_average", 65.0),
    ("latest", None),
    ("average", None),
    ("power_law", None),
    ("n_mastery", 2.0),
    ("weighted_average", 65.0),
)


@dataclass(frozen=True)
class Plan:
    """What a generated store holds (the counts the test checks)."""

    size: str
    seed: int
    scale: float
    classes: int
    students_per_class: int
    classes_per_student: int
    students: int
    targets_per_class: int
    frameworks: int
    evidence: int
    not_yet_open: int
    attachments: int


_FULL = {
    # classes, students per class, classes per student, targets per class, frameworks,
    # evidence, open not yet, attachments
    "year": (6, 32, 1, 40, 3, 100_000, 2_000, 500),
    "hub": (125, 32, 2, 40, 8, 1_000_000, 20_000, 2_000),
}


def plan(size: str, scale: float = 1.0) -> Plan:
    """The counts of a size at a scale (``demo`` has no plan: it is the demo)."""
    if size not in _FULL:
        raise ValueError(f"no plan for size {size!r}: choose one of {', '.join(_FULL)}")
    if not 0 < scale <= 1:
        raise ValueError("scale is a fraction in (0, 1]")
    classes, per_class, per_student, targets, frameworks, evidence, not_yet, attachments = _FULL[
        size
    ]
    side = scale ** (1 / 3)

    def dim(n: int) -> int:
        return max(1, round(n * side))

    def vol(n: int) -> int:
        return max(1, round(n * scale))

    classes, per_class, targets = dim(classes), dim(per_class), dim(targets)
    per_student = min(per_student, classes)
    students = math.ceil(classes * per_class / per_student)
    return Plan(
        size=size,
        seed=0,
        scale=scale,
        classes=classes,
        students_per_class=per_class,
        classes_per_student=per_student,
        students=students,
        targets_per_class=targets,
        frameworks=min(frameworks, classes),
        evidence=vol(evidence),
        not_yet_open=vol(not_yet),
        attachments=vol(attachments),
    )


# ----------------------------------------------------------------------------- words

GIVEN = (
    "Ana", "Mateo", "Olivia", "Liam", "Zoë", "José", "Amara", "Noah", "Valentina", "Ethan",
    "Aaliyah", "Santiago", "Emma", "Kai", "Ximena", "Lucas", "Maya", "Diego", "Harper",
    "Isabella", "Elijah", "Camila", "Aiden", "Sofía", "Benjamin", "Chloé", "Samuel", "Lucía",
    "Renata", "Oliver", "Ángel", "Nia", "Tomás", "Leilani", "Yusuf", "Mei", "Hugo", "Inés",
)  # fmt: skip
FAMILY = (
    "García", "Hernández", "Chen", "O'Connor", "Müller", "Ramírez", "Okafor", "Begay", "Cruz",
    "Nguyen", "Johnson", "Peña", "Lindqvist", "Yazzie", "Flores", "Dubois", "Patel", "Álvarez",
    "Whitfield", "Rossi", "Washington", "Gutiérrez", "Kowalski", "Marín", "Abramowitz",
    "Lefèvre", "Mensah", "Torres", "Quispe", "Sørensen", "Villalobos", "Adeyemi", "Nakamura",
)  # fmt: skip
SUBJECTS = (
    "Mathematics", "Science", "English", "Social Studies", "Spanish", "Art", "Music", "Health",
)  # fmt: skip
VERBS = (
    "explains", "models", "compares", "solves", "justifies", "represents", "analyses",
    "evaluates", "designs", "interprets", "argues", "applies",
)  # fmt: skip
THINGS = (
    "ratios and rates", "linear equations", "the water cycle", "a claim with evidence",
    "the causes of an event", "a data set", "a written argument", "chemical reactions",
    "a fair test", "a primary source", "geometric transformations", "probability models",
)  # fmt: skip
FEEDBACK = {
    1: "Start from the worked example and label each step.",
    2: "Good start: check each step against the rubric before you hand it in.",
    3: "Clear and accurate; say why your method works.",
    4: "Excellent: you carried it into a new situation and justified it.",
}
NEXT_STEPS = (
    "Redo problems 3-5 with a ratio table, then see me at flex time.",
    "Revise the paragraph: add two pieces of evidence and explain them.",
    "Practise with the model on the class page and retake the check.",
)
TASK_KINDS = ("product", "observation", "test", "conversation", "performance_task", "project")


def _picture(n: int, rng: random.Random) -> bytes:
    """A small, unique 'photo of work' (48 x 36 PNG)."""
    strokes = [(rng.randrange(2, 40), rng.randrange(4, 32), rng.randrange(6, 20)) for _ in range(5)]
    mark = (n >> 16 & 255, n >> 8 & 255, n & 255)

    def pixel(x: int, y: int) -> tuple[int, int, int]:
        if x == 0 and y == 0:
            return mark  # makes every picture's content (and hash) its own
        for sx, sy, length in strokes:
            if y == sy and sx <= x <= sx + length:
                return (40, 60, 170)
        return (170, 200, 230) if y % 8 == 0 else (252, 250, 240)

    return png_bytes(48, 36, pixel)


# ----------------------------------------------------------------------------- building


@dataclass
class _Record:
    """One evidence row to write, before it has an id."""

    student: int
    target: int  # index into the class's targets
    task: int
    level: float | None
    status: str = "scored"
    not_yet: bool = False
    supersedes: int | None = None  # index of another record of the same class
    revision_of: int | None = None  # index of the not-yet record this revises
    attachment: int | None = None
    later: int = 0  # days after the task's date (a revision comes a week later)


def _class_records(
    rng: random.Random, students: int, targets: int, budget: int, *, tasks_out: list
) -> list[_Record]:
    """A year of work for one class: tasks of 1-4 targets for every student, in order.

    ``tasks_out`` receives ``(index, date, target indexes, purpose, kind)`` per task;
    the tasks are spread evenly over the school year once their number is known.
    """
    ability = [rng.uniform(1.3, 3.5) for _ in range(students)]
    growth = [rng.uniform(0.0, 0.06) for _ in range(students)]
    records: list[_Record] = []
    expected_tasks = max(1, math.ceil(budget / (students * min(targets, 3.0))))
    specs = []
    k = 0
    while len(records) < budget:
        unit = (k * targets) // expected_tasks  # the class moves through its targets
        width = rng.choice((1, 2, 2, 3, 3, 4))
        covered = sorted({(unit + j) % targets for j in range(width)} | {rng.randrange(targets)})
        covered = covered[:4]
        purpose = rng.choice(("formative", "formative", "interim", "summative"))
        specs.append((covered, purpose, rng.choice(TASK_KINDS)))
        week = min(SCHOOL_WEEKS, k * SCHOOL_WEEKS // expected_tasks)
        for s in range(students):
            roll = rng.random()
            for t in covered:
                if len(records) >= budget:
                    break
                if roll < 0.03:
                    records.append(_Record(s, t, k, None, status="missing"))
                    continue
                if roll < 0.045:
                    records.append(_Record(s, t, k, None, status="excused"))
                    continue
                raw = ability[s] + growth[s] * week + rng.gauss(0, 0.6)
                level = float(max(1, min(4, round(raw))))
                index = len(records)
                records.append(_Record(s, t, k, level))
                extra = rng.random()
                if len(records) >= budget:
                    continue
                if extra < 0.01:
                    # The teacher corrects a typo: a new record supersedes it.
                    fixed = float(max(1, min(4, level + rng.choice((-1, 1)))))
                    records.append(_Record(s, t, k, fixed, supersedes=index))
                elif extra < 0.012:
                    records.append(_Record(s, t, k, None, "retracted", supersedes=index))
                elif extra < 0.03 and level <= 2 and purpose != "formative":
                    # Not yet, then revised a week later (the plan is resolved).
                    records[index].not_yet = True
                    revised = float(min(4, level + 1))
                    records.append(_Record(s, t, k, revised, revision_of=index, later=7))
        k += 1
    days = SCHOOL_WEEKS * 5 - 2  # leave room for the last revisions
    for i, (covered, purpose, kind) in enumerate(specs):
        day = i * days // len(specs)
        on = YEAR_START + timedelta(weeks=day // 5, days=day % 5)
        tasks_out.append((i, on, covered, purpose, kind))
    return records


def _choose_open_not_yet(rng: random.Random, records: list[_Record], count: int) -> None:
    """Mark ``count`` scored records as "not yet" whose revision is still to come."""
    taken = {r.revision_of for r in records if r.revision_of is not None}
    taken |= {r.supersedes for r in records if r.supersedes is not None}
    plain = [
        i
        for i, r in enumerate(records)
        if r.status == "scored"
        and not r.not_yet
        and r.revision_of is None
        and r.supersedes is None
        and i not in taken
    ]
    low = [i for i in plain if (records[i].level or 0) <= 2]
    pool = low if len(low) >= count else plain
    for i in rng.sample(pool, min(count, len(pool))):
        records[i].not_yet = True


def _split(total: int, parts: int) -> list[int]:
    return [total // parts + (1 if i < total % parts else 0) for i in range(parts)]


def build(size: str, folder: Path | str, seed: int = 7, scale: float = 1.0) -> dict:
    """Build a store of ``size`` in the data folder ``folder``; returns its counts."""
    folder = Path(folder)
    started = time.perf_counter()
    store = Store.open(folder)
    try:
        if size == "demo":
            build_demo(store, today=DEMO_TODAY)
            counts = {"size": "demo", "seed": seed, "scale": 1.0}
        elif size in _FULL:
            p = plan(size, scale)
            counts = asdict(Plan(**{**asdict(p), "seed": seed}))
            _build_plan(store, p, random.Random(f"cbe-bench:{size}:{seed}"))
        else:
            raise ValueError(f"unknown size {size!r}: choose one of {', '.join(SIZES)}")
    finally:
        store.close()
    counts["seconds"] = round(time.perf_counter() - started, 1)
    return counts


def _build_plan(store: Store, p: Plan, rng: random.Random) -> None:
    with store.transaction() as tx:
        set_setting(tx, "teacher", "Ms. Elena Rivera")
        set_setting(tx, "school", "Valle Verde Middle School")
        scale = create_default_scale(tx)
        levels = {1.0: "Beginning", 2.0: "Developing", 3.0: "Proficient", 4.0: "Extending"}
        # Frameworks: competencies of five targets each, with rubrics.
        framework_targets: list[list] = []
        competencies = math.ceil(p.targets_per_class / TARGETS_PER_COMPETENCY)
        for f in range(p.frameworks):
            subject = SUBJECTS[f % len(SUBJECTS)]
            fw = add_framework(tx, f"{subject} {7 + f // len(SUBJECTS)} (benchmark)")
            targets = []
            for c in range(competencies):
                comp = add_target(
                    tx,
                    fw,
                    code=f"{subject[:2].upper()}.{c + 1}",
                    statement=f"{subject}: {THINGS[(c + f) % len(THINGS)]}",
                    position=c,
                )
                for t in range(TARGETS_PER_COMPETENCY):
                    if len(targets) == p.targets_per_class:
                        break
                    verb = VERBS[(c * 5 + t + f) % len(VERBS)]
                    thing = THINGS[(c + t + f) % len(THINGS)]
                    target = add_target(
                        tx,
                        fw,
                        code=f"{subject[:2].upper()}.{c + 1}.{t + 1}",
                        statement=f"The student {verb} {thing}, and explains the reasoning.",
                        i_can=f"I can say how I {verb.rstrip('s')} {thing}.",
                        parent=comp,
                        position=t,
                        level="7",
                        dok=1 + (t % 4),
                    )
                    set_rubric(tx, target, {v: f"{w}: {verb} {thing}." for v, w in levels.items()})
                    targets.append(target)
            framework_targets.append(targets)

        classes = []
        for k in range(p.classes):
            method, param = METHODS[k % len(METHODS)]
            f = k % p.frameworks
            school_class = add_class(
                tx,
                f"{SUBJECTS[f % len(SUBJECTS)]} — Period {k + 1}",
                term="2025-26",
                subject=SUBJECTS[f % len(SUBJECTS)],
                grade="7",
                scale_id=scale.id,
                method=method,
                method_param=param,
                targets_per_week=1.2,
            )
            for position, target in enumerate(framework_targets[f]):
                align_target(tx, school_class, target, position=position)
            classes.append(school_class)

        students = []
        for n in range(p.students):
            given = GIVEN[(n * 7 + rng.randrange(3)) % len(GIVEN)]
            family = FAMILY[(n * 11 + rng.randrange(5)) % len(FAMILY)]
            students.append(
                add_student(
                    tx,
                    given,
                    family,
                    student_number=f"{100000 + n}",
                    grade="7",
                    family_language="es" if rng.random() < 0.3 else "en",
                )
            )
        # Class k takes a block of students; the blocks tile the roster
        # ``classes_per_student`` times, so each student is in that many classes.
        rosters: list[list[int]] = []
        for k, school_class in enumerate(classes):
            start = (k * p.students_per_class) % p.students
            members = [(start + j) % p.students for j in range(p.students_per_class)]
            rosters.append(members)
            for s in members:
                enroll(tx, school_class, students[s])
        for n, student in enumerate(students):
            written = YEAR_START + timedelta(weeks=2, days=n % 5)
            first_class = classes[(n // p.students_per_class) % len(classes)]
            add_goal(tx, student.id, "I will check my work against the rubric.", written,
                     class_id=first_class.id)  # fmt: skip
            add_reflection(tx, student.id, "The feedback helped me fix my mistakes.",
                           written + timedelta(weeks=10), class_id=first_class.id)  # fmt: skip
        class_ids = [c.id for c in classes]
        student_ids = [s.id for s in students]
        target_ids = [[t.id for t in ts] for ts in framework_targets]

    # Attachments: small pictures of work, written once each beside the database.
    attachment_ids: list[str] = []
    pic_rng = random.Random(rng.random())
    with store.transaction() as tx:
        for n in range(p.attachments):
            row = add_attachment(tx, store, _picture(n, pic_rng), f"work-{n + 1}.png", "image/png")
            attachment_ids.append(row.id)

    budgets = _split(p.evidence, p.classes)
    open_quota = _split(p.not_yet_open, p.classes)
    attach_quota = _split(p.attachments, p.classes)
    next_attachment = 0
    for k, class_id in enumerate(class_ids):
        tasks: list = []
        records = _class_records(
            rng, p.students_per_class, p.targets_per_class, budgets[k], tasks_out=tasks
        )
        _choose_open_not_yet(rng, records, open_quota[k])
        summative = [
            i
            for i, r in enumerate(records)
            if r.status == "scored" and tasks[r.task][3] == "summative"
        ] or [i for i, r in enumerate(records) if r.status == "scored"]
        for i in rng.sample(summative, min(attach_quota[k], len(summative))):
            records[i].attachment = next_attachment
            next_attachment += 1
        _write_class(
            store,
            class_id,
            [student_ids[s] for s in rosters[k]],
            target_ids[k % p.frameworks],
            tasks,
            records,
            attachment_ids,
        )


def _write_class(
    store: Store,
    class_id: str,
    students: list[str],
    targets: list[str],
    tasks: list,
    records: list[_Record],
    attachment_ids: list[str],
) -> None:
    ids: list[str | None] = [None] * len(records)
    plans: dict[int, object] = {}  # record index -> its Revision, within one transaction
    task_ids: dict[int, str] = {}
    start = 0
    while start < len(records):
        end = min(len(records), start + BATCH)
        # Keep a not-yet and its revision in one transaction (the revision resolves it).
        while end < len(records) and records[end].revision_of is not None:
            end += 1
        with store.transaction() as tx:
            for i in range(start, end):
                r = records[i]
                if r.task not in task_ids:
                    k, on, covered, purpose, kind = tasks[r.task]
                    task_ids[r.task] = add_task(
                        tx,
                        f"Task {k + 1}: {THINGS[k % len(THINGS)]}",
                        on,
                        class_id=class_id,
                        target_ids=[targets[t] for t in covered],
                        purpose=purpose,
                        task_type=kind,
                    ).id
                on = tasks[r.task][1] + timedelta(days=r.later)
                row = add_evidence(
                    tx,
                    EvidenceEntry(
                        student_id=students[r.student],
                        target_id=targets[r.target],
                        produced_on=on,
                        level=r.level,
                        status=r.status,
                        class_id=class_id,
                        task_id=task_ids[r.task],
                        feedback="" if r.level is None else FEEDBACK[int(r.level)],
                        evidence_type=tasks[r.task][4],
                        not_yet=r.not_yet,
                        supersedes=ids[r.supersedes] if r.supersedes is not None else None,
                        revision_of=ids[r.revision_of] if r.revision_of is not None else None,
                        attachment_ids=(
                            [attachment_ids[r.attachment]] if r.attachment is not None else []
                        ),
                    ),
                )
                ids[i] = row.id
                if r.not_yet:
                    plans[i] = open_revision(
                        tx,
                        row,
                        NEXT_STEPS[i % len(NEXT_STEPS)],
                        due_on=on + timedelta(days=7),
                        support="flex_time",
                    )
                if r.revision_of is not None and r.revision_of in plans:
                    resolve_revision(tx, plans.pop(r.revision_of), row)  # type: ignore[arg-type]
            plans.clear()
        start = end


# ----------------------------------------------------------------------------- cache


def cache_key(size: str, seed: int = 7, scale: float = 1.0) -> str:
    from cbe_desktop.core import migrations

    return f"{size}-seed{seed}-scale{scale:g}-{migrations.head_revision()}-gen{GENERATOR_VERSION}"


def cached(
    size: str, seed: int = 7, scale: float = 1.0, cache_dir: Path | None = None, *, log=print
) -> Path:
    """The data folder of a generated store, built once and kept under the cache folder."""
    cache_dir = Path(cache_dir or CACHE_DIR)
    final = cache_dir / cache_key(size, seed, scale)
    if (final / "counts.json").is_file():
        return final / "data"
    partial = cache_dir / f".{final.name}.partial-{os.getpid()}"
    shutil.rmtree(partial, ignore_errors=True)
    partial.mkdir(parents=True)
    log(f"generating the {size} store (seed {seed}, scale {scale:g}) in {final} ...")
    counts = build(size, partial / "data", seed=seed, scale=scale)
    shutil.rmtree(partial / "data" / "backups", ignore_errors=True)
    (partial / "counts.json").write_text(json.dumps(counts, indent=2), encoding="utf-8")
    shutil.rmtree(final, ignore_errors=True)
    partial.rename(final)
    log(f"  built in {counts['seconds']} s")
    return final / "data"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--size", choices=SIZES, default="year")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--scale", type=float, default=1.0)
    parser.add_argument("--out", type=Path, help="build into this (empty) data folder instead")
    parser.add_argument("--cache", type=Path, help=f"cache folder (default {CACHE_DIR})")
    args = parser.parse_args(argv)
    if args.out is not None:
        if args.out.exists() and any(args.out.iterdir()):
            print(f"{args.out} is not empty; choose an empty folder.", file=sys.stderr)
            return 2
        counts = build(args.size, args.out, seed=args.seed, scale=args.scale)
        print(json.dumps(counts, indent=2))
        return 0
    print(cached(args.size, args.seed, args.scale, args.cache))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
