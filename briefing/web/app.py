"""The ASGI app: routes, the server's state, and errors as JSON ``{"error": …}``.

- ``GET /`` and ``POST /``: the page (page.py), a form that works without JavaScript.
- ``GET /notes/{token}.{format}``: a note the page made, in any format, for its download buttons.
- ``POST /api/brief`` and ``POST /api/digest``: JSON or a form in, the note's bytes out.
- ``GET /openapi.json``: the API described (openapi.py); ``GET /api/health``: ready or not.
"""

from __future__ import annotations

import secrets
from collections import OrderedDict
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from urllib.parse import quote

from starlette.applications import Starlette
from starlette.datastructures import UploadFile
from starlette.exceptions import HTTPException
from starlette.middleware import Middleware
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, Response
from starlette.routing import Route

from briefing.digest.make import Digest
from briefing.errors import BriefingError, UsageError
from briefing.io.names import title_stem
from briefing.model import Briefing
from briefing.options import RenderOptions, Settings
from briefing.render.formats import OUTPUT_FORMATS
from briefing.web import jobs, page
from briefing.web.middleware import AccessLog, BodyLimit
from briefing.web.openapi import openapi
from briefing.web.pool import Pool
from briefing.web.requests import MAX_ARTICLES, Upload, Value, job_from_form, job_from_json

KEPT_NOTES = 64  # the page's most recent notes, kept for their download buttons
FORM_TYPES = ("multipart/form-data", "application/x-www-form-urlencoded")


@dataclass(frozen=True)
class ServerConfig:
    settings: Settings  # the defaults a request's options go on top of
    processes: int  # worker processes
    max_bytes: int  # the largest request body
    public_only: bool = True  # URLs only to public addresses


@dataclass
class Kept:
    """The page's recent notes by an unguessable token, with how they were asked to be rendered
    (the paper chosen on the page), the oldest dropped first."""

    notes: OrderedDict[str, tuple[Briefing | Digest, RenderOptions]] = field(default_factory=OrderedDict)

    def add(self, note: Briefing | Digest, options: RenderOptions) -> str:
        token = secrets.token_urlsafe(16)
        self.notes[token] = (note, options)
        while len(self.notes) > KEPT_NOTES:
            self.notes.popitem(last=False)
        return token


class _Handlers:
    """The routes' handlers, around the server's state: its settings, its worker pool (started by
    the lifespan, in the server's process) and the notes it keeps for download."""

    def __init__(self, config: ServerConfig) -> None:
        self.config = config
        self.pool: list[Pool] = []
        self.kept = Kept()

    @asynccontextmanager
    async def lifespan(self, app: Starlette) -> AsyncIterator[None]:
        self.pool.append(Pool(self.config.processes))
        await self.pool[0].warm()
        yield
        self.pool[0].close()

    async def run(self, job: jobs.Job) -> jobs.Made | jobs.Refused:
        return await self.pool[0].run(jobs.run, job)

    async def show_page(self, request: Request) -> Response:
        return HTMLResponse(page.render_page(self.config.settings), headers=page.HEADERS)

    async def make_on_page(self, request: Request) -> Response:
        config, pairs = self.config, []
        try:
            pairs = await _form_pairs(request, config.max_bytes)
            job = page.job_from_page(pairs, base=config.settings, public_only=config.public_only)
        except BriefingError as error:
            return page.answer(config.settings, pairs, jobs.Refused(str(error), 400))
        answer = await self.run(job)
        token = ""
        if isinstance(answer, jobs.Made) and answer.kept is not None:
            token = self.kept.add(answer.kept, job.settings.render)
        return page.answer(config.settings, pairs, answer, token=token)

    async def download(self, request: Request) -> Response:
        token, format = request.path_params["token"], request.path_params["format"]
        found = self.kept.notes.get(token)
        if found is None or format not in OUTPUT_FORMATS:
            return error(404, "no such note here: the server keeps only its most recent notes; make it again")
        note, options = found
        answer = await self.pool[0].run(jobs.rerender, note, format, options)
        return respond(answer, disposition="attachment")

    async def api(self, request: Request, *, digest: bool) -> Response:
        config = self.config
        kind = request.headers.get("content-type", "").split(";", 1)[0].strip().lower()
        try:
            if kind == "application/json":
                job = job_from_json(await request.body(), base=config.settings, digest=digest,
                                    public_only=config.public_only)
            elif kind in FORM_TYPES:
                job = job_from_form(await _form_pairs(request, config.max_bytes), base=config.settings,
                                    digest=digest, public_only=config.public_only)
            else:
                return error(415, "send JSON (application/json) or a form (multipart/form-data)")
        except BriefingError as failure:
            return error(400, str(failure))
        return respond(await self.run(job))

    async def api_brief(self, request: Request) -> Response:
        return await self.api(request, digest=False)

    async def api_digest(self, request: Request) -> Response:
        return await self.api(request, digest=True)

    async def describe(self, request: Request) -> Response:
        return JSONResponse(openapi(self.config.settings))

    async def health(self, request: Request) -> Response:
        return JSONResponse({"status": "ok", "workers": self.config.processes})


