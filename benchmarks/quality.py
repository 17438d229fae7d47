"""Quality benchmark: ROUGE of every method against human references, the brief against both
Lead-3s with bootstrap intervals, reader-visible defects of brief and bullets, key-fact figures,
and the cost on long texts. A tool, not a test:

    python benchmarks/quality.py                       # every JSONL file in ../shared/data
    python benchmarks/quality.py my.jsonl --limit 100  # records of {id, article, reference[, title]}
    python benchmarks/quality.py --methods newsrank    # newsrank and Lead-3 only (a few minutes)

Scores are ROUGE-1, ROUGE-2 and ROUGE-Lsum F1 (rouge-score, Porter stemming, one sentence a line).
Each method is run at 3 sentences and at an equal word budget (each article's Lead-3 word count).
Two Lead-3s: our own (`--method lead`: our splitter and cleaning, the first three sentences) and
the first three sentences by pysbd's splitter, so that the ranker's share of the gain and the
splitter's can be told apart. Defects are judged by benchmarks/defects.py, independently of the
tool's own predicates.
"""

from __future__ import annotations

import argparse
import itertools
import json
import logging
import random
import statistics
import time
from collections import Counter
from concurrent.futures import ProcessPoolExecutor
from dataclasses import replace
from pathlib import Path
from typing import Any

from briefing import BriefOptions, make_briefing, parse_article
from briefing.summarize.facts import says_again
from briefing.summarize.methods import METHODS
from briefing.text.analysis import analyse
from briefing.text.cleaning import junk
from briefing.text.predicates import MIN_WORDS, stands_alone
from briefing.text.segment import terms_for
from briefing.text.specifics import specifics

from defects import KINDS, Note, detect

# ../shared/data beside the repository (or beside a folder of work trees that holds it)
DATA = next((folder / "shared" / "data" for folder in Path(__file__).resolve().parents[1:]
             if (folder / "shared" / "data").is_dir()), Path(__file__).resolve().parents[2] / "shared" / "data")
BASELINE = "lead"
PYSBD = "Lead-3 (pysbd)"
DEFAULT = "newsrank"
NEAR_DUPLICATE = 0.5  # bigram overlap that counts two brief sentences as one said twice
LONG_ARTICLE_WORDS = 300  # bullets per note are reported on articles at least this long
RESAMPLES = 2000  # bootstrap resamples for the 95% intervals
BRIEF_KINDS = ("junk", "cut_quote", "dangling", "bad_split")


def article_of(record: dict[str, Any]):
    title = record.get("title")
    text = f"{title}\n\n{record['article']}" if title else record["article"]
    return parse_article(text, source=record["id"])


def evaluate(record: dict[str, Any], methods: tuple[str, ...]) -> dict[Any, Any]:
    from rouge_score import rouge_scorer

    scorer = rouge_scorer.RougeScorer(["rouge1", "rouge2", "rougeLsum"], use_stemmer=True)
    reference = "\n".join(line.strip() for line in record["reference"].split("\n") if line.strip())
    article = article_of(record)
    lead_note = own_lead(article, BriefOptions())
    lead_words = max(1, sum(s.words for s in lead_note.brief))  # a Lead-3 of furniture alone: one word, not none
    rows: dict[Any, Any] = {"words": len(article.text.split())}
    for method in methods:
        for setting, options in (("3 sentences", BriefOptions(method=method)),
                                 ("equal words", BriefOptions(method=method, sentences=None, words=lead_words))):
            started = time.perf_counter()
            note = own_lead(article, options) if method == BASELINE else make_briefing(article, options)
            seconds = time.perf_counter() - started
            scores = scorer.score(reference, "\n".join(s.text for s in note.brief))
            row = {
                "r1": scores["rouge1"].fmeasure, "r2": scores["rouge2"].fmeasure,
                "rl": scores["rougeLsum"].fmeasure, "words": note.stats.brief_words, "seconds": seconds,
            }
            if setting == "3 sentences":
                row["brief_recall_r1"] = scores["rouge1"].recall
                with_facts = "\n".join(s.text for s in sorted(note.brief + note.facts, key=lambda s: s.index))
                row["fact_recall_r1"] = scorer.score(reference, with_facts)["rouge1"].recall
                row["facts"] = [(specifics(f) > 0, f.words) for f in note.facts]
                row["defects"] = defects(note)
                if method == DEFAULT:
                    row["left_out"] = left_out(note, lead_note)
            rows[(method, setting)] = row
    lead3 = "\n".join(pysbd_sentences(article.text)[:3])
    scores = scorer.score(reference, lead3)
    rows[(PYSBD, "3 sentences")] = {"r1": scores["rouge1"].fmeasure, "r2": scores["rouge2"].fmeasure,
                                    "rl": scores["rougeLsum"].fmeasure, "words": len(lead3.split())}
    return rows


