"""The HTTP API over real HTTP on loopback."""

from __future__ import annotations

import json
import shutil
import socket
import subprocess
import threading
import time
import urllib.error
import urllib.request
from html.parser import HTMLParser
from urllib.parse import urljoin, urlsplit

import pytest

pytest.importorskip("fastapi")
uvicorn = pytest.importorskip("uvicorn")

from conftest import ARTICLE  # noqa: E402
from factcheck.server import MAX_BODY, create_app  # noqa: E402

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
needs_chromium = pytest.mark.skipif(CHROMIUM is None, reason="chromium is not installed "
                                    "(make test installs Debian's chromium when it can)")
VIEWERS = ["/docs", "/redoc"]


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


class PageParts(HTMLParser):
    """The URLs a page names (src, href, ReDoc's spec-url) and its visible text nodes."""

    def __init__(self):
        super().__init__()
        self.urls, self.assets, self.texts, self.open_tags = [], [], [], []

    def handle_starttag(self, tag, attrs):
        self.open_tags.append(tag)
        for name, value in attrs:
            if name in ("src", "href", "spec-url") and value:
                self.urls.append(value)
                if name == "src" or (tag == "link" and name == "href"):
                    self.assets.append(value)

    def handle_endtag(self, tag):
        while tag in self.open_tags and self.open_tags.pop() != tag:
            pass

    def handle_data(self, data):
        if data.strip() and not {"script", "style"} & set(self.open_tags[-1:]):
            self.texts.append(data.strip())


def fetch(url):
    with urllib.request.urlopen(url, timeout=30) as response:
        return response.status, response.headers.get("content-type", ""), response.read()


def parse_page(html: str) -> PageParts:
    parts = PageParts()
    parts.feed(html)
    return parts


ASSET_TYPES = {".js": "javascript", ".css": "text/css", ".png": "image/png"}


@pytest.mark.parametrize("path", VIEWERS)
def test_api_viewer_names_no_other_host(base_url, path):
    """Offline the CDN's Swagger UI never loads: every URL in the page is on our server."""
    status, content_type, body = fetch(base_url + path)
    page = body.decode("utf-8")
    assert status == 200 and content_type.startswith("text/html")
    assert "://" not in page  # no absolute URL, not even inside the inline script
    parts = parse_page(page)
    assert parts.assets and "/openapi.json" in page
    here = urlsplit(base_url)
    for url in parts.urls:
        absolute = urlsplit(urljoin(base_url + path, url))
        assert (absolute.scheme, absolute.netloc) == (here.scheme, here.netloc), url


@pytest.mark.parametrize("path", VIEWERS)
def test_api_viewer_assets_are_served(base_url, path):
    parts = parse_page(fetch(base_url + path)[2].decode("utf-8"))
    for url in parts.assets:
        status, content_type, body = fetch(urljoin(base_url + path, url))
        expected = next(kind for suffix, kind in ASSET_TYPES.items() if url.endswith(suffix))
        assert status == 200 and expected in content_type and len(body) > 1000, (url, content_type)


def headless_chromium_dom(url: str, profile) -> str:
    """The DOM after scripts ran, every host but loopback unresolvable (no network needed)."""
    flags = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
             "--disable-background-networking", "--disable-component-update", "--disable-sync",
             "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1",
             f"--user-data-dir={profile}", "--virtual-time-budget=15000", "--dump-dom"]
    done = subprocess.run([CHROMIUM, *flags, url], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    return done.stdout


@needs_chromium
@pytest.mark.parametrize("path", VIEWERS)
def test_api_viewer_renders_offline_in_chromium(base_url, path, tmp_path):
    """Swagger UI and ReDoc draw the operations from /openapi.json with no host but ours."""
    served = parse_page(fetch(base_url + path)[2].decode("utf-8"))
    assert "/check" not in served.texts  # the paths below come from the scripts, not the page
    rendered = parse_page(headless_chromium_dom(base_url + path, tmp_path / "profile"))
    assert {"/check", "/extract", "/health"} <= set(rendered.texts)
