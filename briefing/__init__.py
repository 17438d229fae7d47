"""briefing: turn a news article into a one-page briefing note, offline and extractively.

    >>> import briefing
    >>> note = briefing.brief_file("examples/article.txt", briefing.BriefOptions(sentences=2))
    >>> pdf_bytes = briefing.render(note, "pdf")
"""

from briefing import _early  # noqa: F401  (first: the command's stop signals while the rest loads)

# isort: split
# Next the tables, which register the names of their choices (and the readers of --since and of a
# file:// output folder) with options.py before any settings are made: config.DEFAULTS is the first.
from briefing.io import remote as _remote  # noqa: F401
from briefing.read import input_types as _input_types  # noqa: F401
from briefing.render import formats as _formats  # noqa: F401
from briefing.run import since as _since  # noqa: F401
from briefing.summarize import methods as _methods  # noqa: F401
from briefing.text import languages as _languages  # noqa: F401

# isort: split
from briefing._version import __version__
from briefing.config import DEFAULTS, load_settings
from briefing.digest.make import Digest, Story, make_digest
from briefing.errors import BriefingError, DependencyError, InputError, OutputError, UsageError
from briefing.model import Article, Briefing, Sentence, Stats
from briefing.options import BriefOptions, DigestOptions, RecurringOptions, RenderOptions, RunOptions, Settings
from briefing.read.input_types import parse_article
from briefing.read.sources import read_article
from briefing.render.formats import render, render_digest
from briefing.render.json_output import to_dict
from briefing.run.runner import RunReport, run_inputs
from briefing.summarize.pipeline import brief_file, make_briefing

__all__ = [
    "DEFAULTS", "Article", "BriefOptions", "Briefing", "BriefingError", "DependencyError", "Digest",
    "DigestOptions", "InputError", "OutputError", "RecurringOptions", "RenderOptions", "RunOptions", "RunReport",
    "Sentence",
    "Settings", "Stats", "Story", "UsageError", "__version__", "brief_file", "load_settings",
    "make_briefing", "make_digest", "parse_article", "read_article", "render", "render_digest", "run_inputs",
    "to_dict",
]
