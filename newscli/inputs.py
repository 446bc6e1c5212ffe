"""From INPUT arguments to decoded documents, with failures as values, never exceptions.

An input is a file, a directory (its `*.txt` and `*.txt.gz` files, recursively, sorted)
or `-` for standard input. A JSON Lines corpus (a `*.jsonl` / `*.ndjson` file, or any
input when `ReadOptions.jsonl_field` is set) yields one document per record, its source
the record's id or `file:line`. Gzip-compressed input is recognised by its magic bytes
and decompressed on the fly.

Everything streams: documents are produced one at a time, so memory stays flat however
large the corpus. Each item is either a `Document` or an `InputError` naming the input
(or the record), so one bad file or line never stops a batch.
"""
from __future__ import annotations

import codecs
import functools
import gzip
import io
import json
import os
import re
import stat
import sys
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO, Iterable, Iterator

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


@dataclass(frozen=True, slots=True)
class ReadOptions:
    """How inputs are read: size limit and, for JSON Lines corpora, which fields to use.

    `jsonl_field=None` reads `*.jsonl` / `*.ndjson` files (gzipped or not) as corpora with
    the text in `text`, everything else as plain text; setting it reads every input,
    standard input included, as JSON Lines with the text in that field.
    """

    max_bytes: int = DEFAULT_MAX_BYTES
    jsonl_field: str | None = None
    id_field: str = "id"
    site_field: str = "site"
    fix_mojibake: bool = False
    # False leaves the (costly) mojibake check to the caller, e.g. to worker processes
    # through `mojibake()`, so that reading stays cheap in the process that reads.
    check_mojibake: bool = True

    @property
    def text_field(self) -> str:
        return self.jsonl_field or "text"

    def is_jsonl(self, source: str) -> bool:
        if self.jsonl_field is not None:
            return True
        name = source.lower()
        if name.endswith(".gz"):
            name = name[:-3]
        return name.endswith(_JSONL_SUFFIXES)


_JSONL_SUFFIXES = (".jsonl", ".ndjson")
_GZIP_MAGIC = b"\x1f\x8b"


def _too_large(max_bytes: int) -> str:
    return f"larger than --max-bytes ({max_bytes:,} bytes); raise --max-bytes to read it"


def _buffered(stream: BinaryIO) -> BinaryIO:
    """A stream that can `peek`, so gzip can be recognised without consuming bytes."""
    return stream if hasattr(stream, "peek") else io.BufferedReader(stream)  # type: ignore[arg-type]


def _maybe_gunzip(stream: BinaryIO) -> BinaryIO:
    """The stream itself, or its decompressed content when it starts with gzip's magic."""
    stream = _buffered(stream)
    if stream.peek(2)[:2] == _GZIP_MAGIC:
        return gzip.GzipFile(fileobj=stream, mode="rb")  # type: ignore[return-value]
    return stream


def _open_binary(source: str, stdin: BinaryIO | None) -> BinaryIO:
    """Open a file path or `-`; raises OSError (or ValueError for non-files) on failure."""
    if source == "-":
        return stdin if stdin is not None else sys.stdin.buffer
    st = os.stat(source)
    if stat.S_ISDIR(st.st_mode):
        raise IsADirectoryError(0, "is a directory")
    if not stat.S_ISREG(st.st_mode):
        raise ValueError("not a regular file")
    return open(source, "rb")


def _os_message(e: OSError) -> str:
    if isinstance(e, FileNotFoundError):
        return "no such file"
    if isinstance(e, PermissionError):
        return "permission denied"
    if isinstance(e, IsADirectoryError):
        return "is a directory"
    return e.strerror or str(e)


