"""The speaker of a cue: the phrase after it (`قال المحلل السياسي، جمعة الدليمي، إن`), the subject before
it (`أن رئيس الوزراء محمد شياع السوداني أكد`), and whether a phrase names nobody (`مصدر مطلع`).

A phrase after the cue runs until a word that starts the content or an adjunct: a complementizer, a colon,
the cue's own preposition, a medium (`في تصريح`, `لوكالة`), a time word, a quotation. Commas are crossed
only by a short apposition that is followed by another stop (`، جمعة الدليمي، إن`) or by `وهو`/`الذي`.
"""
from __future__ import annotations

from dataclasses import dataclass

from ..ner.rules import is_nisba
from ..text.normalize import match_key
from ..text.segment import abbreviations
from .lexicon import Cue, Lexicon, body_heads
from .tokens import NISBA_PLURAL_ENDINGS, Words, raw_prefix_length, strip_prefix

RELATIVE_PRONOUNS = frozenset({"الذي", "التي", "الذين", "اللذين", "اللتين", "اللذان", "اللتان", "والذي", "والتي",
                               "والذين"})

MAX_SPEAKER_WORDS = 14  # longest speaker phrase seen: title + body + apposition (`مارك كيميت، وهو مساعد ...`)
MAX_APPOSITION_WORDS = 4  # a name between commas: `، جمعة الدليمي،`
MAX_QUOTED_NAME_WORDS = 3  # a quoted name ending a clause: `«س»`, `«المرصد السوري»`
MAX_SUBJECT_WORDS = 8
#: words between a subject and its verb: `السوداني الذي أكد`, `والتي طالبت`, `قد أعلن`, `كانت أعلنت`
SUBJECT_GAP_WORDS = frozenset({"الذي", "التي", "الذين", "والذي", "والتي", "والذين", "قد", "كان", "كانت", "كانوا"})  # a subject before its verb: `رئيس الوزراء محمد شياع السوداني`
PREPOSITIONS = frozenset({"في", "من", "عن", "علي", "الي", "مع", "حول", "لدي", "عند", "منذ", "ضد", "دون", "بين"})
#: nouns used as prepositions (`بعد`, `خلال`): they open an adjunct, never an object
ADVERBIAL_NOUNS = frozenset({"بعد", "قبل", "خلال", "امام", "خلف", "عقب", "اثناء", "عبر", "حول", "نحو", "ضمن", "وسط",
                             "تجاه", "ازاء", "بشان", "لدي", "عند", "فوق", "تحت", "حيث", "غير", "سوي", "كل", "بعض"})
#: the adverbial nouns that open an adjunct even as the first word after a cue (`وأضاف أمام مؤتمر`); `كل` and
#: `بعض` head a subject there (`قال بعض العلماء`, `قال كل من`)
ADJUNCT_OPENERS = ADVERBIAL_NOUNS - {"كل", "بعض", "غير", "سوي"}
APPOSITION_OPENERS = frozenset({"وهو", "وهي", "الذي", "التي", "وهم"})
SUPPLICATION = frozenset({"الله", "المولي"})  # as match keys: whom a prayer calls on (`دعا الخطيب الله أن`)
CALLEE_QUANTIFIERS = frozenset({"كل", "كافه", "جميع", "الجميع", "عموم"})  # as match keys: the whole party called on
#: participles of turning to someone (`مخاطبا الوزارة:`), as match keys: the speaker's manner, not the speaker
ADDRESSING = frozenset(match_key(w) for w in ("مخاطبا", "مخاطبة", "مخاطبين", "موجها", "موجهة", "متوجها", "متوجهة"))
DASHES = frozenset("-–—")
#: what opens an aside between dashes after the speaker, a prayer or a relative clause (`سموه - حفظه الله -`,
#: `المسؤول - الذي رفض نشر اسمه -`), as match keys; a description between dashes stays with the name it
#: describes (`كامل الحرمي -محلل نفطي مستقل-`)
DASH_ASIDE_OPENERS = frozenset(match_key(w) for w in (
    "حفظه", "حفظها", "حفظهم", "يحفظه", "رعاه", "يرعاه", "أيده", "رحمه", "رحمها", "الذي", "التي", "الذين"))
CLOSE_TO = frozenset({"مقرب", "مقربه", "قريب", "قريبه", "المقرب", "المقربه", "مقربين", "مقربون"})
HEAD_PREFIXES = ("و", "ف", "ل", "ب", "لل", "ول", "وب")
#: titles of courtesy or rank that stand right before a person's name (`الخبير ... البروفيسور أودو شتاينباخ`)
NAME_TITLES = frozenset(match_key(w) for w in (
    "الدكتور", "الدكتورة", "البروفيسور", "البروفسور", "البروفوسور", "المهندس", "المهندسة", "الأستاذ", "الأستاذة",
    "الشيخ", "الأمير", "الأميرة", "اللواء", "العميد", "العقيد", "المقدم", "الفريق"))
#: nouns of manner that open an adverbial phrase with their adjective (`أشار بشكل غير مباشر إلى`)
MANNER_NOUNS = frozenset(match_key(w) for w in ("بشكل", "بصورة", "بطريقة", "بصفة"))
OTHER = frozenset(match_key(w) for w in ("آخر", "أخرى", "آخرون", "آخرين"))  # `مصدر آخر`: complete
DEMONSTRATIVES = frozenset(match_key(w) for w in ("هذا", "هذه", "ذلك", "تلك", "هؤلاء", "هذان", "هاتان"))
THESE_PEOPLE = match_key("هؤلاء")
DATIVE_PRONOUNS = frozenset({"له", "لها", "لهم", "لي", "لنا", "لك", "لكم", "لهما"})  # `وقال له:` told him


@dataclass(frozen=True, slots=True)
class Phrase:
    """Words `[first, last)` of a speaker phrase and the character offsets it covers (prefix excluded)."""

    first: int
    last: int
    start: int
    end: int


