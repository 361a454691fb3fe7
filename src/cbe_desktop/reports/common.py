"""What every report shares: the shipped fonts, styles, page furniture, level boxes, output.

Black-and-white printer safe: everything is black, white and greys, and every grey has
its meaning printed beside it (numbers in the level boxes, words beside the levels).

Every PDF declares its language (``/Lang``), embeds every font it uses (bullets too),
has a bookmark per student and per section, and writes each page's header before its
body and its footer after, so that text copied or read aloud comes in reading order.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache, partial
from pathlib import Path
from typing import BinaryIO

from reportlab.graphics import renderPDF, shapes
from reportlab.graphics.shapes import Drawing, Rect, String
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    PageTemplate,
    Paragraph,
    Table,
    tables,
)
from reportlab.platypus.tables import TableStyle

from cbe_desktop.core.errors import CbeError
from cbe_desktop.core.languages import Language, language
from cbe_desktop.core.safe_files import written_whole
from cbe_desktop.core.scales import reaches
from cbe_desktop.core.status import Status
from cbe_desktop.reports.scripts import (
    CJK,
    LATIN,
    LATIN_BOLD,
    BidiParagraph,
    draw_line,
    font_name,
    has_rtl,
    label_width,
    markup,
    starts_rtl,
)

FONT = LATIN
FONT_BOLD = LATIN_BOLD
_LATIN_LETTER = re.compile(r"[A-Za-z\u00c0-\u024f]")
_TAGS = re.compile(r"<[^>]*>")
PAGE_SIZES = {"letter": LETTER, "a4": A4}

BLACK = colors.black
DARK = colors.Color(0.25, 0.25, 0.25)
MID = colors.Color(0.45, 0.45, 0.45)
RULE = colors.Color(0.6, 0.6, 0.6)
LIGHT = colors.Color(0.86, 0.86, 0.86)
FAINT = colors.Color(0.95, 0.95, 0.95)
WHITE = colors.white

MARGIN_X = 54
MARGIN_TOP = 64
MARGIN_BOTTOM = 54

#: Status words print with a sign, so they differ without colour (and without reading).
STATUS_SIGNS = {
    Status.PROFICIENT: "✓",
    Status.IN_PROGRESS: "◐",
    Status.NOT_YET: "↻",
    Status.NO_EVIDENCE: "○",
}


class ReportCancelled(CbeError):
    """The teacher stopped the report before it was finished; no file was written."""

    def __init__(self) -> None:
        super().__init__("The report was stopped before it was finished; no file was written.")


def register_fonts() -> str:
    """Register the shipped DejaVu Sans (every accent, ✓ and •); returns its name. The
    Arabic and CJK fonts are registered when a text first needs them (scripts.py).

    reportlab's own defaults for table cells and drawings are Helvetica, which it never
    embeds (a family's printer or viewer would substitute it): they become DejaVu Sans,
    so that every font a packet names is in the file."""
    font_name(LATIN, True)
    shapes.STATE_DEFAULTS["fontName"] = FONT
    tables.CellStyle.fontname = FONT
    return FONT


def base_font(lang: str) -> str:
    """The font a language's paragraphs are set in (its letters' own font)."""
    return CJK if language(lang).wrap == "cjk" else LATIN


def text(value: str, lang: str = Language.EN) -> str:
    """Words (people's or the program's) made safe for a Paragraph: escaped, line breaks
    kept, each script in a font that draws it."""
    return markup(value, base_font(lang))


class Layouts:
    """What the paragraphs of one document share: a class's packets say the same words
    in the same style many times over (every student's table of the same forty targets,
    the same key, agenda and status words), and reportlab would parse each paragraph's
    markup and break it into lines anew every time (and again each time a table is
    measured and drawn). Here each distinct (words, style) is parsed once, and broken
    into lines once per width; every paragraph keeps its own words, so the file is the
    same, byte for byte. One per document: nothing is kept from one file to the next."""

    __slots__ = ("marked", "parsed", "wrapped")

    def __init__(self) -> None:
        #: (words, language) -> the words as paragraph markup (see :func:`text`)
        self.marked: dict[tuple[str, str], str] = {}
        #: (markup, style) -> (text, style, fragments, bullet text) as reportlab parsed them
        self.parsed: dict[tuple[str, ParagraphStyle], tuple] = {}
        #: (markup, style, bullet, width) -> the attributes a wrap sets on a Paragraph
        self.wrapped: dict[tuple, dict[str, object]] = {}

    def text(self, words: str, lang: str) -> str:
        """:func:`text`, worked out once per document for the same words."""
        key = (words, lang)
        found = self.marked.get(key)
        if found is None:
            found = self.marked[key] = text(words, lang)
        return found


#: What :meth:`Paragraph.wrap` sets on a paragraph (its line breaks and their sizes).
_WRAP_STATE = (
    "width", "height", "_wrapWidths", "blPara", "frags",
    "_width_max", "_splitLongWordCount", "_hyphenations",
)  # fmt: skip


class SharedParagraph(Paragraph):
    """reportlab's Paragraph, parsed and broken into lines once per :class:`Layouts`
    for the same words, style and width. Without ``layouts`` (as reportlab makes the
    two halves of a paragraph split across pages) it is a plain Paragraph."""

    def __init__(  # type: ignore[no-untyped-def]
        self,
        text,
        style=None,
        bulletText=None,  # (reportlab's names: its split makes halves by them)
        frags=None,
        caseSensitive=1,
        encoding="utf8",
        *,
        layouts: Layouts | None = None,
    ) -> None:
        self._cbe_key: tuple[str, ParagraphStyle] | None = None
        self._cbe_layouts = layouts
        if layouts is None or frags is not None or bulletText is not None:
            super().__init__(text, style, bulletText, frags, caseSensitive, encoding)
            return
        key = (text, style)
        parsed = layouts.parsed.get(key)
        if parsed is None:
            super().__init__(text, style)
            parsed = layouts.parsed[key] = (self.text, self.style, self.frags, self.bulletText)
        else:
            self.caseSensitive, self.encoding, self.debug = caseSensitive, encoding, 0
            self.text, self.style, frags, self.bulletText = parsed
            self.frags = list(frags)
        self._cbe_key = key

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        if self._cbe_key is None or self._cbe_layouts is None:
            return super().wrap(availWidth, availHeight)
        key = (*self._cbe_key, self.bulletText, availWidth)
        state = self._cbe_layouts.wrapped.get(key)
        if state is None:
            found = super().wrap(availWidth, availHeight)
            kept = {k: getattr(self, k) for k in _WRAP_STATE if hasattr(self, k)}
            kept["_wrapWidths"] = list(self._wrapWidths)
            self._cbe_layouts.wrapped[key] = kept
            return found
        self.__dict__.update(state)
        self._wrapWidths = list(state["_wrapWidths"])  # type: ignore[call-overload]
        self.frags = list(state["frags"])  # type: ignore[call-overload]
        return self.width, self.height


def para(
    words: str, style: ParagraphStyle, *, rtl: bool = False, layouts: Layouts | None = None
) -> Flowable:
    """A paragraph of markup: reportlab's own, or one laid out by the bidirectional
    algorithm when the packet is right to left (``rtl``) or its words hold right-to-left
    letters. In a right-to-left packet a paragraph takes the direction of its first
    letter (an English target statement stays left to right); in a left-to-right one,
    only a paragraph written wholly in a right-to-left script is set right to left.
    ``layouts``: the document's shared layouts (see :class:`Layouts`)."""
    if not rtl and not has_rtl(words):
        if layouts is not None:
            return SharedParagraph(words, style, layouts=layouts)
        return Paragraph(words, style)
    first = starts_rtl(words)
    if rtl:
        direction = True if first is None else first
    else:
        direction = bool(first) and not _LATIN_LETTER.search(_TAGS.sub("", words))
    return BidiParagraph(
        words,
        style,
        rtl=direction,
        base=style.cbe_base,
        align_right=rtl or direction,  # type: ignore[attr-defined]
    )


