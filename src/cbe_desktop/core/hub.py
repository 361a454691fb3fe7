"""The school hub: roles, row-level security, passwords and attachment files on PostgreSQL.

The hub is the same schema as a laptop's file (Alembic migrates both), plus a few
tables only a hub has: ``hub_teacher`` (each login role and the teacher's name),
``hub_class_teacher`` (who teaches which class; a class a teacher's laptop sends first
becomes theirs) and ``hub_blob`` (attachment files by hash, so that they travel through
the hub as they do through a sync file).

Roles (made by :func:`init_hub`): ``cbe_teacher`` and ``cbe_office`` are groups; each
teacher and each office person logs in with a role of their own that belongs to one of
them. Row-level security lets a teacher read and write only the classes they teach,
their students (enrolled in those classes) and the evidence, goals, reflections and
revisions of those classes, plus the shared frameworks, targets and scales. Office
roles read everything and write nothing. The administrator (the owner of the tables)
is not bound by the policies: only the IT person uses it.

Passwords: a laptop never keeps one in the clear. :func:`remember_password` puts it in
the operating system's keyring (``keyring``: Windows Credential Locker, macOS Keychain,
the Secret Service on Linux); :func:`with_password` takes it from there when a URL has
none. ``PGPASSWORD`` and ``~/.pgpass`` work too, as for every PostgreSQL program.
"""

from __future__ import annotations

import logging
import re
import secrets
from collections.abc import Iterable
from pathlib import Path

from sqlalchemy import Connection, text
from sqlalchemy.engine import make_url

from cbe_desktop.core.errors import InvalidInputError
from cbe_desktop.core.hub_tables import ensure_hub_tables, run_script
from cbe_desktop.core.models import SYNCED_TABLES
from cbe_desktop.core.phrases import QT_TRANSLATE_NOOP

log = logging.getLogger(__name__)

TEACHER_GROUP = "cbe_teacher"
OFFICE_GROUP = "cbe_office"
KEYRING_SERVICE = "cbe-desktop school hub"
_LOGIN = re.compile(r"^[a-z][a-z0-9_]{1,40}\Z")

#: Tables every teacher shares: frameworks, targets and their words, scales, attachments
#: (rows naming files by hash), the sync history (no student's data in it).
SHARED_TABLES = (
    "framework",
    "target",
    "target_wording",
    "rubric_descriptor",
    "exemplar",
    "scale",
    "scale_level",
    "attachment",
    "sync_log",
)
#: Tables of a class, by the column naming it.
CLASS_TABLES = ("enrollment", "class_target", "task", "term_mark", "term_closure")
#: Tables of a student's work in a class (class_id may be empty: then by the student).
WORK_TABLES = ("evidence", "goal", "reflection", "showcase")
#: Tables of a student's work with no class column: by the student.
STUDENT_TABLES = ("revision", "mastery_override", "modified_target", "student_group")

# ----------------------------------------------------------------------------- passwords


def _account(url: str) -> str:
    u = make_url(url)
    return f"{u.username}@{u.host}:{u.port or 5432}/{u.database}"


def with_password(url: str) -> str:
    """``url`` with the password the keyring holds for it, when the URL has none."""
    u = make_url(url)
    if u.password or not u.username:
        return url
    secret = _keyring_get(_account(url))
    return u.set(password=secret).render_as_string(hide_password=False) if secret else url


def with_secret(url: str, password: str) -> str:
    """``url`` with ``password`` in it (kept in memory only, never written anywhere)."""
    if not password:
        return url
    return make_url(url).set(password=password).render_as_string(hide_password=False)


def remember_password(url: str, password: str) -> bool:
    """Keep ``password`` for ``url`` in the operating system's keyring; False if there is none."""
    try:
        import keyring
        from keyring.errors import KeyringError

        keyring.set_password(KEYRING_SERVICE, _account(url), password)
    except (ImportError, KeyringError, RuntimeError) as exc:
        log.warning("no keyring to keep the hub's password in: %s", exc)
        return False
    return True


def _keyring_get(account: str) -> str | None:
    try:
        import keyring
        from keyring.errors import KeyringError

        return keyring.get_password(KEYRING_SERVICE, account)
    except (ImportError, KeyringError, RuntimeError) as exc:
        log.info("no keyring to read the hub's password from: %s", exc)
        return None


