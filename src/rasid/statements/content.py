"""Where a statement's content starts and ends, and whether it is a direct quotation.

The content starts after an introducer (a complementizer `إن/أن/بأن`, a colon, the cue's own preposition
`إلى أن`, an opening quotation mark) found within a few words of the speaker. A quotation runs to its
closing mark, across sentences if need be; reported speech runs to the end of its sentence, or to a comma
before the next cue (`، مشيرا إلى ...`) or a trailing `، وفقا لـ...`, which start statements of their own.
"""
from __future__ import annotations

from dataclasses import dataclass

from ..ner.lexicon import gazetteer
from ..text.normalize import match_key
from .lexicon import PREPOSITION_LOOKALIKES, Cue, Lexicon
from .quotes import QUOTE_MARKS, closing_mark, quoted_share, trim_span
from .speakers import ADJUNCT_OPENERS, PREPOSITIONS, is_object_head, starts_medium, without_pronoun
from .tokens import Words, strip_prefix

MAX_ZONE_WORDS = 24  # words between speaker and content: medium, time, `شريطة حجب اسمه`, apposition
MAX_PLAIN_BEFORE_QUOTE = 2  # words other than medium, time and adjunct words between speaker and a quotation
MAX_RELAY_WORDS = 8  # an according-to phrase between commas before the content: the relay's name is this short
MAX_ADDRESSEE_WORDS = 3  # a quoted outlet told the news (`«عكاظ»`, `"الشرق الأوسط"`) is this short
DIRECT_SHARE = 0.5
MIN_PARENTHESIS_QUOTE = 40  # characters: `(عملية العزم الصلب)` is an aside, a sentence in parentheses a quote  # content at least this much inside quotation marks counts as a direct quotation
OUTLET_MARK_PREFIXES = ("ل", "لل", "و", "ال", "وال", "ب", "بال")
#: nouns that make a cue's preposition open an adjunct, not the content (`على هامش المؤتمر`, `على خلفية الحادث`,
#: `على صعيد آخر`, `على ضوء النتائج`)
PREPOSITION_ADJUNCTS = frozenset(match_key(w) for w in ("هامش", "خلفية", "صعيد", "ضوء", "غرار", "مدى", "إثر", "أثر"))


@dataclass(frozen=True, slots=True)
class Content:
    """Character range of what was said, where the statement's span ends, and whether it is quoted."""

    start: int
    end: int
    span_end: int
    direct: bool


