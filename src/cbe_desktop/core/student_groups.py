"""Student groups a school reports equity by: gender, IEP, English learner, race/ethnicity.

Filled from the school's information system: a OneRoster export's ``demographics.csv``
(``sex``, the race flags, ``hispanicOrLatinoEthnicity``) and, from any roster, extra
columns named like ``IEP``, ``English learner`` (``ELL``, ``EL``, ``LEP``), ``Gender``
(``Sex``) or ``Race/ethnicity``. A student's grade is their ``Student.grade``: not stored
again. Values are stored as plain words (``yes``/``no``, ``female``), one live row per
student and kind; only school-wide views read them, with small groups suppressed.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from sqlmodel import Session, col, select

from cbe_desktop.core.ids import new_id
from cbe_desktop.core.models import STORED_GROUP_KINDS, StudentGroup
from cbe_desktop.core.phrases import QT_TRANSLATE_NOOP
from cbe_desktop.core.store import Tx

#: Kinds stored in ``student_group`` (the grade is the student's own field).
STORED_KINDS = STORED_GROUP_KINDS
NOT_RECORDED = "not_recorded"

#: How a view names a kind and a value (the window translates them).
KIND_WORDS = {
    "gender": QT_TRANSLATE_NOOP("School", "Gender"),
    "iep": QT_TRANSLATE_NOOP("School", "IEP"),
    "english_learner": QT_TRANSLATE_NOOP("School", "English learner"),
    "race_ethnicity": QT_TRANSLATE_NOOP("School", "Race/ethnicity"),
    "grade": QT_TRANSLATE_NOOP("School", "Grade"),
}
VALUE_WORDS = {
    "yes": QT_TRANSLATE_NOOP("School", "yes"),
    "no": QT_TRANSLATE_NOOP("School", "no"),
    "female": QT_TRANSLATE_NOOP("School", "female"),
    "male": QT_TRANSLATE_NOOP("School", "male"),
    "other": QT_TRANSLATE_NOOP("School", "other"),
    NOT_RECORDED: QT_TRANSLATE_NOOP("School", "not recorded"),
    "hispanic_or_latino": QT_TRANSLATE_NOOP("School", "Hispanic or Latino"),
    "american_indian_or_alaska_native": QT_TRANSLATE_NOOP(
        "School", "American Indian or Alaska Native"
    ),
    "asian": QT_TRANSLATE_NOOP("School", "Asian"),
    "black_or_african_american": QT_TRANSLATE_NOOP("School", "Black or African American"),
    "native_hawaiian_or_pacific_islander": QT_TRANSLATE_NOOP(
        "School", "Native Hawaiian or other Pacific Islander"
    ),
    "white": QT_TRANSLATE_NOOP("School", "White"),
    "two_or_more": QT_TRANSLATE_NOOP("School", "Two or more races"),
}

#: Column names (casefolded, spaces and punctuation dropped) that name each kind.
GROUP_COLUMNS: dict[str, tuple[str, ...]] = {
    "gender": ("gender", "sex"),
    "iep": ("iep", "hasiep", "specialeducation", "sped", "individualizededucationprogram"),
    "english_learner": (
        "englishlearner",
        "ell",
        "el",
        "lep",
        "esl",
        "englishlanguagelearner",
        "limitedenglishproficiency",
    ),
    "race_ethnicity": ("raceethnicity", "race", "ethnicity"),
}

#: OneRoster demographics.csv race flags, in the order the standard lists them.
RACE_FLAGS = (
    ("americanIndianOrAlaskaNative", "american_indian_or_alaska_native"),
    ("asian", "asian"),
    ("blackOrAfricanAmerican", "black_or_african_american"),
    ("nativeHawaiianOrOtherPacificIslander", "native_hawaiian_or_pacific_islander"),
    ("white", "white"),
)
_YES = {"yes", "y", "true", "t", "1", "x", "si", "sí"}
_NO = {"no", "n", "false", "f", "0"}


def column_key(header: str) -> str:
    """A column's name as compared: casefolded, letters and digits only, any
    ``metadata.`` prefix dropped (``metadata.IEP`` is ``iep``)."""
    folded = header.strip().casefold()
    if folded.startswith("metadata."):
        folded = folded[len("metadata.") :]
    return "".join(ch for ch in folded if ch.isalnum())


def group_columns(header: Iterable[str]) -> dict[str, int]:
    """{kind: column index} for the group columns a file's header has (first one wins)."""
    found: dict[str, int] = {}
    for i, name in enumerate(header):
        key = column_key(name)
        for kind, names in GROUP_COLUMNS.items():
            if key in names and kind not in found:
                found[kind] = i
    return found