def without_password(url: str) -> str:
    """The URL to keep in settings or show: never with its password."""
    return make_url(url).render_as_string(hide_password=True).replace(":***@", "@")


def open_hub(url: str, data_dir: Path | str | None = None):  # type: ignore[no-untyped-def]
    """Open the hub at ``url`` (password from the URL, the keyring or ``PGPASSWORD``)."""
    from cbe_desktop.core.store import Store

    return Store.open_database(with_password(url), data_dir)


def check_login(url: str, data_dir: Path | str | None = None) -> None:
    """Raise the hub's one-sentence refusal (:class:`~cbe_desktop.core.errors.CbeError`)
    when it does not accept the login and password in ``url``; writes nothing."""
    open_hub(url, data_dir).close()


# ----------------------------------------------------------------------------- attachment files


def has_blob(conn: Connection, sha256: str) -> bool:
    return (
        conn.execute(text("SELECT 1 FROM hub_blob WHERE sha256 = :s"), {"s": sha256}).first()
        is not None
    )


def put_blob(conn: Connection, sha256: str, data: bytes) -> None:
    conn.execute(
        text("INSERT INTO hub_blob (sha256, data) VALUES (:s, :d) ON CONFLICT DO NOTHING"),
        {"s": sha256, "d": data},
    )


def get_blob(conn: Connection, sha256: str) -> bytes | None:
    data = conn.execute(text("SELECT data FROM hub_blob WHERE sha256 = :s"), {"s": sha256}).scalar()
    return bytes(data) if data is not None else None


def hidden_ids(conn: Connection, table: str, ids: Iterable[str]) -> set[str]:
    """The ids of ``table`` the hub holds that the connected login may not see (row-level
    security); empty on a hub without policies, or for its administrator."""
    wanted = sorted(set(ids))
    if not wanted or not has_policies(conn):
        return set()
    existing = set(
        conn.execute(text("SELECT cbe_existing(:t, :ids)"), {"t": table, "ids": wanted}).scalars()
    )
    if not existing:
        return set()
    seen = set(
        conn.execute(
            text(f'SELECT id FROM "{table}" WHERE id = ANY(:ids)'), {"ids": sorted(existing)}
        ).scalars()
    )
    return existing - seen


def has_policies(conn: Connection) -> bool:
    """Whether ``hub init`` has set up row-level security on this hub."""
    found = conn.execute(text("SELECT to_regprocedure('cbe_existing(text,text[])')"))
    return found.scalar() is not None


# ----------------------------------------------------------------------------- roles and policies


