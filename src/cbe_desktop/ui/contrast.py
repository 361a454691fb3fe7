"""High contrast: the palette, a strong focus ring, and our own colours made readable.

Qt follows the system's high-contrast theme through the palette. Our own colours (the
levels in the grid, the chart's lines, the overdue fill, the sync messages) are never
used as they are: each is paired with a text colour and adjusted until the pair reads
(WCAG contrast 4.5 normally, 7 in high contrast), and in high contrast they are mixed
toward the palette's own background and text, so they never fight the theme.
"""

from __future__ import annotations

import contextlib

from PySide6.QtCore import QEvent, QObject, QRect, Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import (
    QApplication,
    QProxyStyle,
    QStyle,
    QStyleFactory,
    QStyleOption,
    QStyleOptionComplex,
    QWidget,
)

NORMAL_MINIMUM = 4.5  # WCAG AA for text
HIGH_MINIMUM = 7.0  # WCAG AAA for text
DARK_TEXT = QColor("#1A1A1A")
LIGHT_TEXT = QColor("#FFFFFF")

#: The Contrast setting: "" follows the computer, "high" always, "standard" never.
CHOICES = ("", "high", "standard")


# ----- arithmetic ---------------------------------------------------------------------------
def relative_luminance(colour: QColor) -> float:
    """WCAG 2 relative luminance of an sRGB colour: 0 for black, 1 for white (alpha ignored)."""

    def channel(value: float) -> float:
        # sRGB to linear light; WCAG 2.x writes the threshold as 0.03928 (the sRGB standard's
        # 0.04045 gives the same result for every 8-bit channel value).
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(colour.redF())
        + 0.7152 * channel(colour.greenF())
        + 0.0722 * channel(colour.blueF())
    )


def contrast_ratio(first: QColor, second: QColor) -> float:
    """WCAG 2 contrast ratio, from 1 (the same) to 21 (black on white)."""
    a, b = relative_luminance(first), relative_luminance(second)
    return (max(a, b) + 0.05) / (min(a, b) + 0.05)


def mix(colour: QColor, toward: QColor, share: float) -> QColor:
    """``colour`` blended with ``toward``: ``share`` 0 is ``colour``, 1 is ``toward``."""
    keep = 1.0 - share
    return QColor.fromRgbF(
        colour.redF() * keep + toward.redF() * share,
        colour.greenF() * keep + toward.greenF() * share,
        colour.blueF() * keep + toward.blueF() * share,
    )


def moved_until_readable(colour: QColor, toward: QColor, against: QColor, minimum: float) -> QColor:
    """``colour`` mixed toward ``toward`` (in tenths) just enough to reach ``minimum``
    against ``against``; ``toward`` itself when no mix does (callers pass a ``toward`` that
    reads on ``against``: the text colour, or the opposite end of black and white)."""
    for step in range(11):
        candidate = mix(colour, toward, step / 10)
        if contrast_ratio(candidate, against) >= minimum:
            return candidate
    return QColor(toward)


# ----- the current state --------------------------------------------------------------------
def system_wants_high_contrast() -> bool:
    """True when the computer's accessibility settings ask for high contrast (Qt 6.10+)."""
    hints = QGuiApplication.styleHints()
    try:
        return hints.accessibility().contrastPreference() == Qt.ContrastPreference.HighContrast
    except AttributeError:  # an older Qt: the palette is all there is to follow
        return False


def high_contrast_on() -> bool:
    """True when our setting asks for high contrast, or it follows a computer that does."""
    app = QApplication.instance()
    choice = getattr(app, "_cbe_contrast", "") if app is not None else ""
    if choice == "high":
        return True
    if choice == "standard":
        return False
    return system_wants_high_contrast()


def minimum_ratio() -> float:
    """The contrast our own colours must reach now: 7 in high contrast, else 4.5."""
    return HIGH_MINIMUM if high_contrast_on() else NORMAL_MINIMUM


def fill_and_text(colour: str | QColor) -> tuple[QColor, QColor]:
    """A background for status ``colour`` and a text colour that reads on it.

    Standard: the colour itself with near-black (or white) text, darkened or lightened
    only if the pair would not reach 4.5. High contrast: the palette's text colour, on the
    colour mixed toward the palette's background until the pair reaches 7.
    """
    fill = QColor(colour)
    if high_contrast_on():
        current = QApplication.palette()
        text = current.color(QPalette.ColorRole.Text)
        base = current.color(QPalette.ColorRole.Base)
        return moved_until_readable(fill, base, text, HIGH_MINIMUM), text
    text = (
        DARK_TEXT
        if contrast_ratio(fill, DARK_TEXT) >= contrast_ratio(fill, LIGHT_TEXT)
        else LIGHT_TEXT
    )
    away = LIGHT_TEXT if text == DARK_TEXT else QColor("#000000")
    return moved_until_readable(fill, away, text, NORMAL_MINIMUM), text


