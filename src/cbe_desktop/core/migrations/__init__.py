"""Alembic migrations, run at start-up (see :meth:`cbe_desktop.core.store.Store.open`).

To add a schema change: edit ``core/models.py``, then from the repository root run
``python -m cbe_desktop.core.migrations new "what changed"`` to autogenerate a
version file, read it, and add a saved database of the previous version under
``tests/fixtures/`` so the upgrade is tested against real data.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # Alembic is imported only when a database is created or upgraded
    from alembic.config import Config
    from sqlalchemy import Engine

HERE = Path(__file__).resolve().parent
_REVISION = re.compile(r"^revision(?:\s*:\s*str)?\s*=\s*[\"']([^\"']+)[\"']", re.MULTILINE)
_DOWN = re.compile(r"^down_revision(?:\s*:[^=]*)?=\s*(?:None|[\"']([^\"']+)[\"'])", re.MULTILINE)


def config() -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(HERE))
    return cfg


@cache
def revisions() -> dict[str, str | None]:
    """Every revision this program knows, with the one it revises (None for the first).

    Read from the version files' ``revision`` and ``down_revision`` lines, without
    importing Alembic: a start of the window only needs to know whether its database is
    at the head (tests/core/test_migrations.py checks this agrees with Alembic's own).
    """
    found: dict[str, str | None] = {}
    for path in sorted((HERE / "versions").glob("*.py")):
        source = path.read_text(encoding="utf-8")
        revision, down = _REVISION.search(source), _DOWN.search(source)
        if revision is not None and down is not None:
            found[revision.group(1)] = down.group(1)
    return found


def head_revision() -> str:
    known = revisions()
    heads = set(known) - {down for down in known.values() if down}
    assert len(heads) == 1, f"the migrations folder has {len(heads)} heads: {sorted(heads)}"
    return heads.pop()


def is_known(revision: str) -> bool:
    """True when this version of the program knows ``revision`` (so it is not newer)."""
    return revision in revisions()


def current_revision(engine: Engine) -> str | None:
    """The schema revision the database holds (None for an empty database)."""
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def upgrade(engine: Engine) -> None:
    """Bring the database to the newest schema (creating it when empty), in one transaction."""
    from alembic import command

    cfg = config()
    with engine.begin() as connection:
        cfg.attributes["connection"] = connection
        command.upgrade(cfg, "head")
