"""The picture evaluation set: publication date, outlet, time expressions, quantities and residue lines of
52 SaudiNewsNet articles from 13 outlets, labelled by hand (`eval/picture/GUIDELINE.md`), dev and test halves.

The labels (`eval/picture/labels.json`) hold character offsets into each record's `content` and no text; the
texts are read from `../shared/data/news_saudinewsnet/`. Each article is fed as users feed rasid — a JSON
Lines record of `text` and `url` only (or, with `date_given`, with its `published` date too) — through the
same reading, cleaning and stages as `rasid analyze`, and its document is scored:

- metadata: the publication date against the date the url or text shows (articles that show none count
  for precision only: a date given there is wrong unless it is the article's day), the outlet against the
  outlet the record came from;
- time expressions and quantities: gold spans are mapped onto the cleaned text line by line; a found span
  matches a gold span it overlaps; precision is matched / found, recall matched / gold, and a matched
  expression is right when its TIMEX3 value (time) or its value and unit (quantities) are;
- residue: an article is clean when none of its labelled residue lines is left in the text; body lines lost
  are the lines neither labelled residue nor taken as the title that cleaning dropped.
"""
from __future__ import annotations

import json
from bisect import bisect_right
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from ..errors import RasidError
from ..ingest.build import clean_characters
from ..ingest.metadata import canonical_outlet
from ..model import Document, Span
from ..text.normalize import match_key, search_key
from .feed import through_stages
from .saudinewsnet import records_by_url

LABELS = Path(__file__).resolve().parents[3] / "eval" / "picture"
STAGES = ("segment", "time", "quantities")
VALUE_TOLERANCE = 1e-6
#: the outlet each SaudiNewsNet `source` is, as the outlet names itself
SOURCE_OUTLETS = {
    "3alyoum": "عين اليوم", "aawsat": "الشرق الأوسط", "aleqtisadiya": "الاقتصادية", "aljazirah": "صحيفة الجزيرة",
    "almadina": "صحيفة المدينة", "alriyadh": "صحيفة الرياض", "alwatan": "صحيفة الوطن", "alweeam": "الوئام",
    "alyaum": "صحيفة اليوم", "arreyadi": "الرياضي", "arriyadiyah": "الرياضية", "okaz": "عكاظ", "sabq": "سبق",
    "was": "وكالة الأنباء السعودية",
}
PERCENT_WORDS = ("%", "٪", "بالمائة", "بالمئة", "في المائة", "في المئة", "المائة", "المئة", "نسبة مئوية")


@dataclass(frozen=True, slots=True)
class Article:
    url: str
    half: str
    outlet: str
    content: str
    labels: dict[str, Any]


@dataclass(slots=True)
class Counts:
    """Found, gold, matched and right, with examples of what went wrong."""

    found: int = 0
    gold: int = 0
    matched: int = 0
    right: int = 0
    errors: list[str] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return {"found": self.found, "gold": self.gold, "matched": self.matched, "right": self.right,
                "precision": ratio(self.matched, self.found), "recall": ratio(self.matched, self.gold),
                "value_accuracy": ratio(self.right, self.matched),
                "right_precision": ratio(self.right, self.found), "right_recall": ratio(self.right, self.gold)}


def ratio(part: int, whole: int) -> float | None:
    """`part / whole` to three places, None for nothing to divide by: every share the measurements report."""
    return round(part / whole, 3) if whole else None


def load_articles(shared: Path, half: str | None = None, labels_dir: Path = LABELS,
                  extra: str | None = None) -> list[Article]:
    """The labelled articles of `half` (`dev`, `test`, or None for both), texts read from `shared`; `extra`
    names a second list of picks (`articles_more.json`) whose articles carry no picture labels."""
    picked = json.loads((labels_dir / "articles.json").read_text(encoding="utf-8"))["articles"]
    labels = json.loads((labels_dir / "labels.json").read_text(encoding="utf-8"))["articles"]
    pairs = list(zip(picked, labels, strict=True))
    if extra:
        pairs += [(pick, {}) for pick in json.loads((labels_dir / extra).read_text(encoding="utf-8"))["articles"]]
    chosen = [(pick, label) for pick, label in pairs if half in (None, pick["half"])]
    records = records_by_url(shared / "data" / "news_saudinewsnet" / "dataset", {pick["url"] for pick, _ in chosen})
    return [Article(pick["url"], pick["half"], SOURCE_OUTLETS[pick["outlet_source"]],
                    records[pick["url"]][1]["content"], label) for pick, label in chosen]


