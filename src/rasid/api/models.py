"""The API's request and response models: what every endpoint takes and gives, in its OpenAPI schema.

Records of the story (statements, timeline events, disagreements, ...) are typed by the fields the
`rasid.story/1` contract names and stay open (`extra="allow"`): a later layer may add fields, as the export
may. Every error is `ErrorBody`.
"""
from __future__ import annotations

from typing import Any, Generic, TypeVar

from pydantic import BaseModel, ConfigDict, Field

Item = TypeVar("Item")


class Open(BaseModel):
    """A record that names its known fields and keeps any other."""

    model_config = ConfigDict(extra="allow")


class ErrorDetail(BaseModel):
    code: str = Field(description="machine-readable: bad_request, unauthorized, read_only, not_found, "
                                  "method_not_allowed, too_large, invalid, internal")
    message: str


class ErrorBody(BaseModel):
    """The one shape of every error the server gives."""

    error: ErrorDetail


class Page(BaseModel, Generic[Item]):
    total: int = Field(description="items matching, over every page")
    limit: int
    offset: int
    items: list[Item]


class DocumentSummary(BaseModel):
    id: str
    title: str | None = None
    outlet: str | None = None
    published: str | None = None
    source: str | None = None
    url: str | None = None
    chars: int = Field(description="length of the article text in characters")
    story: str | None = Field(None, description="the story it belongs to (`/api/stories/{id}`)")


class EntitySummary(BaseModel):
    id: str
    type: str | None = None
    name: str | None = None
    aliases: list[str] | None = None
    titles: list[str] | None = None
    mention_count: int


class SpanRecord(Open):
    doc: str
    start: int
    end: int
    text: str


class StatementItem(SpanRecord):
    speaker: str | None = None
    speaker_text: str | None = None
    cue: str | None = None
    content: str | None = None
    direct: bool | None = None
    position: int | None = Field(None, description="the statement's place in the story's list")
    outlet: str | None = None
    published: str | None = None
    title: str | None = None


class TimelineItem(SpanRecord):
    date: str
    entities: list[str] | None = None


class Disagreement(Open):
    topic: str
    claims: list[Open]


class Stance(Open):
    entity: str
    target: str | None = None
    stance: str
    evidence: list[Open] = []


class SummarySentence(Open):
    text: str
    sources: list[Open] = []


class DocumentView(Open):
    id: str
    text: str
    sentences: list[list[int]] = Field(description="[start, end] of each sentence")


class EntityView(Open):
    id: str
    statements: list[Open]
    stances: list[Open]


class Actor(BaseModel):
    id: str
    name: str | None = None
    type: str | None = None
    mentions: int


class StorySummary(BaseModel):
    """A story as the story list shows it."""

    id: str
    label: str | None = Field(None, description="its most central headline, else its main actors")
    documents: int
    outlets: int
    first_published: str | None = None
    last_published: str | None = None
    actors: list[Actor] = []
    disagreements: int
    events: int
    question: str | None = Field(None, description="the story's central question, given or detected")
    question_reason: str | None = Field(None, description="why it has none: no_statements, no_frame, one_source, "
                                                          "no_phrase or no_place (null on a store saved before)")


class Outlet(BaseModel):
    """An outlet and how many stored articles it published."""

    outlet: str
    documents: int


class StoryEvent(Open):
    id: str
    date: str | None = None
    label: str | None = None
    documents: list[str]


class StoryMembers(BaseModel):
    documents: list[str] = Field(description="the story's document ids, in arrival order")
    duplicates: list[str] = Field(description="those that copy an earlier article")
    events: list[StoryEvent] = Field(description="its articles grouped into dated events, oldest first")


class StoryDetail(StorySummary):
    members: StoryMembers


class SearchResult(BaseModel):
    query: str
    documents: Page[DocumentSummary]
    statements: Page[StatementItem]
    entities: Page[EntitySummary]


class StoryExport(Open):
    format: str
    documents: list[dict[str, Any]]


class StoryView(StoryExport):
    read_only: bool


#: at least one character that is neither white space nor a NUL (which the record reader drops), the white space
#: written out: `\S` differs between the regex dialects a client, a fuzzer and the server read the schema with
#: (U+0085 and U+001C-U+001F are space to Python, not to ECMAScript; U+FEFF the other way round), so one listed set
#: is the same for all of them
NON_BLANK = r"[^\x00\t-\r \x1c-\x1f\x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]"
MAX_BODY_CHARS = 1_250_000  # characters that fit the 5 MB an article may be, whatever the script


class ArticleRecord(Open):
    """One article as a JSON Lines input line: its text (or its page's HTML) and what is known of it. Other
    fields are kept as a record's are."""

    # python-re: the body's pattern (`NON_BLANK`) is read by Python's `re`, as the reader tests a body
    model_config = ConfigDict(extra="allow", regex_engine="python-re", json_schema_extra={"anyOf": [
        {"required": ["text"], "properties": {"text": {"type": "string"}}},
        {"required": ["html"], "properties": {"html": {"type": "string"}}},
        {"required": ["content"], "properties": {"content": {"type": "string"}}}]})
    text: str | None = Field(None, min_length=1, max_length=MAX_BODY_CHARS, pattern=NON_BLANK,
                             description="the article text (or give html)")
    html: str | None = Field(None, min_length=1, max_length=MAX_BODY_CHARS, pattern=NON_BLANK,
                             description="the article page; wins over text when both are given")
    content: str | None = Field(None, min_length=1, max_length=MAX_BODY_CHARS, pattern=NON_BLANK,
                                description="the text under another name some scrapers use; text wins")
    title: str | None = None
    url: str | None = Field(None, description="http(s) only; another scheme is dropped with a warning")
    published: str | None = Field(None, description="a date (ISO or as written); one that does not parse is "
                                                    "dropped with a warning")
    outlet: str | None = None


class Accepted(BaseModel):
    """A posted article: its document id, and whether it was new; a new one is queued for analysis."""

    id: str
    added: bool
    job: str | None = Field(None, description="poll /api/jobs/{job} until its state is done or failed")


class Job(BaseModel):
    id: str
    state: str = Field(description="queued, running, done or failed")
    document: str
    error: str | None = None