def speaker_after(words: Words, lexicon: Lexicon, cue: Cue | None, index: int) -> tuple[Phrase | None, int]:
    """The speaker phrase starting at word `index`, and the index of the word that ended it."""
    if words.key(index) in lexicon.marker("resumptive"):
        index += 1  # `الذي أشار فيه إلى`, `ما تعبر عنه «س»`
    if words.is_comma(index) and _apposed_name_then_content(words, lexicon, index):
        index += 1  # `وقال، خالد العبيدي، إن`: the name set off by commas, without the first one
    quoted = _quoted_speaker(words, lexicon, cue, index)
    if quoted is not None:
        return quoted
    end = index
    count = 0
    resume = None
    while end < len(words) and count < MAX_SPEAKER_WORDS:
        if end > index and "\n" in words.text[words[end - 1].end:words[end].start]:
            break  # a headline's speaker never runs into the dateline below it
        if words.is_comma(end):
            resume = _past_relative_aside(words, lexicon, cue, end) if end > index else None
            if resume is not None or not _apposition_follows(words, lexicon, cue, end):
                break
        elif _ends_speaker(words, lexicon, cue, end, first=end == index):
            break
        elif words.is_opening_mark(end):
            end = skip_quoted_name(words, end)
        count += 1
        end += 1
    last = end
    while last > index and ((words.is_comma(last - 1) or not words[last - 1].is_word) and not _percent_sign(words, last - 1)
                            or (last > index + 1 and words.key(last - 1) in RELATIVE_PRONOUNS)):
        last -= 1  # and `وأكد مدير المدارس الذي دشن البرنامج أن`: the relative clause describes him
    if last == index:
        return None, end
    if last < end and _closes_quoted_name(words, index, last):
        last += 1  # `رئيس الشركة الوطنية السياحية "سياحية"`: the name keeps its closing mark
    return Phrase(index, last, words[index].start, words[last - 1].end), resume if resume is not None else end


MAX_RELATIVE_ASIDE_WORDS = 14  # `، التي نقلت الخبر عن صحيفة «لوطون» السويسرية،`


def _past_relative_aside(words: Words, lexicon: Lexicon, cue: Cue | None, comma: int) -> int | None:
    """`وأفادت مجلة «لكسبريس»، التي نقلت الخبر عن صحيفة «لوطون»، أن`: a relative clause between commas describes
    the speaker; when the content opens right after its closing comma, the index of that opening word (a
    complementizer, a colon or the cue's own preposition), else None."""
    if words.key(comma + 1) not in RELATIVE_PRONOUNS:
        return None
    for at in range(comma + 2, min(len(words), comma + MAX_RELATIVE_ASIDE_WORDS + 2)):
        if words.is_sentence_end(at):
            return None
        if words.is_comma(at):
            after = words.key(at + 1)
            opens = after in lexicon.marker("complementizer") or after == ":" or (cue is not None and after in cue.preps)
            return at + 1 if opens else None
    return None


def _percent_sign(words: Words, at: int) -> bool:
    """The `%` of a share that speaks (`وقال 35% إنهم`): part of the speaker."""
    return at > 0 and words.text[words[at].start:words[at].end] in ("%", "٪") and words.key(at - 1)[-1:].isdigit()


def _quoted_speaker(words: Words, lexicon: Lexicon, cue: Cue | None, index: int) -> tuple[Phrase, int] | None:
    """`أفاد «المرصد السوري لحقوق الإنسان» بأن`: a quoted name right after the cue, then the content (for a cue
    that takes a bare object, a tagged name followed by a definite noun: `انتقد «أوباما» القرار الروسي`)."""
    if not words.is_opening_mark(index):
        return None
    close = next((at for at in range(index + 1, min(len(words), index + 8)) if not words[at].is_word), None)
    if close is None or close == index + 1 or words.is_comma(close):
        return None
    after_at = close + 2 if words.key(close + 1) in lexicon.marker("adverb") else close + 1  # `«س» أيضا أن`
    while after_at in words.in_time:
        after_at += 1  # `وقال «أوباما» الأسبوع الماضي إن`: when it was said, then the content
    after = words.key(after_at)
    opens_content = after in lexicon.marker("complementizer") or after == ":" or (cue is not None and after in cue.preps)
    named_only = close - index - 1 <= MAX_QUOTED_NAME_WORDS  # `وقال "شوهد اختطاف خمسة مقاتلين"،` is content
    object_after = (cue is not None and (cue.takes_object or cue.announces) and index + 1 in words.in_source_name
                    and after.startswith("ال") and after not in lexicon.marker("time"))  # `انتقد «أوباما» القرار`
    if not (opens_content or object_after
            or (named_only and (words.is_comma(close + 1) or words.is_sentence_end(close + 1)
                                or starts_medium(words, lexicon, after_at)))):  # `وذكر «شين بيت» في بيانه أن`
        return None
    return Phrase(index, close + 1, words[index].start, words[close].end), close + 1


def _ends_speaker(words: Words, lexicon: Lexicon, cue: Cue | None, index: int, first: bool) -> bool:
    key = words.key(index)
    if key == "." and not first and _abbreviated_title(words, index - 1):
        return False  # `م. عبدالله المطيري`, `د. سعاد`: the stop of a title, inside the name
    if words.is_sentence_end(index) or key == ":" or key in lexicon.marker("complementizer"):
        return True
    if key in PREPOSITIONS and words.key(index + 1) in lexicon.marker("complementizer"):
        return True  # `مع أنني`, `رغم أن`: a subordinate clause starts
    preps = cue.preps if cue is not None else PREPOSITIONS
    if key in preps and words.key(index - 1) not in CLOSE_TO and is_preposition(words, index, preps):
        return True
    if not first and key in ADDRESSING:
        return True  # `وقال الوزير مخاطبا الحضور:`
    if not first and words.text[words[index].start:words[index].end] in DASHES and (
            words.key(index + 1) in DASH_ASIDE_OPENERS):
        return True
    if words.is_opening_mark(index):
        return words.text[words[index].start] != "(" and not _names_outlet(words, lexicon, index - 1) and not (
            _titled_quoted_name(words, lexicon, index))
    if key in lexicon.marker("time") or (key in lexicon.marker("adjunct") and not _imam(words, index)) or (
            key in lexicon.marker("saying")):
        return True
    if key in ("في", "خلال") and index + 1 in words.in_time and not first:
        return True  # `أعلنت الشركة في وقت سابق أن`: when it was said
    if not first and key in MANNER_NOUNS:
        return True  # `وأشار الوزير بشكل واضح إلى`: how he spoke
    if not first and is_spoken_object(key, lexicon) and words.text[words[index].end - 1] != "ة":
        return True  # `وتابع الحقباني حديثه قائلا`: what he went on with (not `دراسة حديثة`, a recent one)
    if not first and key in lexicon.marker("drawn"):
        return True  # `ويلفت التقرير الانتباه إلى أن`: what the speaker drew, after the speaker
    if (not first and cue is not None and (cue.takes_object or cue.announces) and key in DEMONSTRATIVES
            and words.key(index + 1).startswith("ال") and _complete_before(words, index)):
        return True  # `وأكد المتحدث دين محمد درويش هذه الحصيلة`: the object, a demonstrative and its noun
    if not first and cue is not None and key == "ما" and (
            words.key(index + 1) == "يلي" or ((cue.takes_object or cue.announces) and _complete_before(words, index))):
        return True  # `نفت الممثلة رجاء الجداوي ما تردد عن`: what she denied; `وقال الوزير ما يلي:`
    if index in words.in_time and not (words.in_name and index in words.in_name):
        return True  # `وقال وزير النفط الأسبوع الماضي إن`: a date after the speaker is when, not who
    if strip_prefix(key, ("و", "ف"), lexicon.bounding_cues) is not None:
        return True
    if first and (is_preposition(words, index) or (key in ADJUNCT_OPENERS and not _imam(words, index))
                  or (key in lexicon.marker("demonstrative") and not demonstrative_source(words, lexicon, index))
                  or key in lexicon.marker("resumptive") or _dative(key, lexicon) or is_pronoun_object(key)):
        return True
    coordinated_title = key.startswith("و") and is_speaker_head(key, lexicon)  # `رئيس الهيئة ورئيس اللجنة`
    if not first and key in NAME_TITLES and words.key(index - 1).startswith("ال"):
        return False  # `الخبير في شؤون الخليج البروفيسور X`: the title before the speaker's name, not an object
    role = not first and is_speaker_head(key, lexicon)  # `صاحب السمو أمير المنطقة`: a role goes on the speaker
    if cue is not None and (cue.takes_object or cue.announces) and not coordinated_title and not role and not (
            index + 1 in words.source_name_starts and is_speaker_head(key, lexicon)) and (  # `أعلن تنظيم داعش`
            is_object_head(key, lexicon) or (
            not first and (_object_noun(words, index) or _definite_object(words, lexicon, index)))):
        return True
    if (not first and cue is not None and cue.clause and key in lexicon.marker("clauseopener")
            and words.key(index - 1) not in RELATIVE_PRONOUNS):
        return True  # `وأضاف المركز تم رصد`: a clause begins, the content without an introducer
    if not first and cue is not None and cue.callee and callee_starts(words, lexicon, index):
        return True  # `دعا مفتي طرابلس كل السياسيين إلى`: whom the speaker calls on, not the speaker
    if not first and cue is not None and "ب" in cue.preps and ((key.startswith("بال") and len(key) > 4) or key == "بما"):
        return True  # `رحبت وزارة الخارجية بالاتفاق`, `أشاد المدير بما تحقق`: the content begins with the preposition
    if not first and cue is not None and "ب" in cue.preps and _bi_object(words, index):
        return True  # `ورحب رئيس الاتحاد بقرار الحكومة`: the same, before an indefinite noun
    return starts_medium(words, lexicon, index)


