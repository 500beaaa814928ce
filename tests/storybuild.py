"""Hand-built documents for the story-step tests: layers placed by finding phrases in the text."""
from __future__ import annotations

from typing import Any

from rasid.corpus import StoryContext
from rasid.model import DocMeta, Document, Span
from rasid.settings import AnalysisOptions
from rasid.text.segment import sentences


def where(text: str, phrase: str, nth: int = 0) -> tuple[int, int]:
    start = -1
    for _ in range(nth + 1):
        start = text.index(phrase, start + 1)
    return start, start + len(phrase)


def make_doc(doc_id: str, text: str, *, published: str | None = None, title: str | None = None,
             dates: tuple[tuple[str, str], ...] = (), quantities: tuple[tuple, ...] = (),
             entities: tuple[tuple[str, str], ...] = (), statements: tuple[dict[str, Any], ...] = (),
             story: str | None = None, outlet: str | None = None) -> Document:
    """A segmented document with `time_expressions`, `quantities`, `entities` and `statements` layers."""
    doc = Document(doc_id, text, DocMeta(source=f"{doc_id}.txt", title=title, published=published, story=story,
                                         outlet=outlet))
    doc = doc.with_layer("sentences", sentences(text))
    doc = doc.with_layer("time_expressions", [
        Span(*where(text, phrase), "DURATION" if value.startswith("P") else "DATE", {"value": value, "anchor": None})
        for phrase, value in dates])
    doc = doc.with_layer("quantities", [
        Span(*where(text, q[0]), "quantity", {"value": q[1], "unit": q[2], "relation": q[3] if len(q) > 3 else "exact",
                                             **(q[4] if len(q) > 4 else {})})
        for q in quantities])
    doc = doc.with_layer("entities", [Span(*where(text, phrase), label, {}) for phrase, label in entities])
    return doc.with_layer("statements", [statement_span(text, s) for s in statements])


def statement_span(text: str, spec: dict[str, Any]) -> Span:
    """A statement from `{speaker, cue, content, anonymous}` phrases found in `text`."""
    s_start, s_end = where(text, spec["speaker"])
    c_start, c_end = where(text, spec["content"])
    cue_start, cue_end = where(text, spec["cue"])
    attrs = {"speaker_text": spec["speaker"], "speaker_start": s_start, "speaker_end": s_end, "cue": spec["cue"],
             "cue_start": cue_start, "cue_end": cue_end, "content": spec["content"], "content_start": c_start,
             "content_end": c_end, "direct": False, "via": None, "anonymous": spec.get("anonymous", False),
             "parent": None}
    return Span(min(s_start, cue_start), c_end, "statement", attrs)


def entity_results(docs: list[Document]) -> list[dict[str, Any]]:
    """Merged entities the way the entities step exports them: one entity a distinct mention text."""
    by_name: dict[str, dict[str, Any]] = {}
    for doc in docs:
        for span in doc.layer("entities"):
            name = doc.span_text(span)
            entity = by_name.setdefault(name, {"id": f"e{len(by_name)}", "type": span.label, "name": name,
                                               "aliases": [], "titles": [], "mentions": []})
            entity["mentions"].append({"doc": doc.id, "start": span.start, "end": span.end, "text": name})
    return list(by_name.values())


def statement_results(docs: list[Document], entities: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Statements the way the statements step exports them, speakers resolved through `entities`."""
    records = []
    for doc in docs:
        for i, span in enumerate(doc.layer("statements")):
            a = span.attrs
            speaker = next((e["id"] for e in entities for m in e["mentions"] if m["doc"] == doc.id
                            and m["start"] < a["speaker_end"] and a["speaker_start"] < m["end"]), None)
            records.append({"id": f"{doc.id}-s{i}", "doc": doc.id, "start": span.start, "end": span.end,
                            "text": doc.span_text(span), "speaker": speaker, "speaker_text": a["speaker_text"],
                            "cue": a["cue"], "content": a["content"], "direct": a["direct"], "via": a["via"],
                            "anonymous": a["anonymous"]})
    return records


def context_for(*docs: Document, question: str | None = None, facts: bool = True) -> StoryContext:
    """A context with the `entities` and `statements` results already filled, as the earlier steps would
    (fact disagreements asked for unless `facts=False`: the step's own tests exercise them)."""
    context = StoryContext(list(docs), AnalysisOptions(question=question, fact_disagreements=facts))
    context.results["entities"] = entity_results(list(docs))
    context.results["statements"] = statement_results(list(docs), context.results["entities"])
    return context
