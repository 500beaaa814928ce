"""Export records to table rows and back, exactly.

A row holds a typed copy of each field its table names. When those copies (and the child rows) cannot give the
record back exactly — a field the table does not name, a missing field, a value of another type such as a list
where a number was expected, another key order — its `record` column holds a patch: only the values the columns
do not hold, and the record's keys in order where the columns and those values do not give that order already
(`{"__patch__": 1, "keys": [...], "extra": {...}}`), never a second copy of what the columns hold. Rows written
before patches hold the whole record there, and are read as they are. Reading a row back gives the record that
was written, key order included, so a story loaded from the store exports the same JSON as the one saved.

A span's text is the document's text at the span's offsets, so it is not copied beside them: given the stored
documents' texts (`texts`, by document id), a text column that the document gives back exactly (a statement's
`text`, `content`, `speaker_text`, a timeline item's sentence, a mention) is SQL NULL, and a nested text in a
patch (a statement's `speaker_span.text`, a summary source's `text`) is `{"__doc__": 1}`; reading fills both from
the same texts. Without `texts` (or for a document not stored) every text is written out, as before.
"""
from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from .schema import ChildSpec, Field, TableSpec

_PY_TYPES: dict[str, tuple[type, ...]] = {"text": (str,), "int": (int,), "float": (int, float), "bool": (bool,)}


def column_value(field: Field, value: Any) -> Any:
    """The value as the column can hold it, or None when it is of another type."""
    if field.kind == "json" or value is None:
        return value
    if isinstance(value, bool) and field.kind != "bool":
        return None
    if isinstance(value, _PY_TYPES[field.kind]):
        return float(value) if field.kind == "float" else value  # type: ignore[arg-type]  # checked just above
    return None


def _from_columns(fields: Iterable[Field], row: Mapping[str, Any]) -> dict[str, Any]:
    return {f.key: row[f.column] for f in fields}


def _same_json(a: Any, b: Any) -> bool:
    """Whether `a` and `b` serialise to the same JSON, key order included: the same types all the way down
    (`1` is not `1.0` nor `True`), dict keys in the same order. Decided without serialising: a save compares
    every record and every child row this way."""
    kind = type(a)
    if kind is not type(b):
        return kind in _SEQUENCES and type(b) in _SEQUENCES and len(a) == len(b) and all(map(_same_json, a, b))
    if kind is dict:
        return len(a) == len(b) and list(a) == list(b) and all(_same_json(a[k], b[k]) for k in a)
    if kind in _SEQUENCES:
        return len(a) == len(b) and all(map(_same_json, a, b))
    if kind is float:
        return repr(a) == repr(b)  # as JSON writes them: -0.0 is not 0.0, NaN is NaN
    if kind not in _SCALARS:
        return json.dumps(a, ensure_ascii=False) == json.dumps(b, ensure_ascii=False)  # a set: TypeError, as JSON
    return bool(a == b)


_SCALARS = (str, int, bool, type(None))


_SEQUENCES = (list, tuple)


PATCH = "__patch__"


Texts = Mapping[str, str]  # the stored documents' texts, by document id
NO_TEXTS: Texts = {}


def record_row(fields: tuple[Field, ...], record: Mapping[str, Any], texts: Texts = NO_TEXTS) -> dict[str, Any]:
    """Columns for `record`, plus a patch in `record` when the columns do not give it back exactly."""
    row = {f.column: column_value(f, record.get(f.key)) for f in fields}
    _leave_out_span_texts(fields, row, record, texts)
    rebuilt = _from_columns(fields, row)
    _fill_span_texts(fields, rebuilt, record, texts)
    row["record"] = patch(rebuilt, record, texts)
    return row


def patch(rebuilt: Mapping[str, Any], record: Mapping[str, Any], texts: Texts = NO_TEXTS) -> dict[str, Any] | None:
    """What turns `rebuilt` (the record as columns and child rows give it) into `record`, or None when they
    agree: the record's keys in order, and each value `rebuilt` lacks or holds otherwise. A text inside such a
    value that a column already holds (a statement's `content_span.text` is its `content`) is written as a
    reference to that column (`{"__col__": "content"}`), one that the document's text holds at its span's
    offsets as `{"__doc__": 1}`: neither is copied again."""
    if _same_json(dict(rebuilt), dict(record)):
        return None
    differing = {k: v for k, v in record.items() if k not in rebuilt or not _same_json(rebuilt[k], v)}
    if _holds_marker(differing):  # a value that reads like a reference: written as it is, and read so
        return {PATCH: 1, "keys": list(record), "extra": differing, LITERAL: 1}
    columns = {value: key for key, value in rebuilt.items() if isinstance(value, str) and len(value) >= MIN_REFERRED}
    extra = {k: _referring(v, columns, texts) for k, v in differing.items()}
    if "text" in extra and _is_span_text(record, extra["text"], texts):
        extra["text"] = DOC_TEXT  # a child row's own text, in no column (a summary source's)
    if list(record) == list({**rebuilt, **extra}):
        return {PATCH: 1, "extra": extra}  # the keys in the order the columns and the extra values give them
    return {PATCH: 1, "keys": list(record), "extra": extra}