def own_lead(article, options: BriefOptions):
    """Our own Lead-3: the article's first sentences that are not furniture (our splitter, our
    cleaning), as many as ``options`` ask. Since every method's brief keeps to the note's rules, the
    lead method's note is no longer that baseline: its raw picks are taken, less the furniture."""
    note = make_briefing(article, replace(options, method=BASELINE, raw=True))
    furniture = junk(note.sentences)
    taken, words = [], 0
    for sentence in (s for s in note.sentences if s.index not in furniture):
        if options.words is not None and taken and words + sentence.words > options.words:
            break
        if options.sentences is not None and len(taken) == options.sentences:
            break
        taken.append(sentence)
        words += sentence.words
    return replace(note, brief=tuple(taken))


LEFT_OUT = ("furniture", "not a sentence", "too short", "cut quotation", "leans on unshown", "repeats",
            "ranked lower")


def left_out(note, lead_note) -> list[str]:
    """Why each sentence of our own Lead-3 that the brief leaves out was left out, by the note's
    own rules, in the order they are applied: the first that holds."""
    analysis = analyse(note.sentences, terms_for(note.options.language), title=note.article.title)  # the note's own
    excluded, fit, quoted, lede = analysis.furniture, analysis.fit, analysis.quoted, analysis.lede
    shown = {s.index for s in note.brief}
    reasons = []
    for sentence in lead_note.brief:
        index = sentence.index
        if index in shown:
            continue
        if index in excluded:
            reasons.append("furniture")
        elif sentence.words < MIN_WORDS:
            reasons.append("too short")
        elif not fit[index]:
            reasons.append("not a sentence")
        elif index in quoted:
            reasons.append("cut quotation")
        elif not stands_alone(sentence, shown, titled=analysis.titled, lede=lede):
            reasons.append("leans on unshown")
        elif any(says_again(set(sentence.text.lower().split()), [set(b.text.lower().split())], 0.6)
                 for b in note.brief):
            reasons.append("repeats")
        else:
            reasons.append("ranked lower")
    return reasons


def left_out_table(sets: list[tuple[str, list[dict]]]) -> str:
    """Per set: our own Lead-3's sentences that the brief leaves out, per 100 notes, by reason."""
    lines = ["| data | left out /100 notes | " + " | ".join(LEFT_OUT) + " |", "|---|---:|" + "---:|" * len(LEFT_OUT)]
    for name, results in sets:
        reasons = Counter(r for result in results for r in result[(DEFAULT, "3 sentences")]["left_out"])
        per_note = 100 / len(results)
        lines.append(f"| {name} | {per_note * sum(reasons.values()):.1f} | "
                     + " | ".join(f"{per_note * reasons[r]:.1f}" for r in LEFT_OUT) + " |")
    return "\n".join(lines)


def pysbd_sentences(text: str) -> list[str]:
    import pysbd

    segmenter = pysbd.Segmenter(language="en", clean=False)
    return [" ".join(s.split()) for s in segmenter.segment(text) if s.strip()]


