"""``briefing serve``: its flags, the listening socket, and uvicorn running the app until Ctrl-C
or SIGTERM. Safe by default: it listens on 127.0.0.1 only, takes request bodies up to
--max-size, and fetches URLs only from public addresses."""

from __future__ import annotations

import argparse
import logging
import socket
import sys
from importlib.util import find_spec
from pathlib import Path
from typing import NoReturn

from briefing.config import DEFAULTS, load_settings
from briefing.errors import ExitStatus, UsageError
from briefing.options import Settings
from briefing.run.console import Console

ACCESS_LOG = "briefing.web.access"
MISSING_EXTRA = "serve needs the web extra (Starlette, uvicorn): pip install 'briefing[web]'"
WEB_PACKAGES = ("starlette", "uvicorn", "multipart")


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        raise UsageError(f"serve: {message} (see briefing serve --help)")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="briefing serve", add_help=False,
                     description="Serve a page to make notes in the browser, and an HTTP API "
                     "(POST /api/brief, POST /api/digest; described at /openapi.json).")
    parser.add_argument("--host", default="127.0.0.1",
                        help="the address to listen on (default 127.0.0.1: this machine only; 0.0.0.0: every network)")
    parser.add_argument("--port", type=int, default=8000, help="the port to listen on (default 8000; 0: any free one)")
    parser.add_argument("--max-size", type=float, metavar="MB",
                        help=f"refuse request bodies and fetched pages larger than this "
                        f"(default {DEFAULTS.run.max_size:g} MB)")
    parser.add_argument("--workers", type=int, metavar="N",
                        help="worker processes that brief (default: the number of CPUs)")
    parser.add_argument("--allow-private-urls", action="store_true",
                        help="fetch URLs on loopback, private and link-local addresses too (default: public only)")
    parser.add_argument("--config", metavar="FILE", help="read the default settings from this TOML file")
    parser.add_argument("-h", "--help", action="store_true", help="show this help and exit")
    return parser


def serve(argv: list[str], console: Console) -> int:
    """Run the server until it is stopped; the exit code."""
    args = build_parser().parse_args(argv)
    if args.help:
        console.stdout.write(build_parser().format_help())
        return ExitStatus.OK
    missing = next((name for name in WEB_PACKAGES if find_spec(name) is None), None)
    if missing is not None:
        raise UsageError(MISSING_EXTRA)
    flags = {"max_size": args.max_size, "jobs": args.workers}
    settings = load_settings({key: value for key, value in flags.items() if value is not None},
                             config_path=Path(args.config) if args.config else None)
    if not 0 <= args.port <= 65535:
        raise UsageError(f"serve: --port must be from 0 to 65535, not {args.port}")
    listening = _bound(args.host, args.port)
    return _run(listening, settings, public_only=not args.allow_private_urls, console=console)


def _bound(host: str, port: int) -> socket.socket:
    """The listening socket, bound here so that a port in use is one line, and port 0 is told."""
    try:
        family = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)[0][0]
        listening = socket.socket(family, socket.SOCK_STREAM)
        listening.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        listening.bind((host, port))
        listening.listen(128)
    except OSError as error:
        raise UsageError(f"serve: cannot listen on {host}:{port}: {error.strerror or error}") from None
    return listening


def _run(listening: socket.socket, settings: Settings, *, public_only: bool, console: Console) -> int:
    import uvicorn  # the web extra's packages, found above

    from briefing.run.batch import default_jobs
    from briefing.web.app import ServerConfig, create_app

    config = ServerConfig(settings, processes=settings.run.jobs or default_jobs(), max_bytes=settings.run.max_bytes,
                          public_only=public_only)
    logging.basicConfig(level=logging.INFO, format="%(message)s", stream=sys.stderr)  # uvicorn's own lines
    access = logging.getLogger(ACCESS_LOG)  # below "briefing", whose warnings the console shows
    access.setLevel(logging.INFO)
    access.addHandler(logging.StreamHandler(console.stderr))
    access.propagate = False
    host, port = listening.getsockname()[:2]
    shown = f"[{host}]" if ":" in host else host
    console.say(f"serving http://{shown}:{port}/ ({config.processes} workers, "
                f"{'public URLs only' if public_only else 'private URLs allowed'}; Ctrl-C stops)")
    server = uvicorn.Server(uvicorn.Config(create_app(config), log_config=None, access_log=False,
                                           timeout_graceful_shutdown=5))
    server.run(sockets=[listening])
    return ExitStatus.OK if server.started else ExitStatus.ERROR
