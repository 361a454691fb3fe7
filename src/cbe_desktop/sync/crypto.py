"""The optional passphrase around a sync file: scrypt and AES-256-GCM, the whole zip at once.

A locked file is::

    header  = MAGIC (8 bytes) | version (1 byte) | salt (16 bytes) | nonce (12 bytes)
    body    = AES-256-GCM(key, nonce, zip bytes, associated data = header)
    trailer = the 16-byte GCM tag

with ``key = scrypt(passphrase, salt, n=2**15, r=8, p=1, 32 bytes)``. The header is
authenticated, so changing any byte of the file (header, body or tag) makes it unreadable
rather than readable-but-wrong. Encryption and decryption stream in chunks: a file far
larger than memory never has to be held whole. Decrypted bytes are written to a file the
caller provides and may only be trusted after :func:`decrypt` returns (the tag is checked
at the end).
"""

from __future__ import annotations

import os
import unicodedata
from pathlib import Path
from typing import BinaryIO

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from cbe_desktop.core.phrases import QT_TRANSLATE_NOOP
from cbe_desktop.sync.errors import BundleError, NewerFormatError, PassphraseError

MAGIC = b"CBESYNC\x00"
VERSION = 1
SALT_BYTES = 16
NONCE_BYTES = 12
TAG_BYTES = 16
HEADER_BYTES = len(MAGIC) + 1 + SALT_BYTES + NONCE_BYTES
SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**15, 8, 1
CHUNK = 1 << 20

WRONG_PASSPHRASE = QT_TRANSLATE_NOOP(
    "Sync", "The passphrase is wrong, or the file was changed after it was made."
)()
NEEDS_PASSPHRASE = QT_TRANSLATE_NOOP(
    "Sync", "This sync file is locked with a passphrase; give the passphrase it was made with."
)()


def _key(passphrase: str, salt: bytes) -> bytes:
    # NFC: the same passphrase typed on two systems (composed or decomposed accents) agrees.
    secret = unicodedata.normalize("NFC", passphrase).encode("utf-8")
    return Scrypt(salt=salt, length=32, n=SCRYPT_N, r=SCRYPT_R, p=SCRYPT_P).derive(secret)


def is_locked(head: bytes) -> bool:
    """True when a file beginning with ``head`` is a passphrase-locked sync file."""
    return head.startswith(MAGIC)


def encrypt(source: BinaryIO, dest: BinaryIO, passphrase: str) -> None:
    """Write ``source`` (read to its end) to ``dest``, locked with ``passphrase``."""
    if not passphrase:
        raise BundleError(
            QT_TRANSLATE_NOOP(
                "Sync", "A passphrase cannot be empty; choose one, or send the file unlocked."
            )()
        )
    salt, nonce = os.urandom(SALT_BYTES), os.urandom(NONCE_BYTES)
    header = MAGIC + bytes([VERSION]) + salt + nonce
    encryptor = Cipher(algorithms.AES(_key(passphrase, salt)), modes.GCM(nonce)).encryptor()
    encryptor.authenticate_additional_data(header)
    dest.write(header)
    while chunk := source.read(CHUNK):
        dest.write(encryptor.update(chunk))
    dest.write(encryptor.finalize())
    dest.write(encryptor.tag)


def decrypt(path: Path, passphrase: str | None, dest: BinaryIO) -> None:
    """Unlock the file at ``path`` into ``dest``; raises PassphraseError when it cannot.

    What reaches ``dest`` is only trustworthy once this returns without an error.
    """
    if not passphrase:
        raise PassphraseError(NEEDS_PASSPHRASE)
    with open(path, "rb") as fh:
        size = os.fstat(fh.fileno()).st_size
        header = fh.read(HEADER_BYTES)
        if len(header) < HEADER_BYTES or size < HEADER_BYTES + TAG_BYTES:
            raise BundleError(
                QT_TRANSLATE_NOOP(
                    "Sync",
                    "This locked sync file is incomplete (it was cut short); "
                    "make the file again on the other laptop.",
                )()
            )
        version = header[len(MAGIC)]
        if version > VERSION:
            raise NewerFormatError(
                QT_TRANSLATE_NOOP(
                    "Sync",
                    "This file was made by a newer version of cbe-desktop (lock format "
                    "{version}); update the program on this laptop to read it.",
                )(version=str(version))
            )
        if version != VERSION:
            raise PassphraseError(WRONG_PASSPHRASE)
        salt = header[len(MAGIC) + 1 : len(MAGIC) + 1 + SALT_BYTES]
        nonce = header[len(MAGIC) + 1 + SALT_BYTES :]
        fh.seek(size - TAG_BYTES)
        tag = fh.read(TAG_BYTES)
        fh.seek(HEADER_BYTES)
        decryptor = Cipher(
            algorithms.AES(_key(passphrase, salt)), modes.GCM(nonce, tag)
        ).decryptor()
        decryptor.authenticate_additional_data(header)
        left = size - TAG_BYTES - HEADER_BYTES
        while left > 0:
            chunk = fh.read(min(CHUNK, left))
            if not chunk:  # the file shrank while being read
                raise PassphraseError(WRONG_PASSPHRASE)
            left -= len(chunk)
            dest.write(decryptor.update(chunk))
        try:
            dest.write(decryptor.finalize())
        except InvalidTag:
            raise PassphraseError(WRONG_PASSPHRASE) from None
