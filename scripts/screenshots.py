"""Retake the web UI screenshots in docs/: the sample corpus as `rasid analyze` gives it, served and photographed.

Nothing is hand-made: every view shows the analysis of ../shared/corpus/iraq-coalition alone, and the script
stops with a named error, writing nothing, when a view would be empty (a field of the analysis with no record).
Desktop views at 1280×900 and the overview at a phone's 390×844. Uses Debian's /usr/bin/chromium.

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
sys.path[:0] = [str(ROOT / "src")]

import uvicorn
from playwright.sync_api import sync_playwright

import rasid
from rasid.api import create_app
from rasid.store import open_store

SAMPLE = ROOT.parent / "shared" / "corpus" / "iraq-coalition"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"]
PORT = 8799
#: the fields the photographed views show: each must hold records, or a screenshot would show an empty view
SHOWN = ("entities", "statements", "timeline", "disagreements", "stances", "summary", "quantities")


class EmptyView(SystemExit):
    """A view would be photographed empty."""


def analysed_story() -> rasid.Story:
    """The sample as `rasid analyze` gives it; an EmptyView when a shown field has no record."""
    story = rasid.analyze(SAMPLE, quiet=True)
    empty = [name for name in SHOWN if not story.results.get(name)]
    if empty:
        raise EmptyView(f"screenshots: the analysis of {SAMPLE} has no {', '.join(empty)}: those views would be "
                        "empty; nothing written")
    return story


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
        shots = [("ui-overview", "overview", 1280, 900), ("ui-timeline", "timeline", 1280, 900),
                 ("ui-quotes", "quotes", 1280, 900), ("ui-actor", f"actor/{sudani}", 1280, 900),
                 ("ui-highlight", f"doc/{doc}", 1280, 900), ("ui-phone", "overview", 390, 844)]
        for name, route, width, height in shots:
            page = browser.new_page(viewport={"width": width, "height": height}, locale="ar")
            page.goto(f"{base}#/{route}")
            page.wait_for_selector(f"main[data-view='{route.split('/')[0]}']")
            if name == "ui-highlight":
                page.locator("#doc-text .k-entity", has_text="السوداني").first.click()
            page.wait_for_timeout(300)
            page.screenshot(path=str(out / f"{name}.png"))
            page.close()
        browser.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs")
    args = parser.parse_args()
    story = analysed_story()
    with tempfile.TemporaryDirectory() as tmp:
        store = open_store(Path(tmp) / "rasid.db")
        store.save_results(story)
        store.close()
        server = serve(Path(tmp) / "rasid.db")
        shoot(args.out, story)
        server.should_exit = True
    counts = ", ".join(f"{name} {len(story.results[name])}" for name in SHOWN)
    print(f"screenshots in {args.out}, from the analysis alone ({counts})")


if __name__ == "__main__":
    main()
