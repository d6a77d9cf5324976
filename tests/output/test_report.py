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


def test_markdown_quotes_the_sentence_of_each_finding(article_result):
    text, result = article_result
    markdown = render_markdown(result, text)
    line = next(l for l in markdown.splitlines() if l.startswith("- [4] value\\_mismatch"))
    assert "“Les ventes mondiales de puces devraient atteindre $595,3 milliards en 2024," in line
    assert line.index("”") < line.index("differs from the reference")


def test_claimreview_for_error_findings_only(article_result):
    text, result = article_result
    reviews = render_claimreview(result, url="https://example.org/article", text=text)
    assert len(reviews) == 1 and "$595,3 milliards" in reviews[0]["claimReviewed"]
    stated = reviews[0]["claimReviewed"]
    assert len(stated) > 40 and stated.endswith(".") and stated in " ".join(text.split())
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


def test_colour_follows_the_worst_finding():
    # a consistent value credited to the wrong outlet: an error, so red, not green
    text = "OpenAI's annualised revenue hit $2 billion in December 2023, Bloomberg reported."
    result = Checker().check(text, lang="en")
    assert {f.code for f in result.findings} >= {"consistent", "attribution_mismatch"}
    mark = next(a for t, a in zip(*_tags(render_html(result, text))) if t == "mark")
    assert mark["data-verdict"] == "consistent" and mark["data-worst"] == "error"
    assert "background:#f7c1c1" in mark["style"]


def test_a_clean_consistent_claim_stays_green():
    text = "Global chip sales are forecast to reach $588.4 billion in 2024, the Semiconductor Industry Association said."
    result = Checker().check(text, lang="en")
    mark = next(a for t, a in zip(*_tags(render_html(result, text))) if t == "mark")
    assert mark["data-worst"] == "info" and "background:#cdeccd" in mark["style"]


def _tags(markup):
    tags = parse(markup)
    return tags.tags, tags.attrs


def test_percentage_differences_are_in_points():
    text = "Nvidia détient 85 % du marché des puces d'IA, selon Reuters."
    finding = Checker().check(text, lang="fr").findings[0]
    assert finding.code == "value_mismatch"
    assert "by 5 points, more than the ±0.5 points" in finding.message and "% (" not in finding.message


# The layout is measured from a test page that loads the report in a same-size frame and
# reads its geometry (the report itself runs no script: its CSP forbids it).
PROBE = """<!DOCTYPE html><html><body style="margin:0">
<iframe id="r" src="report.html" style="border:0;width:{width}px;height:1600px"></iframe>
<pre id="out">pending</pre><script>
document.getElementById('r').addEventListener('load', function () {{
  var w = this.contentWindow, d = this.contentDocument, bad = [];
  if (d.documentElement.scrollWidth > w.innerWidth) bad.push('page scrolls sideways: ' + d.documentElement.scrollWidth);
  d.querySelectorAll('td,th').forEach(function (c, i) {{
    var r = c.getBoundingClientRect();
    if (r.width === 0 || r.right > w.innerWidth + 0.5) bad.push('cell ' + i + ' cut: ' + r.right);
  }});
  d.querySelectorAll('.claim .pop').forEach(function (p, i) {{
    p.style.display = 'block';
    var r = p.getBoundingClientRect();
    if (r.left < 0 || r.right > w.innerWidth + 0.5) bad.push('popover ' + i + ' cut: ' + r.left + '..' + r.right);
    if (d.documentElement.scrollWidth > w.innerWidth) bad.push('popover ' + i + ' adds a scrollbar');
    p.style.display = '';
  }});
  document.getElementById('out').textContent = 'checked ' + d.querySelectorAll('.claim').length + ' claims; ' + (bad.join('; ') || 'ok');
}});
</script></body></html>"""


@needs_chromium
@pytest.mark.parametrize("width", [390, 1100])
def test_layout_fits_the_screen(article_result, tmp_path, width):
    text, result = article_result
    (tmp_path / "report.html").write_text(render_html(result, text), encoding="utf-8")
    probe = tmp_path / "probe.html"
    probe.write_text(PROBE.format(width=width), encoding="utf-8")
    done = _chromium(["--allow-file-access-from-files", f"--window-size={width + 20},1800",
                      "--virtual-time-budget=5000", "--dump-dom"], probe.as_uri(), tmp_path / "profile")
    report = done.stdout.split('<pre id="out">', 1)[1].split("</pre>", 1)[0]
    assert report == "checked 8 claims; ok"
