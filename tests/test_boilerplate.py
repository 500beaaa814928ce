"""The line filter: every kind of furniture the seeds carry is dropped with its rule; body lines are kept."""
import pytest

from rasid.ingest import RawInput, build_document
from rasid.ingest.boilerplate import filter_lines, furniture_rule, is_glued_sections

FURNITURE = [
    ("logo", "menu or share line"),
    ("Logo", "menu or share line"),
    ("تحليلاتخاصرئيسية", "glued section names"),
    ("أخبارسياسة", "glued section names"),
    ("fd8a136f-2f87-4c2b-9a3e-5b2f1c7d8e90", "image id"),
    ("5f3a9c0e1b2d4f6a8c0e1b2d", "image id"),
    ("تابعنا عبر:", "menu or share line"),
    ("تابعونا على", "menu or share line"),
    ("أخبار ذات علاقة", "related"),
    ("اقرأ أيضاً", "related"),
    ("اترك تعليقاً", "menu or share line"),
    ("لن يتم نشر عنوان بريدك الإلكتروني. الحقول الإلزامية مشار إليها بـ *", "boilerplate prefix"),
    ("document.addEventListener('DOMContentLoaded', function () { init(); });", "script"),
    ("var ad_slot = 'top';", "script"),
    ("جميع الحقوق محفوظة ©️ 2024 شركة إرم ميديا - Erem Media FZ LLC", "copyright"),
    ("© 2013 Cable News Network. Turner Broadcasting System, Inc. All Rights Reserved.", "copyright"),
    ("عناصر من القوات المسلحةالمصدر: رويترز", "photo caption"),
    ("زر الذهاب إلى الأعلى", "menu or share line"),
    ("رابط الخبر بصحيفة الوئام: داعش يعدم 2000 شخص بالموصل خلال أسبوعين", "boilerplate prefix"),
    ("الآراء الواردة أدناه لا تعبر عن رأي الموقع، بل تعكس وجهات نظر أصحابها فقط.", "site policy"),
    ("الرئيسية | فيديو | الشرق الأوسط | العالم | اقتصاد", "menu or share line"),
]

BODY = [
    "قال وزير الخارجية العراقي إن مهمة التحالف الدولي ستنتهي خلال عامين.",
    "وأضاف أن التعليقات التي صدرت عن واشنطن لا تعبر عن رأي الحكومة العراقية.",  # one policy phrase: a quote
    "وأكد المصدر: الاتفاق سيوقع الشهر المقبل بعد مفاوضات طويلة بين الطرفين في بغداد وواشنطن.",
    "وتضم قائمة الفصائل: كتائب حزب الله | النجباء | سيد الشهداء وغيرها من الفصائل المسلحة الموالية لإيران.",
    "الجيش الأمريكي أعلن أن 2500 جندي سيبقون في العراق.",
    "ما أبرز الميليشيات الموالية لإيران؟",
    "شارك في الاجتماع ممثلون عن وزارة الدفاع ووزارة الخارجية.",
]


@pytest.mark.parametrize("line,rule", FURNITURE)
def test_furniture_rule_names_the_kind(line, rule):
    assert furniture_rule(line) == rule


@pytest.mark.parametrize("line", BODY)
def test_furniture_rule_keeps_body_line(line):
    assert furniture_rule(line) is None


def test_filter_lines_drops_related_headline_under_marker():
    result = filter_lines(["أخبار ذات علاقة", "ما أبرز الميليشيات الموالية لإيران؟", "قال الوزير إن الوضع مستقر."])
    assert result.kept == ["قال الوزير إن الوضع مستقر."]
    assert result.removed == [("أخبار ذات علاقة", "related"), ("ما أبرز الميليشيات الموالية لإيران؟", "related headline")]


def test_filter_lines_keeps_order_and_strips():
    result = filter_lines(["  قال الوزير.  ", "", "logo", "ثم غادر."])
    assert result.kept == ["قال الوزير.", "ثم غادر."]


def test_build_drops_repeated_headline():
    text = ("العراق يتأهب لطي صفحة قوات التحالف الدولي\nlogo\nالعراق يتأهب لطي صفحة قوات التحالف الدولي\n"
            "قال مسؤول عراقي إن الحكومة ستعلن موعد الانسحاب قريبا.")
    doc = build_document(RawInput("x.txt", text, "text", "x"))
    assert doc.meta.title == "العراق يتأهب لطي صفحة قوات التحالف الدولي"
    assert doc.text == "قال مسؤول عراقي إن الحكومة ستعلن موعد الانسحاب قريبا."
    assert doc.meta.removed == ("logo", "العراق يتأهب لطي صفحة قوات التحالف الدولي")


