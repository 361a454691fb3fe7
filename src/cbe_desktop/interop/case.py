"""CASE (Competencies and Academic Standards Exchange) 1.0 and 1.1 JSON packages.

Reading: the CFDocument is the framework (its title the framework's name), each CFItem
a target; ``isChildOf`` associations (origin = child, destination = parent, the
document itself meaning "top level") make the tree and their ``sequenceNumber`` the
order; a ``precedes`` association makes its origin a prerequisite of its destination.
A package may come bare (``{"CFDocument": ..., "CFItems": ...}``, the CASE 1.0 shape
and the 1.1 schema's) or wrapped (``{"CFPackage": {...}}``, as some 1.1 servers send).

Writing: a CASE 1.1 package that validates against the 1EdTech JSON schema for
CFPackage (shipped with the tests).
"""

from __future__ import annotations

import json
import re
import uuid
from dataclasses import dataclass, field
from typing import Any

from cbe_desktop.core.phrases import QT_TRANSLATE_NOOP
from cbe_desktop.interop.errors import ImportFormatError
from cbe_desktop.interop.limits import TARGETS_MAX_ROWS
from cbe_desktop.interop.records import ParsedTargets, TargetRecord

CASE_UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$")
EXTENSION = "cbeDesktop"  # our own fields (depth of knowledge, method) ride in "extensions"


def load_json(data: bytes, name: str) -> Any:
    try:
        return json.loads(data.decode("utf-8-sig"))
    except UnicodeDecodeError:
        raise ImportFormatError(
            QT_TRANSLATE_NOOP("Files", "{name} is not UTF-8 text, so it cannot be CASE JSON.")(
                name=name
            )
        ) from None
    except json.JSONDecodeError as exc:
        raise ImportFormatError(
            QT_TRANSLATE_NOOP(
                "Files",
                "{name} is not valid JSON (line {line}: {reason}); download the framework again.",
            )(name=name, line=str(exc.lineno), reason=exc.msg)
        ) from None


def not_case(name: str) -> ImportFormatError:
    """JSON that is not a CASE package."""
    return ImportFormatError(
        QT_TRANSLATE_NOOP(
            "Files", "{name} is JSON but not a CASE framework (it has no CFDocument or CFItems)."
        )(name=name)
    )


def package_of(obj: Any) -> dict[str, Any] | None:
    """The CFPackage inside a loaded JSON value, bare or wrapped; None when not CASE."""
    if not isinstance(obj, dict):
        return None
    if isinstance(obj.get("CFPackage"), dict):
        obj = obj["CFPackage"]
    if isinstance(obj.get("CFDocument"), dict) or isinstance(obj.get("CFItems"), list):
        return obj
    return None


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        return ",".join(str(v).strip() for v in value if str(v).strip())
    return str(value).strip()


def _int(value: Any) -> int | None:
    try:
        return int(value)
    except (TypeError, ValueError):
        return None


