"""From INPUT arguments to decoded documents, with failures as values, never exceptions.

An input is a file, a directory (its `*.txt` files, recursively, sorted) or `-` for
standard input. Each yields either a `Document` or an `InputError` naming the input, so
one bad file never stops a batch.
"""
from __future__ import annotations

import codecs
import os
import stat
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO, Iterable, Iterator

from .document import Document

DEFAULT_MAX_BYTES = 10 * 1024 * 1024  # news articles are far smaller; raise with --max-bytes
PREFERRED_LEGACY = "cp1252"


@dataclass(frozen=True, slots=True)
class InputError:
    """An input that could not be read or decoded; `message` is one line for stderr."""

    source: str
    message: str

    def __str__(self) -> str:
        return f"newscli: {self.source}: {self.message}"


class DecodeError(ValueError):
    """The bytes are not text newscli can read."""


_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)


def decode(data: bytes) -> str:
    """Decode bytes: a BOM decides, then strict UTF-8, then charset detection.

    The BOM itself is not part of the text (offsets count from the first character
    after it). Binary data (NUL bytes outside UTF-16/32) raises `DecodeError`.
    """
    return decode_with_notes(data)[0]


def decode_with_notes(data: bytes) -> tuple[str, tuple[str, ...]]:
    """`decode`, plus warnings a user should see (e.g. invalid bytes replaced)."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom):].decode(encoding), ()
            except UnicodeDecodeError as e:
                raise DecodeError(f"invalid {encoding} after its byte-order mark ({e.reason})") from None
    utf16 = _bomless_utf16(data)
    if utf16 is not None:
        return utf16, ()
    if b"\x00" in data:
        raise DecodeError("binary file (NUL bytes), not text")
    try:
        return data.decode("utf-8"), ()
    except UnicodeDecodeError:
        pass
    damaged = _damaged_utf8(data)
    if damaged is not None:
        return damaged
    return _detect(data), ()


def _damaged_utf8(data: bytes) -> tuple[str, tuple[str, ...]] | None:
    """UTF-8 with a few invalid bytes: keep it UTF-8, replace the bad bytes with U+FFFD.

    Valid multi-byte sequences are the evidence; without them a stray high byte more
    likely means a legacy code page, which detection handles.
    """
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd") - data.count(b"\xef\xbf\xbd")
    multibyte = sum(1 for c in text if ord(c) > 127) - bad
    if multibyte < 1 or bad > multibyte or bad > 3 + len(data) // 1000:
        return None
    return text, (f"invalid UTF-8: {bad} byte sequence(s) replaced with U+FFFD",)


def _bomless_utf16(data: bytes) -> str | None:
    """UTF-16 without a BOM: mostly-ASCII text has NUL in every other byte."""
    if len(data) < 4 or len(data) % 2:
        return None
    sample = data[:4096]
    even_nul = sample[0::2].count(0) / (len(sample) / 2)
    odd_nul = sample[1::2].count(0) / (len(sample) / 2)
    for encoding, nuls, other in (("utf-16-le", odd_nul, even_nul), ("utf-16-be", even_nul, odd_nul)):
        if nuls > 0.6 and other < 0.05:
            try:
                return data.decode(encoding)
            except UnicodeDecodeError:
                return None
    return None


def _detect(data: bytes) -> str:
    from charset_normalizer import from_bytes

    results = from_bytes(data[:1_000_000])
    best = results.best()
    if best is None:
        raise DecodeError("cannot detect the text encoding (binary or corrupt file)")
    encoding = best.encoding
    # Short texts fit several single-byte code pages equally well. newscli reads English
    # news, whose legacy encoding is overwhelmingly Windows-1252, so it wins any near-tie.
    if any(PREFERRED_LEGACY in m.could_be_from_charset and m.chaos <= best.chaos + 0.1
           for m in results):
        encoding = PREFERRED_LEGACY
    try:
        text = data.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        raise DecodeError(f"cannot decode as {encoding}") from None
    if _control_share(text) > 0.05:
        raise DecodeError("binary file, not text")
    return text


def _control_share(text: str) -> float:
    sample = text[:20000]
    if not sample:
        return 0.0
    bad = sum(1 for c in sample if ord(c) < 32 and c not in "\t\n\r\f\v")
    return bad / len(sample)


def read_source(source: str, stdin: BinaryIO | None = None, max_bytes: int = DEFAULT_MAX_BYTES,
                fix_mojibake: bool = False) -> Document | InputError:
    """Read and decode one file path or `-`; never raises for bad input."""
    try:
        if source == "-":
            stream = stdin if stdin is not None else sys.stdin.buffer
            data = stream.read(max_bytes + 1)
        else:
            path = Path(source)
            st = os.stat(path)
            if stat.S_ISDIR(st.st_mode):
                return InputError(source, "is a directory")
            if not stat.S_ISREG(st.st_mode):
                return InputError(source, "not a regular file")
            if st.st_size > max_bytes:
                return InputError(source, f"larger than --max-bytes ({max_bytes:,} bytes); "
                                          "raise --max-bytes to read it")
            with open(path, "rb") as f:
                data = f.read(max_bytes + 1)
    except FileNotFoundError:
        return InputError(source, "no such file")
    except PermissionError:
        return InputError(source, "permission denied")
    except OSError as e:
        return InputError(source, e.strerror or str(e))
    if len(data) > max_bytes:
        return InputError(source, f"larger than --max-bytes ({max_bytes:,} bytes); "
                                  "raise --max-bytes to read it")
    try:
        text, notes = decode_with_notes(data)
    except DecodeError as e:
        return InputError(source, str(e))
    text, more = _mojibake(text, fix_mojibake)
    return Document(source, text, notes + more)


def _mojibake(text: str, fix: bool) -> tuple[str, tuple[str, ...]]:
    """Notice (and with `fix`, repair through ftfy) UTF-8 that was decoded as cp1252 upstream."""
    from ftfy import fix_encoding
    from ftfy.badness import is_bad

    if not is_bad(text[:200_000]):
        return text, ()
    if not fix:
        return text, ("looks like mojibake (e.g. â€™ for ’); --fix-mojibake repairs it",)
    fixed = fix_encoding(text)
    if fixed == text:
        return text, ()
    return fixed, ("mojibake repaired with ftfy; offsets refer to the repaired text",)


def expand(inputs: Iterable[str]) -> Iterator[str | InputError]:
    """Input arguments to sources: files as given, directories to their sorted `*.txt`."""
    for arg in inputs:
        if arg != "-" and os.path.isdir(arg):
            try:
                found = sorted(_walk_txt(arg))
            except OSError as e:
                yield InputError(arg, e.strerror or str(e))
                continue
            if not found:
                yield InputError(arg, "directory has no *.txt files")
            yield from found
        else:
            yield arg


def _walk_txt(root: str) -> Iterator[str]:
    """`*.txt` files under `root`, following no symlinked directories (no loops)."""
    for dirpath, dirnames, filenames in os.walk(root, followlinks=False):
        dirnames.sort()
        for name in filenames:
            if name.endswith(".txt"):
                full = os.path.join(dirpath, name)
                rel = os.path.relpath(full, root)
                yield os.path.join(root, rel)


def documents(inputs: Iterable[str], stdin: BinaryIO | None = None,
              max_bytes: int = DEFAULT_MAX_BYTES,
              fix_mojibake: bool = False) -> Iterator[Document | InputError]:
    """Every input argument, expanded and read, in order."""
    for source in expand(inputs):
        if isinstance(source, InputError):
            yield source
        else:
            yield read_source(source, stdin, max_bytes, fix_mojibake)
