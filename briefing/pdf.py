"""HTML → PDF through WeasyPrint, confined to the template's own files.

WeasyPrint is imported here only, when a PDF is asked for: it costs about a second. What a
rendered document may load is the template's folder, nothing else: no network, no file:///etc,
and no attachments. Fonts come from the system through fontconfig.
"""

from __future__ import annotations

import hashlib
from functools import lru_cache
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

from .errors import DependencyError
from .templating import inside


def write_pdf(html: str, *, variant: str, base_dir: Path) -> bytes:
    """The PDF of ``html``, which may load files under ``base_dir`` only."""
    weasyprint = _weasyprint()
    document = weasyprint.HTML(
        string=html, base_url=base_dir.as_uri() + "/", url_fetcher=confined_fetcher(base_dir)
    ).render(font_config=_font_config())
    document.metadata.attachments = []  # a template may not smuggle files into the PDF
    # The identifier is derived from the content, so equal inputs give equal bytes.
    identifier = hashlib.md5(html.encode(), usedforsecurity=False).hexdigest().encode()
    pdf: bytes = document.write_pdf(
        pdf_variant=variant,
        pdf_identifier=identifier,
        uncompressed_pdf=False,
    )
    return pdf


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
    return inside(Path(unquote(parts.path)).resolve(), root)


@lru_cache(maxsize=1)
def _font_config() -> Any:
    """One font configuration per process: batches reuse it instead of rebuilding it per note."""
    from weasyprint.text.fonts import FontConfiguration

    return FontConfiguration()


def _weasyprint() -> Any:
    try:
        import weasyprint
    except OSError as error:  # Pango, GObject or HarfBuzz missing: WeasyPrint cannot load them
        raise DependencyError(
            f"WeasyPrint cannot load a system library ({error}). Install Pango "
            "(Debian/Ubuntu: apt install libpango-1.0-0 libpangoft2-1.0-0; macOS: brew install pango), "
            "or use --format html, md or json."
        ) from None
    except ImportError as error:
        raise DependencyError(f"WeasyPrint is not installed ({error}): pip install weasyprint") from None
    return weasyprint
