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


def test_train_silver_folder_without_files_is_usage_error(tmp_path, capsys):
    (tmp_path / "data").mkdir()
    assert main(["train", "ner", "--data", str(tmp_path / "data"), "--silver", str(tmp_path)]) == 2
    assert "silver_*.txt" in capsys.readouterr().err


def test_silver_sentences_reads_files_in_order_up_to_the_limit(tmp_path):
    from rasid.ner.train import silver_sentences

    (tmp_path / "silver_1.txt").write_text("بغداد B-LOC\nأمس O\n\n", encoding="utf-8")
    (tmp_path / "silver_0.txt").write_text("قال O\nالسوداني B-PER\n\nزار O\n\n", encoding="utf-8")
    picked = silver_sentences(tmp_path, 3)
    assert [words for words, _ in picked] == [["قال", "السوداني"], ["زار"], ["بغداد", "أمس"]]
    assert silver_sentences(tmp_path, 1) == [(["قال", "السوداني"], ["O", "B-PER"])]


def test_train_ner_with_silver_adds_the_silver_sentences(tmp_path):
    from rasid.ner.tagger import CrfTagger
    from rasid.ner.train import TrainConfig, train_ner

    gold = tmp_path / "data" / "ner_anercorp_train"
    gold.mkdir(parents=True)
    lines = ["زار O\nبغداد B-LOC\nأمس O\n", "قال O\nالسوداني B-PER\nإن O\n", "أعلنت O\nحماس B-ORG\nذلك O\n"]
    (gold / "train.txt").write_text("\n".join(lines * 10), encoding="utf-8")
    silver = tmp_path / "silver"
    silver.mkdir()
    (silver / "silver_0.txt").write_text("وصل O\nإلى O\nدمشق B-LOC\n\n" * 5, encoding="utf-8")
    out = tmp_path / "model.json.gz"
    config = TrainConfig(max_iterations=30, full=True, silver_dir=silver, silver_sentences=4)
    report = train_ner(tmp_path / "data", out, config)
    assert (report["train_sentences"], report["silver_sentences"], report["dev_sentences"]) == (27, 4, 3)
    assert CrfTagger(out).tag(["زار", "بغداد"])[1] == "B-LOC"


def test_train_ner_adds_hand_labelled_news_repeated(tmp_path):
    from rasid.ner.tagger import CrfTagger
    from rasid.ner.train import TrainConfig, train_ner

    gold = tmp_path / "data" / "ner_anercorp_train"
    gold.mkdir(parents=True)
    (gold / "train.txt").write_text("زار O\nبغداد B-LOC\nأمس O\n\n" * 20, encoding="utf-8")
    news = tmp_path / "news_gold.txt"
    news.write_text("أعلنت O\nهيئة B-ORG\nالترفيه I-ORG\nذلك O\n\nقال O\nالسوداني B-PER\n\n", encoding="utf-8")
    out = tmp_path / "model.json.gz"
    report = train_ner(tmp_path / "data", out, TrainConfig(max_iterations=30, news_file=news, news_repeat=4))
    assert report["silver_sentences"] == 8  # two news sentences, four times
    assert CrfTagger(out).tag(["أعلنت", "هيئة", "الترفيه"])[1:] == ["B-ORG", "I-ORG"]


def test_train_command_names_a_missing_news_file(tmp_path, capsys):
    from rasid.cli import main

    assert main(["train", "ner", "--news", str(tmp_path / "absent.txt"), "--out", str(tmp_path / "m.json.gz")]) == 2
    assert "absent.txt" in capsys.readouterr().err
