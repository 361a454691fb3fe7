"""Laptops syncing with the school hub (a real PostgreSQL server) as they would by file."""

from __future__ import annotations

import threading

import psycopg
import pytest
from sync_helpers import ClassSetup, Laptop, dump, open_conflicts, rename, score

from cbe_desktop.core.errors import HubError
from cbe_desktop.core.stats import live_counts
from cbe_desktop.core.store import Store
from cbe_desktop.sync.exchange import import_bundle
from cbe_desktop.sync.hub import send_to_hub, sync_with_hub


@pytest.fixture
def hub(new_hub_url, tmp_path):
    store = Store.open_database(new_hub_url(), tmp_path / "hub-files")
    try:
        yield store
    finally:
        store.close()


def counts(store: Store) -> dict[str, int]:
    with store.read() as session:
        return live_counts(session)


def test_three_laptops_one_offline_by_file_converge_with_the_hub_and_lose_nothing(hub, tmp_path):
    ana, ben, cleo = (Laptop(tmp_path, name) for name in ("ana", "ben", "cleo"))
    setup = ClassSetup(ana)
    sync_with_hub(ana.store, hub)
    sync_with_hub(ben.store, hub)  # ben receives the class through the hub
    # cleo's laptop never reaches the hub: she gets the class by file, works, sends a file
    ana.send_to(cleo)
    firsts = [score(ana, setup, 0, 0, 2.0), score(ben, setup, 1, 0, 3.0)]
    firsts.append(score(cleo, setup, 2, 1, 4.0))
    rename(ana, setup.student_ids[0], "Anita")
    rename(ben, setup.student_ids[0], "Ani")  # newer: wins, Anita kept as a conflict
    import_bundle(hub, cleo.export())  # the hub imports cleo's sync file
    for laptop in (ana, ben, ana):
        sync_with_hub(laptop.store, hub)
    import_bundle(cleo.store, ana.export())  # and cleo gets everything back by file

    everyone = [dump(s) for s in (hub, ana.store, ben.store, cleo.store)]
    assert all(d == everyone[0] for d in everyone[1:])
    assert set(firsts) <= set(everyone[0]["evidence"])
    assert everyone[0]["student"][setup.student_ids[0]]["given_name"] == "Ani"
    assert [c["table_name"] for c in open_conflicts(hub)] == ["student"]
    for laptop in (ana, ben, cleo):
        laptop.close()


def test_syncing_again_changes_nothing_and_sends_nothing_the_hub_already_holds(hub, tmp_path):
    ana = Laptop(tmp_path, "ana")
    setup = ClassSetup(ana)
    score(ana, setup, 0, 0, 3.0)
    first = sync_with_hub(ana.store, hub)
    before = (dump(hub), dump(ana.store))
    again = sync_with_hub(ana.store, hub)
    assert first.sent.totals.new > 0
    assert (again.sent.totals.new, again.sent.totals.updated) == (0, 0)
    assert (again.received.totals.new, again.received.totals.updated) == (0, 0)
    assert (dump(hub), dump(ana.store)) == before
    ana.close()


def test_a_connection_killed_mid_way_leaves_the_hub_as_it_was_and_the_next_sync_carries_on(
    hub, tmp_path, pg_server
):
    ana = Laptop(tmp_path, "ana")
    setup = ClassSetup(ana, students=4, targets=2)
    for student in range(4):
        score(ana, setup, student, 0, 3.0)
    hub_before, laptop_before = counts(hub), counts(ana.store)

    def kill_the_connection(done: int, total: int) -> None:
        # Half-way through the merge on the hub, the network "drops": the server ends
        # every connection of the hub's database (as a cut cable or a restart would).
        if done > total // 2 and not killed.is_set():
            killed.set()
            with psycopg.connect(pg_server.url(), autocommit=True) as admin:
                admin.execute(
                    "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                    "WHERE datname = %s AND pid <> pg_backend_pid()",
                    (hub.engine.url.database,),
                )

    killed = threading.Event()
    with pytest.raises(HubError) as caught:
        send_to_hub(ana.store, hub, progress=kill_the_connection)
    assert killed.is_set()
    assert "cannot be reached" in str(caught.value)
    assert counts(hub) == hub_before  # nothing half-written on the hub
    assert counts(ana.store) == laptop_before

    done = sync_with_hub(ana.store, hub)  # the network is back: it carries on
    assert done.sent.totals.new > 0
    assert dump(hub) == dump(ana.store)
    assert counts(hub)["evidence"] == 4
    ana.close()


def test_a_sync_cut_after_sending_does_not_send_again_but_still_receives(hub, tmp_path):
    ana, ben = Laptop(tmp_path, "ana"), Laptop(tmp_path, "ben")
    setup = ClassSetup(ana)
    sync_with_hub(ana.store, hub)
    sync_with_hub(ben.store, hub)
    score(ben, setup, 1, 1, 4.0)
    sync_with_hub(ben.store, hub)
    score(ana, setup, 0, 0, 2.0)
    send_to_hub(ana.store, hub)  # ...and here the network dropped, before receiving
    resumed = sync_with_hub(ana.store, hub)
    assert (resumed.sent.totals.new, resumed.sent.totals.updated) == (0, 0)
    assert resumed.received.totals.new >= 1  # ben's score arrives
    assert dump(hub) == dump(ana.store)
    ana.close()
    ben.close()
