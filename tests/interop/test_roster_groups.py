"""Student groups for the school's equity views come in with the roster: OneRoster's
demographics.csv, and extra columns (IEP, English learner, gender) of any roster."""

from __future__ import annotations

from sqlmodel import select

from cbe_desktop.core.models import Student, StudentGroup
from cbe_desktop.interop.detect import read_roster
from cbe_desktop.services.importing import apply_roster_import

DEMOGRAPHICS = (
    "sourcedId,status,dateLastModified,birthDate,sex,americanIndianOrAlaskaNative,asian,"
    "blackOrAfricanAmerican,nativeHawaiianOrOtherPacificIslander,white,"
    "demographicRaceTwoOrMoreRaces,hispanicOrLatinoEthnicity,metadata.iep,metadata.ell\n"
    "s-201,active,,2013-04-02,female,false,false,false,false,false,false,true,no,yes\n"
    "s-202,active,,2013-05-02,male,false,true,false,false,true,false,false,yes,no\n"
    "s-203,active,,2013-06-02,unspecified,false,true,false,false,false,false,false,,\n"
    "t-100,active,,1980-01-01,female,false,false,false,false,true,false,false,,\n"
)


def _groups(store) -> dict[str, dict[str, str]]:
    with store.read() as session:
        names = {s.id: s.family_name for s in session.exec(select(Student))}
        rows = session.exec(select(StudentGroup).where(StudentGroup.deleted_hlc.is_(None)))
        found: dict[str, dict[str, str]] = {}
        for row in rows:
            found.setdefault(names[row.student_id], {})[row.kind] = row.value
    return found


def test_a_oneroster_export_with_demographics_gives_each_student_their_groups(store, oneroster_zip):
    apply_roster_import(store, read_roster(oneroster_zip(extra={"demographics.csv": DEMOGRAPHICS})))
    groups = _groups(store)
    assert groups["García López"] == {
        "gender": "female",
        "race_ethnicity": "hispanic_or_latino",
        "iep": "no",
        "english_learner": "yes",
    }
    assert groups["Hernández"] == {
        "gender": "male",
        "race_ethnicity": "two_or_more",
        "iep": "yes",
        "english_learner": "no",
    }
    assert groups["Chen"] == {"race_ethnicity": "asian"}  # "unspecified" sex: not recorded
    assert "O'Connor" not in groups and "Rivera" not in groups  # no row; a teacher


def test_importing_the_next_export_updates_a_students_group_instead_of_adding_one(
    store, oneroster_zip
):
    apply_roster_import(store, read_roster(oneroster_zip(extra={"demographics.csv": DEMOGRAPHICS})))
    changed = DEMOGRAPHICS.replace("false,true,no,yes", "false,true,yes,yes")
    apply_roster_import(
        store, read_roster(oneroster_zip("next.zip", extra={"demographics.csv": changed}))
    )
    assert _groups(store)["García López"]["iep"] == "yes"
    with store.read() as session:
        rows = session.exec(select(StudentGroup).where(StudentGroup.kind == "iep")).all()
    assert len(rows) == 2  # one row a student and kind, updated in place


def test_a_plain_roster_with_iep_and_english_learner_columns_records_them(store, tmp_path):
    path = tmp_path / "class-list.csv"
    path.write_text(
        "First name,Last name,Student ID,IEP,English learner,Gender\n"
        "Ana,García,700201,Y,N,F\n"
        "Mateo,Hernández,700202,,yes,M\n"
        "Olivia,Chen,700203,maybe,,\n",
        encoding="utf-8",
    )
    apply_roster_import(store, read_roster(path, class_name="Math 7"))
    groups = _groups(store)
    assert groups["García"] == {"iep": "yes", "english_learner": "no", "gender": "female"}
    assert groups["Hernández"] == {"english_learner": "yes", "gender": "male"}
    assert "Chen" not in groups  # "maybe" is not a yes or a no: nothing is guessed
