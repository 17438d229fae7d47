"""Readers' verdicts kept on the sentences they judged when the splitter changes (issue 19).

An audit in benchmarks/readers keeps, per note, the indices of the sentences the reader judged in
our splitter's sentences of the article. When a change to the splitter cuts an article differently
("World War II. Not only that …" now two sentences), those indices point at other sentences. This
moves each judged index to today's sentence that starts where the judged one started (or, when two
were joined, to the one that now holds its start), reading the earlier cut from a checkout of the
tool before the change:

    git worktree add /tmp/before 80066ef
    python benchmarks/remap_audits.py /tmp/before      # rewrites benchmarks/readers/audit-*.json, lead3-*.json
    python benchmarks/remap_audits.py /tmp/read-at --audits audit-20   # an audit read with a later tool

Only the records the two splitters cut differently are touched; it prints each one it moved.
"""

from __future__ import annotations

import argparse
import bisect
import json
import subprocess
import sys
from pathlib import Path

from briefing.text.segment import split_sentences

from quality import DATA, article_of

READERS = Path(__file__).resolve().parent / "readers"
SETS = ("cnndm", "bbc", "xsum", "inshorts")
_SPANS = """
import json, sys
sys.path.insert(0, sys.argv[1])
sys.path.insert(0, sys.argv[2])
from briefing.text.segment import split_sentences
from quality import article_of
records = json.loads(sys.stdin.read())
print(json.dumps({key: [s.start for s in split_sentences(article_of(r).text)] for key, r in records.items()}))
"""


def audit_paths() -> list[Path]:
    """The readers' audits of the tool (audit-N) and of our own Lead-3 (lead3-N, audit_notes.py --lead)."""
    return sorted([*READERS.glob("audit-*.json"), *READERS.glob("lead3-*.json")])


def audited_records() -> dict[str, dict]:
    ids = {note["id"] for path in audit_paths() for note in json.loads(path.read_text())["notes"]}
    return {record["id"]: record for name in SETS for line in (DATA / f"{name}.jsonl").open(encoding="utf-8")
            if (record := json.loads(line))["id"] in ids}


def starts_before(checkout: Path, records: dict[str, dict]) -> dict[str, list[int]]:
    """Each record's sentence starts as the splitter in ``checkout`` cut it (run in a process of its own)."""
    done = subprocess.run([sys.executable, "-c", _SPANS, str(checkout), str(checkout / "benchmarks")],
                          input=json.dumps(records), capture_output=True, text=True, check=True)
    return json.loads(done.stdout)


def moved(indices: list[int], verdicts: list[str | None], before: list[int], now: list[int]) -> tuple[list, list]:
    """The judged indices in today's sentences, a verdict kept per sentence (defective if any was)."""
    remapped: dict[int, str | None] = {}
    for index, verdict in zip(indices, verdicts, strict=True):
        new = max(0, bisect.bisect_right(now, before[index]) - 1)  # the sentence holding the old start
        remapped[new] = remapped.get(new) or verdict
    return list(remapped), list(remapped.values())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("before", type=Path, help="a checkout of the tool before the splitter changed")
    parser.add_argument("--audits", nargs="*", metavar="AUDIT", help="only these (audit-20 …): those read with it")
    args = parser.parse_args()
    records = audited_records()
    earlier = starts_before(args.before.resolve(), records)
    today = {key: [s.start for s in split_sentences(article_of(record).text)] for key, record in records.items()}
    changed = {key for key in records if earlier[key] != today[key]}
    for path in audit_paths():
        if args.audits and path.stem not in args.audits:
            continue
        audit = json.loads(path.read_text())
        touched = [note for note in audit["notes"] if note["id"] in changed]
        for note in touched:
            if max(note["brief"] + note["facts"]) >= len(earlier[note["id"]]):
                print(f"{path.name}: {note['id']} left: the checkout does not cut it as when it was read")
                continue
            for section in ("brief", "facts"):
                note[section], note[f"reader_{section}"] = moved(
                    note[section], note[f"reader_{section}"], earlier[note["id"]], today[note["id"]])
            print(f"{path.name}: {note['id']} moved onto today's sentences")
        if touched:  # (rewritten whole, as it was written)
            path.write_text(json.dumps(audit, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
