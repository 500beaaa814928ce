"""The statement finder on hand-written Arabic sentences: one behaviour a row."""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rasid.model import DocMeta, Document
from rasid.stages.segment import Segmenter
from rasid.stages.statements import StatementExtractor

SEGMENTER = Segmenter()
EXTRACTOR = StatementExtractor()


def statements_of(text: str) -> list[dict]:
    doc = EXTRACTOR(SEGMENTER(Document("t", text, DocMeta(source="test"))))
    return [dict(span.attrs, start=span.start, end=span.end) for span in doc.layer("statements")]


def by_cue(text: str, cue: str) -> dict:
    found = [s for s in statements_of(text) if s["cue"] == cue]
    assert len(found) == 1, (cue, statements_of(text))
    return found[0]


CUE_FORMS = [
    ("قال الوزير إن الحكومة ستفتح المعابر الأسبوع المقبل.", "قال"),
    ("وقال المدير العام للشركة إن الأرباح ارتفعت هذا العام.", "وقال"),
    ("يقول الطبيب إن المرض لا ينتقل عبر الهواء.", "يقول"),
    ("قالت الوزيرة إن الميزانية ستُعرض على البرلمان.", "قالت"),
    ("وأكد المتحدث أن المفاوضات مستمرة.", "وأكد"),
    ("وأضاف الوزير أن الخطة تشمل بناء مدارس جديدة.", "وأضاف"),
    ("ويضيف الباحث أن النتائج ما زالت أولية.", "ويضيف"),
    ("وأوضح مدير المستشفى أن القسم سيفتتح قريبا.", "وأوضح"),
    ("وأشار الوزير إلى أن الأسعار ستنخفض.", "وأشار"),
    ("وشدد القائد على ضرورة حماية المدنيين.", "وشدد"),
    ("ويحذر الأطباء من أن الموجة الثانية قد تكون أشد.", "ويحذر"),
    ("وتابع الوزير: \"لن نتراجع عن هذا القرار\".", "وتابع"),
    ("واعتبر النائب أن القانون الجديد يخالف الدستور.", "واعتبر"),
    ("ولفت المدير إلى أن العمل سيبدأ الشهر المقبل.", "ولفت"),
    ("ونوه الوزير بأن الدعم سيستمر.", "ونوه"),
    ("وصرح المتحدث بأن الاجتماع كان إيجابيا.", "وصرح"),
    ("وأعلنت الوزارة عن إطلاق برنامج جديد للتدريب.", "وأعلنت"),
    ("ونفى المتحدث أن يكون الوفد قد غادر العاصمة.", "ونفى"),
    ("وقال الوزير إن المشروع اكتمل، مشددًا على أهمية الصيانة الدورية.", "مشددًا"),
    ("وقالت المديرة إن التسجيل مفتوح، لافتةً إلى أن المقاعد محدودة.", "لافتةً"),
    ("وقال الوزير إن العمل مستمر. واستطرد بقوله: \"سننتهي قريبا\".", "واستطرد"),
    ("وأفاد «المرصد السوري لحقوق الإنسان» بأن عدد القتلى ارتفع.", "وأفاد"),
]


@pytest.mark.parametrize("text,cue", CUE_FORMS)
def test_statements_cue_form_found(text, cue):
    assert by_cue(text, cue)["cue"] == cue


SPEAKERS = [
    ("وأكد رئيس البلدية على أن الطرق ستُفتح قريبا.", "وأكد", "رئيس البلدية"),
    ("وقال المحلل الاقتصادي، سمير حداد، إن الأسواق ستتعافى.", "وقال", "المحلل الاقتصادي، سمير حداد"),
    ("وقال سمير حداد، وهو أستاذ الاقتصاد في جامعة بغداد، إن الأسواق ستتعافى.", "وقال",
     "سمير حداد، وهو أستاذ الاقتصاد في جامعة بغداد"),
    ("ويرى المحلل السياسي أحمد سالم أن الانتخابات ستؤجل.", "ويرى", "المحلل السياسي أحمد سالم"),
    ("وقال الخبير الأمني، علي العبيدي، إن الوضع مستقر.", "وقال", "الخبير الأمني، علي العبيدي"),
    ("وذكرت الصحيفة أن وزير المالية أكد خلال الجلسة التزام الحكومة بخفض العجز.", "أكد", "وزير المالية"),
    ("وجاء ذلك في تصريح وزير الصحة الذي أشار فيه إلى أن اللقاحات وصلت.", "أشار", "وزير الصحة"),
    ("السفير الفرنسي لدى لبنان، جان دوبون، زار المدينة أمس. وفي كلمة له، أكد أن بلاده ستقدم المساعدة.", "أكد",
     "السفير الفرنسي لدى لبنان، جان دوبون"),
    ("وقال الوزير إن المشروع اكتمل، مشددًا على أهمية الصيانة الدورية.", "مشددًا", "الوزير"),
    ("وقال الوزير إن العمل مستمر. وأضاف: \"سننتهي قبل نهاية العام\".", "وأضاف", "الوزير"),
    ("ففي تقرير للدكتورة سلمى باوم، إحدى الناشطات، تقول إنها فكرة ساخرة.", "تقول", "دكتورة سلمى باوم، إحدى الناشطات"),
    ("ثم ألقى السيد كينجي شيما قائد المخيم كلمته، وأكد على أهمية المخيم.", "وأكد", "السيد كينجي شيما قائد المخيم"),
    ("من جهته، بارك المهندس فهد السالم للخريجين نجاحهم، مشيرًا إلى أن العمل صعب.", "مشيرًا",
     "المهندس فهد السالم"),
    ("وقال الخبير سامي ناصر: \"الوزير أكد أن الخطة جاهزة\". وتابع: \"لكن التمويل ناقص\".", "وتابع",
     "الخبير سامي ناصر"),
    ("\"الوضع صعب لكننا سنتجاوزه\"، قال الوزير.", "قال", "الوزير"),
    ("وارتفع عدد الضحايا إلى عشرة، بحسب الدفاع المدني.", "بحسب", "الدفاع المدني"),
    ("وارتفع عدد الضحايا إلى عشرة، على ما ذكرت صحف محلية.", "ذكرت", "صحف محلية"),
    ("وبحسب السناني، فإن أصحاب القاعات يرفعون الأسعار.", "وبحسب", "السناني"),
    ("من جانبه دعا الأخصائي الاجتماعي ماجد المطرفي، إلى إيجاد حلول.", "دعا", "الأخصائي الاجتماعي ماجد المطرفي"),
    ("قالت سارة إننا سنقيم حفلة صغيرة.", "قالت", "سارة"),
    ("عثر على جنيح الأربعاء والذي أكدت السلطات الماليزية أنه يعود إلى الطائرة.", "أكدت", "السلطات الماليزية"),
    ("وقال الدكتور غنيم مع أنني صاحب مدارس إلا أنني اشتريت الأدوات مبكرا.", "وقال", "الدكتور غنيم"),
    ("وقال مدير المرصد رامي عبد الرحمن إن الخطف تكرر. وقال \"شوهد اختطاف خمسة مقاتلين\"، مضيفا أن العدد أكبر.",
     "مضيفا", "مدير المرصد رامي عبد الرحمن"),
    ("والكلمة الطيبة لها مفعول السحر، بحسب ما تعبر عنه «س».", "تعبر", "«س»"),
    ("وقال الوزير إن العمل مستمر. ويكشف مدير الشركة سامي، أن الأرباح زادت، قائلا: \"نحن سعداء\".", "قائلا",
     "مدير الشركة سامي"),
    ("فيما اكتفت وزارة الخارجية العراقية بالإشارة بشكل مقتضب إلى تأجيل المهمة.", "بالإشارة",
     "وزارة الخارجية العراقية"),
]


@pytest.mark.parametrize("text,cue,speaker", SPEAKERS)
def test_statements_speaker_phrase(text, cue, speaker):
    statement = by_cue(text, cue)
    assert statement["speaker_text"] == speaker
    assert text[statement["speaker_start"]:statement["speaker_end"]] == speaker


def test_statements_dative_pronoun_is_no_speaker():
    """`وقال له:` (told him) continues the last speaker; `له` is not the speaker."""
    *_, last = statements_of("وقال المدرب إن الفريق جاهز. وقال له: \"لا تقلق\".")
    assert (last["speaker_text"], last["content"]) == ("المدرب", "لا تقلق")


def test_statements_continuation_copies_speaker_offsets():
    text = "وقال الوزير إن العمل مستمر. وأضاف: \"سننتهي قبل نهاية العام\"."
    first, second = statements_of(text)
    assert (second["speaker_start"], second["speaker_end"]) == (first["speaker_start"], first["speaker_end"])


ANONYMITY = [
    ("وقال مصدر مقرب من الحكومة إن الاجتماع تأجل.", "مصدر مقرب من الحكومة", True),
    ("وكشفت مصادر مطلعة عن خلافات داخل الحزب.", "مصادر مطلعة", True),
    ("ويرى مراقبون أن الأزمة ستطول.", "مراقبون", True),
    ("وقال ضابط في الجيش إن الهجوم صُد.", "ضابط في الجيش", True),
    ("ويقول السكان إن المياه انقطعت منذ ثلاثة أيام.", "السكان", True),
    ("وبحسب مصادر طبية، فإن عدد المصابين بلغ عشرين.", "مصادر طبية", True),
    ("ما يجعل بقاء القوات ضروريا وفق بعض التحليلات.", "بعض التحليلات", True),
    ("وقال الخبير الأمني، خالد العبيدي، إن الوضع مستقر.", "الخبير الأمني، خالد العبيدي", False),
    ("وقال وزير الخارجية إن الزيارة ناجحة.", "وزير الخارجية", False),
]


@pytest.mark.parametrize("text,speaker,anonymous", ANONYMITY)
def test_statements_anonymous_source(text, speaker, anonymous):
    (statement,) = statements_of(text)
    assert (statement["speaker_text"], statement["anonymous"]) == (speaker, anonymous)


MEDIA = [
    ("وقال الوزير في تصريح لـ\"الشرق الأوسط\" إن الحوار مستمر.", "الشرق الأوسط"),
    ("وقال المتحدث لوكالة شفق نيوز إن الهدنة صامدة.", "شفق نيوز"),
    ("وقال الوزير خلال مقابلة مع قناة \"الجزيرة\" إن المفاوضات متعثرة.", "قناة الجزيرة"),
    ("وقالت النائبة في تغريدة لها على تويتر إن القانون سيعدل.", "تويتر"),
    ("وقالت الوزارة في بيان إن الامتحانات ستجرى في موعدها.", "بيان"),
    ("وقال المتحدث بحسب صحيفة مكة إن اللجنة ستجتمع.", "مكة"),
    ("وقال مدير الشركة في تصريحات لصحيفة الرياض إن الإنتاج زاد.", "الرياض"),
    ("وقال الوزير إن الحوار مستمر.", None),
]


@pytest.mark.parametrize("text,via", MEDIA)
def test_statements_medium(text, via):
    (statement,) = statements_of(text)
    assert statement["via"] == via


QUOTES = [
    ("وقال الرئيس: “سنواصل العمل”.", "سنواصل العمل", True),
    ("وقال الرئيس: «سنواصل العمل».", "سنواصل العمل", True),
    ("وقال الرئيس إن ”الوضع تحت السيطرة”.", "الوضع تحت السيطرة", True),
    ("وقال المدرب: \"لعبنا جيدا. الفريق يستحق الفوز. سنعود أقوى\".",
     "لعبنا جيدا. الفريق يستحق الفوز. سنعود أقوى", True),
    ("وأكد الوزير أن \"الحكومة لن تتراجع عن الإصلاحات\" مهما كانت الضغوط.",
     "\"الحكومة لن تتراجع عن الإصلاحات\" مهما كانت الضغوط", True),
    ("وحذر الوزير من تكرار \"أخطاء الماضي\" في إدارة الأزمة.", "تكرار \"أخطاء الماضي\" في إدارة الأزمة", False),
    ("وشدد القائد على ضرورة حماية المدنيين.", "ضرورة حماية المدنيين", False),
    ("\"الوضع صعب لكننا سنتجاوزه\"، قال الوزير.", "الوضع صعب لكننا سنتجاوزه", True),
    ("ويضيف المتحدث في تصريح (لسنا مخولين بإلغاء أي عقوبة قبل قرار اللجنة).",
     "لسنا مخولين بإلغاء أي عقوبة قبل قرار اللجنة", True),
    ("وقال الوزير إن المشروع اكتمل، مشددًا على أهمية الصيانة الدورية.", "المشروع اكتمل", False),
]


@pytest.mark.parametrize("text,content,direct", QUOTES)
def test_statements_content_and_direct_flag(text, content, direct):
    statement = statements_of(text)[0]
    assert (statement["content"], statement["direct"]) == (content, direct)


def test_statements_report_keeps_outlet_and_source():
    text = "ونقلت وكالة \"رويترز\" عن مسؤولين قولهم إن الاتفاق قريب."
    outer, inner = statements_of(text)
    assert (outer["speaker_text"], inner["speaker_text"]) == ("وكالة \"رويترز\"", "مسؤولين")
    assert (inner["parent"], inner["via"], inner["anonymous"]) == (0, "رويترز", True)


def test_statements_nested_in_quotation_has_parent():
    text = "وقال المحلل: \"هذا ما أكده الوزير أمس، حيث قال إن الخطة جاهزة\"."
    outer, inner = statements_of(text)
    assert (inner["speaker_text"], inner["parent"], outer["parent"]) == ("الوزير", 0, None)


def test_statements_subject_inside_reported_content_has_parent():
    statement = by_cue("وذكرت الصحيفة أن وزير المالية أكد خلال الجلسة التزام الحكومة بخفض العجز.", "أكد")
    assert statement["parent"] == 0


NOT_STATEMENTS = [
    "استقال الوزير من منصبه أمس.",
    "كشفت الأمطار عن أضرار في الطرق.",
    "أضاف الفريق هدفا ثانيا في الدقيقة الأخيرة.",
    "تابع الجمهور المباراة باهتمام.",
    "ولم يشر البيان إلى موعد الانسحاب.",
    "وتؤكد هذه الأرقام أن الاقتصاد يتعافى.",
    "وفي مقال بعنوان \"القول الفصل\" ناقش الكاتب الأزمة.",
    "الفرق بين الحكومة والمعارضة كبير.",
    "وأضاف أن الموعد لم يحدد بعد.",
    "ولو قال الوزير إن الخطة فشلت لاستقال.",
    "ويُعتبر اللاعب أفضل هداف في الدوري.",
    "وتشير الأرقام إلى أن الاقتصاد يتعافى.",
    "وهذا ما يقولون دائما.",
    "زار الوزير المصنع أمس. وأضاف أن الإنتاج سيزيد.",
    "وقفت الفتاة صامتة، بين المرأتين وعلي أن أقول الحقيقة.",
    "هذه مسألة رأي وباعتباري سيد المنزل عليك أن تدعني أتولى الأمر.",
    "وسط متابعة من فريق «سفراء التطوع» الذين أكدوا قدرتهم على التنفيذ.",
]


