"""The statement finder: cues from the lexicon, their speakers, contents and media, in one left-to-right pass.

For each cue word it reads the speaker after the cue (`قال المتحدث`), or the subject before it (`أن رئيس
الوزراء ... أكد`), or — for a bare cue at the start of a clause (`وأضاف:`) — the last speaker seen. Then it
finds the content's introducer and reads the content, and the medium between cue and content. Outlets
passing on a source (`نقلت وكالة "رويترز" عن مصادر قولها`) and `بحسب X` are read by `reports`. A final pass
sorts the statements as the layer will hold them and links each to the statement whose content holds it.
"""
from __future__ import annotations

from ..ner.completion import add_named_bodies
from ..text.normalize import match_key
from ..text.windows import WORD
from .content import Content, accusative_participle, bare_object_start, find_introducer, read_content
from .lexicon import HONORIFICS, NOUN_PREFIXES, PURPOSE_PREFIXES, Cue, Lexicon, body_heads, load_lexicon
from .media import find_via, medium_after_cue
from .quotes import trim_span
from .record import Source, Statement
from .reports import (
    MAX_ACTOR_WORDS,
    read_according,
    read_as_said,
    read_as_what,
    read_quote_before,
    read_report,
    register_actor,
    register_topics,
    spoken_forms,
    through_name,
)
from .speakers import (
    ADDRESSING,
    ADVERBIAL_NOUNS,
    CALLEE_QUANTIFIERS,
    KANA,
    MANNER_NOUNS,
    MAX_QUOTED_NAME_WORDS,
    MAX_RELATIVE_ASIDE_WORDS,
    NAME_PARTICLES,
    PREPOSITIONS,
    QUANTIFIERS,
    QUOTE_CLOSERS,
    RELATIVE_PRONOUNS,
    SUPPLICATION,
    THESE_PEOPLE,
    Phrase,
    accusative_plural,
    antecedent_before,
    before_object,
    callee_starts,
    demonstrative_source,
    findings_phrase,
    frequency_adverb_before,
    glued_complement,
    is_anonymous,
    is_head_as_written,
    is_object_head,
    is_perfect,
    is_preposition,
    is_speaker_head,
    is_spoken_object,
    past_dash_aside,
    past_time_words,
    share_before,
    skip_quoted_name,
    speaker_after,
    starts_medium,
    subject_before,
    without_pronoun,
)
from .tokens import Words, raw_prefix_length, strip_prefix

#: `وبدوره أكد`: in his turn, before the cue of a new speaker or a continuing one (as match keys)
IN_TURN = frozenset(match_key(w) for w in ("بدوره", "وبدوره", "بدورها", "وبدورها", "بدورهم", "وبدورهم"))
#: a particle of the perfect with its conjunction, opening a clause before its verb (`وقد أكد`, `فقد قال`)
OPENING_PARTICLES = frozenset(match_key(w) for w in ("وقد", "فقد"))  # not `لقد`: a columnist's own emphasis
MAX_CONTINUATION_GAP = 800
MAX_ROLE_APPOSITION_WORDS = 10  # words of a role in apposition between a speaker's two commas
MAX_TOPIC_WORDS = 8  # words of a topic fronted by `أما` before its `ف` cue (`أما الدكتور محمد العريفي فكتب`)
MAX_MEDIUM_PHRASE_WORDS = 6  # `في بيان عبر الإنترنت`: a medium phrase between a weak cue's speaker and its content
MAX_WEAK_NAME_WORDS = 3  # `وبين الصباغ أن`: a weak cue takes an unlisted speaker only as a short name before أن
MAX_ANNOUNCER_WORDS = 6  # `أعلن طيران ناس الناقل الوطني السعودي، عن`: a name and its apposition before the preposition
RELATIVE_WHAT = frozenset({"ما", "بما", "مما", "عما", "لما"})  # `ما يقولون`: what they say, not a statement  # characters from the last speaker's statement to a bare `وأضاف` that continues it
CUE_PREFIXES = ("و", "ف")
#: words that open how a statement was made, not who made it (`وتشدد دائماً على`, `وقال ردا على استفسار`)
ADVERB_OPENERS = frozenset(match_key(w) for w in ("كما", "أيضا", "كذلك", "مجددا", "دائما", "مرارا", "سابقا", "لاحقا",
                                                   "حينها", "ردا", "تعليقا", "تعقيبا", "تأكيدا", "حرفيا", "صراحة", "جدا",
                                                   "تماما", "قطعا"))
MAX_MANNER_WORDS = 3  # `بشكل غير مباشر`: the manner noun and its adjective, before a speaker
DEMONSTRATIVE_OBJECTS = frozenset({"هذا", "هذه", "هذان", "هاتان", "هؤلاء"})  # open an object after a participle
RESUMED_OBJECTS = frozenset({"به", "بها", "بهم"})  # what was said (not `فيه`, `عنها`: `قال عنها الكاتب إنها`)
THAT_SAID = frozenset({"ذلك", "بذلك"})  # `أوضح ذلك`, `صرح بذلك`: the cue points back at what was said
MAX_CALLEE_WORDS = 6  # words of the party a call names before its preposition (`الأمم المتحدة والصليب الأحمر`)
#: subordinators after which a clause opens with its verb, as at a sentence's start (as match keys)
CLAUSE_SUBORDINATORS = frozenset(match_key(w) for w in ("حتى", "بعدما", "عندما", "حينما", "كلما", "ريثما", "قبلما",
                                                        "حين"))
#: `ف` written on the word between an `أما` topic and its verb (`أما الحكومة فقد أكدت`, `أما المدرب فهو يؤكد`)
FA_WORDS = frozenset(match_key(w) for w in ("فقد", "فهو", "فهي", "فهم", "فإنه", "فإنها", "فإنهم"))
KUNYA = frozenset(match_key(w) for w in ("أبو", "أبا", "أبي", "وأبو", "أم", "وأم"))  # a name opens on it
MAX_TURNED_TO_WORDS = 4  # `مخاطبا أهالي الشهداء:`: whom the speaker turned to, before the colon
#: the words before `أن` that make it open a temporal clause, not report content (`بعد أن كشف المدرب`)
TEMPORAL_BEFORE_THAT = frozenset(match_key(w) for w in ("بعد", "وبعد", "قبل", "وقبل", "منذ"))
RELAYING = frozenset({"نقلا"})  # `، نقلا عن X،` after an outlet: X is who spoke
MAX_RELAYED_WORDS = 8  # `مسؤول تنفيذي بـ«فيسبوك»`: the source an outlet quotes between commas
MAX_FINDINGS_CLAUSE_WORDS = 9  # a study's relative clause before its findings: `الدراسة التي أجرتها «أرقام»، أن`
MIN_THAT_SAID_CHARS = 20  # a sentence shorter than this before `أوضح ذلك X` is no claim (a heading, a dateline)
MAX_RENEWAL_GAP = 8  # words of a subject between `جدد` and its verbal noun (`جدد رئيس الوزراء الإسرائيلي بنيامين نتنياهو تحذيره`)
MAX_FRONTED_WORDS = 4  # `وفي العام المقبل`: the words of a fronted time or place phrase before a cue
FRONTED_OPENERS = frozenset({"في", "وفي", "خلال", "وخلال", "ومن", "بعد", "وبعد", "قبل", "وقبل", "منذ", "ومنذ", "امس", "واليوم",
                             "هنا", "وهنا", "بكل", "وبكل"})  # `بكل صراحة أعلن`: how, fronted
#: a fronted topic or concession (`وعن قدرة الجيش على مكافحة الهجرة أكد`, `وعلى الرغم من تباطؤ القطاع ذكر`,
#: `ورغم ذلك ذكرت`): longer than a time phrase, and as clearly outside the cue's subject
TOPIC_OPENERS = frozenset({"عن", "وعن", "حول", "وحول", "بشان", "وبشان", "رغم", "ورغم", "وعلي", "بالرغم", "وبالرغم",
                           "الي", "والي"})
CLAUSE_OPENERS = FRONTED_OPENERS | TOPIC_OPENERS
MAX_FRONTED_TOPIC_WORDS = 7  # `وعن إصابة المهاجم الأساسي للفريق`: the words of a fronted topic before its cue
#: the field a paragraph turns to, fronted as one word (`أمنيا أعلنت قوى الأمن`), as match keys
FIELD_ADVERBS = frozenset(match_key(w) for w in (
    "أمنيا", "سياسيا", "ميدانيا", "اقتصاديا", "محليا", "دوليا", "عربيا", "إقليميا", "عسكريا", "رياضيا", "ماليا",
    "تجاريا", "فنيا", "اجتماعيا", "ثقافيا", "إعلاميا", "صحيا", "قانونيا", "دبلوماسيا"))
JUDGING_CUES = frozenset({"اعتبر", "رأى"})  # `تعتبر X أحد …`, `يعتبر X من أهم …`: "X is considered", no speaker
RANKING_WORDS = frozenset({"احد", "احدي", "اهم", "اكبر", "ابرز", "افضل", "اكثر", "اقل", "اول"})  # as match keys
NOUN_LOOKALIKES = {"راي": "ي"}  # folded cue form -> the last letter that spells the noun instead (`رأي`, not `رأى`)


MAX_OPENING_PHRASE_WORDS = 3  # `من جهته،`, `في المقابل،`, `وفي السياق ذاته،`: an aside before the sentence's verb
TIME_ADVERBS = frozenset(match_key(w) for w in ("اليوم", "أمس", "مساء", "صباح", "الليلة", "الأول", "ظهر", "فجر"))
MAX_TIME_BEFORE_SPEAKER = 4  # `وقال مساء أمس الأول وزير …`: the longest time written between a cue and its speaker
MAX_ASIDE_WORDS = 10  # `، وقد بدا أنه يتحول إلى فقيه يبحث لنفسه عن طريق جديد،`
#: words an aside opens on (as match keys): a circumstantial clause, never a name
ASIDE_OPENERS = frozenset(match_key(w) for w in ("وهو", "وهي", "وهم", "وهما", "وقد", "وكان", "وكانت", "ولم"))


