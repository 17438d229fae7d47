import socket
import urllib.request

import pytest
from briefing.errors import InputError
from briefing.read.feeds import read_feed

import feed_fixtures as fx


@pytest.fixture(autouse=True)
def no_network(monkeypatch):
    def refuse(*args, **kwargs):
        raise AssertionError("the feed reader touched the network")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(urllib.request, "urlopen", refuse)
    monkeypatch.setattr(urllib.request.OpenerDirector, "open", refuse)


def test_rss20_items_with_full_text_teasers_and_duplicates():
    feed = read_feed(fx.RSS20)
    assert (feed.title, feed.kind, feed.malformed) == ("City News", "rss20", False)
    water, teaser, long, bare = feed.items  # the duplicate once; the bare item kept, to be reported
    assert (water.title, water.link, water.author, water.published) == (
        "Water prices rise", "https://news.example/water", "Jane Doe", "2025-03-15")  # 23:30 -02:00 is the 15th in UTC
    assert "4.5%" in water.html and "<script>" not in water.html  # sanitized
    assert 'href="/tariffs"' in water.html  # RSS has no base: relative links stay (see base_url)
    assert teaser.title == "Teaser & link only" and teaser.html is None
    assert long.html and "tariff" in long.html
    assert (bare.title, bare.link, bare.html) == ("Neither link nor text", None, None)


def test_rss10_rdf():
    feed = read_feed(fx.RSS10)
    assert feed.kind == "rss10" and feed.title == "RDF News"
    assert [(i.title, i.link, i.author, i.published) for i in feed.items] == [
        ("First", "https://rdf.example/1", "Ann Lee", "2025-03-14")]


def test_atom_content_kinds_base_and_titles():
    feed = read_feed(fx.ATOM)
    assert feed.kind == "atom10" and feed.title == "Atom News"
    html_item, xhtml_item, text_item, summary_item = feed.items
    assert html_item.link == "https://atom.example/blog/posts/1" and html_item.author == "Ann Lee"
    assert html_item.published == "2025-03-14"  # published wins over updated
    assert "<b>HTML</b>" in html_item.html and "https://atom.example/blog/img/a.png" in html_item.html
    assert "Inline XHTML body." in xhtml_item.html
    assert text_item.html == "<p>First &lt;para&gt;.</p><p>Second para.</p>"
    assert summary_item.html is None and summary_item.published == "2025-03-18"


def test_base_url_given_by_the_caller_resolves_relative_links():
    item = read_feed(fx.RSS20, base_url="https://site.example/feed.xml").items[0]
    assert 'href="https://site.example/tariffs"' in item.html
    data = b'<rss version="2.0"><channel><title>T</title><item><title>A</title><link>/a</link></item></channel></rss>'
    assert read_feed(data, base_url="https://site.example/feed.xml").items[0].link == "https://site.example/a"


def test_malformed_but_readable_feed_is_read_and_flagged():
    feed = read_feed(fx.MALFORMED_RSS)
    assert feed.malformed and [i.title for i in feed.items] == ["Still readable"]


def test_external_entities_are_not_resolved():
    feed = read_feed(fx.XXE_RSS)
    from pathlib import Path

    hostname = Path("/etc/hostname").read_text().strip()
    assert all(hostname not in (i.title or "") for i in feed.items)


@pytest.mark.parametrize(("data", "message"), [
    (fx.EMPTY_RSS, "is a feed with no items"),
    (fx.HTML_PAGE, "is not an RSS or Atom feed"),
    (fx.SITEMAP, "is not an RSS or Atom feed"),
    (b"", "is not an RSS or Atom feed"),
    (b"\x89PNG\r\n\x1a\n\x00\x00", "is not an RSS or Atom feed"),
])
def test_clean_errors(data, message):
    with pytest.raises(InputError) as caught:
        read_feed(data)
    assert str(caught.value).startswith(message) and "\n" not in str(caught.value)


@pytest.mark.parametrize("data", [b"https://127.0.0.1:9/feed.xml", b"file:///etc/hostname", b"/etc/hostname"])
def test_bytes_that_look_like_a_url_or_path_are_only_parsed(data, tmp_path):
    with pytest.raises(InputError, match="not an RSS or Atom feed"):
        read_feed(data)


def test_a_path_to_a_real_feed_file_is_not_opened(tmp_path):
    path = tmp_path / "feed.xml"
    path.write_bytes(fx.RSS20)
    with pytest.raises(InputError):
        read_feed(str(path).encode())


def test_an_item_left_out_is_a_warning_naming_the_feed_and_the_item(run, tmp_path):
    from conftest import SAMPLE, write

    body = "".join(f"<p>{paragraph}</p>" for paragraph in SAMPLE.read_text().split("\n\n")[1:])
    write(tmp_path / "news.rss", f"""<?xml version="1.0"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>T</title>
<item><title>Flood barrier approved</title><link>https://news.example/barrier</link>
<content:encoded><![CDATA[{body}]]></content:encoded></item>
<item><title>No link here</title><description>Short.</description></item>
</channel></rss>""")
    result = run("news.rss", "--format", "json")
    assert result.code == 0, result.stderr
    assert result.stderr.splitlines()[0] == (
        "briefing: warning: news.rss: item 2 (No link here) has neither text nor an http(s) link; left out")