def find_introducer(words: Words, lexicon: Lexicon, cue: Cue, index: int, bare_ok: bool,
                    listed: bool = False, after_cue: bool = False) -> int | None:
    """The word index where the content starts, searching from `index`; None when there is none.

    `bare_ok` lets an object cue take a bare noun phrase as content (`أكد خلال اللقاء تحقيق نجاحات`); `listed`
    (the speaker is a listed role, body or source) lets a weak cue take a quotation (`وتابع المدرب "..."`);
    `after_cue`: `index` is the word right after the cue, no speaker between (a participle's: `، مشيدا بالجهود`).
    """
    weak = cue.weak and not listed
    limit = min(len(words), index + MAX_ZONE_WORDS)
    if 0 < index < limit:  # a headline's cue never reaches into the dateline below it
        limit = min(limit, words.index_at(words.paragraph_end(words[index - 1].end)))
    at = index
    plain = 0
    medium_from = -MAX_MEDIUM_WORDS - 1
    while at < limit:
        key = words.key(at)
        relay = relay_end(words, lexicon, at)
        if relay is not None:
            at = relay + 1  # `قالت المتحدثة، وفق وكالة الأنباء الرسمية، إن`: the agency relays, the person speaks
            continue
        if words.is_sentence_end(at) or (at > index and _bounds(key, lexicon)):
            return None  # `ونفى المتحدث توجيه التهديدات، وقال: «…»`: the next cue's content is not this one's
        if _verbal_noun_cue(key, lexicon):
            # `وثمن الأهالي تأكيد الوزير أن`: the complementizer is the verbal noun's, whose phrase is what this
            # cue's speaker took up (`رحب المجلس بإعلان الحكومة أن`), else no content of this cue
            return at if (cue.takes_object and not weak) or (key.startswith("ب") and "ب" in cue.preps) else None
        if key == ":" and words.key(at + 1) in lexicon.marker("complementizer"):
            return at + 2  # `القول: إن …`: the complementizer after the colon is no part of the content
        if key == ":" or (key in lexicon.marker("complementizer") and not _subordinate(words, lexicon, at)):
            return at + 2 if key != ":" and words.key(at + 1) == ":" else at + 1  # `أن: "…"`: past the colon too
        if cue.colon:
            at += 1  # `ونعت الجمعية مديرتها «اليسون»`: whom it mourned, no content
            continue
        if key in lexicon.marker("saying"):
            following = words.key(at + 1)
            return at + 2 if following == ":" or following in lexicon.marker("complementizer") else at + 1
        if key in cue.preps and words.key(at + 1) in PREPOSITION_ADJUNCTS:
            at += 2  # `وأكد الوزير على هامش المؤتمر أن`: where it was said, then the content
            continue
        if key in cue.preps and (at == index or not _zone_word(words, lexicon, at - 1, media_only=True)):
            # right after the speaker it is the cue's own (`وشدد البيان على أن`), after a medium word a medium's
            # (`في منشور على صفحته`)
            return at + 2 if words.key(at + 1) in lexicon.marker("complementizer") else at + 1
        if at == index and at > 0 and _glued_bi(words, lexicon, cue, at, after_cue):
            return at  # `وأفاد مصدر طبي بوفاة طفلين`: the cue's ب glued to the content's first noun
        if words.is_opening_mark(at):
            if _quoted_name_before_colon(words, at):
                at = _after_quoted(words, at)  # `على حسابه في “تويتر”: “…”`: a platform's name, then the content
                continue
            if _quoted_addressee(words, lexicon, at):
                at = _after_quoted(words, at)  # `أبلغت مصادر «عكاظ» أن`: who was told, then the content
                continue
            if words.text[words[at].start] == "(" and not _names_outlet_before(words, lexicon, at):
                if plain <= MAX_PLAIN_BEFORE_QUOTE and _parenthesis_quotes(words, at):
                    return at
                at = _after_quoted(words, at)
                continue
            if not _names_outlet_before(words, lexicon, at):
                near = plain <= MAX_PLAIN_BEFORE_QUOTE or words.is_comma(at - 1) or words.key(at - 1) == ":"
                return at if near and words.text[words[at].start] in QUOTE_MARKS and not weak else None
            at = _after_quoted(words, at)
            if cue.takes_object and not weak and at < limit and words[at].is_word and words.key(at) not in (
                    lexicon.marker("complementizer") | lexicon.marker("time")):
                return at
            continue
        if cue.takes_object and not weak and is_object_head(key, lexicon):
            return at
        if bare_ok and cue.takes_object and key in lexicon.marker("adjunct"):
            return at + 2 if words[at + 1 if at + 1 < len(words) else at].is_word else None
        if bare_ok and cue.takes_object and words[at].is_word and at == index and not starts_medium(words, lexicon, at):
            return at
        if starts_medium(words, lexicon, at):
            medium_from = at  # `لشبكة فوكس سبورتس الأرجنتينية “…”`: the outlet's name is no plain word
        plain += words[at].is_word and not _zone_word(words, lexicon, at) and at - medium_from > MAX_MEDIUM_WORDS
        at += 1
    return None


def _bounds(key: str, lexicon: Lexicon) -> bool:
    """A cue form that ends the search for an earlier cue's content: bare (`قال`), or after `و`/`ف` (`وقال`) when
    it reports speech itself — not a relay (`وأكد آل نهيان ووفقاً لما ذكرته لوكالة الأنباء … تضامن`)."""
    if key in lexicon.bounding_cues:
        return key not in PREPOSITION_LOOKALIKES
    prefix = strip_prefix(key, ("و", "ف"), lexicon.bounding_cues)
    if prefix is None:
        return False
    stem = key[len(prefix):]
    return stem not in PREPOSITION_LOOKALIKES and lexicon.cues[stem].kind != "according"


def _glued_bi(words: Words, lexicon: Lexicon, cue: Cue, at: int, after_cue: bool = False) -> bool:
    """The cue's preposition ب written on the noun right after the speaker (`بوفاة`), not an adjunct
    (`بحضور`, `بمناسبة`) or a name. After a speaker, `بال` may still be part of it (`مدير الشرطة بالمنطقة بأن`):
    it opens the content only when no complementizer follows in its clause (`وأفاد المتحدث بالقبض على المتهم`);
    right after the cue (`after_cue`) nothing stands between, so a definite noun or `بما` opens the content too
    (`مشيدا بالتنظيم`, `مرحبة بما تحقق`)."""
    key = words.key(at)
    shortest = 3 if after_cue or key == "بما" else 4  # `أشاد المدير بما تحقق`: what, never a name
    return ("ب" in cue.preps and key.startswith("ب") and len(key) >= shortest and words[at].is_word
            and not _zone_word(words, lexicon, at) and (words.in_name is None or at not in words.in_name)
            and key[1:].removeprefix("ال") not in lexicon.marker("adjunctnoun")
            and not key.startswith(("بن", "باسم"))
            and (after_cue or not key.startswith("بال") or not (
                _complementizer_ahead(words, lexicon, at) or is_listed_place(key[1:]))))


