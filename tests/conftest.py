"""Shared helpers: run the CLI in-process, read text out of produced PDFs."""

from __future__ import annotations

import io
import os
import re
from dataclasses import dataclass
from pathlib import Path

import pytest
from briefing.cli import main
from briefing.run.console import Console

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "examples" / "article.txt"


@dataclass
class Result:
    code: int
    stdout: str
    stderr: str


class FakeTerminal(io.StringIO):
    def isatty(self):
        return True


@pytest.fixture
def run(tmp_path, monkeypatch):
    """Run ``briefing ARGS`` in-process from a fresh working directory (tmp_path), with no
    user-level config file."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg-config"))

    def invoke(*args: str, stdin: bytes = b"", terminal: bool = False) -> Result:
        """``terminal``: stderr is a terminal, so progress is shown there."""
        stdout = io.TextIOWrapper(io.BytesIO(), encoding="utf-8")
        stderr = FakeTerminal() if terminal else io.StringIO()
        code = main([str(arg) for arg in args],
                    console=Console(io.BytesIO(stdin), stdout, stderr, stderr_is_terminal=terminal))
        stdout.flush()
        return Result(code, stdout.buffer.getvalue().decode("utf-8"), stderr.getvalue())

    return invoke


def pdf_text(path: Path) -> str:
    from pypdf import PdfReader

    return "\n".join(page.extract_text() or "" for page in PdfReader(path).pages)


def squash(text: str) -> str:
    """Text without white space or hyphens, so words broken across lines still match."""
    return re.sub(r"[\s\-\u00ad\u2010]+", "", text)


@pytest.fixture
def article_text() -> str:
    return SAMPLE.read_text(encoding="utf-8")


def first_line(process) -> str:
    """The first line a process writes on stdout, read a byte at a time: a buffered readline may
    take the lines after it too, and communicate() would then never see them."""
    line = b""
    while not line.endswith(b"\n") and (byte := os.read(process.stdout.fileno(), 1)):
        line += byte
    return line.decode()


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture
def toy_method(monkeypatch):
    """Register a method named "toy" with the given ranking function, for this test only."""
    from briefing.summarize.methods import METHODS, Method

    def register(rank, *, cost="linear"):
        def ranked(analysis):
            return rank(analysis.sentences, analysis.terms, analysis.title)

        monkeypatch.setitem(METHODS, "toy", Method("toy", ranked, "a toy", cost=cost))

    return register


@pytest.fixture
def toy_output(monkeypatch):
    """Register an output format named "toy" (files end in .toy) with the given renderer."""
    from briefing.render.formats import OUTPUT_FORMATS, OutputFormat

    def register(render):
        monkeypatch.setitem(OUTPUT_FORMATS, "toy", OutputFormat("toy", (".toy",), "text/plain", render, "a toy"))

    return register


class RawServer:
    """A local TCP server that answers every connection with scripted bytes, however malformed:
    ``answer(request_bytes)`` gives the parts to send, and a number among them is a pause in
    seconds. ``requests`` holds each request's first line."""

    def __init__(self, answer):
        import socket
        import threading

        self.answer = answer
        self.requests: list[str] = []
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.url = f"http://127.0.0.1:{self.listener.getsockname()[1]}"
        self.stopped = threading.Event()
        threading.Thread(target=self._serve, daemon=True).start()

    def _serve(self):
        import threading

        while not self.stopped.is_set():
            try:
                connection, _ = self.listener.accept()
            except OSError:
                return
            threading.Thread(target=self._answer, args=(connection,), daemon=True).start()

    def _answer(self, connection):
        with connection:
            request = b""
            while b"\r\n\r\n" not in request:
                chunk = connection.recv(4096)
                if not chunk:
                    return
                request += chunk
            self.requests.append(request.split(b"\r\n")[0].decode("latin-1"))
            try:
                for part in self.answer(request):
                    if isinstance(part, int | float):
                        if self.stopped.wait(part):
                            return
                    else:
                        connection.sendall(part)
            except OSError:
                return

    def close(self):
        self.stopped.set()
        self.listener.close()


@pytest.fixture
def raw_server():
    """Start RawServers for the test (``raw_server(answer)`` gives one) and stop them after."""
    servers = []

    def start(answer):
        servers.append(RawServer(answer))
        return servers[-1]

    yield start
    for server in servers:
        server.close()


@pytest.fixture(scope="session")
def web_server(tmp_path_factory):
    """One `briefing serve` for the web tests (API and browser): two workers, safe defaults, a
    1 MB body limit so that an oversized request is cheap to send."""
    from web_server import Server

    server = Server(tmp_path_factory.mktemp("serve"), "--max-size", "1")
    yield server
    server.close()


REMARK = re.compile(r"^briefing: warning: .*?: (?:Key facts: \d+ of the \d+ asked for\.|The brief holds"
                    r"|The text is too short to summarize) .*\n?", re.M)


def unremarked(stderr: str) -> str:
    """stderr without the notes' own remarks ("Key facts: 1 of the 4 asked for…"), which every
    note also says in its colophon: for tests about everything else on stderr."""
    return REMARK.sub("", stderr)
