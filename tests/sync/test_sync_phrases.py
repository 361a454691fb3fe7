"""What sync says to a teacher (refusals, import and export summaries) reads as the same
English as before, and is a phrase the window can say in Spanish."""

from __future__ import annotations

import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from sync_helpers import Laptop

from cbe_desktop.core import phrases
from cbe_desktop.core.phrases import Phrase
from cbe_desktop.sync import crypto
from cbe_desktop.sync.bundle import open_bundle
from cbe_desktop.sync.errors import BundleError, NewerFormatError, PassphraseError
from cbe_desktop.sync.exchange import ExportSummary, ImportSummary, TableCounts


def _summary(**changes: object) -> ImportSummary:
    values: dict = {
        "path": Path("rivera.cbesync"),
        "bundle_id": "b1",
        "source_replica": "0123456789abcdef",
        "teacher": "Ms Rivera",
        "school": "Lincoln Middle",
        "created_hlc": "not a stamp",
        "app_version": "0.1.0",
        "locked": False,
        "partial": False,
        "tables": {"evidence": TableCounts(new=1200, conflicts=1), "student": TableCounts()},
    }
    values.update(changes)
    return ImportSummary(**values)  # type: ignore[arg-type]


def test_counts_read_as_before_and_are_phrases() -> None:
    counts = TableCounts(new=1200, updated=1, unchanged=0, conflicts=1)
    phrase = counts.phrase()
    assert phrase == "1,200 new, 1 updated, 0 unchanged, 1 conflict"
    assert isinstance(phrase, Phrase) and phrase.context == "Sync"
    assert isinstance(phrase.args["conflicts"], Phrase)
    flagged = TableCounts(conflicts=2, flagged=3).phrase()
    assert flagged == "0 new, 0 updated, 0 unchanged, 2 conflicts, 3 stamped far in the future"


def test_import_summary_lines_are_phrases_with_phrases_inside() -> None:
    summary = _summary(attachments_added=1, attachments_missing=2, dry_run=True)
    lines = summary.lines(per_table=True)
    assert lines == [
        "From Ms Rivera's laptop at Lincoln Middle (0123456789abcdef), made at an unknown "
        "time (all its work).",
        "  evidence: 1,200 new, 0 updated, 0 unchanged, 1 conflict",
        "Would bring: 1,200 new, 0 updated, 0 unchanged, 1 conflict.",
        "1 attachment file would be stored.",  # a dry run stores nothing (issue 12, item 8)
        "2 attachments came without its file; ask for a new sync file that includes them.",
        "Review the conflicts: both versions are kept until you choose.",
    ]
    assert all(isinstance(line, Phrase) for line in lines)
    first = lines[0]
    assert isinstance(first.args["source"], Phrase)
    assert isinstance(first.args["when"], Phrase)  # "at an unknown time"
    assert isinstance(first.args["kind"], Phrase)
    assert isinstance(lines[1].args["p1"], Phrase)  # the per-table counts stay translatable
    assert _summary(teacher="", school="").source == (
        "a laptop with no teacher's name (0123456789abcdef)"
    )


def test_export_summary_lines_are_phrases() -> None:
    summary = ExportSummary(
        path=Path("out.cbesync"),
        bundle_id="b1",
        created_hlc="",
        size=2_500_000,
        counts={"student": 1},
        attachments=3,
        attachments_missing=1,
        locked=False,
        since_peer="0123456789abcdef",
        since_hlc="x",
        peer_teacher="Mr Ortiz",
    )
    lines = summary.lines()
    assert lines[0] == (
        "Wrote out.cbesync (what changed since Mr Ortiz last received from this laptop): "
        "1 record and 3 attachments, 2.5 MB, not locked."
    )
    assert isinstance(lines[0].args["records"], Phrase)
    assert lines[1] == (
        "1 attachment file could not be included (missing or damaged on this laptop); "
        "run 'cbe-desktop check'."
    )
    assert lines[2] == "Without a passphrase, anyone with the file can read the students' names."
    assert all(isinstance(line, Phrase) for line in lines)


def test_refusals_are_phrases_with_the_detail_inside(tmp_path: Path) -> None:
    path = tmp_path / "evil.cbesync"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("manifest.json", "{}")
        zf.writestr("../../etc/passwd", "x")
    with pytest.raises(BundleError) as caught:
        open_bundle(path)
    message = phrases.message(caught.value)
    assert isinstance(message, Phrase)
    assert message == (
        "This sync file was refused, and nothing was imported, because it holds a part with "
        "a name this program never writes ('../../etc/passwd'); make the file again with "
        "cbe-desktop on the other laptop."
    )
    assert isinstance(message.args["detail"], Phrase)


def test_a_newer_format_is_a_phrase(tmp_path: Path) -> None:
    newer = tmp_path / "newer.cbesync"
    with zipfile.ZipFile(newer, "w") as zf:
        zf.writestr("manifest.json", '{"format": "cbe-desktop-sync", "format_version": "2.0"}')
    with pytest.raises(NewerFormatError) as caught:
        open_bundle(newer)
    assert isinstance(phrases.message(caught.value), Phrase)
    assert str(caught.value).startswith("This file was made by a newer version of cbe-desktop")


def test_a_wrong_passphrase_is_a_phrase(tmp_path: Path) -> None:
    laptop = Laptop(tmp_path, "rivera")
    try:
        path = laptop.export(passphrase="correct horse")
        with pytest.raises(PassphraseError) as caught:
            open_bundle(path, "wrong", workdir=tmp_path)
        assert phrases.message(caught.value) == crypto.WRONG_PASSPHRASE
        assert isinstance(phrases.message(caught.value), Phrase)
        assert isinstance(crypto.NEEDS_PASSPHRASE, Phrase)
    finally:
        laptop.close()


@pytest.fixture
def spanish(qapp) -> Iterator[None]:
    from cbe_desktop.ui import i18n

    assert i18n.install_translator(qapp, "es") == "es"
    try:
        yield
    finally:
        i18n.remove_translator(qapp)


def test_the_window_says_sync_sentences_in_spanish(spanish: None, tmp_path: Path) -> None:
    from cbe_desktop.ui.i18n import say, say_error

    assert say(crypto.WRONG_PASSPHRASE) == (
        "La frase de contraseña es incorrecta, o el archivo se modificó después de crearse."
    )
    counts = TableCounts(new=2, updated=1, unchanged=5, conflicts=1).phrase()
    assert say(counts) == "nuevos: 2, actualizados: 1, sin cambios: 5, 1 conflicto"
    source = say(_summary().source)
    assert source == "la computadora de Ms Rivera en Lincoln Middle (0123456789abcdef)"
    with pytest.raises(BundleError) as caught:
        open_bundle(tmp_path / "nowhere.cbesync")
    assert say_error(caught.value) == f"No hay ningún archivo en {tmp_path / 'nowhere.cbesync'}."
