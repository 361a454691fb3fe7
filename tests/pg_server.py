"""A throwaway PostgreSQL server for the tests, started from the system's binaries.

The tests' setup starts one per run (``initdb`` about a second, the start a tenth of
one) in a temporary folder, on a free port of 127.0.0.1, with fsync off, and stops it
at the end. As root (CI), the server runs as the ``postgres`` user the Debian package
creates (initdb refuses root). Without PostgreSQL binaries the hub tests are skipped,
saying why.
"""

from __future__ import annotations

import contextlib
import glob
import os
import pwd
import secrets
import shutil
import socket
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

ADMIN = "cbe_admin"


def find_bindir() -> Path | None:
    """Where ``initdb`` and ``pg_ctl`` are: $PG_BINDIR, Debian's folder, or the PATH."""
    candidates = [os.environ.get("PG_BINDIR", "")]
    candidates += sorted(glob.glob("/usr/lib/postgresql/*/bin"), reverse=True)
    for folder in candidates:
        if folder and (Path(folder) / "pg_ctl").exists() and (Path(folder) / "initdb").exists():
            return Path(folder)
    pg_ctl = shutil.which("pg_ctl")
    return Path(pg_ctl).parent if pg_ctl and shutil.which("initdb") else None


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@dataclass
class PgServer:
    bindir: Path
    folder: Path
    port: int
    password: str
    run_as: str | None

    def url(self, user: str = ADMIN, password: str | None = None, db: str = "postgres") -> str:
        secret = self.password if password is None else password
        return f"postgresql://{user}:{secret}@127.0.0.1:{self.port}/{db}"

    def _run(self, *args: str) -> subprocess.CompletedProcess:
        cmd = list(args)
        if self.run_as:
            cmd = ["runuser", "-u", self.run_as, "--", *cmd]
        return subprocess.run(cmd, check=True, capture_output=True, text=True, timeout=60)

    @classmethod
    def start(cls, bindir: Path) -> PgServer:
        run_as = None
        if os.geteuid() == 0:
            try:
                pwd.getpwnam("postgres")
            except KeyError as exc:
                raise RuntimeError("running as root, and there is no 'postgres' user") from exc
            run_as = "postgres"
        folder = Path(tempfile.mkdtemp(prefix="cbe-pg-"))
        server = cls(bindir, folder, _free_port(), secrets.token_hex(12), run_as)
        (folder / "pw").write_text(server.password)
        if run_as:
            shutil.chown(folder, run_as)
            shutil.chown(folder / "pw", run_as)
        server._run(
            str(bindir / "initdb"), "-D", str(folder / "data"), "-U", ADMIN,
            f"--pwfile={folder / 'pw'}", "--auth-local=trust", "--auth-host=scram-sha-256",
            "-E", "UTF8", "--locale=C", "--no-sync",
        )  # fmt: skip
        server._run(
            str(bindir / "pg_ctl"), "-D", str(folder / "data"), "-l", str(folder / "log"),
            "-w", "-o",
            f"-p {server.port} -k {folder} -c listen_addresses=127.0.0.1 -c fsync=off "
            "-c synchronous_commit=off -c full_page_writes=off",
            "start",
        )  # fmt: skip
        return server

    def stop(self) -> None:
        with contextlib.suppress(Exception):
            self._run(str(self.bindir / "pg_ctl"), "-D", str(self.folder / "data"),
                      "-m", "immediate", "stop")  # fmt: skip
        shutil.rmtree(self.folder, ignore_errors=True)

    def create_database(self, name: str) -> str:
        """A new empty database; returns the administrator's URL to it."""
        import psycopg

        with psycopg.connect(self.url().replace("postgresql://", "postgresql://", 1),
                             autocommit=True) as conn:  # fmt: skip
            conn.execute(f'CREATE DATABASE "{name}"')
        return self.url(db=name)
