"""Finding and reading inputs: files, directories (recursive), JSON Lines and JSON records, and stdin.

`iter_inputs` streams: a directory is walked lazily and a JSON Lines file is read one line at a time, so
an archive is never held in memory. Every problem is yielded as an `IngestError` value naming the file
(and line) and the reason, and reading goes on with the next input.
"""
from __future__ import annotations

import codecs
import hashlib
import json
import re
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO

from ..errors import IngestError, SkippedInput
from .encoding import BinaryInputError, decode
from .metadata import is_date_value

TEXT_SUFFIXES = {".txt", ".text", ".md"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
RECORD_SUFFIXES = {".jsonl", ".ndjson", ".json"}
SUPPORTED = TEXT_SUFFIXES | HTML_SUFFIXES | RECORD_SUFFIXES
MAX_DOCUMENT_BYTES = 5 * 1024 * 1024  # one article; the longest in SaudiNewsNet is ~0.1 MB
RECORD_FIELDS = ("text", "html", "url", "title", "published", "outlet")


@dataclass(frozen=True, slots=True)
class RawInput:
    """One article as read: decoded text or HTML, plus the fields a record gave."""

    source: str
    content: str
    kind: str  # "text" or "html"
    doc_id: str
    fields: dict[str, Any] = field(default_factory=dict)
    encoding: str = "utf-8"


def content_id(data: bytes) -> str:
    """A stable id derived from the input's bytes."""
    return hashlib.sha256(data).hexdigest()[:16]


def iter_inputs(paths: Iterable[str | Path], stdin: BinaryIO | None = None) -> Iterator[RawInput | IngestError]:
    """Yield every article found under `paths` (`-` reads stdin), or an error for what cannot be read."""
    for path in paths:
        if str(path) == "-":
            yield from _read_stream("<stdin>", (stdin or sys.stdin.buffer).read())
            continue
        path = Path(path)
        if path.is_dir():
            yield from _read_directory(path)
        elif path.exists():
            yield from _read_file(path)
        else:
            yield IngestError(str(path), "no such file or directory")


def _read_directory(root: Path) -> Iterator[RawInput | IngestError]:
    for path in sorted(p for p in root.rglob("*") if p.is_file()):
        if path.suffix.lower() in SUPPORTED:
            yield from _read_file(path)


def _read_file(path: Path) -> Iterator[RawInput | IngestError]:
    source = str(path)
    suffix = path.suffix.lower()
    if suffix in {".jsonl", ".ndjson"}:
        yield from _read_jsonl(path)
        return
    try:
        size = path.stat().st_size
        if size > MAX_DOCUMENT_BYTES and suffix != ".json":
            yield IngestError(source, f"file is {size / 1e6:.1f} MB; one article is at most {MAX_DOCUMENT_BYTES / 1e6:.0f} MB "
                                      "(split an archive into JSON Lines, one article a line)")
            return
        data = path.read_bytes()
    except OSError as exc:
        yield IngestError(source, f"cannot read: {exc.strerror or exc}")
        return
    if suffix == ".json":
        yield from _read_json(source, data)
    else:
        kind = "html" if suffix in HTML_SUFFIXES else ("text" if suffix in TEXT_SUFFIXES else None)
        yield from _read_blob(source, data, kind)


def _read_stream(source: str, data: bytes) -> Iterator[RawInput | IngestError]:
    """JSON Lines, a JSON array, HTML or text, told apart by the first character (decoded once: UTF-16 too)."""
    if not _is_utf16(data[:4]) and data.lstrip()[:1] not in (b"{", b"["):
        yield from _read_blob(source, data, None)
        return
    try:
        text, _ = decode(data)
    except BinaryInputError as exc:
        yield IngestError(source, str(exc))
        return
    head = text.lstrip()[:1]
    if head == "[":
        yield from _read_json(source, text.encode("utf-8"))
    elif head == "{":
        for number, line in enumerate(text.splitlines(), start=1):
            yield from _parse_record_line(source, number, line)
    else:
        yield from _read_blob(source, data, None)


def _read_blob(source: str, data: bytes, kind: str | None) -> Iterator[RawInput | IngestError]:
    if not data.strip():
        yield IngestError(source, "empty file")
        return
    if len(data) > MAX_DOCUMENT_BYTES:
        yield IngestError(source, f"input is {len(data) / 1e6:.1f} MB; one article is at most {MAX_DOCUMENT_BYTES / 1e6:.0f} MB")
        return
    try:
        text, encoding = decode(data)
    except BinaryInputError as exc:
        yield IngestError(source, str(exc))
        return
    kind = kind or sniff_kind(text)
    yield RawInput(source, text, kind, content_id(data), {}, encoding)


def sniff_kind(text: str) -> str:
    """`html` when the text looks like markup, else `text`."""
    head = text.lstrip()[:1000].lower()
    return "html" if head.startswith(("<!doctype html", "<html", "<?xml")) or "<body" in head else "text"


def _read_jsonl(path: Path) -> Iterator[RawInput | IngestError]:
    source = str(path)
    try:
        with path.open("rb") as handle:
            if _is_utf16(handle.read(4)):  # UTF-16 JSON Lines: read whole (their lines are not byte lines)
                yield from _read_stream(source, path.read_bytes())
                return
            handle.seek(0)
            for number, raw in enumerate(handle, start=1):
                try:
                    line = _decode_record_line(raw)
                except BinaryInputError as exc:
                    yield IngestError(source, str(exc), line=number)
                    continue
                yield from _parse_record_line(source, number, line)
    except OSError as exc:
        yield IngestError(source, f"cannot read: {exc.strerror or exc}")


def _is_utf16(head: bytes) -> bool:
    """A UTF-16 BOM, or the NUL of UTF-16 in the first character (`{` is `{\\0` or `\\0{`)."""
    return head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)) or (len(head) >= 2 and 0 in head[:2])


