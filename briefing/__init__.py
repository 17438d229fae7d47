"""briefing: turn a news article into a one-page briefing note, offline and extractively.

    >>> import briefing
    >>> note = briefing.brief_file("examples/article.txt", briefing.BriefOptions(sentences=2))
    >>> pdf_bytes = briefing.render(note, "pdf")
"""

from . import _early  # noqa: F401  (first: the command's stop signals while the rest loads)
from ._version import __version__
from .config import DEFAULTS, load_settings
from .digest import Digest, Story, make_digest
from .errors import BriefingError, DependencyError, InputError, OutputError, UsageError
from .inputs import parse_article
from .json_output import to_dict
from .model import Article, Briefing, Sentence, Stats
from .options import BriefOptions, DigestOptions, RecurringOptions, RenderOptions, RunOptions, Settings
from .outputs import render, render_digest
from .pipeline import brief_file, make_briefing
from .reading import read_article

__all__ = [
    "DEFAULTS", "Article", "BriefOptions", "Briefing", "BriefingError", "DependencyError", "Digest",
    "DigestOptions", "InputError", "OutputError", "RecurringOptions", "RenderOptions", "RunOptions", "Sentence",
    "Settings", "Stats", "Story", "UsageError", "__version__", "brief_file", "load_settings",
    "make_briefing", "make_digest", "parse_article", "read_article", "render", "render_digest",
    "to_dict",
]
