"""Briefing → the JSON contract documented in docs/note.md."""

from __future__ import annotations

import json
from dataclasses import asdict
from typing import Any

from briefing._version import __version__
from briefing.model import Briefing
from briefing.text.languages import language_code


def render_json(briefing: Briefing) -> bytes:
    return (json.dumps(to_dict(briefing), ensure_ascii=False, indent=2) + "\n").encode()


def to_dict(briefing: Briefing) -> dict[str, Any]:
    """title, brief, brief_sentences, facts, whats_next, plus notes, keywords, source, stats and settings."""
    stats = briefing.stats
    return {
        "title": briefing.title,
        "title_source": briefing.title_source,
        "brief": briefing.brief_text,
        "brief_sentences": [asdict(sentence) for sentence in briefing.brief],
        "facts": [asdict(sentence) for sentence in briefing.facts],
        "whats_next": asdict(briefing.outlook) if briefing.outlook else None,
        "notes": list(briefing.notes),
        "keywords": list(briefing.keywords),
        "language": {  # the rules and labels the note was made with, and whether --language named them
            "name": briefing.options.language,
            "code": language_code(briefing.options.language),
            "source": briefing.language_source,
            "found": briefing.language_found,  # the language found (auto), which may be one briefing cannot brief
        },
        "source": {
            "name": briefing.article.source,
            "headline": briefing.article.title,
            "byline": briefing.article.byline,
            "published": briefing.article.published,
            "url": briefing.article.url,
            "site": briefing.article.site,
        },
        "stats": asdict(stats),
        "settings": asdict(briefing.options),
        "created": briefing.created.isoformat(timespec="seconds"),
        "generator": f"briefing {__version__}",
    }