MAX_DASH_ASIDE_WORDS = 16


def past_dash_aside(words: Words, index: int) -> int:
    """Past an aside between dashes opening at word `index` (`- الذي تعاني بلاده من العنصرية -`), to the word after
    its closing dash; `index` itself when no such aside opens there."""
    if index >= len(words) or words.text[words[index].start:words[index].end] not in DASHES or (
            words.key(index + 1) not in DASH_ASIDE_OPENERS):
        return index
    for at in range(index + 2, min(len(words), index + MAX_DASH_ASIDE_WORDS)):
        if words.is_sentence_end(at):
            break
        if words.text[words[at].start:words[at].end] in DASHES:
            return at + 1
    return index


def demonstrative_source(words: Words, lexicon: Lexicon, index: int) -> bool:
    """`هذه المصادر`, `هذا المسؤول`: a demonstrative before an unnamed source or a role points to a speaker named
    before, unlike `هذه التصريحات`; so does `هؤلاء` alone before what they said."""
    after = words.key(index + 1)
    if words.key(index) == THESE_PEOPLE and (after in lexicon.marker("complementizer") or after in ("الي", "علي")):
        return True  # `وأشار هؤلاء إلى أن`: the people just quoted
    return words.key(index) in DEMONSTRATIVES and (after in lexicon.anonymous or after in lexicon.roles)


def _imam(words: Words, index: int) -> bool:
    """`إمام` (a mosque's imam, a speaker's title), which folds to the key of `أمام` (in front of): told by its
    written hamza below."""
    return words.key(index) == "امام" and words.text[words[index].start:words[index].end].lstrip("وف").startswith("إ")


def _complete_before(words: Words, index: int) -> bool:
    """The phrase before word `index` is complete: it ends on a definite word or a tagged name, not on a noun that
    governs what follows (`رئيس هذه اللجنة`)."""
    before = index - 1
    named = words.in_name is not None and (before in words.in_name or (
        before - 1 in words.in_name and words[before].is_word))  # `محمد توفيق` tagged, `مدني` its surname
    return words.key(before).startswith("ال") or words.key(before) in OTHER or named


def callee_starts(words: Words, lexicon: Lexicon, index: int) -> bool:
    """Word `index` opens the party a call is addressed to: a word for all of a group (`كل`, `جميع`,
    `كافة`), God in a prayer, or a definite noun right after a tagged name that is no adjective, title or role of it
    (`طالبت رجوي الدول الموقعة`)."""
    key = words.key(index)
    if key in CALLEE_QUANTIFIERS or key in SUPPLICATION:
        return True
    if accusative_plural(words, index) and words.key(index - 1).startswith("ال") and is_speaker_head(
            words.key(index - 1), lexicon):
        return True  # `وحث الوزير المواطنين على`: a role, then whom it urged
    if words.in_name is None or index - 1 not in words.in_source_name:
        return False
    if strip_prefix(words.key(index - 1), HEAD_PREFIXES, body_heads()) is not None:
        return False  # `لهيئة الأمر بالمعروف`: a body's head word governs the definite noun after it
    if index in words.in_name:  # `جون كيري الكونغرس`: a second name right after the speaker's
        return index in words.source_name_starts and key.startswith("ال")
    if not key.startswith("ال") or len(key) <= 4 or key[2:] in lexicon.roles or key in lexicon.roles:
        return False  # `أوباما الرئيس`: a title after the name, in apposition
    return not (is_nisba(key) or key.endswith(NISBA_PLURAL_ENDINGS))


def accusative_plural(words: Words, index: int) -> bool:
    """A definite sound plural or dual in `ين` (`المسؤولين`, `المواطنين`, `الطرفين`) that is no name: the case of an
    object, never of a verb's subject (`المسؤولون`), nor an adjective of a singular word before it."""
    key = words.key(index)
    return (len(key) >= 7 and key.startswith("ال") and key.endswith("ين") and not is_nisba(key)
            and words[index].is_word and (words.in_name is None or index not in words.in_name))


