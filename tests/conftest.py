"""Shared test setup: Qt offscreen, one QApplication (pytest-qt), temporary stores."""

from __future__ import annotations

import logging
import os

# Before anything imports Qt: no screen is needed, on a laptop or in CI. Qt's offscreen
# platform is given the screens of school laptops (1366×768, the most common, and
# 1280×720) instead of its own 800×600, so windows open as they do for a teacher.
os.environ.setdefault(
    "QT_QPA_PLATFORM",
    "offscreen:configfile="
    + os.path.join(os.path.dirname(__file__), "fixtures", "laptop-screens.json"),
)
os.environ.pop("CBE_DESKTOP_DATA_DIR", None)
# The machine token lives in the user's configuration folder; tests keep their own.
os.environ.setdefault(
    "CBE_DESKTOP_CONFIG_DIR",
    os.path.join(os.environ.get("TMPDIR", "/tmp"), f"cbe-desktop-test-config-{os.getpid()}"),
)

import itertools
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from hypothesis import settings

from cbe_desktop.app import pin_singletons
from cbe_desktop.core.demo import build_demo
from cbe_desktop.core.store import Store
from pg_server import PgServer, find_bindir

# PySide6 6.12.0 loses a reference to None on every Qt call that returns nothing, and one
# to True on every signal emit; before Python 3.12 the counts run down until the
# interpreter aborts ("Fatal Python error: none_dealloc"). The suite, like the program,
# pins them first (see cbe_desktop.app.pin_singletons). This hides no failure of ours.
pin_singletons()


@pytest.fixture(scope="session")
def qapp_cls():  # type: ignore[no-untyped-def]
    """pytest-qt's one QApplication is the program's own (cbe_desktop.app.Application)."""
    from cbe_desktop.app import Application

    return Application


# Property tests draw the same examples on every run ("repeatable", the default), so that
# a green suite stays green on CI; `--hypothesis-profile explore` draws new ones each run,
# to look for trouble (a failure found that way becomes an @example of its test).
settings.register_profile("repeatable", derandomize=True, database=None)
settings.register_profile("explore", derandomize=False)
settings.load_profile("repeatable")


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers",
        "both_backends: the test's store and demo_store run on SQLite and on a PostgreSQL hub",
    )
    config.addinivalue_line(
        "markers",
        "sqlite_only(reason): the test is about the laptop's SQLite file (damage, locks, "
        "backups, the data folder), so its store is not run on a hub too",
    )


# Every test of these folders that uses the ``store`` or ``demo_store`` fixture runs on
# both backends (issue 18): the hub is the same core, sync and import code on PostgreSQL.
BOTH_BACKENDS_DIRS = frozenset({"core", "sync", "interop", "services"})
_TESTS = Path(__file__).parent


def _runs_on_both_backends(definition: pytest.Function) -> bool:
    if definition.get_closest_marker("sqlite_only"):
        return False
    if definition.get_closest_marker("both_backends"):
        return True
    folder = Path(definition.path).relative_to(_TESTS).parts[0]
    return folder in BOTH_BACKENDS_DIRS


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    """Tests marked ``both_backends``, and those of ``BOTH_BACKENDS_DIRS`` not marked
    ``sqlite_only``, run twice: on a laptop's SQLite file and on a hub."""
    if _runs_on_both_backends(metafunc.definition) and (
        {"store", "demo_store"} & set(metafunc.fixturenames)
    ):
        metafunc.parametrize("backend", ["sqlite", "postgresql"], indirect=True)


@pytest.fixture
def backend(request: pytest.FixtureRequest) -> str:
    """Where the test's store lives: "sqlite" (the default) or "postgresql" (a hub)."""
    return getattr(request, "param", "sqlite")


@pytest.fixture(scope="session")
def pg_server() -> Iterator[PgServer]:
    """One PostgreSQL server for the whole run, from the system's binaries."""
    bindir = find_bindir()
    if bindir is None:
        pytest.skip(
            "no PostgreSQL binaries (initdb, pg_ctl) on this machine: install Debian's "
            "'postgresql' package (CI does) or set PG_BINDIR to run the hub tests"
        )
    try:
        server = PgServer.start(bindir)
    except RuntimeError as exc:  # as root without Debian's 'postgres' user to run it
        pytest.skip(f"cannot start PostgreSQL here: {exc}")
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture(scope="session")
def hub_template(pg_server: PgServer) -> str:
    """A database holding the migrated schema, copied for each test's hub (fast)."""
    from cbe_desktop.core import migrations
    from cbe_desktop.core.hub import ensure_hub_tables
    from cbe_desktop.core.store import make_pg_engine

    url = pg_server.create_database("cbe_template")
    engine = make_pg_engine(url)
    try:
        migrations.upgrade(engine)
        with engine.begin() as conn:
            ensure_hub_tables(conn)
    finally:
        engine.dispose()
    return "cbe_template"


@pytest.fixture
def new_hub_url(pg_server: PgServer, hub_template: str) -> Callable[[], str]:
    """Makes a new, empty hub database (schema in place) and gives its admin URL."""
    return _hub_maker(pg_server, hub_template)


