"""Update the interface translations: pyside6-lupdate, then pyside6-lrelease.

    python installers/i18n.py            # every language in src/cbe_desktop/assets/i18n
    python installers/i18n.py --check    # also fail when a message is not translated
    python installers/i18n.py --fill es=words.json   # translate unfinished messages

lupdate reads the English words wrapped in ``QCoreApplication.translate`` (and marked
with ``QT_TRANSLATE_NOOP``) in ``src/cbe_desktop/ui/`` and ``app.py``, and the phrase
templates of ``core/``, ``interop/`` and ``sync/`` (marked with ``core.phrases``'
``QT_TRANSLATE_NOOP``), and adds new ones to each ``cbe-desktop_<lang>.ts`` as
unfinished (open the .ts in Qt Linguist, edit the XML, or give ``--fill`` a JSON object
of English source -> translation); lrelease compiles each .ts into the ``.qm`` the
program loads. Run it after changing any word of the interface, and commit both files.
Runs are serialised by a lock file, so two people (or scripts) can run it at once.
"""

from __future__ import annotations

import argparse
import fcntl
import json
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


#: Where phrase templates live besides the interface (``core/phrases.py`` only defines them).
PHRASE_PACKAGES = ("core", "interop", "sync", "services", "reports")


def sources() -> list[str]:
    files = [*sorted((PACKAGE / "ui").rglob("*.py")), PACKAGE / "app.py"]
    for package in PHRASE_PACKAGES:
        files += [f for f in sorted((PACKAGE / package).rglob("*.py")) if f.name != "phrases.py"]
    return [str(f.relative_to(ROOT)) for f in files]


def fill(ts: Path, translations: dict[str, str]) -> int:
    """Give unfinished messages of ``ts`` their translation from ``translations``."""
    tree = ET.parse(ts)
    count = 0
    for message in tree.getroot().iter("message"):
        translation = message.find("translation")
        source = message.findtext("source") or ""
        if translation is None or source not in translations:
            continue
        if translation.get("type") == "unfinished" or not (translation.text or "").strip():
            translation.text = translations[source]
            translation.attrib.pop("type", None)
            count += 1
    if count:
        tree.write(ts, encoding="utf-8", xml_declaration=True)
        text = ts.read_text(encoding="utf-8")
        if "<!DOCTYPE TS>" not in text:  # lupdate's header, which ElementTree drops
            text = text.replace("?>\n", "?>\n<!DOCTYPE TS>\n", 1)
        ts.write_text(text, encoding="utf-8")
    return count


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
    parser.add_argument(
        "--fill",
        action="append",
        default=[],
        metavar="LANG=FILE.json",
        help="translate unfinished messages from a JSON object {English: translation}",
    )
    args = parser.parse_args(argv)
    with (ROOT / ".i18n.lock").open("w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)  # one run at a time: lupdate rewrites the .ts
        return run(args)


def run(args: argparse.Namespace) -> int:
    catalogs = sorted(I18N.glob(f"{CATALOG}_*.ts"))
    if not catalogs:
        raise SystemExit(f"no {CATALOG}_<lang>.ts in {I18N}")
    ts_args = [str(ts.relative_to(ROOT)) for ts in catalogs]
    lupdate = [tool("pyside6-lupdate"), "-silent", "-locations", "none", *sources()]
    lupdate += ["-no-obsolete", "-ts", *ts_args]  # no line numbers: they churn every edit
    subprocess.run(lupdate, cwd=ROOT, check=True)
    filled = 0
    for spec in args.fill:
        language, _, path = spec.partition("=")
        ts = I18N / f"{CATALOG}_{language}.ts"
        if not ts.exists() or not path:
            raise SystemExit(f"--fill wants LANG=FILE.json with a known language, not {spec!r}")
        count = fill(ts, json.loads(Path(path).read_text(encoding="utf-8")))
        print(f"{ts.name}: {count} message(s) translated from {path}")
        filled += count
    if filled:
        subprocess.run(lupdate, cwd=ROOT, check=True)  # back to lupdate's own layout
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
