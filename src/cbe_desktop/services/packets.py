"""Conference packets as files: gather each student's work, then write the PDF.

The one place the window (Conferences page, on a worker thread) and the command line
(``cbe-desktop report conference``) make packets. Progress words are phrases (the
window translates them with ``ui.i18n.say``; the command line prints the English).
A PDF is written whole or not at all; a folder of packets gets all its files or none
of the new ones.
"""

from __future__ import annotations

import os
import re
import shutil
import tempfile
import unicodedata
from collections.abc import Callable, Sequence
from pathlib import Path
from types import ModuleType

from cbe_desktop.core import conference
from cbe_desktop.core.errors import CbeError, InvalidInputError
from cbe_desktop.core.models import SchoolClass
from cbe_desktop.core.phrases import QT_TRANSLATE_NOOP
from cbe_desktop.core.store import Store

#: ``progress(done, total, words)`` and ``cancelled()``, as ``ui.background`` passes them.
Progress = Callable[[int, int, str], None]
Cancelled = Callable[[], bool]

GATHERING = QT_TRANSLATE_NOOP("ConferencesPage", "Gathering the students' work…")
NO_STUDENTS = QT_TRANSLATE_NOOP(
    "ConferencesPage", "{class_name} has no students yet, so there are no packets to print."
)

_TRANSLITERATE = str.maketrans(
    {"ß": "ss", "Æ": "AE", "æ": "ae", "Ø": "O", "ø": "o", "Œ": "OE", "œ": "oe"}
    | {"Ł": "L", "ł": "l", "Đ": "D", "đ": "d", "Þ": "Th", "þ": "th", "ı": "i"}
)
_WINDOWS_RESERVED = {"CON", "PRN", "AUX", "NUL"} | {
    f"{d}{n}" for d in ("COM", "LPT") for n in "123456789"
}


def _reports() -> ModuleType:
    """The PDF builders, imported when first needed: reportlab is slow to load, and the
    window should open without waiting for it."""
    from cbe_desktop import reports

    return reports


def _never() -> bool:
    return False


def _quiet(_done: int, _total: int, _words: str) -> None:
    return None


def _plain(words: str) -> str:
    """Latin letters without accents ("García" → "Garcia"), other scripts as written,
    anything else (spaces, apostrophes, slashes…) one dash."""
    decomposed = unicodedata.normalize("NFKD", words.translate(_TRANSLITERATE))
    kept = "".join(c if c.isalnum() else "-" for c in decomposed if not unicodedata.combining(c))
    return unicodedata.normalize("NFC", re.sub(r"-{2,}", "-", kept).strip("-"))[:80].strip("-")


def safe_file_stem(words: str, fallback: str = "student") -> str:
    """A file name stem that any laptop, USB stick or e-mail accepts."""
    stem = _plain(words) or fallback
    return f"{stem}-file" if stem.upper() in _WINDOWS_RESERVED else stem


def packet_file_names(names: Sequence[str]) -> list[str]:
    """One file name per student, numbered in roster order ("01-Ana-Garcia-Lopez.pdf"),
    never two alike (not even in case, for Windows and macOS)."""
    width = max(2, len(str(len(names))))
    taken: set[str] = set()
    found = []
    for number, name in enumerate(names, start=1):
        stem = f"{number:0{width}d}-{_plain(name) or 'student'}"
        candidate, n = stem, 2
        while candidate.casefold() in taken:
            candidate, n = f"{stem}-{n}", n + 1
        taken.add(candidate.casefold())
        found.append(f"{candidate}.pdf")
    return found


def _gather(
    store: Store, class_id: str, student_ids: Sequence[str] | None, lang: str | None
) -> list[conference.PacketData]:
    """Every chosen student's packet data (all the class when ``student_ids`` is None)."""
    with store.read() as session:
        packets = conference.class_packets(session, class_id, student_ids=student_ids, lang=lang)
        if not packets:
            school_class = session.get(SchoolClass, class_id)
            name = school_class.name if school_class else ""
            raise InvalidInputError(NO_STUDENTS(class_name=name))
    return packets


def write_packets(
    store: Store,
    class_id: str,
    student_ids: Sequence[str] | None,
    out: Path | str,
    *,
    lang: str | None,
    paper: str,
    progress: Progress = _quiet,
    cancelled: Cancelled = _never,
) -> int:
    """The packets of these students (None: the whole class) in one PDF, written whole
    or not at all. Returns how many packets it holds."""
    progress(0, len(student_ids or ()), GATHERING())
    packets = _gather(store, class_id, student_ids, lang)
    if cancelled():
        raise _reports().ReportCancelled()

    def each(index: int, count: int, name: str) -> None:
        progress(
            index - 1,
            count,
            QT_TRANSLATE_NOOP("ConferencesPage", "Packet {index} of {count}: {name}")(
                index=index, count=count, name=name
            ),
        )

    count: int = _reports().build_packet(
        packets, out, lang=lang, pagesize=paper, progress=each, cancelled=cancelled
    )
    return count


def write_packet_files(
    store: Store,
    class_id: str,
    student_ids: Sequence[str],
    folder: Path | str,
    *,
    lang: str | None,
    paper: str,
    progress: Progress = _quiet,
    cancelled: Cancelled = _never,
) -> list[Path]:
    """One PDF per student in ``folder``. They are made in a hidden folder beside and moved
    in at the end, so a cancelled or failed run leaves no packet behind."""
    folder = Path(folder)
    total = len(student_ids)
    progress(0, total, GATHERING())
    packets = _gather(store, class_id, student_ids, lang)
    names = packet_file_names([p.student_name for p in packets])
    try:
        work = Path(tempfile.mkdtemp(prefix=".cbe-packets-", dir=folder))
    except OSError as exc:
        raise CbeError(
            QT_TRANSLATE_NOOP(
                "ConferencesPage", "{folder} cannot be written ({value}); choose another folder."
            )(folder=str(folder), value=str(exc.strerror or exc))
        ) from None
    written: list[Path] = []
    try:
        for index, (data, name) in enumerate(zip(packets, names, strict=True), start=1):
            if cancelled():
                raise _reports().ReportCancelled()
            progress(
                index - 1,
                total,
                QT_TRANSLATE_NOOP("ConferencesPage", "Packet {index} of {total}: {student_name}")(
                    index=index, total=total, student_name=data.student_name
                ),
            )
            _reports().build_packet(
                [data], work / name, lang=lang, pagesize=paper, cancelled=cancelled
            )
        if cancelled():
            raise _reports().ReportCancelled()
        for name in names:
            try:
                os.replace(work / name, folder / name)
            except OSError as exc:
                raise CbeError(
                    QT_TRANSLATE_NOOP(
                        "ConferencesPage",
                        "{value} cannot be replaced ({value2}); close it where it is open "
                        "and save again ({len} of {total} were saved).",
                    )(
                        value=str(folder / name),
                        value2=str(exc.strerror or exc),
                        len=len(written),
                        total=total,
                    )
                ) from None
            written.append(folder / name)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return written