@pytest.mark.parametrize("text", NOT_STATEMENTS)
def test_statements_none_found(text):
    assert statements_of(text) == []


ALL_TEXTS = [row[0] for table in (CUE_FORMS, SPEAKERS, ANONYMITY, MEDIA, QUOTES) for row in table]


@pytest.mark.parametrize("text", ALL_TEXTS)
def test_statements_offsets_exact(text):
    for statement in statements_of(text):
        assert text[statement["cue_start"]:statement["cue_end"]] == statement["cue"]
        assert text[statement["content_start"]:statement["content_end"]] == statement["content"]
        assert statement["start"] <= statement["cue_start"] and statement["content_end"] <= statement["end"]


LAYER_ATTRS = {"speaker_text", "speaker_start", "speaker_end", "cue", "cue_start", "cue_end", "content",
               "content_start", "content_end", "direct", "via", "anonymous", "parent"}


def test_statements_layer_attrs_as_documented():
    (statement,) = statements_of("وقال الوزير في بيان إن الحوار مستمر.")
    assert set(statement) - {"start", "end"} == LAYER_ATTRS


def test_statements_stage_needs_no_entities():
    assert (EXTRACTOR.requires, EXTRACTOR.produces) == (("sentences", "tokens"), ("statements",))


WORDS = ["وقال", "قال", "أكد", "وأضاف:", "مشيرا", "إلى", "أن", "إن", "الوزير", "مصدر", "مطلع", "بحسب", "ونقلت",
         "وكالة", "عن", "قولها", "في", "تصريح", "لـ", "،", ".", "\"", "«", "»", "“", "”", "(", ")", "الحكومة",
         "ستفتح", "المعابر", "وهذا", "ما", "أكده", "حيث", "الذي", "بقوله", ":", "\n"]


@given(st.lists(st.sampled_from(WORDS), max_size=40))
@settings(max_examples=300, deadline=None)
def test_statements_spans_always_exact(tokens):
    text = " ".join(tokens)
    for statement in statements_of(text):
        assert 0 <= statement["start"] <= statement["cue_start"] < statement["cue_end"] <= len(text)
        assert text[statement["cue_start"]:statement["cue_end"]] == statement["cue"]
        assert text[statement["content_start"]:statement["content_end"]] == statement["content"]
        if statement["speaker_start"] is not None:
            assert text[statement["speaker_start"]:statement["speaker_end"]] == statement["speaker_text"]


@pytest.mark.parametrize("text, cue, speaker, content", [
    # an announcement whose content is a noun phrase, by a body or a role (the cue may be weak)
    ("أعلنت هيئة الطيران المدني أمس تعليق الرحلات إلى المطار حتى إشعار آخر.", "أعلنت", "هيئة الطيران المدني",
     "تعليق الرحلات إلى المطار حتى إشعار آخر"),
    ("نفى المتحدث باسم الحكومة وجود أي مفاوضات سرية مع المعارضة.", "نفى", "المتحدث باسم الحكومة",
     "وجود أي مفاوضات سرية مع المعارضة"),
    ("أدانت منظمة التعاون الإسلامي الاعتداء على المصلين.", "أدانت", "منظمة التعاون الإسلامي",
     "الاعتداء على المصلين"),
    ("رحبت الجامعة العربية بالاتفاق الموقع بين الطرفين.", "رحبت", "الجامعة العربية", "بالاتفاق الموقع بين الطرفين"),
    # a speaker named before a relative pronoun
    ("هاجم المدرب اللاعب سامي الجابر الذي قال إن الفريق يستحق الفوز.", "قال", "اللاعب سامي الجابر",
     "الفريق يستحق الفوز"),
    ("تعرض المنتخب لانتقادات من الأسطورة دييجو مارادونا الذي قال إن المدرب أخطأ.", "قال", "دييجو مارادونا", "المدرب أخطأ"),
    # a weak cue with a listed speaker takes a quotation too
    ("وتابع مدرب المنتخب السابق “هذا الكلام لم يصدر عني”.", "وتابع", "مدرب المنتخب السابق", "هذا الكلام لم يصدر عني"),
    # thanks, congratulations and condolences given by a verb of many senses
    ("ورفع رئيس الهيئة شكره للعاملين في الميدان على جهودهم.", "ورفع", "رئيس الهيئة",
     "شكره للعاملين في الميدان على جهودهم"),
    ("وتقدمت الوزارة بالتهنئة إلى الفائزين في المسابقة.", "وتقدمت", "الوزارة", "بالتهنئة إلى الفائزين في المسابقة"),
    ("ووجه محافظ المدينة التعازي لأسر الضحايا.", "ووجه", "محافظ المدينة", "التعازي لأسر الضحايا"),
    # admission, expectation and proposal as speech acts
    ("واعترف رئيس الاتحاد بالأخطاء التي وقعت في تنظيم البطولة.", "واعترف", "رئيس الاتحاد",
     "بالأخطاء التي وقعت في تنظيم البطولة"),
    ("ويتوقع الخبراء أن تتراجع أسعار المساكن العام المقبل.", "ويتوقع", "الخبراء", "تتراجع أسعار المساكن العام المقبل"),
    ("واقترح النائب إنشاء صندوق لدعم المزارعين.", "واقترح", "النائب", "إنشاء صندوق لدعم المزارعين"),
    # a participle of hope continuing the last speaker
    ("وقال المدرب إن الفريق جاهز، متمنيا أن يحقق اللاعبون الفوز.", "متمنيا", "المدرب", "يحقق اللاعبون الفوز"),
    # the plural of a continuing participle, after a group
    ("وقال المزارعون إن المحصول تضرر، موضحين أن الأمطار تأخرت.", "موضحين", "المزارعون", "الأمطار تأخرت"),
    ("وأكد السكان أن المياه انقطعت، لافتين إلى أن الشركة لم ترد.", "لافتين", "السكان", "الشركة لم ترد"),
    # a participle whose preposition is glued to a definite noun or to `ما`, with nothing between
    ("وأكد الوزير أهمية المشروع، مشيدا بالتنظيم وتنوع المعروضات.", "مشيدا", "الوزير", "بالتنظيم وتنوع المعروضات"),
    ("وقالت الوزيرة إن المعرض نجح، مرحبة بالزوار من داخل المملكة وخارجها.", "مرحبة", "الوزيرة",
     "بالزوار من داخل المملكة وخارجها"),
    ("وقال المدرب إن الفريق جاهز، منوها بما قدمه اللاعبون في المعسكر.", "منوها", "المدرب", "بما قدمه اللاعبون في المعسكر"),
    # `بما` after a speaker opens the cue's content
    ("وأشاد مدير الجامعة بما حققه الطلاب في المسابقة الدولية.", "وأشاد", "مدير الجامعة", "بما حققه الطلاب في المسابقة الدولية"),
    # the subject of a cue that opens the sentence stops before the cue's glued complement
    ("ورحب سموه باللواء الغامدي، متمنيا له طيب الإقامة، مشيدا بالجهود التي يبذلها الأمن العام.", "مشيدا", "سموه",
     "بالجهود التي يبذلها الأمن العام"),
])
def test_statement_families(text, cue, speaker, content):
    found = by_cue(text, cue)
    assert (found["speaker_text"], found["content"]) == (speaker, content)


@pytest.mark.parametrize("text", [
    "أعلنت الأمطار الغزيرة قدوم الشتاء مبكرا.",  # a weak cue with no listed speaker: not a statement
    "ناقش المجلس القرار الذي أصدره الوزير أمس.",  # no cue at all
])
def test_announcements_need_a_listed_speaker(text):
    assert statements_of(text) == []


@pytest.mark.parametrize("text", [
    "ورفعت الحكومة أسعار الوقود مطلع الشهر.",  # `رفع` without thanks: raised, not said
    "وقدم الفريق أداء جيدا في الشوط الثاني.",  # `قدم` without thanks: gave a performance
    "وتقدم الجيش نحو المدينة بعد معارك عنيفة.",  # `تقدم`: advanced
])
def test_thanks_verbs_need_thanks(text):
    assert statements_of(text) == []


def test_an_actor_remembered_for_a_participle_stops_before_what_it_gave():
    text = "من جهتها، قدمت إدارة الجمعية شكرها للمتطوعين على جهودهم، مبينة أن الحملة حققت أهدافها."
    found = by_cue(text, "مبينة")
    assert (found["speaker_text"], found["content"]) == ("إدارة الجمعية", "الحملة حققت أهدافها")


@pytest.mark.parametrize("text", ["وتعتبر المدينة أحد أهم المراكز التجارية في المنطقة.",
                                  "ويعتبر المنتخب من أبرز المرشحين للقب."])
def test_is_considered_is_no_statement(text):
    assert [s for s in statements_of(text) if "عتبر" in s["cue"]] == []


@pytest.mark.parametrize("text, speaker, content", [
    ("وانتقد وزير الخارجية عادل الجبير سياسات إيران في المنطقة.", "وزير الخارجية عادل الجبير",
     "سياسات إيران في المنطقة"),
    ("وأدانت وزارة الخارجية الأردنية قصف المدنيين في غزة.", "وزارة الخارجية الأردنية", "قصف المدنيين في غزة"),
    ("وأكد المدرب سامي الجابر جاهزية الفريق للمباراة.", "المدرب سامي الجابر", "جاهزية الفريق للمباراة"),
    # a demonstrative and its noun after a name or a definite word open the object; inside a role they do not
    ("ونفى مدير الشرطة العميد خالد الغامدي هذه الأنباء.", "مدير الشرطة العميد خالد الغامدي", "هذه الأنباء"),
    ("وأكد رئيس هذه اللجنة أن الاجتماع تأجل.", "رئيس هذه اللجنة", "الاجتماع تأجل"),
    ("ويرى الكثير من الناخبين أن الإدارة الشابة أفضل.", "الكثير من الناخبين", "الإدارة الشابة أفضل"),
    ("وأكد مصدر آخر هذه المعلومات.", "مصدر آخر", "هذه المعلومات"),
    # the cue's `ب` on a definite noun after the speaker opens the content when no complementizer follows
    ("وأفاد المتحدث الرسمي بالقبض على المتهم.", "المتحدث الرسمي", "بالقبض على المتهم"),
    ("وأفاد مدير الشرطة بالمنطقة بأن الحادث وقع فجرا.", "مدير الشرطة", "الحادث وقع فجرا"),
    # when it was said, written between the cue and its speaker
    ("وأعلنت أمس شركة سامسونج عن أول هاتف لها.", "شركة سامسونج", "أول هاتف لها"),
    ("وأكد اليوم، مدير الشرطة أن التحقيقات مستمرة.", "مدير الشرطة", "التحقيقات مستمرة"),
    # `ما` after a name opens what an object cue denied or confirmed; `ما يلي` ends any speaker
    ("نفت الممثلة رجاء الجداوي ما تردد عن عزمها تقديم سيرة حياة خالتها.", "الممثلة رجاء الجداوي",
     "ما تردد عن عزمها تقديم سيرة حياة خالتها"),
    ("وقال الوزير ما يلي: إن المشروع مستمر.", "الوزير", "المشروع مستمر"),
    # a manner phrase (`بشكل قاطع`) says how, never who
    ("وأكد بشكل قاطع وزير الخارجية أن المفاوضات انتهت.", "وزير الخارجية", "المفاوضات انتهت"),
    ("وأشار الوزير بشكل واضح إلى أن الاتفاق قريب.", "الوزير", "الاتفاق قريب"),
    ("وعبر الرئيس بصورة دائمة عن رفضه للخطة.", "الرئيس", "رفضه للخطة"),
    # the speaker's own speech after the name is no part of it (and the imperfect of a continuing cue)
    ("وتتابع الدكتورة أمل حديثها: «هنا يكون المواطنون هم المصدر».", "الدكتورة أمل", "هنا يكون المواطنون هم المصدر"),
    # a share that speaks keeps its percent sign
    ("وقال 35% إنهم لا يثقون بالاتفاق.", "35%", "لا يثقون بالاتفاق"),
    # the feminine plural of the complementizer ends the speaker
    ("وأوضحت لـ «عكاظ» سيدات أنهن كن يتسلمن مبالغ من المنشآت.", "سيدات", "كن يتسلمن مبالغ من المنشآت"),
    # a later cue (`وقال`) ends the search for an earlier one's content, which is then its object
    ("ونفى المتحدث باسم الوزارة توجيه تلك التهديدات، وقال: «لا وجود لمثل هذا التهديد».", "المتحدث باسم الوزارة",
     "توجيه تلك التهديدات"),
    # a cue opening its sentence with an object it does not report: its speaker goes on after `حيث`
    ("أوضح المركز الإعلامي للنادي تفاصيل المفاوضات، حيث أكد أن الإدارة وافقت على الانتقال.", "المركز الإعلامي",
     "الإدارة وافقت على الانتقال"),
])
def test_with_names_known_the_speaker_stops_before_the_object(text, speaker, content):
    found = [(s.attrs["speaker_text"], s.attrs["content"]) for s in with_names(text).layer("statements")]
    assert found[0] == (speaker, content)
    assert all(said == found[0][0] for said, _ in found)  # what follows goes on with the same speaker


def with_names(text: str) -> Document:
    from rasid.registry import build_pipeline

    return build_pipeline(["segment", "entities", "statements"])(Document("t", text, DocMeta(source="test")))


def test_a_cue_that_reports_nothing_leaves_its_speaker_named_before_its_object():
    text = 'من جهته، وصف مدير الفريق صالح آل سالم معسكر الفريق في تركيا بالرائع، وقال "ما لمسته من اللاعبين يدعو للتفاؤل".'
    found = [(s.attrs["speaker_text"], s.attrs["cue"]) for s in with_names(text).layer("statements")]
    assert found == [("مدير الفريق صالح آل سالم", "وقال")]


@pytest.mark.parametrize("text", ["وقال اليوم إن المفاوضات متواصلة.", "وقال قبل سقوط المدينة إن الخرق سيفشل."])
def test_a_time_or_adjunct_after_the_cue_names_no_speaker(text):
    assert [s.attrs["speaker_text"] for s in with_names(text).layer("statements")] in ([], [None])


@pytest.mark.parametrize("text, speaker", [
    # after a short phrase that opens the sentence, a silent cue's titled name goes on
    ("في المقابل، انتقد الإعلامي المصري إبراهيم حمودة التناول الإعلامي للحدث، وقال إن «أحدا لم يشعر بأهمية الحدث».",
     "الإعلامي المصري إبراهيم حمودة"),
    # a body named first, before what it revealed
    ("كشفت وزارة الداخلية السعودية هوية الانتحاري، وهو يوسف السليمان. وقالت في بيان لها إن التفجير خلف 5 شهداء.",
     "وزارة الداخلية السعودية"),
])
def test_a_silent_cue_leaves_the_name_it_opens_with(text, speaker):
    assert [s.attrs["speaker_text"] for s in with_names(text).layer("statements")] == [speaker]


