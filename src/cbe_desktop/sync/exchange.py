"""Send and receive work: export a sync file, preview it, import it, verify it.

Import, in order: open the file and check its structure and every part's hash; then,
in ONE transaction, read every row once, check it (its shape, then the store's rules)
and merge it, table by table, parents first; the backup of the store is begun at the
first write (made meanwhile, from the store as it was). A refused row rolls everything
back (and the backup is thrown away): nothing is committed until every row has been
checked and the backup is made (or, when the file brings nothing new, the store
checked: :class:`backups.BackupBeforeWrite`). The merge's own work follows (twins,
conflicts), then the attachments (written beside the database, by hash, just before the
commit, so a committed row never names a missing file) and the exchange's line in the
sync history. A row the store holds byte
for byte (what it would write for its own row: a file received again) is counted
unchanged and read no further. Importing the same file twice changes no data the second
time; it does add a line to the sync history ("received again, nothing new"). A
cancelled or interrupted import leaves the store exactly as it was.

Export writes every row (or, for a named laptop, only the rows this laptop wrote after
the newest of its stamps that laptop has confirmed receiving) to a temporary file
beside the destination and renames it into place when complete. With a passphrase
(which must fit the rule for new files, ``crypto.check_new_passphrase``), the file is
locked as it is written: the students' work in the clear never reaches a disk, even
when the export is killed midway.

"Confirmed receiving": each sync file's manifest says, for every laptop this one has
heard from, up to which stamp of that laptop it holds everything (``received``). When
a file comes back from a laptop, this laptop records what it confirms, and the next
"what changed since the last exchange" for it starts there. A file that was lost on
the way, or not imported yet, is therefore sent again rather than skipped.
"""

from __future__ import annotations

import hashlib
import logging
import re
import sqlite3
from collections.abc import Callable, Iterable, Iterator
from contextlib import ExitStack
from dataclasses import asdict, dataclass, field
from datetime import datetime
from functools import partial
from itertools import islice, repeat
from operator import itemgetter
from pathlib import Path
from typing import Any

from sqlalchemy import JSON, Connection, and_, bindparam, exists, func, insert, select, update
from sqlmodel import Session
from sqlmodel import select as sm_select

from cbe_desktop import __version__
from cbe_desktop.core import backups, hub, migrations
from cbe_desktop.core.attachments import BlobBatch, write_blob
from cbe_desktop.core.errors import CbeError, NotFoundError
from cbe_desktop.core.ids import Stamp, new_id
from cbe_desktop.core.learner import collector_paused
from cbe_desktop.core.models import SyncLog
from cbe_desktop.core.phrases import QT_TRANSLATE_NOOP, Phrase, Template, join
from cbe_desktop.core.settings import get_setting
from cbe_desktop.core.store import Store
from cbe_desktop.sync import merge, stored_lines, validate
from cbe_desktop.sync.bundle import (
    LIMITS,
    TABLES,
    Bundle,
    BundleWriter,
    Manifest,
    Since,
    blob_member,
    columns,
    open_bundle,
    row_line,
)
from cbe_desktop.sync.errors import BundleError, ImportCancelled

log = logging.getLogger(__name__)

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]

BATCH = 500
_REPLICA_ID = re.compile(r"^[0-9a-f]{16}\Z")  # what core.ids.new_replica_id makes
CONFLICT_TABLE = "conflict"


# ----------------------------------------------------------------------------- summaries


@dataclass
class TableCounts:
    new: int = 0
    updated: int = 0
    unchanged: int = 0
    conflicts: int = 0
    flagged: int = 0  # stamped far in the future: never won automatically

    def add(self, other: TableCounts) -> None:
        self.new += other.new
        self.updated += other.updated
        self.unchanged += other.unchanged
        self.conflicts += other.conflicts
        self.flagged += other.flagged

    def phrase(self) -> Phrase:
        """``3 new, 1 updated, 40 unchanged, 1 conflict`` (a translatable phrase)."""
        args = {
            "new": _number(self.new),
            "updated": _number(self.updated),
            "unchanged": _number(self.unchanged),
            "conflicts": _count(self.conflicts, *_CONFLICTS),
        }
        if self.flagged:
            return QT_TRANSLATE_NOOP(
                "Sync",
                "{new} new, {updated} updated, {unchanged} unchanged, {conflicts}, "
                "{flagged} stamped far in the future",
            )(**args, flagged=_number(self.flagged))
        return QT_TRANSLATE_NOOP(
            "Sync", "{new} new, {updated} updated, {unchanged} unchanged, {conflicts}"
        )(**args)


def _number(n: int) -> str:
    return f"{n:,}"


def _count(n: int, one: Template, many: Template) -> Phrase:
    """``one`` when ``n`` is 1, else ``many`` with ``{count}`` filled in."""
    return one() if n == 1 else many(count=_number(n))


_CONFLICTS = (
    QT_TRANSLATE_NOOP("Sync", "1 conflict"),
    QT_TRANSLATE_NOOP("Sync", "{count} conflicts"),
)
_RECORDS = (QT_TRANSLATE_NOOP("Sync", "1 record"), QT_TRANSLATE_NOOP("Sync", "{count} records"))
_ATTACHMENTS = (
    QT_TRANSLATE_NOOP("Sync", "1 attachment"),
    QT_TRANSLATE_NOOP("Sync", "{count} attachments"),
)


def _when(stamp: str) -> str:
    try:
        return datetime.fromtimestamp(Stamp.parse(stamp).wall_ms / 1000).strftime("%Y-%m-%d %H:%M")
    except (ValueError, OverflowError, OSError):
        return QT_TRANSLATE_NOOP("Sync", "at an unknown time")()


