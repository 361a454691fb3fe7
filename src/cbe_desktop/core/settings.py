"""The teacher's settings (teacher name, school, ...), kept in the store."""

from __future__ import annotations

from sqlmodel import Session

from cbe_desktop.core.models import Setting
from cbe_desktop.core.store import Tx

DEFAULTS = {"teacher": "", "school": "", "default_method": "latest"}


def get_setting(session: Session, key: str) -> str:
    row = session.get(Setting, key)
    return row.value if row is not None else DEFAULTS.get(key, "")


def set_setting(tx: Tx, key: str, value: str) -> None:
    row = tx.session.get(Setting, key)
    if row is None:
        row = Setting(key=key)
    row.value = value
    row.hlc = tx.hlc()
    row.origin = tx.replica
    tx.session.add(row)
