#!/bin/sh
# Install cbe-desktop for yourself, no administrator needed:
#
#     ./install.sh               the program into ~/.local/opt/cbe-desktop, a menu entry,
#                                the icon, and .cbesync files opening in cbe-desktop
#     ./install.sh --uninstall   removes all of that again
#
# Your data (~/.local/share/cbe-desktop: classes, evidence, photos, backups) is never
# touched by either. Uses xdg-mime and xdg-desktop-menu when they are there, and plain
# copies into ~/.local/share otherwise. Installing says which system libraries the
# window still needs (and their package), if this computer lacks any the program does
# not carry.
set -eu

HERE=$(cd "$(dirname "$0")" && pwd)
DATA_HOME=${XDG_DATA_HOME:-$HOME/.local/share}
PREFIX=${CBE_PREFIX:-$HOME/.local/opt/cbe-desktop}
BIN_DIR=${CBE_BIN_DIR:-$HOME/.local/bin}
APPS=$DATA_HOME/applications
ICONS=$DATA_HOME/icons/hicolor
MIME_TYPE=application/x-cbesync
SIZES="16 24 32 48 64 128 256 512"

has() { command -v "$1" >/dev/null 2>&1; }
refresh() {
  if has update-mime-database; then update-mime-database "$DATA_HOME/mime" >/dev/null 2>&1 || :; fi
  if has update-desktop-database; then update-desktop-database -q "$APPS" 2>/dev/null || :; fi
  if has gtk-update-icon-cache; then gtk-update-icon-cache -q -t -f "$ICONS" 2>/dev/null || :; fi
}

# The Debian and Ubuntu package of a library Qt's X11 plugin loads (the same table as
# X11_LIBRARIES in src/cbe_desktop/app.py; tests/test_installers.py keeps them equal).
package_of() {
  case "$1" in
    libxcb-cursor.so.0) echo libxcb-cursor0 ;;
    libxcb-icccm.so.4) echo libxcb-icccm4 ;;
    libxcb-keysyms.so.1) echo libxcb-keysyms1 ;;
    libxcb-image.so.0) echo libxcb-image0 ;;
    libxcb-render-util.so.0) echo libxcb-render-util0 ;;
    libxcb-util.so.1) echo libxcb-util1 ;;
    libxkbcommon-x11.so.0) echo libxkbcommon-x11-0 ;;
    libxkbcommon.so.0) echo libxkbcommon0 ;;
    libxcb-randr.so.0) echo libxcb-randr0 ;;
    libxcb-render.so.0) echo libxcb-render0 ;;
    libxcb-shape.so.0) echo libxcb-shape0 ;;
    libxcb-shm.so.0) echo libxcb-shm0 ;;
    libxcb-sync.so.1) echo libxcb-sync1 ;;
    libxcb-xfixes.so.0) echo libxcb-xfixes0 ;;
    libxcb-xkb.so.1) echo libxcb-xkb1 ;;
    libxcb.so.1) echo libxcb1 ;;
    libX11-xcb.so.1) echo libx11-xcb1 ;;
    libX11.so.6) echo libx11-6 ;;
    libGL.so.1) echo libgl1 ;;
    libglib-2.0.so.0) echo libglib2.0-0 ;;
    libgthread-2.0.so.0) echo libglib2.0-0 ;;
    *) echo "$1" ;;
  esac
}

# The libraries the program's window (Qt's X11 plugin) needs that neither the program
# folder $1 nor this computer has, one a line; nothing when ldd is not there to ask.
missing_libraries() {
  plugin=$1/_internal/PySide6/Qt/plugins/platforms/libqxcb.so
  if [ ! -f "$plugin" ] || ! has ldd; then return 0; fi
  LD_LIBRARY_PATH="$1/_internal${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH}" ldd "$plugin" 2>/dev/null |
    awk '$2 == "=>" && $3 == "not" { print $1 }' | sort -u
}

# Says, in one sentence, what the window still needs here, and which packages hold it.
check_libraries() {
  libs="" packages=""
  for lib in $(missing_libraries "$1"); do
    libs="${libs:+$libs, }$lib"
    package=$(package_of "$lib")
    case " $packages " in *" $package "*) ;; *) packages="${packages:+$packages }$package" ;; esac
  done
  [ -z "$libs" ] || echo "cbe-desktop's window will not open on this computer until these libraries are installed: $libs (on Debian or Ubuntu, an administrator runs: sudo apt install $packages)." >&2
}

