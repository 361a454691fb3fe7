"""The school hub: the same store, the same schema and the same code on PostgreSQL."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import text

from cbe_desktop.core import migrations
from cbe_desktop.core.errors import HubError
from cbe_desktop.core.stats import live_counts
from cbe_desktop.core.store import Store


def test_a_new_hub_is_migrated_to_the_newest_schema_and_holds_the_demo_like_a_laptop(
    new_hub_url, tmp_path
):
    hub = Store.open_database(new_hub_url(), tmp_path / "files")
    laptop = Store.open(tmp_path / "laptop")
    try:
        from cbe_desktop.core.demo import build_demo

        build_demo(hub)
        build_demo(laptop)
        assert migrations.current_revision(hub.engine) == migrations.head_revision()
        with hub.read() as on_hub, laptop.read() as on_laptop:
            assert live_counts(on_hub) == live_counts(on_laptop)
            assert live_counts(on_hub)["evidence"] > 100
    finally:
        hub.close()
        laptop.close()


def test_a_hub_that_cannot_be_reached_is_one_sentence_naming_it_without_its_password(
    pg_server, tmp_path
):
    wrong = pg_server.url(password="not-the-password", db="postgres")
    with pytest.raises(HubError) as caught:
        Store.open_database(wrong, tmp_path)
    said = str(caught.value)
    assert "cannot be reached or refused the connection" in said
    assert "not-the-password" not in said and "\n" not in said


def test_a_hub_saved_by_a_newer_version_is_refused_and_left_as_it_was(new_hub_url, tmp_path):
    url = new_hub_url()
    Store.open_database(url, tmp_path).close()
    hub = Store.open_database(url, tmp_path)
    with hub.engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '9999_future'"))
    hub.close()
    from cbe_desktop.core.errors import NewerSchemaError

    with pytest.raises(NewerSchemaError, match="newer version"):
        Store.open_database(url, tmp_path)
    from cbe_desktop.core.store import make_pg_engine

    engine = make_pg_engine(url)
    with engine.connect() as conn:
        assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar() == (
            "9999_future"
        )
    engine.dispose()


def test_stats_json_reads_the_same_counts_from_a_hub(new_hub_url, tmp_path, capsys, cli_sandbox):
    from cbe_desktop.cli import main

    url = new_hub_url()
    assert main(["--database", url, "demo"]) == 0
    capsys.readouterr()
    assert main(["--database", url, "stats", "--json"]) == 0
    counts = json.loads(capsys.readouterr().out)
    assert counts["classes"] >= 1 and counts["evidence"] > 100
