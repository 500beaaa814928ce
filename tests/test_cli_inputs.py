"""Bad and unusual input through the CLI: each failure is named with its file (and line) and reason on
stderr, the other documents are still analysed, the exit status is 1, and story.json is never half-written."""
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from rasid import story as story_module
from rasid.cli import main

ROOT = Path(__file__).resolve().parent.parent
ARTICLE = ("قال وزير الخارجية العراقي إن بغداد تريد إنهاء مهمة التحالف الدولي خلال عامين.\n"
           "وأضاف أن الحكومة ستبحث شكل العلاقة الجديدة مع الولايات المتحدة في الأسابيع المقبلة.\n")
OTHER = "أعلنت وزارة الدفاع أن المفاوضات مع الجانب الأمريكي ستستأنف الأسبوع المقبل في بغداد.\n"
PAGE = f"<html><head><title>مفاوضات</title></head><body><article><p>{OTHER}</p></article></body></html>"


def run_cli(args, capsys, stdin_bytes=None, monkeypatch=None):
    if stdin_bytes is not None:
        monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(stdin_bytes)))
    status = main(["analyze", *map(str, args), "--quiet"])
    captured = capsys.readouterr()
    return status, captured.err


def story_texts(out: Path) -> list[str]:
    return [d["text"] for d in json.loads((out / "story.json").read_text(encoding="utf-8"))["documents"]]


@pytest.fixture
def good(tmp_path):
    path = tmp_path / "good.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


BAD_FILES = [
    ("binary.txt", b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4, "binary"),
    ("empty.txt", b"", "empty file"),
]
NOTHING_TO_ANALYSE = [
    ("english.txt", b"The minister said on Sunday that the coalition would leave Iraq within two years.\n" * 3,
     "not an Arabic article"),
    ("garbage.html", b"<html><<<div>>><p></p><</html>", "no article text"),
]


@pytest.mark.parametrize("name,data,reason", BAD_FILES, ids=[b[0] for b in BAD_FILES])
def test_analyze_bad_file_reported_others_kept(tmp_path, capsys, good, name, data, reason):
    bad = tmp_path / name
    bad.write_bytes(data)
    out = tmp_path / "out"
    status, err = run_cli([bad, good, "--out", out], capsys)
    assert status == 1
    assert f"rasid: failed: {bad}: " in err and reason in err
    assert story_texts(out) == [ARTICLE.strip()]


@pytest.mark.parametrize("name,data,reason", NOTHING_TO_ANALYSE, ids=[b[0] for b in NOTHING_TO_ANALYSE])
def test_analyze_input_with_nothing_to_analyse_is_skipped_named_and_counted(tmp_path, capsys, good, name, data,
                                                                             reason):
    bad = tmp_path / name
    bad.write_bytes(data)
    status, err = run_cli([bad, good, "--out", tmp_path / "out"], capsys)
    assert status == 0
    assert f"rasid: skipped: {bad}: " in err and reason in err and "1 input(s) skipped" in err
    assert story_texts(tmp_path / "out") == [ARTICLE.strip()]
    strict, _ = run_cli([bad, good, "--out", tmp_path / "strict", "--fail-on-skip"], capsys)
    assert strict == 1


def test_analyze_json_lines_records_without_text_are_skipped_with_their_line(tmp_path, capsys, good):
    feed = tmp_path / "feed.jsonl"
    feed.write_text("\n".join([json.dumps({"text": ARTICLE}, ensure_ascii=False), json.dumps({"title": "بلا نص"}),
                               json.dumps({"text": "   "})]) + "\n", encoding="utf-8")
    status, err = run_cli([feed, "--out", tmp_path / "out"], capsys)
    assert status == 0 and f"skipped: {feed}:2: " in err and f"skipped: {feed}:3: " in err
    assert "2 input(s) skipped" in err


def test_analyze_50_mb_file_reported_without_reading_it(tmp_path, capsys, good):
    big = tmp_path / "big.txt"
    with big.open("wb") as handle:
        handle.truncate(50 * 1024 * 1024)
    status, err = run_cli([big, good, "--out", tmp_path / "out"], capsys)
    assert status == 1 and f"{big}: file is 52.4 MB" in err
    assert story_texts(tmp_path / "out") == [ARTICLE.strip()]


