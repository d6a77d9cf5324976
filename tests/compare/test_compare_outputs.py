"""The compare renderers: hostile text stays text, aligned figures share a number on both
sides, and the side-by-side page fits a phone (390 px, stacked) and a desktop (1100 px)."""

from __future__ import annotations

import shutil
import subprocess
from html.parser import HTMLParser
from pathlib import Path

import pytest

from conftest import ROOT
from factcheck import compare
from factcheck.output.compare_html import render_compare_html
from factcheck.output.compare_report import compare_markdown, compare_table

PAIRS = ROOT / "corpora" / "pairs"
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
needs_chromium = pytest.mark.skipif(CHROMIUM is None, reason="chromium is not installed")
# a press-release style pair with markup pasted from a CMS, one figure changed in translation
HOSTILE_EN = ('<script>alert(1)</script> Revenue at <b onmouseover="x()">Acme & Sons</b> rose 4.2% '
              "to $1.5 billion, the company said. | *Net profit* fell 3% to $200 million.")
HOSTILE_FR = ("<script>alert(1)</script> Le chiffre d'affaires d'<b onmouseover=\"x()\">Acme & Sons</b> "
              "a progressé de 4,2 % à 1,8 milliard de dollars, selon l'entreprise. | *Le bénéfice net* "
              "a reculé de 3 % à 200 millions de dollars.")


class Tags(HTMLParser):
    def __init__(self):
        super().__init__()
        self.found: list[tuple[str, dict]] = []

    def handle_starttag(self, tag, attrs):
        self.found.append((tag, dict(attrs)))


def tags(markup: str) -> list[tuple[str, dict]]:
    parser = Tags()
    parser.feed(markup)
    return parser.found


@pytest.fixture(scope="module")
def altman():
    original = (PAIRS / "altman-chips-2024.en.txt").read_text(encoding="utf-8")
    translation = (PAIRS / "altman-chips-2024.fr.txt").read_text(encoding="utf-8")
    return original, translation, compare(original, translation, id="altman-chips-2024")


@pytest.fixture(scope="module")
def hostile():
    return compare(HOSTILE_EN, HOSTILE_FR, id='<img src=x onerror="y()">')


def test_hostile_text_is_escaped_in_html(hostile):
    page = render_compare_html(hostile, HOSTILE_EN, HOSTILE_FR)
    found = tags(page)
    assert "script" not in [t for t, _ in found] and "b" not in [t for t, _ in found] and "img" not in [t for t, _ in found]
    assert not any(key.startswith("on") for _, attrs in found for key in attrs)
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page and "Acme &amp; Sons" in page
    assert "default-src 'none'" in page


def test_hostile_text_is_escaped_in_markdown(hostile):
    markdown = compare_markdown(hostile)
    assert "<img" not in markdown and "&lt;img src=x" in markdown
    assert any(line.startswith("| error | value\\_changed |") for line in markdown.splitlines())


def test_the_changed_figure_is_found_in_the_hostile_pair(hostile):
    assert [f.code.value for f in hostile.findings] == ["value_changed"]
    assert "'$1.5 billion'" in compare_table(hostile)


def test_paired_figures_share_number_and_colour(altman):
    original, translation, result = altman
    marks = [attrs for tag, attrs in tags(render_compare_html(result, original, translation)) if tag == "mark"]
    by_side = {side: {m["data-pair"]: m["style"] for m in marks if m["id"].startswith(side)} for side in "ot"}
    assert set(by_side["o"]) == set(by_side["t"]) == {str(n) for n in range(1, 7)}
    assert by_side["o"] == by_side["t"]
    worst = {m["id"]: m["data-worst"] for m in marks}
    assert worst["o-0"] == worst["t-0"] == "error" and worst["o-1"] == "none"


def test_markdown_and_table_for_an_empty_side():
    result = compare("Sales rose 4%.", "")
    assert compare_table(result).startswith("Cannot compare: the translation is empty.")
    assert "Cannot compare" in compare_markdown(result)


PROBE = """<!DOCTYPE html><html><body style="margin:0">
<iframe id="r" src="compare.html" style="border:0;width:{width}px;height:1600px"></iframe>
<pre id="out">pending</pre><script>
document.getElementById('r').addEventListener('load', function () {{
  var w = this.contentWindow, d = this.contentDocument, bad = [];
  if (d.documentElement.scrollWidth > w.innerWidth) bad.push('page scrolls sideways: ' + d.documentElement.scrollWidth);
  d.querySelectorAll('td,th,.side').forEach(function (c, i) {{
    var r = c.getBoundingClientRect();
    if (r.width === 0 || r.right > w.innerWidth + 0.5) bad.push('box ' + i + ' cut: ' + r.right);
  }});
  var sides = d.querySelectorAll('.side'), a = sides[0].getBoundingClientRect(), b = sides[1].getBoundingClientRect();
  var layout = b.top >= a.bottom - 1 ? 'stacked' : (b.left >= a.right - 1 ? 'side by side' : 'overlapping');
  d.querySelectorAll('.fig .pop').forEach(function (p, i) {{
    p.style.display = 'block';
    var r = p.getBoundingClientRect();
    if (r.left < 0 || r.right > w.innerWidth + 0.5) bad.push('popover ' + i + ' cut: ' + r.left + '..' + r.right);
    if (d.documentElement.scrollWidth > w.innerWidth) bad.push('popover ' + i + ' adds a scrollbar');
    p.style.display = '';
  }});
  document.getElementById('out').textContent = layout + '; ' + d.querySelectorAll('.fig').length + ' figures; ' + (bad.join('; ') || 'ok');
}});
</script></body></html>"""


@needs_chromium
@pytest.mark.parametrize("width, layout", [(390, "stacked"), (1100, "side by side")])
def test_layout_fits_the_screen(altman, tmp_path, width, layout):
    original, translation, result = altman
    (tmp_path / "compare.html").write_text(render_compare_html(result, original, translation), encoding="utf-8")
    probe = tmp_path / "probe.html"
    probe.write_text(PROBE.format(width=width), encoding="utf-8")
    flags = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
             "--disable-component-update", "--disable-sync", f"--user-data-dir={tmp_path / 'profile'}",
             "--allow-file-access-from-files", f"--window-size={width + 20},1800", "--virtual-time-budget=5000",
             "--dump-dom"]
    done = subprocess.run([CHROMIUM, *flags, probe.as_uri()], capture_output=True, text=True, timeout=120)
    report = done.stdout.split('<pre id="out">', 1)[1].split("</pre>", 1)[0]
    assert report == f"{layout}; 12 figures; ok"
