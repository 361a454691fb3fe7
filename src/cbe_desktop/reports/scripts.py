"""Every script a class writes in: the right font for each letter, Arabic joined and laid
out right to left, Chinese wrapped between characters.

reportlab draws a run of text in one font and does no font fallback, so text is cut
into runs by script: Latin, Greek, Cyrillic and Vietnamese in DejaVu Sans, Arabic in
Noto Sans Arabic, Chinese, Japanese and Korean in Noto Sans CJK (loaded only when a
packet has such a letter: it is the largest file).

Arabic: reportlab 5's own right-to-left layout needs ``rlbidi``, which is not published
for this platform, and its harfbuzz shaping draws joined letters as private-use
characters that copy out of the PDF as nonsense. So Arabic is shaped by
``arabic-reshaper`` (letters become their joined presentation forms, which Noto Sans
Arabic draws and which copy out as Arabic) and ordered by ``python-bidi`` (the Unicode
bidirectional algorithm), line by line after the line breaks are chosen, as the
algorithm requires. ``BidiParagraph`` does that for any paragraph holding right-to-left
letters, and for every paragraph of a right-to-left packet.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache
from html import unescape
from importlib import resources
from xml.sax.saxutils import escape

import arabic_reshaper
from bidi import algorithm as bidi
from reportlab.graphics.shapes import Group, String
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable

from cbe_desktop.core.errors import CbeError

LATIN, LATIN_BOLD = "DejaVuSans", "DejaVuSans-Bold"
ARABIC, ARABIC_BOLD = "NotoSansArabic", "NotoSansArabic-Bold"
CJK = "NotoSansCJK"  # one weight: bold CJK is drawn regular

FONT_FILES = {
    LATIN: "DejaVuSans.ttf",
    LATIN_BOLD: "DejaVuSans-Bold.ttf",
    ARABIC: "NotoSansArabic-Regular.ttf",
    ARABIC_BOLD: "NotoSansArabic-Bold.ttf",
    CJK: "NotoSansCJKsc-Regular-subset.ttf",
}
BOLD_OF = {LATIN: LATIN_BOLD, ARABIC: ARABIC_BOLD, CJK: CJK}
REGULAR_OF = {LATIN_BOLD: LATIN, ARABIC_BOLD: ARABIC, LATIN: LATIN, ARABIC: ARABIC, CJK: CJK}

#: Letters drawn in the CJK font (as cut by installers/make_fonts.py).
_CJK_RANGES = (
    (0x3000, 0x30FF),
    (0x3130, 0x318F),
    (0x4E00, 0x9FFF),
    (0xAC00, 0xD7A3),
    (0xFF00, 0xFFEF),
)
_ARABIC_RANGES = (
    (0x0600, 0x06FF),
    (0x0750, 0x077F),
    (0x08A0, 0x08FF),
    (0xFB50, 0xFDFF),
    (0xFE70, 0xFEFF),
)
#: Any letter that the Latin font alone cannot lay out.
_SPECIAL = re.compile(
    "[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff\u3000-\u30ff\u3130-\u318f\u4e00-\u9fff"
    "\uac00-\ud7a3\uff00-\uffef]"
)
_RTL = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]")
_CJK_CHAR = re.compile("[\u3000-\u30ff\u3130-\u318f\u4e00-\u9fff\uac00-\ud7a3\uff00-\uffef]")
_TAG = re.compile(r"<(/?)(\w+)[^>]*?/?>")
#: Joined forms for Arabic letters, keeping the vowel marks (shadda, damma...) a name has.
_RESHAPER = arabic_reshaper.ArabicReshaper(configuration={"delete_harakat": False})


def _in(ranges: tuple[tuple[int, int], ...], ch: str) -> bool:
    code = ord(ch)
    return any(low <= code <= high for low, high in ranges)


@cache
def ensure_font(name: str) -> str:
    """Register one of the shipped fonts (once) and its bold partner's family."""
    folder = resources.files("cbe_desktop") / "assets" / "fonts"
    source = folder / FONT_FILES[name]
    if not source.is_file():
        raise CbeError(
            f"The PDF font {FONT_FILES[name]} is missing from this installation; "
            "reinstall cbe-desktop."
        )
    with resources.as_file(source) as path:
        pdfmetrics.registerFont(TTFont(name, str(path)))
    regular = REGULAR_OF[name]
    bold = BOLD_OF[regular]
    if name in (regular, bold) and all(
        n in pdfmetrics.getRegisteredFontNames() for n in {regular, bold}
    ):
        pdfmetrics.registerFontFamily(
            regular, normal=regular, bold=bold, italic=regular, boldItalic=bold
        )
    return name


