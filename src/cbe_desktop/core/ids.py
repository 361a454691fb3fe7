"""Identity and time: UUIDv7 row ids and a hybrid logical clock (HLC).

Every row is keyed by a UUIDv7 made on the laptop that created it, so two laptops
never hand out the same key. Every change is stamped by the HLC: a string that sorts
in time order, ``"<wall ms, 13 digits>-<counter, 4 digits>-<replica id>"``. The clock
never runs backwards, even if the computer's clock does, and it moves past every
stamp it has seen from another laptop, so "newer" means the same on every laptop.
"""

from __future__ import annotations

import os
import secrets
import threading
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass

HLC_WALL_DIGITS = 13
HLC_COUNTER_DIGITS = 4
_MAX_COUNTER = 10**HLC_COUNTER_DIGITS - 1


def new_id(now_ms: int | None = None) -> str:
    """A UUIDv7 string: 48 bits of Unix milliseconds, then random bits (RFC 9562)."""
    ms = int(time.time() * 1000) if now_ms is None else now_ms
    rand = int.from_bytes(os.urandom(10), "big")
    value = (ms & ((1 << 48) - 1)) << 80
    value |= 0x7 << 76  # version 7
    value |= ((rand >> 68) & 0xFFF) << 64  # rand_a, 12 bits
    value |= 0b10 << 62  # RFC 4122 variant
    value |= rand & ((1 << 62) - 1)  # rand_b, 62 bits
    return str(uuid.UUID(int=value))


def new_replica_id() -> str:
    """A short random id naming one installation (one store on one laptop)."""
    return secrets.token_hex(8)


@dataclass(frozen=True, order=True)
class Stamp:
    """A parsed HLC stamp."""

    wall_ms: int
    counter: int
    replica: str

    def __str__(self) -> str:
        wall = f"{self.wall_ms:0{HLC_WALL_DIGITS}d}"
        return f"{wall}-{self.counter:0{HLC_COUNTER_DIGITS}d}-{self.replica}"

    @classmethod
    def parse(cls, text: str) -> Stamp:
        """Read a stamp; raises ValueError for anything that is not one."""
        parts = text.split("-", 2)
        if (
            len(parts) != 3
            or len(parts[0]) != HLC_WALL_DIGITS
            or len(parts[1]) != HLC_COUNTER_DIGITS
        ):
            raise ValueError(f"not a clock stamp: {text!r}")
        # ASCII digits only: "١٢٣" is a digit to str.isdigit() but sorts unlike "123"
        numbers = parts[0] + parts[1]
        if not (numbers.isascii() and numbers.isdigit()) or not parts[2]:
            raise ValueError(f"not a clock stamp: {text!r}")
        return cls(int(parts[0]), int(parts[1]), parts[2])

    def following(self) -> Stamp:
        """The next stamp this stamp's laptop can issue (the same millisecond, counted on)."""
        if self.counter < _MAX_COUNTER:
            return Stamp(self.wall_ms, self.counter + 1, self.replica)
        return Stamp(self.wall_ms + 1, 0, self.replica)


def stamp_wall_ms(text: str) -> int:
    """The wall-clock milliseconds of a stamp (0 for an unreadable one)."""
    try:
        return Stamp.parse(text).wall_ms
    except ValueError:
        return 0


class HybridLogicalClock:
    """Issues stamps for one replica; thread-safe.

    ``now()`` gives a stamp greater than every stamp issued or observed before.
    ``observe(stamp)`` moves the clock past a stamp received from another laptop,
    unless that stamp is too far in the future (a laptop with a wrong clock):
    such a stamp is refused so that one bad clock cannot drag every laptop along.
    """

    def __init__(
        self,
        replica: str,
        last: str | None = None,
        wall_clock: Callable[[], float] = time.time,
        max_drift_ms: int = 24 * 3600 * 1000,
    ) -> None:
        self.replica = replica
        self._wall_clock = wall_clock
        self._max_drift_ms = max_drift_ms
        self._lock = threading.Lock()
        self._wall = 0
        self._counter = 0
        if last:
            self.observe(last, force=True)

    def _physical_ms(self) -> int:
        return int(self._wall_clock() * 1000)

    def now(self) -> str:
        with self._lock:
            physical = self._physical_ms()
            if physical > self._wall:
                self._wall, self._counter = physical, 0
            elif self._counter < _MAX_COUNTER:
                self._counter += 1
            else:  # more than 10,000 stamps in one millisecond: borrow the next one
                self._wall, self._counter = self._wall + 1, 0
            return str(Stamp(self._wall, self._counter, self.replica))

    def is_far_future(self, stamp: str) -> bool:
        """True when a stamp lies further ahead of this laptop's clock than allowed."""
        return stamp_wall_ms(stamp) > self._physical_ms() + self._max_drift_ms

    def observe(self, stamp: str, *, force: bool = False) -> bool:
        """Move past ``stamp``; returns False (and ignores it) if it is far in the future."""
        try:
            seen = Stamp.parse(stamp)
        except ValueError:
            return False
        if not force and self.is_far_future(stamp):
            return False
        with self._lock:
            if (seen.wall_ms, seen.counter) > (self._wall, self._counter):
                self._wall, self._counter = seen.wall_ms, seen.counter
        return True

    @property
    def last(self) -> str:
        with self._lock:
            return str(Stamp(self._wall, self._counter, self.replica))