def test_analyze_missing_path_reported(tmp_path, capsys, good):
    missing = tmp_path / "nowhere.txt"
    status, err = run_cli([missing, good, "--out", tmp_path / "out"], capsys)
    assert status == 1 and f"{missing}: no such file or directory" in err


def test_analyze_malformed_but_readable_html_is_analysed(tmp_path, capsys):
    page = tmp_path / "broken.html"
    page.write_text(f"<html><body><div><p>{OTHER}<p><b>{ARTICLE}", encoding="utf-8")  # nothing closed
    status, err = run_cli([page, "--out", tmp_path / "out"], capsys)
    assert status == 0, err
    assert "المفاوضات مع الجانب الأمريكي" in story_texts(tmp_path / "out")[0]


def test_analyze_jsonl_bad_line_names_file_and_line(tmp_path, capsys):
    archive = tmp_path / "feed.jsonl"
    archive.write_text(json.dumps({"text": ARTICLE}, ensure_ascii=False) + "\n{not json\n"
                       + json.dumps({"text": OTHER}, ensure_ascii=False) + "\n", encoding="utf-8")
    status, err = run_cli([archive, "--out", tmp_path / "out"], capsys)
    assert status == 1 and f"{archive}:2: not JSON" in err
    assert len(story_texts(tmp_path / "out")) == 2


def test_analyze_nothing_readable_writes_nothing(tmp_path, capsys):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    out = tmp_path / "out"
    status, err = run_cli([empty, "--out", out], capsys)
    assert status == 1 and "nothing written" in err
    assert not (out / "story.json").exists()


def test_analyze_failure_while_writing_leaves_no_story_and_no_temp_file(tmp_path, capsys, good, monkeypatch):
    def dump_half_then_fail(data, handle):
        handle.write('{"format": "rasid.story/1", "documents": [')
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(story_module, "dump_records", dump_half_then_fail)
    out = tmp_path / "out"
    status, err = run_cli([good, "--out", out], capsys)
    assert status == 1 and "No space left on device; story.json and report.html not written" in err
    assert [p.name for p in out.iterdir()] == ["rasid.db"]  # the store keeps what was analysed


def test_analyze_failed_rewrite_keeps_previous_story(tmp_path, capsys, good, monkeypatch):
    out = tmp_path / "out"
    assert main(["analyze", str(good), "--out", str(out), "--quiet"]) == 0
    before = (out / "story.json").read_bytes()
    monkeypatch.setattr(story_module, "dump_records", lambda *a: (_ for _ in ()).throw(KeyboardInterrupt()))
    with pytest.raises(KeyboardInterrupt):
        main(["analyze", str(good), "--out", str(out), "--quiet"])
    assert (out / "story.json").read_bytes() == before
    assert sorted(p.name for p in out.iterdir()) == ["rasid.db", "report.html", "stories", "story.json"]  # no temp file


@pytest.mark.parametrize("payload,expected", [
    (ARTICLE.encode("utf-8"), "بغداد تريد إنهاء مهمة التحالف"),
    (PAGE.encode("utf-8"), "المفاوضات مع الجانب الأمريكي"),
    ((json.dumps({"text": ARTICLE, "outlet": "شفق نيوز"}, ensure_ascii=False) + "\n"
      + json.dumps({"html": PAGE}, ensure_ascii=False) + "\n").encode("utf-8"), "المفاوضات مع الجانب الأمريكي"),
    (json.dumps([{"text": ARTICLE}], ensure_ascii=False).encode("utf-8"), "بغداد تريد إنهاء مهمة التحالف"),
    (ARTICLE.encode("cp1256"), "بغداد تريد إنهاء مهمة التحالف"),
], ids=["text", "html", "jsonl", "windows-1256", "json list"])
def test_analyze_reads_stdin(tmp_path, capsys, monkeypatch, payload, expected):
    status, err = run_cli(["-", "--out", tmp_path / "out"], capsys, payload, monkeypatch)
    assert status == 0, err
    assert any(expected in text for text in story_texts(tmp_path / "out"))


