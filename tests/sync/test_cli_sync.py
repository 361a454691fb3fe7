"""``cbe-desktop sync export`` and ``sync import``, as a script on the office machine uses them.

Every refusal: exit status 1, one sentence on stderr, no traceback, the store unchanged.
"""

from __future__ import annotations

import json
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from sync_helpers import ClassSetup, Laptop, dump, files_digest, score

from cbe_desktop.cli import main
from cbe_desktop.core.store import Store

pytestmark = pytest.mark.usefixtures("cli_sandbox")  # see tests/conftest.py


@pytest.fixture
def rivera(tmp_path) -> Path:
    """Ms Rivera's data folder: a class with some scores."""
    laptop = Laptop(tmp_path, "rivera")
    setup = ClassSetup(laptop)
    for n in range(5):
        score(laptop, setup, n % 3, n % 2, 1 + n % 4)
    laptop.close()
    return laptop.folder


def run(capsys, *argv: object) -> tuple[int, str, str]:
    capsys.readouterr()  # only what this command prints
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def refused(capsys, data_dir: Path, *argv: str) -> str:
    Store.open(data_dir).close()
    before = files_digest(data_dir)
    code, _out, err = run(capsys, "--data-dir", data_dir, *argv)
    assert code == 1
    lines = err.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in err, err
    assert files_digest(data_dir) == before
    return lines[0]


def test_export_then_import_prints_who_and_what_and_merges(capsys, tmp_path, rivera):
    out_file = tmp_path / "rivera.cbesync"
    code, out, err = run(capsys, "--data-dir", rivera, "sync", "export", "--out", out_file)
    assert code == 0 and err == ""
    assert "Wrote" in out and "not locked" in out and "verified" in out
    office = tmp_path / "office"
    code, out, err = run(capsys, "--data-dir", office, "sync", "import", out_file)
    assert code == 0 and err == ""
    assert "rivera's laptop" in out and "new" in out and "0 conflicts" in out
    with Store.open(rivera) as a, Store.open(office) as b:
        assert dump(a) == dump(b)
    code, out, _ = run(capsys, "--data-dir", office, "sync", "import", out_file)
    assert code == 0 and "0 new, 0 updated" in out


def test_a_passphrase_file_locks_and_unlocks(capsys, tmp_path, rivera):
    secret = tmp_path / "passphrase.txt"
    secret.write_text("mi clave secreta\n", encoding="utf-8")
    out_file = tmp_path / "locked.cbesync"
    code, out, _ = run(
        capsys, "--data-dir", rivera, "sync", "export", "--out", out_file,
        "--passphrase-file", secret,
    )  # fmt: skip
    assert code == 0 and "locked with a passphrase" in out
    office = tmp_path / "office"
    message = refused(capsys, office, "sync", "import", out_file)
    assert "passphrase" in message
    wrong = tmp_path / "wrong.txt"
    wrong.write_text("mi clave\n", encoding="utf-8")
    message = refused(capsys, office, "sync", "import", out_file, "--passphrase-file", wrong)
    assert message == "The passphrase is wrong, or the file was changed after it was made."
    code, out, _ = run(
        capsys, "--data-dir", office, "sync", "import", out_file, "--passphrase-file", secret
    )
    assert code == 0 and "new" in out


def test_a_dry_run_prints_every_table_and_changes_nothing(capsys, tmp_path, rivera):
    out_file = tmp_path / "rivera.cbesync"
    run(capsys, "--data-dir", rivera, "sync", "export", "--out", out_file)
    office = tmp_path / "office"
    Store.open(office).close()
    before = files_digest(office)
    code, out, _ = run(capsys, "--data-dir", office, "sync", "import", out_file, "--dry-run")
    assert code == 0
    assert "  evidence: 5 new" in out and "  student: 3 new" in out
    assert "Would bring" in out and "Dry run: nothing was changed." in out
    assert files_digest(office) == before


def test_since_last_sends_only_what_changed(capsys, tmp_path, rivera):
    first = tmp_path / "first.cbesync"
    run(capsys, "--data-dir", rivera, "sync", "export", "--out", first)
    office = tmp_path / "office"
    run(capsys, "--data-dir", office, "sync", "import", first)
    back = tmp_path / "back.cbesync"
    run(capsys, "--data-dir", office, "sync", "export", "--out", back)
    run(capsys, "--data-dir", rivera, "sync", "import", back)
    with Store.open(office) as store:
        office_id = store.replica
    second = tmp_path / "second.cbesync"
    code, out, _ = run(
        capsys, "--data-dir", rivera, "sync", "export", "--out", second, "--since-last", office_id
    )
    assert code == 0 and "what changed since" in out and ": 0 records" in out
    with zipfile.ZipFile(second) as zf:
        assert json.loads(zf.read("manifest.json"))["since"]["peer"] == office_id


@pytest.mark.parametrize(
    "problem",
    ["missing", "not a sync file", "newer", "no passphrase file", "empty passphrase file"],
)
def test_every_refusal_is_one_sentence_exit_1_and_changes_nothing(
    capsys, tmp_path, rivera, problem
):
    good = tmp_path / "good.cbesync"
    run(capsys, "--data-dir", rivera, "sync", "export", "--out", good)
    office = tmp_path / "office"
    args: list[object] = ["sync", "import", good]
    if problem == "missing":
        args = ["sync", "import", tmp_path / "nowhere.cbesync"]
    elif problem == "not a sync file":
        other = tmp_path / "letter.cbesync"
        other.write_text("Dear families,", encoding="utf-8")
        args = ["sync", "import", other]
    elif problem == "newer":
        newer = tmp_path / "newer.cbesync"
        with zipfile.ZipFile(good) as src, zipfile.ZipFile(newer, "w") as dst:
            for name in src.namelist():
                data = src.read(name)
                if name == "manifest.json":
                    doc = json.loads(data)
                    doc["format_version"] = "2.1"
                    data = json.dumps(doc).encode()
                dst.writestr(name, data)
        args = ["sync", "import", newer]
    elif problem == "no passphrase file":
        args = [*args, "--passphrase-file", tmp_path / "nope.txt"]
    else:
        empty = tmp_path / "empty.txt"
        empty.write_text("\n", encoding="utf-8")
        args = [*args, "--passphrase-file", empty]
    message = refused(capsys, office, *args)
    if problem == "newer":
        assert message == (
            "This file was made by a newer version of cbe-desktop (format 2); "
            "update the program on this laptop to read it."
        )


def test_export_refusals_are_one_sentence_too(capsys, tmp_path, rivera):
    refused(
        capsys,
        rivera,
        "sync",
        "export",
        "--out",
        tmp_path / "x.cbesync",
        "--since-last",
        "Mr Nobody",
    )
    refused(capsys, rivera, "sync", "export", "--out", tmp_path / "no" / "such" / "x.cbesync")
    assert not (tmp_path / "x.cbesync").exists()


def test_a_refusal_in_a_real_process_has_no_traceback(tmp_path):
    bad = tmp_path / "bad.cbesync"
    bad.write_bytes(b"PK\x03\x04 not really")
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "cbe_desktop",
            "--data-dir",
            str(tmp_path / "d"),
            "sync",
            "import",
            str(bad),
        ],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 1
    assert len(done.stderr.strip().splitlines()) == 1 and "Traceback" not in done.stderr
