"""The store's, the editors' and the imports' sentences are phrases: English as before for
the command line, and said in Spanish by the window."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from cbe_desktop.core import backups, phrases, roster, scales, targets
from cbe_desktop.core.errors import InvalidInputError, NotADatabaseError, NotFoundError, StoreError
from cbe_desktop.core.phrases import Phrase
from cbe_desktop.core.store import Store
from cbe_desktop.interop.detect import parse_targets_bytes
from cbe_desktop.services import importing as imports

CSV = b"code,parent code,statement\nRP,,Ratios\n7.RP.1,RP,Unit rates\n7.RP.1,RP,Again\n"
CANVAS = (
    "vendor_guid,object_type,title,description,display_name,calculation_method,"
    "calculation_int,workflow_state,parent_guids,ratings,,,,,,\n"
    "g1,group,Writing,,,,,active,,,,,,,,\n"
    "o1,outcome,W.1,Write arguments.,,latest,,active,g1,3,Extending,2,Proficient,1,Weak\n"
)


def _message(error: pytest.ExceptionInfo[BaseException]) -> Phrase:
    text = phrases.message(error.value)
    assert isinstance(text, Phrase), f"{text!r} is not a phrase"
    return text


def test_a_file_that_is_not_a_database_says_so_in_a_phrase(tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir()
    (data / "cbe-desktop.sqlite").write_bytes(b"this is a letter to families")
    with pytest.raises(NotADatabaseError) as error:
        Store.open(data)
    text = _message(error)
    assert text.context == "Store"
    assert text == (
        f"{data / 'cbe-desktop.sqlite'} is not a cbe-desktop database; move it away or "
        "choose another data folder."
    )


def test_a_missing_backup_is_a_phrase(tmp_path: Path) -> None:
    with pytest.raises(StoreError) as error:
        backups.validate_backup_file(tmp_path / "nowhere.sqlite")
    assert _message(error) == f"There is no backup file at {tmp_path / 'nowhere.sqlite'}."


def test_editor_errors_are_phrases_with_the_same_english(store: Store) -> None:
    with pytest.raises(InvalidInputError) as error:
        scales.save_scale(store, None, "Two", [scales.LevelEdit(1, "One", proficient=True)])
    assert _message(error) == "A scale needs at least two levels."
    with pytest.raises(InvalidInputError) as error:
        roster.create_class(store, "  ")
    assert _message(error) == "A class needs a name."
    with pytest.raises(NotFoundError) as error:
        targets.update_target(store, "gone", code="X")
    assert _message(error) == "That target no longer exists; it may have been deleted."


def test_a_class_not_found_lists_none_yet_as_a_phrase(store: Store) -> None:
    with store.read() as session, pytest.raises(NotFoundError) as error:
        roster.find_class(session, "Science 7")
    text = _message(error)
    assert text == "There is no class called 'Science 7' (classes: none yet)."
    assert isinstance(text.args["names"], Phrase)


def test_deleting_targets_says_how_many_in_one_phrase(store: Store) -> None:
    framework_id, _ = targets.create_framework(store, "Math 7")
    parent, _ = targets.create_target(store, framework_id, parent_id=None, code="RP", statement="R")
    targets.create_target(store, framework_id, parent_id=parent, code="7.RP.1", statement="U")
    report = targets.delete_target(store, parent)
    assert report.sentence == "Deleted 2 targets."
    assert isinstance(report.sentence, Phrase)


def test_an_import_plan_is_made_of_phrases_with_the_printed_english(store: Store) -> None:
    parsed = parse_targets_bytes(CSV, "targets.csv")
    with store.read() as session:
        plan = imports.plan_targets_import(session, parsed)
    lines = plan.lines()
    assert all(isinstance(line, Phrase) for line in lines)
    assert "  Rejected   2 (2 targets)" in lines
    rejected = [line for line in lines if line.startswith("  rejected: ")]
    assert rejected[0].startswith(
        "  rejected: target 7.RP.1 Unit rates (row 3): the code 7.RP.1 is used by more"
    )
    row = plan.rejected[0]
    assert isinstance(row.reason, Phrase)
    assert isinstance(row.text().args["kind"], Phrase)
    with pytest.raises(InvalidInputError) as error:
        imports.apply_targets_import(store, parsed)
    assert _message(error).startswith("Nothing was imported: 2 rows have problems in targets.csv")


def test_an_imported_scale_says_the_programs_level_words_as_phrases(store: Store) -> None:
    parsed = parse_targets_bytes(CANVAS.encode(), "writing.csv")
    with store.read() as session:
        plan = imports.plan_targets_import(session, parsed)
    scale_row = next(r for r in plan.rows if r.kind == "scale")
    assert scale_row.reason == "1 Weak, 2 Proficient, 3 Extending"
    levels = [part.args["level"] for part in scale_row.reason.args.values()]
    assert [isinstance(level, Phrase) for level in levels] == [False, True, True]
    report = imports.apply_targets_import(store, parsed)
    assert report.summary() == "Imported writing.csv: 4 new, 0 updated, 0 unchanged."
    assert isinstance(report.summary(), Phrase)


@pytest.fixture
def spanish(qapp) -> Iterator[None]:  # type: ignore[no-untyped-def]
    from cbe_desktop.ui import i18n

    assert i18n.install_translator(qapp, "es") == "es"
    try:
        yield
    finally:
        i18n.remove_translator(qapp)


def test_the_window_says_these_sentences_in_spanish(store: Store, spanish: None) -> None:
    from cbe_desktop.ui.i18n import say, say_error

    with pytest.raises(InvalidInputError) as error:
        roster.create_class(store, "")
    assert say_error(error.value) == "La clase necesita un nombre."

    parsed = parse_targets_bytes(CSV, "targets.csv")
    with store.read() as session:
        plan = imports.plan_targets_import(session, parsed)
    said = [say(line) for line in plan.lines()]
    assert "  Rechazado  2 (2 metas)" in said
    assert any(
        line.startswith("  rechazado: meta 7.RP.1 Unit rates") and "el código 7.RP.1" in line
        for line in said
    )