@dataclass
class ImportSummary:
    """What a sync file holds and does to this store (before, or after, importing it)."""

    path: Path
    bundle_id: str
    source_replica: str
    teacher: str
    school: str
    created_hlc: str
    app_version: str
    locked: bool
    partial: bool  # only what changed since an earlier exchange
    tables: dict[str, TableCounts] = field(default_factory=dict)
    attachments_added: int = 0  # attachment files newly stored beside the database
    attachments_missing: int = 0  # attachments whose file is neither here nor in the file
    dry_run: bool = False
    #: The backup made just before the import (None: nothing of the teacher's work
    #: changed, a preview, or a school hub, whose server keeps the backups).
    backup: Path | None = None

    @property
    def totals(self) -> TableCounts:
        total = TableCounts()
        for counts in self.tables.values():
            total.add(counts)
        return total

    @property
    def created_at(self) -> str:
        return _when(self.created_hlc)

    @property
    def source(self) -> Phrase:
        """Whose laptop the file came from, and where: ``Ms Rivera's laptop at … (id)``."""
        who = {"teacher": self.teacher, "school": self.school, "replica": self.source_replica}
        if self.teacher and self.school:
            return QT_TRANSLATE_NOOP("Sync", "{teacher}'s laptop at {school} ({replica})")(**who)
        if self.teacher:
            return QT_TRANSLATE_NOOP("Sync", "{teacher}'s laptop ({replica})")(**who)
        if self.school:
            return QT_TRANSLATE_NOOP(
                "Sync", "a laptop with no teacher's name at {school} ({replica})"
            )(**who)
        return QT_TRANSLATE_NOOP("Sync", "a laptop with no teacher's name ({replica})")(**who)

    def lines(self, *, per_table: bool = False) -> list[str]:
        """The summary, one sentence a line (each a translatable phrase)."""
        kind = (
            QT_TRANSLATE_NOOP("Sync", "what changed since an earlier exchange")()
            if self.partial
            else QT_TRANSLATE_NOOP("Sync", "all its work")()
        )
        out: list[str] = [
            QT_TRANSLATE_NOOP("Sync", "From {source}, made {when} ({kind}).")(
                source=self.source, when=self.created_at, kind=kind
            )
        ]
        if per_table:
            for name, counts in self.tables.items():
                if counts.new or counts.updated or counts.unchanged or counts.conflicts:
                    out.append(join(": ", [f"  {name}", counts.phrase()]))
        brought = (
            QT_TRANSLATE_NOOP("Sync", "Would bring: {counts}.")
            if self.dry_run
            else QT_TRANSLATE_NOOP("Sync", "Brought: {counts}.")
        )
        out.append(brought(counts=self.totals.phrase()))
        if self.attachments_added and self.dry_run:
            out.append(
                _count(
                    self.attachments_added,
                    QT_TRANSLATE_NOOP("Sync", "1 attachment file would be stored."),
                    QT_TRANSLATE_NOOP("Sync", "{count} attachment files would be stored."),
                )
            )
        elif self.attachments_added:
            out.append(
                _count(
                    self.attachments_added,
                    QT_TRANSLATE_NOOP("Sync", "1 attachment file stored."),
                    QT_TRANSLATE_NOOP("Sync", "{count} attachment files stored."),
                )
            )
        if self.attachments_missing:
            out.append(
                _count(
                    self.attachments_missing,
                    QT_TRANSLATE_NOOP(
                        "Sync",
                        "1 attachment came without its file; "
                        "ask for a new sync file that includes them.",
                    ),
                    QT_TRANSLATE_NOOP(
                        "Sync",
                        "{count} attachments came without its file; "
                        "ask for a new sync file that includes them.",
                    ),
                )
            )
        if self.totals.conflicts:
            out.append(
                QT_TRANSLATE_NOOP(
                    "Sync", "Review the conflicts: both versions are kept until you choose."
                )()
            )
        return out


@dataclass
class ExportSummary:
    """What a written sync file holds."""

    path: Path
    bundle_id: str
    created_hlc: str
    size: int
    counts: dict[str, int]
    attachments: int
    attachments_missing: int
    locked: bool
    since_peer: str | None = None  # the laptop it was made for, when partial
    since_hlc: str | None = None  # rows this laptop wrote after this stamp
    peer_teacher: str = ""
    note: str = ""  # why a file asked to be partial holds everything

    @property
    def rows(self) -> int:
        return sum(self.counts.values())

    def lines(self) -> list[str]:
        """The summary, one sentence a line (each a translatable phrase)."""
        what = QT_TRANSLATE_NOOP("Sync", "everything on this laptop")()
        if self.since_hlc:
            what = QT_TRANSLATE_NOOP(
                "Sync", "what changed since {peer} last received from this laptop"
            )(peer=self.peer_teacher or self.since_peer or "")
        wrote = (
            QT_TRANSLATE_NOOP(
                "Sync",
                "Wrote {path} ({what}): {records} and {attachments}, {size} MB, "
                "locked with a passphrase.",
            )
            if self.locked
            else QT_TRANSLATE_NOOP(
                "Sync", "Wrote {path} ({what}): {records} and {attachments}, {size} MB, not locked."
            )
        )
        out: list[str] = [
            wrote(
                path=str(self.path),
                what=what,
                records=_count(self.rows, *_RECORDS),
                attachments=_count(self.attachments, *_ATTACHMENTS),
                size=f"{self.size / 1e6:.1f}",
            )
        ]
        if self.note:
            out.append(self.note)
        if self.attachments_missing:
            out.append(
                _count(
                    self.attachments_missing,
                    QT_TRANSLATE_NOOP(
                        "Sync",
                        "1 attachment file could not be included "
                        "(missing or damaged on this laptop); run 'cbe-desktop check'.",
                    ),
                    QT_TRANSLATE_NOOP(
                        "Sync",
                        "{count} attachment files could not be included "
                        "(missing or damaged on this laptop); run 'cbe-desktop check'.",
                    ),
                )
            )
        if not self.locked:
            out.append(
                QT_TRANSLATE_NOOP(
                    "Sync",
                    "Without a passphrase, anyone with the file can read the students' names.",
                )()
            )
        return out


# ----------------------------------------------------------------------------- helpers


def _batched(rows: Iterable[dict], n: int) -> Iterator[list[dict]]:
    it = iter(rows)
    while batch := list(islice(it, n)):
        yield batch


def _check(cancelled: Cancelled | None) -> None:
    if cancelled is not None and cancelled():
        raise ImportCancelled(
            QT_TRANSLATE_NOOP("Sync", "The import was cancelled; nothing was changed.")()
        )


class _FarFuture:
    """The clock's far-future test, fast for the many stamps that are plainly not."""

    def __init__(self, store: Store) -> None:
        self._clock = store.clock
        self.ok_upto = ""  # the newest stamp found not to be far in the future

    def __call__(self, stamp: str) -> bool:
        if stamp <= self.ok_upto:
            return False
        if self._clock.is_far_future(stamp):
            return True
        self.ok_upto = stamp
        return False