def _hub_maker(pg_server: PgServer, hub_template: str) -> Callable[[], str]:
    import psycopg

    def make() -> str:
        name = f"hub_{next(_HUB_NUMBERS)}"
        with psycopg.connect(pg_server.url(), autocommit=True) as conn:
            # Copying the template's files is a third faster than logging its pages
            # (PostgreSQL 15's default) for these small databases, with fsync off.
            strategy = " STRATEGY FILE_COPY" if conn.info.server_version >= 150000 else ""
            conn.execute(f'CREATE DATABASE "{name}" TEMPLATE "{hub_template}"{strategy}')
        return pg_server.url(db=name)

    return make


_HUB_NUMBERS = itertools.count(1)


@pytest.fixture(scope="session")
def shared_hub_url(new_hub_url_session: Callable[[], str]) -> str:
    """One hub database for the run's parametrised tests, emptied before each of them."""
    return new_hub_url_session()


@pytest.fixture(scope="session")
def new_hub_url_session(pg_server: PgServer, hub_template: str) -> Callable[[], str]:
    return _hub_maker(pg_server, hub_template)


def _empty_hub(url: str) -> None:
    """Every row out of the hub (the schema stays): faster than a new database, and
    DELETE on a small table is ten times faster than TRUNCATE."""
    import psycopg

    with psycopg.connect(url, autocommit=True) as conn:
        tables = [
            r[0]
            for r in conn.execute(
                "SELECT tablename FROM pg_tables WHERE schemaname = 'public' "
                "AND tablename <> 'alembic_version'"
            )
        ]
        with conn.transaction():
            for table in tables:
                conn.execute(f'DELETE FROM "{table}"')


def _open_store(request: pytest.FixtureRequest, backend: str, folder: Path) -> Store:
    if backend == "postgresql":
        url = request.getfixturevalue("shared_hub_url")
        _empty_hub(url)
        return Store.open_database(url, folder)
    return Store.open(folder)


@pytest.fixture
def store(request: pytest.FixtureRequest, tmp_path: Path, backend: str) -> Iterator[Store]:
    """An empty store in a temporary data folder (or an empty hub, see ``backend``)."""
    s = _open_store(request, backend, tmp_path / "data")
    try:
        yield s
    finally:
        s.close()


@pytest.fixture(scope="session")
def demo_hub_template(
    pg_server: PgServer, hub_template: str, tmp_path_factory: pytest.TempPathFactory
) -> tuple[str, Path]:
    """A hub database holding the demo, built once per run (a second and more on a hub),
    and the data folder holding its attachments: each test's demo hub is a copy of both."""
    import psycopg

    with psycopg.connect(pg_server.url(), autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "cbe_demo_template" TEMPLATE "{hub_template}"')
    folder = tmp_path_factory.mktemp("demo-hub-template")
    with Store.open_database(pg_server.url(db="cbe_demo_template"), folder) as s:
        build_demo(s)
    return "cbe_demo_template", folder


def _open_demo_hub(request: pytest.FixtureRequest, folder: Path) -> Store:
    import shutil

    pg_server: PgServer = request.getfixturevalue("pg_server")
    template, attachments = request.getfixturevalue("demo_hub_template")
    url = _hub_maker(pg_server, template)()
    shutil.copytree(attachments, folder)
    request.addfinalizer(lambda: _drop_hub(pg_server, url))
    return Store.open_database(url, folder)


def _drop_hub(pg_server: PgServer, url: str) -> None:
    """A test's own hub database goes at its end, so a run does not fill the disk."""
    import psycopg

    name = url.rsplit("/", 1)[1]
    with psycopg.connect(pg_server.url(), autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture
def demo_store(request: pytest.FixtureRequest, tmp_path: Path, backend: str) -> Iterator[Store]:
    """A store holding the demo classes (on a hub too, see ``backend``: a copy of the
    demo hub built once per run)."""
    if backend == "postgresql":
        s = _open_demo_hub(request, tmp_path / "demo")
    else:
        s = _open_store(request, backend, tmp_path / "demo")
        build_demo(s)
    try:
        yield s
    finally:
        s.close()


@pytest.fixture
def store_args() -> Callable[[Store], list[str]]:
    """The command line's arguments that open a test's store, on either backend."""

    def args(store: Store) -> list[str]:
        if store.is_hub:
            url = store.engine.url.render_as_string(hide_password=False)
            return ["--database", url.replace("postgresql+psycopg://", "postgresql://"),
                    "--data-dir", str(store.data_dir)]  # fmt: skip
        return ["--data-dir", str(store.data_dir)]

    return args


@pytest.fixture
def cli_sandbox(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[None]:
    """For tests of the command line: never touch the user's real data folder, and undo
    the logging handlers the command line sets up."""
    monkeypatch.setenv("CBE_DESKTOP_DATA_DIR", str(tmp_path / "default-data-folder"))
    monkeypatch.delenv("CBE_DESKTOP_DEBUG", raising=False)
    logger = logging.getLogger("cbe_desktop")
    handlers, propagate, level = list(logger.handlers), logger.propagate, logger.level
    yield
    for handler in list(logger.handlers):
        if handler not in handlers:
            logger.removeHandler(handler)
            handler.close()
    logger.propagate, logger.level = propagate, level
