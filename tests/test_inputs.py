"""Every input kind: text, Markdown, HTML, standard input, URLs, and the encodings they come in."""

import codecs
import http.server
import io
import json
import threading
import time
import typing
from pathlib import Path

import pytest
from briefing.console import Console
from briefing.errors import InputError
from briefing.fetch import fetch

from conftest import SAMPLE, write

PAGE = Path(__file__).parent / "fixtures" / "page.html"
BOILERPLATE = ("Home", "ADVERTISEMENT", "cruise", "Related stories", "Ten things", "All rights reserved", "Cookie")


def brief(run, *args, stdin=b""):
    result = run(*args, "--format", "json", "-o", "-", stdin=stdin)
    assert (result.code, result.stderr) == (0, ""), result.stderr
    return json.loads(result.stdout)


def all_text(data):
    return " ".join([data["brief"]] + [fact["text"] for fact in data["facts"]])


def test_html_gives_the_article_body_headline_byline_and_date(run):
    data = brief(run, PAGE, "--facts", "5")
    assert data["title"] == "Rail strike halts trains across the north"
    assert data["source"]["byline"] == "Priya Raman"
    assert data["source"]["published"] == "2026-10-14"
    assert data["brief"].startswith("Train services across the north of England were cancelled on Tuesday")
    for junk in BOILERPLATE:
        assert junk not in all_text(data)
    assert data["stats"]["article_sentences"] == 7


def test_markdown_syntax_is_stripped_and_the_heading_is_the_title(run, tmp_path):
    path = write(tmp_path / "note.md", (
        "# Museum reopens after **£12m** refit\n\n"
        "By Ana Lopes\n\n"
        "The city *museum* reopened on Saturday after a [two-year](https://example.org) refit costing £12 million.\n\n"
        "## Background\n\n"
        "- Visitor numbers fell to 40,000 a year before the museum closed in 2024.\n"
        "- The new galleries add 1,500 square metres of space.\n\n"
        "```\nprint('not prose')\n```\n\n"
        "> \"It feels like a new building,\" said the director, Ines Costa.\n"
    ))
    data = brief(run, path, "--sentences", "5")
    assert data["title"] == "Museum reopens after £12m refit"
    assert data["source"]["byline"] == "Ana Lopes"
    assert data["brief"] == (
        "The city museum reopened on Saturday after a two-year refit costing £12 million. "
        "Visitor numbers fell to 40,000 a year before the museum closed in 2024. "
        "The new galleries add 1,500 square metres of space. "
        "\"It feels like a new building,\" said the director, Ines Costa."
    )


def test_standard_input_as_text_and_as_html(run, tmp_path):
    data = brief(run, "-", stdin=SAMPLE.read_bytes())
    assert data["title"].startswith("Harbour city approves")
    assert data["source"]["name"] == "-"
    assert brief(run, "-", stdin=PAGE.read_bytes())["title"] == "Rail strike halts trains across the north"
    assert run("-", "--format", "json", stdin=SAMPLE.read_bytes()).code == 0
    assert (tmp_path / "output" / "stdin.json").exists()


def test_the_input_format_can_be_forced(run, tmp_path):
    path = write(tmp_path / "page.txt", PAGE.read_text())
    assert brief(run, path, "--input-format", "html")["source"]["byline"] == "Priya Raman"


@pytest.mark.parametrize(
    ("name", "encode"),
    [
        ("utf8-bom.txt", lambda text: codecs.BOM_UTF8 + text.encode("utf-8")),
        ("utf16.txt", lambda text: text.encode("utf-16")),
        ("utf16be.txt", lambda text: codecs.BOM_UTF16_BE + text.encode("utf-16-be")),
        ("windows.txt", lambda text: text.replace("\n", "\r\n").encode("cp1252")),
        ("latin1.txt", lambda text: text.encode("latin-1")),
    ],
)
def test_encodings_and_line_ends(run, tmp_path, name, encode):
    text = (
        "Café owners fear a hard winter\n\n"
        "Café owners in Zürich said on Monday that energy bills had risen by 40% since the spring. "
        "The association, which speaks for 1,200 cafés, asked the canton for help with heating costs. "
        "Its president, René Müller, said many owners would cut opening hours in December."
    )
    path = tmp_path / name
    path.write_bytes(encode(text))
    data = brief(run, path)
    assert data["title"] == "Café owners fear a hard winter"
    assert data["brief"] == text.split("\n\n")[1]


