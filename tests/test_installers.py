"""The installers: the PyInstaller spec, the Linux desktop integration, the Windows setup
script and the icons; and, marked slow, a real Linux build that is then started offscreen.

The slow test runs installers/build_linux.sh into a temporary folder (PyInstaller is
installed into this environment when missing; the test is skipped, saying why, when that
is impossible), runs the built program (--version, a few commands, --demo --screenshot),
and installs and uninstalls the tarball into a temporary home.

The window's check of the X11 libraries (app.check_display) is run as a teacher meets
it: in a separate process, with a library hidden from the check, with no desktop, and
(as root, where a private mount namespace can be made) on a system whose libxcb-cursor,
libxcb-icccm and libxcb-keysyms are really gone, which is also where build_linux.sh is
shown to install them before building.
"""

from __future__ import annotations

import ast
import configparser
import os
import re
import shutil
import struct
import subprocess
import sys
import tarfile
import tomllib
import types
import xml.etree.ElementTree as ET
from collections.abc import Iterator, Sequence
from pathlib import Path

import pytest

# The two real builds (PyInstaller, minutes of CPU each) run on one worker, one after
# the other, and each only once: -n auto would otherwise build them twice at once.
pytestmark = pytest.mark.xdist_group("installers")

ROOT = Path(__file__).resolve().parent.parent
INSTALLERS = ROOT / "installers"
SPEC = INSTALLERS / "cbe-desktop.spec"
ICONS = ROOT / "resources" / "icons"
DESKTOP = INSTALLERS / "linux" / "cbe-desktop.desktop"
MIME_XML = INSTALLERS / "linux" / "cbe-desktop-mime.xml"
ISS = INSTALLERS / "windows" / "cbe-desktop.iss"
PKG = ROOT / "src" / "cbe_desktop"
VERSION = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]
MIME_TYPE = "application/x-cbesync"
MIME_NS = "{http://www.freedesktop.org/standards/shared-mime-info}"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
PYINSTALLER_REQ = "pyinstaller>=6.10,<7"
INSTALL_SH = INSTALLERS / "linux" / "install.sh"
INSTALLERS_README = INSTALLERS / "README.md"
BUILD_MACOS = INSTALLERS / "macos" / "build_macos.sh"
# The libraries of Qt's X11 plugin that the issue found missing on bare systems.
HIDDEN = {
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
}
ON_LINUX = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux only")


# --------------------------------------------------------------------------- the spec, stubbed


class _Target:
    """Stands in for PyInstaller's Analysis, PYZ, EXE, COLLECT and BUNDLE: records the call."""

    made: list[_Target]

    def __init__(self, *args, **kwargs):
        self.args, self.kwargs = args, kwargs
        self.made.append(self)


def _stub_modules(fake_imports: dict[str, list[str]]) -> dict[str, types.ModuleType]:
    pyinstaller = types.ModuleType("PyInstaller")
    utils = types.ModuleType("PyInstaller.utils")
    hooks = types.ModuleType("PyInstaller.utils.hooks")
    hooks.collect_submodules = lambda package, filter=None, **kw: [  # type: ignore[attr-defined]
        n
        for n in (package, f"{package}.core.migrations.env", f"{package}.cli")
        if filter is None or filter(n)
    ]
    hooks.copy_metadata = lambda name: [("/site/cbe_desktop.dist-info/METADATA", "x.dist-info")]  # type: ignore[attr-defined]
    depend = types.ModuleType("PyInstaller.depend")
    bindepend = types.ModuleType("PyInstaller.depend.bindepend")
    bindepend.get_python_library_path = lambda: "/usr/lib/libpython3.11.so.1.0"  # type: ignore[attr-defined]
    bindepend.get_imports = lambda path: {(n, None) for n in fake_imports.get(path, [])}  # type: ignore[attr-defined]
    win32 = types.ModuleType("PyInstaller.utils.win32")
    versioninfo = types.ModuleType("PyInstaller.utils.win32.versioninfo")
    for name in (
        "VSVersionInfo",
        "FixedFileInfo",
        "StringFileInfo",
        "StringTable",
        "StringStruct",
        "VarFileInfo",
        "VarStruct",
    ):
        setattr(versioninfo, name, lambda *a, _n=name, **k: (_n, a, k))
    win32.versioninfo = versioninfo  # type: ignore[attr-defined]
    return {
        "PyInstaller": pyinstaller,
        "PyInstaller.utils": utils,
        "PyInstaller.utils.hooks": hooks,
        "PyInstaller.depend": depend,
        "PyInstaller.depend.bindepend": bindepend,
        "PyInstaller.utils.win32": win32,
        "PyInstaller.utils.win32.versioninfo": versioninfo,
    }


# What a Linux Analysis finds, in miniature: the spec must leave out GTK's theme and the
# libraries only it needs, keep what Qt and the extension modules link to, and keep the
# links next to the program only while their target stays.
FAKE_BINARIES = [
    ("PySide6/QtCore.abi3.so", "/q/QtCore.abi3.so", "EXTENSION"),
    ("_cffi_backend.cpython-311-x86_64-linux-gnu.so", "/p/_cffi_backend.so", "EXTENSION"),
    ("PySide6/Qt/lib/libQt6Core.so.6", "/q/libQt6Core.so.6", "BINARY"),
    ("libQt6Core.so.6", "PySide6/Qt/lib/libQt6Core.so.6", "SYMLINK"),
    ("PySide6/Qt/lib/libQt6EglFSDeviceIntegration.so.6", "/q/libQt6EglFS.so.6", "BINARY"),
    (
        "libQt6EglFSDeviceIntegration.so.6",
        "PySide6/Qt/lib/libQt6EglFSDeviceIntegration.so.6",
        "SYMLINK",
    ),
    ("PySide6/Qt/plugins/platforms/libqxcb.so", "/q/libqxcb.so", "BINARY"),
    ("PySide6/Qt/plugins/platforms/libqeglfs.so", "/q/libqeglfs.so", "BINARY"),
    ("PySide6/Qt/plugins/platformthemes/libqgtk3.so", "/q/libqgtk3.so", "BINARY"),
    ("PySide6/Qt/plugins/imageformats/libqpdf.so", "/q/libqpdf.so", "BINARY"),
    ("PySide6/Qt/plugins/qmltooling/libqmldbg.so", "/q/libqmldbg.so", "BINARY"),
    ("libglib-2.0.so.0", "/lib/libglib-2.0.so.0", "BINARY"),
    ("libcairo.so.2", "/lib/libcairo.so.2", "BINARY"),
    ("libpixman-1.so.0", "/lib/libpixman-1.so.0", "BINARY"),
]
FAKE_IMPORTS = {
    "/q/QtCore.abi3.so": ["libQt6Core.so.6"],
    "/q/libQt6Core.so.6": ["libglib-2.0.so.0", "libc.so.6"],
    "/q/libqxcb.so": ["libQt6Core.so.6"],
    "/q/libqeglfs.so": ["libQt6EglFSDeviceIntegration.so.6"],
    "/q/libqgtk3.so": ["libcairo.so.2", "libglib-2.0.so.0"],
    "/lib/libcairo.so.2": ["libpixman-1.so.0"],
}
FAKE_DATAS = [
    ("PySide6/Qt/translations/qtbase_es.qm", "/q/qtbase_es.qm", "DATA"),
    ("PySide6/Qt/translations/qt_help_es.qm", "/q/qt_help_es.qm", "DATA"),
    ("PySide6/Qt/translations/qtmultimedia_es.qm", "/q/qtmultimedia_es.qm", "DATA"),
]


