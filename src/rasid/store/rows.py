"""Export records to table rows and back, exactly.

A row holds a typed copy of each field its table names. When those copies (and the child rows) cannot give the
record back exactly — a field the table does not name, a missing field, a value of another type such as a list
where a number was expected, another key order — its `record` column holds a patch: only the values the columns
do not hold, and the record's keys in order where the columns and those values do not give that order already
(`{"__patch__": 1, "keys": [...], "extra": {...}}`), never a second copy of what the columns hold. Rows written
before patches hold the whole record there, and are read as they are. Reading a row back gives the record that
was written, key order included, so a story loaded from the store exports the same JSON as the one saved.
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


def record_row(fields: tuple[Field, ...], record: Mapping[str, Any]) -> dict[str, Any]:
    """Columns for `record`, plus a patch in `record` when the columns do not give it back exactly."""
    row = {f.column: column_value(f, record.get(f.key)) for f in fields}
    row["record"] = patch(_from_columns(fields, row), record)
    return row


def patch(rebuilt: Mapping[str, Any], record: Mapping[str, Any]) -> dict[str, Any] | None:
    """What turns `rebuilt` (the record as columns and child rows give it) into `record`, or None when they
    agree: the record's keys in order, and each value `rebuilt` lacks or holds otherwise. A text inside such a
    value that a column already holds (a statement's `content_span.text` is its `content`) is written as a
    reference to that column (`{"__col__": "content"}`), not copied again."""
    if _same_json(dict(rebuilt), dict(record)):
        return None
    columns = {value: key for key, value in rebuilt.items() if isinstance(value, str) and len(value) >= MIN_REFERRED}
    extra = {k: _referring(v, columns) for k, v in record.items() if k not in rebuilt or not _same_json(rebuilt[k], v)}
    if list(record) == list({**rebuilt, **extra}):
        return {PATCH: 1, "extra": extra}  # the keys in the order the columns and the extra values give them
    return {PATCH: 1, "keys": list(record), "extra": extra}


def patched(rebuilt: dict[str, Any], stored: Mapping[str, Any] | None) -> dict[str, Any]:
    """The record from its rebuilt form and what its `record` column holds (None, a patch, or, in rows written
    before patches, the whole record)."""
    if stored is None:
        return rebuilt
    if stored.get(PATCH) != 1:
        return dict(stored)
    merged = {**rebuilt, **{k: _resolved(v, rebuilt) for k, v in stored["extra"].items()}}
    if "keys" not in stored:
        return merged
    return {key: merged[key] for key in stored["keys"]}


REFERENCE = "__col__"
MIN_REFERRED = 8  # shorter texts (a cue, a type) cost less than the reference to them


def _referring(value: Any, columns: Mapping[str, str]) -> Any:
    """`value` with every nested text (not the value itself) that a column holds replaced by a reference."""
    if isinstance(value, dict):
        return {k: _reference(v, columns) for k, v in value.items()}
    if isinstance(value, list):
        return [_referring(v, columns) if isinstance(v, (dict, list)) else v for v in value]
    return value


def _reference(value: Any, columns: Mapping[str, str]) -> Any:
    if isinstance(value, str) and value in columns:
        return {REFERENCE: columns[value]}
    return _referring(value, columns) if isinstance(value, (dict, list)) else value


def _resolved(value: Any, rebuilt: Mapping[str, Any]) -> Any:
    if isinstance(value, dict):
        if len(value) == 1 and isinstance(value.get(REFERENCE), str) and value[REFERENCE] in rebuilt:
            return rebuilt[value[REFERENCE]]
        return {k: _resolved(v, rebuilt) for k, v in value.items()}
    if isinstance(value, list):
        return [_resolved(v, rebuilt) for v in value]
    return value


def row_record(fields: tuple[Field, ...], row: Mapping[str, Any]) -> dict[str, Any]:
    """The record a row was made from."""
    return patched(_from_columns(fields, row), row["record"])


def result_rows(spec: TableSpec, records: Sequence[Mapping[str, Any]],
                first: int = 0) -> tuple[list[dict], dict[str, list[dict]]]:
    """Rows of one export field's table and of its child tables (keyed by child table name); `first` is the
    position of the first record (a field is saved a chunk at a time).

    A parent row's `record` holds a patch whenever the columns and the child rows would not give the record
    back exactly; the child rows are written either way, for SQL.
    """
    rows: list[dict[str, Any]] = []
    children: dict[str, list[dict[str, Any]]] = {c.table: [] for c in spec.children}
    for position, record in enumerate(records, start=first):
        row = {"position": position, **{f.column: column_value(f, record.get(f.key)) for f in spec.fields}}
        rebuilt = _from_columns(spec.fields, row)
        for child in spec.children:
            items = _child_rows(child, position, record)
            children[child.table].extend(items)
            rebuilt[child.key] = [row_record(child.fields, item) for item in items]
        row["record"] = patch(rebuilt, record)
        rows.append(row)
    return rows, children


def _child_rows(child: ChildSpec, parent_position: int, record: Mapping[str, Any]) -> list[dict[str, Any]]:
    items = record.get(child.key)
    if not isinstance(items, list):
        return []
    link = parent_position if child.parent_field == "position" else record.get(child.parent_field)
    return [{"parent_position": parent_position, "position": i, child.parent_column: link,
             **record_row(child.fields, item if isinstance(item, Mapping) else {})}
            for i, item in enumerate(items)]


def read_record(spec: TableSpec, row: Mapping[str, Any], children: Mapping[str, list[Mapping[str, Any]]]) -> dict:
    """The record a parent row (with its child rows, keyed by child table) was made from."""
    stored = row["record"]
    if stored is not None and stored.get(PATCH) != 1:
        return dict(stored)  # a row written before patches: the whole record
    record = _from_columns(spec.fields, row)
    for child in spec.children:
        record[child.key] = [row_record(child.fields, item) for item in children.get(child.table, [])]
    return patched(record, stored)