@lru_cache(maxsize=16)
def styles(size: float = 10.0, lang: str = Language.EN) -> dict[str, ParagraphStyle]:
    register_fonts()
    font = base_font(lang)
    bold = font_name(font, True)
    font_name(font, False)
    lead = size * (1.5 if font == CJK else 1.35)
    base = ParagraphStyle(
        "body",
        fontName=font,
        fontSize=size,
        leading=lead,
        textColor=BLACK,
        bulletFontName=font,
        wordWrap="CJK" if font == CJK else None,
    )
    found = {
        "body": base,
        "small": ParagraphStyle(
            "small", parent=base, fontSize=size - 1.5, leading=(size - 1.5) * 1.3
        ),
        "muted": ParagraphStyle(
            "muted", parent=base, fontSize=size - 1.5, leading=(size - 1.5) * 1.3, textColor=DARK
        ),
        "cell": ParagraphStyle(
            "cell", parent=base, fontSize=size - 0.5, leading=(size - 0.5) * 1.3
        ),
        "cell_bold": ParagraphStyle(
            "cell_bold",
            parent=base,
            fontName=bold,
            fontSize=size - 0.5,
            leading=(size - 0.5) * 1.3,
        ),
        "head": ParagraphStyle(
            "head", parent=base, fontName=bold, fontSize=size - 1, leading=(size - 1) * 1.3
        ),
        "kicker": ParagraphStyle(
            "kicker", parent=base, fontSize=size + 2, leading=(size + 2) * 1.3, textColor=DARK
        ),
        "title": ParagraphStyle(
            "title",
            parent=base,
            fontName=bold,
            fontSize=size * 3,
            leading=size * 3.5,
            spaceAfter=size * 0.4,
        ),
        "name": ParagraphStyle(
            "name",
            parent=base,
            fontName=bold,
            fontSize=size * 2.2,
            leading=size * 2.6,
            spaceAfter=size,
        ),
        "section": ParagraphStyle(
            "section",
            parent=base,
            fontName=bold,
            fontSize=size * 1.6,
            leading=size * 2.0,
            spaceBefore=size * 0.6,
            spaceAfter=size * 0.5,
            keepWithNext=1,
        ),
        "subhead": ParagraphStyle(
            "subhead",
            parent=base,
            fontName=bold,
            fontSize=size * 1.15,
            leading=size * 1.5,
            spaceBefore=size * 0.9,
            spaceAfter=size * 0.35,
            keepWithNext=1,
        ),
        "subhead_loose": ParagraphStyle(
            "subhead_loose",
            parent=base,
            fontName=bold,
            fontSize=size * 1.15,
            leading=size * 1.5,
            spaceBefore=size * 0.9,
            spaceAfter=size * 0.35,
        ),
        "quote": ParagraphStyle(
            "quote",
            parent=base,
            fontSize=size + 0.5,
            leading=(size + 0.5) * 1.4,
            leftIndent=14,
            spaceAfter=size * 0.6,
        ),
        "bullet": ParagraphStyle(
            "bullet", parent=base, leftIndent=16, bulletIndent=4, spaceAfter=size * 0.35
        ),
        "kind": ParagraphStyle(
            "kind",
            parent=base,
            fontSize=size + 1.5,
            leading=(size + 1.5) * 1.4,
            alignment=TA_CENTER,
        ),
        "center": ParagraphStyle("center", parent=base, alignment=TA_CENTER),
        "left": ParagraphStyle("left", parent=base, alignment=TA_LEFT),
    }
    for style in found.values():
        style.cbe_base = font  # type: ignore[attr-defined]
        style.bulletFontName = font
    return found