def run_spec(monkeypatch, platform: str) -> dict[str, list[_Target]]:
    """Execute the spec as PyInstaller would on ``platform``, with stand-ins; returns the calls."""
    made: list[_Target] = []
    classes = {}
    for name in ("Analysis", "PYZ", "EXE", "COLLECT", "BUNDLE"):
        classes[name] = type(name, (_Target,), {"made": made})

    def analysis_init(self, *args, **kwargs):
        _Target.__init__(self, *args, **kwargs)
        self.binaries = list(FAKE_BINARIES) if platform == "linux" else []
        # PyInstaller turns (source, destination folder) into (destination, source, "DATA").
        self.datas = [
            ((Path(dest) / Path(src).name).as_posix(), src, "DATA")
            for src, dest in kwargs.get("datas", [])
        ] + list(FAKE_DATAS)
        self.pure, self.scripts = [], []

    classes["Analysis"].__init__ = analysis_init
    for name, module in _stub_modules(FAKE_IMPORTS).items():
        monkeypatch.setitem(sys.modules, name, module)
    namespace = {
        "__name__": "__main__",
        "__file__": str(SPEC),
        "SPECPATH": str(INSTALLERS),
        "DISTPATH": "dist",
        "workpath": "build",
        **classes,
    }
    code = compile(SPEC.read_text(encoding="utf-8"), str(SPEC), "exec")
    with monkeypatch.context() as m:
        m.setattr(sys, "platform", platform)
        exec(code, namespace)
    calls: dict[str, list[_Target]] = {}
    for target in made:
        calls.setdefault(type(target).__name__, []).append(target)
    calls["namespace"] = [namespace]  # type: ignore[list-item]
    return calls


@pytest.fixture(params=["linux", "win32", "darwin"])
def spec_run(request, monkeypatch) -> tuple[str, dict]:
    return request.param, run_spec(monkeypatch, request.param)


def test_the_spec_is_a_one_folder_windowed_build_with_its_icon_and_version(spec_run):
    platform, calls = spec_run
    (analysis,) = calls["Analysis"]
    (collect,) = calls["COLLECT"]
    assert collect.kwargs["name"] == "cbe-desktop"
    exes = calls["EXE"]
    window = exes[0]
    assert window.kwargs["name"] == "cbe-desktop"
    assert window.kwargs["console"] is False
    assert window.kwargs["exclude_binaries"] is True  # one folder: the libraries go to COLLECT
    assert all(exe in collect.args for exe in exes)
    assert calls["namespace"][0]["VERSION"] == VERSION
    assert str(PKG.parent) in analysis.kwargs["pathex"]
    assert Path(analysis.args[0][0]).is_file()
    icon = window.kwargs["icon"]
    if platform == "win32":
        assert icon.endswith(".ico") and Path(icon).is_file()
        assert [e.kwargs["name"] for e in exes] == ["cbe-desktop", "cbe-desktop-cli"]
        assert exes[1].kwargs["console"] is True
        assert window.kwargs["version"] is not None
    elif platform == "darwin":
        assert icon.endswith(".icns") and Path(icon).is_file()
    else:
        assert len(exes) == 1


def test_the_spec_packs_the_migrations_as_files_the_assets_and_the_hidden_imports(spec_run):
    _, calls = spec_run
    (analysis,) = calls["Analysis"]
    datas = {
        (Path(src).resolve(), dest.replace("\\", "/")) for src, dest in analysis.kwargs["datas"]
    }
    migrations = PKG / "core" / "migrations"
    versions = sorted((migrations / "versions").glob("*.py"))
    assert versions
    for path in (migrations / "env.py", migrations / "script.py.mako", *versions):
        dest = path.parent.relative_to(PKG.parent).as_posix()
        assert (path.resolve(), dest) in datas, path
    for font in (PKG / "assets" / "fonts").glob("*.ttf"):
        assert (font.resolve(), "cbe_desktop/assets/fonts") in datas
    assert ((PKG / "assets" / "icon.png").resolve(), "cbe_desktop/assets") in datas
    translations = sorted((PKG / "assets" / "i18n").glob("*.qm"))
    assert translations  # the Spanish interface
    for qm in translations:
        assert (qm.resolve(), "cbe_desktop/assets/i18n") in datas, qm
    sources = sorted((PKG / "assets" / "i18n").glob("*.ts"))
    assert sources  # Qt Linguist's files are in the repository, over 250 KB ...
    assert not [src for src, _ in datas if src.suffix == ".ts"]  # ... and never in a bundle
    assert not any("__pycache__" in str(src) for src, _ in datas)
    hidden = set(analysis.kwargs["hiddenimports"])
    for module in (
        "sqlalchemy.dialects.sqlite",
        "logging.handlers",
        "alembic.runtime.migration",
        "alembic.ddl.sqlite",
        "alembic.operations.toimpl",
        "cbe_desktop.cli",
        "krippendorff",  # calibration's statistics, imported inside functions
        "nltk.metrics.agreement",
    ):
        assert module in hidden, module
    assert "cbe_desktop.core.migrations.env" not in hidden  # run by Alembic from its file
    excludes = set(analysis.kwargs["excludes"])
    for module in (
        "PySide6.QtWebEngineCore",
        "PySide6.Qt3DCore",
        "PySide6.QtQuick",
        "PySide6.QtQml",
        "PySide6.QtMultimedia",
        "tkinter",
        "scipy",  # about 100 MB with scikit-learn, for one kappa: NLTK's is pure Python
        "sklearn",
    ):
        assert module in excludes


def test_the_spec_leaves_out_unused_qt_plugins_and_only_the_libraries_they_needed(monkeypatch):
    calls = run_spec(monkeypatch, "linux")
    (analysis,) = calls["Analysis"]
    kept = {b[0] for b in analysis.binaries}
    assert kept == {
        "PySide6/QtCore.abi3.so",
        "_cffi_backend.cpython-311-x86_64-linux-gnu.so",  # an extension, never pruned
        "PySide6/Qt/lib/libQt6Core.so.6",
        "libQt6Core.so.6",
        "PySide6/Qt/plugins/platforms/libqxcb.so",
        "libglib-2.0.so.0",  # Qt Core needs it, so it stays though GTK's theme goes
    }
    data = {d[0] for d in analysis.datas}
    assert "PySide6/Qt/translations/qtbase_es.qm" in data
    assert "PySide6/Qt/translations/qt_help_es.qm" not in data
    assert "PySide6/Qt/translations/qtmultimedia_es.qm" not in data


