"""The attribution shapes that are not `cue + speaker + content`: an outlet passing on a source, `بحسب X`,
a quotation before its cue, and speakers named before any cue.

- `نقلت وكالة "رويترز" عن مصادر قولها إن ...`: two statements, the outlet's and, nested in it, the
  source's (medium: the outlet).
- `وبحسب خبراء أمنيين، فإن ...` and `...، وفقا للمصدر`: the source of the clause after or before it.
- `"..."، قال الوزير.`: the quotation before the cue is the content.
- Topics a later bare cue continues: `السفيرة الأميركية لدى العراق، ألينا رومانوفسكي، تذهب ...` and
  `في البيان الذي صدر عن المكتب الإعلامي لرئيس الوزراء، ...`.
"""
from __future__ import annotations

from typing import Protocol

from .content import Content, find_introducer
from .lexicon import Cue, Lexicon
from .media import find_via
from .quotes import QUOTE_MARKS, trim_span
from .record import Statement
from .speakers import (
    MAX_APPOSITION_WORDS,
    RELATIVE_PRONOUNS,
    Phrase,
    before_object,
    glued_complement,
    is_object_head,
    is_speaker_head,
    is_spoken_object,
    past_time_words,
    speaker_after,
    without_pronoun,
)
from .tokens import Words, raw_prefix_length, strip_prefix


class FinderState(Protocol):
    """What the report shapes use of the statement finder (`rasid.statements.finder.StatementFinder`): its
    words, lexicon and findings so far, and the steps that record a statement or remember a speaker. Declared
    here so that the shapes need nothing from the module that imports them."""

    words: Words
    lexicon: Lexicon
    found: list[Statement]
    spoken_forms: frozenset[str]

    def add(self, cue_index: int, intro: int, named: Phrase | None, via_from: int,
            participle: bool = False, content: Content | None = None, via: str | None = None) -> Statement | None: ...

    def remember(self, phrase: Phrase, index: int, via: str | None, statement: int | None) -> None: ...

    def sentence_floor(self, index: int) -> int: ...

MAX_OUTLET_WORDS = 8  # `صحيفة "وول ستريت جورنال" الأمريكية` before `عن`
MAX_SOURCE_WORDS = 10  # `مسؤولين في الإدارة الأميركية` between `عن` and `قولهم`
MAX_TOPIC_HEAD_WORDS = 6  # `السفيرة الأميركية لدى العراق` before its comma
CONTRASTS = frozenset({"الا", "لكن", "بينما", "فيما", "غير", "ولكن"})  # `، بحسب المرصد، إلا أن ...`
AS_WHAT = frozenset({"علي", "حسب", "وفق", "وفقا", "طبقا", "كما"})  # `على ما ذكرت`, `وفق ما أفادت`
MAX_ISSUER_GAP = 3  # words between a document and `صادر عن` (`لبيان تحليلي صادر عن`)
MAX_NAME_WORDS = 3  # an unlisted source after `على ما ذكر` is taken when it is this short (a name)
NAME_LINKS = frozenset({"بن", "ابن", "بنت", "ابو", "ال"})  # as match keys: a name does not end on these
MAX_ACTOR_WORDS = 8  # a sentence subject remembered for a later bare cue: title and name, not a clause
PREPOSITIONS_AT_START = frozenset({"في", "من", "علي", "الي", "عن", "مع", "منذ", "خلال", "بعد", "قبل"})
ISSUED = frozenset({"صدر", "صدرت", "الصادر", "الصادره", "صادر", "صادره"})
CLOSING_MARKS = "”»\""


