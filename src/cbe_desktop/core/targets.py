"""Frameworks, competencies, learning targets and their rubrics."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import NamedTuple

from sqlmodel import Session, col, select

from cbe_desktop.core import rules
from cbe_desktop.core.changes import Changes
from cbe_desktop.core.errors import InvalidInputError, NotFoundError
from cbe_desktop.core.ids import new_id
from cbe_desktop.core.languages import is_packet_language
from cbe_desktop.core.models import (
    FRAMEWORK_KINDS,
    Attachment,
    Evidence,
    Exemplar,
    Framework,
    RubricDescriptor,
    Target,
    TargetWording,
)
from cbe_desktop.core.phrases import QT_TRANSLATE_NOOP
from cbe_desktop.core.rubric_reads import rubric_for  # noqa: F401  (re-exported)
from cbe_desktop.core.store import Store, Tx
from cbe_desktop.core.values import in_order_of, value_of

_GONE = {
    "framework": QT_TRANSLATE_NOOP(
        "Targets", "That framework no longer exists; it may have been deleted."
    ),
    "target": QT_TRANSLATE_NOOP(
        "Targets", "That target no longer exists; it may have been deleted."
    ),
    "exemplar": QT_TRANSLATE_NOOP(
        "Targets", "That exemplar no longer exists; it may have been deleted."
    ),
}


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
            row = RubricDescriptor(id=new_id(), target_id=target.id, level_value=value, text=text)
            tx.add(row)
        elif row.text != text:
            row.text = text
            tx.touch(row)
        rows.append(row)
    return rows


def find_framework(session: Session, title_or_id: str) -> Framework:
    rows = session.exec(select(Framework).where(Framework.deleted_hlc.is_(None))).all()
    for row in rows:
        if row.id == title_or_id:
            return row
    matches = [r for r in rows if r.title.casefold() == title_or_id.strip().casefold()]
    if len(matches) == 1:
        return matches[0]
    titles = ", ".join(sorted(r.title for r in rows)) or QT_TRANSLATE_NOOP("Targets", "none yet")()
    raise NotFoundError(
        QT_TRANSLATE_NOOP("Targets", "There is no framework called {name} (frameworks: {titles}).")(
            name=repr(title_or_id), titles=titles
        )
    )


# ----- the targets editor's operations (one teacher action = one transaction) -------------

TARGET_FIELDS = ("code", "statement", "i_can", "level", "dok", "notes", "prerequisites")


@dataclass(frozen=True)
class TargetNode:
    """One row of a framework's tree, as the editor shows it."""

    id: str
    parent_id: str | None
    position: int
    code: str
    statement: str
    i_can: str
    level: str
    dok: int | None
    notes: str
    prerequisites: tuple[str, ...]
    children: tuple[TargetNode, ...] = ()

    @property
    def label(self) -> str:
        return f"{self.code} — {self.statement}" if self.code else self.statement


def live_frameworks(session: Session) -> list[FrameworkInfo]:
    """Every framework not deleted, by title."""
    rows = session.exec(
        select(Framework).where(Framework.deleted_hlc.is_(None)).order_by(Framework.title)
    )
    return [_framework_info(row) for row in rows]


@dataclass(frozen=True)
class FrameworkInfo:
    """A framework's own fields, read once: ``kind`` is "academic" or "habits"; a habits
    framework carries its own ``scale_id``."""

    id: str
    title: str
    kind: str
    description: str
    scale_id: str | None
    source_id: str | None


def framework_info(session: Session, framework_id: str | None) -> FrameworkInfo | None:
    """A framework; None when there is none of that id or it was deleted."""
    row = session.get(Framework, framework_id) if framework_id else None
    return None if row is None or row.deleted_hlc is not None else _framework_info(row)


def _framework_info(row: Framework) -> FrameworkInfo:
    return value_of(FrameworkInfo, row)


@dataclass(frozen=True)
class TargetInfo:
    """A target's words, read once, wherever it hangs in its framework."""

    id: str
    framework_id: str
    code: str
    statement: str
    i_can: str

    @property
    def label(self) -> str:
        return f"{self.code} — {self.statement}" if self.code else self.statement


