"""Story grouping: a feed of articles into developing stories, and syndicated or re-posted copies marked.

The corpus step `group_stories` runs first. Each article becomes a TF-IDF vector over its content-word keys
(the title counted `TITLE_WEIGHT` times, the lead's first `LEAD_SENTENCES` sentences twice, the rest of the text
once, each entity mention again as one whole-name key).
Articles then arrive one by one in publication order, as a news stream would (Miranda et al., EMNLP 2018,
cluster a stream the same way): an article joins the story it is most similar to, or starts a story of its
own. Its similarity to a story is its mean cosine with the story's articles (the dot product with the story's
mean vector), discounted by the days between it and the story's nearest article (`exp(-days / DECAY_DAYS)`,
so a story can run for weeks while last month's coverage fades); it joins when that reaches `JOIN_SIMILARITY`.
Only stories that share at least two of the article's rarest salient terms are compared (blocking through an
inverted index of stories, posting lists capped), so the work stays near-linear in the size of the feed. A
story's articles are never regrouped when later ones arrive: adding articles extends stories, it does not
reshuffle them.

Two articles of one story whose word shingles mostly coincide are copies: the later gets `duplicate_of` the
earlier. `context.documents` is replaced by copies carrying `story` and `duplicate_of`.
"""
from __future__ import annotations

import bisect
import hashlib
import math
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from ..model import Document
from ..text.normalize import match_key
from .words import content_keys, sentence_spans

IDF_PRIOR_DOCS = 50  # pseudo-documents added to the feed size, so a small feed's IDF does not over-reward rarity
BLOCK_TERMS = 20  # salient terms per article used as blocking keys
BLOCK_MAX_DF = 60  # a term in more articles than this blocks nothing (too common to bound the work)
MIN_SHARED_BLOCK_TERMS = 2  # one shared rare word is chance; two start to be a topic
TITLE_WEIGHT = 3  # a headline names the story more surely than any sentence of the text
LEAD_SENTENCES = 2  # the lead says what happened; counted twice, the rest of the text once (README, "The grouping set")
JOIN_SIMILARITY = 0.18  # chosen on the grouping set's dev half (README, "The grouping set")
DECAY_DAYS = 40.0  # a story's pull halves in about four weeks without coverage
SHINGLE_WORDS = 5  # word n-grams compared for copies
DUPLICATE_JACCARD = 0.6  # shingle overlap above which the later article is a copy of the earlier
DUPLICATE_MIN_COSINE = 0.5  # only pairs this close are worth a shingle comparison
EVENT_JOIN = 0.3  # an event's articles are closer in words than a story's
EVENT_DECAY_DAYS = 3.0  # and closer in days: a week apart is another event
LABEL_WORDS = 14  # an opening sentence longer than this is cut, and marked so, when it must label a story
LABEL_ACTORS = 3  # names in the label of a story without a headline
CENTRALITY_DIGITS = 6  # decimals of the cosine that rank a story's articles for its label


@dataclass(slots=True)
class Profile:
    """One article as grouping sees it: its TF-IDF vector, blocking terms, date and position."""

    index: int
    vector: dict[str, float]
    block_terms: list[str]
    day: date | None


def group_stories(context: Any) -> list[dict[str, Any]]:
    """The corpus step: set each document's `story` and `duplicate_of`, return one record a story."""
    docs: list[Document] = context.documents
    profiles = build_profiles(docs)
    stories = assign_stories(profiles, arrival_order(docs, profiles))
    copies = find_copies(docs, profiles, stories)
    story_ids = {i: story_id(docs, founder(members, profiles, docs)) for members in stories for i in members}
    context.documents = [
        doc.with_meta(story=story_ids[i], duplicate_of=docs[copies[i]].id if i in copies else None)
        for i, doc in enumerate(docs)
    ]
    return [story_record(context.documents, members, profiles) for members in stories]


def article_keys(doc: Document) -> list[str]:
    """Content keys of the title (`TITLE_WEIGHT` times), the lead's first `LEAD_SENTENCES` sentences once more and
    the text, plus each entity mention as one whole-name key."""
    lead = sentence_spans(doc)[:LEAD_SENTENCES]
    keys = (content_keys(doc.meta.title or "") * TITLE_WEIGHT + content_keys(doc.text)
            + [k for s in lead for k in content_keys(doc.text[s.start:s.end])])
    if doc.has_layer("entities"):
        keys += ["@" + "_".join(content_keys(doc.span_text(s))) for s in doc.layer("entities")]
    return keys


def build_profiles(docs: list[Document]) -> list[Profile]:
    counts = [Counter(article_keys(doc)) for doc in docs]
    df = Counter(term for count in counts for term in count)
    n = len(docs)
    idf = {term: math.log((n + IDF_PRIOR_DOCS) / (f + 1)) for term, f in df.items()}
    profiles = []
    for i, (doc, count) in enumerate(zip(docs, counts)):
        vector = unit_vector({t: (1 + math.log(c)) * idf[t] for t, c in count.items()})
        blockable = [t for t in vector if 2 <= df[t] <= BLOCK_MAX_DF]
        block = sorted(blockable, key=lambda t: (-vector[t], t))[:BLOCK_TERMS]
        profiles.append(Profile(i, vector, block, published_day(doc.meta.published)))
    return profiles


