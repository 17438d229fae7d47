"""Compare offline sentence splitters: hard boundaries, agreement with BBC reference sentences,
and speed on a 60,000-word text. `python benchmarks/splitters.py` (needs the bench extra)."""

from __future__ import annotations

import json
import sys
import time
from collections.abc import Callable
from pathlib import Path

HARD_CASES = [
    ("The U.S. economy grew 3.5 million jobs in 2024. Officials were pleased.", 2),
    ("Dr. Smith met Mr. Jones on Jan. 5 in Washington. They talked for an hour.", 2),
    ("Prices rose 3.5 per cent. Inflation is at 2.1%.", 2),
    ("J. R. R. Tolkien wrote the book. It sold well.", 2),
    ('"We will not give up," she said. "Never." The crowd cheered.', 3),
    ("He paused... Then he left the room. Nobody followed.", 3),
    ("The company, Acme Inc., reported a loss. Shares fell 4 p.m. Friday.", 2),
    ('"Is this the end?" he asked. Nobody answered.', 2),
    ("The vote was 52 vs. 48. The bill passed.", 2),
    ("It cost $1.2bn. Analysts at St. James's Place disagreed.", 2),
    ("She moved to the U.K. in 2010. Then she joined the firm.", 2),
    ("Gen. Mark Milley spoke. Sen. Warren replied on Feb. 3.", 2),
    ("The report (see p. 12) was clear. Everyone read it.", 2),
    ("Visit www.example.com for details. The site opens today.", 2),
    ("Growth was 0.5%, said the Fed. Rates stayed put.", 2),
    ("He said: 'It is over.' Then he left.", 2),
    ("Approximately 10 a.m. on Monday, the storm hit. Power failed.", 2),
    ("The No. 1 seed lost. Fans were stunned!", 2),
    ("Mrs. Brown, Prof. Green and Ms. White attended. Lunch followed.", 2),
    ("What happened next? Nobody knows. The inquiry continues.", 3),
]
SHARED = next((folder / "shared" / "data" for folder in Path(__file__).resolve().parents[1:]
               if (folder / "shared" / "data").is_dir()), Path(__file__).resolve().parents[2] / "shared" / "data")
DATA = SHARED / "bbc.jsonl"


def splitters() -> dict[str, Callable[[str], list[str]]]:
    from briefing.text.segment import split_sentences
    from nltk.tokenize.punkt import PunktSentenceTokenizer

    found: dict[str, Callable[[str], list[str]]] = {
        "syntok (ours)": lambda text: [s.text for s in split_sentences(text)],
        "nltk punkt, untrained": PunktSentenceTokenizer().tokenize,
    }
    try:
        import pysbd

        segmenter = pysbd.Segmenter(language="en", clean=False)
        found["pysbd"] = lambda text: [s.strip() for s in segmenter.segment(text) if s.strip()]
    except ImportError:
        print("pysbd not installed: pip install pysbd to compare it", file=sys.stderr)
    return found


def main() -> None:
    records = [json.loads(line) for line in DATA.open()] if DATA.exists() else []
    articles = [r["article"] for r in records] or [Path("examples/article.txt").read_text()] * 120
    text, words = [], 0
    for article in articles:
        text.append(article)
        words += len(article.split())
        if words >= 60_000:
            break
    long_text = "\n\n".join(text)
    print(f"| splitter | hard cases | BBC reference sentences found | words/s on {words:,} words |")
    print("|---|---:|---:|---:|")
    for name, split in splitters().items():
        hard = sum(len(split(case)) == expected for case, expected in HARD_CASES)
        found = total = 0
        for record in records[:400]:
            sentences = {" ".join(s.split()) for s in split(record["article"])}
            for reference in filter(None, (r.strip() for r in record["reference"].split("\n"))):
                total += 1
                found += " ".join(reference.split()) in sentences
        started = time.perf_counter()
        split(long_text)
        speed = words / (time.perf_counter() - started)
        agreement = f"{found / total:.1%} of {total:,}" if total else "no data"
        print(f"| {name} | {hard}/{len(HARD_CASES)} | {agreement} | {speed:,.0f} |")


if __name__ == "__main__":
    main()
