#!/usr/bin/env bash
# An AppImage of cbe-desktop, from the one-folder bundle that installers/build_linux.sh makes.
#
#     bash installers/linux/build_appimage.sh
#
# 1. builds dist/cbe-desktop/ when it is not there (installers/build_linux.sh);
# 2. lays out build/AppDir/ (AppRun, the .desktop file, the icons, the MIME type, the
#    AppStream description, the program under usr/lib/cbe-desktop/);
# 3. packs it with appimagetool into dist/cbe-desktop-<version>-<arch>.AppImage.
#
# appimagetool is not a Python or Debian package: download it once from the AppImage
# project's releases (appimagetool-x86_64.AppImage), make it executable, and put it on
# the PATH or name it in APPIMAGETOOL=/path/to/appimagetool. Without it the script stops
# after step 2 and says so; build/AppDir/AppRun can still be run to try the layout.
# Build on the oldest distribution you support: the bundle needs that glibc or newer.
set -euo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
DIST=${CBE_DIST_DIR:-$ROOT/dist}
APPDIR=${CBE_APPDIR:-$ROOT/build/AppDir}
PYTHON=${PYTHON:-${VIRTUAL_ENV:+$VIRTUAL_ENV/bin/python}}
PYTHON=${PYTHON:-python3}

[ -x "$DIST/cbe-desktop/cbe-desktop" ] || CBE_NO_TARBALL=1 PYTHON=$PYTHON bash "$ROOT/installers/build_linux.sh"

VERSION=$(cd "$ROOT" && "$PYTHON" -c 'import tomllib; print(tomllib.load(open("pyproject.toml", "rb"))["project"]["version"])')
ARCH=$(uname -m)

rm -rf "$APPDIR"
mkdir -p "$APPDIR/usr/lib" "$APPDIR/usr/bin" "$APPDIR/usr/share/applications" \
  "$APPDIR/usr/share/mime/packages" "$APPDIR/usr/share/metainfo"
cp -a "$DIST/cbe-desktop" "$APPDIR/usr/lib/cbe-desktop"
ln -s ../lib/cbe-desktop/cbe-desktop "$APPDIR/usr/bin/cbe-desktop"

cat > "$APPDIR/AppRun" <<'EOF'
#!/bin/sh
# Start the program inside the AppImage with the arguments given (a .cbesync file, ...).
HERE=$(dirname "$(readlink -f "$0")")
exec "$HERE/usr/lib/cbe-desktop/cbe-desktop" "$@"
EOF
chmod 755 "$APPDIR/AppRun"

cp "$HERE/cbe-desktop.desktop" "$APPDIR/cbe-desktop.desktop"
cp "$HERE/cbe-desktop.desktop" "$APPDIR/usr/share/applications/cbe-desktop.desktop"
cp "$HERE/cbe-desktop-mime.xml" "$APPDIR/usr/share/mime/packages/cbe-desktop-mime.xml"
cp "$HERE/org.cbe_desktop.CbeDesktop.metainfo.xml" "$APPDIR/usr/share/metainfo/"
cp "$ROOT/resources/icons/cbe-desktop-256.png" "$APPDIR/cbe-desktop.png"
ln -s cbe-desktop.png "$APPDIR/.DirIcon"
for size in 16 24 32 48 64 128 256 512; do
  mkdir -p "$APPDIR/usr/share/icons/hicolor/${size}x$size/apps"
  cp "$ROOT/resources/icons/cbe-desktop-$size.png" "$APPDIR/usr/share/icons/hicolor/${size}x$size/apps/cbe-desktop.png"
done
mkdir -p "$APPDIR/usr/share/icons/hicolor/scalable/apps"
cp "$ROOT/resources/icons/cbe-desktop.svg" "$APPDIR/usr/share/icons/hicolor/scalable/apps/cbe-desktop.svg"
echo "build_appimage: AppDir ready: $APPDIR" >&2

TOOL=${APPIMAGETOOL:-$(command -v appimagetool || command -v appimagetool-x86_64.AppImage || true)}
if [ -z "$TOOL" ]; then
  echo "build_appimage: appimagetool not found; see the top of this script. Stopping with the AppDir." >&2
  exit 3
fi
OUT=$DIST/cbe-desktop-$VERSION-$ARCH.AppImage
ARCH=$ARCH "$TOOL" --no-appstream "$APPDIR" "$OUT"
echo "build_appimage: $OUT" >&2
