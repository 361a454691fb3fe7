"""Row ids and the hybrid logical clock, told as what happens on a teacher's laptops."""

from __future__ import annotations

import random
import uuid

import pytest

from cbe_desktop.core.ids import HybridLogicalClock, Stamp, new_id, new_replica_id

DAY_MS = 24 * 3600 * 1000
NOW = 1_767_225_600.0  # 2026-01-01 00:00:00 UTC, in seconds


class FakeWallClock:
    """A laptop clock the test can set, forwards or (wrongly) backwards."""

    def __init__(self, seconds: float = NOW) -> None:
        self.seconds = seconds

    def __call__(self) -> float:
        return self.seconds

    def set_ms(self, ms: int) -> None:
        self.seconds = ms / 1000


# ----------------------------------------------------------------------------- row ids


def test_every_new_row_id_is_a_uuid_version_7_with_the_rfc_4122_variant():
    for _ in range(200):
        value = uuid.UUID(new_id())
        assert value.version == 7
        assert value.variant == uuid.RFC_4122


def test_a_row_id_carries_the_millisecond_it_was_made():
    ms = int(NOW * 1000) + 123
    assert uuid.UUID(new_id(now_ms=ms)).int >> 80 == ms


def test_ids_made_a_millisecond_apart_sort_in_the_order_they_were_made():
    start = int(NOW * 1000)
    ids = [new_id(now_ms=start + n) for n in range(50)]
    shuffled = ids[:]
    random.shuffle(shuffled)
    assert sorted(shuffled) == ids
    assert sorted(shuffled, key=lambda i: uuid.UUID(i).int) == ids


def test_two_ids_made_in_the_same_millisecond_are_still_different():
    ms = int(NOW * 1000)
    ids = {new_id(now_ms=ms) for _ in range(1000)}
    assert len(ids) == 1000


def test_each_installation_gets_its_own_replica_id():
    first, second = new_replica_id(), new_replica_id()
    assert first != second
    assert first and "-" not in first  # a replica id never breaks a stamp apart


# ----------------------------------------------------------------------------- the clock


def test_stamps_strictly_increase_while_the_laptop_clock_stands_still():
    clock = HybridLogicalClock("laptop-a", wall_clock=FakeWallClock())
    stamps = [clock.now() for _ in range(100)]
    assert stamps == sorted(stamps)
    assert len(set(stamps)) == len(stamps)


def test_stamps_keep_increasing_when_the_laptop_clock_is_set_back_an_hour():
    wall = FakeWallClock()
    clock = HybridLogicalClock("laptop-a", wall_clock=wall)
    before = clock.now()
    wall.seconds -= 3600
    after = [clock.now() for _ in range(5)]
    assert all(s > before for s in after)
    assert after == sorted(after)
    assert Stamp.parse(after[-1]).wall_ms == Stamp.parse(before).wall_ms


def test_the_clock_follows_the_laptop_clock_again_once_it_catches_up():
    wall = FakeWallClock()
    clock = HybridLogicalClock("laptop-a", wall_clock=wall)
    clock.now()
    wall.seconds += 5
    stamp = Stamp.parse(clock.now())
    assert stamp.wall_ms == int(wall.seconds * 1000)
    assert stamp.counter == 0


def test_ten_thousand_grades_in_one_millisecond_still_get_distinct_increasing_stamps():
    clock = HybridLogicalClock("laptop-a", wall_clock=FakeWallClock())
    stamps = [clock.now() for _ in range(10_050)]
    assert len(set(stamps)) == len(stamps)
    assert stamps == sorted(stamps)


def test_observing_a_stamp_from_another_laptop_moves_the_clock_past_it():
    wall = FakeWallClock()
    mine = HybridLogicalClock("laptop-a", wall_clock=wall)
    mine.now()
    theirs = str(Stamp(int(NOW * 1000) + 60_000, 7, "laptop-b"))  # their clock is a minute ahead
    assert mine.observe(theirs) is True
    after = Stamp.parse(mine.now())
    remote = Stamp.parse(theirs)
    assert (after.wall_ms, after.counter) > (remote.wall_ms, remote.counter)
    assert after.replica == "laptop-a"


