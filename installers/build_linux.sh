#!/usr/bin/env bash
# Build cbe-desktop for Linux: the one-folder bundle dist/cbe-desktop/ (PyInstaller), then
# the tarball dist/cbe-desktop-<version>-linux-<arch>.tar.gz holding that folder, the
# .desktop file, the MIME type, the icons and install.sh.
#
#     bash installers/build_linux.sh
#
# Run it with the Python environment cbe-desktop is installed in active (or PYTHON=...):
# PyInstaller is installed into it when missing. Environment:
#   PYTHON          the Python to build with (default: the active venv's, else python3)
#   CBE_DIST_DIR    where the bundle and the tarball go (default: dist/)
#   CBE_BUILD_DIR   PyInstaller's work folder (default: build/pyinstaller/)
#   CBE_NO_TARBALL  set to 1 to build only the folder
#   CBE_NO_APT      set to 1 to stop, rather than apt-get install, when this machine lacks
#                   a library of Qt's X11 plugin (libxcb-cursor0, libxcb-icccm4, ...)
#
# PyInstaller packs the shared libraries this machine has. Qt's X11 plugin needs some that
# a bare system lacks (libxcb-cursor0, libxcb-icccm4, libxcb-keysyms1 ...): the script
# installs them with apt-get (as root, or through sudo) before building, and checks that
# the bundle carries them, so the program opens its window on laptops that lack them too.
set -euo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(dirname "$HERE")
cd "$ROOT"

DIST=${CBE_DIST_DIR:-$ROOT/dist}
WORK=${CBE_BUILD_DIR:-$ROOT/build/pyinstaller}
if [ -n "${PYTHON:-}" ]; then
  :
elif [ -n "${VIRTUAL_ENV:-}" ] && [ -x "$VIRTUAL_ENV/bin/python" ]; then
  PYTHON=$VIRTUAL_ENV/bin/python
else
  PYTHON=python3
fi
PYINSTALLER_REQ=${PYINSTALLER_REQ:-"pyinstaller>=6.10,<7"}

say() { printf '%s\n' "build_linux: $*" >&2; }
fail() { say "$*"; exit 1; }

[ "$(uname -s)" = Linux ] || fail "this script builds the Linux bundle; see installers/README.md for the other systems"
"$PYTHON" -c 'import cbe_desktop, PySide6' 2>/dev/null ||
  fail "$PYTHON cannot import cbe_desktop and PySide6; install the project first (pip install -e .)"
command -v ldd >/dev/null || fail "ldd is missing (PyInstaller needs it to find shared libraries)"
command -v objdump >/dev/null || say "objdump is missing (apt-get install binutils); PyInstaller may warn"

if ! "$PYTHON" -m PyInstaller --version >/dev/null 2>&1; then
  say "installing $PYINSTALLER_REQ into $("$PYTHON" -c 'import sys; print(sys.prefix)')"
  "$PYTHON" -m pip install --quiet "$PYINSTALLER_REQ" ||
    fail "could not install PyInstaller (no network?); install it yourself: pip install '$PYINSTALLER_REQ'"
fi

# The libraries of Qt's X11 plugin this machine lacks, as Debian package names (the same
# check the program makes before it opens its window: cbe_desktop.app.X11_LIBRARIES).
x11_missing() {
  "$PYTHON" -c 'from cbe_desktop.app import missing_x11_libraries as m; print(" ".join(dict.fromkeys(m().values())))'
}
MISSING=$(x11_missing) || fail "$PYTHON cannot load PySide6's Qt libraries on this machine (see the message above)"
if [ -n "$MISSING" ] && [ "${CBE_NO_APT:-0}" != 1 ] && command -v apt-get >/dev/null; then
  SUDO=""
  if [ "$(id -u)" != 0 ]; then
    command -v sudo >/dev/null || fail "this machine lacks $MISSING (Qt's X11 plugin needs them, and the bundle must carry them): ask an administrator to run: apt-get install $MISSING"
    SUDO=sudo
  fi
  say "installing $MISSING: Qt's X11 plugin needs them, and the bundle carries them to the laptops"
  # shellcheck disable=SC2086  # $SUDO and $MISSING: one word each
  $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends $MISSING >&2 ||
    { $SUDO apt-get update -q >&2 &&
      $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends $MISSING >&2; } ||
    fail "apt-get could not install $MISSING; install them yourself and build again"
  MISSING=$(x11_missing)
