"""Stances: each actor's position on the story's central question, with the statements that show it.

The question is `options.question` when given, else detected per story: the lexicon's frames
(`data/stance_lexicon.json`) name the nouns a question turns on (`بقاء`, `انسحاب`, `إنهاء مهمة`); the words
most often following them across the story are its object (`قوات التحالف الدولي`), and the place most often
following that object (`في العراق`) completes it: `بقاء قوات التحالف الدولي في العراق`.

Each statement whose content or sentence shares a content word with the question is scored by the frame's
lexicon: a favour cue counts +1, an against cue -1; a negation in the `NEGATION_SCOPE` words before a cue, or a
softener (`التأني في طلب سحب`) before it, reverses it; a risk word after an against cue (`انسحاب ... قد يهدد`)
and an ender right after a favour cue (`مبررات بقائه انتهت`) reverse it too, as do a condemning word before a
favour cue (`يستنكر ... دعمه الكامل للنظام`) and a word of cutting right before it (`تقليص دعم الغاز`); a cue followed by a foe
(`إنهاء العصابات الإرهابية`) is about the enemy and does not count. A positive sum is `favor`, a
negative one `against`, zero `neutral`. An actor is the statement's speaker: the entity id when the
statements step resolved one; `anon:<key>` for an unnamed source (the match key of its words, spaces as
`_`), `speaker:<key>` for a named speaker with no entity. An actor with both favour and against statements
is `mixed`. Labels are relative to the question as put: a question given as the leaving side
(`--question "انسحاب القوات الأمريكية من العراق"`, which the lexicon scores as against) flips them.
"""
from __future__ import annotations

import json
import math
import re
from collections import Counter
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources
from typing import Any

from ..model import Document
from ..text.normalize import match_key, strip_proclitics
from .records import span_record
from .words import by_story, content_keys, enclosing_sentence, sentence_spans, stopword_keys

NEGATION_SCOPE = 4  # words after a negation whose cues it reverses (ليس هناك حاجة لوجود)
SOFTENER_SCOPE = 3  # words after a softener whose against cue it reverses (التأني في طلب سحب)
RISK_SCOPE = 10  # words after an against cue searched for a risk word
FOE_SCOPE = 2  # words after a cue searched for a foe (إنهاء العصابات)
ENDER_SCOPE = 2  # words after a favour cue searched for an ender (بقائه انتهت)
CONDEMN_SCOPE = 12  # words before a favour cue searched for a condemning word (يستنكر الدور ... ودعمه)
REDUCER_SCOPE = 2  # words before a favour cue searched for a word of cutting it (تقليص دعم)
OBJECT_WORDS = 3  # words after a frame noun taken as the question's object
EXTEND_SHARE = 0.4  # a longer phrase replaces the best one when it carries this share of its sightings
LEAD_SENTENCES = 3  # an article's first sentences, where the news (and its question) is stated
MIN_QUESTION_SOURCES = 2  # outlets that must put the question's object
MIN_PLACE_COUNT = 2  # a place must follow the object this often to be part of the question
WORD_CACHE_SIZE = 200_000  # distinct words whose keys are kept (news vocabulary repeats heavily)
PREFIX_LETTERS = 3  # letters of a noun's key compared before a full phrase match
_WORD = re.compile(r"[^\W\d_]+")


@dataclass(frozen=True, slots=True)
class Frame:
    name: str
    noun: str
    objects: tuple[tuple[str, ...], ...]
    favor: tuple[tuple[str, ...], ...]
    against: tuple[tuple[str, ...], ...]
    needs_place: bool = False  # a question of this frame names where (`بقاء القوات في العراق`), or is none


def _phrases(words: list[str]) -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(match_key(w) for w in phrase.split()) for phrase in words)


@cache
def lexicon() -> tuple[tuple[Frame, ...], dict[str, tuple[tuple[str, ...], ...]]]:
    raw = json.loads(resources.files("rasid.data").joinpath("stance_lexicon.json").read_text(encoding="utf-8"))
    frames = tuple(Frame(f["name"], f["noun"], _phrases(f["objects"]), _phrases(f["favor"]), _phrases(f["against"]),
                         f.get("needs_place", False)) for f in raw["frames"])
    modifiers = {k: _phrases(raw[k]) for k in ("negations", "softeners", "risks", "enders", "foes", "condemners", "reducers")}
    return frames, modifiers


def word_forms(text: str) -> list[tuple[str, str]]:
    """`(match key, search key)` of each word: a cue may match the word with or without its proclitics."""
    return [word_form(w) for w in _WORD.findall(text)]


