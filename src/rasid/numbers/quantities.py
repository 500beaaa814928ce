"""Find quantities in Arabic text: a count or amount, what it counts, and how exact it is.

A quantity is a number (digits in any script, number words, a vague order of magnitude such as `مئات`,
a fraction such as `ثلث`, or a dual noun such as `جنديين`) with the words around it: a relation before it
(`حوالي` about, `أكثر من` more, `أقل من` less), a scale (`ألف`, `مليون`), and after it a currency, a
percent sign, or the counted noun (`86 دولة`, `عشرة من أفراده`, `ملايين المدنيين`). Numbers that are not
counts are left out: those inside time expressions, bare years, phone numbers, and designations
(`فوج المدفعية الميدانية 218`: a number after a noun with nothing counted after it).
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from ..model import Span
from ..text.folded import FoldedText
from ..text.windows import GLUED, trigger_windows, windows_for, with_clitics
from .units import counts_something, currency_pattern, is_age, percent_pattern, unit_as_written, unit_lexicon
from .words import CLITIC, alternation, cardinal_pattern, cardinal_value, lexicon

PROCLITIC = f"[{GLUED}]"  # one proclitic letter written against a word or a number
#: a number starts after a non-word or after one proclitic letter that starts its word (`و156 ألفا`, `ب5 ملايين`)
DIGITS = (rf"(?:(?<![\w.,/:+-])|(?<={PROCLITIC})(?<![^\W_]{PROCLITIC}))"
          r"(?P<num>-?(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+"
          r"|\d+/(?:[2-58]|10|100|1000)(?!\d)))"
          r"(?![\d/:]|[.,]\d|[^\W\d_]|\s*[-–]\s*\d)")  # 7-6, 2-1: a score or a range, read by `range` or not at all
PHONE = re.compile(r"(?:\+\s*\(?\d+\)?[\s-]*)?\(?\d{2,4}\)?(?:[\s.-]+\d{2,4}){2,}"  # 650 701 8887, +1 (650) 701-8887
                   r"|\+[\d\s().-]{7,}\d|(?<!\d)0\d{8,}(?!\d)")
LONGEST_COUNT = 9  # an unbroken run of this many digits or more is a phone number or an id, not a count
COUNT_OF = re.compile(r"(?:عدد|حصيله|اجمالي)\s+[^\W\d_]+(?:\s+(?:الي|نحو|حوالي))?$")  # عدد القتلى (إلى) 300
LOOK_BACK = 40  # characters before a number that say what it is (a designator, a bracket, a line start)
YEAR_LIKE = frozenset(range(1900, 2101)) | frozenset(range(1300, 1500))  # Gregorian and Hijri years in the news
WORD = re.compile(r"\s*([^\W\d_]+)")
VAGUE_KIND = {10: "tens", 100: "hundreds", 1000: "thousands", 1000000: "millions", 1000000000: "billions"}


@dataclass(slots=True)
class Reading:
    """A quantity being read: key offsets, value and what is known about it."""

    start: int
    end: int
    value: float
    attrs: dict[str, Any] = field(default_factory=dict)


#: a conjunction or preposition written against a dual (`بمقعدين`, `ومرتين`): not part of the count
PROCLITIC_LETTER = PROCLITIC + "?"

@cache
def quantity_patterns() -> dict[str, re.Pattern[str]]:
    lex = lexicon()
    rel = rf"(?:(?P<rel>{alternation(lex.relation)})\s+)?"
    bracketed_rel = rf"(?:(?P<rel>{alternation(lex.relation)})\s+\(?\s*)?"  # `أكثر من (500) وحدة`
    scale = rf"(?:\s*(?P<scale>{alternation(lex.scales)})(?!\w))?"
    money_before = r"(?P<cur_before>\$|€|£|usd|eur)\s*"
    return {
        "range": re.compile(rf"(?:(?:بين|من)\s+(?P<low>\d+(?:[.,]\d+)*)\s*(?:و|الي|حتي)\s*(?P<high>\d+(?:[.,]\d+)*)|"
                            rf"(?<![\w.,/-])(?P<low2>\d+)\s*[-–]\s*(?P<high2>\d+)(?![\w/-])){scale}"),
        "digits": re.compile(rf"{bracketed_rel}(?:{money_before})?{DIGITS}{scale}"
                             rf"(?(scale)(?:\s+و\s*(?P<rest>\d{{1,3}})(?!\d))?)"),  # 363 ألف و378
        "words": re.compile(rf"(?<![^\W_]){rel}(?P<words>{cardinal_pattern()})"
                            rf"(?:\s+و\s*(?P<rest>\d{{1,3}})(?!\d){scale})?"),  # `ألف و500`, `مليون و200 ألف`
        "vague": re.compile(rf"(?<![^\W_]){rel}{CLITIC}(?P<vague>{alternation(lex.vague)})"
                            rf"(?:\s+(?:من\s+)?(?P<of>{alternation(lex.vague)}))?(?!\w)"),  # عشرات الآلاف
        "fraction": re.compile(rf"(?<![^\W_]){rel}{CLITIC}(?P<frac>{alternation(lex.fractions)})(?!\w){scale}"),
        # a proclitic allowed (بمقعدين), the article not: `الفريقين` points back at two named teams, it counts
        # nothing new
        "dual": re.compile(rf"(?<![^\W_]){PROCLITIC_LETTER}(?P<dual>{alternation(unit_lexicon().duals)})(?!\w)"),
        "feminine_dual": FEMININE_DUAL,
        "glued": GLUED_UNIT,
        "definite": definite_count_pattern(),
    }


#: nouns a definite tens word follows as an ordinal (`الذكرى السبعين`, `القرن العشرين`), not as a count
ORDINAL_NOUNS = frozenset({
    "ذكري", "دوره", "قرن", "عيد", "نسخه", "طبعه", "جلسه", "حلقه", "جوله", "مرتبه", "مركز", "اسبوع", "يوم", "شهر",
    "عام", "سنه", "موسم", "بطوله", "مؤتمر", "قمه", "مره", "عدد", "رقم", "مرحله", "دقيقه", "ساعه", "عمر",
    # spans of time are durations, read by the time layer (`الأشهر الستة الأولى`), not counts
    "ايام", "اشهر", "شهور", "سنوات", "سنين", "اعوام", "اسابيع", "ساعات", "دقايق", "عقود", "قرون"})


def definite_count_pattern() -> re.Pattern[str]:
    """`الأسرى الخمسين`, `الجنود الثلاثة`, `الدول الست`: a definite cardinal after the definite noun it counts."""
    lex = lexicon()
    words = sorted((w for w, v in lex.units.items() if " " not in w and 3 <= v <= 90 and v == int(v)), key=len, reverse=True)
    return re.compile(rf"(?<![^\W\d_])(?P<dnoun>ال[^\W\d_]{{2,}})\s+ال(?P<dnum>{'|'.join(words)})"
                      rf"(?P<dteen>\s+عشر(?:ه)?)?(?![^\W\d_])")


#: a number with an abbreviated unit written against it (`3460م2`, `76.000م2`, `15كم`); a dot or comma before
#: exactly three digits groups thousands there, as it does in most Arabic typesetting
GLUED_UNIT = re.compile(r"(?:(?<![\w.,/])|(?<=(?<!\w)[وبل]))(?P<num>\d{1,3}(?:[.,]\d{3})+|\d+(?:[.,]\d+)?)"
                        r"(?P<gunit>كم2|كم²|م2|م²|م3|كم|كلم|كغ|كلغ|كجم|ملم|مم|سم)(?!\w)")


#: an indefinite feminine dual (`مرتين`, `مظاهرتين`, `سيارتان`): the plural of such nouns is -ات, so -تين/-تان
#: after a stem of two letters or more is a count of two; a proclitic may stand before it, never the article
FEMININE_DUAL = re.compile(rf"(?<![^\W_]){PROCLITIC_LETTER}(?P<fdual>(?!ال)[^\W\d_]{{2,}}(?:تين|تان))(?!\w)"
                           r"(?P<two>\s+(?:اثنتين|اثنتان))?")  # `ولايتين اثنتين`: the numeral repeats the count
PREVIOUS_WORD = re.compile(r"([^\W\d_]+)\s+$")


def find_quantities(text: str, exclude: Iterable[tuple[int, int]] = (),
                    names: Iterable[tuple[int, int]] = ()) -> list[Span]:
    """Quantity spans over `text`; `exclude` are text ranges (time expressions) whose numbers are not counts,
    `names` the ranges of names, where a number is part of the name (`وست هام`, `مدينة ستة أكتوبر`)."""
    folded = FoldedText.of(text)
    key = folded.key
    blocked = _key_ranges(folded, exclude) + [m.span() for m in PHONE.finditer(key)]
    named = _key_ranges(folded, names)
    readings = [r for r in _read_all(key) if not _overlaps(r, blocked)
                and not any(start <= r.start < end for start, end in named)]
    return [_span(folded, r) for r in _choose(readings)]


@cache
def trigger_words() -> dict[str, frozenset[str]]:
    """Words a quantity is built around: class `word` (digits are class `digit`)."""
    lex = lexicon()
    tables = (lex.units, lex.hundreds, lex.scales, lex.vague, lex.fractions, unit_lexicon().duals)
    return with_clitics({"word": {max(entry.split(), key=len) for table in tables for entry in table}})


PATTERN_TRIGGERS = {"range": ("digit",), "digits": ("digit",), "words": ("word",), "vague": ("word",),
                    "fraction": ("word",), "dual": ("word",), "feminine_dual": (), "glued": ("digit",),
                    "definite": ("word",)}  # () runs over the whole text


def _read_all(key: str) -> list[Reading]:
    readers = {"range": _range, "digits": _digits, "words": _words, "vague": _vague, "fraction": _fraction,
               "dual": _dual, "feminine_dual": _feminine_dual, "glued": _glued, "definite": _definite_count}
    windows = trigger_windows(key, trigger_words())
    readings = []
    for name, pattern in quantity_patterns().items():
        spans = windows_for(windows, PATTERN_TRIGGERS[name]) if PATTERN_TRIGGERS[name] else [(0, len(key))]
        for start, end in spans:
            for match in pattern.finditer(key, start, end):
                reading = readers[name](match, key)
                if reading is not None:
                    readings.append(reading)
    return readings


def _number(text: str) -> float:
    """`1,250,000`, `2.5`, `.77`, `3/4`, `-1.2` as a number (a comma before three digits groups thousands)."""
    if text.startswith("-"):
        return -_number(text[1:])
    if "/" in text:
        numerator, denominator = text.split("/")
        return float(numerator) / float(denominator)
    if re.fullmatch(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?", text):
        text = text.replace(",", "")
    return float(text.replace(",", "."))


def _scaled(value: float, match: re.Match[str]) -> float:
    scale = match.groupdict().get("scale")
    return value * lexicon().scales[re.sub(r"\s+", " ", scale)] if scale else value


def _relation(match: re.Match[str]) -> str:
    words = match.groupdict().get("rel")
    return lexicon().relation[re.sub(r"\s+", " ", words)] if words else "exact"


def _digits(match: re.Match[str], key: str) -> Reading | None:
    if len(match.group("num")) >= LONGEST_COUNT and match.group("num").isdigit():
        return None
    value = _scaled(_number(match.group("num")), match) + float(match.group("rest") or 0)  # 363 ألف و378
    reading = Reading(match.start(), match.end(), value, {"relation": _relation(match)})
    if match.group("cur_before"):
        sign = match.group("cur_before")
        reading.attrs.update(unit=sign, currency=unit_lexicon().currencies[sign] or None)
        return reading
    _attach_unit(reading, key)
    if _names_something(match, key) or _not_a_count(match, key, reading):
        return None
    _mark_age(reading, key)
    _balance_brackets(reading, key)
    return reading


def _balance_brackets(reading: Reading, key: str) -> None:
    """A count written in brackets keeps both of them: `(1157) جولة`, `أكثر من (500) وحدة`, `(10%)`."""
    end = reading.attrs.get("unit_end", reading.end)
    inside = key[reading.start:end]
    if inside.count("(") > inside.count(")") and (closing := CLOSING_BRACKET.match(key, end)):
        if "unit_end" in reading.attrs:
            reading.attrs["unit_end"] = closing.end()
        else:
            reading.end = closing.end()
    elif inside.count(")") > inside.count("(") and (opening := OPENING_BEFORE.search(key, 0, reading.start)):
        reading.start = opening.start()


CLOSING_BRACKET = re.compile(r"\s*\)")
OPENING_BEFORE = re.compile(r"\(\s*$")


def _mark_age(reading: Reading, key: str) -> None:
    """`البالغ من العمر 40 عاماً`, `روندون (25 عاما)`: an age (`kind: age`), not a count of years."""
    if "unit_start" in reading.attrs:
        unit = key[reading.attrs["unit_start"]:reading.attrs["unit_end"]]
        if is_age(key[max(0, reading.start - LOOK_BACK):reading.start], unit):
            reading.attrs["kind"] = "age"


GLUED_PROCLITIC = re.compile(rf"(?:^|(?<=\s)){PROCLITIC}$")


def text_before(key: str, start: int) -> str:
    """The `LOOK_BACK` characters before a number, without a proclitic written against it (`و156`: the `و` joins
    the number to what came before; it is no word the number names)."""
    before = key[max(0, start - LOOK_BACK):start]
    return GLUED_PROCLITIC.sub("", before)


def _names_something(match: re.Match[str], key: str) -> bool:
    """`رقم 47`, `المادة 103`, `(46)`, `فيلم "71"`, a list item `2 - ...`: the number names or numbers something."""
    before = text_before(key, match.start())
    previous = re.search(r"([^\W\d_]+)\s*\(?\s*$", before)
    if previous and any(form in unit_lexicon().designators for form in (previous.group(1), previous.group(1)[1:])):
        return True
    after = key[match.end():]
    bracketed = (re.search(r"[(\"“«']\s*$", before) and re.match(r"\s*[)\"”»']", after)  # (46), "71": a name
                 and not _counted_after_bracket(after))
    listed = re.search(r"(?:^|\n)\s*$", before) and re.match(r"\s*[-–.)]\s", after)
    copyright_year = re.search(r"©\W*$", before)
    return bool(bracketed or listed or copyright_year)


OPENING_BRACKET = re.compile(r"\((?=\s*-?[\d.])")  # a bracket opening a number: `(1157)`, `أكثر من (500)`
BRACKETED_COUNT = re.compile(r"\s*\)\s*([^\W\d_]+)")
RATIO = re.compile(r"\s*(?:الي|:)\s*\d")
RATIO_BEFORE = re.compile(r"(?<!من )(?<!بين )\d\s*(?:الي|:)\s*$")


def _counted_after_bracket(after: str) -> bool:
    """`(218) محلاً`, `(1157) جولة سياحية`: a bracketed count (news agencies write them so) is followed by
    what it counts, in the accusative (`محلا` in the key), a feminine noun, or a listed countable noun or unit."""
    word = BRACKETED_COUNT.match(after)
    if not word or word.group(1) in unit_lexicon().not_units or word.group(1).startswith("ال"):
        return False
    noun = word.group(1)
    feminine = noun.endswith("ه") and not noun.startswith(("ب", "ل", "ك", "و", "ف"))  # `جولة`, not `بقيمة`
    return noun.endswith("ا") or feminine or counts_something(noun)  # `محلا` (accusative), `جولة` (ة as ه)


def _not_a_count(match: re.Match[str], key: str, reading: Reading) -> bool:
    """A year (1900-2100 with no listed countable noun, currency or percent after it: `1987 صادر`), or a
    designation after a noun (`الفوج 218`: a bare number after a word, with nothing counted after it)."""
    if match.group("scale") or match.group("rel"):
        return False
    if reading.value.is_integer() and int(reading.value) in YEAR_LIKE:
        return not _counts_listed_thing(reading, key)
    if "unit_start" in reading.attrs or "unit" in reading.attrs:
        return False
    before = text_before(key, match.start()).rstrip()
    if RATIO.match(key, match.end()) or RATIO_BEFORE.search(before + " "):
        return True  # (2 إلى 1), 3:1: a ratio or a score
    if COUNT_OF.search(before):
        return False  # عدد القتلى 300: the noun before the number is what it counts
    previous = re.search(r"([^\W\d_]+)$", before)
    return previous is not None and previous.group(1) not in unit_lexicon().not_units and not before.endswith(("ل", "لـ"))


def _counts_listed_thing(reading: Reading, key: str) -> bool:
    if reading.attrs.get("unit") or "currency" in reading.attrs:
        return True
    if "unit_start" not in reading.attrs:
        return False
    return counts_something(key[reading.attrs["unit_start"]:reading.attrs["unit_end"]].split()[0])


def _words(match: re.Match[str], key: str) -> Reading | None:
    words = match.group("words").strip()
    if _after_ordinal(key, match.start()):
        return None  # `الرابع عشر`, `الحادية عشرة`: the tail of an ordinal, not a count
    value = cardinal_value(words)
    if value is None or (" " not in words and (value == 1 or _known_vague(words) or _definite(words))):
        return None  # `واحد` alone is an article ("one of"); `ملايين` alone is vague, read by `_vague`;
        # a definite number word alone (`المئة` of `في المئة`, `الثلاثة`) refers back rather than counts
    end, rest = match.end(), _scaled(float(match.group("rest")), match) if match.group("rest") else 0.0
    if rest and rest >= value:
        end, rest = match.end("words"), 0.0  # `ثلاثة و500 شخص`: two numbers, not one written in two parts
    reading = Reading(match.start(), end, float(value) + rest, {"relation": _relation(match)})
    _attach_unit(reading, key)
    _mark_age(reading, key)
    return reading


def _after_ordinal(key: str, start: int) -> bool:
    previous = re.search(r"([^\W\d_]+)\s+$", key[max(0, start - LOOK_BACK):start])
    return previous is not None and previous.group(1) in lexicon().ordinals


def _definite(word: str) -> bool:
    lex = lexicon()
    return word.startswith("ال") and not any(word in table for table in (lex.units, lex.hundreds, lex.scales))


def _known_vague(word: str) -> bool:
    return any(word.endswith(v) for v in lexicon().vague)


def _vague(match: re.Match[str], key: str) -> Reading | None:
    magnitude = lexicon().vague[match.group("vague")]
    kind = VAGUE_KIND.get(magnitude, "many")
    if match.group("of"):  # tens of thousands: 10 x 1000
        kind = f"{kind} of {VAGUE_KIND.get(lexicon().vague[match.group('of')], 'many')}"
        magnitude *= lexicon().vague[match.group("of")]
    reading = Reading(match.start(), match.end(), float(magnitude), {"relation": "more", "approximate": kind})
    _attach_unit(reading, key)
    return reading


def _fraction(match: re.Match[str], key: str) -> Reading | None:
    if match.group(0).lstrip().startswith(("ال", "وال", "بال")) and not match.group("rel"):
        return None  # `الربع الأخير`, `الثلث`: a definite fraction names a part, it does not measure one
    reading = Reading(match.start(), match.end(), _scaled(lexicon().fractions[match.group("frac")], match),
                      {"relation": _relation(match)})
    _attach_unit(reading, key)
    if not match.group("scale") and ROUND_OF_CUP.match(key, match.end()):
        return None  # `نصف النهائي`, `ربع نهائي البطولة`: a round of a competition, no part of anything
    return reading if "unit_start" in reading.attrs or match.group("scale") else None


ROUND_OF_CUP = re.compile(r"\s*(?:ال)?نهايي\b")  # after a fraction word, as a match key: the semi- or quarter-final


def _dual(match: re.Match[str], key: str) -> Reading | None:
    singular = unit_lexicon().duals[match.group("dual")]
    return Reading(match.start("dual"), match.end(), 2.0, {"relation": "exact", "unit": singular,
                                                           "unit_end": match.end()})


def _glued(match: re.Match[str], key: str) -> Reading | None:
    number = match.group("num")
    grouped = re.fullmatch(r"\d{1,3}(?:[.,]\d{3})+", number)
    value = float(re.sub(r"[.,]", "", number)) if grouped else _number(number)
    return Reading(match.start(), match.end(), value,
                   {"relation": "exact", "unit_start": match.start("gunit"), "unit_end": match.end()})


def _feminine_dual(match: re.Match[str], key: str) -> Reading | None:
    """`مرتين` (2 مرة), unless the word is listed as something else, a country (`باكستان`), or an adjective
    agreeing with a dual noun right before it (`غارتين جويتين`)."""
    word = match.group("fdual")
    lex = unit_lexicon()
    if word in lex.not_feminine_duals or word.endswith("ستان") or word in lex.duals:
        return None
    before = PREVIOUS_WORD.search(key, max(0, match.start() - 30), match.start())
    if before and (before.group(1).endswith(("تين", "تان")) or before.group(1) in lex.duals):
        return None
    start, end = match.start("fdual"), match.end("fdual")
    return Reading(start, match.end(), 2.0, {"relation": "exact", "unit_start": start, "unit_word_end": end,
                                             "unit_end": match.end(), "dual_of": True})


def _definite_count(match: re.Match[str], key: str) -> Reading | None:
    """`الأسرى الخمسين` (50 أسرى): the noun before the number is what it counts, unless the number is an
    ordinal of it (`الذكرى السبعين`) or the noun is no thing counted (a time word)."""
    noun = match.group("dnoun")[2:]
    if noun in ORDINAL_NOUNS or noun in unit_lexicon().not_units or key[:match.start()].endswith("مجموعه "):
        return None  # an ordinal, a span of time, or a group's name (`مجموعة الدول العشرين`)
    value = float(lexicon().units[match.group("dnum")])
    if match.group("dteen"):
        if value >= 10:
            return None
        value += 10  # `الأعضاء الخمسة عشر`
    unit_start = match.start("dnoun") + 2
    return Reading(match.start(), match.end(), value, {"relation": "exact", "unit_start": unit_start,
                                                         "unit_word_end": match.end("dnoun"), "unit_end": match.end()})


def _range(match: re.Match[str], key: str) -> Reading | None:
    low, high = match.group("low") or match.group("low2"), match.group("high") or match.group("high2")
    low_value, high_value = _scaled(_number(low), match), _scaled(_number(high), match)
    if not low_value < high_value or (low_value in YEAR_LIKE and high_value in YEAR_LIKE):
        return None
    bounds = {"relation": "exact", "low": low_value, "high": high_value}  # a range states both ends exactly
    reading = Reading(match.start(), match.end(), low_value, bounds)
    _attach_unit(reading, key)
    return reading


@cache
def _unit_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    return (re.compile(rf"\s*({currency_pattern()})(?![^\W\d_])"), re.compile(rf"\s*({percent_pattern()})(?![^\W\d_])"))


VIA_MIN = re.compile(r"\s+من(?=\s)")


def _attach_unit(reading: Reading, key: str) -> None:
    """Extend the reading over what follows it: a currency, percent, or the counted noun (with `من`)."""
    currency, percent = _unit_patterns()
    found = currency.match(key, reading.end)
    if found:
        code = unit_lexicon().currencies[re.sub(r"\s+", " ", found.group(1))]
        reading.attrs.update(unit_start=found.start(1), unit_end=found.end(), currency=code or None)
    elif found := percent.match(key, reading.end):
        reading.attrs.update(unit="%", unit_end=found.end())
    else:
        _attach_noun(reading, key)


def _attach_noun(reading: Reading, key: str) -> None:
    opening = OPENING_BRACKET.search(key, max(0, reading.start - 2), reading.end)
    closing = re.compile(r"\s*\)").match(key, reading.end) if opening else None
    via = VIA_MIN.match(key, closing.end() if closing else reading.end)
    noun = WORD.match(key, via.end() if via else closing.end() if closing else reading.end)
    if not noun or noun.group(1) in unit_lexicon().not_units or len(noun.group(1)) < 2:
        return
    end = noun.end()
    following = WORD.match(key, end)
    idafa = following is not None and following.group(1).startswith("ال") and not noun.group(1).startswith("ال")
    if following is not None and idafa and (reading.attrs.get("approximate") or via or 0 < reading.value < 1):
        end = following.end()  # ثلث مساحة العراق, مئات من قوات التحالف: the counted thing is an idafa
    reading.attrs.update(unit_start=noun.start(1), unit_end=end)


def _overlaps(reading: Reading, blocked: list[tuple[int, int]]) -> bool:
    number_end = reading.attrs.get("unit_start", reading.end)
    return any(reading.start < end and start < number_end for start, end in blocked)


def _choose(readings: list[Reading]) -> list[Reading]:
    chosen: list[Reading] = []
    for reading in sorted(readings, key=lambda r: (-(r.attrs.get("unit_end", r.end) - r.start), r.start)):
        end = reading.attrs.get("unit_end", reading.end)
        if all(end <= c.start or reading.start >= c.attrs.get("unit_end", c.end) for c in chosen):
            chosen.append(reading)
    return sorted(chosen, key=lambda r: r.start)


def _plain(number: float) -> int | float:
    """An integer when the number is whole (`86`, not `86.0`); fractions to three places (`0.333`)."""
    return int(number) if float(number).is_integer() else round(number, 3)


def _key_ranges(folded: FoldedText, ranges: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    """Text ranges as key ranges (through the offset map)."""
    return [(folded.key_offset(start), folded.key_offset(end)) for start, end in ranges]


def _span(folded: FoldedText, reading: Reading) -> Span:
    attrs = dict(reading.attrs)
    end = attrs.pop("unit_end", reading.end)
    unit_start = attrs.pop("unit_start", None)
    if unit_start is not None:
        text_start, text_end = folded.span(unit_start, attrs.pop("unit_word_end", end))
        attrs["unit"] = unit_as_written(folded.text[text_start:text_end])
        if attrs.pop("dual_of", False):  # the singular of a feminine dual: مرتين -> مرة
            attrs["unit"] = attrs["unit"][:-3] + "ة"
    for bound in ("low", "high"):
        if bound in attrs:
            attrs[bound] = _plain(attrs[bound])
    value = _plain(reading.value)
    start, stop = folded.span(reading.start, end)
    return Span(start, stop, "quantity", {"value": value, "unit": attrs.pop("unit", None), **attrs})
