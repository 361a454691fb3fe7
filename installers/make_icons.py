"""Draw the application icon: SVG sources, PNGs at 16..512, a Windows .ico and a macOS .icns.

    python installers/make_icons.py     # writes resources/icons/ and assets/icon.{svg,png}

The SVGs are written from the constants below, then rendered with Qt (QSvgRenderer,
offscreen). Sizes up to 32 px use a simplified drawing (no bars, a bolder check) so the
icon stays clear in a title bar or a file list. The .ico and .icns containers are
assembled here from the rendered images, so no Qt image plugin is needed for them.

The files are committed; run this again only when the drawing changes.
"""

from __future__ import annotations

import argparse
import os
import struct
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "resources" / "icons"
# The window icon the program itself loads (package data, so `pip install` has it too).
ASSETS = ROOT / "src" / "cbe_desktop" / "assets"
NAME = "cbe-desktop"

PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
SMALL_MAX = 32  # sizes up to this use the simplified drawing
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
ICO_PNG_FROM = 64  # .ico entries this size and up are stored as PNG, smaller ones as DIB

# A rounded square in deep blue; a white check above three ascending bars (progress
# over time) in light blue.
ICON_SVG = """\
<svg xmlns="http://www.w3.org/2000/svg" width="256" height="256" viewBox="0 0 256 256">
  <title>cbe-desktop</title>
  <defs>
    <linearGradient id="bg" gradientUnits="userSpaceOnUse" x1="0" y1="12" x2="0" y2="244">
      <stop offset="0" stop-color="#2A6FA8"/>
      <stop offset="1" stop-color="#17476F"/>
    </linearGradient>
  </defs>
  <rect x="12" y="12" width="232" height="232" rx="52" ry="52" fill="url(#bg)"/>
  <rect x="12.5" y="12.5" width="231" height="231" rx="51.5" ry="51.5" fill="none"
        stroke="#0F3352" stroke-opacity="0.55" stroke-width="1"/>
  <g fill="#8FD0F2">
    <rect x="52" y="184" width="40" height="32" rx="6" ry="6"/>
    <rect x="108" y="164" width="40" height="52" rx="6" ry="6"/>
    <rect x="164" y="140" width="40" height="76" rx="6" ry="6"/>
  </g>
  <path d="M 58 96 L 102 140 L 198 38" fill="none" stroke="#FFFFFF"
        stroke-width="28" stroke-linecap="round" stroke-linejoin="round"/>
</svg>
"""

ICON_SMALL_SVG = """\
<svg xmlns="http://www.w3.org/2000/svg" width="32" height="32" viewBox="0 0 32 32">
  <title>cbe-desktop (small sizes)</title>
  <rect x="1" y="1" width="30" height="30" rx="6" ry="6" fill="#1F5B8C"/>
  <rect x="5" y="23" width="22" height="4" rx="1" ry="1" fill="#8FD0F2"/>
  <path d="M 7 13.5 L 13 19 L 25 6.5" fill="none" stroke="#FFFFFF"
        stroke-width="4.2" stroke-linecap="round" stroke-linejoin="round"/>
</svg>
"""

# .icns entries: OSType -> pixel size, all stored as PNG (macOS 10.7 and later).
ICNS_TYPES = (
    ("icp4", 16),
    ("icp5", 32),
    ("icp6", 64),
    ("ic07", 128),
    ("ic08", 256),
    ("ic09", 512),
    ("ic10", 1024),  # 512@2x
    ("ic11", 32),  # 16@2x
    ("ic12", 64),  # 32@2x
    ("ic13", 256),  # 128@2x
    ("ic14", 512),  # 256@2x
)


def _qt():  # type: ignore[no-untyped-def]
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    return QGuiApplication.instance() or QGuiApplication(sys.argv[:1])