def readable_on(colour: str | QColor, role: QPalette.ColorRole = QPalette.ColorRole.Base) -> QColor:
    """``colour`` as a line or text colour on the palette's ``role``, adjusted to read."""
    current = QApplication.palette()
    background = current.color(role)
    text = current.color(
        QPalette.ColorRole.WindowText
        if role == QPalette.ColorRole.Window
        else QPalette.ColorRole.Text
    )
    return moved_until_readable(QColor(colour), text, background, minimum_ratio())


# ----- applying it --------------------------------------------------------------------------
def high_contrast_palette() -> QPalette:
    """White on black, like the system's high-contrast themes, with a bright highlight."""
    black, white = QColor("#000000"), QColor("#FFFFFF")
    highlight, link, disabled = QColor("#1AEBFF"), QColor("#FFFF00"), QColor("#3FF23F")
    result = QPalette()
    role = QPalette.ColorRole
    for r in (role.Window, role.Base, role.AlternateBase, role.Button, role.ToolTipBase):
        result.setColor(r, black)
    for r in (role.WindowText, role.Text, role.ButtonText, role.ToolTipText, role.BrightText):
        result.setColor(r, white)
    for r in (role.Light, role.Mid, role.Dark, role.Shadow):  # frames and bevels: white lines
        result.setColor(r, white)
    result.setColor(role.Midlight, QColor("#202020"))
    result.setColor(role.PlaceholderText, QColor("#D0D0D0"))
    result.setColor(role.Highlight, highlight)
    result.setColor(role.HighlightedText, black)
    result.setColor(role.Link, link)
    result.setColor(role.LinkVisited, link)
    group = QPalette.ColorGroup.Disabled
    for r in (role.WindowText, role.Text, role.ButtonText):
        result.setColor(group, r, disabled)
    return result