def read_report(finder: FinderState, index: int) -> None:
    """`نقلت <outlet> عن <source> قولها إن <content>`: the outlet's statement and the source's inside it."""
    words = finder.words
    about = _find_word(words, index + 1, MAX_OUTLET_WORDS, "عن")
    if about is None or not _is_outlet(finder, index + 1):
        return
    said = _find_said(finder, about + 1)
    outlet, source = _phrase(words, index + 1, about), _phrase(words, about + 1, said)
    if outlet is None or source is None:
        return
    cue = finder.lexicon.cues["قال"]
    intro = find_introducer(words, finder.lexicon, cue, said + 1 if _is_said(words, said) else said, bare_ok=False)
    if intro is None:
        return
    outer = finder.add(index, intro, outlet, via_from=intro)
    if outer is None:
        return
    outer_index = len(finder.found) - 1
    inner = finder.add(said if _is_said(words, said) else about, intro, source, via_from=index + 1)
    if inner is not None:
        inner.parent = outer_index


def _find_word(words: Words, start: int, span: int, key: str) -> int | None:
    for at in range(start, min(len(words), start + span)):
        if words.key(at) == key:
            return at
        if words.is_sentence_end(at):
            return None
    return None


def _is_outlet(finder: FinderState, index: int) -> bool:
    key = finder.words.key(index)
    return is_speaker_head(key, finder.lexicon) or strip_prefix(key, ("ال",), finder.lexicon.media) is not None


def _is_said(words: Words, index: int) -> bool:
    key = words.key(index)
    return key.startswith(("قول", "وقول", "القول"))  # `قولها`, `القول` (نقلت الإذاعة عن نتنياهو القول)


def _find_said(finder: FinderState, start: int) -> int:
    """The `قولها` after the source, or the complementizer/colon where the content starts."""
    words = finder.words
    for at in range(start, min(len(words), start + MAX_SOURCE_WORDS)):
        key = words.key(at)
        if _is_said(words, at) or key == ":" or key in finder.lexicon.marker("complementizer"):
            return at
    return start


def _phrase(words: Words, first: int, last: int) -> Phrase | None:
    while last > first and (words.is_comma(last - 1) or words.key(last - 1) in ("ل",)):
        last -= 1
    while first < last and words.is_comma(first):
        first += 1
    if last <= first:
        return None
    return Phrase(first, last, words[first].start, words[last - 1].end)


def read_according(finder: FinderState, index: int) -> None:
    """`بحسب X`/`وفقا لـX`: the clause after it (at a sentence's start) or the one it closes."""
    words, lexicon = finder.words, finder.lexicon
    if words.key(index + 1) in ("ما", "لما"):
        return  # `بحسب ما ذكرت X`, `طبقا لما ذكرته X`: read at the verb, by `read_as_what`
    offset = words[index].start
    if any(s.cue_start < offset < s.content_start for s in finder.found):
        return  # `وقال متعب بحسب صحيفة مكة إن`: the newspaper is the medium of that statement
    floor = finder.sentence_floor(index)
    source = _according_source(finder, index + 1, findings=index - floor <= 1)
    if source is None and index - floor <= 1:
        source = _named_before_fa_inna(finder, index + 1)
    if source is None:
        return
    said = _statement_closed_before(finder, index)
    if said is not None and not is_speaker_head(words.key(source.first), lexicon):
        if said.via is None:  # `وقال: «…»، حسب رويترز.`: the agency relays what the speaker said
            said.via = words.text[source.start:source.end]
        return
    document = find_via(words, lexicon, index + 1, source.first)  # `لبيان صادر عن X`: the statement is the medium
    via_from = source.last if document else index + 1
    if index - floor <= 1:
        after = source.last + 1 if words.is_comma(source.last) else source.last
        after = _past_apposition(words, after)
        intro = after + 1 if words.key(after) in lexicon.marker("complementizer") else after
        if words.is_comma(source.last) or words.key(source.last) in lexicon.marker("complementizer"):
            finder.add(index, intro, source, via_from=via_from, via=document)
        return
    content = _clause_around(finder, index, source)
    if content is not None:
        finder.add(index, index, source, via_from=via_from, content=content, via=document)


def _statement_closed_before(finder: FinderState, index: int) -> Statement | None:
    """The statement whose content ends right before the comma before `index` (`«…»، حسب X`), if any."""
    words = finder.words
    if not words.is_comma(index - 1):
        return None
    before = words[index - 2].end if index >= 2 else 0
    return next((s for s in finder.found if 0 <= before - s.content_end <= 2), None)


