"""Calibration by file: a set of work goes out to colleagues, their scores come back.

Both files are the sync file's container (``sync/bundle.py``) under their own format
names, so they are written, locked with a passphrase, unlocked and checked by the same
code, under the same hostile-file rules (sizes, zip bombs, names never written, hashes,
rows of the wrong shape), and every row then keeps the store's rules (``core/rules.py``)
before anything is stored:

- a **set file** (``cbe-desktop-calibration-set``): the set, its pieces and their
  attachments, with no student's name; blind (the default), no level given in class
  either. A colleague opens it (:func:`open_set_file`) and scores on their own laptop.
- a **return file** (``cbe-desktop-calibration-return``): the set's record (to say
  which set it answers) and one scorer's scores. The leader gathers it
  (:func:`gather_return`): a file for another set, a piece the set does not hold, a
  level off its rubric, two scorers in one file, are each refused in one sentence with
  the store unchanged. Gathering the same file twice changes nothing.

Neither file is a sync file: ``sync import`` refuses them, and they refuse each other.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlmodel import Session, col, select

from cbe_desktop import __version__
from cbe_desktop.core import migrations, rules
from cbe_desktop.core.attachments import write_blob
from cbe_desktop.core.calibration import rubric_targets
from cbe_desktop.core.ids import new_id
from cbe_desktop.core.models import (
    Attachment,
    CalibrationPiece,
    CalibrationScore,
    CalibrationSet,
    CalibrationSource,
    Synced,
)
from cbe_desktop.core.phrases import QT_TRANSLATE_NOOP, Phrase
from cbe_desktop.core.settings import get_setting
from cbe_desktop.core.store import Store
from cbe_desktop.sync.bundle import (
    TABLES,
    Bundle,
    BundleWriter,
    Limits,
    Written,
    columns,
    open_bundle,
)
from cbe_desktop.sync.errors import BundleError

log = logging.getLogger(__name__)

SET_FORMAT = "cbe-desktop-calibration-set"
RETURN_FORMAT = "cbe-desktop-calibration-return"
FILE_SUFFIX = ".cbecal"
#: A calibration file is small: a few dozen pieces of work.
LIMITS = Limits(max_blobs=2_000, max_total_bytes=1024 * 1024 * 1024)

_SET_TABLES = ("calibration_set", "calibration_piece", "calibration_source", "attachment")
_RETURN_TABLES = ("calibration_set", "calibration_score")

_REFUSED = QT_TRANSLATE_NOOP(
    "Calibration",
    "This calibration file was refused, and nothing was stored, because {problem}; "
    "make the file again with cbe-desktop on the laptop that wrote it.",
)
_WRONG_KIND_SET = QT_TRANSLATE_NOOP(
    "Calibration",
    "This is a calibration return file, not a set to score; gather it on the Calibration "
    "page of the laptop that made the set.",
)
_WRONG_KIND_RETURN = QT_TRANSLATE_NOOP(
    "Calibration",
    "This is a calibration set to score, not a return file; open it to score its pieces.",
)
_NOT_CALIBRATION = QT_TRANSLATE_NOOP(
    "Calibration",
    "This is not a cbe-desktop calibration file; choose a file that ends in .cbecal.",
)


def _refused(problem: Phrase) -> BundleError:
    return BundleError(_REFUSED(problem=problem))


# ----------------------------------------------------------------------------- writing


def _row_dict(row: Synced) -> dict[str, Any]:
    """A row as a file carries it: every column but the local ``seen_hlc``."""
    return {c.name: getattr(row, c.name) for c in columns(row.__tablename__)}


def _manifest(store: Store, session: Session, teacher: str) -> dict[str, Any]:
    return {
        "app_version": __version__,
        "schema_revision": migrations.head_revision(),
        "bundle_id": new_id(),
        "source_replica": store.replica,
        "teacher": teacher[:200],
        "school": get_setting(session, "school")[:200],
        "created_hlc": store.clock.now(),
        "since": None,
        "received": {},
    }


def _outgoing(table: str, row: dict[str, Any]) -> dict[str, Any]:
    broken = rules.row_problem(table, row)
    if broken is not None:
        raise BundleError(
            QT_TRANSLATE_NOOP(
                "Calibration",
                "No calibration file was written, because in the record {id} of {table} on "
                "this laptop, {problem}; correct it, then write the file again.",
            )(id=str(row.get("id")), table=table, problem=broken.problem)
        )
    return row


_EMPTY_SET = QT_TRANSLATE_NOOP(
    "Calibration", "This calibration set holds no pieces of work; make it again with some."
)


def write_set_file(
    store: Store, set_id: str, dest: Path | str, *, passphrase: str | None = None
) -> Written:
    """The set for colleagues to score: no student's name, and (blind) no class level."""
    dest = Path(dest)
    with store.read() as session:
        cal = session.get(CalibrationSet, set_id)
        if cal is None or cal.deleted_hlc is not None:
            raise BundleError(
                QT_TRANSLATE_NOOP(
                    "Calibration", "There is no calibration set {name} on this laptop."
                )(name=repr(set_id))
            )
        pieces = session.exec(
            select(CalibrationPiece)
            .where(CalibrationPiece.set_id == set_id, CalibrationPiece.deleted_hlc.is_(None))
            .order_by(col(CalibrationPiece.position))
        ).all()
        if not pieces:
            raise BundleError(_EMPTY_SET())
        piece_rows = []
        attachment_ids: list[str] = []
        for piece in pieces:
            piece_rows.append(_outgoing("calibration_piece", _row_dict(piece)))
            attachment_ids.extend(piece.attachment_ids)
        # Blind (the default): nothing says where a piece came from or its class level.
        sources = (
            []
            if cal.blind
            else [
                _outgoing("calibration_source", _row_dict(src))
                for src in session.exec(
                    select(CalibrationSource).where(
                        CalibrationSource.piece_id.in_([p.id for p in pieces]),  # type: ignore[attr-defined]
                        CalibrationSource.deleted_hlc.is_(None),
                    )
                )
            ]
        )
        attachments = [
            _outgoing("attachment", _row_dict(a))
            for a in session.exec(
                select(Attachment).where(Attachment.id.in_(attachment_ids))  # type: ignore[attr-defined]
            )
        ]
        manifest = _manifest(store, session, cal.leader)
        set_row = _outgoing("calibration_set", _row_dict(cal))
    with BundleWriter(
        dest, passphrase=passphrase, workdir=store.data_dir, limits=LIMITS, format=SET_FORMAT
    ) as writer:
        writer.add_table("calibration_set", [set_row])
        writer.add_table("calibration_piece", piece_rows)
        if sources:
            writer.add_table("calibration_source", sources)
        writer.add_table("attachment", attachments)
        for attachment in attachments:
            sha = attachment["sha256"]
            try:
                data = (store.blobs_dir / sha).read_bytes()
            except OSError:
                raise BundleError(
                    QT_TRANSLATE_NOOP(
                        "Calibration",
                        "The attached file {name} is missing from this laptop's data folder; "
                        "attach the work again, or leave that piece out.",
                    )(name=attachment["file_name"])
                ) from None
            writer.add_blob(sha, data)
        return writer.finish(manifest)


