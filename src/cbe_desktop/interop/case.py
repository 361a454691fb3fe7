"""CASE (Competencies and Academic Standards Exchange) 1.0 and 1.1 JSON packages.

Reading: the CFDocument is the framework (its title the framework's name), each CFItem
a target; ``isChildOf`` associations (origin = child, destination = parent, the
document itself meaning "top level") make the tree and their ``sequenceNumber`` the
order; a ``precedes`` association makes its origin a prerequisite of its destination.
Associations of other kinds (``isRelatedTo``, ``exactMatchOf``, ``isPeerOf`` ...) have no
place in a gradebook; they are counted by kind in a note of the plan.
A package may come bare (``{"CFDocument": ..., "CFItems": ...}``, the CASE 1.0 shape
and the 1.1 schema's) or wrapped (``{"CFPackage": {...}}``, as some 1.1 servers send).

Rubrics: each ``CFRubricCriterion`` whose ``CFItemURI`` names an item of the file is the
rubric of that item's target (whichever ``CFRubric`` holds it); its
``CFRubricCriterionLevels`` become the target's level descriptors, matched to the
framework's scale on import (``services/importing.py``). A level's descriptor is its
``description``, followed by its ``feedback`` as a second paragraph when it has one
(its ``quality`` when it has neither). A second criterion for the same item is left out
with a note, as are criteria that name no item of the file.

Writing: a CASE 1.1 package that validates against the 1EdTech JSON schema for
CFPackage (shipped with the tests). Each target that has a rubric gets its own
``CFRubric`` holding one ``CFRubricCriterion`` tied to the target's item (a CASE tool
asks for "the rubric of this standard", and a rubric per item answers it whole), with
one ``CFRubricCriterionLevel`` per level of the framework's scale that has a descriptor:
``score`` = the level's value, ``quality`` = its label, ``position`` = its rank on the
scale from 1 (lowest) up, ``description`` = the descriptor.
"""

from __future__ import annotations

import json
import math
import re
import uuid
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from cbe_desktop.core import rules
from cbe_desktop.core.languages import is_packet_language
from cbe_desktop.core.phrases import QT_TRANSLATE_NOOP
from cbe_desktop.interop.errors import ImportFormatError
from cbe_desktop.interop.limits import JSON_MAX_DEPTH, JSON_MAX_DIGITS, TARGETS_MAX_ROWS
from cbe_desktop.interop.records import (
    ParsedTargets,
    RubricLevelRecord,
    RubricRecord,
    ScaleRecord,
    TargetRecord,
)
from cbe_desktop.interop.textfile import decode_unicode

CASE_UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$")
EXTENSION = "cbeDesktop"  # our own fields (depth of knowledge, method) ride in "extensions"
#: A scale has a handful of levels; a rubric criterion with more is the wrong file.
RUBRIC_MAX_LEVELS = 20
#: A level's descriptor is a paragraph or two; far longer is not a descriptor (the
#: store's rule for a text, see core/rules.py).
RUBRIC_MAX_CHARS = rules.TEXT_MAX
#: A scale's name or a level's label is a few words.
SCALE_MAX_LABEL = 200


class _LongNumber(ValueError):
    """A JSON integer with more digits than ``JSON_MAX_DIGITS``."""

    def __init__(self, digits: int) -> None:
        super().__init__(digits)
        self.digits = digits


def _int_of(text: str) -> int:
    """``parse_int`` for the JSON decoder: refuses a number too long to be data (Python
    itself would stop at 4,300 digits with a ValueError no teacher should read)."""
    digits = len(text.lstrip("-"))
    if digits > JSON_MAX_DIGITS:
        raise _LongNumber(digits)
    return int(text)


_DECODER = json.JSONDecoder(parse_int=_int_of)
#: A lone surrogate escape ("\ud800") decodes to text that cannot be stored or printed.
_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F][0-9a-fA-F]{2}")


