"""rasid's line-level boilerplate filter for scraped plain text.

Scrapers leave site furniture on lines of its own: a `logo`, section names glued together
(`تحليلاتخاصرئيسية`), image ids (UUIDs), `تابعنا عبر:`, a related-news block (`أخبار ذات علاقة` and the
headline under it), comment forms (`اترك تعليقاً`), a line of JavaScript, copyright lines, photo captions
with a credit (`...المصدر: رويترز`), a block of CSS or JavaScript glued inside a line of prose (cut out,
the prose kept), a comment policy or disclaimer (a line naming two or more of the site
policies in `policy_phrases`; one alone can be a quoted official), a menu of `|`-separated section names. Each rule looks at one line (the related-news rule also at the line
after it); every dropped line is returned, so nothing disappears without a trace. The lexicons live in
`data/boilerplate.json`.
"""
from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache
from importlib import resources

from ..text.normalize import match_key

UUID = re.compile(r"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$")
HEX_ID = re.compile(r"^[0-9a-fA-F]{24,}$")
JS_HINTS = re.compile(r"(function\s*\(|document\.|window\.|=>|addEventListener|console\.log|var\s+\w+\s*=|\}\s*\)\s*;)")
#: where glued-in code starts: a CSS rule (`#vote_area2 ul {`, `.box_vote {`) or a JavaScript hint
CODE_START = re.compile(r"[#.][A-Za-z_][\w-]*[^{}\n]{0,80}\{|" + JS_HINTS.pattern)
CODE_TAIL = re.compile(r"[\s);]*")
CAPTION_CREDIT = re.compile(r"\S(?:المصدر|الصورة|تصوير)\s*:\s*\S[^.،]{0,40}$")
#: a short line ending in a picture's archive mark in brackets (`جانب من الاجتماع (أرشيفية)`): a caption. An
#: agency's name in brackets is not enough: a one-line wire brief ends the same way.
CAPTION_TAIL = re.compile(r"[(\[](?:صوره )?(?:ارشيفيه|ارشيف|تعبيريه|من الارشيف)[)\]]$")
COPYRIGHT = re.compile(r"(©|\(c\)|جميع الحقوق محفوظة|all rights reserved)", re.IGNORECASE)
MAX_FURNITURE_WORDS = 12  # longer lines are body text even when they start like furniture
MAX_COPYRIGHT_WORDS = 30  # a copyright line names a company, its legal form and a year or two
MIN_GLUED_LENGTH = 6
MIN_POLICY_PHRASES = 2  # "لا تعبر عن رأي" alone is also said by officials in body text
MAX_POLICY_WORDS = 80  # a comment policy is a paragraph, not an article
MAX_LEAD_IN_WORDS = 40  # `أنتم الآن تتابعون خبر ...` carries the headline and the site's name
#: a line that is only a clock time (`18:11 ت م`: an agency's filing time, Mecca time), with an optional zone
TIME_STAMP = re.compile(r"^\d{1,2}:\d{2}(?::\d{2})?\s*(?:ت\s*م|ت\s*غ|ص|م|gmt|utc|بتوقيت\s+\S+)?$")
MAX_SECTION_CHARS = 24  # the longest section name; bounds the glued-sections search to linear time
MIN_MENU_ITEMS = 3
MAX_MENU_ITEM_WORDS = 3


@dataclass(frozen=True, slots=True)
class FilteredLines:
    """The outcome of the line filter: kept lines, and dropped ones with the rule that dropped each."""

    kept: list[str]
    removed: list[tuple[str, str]]  # (line, rule)


@dataclass(frozen=True, slots=True)
class FurnitureLexicon:
    """`data/boilerplate.json` as match keys."""

    exact: frozenset[str]
    prefixes: tuple[str, ...]
    related: frozenset[str]
    sections: frozenset[str]
    policy: tuple[str, ...]
    long_prefixes: tuple[str, ...]
    inline_widgets: tuple[str, ...]
    widget_words: frozenset[str]


@cache
def lexicon() -> FurnitureLexicon:
    raw = json.loads(resources.files("rasid.data").joinpath("boilerplate.json").read_text(encoding="utf-8"))
    return FurnitureLexicon(
        exact=frozenset(_key(x) for x in raw["exact_lines"] + raw["section_lines"]),
        prefixes=tuple(_key(x) for x in raw["line_prefixes"]),
        related=frozenset(_key(x) for x in raw["related_markers"]),
        sections=frozenset(_key(x) for x in raw["section_words"]),
        policy=tuple(_key(x) for x in raw["policy_phrases"]),
        long_prefixes=tuple(_key(x) for x in raw["long_prefixes"]),
        inline_widgets=tuple(raw["inline_widgets"]),
        widget_words=frozenset(_key(x) for x in raw["widget_words"]),
    )


def _key(line: str) -> str:
    return match_key(line.strip().rstrip(":：").strip()).lower()


def filter_lines(lines: list[str]) -> FilteredLines:
    """Split `lines` into kept body lines and dropped furniture; blank lines are dropped silently."""
    kept: list[str] = []
    removed: list[tuple[str, str]] = []
    drop_next_as = None
    for line in _without_inline_widgets(_without_inline_code(lines, removed), removed):
        stripped = line.strip()
        if not stripped:
            continue
        if drop_next_as:
            removed.append((stripped, drop_next_as))
            drop_next_as = None
            continue
        rule = furniture_rule(stripped)
        if rule == "related":
            drop_next_as = "related headline"
        if rule:
            removed.append((stripped, rule))
        else:
            kept.append(stripped)
    return FilteredLines(kept, removed)