def read_source(source: str, stdin: BinaryIO | None = None, max_bytes: int = DEFAULT_MAX_BYTES,
                fix_mojibake: bool = False, check_mojibake: bool = True) -> Document | InputError:
    """Read and decode one file path or `-` (gzipped or not); never raises for bad input."""
    try:
        stream = _open_binary(source, stdin)
    except OSError as e:
        return InputError(source, _os_message(e))
    except ValueError as e:
        return InputError(source, str(e))
    try:
        if source != "-" and os.fstat(stream.fileno()).st_size > max_bytes and not _is_gzip_file(stream):
            return InputError(source, _too_large(max_bytes))
        data = _maybe_gunzip(stream).read(max_bytes + 1)
    except (OSError, EOFError, zlib.error) as e:
        return InputError(source, _read_error(e))
    finally:
        if source != "-":
            stream.close()
    if len(data) > max_bytes:
        return InputError(source, _too_large(max_bytes))
    try:
        text, notes = decode_with_notes(data)
    except DecodeError as e:
        return InputError(source, str(e))
    doc = Document(source, text, notes)
    return mojibake(doc, fix_mojibake) if check_mojibake else doc


def mojibake(doc: Document, fix: bool = False) -> Document:
    """`doc` with a note when it looks like mojibake, repaired when `fix` (see `_mojibake`)."""
    text, notes = _mojibake(doc.text, fix)
    if not notes:
        return doc
    return Document(doc.source, text, doc.notes + notes, site=doc.site)


def _mojibake(text: str, fix: bool) -> tuple[str, tuple[str, ...]]:
    """Notice (and with `fix`, repair through ftfy) UTF-8 that was decoded as cp1252 upstream."""
    if not looks_bad(text[:200_000]):
        return text, ()
    if not fix:
        return text, ("looks like mojibake (e.g. â€™ for ’); --fix-mojibake repairs it",)
    from ftfy import fix_encoding

    fixed = fix_encoding(text)
    if fixed == text:
        return text, ()
    return fixed, ("mojibake repaired with ftfy; offsets refer to the repaired text",)


def _is_gzip_file(stream: BinaryIO) -> bool:
    return _buffered(stream).peek(2)[:2] == _GZIP_MAGIC


def _read_error(e: Exception) -> str:
    if isinstance(e, (gzip.BadGzipFile, EOFError, zlib.error)):
        return f"corrupt gzip data ({e})" if str(e) else "corrupt gzip data"
    if isinstance(e, OSError):
        return _os_message(e)
    return str(e)


def read_jsonl(source: str, stdin: BinaryIO | None = None,
               options: ReadOptions = ReadOptions()) -> Iterator[Document | InputError]:
    """Stream the records of one JSON Lines corpus (gzipped or not), one document each.

    A record's source is its id field when it has one, else `source:line`; its site
    field, when a string, is kept on the document. A line that is not a JSON object
    with a string text field becomes an `InputError` naming `source:line`; blank lines
    are skipped.
    """
    try:
        raw = _open_binary(source, stdin)
    except OSError as e:
        yield InputError(source, _os_message(e))
        return
    except ValueError as e:
        yield InputError(source, str(e))
        return
    try:
        stream = _maybe_gunzip(raw)
        number = 0
        while True:
            try:
                line = stream.readline(options.max_bytes + 1)
            except (OSError, EOFError, zlib.error) as e:
                yield InputError(f"{source}:{number + 1}" if number else source, _read_error(e))
                return
            if not line:
                return
            number += 1
            if len(line) > options.max_bytes and not line.endswith(b"\n"):
                _skip_line(stream)
                yield InputError(f"{source}:{number}", "record " + _too_large(options.max_bytes))
                continue
            if line.strip():
                yield _record(source, number, line, options)
    finally:
        if source != "-":
            raw.close()


def _skip_line(stream: BinaryIO, chunk: int = 1 << 16) -> None:
    """Read past the rest of an over-long line without holding it in memory."""
    while True:
        part = stream.readline(chunk)
        if not part or part.endswith(b"\n"):
            return