def test_the_spec_declares_the_sync_document_type_on_macos(monkeypatch):
    calls = run_spec(monkeypatch, "darwin")
    (bundle,) = calls["BUNDLE"]
    plist = bundle.kwargs["info_plist"]
    assert bundle.kwargs["name"] == "cbe-desktop.app"
    assert bundle.kwargs["version"] == VERSION
    assert plist["NSHighResolutionCapable"] is True
    assert plist["CFBundleShortVersionString"] == VERSION
    (doc,) = plist["CFBundleDocumentTypes"]
    (uti,) = plist["UTExportedTypeDeclarations"]
    assert doc["CFBundleTypeRole"] == "Editor"
    assert doc["LSItemContentTypes"] == [uti["UTTypeIdentifier"]] == ["org.cbe-desktop.sync"]
    tags = uti["UTTypeTagSpecification"]
    assert tags["public.filename-extension"] == ["cbesync"]
    assert tags["public.mime-type"] == [MIME_TYPE]
    assert "public.data" in uti["UTTypeConformsTo"]
    assert (ICONS / doc["CFBundleTypeIconFile"]).is_file()


def test_the_spec_excludes_no_module_the_program_imports(monkeypatch):
    """Qt modules or packages the spec leaves out must not be imported anywhere in src/."""
    calls = run_spec(monkeypatch, "linux")
    excluded = set(calls["Analysis"][0].kwargs["excludes"])
    imported: set[str] = set()
    for path in PKG.rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                imported.update(a.name for a in node.names)
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                imported.add(node.module)
                if node.module == "PySide6":
                    imported.update(f"PySide6.{a.name}" for a in node.names)
    clashes = {m for m in imported if any(m == x or m.startswith(x + ".") for x in excluded)}
    assert not clashes, f"the spec excludes modules the program imports: {sorted(clashes)}"


# --------------------------------------------------------------------------- Linux desktop files


def test_the_desktop_file_opens_sync_files_and_sits_under_education():
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read_string(DESKTOP.read_text(encoding="utf-8"))
    entry = parser["Desktop Entry"]
    assert entry["Type"] == "Application"
    assert entry["Name"] == "cbe-desktop"
    assert entry["Exec"] == "cbe-desktop %f"
    assert entry["Icon"] == "cbe-desktop"
    assert entry["Terminal"] == "false"
    assert entry["MimeType"] == f"{MIME_TYPE};"
    categories = entry["Categories"].split(";")
    assert entry["Categories"].endswith(";")
    assert {"Education", "Office"} <= set(categories)
    assert entry["Comment"] and entry["Comment[es]"]


def test_the_mime_type_is_well_formed_and_matches_the_desktop_file():
    root = ET.parse(MIME_XML).getroot()
    assert root.tag == f"{MIME_NS}mime-info"
    (mime,) = root.findall(f"{MIME_NS}mime-type")
    assert mime.get("type") == MIME_TYPE
    assert [g.get("pattern") for g in mime.findall(f"{MIME_NS}glob")] == ["*.cbesync"]
    comments = {
        c.get("{http://www.w3.org/XML/1998/namespace}lang"): c.text
        for c in mime.findall(f"{MIME_NS}comment")
    }
    assert comments[None] == "cbe-desktop sync file"
    magic = mime.find(f"{MIME_NS}magic/{MIME_NS}match")
    from cbe_desktop.sync.crypto import MAGIC

    assert magic is not None and MAGIC.startswith(magic.get("value", "").encode())


def test_the_linux_scripts_parse():
    for script in (
        INSTALLERS / "build_linux.sh",
        INSTALLERS / "linux" / "build_appimage.sh",
        INSTALLERS / "macos" / "build_macos.sh",
    ):
        subprocess.run(["bash", "-n", str(script)], check=True)
        assert os.access(script, os.X_OK), f"{script} is not executable"
    subprocess.run(["sh", "-n", str(INSTALLERS / "linux" / "install.sh")], check=True)
    assert os.access(INSTALLERS / "linux" / "install.sh", os.X_OK)


# --------------------------------------------------------------------------- Windows


def _iss_sections() -> dict[str, str]:
    raw = ISS.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf"), "ISCC reads a script without a BOM as ANSI"
    sections: dict[str, list[str]] = {}
    current = ""
    for line in raw.decode("utf-8-sig").splitlines():
        stripped = line.strip()
        if stripped.startswith("[") and stripped.endswith("]") and " " not in stripped:
            current = stripped[1:-1]
        elif stripped and not stripped.startswith(";"):
            sections.setdefault(current, []).append(stripped)
    return {name: "\n".join(lines) for name, lines in sections.items()}


def test_the_windows_setup_installs_per_user_with_a_start_menu_entry():
    s = _iss_sections()
    setup = s["Setup"]
    assert "PrivilegesRequired=lowest" in setup
    assert "PrivilegesRequiredOverridesAllowed=" in setup
    assert r"DefaultDirName={autopf}\{#AppName}" in setup
    assert "AppVersion={#AppVersion}" in setup
    assert r"SetupIconFile=..\..\resources\icons\cbe-desktop.ico" in setup
    assert (ISS.parent / r"..\..\resources\icons\cbe-desktop.ico".replace("\\", "/")).is_file()
    assert "{autoprograms}" in s["Icons"]
    assert "desktopicon" in s["Tasks"] and "unchecked" in s["Tasks"]
    assert "#define AppVersion" in s[""]
    ps1 = (ISS.parent / "build_windows.ps1").read_text(encoding="utf-8")
    assert "/DAppVersion=$Version" in ps1 and "PyInstaller" in ps1


def test_the_windows_setup_associates_sync_files_with_the_program():
    s = _iss_sections()
    registry = s["Registry"]
    assert r'Subkey: "Software\Classes\{#SyncExt}"' in registry
    assert '#define SyncExt ".cbesync"' in s[""]
    assert r'ValueData: """{app}\{#AppExe}"" ""%1"""' in registry
    assert "ChangesAssociations=yes" in s["Setup"]


def test_the_windows_uninstaller_keeps_the_data_unless_asked():
    s = _iss_sections()
    code = s["Code"]
    assert r"{localappdata}\cbe-desktop" in code
    assert "DeleteData := False;" in code
    assert "MB_DEFBUTTON2" in code  # No is the default answer
    assert "UninstallSilent" in code  # and a silent uninstall never deletes
    assert "= IDYES" in code
    assert "DelTree(DataDir()" in code
    assert "localappdata" not in s.get("UninstallDelete", "")
    assert "Also delete my data" in s["CustomMessages"]


def test_every_message_of_the_windows_setup_is_in_english_and_spanish():
    messages = _iss_sections()["CustomMessages"].splitlines()
    english = {
        m.split("=", 1)[0].removeprefix("english.") for m in messages if m.startswith("english.")
    }
    spanish = {
        m.split("=", 1)[0].removeprefix("spanish.") for m in messages if m.startswith("spanish.")
    }
    assert english == spanish
    assert {"DeleteDataQuestion", "EveryonesDataKept", "NoDataFolderFound"} <= english


def _pascal_between(code: str, start: str, end: str) -> str:
    assert start in code and end in code, (start, end)
    return code[code.index(start) : code.index(end, code.index(start))]