def targets_info(session: Session, target_ids: Sequence[str]) -> list[TargetInfo]:
    """Targets in the order of ``target_ids``; ids of no target, or of a deleted one,
    are left out."""
    if not target_ids:
        return []
    rows = session.exec(
        select(Target).where(col(Target.id).in_(target_ids), Target.deleted_hlc.is_(None))
    ).all()
    return [value_of(TargetInfo, row) for row in in_order_of(target_ids, rows)]


def framework_tree(session: Session, framework_id: str) -> list[TargetNode]:
    """The framework's live targets as a tree, each level in its order.

    Built from the leaves up, without recursion, so a tree of any depth (a store from
    an older version may hold one deeper than ``rules.TREE_DEPTH_MAX``) is read whole.
    Targets on a loop of parents (two laptops that each moved one under the other)
    hang from nothing and are left out, as they were before.
    """
    rows = session.exec(
        select(Target).where(Target.framework_id == framework_id, Target.deleted_hlc.is_(None))
    ).all()
    by_parent: dict[str | None, list[Target]] = {}
    ids = {r.id for r in rows}
    for r in rows:
        parent = r.parent_id if r.parent_id in ids else None
        by_parent.setdefault(parent, []).append(r)
    for children in by_parent.values():
        children.sort(key=lambda t: (t.position, t.code, t.id))

    # Each target reachable from the top, parents before children (breadth first).
    order: list[tuple[Target, str | None]] = []
    frontier: list[str | None] = [None]
    seen: set[str] = set()
    while frontier:
        next_frontier: list[str | None] = []
        for parent in frontier:
            for t in by_parent.get(parent, []):
                if t.id not in seen:
                    seen.add(t.id)
                    order.append((t, parent))
                    next_frontier.append(t.id)
        frontier = next_frontier
    built: dict[str, TargetNode] = {}
    for t, parent in reversed(order):  # children are built before their parents
        built[t.id] = TargetNode(
            id=t.id,
            parent_id=parent,
            position=t.position,
            code=t.code,
            statement=t.statement,
            i_can=t.i_can,
            level=t.level,
            dok=t.dok,
            notes=t.notes,
            prerequisites=tuple(t.prerequisites or ()),
            children=tuple(built[c.id] for c in by_parent.get(t.id, []) if c.id in built),
        )
    return [built[t.id] for t in by_parent.get(None, []) if t.id in built]


def flatten(nodes: list[TargetNode] | tuple[TargetNode, ...]) -> list[TargetNode]:
    """Every node of a tree, each followed by its children (depth first, no recursion)."""
    out: list[TargetNode] = []
    stack = list(reversed(nodes))
    while stack:
        node = stack.pop()
        out.append(node)
        stack.extend(reversed(node.children))
    return out


def target_depth(session: Session, target_id: str | None) -> int:
    """How deep a target lies in its framework: a competency is 1 (None: 0, the top).

    Stops at a loop of parents (which only concurrent moves on two laptops can make).
    """
    depth = 0
    seen: set[str] = set()
    while target_id is not None and target_id not in seen:
        seen.add(target_id)
        depth += 1
        target_id = session.exec(select(Target.parent_id).where(Target.id == target_id)).first()
    return depth


def subtree_height(session: Session, target_id: str) -> int:
    """How many levels a target and the live targets under it span (a leaf: 1)."""
    height, frontier, seen = 0, [target_id], {target_id}
    while frontier:
        height += 1
        children = session.exec(
            select(Target.id).where(Target.parent_id.in_(frontier), Target.deleted_hlc.is_(None))
        ).all()
        frontier = [c for c in children if c not in seen]
        seen.update(frontier)
    return height


def create_framework(store: Store, title: str, *, kind: str = "academic") -> tuple[str, Changes]:
    if not title.strip():
        raise InvalidInputError(QT_TRANSLATE_NOOP("Targets", "A framework needs a name.")())
    if kind not in FRAMEWORK_KINDS:
        raise InvalidInputError(
            QT_TRANSLATE_NOOP("Targets", "A framework is academic or habits, not {kind}.")(
                kind=repr(kind)
            )
        )
    with store.transaction() as tx:
        framework = add_framework(tx, title.strip(), kind=kind)
    return framework.id, Changes(everything=True)


