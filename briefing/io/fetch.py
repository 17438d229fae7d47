"""Fetching an article from an http(s) URL: one deadline for the whole fetch, a size cap, at most
five redirects and only to http(s), and one clear line for whatever a URL or a server gets wrong.

The standard library's http.client does the talking. A timer shuts the connection's socket down
at the deadline, so a server that sends one byte a second is cut off at the deadline too (a socket
timeout alone limits each read, not the whole). What a server says in its own words (a reason
phrase, a Location) is shown only cleaned of control characters and shortened.
"""

from __future__ import annotations

import contextlib
import http.client
import socket
import ssl
import threading
import time
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass, replace
from urllib.parse import quote, urljoin, urlsplit

from briefing._version import __version__
from briefing.errors import InputError, printable
from briefing.io.addresses import Policy, connect_public, is_public, public_addresses

FETCH_TIMEOUT = 15.0  # seconds for the whole fetch: connecting, redirects, headers and body
MAX_REDIRECTS = 5
REDIRECTS = (301, 302, 303, 307, 308)
CHUNK_BYTES = 1 << 16
SERVER_TEXT = 80  # characters of a server's own words shown in a message
# What may stay as it is in a request's path and query; everything else is percent-encoded, as a
# browser does with the spaces and accented letters people paste.
_PATH_SAFE = "/%:@!$&'()*+,;=-._~"
_QUERY_SAFE = _PATH_SAFE + "?"


@dataclass(frozen=True)
class Page:
    data: bytes
    media_type: str | None  # from the Content-Type, e.g. "text/html"; None when the server gave none
    charset: str | None = None  # the Content-Type's charset, e.g. "windows-1252"
    url: str | None = None  # where it was found at last, redirects followed


def is_url(name: str) -> bool:
    return name.lower().startswith(("http://", "https://"))


def too_large(source: str, size: int | None, max_bytes: int) -> InputError:
    """The one message for an input over --max-size, with its size when it is known up front."""
    known = f"is {amount(size, exact=False)}, over" if size is not None else "is over"
    return InputError(f"{known} the {amount(max_bytes)} limit (raise it with --max-size)", source=source)


def amount(size: float, *, exact: bool = True) -> str:
    """A number of bytes as people say it: in MB from 0.1 MB, else in KB, else in bytes; a
    limit (``exact``) without trailing zeros ("10 MB"), a size to one decimal ("10.4 MB")."""
    if size < 1000:
        return f"{size:,.0f} bytes"
    if size < 100_000:
        return f"{size / 1000:g} KB" if exact else f"{size / 1000:.1f} KB"
    return f"{size / 1e6:g} MB" if exact else f"{size / 1e6:.1f} MB"


def fetch(
    url: str, *, max_bytes: int, timeout: float = FETCH_TIMEOUT, public_only: bool = False, allowed: Policy = is_public
) -> Page:
    """The page at ``url``, fetched within ``timeout`` seconds in all, redirects included.
    ``public_only``: every host on the way must be at an ``allowed`` address, public ones by
    default (addresses.py)."""
    deadline = time.monotonic() + timeout
    current = url
    for _ in range(MAX_REDIRECTS + 1):
        answer = _get(current, source=url, max_bytes=max_bytes, deadline=deadline, timeout=timeout,
                      allowed=allowed if public_only else None)
        if isinstance(answer, Page):
            return replace(answer, url=current)
        current = answer
    raise InputError(f"more than {MAX_REDIRECTS} redirects", source=url)


def _get(
    url: str, *, source: str, max_bytes: int, deadline: float, timeout: float, allowed: Policy | None
) -> Page | str:
    """One request: the page, or the URL a redirect leads to."""
    https, host, port, target = _parts(url, source)
    proxy = _proxy(url, host)
    remaining = max(deadline - time.monotonic(), 0.001)
    if proxy is None:
        connection: http.client.HTTPConnection = (
            http.client.HTTPSConnection(host, port, timeout=remaining, context=ssl.create_default_context())
            if https else http.client.HTTPConnection(host, port, timeout=remaining))
        if allowed is not None:  # connect to the address checked, not to whatever the name resolves to next
            connection._create_connection = _public_connector(source, allowed)  # type: ignore[attr-defined]
    else:  # through the proxy the environment names, as urllib would
        if allowed is not None:  # the proxy resolves the name itself: check what it resolves to here
            try:
                public_addresses(host, port or (443 if https else 80), source=source, allowed=allowed)
            except OSError as error:
                raise InputError(_failure(error), source=source) from None
        proxy_https, proxy_host, proxy_port, _ = _parts(proxy, source)
        connection = (http.client.HTTPSConnection(proxy_host, proxy_port, timeout=remaining)
                      if proxy_https else http.client.HTTPConnection(proxy_host, proxy_port, timeout=remaining))
        if https:
            connection.set_tunnel(host, port)
        else:
            target = f"http://{f'[{host}]' if ':' in host else host}{f':{port}' if port else ''}{target}"
    with _Deadline(remaining) as deadline_timer:
        try:
            connection.connect()
            deadline_timer.watch(connection.sock)
            connection.request("GET", target, headers={
                "User-Agent": f"briefing/{__version__}",
                "Accept": "text/html,application/xhtml+xml,text/markdown,text/plain;q=0.9,*/*;q=0.1",
                "Accept-Encoding": "identity",
            })
            answer = _answer(connection.getresponse(), url=url, source=source, max_bytes=max_bytes)
        except (OSError, http.client.HTTPException) as error:
            late = deadline_timer.passed.is_set() or isinstance(error, TimeoutError)
            raise InputError(_late(timeout) if late else _failure(error), source=source) from None
        finally:
            connection.close()
    if deadline_timer.passed.is_set():  # cut at the deadline, the answer may only look complete
        raise InputError(_late(timeout), source=source)
    return answer


