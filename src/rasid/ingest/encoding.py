"""Decoding bytes whose encoding nobody declared: BOMs, UTF-16 without one, UTF-8, Windows-1256.

Arabic pages still come in Windows-1256 (and sometimes ISO-8859-6); a page whose bytes are not valid
UTF-8 is tried in those, and the decoding that yields the most Arabic letters wins. charset-normalizer is
the last resort for anything else. Binary input (NUL bytes outside UTF-16) is refused.
"""
from __future__ import annotations

import codecs
import re

from charset_normalizer import from_bytes

from ..text.normalize import arabic_ratio

ARABIC_LEGACY = ("cp1256", "iso-8859-6")
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9_\-]+)""", re.IGNORECASE)
MIN_TEXT_SHARE = 0.85  # printable share below which decoded bytes are taken for binary
#: UTF-8 (or UTF-16) with a few broken bytes (a truncated scrape, one bad copy-paste) is still UTF-8: decoded as
#: Windows-1256 it would read as all-Arabic mojibake (`ظ‚ط§ظ„`) and win the legacy contest. Real
#: Windows-1256 text decoded as UTF-8 is nearly all replacement characters.
MAX_BROKEN_UTF8_SHARE = 0.02
MIN_SPACE_SHARE = 0.03  # Arabic news has a space every 5-6 characters (~17 %); long text under 3 % is not prose
MIN_SPACED_LENGTH = 200  # a headline or a word may have none


MAX_STRAY_NULS = 8  # more NULs than this (or than one byte in a thousand) outside UTF-16 is binary


class BinaryInputError(ValueError):
    """The bytes are not text in any encoding rasid reads."""


def decode(data: bytes) -> tuple[str, str]:
    """Return `(text, encoding)` for `data`; raise `BinaryInputError` when it is not text."""
    for bom, name in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            return _checked(*_decode_tolerant(data, name))
    utf16 = _utf16_without_bom(data)
    if utf16:
        return _checked(*_decode_tolerant(data, utf16))
    if b"\x00" in data:
        if data.count(0) > max(MAX_STRAY_NULS, len(data) // 1000):
            raise BinaryInputError("binary data (NUL bytes), not text")
        data = data.replace(b"\x00", b"")  # a few stray NULs in a text (a broken export): dropped
    try:
        return _checked(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    mostly_utf8 = _mostly_utf8(data)
    text, name = _checked(*(mostly_utf8 or _decode_legacy(data)))
    if not _spaced(text):
        raise BinaryInputError(f"decoded as {name} but has almost no spaces: binary, not text")
    return text, name


def _decode_tolerant(data: bytes, name: str) -> tuple[str, str]:
    """Decode in an encoding the bytes announce (a BOM, UTF-16's NUL pattern), replacing a few broken
    sequences (an odd final byte, a lone surrogate); refuse bytes that are mostly broken."""
    try:
        return data.decode(name), name
    except UnicodeDecodeError:
        text = data.decode(name, errors="replace")
    broken = text.count("\ufffd")
    if broken > MAX_BROKEN_UTF8_SHARE * len(text):
        raise BinaryInputError(f"bytes look like {name} but {broken} of {len(text)} characters do not decode")
    return text, f"{name} ({broken} invalid byte sequence(s) replaced)"


def _mostly_utf8(data: bytes) -> tuple[str, str] | None:
    """UTF-8 with its few invalid bytes replaced by U+FFFD, when nearly all of it is valid UTF-8."""
    text = data.decode("utf-8", errors="replace")
    broken = text.count("\ufffd")
    non_ascii = sum(1 for ch in text if ord(ch) > 127)
    if non_ascii and broken <= MAX_BROKEN_UTF8_SHARE * non_ascii:
        return text, f"utf-8 ({broken} invalid byte sequence(s) replaced)"
    return None


def _utf16_without_bom(data: bytes) -> str | None:
    sample = data[:2000]
    if len(sample) < 4:
        return None
    even_nul = sample[0::2].count(0) / len(sample[0::2])
    odd_nul = sample[1::2].count(0) / len(sample[1::2])
    # Latin text in UTF-16 has NUL in every other byte; Arabic (U+06xx) has 0x06 there instead
    even_six = sample[0::2].count(6) / len(sample[0::2])
    odd_six = sample[1::2].count(6) / len(sample[1::2])
    if odd_nul > 0.3 or odd_six > 0.3:
        return "utf-16-le"
    if even_nul > 0.3 or even_six > 0.3:
        return "utf-16-be"
    return None


def _decode_legacy(data: bytes) -> tuple[str, str]:
    declared = _META_CHARSET.search(data[:4096])
    candidates = [declared.group(1).decode("ascii").lower()] if declared else []
    candidates += list(ARABIC_LEGACY)
    best: tuple[float, str, str] | None = None
    for name in candidates:
        try:
            text = data.decode(name)
        except (UnicodeDecodeError, LookupError):
            continue
        score = arabic_ratio(text)
        if best is None or score > best[0]:
            best = (score, text, name)
    if best and best[0] > 0.5:
        return best[1], best[2]
    guess = from_bytes(data).best()
    if guess is None:
        raise BinaryInputError("bytes are not text in any known encoding")
    return str(guess), guess.encoding


def _spaced(text: str) -> bool:
    """True unless a long text has almost no spaces: bytes 0x80-0xFF read as Windows-1256 are all letters,
    so a binary without control bytes would pass for Arabic; prose in any script with spaces does not."""
    head = text[:CHECKED_CHARS]
    return len(head) < MIN_SPACED_LENGTH or sum(map(str.isspace, head)) >= MIN_SPACE_SHARE * len(head)


#: C0/C1 controls other than line ends and tabs, surrogates, private use, and U+FFFD
_NOT_TEXT = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f\ud800-\udfff\ue000-\uf8ff\ufffd]")
CHECKED_CHARS = 20000  # the share of control characters is judged on the head of the text


def _checked(text: str, name: str) -> tuple[str, str]:
    head = text[:CHECKED_CHARS]
    if head and 1 - len(_NOT_TEXT.findall(head)) / len(head) < MIN_TEXT_SHARE:
        raise BinaryInputError(f"decoded as {name} but mostly control characters: binary, not text")
    return text, name