def load_picks(shared: Path, half: str | None, picks: Path) -> list[Article]:
    """The articles of a later pick list (`articles_round2.json`; no picture labels), texts read from `shared`."""
    chosen = [pick for pick in json.loads(picks.read_text(encoding="utf-8"))["articles"] if half in (None, pick["half"])]
    records = records_by_url(shared / "data" / "news_saudinewsnet" / "dataset", {pick["url"] for pick in chosen})
    return [Article(pick["url"], pick["half"], SOURCE_OUTLETS[pick["outlet_source"]], records[pick["url"]][1]["content"], {})
            for pick in chosen]


def analyse(articles: list[Article], date_given: bool = False) -> list[Document | RasidError]:
    """Each article through rasid's reader, cleaning and stages, as a JSON Lines record of `text` and `url`."""
    records = ({"text": a.content, "url": a.url, **({"published": a.labels["reference_date"]} if date_given else {})}
               for a in articles)
    return through_stages(records, STAGES)


def score(articles: list[Article], results: list[Document | RasidError]) -> dict[str, Any]:
    """Every figure of the module docstring, with the errors behind them."""
    tallies = {kind: Counts() for kind in ("published", "outlet", "time", "quantities")}
    residue = {"articles": 0, "clean": 0, "lines_left": 0, "residue_lines": 0, "body_lines_lost": 0}
    failed = []
    for article, result in zip(articles, results, strict=True):
        if isinstance(result, RasidError):
            failed.append(str(result))
            continue
        _score_metadata(article, result, tallies)
        mapping = LineMap(article.content, result)
        _score_times(article, result, mapping, tallies["time"])
        _score_quantities(article, result, mapping, tallies["quantities"])
        _score_residue(article, result, mapping, residue)
    figures: dict[str, Any] = {kind: counts.as_dict() for kind, counts in tallies.items()}
    figures["residue"] = {**residue, "clean_share": ratio(residue["clean"], residue["articles"])}
    figures["failed"] = failed
    figures["errors"] = {kind: counts.errors for kind, counts in tallies.items()}
    return figures


def _score_metadata(article: Article, doc: Document, tallies: dict[str, Counts]) -> None:
    shown, found = article.labels["published_shown"], doc.meta.published
    published = tallies["published"]
    published.gold += shown is not None
    if found:
        published.found += 1
        expected = shown or article.labels["reference_date"]
        ok = found[:10] == expected
        published.matched += ok and shown is not None
        published.right += ok
        if not ok:
            published.errors.append(f"{article.url}: {found} ({doc.meta.published_evidence}), expected {expected}")
    elif shown:
        published.errors.append(f"{article.url}: no date, expected {shown} (shown in the {article.labels['published_where']})")
    outlet = tallies["outlet"]
    outlet.gold += 1
    outlet.found += doc.meta.outlet is not None
    ok = doc.meta.outlet is not None and canonical_outlet(doc.meta.outlet) == canonical_outlet(article.outlet)
    outlet.matched += ok
    outlet.right += ok
    if not ok:
        outlet.errors.append(f"{article.url}: {doc.meta.outlet}, expected {article.outlet}")