def test_uninstalling_an_install_for_everyone_deletes_no_teachers_data_and_lists_their_folders():
    """IT removes a setup made for everyone: the uninstaller runs in IT's account, so
    "Also delete my data?" would point at IT's folder; it asks nothing, deletes nothing,
    and names each teacher's own data folder instead."""
    s = _iss_sections()
    code = s["Code"]
    step = code[code.index("procedure CurUninstallStepChanged") :]  # the last in [Code]
    for_everyone = _pascal_between(step, "if IsAdminInstallMode() then", "else if")
    assert "DelTree" not in for_everyone and "DeleteData" not in for_everyone
    assert "DeleteDataQuestion" not in for_everyone
    assert "CustomMessage('EveryonesDataKept')" in for_everyone
    assert "TeachersDataDirs()" in for_everyone
    assert "usPostUninstall" in for_everyone  # said once the program is gone
    # The folders are found in every person's Windows account (local, domain, Entra ID).
    teachers = _pascal_between(code, "function TeachersDataDirs", "function InitializeUninstall")
    assert r"SOFTWARE\Microsoft\Windows NT\CurrentVersion\ProfileList" in code
    assert "'ProfileImagePath'" in teachers
    assert r"'AppData\Local\cbe-desktop'" in teachers
    assert "'S-1-5-21-'" in teachers and "'S-1-12-1-'" in teachers
    assert "NoDataFolderFound" in teachers
    # A teacher's own install still asks about the teacher's own folder, No by default,
    # and removes the demo class with the data when the answer is Yes.
    for_one = step[step.index("else if CurUninstallStep = usUninstall") :]
    assert "CustomMessage('DeleteDataQuestion')" in for_one and "MB_DEFBUTTON2" in for_one
    assert "DelTree(DemoDir()" in for_one
    assert r"{localappdata}\cbe-desktop-demo-sandbox" in code
    assert step.index("UninstallSilent()") < step.index("IsAdminInstallMode()")
    kept = next(
        m for m in s["CustomMessages"].splitlines() if m.startswith("english.EveryonesDataKept=")
    )
    assert r"AppData\Local\cbe-desktop" in kept and "Nothing there was deleted" in kept


# --------------------------------------------------------------------------- papers and macOS


def _section(markdown: str, title: str) -> str:
    """The text of one '## title' section of a Markdown file."""
    start = markdown.index(f"\n## {title}\n")
    end = markdown.find("\n## ", start + 1)
    return markdown[start : end if end != -1 else None]


def test_the_windows_build_uses_the_python_releases_are_built_with():
    papers = INSTALLERS_README.read_text(encoding="utf-8")
    windows = _section(papers, "Windows")
    assert "Python 3.12 or newer" in papers[: papers.index("\n## ")]
    assert "3.11" not in windows
    assert "py -3.12 -m venv .venv" in windows
    for script in (INSTALLERS / "build_linux.sh", BUILD_MACOS, ISS.parent / "build_windows.ps1"):
        # "The scripts warn when the Python is older": every one of them.
        assert "sys.version_info < (3, 12)" in script.read_text(encoding="utf-8"), script


def test_the_build_papers_put_the_translations_where_the_bundle_has_them():
    papers = INSTALLERS_README.read_text(encoding="utf-8")
    bundle = _section(papers, "What goes into the bundle")
    assert "_internal/resources" not in papers
    assert "`assets/i18n/*.qm`" in bundle and "_internal/cbe_desktop/assets/" in bundle
    assert "`assets/i18n/*.ts`" in bundle and "left out" in bundle
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    setuptools = project["tool"]["setuptools"]
    assert "assets/i18n/*.qm" in setuptools["package-data"]["cbe_desktop"]
    assert "assets/i18n/*.ts" in setuptools["exclude-package-data"]["cbe_desktop"]


def test_the_mac_disk_image_says_the_data_stays_when_the_app_goes_to_the_trash():
    from platformdirs.macos import MacOS

    script = BUILD_MACOS.read_text(encoding="utf-8")
    readme = script[script.index('cat > "$STAGE/Read Me.txt" <<EOF') : script.index("\nEOF\n")]
    assert script.index("Read Me.txt") < script.index("hdiutil create")  # inside the image
    # The folder named is the one the program uses on a Mac.
    data = MacOS("cbe-desktop", appauthor=False).user_data_dir
    named = "~" + data.removeprefix(str(Path.home()))
    assert named == "~/Library/Application Support/cbe-desktop"
    assert named in readme
    assert "Trash" in readme and "your data stays there" in readme
    assert "Go to Folder" in readme and "cbe-desktop-demo-sandbox" in readme
    installing = _section((ROOT / "README.md").read_text(encoding="utf-8"), "Installing")
    assert "Trash" in installing and named in installing


# --------------------------------------------------------------------------- the window's X11 check