def unit_vector(weights: dict[str, float]) -> dict[str, float]:
    norm = math.sqrt(sum(w * w for w in weights.values())) or 1.0
    return {t: w / norm for t, w in weights.items()}


def cosine(a: Mapping[str, float], b: Mapping[str, float]) -> float:
    if len(a) > len(b):
        a, b = b, a
    return sum(w * b.get(t, 0.0) for t, w in a.items())


def published_day(value: str | None) -> date | None:
    """The day of a TIMEX3 publication value (`2024-08-16`, `2024-08-16T15:20`), else None."""
    match = re.match(r"(\d{4})-(\d{2})-(\d{2})", value or "")
    if not match:
        return None
    try:
        return date(*map(int, match.groups()))
    except ValueError:
        return None


def arrival_order(docs: list[Document], profiles: list[Profile]) -> list[int]:
    """Publication order (undated articles last), ties by document id: the feed's order never matters."""
    return sorted(range(len(docs)), key=lambda i: (profiles[i].day or date.max, docs[i].id))


@dataclass(slots=True)
class StoryState:
    """A story while articles arrive: the sum of its articles' vectors, their days, its members."""

    total: Counter[str]
    days: list[date]
    members: list[int]

    def similarity(self, profile: Profile, decay_days: float) -> float:
        """Mean cosine of `profile` with the story's articles, discounted by the days to the nearest one."""
        mean = sum(w * self.total.get(t, 0.0) for t, w in profile.vector.items()) / len(self.members)
        return mean * math.exp(-self.days_to(profile.day) / decay_days)

    def days_to(self, day: date | None) -> int:
        if day is None or not self.days:
            return 0
        at = bisect.bisect_left(self.days, day)
        return min(abs((self.days[k] - day).days) for k in (at - 1, at) if 0 <= k < len(self.days))

    def add(self, profile: Profile) -> None:
        self.total.update(profile.vector)
        self.members.append(profile.index)
        if profile.day is not None:
            bisect.insort(self.days, profile.day)


def assign_stories(profiles: list[Profile], order: Iterable[int], join: float = JOIN_SIMILARITY,
                   decay_days: float = DECAY_DAYS) -> list[list[int]]:
    """Stories as sorted member lists, in order of their first member, built one arriving article at a time
    (events inside a story are built the same way, with a closer `join` and a shorter `decay_days`)."""
    states: list[StoryState] = []
    postings: dict[str, set[int]] = defaultdict(set)
    for i in order:
        profile = profiles[i]
        best, best_score = None, join
        for s in candidate_stories(profile, postings):
            score = states[s].similarity(profile, decay_days)
            if score >= best_score and (best is None or score > best_score):
                best, best_score = s, score
        if best is None:
            best = len(states)
            states.append(StoryState(Counter(), [], []))
        states[best].add(profile)
        for term in profile.block_terms:
            postings[term].add(best)
    return sorted((sorted(state.members) for state in states), key=lambda members: members[0])


def candidate_stories(profile: Profile, postings: Mapping[str, set[int]]) -> list[int]:
    """The stories that share at least `MIN_SHARED_BLOCK_TERMS` of the article's blocking terms, in story order."""
    shared = Counter(s for term in profile.block_terms for s in postings.get(term, ()))
    return sorted(s for s, n in shared.items() if n >= MIN_SHARED_BLOCK_TERMS)


def shingles(text: str) -> set[str]:
    keys = content_keys(text)
    if len(keys) < SHINGLE_WORDS:
        return {" ".join(keys)} if keys else set()
    return {" ".join(keys[i:i + SHINGLE_WORDS]) for i in range(len(keys) - SHINGLE_WORDS + 1)}


def find_copies(docs: list[Document], profiles: list[Profile], stories: list[list[int]]) -> dict[int, int]:
    """`{copy index: original index}`: within a story, the later of two near-identical articles points to the
    earliest. Only pairs that share blocking terms and whose cosine reaches `DUPLICATE_MIN_COSINE` are compared."""
    cache: dict[int, set[str]] = {}
    original: dict[int, int] = {}
    for a, b in copy_candidates(profiles, stories):
        sa = cache.setdefault(a, shingles(docs[a].text))
        sb = cache.setdefault(b, shingles(docs[b].text))
        if sa and sb and len(sa & sb) / len(sa | sb) >= DUPLICATE_JACCARD:
            first, later = sorted((a, b), key=lambda i: (profiles[i].day or date.max, i))
            original.setdefault(later, original.get(first, first))
    return original