@lru_cache(maxsize=WORD_CACHE_SIZE)
def word_form(word: str) -> tuple[str, str]:
    full = match_key(word)
    return full, strip_proclitics(full)


@cache
def first_letters(frame: Frame) -> frozenset[str]:
    """The first `PREFIX_LETTERS` letters of every object noun of a frame: a cheap test before matching."""
    return frozenset(p[0][:PREFIX_LETTERS] for p in frame.objects)


@cache
def cue_letters(frame: Frame) -> frozenset[str]:
    """The first `PREFIX_LETTERS` letters of every favour and against cue of a frame."""
    return frozenset(p[0][:PREFIX_LETTERS] for p in frame.favor + frame.against)


def phrase_at(forms: list[tuple[str, str]], i: int, phrase: tuple[str, ...], exact: bool = False) -> bool:
    if i + len(phrase) > len(forms):
        return False
    for (full, stem), part in zip(forms[i:i + len(phrase)], phrase):
        hit = part in (full, stem) if exact else (full.startswith(part) or stem.startswith(part))
        if not hit:
            return False
    return True


def any_phrase(forms, start: int, end: int, phrases, exact: bool = False) -> bool:
    return any(phrase_at(forms, i, p, exact) for i in range(max(start, 0), min(end, len(forms))) for p in phrases)


def stance_score(text: str, frame: Frame) -> int:
    """The lexicon score of a text under a frame: > 0 for, < 0 against, 0 neither (see the module doc)."""
    _, mod = lexicon()
    forms = word_forms(text)
    score = 0
    letters = cue_letters(frame)
    for i in range(len(forms)):
        if forms[i][0][:PREFIX_LETTERS] not in letters and forms[i][1][:PREFIX_LETTERS] not in letters:
            continue
        favor = any(phrase_at(forms, i, p) for p in frame.favor)
        against = not favor and any(phrase_at(forms, i, p) for p in frame.against)
        if not (favor or against) or (favor and i and any(phrase_at(forms, i - 1, p) for p in frame.against)):
            continue  # a favour word right after an against cue is its object: إنهاء وجود التحالف
        if any_phrase(forms, i + 1, i + 1 + FOE_SCOPE, mod["foes"]):
            continue  # about the enemy, not the question: إنهاء العصابات الإرهابية
        sign = 1 if favor else -1
        if any_phrase(forms, i - NEGATION_SCOPE, i, mod["negations"], exact=True):
            sign = -sign
        if against and any_phrase(forms, i - SOFTENER_SCOPE, i, mod["softeners"]):
            sign = -sign
        if against and any_phrase(forms, i + 1, i + 1 + RISK_SCOPE, mod["risks"]):
            sign = -sign
        if favor and any_phrase(forms, i + 1, i + 1 + ENDER_SCOPE, mod["enders"]):
            sign = -sign
        if favor and (any_phrase(forms, i - CONDEMN_SCOPE, i, mod["condemners"])
                      or any_phrase(forms, i - REDUCER_SCOPE, i, mod["reducers"])):
            sign = -sign  # `يستنكر ... دعمه الكامل للنظام`, `تقليص دعم الغاز`: what is condemned or cut
        score += sign
    return score


def label_of(score: int) -> str:
    return "favor" if score > 0 else "against" if score < 0 else "neutral"


# the central question


#: why a story has no central question (the `reason` of its `questions` record; the UI words each one)
NO_QUESTION_REASONS = {
    "no_statements": "no one is quoted or reported in the story: no stance to take, no question looked for",
    "no_frame": "no headline, lead or statement puts a frame noun (`بقاء`, `انسحاب`, ...) with an object",
    "one_source": "a frame noun's object is put by one outlet only (an article's phrase, not the story's question)",
    "no_phrase": "the objects put by several outlets are single words, not a phrase",
    "no_place": "a question of presence or leaving whose place no two sightings name",
}


@dataclass(frozen=True, slots=True)
class QuestionFinding:
    """A story's central question and its frame, or no question and the key of `NO_QUESTION_REASONS` why."""

    question: str | None
    frame: Frame
    reason: str | None = None


