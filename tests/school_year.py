"""A small school year for the learner's tests: Ms. Rivera's Math 7 in the fall, a Math 8
class next year built on the same state framework (imported again, so its targets are
other rows with the same CASE identifiers), and a science class where a student was
typed in by hand before the school's roster came.
"""

from __future__ import annotations

import atexit
import shutil
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass, replace
from pathlib import Path

from cbe_desktop.core.evidence import EvidenceEntry, add_evidence, add_task, open_revision
from cbe_desktop.core.models import Evidence
from cbe_desktop.core.roster import add_class, add_student, align_target, enroll
from cbe_desktop.core.scales import create_default_scale
from cbe_desktop.core.store import DB_FILE, Store
from cbe_desktop.core.targets import add_framework, add_target


@dataclass
class SchoolYear:
    store: Store
    math7: str  # class ids
    math8: str
    science: str
    ana: str  # student ids (Ana: from the SIS, sourcedId sis-ana)
    mateo: str
    lucia_typed: str  # Lucía, typed by hand in science
    lucia: str  # Lucía from the roster (sourcedId sis-lucia)
    rp1: str  # 7.RP.1 in the 2026 copy of the framework
    rp2: str
    rp1_again: str  # 7.RP.1 in the framework imported again for Math 8 (same CASE id)
    ee1: str  # 8.EE.1, only in Math 8
    matter: str  # MS-PS1-1, science

    def score(
        self, student: str, target: str, klass: str, on: str, level: float, **kw: object
    ) -> Evidence:
        with self.store.transaction() as tx:
            return add_evidence(
                tx,
                EvidenceEntry(
                    student_id=student,
                    target_id=target,
                    produced_on=on,
                    level=level,
                    class_id=klass,
                    **kw,  # type: ignore[arg-type]
                ),
            )

    def not_yet(self, student: str, target: str, klass: str, on: str, level: float, step: str):
        with self.store.transaction() as tx:
            first = add_evidence(
                tx,
                EvidenceEntry(
                    student_id=student,
                    target_id=target,
                    produced_on=on,
                    level=level,
                    class_id=klass,
                    not_yet=True,
                ),
            )
            return open_revision(tx, first, step)


def school_year(store: Store) -> SchoolYear:
    with store.transaction() as tx:
        scale = create_default_scale(tx)  # 1 Beginning .. 4 Advanced, proficient at 3
        fw = add_framework(tx, "Grade 7 Mathematics", source_id="case-fw-7")
        rp = add_target(tx, fw, code="RP", statement="Ratios", source_id="case-rp")
        rp1 = add_target(tx, fw, code="7.RP.1", statement="Unit rates", parent=rp, source_id="c1")
        rp2 = add_target(
            tx, fw, code="7.RP.2", statement="Proportions", parent=rp, position=1, source_id="c2"
        )
        fw2 = add_framework(tx, "Grade 8 Mathematics (with 7 review)", source_id="case-fw-8")
        rp_again = add_target(tx, fw2, code="RP", statement="Ratios", source_id="case-rp")
        rp1_again = add_target(
            tx, fw2, code="7.RP.1", statement="Unit rates", parent=rp_again, source_id="c1"
        )
        ee = add_target(tx, fw2, code="EE", statement="Expressions and equations")
        ee1 = add_target(tx, fw2, code="8.EE.1", statement="Integer exponents", parent=ee)
        sci = add_framework(tx, "Middle school physical science")
        matter = add_target(tx, sci, code="MS-PS1-1", statement="Atomic composition")

        math7 = add_class(
            tx, "Math 7", term="2026-27 Fall", scale_id=scale.id, source_id="sis-class-m7"
        )
        align_target(tx, math7, rp1, position=0)
        align_target(tx, math7, rp2, position=1)
        add_task(tx, "Recipes", "2026-09-15", class_id=math7.id, target_ids=[rp1.id])
        math8 = add_class(
            tx, "Math 8", term="2027-28 Fall", scale_id=scale.id, source_id="sis-class-m8"
        )
        align_target(tx, math8, rp1_again, position=0)
        align_target(tx, math8, ee1, position=1)
        science = add_class(tx, "Science 7", term="2026-27 Fall", scale_id=scale.id)
        align_target(tx, science, matter)

        ana = add_student(tx, "Ana", "García", student_number="1001", source_id="sis-ana")
        mateo = add_student(tx, "Mateo", "Hernández", student_number="1002")
        lucia_typed = add_student(tx, "Lucia", "Diaz")
        lucia = add_student(tx, "Lucía", "Díaz", student_number="1003", source_id="sis-lucia")
        for s in (ana, mateo, lucia):
            enroll(tx, math7, s)
        enroll(tx, math8, ana)
        enroll(tx, science, lucia_typed)
    return SchoolYear(
        store=store,
        math7=math7.id,
        math8=math8.id,
        science=science.id,
        ana=ana.id,
        mateo=mateo.id,
        lucia_typed=lucia_typed.id,
        lucia=lucia.id,
        rp1=rp1.id,
        rp2=rp2.id,
        rp1_again=rp1_again.id,
        ee1=ee1.id,
        matter=matter.id,
    )


_TEMPLATE: tuple[Path, SchoolYear] | None = None


def fresh_year(tmp_path: Path) -> SchoolYear:
    """The school year in a new store under ``tmp_path``: a copy of one built once per test
    run (a copied store takes its own replica id, as a second laptop would), so each test
    starts in a fraction of a second."""
    global _TEMPLATE
    if _TEMPLATE is None:
        folder = Path(tempfile.mkdtemp(prefix="cbe-school-year-"))
        atexit.register(shutil.rmtree, folder, True)
        with Store.open(folder) as store:
            made = school_year(store)
        _TEMPLATE = (folder / DB_FILE, made)
    source, made = _TEMPLATE
    data = tmp_path / "year"
    data.mkdir(parents=True)
    shutil.copyfile(source, data / DB_FILE)
    store = Store.open(data)
    _OPEN.append(store)
    return replace(made, store=store)


_OPEN: list[Store] = []


def close_years() -> None:
    """Close the stores :func:`fresh_year` opened (a fixture's teardown)."""
    while _OPEN:
        _OPEN.pop().close()


def years(tmp_path: Path) -> Iterator[SchoolYear]:
    """For a module's ``year`` fixture: a fresh copy of the school year, closed after."""
    try:
        yield fresh_year(tmp_path)
    finally:
        close_years()
