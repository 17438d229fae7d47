"""Fetching URLs against local servers that misbehave on purpose: one deadline for the whole
fetch, redirects only to http(s) and at most five, one clean line for every malformed answer or
URL, the server's declared charset honoured."""

import json
import time

import pytest
from briefing.errors import InputError
from briefing.io.fetch import fetch

from conftest import ROOT, SAMPLE

PAGE = (ROOT / "tests" / "fixtures" / "page.html").read_bytes()


def answer(status="200 OK", body=b"", headers=(("Content-Type", "text/plain; charset=utf-8"),)):
    head = f"HTTP/1.1 {status}\r\n" + "".join(f"{name}: {value}\r\n" for name, value in headers)
    return [head.encode("latin-1") + f"Content-Length: {len(body)}\r\nConnection: close\r\n\r\n".encode() + body]


def brief(run, url):
    result = run(url, "--format", "json", "-o", "-")
    assert (result.code, result.stderr) == (0, ""), result.stderr
    return json.loads(result.stdout)


@pytest.mark.parametrize(
    "parts",
    [
        [b"HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\n\r\n", *([b"x", 0.05] * 200)],  # a slow body
        [part for byte in b"HTTP/1.1 200 OK\r\n" for part in (bytes([byte]), 0.1)],  # slow headers
    ],
)
def test_the_timeout_is_a_deadline_for_the_whole_fetch(raw_server, parts):
    server = raw_server(lambda request: parts)
    started = time.monotonic()
    with pytest.raises(InputError) as caught:
        fetch(server.url, max_bytes=1_000_000, timeout=1)
    assert str(caught.value) == f"{server.url}: no complete answer within 1 seconds"
    assert time.monotonic() - started < 2.5


def redirects(request):
    path = request.split(b" ")[1].decode()
    if path.startswith("/hop/"):
        left = int(path.removeprefix("/hop/"))
        return answer("302 Found", headers=[("Location", f"/hop/{left - 1}" if left else "/story.txt")])
    if path == "/to-ftp":
        return answer("301 Moved", headers=[("Location", "ftp://127.0.0.1/secret.txt")])
    if path == "/to-nowhere":
        return answer("302 Found", headers=[])
    if path == "/to-broken":
        return answer("302 Found", headers=[("Location", "http://[::1")])
    if path == "/evil":
        return answer("302 Found", headers=[("Location", "gopher://x/\x1b]0;retitled\x07" + "y" * 200)])
    return answer(body=SAMPLE.read_bytes())


def test_redirects_only_to_http_and_at_most_five(run, raw_server):
    server = raw_server(redirects)
    assert brief(run, f"{server.url}/hop/4")["title"].startswith("Harbour city approves")  # five redirects
    cases = {
        "/hop/5": "more than 5 redirects",
        "/to-ftp": "redirected to ftp://127.0.0.1/secret.txt, which is not an http(s) address",
        "/to-nowhere": "the server answered 302 without saying where to",
        "/to-broken": "redirected to http://[::1, which is not a valid URL",
        "/evil": "redirected to gopher://x/\\x1b]0;retitled\\x07" + "y" * 55 + "…, which is not an http(s) address",
    }
    for path, message in cases.items():
        result = run(f"{server.url}{path}")
        assert (result.code, result.stderr) == (2, f"briefing: {server.url}{path}: {message}\n")


def test_a_servers_reason_phrase_is_cleaned_and_shortened(run, raw_server):
    server = raw_server(lambda request: answer("404 Not \x1b[2J\x1b]0;gotcha\x07Found" + " very" * 40))
    result = run(server.url)
    cut = ("Not \x1b[2J\x1b]0;gotcha\x07Found" + " very" * 40)[:79] + "…"  # 80 characters, then escaped
    shown = cut.replace("\x1b", "\\x1b").replace("\x07", "\\x07")
    assert (result.code, result.stderr) == (2, f"briefing: {server.url}: the server answered 404 {shown}\n")


