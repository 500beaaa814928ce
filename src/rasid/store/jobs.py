"""Articles posted to the API and waiting for analysis: a durable queue in the store itself.

A posted record is written to `jobs` (state `queued`) in the same database as the story before the client is
told it was accepted, so an acknowledged article survives the server being killed: on the next start the jobs
left `queued` or `running` are taken up again. A worker claims the queued jobs in order (`running`), analyses
them, and marks each `done` or `failed` with the reason.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Column, Connection, Engine, Integer, MetaData, String, Table, Text, func, select, update

QUEUED, RUNNING, DONE, FAILED = "queued", "running", "done", "failed"

metadata = MetaData()  # its own: created by migration 0002, not by the first schema

jobs = Table(
    "jobs", metadata,
    Column("seq", Integer, primary_key=True, autoincrement=True),  # the database numbers posts as they commit
    Column("id", String(40), nullable=False, unique=True),
    Column("document", String(64), nullable=False, index=True),
    Column("record", Text, nullable=False),
    Column("state", String(10), nullable=False, index=True),
    Column("error", Text),
    Column("created_at", String(40), nullable=False),
)


@dataclass(frozen=True, slots=True)
class JobRow:
    id: str
    document: str
    record: dict[str, Any]
    state: str
    error: str | None

    def view(self) -> dict[str, Any]:
        return {"id": self.id, "state": self.state, "document": self.document, "error": self.error}


def create_table(connection: Connection) -> None:
    jobs.create(connection, checkfirst=True)


def enqueue(engine: Engine, job_id: str, document: str, record: dict[str, Any]) -> None:
    """Record a posted article as `queued`, committed before this returns."""
    with engine.begin() as connection:
        connection.execute(jobs.insert().values(
            id=job_id, document=document, record=json.dumps(record, ensure_ascii=False), state=QUEUED,
            created_at=datetime.now(UTC).isoformat(timespec="seconds")))


def open_job_for(engine: Engine, document: str) -> JobRow | None:
    """A job for this document that is still queued or running (a second post of it joins that one)."""
    with engine.connect() as connection:
        row = connection.execute(select(jobs).where(jobs.c.document == document, jobs.c.state.in_((QUEUED, RUNNING)))
                                 .order_by(jobs.c.seq)).mappings().first()
    return _job(row) if row else None


def get(engine: Engine, job_id: str) -> JobRow | None:
    with engine.connect() as connection:
        row = connection.execute(select(jobs).where(jobs.c.id == job_id)).mappings().first()
    return _job(row) if row else None


def claim(engine: Engine) -> list[JobRow]:
    """Every queued job, oldest first, now marked `running`."""
    with engine.begin() as connection:
        rows = connection.execute(select(jobs).where(jobs.c.state == QUEUED).order_by(jobs.c.seq)).mappings().all()
        if rows:
            connection.execute(update(jobs).where(jobs.c.id.in_([r["id"] for r in rows])).values(state=RUNNING))
    return [_job({**row, "state": RUNNING}) for row in rows]


def finish(engine: Engine, outcomes: dict[str, str | None]) -> None:
    """Mark each job `done` (None) or `failed` (its reason)."""
    with engine.begin() as connection:
        for job_id, error in outcomes.items():
            connection.execute(update(jobs).where(jobs.c.id == job_id)
                               .values(state=DONE if error is None else FAILED, error=error))


def requeue_unfinished(engine: Engine) -> int:
    """Jobs a stopped server left `running` go back to `queued`; the number waiting is returned."""
    with engine.begin() as connection:
        connection.execute(update(jobs).where(jobs.c.state == RUNNING).values(state=QUEUED))
        return int(connection.scalar(select(func.count()).select_from(jobs).where(jobs.c.state == QUEUED)) or 0)


def _job(row: Any) -> JobRow:
    return JobRow(row["id"], row["document"], json.loads(row["record"]), row["state"], row["error"])