def test_whom_a_call_names_after_a_time_is_no_speaker():
    text = "وكان زعيم الحزب صلاح الدين دمرتاش، دعا أمس الحكومة التركية وحزب العمال الكردستاني إلى وقف العنف."
    assert [s.attrs["speaker_text"] for s in with_names(text).layer("statements")] == ["زعيم الحزب صلاح الدين دمرتاش"]


@pytest.mark.parametrize("text, speaker, content", [
    ("ووفقاً للمسح، رأى عدد أكبر من المشاركين أن الصفقة لن تسفر عن نتائج.", "مسح",
     "رأى عدد أكبر من المشاركين أن الصفقة لن تسفر عن نتائج"),
    ("وفقا لتقييم حديث للأمن الغذائي، فإن عدد الجوعى يبلغ 13 مليونا.", "تقييم حديث للأمن الغذائي",
     "عدد الجوعى يبلغ 13 مليونا"),
])
def test_a_study_opening_the_sentence_after_according_to_is_its_source(text, speaker, content):
    found = [(s.attrs["speaker_text"], s.attrs["content"]) for s in with_names(text).layer("statements")]
    assert found[0] == (speaker, content)


@pytest.mark.parametrize("text, speaker, content", [
    ("واهتمت الصحيفة بإعلان رئيس تحرير المجلة أن المجلة لن تنشر الرسوم مجددا.", "رئيس تحرير المجلة",
     "المجلة لن تنشر الرسوم مجددا"),
    ("وجاء ذلك بعد إعلان وزارة الداخلية أن التحقيقات مستمرة.", "وزارة الداخلية", "التحقيقات مستمرة"),
])
def test_a_verbal_noun_with_its_speaker_and_a_complementizer(text, speaker, content):
    found = [(s.attrs["speaker_text"], s.attrs["content"]) for s in with_names(text).layer("statements")]
    assert found == [(speaker, content)]


@pytest.mark.parametrize("text", [
    "وجاءت الخطوة بعد إعلان موسكو تمديد الحظر.",  # what was announced, no clause of what was said
    "ونشرت الشركة إعلان وظائف جديدة.",  # an advertisement
    "ووفقا لإعلان المركز، فمن المعتقد أن الفيروس انتقل.",  # after the comma, the writer's clause
])
def test_a_verbal_noun_without_a_said_clause_is_no_statement(text):
    assert [s.attrs["cue"] for s in with_names(text).layer("statements") if "علان" in s.attrs["cue"]] == []


def test_the_imperfect_of_a_continuing_cue_goes_on_with_the_speaker():
    text = "وقال الوزير إن المشروع مستمر. ويتابع: «سننتهي قبل نهاية العام»."
    found = [(s.attrs["speaker_text"], s.attrs["cue"]) for s in with_names(text).layer("statements")]
    assert found == [("الوزير", "وقال"), ("الوزير", "ويتابع")]


def test_a_relay_after_the_cue_does_not_end_its_content():
    text = "وأكد آل نهيان ووفقاً لما ذكرته لوكالة الأنباء الإماراتية تضامن دولة الإمارات مع المملكة."
    assert [s.attrs["cue"] for s in with_names(text).layer("statements")] == ["وأكد"]


@pytest.mark.parametrize("text, cue, speaker, via", [
    ("وصرّح لـ«الأنباء» مدير الدفاع المدني بأن فرق الإطفاء سيطرت على الحريق.", "وصرّح", "مدير الدفاع المدني",
     "الأنباء"),
    ('وقال لـ"الخليج" مصدر حكومي إن الاجتماع تأجل إلى الأسبوع المقبل.', "وقال", "مصدر حكومي", "الخليج"),
    ("وأوضح لصحيفة الوطن رئيس البلدية أن المشروع سيكتمل قبل الشتاء.", "وأوضح", "رئيس البلدية", "الوطن"),
])
def test_a_medium_named_right_after_the_cue_is_the_via_and_the_speaker_follows_it(text, cue, speaker, via):
    found = by_cue(text, cue)
    assert (found["speaker_text"], found["via"]) == (speaker, via)


@pytest.mark.parametrize("text, speaker", [
    ("وأضافت د. هالة السعيد أن الخطة تستهدف خفض البطالة.", "د. هالة السعيد"),
    ("وقال م. خالد العتيبي إن أعمال الصيانة انتهت.", "م. خالد العتيبي"),
])
def test_an_abbreviated_title_stays_in_the_speaker(text, speaker):
    assert [s["speaker_text"] for s in statements_of(text)] == [speaker]


@pytest.mark.parametrize("text, speaker", [
    ('وأكد رئيس الاتحاد الآسيوي "سلمان بن إبراهيم" خلال الاجتماع أن البطولة ستقام في موعدها.',
     'رئيس الاتحاد الآسيوي "سلمان بن إبراهيم"'),
    ("وأوضح مدير الشركة الوطنية للنقل «نقل» أن الحافلات الجديدة تصل الشهر المقبل.",
     "مدير الشركة الوطنية للنقل «نقل»"),
])
def test_a_quoted_name_after_a_title_belongs_to_the_speaker(text, speaker):
    assert [s["speaker_text"] for s in statements_of(text)] == [speaker]


@pytest.mark.parametrize("text, content", [
    ('وقال المدرب "اللاعبون جاهزون للمباراة".', "اللاعبون جاهزون للمباراة"),
    ('وقال المدرب "إن اللاعبين جاهزون" في المؤتمر الصحفي.', '"إن اللاعبين جاهزون" في المؤتمر الصحفي'),
])
def test_a_quotation_after_a_title_is_still_the_content(text, content):
    [found] = statements_of(text)
    assert found["speaker_text"] == "المدرب" and text[found["content_start"]:found["content_end"]] == content


@pytest.mark.parametrize("text, speaker, content", [
    ("وفي الأسبوع المقبل يتوقع الخبراء أن تنخفض أسعار الذهب.", "الخبراء", "تنخفض أسعار الذهب"),
    ("وخلال اللقاء كشف المدير أن الشركة ستفتتح فرعا جديدا.", "المدير", "الشركة ستفتتح فرعا جديدا"),
])
def test_a_cue_after_a_fronted_time_or_place_phrase_opens_its_clause(text, speaker, content):
    [found] = statements_of(text)
    assert (found["speaker_text"], text[found["content_start"]:found["content_end"]]) == (speaker, content)


def test_a_quoted_outlet_told_the_news_is_not_the_content():
    text = "وأبلغت مصادر مطلعة «الخليج» أن المفاوضات ستستأنف الأسبوع المقبل."
    [found] = statements_of(text)
    assert text[found["content_start"]:found["content_end"]] == "المفاوضات ستستأنف الأسبوع المقبل"


def through_stages(text: str, stages: list[str]) -> list[tuple[str, str, str | None]]:
    from rasid.registry import build_pipeline

    doc = build_pipeline(stages)(Document("t", text, DocMeta(source="test")))
    return [(s.attrs["speaker_text"], s.attrs["content"], s.attrs.get("via")) for s in doc.layer("statements")]


ALL_STAGES = ["segment", "entities", "time", "statements"]


def said(text: str) -> list[tuple[str, str]]:
    """(speaker, content) of each statement of `text` through every stage the finder reads."""
    return [f[:2] for f in through_stages(text, ALL_STAGES)]


@pytest.mark.parametrize("text, speaker", [
    ("وأعلنت الشركة الوطنية للكهرباء الشهر الماضي أن الانقطاعات ستتوقف.", "الشركة الوطنية للكهرباء"),
    ("وقال المدير التنفيذي للمستشفى صباح الثلاثاء إن المصابين في حال مستقرة.", "المدير التنفيذي للمستشفى"),
    ("رئيس البلدية أكد العام الماضي أن الجسر سيفتح قريبا.", "رئيس البلدية"),
])
def test_a_date_after_the_speaker_is_when_it_was_said_not_who_said_it(text, speaker):
    found = through_stages(text, ["segment", "entities", "time", "statements"])
    assert [f[0] for f in found] == [speaker]


@pytest.mark.parametrize("text, speaker, content, via", [
    ("مصادر قضائية أبلغت «الخليج» أن المحاكمة ستستأنف في الخريف.", "مصادر قضائية", "المحاكمة ستستأنف في الخريف",
     "الخليج"),
    ("وأبلغ مسؤول في الميناء «الأنباء» أن السفن عادت إلى الرسو.", "مسؤول في الميناء", "السفن عادت إلى الرسو",
     "الأنباء"),
    ("الإدارة أبلغت الموظفين أن الرواتب ستصرف مبكرا.", "الإدارة", "الرواتب ستصرف مبكرا", None),
    ("وأخبر مصدر مطلع الصحيفة أن المفاوضات متعثرة.", "مصدر مطلع", "المفاوضات متعثرة", None),
])
def test_who_was_told_is_not_the_speaker(text, speaker, content, via):
    assert through_stages(text, ["segment", "entities", "statements"]) == [(speaker, content, via)]


@pytest.mark.parametrize("text, speaker, content", [
    ("وأيدت نقابة المعلمين قرار تأجيل الامتحانات.", "نقابة المعلمين", "قرار تأجيل الامتحانات"),
    ("كما عارض رئيس البرلمان مشروع الموازنة المقترح.", "رئيس البرلمان", "مشروع الموازنة المقترح"),
])
def test_support_and_opposition_of_a_listed_speaker_are_statements(text, speaker, content):
    assert through_stages(text, ["segment", "entities", "statements"]) == [(speaker, content, None)]


@pytest.mark.parametrize("text", [
    "أيد الشاب صديقه في الصعود إلى الجبل.",  # helped, no speech
    "عارضت الكرة القائم ثم خرجت إلى ركلة مرمى.",  # hit the post
    "وتبلغ قيمة العقد ثلاثة ملايين ريال.",  # amounts to
])
def test_support_telling_and_amount_verbs_without_a_speaker_are_not_statements(text):
    assert through_stages(text, ["segment", "entities", "statements"]) == []


@pytest.mark.parametrize("text, speaker, content, via", [
    ("وبحسب دراسة صادرة عن جامعة الملك سعود، فإن نصف الطلاب يعملون.", "جامعة الملك سعود", "نصف الطلاب يعملون",
     "دراسة"),
    ("ووفقا لبيان صادر عن وزارة الصحة، فإن المستشفيات جاهزة.", "وزارة الصحة", "المستشفيات جاهزة", "بيان"),
    ("وبحسب سعاد المطيري، مديرة المدرسة، فإن الدوام سيبدأ مبكرا.", "سعاد المطيري", "الدوام سيبدأ مبكرا", None),
    ("وامتلأت الشوارع بالمحتفلين، حسب تقديرات الشرطة.", "الشرطة", "وامتلأت الشوارع بالمحتفلين", None),
    ("وتراجعت الصادرات بنسبة عشرة في المئة بحسب بيانات وزارة التجارة.", "وزارة التجارة",
     "وتراجعت الصادرات بنسبة عشرة في المئة", "بيانات"),
    ("وقال المتحدث في بيانات نشرتها الوزارة إن العدد ارتفع.", "المتحدث", "العدد ارتفع", "بيانات"),
])
def test_according_to_an_issuer_an_apposition_or_estimates(text, speaker, content, via):
    assert through_stages(text, ["segment", "entities", "statements"]) == [(speaker, content, via)]


@pytest.mark.parametrize("text, speaker, content", [
    ("وأعلن المستثمر البريطاني توم هاريس أنه سيشتري النادي.", "المستثمر البريطاني توم هاريس", "سيشتري النادي"),
    ("وكشفت مايكروسوفت أنها ستغلق مكتبها في القاهرة.", "مايكروسوفت", "ستغلق مكتبها في القاهرة"),
    ('وأكدت "الريان" أيضاً أنها ستوزع الأرباح.', '"الريان"', "ستوزع الأرباح"),
    ('وتابع الجابر: "الفريق جاهز للقاء".', "الجابر", "الفريق جاهز للقاء"),
])
def test_a_named_person_or_company_speaks_through_a_weak_cue(text, speaker, content):
    assert [f[:2] for f in through_stages(text, ["segment", "entities", "statements"])] == [(speaker, content)]


@pytest.mark.parametrize("text, speaker, content", [
    ("وجددت الأمم المتحدة دعوتها إلى فتح المعابر أمام المساعدات.", "الأمم المتحدة", "فتح المعابر أمام المساعدات"),
    ("وكرر وزير المالية تأكيده أن العجز سينخفض.", "وزير المالية", "العجز سينخفض"),
    ("قال المدير إن المصنع سيغلق. وحذر من أن العمال سيفقدون وظائفهم.", "المدير", "العمال سيفقدون وظائفهم"),
])
def test_renewed_warnings_and_calls_and_a_warning_that_continues(text, speaker, content):
    assert (speaker, content) in [f[:2] for f in through_stages(text, ["segment", "entities", "statements"])]


def test_a_warning_in_a_concessive_clause_is_no_statement():
    assert through_stages("ورغم تحذيره من العاصفة، خرج الصياد إلى البحر.", ["segment", "entities", "statements"]) == []


@pytest.mark.parametrize("text, speaker", [
    ("ورحب رئيس الجمعية بقرار البلدية توسعة الحديقة.", "رئيس الجمعية"),
    ("وقال سامي العلي رئيس شركة الأفق للتقنية (أفق) إن الأرباح تضاعفت.", "سامي العلي رئيس شركة الأفق للتقنية (أفق)"),
    # a noun of place with a leading م after the subject is what the verb took, not part of who spoke
    ("وتفقد المحافظ المستشفى الجديد، مؤكدا أن الخدمة ستتحسن.", "المحافظ"),
    ("كما افتتح الأمير المعرض، مشيدا بجهود المنظمين.", "الأمير"),
])
def test_speaker_ends_before_the_cues_preposition_or_the_verbs_object(text, speaker):
    assert [f[0] for f in through_stages(text, ["segment", "entities", "statements"])] == [speaker]


@pytest.mark.parametrize("text, speaker, content", [
    ("وفي المسح، 61% من المشاركين قالوا إن الخدمة تحسنت.", "61% من المشاركين", "الخدمة تحسنت"),
    ("وأغلقت المحال أبوابها، حسب ما أكده شهود عيان حينها.", "شهود عيان", "وأغلقت المحال أبوابها"),
    ("وبينهم فيصل الحربي رئيس شركة النخبة (نخبة) الذي قال إن الطلب يتزايد.", "رئيس شركة النخبة (نخبة)",
     "الطلب يتزايد"),
    ("ونقلت صحيفة «الأيام» عن الوزير القول: إن الميزانية ستقر قريبا.", "الوزير", "الميزانية ستقر قريبا"),
])
def test_shares_as_subjects_as_what_relays_and_bracketed_antecedents(text, speaker, content):
    assert (speaker, content) in [f[:2] for f in through_stages(text, ["segment", "entities", "statements"])]