def _record(source: str, number: int, line: bytes, options: ReadOptions) -> Document | InputError:
    where = f"{source}:{number}"
    try:
        record = json.loads(line)
    except ValueError as e:  # JSONDecodeError and UnicodeDecodeError
        reason = e.msg if isinstance(e, json.JSONDecodeError) else "not UTF-8"
        return InputError(where, f"not valid JSON ({reason})")
    if not isinstance(record, dict):
        return InputError(where, f"not a JSON object but {type(record).__name__}")
    ident = record.get(options.id_field)
    name = where if ident is None or isinstance(ident, (dict, list)) or ident == "" else str(ident)
    field = options.text_field
    if field not in record:
        return InputError(name, f"record has no {field!r} field (choose one with --jsonl-field)")
    text = record[field]
    if not isinstance(text, str):
        return InputError(name, f"field {field!r} is {type(text).__name__}, not a string")
    site = record.get(options.site_field)
    doc = Document(name, text, site=site if isinstance(site, str) and site else None)
    return mojibake(doc, options.fix_mojibake) if options.check_mojibake else doc


_REACH = 10  # longer than any sequence ftfy's badness pattern matches (7 characters)

# Documents in 1,000 of the 2,803-article news corpus that hold each character: the
# mojibake check's trigger set avoids these where ftfy's pattern lets it (any choice is
# correct; this one only makes the check fast on English news). Others count as rare.
_COMMON_IN_NEWS = {"’": 477, "”": 438, "“": 437, "—": 309, "–": 132, "‘": 92, "…": 75,
                   "ñ": 58, "®": 26, "é": 18, "™": 11, "×": 11, "•": 10, "£": 8, "©": 6}


def looks_bad(text: str) -> bool:
    """`ftfy.badness.is_bad(text)`, searching only around the characters it needs.

    Every match of ftfy's pattern holds a character of a small trigger set (see
    `_badness_triggers`) and is at most 7 characters long, so only windows around
    trigger characters can match; searching those (with pos/endpos, so `^` keeps its
    meaning) gives the same answer, far faster on English news, where most documents
    hold no trigger character at all. Tests check the two agree.
    """
    if text.isascii():
        return False
    from ftfy.badness import BADNESS_RE

    triggers = _badness_triggers()
    if triggers is None:  # a pattern the trigger set cannot be derived from: search it all
        return BADNESS_RE.search(text) is not None
    search, lo, hi = BADNESS_RE.search, -1, -1
    for m in triggers.finditer(text):
        i = m.start()
        if i - _REACH > hi:  # a gap: search the window gathered so far
            if hi >= 0 and search(text, lo, hi):
                return True
            lo = max(0, i - _REACH)
        hi = min(len(text), i + _REACH + 1)
    return hi >= 0 and search(text, lo, hi) is not None


@functools.lru_cache(maxsize=None)
def _badness_triggers() -> re.Pattern | None:
    """A character class that every match of ftfy's badness pattern takes a character from.

    Derived from the parsed pattern: each alternative is a sequence, and every match of a
    sequence consumes one character of each of its plain items (a character, a class
    without negation or categories, a group or repeat that must match once), so any one
    such item's characters will do; the cheapest is taken, by `_COMMON_IN_NEWS`. None
    when that does not hold (an alternative with no such item, ASCII in the set, matches
    longer than `_REACH`, case-insensitive matching, lookarounds or other `(?...)`
    groups), which means: search everything.
    """
    from ftfy.badness import BADNESS_RE

    if BADNESS_RE.flags & re.IGNORECASE or "(?" in BADNESS_RE.pattern:
        return None
    try:
        from re import _parser as parser  # Python 3.11+
    except ImportError:  # pragma: no cover - Python 3.10
        import sre_parse as parser  # type: ignore[no-redef]
    try:
        parsed = parser.parse(BADNESS_RE.pattern, BADNESS_RE.flags)
        chars = _needed_chars(parsed, parser)
        too_long = parsed.getwidth()[1] >= _REACH - 2
    except Exception:  # an ftfy or Python whose pattern or parser we do not know
        return None
    if chars is None or too_long or not chars or any(c.isascii() for c in chars):
        return None
    return re.compile("[" + "".join(re.escape(c) for c in sorted(chars)) + "]")


