"""HTML that travels alone and loads nothing: a template's own stylesheets, images and CSS
``url()`` files are inlined; every other reference is dropped.

The rendered page is read with the standard library's HTML parser and written back token by
token: text, comments and the tags we keep are copied as they were. Dropped: frames, objects,
embeds, media, scripts with a source, ``<base>``, refresh redirects, a link's ``ping``, and any
resource outside the template's folder, ``@import`` included. A Content-Security-Policy that allows
inline styles and ``data:`` only, and no form to be sent, is the last line of defence, should
anything slip through.
"""

from __future__ import annotations

import base64
import mimetypes
import re
from html import escape
from html.parser import HTMLParser
from pathlib import Path

from briefing.render.sandbox import inside

POLICY = (
    '<meta http-equiv="Content-Security-Policy" content="default-src \'none\'; '
    "style-src 'unsafe-inline'; img-src data:; font-src data:; media-src data:; form-action 'none'\">"
)
DROPPED = frozenset({"iframe", "frame", "frameset", "object", "applet", "audio", "video", "portal", "noembed"})
DROPPED_EMPTY = frozenset({"embed", "base", "source", "track", "param"})
RESOURCE_ATTRIBUTES = frozenset({"src", "srcset", "poster", "background", "data", "xlink:href", "lowsrc", "dynsrc"})
# A link's ping (and attributionsrc) is a request sent on a click, which no CSP directive covers
DROPPED_ATTRIBUTES = frozenset({"ping", "attributionsrc"})
IMPORT_DEPTH = 4  # stylesheets importing stylesheets: deeper than this is dropped
_CSS_URL = re.compile(r"""url\(\s*(?:"([^"]*)"|'([^']*)'|([^)\s"']*))\s*\)""", re.IGNORECASE)
_CSS_IMPORT = re.compile(
    r"""@import\s+(?:url\(\s*)?(?:"([^"]*)"|'([^']*)'|([^)\s"';]+))\s*\)?([^;]*);?""", re.IGNORECASE
)


def self_contained(html: str, folder: Path) -> str:
    """``html`` with its resources inlined from ``folder`` and nothing else referenced."""
    rewriter = _Rewriter(folder.resolve())
    rewriter.feed(html)
    rewriter.close()
    text = "".join(rewriter.out)
    if rewriter.policy_written:
        return text
    doctype = re.match(r"\s*<!doctype[^>]*>", text, re.IGNORECASE)  # a page without <head>
    at = doctype.end() if doctype else 0
    return f"{text[:at]}{POLICY}{text[at:]}"


def inline_css(css: str, folder: Path, depth: int = 0) -> str:
    """CSS with its ``@import``s and ``url()``s inlined from ``folder``, the rest dropped."""

    def imported(match: re.Match[str]) -> str:
        path = _local(next(group for group in match.groups()[:3] if group is not None), folder)
        if path is None or depth >= IMPORT_DEPTH:
            return ""
        media = match.group(4).strip()
        body = inline_css(path.read_text(encoding="utf-8", errors="replace"), path.parent, depth + 1)
        return f"@media {media} {{\n{body}\n}}" if media else body

    def url(match: re.Match[str]) -> str:
        reference = next(group for group in match.groups() if group is not None)
        if reference.startswith("data:"):
            return match.group(0)
        path = _local(reference, folder)
        return f'url("{_data_uri(path)}")' if path else "none"

    return _CSS_URL.sub(url, _CSS_IMPORT.sub(imported, css))


def _local(reference: str, folder: Path) -> Path | None:
    """The file a reference names inside ``folder``, if that is what it names."""
    reference = reference.strip().split("#")[0].split("?")[0]
    if not reference or ":" in reference or reference.startswith(("/", "\\")):
        return None
    path = (folder / reference).resolve()
    return path if inside(path, folder) and path.is_file() else None


def _data_uri(path: Path) -> str:
    kind = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
    return f"data:{kind};base64,{base64.b64encode(path.read_bytes()).decode()}"


class _Rewriter(HTMLParser):
    def __init__(self, folder: Path) -> None:
        super().__init__(convert_charrefs=False)
        self.folder = folder
        self.out: list[str] = []
        self.skipping: list[str] = []  # the dropped element we are inside, and its nesting
        self.in_style = False
        self.policy_written = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._start(tag, attrs, closed=False)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._start(tag, attrs, closed=True)

    def _start(self, tag: str, attrs: list[tuple[str, str | None]], *, closed: bool) -> None:
        if self.skipping:
            if tag == self.skipping[0] and not closed:
                self.skipping.append(tag)
            return
        values = dict(attrs)
        drop = tag in DROPPED or (tag == "script" and values.get("src") is not None)
        reference = values.get("href") or values.get("xlink:href") or ""
        drop |= tag in ("image", "feimage", "use") and self._inlined(reference) is None
        if drop:
            if not closed:
                self.skipping.append(tag)
            return
        if tag in DROPPED_EMPTY or (tag == "meta" and (values.get("http-equiv") or "").lower() == "refresh"):
            return
        if tag == "link":  # a stylesheet of the template's own is inlined; any other link goes
            path = _local(values.get("href") or "", self.folder)
            if path is not None and "stylesheet" in (values.get("rel") or "").lower().split():
                self.out.append(f"<style>\n{inline_css(path.read_text(encoding='utf-8'), path.parent)}\n</style>")
            return
        self.out.append(self._tag(tag, attrs, closed))
        if tag == "head":
            self.out.append(POLICY)
            self.policy_written = True
        self.in_style = tag == "style" and not closed

    def _inlined(self, reference: str) -> str | None:
        """A reference as a data: URI, if it names a file of the template's own."""
        if reference.startswith("data:"):
            return reference
        path = _local(reference, self.folder)
        return _data_uri(path) if path else None

    def _tag(self, tag: str, attrs: list[tuple[str, str | None]], closed: bool) -> str:
        kept = []
        for name, value in attrs:
            if name in DROPPED_ATTRIBUTES:
                continue
            if value is None:
                kept.append(name)
                continue
            if name == "style":
                written: str | None = inline_css(value, self.folder)
            elif name in RESOURCE_ATTRIBUTES or (name == "href" and tag in ("image", "use")):
                written = self._inlined(value)
            else:
                written = value
            if written is not None:
                kept.append(f'{name}="{escape(written, quote=True)}"')
        return f"<{' '.join([tag, *kept])}{' /' if closed else ''}>"

    def handle_endtag(self, tag: str) -> None:
        if self.skipping:
            if tag == self.skipping[0]:
                self.skipping.pop()
            return
        if tag in DROPPED_EMPTY or tag == "link":
            return
        self.in_style = False
        self.out.append(f"</{tag}>")

    def handle_data(self, data: str) -> None:
        if not self.skipping:
            self.out.append(inline_css(data, self.folder) if self.in_style else data)

    def handle_entityref(self, name: str) -> None:
        if not self.skipping:
            self.out.append(f"&{name};")

    def handle_charref(self, name: str) -> None:
        if not self.skipping:
            self.out.append(f"&#{name};")

    def handle_comment(self, data: str) -> None:
        if not self.skipping:
            self.out.append(f"<!--{data}-->")

    def handle_decl(self, decl: str) -> None:
        self.out.append(f"<!{decl}>")

    def handle_pi(self, data: str) -> None:
        self.out.append(f"<?{data}>")

    def unknown_decl(self, data: str) -> None:
        self.out.append(f"<![{data}]>")