def copy_candidates(profiles: list[Profile], stories: list[list[int]]) -> list[tuple[int, int]]:
    """Pairs `(a, b)`, a < b, of one story that share `MIN_SHARED_BLOCK_TERMS` blocking terms and are close."""
    pairs = []
    for members in stories:
        postings: dict[str, list[int]] = defaultdict(list)
        for i in members:
            shared = Counter(j for term in profiles[i].block_terms for j in postings[term])
            pairs += [(j, i) for j, n in shared.items() if n >= MIN_SHARED_BLOCK_TERMS
                      and cosine(profiles[i].vector, profiles[j].vector) >= DUPLICATE_MIN_COSINE]
            for term in profiles[i].block_terms:
                postings[term].append(i)
    return sorted(pairs)


def founder(members: list[int], profiles: list[Profile], docs: list[Document]) -> int:
    """The article that started the story: the first of its members in arrival order (`arrival_order`)."""
    return min(members, key=lambda i: (profiles[i].day or date.max, docs[i].id))


def story_id(docs: list[Document], first: int, prefix: str = "story-") -> str:
    """The id of the story (or event) `first` started, derived from that article's id: articles that join the
    story later leave its id as it was, so a story followed over days keeps its address."""
    return prefix + hashlib.sha1(docs[first].id.encode()).hexdigest()[:10]


def story_record(docs: list[Document], members: list[int], profiles: list[Profile]) -> dict[str, Any]:
    """`{id, label, documents, duplicates}`; the label is `story_label`'s."""
    ranked = by_centrality(members, profiles)
    return {
        "id": docs[ranked[0]].meta.story,
        "label": story_label([docs[i] for i in ranked]),
        "documents": [docs[i].id for i in members],
        "duplicates": [docs[i].id for i in members if docs[i].meta.duplicate_of],
        "events": story_events(docs, members, profiles),
    }


def story_events(docs: list[Document], members: list[int], profiles: list[Profile]) -> list[dict[str, Any]]:
    """The story's articles grouped into its events (a vote, a result, an appeal), oldest first: articles close in
    words (`EVENT_JOIN`) and in days (`EVENT_DECAY_DAYS`). Each `{id, date, label, documents}`; `date` is the
    event's first publication day (None when no article of it is dated)."""
    order = sorted(members, key=lambda i: (profiles[i].day or date.max, docs[i].id))
    events = []
    for event in assign_stories(profiles, order, EVENT_JOIN, EVENT_DECAY_DAYS):
        days = [day for i in event if (day := profiles[i].day) is not None]
        ranked = by_centrality(event, profiles)
        events.append({"id": story_id(docs, founder(event, profiles, docs), "event-"),
                       "date": min(days).isoformat() if days else None,
                       "label": story_label([docs[i] for i in ranked]),
                       "documents": [docs[i].id for i in event]})
    return sorted(events, key=lambda e: (e["date"] or "9999", e["id"]))


def by_centrality(members: list[int], profiles: list[Profile]) -> list[int]:
    """The story's articles, the one nearest its centroid first (ties by position). Closeness is compared to
    `CENTRALITY_DIGITS` decimals: the two articles of a two-article story are exactly as close in theory, and
    without rounding the last bits of the sums (which move with the weights of unrelated articles) would pick
    the label, so a story's label would change as other stories grow."""
    centroid: Counter[str] = Counter()
    for i in members:
        centroid.update(profiles[i].vector)
    return sorted(members, key=lambda i: (-round(cosine(profiles[i].vector, centroid), CENTRALITY_DIGITS), i))


def story_label(ranked: list[Document]) -> str:
    """The most central headline, its outlet suffix (`… - الجزيرة نت`) off; with no headline in the story, its
    main actors (`السوداني، التحالف الدولي، عين الأسد`); with none, the central article's opening sentence
    when it is short, else its first `LABEL_WORDS` words marked as cut (`…`)."""
    for doc in ranked:
        if doc.meta.title and doc.meta.title.strip():
            return without_outlet(doc.meta.title.strip(), doc.meta.outlet)
    actors = main_actors(ranked)
    if actors:
        return "، ".join(actors)
    first = sentence_spans(ranked[0])[0]
    words = ranked[0].span_text(first).split()
    return " ".join(words) if len(words) <= LABEL_WORDS else " ".join(words[:LABEL_WORDS]) + " …"


def without_outlet(title: str, outlet: str | None) -> str:
    """The headline without a trailing ` - outlet` or ` | outlet` a page title carries."""
    if outlet:
        for sep in (" - ", " | ", " – ", " — "):
            head, found, tail = title.rpartition(sep)
            if found and head.strip() and match_key(tail) == match_key(outlet):
                return head.strip()
    return title


def main_actors(docs: list[Document]) -> list[str]:
    """Up to `LABEL_ACTORS` names most often mentioned across the story's articles, as first written."""
    counts: Counter[str] = Counter()
    shown: dict[str, str] = {}
    for doc in docs:
        for span in doc.layer("entities") if doc.has_layer("entities") else ():
            key = " ".join(content_keys(doc.span_text(span)))
            if key:
                counts[key] += 1
                shown.setdefault(key, doc.span_text(span))
    return [shown[key] for key, _ in sorted(counts.items(), key=lambda kc: (-kc[1], kc[0]))[:LABEL_ACTORS]]
