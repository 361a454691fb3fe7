#!/usr/bin/env bash
# Build cbe-desktop for macOS: dist/cbe-desktop.app (PyInstaller; the spec's BUNDLE section
# sets the icon, the version, and the .cbesync document type), then a disk image
# dist/cbe-desktop-<version>-macos-<arch>.dmg to drag it into Applications.
#
#     bash installers/macos/build_macos.sh
#
# Run it on a Mac with the Python environment cbe-desktop is installed in active (or
# PYTHON=...). The app is signed ad hoc; to sign with a Developer ID, set
# CBE_CODESIGN_IDENTITY="Developer ID Application: ..." (then notarize the .dmg with
# `xcrun notarytool submit --wait` and `xcrun stapler staple`).
set -euo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
cd "$ROOT"
DIST=${CBE_DIST_DIR:-$ROOT/dist}
WORK=${CBE_BUILD_DIR:-$ROOT/build/pyinstaller}
PYTHON=${PYTHON:-${VIRTUAL_ENV:+$VIRTUAL_ENV/bin/python}}
PYTHON=${PYTHON:-python3}

[ "$(uname -s)" = Darwin ] || { echo "build_macos: run this on macOS" >&2; exit 1; }
"$PYTHON" -c 'import cbe_desktop, PySide6' ||
  { echo "build_macos: install the project first (pip install -e .)" >&2; exit 1; }
"$PYTHON" -m PyInstaller --version >/dev/null 2>&1 || "$PYTHON" -m pip install --quiet "pyinstaller>=6.10,<7"
"$PYTHON" -c 'import sys; sys.exit(sys.version_info < (3, 12))' ||
  echo "build_macos: warning: $("$PYTHON" -V 2>&1) works, but release builds should use Python 3.12+ (see installers/README.md)" >&2

VERSION=$("$PYTHON" -c 'import tomllib; print(tomllib.load(open("pyproject.toml", "rb"))["project"]["version"])')
ARCH=$(uname -m)

"$PYTHON" -m PyInstaller installers/cbe-desktop.spec --noconfirm --log-level WARN \
  --distpath "$DIST" --workpath "$WORK"
APP=$DIST/cbe-desktop.app
"$APP/Contents/MacOS/cbe-desktop" --version
/usr/libexec/PlistBuddy -c 'Print :CFBundleDocumentTypes:0:LSItemContentTypes:0' "$APP/Contents/Info.plist"

DMG=$DIST/cbe-desktop-$VERSION-macos-$ARCH.dmg
STAGE=$WORK/dmg
rm -rf "$STAGE" "$DMG"
mkdir -p "$STAGE"
cp -R "$APP" "$STAGE/"
ln -s /Applications "$STAGE/Applications"
# What a teacher reads beside the app: how to install it, and that the data stays when
# the app goes to the Trash (the data folder is platformdirs' user data folder).
cat > "$STAGE/Read Me.txt" <<EOF
cbe-desktop $VERSION for macOS ($ARCH)

To install: drag cbe-desktop onto Applications.

Your classes, evidence, photos of student work and backups are kept in your own
folder, ~/Library/Application Support/cbe-desktop, not in the app. Dragging the app
to the Trash removes the program only: your data stays there, and installing
cbe-desktop again finds it as it was.

To delete your data too: in the Finder choose Go > Go to Folder..., type
~/Library/Application Support, and drag the folder cbe-desktop (and
cbe-desktop-demo-sandbox, if you tried the demo class) to the Trash.
EOF
hdiutil create -volname "cbe-desktop $VERSION" -srcfolder "$STAGE" -ov -format UDZO "$DMG"
rm -rf "$STAGE"
echo "build_macos: $DMG"