def read_as_what(finder: FinderState, index: int, cue: Cue) -> None:
    """`...، على ما ذكرت صحف محلية` / `وفق ما أفادت مصادر عسكرية` / `وفقا لما أعلنته الشرطة`: the source of the
    clause it closes."""
    words = finder.words
    if words.key(index - 1) not in ("ما", "لما") or strip_prefix(
            words.key(index - 2), ("و", "ف", "ب", "وب"), AS_WHAT) is None:
        return
    if cue.thanks:
        return  # `وافق المجلس على ما رفعه رئيس الهيئة`: what was submitted, not what was said
    resumed = words.key(index + 1) in ("به", "بها")  # `وفقا لما صرح به مدير المطار`
    source, _ = speaker_after(words, finder.lexicon, cue, index + 1 + resumed)
    if source is not None:
        source = _before_relative(words, source)  # `وفقا لما يقوله متحدث باسم الشرطة الذي قال`: not `الذي`
    if source is None or not _names_a_source(words, finder.lexicon, source):
        return
    participle = finder.lexicon.cues.get(words.key(source.last))
    if participle is not None and participle.kind == "participle":
        finder.remember(source, index, None, None)  # `وفقا لما صرح به مدير المطار مؤكدا أن`: his words follow
        return
    if resumed:
        return  # `، وفق ما صرح به مسؤول في الشرطة.`: the clause it closes is read as that clause's medium
    if index - 2 == finder.sentence_floor(index) and words.is_comma(source.last):
        after = _past_apposition(words, source.last + 1)  # `وبحسب ما أوردته الوكالة، قتل ...`: the clause after it
        after = past_time_words(words, finder.lexicon, after, commas=True)  # `، اليوم الإثنين، قتل`: when, then what
        intro = after + 1 if words.key(after) in finder.lexicon.marker("complementizer") else after
        finder.add(index, intro, source, via_from=index + 1)
        return
    content = _clause_around(finder, index - 2, source)
    if content is not None:
        finder.add(index, index, source, via_from=index + 1, content=content)


def _before_relative(words: Words, phrase: Phrase) -> Phrase | None:
    """The phrase up to a relative pronoun in it; None when it starts with one."""
    end = next((at for at in range(phrase.first, phrase.last) if words.key(at) in RELATIVE_PRONOUNS), phrase.last)
    if end == phrase.first:
        return None
    return phrase if end == phrase.last else Phrase(phrase.first, end, phrase.start, words[end - 1].end)


def read_as_said(finder: FinderState, index: int, cue: Cue) -> bool:
    """`...، كما قال ساندي تولان.` / `، كما تقول عائلتها، فإن`: after a comma, `كما` (or `حسبما`) and a cue whose speaker
    closes the clause (a comma or the sentence's end follows, no complementizer) attribute the clause before
    it; True when a statement was read (`كما قال الوزير إن` is "also said", read as any verb)."""
    words = finder.words
    if words.key(index - 1) not in AS_SAID or not words.is_comma(index - 2):
        return False
    source, stop = speaker_after(words, finder.lexicon, cue, index + 1)
    if source is None or not (stop >= len(words) or words.is_sentence_end(stop) or words.is_comma(stop)):
        return False
    if glued_complement(words.key(source.first), cue.preps):
        return False  # `، كما رحب بجميع الزوار.`: what was welcomed, not who said the clause before
    if cue.weak and not _names_a_source(words, finder.lexicon, source):
        return False
    content = _clause_around(finder, index - 1, source, before_only=True)
    if content is None:
        return False
    return finder.add(index, index, source, via_from=index + 1, content=content) is not None


AS_SAID = frozenset({"كما", "حسبما", "وفقما", "مثلما"})  # `، حسبما أفادت وسائل إعلام حكومية.`


