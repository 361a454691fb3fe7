"""The school hub's own tables (attachment files, teachers, who teaches what), made
when a store opens a hub; kept apart from :mod:`.hub` so that the store, which opens
hubs, and the hub's commands, which open stores, do not import each other."""

from __future__ import annotations

from sqlalchemy import Connection

HUB_TABLES_SQL = """
CREATE TABLE IF NOT EXISTS hub_blob (sha256 text PRIMARY KEY, data bytea NOT NULL);
CREATE TABLE IF NOT EXISTS hub_teacher (
    login text PRIMARY KEY, name text NOT NULL DEFAULT '', office boolean NOT NULL DEFAULT false
);
CREATE TABLE IF NOT EXISTS hub_class_teacher (
    class_id text NOT NULL, login text NOT NULL, PRIMARY KEY (class_id, login)
);
"""


def ensure_hub_tables(conn: Connection) -> None:
    """The hub's own tables (attachment files, teachers, who teaches what), if missing."""
    run_script(conn, HUB_TABLES_SQL)


def run_script(conn: Connection, sql: str) -> None:
    """Several statements at once, as written (no parameters: a % stays a %)."""
    conn.connection.driver_connection.execute(sql)  # type: ignore[union-attr]
