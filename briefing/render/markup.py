"""Article text as safe markup for the note, and values as safe CSS strings.

Article text never becomes markup: ``quote`` finds what to pick out (figures) and where to let a
very long word break on the raw text, escapes every piece, and only then adds its own tags. The
sentence reads exactly as before in the PDF's text layer: tags add no characters.
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import pairwise

from markupsafe import Markup, escape

from briefing.text.languages.labels import labels_for

LONG_WORD = 30  # a word longer than this may break every CHUNK characters ...
CHUNK = 20  # ... since a layout engine breaks a long unbroken word in quadratic time
WORD_JOINER = "\u2060"
_URL_SEPARATORS = frozenset("/?&=-_.,;")
ATTACHED_SCALE_WORDS = frozenset({"m", "bn", "k"})  # £240m, $1.2bn: never "1.5 m" (metres)
# What CommonMark (and GitHub's strikethrough) would read as markup, where it would: a backslash,
# code, emphasis (an underscore only where it may open or close, not inside a word), brackets (a
# closing one too: inside the link text of a digest's entry it would end the link), a tag or an
# autolink, an entity; and, at a line's start, headings, list items,
# quotations and rules. Hyphens inside words and plain punctuation stay as they are.
_MARKDOWN_SPECIAL = re.compile(
    r"[\\`*~\[\]]|(?<![^\W_])_|_(?![^\W_])|<(?=[A-Za-z/!?])|&(?=#?[A-Za-z0-9]+;)")
_MARKDOWN_LINE_START = re.compile(r"^(\s*)(?:(\d{1,9})([.)])(?=\s|$)|(>|[-+=#](?=[\s\-+=#_*]|$)))")
_CURRENCY = "£$€¥₴₹"
CURRENCY_CODES = ("CHF", "USD", "EUR", "GBP", "JPY", "CNY", "AUD", "CAD", "NZD", "SEK", "NOK", "DKK", "PLN", "CZK",
                  "HUF", "INR", "HKD", "SGD", "ZAR", "THB", "TRY", "BRL", "MXN", "US\\$", "A\\$", "C\\$", "Rs\\.?")
# What a figure is counted in, bold with its number ("1.7 metres", "30bn baht"): symbols in every
# language, words in the languages whose records list them (Language.unit_words).
UNITS = ("km", "cm", "mm", "kg", "mg", "g", "t", "ha", "km²", "m²", "m³", "°C", "°F", "°", "mph", "km/h", "kWh",
         "MWh", "GWh", "TWh", "kW", "MW", "GW", "bbl", "ft", "lb")


def quote(text: str, *, figures: bool = False, language: str = "en", after: Markup | None = None) -> Markup:
    """``text`` as markup: escaped; figures in ``<strong class="figure">`` when asked; long words
    breakable with ``<wbr>``; and ``after`` (a link marker) glued to the last word by a word
    joiner, so that it never wraps onto a line of its own (the joiner is not in the text layer)."""
    spans = figure_spans(text, language) if figures else []
    marked = _markup(text, 0, len(text), spans)
    return marked + WORD_JOINER + after if after else marked


def quote_markdown(text: str, *, figures: bool = False, language: str = "en") -> str:
    """``text`` as literal Markdown (markdown_escape), its figures in bold when asked."""
    spans = figure_spans(text, language) if figures else []
    cuts = sorted({0, len(text)} | {point for span in spans for point in span})
    starts = {begin for begin, _ in spans}
    pieces = []
    for left, right in pairwise(cuts):
        piece = markdown_escape(text[left:right], line_start=left == 0)
        pieces.append(f"**{piece}**" if left in starts else piece)
    return "".join(pieces)


def markdown_escape(text: str, *, line_start: bool = True) -> str:
    """Article text as literal Markdown: no emphasis, links, headings, lists or HTML can come of
    it, and ordinary punctuation such as (brackets) stays as it is."""
    escaped = _MARKDOWN_SPECIAL.sub(lambda match: "\\" + match.group(), str(text))
    if not line_start:
        return escaped
    return _MARKDOWN_LINE_START.sub(_escape_line_start, escaped)


def _escape_line_start(match: re.Match[str]) -> str:
    spaces, number, closer, mark = match.groups()
    return f"{spaces}{number}\\{closer}" if number is not None else f"{spaces}\\{mark}"


def breakable(text: str) -> Markup:
    """Escaped ``text`` whose long words (URLs, codes) may break: for titles, bylines, links."""
    return _markup(text, 0, len(text), [])


def figure_spans(text: str, language: str = "en") -> list[tuple[int, int]]:
    """Where the figures are: amounts, percentages, counts, years and dates."""
    return [match.span() for match in _figure_pattern(language).finditer(text)]


def css_string(value: object) -> Markup:
    """A CSS string literal of ``value`` for a ``content:`` property: every character that is not
    plainly safe is escaped, so no value can end the string, the rule or the style element."""
    escaped = "".join(
        character if character.isascii() and (character.isalnum() or character in " .,:;!?()-") else
        f"\\{ord(character):x} "
        for character in str(value)
    )
    return Markup(f'"{escaped}"')


def _markup(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> Markup:
    breaks = set(_word_breaks(text, start, end))
    cuts = {start, end} | breaks | {point for span in spans for point in span if start < point < end}
    figure_starts = {begin for begin, _ in spans} | {start for begin, stop in spans if begin < start < stop}
    figure_ends = {stop for _, stop in spans} | {end for begin, stop in spans if begin < end < stop}
    pieces: list[str] = []
    ordered = sorted(cuts)
    for left, right in pairwise(ordered):
        if left in breaks:
            pieces.append("<wbr>")
        if left in figure_starts:
            pieces.append('<strong class="figure">')
        piece = text[left:right]
        if right in figure_starts and piece[-1:] == " ":
            # A <wbr> before the space that precedes a figure: without it WeasyPrint, finding the
            # figure too long for the line, breaks the text before it at its first chance, not its
            # last ("to prevent their / disclosure … on / 1 January").
            pieces.append(f"{escape(piece[:-1])}<wbr> ")
            continue
        pieces.append(str(escape(piece)))
        if right in figure_ends:
            pieces.append("</strong>")
    return Markup("".join(pieces))


def _word_breaks(text: str, start: int, end: int) -> list[int]:
    """Positions inside words longer than LONG_WORD where a line may break: after a URL's
    separators, and at least every CHUNK characters."""
    if end - start <= LONG_WORD:
        return []
    breaks: list[int] = []
    for word in re.finditer(rf"\S{{{LONG_WORD + 1},}}", text[start:end]):
        last = start + word.start()
        for position in range(last + 1, start + word.end()):
            if position - last >= CHUNK or (text[position - 1] in _URL_SEPARATORS and position - last >= 4):
                breaks.append(position)
                last = position
    return breaks


@lru_cache(maxsize=16)
def _figure_pattern(language: str) -> re.Pattern[str]:
    labels = labels_for(language)
    words = sorted(labels.scale_words, key=len, reverse=True)
    spaced = "|".join(re.escape(word) for word in words if word not in ATTACHED_SCALE_WORDS)
    attached = "|".join(re.escape(word) for word in words if word in ATTACHED_SCALE_WORDS)
    months = "|".join(re.escape(name) for name in labels.month_names())
    units = "|".join(re.escape(word) for word in sorted(UNITS + labels.unit_words, key=len, reverse=True))
    codes = "|".join(CURRENCY_CODES)
    # Thousands: 1,800 (and 1.800 or 1 800 where a language writes them so; never "10 737-800" in English).
    number = rf"\d{{1,3}}(?:[{labels.thousands_separators}]\d{{3}})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?"
    amount = rf"(?:(?:{codes})\s|[{_CURRENCY}]\s?)?(?:{number})"
    scale = "|".join([r"\s?%", rf"\s?[{_CURRENCY}]"] + ([rf"\s(?:{spaced})"] if spaced else [])
                     + ([rf"(?:{attached})"] if attached else []))
    # A month's name takes a full stop only when shortened ("Jan."): the stop that ends the sentence stays out.
    month = rf"(?:{months})(?:(?<=\b\w{{3}})\.|(?<=\b\w{{4}})\.)?"
    dated = rf"\d{{1,2}}\.?\s{month}(?:\s\d{{4}})?|{month}\s\d{{1,2}}(?:,\s\d{{4}})?(?!\d)|(?:{months})\s\d{{4}}"
    if language == "en":  # "spring 2027" is a date too
        dated += r"|(?:spring|summer|autumn|winter)\s\d{4}"
    unit = rf"(?:\s?(?:{units}))?" if units else ""
    figure = rf"{dated}|{amount}(?:(?:{scale})(?!\w))?{unit}"
    list_marker = r"\d{1,2}\)"  # "2)" numbers a list; it is not a figure
    return re.compile(rf"(?<![\w\-.,])(?!{list_marker})(?:{figure})(?!-?\w)", re.IGNORECASE)