def rename_framework(store: Store, framework_id: str, title: str, kind: str) -> Changes:
    if not title.strip():
        raise InvalidInputError(QT_TRANSLATE_NOOP("Targets", "A framework needs a name.")())
    with store.transaction() as tx:
        framework = _live(tx.session, Framework, framework_id, "framework")
        framework.title = title.strip()
        framework.kind = kind
        tx.touch(framework)
    return Changes(everything=True)


def create_target(
    store: Store,
    framework_id: str,
    *,
    parent_id: str | None,
    code: str,
    statement: str,
    i_can: str = "",
) -> tuple[str, Changes]:
    """Add a competency (no parent) or a target at the end of its parent's children."""
    if not statement.strip() and not code.strip():
        raise InvalidInputError(
            QT_TRANSLATE_NOOP("Targets", "A target needs a code or a statement.")()
        )
    with store.transaction() as tx:
        session = tx.session
        framework = _live(session, Framework, framework_id, "framework")
        parent = _live(session, Target, parent_id, "target") if parent_id else None
        rules.require(rules.depth_problem(target_depth(session, parent_id) + 1))
        siblings = session.exec(
            select(Target.position).where(
                Target.framework_id == framework_id,
                Target.parent_id == parent_id if parent_id else Target.parent_id.is_(None),
                Target.deleted_hlc.is_(None),
            )
        ).all()
        target = add_target(
            tx,
            framework,
            code=code.strip(),
            statement=statement.strip(),
            i_can=i_can.strip(),
            parent=parent,
            position=max(siblings, default=-1) + 1,
        )
    return target.id, Changes(targets=frozenset({target.id}))


def update_target(store: Store, target_id: str, **fields: object) -> Changes:
    """Change a target's fields (code, statement, i_can, level, dok, notes, prerequisites)."""
    unknown = set(fields) - set(TARGET_FIELDS)
    if unknown:
        raise InvalidInputError(
            QT_TRANSLATE_NOOP("Targets", "A target has no field {field}.")(
                field=repr(sorted(unknown)[0])
            )
        )
    with store.transaction() as tx:
        target = _live(tx.session, Target, target_id, "target")
        if "prerequisites" in fields:
            fields["prerequisites"] = [str(p) for p in fields["prerequisites"] or []]  # type: ignore[union-attr]
        # The rules of a target's fields (depth of knowledge, its own prerequisite, text
        # lengths): checked before anything changes, as the store checks them on writing.
        rules.require(rules.row_problem("target", {"id": target_id, **fields}))
        changed = False
        for name, value in fields.items():
            if isinstance(value, str):
                value = value.strip()
            if getattr(target, name) != value:
                setattr(target, name, value)
                changed = True
        if changed:
            tx.touch(target)
    return Changes(targets=frozenset({target_id}))


def move_target(store: Store, target_id: str, *, parent_id: str | None, position: int) -> Changes:
    """Put a target under ``parent_id`` (None: top level) at ``position`` among its siblings."""
    with store.transaction() as tx:
        session = tx.session
        target = _live(session, Target, target_id, "target")
        if parent_id is not None:
            ancestor = _live(session, Target, parent_id, "target")
            passed: set[str] = set()
            while ancestor is not None and ancestor.id not in passed:
                if ancestor.id == target_id:
                    raise InvalidInputError(
                        QT_TRANSLATE_NOOP("Targets", "A target cannot be moved inside itself.")()
                    )
                passed.add(ancestor.id)
                ancestor = session.get(Target, ancestor.parent_id) if ancestor.parent_id else None
            depth = target_depth(session, parent_id) + subtree_height(session, target_id)
            rules.require(rules.depth_problem(depth))
        siblings = [
            t
            for t in session.exec(
                select(Target).where(
                    Target.framework_id == target.framework_id,
                    Target.parent_id == parent_id if parent_id else Target.parent_id.is_(None),
                    Target.deleted_hlc.is_(None),
                    Target.id != target_id,
                )
            )
        ]
        siblings.sort(key=lambda t: (t.position, t.code, t.id))
        position = max(0, min(position, len(siblings)))
        siblings.insert(position, target)
        target.parent_id = parent_id
        for index, sibling in enumerate(siblings):
            if sibling.position != index or sibling is target:
                sibling.position = index
                tx.touch(sibling)
    return Changes(targets=frozenset(t.id for t in siblings))


