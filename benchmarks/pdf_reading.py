"""Why PDF input uses pypdfium2: pypdfium2, pdfminer.six and pypdf on generated PDFs, for speed
and text quality. A tool, not a test:

    python benchmarks/pdf_reading.py      # needs pip install -e '.[bench]' (pdfminer.six)

The PDFs are made by tests/pdf_fixtures.py (WeasyPrint: 20 pages with running headers, page
numbers, hyphenation, two columns ...). Every library feeds the same cleanup
(briefing/read/pdf_paragraphs.py); only PDFium and pdfminer give line boxes and font sizes, so only they get
column order, paragraph gaps and heading removal. The best of 5 runs is reported, wall and CPU.
"""

from __future__ import annotations

import difflib
import io
import re
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

from briefing.read.pdf_paragraphs import Line, drop_running, paragraphs, reading_order  # noqa: E402

import pdf_fixtures as fx  # noqa: E402


def pdfium_raw(data: bytes) -> list[str]:
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(data)
    return [doc[i].get_textpage().get_text_range() for i in range(len(doc))]


def pdfminer_raw(data: bytes) -> list[str]:
    from pdfminer.high_level import extract_text

    return extract_text(io.BytesIO(data)).split("\f")


def pypdf_raw(data: bytes) -> list[str]:
    from pypdf import PdfReader

    return [page.extract_text() for page in PdfReader(io.BytesIO(data)).pages]


def pdfium_full(data: bytes, xycut: bool = True) -> list[str]:
    import pypdfium2 as pdfium
    from briefing.read.pdf_text import page_lines

    doc = pdfium.PdfDocument(data)
    pages = [page_lines(pdfium, doc[i], doc[i].get_textpage(), i) for i in range(len(doc))]
    heights = [doc[i].get_height() for i in range(len(doc))]
    return _finish(pages, heights, xycut)


def pdfminer_full(data: bytes) -> list[str]:
    from pdfminer.high_level import extract_pages
    from pdfminer.layout import LTChar, LTTextBox, LTTextLine

    pages, heights = [], []
    for number, page in enumerate(extract_pages(io.BytesIO(data))):
        lines = []
        for box in page:  # pdfminer's own reading order of text boxes
            if not isinstance(box, LTTextBox):
                continue
            for line in box:
                if isinstance(line, LTTextLine) and line.get_text().strip():
                    size = next((c.size for c in line if isinstance(c, LTChar)), 0.0)
                    lines.append(Line(line.get_text().strip(), line.x0, page.height - line.y1,
                                      line.x1, page.height - line.y0, size, number))
        pages.append(lines)
        heights.append(page.height)
    return _finish(pages, heights, xycut=False)


def pypdf_full(data: bytes) -> list[str]:
    from pypdf import PdfReader

    pages = [[Line(text, page=n) for text in page.extract_text().split("\n") if text.strip()]
             for n, page in enumerate(PdfReader(io.BytesIO(data)).pages)]
    return _finish(pages, [0.0] * len(pages), xycut=False)


def _finish(pages: list[list[Line]], heights: list[float], xycut: bool) -> list[str]:
    pages = drop_running(pages, heights)
    ordered = [ln for lines in pages for ln in (reading_order(lines) if xycut else lines)]
    return paragraphs(ordered)[0]


def score(out: list[str], fixture: fx.Fixture) -> dict[str, object]:
    truth_words = " ".join(fixture.paragraphs).split()
    out_words = " ".join(out).split()
    matcher = difflib.SequenceMatcher(None, truth_words, out_words, autojunk=False)
    matched = sum(block.size for block in matcher.get_matching_blocks())
    vocabulary = set(truth_words)
    bad = [w for w in out_words if w not in vocabulary]
    text = "\n".join(out)
    return {
        "in_order": f"{100 * matched / len(truth_words):.1f}%",
        "extra": len(out_words) - matched,
        "broken": len([w for w in bad if not re.search(r"ACME|Corporation|Annual|Report|2025|Page|of|\d", w)]),
        "hdr_leaks": len(re.findall(r"ACME Corporation|Page \d+ of \d+", text)),
        "paras_exact": f"{len(set(out) & set(fixture.paragraphs))}/{len(fixture.paragraphs)}",
    }


def timed(function, data: bytes, runs: int = 5) -> tuple[float, float]:
    """Best wall time and best CPU time of ``runs`` calls, after one warm-up call. The best of
    several is the least disturbed by other processes on this shared 2-core machine."""
    function(data)  # warm: imports and caches
    walls, cpus = [], []
    for _ in range(runs):
        wall, cpu = time.perf_counter(), time.process_time()
        function(data)
        walls.append(time.perf_counter() - wall)
        cpus.append(time.process_time() - cpu)
    return min(walls), min(cpus)


def import_time(module: str) -> tuple[float, float]:
    """Best wall and CPU seconds of ``import module`` in 5 fresh interpreters."""
    code = ("import time; w, c = time.perf_counter(), time.process_time(); import " + module
            + "; print(time.perf_counter() - w, time.process_time() - c)")
    runs = [tuple(map(float, subprocess.check_output([sys.executable, "-c", code]).split())) for _ in range(5)]
    return min(r[0] for r in runs), min(r[1] for r in runs)


def main() -> None:
    fixtures = {
        "20p 1-col": fx.report(20),
        "20p 2-col": fx.report(20, columns=2),
        "20p ASCII hyphen": fx.report(20, hyphen="-"),
        "20p indented, ragged": fx.report(20, indented=True),
        "1p right col first": fx.two_columns_drawn_right_first(),
    }
    for name, fixture in fixtures.items():
        import pypdfium2

        print(f"\n## {name}: {len(pypdfium2.PdfDocument(fixture.data))} pages, {len(fixture.data)} bytes")
        for label, function in (("pypdfium2 raw", pdfium_raw), ("pdfminer.six raw", pdfminer_raw),
                                ("pypdf raw", pypdf_raw), ("pypdfium2 + layout", pdfium_full),
                                ("pypdfium2, no XY-cut", lambda d: pdfium_full(d, xycut=False)),
                                ("pdfminer.six + layout", pdfminer_full), ("pypdf + layout", pypdf_full)):
            seconds, cpu = timed(function, fixture.data)
            out = function(fixture.data)
            if "raw" in label:  # the library's text as it comes: lines folded, nothing removed
                out = [" ".join(" ".join(out).split())]
            print(f"{label:24} {seconds:6.3f} s wall {cpu:6.3f} s cpu  {score(out, fixture)}")
    print("\n## import time (best of 5 fresh interpreters)")
    for module in ("pypdfium2", "pdfminer.high_level", "pypdf", "docx", "feedparser"):
        wall, cpu = import_time(module)
        print(f"{module:22} {wall * 1000:6.0f} ms wall {cpu * 1000:6.0f} ms cpu")


if __name__ == "__main__":
    main()
