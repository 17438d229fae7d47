"""The batch on a real Dask cluster against our own workers, and a JSONL archive against the same
articles as files:

    python benchmarks/cluster.py [DATA.jsonl] [--articles 2000] [--rounds 3] [--pdf 200]

Starts `dask scheduler` and two `dask worker` processes (one thread each) on 127.0.0.1, then in
alternation, each ROUND: the local runner with --jobs 2 on N articles as .txt files; the same
files through the cluster (--scheduler tcp://…); the same articles as one JSONL archive, locally
(--jobs 2), and through the cluster. All to JSON with SOURCE_DATE_EPOCH set: the cluster's files
must equal the local runner's, byte for byte. CPU seconds count the command's processes and the cluster's (the steadier
figure on a shared machine); the load average is shown with each row. With --pdf N, N articles
to PDF through the cluster, for the rate per worker core.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import psutil
from distributed import Client

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "data" / "bbc.jsonl"
BIN = Path(sys.executable).parent
ENV = {**os.environ, "SOURCE_DATE_EPOCH": "1700000000"}


def prepare(data: Path, count: int, work: Path) -> tuple[Path, Path]:
    """N articles as .txt files ("<title>\\n\\n<article>") and as the JSONL archive they come from."""
    lines = data.read_text().splitlines()[:count]
    folder = work / "txt"
    folder.mkdir(parents=True)
    for line in lines:
        record = json.loads(line)
        (folder / f"{record['id']}.txt").write_text(f"{record['title']}\n\n{record['article']}")
    archive = work / "articles.jsonl"
    archive.write_text("\n".join(lines) + "\n")
    return folder, archive


def start_cluster(work: Path, workers: int = 2) -> tuple[str, list[subprocess.Popen[bytes]]]:
    scheduler_file = work / "scheduler.json"
    quiet = {"stdout": subprocess.DEVNULL, "stderr": subprocess.DEVNULL}
    processes = [subprocess.Popen([str(BIN / "dask"), "scheduler", "--host", "127.0.0.1", "--port", "0",
                                   "--no-dashboard", "--scheduler-file", str(scheduler_file)], env=ENV, **quiet)]
    while not scheduler_file.exists():
        time.sleep(0.1)
    for _ in range(workers):
        processes.append(subprocess.Popen([str(BIN / "dask"), "worker", "--scheduler-file", str(scheduler_file),
                                           "--nworkers", "1", "--nthreads", "1", "--no-dashboard"], env=ENV, **quiet))
    with Client(scheduler_file=str(scheduler_file)) as client:
        client.wait_for_workers(workers, timeout=120)
        address: str = client.scheduler.address
    return address, processes


def cpu(processes: list[psutil.Process]) -> float:
    total = 0.0
    for process in processes:
        try:
            times = process.cpu_times()
            total += times.user + times.system
        except psutil.NoSuchProcess:
            pass
    return total


def timed(label: str, args: list[str], output: Path, cluster: list[psutil.Process]) -> dict[str, object]:
    shutil.rmtree(output, ignore_errors=True)
    load = os.getloadavg()[0]
    before, children = cpu(cluster), resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    done = subprocess.run([sys.executable, "-m", "briefing", *args, "--output-dir", str(output)], env=ENV,
                          capture_output=True, text=True, check=False)
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    used = after.ru_utime - children.ru_utime + after.ru_stime - children.ru_stime + cpu(cluster) - before
    tally = done.stderr.strip().splitlines()[-1] if done.stderr.strip() else ""
    notes = sum(1 for path in output.iterdir() for _ in ([0] if path.suffix != ".jsonl" else path.open()))
    row = {"label": label, "wall": wall, "cpu": used, "notes": notes, "load": load, "tally": tally}
    print(f"| {label} | {wall:.1f} s | {used:.1f} s | {notes / wall:.0f}/s | {notes} | {load:.1f} | {tally} |",
          flush=True)
    return row


def same_files(first: Path, second: Path) -> bool:
    names = sorted(path.name for path in first.iterdir())
    return names == sorted(path.name for path in second.iterdir()) and all(
        (first / name).read_bytes() == (second / name).read_bytes() for name in names)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data", nargs="?", type=Path, default=DATA)
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--pdf", type=int, default=0)
    options = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="briefing-cluster-"))
    folder, archive = prepare(options.data, options.articles, work)
    address, processes = start_cluster(work)
    cluster = [process for started in processes for process in
               [psutil.Process(started.pid), *psutil.Process(started.pid).children(recursive=True)]]
    print(f"{options.articles} articles to JSON; cluster at {address}; {os.cpu_count()} CPUs\n")
    print("| run | wall | CPU | notes/s | notes | load | tally |\n|---|---:|---:|---:|---:|---:|---|")
    rows = []
    try:
        for _ in range(options.rounds):
            rows.append(timed("local --jobs 2, files", [str(folder), "--format", "json", "--jobs", "2"],
                              work / "local", cluster))
            rows.append(timed("cluster (2 workers), files", [str(folder), "--format", "json", "--scheduler", address],
                              work / "cluster", cluster))
            identical = same_files(work / "local", work / "cluster")
            print(f"|   cluster files identical to local: {identical} | | | | | | |", flush=True)
            rows.append(timed("local --jobs 2, one JSONL archive", [str(archive), "--format", "json", "--jobs", "2"],
                              work / "jsonl", cluster))
            rows.append(timed("cluster (2 workers), one JSONL archive",
                              [str(archive), "--format", "json", "--scheduler", address],
                              work / "cluster-jsonl", cluster))
            identical = same_files(work / "jsonl", work / "cluster-jsonl")
            print(f"|   cluster notes of the archive identical to local: {identical} | | | | | | |", flush=True)
        if options.pdf:
            pdf_folder, _ = prepare(options.data, options.pdf, work / "pdf")
            timed(f"cluster (2 workers), {options.pdf} files to PDF",
                  [str(pdf_folder), "--format", "pdf", "--scheduler", address], work / "pdf-out", cluster)
    finally:
        for process in reversed(processes):
            process.terminate()
        for process in processes:
            process.wait(timeout=30)
        shutil.rmtree(work, ignore_errors=True)
    summary(rows)


def summary(rows: list[dict[str, object]]) -> None:
    def median(label: str, key: str) -> float:
        values = sorted(float(str(row[key])) for row in rows if row["label"] == label)
        return values[len(values) // 2] if values else float("nan")

    local, cluster = median("local --jobs 2, files", "wall"), median("cluster (2 workers), files", "wall")
    jsonl = median("local --jobs 2, one JSONL archive", "wall")
    print(f"\ncluster ÷ local (median wall): {cluster / local:.2f} (goal ≤ 1.5); CPU: "
          f"{median('cluster (2 workers), files', 'cpu') / median('local --jobs 2, files', 'cpu'):.2f}")
    print(f"JSONL ÷ files, locally (median wall): {jsonl / local:.2f} (goal ≤ 1.0)")


if __name__ == "__main__":
    main()
