"""The command line. No command opens the window; every command shares the core code.

Errors a teacher can cause (a wrong name, a bad file, an unwritable folder) print one
sentence on stderr and exit with status 1; never a traceback.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import logging
import os
import shutil
import sys
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from cbe_desktop import __version__
from cbe_desktop.core.errors import CbeError
from cbe_desktop.core.languages import packet_languages
from cbe_desktop.core.logs import setup_logging

if TYPE_CHECKING:
    from cbe_desktop.core.store import Store
    from cbe_desktop.services.importing import ImportPlan

log = logging.getLogger("cbe_desktop")

EXIT_OK = 0
EXIT_ERROR = 1
PAGES = (
    "gradebook",
    "not-yet",
    "insights",
    "conferences",
    "targets",
    "classes",
    "scales",
    "sync",
    "calibration",
)


def _picture_size(text: str) -> tuple[int, int]:
    """ "1366x768" -> (1366, 768), for --size."""
    width, sep, height = text.lower().partition("x")
    if not (sep and width.isdigit() and height.isdigit()) or not (
        320 <= int(width) <= 8000 and 240 <= int(height) <= 8000
    ):
        raise argparse.ArgumentTypeError(
            f"{text!r} is not a picture size; write it as width x height, such as 1366x768"
        )
    return int(width), int(height)


def _window_parser() -> argparse.ArgumentParser:
    """The options of the window (and of every command): what ``cbe-desktop`` alone needs."""
    parser = argparse.ArgumentParser(
        prog="cbe-desktop",
        description="Competency-based gradebook. With no command, opens the window.",
    )
    parser.add_argument("--version", action="version", version=f"cbe-desktop {__version__}")
    parser.add_argument(
        "--data-dir",
        type=Path,
        help="the data folder (default: $CBE_DESKTOP_DATA_DIR or the user data folder)",
    )
    parser.add_argument(
        "--database",
        metavar="URL",
        default=os.environ.get("CBE_DESKTOP_DATABASE") or None,
        help="a school hub's PostgreSQL database, postgresql://user@host/db, instead of "
        "the data folder's file (default: $CBE_DESKTOP_DATABASE)",
    )
    parser.add_argument(
        "--demo", action="store_true", help="open the window on a fresh temporary demo class"
    )
    parser.add_argument(
        "--screenshot", type=Path, metavar="FILE.png", help="render the main window to FILE, exit"
    )
    parser.add_argument(
        "--size",
        type=_picture_size,
        default=None,
        metavar="WxH",
        help="with --screenshot: the picture's size in pixels (default 1366x768)",
    )
    parser.add_argument(
        "--page",
        choices=PAGES,
        help="open the window on this page (with --screenshot: picture that page)",
    )
    parser.add_argument("-v", "--verbose", action="store_true", help="log what happens")
    return parser


def _parser() -> argparse.ArgumentParser:
    """The whole command line: the window's options and every command."""
    parser = _window_parser()
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = sub.add_parser("demo", help="add the demo classes to the store (again adds nothing)")
    # Checked by cmd_demo, not by choices=: a wrong language is one sentence and exit 1.
    p.add_argument(
        "--lang", default="en", metavar="{en,es}", help="the language of the demo's texts"
    )
    p = sub.add_parser("stats", help="live row counts")
    p.add_argument("--json", action="store_true")
    p = sub.add_parser("classes", help="the classes with their students and targets")
    p.add_argument("--json", action="store_true")
    p = sub.add_parser("mastery", help="every student x target estimate of a class")
    p.add_argument("--class", dest="class_name", required=True, metavar="C")
    p.add_argument("--json", action="store_true")
    p = sub.add_parser("backup", help="copy the store to a backup file")
    p.add_argument("--out", type=Path, help="the backup file (default: the backups folder)")
    p = sub.add_parser("restore", help="replace the store with a backup (the current one is kept)")
    p.add_argument("file", type=Path)
    sub.add_parser("check", help="check the database and the attachments")

    p = sub.add_parser("import", help="import targets or a roster (prints the plan first)")
    what = p.add_subparsers(dest="what", metavar="WHAT", required=True)
    q = what.add_parser(
        "targets", help="a CASE JSON, Canvas outcomes CSV or plain CSV file (found from content)"
    )
    q.add_argument("file", type=Path)
    q.add_argument(
        "--framework", metavar="F", help="the framework a plain CSV goes into (default: its name)"
    )
    q.add_argument(
        "--valid-rows", action="store_true", help="import the valid rows when some are rejected"
    )
    q.add_argument("--dry-run", action="store_true", help="print the plan, change nothing")
    q = what.add_parser(
        "roster",
        help="a OneRoster 1.1 or 1.2 CSV folder or zip, or a plain roster (CSV or .xlsx)",
    )
    q.add_argument("path", type=Path)
    q.add_argument(
        "--class",
        dest="class_name",
        metavar="C",
        help="the class a plain roster goes into; with OneRoster, only this class "
        "(its title, classCode or sourcedId)",
    )
    q.add_argument(
        "--without-class",
        action="store_true",
        help="also bring in the students of a OneRoster export who are in none of its classes",
    )
    q.add_argument(
        "--valid-rows", action="store_true", help="import the valid rows when some are rejected"
    )
    q.add_argument("--dry-run", action="store_true", help="print the plan, change nothing")

    p = sub.add_parser("export", help="export a framework, or a class's term marks, to a file")
    what = p.add_subparsers(dest="what", metavar="WHAT", required=True)
    q = what.add_parser("targets", help="a framework as CASE 1.1 JSON (or CSV)")
    q.add_argument("--framework", required=True, metavar="F", help="the framework's title")
    q.add_argument("--out", required=True, type=Path, metavar="FILE")
    q.add_argument("--format", choices=("case", "csv"), default="case")
    q = what.add_parser(
        "gradebook", help="a class's term marks for the school's information system (SIS)"
    )
    q.add_argument("--class", dest="class_name", required=True, metavar="C")
    q.add_argument("--out", required=True, type=Path, metavar="FILE")
    q.add_argument(
        "--format",
        choices=("oneroster", "csv"),
        default="oneroster",
        help="a OneRoster 1.2 Gradebook CSV zip (default), or one plain CSV of marks",
    )

    p = sub.add_parser("learner", help="one student across classes and years")
    what = p.add_subparsers(dest="what", metavar="WHAT", required=True)
    q = what.add_parser("record", help="the learner's record: every class and year")
    q.add_argument("--student", required=True, metavar="S", help="name, student number or id")
    q.add_argument("--json", action="store_true")
    q.add_argument("--out", type=Path, metavar="FILE.pdf", help="print it to a PDF")
    q.add_argument("--lang", choices=("en", "es"), default="en")
    q.add_argument("--paper", choices=("letter", "a4"), default="letter")
    q = what.add_parser("merge", help="two student records are one learner (undo: unmerge)")
    q.add_argument("keep", metavar="S", help="the record that stays")
    q.add_argument("other", metavar="OTHER", help="the record that joins it")
    q = what.add_parser("unmerge", help="undo a merge: the record is its own learner again")
    q.add_argument("other", metavar="OTHER", help="the record that was merged")
    q = what.add_parser("earlier", help="does evidence from earlier classes and years count?")
    q.add_argument("rule", choices=("this_class", "all_evidence", "proficient_stays"))

    p = sub.add_parser(
        "school", help="school-wide views: every class, one student, attention, equity"
    )
    what = p.add_subparsers(dest="what", metavar="WHAT", required=True)
    for name, helped in (
        ("progress", "every class's progress: students, targets, share proficient, not yet"),
        ("attention", "what each class's Insights page flags, across the school"),
        ("equity", "share proficient and open not yet by student group (under 11: hidden)"),
    ):
        q = what.add_parser(name, help=helped)
        q.add_argument("--term", help="only the classes of this term")
        q.add_argument("--grade", help="only the classes of this grade")
        q.add_argument("--json", action="store_true")
        if name == "progress":
            q.add_argument("--since", metavar="YYYY-MM-DD", help="count evidence from this date")
        if name == "attention":
            q.add_argument("--weeks", type=int, default=3, help="weeks without evidence (3)")
    q = what.add_parser("student", help="one student across classes and teachers")
    q.add_argument("student", metavar="S", help="name, student number or id")
    q.add_argument("--json", action="store_true")
    q.add_argument("--out", type=Path, metavar="FILE.pdf", help="print the learner's record")
    q.add_argument("--lang", choices=("en", "es"), default="en")

    p = sub.add_parser("term", help="start a new term from a class")
    what = p.add_subparsers(dest="what", metavar="WHAT", required=True)
    q = what.add_parser(
        "start", help="copy targets, tasks and scale forward; archive the old class"
    )
    q.add_argument("--class", dest="class_name", required=True, metavar="C")
    q.add_argument("--term", required=True, metavar="T", help="the new term, e.g. 'Spring 2027'")
    q.add_argument("--name", metavar="N", help="the new class's name (default: the old one's)")
    q.add_argument(
        "--student",
        action="append",
        metavar="S",
        help="a student who moves on (repeat it; default: every student of the class)",
    )
    q.add_argument("--tasks-on", metavar="YYYY-MM-DD", help="the date the copied tasks carry")

    p = sub.add_parser("marks", help="term marks by the school's rules")
    what = p.add_subparsers(dest="what", metavar="WHAT", required=True)
    q = what.add_parser("show", help="every student's term mark for a class, explained")
    q.add_argument("--class", dest="class_name", required=True, metavar="C")
    q.add_argument("--json", action="store_true")
    q = what.add_parser("rules", help="show or change the school's rules")
    group = q.add_mutually_exclusive_group()
    group.add_argument("--preset", choices=("logic", "mean_cuts", "percent_proficient", "levels"))
    group.add_argument("--file", type=Path, metavar="F", help="a text file of rules")
    q = what.add_parser(
        "override", help="set a student's course or competency mark yourself, with a reason"
    )
    q.add_argument("--class", dest="class_name", required=True, metavar="C")
    q.add_argument("--student", required=True, metavar="S", help="name, student number or id")
    q.add_argument("--competency", metavar="K", help="the competency's code (default: the course)")
    q.add_argument("--period", metavar="P", help="the reporting period (default: the class's term)")
    q.add_argument("--mark", metavar="M", help="the mark, e.g. B or 3")
    q.add_argument("--reason", metavar="WHY", help="why (the family and the school read it)")
    q.add_argument(
        "--remove", action="store_true", help="go back to the mark the school's rules give"
    )
    for name, words in (
        ("close", "close the term: store every mark; later evidence changes none of them"),
        ("reopen", "reopen a closed term: its marks follow the evidence again (asks --yes)"),
    ):
        q = what.add_parser(name, help=words)
        q.add_argument("--class", dest="class_name", required=True, metavar="C")
        q.add_argument("--period", metavar="P", help="the period (default: the class's term)")
        if name == "reopen":
            q.add_argument("--yes", action="store_true", help="yes, reopen it")
    q = what.add_parser(
        "modify", help="mark a target modified for a student's individual plan (IEP)"
    )
    q.add_argument("--class", dest="class_name", required=True, metavar="C")
    q.add_argument("--student", required=True, metavar="S")
    q.add_argument("--target", required=True, metavar="T", help="the target's code")
    q.add_argument("--note", default="", metavar="N", help="a short note (what is modified)")
    q.add_argument("--remove", action="store_true", help="the target is no longer modified")
    q = what.add_parser("report-card", help="report cards for a class's period, as one PDF")
    q.add_argument("--class", dest="class_name", required=True, metavar="C")
    q.add_argument("--student", metavar="S", help="only this student")
    q.add_argument(
        "--lang", choices=packet_languages(), help="the language (default: each family's)"
    )
    q.add_argument("--paper", choices=("letter", "a4"), default="letter")
    q.add_argument("--out", required=True, type=Path, metavar="FILE.pdf")

    p = sub.add_parser("report", help="print conference packets and class reports to PDF")
    what = p.add_subparsers(dest="what", metavar="WHAT", required=True)
    q = what.add_parser(
        "conference", help="student-led conference packets: one PDF, a packet per student"
    )
    q.add_argument("--class", dest="class_name", required=True, metavar="C")
    q.add_argument("--student", metavar="S", help="only this student (name or id)")
    q.add_argument(
        "--lang", choices=packet_languages(), help="the language (default: each family's language)"
    )
    q.add_argument("--paper", choices=("letter", "a4"), default="letter")
    q.add_argument("--out", required=True, type=Path, metavar="FILE.pdf")
    q = what.add_parser("where-am-i", help="one page: where a student is on every target")
    q.add_argument("--class", dest="class_name", required=True, metavar="C")
    q.add_argument("--student", required=True, metavar="S", help="the student (name or id)")
    q.add_argument(
        "--lang", choices=packet_languages(), help="the language (default: the family's language)"
    )
    q.add_argument("--paper", choices=("letter", "a4"), default="letter")
    q.add_argument("--out", required=True, type=Path, metavar="FILE.pdf")
    q = what.add_parser(
        "class-summary", help="for the teacher: targets x status counts, groups of 11 or more"
    )
    q.add_argument("--class", dest="class_name", required=True, metavar="C")
    q.add_argument("--lang", choices=packet_languages(), default="en")
    q.add_argument("--paper", choices=("letter", "a4"), default="letter")
    q.add_argument("--out", required=True, type=Path, metavar="FILE.pdf")
    p = sub.add_parser("hub", help="the school hub: set it up, add teachers, sync with it")
    what = p.add_subparsers(dest="what", metavar="WHAT", required=True)
    q = what.add_parser("init", help="make or update the hub: schema, roles, security")
    q.add_argument("url", metavar="ADMIN_URL", help="postgresql://owner@host/database")
    q = what.add_parser("add-teacher", help="a login for a teacher (or --office staff)")
    q.add_argument("url", metavar="ADMIN_URL")
    q.add_argument("--login", required=True, help="the login, e.g. mrivera")
    q.add_argument("--name", required=True, help="the teacher's name as the school writes it")
    q.add_argument("--office", action="store_true", help="office staff: read every class")
    q.add_argument(
        "--password-file", type=Path, metavar="F", help="the password (default: a new one)"
    )
    q = what.add_parser("assign", help="let a teacher teach a class too (a co-teacher)")
    q.add_argument("url", metavar="ADMIN_URL")
    q.add_argument("--login", required=True)
    q.add_argument("--class", dest="class_name", required=True, metavar="C")
    q = what.add_parser("login", help="keep this laptop's hub password in the keyring")
    q.add_argument("url", metavar="URL", help="postgresql://login@host/database")
    q.add_argument("--password-file", type=Path, metavar="F", help="(default: ask)")
    q = what.add_parser("sync", help="sync this laptop with the hub over the network")
    q.add_argument("url", metavar="URL", nargs="?", help="(default: the setting hub_url)")
    p = sub.add_parser("sync", help="exchange work with another laptop through one file")
    what = p.add_subparsers(dest="what", metavar="WHAT", required=True)
    q = what.add_parser("export", help="write a sync file: everything, or what changed")
    q.add_argument("--out", required=True, type=Path, metavar="FILE")
    q.add_argument(
        "--passphrase-file", type=Path, metavar="F", help="lock the file with the passphrase in F"
    )
    q.add_argument(
        "--since-last",
        metavar="PEER",
        help="only what changed since PEER (a laptop id or teacher name) last received",
    )
    q = what.add_parser("import", help="merge a sync file from another laptop")
    q.add_argument("file", type=Path)
    q.add_argument(
        "--passphrase-file", type=Path, metavar="F", help="the passphrase the file is locked with"
    )
    q.add_argument("--dry-run", action="store_true", help="print what it would do, change nothing")
    _calibration_parser(sub)
    return parser


