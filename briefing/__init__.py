"""briefing: turn a news article into a one-page briefing note, offline and extractively.

    >>> import briefing
    >>> note = briefing.brief_file("examples/article.txt", briefing.Settings(sentences=2))
    >>> pdf_bytes = briefing.render(note, "pdf")
"""

__version__ = "0.1.0"

from .config import DEFAULTS, Settings, load_settings  # noqa: E402
from .errors import BriefingError, DependencyError, InputError, OutputError, UsageError  # noqa: E402
from .model import Article, Briefing, Sentence, Stats  # noqa: E402
from .pipeline import brief_file, make_briefing  # noqa: E402
from .reading import parse_article, read_article  # noqa: E402
from .render import render, to_dict  # noqa: E402

__all__ = [
    "DEFAULTS", "Article", "Briefing", "BriefingError", "DependencyError", "InputError",
    "OutputError", "Sentence", "Settings", "Stats", "UsageError", "__version__", "brief_file",
    "load_settings", "make_briefing", "parse_article", "read_article", "render", "to_dict",
]
