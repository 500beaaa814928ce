"""Disagreements: where sources covering one story state different values for the same thing.

A disagreement is the same thing, scoped alike, at the same time, stated incompatibly by two outlets. Three
kinds, each blocked so the work stays near-linear:

- numbers: quantities of one story with the same unit key, linked when a word next to one number (in its own
  clause) stands in the other's sentence and their values are within `NUMBER_MAX_RATIO` of each other (`86
  دولة` meets `87 دولة`, not `10 جنود` meets `2500 جندي`); compared only between two outlets, published within
  `MAX_DAYS_APART`, not dated to different days in their sentences, about the same place, counting the same
  kind of thing (26 killed is not 29 charged: `count_events.json`), about one subject (a name both sentences
  hold, a kind of casualty both clauses count, or one's name next to the other's figure). A pair conflicts only
  when neither article also states the other's value (an article giving 8 hospitals in all and 4 at each site
  counts two things), and a count published a day later and higher is a toll updated. Money, percentages,
  index points and measures in a sentence of rises and falls, prices per unit (`دولارا للبرميل`) and counts of
  "the others" (`القوى الخمس الأخرى`) are not compared; a report shows only the claims that conflict;
- dates: deadlines of one story whose words before the date share enough keys (two withdrawal deadlines); a
  time of day after `بحلول` is when a price was quoted, not a deadline;
- stated facts: sentences of one story sharing many content words, where one reports a denial (`نفت`,
  `كذّب`) the other does not, and the claim comparison model of `rasid.corpus.claims` says `disagree`.

Values that agree (`أكثر من 80` and `86`; `أكثر من 300` and `300`; `مئة مليون` and `101 مليون`; `2026` and
`سبتمبر 2026`) are consistent restatements and are not reported. Every claim keeps its source; none is chosen
over another.
"""
from __future__ import annotations

import json
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from functools import cache
from importlib import resources
from itertools import combinations
from typing import Any

from ..model import Document, Span
from ..numbers.units import unit_lexicon
from ..text.normalize import match_key, search_key
from .claims import compare_claims, fact_contrasts
from .records import span_record
from .timeline import event_date, limit_phrase_before, timeline_cues
from .words import by_story, content_keys, enclosing_sentence, jaccard, rare_key_postings, sentence_spans, spans_within

MAX_DAYS_APART = 1  # figures published further apart are a series (a toll updated), not a disagreement
NUMBER_MAX_RATIO = 2.0  # counts further apart than this are taken to count different things
NEAR_WORDS = 3  # content words either side of a number that say what it counts
MAX_DISTINCT_VALUES = 4  # more different values of one unit in one story: several things are being counted
ABOUT_TOLERANCE = 0.1  # "حوالي 2000" is consistent with values within 10 %
BOUND_INCLUSIVE_MIN = 100  # from here "more than N" is a rounded N, consistent with N itself
ROUND_MIN = 1000  # from here a figure with one significant digit is read as rounded (small counts are exact)
DATE_CONTEXT_WORDS = 6  # content words before a deadline that say what it is a deadline for
DATE_TOPIC_JACCARD = 0.3  # overlap of those words at which two deadlines are for the same thing
FACT_MIN_SHARED = 4  # content words two sentences must share before they are compared as claims
FACT_MIN_JACCARD = 0.35  # long news sentences share words by chance; a restated-then-denied fact shares most
FACT_MIN_PROBABILITY = 0.6  # the claim model's confidence needed to report contradicting facts
FACT_MAX_DF = 8  # keys in more sentences of a story than this are not blocking keys
SCALED_DECIMAL = re.compile(r"(\d+(?:[.,٫]\d+)?)\s*(?:مليون|ملايين|مليار|مليارات|ألف|آلاف|الف|الاف|بليون|تريليون)")
PLACE_LABELS = frozenset({"LOC", "GPE"})
CLAUSE_MARKS = ("،", ",", "؛", ";", ":")  # what parts a sentence into the clauses a figure's words are read in
PER_UNIT = re.compile(r"\s*(?:لل|ل|لكل\s|/\s*)[^\W\d_]{2,}")  # after an amount of money: what it is the price of
OTHERS = frozenset({"اخرين", "اخرون", "اخري", "الاخري", "الاخرين", "الاخرون", "اخريات", "اخر"})  # as match keys
NEGATION_REACH = 1  # words after a negation that it denies (نفت وزارة، لن تنسحب): further is chance


