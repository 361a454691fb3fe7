"""The sentences the import files give a teacher are phrases: English as before, Spanish
in the window."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from cbe_desktop.core import phrases
from cbe_desktop.core.phrases import Phrase
from cbe_desktop.interop.csv_roster import ROSTER_FIELD_LABELS, parse_roster_csv
from cbe_desktop.interop.csv_targets import TARGET_FIELD_LABELS, parse_targets_csv
from cbe_desktop.interop.csvtext import decode_text
from cbe_desktop.interop.detect import read_roster, read_targets
from cbe_desktop.interop.errors import ImportFormatError
from cbe_desktop.interop.oneroster import parse_oneroster


def _refusal(call, *args, **kwargs) -> Phrase:
    with pytest.raises(ImportFormatError) as info:
        call(*args, **kwargs)
    message = phrases.message(info.value)
    assert isinstance(message, Phrase)
    assert message.context == "Files"
    return message


def test_a_refused_file_says_why_in_one_phrase_with_the_same_english():
    message = _refusal(decode_text, "Ramírez".encode("cp1252"), "roster.csv")
    assert message == (
        "roster.csv is not UTF-8 text; open it in your spreadsheet and save it as "
        "'CSV UTF-8 (Comma delimited)', then import that file."
    )
    assert message.args == {"name": "roster.csv"}


def test_missing_files_and_wrong_kinds_of_file_are_phrases(tmp_path: Path):
    message = _refusal(read_targets, tmp_path / "nothing.csv")
    assert message == f"There is no file {tmp_path / 'nothing.csv'}; check the name and folder."
    roster = tmp_path / "class.csv"
    roster.write_text("first name,last name\nAna,García\n", encoding="utf-8")
    message = _refusal(read_targets, roster)
    assert message == (
        "class.csv looks like a roster (it has first and last name columns); "
        "use 'import roster' for it."
    )
    folder = tmp_path / "folder"
    folder.mkdir()
    message = _refusal(read_targets, folder)
    assert message.endswith("is a folder; give the targets file itself.")
    message = _refusal(read_roster, roster)
    assert "name the class to put the students in with --class." in message


def test_a_missing_column_names_the_fields_as_phrases():
    message = _refusal(parse_targets_csv, b"title,notes\nA,B\n", "t.csv")
    assert message == (
        "t.csv has no column for code or statement (its columns are 'title', 'notes'); "
        "name the columns in the first row, or choose them in the import window."
    )
    fields = message.args["fields"]
    assert isinstance(fields, Phrase) and fields == "code or statement"
    assert isinstance(fields.args["first"], Phrase) and fields.args["first"] == "code"


def test_rejected_rows_give_their_reason_and_place_as_phrases():
    parsed = parse_targets_csv(
        b"code,statement,dok\n,Compute unit rates.,2\n7.RP.2,Recognize ratios.,9\n", "t.csv"
    )
    first, second = parsed.targets
    assert isinstance(first.problem, Phrase) and first.problem == "has no code"
    assert isinstance(first.row, Phrase) and first.row == "row 2"
    assert second.problem == "has depth of knowledge '9'; it must be 1 to 4"
    assert second.problem.args == {"value": "'9'"}
    roster = parse_roster_csv(
        b"first name,last name,language\n,,en\nAna,Garcia,fr\n", "r.csv", class_name="7A"
    )
    assert [s.problem for s in roster.students] == [
        "has no name",
        "has language 'fr'; use en or es",
    ]
    assert all(isinstance(s.problem, Phrase) for s in roster.students)


def test_the_oneroster_notes_count_each_group_in_phrases(oneroster_zip):
    parsed = parse_oneroster(oneroster_zip())
    skipped = next(n for n in parsed.notes if n.startswith("Skipped"))
    assert isinstance(skipped, Phrase)
    groups = skipped.args["groups"]
    assert all(isinstance(p, Phrase) for p in groups.args.values())
    assert "1 teacher" in groups and "2 parents or guardians" in groups
    withdrawn = next(n for n in parsed.notes if "tobedeleted" in n)
    assert isinstance(withdrawn, Phrase)
    assert withdrawn == "1 student marked tobedeleted was not imported (archived if already here)."
    rows = {s.row for s in parsed.students}
    assert all(isinstance(r, Phrase) and r.startswith("users.csv row ") for r in rows)


def test_the_column_names_of_the_import_window_are_phrases():
    for labels in (TARGET_FIELD_LABELS, ROSTER_FIELD_LABELS):
        assert all(isinstance(label, Phrase) for label in labels.values())
    assert TARGET_FIELD_LABELS["i_can"] == "“I can” statement"
    assert ROSTER_FIELD_LABELS["given_name"] == "Given (first) name"


@pytest.fixture
def spanish(qapp: QApplication) -> Iterator[None]:
    from cbe_desktop.ui import i18n

    assert i18n.install_translator(qapp, "es") == "es"
    try:
        yield
    finally:
        i18n.remove_translator(qapp)


def test_the_window_says_the_refusals_and_reasons_in_spanish(spanish, tmp_path: Path):
    from cbe_desktop.ui.i18n import say, say_error

    with pytest.raises(ImportFormatError) as info:
        parse_targets_csv(b"title,notes\nA,B\n", "t.csv")
    assert say_error(info.value) == (
        "t.csv no tiene una columna para código o enunciado (sus columnas son 'title', "
        "'notes'); ponga el nombre de las columnas en la primera fila o elíjalas en la "
        "ventana de importación."
    )
    parsed = parse_targets_csv(b"code,statement\n,Compute unit rates.\n", "t.csv")
    assert say(parsed.targets[0].problem) == "no tiene código"
    assert say(parsed.targets[0].row) == "fila 2"
    assert say(TARGET_FIELD_LABELS["statement"]) == "Enunciado"