def _too_deep(value: Any, limit: int) -> bool:
    """True when arrays and objects nest deeper than ``limit`` (level by level, no
    recursion: a 20 MB framework is walked in a fraction of a second)."""
    level = [value] if isinstance(value, dict | list) else []
    depth = 0
    while level:
        depth += 1
        if depth > limit:
            return True
        children: list[Any] = []
        for item in level:
            children.extend(item.values() if isinstance(item, dict) else item)
        level = [child for child in children if isinstance(child, dict | list)]
    return False


def _has_lone_surrogate(value: Any) -> bool:
    stack = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, str):
            try:
                item.encode("utf-8")
            except UnicodeEncodeError:
                return True
        elif isinstance(item, dict):
            stack.extend(item.keys())
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)
    return False


def load_json(data: bytes, name: str) -> Any:
    """The JSON value of a file (UTF-8, or UTF-16/32 with a byte-order mark), refused in
    one sentence when it is not JSON, nests deeper than ``JSON_MAX_DEPTH``, holds a
    number longer than ``JSON_MAX_DIGITS`` digits or text that is not valid Unicode."""
    try:
        text = decode_unicode(data)
    except UnicodeError:
        raise ImportFormatError(
            QT_TRANSLATE_NOOP("Files", "{name} is not UTF-8 text, so it cannot be CASE JSON.")(
                name=name
            )
        ) from None
    too_deep = QT_TRANSLATE_NOOP(
        "Files",
        "{name} nests its data more than {limit} levels deep, far deeper than a CASE "
        "framework; check that it is the right file.",
    )
    try:
        value = _DECODER.decode(text)
    except RecursionError:
        raise ImportFormatError(too_deep(name=name, limit=str(JSON_MAX_DEPTH))) from None
    except _LongNumber as exc:
        raise ImportFormatError(
            QT_TRANSLATE_NOOP(
                "Files",
                "{name} holds a number {count} digits long, more than the {limit} digits a "
                "CASE framework uses; check that it is the right file.",
            )(name=name, count=f"{exc.digits:,}", limit=str(JSON_MAX_DIGITS))
        ) from None
    except json.JSONDecodeError as exc:
        raise ImportFormatError(
            QT_TRANSLATE_NOOP(
                "Files",
                "{name} is not valid JSON (line {line}: {reason}); download the framework again.",
            )(name=name, line=str(exc.lineno), reason=exc.msg)
        ) from None
    if text.count("[") + text.count("{") > JSON_MAX_DEPTH and _too_deep(value, JSON_MAX_DEPTH):
        raise ImportFormatError(too_deep(name=name, limit=str(JSON_MAX_DEPTH)))
    if _SURROGATE_ESCAPE.search(text) and _has_lone_surrogate(value):
        raise ImportFormatError(
            QT_TRANSLATE_NOOP(
                "Files",
                "{name} holds text that is not valid Unicode (a lone surrogate); download "
                "the framework again.",
            )(name=name)
        )
    return value


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
    """An integer the file gives (numbers and numeric text); None for anything else,
    including infinities and numbers too large to be a sequence or a level."""
    if isinstance(value, bool):
        return None
    try:
        number = int(value)
    except (TypeError, ValueError, OverflowError):
        return None
    return number if abs(number) <= 2**31 else None


def _number(value: Any) -> float | None:
    """A finite number the file gives (a JSON number or numeric text); None otherwise."""
    if isinstance(value, bool) or not isinstance(value, int | float | str):
        return None
    try:
        number = float(value)
    except (ValueError, OverflowError):
        return None
    return number if math.isfinite(number) else None


