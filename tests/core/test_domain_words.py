"""The domain's words are types (``Status``, ``Language``, ``Method``) whose values are
the words the program has always stored and written, so files and stores made before
them read the same, and a language added as a packet file is a member too."""

from __future__ import annotations

import json

from sqlmodel import select

from cbe_desktop.core.gradebook import class_grid
from cbe_desktop.core.languages import Language, packet_languages
from cbe_desktop.core.mastery import METHODS, Method
from cbe_desktop.core.models import SchoolClass, Student
from cbe_desktop.core.roster import create_class, create_student, enroll_students
from cbe_desktop.core.status import STATUSES, Status


def test_the_words_are_the_ones_stores_and_files_have_always_held():
    assert [str(s) for s in STATUSES] == ["proficient", "in_progress", "not_yet", "no_evidence"]
    assert [str(m) for m in METHODS] == [
        "latest",
        "highest",
        "average",
        "mode",
        "decaying_average",
        "weighted_average",
        "n_mastery",
        "power_law",
    ]
    assert Status.NOT_YET == "not_yet" and f"{Method.N_MASTERY}" == "n_mastery"
    assert json.dumps({"status": Status.PROFICIENT}) == '{"status": "proficient"}'


def test_every_packet_file_is_a_language_and_every_language_has_its_file():
    assert set(packet_languages()) == {str(code) for code in Language}
    assert packet_languages()[0] == Language.EN


def test_a_class_and_a_student_made_with_the_defaults_store_the_plain_words(store):
    class_id, _ = create_class(store, "Art 8")
    student_id, _ = create_student(store, "Ana", "García")
    enroll_students(store, class_id, [student_id])
    with store.read() as session:
        school_class = session.exec(select(SchoolClass)).one()
        student = session.exec(select(Student)).one()
        assert (school_class.method, student.family_language) == ("latest", "en")
        assert type(school_class.method) is str  # read back as text, as any old store
        grid = class_grid(session, class_id)
    assert all(c.status is Status.NO_EVIDENCE for row in grid.cells for c in row)
