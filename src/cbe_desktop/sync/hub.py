"""Sync with the school hub: a file exchange, made directly over the database connection.

"Sync with the school hub" is two imports, each exactly what importing a sync file does
(the same checks of every row, the same merge rules and conflicts, the same sync history),
only the rows are read from the other store instead of from a file:

1. send: this laptop's rows the hub does not yet hold (the hub's own sync history says up
   to which of this laptop's stamps it holds everything) are merged into the hub, in one
   transaction on the hub;
2. receive: the hub's rows this laptop does not yet hold (by this laptop's sync history)
   are merged into the laptop, in one transaction on the laptop.

So nothing is lost, syncing twice changes nothing the second time, and the order of
laptops does not matter, for the same reasons as with files. If the network drops
mid-way, the step under way is rolled back whole by the server (or by SQLite), the step
before it stays done, and the next "Sync with the school hub" carries on from there:
nothing is sent twice that the hub has already confirmed. On the hub, a teacher's login
sees only their classes (row-level security, :mod:`cbe_desktop.core.hub`), so that is
all a laptop receives; what it sends for a class taught by someone else is refused by
the hub's policies, in one sentence.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy.exc import DBAPIError

from cbe_desktop import __version__
from cbe_desktop.core import hub as core_hub
from cbe_desktop.core import migrations
from cbe_desktop.core.errors import HubError
from cbe_desktop.core.ids import new_id
from cbe_desktop.core.phrases import QT_TRANSLATE_NOOP
from cbe_desktop.core.settings import get_setting
from cbe_desktop.core.store import Store, hub_failure
from cbe_desktop.sync import validate
from cbe_desktop.sync.bundle import (
    FORMAT_VERSION,
    LIMITS,
    TABLES,
    Manifest,
    Member,
    Since,
    blob_member,
    check_row,
    encode_row,
    parse_json,
)
from cbe_desktop.sync.exchange import (
    Cancelled,
    ImportSummary,
    Progress,
    import_source,
    received_until,
    table_rows,
)

log = logging.getLogger(__name__)

HUB_NAME = "school hub"

REFUSED = QT_TRANSLATE_NOOP(
    "Hub",
    "The school hub refused part of your work ({problem}); nothing was changed on the "
    "hub, and your laptop keeps everything: ask the school's IT person to check which "
    "classes your login teaches.",
)


@dataclass
class HubSyncSummary:
    """What one "Sync with the school hub" sent and received."""

    sent: ImportSummary
    received: ImportSummary
    left_out: int = 0  # records of classes this login does not teach, kept on the laptop

    def lines(self) -> list[str]:
        out: list[str] = [
            QT_TRANSLATE_NOOP("Hub", "Sent to the school hub: {counts}.")(
                counts=self.sent.totals.phrase()
            ),
            QT_TRANSLATE_NOOP("Hub", "Received from the school hub: {counts}.")(
                counts=self.received.totals.phrase()
            ),
        ]
        if self.left_out:
            out.append(
                QT_TRANSLATE_NOOP(
                    "Hub",
                    "{count} records of classes your login does not teach were not sent (they "
                    "stay on this laptop); their teacher sends them, or ask the school's IT "
                    "person to add you to the class.",
                )(count=f"{self.left_out:,}")
            )
        return out


class StoreSource:
    """The rows of one store that another has not yet received, as a sync file gives them.

    Read in one snapshot; every row is encoded and decoded exactly as a sync file's line
    is (``encode_row``, ``check_row``), so the receiver sees what a file would bring.
    Quacks like :class:`cbe_desktop.sync.bundle.Bundle` for the import.
    """

    def __init__(self, store: Store, *, peer: str, after_hlc: str | None) -> None:
        self._store = store
        self._rows: dict[str, list[dict[str, Any]]] = {}
        self.locked = False
        self.path = Path(HUB_NAME if store.is_hub else f"laptop {store.replica}")
        with store.read() as session:
            teacher = get_setting(session, "teacher")
            school = get_setting(session, "school")
            received = received_until(session)
        shas: set[str] = set()
        with store.snapshot() as snapshot:
            conn = snapshot.session.connection()
            gate = validate.Gate(snapshot.session, outgoing=True)
            for name in TABLES:
                rows = []
                for row in table_rows(conn, name, after_hlc, lambda _r: None, gate):
                    rows.append(check_row(name, parse_json(encode_row(row), LIMITS)))
                    if row.get("sha256"):
                        shas.add(row["sha256"])
                self._rows[name] = rows
            gate.finish()
            members = {}
            for sha in sorted(shas):
                size = self._blob_size(snapshot.session.connection(), sha)
                if size is not None:
                    members[blob_member(sha)] = Member(sha256=sha, size=size)
            created = snapshot.hlc
        self.manifest = Manifest(
            format_version=FORMAT_VERSION,
            app_version=__version__,
            schema_revision=migrations.head_revision(),
            bundle_id=new_id(),
            source_replica=store.replica,
            teacher=teacher,
            school=school,
            created_hlc=created,
            since=Since(peer=peer, after_hlc=after_hlc) if after_hlc else None,
            received=received,
            counts={name: len(rows) for name, rows in self._rows.items()},
            members=members,
        )

    def leave_out_what_is_not_yours(self, hub: Store) -> int:
        """Drop the rows the hub holds for classes this login does not teach (and what
        hangs on them): the hub's policies would refuse them, and the whole sync with
        them. Returns how many rows stay behind (they remain on the laptop)."""
        with hub.read() as session:
            conn = session.connection()
            if not core_hub.has_policies(conn):
                return 0
            hidden = {
                name: core_hub.hidden_ids(conn, name, (r["id"] for r in rows))
                for name, rows in self._rows.items()
            }
            every = [r for rows in self._rows.values() for r in rows]
            classes = hidden["school_class"] | core_hub.hidden_ids(
                conn, "school_class", (r["class_id"] for r in every if r.get("class_id"))
            )
            students = hidden["student"] | core_hub.hidden_ids(
                conn, "student", (r["student_id"] for r in every if r.get("student_id"))
            )
        enrolled_here = {
            r["student_id"]
            for r in self._rows.get("enrollment", [])
            if r["class_id"] not in classes
        }
        students -= enrolled_here
        dropped: set[str] = set()
        tasks_dropped = set(hidden.get("task", set()))
        for name in TABLES:
            kept = []
            for row in self._rows.get(name, []):
                out = (
                    row["id"] in hidden.get(name, set())
                    or row.get("class_id") in classes
                    or (row.get("class_id") is None and row.get("student_id") in students)
                    or (name == "task_rubric_descriptor" and row["task_id"] in tasks_dropped)
                    or (name == "conflict" and row["row_id"] in dropped)
                )
                if out:
                    dropped.add(row["id"])
                    if name == "task":
                        tasks_dropped.add(row["id"])
                else:
                    kept.append(row)
            self._rows[name] = kept
        self.manifest.counts.update({name: len(rows) for name, rows in self._rows.items()})
        return len(dropped)

    def _blob_size(self, conn: Any, sha: str) -> int | None:
        if self._store.is_hub:
            data = core_hub.get_blob(conn, sha)
            return None if data is None else len(data)
        path = self._store.blobs_dir / sha
        return path.stat().st_size if path.is_file() else None

    def rows(self, table: str) -> Iterator[dict[str, Any]]:
        return iter(self._rows.get(table, []))

    def blob(self, sha256: str) -> bytes:
        if self._store.is_hub:
            with self._store.read() as session:
                data = core_hub.get_blob(session.connection(), sha256) or b""
        else:
            data = (self._store.blobs_dir / sha256).read_bytes()
        if hashlib.sha256(data).hexdigest() != sha256:
            raise HubError(
                QT_TRANSLATE_NOOP(
                    "Hub",
                    "The attachment {name}… does not match its name; run 'cbe-desktop check' "
                    "and sync again.",
                )(name=sha256[:12])
            )
        return data

    def close(self) -> None:
        self._rows.clear()

    def __enter__(self) -> StoreSource:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _hub_said(exc: BaseException, hub: Store) -> BaseException:
    """A failure on the hub's side as the teacher's sentence (or ``exc`` itself)."""
    said = hub_failure(exc, hub.where)
    if said is not None:
        return said
    if isinstance(exc, DBAPIError):
        problem = str(getattr(exc, "orig", exc)).strip().splitlines()
        return HubError(REFUSED(problem=problem[0] if problem else ""))
    return exc


def send_to_hub(
    laptop: Store,
    hub: Store,
    *,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> ImportSummary:
    """Step 1: the laptop's rows the hub does not hold yet, merged into the hub."""
    return _send(laptop, hub, progress, cancelled)[0]


