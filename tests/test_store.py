"""The store on SQLite and PostgreSQL: migrations, idempotent documents, exact results, SQL, search."""
import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import text
from sqlalchemy.exc import StatementError

from rasid.store import open_store, queries
from rasid.store.migrations import MIGRATIONS, applied
from rasid.store.queries import Page, StatementFilter, list_statements, search
from rasid.store.search import search_term
from rasid.story import Story


def dumped(story: Story) -> str:
    return json.dumps(story.to_dict(generated_at="-"), ensure_ascii=False, sort_keys=False)


@pytest.mark.parametrize("typed,stored", [
    ("الامريكيه", "الأمريكية"), ("الامريكيه", "الأميركية"), ("امريكا", "أميركا"), ("بالأمريكية", "الأمريكيّة"),
    ("السوداني", "والسوداني"), ("السوداني", "للسوداني"), ("مستشفى", "مستشفي"), ("ایران", "إيران"),
    ("الانكليزية", "الإنجليزية"), ("٢٠٢٣", "2023"),
])
def test_search_term_folds_how_people_type(typed, stored):
    assert search_term(typed) == search_term(stored)


@pytest.mark.parametrize("a,b", [("السودان", "السوداني"), ("دولة", "دول"), ("ولد", "لد")])
def test_search_term_keeps_different_words_apart(a, b):
    assert search_term(a) != search_term(b)


def test_store_records_migrations_once(store_url):
    store = open_store(store_url)
    store.close()
    assert applied(open_store(store_url).engine) == [name for name, _ in MIGRATIONS]


def test_store_add_documents_is_idempotent(store_url, sample_story):
    with open_store(store_url) as store:
        assert store.add_documents(sample_story.documents) == 5
        assert store.add_documents(sample_story.documents) == 0
        assert store.known_ids() == {d.id for d in sample_story.documents}


def test_store_documents_come_back_with_every_layer(store_url, sample_story):
    with open_store(store_url) as store:
        store.add_documents(sample_story.documents)
        assert list(store.documents()) == sample_story.documents


def test_store_load_story_exports_what_was_saved(store_url, synthetic):
    with open_store(store_url) as store:
        store.save_results(synthetic)
        assert dumped(store.load_story()) == dumped(synthetic)


def test_store_keeps_fields_and_values_it_has_no_column_for(store_url, synthetic):
    results = {**synthetic.results, "stories": [{"id": "s1", "docs": ["a"]}],
               "quantities": [{"doc": "x", "start": 0, "end": 1, "text": "ن", "value": [1, 2], "unit": None,
                               "relation": "about", "confidence": 0.5}]}
    story = Story(synthetic.documents, results)
    with open_store(store_url) as store:
        store.save_results(story)
        assert dumped(store.load_story()) == dumped(story)


def test_store_save_results_replaces_the_previous_results(store_url, synthetic):
    with open_store(store_url) as store:
        store.save_results(synthetic)
        store.save_results(Story(synthetic.documents, {"entities": synthetic.results["entities"][:1]}))
        loaded = store.load_story().to_dict()
        assert [e["id"] for e in loaded["entities"]] == ["ent-sudani"] and loaded["statements"] == []


def test_store_tables_answer_plain_sql(store_url, synthetic):
    with open_store(store_url) as store:
        store.save_results(synthetic)
        with store.engine.connect() as connection:
            rows = connection.execute(text(
                "SELECT e.name, count(*) FROM statements s JOIN entities e ON e.id = s.speaker "
                "GROUP BY e.name ORDER BY e.name")).all()
    assert [tuple(r) for r in rows] == [("مارك كيميت", 2), ("محمد شياع السوداني", 2)]


def test_store_search_finds_both_spellings_of_american(store_url, synthetic):
    with open_store(store_url) as store:
        store.save_results(synthetic)
        with store.engine.connect() as connection:
            found = search(connection, "الامريكيه", Page(limit=50))
    texts = {d["id"]: d for d in found["documents"]["items"]}
    bodies = {d.id: d.text for d in synthetic.documents}
    assert any("الأمريكية" in bodies[i] for i in texts) and any("الأميركية" in bodies[i] for i in texts)
    assert [s["id"] for s in found["statements"]["items"]] == ["st-5"]  # «القوات الأميركية»