def _calibration_parser(sub) -> None:  # type: ignore[no-untyped-def]
    p = sub.add_parser("calibration", help="score the same work with colleagues, by file")
    what = p.add_subparsers(dest="what", metavar="WHAT", required=True)

    def locked(q, verb: str) -> None:  # type: ignore[no-untyped-def]
        q.add_argument(
            "--passphrase-file",
            type=Path,
            metavar="F",
            help=f"{verb} the file with the passphrase in F",
        )

    q = what.add_parser("new", help="pick pieces of a task into a blind set; write its file")
    q.add_argument("--title", required=True)
    q.add_argument("--task", metavar="TASK", help="take pieces of this task (by title)")
    q.add_argument("--class", dest="class_name", metavar="C", help="the task's class")
    q.add_argument("--pieces", type=int, default=6, help="how many pieces (default 6)")
    q.add_argument("--evidence", nargs="+", metavar="ID", help="or: these pieces of evidence")
    q.add_argument("--leader", default=None, help="your name (default: the teacher's name)")
    q.add_argument(
        "--show-class-levels", action="store_true", help="not blind: show the level given in class"
    )
    q.add_argument("--out", required=True, type=Path, metavar="FILE.cbecal")
    locked(q, "lock")
    q = what.add_parser("open", help="keep a colleague's set here, to score it")
    q.add_argument("file", type=Path)
    locked(q, "unlock")
    q = what.add_parser("score", help="score one piece of a set, with your reason")
    q.add_argument("set", metavar="SET", help="the set's title or id")
    q.add_argument("--piece", required=True, metavar="A")
    q.add_argument("--level", required=True, type=float)
    q.add_argument("--why", default="", help="your reason, in a sentence or two")
    q.add_argument("--scorer", default=None, help="your name (default: the teacher's name)")
    q = what.add_parser("return", help="write your scores of a set for its leader")
    q.add_argument("set", metavar="SET")
    q.add_argument("--scorer", default=None)
    q.add_argument("--out", required=True, type=Path, metavar="FILE.cbecal")
    locked(q, "lock")
    q = what.add_parser("gather", help="gather colleagues' return files; print the agreement")
    q.add_argument("files", type=Path, nargs="+")
    locked(q, "unlock")
    q = what.add_parser("agree", help="record the group's level for a piece, and why")
    q.add_argument("set", metavar="SET")
    q.add_argument("--piece", required=True, metavar="A")
    q.add_argument("--level", required=True, type=float)
    q.add_argument("--reason", required=True)
    q.add_argument("--exemplar", action="store_true", help="make the piece the level's exemplar")
    q = what.add_parser("report", help="the agreement in words, and the meeting's PDF")
    q.add_argument("set", metavar="SET")
    q.add_argument("--out", type=Path, metavar="FILE.pdf")
    q.add_argument("--paper", choices=("letter", "a4"), default="letter")
    q.add_argument(
        "--lang", choices=("en", "es"), default="en", help="the language of the meeting's PDF"
    )
    q = what.add_parser("history", help="agreement over time on a target's rubric; your weight")
    q.add_argument("--target", required=True, metavar="CODE", help="a target's code or id")
    q.add_argument("--scorer", default=None, help="compare this teacher with colleagues")


