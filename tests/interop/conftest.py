"""Helpers for the import and export tests: fixture files, the command line, store hashes."""

from __future__ import annotations

import hashlib
import io
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlmodel import select

from cbe_desktop import cli
from cbe_desktop.core.models import Framework, Target
from cbe_desktop.core.store import DB_FILE, Store

FIXTURES = Path(__file__).parent.parent / "fixtures" / "interop"


def _csv(*rows: str) -> str:
    return "\n".join(rows) + "\n"


# A school's OneRoster 1.1 bulk export: a teacher, five students (one tobedeleted), a
# parent, a guardian and an aide; three classes, one (Art 8) with no student of ours.
ONEROSTER = {
    "manifest.csv": _csv(
        "propertyName,value",
        "manifest.version,1.0",
        "oneroster.version,1.1",
        "file.academicSessions,bulk",
        "file.categories,absent",
        "file.classes,bulk",
        "file.classResources,absent",
        "file.courses,absent",
        "file.courseResources,absent",
        "file.demographics,absent",
        "file.enrollments,bulk",
        "file.lineItems,absent",
        "file.orgs,absent",
        "file.resources,absent",
        "file.results,absent",
        "file.users,bulk",
        "source.systemName,Example SIS",
        "source.systemCode,example-sis",
    ),
    "users.csv": _csv(
        "sourcedId,status,dateLastModified,enabledUser,orgSourcedIds,role,username,userIds,"
        "givenName,familyName,middleName,identifier,email,sms,phone,agentSourcedIds,grades,"
        "password,metadata.homeLanguage",
        "t-100,,2025-08-01T12:00:00Z,true,org-1,teacher,mrivera,,Marisol,Rivera,,T100,"
        "mrivera@example.org,,,,,,",
        "s-201,active,2025-08-01T12:00:00Z,true,org-1,student,agarcia,,Ana Sofía,García López,,"
        "700201,,,,p-301,07,,es",
        "s-202,,2025-08-01T12:00:00Z,true,org-1,student,mhernandez,,Mateo,Hernández,,700202,,,,,"
        "07,,Spanish",
        "s-203,,2025-08-01T12:00:00Z,true,org-1,student,ochen,,Olivia,Chen,,700203,,,,,07,,en",
        "s-204,,2025-08-01T12:00:00Z,true,org-1,student,loconnor,,Liam,O'Connor,,700204,,,,,07,,",
        "s-205,tobedeleted,2025-08-01T12:00:00Z,true,org-1,student,kyazzie,,Kai,Yazzie,,700205,,,,,"
        "07,,",
        "p-301,,2025-08-01T12:00:00Z,true,org-1,parent,lgarcia,,Lucía,López,,,,,,s-201,,,",
        "g-302,,2025-08-01T12:00:00Z,true,org-1,guardian,jchen,,Jun,Chen,,,,,,s-203,,,",
        "a-401,,2025-08-01T12:00:00Z,true,org-1,aide,bmensah,,Ben,Mensah,,,,,,,,,",
    ),
    "academicSessions.csv": _csv(
        "sourcedId,status,dateLastModified,title,type,startDate,endDate,parentSourcedId,schoolYear",
        "term-1,,2025-08-01T12:00:00Z,2025-26 Semester 1,semester,2025-08-18,2025-12-19,,2026",
    ),
    "classes.csv": _csv(
        "sourcedId,status,dateLastModified,title,grades,courseSourcedId,classCode,classType,"
        "location,schoolSourcedId,termSourcedIds,subjects,subjectCodes,periods",
        "c-math7,,2025-08-01T12:00:00Z,Math 7 - Period 2,07,course-1,MATH7-2,scheduled,Room 12,"
        "org-1,term-1,Mathematics,,2",
        "c-sci7,,2025-08-01T12:00:00Z,Science 7 - Period 4,07,course-2,SCI7-4,scheduled,Lab 1,"
        "org-1,term-1,Science,,4",
        "c-art8,,2025-08-01T12:00:00Z,Art 8,08,course-3,ART8-1,scheduled,Room 3,org-1,term-1,"
        "Art,,1",
    ),
    "enrollments.csv": _csv(
        "sourcedId,status,dateLastModified,classSourcedId,schoolSourcedId,userSourcedId,role,"
        "primary,beginDate,endDate",
        "e-1,,2025-08-01T12:00:00Z,c-math7,org-1,t-100,teacher,true,,",
        "e-2,,2025-08-01T12:00:00Z,c-math7,org-1,s-201,student,false,,",
        "e-3,,2025-08-01T12:00:00Z,c-math7,org-1,s-202,student,false,,",
        "e-4,,2025-08-01T12:00:00Z,c-math7,org-1,s-203,student,false,,",
        "e-5,,2025-08-01T12:00:00Z,c-math7,org-1,s-204,student,false,,",
        "e-6,,2025-08-01T12:00:00Z,c-math7,org-1,s-205,student,false,,",
        "e-7,,2025-08-01T12:00:00Z,c-sci7,org-1,s-201,student,false,,",
        "e-8,,2025-08-01T12:00:00Z,c-sci7,org-1,s-202,student,false,,",
        "e-9,,2025-08-01T12:00:00Z,c-math7,org-1,a-401,aide,false,,",
        "e-10,,2025-08-01T12:00:00Z,c-sci7,org-1,t-100,teacher,true,,",
    ),
}


