"""The installers: the PyInstaller spec, the Linux desktop integration, the Windows setup
script and the icons; and, marked slow, a real Linux build that is then started offscreen.

The slow test runs installers/build_linux.sh into a temporary folder (PyInstaller is
installed into this environment when missing; the test is skipped, saying why, when that
is impossible), runs the built program (--version, a few commands, --demo --screenshot),
and installs and uninstalls the tarball into a temporary home.
"""

from __future__ import annotations

import ast
import configparser
import os
import shutil
import struct
import subprocess
import sys
import tarfile
import tomllib
import types
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest

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
INSTALLERS_README = INSTALLERS / "README.md"
BUILD_MACOS = INSTALLERS / "macos" / "build_macos.sh"


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


@pytest.fixture(scope="module")
def linux_build(tmp_path_factory) -> Iterator[Path]:
    """installers/build_linux.sh run once into a temporary folder; yields its dist folder."""
    if not sys.platform.startswith("linux"):
        pytest.skip("the Linux bundle is built on Linux")
    _ensure_pyinstaller()
    tmp = tmp_path_factory.mktemp("linux-build")
    env = {
        **os.environ,
        "PYTHON": sys.executable,
        "CBE_DIST_DIR": str(tmp / "dist"),
        "CBE_BUILD_DIR": str(tmp / "build"),
    }
    result = subprocess.run(
        ["bash", str(INSTALLERS / "build_linux.sh")],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=900,
    )
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-5000:]
    yield tmp / "dist"
    shutil.rmtree(tmp / "build", ignore_errors=True)


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
