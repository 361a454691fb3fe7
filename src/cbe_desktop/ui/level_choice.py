"""Choosing a level by its words: the shared part of the evidence and revision dialogs.

Each level of the scale is a button that shows its number, its label and what work at
that level looks like (the task's rubric words where the task has them, else the
target's, else the scale's). The words wrap and are never squeezed: the dialog grows to
show them, and scrolls only when the screen is too short. The keys of the scale's
numbers (1-4 on the usual scale) choose a level wherever the focus is not in a field
that takes the digit, and the focus starts on the level, not on Save or Cancel.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QButtonGroup,
    QComboBox,
    QCommandLinkButton,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from cbe_desktop.core.calibration import RubricExemplar
from cbe_desktop.core.scales import ScaleInfo, same_level
from cbe_desktop.ui.i18n import level_word
from cbe_desktop.ui.rubric_exemplars import ExemplarButton, exemplars_at

#: Widgets that take a typed digit themselves: there, 1-4 type, they do not choose a level.
TYPING_WIDGETS = (QLineEdit, QPlainTextEdit, QTextEdit, QAbstractSpinBox, QComboBox)


#: How far an example of work sits in from its level's button (past the button's arrow).
EXEMPLAR_INDENT = 32

#: What a window's title bar and frame take, above the height a dialog is given.
TITLE_BAR = 40


def screen_room(widget: QWidget, default: int) -> int:
    """The height a dialog may take on its screen (what the taskbar and the title bar
    leave); ``default`` when the widget has no screen yet."""
    screen = widget.screen()
    return screen.availableGeometry().height() - TITLE_BAR if screen is not None else default


class LevelChoice(QGroupBox):
    """The levels of a scale as checkable buttons that show each level's words."""

    chosen_changed = Signal(object)  # the level value, or None

    def __init__(
        self,
        title: str,
        scale: ScaleInfo,
        descriptors: dict[float, str],
        parent: QWidget | None = None,
        *,
        exemplars: Sequence[RubricExemplar] = (),
        blob_dir: Path | None = None,
    ) -> None:
        """``exemplars``: examples of work (anchor papers), each shown under its level as
        a button that opens it from ``blob_dir``."""
        super().__init__(title, parent)
        self.setObjectName("levelChoice")
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self._value_of: dict[int, float] = {}
        self._words_of: dict[int, str] = {}
        self._key_of: dict[str, int] = {}
        self.exemplar_buttons: list[ExemplarButton] = []
        self._in_order: list[QWidget] = []
        layout = QVBoxLayout(self)
        for i, lv in enumerate(scale.levels):
            words = descriptors.get(lv.value) or level_word(lv.description)
            name = f"{lv.number} {level_word(lv.label)}"
            button = QCommandLinkButton(name, words, self)
            button.setCheckable(True)
            button.setAutoDefault(False)  # Enter on a level saves; it does not re-click it
            button.setAccessibleName(
                QCoreApplication.translate("LevelChoice", "Level {number} {label}").format(
                    number=lv.number, label=level_word(lv.label)
                )
            )
            button.setAccessibleDescription(words)
            self.group.addButton(button, i)
            self._value_of[i] = lv.value
            self._words_of[i] = name
            self._key_of[lv.number] = i
            layout.addWidget(button)
            self._in_order.append(button)
            for exemplar in exemplars_at(exemplars, lv.value) if blob_dir is not None else ():
                shown = ExemplarButton(exemplar, blob_dir, self)
                row = QHBoxLayout()
                row.addSpacing(EXEMPLAR_INDENT)  # under the level's words, not its arrow
                row.addWidget(shown)
                row.addStretch(1)
                layout.addLayout(row)
                self.exemplar_buttons.append(shown)
                self._in_order.append(shown)
        self.extra = QVBoxLayout()  # room for Missing / Excused in the evidence dialog
        layout.addLayout(self.extra)
        self.chosen = QLabel(QCoreApplication.translate("LevelChoice", "Chosen: none yet"), self)
        self.chosen.setAccessibleName(QCoreApplication.translate("LevelChoice", "Level chosen"))
        layout.addWidget(self.chosen)
        self.group.idToggled.connect(self._toggled)

    def buttons_in_order(self) -> list[QWidget]:
        """The levels and their examples of work, in reading order (for Tab)."""
        return list(self._in_order)

    def _toggled(self, button_id: int, checked: bool) -> None:
        if checked:
            self.chosen.setText(
                QCoreApplication.translate("LevelChoice", "Chosen: {value}").format(
                    value=self._words_of[button_id]
                )
            )
            self.chosen_changed.emit(self._value_of[button_id])
        elif self.group.checkedId() < 0:
            self.chosen.setText(QCoreApplication.translate("LevelChoice", "Chosen: none yet"))
            self.chosen_changed.emit(None)

    def level(self) -> float | None:
        checked = self.group.checkedId()
        return self._value_of.get(checked) if checked >= 0 else None

    def choose_level(self, value: float) -> None:
        for i, v in self._value_of.items():
            if same_level(v, value):
                self.group.button(i).setChecked(True)
                return
        raise ValueError(f"{value} is not a level of this scale")

    def clear(self, words: str | None = None) -> None:
        """No level chosen (``words`` says why, e.g. "Chosen: Missing")."""
        self.group.setExclusive(False)
        for button in self.group.buttons():
            button.setChecked(False)
        self.group.setExclusive(True)
        self.chosen.setText(words or QCoreApplication.translate("LevelChoice", "Chosen: none yet"))

    def choose_by_key(self, text: str) -> bool:
        """The key of a level's number chooses it (and takes the focus to it)."""
        i = self._key_of.get(text)
        if i is None:
            return False
        button = self.group.button(i)
        button.setChecked(True)
        button.setFocus(Qt.FocusReason.ShortcutFocusReason)
        return True

    def focus_level(self) -> None:
        """The focus on the chosen level, or on the first one."""
        checked = self.group.checkedButton()
        target = checked or (self.group.buttons()[0] if self.group.buttons() else None)
        if target is not None:
            target.setFocus(Qt.FocusReason.OtherFocusReason)


