"""Span texts in the store: left out where the document's text gives them back, read back exactly."""
from __future__ import annotations

import json

from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import text as sql

from rasid.store import open_store, schema
from rasid.store.rows import DOC_TEXT, read_record, result_rows

DOC = "قال وزير الخارجية إن المحادثات ستستأنف الأسبوع المقبل في العاصمة بحسب ما نقلت وكالة الأنباء."
TEXTS = {"d1": DOC}


def span(start: int, end: int) -> dict:
    return {"doc": "d1", "start": start, "end": end, "text": DOC[start:end]}


def statement() -> dict:
    content_start = DOC.index("المحادثات")
    return {"id": "st1", **span(0, 62), "speaker": None, "speaker_text": DOC[4:18], "cue": "قال",
            "content": DOC[content_start:62], "direct": False, "via": None, "anonymous": False,
            "speaker_span": span(4, 18), "content_span": span(content_start, 62), "story": "s1"}


def children_of(spec: schema.TableSpec, children: dict[str, list[dict]], position: int) -> dict[str, list[dict]]:
    return {table: [row for row in rows if row["parent_position"] == position] for table, rows in children.items()}


def test_a_statements_texts_are_left_out_and_read_back():
    spec = schema.RESULT_SPECS["statements"]
    record = statement()
    rows, _ = result_rows(spec, [record], texts=TEXTS)
    row = rows[0]
    assert row["text"] is None and row["content"] is None and row["speaker_text"] is None  # SQL NULL: the doc has them
    patch_text = json.dumps(row["record"], ensure_ascii=False)
    assert "المحادثات" not in patch_text and "وزير" not in patch_text  # no copy anywhere in the row
    assert read_record(spec, row, {}, TEXTS) == record
    assert list(read_record(spec, row, {}, TEXTS)) == list(record)


def test_without_the_documents_texts_every_text_is_written_out():
    spec = schema.RESULT_SPECS["statements"]
    rows, _ = result_rows(spec, [statement()])  # no texts: a store without the document, or a save before this
    assert rows[0]["text"] == statement()["text"] and rows[0]["content"] == statement()["content"]
    assert read_record(spec, rows[0], {}) == statement()


def test_a_text_that_is_not_the_documents_at_its_offsets_is_kept():
    spec = schema.RESULT_SPECS["statements"]
    changed = {**statement(), "text": "نص آخر لا تحمله الوثيقة", "content": None}
    rows, _ = result_rows(spec, [changed], texts=TEXTS)
    assert rows[0]["text"] == "نص آخر لا تحمله الوثيقة"
    assert read_record(spec, rows[0], {}, TEXTS) == changed  # a null content stays null, not the document's text


def test_a_summary_sentence_is_its_first_sources_text():
    spec = schema.RESULT_SPECS["summary"]
    record = {"text": DOC[:62], "sources": [span(0, 62), {"doc": "d1", "start": 19, "end": 40}], "story": "s1"}
    rows, children = result_rows(spec, [record], texts=TEXTS)
    assert rows[0]["text"] is None
    sources = children["summary_sources"]
    assert sources[0]["record"]["extra"]["text"] == DOC_TEXT
    assert read_record(spec, rows[0], children_of(spec, children, 0), TEXTS) == record


def test_the_store_gives_back_the_story_it_saved_with_span_texts_left_out(store_url, synthetic):
    with open_store(store_url) as store:
        store.save_results(synthetic)
        back = store.load_story()
        with store.engine.connect() as connection:
            statements = schema.result_tables["statements"]
            left_out = connection.scalar(sql(f"SELECT count(*) FROM {statements.name} WHERE text IS NULL"))
            # what the README tells SQL users: a NULL span text is the document's text at the offsets
            rebuilt = connection.execute(sql(
                "SELECT s.char_start, s.char_end, s.doc, substr(d.text, s.char_start + 1, s.char_end - s.char_start) "
                "FROM statements s JOIN documents d ON d.id = s.doc WHERE s.text IS NULL")).all()
    assert left_out and left_out == len(synthetic.results["statements"])
    texts = {doc.id: doc.text for doc in synthetic.documents}
    assert all(found == texts[doc][start:end] for start, end, doc, found in rebuilt)
    for field in ("statements", "timeline", "summary", "entities", "time_expressions", "disagreements", "stances"):
        assert json.dumps(back.results[field], ensure_ascii=False) == json.dumps(synthetic.results[field],
                                                                                  ensure_ascii=False)


OFFSETS = st.integers(0, len(DOC))
ODD_TEXTS = st.none() | st.text(max_size=12) | st.just(DOC[:30]) | st.integers(0, 3) | st.just(DOC_TEXT)


@st.composite
def span_records(draw) -> dict:
    """A record with spans, some texts the document's, some not, some offsets of another type or out of range."""
    def a_span() -> dict:
        start, end = sorted((draw(OFFSETS), draw(OFFSETS)))
        item = {"doc": draw(st.sampled_from(["d1", "d2"])), "start": start, "end": end}
        if draw(st.booleans()):
            item["start"] = draw(st.sampled_from([True, 2.0, None, -1, start]))
        item["text"] = DOC[start:end] if draw(st.booleans()) else draw(ODD_TEXTS)
        return item
    record = {"id": "x", **a_span(), "speaker_text": None, "content": None}
    for key, span_key in (("content", "content_span"), ("speaker_text", "speaker_span")):
        if draw(st.booleans()):
            record[span_key] = a_span()
            record[key] = record[span_key]["text"] if draw(st.booleans()) else draw(ODD_TEXTS)
    if draw(st.booleans()):
        record["sources"] = [a_span() for _ in range(draw(st.integers(0, 2)))]
    if draw(st.booleans()):
        record = dict(reversed(list(record.items())))
    return record


@settings(max_examples=300, deadline=None)
@given(span_records(), st.sampled_from(["statements", "timeline", "summary", "time_expressions"]))
def test_any_record_with_spans_reads_back_exactly(record, field):
    spec = schema.RESULT_SPECS[field]
    rows, children = result_rows(spec, [record], texts=TEXTS)
    back = read_record(spec, rows[0], children_of(spec, children, 0), TEXTS)
    assert json.dumps(back, ensure_ascii=False) == json.dumps(record, ensure_ascii=False)