def is_listed_place(key: str) -> bool:
    """A place of the gazetteer as one word (`الجوف`): `رئيس اللجنة بالجوف` is where the speaker serves."""
    return gazetteer().phrases.get((key,)) == "LOC"


def _complementizer_ahead(words: Words, lexicon: Lexicon, at: int) -> bool:
    """A complementizer or a colon within the next few words of the clause (`بالمنطقة بأن`, `بالرياض، أن`)."""
    for ahead in range(at + 1, min(len(words), at + MAX_ZONE_WORDS)):
        key = words.key(ahead)
        if key == ":" or key in lexicon.marker("complementizer"):
            return True
        if words.is_sentence_end(ahead) or _bounds(key, lexicon):
            return False
    return False


def relay_end(words: Words, lexicon: Lexicon, at: int) -> int | None:
    """The comma closing an according-to phrase set between commas right before a complementizer (`، وفق وكالة
    الأنباء الرسمية، إن`): the medium that relays a statement whose speaker came before it; else None."""
    if not (words.is_comma(at - 1) and words.key(at) in lexicon.relay_keys):
        return None
    for end in range(at + 1, min(len(words), at + MAX_RELAY_WORDS + 2)):
        if words.is_sentence_end(end):
            return None
        if words.is_comma(end):
            return end if words.key(end + 1) in lexicon.marker("complementizer") else None
    return None


def _quoted_addressee(words: Words, lexicon: Lexicon, mark: int) -> bool:
    """A short quoted name (an outlet told the news) right before the complementizer of the content."""
    after = _after_quoted(words, mark)
    inside = [at for at in range(mark + 1, after - 1) if words[at].is_word]
    complementizers = lexicon.marker("complementizer")
    return (0 < len(inside) <= MAX_ADDRESSEE_WORDS and words.key(after) in complementizers
            and not any(words.key(at) in complementizers for at in inside))


def _subordinate(words: Words, lexicon: Lexicon, at: int) -> bool:
    """`بعد أن`, `على أن تبدأ`: a bare `أن` after these makes a clause of time or condition, not a content."""
    return words.key(at) == "ان" and words.key(at - 1) in lexicon.marker("subordinating")


def _zone_word(words: Words, lexicon: Lexicon, index: int, media_only: bool = False) -> bool:
    """A word of a medium, time or adjunct phrase (`في تصريح لوكالة`, `الأحد`, `خلال`).

    With `media_only`, only a medium word counts (`في منشور على صفحته`: that `على` is not `أكد على`).
    """
    key = words.key(index)
    classes = ("time", "adjunct", "adjunctnoun", "resumptive")
    plain = (key in PREPOSITIONS or key in ADJUNCT_OPENERS or any(key in lexicon.marker(c) for c in classes)
             or key in ("له", "لها", "لهم"))  # `أمام مؤتمر`, `عقب لقائه`: an adjunct's opening word
    if plain and not media_only:
        return True
    bare = without_pronoun(key).removesuffix("ت") + ("ه" if without_pronoun(key).endswith("ت") else "")
    return any(strip_prefix(k, OUTLET_MARK_PREFIXES + ("بال", "ب"), lexicon.media) is not None for k in (key, bare))


def _parenthesis_quotes(words: Words, mark: int) -> bool:
    """`يضيف في تصريح (لسنا مخولين ...)`: some outlets quote in parentheses; a short aside is no quote."""
    opening = words[mark].start
    close = closing_mark(words.text, opening, words.paragraph_end(opening))
    return close is not None and close - opening >= MIN_PARENTHESIS_QUOTE


#: verbs of an outlet receiving a copy: `في بيان تلقت «عكاظ» نسخة منه`, `اطلعت «الرياض» عليه`
RECEIVED_COPY = frozenset({"تلقت", "تلقي", "حصلت", "حصل", "اطلعت", "اطلع", "تسلمت", "تسلم", "وصلت", "وصل"})


