"""Calibration by file (issue 17): a leader sends a blind set of work to two colleagues on
their own laptops, everyone scores, the leader gathers the returns and sees how far the
three of them agree; hostile and mismatched return files are refused with the leader's
store unchanged."""

from __future__ import annotations

import json
import shutil
import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlmodel import select
from sync_helpers import ClassSetup, Laptop, files_digest

from cbe_desktop.core.agreement import agreement
from cbe_desktop.core.attachments import store_files
from cbe_desktop.core.calibration import (
    find_piece,
    load_set,
    make_set,
    record_consensus,
    record_score,
)
from cbe_desktop.core.evidence import EvidenceEntry, create_task, record_evidence
from cbe_desktop.core.models import Conflict
from cbe_desktop.core.store import Store
from cbe_desktop.sync.calibration_files import (
    gather_return,
    open_set_file,
    write_return_file,
    write_set_file,
)
from cbe_desktop.sync.errors import BundleError, PassphraseError
from cbe_desktop.sync.exchange import import_bundle

PASS = "river otters swim at dawn"
#: What each of the three teachers gives pieces A..D.
LEVELS = {
    "Ms Rivera": (3, 2, 4, 1),
    "Mr Okafor": (3, 3, 4, 1),
    "Ms Lindqvist": (3, 2, 2, 2),
}


class Cycle:
    """The leader's laptop with a class, four scored pieces of work and a set of them.

    Made once per module (:meth:`build`); each test works on its own copy (:meth:`copy`).
    """

    def __init__(self, root: Path) -> None:
        self.root = root
        self.leader = Laptop(root, "leader")
        self.setup = ClassSetup(self.leader, students=4, targets=1)
        target = self.setup.target_ids[0]
        task_id, _ = create_task(
            self.leader.store,
            self.setup.class_id,
            "Ratio tables",
            "2026-10-01",
            target_ids=[target],
            notes="Use a ratio table to find the price of 7 pencils.",
            rubric={target: {3.0: "Completes the table and explains the key step."}},
        )
        photo = root / "ana_garcia_ratio_work.jpg"
        photo.write_bytes(b"\xff\xd8\xff a photo of the work")
        (attachment,) = store_files(self.leader.store, [photo])
        self.evidence = []
        for n, level in enumerate((3.0, 2.0, 4.0, 1.0)):
            self.evidence.append(
                record_evidence(
                    self.leader.store,
                    EvidenceEntry(
                        student_id=self.setup.student_ids[n],
                        target_id=target,
                        produced_on="2026-10-01",
                        level=level,
                        class_id=self.setup.class_id,
                        task_id=task_id,
                        attachment_ids=[attachment] if n == 0 else [],
                    ),
                ).evidence_id
            )
        self.set_id = make_set(
            self.leader.store, "Ratio tables, October", self.evidence, leader="Ms Rivera"
        )
        self.locked_file = root / "ratio-locked.cbecal"
        write_set_file(self.leader.store, self.set_id, self.locked_file, passphrase=PASS)
        self.set_file = root / "ratio.cbecal"
        write_set_file(self.leader.store, self.set_id, self.set_file)
        self.leader.close()

    def copy(self, root: Path) -> Cycle:
        twin = Cycle.__new__(Cycle)
        twin.__dict__.update(self.__dict__)
        shutil.copytree(self.leader.folder, root / "leader")
        twin.root = root
        twin.leader = Laptop.at(root / "leader", "leader")
        return twin

    def score_all(self, laptop: Laptop, scorer: str) -> None:
        with laptop.store.read() as session:
            pieces = {label: find_piece(session, self.set_id, label).id for label in "ABCD"}
        for label, level in zip("ABCD", LEVELS[scorer], strict=True):
            record_score(laptop.store, pieces[label], scorer, level, f"{scorer} on {label}")


def refused_unchanged(laptop: Laptop, action: Callable[[Store], object], **raises: Any) -> str:
    """The one sentence ``action`` is refused with; the laptop's store files are unchanged
    (compared with the store closed, as a teacher's next start would find them)."""
    laptop.store.close()
    before = files_digest(laptop.folder)
    laptop.store = Store.open(laptop.folder)
    try:
        with pytest.raises(raises.pop("kind", BundleError), **raises) as refused:
            action(laptop.store)
    finally:
        laptop.store.close()
    assert files_digest(laptop.folder) == before
    laptop.store = Store.open(laptop.folder)
    said = str(refused.value)
    assert "\n" not in said and said.endswith(".") and said.count(". ") == 0, said
    return said


@pytest.fixture(scope="module")
def made(tmp_path_factory: pytest.TempPathFactory) -> Cycle:
    return Cycle(tmp_path_factory.mktemp("calibration"))


