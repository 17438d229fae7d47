"""The API described in OpenAPI 3.1, made from the tables the server checks requests against
(the settings a request may give, the formats, methods, languages and papers), so it cannot
drift from what the server does."""

from __future__ import annotations

from typing import Any

from briefing._version import __version__
from briefing.options import PAPERS, PDF_VARIANTS, Settings
from briefing.render.formats import OUTPUT_FORMATS
from briefing.summarize.methods import METHODS
from briefing.text.languages import AUTO, LANGUAGES
from briefing.web.requests import CLIENT_KEYS, SETTING_TYPES

CHOICES: dict[str, list[str]] = {
    "method": list(METHODS),
    "language": [AUTO, *LANGUAGES],
    "paper": list(PAPERS),
    "pdf_variant": list(PDF_VARIANTS),
    "format": list(OUTPUT_FORMATS),
}


def _schema_of(key: str, default: object) -> dict[str, Any]:
    kind = str(SETTING_TYPES[key])
    if key in CHOICES:
        schema: dict[str, Any] = {"type": "string", "enum": CHOICES[key]}
    elif "bool" in kind:
        schema = {"type": "boolean"}
    elif "int" in kind:
        schema = {"type": "integer"}
    elif "float" in kind:
        schema = {"type": "number"}
    else:
        schema = {"type": "string"}
    if key == "language":
        default = AUTO
    if default is not None:
        schema["default"] = default
    return schema


def openapi(settings: Settings) -> dict[str, Any]:
    defaults = settings.flat()
    options = {key: _schema_of(key, defaults[key]) for key in CLIENT_KEYS}
    given: dict[str, Any] = {"text": {"type": "string", "description": "the article's text"},
                             "url": {"type": "string", "format": "uri", "description": "an http(s) URL to fetch"},
                             "name": {"type": "string", "description": "what the note calls pasted text"}}
    article = {"type": "object", "properties": given}
    brief_body = {"type": "object", "properties": given | options,
                  "description": "one article, as text or url, and options by their config names"}
    digest_body = {"type": "object", "required": ["articles"],
                   "properties": {"articles": {"type": "array", "items": article}} | options}
    form = {"type": "object", "properties": {"file": {"type": "string", "format": "binary"}} | given | options}
    error = {"type": "object", "required": ["error"], "properties": {"error": {"type": "string"}}}
    produced = {f.media_type: {"schema": {"type": "string", "format": "binary"}} for f in OUTPUT_FORMATS.values()}
    failures = {str(status): {"description": meaning, "content": {"application/json": {"schema": error}}}
                for status, meaning in ((400, "bad options or a bad request"), (413, "the body is over --max-size"),
                                        (415, "neither JSON nor a form"),
                                        (422, "the article cannot be read or briefed"))}

    def operation(summary: str, body: dict[str, Any]) -> dict[str, Any]:
        return {"summary": summary,
                "requestBody": {"required": True, "content": {"application/json": {"schema": body},
                                                              "multipart/form-data": {"schema": form}}},
                "responses": {"200": {"description": "the note in the format asked", "content": produced}}
                | failures}

    return {
        "openapi": "3.1.0",
        "info": {"title": "briefing", "version": __version__,
                 "description": "One-page briefing notes from news articles, every sentence quoted verbatim."},
        "paths": {
            "/api/brief": {"post": operation("a note of one article", brief_body)},
            "/api/digest": {"post": operation("a digest of several articles (form: several file, text or url "
                                              "fields)", digest_body)},
        },
    }
