"""`rasid eval ner FILE` and `rasid train` argument handling (training itself runs by its own command)."""
from rasid.cli import main

GOLD = """قال O
رئيس O
الوزراء O
محمد B-PERS
شياع I-PERS
السوداني I-PERS
في O
بغداد B-LOC
. O
"""


def test_eval_ner_prints_scores_per_type(tmp_path, capsys):
    path = tmp_path / "gold.txt"
    path.write_text(GOLD, encoding="utf-8")
    assert main(["eval", "ner", str(path)]) == 0
    out = capsys.readouterr().out
    assert "PER" in out and "LOC" in out and "overall" in out


def test_eval_ner_missing_file_is_usage_error(tmp_path):
    assert main(["eval", "ner", str(tmp_path / "absent.txt")]) == 2


def test_eval_ner_bad_line_fails_with_its_place(tmp_path, capsys):
    path = tmp_path / "bad.txt"
    path.write_text("كلمة\n", encoding="utf-8")
    assert main(["eval", "ner", str(path)]) == 1
    assert "bad.txt:1" in capsys.readouterr().err


def test_train_missing_data_folder_is_usage_error(tmp_path):
    assert main(["train", "ner", "--data", str(tmp_path / "none")]) == 2