def detect_question(docs: list[Document], places: frozenset[str] = frozenset(),
                    statements: list[dict[str, Any]] | None = None) -> QuestionFinding:
    """The story's central question and its frame: the frame noun, its most salient object (a phrase's count
    times its length, sub-phrases counted too) and the place most often following it (`places`: the match
    keys of place names the entities step found; no place is added without them). With `statements`, only
    the headlines, leads and sentences that hold a statement are read (see `question_texts`). In a story of
    several articles the object must be put by at least `MIN_QUESTION_SOURCES` of them; with none, there is
    no question (no stances are reported rather than stances on a fragment of one article), and the finding
    says why."""
    frames, _ = lexicon()
    texts = question_texts(docs, statements)
    source = {d.id: d.meta.outlet or d.meta.duplicate_of or d.id for d in docs}  # one outlet, or a copy, is one source
    needed = MIN_QUESTION_SOURCES
    best: tuple[float, str, Frame] | None = None
    reason = "no_frame"
    for frame in frames:
        sighted = frame_objects(texts, frame)
        objects = {key: seen for key, seen in sighted.items()
                   if len({source.get(o.doc, o.doc) for o in seen}) >= needed}  # put by more than one outlet
        if not objects:
            reason = _closer(reason, "one_source" if sighted else "no_frame")
            continue
        key, score = most_salient_object(objects, docs)
        if key is None:
            reason = _closer(reason, "no_phrase")
            continue
        if best and score <= best[0]:
            continue
        surface = Counter(o.surface for o in objects[key]).most_common(1)[0][0]
        after = Counter(o.place for o in objects[key] if o.place and match_key(o.place) in places)
        place = [p for p, n in after.most_common(1) if n >= MIN_PLACE_COUNT]
        if frame.needs_place and not place:
            reason = _closer(reason, "no_place")
            continue  # `بقاء الأسر المنتجة`, `بقاء يوسف الطاسان`: existence or leaving in a story, no question of presence
        best = (score, f"{frame.noun} {surface}" + (f" في {place[0]}" if place else ""), frame)
    if best is None:
        return QuestionFinding(None, frames[0], reason)
    return QuestionFinding(best[1], best[2])


def _closer(reason: str, other: str) -> str:
    """Of two reasons, the one of the detection that came closer to a question."""
    order = ("no_frame", "one_source", "no_phrase", "no_place")
    return max(reason, other, key=order.index)


def most_salient_object(objects: dict[tuple[str, ...], list[ObjectSighting]],
                        docs: list[Document]) -> tuple[tuple[str, ...] | None, float]:
    """The phrase of two or more words maximising length x sightings x log(1 + its frequency in the story),
    extended to a longer phrase holding it when that one has at least `EXTEND_SHARE` of its sightings."""
    joined = " " + " ".join(k for doc in docs for k in content_keys(f"{doc.meta.title or ''} {doc.text}")) + " "
    scored = {k: len(k) * len(v) * math.log(1 + joined.count(" " + " ".join(k) + " "))
              for k, v in objects.items() if len(k) >= 2}
    if not scored:
        return None, 0.0
    key = max(scored, key=lambda k: (scored[k], k))
    longer = [k for k in objects if len(k) > len(key) and _contains(k, key)
              and len(objects[k]) >= EXTEND_SHARE * len(objects[key])]
    if longer:
        key = max(longer, key=lambda k: (len(objects[k]), k))
    return key, scored[key]


def _contains(longer: tuple[str, ...], part: tuple[str, ...]) -> bool:
    return any(longer[i:i + len(part)] == part for i in range(len(longer) - len(part) + 1))


@dataclass(frozen=True, slots=True)
class ObjectSighting:
    surface: str
    place: str | None
    doc: str = ""  # the article it was seen in


def question_texts(docs: list[Document], statements: list[dict[str, Any]] | None) -> list[tuple[str, str]]:
    """`(document id, text)` of every sentence without `statements`; with them, what a question is stated in:
    each headline, the first `LEAD_SENTENCES` sentences of each article, and each sentence that holds a
    statement."""
    if statements is None:
        return [(doc.id, doc.text[s.start:s.end]) for doc in docs for s in sentence_spans(doc)]
    spoken: dict[str, list[int]] = {}
    for statement in statements:
        spoken.setdefault(statement["doc"], []).append(statement["start"])
    texts = [(doc.id, doc.meta.title) for doc in docs if doc.meta.title]
    for doc in docs:
        starts = spoken.get(doc.id, [])
        for n, s in enumerate(sentence_spans(doc)):
            if n < LEAD_SENTENCES or any(s.start <= start < s.end for start in starts):
                texts.append((doc.id, doc.text[s.start:s.end]))
    return texts