def font_name(family: str, bold: bool) -> str:
    """The registered font of a family (LATIN, ARABIC or CJK), bold or not."""
    name = BOLD_OF[family] if bold else family
    ensure_font(name)
    if name != family:
        ensure_font(family)
    return name


@cache
def _covers(family: str) -> frozenset[int]:
    if family == CJK:
        return frozenset()  # by ranges, without loading the large file
    font = pdfmetrics.getFont(ensure_font(family))
    return frozenset(font.face.charToGlyph)


@lru_cache(maxsize=4096)
def letter_family(ch: str) -> str | None:
    """The family that must draw this letter, or None for a neutral character (space,
    digit, punctuation) that can stay in the font of the letters around it."""
    if _in(_ARABIC_RANGES, ch):
        return ARABIC
    if _in(_CJK_RANGES, ch):
        return CJK
    category = unicodedata.category(ch)
    if category[0] in "LM":
        return LATIN
    return None


def _draws(family: str, ch: str) -> bool:
    if family == CJK:
        return _in(_CJK_RANGES, ch) or 0x20 <= ord(ch) <= 0x24F or 0x2000 <= ord(ch) <= 0x206F
    return ord(ch) in _covers(family)


def font_runs(words: str, base: str) -> list[tuple[str, str]]:
    """``words`` cut into (family, text) runs, each drawn by a font that has its letters;
    neutral characters stay with the run they are in when its font has them."""
    if base == LATIN and not _SPECIAL.search(words):
        return [(LATIN, words)] if words else []
    runs: list[tuple[str, str]] = []
    current = base
    piece: list[str] = []
    for ch in words:
        family = letter_family(ch)
        if family is None:
            if not _draws(current, ch):
                family = next((f for f in (base, LATIN, ARABIC, CJK) if _draws(f, ch)), current)
            else:
                family = current
        if family != current and piece:
            runs.append((current, "".join(piece)))
            piece = []
        current = family
        piece.append(ch)
    if piece:
        runs.append((current, "".join(piece)))
    return runs


def has_rtl(words: str) -> bool:
    return bool(_RTL.search(words))


def starts_rtl(words: str) -> bool | None:
    """The direction of a paragraph by its first strong letter (Unicode's rule P2):
    True right to left, False left to right, None when it has no letter at all."""
    plain = _TAG.sub("", words)
    outside = _first_strong(plain, skip_isolated=True)
    return outside if outside is not None else _first_strong(plain, skip_isolated=False)


def _first_strong(plain: str, *, skip_isolated: bool) -> bool | None:
    depth = 0
    for ch in plain:
        if ch in "\u202a\u202b":  # words isolated by ``isolate`` count last
            depth += 1
            continue
        if ch == "\u202c":
            depth = max(0, depth - 1)
            continue
        if depth and skip_isolated:
            continue
        kind = unicodedata.bidirectional(ch)
        if kind in ("R", "AL"):
            return True
        if kind == "L":
            return False
    return None


def isolate(words: str) -> str:
    """Words set into a sentence of the other direction (a code like "7.RP.3" or an
    English class name in an Arabic sentence), kept in their own direction as one
    piece: wrapped in Unicode's embedding marks, which are never drawn."""
    direction = starts_rtl(words)
    if direction is None or not words:
        return words
    return ("\u202b" if direction else "\u202a") + words + "\u202c"


