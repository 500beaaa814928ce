"""The statement finder's word lists, loaded once from the editable files in `rasid/data/`.

Every word is folded with `match_key` when loaded, so a list can be written with or without hamza,
ta marbuta or diacritics. `speech_cues.tsv` holds the reporting verbs with their forms, `speaker_roles.txt`
the titles and bodies that head a speaker, `anonymous_sources.txt` the heads of unnamed sources,
`speech_media.tsv` the words of media phrases and `speech_markers.tsv` small closed word classes.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import cache, cached_property
from importlib import resources

from ..ner.completion import body_heads as named_body_heads
from ..text.normalize import match_key

CUE_KINDS = frozenset({"verb", "participle", "report", "according", "noun"})

#: honorific pronouns (as match keys) and the title words (folded, without the article) of the rank each stands
#: for; an empty tuple: any person except a royal one. The finder continues the person just quoted with them
#: (`وأكد سموه`); the export links them to the nearest person of that rank (`rasid.corpus.statements`).
HONORIFICS: dict[str, tuple[str, ...]] = {
    **dict.fromkeys(("سموه", "سموها"), ("امير", "اميره", "سمو", "ولي")),
    **dict.fromkeys(("جلالته", "جلالتها"), ("ملك", "ملكه", "جلاله", "سلطان")),
    **dict.fromkeys(("فخامته", "فخامتها", "دولته"), ("رئيس", "فخامه", "دوله")),
    **dict.fromkeys(("معاليه", "معاليها", "سعادته", "سعادتها", "فضيلته", "سماحته"), ()),
}


#: a cue form more often a preposition (via): between a speaker and the content it ends nothing (`وقال النادي في
#: تغريدة عبر حسابه: …`)
PREPOSITION_LOOKALIKES = frozenset({"عبر"})
PURPOSE_PREFIXES = ("ل", "ول", "فل")
NOUN_PREFIXES = ("ب", "وب", "ل", "ول")  # a verbal noun after a preposition (`بعد … بإعلان`, `لتأكيد`)  # the لـ of purpose before an imperfect cue (`عاد المركز ليؤكد أن`)


@dataclass(frozen=True, slots=True)
class Cue:
    """One reporting verb: its lemma, kind, the prepositions that open its content, and its flags."""

    lemma: str
    kind: str
    preps: frozenset[str]
    takes_object: bool
    weak: bool
    announces: bool = False  # after a listed speaker, a bare noun phrase may be its content (even when weak)
    thanks: bool = False  # a speech act only when its content opens with thanks or condolences (رفع شكره)
    addressee: bool = False  # takes who was told as its object (أبلغ مصدر «عكاظ» أن; مصادر أبلغت الصحيفة أن)
    renewed: bool = False  # a verbal noun that reports speech only after a verb of renewing (جدد الوزير تحذيره من)
    callee: bool = False  # names whom it calls on between its speaker and its preposition (دعا الوزير المواطنين إلى)
    clause: bool = False  # after a named speaker, a bare clause may be its content (وأضاف المركز تم رصد الشخص)
    colon: bool = False  # its content opens only at a colon or a complementizer (كتب X: …, نعى X: …; not نعى X «…»)
    findings: bool = False  # reports only what a survey, study or data release found (أظهر مسح رسمي, وجدت الدراسة)


@dataclass(frozen=True)
class Lexicon:
    """Every word list the statement finder reads, keyed by folded form."""

    cues: dict[str, Cue]
    roles: frozenset[str]
    anonymous: frozenset[str]
    media: dict[str, str]
    markers: dict[str, frozenset[str]]

    @cached_property
    def speaker_heads(self) -> frozenset[str]:
        """Words that may head a speaker phrase: roles, unnamed sources and kinds of outlet."""
        outlets = {word for word, role in self.media.items() if role in ("outlet", "channel")}
        return self.roles | self.anonymous | outlets | body_heads()

    @cached_property
    def bounding_cues(self) -> frozenset[str]:
        """Cue forms that end a content or a speaker search: every cue but the `thanks` ones, whose words
        (`قدمت`, `رفع`) mostly mean something else mid-sentence, and the verbal nouns (`إعلان`), which are often
        what was said (`أكد الوزير ضرورة تأكيد الحجز`)."""
        return frozenset(key for key, cue in self.cues.items() if not cue.thanks and cue.kind != "noun")

    @cached_property
    def purpose_forms(self) -> frozenset[str]:
        """Imperfect forms of the verb cues, which may follow the `لـ` of purpose (`ليؤكد`, `لتقول`)."""
        return frozenset(form for form, cue in self.cues.items()
                         if cue.kind == "verb" and form[:1] in ("ي", "ت") and form != match_key(cue.lemma))

    @cached_property
    def noun_forms(self) -> frozenset[str]:
        """Forms of the verbal-noun cues (`إعلان`, `تحذيرات`), which may follow a preposition (`بإعلان`)."""
        return frozenset(form for form, cue in self.cues.items() if cue.kind == "noun")

    @cached_property
    def cue_keys(self) -> frozenset[str]:
        """Every key that may be a cue: the forms, with `و`/`ف`, with an object pronoun (`أكده`), and the imperfect
        ones after the `لـ` of purpose (`ليؤكد`)."""
        forms = set(self.cues)
        nouns = self.noun_forms
        return frozenset(forms | {p + f for f in forms for p in ("و", "ف")} | {f + "ه" for f in forms}
                         | {p + f for f in self.purpose_forms for p in PURPOSE_PREFIXES}
                         | {p + f for f in nouns for p in NOUN_PREFIXES})

    @cached_property
    def spoken_keys(self) -> frozenset[str]:
        """Keys naming a report, statement or interview, with the clitics they take (`وفي حديث`, `التقرير`)."""
        nouns = [word for word, role in self.media.items() if role in ("document", "channelword")]
        return frozenset(prefix + noun for noun in nouns for prefix in ("", "ال", "و", "ف", "في", "بال"))

    @cached_property
    def relay_keys(self) -> frozenset[str]:
        """Keys opening an according-to phrase (`وفق`, `بحسب`, `نقلا`): the `according` cues' forms and the
        `relay` markers; between a speaker and the content they name the statement's relay."""
        return frozenset(k for k, cue in self.cues.items() if cue.kind == "according") | self.marker("relay")

    def marker(self, word_class: str) -> frozenset[str]:
        return self.markers.get(word_class, frozenset())