@dataclass(frozen=True)
class DeleteReport:
    targets_deleted: int
    evidence_kept: int
    changes: Changes

    @property
    def sentence(self) -> str:
        n, kept = self.targets_deleted, self.evidence_kept
        if not kept:
            if n == 1:
                return QT_TRANSLATE_NOOP("Targets", "Deleted 1 target.")()
            return QT_TRANSLATE_NOOP("Targets", "Deleted {count} targets.")(count=n)
        if n == 1:
            return QT_TRANSLATE_NOOP(
                "Targets",
                "Deleted 1 target; the {evidence} piece(s) of evidence recorded on them are "
                "kept and come back if you undo.",
            )(evidence=kept)
        return QT_TRANSLATE_NOOP(
            "Targets",
            "Deleted {count} targets; the {evidence} piece(s) of evidence recorded on them are "
            "kept and come back if you undo.",
        )(count=n, evidence=kept)


def evidence_on(session: Session, target_ids: list[str]) -> int:
    if not target_ids:
        return 0
    return len(session.exec(select(Evidence.id).where(Evidence.target_id.in_(target_ids))).all())


def subtree_ids(session: Session, target_id: str) -> list[str]:
    """A target and everything under it."""
    out, frontier = [target_id], [target_id]
    while frontier:
        children = session.exec(
            select(Target.id).where(Target.parent_id.in_(frontier), Target.deleted_hlc.is_(None))
        ).all()
        frontier = [c for c in children if c not in out]
        out.extend(frontier)
    return out


def delete_target(store: Store, target_id: str) -> DeleteReport:
    """Tombstone a target and the targets under it. Evidence is never deleted."""
    with store.transaction() as tx:
        ids = subtree_ids(tx.session, target_id)
        for tid in ids:
            row = tx.session.get(Target, tid)
            if row is not None and row.deleted_hlc is None:
                tx.tombstone(row)
        kept = evidence_on(tx.session, ids)
    return DeleteReport(len(ids), kept, Changes(targets=frozenset(ids), everything=True))


def restore_targets(store: Store, target_ids: list[str]) -> Changes:
    """Undo a deletion: the targets come back with their evidence."""
    with store.transaction() as tx:
        for tid in target_ids:
            row = tx.session.get(Target, tid)
            if row is not None and row.deleted_hlc is not None:
                row.deleted_hlc = None
                tx.touch(row)
    return Changes(targets=frozenset(target_ids), everything=True)


def save_rubric(store: Store, target_id: str, descriptors: dict[float, str]) -> Changes:
    with store.transaction() as tx:
        target = _live(tx.session, Target, target_id, "target")
        set_rubric(tx, target, {float(k): v.strip() for k, v in descriptors.items()})
    return Changes(targets=frozenset({target_id}))


def attach_exemplar(
    store: Store, target_id: str, level_value: float, path: Path, note: str = ""
) -> Changes:
    """Attach a photo or PDF of work at one level of a target's rubric."""
    from cbe_desktop.core.attachments import add_attachment, read_attachment_file

    data, name = read_attachment_file(path)
    with store.transaction() as tx:
        _live(tx.session, Target, target_id, "target")
        attachment = add_attachment(tx, store, data, name)
        tx.add(
            Exemplar(
                id=new_id(),
                target_id=target_id,
                level_value=level_value,
                attachment_id=attachment.id,
                note=note,
            )
        )
    return Changes(targets=frozenset({target_id}))


def remove_exemplar(store: Store, exemplar_id: str) -> Changes:
    with store.transaction() as tx:
        row = _live(tx.session, Exemplar, exemplar_id, "exemplar")
        tx.tombstone(row)
    return Changes(targets=frozenset({row.target_id}))