MAX_FINDINGS_WORDS = 5  # `استطلاع أجرته مؤسسة بيو`, `بيانات وزارة التجارة الأمريكية`
#: adjectives of a study's age or kind, which are no nisba: `دراسة حديثة`, `المسح الجديد`
FINDINGS_ADJECTIVES = frozenset(match_key(w) for w in (
    "حديثة", "حديث", "جديدة", "جديد", "أخيرة", "أخير", "الحديثة", "الحديث", "الجديدة", "الجديد", "الأخيرة", "الأخير",
    "رسمية", "رسمي", "الرسمية", "الرسمي", "أولية", "الأولية", "سنوي", "السنوي", "سنوية", "السنوية", "أسبوعية",
    "أسبوعي", "الأسبوعية", "الأسبوعي", "شهرية", "شهري", "الشهرية", "الشهري", "علمية", "العلمية", "ميدانية"))


def findings_phrase(words: Words, lexicon: Lexicon, first: int) -> Phrase | None:
    """A survey, study, poll or data release named at word `first` (`مسح رسمي`, `الدراسة`, `استطلاع بيو`,
    `بيانات وزارة التجارة`): its noun, then adjectives (`رسمي`, `حديثة`), a name, or the body it belongs to
    (a definite genitive after an indefinite noun), within `MAX_FINDINGS_WORDS` words; None when the word is
    no such noun."""
    head = words.key(first)
    bare = head.removeprefix("ال")
    if not words[first].is_word or bare not in lexicon.marker("findings"):
        return None
    last = first + 1
    genitive = not head.startswith("ال")  # `بيانات التجارة`: an indefinite noun governs the definite one after it
    while last < len(words) and last - first < MAX_FINDINGS_WORDS and words[last].is_word:
        key = words.key(last)
        if key in FINDINGS_ADJECTIVES or is_nisba(key) or key.endswith(NISBA_PLURAL_ENDINGS) or last in words.in_source_name:
            last += 1
        elif genitive and key.startswith("ال") and not words.opens_definite_object(last):
            last += 1
            genitive = False
        else:
            break
    return Phrase(first, last, words[first].start, words[last - 1].end)


def before_object(words: Words, lexicon: Lexicon, phrase: Phrase) -> Phrase:
    """A verb's subject phrase without the object or complement after it: cut before a second definite noun that
    is no adjective, title or role (`أمير المنطقة الوفد`, `الوزير الطرق`), an indefinite noun heading a construct
    (`المركز الإعلامي تفاصيل مفاوضاته`) or a preposition glued to a definite noun (`الوزير بالسفير`); only after
    the last tagged name in it (objects are told from names only once the names are known)."""
    if words.in_name is None:
        return phrase
    named = [at for at in range(phrase.first, phrase.last) if at in words.in_name]
    body = bool(named) and strip_prefix(words.key(phrase.first), HEAD_PREFIXES, body_heads()) is not None
    for at in range(max(phrase.first, named[-1]) + 1 if named else phrase.first + 1, phrase.last):
        key = words.key(at)  # after the last tagged name only: `إمام المسجد النبوي النصيحة`, a name's words kept
        purpose = body and key.startswith("لل")  # `إدارة كاليفورنيا للغابات`: what the body is for, part of its name
        if (key.startswith(("بال", "لل")) and len(key) > 4 and not purpose) or _object_noun(words, at) or _definite_object(
                words, lexicon, at):
            return Phrase(phrase.first, at, phrase.start, words[at - 1].end)
    return phrase


def _definite_object(words: Words, lexicon: Lexicon, index: int) -> bool:
    """`opens_definite_object`, unless the word is a title or role heading a name (`الأردني الدكتور محمد`); a
    listed noun of place after a definite word too, though its `م` looks like a participle's (`زار الوزير
    المدرسة`)."""
    return (words.opens_definite_object(index) or _place_noun_object(words, lexicon, index)) and not is_speaker_head(
        words.key(index), lexicon)


def _place_noun_object(words: Words, lexicon: Lexicon, index: int) -> bool:
    """A listed noun of place (`placenoun`) with the article, right after a definite word, outside any name."""
    key = words.key(index)
    return (words.in_name is not None and index not in words.in_name and 0 < index and words[index].is_word
            and words[index - 1].is_word and words.key(index - 1).startswith(("ال", "وال"))
            and key.startswith("ال") and key[2:] in lexicon.marker("placenoun"))


def _bi_object(words: Words, index: int) -> bool:
    """`بقرار`, `بدعوة`: the preposition ب on a noun that is no part of a name (only decided when the
    document's names are known: `بن` and names written with ب stay in the speaker)."""
    key = words.key(index)
    return (words.in_name is not None and index not in words.in_name and words[index].is_word
            and key.startswith("ب") and len(key) > 3 and key not in NAME_PARTICLES and key != "باسم")  # المتحدث باسم


NAME_PARTICLES = frozenset({"بن", "بنت", "ابن", "بنو", "ابو", "بو"})
QUOTE_CLOSERS = frozenset('"”»)')
TITLE_REACH = 3  # words before a quoted name where its title may stand (`رئيس الوزراء الإسرائيلي «…»`)
NAME_TO_CONTENT_WORDS = 12  # how far after a quoted name its statement's complementizer may stand


def _closes_quoted_name(words: Words, first: int, last: int) -> bool:
    """Whether token `last` closes a quotation opened inside the phrase `[first, last)`."""
    if words.text[words[last].start] not in QUOTE_CLOSERS:
        return False
    return any(words.is_opening_mark(at) for at in range(first, last))


def _titled_quoted_name(words: Words, lexicon: Lexicon, mark: int) -> bool:
    """A short quoted name just after a title (`السفير "جونج زياو شينج"`, `رئيس الوزراء الإسرائيلي «نتنياهو»`):
    the person, inside the speaker phrase."""
    titles = [words.key(at) for at in range(max(0, mark - TITLE_REACH), mark)]
    if not any(t in lexicon.roles or t.removeprefix("ال") in lexicon.roles for t in titles):
        return False
    close = skip_quoted_name(words, mark)
    if not (close > mark + 1 and words.text[words[close].start] in QUOTE_CLOSERS):
        return False
    complementizers = lexicon.marker("complementizer")
    if any(words.key(at) in complementizers for at in range(mark + 1, close)):
        return False  # `قال الوزير "إن الفريق جاهز"`: a quotation, not a name
    return _content_follows(words, lexicon, close + 1)


def _content_follows(words: Words, lexicon: Lexicon, index: int) -> bool:
    """After a quoted name the statement still has to come: a complementizer later in the sentence, or a
    definite noun right away that is no time word (`«نتنياهو» الموافقة على …`)."""
    complementizers = lexicon.marker("complementizer")
    key = words.key(index)
    if index < len(words) and key.startswith("ال") and key not in lexicon.marker("time") and words[index].is_word:
        return True  # the bare content right after the name, whether or not a complementizer comes later
    for at in range(index, min(len(words), index + NAME_TO_CONTENT_WORDS)):
        if words.is_sentence_end(at):
            return False
        if words.key(at) in complementizers:
            return True
    return False