def frame_objects(texts: list[tuple[str, str]], frame: Frame) -> dict[tuple[str, ...], list[ObjectSighting]]:
    """Phrases (as key tuples) following the frame's nouns in `(document id, text)` pairs, each sighting with
    its surface, the place after it (`في/من X`) and its article; every contiguous sub-phrase is counted too."""
    stop = stopword_keys()
    found: dict[tuple[str, ...], list[ObjectSighting]] = {}
    starts = first_letters(frame)
    for doc_id, text in texts:
        folded = match_key(text)
        if not any(start in folded for start in starts):
            continue  # none of the frame's nouns occurs: skip the word-by-word pass
        words = _WORD.findall(text)
        forms = [word_form(w) for w in words]
        for i in range(len(words)):
            if forms[i][0][:PREFIX_LETTERS] not in starts and forms[i][1][:PREFIX_LETTERS] not in starts:
                continue
            for noun in frame.objects:
                if not phrase_at(forms, i, noun, exact=True) or _definite(forms[i][0]):
                    continue  # `الدعم الكامل`: after a definite noun comes its adjective, not what it is about
                j = i + len(noun)
                taken = words[j:j + OBJECT_WORDS]
                if not _named_object(taken):
                    continue  # `بقاء قدرة فعالة`, `دعم والمساندة`: no definite genitive names what it is about
                cut = next((n for n, w in enumerate(taken) if word_form(w)[1] in stop
                            or (n and not _definite(word_form(w)[0], bare=True))), len(taken))  # a definite phrase
                after = words[j + cut:j + cut + 2]
                place = after[1] if len(after) == 2 and after[0] in ("في", "من") else None
                for a in range(cut):
                    for b in range(a + 1, cut + 1):
                        key = tuple(word_form(w)[1] for w in taken[a:b])
                        found.setdefault(key, []).append(ObjectSighting(" ".join(taken[a:b]), place, doc_id))
    return found


def _definite(key: str, bare: bool = False) -> bool:
    """Whether a word's key starts with the article, after a proclitic unless `bare` (`الدعم`, `وبالدعم`;
    `bare`: `الاتفاق` itself, not `والمساندة`)."""
    if bare:
        return key.startswith("ال")
    return any(key.startswith(clitic + "ال") for clitic in ("", "و", "ف", "ب", "وب", "ك")) or key.startswith(("لل", "ولل"))


def _named_object(taken: list[str]) -> bool:
    """Whether the words after a frame noun open a definite noun phrase: a definite word (`الاتفاق`) or a
    construct (`قوات التحالف`), not an indefinite phrase (`قدرة فعالة`) or a second noun joined by `و`."""
    keys = [word_form(w)[0] for w in taken[:2]]
    if not keys or keys[0].startswith(("و", "ل", "ب")) and not _definite(keys[0]):
        return False  # `دعم والمساندة`, `دعم لشراء الوقود`: a second noun or a purpose, not a genitive
    return _definite(keys[0], bare=True) or (len(keys) == 2 and _definite(keys[1], bare=True))


def frame_for(question: str) -> Frame:
    """The frame whose cues the given question uses (the first frame when none does)."""
    frames, _ = lexicon()
    forms = word_forms(question)
    for frame in frames:
        if any(phrase_at(forms, i, p) for i in range(len(forms)) for p in frame.favor + frame.against):
            return frame
    return frames[0]


# actors


def actor_id(statement: dict[str, Any]) -> tuple[str, str]:
    """`(id, kind)` of a statement's speaker: an entity id, `anon:<key>` or `speaker:<key>`."""
    if statement.get("speaker"):
        return statement["speaker"], "entity"
    key = "_".join(match_key(statement.get("speaker_text") or "").split()) or "unknown"
    return (f"anon:{key}", "anonymous") if statement.get("anonymous") else (f"speaker:{key}", "unlinked")


def statement_records(context: Any) -> list[dict[str, Any]]:
    """The exported statements, or records read off the `statements` layers when that step is absent."""
    if context.results.get("statements"):
        return context.results["statements"]
    records = []
    for doc in context.documents:
        for span in doc.layer("statements") if doc.has_layer("statements") else ():
            records.append({**span_record(doc, span), "speaker": None, **{
                k: span.attrs.get(k) for k in ("speaker_text", "content", "anonymous")}})
    return records


def find_questions(context: Any) -> list[dict[str, Any]]:
    """The corpus step before stances: one record per story, `{story, question, frame, source, reason}`: the
    question given (`source` `given`), the one detected from the story's own articles (`detected`), or none,
    with the key of `NO_QUESTION_REASONS` that says why (`question`, `frame` and `source` null)."""
    source = "given" if context.options.question else "detected"
    findings = story_questions(context, statements_by_story(context))
    return [_question_record(story, finding, source) for story, finding in findings.items()]


