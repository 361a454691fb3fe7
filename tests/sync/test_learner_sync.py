"""A merge of two student records, and its undoing, reach the other laptop."""

from __future__ import annotations

from sync_helpers import ClassSetup, Laptop

from cbe_desktop.core.learner import learner_ids, merge_students, unmerge_students


def test_a_merge_made_on_one_laptop_and_undone_later_is_the_same_on_the_other(tmp_path):
    school, home = Laptop(tmp_path, "school"), Laptop(tmp_path, "home")
    setup = ClassSetup(school)
    ana, twin = setup.student_ids[0], setup.student_ids[1]
    school.send_to(home)
    merge_students(school.store, ana, twin)
    school.send_to(home, since=True)
    with home.store.read() as session:
        assert set(learner_ids(session, twin)) == {ana, twin}
    unmerge_students(school.store, twin)
    school.send_to(home, since=True)
    with home.store.read() as session:
        assert learner_ids(session, twin) == [twin]
    school.close()
    home.close()
