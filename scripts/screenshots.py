"""Retake the web UI screenshots in docs/: the sample corpus as rasid analyses it, served and photographed.

Export fields that no stage fills yet (say, the timeline before its corpus step lands) are filled from the
hand-made records of tests/synthetic_story.py, with their entity ids mapped to the analysed entities by
name, so every view has something to show; the README says which. Uses Debian's /usr/bin/chromium.

    PYTHONPATH=src python scripts/screenshots.py [--out docs]
"""
from __future__ import annotations

import argparse
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT / "src"), str(ROOT / "tests")]

import uvicorn
from playwright.sync_api import sync_playwright
from synthetic_story import entities as synthetic_entities
from synthetic_story import results as synthetic_results

import rasid
from rasid.api import create_app
from rasid.store import open_store

SAMPLE = ROOT.parent / "shared" / "corpus" / "iraq-coalition"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"]
PORT = 8799


def filled_story() -> tuple[rasid.Story, list[str]]:
    """The analysed sample, with hand-made records for the fields that came out empty."""
    story = rasid.analyze(SAMPLE, quiet=True)
    made = synthetic_results(story.documents)
    by_name = {e["name"]: e["id"] for e in story.results.get("entities", [])}
    ids = {e["id"]: by_name.get(e["name"], e["id"]) for e in synthetic_entities(story.documents)}
    filled = [name for name, records in made.items() if not story.results.get(name)]
    for name in filled:
        story.results[name] = [_map_ids(record, ids) for record in made[name]]
    return story, filled


def _map_ids(record: dict, ids: dict[str, str]) -> dict:
    out = dict(record)
    if "entity" in out:
        out["entity"] = ids.get(out["entity"], out["entity"])
    if "speaker" in out:
        out["speaker"] = ids.get(out["speaker"], out["speaker"])
    if "entities" in out:
        out["entities"] = [ids.get(i, i) for i in out["entities"]]
    return out


def serve(db: Path) -> uvicorn.Server:
    server = uvicorn.Server(uvicorn.Config(create_app(open_store(db)), host="127.0.0.1", port=PORT,
                                           log_level="warning"))
    threading.Thread(target=server.run, daemon=True).start()
    while not server.started:
        time.sleep(0.05)
    return server


def shoot(out: Path, story: rasid.Story) -> None:
    base = f"http://127.0.0.1:{PORT}/"
    sudani = next((e["id"] for e in story.results["entities"] if e["name"] == "محمد شياع السوداني"), None)
    doc = next(d.id for d in story.documents if d.meta.outlet == "عراق أوبزيرفر")
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=ARGS)
        page = browser.new_page(viewport={"width": 1280, "height": 900}, locale="ar")
        for name, route in [("ui-overview", "overview"), ("ui-timeline", "timeline"), ("ui-quotes", "quotes"),
                            ("ui-actor", f"actor/{sudani}"), ("ui-highlight", f"doc/{doc}")]:
            page.goto(f"{base}#/{route}")
            page.wait_for_selector(f"main[data-view='{route.split('/')[0]}']")
            if name == "ui-highlight":
                page.locator("#doc-text .k-entity", has_text="السوداني").first.click()
            page.wait_for_timeout(300)
            page.screenshot(path=str(out / f"{name}.png"))
        browser.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs")
    args = parser.parse_args()
    story, filled = filled_story()
    with tempfile.TemporaryDirectory() as tmp:
        store = open_store(Path(tmp) / "rasid.db")
        store.save_results(story)
        store.close()
        server = serve(Path(tmp) / "rasid.db")
        shoot(args.out, story)
        server.should_exit = True
    print(f"screenshots in {args.out}; hand-made fields: {', '.join(filled) or 'none'}")


if __name__ == "__main__":
    main()