class StatementFinder:
    """Finds the statements of one document; `find()` returns them sorted by span."""

    def __init__(self, words: Words, lexicon: Lexicon | None = None) -> None:
        self.words = words
        self.lexicon = lexicon or load_lexicon()
        self.found: list[Statement] = []
        self.sources: list[Source] = []
        self.spoken_forms = spoken_forms(words, self.lexicon)  # this document's words for a report or interview

    def find(self) -> list[Statement]:
        """Every statement of the document, sorted by span, with parents linked."""
        openers = self.words.sentence_openers()
        candidates = self.lexicon.cue_keys
        for index, word in enumerate(self.words):
            if index in openers:
                register_topics(self, index)
            elif word.key == "ثم" and self.words.is_comma(index - 1):
                register_actor(self, index)  # `، ثم ألقى السيد X كلمته`
            if word.key not in candidates:
                continue
            cue, prefix = self.cue_at(index)
            if cue is None:
                self._relative_cue(index)
            elif cue.kind == "verb":
                self._verb(index, cue, prefix, opens=index in openers or self._opens_after_side(index) or (
                    bool(prefix) and self.words.is_comma(index - 1)))  # `، وأبدى المدرب اخوان رضاه …، وقال`
            elif cue.kind == "participle":
                self._participle(index, cue)
            elif cue.kind == "noun":
                self._verbal_noun(index, cue)
            elif cue.kind == "report":
                if self.words.key(index - 1) in ("ما", "لما"):
                    read_as_what(self, index, self.lexicon.cues["قال"])  # `، وفق ما نقلت وسائل إعلام صينية.`
                else:
                    read_report(self, index)
            else:
                read_according(self, index)
        ordered = link_parents(self.found)
        for statement in ordered:
            if statement.via is None and statement.parent is not None:
                statement.via = self.document_medium(ordered[statement.parent])
        return ordered

    def document_medium(self, holder: Statement) -> str | None:
        """`بيان` when the enclosing statement's speaker is a document (`وأوضح بيان حكومي أن X أكد`)."""
        if holder.speaker_text is None:
            return None
        head = holder.speaker_text.split()[0]
        key = match_key(head)
        prefix = strip_prefix(key, ("ال",), self.lexicon.media)
        if prefix is None or self.lexicon.media[key[len(prefix):]] != "document":
            return None
        return head[len(prefix):] if prefix else head

    def cue_at(self, index: int) -> tuple[Cue | None, str]:
        """The cue word `index` spells (with the prefix it carries), unless negated or a lookalike noun."""
        key = self.words.key(index)
        prefix = strip_prefix(key, CUE_PREFIXES, self.lexicon.cues)
        if prefix is None:
            prefix = strip_prefix(key, PURPOSE_PREFIXES, self.lexicon.purpose_forms) or None  # `ليؤكد`
        if prefix is None:
            prefix = strip_prefix(key, NOUN_PREFIXES, self.lexicon.noun_forms) or None  # `بإعلان`
        negation = self.lexicon.marker("negation")
        if prefix is None or strip_prefix(self.words.key(index - 1), CUE_PREFIXES, negation) is not None:
            return None, ""
        if self.words.key(index - 1) in KUNYA:
            return None, ""  # `أبو يعرب المرزوقي`: a name, not `يعرب` (he expresses)
        word = self.words[index]
        if key[len(prefix):] in NOUN_LOOKALIKES and self.words.text[word.end - 1] == NOUN_LOOKALIKES[key[len(prefix):]]:
            return None, ""  # `رأي` (an opinion), not `رأى` (he saw)
        return self.lexicon.cues[key[len(prefix):]], prefix

    def clause_initial(self, index: int, prefix: str) -> bool:
        """The cue opens a clause: sentence start, after a comma or connective, or with `و`/`ف` attached."""
        previous = index - 1
        if previous < 0 or prefix:
            return True
        if self.words[previous].end <= self.words.sentence_of(self.words[index].start).start:
            return True
        key = self.words.key(previous)
        if self.words.is_comma(previous) or key in (":", ".") or key in self.lexicon.marker("connective"):
            return True
        if key in CLAUSE_SUBORDINATORS or (key == "ان" and self.words.key(previous - 1) in TEMPORAL_BEFORE_THAT):
            return True  # `حتى أعلن رئيس الوزراء`, `بعدما دعا المرجع`, `بعد أن كشف المدرب`: a clause opens with its verb
        return self._after_side_phrase(index) or self._after_fronted_adjunct(index)

    def _remember_after_that(self, index: int, cue: Cue) -> None:
        """`أوضح ذلك X` / `صرح بذلك X`: X said what the text gave before; a participle after it continues X.
        When the cue opens its sentence, what X said is the sentence before it (`تعهدت مصر بإجراء الانتخابات.
        أوضح ذلك رئيس الوزراء`)."""
        phrase, stop = speaker_after(self.words, self.lexicon, cue, index + 2)
        if phrase is None or not (self._listed_speaker(phrase) or phrase.last - phrase.first <= MAX_WEAK_NAME_WORDS):
            return
        content = self._sentence_before(index, phrase)
        if content is None or self.add(index, index, phrase, via_from=stop, content=content) is None:
            self.remember(phrase, index, None, None)

    def _sentence_before(self, index: int, speaker: Phrase) -> Content | None:
        """The sentence before the one cue `index` opens, as a reported content: None when the cue does not
        open its sentence, or that sentence is a heading (no full stop), a quotation's part or another
        statement's."""
        words = self.words
        cue_word = words[index]
        sentence = words.sentence_of(cue_word.start)
        if words.index_at(sentence.start) != index or sentence.start == 0:
            return None
        before = words.sentence_of(sentence.start - 1)
        if words.text[before.start:sentence.start].rstrip()[-1:] != ".":
            return None
        begin, finish = trim_span(words.text, before.start, before.end)
        if finish - begin < MIN_THAT_SAID_CHARS:
            return None
        if any(s.start < finish and begin < s.end for s in self.found):
            return None
        return Content(begin, finish, speaker.end, False)

    def _after_renewal(self, index: int) -> bool:
        """`وجدد رئيس الوزراء تحذيره`: a verb of renewing opens the clause a few words before the verbal noun."""
        words, renewal = self.words, self.lexicon.marker("renewal")
        floor = max(self.sentence_floor(index), index - MAX_RENEWAL_GAP - 1)
        for at in range(index - 1, floor - 1, -1):
            if strip_prefix(words.key(at), CUE_PREFIXES, renewal) is not None:
                return True
            if words.is_comma(at) or not words[at].is_word:
                return False
        return False

    def _after_fronted_adjunct(self, index: int) -> bool:
        """`وفي العام المقبل تتوقع الوكالة`, `وخلال المؤتمر أكد`, `وهنا يؤكد`: a short time or place phrase opens the
        sentence, and the cue opens its clause; so does a fronted topic or concession (`TOPIC_OPENERS`)."""
        words = self.words
        first = words.index_at(words.sentence_of(words[index].start).start)
        opener = words.key(first)
        reach = MAX_FRONTED_TOPIC_WORDS if opener in TOPIC_OPENERS else MAX_FRONTED_WORDS
        fronted = sum(1 for at in range(first, index) if words[at].is_word)  # quotation marks are no words
        if not 0 < fronted <= reach or opener not in CLAUSE_OPENERS:
            return False
        if opener == "وعلي" and words.key(first + 1) != "الرغم":
            return False  # `وعلى الرغم من`, not `وعلى` opening anything else
        if opener in ("الي", "والي") and words.key(first + 1) != "ذلك":
            return False  # `إلى ذلك كشفت مصادر`: besides, not `إلى` opening anything else
        return all((words[at].is_word or words.is_opening_mark(at) or words.text[words[at].start] in QUOTE_CLOSERS)
                   and not words.is_comma(at) and self.cue_at(at)[0] is None
                   for at in range(first, index))  # `وفي محافظة «صعده» ذكرت`: a quoted name inside

    def _after_side_phrase(self, index: int) -> bool:
        """`من جانبه دعا`, `من جهة أخرى كشفت`, `وبدوره أكد`: a fronted `on his side` without its comma; a field adverb
        opening the sentence (`أمنيا أعلنت`); `وقد أكد`, `فقد قال`: a particle of the perfect opening the clause, the
        cue's subject left to the sentence before."""
        words = self.words
        sides = self.lexicon.marker("side")
        if words.key(index - 1) in IN_TURN or (words.key(index - 1) in FIELD_ADVERBS
                                              and index - 1 == self.sentence_floor(index)):
            return True
        if words.key(index - 1) in OPENING_PARTICLES:
            return self._perfect(index)  # `وقد تكشف أبل`: may reveal, no statement
        if words.key(index - 1) == "قد" and index - 1 > 0 and self.clause_initial(index - 1, ""):
            return True  # `، قد أكد`
        if words.key(index - 2) == "من" and words.key(index - 1) in sides:
            return True
        return words.key(index - 3) == "من" and words.key(index - 2) in sides

    def _perfect(self, index: int) -> bool:
        """The cue at `index` is a perfect, not an imperfect: after `قد` the imperfect says what may happen."""
        return is_perfect(self.words, self.lexicon, index)

    def _verb(self, index: int, cue: Cue, prefix: str, opens: bool = False) -> None:
        """A finite cue: its speaker after it, before it, or continued; then its content. When the cue `opens`
        its sentence and reports nothing, its speaker is still remembered for a bare cue after it."""
        words, lexicon = self.words, self.lexicon
        if cue.findings:
            self._findings(index)
            return
        after = words.key(index + 1)
        if after in THAT_SAID:
            self._remember_after_that(index, cue)  # `أوضح ذلك مدير التعليم، مشيرا إلى`: who said what came before
            return
        if (after in lexicon.marker("demonstrative") and after not in cue.preps and not self._side_after(index)
                and not demonstrative_source(words, lexicon, index + 1)) or self.passive(index, prefix):
            return  # `وتؤكد هذه التصريحات`; but `وحذر من أن` is the cue's own preposition, `وأكدت هذه المصادر` a source
        if after in RESUMED_OBJECTS and words.key(index - 1) not in ("ما", "لما"):
            return  # `في تغريدة غرد بها`, `الذي صرح به`: a relative clause about what was said, no speaker after it
        if cue.renewed and not self._after_renewal(index):
            return
        if read_as_said(self, index, cue):
            return
        if words.key(index - 1) in RELATIVE_WHAT and not frequency_adverb_before(words, index):
            read_as_what(self, index, cue)
            return
        if prefix in PURPOSE_PREFIXES and not self._actor_in_sentence(index):
            return  # `بطريقة مبسطة لتجيب على الاستفسارات`: a purpose with no speaker named in its sentence
        first = index + 1
        if "ب" in cue.preps and words.key(first).startswith("ب") and not is_head_as_written(words.key(first), lexicon):
            subject = None if prefix else self._subject_of_bi(index)
            if subject is not None or self.clause_initial(index, prefix):  # `ونوه بيقظة رجال الجمارك`: the content
                said_at = first + 1 if words.key(first) in lexicon.marker("complementizer") else first  # past `بأن`
                self.add(index, said_at, subject, via_from=first)  # `الزهراني أفاد بأن`: its subject before it
            return
        if cue.callee and (accusative_plural(words, first) or words.key(first) in CALLEE_QUANTIFIERS) and (
                self.clause_initial(index, prefix)):
            intro = self._after_callee(first, cue)  # `وناشد المسؤولين بأن`, `ودعا الجميع إلى`: the speaker continued
            if intro is not None:
                self.add(index, intro, None, via_from=intro)
            return
        aside_end = self._aside_after(index + 1)
        if aside_end is not None:  # `يقول، وقد بدا أنه يتحول، إن ...`, `ثم قال، وهو يبتسم، إن`: who, unnamed, goes on
            self.add(index, aside_end + 2, None, via_from=aside_end + 2)
            return
        found = self._verb_speaker(index, cue, prefix)
        if found is None:
            return
        phrase, subject, stop, told = found
        named = phrase or subject
        listed = (cue.weak or cue.announces) and named is not None and self._listed_speaker(named)  # used only then
        if cue.weak and named is None and prefix and self._quotation_follows(index + 1):
            listed = True  # `وتابعت "إن المرأة نصف المجتمع"`: the last speaker goes on, in her own words
        intro = find_introducer(words, lexicon, cue, stop, bare_ok=subject is not None, listed=listed)
        if phrase is not None and words.key(stop) == "ما" and (cue.takes_object or cue.announces):
            intro = stop  # `نفت الممثلة ما تردد عن عزمها …`: what was denied, as written
        if cue.callee and (phrase is not None or subject is not None) and words.key(stop) in SUPPLICATION:
            return  # `ودعا الرئيس العام الله أن يتقبل الشهداء`: a prayer, not a call
        if cue.callee and phrase is not None and callee_starts(words, lexicon, stop):
            intro = self._after_callee(stop, cue) or intro  # `طالب مكاوي الأمم المتحدة بضرورة التحرك`
        if intro is None and cue.announces and named is not None and listed:
            intro = bare_object_start(words, lexicon, stop)  # `أعلنت وزارة الداخلية اليوم مقتل شرطي`
            if intro is None and phrase is not None:
                phrase, intro = self._split_at_body_name(phrase)  # `أدانت منظمة التعاون الإسلامي الاعتداء`
            if intro is None and phrase is not None:
                phrase, intro = self._split_at_source_name(phrase)  # `أعلنت سامسونج إطلاق هاتف جديد`
        if intro is None and cue.clause and phrase is not None and self._names_speaker(phrase):
            intro = self._bare_clause(stop)  # `وأضاف المركز تم رصد الشخص`
        if intro is not None:
            first_medium = medium_after_cue(words, lexicon, index + 1) > index + 1  # `أكد لـ«عكاظ» …`: the medium first
            via_from = index + 1 if first_medium else stop
            relayed = self._relayed_source(phrase, stop) if phrase is not None else None
            if relayed is not None and phrase is not None:  # `وقالت صحيفة الرياض، نقلا عن مصادر مطلعة، إن`
                self.add(index, intro, relayed, via_from=intro, via=words.text[phrase.start:phrase.end])
                return
            speaker = phrase or subject  # the phrase may have been cut at a body's or a source's name above
            if speaker is None and prefix and index > self.sentence_floor(index):
                speaker = self._subject_of_sentence_verb(index)  # `بارك مساعد قائد الوفد الفائزين، وقال إن`
            self.add(index, intro, speaker, via_from=via_from, via=self._told_via(told) if told else None)
        elif phrase is not None:
            quoted = read_quote_before(self, index, phrase)
            if quoted is not None:
                self.add(index, index, phrase, via_from=stop, content=quoted)
            elif opens and not cue.thanks:  # `قدمت الحكومة طلبا`: a verb of many senses names no speaker
                self._remember_silent_speaker(phrase, cue)

    def _owned_feeling(self, phrase: Phrase, stop: int, cue: Cue) -> bool:
        """`وعند انطلاقها عبر المشرف العام الدكتور عبدالله الربيعة عن سعادته`: a listed speaker, then the cue's own
        preposition and a feeling he owns, make a verb of a word that mid-clause is most often a preposition."""
        words = self.words
        feeling = words.key(stop + 1)
        owned = without_pronoun(feeling) != feeling and words.text[words[stop + 1].end - 1] != "ة"  # not `المشاركة`
        return (not cue.callee and words.key(stop) in cue.preps and owned and is_object_head(feeling, self.lexicon)
                and self._listed_speaker(phrase))

    def _after_kana(self, named: Phrase) -> bool:
        """The subject stands right after `كان` (or inside quotation marks after it): `وكانت تركيا قد أعلنت`."""
        words = self.words
        before = named.first - 1 - words.is_opening_mark(named.first - 1)
        return words.key(before) in KANA

    def _side_after(self, index: int) -> bool:
        """`قال من جانبه`, `وأضاف من جهته`: on his part, not `من` (whoever) as the cue's object."""
        return self.words.key(index + 1) == "من" and self.words.key(index + 2) in self.lexicon.marker("side")

    def _subject_of_sentence_verb(self, index: int) -> Phrase | None:
        """For a continuing cue inside a sentence that another verb opened (`من جهته بارك مساعد قائد الوفد سعيد أبو دهش
        للفائزين، وقال إنه`), that verb's subject — a role, or opening with a tagged person or body — when no speaker
        of this sentence goes on: the sentence's subject speaks, not one from an earlier paragraph."""
        words = self.words
        source = self.continued_source(words[index].start, participle=False)
        if source is not None and source.until >= words.sentence_of(words[index].start).start:
            return None  # a statement of this sentence goes on
        floor = self._verb_floor(index)  # `من جهته بارك مساعد قائد الوفد ...، وقال`
        if self.cue_at(floor)[0] is not None or not words[floor].is_word:
            return None  # the sentence's own cue has spoken, or no verb opens it
        phrase, _ = speaker_after(words, self.lexicon, None, floor + 1)
        if phrase is None or phrase.last > index:
            return None
        phrase = before_object(words, self.lexicon, phrase)
        names = words.in_source_name
        last_named = next((at for at in range(phrase.last - 1, phrase.first - 1, -1) if at in names), None)
        if last_named is not None and last_named + 1 < phrase.last:  # `بيب جوارديولا مدرب بايرن الشكوك`: up to a name
            phrase = Phrase(phrase.first, last_named + 1, phrase.start, words[last_named].end)
        if any(words.is_comma(at) for at in range(phrase.first, phrase.last)):
            return None
        opens = is_speaker_head(words.key(phrase.first), self.lexicon) or phrase.first in names  # not a place
        return phrase if opens and self._listed_speaker(phrase) else None

    def _person_goes_on(self, index: int) -> bool:
        """A speaker to continue before cue `index` who is a person, not a body (`سعادته` is never `الهيئة`)."""
        source = self.continued_source(self.words[index].start, participle=False)
        if source is None or not source.text.split():
            return False
        return strip_prefix(match_key(source.text.split()[0]), ("ال",), body_heads()) is None

    def _titled_name(self, phrase: Phrase) -> bool:
        """A definite title ending on a tagged name (`الإعلامي المصري إبراهيم حمودة`), not a clause that mentions
        one (`تشرفت بزيارة نادي الخفجي`)."""
        words = self.words
        return words.key(phrase.first).startswith("ال") and phrase.last - 1 in words.in_source_name

    def _opens_after_side(self, index: int) -> bool:
        """The word opens the clause after a short phrase that opens the sentence and a comma (`من جهته، أوضح
        المتحدث …`, `في المقابل، انتقد الإعلامي …`)."""
        floor = self.sentence_floor(index)
        return index - 1 > floor and self.words.is_comma(index - 1) and index - 1 - floor <= MAX_OPENING_PHRASE_WORDS and (
            not any(self.words.is_comma(at) for at in range(floor, index - 1)))

    def _remember_silent_speaker(self, phrase: Phrase, cue: Cue) -> None:
        """`أوضح المركز الإعلامي للنادي تفاصيل المفاوضات، حيث بيّن أن`: a cue opening its sentence with an object no
        content reads; its speaker, up to that object (or a preposition, a relative pronoun, the cue's glued
        complement: `ورحب سموه باللواء`, `وتساءل الجبرتي عن`), is who the bare cue after it goes on with."""
        words = self.words
        end = next((at for at in range(phrase.first + 1, phrase.last) if words.key(at) in PREPOSITIONS
                    or words.key(at) in RELATIVE_PRONOUNS or glued_complement(words.key(at), cue.preps)
                    or starts_medium(words, self.lexicon, at)), phrase.last)
        while end - 1 > phrase.first and not words[end - 1].is_word:
            end -= 1  # `وقال التوفيق، الذي …`: not the comma
        cut = Phrase(phrase.first, end, phrase.start, words[end - 1].end)
        named = through_name(words, cut, from_first=True)  # `مدير الفريق صالح آل سالم معسكر نجران`: the name ends it
        trimmed = named if named != cut else before_object(words, self.lexicon, cut)
        if trimmed is None or trimmed.last - trimmed.first > MAX_ACTOR_WORDS or not (
                self._names_speaker(trimmed) or self._titled_name(trimmed)):
            return
        if words.key(trimmed.first) in QUANTIFIERS:
            return  # `واضاف بعض الاقتراحات`: what was added, not who
        if self.sources and self._names_source(trimmed, self.sources[-1]):
            return  # `وقال تشاووش أوغلو لهيئة …`: the speaker before, as first written in full, goes on
        self.remember(trimmed, trimmed.first, None, None)

    def _aside_after(self, comma: int) -> int | None:
        """The closing comma of an aside right after a cue (`، وهو يبتسم،`, `، وقد بدا عليه التعب،`) that the
        complementizer or a colon follows, so the cue names no speaker; None otherwise (an apposed name,
        `، خالد العبيدي،`, or a relay, `، نقلا عن`)."""
        words, lexicon = self.words, self.lexicon
        if not words.is_comma(comma) or words.key(comma + 1) not in ASIDE_OPENERS:
            return None
        for at in range(comma + 1, min(len(words), comma + MAX_ASIDE_WORDS + 2)):
            if words.is_comma(at):
                after = words.key(at + 1)
                if at > comma + 1 and (after == ":" or after in lexicon.marker("complementizer")) \
                        and not self._names_speaker(Phrase(comma + 1, at, words[comma + 1].start, words[at - 1].end)):
                    return at
                return None
            if not words[at].is_word or words.is_sentence_end(at):
                return None
        return None

    def _relayed_source(self, phrase: Phrase, stop: int) -> Phrase | None:
        """The source an outlet passes a statement on from, set between commas after it (`ذكر موقع «باز فيد»، نقلا
        عن مسؤول تنفيذي بـ«فيسبوك»، أن`): that source is the speaker and the outlet the medium; None when the
        speaker is no outlet or no such phrase follows it."""
        words, lexicon = self.words, self.lexicon
        if not (self._medium_noun(phrase.first) or lexicon.media.get(words.key(phrase.first)) in ("outlet", "channel")):
            return None
        if not (words.is_comma(stop) and words.key(stop + 1) in RELAYING and words.key(stop + 2) == "عن"):
            return None
        first = stop + 3
        for end in range(first + 1, min(len(words), first + MAX_RELAYED_WORDS + 1)):
            if words.is_comma(end):
                relayed = Phrase(first, end, words[first].start, words[end - 1].end)
                head = words.key(first)
                source = is_speaker_head(head, lexicon) or first in words.in_source_name
                return relayed if source and not self._medium_noun(first) and lexicon.media.get(head) is None else None
            if words.is_sentence_end(end):
                return None
        return None

    def _findings(self, index: int) -> None:
        """`وأظهر مسح رسمي انخفاض المؤشر`, `ووجدت الدراسة أن`: what a survey or a data release named right after
        the cue found, as a bare object or after a complementizer."""
        words = self.words
        phrase = findings_phrase(words, self.lexicon, index + 1)
        if phrase is None:
            self._findings_of_a_source(index)
            return
        if phrase.last >= len(words):
            return
        at = phrase.last
        if words.key(at) in RELATIVE_PRONOUNS:
            phrase, at = self._findings_relative(phrase)  # `الدراسة التي أجرتها «أرقام»، أن`
        if words.key(at) in self.lexicon.marker("complementizer"):
            intro: int | None = at + 1
        else:
            intro = bare_object_start(words, self.lexicon, phrase.last)
            if intro != phrase.last:
                intro = None  # `أظهرت البيانات في الربع الأول`: an adjunct, not what was found
        if intro is not None:
            self.add(index, intro, phrase, via_from=phrase.last, continued=False)

    def _findings_of_a_source(self, index: int) -> None:
        """`أظهر الجهاز المركزي للإحصاء أن`: a listed body, role or named source before a complementizer
        releases findings of its own (`أظهر اللاعب مهارة` has none)."""
        words = self.words
        phrase, stop = speaker_after(words, self.lexicon, None, index + 1)
        if phrase is None or words.key(stop) not in self.lexicon.marker("complementizer"):
            return
        names = words.in_source_name
        if is_speaker_head(words.key(phrase.first), self.lexicon) or all(
                at in names for at in range(phrase.first, phrase.last)):  # not `وجد والتر نفسه أمام ... بأنه`
            self.add(index, stop + 1, phrase, via_from=stop)

    def _findings_relative(self, phrase: Phrase) -> tuple[Phrase, int]:
        """A study's phrase run on through its relative clause to the complementizer that opens its findings
        within `MAX_FINDINGS_CLAUSE_WORDS` words (`الدراسة التي أجرتها «أرقام»، أن`), with that word's index; the
        phrase as it was when none comes."""
        words = self.words
        for at in range(phrase.last + 1, min(len(words), phrase.last + MAX_FINDINGS_CLAUSE_WORDS)):
            key = words.key(at)
            if words.is_sentence_end(at) or key in self.lexicon.bounding_cues:
                break
            if key in self.lexicon.marker("complementizer"):
                last = at - 1 if words.is_comma(at - 1) else at
                return Phrase(phrase.first, last, phrase.start, words[last - 1].end), at
        return phrase, phrase.last

    def _subject_of_bi(self, index: int) -> Phrase | None:
        """The subject before a cue whose content opens with its glued `ب` (`الزهراني أفاد بأن`): the antecedent
        of a relative pronoun (`دعيكان الذي أشاد بـ`; none for a thing: `الخبرة الذين أفادوا`), else a subject
        ending right before the cue; never for a cue word inside a name (`علي بن أبي طالب بالإسكان`)."""
        words, floor = self.words, self.sentence_floor(index)
        if index in words.in_source_name:
            return None
        if words.key(index - 1) in RELATIVE_PRONOUNS:
            return antecedent_before(words, self.lexicon, index - 1, floor)
        return subject_before(words, self.lexicon, index, floor)

    def _actor_in_sentence(self, index: int) -> bool:
        """Whether a speaker or a sentence's actor was remembered between the sentence's start and word `index`
        (`وجاء نائب رئيس الوزراء، بهاء الأعرجي، ليؤكد`: the `لـ` of purpose continues that subject)."""
        start = self.words[self.sentence_floor(index)].start
        end = self.words[index].start
        if any(s.content_start <= end < s.content_end for s in self.found):
            return False  # inside what someone is reported to have said: that speaker's words, no new statement
        return any(start <= source.start and source.end <= end for source in self.sources)

    def _names_speaker(self, phrase: Phrase) -> bool:
        """Whether a phrase opens with a speaker's head word or a tagged name (not `ابتدعوا نمطا`, a clause)."""
        first = phrase.first
        return is_speaker_head(self.words.key(first), self.lexicon) or (
            self.words.in_name is not None and first in self.words.in_name)

    def _adverbial(self, phrase: Phrase) -> bool:
        """A phrase that opens with an adverb: a word with the accusative's tanween (`دائماً`, `ردا`, `مجددا`),
        `كما` (`كما ورد في البيان`), or a definite noun glued to `ب` outside a name (`وألمح بالنقد إلى`: how)."""
        word = self.words[phrase.first]
        written = self.words.text[word.start:word.end]
        key = self.words.key(phrase.first)
        return (key in ADVERB_OPENERS or key in MANNER_NOUNS or written.endswith(("اً", "ًا"))
                or self._glued_manner(phrase.first))

    def _glued_manner(self, index: int) -> bool:
        key = self.words.key(index)
        return (key.startswith("بال") and len(key) > len("بال") + 2
                and (self.words.in_name is None or index not in self.words.in_name))

    def _after_adverb(self, phrase: Phrase) -> Phrase | None:
        """The speaker phrase without its opening adverb (`أيضا الوزير` -> `الوزير`), or None when what follows
        is no speaker (`ردا على استفسار`)."""
        first = phrase.first + 1
        if self.words.key(phrase.first) in MANNER_NOUNS or self._glued_manner(phrase.first):
            # `أشار بشكل غير مباشر الى`, `وأشاد بالجهود الكبيرة رئيس الهيئة`: how, then maybe who
            words = self.words
            named = next((at for at in range(first, min(phrase.last, phrase.first + MAX_MANNER_WORDS + 1))
                          if is_speaker_head(words.key(at), self.lexicon) or at in words.in_source_name), None)
            return None if named is None else Phrase(named, phrase.last, words[named].start, phrase.end)
        if first >= phrase.last or is_preposition(self.words, first) or not self.words[first].is_word:
            return None
        if self._adverbial(Phrase(first, phrase.last, self.words[first].start, phrase.end)):
            return None
        return Phrase(first, phrase.last, self.words[first].start, phrase.end)

    def _bare_clause(self, stop: int) -> int | None:
        """Where a content with no introducer starts right after its speaker (a comma allowed between): at a word
        that opens a clause and never continues a name (`تم`, `هناك`, `لن`)."""
        at = stop + 1 if self.words.is_comma(stop) else stop
        return at if at < len(self.words) and self.words.key(at) in self.lexicon.marker("clauseopener") else None

    def _after_callee(self, first: int, cue: Cue) -> int | None:
        """Where the content starts after the party a call names (`الأمم المتحدة والصليب الأحمر بضرورة`): at the
        cue's preposition within `MAX_CALLEE_WORDS` words (a glued `ب`, or `لل` for `إلى`, opens the content
        with its word, as after a speaker), None when a comma or the sentence's end comes first."""
        words = self.words
        glued = "ب" if "ب" in cue.preps else "لل" if "الي" in cue.preps else None  # `بضرورة`; `للحضور` for إلى
        for at in range(first + 1, min(len(words), first + MAX_CALLEE_WORDS + 1)):
            key = words.key(at)
            if not words[at].is_word or key in self.lexicon.bounding_cues:
                return None
            if key in cue.preps:
                return at + 2 if words.key(at + 1) in self.lexicon.marker("complementizer") else at + 1
            if key in self.lexicon.marker("complementizer"):
                return at + 1  # `وناشد المسؤولين بأن يراعوا`
            if glued and key.startswith(glued) and len(key) > len(glued) + 2 and (
                    words.in_name is None or at not in words.in_name) and key not in NAME_PARTICLES:
                return at
        return None

    def _verb_speaker(self, index: int, cue: Cue, prefix: str) -> tuple[Phrase | None, Phrase | None, int, Phrase | None] | None:
        """(speaker after the cue, subject before it, where the speaker ended, who was told), or None for no
        statement."""
        words, lexicon = self.words, self.lexicon
        start = medium_after_cue(words, lexicon, index + 1)
        if start == index + 1 and self._side_after(index):
            start += 2 + words.is_comma(start + 2)  # `قال من جانبه:`, `وقال من جهته الوزير إن`: on his part
        if start == index + 1 and words.key(start) in lexicon.marker("drawn") and words.key(start + 1) in cue.preps:
            start += 1  # `ولفت النظر إلى أن`: the attention he drew, not who drew it
        if prefix or index == self.sentence_floor(index):
            start = self._past_time(start)  # not `دمرتاش، دعا أمس الحكومة إلى`: whom he called on
        phrase, stop = speaker_after(words, lexicon, cue, start)
        if phrase is not None:
            stop = past_dash_aside(words, stop)  # `تعهد الرئيس الروسي - الذي تعاني بلاده ... - باستضافة`
        if phrase is not None and phrase.last - phrase.first == 1 and (
                words.key(phrase.first) == THESE_PEOPLE or (words.key(phrase.first) in HONORIFICS
                                                             and self._person_goes_on(index))):
            phrase = None  # `وأشار هؤلاء إلى أن`, `وأكد سموه أن`: those just named go on, as a pronoun would
        stop = self._past_manner(stop)  # `وعبر ريفلين بصورة دائمة عن رفضه`: how he spoke, then the content
        if phrase is not None and self._adverbial(phrase):
            phrase = self._after_adverb(phrase)  # `وتشدد دائماً على`, `وقال ردا على استفسار إن`: how, not who
        if phrase is not None and self._state_before_colon(phrase):
            stop, phrase = phrase.first, None  # `وتابعت متحمسة:`: how she went on, not who
        told = None
        if cue.addressee and phrase is None and words.is_opening_mark(index + 1):
            told_first = self._told_first(index, cue, prefix)  # `وأبلغت «عكاظ» مصادر مطلعة أن`: the outlet told, then who
            if told_first is not None:
                return told_first
        if cue.addressee and phrase is not None:
            phrase, subject_told, told = self._addressee(index, prefix, phrase, stop)
            if subject_told is not None:
                return self._checked(index, cue, prefix, None, subject_told, stop, told)
        if words.key(index - 1) in RELATIVE_PRONOUNS and phrase is not None and not is_speaker_head(
                words.key(phrase.first), lexicon):
            phrase, stop = None, index + 1  # `الذين أكدوا قدرتهم`: the subject is before the pronoun
        if phrase is not None and (subject := self._subject_with_object(index, prefix, phrase)) is not None:
            return self._checked(index, cue, prefix, None, subject, index + 1, None)  # `أن الحكومة تنتقد تقارير`
        subject = self._topic_before_fa(index, prefix) if phrase is None else None
        if phrase is None and words.key(index - 1) in RELATIVE_PRONOUNS and not prefix:
            subject = antecedent_before(words, lexicon, index - 1, self.sentence_floor(index))  # `مارادونا الذي قال`
            if subject is None:
                return None  # `القرار الذي أكد`: a thing said it, not a source
            if words.key(index + 1) in lexicon.marker("resumptive") and not (
                    subject.last - 1 in words.in_source_name or words.key(subject.first) in lexicon.roles):
                return None  # `افتتاح السوق، التي أكد فيها`: where it was said; a name or a role before it speaks
        if phrase is None and subject is None and not self.clause_initial(index, prefix):
            floor = self.sentence_floor(index)  # a share first: `نصف أعضاء النقابة قالوا` is not the union's word
            subject = share_before(words, index, floor) or subject_before(words, lexicon, index, floor)
            if subject is None and words.key(index - 1) not in lexicon.marker("connective"):
                return None
        elif phrase is None and subject is None and not prefix and words.is_comma(index - 1):
            floor = self.sentence_floor(index)
            subject = (subject_before(words, lexicon, index, floor)  # `مدير الاتصال، علي الزهراني، أكد`
                       or self._subject_before_relative_aside(index, floor))
        if phrase is None and subject is not None:
            stop = past_time_words(words, lexicon, stop)  # `وكان العبادي قد أكد أول أمس أن`: when, then what
        return self._checked(index, cue, prefix, phrase, subject, stop, told)

    def _subject_before_relative_aside(self, index: int, floor: int) -> Phrase | None:
        """`وزير الصحة، الذي زار المستشفى أمس، أكد أن`: the subject before a relative clause set off by commas
        right before the cue."""
        words = self.words
        for comma in range(index - 2, max(floor, index - MAX_RELATIVE_ASIDE_WORDS - 2) - 1, -1):
            if words.is_sentence_end(comma):
                return None
            if words.is_comma(comma):
                if words.key(comma + 1) not in RELATIVE_PRONOUNS:
                    return None
                return subject_before(words, self.lexicon, comma, floor)
        return None

    def _past_manner(self, index: int) -> int:
        """Past a manner phrase at `index` (`بصورة دائمة`) when the cue's content opens right after it; else `index`."""
        words = self.words
        if words.key(index) not in MANNER_NOUNS:
            return index
        for at in range(index + 1, min(len(words), index + MAX_MANNER_WORDS + 1)):
            key = words.key(at)
            if key == ":" or key in self.lexicon.marker("complementizer") or is_preposition(words, at):
                return at
            if not words[at].is_word:
                break
        return index

    def _past_time(self, index: int) -> int:
        """Where the speaker starts when the cue is followed by when it spoke (`وأعلنت أمس شركة سامسونج عن`,
        `أعلنت اليوم، شركة …`): past a time expression of a few words and its comma, when a word that may open a
        speaker follows; else `index` itself."""
        words, lexicon = self.words, self.lexicon
        at = index
        while at < min(len(words), index + MAX_TIME_BEFORE_SPEAKER) and words.key(at) not in ADVERBIAL_NOUNS and (
                at in words.in_time or words.key(at) in TIME_ADVERBS):
            at += 1  # not `قال قبل سقوط القاعدة إن`: an adjunct, whose noun is no speaker
        if at == index:
            return index
        at += words.is_comma(at)
        if at >= len(words) or not words[at].is_word or words.key(at) in lexicon.marker("complementizer") or (
                is_preposition(words, at)):
            return index  # `وقال اليوم إن`, `وأكد أمس على`: no speaker after the time
        return at

    def _subject_with_object(self, index: int, prefix: str, phrase: Phrase) -> Phrase | None:
        """The subject of a cue in mid-clause whose phrase after it is its object, not its speaker: a subject
        standing before the cue at the sentence's start or right after `أن` (`إلا أن الحكومة العراقية غالبا ما تنتقد
        تقارير المنظمة`), the phrase after naming no role, body or source; else None."""
        words, lexicon = self.words, self.lexicon
        if self.clause_initial(index, prefix) or is_speaker_head(words.key(phrase.first), lexicon) or (
                phrase.first in words.in_source_name) or words.key(index - 1)[-1:].isdigit():
            return None  # `قرابة 8000 طالب وطالبة`: after a number the word is a noun
        floor = self.sentence_floor(index)
        subject = subject_before(words, lexicon, index, floor)
        if subject is None or not (subject.first == floor or words.key(subject.first - 1) in lexicon.marker(
                "complementizer")):
            return None
        return subject

    def _told_first(self, index: int, cue: Cue, prefix: str) -> tuple[Phrase | None, Phrase | None, int, Phrase | None] | None:
        """A quoted outlet right after a cue that takes an addressee, then the speaker (`وأبلغت «عكاظ» مصادر مطلعة
        أن`): the outlet was told; None when no speaker follows the quoted name."""
        words = self.words
        close = skip_quoted_name(words, index + 1)
        if close <= index + 2:
            return None
        phrase, stop = speaker_after(words, self.lexicon, cue, close + 1)
        if phrase is None:
            return None
        told = Phrase(index + 1, close + 1, words[index + 1].start, words[close].end)
        return self._checked(index, cue, prefix, phrase, None, stop, told)

    def _topic_before_fa(self, index: int, prefix: str) -> Phrase | None:
        """`أما الدكتور محمد العريفي فكتب:`: the topic `أما` fronts is the subject of a cue with `ف` attached."""
        words = self.words
        last = index - 1 if not prefix and words.key(index - 1) in FA_WORDS else index  # `أما الحكومة فقد أكدت`
        if prefix != "ف" and last == index:
            return None
        floor = max(self.sentence_floor(index), index - MAX_TOPIC_WORDS - 1)
        for at in range(last - 1, floor - 1, -1):
            if words.key(at) == "اما":
                first = at + 1
                if first == last or not words[first].is_word or is_preposition(words, first):
                    return None
                return Phrase(first, last, words[first].start, words[last - 1].end)
            if not words[at].is_word:
                return None
        return None

    def _state_before_colon(self, phrase: Phrase) -> bool:
        """`وتابعت متحمسة:`, `وأضاف ممازحا:`: one word between the cue and a colon shaped like a participle in the
        accusative (`م…ا`, `م…ة` of six letters or more) that is no listed speaker (`مسؤولة`) nor a tagged name
        (`ديفيس`, `منيرة` are not of that shape): the speaker's state, not the speaker."""
        words = self.words
        if words.key(phrase.last) == ":" and words.key(phrase.first) in ADDRESSING and (
                phrase.last - phrase.first <= MAX_TURNED_TO_WORDS + 1):
            return True  # `يضيف من جانبه مخاطبا الوزارة:`: whom he turned to, not who spoke
        if phrase.last != phrase.first + 1 or words.key(phrase.last) != ":":
            return False
        word = words.text[phrase.start:phrase.end].rstrip("\u064b")  # tanween fath: `مبتسماً`
        shaped = word.startswith("م") and ((word.endswith("ا") and len(word) >= 5) or
                                             (word.endswith("ة") and len(word) >= 6))
        key = words.key(phrase.first)
        return shaped and not is_speaker_head(key, self.lexicon) and not is_speaker_head(key[:-1], self.lexicon) \
            and phrase.first not in words.in_source_name  # `مسؤولة` is a listed `مسؤول`

    def _checked(self, index: int, cue: Cue, prefix: str, phrase: Phrase | None, subject: Phrase | None, stop: int,
                 told: Phrase | None) -> tuple[Phrase | None, Phrase | None, int, Phrase | None] | None:
        """The speaker found, unless it names no source (`يذكر أن`, a thing, a ranking copula)."""
        words, lexicon = self.words, self.lexicon
        named = phrase or subject
        if named is None and words.key(index)[len(prefix):] in lexicon.marker("impersonal"):
            return None
        if cue.weak and not self._weak_cue_speaks(index, cue, prefix, phrase, named, stop):
            return None
        if phrase is not None and stop < len(words) and "\n" in words.text[phrase.end:words[stop].start]:
            return None  # a headline (`رئيس المجلس ينفي اتهامات`) whose line ends after its speaker-like phrase
        if named is not None and strip_prefix(words.key(named.first), ("ال",), lexicon.marker("notspeaker")) is not None:
            return None
        if cue.lemma in JUDGING_CUES and phrase is not None and any(
                words.key(at) in RANKING_WORDS for at in range(phrase.first, phrase.last)):
            return None  # `تعتبر بكين أحد أهم المستوردين`: is considered, a copula, not a statement
        return phrase, subject, stop, told

    def _addressee(self, index: int, prefix: str, phrase: Phrase,
                   stop: int) -> tuple[Phrase | None, Phrase | None, Phrase | None]:
        """`(speaker after, subject before, who was told)` for a cue that takes an addressee (`أبلغ`): after a
        subject (`مصادر أبلغت «عكاظ» أن`) the whole phrase after the verb was told; at a clause's start the
        speaker phrase ends where a quoted name or a medium (`الصحيفة`) begins (`أبلغ مسؤول الصحيفة أن`)."""
        words = self.words
        if not self.clause_initial(index, prefix):
            before = subject_before(words, self.lexicon, index, self.sentence_floor(index))
            return (None, before, phrase) if before is not None else (phrase, None, None)
        for at in range(phrase.first + 1, phrase.last):
            if words.is_opening_mark(at) or self._medium_noun(at):
                speaker = Phrase(phrase.first, at, phrase.start, words[at - 1].end)
                return speaker, None, Phrase(at, phrase.last, words[at].start, phrase.end)
        close = skip_quoted_name(words, stop) if words.is_opening_mark(stop) else stop
        if close > stop:  # `أبلغ مصدر مطلع «عكاظ» أن`: the quoted name ended the speaker
            return phrase, None, Phrase(stop, close + 1, words[stop].start, words[close].end)
        return phrase, None, None

    def _told_via(self, told: Phrase) -> str | None:
        """The outlet a statement was told to, when the addressee is one: a quoted name (`«عكاظ»`) or a
        medium phrase."""
        words = self.words
        if words.is_opening_mark(told.first) and told.last - told.first >= 3:
            return words.text[words[told.first + 1].start:words[told.last - 2].end]
        return find_via(words, self.lexicon, told.first, told.last)

    def _medium_noun(self, index: int) -> bool:
        """`الصحيفة`, `الوكالة`: a definite word for an outlet."""
        key = self.words.key(index)
        return key.startswith("ال") and self.lexicon.media.get(key[2:]) in ("outlet", "channel")

    def _split_at_body_name(self, phrase: Phrase) -> tuple[Phrase, int | None]:
        """A speaker phrase that ran on past an institution's name into a bare content: the name (as
        `rasid.ner.completion` reads one: `منظمة التعاون الإسلامي`) and where the content starts."""
        words = self.words
        keys = [words.key(at) for at in range(phrase.first, phrase.last)]
        bodies = [r for r in add_named_bodies(keys, []) if r[0] == 0]
        if not bodies or not 0 < bodies[0][1] < len(keys):
            return phrase, None
        last = phrase.first + bodies[0][1]
        return Phrase(phrase.first, last, phrase.start, words[last - 1].end), bare_object_start(words, self.lexicon, last)

    def _split_at_source_name(self, phrase: Phrase) -> tuple[Phrase, int | None]:
        """A speaker phrase that opens with a person's or an organisation's name and ran on past it into a bare
        content: the name, and where the content starts."""
        words, names = self.words, self.words.in_source_name
        last = phrase.first
        while last < phrase.last and last in names:
            last += 1
        if last == phrase.first or last == phrase.last:
            return phrase, None
        return Phrase(phrase.first, last, phrase.start, words[last - 1].end), bare_object_start(words, self.lexicon, last)

    def _listed_speaker(self, phrase: Phrase) -> bool:
        """A speaker headed by, or holding in apposition, a listed role, body or source
        (`عدنان المعيبد المتحدث الرسمي باسم الاتحاد`), or opening or ending with the name of a person or an
        organisation (`أعلنت سامسونج`, `كشف رجل الأعمال جون سميث`) when the document's names are known."""
        names = self.words.in_source_name
        quoted = self.words.is_opening_mark(phrase.first) and phrase.last - phrase.first <= MAX_QUOTED_NAME_WORDS + 2
        return quoted or phrase.first in names or phrase.last - 1 in names or any(
            is_speaker_head(self.words.key(at), self.lexicon) for at in range(phrase.first, phrase.last))

    def _weak_cue_speaks(self, index: int, cue: Cue, prefix: str, phrase: Phrase | None, named: Phrase | None,
                         stop: int) -> bool:
        """A weak cue (`كشف`, `بين`) counts at a clause's start with a listed speaker or a short name before أن."""
        words, lexicon = self.words, self.lexicon
        if phrase is not None and not self.clause_initial(index, prefix) and not self._owned_feeling(phrase, stop, cue):
            return False  # `بين الفريق السعودي ونظيره`: a weak cue mid-clause is the preposition or noun
        if named is None or is_speaker_head(words.key(named.first), lexicon):
            return True
        study = findings_phrase(words, lexicon, named.first)
        if study is not None and study.last >= named.last:
            return True  # `كشفت دراسة حديثة أن`: a study's findings
        if words.is_comma(stop) and stop > named.first:
            stop = self._past_role_apposition(stop)  # `كشف أحمد المحايري، الرئيس التنفيذي للشركة، عن`
        stop = past_time_words(words, lexicon, stop)  # `وأعلنت بعثة الأمم المتحدة السبت أن`, `في وقت سابق أن`
        if starts_medium(words, lexicon, stop):
            stop = self._past_medium(stop)  # `وذكرت جوجل في بيان أن`: where it was said, then the complementizer
        if self._listed_speaker(named) and words.key(stop) in lexicon.marker("complementizer"):
            return True  # `أعلن رجل الأعمال جون سميث أنه`: a person named, then what was announced
        if cue.clause and prefix and named.first in words.in_source_name and self._quotation_follows(stop):
            return True  # `وتابع روب "أعتقد أن ..."`: a named person goes on in his own words
        opens_content = words.key(stop) in lexicon.marker("complementizer") or words.key(stop) in cue.preps
        if self._after_kana(named) and self._perfect(index) and opens_content:
            return True  # `وكانت تركيا قد أعلنت أمس أن`: what كان frames is a report (not `كانت الأسعار تشير`)
        if named.first in words.in_source_name and (cue.announces or words.key(stop) in cue.preps):
            return True  # `أعلنت سامسونج إطلاق هاتف`, `كشف محمد صلاح عن`: a source's name, then its content
        if (named.last - 1 in words.in_source_name and words.key(stop) in cue.preps and not cue.callee
                and self.clause_initial(index, prefix)):
            return True  # `وعبر الفارس عبدالله الشربتلي عن اعتزازه`: a word of his before the name (`دعا دول
            # المجلس إلى` calls on them)
        if words.is_opening_mark(named.first):
            if words.key(stop) in lexicon.marker("adverb"):
                stop += 1  # `وكشفت "وان بلاس" أيضاً أنها`
            if words.key(stop) in cue.preps or words.key(stop) in lexicon.marker("complementizer"):
                return True  # `وأعلنت “مايكروسوفت” عن نيتها`: a quoted name, then the cue's own preposition
            if cue.announces and words.key(stop).startswith("ال") and named.last - named.first <= MAX_QUOTED_NAME_WORDS + 2:
                return True  # `كما أيد «نتنياهو» الإجراءات`: a quoted name, then a definite object
        if cue.announces and not cue.callee and phrase is not None and self._announcer_before_prep(phrase, stop, cue):
            return True  # `أعلن طيران ناس، الناقل الوطني، عن تحقيق`: a name, then the cue's own preposition
        joined = (bool(prefix) or words.key(index - 1) in lexicon.marker("connective")  # not `، بين المرأتين`
                  or index == self.sentence_floor(index))  # `ذكرت تقارير صحفية أن`: the sentence's first word
        short_name = joined and phrase is not None and phrase.last - phrase.first <= MAX_WEAK_NAME_WORDS
        return short_name and (words.key(stop) in lexicon.marker("complementizer") or words.key(stop) == ":")

    def _quotation_follows(self, index: int) -> bool:
        """A quotation opens at word `index`, or right after a short medium phrase there (`في تغريدة أخرى "…"`)."""
        words = self.words
        if words.is_opening_mark(index):
            return True
        if not starts_medium(words, self.lexicon, index):
            return False
        return any(words.is_opening_mark(at) for at in range(index + 1, min(len(words), index + MAX_MEDIUM_PHRASE_WORDS + 1))
                   if all(words[between].is_word for between in range(index, at)))

    def _past_medium(self, index: int) -> int:
        """The complementizer or colon that closes a short medium phrase starting at `index` (`في بيان عبر
        الإنترنت إن`), or `index` when none does within `MAX_MEDIUM_PHRASE_WORDS` words of the same clause."""
        words, opens = self.words, self.lexicon.marker("complementizer")
        for at in range(index + 1, min(len(words), index + MAX_MEDIUM_PHRASE_WORDS + 1)):
            if words.key(at) in opens or words.key(at) == ":":
                return at
            if not words[at].is_word:
                break
        return index

    def _announcer_before_prep(self, phrase: Phrase, stop: int, cue: Cue) -> bool:
        """A short phrase at the clause's start between an announcing cue and its own preposition (a comma allowed
        before it): the only role it can have is the announcer's (`أعلن طيران ناس عن`); a pronoun or a time
        (`أعلن اليوم عن`) is no announcer."""
        words = self.words
        after = stop + 1 if words.is_comma(stop) else stop
        if words.key(after) not in cue.preps or phrase.last - phrase.first > MAX_ANNOUNCER_WORDS:
            return False
        return not any(words.key(at) in self.lexicon.marker("adverb") for at in range(phrase.first, phrase.last))

    def _past_role_apposition(self, comma: int) -> int:
        """The word after a speaker's comma, or, when a role phrase follows it and closes with a second comma
        within `MAX_ROLE_APPOSITION_WORDS` words (`، الرئيس التنفيذي لـ«نماء المنورة»،`), the word after that one."""
        words = self.words
        if not is_speaker_head(words.key(comma + 1), self.lexicon):
            return comma + 1
        for at in range(comma + 2, min(len(words), comma + MAX_ROLE_APPOSITION_WORDS + 2)):
            if words.is_comma(at):
                return at + 1
            if words.key(at) in (".", "؟", "!", ":") or words.key(at) in self.lexicon.bounding_cues:
                break
        return comma + 1

    def passive(self, index: int, prefix: str) -> bool:
        """`يُعتبر`, `ذُكر`: a damma on the first letter marks the passive, which names no speaker."""
        word = self.words[index]
        raw = self.words.text[word.start:word.end][raw_prefix_length(self.words.text[word.start:word.end], prefix):]
        return len(raw) > 1 and raw[1] == "\u064f"  # يُعتبر, تُذكر, ذُكر: a damma on the first letter

    def _participle(self, index: int, cue: Cue) -> None:
        """`، مشددا على ...`: continues the last speaker of the same or the previous sentence."""
        previous = self.words.key(index - 1)
        opens_sentence = index == self.sentence_floor(index)
        key = self.words.key(index)
        saying = key in self.lexicon.marker("saying")
        if key.removeprefix("و").startswith("بال") and not saying:
            if self.words.key(index + 1) not in cue.preps:
                return  # `ختم كلمته بالتأكيد على أن`, never `بالتأكيد` alone: surely
            saying = True
        if not (self.words.is_comma(index - 1) or opens_sentence or previous in ("”", "»", '"') or saying
                or (index > self.sentence_floor(index) and accusative_participle(self.words, self.lexicon, index))):
            return
        intro = find_introducer(self.words, self.lexicon, cue, index + 1, bare_ok=False, after_cue=True)
        if (intro is None and cue.takes_object and self.words.key(index + 1) in DEMONSTRATIVE_OBJECTS
                and self.words.key(index + 2).startswith("ال")):
            intro = index + 1  # `، مستنكرا هذا العدوان`: the object opens with a demonstrative and its noun
        if intro is None:
            return
        offset = self.words[index].start
        named = subject_before(self.words, self.lexicon, index, self.sentence_floor(index)) if saying else None
        if named is not None:
            named = before_object(self.words, self.lexicon, named)  # `ووجه الإمام النصيحة للشباب قائلا`: not the advice
        if named is not None and named.last - named.first > 1 and is_spoken_object(
                self.words.key(named.last - 1), self.lexicon):
            last = named.last - 1  # `واختتم الوزير كلمته بالقول`: the speech he ended, not part of who spoke
            named = Phrase(named.first, last, named.start, self.words[last - 1].end)
        source = self.continued_source(offset, participle=True)
        if named is None and (source is None or source.until < self.words.sentence_of(offset).start):
            named = self.sentence_subject(index)  # `ويكشف مارك شباط ...، قائلا`: this sentence's subject first
            if named is not None and source is not None and self._names_source(named, source):
                named = None  # `وانتقد الدلبحي دور البلديات، مؤكداً`: the same person as before, as written then
            if named is None and source is None:
                return
        self.add(index, intro, named, via_from=index + 1, participle=True)

    def _verbal_noun(self, index: int, cue: Cue) -> None:
        """`بعد إعلان رئيس تحرير المجلة أن`, `وسط تحذيرات منظمة الصحة من أن`: a verbal noun, its speaker as the word it
        governs — a role, a body, an unnamed source or a tagged name — then a complementizer or a colon; never a bare
        object or a preposition (`إعلان موسكو تمديد الحظر`, `إعلان وزارة الداخلية هويته`, `دعوة الشيخ إلى`: what
        was announced or called for is no clause of what was said)."""
        words, lexicon = self.words, self.lexicon
        phrase, stop = speaker_after(words, lexicon, cue, index + 1)
        if phrase is None or phrase.last - phrase.first > MAX_ACTOR_WORDS or not (
                is_speaker_head(words.key(phrase.first), lexicon) or phrase.first in words.in_source_name):
            return
        if any(words.is_comma(at) for at in range(phrase.first, phrase.last)):
            return  # `لإعلان المركز، فمن المعتقد أن`: what follows the comma is the writer's clause
        said = words.key(stop)
        if said == ":" or said in lexicon.marker("complementizer"):
            self.add(index, find_introducer(words, lexicon, cue, stop, bare_ok=False) or stop + 1, phrase, via_from=stop)

    def _names_source(self, phrase: Phrase, source: Source) -> bool:
        """The phrase mentions the source's last word (`الدلبحي` of `الدلبحي دور البلديات`)."""
        surname = match_key(source.text.split()[-1]) if source.text.split() else ""
        return any(self.words.key(at) == surname for at in range(phrase.first, phrase.last))

    def sentence_subject(self, index: int) -> Phrase | None:
        """`اكتفى عسيري بقوله`: the short noun phrase after the verb that opens the sentence. A cue opening the
        sentence bounds it as it bounds its own statement's speaker (`وطالب المواطن X باستغلال`); when that phrase is
        too long to be a speaker, the general bounds are tried too (`عبر معالي المستشار في الديوان …`)."""
        floor = self._verb_floor(index)
        opening, _ = self.cue_at(floor)
        bounds = (opening, None) if opening is not None else (None,)
        return next((phrase for cue in bounds if (phrase := self._subject_after(floor, index, cue)) is not None), None)

    def _verb_floor(self, index: int) -> int:
        """Where the verb that opens word `index`'s sentence stands: past `من جهتها،` (`من جهتها، قدمت إدارة النادي`)
        and a connective (`كما تحدث نبيل العزي معبرا عن`)."""
        floor, words = self.sentence_floor(index), self.words
        if words.key(floor) == "من" and words.key(floor + 1) in self.lexicon.marker("side"):
            floor += 2 + words.is_comma(floor + 2)
        if words.key(floor) in self.lexicon.marker("connective"):
            floor += 1
        return floor

    def _subject_after(self, floor: int, index: int, cue: Cue | None) -> Phrase | None:
        words = self.words
        phrase, _ = speaker_after(words, self.lexicon, cue, floor + 1)
        if phrase is not None:
            phrase = before_object(words, self.lexicon, phrase)  # `تفقد الوزير الطرق، مشيرا`: not what he inspected
        if phrase is not None and cue is not None:
            phrase = self._before_complement(phrase, cue)  # `ورحب سموه باللواء الغامدي، مشيدا`: not whom he welcomed
        if phrase is not None and phrase.last - phrase.first > MAX_WEAK_NAME_WORDS:
            phrase, _ = self._split_at_body_name(phrase)  # `إدارة النادي شكرها ...`: the body's name only
        if phrase is None or phrase.last > index or phrase.last - phrase.first > MAX_WEAK_NAME_WORDS:
            return None
        if strip_prefix(words.key(phrase.first), ("ال",), self.lexicon.marker("notspeaker")) is not None:
            return None  # `ومن المهم أن ...، مؤكدا`: an impersonal frame, not who spoke
        if is_spoken_object(words.key(phrase.first), self.lexicon):
            return None  # `واختتم كلامه بالقول`, `وشرحت فكرتها قائلة`: the object of the verb, its subject unnamed
        return phrase

    def _before_complement(self, phrase: Phrase, cue: Cue) -> Phrase:
        """The phrase up to the cue's glued complement (`ب` + a definite noun or `ما`)."""
        words = self.words
        end = next((at for at in range(phrase.first + 1, phrase.last)
                    if glued_complement(words.key(at), cue.preps)), phrase.last)
        return phrase if end == phrase.last else Phrase(phrase.first, end, phrase.start, words[end - 1].end)

    def _relative_cue(self, index: int) -> None:
        """`وهذا ما أكده وزير الخارجية ...`: remember the speaker for a following `حيث قال`."""
        key = self.words.key(index)
        cue = self.lexicon.cues.get(key[:-1]) if key.endswith("ه") else None
        if cue is None or cue.kind != "verb" or self.words.key(index - 1) not in ("ما", "لما"):
            return
        before = len(self.found)
        read_as_what(self, index, cue)  # `، حسب ما أكده مصدر مسؤول`: the source of the clause it closes
        if len(self.found) > before:
            return
        phrase, stop = speaker_after(self.words, self.lexicon, cue, index + 1)
        if phrase is not None:
            sentence_end = self.words.index_at(self.words.sentence_of(self.words[index].start).end)
            via = find_via(self.words, self.lexicon, stop, sentence_end)
            self.remember(phrase, index, via, None)

    def sentence_floor(self, index: int) -> int:
        """The index of the first word of word `index`'s sentence."""
        return self.words.index_at(self.words.sentence_of(self.words[index].start).start)

    def add(self, cue_index: int, intro: int, named: Phrase | None, via_from: int,
            participle: bool = False, content: Content | None = None, via: str | None = None,
            continued: bool = True) -> Statement | None:
        """Read the content at `intro` and record a statement whose speaker is `named` or the last one; a later
        bare cue goes on with its speaker unless `continued` is False (a survey's findings: `وأشار` after
        `أظهرت الإحصاءات أن` is still the official who presented them)."""
        words = self.words
        if not self._acts_here(cue_index, intro):
            return None
        content = content or read_content(words, self.lexicon, intro)
        cue_word = words[cue_index]
        if content is None:
            return None
        source = None if named else self.continued_source(cue_word.start, participle)
        if named is None and source is None:
            return None
        if named is None and source is not None and self._speaking_in_own_quote(cue_word.start, source):
            return None  # `"... أعتقد أنه يتجه ..."`: the quoted speaker's own first person
        if any(s.content_start == content.start and s.content_end == content.end and (
                participle or s.cue_end == words[cue_index - 1].end) for s in self.found):
            return None  # `واستطرد بقوله`, `فكتب يقول`: the verb and its saying word read the same content once
        via = via or find_via(words, self.lexicon, via_from, intro)
        if via is None and named is None and not participle:
            via = find_via(words, self.lexicon, self.sentence_floor(cue_index), cue_index)
        if via is None and source is not None:
            via = source.via
        via = via or self.tail_via(content.end)
        statement = self._statement(cue_word.start, cue_word.end, content, named, source, via)
        self.found.append(statement)
        if continued:
            self.remember_statement(statement, named)
        return statement

    def _acts_here(self, cue_index: int, intro: int) -> bool:
        """A `thanks` cue (`رفع`, `قدم`) reports speech only when what it gives is thanks or condolences."""
        cue, _ = self.cue_at(cue_index)
        if cue is None or not cue.thanks:
            return True
        key = self.words.key(intro)
        for prefix in ("بال", "ب", "ال"):
            if key.startswith(prefix) and len(key) - len(prefix) >= 3:
                key = key[len(prefix):]
                break
        thanks = self.lexicon.marker("thanksnoun")
        return key in thanks or without_pronoun(key) in thanks

    def _statement(self, cue_start, cue_end, content, named, source, via) -> Statement:
        speaker: tuple[str | None, int | None, int | None, bool]
        if named is not None:
            text = self.words.text[named.start:named.end]
            speaker = (text, named.start, named.end, is_anonymous(self.words, self.lexicon, named))
        else:
            speaker = (source.text, source.start, source.end, source.anonymous)
        if not speaker[0] or speaker[1] is None or speaker[2] is None or speaker[2] <= speaker[1]:
            speaker = (None, None, None, False)  # no words to show (a statement that had no speaker, continued)
        if via and speaker[0] and self._names_its_medium(speaker[0], via):
            via = None  # `وحسب موقع «فوربس»`, `نقلت وسائل إعلام صينية`: the medium is the speaker, no relay
        start, end = min(cue_start, content.start), max(content.span_end, cue_end)
        statement = Statement(start, end, cue_start, cue_end, content.start, content.end,
                              speaker[0], speaker[1], speaker[2], content.direct, via, speaker[3])
        if source is not None and source.statement is not None:
            statement.source_parent = source.statement
        return statement

    def _names_its_medium(self, speaker: str, via: str) -> bool:
        """Whether the speaker phrase is the medium itself, its words among the speaker's (`موقع «فوربس»`); a
        written form stays the medium of the body that issued it (`بيان وزارة الطاقة`: `بيان`)."""
        medium = WORD.findall(match_key(via))
        if len(medium) == 1 and self.lexicon.media.get(medium[0].removeprefix("ال")) == "document":
            return False
        said = WORD.findall(match_key(speaker))  # words without quotation marks (`موقع “فوربس”`)
        return any(said[i:i + len(medium)] == medium for i in range(len(said) - len(medium) + 1))

    def tail_via(self, content_end: int) -> str | None:
        """A medium named after the content in the same sentence (`، وفقا لتصريحات ... لوكالة "بلومبيرغ"`)."""
        sentence_end = self.words.sentence_of(content_end).end
        first = self.words.index_at(content_end)
        return find_via(self.words, self.lexicon, first, self.words.index_at(sentence_end))

    def continued_source(self, offset: int, participle: bool) -> Source | None:
        """The last speaker before `offset` that is not buried in a quotation that has closed."""
        for source in reversed(self.sources):
            if source.position >= offset or self._inside_closed_content(source, offset):
                continue
            if offset - source.until > MAX_CONTINUATION_GAP:
                return None
            if participle and self._previous_sentence_start(offset) > source.until:
                return None
            return source
        return None

    def _previous_sentence_start(self, offset: int) -> int:
        start = self.words.sentence_of(offset).start
        return self.words.sentence_of(start - 1).start if start > 0 else 0

    def _speaking_in_own_quote(self, offset: int, source: Source) -> bool:
        return any(s.direct and s.content_start <= offset < s.content_end and source.position < s.content_start
                   for s in self.found)

    def _inside_closed_content(self, source: Source, offset: int) -> bool:
        """Whether `source` was named inside what another statement said, quoted or reported, and that content
        has ended before `offset` (`أكد السهو أن اللجنة والذين أقروا ...، قائلا:`: السهو goes on);
        but the speaker of a statement whose subject opens a reported content goes on past it (`وأوضح بيان أن
        السوداني أكد …، لافتًا`)."""
        position = source.position
        return any(s.content_start <= position < s.content_end and not s.content_start <= offset < s.content_end
                   and (s.direct or not self._person_opening(source, s.content_start)) for s in self.found)

    def _person_opening(self, source: Source, content_start: int) -> bool:
        """Whether a statement's speaker opens the reported content it is nested in and names a person, not a
        body or an unnamed source (`أن رئيس الوزراء محمد شياع السوداني أكد`, not `أن البعض يتوقع`)."""
        if source.statement is None or source.start != content_start:
            return False
        words = self.words
        first, last = words.index_at(source.start), words.index_at(max(source.start, source.end - 1))
        named = any(at in words.in_source_name for at in range(first, last + 1))
        return named and strip_prefix(words.key(first), ("و", "ف"), body_heads()) is None

    def remember(self, phrase: Phrase, index: int, via: str | None, statement: int | None) -> None:
        """Keep a speaker seen at word `index` for a later bare cue to continue."""
        text = self.words.text[phrase.start:phrase.end]
        anonymous = is_anonymous(self.words, self.lexicon, phrase)
        position = min(phrase.start, self.words[index].start)
        self.sources.append(Source(position, max(phrase.end, self.words[index].end), text, phrase.start,
                                   phrase.end, anonymous, via, statement))

    def remember_statement(self, statement: Statement, named: Phrase | None) -> None:
        """Keep the speaker of the statement just found."""
        self.sources.append(Source(statement.cue_start, statement.end, statement.speaker_text or "",
                                   statement.speaker_start or 0, statement.speaker_end or 0,
                                   statement.anonymous, statement.via, len(self.found) - 1))


def link_parents(found: list[Statement]) -> list[Statement]:
    """Sort by span and set `parent`: the innermost statement whose content holds this one's cue."""
    parents: list[int | None] = []
    for index, statement in enumerate(found):
        parents.append(_parent_of(found, parents, index, statement))
    order = sorted(range(len(found)), key=lambda i: (found[i].start, found[i].end, found[i].cue_start))
    position = {old: new for new, old in enumerate(order)}
    for old, statement in enumerate(found):
        parent = parents[old]
        statement.parent = None if parent is None else position[parent]
    return [found[i] for i in order]


def _parent_of(found: list[Statement], parents: list[int | None], index: int, statement: Statement) -> int | None:
    if statement.parent is not None:
        return statement.parent
    holders = [j for j, other in enumerate(found) if j != index
               and other.content_start <= statement.cue_start < other.content_end
               and not statement.content_start <= other.cue_start < statement.content_end]
    if holders:
        return min(holders, key=lambda j: found[j].content_end - found[j].content_start)
    if statement.source_parent is not None and statement.source_parent < index:
        return parents[statement.source_parent]
    return None
