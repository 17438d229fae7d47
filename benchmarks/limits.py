"""Time and memory of one large input, for every input kind and method: python benchmarks/limits.py

Writes inputs of --size MB (default 10, the default --max-size) of five kinds — prose, one giant
paragraph, HTML, Markdown, text without punctuation — and of the hostile shapes an attack tried:
one word ("marxmarx…"), a run of slashes, many short lines ("Line N ok."), one paragraph of
short sentences, a PDF of a million text objects (22 KB), a PDF whose pages pass --max-size, a
Word file of a million paragraphs; and runs ``briefing FILE --method M`` on each
under ``/usr/bin/time -v``, one fresh process a run, printing its time and peak memory (maximum
resident set size) as a Markdown table, with the exit code when it is not 0. The time is the
process's CPU time (user + system), which is its wall time on an idle machine and does not grow
when other work shares the machine; the wall time is printed as each run ends. Prose comes from
../shared/data/bbc.jsonl when present, else from the sample article with its sentences shuffled.
``--words 40000 --methods lexrank lsa textrank sumbasic reduction`` (and ``--words 10000 --methods
kl``) measures the slow methods at the longest text they take. About 30 minutes for everything;
``--kinds word slashes lines sentences pdf-bomb pdf-long word-bomb --methods newsrank`` measures the
hostile shapes alone (each is read, and briefed or refused, the same way whatever the method).
"""

from __future__ import annotations

import argparse
import json
import random
import re
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "data" / "bbc.jsonl"
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

from briefing.summarize.methods import METHODS  # noqa: E402

import docx_fixtures  # noqa: E402
import pdf_fixtures  # noqa: E402


def articles() -> list[tuple[str, list[str]]]:
    """(headline, paragraphs) of real articles, or of shuffled copies of the sample."""
    if DATA.exists():
        records = [json.loads(line) for line in DATA.open()]
        return [(r.get("title") or "Untitled", [p for p in r["article"].split("\n") if p.strip()]) for r in records]
    sample = (ROOT / "examples" / "article.txt").read_text().split("\n\n")
    generator = random.Random(0)
    result = []
    for number in range(200):
        paragraphs = sample[1:]
        generator.shuffle(paragraphs)
        result.append((f"{sample[0]} {number}", paragraphs))
    return result


def prose(size: int, words: int | None = None) -> list[tuple[str, list[str]]]:
    """Articles, repeated as needed, until their text is about ``size`` bytes, or until the next
    would take them over ``words`` words."""
    chosen: list[tuple[str, list[str]]] = []
    total = count = 0
    pool = articles()
    while total < size:
        article = pool[len(chosen) % len(pool)]
        more = sum(len(p.split()) for p in article[1]) + len(article[0].split())
        if words is not None and count + more > words:
            break
        chosen.append(article)
        count += more
        total += sum(len(p.encode()) + 2 for p in article[1]) + len(article[0]) + 2
    return chosen


def as_text(items: list[tuple[str, list[str]]]) -> str:
    return "\n\n".join(f"{title}\n\n" + "\n\n".join(paragraphs) for title, paragraphs in items)


def as_paragraph(items: list[tuple[str, list[str]]]) -> str:
    return " ".join(" ".join(paragraphs) for _, paragraphs in items)


def as_html(items: list[tuple[str, list[str]]]) -> str:
    body = "".join(
        f"<section><h2>{title}</h2>" + "".join(f"<p>{p}</p>" for p in paragraphs) + "</section>"
        for title, paragraphs in items
    )
    return (f"<!doctype html><html><head><title>{items[0][0]}</title></head><body><nav><a href='/'>Home</a></nav>"
            f"<article><h1>{items[0][0]}</h1>{body}</article><footer>Footer</footer></body></html>")


def as_markdown(items: list[tuple[str, list[str]]]) -> str:
    return f"# {items[0][0]}\n\n" + "\n\n".join(
        f"## {title}\n\n" + "\n\n".join(f"- {p}" if n % 5 == 4 else p for n, p in enumerate(paragraphs))
        for title, paragraphs in items
    )


def without_punctuation(items: list[tuple[str, list[str]]]) -> str:
    return re.sub(r"[.!?;:,\"“”]", "", as_text(items))


