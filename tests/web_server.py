"""A real `briefing serve` in a child process, for the API and browser tests, and a small HTTP
client for it (the standard library's: a 4xx is an answer to look at, not an exception)."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import time
import urllib.error
import urllib.request
import uuid
from dataclasses import dataclass
from email.message import Message
from pathlib import Path

STARTUP_SECONDS = 120  # two workers importing and warming on a busy machine


@dataclass
class Answer:
    status: int
    headers: Message  # looked up in any case, as HTTP header names are
    body: bytes

    def json(self):
        return json.loads(self.body)


class Server:
    def __init__(self, folder: Path, *flags: str) -> None:
        folder.mkdir(parents=True, exist_ok=True)
        self.log_path = folder / "server.log"
        environment = dict(os.environ, XDG_CONFIG_HOME=str(folder / "xdg"))
        with self.log_path.open("wb") as log:
            self.process = subprocess.Popen(
                [sys.executable, "-m", "briefing", "serve", "--port", "0", "--workers", "2", *flags],
                cwd=folder, env=environment, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=log)
        self.url = self._wait_for_url()
        self._wait_until_ready()

    def _wait_for_url(self) -> str:
        deadline = time.monotonic() + STARTUP_SECONDS
        while time.monotonic() < deadline:
            found = re.search(r"serving (http://\S+/)", self.log())
            if found:
                return found.group(1).rstrip("/")
            if self.process.poll() is not None:
                raise RuntimeError(f"briefing serve exited: {self.log()}")
            time.sleep(0.1)
        raise RuntimeError(f"briefing serve did not start: {self.log()}")

    def _wait_until_ready(self) -> None:
        deadline = time.monotonic() + STARTUP_SECONDS
        while time.monotonic() < deadline:
            if "Application startup complete" in self.log():
                return
            if self.process.poll() is not None:
                raise RuntimeError(f"briefing serve exited: {self.log()}")
            time.sleep(0.1)
        raise RuntimeError(f"briefing serve's workers did not warm up: {self.log()}")

    def log(self) -> str:
        return self.log_path.read_text(encoding="utf-8", errors="replace")

    def request(self, method: str, path: str, body: bytes | None = None, content_type: str | None = None) -> Answer:
        headers = {"Content-Type": content_type} if content_type else {}
        request = urllib.request.Request(self.url + path, data=body, method=method, headers=headers)
        try:
            with urllib.request.urlopen(request, timeout=120) as response:
                return Answer(response.status, response.headers, response.read())
        except urllib.error.HTTPError as error:
            return Answer(error.code, error.headers, error.read())

    def get(self, path: str) -> Answer:
        return self.request("GET", path)

    def post_json(self, path: str, data: object) -> Answer:
        return self.request("POST", path, json.dumps(data).encode(), "application/json")

    def post_form(self, path: str, fields: list[tuple[str, str]], files: list[tuple[str, str, bytes]] = ()) -> Answer:
        body, content_type = multipart(fields, files)
        return self.request("POST", path, body, content_type)

    def close(self) -> int:
        """Stop it as `kill` does (SIGTERM); its exit code."""
        self.process.terminate()
        try:
            return self.process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self.process.kill()
            return self.process.wait()


def multipart(fields: list[tuple[str, str]], files: list[tuple[str, str, bytes]]) -> tuple[bytes, str]:
    """A multipart/form-data body: (name, value) fields and (name, file name, bytes) files."""
    boundary = uuid.uuid4().hex
    parts = [f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"\r\n\r\n{value}\r\n'.encode()
             for name, value in fields]
    parts += [f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"; filename="{filename}"\r\n'
              f"Content-Type: application/octet-stream\r\n\r\n".encode() + data + b"\r\n"
              for name, filename, data in files]
    return b"".join(parts) + f"--{boundary}--\r\n".encode(), f"multipart/form-data; boundary={boundary}"
