"""Reports: the committed JSON Schema, Markdown, ClaimReview, and the HTML page checked in
headless Chromium (highlighting, and nothing from the input ever executed)."""

from __future__ import annotations

import json
import shutil
import subprocess
from decimal import Decimal
from html.parser import HTMLParser
from pathlib import Path

import pytest

from conftest import ARTICLE, ROOT
from factcheck import Checker
from factcheck.models import DocumentResult
from factcheck.reference.table import Figure, ReferenceTable, Source
from factcheck.output.report import render_claimreview, render_html, render_markdown

ARTIFACTS = ROOT / "test-artifacts"
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
needs_chromium = pytest.mark.skipif(CHROMIUM is None, reason="chromium is not installed "
                                    "(make test installs Debian's chromium when it can)")


class Tags(HTMLParser):
    def __init__(self):
        super().__init__()
        self.tags, self.attrs = [], []

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        self.attrs.append(dict(attrs))


def parse(markup: str) -> Tags:
    tags = Tags()
    tags.feed(markup)
    return tags


@pytest.fixture(scope="module")
def article_result():
    text = ARTICLE.read_text(encoding="utf-8")
    return text, Checker().check(text, id="altman-7-trillions.fr.txt")


def test_markdown_is_compact_and_lists_problems(article_result):
    _, result = article_result
    markdown = render_markdown(result)
    assert markdown.count("\n| ") == 9  # header + 8 claims
    assert "value\\_mismatch" in markdown and "588 400 000 000 USD" in markdown


def test_claimreview_for_error_findings_only(article_result):
    _, result = article_result
    reviews = render_claimreview(result, url="https://example.org/article")
    assert [r["claimReviewed"] for r in reviews] == ["$595,3 milliards"]
    review = reviews[0]
    assert review["@type"] == "ClaimReview" and review["reviewRating"]["alternateName"] == "value_mismatch"
    assert review["itemReviewed"]["appearance"]["url"] == "https://example.org/article"


def test_html_highlights_every_claim_statically(article_result):
    text, result = article_result
    tags = parse(render_html(result, text))
    marks = [a for t, a in zip(tags.tags, tags.attrs) if t == "mark"]
    assert len(marks) == 8
    assert [m["data-verdict"] for m in marks].count("value_mismatch") == 1
    assert "script" not in tags.tags and not any("src" in a for a in tags.attrs)


def _chromium(args: list[str], url: str, profile: Path) -> subprocess.CompletedProcess:
    flags = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
             "--disable-background-networking", "--disable-component-update", "--disable-sync",
             f"--user-data-dir={profile}"]
    return subprocess.run([CHROMIUM, *flags, *args, url], capture_output=True, text=True, timeout=120)


@needs_chromium
def test_article_report_in_chromium(article_result, tmp_path):
    text, result = article_result
    page = tmp_path / "report.html"
    page.write_text(render_html(result, text), encoding="utf-8")
    dom = _chromium(["--dump-dom"], page.as_uri(), tmp_path / "profile").stdout
    tags = parse(dom)
    marks = [a for t, a in zip(tags.tags, tags.attrs) if t == "mark"]
    assert len(marks) == 8 and all(m.get("data-verdict") for m in marks)
    ARTIFACTS.mkdir(exist_ok=True)
    for width in (390, 1100):
        shot = ARTIFACTS / f"report-article-{width}.png"
        _chromium([f"--window-size={width},1800", f"--screenshot={shot}"], page.as_uri(), tmp_path / "p2")
        assert shot.exists() and shot.stat().st_size > 10_000


HOSTILE = ['<script>document.title="PWNED"</script>',
           '"><img src=x onerror="document.body.setAttribute(\'data-pwned\',\'1\')">',
           "javascript:document.body.setAttribute('data-pwned','2')"]


def _hostile_table() -> ReferenceTable:
    """Built in code: the validator would refuse the javascript: URL, the renderer must too."""
    source = Source(id="evil", name=HOSTILE[0] + HOSTILE[1], aliases=("Evil Corp",), url=HOSTILE[2])
    figure = Figure(id="evil_revenue", entity=HOSTILE[1], entity_aliases=("Evil Corp",),
                    metric="revenue", metric_aliases=("chiffre d'affaires",), value=Decimal(5e9),
                    unit="EUR", period="2024", source="evil", url=HOSTILE[2], note=HOSTILE[0])
    return ReferenceTable(path="hostile", sources={"evil": source}, figures=[figure])


@needs_chromium
def test_hostile_input_never_executes(tmp_path):
    text = (f"{HOSTILE[0]} Evil Corp a un chiffre d'affaires de 7 milliards d'euros, selon "
            f"{HOSTILE[1]} {HOSTILE[2]} et 3 % de plus.")
    result = Checker(reference=_hostile_table()).check(text, id=HOSTILE[1])
    assert any(f.reference is not None for f in result.findings)
    page = tmp_path / "hostile.html"
    markup = render_html(result, text)
    page.write_text(markup, encoding="utf-8")
    static = parse(markup)
    assert "script" not in static.tags and "img" not in static.tags
    assert not any(v and v.strip().lower().startswith("javascript:")
                   for a in static.attrs for v in a.values())
    dom = _chromium(["--dump-dom"], page.as_uri(), tmp_path / "profile").stdout
    live = parse(dom)
    assert not any("data-pwned" in a for a in live.attrs), "an injected handler ran"
    assert "<title>PWNED</title>" not in dom, "an injected script ran"
    assert "script" not in live.tags and "img" not in live.tags
    assert not any((a.get("href") or "").lower().startswith("javascript:") for a in live.attrs)