def test_analyze_directory_with_mixed_inputs(tmp_path, capsys):
    (tmp_path / "in" / "nested").mkdir(parents=True)
    (tmp_path / "in" / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "in" / "nested" / "b.html").write_bytes(PAGE.replace("<head>", '<head><meta charset="windows-1256">')
                                                        .encode("cp1256"))
    (tmp_path / "in" / "nested" / "c.jsonl").write_text(json.dumps({"text": OTHER + "وقال مسؤول إن الاتفاق قريب."},
                                                                   ensure_ascii=False) + "\n", encoding="utf-8")
    (tmp_path / "in" / "d.json").write_text(json.dumps([{"text": "أكد البرلمان العراقي أن التصويت على القرار سيجري غدا."}],
                                                       ensure_ascii=False), encoding="utf-8")
    (tmp_path / "in" / "photo.png").write_bytes(b"\x89PNG\r\n\x1a\n")  # not an input kind: skipped, not an error
    status, err = run_cli([tmp_path / "in", "--out", tmp_path / "out"], capsys)
    assert status == 0, err
    assert len(story_texts(tmp_path / "out")) == 4


def test_cli_subprocess_reports_failure_and_exit_status(tmp_path, good):
    missing = tmp_path / "missing.html"
    result = subprocess.run([sys.executable, "-m", "rasid", "analyze", str(good), str(missing), "--out",
                             str(tmp_path / "out"), "--quiet"], capture_output=True, text=True, cwd=ROOT, check=False,
                            env={"PYTHONPATH": str(ROOT / "src"), "PATH": "/usr/bin:/bin"})
    assert result.returncode == 1
    assert f"{missing}: no such file or directory" in result.stderr
    assert story_texts(tmp_path / "out") == [ARTICLE.strip()]


def test_analyze_empty_stdin_reported(tmp_path, capsys, monkeypatch):
    status, err = run_cli(["-", "--out", tmp_path / "out"], capsys, b"", monkeypatch)
    assert status == 1 and "<stdin>: empty file" in err


def test_analyze_out_that_is_a_file_is_bad_usage(tmp_path, capsys, good):
    taken = tmp_path / "taken"
    taken.write_text("x", encoding="utf-8")
    status, err = run_cli([good, "--out", taken], capsys)
    assert status == 2 and "is a file" in err and taken.read_text(encoding="utf-8") == "x"


def test_output_closed_by_its_reader_ends_quietly():
    """`rasid eval ... | head`: the reader leaves early; rasid stops with no traceback and status 0."""
    code = ("import sys, rasid.commands.eval as command\n"
            "command.run = lambda args: [print('x' * 80) for _ in range(200_000)]\n"
            "from rasid.cli import main\n"
            "sys.exit(main(['eval', 'time']))\n")
    proc = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert proc.stdout is not None and proc.stderr is not None
    proc.stdout.read(100)
    proc.stdout.close()
    errors = proc.stderr.read()
    assert proc.wait(timeout=120) == 0
    assert b"Traceback" not in errors


def test_analyze_writes_the_exports_beside_the_store_save_on_two_workers(tmp_path, capsys, good, monkeypatch):
    import os

    from rasid.commands import analyze as analyze_command

    writers = tmp_path / "writers.txt"
    real_write = analyze_command.write_story

    def write_and_note(story, out):
        with writers.open("a", encoding="utf-8") as note:
            note.write(f"{os.getpid()}\n")
        return real_write(story, out)

    monkeypatch.setattr(analyze_command, "write_story", write_and_note)
    stories = {}
    for workers in ("1", "2"):
        out = tmp_path / f"out{workers}"
        status, err = run_cli([good, "--out", out, "--workers", workers], capsys)
        assert status == 0, err
        story = json.loads((out / "story.json").read_text(encoding="utf-8"))
        story.pop("generated_at")
        stories[workers] = story
        assert sorted(p.name for p in out.iterdir()) == ["rasid.db", "report.html", "stories", "story.json"]
    pids = writers.read_text(encoding="utf-8").split()
    assert pids[0] == str(os.getpid()) and pids[1] != str(os.getpid())  # after the save; then in a forked process
    assert stories["1"] == stories["2"]


def test_the_summary_cuts_long_labels_at_a_word_and_marks_the_cut():
    from rasid.commands.analyze import shown

    label = "ولي ولي العهد يبحث مع الرئيس الشيشاني و«جعجع»«الاهتمام المشترك والمستجدات»"
    cut = shown(label, 70)
    assert len(cut) <= 70 and cut.endswith("…") and label.startswith(cut[:-1])
    assert label[len(cut) - 1] == " "  # the cut falls between two words, never inside one
    assert shown("خبر قصير", 70) == "خبر قصير"
