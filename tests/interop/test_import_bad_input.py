"""Bad files: a clear sentence, a non-zero exit, and the store byte-for-byte unchanged."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest

from cbe_desktop.core.store import Store
from cbe_desktop.interop.limits import ROSTER_MAX_BYTES, TARGETS_MAX_BYTES

FIXTURES = Path(__file__).parent.parent / "fixtures" / "interop"


def _sha(data_dir: Path) -> str:
    import hashlib

    return hashlib.sha256((data_dir / "cbe-desktop.sqlite").read_bytes()).hexdigest()


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def _sparse(path: Path, size: int) -> Path:
    """A file of ``size`` bytes made in an instant (seek past the end, write one byte)."""
    with open(path, "wb") as fh:
        fh.seek(size - 1)
        fh.write(b"x")
    return path


def _zip(path: Path, members: dict[str, bytes]) -> Path:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    return _write(path, buf.getvalue())


# Each case: the file to make, the command, and a phrase the teacher must read.
CASES: dict[str, tuple[Callable[[Path], Path], list[str], str]] = {
    "wrong encoding (Excel 'CSV' on Windows)": (
        lambda d: _write(
            d / "targets.csv",
            "code,statement\n7.RP.1,Resolver problemas de razón y porcentaje\n".encode("cp1252"),
        ),
        ["import", "targets"],
        "is not UTF-8 text",
    ),
    "missing statement column": (
        lambda d: _write(d / "targets.csv", b"code,parent\n7.RP.1,RP\n"),
        ["import", "targets"],
        "has no column for statement",
    ),
    "duplicate codes": (
        lambda d: _write(
            d / "targets.csv",
            b"code,statement\n7.RP.1,Compute unit rates.\n7.RP.1,Compute rates again.\n",
        ),
        ["import", "targets"],
        "the code 7.RP.1 is used by more than one row (row 2, row 3)",
    ),
    "parent cycle": (
        lambda d: _write(
            d / "targets.csv",
            b"code,parent code,statement\nA,B,First\nB,A,Second\nC,,Fine on its own\n",
        ),
        ["import", "targets"],
        "loops back to itself",
    ),
    "missing parent": (
        lambda d: _write(d / "targets.csv", b"code,parent code,statement\nA.1,A,Orphan\n"),
        ["import", "targets"],
        "its parent A is not in the file or the framework",
    ),
    "empty statement": (
        lambda d: _write(d / "targets.csv", b"code,statement\nA.1,\nA.2,Has one\n"),
        ["import", "targets"],
        "has no statement",
    ),
    "JSON that is not CASE": (
        lambda d: _write(d / "standards.json", b'{"standards": [{"code": "7.RP.1"}]}'),
        ["import", "targets"],
        "is JSON but not a CASE framework",
    ),
    "broken JSON": (
        lambda d: _write(d / "standards.json", b'{"CFDocument": {"title": "x"'),
        ["import", "targets"],
        "is not valid JSON",
    ),
    "a roster given as targets": (
        lambda d: FIXTURES / "roster-google-sheets.csv",
        ["import", "targets"],
        "looks like a roster",
    ),
    "a OneRoster zip given as targets": (
        lambda d: _zip(d / "roster.zip", {"users.csv": b"sourcedId,role,givenName\n"}),
        ["import", "targets"],
        "use 'import roster'",
    ),
    "targets given as a roster": (
        lambda d: FIXTURES / "targets-google-sheets.csv",
        ["import", "roster", "--class", "Math 7"],
        "looks like a list of targets, not a roster",
    ),
    "a CASE file given as a roster": (
        lambda d: FIXTURES / "case-1.1-grade6-math.json",
        ["import", "roster"],
        "'import targets'",
    ),
    "a Canvas file given as a roster": (
        lambda d: FIXTURES / "canvas-outcomes-grade7.csv",
        ["import", "roster"],
        "is a Canvas outcomes file",
    ),
    "a huge targets file": (
        lambda d: _sparse(d / "huge.csv", TARGETS_MAX_BYTES * 5),
        ["import", "targets"],
        "MB, more than the 20 MB a targets file may be",
    ),
    "a huge roster": (
        lambda d: _sparse(d / "huge.zip", ROSTER_MAX_BYTES + 1),
        ["import", "roster"],
        "more than the 50 MB a roster file may be",
    ),
    "a zip with ../ names": (
        lambda d: _zip(
            d / "roster.zip",
            {"users.csv": b"sourcedId,role,givenName,familyName\n", "../../evil.csv": b"x"},
        ),
        ["import", "roster"],
        "points outside the zip",
    ),
    "a zip without users.csv": (
        lambda d: _zip(d / "roster.zip", {"classes.csv": b"sourcedId,title\nc1,Math\n"}),
        ["import", "roster"],
        "has no users.csv",
    ),
    "not a zip at all": (
        lambda d: _write(d / "roster.zip", b"PK\x03\x04 not really a zip"),
        ["import", "roster"],
        "is not a zip file",
    ),
    "a plain roster without --class": (
        lambda d: FIXTURES / "roster-google-sheets.csv",
        ["import", "roster"],
        "--class",
    ),
    "a file that is not there": (
        lambda d: d / "nowhere.csv",
        ["import", "targets"],
        "There is no file",
    ),
    "an empty file": (
        lambda d: _write(d / "empty.csv", b""),
        ["import", "targets"],
        "is empty",
    ),
}


@pytest.mark.parametrize("case", list(CASES))
def test_a_bad_file_is_refused_with_a_sentence_and_the_store_is_unchanged(
    case, closed_store_with_a_framework, tmp_path, run_cli
):
    make, command, phrase = CASES[case]
    data_dir = closed_store_with_a_framework
    path = make(tmp_path)
    before = _sha(data_dir)

    code, out, err = run_cli("--data-dir", data_dir, *command, path)

    assert code == 1
    assert phrase in out + err
    assert err.strip() and "Traceback" not in err and len(err.strip().splitlines()) == 1
    assert _sha(data_dir) == before


def test_rejected_rows_are_listed_before_the_refusal(
    closed_store_with_a_framework, tmp_path, run_cli
):
    bad = _write(
        tmp_path / "targets.csv",
        b"code,parent code,statement\nRP,,Ratios\n7.RP.1,RP,Unit rates\n7.RP.1,RP,Again\n",
    )

    code, out, err = run_cli("--data-dir", closed_store_with_a_framework, "import", "targets", bad)

    assert code == 1
    assert "Rejected   2" in out
    assert "rejected: target 7.RP.1 Unit rates (row 3): the code 7.RP.1 is used by more" in out
    assert err.startswith("Nothing was imported: 2 rows have problems in targets.csv")


def test_valid_rows_imports_what_it_can_and_says_what_it_left(store, tmp_path, run_cli):
    store.close()
    bad = _write(
        tmp_path / "targets.csv",
        b"code,parent code,statement\nRP,,Ratios\n7.RP.1,RP,Unit rates\n7.RP.2,XX,Orphan\n",
    )

    code, out, _ = run_cli("--data-dir", store.data_dir, "import", "targets", bad, "--valid-rows")

    assert code == 0
    assert "3 new" in out and "1 rejected row(s) left out" in out
    code, out, _ = run_cli("--data-dir", store.data_dir, "stats", "--json")
    assert '"targets": 2' in out


def test_a_dry_run_prints_the_plan_and_changes_nothing(
    closed_store_with_a_framework, run_cli, oneroster_zip
):
    data_dir = closed_store_with_a_framework
    before = _sha(data_dir)

    code, out, _ = run_cli("--data-dir", data_dir, "import", "roster", oneroster_zip(), "--dry-run")

    assert code == 0
    assert "New        12 (2 classes, 4 students, 6 enrolments)" in out
    assert "Dry run: nothing was changed." in out
    assert _sha(data_dir) == before


def test_the_command_line_imports_a_oneroster_zip_and_prints_what_it_did(
    store, run_cli, oneroster_zip
):
    store.close()

    code, out, err = run_cli("--data-dir", store.data_dir, "import", "roster", oneroster_zip())

    assert code == 0, err
    assert "Skipped 1 aide, 2 parents or guardians, 1 teacher: only students are imported." in out
    assert out.strip().endswith("Imported roster.zip: 12 new, 0 updated, 0 unchanged.")
    with Store.open(store.data_dir) as again, again.read() as session:
        from cbe_desktop.core.stats import live_counts

        counts = live_counts(session)
    assert (counts["students"], counts["classes"], counts["enrollments"]) == (4, 2, 6)
