"""The sandbox every template renders in: Jinja's SandboxedEnvironment, which also refuses a
repeat or a power too large to hold, loading templates from one folder only."""

from __future__ import annotations

import os
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path
from typing import Any

import jinja2
from jinja2.exceptions import SecurityError
from jinja2.loaders import split_template_path
from jinja2.sandbox import SandboxedEnvironment

from briefing.errors import UsageError
from briefing.render.markup import breakable, css_string, markdown_escape, quote, quote_markdown

# A note with --appendix of a 10 MB article is about 20 million characters of HTML
MAX_NOTE_CHARS = 40_000_000
MAX_POWER = 1000  # 10 ** 1000 is a number of a thousand digits


def inside(path: Path, root: Path) -> bool:
    """Whether ``path`` is ``root`` or lies under it (links resolved)."""
    root = root.resolve()
    return path == root or root in path.parents


class ConfinedLoader(jinja2.BaseLoader):
    """Templates from one folder only: a name that resolves outside it (``..``, an absolute path,
    a symlink out) is not found; a file that is not UTF-8 text is refused."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder.resolve()

    def get_source(self, environment: jinja2.Environment, template: str) -> tuple[str, str, Callable[[], bool]]:
        path = self.folder.joinpath(*split_template_path(template))
        resolved = path.resolve()
        if not inside(resolved, self.folder) or not resolved.is_file():
            raise jinja2.TemplateNotFound(template)
        try:
            data = resolved.read_bytes()
            if b"\0" in data:
                raise UnicodeDecodeError("utf-8", data, data.index(b"\0"), data.index(b"\0") + 1, "NUL byte")
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            raise UsageError(f"template {template!r} is not a UTF-8 text file") from None
        except OSError as error:
            raise UsageError(f"cannot read template {template!r}: {error.strerror}") from None
        mtime = os.path.getmtime(resolved)
        return text, str(path), lambda: resolved.is_file() and os.path.getmtime(resolved) == mtime


class NoteSandbox(SandboxedEnvironment):
    """Jinja's sandbox, which also refuses a repeat or a power too large to hold. Intercepted
    operators are not folded when the template compiles: ``{{ "x" * 10**9 }}`` is refused when it
    renders, in the child process that renders a user's template (confined.py), not built first."""

    intercepted_binops = frozenset({"*", "**"})

    def call_binop(self, context: jinja2.runtime.Context, operator: str, left: Any, right: Any) -> Any:
        sized, count = (left, right) if isinstance(right, int) else (right, left)
        if operator == "*" and isinstance(count, int) and isinstance(sized, str | list | tuple) and (
            len(sized) * count > MAX_NOTE_CHARS
        ):
            raise SecurityError(f"a repeat of {len(sized) * count:,} items is longer than any note")
        if operator == "**" and isinstance(right, int) and abs(right) > MAX_POWER and left not in (0, 1, -1):
            raise SecurityError(f"a power of {right:,} is larger than any note needs")
        return super().call_binop(context, operator, left, right)


@lru_cache(maxsize=16)
def sandboxed_environment(folder: Path, *, markdown: bool = False) -> jinja2.Environment:
    environment = NoteSandbox(
        loader=ConfinedLoader(folder),
        autoescape=not markdown,  # Markdown escapes through its own filter, |md
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    environment.filters.update(
        md=markdown_escape, quote_md=quote_markdown, quote=quote, breakable=breakable, css=css_string
    )
    return environment