def _names_a_source(words: Words, lexicon: Lexicon, source: Phrase) -> bool:
    """A phrase after `على ما ذكر` or `كما قال` that is a source: headed by a role, body or unnamed source, or
    short enough to be a name (`MAX_NAME_WORDS`)."""
    return is_speaker_head(words.key(source.first), lexicon) or source.last - source.first <= MAX_NAME_WORDS


def _named_before_fa_inna(finder: FinderState, first: int) -> Phrase | None:
    """`وبحسب السناني، فإن ...`: a short name between `بحسب` and `، فإن` is the source, also with a short
    apposition between commas (`وحسب جيفري وايسنفيل، أحد منظمي المظاهرة، فإن`)."""
    words = finder.words
    comma = _next_mark(words, first, MAX_NAME_WORDS)
    if comma is None or comma == first or not words.is_comma(comma):
        return None
    if words.key(_past_apposition(words, comma + 1)) != "فان":
        return None
    return Phrase(first, comma, words[first].start + _lam_after_according(words, first), words[comma - 1].end)


def _lam_after_according(words: Words, first: int) -> int:
    """Characters of the preposition لـ that `وفقا`/`طبقا` put before their source (`وفقا لبيانات`), else 0;
    before the article it swallowed (`للبنك الدولي`) the article's own ل stays, as in the names."""
    key = words.key(first)
    if not key.startswith("ل") or len(key) <= 3 or strip_prefix(words.key(first - 1), ("و",), TAKES_LAM) is None:
        return 0
    return raw_prefix_length(words.text[words[first].start:words[first].end], "ل")


def _past_apposition(words: Words, at: int) -> int:
    """After `بحسب X،`: the word after a short apposition closed by a comma before `فإن` (`أحد منظمي المظاهرة،`)."""
    comma = _next_mark(words, at, MAX_APPOSITION_WORDS)
    if comma is not None and comma > at and words.is_comma(comma) and words.key(comma + 1) == "فان":
        return comma + 1
    return at


def _next_mark(words: Words, first: int, reach: int) -> int | None:
    """The first token that is not a word within `reach` words of `first`."""
    return next((at for at in range(first, min(len(words), first + reach + 1)) if not words[at].is_word), None)


def _according_source(finder: FinderState, first: int, findings: bool = False) -> Phrase | None:
    """The source named after `بحسب`/`وفقا لـ`: a role, a body, an unnamed source or a tagged name, past the
    statement or report it gave; with `findings` (the phrase opens its sentence, and the content follows it), a study
    or data release named alone (`ووفقا للمسح، رأى …`)."""
    words, lexicon = finder.words, finder.lexicon
    named_first = first
    if strip_prefix(words.key(first), ("ل", "لل", "ال"), lexicon.marker("speechnoun")) is not None:
        first += 1
    first = _issuer(finder, first)
    if not (is_speaker_head(words.key(first), lexicon) or first in words.in_source_name):
        if not findings or strip_prefix(words.key(named_first), ("ل", "لل", "ال"), lexicon.marker("findings")) is None:
            return None  # `وفقا لرويترز`, `بحسب ميشيل`: a tagged person or organisation is a source too
        first = named_first  # `وفقا لتقييم حديث للأمن الغذائي،`, `ووفقا للمسح،`: a study's findings, no one named
    last = first
    while last < len(words) and last - first < MAX_TOPIC_HEAD_WORDS and (
            words[last].is_word or (words.is_opening_mark(last) and last == first + 1)):
        if words.is_opening_mark(last):  # `بحسب صحيفة "ديلي نيوز"`
            last = _after_mark(words, last)
            continue
        if last > first and words.key(last) in lexicon.marker("complementizer"):
            break
        if last > first and strip_prefix(words.key(last), ("و", "ف"), lexicon.cues) is not None:
            return None  # `وفقا لمسؤولين أقروا بأن`: the verb after it carries the statement
        last += 1
    key = words.key(first)
    prefix = strip_prefix(key, ("ل", "لل"), lexicon.roles | lexicon.anonymous | lexicon.marker("findings")) or ""
    raw = words.text[words[first].start:words[first].end]
    start = words[first].start + (raw_prefix_length(raw, prefix) if prefix else _lam_after_according(words, first))
    if prefix == "لل":  # `للمصدر` is لـ + المصدر with the alef dropped: the speaker as written is `مصدر`
        start = words[first].start + 2
    return Phrase(first, last, start, words[last - 1].end)