def _abbreviated_title(words: Words, index: int) -> bool:
    """An abbreviation as written (`م`, `د`, `أ`) right before its stop, followed by a name."""
    word = words[index] if 0 <= index < len(words) else None
    if word is None or not word.is_word:
        return False
    written = words.text[word.start:word.end]
    return written in abbreviations() and words.key(index + 2) != "" and words[index + 2].is_word


def _object_noun(words: Words, index: int) -> bool:
    """`opens_object`, for a word that is no preposition and carries no prepositional clitic (`لوزارة`)."""
    key = words.key(index)
    if key in PREPOSITIONS or key in ADVERBIAL_NOUNS or key[:1] in ("ل", "ب", "ك") or len(key) < 3:
        return False
    return words.opens_object(index)


def is_time_word(words: Words, lexicon: Lexicon, index: int) -> bool:
    """Word `index` says when something was said: a time expression's word, a listed time adverb, or `في` /
    `خلال` opening a time expression (`في وقت سابق`)."""
    return index in words.in_time or words.key(index) in lexicon.marker("time") or (
        words.key(index) in ("في", "خلال") and index + 1 in words.in_time)


def past_time_words(words: Words, lexicon: Lexicon, index: int, commas: bool = False) -> int:
    """The first word from `index` on that is no time word (nor, with `commas`, a comma)."""
    while index < len(words) and (is_time_word(words, lexicon, index) or (commas and words.is_comma(index))):
        index += 1
    return index


def is_preposition(words: Words, index: int, preps: frozenset[str] = PREPOSITIONS) -> bool:
    """A preposition, telling the name `علي` from `على` (they share a key) by the written letter."""
    word = words[index]
    if word.key not in preps:
        return False
    return word.key != "علي" or words.text[word.end - 1] != "ي"


OBJECT_PRONOUNS = ("هما", "هم", "هن", "ها", "كم", "نا", "ه", "ك")  # longest first; not `ي`: `منى` is a name
GLUED_PREPOSITIONS = frozenset({"ل", "ب"})
GLUED_DEFINITE = ("بال", "لل", "وبال", "ولل")  # a preposition glued to a definite noun: `بالسفير`, `للوزير`


def is_pronoun_object(key: str) -> bool:
    """A preposition carrying a pronoun (`إليهم`, `عليهم`, `لهم`, `منه`, `به`): whom or what the verb is about,
    never its speaker (`توجه إليهم بالقول`, `وأكد عليهم أن`)."""
    for pronoun in OBJECT_PRONOUNS:
        head = key[:-len(pronoun)]
        if key.endswith(pronoun) and head and (head in PREPOSITIONS or head in GLUED_PREPOSITIONS):
            return True
    return False


def _dative(key: str, lexicon: Lexicon) -> bool:
    """`لـ` + a known head (`لشبكات`, `للمصدر`): told to someone, not said by them."""
    heads = lexicon.roles | lexicon.anonymous | set(lexicon.media)
    if key in DATIVE_PRONOUNS:
        return True
    return key.startswith("لل") or (key.startswith("ل") and strip_prefix(key[1:], ("ال",), heads) is not None)


def without_pronoun(key: str) -> str:
    """`حديثه` -> `حديث`: a word without an attached possessive pronoun (kept when too short)."""
    for suffix in ("هما", "هم", "ها", "ه"):
        if key.endswith(suffix) and len(key) - len(suffix) >= 3:
            return key[:-len(suffix)]
    return key


def starts_medium(words: Words, lexicon: Lexicon, index: int) -> bool:
    """`في تصريح`, `خلال مقابلة`, `لوكالة`, `لـ"…"`, `مع قناة`: the words that open a medium phrase."""
    key = words.key(index)
    if key == "ل":
        return True
    if key in ("في", "خلال"):
        following = words.key(index + 1)
        bare = without_pronoun(following.removeprefix("ال") if len(following) > 4 else following)
        named = {following, bare, bare.removesuffix("ت") + "ه", following.removeprefix("ال")}
        return any(k in lexicon.media or k in lexicon.marker("adjunctnoun") for k in named)
    following = words.key(index + 1)
    prefix = strip_prefix(following, ("ال",), lexicon.media)
    if key in ("مع", "عبر", "علي") and prefix is not None:
        # `عبر بيان`, `على تويتر`, `على قناة`; but `القائمون على الدراسة`, `المشرف على البرنامج` run them
        return key != "علي" or lexicon.media[following[len(prefix):]] in ("outlet", "channel", "platform")
    prefix = strip_prefix(key, ("ل", "لل"), lexicon.media)
    if not prefix:
        return False
    return lexicon.media[key[len(prefix):]] in ("outlet", "channel", "platform")


def _names_outlet(words: Words, lexicon: Lexicon, index: int) -> bool:
    prefix = strip_prefix(words.key(index), HEAD_PREFIXES + ("ال",), lexicon.media)
    return prefix is not None and lexicon.media[words.key(index)[len(prefix):]] in ("outlet", "channel")


def skip_quoted_name(words: Words, index: int) -> int:
    """The index of the mark closing a short quoted outlet name (`وكالة “رويترز”`)."""
    for ahead in range(index + 1, min(index + 6, len(words))):
        if not words[ahead].is_word and not words.is_comma(ahead):
            return ahead
    return index


def _apposed_name_then_content(words: Words, lexicon: Lexicon, comma: int) -> bool:
    """`، خالد العبيدي، إن`: a few words between two commas, the complementizer or a colon after the second."""
    end = comma + 1
    while end < len(words) and words[end].is_word and end - comma <= MAX_APPOSITION_WORDS:
        end += 1
    return end > comma + 1 and words.is_comma(end) and (
        words.key(end + 1) == ":" or words.key(end + 1) in lexicon.marker("complementizer"))


def _apposition_follows(words: Words, lexicon: Lexicon, cue: Cue | None, comma: int) -> bool:
    """Whether the words after a comma still belong to the speaker phrase."""
    nxt = words.key(comma + 1)
    if nxt in APPOSITION_OPENERS:
        return True
    if nxt in lexicon.relay_keys:
        return False  # `مصدر أمني، نقلا عن التلفزيون الرسمي، إن`: the relay of the statement, not its speaker
    end = comma + 1
    while end < len(words) and words[end].is_word and not _ends_speaker(words, lexicon, cue, end, end == comma + 1):
        end += 1
    size = end - comma - 1
    if size == 0 or size > MAX_APPOSITION_WORDS:
        return False
    after = words.key(end)
    return after == ":" or words.is_comma(end) or after in lexicon.marker("complementizer") or (
        cue is not None and after in cue.preps)


