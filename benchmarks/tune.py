"""How newsrank's weights were chosen: a grid search on the even-numbered records of every file
(the development half), checked on the odd-numbered ones (held out). The objective is the worst
gain over Lead-3 across files and across ROUGE-1 and ROUGE-2, so no single file can carry it.

    python benchmarks/tune.py [files.jsonl ...] [--limit N]     # default: ../shared/data/*.jsonl

ROUGE here is a fast approximation (the same tokens and stems as rouge-score, n-grams summed per
sentence); benchmarks/quality.py gives the real figures.
"""

from __future__ import annotations

import argparse
import itertools
import json
from collections import Counter
from dataclasses import replace
from pathlib import Path

from briefing.options import BriefOptions
from briefing.summarize.newsrank import DEFAULT_WEIGHTS, Weights, features, order, score, tfidf
from briefing.summarize.selection import select
from briefing.text.analysis import analyse
from briefing.text.segment import split_sentences, terms_for

from quality import DATA, article_of

GRID = {
    "lead_decay": (0.5, 0.75, 1.0, 1.5),
    "centrality": (0.25, 0.5, 1.0, 1.5),
    "backward": (-0.5, 0.0, 0.5),
    "headline": (0.0, 0.3, 0.6),
    "short_words": (5, 8),
}


def prepare(record):
    from rouge_score import rouge_scorer

    tokenize = rouge_scorer.RougeScorer(["rouge1"], use_stemmer=True)._tokenizer.tokenize
    article = article_of(record)
    terms = terms_for("english")
    sentences = split_sentences(article.text)
    vectors = tfidf([terms.of(s.text) for s in sentences])
    headline = tfidf([terms.of(article.title)], reference=vectors)[0] if article.title else {}
    grams = []
    for sentence in sentences:
        tokens = tokenize(sentence.text)
        grams.append((Counter(tokens), Counter(itertools.pairwise(tokens))))
    reference = tokenize(record["reference"])
    analysis = analyse(sentences, terms, title=article.title)  # as the pipeline does
    excluded = analysis.furniture  # no method may choose a caption or a byline
    lead = [s.index for s in sentences if s.index not in excluded][:3]  # our Lead-3
    story = (analysis, excluded, lead)
    return sentences, vectors, features(sentences, vectors, headline, analysis.fit), grams, (
        Counter(reference), Counter(itertools.pairwise(reference))), story


def rouge(chosen, grams, reference):
    result = []
    for n in (0, 1):
        summary = Counter()
        for index in chosen:
            summary.update(grams[index][n])
        overlap = sum((summary & reference[n]).values())
        total_s, total_r = sum(summary.values()), sum(reference[n].values())
        if not overlap:
            result.append(0.0)
            continue
        p, r = overlap / total_s, overlap / total_r
        result.append(2 * p * r / (p + r))
    return result


def evaluate(prepared, weights: Weights | None):
    r1 = r2 = 0.0
    for sentences, vectors, found, grams, reference, (analysis, excluded, lead) in prepared:
        if weights is None:
            chosen = lead
        else:
            ranking = [i for i in order(sentences, vectors, score(found, weights), weights) if i not in excluded]
            chosen = [s.index for s in select(analysis, ranking, BriefOptions(), readable=True, lede_first=True)]
        a, b = rouge(chosen, grams, reference)
        r1, r2 = r1 + a, r2 + b
    return 100 * r1 / len(prepared), 100 * r2 / len(prepared)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("files", nargs="*", type=Path, help="JSONL files (default: ../shared/data/*.jsonl)")
    parser.add_argument("--limit", type=int)
    args = parser.parse_args()
    halves = {}
    for path in args.files or sorted(DATA.glob("*.jsonl")):  # in this process: an analysis holds a cached stemmer,
        records = [json.loads(line) for line in path.open()][: args.limit]  # which does not pickle
        prepared = [prepare(record) for record in records]
        halves[path.stem] = (prepared[0::2], prepared[1::2])
    lead = {name: (evaluate(dev, None), evaluate(test, None)) for name, (dev, test) in halves.items()}
    results = []
    for values in itertools.product(*GRID.values()):
        weights = replace(DEFAULT_WEIGHTS, **dict(zip(GRID, values, strict=True)))
        gains = []
        for name, (dev, _test) in halves.items():
            r1, r2 = evaluate(dev, weights)
            gains += [r1 - lead[name][0][0], r2 - lead[name][0][1]]
        results.append((min(gains), sum(gains) / len(gains), weights))
    results.sort(key=lambda item: (item[0], item[1]), reverse=True)
    print("rank | worst gain over Lead-3 (dev) | mean gain | weights | held-out gains (R1, R2 per file)")
    default = next(i for i, (_w, _m, weights) in enumerate(results) if weights == DEFAULT_WEIGHTS)
    for position, (worst, mean, weights) in enumerate(results):
        if position >= 10 and position != default:
            continue
        held = []
        for name, (_dev, test) in halves.items():
            r1, r2 = evaluate(test, weights)
            held.append(f"{name} {r1 - lead[name][1][0]:+.2f}/{r2 - lead[name][1][1]:+.2f}")
        chosen = {key: getattr(weights, key) for key in GRID}
        label = f"{position + 1} (default)" if position == default else str(position + 1)
        print(f"{label} | {worst:+.2f} | {mean:+.2f} | {chosen} | {', '.join(held)}")


if __name__ == "__main__":
    main()
