"""Readers' verdicts replayed on today's tool (issue 19): of the sentences the readers of
benchmarks/readers flagged, how many does today's note of the same record still show, by kind and
by data set; and how many sentences it shows that no reader judged. A flagged sentence that is gone
is no proof the note got better (its replacement is unread), and one still shown may read better
now that other sentences are shown beside it; so this is a guide to what to read next, not a score.

    python benchmarks/replay_readers.py                 # the counts
    python benchmarks/replay_readers.py --list cnndm    # and every flagged sentence still shown, of CNN/DM
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path

from briefing import BriefOptions, make_briefing

from quality import DATA, article_of

READERS = Path(__file__).resolve().parent / "readers"
SETS = ("cnndm", "bbc", "xsum", "inshorts")


def records() -> dict[str, dict]:
    found = {}
    for name in SETS:
        with (DATA / f"{name}.jsonl").open(encoding="utf-8") as lines:
            for line in lines:
                record = json.loads(line)
                found[record["id"]] = record
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--list", nargs="*", metavar="SET", help="list the flagged sentences still shown (of SETs)")
    arguments = parser.parse_args()
    by_id = records()
    still: Counter[tuple[str, str]] = Counter()
    gone: Counter[tuple[str, str]] = Counter()
    shown_count = unjudged = 0
    listed = []
    for path in sorted(READERS.glob("audit-*.json")):
        for entry in json.loads(path.read_text())["notes"]:
            name = entry["id"].split("-")[0]
            note = make_briefing(article_of(by_id[entry["id"]]), BriefOptions())
            in_brief = {s.index for s in note.brief}
            shown = in_brief | {s.index for s in note.facts}
            judged = dict(zip(entry["brief"] + entry["facts"], entry["reader_brief"] + entry["reader_facts"],
                              strict=True))
            shown_count += len(shown)
            unjudged += len(shown - set(judged))
            for index, defect in judged.items():
                if not defect:
                    continue
                (still if index in shown else gone)[(name, defect)] += 1
                if index in shown and arguments.list is not None and (not arguments.list or name in arguments.list):
                    part = "brief" if index in in_brief else "bullet"
                    listed.append(f"{path.stem} {entry['id'][:30]} {part} {defect}: {note.sentences[index].text[:150]}")
    kinds = sorted({kind for _, kind in still + gone})
    print("| set | flagged, still shown | gone | " + " | ".join(kinds) + " |")
    print("|---|---:|---:|" + "---:|" * len(kinds))
    for name in SETS:
        kept = sum(count for (set_name, _), count in still.items() if set_name == name)
        left = sum(count for (set_name, _), count in gone.items() if set_name == name)
        cells = " | ".join(f"{still[(name, kind)]}/{still[(name, kind)] + gone[(name, kind)]}" for kind in kinds)
        print(f"| {name} | {kept} | {left} | {cells} |")
    print(f"\n{shown_count} sentences shown today in the audited notes, {unjudged} of them never judged by a reader.")
    for line in listed:
        print(line)


if __name__ == "__main__":
    main()
