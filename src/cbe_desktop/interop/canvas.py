"""Canvas LMS outcomes CSV (the file Canvas's "Import" / "Export" of outcomes uses).

Columns: ``vendor_guid, object_type, title, description, display_name,
calculation_method, calculation_int, [mastery_points,] workflow_state, parent_guids,
ratings`` and, after ``ratings``, pairs of cells (points, description) from the highest
rating down.

- ``group`` rows are competencies, at any depth: a group inside a group (Canvas's own
  ``scoring.csv`` has one) is a competency of its own beside the group that holds it,
  never a learning target, and a plan note names how many were lifted so. When the
  whole file hangs from one group that holds only groups, that group is the framework
  and its children the competencies; otherwise the framework is named after the file.
  ``parent_guids`` is a space-separated list of vendor_guids; an outcome is kept in the
  first group it names.
- ``outcome`` rows are targets. A title that looks like a code ("7.RP.A.1", no spaces)
  becomes the code; the description (HTML stripped) the statement; the display name,
  the student-facing name in Canvas, the "I can" statement.
- Ratings become a scale (the set most outcomes use): levels from points, their
  descriptions as labels; ``mastery_points`` marks the proficient levels, else the
  middle-upper rating does (the one under the top: Canvas puts "Exceeds" on top).
  An outcome whose own ratings differ keeps them as its rubric when their points are
  levels of that scale (each rating's words describe that level for this outcome);
  ratings on other points, and mastery points of an outcome's own, cannot be kept
  with one scale per framework, and a plan note names those outcomes.
- ``calculation_method`` becomes the target's suggested method. Canvas's old
  "decaying_average" is what we call ``weighted_average`` (newest score weighted
  against the mean of the rest); its "standard_decaying_average" is our
  ``decaying_average``.
- ``workflow_state=deleted`` rows are not imported; a target imported from one earlier
  is deleted on re-import.
"""

from __future__ import annotations

from collections import Counter
from html.parser import HTMLParser
from pathlib import PurePath

from cbe_desktop.core.mastery import Method
from cbe_desktop.core.phrases import QT_TRANSLATE_NOOP
from cbe_desktop.interop.csvtext import Table, cell, read_table
from cbe_desktop.interop.errors import ImportFormatError
from cbe_desktop.interop.limits import TARGETS_MAX_ROWS
from cbe_desktop.interop.records import (
    ParsedTargets,
    RubricLevelRecord,
    RubricRecord,
    ScaleRecord,
    TargetRecord,
)

CANVAS_METHODS = {
    "decaying_average": Method.WEIGHTED_AVERAGE,
    "weighted_average": Method.WEIGHTED_AVERAGE,
    "standard_decaying_average": Method.DECAYING_AVERAGE,
    "n_mastery": Method.N_MASTERY,
    "latest": Method.LATEST,
    "highest": Method.HIGHEST,
    "average": Method.AVERAGE,
}
REQUIRED = ("vendor_guid", "object_type", "title")


