"""Entities on the five sample articles: people, outlets and places found, typed and linked."""
import pytest


def entity(export, name):
    found = [e for e in export["entities"] if e["name"] == name]
    assert found, f"{name} not among {[e['name'] for e in export['entities']]}"
    return found[0]


@pytest.mark.parametrize("name,label,alias", [
    ("محمد شياع السوداني", "PER", "السوداني"),
    ("ريبين سلام", "PER", "سلام"),
    ("كيفن ليهي", "PER", None),
    ("إرم نيوز", "ORG", None),
    ("العراق", "LOC", None),
    ("بغداد", "LOC", None),
])
def test_sample_entity_found_typed_and_linked(sample_export, name, label, alias):
    found = entity(sample_export, name)
    assert found["type"] == label
    if alias:
        assert alias in found["aliases"]


@pytest.mark.parametrize("name", ["ليهي", "كان", "حتى", "بيان"])
def test_sample_stop_names_are_not_places(sample_export, name):
    assert not [e for e in sample_export["entities"] if e["name"] == name and e["type"] == "LOC"]


def test_sample_entity_mentions_exact(sample_export):
    texts = {d["id"]: d["text"] for d in sample_export["documents"]}
    for found in sample_export["entities"]:
        for m in found["mentions"]:
            assert texts[m["doc"]][m["start"]:m["end"]] == m["text"]


def test_sample_title_recorded(sample_export):
    assert "رئيس الوزراء" in entity(sample_export, "محمد شياع السوداني")["titles"]
