"""A target's words in a family's language, and a student's name order, travel by file."""

from __future__ import annotations

from sync_helpers import ClassSetup, Laptop, dump

from cbe_desktop.core.models import Student
from cbe_desktop.core.targets import save_wording, wordings


def _words(laptop: Laptop, target_id: str) -> dict[str, tuple[str, str]]:
    with laptop.store.read() as session:
        return wordings(session, [target_id]).get(target_id, {})


def test_a_wording_its_change_and_its_removal_travel_both_ways(tmp_path):
    mine, theirs = Laptop(tmp_path, "rivera"), Laptop(tmp_path, "co-teacher")
    setup = ClassSetup(mine)
    target = setup.target_ids[0]
    save_wording(mine.store, target, "es", statement="Razono.", i_can="Puedo razonar.")
    mine.send_to(theirs)
    assert _words(theirs, target) == {"es": ("Razono.", "Puedo razonar.")}
    save_wording(theirs.store, target, "es", statement="Razono bien.", i_can="Puedo razonar.")
    save_wording(theirs.store, target, "vi", statement="Con suy luận.", i_can="")
    theirs.send_to(mine)
    assert _words(mine, target) == {
        "es": ("Razono bien.", "Puedo razonar."),
        "vi": ("Con suy luận.", ""),
    }
    save_wording(mine.store, target, "vi", statement="", i_can="")
    mine.send_to(theirs)
    assert _words(theirs, target) == {"es": ("Razono bien.", "Puedo razonar.")}
    assert dump(mine.store)["target_wording"] == dump(theirs.store)["target_wording"]
    before = dump(theirs.store)
    mine.send_to(theirs)  # again: nothing changes
    assert dump(theirs.store)["target_wording"] == before["target_wording"]


def test_two_laptops_writing_the_same_language_show_the_newest_on_both(tmp_path):
    mine, theirs = Laptop(tmp_path, "rivera"), Laptop(tmp_path, "co-teacher")
    setup = ClassSetup(mine)
    target = setup.target_ids[0]
    mine.send_to(theirs)
    save_wording(mine.store, target, "ar", statement="أحلّ المسائل.", i_can="")
    save_wording(theirs.store, target, "ar", statement="أحلّ المسائل خطوة خطوة.", i_can="")
    theirs.send_to(mine)
    mine.send_to(theirs)
    assert _words(mine, target) == _words(theirs, target)
    assert _words(mine, target)["ar"][0] == "أحلّ المسائل خطوة خطوة."


def test_a_students_name_order_travels(tmp_path):
    from cbe_desktop.core.roster import update_student

    mine, theirs = Laptop(tmp_path, "rivera"), Laptop(tmp_path, "co-teacher")
    setup = ClassSetup(mine)
    student = setup.student_ids[0]
    update_student(mine.store, student, name_order="family_first")
    mine.send_to(theirs)
    with theirs.store.read() as session:
        assert session.get(Student, student).name_order == "family_first"