MAX_QUOTED_OUTLET_WORDS = 4  # `لصحيفة «ذي دايلي ستار صنداي»`: a quoted outlet's name is short


def _names_outlet_before(words: Words, lexicon: Lexicon, mark: int) -> bool:
    """The quotation opening at `mark` names the outlet or preposition before it (`لـ"إرم نيوز"`, `لقناة «الحدث»`);
    not a long one (`للقناة "اعتقدت أن الطائرة تحلق على علو منخفض"`), which is what was said to it."""
    close = closing_mark(words.text, words[mark].start, min(len(words.text), words[mark].start + 80))
    if close is None or words.index_at(close) - mark - 1 > MAX_QUOTED_OUTLET_WORDS:
        return False
    key = words.key(mark - 1)
    if key == "ل" or key in PREPOSITIONS or key in RECEIVED_COPY:
        return True
    prefix = strip_prefix(key, OUTLET_MARK_PREFIXES, lexicon.media)
    return prefix is not None and lexicon.media[key[len(prefix):]] in ("outlet", "channel", "programme")


def _quoted_name_before_colon(words: Words, mark: int) -> bool:
    """A short quotation (`“تويتر”`, `«عكاظ»`) right before a colon: a name, the content follows the colon."""
    after = _after_quoted(words, mark)
    return mark + 1 < after <= mark + MAX_ADDRESSEE_WORDS + 2 and words.key(after) == ":"


def _after_quoted(words: Words, mark: int) -> int:
    close = closing_mark(words.text, words[mark].start, min(len(words.text), words[mark].start + 80))
    return words.index_at(close + 1) if close is not None else mark + 1


def read_content(words: Words, lexicon: Lexicon, index: int) -> Content | None:
    """The content starting at word `index`: a quotation or reported speech."""
    if index >= len(words):
        return None
    text = words.text
    start = words[index].start
    if text[start] in QUOTE_MARKS or (text[start] == "(" and _parenthesis_quotes(words, index)):
        close = closing_mark(text, start, words.paragraph_end(start))
        if close is None:
            end = words.paragraph_end(start)
            return _content(text, start + 1, end, end, True)
        if not _clause_goes_on(words, lexicon, close + 1):
            return _content(text, start + 1, close, close + 1, True)
    end = reported_end(words, lexicon, index)
    begin, finish = trim_span(text, start, end)
    while finish > begin and text[finish - 1] in "”»" and _unbalanced(text[begin:finish]):
        begin, finish = trim_span(text, begin, finish - 1)
    if finish <= begin:
        return None
    return Content(begin, finish, finish, quoted_share(text, begin, finish) >= DIRECT_SHARE)


def _unbalanced(piece: str) -> bool:
    return piece.count("”") + piece.count("»") > piece.count("“") + piece.count("«") and piece.count("”") % 2 == 1


def _content(text: str, start: int, end: int, span_end: int, direct: bool) -> Content | None:
    begin, finish = trim_span(text, start, end)
    return Content(begin, finish, max(span_end, finish), direct) if finish > begin else None


def _clause_goes_on(words: Words, lexicon: Lexicon, offset: int) -> bool:
    """After a closing mark: does the same clause continue (a letter that starts no new cue)?"""
    text = words.text
    while offset < len(text) and text[offset] == " ":
        offset += 1
    if offset >= len(text) or not text[offset].isalpha():
        return False
    return not next_cue_follows(words, lexicon, words.index_at(offset), loose=True)


def reported_end(words: Words, lexicon: Lexicon, index: int) -> int:
    """End of reported content from word `index`: its sentence's end, cut before a following cue."""
    limit = words.sentence_of(words[index].start).end
    at = index
    while at < len(words) and words[at].start < limit:
        if words.is_opening_mark(at) and words.text[words[at].start] in QUOTE_MARKS:
            close = closing_mark(words.text, words[at].start, words.paragraph_end(words[at].start))
            if close is not None:
                limit = max(limit, words.sentence_of(close).end)
                at = words.index_at(close + 1)
                continue
        if words.is_comma(at) and next_cue_follows(words, lexicon, at + 1):
            return words[at].start
        if at > index and _joined_cue_with_introducer(words, lexicon, at):
            return words[at].start  # `... بانضمامه للفريق وقال: "..."`
        if at > index and accusative_participle(words, lexicon, at):
            return words[at].start  # `وشدد على موقفهم الثابت مؤكدا أن ...`: the participle says the next thing
        at += 1
    return limit