def test_store_search_speaker_finds_every_statement_of_the_entity(store_url, synthetic):
    with open_store(store_url) as store:
        store.save_results(synthetic)
        with store.engine.connect() as connection:
            found = search(connection, "السوداني", Page(limit=50))["statements"]["items"]
    by_speaker = {s["id"] for s in synthetic.results["statements"] if s["speaker"] == "ent-sudani"}
    assert by_speaker <= {s["id"] for s in found}
    assert all("السوداني" not in s["text"] for s in found if s["id"] in by_speaker)  # found by the join


@pytest.mark.parametrize("where,expected", [
    (StatementFilter(speaker="ent-kimmitt"), {"st-4", "st-5"}),
    (StatementFilter(speaker="شياع"), {"st-1", "st-2"}),
    (StatementFilter(outlet="عراق أوبزيرفر"), {"st-1"}),
    (StatementFilter(text="الاميركيه"), {"st-5"}),
    (StatementFilter(date_from="2030"), set()),
])
def test_store_statement_filters(store_url, synthetic, where, expected):
    with open_store(store_url) as store:
        store.save_results(synthetic)
        with store.engine.connect() as connection:
            found = list_statements(connection, where, Page(limit=100))
    assert {s["id"] for s in found["items"]} == expected


def test_store_codec_round_trips_layers_with_attrs(sample_story):
    from rasid.model import Span
    from rasid.store.codec import pack_document, unpack_document

    doc = sample_story.documents[0].with_layer("test_spans", [Span(0, 3, "PER", {"title": "رئيس", "score": 0.5})])
    assert unpack_document(doc.id, doc.text, json.loads(json.dumps(pack_document(doc)))) == doc


def test_store_search_on_the_analysed_sample_finds_every_statement_of_sudani(store_url, sample_story):
    """The same check on the real layers (once the entity and statement stages exist)."""
    ids = {e["id"] for e in sample_story.results.get("entities", []) if e["name"] == "محمد شياع السوداني"}
    said = {s["id"] for s in sample_story.results.get("statements", []) if s.get("speaker") in ids}
    if not said:
        pytest.skip("the analysed sample has no statement by محمد شياع السوداني (entity or statement stage missing)")
    with open_store(store_url) as store:
        store.save_results(sample_story)
        with store.engine.connect() as connection:
            found = search(connection, "السوداني", Page(limit=200))["statements"]["items"]
    assert said <= {s["id"] for s in found}


def test_store_applies_a_new_migration_once_in_order(store_url, monkeypatch):
    from sqlalchemy import inspect

    from rasid.store import migrations

    open_store(store_url).close()
    added = ("9999_test_notes", lambda c: c.execute(text("CREATE TABLE test_notes (note TEXT)")))
    monkeypatch.setattr(migrations, "MIGRATIONS", (*migrations.MIGRATIONS, added))
    store = open_store(store_url)
    store.close()
    with open_store(store_url) as again:
        assert applied(again.engine) == [name for name, _ in migrations.MIGRATIONS]
        assert applied(again.engine)[-1] == "9999_test_notes"
        assert "test_notes" in inspect(again.engine).get_table_names()


def test_store_failed_save_keeps_the_previous_results(store_url, synthetic):
    broken = Story(synthetic.documents, {**synthetic.results, "summary": [{"text": "x", "sources": [], "bad": {1, 2}}]})
    with open_store(store_url) as store:
        store.save_results(synthetic)
        with pytest.raises((TypeError, StatementError)):  # the driver's error wraps the TypeError
            store.save_results(broken)  # a set is not JSON: fails after the earlier tables were rewritten
        assert dumped(store.load_story()) == dumped(synthetic)


def test_store_one_entity_is_read_by_its_own_rows_as_the_whole_results_hold_it(store_url, sample_story):
    """`read_entity` (the API's actor view) reads an entity, its statements and stances by their indexed columns;
    on the sample's real analysis it gives, for every entity, what filtering the whole saved results gives."""
    from rasid.store.store import read_entity

    results = sample_story.results
    with open_store(store_url) as store:
        store.save_results(sample_story)
        with store.engine.connect() as connection:
            for entity in results["entities"]:
                expected = {**entity, "statements": [s for s in results["statements"] if s.get("speaker") == entity["id"]],
                            "stances": [s for s in results["stances"] if s.get("entity") == entity["id"]]}
                assert read_entity(connection, entity["id"]) == expected
            assert read_entity(connection, "no-such-entity") is None
    assert any(s.get("speaker") for s in results["statements"]) and results["stances"]  # the check covers both


