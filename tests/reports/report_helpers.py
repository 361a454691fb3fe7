"""Helpers for the report tests: classes made by hand, and reading PDFs back."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from pypdf import PdfReader

from cbe_desktop.core.evidence import EvidenceEntry, add_evidence, add_task, open_revision
from cbe_desktop.core.images import png_bytes
from cbe_desktop.core.roster import add_class, add_student, align_target, enroll
from cbe_desktop.core.scales import create_default_scale
from cbe_desktop.core.store import Store
from cbe_desktop.core.targets import add_framework, add_target

MATH = "Math 7 — Period 2"


def pdf_pages(source: Path | bytes) -> list[str]:
    """The text of each page as a reader copies it: Arabic joined forms read back as
    letters (NFKC), the invisible direction marks dropped, whitespace collapsed."""
    import io

    reader = PdfReader(io.BytesIO(source) if isinstance(source, bytes) else source)
    pages = []
    for page in reader.pages:
        words = unicodedata.normalize("NFKC", page.extract_text() or "")
        words = re.sub("[\u200e\u200f\u202a-\u202e\u2066-\u2069]", "", words)
        pages.append(re.sub(r"\s+", " ", words))
    return pages


@dataclass
class HandMade:
    store: Store
    class_id: str
    student_id: str
    target_ids: list[str]


def make_class(
    store: Store,
    *,
    competencies: int = 1,
    targets_each: int = 4,
    i_can: str = "I can do target {n}.",
    name: str = "Grade 7 Science",
    student: tuple[str, str, str] = ("Ximena", "Núñez Ibáñez", "es"),
    method: str = "latest",
    name_order: str = "given_first",
) -> HandMade:
    """A class with one student and no evidence at all."""
    with store.transaction() as tx:
        scale = create_default_scale(tx)
        framework = add_framework(tx, f"{name} framework")
        school_class = add_class(tx, name, term="Spring 2026", scale_id=scale.id, method=method)
        pupil = add_student(
            tx, student[0], student[1], family_language=student[2], name_order=name_order
        )
        enroll(tx, school_class, pupil)
        target_ids = []
        n = 0
        for c in range(competencies):
            competency = add_target(
                tx, framework, code=f"C{c + 1}", statement=f"Competency {c + 1}", position=c
            )
            for t in range(targets_each):
                n += 1
                target = add_target(
                    tx,
                    framework,
                    code=f"T{n}",
                    statement=f"Statement {n}",
                    i_can=i_can.format(n=n),
                    parent=competency,
                    position=t,
                )
                align_target(tx, school_class, target, position=n)
                target_ids.append(target.id)
    return HandMade(store, school_class.id, pupil.id, target_ids)


def add_scores(
    made: HandMade,
    levels: dict[str, list[tuple[str, float]]],
    *,
    feedback: str = "",
    picture: bool = False,
) -> list[str]:
    """Scored evidence: {target id: [(iso date, level), ...]}; returns the evidence ids."""
    ids = []
    with made.store.transaction() as tx:
        attachment_ids = []
        if picture:
            from cbe_desktop.core.attachments import add_attachment

            data = png_bytes(40, 30, lambda x, y: (250, 250, 250) if y % 6 else (30, 30, 140))
            attachment_ids = [add_attachment(tx, made.store, data, "work.png", "image/png").id]
        task = add_task(tx, "Lab report", "2026-03-02", class_id=made.class_id, target_ids=[])
        for target_id, scores in levels.items():
            for on, level in scores:
                row = add_evidence(
                    tx,
                    EvidenceEntry(
                        student_id=made.student_id,
                        target_id=target_id,
                        produced_on=on,
                        level=level,
                        class_id=made.class_id,
                        task_id=task.id,
                        feedback=feedback,
                        attachment_ids=attachment_ids,
                    ),
                )
                ids.append(row.id)
    return ids


def add_not_yet(
    made: HandMade,
    target_id: str,
    next_step: str,
    on: str = "2026-03-09",
    due_on: str = "2026-03-20",
) -> str:
    with made.store.transaction() as tx:
        row = add_evidence(
            tx,
            EvidenceEntry(
                student_id=made.student_id,
                target_id=target_id,
                produced_on=on,
                level=1,
                class_id=made.class_id,
                not_yet=True,
            ),
        )
        open_revision(tx, row, next_step, due_on=due_on, support="small_group")
    return row.id


def add_missing(made: HandMade, target_id: str, title: str, on: str) -> str:
    """A piece of work recorded as missing (a task of its own)."""
    with made.store.transaction() as tx:
        task = add_task(tx, title, on, class_id=made.class_id, target_ids=[target_id])
        row = add_evidence(
            tx,
            EvidenceEntry(
                student_id=made.student_id,
                target_id=target_id,
                produced_on=on,
                status="missing",
                class_id=made.class_id,
                task_id=task.id,
            ),
        )
    return row.id


def add_revision(made: HandMade, of: str, target_id: str, level: float, on: str) -> str:
    """The revision after a "not yet", scored."""
    with made.store.transaction() as tx:
        row = add_evidence(
            tx,
            EvidenceEntry(
                student_id=made.student_id,
                target_id=target_id,
                produced_on=on,
                level=level,
                class_id=made.class_id,
                revision_of=of,
            ),
        )
    return row.id