def defects(note) -> dict[str, Any]:
    """The detectors' verdict on each brief sentence and bullet, and near-duplicate brief sentences."""
    found = detect(Note([(s.text, s.paragraph) for s in note.sentences], [s.index for s in note.brief],
                        [s.index for s in note.facts], note.article.title))
    bigrams = [set(itertools.pairwise(s.text.lower().split())) for s in note.brief]
    duplicate = sum(
        1 for i, a in enumerate(bigrams) for b in bigrams[i + 1:]
        if a and b and len(a & b) / min(len(a), len(b)) > NEAR_DUPLICATE
    )
    return {"brief": [found.get(s.index, []) for s in note.brief],
            "facts": [found.get(s.index, []) for s in note.facts], "near-duplicate": duplicate}


def bootstrap(differences: list[float], seed: int = 0) -> tuple[float, float, float]:
    """Mean of paired per-article differences and its 95% percentile bootstrap interval."""
    generator = random.Random(seed)
    count = len(differences)
    means = sorted(statistics.fmean(generator.choices(differences, k=count)) for _ in range(RESAMPLES))
    return statistics.fmean(differences), means[int(0.025 * RESAMPLES)], means[int(0.975 * RESAMPLES) - 1]


def name_of(method: str) -> str:
    return "Lead-3 (ours)" if method == BASELINE else method


def summarize(path: Path, results: list[dict], methods: tuple[str, ...]) -> str:
    lines = [f"### {path.name}: {len(results)} articles", "",
             "| method | setting | R1 | R2 | RLsum | words | ms/article |", "|---|---|---:|---:|---:|---:|---:|"]
    for setting in ("3 sentences", "equal words"):
        for method in (*methods, PYSBD):
            rows = [result[(method, setting)] for result in results if (method, setting) in result]
            if not rows:
                continue
            mean = {key: statistics.fmean(row[key] for row in rows) for key in ("r1", "r2", "rl", "words")}
            ms = f"{1000 * statistics.fmean(row['seconds'] for row in rows):.1f}" if "seconds" in rows[0] else "-"
            lines.append(f"| {name_of(method)} | {setting} | {100 * mean['r1']:.2f} | {100 * mean['r2']:.2f} | "
                         f"{100 * mean['rl']:.2f} | {mean['words']:.0f} | {ms} |")
    tables = (gains([(path.stem, results)]), left_out_table([(path.stem, results)]), defect_table(results, methods),
              fact_table(results, methods))
    return "\n\n".join(["\n".join(lines), *tables])


def gains(sets: list[tuple[str, list[dict]]]) -> str:
    """The brief's ROUGE-1 gain over both Lead-3s at 3 sentences, with 95% bootstrap intervals."""
    lines = ["| data | brief R1 | Lead-3 (ours) | brief − Lead-3 (ours) [95% CI] | Lead-3 (pysbd) | "
             "brief − Lead-3 (pysbd) [95% CI] | Lead-3 (ours) − Lead-3 (pysbd) [95% CI] |",
             "|---|---:|---:|---:|---:|---:|---:|"]
    for name, results in sets:
        brief, ours, theirs = ([100 * r[(m, "3 sentences")]["r1"] for r in results] for m in (DEFAULT, BASELINE, PYSBD))

        def gain(first: list[float], second: list[float]) -> str:
            mean, low, high = bootstrap([a - b for a, b in zip(first, second, strict=True)])
            return f"{mean:+.2f} [{low:+.2f}, {high:+.2f}]"

        cells = (name, f"{statistics.fmean(brief):.2f}", f"{statistics.fmean(ours):.2f}", gain(brief, ours),
                 f"{statistics.fmean(theirs):.2f}", gain(brief, theirs), gain(ours, theirs))
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines)


