"""The HTTP API over real HTTP on loopback."""

from __future__ import annotations

import json
import socket
import threading
import time
import urllib.error
import urllib.request

import pytest

pytest.importorskip("fastapi")
uvicorn = pytest.importorskip("uvicorn")

from conftest import ARTICLE  # noqa: E402
from factcheck.server import MAX_BODY, create_app  # noqa: E402


def running(app):
    """Serve ``app`` on a free loopback port in a thread; yield its base URL, then stop it."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.time() + 20
    while not server.started and time.time() < deadline:
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="module")
def base_url():
    yield from running(create_app())


@pytest.fixture(scope="module")
def english_url():
    yield from running(create_app(lang="en"))


def call(base_url, path, body=None, raw=None):
    data = raw if raw is not None else (json.dumps(body).encode() if body is not None else None)
    request = urllib.request.Request(base_url + path, data=data,
                                     headers={"Content-Type": "application/json"})
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status, json.loads(response.read())
    except urllib.error.HTTPError as error:
        return error.code, json.loads(error.read())


def test_health(base_url):
    status, body = call(base_url, "/health")
    assert status == 200 and body["status"] == "ok" and body["figures"] > 0


def test_check_article(base_url):
    status, body = call(base_url, "/check", {"text": ARTICLE.read_text(encoding="utf-8"), "id": "altman"})
    assert status == 200
    assert body["schema_version"] == "1" and body["id"] == "altman" and len(body["claims"]) == 8
    assert "value_mismatch" in {f["code"] for f in body["findings"]}


def test_extract(base_url):
    status, body = call(base_url, "/extract", {"text": "Sales rose 13.1% to $595.3 billion.", "lang": "en"})
    assert status == 200 and [c["value"] for c in body["claims"]] == ["13.1", "595300000000"]
    assert body["findings"] == []


@pytest.mark.parametrize("raw,fragment", [
    (b"{not json", "JSON"),
    (b'{"lang": "fr"}', "text: Field required"),
    (b'{"text": "3 \\u20ac", "lang": "de"}', "lang"),
])
def test_bad_requests_get_422_with_a_message(base_url, raw, fragment):
    status, body = call(base_url, "/check", raw=raw)
    assert status == 422
    assert fragment in body["error"]["message"]


def test_oversized_body_gets_413(base_url):
    status, body = call(base_url, "/check", {"text": "x" * (MAX_BODY + 10)})
    assert status == 413 and body["error"]["type"] == "too_large"


def test_openapi_document(base_url):
    status, body = call(base_url, "/openapi.json")
    assert status == 200 and {"/check", "/extract", "/health"} <= set(body["paths"])


@pytest.mark.slow
def test_bounded_mixed_load_has_no_unexpected_status():
    """bench/load_api.py for 8 s: 16 clients, valid, oversized and malformed requests."""
    import subprocess
    import sys

    from conftest import ROOT

    out = subprocess.run([sys.executable, str(ROOT / "bench" / "load_api.py"), "--duration", "8",
                          "--concurrency", "16", "--mix", "--warmup", "5"],
                         capture_output=True, text=True, timeout=180, cwd=ROOT)
    assert "errors (unexpected status): 0 ;" in out.stdout and "5xx: 0" in out.stdout, out.stdout + out.stderr
    assert "valid 200" in out.stdout and "oversized 413" in out.stdout and "malformed 422" in out.stdout


def test_server_language_is_the_default_for_requests(english_url):
    status, body = call(english_url, "/extract", {"text": "Le prix est 3 000 € selon le rapport de la banque."})
    assert status == 200 and body["lang"] == "en"


def test_non_ascii_date_is_a_422_not_a_500(base_url):
    status, body = call(base_url, "/check", {"text": "3 €", "date": "\u00b2\u2070\u00b2\u2074"})
    assert status == 422 and "date" in body["error"]["message"]
