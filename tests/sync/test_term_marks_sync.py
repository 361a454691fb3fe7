"""Term marks travel like scores: a term Ms. Rivera closed stays closed on Mr. Ortiz's
laptop, a closed term's mark changed on both laptops is a conflict to choose from, and a
sync file with a mark that breaks the rules is refused whole."""

from __future__ import annotations

import hashlib
import json
import zipfile
from pathlib import Path

import pytest
from sync_helpers import ClassSetup, Laptop, dump, open_conflicts, score

from cbe_desktop.core.term_marks import class_marks
from cbe_desktop.core.term_records import close_term, override_term_mark
from cbe_desktop.sync import conflicts
from cbe_desktop.sync.bundle import MANIFEST
from cbe_desktop.sync.errors import BundleError
from cbe_desktop.sync.exchange import import_bundle


@pytest.fixture
def laptops(tmp_path):
    rivera = Laptop(tmp_path, "rivera")
    ortiz = Laptop(tmp_path, "ortiz", skew=5.0)
    setup = ClassSetup(rivera)
    score(rivera, setup, 0, 0, 4)
    score(rivera, setup, 0, 1, 4)
    close_term(rivera.store, setup.class_id, by="Ms Rivera")
    rivera.send_to(ortiz)
    yield rivera, ortiz, setup
    rivera.close()
    ortiz.close()


def course_mark(laptop: Laptop, setup: ClassSetup, student: int = 0):
    with laptop.store.read() as session:
        marks = class_marks(session, setup.class_id)
    return next(s for s in marks.students if s.student_id == setup.student_ids[student]).course


def test_a_closed_term_stays_closed_on_the_other_laptop_when_it_records_later_evidence(laptops):
    rivera, ortiz, setup = laptops
    before = course_mark(ortiz, setup)
    assert before.frozen
    score(ortiz, setup, 0, 0, 1)  # a later score, on Ortiz's laptop
    assert course_mark(ortiz, setup).mark == before.mark
    ortiz.send_to(rivera)
    assert course_mark(rivera, setup).mark == before.mark


def test_a_closed_terms_mark_changed_on_both_laptops_is_a_conflict_like_any_score(laptops):
    rivera, ortiz, setup = laptops
    ana = setup.student_ids[0]
    override_term_mark(rivera.store, setup.class_id, ana, "course", "B", "Late project.")
    override_term_mark(ortiz.store, setup.class_id, ana, "course", "C", "Retook the test.")
    rivera.send_to(ortiz)
    ortiz.send_to(rivera)
    for laptop in (rivera, ortiz):
        assert course_mark(laptop, setup).mark == "C"  # Ortiz's is the newer
        (conflict,) = open_conflicts(laptop.store)
        assert (conflict["table_name"], conflict["reason"]) == ("term_mark", "concurrent_edit")
        assert conflict["theirs"]["override_mark"] == "B"
    assert dump(rivera.store) == dump(ortiz.store)
    # Rivera reads it in words and takes hers back; the choice travels.
    with rivera.store.read() as session:
        (view,) = conflicts.open_conflicts(session)
    assert view.title.startswith("A term mark: Ana García in ")
    assert ("Mark set by the teacher", "C", "B") in {
        (d.label, d.mine_words, d.theirs_words) for d in view.differences
    }
    conflicts.take_theirs(rivera.store, view.id)
    rivera.send_to(ortiz)
    for laptop in (rivera, ortiz):
        assert course_mark(laptop, setup).mark == "B"
        assert open_conflicts(laptop.store) == []


def _with_rows(source: Path, out: Path, table: str, edit) -> Path:  # type: ignore[no-untyped-def]
    with zipfile.ZipFile(source) as zf:
        doc = json.loads(zf.read(MANIFEST))
        parts = {n: zf.read(n) for n in zf.namelist() if n != MANIFEST}
    name = f"tables/{table}.jsonl"
    rows = [json.loads(line) for line in parts[name].split(b"\n") if line]
    parts[name] = b"\n".join(json.dumps(edit(r)).encode() for r in rows)
    doc["members"] = {
        n: {"sha256": hashlib.sha256(d).hexdigest(), "size": len(d)} for n, d in parts.items()
    }
    with zipfile.ZipFile(out, "w") as zf:
        for n, d in parts.items():
            zf.writestr(n, d)
        zf.writestr(MANIFEST, json.dumps(doc))
    return out


BAD_MARKS = [
    (lambda r: {**r, "override_mark": "A", "reason": ""}, "reason"),
    (lambda r: {**r, "subject": "=HYPERLINK(1)"}, "subject"),
    (lambda r: {**r, "mark": "A" * 500}, "mark"),
]


def test_a_sync_file_with_a_mark_that_breaks_the_rules_is_refused_whole(laptops, tmp_path):
    rivera, _, _ = laptops
    other = Laptop(tmp_path, "office")
    try:
        sent = rivera.export()
        before = dump(other.store)
        for n, (edit, words) in enumerate(BAD_MARKS):
            path = _with_rows(sent, tmp_path / f"bad-{n}.cbesync", "term_mark", edit)
            with pytest.raises(BundleError) as refused:
                import_bundle(other.store, path)
            assert words in str(refused.value) and "\n" not in str(refused.value)
            assert dump(other.store) == before
    finally:
        other.close()