def create_app(config: ServerConfig) -> Starlette:
    handlers = _Handlers(config)
    routes = [
        Route("/", handlers.show_page, methods=["GET"]),
        Route("/", handlers.make_on_page, methods=["POST"]),
        Route("/notes/{token}.{format}", handlers.download, methods=["GET"]),
        Route("/api/brief", handlers.api_brief, methods=["POST"]),
        Route("/api/digest", handlers.api_digest, methods=["POST"]),
        Route("/api/health", handlers.health, methods=["GET"]),
        Route("/openapi.json", handlers.describe, methods=["GET"]),
    ]
    middleware = [Middleware(AccessLog), Middleware(BodyLimit, max_bytes=config.max_bytes)]
    errors = {HTTPException: _http_error, Exception: _internal_error}
    return Starlette(routes=routes, middleware=middleware, lifespan=handlers.lifespan,
                     exception_handlers=errors)  # type: ignore[arg-type]


def respond(answer: jobs.Made | jobs.Refused, *, disposition: str = "inline") -> Response:
    if isinstance(answer, jobs.Refused):
        return error(answer.status, answer.message)
    suffix = next(f.suffixes[0] for f in OUTPUT_FORMATS.values() if f.media_type == answer.media_type)
    named = content_disposition(disposition, title_stem(answer.title) + suffix)
    return Response(answer.data, media_type=answer.media_type, headers={"Content-Disposition": named})


def content_disposition(disposition: str, filename: str) -> str:
    """A file name every browser reads: plain ASCII, and the name in UTF-8 beside it (RFC 6266)."""
    plain = filename.encode("ascii", "replace").decode().replace("?", "_").replace('"', "_")
    return f"{disposition}; filename=\"{plain}\"; filename*=UTF-8''{quote(filename)}"


def error(status: int, message: str) -> JSONResponse:
    return JSONResponse({"error": message}, status_code=status)


async def _form_pairs(request: Request, max_bytes: int) -> list[tuple[str, Value]]:
    """A form's fields in order, files read (the body is within the size cap already)."""
    try:
        form = await request.form(max_files=MAX_ARTICLES, max_fields=200, max_part_size=max_bytes)
    except HTTPException as failure:  # a malformed multipart body
        raise UsageError(f"the form cannot be read: {failure.detail}") from None
    pairs: list[tuple[str, Value]] = []
    for key, value in form.multi_items():
        if isinstance(value, UploadFile):
            pairs.append((key, Upload(value.filename or "", await value.read())))
        else:
            pairs.append((key, value))
    await form.close()
    return pairs


async def _http_error(request: Request, failure: HTTPException) -> Response:
    messages = {404: "no such page", 405: f"{request.method} is not allowed here"}
    return error(failure.status_code, messages.get(failure.status_code, str(failure.detail)))


async def _internal_error(request: Request, failure: Exception) -> Response:
    return error(500, f"internal error: {type(failure).__name__}")
