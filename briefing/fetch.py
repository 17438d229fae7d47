"""Fetching an article from an http(s) URL, with a timeout and a size cap."""

from __future__ import annotations

import urllib.error
import urllib.request
from dataclasses import dataclass

from ._version import __version__
from .errors import InputError

FETCH_TIMEOUT = 15.0  # seconds for a URL to answer


@dataclass(frozen=True)
class Page:
    data: bytes
    media_type: str | None  # from the Content-Type, e.g. "text/html"


def is_url(name: str) -> bool:
    return name.lower().startswith(("http://", "https://"))


def too_large(source: str, size: int | None, max_bytes: int) -> InputError:
    """The one message for an input over --max-size, with its size when it is known up front."""
    known = f"is {size / 1e6:.1f} MB, over" if size is not None else "is over"
    return InputError(f"{known} the {max_bytes / 1e6:g} MB limit (raise it with --max-size)", source=source)


def fetch(url: str, *, max_bytes: int, timeout: float = FETCH_TIMEOUT) -> Page:
    """The page at ``url``, with a timeout and a size cap."""
    request = urllib.request.Request(url, headers={"User-Agent": f"briefing/{__version__}"})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            length = response.headers.get("Content-Length")
            if length and length.isdigit() and int(length) > max_bytes:
                raise too_large(url, int(length), max_bytes)
            data = response.read(max_bytes + 1)
            media_type = response.headers.get_content_type()
    except urllib.error.HTTPError as error:
        raise InputError(f"the server answered {error.code} {error.reason}", source=url) from None
    except urllib.error.URLError as error:
        reason = getattr(error.reason, "strerror", None) or str(error.reason)
        raise InputError(f"cannot fetch: {reason}", source=url) from None
    except TimeoutError:
        raise InputError(f"no answer within {timeout:g} seconds", source=url) from None
    except OSError as error:
        raise InputError(f"cannot fetch: {error.strerror or error}", source=url) from None
    return Page(data, media_type)
