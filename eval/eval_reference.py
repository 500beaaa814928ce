"""How often the reference date the `time` stage infers (when a page gives none) is right.

    PYTHONPATH=src python eval/eval_reference.py [--shared ../shared]

Runs the stage over every SaudiNewsNet article (`../shared/data/news_saudinewsnet/dataset/*.zip`) without its
date and compares the inferred date with the record's `date_extracted` (the crawl date: the publication date
or a day after it; upstream says it is reliable for articles extracted from 2015-08-01 on).
"""
from __future__ import annotations

import argparse
import json
import zipfile
from datetime import date
from pathlib import Path

from rasid.model import DocMeta, Document
from rasid.stages.time import TimeTagger


def inferred_pairs(dataset: Path) -> tuple[int, list[tuple[date, date]]]:
    """(articles read, [(inferred, extracted)] for every article the stage dated)."""
    stage, pairs, read = TimeTagger(), [], 0
    for path in sorted(dataset.glob("*.zip")):
        with zipfile.ZipFile(path) as archive:
            records = json.loads(archive.read(archive.namelist()[0]).decode("utf-8"))
        for record in records:
            if record.get("content"):
                read += 1
                doc = stage(Document(str(read), record["content"], DocMeta(source=path.name)))
                if doc.meta.published:
                    pairs.append((date.fromisoformat(doc.meta.published[:10]),
                                  date.fromisoformat(record["date_extracted"][:10])))
    return read, pairs


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shared", type=Path, default=Path(__file__).resolve().parents[1].parent / "shared")
    args = parser.parse_args()
    read, pairs = inferred_pairs(args.shared / "data" / "news_saudinewsnet" / "dataset")
    same = sum(inferred == extracted for inferred, extracted in pairs)
    close = sum(abs((inferred - extracted).days) <= 1 for inferred, extracted in pairs)
    late = [(i, e) for i, e in pairs if e >= date(2015, 8, 1)]
    late_close = sum(abs((i - e).days) <= 1 for i, e in late)
    print(f"{read} articles, {len(pairs)} dated by inference: {same} on the crawl date, {close} within a day")
    print(f"crawled from 2015-08-01 on: {len(late)} dated, {late_close} within a day")


if __name__ == "__main__":
    main()