def render(svg: str, size: int):  # type: ignore[no-untyped-def]
    """The SVG drawn into a transparent ``size`` x ``size`` ARGB image."""
    from PySide6.QtCore import QByteArray, QRectF, Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(QByteArray(svg.encode("utf-8")))
    if not renderer.isValid():
        raise SystemExit("the icon SVG does not parse")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    return image


def png_bytes(image) -> bytes:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice

    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):
        raise SystemExit("Qt could not encode a PNG")
    buffer.close()
    return bytes(data.data())


def dib_bytes(image) -> bytes:  # type: ignore[no-untyped-def]
    """An .ico DIB entry: BITMAPINFOHEADER, 32-bit BGRA rows bottom-up, then the AND mask."""
    from PySide6.QtGui import QImage

    img = image.convertToFormat(QImage.Format.Format_ARGB32)
    w, h = img.width(), img.height()
    header = struct.pack("<IiiHHIIiiII", 40, w, h * 2, 1, 32, 0, 0, 0, 0, 0, 0)
    pixels = bytearray()
    mask = bytearray()
    mask_row_bytes = ((w + 31) // 32) * 4
    for y in range(h - 1, -1, -1):
        row_mask = bytearray(mask_row_bytes)
        for x in range(w):
            argb = img.pixel(x, y)
            a, r, g, b = (argb >> 24) & 255, (argb >> 16) & 255, (argb >> 8) & 255, argb & 255
            pixels += bytes((b, g, r, a))
            if a == 0:
                row_mask[x // 8] |= 0x80 >> (x % 8)
        mask += row_mask
    return header + bytes(pixels) + bytes(mask)


def ico_bytes(images: dict[int, object]) -> bytes:
    """A Windows .ico holding every size in ``images``."""
    entries = []
    for size in sorted(images):
        image = images[size]
        data = png_bytes(image) if size >= ICO_PNG_FROM else dib_bytes(image)
        entries.append((size, data))
    out = bytearray(struct.pack("<HHH", 0, 1, len(entries)))
    offset = 6 + 16 * len(entries)
    for size, data in entries:
        dim = 0 if size >= 256 else size  # 0 means 256
        out += struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(data), offset)
        offset += len(data)
    for _, data in entries:
        out += data
    return bytes(out)


def icns_bytes(pngs: dict[int, bytes]) -> bytes:
    """A macOS .icns of PNG entries."""
    body = bytearray()
    for ostype, size in ICNS_TYPES:
        data = pngs[size]
        body += ostype.encode("ascii") + struct.pack(">I", len(data) + 8) + data
    return b"icns" + struct.pack(">I", len(body) + 8) + bytes(body)


def build() -> dict[str, bytes]:
    """Every file of resources/icons/, by name."""
    _qt()
    files: dict[str, bytes] = {
        f"{NAME}.svg": ICON_SVG.encode("utf-8"),
        f"{NAME}-small.svg": ICON_SMALL_SVG.encode("utf-8"),
    }
    sizes = sorted({*PNG_SIZES, *ICO_SIZES, *(s for _, s in ICNS_TYPES)})
    images = {s: render(ICON_SMALL_SVG if s <= SMALL_MAX else ICON_SVG, s) for s in sizes}
    pngs = {s: png_bytes(img) for s, img in images.items()}
    for size in PNG_SIZES:
        files[f"{NAME}-{size}.png"] = pngs[size]
    files[f"{NAME}.ico"] = ico_bytes({s: images[s] for s in ICO_SIZES})
    files[f"{NAME}.icns"] = icns_bytes(pngs)
    return files


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=OUT, help=f"default: {OUT}")
    args = parser.parse_args(argv)
    files = build()
    written = {args.out / name: data for name, data in files.items()}
    if args.out == OUT:
        written[ASSETS / "icon.svg"] = files[f"{NAME}.svg"]
        written[ASSETS / "icon.png"] = files[f"{NAME}-256.png"]
    for path, data in written.items():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        print(f"{path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}  {len(data)} bytes")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