def _run_window(
    tmp: Path,
    *args: str,
    hide: tuple[str, ...] = (),
    display: str | None = ":99",
    prefix: Sequence[str] = (),
) -> subprocess.CompletedProcess:
    """Start the window from source in its own process, as on a teacher's X11 laptop:
    Qt left to choose its platform, ``display`` as DISPLAY, the libraries in ``hide``
    hidden from the window's check, the command run through ``prefix`` (xvfb-run ...)."""
    script = "import sys\nimport cbe_desktop.app as app\n"
    if hide:
        script += (
            f"hidden = {list(hide)!r}\n"
            "real = app._loads\n"
            "app._loads = lambda name: name not in hidden and real(name)\n"
        )
    script += "from cbe_desktop.cli import main\nsys.exit(main(sys.argv[1:]))\n"
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "WAYLAND_DISPLAY")}
    env.pop("DISPLAY", None)
    env.pop("CBE_DESKTOP_DEBUG", None)
    if display is not None:
        env["DISPLAY"] = display
    env["CBE_DESKTOP_CONFIG_DIR"] = str(tmp / "config")
    return subprocess.run(
        [*prefix, sys.executable, "-c", script, "--data-dir", str(tmp / "data"), *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def _told_to_install(missing: dict[str, str]) -> str:
    return (
        "cbe-desktop cannot open its window because this computer lacks "
        f"{', '.join(missing)}: install them (on Debian or Ubuntu: sudo apt install "
        f"{' '.join(dict.fromkeys(missing.values()))}) and start cbe-desktop again."
    )


@ON_LINUX
def test_a_laptop_without_libxcb_cursor_is_told_which_package_to_install_not_a_core_dump(tmp_path):
    result = _run_window(tmp_path, hide=("libxcb-cursor.so.0", "libxcb-keysyms.so.1"))
    assert result.returncode == 1  # not 134 (Qt's abort), and no core dump
    assert result.stderr.strip() == _told_to_install(
        {"libxcb-cursor.so.0": "libxcb-cursor0", "libxcb-keysyms.so.1": "libxcb-keysyms1"}
    )
    assert "qt.qpa" not in result.stderr and "Aborted" not in result.stderr
    assert not (tmp_path / "data" / "cbe-desktop.sqlite").exists()  # nothing opened
    log = (tmp_path / "data" / "logs" / "cbe-desktop.log").read_text(encoding="utf-8")
    assert "sudo apt install libxcb-cursor0 libxcb-keysyms1" in log  # for a start from the menu


@ON_LINUX
def test_with_no_desktop_at_all_the_window_says_so_in_one_sentence(tmp_path):
    result = _run_window(tmp_path, display=None)
    assert result.returncode == 1
    assert result.stderr.strip() == (
        "cbe-desktop cannot open its window because no desktop is running here "
        "(DISPLAY is not set): start it from a desktop session, or use its commands "
        "(cbe-desktop --help)."
    )


# Hiding a system library from a whole process tree: a private mount namespace lays an
# overlay over the library folder whose upper layer "whites out" the files (a character
# device 0:0 is overlayfs's mark for a deleted file). Nothing outside the namespace sees
# it. Needs root, unshare (util-linux) and overlayfs; LD_LIBRARY_PATH could not do this.
HIDE_SCRIPT = """#!/bin/sh
# Run "$@" where the system has no libxcb-cursor, libxcb-icccm or libxcb-keysyms.
set -e
d=$(mktemp -d -p "{base}")
mkdir "$d/upper" "$d/work"
for f in "{libdir}"/libxcb-cursor.so* "{libdir}"/libxcb-icccm.so* "{libdir}"/libxcb-keysyms.so*; do
  if [ -e "$f" ] || [ -L "$f" ]; then mknod "$d/upper/${{f##*/}}" c 0 0; fi
done
exec unshare -m sh -c '
  mount -t overlay overlay -o "lowerdir=$1,upperdir=$2/upper,workdir=$2/work" "$1" || exit 97
  shift 2 && exec "$@"' sh "{libdir}" "$d" "$@"
"""


def _system_library_dir(name: str = "libxcb-cursor.so.0") -> Path | None:
    """The folder the system's loader finds ``name`` in, or None when it has none."""
    ldconfig = shutil.which("ldconfig") or "/sbin/ldconfig"
    try:
        out = subprocess.run([ldconfig, "-p"], capture_output=True, text=True, check=True)
    except (OSError, subprocess.CalledProcessError):
        return None
    for line in out.stdout.splitlines():
        if line.strip().startswith(name + " ") and "=>" in line:
            return Path(line.split("=>", 1)[1].strip()).resolve().parent
    return None


@pytest.fixture(scope="session")
def x11_hider(tmp_path_factory) -> tuple[list[str], Path | None] | None:
    """(command prefix, library folder): commands run through the prefix find no
    libxcb-cursor, -icccm or -keysyms on the system. The folder is None, and the prefix
    empty, when the system has none already. None when they cannot be hidden here."""
    if not sys.platform.startswith("linux"):
        return None
    libdir = _system_library_dir()
    if libdir is None:
        return [], None
    if os.geteuid() != 0 or shutil.which("unshare") is None:
        return None
    base = tmp_path_factory.mktemp("hide-x11")
    script = base / "without-x11-libraries.sh"
    script.write_text(HIDE_SCRIPT.format(base=base, libdir=libdir), encoding="utf-8")
    script.chmod(0o755)
    probe = subprocess.run(
        [str(script), sys.executable, "-c", "import ctypes; ctypes.CDLL('libxcb-cursor.so.0')"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    if probe.returncode == 0 or "cannot open shared object" not in probe.stderr:
        return None  # no overlayfs or no mount namespace here (a container without them)
    return [str(script)], libdir


@pytest.fixture
def without_x11_libraries(x11_hider) -> list[str]:
    if x11_hider is None:
        pytest.skip("hiding a system library needs Linux, root, unshare and overlayfs")
    return x11_hider[0]


def test_on_a_system_without_libxcb_cursor_the_program_says_what_to_install(
    tmp_path, without_x11_libraries
):
    """The libraries are really gone (not only hidden from the check): the check finds
    it out by itself, and the window stops before Qt would abort."""
    result = _run_window(tmp_path, prefix=without_x11_libraries)
    assert result.returncode == 1, result.stderr
    assert result.stderr.strip() == _told_to_install(HIDDEN)


@ON_LINUX
@pytest.mark.skipif(shutil.which("xvfb-run") is None, reason="xvfb-run is not installed (xvfb)")
def test_the_window_opens_on_x11_when_nothing_is_missing(tmp_path):
    """The check never stops a window that opens: on an X server, Qt's own choice."""
    out = tmp_path / "x11.png"
    result = _run_window(
        tmp_path,
        "--demo",
        "--screenshot",
        str(out),
        display=None,
        prefix=("xvfb-run", "-a", "-s", "-screen 0 1366x768x24"),
    )
    assert result.returncode == 0, result.stderr
    assert _png_size(out.read_bytes()) >= (800, 500)


def _build_env(tmp: Path, **extra: str) -> dict[str, str]:
    return {
        **os.environ,
        "PYTHON": sys.executable,
        "CBE_DIST_DIR": str(tmp / "dist"),
        "CBE_BUILD_DIR": str(tmp / "build"),
        **extra,
    }


def test_a_build_machine_without_libxcb_cursor_that_may_not_install_it_stops_before_building(
    tmp_path, without_x11_libraries
):
    """Before, PyInstaller built a bundle without them, which then aborted on every laptop
    that lacked them too."""
    _ensure_pyinstaller()
    result = subprocess.run(
        [*without_x11_libraries, "bash", str(INSTALLERS / "build_linux.sh")],
        cwd=ROOT,
        env=_build_env(tmp_path, CBE_NO_APT="1"),
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 1
    last = result.stderr.strip().splitlines()[-1]
    assert last.startswith(
        "build_linux: this machine lacks libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1, "
        "which Qt's X11 plugin needs and the bundle must carry"
    )
    assert "sudo apt-get install libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1" in last
    assert not (tmp_path / "dist").exists()  # stopped before PyInstaller


def test_a_wayland_desktop_without_the_x11_libraries_opens_with_wayland(monkeypatch):
    import cbe_desktop.app as app

    monkeypatch.setattr(sys, "platform", "linux")
    environ = {"WAYLAND_DISPLAY": "wayland-0", "DISPLAY": ":0"}
    app.check_display(environ, loads=lambda name: name not in HIDDEN)
    assert environ["QT_QPA_PLATFORM"] == "wayland"  # X11 would abort; Wayland works
    environ = {"WAYLAND_DISPLAY": "wayland-0", "DISPLAY": ":0"}
    app.check_display(environ, loads=lambda name: True)
    assert "QT_QPA_PLATFORM" not in environ  # nothing missing: Qt chooses, as always


def test_a_window_qt_draws_offscreen_or_on_wayland_is_not_checked(monkeypatch):
    import cbe_desktop.app as app

    def no_loading(name: str) -> bool:
        raise AssertionError(f"{name} was loaded for a window that does not use X11")

    monkeypatch.setattr(sys, "platform", "linux")
    for platform in ("offscreen", "wayland", "wayland;xcb", "minimal"):
        app.check_display({"QT_QPA_PLATFORM": platform}, loads=no_loading)
    with pytest.raises(app.CbeError, match="libxcb-cursor0"):
        app.check_display(
            {"QT_QPA_PLATFORM": "xcb", "DISPLAY": ":0"}, loads=lambda n: n not in HIDDEN
        )
    monkeypatch.setattr(sys, "platform", "win32")
    app.check_display({"DISPLAY": ""}, loads=no_loading)  # Windows and macOS: nothing to check


def _objdump_needed(library: Path) -> set[str]:
    out = subprocess.run(
        ["objdump", "-p", str(library)], capture_output=True, text=True, check=True
    )
    return set(re.findall(r"^\s*NEEDED\s+(\S+)$", out.stdout, re.MULTILINE))


@ON_LINUX
@pytest.mark.skipif(shutil.which("objdump") is None, reason="objdump is not installed (binutils)")
def test_the_window_check_knows_exactly_the_libraries_qts_x11_plugin_loads():
    """A library the check does not know would abort the window again; one it asks for
    that Qt no longer needs would refuse a window that opens. So the two lists agree."""
    from PySide6.QtCore import QLibraryInfo

    import cbe_desktop.app as app

    plugins = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath))
    libs = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.LibrariesPath))
    needed = _objdump_needed(plugins / "platforms" / "libqxcb.so")
    needed |= _objdump_needed(libs / "libQt6XcbQpa.so.6")
    runtime = {"libc.so.6", "libm.so.6", "libstdc++.so.6", "libgcc_s.so.1"}
    needed = {n for n in needed if not n.startswith("libQt6") and n not in runtime}
    assert set(app.X11_LIBRARIES) == needed
    assert set(HIDDEN.items()) <= set(app.X11_LIBRARIES.items())


def _install_sh_packages() -> dict[str, str]:
    text = INSTALL_SH.read_text(encoding="utf-8")
    body = _pascal_between(text, "package_of() {", "\n}")
    return dict(re.findall(r"^\s*(lib\S+)\) echo (\S+) ;;$", body, re.MULTILINE))


def test_install_sh_names_the_same_packages_as_the_program():
    import cbe_desktop.app as app

    assert _install_sh_packages() == app.X11_LIBRARIES


def _x11_bundled(script: Path) -> list[str]:
    text = script.read_text(encoding="utf-8")
    return text.split('X11_BUNDLED="', 1)[1].split('"', 1)[0].split()


def test_the_appimage_and_the_tarball_check_the_bundle_for_the_same_x11_libraries():
    import cbe_desktop.app as app

    bundled = _x11_bundled(INSTALLERS / "build_linux.sh")
    assert bundled == _x11_bundled(INSTALLERS / "linux" / "build_appimage.sh")
    assert set(HIDDEN) <= set(bundled) <= set(app.X11_LIBRARIES)


@ON_LINUX
def test_an_appimage_is_never_made_from_an_old_bundle_without_the_x11_libraries(tmp_path):
    """dist/cbe-desktop/ left from a build made before the fix lacks libxcb-cursor: the
    AppImage script builds the bundle again rather than packing it."""
    root = tmp_path / "repo"
    (root / "installers" / "linux").mkdir(parents=True)
    for name in ("build_appimage.sh", "cbe-desktop.desktop", "cbe-desktop-mime.xml"):
        shutil.copy(INSTALLERS / "linux" / name, root / "installers" / "linux")
    shutil.copy(
        INSTALLERS / "linux" / "org.cbe_desktop.CbeDesktop.metainfo.xml",
        root / "installers" / "linux",
    )
    shutil.copytree(ICONS, root / "resources" / "icons")
    shutil.copy(ROOT / "pyproject.toml", root)
    # A stand-in for build_linux.sh: notes that it ran, and makes a bundle with the libraries.
    (root / "installers" / "build_linux.sh").write_text(
        "set -e\n"
        'echo ran >> "$CBE_DIST_DIR/../build_linux.ran"\n'
        'mkdir -p "$CBE_DIST_DIR/cbe-desktop/_internal"\n'
        f"for lib in {' '.join(_x11_bundled(INSTALLERS / 'build_linux.sh'))}; do\n"
        '  touch "$CBE_DIST_DIR/cbe-desktop/_internal/$lib"; done\n',
        encoding="utf-8",
    )
    old = root / "dist" / "cbe-desktop"
    (old / "_internal").mkdir(parents=True)
    (old / "cbe-desktop").write_text("#!/bin/sh\n", encoding="utf-8")
    (old / "cbe-desktop").chmod(0o755)
    env = {
        **os.environ,
        "CBE_DIST_DIR": str(root / "dist"),
        "CBE_APPDIR": str(tmp_path / "AppDir"),
        "PYTHON": sys.executable,
        "PATH": "/usr/bin:/bin",  # no appimagetool: stops after the AppDir (status 3)
    }
    env.pop("APPIMAGETOOL", None)
    script = root / "installers" / "linux" / "build_appimage.sh"
    result = subprocess.run(["bash", str(script)], env=env, capture_output=True, text=True)
    assert result.returncode == 3, result.stderr
    assert f"{old} lacks libxcb-cursor.so.0; building it again" in result.stderr
    assert (root / "build_linux.ran").read_text() == "ran\n"
    packed = tmp_path / "AppDir" / "usr" / "lib" / "cbe-desktop" / "_internal"
    assert (packed / "libxcb-cursor.so.0").exists()
    # Run again: the bundle now carries them, and is packed as it is.
    result = subprocess.run(["bash", str(script)], env=env, capture_output=True, text=True)
    assert result.returncode == 3 and "building it again" not in result.stderr
    assert (root / "build_linux.ran").read_text() == "ran\n"


# --------------------------------------------------------------------------- install.sh's check


def _unpacked_tarball(tmp: Path, ldd_says: str) -> tuple[Path, dict[str, str]]:
    """A tarball's contents with a stand-in program, and an ``ldd`` that says ``ldd_says``."""
    here = tmp / "cbe-desktop-x"
    platforms = here / "cbe-desktop" / "_internal" / "PySide6" / "Qt" / "plugins" / "platforms"
    platforms.mkdir(parents=True)
    (platforms / "libqxcb.so").write_bytes(b"\x7fELF")
    program = here / "cbe-desktop" / "cbe-desktop"
    program.write_text("#!/bin/sh\necho cbe-desktop 0.0.0\n", encoding="utf-8")
    program.chmod(0o755)
    shutil.copy(INSTALL_SH, here / "install.sh")
    shutil.copy(DESKTOP, here)
    shutil.copy(MIME_XML, here)
    (here / "icons").mkdir()
    for size in PNG_SIZES:
        shutil.copy(ICONS / f"cbe-desktop-{size}.png", here / "icons")
    shutil.copy(ICONS / "cbe-desktop.svg", here / "icons")
    tools = tmp / "tools"
    tools.mkdir()
    (tools / "ldd").write_text(f"#!/bin/sh\ncat <<'END'\n{ldd_says}END\n", encoding="utf-8")
    (tools / "ldd").chmod(0o755)
    home = tmp / "home"
    env = {
        "PATH": f"{tools}:/usr/bin:/bin",
        "HOME": str(home),
        "XDG_DATA_HOME": str(home / ".local" / "share"),
    }
    return here / "install.sh", env


@ON_LINUX
def test_installing_on_a_laptop_that_lacks_a_library_of_the_window_names_its_package(tmp_path):
    install, env = _unpacked_tarball(
        tmp_path,
        "\tlinux-vdso.so.1 (0x00007ffd)\n"
        "\tlibQt6XcbQpa.so.6 => /opt/cbe-desktop/_internal/libQt6XcbQpa.so.6 (0x00007f52)\n"
        "\tlibGL.so.1 => not found\n"
        "\tlibxcb-cursor.so.0 => not found\n"
        "\tlibxcb-cursor.so.0 => not found\n"
        "\tlibc.so.6 => /lib/x86_64-linux-gnu/libc.so.6 (0x00007f52)\n",
    )
    result = subprocess.run([str(install)], env=env, capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr  # installed all the same: commands work
    assert "cbe-desktop is installed in" in result.stdout
    assert result.stderr.strip().splitlines()[-1] == (
        "cbe-desktop's window will not open on this computer until these libraries are "
        "installed: libGL.so.1, libxcb-cursor.so.0 (on Debian or Ubuntu, an administrator "
        "runs: sudo apt install libgl1 libxcb-cursor0)."
    )
    assert (tmp_path / "home" / ".local" / "opt" / "cbe-desktop" / "cbe-desktop").is_file()


@ON_LINUX
def test_installing_on_a_laptop_that_has_everything_says_nothing_more(tmp_path):
    install, env = _unpacked_tarball(
        tmp_path, "\tlibxcb-cursor.so.0 => /opt/cbe-desktop/_internal/libxcb-cursor.so.0 (0x1)\n"
    )
    result = subprocess.run([str(install)], env=env, capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert "libraries" not in result.stderr


# --------------------------------------------------------------------------- icons


def _png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    return struct.unpack(">II", data[16:24])


def test_the_icons_are_there_at_every_size():
    for size in PNG_SIZES:
        assert _png_size((ICONS / f"cbe-desktop-{size}.png").read_bytes()) == (size, size)
    assert _png_size((PKG / "assets" / "icon.png").read_bytes()) == (256, 256)
    ET.parse(ICONS / "cbe-desktop.svg")

    ico = (ICONS / "cbe-desktop.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", ico[:6])
    assert (reserved, kind) == (0, 1)
    sizes = set()
    for i in range(count):
        w, _h, _, _, _, bpp, length, offset = struct.unpack(
            "<BBBBHHII", ico[6 + 16 * i : 22 + 16 * i]
        )
        assert offset + length <= len(ico) and bpp == 32
        sizes.add(w or 256)
    assert {16, 32, 48, 256} <= sizes

    icns = (ICONS / "cbe-desktop.icns").read_bytes()
    assert icns[:4] == b"icns" and struct.unpack(">I", icns[4:8])[0] == len(icns)
    types_, pos = set(), 8
    while pos < len(icns):
        kind_, length = (
            icns[pos : pos + 4].decode(),
            struct.unpack(">I", icns[pos + 4 : pos + 8])[0],
        )
        types_.add(kind_)
        pos += length
    assert pos == len(icns)
    assert {"icp4", "ic07", "ic08", "ic09", "ic10"} <= types_


# --------------------------------------------------------------------------- the real build


def _ensure_pyinstaller() -> None:
    probe = subprocess.run([sys.executable, "-m", "PyInstaller", "--version"], capture_output=True)
    if probe.returncode == 0:
        return
    install = subprocess.run(
        [sys.executable, "-m", "pip", "install", "--quiet", PYINSTALLER_REQ],
        capture_output=True,
        text=True,
        timeout=300,
    )
    if install.returncode != 0:
        pytest.skip(
            "PyInstaller is not installed and could not be installed "
            f"(pip install '{PYINSTALLER_REQ}' failed: {install.stderr.strip()[-300:]})"
        )


# A stand-in for apt-get, for a build on a machine whose X11 libraries are hidden: it
# notes what it was asked to install, then "installs" it by taking the overlay away.
FAKE_APT_GET = """#!/bin/sh
echo "$@" >> "{log}"
case "$1" in install) umount -l "{libdir}" ;; esac
"""


@pytest.fixture(scope="module")
def linux_build(tmp_path_factory, x11_hider) -> Iterator[Path]:
    """installers/build_linux.sh run once into a temporary folder; yields its dist folder.

    Where the X11 libraries can be hidden, the build starts on a machine without them
    and a stand-in apt-get (logged in dist/../apt-get.log) brings them back."""
    if not sys.platform.startswith("linux"):
        pytest.skip("the Linux bundle is built on Linux")
    _ensure_pyinstaller()
    tmp = tmp_path_factory.mktemp("linux-build")
    env = _build_env(tmp)
    prefix: list[str] = []
    if x11_hider is not None and x11_hider[1] is not None:
        prefix = x11_hider[0]
        tools = tmp / "tools"
        tools.mkdir()
        (tools / "apt-get").write_text(
            FAKE_APT_GET.format(log=tmp / "apt-get.log", libdir=x11_hider[1]), encoding="utf-8"
        )
        (tools / "apt-get").chmod(0o755)
        env["PATH"] = f"{tools}:{env['PATH']}"
    result = subprocess.run(
        [*prefix, "bash", str(INSTALLERS / "build_linux.sh")],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=900,
    )
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-5000:]
    (tmp / "build.log").write_text(result.stderr, encoding="utf-8")
    yield tmp / "dist"
    shutil.rmtree(tmp / "build", ignore_errors=True)


@pytest.mark.slow
def test_a_build_machine_without_libxcb_cursor_installs_it_and_the_bundle_carries_it(linux_build):
    bundle = linux_build / "cbe-desktop" / "_internal"
    for library in HIDDEN:
        assert (bundle / library).is_file(), library
    apt_log = linux_build.parent / "apt-get.log"
    if not apt_log.exists():
        pytest.skip("the X11 libraries could not be hidden from this build (root, unshare)")
    assert apt_log.read_text(encoding="utf-8").splitlines() == [
        "install -y -q --no-install-recommends libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1"
    ]
    build_log = (linux_build.parent / "build.log").read_text(encoding="utf-8")
    assert "build_linux: installing libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1" in build_log


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("xvfb-run") is None, reason="xvfb-run is not installed (xvfb)")
def test_the_built_program_opens_its_window_on_x11_on_a_laptop_without_libxcb_cursor(
    linux_build, tmp_path, without_x11_libraries
):
    """The laptop lacks the libraries; the bundle's own copies are used."""
    program = linux_build / "cbe-desktop" / "cbe-desktop"
    out = tmp_path / "x11.png"
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "WAYLAND_DISPLAY")}
    env.update(CBE_DESKTOP_DATA_DIR=str(tmp_path / "data"), LD_DEBUG="libs")
    result = subprocess.run(
        [
            *without_x11_libraries,
            "xvfb-run",
            "-a",
            "-s",
            "-screen 0 1366x768x24",
            str(program),
            "--demo",
            "--screenshot",
            str(out),
        ],
        env=env,
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    width, height = _png_size(out.read_bytes())
    assert width >= 800 and height >= 500
    assert len(out.read_bytes()) > 30_000  # the drawn gradebook
    loaded = re.findall(r"calling init: (\S*libxcb-cursor\.so\.0)", result.stderr)
    assert loaded and all(path.startswith(str(linux_build)) for path in loaded)


def _run_built(program: Path, *args: str, tmp: Path, **kwargs) -> subprocess.CompletedProcess:
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "CBE_DESKTOP_DATA_DIR": str(tmp / "data"),
        "CBE_DESKTOP_CONFIG_DIR": str(tmp / "config"),
    }
    env.pop("CBE_DESKTOP_DEBUG", None)
    return subprocess.run(
        [str(program), *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        cwd=tmp,
        **kwargs,
    )


@pytest.mark.slow
def test_the_built_program_computes_the_agreement_of_a_calibration(linux_build, tmp_path):
    """Krippendorff's alpha (numpy) and the weighted kappa (NLTK) from the bundle, which
    carries neither SciPy nor scikit-learn."""
    program = linux_build / "cbe-desktop" / "cbe-desktop"
    internal = linux_build / "cbe-desktop" / "_internal"
    assert not (internal / "scipy").exists() and not (internal / "sklearn").exists()
    assert _run_built(program, "demo", tmp=tmp_path).returncode == 0
    made = _run_built(
        program, "calibration", "new", "--title", "Ratios", "--task",
        "Ratios and proportions unit test", "--pieces", "4", "--out", "set.cbecal",
        tmp=tmp_path,
    )  # fmt: skip
    assert made.returncode == 0, made.stderr
    for scorer, levels in (("Ms. Rivera", "1234"), ("Mr. Okafor", "1244")):
        for piece, level in zip("ABCD", levels, strict=True):
            scored = _run_built(
                program, "calibration", "score", "Ratios", "--piece", piece, "--level", level,
                "--scorer", scorer, tmp=tmp_path,
            )  # fmt: skip
            assert scored.returncode == 0, scored.stderr
    said = _run_built(program, "calibration", "report", "Ratios", tmp=tmp_path)
    assert said.returncode == 0, said.stderr
    assert "You agreed exactly on 3 of 4 pieces" in said.stdout, said.stdout
    assert "Mr. Okafor and Ms. Rivera: weighted kappa 0.92 on 4 pieces" in said.stdout
    assert "Krippendorff's alpha for the 2 of you is 0.91" in said.stdout


@pytest.mark.slow
def test_the_built_program_draws_its_window_offscreen(linux_build, tmp_path):
    program = linux_build / "cbe-desktop" / "cbe-desktop"
    out = tmp_path / "OUT.png"
    result = _run_built(program, "--demo", "--screenshot", str(out), tmp=tmp_path)
    assert result.returncode == 0, result.stderr
    data = out.read_bytes()
    width, height = _png_size(data)
    assert width >= 800 and height >= 500
    assert len(data) > 30_000  # a drawn gradebook, not an empty window

    from PySide6.QtGui import QImage

    image = QImage(str(out))
    colours = {image.pixel(x, y) for x in range(0, width, 37) for y in range(0, height, 23)}
    assert len(colours) > 10


@pytest.mark.slow
def test_the_built_program_runs_its_commands(linux_build, tmp_path):
    program = linux_build / "cbe-desktop" / "cbe-desktop"
    version = _run_built(program, "--version", tmp=tmp_path)
    assert version.stdout.strip() == f"cbe-desktop {VERSION}"
    assert _run_built(program, "demo", tmp=tmp_path).returncode == 0  # Alembic from files
    (tmp_path / "pass.txt").write_text("correct horse\n", encoding="utf-8")
    sync = _run_built(
        program,
        "sync",
        "export",
        "--out",
        "week.cbesync",
        "--passphrase-file",
        "pass.txt",
        tmp=tmp_path,
    )  # cryptography
    assert sync.returncode == 0, sync.stderr
    assert (tmp_path / "week.cbesync").read_bytes().startswith(b"CBESYNC")
    report = _run_built(
        program,
        "report",
        "where-am-i",
        "--class",
        "Math 7 — Period 2",
        "--student",
        "Ben Abramowitz",
        "--lang",
        "es",
        "--out",
        "sheet.pdf",
        tmp=tmp_path,
    )  # reportlab with the shipped fonts
    assert report.returncode == 0, report.stderr
    assert (tmp_path / "sheet.pdf").read_bytes().startswith(b"%PDF")
    assert b"DejaVuSans" in (tmp_path / "sheet.pdf").read_bytes()


@pytest.mark.slow
def test_the_tarball_installs_and_uninstalls_for_one_user(linux_build, tmp_path):
    import platform

    name = f"cbe-desktop-{VERSION}-linux-{platform.machine()}"
    tarball = linux_build / f"{name}.tar.gz"
    assert tarball.is_file() and (linux_build / f"{name}.tar.gz.sha256").is_file()
    with tarfile.open(tarball) as tar:
        names = set(tar.getnames())
        for member in (
            "cbe-desktop/cbe-desktop",
            "cbe-desktop.desktop",
            "cbe-desktop-mime.xml",
            "install.sh",
            "icons/cbe-desktop-256.png",
        ):
            assert f"{name}/{member}" in names, member
        internal = f"{name}/cbe-desktop/_internal"
        assert f"{internal}/cbe_desktop/assets/i18n/cbe-desktop_es.qm" in names
        assert not [n for n in names if n.endswith(".ts")]  # the translations' sources
        for library in HIDDEN:
            assert f"{internal}/{library}" in names, library
    subprocess.run(["tar", "-xzf", str(tarball), "-C", str(tmp_path)], check=True)

    home = tmp_path / "home"
    data_home = home / ".local" / "share"
    (data_home / "cbe-desktop").mkdir(parents=True)
    (data_home / "cbe-desktop" / "cbe-desktop.sqlite").write_bytes(b"the teacher's work")
    env = {**os.environ, "HOME": str(home), "XDG_DATA_HOME": str(data_home)}
    install = tmp_path / name / "install.sh"
    result = subprocess.run([str(install)], env=env, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr

    program = home / ".local" / "opt" / "cbe-desktop" / "cbe-desktop"
    version = subprocess.run(
        [str(home / ".local" / "bin" / "cbe-desktop"), "--version"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert version.stdout.strip() == f"cbe-desktop {VERSION}"
    desktop = (data_home / "applications" / "cbe-desktop.desktop").read_text(encoding="utf-8")
    assert f'Exec="{program}" %f' in desktop
    assert f"MimeType={MIME_TYPE};" in desktop
    assert (data_home / "mime" / "packages" / "cbe-desktop-mime.xml").is_file()
    assert (data_home / "icons" / "hicolor" / "256x256" / "apps" / "cbe-desktop.png").is_file()

    result = subprocess.run(
        [str(install), "--uninstall"], env=env, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    assert not program.exists()
    assert not (data_home / "applications" / "cbe-desktop.desktop").exists()
    assert not (data_home / "mime" / "packages" / "cbe-desktop-mime.xml").exists()
    assert (data_home / "cbe-desktop" / "cbe-desktop.sqlite").read_bytes() == b"the teacher's work"