_NOTHING_SCORED = QT_TRANSLATE_NOOP(
    "Calibration",
    "{scorer} has scored no piece of this set yet; score the pieces, then write the return file.",
)


def write_return_file(
    store: Store, set_id: str, scorer: str, dest: Path | str, *, passphrase: str | None = None
) -> Written:
    """One scorer's scores of one set, for its leader to gather."""
    dest = Path(dest)
    with store.read() as session:
        cal = session.get(CalibrationSet, set_id)
        if cal is None or cal.deleted_hlc is not None:
            raise BundleError(
                QT_TRANSLATE_NOOP(
                    "Calibration", "There is no calibration set {name} on this laptop."
                )(name=repr(set_id))
            )
        scores = [
            _outgoing("calibration_score", _row_dict(s))
            for s in session.exec(
                select(CalibrationScore)
                .where(
                    CalibrationScore.set_id == set_id,
                    CalibrationScore.scorer == scorer,
                    CalibrationScore.deleted_hlc.is_(None),
                )
                .order_by(CalibrationScore.id)
            )
        ]
        if not scores:
            raise BundleError(_NOTHING_SCORED(scorer=scorer))
        manifest = _manifest(store, session, scorer)
        set_row = _outgoing("calibration_set", _row_dict(cal))
    with BundleWriter(
        dest, passphrase=passphrase, workdir=store.data_dir, limits=LIMITS, format=RETURN_FORMAT
    ) as writer:
        writer.add_table("calibration_set", [set_row])
        writer.add_table("calibration_score", scores)
        return writer.finish(manifest)


# ----------------------------------------------------------------------------- reading


def _open(store: Store, path: Path | str, passphrase: str | None, kind: str) -> Bundle:
    try:
        bundle = open_bundle(
            path,
            passphrase,
            workdir=store.data_dir,
            limits=LIMITS,
            formats=(SET_FORMAT, RETURN_FORMAT),
        )
    except BundleError as exc:
        if "not a cbe-desktop sync file" in str(exc):
            raise BundleError(_NOT_CALIBRATION()) from None
        raise
    if bundle.manifest.format != kind:
        bundle.close()
        raise BundleError(_WRONG_KIND_SET() if kind == SET_FORMAT else _WRONG_KIND_RETURN())
    return bundle