def _decode_record_line(raw: bytes) -> str:
    """JSON Lines are UTF-8 (RFC 8259); only a line that is not goes through encoding detection."""
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return decode(raw)[0]


def _parse_record_line(source: str, number: int, line: str) -> Iterator[RawInput | IngestError]:
    if not line.strip():
        return
    try:
        record = json.loads(line)
    except json.JSONDecodeError as exc:
        yield IngestError(source, f"not JSON ({exc.msg} at column {exc.colno})", line=number)
        return
    except RecursionError:
        yield IngestError(source, "JSON nested too deeply to be an article record", line=number)
        return
    yield record_input(source, record, line=number)


def _read_json(source: str, data: bytes) -> Iterator[RawInput | IngestError]:
    try:
        text, _ = decode(data)
        loaded = json.loads(text)
    except (BinaryInputError, json.JSONDecodeError) as exc:
        yield IngestError(source, f"not JSON: {exc}")
        return
    except RecursionError:
        yield IngestError(source, "JSON nested too deeply to be article records")
        return
    records = loaded if isinstance(loaded, list) else [loaded]
    for index, record in enumerate(records):
        yield record_input(f"{source}[{index}]" if isinstance(loaded, list) else source, record)


def record_input(source: str, record: Any, line: int | None = None) -> RawInput | IngestError:
    """A `RawInput` from one `{"text"|"html", "url", "title", "published", "outlet"}` record.

    Text is repaired, never fatal: a lone surrogate (`"\\ud800"`, which no encoder writes) becomes U+FFFD and a
    NUL is dropped, each with a warning. A field of the wrong type or value — a title that is not text, a url that
    is not http(s), a `published` that is not a date — is dropped with a warning kept on the document.
    """
    if not isinstance(record, dict):
        return IngestError(source, f"a record must be a JSON object, not {type(record).__name__}", line=line)
    warnings: list[str] = []
    record = {key: _repaired(value, key, warnings) for key, value in record.items() if isinstance(key, str)}
    body = record.get("html") if record.get("html") else record.get("text", record.get("content"))
    if not isinstance(body, str) or not body.strip():
        return SkippedInput(source, "record has no non-empty \"text\" or \"html\" field", line=line)
    if len(body.encode("utf-8")) > MAX_DOCUMENT_BYTES:
        return IngestError(source, "record is larger than one article may be", line=line)
    raw_fields = {k: record[k] for k in RECORD_FIELDS if k not in ("text", "html") and record.get(k)}
    if "outlet" not in raw_fields and record.get("source"):
        raw_fields["outlet"] = record["source"]
    if "published" not in raw_fields and record.get("date_extracted"):
        raw_fields["published"] = record["date_extracted"]
    fields = checked_fields(raw_fields, warnings)
    if warnings:
        fields["warnings"] = tuple(warnings)
    kind = "html" if record.get("html") else "text"
    where = f"{source}:{line}" if line is not None else source
    identity = json.dumps(record, ensure_ascii=False, sort_keys=True, default=str).encode("utf-8")
    return RawInput(where, body, kind, content_id(identity), fields)


SURROGATES = re.compile("[\ud800-\udfff]")


def _repaired(value: Any, key: str, warnings: list[str]) -> Any:
    """A string with lone surrogates replaced and NULs dropped (nested values are left as they are)."""
    if not isinstance(value, str):
        return value
    if SURROGATES.search(value):
        warnings.append(f"field \"{key}\": lone surrogate code points replaced by U+FFFD")
        value = SURROGATES.sub("\ufffd", value)
    if "\x00" in value:
        warnings.append(f"field \"{key}\": NUL characters dropped")
        value = value.replace("\x00", "")
    return value


def checked_fields(fields: dict[str, Any], warnings: list[str]) -> dict[str, Any]:
    """The record's metadata fields that have the type and form they must: text for `title` and `outlet`, an
    http(s) address for `url`, a date for `published`; each other one dropped with a warning."""
    kept: dict[str, Any] = {}
    for name, value in fields.items():
        problem = _field_problem(name, value)
        if problem:
            warnings.append(f"field \"{name}\" dropped: {problem}")
        else:
            kept[name] = value.strip()
    return kept


def _field_problem(name: str, value: Any) -> str | None:
    if not isinstance(value, str):
        return f"{type(value).__name__}, not text"
    if not value.strip():
        return "empty"
    if name == "url" and not re.match(r"(?i)^https?://[^\s/]+", value.strip()):
        return f"not an http(s) address: {value[:60]!r}"
    if name == "published" and not is_date_value(value):
        return f"not a date: {value[:60]!r}"
    return None
