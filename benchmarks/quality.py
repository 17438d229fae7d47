"""Quality benchmark: ROUGE of every method against human references, brief defects, key-fact
figures, and the cost on long texts. A tool, not a test:

    python benchmarks/quality.py                       # every JSONL file in ../shared/data
    python benchmarks/quality.py my.jsonl --limit 100  # records of {id, article, reference[, title]}

Scores are ROUGE-1, ROUGE-2 and ROUGE-Lsum F1 (rouge-score, Porter stemming, one sentence a line).
Each method is run at 3 sentences and at an equal word budget (each article's Lead-3 word count).
"""

from __future__ import annotations

import argparse
import itertools
import json
import logging
import statistics
import time
from collections import defaultdict
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

from briefing import BriefOptions, make_briefing, parse_article
from briefing.facts import specifics
from briefing.methods import METHODS
from briefing.predicates import in_longer_quotes, leans_on_previous

DATA = Path(__file__).resolve().parents[2] / "shared" / "data"
BASELINE = "lead"
NEAR_DUPLICATE = 0.5  # bigram overlap that counts two brief sentences as one said twice


def article_of(record: dict[str, Any]):
    title = record.get("title")
    text = f"{title}\n\n{record['article']}" if title else record["article"]
    return parse_article(text, source=record["id"])


def evaluate(record: dict[str, Any], methods: tuple[str, ...]) -> dict[str, Any]:
    from rouge_score import rouge_scorer

    scorer = rouge_scorer.RougeScorer(["rouge1", "rouge2", "rougeLsum"], use_stemmer=True)
    reference = "\n".join(line.strip() for line in record["reference"].split("\n") if line.strip())
    article = article_of(record)
    lead_words = sum(s.words for s in make_briefing(article, BriefOptions(method=BASELINE)).brief)
    rows = {}
    for method in methods:
        for setting, options in (("3 sentences", BriefOptions(method=method)),
                                 ("equal words", BriefOptions(method=method, sentences=None, words=lead_words))):
            started = time.perf_counter()
            note = make_briefing(article, options)
            seconds = time.perf_counter() - started
            summary = "\n".join(s.text for s in note.brief)
            scores = scorer.score(reference, summary)
            row = {
                "r1": scores["rouge1"].fmeasure, "r2": scores["rouge2"].fmeasure,
                "rl": scores["rougeLsum"].fmeasure, "words": note.stats.brief_words, "seconds": seconds,
                "defects": defects(note),
            }
            if setting == "3 sentences":
                row["brief_recall_r1"] = scores["rouge1"].recall
                with_facts = "\n".join(s.text for s in sorted(note.brief + note.facts, key=lambda s: s.index))
                row["fact_recall_r1"] = scorer.score(reference, with_facts)["rouge1"].recall
                row["facts"] = [(specifics(f) > 0, f.words) for f in note.facts]
            rows[(method, setting)] = row
    return rows


def defects(note) -> dict[str, int]:
    chosen = {s.index for s in note.brief}
    dangling = sum(1 for s in note.brief if leans_on_previous(s) and s.index - 1 not in chosen and s.index > 0)
    quoted = in_longer_quotes(note.sentences)
    cut_quote = sum(  # part of a quotation whose neighbouring part is left out
        1 for s in note.brief if s.index in quoted
        and any(neighbour in quoted and neighbour not in chosen for neighbour in (s.index - 1, s.index + 1))
    )
    bigrams = [set(itertools.pairwise(s.text.lower().split())) for s in note.brief]
    duplicate = sum(
        1 for i, a in enumerate(bigrams) for b in bigrams[i + 1:]
        if a and b and len(a & b) / min(len(a), len(b)) > NEAR_DUPLICATE
    )
    return {"dangling": dangling, "cut quote": cut_quote, "near-duplicate": duplicate}


