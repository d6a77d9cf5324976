"""The HTTP API: ``factcheck serve`` (FastAPI on uvicorn, 127.0.0.1 by default).

    POST /check    {"text", "lang"?, "id"?, "date"?}  -> the document result (CONTRACT.md)
    POST /extract  {"text", "lang"?}                  -> the document result, claims only
    POST /compare  {"original", "translation", "from"?, "to"?, "id"?}
                                                      -> the compare result (a translation
                                                         against its original, figure by figure)
    GET  /health                                      -> {"status": "ok", …}
    GET  /openapi.json, /docs, /redoc                 -> the OpenAPI document and two viewers

The viewers need no network: their scripts, styles and icon come from the fastapi-offline
package, under /docs-assets, instead of a CDN (FastAPI's default).

The reference table and its index are built once, when the app is created. Bodies over
1 MB get 413; malformed JSON or a missing field gets 422 with a message saying what is wrong.
"""

from __future__ import annotations

import json
from typing import Literal

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from fastapi_offline import FastAPIOffline
from pydantic import BaseModel, ConfigDict, Field, field_validator

from factcheck import __version__
from factcheck.checking.checker import Checker
from factcheck.comparing import compare as compare_texts
from factcheck.extraction.finder import find_claims
from factcheck.lang.detect import resolve
from factcheck.frame.period import article_date
from factcheck.models import CompareResult, DocumentResult

MAX_BODY = 1_000_000
DRAIN_LIMIT = 16 * MAX_BODY
EXAMPLES = {"/check": 'Send JSON like {"text": "…", "lang": "fr"}.',
            "/extract": 'Send JSON like {"text": "…", "lang": "fr"}.',
            "/compare": 'Send JSON like {"original": "…", "translation": "…", "from": "en", "to": "fr"}.'}
DOCS_ASSETS = "/docs-assets"  # Swagger UI and ReDoc files, served from the fastapi-offline package


class CheckRequest(BaseModel):
    text: str = Field(description="the article, plain text")
    lang: Literal["fr", "en", "auto"] | None = Field(None, description="default: the server's --lang")
    id: str | None = None
    date: str | None = Field(None, description="the article's date, YYYY-MM-DD or YYYY",
                             examples=["2024-02-09"])

    @field_validator("date")
    @classmethod
    def _a_real_date(cls, value: str | None) -> str | None:
        return None if value is None else article_date(value)  # the same rule as check --date


class ExtractRequest(BaseModel):
    text: str
    lang: Literal["fr", "en", "auto"] | None = None


class CompareRequest(BaseModel):
    model_config = ConfigDict(populate_by_name=True, extra="forbid")
    original: str = Field(description="the original article, plain text")
    translation: str = Field(description="its translation, plain text")
    source: Literal["fr", "en", "auto"] = Field("auto", alias="from", description="the original's language")
    target: Literal["fr", "en", "auto"] = Field("auto", alias="to", description="the translation's language")
    id: str | None = None


class BodyLimit:
    """Refuse request bodies over ``limit`` bytes with 413, declared or streamed."""

    def __init__(self, app, limit: int = MAX_BODY):
        self.app, self.limit = app, limit

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        declared = dict(scope.get("headers") or []).get(b"content-length")
        if declared is not None and declared.isdigit() and int(declared) > DRAIN_LIMIT:
            return await self.too_large(send)  # too big even to read: answer at once
        body, more, over = b"", True, False
        while more:
            message = await receive()
            if message["type"] == "http.disconnect":
                return None
            if not over:
                body += message.get("body", b"")
                over = len(body) > self.limit
            more = message.get("more_body", False)
        if over:  # read to the end first, so the client sees the 413 and not a broken pipe
            return await self.too_large(send)
        replayed = False

        async def replay():
            nonlocal replayed
            if not replayed:
                replayed = True
                return {"type": "http.request", "body": body, "more_body": False}
            return await receive()

        return await self.app(scope, replay, send)

    async def too_large(self, send):
        payload = json.dumps({"error": {"type": "too_large", "message":
                                        f"the request body is over {self.limit} bytes; "
                                        "send a shorter text or use factcheck batch"}}).encode()
        await send({"type": "http.response.start", "status": 413,
                    "headers": [(b"content-type", b"application/json"),
                                (b"content-length", str(len(payload)).encode())]})
        await send({"type": "http.response.body", "body": payload})


def create_app(reference: str | Checker | None = None, lang: str = "auto") -> FastAPI:
    """The API over ``reference`` (a folder, or a Checker already built: loaded once)."""
    checker = reference if isinstance(reference, Checker) else Checker(reference=reference, lang=lang)
    app = FastAPIOffline(title="factcheck", version=__version__, static_url=DOCS_ASSETS,
                         description="Find and check money and percentage claims in news text.",
                         swagger_ui_parameters={"validatorUrl": None})  # no badge from swagger.io

    @app.exception_handler(RequestValidationError)
    async def invalid_request(request: Request, error: RequestValidationError):
        problems = []
        for item in error.errors():
            where = ".".join(str(part) for part in item.get("loc", ()) if part != "body") or "body"
            problems.append(f"{where}: {item.get('msg')}")
        return JSONResponse(status_code=422, content={"error": {
            "type": "invalid_request",
            "message": "; ".join(problems) + ". " + EXAMPLES.get(request.url.path, EXAMPLES["/check"])}})

    @app.post("/check", response_model=DocumentResult)
    def check(request: CheckRequest) -> DocumentResult:
        return checker.check(request.text, id=request.id, lang=request.lang, date=request.date)

    @app.post("/extract", response_model=DocumentResult)
    def extract(request: ExtractRequest) -> DocumentResult:
        doc_lang = resolve(request.lang or lang, request.text)
        claims = find_claims(request.text, doc_lang)
        return DocumentResult(lang=doc_lang, claims=claims)

    @app.post("/compare", response_model=CompareResult)
    def compare(request: CompareRequest) -> CompareResult:
        """A translation against its original: an empty side gives a result with `error` set;
        texts that align poorly give one `alignment_weak` warning and no figure finding."""
        return compare_texts(request.original, request.translation, source_lang=request.source,
                             target_lang=request.target, reference=checker, id=request.id)

    @app.get("/health")
    def health() -> dict:
        return {"status": "ok", "version": __version__, "reference": checker.table.path,
                "figures": len(checker.table.figures)}

    return BodyLimit(app)


def serve(host: str, port: int, reference: str | Checker | None, lang: str) -> None:
    import uvicorn

    uvicorn.run(create_app(reference, lang), host=host, port=port, log_level="info")