def _imports(session: Session) -> list[SyncLog]:
    """The sync history's imports, oldest first."""
    query = sm_select(SyncLog).where(SyncLog.direction == "import").order_by(SyncLog.hlc)  # type: ignore[arg-type]
    return list(session.exec(query))


def received_until(session: Session) -> dict[str, str]:
    """For each laptop heard from: up to which of its stamps this store holds everything."""
    out: dict[str, str] = {}
    for row in _imports(session):
        stamp = (row.counts or {}).get("received_until")
        if isinstance(stamp, str) and stamp > out.get(row.peer_replica, ""):
            out[row.peer_replica] = stamp
    return out


def _peer_confirms(session: Session, peer: str, me: str) -> str | None:
    """The newest of this laptop's stamps ``peer`` confirms holding everything up to."""
    best = None
    for row in _imports(session):
        if row.peer_replica != peer:
            continue
        confirmed = (row.counts or {}).get("peer_received_until")
        if (
            isinstance(confirmed, dict)
            and confirmed.get("replica") == me
            and isinstance(confirmed.get("hlc"), str)
            and (best is None or confirmed["hlc"] > best)
        ):
            best = confirmed["hlc"]
    return best


def resolve_peer(session: Session, name: str) -> tuple[str, str]:
    """The laptop (replica id, teacher) a teacher names by its id or its teacher's name.

    A teacher's name must be one the sync history knows (a typo is refused); a laptop
    id need not be (the laptop has simply not sent anything yet, and gets everything).
    """
    rows = _imports(session)
    wanted = name.strip()
    for row in reversed(rows):
        if row.peer_replica == wanted:
            return row.peer_replica, row.peer_teacher
    folded = wanted.casefold()
    matches: dict[str, str] = {}
    for row in rows:
        if row.peer_teacher.strip().casefold() == folded:
            matches[row.peer_replica] = row.peer_teacher
    if len(matches) == 1:
        return next(iter(matches.items()))
    if len(matches) > 1:
        raise CbeError(
            QT_TRANSLATE_NOOP(
                "Sync",
                "{count} laptops of {name} have sent files here; name one by its id ({ids}).",
            )(count=_number(len(matches)), name=wanted, ids=", ".join(sorted(matches)))
        )
    if _REPLICA_ID.match(wanted):
        return wanted, ""  # a laptop not heard from yet: it will get everything
    raise NotFoundError(
        QT_TRANSLATE_NOOP(
            "Sync",
            "No file from {name} has been received on this laptop; check the name, or "
            "send everything instead (leave out --since-last).",
        )(name=repr(wanted))
    )


# ----------------------------------------------------------------------------- export


def table_rows(
    conn: Connection,
    table_name: str,
    since: str | None,
    on_row: Callable[[dict], None],
    gate: validate.Gate,
) -> Iterator[dict[str, Any]]:
    """One table's rows as a sync file holds them (changed after ``since``, when given),
    each checked by ``gate``; shared by a file's export and the hub's exchange."""
    table = TABLES[table_name].__table__  # type: ignore[attr-defined]
    names = [c.name for c in columns(table_name)]
    query = select(*(table.c[n] for n in names)).order_by(table.c.id)
    if since is not None:
        query = query.where(table.c.seen_hlc > since)
    for values in conn.execute(query):
        row = dict(zip(names, values, strict=True))
        # A row every reader would refuse (a store from an older version may hold one)
        # stops the export here, in one sentence, rather than in every receiver.
        gate.row(table_name, row)
        on_row(row)
        yield row


def export_bundle(
    store: Store,
    path: Path | str,
    *,
    passphrase: str | None = None,
    since_peer: str | None = None,
    progress: Progress | None = None,
) -> ExportSummary:
    """Write a sync file: everything, or what changed since ``since_peer`` last received.

    ``since_peer`` names a laptop by its replica id or by its teacher's name, as the
    sync history records them. When that laptop has not yet confirmed receiving
    anything from this one, the file holds everything (and the summary says why).
    """
    path = Path(path)
    peer = peer_teacher = None
    mark = None
    note: str = ""
    with store.read() as session:
        if since_peer:
            peer, peer_teacher = resolve_peer(session, since_peer)
            mark = _peer_confirms(session, peer, store.replica)
            if mark is None:
                note = QT_TRANSLATE_NOOP(
                    "Sync",
                    "The file holds everything: {peer} has not yet "
                    "confirmed receiving a file from this laptop.",
                )(peer=peer_teacher or peer)
        teacher = get_setting(session, "teacher")
        school = get_setting(session, "school")
        received = received_until(session)

    shas: set[str] = set()
    done = total = missing = 0
    bundle_id = new_id()

    def on_row(row: dict) -> None:
        nonlocal done
        done += 1
        if row.get("sha256"):
            shas.add(row["sha256"])
        if progress is not None and done % 2000 == 0:
            progress(done, total)

    with (
        BundleWriter(path, passphrase=passphrase, workdir=store.data_dir) as writer,
        store.snapshot() as snapshot,
    ):
        conn = snapshot.session.connection()
        # Every row written after the snapshot gets a later stamp, so none is ever skipped.
        created = snapshot.hlc
        for name in TABLES:
            table = TABLES[name].__table__  # type: ignore[attr-defined]
            query = select(func.count()).select_from(table)
            if mark is not None:
                query = query.where(table.c.seen_hlc > mark)
            total += conn.execute(query).scalar_one()
        gate = validate.Gate(snapshot.session, outgoing=True)
        for name in TABLES:
            writer.add_table(name, table_rows(conn, name, mark, on_row, gate))
        gate.finish()
        for sha in sorted(shas):
            data = _local_blob(store, sha)
            if data is None:
                missing += 1
            else:
                writer.add_blob(sha, data)
        written = writer.finish(
            {
                "app_version": __version__,
                "schema_revision": migrations.head_revision(),
                "bundle_id": bundle_id,
                "source_replica": store.replica,
                "teacher": teacher,
                "school": school,
                "created_hlc": created,
                "since": {"peer": peer, "after_hlc": mark} if mark else None,
                "received": received,
            }
        )
    if progress is not None:
        progress(total, total)
    summary = ExportSummary(
        path=path,
        bundle_id=bundle_id,
        created_hlc=created,
        size=written.size,
        counts=written.counts,
        attachments=written.blobs,
        attachments_missing=missing,
        locked=bool(passphrase),
        since_peer=peer,
        since_hlc=mark,
        peer_teacher=peer_teacher or "",
        note=note,
    )
    with store.transaction() as tx:
        tx.add(
            SyncLog(
                id=new_id(),
                bundle_id=bundle_id,
                direction="export",
                peer_replica=peer or "",
                peer_teacher=peer_teacher or "",
                bundle_created_hlc=created,
                file_name=path.name,
                counts={
                    "tables": written.counts,
                    "rows": summary.rows,
                    "attachments": written.blobs,
                    "since": {"peer": peer, "after_hlc": mark} if mark else None,
                    "locked": bool(passphrase),
                },
            )
        )
    return summary


