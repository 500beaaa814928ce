"""The web UI and report.html in headless Chromium (Debian's /usr/bin/chromium, driven by Playwright).

The server runs in a thread over a real SQLite store holding the sample story with hand-made results and
one hostile article whose text, title and outlet carry `<script>` and `<img onerror>`; each payload sets a
window flag, and the tests assert that it stays unset while the text shows as text. The screenshots in
docs/ come from `scripts/screenshots.py`.
"""
import contextlib
import os
import socket
import threading
import time
from pathlib import Path
from urllib.parse import unquote

import pytest

from rasid.api import create_app
from rasid.model import DocMeta, Document
from rasid.registry import build_pipeline
from rasid.report import write_report
from rasid.store import open_store
from rasid.story import Story

CHROMIUM = Path("/usr/bin/chromium")
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"]
PAYLOAD = ('خبر عاجل <script>window.__pwned = "script"</script> عن التحالف الدولي في العراق '
           '<img src=x onerror="window.__pwned = \'img\'"> وقال المتحدث إن الوضع مستقر.')
HOSTILE_ID = "hostile00000000"


def hostile_document() -> Document:
    meta = DocMeta(source="hostile.txt", title='<img src=x onerror="window.__pwned=\'title\'">عنوان',
                   outlet="<script>window.__pwned='outlet'</script>", published="2024-09-01")
    return build_pipeline()(Document(HOSTILE_ID, PAYLOAD, meta))


def hostile_story(synthetic: Story) -> Story:
    doc = hostile_document()
    start = PAYLOAD.index("<script>")
    results = dict(synthetic.results)
    results["entities"] = [*results["entities"], {
        "id": "ent-hostile", "type": "MISC", "name": PAYLOAD[start:start + 20], "aliases": [], "titles": [],
        "mentions": [{"doc": doc.id, "start": start, "end": start + 20, "text": PAYLOAD[start:start + 20]}]}]
    return Story([*synthetic.documents, doc], results)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="module")
def browser():
    if not CHROMIUM.exists():
        message = "Chromium not found at /usr/bin/chromium (bash scripts/test installs Debian's chromium)"
        pytest.fail(message) if os.environ.get("CI") else pytest.skip(message)
    playwright_api = pytest.importorskip("playwright.sync_api", reason="playwright not installed (pip install -e '.[test]')")
    with playwright_api.sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield chromium
        chromium.close()


def test_web_scripts_declare_each_top_level_name_once():
    """The page's scripts share one global scope: a second `function pager` in another file silently replaces the
    first (a story-list helper once broke every timeline this way)."""
    import re

    from rasid.report import SCRIPTS, WEB

    seen: dict[str, str] = {}
    for name in SCRIPTS:
        text = (WEB / name).read_text(encoding="utf-8")
        for declared in re.findall(r"^(?:function|const|let|class) ([A-Za-z_$][\w$]*)", text, re.MULTILINE):
            assert declared not in seen, f"{declared} is declared in {seen[declared]} and in {name}"
            seen[declared] = name


@pytest.fixture(scope="module")
def story(synthetic):
    return hostile_story(synthetic)


@pytest.fixture(scope="module")
def server(tmp_path_factory, story):
    with serving(tmp_path_factory.mktemp("web") / "rasid.db", story) as base:
        yield base