@pytest.mark.parametrize(
    ("parts", "message"),
    [
        ([b"HTTP/1.1 abc OK\r\n\r\n"], "the server's answer is not HTTP/1.x (no valid status line)"),
        ([b"<html><body><p>HTTP/0.9: a body and nothing else.</p></body></html>"],
         "the server's answer is not HTTP/1.x (no valid status line)"),
        ([b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\nabc\r\n"],
         "the server's answer broke off (a short body or broken chunked encoding)"),
        ([b"HTTP/1.1 200 OK\r\nContent-Length: 5000\r\n\r\nonly this"],
         "the server's answer broke off (a short body or broken chunked encoding)"),
        ([b"HTTP/1.1 200 OK\r\nX-Big: " + b"a" * 70_000 + b"\r\n\r\n"],
         "the server's answer has a header line over 64 KB"),
        ([b"HTTP/1.1 200 OK\r\n" + b"X-Many: yes\r\n" * 101 + b"\r\n"],
         "the server's answer is malformed: got more than 100 headers"),
        ([], "the server closed the connection without answering"),
    ],
)
def test_malformed_answers_are_one_line_and_exit_2(run, raw_server, parts, message):
    server = raw_server(lambda request: parts)
    result = run(server.url)
    assert (result.code, result.stderr) == (2, f"briefing: {server.url}: {message}\n")


@pytest.mark.parametrize(
    ("url", "message"),
    [
        ("http://[::1", "not a valid URL: Invalid IPv6 URL"),
        ("http://127.0.0.1:99999/story", "not a valid URL: Port out of range 0-65535"),
        ("http://127.0.0.1:port/story", "not a valid URL: Port could not be cast to integer value as 'port'"),
        ("http:///story", "not a valid URL: an http(s) address with a host is needed"),
        ("http://127.0.0.1:1/story", "cannot fetch: Connection refused"),
    ],
)
def test_malformed_urls_are_one_line_and_exit_2(run, url, message):
    result = run(url)
    assert (result.code, result.stderr) == (2, f"briefing: {url}: {message}\n")


def test_spaces_and_accents_in_a_url_are_sent_encoded(run, raw_server):
    server = raw_server(lambda request: answer(body=SAMPLE.read_bytes()))
    assert brief(run, f"{server.url}/café story.txt?q=été")["title"].startswith("Harbour city approves")
    assert server.requests == ["GET /caf%C3%A9%20story.txt?q=%C3%A9t%C3%A9 HTTP/1.1"]


def test_html_without_a_content_type_is_recognised_by_its_content(run, raw_server):
    server = raw_server(lambda request: answer(body=PAGE, headers=[]))
    data = brief(run, f"{server.url}/story")
    assert data["title"] == "Rail strike halts trains across the north"
    assert data["source"]["byline"] == "Priya Raman"


def test_the_charset_a_server_declares_is_honoured(run, raw_server):
    hungarian = ("A városi közgyűlés kedden jóváhagyta egy új híd építését a folyó felett. "
                 "A költségeket tizenkét millió euróra becsülik. A munkálatok ősszel kezdődnek.")
    server = raw_server(lambda request: answer(body=hungarian.encode("cp1250"),
                                               headers=[("Content-Type", "text/plain; charset=windows-1250")]))
    result = run(server.url, "--format", "json", "-o", "-")
    assert json.loads(result.stdout)["brief"] == hungarian
    assert result.stderr == (f"briefing: warning: {server.url}: the text looks like Hungarian, which briefing cannot "
                             "brief yet; briefed with English rules\n")  # read right: named right
    quotes = "Officials said prices rose “sharply” – by 5% – in São Paulo. Café owners said so. Trade fell."
    server = raw_server(lambda request: answer(body=quotes.encode("cp1252"),
                                               headers=[("Content-Type", "text/plain; charset=ISO-8859-1")]))
    assert brief(run, server.url)["brief"] == quotes


def test_a_proxy_named_in_the_environment_is_used(run, raw_server, monkeypatch):
    proxy = raw_server(lambda request: answer(body=SAMPLE.read_bytes()))
    monkeypatch.setenv("http_proxy", proxy.url)
    monkeypatch.delenv("no_proxy", raising=False)
    monkeypatch.delenv("NO_PROXY", raising=False)
    assert brief(run, "http://news.invalid/story.txt")["title"].startswith("Harbour city approves")
    assert proxy.requests == ["GET http://news.invalid/story.txt HTTP/1.1"]
