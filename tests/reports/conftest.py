"""The demo class for the report tests, built once and shared (tests must not change it)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import pytest
from report_helpers import MATH

from cbe_desktop.core.conference import choose_showcase, showcase_candidates
from cbe_desktop.core.demo import build_demo
from cbe_desktop.core.gradebook import class_grid
from cbe_desktop.core.roster import find_class
from cbe_desktop.core.store import Store


@dataclass
class Demo:
    store: Store
    class_id: str
    #: a student who chose a piece of work with a photo, and one without
    with_photo: str
    without_photo: str


@pytest.fixture(scope="session")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Demo]:
    """The demo classes, with chosen work for two students. Tests must not change it."""
    store = Store.open(tmp_path_factory.mktemp("reports-demo"))
    build_demo(store)
    with store.read() as session:
        class_id = find_class(session, MATH).id
        students = [s.id for s in class_grid(session, class_id).students]
        chosen = {}
        for sid in students:
            candidates = showcase_candidates(session, sid, class_id)
            pictures = [c for c in candidates if c.has_attachment]
            if pictures and "photo" not in chosen:
                chosen["photo"] = (sid, pictures[0].evidence_id)
            elif candidates and not pictures and "plain" not in chosen:
                chosen["plain"] = (sid, candidates[0].evidence_id)
    for sid, evidence_id in chosen.values():
        choose_showcase(
            store, sid, evidence_id, note="I chose it because I fixed my mistakes on my own."
        )
    try:
        yield Demo(store, class_id, chosen["photo"][0], chosen["plain"][0])
    finally:
        store.close()