def _rows(bundle: Bundle, allowed: tuple[str, ...]) -> dict[str, list[dict[str, Any]]]:
    """Every row of the file, each checked for its shape and the store's rules."""
    for table, count in bundle.manifest.counts.items():
        if count and table not in allowed:
            raise _refused(
                QT_TRANSLATE_NOOP(
                    "Calibration", "it holds {table} records, which no calibration file holds"
                )(table=table)
            )
    out: dict[str, list[dict[str, Any]]] = {}
    for table in allowed:
        rows = []
        for row in bundle.rows(table):
            broken = rules.row_problem(table, row)
            if broken is not None:
                raise _refused(
                    QT_TRANSLATE_NOOP("Calibration", "in the record {id} of {table}, {problem}")(
                        id=row["id"], table=table, problem=broken.problem
                    )
                )
            rows.append(row)
        out[table] = rows
    return out


def _the_set(rows: dict[str, list[dict[str, Any]]]) -> dict[str, Any]:
    sets = rows.get("calibration_set", [])
    if len(sets) != 1 or sets[0]["deleted_hlc"] is not None:
        raise _refused(QT_TRANSLATE_NOOP("Calibration", "it does not hold exactly one set")())
    return sets[0]


def _insert(session: Session, table: str, row: dict[str, Any], seen: str) -> bool:
    """Store a row received as it is (its id and stamps); False when it is here already."""
    model = TABLES[table]
    if session.get(model, row["id"]) is not None:
        return False
    session.add(model(**row, seen_hlc=seen))
    return True


@dataclass(frozen=True)
class Opened:
    set_id: str
    title: str
    leader: str
    pieces: int
    attachments: int
    new: bool  # False: this laptop held the set already


def open_set_file(store: Store, path: Path | str, passphrase: str | None = None) -> Opened:
    """Keep a colleague's calibration set here, to score it; one transaction, all or nothing."""
    with _open(store, path, passphrase, SET_FORMAT) as bundle:
        rows = _rows(bundle, _SET_TABLES)
        cal = _the_set(rows)
        targets = {t.id for t in rubric_targets(cal["rubric"])}
        attachments = {a["id"]: a for a in rows["attachment"]}
        pieces = rows["calibration_piece"]
        if not 1 <= len(pieces) <= rules.CALIBRATION_PIECES_MAX:
            raise _refused(
                QT_TRANSLATE_NOOP("Calibration", "it holds {count} pieces of work")(
                    count=str(len(pieces))
                )
            )
        used: set[str] = set()
        for piece in pieces:
            where = {"id": piece["id"], "table": "calibration_piece"}
            if piece["set_id"] != cal["id"]:
                raise _refused(
                    QT_TRANSLATE_NOOP("Calibration", "the piece {id} belongs to another set")(
                        id=where["id"]
                    )
                )
            if piece["target_id"] not in targets:
                raise _refused(
                    QT_TRANSLATE_NOOP(
                        "Calibration", "the piece {id} is scored on a target its rubric lacks"
                    )(id=where["id"])
                )

            for attachment_id in piece["attachment_ids"]:
                if attachment_id not in attachments:
                    raise _refused(
                        QT_TRANSLATE_NOOP(
                            "Calibration", "the work of piece {label} is missing from it"
                        )(label=piece["label"])
                    )
                used.add(attachment_id)
        piece_ids = {p["id"] for p in pieces}
        sources = rows["calibration_source"]
        for src in sources:
            if cal["blind"] or src["piece_id"] not in piece_ids:
                raise _refused(
                    QT_TRANSLATE_NOOP(
                        "Calibration",
                        "it says where the piece {id} came from and its level in class, "
                        "which a blind set never says",
                    )(id=src["piece_id"])
                )
        if set(attachments) - used:
            raise _refused(
                QT_TRANSLATE_NOOP("Calibration", "it holds attached files no piece shows")()
            )
        shas = sorted({a["sha256"] for a in attachments.values()})
        for sha in shas:
            if f"blobs/{sha}" not in bundle.manifest.members:
                raise _refused(
                    QT_TRANSLATE_NOOP("Calibration", "the attached file {name} is missing")(
                        name=sha[:12]
                    )
                )
        blobs = {sha: bundle.blob(sha) for sha in shas}  # each checked against its hash
        with store.transaction() as tx:
            seen = tx.hlc()
            new = _insert(tx.session, "calibration_set", cal, seen)
            for piece in pieces:
                _insert(tx.session, "calibration_piece", piece, seen)
            for src in sources:
                _insert(tx.session, "calibration_source", src, seen)
            for attachment in attachments.values():
                _insert(tx.session, "attachment", attachment, seen)
            # The files last, just before the commit (named by content: harmless if the
            # transaction then fails).
            for data in blobs.values():
                write_blob(store.blobs_dir, data)
    log.info("calibration set %s opened (%d pieces)", cal["id"], len(pieces))
    return Opened(cal["id"], cal["title"], cal["leader"], len(pieces), len(attachments), new)


