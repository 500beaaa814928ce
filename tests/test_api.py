"""The HTTP API against a real SQLite store: lists, filters, search, export, errors, limits, read-only."""
import json
import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request

import pytest
from conftest import ROOT
from fastapi.testclient import TestClient

from rasid.api import create_app
from rasid.api.errors import MAX_BODY_BYTES
from rasid.api.writer import Writer
from rasid.store import open_store

ARTICLE = {"text": "قال رئيس الوزراء محمد شياع السوداني إن الحكومة العراقية ستواصل الحوار مع التحالف الدولي.\n"
                   "وأضاف أن القوات الأمريكية ستغادر بحلول عام 2026.", "title": "السوداني يتحدث عن التحالف",
           "outlet": "وكالة الاختبار", "published": "2024-09-01"}


@pytest.fixture()
def saved(tmp_path, synthetic):
    store = open_store(f"sqlite:///{tmp_path / 'rasid.db'}")
    store.save_results(synthetic)
    yield store
    store.close()


@pytest.fixture()
def client(saved):
    return TestClient(create_app(saved))


@pytest.fixture()
def worker(saved):
    running = Writer(saved)
    yield running
    running.close()


@pytest.fixture()
def writer(saved, worker):
    return TestClient(create_app(saved, allow_post=True, writer=worker))


def posted(client, record, **headers):
    """POST one record, then wait until its job is finished; the final job view (or the POST response)."""
    response = client.post("/api/documents", json=record, headers=headers)
    if response.status_code != 202:
        return response, None
    for _ in range(600):
        job = client.get(f"/api/jobs/{response.json()['job']}").json()
        if job["state"] in ("done", "failed"):
            return response, job
        time.sleep(0.05)
    raise AssertionError("the posted article was never analysed")


def test_api_documents_lists_every_document(client):
    body = client.get("/api/documents").json()
    assert body["total"] == 5 and len(body["items"]) == 5


def test_api_document_has_text_and_sentences(client, synthetic):
    doc = synthetic.documents[0]
    body = client.get(f"/api/documents/{doc.id}").json()
    assert body["text"] == doc.text and body["sentences"][0] == [doc.layer("sentences")[0].start,
                                                                  doc.layer("sentences")[0].end]


def test_api_entity_has_mentions_statements_and_stances(client):
    body = client.get("/api/entities/ent-sudani").json()
    assert body["mentions"] and {s["id"] for s in body["statements"]} == {"st-1", "st-2"} and body["stances"]


@pytest.mark.parametrize("params,expected", [
    ({"speaker": "السوداني"}, {"st-1", "st-2"}),
    ({"speaker": "ent-kimmitt"}, {"st-4", "st-5"}),
    ({"q": "الامريكيه"}, {"st-5"}),
    ({"outlet": "عراق أوبزيرفر"}, {"st-1"}),
    ({"date_from": "2024-08-01", "date_to": "2024-08-31"}, set()),
])
def test_api_statements_filter(client, params, expected):
    assert {s["id"] for s in client.get("/api/statements", params=params).json()["items"]} == expected


def test_api_search_finds_statements_by_speaker_entity(client):
    body = client.get("/api/search", params={"q": "السوداني"}).json()
    assert {"st-1", "st-2"} <= {s["id"] for s in body["statements"]["items"]}
    assert [e["id"] for e in body["entities"]["items"]] == ["ent-sudani"]


@pytest.mark.parametrize("field", ["timeline", "disagreements", "stances", "summary"])
def test_api_field_routes_return_the_saved_records(client, synthetic, field):
    assert client.get(f"/api/{field}").json()["items"] == synthetic.results[field]


def test_api_export_is_the_story(client, synthetic):
    body = client.get("/api/export").json()
    expected = synthetic.to_dict(generated_at=body["generated_at"])
    assert json.dumps(body, ensure_ascii=False) == json.dumps(expected, ensure_ascii=False)


def test_api_openapi_describes_the_routes(client):
    paths = client.get("/api/openapi.json").json()["paths"]
    assert {"/api/documents", "/api/statements", "/api/search", "/api/export"} <= set(paths)


@pytest.mark.parametrize("method,url,status,code", [
    ("get", "/api/documents/nope", 404, "not_found"),
    ("get", "/api/entities/nope", 404, "not_found"),
    ("get", "/api/no-such-route", 404, "not_found"),
    ("get", "/api/documents?limit=1000", 422, "invalid"),
    ("get", "/api/search", 422, "invalid"),
    ("delete", "/api/documents", 405, "method_not_allowed"),
    ("post", "/api/documents", 403, "read_only"),
])
def test_api_errors_have_one_shape(client, method, url, status, code):
    response = getattr(client, method)(url, **({"json": ARTICLE} if method == "post" else {}))
    assert response.status_code == status
    assert response.json()["error"]["code"] == code and response.json()["error"]["message"]