@dataclass(slots=True)
class Claim:
    """One document's value for something, with the words that say what it is about."""

    doc: Document
    sentence: Span
    value: Any
    keys: frozenset[str]
    extra: dict[str, Any]

    def record(self) -> dict[str, Any]:
        shown = {k: v for k, v in self.extra.items() if not k.startswith("_")}
        return {**span_record(self.doc, self.sentence), "value": self.value, **shown}


def find_disagreements(context: Any) -> list[dict[str, Any]]:
    """The corpus step: number and date disagreements of every story, and fact disagreements when the options
    ask for them (`AnalysisOptions.fact_disagreements`: none of those judged on the dev days was real)."""
    found = []
    with_facts = context.options.fact_disagreements
    for story, docs in by_story(context.documents).items():
        if len({d.id for d in docs if not d.meta.duplicate_of}) < 2:
            continue  # disagreement needs two sources; a copy is no second source
        docs = [d for d in docs if not d.meta.duplicate_of]
        facts = fact_disagreements(docs) if with_facts else []
        for item in number_disagreements(docs) + date_disagreements(docs) + facts:
            found.append({**item, "story": story})
    return found


# numbers


def number_claims(doc: Document) -> Iterable[tuple[str, Claim]]:
    if not doc.has_layer("quantities"):
        return
    for q in doc.layer("quantities"):
        unit, value = q.attrs.get("unit"), q.attrs.get("value")
        if not unit or not isinstance(value, (int, float)):
            continue
        if q.attrs.get("kind") == "age":
            continue  # an age is a person's, not a figure sources report about the story
        if is_unit_price(doc, q) or counts_others(doc, q):
            continue  # `50 دولارا للبرميل` moves with the market; `القوى الخمس الأخرى` is part of a whole
        sentence = enclosing_sentence(doc, q.start, q.end)
        unit_key = search_key(unit)
        before, after = content_keys(doc.text[sentence.start:q.start]), content_keys(doc.text[q.end:sentence.end])
        keys = frozenset(before + after) - {unit_key}
        if is_measure(q.attrs) and moving(keys):
            continue  # a price, rate or index in a sentence of rises and falls: a series, not a stated fact
        extra = {"unit": unit, "relation": q.attrs.get("relation", "exact"), "quantity": span_record(doc, q)}
        if isinstance(q.attrs.get("high"), (int, float)):
            extra["high"] = q.attrs["high"]  # a range: `بين 2500 و3000`
        yield unit_key, Claim(doc, sentence, value, keys, {**extra, **claim_context(doc, sentence, q, unit_key)})


def claim_context(doc: Document, sentence: Span, q: Span, unit_key: str) -> dict[str, Any]:
    """What a figure's comparisons read (kept out of the export): the words next to it in its own clause, the
    kinds of count its words and its clause name, its sentence's places, names, their head words and days."""
    clause = clause_around(doc.text, sentence, q)
    near = frozenset(content_keys(doc.text[clause.start:q.start])[-NEAR_WORDS:]
                     + content_keys(doc.text[q.end:clause.end])[:NEAR_WORDS]) - {unit_key}
    clause_keys = frozenset(content_keys(doc.text[clause.start:clause.end]))
    names = names_in(doc, sentence)
    return {"_near": near, "_counts": count_classes(near | {unit_key}),
            "_clause_counts": count_classes(clause_keys | {unit_key}), "_places": places_in(doc, sentence),
            "_names": names, "_heads": name_heads(names), "_days": days_in(doc, sentence),
            "_measure": is_measure(q.attrs)}


def is_measure(attrs: Mapping[str, Any]) -> bool:
    """Money, a percentage, an index point or a unit of measure, rather than a count of people or things."""
    units = unit_lexicon()
    unit = match_key(str(attrs.get("unit") or ""))
    return ("currency" in attrs or unit in units.percent or unit in units.measures
            or search_key(unit) in count_events()["market_units"])


