"""Turn the readers' judgments of sampled stances into `eval/stances/judged*.json`: keys (evidence urls and
offsets), verdicts and reasons only, no article text.

    python eval/stances/freeze.py --sample start PACKET_DIR [--sample after PACKET_DIR ...] --about TEXT > eval/stances/judged.json
    python eval/stances/freeze.py --sample final PACKET_DIR --about TEXT > eval/stances/judged_fresh.json

Each PACKET_DIR holds `all_with_answers.json` (the sampled stances, each with its `stance_key`) and the readers'
`judged_*.json` (one object per item: `question_ok`, each evidence statement's `position`, `actor_position`,
`reason`).
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

ARABIC = re.compile(r"[\u0600-\u06ff][\u0600-\u06ff\s]*[\u0600-\u06ff]|[\u0600-\u06ff]")  # quoted words out of the reasons


def freeze(packet: Path, sample: str) -> list[dict]:
    items = {it["item"]: it for it in json.loads((packet / "all_with_answers.json").read_text(encoding="utf-8"))}
    judged = [j for path in sorted(packet.glob("judged_*.json")) for j in json.loads(path.read_text(encoding="utf-8"))]
    if sorted(j["item"] for j in judged) != sorted(items):
        raise SystemExit(f"{packet}: the judgments do not cover the sampled items one each")
    return [{"key": items[j["item"]]["stance_key"], "sample": sample, "question_ok": j["question_ok"],
             "evidence": [{"key": e["key"], "position": e["position"]} for e in j["evidence"]],
             "actor_position": j["actor_position"], "reason": ARABIC.sub("…", j.get("reason", ""))}
            for j in sorted(judged, key=lambda j: j["item"])]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sample", nargs=2, action="append", metavar=("NAME", "PACKET_DIR"), required=True)
    parser.add_argument("--about", required=True, help="how the samples were drawn and judged")
    args = parser.parse_args()
    judged = [entry for name, packet in args.sample for entry in freeze(Path(packet), name)]
    json.dump({"about": args.about, "judged": judged}, sys.stdout, ensure_ascii=False, indent=1)
    print()


if __name__ == "__main__":
    main()
