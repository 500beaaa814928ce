"""Invariants under fuzzing (hypothesis): arbitrary Unicode, mixed scripts, control characters and broken
markup thrown at ingestion, the line filter, matching keys, the tokenizer and the sentence splitter."""
import io
import unicodedata
from itertools import pairwise

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from rasid.errors import IngestError
from rasid.ingest import RawInput, build_document, iter_inputs
from rasid.ingest.boilerplate import filter_lines
from rasid.ingest.build import clean_characters
from rasid.model import DocMeta, Document, Span
from rasid.registry import build_pipeline
from rasid.text.normalize import digit_key, match_key
from rasid.text.segment import paragraphs, sentences
from rasid.text.tokenize import tokenize

FAST = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
SLOW = settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])

ARABIC = "ابتثجحخدذرزسشصضطظعغفقكلمنهويءآأإؤئىة"
MARKS = "\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652\u0670\u0640"
DIGITS = "0123456789٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹"
PUNCT = ".،؛؟!:\"'«»“”„()-–—/…٫٬"
CONTROL = "\x00\x01\x07\x1b\x7f\u200b\u200c\u200d\u200e\u200f\u202a\u202e\ufeff\u00ad\r\t\x0b\x0c\u2028\u0085"
MIXED = st.text(alphabet=st.sampled_from(list(ARABIC + MARKS + DIGITS + PUNCT + CONTROL + " \n") + list("abcXYZéßж中")),
                max_size=300)
ANY_TEXT = st.one_of(st.text(max_size=200), MIXED)
WORDS = ["قال", "الوزير", "إن", "الحكومة", "العراقية", "ستبحث", "مهمة", "التحالف", "الدولي", "في", "بغداد", "٢٠٢٤",
         "3.5", "«نعم»", "”لا”", "د.", "Reuters", "تحليلاتخاصرئيسية", "logo", "\u200f", "ـــ", "مُحَمَّد", "ﻛﺸﻔﺖ"]
SENTENCE = st.builds(lambda words, end: " ".join(words) + end, st.lists(st.sampled_from(WORDS), min_size=1, max_size=14),
                     st.sampled_from(["", ".", "؟", "!", "،", ":", "…"]))
ARTICLE = st.lists(st.one_of(SENTENCE, SENTENCE, MIXED.map(lambda t: t[:40]),
                             st.sampled_from(["تابعنا عبر:", "أخبار ذات علاقة", "16 أغسطس 2024، 3:20 م",
                                              "بغداد/ عراق أوبزيرفر", "© 2024 شفق نيوز", "var x = 1;"])),
                   min_size=1, max_size=10).map("\n".join)
MARKUP = st.lists(st.sampled_from(["<p>", "</p>", "<div class='x'>", "</div>", "<", ">", "&amp;", "&#1576;", "&#xZZ;",
                                   "<!--", "-->", "<script>", "var x = 1;", "</script>", "<br/>", "<html>", "<body",
                                   "<title>", "</title>", "<meta charset='cp1256'>", "قال الوزير إن الحكومة",
                                   "ستبحث العلاقة.", "\n", " ", "«", "»", "\x00"]), max_size=60).map("".join)


def ingest(content: str, kind: str) -> Document | None:
    """build_document on one raw input; only IngestError may escape, and it is turned into None."""
    try:
        return build_document(RawInput("fuzz", content, kind, "f"))
    except IngestError:
        return None


def assert_spans_inside(doc: Document) -> None:
    for name, spans in doc.layers.items():
        for span in spans:
            assert 0 <= span.start <= span.end <= len(doc.text), (name, span)


@FAST
@given(st.one_of(ANY_TEXT, ARTICLE))
def test_ingest_text_only_raises_ingest_error(content):
    doc = ingest(content, "text")
    if doc is not None:
        analysed = build_pipeline()(doc)
        assert analysed.text == doc.text
        assert_spans_inside(analysed)


@SLOW
@given(st.one_of(MARKUP, ANY_TEXT, ARTICLE.map(lambda t: "<html><body><p>" + t.replace("\n", "</p><p>") + "</p>")))
def test_ingest_html_only_raises_ingest_error(content):
    doc = ingest(content, "html")
    if doc is not None:
        assert_spans_inside(build_pipeline()(doc))


@SLOW
@given(st.binary(max_size=400))
@example(b"\x00" * 7)  # UTF-16's NUL pattern with an odd final byte
@example(b"\xff\xfe\x00\xd8")  # a BOM, then a lone surrogate
def test_reading_arbitrary_bytes_yields_inputs_or_errors(data):
    for item in iter_inputs(["-"], stdin=io.BytesIO(data)):
        assert isinstance(item, (RawInput, IngestError))