@pytest.mark.parametrize("text, speaker, content", [
    ("وأكثر من نصف أعضاء النقابة قالوا إن الأجور لم تتغير.", "أكثر من نصف أعضاء النقابة", "الأجور لم تتغير"),
    ("وغالبية الطلاب المشاركين في المسح يرون أن الرسوم مرتفعة.", "غالبية الطلاب المشاركين في المسح",
     "الرسوم مرتفعة"),
    ("ثلاثة أرباع المزارعين الذين شملهم المسح قالوا إن المحصول تراجع.", "ثلاثة أرباع المزارعين الذين شملهم المسح",
     "المحصول تراجع"),
])
def test_a_share_in_words_of_a_group_speaks_before_its_verb(text, speaker, content):
    assert [f[:2] for f in through_stages(text, ["segment", "entities", "statements"])] == [(speaker, content)]


def test_a_share_noun_far_before_the_verb_is_not_its_subject():
    found = through_stages("وباع التاجر نصف البضاعة في السوق القديم أمس، وقال إن الأسعار ارتفعت.",
                           ["segment", "entities", "time", "statements"])
    assert all("نصف" not in f[0] for f in found)


@pytest.mark.parametrize("text, speaker, content", [
    # a name between `كان` and the perfect it frames is the subject, a time after the verb is when
    ("وقال سامر الحلبي إن الأسعار سترتفع. وكان الحلبي قد أكد أمس أن المخزون يكفي.", "الحلبي", "المخزون يكفي"),
    # `بدوره` / `بدورها` before the cue: in turn, the speaker after the verb
    ("وأعلن المدير افتتاح الفرع. وبدورها كشفت صحيفة الرياض أن الرخص جاهزة.", "صحيفة الرياض", "الرخص جاهزة"),
    # `وقد` + a perfect continues the last speaker
    ("وقال رئيس البلدية إن الطريق سيفتح. وقد أوضح أن الأعمال بدأت.", "رئيس البلدية", "الأعمال بدأت"),
])
def test_cue_after_kana_and_a_name_in_turn_or_the_particle_qad(text, speaker, content):
    assert (speaker, content) in said(text)


@pytest.mark.parametrize("text, speaker, content", [
    # a fronted topic or concession, no comma: the cue still opens its clause
    ("وقال المدرب إن الفريق جاهز. وعن إصابة المهاجم الأساسي للفريق أكد أن حالته تتحسن.", "المدرب", "حالته تتحسن"),
    ("وعلى الرغم من تراجع المبيعات ذكرت الشركة أن أرباحها ارتفعت.", "الشركة", "أرباحها ارتفعت"),
    ("ورغم ذلك أوضحت الوزارة أن الدوام مستمر.", "الوزارة", "الدوام مستمر"),
    # a demonstrative before a source points back to it; a source in the accusative after لكن
    ("ونقلت مصادر محلية أن الطريق أغلق. وأضافت هذه المصادر أن الجيش انسحب.", "هذه المصادر", "الجيش انسحب"),
    ("لكن مسؤولا حكوميا أكد للصحيفة أمس أن الاتفاق قريب.", "مسؤولا حكوميا", "الاتفاق قريب"),
    # the dots of a spelt acronym end no speaker
    ("وذكرت هيئة الإذاعة البريطانية (بي.بي.سي) أن الوفد وصل.", "هيئة الإذاعة البريطانية (بي.بي.سي)", "الوفد وصل"),
])
def test_fronted_topics_demonstrative_sources_and_accusative_subjects(text, speaker, content):
    assert (speaker, content) in said(text)


@pytest.mark.parametrize("text, speaker, content", [
    ("إلى ذلك كشفت مصادر في الوزارة أن القرار سيصدر قريبا.", "مصادر في الوزارة", "القرار سيصدر قريبا"),
    ("وذكر محققون يوم الخميس أن الحريق بدأ في المطبخ.", "محققون", "الحريق بدأ في المطبخ"),
    ("وذكر «مركز الرصد» في بيانه أن الزلزال كان خفيفا.", "«مركز الرصد»", "الزلزال كان خفيفا"),
])
def test_besides_investigators_and_a_quoted_name_before_its_medium(text, speaker, content):
    assert (speaker, content) in said(text)


@pytest.mark.parametrize("text, speaker, content", [
    # a weak continuing cue right before a quotation: the last speaker, in her own words
    ('وقالت المرشحة إن المشاركة مهمة. وتابعت "المرأة نصف المجتمع ولها حقوقها".', "المرشحة",
     "المرأة نصف المجتمع ولها حقوقها"),
    # a fronted place with a quoted name, a fronted manner
    ("وفي مدينة «المكلا» ذكرت مصادر طبية أن المستشفى امتلأ.", "مصادر طبية", "المستشفى امتلأ"),
    ("بكل وضوح أعلن الوزير أن الخطة تأجلت.", "الوزير", "الخطة تأجلت"),
    # the subject before a saying participle, without the object of its verb
    ("ووجه إمام المسجد النبوي النصيحة للشباب قائلا: احذروا دعاة الفتنة.", "إمام المسجد النبوي",
     "احذروا دعاة الفتنة"),
])
def test_continuing_quotes_fronted_phrases_and_a_subject_without_its_object(text, speaker, content):
    assert (speaker, content) in said(text)


@pytest.mark.parametrize("text, speaker, content", [
    ("ذكرت تقارير صحفية أن الشركة ستندمج مع منافستها.", "تقارير صحفية", "الشركة ستندمج مع منافستها"),
    ("سياسيا أعلنت الحكومة أن الانتخابات ستجرى في موعدها.", "الحكومة", "الانتخابات ستجرى في موعدها"),
    ('وقال الوزير إن التحقيق مستمر. وتابع في تغريدة أخرى "لن نترك المسؤولين دون حساب".', "الوزير",
     "لن نترك المسؤولين دون حساب"),
])
def test_a_weak_cue_opening_its_sentence_a_field_adverb_and_a_quotation_after_a_medium(text, speaker, content):
    assert (speaker, content) in said(text)


@pytest.mark.parametrize("text, speaker, content", [
    # `إمام` (imam) is no `أمام` (in front of), though both fold to one key
    ('وقال إمام وخطيب المسجد الحرام الدكتور سعود الشريم: "الفتنة نائمة".',
     "إمام وخطيب المسجد الحرام الدكتور سعود الشريم", "الفتنة نائمة"),
    # `هؤلاء` alone before what they said: those just quoted go on
    ("وقال السكان إن القصف مستمر. وأشار هؤلاء إلى أن الجسر دمر.", "السكان", "الجسر دمر"),
])
def test_an_imam_speaks_and_these_people_go_on(text, speaker, content):
    assert (speaker, content) in said(text)


def test_a_continuing_cue_in_a_sentence_another_verb_opened_takes_that_verbs_subject():
    text = ("وقال الوزير إن الخطة جاهزة. من جهته بارك مساعد قائد الوفد السعودي سعيد أبو دهش للفائزين، "
            "وقال إنه يتطلع إلى الفوز.")
    assert ("مساعد قائد الوفد السعودي سعيد أبو دهش", "يتطلع إلى الفوز") in said(text)


def test_a_continuing_cue_after_a_statement_of_its_own_sentence_keeps_that_speaker():
    assert said("وقال الوزير إن الخطة جاهزة، وأضاف أن التنفيذ قريب.") == [("الوزير", "الخطة جاهزة"),
                                                                       ("الوزير", "التنفيذ قريب")]


@pytest.mark.parametrize("text, speaker", [
    ("وقال أمير المنطقة الأمير خالد الفيصل إن السوق محفل للثقافة. وأكد سموه أن النجاح سيحسب للجميع.",
     "أمير المنطقة الأمير خالد الفيصل"),
    ("وقال وزير الخارجية إن العلاقات متينة. وشدد معاليه على حرص المملكة على الاستقرار.", "وزير الخارجية"),
])
def test_an_honorific_pronoun_continues_the_person_just_quoted(text, speaker):
    found = through_stages(text, ["segment", "entities", "time", "statements"])
    assert len(found) == 2 and {f[0] for f in found} == {speaker}


def test_an_honorific_pronoun_with_no_one_before_it_is_kept_as_written():
    found = through_stages("وأكد سموه أن النجاح سيحسب للجميع.", ["segment", "entities", "time", "statements"])
    assert [f[0] for f in found] == ["سموه"]


def test_in_front_of_still_opens_an_adjunct():
    assert said("وقال الوزير أمام الحضور إن الخطة جاهزة.") == [("الوزير", "الخطة جاهزة")]


def test_a_demonstrative_before_what_was_said_is_still_no_speaker():
    assert said("وتؤكد هذه التصريحات أن الموقف تغير.") == []


def test_qad_with_an_imperfect_says_what_may_happen():
    found = through_stages("وقال رئيس البلدية إن الطريق سيفتح. وقد يكشف التقرير أن الأعمال تأخرت.",
                           ["segment", "entities", "time", "statements"])
    assert [f[1] for f in found] == ["الطريق سيفتح"]


def test_an_adjunct_after_a_continuing_cue_keeps_the_last_speaker():
    found = through_stages('قال المدير: "سنفتتح الفرع". وأضاف أمام الحضور في الرياض "العمل بدأ فعلا".',
                           ["segment", "entities", "statements"])
    assert [f[:2] for f in found] == [("المدير", "سنفتتح الفرع"), ("المدير", "العمل بدأ فعلا")]


@pytest.mark.parametrize("text, speaker", [
    ("أوضح ذلك مدير عام الصحة سامي الخالد، مشيراً إلى أن اللقاحات متوفرة.", "مدير عام الصحة سامي الخالد"),
    ("صرح بذلك قائد الدفاع المدني، مؤكدا أن الحريق أخمد.", "قائد الدفاع المدني"),
])
def test_a_cue_pointing_back_names_the_speaker_a_participle_continues(text, speaker):
    assert [f[0] for f in through_stages(text, ["segment", "entities", "statements"])] == [speaker]


def test_an_impersonal_frame_is_no_speaker_for_a_participle():
    assert through_stages("ومن الواضح أن الطريق طويل، مؤكدا أن الحل قريب.", ["segment", "entities", "statements"]) == []


def test_a_named_programme_is_the_medium_not_the_content_and_scripture_is_no_statement():
    found = through_stages('قال المدير: "بدأنا". وأضاف خلال حديثه في برنامج "مساء الخير"، المذاع على قناة الشرق: '
                           '"الخطة جاهزة".', ["segment", "entities", "statements"])
    assert [f[1] for f in found] == ["بدأنا", "الخطة جاهزة"]
    assert through_stages('قال الله تعالى: "وأوفوا بالعهد".', ["segment", "entities", "statements"]) == []
    assert [f[0] for f in through_stages("وأوضح المشرف على البرنامج سالم العلي، أن الدورة ناجحة.",
                                         ["segment", "entities", "statements"])] == ["المشرف على البرنامج سالم العلي"]


@pytest.mark.parametrize("text, speaker, content", [
    ("وأدانت الرئاسة الهجمات على المدنيين.", "الرئاسة", "الهجمات على المدنيين"),
    ("وأعلنت الشرطة الحصيلة النهائية للحادث.", "الشرطة", "الحصيلة النهائية للحادث"),
    ("نفت اللجنة الدائمة الاتهامات الموجهة إليها.", "اللجنة الدائمة", "الاتهامات الموجهة إليها"),
    ("أكدت الهيئة المستقلة النتائج النهائية.", "الهيئة المستقلة", "النتائج النهائية"),
    ("أعلن الأمين العام تعيين مبعوث جديد.", "الأمين العام", "تعيين مبعوث جديد"),
])
def test_a_definite_object_after_a_definite_speaker_starts_the_content(text, speaker, content):
    assert [f[:2] for f in through_stages(text, ["segment", "entities", "statements"])] == [(speaker, content)]


@pytest.mark.parametrize("text, speaker, content, via", [
    ("قالت المتحدثة سارة العلي، وفق وكالة الأنباء الرسمية، إن المفاوضات ستستأنف.", "المتحدثة سارة العلي",
     "المفاوضات ستستأنف", "وكالة الأنباء الرسمية"),
    ("وأكد الوزير، بحسب صحيفة الرياض، أن المشروع سيكتمل العام المقبل.", "الوزير", "المشروع سيكتمل العام المقبل", "الرياض"),
    ("وقال مصدر أمني، نقلا عن التلفزيون الرسمي، إن الهجوم أسفر عن قتيلين.", "مصدر أمني", "الهجوم أسفر عن قتيلين",
     "التلفزيون الرسمي"),
])
def test_an_according_to_phrase_between_speaker_and_content_is_the_relay(text, speaker, content, via):
    assert through_stages(text, ["segment", "entities", "statements"]) == [(speaker, content, via)]


@pytest.mark.parametrize("text, via", [
    ("وقال مصدر أمني لوكالة الأنباء الأردنية إن الطريق أغلق.", "وكالة الأنباء الأردنية"),
    ("وقال الوزير لوكالة أنباء الشرق الأوسط إن الاتفاق قريب.", "وكالة أنباء الشرق الأوسط"),
    ("وقال الوزير لوكالة رويترز إن الاتفاق قريب.", "رويترز"),
])
def test_an_agency_named_by_its_news_keeps_the_word_agency(text, via):
    assert [f[2] for f in through_stages(text, ["segment", "entities", "statements"])] == [via]


@pytest.mark.parametrize("text, speaker, content", [
    ("ودعا رئيس الوزراء الهولندي مارك روته البرلمان إلى إقرار الميزانية قبل العطلة.",
     "رئيس الوزراء الهولندي مارك روته", "إقرار الميزانية قبل العطلة"),
    ("وطالبت نقابة الأطباء جميع المستشفيات بتوفير أجهزة التنفس.", "نقابة الأطباء", "بتوفير أجهزة التنفس"),
    ("ودعت هيئة الأرصاد كافة السائقين إلى تجنب الطرق الجبلية.", "هيئة الأرصاد", "تجنب الطرق الجبلية"),
    ("ودعا المدرب خالد العتيبي الجميع للحضور إلى الملعب مبكرا.", "المدرب خالد العتيبي",
     "للحضور إلى الملعب مبكرا"),
])
def test_whom_a_call_names_is_not_its_speaker(text, speaker, content):
    assert through_stages(text, ["segment", "entities", "statements"]) == [(speaker, content, None)]


def test_a_prayer_is_not_a_call():
    text = "ودعا الخطيب الله أن يحفظ البلاد من كل مكروه."
    assert through_stages(text, ["segment", "entities", "statements"]) == []