def _holds_blob(store: Store, conn: Connection, sha: str) -> bool:
    """Whether the store has the attachment file: beside the database, or in the hub."""
    if store.is_hub:
        return hub.has_blob(conn, sha)
    return (store.blobs_dir / sha).is_file()


def _keep_blob(store: Store, conn: Connection, sha: str, data: bytes) -> None:
    if store.is_hub:  # in the hub's database, in the import's transaction
        hub.put_blob(conn, sha, data)
    else:
        write_blob(store.blobs_dir, data)


def _local_blob(store: Store, sha: str) -> bytes | None:
    """An attachment's bytes from the blobs folder, if present, sound and not too large."""
    if store.is_hub:
        with store.read() as session:
            data = hub.get_blob(session.connection(), sha)
        return data if data is not None and hashlib.sha256(data).hexdigest() == sha else None
    path = store.blobs_dir / sha
    try:
        if path.stat().st_size > LIMITS.max_blob_bytes:
            return None
        data = path.read_bytes()
    except OSError:
        return None
    return data if hashlib.sha256(data).hexdigest() == sha else None


# ----------------------------------------------------------------------------- import


def verify_bundle(
    path: Path | str,
    passphrase: str | None = None,
    *,
    check_rows: bool = True,
    workdir: Path | None = None,
) -> Manifest:
    """Read a sync file back and check every part against its hash (and every row).

    Used after writing to a removable drive, before saying it is safe to remove.
    Raises BundleError (one sentence) when anything is amiss.
    """
    with open_bundle(path, passphrase, workdir=workdir) as bundle:
        if check_rows:
            bundle.check_rows()
        return bundle.manifest


def _summary(bundle: Bundle, *, dry_run: bool) -> ImportSummary:
    m = bundle.manifest
    return ImportSummary(
        path=bundle.path,
        bundle_id=m.bundle_id,
        source_replica=m.source_replica,
        teacher=m.teacher,
        school=m.school,
        created_hlc=m.created_hlc,
        app_version=m.app_version,
        locked=bundle.locked,
        partial=m.since is not None,
        tables={name: TableCounts() for name in TABLES},
        dry_run=dry_run,
    )


#: Tables whose every incoming row is read whole, even when held already: the gate
#: remembers their rows to check others by (levels, frameworks, classes, targets), and
#: an attachment row names a file that must be here.
_ALWAYS_READ = frozenset({"attachment", "scale_level", "framework", "school_class", "target"})

#: What every import writes, even one that brings nothing new: its line in the sync
#: history, and the clock's last stamp.
_WRITTEN_ALWAYS = (SyncLog.__tablename__, "replica")


def _json_text(writer: Callable[[Any], Any], value: Any) -> Any:
    """A JSON column's stored text: SQLAlchemy's, or ``[]`` for an empty list (the same)."""
    return "[]" if type(value) is list and not value else writer(value)