def normal_value(kind: str, text: str) -> str | None:
    """The stored word for what a file says (None: nothing usable, leave as it is)."""
    value = " ".join(text.split()).casefold()
    if not value or value in ("unspecified", "unknown", "n/a", "na", "-"):
        return None
    if kind in ("iep", "english_learner"):
        if value in _YES:
            return "yes"
        if value in _NO:
            return "no"
        return None
    if kind == "gender":
        return {"m": "male", "f": "female", "x": "other"}.get(value, value)[:40]
    return value.replace(" ", "_")[:60]


def demographics_groups(row: Mapping[str, str]) -> dict[str, str]:
    """The groups of one row of OneRoster's demographics.csv (header -> cell)."""
    by_key = {column_key(k): (v or "").strip() for k, v in row.items()}
    found: dict[str, str] = {}
    sex = normal_value("gender", by_key.get("sex", ""))
    if sex:
        found["gender"] = sex
    races = [word for flag, word in RACE_FLAGS if by_key.get(column_key(flag), "") in _YES]
    if by_key.get("hispanicorlatinoethnicity", "").casefold() in _YES:
        found["race_ethnicity"] = "hispanic_or_latino"
    elif len(races) > 1 or by_key.get("demographicracetwoormoreraces", "").casefold() in _YES:
        found["race_ethnicity"] = "two_or_more"
    elif races:
        found["race_ethnicity"] = races[0]
    for kind in ("iep", "english_learner"):
        for key, text in by_key.items():
            if key in GROUP_COLUMNS[kind]:
                value = normal_value(kind, text)
                if value:
                    found[kind] = value
                    break
    return found


def set_student_groups(tx: Tx, student_id: str, groups: Mapping[str, str]) -> int:
    """Record a student's groups (kind -> value); returns how many rows changed.

    One live row per student and kind: a new value updates that row (a sync merges it as
    any edit), an unchanged one is left alone. Kinds not given are kept as they are.
    """
    wanted = {k: v for k, v in groups.items() if k in STORED_KINDS and v}
    if not wanted:
        return 0
    rows = tx.session.exec(
        select(StudentGroup).where(
            col(StudentGroup.student_id) == student_id, col(StudentGroup.deleted_hlc).is_(None)
        )
    )
    have = {row.kind: row for row in rows}
    changed = 0
    for kind, value in wanted.items():
        row = have.get(kind)
        if row is None:
            tx.add(
                StudentGroup(
                    id=new_id(), hlc="", origin="", student_id=student_id, kind=kind, value=value
                )
            )
            changed += 1
        elif row.value != value:
            row.value = value
            tx.touch(row)
            changed += 1
    return changed


def groups_of(session: Session, kind: str, student_ids: Iterable[str] | None = None) -> dict:
    """{student id: value} of one stored kind (students without a row are left out)."""
    query = select(StudentGroup.student_id, StudentGroup.value).where(
        col(StudentGroup.kind) == kind, col(StudentGroup.deleted_hlc).is_(None)
    )
    found = dict(session.exec(query).all())
    if student_ids is None:
        return found
    wanted = set(student_ids)
    return {k: v for k, v in found.items() if k in wanted}
