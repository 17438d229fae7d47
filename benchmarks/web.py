"""briefing serve against the cold command, side by side in one run: python benchmarks/web.py [ARTICLE]

Each round runs, one after the other, the cold command (`briefing ARTICLE -o note.pdf`, a fresh
process: start-up, imports, the note) and the same article sent to a warm server as a file
(POST /api/brief); then the same for JSON. Medians of ROUNDS rounds; the goals are a warm PDF in
at most 0.35x the cold command's time and a warm JSON note in at most 0.2x. Then the bar's checks:
the page has a form; JSON and PDF answers; 20 requests at once; a malformed JSON body, an unknown
HTTP method, an unknown ranking method, an oversized body, a loopback URL and a file: URL all
refused with a 4xx.
"""

from __future__ import annotations

import json
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))
from web_server import Answer, Server  # noqa: E402 - the tests' server and client

ROUNDS = 7
GOALS = {"pdf": 0.35, "json": 0.2}


def cold(article: Path, format: str, folder: Path) -> float:
    started = time.perf_counter()
    subprocess.run([sys.executable, "-m", "briefing", str(article), "-o", str(folder / f"note.{format}")],
                   check=True, capture_output=True, cwd=folder)
    return time.perf_counter() - started


def warm(server: Server, article: Path, format: str) -> float:
    started = time.perf_counter()
    answer = server.post_form("/api/brief", [("format", format)], [("file", article.name, article.read_bytes())])
    elapsed = time.perf_counter() - started
    assert answer.status == 200, answer.body[:200]
    return elapsed


def speed(server: Server, article: Path, folder: Path) -> list[tuple[str, str, str, str, str]]:
    rows = []
    for format, goal in GOALS.items():
        cold_times, warm_times = [], []
        for _ in range(ROUNDS):
            cold_times.append(cold(article, format, folder))
            warm_times.append(warm(server, article, format))
        cold_median, warm_median = statistics.median(cold_times), statistics.median(warm_times)
        ratio = warm_median / cold_median
        rows.append((format.upper(), f"{cold_median:.3f} s", f"{warm_median:.3f} s", f"{ratio:.2f}×",
                     f"≤ {goal}× {'holds' if ratio <= goal else 'MISSED'}"))
    return rows


def checks(server: Server, article: Path) -> list[tuple[str, bool, str]]:
    text = article.read_text(encoding="utf-8")

    def refused(answer: Answer) -> tuple[bool, str]:
        return 400 <= answer.status < 500 and "error" in answer.json(), f"{answer.status} {answer.json()['error']}"

    def at_once() -> tuple[bool, str]:
        started = time.perf_counter()
        with ThreadPoolExecutor(20) as pool:
            answers = list(pool.map(lambda _: server.post_json("/api/brief", {"text": text, "format": "json"}),
                                    range(20)))
        statuses = [answer.status for answer in answers]
        return statuses == [200] * 20, f"{statuses.count(200)}/20 answered 200 in {time.perf_counter() - started:.2f} s"

    def page() -> tuple[bool, str]:
        html = server.get("/").body.decode()
        return '<form method="post"' in html and 'name="text"' in html, "GET / has the form"

    def answer_of(format: str, media_type: str) -> tuple[bool, str]:
        answer = server.post_json("/api/brief", {"text": text, "format": format})
        return answer.status == 200 and answer.headers["Content-Type"] == media_type, \
            f"{answer.status} {answer.headers['Content-Type']}, {len(answer.body):,} bytes"

    probes: dict[str, Callable[[], tuple[bool, str]]] = {
        "the page has a form": page,
        "a JSON answer": lambda: answer_of("json", "application/json"),
        "a PDF answer": lambda: answer_of("pdf", "application/pdf"),
        "20 at once": at_once,
        "malformed JSON": lambda: refused(server.request("POST", "/api/brief", b"{'text':", "application/json")),
        "an unknown HTTP method": lambda: refused(server.request("PATCH", "/api/brief", b"{}", "application/json")),
        "an unknown ranking method": lambda: refused(server.post_json("/api/brief", {"text": text, "method": "x"})),
        "an oversized body": lambda: refused(server.post_json("/api/brief", {"text": "x" * 11_000_000})),
        "a loopback URL": lambda: refused(server.post_json("/api/brief", {"url": "http://127.0.0.1:22/"})),
        "a file: URL": lambda: refused(server.post_json("/api/brief", {"url": "file:///etc/passwd"})),
    }
    return [(name, *probe()) for name, probe in probes.items()]


def main() -> None:
    article = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "examples" / "article.txt"
    with tempfile.TemporaryDirectory() as folder:
        server = Server(Path(folder) / "server")
        try:
            rows = speed(server, article.resolve(), Path(folder))
            results = checks(server, article)
        finally:
            server.close()
    print(f"{article.name}, {ROUNDS} rounds, medians; the server with two workers\n")
    print("| note | cold command | warm server | warm / cold | goal |\n|---|---:|---:|---:|---|")
    for row in rows:
        print("| " + " | ".join(row) + " |")
    print("\n| the bar's check | holds | answer |\n|---|---|---|")
    for name, holds, said in results:
        print(f"| {name} | {'yes' if holds else 'NO'} | {json.dumps(said, ensure_ascii=False)[1:-1][:110]} |")


if __name__ == "__main__":
    main()