def accusative_participle(words: Words, lexicon: Lexicon, at: int) -> bool:
    """`وخرج المحتجون داعين الحكومة إلى`, `وشدد على موقفه مؤكدا أن`: a participle cue in the accusative (`ـا`,
    `ـين`) right after a word, its content introduced, describes how the subject spoke even with no comma before it;
    the feminine form needs the comma (`معلومات مؤكدة`: an adjective)."""
    key = words.key(at)
    cue = lexicon.cues.get(key)
    if cue is None or cue.kind != "participle" or not key.endswith(("ا", "ين")):
        return False
    if not (at > 0 and words[at - 1].is_word) or words.key(at - 1) in lexicon.marker("complementizer"):
        return False
    if _after_copula(words, lexicon, at):
        return False  # `سيكون مرحبا ببايدن`, `وسيكون الفريق مرحبا`: the copula's predicate
    return find_introducer(words, lexicon, cue, at + 1, bare_ok=False, after_cue=True) is not None


def _verbal_noun_cue(key: str, lexicon: Lexicon) -> bool:
    """`تأكيد`, `بإعلان`, `وتحذيرات`: a verbal noun cue, a proclitic allowed."""
    prefix = strip_prefix(key, ("و", "ب", "ل", "وب"), lexicon.cues)
    return prefix is not None and lexicon.cues[key[len(prefix):]].kind == "noun"


def _joined_cue_with_introducer(words: Words, lexicon: Lexicon, at: int) -> bool:
    key = words.key(at)
    if not key.startswith("و") or key[1:] not in lexicon.cues or lexicon.cues[key[1:]].kind != "verb":
        return False
    following = words.key(at + 1)
    return following == ":" or following in lexicon.marker("complementizer")


COPULA_REACH = 4  # words between a copula and its predicate (its subject: `وسيكون الفريق الأول مرحبا`)


def _after_copula(words: Words, lexicon: Lexicon, at: int) -> bool:
    """A copula (`كان`, `سيكون`, `بات`) among the few words before `at`, no comma or sentence end between."""
    for back in range(at - 1, max(-1, at - 1 - COPULA_REACH), -1):
        if not words[back].is_word or words.key(back) in PREPOSITIONS:
            return False  # `لا يزال في بداياته متوقعا`: the predicate was given before the participle
        if strip_prefix(words.key(back), ("و", "ف", "ل"), lexicon.marker("copula")) is not None:
            return True
    return False


def next_cue_follows(words: Words, lexicon: Lexicon, index: int, loose: bool = False) -> bool:
    """A cue starting a new statement at `index`: a participle, `وفقا`, or `كما شدد` / `وأضاف`."""
    joined = words.key(index) in lexicon.marker("connective")
    if joined:
        index += 1
    key = words.key(index)
    prefix = strip_prefix(key, ("و", "ف"), lexicon.bounding_cues)
    if prefix is None:
        return False
    cue = lexicon.cues[key[len(prefix):]]
    if cue.kind in ("participle", "according"):
        return True
    return cue.kind == "verb" and not cue.weak and (joined or prefix != "" or loose)


MAX_MEDIUM_WORDS = 5  # the words of a medium's name after its medium word (`لشبكة فوكس سبورتس الأرجنتينية`)
MAX_OBJECT_GAP = 4  # zone words (a time, a medium, a weekday in brackets) between a speaker and a bare content


def bare_object_start(words: Words, lexicon: Lexicon, index: int) -> int | None:
    """Where a bare noun-phrase content starts after a listed speaker of an announcing cue (`أعلنت وزارة
    الداخلية اليوم (السبت) مقتل شرطي`): the first word after times, media and bracketed asides, when it is
    neither a preposition, a cue, a verb-like connective nor the end of the sentence."""
    at = index
    limit = min(len(words), index + MAX_OBJECT_GAP + 3)
    while at < limit:
        if words.is_sentence_end(at):
            return None
        if words.text[words[at].start] == "(":
            at = _after_quoted(words, at)
            continue
        key = words.key(at)
        if not words[at].is_word or _zone_word(words, lexicon, at) or key in lexicon.marker("time"):
            at += 1
            continue
        if _bounds(key, lexicon) or key in lexicon.marker("complementizer") or key in lexicon.marker("connective"):
            return None  # `وصف المدير المعسكر بالرائع، وقال "…"`: the next cue is no object
        return at
    return None