TAKES_LAM = frozenset({"وفقا", "طبقا", "استنادا"})  # as match keys: according-to words followed by لـ


def _issuer(finder: FinderState, first: int) -> int:
    """`وفقا لبيان تحليلي صادر عن مؤسسة X`: where the issuer of a document named after `بحسب` starts (the
    document itself is the medium); `first` itself when no document is issued by anyone there."""
    words, lexicon = finder.words, finder.lexicon
    prefix = strip_prefix(words.key(first), ("ل", "لل", "ال"), lexicon.media)
    if prefix is None or lexicon.media[words.key(first)[len(prefix):]] != "document":
        return first
    for at in range(first + 1, min(len(words), first + 1 + MAX_ISSUER_GAP)):
        if words.key(at) in ISSUED and words.key(at + 1) in ("عن", "من"):
            return at + 2
        if not words[at].is_word:
            break
    return first


def _after_mark(words: Words, mark: int) -> int:
    for ahead in range(mark + 1, min(len(words), mark + 8)):
        if not words[ahead].is_word:
            return ahead + 1
    return mark + 1


def _clause_around(finder: FinderState, index: int, source: Phrase, before_only: bool = False) -> Content | None:
    """The content an `، بحسب X` attributes: the clause before it, or the whole sentence when it sits inside
    (never with `before_only`: `، كما أعلنت الشرطة، من دون أن يعرف` attributes only what comes before)."""
    words = finder.words
    cue_word = words[index]
    sentence = words.sentence_of(cue_word.start)
    start = sentence.start
    for other in finder.found:
        if other.content_start <= cue_word.start < other.content_end:
            start = max(start, other.content_start)
    after = past_time_words(words, finder.lexicon, source.last)  # `، حسب ما أكده شهود عيان حينها.`: when, then the end
    following = words.key(after + 1)
    ends_clause = before_only or after >= len(words) or words.is_sentence_end(after) or (
        words.is_comma(after) and (following.startswith("ف") or following in CONTRASTS)) or (
        words.key(after) in RELATIVE_PRONOUNS)  # `وفقا لما يقوله متحدث الذي قال إن`: his own statement follows
    end = cue_word.start if ends_clause else sentence.end
    begin, finish = trim_span(words.text, start, end)
    if finish - begin < 10:
        return None
    return Content(begin, finish, max(finish, words[source.last - 1].end), False)


def read_quote_before(finder: FinderState, index: int, named: Phrase) -> Content | None:
    """`"..."، قال الوزير`: the quotation closing right before the comma before the cue."""
    words = finder.words
    if not words.is_comma(index - 1) or index < 2:
        return None
    close = words[index - 2].start
    if words.text[close] not in CLOSING_MARKS:
        return None
    floor = words.text.rfind("\n", 0, close) + 1
    opening = max(words.text.rfind(mark, floor, close) for mark in QUOTE_MARKS)
    if opening < floor:
        return None
    begin, finish = trim_span(words.text, opening + 1, close)
    return Content(begin, finish, named.end, True) if finish > begin else None


def register_topics(finder: FinderState, index: int) -> None:
    """Remember the speakers a sentence names before any cue, for a bare cue that follows."""
    _register_topic(finder, index)
    register_actor(finder, index)
    _register_issuer(finder, index)
    _register_author(finder, index)


