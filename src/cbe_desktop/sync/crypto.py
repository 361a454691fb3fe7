"""The optional passphrase around a sync file: scrypt, and AES-256-GCM chunk by chunk.

A locked file (lock format 2, what this version writes) is::

    header = MAGIC (8 bytes) | version 2 (1 byte) | salt (16 bytes) | nonce prefix (7 bytes)
    chunk  = AES-256-GCM(key, nonce, up to 64 KiB of the zip, associated data = header)
             followed by its 16-byte tag; as many chunks as the zip needs

with ``key = scrypt(passphrase, salt, n=2**15, r=8, p=1, 32 bytes)`` and, for chunk number
``i`` (from 0), ``nonce = prefix (7) | i (4 bytes, big-endian) | 1 if it is the last chunk
else 0 (1 byte)``: the STREAM construction (Hoang, Reyhanitabar, Rogaway, Vizár 2015),
the one Tink's streaming AEAD and age also use. Every chunk but the last holds exactly
64 KiB; the last holds 1 to 64 KiB (none only when the zip is empty).

What this buys a teacher:

- A wrong passphrase is known from the first chunk, before one byte of the students'
  work is written anywhere; a 200 MB file is refused as fast as a small one.
- Every chunk is checked before its bytes are handed on, so nothing unchecked is ever
  written; a chunk changed, dropped, repeated or moved (its number is in its nonce), a
  file cut short (the last chunk carries its own flag) or added to, and a changed header
  (the associated data of every chunk) are all refused.
- The writer needs only the bytes of one chunk at a time, so a zip is locked as it is
  made (``LockingWriter``): the zip in the clear is never written to a disk.

Lock format 1 (the released version 0.1.0)::

    header  = MAGIC (8) | version 1 (1) | salt (16) | nonce (12)
    body    = AES-256-GCM(key, nonce, the whole zip, associated data = header)
    trailer = the 16-byte GCM tag

is still read: its one tag comes at the very end, so the whole file is first decrypted
and thrown away to check that tag (nothing is written), then decrypted again for real.

New files need a passphrase a teacher can remember but not a trivial one
(:func:`check_new_passphrase`); a file that exists is read with whatever passphrase it
was made with.
"""

from __future__ import annotations

import itertools
import os
import re
import unicodedata
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import IO, BinaryIO

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from cbe_desktop.core.phrases import QT_TRANSLATE_NOOP, Phrase
from cbe_desktop.sync.errors import BundleError, NewerFormatError, PassphraseError

MAGIC = b"CBESYNC\x00"
VERSION = 2  # what new files are written as
SALT_BYTES = 16
TAG_BYTES = 16
SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**15, 8, 1

# Lock format 2: chunked.
PREFIX_BYTES = 7
HEADER_BYTES = len(MAGIC) + 1 + SALT_BYTES + PREFIX_BYTES
CHUNK = 64 * 1024  # bytes of the zip in every chunk but the last
_SEALED = CHUNK + TAG_BYTES
_MAX_CHUNKS = 2**32

# Lock format 1: one GCM over the whole zip, its tag at the end.
V1 = 1
V1_NONCE_BYTES = 12
V1_HEADER_BYTES = len(MAGIC) + 1 + SALT_BYTES + V1_NONCE_BYTES
_V1_READ = 1 << 20

MIN_PASSPHRASE = 8

WRONG_PASSPHRASE = QT_TRANSLATE_NOOP(
    "Sync", "The passphrase is wrong, or the file was changed after it was made."
)()
NEEDS_PASSPHRASE = QT_TRANSLATE_NOOP(
    "Sync", "This sync file is locked with a passphrase; give the passphrase it was made with."
)()
CUT_SHORT = QT_TRANSLATE_NOOP(
    "Sync",
    "This locked sync file is incomplete (it was cut short); "
    "make the file again on the other laptop.",
)
DAMAGED = QT_TRANSLATE_NOOP(
    "Sync",
    "This locked sync file is damaged (part of it was changed or lost on the way); "
    "make the file again on the other laptop.",
)
#: The rule for the passphrase of a new file, said whenever one does not fit it.
PASSPHRASE_RULE = QT_TRANSLATE_NOOP(
    "Sync",
    "Choose a passphrase of at least 8 characters that you can remember, such as a few "
    "words; not one letter repeated, a run like 12345678 or qwerty, or the word password.",
)


