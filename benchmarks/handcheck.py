"""Print a random sample of brief sentences and bullets with the defect detectors' verdict and
their neighbours, for checking the detectors' precision (a flagged sample) or recall (an
unflagged one) by hand. The record of our checks is benchmarks/DEFECTS.md.

    python benchmarks/handcheck.py KIND[,KIND...] N [--seed S] [--method lead] [files.jsonl ...]

KIND is a defect kind of benchmarks/defects.py, "any", or "none" (sentences with no flag).
"""

from __future__ import annotations

import argparse
import json
import logging
import random
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

from briefing import BriefOptions, make_briefing

from defects import Note, detect
from quality import DATA, article_of


def flagged(record: dict[str, Any], method: str) -> list[dict[str, Any]]:
    article = article_of(record)
    note = make_briefing(article, BriefOptions(method=method))
    sentences = [(s.text, s.paragraph) for s in note.sentences]
    found = detect(Note(sentences, [s.index for s in note.brief], [s.index for s in note.facts], article.title))
    roles = {s.index: "brief" for s in note.brief} | {s.index: "bullet" for s in note.facts}
    return [{"id": record["id"], "index": index, "role": role, "kinds": found.get(index, []),
             "title": article.title, "sentences": sentences, "roles": roles} for index, role in roles.items()]


def main() -> None:
    logging.getLogger("briefing").setLevel(logging.ERROR)
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("kind")
    parser.add_argument("count", type=int)
    parser.add_argument("files", nargs="*", type=Path)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--method", default="newsrank")
    args = parser.parse_args()
    records = [json.loads(line) for path in args.files or sorted(DATA.glob("*.jsonl")) for line in path.open()]
    with ProcessPoolExecutor(2) as pool:
        chosen = [item for items in pool.map(flagged, records, [args.method] * len(records), chunksize=16)
                  for item in items]
    for kind in args.kind.split(","):
        show(kind, [item for item in chosen if (not item["kinds"] if kind == "none"
                                                else item["kinds"] and kind in ("any", *item["kinds"]))],
             len(chosen), args.count, args.seed)


def show(kind: str, pool: list[dict[str, Any]], total: int, count: int, seed: int) -> None:
    random.seed(seed)
    sample = sorted(random.sample(pool, min(count, len(pool))), key=lambda item: (item["id"], item["index"]))
    print(f"## {kind}: {len(pool)} of {total} chosen sentences in the pool; {len(sample)} shown")
    for number, item in enumerate(sample, 1):
        index, sentences = item["index"], item["sentences"]
        print(f"\n#{number} {item['id']} [{item['role']} {index}] {item['kinds']}  headline: {item['title']}")
        for other in range(max(0, index - 2), min(len(sentences), index + 2)):
            mark = ">>" if other == index else {"brief": "B ", "bullet": "F "}.get(item["roles"].get(other, ""), "  ")
            print(f"  {mark}{other} p{sentences[other][1]}: {sentences[other][0][:400]}")
    print()

if __name__ == "__main__":
    main()
