"""Is this file text, and in which encoding? The first step of reading any import file.

Encoding. UTF-8 is accepted with or without a byte-order mark (Excel's "CSV UTF-8"
writes one, Google Sheets and LibreOffice may or may not), and so are UTF-16 and UTF-32
*with* their byte-order mark (Excel's "Unicode Text" is UTF-16; a few tools write
UTF-32). Anything else is refused with a sentence that names the fix, rather than
guessed. Guessing is not safe here: Excel for Windows saves "CSV (Comma delimited)" as
cp1252 but Excel for Mac saves the same choice as Mac Roman, and both decode any byte
sequence without error, so a wrong guess silently turns "Ramírez" into "Ram√≠rez" on a
roster and on every family packet printed from it. One re-save as "CSV UTF-8" is a
small price for names that are right.

Not text at all. A PDF, a picture or an Excel workbook chosen by mistake (or renamed
``.csv``) is named for what it is, from its first bytes, so the teacher is not told to
"save it as UTF-8". Other binary data is called "not a text file". A single NUL
character in otherwise good text is refused with the line it is on: no spreadsheet
writes one, and it would end the text early wherever a name is shown or printed.
"""

from __future__ import annotations

import codecs
import io
import zipfile

from cbe_desktop.core.phrases import QT_TRANSLATE_NOOP, Phrase
from cbe_desktop.interop.errors import ImportFormatError

#: Byte-order marks, longest first: the UTF-32 LE mark begins with the UTF-16 LE one.
BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
#: How much of the start of a file is looked at to tell text from binary data.
SAMPLE_BYTES = 4096
#: Control characters no text file holds (tab, line feed, form feed and return aside).
_CONTROL = bytes(b for b in range(32) if b not in b"\t\n\x0c\r")


def bom_encoding(data: bytes) -> tuple[str, int] | None:
    """(codec, length of the mark) when ``data`` starts with a byte-order mark."""
    for bom, encoding in BOMS:
        if data.startswith(bom):
            return encoding, len(bom)
    return None


def decode_unicode(data: bytes) -> str:
    """The text of ``data``: UTF-8/16/32 by its byte-order mark, else UTF-8 (strict).

    The mark itself is not part of the text. Raises ``UnicodeDecodeError`` (or
    ``UnicodeError`` for a broken UTF-16/32) when the bytes are not that encoding.
    """
    found = bom_encoding(data)
    if found is None:
        return data.decode("utf-8")
    encoding, skip = found
    return data[skip:].decode(encoding)


def starts_with(data: bytes, chars: str) -> bool:
    """Whether the first character that is not blank (after any byte-order mark) is in
    ``chars``: how a JSON file is told from a CSV one, in any Unicode encoding."""
    found = bom_encoding(data)
    encoding, skip = found if found else ("utf-8", 0)
    head = data[skip : skip + 256].decode(encoding, errors="ignore").lstrip(" \t\r\n")
    return head[:1] in tuple(chars)


def file_kind(data: bytes) -> Phrase | None:
    """What a well-known binary file is ("a PDF document", "an Excel workbook"), from its
    first bytes; None for anything else (text, a OneRoster zip, unknown data)."""
    if data.startswith(b"%PDF-"):
        return QT_TRANSLATE_NOOP("Files", "a PDF document")()
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        return QT_TRANSLATE_NOOP("Files", "a PNG picture")()
    if data.startswith(b"\xff\xd8\xff"):
        return QT_TRANSLATE_NOOP("Files", "a JPEG picture")()
    if data.startswith((b"GIF87a", b"GIF89a")):
        return QT_TRANSLATE_NOOP("Files", "a GIF picture")()
    if data.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"):  # OLE2: .xls, .doc
        return QT_TRANSLATE_NOOP("Files", "an Excel workbook or Word document (old format)")()
    if data[:4] == b"PK\x03\x04":
        return _office_kind(data)
    return None


