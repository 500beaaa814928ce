"""`DIR/report.html`: the story in one self-contained file, to mail or archive.

The page is the web UI's own scripts and styles inlined, with the story embedded as JSON in a
`<script type="application/json">` element, every `<` escaped so that no article text can close it. A
Content-Security-Policy allows only the inline script and style by their hashes, so nothing else (no
script an article might carry) can run. It is written to a temporary file and renamed, like story.json.
"""
from __future__ import annotations

import base64
import hashlib
import json
from pathlib import Path

from .api.view import story_view
from .story import Story, write_text_atomic

WEB = Path(__file__).resolve().parent / "web"
SCRIPTS = ("dom.js", "data.js", "story.js", "people.js", "document.js", "stories.js", "app.js")  # the order index.html loads them


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


def write_report(story: Story, out_dir: Path) -> Path:
    """Write `out_dir/report.html` atomically and return its path."""
    path = Path(out_dir) / "report.html"
    write_text_atomic(path, render_report(story))
    return path
