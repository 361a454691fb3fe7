"""A small school for the school-wide views' tests: two classes of one framework, with
student groups chosen so that equity shows, suppresses and complementary-suppresses."""

from __future__ import annotations

from dataclasses import dataclass, field

from cbe_desktop.core.evidence import EvidenceEntry, add_evidence, open_revision
from cbe_desktop.core.roster import add_class, add_student, align_target, enroll
from cbe_desktop.core.scales import create_default_scale
from cbe_desktop.core.settings import set_setting
from cbe_desktop.core.store import Store
from cbe_desktop.core.student_groups import set_student_groups
from cbe_desktop.core.targets import add_framework, add_target

#: 26 students: Rivera's Math 7 P1 has the first 14, Chen's Math 7 P2 the other 12.
STUDENTS = 26
IN_FIRST = 14
#: Students 0-3 have an IEP (4: suppressed; "no" then suppressed to protect them).
IEP = range(0, 4)
#: English learners: students 4-14 (11); 24-25 have nothing recorded (2: suppressed;
#: "yes", the smaller shown group, then suppressed to protect them); "no": 13.
ENGLISH_LEARNERS = range(4, 15)
NOT_RECORDED_EL = (24, 25)


@dataclass
class School:
    class_ids: list[str] = field(default_factory=list)
    student_ids: list[str] = field(default_factory=list)
    target_ids: list[str] = field(default_factory=list)


def build_school(store: Store, *, only: str | None = None) -> School:
    """The school in ``store`` (``only="first"``/``"second"``: one class of it, as one
    teacher's laptop holds it). Every student: target 1 scored 3 (proficient) except the
    IEP students (2); target 2 scored 2, and a "not yet" open for students 0, 5 and 20."""
    school = School()
    with store.transaction() as tx:
        set_setting(tx, "teacher", "Ms. Rivera" if only != "second" else "Mr. Chen")
        scale = create_default_scale(tx)
        framework = add_framework(tx, "Grade 7 Mathematics", source_id="fw-g7-math")
        targets = [
            add_target(tx, framework, code=f"7.RP.{n}", statement=f"Ratios {n}") for n in (1, 2)
        ]
        school.target_ids = [t.id for t in targets]
        classes = []
        for n, name in ((0, "Math 7 — P1"), (1, "Math 7 — P2")):
            if only is not None and only != ("first", "second")[n]:
                continue
            cls = add_class(tx, name, term="Fall 2026", grade="7", scale_id=scale.id)
            for position, target in enumerate(targets):
                align_target(tx, cls, target, position=position)
            classes.append((n, cls))
            school.class_ids.append(cls.id)
        for i in range(STUDENTS):
            n = 0 if i < IN_FIRST else 1
            cls = next((c for k, c in classes if k == n), None)
            if cls is None:
                continue
            student = add_student(
                tx, f"Student{i:02d}", "Family", grade="7", student_number=f"S{i:03d}"
            )
            school.student_ids.append(student.id)
            enroll(tx, cls, student)
            groups = {"gender": "female" if i % 2 else "male", "iep": "no"}
            if i in IEP:
                groups["iep"] = "yes"
            if i in ENGLISH_LEARNERS:
                groups["english_learner"] = "yes"
            elif i not in NOT_RECORDED_EL:
                groups["english_learner"] = "no"
            set_student_groups(tx, student.id, groups)
            first = 2.0 if i in IEP else 3.0
            for target, level in zip(targets, (first, 2.0), strict=True):
                add_evidence(
                    tx,
                    EvidenceEntry(
                        student_id=student.id,
                        target_id=target.id,
                        produced_on="2026-10-05",
                        level=level,
                        class_id=cls.id,
                    ),
                )
            if i in (0, 5, 20):
                not_yet = add_evidence(
                    tx,
                    EvidenceEntry(
                        student_id=student.id,
                        target_id=targets[1].id,
                        produced_on="2026-10-12",
                        level=1.0,
                        not_yet=True,
                        class_id=cls.id,
                    ),
                )
                open_revision(tx, not_yet, "Redo the ratio table with a partner.")
    return school