def table_style(*extra: tuple, header: bool = True, zebra: int = 0) -> TableStyle:
    """Grey header row (repeated on every page), hairlines, optional light banding."""
    commands: list[tuple] = [
        ("FONTNAME", (0, 0), (-1, -1), FONT),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), 5),
        ("RIGHTPADDING", (0, 0), (-1, -1), 5),
        ("TOPPADDING", (0, 0), (-1, -1), 4),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
        ("BOX", (0, 0), (-1, -1), 0.6, MID),
    ]
    if header:
        commands += [
            ("BACKGROUND", (0, 0), (-1, 0), LIGHT),
            ("LINEBELOW", (0, 0), (-1, 0), 0.9, DARK),
        ]
    if zebra:
        start = 1 if header else 0
        for row in range(start + 1, zebra, 2):
            commands.append(("BACKGROUND", (0, row), (-1, row), FAINT))
    commands += list(extra)
    return TableStyle(commands)


#: A row taller than this may be split across pages (only such rows: splitting a row at
#: every page end would leave empty slivers of rows whose cells hold drawings).
TALL_ROW = 360.0


def _has_tall_row(rows: list[list], widths: list[float]) -> bool:
    for row in rows:
        for cell, width in zip(row, widths, strict=False):
            for item in cell if isinstance(cell, list) else [cell]:
                if (
                    isinstance(item, Paragraph)
                    and len(item.text) > 600
                    and item.wrap(width - 10, 1e6)[1] > TALL_ROW
                ):
                    return True
    return False


