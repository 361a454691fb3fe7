"""What every report shares: the shipped font, styles, page furniture, level boxes, output.

Black-and-white printer safe: everything is black, white and greys, and every grey has
its meaning printed beside it (numbers in the level boxes, words beside the levels).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache, partial
from importlib import resources
from pathlib import Path
from typing import BinaryIO
from xml.sax.saxutils import escape

from reportlab.graphics.shapes import Drawing, Rect, String
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate, Paragraph, Table
from reportlab.platypus.tables import TableStyle

from cbe_desktop.core.errors import CbeError
from cbe_desktop.core.safe_files import written_whole

FONT = "DejaVuSans"
FONT_BOLD = "DejaVuSans-Bold"
FONT_FILES = {FONT: "DejaVuSans.ttf", FONT_BOLD: "DejaVuSans-Bold.ttf"}
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
STATUS_SIGNS = {"proficient": "✓", "in_progress": "◐", "not_yet": "↻", "no_evidence": "○"}


class ReportCancelled(CbeError):
    """The teacher stopped the report before it was finished; no file was written."""

    def __init__(self) -> None:
        super().__init__("The report was stopped before it was finished; no file was written.")


@lru_cache(maxsize=1)
def register_fonts() -> str:
    """Register the shipped DejaVu Sans (every accent, ✓ and •) once; returns its name."""
    folder = resources.files("cbe_desktop") / "assets" / "fonts"
    for name, file_name in FONT_FILES.items():
        source = folder / file_name
        if not source.is_file():
            raise CbeError(
                f"The PDF font {file_name} is missing from this installation; "
                "reinstall cbe-desktop."
            )
        with resources.as_file(source) as path:
            pdfmetrics.registerFont(TTFont(name, str(path)))
    pdfmetrics.registerFontFamily(
        FONT, normal=FONT, bold=FONT_BOLD, italic=FONT, boldItalic=FONT_BOLD
    )
    return FONT


def text(value: str) -> str:
    """People's writing, made safe for a Paragraph: escaped, line breaks kept."""
    return escape(value.strip()).replace("\r\n", "\n").replace("\n", "<br/>")


@lru_cache(maxsize=4)
def styles(size: float = 10.0) -> dict[str, ParagraphStyle]:
    register_fonts()
    lead = size * 1.35
    base = ParagraphStyle("body", fontName=FONT, fontSize=size, leading=lead, textColor=BLACK)
    return {
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
            fontName=FONT_BOLD,
            fontSize=size - 0.5,
            leading=(size - 0.5) * 1.3,
        ),
        "head": ParagraphStyle(
            "head", parent=base, fontName=FONT_BOLD, fontSize=size - 1, leading=(size - 1) * 1.3
        ),
        "kicker": ParagraphStyle(
            "kicker", parent=base, fontSize=size + 2, leading=(size + 2) * 1.3, textColor=DARK
        ),
        "title": ParagraphStyle(
            "title",
            parent=base,
            fontName=FONT_BOLD,
            fontSize=size * 3,
            leading=size * 3.5,
            spaceAfter=size * 0.4,
        ),
        "name": ParagraphStyle(
            "name",
            parent=base,
            fontName=FONT_BOLD,
            fontSize=size * 2.2,
            leading=size * 2.6,
            spaceAfter=size,
        ),
        "section": ParagraphStyle(
            "section",
            parent=base,
            fontName=FONT_BOLD,
            fontSize=size * 1.6,
            leading=size * 2.0,
            spaceBefore=size * 0.6,
            spaceAfter=size * 0.5,
            keepWithNext=1,
        ),
        "subhead": ParagraphStyle(
            "subhead",
            parent=base,
            fontName=FONT_BOLD,
            fontSize=size * 1.15,
            leading=size * 1.5,
            spaceBefore=size * 0.9,
            spaceAfter=size * 0.35,
            keepWithNext=1,
        ),
        "subhead_loose": ParagraphStyle(
            "subhead_loose",
            parent=base,
            fontName=FONT_BOLD,
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
        filled = reached is not None and value <= reached + 1e-9
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
    progress, and stops the build if the teacher cancelled."""

    def __init__(
        self,
        owner: PageOwner,
        *,
        progress: Callable[[int, int, str], None] | None = None,
        cancelled: Callable[[], bool] | None = None,
        cover: bool = True,
    ) -> None:
        super().__init__()
        self.owner, self.progress, self.cancelled, self.cover = owner, progress, cancelled, cover
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


PageDecorator = Callable[[Canvas, PageOwner | None, bool, int, int, tuple[float, float]], None]


class DeferredCanvas(Canvas):
    """Keeps each page until the end so that every page can say "Page 2 of 5" of its own
    packet (in a class's combined PDF, each student's pages are numbered on their own)."""

    def __init__(self, *args, decorate: PageDecorator, **kwargs) -> None:  # type: ignore[no-untyped-def]
        super().__init__(*args, **kwargs)
        self._kept: list[dict] = []
        self._decorate = decorate
        self.cbe_owner: PageOwner | None = None
        self.cbe_first = False

    def showPage(self) -> None:  # reportlab calls it by this name
        self._kept.append(dict(self.__dict__))
        self._startPage()
        self.cbe_first = False

    def save(self) -> None:
        owners = [page.get("cbe_owner") for page in self._kept]
        totals: dict[str, int] = {}
        for owner in owners:
            key = owner.key if owner else ""
            totals[key] = totals.get(key, 0) + 1
        seen: dict[str, int] = {}
        for page in self._kept:
            self.__dict__.update(page)
            owner = page.get("cbe_owner")
            key = owner.key if owner else ""
            seen[key] = seen.get(key, 0) + 1
            self._decorate(
                self, owner, bool(page.get("cbe_first")), seen[key], totals[key], self._pagesize
            )
            Canvas.showPage(self)
        Canvas.save(self)


def draw_furniture(
    canvas: Canvas,
    owner: PageOwner | None,
    first: bool,
    page: int,
    pages: int,
    pagesize: tuple[float, float],
) -> None:
    """Header (name, class) on every page but a cover; footer with "Page x of y"."""
    from cbe_desktop.reports.labels import Labels

    if owner is None:
        return
    width, height = pagesize
    words = Labels(owner.lang)
    canvas.saveState()
    if not first:
        y = height - MARGIN_TOP + 22
        canvas.setFont(FONT_BOLD, 9)
        canvas.setFillColor(BLACK)
        canvas.drawString(MARGIN_X, y, owner.header_left)
        canvas.setFont(FONT, 8.5)
        canvas.setFillColor(DARK)
        canvas.drawRightString(width - MARGIN_X, y, owner.header_right)
        canvas.setStrokeColor(MID)
        canvas.setLineWidth(0.6)
        canvas.line(MARGIN_X, y - 6, width - MARGIN_X, y - 6)
    y = MARGIN_BOTTOM - 26
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.4)
    canvas.line(MARGIN_X, y + 11, width - MARGIN_X, y + 11)
    canvas.setFont(FONT, 8)
    canvas.setFillColor(DARK)
    footer_left = owner.footer_left if first else f"{owner.header_left} · {owner.footer_left}"
    canvas.drawString(MARGIN_X, y, footer_left.strip(" ·"))
    canvas.setFont(FONT_BOLD, 8)
    canvas.drawRightString(width - MARGIN_X, y, words("page_of", page=page, pages=pages))
    canvas.restoreState()


def make_doc(stream: BinaryIO, pagesize: str, *, title: str, author: str = "") -> BaseDocTemplate:
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


def paragraph(words: str, style: ParagraphStyle) -> Paragraph:
    return Paragraph(words, style)