def _what(args: argparse.Namespace) -> str:
    """How this command is named to other copies: ``sync import``, ``stats``."""
    sub = getattr(args, "what", None)
    return f"{args.command} {sub}" if sub else str(args.command)


def _open_store(args: argparse.Namespace):  # type: ignore[no-untyped-def]
    """Open the store for this command; say what it found, and when it waits, what for."""
    from cbe_desktop.core.store import DEFAULT_WRITE_WAIT_SECONDS, Store, waiting_sentence

    said = []

    def waiter(waited: float, others) -> bool:  # type: ignore[no-untyped-def]
        if waited >= 1.0 and not said:
            said.append(True)
            print(waiting_sentence(others), file=sys.stderr, flush=True)
        return waited < DEFAULT_WRITE_WAIT_SECONDS

    if getattr(args, "database", None):
        from cbe_desktop.core.hub import open_hub

        return open_hub(args.database, args.data_dir)
    store = Store.open(args.data_dir, what=_what(args), waiter=waiter)
    for notice in store.notices:
        print(f"Note: {notice}", file=sys.stderr)
    return store


def cmd_demo(args: argparse.Namespace) -> int:
    from cbe_desktop.core.demo import build_demo
    from cbe_desktop.core.demo_es import LANGUAGES

    if args.lang not in LANGUAGES:  # the languages the demo is written in
        print(
            f"The demo can be written in English (en) or Spanish (es), not {args.lang!r}; "
            "choose --lang en or --lang es.",
            file=sys.stderr,
        )
        return EXIT_ERROR
    from cbe_desktop.core.backups import backup_before

    with _open_store(args) as store:
        if (store.is_hub or store.db_path.stat().st_size) and _has_classes(store):
            backup_before(store, "demo")  # checks the store (thoroughly) before adding to it
        result = build_demo(store, language=args.lang)
    print("Added the demo classes." if result.created else "The demo classes are already here.")
    return EXIT_OK


def _has_classes(store: Store) -> bool:
    from cbe_desktop.core.roster import class_summaries

    with store.read() as session:
        return bool(class_summaries(session))


def cmd_stats(args: argparse.Namespace) -> int:
    from cbe_desktop.core.stats import live_counts

    with _open_store(args) as store, store.read() as session:
        counts = live_counts(session)
    if args.json:
        print(json.dumps(counts))
    else:
        width = max(len(k) for k in counts)
        for key, value in counts.items():
            print(f"{key.replace('_', ' '):<{width}}  {value}")
    return EXIT_OK


def cmd_classes(args: argparse.Namespace) -> int:
    from cbe_desktop.core.roster import class_summaries

    with _open_store(args) as store, store.read() as session:
        rows = class_summaries(session)
    if args.json:
        print(
            json.dumps(
                [
                    {
                        "name": r.name,
                        "term": r.term,
                        "students": r.students,
                        "targets": r.targets,
                        "id": r.id,
                        "source_id": r.source_id,
                    }
                    for r in rows
                ],
                ensure_ascii=False,
            )
        )
    else:
        # --class takes the name, the sourcedId or the id: each line shows the last two,
        # so two classes of one name can be told apart and named.
        for r in rows:
            sourced = f", sourcedId {r.source_id}" if r.source_id else ""
            print(
                f"{r.name} ({r.term}): {r.students} students, {r.targets} targets "
                f"[id {r.id}{sourced}]"
            )
        if not rows:
            print("No classes yet. Try 'cbe-desktop demo' to add the demo classes.")
    return EXIT_OK


def cmd_mastery(args: argparse.Namespace) -> int:
    from cbe_desktop.core.gradebook import class_grid
    from cbe_desktop.core.roster import find_class

    with _open_store(args) as store, store.read() as session:
        school_class = find_class(session, args.class_name)
        # The academic targets, then the habits of work the class also tracks (reported
        # beside them, never mixed into them), as the window shows both.
        grids = [class_grid(session, school_class.id, habits=h) for h in (False, True)]
    rows = []
    for grid in grids:
        for r, student in enumerate(grid.students):
            for c, target in enumerate(grid.targets):
                cell = grid.cell(r, c)
                rows.append(
                    {
                        "student": student.name,
                        "target": target.code,
                        "habit": grid.habits,
                        "method": cell.method,
                        "estimate": None if cell.estimate is None else round(cell.estimate, 2),
                        "level": cell.level.label if cell.level else None,
                        "status": cell.status,
                        "evidence_count": cell.evidence_count,
                        "overridden": cell.overridden,
                    }
                )
    if args.json:
        print(json.dumps(rows, ensure_ascii=False))
    else:
        for row in rows:
            estimate = "—" if row["estimate"] is None else row["estimate"]
            kind = " (habit)" if row["habit"] else ""
            print(
                f"{row['student']:<28} {row['target'] + kind:<18} {estimate!s:>5} {row['status']}"
            )
    return EXIT_OK