def test_store_one_entitys_timeline_is_read_by_its_rows_as_the_whole_field_holds_it(store_url, sample_story):
    """`read_timeline_of` (the API's timeline filtered by an actor) reads the rows whose `entities` column names
    the id; for every entity of the sample it gives what filtering the whole saved timeline gives, per story too.
    An id holding LIKE's own characters (`_`, `%`) is matched literally."""
    from rasid.store.store import read_timeline_of

    timeline = sample_story.results["timeline"]
    odd = {**timeline[0], "entities": ["ORG_%x"]}
    story = Story(sample_story.documents, {**sample_story.results, "timeline": [*timeline, odd]})
    with open_store(store_url) as store:
        store.save_results(story)
        with store.engine.connect() as connection:
            for entity in sample_story.results["entities"]:
                expected = [i for i in timeline if entity["id"] in i.get("entities", [])]
                assert read_timeline_of(connection, entity["id"]) == expected
                assert read_timeline_of(connection, entity["id"], "no-such-story") == []
            assert read_timeline_of(connection, "ORG_%x") == [odd]
            assert read_timeline_of(connection, "ORGa%x") == read_timeline_of(connection, "ORG__x") == []
    assert any(i.get("entities") for i in timeline)


def test_store_a_record_the_columns_give_back_has_a_sql_null_patch(store_url, sample_story):
    """`record IS NULL` finds the rows whose columns hold the whole record (docs/store.md), and they load back."""
    with open_store(store_url) as store:
        store.save_results(sample_story)
        with store.engine.connect() as connection:
            plain = connection.scalar(text("SELECT count(*) FROM time_expressions WHERE record IS NULL"))
            total = connection.scalar(text("SELECT count(*) FROM time_expressions"))
        assert store.load_story().results["time_expressions"] == sample_story.results["time_expressions"]
    assert 0 < plain <= total == len(sample_story.results["time_expressions"])


def test_store_statement_terms_saved_before_their_own_table_are_moved_to_it(tmp_path, sample_story):
    """`0008_statement_tokens` moves the statements' rows of `result_search_tokens` (position as text) into
    `statement_tokens`; the same statements are found for the same words before and after."""
    url = f"sqlite:///{tmp_path / 'old.db'}"
    words = ("السوداني", "التحالف الدولي", "قوات", "الانسحاب")
    with open_store(url) as store:
        store.save_results(sample_story)
        with store.engine.connect() as connection:
            found = {w: list_statements(connection, StatementFilter(text=w), Page(200, 0))["items"] for w in words}
        with store.engine.begin() as connection:  # the store as 0007 left it
            connection.execute(text("INSERT INTO result_search_tokens (token, kind, ref) SELECT token, 'statement', "
                                    "CAST(statement AS TEXT) FROM statement_tokens"))
            connection.execute(text("DROP TABLE statement_tokens"))
            connection.execute(text("DELETE FROM schema_migrations WHERE name = '0008_statement_tokens'"))
    with open_store(url) as store, store.engine.connect() as connection:
        left = connection.scalar(text("SELECT count(*) FROM result_search_tokens WHERE kind = 'statement'"))
        again = {w: list_statements(connection, StatementFilter(text=w), Page(200, 0))["items"] for w in words}
    assert left == 0 and again == found and all(found.values())


FIRST_STORY_TABLES = ("time_expressions", "quantities", "timeline", "disagreements", "stances", "summary")


def test_store_an_older_store_gains_the_story_columns_and_list(tmp_path):
    """A store made before `0003_stories`: its result tables get the `story` column, the story list exists."""
    from sqlalchemy import create_engine, inspect

    from rasid.store import migrations, schema

    url = f"sqlite:///{tmp_path / 'old.db'}"
    engine = create_engine(url)
    with engine.begin() as connection:
        for name in FIRST_STORY_TABLES:  # the tables as the first schema had them: no story column
            columns = [c for c in schema.result_tables[name].columns if c.name != "story"]
            cols = ", ".join(f"{c.name} {c.type.compile(engine.dialect)}" for c in columns)
            connection.execute(text(f"CREATE TABLE {name} ({cols})"))
    engine.dispose()
    with open_store(url) as store:
        names = inspect(store.engine).get_table_names()
        assert "story_index" in names
        for name in schema.STORY_TABLES:
            assert "story" in {c["name"] for c in inspect(store.engine).get_columns(name)}
        assert applied(store.engine)[-1] == migrations.MIGRATIONS[-1][0]