@FAST
@given(st.lists(ANY_TEXT, max_size=12))
def test_filter_lines_accounts_for_every_line(lines):
    result = filter_lines(lines)
    stripped = [line.strip() for line in lines if line.strip()]
    assert len(result.kept) + len(result.removed) >= len(stripped)
    assert all(any(kept in line for line in stripped) for kept in result.kept)
    if not any("{" in line for line in lines):  # only glued-in code is cut out of a line
        assert len(result.kept) + len(result.removed) == len(stripped)
        assert all(line in stripped for line in result.kept)


@FAST
@given(ANY_TEXT)
@example("e\u0640\u0301")  # NFC composes e + U+0301 only once the tatweel between them is gone
def test_match_key_is_idempotent(text):
    assert match_key(match_key(text)) == match_key(text)


@FAST
@given(ARTICLE)
def test_ingest_keeps_body_lines_verbatim(content):
    """Cleaning drops lines and never rewrites one: each line of the text is a line of the input after
    the character clean-up (glued-in code, cut out of a line, is the one exception)."""
    doc = ingest(content, "text")
    if doc is not None and "{" not in content:
        source_lines = {line.strip() for line in clean_characters(content).split("\n")}
        assert all(line in source_lines for line in doc.text.split("\n"))


@FAST
@given(st.integers(min_value=0, max_value=10**12))
def test_digit_key_same_for_arabic_indic_persian_and_ascii(number):
    ascii_digits = str(number)
    arabic = ascii_digits.translate(str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩"))
    persian = ascii_digits.translate(str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹"))
    assert digit_key(arabic) == digit_key(persian) == digit_key(ascii_digits) == ascii_digits
    assert match_key(arabic) == match_key(ascii_digits)


@FAST
@given(ANY_TEXT)
def test_tokens_cover_every_visible_character_once(text):
    spans = list(tokenize(text))
    assert all(0 <= s.start < s.end <= len(text) for s in spans)
    assert all(a.end <= b.start for a, b in pairwise(spans))
    assert "".join(text[s.start:s.end] for s in spans) == "".join(ch for ch in text if not ch.isspace())


@FAST
@given(ANY_TEXT)
def test_sentences_lie_inside_paragraphs(text):
    paras = list(paragraphs(text))
    for sent in sentences(text):
        assert any(p.start <= sent.start < sent.end <= p.end for p in paras), sent
        assert text[sent.start:sent.end] == text[sent.start:sent.end].strip()


@FAST
@given(ANY_TEXT)
def test_sentences_do_not_overlap(text):
    spans = list(sentences(text))
    assert all(a.end <= b.start for a, b in pairwise(spans))


@FAST
@given(ANY_TEXT)
def test_paragraphs_are_trimmed_lines(text):
    for para in paragraphs(text):
        piece = text[para.start:para.end]
        assert piece and "\n" not in piece and piece == piece.strip()


@st.composite
def documents(draw):
    text = draw(ANY_TEXT)
    def span():
        start = draw(st.integers(0, len(text)))
        end = draw(st.integers(start, len(text)))
        attrs = draw(st.dictionaries(st.sampled_from(["value", "score", "title"]),
                                     st.one_of(st.text(max_size=10), st.integers(), st.booleans(), st.none()), max_size=3))
        return Span(start, end, draw(st.sampled_from(["", "PER", "sentence"])), attrs)
    layers = {name: tuple(span() for _ in range(draw(st.integers(0, 4)))) for name in draw(
        st.lists(st.sampled_from(["tokens", "entities", "sentences"]), unique=True, max_size=3))}
    meta = DocMeta(source=draw(st.text(max_size=20)), title=draw(st.one_of(st.none(), st.text(max_size=20))),
                   removed=tuple(draw(st.lists(st.text(max_size=10), max_size=3))))
    return Document(draw(st.text(min_size=1, max_size=8)), text, meta, layers)


@FAST
@given(documents())
def test_document_round_trips_through_dict(doc):
    assert Document.from_dict(doc.to_dict()) == doc


@given(st.text(alphabet=st.sampled_from(list("أإآاىيةهؤئءوبـًٌٍَُِّْ پک٣ ")), max_size=40))
def test_fold_in_place_keeps_offsets_and_folds_like_match_key(text):
    from rasid.text.normalize import fold_in_place, match_key

    folded = fold_in_place(text)
    assert len(folded) == len(text)
    bare = "".join(ch for ch in text if match_key(ch))  # what match_key would not remove
    assert match_key(bare) == fold_in_place(bare) or bare != unicodedata.normalize("NFC", bare)