class _Rows:
    """Reads and writes the rows of synchronised tables in the import's transaction.

    On SQLite, through the driver's own ``executemany`` with each column's value made
    by its column type's own conversion (JSON text, booleans), so the stored values are
    exactly SQLAlchemy's; elsewhere (a school hub on PostgreSQL), through SQLAlchemy.
    """

    def __init__(self, conn: Connection) -> None:
        self.conn = conn
        self.raw = conn.dialect.name == "sqlite"
        self._known: dict[str, tuple[list[str], Any, Any]] = {}
        self._line_sql: dict[str, str | None] = {}
        self._no_lines: set[str] = set()  # tables whose lines SQLite does not write here

    def _columns(self, name: str) -> tuple[list[str], Any, Any]:
        if name not in self._known:
            self._known[name] = self._conversions(name)
        return self._known[name]

    def _conversions(self, name: str) -> tuple[list[str], Any, Any]:
        table = TABLES[name].__table__  # type: ignore[attr-defined]
        names = [c.name for c in columns(name)]
        assert names[0] == "id", name  # update() puts it last
        dialect = self.conn.dialect
        # The columns whose values SQLAlchemy converts, with its own conversions (those
        # it applies itself: the type as the dialect implements it).
        readers = []
        writers = []
        for i, column_name in enumerate(names):
            kind = table.c[column_name].type.dialect_impl(dialect)
            reader = kind.result_processor(dialect, None)
            if reader is not None:
                readers.append((i, reader))
            writer = kind.bind_processor(dialect)
            if writer is not None:
                if isinstance(kind, JSON):  # an empty list, the usual value, without JSON
                    writer = partial(_json_text, writer)
                writers.append((i, writer))
        return names, readers, writers

    def fetch(self, name: str, ids: list[str]) -> dict[str, dict]:
        """This store's rows with these ids (every synced column but ``seen_hlc``), by id."""
        out: dict[str, dict] = {}
        if not ids:
            return out
        if not self.raw:
            table = TABLES[name].__table__  # type: ignore[attr-defined]
            for start in range(0, len(ids), BATCH):
                query = select(table).where(table.c.id.in_(ids[start : start + BATCH]))
                for values in self.conn.execute(query):
                    row = dict(values._mapping)
                    row.pop("seen_hlc", None)
                    out[row["id"]] = row
            return out
        names, readers, _writers = self._columns(name)
        found = self._select(name, ", ".join(names), ids)
        if not found:
            return out
        records: Iterable[tuple] = found
        if readers:
            # Converted a column at a time (SQLAlchemy's own conversions, see _conversions).
            by_column: list[Any] = list(zip(*found, strict=True))
            for i, reader in readers:
                # An empty list, the usual value of a JSON column, without JSON.
                by_column[i] = [[] if v == "[]" else reader(v) for v in by_column[i]]
            records = zip(*by_column, strict=True)
        wanted = set(ids)
        for record in records:
            if record[0] in wanted:
                out[record[0]] = dict(zip(names, record, strict=True))
        return out

    def _select(self, name: str, what: str, ids: list[str]) -> list[tuple]:
        """``SELECT what FROM name`` for the rows with these ids (and, read as a range,
        maybe others between them: the caller keeps those it asked for)."""
        select_from = f"SELECT {what} FROM {name} WHERE "
        found: list[tuple] = []
        cursor = self._cursor()
        try:
            # A run of ids in order (a whole file's run of lines, as export writes them)
            # is read as one range of the primary key, unless the store holds many more
            # rows in that range than were asked for (a partial file): then by id.
            limit = 2 * len(ids) + 64
            by_range = len(ids) > 1 and ids == sorted(ids)
            if by_range:
                cursor.execute(
                    select_from + "id >= ? AND id <= ? ORDER BY id LIMIT ?",
                    (ids[0], ids[-1], limit),
                )
                found = cursor.fetchall()
            if not by_range or len(found) >= limit:
                found = []
                for start in range(0, len(ids), BATCH):
                    part = ids[start : start + BATCH]
                    cursor.execute(select_from + "id IN (" + ",".join("?" * len(part)) + ")", part)
                    found += cursor.fetchall()
        finally:
            cursor.close()
        return found

    def lines(self, name: str, ids: list[str]) -> list[tuple[str, str, str | None]] | None:
        """(id, stamp, line) of this store's rows with these ids (maybe others between
        them), each line written by SQLite as the file writes it, or None where it could
        not be sure to (see :mod:`.stored_lines`). None when SQLite cannot write this
        table's lines at all (then :meth:`fetch` and ``row_line`` do it)."""
        if not self.raw or name in self._no_lines:
            return None
        if name not in self._line_sql:
            cursor = self._cursor()
            try:
                declared = [
                    (column, kind)
                    for _cid, column, kind, *_rest in cursor.execute(f"PRAGMA table_info({name})")
                ]
            finally:
                cursor.close()
            self._line_sql[name] = stored_lines.line_sql(name, stored_lines.text_columns(declared))
        sql = self._line_sql[name]
        if sql is None:
            self._no_lines.add(name)
            return None
        if not ids:
            return []
        try:
            return self._select(name, f"id, hlc, {sql}", ids)  # type: ignore[return-value]
        except sqlite3.OperationalError as exc:
            # An SQLite without its JSON functions, or a value it cannot write (a BLOB
            # where text belongs): this table's rows are read and compared in Python.
            log.debug("the store's lines of %s are compared in Python: %s", name, exc)
            self._no_lines.add(name)
            return None

    def holds_any(self, name: str) -> bool:
        """Whether this store holds any row of the table (deleted ones too)."""
        table = TABLES[name].__table__  # type: ignore[attr-defined]
        return self.conn.execute(select(table.c.id).limit(1)).first() is not None

    def _cursor(self) -> Any:
        """A cursor of the driver's connection, in the import's transaction."""
        return self.conn.connection.dbapi_connection.cursor()  # type: ignore[union-attr]

    @staticmethod
    def _params(
        rows: list[dict], names: list[str], writers: Any, seen: str, *, id_last: bool
    ) -> list[tuple]:
        """Each row's values in ``names``' order, each converted as SQLAlchemy converts
        it (a column at a time), then ``seen`` (and the id last, for UPDATE ... WHERE)."""
        if not rows:
            return []
        by_column: list[Any] = [list(map(itemgetter(name), rows)) for name in names]
        for i, writer in writers:
            by_column[i] = list(map(writer, by_column[i]))
        by_column.append(repeat(seen, len(rows)))
        if id_last:
            by_column.append(by_column.pop(0))
        return list(zip(*by_column, strict=True))

    def insert(self, name: str, rows: list[dict], seen: str) -> None:
        """Insert these rows (every synced column), their ``seen_hlc`` being ``seen``."""
        if not self.raw:
            table = TABLES[name].__table__  # type: ignore[attr-defined]
            self.conn.execute(insert(table), [{**row, "seen_hlc": seen} for row in rows])
            return
        names, _readers, writers = self._columns(name)
        sql = (
            f"INSERT INTO {name} ({', '.join(names)}, seen_hlc) "
            f"VALUES ({', '.join('?' * (len(names) + 1))})"
        )
        self._executemany(sql, self._params(rows, names, writers, seen, id_last=False))

    def update(self, name: str, rows: list[dict], seen: str) -> None:
        """Write these versions over the rows of their ids, their ``seen_hlc`` being ``seen``."""
        if not self.raw:
            table = TABLES[name].__table__  # type: ignore[attr-defined]
            query = update(table).where(table.c.id == bindparam("b_row_id"))
            self.conn.execute(
                query, [{**row, "seen_hlc": seen, "b_row_id": row["id"]} for row in rows]
            )
            return
        names, _readers, writers = self._columns(name)
        sets = ", ".join(f"{n} = ?" for n in [*names[1:], "seen_hlc"])
        params = self._params(rows, names, writers, seen, id_last=True)
        self._executemany(f"UPDATE {name} SET {sets} WHERE id = ?", params)

    def _executemany(self, sql: str, params: list[tuple]) -> None:
        cursor = self._cursor()
        try:
            cursor.executemany(sql, params)
        finally:
            cursor.close()


