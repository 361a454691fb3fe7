"""Frameworks, competencies, learning targets and their rubrics."""

from __future__ import annotations

from sqlmodel import Session, select

from cbe_desktop.core.errors import NotFoundError
from cbe_desktop.core.ids import new_id
from cbe_desktop.core.models import Framework, RubricDescriptor, Target
from cbe_desktop.core.store import Tx


def add_framework(
    tx: Tx,
    title: str,
    *,
    kind: str = "academic",
    description: str = "",
    scale_id: str | None = None,
    source_id: str | None = None,
) -> Framework:
    framework = Framework(
        id=new_id(),
        title=title,
        kind=kind,
        description=description,
        scale_id=scale_id,
        source_id=source_id,
        hlc="",
        origin="",
    )
    tx.add(framework)
    return framework


def add_target(
    tx: Tx,
    framework: Framework,
    *,
    code: str,
    statement: str,
    i_can: str = "",
    parent: Target | None = None,
    position: int = 0,
    level: str = "",
    dok: int | None = None,
    prerequisites: list[str] | None = None,
    notes: str = "",
    source_id: str | None = None,
) -> Target:
    """Add a competency (no parent) or a learning target under one."""
    target = Target(
        id=new_id(),
        framework_id=framework.id,
        parent_id=parent.id if parent else None,
        position=position,
        code=code,
        statement=statement,
        i_can=i_can,
        level=level,
        dok=dok,
        prerequisites=list(prerequisites or []),
        notes=notes,
        source_id=source_id,
        hlc="",
        origin="",
    )
    tx.add(target)
    return target


def set_rubric(tx: Tx, target: Target, descriptors: dict[float, str]) -> list[RubricDescriptor]:
    """Write the descriptor of each level for a target (replacing what was there)."""
    session = tx.session
    existing = {
        d.level_value: d
        for d in session.exec(
            select(RubricDescriptor).where(
                RubricDescriptor.target_id == target.id, RubricDescriptor.deleted_hlc.is_(None)
            )
        )
    }
    rows = []
    for value, text in descriptors.items():
        row = existing.get(value)
        if row is None:
            row = RubricDescriptor(
                id=new_id(), target_id=target.id, level_value=value, text=text, hlc="", origin=""
            )
            tx.add(row)
        elif row.text != text:
            row.text = text
            tx.touch(row)
        rows.append(row)
    return rows


def rubric_for(session: Session, target_id: str) -> dict[float, str]:
    rows = session.exec(
        select(RubricDescriptor).where(
            RubricDescriptor.target_id == target_id, RubricDescriptor.deleted_hlc.is_(None)
        )
    )
    return {r.level_value: r.text for r in rows}


def find_framework(session: Session, title_or_id: str) -> Framework:
    rows = session.exec(select(Framework).where(Framework.deleted_hlc.is_(None))).all()
    for row in rows:
        if row.id == title_or_id:
            return row
    matches = [r for r in rows if r.title.casefold() == title_or_id.strip().casefold()]
    if len(matches) == 1:
        return matches[0]
    titles = ", ".join(sorted(r.title for r in rows)) or "none yet"
    raise NotFoundError(f"There is no framework called {title_or_id!r} (frameworks: {titles}).")
