"""No one sees what is not theirs: each teacher's own login, row-level security on the hub.

The proofs are hand-written SQL sent as a teacher's login (neither a superuser nor
allowed to bypass row-level security), not the program's own queries.
"""

from __future__ import annotations

import itertools

import psycopg
import pytest
from sync_helpers import ClassSetup, Laptop, dump, score

from cbe_desktop.core import hub
from cbe_desktop.core.errors import HubError, ReadOnlyError
from cbe_desktop.core.settings import set_setting
from cbe_desktop.core.store import Store
from cbe_desktop.sync.hub import sync_with_hub

_RUN = itertools.count(1)


@pytest.fixture(scope="module")
def school(new_hub_url_session, tmp_path_factory):
    """A hub with two teachers (Rivera: Math 7, Chen: Science 8) and an office login,
    each teacher's class sent from their laptop with their own login. Made once for the
    module: no test here changes what another one checks."""
    tmp_path = tmp_path_factory.mktemp("school")
    admin = new_hub_url_session()
    hub.init_hub(admin, tmp_path / "admin-files")
    n = next(_RUN)
    logins = {"rivera": f"rivera{n}", "chen": f"chen{n}", "office": f"office{n}"}
    urls = {}
    for who, login in logins.items():
        secret = hub.add_person(admin, login, who.title(), office=who == "office")
        urls[who] = hub.with_secret(hub.url_for(admin, login), secret)
    laptops, setups = {}, {}
    for who in ("rivera", "chen"):
        laptop = Laptop(tmp_path, who)
        setups[who] = ClassSetup(laptop)
        score(laptop, setups[who], 0, 0, 3.0)
        with Store.open_database(urls[who], tmp_path / f"{who}-files") as school_hub:
            sync_with_hub(laptop.store, school_hub)
        laptops[who] = laptop
    yield {"admin": admin, "urls": urls, "logins": logins, "laptops": laptops, "setups": setups}
    for laptop in laptops.values():
        laptop.close()


def as_login(url: str, sql: str, params: tuple = ()) -> list[tuple]:
    with psycopg.connect(url, autocommit=True) as conn:
        return conn.execute(sql, params).fetchall()


def test_a_teacher_cannot_read_another_teachers_students_or_evidence_with_hand_written_sql(
    school,
):
    chen, rivera = school["urls"]["chen"], school["setups"]["rivera"]
    assert as_login(chen, "SELECT rolsuper, rolbypassrls FROM pg_roles WHERE rolname = user") == [
        (False, False)
    ]
    students = {r[0] for r in as_login(chen, "SELECT id FROM student")}
    assert students == set(school["setups"]["chen"].student_ids)
    assert not students & set(rivera.student_ids)
    assert as_login(
        chen, "SELECT count(*) FROM evidence WHERE class_id = %s", (rivera.class_id,)
    ) == [(0,)]
    assert as_login(
        chen, "SELECT count(*) FROM student WHERE id = ANY(%s)", (rivera.student_ids,)
    ) == [(0,)]
    assert as_login(chen, "SELECT count(*) FROM school_class") == [(1,)]
    # Writing over Rivera's rows reaches none of them; adding to Rivera's class is refused.
    assert as_login(chen, "UPDATE student SET given_name = 'X' RETURNING id") != []
    with psycopg.connect(chen, autocommit=True) as conn:
        cur = conn.execute(
            "UPDATE evidence SET feedback = 'x' WHERE class_id = %s", (rivera.class_id,)
        )
        assert cur.rowcount == 0
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute(
                "INSERT INTO enrollment (id, class_id, student_id, hlc, origin, seen_hlc) "
                "VALUES ('e1', %s, 's1', 'h', 'o', 'h')",
                (rivera.class_id,),
            )
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("SELECT * FROM hub_class_teacher")
    with psycopg.connect(school["admin"]) as admin:
        names = admin.execute(
            "SELECT given_name FROM student WHERE id = ANY(%s)", (rivera.student_ids,)
        ).fetchall()
    assert "X" not in {r[0] for r in names}


def test_the_office_reads_every_class_and_changes_nothing(school, tmp_path):
    office = school["urls"]["office"]
    for table in ("school_class", "student", "evidence"):
        sql = f"SELECT count(*) FROM {table}"
        assert as_login(office, sql) == as_login(school["admin"], sql)
    assert as_login(office, "SELECT count(*) FROM school_class") >= [(2,)]
    with (
        psycopg.connect(office, autocommit=True) as conn,
        pytest.raises(psycopg.errors.InsufficientPrivilege),
    ):
        conn.execute("UPDATE student SET given_name = 'X'")
    with Store.open_database(office, tmp_path / "office-files") as store:
        assert store.read_only
        with (
            pytest.raises(ReadOnlyError, match="may read but not change"),
            store.transaction() as tx,
        ):
            set_setting(tx, "school", "X")