def _data_lines(name: str) -> list[list[str]]:
    raw = resources.files("rasid.data").joinpath(name).read_text(encoding="utf-8")
    rows = []
    for line in raw.splitlines():
        if line.strip() and not line.startswith("#"):
            rows.append([cell.strip() for cell in line.split("\t")])
    return rows


def _parse_cue(row: list[str]) -> tuple[list[str], Cue]:
    if len(row) < 3 or row[1] not in CUE_KINDS:
        raise ValueError(f"speech_cues.tsv: bad line {row!r} (need lemma, kind in {sorted(CUE_KINDS)}, forms)")
    preps = row[3] if len(row) > 3 else "-"
    flags = set(row[4].split(",")) if len(row) > 4 else set()
    cue = Cue(row[0], row[1], frozenset(match_key(p) for p in preps.split(",") if p != "-"),
              "object" in flags, "weak" in flags, "announce" in flags, "thanks" in flags, "addressee" in flags,
              "renewed" in flags, "callee" in flags, "clause" in flags, "colon" in flags,
              "findings" in flags)
    return [match_key(form) for form in row[2].split(",")], cue


@cache
def body_heads() -> frozenset[str]:
    """The organisations' head words of `data/ner_body_heads.tsv` (`وزارة`, `الجامعة`, `القوات`), as the entity
    rules read them, with and without the article: a body named by one speaks like a role does."""
    heads = {key.removeprefix("ال") for key, head in named_body_heads().items() if head.label == "ORG"}
    return frozenset(heads | {"ال" + key for key in heads})


@cache
def load_lexicon() -> Lexicon:
    """Read and fold every list once per process."""
    cues: dict[str, Cue] = {}
    for row in _data_lines("speech_cues.tsv"):
        forms, cue = _parse_cue(row)
        cues.update(dict.fromkeys(forms, cue))
    markers: dict[str, set[str]] = {}
    for word, word_class in _data_lines("speech_markers.tsv"):
        markers.setdefault(word_class, set()).add(match_key(word))
    return Lexicon(
        cues=cues,
        roles=frozenset(match_key(row[0]) for row in _data_lines("speaker_roles.txt")),
        anonymous=frozenset(match_key(row[0]) for row in _data_lines("anonymous_sources.txt")),
        media={match_key(word): role for word, role in _data_lines("speech_media.tsv")},
        markers={k: frozenset(v) for k, v in markers.items()},
    )