def data_table(rows: list[list], widths: list[float], *extra: tuple, header: bool = True) -> Table:
    """A table that may run over pages: split between rows (and inside a row taller than
    a good part of a page), its header row repeated at the top of each page."""
    return Table(
        rows,
        colWidths=widths,
        repeatRows=1 if header else 0,
        splitByRow=1,
        splitInRow=1 if _has_tall_row(rows, widths) else 0,
        style=table_style(*extra, header=header, zebra=len(rows)),
        hAlign="LEFT",
    )


def boxed(flowables: list, width: float, *, background=FAINT, padding: float = 10) -> Table:
    """A message in a framed grey box (a kind word, the goals on the cover)."""
    return Table(
        [[flowables]],
        colWidths=[width],
        splitInRow=1,
        style=TableStyle(
            [
                ("BOX", (0, 0), (-1, -1), 0.8, MID),
                ("BACKGROUND", (0, 0), (-1, -1), background),
                ("LEFTPADDING", (0, 0), (-1, -1), padding),
                ("RIGHTPADDING", (0, 0), (-1, -1), padding),
                ("TOPPADDING", (0, 0), (-1, -1), padding * 0.8),
                ("BOTTOMPADDING", (0, 0), (-1, -1), padding),
            ]
        ),
        hAlign="LEFT",
    )


@lru_cache(maxsize=256)
def level_boxes(values: tuple[float, ...], reached: float | None, box: float = 15) -> Drawing:
    """One box per level of the scale, numbered; the levels reached are dark.

    Reads in grey scale and without colour: the count of dark boxes and the numbers
    printed in them say the level.
    """
    register_fonts()
    height = box * 0.8
    gap = 2
    drawing = Drawing(len(values) * (box + gap), height + 1)
    for i, value in enumerate(values):
        filled = reached is not None and reaches(reached, value)
        x = i * (box + gap)
        drawing.add(
            Rect(
                x + 0.5,
                0.5,
                box,
                height,
                fillColor=DARK if filled else WHITE,
                strokeColor=BLACK if filled else MID,
                strokeWidth=0.7,
            )
        )
        number = f"{value:g}"
        drawing.add(
            String(
                x + 0.5 + box / 2,
                0.5 + height * 0.25,
                number,
                fontName=FONT_BOLD if filled else FONT,
                fontSize=height * 0.7,
                fillColor=WHITE if filled else MID,
                textAnchor="middle",
            )
        )
    return drawing


def draw_shared(canvas: Canvas, drawing: Drawing, x: float, y: float) -> None:
    """Draw a drawing that a report repeats (the level boxes: a few kinds, drawn hundreds
    of times in a class's file) as one form written once into the PDF and placed where
    needed: the page shows and reads the same, the file is smaller and faster to make.

    The drawing must not change once drawn (``level_boxes`` makes each kind once)."""
    forms: dict[int, tuple[Drawing, str]] = canvas.__dict__.setdefault("_cbe_forms", {})
    known = forms.get(id(drawing))
    if known is None or known[0] is not drawing:
        name = f"cbe-drawing-{len(forms) + 1}"
        canvas.beginForm(name, 0, 0, drawing.width, drawing.height)
        renderPDF.draw(drawing, canvas, 0, 0)
        canvas.endForm()
        known = forms[id(drawing)] = (drawing, name)  # the drawing kept: its id stays its own
    canvas.saveState()
    canvas.translate(x, y)
    canvas.doForm(known[1])
    canvas.restoreState()


class Ruled(Flowable):
    """Empty ruled lines to write on (family comments)."""

    def __init__(self, width: float, lines: int, gap: float = 22) -> None:
        super().__init__()
        self.width, self.lines, self.gap = width, lines, gap

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.width, self.lines * self.gap

    def draw(self) -> None:
        self.canv.setStrokeColor(MID)
        self.canv.setLineWidth(0.6)
        for n in range(self.lines):
            y = n * self.gap + 2
            self.canv.line(0, y, self.width, y)


# ----- page furniture: "Page 2 of 5" for each packet, drawn once every page is known ----