class LevelDialog(QDialog):
    """A dialog built round a :class:`LevelChoice`: its body scrolls when the screen is
    short, so the level words are never squeezed; keys choose a level; Ctrl+Enter saves
    from anywhere; the focus starts on the level.

    Subclasses put their header in ``self.header``, their controls in ``self.body`` (a
    QVBoxLayout), then call :meth:`finish` with the level choice and the button box.
    """

    def __init__(self, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.header = QVBoxLayout()
        self._body_widget = QWidget(self)
        self._body_widget.setObjectName("dialogBody")
        self.body = QVBoxLayout(self._body_widget)
        self.body.setContentsMargins(0, 0, 0, 0)
        self.scroll = QScrollArea(self)
        self.scroll.setObjectName("dialogBodyScroll")
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the controls inside
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.error = QLabel(self)
        self.error.setObjectName("dialogError")
        self.error.setWordWrap(True)
        self.error.setAccessibleName(QCoreApplication.translate("LevelChoice", "Problem"))
        self.level_choice: LevelChoice | None = None
        self.buttons: QDialogButtonBox | None = None
        self._fitted = False

    def finish(self, level_choice: LevelChoice, buttons: QDialogButtonBox) -> None:
        self.level_choice = level_choice
        self.buttons = buttons
        save = buttons.button(QDialogButtonBox.StandardButton.Save) or buttons.button(
            QDialogButtonBox.StandardButton.Ok
        )
        if save is not None:
            save.setDefault(True)  # Enter saves, wherever the focus is (but in a paragraph)
        for button in buttons.buttons():
            button.setAutoDefault(False)  # ... even when Cancel happens to have the focus
        self.scroll.setWidget(self._body_widget)
        self._body_widget.setAutoFillBackground(False)
        self.scroll.viewport().setAutoFillBackground(False)
        layout = QVBoxLayout(self)
        layout.addLayout(self.header)
        layout.addWidget(self.scroll, 1)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, activated=self._save_shortcut)
        self.resize(680, 400)

    def _save_shortcut(self) -> None:
        if self.buttons is not None:
            save = self.buttons.button(QDialogButtonBox.StandardButton.Save) or self.buttons.button(
                QDialogButtonBox.StandardButton.Ok
            )
            if save is not None and save.isEnabled():
                save.click()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.level_key(event):
            return
        super().keyPressEvent(event)

    def level_key(self, event: QKeyEvent) -> bool:
        """A level's number, typed where the focus does not take digits, chooses it."""
        if self.level_choice is None or event.modifiers() & (
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
        ):
            return False
        focused = self.focusWidget()
        if isinstance(focused, TYPING_WIDGETS):
            return False
        return self.level_choice.choose_by_key(event.text())

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._fitted:
            self._fitted = True
            self.fit_height()
            if self.level_choice is not None:
                self.level_choice.focus_level()

    def refit_soon(self, show: QWidget | None = None, focus: QWidget | None = None) -> None:
        """After a part was shown or hidden (the plan of a "not yet"), fit again; bring
        ``show`` into view and put the focus in ``focus``."""

        def refit() -> None:
            self.fit_height()
            if show is not None and show.isVisible():
                QTimer.singleShot(0, self, lambda: self.scroll.ensureWidgetVisible(show, 0, 0))
            if focus is not None and focus.isVisible():
                focus.setFocus(Qt.FocusReason.OtherFocusReason)

        QTimer.singleShot(0, self, refit)

    def fit_height(self) -> None:
        """Tall enough for every level's words in full, within the screen; the body
        scrolls only when the screen is shorter than that."""
        body = self._body_widget
        # The width the body has once no scroll bar is needed (a scroll bar shown for the
        # moment narrows the viewport, wraps the words more and would keep itself there).
        width = self.scroll.width() - 2 * self.scroll.frameWidth() or self.width()
        needed = body.heightForWidth(width) if body.hasHeightForWidth() else -1
        if needed < 0:
            needed = body.sizeHint().height()
        chrome = self.height() - self.scroll.height()
        wanted = needed + chrome + 2
        height = max(self.minimumSizeHint().height(), min(wanted, screen_room(self, wanted)))
        if height != self.height():
            self.resize(self.width(), height)