@pytest.fixture
def cycle(made: Cycle, tmp_path: Path) -> Iterator[Cycle]:
    twin = made.copy(tmp_path)
    yield twin
    twin.leader.close()


def test_three_teachers_on_three_laptops_calibrate_through_files(cycle: Cycle, tmp_path):
    colleagues = {"Mr Okafor": Laptop(tmp_path, "okafor"), "Ms Lindqvist": Laptop(tmp_path, "lind")}
    returns = []
    for scorer, laptop in colleagues.items():
        opened = open_set_file(laptop.store, cycle.locked_file, PASS)
        assert (opened.pieces, opened.attachments, opened.new) == (4, 1, True)
        cycle.score_all(laptop, scorer)
        path = tmp_path / f"{laptop.name}-return.cbecal"
        write_return_file(laptop.store, cycle.set_id, scorer, path, passphrase=PASS)
        returns.append(path)
    cycle.score_all(cycle.leader, "Ms Rivera")
    for path in returns:
        gathered = gather_return(cycle.leader.store, path, PASS)
        assert (gathered.added, gathered.replaced) == (4, 0)

    with cycle.leader.store.read() as session:
        view = load_set(session, cycle.set_id)
    result = agreement(view)
    assert view.scorers == ("Mr Okafor", "Ms Lindqvist", "Ms Rivera")
    assert (result.exact, result.adjacent, result.compared) == (1, 3, 4)
    assert result.sentences()[0] == (
        "You agreed exactly on 1 of 4 pieces, and within one level on 3 of 4."
    )
    assert result.boundaries[0].low[0] == 2.0 and result.boundaries[0].high[0] == 3.0
    assert result.alpha is not None and -1 <= result.alpha <= 1
    assert len(result.kappas) == 3


def test_a_set_file_names_no_student_and_no_level_given_in_class(cycle: Cycle, tmp_path):
    plain = tmp_path / "plain.cbecal"
    write_set_file(cycle.leader.store, cycle.set_id, plain)
    with zipfile.ZipFile(plain) as zf:
        everything = b"".join(zf.read(name) for name in zf.namelist())
        pieces = [
            json.loads(line)
            for line in zf.read("tables/calibration_piece.jsonl").split(b"\n")
            if line
        ]
    for name in (b"Ana", b"Garc", b"Mateo", b"ana_garcia"):
        assert name not in everything
    assert "tables/calibration_source.jsonl" not in zf.namelist()
    assert not {"original_level", "evidence_id"} & set(pieces[0])
    assert b"Use a ratio table to find the price of 7 pencils." in everything
    assert b"Completes the table and explains the key step." in everything


def test_a_colleague_sees_only_their_own_scores(cycle: Cycle, tmp_path):
    laptop = Laptop(tmp_path, "okafor")
    open_set_file(laptop.store, cycle.set_file)
    cycle.score_all(laptop, "Mr Okafor")
    cycle.score_all(cycle.leader, "Ms Rivera")
    with cycle.leader.store.read() as session:
        mine = load_set(session, cycle.set_id, scorer="Ms Rivera")
    assert {s.scorer for p in mine.pieces for s in p.scores} == {"Ms Rivera"}


def test_gathering_the_same_return_twice_changes_nothing(cycle: Cycle, tmp_path):
    laptop = Laptop(tmp_path, "okafor")
    open_set_file(laptop.store, cycle.set_file)
    cycle.score_all(laptop, "Mr Okafor")
    path = tmp_path / "back.cbecal"
    write_return_file(laptop.store, cycle.set_id, "Mr Okafor", path)
    gather_return(cycle.leader.store, path)
    cycle.leader.store.close()
    before = files_digest(cycle.leader.folder)
    cycle.leader.store = Store.open(cycle.leader.folder)
    again = gather_return(cycle.leader.store, path)
    cycle.leader.store.close()
    assert (again.added, again.replaced, again.unchanged) == (0, 0, 4)
    assert files_digest(cycle.leader.folder) == before


def test_a_second_return_replaces_the_scorers_first_scores(cycle: Cycle, tmp_path):
    laptop = Laptop(tmp_path, "okafor")
    open_set_file(laptop.store, cycle.set_file)
    cycle.score_all(laptop, "Mr Okafor")
    first = tmp_path / "first.cbecal"
    write_return_file(laptop.store, cycle.set_id, "Mr Okafor", first)
    gather_return(cycle.leader.store, first)
    with laptop.store.read() as session:
        piece_b = find_piece(session, cycle.set_id, "B").id
    record_score(laptop.store, piece_b, "Mr Okafor", 2, "On second reading: no explanation.")
    second = tmp_path / "second.cbecal"
    write_return_file(laptop.store, cycle.set_id, "Mr Okafor", second)
    assert gather_return(cycle.leader.store, second).replaced == 1
    with cycle.leader.store.read() as session:
        piece_b = next(p for p in load_set(session, cycle.set_id).pieces if p.label == "B")
    (score,) = piece_b.scores
    assert (score.level, score.rationale) == (2.0, "On second reading: no explanation.")


