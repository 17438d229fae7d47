"""Settings: every option's default, defined once, and checked when it is made.

- BriefOptions: what to brief (length, facts, method, language, title); read by the pipeline and
  carried by every Briefing, since it describes the note.
- RenderOptions: how to render (paper, PDF variant, appendix, template, author); read by the
  renderers.
- RunOptions: what to read and where to write (format, output folder, input format, size cap,
  workers, a Dask cluster); read by reading, the batch, writing and the cluster runner.
- DigestOptions: whether all inputs make one digest, and how its stories are formed and shown.
- RecurringOptions: what a run repeated each morning leaves out and keeps.

This package is a leaf of the import graph: it imports nothing of briefing but its errors. The
tables of the layers above register the names of their choices here (checks.py).
"""

from briefing.options.checks import (
    PAPERS,
    PDF_VARIANTS,
    choice_names,
    register_choices,
    register_conversion,
)
from briefing.options.groups import (
    GROUPS,
    HELP_GROUPS,
    LENGTH_KEYS,
    MAX_FACTS,
    SETTING_NAMES,
    BriefOptions,
    DigestOptions,
    RecurringOptions,
    RenderOptions,
    RunOptions,
    Settings,
)

__all__ = [
    "GROUPS", "HELP_GROUPS", "LENGTH_KEYS", "MAX_FACTS", "PAPERS", "PDF_VARIANTS", "SETTING_NAMES", "BriefOptions",
    "DigestOptions", "RecurringOptions", "RenderOptions", "RunOptions", "Settings", "choice_names",
    "register_choices", "register_conversion",
]