def subject_before(words: Words, lexicon: Lexicon, index: int, floor: int) -> Phrase | None:
    """A role- or source-headed subject ending right before word `index` (`أن رئيس الوزراء ... أكد`, `والد
    الشاب "سفر السواط" أكد`), else a person's or a body's name alone as the subject (`الزهراني أفاد بأن`, `مدير
    الاتصال في الشركة، علي الزهراني، أفاد`)."""
    end = index
    while end > floor and (words.key(end - 1) in SUBJECT_GAP_WORDS or is_pronoun_object(words.key(end - 1))):
        end -= 1  # `توجه الوزير إليهم بالقول`: whom he addressed stands between him and his saying word
    if frequency_adverb_before(words, end):
        end -= 2  # `الحكومة غالبا ما تنتقد`
    first = _headed_start(words, lexicon, end, end, floor, quoted=True)
    if first == end:
        return _name_subject(words, end, floor) or _kana_subject(words, lexicon, index, end, floor)
    if first > floor and is_preposition(words, first - 1) and words.key(first - 1) != "من":
        return (_head_before_preposition(words, lexicon, first - 1, end, floor)  # but `اتصالا من الملك ... أعرب`
                or _kana_subject(words, lexicon, index, end, floor))
    start = words[first].start + _prefix_chars(words, lexicon, first)
    return Phrase(first, end, start, words[end - 1].end)


MAX_KANA_SUBJECT_WORDS = 7  # `وكانت مصادر سياسية في العاصمة صنعاء ذكرت`


def is_perfect(words: Words, lexicon: Lexicon, index: int) -> bool:
    """The cue at `index` is a perfect (`أكد`, `تابعت`, `تعهدت`), not an imperfect (`يؤكد`, `تكشف`)."""
    key = words.key(index)
    lemma = match_key(lexicon.cues[key].lemma) if key in lexicon.cues else ""
    return not (key[:1] in ("ي", "ن") or (key[:1] == "ت" and not key.startswith(lemma)))


def _kana_subject(words: Words, lexicon: Lexicon, verb: int, end: int, floor: int) -> Phrase | None:
    """`وكانت تركيا قد أعلنت`, `وكانت مصادر سياسية في العاصمة صنعاء ذكرت`, `وكانت «دنيا الرياضة» قد أشارت`: the
    words between `كان` opening its sentence and the perfect it frames (word `verb`) are its subject, whatever
    they name; not before an imperfect (`وكانت الأسعار تشير إلى`: what something used to show)."""
    if not is_perfect(words, lexicon, verb):
        return None
    kana = next((at for at in range(end - 1, max(floor, end - MAX_KANA_SUBJECT_WORDS - 1) - 1, -1)
                 if words.key(at) in KANA or words.is_comma(at) or words.is_sentence_end(at)), None)
    if kana is None or kana != floor or words.key(kana) not in KANA:
        return None
    first, last = kana + 1, end
    if words.is_opening_mark(first) and last - 1 > first + 1 and not words[last - 1].is_word:
        first, last = first + 1, last - 1  # the name inside its quotation marks
    if first >= last or not words[first].is_word or is_preposition(words, first):
        return None
    return Phrase(first, last, words[first].start, words[last - 1].end)


#: adverbs of frequency that take `ما` before a verb (`غالبا ما تنتقد`): no relative `ما`, the verb's subject before them
FREQUENCY_ADVERBS = frozenset(match_key(w) for w in ("غالبا", "عادة", "كثيرا", "دائما", "نادرا", "قليلا", "طالما"))


def frequency_adverb_before(words: Words, index: int) -> bool:
    """Whether `غالبا ما`, `عادة ما` and the like stand right before word `index`."""
    return index >= 2 and words.key(index - 1) == "ما" and words.key(index - 2) in FREQUENCY_ADVERBS


def _head_before_preposition(words: Words, lexicon: Lexicon, preposition: int, end: int, floor: int) -> Phrase | None:
    """A subject whose head stands before a preposition (`مصادر عراقية في وزارة المالية أبلغت`), else None: a body
    right after a preposition is where or to whom (`وبالتحقيق معهم في مركز الشرطة اعترفوا`), not who."""
    first = _headed_start(words, lexicon, preposition, end, floor, quoted=False)
    if first == preposition or (first > floor and is_preposition(words, first - 1)):
        return None
    start = words[first].start + _prefix_chars(words, lexicon, first)
    return Phrase(first, end, start, words[end - 1].end)


def _headed_start(words: Words, lexicon: Lexicon, last: int, end: int, floor: int, quoted: bool) -> int:
    """Where a subject ending before word `last` starts: back over subject words (and, when `quoted`, a short
    quoted name: `والد الشاب "سفر السواط"`) while the phrase up to `end` stays within `MAX_SUBJECT_WORDS`, then on
    to its first role, body or source word; `last` when there is none."""
    first = last
    while first > floor and end - first < MAX_SUBJECT_WORDS:
        if _subject_word(words, lexicon, first - 1):
            first -= 1
        elif quoted and (opening := _quoted_name_before(words, first - 1, floor)) is not None and opening < first - 2:
            first = opening
        else:
            break
    while first < last and not (is_speaker_head(words.key(first), lexicon) or _accusative_head(words, lexicon, first)):
        first += 1
    return first


def _accusative_head(words: Words, lexicon: Lexicon, index: int) -> bool:
    """`مصدرا` after `لكن` / `إن`: a source's head word in the accusative its particle gives it."""
    key = words.key(index)
    return (words.key(index - 1) in ACCUSATIVE_GOVERNORS and key.endswith("ا") and len(key) > 3
            and is_speaker_head(key[:-1], lexicon))


def _quoted_name_before(words: Words, close: int, floor: int) -> int | None:
    """The index of the mark opening a quoted name of at most `MAX_QUOTED_NAME_WORDS` words whose closing mark is
    word `close`, else None."""
    if close <= floor or words[close].is_word or words.text[words[close].start] not in QUOTE_CLOSERS:
        return None
    for at in range(close - 1, max(floor, close - MAX_QUOTED_NAME_WORDS - 1) - 1, -1):
        if words.is_opening_mark(at):
            return at if at < close - 1 else None
        if not words[at].is_word:
            return None
    return None


