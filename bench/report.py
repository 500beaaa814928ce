"""The scale section of bench/RESULTS.md from the measurements of `bench/run_all.py`: the machine, the targets, the
tables, the profile. Other benchmarks write their own sections of the same file; only the text between this
section's two markers is replaced (the section is appended when the markers are absent)."""
from __future__ import annotations

from pathlib import Path
from typing import Any

BEGIN = "<!-- bench/run_all.py: begin -->"
END = "<!-- bench/run_all.py: end -->"
TARGET_RATE = 50.0  # articles/s, full pipeline, this 2-core machine
TARGET_MEMORY_MB = 1000.0
TARGET_COLD_START_S = 1.5  # the archive-scale issue's target
TARGET_SPEEDUP = 1.8


def total_seconds(row: dict[str, Any]) -> float:
    return row["per_document_s"] + row["corpus_s"] + row["export_s"]


def verdict(value: float, target: float, higher_is_better: bool) -> str:
    met = value >= target if higher_is_better else value <= target
    if met:
        return "met"
    short = (target - value) / target if higher_is_better else (value - target) / target
    return f"**missed by {short:.0%}**"


def table(header: list[str], rows: list[list[Any]]) -> list[str]:
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    return lines + ["| " + " | ".join(str(cell) for cell in row) + " |" for row in rows]


def targets(results: dict[str, Any]) -> list[str]:
    local = {row["workers"]: row for row in results["throughput"] if row["executor"] == "local"}
    rate = max(row["articles"] / total_seconds(row) for row in local.values())
    memory = max(row["peak_rss_mb"] for row in results["throughput"])
    cold = results["cold_start"]["median_s"]
    speedup = (local[1]["per_document_s"] / local[2]["per_document_s"]) if 1 in local and 2 in local else float("nan")
    cpu_ratio = (local[2]["cpu_s"] / local[1]["cpu_s"]) if 1 in local and 2 in local else float("nan")
    rows = [
        ["full pipeline >= 50 articles/s", f"{rate:.0f} articles/s (best local run)", verdict(rate, TARGET_RATE, True)],
        ["peak memory <= 1 GB", f"{memory:.0f} MB (largest throughput run)", verdict(memory, TARGET_MEMORY_MB, False)],
        ["cold start <= 1.5 s", f"{cold:.2f} s (median)", verdict(cold, TARGET_COLD_START_S, False)],
        ["2 workers >= 1.8x one", (f"{speedup:.2f}x (per-document phase, wall; the 2-worker run used "
                                   f"{cpu_ratio:.2f}x the CPU seconds)"), verdict(speedup, TARGET_SPEEDUP, True)],
    ]
    return table(["target", "measured", ""], rows)


def throughput(results: dict[str, Any]) -> list[str]:
    rows = []
    for row in results["throughput"]:
        seconds = total_seconds(row)
        rows.append([row["executor"], row["workers"], row["articles"], f"{row['articles'] / seconds:.1f}",
                     f"{row['input_mb'] / seconds:.2f}", f"{row['per_document_s']:.1f}", f"{row['corpus_s']:.2f}",
                     f"{row['export_s']:.2f}", f"{row['startup_s']:.1f}", f"{row['cpu_s']:.1f}",
                     f"{row['peak_rss_mb']:.0f}"])
    header = ["executor", "workers", "articles", "articles/s", "MB/s", "per-document s", "corpus steps s",
              "export s", "cluster start s", "CPU s", "peak RSS MB"]
    return table(header, rows)


def extraction(results: dict[str, Any]) -> list[str]:
    e = results["extraction"]
    rows = [[e["pages"], f"{e['html_mb']:.1f}", f"{e['extract_cpu']:.2f}", f"{e['rasid_cpu']:.2f}",
             f"**{e['ratio_cpu']:.1f}x**", f"{e['ratio_wall']:.1f}x"]]
    return table(["pages", "HTML MB", "trafilatura.bare_extraction CPU s", "rasid full analysis CPU s",
                  "ratio (CPU)", "ratio (wall)"], rows)