class HighContrastStyle(QProxyStyle):
    """Fusion, with a plain outline in the text colour around every box and field.

    Fusion draws their frames a shade darker than the window: on black, nothing.
    """

    OUTLINED = (
        QStyle.PrimitiveElement.PE_IndicatorCheckBox,
        QStyle.PrimitiveElement.PE_IndicatorRadioButton,
        QStyle.PrimitiveElement.PE_FrameLineEdit,
    )

    def __init__(self) -> None:
        super().__init__(QStyleFactory.create("Fusion"))
        self.setObjectName("cbeHighContrast")

    def _outline(self, option: QStyleOption, painter: QPainter, *, round_: bool = False) -> None:
        group = (
            QPalette.ColorGroup.Normal
            if option.state & QStyle.StateFlag.State_Enabled
            else QPalette.ColorGroup.Disabled
        )
        painter.save()
        painter.setPen(QPen(option.palette.color(group, QPalette.ColorRole.WindowText), 1))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        rect = option.rect.adjusted(0, 0, -1, -1)
        if round_:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.drawEllipse(rect)
        else:
            painter.drawRect(rect)
        painter.restore()

    def drawPrimitive(
        self,
        element: QStyle.PrimitiveElement,
        option: QStyleOption,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        super().drawPrimitive(element, option, painter, widget)
        if element in self.OUTLINED:
            radio = element == QStyle.PrimitiveElement.PE_IndicatorRadioButton
            self._outline(option, painter, round_=radio)

    def drawComplexControl(
        self,
        control: QStyle.ComplexControl,
        option: QStyleOptionComplex,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        super().drawComplexControl(control, option, painter, widget)
        if control == QStyle.ComplexControl.CC_SpinBox:
            self._outline(option, painter)


def apply_contrast(app: QApplication, choice: str) -> None:
    """``choice``: '' follows the computer, 'high' or 'standard'. Safe to call again."""
    choice = choice if choice in CHOICES else ""
    if not hasattr(app, "_cbe_standard_style"):
        app._cbe_standard_style = app.style().name()  # type: ignore[attr-defined]
        app._cbe_standard_palette = QPalette(app.palette())  # type: ignore[attr-defined]
        hints = QGuiApplication.styleHints()
        with contextlib.suppress(AttributeError):
            hints.accessibility().contrastPreferenceChanged.connect(
                lambda *_: apply_contrast(app, getattr(app, "_cbe_contrast", ""))
            )
    app._cbe_contrast = choice  # type: ignore[attr-defined]
    ours = choice == "high"  # the system's own theme already comes through the palette
    if ours:
        app.setStyle(HighContrastStyle())  # native styles draw over a custom palette
        app.setPalette(high_contrast_palette())
    elif getattr(app, "_cbe_ours", False):
        app.setStyle(app._cbe_standard_style)  # type: ignore[attr-defined]
        app.setPalette(app._cbe_standard_palette)  # type: ignore[attr-defined]
    app._cbe_ours = ours  # type: ignore[attr-defined]
    ring = getattr(app, "_cbe_focus_ring", None)
    if high_contrast_on() and ring is None:
        app._cbe_focus_ring = FocusRings(app)  # type: ignore[attr-defined]
    elif not high_contrast_on() and ring is not None:
        ring.remove()
        app._cbe_focus_ring = None  # type: ignore[attr-defined]


class FocusRing(QWidget):
    """A thick frame drawn around the focused control, above everything in its window."""

    WIDTH = 3

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setObjectName("focusRing")
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setAttribute(Qt.WidgetAttribute.WA_NoSystemBackground)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)

    def surround(self, widget: QWidget) -> None:
        """Frame ``widget`` (a child of this ring's window), drawn above its neighbours."""
        margin = self.WIDTH
        top_left = widget.mapTo(self.parentWidget(), widget.rect().topLeft())
        self.setGeometry(QRect(top_left, widget.size()).adjusted(-margin, -margin, margin, margin))
        self.raise_()
        self.show()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        pen = QPen(self.palette().color(QPalette.ColorRole.Highlight), self.WIDTH)
        pen.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
        painter.setPen(pen)
        half = self.WIDTH // 2
        painter.drawRect(self.rect().adjusted(half, half, -half - 1, -half - 1))
        painter.end()


class FocusRings(QObject):
    """Keeps a :class:`FocusRing` around whichever control has the keyboard focus."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self.app = app
        self.watched: QWidget | None = None
        self.rings: dict[int, FocusRing] = {}
        app.focusChanged.connect(self.follow)
        self.follow(None, app.focusWidget())

    def ring_for(self, window: QWidget) -> FocusRing:
        """The window's ring, made on first use (each window, dialogs too, has its own)."""
        key = id(window)
        ring = self.rings.get(key)
        try:
            if ring is not None and ring.parentWidget() is window:
                return ring
        except RuntimeError:  # the window went, and its ring with it
            pass
        ring = FocusRing(window)
        self.rings[key] = ring
        window.destroyed.connect(lambda *_: self.rings.pop(key, None))
        return ring

    def follow(self, _old: QWidget | None, new: QWidget | None) -> None:
        """The focus moved: hide every ring, and frame ``new`` while it moves or resizes."""
        if self.watched is not None:
            with contextlib.suppress(RuntimeError):
                self.watched.removeEventFilter(self)
            self.watched = None
        for ring in list(self.rings.values()):
            with contextlib.suppress(RuntimeError):
                ring.hide()
        if new is None or new.isWindow() or isinstance(new, FocusRing):
            return
        self.watched = new
        new.installEventFilter(self)
        self.ring_for(new.window()).surround(new)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.watched and event.type() in (
            QEvent.Type.Move,
            QEvent.Type.Resize,
            QEvent.Type.Show,
        ):
            self.ring_for(watched.window()).surround(watched)  # type: ignore[attr-defined]
        elif watched is self.watched and event.type() == QEvent.Type.Hide:
            self.ring_for(watched.window()).hide()  # type: ignore[attr-defined]
        return False

    def remove(self) -> None:
        """High contrast is off: stop following the focus and delete every ring."""
        self.app.focusChanged.disconnect(self.follow)
        self.follow(None, None)
        for ring in list(self.rings.values()):
            with contextlib.suppress(RuntimeError):
                ring.deleteLater()
        self.rings.clear()
        self.deleteLater()


def apply_zoom(app: QApplication, percent: int) -> None:
    """Text size: the system's font, scaled (it follows the system by default)."""
    base = getattr(app, "_cbe_base_point_size", None)
    if base is None:
        base = app.font().pointSizeF()
        app._cbe_base_point_size = base  # type: ignore[attr-defined]
    font = QFont(app.font())
    font.setPointSizeF(max(6.0, base * max(50, min(percent, 300)) / 100))
    app.setFont(font)