@contextlib.contextmanager
def serving(db: Path, story: Story, **settings):
    """`rasid serve`'s app over a store holding `story`, in a thread on a free port: its base URL."""
    import uvicorn

    store = open_store(db)
    store.save_results(story)
    port = free_port()
    instance = uvicorn.Server(uvicorn.Config(create_app(store, **settings), host="127.0.0.1", port=port,
                                             log_level="warning"))
    thread = threading.Thread(target=instance.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not instance.started and time.monotonic() < deadline:
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{port}/"
    finally:
        instance.should_exit = True
        thread.join(timeout=10)
        store.close()


@pytest.fixture()
def page(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="ar")
    page = context.new_page()
    page.errors = []
    page.on("pageerror", lambda error: page.errors.append(str(error)))
    yield page
    context.close()


def open_view(page, base: str, route: str):
    page.goto(f"{base}#/{route}")
    page.wait_for_selector("body[data-ready=true]")
    page.wait_for_selector(f"main[data-view='{route.split('/')[0]}']")
    return page


def test_web_overview_shows_counts_summary_and_disagreements(page, server, story):
    open_view(page, server, "overview")
    assert page.locator(".stat-value").first.inner_text() == str(len(story.documents))
    assert page.locator(".summary li").count() == len(story.results["summary"])
    assert page.locator(".claims li").count() == 2 and not page.errors


def test_web_timeline_year_bar_filters_events(page, server, story):
    open_view(page, server, "timeline")
    assert page.locator(".event").count() == len(story.results["timeline"])
    page.locator("button.year", has_text="2011").click()
    assert page.locator(".event").count() == 1 and "2011" in page.locator(".event-date").inner_text()


def test_web_quotes_filters_by_speaker_and_folded_words(page, server):
    open_view(page, server, "quotes")
    page.select_option("#quote-speaker", label="مارك كيميت")
    assert page.locator("#quotes-table tbody tr").count() == 2
    page.select_option("#quote-speaker", value="")
    page.fill("#quote-text", "الامريكيه")
    assert page.locator("#quotes-table tbody tr").count() == 1


def test_web_document_view_highlights_every_layer(page, server, story):
    doc = next(d for d in story.documents if d.meta.outlet == "عراق أوبزيرفر")
    st = next(s for s in story.results["statements"] if s["doc"] == doc.id)
    open_view(page, server, f"doc/{doc.id}/{st['start']}/{st['end']}")
    for kind in ("entity", "statement"):
        assert page.locator(f"#doc-text .k-{kind}").count() > 0, kind
    assert page.locator("#doc-text .target").inner_text() == st["text"]


def test_web_highlight_click_shows_its_entity(page, server, story):
    doc = next(d for d in story.documents if d.meta.outlet == "عراق أوبزيرفر")
    open_view(page, server, f"doc/{doc.id}")
    page.locator("#doc-text .k-entity", has_text="السوداني").first.click()
    panel = page.locator("#panel")
    assert panel.is_visible() and "محمد شياع السوداني" in panel.inner_text()
    panel.locator("a", has_text="صفحة الفاعل").click()
    page.wait_for_selector("main[data-view='actor']")
    assert page.locator("h1").inner_text().startswith("محمد شياع السوداني")


def test_web_actor_view_lists_statements_and_stances(page, server):
    open_view(page, server, "actor/ent-sudani")
    assert page.locator(".quote-card").count() == 2 and page.locator(".badge-mixed").count() == 1


def assert_inert(page) -> None:
    assert page.evaluate("window.__pwned") is None, "a script from an article ran"
    assert page.locator("#doc-text img, #view img, #view script").count() == 0
    assert "<script>" in page.locator("#doc-text").inner_text()
    assert "<img" in page.locator("h1").inner_text()


def test_web_hostile_article_renders_as_text(page, server):
    open_view(page, server, f"doc/{HOSTILE_ID}")
    page.locator("#doc-text .k-entity").first.click()
    page.wait_for_timeout(100)
    assert_inert(page)
    open_view(page, server, "docs")
    assert page.evaluate("window.__pwned") is None and "<script>" in page.locator("#view").inner_text()


def test_web_report_renders_offline_and_inert(page, story, tmp_path):
    path = write_report(story, tmp_path)
    open_view(page, path.as_uri(), "overview")
    assert page.locator(".summary li").count() == len(story.results["summary"]) and not page.errors
    open_view(page, path.as_uri(), f"doc/{HOSTILE_ID}")
    assert_inert(page)


def test_web_search_box_finds_folded_spellings(page, server):
    open_view(page, server, "overview")
    page.fill("#search-input", "الامريكيه")
    page.press("#search-input", "Enter")
    page.wait_for_selector("main[data-view='search']")
    assert "القوات الأميركية" in page.locator("#view").inner_text()


@pytest.fixture(scope="module")
def two_story_server(tmp_path_factory):
    """A store of two stories: three articles on the coalition in Iraq, two on a football match."""
    from storybuild import make_doc
    from test_grouping import FOOTBALL, IRAQ

    from rasid.analysis import build_story
    from rasid.settings import AnalysisOptions

    docs = [make_doc(f"i{i}", t, published=f"2024-03-{1 + 14 * i:02d}", entities=(("السوداني", "PER"),)).with_meta(
        outlet=f"outlet-{i}", title=f"التحالف {i}") for i, t in enumerate(IRAQ)]
    docs += [make_doc(f"f{i}", t, published="2024-05-01", entities=(("الهلال", "ORG"),)).with_meta(
        outlet="outlet-0", title=f"الديربي {i}") for i, t in enumerate(FOOTBALL)]
    story = build_story(docs, AnalysisOptions(quiet=True))
    with serving(tmp_path_factory.mktemp("two") / "rasid.db", story) as base:
        yield base, {d.id: d.meta.story for d in story.documents}


@pytest.mark.parametrize("width, height", [(1400, 1000), (390, 844)])
def test_web_a_store_of_several_stories_opens_on_the_story_list(browser, two_story_server, width, height):
    base, _ = two_story_server
    context = browser.new_context(viewport={"width": width, "height": height}, locale="ar")
    page = context.new_page()
    errors = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    try:
        page.goto(base)
        page.wait_for_selector("body[data-ready=true]")
        page.wait_for_selector("main[data-view='stories']")
        rows = page.locator(".story-row")
        assert rows.count() == 2 and "3 مقال" in rows.first.inner_text()
        assert page.locator("#nav a").first.inner_text() == "القصص (2)"
        rows.first.locator(".story-title").click()
        page.wait_for_selector("main[data-view='overview']")
        assert "?story=" in page.url
        assert page.locator(".stat-value").first.inner_text() == "3"  # that story's articles only
        page.goto(page.url.split("#")[0] + "#/docs")
        page.wait_for_selector("main[data-view='docs']")
        assert "الديربي" not in page.locator("main").inner_text() and not errors
    finally:
        context.close()


def test_web_the_story_list_filters_by_words_in_the_url(page, two_story_server):
    base, _ = two_story_server
    page.goto(base + "#/stories/" + "الديربي")
    page.wait_for_selector("main[data-view='stories']")
    assert page.locator(".story-row").count() == 1 and "الديربي" in page.locator(".story-title").inner_text()


def test_web_the_story_list_filters_by_outlet_dates_and_actor_in_the_url(page, two_story_server):
    base, _ = two_story_server
    page.goto(base + "#/stories")
    page.wait_for_selector("main[data-view='stories']")
    page.select_option("select[name=outlet]", "outlet-1")  # only the coalition story has an article of outlet-1
    playwright_api = pytest.importorskip("playwright.sync_api")
    playwright_api.expect(page.locator(".story-row")).to_have_count(1)
    assert "outlet=outlet-1" in unquote(page.url) and "التحالف" in page.locator(".story-title").inner_text()
    page.goto(base + "#/stories/q=x&sort=recent")  # words no title holds: nothing, said so
    page.wait_for_selector("main[data-view='stories'] .empty")
    page.goto(base + "#/stories/from=2024-04-01")  # the football match was played in May
    playwright_api.expect(page.locator(".story-row")).to_have_count(1)
    assert "الديربي" in page.locator(".story-title").inner_text()
    page.goto(base + "#/stories")
    playwright_api.expect(page.locator(".story-row")).to_have_count(2)  # the whole list again, not the filtered one
    chip = page.locator(".story-row").first.locator(".chip").first
    name = chip.inner_text()
    chip.click()
    page.wait_for_selector(".active-filter")
    assert "actor=" in unquote(page.url) and name in page.locator(".active-filter").inner_text()
    assert all(name in row.inner_text() for row in page.locator(".story-row").all())


# the sample as `rasid analyze` gives it: no hand-made record

@pytest.fixture(scope="module")
def real_server(tmp_path_factory, sample_story):
    with serving(tmp_path_factory.mktemp("real") / "rasid.db", sample_story) as base:
        yield base


def test_web_real_analysis_overview_counts_summary_and_stances(page, real_server, sample_story):
    open_view(page, real_server, "overview")
    values = page.locator(".stat-value").all_inner_texts()
    assert values[:2] == [str(len(sample_story.documents)), "2"]  # five articles, two outlets named
    assert page.locator(".summary li").count() == len(sample_story.results["summary"]) > 0
    assert "السؤال المحوري" in page.locator(".lead").inner_text() and not page.errors


def test_web_real_analysis_timeline_and_quotes_show_every_record(page, real_server, sample_story):
    open_view(page, real_server, "timeline")
    assert page.locator(".event").count() == len(sample_story.results["timeline"]) > 0
    open_view(page, real_server, "quotes")
    assert page.locator("#quotes-table tbody tr").count() == len(sample_story.results["statements"]) > 0


def test_web_real_analysis_quote_links_to_its_exact_characters(page, real_server, sample_story):
    statement = sample_story.results["statements"][0]
    open_view(page, real_server, f"doc/{statement['doc']}/{statement['start']}/{statement['end']}")
    pieces = page.locator("#doc-text .target").all_inner_texts()  # nested highlights split the target
    assert "".join(pieces) == statement["text"] and not page.errors


def test_web_report_search_finds_the_same_kinds_as_the_server(page, real_server, sample_story, tmp_path):
    """`الامريكيه` in the report finds articles, actors and statements, as the UI's search over the server does."""
    def counts(base):
        open_view(page, base, "search/" + "الامريكيه")
        headings = page.locator("#view h2").all_inner_texts()
        return {h.split(" (")[0]: int(h.split("(")[1].rstrip(")")) for h in headings if "(" in h}

    served = counts(real_server)
    embedded = counts(write_report(sample_story, tmp_path).as_uri())
    assert embedded == served and set(served) == {"المقالات", "الفاعلون", "التصريحات"}, (served, embedded)
    assert all(count > 0 for count in served.values()) and not page.errors


def test_web_timeline_lists_the_story_events_of_a_chosen_story(page, two_story_server):
    base, story_of = two_story_server
    page.goto(f"{base}?story={story_of['i0']}#/timeline")
    page.wait_for_selector("main[data-view='timeline']")
    events = page.locator(".story-events li")
    assert events.count() >= 2 and "2024" in events.first.inner_text()


def test_web_search_from_the_story_list_runs_across_every_story(page, two_story_server):
    base, story_of = two_story_server
    page.goto(base)
    page.wait_for_selector("main[data-view='stories']")
    page.fill("#search-input", "الهلال")
    page.press("#search-input", "Enter")
    page.wait_for_selector("main[data-view='search']")
    link = page.locator("#view a", has_text="الديربي").first
    assert f"story={story_of['f0']}" in link.get_attribute("href")
    link.click()
    page.wait_for_selector("main[data-view='doc']")
    assert "الهلال" in page.locator("#doc-text").inner_text()


def test_web_quotes_shown_download_as_csv(page, real_server, sample_story):
    open_view(page, real_server, "quotes")
    page.fill("#quote-text", "التحالف")
    shown = int(page.locator("#quotes-count").inner_text().split()[0])
    with page.expect_download() as waiting:
        page.click("#quotes-csv")
    import csv
    import io

    text = Path(waiting.value.path()).read_text(encoding="utf-8-sig")
    rows = list(csv.reader(io.StringIO(text)))
    assert rows[0][:3] == ["speaker", "content", "direct"] and len(rows) - 1 == shown > 0
    first = rows[1]
    doc = next(d for d in sample_story.documents if d.id == first[7])
    assert doc.text[int(first[8]):int(first[9])]  # each row points at its exact characters
    assert not page.errors


def test_web_quote_filters_live_in_the_address_and_open_again_from_it(page, real_server, sample_story):
    open_view(page, real_server, "quotes")
    page.fill("#quote-text", "التحالف")
    page.check("#quote-direct")
    shown = page.locator("#quotes-table tbody tr").count()
    shared = page.url
    assert "q%3D" in shared and "direct%3D1" in shared, shared
    other = page.context.new_page()
    other.goto(shared)
    other.wait_for_selector("main[data-view='quotes']")
    assert other.locator("#quotes-table tbody tr").count() == shown < len(sample_story.results["statements"])
    assert other.locator("#quote-text").input_value() == "التحالف" and other.locator("#quote-direct").is_checked()
    other.close()


def test_web_actor_filters_live_in_the_address_and_download_as_csv(page, real_server, sample_story):
    open_view(page, real_server, "actors")
    page.select_option("#actor-type", value="PER")
    people = sum(e["type"] == "PER" for e in sample_story.results["entities"])
    assert page.locator(".actor-card").count() == people > 0 and "type%3DPER" in page.url
    with page.expect_download() as waiting:
        page.click("#actors-csv")
    import csv
    import io

    rows = list(csv.reader(io.StringIO(Path(waiting.value.path()).read_text(encoding="utf-8-sig"))))
    assert rows[0][:3] == ["id", "name", "type"] and len(rows) - 1 == people
    assert {r[2] for r in rows[1:]} == {"PER"} and not page.errors


def test_web_actor_page_lists_who_appears_with_it(page, real_server, sample_story):
    entities = sample_story.results["entities"]
    docs_of = {e["id"]: {m["doc"] for m in e["mentions"]} for e in entities}
    busiest = max(entities, key=lambda e: len(docs_of[e["id"]]))
    open_view(page, real_server, f"actor/{busiest['id']}")
    items = page.locator("#companions li")
    expected = sum(1 for e in entities if e["id"] != busiest["id"] and docs_of[e["id"]] & docs_of[busiest["id"]])
    assert items.count() == min(12, expected) > 0
    first = items.first.inner_text()
    top = max(len(docs_of[e["id"]] & docs_of[busiest["id"]]) for e in entities if e["id"] != busiest["id"])
    assert str(top) in first and not page.errors


def test_web_articles_download_as_csv(page, real_server, sample_story):
    open_view(page, real_server, "docs")
    with page.expect_download() as waiting:
        page.click("#docs-csv")
    import csv
    import io

    rows = list(csv.reader(io.StringIO(Path(waiting.value.path()).read_text(encoding="utf-8-sig"))))
    assert [r[0] for r in rows[1:]] == [d.id for d in sample_story.documents] and not page.errors


def test_web_articles_filter_by_outlet_in_the_address_and_download_what_is_shown(page, real_server, sample_story):
    outlet = next(d.meta.outlet for d in sample_story.documents if d.meta.outlet)
    kept = [d.id for d in sample_story.documents if d.meta.outlet == outlet]
    open_view(page, real_server, "docs")
    page.select_option("#docs-outlet", value=outlet)
    assert page.locator("#docs-table tbody tr").count() == len(kept) < len(sample_story.documents)
    assert "outlet%3D" in page.url
    other = page.context.new_page()
    other.goto(page.url)
    other.wait_for_selector("main[data-view='docs']")
    assert [r[0] for r in _downloaded_rows(other, "#docs-csv")[1:]] == kept and not page.errors
    other.close()


def test_web_timeline_places_events_on_a_time_axis(page, real_server, sample_story):
    import re

    def first_day(value: str):
        week = re.match(r"^(\d{4})-W(\d{2})", value)
        if week:
            return (int(week[1]), 0, 1 + (int(week[2]) - 1) * 7)
        day = re.match(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?", value)
        return (int(day[1]), int(day[2] or 1) - 1, int(day[3] or 1)) if day else None

    dated = [i for i in sample_story.results["timeline"] if first_day(str(i["date"]))]
    open_view(page, real_server, "timeline")
    dots = page.locator("#time-axis .axis-dot")
    assert dots.count() == len(dated) >= 2
    placed = sorted((first_day(d.get_attribute("data-date")), d.bounding_box()["x"]) for d in dots.all())
    xs = [x for _, x in placed]
    assert xs == sorted(xs, reverse=True), placed  # earlier to the right, as the page reads
    assert xs[0] > xs[-1] and page.locator("#time-axis .axis-tick").count() >= 2 and not page.errors


def test_web_timeline_filters_live_in_the_address_and_download_as_csv(page, real_server, sample_story):
    entities = {e["id"]: e for e in sample_story.results["entities"]}
    counted: dict[str, int] = {}
    for item in sample_story.results["timeline"]:
        for entity in item.get("entities", []):
            counted[entity] = counted.get(entity, 0) + 1
    actor = max(counted, key=counted.get)
    open_view(page, real_server, "timeline")
    page.select_option("#timeline-actor", value=actor)
    assert page.locator(".event").count() == counted[actor] and "actor%3D" in page.url
    other = page.context.new_page()
    other.goto(page.url)
    other.wait_for_selector("main[data-view='timeline']")
    assert other.locator(".event").count() == counted[actor] and other.locator("#timeline-actor").input_value() == actor
    with other.expect_download() as waiting:
        other.click("#timeline-csv")
    import csv
    import io

    rows = list(csv.reader(io.StringIO(Path(waiting.value.path()).read_text(encoding="utf-8-sig"))))
    assert rows[0][:3] == ["date", "kind", "text"] and len(rows) - 1 == counted[actor]
    assert all(entities[actor]["name"] in row[3] for row in rows[1:]) and not page.errors
    other.close()


def _downloaded_rows(page, button: str) -> list[list[str]]:
    import csv
    import io

    with page.expect_download() as waiting:
        page.click(button)
    return list(csv.reader(io.StringIO(Path(waiting.value.path()).read_text(encoding="utf-8-sig"))))


def test_web_disagreements_view_lists_every_claim_with_its_source_and_csv(page, real_server, sample_story):
    disagreements = sample_story.results["disagreements"]
    claims = [c for d in disagreements for c in d["claims"]]
    open_view(page, real_server, "disagreements")
    assert page.locator("#disagreements-table tbody tr").count() == len(disagreements) >= 1
    shown = page.locator("#disagreements-table .claims li")
    assert shown.count() == len(claims)
    text = page.locator("#disagreements-table").inner_text()
    assert "86 دولة" in text and "87 دولة" in text  # the sample's disagreement: 86 member states or 87
    link = shown.first.locator("a.source-link")
    first = claims[0]
    assert link.get_attribute("href").endswith(f"/{first['doc']}/{first['start']}/{first['end']}")
    rows = _downloaded_rows(page, "#disagreements-csv")
    assert rows[0][:3] == ["topic", "kind", "value"] and len(rows) - 1 == len(claims)
    doc = next(d for d in sample_story.documents if d.id == first["doc"])
    assert doc.text[int(rows[1][8]):int(rows[1][9])] == rows[1][6]  # the exact characters of the claim
    page.select_option("#disagreement-kind", value="date")
    assert page.locator("#disagreements-table tbody tr").count() == sum(d["kind"] == "date" for d in disagreements)
    assert "kind%3Ddate" in page.url and not page.errors


def test_web_stances_view_filters_by_side_in_the_address_and_downloads_evidence(page, real_server, sample_story):
    stances = sample_story.results["stances"]
    question = sample_story.results["questions"][0]["question"]
    open_view(page, real_server, "stances")
    assert question in page.locator(".lead").inner_text()
    rows = page.locator("#stances-table tbody tr")
    assert rows.count() == len(stances)
    against = [s for s in stances if s["stance"] == "against"]
    page.select_option("#stance-side", value="against")
    assert rows.count() == len(against) >= 1 and "stance%3Dagainst" in page.url
    other = page.context.new_page()
    other.goto(page.url)
    other.wait_for_selector("main[data-view='stances']")
    assert other.locator("#stances-table tbody tr").count() == len(against)
    downloaded = _downloaded_rows(other, "#stances-csv")
    assert downloaded[0][:3] == ["actor", "actor_kind", "stance"]
    assert len(downloaded) - 1 == sum(len(s["evidence"]) for s in against)
    assert {row[2] for row in downloaded[1:]} == {"against"} and not page.errors
    other.close()


def test_web_overview_links_to_every_disagreement_and_stance(page, real_server, sample_story):
    open_view(page, real_server, "overview")
    page.click(f"text=كل المواقف ({len(sample_story.results['stances'])})")
    page.wait_for_selector("main[data-view='stances']")
    assert not page.errors


@pytest.fixture(scope="module")
def long_server(tmp_path_factory, synthetic):
    """A story of 450 statements (the synthetic ones repeated under new ids): longer than one page."""
    statements = synthetic.results["statements"]
    many = [{**st, "id": f"{st['id']}-{n}"} for n in range(450 // len(statements) + 1) for st in statements][:450]
    story = Story(synthetic.documents, {**synthetic.results, "statements": many})
    with serving(tmp_path_factory.mktemp("long") / "rasid.db", story) as base:
        yield base


def test_web_a_long_quotes_table_draws_a_page_at_a_time(page, long_server):
    open_view(page, long_server, "quotes")
    rows = page.locator("#quotes-table tbody tr")
    assert rows.count() == 200 and "250" in page.locator("#quotes-more").inner_text()
    page.click("#quotes-more")
    assert rows.count() == 400
    page.click("#quotes-more")
    assert rows.count() == 450 and page.locator("#quotes-more").is_hidden()
    with page.expect_download() as waiting:
        page.click("#quotes-csv")
    text = Path(waiting.value.path()).read_text(encoding="utf-8-sig")
    assert len(text.strip().splitlines()) == 451 and not page.errors  # every row shown or not, and the header


def test_web_a_server_with_read_tokens_asks_for_one_and_then_shows_the_story(page, tmp_path, synthetic):
    with serving(tmp_path / "rasid.db", synthetic, read_tokens=["team-read-token-00001"]) as base:
        page.goto(f"{base}#/overview")
        page.wait_for_selector("body[data-ready=token]")
        assert page.locator("#token-form").is_visible() and page.locator(".stat").count() == 0
        page.fill("#token-input", "team-read-token-00001")
        page.click("#token-form button")
        page.wait_for_selector("body[data-ready=true]")
        page.wait_for_selector("main[data-view='overview']")
        assert page.locator(".stat-value").first.inner_text() == str(len(synthetic.documents))
        assert "team-read-token" not in page.url and not page.errors