class LineMap:
    """Where each line of the raw `content` went in the cleaned text (or that it was dropped)."""

    def __init__(self, content: str, doc: Document) -> None:
        self.content, self.doc = content, doc
        self.lines = content.split("\n")
        self.starts: list[int] = []  # content offset of each raw line
        self.targets: list[int | None] = []  # offset of the line in doc.text, or None when dropped
        doc_lines = doc.text.split("\n")
        doc_starts, position = [], 0
        for line in doc_lines:
            doc_starts.append(position)
            position += len(line) + 1
        cursor, offset = 0, 0
        for raw in self.lines:
            self.starts.append(offset)
            offset += len(raw) + 1
            cleaned = clean_characters(raw).strip()
            target = None
            for index in range(cursor, len(doc_lines)):
                if cleaned and doc_lines[index] == cleaned:
                    target, cursor = doc_starts[index], index + 1
                    break
            self.targets.append(target)

    def line_of(self, offset: int) -> int:
        return max(0, bisect_right(self.starts, offset) - 1)

    def to_doc(self, start: int, end: int) -> tuple[int, int] | None:
        """The cleaned-text span of a raw-content span, or None when its line was dropped."""
        line = self.line_of(start)
        target = self.targets[line]
        if target is None:
            return None
        raw_line = self.lines[line]
        lead = len(raw_line) - len(raw_line.lstrip())
        shift = target - self.starts[line] - lead
        if self.doc.text[start + shift:end + shift] == self.content[start:end]:
            return start + shift, end + shift
        found = self.doc.text.find(self.content[start:end], target)  # characters changed by cleaning
        return (found, found + end - start) if found >= 0 else None


def _gold_spans(article: Article, key: str, mapping: LineMap) -> Iterator[tuple[tuple[int, int] | None, dict[str, Any]]]:
    """Gold items of `key` with their span in the cleaned text; items on labelled residue lines are left out
    (those lines should be gone), items on other dropped lines come with None."""
    residue = set(article.labels["residue_lines"])
    for item in _outermost(article.labels[key]):
        if mapping.line_of(item["span"][0]) not in residue:
            yield mapping.to_doc(*item["span"]), item


