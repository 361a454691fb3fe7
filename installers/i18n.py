"""Update the interface translations: pyside6-lupdate, then pyside6-lrelease.

    python installers/i18n.py            # every language in src/cbe_desktop/assets/i18n
    python installers/i18n.py --check    # also fail when a message is not translated

lupdate reads the English words wrapped in ``QCoreApplication.translate`` (and marked
with ``QT_TRANSLATE_NOOP``) in ``src/cbe_desktop/ui/`` and ``app.py`` and adds new ones
to each ``cbe-desktop_<lang>.ts`` as unfinished (open the .ts in Qt Linguist, or edit
the XML, to translate them); lrelease compiles each .ts into the ``.qm`` the program
loads. Run it after changing any word of the interface, and commit both files.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "src" / "cbe_desktop"
I18N = PACKAGE / "assets" / "i18n"
CATALOG = "cbe-desktop"


def tool(name: str) -> str:
    """pyside6-lupdate / pyside6-lrelease: beside this Python first, else on PATH."""
    here = Path(sys.executable).parent / name
    if here.exists():
        return str(here)
    found = shutil.which(name)
    if found is None:
        raise SystemExit(f"{name} was not found; install PySide6 (it comes with it).")
    return found


def sources() -> list[str]:
    files = [*sorted((PACKAGE / "ui").glob("*.py")), PACKAGE / "app.py"]
    return [str(f.relative_to(ROOT)) for f in files]


def unfinished(ts: Path) -> list[str]:
    """The source texts of ``ts`` that have no finished translation."""
    out = []
    for message in ET.parse(ts).getroot().iter("message"):
        translation = message.find("translation")
        if (
            translation is None
            or translation.get("type") in ("unfinished", "vanished", "obsolete")
            or not (translation.text or "").strip()
        ):
            out.append(message.findtext("source") or "")
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="fail on untranslated messages")
    args = parser.parse_args(argv)
    catalogs = sorted(I18N.glob(f"{CATALOG}_*.ts"))
    if not catalogs:
        raise SystemExit(f"no {CATALOG}_<lang>.ts in {I18N}")
    ts_args = [str(ts.relative_to(ROOT)) for ts in catalogs]
    subprocess.run(
        [tool("pyside6-lupdate"), *sources(), "-no-obsolete", "-ts", *ts_args],
        cwd=ROOT,
        check=True,
    )
    problems = 0
    for ts in catalogs:
        qm = ts.with_suffix(".qm")
        subprocess.run([tool("pyside6-lrelease"), str(ts), "-qm", str(qm)], cwd=ROOT, check=True)
        missing = unfinished(ts)
        if missing:
            print(f"{ts.name}: {len(missing)} message(s) not translated yet:")
            for text in missing:
                print(f"  {text!r}")
            problems += len(missing)
    return 1 if args.check and problems else 0


if __name__ == "__main__":
    raise SystemExit(main())
