"""The sync page's "School hub" tab: a teacher syncs with the school hub from the window."""

from __future__ import annotations

from background_helpers import answer

from cbe_desktop.core import hub
from cbe_desktop.core.demo import build_demo
from cbe_desktop.core.settings import get_setting
from cbe_desktop.core.stats import live_counts
from cbe_desktop.core.store import Store
from cbe_desktop.ui.operations import Operations
from cbe_desktop.ui.sync import SyncPage


def test_a_teacher_syncs_with_the_hub_from_the_window_and_only_the_address_is_kept(
    qtbot, new_hub_url, tmp_path, monkeypatch
):
    kept = []  # the keyring (the test's own, never the developer's)
    monkeypatch.setattr(hub, "remember_password", lambda *given: kept.append(given) or True)
    url = new_hub_url()
    store = Store.open(tmp_path / "laptop")
    build_demo(store)
    operations = Operations(store)
    operations.quiet = True
    page = SyncPage(store, operations)
    qtbot.addWidget(page)
    assert not page.hub_button.isEnabled()  # no address yet: nothing to press
    address = hub.without_password(url)
    page.hub_address.setText(address)
    secret = url.split(":")[2].split("@")[0]
    page.hub_password.setText(secret)
    assert answer(qtbot, page.sync_with_hub())
    assert kept == [(address, secret)]
    assert "Sent to the school hub:" in page.hub_message.text()
    assert page.hub_password.text() == ""
    with store.read() as session:
        assert get_setting(session, "hub_url") == address
        on_laptop = live_counts(session)
    with Store.open_database(url, tmp_path / "hub") as school, school.read() as session:
        assert live_counts(session) == on_laptop
    page.close()
    store.close()


def test_a_hub_that_cannot_be_reached_is_one_sentence_on_the_page(qtbot, tmp_path, pg_server):
    store = Store.open(tmp_path / "laptop")
    operations = Operations(store)
    operations.quiet = True
    page = SyncPage(store, operations)
    qtbot.addWidget(page)
    page.hub_address.setText(pg_server.url(password="wrong", db="nowhere"))
    assert not answer(qtbot, page.sync_with_hub())
    said = page.hub_message.text()
    assert "cannot be reached or refused the connection" in said and "wrong" not in said
    page.close()
    store.close()