def test_observing_an_older_stamp_does_not_move_the_clock_back():
    wall = FakeWallClock()
    clock = HybridLogicalClock("laptop-a", wall_clock=wall)
    latest = clock.now()
    assert clock.observe(str(Stamp(int(NOW * 1000) - 10_000, 0, "laptop-b"))) is True
    assert clock.now() > latest


def test_a_stamp_from_a_laptop_whose_clock_is_days_ahead_is_refused():
    wall = FakeWallClock()
    clock = HybridLogicalClock("laptop-a", wall_clock=wall)
    before = clock.last
    far = str(Stamp(int(NOW * 1000) + DAY_MS + 1, 0, "laptop-wrong-clock"))
    assert clock.is_far_future(far) is True
    assert clock.observe(far) is False
    assert clock.last == before
    assert Stamp.parse(clock.now()).wall_ms == int(NOW * 1000)


def test_a_stamp_just_within_a_day_ahead_is_accepted():
    clock = HybridLogicalClock("laptop-a", wall_clock=FakeWallClock())
    near = str(Stamp(int(NOW * 1000) + DAY_MS, 0, "laptop-b"))
    assert clock.is_far_future(near) is False
    assert clock.observe(near) is True
    assert clock.now() > near


def test_observing_garbage_changes_nothing():
    clock = HybridLogicalClock("laptop-a", wall_clock=FakeWallClock())
    before = clock.last
    assert clock.observe("not a stamp") is False
    assert clock.last == before


def test_a_clock_restarted_from_its_last_stamp_never_issues_an_older_one():
    wall = FakeWallClock()
    first = HybridLogicalClock("laptop-a", wall_clock=wall)
    for _ in range(3):
        last = first.now()
    wall.seconds -= 7 * 24 * 3600  # the laptop's battery died and its clock reset a week back
    restarted = HybridLogicalClock("laptop-a", last=last, wall_clock=wall)
    assert restarted.now() > last


# ----------------------------------------------------------------------------- stamps


def test_a_stamp_reads_back_exactly_as_it_was_written():
    stamp = Stamp(int(NOW * 1000), 42, "a1b2c3d4e5f60718")
    text = str(stamp)
    assert text == f"{int(NOW * 1000):013d}-0042-a1b2c3d4e5f60718"
    assert Stamp.parse(text) == stamp
    assert str(Stamp.parse(text)) == text


@pytest.mark.parametrize(
    "garbage",
    [
        "",
        "hello",
        "1767225600000",
        "1767225600000-0001",
        "1767225600000-0001-",
        "176722560000-0001-abc",  # 12 digits of wall time
        "1767225600000-001-abc",  # 3 digits of counter
        "17672256000x0-0001-abc",
        "1767225600000-00a1-abc",
        "abc-0001-1767225600000",
        "١٧٦٧٢٢٥٦٠٠٠٠٠-0001-abc",  # Arabic-Indic digits would sort above every real stamp
        "1767225600000-０００１-abc",  # full-width digits
    ],
)
def test_something_that_is_not_a_stamp_is_refused(garbage):
    with pytest.raises(ValueError):
        Stamp.parse(garbage)


def test_stamps_sort_as_plain_strings_in_time_order():
    wall = FakeWallClock()
    clock = HybridLogicalClock("b7", wall_clock=wall)
    stamps = []
    for step in (0, 0, 1, 1, 250, 999, 1000, 86_400_000):
        wall.set_ms(int(NOW * 1000) + step)
        stamps.append(clock.now())
    shuffled = stamps[:]
    random.shuffle(shuffled)
    assert sorted(shuffled) == stamps
    assert sorted(shuffled, key=Stamp.parse) == stamps