uninstall() {
  if has xdg-desktop-menu; then xdg-desktop-menu uninstall --mode user cbe-desktop.desktop 2>/dev/null || :; fi
  rm -f "$APPS/cbe-desktop.desktop"
  if has xdg-mime; then xdg-mime uninstall --mode user "$HERE/cbe-desktop-mime.xml" 2>/dev/null || :; fi
  rm -f "$DATA_HOME/mime/packages/cbe-desktop-mime.xml"
  for size in $SIZES; do
    rm -f "$ICONS/${size}x$size/apps/cbe-desktop.png" "$ICONS/${size}x$size/mimetypes/application-x-cbesync.png"
  done
  rm -f "$ICONS/scalable/apps/cbe-desktop.svg" "$ICONS/scalable/mimetypes/application-x-cbesync.svg"
  if [ -L "$BIN_DIR/cbe-desktop" ]; then rm -f "$BIN_DIR/cbe-desktop"; fi
  rm -rf "$PREFIX"
  refresh
  echo "cbe-desktop is removed. Your data in $DATA_HOME/cbe-desktop is kept."
}

install_all() {
  [ -x "$HERE/cbe-desktop/cbe-desktop" ] || { echo "install.sh: no cbe-desktop/ folder next to me" >&2; exit 1; }
  # The program: copy beside, then swap, so a failed copy leaves the old one working.
  mkdir -p "$(dirname "$PREFIX")"
  rm -rf "$PREFIX.new"
  cp -a "$HERE/cbe-desktop" "$PREFIX.new"
  rm -rf "$PREFIX"
  mv "$PREFIX.new" "$PREFIX"
  mkdir -p "$BIN_DIR"
  ln -sf "$PREFIX/cbe-desktop" "$BIN_DIR/cbe-desktop"

  # Icons: the application's, and the same picture for .cbesync files.
  for size in $SIZES; do
    for dir in apps mimetypes; do mkdir -p "$ICONS/${size}x$size/$dir"; done
    cp "$HERE/icons/cbe-desktop-$size.png" "$ICONS/${size}x$size/apps/cbe-desktop.png"
    cp "$HERE/icons/cbe-desktop-$size.png" "$ICONS/${size}x$size/mimetypes/application-x-cbesync.png"
  done
  mkdir -p "$ICONS/scalable/apps" "$ICONS/scalable/mimetypes"
  cp "$HERE/icons/cbe-desktop.svg" "$ICONS/scalable/apps/cbe-desktop.svg"
  cp "$HERE/icons/cbe-desktop.svg" "$ICONS/scalable/mimetypes/application-x-cbesync.svg"

  # The file type.
  if has xdg-mime; then
    xdg-mime install --mode user --novendor "$HERE/cbe-desktop-mime.xml"
  else
    mkdir -p "$DATA_HOME/mime/packages"
    cp "$HERE/cbe-desktop-mime.xml" "$DATA_HOME/mime/packages/cbe-desktop-mime.xml"
  fi

  # The menu entry, starting this copy wherever ~/.local/bin is on the PATH or not.
  tmp=$(mktemp -d)
  sed -e "s|^Exec=cbe-desktop |Exec=\"$PREFIX/cbe-desktop\" |" \
      -e "/^Exec=/a TryExec=$PREFIX/cbe-desktop" \
      "$HERE/cbe-desktop.desktop" > "$tmp/cbe-desktop.desktop"
  if has xdg-desktop-menu; then
    xdg-desktop-menu install --mode user --novendor "$tmp/cbe-desktop.desktop"
  else
    mkdir -p "$APPS"
    cp "$tmp/cbe-desktop.desktop" "$APPS/cbe-desktop.desktop"
  fi
  rm -rf "$tmp"
  if has xdg-mime; then xdg-mime default cbe-desktop.desktop "$MIME_TYPE" 2>/dev/null || :; fi
  refresh

  echo "cbe-desktop is installed in $PREFIX, with a menu entry under Education."
  case ":$PATH:" in
    *":$BIN_DIR:"*) echo "Type cbe-desktop in a terminal to start it there too." ;;
    *) echo "To start it from a terminal: $PREFIX/cbe-desktop (or add $BIN_DIR to your PATH)." ;;
  esac
  check_libraries "$PREFIX"
}

case "${1:-}" in
  "") install_all ;;
  --uninstall) uninstall ;;
  -h | --help) sed -n '2,10s/^# \{0,1\}//p' "$0" ;;
  *) echo "install.sh: unknown option $1 (try --help)" >&2; exit 2 ;;
esac
