"""Sentences built outside the interface, in English, that the window can say in Spanish.

``core/`` knows nothing of Qt, yet the window speaks the teacher's language. A sentence
built here (an estimate explained, a reason a student needs attention, an error) is a
:class:`Phrase`: a ``str`` holding the English, so the command line, the logs and the
tests read it as before, that also remembers its template and its arguments. The
interface translates the template through Qt Linguist (``ui.i18n.say``) and fills in the
arguments, themselves translated when they are phrases.

Templates are written with :func:`QT_TRANSLATE_NOOP`, the name ``pyside6-lupdate`` looks
for, so ``installers/i18n.py`` collects them into the same ``.ts`` files as the
interface's own words::

    _AVERAGE = QT_TRANSLATE_NOOP("Mastery", "Average of {count}: {value}")
    return _AVERAGE(count=pieces(3), value="2.5")

Arguments go in by name and are formatted with :meth:`str.format`; a translation may put
them in any order. Numbers are formatted before they go in (``"2.5"``), so a translation
never has to. Plurals are chosen in English by picking one of two templates; Spanish
follows the same one/many split.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True, slots=True)
class Template:
    """An English sentence with ``{named}`` blanks, and the context it is translated in."""

    context: str
    source: str

    def __call__(self, **args: Any) -> Phrase:
        return Phrase(self, args)

    def __str__(self) -> str:
        return self.source


def QT_TRANSLATE_NOOP(context: str, source: str) -> Template:  # the name lupdate looks for
    """Mark ``source`` for translation in ``context``; call the result to fill it in."""
    return Template(context, source)


class Phrase(str):
    """The English of a :class:`Template` filled in, remembering how it was made.

    Equal to, hashed like and printed as its English text. ``args`` keeps the values as
    given (phrases stay phrases), so the interface can say each in its own language.
    """

    context: str
    source: str
    args: Mapping[str, Any]

    def __new__(cls, template: Template, args: Mapping[str, Any] | None = None) -> Phrase:
        values = dict(args or {})
        self = super().__new__(cls, template.source.format(**values))
        self.context = template.context
        self.source = template.source
        self.args = values
        return self

    def __reduce__(self) -> tuple[Any, ...]:
        return (Phrase, (Template(self.context, self.source), dict(self.args)))


def join(separator: str, parts: Sequence[str]) -> str:
    """``separator.join(parts)`` that stays translatable when the parts are phrases."""
    if not parts:
        return ""
    text = separator.join(parts)
    if not any(isinstance(p, Phrase) for p in parts):
        return text
    names = [f"p{i}" for i in range(len(parts))]
    source = separator.replace("{", "{{").replace("}", "}}").join("{" + n + "}" for n in names)
    # The glue is not translated (it is punctuation); only the parts are.
    return Phrase(Template("", source), dict(zip(names, parts, strict=True)))


def message(error: BaseException) -> str:
    """The sentence an error carries for a person: its first argument when it is a phrase."""
    if error.args and isinstance(error.args[0], Phrase) and len(error.args) == 1:
        return error.args[0]
    return str(error)