def _without_inline_widgets(lines: Iterable[str], removed: list[tuple[str, str]]) -> Iterator[str]:
    """A widget label glued inside prose (`... في العاصمة اضافة اعلان وأضاف الوزير ...`) cut out, the prose
    on both sides kept as one line."""
    for line in lines:
        for widget in lexicon().inline_widgets:
            if widget in line and line.strip() != widget:
                removed.append((widget, "inline widget"))
                line = re.sub(rf"\s*{re.escape(widget)}\s*", " ", line)
        yield line


def _without_inline_code(lines: list[str], removed: list[tuple[str, str]]) -> Iterator[str]:
    """Lines with a block of CSS or JavaScript glued inside them (a poll widget scraped with the article)
    cut around it: the prose before and after become lines of their own, the code goes to `removed`."""
    for line in lines:
        start = CODE_START.search(line) if "{" in line else None
        end = line.rfind("}")
        if not start or end < start.start():
            yield line
            continue
        tail = CODE_TAIL.match(line, end + 1)
        end = tail.end() if tail else end + 1
        removed.append((line[start.start():end].strip(), "inline script"))
        yield line[:start.start()]
        yield line[end:]


#: a writer's or reporter's credit on a line of its own: a credit word, a colon or dash, a name (`كتب: محمد أحمد`,
#: `بقلم - سارة علي`, `تصوير: خالد`); `كتب الوزير في تغريدة` has no mark after the verb and stays
BYLINE = re.compile(r"\s*(?:كتب|كتبت|بقلم|إعداد|اعداد|تحرير|حاوره|حاورها|حاورته|تصوير|متابعة|ترجمة)\s*[:：\-–—]\s*[^\W\d_]")
MAX_BYLINE_WORDS = 6  # the credit word and a name of up to four or five words
#: `كتب محمد علي` with no mark after the credit word: only a line this short, that ends no sentence
BARE_BYLINE = re.compile(r"\s*(?:كتب|كتبت|بقلم)\s+[^\W\d_]+(?:\s+[^\W\d_]+){0,3}\s*$")


def furniture_rule(line: str) -> str | None:
    """The name of the rule that takes `line` for furniture, or None for body text."""
    words = len(line.split())
    if JS_HINTS.search(line):
        return "script"
    if COPYRIGHT.search(line) and words <= MAX_COPYRIGHT_WORDS:
        return "copyright"
    if words > MAX_POLICY_WORDS:
        return None
    key = _key(line)
    if sum(p in key for p in lexicon().policy) >= MIN_POLICY_PHRASES:
        return "site policy"
    if is_menu(line):
        return "menu or share line"
    if words <= MAX_LEAD_IN_WORDS and key.startswith(lexicon().long_prefixes):
        return "boilerplate prefix"
    if words > MAX_FURNITURE_WORDS:
        return None
    checks = (
        ("related", key in lexicon().related),
        ("menu or share line", key in lexicon().exact),
        ("boilerplate prefix", key.startswith(lexicon().prefixes)),
        ("image id", bool(UUID.match(line) or HEX_ID.match(line))),
        ("photo caption", bool(CAPTION_CREDIT.search(line) or CAPTION_TAIL.search(key))),
        ("glued section names", is_glued_sections(key)),
        ("counter or share bar", is_widget_bar(key)),
        ("time stamp", bool(TIME_STAMP.match(key))),
        ("byline", words <= MAX_BYLINE_WORDS and bool(BYLINE.match(line) or BARE_BYLINE.match(line))),
    )
    return next((name for name, hit in checks if hit), None)


def is_glued_sections(key: str) -> bool:
    """True for a space-less line made of two or more section names (`تحليلاتخاصرئيسية`)."""
    if " " in key or len(key) < MIN_GLUED_LENGTH:
        return False
    sections = lexicon().sections
    reachable = {0: 0}  # end position -> number of words used to get there
    for start in range(len(key)):
        if start not in reachable:
            continue
        for end in range(start + 2, min(len(key), start + MAX_SECTION_CHARS) + 1):
            if key[start:end] in sections:
                reachable[end] = max(reachable.get(end, 0), reachable[start] + 1)
    return reachable.get(len(key), 0) >= 2


def is_widget_bar(key: str) -> bool:
    """`0 تعليق ارسل طباعة تبليغ حذف`, `1,234 مشاهدة`: counters and share buttons, words of `widget_words` and
    numbers only, with at least one widget word and two items."""
    items = key.replace("|", " ").split()
    words = lexicon().widget_words
    return (len(items) >= 2 and any(item in words for item in items)
            and all(item in words or item.replace(",", "").replace(".", "").isdigit() for item in items))


def is_menu(line: str) -> bool:
    """True for a line of three or more short items separated by `|` (`الرئيسية | فيديو | العالم`)."""
    items = [item.strip() for item in line.split("|")]
    return len(items) >= MIN_MENU_ITEMS and all(0 < len(item.split()) <= MAX_MENU_ITEM_WORDS for item in items)