def _policies_sql() -> str:
    """Row-level security for every synchronised table (run by :func:`init_hub`)."""
    t, o = TEACHER_GROUP, OFFICE_GROUP
    out = [
        # Who teaches what, and whose students, looked up as the tables' owner (so the
        # policies do not recurse into each other), for the role connected now.
        """
CREATE OR REPLACE FUNCTION cbe_my_classes() RETURNS SETOF text
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS
$$ SELECT class_id FROM hub_class_teacher WHERE login = session_user $$;
CREATE OR REPLACE FUNCTION cbe_my_students() RETURNS SETOF text
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS
$$ SELECT e.student_id FROM enrollment e
   JOIN hub_class_teacher h ON h.class_id = e.class_id AND h.login = session_user $$;
CREATE OR REPLACE FUNCTION cbe_my_tasks() RETURNS SETOF text
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS
$$ SELECT k.id FROM task k
   JOIN hub_class_teacher h ON h.class_id = k.class_id AND h.login = session_user $$;
-- The same as arrays, which the policies read once per statement (an InitPlan), so
-- that the indexes on class_id and student_id find a teacher's rows among millions.
CREATE OR REPLACE FUNCTION cbe_my_class_ids() RETURNS text[]
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS
$$ SELECT coalesce(array_agg(class_id), '{}') FROM hub_class_teacher WHERE login = session_user $$;
CREATE OR REPLACE FUNCTION cbe_my_student_ids() RETURNS text[]
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS
$$ SELECT coalesce(array_agg(DISTINCT e.student_id), '{}') FROM enrollment e
   JOIN hub_class_teacher h ON h.class_id = e.class_id AND h.login = session_user $$;
CREATE OR REPLACE FUNCTION cbe_my_task_ids() RETURNS text[]
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS
$$ SELECT coalesce(array_agg(k.id), '{}') FROM task k
   JOIN hub_class_teacher h ON h.class_id = k.class_id AND h.login = session_user $$;
-- A class a teacher's laptop sends first becomes that teacher's class.
CREATE OR REPLACE FUNCTION cbe_claim_class() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS
$$ BEGIN
  IF pg_has_role(session_user, 'cbe_teacher', 'MEMBER') THEN
    INSERT INTO hub_class_teacher (class_id, login) VALUES (NEW.id, session_user)
    ON CONFLICT DO NOTHING;
  END IF;
  RETURN NEW;
END $$;
DROP TRIGGER IF EXISTS cbe_claim_class ON school_class;
CREATE TRIGGER cbe_claim_class AFTER INSERT ON school_class
FOR EACH ROW EXECUTE FUNCTION cbe_claim_class();
-- Which of these ids the hub holds, seen or not by the caller (a laptop leaves out
-- the rows of classes its teacher does not teach, rather than have them refused).
CREATE OR REPLACE FUNCTION cbe_existing(tbl text, ids text[]) RETURNS SETOF text
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public AS
$$ BEGIN
  IF tbl NOT IN (SELECT tablename FROM pg_tables WHERE schemaname = 'public') THEN
    RETURN;
  END IF;
  RETURN QUERY EXECUTE format('SELECT id::text FROM %I WHERE id = ANY($1)', tbl) USING ids;
END $$;
-- A conflict is seen by whoever can see the row it is about.
CREATE OR REPLACE FUNCTION cbe_row_visible(tbl text, rid text) RETURNS boolean
LANGUAGE plpgsql STABLE SECURITY INVOKER SET search_path = public AS
$$ DECLARE found boolean;
BEGIN
  IF tbl NOT IN (SELECT tablename FROM pg_tables WHERE schemaname = 'public') THEN
    RETURN false;
  END IF;
  EXECUTE format('SELECT EXISTS (SELECT 1 FROM %I WHERE id = $1)', tbl) INTO found USING rid;
  RETURN found;
END $$;
""",
    ]
    # "= ANY ((SELECT f())::text[])": the array is made once per statement and the index
    # on the column is used (a district hub holds millions of rows of other classes).
    mine = "= ANY ((SELECT cbe_my_class_ids())::text[])"
    students = "= ANY ((SELECT cbe_my_student_ids())::text[])"
    rules: dict[str, str] = {}
    for name in SHARED_TABLES:
        rules[name] = "true"
    rules["school_class"] = f"id {mine}"
    rules["student"] = f"id {students}"
    for name in CLASS_TABLES:
        rules[name] = f"class_id {mine}"
    rules["task"] = f"class_id {mine} OR class_id IS NULL"
    rules["task_rubric_descriptor"] = "task_id = ANY ((SELECT cbe_my_task_ids())::text[])"
    for name in WORK_TABLES:
        rules[name] = f"class_id {mine} OR (class_id IS NULL AND student_id {students})"
    for name in STUDENT_TABLES:
        rules[name] = f"student_id {students}"
    rules["conflict"] = "cbe_row_visible(table_name, row_id)"
    # Calibration sets travel blind (no student's name, no class level): colleagues share
    # them like frameworks; where a piece came from is seen only with its evidence.
    for name in ("calibration_set", "calibration_piece", "calibration_score"):
        rules[name] = "true"
    rules["calibration_consensus"] = "true"
    rules["calibration_source"] = "evidence_id IN (SELECT id FROM evidence)"
    missing = {m.__tablename__ for m in SYNCED_TABLES} - set(rules) - {"sync_log"}
    assert not missing, f"tables without a policy: {missing}"
    # A new class or student may be sent before the rows that make it the teacher's.
    inserts = {"school_class": "true", "student": "true"}
    for name, rule in rules.items():
        out.append(
            f"""
ALTER TABLE {name} ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS teacher_reads ON {name};
DROP POLICY IF EXISTS teacher_adds ON {name};
DROP POLICY IF EXISTS teacher_changes ON {name};
DROP POLICY IF EXISTS office_reads ON {name};
CREATE POLICY teacher_reads ON {name} FOR SELECT TO {t} USING ({rule});
CREATE POLICY teacher_adds ON {name} FOR INSERT TO {t} WITH CHECK ({inserts.get(name, rule)});
CREATE POLICY teacher_changes ON {name} FOR UPDATE TO {t} USING ({rule}) WITH CHECK ({rule});
CREATE POLICY office_reads ON {name} FOR SELECT TO {o} USING (true);
GRANT SELECT, INSERT, UPDATE ON {name} TO {t};
GRANT SELECT ON {name} TO {o};
"""
        )
    out.append(
        f"""
GRANT SELECT ON alembic_version, setting TO {t}, {o};
GRANT SELECT, UPDATE ON replica TO {t};
GRANT SELECT ON replica TO {o};
GRANT SELECT, INSERT ON hub_blob TO {t};
GRANT SELECT ON hub_blob, hub_teacher, hub_class_teacher TO {o};
REVOKE ALL ON hub_teacher, hub_class_teacher FROM {t};
"""
    )
    return "\n".join(out)