def _send(
    laptop: Store, hub: Store, progress: Progress | None, cancelled: Cancelled | None
) -> tuple[ImportSummary, int]:
    try:
        with hub.read() as session:
            mark = received_until(session).get(laptop.replica)
        source = StoreSource(laptop, peer=hub.replica, after_hlc=mark)
        with source:
            left_out = source.leave_out_what_is_not_yours(hub)
            summary = import_source(hub, source, progress=progress, cancelled=cancelled)
            return summary, left_out
    except (DBAPIError, OSError) as exc:
        raise _hub_said(exc, hub) from None


def receive_from_hub(
    laptop: Store,
    hub: Store,
    *,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> ImportSummary:
    """Step 2: the hub's rows the laptop does not hold yet, merged into the laptop."""
    with laptop.read() as session:
        mark = received_until(session).get(hub.replica)
    try:
        source = StoreSource(hub, peer=laptop.replica, after_hlc=mark)
    except (DBAPIError, OSError) as exc:
        raise _hub_said(exc, hub) from None
    with source:
        return import_source(laptop, source, progress=progress, cancelled=cancelled)


def sync_with_hub(
    laptop: Store,
    hub: Store,
    *,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> HubSyncSummary:
    """Send, then receive (see the module's words); each step whole or not at all."""
    sent, left_out = _send(laptop, hub, progress, cancelled)
    received = receive_from_hub(laptop, hub, progress=progress, cancelled=cancelled)
    log.info(
        "synced with the hub %s: sent %s, received %s", hub.where, sent.totals, received.totals
    )
    return HubSyncSummary(sent=sent, received=received, left_out=left_out)


__all__ = ["HubSyncSummary", "StoreSource", "receive_from_hub", "send_to_hub", "sync_with_hub"]