def scaling(results: dict[str, Any]) -> list[str]:
    rows = []
    for row in results["scaling"]["rows"]:
        per_k = row["corpus_s"] / max(row["documents"], 1) * 1000
        rows.append([row["articles"], f"{row['per_document_s']:.1f}", f"{row['articles'] / row['per_document_s']:.1f}",
                     f"{row['corpus_s']:.3f}", f"{per_k:.3f}", f"{row['rss_mb']:.0f}"])
    return table(["articles", "per-document phase s (cumulative)", "articles/s", "corpus steps s",
                  "corpus steps s per 1k documents", "tree RSS MB"], rows)


def profile(section: dict[str, Any], title: str) -> list[str]:
    lines = [f"#### {title}: {section['articles']} articles, {section['seconds']:.1f} s in one process", "",
             "Top functions by their own time:", ""]
    lines += table(["self s", "share", "function"],
                   [[f"{s:.2f}", f"{s / section['seconds']:.0%}", f"`{name}`"] for name, s in section["top"]])
    return lines + ["", "Call tree (pyinstrument, library frames folded):", "", "```", *section["tree"], "```", ""]


NOISE_NOTE = ("Other work shared the cores while this ran (see the load averages): wall-clock figures are noisy, "
              "and the CPU-second figures and the ratios measured within one process are the steadier ones.")
THROUGHPUT_NOTE = ("articles/s and MB/s (input text) over the whole run: per-document work, corpus steps and export. "
                   "The Dask cluster's start-up is timed apart and not counted. Peak RSS is summed over the process "
                   "tree (pages shared between forked workers are counted in each).")
SCALING_NOTE = ("One pass with every core, timed as it reaches each size; the corpus steps then timed alone on "
                "each prefix.")


def header(results: dict[str, Any]) -> list[str]:
    args = results["args"]
    command = (f"python bench/run_all.py --articles {args['articles']} --max-size {args['max_size']} "
               f"--pages {args['pages']} --profile-articles {args['profile_articles']}"
               + (" --no-dask" if args["no_dask"] else ""))
    lines = ["## Scale: the full pipeline, workers and cluster", "",
             f"Written by `{command}`, started {results['started']}.", ""]
    return lines + table(["machine", ""], [[k, v] for k, v in results["machine"].items()]) + ["", NOISE_NOTE, ""]


def cold_start(results: dict[str, Any]) -> list[str]:
    cold = results["cold_start"]
    line = (f"`rasid analyze` on the five sample articles to `story.json`, as a subprocess: median "
            f"**{cold['median_s']:.2f} s**, best {cold['min_s']:.2f} s over {cold['runs']} runs (a bare "
            f"`python -c pass`: {cold['python_s']:.2f} s).")
    return [line]


def write_results(results: dict[str, Any], path: Path) -> None:
    peak = f"Peak tree RSS of the run: {results['scaling']['peak_rss_mb']:.0f} MB."
    lines = [
        *header(results),
        "### Targets", "", *targets(results), "",
        "### Throughput and peak memory on SaudiNewsNet", "", THROUGHPUT_NOTE, "", *throughput(results), "",
        "### rasid against trafilatura's bare extraction, same HTML pages, one process", "",
        "The real pages of `html_pages/` and SaudiNewsNet records wrapped as simple article pages.", "",
        *extraction(results), "",
        "### Cold start", "", *cold_start(results), "",
        "### Growth with corpus size", "", f"{SCALING_NOTE} {peak}", "", *scaling(results), "",
        "### Where the time goes", "",
        *profile(results["profile_records"], "SaudiNewsNet records"),
        *profile(results["profile_html"], "The same articles as HTML pages"),
    ]
    replace_section(path, "\n".join([BEGIN, *lines, END]))


def replace_section(path: Path, section: str, begin: str = BEGIN, end: str = END) -> None:
    """Put `section` (which starts with `begin` and ends with `end`) in `path` in place of the old one."""
    old = path.read_text(encoding="utf-8") if path.exists() else "# Benchmark results\n"
    if begin in old and end in old:
        head, rest = old.split(begin, 1)
        new = head + section + rest.split(end, 1)[1]
    else:
        new = old.rstrip("\n") + "\n\n" + section + "\n"
    path.write_text(new, encoding="utf-8")