def _name_subject(words: Words, end: int, floor: int) -> Phrase | None:
    """A person's or a body's whole name right before the verb, opening its sentence (`الزهراني أفاد`), set
    between commas after the one it names (`مدير الاتصال، علي الزهراني، أفاد`), or after `كان` (`وكان المقدشي قد
    قال`): the subject of a verb placed after it, as news writing often orders a paragraph's first sentence."""
    last = end - 1 if end - 1 > floor and words.is_comma(end - 1) else end
    first = last
    while first > floor and first - 1 in words.in_source_name and last - first < MAX_APPOSITION_WORDS:
        first -= 1
    if first == last or first not in words.source_name_starts or (
            first - 1 >= floor and first - 1 in words.in_source_name):
        return None
    between_commas = last < end
    after_kana = first > floor and words.key(first - 1) in KANA and not between_commas  # `وكان المقدشي قد قال`
    if not after_kana and (between_commas != (first > floor and words.is_comma(first - 1))
                           or not (between_commas or first == floor)):
        return None
    word = words[first]
    joined = words.key(first).startswith("وال") and len(words.key(first)) > MIN_JOINED_NAME
    start = word.start + (raw_prefix_length(words.text[word.start:word.end], "و") if joined else 0)
    return Phrase(first, last, start, words[last - 1].end)  # `والزهراني أفاد`: the name without its `و`


#: `كان` and its forms, whose subject stands between it and the perfect it frames (`وكان المقدشي قد قال`)
KANA = frozenset(match_key(w) for w in ("كان", "وكان", "فكان", "كانت", "وكانت", "فكانت", "كانوا", "وكانوا"))
MIN_JOINED_NAME = 5  # `والزهراني`: a definite name joined by و is longer than `والي`, a name of its own
PERCENT_SIGNS = frozenset({"%", "٪"})
MAX_SHARE_WORDS = 5  # `38% من الأمريكيين المطلعين قالوا`: a share and its group before the verb
#: a share of a group in words (`نصف المستطلعين`, `ثلاثة أرباع الجمهوريين`, `غالبية المشاركين`), as match keys
SHARE_NOUNS = frozenset(match_key(w) for w in (
    "نصف", "ثلث", "ثلثا", "ثلثي", "ربع", "أرباع", "خمس", "أخماس", "غالبية", "أغلبية", "معظم", "أغلب", "أكثرية"))
#: a relative clause may describe the group (`الجمهوريين الذين شملهم الاستطلاع قالوا`): so many words more
MAX_SHARE_RELATIVE_WORDS = 4
SHARE_COUNTS = frozenset(match_key(w) for w in ("ثلاثة", "وثلاثة", "أربعة", "وأربعة"))  # `ثلاثة أرباع`
SHARE_BOUNDS = frozenset(match_key(w) for w in ("أكثر", "وأكثر", "أقل", "وأقل"))  # `أكثر من نصف`
SHARE_ABOUT = frozenset(match_key(w) for w in ("نحو", "ونحو", "حوالي", "حوالى", "قرابة", "زهاء"))  # `نحو ثلث`
#: the words a share's phrase may open on, with its `و` (`وأكثر من نصف`)
SHARE_OPENERS = SHARE_NOUNS | SHARE_COUNTS | SHARE_BOUNDS | SHARE_ABOUT
#: particles after which a subject takes the accusative (`لكن مصدرا عسكريا أكد`, `فإن نصف المشاركين`), as match keys
ACCUSATIVE_GOVERNORS = frozenset({"لكن", "ولكن", "ان", "فان", "لان"})


def share_before(words: Words, index: int, floor: int) -> Phrase | None:
    """`42% من المستطلعين قالوا إن`, `أكثر من نصف المشاركين يرون أن`, `ثلاثة أرباع الجمهوريين الذين شملهم الاستطلاع
    قالوا إن`: a share of the people polled as the subject before the verb."""
    reach = MAX_SHARE_WORDS + (MAX_SHARE_RELATIVE_WORDS if any(
        words.key(at) in RELATIVE_PRONOUNS for at in range(max(floor, index - MAX_SHARE_WORDS - 1), index)) else 0)
    for at in range(index - 1, max(floor, index - 1 - reach) - 1, -1):
        if words.key(at) in PERCENT_SIGNS and at - 1 >= floor and words.key(at - 1)[-1:].isdigit():
            return _share_phrase(words, at - 1, index)
        if at < index - 1 and _share_noun(words, at):
            first = _share_opening(words, at, floor)
            return _share_phrase(words, first, index) if _opens_clause(words, first, floor) else None
        if not words[at].is_word or words.is_comma(at):
            return None
    return None


def _share_noun(words: Words, index: int) -> bool:
    """Word `index` is a share noun (with `و` or not) heading the group after it (`نصف المستطلعين`)."""
    key = words.key(index)
    return (key[1:] if key.startswith("و") and key[1:] in SHARE_NOUNS else key) in SHARE_NOUNS


def _opens_clause(words: Words, first: int, floor: int) -> bool:
    """Word `first` opens its clause: the sentence's first word, after a comma or a particle that governs a subject
    (`فإن`, `لكن`), or with its own `و`; a share after a preposition (`بعد نصف ساعة أكد`) is no subject."""
    return (first == floor or words.is_comma(first - 1) or words.key(first - 1) in ACCUSATIVE_GOVERNORS
            or (words.key(first).startswith("و") and words.key(first)[1:] in SHARE_OPENERS))


def _share_opening(words: Words, share: int, floor: int) -> int:
    """Where a share's phrase opens: its number (`ثلاثة أرباع`) or its `أكثر من` / `نحو` before it."""
    first = share
    if first - 1 >= floor and (words.key(first - 1)[-1:].isdigit() or words.key(first - 1) in SHARE_COUNTS):
        first -= 1  # `ثلاثة أرباع`, `3 أرباع`
    if first - 2 >= floor and words.key(first - 1) == "من" and words.key(first - 2) in SHARE_BOUNDS:
        first -= 2  # `أكثر من نصف`
    elif first - 1 >= floor and words.key(first - 1) in SHARE_ABOUT:
        first -= 1  # `نحو ثلث`
    return first


def _share_phrase(words: Words, first: int, index: int) -> Phrase:
    """The share's phrase from word `first` to the verb at `index`, the conjunction before it left out."""
    opening = words[first]
    raw = words.text[opening.start:opening.end]
    start = opening.start + len(raw) - len(raw.lstrip("وف"))  # `و28%`: the conjunction is no part of it
    return Phrase(first, index, start, words[index - 1].end)


def _subject_word(words: Words, lexicon: Lexicon, index: int) -> bool:
    key = words.key(index)
    if not words[index].is_word or is_preposition(words, index) or key in lexicon.cues:
        return False
    return not any(key in lexicon.marker(c) for c in ("complementizer", "speechnoun", "time", "connective"))


def _unpossessed(key: str) -> tuple[str, ...]:
    """A noun without its possessive pronoun, spelt both ways: `فكرتها` -> `فكرت`, `فكره` (the folded `فكرة`)."""
    bare = without_pronoun(key)
    return (bare, bare.removesuffix("ت") + "ه")


