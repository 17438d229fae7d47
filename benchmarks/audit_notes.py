"""Fresh notes for a reader's audit (issue 19): N notes, each in its own folder beside the article
it was made from, for a reader who has not seen the code to judge every brief sentence and bullet.

    python benchmarks/audit_notes.py /tmp/audit6                   # 12 CNN/DM, 6 each BBC, XSum, Inshorts
    python benchmarks/audit_notes.py /tmp/audit6 --seed 6 --cnndm 12 --bbc 6 --xsum 6 --inshorts 6
    python benchmarks/audit_notes.py /tmp/audit10 --again audit-1 audit-2   # CNN/DM has no unread record left
    python benchmarks/audit_notes.py /tmp/lead83 --seed 83 --lead     # the same draw as --seed 83, with Lead-3
    python benchmarks/audit_notes.py /tmp/lead84 --seed 84 --differing --lead   # only briefs that are not Lead-3

Each folder (01-cnndm-…, 02-…) holds `article.txt` (the headline, when the record has one, and the
article as the tool read it) and `note.md` (the note as the tool renders it in Markdown). The
records are drawn at random (``--seed``) from those no earlier audit in benchmarks/readers used (but
the audits named in ``--again``): records no audit ever read first, and of each kind, odd-numbered
(held-out) records before even-numbered ones. `audit.json` beside the folders is the skeleton of the
audit file: per note its record id, the indices of its brief sentences and bullets in our splitter's
sentences, and a null verdict for each, for the reader's judgement (furniture, dangling, cut_quote,
fragment, misleading, repeats) to be filled in and kept as benchmarks/readers/audit-N.json (`python
benchmarks/agreement.py`).

``--lead`` calibrates the readers: the brief is our own Lead-3 (quality.own_lead: the first three
sentences that are not furniture) and the bullets are the tool's that it does not show, so that a
second reader, given the same draw (the same ``--seed`` and ``--again``), judges the baseline the
brief must beat. Such an audit is kept as benchmarks/readers/lead3-N.json, apart from the tool's.
``--differing`` draws only records whose brief is not our own Lead-3 (about a third of them), where
the two can differ at all.
"""

from __future__ import annotations

import argparse
import json
import random
from dataclasses import replace
from pathlib import Path

from briefing import BriefOptions, make_briefing, render

from quality import DATA, article_of, own_lead

READERS = Path(__file__).resolve().parent / "readers"
SETS = ("cnndm", "bbc", "xsum", "inshorts")
DEFAULT_COUNTS = {"cnndm": 12, "bbc": 6, "xsum": 6, "inshorts": 6}


def used_ids(again: frozenset[str] = frozenset()) -> set[str]:
    """The record ids every earlier audit judged, but for those of the audits named in ``again``."""
    return {note["id"] for path in READERS.glob("audit-*.json") if path.stem not in again
            for note in json.loads(path.read_text())["notes"]}


def draw(name: str, count: int, used: set[str], rng: random.Random, *, differing: bool = False,
         seen: frozenset[str] = frozenset()) -> list[dict]:
    """``count`` records of one set that no audit used: those no audit ever read (``seen``) first, and of
    each, odd-numbered ones before even ones; with ``differing``, only those whose brief is not our own
    Lead-3."""
    records = [(n, r) for n, r in enumerate(json.loads(line) for line in (DATA / f"{name}.jsonl").open())
               if r["id"] not in used]
    if differing:
        records = [(n, r) for n, r in records if differs_from_lead(r)]
    chosen: list[dict] = []
    for fresh, parity in ((True, 1), (True, 0), (False, 1), (False, 0)):
        pool = [r for n, r in records if n % 2 == parity and (r["id"] not in seen) == fresh]
        chosen += rng.sample(pool, min(count - len(chosen), len(pool)))
    return chosen


def differs_from_lead(record: dict) -> bool:
    """Whether the tool's brief of the record is other than our own Lead-3."""
    article = article_of(record)
    return make_briefing(article, BriefOptions()).brief != own_lead(article, BriefOptions()).brief


def write_note(folder: Path, record: dict, *, lead: bool = False) -> dict:
    """The note's folder (article.txt, note.md) and its entry in the audit skeleton; with ``lead``, the
    note's brief is our own Lead-3 and its bullets the tool's that the Lead-3 does not show."""
    article = article_of(record)
    note = make_briefing(article, BriefOptions())
    if lead:
        lead_brief = own_lead(article, BriefOptions()).brief
        shown = {s.index for s in lead_brief}
        note = replace(note, brief=lead_brief, facts=tuple(f for f in note.facts if f.index not in shown))
    folder.mkdir(parents=True)
    head = f"{article.title}\n\n" if article.title else ""
    (folder / "article.txt").write_text(head + article.text + "\n", encoding="utf-8")
    (folder / "note.md").write_bytes(render(note, "md"))
    brief = [s.index for s in note.brief]
    facts = [s.index for s in note.facts]
    return {"id": record["id"], "folder": folder.name, "brief": brief, "facts": facts,
            "reader_brief": [None] * len(brief), "reader_facts": [None] * len(facts), "main_point": None}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folder", type=Path, help="where to write the notes (must not exist yet)")
    parser.add_argument("--seed", type=int, default=6, help="the random draw's seed")
    for name in SETS:
        parser.add_argument(f"--{name}", type=int, default=DEFAULT_COUNTS[name], help=f"notes of {name}")
    parser.add_argument("--again", nargs="*", default=[], metavar="AUDIT",
                        help="the records these audits read (audit-1 …) may be drawn again, in every set")
    parser.add_argument("--lead", action="store_true",
                        help="the brief is our own Lead-3, for a reader who calibrates the measure")
    parser.add_argument("--differing", action="store_true",
                        help="draw only records whose brief is not our own Lead-3 (with and without --lead)")
    args = parser.parse_args()
    if args.folder.exists():
        parser.error(f"{args.folder} exists: give a new folder, so that no earlier audit's notes are mixed in")
    rng, used, seen = random.Random(args.seed), used_ids(frozenset(args.again)), frozenset(used_ids())
    records = [(name, record) for name in SETS
               for record in draw(name, getattr(args, name), used, rng, differing=args.differing, seen=seen)]
    rng.shuffle(records)  # the reader should not read all of one set in a row
    notes = [write_note(args.folder / f"{number:02d}-{name}", record, lead=args.lead)
             for number, (name, record) in enumerate(records, start=1)]
    skeleton = {"audit": "fill in: date, who read, which tool version", "notes": notes}
    (args.folder / "audit.json").write_text(json.dumps(skeleton, indent=1) + "\n", encoding="utf-8")
    print(f"{len(notes)} notes in {args.folder} (audit skeleton: {args.folder / 'audit.json'})")


if __name__ == "__main__":
    main()
