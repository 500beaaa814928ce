"""Turn the labellers' files (exact substrings of each article's `content`) into `eval/picture/labels.json`
(or, with `--ner`, `eval/picture/ner.json`): character offsets and values only, no article text. Every
substring is checked against the corpus.

    python eval/picture/freeze.py LABEL_FILES... [--shared ../shared] > eval/picture/labels.json
    python eval/picture/freeze.py --ner NER_FILES... > eval/picture/ner.json
    python eval/picture/freeze.py --statements FILES... > eval/picture/statements.json
    python eval/picture/freeze.py --statements --picks articles_round2.json -- FILES... > eval/picture/statements_round2.json
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "src"))

from rasid.evaluation.saudinewsnet import records_by_url

HERE = Path(__file__).resolve().parent


def locate(content: str, text: str, occurrence: int) -> list[int]:
    start = -1
    for _ in range(occurrence + 1):
        start = content.find(text, start + 1)
        if start < 0:
            raise ValueError(f"{text!r} (occurrence {occurrence}) not in the article")
    return [start, start + len(text)]


def line_index(content: str, line: str) -> int:
    for index, candidate in enumerate(content.split("\n")):
        if candidate.strip() == line.strip():
            return index
    raise ValueError(f"residue line not in the article: {line!r}")


def freeze(label: dict, content: str) -> dict:
    times = [{"span": locate(content, t["text"], t["occurrence"]), "type": t["type"], "value": t["value"]}
             for t in label["times"]]
    quantities = [{"span": locate(content, q["text"], q["occurrence"]), "value": q["value"], "unit": q["unit"],
                   "relation": q["relation"], "high": q.get("high")} for q in label["quantities"]]
    return {"url": label["url"], "published_shown": label["published_shown"],
            "published_where": label["published_where"], "reference_date": label["reference_date"],
            "residue_lines": sorted({line_index(content, line) for line in label["residue"]}),
            "times": times, "quantities": quantities}


def freeze_names(label: dict, content: str) -> dict:
    spans = sorted((locate(content, e["text"], e["occurrence"]), e["type"]) for e in label["entities"])
    return {"url": label["url"], "entities": [{"span": span, "type": kind} for span, kind in spans]}


def freeze_statements(label: dict, content: str) -> dict:
    def span(part: dict | None) -> list[int] | None:
        return locate(content, part["text"], part["occurrence"]) if part and part.get("text") else None

    frozen = [{"speaker": span(st.get("speaker")), "cue": span(st.get("cue")), "content": span(st["content"]),
               "direct": bool(st["direct"]), "anonymous": bool(st["anonymous"]), "via": st.get("via")}
              for st in label["statements"]]
    return {"url": label["url"], "statements": sorted(frozen, key=lambda s: s["content"])}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("files", nargs="+", type=Path)
    parser.add_argument("--shared", type=Path, default=HERE.parents[2] / "shared")
    parser.add_argument("--ner", action="store_true", help="the files hold names (PER/ORG/LOC)")
    parser.add_argument("--statements", action="store_true", help="the files hold statements")
    parser.add_argument("--picks", nargs="+", help="the pick lists the files label, in order (default: articles.json, "
                        "and articles_more.json for statements)")
    args = parser.parse_args()
    labels = [label for path in args.files for label in json.loads(path.read_text(encoding="utf-8"))]
    records = records_by_url(args.shared / "data" / "news_saudinewsnet" / "dataset", {lab["url"] for lab in labels})
    freezer = freeze_names if args.ner else freeze_statements if args.statements else freeze
    frozen = {lab["url"]: freezer(lab, records[lab["url"]][1]["content"]) for lab in labels}
    picks = args.picks or ["articles.json", *(["articles_more.json"] if args.statements else [])]
    articles = [a for name in picks for a in json.loads((HERE / name).read_text(encoding="utf-8"))["articles"]]
    json.dump({"articles": [frozen[a["url"]] for a in articles]}, sys.stdout, ensure_ascii=False, indent=None)
    print()


if __name__ == "__main__":
    main()
