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
from briefing.errors import InputError
from briefing.io.fetch import fetch
from briefing.run.console import Console

from conftest import SAMPLE, FakeTerminal, unremarked, write

PAGE = Path(__file__).parent / "fixtures" / "page.html"
BOILERPLATE = ("Home", "ADVERTISEMENT", "cruise", "Related stories", "Ten things", "All rights reserved", "Cookie")


def brief(run, *args, stdin=b""):
    result = run(*args, "--format", "json", "-o", "-", stdin=stdin)
    assert (result.code, unremarked(result.stderr)) == (0, ""), result.stderr
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


def test_urls_are_fetched_and_named_after_their_headline(run, site, tmp_path):
    assert brief(run, f"{site}/news/rail-strike.html")["source"]["byline"] == "Priya Raman"
    assert brief(run, f"{site}/plain")["title"].startswith("Harbour city approves")
    assert run(f"{site}/news/rail-strike.html", "--format", "md").code == 0
    note = tmp_path / "output" / "rail-strike-halts-trains-across-the-north.md"
    assert note.read_text().startswith("# Rail strike halts trains")


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


def feed(items: str) -> bytes:
    return ('<?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">'
            "<channel><title>Portmere Post</title><link>https://portmere.example/</link>"
            f"{items}</channel></rss>").encode()


def full_text_item(title: str, body: str) -> str:
    paragraphs = "".join(f"<p>{paragraph}</p>" for paragraph in body.split("\n\n"))
    return (f"<item><title>{title}</title><link>https://portmere.example/{len(body)}</link>"
            "<author>desk@portmere.example (Ana Lopes)</author><pubDate>Tue, 03 Mar 2026 08:00:00 GMT</pubDate>"
            f"<content:encoded><![CDATA[{paragraphs}]]></content:encoded></item>")


def test_a_feed_gives_each_item_a_note_named_after_its_headline(run, site, tmp_path):
    headline, body = SAMPLE.read_text().split("\n\n", 1)
    Site.routes["/feed"] = (200, "text/html", feed(  # served with the wrong type: the content decides
        full_text_item(headline, body)
        + f"<item><title>Rail strike</title><link>{site}/news/rail-strike.html</link></item>"
        + f"<item><title>Gone</title><link>{site}/gone</link></item>"), 0)
    result = run(f"{site}/feed", "--format", "json", "--jobs", "1")
    assert result.code == 2
    assert result.stderr == f"briefing: {site}/gone: the server answered 404 Not Found\nbriefing: 2 written, 1 failed\n"
    notes = sorted(p.name for p in (tmp_path / "output").iterdir())
    assert notes == ["harbour-city-approves-240m-flood-barrier-after-record-winter-storms.json",
                     "rail-strike-halts-trains-across-the-north.json"]
    data = json.loads((tmp_path / "output" / notes[0]).read_text())
    assert data["source"]["site"] == "Portmere Post" and data["source"]["published"] == "2026-03-03"
    assert data["brief_sentences"][0]["text"].startswith("Councillors in Portmere voted on Tuesday")
    result = run(f"{site}/feed", "--format", "json", "--max-items", "1", "--output-dir", "one")
    assert (result.code, result.stderr) == (0, "briefing: 1 written, 0 failed\n")
    result = run(f"{site}/feed", "--format", "json", "-o", "note.json")
    assert (result.code, result.stderr) == (2, f"briefing: {site}/feed: holds 3 items, and -o takes one note; "
                                               "use --output-dir for a note each\n")


def test_a_feed_file_and_a_feed_without_items(run, tmp_path):
    write(tmp_path / "morning.rss", feed(full_text_item("Barrier approved", SAMPLE.read_text().split("\n\n", 1)[1]))
          .decode())
    result = run(tmp_path / "morning.rss", "--input-format", "feed", "--format", "json", "-o", "-")
    assert (result.code, result.stderr) == (0, "briefing: 1 written, 0 failed\n")
    data = json.loads(result.stdout)
    assert data["title"] == "Barrier approved" and data["source"]["byline"] == "desk@portmere.example (Ana Lopes)"
    write(tmp_path / "empty.xml", feed("").decode())
    result = run(tmp_path / "empty.xml")
    assert (result.code, result.stderr) == (2, f"briefing: {tmp_path / 'empty.xml'}: is a feed with no items\n")


def test_an_input_list_of_urls_from_a_local_server(run, site, tmp_path):
    write(tmp_path / "links.txt", f"# morning\n{site}/news/rail-strike.html\n{site}/plain\n{site}/gone\n")
    result = run("-i", "links.txt", "--format", "json", "--jobs", "2")
    assert result.code == 2
    assert result.stderr.splitlines() == [f"briefing: {site}/gone: the server answered 404 Not Found",
                                          "briefing: 2 written, 1 failed"]
    assert sorted(p.name for p in (tmp_path / "output").iterdir()) == [
        "harbour-city-approves-240m-flood-barrier-after-record-winter-storms.json",
        "rail-strike-halts-trains-across-the-north.json"]