def clean(words: str) -> str:
    """People's writing, normalised (Vietnamese typed with combining marks becomes the
    precomposed letters the fonts draw)."""
    return unicodedata.normalize("NFC", words.strip()).replace("\r\n", "\n")


def markup(words: str, base: str = LATIN) -> str:
    """Text made safe for a reportlab Paragraph whose font is ``base``: escaped, line
    breaks kept, and every run the base font cannot draw wrapped in its own font."""
    words = clean(words)
    parts = []
    for family, run in font_runs(words, base):
        safe = escape(run).replace("\n", "<br/>")
        parts.append(
            safe if family == base else f'<font face="{font_name(family, False)}">{safe}</font>'
        )
    return "".join(parts)


# ----- shaping and ordering -------------------------------------------------------------


def shape(words: str) -> str:
    """Arabic letters in their joined forms (other letters unchanged)."""
    return _RESHAPER.reshape(words) if has_rtl(words) else words


def visual_order(chars: str, rtl: bool) -> tuple[list[int], str, list[int]]:
    """The indexes of ``chars`` (one line, already shaped) in the order they are drawn,
    left to right, by the Unicode bidirectional algorithm; the characters so drawn
    (brackets mirrored in right-to-left runs); and each one's embedding level."""
    if not has_rtl(chars) and not rtl:
        return list(range(len(chars))), chars, [0] * len(chars)
    storage = bidi.get_empty_storage()
    storage["base_level"] = 1 if rtl else 0
    storage["base_dir"] = "R" if rtl else "L"
    bidi.get_embedding_levels(chars, storage, False, False)
    for index, item in enumerate(storage["chars"]):
        item["index"] = index
    bidi.explicit_embed_and_overrides(storage, False)
    bidi.resolve_weak_types(storage, False)
    bidi.resolve_neutral_types(storage, False)
    bidi.resolve_implicit_levels(storage, False)
    bidi.reorder_resolved_levels(storage, False)
    bidi.apply_mirroring(storage, False)
    drawn = storage["chars"]
    return (
        [item["index"] for item in drawn],
        "".join(item["ch"] for item in drawn),
        [item["level"] for item in drawn],
    )


@dataclass(frozen=True)
class Run:
    """A piece of one line, in drawing order: its font and size, and its width."""

    text: str
    font: str
    size: float
    width: float
    key: int = 0  # where the run starts in reading order (runs are written in that order)


def line_runs(pieces: list[tuple[str, bool]], size: float, base: str, rtl: bool) -> list[Run]:
    """One line made of (logical text, bold) pieces: shaped, put in visual order, and
    cut into runs of one font each."""
    shaped: list[str] = []
    bold: list[bool] = []
    for words, is_bold in pieces:
        form = shape(words)
        shaped.append(form)
        bold.extend([is_bold] * len(form))
    chars = "".join(shaped)
    if not chars:
        return []
    if has_rtl(chars) or rtl:
        order, drawn, levels = visual_order(chars, rtl)
        flags = [bold[i] for i in order]
    else:
        order, drawn, flags, levels = list(range(len(chars))), chars, bold, [0] * len(chars)
    # A run is one font, one weight and one direction: each is written to the PDF on its
    # own, in reading order, so that a reader's copy puts "Page 1 of 4" back together.
    runs: list[Run] = []
    start = 0
    while start < len(drawn):
        end = start + 1
        while end < len(drawn) and flags[end] == flags[start] and levels[end] == levels[start]:
            end += 1
        at = start
        for family, text in font_runs(drawn[start:end], base):
            font = font_name(family, flags[start])
            key = min(order[at : at + len(text)])
            runs.append(Run(text, font, size, pdfmetrics.stringWidth(text, font, size), key))
            at += len(text)
        start = end
    return runs


def runs_width(runs: list[Run]) -> float:
    return sum(r.width for r in runs)


def draw_runs(canvas: Canvas, runs: list[Run], x: float, y: float) -> None:
    """Draw runs side by side in visual order, writing them into the PDF in reading
    order, so that copied or extracted text reads as it was written."""
    placed = []
    for run in runs:
        placed.append((run.key, x, run))
        x += run.width
    for _key, left, run in sorted(placed, key=lambda p: p[0]):
        canvas.setFont(run.font, run.size)
        canvas.drawString(left, y, run.text)