@pytest.mark.parametrize("text, speaker, content", [
    ("ستبدأ الجامعة استقبال طلبات القبول يوم الأحد المقبل. أوضح ذلك عميد القبول والتسجيل.",
     "عميد القبول والتسجيل", "ستبدأ الجامعة استقبال طلبات القبول يوم الأحد المقبل"),
    ("ارتفعت صادرات التمور بنسبة عشرين في المئة هذا العام.\nأكد ذلك مدير الغرفة التجارية.",
     "مدير الغرفة التجارية", "ارتفعت صادرات التمور بنسبة عشرين في المئة هذا العام"),
])
def test_that_said_by_a_speaker_reports_the_sentence_before(text, speaker, content):
    assert through_stages(text, ["segment", "entities", "statements"]) == [(speaker, content, None)]


def test_that_said_after_a_heading_or_a_statement_adds_nothing():
    assert through_stages("أخبار الجامعة\nأوضح ذلك عميد القبول.", ["segment", "entities", "statements"]) == []
    found = through_stages("قال الوزير إن المعابر ستفتح غدا. وأكد ذلك المتحدث باسم الحكومة.",
                           ["segment", "entities", "statements"])
    assert found == [("الوزير", "المعابر ستفتح غدا", None)]


@pytest.mark.parametrize("text, speaker, content", [
    ("الموسم سيكون صعبا على الفريق، كما قال المدرب.", "المدرب", "الموسم سيكون صعبا على الفريق"),
    ("ارتفعت الإيجارات في الأحياء القديمة، كما يقول سماسرة العقار، من دون أن تتحسن الخدمات.",
     "سماسرة العقار", "ارتفعت الإيجارات في الأحياء القديمة"),
])
def test_as_a_speaker_said_after_a_comma_attributes_the_clause_before(text, speaker, content):
    assert through_stages(text, ["segment", "entities", "statements"]) == [(speaker, content, None)]


def test_also_said_with_a_complementizer_is_an_ordinary_statement():
    found = through_stages("وأشاد الوزير بالجهود، كما قال الوزير إن المشروع سينجز قريبا.",
                           ["segment", "entities", "statements"])
    assert ("الوزير", "المشروع سينجز قريبا", None) in found


@pytest.mark.parametrize("text, speaker, content", [
    ("ووصف رئيس الهيئة ورئيس اللجنة العليا الدكتور سالم الحربي القرار بالتاريخي.",
     "رئيس الهيئة ورئيس اللجنة العليا الدكتور سالم الحربي", "القرار بالتاريخي"),
    ("وندد المفتي بالاعتداء على المصلين.", "المفتي", "بالاعتداء على المصلين"),
])
def test_coordinated_titles_and_religious_roles_head_a_speaker(text, speaker, content):
    assert through_stages(text, ["segment", "entities", "statements"]) == [(speaker, content, None)]


@pytest.mark.parametrize("text, speaker, content", [
    ("وظهر جون كيري في اجتماعات مع نظرائه في ماليزيا. وقال إنه استعار العصا من صديق قديم.",
     "جون كيري", "استعار العصا من صديق قديم"),
    ("وزار الوزير عادل الجبير موسكو أمس. وقال إن المحادثات كانت مثمرة.",
     "الوزير عادل الجبير", "المحادثات كانت مثمرة"),
])
def test_a_named_subject_of_the_sentence_before_speaks_for_a_bare_cue(text, speaker, content):
    assert through_stages(text, ["segment", "entities", "statements"]) == [(speaker, content, None)]


def test_a_quoted_name_after_a_title_stays_in_the_speaker_before_a_bare_content():
    text = "وأعلن رئيس الوزراء الإسرائيلي «نتنياهو» الموافقة على بناء 500 وحدة استيطانية."
    assert through_stages(text, ["segment", "entities", "statements"]) == [
        ("رئيس الوزراء الإسرائيلي «نتنياهو»", "الموافقة على بناء 500 وحدة استيطانية", None)]


@pytest.mark.parametrize("text, speaker, content", [
    ("وانتقد «أوباما» القرار الروسي بشدة.", "«أوباما»", "القرار الروسي بشدة"),
    ("وقال «أوباما» الأسبوع الماضي إن الاتفاق جيد.", "«أوباما»", "الاتفاق جيد"),
])
def test_a_quoted_name_speaks_before_a_bare_object_or_a_time(text, speaker, content):
    assert through_stages(text, ["segment", "entities", "time", "statements"]) == [(speaker, content, None)]


@pytest.mark.parametrize("text, speaker", [
    ("وكشف وكيل الوزارة أن الأعداد ارتفعت هذا العام.", "وكيل الوزارة"),
    ("وعبر المشرف العام على الحملة عن سعادته بنجاحها.", "المشرف العام على الحملة"),
    ("وأوضح مقرر اللجنة أن العمل سيبدأ قريبا.", "مقرر اللجنة"),
])
def test_more_titles_head_a_speaker_of_a_weak_cue(text, speaker):
    assert [found[0] for found in through_stages(text, ["segment", "entities", "statements"])] == [speaker]


@pytest.mark.parametrize("text, speaker, content", [
    # a saying verb's content may open without إن after its named speaker, with a word that begins a clause
    ("وأضاف المركز تم ضبط الشحنة عند المنفذ الحدودي.", "المركز", "تم ضبط الشحنة عند المنفذ الحدودي"),
    ("وقال المتحدث باسم الشرطة، لن نسمح بتكرار ما حدث.", "المتحدث باسم الشرطة", "لن نسمح بتكرار ما حدث"),
    ("وقال مدير المستشفى هناك نقص في الأدوية.", "مدير المستشفى", "هناك نقص في الأدوية"),
])
def test_a_bare_clause_after_the_speaker_is_the_content(text, speaker, content):
    assert through_stages(text, ["segment", "entities", "statements"]) == [(speaker, content, None)]


@pytest.mark.parametrize("text", [
    "فهم كما يقول ابتدعوا نمطا جديدا من العامية، ليس لركاكتها وإنما لغرابتها.",  # no speaker: a clause
    "وقال أوباما الذي لم يحضر الاجتماع أمس.",  # a relative clause of the speaker, nothing said
])
def test_no_bare_clause_content_without_a_named_speaker(text):
    assert through_stages(text, ["segment", "entities", "statements"]) == []


def test_the_actor_of_a_meeting_is_the_role_not_its_object():
    text = "استقبل أمير المنطقة الوفد في مكتبه. وأكد أن المنطقة تشهد تنمية كبيرة."
    assert through_stages(text, ["segment", "entities", "statements"]) == [
        ("أمير المنطقة", "المنطقة تشهد تنمية كبيرة", None)]


def test_an_outlet_given_a_copy_is_no_part_of_the_content():
    text = "وقالت وزارة الصحة في بيان تلقت «عكاظ» نسخة منه إن عدد الإصابات ارتفع."
    assert [found[:2] for found in through_stages(text, ["segment", "entities", "statements"])] == [
        ("وزارة الصحة", "عدد الإصابات ارتفع")]


@pytest.mark.parametrize("text, speaker, content", [
    # a tweet is a statement; its content after the colon
    ("وغردت الفنانة سميرة: رحم الله الفقيد وأسكنه فسيح جناته.", "الفنانة سميرة", "رحم الله الفقيد وأسكنه فسيح جناته"),
    # أفاد with its content after ب or after عن
    ("وأفاد مصدر طبي بوفاة طفلين في الحادث.", "مصدر طبي", "بوفاة طفلين في الحادث"),
    ("كما أفاد مصدر أمني عن اعتقال ثلاثة مطلوبين.", "مصدر أمني", "اعتقال ثلاثة مطلوبين"),
    # a bare object that governs a demonstrative ends the speaker
    ("ونفى المتحدث باسم الشركة توجيه تلك الاتهامات.", "المتحدث باسم الشركة", "توجيه تلك الاتهامات"),
    # an honorific opens the speaker even for a weak cue
    ("وصف صاحب السمو أمير المنطقة الحادث بالعمل الجبان.", "صاحب السمو أمير المنطقة", "الحادث بالعمل الجبان"),
    # after `كما` or `حسبما` and a cue, the source of the clause before
    ("ارتفعت الأسعار في يوليو، حسبما أفادت وسائل إعلام رسمية.", "وسائل إعلام رسمية", "ارتفعت الأسعار في يوليو"),
    # the cue's ب on the content's first noun after the speaker; not `باسم` of a spokesman's role
    ("ونوه مدير الجامعة بجهود الطلاب في المسابقة.", "مدير الجامعة", "بجهود الطلاب في المسابقة"),
    ("وصرح المتحدث باسم الشرطة بأن الحادث قيد التحقيق.", "المتحدث باسم الشرطة", "الحادث قيد التحقيق"),
    # a quoted name after a weak cue, then the cue's own preposition
    ("وكشفت «الشركة» عن خطة جديدة للتوسع.", "«الشركة»", "خطة جديدة للتوسع"),
    # a title before the name, after a role, is no object
    ("وأفاد الخبير في شؤون الطاقة الدكتور سالم العلي بأن الأسعار سترتفع.", "الخبير في شؤون الطاقة الدكتور سالم العلي",
     "الأسعار سترتفع"),
])
def test_tenth_session_cue_and_speaker_families(text, speaker, content):
    assert [found[:2] for found in through_stages(text, ["segment", "entities", "statements"])] == [(speaker, content)]


def test_a_relative_cue_about_what_was_said_has_no_speaker_after_it():
    text = "وهنأ الرئيس العام الفريق في تغريدة غرد بها أمس."
    assert all(found[0] != "بها" for found in through_stages(text, ["segment", "entities", "statements"]))


def test_a_participle_takes_a_demonstrative_object():
    text = "وأكد الأمير أن الوطن صف واحد، مستنكرا هذا العدوان الإجرامي."
    assert [found[:2] for found in through_stages(text, ["segment", "entities", "statements"])] == [
        ("الأمير", "الوطن صف واحد"), ("الأمير", "هذا العدوان الإجرامي")]
    text = "وأكد الأمير أن الوطن صف واحد، مؤكدا ذلك في كلمته."  # `ذلك` points back at what was said
    assert len(through_stages(text, ["segment", "entities", "statements"])) == 1


@pytest.mark.parametrize("text, speaker, content", [
    # an adverb after the cue says how, not who: the last speaker goes on
    ("أعلنت المديرية نتائج التحقيق. وتشدد دائماً على رفضها لأوجه الفساد.", "المديرية", "رفضها لأوجه الفساد"),
    ("قال الوزير إن العمل مستمر. وقال ردا على استفسار إن لا تهديد.", "الوزير", "لا تهديد"),
    # the speaker after the adverb
    ("وقال مجدداً رئيس الوزراء إن الحكومة باقية.", "رئيس الوزراء", "الحكومة باقية"),
])
def test_an_adverb_after_the_cue_is_no_speaker(text, speaker, content):
    assert [found[:2] for found in through_stages(text, ["segment", "entities", "statements"])][-1] == (speaker, content)


def test_what_was_submitted_is_no_statement():
    assert through_stages("وافق المجلس على ما رفعه رئيس الهيئة بشأن المشروع.", ["segment", "entities", "statements"]) == []


@pytest.mark.parametrize("text, speaker, content", [
    # a post or a condolence written after a colon
    ("وكتبت الإعلامية سلمى حسن: رحم الله الفقيد وألهم أهله الصبر.", "الإعلامية سلمى حسن",
     "رحم الله الفقيد وألهم أهله الصبر"),
    ("ونعت المطربة ليلى سامي: خسرنا صوتا لا يعوض.", "المطربة ليلى سامي", "خسرنا صوتا لا يعوض"),
    # a topic fronted by `أما` is the subject of the cue after `ف` / `فقد`
    ("أما رئيس الغرفة التجارية فقال إن الأسواق هادئة.", "رئيس الغرفة التجارية", "الأسواق هادئة"),
    ("أما النقابة فقد أكدت أن الإضراب مستمر.", "النقابة", "الإضراب مستمر"),
    # `وفق ما نقلت` closes the clause it attributes, like `حسبما أفادت`
    ("وانهار الجسر القديم صباح أمس، وفق ما نقلت وسائل إعلام محلية.", "وسائل إعلام محلية",
     "وانهار الجسر القديم صباح أمس"),
    # a role between two commas after a weak cue's speaker, then the cue's preposition
    ("وكشف المهندس سعيد العمري، المدير التنفيذي للمشروع، عن موعد افتتاح الجسر.",
     "المهندس سعيد العمري، المدير التنفيذي للمشروع", "موعد افتتاح الجسر"),
    # a tagged organisation after `وفقا لـ`, the preposition out of the speaker
    ("وارتفعت أسعار النفط أمس، وفقا لرويترز.", "رويترز", "وارتفعت أسعار النفط أمس"),
    ("ووفقا لبيانات التجارة الأمريكية، فإن الصادرات تراجعت.", "بيانات التجارة الأمريكية", "الصادرات تراجعت"),
    # a photographer is a source
    ("وتجمع نحو ألف شخص في الساحة، حسب مصور وكالة فرانس برس.", "مصور وكالة فرانس برس",
     "وتجمع نحو ألف شخص في الساحة"),
    # the لـ of purpose continues the subject its sentence named; a colon after أن opens no content of its own
    ("وعاد المركز الإعلامي للنادي ليؤكد أن الإدارة تعمل بمصداقية.", "المركز الإعلامي للنادي",
     "الإدارة تعمل بمصداقية"),
    ('وخرج الوزير ليقول أن: "الأزمة انتهت".', "الوزير", "الأزمة انتهت"),
    # `عبر` is "via" between a speaker and the content; `تنظيم` before a tagged name heads the speaker
    ('وقال النادي في تغريدة عبر حسابه على «تويتر»: «المفاوضات انتهت».', "النادي", "المفاوضات انتهت"),
    ("وأعلن تنظيم داعش في بيان مسؤوليته عن الهجوم.", "تنظيم داعش", "الهجوم"),
    # a relative speaks for a family
    ("وكان والد الضحية قد أكد أن ابنه بريء.", "والد الضحية", "ابنه بريء"),
])
def test_eleventh_session_cue_and_speaker_families(text, speaker, content):
    assert [found[:2] for found in through_stages(text, ["segment", "entities", "statements"])] == [(speaker, content)]


def test_writing_without_a_colon_is_no_statement():
    assert through_stages("وكتب الروائي محمد علي روايته الأولى في السجن.", ["segment", "entities", "statements"]) == []
    assert through_stages("ونعت الرئاسة الفقيد الكبير.", ["segment", "entities", "statements"]) == []
    text = 'ونعت الجمعية الخيرية ببالغ الحزن مديرتها "سلوى" البالغة من العمر 45 عاما.'  # whom it mourned
    assert through_stages(text, ["segment", "entities", "statements"]) == []


def test_a_verb_and_its_saying_word_read_one_statement():
    text = "أما الطبيب خالد سالم فكتب يقول: الوقاية خير من العلاج."
    assert [found[:2] for found in through_stages(text, ["segment", "entities", "statements"])] == [
        ("الطبيب خالد سالم", "الوقاية خير من العلاج")]