def parse_case(data: bytes, name: str) -> ParsedTargets:
    """Read a CASE 1.0 / 1.1 package into a framework's records."""
    package = package_of(load_json(data, name))
    if package is None:
        raise not_case(name)
    document = package.get("CFDocument") if isinstance(package.get("CFDocument"), dict) else {}
    items = package.get("CFItems") or []
    associations = package.get("CFAssociations") or []
    if not isinstance(items, list) or not isinstance(associations, list):
        raise ImportFormatError(
            QT_TRANSLATE_NOOP("Files", "{name} is not a CASE framework: CFItems must be a list.")(
                name=name
            )
        )
    if len(items) > TARGETS_MAX_ROWS:
        raise ImportFormatError(
            QT_TRANSLATE_NOOP(
                "Files",
                "{name} has {count} items, more than the {limit} a framework may have; "
                "check that it is the right file.",
            )(name=name, count=f"{len(items):,}", limit=f"{TARGETS_MAX_ROWS:,}")
        )
    doc_id = _text(document.get("identifier"))
    doc_uri = _text(document.get("uri"))
    title = _text(document.get("title")) or name.rsplit(".", 1)[0]

    # Every node by identifier and by uri, so links given either way resolve.
    ids: dict[str, str] = {}
    if doc_id:
        ids[doc_id] = doc_id
    if doc_uri:
        ids[doc_uri] = doc_id or doc_uri
    item_ids: list[str] = []
    for index, item in enumerate(items):
        if not isinstance(item, dict):
            item_ids.append(f"#{index + 1}")
            continue
        ident = _text(item.get("identifier")) or f"#{index + 1}"
        item_ids.append(ident)
        ids.setdefault(ident, ident)
        if _text(item.get("uri")):
            ids.setdefault(_text(item["uri"]), ident)
    known_items = set(item_ids)

    def node(link: Any) -> tuple[str, str]:
        """(identifier as we know it, or as written; its title) of an association end."""
        if isinstance(link, dict):
            for key in ("identifier", "uri"):
                ref = _text(link.get(key))
                if ref in ids:
                    return ids[ref], _text(link.get("title"))
            return _text(link.get("identifier") or link.get("uri")), _text(link.get("title"))
        ref = _text(link)
        return ids.get(ref, ref), ""

    parent_of: dict[str, tuple[str | None, float, str]] = {}
    prerequisites: dict[str, list[str]] = {}
    notes: list[str] = []
    extra_parents = outside_links = 0
    for assoc in associations:
        if not isinstance(assoc, dict):
            continue
        kind = _text(assoc.get("associationType"))
        origin, _ = node(assoc.get("originNodeURI"))
        destination, dest_title = node(assoc.get("destinationNodeURI"))
        if kind == "isChildOf" and origin in known_items:
            if origin in parent_of:
                extra_parents += 1
                continue
            seq = _int(assoc.get("sequenceNumber"))
            parent = None if destination in (doc_id, doc_uri) and destination else destination
            parent_of[origin] = (
                parent,
                float(seq) if seq is not None else float("inf"),
                dest_title,
            )
        elif kind == "precedes":
            if origin in known_items and destination in known_items and origin != destination:
                prerequisites.setdefault(destination, []).append(origin)
            else:
                outside_links += 1
    if extra_parents:
        notes.append(
            QT_TRANSLATE_NOOP(
                "Files",
                "{count} item(s) sit under more than one parent; each is kept under "
                "its first parent only.",
            )(count=str(extra_parents))
        )
    if outside_links:
        notes.append(
            QT_TRANSLATE_NOOP(
                "Files",
                "{count} 'precedes' link(s) point outside this framework and were left out.",
            )(count=str(outside_links))
        )

    records = []
    for index, item in enumerate(items):
        ident = item_ids[index]
        if not isinstance(item, dict):
            records.append(
                TargetRecord(
                    key=ident,
                    row=QT_TRANSLATE_NOOP("Files", "item {item}")(item=str(index + 1)),
                    problem=QT_TRANSLATE_NOOP("Files", "is not an item")(),
                )
            )
            continue
        code = _text(item.get("humanCodingScheme"))
        parent, position, parent_title = parent_of.get(ident, (None, float("inf"), ""))
        problem = ""
        if not _text(item.get("identifier")):
            problem = QT_TRANSLATE_NOOP("Files", "has no identifier")()
        elif parent is not None and parent not in known_items:
            problem = QT_TRANSLATE_NOOP("Files", "its parent ({parent}) is not in the file")(
                parent=parent_title or parent
            )
        ext = item.get("extensions") if isinstance(item.get("extensions"), dict) else {}
        ours = ext.get(EXTENSION) if isinstance(ext.get(EXTENSION), dict) else {}
        param = ours.get("methodParameter")
        records.append(
            TargetRecord(
                key=ident,
                code=code,
                statement=_text(item.get("fullStatement")),
                i_can=_text(item.get("abbreviatedStatement")),
                level=_text(item.get("educationLevel")),
                notes=_text(item.get("notes")),
                dok=_int(ours.get("depthOfKnowledge")),
                parent_key=parent,
                position=position,
                prerequisite_keys=tuple(dict.fromkeys(prerequisites.get(ident, []))),
                source_id=_text(item.get("identifier")) or None,
                method=_text(ours.get("method")) or None,
                method_param=float(param) if isinstance(param, int | float) else None,
                row=QT_TRANSLATE_NOOP("Files", "item {item}")(item=code or ident),
                problem=problem,
            )
        )
    if not records:
        raise ImportFormatError(
            QT_TRANSLATE_NOOP(
                "Files", "{name} is a CASE framework with no items; nothing to import."
            )(name=name)
        )
    return ParsedTargets(
        format="case",
        source_name=name,
        framework_title=title,
        framework_source_id=doc_id or None,
        framework_description=_text(document.get("description")),
        targets=tuple(records),
        notes=tuple(notes),
    )


