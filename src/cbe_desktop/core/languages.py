"""The languages a family can read its conference packet in.

A language is one file: ``assets/packets/<code>.json`` holds its packet words (read by
``reports.labels``) and, under ``"language"``, what the program must know of it: its
own name, its direction (``"rtl"`` lays the packet out right to left), the tag the PDF
declares (``/Lang``) and how lines wrap (``"cjk"``: anywhere between characters). Adding
a file adds the language everywhere: the student editor's family languages, the
packet's language choices, the statements a teacher can write in it; and a member in
:class:`Language` (a test checks that the files and the members agree).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from enum import StrEnum
from functools import cache
from importlib import resources
from typing import Any


class Language(StrEnum):
    """A language a family can read its packet in: the code of its packet file, as
    stored (``Student.family_language``) and written in files."""

    EN = "en"
    ES = "es"
    AR = "ar"
    ZH = "zh"
    VI = "vi"
    PT = "pt"


#: The language every statement is first written in, and the packets' fallback.
SOURCE_LANGUAGE = Language.EN


@dataclass(frozen=True)
class LanguageInfo:
    """What the program knows of a language, from its packet file."""

    code: str
    name: str  # in the language itself: "Español", "العربية"
    english_name: str
    direction: str  # "ltr" | "rtl"
    pdf_lang: str  # the BCP 47 tag of the PDF's /Lang
    wrap: str  # "words" | "cjk"

    @property
    def rtl(self) -> bool:
        return self.direction == "rtl"


def _folder():  # type: ignore[no-untyped-def]
    return resources.files("cbe_desktop") / "assets" / "packets"


@cache
def catalogue(code: str) -> dict[str, Any]:
    """The whole file of one language (``{"language": {...}, "words": {...}}``)."""
    source = _folder() / f"{code}.json"
    if not source.is_file():
        raise KeyError(code)
    return json.loads(source.read_text(encoding="utf-8"))


@cache
def packet_languages() -> tuple[str, ...]:
    """Every language with a packet file: English first, then by code."""
    codes = sorted(
        entry.name[: -len(".json")]
        for entry in _folder().iterdir()
        if entry.name.endswith(".json") and not entry.name.startswith(".")
    )
    return (SOURCE_LANGUAGE, *(c for c in codes if c != SOURCE_LANGUAGE))


@cache
def language(code: str) -> LanguageInfo:
    meta = catalogue(code)["language"]
    return LanguageInfo(
        code=code,
        name=meta["name"],
        english_name=meta["english_name"],
        direction=meta.get("direction", "ltr"),
        pdf_lang=meta.get("pdf_lang", code),
        wrap=meta.get("wrap", "words"),
    )


def is_packet_language(code: str | None) -> bool:
    return bool(code) and code in packet_languages()