# ----------------------------------------------------------------------------- refused


def _return_with(cycle: Cycle, tmp_path: Path, change) -> Path:  # type: ignore[no-untyped-def]
    """A return file from a colleague, its scores changed by ``change`` (a hostile edit)."""
    laptop = Laptop(tmp_path, "okafor")
    open_set_file(laptop.store, cycle.set_file)
    cycle.score_all(laptop, "Mr Okafor")
    honest = tmp_path / "honest.cbecal"
    write_return_file(laptop.store, cycle.set_id, "Mr Okafor", honest)
    with zipfile.ZipFile(honest) as zf:
        parts = {name: zf.read(name) for name in zf.namelist()}
    scores = [
        json.loads(line) for line in parts["tables/calibration_score.jsonl"].split(b"\n") if line
    ]
    change(scores)
    data = b"".join(json.dumps(s).encode() + b"\n" for s in scores)
    parts["tables/calibration_score.jsonl"] = data
    manifest = json.loads(parts["manifest.json"])
    import hashlib

    manifest["members"]["tables/calibration_score.jsonl"] = {
        "sha256": hashlib.sha256(data).hexdigest(),
        "size": len(data),
    }
    manifest["counts"]["calibration_score"] = len(scores)
    parts["manifest.json"] = json.dumps(manifest).encode()
    hostile = tmp_path / "hostile.cbecal"
    with zipfile.ZipFile(hostile, "w") as zf:
        for name, body in parts.items():
            zf.writestr(name, body)
    return hostile


def _off_rubric(scores: list[dict]) -> None:
    scores[0]["level"] = 7.0


def _another_piece(scores: list[dict]) -> None:
    scores[0]["piece_id"] = "01900000-0000-7000-8000-000000000000"


def _two_scorers(scores: list[dict]) -> None:
    scores[1]["scorer"] = "Someone Else"


def _huge_level(scores: list[dict]) -> None:
    scores[0]["level"] = 1e308


def _twice(scores: list[dict]) -> None:
    scores[1]["piece_id"] = scores[0]["piece_id"]


@pytest.mark.parametrize(
    ("change", "words"),
    [
        (_off_rubric, "piece A has the level 7, which its rubric lacks"),
        (_another_piece, "is for a piece this set does not hold"),
        (_two_scorers, "the scores of 2 different scorers"),
        (_huge_level, "not a level from -1,000 to 1,000"),
        (_twice, "scores piece"),
    ],
)
def test_a_mismatched_return_is_refused_whole_and_the_leaders_store_is_unchanged(
    cycle: Cycle, tmp_path: Path, change, words: str
):
    hostile = _return_with(cycle, tmp_path, change)
    said = refused_unchanged(cycle.leader, lambda store: gather_return(store, hostile))
    assert words in said and said.startswith("This calibration file was refused")


def test_a_return_for_a_set_this_laptop_never_made_is_refused(cycle: Cycle, tmp_path: Path):
    laptop = Laptop(tmp_path, "okafor")
    open_set_file(laptop.store, cycle.set_file)
    cycle.score_all(laptop, "Mr Okafor")
    path = tmp_path / "back.cbecal"
    write_return_file(laptop.store, cycle.set_id, "Mr Okafor", path)
    elsewhere = Laptop(tmp_path, "another-school")
    refused_unchanged(
        elsewhere,
        lambda store: gather_return(store, path),
        match="which this laptop does not hold; gather it on the",
    )