@dataclass(frozen=True)
class PageOwner:
    """Whose page it is: set by a Mark at the start of each packet, kept until the next."""

    key: str
    header_left: str
    header_right: str
    footer_left: str
    lang: str
    progress: tuple[int, int] | None = None


class Mark(Flowable):
    """Zero-size marker at the top of a packet's first page: sets the page owner, reports
    progress, bookmarks the packet (``bookmark``), and stops the build if the teacher
    cancelled."""

    def __init__(
        self,
        owner: PageOwner,
        *,
        progress: Callable[[int, int, str], None] | None = None,
        cancelled: Callable[[], bool] | None = None,
        cover: bool = True,
        bookmark: str | None = None,
    ) -> None:
        super().__init__()
        self.owner, self.progress, self.cancelled, self.cover = owner, progress, cancelled, cover
        self.bookmark = bookmark
        self.start_page: int | None = None
        self._done = False

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        if self._done:
            return
        self._done = True
        if self.cancelled is not None and self.cancelled():
            raise ReportCancelled()
        if self.progress is not None and self.owner.progress is not None:
            index, total = self.owner.progress
            self.progress(index, total, self.owner.header_left)
        self.canv.cbe_owner = self.owner
        self.canv.cbe_first = self.cover
        self.start_page = self.canv.getPageNumber()
        if self.bookmark:
            self.canv.cbe_marks.append((self.bookmark, 0))


class Bookmark(Flowable):
    """Zero-size: a bookmark (PDF outline entry) to the page it lands on."""

    def __init__(self, title: str, level: int = 1) -> None:
        super().__init__()
        self.title, self.level = title, level

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        self.canv.cbe_marks.append((self.title, self.level))


class PadToEven(Flowable):
    """At the end of a packet in a class's file: when the packet has an odd number of
    pages, one more page (``content``, a page for notes), so that printed on both sides
    the next packet starts on a sheet of its own."""

    def __init__(self, doc: BaseDocTemplate, mark: Mark, content: list[Flowable]) -> None:
        super().__init__()
        self.doc, self.mark, self.content = doc, mark, content
        self._height = 0.0
        self._width = 0.0
        self._show = False

    def _odd(self) -> bool:
        if self.mark.start_page is None:
            return False
        return (self.doc.page - self.mark.start_page + 1) % 2 == 1

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self._show = False
        self._width = available_width
        if not self._odd():
            return available_width, 0
        if self.doc.frame is not None and available_height < self.doc.frame._aH - 1:
            return available_width, available_height + 1  # not at a page's top: move on
        self._show = True
        self._height = sum(f.wrap(available_width, available_height)[1] for f in self.content)
        return available_width, self._height

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        return []

    def draw(self) -> None:
        if not self._show:
            return
        y = self._height
        for flowable in self.content:
            _w, h = flowable.wrap(self._width, y)
            y -= h
            flowable.drawOn(self.canv, 0, y)


PageDecorator = Callable[[Canvas, PageOwner | None, bool, int, int, tuple[float, float], str], None]


class DeferredCanvas(Canvas):
    """Keeps each page until the end so that every page can say "Page 2 of 5" of its own
    packet (in a class's combined PDF, each student's pages are numbered on their own).

    The header is written before the page's body and the footer after it (reading
    order), and the bookmarks flowables asked for are made as each page is written."""

    def __init__(self, *args, decorate: PageDecorator, **kwargs) -> None:  # type: ignore[no-untyped-def]
        super().__init__(*args, **kwargs)
        self._kept: list[dict] = []
        self._decorate = decorate
        self.cbe_owner: PageOwner | None = None
        self.cbe_first = False
        self.cbe_marks: list[tuple[str, int]] = []

    def showPage(self) -> None:  # reportlab calls it by this name
        self._kept.append(dict(self.__dict__))
        self._startPage()
        self.cbe_first = False
        self.cbe_marks = []

    def save(self) -> None:
        owners = [page.get("cbe_owner") for page in self._kept]
        totals: dict[str, int] = {}
        for owner in owners:
            key = owner.key if owner else ""
            totals[key] = totals.get(key, 0) + 1
        seen: dict[str, int] = {}
        outline = 0
        for page in self._kept:
            self.__dict__.update(page)
            owner = page.get("cbe_owner")
            key = owner.key if owner else ""
            seen[key] = seen.get(key, 0) + 1
            args = (
                owner, bool(page.get("cbe_first")), seen[key], totals[key], self._pagesize
            )  # fmt: skip
            body = self._code
            self._code = []
            self._decorate(self, *args, "header")
            header = self._code
            self._code = []
            self._decorate(self, *args, "footer")
            self._code = header + body + self._code
            for title, level in page.get("cbe_marks", ()):
                outline += 1
                name = f"cbe-outline-{outline}"
                self.bookmarkPage(name)
                self.addOutlineEntry(title, name, level=level, closed=level > 0)
            Canvas.showPage(self)
        if outline:
            self.showOutline()
        Canvas.save(self)


