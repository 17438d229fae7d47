"""One article as a JSON object: what a news API answers, and what each line of a JSONL archive
holds (archives.py).

The article's text is the first of ``text``, ``article``, ``maintext`` that is a string (the names
news datasets and scrapers such as news-please use); ``title``, ``author`` (a string or a list),
``date`` and ``url`` credit it when present. The text is read as plain text is (parsers.from_plain),
but a record that names its title has no headline in its text: a short first line taken for one
is put back into the body, unless it only repeats the title.
"""

from __future__ import annotations

import json
import re
from typing import Any

from briefing.errors import InputError
from briefing.read.article_head import iso_date
from briefing.read.decoding import decode_references, normalize_text
from briefing.read.parsers import Parsed, from_plain

TEXT_KEYS = ("text", "article", "maintext")
_TEXT_KEY = re.compile(rb'"(?:text|article|maintext)"\s*:')  # TEXT_KEYS as a JSON key
_JSON_TYPES = {list: "an array", str: "a string", int: "a number", float: "a number", bool: "true or false",
               type(None): "null"}


def looks_like_record(data: bytes) -> bool:
    """A JSON object with one of the text fields, for an input that nothing else names."""
    return data.lstrip()[:1] == b"{" and _TEXT_KEY.search(data) is not None


def load_record(data: bytes) -> dict[str, Any]:
    """The JSON object in ``data``; InputError for anything else, saying where JSON breaks."""
    try:
        record: Any = json.loads(data)
    except UnicodeDecodeError:
        raise InputError("not UTF-8 text") from None
    except json.JSONDecodeError as error:
        where = f"line {error.lineno} column {error.colno}" if error.lineno > 1 else f"column {error.colno}"
        hint = " (one article a line? name it .jsonl, or use --input-format jsonl)" if error.msg == "Extra data" else ""
        problem = error.msg.removesuffix(" at")  # "Unterminated string starting at": the place follows
        raise InputError(f"not valid JSON: {problem[0].lower()}{problem[1:]} at {where}{hint}") from None
    if not isinstance(record, dict):
        raise InputError(f"is {_JSON_TYPES.get(type(record), 'a value')} in JSON, not an object with an article")
    return record


def parse_record(data: bytes, source: str) -> Parsed:
    """The input type's parser: a JSON object → paragraphs, headline, byline, date and URL."""
    record = load_record(data)
    text = next((record[key] for key in TEXT_KEYS if isinstance(record.get(key), str)), None)
    if text is None:
        raise InputError(f"has no article text: none of the fields {', '.join(TEXT_KEYS)} is a string")
    parsed = from_plain(normalize_text(text))
    title = text_field(record, "title")
    paragraphs = parsed.paragraphs
    if title and parsed.title and _folded(parsed.title) != _folded(title):
        paragraphs = [parsed.title, *paragraphs]  # the body's first line, not a headline
    date = text_field(record, "date")
    url = text_field(record, "url")
    return Parsed(
        paragraphs,
        title=title or parsed.title,
        byline=text_field(record, "author") or parsed.byline,
        published=(iso_date(date) if date else None) or parsed.published,
        url=url if url and url.lower().startswith(("http://", "https://")) else None,
    )


def text_field(record: dict[str, Any], key: str) -> str | None:
    """A field as one line of text (a list of names joined by commas), or None."""
    value = record.get(key)
    if isinstance(value, list):
        value = ", ".join(str(item) for item in value if isinstance(item, str | int) and str(item).strip())
    elif isinstance(value, int) and not isinstance(value, bool):
        value = str(value)
    if not isinstance(value, str):
        return None
    return " ".join(decode_references(normalize_text(value)).split()) or None  # as its text is (from_plain)


def _folded(text: str) -> str:
    return " ".join(text.split()).casefold()
