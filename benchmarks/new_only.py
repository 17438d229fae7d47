"""What --new-only adds to a run, per input: python benchmarks/new_only.py [--remembered 10000] [--inputs 1000]

Goal: under 5 ms per input, with 10,000 items remembered. Measured on the code paths a run takes
(nothing mocked), in a state database filled with ``--remembered`` keys first:

1. opening the state: the lock, the checks (application id, schema, PRAGMA quick_check) — once a
   run, shown whole and spread over ``--inputs``;
2. a new input: in the worker, its key (the SHA-256 of a 5 KB article) and the look-up on the
   worker's read-only connection; in the main process, the check against this run's records and
   the record itself, one committed transaction, once its note is in place;
3. an input already briefed: the key and the look-up, after which the worker stops;
4. end to end: the command on an archive of ``--lines`` articles (JSON notes, one worker), plain
   and with --new-only (the state holding the ``--remembered`` keys), alternating, best of five
   each, wall and CPU time (on a shared machine, wall time moves by more than the difference).

Articles are generated (nothing is read from ../shared/data).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

from briefing.model import Source
from briefing.options import Settings
from briefing.run.batch import Briefed
from briefing.run.recurring import Delivered, MorningRun
from briefing.run.screening import input_key, screen
from briefing.run.state import StateStore

GOAL_MS = 5.0
ATTEMPTS = 5


def article(number: int) -> bytes:
    sentence = f"Councillors in district {number} approved plan {number} after a debate that ran late. "
    return (sentence * 60).encode()  # about 5 KB


def filled_state(path: Path, remembered: int) -> None:
    with StateStore(path).open() as store:
        store.remember(((f"sha256:{number:064x}", f"old/{number}.txt") for number in range(remembered)), "old")


def per_input(path: Path, inputs: int) -> dict[str, float]:
    settings = Settings().merged({"new_only": True, "state": str(path)})
    run = MorningRun(settings, started=datetime.now(UTC), shelf_folder=None)
    began = time.perf_counter()
    run.open(waiting=lambda: None)
    opened = time.perf_counter() - began
    worker = run.for_workers(settings).recurring
    sources = [Source(f"in/{number}.txt", article(number)) for number in range(inputs)]
    began = time.perf_counter()
    for source in sources:  # new: screened, admitted, recorded
        assert screen(source, worker) is None
        key = input_key(source)
        assert run.admit(Briefed(source.name, key=key))
        run.written(Delivered(Path(f"out/{source.name}.json"), source.name, "note", (source.name,),
                              ((key or "", source.name),)))
    new = (time.perf_counter() - began) / inputs
    began = time.perf_counter()
    for source in sources:  # briefed before: the worker stops at the look-up
        assert screen(source, worker) == "briefed"
    known = (time.perf_counter() - began) / inputs
    run.close()
    return {"open": opened, "new": new, "known": known}


def end_to_end(folder: Path, lines: int, remembered: int) -> dict[bool, tuple[float, float]]:
    """Best wall and CPU time (user + system of the run's processes) of each kind of run, the
    two kinds alternating so that a busy moment of a shared machine falls on both."""
    import json
    import resource

    archive = folder / "wire.jsonl"
    archive.write_text("".join(json.dumps({"id": f"n{number}", "title": f"Plan {number}",
                                           "text": article(number).decode()}) + "\n" for number in range(lines)))
    timings: dict[bool, list[tuple[float, float]]] = {False: [], True: []}
    for attempt in range(ATTEMPTS):
        for new_only in (False, True):
            state = folder / f"state-{attempt}.sqlite"
            if new_only:
                filled_state(state, remembered)
            command = [sys.executable, "-m", "briefing", str(archive), "--format", "json", "--jobs", "1",
                       "--output-dir", str(folder / f"out-{attempt}-{new_only}")]
            command += ["--new-only", "--state", str(state)] if new_only else []
            before = resource.getrusage(resource.RUSAGE_CHILDREN)
            began = time.perf_counter()
            subprocess.run(command, check=True, capture_output=True, env={**os.environ, "SOURCE_DATE_EPOCH": "0"})
            wall = time.perf_counter() - began
            after = resource.getrusage(resource.RUSAGE_CHILDREN)
            cpu = after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime
            timings[new_only].append((wall, cpu))
    return {kind: (min(wall for wall, _ in runs), min(cpu for _, cpu in runs)) for kind, runs in timings.items()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--remembered", type=int, default=10_000)
    parser.add_argument("--inputs", type=int, default=1_000)
    parser.add_argument("--lines", type=int, default=200)
    parser.add_argument("--skip-end-to-end", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as temporary:
        folder = Path(temporary)
        rounds = []
        for attempt in range(3):
            path = folder / f"bench-{attempt}.sqlite"
            filled_state(path, args.remembered)
            rounds.append(per_input(path, args.inputs))
        best = {key: min(result[key] for result in rounds) for key in rounds[0]}
        spread = {key: statistics.pstdev(result[key] for result in rounds) for key in rounds[0]}
        print(f"state with {args.remembered:,} remembered items, {args.inputs:,} inputs, best of 3:")
        print(f"  opening (lock, checks):        {best['open'] * 1000:7.2f} ms a run "
              f"({best['open'] * 1000 / args.inputs:.4f} ms an input)")
        print(f"  a new input (key, look-ups, record): {best['new'] * 1000:7.3f} ms (sd {spread['new'] * 1000:.3f})")
        print(f"  an input briefed before (key, look-up): {best['known'] * 1000:7.3f} ms")
        added = best["new"] + best["open"] / args.inputs
        verdict = "met" if added * 1000 < GOAL_MS else "NOT met"
        print(f"  added per new input: {added * 1000:.3f} ms — goal < {GOAL_MS} ms: {verdict}")
        if not args.skip_end_to_end:
            timings = end_to_end(folder, args.lines, args.remembered)
            (plain_wall, plain_cpu), (new_wall, new_cpu) = timings[False], timings[True]
            print(f"end to end, {args.lines} archive lines, JSON notes, one worker, best of {ATTEMPTS}:")
            print(f"  wall: plain {plain_wall:.2f} s, --new-only {new_wall:.2f} s: "
                  f"{(new_wall - plain_wall) / args.lines * 1000:+.2f} ms an input")
            print(f"  CPU:  plain {plain_cpu:.2f} s, --new-only {new_cpu:.2f} s: "
                  f"{(new_cpu - plain_cpu) / args.lines * 1000:+.2f} ms an input")

if __name__ == "__main__":
    main()
