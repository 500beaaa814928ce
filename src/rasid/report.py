"""`DIR/report.html`: the story in one self-contained file, to mail or archive.

The page is the web UI's own scripts and styles inlined, with the story embedded as JSON in a
`<script type="application/json">` element, every `<` escaped so that no article text can close it. A
Content-Security-Policy allows only the inline script and style by their hashes, so nothing else (no
script an article might carry) can run. It is written to a temporary file and renamed, like story.json.

A run of several stories gets an index instead: `DIR/report.html` lists the stories, largest first (headline,
central question, articles, outlets, dates), each of two or more articles linking to its own report,
`DIR/stories/<id>/report.html`, and each single article to its `story.json`; no page holds the whole run.
"""
from __future__ import annotations

import base64
import hashlib
import json
from html import escape
from pathlib import Path
from urllib.parse import quote

from .api.view import story_view
from .corpus.story_exports import split_by_story
from .story import Story, write_text_atomic

WEB = Path(__file__).resolve().parent / "web"
#: the order index.html loads them
SCRIPTS = ("dom.js", "data.js", "story.js", "people.js", "positions.js", "document.js", "stories.js", "app.js")


def embedded_json(data: object) -> str:
    """JSON that is safe inside a `<script>` element: `<`, `>` and `&` as `\\u` escapes."""
    text = json.dumps(data, ensure_ascii=False)
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def _sha256(text: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode() + "'"


def render_report(story: Story) -> str:
    """The report page for `story`."""
    style = (WEB / "app.css").read_text(encoding="utf-8")
    script = "\n".join((WEB / name).read_text(encoding="utf-8") for name in SCRIPTS)
    policy = (f"default-src 'none'; script-src {_sha256(script)}; style-src {_sha256(style)}; img-src data:; "
              "base-uri 'none'; form-action 'none'")
    page = (WEB / "index.html").read_text(encoding="utf-8")
    head, body = page.split("<link", 1)[0], page.split("</head>", 1)[1]
    body = body.split("<script src=", 1)[0]
    data = embedded_json(story_view(story, with_texts=True))
    return (head.replace('<meta charset="utf-8">', '<meta charset="utf-8">\n<meta http-equiv="Content-Security-Policy" '
                         f'content="{policy}">')
            + f"<style>{style}</style>\n</head>{body}"
            + f'<script type="application/json" id="story-data">{data}</script>\n'
            + f"<script>{script}</script>\n</body>\n</html>\n")


MIN_REPORT_DOCUMENTS = 2  # a story of one article links to its story.json instead of a report of its own


def write_report(story: Story, out_dir: Path, parts: dict[str | None, Story] | None = None) -> Path:
    """Write `out_dir/report.html` atomically and return its path: the story's report, or, for a run of
    several stories, the index of their reports (each written under `out_dir/stories/<id>/`; `parts`: the
    run's `split_by_story`, when the caller has it already)."""
    path = Path(out_dir) / "report.html"
    records = story.results.get("stories", [])
    if len(records) <= 1:
        write_text_atomic(path, render_report(story))
        return path
    parts = parts if parts is not None else split_by_story(story)
    for record in records:
        part = parts.get(record["id"])
        if part is not None and len(part.documents) >= MIN_REPORT_DOCUMENTS:
            write_text_atomic(Path(out_dir) / "stories" / record["id"] / "report.html", render_report(part))
    write_text_atomic(path, render_index(records, parts))
    return path


def render_index(records: list[dict], parts: dict[str | None, Story]) -> str:
    """The index of a run's stories: a static page (no script), every text escaped."""
    rows = []
    ranked = sorted(records, key=lambda r: (-len(r.get("documents", [])), r["id"]))
    for record in ranked:
        part = parts.get(record["id"])
        docs = part.documents if part is not None else []
        days = sorted(d.meta.published[:10] for d in docs if d.meta.published)
        span = "" if not days else days[0] if days[0] == days[-1] else f"{days[0]} — {days[-1]}"
        target = "report.html" if len(docs) >= MIN_REPORT_DOCUMENTS else "story.json"
        href = f"stories/{quote(record['id'])}/{target}"
        outlets = len({d.meta.outlet for d in docs if d.meta.outlet})
        asked = next((q["question"] for q in (part.results.get("questions", []) if part else []) if q.get("question")), None)
        question = f'<p class="story-question">السؤال المحوري: {escape(asked)}</p>' if asked else ""
        rows.append(f'<tr><td><a href="{escape(href)}">{escape(record.get("label") or record["id"])}</a>{question}</td>'
                    f"<td>{len(docs)}</td><td>{outlets}</td><td>{escape(span)}</td></tr>")
    style = (WEB / "app.css").read_text(encoding="utf-8")
    policy = f"default-src 'none'; style-src {_sha256(style)}; base-uri 'none'; form-action 'none'"
    return ('<!doctype html>\n<html lang="ar" dir="rtl">\n<head>\n<meta charset="utf-8">\n'
            f'<meta http-equiv="Content-Security-Policy" content="{policy}">\n'
            '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            f"<title>راصد — القصص</title>\n<style>{style}</style>\n</head>\n<body>\n"
            f'<main class="view stories"><h1>القصص</h1><p class="lead">{len(records)} قصة، الأكبر أولا. '
            "لكل قصة من مقالين فأكثر تقريرها؛ ولكل مقال منفرد ملف story.json الخاص به.</p>\n"
            '<table class="story-index"><thead><tr><th>القصة</th><th>مقالات</th><th>منافذ</th><th>التواريخ</th></tr>'
            "</thead><tbody>\n" + "\n".join(rows) + "\n</tbody></table></main>\n</body>\n</html>\n")
