"""One page, guaranteed where it can be: lay the note out, count its pages, and if it runs over,
fit it in steps (tighter spacing, a more compact source block, then fewer key facts) until it
fits. What cannot fit (a brief of ten long sentences) keeps everything, and the caller says how
many pages it takes. The appendix comes after the note and does not count.

No layout engine here: the caller passes a function that lays the note out for a ``Fit``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Generic, TypeVar

Layout = TypeVar("Layout")


@dataclass(frozen=True)
class Fit:
    """How hard the note is squeezed; templates receive it as ``fit``."""

    tight: bool = False  # tighter spacing and slightly smaller type
    compact: bool = False  # the source block on fewer lines
    facts: int | None = None  # at most this many key facts (None: all)

    @property
    def classes(self) -> str:
        return " ".join(name for name, on in (("tight", self.tight), ("compact", self.compact)) if on)


@dataclass(frozen=True)
class Fitted(Generic[Layout]):
    layout: Layout
    fit: Fit
    pages: int  # the note's pages, the appendix not counted


def fit_to_page(
    lay_out: Callable[[Fit, bool], tuple[Layout, int]], *, facts: int, appendix: bool
) -> Fitted[Layout]:
    """The first layout whose note takes one page. ``lay_out(fit, complete)`` returns a layout and
    its note's page count; with an appendix, steps are tried with a light one (``complete`` false:
    the quoted sentences only, so that every link has its target) and the complete document is
    laid out once, for the step chosen."""

    def trial(fit: Fit) -> Fitted[Layout] | None:
        attempt, count = lay_out(fit, not appendix)
        return Fitted(attempt, fit, count) if count <= 1 else None

    tightest = Fit(tight=True, compact=True)
    found = trial(Fit()) or trial(Fit(tight=True)) or trial(tightest)
    if found is None and facts > 1:
        found = _fewest_facts_dropped(trial, tightest, facts)
    chosen = found.fit if found else tightest  # nothing fits: keep every fact, in the tightest layout
    if found is None or appendix:
        layout, pages = lay_out(chosen, True)
        return Fitted(layout, chosen, pages)
    return found


def _fewest_facts_dropped(
    trial: Callable[[Fit], Fitted[Layout] | None], tightest: Fit, facts: int
) -> Fitted[Layout] | None:
    """The layout with the most facts (fewer than ``facts``, at least one) that fits: a binary
    search, since fewer facts never take more room."""
    best = trial(Fit(tight=True, compact=True, facts=1))
    if best is None:
        return None
    low, high = 1, facts - 1  # low fits; is there more?
    while low < high:
        middle = (low + high + 1) // 2
        attempt = trial(Fit(tightest.tight, tightest.compact, facts=middle))
        if attempt is None:
            high = middle - 1
        else:
            low, best = middle, attempt
    return best