def cmd_backup(args: argparse.Namespace) -> int:
    from cbe_desktop.core import backups
    from cbe_desktop.services.maintenance import refuse_on_hub

    if getattr(args, "database", None):
        refuse_on_hub()
    with _open_store(args) as store:
        dest = args.out or backups.manual_backup_path(store.backups_dir)
        backups.make_backup(store.db_path, dest, thorough=True)
    print(f"Backed up to {dest}")
    return EXIT_OK


def cmd_restore(args: argparse.Namespace) -> int:
    from cbe_desktop.core.store import default_data_dir
    from cbe_desktop.services.maintenance import refuse_on_hub, restore_backup

    if getattr(args, "database", None):
        refuse_on_hub()  # never the laptop's own data folder in the hub's stead
    data_dir = args.data_dir or default_data_dir()
    safety = restore_backup(data_dir, args.file)
    print(f"Restored {args.file}. What was there before is kept in {safety}")
    return EXIT_OK


def cmd_check(args: argparse.Namespace) -> int:
    from cbe_desktop.services import maintenance

    with _open_store(args) as store:
        report = maintenance.check(store)
    for note in report.notes:
        print(note)
    if report.ok:
        print("The store is healthy.")
        return EXIT_OK
    for problem in report.problems:
        print(f"Problem: {problem}", file=sys.stderr)
    return EXIT_ERROR


def _print_plan_and_apply(
    args: argparse.Namespace,
    store: Store,
    parsed: object,
    plan: ImportPlan,
) -> int:
    """Print the plan; then import it (or, with --dry-run, say what the import would do)."""
    for line in plan.lines():
        print(line)
    if args.dry_run:
        if plan.rejected and not args.valid_rows:
            n = len(plan.rejected)
            print(
                f"{plan.source_name} would import nothing: {n} row(s) are rejected (listed "
                "above); fix them, or import only the valid rows (--valid-rows).",
                file=sys.stderr,
            )
            return EXIT_ERROR
        print("Dry run: nothing was changed.")
        return EXIT_OK
    from cbe_desktop.services.importing import import_with_backup

    report = import_with_backup(  # the window's import does the same
        store,
        parsed,  # type: ignore[arg-type]
        valid_rows=args.valid_rows,
        without_class=getattr(args, "without_class", False),
    )
    print(report.summary())
    return EXIT_OK


def cmd_import_targets(args: argparse.Namespace) -> int:
    from cbe_desktop.interop.detect import read_targets
    from cbe_desktop.services.importing import plan_targets_import

    parsed = read_targets(args.file, framework_title=args.framework)  # before the store opens
    with _open_store(args) as store:
        with store.read() as session:
            plan = plan_targets_import(session, parsed)
        return _print_plan_and_apply(args, store, parsed, plan)


def cmd_import_roster(args: argparse.Namespace) -> int:
    from cbe_desktop.interop.detect import read_roster
    from cbe_desktop.services.importing import plan_roster_import

    parsed = read_roster(args.path, class_name=args.class_name)  # before the store opens
    with _open_store(args) as store:
        with store.read() as session:
            plan = plan_roster_import(session, parsed, without_class=args.without_class)
        status = _print_plan_and_apply(args, store, parsed, plan)
    if status == EXIT_OK and plan.students_without_class:
        print(
            f"{plan.students_without_class} student(s) in no class were left out (see the "
            "notes above); to bring them in without a class, import again with "
            "--without-class."
        )
    return status


def cmd_import(args: argparse.Namespace) -> int:
    return {"targets": cmd_import_targets, "roster": cmd_import_roster}[args.what](args)


def cmd_export(args: argparse.Namespace) -> int:
    if args.what == "gradebook":
        return cmd_export_gradebook(args)
    from cbe_desktop.core.safe_files import write_bytes_whole
    from cbe_desktop.core.targets import find_framework
    from cbe_desktop.services.importing import export_targets

    with _open_store(args) as store:
        with store.read() as session:
            framework = find_framework(session, args.framework)
            data = export_targets(session, framework.id, args.format)
        out: Path = args.out
        write_bytes_whole(out, data)
    kind = "CASE 1.1 JSON" if args.format == "case" else "CSV"
    print(f"Exported {framework.title} as {kind} to {out}")
    return EXIT_OK


def cmd_export_gradebook(args: argparse.Namespace) -> int:
    from cbe_desktop.core.roster import find_class
    from cbe_desktop.core.safe_files import write_bytes_whole
    from cbe_desktop.interop.oneroster_gradebook import oneroster_gradebook, sis_marks_csv

    with _open_store(args) as store, store.read() as session:
        school_class = find_class(session, args.class_name)
        make = oneroster_gradebook if args.format == "oneroster" else sis_marks_csv
        made = make(session, school_class.id)
    write_bytes_whole(args.out, made.data)
    for note in made.notes:
        print(f"Note: {note}", file=sys.stderr)
    kind = "a OneRoster 1.2 Gradebook zip" if args.format == "oneroster" else "CSV"
    print(f"Exported {made.results} marks of {made.students} students as {kind} to {args.out}")
    return EXIT_OK


def cmd_learner(args: argparse.Namespace) -> int:
    from cbe_desktop.core import learner

    if args.what == "earlier":
        from cbe_desktop.core.settings import save_settings

        with _open_store(args) as store:
            save_settings(store, {"earlier_evidence": args.rule})
        words = learner.EARLIER_EVIDENCE_WORDS[args.rule]()
        print(f"Evidence from earlier classes and years: {words}.")
        return EXIT_OK
    with _open_store(args) as store:
        if args.what == "merge":
            with store.read() as session:
                keep = learner.find_student(session, args.keep)
                other = learner.find_student(session, args.other)
            learner.merge_students(store, keep.id, other.id)
            print(
                f"{other.display_name} and {keep.display_name} are one learner now; "
                f"'cbe-desktop learner unmerge {other.id}' undoes it."
            )
            return EXIT_OK
        if args.what == "unmerge":
            with store.read() as session:
                other = learner.find_student(session, args.other)
            learner.unmerge_students(store, other.id)
            print(f"{other.display_name} is a learner of their own again.")
            return EXIT_OK
        with store.read() as session:
            student = learner.find_student(session, args.student)
            record = learner.learner_record(session, student.id)
            from cbe_desktop.core.settings import get_setting

            school = get_setting(session, "school")
    if args.out:
        from cbe_desktop.reports.learner_record import build_learner_record

        build_learner_record(record, args.out, lang=args.lang, pagesize=args.paper, school=school)
        print(f"Printed the learner's record of {record.name} to {args.out}")
        return EXIT_OK
    if args.json:
        print(json.dumps(_record_json(record), ensure_ascii=False))
        return EXIT_OK
    print(f"{record.name}: {', '.join(c.label for c in record.classes) or 'no classes'}")
    print(f"Evidence from earlier classes and years: {record.rule_words}.")
    for comp in record.competencies:
        print(f"{comp.code} {comp.title}: {comp.reached} of {len(comp.targets)} reached")
        for t in comp.targets:
            when = f" since {t.reached_on} ({t.reached_in})" if t.reached_on else ""
            iep = (
                f" (modified: {t.modified or 'individual plan'})" if t.modified is not None else ""
            )
            print(f"  {t.code:<12} {t.status}{when}; {len(t.pieces)} pieces of evidence{iep}")
            for step in t.open_not_yet:
                print(f"    not yet: {step}")
    return EXIT_OK