@dataclass(frozen=True)
class ExemplarInfo:
    id: str
    level_value: float
    file_name: str
    media_type: str
    sha256: str
    note: str


def exemplars_for(session: Session, target_id: str) -> list[ExemplarInfo]:
    rows = session.exec(
        select(Exemplar, Attachment)
        .join(Attachment, col(Attachment.id) == col(Exemplar.attachment_id))
        .where(Exemplar.target_id == target_id, Exemplar.deleted_hlc.is_(None))
    ).all()
    return [
        ExemplarInfo(e.id, e.level_value, a.file_name, a.media_type, a.sha256, e.note)
        for e, a in rows
    ]


def _live(session: Session, model: type, row_id: str | None, what: str):  # type: ignore[no-untyped-def]
    row = session.get(model, row_id) if row_id else None
    if row is None or row.deleted_hlc is not None:
        raise NotFoundError(_GONE[what]())
    return row


# ----- a target's words in more languages ----------------------------------------------------


class Wording(NamedTuple):
    """A target's words in one language (a tuple, so it unpacks in this order)."""

    statement: str
    i_can: str


def wordings(
    session: Session, target_ids: list[str] | None = None, *, lang: str | None = None
) -> dict[str, dict[str, Wording]]:
    """{target id: {language: Wording}} of the live wordings (of these
    targets, in this language). Two laptops may each have written one for the same
    language: the newest stands."""
    query = select(TargetWording).where(TargetWording.deleted_hlc.is_(None))
    if lang is not None:
        query = query.where(TargetWording.lang == lang)
    rows = session.exec(query).all()
    wanted = set(target_ids) if target_ids is not None else None
    found: dict[str, dict[str, Wording]] = {}
    stamps: dict[tuple[str, str], str] = {}
    for row in rows:
        if wanted is not None and row.target_id not in wanted:
            continue
        key = (row.target_id, row.lang)
        if key in stamps and stamps[key] >= row.hlc:
            continue
        stamps[key] = row.hlc
        found.setdefault(row.target_id, {})[row.lang] = Wording(row.statement, row.i_can)
    return found


def write_wording(tx: Tx, target_id: str, lang: str, statement: str, i_can: str) -> bool:
    """Set a target's statement and "I can" in one language, inside a transaction (an
    import's or an edit's); both empty removes that language's wording. True if changed.
    Any packet language, English too: a teacher who writes the targets in Spanish writes
    their English for the families who read English."""
    if not is_packet_language(lang):
        raise InvalidInputError(
            QT_TRANSLATE_NOOP(
                "Targets", "A target's words can be written in a packet language, not in {lang}."
            )(lang=repr(lang))
        )
    statement, i_can = statement.strip(), i_can.strip()
    rows = tx.session.exec(
        select(TargetWording).where(
            TargetWording.target_id == target_id, TargetWording.lang == lang
        )
    ).all()
    live = sorted((r for r in rows if r.deleted_hlc is None), key=lambda r: r.hlc)
    if not statement and not i_can:
        for row in live:
            tx.tombstone(row)
        return bool(live)
    if live:
        row = live[-1]
        for older in live[:-1]:
            tx.tombstone(older)
        if (row.statement, row.i_can) == (statement, i_can):
            return len(live) > 1
        row.statement, row.i_can = statement, i_can
        tx.touch(row)
        return True
    gone = sorted(rows, key=lambda r: r.hlc)
    if gone:  # a wording taken away before comes back (its id travels, so undo syncs)
        row = gone[-1]
        row.deleted_hlc = None
        row.statement, row.i_can = statement, i_can
        tx.touch(row)
        return True
    tx.add(
        TargetWording(
            id=new_id(),
            target_id=target_id,
            lang=lang,
            statement=statement,
            i_can=i_can,
        )
    )
    return True


def save_wording(store: Store, target_id: str, lang: str, *, statement: str, i_can: str) -> Changes:
    """The teacher writes a target's statement and "I can" in a family's language (the
    target editor's Languages tab); both empty takes that language's words away."""
    with store.transaction() as tx:
        _live(tx.session, Target, target_id, "target")
        write_wording(tx, target_id, lang, statement, i_can)
    return Changes(targets=frozenset({target_id}))