def draw_line(
    canvas: Canvas,
    x: float,
    y: float,
    words: str,
    size: float,
    *,
    bold: bool = False,
    anchor: str = "start",
    rtl: bool = False,
    base: str = LATIN,
    max_width: float | None = None,
) -> float:
    """One line of text on the canvas, in every script; ``anchor`` start/end/middle is
    where ``x`` is (left/right/centre); too long for ``max_width``, it is shortened
    with "…". Returns the width drawn."""
    words = clean(words).replace("\n", " ")
    runs = line_runs([(words, bold)], size, base, rtl)
    if max_width is not None and runs_width(runs) > max_width:
        cut = words
        while cut and runs_width(runs) > max_width:
            cut = cut[:-1].rstrip()
            runs = line_runs([(cut + "…", bold)], size, base, rtl)
    width = runs_width(runs)
    if anchor == "end":
        x -= width
    elif anchor == "middle":
        x -= width / 2
    draw_runs(canvas, runs, x, y)
    return width


def label(
    x: float,
    y: float,
    words: str,
    size: float,
    *,
    bold: bool = False,
    anchor: str = "start",
    colour=None,  # type: ignore[no-untyped-def]
    rtl: bool = False,
    base: str = LATIN,
) -> Group:
    """A chart label (reportlab graphics) in every script: one String per font run."""
    runs = line_runs([(clean(words), bold)], size, base, rtl)
    width = runs_width(runs)
    if anchor == "end":
        x -= width
    elif anchor == "middle":
        x -= width / 2
    group = Group()
    for run in runs:
        string = String(x, y, run.text, fontName=run.font, fontSize=size)
        if colour is not None:
            string.fillColor = colour
        group.add(string)
        x += run.width
    return group


def label_width(words: str, size: float, *, bold: bool = False, base: str = LATIN) -> float:
    return runs_width(line_runs([(clean(words), bold)], size, base, False))


# ----- paragraphs with right-to-left letters ------------------------------------------------


def _segments(text: str, bold: bool) -> list[list[tuple[str, bool]]]:
    """Paragraph markup (``<b>``, ``<br/>``, entities; other tags ignored) as hard lines
    of (text, bold) segments."""
    lines: list[list[tuple[str, bool]]] = [[]]
    depth = 1 if bold else 0
    position = 0
    for match in _TAG.finditer(text):
        if match.start() > position:
            lines[-1].append((unescape(text[position : match.start()]), depth > 0))
        closing, name = match.group(1), match.group(2).lower()
        if name == "br":
            lines.append([])
        elif name == "b":
            depth += -1 if closing else 1
        position = match.end()
    if position < len(text):
        lines[-1].append((unescape(text[position:]), depth > 0))
    return lines


def _words(segments: list[tuple[str, bool]]) -> list[list[tuple[str, bool]]]:
    """A hard line cut into words (split at spaces), each a list of (text, bold) pieces."""
    words: list[list[tuple[str, bool]]] = [[]]
    for text, is_bold in segments:
        parts = re.split(r"[ \t\n]+", text)
        for i, part in enumerate(parts):
            if i > 0 and words[-1]:
                words.append([])
            if part:
                words[-1].append((part, is_bold))
    return [w for w in words if w]


