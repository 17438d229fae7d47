"""What a rendered document may load: the template's own files, nothing else.

Article text is autoescaped, so it never becomes markup; this fetcher is the second wall. It
refuses every URL that is not a file inside the template's folder: no network, no file:///etc.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit


def confined_fetcher(folder: Path) -> Any:
    from weasyprint.urls import URLFetcher

    root = folder.resolve()

    class ConfinedFetcher(URLFetcher):
        def fetch(self, url: str, headers: Any = None) -> Any:
            if not is_inside(url, root):
                raise ValueError(f"briefing loads only the template's own files, not {url}")
            return super().fetch(url, headers)

    return ConfinedFetcher(allowed_protocols=("file",), allow_redirects=False)


def is_inside(url: str, root: Path) -> bool:
    """Whether ``url`` is a file: URL naming a file under ``root`` (links resolved)."""
    parts = urlsplit(url)
    if parts.scheme != "file" or parts.netloc not in ("", "localhost"):
        return False
    path = Path(unquote(parts.path)).resolve()
    return path == root or root in path.parents
