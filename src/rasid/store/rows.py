"""Export records to table rows and back, exactly.

A row holds a typed copy of each field its table names; its `record` column holds the whole record only
when those copies cannot give it back exactly (a field the table does not name, a missing field, a value
of another type such as a list where a number was expected). Reading a row back gives the record that was
written, key order included, so a story loaded from the store exports the same JSON as the one saved.
"""
from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
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
    return json.dumps(a, ensure_ascii=False) == json.dumps(b, ensure_ascii=False)


def record_row(fields: tuple[Field, ...], record: Mapping[str, Any]) -> dict[str, Any]:
    """Columns for `record`, plus `record` itself when the columns do not give it back exactly."""
    row = {f.column: column_value(f, record.get(f.key)) for f in fields}
    row["record"] = None if _same_json(_from_columns(fields, row), dict(record)) else dict(record)
    return row


def row_record(fields: tuple[Field, ...], row: Mapping[str, Any]) -> dict[str, Any]:
    """The record a row was made from."""
    if row["record"] is not None:
        return dict(row["record"])
    return _from_columns(fields, row)


def result_rows(spec: TableSpec, records: list[Mapping[str, Any]]) -> tuple[list[dict], dict[str, list[dict]]]:
    """Rows of one export field's table and of its child tables (keyed by child table name).

    A parent row's `record` holds the whole record, child lists included, whenever the columns and the child
    rows would not give it back exactly; the child rows are written either way, for SQL.
    """
    rows: list[dict[str, Any]] = []
    children: dict[str, list[dict[str, Any]]] = {c.table: [] for c in spec.children}
    for position, record in enumerate(records):
        own = {k: v for k, v in record.items() if k not in {c.key for c in spec.children}}
        row = {"position": position, **record_row(spec.fields, own)}
        rebuilt = _from_columns(spec.fields, row) if row["record"] is None else None
        for child in spec.children:
            items = _child_rows(child, position, record)
            children[child.table].extend(items)
            if rebuilt is not None:
                rebuilt[child.key] = [row_record(child.fields, item) for item in items]
        if rebuilt is None or not _same_json(rebuilt, dict(record)):
            row["record"] = dict(record)
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
    if row["record"] is not None:
        return dict(row["record"])
    record = _from_columns(spec.fields, row)
    for child in spec.children:
        record[child.key] = [row_record(child.fields, item) for item in children.get(child.table, [])]
    return record
