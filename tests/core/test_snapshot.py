"""Store.snapshot(): a consistent read, and the stamp that separates it from later changes
(sync export reads "everything up to now" from it, and "since" from its stamp)."""

from __future__ import annotations

import threading

from sqlmodel import select

from cbe_desktop.core.models import Student
from cbe_desktop.core.roster import create_student


def test_a_snapshot_sees_what_was_written_before_it_and_nothing_after(store):
    before, _ = create_student(store, "Ana", "García")
    with store.snapshot() as snapshot:
        after, _ = create_student(store, "Mateo", "Hernández")  # written during the read
        seen = {s.id for s in snapshot.session.exec(select(Student))}
    with store.read() as session:
        stamps = {s.id: s.hlc for s in session.exec(select(Student))}
    assert seen == {before}
    assert stamps[before] < snapshot.hlc < stamps[after]


def test_a_snapshot_waits_for_a_write_half_way(store):
    """A write transaction that has taken its stamp is either wholly in the snapshot or
    wholly after it: never stamped before the snapshot yet invisible to it."""
    started, release = threading.Event(), threading.Event()

    def slow_write() -> None:
        with store.transaction() as tx:
            tx.add(Student(id="slow", given_name="Sofía", hlc="", origin=""))
            started.set()
            release.wait(5)

    writer = threading.Thread(target=slow_write)
    writer.start()
    started.wait(5)
    threading.Timer(0.2, release.set).start()
    with store.snapshot() as snapshot:  # blocks until the write has committed
        seen = {s.id for s in snapshot.session.exec(select(Student))}
    writer.join(5)
    assert seen == {"slow"}
    with store.read() as session:
        assert session.get(Student, "slow").hlc < snapshot.hlc
