"""The IT person's commands (hub init, hub add-teacher) and a laptop's hub sync command."""

from __future__ import annotations

import json

from cbe_desktop.cli import main
from cbe_desktop.core import hub


def test_the_it_person_sets_up_a_hub_adds_a_teacher_whose_laptop_then_syncs(
    new_hub_url, tmp_path, capsys, cli_sandbox
):
    admin = new_hub_url()
    assert main(["hub", "init", admin]) == 0
    assert "is ready" in capsys.readouterr().out
    assert main(["hub", "add-teacher", admin, "--login", "lee7", "--name", "Ms Lee"]) == 0
    said = capsys.readouterr().out
    password = said.rsplit(": ", 1)[1].strip()
    teacher_url = hub.url_for(admin, "lee7")
    assert teacher_url in said and password not in teacher_url
    laptop = ["--data-dir", str(tmp_path / "laptop")]
    assert main([*laptop, "demo"]) == 0
    capsys.readouterr()
    assert main([*laptop, "hub", "sync", hub.with_secret(teacher_url, password)]) == 0
    assert "Sent to the school hub:" in capsys.readouterr().out
    assert main([*laptop, "stats", "--json"]) == 0
    on_laptop = json.loads(capsys.readouterr().out)
    assert main(["--database", admin, "stats", "--json"]) == 0
    on_hub = json.loads(capsys.readouterr().out)
    assert on_hub == on_laptop and on_hub["evidence"] > 100
    # a co-teacher is given the class by the IT person, and then reads it
    assert main(["hub", "add-teacher", admin, "--login", "ortiz2", "--name", "Mr Ortiz"]) == 0
    second = capsys.readouterr().out.rsplit(": ", 1)[1].strip()
    ortiz = hub.with_secret(hub.url_for(admin, "ortiz2"), second)
    assert main(["--database", ortiz, "classes"]) == 0
    assert "Math 7" not in capsys.readouterr().out
    assert main(["hub", "assign", admin, "--login", "ortiz2", "--class", "Math 7 — Period 2"]) == 0
    assert "now teaches" in capsys.readouterr().out
    assert main(["--database", ortiz, "classes"]) == 0
    assert "Math 7 — Period 2" in capsys.readouterr().out
    assert main(["hub", "assign", admin, "--login", "ortiz2", "--class", "Art 9"]) == 1
    refusal = capsys.readouterr().err.strip()
    assert "Art 9" in refusal and "\n" not in refusal


def test_a_laptop_with_no_hub_named_says_how_to_name_one(tmp_path, capsys, cli_sandbox):
    assert main(["--data-dir", str(tmp_path), "hub", "sync"]) == 1
    assert "No school hub is set for this laptop" in capsys.readouterr().err


def test_the_window_opens_on_the_hub_for_the_office(new_hub_url, tmp_path, cli_sandbox, qapp):
    admin = new_hub_url()
    assert main(["--database", admin, "demo"]) == 0
    picture = tmp_path / "hub.png"
    assert main(["--database", admin, "--screenshot", str(picture)]) == 0
    assert picture.stat().st_size > 10_000


def test_backup_and_restore_asked_of_the_hub_say_it_is_the_servers_job_and_touch_no_laptop(
    new_hub_url, tmp_path, capsys, cli_sandbox
):
    """`--database URL backup|restore` once copied a laptop's file: a restore would have
    replaced the laptop's data in the hub's stead. Now one sentence, nothing done."""
    admin = new_hub_url()
    assert main(["hub", "init", admin]) == 0
    laptop = ["--data-dir", str(tmp_path / "laptop")]
    assert main([*laptop, "demo"]) == 0
    assert main([*laptop, "backup", "--out", str(tmp_path / "monday.sqlite")]) == 0
    assert main([*laptop, "demo", "--lang", "es"]) == 0  # Tuesday's work, after the backup
    capsys.readouterr()
    assert main([*laptop, "stats", "--json"]) == 0
    tuesday = json.loads(capsys.readouterr().out)
    assert main([*laptop, "--database", admin, "backup"]) == 1
    said = capsys.readouterr().err.strip()
    assert "backed up and restored on its server" in said and "\n" not in said
    restore = [*laptop, "--database", admin, "restore", str(tmp_path / "monday.sqlite")]
    assert main(restore) == 1
    assert "ask the school's IT person" in capsys.readouterr().err
    assert main([*laptop, "stats", "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == tuesday  # the laptop kept Tuesday's work