def _register_topic(finder: FinderState, index: int) -> None:
    """`السفيرة الأميركية لدى العراق، ألينا رومانوفسكي، <verb>`: title, comma, name, comma."""
    words = finder.words
    if not is_speaker_head(words.key(index), finder.lexicon):
        return
    comma = next((at for at in range(index + 1, min(len(words), index + MAX_TOPIC_HEAD_WORDS + 1))
                  if words.is_comma(at) or not words[at].is_word), None)
    if comma is None or not words.is_comma(comma):
        return
    second = next((at for at in range(comma + 1, min(len(words), comma + MAX_APPOSITION_WORDS + 2))
                   if not words[at].is_word), None)
    if second is None or second == comma + 1 or not words.is_comma(second):
        return
    phrase = Phrase(index, second, words[index].start, words[second - 1].end)
    finder.remember(phrase, index, None, None)


def register_actor(finder: FinderState, index: int) -> None:
    """`ألقى السيد X قائد المخيم كلمته ...`: the subject of a sentence's first verb, for a later `وأكد`."""
    words, lexicon = finder.words, finder.lexicon
    if words.key(index) == "من" and words.key(index + 1) in lexicon.marker("side") and words.is_comma(index + 2):
        index += 3  # `من جهته، بارك المهندس ...`
    if words.key(index) in lexicon.marker("connective"):
        index += 1  # `ثم ألقى`
    if index + 1 >= len(words) or not words[index].is_word:
        return
    if index in words.source_name_starts:
        named = _name_run(words, index)
        if named is not None and named.last < len(words) and (words[named.last].is_word or words.is_comma(named.last)) \
                and words.key(index) not in lexicon.media:
            # `وبولارد ليس عضوا ...، وقال`, `ووزارة الداخلية، إذ تعلن ذلك لتؤكد`: a sentence that opens on a name and
            # goes on (not a byline, `فلان- سبق- فيفاء:`, nor an outlet's name)
            finder.remember(named, index, None, None)
        return
    first = words.key(index)
    if strip_prefix(first, ("و", "ف"), PREPOSITIONS_AT_START) is not None:
        return
    prefix = strip_prefix(first, ("و", "ف"), lexicon.cue_keys)
    if prefix is not None and not _findings_cue(lexicon, first[len(prefix):]):
        return  # but `أظهر الجهاز المركزي للإحصاء في مصر أن`: a body that released figures, then `وأضاف`
    if not is_speaker_head(words.key(index + 1), lexicon):
        named = _name_run(words, index + 1)
        if named is not None:
            finder.remember(named, index + 1, None, None)  # `وظهر جون كيري وهو يتكئ`: a tagged name is bounded
        return
    phrase, stop = speaker_after(words, lexicon, None, index + 1)
    if phrase is None:
        return
    trimmed = _trim_actor(finder, phrase)
    if trimmed == phrase:
        trimmed = through_name(words, phrase)  # `زار الوزير عادل الجبير موسكو`: the name ends the actor
    bounded = (trimmed != phrase or words.is_comma(stop) or words.key(stop) in PREPOSITIONS_AT_START
               or is_spoken_object(words.key(stop), lexicon))  # `ألقى السيد X كلمته`: the speech he gave ends him
    if trimmed == phrase:
        trimmed = before_object(words, lexicon, phrase)  # `استقبل أمير المنطقة الوفد في مكتبه`: the role and its genitive
    if trimmed is not None and bounded and trimmed.last - trimmed.first <= MAX_ACTOR_WORDS:
        finder.remember(trimmed, index + 1, None, None)  # `زار الوزير المصنع أمس`: no bound, maybe an object


def _findings_cue(lexicon: Lexicon, key: str) -> bool:
    cue = lexicon.cues.get(key)
    return cue is not None and cue.findings


def _name_run(words: Words, at: int) -> Phrase | None:
    """The tagged name of a person or organisation that starts at word `at`, when the document's names are
    known."""
    if at not in words.source_name_starts:
        return None
    end = at
    while end < len(words) and end in words.in_source_name:
        end += 1  # a long name the tagger split in two (`جلوي بن عبدالعزيز` `بن مساعد`) is one run of name words
    while end - 1 > at and words.key(end - 1) in NAME_LINKS:
        end -= 1
    if end == at:
        return None
    return Phrase(at, end, words.source_name_offsets.get(at, words[at].start), words[end - 1].end)