@pytest.fixture
def fixture_bytes() -> Callable[[str], bytes]:
    return lambda name: (FIXTURES / name).read_bytes()


@pytest.fixture
def oneroster_zip(tmp_path: Path) -> Callable[..., Path]:
    """Write a OneRoster zip; ``replace={"users.csv": (old, new)}`` edits a file's text."""

    def make(
        name: str = "roster.zip",
        *,
        replace: dict[str, tuple[str, str]] | None = None,
        folder: str = "",
        extra: dict[str, str] | None = None,
    ) -> Path:
        files = dict(ONEROSTER)
        for member, (old, new) in (replace or {}).items():
            assert old in files[member], old
            files[member] = files[member].replace(old, new)
        files.update(extra or {})
        path = tmp_path / name
        buf = io.BytesIO()
        with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
            for member, text in files.items():
                zf.writestr(folder + member, text.encode("utf-8"))
        path.write_bytes(buf.getvalue())
        return path

    return make


@pytest.fixture
def oneroster_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "oneroster-export"
    folder.mkdir()
    for member, text in ONEROSTER.items():
        (folder / member).write_text(text, encoding="utf-8", newline="")
    return folder


@pytest.fixture
def run_cli(capsys: pytest.CaptureFixture[str]) -> Callable[..., tuple[int, str, str]]:
    """Run the command line; returns (exit status, stdout, stderr)."""

    def run(*args: str | Path) -> tuple[int, str, str]:
        code = cli.main([str(a) for a in args])
        out, err = capsys.readouterr()
        return code, out, err

    return run


def sha256_of_store(data_dir: Path) -> str:
    return hashlib.sha256((data_dir / DB_FILE).read_bytes()).hexdigest()


@pytest.fixture
def closed_store_with_a_framework(tmp_path: Path) -> Path:
    """A data folder holding one imported framework, its store closed (file at rest)."""
    from cbe_desktop.interop.detect import read_targets
    from cbe_desktop.services.importing import apply_targets_import

    data_dir = tmp_path / "office"
    with Store.open(data_dir) as store:
        apply_targets_import(store, read_targets(FIXTURES / "case-1.1-grade6-math.json"))
    return data_dir


def tree(store: Store, title: str) -> list[tuple[int, str, str, str]]:
    """(depth, parent code, code, statement) of a framework's live targets, in tree order."""
    with store.read() as session:
        framework = session.exec(
            select(Framework).where(Framework.title == title, Framework.deleted_hlc.is_(None))
        ).one()
        targets = session.exec(
            select(Target).where(Target.framework_id == framework.id, Target.deleted_hlc.is_(None))
        ).all()
    by_id = {t.id: t for t in targets}
    kids: dict[str | None, list[Target]] = {}
    for t in targets:
        kids.setdefault(t.parent_id, []).append(t)
    out: list[tuple[int, str, str, str]] = []

    def walk(parent: str | None, depth: int) -> None:
        for t in sorted(kids.get(parent, []), key=lambda t: (t.position, t.id)):
            parent_code = by_id[t.parent_id].code if t.parent_id else ""
            out.append((depth, parent_code, t.code, t.statement))
            walk(t.id, depth + 1)

    walk(None, 0)
    return out


@pytest.fixture
def framework_tree() -> Callable[[Store, str], list[tuple[int, str, str, str]]]:
    return tree
