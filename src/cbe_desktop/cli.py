"""The command line. No command opens the window; every command shares the core code.

Errors a teacher can cause (a wrong name, a bad file, an unwritable folder) print one
sentence on stderr and exit with status 1; never a traceback.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import shutil
import sys
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path

from cbe_desktop import __version__
from cbe_desktop.core.errors import CbeError
from cbe_desktop.core.logs import setup_logging

log = logging.getLogger("cbe_desktop")

EXIT_OK = 0
EXIT_ERROR = 1


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
    parser.add_argument("-v", "--verbose", action="store_true", help="log what happens")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    sub.add_parser("demo", help="add the demo classes to the store (again adds nothing)")
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
    return parser


def _open_store(args: argparse.Namespace):  # type: ignore[no-untyped-def]
    from cbe_desktop.core.store import Store

    return Store.open(args.data_dir)


def cmd_demo(args: argparse.Namespace) -> int:
    from cbe_desktop.core.demo import build_demo

    with _open_store(args) as store:
        result = build_demo(store)
    print("Added the demo classes." if result.created else "The demo classes are already here.")
    return EXIT_OK


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
                    {"name": r.name, "term": r.term, "students": r.students, "targets": r.targets}
                    for r in rows
                ],
                ensure_ascii=False,
            )
        )
    else:
        for r in rows:
            print(f"{r.name} ({r.term}): {r.students} students, {r.targets} targets")
        if not rows:
            print("No classes yet. Try 'cbe-desktop demo' to add the demo classes.")
    return EXIT_OK


def cmd_mastery(args: argparse.Namespace) -> int:
    from cbe_desktop.core.gradebook import class_grid
    from cbe_desktop.core.roster import find_class

    with _open_store(args) as store, store.read() as session:
        school_class = find_class(session, args.class_name)
        grid = class_grid(session, school_class.id)
    rows = []
    for r, student in enumerate(grid.students):
        for c, target in enumerate(grid.targets):
            cell = grid.cell(r, c)
            rows.append(
                {
                    "student": student.name,
                    "target": target.code,
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
            print(f"{row['student']:<28} {row['target']:<10} {estimate!s:>5} {row['status']}")
    return EXIT_OK


def cmd_backup(args: argparse.Namespace) -> int:
    from cbe_desktop.core import backups

    with _open_store(args) as store:
        dest = args.out or backups.manual_backup_path(store.backups_dir)
        backups.make_backup(store.db_path, dest)
    print(f"Backed up to {dest}")
    return EXIT_OK


def cmd_restore(args: argparse.Namespace) -> int:
    from cbe_desktop.core import backups
    from cbe_desktop.core.store import default_data_dir

    data_dir = args.data_dir or default_data_dir()
    safety = backups.restore(data_dir, args.file)
    print(f"Restored {args.file}. What was there before is kept in {safety}")
    return EXIT_OK


def cmd_check(args: argparse.Namespace) -> int:
    from cbe_desktop.core import backups

    with _open_store(args) as store:
        report = backups.check(store)
    for note in report.notes:
        print(note)
    if report.ok:
        print("The store is healthy.")
        return EXIT_OK
    for problem in report.problems:
        print(f"Problem: {problem}", file=sys.stderr)
    return EXIT_ERROR


COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    "demo": cmd_demo,
    "stats": cmd_stats,
    "classes": cmd_classes,
    "mastery": cmd_mastery,
    "backup": cmd_backup,
    "restore": cmd_restore,
    "check": cmd_check,
}


def _open_window(args: argparse.Namespace) -> int:
    from cbe_desktop.app import run
    from cbe_desktop.core.store import default_data_dir

    if not args.demo:
        return run(args.data_dir or default_data_dir(), screenshot=args.screenshot)
    from cbe_desktop.core.demo import build_demo
    from cbe_desktop.core.store import Store

    # A sandbox: a fresh demo class in a temporary folder, removed when the window closes.
    sandbox = Path(tempfile.mkdtemp(prefix="cbe-desktop-demo-"))
    try:
        with Store.open(sandbox) as store:
            build_demo(store)
        return run(sandbox, screenshot=args.screenshot, demo=True)
    finally:
        shutil.rmtree(sandbox, ignore_errors=True)


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    log_file = setup_logging(args.data_dir, verbose=args.verbose)
    try:
        if args.command is None:
            return _open_window(args)
        return COMMANDS[args.command](args)
    except CbeError as exc:
        print(str(exc), file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        print("Stopped.", file=sys.stderr)
        return 130
    except Exception:
        if os.environ.get("CBE_DESKTOP_DEBUG"):
            raise
        log.exception("unexpected error")
        where = f"the details are in {log_file}" if log_file else "run with -v to see details"
        print(
            f"cbe-desktop stopped because of an unexpected problem; nothing was half-saved, "
            f"and {where}.",
            file=sys.stderr,
        )
        return EXIT_ERROR


if __name__ == "__main__":
    raise SystemExit(main())