def test_api_body_over_the_limit_is_413(writer):
    response = writer.post("/api/documents", content=b"x" * (MAX_BODY_BYTES + 1),
                           headers={"content-type": "application/json"})
    assert response.status_code == 413 and response.json()["error"]["code"] == "too_large"


def test_api_post_queues_an_article_that_a_worker_analyses_and_stores(writer):
    response, job = posted(writer, ARTICLE)
    assert response.status_code == 202 and response.json()["added"] is True
    assert job == {"id": response.json()["job"], "state": "done", "document": response.json()["id"], "error": None}
    assert writer.get(f"/api/documents/{response.json()['id']}").json()["outlet"] == "وكالة الاختبار"
    assert writer.get("/api/documents").json()["total"] == 6
    said = writer.get("/api/statements", params={"q": "الحوار"}).json()["items"]
    assert any(s["doc"] == response.json()["id"] for s in said)


def test_api_post_same_article_twice_adds_it_once(writer):
    posted(writer, ARTICLE)
    again = writer.post("/api/documents", json=ARTICLE)
    assert again.status_code == 200 and again.json() == {"id": again.json()["id"], "added": False, "job": None}
    assert writer.get("/api/documents").json()["total"] == 6


def test_api_unknown_job_is_404(writer):
    response = writer.get("/api/jobs/nosuchjob")
    assert response.status_code == 404 and response.json()["error"]["code"] == "not_found"


def test_api_a_post_needs_a_write_token_when_the_server_has_one(saved, worker):
    client = TestClient(create_app(saved, allow_post=True, write_tokens=["s3cret-token"], writer=worker))
    for headers in ({}, {"Authorization": "Bearer wrong"}, {"Authorization": "s3cret-token"}):
        refused = client.post("/api/documents", json=ARTICLE, headers=headers)
        assert refused.status_code == 401 and refused.json()["error"]["code"] == "unauthorized"
        assert "s3cret" not in refused.text
    response, job = posted(client, ARTICLE, Authorization="Bearer s3cret-token")
    assert response.status_code == 202 and job["state"] == "done"


def test_api_articles_acknowledged_before_a_crash_are_analysed_by_the_next_server(saved):
    from rasid.store import jobs

    jobs.enqueue(saved.engine, "job-left-behind", "pending-doc", ARTICLE)  # a queued post the old server never ran
    restarted = Writer(saved)
    try:
        assert restarted.wait_idle(timeout=60)
        client = TestClient(create_app(saved, allow_post=True, writer=restarted))
        assert client.get("/api/jobs/job-left-behind").json()["state"] == "done"
        assert client.get("/api/documents").json()["total"] == 6
    finally:
        restarted.close()


@pytest.mark.parametrize("bad", ["garbage", "2024-13", "2024-01-32", "0000", "24-01-01", "2024-1-5"])
def test_api_date_filters_must_be_dates(client, bad):
    response = client.get("/api/statements", params={"date_from": bad})
    assert response.status_code == 422 and response.json()["error"]["code"] == "invalid"


def test_api_date_filters_take_a_year_a_month_or_a_day(client):
    for good in ("2024", "2024-03", "2024-03-07"):
        assert client.get("/api/statements", params={"date_to": good}).status_code == 200


def test_api_post_rejects_a_record_without_text(writer):
    response = writer.post("/api/documents", json={"title": "بلا نص"})
    assert response.status_code == 422 and "text" in response.json()["error"]["message"]
    assert writer.post("/api/documents", json=["not", "a", "record"]).status_code == 422


def test_api_responses_carry_a_strict_content_security_policy(client):
    policy = client.get("/").headers["content-security-policy"]
    assert "script-src 'self'" in policy and "unsafe-inline" not in policy


def test_api_story_view_is_the_export_without_texts(client, synthetic):
    body = client.get("/api/story").json()
    export = synthetic.to_dict(generated_at="-")
    assert [d["id"] for d in body["documents"]] == [d["id"] for d in export["documents"]]
    assert [d["chars"] for d in body["documents"]] == [len(d["text"]) for d in export["documents"]]
    assert "text" not in body["documents"][0] and body["statements"] == export["statements"]