def clause_around(text: str, sentence: Span, q: Span) -> Span:
    """The clause of a sentence that holds a figure, between the commas, semicolons or colons around it: the
    words that say what it counts stand there (`أودى بحياة 27 شخصا وجرح 286، اعترف المتهم` counts no accused)."""
    start = max((text.rfind(mark, sentence.start, q.start) for mark in CLAUSE_MARKS), default=-1)
    ends = [at for mark in CLAUSE_MARKS if (at := text.find(mark, q.end, sentence.end)) >= 0]
    return Span(start + 1 if start >= sentence.start else sentence.start, min(ends, default=sentence.end), "clause")


def is_unit_price(doc: Document, q: Span) -> bool:
    """Money per unit of something (`50 دولارا للبرميل`, `1086 دولار للأوقية`, `14 ريالا للسهم`): a price, which
    moves from one report to the next, not a figure sources state about the story."""
    if "currency" not in q.attrs:
        return False
    return PER_UNIT.match(doc.text, q.end) is not None


def counts_others(doc: Document, q: Span) -> bool:
    """`30 آخرين`, `القوى الخمس الأخرى`, `ثلاثة آخرون`: a count of the others, a part of some whole, which a
    total stated elsewhere does not contradict."""
    following = re.match(r"\s*([^\W\d_]+)", doc.text[q.end:q.end + 30])
    return following is not None and match_key(following.group(1)) in OTHERS


def moving(keys: frozenset[str]) -> bool:
    """Whether the words of a figure's sentence say something moved (`ارتفع`, `تراجع`: `claim_contrasts.json`)."""
    return any(k.startswith(movement_stems()) for k in keys)


@cache
def movement_stems() -> tuple[str, ...]:
    return fact_contrasts().movements


def count_classes(keys: frozenset[str]) -> frozenset[str]:
    """What the words next to a figure say it counts (`killed`, `injured`, `charged`, ...; `count_events.json`)."""
    return frozenset(name for name, stems in counted_classes().items() if any(k.startswith(stems) for k in keys))


@cache
def count_events() -> dict[str, tuple[str, ...]]:
    raw = json.loads(resources.files("rasid.data").joinpath("count_events.json").read_text(encoding="utf-8"))
    return {name: tuple(search_key(w) for w in words) for name, words in raw.items() if not name.startswith("_")}


@cache
def counted_classes() -> dict[str, tuple[str, ...]]:
    return {name: stems for name, stems in count_events().items() if name != "market_units"}


def days_in(doc: Document, sentence: Span) -> frozenset[str]:
    """The days a sentence dates what it says by (`اليوم الخميس`, `6 أغسطس`), as `YYYY-MM-DD` values."""
    return frozenset(value[:10] for e in spans_within(doc, "time_expressions", sentence.start, sentence.end)
                     if e.label == "DATE" and re.fullmatch(r"\d{4}-\d{2}-\d{2}", (value := str(e.attrs.get("value", ""))[:10])))


def other_outlets(a: Claim, b: Claim) -> bool:
    """Two outlets (an unknown outlet parts nothing): one outlet's article and its own update are a series."""
    outlet_a, outlet_b = a.doc.meta.outlet, b.doc.meta.outlet
    return not outlet_a or not outlet_b or outlet_a != outlet_b


def same_thing_counted(a: Claim, b: Claim) -> bool:
    """Unless the words next to the figures name different things (26 killed against 29 charged)."""
    counts_a, counts_b = a.extra["_counts"], b.extra["_counts"]
    return not counts_a or not counts_b or bool(counts_a & counts_b)


def same_day_stated(a: Claim, b: Claim) -> bool:
    """Unless both sentences date themselves and share no day (the index on Wednesday against Thursday)."""
    days_a, days_b = a.extra["_days"], b.extra["_days"]
    return not days_a or not days_b or bool(days_a & days_b)


def names_in(doc: Document, sentence: Span, labels: frozenset[str] | None = None) -> frozenset[str]:
    """The names a sentence holds (folded, the article dropped), of `labels` only when given: who or what its
    figures are about."""
    return frozenset(match_key(doc.text[e.start:e.end]).removeprefix("ال")
                     for e in spans_within(doc, "entities", sentence.start, sentence.end)
                     if labels is None or e.label in labels)


def same_subject(a: Claim, b: Claim) -> bool:
    """Two figures about one thing: their clauses count people of one kind in an event (killed, injured, taking
    part: `count_events.json`), their sentences name one person, body or place, or one sentence's name is the word
    next to the other's figure (`التحالف الدولي` and `في هذا التحالف 87 دولة`)."""
    if a.extra["_clause_counts"] & b.extra["_clause_counts"] or a.extra["_names"] & b.extra["_names"]:
        return True
    return bool(a.extra["_heads"] & b.extra["_near"]) or bool(b.extra["_heads"] & a.extra["_near"])