# ----------------------------------------------------------------------------- passphrase rule

# Rows of the keyboards teachers type on (English, Spanish, French, German), and digits.
_KEYBOARD_ROWS = (
    "1234567890",
    "qwertyuiop",
    "asdfghjklñ",
    "asdfghjkl;",
    "zxcvbnm",
    "azertyuiop",
    "qsdfghjklm",
    "wxcvbn",
    "qwertzuiop",
    "yxcvbnm",
)
_COMMON = frozenset(
    {
        "password",
        "passw0rd",
        "passphrase",
        "contraseña",
        "contrasena",
        "contraseñas",
        "secret",
        "secreto",
        "clave",
        "letmein",
        "iloveyou",
        "teamo",
        "cbedesktop",
        "cbesync",
    }
)
_SEPARATORS = re.compile(r"[\s\-_.,;:!?¡¿'\"/\\]+")
_EDGE_DIGITS = re.compile(r"^[\d\W_]+|[\d\W_]+$")
_LONG = 64  # characters beyond which only "three different characters" is asked


def _steps_by_one(piece: str) -> bool:
    """``abcd``, ``4321``: each character one code point after (or before) the last."""
    steps = {ord(b) - ord(a) for a, b in itertools.pairwise(piece)}
    return steps <= {1} or steps <= {-1}


def _on_a_keyboard_row(piece: str) -> bool:
    return any(piece in row or piece in row[::-1] for row in _KEYBOARD_ROWS)


def _is_run(piece: str) -> bool:
    """One character repeated, letters or digits in order, or keys side by side."""
    return len(set(piece)) == 1 or _steps_by_one(piece) or _on_a_keyboard_row(piece)


def _fewest_runs(text: str) -> int:
    """How few runs (see ``_is_run``) ``text`` can be cut into."""
    best = [0] + [len(text)] * len(text)
    for end in range(1, len(text) + 1):
        for start in range(end):
            if best[start] + 1 < best[end] and _is_run(text[start:end]):
                best[end] = best[start] + 1
    return best[len(text)]