class _TextOnly(HTMLParser):
    BREAKS = frozenset({"br", "p", "div", "li", "tr", "h1", "h2", "h3", "h4", "ul", "ol"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []

    def handle_starttag(self, tag: str, attrs: object) -> None:
        if tag in self.BREAKS:
            self.parts.append(" ")

    def handle_endtag(self, tag: str) -> None:
        if tag in self.BREAKS:
            self.parts.append(" ")

    def handle_data(self, data: str) -> None:
        self.parts.append(data)


def strip_html(text: str) -> str:
    """'<p>Compute <strong>unit rates</strong>&nbsp;…</p>' -> 'Compute unit rates …'."""
    if "<" not in text and "&" not in text:
        return " ".join(text.split())
    parser = _TextOnly()
    parser.feed(text)
    parser.close()
    return " ".join("".join(parser.parts).replace("\xa0", " ").split())


def looks_like_code(title: str) -> bool:
    """'7.RP.A.1', 'CCSS.Math.Content.7.RP.A.1', 'RP 1' look like codes; sentences do not."""
    title = title.strip()
    if not title:
        return False
    if len(title) <= 40 and not any(ch.isspace() for ch in title):
        return True
    return len(title) <= 12 and any(ch.isdigit() for ch in title)


def _number(text: str) -> float | None:
    try:
        return float(text.replace(",", ".")) if text.strip() else None
    except ValueError:
        return None


def _framework_name(name: str) -> str:
    stem = PurePath(name).stem.replace("_", " ").replace("-", " ").strip()
    return " ".join(stem.split()) or "Canvas outcomes"


def parse_canvas(data: bytes, name: str) -> ParsedTargets:
    table = read_table(data, name, max_rows=TARGETS_MAX_ROWS, what="targets")
    return parse_canvas_table(table, name)


def parse_canvas_table(table: Table, name: str) -> ParsedTargets:
    col = {c: table.column(c) for c in (*REQUIRED, "description", "display_name")}
    for wanted in REQUIRED:
        if col[wanted] is None:
            raise ImportFormatError(
                QT_TRANSLATE_NOOP(
                    "Files",
                    "{name} looks like a Canvas outcomes file but has no {column} column; "
                    "export the outcomes from Canvas again.",
                )(name=name, column=wanted)
            )
    method_col = table.column("calculation_method")
    int_col = table.column("calculation_int")
    mastery_col = table.column("mastery_points")
    state_col = table.column("workflow_state")
    parents_col = table.column("parent_guids")
    ratings_col = table.column("ratings")

    deleted: list[str] = []
    notes: list[str] = []
    rows: list[dict] = []
    rating_sets: Counter[tuple[tuple[float, str], ...]] = Counter()
    mastery_by_set: dict[tuple[tuple[float, str], ...], float] = {}
    own_ratings: dict[str, tuple[tuple[tuple[float, str], ...], float | None]] = {}
    for number, cells in table.rows:
        guid = cell(cells, col["vendor_guid"])
        kind = cell(cells, col["object_type"]).casefold()
        state = cell(cells, state_col).casefold()
        if state == "deleted":
            if guid:
                deleted.append(guid)
            continue
        parents = cell(cells, parents_col).split()
        method_raw = cell(cells, method_col).casefold()
        method = CANVAS_METHODS.get(method_raw) if method_raw else None
        problem = ""
        if not guid:
            problem = QT_TRANSLATE_NOOP("Files", "has no vendor_guid")()
        elif not kind:
            problem = QT_TRANSLATE_NOOP(
                "Files", "has object_type 'empty'; Canvas uses 'group' or 'outcome'"
            )()
        elif kind not in ("group", "outcome"):
            problem = QT_TRANSLATE_NOOP(
                "Files", "has object_type {kind}; Canvas uses 'group' or 'outcome'"
            )(kind=repr(kind))
        if method_raw and method is None:
            notes.append(
                QT_TRANSLATE_NOOP(
                    "Files",
                    "Row {row}: the calculation method {method} is not known; "
                    "the class's method will be used.",
                )(row=str(number), method=repr(method_raw))
            )
        ratings: list[tuple[float, str]] = []
        if ratings_col is not None and kind == "outcome":
            tail = list(cells[ratings_col:])
            for i in range(0, len(tail) - 1, 2):
                points = _number(tail[i])
                if points is not None:
                    ratings.append((points, tail[i + 1].strip()))
            if ratings:
                key = tuple(sorted(set(ratings)))
                rating_sets[key] += 1
                mastery = _number(cell(cells, mastery_col))
                if mastery is not None:
                    mastery_by_set.setdefault(key, mastery)
                if guid:
                    own_ratings[guid] = (key, mastery)
        rows.append(
            {
                "number": number,
                "guid": guid or f"row {number}",
                "kind": kind,
                "title": cell(cells, col["title"]),
                "description": strip_html(cell(cells, col["description"])),
                "display_name": cell(cells, col["display_name"]),
                "parents": parents,
                "method": method,
                "param": _number(cell(cells, int_col)),
                "problem": problem,
            }
        )
    if not rows:
        raise ImportFormatError(
            QT_TRANSLATE_NOOP("Files", "{name} has no outcomes or groups to import.")(name=name)
        )

    # One group holding only groups, with everything under it: it is the framework.
    framework_title, framework_source = _framework_name(name), None
    roots = [r for r in rows if not r["parents"]]
    root_guid = None
    if len(roots) == 1 and roots[0]["kind"] == "group":
        root = roots[0]
        children = [r for r in rows if r["parents"][:1] == [root["guid"]]]
        if children and all(r["kind"] == "group" for r in children):
            root_guid = root["guid"]
            framework_title = root["title"] or framework_title
            framework_source = f"canvas:{root_guid}"
    multi_parent = sum(1 for r in rows if len(r["parents"]) > 1)
    if multi_parent:
        notes.append(
            QT_TRANSLATE_NOOP(
                "Files",
                "{count} outcome(s) belong to more than one group; each is kept in its "
                "first group only.",
            )(count=str(multi_parent))
        )

    records = []
    lifted: list[str] = []  # groups inside a group: competencies of their own
    for position, r in enumerate(rows):
        if r["guid"] == root_guid:
            continue
        parent = r["parents"][0] if r["parents"] else None
        if parent == root_guid:
            parent = None
        if r["kind"] == "group" and parent is not None:
            lifted.append(r["title"] or r["guid"])
            parent = None
        title, description = r["title"], r["description"]
        code = title if looks_like_code(title) else ""
        notes_text = ""
        if r["kind"] == "group":
            statement = description if code and description else title
            notes_text = description if statement != description else ""
        else:
            statement = description or ("" if code else title) or r["display_name"]
            notes_text = title if not code and description else ""
        i_can = r["display_name"] if r["display_name"] not in ("", code, statement) else ""
        problem = r["problem"]
        if parent is not None and parent in deleted and not problem:
            problem = QT_TRANSLATE_NOOP("Files", "its group {group} is deleted in the file")(
                group=parent
            )
        records.append(
            TargetRecord(
                key=r["guid"],
                code=code,
                statement=statement,
                i_can=i_can,
                notes=notes_text,
                parent_key=parent,
                position=position,
                source_id=r["guid"] if not r["guid"].startswith("row ") else None,
                method=r["method"] if r["kind"] == "outcome" else None,
                method_param=r["param"] if r["kind"] == "outcome" and r["method"] else None,
                row=QT_TRANSLATE_NOOP("Files", "row {row}")(row=str(r["number"])),
                problem=problem,
            )
        )
    if lifted:
        notes.append(
            QT_TRANSLATE_NOOP(
                "Files",
                "{count} group(s) sit inside another group in Canvas ({groups}); a group is "
                "a competency, so each is imported as a competency of its own.",
            )(count=str(len(lifted)), groups=_some(lifted))
        )
    if deleted:
        notes.append(
            QT_TRANSLATE_NOOP(
                "Files", "{count} row(s) marked deleted in Canvas were not imported."
            )(count=str(len(deleted)))
        )
    scale = _scale(framework_title, rating_sets, mastery_by_set)
    rubrics: tuple[RubricRecord, ...] = ()
    if scale is not None:
        named = {rec.key: rec for rec in records if not rec.problem}
        rubrics, rating_notes = _own_ratings(scale, own_ratings, named)
        notes.extend(rating_notes)
    return ParsedTargets(
        format="canvas",
        source_name=name,
        framework_title=framework_title,
        framework_source_id=framework_source,
        targets=tuple(records),
        scale=scale,
        deleted_source_ids=tuple(deleted),
        notes=tuple(notes),
        rubrics=rubrics,
    )


def _some(names: list[str], limit: int = 5) -> str:
    """'A, B, C' or 'A, B, C, D, E and 3 more': names a note lists."""
    shown = ", ".join(names[:limit])
    if len(names) <= limit:
        return shown
    return QT_TRANSLATE_NOOP("Files", "{names} and {count} more")(
        names=shown, count=str(len(names) - limit)
    )


def _own_ratings(
    scale: ScaleRecord,
    own: dict[str, tuple[tuple[tuple[float, str], ...], float | None]],
    named: dict[str, TargetRecord],
) -> tuple[tuple[RubricRecord, ...], list[str]]:
    """The outcomes whose ratings differ from the scale's: a rubric each when their points
    are levels of the scale (the words of each rating that differ from the level's
    label), else a note; and a note for outcomes with mastery points of their own."""
    labels = {value: label for value, label, _, _ in scale.levels}
    ours = tuple(sorted((value, label) for value, label, _, _ in scale.levels))
    proficient = min((v for v, _, _, p in scale.levels if p), default=None)
    rubrics: list[RubricRecord] = []
    off_scale: list[str] = []
    own_mastery: list[str] = []
    for guid, (ratings, mastery) in own.items():
        record = named.get(guid)
        if record is None:
            continue  # a deleted or rejected row
        name = record.code or record.statement
        if mastery is not None and proficient is not None and mastery != proficient:
            own_mastery.append(name)
        if ratings == ours:
            continue
        if any(value not in labels for value, _ in ratings):
            off_scale.append(name)
            continue
        levels = tuple(
            RubricLevelRecord(score=value, position=None, quality=words, text=words)
            for value, words in ratings
            if words and words != labels[value]
        )
        if levels:
            rubrics.append(RubricRecord(target_key=guid, levels=levels, row=record.row))
    notes: list[str] = []
    levels_text = ", ".join(f"{value:g} {label}" for value, label in ours)
    if off_scale:
        notes.append(
            QT_TRANSLATE_NOOP(
                "Files",
                "{count} outcome(s) rate on points that are not levels of the scale "
                "({levels}), so their own ratings were left out and the scale is used for "
                "them: {outcomes}.",
            )(count=str(len(off_scale)), levels=levels_text, outcomes=_some(off_scale))
        )
    if own_mastery and proficient is not None:
        notes.append(
            QT_TRANSLATE_NOOP(
                "Files",
                "{count} outcome(s) set mastery points of their own ({outcomes}); the "
                "scale's proficient level ({level}) is used for them.",
            )(count=str(len(own_mastery)), outcomes=_some(own_mastery), level=f"{proficient:g}")
        )
    return tuple(rubrics), notes


def _scale(
    title: str,
    rating_sets: Counter[tuple[tuple[float, str], ...]],
    mastery_by_set: dict[tuple[tuple[float, str], ...], float],
) -> ScaleRecord | None:
    """The ratings most outcomes use, as a scale from the lowest level up."""
    if not rating_sets:
        return None
    ratings, _ = rating_sets.most_common(1)[0]
    values = [points for points, _ in ratings]
    mastery = mastery_by_set.get(ratings)
    if mastery is None:
        # The middle-upper rating: the one under the top, as Canvas scales put
        # "Exceeds" above "Meets"/"Mastery" (3 levels -> 2nd, 4 -> 3rd, 5 -> 4th).
        mastery = values[-2] if len(values) >= 3 else values[-1]
    levels = tuple(
        (points, label or f"Level {points:g}", "", points >= mastery) for points, label in ratings
    )
    return ScaleRecord(name=f"{title} (Canvas ratings)", levels=levels)