def _record_json(record) -> dict:  # type: ignore[no-untyped-def]
    return {
        "student": record.name,
        "student_id": record.student_id,
        "merged": record.merged_names,
        "earlier_evidence": record.rule,
        "classes": [{"name": c.label, "archived": c.archived} for c in record.classes],
        "competencies": [
            {
                "code": c.code,
                "title": c.title,
                "targets": [
                    {
                        "code": t.code,
                        "status": t.status,
                        "estimate": t.estimate,
                        "reached_on": t.reached_on or None,
                        "reached_in": t.reached_in or None,
                        "explanation": str(t.explanation),
                        "evidence": [
                            {
                                "date": p.produced_on,
                                "class": p.class_label,
                                "task": p.task_title,
                                "level": p.level,
                                "status": p.status,
                            }
                            for p in t.pieces
                        ],
                        "not_yet": list(t.open_not_yet),
                        "modified": t.modified,
                    }
                    for t in c.targets
                ],
            }
            for c in record.competencies
        ],
    }


def _share(value: float | None) -> str:
    return "—" if value is None else f"{round(100 * value)}%"


def cmd_school(args: argparse.Namespace) -> int:
    """The school-wide views, as the login (or the laptop's file) may read them."""
    from cbe_desktop.core import school
    from cbe_desktop.core.student_groups import KIND_WORDS, VALUE_WORDS

    if args.what == "progress" and args.since:
        from datetime import date

        try:
            date.fromisoformat(args.since)
        except ValueError:
            print(f"{args.since!r} is not a date; write it as YYYY-MM-DD.", file=sys.stderr)
            return EXIT_ERROR
    with _open_store(args) as store, store.read() as session:
        filters = {"term": getattr(args, "term", None), "grade": getattr(args, "grade", None)}
        if args.what == "progress":
            rows = school.school_progress(session, since=args.since, **filters)
            if args.json:
                print(json.dumps([_progress_json(r) for r in rows], ensure_ascii=False))
                return EXIT_OK
            if not rows:
                print("No current classes to show.")
            for r in rows:
                who = f" ({', '.join(r.teachers)})" if r.teachers else ""
                print(
                    f"{r.name}{who}: {r.students} students, {r.targets} targets, "
                    f"{_share(r.share_proficient)} proficient, {r.evidence} evidence, "
                    f"{r.open_not_yet} not yet open"
                )
            return EXIT_OK
        if args.what == "attention":
            items = school.school_attention(session, weeks_without_evidence=args.weeks, **filters)
            if args.json:
                print(json.dumps([_attention_json(a) for a in items], ensure_ascii=False))
                return EXIT_OK
            if not items:
                print("Nothing needs attention in these classes.")
            for sid, name, things, classes in school.attention_by_student(items):
                print(f"{name}: {things} flagged in {classes} class(es)")
                for a in items:
                    if a.item.student_id == sid:
                        print(f"  {a.class_name}: {a.item.reason}")
            return EXIT_OK
        if args.what == "equity":
            found = school.equity(session, **filters)
            if args.json:
                print(json.dumps(_equity_json(found), ensure_ascii=False))
                return EXIT_OK
            if not found.kinds:
                count = found.students if found.students is not None else school.fewer_than()
                print(
                    f"No student groups are recorded for these {count} students; "
                    "import the roster with its demographics (OneRoster demographics.csv) "
                    "or with IEP and English learner columns."
                )
            for kind, figures in found.kinds.items():
                print(f"{KIND_WORDS[kind]()}:")
                for f in figures:
                    label = VALUE_WORDS[f.value]() if f.value in VALUE_WORDS else f.value
                    if f.suppressed == "small":
                        print(f"  {label}: {school.fewer_than()} students, not shown")
                    elif f.suppressed:
                        print(f"  {label}: not shown, so that a smaller group cannot be worked out")
                    else:
                        print(
                            f"  {label}: {f.students} students, "
                            f"{_share(f.share_proficient)} proficient, "
                            f"{f.open_not_yet} not yet open"
                        )
            return EXIT_OK
        found_student = school.student_across(session, args.student)
        from cbe_desktop.core.settings import get_setting

        school_name = get_setting(session, "school")
    record = found_student.record
    if args.out:
        from cbe_desktop.reports.learner_record import build_learner_record

        build_learner_record(record, args.out, lang=args.lang, school=school_name)
        print(f"Printed the learner's record of {record.name} to {args.out}")
        return EXIT_OK
    if args.json:
        out = _record_json(record)
        out["teachers"] = {
            c.label: list(found_student.teachers.get(c.id, ())) for c in record.classes
        }
        print(json.dumps(out, ensure_ascii=False))
        return EXIT_OK
    print(f"{record.name}, student number {record.student_number or '—'}")
    for c in record.classes:
        who = ", ".join(found_student.teachers.get(c.id, ())) or "—"
        print(f"  {c.label}: {who}")
    for comp in record.competencies:
        print(f"{comp.code} {comp.title}: {comp.reached} of {len(comp.targets)} reached")
        for t in comp.targets:
            when = f" since {t.reached_on} ({t.reached_in})" if t.reached_on else ""
            print(f"  {t.code:<12} {t.status}{when}; {len(t.pieces)} pieces of evidence")
            for step in t.open_not_yet:
                print(f"    not yet: {step}")
    return EXIT_OK


def _progress_json(r) -> dict:  # type: ignore[no-untyped-def]
    return {
        "class": r.name,
        "class_id": r.class_id,
        "term": r.term,
        "grade": r.grade,
        "subject": r.subject,
        "teachers": list(r.teachers),
        "students": r.students,
        "targets": r.targets,
        "share_proficient": None if r.share_proficient is None else round(r.share_proficient, 4),
        "evidence": r.evidence,
        "open_not_yet": r.open_not_yet,
    }


def _attention_json(a) -> dict:  # type: ignore[no-untyped-def]
    return {
        "class": a.class_name,
        "teachers": list(a.teachers),
        "student": a.item.student,
        "student_id": a.item.student_id,
        "target": a.item.target_code,
        "kind": a.item.kind,
        "reason": str(a.item.reason),
    }


def _equity_json(found) -> dict:  # type: ignore[no-untyped-def]
    from cbe_desktop.core.school import SMALL_GROUP

    return {
        "students": found.students,
        "suppressed_under": SMALL_GROUP,
        "kinds": {
            kind: [
                {
                    "value": f.value,
                    "students": f.students,
                    "share_proficient": None
                    if f.share_proficient is None
                    else round(f.share_proficient, 4),
                    "open_not_yet": f.open_not_yet,
                    "suppressed": f.suppressed or None,
                }
                for f in figures
            ]
            for kind, figures in found.kinds.items()
        },
    }


def cmd_term(args: argparse.Namespace) -> int:
    from cbe_desktop.core.learner import find_student
    from cbe_desktop.core.new_term import start_new_term
    from cbe_desktop.core.roster import find_class

    with _open_store(args) as store:
        with store.read() as session:
            old = find_class(session, args.class_name)
            students = [find_student(session, s).id for s in args.student] if args.student else None
        made = start_new_term(
            store,
            old.id,
            name=args.name or old.name,
            term=args.term,
            student_ids=students,
            tasks_on=args.tasks_on,
        )
    print(
        f"Started {args.name or old.name} ({args.term}) with {made.targets} targets, "
        f"{made.tasks} tasks and {made.students} students; {old.name} ({old.term}) is archived."
    )
    return EXIT_OK


