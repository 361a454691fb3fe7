"""What an operation touched, so views refresh only what they show."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Changes:
    classes: frozenset[str] = frozenset()
    students: frozenset[str] = frozenset()
    targets: frozenset[str] = frozenset()
    evidence: frozenset[str] = frozenset()
    tasks: frozenset[str] = frozenset()
    everything: bool = False  # an import or a sync: refresh every view

    def __or__(self, other: Changes) -> Changes:
        return Changes(
            classes=self.classes | other.classes,
            students=self.students | other.students,
            targets=self.targets | other.targets,
            evidence=self.evidence | other.evidence,
            tasks=self.tasks | other.tasks,
            everything=self.everything or other.everything,
        )

    @property
    def empty(self) -> bool:
        return (
            not (self.classes or self.students or self.targets or self.evidence or self.tasks)
            and not self.everything
        )


NOTHING = Changes()
EVERYTHING = Changes(everything=True)