def test_a_quoted_platform_before_the_colon_is_no_content():
    text = "وقال الوزير في تغريدة على حسابه في موقع “تويتر”: “المشروع سيكتمل قبل نهاية العام”."
    assert [found[:2] for found in through_stages(text, ["segment", "entities", "statements"])] == [
        ("الوزير", "المشروع سيكتمل قبل نهاية العام")]


def test_a_headline_cue_never_reaches_into_the_dateline_below_it():
    text = ("رئيس البرلمان ينفي اتهامات بالتآمر على الحكومة\n"
            "عمان - «الرأي»: قال رئيس البرلمان إن الاتهامات لا أساس لها.")
    found = through_stages(text, ["segment", "entities", "statements"])
    assert [f[:2] for f in found] == [("رئيس البرلمان", "اتهامات بالتآمر على الحكومة"),  # the headline, on its line
                                      ("رئيس البرلمان", "الاتهامات لا أساس لها")]


def test_a_purpose_with_no_speaker_in_its_sentence_is_no_statement():
    text = "وطبعت البلدية نشرات مبسطة لتجيب على كافة الاستفسارات."
    assert through_stages(text, ["segment", "entities", "statements"]) == []


def test_expressing_a_feeling_continues_the_speaker():
    text = "وقال الأمير إن الحادث مؤلم، معبرا عن امتنانه للقيادة."
    assert [f[:2] for f in through_stages(text, ["segment", "entities", "statements"])] == [
        ("الأمير", "الحادث مؤلم"), ("الأمير", "امتنانه للقيادة")]


def test_an_agency_after_a_quotation_relays_it():
    text = "وقال الوزير: «المشروع سيكتمل قريبا»، حسب رويترز. وتابع: «التمويل متوفر»."
    assert through_stages(text, ["segment", "entities", "statements"]) == [
        ("الوزير", "المشروع سيكتمل قريبا", "رويترز"), ("الوزير", "التمويل متوفر", None)]


@pytest.mark.parametrize("text, speaker, content", [
    # a subject before its verb may hold a short quoted name
    ('وقالت الشرطة إن الحريق بدأ ليلا. شقيق الضحية "سامر الخطيب" أكد أن أحدا لم يحذرهم.',
     'شقيق الضحية "سامر الخطيب"', "أحدا لم يحذرهم"),
    # a name alone before a cue whose content opens with its glued ب, and a name set between commas after a role
    ("وتحدث المهندس فيصل العتيبي للصحيفة. العتيبي أفاد بأن المشروع تأخر شهرين.", "العتيبي",
     "المشروع تأخر شهرين"),  # the complementizer `بأن` is no part of what was said
    ("مدير العلاقات العامة في البلدية، فيصل العتيبي، أكد أن المشروع تأخر شهرين.", "فيصل العتيبي",
     "المشروع تأخر شهرين"),
    # a body after a preposition is where, not who; a source before the preposition still heads the subject
    ("وبالتحقيق معهم في مركز الشرطة اعترفوا بالسرقة.", None, None),
    ("وقالت الوكالة إن مصادر مطلعة في وزارة النقل أبلغت أن المطار سيغلق.", "الوكالة", "مصادر مطلعة في وزارة النقل أبلغت أن المطار سيغلق"),
])
def test_twelfth_session_subjects_before_the_cue(text, speaker, content):
    found = [f[:2] for f in through_stages(text, ["segment", "entities", "statements"])]
    if speaker is None:
        assert found == []
    else:
        assert (speaker, content) in found


def test_a_subject_inside_a_relay_before_a_preposition():
    found = [f[:2] for f in through_stages("مصادر مطلعة في وزارة النقل أبلغت الصحيفة أن المطار سيغلق.",
                                           ["segment", "entities", "statements"])]
    assert found == [("مصادر مطلعة في وزارة النقل", "المطار سيغلق")]


@pytest.mark.parametrize("text, speaker, content", [
    # urging and appealing name whom they call on: a definite plural in ين after a role, or right after the verb
    ("وحث المحافظ المزارعين على ترشيد استهلاك المياه.", "المحافظ", "ترشيد استهلاك المياه"),
    ("وقال رئيس الجمعية إن المخزون يكفي شهرا. وناشد المتبرعين بأن يواصلوا دعمهم.", "رئيس الجمعية",
     "يواصلوا دعمهم"),
])
def test_a_call_names_whom_it_calls_on(text, speaker, content):
    found = [f[:2] for f in through_stages(text, ["segment", "entities", "statements"])]
    assert (speaker, content) in found
    assert not any(s in ("المحافظ المزارعين", "المتبرعين") for s, _ in found)


def test_a_speaker_named_inside_a_closed_content_does_not_go_on():
    text = ("وأكد رئيس الاتحاد أن الأندية شكرت أعضاء اللجنة الذين أكدوا بالإجماع تأجيل البطولة، "
            "قائلا: «القرار كان حكيما».")
    found = [f[:2] for f in through_stages(text, ["segment", "entities", "statements"])]
    assert ("رئيس الاتحاد", "القرار كان حكيما") in found


@pytest.mark.parametrize("text, speaker, content", [
    # what a survey, a study or a data release showed or found, named right after the verb
    ("وأظهر استطلاع حديث تراجع ثقة المستهلكين في الاقتصاد.", "استطلاع حديث", "تراجع ثقة المستهلكين في الاقتصاد"),
    ("ووجدت الدراسة أن نصف الطلاب لا يتناولون الإفطار.", "الدراسة", "نصف الطلاب لا يتناولون الإفطار"),
    ("وأظهرت بيانات شهرية ارتفاع مبيعات السيارات.", "بيانات شهرية", "ارتفاع مبيعات السيارات"),
    ("وكشف تقرير جديد أن الأمطار ستزداد.", "تقرير جديد", "الأمطار ستزداد"),
    ("وأظهر المسح الذي أجرته جامعة القاهرة، أن البطالة تراجعت.", "المسح الذي أجرته جامعة القاهرة",
     "البطالة تراجعت"),
])
def test_a_survey_or_a_study_reports_its_findings(text, speaker, content):
    assert [f[:2] for f in through_stages(text, ["segment", "entities", "statements"])] == [(speaker, content)]


@pytest.mark.parametrize("text", [
    "وأظهر اللاعب مهارة عالية في المباراة.",  # a person shows a skill: no finding
    "ووجدت الشرطة السيارة في المزرعة.",
    "وأظهرت البيانات في الربع الأول تراجعا.",  # an adjunct after the study: what it showed is unclear
])
def test_showing_and_finding_are_no_statement_without_a_study(text):
    assert through_stages(text, ["segment", "entities", "statements"]) == []


def test_a_bare_cue_after_a_study_goes_on_with_the_official_before_it():
    text = ("وقال مدير البنك إن الطلب ارتفع. وأظهرت الإحصاءات أن البنك موّل ألف مشروع، "
            "مشيرا إلى أن القروض تضاعفت.")
    found = [f[:2] for f in through_stages(text, ["segment", "entities", "statements"])]
    assert ("مدير البنك", "القروض تضاعفت") in found


@pytest.mark.parametrize("text, speaker, content", [
    # a body described by an adjective before a relative pronoun is its antecedent
    ("وذلك على عكس الإدارة الأهلية التي نفت وجود أي اتفاق.", "الإدارة الأهلية", "وجود أي اتفاق"),
    # a subject before an adverb of frequency and ما; the phrase after the verb is its object
    ("إلا أن الوزارة المصرية كثيرا ما تنتقد تقارير المنظمات الدولية.", "الوزارة المصرية",
     "تقارير المنظمات الدولية"),
    ("وأوضح المصدر أن الوزارة تنفي الشائعات المتداولة.", "الوزارة", "الشائعات المتداولة"),
])
def test_a_subject_before_the_verb_and_its_object_after(text, speaker, content):
    assert (speaker, content) in [f[:2] for f in through_stages(text, ["segment", "entities", "statements"])]


def test_a_cue_word_after_a_number_is_a_noun():
    text = "وذكرت الجامعة أنها قبلت نحو 8000 طالب وطالبة هذا العام."
    found = [f[:2] for f in through_stages(text, ["segment", "entities", "statements"])]
    assert found == [("الجامعة", "قبلت نحو 8000 طالب وطالبة هذا العام")]


@pytest.mark.parametrize("text, speaker, content", [
    # a quoted name before a definite object of an announcing cue, or before an adverb and أن
    ("كما انتقد «فيفا» القرارات الأخيرة للجنة.", "«فيفا»", "القرارات الأخيرة للجنة"),
    ('وكشفت "نوكيا" أيضاً أنها ستطرح هاتفا جديدا.', '"نوكيا"', "ستطرح هاتفا جديدا"),
    # a clause opened by حتى or بعدما starts with its verb
    ("ولم تمض ساعات حتى أعلنت وزارة الصحة تسجيل إصابات جديدة.", "وزارة الصحة", "تسجيل إصابات جديدة"),
])
def test_quoted_names_and_subordinate_clauses_speak(text, speaker, content):
    assert (speaker, content) in [f[:2] for f in through_stages(text, ["segment", "entities", "statements"])]


@pytest.mark.parametrize("text, speaker, content", [
    # an outlet that passes on what a source told it: the source speaks, the outlet is the medium
    ("وقالت صحيفة محلية، نقلا عن مسؤول في الوزارة، إن الخطة ستعلن قريبا.", "مسؤول في الوزارة",
     "الخطة ستعلن قريبا"),
    # a name before a comma and والذي
    ("والتقت الصحيفة بالمهندس خالد العمري، والذي قال: المشروع يسير وفق الخطة.", "المهندس خالد العمري",
     "المشروع يسير وفق الخطة"),
    # attributing, justifying and denying as a participle
    ("وعزا المدير التراجع إلى ارتفاع الأسعار.", "المدير", "التراجع إلى ارتفاع الأسعار"),
    ("وقال المتحدث إن الطريق مغلق، نافيا وجود إصابات.", "المتحدث", "وجود إصابات"),
])
def test_relays_antecedents_and_more_cues(text, speaker, content):
    assert (speaker, content) in [f[:2] for f in through_stages(text, ["segment", "entities", "statements"])]


def test_a_thing_before_a_comma_and_walladhi_is_no_speaker():
    text = "وافتتح الأمير القاعة الجديدة، والذي يؤكد حرص الدولة على التعليم."
    assert not any(s == "القاعة الجديدة" for s, _ in (f[:2] for f in through_stages(
        text, ["segment", "entities", "statements"])))


def test_the_outlet_of_a_relayed_statement_is_its_medium():
    found = through_stages("وقالت صحيفة محلية، نقلا عن مسؤول في الوزارة، إن الخطة ستعلن قريبا.",
                           ["segment", "entities", "statements"])
    assert found == [("مسؤول في الوزارة", "الخطة ستعلن قريبا", "صحيفة محلية")]


def test_a_person_whose_statement_opens_a_reported_content_goes_on():
    text = "وأوضح بيان حكومي أن رئيس الوزراء خالد العمري أكد خلال اللقاء تحقيق نجاحات كبيرة، لافتًا إلى أن الخطر تراجع."
    found = [f[:2] for f in through_stages(text, ["segment", "entities", "statements"])]
    assert ("رئيس الوزراء خالد العمري", "الخطر تراجع") in found


def test_an_outlet_told_before_the_speaker_is_the_medium():
    found = through_stages("وأبلغت «الوطن» مصادر مطلعة أن الوزارة ستعلن القرار غدا.",
                           ["segment", "entities", "statements"])
    assert found == [("مصادر مطلعة", "الوزارة ستعلن القرار غدا", "الوطن")]


@pytest.mark.parametrize("text, speaker", [
    ("وعبر الطلبة عن شكرهم للجامعة على دعمها.", "الطلبة"),
    ("وقال الأهالي إن المياه مقطوعة منذ أسبوع.", "الأهالي"),
])
def test_groups_of_people_speak_unnamed(text, speaker):
    found = through_stages(text, ["segment", "entities", "statements"])
    assert [f[0] for f in found] == [speaker]


def statements_with_names(text: str, names: list[tuple[str, str]]) -> list[dict]:
    """The statements of `text` when the entities stage found `names` (`(name as written, label)`, each the
    first occurrence): the finder alone, on names given by hand."""
    from rasid.model import Span

    doc = SEGMENTER(Document("t", text, DocMeta(source="test")))
    spans = [Span(text.index(name), text.index(name) + len(name), label) for name, label in names]
    doc = EXTRACTOR(doc.with_layer("entities", sorted(spans, key=lambda s: s.start)))
    return [dict(span.attrs, start=span.start, end=span.end) for span in doc.layer("statements")]


@pytest.mark.parametrize("text, names, cue, speaker", [
    # a sentence that opens on a name (a clitic glued to it) and goes on: its later cue is that name's
    ("وذكرت الوكالة أن الأسعار ارتفعت. وكريمة ليست عضوا في اللجنة هذا العام، وقالت في السابق إن البنك تأخر.",
     [("كريمة", "PER")], "وقالت", "كريمة"),
    ("وأغلقت الشرطة الطريق. ووزارة النقل، إذ تعلن عن ذلك لتؤكد أن الجسر آمن، تدعو السائقين إلى الحذر.",
     [("وزارة النقل", "ORG")], "لتؤكد", "وزارة النقل"),
    ("وهطلت أمطار غزيرة. والإدارة العامة للطرق تتمنى للمسافرين رحلة آمنة، محذرة من السرعة على المنحدرات.",
     [("الإدارة العامة للطرق", "ORG")], "محذرة", "الإدارة العامة للطرق"),
])
def test_a_sentence_opening_on_a_name_gives_its_later_cue_the_whole_name(text, names, cue, speaker):
    [found] = [s for s in statements_with_names(text, names) if s["cue"] == cue]
    assert found["speaker_text"] == speaker
    assert text[found["speaker_start"]:found["speaker_end"]] == speaker


def test_a_byline_opening_the_text_is_no_speaker_of_what_follows():
    text = "سالم الحربي- الوطن- تبوك: يشكو سكان القرى انقطاع المياه منذ أسابيع، مشيرين إلى أن الخزانات فارغة."
    found = statements_with_names(text, [("سالم الحربي", "PER")])
    assert all(s["speaker_text"] != "سالم الحربي" for s in found)


@given(st.lists(st.sampled_from(["وكريمة", "ليست", "عضوا", "،", "وقالت", "إن", "البنك", "تأخر", ".", "وأضافت:",
                                 "«", "»", "الوزارة", "وزارة", "النقل"]), min_size=1, max_size=25))
@settings(max_examples=150, deadline=None)
def test_a_speaker_span_is_never_empty_nor_backwards(words):
    text = " ".join(words)
    names = [(n, label) for n, label in (("كريمة", "PER"), ("وزارة النقل", "ORG")) if n in text]
    for found in statements_with_names(text, names):
        if found["speaker_start"] is not None:
            assert found["speaker_start"] < found["speaker_end"]
            assert text[found["speaker_start"]:found["speaker_end"]] == found["speaker_text"]