def test_store_a_store_before_the_questions_gains_them_and_saves_them(tmp_path, synthetic):
    """A store made before `0006_story_questions`: the `questions` table and the story list's two columns are
    added, and a story saved into it keeps its questions."""
    from sqlalchemy import create_engine, inspect

    from rasid.store import migrations, schema

    url = f"sqlite:///{tmp_path / 'old.db'}"
    engine = create_engine(url)
    with engine.begin() as connection:
        for table in schema.metadata.sorted_tables:
            if table.name == "story_index":
                columns = [c for c in table.columns if c.name not in ("question", "question_reason")]
                cols = ", ".join(f"{c.name} {c.type.compile(engine.dialect)}" for c in columns)
                connection.execute(text(f"CREATE TABLE story_index ({cols})"))
            elif table.name != "questions":
                table.create(connection)
        migrations._registry.create_all(connection)
        for name, _ in migrations.MIGRATIONS[:5]:
            connection.execute(migrations.schema_migrations.insert().values(name=name, applied_at="2026-12-01"))
    engine.dispose()
    questions = [{"story": None, "question": None, "frame": None, "source": None, "reason": "no_frame"}]
    with open_store(url) as store:
        assert "questions" in inspect(store.engine).get_table_names()
        assert {"question", "question_reason"} <= {c["name"] for c in inspect(store.engine).get_columns("story_index")}
        assert "0006_story_questions" in applied(store.engine)
        store.save_results(Story(synthetic.documents, {**synthetic.results, "questions": questions}))
        assert store.load_story().results["questions"] == questions


def test_store_documents_saved_before_their_length_column_gain_it(tmp_path, synthetic):
    """`0007_document_chars` adds `documents.chars` and fills it for the rows already stored; lists read it."""
    url = f"sqlite:///{tmp_path / 'old.db'}"
    with open_store(url) as store:
        store.save_results(synthetic)
        with store.engine.begin() as connection:
            connection.execute(text("ALTER TABLE documents DROP COLUMN chars"))
            connection.execute(text("DELETE FROM schema_migrations WHERE name = '0007_document_chars'"))
    with open_store(url) as store, store.engine.connect() as connection:
        listed = {d["id"]: d["chars"] for d in queries.list_documents(connection, Page(200, 0))["items"]}
    assert listed == {doc.id: len(doc.text) for doc in synthetic.documents}


JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers(-3, 3) | st.floats() | st.text(max_size=3),
    lambda inner: st.lists(inner, max_size=3) | st.tuples(inner, inner) | st.dictionaries(st.text(max_size=2), inner, max_size=3),
    max_leaves=8)


@settings(max_examples=400, deadline=None)
@given(JSON_VALUES, JSON_VALUES)
def test_store_rows_compare_values_as_their_json(a, b):
    from rasid.store.rows import _same_json

    assert _same_json(a, b) == (json.dumps(a, ensure_ascii=False) == json.dumps(b, ensure_ascii=False))
    assert _same_json(a, a)


def test_store_a_text_a_column_holds_is_not_copied_into_the_patch():
    from rasid.store import schema
    from rasid.store.rows import read_record, result_rows

    spec = next(s for s in schema.RESULT_TABLES if s.field == "statements")
    content = "ستفتح المعابر الأسبوع المقبل"
    record = {"id": "st1", "doc": "d1", "start": 0, "end": 40, "text": "قال الوزير إن " + content, "speaker": None,
              "speaker_text": "الوزير", "cue": "قال", "content": content, "direct": False, "via": None,
              "anonymous": False, "content_span": {"doc": "d1", "start": 14, "end": 40, "text": content}}
    rows, _ = result_rows(spec, [record])
    stored = rows[0]["record"]
    assert content not in json.dumps(stored, ensure_ascii=False)  # only the column holds it
    assert stored["extra"]["content_span"]["text"] == {"__col__": "content"}
    assert read_record(spec, rows[0], {}) == record  # read back exactly, key order and all
    odd = {**record, "odd": {"__col__": "content"}, "odder": [{"__doc__": 1}]}  # values that read like references
    rows, _ = result_rows(spec, [odd])
    assert read_record(spec, rows[0], {}) == odd


