"""Make the packet fonts for Arabic and Chinese (and Japanese, Korean) names and words.

The PDFs embed only the glyphs they use, so what matters here is what the program
downloads. The fonts come from Debian's packages, never from the internet at large:

    apt-get install fonts-noto-core fonts-noto-cjk
    .venv/bin/pip install fonttools
    .venv/bin/python installers/make_fonts.py

- Noto Sans Arabic (regular and bold, fonts-noto-core) is copied as it is: it maps the
  Arabic presentation forms that ``arabic-reshaper`` produces, so joined letters are
  drawn and still copy out as Arabic text.
- Noto Sans CJK SC (fonts-noto-cjk) is PostScript-flavoured OpenType, which reportlab
  cannot embed. It is cut to the characters names and packet words use (the CJK
  Unified Ideographs block, kana, Hangul syllables, CJK punctuation, full-width forms
  and Latin), with no layout features (reportlab does not apply them), and its curves
  are converted to TrueType quadratics: 9 MB instead of 19 MB for the collection.
  One weight only: bold CJK text is drawn in the regular weight.

All are under the SIL Open Font License 1.1 (``assets/fonts/LICENSE-Noto.txt``), which
allows subsetting and redistribution; Noto declares no Reserved Font Name.
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

from fontTools.pens.cu2quPen import Cu2QuPen
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.subset import Options, Subsetter
from fontTools.ttLib import TTCollection, TTFont, newTable

ROOT = Path(__file__).resolve().parent.parent
FONTS = ROOT / "src" / "cbe_desktop" / "assets" / "fonts"
NOTO_CORE = Path("/usr/share/fonts/truetype/noto")
NOTO_CJK = Path("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc")
CJK_INDEX = 2  # Noto Sans CJK SC in the collection
CJK_OUT = "NotoSansCJKsc-Regular-subset.ttf"

#: What the CJK subset keeps.
CJK_RANGES = (
    (0x0020, 0x007E),  # Basic Latin (digits and Latin beside Chinese words)
    (0x00A0, 0x024F),  # Latin-1 and Latin Extended A/B
    (0x2000, 0x206F),  # General punctuation (… “ ” —)
    (0x3000, 0x30FF),  # CJK symbols and punctuation, hiragana, katakana
    (0x3130, 0x318F),  # Hangul compatibility jamo
    (0x4E00, 0x9FFF),  # CJK Unified Ideographs
    (0xAC00, 0xD7A3),  # Hangul syllables
    (0xFF00, 0xFFEF),  # Half-width and full-width forms (，：（）)
)


def _to_truetype(font: TTFont, max_err: float = 1.0) -> None:
    """Replace the CFF outlines by TrueType ones (cubic curves to quadratic)."""
    order = font.getGlyphOrder()
    glyph_set = font.getGlyphSet()
    glyf = newTable("glyf")
    glyf.glyphOrder = order
    glyf.glyphs = {}
    for name in order:
        pen = TTGlyphPen(glyph_set)
        glyph_set[name].draw(Cu2QuPen(pen, max_err, reverse_direction=True))
        glyf[name] = pen.glyph()
    font["loca"] = newTable("loca")
    font["glyf"] = glyf
    maxp = newTable("maxp")
    maxp.tableVersion = 0x00010000
    for field in (
        "maxZones",
        "maxTwilightPoints",
        "maxStorage",
        "maxFunctionDefs",
        "maxInstructionDefs",
        "maxStackElements",
        "maxSizeOfInstructions",
        "maxComponentElements",
    ):
        setattr(maxp, field, 0)
    maxp.maxZones = 1
    maxp.numGlyphs = len(order)
    font["maxp"] = maxp
    post = font["post"]
    post.formatType = 2.0
    post.extraNames = []
    post.mapping = {}
    post.glyphOrder = order
    del font["CFF "]
    if "VORG" in font:
        del font["VORG"]
    font.sfntVersion = "\000\001\000\000"
    font["head"].glyphDataFormat = 0


def make_cjk(out: Path) -> None:
    font = TTCollection(str(NOTO_CJK)).fonts[CJK_INDEX]
    wanted: set[int] = set()
    for low, high in CJK_RANGES:
        wanted.update(range(low, high + 1))
    options = Options()
    options.layout_features = []
    options.name_IDs = ["*"]
    options.notdef_outline = True
    options.hinting = False
    options.desubroutinize = True
    subsetter = Subsetter(options)
    subsetter.populate(unicodes=wanted)
    subsetter.subset(font)
    _to_truetype(font)
    font.save(str(out))


def main() -> int:
    for weight in ("Regular", "Bold"):
        name = f"NotoSansArabic-{weight}.ttf"
        shutil.copyfile(NOTO_CORE / name, FONTS / name)
        print(f"copied {name}")
    make_cjk(FONTS / CJK_OUT)
    print(f"made {CJK_OUT} ({(FONTS / CJK_OUT).stat().st_size // 1024} KB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