fi
[ -z "$MISSING" ] ||
  fail "this machine lacks $MISSING, which Qt's X11 plugin needs and the bundle must carry (a bundle without them aborts on every laptop that lacks them too): install them (on Debian or Ubuntu: sudo apt-get install $MISSING; elsewhere, the packages holding the libraries cbe-desktop names when started) and build again"

"$PYTHON" -c 'import sys; sys.exit(sys.version_info < (3, 12))' ||
  say "warning: $("$PYTHON" -V 2>&1) works, but release builds should use Python 3.12+ (see installers/README.md)"

VERSION=$("$PYTHON" -c 'import tomllib; print(tomllib.load(open("pyproject.toml", "rb"))["project"]["version"])')
ARCH=$(uname -m)
NAME="cbe-desktop-$VERSION-linux-$ARCH"
say "cbe-desktop $VERSION, PyInstaller $("$PYTHON" -m PyInstaller --version), $("$PYTHON" -V 2>&1)"

start=$(date +%s)
"$PYTHON" -m PyInstaller "$HERE/cbe-desktop.spec" --noconfirm --log-level WARN \
  --distpath "$DIST" --workpath "$WORK"
BUNDLE=$DIST/cbe-desktop
[ -x "$BUNDLE/cbe-desktop" ] || fail "PyInstaller left no $BUNDLE/cbe-desktop"
say "bundle: $BUNDLE ($(du -sh "$BUNDLE" | cut -f1), $(($(date +%s) - start)) s)"

# The libraries of Qt's X11 plugin that desktop systems may lack must be in the bundle.
X11_BUNDLED="libxcb-cursor.so.0 libxcb-icccm.so.4 libxcb-keysyms.so.1 libxcb-image.so.0
  libxcb-render-util.so.0 libxcb-util.so.1 libxkbcommon-x11.so.0"
for lib in $X11_BUNDLED; do
  [ -e "$BUNDLE/_internal/$lib" ] ||
    fail "the bundle lacks $lib, so its window would not open on a laptop without it; see the PyInstaller log above"
done

# The bundle must start: --version needs no display and no data folder.
got=$("$BUNDLE/cbe-desktop" --version) || fail "the built program does not start"
[ "$got" = "cbe-desktop $VERSION" ] || fail "the built program says '$got', not 'cbe-desktop $VERSION'"

[ "${CBE_NO_TARBALL:-0}" = 1 ] && exit 0

STAGE=$WORK/tarball/$NAME
rm -rf "$WORK/tarball"
mkdir -p "$STAGE/icons"
cp -a "$BUNDLE" "$STAGE/cbe-desktop"
cp "$HERE/linux/cbe-desktop.desktop" "$HERE/linux/cbe-desktop-mime.xml" "$STAGE/"
cp "$ROOT/resources/icons/"cbe-desktop-*.png "$ROOT/resources/icons/cbe-desktop.svg" "$STAGE/icons/"
install -m 755 "$HERE/linux/install.sh" "$STAGE/install.sh"
cat > "$STAGE/README.txt" <<EOF
cbe-desktop $VERSION for Linux ($ARCH)

Install for yourself (no administrator needed):   ./install.sh
Remove it again (your data is kept):               ./install.sh --uninstall
Or run it from here without installing:            ./cbe-desktop/cbe-desktop

Your data lives in ~/.local/share/cbe-desktop; installing and removing never touch it.

If the window does not open from the menu, start cbe-desktop in a terminal: it says in
one sentence what this computer lacks and which package to install.
EOF

TARBALL=$DIST/$NAME.tar.gz
tar -C "$WORK/tarball" --owner=0 --group=0 --numeric-owner --sort=name -czf "$TARBALL.partial" "$NAME"
mv "$TARBALL.partial" "$TARBALL"
(cd "$DIST" && sha256sum "$NAME.tar.gz" > "$NAME.tar.gz.sha256")
rm -rf "$WORK/tarball"
say "tarball: $TARBALL ($(du -h "$TARBALL" | cut -f1)), $(($(date +%s) - start)) s in all"
