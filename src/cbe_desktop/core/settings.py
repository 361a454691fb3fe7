"""The teacher's settings (teacher name, school, ...), kept in the store."""

from __future__ import annotations

from typing import TYPE_CHECKING

from cbe_desktop.core.mastery import Method
from cbe_desktop.core.reads import Source, rows_of

if TYPE_CHECKING:
    from cbe_desktop.core.sessions import Tx

DEFAULTS = {
    "teacher": "",
    "school": "",
    "default_method": Method.LATEST,
    "backup_folder": "",  # a second place for backups (a USB stick, a shared folder)
    "language": "",  # interface language; empty: the computer's
    "zoom": "100",  # text size, percent of the system's
    "contrast": "",  # "high" or "standard"; empty: as the computer says
    "welcomed": "",  # the first-run screen was answered
    # Whether evidence from another class or an earlier year counts toward a learner's
    # estimate: "this_class", "all_evidence" or "proficient_stays" (core/learner.py).
    "earlier_evidence": "all_evidence",
    # The school's rules from target levels to a term mark (core/term_marks.py); empty:
    # the first preset.
    "term_mark_rules": "",
    "hub_url": "",  # the school hub this laptop syncs with (never with its password)
}


def get_setting(source: Source, key: str) -> str:
    value = rows_of(source).value("SELECT value FROM setting WHERE key = :k", {"k": key})
    return value if value is not None else DEFAULTS.get(key, "")


def set_setting(tx: Tx, key: str, value: str) -> None:
    from cbe_desktop.core.models import Setting

    row = tx.session.get(Setting, key)
    if row is None:
        row = Setting(key=key)
    row.value = value
    row.hlc = tx.hlc()
    row.origin = tx.replica
    tx.session.add(row)


def save_settings(store, values: dict[str, str]):  # type: ignore[no-untyped-def]
    """Save several settings in one transaction (one teacher action)."""
    from cbe_desktop.core.changes import Changes
    from cbe_desktop.core.errors import InvalidInputError
    from cbe_desktop.core.phrases import QT_TRANSLATE_NOOP

    unknown = set(values) - set(DEFAULTS)
    if unknown:
        raise InvalidInputError(
            QT_TRANSLATE_NOOP("Settings", "There is no setting called {name}.")(
                name=repr(sorted(unknown)[0])
            )
        )
    with store.transaction() as tx:
        for key, value in values.items():
            set_setting(tx, key, str(value).strip())
    return Changes(everything=True)


def all_settings(source: Source) -> dict[str, str]:
    db = rows_of(source)
    return {key: get_setting(db, key) for key in DEFAULTS}
