"""What `pip install .` puts on a teacher's laptop: migrations, fonts, translations, the
command; and what it leaves in the repository (the translations' Qt Linguist sources)."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.slow
def test_the_wheel_carries_every_migration_the_packet_fonts_and_the_compiled_translations(
    tmp_path: Path,
):
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "-q",
            "-w",
            str(tmp_path),
            str(ROOT),
        ],
        check=True,
        capture_output=True,
    )
    wheel = next(tmp_path.glob("cbe_desktop-*.whl"))
    names = set(zipfile.ZipFile(wheel).namelist())
    versions = sorted((ROOT / "src/cbe_desktop/core/migrations/versions").glob("*.py"))
    assert versions
    for version in versions:
        assert f"cbe_desktop/core/migrations/versions/{version.name}" in names
    for needed in (
        "cbe_desktop/core/migrations/env.py",
        "cbe_desktop/core/migrations/script.py.mako",
        "cbe_desktop/assets/fonts/DejaVuSans.ttf",
        "cbe_desktop/assets/fonts/DejaVuSans-Bold.ttf",
        "cbe_desktop/assets/fonts/NotoSansArabic-Regular.ttf",
        "cbe_desktop/assets/fonts/NotoSansCJKsc-Regular-subset.ttf",
        "cbe_desktop/assets/fonts/LICENSE-Noto.txt",
        "cbe_desktop/assets/packets/en.json",
        "cbe_desktop/assets/packets/ar.json",
    ):
        assert needed in names, needed
    # The Spanish interface is there, compiled; its 280 KB source for Qt Linguist is not.
    for source in sorted((ROOT / "src/cbe_desktop/assets/i18n").glob("*.ts")):
        assert f"cbe_desktop/assets/i18n/{source.stem}.qm" in names
        assert f"cbe_desktop/assets/i18n/{source.name}" not in names
    assert not [n for n in names if n.endswith(".ts")]
    entry_points = next(n for n in names if n.endswith("entry_points.txt"))
    assert (
        "cbe-desktop = cbe_desktop.cli:main" in zipfile.ZipFile(wheel).read(entry_points).decode()
    )


def test_the_version_the_program_says_is_the_one_it_is_released_as() -> None:
    """``cbe-desktop --version``, the window's status bar and every sync file say the
    version written in the package; it must be pyproject's (and the installed one's)."""
    import tomllib
    from importlib.metadata import version

    import cbe_desktop

    root = Path(__file__).resolve().parents[1]
    released = tomllib.loads((root / "pyproject.toml").read_text(encoding="utf-8"))
    assert cbe_desktop.__version__ == released["project"]["version"]
    assert cbe_desktop.__version__ == version("cbe-desktop")