def repeated(unit: str) -> Callable[[list[tuple[str, list[str]]]], str]:
    """One unit over and over, to the input's size (the size is cut later)."""
    return lambda items: unit * (int(sum(len(p) + 2 for _, ps in items for p in ps) * 1.05) // len(unit) + 1)


def short_lines(items: list[tuple[str, list[str]]]) -> str:
    size = sum(len(p) + 2 for _, ps in items for p in ps)
    return "".join(f"Line {number} ok.\n" for number in range(size // 12))


def long_pdf(items: list[tuple[str, list[str]]]) -> bytes:
    """A PDF whose text passes 10 MB: 200 pages of about 60,000 characters, lines of long strings."""
    line = b"(" + b"The council met on Tuesday to set the water budget. " * 20 + b") '\n"
    return pdf_fixtures.raw_pdf([b"BT /F1 10 Tf 72 760 Td 12 TL\n" + line * 60 + b"ET"] * 200)


KINDS: dict[str, tuple[str, Callable[[list[tuple[str, list[str]]]], str | bytes]]] = {
    "prose": (".txt", as_text),
    "paragraph": (".txt", as_paragraph),
    "html": (".html", as_html),
    "markdown": (".md", as_markdown),
    "unpunctuated": (".txt", without_punctuation),
    "word": (".txt", repeated("marx")),
    "slashes": (".txt", repeated("/")),
    "lines": (".txt", short_lines),
    "sentences": (".txt", repeated("Ab cd. ")),
    "pdf-bomb": (".pdf", lambda items: pdf_fixtures.text_object_bomb()),
    "pdf-long": (".pdf", long_pdf),
    "word-bomb": (".docx", lambda items: docx_fixtures.word_bomb()),
}


def measure(path: Path, method: str, output_format: str) -> tuple[float, float, float, int, str]:
    """Wall seconds, CPU seconds, peak MB, exit code and the first line on stderr of one run."""
    command = ["/usr/bin/time", "-v", sys.executable, "-m", "briefing", str(path), "--method", method,
               "--format", output_format, "-o", "/dev/null"]
    done = subprocess.run(command, capture_output=True, text=True, cwd=ROOT, check=False)
    wall = re.search(r"Elapsed \(wall clock\) time.*: (?:(\d+):)?(\d+):([\d.]+)", done.stderr)
    peak = re.search(r"Maximum resident set size \(kbytes\): (\d+)", done.stderr)
    cpu = [re.search(rf"{kind} time \(seconds\): ([\d.]+)", done.stderr) for kind in ("User", "System")]
    assert wall and peak and cpu[0] and cpu[1], done.stderr
    hours, minutes, seconds = (float(group or 0) for group in wall.groups())
    message = next((line for line in done.stderr.splitlines() if line.startswith("briefing:")), "")
    return (hours * 3600 + minutes * 60 + seconds, float(cpu[0].group(1)) + float(cpu[1].group(1)),
            int(peak.group(1)) / 1024, done.returncode, message)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--size", type=float, default=10.0, help="MB of each input (default 10)")
    parser.add_argument("--kinds", nargs="+", default=list(KINDS), choices=list(KINDS))
    parser.add_argument("--methods", nargs="+", default=list(METHODS), choices=list(METHODS))
    parser.add_argument("--format", default="pdf", help="output format (default pdf)")
    parser.add_argument("--words", type=int, help="at most this many words in each input (a method's limit)")
    args = parser.parse_args()
    size = int(args.size * 1_000_000 * 0.98)  # a little under the limit, as a user's largest input
    items = prose(size, args.words)
    limit = f" and at most {args.words:,} words" if args.words else ""
    print(f"inputs of at most {args.size:g} MB{limit}, output --format {args.format}: "
          "CPU seconds and peak memory of each run\n")
    print("| input | " + " | ".join(args.methods) + " |")
    print("|---|" + "---:|" * len(args.methods))
    with tempfile.TemporaryDirectory() as folder:
        for kind in args.kinds:
            suffix, make = KINDS[kind]
            made = make(items)
            data = made if isinstance(made, bytes) else made.encode()[:size].decode(errors="ignore").encode()
            path = Path(folder) / f"{kind}{suffix}"
            path.write_bytes(data)
            cells = []
            for method in args.methods:
                wall, cpu, megabytes, code, message = measure(path, method, args.format)
                cells.append(f"{cpu:.0f} s, {megabytes:,.0f} MB" + (f" (exit {code})" if code else ""))
                progress = f"  {kind} {method}: {cells[-1]}; {wall:.0f} s wall; {message[:100]}"
                print(progress, file=sys.stderr, flush=True)
            print(f"| {kind} ({len(data) / 1e6:.2g} MB) | " + " | ".join(cells) + " |", flush=True)


if __name__ == "__main__":
    main()