def _office_kind(data: bytes) -> Phrase | None:
    """An Excel, LibreOffice or Word file (all zips), told by the members they hold."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = {n.casefold() for n in archive.namelist()[:200]}
            mimetype = b""
            if "mimetype" in names:  # OpenDocument's first member; read no more than its start
                with archive.open("mimetype") as member:
                    mimetype = member.read(100)
    except (zipfile.BadZipFile, OSError, KeyError, EOFError, ValueError, RuntimeError):
        return None  # damaged or encrypted: not an office file we can name
    if "xl/workbook.xml" in names or b"spreadsheet" in mimetype:
        return QT_TRANSLATE_NOOP("Files", "a spreadsheet workbook (.xlsx or .ods)")()
    if "word/document.xml" in names or b"opendocument.text" in mimetype:
        return QT_TRANSLATE_NOOP("Files", "a word-processor document (.docx or .odt)")()
    return None


def not_text(name: str, kind: str | None = None) -> ImportFormatError:
    """The refusal of a file that holds no text: named for what it is when known."""
    if kind is not None:
        return ImportFormatError(
            QT_TRANSLATE_NOOP(
                "Files",
                "{name} is {kind}, not a text file; choose the CSV or JSON file, or save "
                "the list from your spreadsheet as 'CSV UTF-8' and import that file.",
            )(name=name, kind=kind)
        )
    return ImportFormatError(
        QT_TRANSLATE_NOOP(
            "Files",
            "{name} is not a text file (it holds binary data); check that it is the right "
            "file, or save the list from your spreadsheet as 'CSV UTF-8'.",
        )(name=name)
    )


def not_utf8(name: str) -> ImportFormatError:
    return ImportFormatError(
        QT_TRANSLATE_NOOP(
            "Files",
            "{name} is not UTF-8 text; open it in your spreadsheet and save it as "
            "'CSV UTF-8 (Comma delimited)', then import that file.",
        )(name=name)
    )


def _wide_without_bom(sample: bytes) -> bool:
    """UTF-16 or UTF-32 text without its byte-order mark: NULs fill one byte in two (or
    three in four) of mostly-ASCII text."""
    nuls = sample.count(0)
    if len(sample) < 8 or nuls < len(sample) // 3:
        return False
    by_place = [sample[i::4].count(0) for i in range(4)]
    return max(by_place) >= len(sample) // 4 * 0.9


def looks_binary(sample: bytes) -> bool:
    """Control characters (NUL aside, when text is wide) in more than 1 byte in 20."""
    if not sample or _wide_without_bom(sample):
        return False
    control = len(sample) - len(sample.translate(None, _CONTROL))
    return control * 20 > len(sample)


def decode_text(data: bytes, name: str) -> str:
    """The text of an import file: UTF-8 (mark optional) or UTF-16/32 with a mark.

    Refused, in one sentence each: a known binary file (named for what it is), other
    binary data, text in another encoding, and text holding a NUL character.
    """
    kind = file_kind(data)
    if kind is not None:
        raise not_text(name, kind)
    sample = data[:SAMPLE_BYTES]
    try:
        text = decode_unicode(data)
    except UnicodeError:
        if bom_encoding(data) is None and looks_binary(sample):
            raise not_text(name) from None
        raise not_utf8(name) from None
    nul = text.find("\x00")
    if nul >= 0:
        if looks_binary(sample):
            raise not_text(name)
        if _wide_without_bom(sample):
            raise not_utf8(name)
        line = text.count("\n", 0, nul) + 1 if "\n" in text else text.count("\r", 0, nul) + 1
        raise ImportFormatError(
            QT_TRANSLATE_NOOP(
                "Files",
                "Line {line} of {name} holds a NUL character, which no spreadsheet writes; "
                "open the file in your spreadsheet and save it again as 'CSV UTF-8'.",
            )(line=f"{line:,}", name=name)
        )
    return text