def name_heads(names: frozenset[str]) -> frozenset[str]:
    """The first content key of each name (`التحالف الدولي` -> `تحالف`): the word by which another sentence may
    refer to it (`في هذا التحالف 87 دولة`)."""
    return frozenset(keys[0] for name in names if (keys := content_keys(name)))


def places_in(doc: Document, sentence: Span) -> frozenset[str]:
    """The places a sentence names (folded): a figure's scope (`في نينوى` against a national total)."""
    return names_in(doc, sentence, PLACE_LABELS)


def same_time(a: Claim, b: Claim) -> bool:
    """Whether two claims were published within `MAX_DAYS_APART` of each other (unknown dates do not part
    them): a toll that grows over a week is a series for the timeline, not a disagreement."""
    day_a, day_b = _day(a.doc.meta.published), _day(b.doc.meta.published)
    return day_a is None or day_b is None or abs((day_a - day_b).days) <= MAX_DAYS_APART


def same_scope(a: Claim, b: Claim) -> bool:
    """Whether two figures are about the same place: when both sentences name places, they share one (a
    province's count is not the country's)."""
    places_a, places_b = a.extra["_places"], b.extra["_places"]
    return not places_a or not places_b or bool(places_a & places_b)


def _day(value: str | None) -> date | None:
    try:
        return date.fromisoformat(value[:10]) if value else None
    except ValueError:
        return None


def consistent_numbers(a: Claim, b: Claim) -> bool:
    """Whether two stated values can both be true: the ranges their relations allow overlap."""
    low_a, high_a = value_range(a)
    low_b, high_b = value_range(b)
    return low_a <= high_b and low_b <= high_a


def value_range(claim: Claim) -> tuple[float, float]:
    """The values a claim allows: a range its two ends; `about`, and a round large figure (`100 مليون`, `4000`), widen by
    `ABOUT_TOLERANCE`; `more`/`less` open one side, from `BOUND_INCLUSIVE_MIN` up the figure itself included
    (`أكثر من 130` restates a rounded 130, it does not deny it; `أكثر من ثلاثة جنود` does deny three)."""
    relation, value = claim.extra["relation"], float(claim.value)
    if "high" in claim.extra:
        return value, float(claim.extra["high"])  # a range allows every value between its ends
    written = written_precision(claim.extra["quantity"]["text"], value)
    if written and relation == "exact":
        return value - written, value + written  # `27.2 مليون` is 27,150,000 to 27,250,000 as written
    if relation == "about" or is_round(value):
        return value - ABOUT_TOLERANCE * abs(value), value + ABOUT_TOLERANCE * abs(value)
    edge = 0.0 if abs(value) >= BOUND_INCLUSIVE_MIN else 1e-9
    if relation == "more":
        return value + edge, float("inf")
    if relation == "less":
        return float("-inf"), value - edge
    return value, value


def written_precision(text: str, value: float) -> float:
    """Half the step of the last digit written before a scale word (`27.2 مليون` -> 50,000; `3 ملايين` ->
    500,000): a figure given in millions is rounded to what it writes. 0 for a figure written out in full."""
    match = SCALED_DECIMAL.search(text)
    if match is None:
        return 0.0
    number = match.group(1).replace(",", ".").replace("٫", ".")
    decimals = len(number.split(".")[1]) if "." in number else 0
    base = float(number)
    return abs(value / base) * 0.5 * 10 ** -decimals if base else 0.0


def is_round(value: float) -> bool:
    """A figure of `ROUND_MIN` or more with one significant digit (`4000`, `100000000`): written rounded."""
    if abs(value) < ROUND_MIN or value != int(value):
        return False
    digits = str(abs(int(value))).rstrip("0")
    return len(digits) == 1