@pytest.mark.parametrize("text, cue, speaker, content", [
    # an aside right after the cue names no one: the last speaker goes on, the content starts after the aside
    ("وقال المدرب سالم إن الفريق جاهز. ثم قال، وهو يضحك، إن المباراة ستكون صعبة.", "قال", "المدرب سالم",
     "المباراة ستكون صعبة"),
    ("وقالت الطبيبة هدى إن الحالة مستقرة. تقول، وقد بدا عليها التعب، إن الليلة كانت طويلة.", "تقول",
     "الطبيبة هدى", "الليلة كانت طويلة"),
    # a name set off by commas right after the cue is the speaker, without the first comma
    ("وقال، ناصر الكعبي، إن الطريق سيفتح غدا.", "وقال", "ناصر الكعبي", "الطريق سيفتح غدا"),
])
def test_an_aside_after_the_cue_is_no_speaker_and_an_apposed_name_is(text, cue, speaker, content):
    found = by_cue(text, cue)
    assert (found["speaker_text"], found["content"]) == (speaker, content)
    assert text[found["speaker_start"]:found["speaker_end"]] == speaker


@pytest.mark.parametrize("text, cue, speaker", [
    # a participle of state between the cue and its colon tells how the last speaker went on, not who spoke
    ("وقالت المغنية ريم إن الحفل ناجح. وتابعت متحمسة: «سأغني في كل المدن».", "وتابعت", "المغنية ريم"),
    ("وقال الحارس سعيد إن المباراة انتهت. وأضاف مبتسماً: «سنفوز في المرة القادمة».", "وأضاف", "الحارس سعيد"),
    # a role or a source word there is the speaker, the feminine too
    ("وقالت مسؤولة: «الوفد وصل».", "وقالت", "مسؤولة"),
    ("وقال مسؤول: «الاتفاق قريب».", "وقال", "مسؤول"),
])
def test_a_state_before_the_colon_is_no_speaker(text, cue, speaker):
    assert by_cue(text, cue)["speaker_text"] == speaker


@pytest.mark.parametrize("text, cue, speaker", [
    # what was said, with its owner's pronoun, is the verb's object: the speaker is the one before
    ("وقال المحافظ ناصر إن الطريق جاهز. وختم حديثه بقوله: «سنفتتحه قريبا».", "بقوله", "المحافظ ناصر"),
    ("وقالت الباحثة سلمى إن النتائج مشجعة. وشرحت فكرتها قائلة: «العينة كبيرة».", "قائلة", "الباحثة سلمى"),
    # what a speaker draws ends the speaker
    ("ولفت المهندس فهد النظر إلى أن الجسر يحتاج صيانة.", "ولفت", "المهندس فهد"),
    ("ويلفت التقرير الانتباه إلى أن الأسعار ارتفعت.", "ويلفت", "التقرير"),
])
def test_what_was_said_or_drawn_is_no_part_of_the_speaker(text, cue, speaker):
    assert by_cue(text, cue)["speaker_text"] == speaker


@pytest.mark.parametrize("text, speaker, content_start", [
    ("وأكد الوزير أن الوضع مستقر، كما رحب بالقرار الصادر عن المجلس في جلسته.", "الوزير", "بالقرار"),
    ("وتحدثت المديرة عن الخطة الجديدة، كما رحبت بكافة المتطوعين في الحملة.", None, "بكافة"),
])
def test_the_cues_own_preposition_glued_to_a_noun_opens_its_content_not_its_speaker(text, speaker, content_start):
    found = [s for s in statements_of(text) if s["cue"] in ("رحب", "رحبت")]
    assert all(s["speaker_text"] != s["content"] for s in found)
    assert all(not (s["speaker_text"] or "").startswith("ب") for s in found)
    if speaker:
        assert len(found) == 1 and found[0]["speaker_text"] == speaker and found[0]["content"].startswith(content_start)


def test_as_said_needs_a_source_not_the_cues_complement():
    assert not [s for s in statements_of("ارتفعت أسعار الوقود هذا الأسبوع، كما رحب بجميع الزوار.") if s["cue"] == "رحب"]
    said = by_cue("ارتفعت أسعار الوقود هذا الأسبوع، كما قال بوتين.", "قال")
    assert said["speaker_text"] == "بوتين"


@pytest.mark.parametrize("text, speaker, content", [
    ("أعلن طيران ناس عن تحقيق إنجاز غير مسبوق.", "طيران ناس", "تحقيق إنجاز غير مسبوق"),
    ("أعلن طيران ناس الناقل الوطني السعودي، عن تحقيق إنجاز.", "طيران ناس الناقل الوطني السعودي", "تحقيق إنجاز"),
])
def test_a_name_between_an_announcing_cue_and_its_preposition_is_the_announcer(text, speaker, content):
    found = by_cue(text, "أعلن")
    assert (found["speaker_text"], found["content"]) == (speaker, content)


@pytest.mark.parametrize("text", ["وأعلن اليوم عن إطلاق الخدمة الجديدة.", "ودعا المواطنين إلى الحذر من الأمطار."])
def test_an_adverb_or_a_callee_before_the_preposition_is_no_announcer(text):
    assert all(s["speaker_text"] not in ("اليوم", "المواطنين") for s in statements_of(text))


@pytest.mark.parametrize("text, speaker", [
    ("وأوضح المركز الإعلامي تفاصيل المفاوضات مع اللاعب، مبينا أن الإدارة وافقت على انتقاله.", "المركز الإعلامي"),
    ("والتقى الوزير بالسفير في مكتبه، مؤكدا أن العلاقات متينة.", "الوزير"),
    ("وتفقد الوزير الطرق الجديدة أمس، مشيرا إلى أن العمل سيكتمل قريبا.", "الوزير"),
])
def test_a_continuing_cue_takes_the_subject_without_the_verbs_object(text, speaker):
    found = [s for s in statements_with_names(text, []) if s["cue"] in ("مبينا", "مؤكدا", "مشيرا")]
    assert len(found) == 1 and found[0]["speaker_text"] == speaker


@pytest.mark.parametrize("text", ["توجه إليهم بالقول إن الوطن يحتاجهم.", "وأكد عليهم أن يلتزموا بالتعليمات.",
                                  "وقال لهم إن المستقبل لهم."])
def test_a_preposition_with_its_pronoun_is_never_the_speaker(text):
    assert all(s["speaker_text"] not in ("إليهم", "عليهم", "لهم") for s in statements_of(text))


def test_the_speaker_before_a_preposition_with_its_pronoun_goes_on():
    found = by_cue("وتحدث الوزير مع الطلاب، ثم توجه إليهم بالقول إن الوطن يحتاجهم.", "بالقول")
    assert found["speaker_text"] == "الوزير"
    assert by_cue("وقالت منى إن الخطة جاهزة.", "وقالت")["speaker_text"] == "منى"  # a name, not `من` + pronoun


@pytest.mark.parametrize("text, content", [
    ("وتحدث الوزير عن الأزمة، ودعا الجميع إلى التهدئة.", "التهدئة"),
    ("وقال الوزير إن الوضع هادئ، ودعا كل الأطراف إلى ضبط النفس.", "ضبط النفس"),
])
def test_a_call_on_everyone_keeps_the_speaker_before_it(text, content):
    found = [s for s in statements_with_names(text, []) if s["cue"] == "ودعا"]
    assert len(found) == 1 and (found[0]["speaker_text"], found[0]["content"]) == ("الوزير", content)


@pytest.mark.parametrize("text, cue, speaker, content", [
    # cue verbs found beside the known ones in the news' word clusters
    ("ونبه الطبيب إلى أن قلة النوم تضعف المناعة.", "ونبه", "الطبيب", "قلة النوم تضعف المناعة"),
    ("وألمح المدرب إلى أن اللاعب قد يغيب عن المباراة.", "وألمح", "المدرب", "اللاعب قد يغيب عن المباراة"),
    ("وخلصت اللجنة إلى أن الحريق نتج عن تماس كهربائي.", "وخلصت", "اللجنة", "الحريق نتج عن تماس كهربائي"),
    ("وأورد التقرير أن عدد الزوار تضاعف هذا العام.", "وأورد", "التقرير", "عدد الزوار تضاعف هذا العام"),
    ("واستبعد الخبراء أن تنخفض الأسعار قبل الشتاء.", "واستبعد", "الخبراء", "تنخفض الأسعار قبل الشتاء"),
])
def test_more_reporting_verbs(text, cue, speaker, content):
    found = by_cue(text, cue)
    assert (found["speaker_text"], found["content"]) == (speaker, content)


@pytest.mark.parametrize("text, cue, content", [
    ("وقال الوزير إن الخطة جاهزة، مستدركا أن التمويل لم يكتمل.", "مستدركا", "التمويل لم يكتمل"),
    ("وقال الوزير إن الخطة جاهزة، مذكرا بأن الحكومة وعدت بها العام الماضي.", "مذكرا", "الحكومة وعدت بها العام الماضي"),
    ("وقال الوزير إن الخطة جاهزة، معترفا بأن التنفيذ تأخر.", "معترفا", "التنفيذ تأخر"),
    ("وقال الوزير إن الخطة جاهزة، متسائلا: «من سيدفع الثمن؟».", "متسائلا", "من سيدفع الثمن؟"),
    ("وقال الوزير إن الخطة جاهزة، واصفا إياها بأنها الأفضل منذ سنوات.", "واصفا", "الأفضل منذ سنوات"),
])
def test_more_participles_continue_the_speaker(text, cue, content):
    found = by_cue(text, cue)
    assert (found["speaker_text"], found["content"]) == ("الوزير", content)
    assert by_cue(text, "وقال")["content"] == "الخطة جاهزة"  # the participle bounds what was said before it


def test_added_after_a_colon_continues_the_speaker_but_a_rise_is_no_statement():
    found = by_cue("وقال المدرب إن الفريق جاهز. وزاد: «سنلعب من أجل الفوز».", "وزاد")
    assert (found["speaker_text"], found["content"]) == ("المدرب", "سنلعب من أجل الفوز")
    assert not statements_of("وزاد المؤشر الرئيسي للبورصة 2 في المئة رغم أن معظم الأسهم تراجعت.")
    assert not statements_of("واستبعد المدرب اللاعب من قائمة الفريق لعدم انضمامه للتدريبات.")


@pytest.mark.parametrize("text", [
    "ودافع الكاتب عن رأيه وألمح بالنقد إلى خصومه الذين هاجموه.",
    "وقال بالحرف الواحد إن الاتفاق انتهى.",
    "وأضاف المحلل أن الوضع صعب، فإنه بصراحة استبعد جدا أن يعلن التنظيم مسؤوليته.",
])
def test_how_something_was_said_is_no_speaker(text):
    assert all(s["speaker_text"] not in ("بالنقد", "بالحرف الواحد", "الواحد", "جدا") for s in statements_of(text))


@pytest.mark.parametrize("text, via", [
    # the medium that is the speaker itself is no relay
    ("وحسب موقع «فوربس»، فإن الشركة تكبدت خسائر كبيرة.", None),
    ("وقالت وسائل إعلام محلية إن الهجوم استهدف مركزا للشرطة.", None),
    # a written form stays the medium of the body that issued it; a named paper after the speaker is the relay
    ("وقالت الوزارة في بيان إن الإنتاج سيرتفع.", "بيان"),
    ("وقال رئيس اللجنة الوطنية للمقاولين لـ\"الوطن\" إن القرار خطوة أولى.", "الوطن"),
    # words after a site's kind word that name no outlet are no medium (not `الرسمي للوزارة`)
    ("وأكد المدير عبر الموقع الرسمي للوزارة أن التسجيل مفتوح.", None),
])
def test_a_medium_is_a_relay_only_when_it_is_not_the_speaker_and_is_named(text, via):
    found = through_stages(text, ["segment", "entities", "statements"])
    assert len(found) == 1 and found[0][2] == via, found


@pytest.mark.parametrize("text, content", [
    # `على هامش`, `على خلفية`: the cue's preposition opens where it was said, the content comes after
    ("وأكد الوزير على هامش المؤتمر أن المملكة ماضية في الإصلاحات.", "المملكة ماضية في الإصلاحات"),
    ("وشدد الوزير على هامش اللقاء على ضرورة الإسراع في التنفيذ.", "ضرورة الإسراع في التنفيذ"),
    ("وأكد الوزير على أهمية أن يلتزم الجميع بالتعليمات.", "أهمية أن يلتزم الجميع بالتعليمات"),
])
def test_an_adjunct_after_the_cues_preposition_is_no_content(text, content):
    found = statements_of(text)
    assert len(found) == 1 and found[0]["content"] == content


def test_whom_the_speaker_addressed_stands_between_him_and_his_saying_word():
    found = by_cue("توجه الوزير إليهم بالقول إن الوطن يحتاجهم.", "بالقول")
    assert (found["speaker_text"], found["content"]) == ("الوزير", "الوطن يحتاجهم")


def test_a_name_before_its_verb_loses_its_conjunction_and_the_complementizer_is_no_content():
    found = through_stages("وقال المدير إن العمل مستمر. والزهراني أفاد بأن الحادث وقع ليلا.",
                           ["segment", "entities", "statements"])
    assert ("الزهراني", "الحادث وقع ليلا", None) in found


@pytest.mark.parametrize("text, expected", [
    # a noun of feeling with its owner's pronoun opens an object cue's bare content, and ends the speaker
    ("وأبدى الوزير إعجابه بالمعرض الذي زاره أمس.", [("الوزير", "إعجابه بالمعرض الذي زاره أمس", None)]),
    ("وأبدى جميع مشايخ المحافظة تعاونهم التام مع الجهات الأمنية.",
     [("جميع مشايخ المحافظة", "تعاونهم التام مع الجهات الأمنية", None)]),
    ("وأبدت بعض الجماهير غضبها من قرار الحكم.", [("بعض الجماهير", "غضبها من قرار الحكم", None)]),
    # without the pronoun the noun is a plain one: no speaker says it
    ("وتعتبر الهواتف الثلاثة نتاج تعاون مشترك بين الشركتين.", []),
])
def test_a_noun_of_feeling_with_its_pronoun_opens_a_bare_content(text, expected):
    assert through_stages(text, ["segment", "entities", "statements"]) == expected


@pytest.mark.parametrize("text, expected", [
    # a participle in the accusative after a word says how the subject spoke, with or without a comma
    ("واعتصم الموظفون أمام الوزارة مطالبين بصرف رواتبهم.", [("الموظفون", "بصرف رواتبهم", None)]),
    ("وغادر المدرب الملعب مشيرا إلى أن اللاعبين في أفضل حالاتهم.",
     [("المدرب", "اللاعبين في أفضل حالاتهم", None)]),
    # the statement before it ends where the participle starts
    ("وأعلن المحافظ افتتاح الجسر الجديد مضيفا أن طريقين آخرين سيفتحان الشهر المقبل.",
     [("المحافظ", "افتتاح الجسر الجديد", None), ("المحافظ", "طريقين آخرين سيفتحان الشهر المقبل", None)]),
    # a copula's accusative predicate and a feminine adjective are no cue
    ("وسيكون الفريق مرحبا بالمشجعين في ملعبه الجديد.", []),
    ("ونشرت الصحيفة معلومات مؤكدة عن موعد الانتخابات.", []),
])
def test_an_accusative_participle_needs_no_comma(text, expected):
    assert through_stages(text, ["segment", "entities", "statements"]) == expected