def cmd_marks(args: argparse.Namespace) -> int:
    from cbe_desktop.core import term_marks

    with _open_store(args) as store:
        if args.what == "rules":
            if args.preset or args.file:
                if args.file:
                    from cbe_desktop.interop.textfile import decode_text

                    try:
                        text = decode_text(args.file.read_bytes(), args.file.name)
                    except OSError as exc:
                        return _say(f"Could not read {args.file}: {exc.strerror}; check the name.")
                else:
                    text = term_marks.preset_text(args.preset)
                term_marks.save_rules(store, text)
                print("The school's rules for term marks are saved:")
            with store.read() as session:
                print(term_marks.school_rules_text(session))
            return EXIT_OK
        from cbe_desktop.core.roster import find_class

        with store.read() as session:
            school_class = find_class(session, args.class_name)
            if args.what != "show":
                return _marks_change(args, store, session, school_class)
            marks = term_marks.class_marks(session, school_class.id)
    rows = [
        {
            "student": s.name,
            **_mark_json(s.course),
            "competencies": [
                {"code": c.code, "title": c.title, **_mark_json(c.mark)} for c in s.competencies
            ],
            "modified": [
                {"target_id": tid, "note": note} for tid, note in sorted(s.modified.items())
            ],
        }
        for s in marks.students
    ]
    if args.json:
        for row in rows:  # each mark says its period, and whether the period is closed
            row["period"], row["closed_on"] = marks.period, marks.closed_on or None
        print(json.dumps(rows, ensure_ascii=False))
    else:
        state = f"closed on {marks.closed_on}" if marks.closed_on else "open"
        print(f"{marks.class_name}, {marks.period or 'no term'} ({state})")
        for row in rows:
            flag = " (set by the teacher)" if row["overridden"] else ""
            iep = f"; {len(row['modified'])} target(s) modified (IEP)" if row["modified"] else ""
            print(f"{row['student']:<28} {row['mark'] or '—':<4} {row['explanation']}{flag}{iep}")
    return EXIT_OK


def _mark_json(mark) -> dict:  # type: ignore[no-untyped-def]
    return {
        "mark": mark.mark,
        "explanation": str(mark.explanation),
        "frozen": mark.frozen,
        "overridden": mark.overridden,
        "calculated": mark.calculated if mark.overridden else None,
        "reason": mark.reason or None,
        "set_by": mark.set_by or None,
        "set_on": mark.set_on or None,
    }


def _marks_change(args, store, session, school_class) -> int:  # type: ignore[no-untyped-def]
    """marks override | close | reopen | modify | report-card, for one class."""
    from cbe_desktop.core import term_records
    from cbe_desktop.core.learner import find_student
    from cbe_desktop.core.term_marks import class_marks

    cid, name = school_class.id, school_class.name
    if args.what == "close":
        term_records.check_period(school_class, args.period)
        session.close()
        done = term_records.close_term(store, cid, period=args.period)
        print(
            f"Closed {school_class.term or 'the term'} of {name}: {done.marks} marks of "
            f"{done.students} students are stored; later evidence changes none of them."
        )
        return EXIT_OK
    if args.what == "reopen":
        period = term_records.check_period(school_class, args.period)
        if not args.yes:
            return _say(
                f"Reopening {period or 'the term'} of {name} lets later evidence change marks "
                "a family or the school may already have; run it again with --yes to reopen it."
            )
        session.close()
        term_records.reopen_term(store, cid, period=args.period)
        print(f"Reopened {period or 'the term'} of {name}: its marks follow the evidence again.")
        return EXIT_OK
    if args.what == "report-card":
        from cbe_desktop.reports.report_card import build_report_cards, gather_report_cards

        student = find_student(session, args.student).id if args.student else None
        cards = gather_report_cards(session, cid, student)
        session.close()
        if student is not None and not cards:
            return _say(f"{args.student} is not in {name}; name a student of the class.")
        count = build_report_cards(cards, args.out, lang=args.lang, pagesize=args.paper)
        print(f"Printed {count} report card(s) of {name} to {args.out}")
        return EXIT_OK
    student = find_student(session, args.student)
    if args.what == "modify":
        target_id = term_records.find_class_target(session, cid, args.target)
        session.close()
        if args.remove:
            term_records.unmodify_target(store, student.id, target_id)
            print(f"{args.target} is no longer modified for {student.display_name}.")
        else:
            term_records.modify_target(store, student.id, target_id, args.note)
            print(f"{args.target} is modified for {student.display_name}'s individual plan.")
        return EXIT_OK
    marks = class_marks(session, cid, live=True)
    subject = term_records.competency_subject(marks, args.competency)
    which = args.competency or "the course"
    session.close()
    if args.remove:
        term_records.remove_term_mark_override(store, cid, student.id, subject, period=args.period)
        print(f"{student.display_name}'s mark for {which} follows the school's rules again.")
        return EXIT_OK
    if args.mark is None or args.reason is None:
        return _say(
            "Give the mark and the reason (--mark B --reason '...'), or --remove to go back "
            "to the rules' mark."
        )
    term_records.override_term_mark(
        store, cid, student.id, subject, args.mark, args.reason, period=args.period
    )
    print(
        f"{student.display_name}'s mark for {which} is {args.mark.strip()}, "
        f"set by you: {args.reason.strip()}"
    )
    return EXIT_OK


def cmd_report(args: argparse.Namespace) -> int:
    from cbe_desktop.core import conference
    from cbe_desktop.core.roster import find_class
    from cbe_desktop.reports import build_class_summary, build_where_am_i
    from cbe_desktop.services import packets

    # The store stays open (and this copy named in the data folder) until the PDF is
    # whole, so a restore cannot start under it and a killed run leaves no half file.
    with _open_store(args) as store:
        with store.read() as session:
            school_class = find_class(session, args.class_name)
            student_id = None
            if getattr(args, "student", None):
                student_id = conference.find_student_in_class(
                    session, school_class.id, args.student
                )
            if args.what == "class-summary":
                summary = conference.class_summary_data(session, school_class.id)
            elif args.what == "where-am-i":
                sheet = conference.where_am_i_data(
                    session, school_class.id, student_id, lang=args.lang
                )
        if args.what == "class-summary":
            build_class_summary(summary, args.out, lang=args.lang, pagesize=args.paper)
            print(f"Wrote the class summary of {school_class.name} to {args.out}")
            return EXIT_OK
        if args.what == "where-am-i":
            build_where_am_i(sheet, args.out, lang=args.lang, pagesize=args.paper)
            print(f"Wrote the Where am I sheet of {sheet.student_name} to {args.out}")
            return EXIT_OK

        def progress(done: int, total: int, words: str) -> None:
            print(words, file=sys.stderr, flush=True)

        count = packets.write_packets(
            store,
            school_class.id,
            [student_id] if student_id else None,
            args.out,
            lang=args.lang,
            paper=args.paper,
            progress=progress,
        )
    noun = "packet" if count == 1 else "packets"
    print(f"Wrote {count} conference {noun} to {args.out}")
    return EXIT_OK


def _read_passphrase(path: Path | None) -> str | None:
    """The passphrase kept in a file (its first line), or None when no file is named."""
    if path is None:
        return None
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise CbeError(f"There is no passphrase file at {path}.") from None
    except (OSError, UnicodeDecodeError) as exc:
        reason = exc.strerror if isinstance(exc, OSError) else "it is not text"
        raise CbeError(f"The passphrase file {path} cannot be read ({reason}).") from None
    lines = text.splitlines()
    passphrase = lines[0] if lines else ""
    if not passphrase:
        raise CbeError(
            f"The passphrase file {path} is empty; write the passphrase on its first line."
        )
    return passphrase


def cmd_sync_export(args: argparse.Namespace) -> int:
    from cbe_desktop.sync.exchange import export_bundle, verify_bundle

    passphrase = _read_passphrase(args.passphrase_file)
    with _open_store(args) as store:
        summary = export_bundle(store, args.out, passphrase=passphrase, since_peer=args.since_last)
        verify_bundle(args.out, passphrase, check_rows=False, workdir=store.data_dir)
    for line in summary.lines():
        print(line)
    print("Read back and verified: the file is complete.")
    return EXIT_OK


