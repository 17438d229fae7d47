"""How often legacy-encoded text is read verbatim: python benchmarks/encodings.py

A short news text in each of fifteen languages (tests/fixtures/news-in-fifteen-languages.json,
written for the project) is encoded in the legacy encodings its language was written in, and
decoded without any declared charset: by briefing (decoding.py, legacy.py) and by
charset-normalizer alone. A text counts as read right when every character comes back; each is
tried whole (about 70 words) and as its first sentence only (the harder case).
"""

from __future__ import annotations

import json
import logging
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FIXTURE = ROOT / "tests" / "fixtures" / "news-in-fifteen-languages.json"
sys.path.insert(0, str(ROOT))

from briefing.read.decoding import decode  # noqa: E402
from charset_normalizer import from_bytes  # noqa: E402


def ours(data: bytes) -> str | None:
    try:
        return decode(data, source="benchmark")
    except ValueError:
        return None


def charset_normalizer(data: bytes) -> str | None:
    best = from_bytes(data).best()
    return str(best) if best is not None else None


def main() -> None:
    logging.disable(logging.WARNING)
    samples = json.loads(FIXTURE.read_text(encoding="utf-8"))
    totals = {"briefing": 0, "charset-normalizer": 0}
    count = 0
    print("| language | encoding | briefing (whole / first sentence) | charset-normalizer alone |")
    print("|---|---|:---:|:---:|")
    for language, sample in samples.items():
        for encoding in sample["encodings"]:
            cells = {}
            for name, reader in (("briefing", ours), ("charset-normalizer", charset_normalizer)):
                marks = []
                for text in (sample["text"], sample["text"].split(". ")[0] + "."):
                    data = text.encode(encoding, errors="replace")  # what the encoding can hold
                    right = reader(data) == data.decode(encoding)
                    totals[name] += right
                    marks.append("✓" if right else "✗")
                cells[name] = " / ".join(marks)
            count += 2
            print(f"| {language} | {encoding} | {cells['briefing']} | {cells['charset-normalizer']} |")
    print(f"| **all** | | **{totals['briefing']}/{count}** | **{totals['charset-normalizer']}/{count}** |")


if __name__ == "__main__":
    main()