def test_store_search_terms_of_an_older_store_move_to_document_tokens(tmp_path, synthetic):
    """A store made before `0005_document_tokens` (terms keyed by kind and document id): opened, its terms are
    keyed by the document's seq, the old table is gone, and a search finds the same articles."""
    from rasid.store.queries import Page, list_documents

    def found(store):
        with store.engine.connect() as connection:
            return list_documents(connection, Page(50, 0), q="العراق")

    url = f"sqlite:///{tmp_path / 'old.db'}"
    with open_store(url) as store:
        store.save_results(synthetic)
        before = found(store)
        with store.engine.begin() as connection:  # back to the old layout
            connection.execute(text("CREATE TABLE search_tokens (token VARCHAR(200), kind VARCHAR(16), ref VARCHAR(64))"))
            connection.execute(text("INSERT INTO search_tokens SELECT t.token, 'document', d.id FROM document_tokens t "
                                    "JOIN documents d ON d.seq = t.doc"))
            connection.execute(text("DROP TABLE document_tokens"))
            connection.execute(text("DELETE FROM schema_migrations WHERE name = '0005_document_tokens'"))
    with open_store(url) as store:
        from sqlalchemy import inspect

        names = inspect(store.engine).get_table_names()
        assert "search_tokens" not in names and "document_tokens" in names
        assert found(store) == before and before["total"] > 0


def test_store_codec_keeps_a_statements_texts_once_and_gives_them_back_in_order(sample_story):
    from rasid.store.codec import pack_document, unpack_document

    doc = next(d for d in sample_story.documents if d.layers.get("statements"))
    packed = json.loads(json.dumps(pack_document(doc), ensure_ascii=False))
    first = doc.layer("statements")[0].attrs
    assert first["content"] not in json.dumps(packed["layers"]["statements"][0], ensure_ascii=False)
    back = unpack_document(doc.id, doc.text, packed)
    assert back == doc
    assert all(list(a.attrs) == list(b.attrs) for a, b in zip(back.layer("statements"), doc.layer("statements"), strict=True))


def test_a_patch_names_the_keys_only_when_their_order_is_not_the_columns_order():
    from rasid.store.rows import patch, patched
    rebuilt = {"id": "a", "text": "قال الوزير"}
    usual = {"id": "a", "text": "قال الوزير", "parent": None, "span": {"start": 0, "text": "قال الوزير"}}
    stored = patch(rebuilt, usual)
    assert "keys" not in stored and stored["extra"]["span"]["text"] == {"__col__": "text"}
    assert list(patched(dict(rebuilt), stored)) == list(usual) and patched(dict(rebuilt), stored) == usual
    reordered = {"text": "قال الوزير", "id": "a", "parent": None}
    stored = patch(rebuilt, reordered)
    assert stored["keys"] == ["text", "id", "parent"]
    assert list(patched(dict(rebuilt), stored)) == ["text", "id", "parent"]
    missing = {"id": "a", "extra": 1}  # a column's key the record does not have
    assert list(patched({"id": "a", "text": None}, patch({"id": "a", "text": None}, missing))) == ["id", "extra"]


def edited(results: dict) -> dict:
    """The results as a later run might give them: an entity renamed (its id with it), the last statement gone
    and the first moved to the end, a timeline item inserted before the others, a summary line changed in place
    and two swapped, a quantity appended, and in the other fields the first record moved to the end."""
    out = json.loads(json.dumps(results, ensure_ascii=False))
    first = out["entities"][0]
    first.update(id=first["id"] + "-2", name=first["name"] + " الثاني", aliases=[*first.get("aliases", []), "اسم آخر"])
    out["statements"] = out["statements"][1:-1] + out["statements"][:1]  # the first now last: rows move, none change
    if out.get("timeline"):
        out["timeline"].insert(0, {**out["timeline"][-1], "date": "1999-01-01"})
    if out.get("summary"):
        out["summary"][0] = {**out["summary"][0], "text": out["summary"][0]["text"] + " (محدث)"}
        out["summary"][1:3] = out["summary"][2:0:-1]  # two lines swapped: their source rows move with them
    out["quantities"] = [*out.get("quantities", []), *out.get("quantities", [])[:1]]
    for name in ("stances", "time_expressions", "disagreements", "questions"):  # every other table moves rows too
        if len(out.get(name, [])) >= 2:
            out[name] = out[name][1:] + out[name][:1]
    return out