def cmd_sync_import(args: argparse.Namespace) -> int:
    from cbe_desktop.sync.exchange import import_bundle, preview_import

    passphrase = _read_passphrase(args.passphrase_file)
    with _open_store(args) as store:
        if args.dry_run:
            summary = preview_import(store, args.file, passphrase)
        else:
            summary = import_bundle(store, args.file, passphrase)
    for line in summary.lines(per_table=args.dry_run):
        print(line)
    if args.dry_run:
        print("Dry run: nothing was changed.")
    return EXIT_OK


def cmd_sync(args: argparse.Namespace) -> int:
    return {"export": cmd_sync_export, "import": cmd_sync_import}[args.what](args)


def _teacher(store: Store, given: str | None) -> str:
    from cbe_desktop.core.settings import get_setting

    if given:
        return given.strip()
    with store.read() as session:
        return get_setting(session, "teacher").strip()


def _set_id(store: Store, name: str) -> str:
    from cbe_desktop.core.calibration import find_set

    with store.read() as session:
        return find_set(session, name).id


def cmd_calibration_new(args: argparse.Namespace) -> int:
    from cbe_desktop.core.calibration import make_set, pieces_of_task
    from cbe_desktop.core.roster import find_class
    from cbe_desktop.sync.calibration_files import write_set_file

    passphrase = _read_passphrase(args.passphrase_file)
    if not args.task and not args.evidence:
        raise CbeError("Name the work to calibrate on: --task TITLE, or --evidence ID ID ...")
    with _open_store(args) as store:
        evidence = list(args.evidence or [])
        if args.task:
            with store.read() as session:
                class_id = find_class(session, args.class_name).id if args.class_name else None
                evidence = pieces_of_task(session, args.task, class_id=class_id, count=args.pieces)
        set_id = make_set(
            store,
            args.title,
            evidence,
            leader=_teacher(store, args.leader),
            blind=not args.show_class_levels,
        )
        written = write_set_file(store, set_id, args.out, passphrase=passphrase)
    print(f"Made the calibration set {args.title!r} with {len(evidence)} pieces ({set_id}).")
    print(f"Wrote {written.path}: give it to each colleague who scores.")
    return EXIT_OK


def cmd_calibration_open(args: argparse.Namespace) -> int:
    from cbe_desktop.sync.calibration_files import open_set_file

    passphrase = _read_passphrase(args.passphrase_file)
    with _open_store(args) as store:
        opened = open_set_file(store, args.file, passphrase)
    if not opened.new:
        print(f"The calibration set {opened.title!r} was already on this laptop.")
    print(
        f"Opened {opened.title!r} from {opened.leader or 'a colleague'}: {opened.pieces} "
        f"pieces to score ({opened.set_id})."
    )
    return EXIT_OK


def cmd_calibration_score(args: argparse.Namespace) -> int:
    from cbe_desktop.core.calibration import find_piece, record_score

    with _open_store(args) as store:
        set_id = _set_id(store, args.set)
        with store.read() as session:
            piece = find_piece(session, set_id, args.piece)
        record_score(store, piece.id, _teacher(store, args.scorer), args.level, args.why)
    print(f"Scored piece {piece.label}: {args.level:g}.")
    return EXIT_OK


def cmd_calibration_return(args: argparse.Namespace) -> int:
    from cbe_desktop.sync.calibration_files import write_return_file

    passphrase = _read_passphrase(args.passphrase_file)
    with _open_store(args) as store:
        set_id = _set_id(store, args.set)
        scorer = _teacher(store, args.scorer)
        written = write_return_file(store, set_id, scorer, args.out, passphrase=passphrase)
    count = written.counts.get("calibration_score", 0)
    print(f"Wrote {written.path} with {count} scores of {scorer}: give it to the set's leader.")
    return EXIT_OK


def _print_agreement(store: Store, set_id: str) -> None:
    from cbe_desktop.core.agreement import agreement
    from cbe_desktop.core.calibration import load_set

    with store.read() as session:
        view = load_set(session, set_id)
    for sentence in agreement(view).sentences():
        print(sentence)


def cmd_calibration_gather(args: argparse.Namespace) -> int:
    from cbe_desktop.sync.calibration_files import gather_return

    passphrase = _read_passphrase(args.passphrase_file)
    with _open_store(args) as store:
        set_ids = []
        for path in args.files:
            got = gather_return(store, path, passphrase)
            set_ids.append(got.set_id)
            print(
                f"Gathered {path.name}: {got.scorer}, {got.added} new scores, "
                f"{got.replaced} replaced, {got.unchanged} already here."
            )
        for set_id in dict.fromkeys(set_ids):
            _print_agreement(store, set_id)
    return EXIT_OK


def cmd_calibration_agree(args: argparse.Namespace) -> int:
    from cbe_desktop.core.calibration import find_piece, record_consensus

    with _open_store(args) as store:
        set_id = _set_id(store, args.set)
        with store.read() as session:
            piece = find_piece(session, set_id, args.piece)
        done = record_consensus(store, piece.id, args.level, args.reason, exemplar=args.exemplar)
    extra = " It is now the rubric's exemplar for that level." if done.exemplar_ids else ""
    print(f"Recorded the group's level for piece {piece.label}: {args.level:g}.{extra}")
    return EXIT_OK


def cmd_calibration_report(args: argparse.Namespace) -> int:
    from cbe_desktop.core.calibration import exemplars_for, load_set
    from cbe_desktop.reports.calibration import build_calibration_report

    with _open_store(args) as store:
        set_id = _set_id(store, args.set)
        _print_agreement(store, set_id)
        if args.out is None:
            return EXIT_OK
        with store.read() as session:
            view = load_set(session, set_id)
            shown = exemplars_for(session, view.target_ids)
    from cbe_desktop.ui.i18n import speaker

    say = speaker(args.lang)  # before any file is written: a missing language writes none
    build_calibration_report(
        view, args.out, exemplars=shown, say=say, pagesize=args.paper, lang=args.lang
    )
    print(f"Wrote the calibration report to {args.out}")
    return EXIT_OK


def cmd_calibration_history(args: argparse.Namespace) -> int:
    from cbe_desktop.core.agreement import history, history_sentence, weight
    from cbe_desktop.core.calibration import live_sets, load_set
    from cbe_desktop.core.models import Target

    with _open_store(args) as store, store.read() as session:
        views = [load_set(session, s.id) for s in live_sets(session)]
        wanted = args.target.strip().casefold()
        target_ids = {
            t.id
            for v in views
            for t in v.targets
            if t.id == args.target or t.code.casefold() == wanted
        }
        if not target_ids:
            target = session.get(Target, args.target)
            raise CbeError(
                f"No calibration set scored work on {args.target!r}"
                + ("" if target else " (no target has that code)")
                + "; make one with 'cbe-desktop calibration new'."
            )
        for target_id in sorted(target_ids):
            sessions = history(views, target_id)
            for s in sessions:
                alpha = "—" if s.alpha is None else f"{s.alpha:.2f}"
                print(
                    f"{s.made_on}  {s.title}: {s.scorers} scorers, exact on {s.exact} of "
                    f"{s.compared}, alpha {alpha}"
                )
            print(history_sentence(sessions))
        if args.scorer:
            mine = [v for v in views if set(v.target_ids) & target_ids]
            print(weight(mine, args.scorer).sentence())
    return EXIT_OK


def cmd_calibration(args: argparse.Namespace) -> int:
    return {
        "new": cmd_calibration_new,
        "open": cmd_calibration_open,
        "score": cmd_calibration_score,
        "return": cmd_calibration_return,
        "gather": cmd_calibration_gather,
        "agree": cmd_calibration_agree,
        "report": cmd_calibration_report,
        "history": cmd_calibration_history,
    }[args.what](args)


