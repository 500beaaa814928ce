"""Encodings Arabic articles arrive in: UTF-8 with and without BOM, UTF-16 LE/BE with and without BOM,
Windows-1256 (declared in a <meta charset> or not) and ISO-8859-6."""
import codecs

import pytest

from rasid.ingest import iter_inputs
from rasid.ingest.encoding import BinaryInputError, decode

ARTICLE = ("قال وزير الخارجية العراقي، فؤاد حسين، إن بغداد تريد إنهاء مهمة التحالف الدولي خلال عامين.\n"
           "وأضاف أن الحكومة ستبحث شكل العلاقة الجديدة مع الولايات المتحدة في الأسابيع المقبلة.\n")
#: ISO-8859-6 has no Arabic-Indic digits, no `ـ` variants beyond the basic letters and no Persian letters
ISO_ARTICLE = "قال الوزير إن الحكومة ستبحث العلاقة مع الولايات المتحدة في الأسابيع المقبلة، وإن المهمة انتهت.\n"
PAGE = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset={charset}">'
        "<title>العراق والتحالف</title></head><body><article><p>{body}</p></article></body></html>")

ENCODED = [
    ("utf-8", ARTICLE.encode("utf-8")),
    ("utf-8 with BOM", codecs.BOM_UTF8 + ARTICLE.encode("utf-8")),
    ("utf-16-le with BOM", codecs.BOM_UTF16_LE + ARTICLE.encode("utf-16-le")),
    ("utf-16-be with BOM", codecs.BOM_UTF16_BE + ARTICLE.encode("utf-16-be")),
    ("utf-16-le without BOM", ARTICLE.encode("utf-16-le")),
    ("utf-16-be without BOM", ARTICLE.encode("utf-16-be")),
    ("windows-1256", ARTICLE.encode("cp1256")),
]


@pytest.mark.parametrize("name,data", ENCODED, ids=[name for name, _ in ENCODED])
def test_decode_gives_the_text(name, data):
    text, _ = decode(data)
    assert text.lstrip("\ufeff") == ARTICLE


def test_decode_iso_8859_6():
    text, encoding = decode(ISO_ARTICLE.encode("iso-8859-6"))
    assert (text, encoding) == (ISO_ARTICLE, "iso-8859-6")


def test_decode_windows_1256_names_it():
    assert decode(ARTICLE.encode("cp1256"))[1] == "cp1256"


@pytest.mark.parametrize("charset", ["windows-1256", "Windows-1256", "cp1256"])
def test_decode_windows_1256_page_with_meta_charset(charset):
    page = PAGE.format(charset=charset, body=ARTICLE)
    text, _ = decode(page.encode("cp1256"))
    assert text == page


def test_decode_windows_1256_page_without_meta_charset():
    page = PAGE.replace("; charset={charset}", "").format(body=ARTICLE)
    assert decode(page.encode("cp1256"))[0] == page


def test_decode_iso_8859_6_page_with_meta_charset():
    page = PAGE.format(charset="iso-8859-6", body=ISO_ARTICLE)
    assert decode(page.encode("iso-8859-6"))[0] == page


HIGH_BYTES = bytes((i * 131 + 7) % 128 + 128 for i in range(4000))  # no control byte, no NUL, no space


@pytest.mark.parametrize("data", [bytes(range(256)) * 8, b"\x89PNG\r\n\x1a\n" + bytes(300), b"\x00\x01\x02\x03" * 100,
                                  HIGH_BYTES], ids=["all bytes", "png", "controls", "high bytes only"])
def test_decode_refuses_binary(data):
    with pytest.raises(BinaryInputError):
        decode(data)


@pytest.mark.parametrize("name,data", ENCODED, ids=[name for name, _ in ENCODED])
def test_text_file_in_any_encoding_reads_as_the_article(tmp_path, name, data):
    path = tmp_path / "article.txt"
    path.write_bytes(data)
    (raw,) = list(iter_inputs([path]))
    assert raw.content.lstrip("\ufeff") == ARTICLE


def test_windows_1256_html_file_is_cleaned_to_the_article(tmp_path):
    from rasid.ingest import build_document

    path = tmp_path / "page.html"
    path.write_bytes(PAGE.format(charset="windows-1256", body=ARTICLE.replace("\n", " ")).encode("cp1256"))
    (raw,) = list(iter_inputs([path]))
    doc = build_document(raw)
    assert "فؤاد حسين" in doc.text and doc.meta.title == "العراق والتحالف"


def test_decode_utf8_with_a_broken_byte_stays_utf8():
    text, encoding = decode(ARTICLE.encode("utf-8") + b"\xff" + ARTICLE.encode("utf-8"))
    assert text == ARTICLE + "\ufffd" + ARTICLE and encoding.startswith("utf-8")


def test_decode_short_windows_1256_word():
    assert decode("مرحبا".encode("cp1256"))[0] == "مرحبا"
