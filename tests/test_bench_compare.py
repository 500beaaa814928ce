"""`bench/compare.py`'s table: every run of both trees, then the ratios of the medians (no timing here)."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))

from compare import table


def test_the_table_lists_every_run_and_the_ratio_of_the_medians():
    older = [{"per_document_s": 10.0, "corpus_s": 4.0, "cpu_s": 15.0}, {"per_document_s": 12.0, "corpus_s": 6.0, "cpu_s": 19.0}]
    newer = [{"per_document_s": 11.0, "corpus_s": 5.0, "cpu_s": 17.0}, {"per_document_s": 11.0, "corpus_s": 5.0, "cpu_s": 17.0}]
    lines = table({"abc123": older, "working tree": newer})
    assert lines[2] == "| abc123 | 1 | 10.0 | 4.0 | 15.0 |"
    assert lines[-1] == "| working tree / abc123 | medians | 1.00 | 1.00 | 1.00 |"
    assert len(lines) == 2 + 4 + 1