class BidiParagraph(Flowable):
    """A paragraph with right-to-left letters (or any paragraph of a right-to-left
    packet): lines are broken in reading order, then each line is shaped and ordered
    for drawing. ``rtl`` is the paragraph's direction: its lines start on the right."""

    def __init__(
        self,
        text: str,
        style: ParagraphStyle,
        *,
        rtl: bool,
        base: str = LATIN,
        bullet: str | None = None,
        lines: list[list[Run]] | None = None,
        align_right: bool | None = None,
    ) -> None:
        super().__init__()
        self.text, self.style, self.rtl, self.base = text, style, rtl, base
        #: Lines start on the right: the paragraph's direction, or the packet's.
        self.align_right = rtl if align_right is None else align_right
        self.bulletText = bullet
        self._lines = lines
        self._width = 0.0
        bold = style.fontName in (LATIN_BOLD, ARABIC_BOLD)
        self._hard = [_words(line) for line in _segments(text, bold)]

    # reportlab asks for these around a flowable
    def getSpaceBefore(self) -> float:  # reportlab's name
        return self.style.spaceBefore

    def getSpaceAfter(self) -> float:
        return self.style.spaceAfter

    @property
    def _indent(self) -> float:
        return self.style.leftIndent

    def _break(self, width: float) -> list[list[Run]]:
        style = self.style
        size = style.fontSize
        space = pdfmetrics.stringWidth(" ", font_name(self.base, False), size)
        available = max(width - self._indent - style.rightIndent, size * 2)
        lines: list[list[Run]] = []
        for words in self._hard:
            if not words:
                lines.append([])
                continue
            current: list[list[tuple[str, bool]]] = []
            used = 0.0
            for word in words:
                wide = runs_width(line_runs(word, size, self.base, self.rtl))
                if current and used + space + wide > available:
                    lines.append(self._line(current, size))
                    current, used = [], 0.0
                current.append(word)
                used += (space if len(current) > 1 else 0) + wide
            if current:
                lines.append(self._line(current, size))
        return lines

    def _line(self, words: list[list[tuple[str, bool]]], size: float) -> list[Run]:
        pieces: list[tuple[str, bool]] = []
        for i, word in enumerate(words):
            if i:
                pieces.append((" ", word[0][1] and pieces[-1][1]))
            pieces.extend(word)
        return line_runs(pieces, size, self.base, self.rtl)

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        if self._hard is not None and (self._lines is None or self._width != available_width):
            self._lines = self._break(available_width)
        self._width = available_width
        return available_width, len(self._lines or []) * self.style.leading

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        self.wrap(available_width, available_height)
        lines = self._lines or []
        fit = int(available_height // self.style.leading)
        if fit <= 0:
            return []
        if fit >= len(lines):
            return [self]
        first = BidiParagraph(
            "", self.style, rtl=self.rtl, base=self.base, bullet=self.bulletText,
            lines=lines[:fit], align_right=self.align_right,
        )  # fmt: skip
        rest = BidiParagraph(
            "", self.style, rtl=self.rtl, base=self.base, lines=lines[fit:],
            align_right=self.align_right,
        )  # fmt: skip
        for part in (first, rest):
            part._hard = None  # type: ignore[assignment]
            part._width = available_width
        return [first, rest]

    def draw(self) -> None:
        style = self.style
        lines = self._lines or []
        canvas = self.canv
        canvas.saveState()
        canvas.setFillColor(style.textColor)
        alignment = style.alignment
        if alignment in (TA_LEFT, TA_JUSTIFY):
            alignment = TA_RIGHT if self.align_right else TA_LEFT
        height = len(lines) * style.leading
        start_pad, end_pad = self._indent, style.rightIndent
        for n, runs in enumerate(lines):
            baseline = height - style.fontSize - n * style.leading
            width = runs_width(runs)
            if alignment == TA_CENTER:
                x = (self._width - width) / 2
            elif alignment == TA_RIGHT:
                x = self._width - (start_pad if self.align_right else end_pad) - width
            else:
                x = start_pad if not self.align_right else end_pad
            draw_runs(canvas, runs, x, baseline)
            if n == 0 and self.bulletText:
                bullet_x = style.bulletIndent
                if self.align_right:
                    draw_line(
                        canvas, self._width - bullet_x, baseline, self.bulletText,
                        style.fontSize, anchor="end", rtl=True, base=self.base,
                    )  # fmt: skip
                else:
                    draw_line(canvas, bullet_x, baseline, self.bulletText, style.fontSize)
        canvas.restoreState()

    def plain_text(self) -> str:
        return " ".join(t for line in _segments(self.text, False) for t, _ in line)