class _Merger:
    """Applies one sync file (or another store's rows) inside one open transaction.

    With a ``gate``, each row is checked against the store's rules as it is read (the
    file's rows have not been checked before): a broken rule raises, and the
    transaction, rolled back, leaves nothing. ``checked()`` is called once every row of
    the file has been read and checked, before the merge's own work (twins, conflicts).
    """

    def __init__(
        self,
        store: Store,
        conn: Connection,
        bundle: Bundle | Any,
        summary: ImportSummary,
        *,
        seen: str,
        progress: Callable[[int], None],
        cancelled: Cancelled | None,
        gate: validate.Gate | None = None,
        checked: Callable[[], None] | None = None,
        guard: backups.BackupBeforeWrite | None = None,
    ) -> None:
        self.store = store
        self.conn = conn
        self.bundle = bundle
        self.summary = summary
        self.seen = seen
        self.progress = progress
        self.cancelled = cancelled
        self.gate = gate
        self.checked = checked
        self.guard = guard
        self.far_future = _FarFuture(store)
        self.candidates: dict[str, dict] = {}  # conflicts found here, by id
        self.attachment_shas: set[str] = set()
        self.rows = _Rows(conn)
        #: This store's versions of the rows about to be merged, read with their lines
        #: (see _held), and the ids then found to be not here: for the table being read.
        self._local: dict[str, dict] = {}
        self._absent: set[str] = set()
        self._empty = False  # the table being read had no row when its reading began

    def run(self) -> None:
        # The conflict rows of the file come with the others: the twins and conflicts
        # found below read other tables only, and every row is checked before them.
        for name in TABLES:
            self._merge_table(name)
            if self.guard is not None:
                self.guard.idle()
        if self.gate is not None:
            self.gate.finish()
        if self.checked is not None:
            self.checked()
        for name in merge.NATURAL_KEYS:
            self._settle_twins(name)
        for name in ("student", "target"):
            for row in self._deleted_with_newer_evidence(name):
                self._propose(merge.deletion_conflict_row(name, row))
        for successors in self._forked_corrections():
            for conflict in merge.forked_corrections(successors):
                self._propose(conflict)
        # Conflicts found here: merged like incoming conflict rows (the same conflict
        # met on another laptop is the same row), and counted where the row lives.
        found = sorted(self.candidates.values(), key=lambda r: r["id"])
        for batch in _batched(found, BATCH):
            self._merge_batch(CONFLICT_TABLE, batch, found_here=True)

    def _propose(self, conflict: dict) -> None:
        old = self.candidates.get(conflict["id"])
        if old is None or merge.order_key(conflict) > merge.order_key(old):
            self.candidates[conflict["id"]] = conflict

    def _merge_table(self, name: str) -> None:
        # A table this store holds no row of (a first import): no line can be one it
        # holds, and no version of any is here (only this loop writes to the table, and
        # the file's ids are never repeated), so none is looked for.
        self._empty = not self.rows.holds_any(name)
        if (
            isinstance(self.bundle, Bundle)
            and self.rows.raw
            and name not in _ALWAYS_READ
            and not self._empty
        ):
            rows: Iterable[dict] = self.bundle.rows(name, held=partial(self._held, name))
        else:
            rows = self.bundle.rows(name)
        gate = self.gate
        try:
            for batch in _batched(rows, BATCH):
                _check(self.cancelled)
                if gate is not None:
                    gate.rows(name, batch)
                self._merge_batch(name, batch)
                self.progress(len(batch))
        finally:
            self._local.clear()
            self._absent.clear()
            self._empty = False

    def _versions_here(self, name: str, batch: list[dict]) -> dict[str, dict]:
        """This store's versions of a batch of incoming rows (those it has), by id."""
        local: dict[str, dict] = {}
        if self._empty:
            return local
        missing: list[str] = []
        pop = self._local.pop
        absent = self._absent
        for row in batch:
            row_id = row["id"]
            found = pop(row_id, None)
            if found is not None:
                local[row_id] = found
            elif row_id in absent:
                absent.discard(row_id)
            else:
                missing.append(row_id)
        if missing:
            local.update(self.rows.fetch(name, missing))
        return local

    def _held(self, name: str, lines: list[bytes]) -> dict[bytes, str]:
        """Of a run of the file's lines, those this store holds byte for byte: what it
        would write for its own row (a file received again). Such a line is a version
        held already, and each of its values one this store holds: it is counted
        unchanged and read no further. The store's lines are written by SQLite in the
        statement that reads them (see :mod:`.stored_lines`), or else read and written
        in Python; then the store's versions of the other lines are kept for their merge."""
        ids: dict[str, bytes] = {}
        for line in lines:
            if line.startswith(b'{"id":"'):
                end = line.find(b'"', 7)
                try:
                    ids[line[7:end].decode("utf-8")] = line
                except UnicodeDecodeError:
                    continue
        if not ids:
            return {}
        known: dict[bytes, str] = {}
        written = self.rows.lines(name, list(ids))
        if written is None:
            self._held_here(name, ids, known)
        else:
            # SQLite wrote this store's line of each row (see stored_lines); a row it
            # could not write (None) is read whole, with the lines that differ.
            here: set[str] = set()
            stamps: list[str] = []
            for row_id, stamp, text in written:
                asked = ids.get(row_id)
                if asked is None:
                    continue  # a row between two of the file's ids: not asked for
                here.add(row_id)
                if text is not None and text.encode("utf-8") == asked:
                    known[asked] = row_id
                    stamps.append(stamp)
            self._absent.update(i for i in ids if i not in here)
            far_future = self.far_future
            if stamps and max(stamps) > far_future.ok_upto and far_future(max(stamps)):
                for stamp in stamps:  # as for every incoming version (one is far ahead)
                    if stamp > far_future.ok_upto:
                        far_future(stamp)
        self.summary.tables[name].unchanged += len(known)
        if known:
            _check(self.cancelled)
            self.progress(len(known))
        return known

    def _held_here(self, name: str, ids: dict[str, bytes], known: dict[bytes, str]) -> None:
        """:meth:`_held` with the store's rows read and written as lines in Python."""
        local = self.rows.fetch(name, list(ids))
        self._absent.update(i for i in ids if i not in local)
        far_future = self.far_future
        for row_id, row in local.items():
            line = ids[row_id]
            if row_line(row) == line:
                known[line] = row_id
                if row["hlc"] > far_future.ok_upto:
                    far_future(row["hlc"])  # as for every incoming version
            else:
                self._local[row_id] = row

    def _merge_batch(self, name: str, batch: list[dict], *, found_here: bool = False) -> None:
        model = TABLES[name]
        append_only = model.append_only
        if found_here:
            local = self.rows.fetch(name, [row["id"] for row in batch])
        else:
            local = self._versions_here(name, batch)
        inserts: list[dict] = []
        updates: list[dict] = []
        here = self.summary.tables[name]
        for row in batch:
            current = local.get(row["id"])
            if not found_here:
                # Tracks the newest stamp to move the clock past, and says whether this
                # one is far in the future.
                far_ahead = self.far_future(row["hlc"])
                if name == "attachment":
                    self.attachment_shas.add(row["sha256"])
                if current is None:  # a row not here yet: taken as it came (merge_row)
                    here.new += 1
                    here.flagged += far_ahead
                    inserts.append(row)
                    continue
            outcome = merge.merge_row(
                name,
                current,
                row,
                is_far_future=self.far_future,
                append_only=append_only,
                record_conflicts=name != CONFLICT_TABLE,
            )
            counts = self.summary.tables[
                row["table_name"] if found_here and row["table_name"] in TABLES else name
            ]
            if found_here:
                if outcome.action != "keep":
                    counts.conflicts += 1
            elif outcome.action == "insert":
                counts.new += 1
            elif outcome.action == "update":
                counts.updated += 1
            else:
                counts.unchanged += 1
            if outcome.flagged and not found_here:
                counts.flagged += 1
            if outcome.action == "insert":
                inserts.append(row)
            elif outcome.action == "update":
                updates.append(row)
            if outcome.conflict is not None:
                self._propose(outcome.conflict)
        if (inserts or updates) and self.guard is not None:
            self.guard.writing()  # the backup, begun before the first write
        if inserts:
            self.rows.insert(name, inserts, self.seen)
        if updates:
            self.rows.update(name, updates, self.seen)

    def _settle_twins(self, name: str) -> None:
        """Two or more live rows for one thing (see merge.NATURAL_KEYS): the newest stays
        in use, each other is set aside (deleted), and kept in a conflict if it differs."""
        _check(self.cancelled)
        table = TABLES[name].__table__  # type: ignore[attr-defined]
        key = merge.NATURAL_KEYS[name]
        live = table.c.deleted_hlc.is_(None)
        twice = (
            select(*(table.c[k] for k in key))
            .where(live)
            .group_by(*(table.c[k] for k in key))
            .having(func.count() > 1)
            .subquery()
        )
        query = (
            select(table)
            .join(twice, and_(*(table.c[k] == twice.c[k] for k in key)))
            .where(live)
            .order_by(table.c.id)
        )
        groups: dict[tuple, list[dict]] = {}
        for values in self.conn.execute(query):
            row = dict(values._mapping)
            row.pop("seen_hlc", None)
            groups.setdefault(merge.natural_key(name, row), []).append(row)
        updates = []
        for rows in groups.values():
            for deleted, conflict in merge.settle_twins(name, rows):
                self.far_future(deleted["hlc"])  # the clock moves past the stamp it bears
                updates.append({**deleted, "seen_hlc": self.seen, "b_row_id": deleted["id"]})
                if conflict is not None:
                    self._propose(conflict)
        if updates and self.guard is not None:
            self.guard.writing()
        for batch in _batched(updates, BATCH):
            self.conn.execute(update(table).where(table.c.id == bindparam("b_row_id")), batch)

    def _deleted_with_newer_evidence(self, name: str) -> list[dict]:
        table = TABLES[name].__table__  # type: ignore[attr-defined]
        evidence = TABLES["evidence"].__table__  # type: ignore[attr-defined]
        link = evidence.c.student_id if name == "student" else evidence.c.target_id
        query = select(table).where(
            table.c.deleted_hlc.is_not(None),
            exists().where(link == table.c.id, evidence.c.hlc > table.c.deleted_hlc),
        )
        rows = []
        for values in self.conn.execute(query):
            row = dict(values._mapping)
            row.pop("seen_hlc", None)
            rows.append(row)
        return rows

    def _forked_corrections(self) -> list[list[dict]]:
        """Evidence corrected (superseded) on two or more laptops, successors grouped."""
        evidence = TABLES["evidence"].__table__  # type: ignore[attr-defined]
        forked = (
            select(evidence.c.supersedes)
            .where(evidence.c.supersedes.is_not(None))
            .group_by(evidence.c.supersedes)
            .having(func.count(evidence.c.origin.distinct()) > 1)
        )
        groups: dict[str, list[dict]] = {}
        for values in self.conn.execute(
            select(evidence).where(evidence.c.supersedes.in_(forked.scalar_subquery()))
        ):
            row = dict(values._mapping)
            row.pop("seen_hlc", None)
            groups.setdefault(row["supersedes"], []).append(row)
        return [groups[key] for key in sorted(groups)]


