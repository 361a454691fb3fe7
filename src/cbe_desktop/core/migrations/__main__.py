"""A developer's tool: ``python -m cbe_desktop.core.migrations new "what changed"``.

Autogenerates a version file against an empty database brought to the newest schema.
It lives apart from the package's ``__init__`` because it opens a store engine, and the
store imports the migrations: kept here, the two never import each other.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from alembic import command

from cbe_desktop.core.migrations import config
from cbe_desktop.core.store import make_engine


def new_version(message: str) -> None:  # pragma: no cover - a developer's tool
    """Write a new version file for the difference between the models and the newest one."""
    with tempfile.TemporaryDirectory() as tmp:
        engine = make_engine(Path(tmp) / "db.sqlite")
        cfg = config()
        with engine.begin() as connection:
            cfg.attributes["connection"] = connection
            command.upgrade(cfg, "head")
            command.revision(cfg, message=message, autogenerate=True)


if __name__ == "__main__":  # pragma: no cover
    new_version(" ".join(sys.argv[2:]) if len(sys.argv) > 2 and sys.argv[1] == "new" else "change")
