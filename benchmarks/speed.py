"""Speed of the command as a user meets it, start-up included: python benchmarks/speed.py [DATA.jsonl]

- one article to PDF, cold (a fresh process);
- 200 articles to JSON in one run (default --jobs);
- 40 articles to PDF with --jobs 1 and --jobs 2, and the rate beyond start-up,
  (40 - 1) / (time for 40 - time for 1).
Articles come from ../shared/data/bbc.jsonl when present, else copies of the sample.
"""

from __future__ import annotations

import json
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "data" / "bbc.jsonl"


def articles(count: int, folder: Path, data: Path = DATA) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    if data.exists():
        records = [json.loads(line) for line in data.open()][:count]
        texts = [f"{r['title']}\n\n{r['article']}" for r in records]
    else:
        texts = [(ROOT / "examples" / "article.txt").read_text()] * count
    for number, text in enumerate(texts):
        (folder / f"article-{number:03d}.txt").write_text(text)
    return folder


def timed(*args: str, repeat: int = 3) -> float:
    times = []
    for _ in range(repeat):
        output = Path(tempfile.mkdtemp())
        started = time.perf_counter()
        subprocess.run([sys.executable, "-m", "briefing", *args, "--output-dir", str(output)],
                       check=True, capture_output=True, cwd=ROOT)
        times.append(time.perf_counter() - started)
        shutil.rmtree(output)
    return statistics.median(times)


def main() -> None:
    data = Path(sys.argv[1]) if len(sys.argv) > 1 else DATA  # a JSONL file of articles
    work = Path(tempfile.mkdtemp())
    many = articles(200, work / "200", data)
    forty = articles(40, work / "40", data)
    one = articles(1, work / "1", data)
    rows = []
    cold = timed(str(one), "--format", "pdf")
    rows.append(("1 article → PDF, cold", f"{cold:.2f} s", ""))
    json_time = timed(str(many), "--format", "json")
    rows.append(("200 articles → JSON, default --jobs", f"{json_time:.2f} s", f"{200 / json_time:.0f} articles/s"))
    for jobs in ("1", "2"):
        first = timed(str(one), "--format", "pdf", "--jobs", jobs)
        total = timed(str(forty), "--format", "pdf", "--jobs", jobs, repeat=1)
        rows.append((f"40 articles → PDF, --jobs {jobs}", f"{total:.2f} s",
                     f"{39 / (total - first):.1f} articles/s beyond start-up"))
    print("| run | time | rate |\n|---|---:|---:|")
    for row in rows:
        print("| " + " | ".join(row) + " |")
    shutil.rmtree(work)


if __name__ == "__main__":
    main()