def test_a_zip_bomb_or_a_path_out_of_the_folder_is_refused(cycle: Cycle, tmp_path: Path):
    bomb = tmp_path / "bomb.cbecal"
    with zipfile.ZipFile(bomb, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("manifest.json", b"{}")
        zf.writestr("tables/calibration_score.jsonl", b"\n" * (60 * 1024 * 1024))
    slip = tmp_path / "slip.cbecal"
    with zipfile.ZipFile(slip, "w") as zf:
        zf.writestr("../../evil.py", b"print('hi')")
    refused_unchanged(
        cycle.leader, lambda store: gather_return(store, bomb), match="inflates more than 200"
    )
    refused_unchanged(
        cycle.leader, lambda store: gather_return(store, slip), match="name this program never"
    )


def test_a_wrong_passphrase_a_sync_file_and_a_set_file_are_refused_as_returns(
    cycle: Cycle, tmp_path: Path
):
    sync_file = cycle.leader.export()
    refused_unchanged(
        cycle.leader,
        lambda store: gather_return(store, cycle.locked_file, "not the passphrase"),
        kind=PassphraseError,
    )
    refused_unchanged(
        cycle.leader,
        lambda store: gather_return(store, sync_file),
        match="not a cbe-desktop calibration file",
    )
    refused_unchanged(
        cycle.leader,
        lambda store: gather_return(store, cycle.set_file),
        match="is a calibration set to score, not a return file",
    )


def test_sync_refuses_a_calibration_file(cycle: Cycle, tmp_path: Path):
    laptop = Laptop(tmp_path, "okafor")
    with pytest.raises(BundleError, match="not a cbe-desktop sync file"):
        import_bundle(laptop.store, cycle.set_file)


def test_a_blind_set_file_that_says_where_a_piece_came_from_is_refused_by_the_scorer(
    cycle: Cycle, tmp_path: Path
):
    import hashlib

    plain = tmp_path / "plain.cbecal"
    write_set_file(cycle.leader.store, cycle.set_id, plain)
    with zipfile.ZipFile(plain) as zf:
        parts = {name: zf.read(name) for name in zf.namelist()}
    piece = json.loads(parts["tables/calibration_piece.jsonl"].split(b"\n")[0])
    leak = {
        "id": "01900000-0000-7000-8000-00000000beef",
        "hlc": piece["hlc"],
        "origin": piece["origin"],
        "deleted_hlc": None,
        "base_hlc": None,
        "piece_id": piece["id"],
        "evidence_id": cycle.evidence[0],
        "original_level": 3.0,
    }
    member = "tables/calibration_source.jsonl"
    data = json.dumps(leak).encode() + b"\n"
    parts[member] = data
    manifest = json.loads(parts["manifest.json"])
    manifest["members"][member] = {"sha256": hashlib.sha256(data).hexdigest(), "size": len(data)}
    manifest["counts"]["calibration_source"] = 1
    parts["manifest.json"] = json.dumps(manifest).encode()
    leaky = tmp_path / "leaky.cbecal"
    with zipfile.ZipFile(leaky, "w") as zf:
        for name, body in parts.items():
            zf.writestr(name, body)
    laptop = Laptop(tmp_path, "okafor")
    refused_unchanged(
        laptop,
        lambda store: open_set_file(store, leaky),
        match="came from and its level in class, which a blind set never says",
    )


def test_a_colleague_who_also_syncs_with_the_leader_brings_no_conflict(
    cycle: Cycle, tmp_path: Path
):
    """Co-teachers sync their gradebooks too: the set's rows are the same on both
    laptops, so an exchange finds nothing to argue about and the leader keeps where each
    piece came from."""
    laptop = Laptop(tmp_path, "okafor")
    open_set_file(laptop.store, cycle.set_file)
    cycle.score_all(laptop, "Mr Okafor")
    laptop.send_to(cycle.leader)
    cycle.leader.send_to(laptop)
    for store in (cycle.leader.store, laptop.store):
        with store.read() as session:
            assert session.exec(select(Conflict)).all() == []
    with cycle.leader.store.read() as session:
        view = load_set(session, cycle.set_id)
    assert [p.original_level for p in view.pieces] == [3.0, 2.0, 4.0, 1.0]
    assert {s.scorer for p in view.pieces for s in p.scores} == {"Mr Okafor"}


def test_a_consensus_piece_becomes_the_rubrics_exemplar_for_its_level(cycle: Cycle):
    from cbe_desktop.core.calibration import exemplars_for

    with cycle.leader.store.read() as session:
        piece_a = find_piece(session, cycle.set_id, "A")
    done = record_consensus(
        cycle.leader.store, piece_a.id, 3, "Complete table, key step explained.", exemplar=True
    )
    with cycle.leader.store.read() as session:
        shown = exemplars_for(session, [piece_a.target_id])[piece_a.target_id]
    assert [(e.level_value, e.file_name) for e in shown] == [(3.0, "Piece A, page 1.jpg")]
    assert "Complete table, key step explained." in shown[0].note
    # The group changes its mind: the exemplar moves to the new level, not both.
    record_consensus(cycle.leader.store, piece_a.id, 2, "The key step is not explained.")
    with cycle.leader.store.read() as session:
        assert exemplars_for(session, [piece_a.target_id]) == {}
    assert done.exemplar_ids
