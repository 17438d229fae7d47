"""Does the note fit one page, and read well? python benchmarks/onepage.py [--save DIR]

Briefs 30 real articles of 400-1,200 words (the first such in ../shared/data/bbc.jsonl) at the
defaults and at --sentences 5 --facts 6, on A4 and Letter, and reports for each setting: notes on
one page, notes fitted (a step taken), key facts left out, warnings; the measure (characters a
line of the summary and the facts, from pdftotext -layout when poppler-utils is installed); and
whether text extraction (pypdf; pdftotext) reads title, bottom line, summary, facts and source in
that order.
"""

from __future__ import annotations

import argparse
import io
import json
import logging
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

from pypdf import PdfReader

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from briefing import BriefOptions, RenderOptions, make_briefing, render  # noqa: E402
from briefing.read.input_types import parse_article  # noqa: E402
from briefing.text.languages.labels import labels_for  # noqa: E402

DATA = ROOT.parent / "shared" / "data" / "bbc.jsonl"
SETTINGS = {"defaults": BriefOptions(), "--sentences 5 --facts 6": BriefOptions(sentences=5, facts=6)}


def articles(data: Path, count: int = 30, low: int = 400, high: int = 1200) -> list[dict[str, str]]:
    chosen = []
    with data.open(encoding="utf-8") as lines:
        for line in lines:
            record = json.loads(line)
            if low <= len(record["article"].split()) <= high:
                chosen.append(record)
            if len(chosen) == count:
                break
    return chosen


def pdftotext(pdf: Path) -> str | None:
    if shutil.which("pdftotext") is None:
        return None
    command = ["pdftotext", "-f", "1", "-l", "1", str(pdf), "-"]
    return subprocess.run(command, capture_output=True, text=True, check=True).stdout


def line_lengths(pdf: Path) -> list[int]:
    """Characters in each wrapped line of the summary and the facts on page 1 (a line that ends a
    sentence may end short, so those are left out), without a fact's number."""
    text = pdftotext(pdf)
    if text is None:
        return []
    body = text.split("\nSummary\n", 1)[-1].split("\nSource\n", 1)[0]
    lines = [re.sub(r"^\d+\. ", "", line) for line in body.splitlines()]
    return [len(line) for line in lines if len(line) > 12 and not re.search(r"[.!?\"”')\d]$", line)]


def in_order(text: str, note: object) -> bool:
    """Title, bottom line, summary, facts and source, in this order in the extracted text."""
    def squash(text: str) -> str:  # pdftotext joins a line that ends in a dash to the next, as if hyphenated
        return re.sub(r"[\s\-]+", "", text)

    squashed = squash(text)
    labels = labels_for("en")
    marks = [note.title[:30], note.brief[0].text[:40]]  # type: ignore[attr-defined]
    marks += [s.text[:40] for s in note.brief[1:]]  # type: ignore[attr-defined]
    marks += [s.text[:40] for s in note.facts]  # type: ignore[attr-defined]
    marks.append(labels.t("source"))
    positions = [squashed.find(squash(mark)) for mark in marks]
    return all(p >= 0 for p in positions) and positions == sorted(positions)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--save", type=Path, help="keep the PDFs in this folder")
    parser.add_argument("--data", type=Path, default=DATA, help=f"a JSONL file of articles (default {DATA})")
    args = parser.parse_args()
    records = articles(args.data)
    folder = args.save or Path(tempfile.mkdtemp())
    folder.mkdir(parents=True, exist_ok=True)
    log = io.StringIO()
    handler = logging.StreamHandler(log)
    logging.getLogger("briefing").addHandler(handler)
    logging.getLogger("briefing").setLevel(logging.WARNING)
    print(f"{len(records)} articles of 400-1,200 words from {args.data.name}\n")
    print("| setting | paper | one page | warned | facts left out | chars a line: median (10th-90th) | in order: "
          "pypdf, pdftotext |")
    print("|---|---|---:|---:|---:|---|---:|")
    for name, options in SETTINGS.items():
        for paper in ("a4", "letter"):
            one_page = warned = left_out = ordered = ordered_poppler = 0
            lengths: list[int] = []
            for number, record in enumerate(records):
                article = parse_article(f"{record['title']}\n\n{record['article']}", source=f"bbc-{number:02d}.txt")
                note = make_briefing(article, options)
                log.truncate(0)
                log.seek(0)
                path = folder / f"{paper}-{name.replace(' ', '').replace('-', '')}-{number:02d}.pdf"
                path.write_bytes(render(note, "pdf", RenderOptions(paper=paper)))
                reader = PdfReader(path)
                one_page += len(reader.pages) == 1
                warned += "pages, not one" in log.getvalue()
                found = re.search(r"(\d+) of \d+ key facts left out", log.getvalue())
                left_out += int(found.group(1)) if found else 0
                ordered += in_order(reader.pages[0].extract_text(), note)
                ordered_poppler += in_order(pdftotext(path) or "", note)
                lengths += line_lengths(path)
            spread = statistics.quantiles(lengths, n=10) if len(lengths) > 10 else [0] * 9
            measure = f"{statistics.median(lengths):.0f} ({spread[0]:.0f}-{spread[-1]:.0f})" if lengths else "n/a"
            print(f"| {name} | {paper} | {one_page}/{len(records)} | {warned} | {left_out} | {measure} | "
                  f"{ordered}/{len(records)}, {ordered_poppler}/{len(records)} |")
    if args.save is None:
        shutil.rmtree(folder)


if __name__ == "__main__":
    main()
