from types import MappingProxyType

import pytest

from rasid.model import DocMeta, Document, Span


def make_doc(text="قال الوزير إن الوضع مستقر.") -> Document:
    return Document("d1", text, DocMeta(source="x.txt", title="عنوان", removed=("logo",)))


def test_document_with_layer_returns_new_document():
    doc = make_doc()
    newer = doc.with_layer("words", [Span(0, 3, "word")])
    assert not doc.has_layer("words")
    assert newer.span_text(newer.layer("words")[0]) == "قال"


def test_document_layer_cannot_be_overwritten():
    doc = make_doc().with_layer("words", [Span(0, 3)])
    with pytest.raises(ValueError, match="already has layer"):
        doc.with_layer("words", [])


def test_document_rejects_span_outside_text():
    with pytest.raises(ValueError, match="outside a text"):
        make_doc("قصير").with_layer("x", [Span(0, 50)])


def test_document_round_trips_through_dict():
    doc = make_doc().with_layer("words", [Span(0, 3, "word", {"key": "قال"})])
    assert Document.from_dict(doc.to_dict()) == doc


def test_document_layers_are_read_only():
    doc = make_doc()
    assert isinstance(doc.layers, MappingProxyType)
    with pytest.raises(TypeError):
        doc.layers["x"] = ()  # type: ignore[index]


def test_missing_layer_error_names_layers_present():
    with pytest.raises(KeyError, match="has no layer 'entities'"):
        make_doc().layer("entities")