class _DryRun(Exception):
    """Ends a preview's transaction: everything it did is rolled back."""


# Python's cycle collector rests while a file is merged (as while a class's term marks are
# counted, see collector_paused): its hundred thousand rows make no reference cycle, and
# the collector, started every few hundred new objects, walked the program's every object
# again and again: about a tenth of a school year's first import.
@collector_paused()
def _apply(
    store: Store,
    bundle: Bundle,
    *,
    dry_run: bool,
    progress: Progress | None,
    cancelled: Cancelled | None,
    done_before: int,
    total: int,
    check: bool = False,
    guard: backups.BackupBeforeWrite | None = None,
) -> ImportSummary:
    """Merge ``bundle`` in one transaction. ``check``: its rows have not been checked yet;
    each is checked against the store's rules (as the store was before the import) as it
    is read, and any broken rule rolls everything back. ``guard``: the backup before the
    first write (begun by it, waited for once every row has been read and checked, kept
    before anything is committed; see :class:`backups.BackupBeforeWrite`)."""
    summary = _summary(bundle, dry_run=dry_run)
    manifest = bundle.manifest
    done = done_before
    reading = ExitStack()  # the store as it was, for the gate

    def all_read() -> None:
        reading.close()
        if not dry_run:
            store.clock.observe(seen, force=True)
        if guard is not None:
            guard.settle()  # a damaged store or a full disk stops here, before any commit

    def step(n: int) -> None:
        nonlocal done
        done += n
        if progress is not None:
            progress(done, total)

    try:
        gate = validate.Gate(reading.enter_context(store.read())) if check else None
        with store.transaction() as tx:
            conn = tx.session.connection()
            # The stamp of the import, for the rows it writes: the clock's next, issued (the
            # clock moved past it) only once every row has been read and checked, so that
            # a refused file leaves the clock, and the store, as they were. Nothing else
            # draws a stamp meanwhile: the transaction holds the store's write lock. In a
            # preview nothing may change, not even this laptop's clock.
            seen = store.clock.last if dry_run else str(Stamp.parse(store.clock.last).following())
            merger = _Merger(
                store,
                conn,
                bundle,
                summary,
                seen=seen,
                progress=step,
                cancelled=cancelled,
                gate=gate,
                checked=all_read,
                guard=guard,
            )
            merger.run()
            if guard is not None:
                # Before anything is committed (and before the attachments' files): the
                # backup, or, when nothing of the teacher's work changed, the check.
                summary.backup = guard.keep()
            # Attachments last, just before the commit: a committed row never names a
            # missing file (a file written for a transaction that then fails is harmless:
            # it is named by its content, and the next import finds it there).
            _check(cancelled)
            files = None if store.is_hub or dry_run else BlobBatch(store.blobs_dir)
            try:
                for sha in sorted(merger.attachment_shas):
                    if _holds_blob(store, conn, sha):
                        continue
                    if blob_member(sha) not in manifest.members:
                        summary.attachments_missing += 1
                        continue
                    if files is not None:
                        files.add(bundle.blob(sha))
                    elif not dry_run:
                        _keep_blob(store, conn, sha, bundle.blob(sha))
                    summary.attachments_added += 1
                    step(1)
                if files is not None:
                    files.finish()
            finally:
                if files is not None:
                    files.discard()
            if dry_run:
                raise _DryRun
            if merger.far_future.ok_upto:
                store.clock.observe(merger.far_future.ok_upto)
            previous = received_until(tx.session).get(manifest.source_replica)
            tx.add(
                SyncLog(
                    id=new_id(),
                    bundle_id=manifest.bundle_id,
                    direction="import",
                    peer_replica=manifest.source_replica,
                    peer_teacher=manifest.teacher,
                    bundle_created_hlc=manifest.created_hlc,
                    file_name=bundle.path.name,
                    counts=_log_counts(store, manifest, summary, previous),
                )
            )
            _check(cancelled)
    except _DryRun:
        pass
    finally:
        reading.close()
    if progress is not None:
        progress(total, total)
    return summary