def _is_repeated_unit(text: str) -> bool:
    """``holahola``, ``abcabcab``: a short unit said again and again."""
    return any(
        (text[:size] * (len(text) // size + 1))[: len(text)] == text
        for size in range(1, len(text) // 2 + 1)
    )


def passphrase_problem(passphrase: str) -> Phrase | None:
    """The rule (a sentence) when ``passphrase`` is too weak for a new file, else None.

    At least 8 characters, and not obvious: one character repeated, a short unit said
    twice or more (``holahola``), at most a couple of runs of letters or digits in order
    or of keys side by side (``12345678``, ``abcd1234``, ``qwerty123``), or a word
    everyone tries first (``password``, ``Contraseña1``). Spaces count toward the length
    but not toward what makes it hard to guess.
    """
    text = unicodedata.normalize("NFC", passphrase)
    if len(text) < MIN_PASSPHRASE:
        return PASSPHRASE_RULE()
    folded = _SEPARATORS.sub("", text.casefold())
    if len(set(folded)) < 3:
        return PASSPHRASE_RULE()
    if len(folded) > _LONG:  # a long passphrase is not a run someone types by accident
        return None
    if (
        _is_repeated_unit(folded)
        or _fewest_runs(folded) <= max(2, len(folded) // 4)
        or folded in _COMMON
        or _EDGE_DIGITS.sub("", folded) in _COMMON
    ):
        return PASSPHRASE_RULE()
    return None


def check_new_passphrase(passphrase: str) -> None:
    """Refuse (BundleError, the rule in one sentence) a passphrase too weak for a new file."""
    problem = passphrase_problem(passphrase)
    if problem is not None:
        raise BundleError(problem)


# ----------------------------------------------------------------------------- keys


def _key(passphrase: str, salt: bytes) -> bytes:
    # NFC: the same passphrase typed on two systems (composed or decomposed accents) agrees.
    secret = unicodedata.normalize("NFC", passphrase).encode("utf-8")
    return Scrypt(salt=salt, length=32, n=SCRYPT_N, r=SCRYPT_R, p=SCRYPT_P).derive(secret)


def _nonce(prefix: bytes, counter: int, last: bool) -> bytes:
    return prefix + counter.to_bytes(4, "big") + (b"\x01" if last else b"\x00")


def is_locked(head: bytes) -> bool:
    """True when a file beginning with ``head`` is a passphrase-locked sync file."""
    return head.startswith(MAGIC)


# ----------------------------------------------------------------------------- writing


class LockingWriter:
    """A write-only stream that locks what is written to it into ``dest`` (lock format 2).

    Not seekable, on purpose: ``zipfile`` then writes a zip straight through it, and only
    one chunk of the zip is ever in memory and none of it on a disk. Call :meth:`finish`
    once everything is written (it seals the last chunk); a stream never finished is a
    file cut short, which every reader refuses.
    """

    def __init__(self, dest: BinaryIO, passphrase: str) -> None:
        if not passphrase:
            raise BundleError(PASSPHRASE_RULE())
        salt, prefix = os.urandom(SALT_BYTES), os.urandom(PREFIX_BYTES)
        self._header = MAGIC + bytes([VERSION]) + salt + prefix
        self._prefix = prefix
        self._aead = AESGCM(_key(passphrase, salt))
        self._dest = dest
        self._buffer = bytearray()
        self._counter = 0
        self._finished = False
        dest.write(self._header)

    def _seal(self, data: bytes | bytearray | memoryview, last: bool) -> None:
        if self._counter >= _MAX_CHUNKS:  # 256 TiB: never reached, but never a nonce twice
            raise ValueError("a locked file holds at most 2**32 chunks")
        nonce = _nonce(self._prefix, self._counter, last)
        self._dest.write(self._aead.encrypt(nonce, bytes(data), self._header))
        self._counter += 1

    def write(self, data: bytes | bytearray | memoryview) -> int:
        if self._finished:
            raise ValueError("write to a finished LockingWriter")
        view = memoryview(data).cast("B")
        total, at = len(view), 0
        while at < total:
            # A full chunk is sealed only once more bytes follow, so the last chunk is
            # empty only when nothing at all was written.
            if len(self._buffer) == CHUNK:
                self._seal(self._buffer, last=False)
                self._buffer.clear()
            if not self._buffer and total - at > CHUNK:
                self._seal(view[at : at + CHUNK], last=False)  # no copy through the buffer
                at += CHUNK
                continue
            take = min(CHUNK - len(self._buffer), total - at)
            self._buffer += view[at : at + take]
            at += take
        return total

    def flush(self) -> None:
        self._dest.flush()

    def finish(self) -> None:
        """Seal the last chunk (what is left, possibly nothing when nothing was written)."""
        if not self._finished:
            self._seal(self._buffer, last=True)
            self._buffer.clear()
            self._finished = True
            self._dest.flush()


def encrypt(source: BinaryIO, dest: BinaryIO, passphrase: str) -> None:
    """Write ``source`` (read to its end) to ``dest``, locked with ``passphrase``.

    The passphrase is not checked against the rule for new files: callers that make a
    file for a teacher check it first (``check_new_passphrase``).
    """
    writer = LockingWriter(dest, passphrase)
    while chunk := source.read(1 << 20):
        writer.write(chunk)
    writer.finish()


# ----------------------------------------------------------------------------- reading


def _read_exactly(fh: BinaryIO, size: int) -> bytes:
    parts = []
    while size > 0:
        part = fh.read(size)
        if not part:
            break
        parts.append(part)
        size -= len(part)
    return b"".join(parts)


def _newer(version: int) -> NewerFormatError:
    return NewerFormatError(
        QT_TRANSLATE_NOOP(
            "Sync",
            "This file was made by a newer version of cbe-desktop (lock format "
            "{version}); update the program on this laptop to read it.",
        )(version=str(version))
    )


def _chunks_v2(fh: BinaryIO, size: int, passphrase: str) -> Iterator[bytes]:
    """Check the header and the first chunk now; the iterator yields every chunk, checked."""
    header = _read_exactly(fh, HEADER_BYTES)
    body = size - HEADER_BYTES
    if len(header) < HEADER_BYTES or body < TAG_BYTES:
        raise BundleError(CUT_SHORT())
    count = -(-body // _SEALED)
    last_size = body - (count - 1) * _SEALED
    if last_size < TAG_BYTES:  # no chunk is shorter than its tag: the file was cut
        raise BundleError(CUT_SHORT())
    if count > _MAX_CHUNKS:
        raise BundleError(DAMAGED())
    prefix = header[-PREFIX_BYTES:]
    aead = AESGCM(_key(passphrase, header[len(MAGIC) + 1 : len(MAGIC) + 1 + SALT_BYTES]))

    def open_chunk(counter: int) -> bytes:
        last = counter == count - 1
        sealed = _read_exactly(fh, last_size if last else _SEALED)
        if len(sealed) != (last_size if last else _SEALED):  # the file shrank while read
            raise BundleError(CUT_SHORT())
        try:
            return aead.decrypt(_nonce(prefix, counter, last), sealed, header)
        except InvalidTag:
            pass
        if last and len(sealed) >= TAG_BYTES:
            # Sealed as "more follows": the file stops where it should not (cut short).
            try:
                aead.decrypt(_nonce(prefix, counter, False), sealed, header)
            except InvalidTag:
                pass
            else:
                raise BundleError(CUT_SHORT()) from None
        # The first chunk is where a wrong passphrase shows; after it, the key is right.
        if counter == 0:
            raise PassphraseError(WRONG_PASSPHRASE)
        raise BundleError(DAMAGED())

    first = open_chunk(0)

    def rest() -> Iterator[bytes]:
        yield first
        for counter in range(1, count):
            yield open_chunk(counter)

    return rest()


def _chunks_v1(fh: BinaryIO, size: int, passphrase: str) -> Iterator[bytes]:
    """Check the one tag of a lock format 1 file (decrypting into nothing) now; the
    iterator then decrypts it for real, and checks the tag again at its end."""
    header = _read_exactly(fh, V1_HEADER_BYTES)
    if len(header) < V1_HEADER_BYTES or size < V1_HEADER_BYTES + TAG_BYTES:
        raise BundleError(CUT_SHORT())
    salt = header[len(MAGIC) + 1 : len(MAGIC) + 1 + SALT_BYTES]
    nonce = header[len(MAGIC) + 1 + SALT_BYTES :]
    key = _key(passphrase, salt)
    fh.seek(size - TAG_BYTES)
    tag = _read_exactly(fh, TAG_BYTES)

    def decrypted() -> Iterator[bytes]:
        fh.seek(V1_HEADER_BYTES)
        decryptor = Cipher(algorithms.AES(key), modes.GCM(nonce, tag)).decryptor()
        decryptor.authenticate_additional_data(header)
        left = size - TAG_BYTES - V1_HEADER_BYTES
        while left > 0:
            chunk = fh.read(min(_V1_READ, left))
            if not chunk:  # the file shrank while being read
                raise BundleError(CUT_SHORT())
            left -= len(chunk)
            yield decryptor.update(chunk)
        try:
            yield decryptor.finalize()
        except InvalidTag:
            raise PassphraseError(WRONG_PASSPHRASE) from None

    for _ in decrypted():  # first pass: the tag is checked, nothing is kept
        pass
    return decrypted()


def unlock(fh: BinaryIO, passphrase: str | None) -> Iterator[bytes]:
    """The zip inside the locked file open in ``fh``, as checked pieces.

    Raises PassphraseError before returning when the passphrase is wrong (from the first
    chunk; for lock format 1, after reading the whole file once, keeping nothing). The
    iterator raises BundleError if the file turns out damaged further on; what it yielded
    until then is genuine, but the file as a whole is not to be used.
    """
    if not passphrase:
        raise PassphraseError(NEEDS_PASSPHRASE)
    size = os.fstat(fh.fileno()).st_size
    head = _read_exactly(fh, len(MAGIC) + 1)
    if len(head) < len(MAGIC) + 1 or not is_locked(head):
        raise BundleError(CUT_SHORT())
    version = head[len(MAGIC)]
    if version > VERSION:
        raise _newer(version)
    fh.seek(0)
    if version == VERSION:
        return _chunks_v2(fh, size, passphrase)
    if version == V1:
        return _chunks_v1(fh, size, passphrase)
    raise PassphraseError(WRONG_PASSPHRASE)


def decrypt(path: Path, passphrase: str | None, open_dest: Callable[[], IO[bytes]]) -> IO[bytes]:
    """Unlock the file at ``path`` into a destination made by ``open_dest``, and return it.

    ``open_dest`` is called only once the passphrase is known to be right, so a wrong one
    creates nothing. On any error the destination (if made) is closed before raising.
    """
    with open(path, "rb") as fh:
        pieces = unlock(fh, passphrase)
        dest = open_dest()
        try:
            for piece in pieces:
                dest.write(piece)
        except BaseException:
            dest.close()
            raise
    return dest
