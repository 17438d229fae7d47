"""How far the detectors (benchmarks/defects.py) agree with readers: precision and recall of their
flags against what a reader who never saw the code judged defective, sentence by sentence.

    python benchmarks/agreement.py                 # every audit in benchmarks/readers/
    python benchmarks/agreement.py readers/audit-2.json

An audit file holds, per note, the record's id in ../shared/data, the indices (in our splitter's
sentences) of the brief and the key facts the reader saw, and the reader's verdict on each: null, or
the kind of defect (furniture, dangling, cut_quote, fragment, misleading, repeats). No article text
is kept: the articles are read from ../shared/data. The detectors judge the same notes again now,
so a change to them shows here at once; a change to the tool does not change the notes judged.
"""

from __future__ import annotations

import argparse
import json
import math
from collections import Counter
from pathlib import Path

from briefing import BriefOptions, make_briefing

from defects import Note, detect
from quality import DATA, article_of

READERS = Path(__file__).resolve().parent / "readers"


def wilson(hits: int, total: int) -> str:
    """A share with its 95% Wilson interval."""
    if not total:
        return "–"
    z, share = 1.96, hits / total
    centre = (share + z * z / (2 * total)) / (1 + z * z / total)
    margin = z * math.sqrt(share * (1 - share) / total + z * z / (4 * total * total)) / (1 + z * z / total)
    return f"{100 * share:.0f}% [{100 * (centre - margin):.0f}–{100 * (centre + margin):.0f}] ({hits}/{total})"


def records() -> dict[str, dict]:
    return {(record := json.loads(line))["id"]: record for path in DATA.glob("*.jsonl") for line in path.open()}


def judged(audit: dict, found: dict[str, dict]) -> tuple[list[tuple[str, str | None, list[str]]], int]:
    """(section, the reader's kind or None, the detectors' kinds) for every sentence the reader judged,
    and how many notes that is."""
    rows, notes = [], 0
    for note in audit["notes"]:
        sentences = make_briefing(article_of(found[note["id"]]), BriefOptions()).sentences
        if max(note["brief"] + note["facts"]) >= len(sentences):
            continue  # today's splitter cuts its article into fewer sentences than when it was read (remap_audits.py)
        notes += 1
        flags = detect(Note([(s.text, s.paragraph) for s in sentences], note["brief"], note["facts"],
                            found[note["id"]].get("title")))
        rows += [("brief", kind, flags.get(i, [])) for i, kind in zip(note["brief"], note["reader_brief"], strict=True)]
        rows += [("facts", kind, flags.get(i, [])) for i, kind in zip(note["facts"], note["reader_facts"], strict=True)]
    return rows, notes


def report(name: str, rows: list[tuple[str, str | None, list[str]]], notes: int) -> str:
    lines = [f"### {name}: {notes} notes", "",
             "| section | reader: defective | detectors: flagged | precision | recall |", "|---|---:|---:|---:|---:|"]
    for section in ("brief", "facts", "both"):
        part = [row for row in rows if section in ("both", row[0])]
        reader = sum(kind is not None for _s, kind, _f in part)
        flagged = sum(bool(flags) for _s, _k, flags in part)
        agreed = sum(kind is not None and bool(flags) for _s, kind, flags in part)
        per_note = f"{100 * reader / notes:.0f} /100 notes" if section == "brief" else f"{reader} of {len(part)}"
        lines.append(f"| {section} | {per_note} | {flagged} | {wilson(agreed, flagged)} | {wilson(agreed, reader)} |")
    missed = Counter(kind for _s, kind, flags in rows if kind and not flags)
    lines += ["", "Reader's defects the detectors miss, by kind: "
              + (", ".join(f"{kind} {count}" for kind, count in missed.most_common()) or "none")]
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("audits", nargs="*", type=Path, help="audit files (default: benchmarks/readers/*.json)")
    args = parser.parse_args()
    found = records()
    everything = []
    total_notes = 0
    for path in args.audits or sorted(READERS.glob("audit-*.json")):
        audit = json.loads(path.read_text())
        rows, notes = judged(audit, found)
        everything += rows
        total_notes += notes
        print(report(f"{path.name} ({audit['audit']})", rows, notes), end="\n\n")
    if total_notes > notes:
        print(report("all audits", everything, total_notes))


if __name__ == "__main__":
    main()