def comparable_numbers(a: Claim, b: Claim) -> bool:
    """Different documents, values of one magnitude, and a shared word that stands next to one of the numbers
    (`التحالف 87 دولة` and a sentence about the coalition's 86 states), published about the same day and not
    dated to different days in the sentences, about the same place, counting the same kind of thing, about one
    subject (`same_subject`)."""
    low, high = sorted((abs(a.value), abs(b.value)))
    near_shared = (a.extra["_near"] & b.keys) | (b.extra["_near"] & a.keys)
    return (a.doc.id != b.doc.id and other_outlets(a, b) and bool(near_shared) and low > 0 and high / low <= NUMBER_MAX_RATIO
            and same_time(a, b) and same_scope(a, b) and same_thing_counted(a, b) and same_day_stated(a, b)
            and same_subject(a, b))


def number_disagreements(docs: list[Document]) -> list[dict[str, Any]]:
    blocks: dict[str, list[Claim]] = defaultdict(list)
    for doc in docs:
        for unit_key, claim in number_claims(doc):
            blocks[unit_key].append(claim)
    found = []
    for claims in blocks.values():
        if len({c.value for c in claims}) > MAX_DISTINCT_VALUES:
            continue  # a unit counted this many different ways in one story counts several things
        stated: dict[str, list[Claim]] = defaultdict(list)
        for claim in claims:
            stated[claim.doc.id].append(claim)
        for group in linked_groups(claims, comparable_numbers):
            shown = conflicting_claims(group, stated)
            if shown:
                found.append({"topic": number_topic(shown), "kind": "number", "claims": [c.record() for c in shown]})
    return found


def conflicting_claims(group: list[Claim], stated: dict[str, list[Claim]]) -> list[Claim]:
    """The claims of a linked group that take part in a conflict, in the group's order: a pair conflicts only
    when its two claims are comparable themselves (a group is linked pair by pair, and 29 charged reached
    through 26 killed is no rival of 27 killed)."""
    taking_part: set[int] = set()
    for (i, a), (j, b) in combinations(enumerate(group), 2):
        if comparable_numbers(a, b) and conflicting_numbers(a, b, stated):
            taking_part.update((i, j))
    return [claim for i, claim in enumerate(group) if i in taking_part]


def conflicting_numbers(a: Claim, b: Claim, stated: dict[str, list[Claim]]) -> bool:
    """Different documents, values that cannot both hold, and neither document states the other's value for
    the same unit too: a document that gives both (8 hospitals in all, 4 at each site; 87 capsules of one
    drug, 89 of another) counts two things, and the other document agrees with it."""
    if a.doc.id == b.doc.id or consistent_numbers(a, b) or updated_count(a, b):
        return False
    return not any(consistent_numbers(b, other) for other in stated[a.doc.id]) and \
        not any(consistent_numbers(a, other) for other in stated[b.doc.id])


def updated_count(a: Claim, b: Claim) -> bool:
    """A count published a day later that is higher than the earlier one: a toll updated as it grows (10 killed,
    then 12 the next day), a series for the timeline. A later count that is lower still conflicts: tolls of
    one event do not fall. Money and measures move both ways and are left to the other rules."""
    day_a, day_b = _day(a.doc.meta.published), _day(b.doc.meta.published)
    if day_a is None or day_b is None or day_a == day_b or a.extra["_measure"] or b.extra["_measure"]:
        return False
    earlier, later = (a, b) if day_a < day_b else (b, a)
    return float(later.value) >= float(earlier.value)


def number_topic(group: list[Claim]) -> str:
    unit = group[0].extra["unit"]
    shared = frozenset.intersection(*(c.keys for c in group))
    about = surface_words(group[0], shared, 2)
    return f"عدد ({unit})" + (f" — {about}" if about else "")


# dates


def date_claims(doc: Document) -> Iterable[Claim]:
    if not doc.has_layer("time_expressions"):
        return
    for expr in doc.layer("time_expressions"):
        value = event_date(expr, doc)
        sentence = enclosing_sentence(doc, expr.start, expr.end)
        before = doc.text[sentence.start:expr.start]
        if value is None or not limit_phrase_before(match_key(before), timeline_cues()["deadline"]):
            continue
        if "T" in value:
            continue  # `بحلول الساعة 0515 بتوقيت جرينتش`: when a price was quoted, not a deadline sources state
        keys = frozenset(content_keys(before)[-DATE_CONTEXT_WORDS:])
        yield Claim(doc, sentence, value, keys, {"deadline": span_record(doc, expr)})