def _needed_chars(items: Any, parser: Any) -> frozenset[str] | None:
    """Characters every match of the parsed sequence `items` consumes one of, or None."""
    best: frozenset[str] | None = None
    for op, av in items:
        chars = None
        if op is parser.LITERAL:
            chars = frozenset(chr(av))
        elif op is parser.IN:
            chars = _class_chars(av, parser)
        elif op is parser.BRANCH:
            parts = [_needed_chars(branch, parser) for branch in av[1]]
            chars = None if None in parts else frozenset().union(*parts)
        elif op is parser.SUBPATTERN:
            chars = _needed_chars(av[-1], parser)
        elif op in (parser.MAX_REPEAT, parser.MIN_REPEAT) and av[0] >= 1:
            chars = _needed_chars(av[2], parser)
        if chars is not None and (best is None or _cost(chars) < _cost(best)):
            best = chars
    return best


def _class_chars(members: Any, parser: Any) -> frozenset[str] | None:
    """The characters of a parsed character class; None for negated or category classes."""
    chars: set[str] = set()
    for op, av in members:
        if op is parser.LITERAL:
            chars.add(chr(av))
        elif op is parser.RANGE:
            chars.update(map(chr, range(av[0], av[1] + 1)))
        else:
            return None
    return frozenset(chars)


def _cost(chars: frozenset[str]) -> float:
    """How often a document holds one of `chars` (ASCII: always), roughly."""
    return sum(1000 if c.isascii() else _COMMON_IN_NEWS.get(c, 0.1) for c in chars)


def expand(inputs: Iterable[str], options: ReadOptions = ReadOptions()) -> Iterator[str | InputError]:
    """Input arguments to sources: files as given, directories to their sorted text files.

    A directory gives its `*.txt` and `*.txt.gz` files, and its JSON Lines files too when
    every input is read as JSON Lines.
    """
    suffixes = (".txt", ".txt.gz")
    if options.jsonl_field is not None:
        suffixes += tuple(s + gz for s in _JSONL_SUFFIXES for gz in ("", ".gz"))
    for arg in inputs:
        if arg != "-" and os.path.isdir(arg):
            try:
                found = sorted(_walk(arg, suffixes))
            except OSError as e:
                yield InputError(arg, e.strerror or str(e))
                continue
            if not found:
                kinds = "*.txt or *.jsonl" if options.jsonl_field is not None else "*.txt"
                yield InputError(arg, f"directory has no {kinds} files")
            yield from found
        else:
            yield arg


def _walk(root: str, suffixes: tuple[str, ...]) -> Iterator[str]:
    """Files under `root` ending in `suffixes`, following no symlinked directories (no loops)."""
    for dirpath, dirnames, filenames in os.walk(root, followlinks=False):
        dirnames.sort()
        for name in filenames:
            if name.endswith(suffixes):
                full = os.path.join(dirpath, name)
                rel = os.path.relpath(full, root)
                yield os.path.join(root, rel)


def documents(inputs: Iterable[str], stdin: BinaryIO | None = None,
              max_bytes: int = DEFAULT_MAX_BYTES, fix_mojibake: bool = False,
              options: ReadOptions | None = None) -> Iterator[Document | InputError]:
    """Every input argument, expanded and read, in order, one document at a time."""
    if options is None:
        options = ReadOptions(max_bytes=max_bytes, fix_mojibake=fix_mojibake)
    for source in expand(inputs, options):
        if isinstance(source, InputError):
            yield source
        elif options.is_jsonl(source):
            yield from read_jsonl(source, stdin, options)
        else:
            yield read_source(source, stdin, options.max_bytes, options.fix_mojibake,
                              options.check_mojibake)
