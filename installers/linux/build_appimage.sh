#!/usr/bin/env bash
# An AppImage of cbe-desktop, from the one-folder bundle that installers/build_linux.sh makes.
#
#     bash installers/linux/build_appimage.sh
#
# 1. builds dist/cbe-desktop/ when it is not there, or lacks the X11 libraries Qt needs
#    (installers/build_linux.sh installs them on the build machine and packs them);
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

# The libraries of Qt's X11 plugin the bundle must carry (as in build_linux.sh): a bundle
# built before it installed them on the build machine lacks them, so it is built again.
X11_BUNDLED="libxcb-cursor.so.0 libxcb-icccm.so.4 libxcb-keysyms.so.1 libxcb-image.so.0
  libxcb-render-util.so.0 libxcb-util.so.1 libxkbcommon-x11.so.0"
build=0
[ -x "$DIST/cbe-desktop/cbe-desktop" ] || build=1
for lib in $X11_BUNDLED; do
  if [ $build = 0 ] && [ ! -e "$DIST/cbe-desktop/_internal/$lib" ]; then
    echo "build_appimage: $DIST/cbe-desktop lacks $lib; building it again" >&2
    build=1
  fi
done
[ $build = 0 ] || CBE_NO_TARBALL=1 PYTHON=$PYTHON bash "$ROOT/installers/build_linux.sh"

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