def consistent_dates(a: str, b: str) -> bool:
    """`2026` and `2026-09` can both be true; `2025-09` and `2026-09` cannot."""
    return a.startswith(b) or b.startswith(a)


def date_disagreements(docs: list[Document]) -> list[dict[str, Any]]:
    claims = [c for doc in docs for c in date_claims(doc)]
    found = []
    for group in linked_groups(claims, same_deadline_topic):
        stated = defaultdict(set)
        for c in group:
            stated[c.doc.id].add(c.value)
        if any(conflicting_dates(a, b, stated) for a, b in combinations(group, 2)):
            topic = surface_words(group[0], frozenset.intersection(*(c.keys for c in group)), 4)
            found.append({"topic": f"موعد {topic}".strip(), "kind": "date", "claims": [c.record() for c in group]})
    return found


def same_deadline_topic(a: Claim, b: Claim) -> bool:
    return jaccard(a.keys, b.keys) >= DATE_TOPIC_JACCARD


def conflicting_dates(a: Claim, b: Claim, stated: dict[str, set[str]]) -> bool:
    """Different documents, values that cannot both hold, and neither document gives the other's date too
    (a document that gives both describes phases of one plan, not a different deadline)."""
    if a.doc.id == b.doc.id or consistent_dates(a.value, b.value):
        return False
    return not any(consistent_dates(b.value, v) for v in stated[a.doc.id]) and \
        not any(consistent_dates(a.value, v) for v in stated[b.doc.id])


# stated facts


def fact_disagreements(docs: list[Document]) -> list[dict[str, Any]]:
    sentences = [Claim(doc, s, doc.text[s.start:s.end], frozenset(content_keys(doc.text[s.start:s.end])), {})
                 for doc in docs for s in sentence_spans(doc)]
    found = []
    for a, b in candidate_fact_pairs(sentences):
        if not same_time(a, b) or not denied_by_one(a, b):
            continue  # nothing both say is denied by one only: a restatement
        verdict = compare_claims(a.value, b.value)
        if verdict.label == "disagree" and verdict.probability >= FACT_MIN_PROBABILITY:
            topic = surface_words(a, a.keys & b.keys, 4)
            found.append({"topic": topic, "kind": "fact", "claims": [a.record(), b.record()]})
    return found


def denied_by_one(a: Claim, b: Claim) -> bool:
    """One sentence reports a denial (`نفت الوزارة`, `لا صحة`) the other does not, or a negation particle
    stands before a word both share in one sentence only (`لم تنسحب` against `انسحبت`)."""
    denials = fact_contrasts().denials
    return bool(a.keys & denials) != bool(b.keys & denials)


def candidate_fact_pairs(sentences: list[Claim]) -> Iterable[tuple[Claim, Claim]]:
    """Sentence pairs from different documents sharing `FACT_MIN_SHARED` keys that are not too common in the
    story (found through an index of those keys) and `FACT_MIN_JACCARD` of all their keys."""
    df, postings = rare_key_postings([s.keys for s in sentences], FACT_MAX_DF)
    for i, s in enumerate(sentences):
        shared = Counter(j for key in s.keys if df[key] <= FACT_MAX_DF for j in postings[key] if j > i)
        for j, count in shared.items():
            other = sentences[j]
            if other.doc.id != s.doc.id and count >= FACT_MIN_SHARED and jaccard(s.keys, other.keys) >= FACT_MIN_JACCARD:
                yield s, other


# shared


def linked_groups(claims: list[Claim], linked) -> list[list[Claim]]:
    """Connected groups of claims under `linked` (pairs compared within one block only)."""
    parent = list(range(len(claims)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i, j in combinations(range(len(claims)), 2):
        if linked(claims[i], claims[j]):
            parent[root(j)] = root(i)
    groups: dict[int, list[Claim]] = defaultdict(list)
    for i, claim in enumerate(claims):
        groups[root(i)].append(claim)
    return [g for g in groups.values() if len({c.doc.id for c in g}) > 1]


def surface_words(claim: Claim, keys: frozenset[str], limit: int) -> str:
    """Up to `limit` words of the claim's sentence, as written, whose keys are in `keys`."""
    text = claim.doc.text[claim.sentence.start:claim.sentence.end]
    words = [w for w in re.findall(r"[^\W\d_]+", text) if search_key(w) in keys]
    return " ".join(list(dict.fromkeys(words))[:limit])