def init_hub(admin_url: str, data_dir: Path | str | None = None) -> None:
    """Make (or bring up to date) a hub: schema, hub tables, the two groups, the policies.

    Run by the IT person with the database owner's URL; running it again changes nothing
    that is already right (so it also brings the policies of an older hub up to date).
    """
    store = open_hub(admin_url, data_dir)
    try:
        with store.engine.begin() as conn:
            for group in (TEACHER_GROUP, OFFICE_GROUP):
                conn.exec_driver_sql(
                    f"DO $$ BEGIN CREATE ROLE {group} NOLOGIN; "
                    "EXCEPTION WHEN duplicate_object THEN NULL; END $$"
                )
            ensure_hub_tables(conn)
            run_script(conn, _policies_sql())
            database = conn.exec_driver_sql("SELECT current_database()").scalar_one()
            conn.exec_driver_sql(
                f'GRANT CONNECT ON DATABASE "{database}" TO {TEACHER_GROUP}, {OFFICE_GROUP}'
            )
    finally:
        store.close()
    log.info("hub ready: %s", without_password(admin_url))


def add_person(
    admin_url: str, login: str, name: str, *, office: bool = False, password: str | None = None
) -> str:
    """A login role for one teacher (or office person); returns the password given to it.

    The password is made here when none is given (and shown once to the IT person, who
    passes it on); the hub keeps only PostgreSQL's salted hash (SCRAM) of it.
    """
    if not _LOGIN.match(login):
        raise InvalidInputError(
            QT_TRANSLATE_NOOP(
                "Hub",
                "The login {login} cannot be used; use 2 to 41 lowercase letters, digits "
                "or _, starting with a letter (for example: mrivera).",
            )(login=repr(login))
        )
    secret = password or secrets.token_urlsafe(12)
    group = OFFICE_GROUP if office else TEACHER_GROUP
    store = open_hub(admin_url)
    try:
        with store.engine.begin() as conn:
            ensure_hub_tables(conn)
            exists = conn.execute(
                text("SELECT 1 FROM pg_roles WHERE rolname = :r"), {"r": login}
            ).first()
            verb = "ALTER" if exists else "CREATE"
            quoted = conn.exec_driver_sql("SELECT quote_literal(%s)", (secret,)).scalar_one()
            conn.exec_driver_sql(
                f"{verb} ROLE {login} LOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE "
                f"PASSWORD {quoted}"
            )
            conn.exec_driver_sql(f"GRANT {group} TO {login}")
            conn.execute(
                text(
                    "INSERT INTO hub_teacher (login, name, office) VALUES (:l, :n, :o) "
                    "ON CONFLICT (login) DO UPDATE SET name = :n, office = :o"
                ),
                {"l": login, "n": name, "o": office},
            )
    finally:
        store.close()
    return secret


def assign_class(admin_url: str, login: str, class_id: str) -> None:
    """Let ``login`` teach ``class_id`` too (a co-teacher, or a class moved to another)."""
    store = open_hub(admin_url)
    try:
        with store.engine.begin() as conn:
            conn.execute(
                text(
                    "INSERT INTO hub_class_teacher (class_id, login) VALUES (:c, :l) "
                    "ON CONFLICT DO NOTHING"
                ),
                {"c": class_id, "l": login},
            )
    finally:
        store.close()


def url_for(admin_url: str, login: str) -> str:
    """The URL a teacher's laptop uses: the hub's address with the teacher's login."""
    return without_password(
        make_url(admin_url).set(username=login, password=None).render_as_string()
    )