def whole_rewrite_dump(store_url: str, store, story: Story) -> dict:
    """The tables as a save with no digests to compare against (every field written whole) leaves them."""
    from store_backends import table_dump

    from rasid.store import schema
    from rasid.store.save import DIGESTS_KEY
    with store.engine.begin() as connection:
        connection.execute(schema.story_info.delete().where(schema.story_info.c.key == DIGESTS_KEY))
    store.save_results(story)
    return table_dump(store_url)


@pytest.mark.parametrize("which", ["synthetic", "sample"])
def test_store_a_second_save_rewrites_only_changed_rows_and_leaves_what_a_whole_save_does(store_url, synthetic,
                                                                                          sample_story, monkeypatch,
                                                                                          which):
    from store_backends import table_dump

    from rasid.store import save
    first = synthetic if which == "synthetic" else sample_story
    later = Story(first.documents, edited(first.results))
    written: list[tuple[str, int]] = []
    insert = save._insert_records

    def recording(connection, spec, records, positions):
        positions = list(positions)
        written.extend((spec.field, p) for p in positions)
        insert(connection, spec, records, positions)

    monkeypatch.setattr(save, "_insert_records", recording)
    with open_store(store_url) as store:
        store.save_results(first)
        written.clear()
        store.save_results(later)
        partial = table_dump(store_url)
        assert dumped(store.load_story()) == dumped(later)
        monkeypatch.setattr(save, "_insert_records", insert)
        assert partial == whole_rewrite_dump(store_url, store, later)
    entities = len(later.results["entities"])
    assert ("entities", 0) in written and sum(f == "entities" for f, _ in written) < entities  # only the renamed one
    assert not any(f == "statements" for f, _ in written)  # one removed, one moved: nothing rewritten
    assert [p for f, p in written if f == "summary"] == [0]  # the changed line; the swapped ones moved
    assert [p for f, p in written if f == "quantities"] == [len(later.results["quantities"]) - 1]


def test_store_search_finds_a_renamed_entity_by_its_new_name_only(store_url, synthetic):
    later = Story(synthetic.documents, edited(synthetic.results))
    with open_store(store_url) as store:
        store.save_results(synthetic)
        store.save_results(later)
        with store.engine.connect() as connection:
            found = search(connection, "الثاني", Page(limit=50))["entities"]["items"]
            old_id = synthetic.results["entities"][0]["id"]
            refs = {row[0] for row in connection.execute(text(
                "SELECT ref FROM result_search_tokens WHERE kind = 'entity'"))}
    assert [hit["id"] for hit in found] == [old_id + "-2"]
    assert old_id not in refs


def _documents_holding(story, query: str) -> list[str]:
    """The ids of the story's documents that hold every search term of `query`, by reading them."""
    from rasid.store.search import search_terms, search_terms_of

    wanted = set(search_terms(query))
    return sorted(d.id for d in story.documents if wanted <= set(search_terms_of((d.meta.title, d.text))))


SEARCHES = ("العراق", "التحالف الدولي", "السوداني", "الولايات المتحدة", "86", "كلمة لا ترد")


def _assert_searches_find_what_the_articles_hold(connection, story) -> None:
    """Each of `SEARCHES` finds exactly the story's articles that hold its terms, and some query finds some."""
    hits = 0
    for query in SEARCHES:
        found = queries.list_documents(connection, Page(200, 0), q=query)
        assert sorted(d["id"] for d in found["items"]) == _documents_holding(story, query), query
        hits += len(found["items"])
    assert hits > 0