# ----- writing ---------------------------------------------------------------------------


@dataclass(frozen=True)
class FrameworkForExport:
    """A framework as the store holds it, ready to write (``key`` = our row id)."""

    key: str
    title: str
    source_id: str | None
    description: str
    creator: str
    changed_at: str  # ISO date-time, UTC
    targets: tuple[TargetRecord, ...]  # in tree order; parent_key / prerequisites = row ids
    target_changed_at: dict[str, str] = field(default_factory=dict)


def case_identifier(source_id: str | None, row_id: str) -> str:
    """CASE identifiers must be UUIDs: the one the item came with, else our row id."""
    if source_id and CASE_UUID.match(source_id):
        return source_id
    return row_id


def _uri(identifier: str) -> str:
    return f"urn:uuid:{identifier}"


def write_case(framework: FrameworkForExport) -> bytes:
    """A CASE 1.1 CFPackage (JSON, UTF-8) for one framework."""
    doc_id = case_identifier(framework.source_id, framework.key)
    ident = {t.key: case_identifier(t.source_id, t.key) for t in framework.targets}
    by_key = {t.key: t for t in framework.targets}
    namespace = uuid.UUID(doc_id)

    def link(key: str | None) -> dict[str, str]:
        if key is None:
            return {"title": framework.title, "identifier": doc_id, "uri": _uri(doc_id)}
        target = by_key[key]
        title = target.code or target.statement[:60]
        return {"title": title, "identifier": ident[key], "uri": _uri(ident[key])}

    items = []
    for t in framework.targets:
        item: dict[str, Any] = {
            "identifier": ident[t.key],
            "uri": _uri(ident[t.key]),
            "fullStatement": t.statement,
            "CFItemType": "Competency" if t.parent_key is None else "Learning Target",
            "lastChangeDateTime": framework.target_changed_at.get(t.key, framework.changed_at),
        }
        if t.code:
            item["humanCodingScheme"] = t.code
        if t.i_can:
            item["abbreviatedStatement"] = t.i_can
        if t.level:
            item["educationLevel"] = [lv.strip() for lv in t.level.split(",") if lv.strip()]
        if t.notes:
            item["notes"] = t.notes
        ours: dict[str, Any] = {}
        if t.dok is not None:
            ours["depthOfKnowledge"] = t.dok
        if t.method:
            ours["method"] = t.method
        if t.method_param is not None:
            ours["methodParameter"] = t.method_param
        if ours:
            item["extensions"] = {EXTENSION: ours}
        items.append(item)

    associations = []
    for t in framework.targets:
        parent = t.parent_key if t.parent_key in by_key else None
        associations.append(
            {
                "identifier": str(uuid.uuid5(namespace, f"isChildOf {ident[t.key]}")),
                "uri": "",
                "associationType": "isChildOf",
                "sequenceNumber": int(t.position) + 1,
                "originNodeURI": link(t.key),
                "destinationNodeURI": link(parent),
                "lastChangeDateTime": framework.target_changed_at.get(t.key, framework.changed_at),
            }
        )
        for prereq in t.prerequisite_keys:
            if prereq in by_key:
                associations.append(
                    {
                        "identifier": str(
                            uuid.uuid5(namespace, f"precedes {ident[prereq]} {ident[t.key]}")
                        ),
                        "uri": "",
                        "associationType": "precedes",
                        "originNodeURI": link(prereq),
                        "destinationNodeURI": link(t.key),
                        "lastChangeDateTime": framework.target_changed_at.get(
                            t.key, framework.changed_at
                        ),
                    }
                )
    for assoc in associations:
        assoc["uri"] = _uri(assoc["identifier"])

    document: dict[str, Any] = {
        "identifier": doc_id,
        "uri": _uri(doc_id),
        "creator": framework.creator,
        "title": framework.title,
        "lastChangeDateTime": framework.changed_at,
        "caseVersion": "1.1",
        "language": "en",
    }
    if framework.description:
        document["description"] = framework.description
    package = {"CFDocument": document, "CFItems": items, "CFAssociations": associations}
    return (json.dumps(package, ensure_ascii=False, indent=2) + "\n").encode("utf-8")