def defect_table(results: list[dict], methods: tuple[str, ...]) -> str:
    """Defective brief sentences per 100 notes and the share of defective bullets, by kind."""
    lines = ["| method | brief: defective /100 notes | " + " | ".join(BRIEF_KINDS) + " | near-duplicate | "
             "bullets: defective | " + " | ".join(KINDS) + " |",
             "|---|---:|" + "---:|" * len(BRIEF_KINDS) + "---:|---:|" + "---:|" * len(KINDS)]
    for method in methods:
        found = [r[(method, "3 sentences")]["defects"] for r in results]
        brief = [kinds for note in found for kinds in note["brief"]]
        bullets = [kinds for note in found for kinds in note["facts"]]
        brief_kinds = Counter(kind for kinds in brief for kind in kinds)
        bullet_kinds = Counter(kind for kinds in bullets for kind in kinds)
        per_note = 100 / len(found)
        share = 100 / max(1, len(bullets))
        lines.append(
            f"| {name_of(method)} | {per_note * sum(map(bool, brief)):.1f} | "
            + " | ".join(f"{per_note * brief_kinds[k]:.1f}" for k in BRIEF_KINDS)
            + f" | {per_note * sum(note['near-duplicate'] for note in found):.1f} | "
            + f"{share * sum(map(bool, bullets)):.1f}% | "
            + " | ".join(f"{share * bullet_kinds[k]:.1f}%" for k in KINDS) + " |"
        )
    return "\n".join(lines)


def fact_table(results: list[dict], methods: tuple[str, ...]) -> str:
    lines = ["| method | bullets per note | per note, 300+ words | bullets with a specific | mean bullet words | "
             "bullets over 40 words | ROUGE-1 recall, brief only | ROUGE-1 recall, brief + facts |",
             "|---|---:|---:|---:|---:|---:|---:|---:|"]
    for method in methods:
        rows = [result[(method, "3 sentences")] for result in results]
        bullets = [bullet for row in rows for bullet in row["facts"]]
        if not bullets:
            continue
        long = [len(r[(method, "3 sentences")]["facts"]) for r in results if r["words"] >= LONG_ARTICLE_WORDS]
        lines.append(
            f"| {name_of(method)} | {len(bullets) / len(rows):.2f} | "
            f"{statistics.fmean(long) if long else 0:.2f} ({len(long)}) | "
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
    parser.add_argument("--half", choices=("all", "even", "odd"), default="all",
                        help="the even-numbered records (where rules are tuned) or the odd ones (held out)")
    parser.add_argument("--methods", default=",".join(METHODS), help="comma-separated methods")
    parser.add_argument("--jobs", type=int, default=2, help="worker processes")
    parser.add_argument("--no-timing", action="store_true", help="skip the long-text timings")
    parser.add_argument("--only-timing", action="store_true", help="only the long-text timings")
    args = parser.parse_args()
    methods = tuple(dict.fromkeys((DEFAULT, BASELINE, *(m for m in args.methods.split(",") if m))))
    files = [] if args.only_timing else args.files or sorted(DATA.glob("*.jsonl"))
    if not files and not args.only_timing:
        parser.error(f"no JSONL files given and none in {DATA}")
    sets = []
    for path in files:
        records = [json.loads(line) for line in path.open()]
        records = (records if args.half == "all" else records[args.half == "odd" :: 2])[: args.limit]
        with ProcessPoolExecutor(args.jobs) as pool:
            results = list(pool.map(evaluate, records, [methods] * len(records), chunksize=8))
        sets.append((path.stem, results))
        print(summarize(path, results, methods), end="\n\n", flush=True)
    if len(sets) > 1:
        print("### Pooled: the brief against both Lead-3s\n")
        print(gains([*sets, ("pooled", [r for _name, results in sets for r in results])]), end="\n\n")
        print("### Our own Lead-3's sentences the brief leaves out, and why\n")
        print(left_out_table(sets), end="\n\n")
    if not args.no_timing:
        print("### Long texts: brief and facts, beyond start-up\n")
        print(timing(("newsrank", "lead")))


if __name__ == "__main__":
    main()