@pytest.mark.parametrize("text, expected", [
    # `وفقا لما` / `بحسب ما` + a verb and its source opening the sentence: the clause after the comma
    ("وبحسب ما أوردته وكالة الأنباء، قتل ثلاثة أشخاص في الهجوم.",
     [("وكالة الأنباء", "قتل ثلاثة أشخاص في الهجوم", None)]),
    ("وطبقا لما ذكرته الشرطة، فإن المتهم اعترف بالجريمة.", [("الشرطة", "المتهم اعترف بالجريمة", None)]),
    ("ووفقاً لما أعلنته الهيئة، أمس الأحد، ارتفع عدد الإصابات.", [("الهيئة", "ارتفع عدد الإصابات", None)]),
    # closing its clause: the clause before it, the source without the relative clause after it
    ("وتعطلت القطارات ساعتين وفقا لما يقوله متحدث باسم الهيئة الذي أضاف أن الخلل أصلح.",
     [("متحدث باسم الهيئة", "وتعطلت القطارات ساعتين", None)]),
])
def test_according_to_what_a_source_said(text, expected):
    found = through_stages(text, ["segment", "entities", "statements"])
    assert found[:len(expected)] == expected


@pytest.mark.parametrize("text, expected", [
    # a weak cue's listed speaker may be followed by when it was said before the complementizer
    ("وأعلنت لجنة الانتخابات الثلاثاء أن نسبة المشاركة بلغت ستين في المئة.",
     [("لجنة الانتخابات", "نسبة المشاركة بلغت ستين في المئة", None)]),
    # or where it was said: a short medium phrase
    ("وذكرت نتفليكس في بيان أن الاشتراكات ارتفعت.", [("نتفليكس", "الاشتراكات ارتفعت", "بيان")]),
    # a relative pronoun after a comma refers to the role or name before the comma
    ("وحضر الحفل محافظ المدينة، الذي أكد أن المشروع سينجز قبل الصيف.",
     [("محافظ المدينة", "المشروع سينجز قبل الصيف", None)]),
    ("واجتمع الرئيس بالسفير الفرنسي، الذي قال إن بلاده ستدعم الخطة.",
     [("السفير الفرنسي", "بلاده ستدعم الخطة", None)]),
    # past a comma a thing is no antecedent, and `فيها` makes the antecedent where it was said
    ("وأثار القرار ردودا واسعة وسط الإيطاليين، الذين أكدوا أن الطريق ضروري.", []),
    ("وألقى الأمير كلمة في افتتاح السوق، التي أكد فيها أهمية الثقافة.", []),
])
def test_a_relative_after_a_comma_and_a_time_or_medium_before_the_complementizer(text, expected):
    assert through_stages(text, ["segment", "entities", "statements"]) == expected


@pytest.mark.parametrize("text, expected", [
    # a verbal noun with ب and its preposition introduces what the subject said; the speech he ended is no speaker
    ("واختتم المحافظ كلمته بالتأكيد على أن المشروع سيكتمل قريبا.", [("المحافظ", "المشروع سيكتمل قريبا", None)]),
    ("وختمت الهيئة بيانها بالدعوة إلى الالتزام بالتعليمات.", [("الهيئة", "الالتزام بالتعليمات", None)]),
    ("واختتم المدرب حديثه بالقول إن الفريق جاهز.", [("المدرب", "الفريق جاهز", None)]),
    # `بالتأكيد` without its preposition is an adverb: surely
    ("وبالتأكيد إن المنافسة ستكون قوية هذا الموسم.", []),
    # a verbal noun cue after an object cue: the complementizer is the noun's, its phrase the object's content
    ("وثمن السكان تأكيد المحافظ أن الطريق سيفتح.",
     [("السكان", "تأكيد المحافظ أن الطريق سيفتح", None), ("المحافظ", "الطريق سيفتح", None)]),
])
def test_a_verbal_noun_with_its_preposition_introduces_the_content(text, expected):
    assert through_stages(text, ["segment", "entities", "statements"]) == expected


@pytest.mark.parametrize("text, speaker, content", [
    # a spelt acronym's letter `إن` is no complementizer, on either side of its dots
    ("وقالت إن.بي.سي إن الافادة أظهرت تسللا قديما.", "إن.بي.سي", "الافادة أظهرت تسللا قديما"),
    ("وقالت شبكة سي.إن.إن إن الرئيس غادر.", "شبكة سي.إن.إن", "الرئيس غادر"),
    # the occasion of the words after the speaker is no part of it (`في بداية الاجتماع`)
    ("وأكد الحمزي في بداية الاجتماع التزام المديرية بمراجعة شاملة لإجراءاتها.", "الحمزي",
     "التزام المديرية بمراجعة شاملة لإجراءاتها"),
    # a prayer or a relative clause between dashes is an aside; a description between dashes stays
    ("وأكد سموه - حفظه الله - اعتزاز المملكة بأبنائها.", "سموه", "اعتزاز المملكة بأبنائها"),
    ("وقال المسؤول الأمريكي - الذي رفض نشر اسمه - إن الأمر مستمر.", "المسؤول الأمريكي", "الأمر مستمر"),
    ("ونفى كامل الحرمي -محلل نفطي مستقل- وجود أي ردة فعل في الأسواق.", "كامل الحرمي -محلل نفطي مستقل",
     "وجود أي ردة فعل في الأسواق"),
])
def test_acronym_letters_occasions_and_dash_asides_around_the_speaker(text, speaker, content):
    assert said(text) == [(speaker, content)]


def test_a_medium_named_by_a_spelt_acronym_keeps_its_dots():
    found = through_stages("وقالت العائلة في بيان بثته شبكة إن.بي.سي إنه توفي أمس.", ["segment", "entities", "statements"])
    assert found == [("العائلة", "توفي أمس", "إن.بي.سي")]


def test_a_demonstrative_object_after_an_untagged_surname_is_no_part_of_the_speaker():
    text = ("ووصف مدير عام إدارة الطرق المهندس محمد توفيق مدني تلك المشاريع بالنوعية الضخمة، مشيرا إلى أن الطريق "
            "يبلغ طوله 72 كلم.")
    speakers = {speaker for speaker, _ in said(text)}
    assert speakers == {"مدير عام إدارة الطرق المهندس محمد توفيق مدني"}


@pytest.mark.parametrize("text, expected", [
    # `بعد أن`, `قبل أن` and `في حين` open a clause whose verb may report speech
    ("وذلك بعد أن كشف المدرب ستيف مكلارين أن مهاجم الفريق بحاجة إلى جراحة.",
     [("المدرب ستيف مكلارين", "مهاجم الفريق بحاجة إلى جراحة")]),
    ("وجاء ذلك قبل أن يعلن المتحدث باسم الوزارة أن الاجتماع تأجل.", [("المتحدث باسم الوزارة", "الاجتماع تأجل")]),
    # on his part after the verb, the subject before it; whom he turned to is no speaker
    ("المدرب الوطني عبدالعزيز الخالد قال من جانبه: «استمرار المدرب شيء إيجابي».",
     [("المدرب الوطني عبدالعزيز الخالد", "استمرار المدرب شيء إيجابي")]),
    ("وقال من جهته وزير الصحة إن المستشفى سيفتح قريبا.", [("وزير الصحة", "المستشفى سيفتح قريبا")]),
    ("وقال الوزير مخاطبا الحضور: «نحن على يقين من النصر».", [("الوزير", "نحن على يقين من النصر")]),
    # a statement speaks with its cue's own preposition right after it
    ("وشدد البيان على أن هذا الإرهاب واجهة ضلال.", [("البيان", "هذا الإرهاب واجهة ضلال")]),
    # `وفقا لما صرح به X` then a participle: X's words
    ("يأتي ذلك وفقا لما صرح به مدير مطار أبها فهد العدواني مؤكدا أن الحركة تتزايد في المطار.",
     [("مدير مطار أبها فهد العدواني", "الحركة تتزايد في المطار")]),
    # a weak cue with a word before a tagged name, then its own preposition; the bare cue after it goes on
    ("من جانبه عبر الفارس عبدالله الشربتلي عن اعتزازه بهذا الإنجاز وقال: «الحمد لله على هذا الفوز».",
     [("الفارس عبدالله الشربتلي", "اعتزازه بهذا الإنجاز"), ("الفارس عبدالله الشربتلي", "الحمد لله على هذا الفوز")]),
])
def test_clauses_opened_by_time_side_and_relay_words(text, expected):
    assert said(text) == expected


@pytest.mark.parametrize("text", [
    "وقال من حضر الاجتماع إن النقاش كان صريحا.",  # `من` as whoever, not `من جانبه`
    "وصلت القافلة عبر الحدود السعودية عن طريق منفذ الوديعة.",  # `عبر` the preposition
])
def test_whoever_and_the_preposition_through_report_nothing(text):
    assert said(text) == []


@pytest.mark.parametrize("text, expected", [
    # what كان frames is a report, whatever its subject names: a source, a country, a quoted outlet
    ("وكانت مصادر سياسية في العاصمة صنعاء ذكرت أن المتمردين قد يهددون الملاحة.",
     [("مصادر سياسية في العاصمة صنعاء", "المتمردين قد يهددون الملاحة")]),
    ("وكانت تركيا قد أعلنت أمس أن طائراتها شنت هجمات على معسكرات الحزب.",
     [("تركيا", "طائراتها شنت هجمات على معسكرات الحزب")]),
    ("وكانت \"دنيا الرياضة\" قد أشارت في عدد أمس إلى أن النادي بصدد فتح باب الترشح.",
     [("دنيا الرياضة", "النادي بصدد فتح باب الترشح")]),
    # a named person goes on in a quotation; a long quotation after a medium word is what was said, not its name
    ("وتابع روب \"أعتقد أن توقعات البنك صحيحة\".", [("روب", "أعتقد أن توقعات البنك صحيحة")]),
    ("وصرح شاهد من سكان الحي للقناة \"اعتقدت أن الطائرة تحلق على علو منخفض\".",
     [("شاهد من سكان الحي", "اعتقدت أن الطائرة تحلق على علو منخفض")]),
    # an aside between dashes is passed on the way to the content
    ("كما تعهد الرئيس الروسي - الذي تعاني بلاده من العنصرية في الملاعب - باستضافة كأس عالم آمنة.",
     [("الرئيس الروسي", "باستضافة كأس عالم آمنة")]),
    # a feeling the speaker owns after the cue's preposition makes `عبر` a verb mid-clause
    ("وعند انطلاق القافلة عبر المشرف العام على المركز الدكتور عبدالله الربيعة عن سعادته بانطلاقها.",
     [("المشرف العام على المركز الدكتور عبدالله الربيعة", "سعادته بانطلاقها")]),
])
def test_kana_subjects_named_quotations_and_asides(text, expected):
    assert said(text) == expected


@pytest.mark.parametrize("text", [
    # `دعا` with a body after it calls on that body: it is no speaker
    "وأعرب عن قلقه من التدخلات، كما دعا دول مجلس التعاون لدول الخليج العربية إلى تصحيح المسار.",
    "ووصلت المساعدات عبر الحدود عن طريق البحر.",
])
def test_a_called_body_and_the_preposition_through_speak_not(text):
    assert all(speaker != "دول مجلس التعاون لدول الخليج العربية" for speaker, _ in said(text))
    assert "المساعدات" not in {speaker for speaker, _ in said(text)}


@pytest.mark.parametrize("text, expected", [
    # the attention drawn is no speaker: the one quoted before goes on
    ("وقال الوزير إن الخطة جاهزة. ولفت النظر إلى أن التنفيذ يبدأ غدا.",
     [("الوزير", "الخطة جاهزة"), ("الوزير", "التنفيذ يبدأ غدا")]),
    # a relative pronoun that ends the speaker's phrase describes him and is no part of it
    ("وأكد مدير مدارس الرياض الذي دشن البرنامج أن الاستعدادات بدأت مبكرا.",
     [("مدير مدارس الرياض", "الاستعدادات بدأت مبكرا")]),
    # a kunya opens a name: `أبو يعرب` is no cue `يعرب` (he expresses)
    ("المفكر التونسي أبو يعرب المرزوقي يفند كلام الكاتب عن السعودية", []),
    ("وقالت أم محمد إن ابنها عاد.", [("أم محمد", "ابنها عاد")]),
])
def test_drawn_attention_relative_pronouns_and_kunyas(text, expected):
    assert said(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a relative clause between commas describes the speaker; the content opens after it
    ("وأفادت مجلة «لكسبريس»، التي نقلت الخبر عن صحيفة «لوطون» السويسرية، أن السائحات يأتين من سويسرا.",
     [("مجلة «لكسبريس»", "السائحات يأتين من سويسرا")]),
    ("وقال الوزير، الذي كان يتحدث في مؤتمر صحفي، إن الخطة جاهزة.", [("الوزير", "الخطة جاهزة")]),
    # what something used to show is no report (an imperfect after كان), nor is a drawn attention with no preposition
    ("وكانت الأسعار المستقبلية لخام برنت تشير منذ عام إلى متوسط سعري أعلى.", []),
    ("وهي مختارات قادرة على لفت الانتباه وإثارة الإعجاب، فصاحبها يواجه الصعوبات.", []),
    # a noun ending in ta marbuta is no feeling the speaker owns, and whom a message urges is no speaker
    ("وأوضح مدير البلدية أن الحملة تبث رسائل توعوية تحث المواطنين على المشاركة في الانتخابات.",
     [("مدير البلدية", "الحملة تبث رسائل توعوية تحث المواطنين على المشاركة في الانتخابات")]),
])
def test_relative_asides_used_to_and_urged_parties(text, expected):
    assert said(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the subject before a relative clause set off by commas speaks through the cue after it
    ("وزير الصحة، الذي زار المستشفى أمس، أكد أن الخدمات ستتحسن.", [("وزير الصحة", "الخدمات ستتحسن")]),
    # the pronoun or particle carrying `ف` after an `أما` topic is no part of it
    ("أما المدرب فهو يؤكد أن الفريق جاهز.", [("المدرب", "الفريق جاهز")]),
    ("أما الوزارة فإنها تؤكد أن الأسعار مستقرة.", [("الوزارة", "الأسعار مستقرة")]),
])
def test_a_subject_past_its_relative_clause_and_an_amma_topic_past_its_pronoun(text, expected):
    assert said(text) == expected