def patched(rebuilt: dict[str, Any], stored: Mapping[str, Any] | None, texts: Texts = NO_TEXTS) -> dict[str, Any]:
    """The record from its rebuilt form and what its `record` column holds (None, a patch, or, in rows written
    before patches, the whole record)."""
    if stored is None:
        return rebuilt
    if stored.get(PATCH) != 1:
        return dict(stored)
    if stored.get(LITERAL):
        merged = {**rebuilt, **stored["extra"]}
        return {key: merged[key] for key in stored["keys"]}
    merged = {**rebuilt, **{k: _resolved(v, rebuilt, texts) for k, v in stored["extra"].items()}}
    if merged.get("text") == DOC_TEXT:
        merged["text"] = _span_text(merged, texts)
    if "keys" not in stored:
        return merged
    return {key: merged[key] for key in stored["keys"]}


REFERENCE = "__col__"
MIN_REFERRED = 8  # shorter texts (a cue, a type) cost less than the reference to them
DOC_TEXT = {"__doc__": 1}  # in a patch: the text the document holds at the offsets of the dict it is in
LITERAL = "literal"  # a patch whose values are written as they are: the record holds what reads like a reference
_MARKERS = (REFERENCE, "__doc__")


def _holds_marker(values: dict[str, Any]) -> bool:
    """Whether one of `values` holds, at any depth, a one-key dict that a patch would read as a reference (JSON
    values: dicts and lists only, checked by exact type, which is much quicker than against the ABCs)."""
    stack = [v for v in values.values() if type(v) in _CONTAINERS]
    while stack:
        item = stack.pop()
        if type(item) is dict:
            if len(item) == 1 and next(iter(item)) in _MARKERS:
                return True
            stack.extend(v for v in item.values() if type(v) in _CONTAINERS)
        else:
            stack.extend(v for v in item if type(v) in _CONTAINERS)
    return False


_CONTAINERS = (dict, list)


def _referring(value: Any, columns: Mapping[str, str], texts: Texts) -> Any:
    """`value` with every nested text (not the value itself) that a column holds replaced by a reference, and
    every span's text that its document holds by `DOC_TEXT`."""
    if isinstance(value, dict):
        referred = {k: _reference(v, columns, texts) for k, v in value.items()}
        if "text" in referred and _is_span_text(value, referred["text"], texts):
            referred["text"] = DOC_TEXT
        return referred
    if isinstance(value, list):
        return [_referring(v, columns, texts) if isinstance(v, (dict, list)) else v for v in value]
    return value


def _reference(value: Any, columns: Mapping[str, str], texts: Texts) -> Any:
    if isinstance(value, str) and value in columns:
        return {REFERENCE: columns[value]}
    return _referring(value, columns, texts) if isinstance(value, (dict, list)) else value


def _resolved(value: Any, rebuilt: Mapping[str, Any], texts: Texts) -> Any:
    if isinstance(value, dict):
        if len(value) == 1 and isinstance(value.get(REFERENCE), str) and value[REFERENCE] in rebuilt:
            return rebuilt[value[REFERENCE]]
        resolved = {k: _resolved(v, rebuilt, texts) for k, v in value.items()}
        if value.get("text") == DOC_TEXT:
            resolved["text"] = _span_text(resolved, texts)  # in its place: the key is there already
        return resolved
    if isinstance(value, list):
        return [_resolved(v, rebuilt, texts) for v in value]
    return value


#: the text columns a document's text can give back, and the span that holds each one's offsets: the record
#: itself (None), one of its spans, or the first item of a list (a summary sentence is its first source's text)
SPAN_TEXTS: dict[str, tuple[str | None, str | None]] = {
    "text": (None, "sources"), "content": ("content_span", None), "speaker_text": ("speaker_span", None)}


def _span_text(span: Any, texts: Texts) -> str | None:
    """The document's text at the span's `doc`, `start` and `end`, or None when they do not name one."""
    if not isinstance(span, Mapping):
        return None
    doc, start, end = span.get("doc"), span.get("start"), span.get("end")
    text = texts.get(doc) if isinstance(doc, str) else None
    if text is None or type(start) is not int or type(end) is not int or not 0 <= start <= end <= len(text):
        return None
    return text[start:end]


def _is_span_text(span: Mapping[str, Any], value: Any, texts: Texts) -> bool:
    return isinstance(value, str) and len(value) >= MIN_REFERRED and value == _span_text(span, texts)


def _text_span(key: str, record: Mapping[str, Any]) -> Any:
    """Where the offsets of text field `key` are in `record` (or None)."""
    own_span, first_of = SPAN_TEXTS[key]
    if own_span is not None:
        return record.get(own_span)
    if "start" in record:
        return record
    items = record.get(first_of) if first_of else None
    return items[0] if isinstance(items, list) and items else None


