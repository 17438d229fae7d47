"""The readers calibrated: the tool's notes against our own Lead-3's, on the same draw, each read by a
reader of its own who never saw the code (issue 19).

    python benchmarks/calibration.py          # every lead3-N in benchmarks/readers with its audit-N

`audit_notes.py --lead` writes a draw's notes with our own Lead-3 as the brief; a second reader judges
them (kept as lead3-N.json) while another judges the tool's notes of the same draw (audit-N.json).
Per pair: defective brief sentences per 100 notes and defective bullets for both, notes that miss
the main point, and where the two briefs are the same sentences, how often the two readers agree
on a sentence: what is left of a difference between the two once the readers' own is known.
"""

from __future__ import annotations

import json
from pathlib import Path

from quality import bootstrap

READERS = Path(__file__).resolve().parent / "readers"


def rates(audit: dict) -> tuple[int, int, int, int, int, int]:
    """(defective brief sentences, brief sentences, defective bullets, bullets, notes missing the point, notes)."""
    notes = audit["notes"]
    brief = [kind for note in notes for kind in note["reader_brief"]]
    facts = [kind for note in notes for kind in note["reader_facts"]]
    return (sum(map(bool, brief)), len(brief), sum(map(bool, facts)), len(facts),
            sum(note["main_point"] is False for note in notes), len(notes))


def row(name: str, audit: dict) -> str:
    bad, brief, bad_facts, facts, missed, notes = rates(audit)
    return (f"| {name} | {notes} | {100 * bad / notes:.0f} ({bad} of {brief}) | "
            f"{100 * bad_facts / max(facts, 1):.0f}% ({bad_facts} of {facts}) | {missed} |")


def agreement(tool: dict, lead: dict) -> str:
    """How the two readers judged the brief sentences both notes show (the same records, the same sentences)."""
    same = both = only_tool = only_lead = 0
    for ours, theirs in zip(tool["notes"], lead["notes"], strict=True):
        verdicts = dict(zip(theirs["brief"], theirs["reader_brief"], strict=True))
        for index, kind in zip(ours["brief"], ours["reader_brief"], strict=True):
            if index in verdicts:
                same += 1
                both += bool(kind) and bool(verdicts[index])
                only_tool += bool(kind) and not verdicts[index]
                only_lead += not kind and bool(verdicts[index])
    return (f"{same} brief sentences in both notes: flagged by both readers {both}, by the tool's reader only "
            f"{only_tool}, by Lead-3's only {only_lead}; the readers agree on {same - only_tool - only_lead}")


def pooled(pairs: list[tuple[dict, dict]]) -> list[str]:
    """Over the pairs of each kind of draw (a plain draw, or one of only briefs that differ from Lead-3's,
    ``--differing``: no note's two briefs are the same): the tool's defective brief sentences per 100 notes
    less Lead-3's, note by note, with a 95% bootstrap interval over the notes (which leaves out how readers
    differ), for all notes and without XSum's."""
    lines = []
    for draw, differing in (("plain draws", False), ("draws of briefs that differ", True)):
        kind = [(tool, lead) for tool, lead in pairs if differing == all(
            ours["brief"] != theirs["brief"] for ours, theirs in zip(tool["notes"], lead["notes"], strict=True))]
        for label, keep in (("", lambda _id: True), (", without XSum", lambda i: not i.startswith("xsum"))):
            differences = [100.0 * (sum(map(bool, ours["reader_brief"])) - sum(map(bool, theirs["reader_brief"])))
                           for tool, lead in kind for ours, theirs in zip(tool["notes"], lead["notes"], strict=True)
                           if keep(ours["id"])]
            if differences:
                mean, low, high = bootstrap(differences)
                lines.append(f"- {draw}{label} ({len(differences)} notes): the tool less Lead-3, {mean:+.0f} "
                             f"defective brief sentences per 100 notes [{low:+.0f}, {high:+.0f}]")
    return lines


def main() -> None:
    lines = ["| audit | notes | brief defects /100 notes | bullets | miss the point |", "|---|---:|---:|---:|---:|"]
    notes, pairs = [], []
    for lead_path in sorted(READERS.glob("lead3-*.json"), key=lambda p: int(p.stem.split("-")[1])):
        tool_path = READERS / f"audit-{lead_path.stem.split('-')[1]}.json"
        tool, lead = json.loads(tool_path.read_text()), json.loads(lead_path.read_text())
        if [n["id"] for n in tool["notes"]] != [n["id"] for n in lead["notes"]]:
            raise SystemExit(f"{lead_path.name} and {tool_path.name} are not the same draw")
        lines += [row(f"{tool_path.stem} (the tool)", tool), row(f"{lead_path.stem} (our own Lead-3)", lead)]
        notes.append(f"- {tool_path.stem} and {lead_path.stem}: {agreement(tool, lead)}")
        pairs.append((tool, lead))
    print("\n".join([*lines, "", *notes, "", *pooled(pairs)]))


if __name__ == "__main__":
    main()