def test_filter_lines_cuts_glued_in_code_and_keeps_prose():
    line = ("ما النوع الذي تفضله وإلى أي جانب أنت؟ #vote_area2 ul { padding: 0; margin: 0; } .box_vote { padding:18px; } "
            "jQuery(document).ready(function(){ jQuery('#v').html('انتظر لحظات…'); }); كيف تتناول إفطارك في رمضان؟")
    result = filter_lines([line])
    assert result.kept == ["ما النوع الذي تفضله وإلى أي جانب أنت؟", "كيف تتناول إفطارك في رمضان؟"]
    assert result.removed[0][1] == "inline script" and result.removed[0][0].startswith("#vote_area2 ul {")


def test_filter_lines_drops_line_that_is_all_code():
    result = filter_lines(["document.addEventListener('DOMContentLoaded', function () { init(); });"])
    assert result.kept == [] and len(result.removed) == 1


@pytest.mark.parametrize("line, rule", [
    ("12 تعليق أرسل طباعة تبليغ حذف", "counter or share bar"),
    ("3,402 مشاهدة", "counter or share bar"),
    ("// انتهى //", "menu or share line"),
    ("09:45 ت م", "time stamp"),
    ("(أ ف ب)", "menu or share line"),
    ("المصدر: وكالة الأنباء الرسمية", "boilerplate prefix"),
    ("صورة أرشيفية", "menu or share line"),
    ("أنتم الآن تتابعون خبر افتتاح معرض الكتاب في المدينة من موقع الأخبار والآن إلى التفاصيل", "boilerplate prefix"),
])
def test_residue_families(line, rule):
    assert furniture_rule(line) == rule


@pytest.mark.parametrize("line", ["إلى أين تتجه المنطقة بعد الاتفاق", "شارك آلاف المحتجين في المسيرة",
                                  "نقدم لكم أبرز ما جاء في المؤتمر الصحفي للوزير اليوم"])
def test_prose_that_starts_like_residue_stays(line):
    assert furniture_rule(line) is None


def test_a_widget_label_glued_inside_prose_is_cut_out():
    filtered = filter_lines(["قال الوزير إن الحكومة اضافة اعلان ستدعم المزارعين هذا العام."])
    assert filtered.kept == ["قال الوزير إن الحكومة ستدعم المزارعين هذا العام."]
    assert ("اضافة اعلان", "inline widget") in filtered.removed


def test_a_long_line_without_spaces_is_not_glued_sections():
    # the search is bounded by the longest section name: a 50,000-letter line is checked in linear time
    assert not is_glued_sections("ب" * 50_000)
    assert is_glued_sections("اخبار" * 3)  # a match key


@pytest.mark.parametrize("line", [
    "صورة أرشيفية لقاعة المؤتمرات في جدة", "جانب من توزيع المساعدات في المخيم (أرشيفية)",
    "عناصر من الدفاع المدني في موقع الحادث (صورة تعبيرية)", "تابعونا على إنستغرام", "تابعنا عبر قناتنا في تلغرام",
])
def test_captions_with_an_archive_mark_and_follow_us_lines_are_furniture(line):
    assert furniture_rule(line) is not None


@pytest.mark.parametrize("line", [
    "وأعلن المتحدث أن الحكومة ستواصل دعم المزارعين (رويترز)", "صور الأقمار الصناعية أظهرت تقدم القوات نحو المدينة.",
    "تابع الوزير سير العمل في المشروع",
])
def test_prose_that_ends_with_an_agency_or_speaks_of_pictures_is_kept(line):
    assert furniture_rule(line) is None


@pytest.mark.parametrize("line, rule", [
    ("كتب: محمد أحمد", "byline"),
    ("بقلم - سارة علي", "byline"),
    ("إعداد: خالد العتيبي", "byline"),
    ("كتب محمد علي", "byline"),  # a bare credit, short and ending no sentence
    ("كتبت سارة عبدالله الحربي", "byline"),
    ("شارك هذا الخبر", "menu or share line"),
    ("شارك الخبر", "menu or share line"),
])
def test_writer_credits_and_share_lines_are_furniture(line, rule):
    assert furniture_rule(line) == rule


@pytest.mark.parametrize("line", [
    "كتب الرئيس في تغريدة على حسابه أن الاتفاق تاريخي.",
    "وكتب: «لن نتراجع عن هذا القرار مهما كلف الأمر، والشعب يعرف ذلك جيدا، ونحن ماضون في طريقنا».",
    "شارك في الاجتماع وزراء الخارجية العرب.",
    "كتب الوزير رسالة مطولة إلى رئيس الحكومة.",  # too long for a credit
    "كتب الرئيس الرسالة.",  # a sentence
])
def test_a_sentence_that_opens_with_a_credit_word_is_body(line):
    assert furniture_rule(line) is None
