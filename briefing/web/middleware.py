"""What every request passes through: a line in the access log, and a cap on the body's size.

Both are plain ASGI middleware. The cap reads the body before the app sees it (a body within the
cap is small enough to hold). A body over the cap (by its Content-Length, or as it comes) is read
on and thrown away, up to DRAIN_FACTOR times the cap, before the 413 is sent: a client that sends
its whole body before it reads the answer (most do) then reads the 413 rather than a connection
reset. Past that the connection is closed on it.
"""

from __future__ import annotations

import json
import logging
import time
from typing import Any

from starlette.types import ASGIApp, Message, Receive, Scope, Send

DRAIN_FACTOR = 4
ACCESS_LOG = logging.getLogger("briefing.web.access")  # serve.py shows it on stderr


class AccessLog:
    """One line a request: client, method, path, status, bytes sent, seconds taken."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = time.perf_counter()
        answer: dict[str, int] = {"status": 0, "bytes": 0}

        async def counting(message: Message) -> None:
            if message["type"] == "http.response.start":
                answer["status"] = message["status"]
            elif message["type"] == "http.response.body":
                answer["bytes"] += len(message.get("body", b""))
            await send(message)

        try:
            await self.app(scope, receive, counting)
        finally:
            client = scope.get("client") or ("-", 0)
            ACCESS_LOG.info('%s "%s %s HTTP/%s" %d %d %.3fs', client[0], scope["method"], scope["path"],
                            scope.get("http_version", "1.1"), answer["status"] or 500, answer["bytes"],
                            time.perf_counter() - started)


class BodyLimit:
    """Requests whose body is over ``max_bytes`` are answered 413 with a JSON error."""

    def __init__(self, app: ASGIApp, *, max_bytes: int) -> None:
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = dict(scope["headers"]).get(b"content-length", b"")
        if declared.isdigit() and int(declared) > self.max_bytes:
            await self._refuse(receive, send, received=0)
            return
        body = bytearray()
        while True:
            message = await receive()
            if message["type"] == "http.disconnect":
                return
            body += message.get("body", b"")
            more = message.get("more_body", False)
            if len(body) > self.max_bytes:
                await self._refuse(receive, send, received=len(body) if more else None)
                return
            if not more:
                break
        replayed = False

        async def replay() -> Message:
            nonlocal replayed
            if replayed:  # the body is spent: what comes next is the client going away
                return await receive()
            replayed = True
            return {"type": "http.request", "body": bytes(body), "more_body": False}

        await self.app(scope, replay, send)

    async def _refuse(self, receive: Receive, send: Send, *, received: int | None) -> None:
        """The 413, once the rest of the body is read and dropped (``received``: how much of it
        has come so far; None: all of it)."""
        while received is not None and received <= DRAIN_FACTOR * self.max_bytes:
            message = await receive()
            if message["type"] == "http.disconnect":
                return
            received = received + len(message.get("body", b"")) if message.get("more_body", False) else None
        await send_json(send, 413, f"the request is over the server's {self.max_bytes / 1e6:g} MB limit "
                        "(its --max-size)")


async def send_json(send: Send, status: int, message: str) -> None:
    body = json.dumps({"error": message}).encode()
    headers: list[Any] = [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode()),
                          (b"connection", b"close")]
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": body})
