"""Term marks handed to the school's information system as a OneRoster 1.2 Gradebook CSV
zip, checked against the 1.2 CSV binding's column lists and read back."""

from __future__ import annotations

import csv
import io
import re
import zipfile
from collections.abc import Iterator

import pytest
from sqlmodel import select

from cbe_desktop.core.models import Target
from cbe_desktop.core.term_marks import PRESETS, save_rules
from cbe_desktop.interop.csvtext import spreadsheet_text
from cbe_desktop.interop.oneroster_gradebook import oneroster_gradebook, sis_marks_csv
from school_year import SchoolYear, years

#: The OneRoster 1.2 CSV binding's columns for the gradebook files, in its order (written
#: out here again, so that the writer cannot drift from them unnoticed).
SPEC = {
    "academicSessions.csv": "sourcedId,status,dateLastModified,title,type,startDate,endDate,"
    "parentSourcedId,schoolYear",
    "categories.csv": "sourcedId,status,dateLastModified,title,weight",
    "lineItems.csv": "sourcedId,status,dateLastModified,title,description,assignDate,dueDate,"
    "classSourcedId,categorySourcedId,academicSessionSourcedId,resultValueMin,resultValueMax,"
    "schoolSourcedId",
    "results.csv": "sourcedId,status,dateLastModified,lineItemSourcedId,studentSourcedId,"
    "scoreStatus,score,scoreDate,comment,textScore,classSourcedId,inProgress,incomplete,late,"
    "missing",
    "lineItemLearningObjectiveIds.csv": "sourcedId,status,dateLastModified,lineItemSourcedId,"
    "source,learningObjectiveId",
    "resultLearningObjectiveIds.csv": "sourcedId,status,dateLastModified,resultSourcedId,source,"
    "learningObjectiveId,score,textScore",
    "scoreScales.csv": "sourcedId,status,dateLastModified,title,type,orgSourcedId,"
    "courseSourcedId,classSourcedId,scoreScaleValue",
    "lineItemScoreScales.csv": "sourcedId,status,dateLastModified,title,lineItemSourcedId,"
    "scoreScaleSourcedId",
    "resultScoreScales.csv": "sourcedId,status,dateLastModified,title,resultSourcedId,"
    "scoreScaleSourcedId",
}
#: A scoreScaleValue entry as the binding writes a mapping: {lhs:rhs}, one colon.
MAPPING = re.compile(r"\{[^{}:,]+:[^{}:,]+\}")


def read_zip(data: bytes) -> dict[str, list[dict[str, str]]]:
    files = {}
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        for name in zf.namelist():
            text = zf.read(name).decode("utf-8")
            rows = list(csv.reader(io.StringIO(text)))
            files[name] = [
                {h: spreadsheet_text(v) for h, v in zip(rows[0], row, strict=True)}
                for row in rows[1:]
            ] or [dict.fromkeys(rows[0], "")][:0]
            files[name + ":header"] = rows[0]  # type: ignore[assignment]
    return files


@pytest.fixture
def year(tmp_path) -> Iterator[SchoolYear]:
    y = next(made := years(tmp_path))
    y.score(y.ana, y.rp1, y.math7, "2026-10-01", 4)
    y.score(y.ana, y.rp2, y.math7, "2026-10-02", 4)
    y.score(y.lucia, y.rp1, y.math7, "2026-10-02", 2)
    save_rules(y.store, PRESETS["logic"])
    yield y
    made.close()


def export(year: SchoolYear) -> tuple[dict, list[str]]:
    with year.store.read() as session:
        made = oneroster_gradebook(session, year.math7)
    return read_zip(made.data), [str(n) for n in made.notes]


def test_every_file_has_the_columns_of_the_1_2_binding_and_the_manifest_names_it(year):
    files, _ = export(year)
    for name, header in SPEC.items():
        assert ",".join(files[name + ":header"]) == header, name
    manifest = {r["propertyName"]: r["value"] for r in files["manifest.csv"]}
    assert (manifest["manifest.version"], manifest["oneroster.version"]) == ("1.0", "1.2")
    bulk = {k.removeprefix("file.") + ".csv" for k, v in manifest.items() if v == "bulk"}
    assert bulk == set(SPEC)
    assert manifest["file.users"] == "absent"


def test_anas_marks_reach_the_sis_under_her_sourced_id_with_the_case_identifiers(year):
    files, _ = export(year)
    items = {r["sourcedId"]: r for r in files["lineItems.csv"]}
    categories = {r["sourcedId"]: r["title"] for r in files["categories.csv"]}
    sessions = {r["sourcedId"] for r in files["academicSessions.csv"]}
    for item in items.values():
        assert item["classSourcedId"] == "sis-class-m7"
        assert item["categorySourcedId"] in categories
        assert item["academicSessionSourcedId"] in sessions
    anas = [r for r in files["results.csv"] if r["studentSourcedId"] == "sis-ana"]
    by_title = {items[r["lineItemSourcedId"]]["title"]: r for r in anas}
    assert by_title["Math 7 — term mark"]["textScore"] == "A"
    assert by_title["Math 7 — term mark"]["comment"].startswith("A by the school's rule")
    assert (by_title["7.RP.1 Unit rates"]["score"], by_title["7.RP.1 Unit rates"]["textScore"]) == (
        "4",
        "Extending",
    )
    objectives = {
        r["resultSourcedId"]: (r["source"], r["learningObjectiveId"])
        for r in files["resultLearningObjectiveIds.csv"]
    }
    assert objectives[by_title["7.RP.1 Unit rates"]["sourcedId"]] == ("CASE", "c1")
    assert {r["lineItemSourcedId"] for r in files["results.csv"]} <= set(items)