def _outermost(items: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Labelled items without those inside another labelled item (a labeller's overlapping duplicates)."""
    def inside(a: dict[str, Any], b: dict[str, Any]) -> bool:
        return a is not b and b["span"][0] <= a["span"][0] and a["span"][1] <= b["span"][1] and a["span"] != b["span"]
    unique = {tuple(item["span"]): item for item in items}.values()
    return [item for item in unique if not any(inside(item, other) for other in unique)]


def _overlap(a: tuple[int, int], span: Span) -> bool:
    return a[0] < span.end and span.start < a[1]


def _match(golds: list[tuple[tuple[int, int] | None, dict[str, Any]]], found: tuple[Span, ...], counts: Counts,
           right: Any, describe: Any, doc: Document) -> None:
    counts.gold += len(golds)
    counts.found += len(found)
    used: set[int] = set()
    for span_, gold in golds:
        hit = next((i for i, span in enumerate(found) if span_ and i not in used and _overlap(span_, span)), None)
        if hit is None:
            where = doc.text[span_[0]:span_[1]] if span_ else "(on a dropped line)"
            counts.errors.append(f"missed {where!r} = {describe(gold)}")
            continue
        used.add(hit)
        counts.matched += 1
        if right(found[hit], gold):
            counts.right += 1
        else:
            counts.errors.append(f"{doc.text[found[hit].start:found[hit].end]!r}: {describe(found[hit].attrs)}, "
                                 f"expected {describe(gold)}")
    for i, span in enumerate(found):
        if i not in used and not any(s and _overlap(s, span) for s, _ in golds):
            counts.errors.append(f"spurious {doc.text[span.start:span.end]!r} = {describe(span.attrs)}")


def _layer(doc: Document, name: str) -> tuple[Span, ...]:
    return doc.layers.get(name, ())


def _score_times(article: Article, doc: Document, mapping: LineMap, counts: Counts) -> None:
    golds = list(_gold_spans(article, "times", mapping))
    _match(golds, _layer(doc, "time_expressions"), counts,
           lambda span, gold: str(span.attrs.get("value", "")).upper() == str(gold["value"]).upper(),
           lambda attrs: attrs.get("value"), doc)


def _score_quantities(article: Article, doc: Document, mapping: LineMap, counts: Counts) -> None:
    golds = list(_gold_spans(article, "quantities", mapping))
    _match(golds, _layer(doc, "quantities"), counts, quantity_right,
           lambda attrs: f"{attrs.get('value')} {attrs.get('unit')}", doc)


def quantity_right(span: Span, gold: dict[str, Any]) -> bool:
    """Same value (within rounding) and the same unit: equal keys without clitics and suffixes (`مرات`/`مرة`),
    the same first three letters (`دولة`/`دول`, `شهر`/`شهرا`), or both a percent."""
    try:
        value = float(span.attrs["value"])
    except (KeyError, TypeError, ValueError):
        return False
    if abs(value - float(gold["value"])) > VALUE_TOLERANCE * max(1.0, abs(float(gold["value"]))):
        return False
    return same_unit(str(span.attrs.get("unit") or ""), str(gold["unit"] or ""))


@cache
def _percent_keys() -> frozenset[str]:
    return frozenset(match_key(word).lower() for word in PERCENT_WORDS)


def same_unit(found: str, gold: str) -> bool:
    a, b = _unit_key(found), _unit_key(gold)
    percent = _percent_keys()
    if a in percent or b in percent:
        return a in percent and b in percent
    if not a or not b:
        return a == b
    return a == b or (min(len(a), len(b)) >= 3 and a[:3] == b[:3])


def _unit_key(unit: str) -> str:
    """A unit without clitics, case ending, ta marbuta or sound-plural suffix (`مرات`, `مرة` -> `مر`)."""
    key = match_key(unit.strip()).lower()
    if key in _percent_keys():
        return key
    return " ".join(_stem(search_key(word)) or word for word in key.split())


def _stem(word: str) -> str:
    for suffix in ("ات", "ين", "ون", "ان"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 2:
            return word[:-len(suffix)]
    return word.rstrip("اه")


def _score_residue(article: Article, doc: Document, mapping: LineMap, residue: dict[str, int]) -> None:
    labelled = set(article.labels["residue_lines"])
    left = [line for line in labelled if mapping.targets[line] is not None]
    title_key = match_key(doc.meta.title or "")
    lost = [line for line, target in enumerate(mapping.targets)
            if target is None and line not in labelled and mapping.lines[line].strip()
            and match_key(clean_characters(mapping.lines[line]).strip()) != title_key]
    residue["articles"] += 1
    residue["clean"] += not left
    residue["lines_left"] += len(left)
    residue["residue_lines"] += len(labelled)
    residue["body_lines_lost"] += len(lost)


def evaluate(shared: Path, half: str | None = None, date_given: bool = False) -> dict[str, Any]:
    """Load, analyse and score one half (or both) of the picture set."""
    articles = load_articles(shared, half)
    figures = score(articles, analyse(articles, date_given))
    figures["articles"] = len(articles)
    figures["half"] = half or "both"
    figures["date_given"] = date_given
    return figures


def summary_rows(figures: dict[str, Any]) -> Iterable[tuple[str, str]]:
    """`(what, figure)` rows for a printed table."""
    pub, outlet = figures["published"], figures["outlet"]
    yield "publication date found right (of articles whose url or text shows one)", _frac(pub["matched"], pub["gold"])
    yield "publication date right (of dates given)", _frac(pub["right"], pub["found"])
    yield "outlet right (of articles)", _frac(outlet["right"], outlet["gold"])
    for kind in ("time", "quantities"):
        row = figures[kind]
        yield f"{kind}: found / gold / matched / value right", f"{row['found']} / {row['gold']} / {row['matched']} / {row['right']}"
        yield f"{kind}: precision, recall (spans)", f"{row['precision']}, {row['recall']}"
        yield f"{kind}: value accuracy (matched), right-value precision, right-value recall", \
            f"{row['value_accuracy']}, {row['right_precision']}, {row['right_recall']}"
    res = figures["residue"]
    yield "residue: articles with no residue line left", _frac(res["clean"], res["articles"])
    yield "residue: labelled lines left / labelled lines; body lines lost", \
        f"{res['lines_left']} / {res['residue_lines']}; {res['body_lines_lost']}"


def _frac(part: int, whole: int) -> str:
    return f"{part}/{whole} = {part / whole:.3f}" if whole else "n/a"
