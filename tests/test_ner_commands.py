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


def test_averaged_weights_are_the_share_weighted_sum_matched_by_label_name():
    from rasid.ner.crf import average_weights

    first = {"labels": ["O", "B-PER"], "transitions": [[1.0, 2.0], [3.0, 4.0]],
             "states": {"w=زار": [[0, 2.0]], "w=محمد": [[1, 3.0]]}}
    second = {"labels": ["B-PER", "O"], "transitions": [[0.0, 1.0], [1.0, 0.0]],
              "states": {"w=محمد": [[0, 1.0], [1, -1.0]], "w=بغداد": [[1, 0.5]]}}
    averaged = average_weights([first, second], [0.25, 0.75])
    assert averaged["labels"] == ["B-PER", "O"]
    assert averaged["states"] == {"w=زار": [[1, 0.5]], "w=محمد": [[0, 1.5], [1, -0.75]], "w=بغداد": [[1, 0.375]]}
    # O -> B-PER: 0.25 * 2 (first) + 0.75 * 1 (second); B-PER -> B-PER: 0.25 * 4 + 0.75 * 0
    assert averaged["transitions"][1][0] == 1.25 and averaged["transitions"][0][0] == 1.0


def test_an_averaged_model_scores_a_word_by_the_weighted_sum_of_the_models(tmp_path):
    from rasid.ner.crf import LinearChainCrf, average_weights, write_weights

    first = {"labels": ["B-LOC", "O"], "transitions": [[0.0, 0.0], [0.0, 0.0]], "states": {"w=بغداد": [[0, 2.0]]}}
    second = {"labels": ["B-LOC", "O"], "transitions": [[0.0, 0.0], [0.0, 0.0]],
              "states": {"w=بغداد": [[1, 1.0]], "s=بغداد": [[0, 1.0]]}}
    paths = []
    for name, model in (("a", first), ("b", second), ("avg", average_weights([first, second], [0.5, 0.5]))):
        paths.append(tmp_path / f"{name}.json.gz")
        write_weights(model, paths[-1])
    a, b, avg = (LinearChainCrf(p) for p in paths)
    attributes = ["w=بغداد", "s=بغداد"]
    assert (avg.score(attributes) == 0.5 * a.score(attributes) + 0.5 * b.score(attributes)).all()


def test_train_command_averages_with_a_model_read_before_training(tmp_path, capsys):
    from rasid.cli import main
    from rasid.ner.crf import read_weights, write_weights

    gold = tmp_path / "data" / "ner_anercorp_train"
    gold.mkdir(parents=True)
    (gold / "train.txt").write_text("زار O\nبغداد B-LOC\nأمس O\n\n" * 20, encoding="utf-8")
    out = tmp_path / "model.json.gz"
    write_weights({"labels": ["B-LOC", "O"], "transitions": [[0.0, 0.0], [0.0, 0.0]],
                   "states": {"w=دمشق": [[0, 4.0]]}}, out)  # the file the run also writes to
    args = ["train", "ner", "--data", str(tmp_path / "data"), "--iterations", "30", "--out", str(out)]
    assert main([*args, "--average-with", str(out), "--average-share", "0.75"]) == 0
    assert "averaged with" in capsys.readouterr().out
    model = read_weights(out)
    assert model["states"]["w=دمشق"] == [[model["labels"].index("B-LOC"), 1.0]]  # a quarter of 4.0
    assert any(attribute.endswith("بغداد") for attribute in model["states"])


def test_train_command_names_a_missing_model_to_average_with(tmp_path, capsys):
    from rasid.cli import main

    (tmp_path / "data").mkdir()
    assert main(["train", "ner", "--data", str(tmp_path / "data"), "--average-with", str(tmp_path / "none.json.gz"),
                 "--out", str(tmp_path / "m.json.gz")]) == 2
    assert "none.json.gz" in capsys.readouterr().err