def test_a_teacher_syncing_receives_only_their_class_and_the_shared_frameworks(school, tmp_path):
    rivera = school["laptops"]["rivera"]
    chen_class = school["setups"]["chen"].class_id
    with Store.open_database(school["urls"]["rivera"], tmp_path / "again") as school_hub:
        sync_with_hub(rivera.store, school_hub)  # after Chen's first sync
    mine = dump(rivera.store)
    assert chen_class not in mine["school_class"]
    assert not set(school["setups"]["chen"].student_ids) & set(mine["student"])
    # Chen's framework is shared: it reached Rivera's laptop.
    assert len(mine["framework"]) == 2


def test_a_wrong_password_is_one_sentence_and_the_password_is_not_in_it(school, tmp_path):
    url = hub.with_secret(hub.url_for(school["admin"], school["logins"]["chen"]), "wrong-pw")
    with pytest.raises(HubError) as caught:
        Store.open_database(url, tmp_path)
    assert "wrong-pw" not in str(caught.value)


def test_hub_login_with_a_wrong_password_says_so_and_keeps_nothing(
    school, tmp_path, monkeypatch, capsys
):
    import keyring

    from cbe_desktop.cli import main

    kept: list[tuple] = []
    monkeypatch.setattr(keyring, "set_password", lambda *given: kept.append(given))
    bare = hub.without_password(school["urls"]["chen"])
    wrong = tmp_path / "password.txt"
    wrong.write_text("wrong-pw\n", encoding="utf-8")
    data = tmp_path / "laptop"
    code = main(["--data-dir", str(data), "hub", "login", bare, "--password-file", str(wrong)])
    said = capsys.readouterr().err
    assert code != 0
    assert said.strip().count("\n") == 0 and "wrong-pw" not in said
    assert kept == []  # nothing went to the keyring
    with Store.open(data) as laptop, laptop.read() as session:
        from cbe_desktop.core.settings import get_setting

        assert get_setting(session, "hub_url") == ""  # nor to the settings


def test_a_laptop_keeps_the_hub_password_in_the_keyring_never_in_its_settings(
    school, tmp_path, monkeypatch
):
    import keyring
    from keyring.backend import KeyringBackend

    class Memory(KeyringBackend):
        priority = 1
        kept: dict = {}

        def get_password(self, service, username):
            return self.kept.get((service, username))

        def set_password(self, service, username, password):
            self.kept[(service, username)] = password

        def delete_password(self, service, username):
            self.kept.pop((service, username), None)

    before = keyring.get_keyring()
    keyring.set_keyring(Memory())
    try:
        url = school["urls"]["chen"]
        bare = hub.without_password(url)
        secret = url.split(":")[2].split("@")[0]
        assert hub.remember_password(bare, secret)
        assert hub.with_password(bare) == url
        with hub.open_hub(bare, tmp_path) as store:
            assert store.is_hub
        assert secret not in bare
    finally:
        keyring.set_keyring(before)


def test_a_colleagues_class_received_by_file_stays_on_the_laptop_and_the_sync_goes_through(
    school, tmp_path
):
    chen = school["laptops"]["chen"]
    chen_setup = school["setups"]["chen"]
    # Rivera's second laptop: her class from the hub, then Chen's class by file.
    rivera = Laptop(tmp_path, "rivera-second")
    with Store.open_database(school["urls"]["rivera"], tmp_path / "rivera-first") as on_hub:
        sync_with_hub(rivera.store, on_hub)
    score(chen, chen_setup, 1, 1, 4.0)  # on Chen's laptop only, not yet on the hub
    chen.send_to(rivera)  # Rivera co-plans with Chen by file
    mine = score(rivera, school["setups"]["rivera"], 1, 0, 2.0)
    with psycopg.connect(school["admin"]) as admin:
        chens_before = admin.execute(
            "SELECT id, hlc FROM evidence WHERE class_id = %s ORDER BY id", (chen_setup.class_id,)
        ).fetchall()
    with Store.open_database(school["urls"]["rivera"], tmp_path / "rivera-again") as on_hub:
        summary = sync_with_hub(rivera.store, on_hub)
    assert summary.left_out > 0
    assert "were not sent" in summary.lines()[-1]
    with psycopg.connect(school["admin"]) as admin:
        assert admin.execute("SELECT count(*) FROM evidence WHERE id = %s", (mine,)).fetchone() == (
            1,
        )
        assert (
            admin.execute(
                "SELECT id, hlc FROM evidence WHERE class_id = %s ORDER BY id",
                (chen_setup.class_id,),
            ).fetchall()
            == chens_before
        )
    assert chen_setup.class_id in dump(rivera.store)["school_class"]  # still on her laptop
    rivera.close()
