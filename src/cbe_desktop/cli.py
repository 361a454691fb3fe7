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


def _parser() -> argparse.ArgumentParser:
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

    p = sub.add_parser("export", help="export a framework to a file")
    what = p.add_subparsers(dest="what", metavar="WHAT", required=True)
    q = what.add_parser("targets", help="a framework as CASE 1.1 JSON (or CSV)")
    q.add_argument("--framework", required=True, metavar="F", help="the framework's title")
    q.add_argument("--out", required=True, type=Path, metavar="FILE")
    q.add_argument("--format", choices=("case", "csv"), default="case")
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
    return parser


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
        if store.db_path.stat().st_size and _has_classes(store):
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

    with _open_store(args) as store:
        dest = args.out or backups.manual_backup_path(store.backups_dir)
        backups.make_backup(store.db_path, dest, thorough=True)
    print(f"Backed up to {dest}")
    return EXIT_OK


def cmd_restore(args: argparse.Namespace) -> int:
    from cbe_desktop.core.store import default_data_dir
    from cbe_desktop.services.maintenance import restore_backup

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
    "sync": cmd_sync,
}


def _size_of(args: argparse.Namespace) -> dict[str, tuple[int, int]]:
    return {"screenshot_size": args.size} if args.size else {}


def _open_window(args: argparse.Namespace) -> int:
    from cbe_desktop.app import run
    from cbe_desktop.core.store import default_data_dir

    if not args.demo:
        return run(
            args.data_dir or default_data_dir(),
            screenshot=args.screenshot,
            page=args.page,
            **_size_of(args),
            open_file=args.open_file,
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


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    # A sync file opened with the program (double-clicked): `cbe-desktop FILE.cbesync`.
    open_file = None
    if argv and argv[-1].lower().endswith(".cbesync") and "sync" not in argv:
        open_file = Path(argv.pop())
    args = _parser().parse_args(argv)
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
