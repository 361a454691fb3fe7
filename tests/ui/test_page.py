"""Every page refreshes when it is shown: a change made while a page is hidden is read
when the teacher opens it, not at every keypress behind it (``ui/page.py``)."""

from __future__ import annotations

from cbe_desktop.core.changes import Changes
from cbe_desktop.core.roster import create_class
from cbe_desktop.ui.operations import Operations
from cbe_desktop.ui.page import Page
from cbe_desktop.ui.roster_page import RosterPage


def listed(page: RosterPage) -> list[str]:
    return [page.classes.item(row).text() for row in range(page.classes.count())]


def test_a_class_added_behind_the_classes_page_is_listed_when_the_teacher_opens_it(qtbot, store):
    operations = Operations(store)
    page = RosterPage(store, operations)
    qtbot.addWidget(page)
    assert not any("Art 8" in name for name in listed(page))

    assert operations.call(lambda: create_class(store, "Art 8"))
    qtbot.wait(1)  # the event loop turns: a page on screen would have refreshed by now
    assert page.stale
    assert not any("Art 8" in name for name in listed(page))  # hidden: not read yet

    page.show()
    assert not page.stale
    assert any("Art 8" in name for name in listed(page))


class Counting(Page):
    """A page that counts its refreshes, and shows only classes."""

    def refresh(self) -> None:
        self.refreshes = getattr(self, "refreshes", 0) + 1

    def shows(self, changes: Changes) -> bool:
        return bool(changes.classes)


def test_a_page_on_screen_refreshes_once_per_action_and_only_for_what_it_shows(qtbot, store):
    operations = Operations(store)
    page = Counting(store, operations, stale=True)
    qtbot.addWidget(page)
    page.show()
    assert page.refreshes == 1  # read when first shown

    operations.changed.emit(Changes(classes=frozenset({"a"})))
    operations.changed.emit(Changes(classes=frozenset({"b"})))
    assert page.refreshes == 1  # not in the middle of the action...
    qtbot.waitUntil(lambda: page.refreshes == 2)  # ...once, just after it
    qtbot.wait(1)
    assert page.refreshes == 2

    operations.changed.emit(Changes(evidence=frozenset({"e"})))
    qtbot.wait(1)
    assert page.refreshes == 2 and not page.stale  # a change it does not show


def test_a_page_that_does_not_say_how_it_reads_the_store_is_refused_when_defined():
    """Not when a teacher first opens its tab: the mistake shows at import, in the tests."""
    import pytest

    with pytest.raises(TypeError, match="define refresh"):

        class Forgetful(Page):
            def shows(self, changes):  # type: ignore[no-untyped-def]
                return True

    class Reads(Page):
        def refresh(self) -> None:
            pass

    assert Reads.refresh is not Page.refresh