def _str(value: Any) -> str:
    return value.strip() if isinstance(value, str) else ""


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
    other_kinds: Counter[str] = Counter()  # associations the program does not keep
    for assoc in associations:
        if not isinstance(assoc, dict):
            continue
        kind = _text(assoc.get("associationType"))
        if kind not in ("isChildOf", "precedes"):
            other_kinds[kind[:40] or "?"] += 1
            continue
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
    if other_kinds:
        kinds = ", ".join(f"{n} {kind}" for kind, n in sorted(other_kinds.items()))
        notes.append(
            QT_TRANSLATE_NOOP(
                "Files",
                "{count} association(s) of other kinds were left out ({kinds}): the program "
                "keeps the tree (isChildOf) and prerequisites (precedes) only.",
            )(count=str(sum(other_kinds.values())), kinds=kinds)
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
        wordings = _wordings(ours.get("wordings"))
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
                method_param=_number(param) if isinstance(param, int | float) else None,
                wordings=wordings,
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
    rubrics, rubric_notes = _rubrics(
        package.get("CFRubrics"), lambda link: node(link)[0], known_items
    )
    notes.extend(rubric_notes)
    scale, scale_note = _read_scale(document)
    if scale_note:
        notes.append(scale_note)
    return ParsedTargets(
        format="case",
        source_name=name,
        framework_title=title,
        framework_source_id=doc_id or None,
        framework_description=_text(document.get("description")),
        targets=tuple(records),
        notes=tuple(notes),
        rubrics=rubrics,
        scale=scale,
    )


def _wordings(value: object) -> tuple[tuple[str, str, str], ...]:
    """Our extension's statements in more languages: {"es": {"fullStatement": ...,
    "abbreviatedStatement": ...}}; languages the program does not print are left out."""
    if not isinstance(value, dict):
        return ()
    found = []
    for lang, words in value.items():
        if not isinstance(words, dict) or not is_packet_language(str(lang)):
            continue
        statement = _text(words.get("fullStatement"))
        i_can = _text(words.get("abbreviatedStatement"))
        if statement or i_can:
            found.append((str(lang), statement, i_can))
    return tuple(sorted(found))


def _level_text(level: dict[str, Any]) -> str:
    """A CFRubricCriterionLevel's descriptor: its description, then its feedback."""
    description, feedback = _str(level.get("description")), _str(level.get("feedback"))
    if description and feedback and feedback != description:
        return f"{description}\n\n{feedback}"
    return description or feedback or _str(level.get("quality"))


def _rubrics(
    raw: Any, resolve: Callable[[Any], str], known_items: set[str]
) -> tuple[tuple[RubricRecord, ...], list[str]]:
    """The CFRubrics of a package as one rubric per target, and what was left out."""
    if raw is None:
        return (), []
    if not isinstance(raw, list):
        return (), [
            QT_TRANSLATE_NOOP(
                "Files", "The file's CFRubrics are not a list, so its rubrics were left out."
            )()
        ]
    criteria: list[Any] = []
    unreadable = 0
    for rubric in raw:
        found = rubric.get("CFRubricCriteria") if isinstance(rubric, dict) else None
        if isinstance(rubric, dict) and found is None:
            continue  # a rubric with no criteria says nothing about a target
        if not isinstance(found, list):
            unreadable += 1
            continue
        criteria.extend(found)
        if len(criteria) > TARGETS_MAX_ROWS:
            return (), [
                QT_TRANSLATE_NOOP(
                    "Files",
                    "The file has more than {limit} rubric criteria, far more than a framework "
                    "needs, so its rubrics were left out.",
                )(limit=f"{TARGETS_MAX_ROWS:,}")
            ]
    records: list[RubricRecord] = []
    outside = repeated = 0
    seen: set[str] = set()
    for number, criterion in enumerate(criteria, start=1):
        if not isinstance(criterion, dict):
            unreadable += 1
            continue
        key = resolve(criterion.get("CFItemURI")) if criterion.get("CFItemURI") else ""
        if key not in known_items:
            outside += 1
            continue
        if key in seen:
            repeated += 1
            continue
        seen.add(key)
        row = QT_TRANSLATE_NOOP("Files", "rubric criterion {criterion}")(criterion=str(number))
        raw_levels = criterion.get("CFRubricCriterionLevels")
        levels: list[RubricLevelRecord] = []
        problem = ""
        if raw_levels is None:
            raw_levels = []
        if not isinstance(raw_levels, list):
            problem = QT_TRANSLATE_NOOP("Files", "its levels are not a list")()
        elif len(raw_levels) > RUBRIC_MAX_LEVELS:
            problem = QT_TRANSLATE_NOOP(
                "Files", "it has {count} levels, more than the {limit} a rubric may have"
            )(count=f"{len(raw_levels):,}", limit=str(RUBRIC_MAX_LEVELS))
        else:
            for level in raw_levels:
                if not isinstance(level, dict):
                    problem = QT_TRANSLATE_NOOP("Files", "one of its levels is not a level")()
                    break
                text = _level_text(level)
                if len(text) > RUBRIC_MAX_CHARS:
                    problem = QT_TRANSLATE_NOOP(
                        "Files", "a level's description is longer than {limit} characters"
                    )(limit=f"{RUBRIC_MAX_CHARS:,}")
                    break
                levels.append(
                    RubricLevelRecord(
                        score=_number(level.get("score")),
                        position=_int(level.get("position")),
                        quality=_str(level.get("quality")),
                        text=text,
                    )
                )
        records.append(
            RubricRecord(
                target_key=key,
                levels=() if problem else tuple(levels),
                source_id=_str(criterion.get("identifier")) or None,
                row=row,
                problem=problem,
            )
        )
    notes: list[str] = []
    if unreadable == 1:
        notes.append(
            QT_TRANSLATE_NOOP("Files", "1 rubric in the file cannot be read and was left out.")()
        )
    elif unreadable:
        notes.append(
            QT_TRANSLATE_NOOP(
                "Files", "{count} rubrics in the file cannot be read and were left out."
            )(count=str(unreadable))
        )
    if outside == 1:
        notes.append(
            QT_TRANSLATE_NOOP(
                "Files", "1 rubric criterion names no item of this framework and was left out."
            )()
        )
    elif outside:
        notes.append(
            QT_TRANSLATE_NOOP(
                "Files",
                "{count} rubric criteria name no item of this framework and were left out.",
            )(count=str(outside))
        )
    if repeated == 1:
        notes.append(
            QT_TRANSLATE_NOOP(
                "Files",
                "1 rubric criterion is for an item that already has one and was left out; "
                "the first criterion of each item is used.",
            )()
        )
    elif repeated:
        notes.append(
            QT_TRANSLATE_NOOP(
                "Files",
                "{count} rubric criteria are for an item that already has one and were left "
                "out; the first criterion of each item is used.",
            )(count=str(repeated))
        )
    return tuple(records), notes


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
    # The framework's scale, (value, label) from lowest to highest, and each target's
    # rubric: {target key: {level value: descriptor}}, with when it last changed.
    scale_levels: tuple[tuple[float, str], ...] = ()
    rubrics: dict[str, dict[float, str]] = field(default_factory=dict)
    rubric_changed_at: dict[str, str] = field(default_factory=dict)
    # The framework's own scale whole (None when it uses the program's default), written
    # in the CFDocument's extensions so that an export imported elsewhere keeps it.
    scale: ScaleRecord | None = None


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
        if t.wordings:
            # CASE 1.1 holds one language per item; the families' languages ride along.
            ours["wordings"] = {
                lang: {
                    key: value
                    for key, value in (("fullStatement", st), ("abbreviatedStatement", ic))
                    if value
                }
                for lang, st, ic in t.wordings
            }
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
    if framework.scale is not None:
        document["extensions"] = {EXTENSION: {"scale": _write_scale(framework.scale)}}
    package: dict[str, Any] = {
        "CFDocument": document,
        "CFItems": items,
        "CFAssociations": associations,
    }
    rubrics = _write_rubrics(framework, link, namespace)
    if rubrics:
        package["CFRubrics"] = rubrics
    return (json.dumps(package, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def _write_scale(scale: ScaleRecord) -> dict[str, Any]:
    return {
        "name": scale.name,
        "levels": [
            {
                "value": _score(value),
                "label": label,
                "description": description,
                "proficient": proficient,
            }
            for value, label, description, proficient in sorted(scale.levels)
        ],
    }


def _read_scale(document: dict[str, Any]) -> tuple[ScaleRecord | None, str]:
    """The scale a CFDocument carries in its extensions (as this program writes it), and
    a note when it is there but cannot be read; (None, "") when there is none."""
    ext = document.get("extensions")
    ours = ext.get(EXTENSION) if isinstance(ext, dict) else None
    raw = ours.get("scale") if isinstance(ours, dict) else None
    if raw is None:
        return None, ""
    unreadable = QT_TRANSLATE_NOOP(
        "Files",
        "The file's rating scale cannot be read, so it was left out; the framework keeps "
        "the scale it has (or the program's default).",
    )()
    levels_raw = raw.get("levels") if isinstance(raw, dict) else None
    name = _str(raw.get("name")) if isinstance(raw, dict) else ""
    if (
        not name
        or len(name) > SCALE_MAX_LABEL
        or not isinstance(levels_raw, list)
        or not 2 <= len(levels_raw) <= RUBRIC_MAX_LEVELS
    ):
        return None, unreadable
    levels: list[tuple[float, str, str, bool]] = []
    for level in levels_raw:
        if not isinstance(level, dict):
            return None, unreadable
        value = _number(level.get("value"))
        label = _str(level.get("label"))
        description = _str(level.get("description"))
        proficient = level.get("proficient")
        if (
            value is None
            or not label
            or len(label) > SCALE_MAX_LABEL
            or len(description) > RUBRIC_MAX_CHARS
            or not isinstance(proficient, bool)
        ):
            return None, unreadable
        levels.append((value, label, description, proficient))
    if len({value for value, _, _, _ in levels}) != len(levels):
        return None, unreadable
    return ScaleRecord(name=name, levels=tuple(sorted(levels))), ""


def _score(value: float) -> int | float:
    return int(value) if float(value).is_integer() else value


def _write_level(
    namespace: uuid.UUID,
    criterion_id: str,
    changed: str,
    rank: int,
    value: float,
    label: str,
    text: str,
) -> dict[str, Any]:
    level_id = str(uuid.uuid5(namespace, f"CFRubricCriterionLevel {criterion_id} {value}"))
    return {
        "identifier": level_id,
        "uri": _uri(level_id),
        "description": text,
        "quality": label,
        "score": _score(value),
        "position": rank,
        "rubricCriterionId": criterion_id,
        "lastChangeDateTime": changed,
    }


def _write_rubrics(
    framework: FrameworkForExport,
    link: Callable[[str | None], dict[str, str]],
    namespace: uuid.UUID,
) -> list[dict[str, Any]]:
    """One CFRubric per target with a rubric: one criterion, a level per described level."""
    out = []
    for t in framework.targets:
        descriptors = framework.rubrics.get(t.key) or {}
        levels = [
            (rank, value, label, descriptors[value])
            for rank, (value, label) in enumerate(framework.scale_levels, start=1)
            if descriptors.get(value, "").strip()
        ]
        if not levels:
            continue
        item = link(t.key)
        changed = framework.rubric_changed_at.get(
            t.key, framework.target_changed_at.get(t.key, framework.changed_at)
        )
        rubric_id = str(uuid.uuid5(namespace, f"CFRubric {item['identifier']}"))
        criterion_id = str(uuid.uuid5(namespace, f"CFRubricCriterion {item['identifier']}"))
        out.append(
            {
                "identifier": rubric_id,
                "uri": _uri(rubric_id),
                "title": item["title"],
                "lastChangeDateTime": changed,
                "CFRubricCriteria": [
                    {
                        "identifier": criterion_id,
                        "uri": _uri(criterion_id),
                        "description": t.statement,
                        "CFItemURI": item,
                        "position": 1,
                        "rubricId": rubric_id,
                        "lastChangeDateTime": changed,
                        "CFRubricCriterionLevels": [
                            _write_level(namespace, criterion_id, changed, *level)
                            for level in levels
                        ],
                    }
                ],
            }
        )
    return out