def _password(path: Path | None, *, ask: bool) -> str | None:
    if path is not None:
        return _read_passphrase(path)
    if ask:
        import getpass

        return getpass.getpass("Password for the school hub: ")
    return None


def cmd_hub(args: argparse.Namespace) -> int:
    from cbe_desktop.core import hub

    if args.what == "init":
        hub.init_hub(args.url, args.data_dir)
        print(f"The school hub {hub.without_password(args.url)} is ready.")
        return EXIT_OK
    if args.what == "add-teacher":
        given = _password(args.password_file, ask=False)
        secret = hub.add_person(args.url, args.login, args.name, office=args.office, password=given)
        print(f"Added {args.name} as {args.login}; their laptop syncs with:")
        print(f"  {hub.url_for(args.url, args.login)}")
        if given is None:
            print(f"Password (give it to {args.name}, it is not shown again): {secret}")
        return EXIT_OK
    if args.what == "assign":
        with hub.open_hub(args.url, args.data_dir) as store:
            class_id = _find_class(store, args.class_name)
        hub.assign_class(args.url, args.login, class_id)
        print(f"{args.login} now teaches {args.class_name} on the hub.")
        return EXIT_OK
    if args.what == "login":
        secret = _password(args.password_file, ask=True) or ""
        hub.check_login(hub.with_secret(args.url, secret), args.data_dir)
        if not hub.remember_password(args.url, secret):
            raise CbeError(
                "This computer has no keyring to keep the password in; give it with "
                "PGPASSWORD or ~/.pgpass instead."
            )
        _remember_hub_url(args, hub.without_password(args.url))
        print("The password is kept in this computer's keyring; sync with 'cbe-desktop hub sync'.")
        return EXIT_OK
    return _hub_sync(args)


def _remember_hub_url(args: argparse.Namespace, url: str) -> None:
    from cbe_desktop.core.settings import set_setting

    with _open_store(_laptop(args)) as store, store.transaction() as tx:
        set_setting(tx, "hub_url", url)


def _laptop(args: argparse.Namespace) -> argparse.Namespace:
    """The same arguments, for the laptop's own store (never the --database)."""
    return argparse.Namespace(**{**vars(args), "database": None})


def _hub_sync(args: argparse.Namespace) -> int:
    from cbe_desktop.core import hub
    from cbe_desktop.core.settings import get_setting
    from cbe_desktop.sync.hub import sync_with_hub

    with _open_store(_laptop(args)) as laptop:
        if args.url:
            url = args.url
        else:
            with laptop.read() as session:
                url = get_setting(session, "hub_url")
        if not url:
            raise CbeError(
                "No school hub is set for this laptop; name it (cbe-desktop hub sync "
                "postgresql://login@host/database) or run 'cbe-desktop hub login' first."
            )
        with hub.open_hub(url, args.data_dir) as school:
            summary = sync_with_hub(laptop, school)
    for line in summary.lines():
        print(line)
    return EXIT_OK


def _find_class(store: Store, name: str) -> str:
    """The id of the hub's class named ``name`` (or with that id or sourcedId)."""
    from cbe_desktop.core.roster import find_class

    with store.read() as session:
        return find_class(session, name).id


COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    "demo": cmd_demo,
    "stats": cmd_stats,
    "classes": cmd_classes,
    "mastery": cmd_mastery,
    "backup": cmd_backup,
    "restore": cmd_restore,
    "check": cmd_check,
    "import": cmd_import,
    "export": cmd_export,
    "report": cmd_report,
    "learner": cmd_learner,
    "term": cmd_term,
    "marks": cmd_marks,
    "sync": cmd_sync,
    "calibration": cmd_calibration,
    "hub": cmd_hub,
    "school": cmd_school,
}


def _size_of(args: argparse.Namespace) -> dict[str, tuple[int, int]]:
    return {"screenshot_size": args.size} if args.size else {}


def _open_window(args: argparse.Namespace) -> int:
    from cbe_desktop import start_gc

    if not args.demo:  # (the demo class is built first: collect as usual while it is)
        start_gc.pause()  # until the window has painted (app.run resumes it)
    try:
        return _start_window(args)
    finally:
        start_gc.resume(freeze=False)  # a picture taken, or the window did not open


def _start_window(args: argparse.Namespace) -> int:
    from cbe_desktop.core.paths import DB_FILE, default_data_dir

    if not args.demo and not args.database:
        # The file's quick check runs while the window's libraries load (see core.paths).
        from cbe_desktop.core.sqlite_file import begin_quick_check

        begin_quick_check((args.data_dir or default_data_dir()) / DB_FILE)
    from cbe_desktop.app import run

    if not args.demo:
        return run(
            args.data_dir or default_data_dir(),
            screenshot=args.screenshot,
            page=args.page,
            **_size_of(args),
            open_file=args.open_file,
            database=args.database,
        )
    from cbe_desktop.core.demo import build_demo
    from cbe_desktop.core.store import Store
    from cbe_desktop.ui.i18n import resolve_language

    # A sandbox: a fresh demo class in a temporary folder, removed when the window closes.
    # It is written in the language the window will speak (the sandbox has no setting, so
    # the computer's language when there is a translation for it).
    sandbox = Path(tempfile.mkdtemp(prefix="cbe-desktop-demo-"))
    try:
        with Store.open(sandbox) as store:
            build_demo(store, language=resolve_language(""))
        return run(sandbox, screenshot=args.screenshot, demo=True, page=args.page, **_size_of(args))
    finally:
        shutil.rmtree(sandbox, ignore_errors=True)


def _parse(argv: list[str]) -> argparse.Namespace:
    """The arguments. Opening the window (no command named) reads only the window's
    options: building every command's options costs the window's start a fiftieth of a
    second. Anything else, a mistake included, goes to the whole command line."""
    if not any(word in COMMANDS or word in ("-h", "--help") for word in argv):
        args, rest = _window_parser().parse_known_args(argv)
        if not rest:
            args.command = None
            return args
    return _parser().parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    # A sync file opened with the program (double-clicked): `cbe-desktop FILE.cbesync`.
    open_file = None
    if argv and argv[-1].lower().endswith(".cbesync") and "sync" not in argv:
        open_file = Path(argv.pop())
    args = _parse(argv)
    args.open_file = open_file
    log_file = setup_logging(args.data_dir, verbose=args.verbose)
    try:
        if args.command is None:
            return _open_window(args)
        return COMMANDS[args.command](args)
    except CbeError as exc:
        return _say(str(exc))
    except KeyboardInterrupt:
        return _say("Stopped.", 130)
    except BrokenPipeError:
        return _reader_went_away()
    except Exception as exc:
        if os.environ.get("CBE_DESKTOP_DEBUG"):
            raise
        said = _explained(exc, args)
        if said is not None:
            log.warning("%s", said, exc_info=True)
            return _say(str(said))
        log.exception("unexpected error")
        where = f"the details are in {log_file}" if log_file else "run with -v to see details"
        return _say(
            f"cbe-desktop stopped because of an unexpected problem; nothing was half-saved, "
            f"and {where}."
        )


def _say(sentence: str, status: int = EXIT_ERROR) -> int:
    with contextlib.suppress(OSError):  # no terminal left to tell
        print(sentence, file=sys.stderr)
    return status


def _explained(exc: BaseException, args: argparse.Namespace) -> CbeError | None:
    """A disk or database failure that escaped a command, as its true sentence."""
    from cbe_desktop.core.failures import explain
    from cbe_desktop.core.store import default_data_dir

    return explain(exc, args.data_dir or default_data_dir())


def _reader_went_away() -> int:
    """Output piped into ``head`` (or a closed terminal): stop quietly, as Unix tools do.

    Python would complain again when it flushes stdout at exit; point stdout at nothing.
    """
    with contextlib.suppress(OSError, ValueError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    return EXIT_ERROR


if __name__ == "__main__":
    raise SystemExit(main())