class Site(http.server.BaseHTTPRequestHandler):
    routes: typing.ClassVar[dict] = {}

    def do_GET(self):
        status, kind, body, delay = self.routes.get(self.path, (404, "text/plain", b"not found", 0))
        time.sleep(delay)
        self.send_response(status)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


@pytest.fixture
def site():
    Site.routes = {
        "/news/rail-strike.html": (200, "text/html; charset=utf-8", PAGE.read_bytes(), 0),
        "/plain": (200, "text/plain; charset=utf-8", SAMPLE.read_bytes(), 0),
        "/big": (200, "text/plain", b"word " * 300_000, 0),
        "/slow": (200, "text/plain", b"late", 3),
    }
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Site)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_port}"
    server.shutdown()


def test_urls_are_fetched_and_named_after_their_path(run, site, tmp_path):
    assert brief(run, f"{site}/news/rail-strike.html")["source"]["byline"] == "Priya Raman"
    assert brief(run, f"{site}/plain")["title"].startswith("Harbour city approves")
    assert run(f"{site}/news/rail-strike.html", "--format", "md").code == 0
    assert (tmp_path / "output" / "rail-strike.md").read_text().startswith("# Rail strike halts trains")


def test_url_errors_size_cap_and_timeout(run, site):
    result = run(f"{site}/missing")
    assert (result.code, result.stderr) == (2, f"briefing: {site}/missing: the server answered 404 Not Found\n")
    result = run(f"{site}/big", "--max-size", "1")
    assert (result.code, result.stderr) == (
        2, f"briefing: {site}/big: is 1.5 MB, over the 1 MB limit (raise it with --max-size)\n")
    with pytest.raises(InputError) as caught:
        fetch(f"{site}/slow", max_bytes=1000, timeout=1)
    assert str(caught.value) == f"{site}/slow: no complete answer within 1 seconds"


def test_globs_folders_and_files_mix(run, tmp_path, article_text):
    write(tmp_path / "in" / "one.txt", article_text)
    write(tmp_path / "in" / "two.md", "# Two\n\n" + article_text.split("\n\n", 1)[1])
    write(tmp_path / "in" / "skip.xlsx", "not an article")
    write(tmp_path / "more" / "three.txt", article_text)
    (tmp_path / "more" / "page.html").write_bytes(PAGE.read_bytes())
    result = run(tmp_path / "in", str(tmp_path / "more" / "*.txt"), PAGE, "--format", "json", "--jobs", "2")
    assert (result.code, result.stderr) == (0, "briefing: 4 written, 0 failed\n")
    written = sorted(p.name for p in (tmp_path / "output").iterdir())
    assert written == ["one.json", "page.json", "three.json", "two.json"]
    result = run(str(tmp_path / "nothing" / "*.txt"))
    assert result.code == 2 and "match this pattern" in result.stderr


class FakeTerminal(io.StringIO):
    def isatty(self):
        return True


def test_progress_bar_only_on_a_terminal_and_printed_paths_start_their_own_line():
    terminal = FakeTerminal()  # stdout and stderr both on one terminal, as in a shell
    console = Console(io.BytesIO(), terminal, terminal, stdout_is_terminal=True, stderr_is_terminal=True)
    with console.progress(3) as progress:
        progress.update()
        console.print("notes/story-01.pdf")
        progress.update()
    screen = terminal.getvalue()
    assert "1/3" in screen
    assert "\rnotes/story-01.pdf\n" in screen  # the bar is cleared before the path is written
    quiet = io.StringIO()
    with Console(io.BytesIO(), quiet, quiet).progress(3) as progress:
        progress.update()
        progress.update()
    assert quiet.getvalue() == ""
    single = FakeTerminal()
    with Console(io.BytesIO(), single, single, True, True).progress(1) as progress:
        progress.update()
    assert single.getvalue() == ""  # one input: no bar