def _public_connector(source: str, allowed: Policy) -> Callable[..., socket.socket]:
    """http.client's way of opening a connection, made to a checked address only."""
    def create(address: tuple[str, int], timeout: float | None = None, *_: object) -> socket.socket:
        return connect_public(address[0], address[1], timeout, source=source, allowed=allowed)

    return create


def _late(timeout: float) -> str:
    return f"no complete answer within {timeout:g} seconds"


def _answer(response: http.client.HTTPResponse, *, url: str, source: str, max_bytes: int) -> Page | str:
    status = response.status
    if status in REDIRECTS:
        location = (response.getheader("Location") or "").strip()
        if not location:
            raise InputError(f"the server answered {status} without saying where to", source=source)
        try:
            target = urljoin(url, location)
        except ValueError:  # "http://[::1": urljoin checks brackets
            raise InputError(f"redirected to {printable(location, SERVER_TEXT)}, which is not a valid URL",
                             source=source) from None
        if not is_url(target):
            shown = printable(target, SERVER_TEXT)
            raise InputError(f"redirected to {shown}, which is not an http(s) address", source=source)
        return target
    if not 200 <= status < 300:
        raise InputError(f"the server answered {status} {printable(response.reason, SERVER_TEXT)}", source=source)
    length = response.getheader("Content-Length", "")
    if length.isdigit() and int(length) > max_bytes:
        raise too_large(source, int(length), max_bytes)
    chunks, total = [], 0
    while chunk := response.read1(CHUNK_BYTES):  # returns what has come, however little
        chunks.append(chunk)
        total += len(chunk)
        if total > max_bytes:
            raise too_large(source, None, max_bytes)
    if response.length:  # the connection ended before the Content-Length was sent
        raise http.client.IncompleteRead(b"".join(chunks), response.length)
    if "Content-Type" not in response.headers:  # no media type: the content will tell
        return Page(b"".join(chunks), None)
    return Page(b"".join(chunks), response.headers.get_content_type(), response.headers.get_content_charset())


def _parts(url: str, source: str) -> tuple[bool, str, int | None, str]:
    """Whether ``url`` is https, its host (IDNA-encoded), port and request target (path and query
    percent-encoded where they hold spaces or other characters a request line cannot)."""
    try:
        parts = urlsplit(url)
        port = parts.port
        host = (parts.hostname or "").encode("idna").decode("ascii")
    except (ValueError, UnicodeError) as error:
        raise InputError(f"not a valid URL: {printable(str(error), SERVER_TEXT)}", source=source) from None
    if parts.scheme.lower() not in ("http", "https") or not host:
        raise InputError("not a valid URL: an http(s) address with a host is needed", source=source)
    target = quote(parts.path or "/", safe=_PATH_SAFE)
    if parts.query:
        target += "?" + quote(parts.query, safe=_QUERY_SAFE)
    return parts.scheme.lower() == "https", host, port, target


def _proxy(url: str, host: str) -> str | None:
    proxy = urllib.request.getproxies().get(urlsplit(url).scheme.lower())
    return proxy if proxy and not urllib.request.proxy_bypass(host) else None


class _Deadline:
    """A timer that at the deadline shuts the connection's socket down, which ends any read or
    write it is blocked in, and remembers that it did."""

    def __init__(self, seconds: float) -> None:
        self.passed = threading.Event()
        self._socket: socket.socket | None = None
        self._lock = threading.Lock()
        self._timer = threading.Timer(seconds, self._cut)
        self._timer.daemon = True

    def watch(self, sock: socket.socket | None) -> None:
        """The connection's socket, once connected (the connection lets go of it when the
        response is read to the end)."""
        with self._lock:
            self._socket = sock
        if self.passed.is_set():
            self._cut()

    def _cut(self) -> None:
        with self._lock:
            self.passed.set()
            if self._socket is not None:
                with contextlib.suppress(OSError):
                    self._socket.shutdown(socket.SHUT_RDWR)

    def __enter__(self) -> _Deadline:
        self._timer.start()
        return self

    def __exit__(self, *exception: object) -> None:
        self._timer.cancel()


_FAILURES: tuple[tuple[type[Exception], str], ...] = (
    (http.client.RemoteDisconnected, "the server closed the connection without answering"),
    (http.client.IncompleteRead, "the server's answer broke off (a short body or broken chunked encoding)"),
    (http.client.LineTooLong, "the server's answer has a header line over 64 KB"),
    (http.client.BadStatusLine, "the server's answer is not HTTP/1.x (no valid status line)"),
    (http.client.UnknownProtocol, "the server's answer is not HTTP/1.x (no valid status line)"),
    (http.client.InvalidURL, "not a valid URL"),
)


def _failure(error: OSError | http.client.HTTPException) -> str:
    """One line for what went wrong, the server's own words cleaned and shortened."""
    known = next((message for kind, message in _FAILURES if isinstance(error, kind)), None)
    if known is not None:
        return known
    if isinstance(error, http.client.HTTPException):  # e.g. "got more than 100 headers"
        return f"the server's answer is malformed: {printable(str(error), SERVER_TEXT)}"
    if isinstance(error, ssl.SSLCertVerificationError):
        return f"cannot fetch: the certificate is not valid ({printable(error.verify_message or '', SERVER_TEXT)})"
    return f"cannot fetch: {printable(error.strerror or str(error) or type(error).__name__, SERVER_TEXT)}"