@dataclass(frozen=True)
class Gathered:
    set_id: str
    scorer: str
    added: int
    replaced: int
    unchanged: int


_FOR_ANOTHER_SET = QT_TRANSLATE_NOOP(
    "Calibration",
    "This return file answers the calibration set {title}, which this laptop does not "
    "hold; gather it on the laptop that made that set.",
)


def gather_return(store: Store, path: Path | str, passphrase: str | None = None) -> Gathered:
    """Keep one colleague's scores of a set made here; one transaction, all or nothing.

    A newer return from the same scorer replaces their earlier scores; the same file
    gathered twice changes nothing.
    """
    with _open(store, path, passphrase, RETURN_FORMAT) as bundle:
        rows = _rows(bundle, _RETURN_TABLES)
    cal_row = _the_set(rows)
    scores = rows["calibration_score"]
    if not scores:
        raise _refused(QT_TRANSLATE_NOOP("Calibration", "it holds no scores")())
    scorers = {s["scorer"].strip() for s in scores}
    if len(scorers) != 1:
        raise _refused(
            QT_TRANSLATE_NOOP("Calibration", "it holds the scores of {count} different scorers")(
                count=str(len(scorers))
            )
        )
    scorer = scorers.pop()
    # Every check first, reading only: a refused file leaves the store's files untouched.
    with store.read() as session:
        cal = session.get(CalibrationSet, cal_row["id"])
        if cal is None or cal.deleted_hlc is not None:
            raise BundleError(_FOR_ANOTHER_SET(title=repr(cal_row["title"][:80])))
        targets = {t.id: t for t in rubric_targets(cal.rubric)}
        pieces = {
            p.id: p
            for p in session.exec(
                select(CalibrationPiece).where(
                    CalibrationPiece.set_id == cal.id, CalibrationPiece.deleted_hlc.is_(None)
                )
            )
        }
        seen_pieces: set[str] = set()
        for s in scores:
            piece = pieces.get(s["piece_id"])
            if s["set_id"] != cal.id or piece is None:
                raise _refused(
                    QT_TRANSLATE_NOOP(
                        "Calibration", "the score {id} is for a piece this set does not hold"
                    )(id=s["id"])
                )
            if piece.id in seen_pieces:
                raise _refused(
                    QT_TRANSLATE_NOOP("Calibration", "it scores piece {label} twice")(
                        label=piece.label
                    )
                )
            seen_pieces.add(piece.id)
            target = targets.get(piece.target_id)
            if target is not None and target.level(float(s["level"])) is None:
                raise _refused(
                    QT_TRANSLATE_NOOP(
                        "Calibration", "piece {label} has the level {level}, which its rubric lacks"
                    )(label=piece.label, level=f"{s['level']:g}")
                )
        fresh = [
            s
            for s in scores
            if (here := session.get(CalibrationScore, s["id"])) is None or s["hlc"] > here.hlc
        ]
    added = replaced = 0
    unchanged = len(scores) - len(fresh)
    if not fresh:
        return Gathered(cal_row["id"], scorer, added, replaced, unchanged)
    with store.transaction() as tx:
        session = tx.session
        seen = tx.hlc()
        for s in fresh:
            s = {**s, "scorer": scorer}
            existing = session.get(CalibrationScore, s["id"])
            if existing is not None:
                for key, value in s.items():
                    setattr(existing, key, value)
                existing.seen_hlc = seen
                session.add(existing)
                replaced += 1
                continue
            # An earlier return of the same scorer (from another laptop, say) is replaced.
            earlier = 0
            for old in session.exec(
                select(CalibrationScore).where(
                    CalibrationScore.piece_id == s["piece_id"],
                    CalibrationScore.scorer == scorer,
                    CalibrationScore.deleted_hlc.is_(None),
                )
            ):
                tx.tombstone(old)
                earlier += 1
            session.add(CalibrationScore(**s, seen_hlc=seen))
            if earlier:
                replaced += 1
            else:
                added += 1
    log.info("calibration return of %s gathered: %d new, %d replaced", scorer, added, replaced)
    return Gathered(cal_row["id"], scorer, added, replaced, unchanged)
