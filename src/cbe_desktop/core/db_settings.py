"""How the program talks to its databases, shared by :mod:`store` (which opens them) and
:mod:`sessions` (the ORM's side, loaded later)."""

from __future__ import annotations

#: How long one statement waits for a lock SQLite holds for a moment (a checkpoint).
BUSY_TIMEOUT_MS = 5000
#: How long one try for the write lock lasts; between tries the store's waiter runs.
WRITE_TRY_MS = 100
#: The addresses that name a school hub's PostgreSQL database rather than a folder.
POSTGRES_SCHEMES = ("postgresql://", "postgres://", "postgresql+psycopg://")