def test_serve_command_answers_over_http(saved, tmp_path):
    """`rasid serve` itself: a real process on a free local port, read-only by default."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    db = saved.engine.url.database
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    server = subprocess.Popen([sys.executable, "-m", "rasid", "serve", "--db", db, "--port", str(port)], env=env,
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        body = None
        for _ in range(200):
            try:
                body = json.load(urllib.request.urlopen(f"http://127.0.0.1:{port}/api/documents?limit=1", timeout=2))
                break
            except (urllib.error.URLError, ConnectionError):
                time.sleep(0.1)
        assert body is not None and body["total"] == 5
        request = urllib.request.Request(f"http://127.0.0.1:{port}/api/documents", data=b"{}", method="POST",
                                         headers={"content-type": "application/json"})
        try:
            urllib.request.urlopen(request, timeout=5)
            status = 202
        except urllib.error.HTTPError as error:
            status = error.code
        assert status == 403
    finally:
        server.terminate()
        server.wait(timeout=10)


@pytest.mark.parametrize("field", ["timeline", "disagreements", "stances", "summary"])
def test_api_field_routes_page_with_the_total(client, synthetic, field):
    everything = synthetic.to_dict()[field]
    first = client.get(f"/api/{field}", params={"limit": 1}).json()
    assert first["total"] == len(everything) and first["limit"] == 1 and len(first["items"]) == min(1, len(everything))
    if len(everything) > 1:
        second = client.get(f"/api/{field}", params={"limit": 1, "offset": 1}).json()
        assert second["items"] == everything[1:2]
    assert client.get(f"/api/{field}", params={"limit": 500}).json()["error"]["code"] == "invalid"


def serve_args(tmp_path, *argv):
    import argparse

    from rasid.commands import serve

    parser = argparse.ArgumentParser()
    serve.add_arguments(parser)
    return parser.parse_args(["--db", str(tmp_path / "x.db"), *argv])


def test_serve_refuses_posts_beyond_this_machine_without_a_token(tmp_path, monkeypatch):
    from rasid.commands.serve import ServeError, check_settings

    monkeypatch.delenv("RASID_WRITE_TOKEN", raising=False)
    with pytest.raises(ServeError, match="needs a write token"):
        check_settings(serve_args(tmp_path, "--host", "0.0.0.0", "--allow-post"))
    assert check_settings(serve_args(tmp_path, "--host", "127.0.0.1", "--allow-post")) == []
    assert check_settings(serve_args(tmp_path, "--host", "0.0.0.0")) == []  # read-only: no token needed
    tokens = tmp_path / "tokens"
    tokens.write_text("a-long-enough-team-token\n\n", encoding="utf-8")
    assert check_settings(serve_args(tmp_path, "--host", "0.0.0.0", "--allow-post", "--token-file", str(tokens))) == \
        ["a-long-enough-team-token"]
    monkeypatch.setenv("RASID_WRITE_TOKEN", "short")
    with pytest.raises(ServeError, match="at least 16"):
        check_settings(serve_args(tmp_path, "--host", "0.0.0.0", "--allow-post"))


def test_serve_command_refuses_an_unsafe_setting_with_a_named_reason(tmp_path):
    env = {k: v for k, v in os.environ.items() if k != "RASID_WRITE_TOKEN"} | {"PYTHONPATH": str(ROOT / "src")}
    done = subprocess.run([sys.executable, "-m", "rasid", "serve", "--db", str(tmp_path / "x.db"), "--host", "0.0.0.0",
                           "--allow-post"], check=False, env=env, capture_output=True, text=True, timeout=60)
    assert done.returncode == 2 and "needs a write token" in done.stderr
    assert not (tmp_path / "x.db").exists()  # refused before anything was opened or created


def test_api_concurrent_posts_are_each_queued_once(saved, worker):
    from concurrent.futures import ThreadPoolExecutor

    client = TestClient(create_app(saved, allow_post=True, writer=worker))
    records = [{**ARTICLE, "text": ARTICLE["text"] + f"\nوأضاف المصدر أن الجولة رقم {n} انتهت."} for n in range(12)]
    with ThreadPoolExecutor(max_workers=6) as pool:
        responses = list(pool.map(lambda r: client.post("/api/documents", json=r), records))
    assert [r.status_code for r in responses] == [202] * 12
    assert len({r.json()["job"] for r in responses}) == 12
    assert worker.wait_idle(timeout=120)
    assert client.get("/api/documents").json()["total"] == 5 + 12


def test_the_writer_process_ends_when_its_server_is_killed(tmp_path):
    """A server killed with -9 while its worker process runs: the worker ends too, never writing beside the
    next server."""
    script = (f"import os, sys, time\nsys.path.insert(0, {str(ROOT / 'src')!r})\n"
              "from concurrent.futures import ProcessPoolExecutor\nimport multiprocessing\n"
              "from rasid.api.writer import follow_parent\n"
              "pool = ProcessPoolExecutor(1, mp_context=multiprocessing.get_context('spawn'), initializer=follow_parent,"
              " initargs=(os.getpid(),))\n"
              "print(pool.submit(os.getpid).result(), flush=True)\ntime.sleep(60)\n")
    parent = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True)
    child = int(parent.stdout.readline())
    parent.kill()
    parent.wait()
    for _ in range(100):
        try:
            os.kill(child, 0)
        except ProcessLookupError:
            break
        time.sleep(0.1)
    else:
        os.kill(child, 9)
        raise AssertionError("the worker process outlived its killed server")


@pytest.fixture()
def two_stories(tmp_path):
    """A store of two stories (three articles on the coalition in Iraq, two on a football match)."""
    from storybuild import make_doc
    from test_grouping import FOOTBALL, IRAQ

    from rasid.analysis import build_story
    from rasid.settings import AnalysisOptions

    docs = [make_doc(f"i{i}", t, published=f"2024-03-0{i + 1}", entities=(("السوداني", "PER"),)).with_meta(
        outlet=f"outlet-{i}") for i, t in enumerate(IRAQ)]
    docs += [make_doc(f"f{i}", t, published="2024-05-01", entities=(("الهلال", "ORG"),)).with_meta(outlet="outlet-0")
             for i, t in enumerate(FOOTBALL)]
    story = build_story(docs, AnalysisOptions(quiet=True))
    store = open_store(f"sqlite:///{tmp_path / 'two.db'}")
    store.save_results(story)
    yield TestClient(create_app(store)), {d.id: d.meta.story for d in story.documents}
    store.close()


def test_api_lists_stories_largest_first_with_what_a_person_picks_by(two_stories):
    client, story_of = two_stories
    body = client.get("/api/stories").json()
    assert body["total"] == 2 and [s["documents"] for s in body["items"]] == [3, 2]
    iraq = body["items"][0]
    assert iraq["id"] == story_of["i0"] and iraq["outlets"] == 3
    assert (iraq["first_published"], iraq["last_published"]) == ("2024-03-01", "2024-03-03")
    assert iraq["label"] and iraq["actors"][0]["name"] == "السوداني"
    recent = client.get("/api/stories", params={"sort": "recent"}).json()["items"]
    assert recent[0]["id"] == story_of["f0"]


def test_api_story_rows_carry_the_central_question_or_why_none(two_stories):
    client, _ = two_stories
    items = client.get("/api/stories").json()["items"]
    # no one is quoted in these articles: no question is looked for, and the row says so
    assert [(s["question"], s["question_reason"]) for s in items] == [(None, "no_statements")] * 2


def test_api_outlets_most_articles_first(two_stories):
    client, _ = two_stories
    body = client.get("/api/outlets", params={"limit": 2}).json()
    assert body["total"] == 3
    assert body["items"] == [{"outlet": "outlet-0", "documents": 3}, {"outlet": "outlet-1", "documents": 1}]


@pytest.mark.parametrize("params, expected", [
    ({"outlet": "outlet-2"}, ["i0"]), ({"date_from": "2024-04"}, ["f0"]), ({"date_to": "2024-03"}, ["i0"]),
    ({"q": "zzzz"}, []),
])
def test_api_story_filters(two_stories, params, expected):
    client, story_of = two_stories
    assert [s["id"] for s in client.get("/api/stories", params=params).json()["items"]] == [story_of[d] for d in expected]


def test_api_story_filter_by_actor(two_stories):
    client, story_of = two_stories
    actor = next(e["id"] for e in client.get("/api/entities").json()["items"] if e["name"] == "الهلال")
    assert [s["id"] for s in client.get("/api/stories", params={"actor": actor}).json()["items"]] == [story_of["f0"]]


def test_api_one_story_holds_its_members_and_events(two_stories):
    client, story_of = two_stories
    body = client.get(f"/api/stories/{story_of['i0']}").json()
    assert sorted(body["members"]["documents"]) == ["i0", "i1", "i2"] and body["members"]["events"]
    assert client.get("/api/stories/no-such-story").json()["error"]["code"] == "not_found"


@pytest.mark.parametrize("route", ["documents", "statements", "entities", "timeline", "disagreements", "stances",
                                   "summary", "outlets"])
def test_api_every_list_takes_story(two_stories, route):
    client, story_of = two_stories
    whole = client.get(f"/api/{route}", params={"limit": 200}).json()
    parts = [client.get(f"/api/{route}", params={"limit": 200, "story": story_of[d]}).json() for d in ("i0", "f0")]
    assert sum(p["total"] for p in parts) >= whole["total"] - 0  # entities and outlets may be shared; the rest partition
    if route not in ("entities", "outlets"):
        assert sum(p["total"] for p in parts) == whole["total"]
    for part, doc in zip(parts, ("i0", "f0")):
        assert all(item.get("story", story_of[doc]) == story_of[doc] for item in part["items"])
    assert client.get(f"/api/{route}", params={"story": "no-such-story"}).json()["total"] == 0


def test_api_search_within_one_story(two_stories):
    client, story_of = two_stories
    everywhere = client.get("/api/search", params={"q": "الهلال"}).json()["documents"]["total"]
    inside = client.get("/api/search", params={"q": "الهلال", "story": story_of["i0"]}).json()["documents"]["total"]
    assert everywhere == 2 and inside == 0


def test_api_actor_list_reads_stored_mention_counts_and_counts_rows_saved_before_them(saved):
    from sqlalchemy import text as sql

    client = TestClient(create_app(saved))
    stored = client.get("/api/entities", params={"limit": 200}).json()["items"]
    with saved.engine.begin() as connection:
        connection.execute(sql("UPDATE entities SET mention_count = NULL"))  # as a store saved before 0004
    counted = client.get("/api/entities", params={"limit": 200}).json()["items"]
    assert stored == counted and stored[0]["mention_count"] >= stored[-1]["mention_count"] > 0


def test_api_reads_need_a_token_when_the_server_has_read_tokens(saved):
    client = TestClient(create_app(saved, write_tokens=["team-write-token-0001"], read_tokens=["team-read-token-00001"]))
    for headers in ({}, {"Authorization": "Bearer wrong-token-of-any-length"}, {"Authorization": "team-read-token-00001"}):
        response = client.get("/api/documents", headers=headers)
        assert response.status_code == 401 and response.json()["error"]["code"] == "unauthorized"
    for token in ("team-read-token-00001", "team-write-token-0001"):  # a write token reads too
        assert client.get("/api/documents", headers={"Authorization": f"Bearer {token}"}).status_code == 200
    assert client.get("/api/openapi.json").status_code == 200  # the schema and the page hold no data
    assert client.get("/").status_code == 200


def test_serve_reads_read_tokens_from_a_file_or_the_environment(tmp_path, monkeypatch):
    from rasid.commands.serve import ServeError, read_tokens

    monkeypatch.delenv("RASID_READ_TOKEN", raising=False)
    assert read_tokens(None) == []
    path = tmp_path / "readers"
    path.write_text("a-long-enough-reader-token\n", encoding="utf-8")
    monkeypatch.setenv("RASID_READ_TOKEN", "another-reader-token-ok")
    assert read_tokens(path) == ["a-long-enough-reader-token", "another-reader-token-ok"]
    monkeypatch.setenv("RASID_READ_TOKEN", "short")
    with pytest.raises(ServeError, match="read token must have at least 16"):
        read_tokens(None)


def test_api_one_storys_view_holds_what_its_own_export_holds(tmp_path):
    """`/api/story?story=` reads only the story's rows (entities by the mentions in its articles, statements by
    their article) and gives what `story_subset` keeps of the run: the same records, texts aside."""
    from storybuild import make_doc
    from test_grouping import FOOTBALL, IRAQ

    from rasid.analysis import build_story
    from rasid.api.view import story_view
    from rasid.corpus.story_exports import story_subset
    from rasid.settings import AnalysisOptions

    docs = [make_doc(f"i{i}", t, published="2024-05-01", entities=(("السوداني", "PER"),)) for i, t in enumerate(IRAQ)]
    docs += [make_doc(f"f{i}", t, published="2024-05-01", entities=(("الهلال", "ORG"),)) for i, t in enumerate(FOOTBALL)]
    story = build_story(docs, AnalysisOptions(quiet=True))
    with open_store(f"sqlite:///{tmp_path / 'two.db'}") as store:
        store.save_results(story)
        client = TestClient(create_app(store))
        for story_id in {d.meta.story for d in story.documents}:
            served = client.get(f"/api/story?story={story_id}").json()
            expected = story_view(story_subset(story, story_id), with_texts=False)
            for field in ("entities", "statements", "timeline", "summary", "stances", "disagreements"):
                assert served[field] == expected[field], field
            assert served["entities"] and {d["id"] for d in served["documents"]} == {d["id"] for d in expected["documents"]}
