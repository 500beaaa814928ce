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
def writer(saved):
    return TestClient(create_app(saved, allow_post=True))


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


def test_api_post_analyses_and_stores_an_article(writer):
    response = writer.post("/api/documents", json=ARTICLE)
    assert response.status_code == 201 and response.json()["added"] is True
    assert writer.get(f"/api/documents/{response.json()['id']}").json()["outlet"] == "وكالة الاختبار"
    assert writer.get("/api/documents").json()["total"] == 6


def test_api_post_same_article_twice_adds_it_once(writer):
    writer.post("/api/documents", json=ARTICLE)
    again = writer.post("/api/documents", json=ARTICLE)
    assert again.status_code == 200 and again.json()["added"] is False
    assert writer.get("/api/documents").json()["total"] == 6


def test_api_post_rejects_a_record_without_text(writer):
    response = writer.post("/api/documents", json={"title": "بلا نص"})
    assert response.status_code == 422 and "text" in response.json()["error"]["message"]


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
            status = 201
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