def _question_record(story: str | None, finding: QuestionFinding | None, source: str) -> dict[str, Any]:
    if finding is None or finding.question is None:
        reason = finding.reason if finding else "no_statements"
        return {"story": story, "question": None, "frame": None, "source": None, "reason": reason}
    return {"story": story, "question": finding.question, "frame": finding.frame.name, "source": source, "reason": None}


def statements_by_story(context: Any) -> dict[str | None, list[dict[str, Any]]]:
    """Every story's statements (`statement_records`), each story of the documents present, in input order."""
    by_doc: dict[str, list[dict[str, Any]]] = {}
    for statement in statement_records(context):
        by_doc.setdefault(statement["doc"], []).append(statement)
    return {story: [s for d in docs for s in by_doc.get(d.id, [])] for story, docs in by_story(context.documents).items()}


def story_questions(context: Any, statements: dict[str | None, list[dict[str, Any]]]) -> dict[str | None, QuestionFinding | None]:
    """Each story's question: the one given, or detected from its articles; None when no one speaks in it
    (nothing is looked for)."""
    places = place_keys_by_doc(context)
    question = context.options.question
    return {story: None if not statements.get(story) else QuestionFinding(question, frame_for(question)) if question
            else detect_question(docs, frozenset().union(*(places.get(d.id, ()) for d in docs)), statements[story])
            for story, docs in by_story(context.documents).items()}


def recorded_questions(records: list[dict[str, Any]]) -> dict[str | None, QuestionFinding | None]:
    """The findings of the `questions` step's records (read back, not detected again)."""
    frames = {frame.name: frame for frame in lexicon()[0]}
    return {r["story"]: QuestionFinding(r["question"], frames[r["frame"]]) if r.get("question") else None
            for r in records}


def find_stances(context: Any) -> list[dict[str, Any]]:
    """The corpus step: one record per actor and story, with every statement on the question as evidence (the
    questions step's questions, or each story's detected afresh when that step did not run)."""
    names = {e["id"]: e.get("name") for e in context.results.get("entities", [])}
    docs = {d.id: d for d in context.documents}
    statements = statements_by_story(context)
    findings = recorded_questions(context.results["questions"]) if "questions" in context.results else \
        story_questions(context, statements)
    stances = []
    for story, story_statements in statements.items():
        finding = findings.get(story)
        if finding is None or finding.question is None:
            continue  # no one speaks, or no question the story's articles put together: no stance is reported
        polarity = -1 if stance_score(finding.question, finding.frame) < 0 else 1  # put as leaving: labels flip
        stances += story_stances(story_statements, docs, finding.question, (finding.frame, polarity), names, story)
    return stances


def place_keys_by_doc(context: Any) -> dict[str, set[str]]:
    """Match keys of the GPE and LOC mentions the entities step found, by document: a story's question takes a
    place named in that story's own articles, so it depends on nothing outside the story."""
    places: dict[str, set[str]] = {}
    for entity in context.results.get("entities", []):
        if entity.get("type") in ("GPE", "LOC"):
            for mention in entity.get("mentions", []):
                places.setdefault(mention["doc"], set()).add(match_key(mention["text"]))
    return places


def story_stances(statements, docs: dict[str, Document], target: str, framing: tuple[Frame, int], names: dict[str, Any],
                  story: str | None) -> list[dict[str, Any]]:
    target_keys = set(content_keys(target)) - set(content_keys(framing[0].noun))
    by_actor: dict[str, list[dict[str, Any]]] = {}
    kinds: dict[str, tuple[str, str]] = {}
    for s in statements:
        doc = docs[s["doc"]]
        sentence = enclosing_sentence(doc, s["start"], s["end"])
        if not target_keys & set(content_keys(doc.text[sentence.start:sentence.end])):
            continue
        actor, kind = actor_id(s)
        kinds[actor] = (kind, names.get(actor) or s.get("speaker_text") or "")
        label = label_of(framing[1] * stance_score(s.get("content") or s["text"], framing[0]))
        by_actor.setdefault(actor, []).append({**span_record(doc, (s["start"], s["end"])), "stance": label})
    return [{"entity": actor, "actor_kind": kinds[actor][0], "name": kinds[actor][1], "target": target,
             "stance": overall_stance([e["stance"] for e in evidence]), "evidence": evidence, "story": story}
            for actor, evidence in by_actor.items()]


def overall_stance(labels: list[str]) -> str:
    """`mixed` when an actor spoke both for and against; else its one non-neutral side, else `neutral`."""
    sides = set(labels) - {"neutral"}
    return "mixed" if len(sides) > 1 else sides.pop() if sides else "neutral"