def test_store_search_finds_what_the_articles_hold(store_url, synthetic):
    """On either back-end (FTS5 on SQLite, term rows on PostgreSQL) a search finds exactly the articles that hold
    every term of the query."""
    from rasid.store.search import DOCUMENT_INDEX, STATEMENT_INDEX, has_index

    with open_store(store_url) as store:
        store.save_results(synthetic)
        with store.engine.connect() as connection:
            assert has_index(connection, DOCUMENT_INDEX) == has_index(connection, STATEMENT_INDEX) == (
                store.dialect == "sqlite")
            _assert_searches_find_what_the_articles_hold(connection, synthetic)


def test_store_search_terms_of_an_older_sqlite_store_move_to_the_document_index(tmp_path, synthetic):
    """A SQLite store made before `0009_document_index` (the terms as rows of `document_tokens`): opened, the
    rows are in the FTS5 index, the table is empty, and every search finds the same articles."""
    from rasid.store.search import DOCUMENT_INDEX, search_terms_of

    url = f"sqlite:///{tmp_path / 'old.db'}"
    with open_store(url) as store:
        store.save_results(synthetic)
        with store.engine.begin() as connection:  # back to term rows
            connection.execute(text(f"DROP TABLE {DOCUMENT_INDEX}"))
            rows = [{"token": term, "doc": seq} for seq, doc in enumerate(synthetic.documents, start=1)
                    for term in search_terms_of((doc.meta.title, doc.text))]
            connection.execute(text("INSERT INTO document_tokens (token, doc) VALUES (:token, :doc)"), rows)
            connection.execute(text("DELETE FROM schema_migrations WHERE name = '0009_document_index'"))
    with open_store(url) as store, store.engine.connect() as connection:
        assert connection.scalar(text("SELECT count(*) FROM document_tokens")) == 0
        assert connection.scalar(text(f"SELECT count(*) FROM {DOCUMENT_INDEX}")) == len(synthetic.documents)
        _assert_searches_find_what_the_articles_hold(connection, synthetic)


STATEMENT_SEARCHES = ("التحالف", "العراق", "قوات التحالف الدولي", "السوداني", "كلمة لا ترد")


def test_store_statement_search_finds_what_the_statements_hold(store_url, synthetic):
    """On either back-end (FTS5 on SQLite, term rows on PostgreSQL), and after a save that deletes, moves and adds
    statements, the statements a search finds by their own words are those whose text and speaker hold every term."""
    from rasid.store.save import _statement_terms
    from rasid.store.search import matching_statements, search_terms

    def holding(statements, query):
        wanted = set(search_terms(query))
        return sorted(i for i, st in enumerate(statements) if wanted <= set(_statement_terms(st)))

    with open_store(store_url) as store:
        for story in (synthetic, Story(synthetic.documents, edited(synthetic.results))):
            store.save_results(story)
            with store.engine.connect() as connection:
                hits = 0
                for query in STATEMENT_SEARCHES:
                    found = sorted(connection.scalars(matching_statements(connection, query)))
                    assert found == holding(story.results["statements"], query), query
                    hits += len(found)
                assert hits > 0


def test_store_statement_terms_of_an_older_sqlite_store_move_to_the_statement_index(tmp_path, synthetic):
    """A SQLite store made before `0010_statement_index`: opened, its statements' term rows are in the FTS5 index
    and a statement search finds the same statements."""
    from rasid.store.save import _statement_terms
    from rasid.store.search import STATEMENT_INDEX, matching_statements

    def found(store):
        with store.engine.connect() as connection:
            return {q: sorted(connection.scalars(matching_statements(connection, q))) for q in STATEMENT_SEARCHES}

    url = f"sqlite:///{tmp_path / 'old.db'}"
    with open_store(url) as store:
        store.save_results(synthetic)
        before = found(store)
        with store.engine.begin() as connection:  # back to term rows
            connection.execute(text(f"DROP TABLE {STATEMENT_INDEX}"))
            rows = [{"token": term, "statement": i} for i, st in enumerate(synthetic.results["statements"])
                    for term in _statement_terms(st)]
            connection.execute(text("INSERT INTO statement_tokens (token, statement) VALUES (:token, :statement)"), rows)
            connection.execute(text("DELETE FROM schema_migrations WHERE name = '0010_statement_index'"))
    with open_store(url) as store:
        with store.engine.connect() as connection:
            assert connection.scalar(text("SELECT count(*) FROM statement_tokens")) == 0
        assert found(store) == before and any(before.values())
