"""Alembic migrations, run at start-up (see :meth:`cbe_desktop.core.store.Store.open`).

To add a schema change: edit ``core/models.py``, then from the repository root run
``python -m cbe_desktop.core.migrations new "what changed"`` to autogenerate a
version file, read it, and add a saved database of the previous version under
``tests/fixtures/`` so the upgrade is tested against real data.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.script import ScriptDirectory
from sqlalchemy import Engine

HERE = Path(__file__).resolve().parent


def config() -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(HERE))
    return cfg


@cache
def _script() -> ScriptDirectory:
    return ScriptDirectory.from_config(config())


def head_revision() -> str:
    head = _script().get_current_head()
    assert head is not None, "the migrations folder has no versions"
    return head


def is_known(revision: str) -> bool:
    """True when this version of the program knows ``revision`` (so it is not newer)."""
    return any(rev.revision == revision for rev in _script().walk_revisions())


def upgrade(engine: Engine) -> None:
    """Bring the database to the newest schema (creating it when empty), in one transaction."""
    cfg = config()
    with engine.begin() as connection:
        cfg.attributes["connection"] = connection
        command.upgrade(cfg, "head")