def test_a_student_without_a_sis_identifier_is_left_out_and_the_export_says_so(year):
    files, notes = export(year)
    students = {r["studentSourcedId"] for r in files["results.csv"]}
    assert students == {"sis-ana", "sis-lucia"}
    assert notes == [
        "1 student(s) have no identifier from the school's information system and were left "
        "out (Mateo Hernández); import the school's roster, then export again."
    ]


def test_exporting_again_gives_the_same_identifiers_so_the_sis_updates_instead_of_adding(year):
    first, _ = export(year)
    second, _ = export(year)
    ids = lambda files: sorted(r["sourcedId"] for r in files["results.csv"])  # noqa: E731
    assert ids(first) == ids(second)


def test_a_target_written_like_a_spreadsheet_formula_cannot_run_in_the_sis_spreadsheet(year):
    with year.store.transaction() as tx:
        target = tx.session.exec(select(Target).where(Target.id == year.rp1)).one()
        target.i_can = '=HYPERLINK("http://x","click")'  # a line item's description
        tx.touch(target)
    with year.store.read() as session:
        data = oneroster_gradebook(session, year.math7).data
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        raw = zf.read("lineItems.csv").decode()
    assert '"\'=HYPERLINK(""http://x"",""click"")"' in raw  # a quote before the "="
    files = read_zip(data)
    descriptions = [r["description"] for r in files["lineItems.csv"]]
    assert '=HYPERLINK("http://x","click")' in descriptions  # read back as written


def test_the_plain_sis_csv_has_one_row_per_student_and_mark(year):
    with year.store.read() as session:
        rows = list(csv.DictReader(io.StringIO(sis_marks_csv(session, year.math7).data.decode())))
    course = {r["student_name"]: r["mark"] for r in rows if r["course"] == "Math 7"}
    assert course == {"Ana García": "A", "Lucía Díaz": "D", "Mateo Hernández": ""}
    assert {r["period"] for r in rows} == {"2026-27 Fall"}


def test_every_line_item_and_result_is_on_a_score_scale_that_reads_back_as_the_levels_and_marks(
    year,
):
    files, _ = export(year)
    scales = {r["sourcedId"]: r for r in files["scoreScales.csv"]}
    for scale in scales.values():
        entries = scale["scoreScaleValue"].split(",")
        assert all(MAPPING.fullmatch(e) for e in entries), scale["scoreScaleValue"]
        assert scale["classSourcedId"] == "sis-class-m7"
    by_type = {
        r["type"]: dict(e[1:-1].split(":") for e in r["scoreScaleValue"].split(","))
        for r in scales.values()
    }
    assert by_type["levels"] == {
        "1": "Beginning", "2": "Developing", "3": "Proficient", "4": "Extending"
    }  # fmt: skip
    assert by_type["term marks"]["A"] == "no level below 2; at least half at 4"
    item_scale = {r["lineItemSourcedId"]: r["scoreScaleSourcedId"] for r in files[
        "lineItemScoreScales.csv"]}  # fmt: skip
    assert set(item_scale) == {r["sourcedId"] for r in files["lineItems.csv"]}
    result_scale = {r["resultSourcedId"]: r["scoreScaleSourcedId"] for r in files[
        "resultScoreScales.csv"]}  # fmt: skip
    assert set(result_scale) == {r["sourcedId"] for r in files["results.csv"]}
    assert set(item_scale.values()) | set(result_scale.values()) <= set(scales)
    # each result's text score is a value of its scale
    for result in files["results.csv"]:
        scale = scales[result_scale[result["sourcedId"]]]
        values = by_type[scale["type"]]
        assert result["textScore"] in (set(values) | set(values.values())), result


def test_a_mark_the_teacher_set_and_a_modified_target_reach_both_exports(year):
    from cbe_desktop.core.term_records import close_term, modify_target, override_term_mark

    modify_target(year.store, year.ana, year.rp2, "Fewer steps")
    override_term_mark(year.store, year.math7, year.ana, "course", "B", "Project late.")
    close_term(year.store, year.math7)
    files, _ = export(year)
    items = {r["sourcedId"]: r["title"] for r in files["lineItems.csv"]}
    anas = {items[r["lineItemSourcedId"]]: r for r in files["results.csv"]
            if r["studentSourcedId"] == "sis-ana"}  # fmt: skip
    assert anas["Math 7 — term mark"]["textScore"] == "B"
    assert "Project late." in anas["Math 7 — term mark"]["comment"]
    assert anas["7.RP.2 Proportions"]["comment"].startswith("Modified (individual plan): Fewer")
    with year.store.read() as session:
        rows = list(csv.DictReader(io.StringIO(sis_marks_csv(session, year.math7).data.decode())))
    ana = [r for r in rows if r["student_name"] == "Ana García"]
    assert [
        (r["course"], r["mark"], r["set_by_teacher"], r["final"], r["modified"]) for r in ana
    ] == [
        ("Math 7", "B", "yes", "yes", "7.RP.2"),
        ("Math 7 — RP Ratios", "A", "", "yes", "7.RP.2"),
    ]