def _leave_out_span_texts(fields: tuple[Field, ...], row: dict[str, Any], record: Mapping[str, Any],
                          texts: Texts) -> None:
    """Each text column (`SPAN_TEXTS`) whose value the document's text holds at its span, set to None."""
    if not texts:
        return
    for f in fields:
        if f.key in SPAN_TEXTS and isinstance(row[f.column], str) and row[f.column] == _span_text(
                _text_span(f.key, record), texts):
            row[f.column] = None


def _fill_span_texts(fields: tuple[Field, ...], rebuilt: dict[str, Any], spans: Mapping[str, Any],
                     texts: Texts) -> None:
    """Each text field that is None in `rebuilt` filled from the document's text at its span, as a reader does:
    the record's own offsets are its columns (`rebuilt`), another span is taken from `spans`."""
    if not texts:
        return
    for f in fields:
        if f.key in SPAN_TEXTS and rebuilt[f.key] is None:
            own = SPAN_TEXTS[f.key][0] is None and "start" in rebuilt
            found = _span_text(rebuilt if own else _text_span(f.key, {**spans, **rebuilt}), texts)
            if found is not None:
                rebuilt[f.key] = found


def row_record(fields: tuple[Field, ...], row: Mapping[str, Any], texts: Texts = NO_TEXTS) -> dict[str, Any]:
    """The record a row was made from."""
    rebuilt = _from_columns(fields, row)
    _fill_span_texts(fields, rebuilt, {}, texts)
    return patched(rebuilt, row["record"], texts)


def result_rows(spec: TableSpec, records: Sequence[Mapping[str, Any]], first: int = 0,
                texts: Texts = NO_TEXTS) -> tuple[list[dict], dict[str, list[dict]]]:
    """Rows of one export field's table and of its child tables (keyed by child table name); `first` is the
    position of the first record (a field is saved a chunk at a time); `texts`, the documents' texts by id,
    lets span texts be left out (see the module's notes).

    A parent row's `record` holds a patch whenever the columns and the child rows would not give the record
    back exactly; the child rows are written either way, for SQL.
    """
    rows: list[dict[str, Any]] = []
    children: dict[str, list[dict[str, Any]]] = {c.table: [] for c in spec.children}
    for position, record in enumerate(records, start=first):
        row = {"position": position, **{f.column: column_value(f, record.get(f.key)) for f in spec.fields}}
        rebuilt = _from_columns(spec.fields, row)
        for child in spec.children:
            items = _child_rows(child, position, record, texts)
            children[child.table].extend(items)
            rebuilt[child.key] = [row_record(child.fields, item, texts) for item in items]
        _leave_out_span_texts(spec.fields, row, {**record, **rebuilt}, texts)
        rebuilt.update(_from_columns(spec.fields, row))
        _fill_span_texts(spec.fields, rebuilt, record, texts)
        row["record"] = patch(rebuilt, record, texts)
        rows.append(row)
    return rows, children


def _child_rows(child: ChildSpec, parent_position: int, record: Mapping[str, Any],
                texts: Texts) -> list[dict[str, Any]]:
    items = record.get(child.key)
    if not isinstance(items, list):
        return []
    link = parent_position if child.parent_field == "position" else record.get(child.parent_field)
    return [{"parent_position": parent_position, "position": i, child.parent_column: link,
             **record_row(child.fields, item if isinstance(item, Mapping) else {}, texts)}
            for i, item in enumerate(items)]


def read_record(spec: TableSpec, row: Mapping[str, Any], children: Mapping[str, list[Mapping[str, Any]]],
                texts: Texts = NO_TEXTS) -> dict:
    """The record a parent row (with its child rows, keyed by child table) was made from; `texts` gives back the
    span texts the row left out."""
    stored = row["record"]
    if stored is not None and stored.get(PATCH) != 1:
        return dict(stored)  # a row written before patches: the whole record
    record = _from_columns(spec.fields, row)
    for child in spec.children:
        record[child.key] = [row_record(child.fields, item, texts) for item in children.get(child.table, [])]
    if stored is not None:
        spans = {k: v if stored.get(LITERAL) else _resolved(v, record, NO_TEXTS)
                 for k, v in stored["extra"].items() if k not in record}
    else:
        spans = {}
    _fill_span_texts(spec.fields, record, spans, texts)
    return patched(record, stored, texts)


def doc_ids_in(value: Any) -> set[str]:
    """Every document id a record, a database row, a patch or a list of them names (the `doc` of each and of each
    span inside it). Below the top, JSON values are dicts and lists, checked by exact type (quick)."""
    found: set[str] = set()
    stack = [value]
    while stack:
        item = stack.pop()
        if type(item) is list:
            stack.extend(v for v in item if type(v) in _CONTAINERS or isinstance(v, Mapping))
        elif isinstance(item, Mapping):
            doc = item.get("doc")
            if type(doc) is str:
                found.add(doc)
            stack.extend(v for v in item.values() if type(v) in _CONTAINERS)
    return found