def through_name(words: Words, phrase: Phrase, from_first: bool = False) -> Phrase:
    """A title phrase cut after the first tagged name in it, when words that are no part of the name follow
    (`الوزير عادل الجبير موسكو` -> `الوزير عادل الجبير`); with `from_first`, a name may open the phrase too
    (`وزارة الداخلية السعودية هوية الانتحاري` -> `وزارة الداخلية السعودية`); the phrase itself otherwise."""
    for at in range(phrase.first + (not from_first), phrase.last):
        named = _name_run(words, at)
        if named is not None:
            if named.last < phrase.last:
                return Phrase(phrase.first, named.last, phrase.start, named.end)
            break
    return phrase


def _trim_actor(finder: FinderState, phrase: Phrase) -> Phrase | None:
    """The actor without what follows it: `المسعري للخريجين نجاحهم` → `المسعري`, `شيما كلمته` → `شيما`,
    `إدارة النادي شكرها` → `إدارة النادي`."""
    words, lexicon = finder.words, finder.lexicon
    for at in range(phrase.first + 1, phrase.last):
        key = words.key(at)
        dative = key.startswith("ل") and not is_speaker_head(key, lexicon)
        spoken = without_pronoun(key) != key and strip_prefix(
            without_pronoun(key).removesuffix("ت") + "ه", ("ال",), lexicon.media) is not None
        objected = is_object_head(key, lexicon)  # `إدارة النادي شكرها`: what it gave begins
        if dative or spoken or objected or not words[at].is_word:
            last = at
            while last > phrase.first and words.is_comma(last - 1):
                last -= 1
            return Phrase(phrase.first, last, phrase.start, words[last - 1].end) if last > phrase.first else None
    return phrase


def _register_author(finder: FinderState, index: int) -> None:
    """`ففي تقرير للدكتورة جليت باوم، ... تقول`: the author of a report, interview or statement."""
    words, lexicon = finder.words, finder.lexicon
    spoken = finder.spoken_forms
    if not spoken:
        return
    end = min(len(words), words.index_at(words.sentence_of(words[index].start).end))
    for at in range(index, end - 1):
        if words.key(at) not in spoken:
            continue
        key = words.key(at + 1)
        if key.startswith("ل") and is_speaker_head(key, lexicon):
            rest, _ = speaker_after(words, lexicon, None, at + 2)  # the head itself reads as a dative
            head = words[at + 1]
            clitic = "لل" if key.startswith("لل") else "ل"  # `للدكتورة`: لـ + الدكتورة with the alef dropped
            start = head.start + raw_prefix_length(words.text[head.start:head.end], clitic)
            last, end_char = (rest.last, rest.end) if rest is not None else (at + 2, head.end)
            finder.remember(Phrase(at + 1, last, start, end_char), at + 1, None, None)
            return


def spoken_forms(words: Words, lexicon: Lexicon) -> frozenset[str]:
    """The keys of this document that name a report, statement or interview (`تقرير`, `وفي حديث`)."""
    return lexicon.spoken_keys & words.keys_present


def _register_issuer(finder: FinderState, index: int) -> None:
    """`البيان الذي صدر الاثنين عن المكتب الإعلامي لرئيس الوزراء، ...`: the issuer of a document."""
    words = finder.words
    if ISSUED.isdisjoint(words.keys_present):
        return
    end = words.index_at(words.sentence_of(words[index].start).end)
    for at in range(index, min(end, len(words))):
        if words.key(at) in ISSUED:
            about = _find_word(words, at + 1, 3, "عن")
            if about is None:
                return
            phrase, _ = speaker_after(words, finder.lexicon, None, about + 1)
            if phrase is not None and is_speaker_head(words.key(phrase.first), finder.lexicon):
                finder.remember(phrase, about, find_via(words, finder.lexicon, index, at), None)
            return