def summarize(path: Path, results: list[dict], methods: tuple[str, ...]) -> str:
    lines = [f"### {path.name}: {len(results)} articles", "",
             "| method | setting | R1 | R2 | RLsum | words | ms/article | defects/100 briefs |",
             "|---|---|---:|---:|---:|---:|---:|---:|"]
    for setting in ("3 sentences", "equal words"):
        for method in methods:
            rows = [result[(method, setting)] for result in results]
            mean = {key: statistics.fmean(row[key] for row in rows) for key in ("r1", "r2", "rl", "words", "seconds")}
            total = defaultdict(int)
            for row in rows:
                for kind, count in row["defects"].items():
                    total[kind] += count
            defect_text = ", ".join(f"{kind} {100 * count / len(rows):.1f}" for kind, count in total.items())
            name = "Lead-3" if method == BASELINE else method
            lines.append(f"| {name} | {setting} | {100 * mean['r1']:.2f} | {100 * mean['r2']:.2f} | "
                         f"{100 * mean['rl']:.2f} | {mean['words']:.0f} | {1000 * mean['seconds']:.1f} | "
                         f"{defect_text} |")
    lines += ["", "| method | bullets per note | bullets with a specific | mean bullet words | "
              "bullets over 40 words | ROUGE-1 recall, brief only | ROUGE-1 recall, brief + facts |",
              "|---|---:|---:|---:|---:|---:|---:|"]
    for method in methods:
        rows = [result[(method, "3 sentences")] for result in results]
        bullets = [bullet for row in rows for bullet in row["facts"]]
        if not bullets:
            continue
        lines.append(
            f"| {'Lead-3' if method == BASELINE else method} | {len(bullets) / len(rows):.2f} | "
            f"{100 * statistics.fmean(b[0] for b in bullets):.1f}% | "
            f"{statistics.fmean(b[1] for b in bullets):.1f} | "
            f"{100 * statistics.fmean(b[1] > 40 for b in bullets):.1f}% | "
            f"{100 * statistics.fmean(r['brief_recall_r1'] for r in rows):.2f} | "
            f"{100 * statistics.fmean(r['fact_recall_r1'] for r in rows):.2f} |"
        )
    return "\n".join(lines)


def timing(methods: tuple[str, ...]) -> str:
    """Brief and facts of a long text made by joining articles: 6,000 and 60,000 words."""
    files = sorted(DATA.glob("*.jsonl"))
    articles = [json.loads(line)["article"] for f in files[:1] for line in f.open()] or [
        Path("examples/article.txt").read_text()] * 200
    lines = ["| method | 6,000 words | 60,000 words | ratio |", "|---|---:|---:|---:|"]
    make_briefing(articles[0], BriefOptions())  # load the stemmer, stop words and NLTK once, as start-up
    for method in methods:
        times = []
        for target in (6_000, 60_000):
            parts, words = [], 0
            for article in articles:
                parts.append(article)
                words += len(article.split())
                if words >= target:
                    break
            started = time.perf_counter()
            make_briefing("\n\n".join(parts), BriefOptions(method=method))
            times.append(time.perf_counter() - started)
        lines.append(f"| {method} | {times[0]:.2f} s | {times[1]:.2f} s | {times[1] / times[0]:.1f}× |")
    return "\n".join(lines)


def main() -> None:
    logging.getLogger("briefing").setLevel(logging.ERROR)  # no per-article warnings in a table
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("files", nargs="*", type=Path, help="JSONL files (default: ../shared/data/*.jsonl)")
    parser.add_argument("--limit", type=int, help="at most this many records per file")
    parser.add_argument("--methods", default=",".join(METHODS), help="comma-separated methods")
    parser.add_argument("--jobs", type=int, default=2, help="worker processes")
    parser.add_argument("--no-timing", action="store_true", help="skip the long-text timings")
    parser.add_argument("--only-timing", action="store_true", help="only the long-text timings")
    args = parser.parse_args()
    methods = tuple(m for m in args.methods.split(",") if m)
    if BASELINE not in methods:
        methods = (BASELINE, *methods)
    files = [] if args.only_timing else args.files or sorted(DATA.glob("*.jsonl"))
    if not files and not args.only_timing:
        parser.error(f"no JSONL files given and none in {DATA}")
    for path in files:
        records = [json.loads(line) for line in path.open()][: args.limit]
        with ProcessPoolExecutor(args.jobs) as pool:
            results = list(pool.map(evaluate, records, [methods] * len(records), chunksize=8))
        print(summarize(path, results, methods), end="\n\n", flush=True)
    if not args.no_timing:
        print("### Long texts: brief and facts, beyond start-up\n")
        print(timing(("newsrank", "lead")))


if __name__ == "__main__":
    main()