def _log_counts(
    store: Store, manifest: Manifest, summary: ImportSummary, previous: str | None
) -> dict[str, Any]:
    since: Since | None = manifest.since
    # What this store now holds of the source laptop's work: everything up to the
    # file's stamp, if the file was complete or continues what was held already.
    complete = since is None or (
        since.peer == store.replica and previous is not None and since.after_hlc <= previous
    )
    received = manifest.created_hlc if complete else previous
    if previous is not None and received is not None and previous > received:
        received = previous
    confirmed = manifest.received.get(store.replica)
    totals = summary.totals
    return {
        **asdict(totals),
        "tables": {
            name: asdict(c)
            for name, c in summary.tables.items()
            if c.new or c.updated or c.conflicts or c.flagged
        },
        "attachments_added": summary.attachments_added,
        "since": {"peer": since.peer, "after_hlc": since.after_hlc} if since else None,
        "received_until": received,
        "peer_received_until": {"replica": store.replica, "hlc": confirmed} if confirmed else None,
    }


def preview_import(store: Store, path: Path | str, passphrase: str | None = None) -> ImportSummary:
    """What importing the file would do (new, updated, unchanged, conflicts), changing nothing.

    Checks the whole file as an import does, while merging it in a transaction that is
    rolled back, so the counts are exactly what the import will report.
    """
    with open_bundle(path, passphrase, workdir=store.data_dir) as bundle:
        manifest = bundle.manifest
        return _apply(
            store,
            bundle,
            dry_run=True,
            progress=None,
            cancelled=None,
            done_before=0,
            total=manifest.total_rows + len(manifest.blobs),
            check=True,
        )


def import_bundle(
    store: Store,
    path: Path | str,
    passphrase: str | None = None,
    *,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> ImportSummary:
    """Merge a sync file into the store: checked whole, a backup, in one transaction.

    The file's parts are checked against their hashes when it opens; its rows are then
    read once, each checked (structure, then the store's rules) as it is merged, in one
    transaction that a refused row rolls back whole. The backup is begun at the first
    write, from the store as it was, and kept once every row has been read and checked,
    before anything is committed; a refused (or cancelled) file leaves none, and so does
    a file that brings nothing new (the store is checked instead before its line in the
    sync history is written: see :class:`backups.BackupBeforeWrite`). ``summary.backup``
    is the backup made, or None.

    ``progress(done, total)`` is called as work advances; ``cancelled()`` returning True
    stops the import with ImportCancelled and nothing changed.
    """
    with open_bundle(path, passphrase, workdir=store.data_dir) as bundle:
        manifest = bundle.manifest
        _check(cancelled)
        guard = backups.BackupBeforeWrite(store, "sync", tables=_WRITTEN_ALWAYS)
        try:
            summary = _apply(
                store,
                bundle,
                dry_run=False,
                progress=progress,
                cancelled=cancelled,
                done_before=0,
                total=manifest.total_rows + len(manifest.blobs),
                check=True,
                guard=guard,
            )
        except BaseException as exc:
            if not guard.done:
                if isinstance(exc, BundleError | ImportCancelled) or not guard.begun:
                    guard.discard()  # the file was refused: as if never begun
                else:
                    guard.keep()  # the store's own trouble: the backup's sentence, if any
            raise
    log.info("imported %s from %s: %s", bundle.path.name, summary.source_replica, summary.totals)
    return summary


def import_source(
    store: Store,
    source: Any,
    *,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> ImportSummary:
    """Merge rows read from another store (see :mod:`cbe_desktop.sync.hub`) exactly as a
    sync file's: every row checked against this store's rules first, a backup, then one
    transaction with the same merge, conflicts and sync history."""
    rows = source.manifest.total_rows
    total = 2 * rows + len(source.manifest.blobs)
    _check(cancelled)
    with store.read() as session:
        gate = validate.Gate(session)
        for name in TABLES:
            for row in source.rows(name):
                gate.row(name, row)
        gate.finish()
    backups.backup_before(store, "sync")
    summary = _apply(
        store,
        source,
        dry_run=False,
        progress=progress,
        cancelled=cancelled,
        done_before=rows,
        total=total,
    )
    log.info("merged %s from %s: %s", source.path.name, summary.source_replica, summary.totals)
    return summary


__all__ = [
    "ExportSummary",
    "ImportSummary",
    "TableCounts",
    "export_bundle",
    "import_bundle",
    "import_source",
    "preview_import",
    "received_until",
    "resolve_peer",
    "verify_bundle",
]