def is_spoken_object(key: str, lexicon: Lexicon) -> bool:
    """`كلامه`, `فكرتها`: what was said or thought, with its owner's pronoun."""
    objects = lexicon.marker("spokenobject")
    return without_pronoun(key) != key and any(k in objects for k in _unpossessed(key))


def is_object_head(key: str, lexicon: Lexicon) -> bool:
    """`ضرورة`, `الحرص`, `سعادته`, `إعجابه`: a noun that opens the bare content of an object cue (a noun of feeling
    only with its owner's pronoun: `تعاونهم`, never a bare `تعاون`)."""
    heads = lexicon.marker("objecthead")
    if any(k in heads or k.removeprefix("ال") in heads for k in (key, *_unpossessed(key))):
        return True
    return without_pronoun(key) != key and any(k in lexicon.marker("feelingnoun") for k in _unpossessed(key))


def is_speaker_head(key: str, lexicon: Lexicon) -> bool:
    """A role, body or unnamed source, with or without a leading conjunction or preposition."""
    heads = lexicon.speaker_heads
    return strip_prefix(key, HEAD_PREFIXES, heads) is not None or strip_prefix(key, ("ال",), heads) is not None


def is_head_as_written(key: str, lexicon: Lexicon) -> bool:
    """A role, body or unnamed source as the word stands, bare or with the article only: `بيان`, `البيان`, but not
    `بالبيان` or `بجميع`, where a glued preposition makes the word a complement, never a speaker."""
    return strip_prefix(key, ("ال",), lexicon.speaker_heads) is not None


QUANTIFIERS = frozenset({"جميع", "كل", "كافه", "مختلف", "عدد", "بعض"})  # heads of a quantified noun phrase


def glued_complement(key: str, preps: frozenset[str]) -> bool:
    """A word that opens the cue's own complement: its preposition `ب` glued to a definite or quantified noun or
    to `ما` (`رحب بالبيان`, `رحب بجميع الزوار`, `أشاد بما تحقق`); a name that merely begins with the letter
    (`بوتين`) is not one."""
    if "ب" not in preps or not key.startswith("ب"):
        return False
    rest = key[1:]
    return rest.startswith("ال") or rest in QUANTIFIERS or rest == "ما"


def _prefix_chars(words: Words, lexicon: Lexicon, index: int) -> int:
    """Characters of a clitic (ل in `لمسؤولين`) to leave out of a speaker's offsets."""
    key = words.key(index)
    prefix = strip_prefix(key, HEAD_PREFIXES, lexicon.roles | lexicon.anonymous) or ""
    word = words[index]
    return raw_prefix_length(words.text[word.start:word.end], prefix) if prefix else 0


def is_anonymous(words: Words, lexicon: Lexicon, phrase: Phrase) -> bool:
    """The phrase is headed by an unnamed-source noun and has no named apposition."""
    head = words.key(phrase.first)
    if strip_prefix(head, HEAD_PREFIXES, lexicon.anonymous) is None:
        return False
    return not any(words.is_comma(i) for i in range(phrase.first, phrase.last))


MAX_ANTECEDENT_WORDS = 4  # `دييجو مارادونا الذي قال`: a name of up to four words before the relative pronoun


def _before_bracket(words: Words, end: int, floor: int) -> int:
    """Where a phrase ending at `end` goes on to the left past a short parenthesis closing right before it."""
    if end - 1 <= floor or words.text[words[end - 1].start] != ")":
        return end
    for at in range(end - 2, max(floor, end - 2 - MAX_APPOSITION_WORDS) - 1, -1):
        if words.text[words[at].start] == "(":
            return at
        if not words[at].is_word:
            break
    return end


def antecedent_before(words: Words, lexicon: Lexicon, pronoun: int, floor: int) -> Phrase | None:
    """The name or role phrase a relative pronoun at `pronoun` refers to (`من الأسطورة دييجو مارادونا الذي
    قال`): the words before it back to a preposition, a punctuation mark or a function word, when the phrase
    is headed by a listed role or source, or holds a name (a word the lexicons do not know as common)."""
    end = pronoun
    after_comma = end - 1 > floor and words.is_comma(end - 1)
    if after_comma:
        if words.key(pronoun).startswith("و") and end - 2 not in words.in_source_name:
            return None  # `..، والذي يؤكد حرص`: after a comma and و only a name is referred to
        end -= 1  # `بمدير القناة جاسر الجاسر، والذي قال:`, `وحضر وزير المالية، الذي أكد أن`
    first = reach = _before_bracket(words, end, floor)  # `إيلون ماسك مؤسس شركة سبيس إكس (سبيس إكس) الذي قال`
    while (first > floor and reach - first < MAX_ANTECEDENT_WORDS and words[first - 1].is_word
           and not is_preposition(words, first - 1) and words.key(first - 1) not in lexicon.cues
           and not any(words.key(first - 1) in lexicon.marker(c) for c in ("complementizer", "time", "connective"))):
        if first < reach and words.key(first).startswith(GLUED_DEFINITE):
            break  # `التقى الأمير بالسفير الأمريكي، الذي قال`: the preposition's noun opens the phrase
        if is_speaker_head(words.key(first - 1), lexicon):
            named = any(not words.key(at).startswith("ال") for at in range(first, end))
            construct = not words.key(first - 1).startswith("ال")  # `وزير الصحة`: the role and its genitive
            described = all(is_nisba(words.key(at)) for at in range(first, end))  # `الإدارة الشبابية التي`
            if first == end or named or construct or described:
                first -= 1  # `الوزير الذي قال`, `الوزير سامي الذي`: the role heads the phrase
                while (first > floor and reach - first < MAX_ANTECEDENT_WORDS and is_speaker_head(words.key(first - 1), lexicon)
                       and not words.key(first - 1).startswith("ال")):
                    first -= 1  # `وزير الخارجية الذي`: a role in construct with a listed word
            break
        if first < reach and words.key(first - 1).startswith("ال"):
            break  # only a name's last word takes the article (`سامي الجابر`): `المدرب` before it is no part of it
        first -= 1
    if first == end:
        return None
    glued = next((p for p in ("وب", "ب") if words.key(first).startswith(p + "ال")), None)
    headed = is_speaker_head(words.key(first)[len(glued or ""):], lexicon)
    named = any(not words.key(at).startswith("ال") for at in range(first, end))  # a name: `سامي الجابر`
    if not (headed or named):
        return None  # `القرار الذي أكد`: a thing, not a source
    if after_comma and not (headed or end - 1 in words.in_source_name):
        return None  # `ردودا واسعة وسط اللبنانيين، الذين أكدوا`: past a comma, a role or a name only
    word = words[first]
    skip = raw_prefix_length(words.text[word.start:word.end], glued) if glued else _prefix_chars(words, lexicon, first)
    return Phrase(first, end, word.start + skip, words[end - 1].end)