def draw_furniture(
    canvas: Canvas,
    owner: PageOwner | None,
    first: bool,
    page: int,
    pages: int,
    pagesize: tuple[float, float],
    part: str = "both",
) -> None:
    """Header (name, class) on every page but a cover; footer with "Page x of y". In a
    right-to-left packet the name is on the right, the page number on the left. A long
    name is shortened with "…" rather than run into the other side."""
    from cbe_desktop.reports.labels import Labels

    if owner is None:
        return
    width, height = pagesize
    words = Labels(owner.lang)
    rtl = words.rtl
    base = base_font(owner.lang)
    start, end = (width - MARGIN_X, MARGIN_X) if rtl else (MARGIN_X, width - MARGIN_X)
    near, far = ("end", "start") if rtl else ("start", "end")
    room = width - 2 * MARGIN_X
    canvas.saveState()
    if part in ("header", "both") and not first:
        y = height - MARGIN_TOP + 22
        canvas.setFillColor(BLACK)
        used = draw_line(
            canvas, start, y, owner.header_left, 9, bold=True, anchor=near, rtl=rtl,
            base=base, max_width=room * 0.6,
        )  # fmt: skip
        canvas.setFillColor(DARK)
        draw_line(
            canvas, end, y, owner.header_right, 8.5, anchor=far, rtl=rtl, base=base,
            max_width=room - used - 18,
        )  # fmt: skip
        canvas.setStrokeColor(MID)
        canvas.setLineWidth(0.6)
        canvas.line(MARGIN_X, y - 6, width - MARGIN_X, y - 6)
    if part in ("footer", "both"):
        y = MARGIN_BOTTOM - 26
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.4)
        canvas.line(MARGIN_X, y + 11, width - MARGIN_X, y + 11)
        canvas.setFillColor(DARK)
        page_words = words("page_of", page=page, pages=pages)
        footer_left = owner.footer_left if first else f"{owner.header_left} · {owner.footer_left}"
        used = label_width(page_words, 8, bold=True, base=base)
        draw_line(
            canvas, start, y, footer_left.strip(" ·"), 8, anchor=near, rtl=rtl, base=base,
            max_width=room - used - 18,
        )  # fmt: skip
        draw_line(canvas, end, y, page_words, 8, bold=True, anchor=far, rtl=rtl, base=base)
    canvas.restoreState()


def make_doc(
    stream: BinaryIO, pagesize: str, *, title: str, author: str = "", lang: str = Language.EN
) -> BaseDocTemplate:
    if pagesize not in PAGE_SIZES:
        raise CbeError(f"The paper size is letter or a4, not {pagesize!r}.")
    register_fonts()
    doc = BaseDocTemplate(
        stream,
        pagesize=PAGE_SIZES[pagesize],
        leftMargin=MARGIN_X,
        rightMargin=MARGIN_X,
        topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM,
        title=title,
        author=author,
        creator="cbe-desktop",
        initialFontName=FONT,
        lang=language(lang).pdf_lang,
    )
    frame = Frame(
        doc.leftMargin,
        doc.bottomMargin,
        doc.width,
        doc.height,
        id="body",
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
    )
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame])])
    return doc


def build_story(doc: BaseDocTemplate, story: list) -> None:
    doc.build(story, canvasmaker=partial(DeferredCanvas, decorate=draw_furniture))


def write_pdf(out: Path | str | BinaryIO, write: Callable[[BinaryIO], None]) -> None:
    """Write a PDF to a file (whole or not at all, see core.safe_files) or a stream."""
    if not isinstance(out, str | Path):
        write(out)
        return
    with written_whole(Path(out)) as staged, open(staged, "wb") as fh:
        write(fh)


def paragraph(words: str, style: ParagraphStyle) -> Flowable:
    return para(words, style)
