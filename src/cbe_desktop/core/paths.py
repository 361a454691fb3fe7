"""Where a teacher's data lives: the data folder and the database file's name.

Light on purpose (no SQLAlchemy): the command line finds the folder before the store's
libraries have loaded, so the file's check can begin while they load (see
:func:`cbe_desktop.core.sqlite_file.begin_quick_check`).
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

#: The store's database file inside the data folder.
DB_FILE = "cbe-desktop.sqlite"
#: The environment variable that names another data folder.
ENV_DATA_DIR = "CBE_DESKTOP_DATA_DIR"


def default_data_dir() -> Path:
    """The data folder: ``$CBE_DESKTOP_DATA_DIR``, else the platform's user data folder."""
    env = os.environ.get(ENV_DATA_DIR)
    if env:
        return Path(env).expanduser()
    return Path(platformdirs.user_data_dir("cbe-desktop", appauthor=False))
